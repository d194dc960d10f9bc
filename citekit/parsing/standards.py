"""Standards: a reference to a standard by its designation ('ISO 15189:2022. Medical laboratories — Requirements for
quality and competence. Geneva: International Organization for Standardization; 2022.', IEEE's 'IEEE Standard for
Floating-Point Arithmetic, IEEE Std 754-2019, July 2019.', '… Geneva: International Organization for
Standardization; 2009. ISO 712:2009.').

The labeller, trained on articles and books, dropped the designation or read it into the title, as a journal with
a volume and pages ('ISO 712:2009' gave the journal 'ISO', volume 712, pages 2009), and typed the standard a book or
an article. The record is CSL's standard: the designation as printed its number, the body that issued it its
publisher, no journal, volume, issue or pages. A designation counts where a standard's reference prints it: first,
last, or after the title as IEEE's 'Std'; one inside an article's title ('Effects of ISO 9001 certification on …')
names the article's subject, not the work.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference

# The bodies' own prefixes, and joint ones: 'ISO/IEC 27001:2013', 'ISO/ASTM 52902:2019', 'DIN EN ISO 9001', 'BS EN
# 1991-1-4', 'IEEE Std 802.11-2016', 'ASTM D638-14', 'JCGM 100:2008', 'ITU-T G.711'.
_BODY = (
    r"(?:ISO(?:/(?:IEC|ASTM|IEEE|TS|TR|PAS))*|IEC(?:/(?:ISO|IEEE|TR|TS))*|ASTM|ANSI(?:/[A-Z]{2,6})?"
    r"|IEEE(?:\s+Std\.?)?|DIN(?:\s+EN)?(?:\s+ISO)?|BS(?:\s+EN)?(?:\s+ISO)?|EN(?:\s+ISO)?|NF(?:\s+EN)?|UNE(?:-EN)?"
    r"|JCGM|AAMI|SAE|GB/T|JIS|AS/NZS|ITU-[TR]|NFPA|OIML)"
)
# The number: letters and figures, parts after hyphens or dots, the year after a colon ('ISO 15189:2022',
# 'ISO 20816-3', 'ASTM D638-14', 'IEEE Std 754-2019', 'ITU-T G.711'); a figure must be in it.
_DESIGNATION = lazy_compile(
    rf"(?<![\w/-])(?P<designation>{_BODY}\s?(?:[A-Z]{{1,2}}\.?\s?)?\d[\dA-Za-z]*(?:[-.]\d[\dA-Za-z]*)*"
    r"(?::(?:1[89]|20)\d\d)?)(?![\w-]|:\d)"
)
# The bodies' names as _BODY prints them, asked as plain text first: this runs on every reference.
_BODY_NAMES = tuple("ISO IEC ASTM ANSI IEEE DIN BS EN NF UNE JCGM AAMI SAE GB/T JIS AS/NZS ITU NFPA OIML".split())
_STD = lazy_compile(r"\bStd\b")
# What may follow a designation printed last: its year, the end's stop ('… Standardization; 2009. ISO 712:2009.').
_AT_THE_END = lazy_compile(r"[\s.,;]*(?:\((?:1[89]|20)\d\d\))?[\s.]*$")
_BETWEEN = " .,:;-–—"  # the marks between a designation and the title after it
_LIST_MARK = lazy_compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])?\s*\**")


def designation_in(text: str, title: str | None = None) -> re.Match[str] | None:
    """A standard's designation where a standard's reference prints it (the module's docstring), if there is one:
    first, last, as IEEE's 'Std', or right before the record's title ('Standardization IOf. ISO3095:2013 -
    Acoustics - …')."""
    if not any(body in text for body in _BODY_NAMES):
        return None
    start = _LIST_MARK.match(text).end()
    title_at = text.find(title) if title else -1
    for found in _DESIGNATION.finditer(text):
        if (
            found.start() == start
            or _AT_THE_END.fullmatch(text, found.end())
            or _STD.search(found["designation"])
            or (title_at >= found.end() and not text[found.end() : title_at].strip(_BETWEEN))
        ):
            return found
    return None


def read_standard(reference: Reference, text: str) -> None:
    """A reference to a standard by its designation is the standard (the module's docstring)."""
    if reference.type == "patent" or (found := designation_in(text, reference.title)) is None:
        return
    designation = " ".join(found["designation"].split())
    container = reference.container_title
    if container and container not in designation:  # a journal's name read apart from the designation
        if reference.volume or reference.pages:
            return  # 'ISO 9001 certification and … J Oper Manag 2005;23:…': an article about the standard
        reference.variables.setdefault("publisher", container)  # '… — Requirements. International Organization …'
    reference.type = "standard"
    reference.variables["number"] = designation
    reference.forget("container_title", "volume", "issue", "pages")
    title = reference.title or ""
    if title.startswith(designation):
        title = title[len(designation) :]  # 'ISO 20816-3. Mechanical …'
    reference.title = title.lstrip(_BETWEEN) or None  # '- Acoustics - Railway applications - …'
