"""An agency's report series and the report's number, as government and public-health reports print them: the
USGS's 'U.S. Geological Survey Open-File Report 2006-1093', the NCHS's 'NCHS Data Brief, no 405', the NIH's '(NIH
Publication No. 00-4769)', the WHO's '(WHO Technical Report Series, No. 1011)', the USDA Forest Service's 'General
Technical Report PNW-GTR-123', CLSI's 'CLSI supplement M100', NICE's 'NICE guideline [NG28]'.

The labeller, trained on articles and books, read the series as a journal and the number as its issue or pages
('Open-File Report 2006-1093' gave pages 2006-1093), or ran it into the title, and what followed (the place and
the agency) as a journal. The series is taken off before the reference is read, as the series after an equals
sign is (series.py), and goes back as CSL's collection-title with the report's number; the work is a report.
"""

from __future__ import annotations

from dataclasses import dataclass

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference
from citekit.parsing.places import is_place


@dataclass(frozen=True, slots=True)
class ReportSeries:
    series: str
    number: str
    title_before: str | None = None  # the USGS's form, 'Title: Series Number': all before the colon is the title's


# The series' own words before its kind: an agency's name or initials ('U.S. Geological Survey', 'NCHS', 'WHO',
# 'NIH'), capitalised, with the small words of a body's name.
# A word ends in a full stop only as initials do ('U.S.'): 'Estimated GFR. NIH Publication' names the NIH's series.
_WORD = r"(?:[A-Z]\.){2,3}|[A-Z][\w&’'-]{0,40}+"  # bounded, taken whole: a long run of letters is no name
_NAME_WORDS = rf"(?:(?:{_WORD}|of|and|the|for|on)\s+){{0,7}}?"
# Kinds of report that agencies number with no 'No.' before the number (the USGS's, the USDA Forest Service's,
# NOAA's): no journal is named so.
_KIND_BARE = (
    r"Open-File\s+Report|Scientific\s+Investigations\s+(?:Report|Map)|Water-Resources\s+Investigations\s+Report"
    r"|Water-Supply\s+Paper|Professional\s+Paper|Circular|Fact\s+Sheet|Data\s+(?:Series|Report)"
    r"|Techniques\s+and\s+Methods|General\s+Technical\s+Report|Technical\s+Memorandum"
)
# Kinds of report numbered after 'No.' ('NIH Publication No. 00-4769', 'NCHS Data Brief, no 405'): 'Psychological
# Bulletin, 112(1)' is a journal, with no 'No.'.
_KIND_NUMBERED = (
    r"(?:Technical\s+)?Report\s+Series|Data\s+Brief|Statistical\s+Brief|Issue\s+Brief|Bulletin"
    r"|Special\s+Report|Scientific\s+Report|Technical\s+Series|Fact\s+Sheet|Technical\s+Memorandum"
)
# A publication numbered by the agency whose initials it bears ('NIH Publication No.', 'DHHS Pub. No.', 'NIST Special
# Publication'), not a society's series of books ('… Herpetologists Special Publication No. 5').
_AGENCY_PUBLICATION = r"\b[A-Z]{2,6}\s+(?:Special\s+)?(?i:Publication|Pub\.)"
_NUMBER_WORD = r"(?:No|no|Nr|nr|Number|number)\.?"


def _number(group: str) -> str:
    """The number: figures, with an agency's letters and dashes ('2006-1093', '98–4083', 'PNW-GTR-123'), the NIH's
    agency in brackets before it ('(PHS) 85-1232'); not a journal's volume with what follows it ('(1)', ': 155')."""
    return (
        rf"(?:\([A-Z]{{2,5}}\)\s*)?(?P<{group}>(?:[A-Z]{{1,6}}-){{0,3}}\d[\dA-Za-z]{{0,20}}+(?:[-–./]\w{{1,20}}+){{0,3}}(?:\s+Rev(?:\.|ision)?\s*\d{{1,2}})?)"
        r"(?!\w|\s*\(\d|\s*:\s*\d|,\s*\d+\s*[-–])"
    )


