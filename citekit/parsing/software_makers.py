"""Software cited as its maker asks, as biomedical papers' lists print SPSS, Stata, MATLAB, Prism and Schrödinger's.

The maker first, then the date, the product and its version, and the maker again as publisher: 'IBM Corp. Released
2017. IBM SPSS Statistics for Windows, Version 25.0. Armonk, NY: IBM Corp.', 'StataCorp. 2021. Stata Statistical
Software: Release 17. College Station, TX: StataCorp LLC.', 'MATLAB. (2010). version 7.10.0 (R2010a). Natick,
Massachusetts: The MathWorks Inc.', and in Vancouver's order 'IBM Corp. IBM SPSS Statistics for Windows. Version 29.0.
Armonk, NY: IBM Corp.; 2022.' Or the product first: 'Maestro, version 9.4, Schrödinger, LLC, New York, NY, USA,
2013.', 'The PyMOL Molecular Graphics System, Version 2.0 Schrödinger, LLC.', 'GraphPad Prism version 9.0.0 for
Windows, GraphPad Software, San Diego, California USA, www.graphpad.com'; Schrödinger's release before the product,
'Schrödinger Release 2024-1: Glide, Schrödinger, LLC, New York, NY, 2024.'; or a foundation's language, 'Python
Software Foundation. Python Language Reference, version 3.8. http://www.python.org'.

The labeller, which saw few, read 'Version' as a journal, the maker as a person ('Corp. Released, IBM'), the place
into the title ('… Release 17. College Station'), or left a product-first one out of a pasted list as no reference.
Read here when the parts fit one of the two orders and a version (or a release) is printed, so that a body's report
('World Health Organization. (2020). … Geneva: World Health Organization.') stays the labeller's.
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.parsing.firms import ABBREVIATED_ENDINGS, is_firm_ending
from citekit.parsing.identifiers import find_identifiers, identifier_fields

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# 'Version 27.0', 'version: 9.13.0 (R2022b)', 'version 7.10.0 (R2010a)', 'Ver. 2.3'
_VERSION = r"(?i:version|ver\.)\s*:?\s*(?P<version>\d[\w.-]*(?:\s\(R?\d{4}[a-z]?\))?)"
# The maker first: its name and stop, the date ('(2023).', 'Released 2017.', '2021.', ', 2009,'), the product and
# its version (after a comma, in brackets, or alone), then the place and the maker as publisher.
_MAKER_FIRST = lazy_compile(
    rf"(?P<maker>[^()]{{1,60}}?)\.?,?\s+(?:\((?P<year>{_YEAR})\)|(?i:released)\s+(?P<released>{_YEAR})|(?P<bare>{_YEAR}))"
    rf"[.,]\s+(?P<product>[^()]{{0,150}}?)(?:,?\s*\(?{_VERSION}\)?)?[.,]\s+"
    r"(?P<place>[^:.;]{1,60}?(?:\.[^:.;]{1,30}?)?):\s+(?P<publisher>[^:;]{1,80}?)\.?"
)
# Vancouver's order: the maker, the product, the version, the place and publisher, then the year.
_MAKER_FIRST_YEAR_LAST = lazy_compile(
    rf"(?P<maker>[^()]{{1,60}}?)\.\s+(?P<product>[^()]{{1,150}}?)\.\s+{_VERSION}\.\s+"
    rf"(?P<place>[^:;]{{1,60}}?):\s+(?P<publisher>[^:;]{{1,80}}?);\s+(?P<year>{_YEAR})\.?"
)
# The product first: its name, the version (for a system), then the maker and its place, the year, the address.
_PRODUCT_FIRST = lazy_compile(
    rf"(?P<product>[^,.;:()]+?),?\s+{_VERSION}(?P<system>\s+for\s+[A-Z][\w ]{{1,20}}?)?,?\s+(?P<rest>.+?)\.?"
)
# Schrödinger's own form, the release before the product: 'Schrödinger Release 2024-1: Glide, Schrödinger, LLC, New
# York, NY, 2024.'
_RELEASE_FIRST = lazy_compile(
    r"(?P<maker>[A-Z][^\s,:;.]{1,30})\s+Release\s+(?P<version>(?:19|20)\d\d-\d{1,2}):\s*(?P<product>[^,.;:()]{1,60}?),\s+"
    r"(?P<rest>.+?)\.?"
)
# A foundation's language or library, its version and its address: 'Python Software Foundation. Python Language
# Reference, version 3.8. http://www.python.org', '… (2023). … version 3.10. Retrieved from https://…'.
_FOUNDATION_FIRST = lazy_compile(
    r"(?P<maker>[A-Z][^.()]{1,60}?\bFoundation)\.\s+(?:\((?P<year>(?:19|20)\d\d)\)\.\s+)?"
    r"(?P<product>[^()]{1,100}?),\s+(?i:version)\s+(?P<version>\d[\w.+]{0,15}?)\.?\s*"
    r"(?:(?i:available\s+at|available\s+from|retrieved\s+from):?\s*)?(?P<address>(?:https?://|www\.)\S+?)?\.?"
)
_FIRM = lazy_compile(
    r"(?:^|\s)(?:LLC|LP|Inc\.?|Ltd\.?|GmbH|AG|Corp\.?|Corporation|Software|Technologies)$"
    r"|^[A-Z]\w*Corp$"  # 'StataCorp'
)
_ADDRESS = lazy_compile(r"(?:https?://|www\.)\S+")
_RELEASE = lazy_compile(r"\bRelease\s+\d")
_YEAR_ALONE = lazy_compile(_YEAR)


def parse_maker_software(text: str, described_as_software: bool = False) -> Reference | None:
    """Software cited as its maker asks (the module's docstring); described_as_software: APA's '[Computer
    software]' was taken out, its version with it."""
    if not described_as_software and "ersion" not in text and "elease" not in text:
        return None
    text = " ".join(text.split())
    return _maker_first(text, described_as_software) or _product_first(text) or _foundation_first(text)


