"""The European Union's legal acts as lists cite them, read by rule: 'Regulation (EU) 2016/679 of the European
Parliament and of the Council of 27 April 2016 on the protection of natural persons … (General Data Protection
Regulation). OJ L 119, 4.5.2016, p. 1–88.', 'Council Directive 93/42/EEC of 14 June 1993 concerning medical devices',
'Commission Regulation (EU) No 1169/2011 …'.

The labeller, trained on articles, read 'Regulation' as an author and the act's number as nothing, so the title
lost the act's name ('of the European Parliament and of the Council of'), and a list left out the act altogether
when no year was read. The act is CSL's legislation: its whole name as the title, its number, the day it was
adopted as its date, and the Official Journal's series, number and pages where it was published.
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.months import month_number
from citekit.parsing.legislation import legislation_record

# The act: its kind, the area's bracket, and its number ('2016/679', '93/42/EEC', 'No 1169/2011').
_ACT = lazy_compile(
    r"(?P<name>(?:(?:Commission|Council)\s+(?:(?:Implementing|Delegated)\s+)?)?"
    r"(?P<kind>Regulation|Directive|Decision)\s+(?:\((?:EU|EC|EEC|Euratom|EU,\s*Euratom)\)\s+)?"
    r"(?:No\.?\s+)?(?P<number>\d{2,4}/\d{1,4}(?:/(?:EC|EEC|EU|Euratom|CFSP))?)(?![\w/])"
    r"(?P<rest>[^\n]*))"
)
# What may stand before the act: a list's number, an author and a year ('European Commission. 2016. ').
_BEFORE = lazy_compile(
    r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)])?\s*"
    r"(?:(?P<author>European\s+(?:Commission|Union|Parliament(?:\s+and\s+(?:the\s+)?Council(?:\s+of\s+the\s+European"
    r"\s+Union)?)?)|Council\s+of\s+the\s+European\s+Union|EU)"
    r"[.,]?\s*(?:\(?(?P<year>(?:19|20)\d\d)\)?[.,:]?\s*)?)?[\"“]?$"
)
# What follows the act's number in its name: who adopted it, when, or what it is about ('of the European Parliament',
# 'of 14 June 1993', 'on the tariff …', 'concerning medical devices', 'laying down …', '(General Data Protection …').
_NAMED = lazy_compile(r"\s+(?:of|on|concerning|laying|amending|establishing|implementing|supplementing)\b|\s*\(")
# The day it was adopted, in its name: 'of 27 April 2016'.
_ADOPTED = lazy_compile(r"\bof\s+(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]{2,8})\s+(?P<year>(?:19|20)\d\d)\b")
# Where the name ends: the Official Journal, EEA's note, a link, or a year after it in brackets. Tried where a run of
# spaces begins, and the run taken whole: from inside a long run, each try took the rest of it again.
_NAME_END = lazy_compile(
    r"(?<!\s)\s*+(?:\(Text\s+with\s+EEA\s+relevance\)|[.,]?[\"”]|[.,]?\s*+(?:OJ\s+[LC]\b|Official\s+(?:Journal|text)\b)"
    r"|[.,]?\s*+(?:Available|Retrieved|URL|https?://|www\.)|['’]?\s*+\((?:19|20)\d\d\))"
)
# The Official Journal: 'OJ L 119, 4.5.2016, p. 1–88', 'Official Journal of the European Union L 119, pp. 1-88'.
_JOURNAL = lazy_compile(
    r"(?P<journal>OJ|Official\s+Journal\s+of\s+the\s+European\s+(?:Union|Communities))\s*,?\s*(?:vol\.?\s*)?"
    r"(?P<series>[LC])\s*"
    r"(?P<volume>\d{1,4})\b(?:,\s*\d{1,2}\.\d{1,2}\.\d{4})?(?:,?\s*pp?\.?\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?"
)


def parse_eu_act(text: str) -> Reference | None:
    """An EU regulation, directive or decision (the module's docstring), or None for anything else."""
    if "Regulation" not in text and "Directive" not in text and "Decision" not in text:
        return None
    act = _ACT.search(text)
    if act is None or (before := _BEFORE.match(text[: act.start()])) is None or not _NAMED.match(act["rest"]):
        return None
    name_end = _NAME_END.search(text, act.end("number"))
    name = text[act.start() : name_end.start() if name_end else len(text)].strip(" .,;'’")
    adopted = _ADOPTED.search(name)
    month = month_number(adopted["month"]) if adopted else None
    year = int(adopted["year"]) if adopted else (int(before["year"]) if before["year"] else None)
    year = year or _year_of_number(act["number"], numbered=" No" in act.group())
    authors = [Author(before["author"])] if before["author"] else []
    reference = legislation_record(text, name, act["number"], authors, year)
    reference.month, reference.day = month, int(adopted["day"]) if adopted and month else None
    if (journal := _JOURNAL.search(text, act.end("number"))) is not None:
        reference.container_title = f"{' '.join(journal['journal'].split())} {journal['series']}"
        reference.volume = journal["volume"]
        reference.pages = journal["pages"]
    return reference


def _year_of_number(number: str, numbered: bool) -> int | None:
    """The year an act's number gives: since 2015 the first part ('2016/679'), and a directive's ('93/42/EEC');
    before, a regulation's 'No' number the second ('No 1907/2006', 'No 2658/87')."""
    first, second = number.split("/")[:2]
    part = second if numbered else first
    if not part.isdigit() or len(part) not in (2, 4):
        return None
    year = int(part) if len(part) == 4 else 1900 + int(part) if int(part) >= 50 else 2000 + int(part)
    return year if 1950 <= year <= 2100 else None