_SERIES = lazy_compile(
    rf"(?P<open>\(\s*)?(?:"
    rf"(?P<series>\b(?:{_WORD})\s+{_NAME_WORDS}(?i:{_KIND_NUMBERED})|\b(?:(?:{_WORD})\s+{_NAME_WORDS})?(?:{_KIND_BARE})"
    rf"|{_AGENCY_PUBLICATION})"
    rf",?\s+{_NUMBER_WORD}\s*{_number('number')}"
    rf"|(?P<bare_series>\b(?:(?:{_WORD})\s+{_NAME_WORDS})?(?:{_KIND_BARE})|NIST\s+Special\s+Publication)"
    rf"\s+{_number('bare_number')}"
    rf")(?P<close>\s*\))?(?=\s*(?:[.,;:\]]|$))"  # the series ends there: not '… OMB Circular A-133 for Year …'
)
# CLSI's and NICE's own: 'CLSI supplement M100', 'CLSI document M07-A10', 'NICE guideline [NG28]'.
_BODY_SERIES = lazy_compile(
    r"(?P<open>\(\s*)?(?P<series>CLSI\s+(?i:supplement|document|guideline|standard|report)"
    r"|NICE\s+(?i:guideline|clinical\s+guideline|technology\s+appraisal\s+guidance|public\s+health\s+guideline"
    r"|quality\s+standard|diagnostics\s+guidance|interventional\s+procedures\s+guidance))"
    r"\s+\[?(?P<number>[A-Z]{1,4}\d{1,4}(?:-[A-Z]{1,2}\d{1,2})?(?:Ed\d{1,2})?)\]?(?!\w)(?P<close>\s*\))?(?=\s*(?:[.,;:]|$))"
)
_YEAR = lazy_compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_WORDS = ("Report", "Paper", "Publication", "Brief", "brief", "Bulletin", "Circular", "Sheet", "Series", "Memorandum")
_WORDS += ("Methods", "CLSI", "NICE", "publication", "bulletin", "series", "Pub.")


def without_report_series(text: str) -> tuple[str, ReportSeries | None]:
    """The reference without its report series and number, and the two (None when it names none)."""
    if not any(word in text for word in _WORDS):
        return text, None
    found = _BODY_SERIES.search(text) or _SERIES.search(text)
    if found is None or (found["open"] is None) != (found["close"] is None):
        return text, None
    groups = found.groupdict()  # _SERIES names the parts of a series with no 'No.' apart: no name twice in a pattern
    number, series = groups["number"] or groups.get("bare_number"), groups["series"] or groups.get("bare_series")
    if _YEAR.fullmatch(number) and not _YEAR.search(text[: found.start()] + " " + text[found.end() :]):
        return text, None  # '… Technical Memorandum 2019.': the reference's only year, no number
    before = text[: found.start()].rstrip()
    after = text[found.end() :].lstrip()
    title_before = before[:-1] if found["open"] is None and before.endswith(":") else None
    if found["open"] is None:
        before = before.rstrip(",:;")  # ': U.S. Geological Survey Open-File Report …', ', NIH Publication No. …'
    if before[-1:] in ".,”\"'’" and after[:1] in ".,;:":
        after = after[1:].lstrip()  # '… 2018. NCHS Data Brief, no 405. Hyattsville': one full stop
    elif before and after and before[-1:] not in ".?!" and after[:1] not in ".,;":
        after = ". " + after  # '…): U.S. Geological Survey Open-File Report 2006-1093 72 p.'
    kept = f"{before} {after}".strip() if after[:1] not in ".,;:" else before + after
    return kept, ReportSeries(" ".join(series.split()), number, title_before)


def read_report_series(reference: Reference, found: ReportSeries | None) -> None:
    """The series and number taken off go back into the record, a report unless it is a journal's article."""
    if found is None:
        return
    reference.variables.setdefault("collection-title", found.series)
    reference.variables.setdefault("number", found.number)
    if found.title_before and reference.title and (at := found.title_before.rfind(reference.title)) >= 0:
        # 'Geology of the Farmington Canyon Complex, Wasatch Mountains, Utah: U.S. Geological Survey Professional
        # Paper 1476': the title runs to the colon; what was read after it as a place or a publisher is its own.
        rest = found.title_before[at + len(reference.title) :]
        if rest.strip() and rest.count("(") == rest.count(")") and "http" not in rest:
            reference.title = (reference.title + rest).strip()
            for name in ("publisher", "publisher-place"):
                if (value := reference.variables.get(name)) and value in rest:
                    del reference.variables[name]
    if reference.container_title and (reference.volume or reference.issue or reference.pages):
        return  # a journal's article that names a report
    if (journal := reference.container_title) is not None:
        # What follows the series, the place and the agency ('Hyattsville, MD: National Center for Health
        # Statistics'), read as a journal's name.
        reference.forget("container_title")
        place, colon, agency = journal.rpartition(":")
        if colon and is_place(place.strip()):
            reference.variables.setdefault("publisher-place", place.strip())
        reference.variables.setdefault("publisher", agency.strip() if colon else journal)
    reference.type = "report"
