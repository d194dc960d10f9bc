"""Patents: a reference that gives a patent's number ('U.S. Patent 3,977,018 (1976).', '(U.S. Patent No.
1,329,559). U.S. Patent and Trademark Office.', NLM's 'United States patent US8104498B2. 2012 Jan 31.').

The labeller, trained on articles, read 'U.S. Patent' as a journal and the number as its volume, issue and pages
('3,977,018' gave volume 3, issue 977, pages 018), and NLM's inventors and assignee ('Dresselhaus DD, O'Brien KG,
inventors; Rain Bird Corporation, assignee. Soil moisture sensor …') as names and a title. The record is CSL's
patent as Zotero exports one: the inventors its authors, the number as printed its number, the country or the
office that granted it its authority; a patent has no journal, volume, issue or pages. NLM's assignee is the
patent's holder, BibLaTeX's name for it, which citekit.formats.bibtex reads as CSL's contributor.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.months import month_number
from citekit.parsing.authors import split_authors

# The country or office before the word: 'U.S. Patent', 'United States patent', 'European patent', 'US patent'.
_AUTHORITY = (
    r"(?P<authority>U\.\s?S\.(?:\s?A\.)?|USA?|United\s+States|European|EP|World|WO|International|Japanese|JP"
    r"|German|DE|British|GB|French|FR|Canadian|CA|Chinese|CN|Korean|KR|Australian|AU)"
)
# The number as printed: figures in groups of three ('3,977,018', '9 865 168'), or run together, with a country's
# letters before ('US8104498B2', 'US 5,487,116') and a kind code after ('B2', 'A1'); an application's year and
# number ('US 2026/0143604 A1').
_NUMBER = r"(?P<number>(?:[A-Z]{2}\s?)?(?:\d{4}/\d{4,8}|\d{1,3}(?:[ ,.]\d{3})+|\d{5,})(?:\s?[A-Z]\d?)?)"
_PATENT = lazy_compile(
    rf"(?:{_AUTHORITY}\s+)?(?<![\w-])patent(?:\s+application(?:\s+publication)?)?"
    rf"(?:\s*(?:no\.?|nr\.?|number|#))?\s*[:,]?\s*{_NUMBER}(?!\w)",
    re.IGNORECASE,
)
_FIGURES_AT_LEAST = 5  # a patent's number is long: 'remained patent 10 years after' names none
# NLM's inventors and assignee before the title: 'Pagedas AC, inventor; Ancel Surgical R&D Inc., assignee. …'.
_NLM_NAMES = lazy_compile(
    r"(?P<inventors>[^;]+?),\s*inventors?\s*;\s*(?P<assignee>[^;]+?)[,.]*\s+assignees?\.\s*(?=\S)", re.IGNORECASE
)
# The day it was granted after its number: NLM's '… US8104498B2. 2012 Jan 31.', IEEE's '… 9 865 168, Jan. 9, 2018.',
# or after the day it was filed: '…, filed 1 May 1959, issued 20 March 1962'.
_YEAR = r"(?:1[789]\d\d|20\d\d)"
_MONTH = r"[^\W\d_]{3,9}"
_GRANTED = lazy_compile(
    rf"[.,]?\s*(?:(?P<year>{_YEAR})\s+(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})\b"
    rf"|(?P<month_first>{_MONTH})\.?\s+(?P<day_first>\d{{1,2}}),\s+(?P<year_last>{_YEAR})\b)"
)
_ISSUED = lazy_compile(
    rf"\bissued\s+(?:on\s+)?(?:(?P<day>\d{{1,2}})\s+)?(?:(?P<month>{_MONTH})\.?\s+)?(?:\d{{1,2}},\s+)?"
    rf"(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)
_OFFICE = lazy_compile(r"patent\s+(?:and\s+trademark\s+)?office|\bUSPTO\b", re.IGNORECASE)
_UNITED_STATES = frozenset({"us", "usa", "u.s.", "u. s.", "u.s.a.", "u. s. a.", "united states"})


def patent_in(text: str) -> re.Match[str] | None:
    """Where the text names a patent by its number, if it does."""
    if "atent" not in text and "ATENT" not in text:
        return None
    for found in _PATENT.finditer(text):
        if sum(map(str.isdigit, found["number"])) >= _FIGURES_AT_LEAST:
            return found
    return None


def read_patent(reference: Reference, text: str) -> None:
    """A reference that names a patent by its number is the patent (the module's docstring)."""
    if (found := patent_in(text)) is None:
        return
    reference.type = "patent"
    reference.variables["number"] = " ".join(found["number"].split())
    reference.forget("container_title", "volume", "issue", "pages")
    publisher = reference.variables.pop("publisher", None)
    reference.variables.pop("publisher-place", None)
    authority = found["authority"]
    if publisher and _OFFICE.search(publisher):
        reference.variables["authority"] = publisher  # APA's 'U.S. Patent and Trademark Office'
    elif authority:
        united = " ".join(authority.split()).lower() in _UNITED_STATES
        reference.variables["authority"] = "United States" if united else authority
    elif found["number"][:2].upper() == "US":
        reference.variables["authority"] = "United States"  # 'Patent no. US 10,870,886 B2'
    _read_granted(reference, text, found.end())
    if (names := _NLM_NAMES.match(text)) is not None and names.end() < found.start():
        inventors, _ = split_authors(names["inventors"])
        if inventors:
            reference.authors = inventors
            reference.names["contributor"] = [Author(names["assignee"].strip())]
            reference.title = text[names.end() : found.start()].strip(" .,;:") or reference.title


def _read_granted(reference: Reference, text: str, after: int) -> None:
    """The day the patent was granted, printed after its number, as the record's date."""
    granted = _GRANTED.match(text, after)
    if granted is not None and (month := month_number(granted["month"] or granted["month_first"])) is not None:
        reference.year = int(granted["year"] or granted["year_last"])
        reference.month = month
        reference.day = int(granted["day"] or granted["day_first"])
    elif (issued := _ISSUED.search(text, after)) is not None:
        reference.year = int(issued["year"])
        reference.month = month_number(issued["month"]) if issued["month"] else None
        reference.day = int(issued["day"]) if issued["day"] and reference.month else None