def _maker_first(text: str, described_as_software: bool) -> Reference | None:
    found = _MAKER_FIRST.fullmatch(text) or _MAKER_FIRST_YEAR_LAST.fullmatch(text)
    if found is None:
        return None
    maker, product = found["maker"].strip(), (found["product"] or "").strip(" .,")
    version = found["version"]
    released = _RELEASE.search(product) is not None  # Stata's 'Stata Statistical Software: Release 17'
    if not (version or released or described_as_software) or len(maker.split()) > 6 or "," in maker:
        return None
    publisher = _with_its_stop(found["publisher"].strip(), text)
    if _ADDRESS.search(publisher) or len(publisher.split()) > 8 or not _FIRM.search(publisher):
        return None  # a body's report with a version ('… Geneva: World Health Organization.') is no software
    reference = Reference(type="software")
    if product:
        reference.title = product
        reference.authors = [Author(_with_its_stop(maker, text))]
    else:
        reference.title = maker  # 'MATLAB. (2010). version 7.10.0 (R2010a).': the product named first, no maker
    groups = found.groupdict()
    year = groups.get("year") or groups.get("released") or groups.get("bare")
    reference.year = int(year) if year else None
    if version:
        reference.variables["version"] = version
    reference.variables["publisher"] = publisher
    reference.variables["publisher-place"] = found["place"].strip()
    return reference


def _with_its_stop(name: str, text: str) -> str:
    """'IBM Corp' as the pattern left it → 'IBM Corp.', the abbreviation's stop as printed."""
    last = name.rsplit(" ", 1)[-1]
    return name + "." if last in ABBREVIATED_ENDINGS and f"{name}." in text else name


def _product_first(text: str) -> Reference | None:
    found = _PRODUCT_FIRST.fullmatch(text) or _RELEASE_FIRST.fullmatch(text)
    if found is None:
        return None
    rest = found["rest"]
    identifiers = find_identifiers(rest)
    for start, end in sorted(identifiers.spans, reverse=True):
        rest = rest[:start] + rest[end:]
    rest = _ADDRESS.sub("", rest)
    parts = [part.strip(" .") for part in rest.split(",")]
    parts = [part for part in parts if part]
    if not parts or len(parts) > 7 or any(len(part.split()) > 5 for part in parts):
        return None
    maker = parts.pop(0)
    while parts and is_firm_ending(parts[0]):
        maker += ", " + parts.pop(0)  # 'Schrödinger, LLC'
    if not maker[:1].isupper() or not (_FIRM.search(maker) or "," in maker):
        return None  # 'Schrödinger, LLC', 'GraphPad Software': a firm's name, not a journal's
    year = None
    if parts and _YEAR_ALONE.fullmatch(parts[-1]):
        year = int(parts.pop())
    if any(map(str.isdigit, "".join(parts))):
        return None
    title = found["product"].strip() + (found.groupdict().get("system") or "")
    reference = Reference(title=title, type="software", year=year, **identifier_fields(identifiers))
    reference.variables["version"] = found["version"]
    reference.variables["publisher"] = maker
    if parts:
        reference.variables["publisher-place"] = ", ".join(parts)
    return reference


def _foundation_first(text: str) -> Reference | None:
    """'Python Software Foundation. Python Language Reference, version 3.8. http://www.python.org': the foundation
    made it and publishes it."""
    found = _FOUNDATION_FIRST.fullmatch(text)
    if found is None:
        return None
    maker = found["maker"].strip()
    reference = Reference(title=found["product"].strip(), type="software", authors=[Author(maker)])
    reference.year = int(found["year"]) if found["year"] else None
    reference.variables["version"] = found["version"].rstrip(".")
    reference.variables["publisher"] = maker
    if found["address"]:
        reference.url = found["address"]
    return reference
