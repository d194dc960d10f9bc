"""NLM's chapter of a book on the Internet, read by rule (Citing Medicine, ch. 24): the NCBI Bookshelf's
StatPearls and GeneReviews, cited across medicine as PubMed prints them:
'Gauer R, Forbes D, Boyer N. Sepsis: Diagnosis and Management. [Updated 2023 Jan 1]. In: StatPearls
[Internet]. Treasure Island (FL): StatPearls Publishing; 2024 Jan-. Available from: https://…'.

The labeller read the book as editors and the update note into the title; like the Vancouver rule,
this reads a reference only when every part fits.
"""

from __future__ import annotations

import re

from citekit.model import Reference
from citekit.months import month_number
from citekit.parsing.identifiers import find_identifiers
from citekit.parsing.names import parse_springer_authors

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_CHAPTER = re.compile(
    r"(?P<authors>[^.]+)\.\s"
    r"(?P<title>[^\[\]]+?)\.\s"
    # The chapter's own date, and when it was updated: '1998 Oct 23 [Updated 2018 Dec 20].'
    rf"(?:(?P<year>{_YEAR})(?:\s(?P<month>[A-Z][a-z]{{2}})(?:\s(?P<day>\d{{1,2}}))?)?\.?\s)?"
    r"(?:\[(?:[Uu]pdated|[Rr]evised|[Ll]ast [Uu]pdate)[^\]]{0,40}\]\.\s)?"
    r"In:\s(?:(?P<editors>[^:\[\]]+?),\seditors?\.\s)?"
    r"(?P<book>[^.\[\]]+)\s\[Internet\]\.\s"
    rf"(?P<place>[^:;.\[\]]+):\s(?P<publisher>[^:;\[\]]+);\s(?P<book_year>{_YEAR})[^.]{{0,20}}"
)
# What may follow the book's year: the date it was cited, the link, the Bookshelf's and PubMed's numbers.
_TRAILER = re.compile(
    r"\.?(?:\s*(?:\[cited[^\]]{0,40}\]|Available (?:from|at):?\s+\S+|https?://\S+|NCBI Bookshelf ID:\s*NBK\d+"
    r"|PMID:\s*\d+)\.?)*\s*",
    re.IGNORECASE,
)


def parse_nlm_internet_chapter(text: str) -> Reference | None:
    if "[Internet]" not in text:
        return None
    body = text.strip()
    found = _CHAPTER.match(body)
    if found is None or _TRAILER.fullmatch(body, found.end()) is None:
        return None
    authors = parse_springer_authors(found["authors"])
    editors = parse_springer_authors(found["editors"]) if found["editors"] else []
    if not authors or editors is None:
        return None
    month = month_number(found["month"]) if found["month"] else None
    identifiers = find_identifiers(text)
    reference = Reference(
        type="chapter",
        authors=authors,
        editors=editors,
        title=found["title"],
        container_title=found["book"].strip(),
        year=int(found["year"] or found["book_year"]),
        month=month,
        day=int(found["day"]) if month and found["day"] else None,
        raw=text,
        doi=identifiers.doi,
        pmid=identifiers.pmid,
        pmcid=identifiers.pmcid,
        url=identifiers.url,
    )
    reference.variables["publisher"] = found["publisher"].strip()
    reference.variables["publisher-place"] = found["place"].strip()
    return reference
