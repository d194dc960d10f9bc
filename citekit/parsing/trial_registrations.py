"""A clinical trial's registration, as clinical papers cite a registry's record: 'A Study of Pembrolizumab in
Melanoma. ClinicalTrials.gov identifier: NCT02362594. Updated March 3, 2021. …', NLM's '… Identifier NCT02362594.
Bethesda (MD): National Library of Medicine (US); 2015 …', 'ISRCTN12345678', 'EudraCT 2015-001234-56', PROSPERO's
'CRD42020123456'.

The record's own identifier was dropped, or read into the title ('… in Melanoma. Identifier NCT02362594'), and a
record with no journal read as a journal's article. The identifier is kept as the record's number, as Zotero keeps
a report's; a registry's record with no periodical is a web page (NLM's imprint or the sponsor kept as its
publisher).
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference

# The registries' identifiers, each of its own form: ClinicalTrials.gov's NCT and eight figures, ISRCTN's,
# PROSPERO's CRD, the ANZCTR's ACTRN, the DRKS's; and, after their names, EudraCT's year-number-check and ChiCTR's.
_PREFIXED_IDS = r"NCT\d{8}|ISRCTN\d{8}|CRD\d{11}|ACTRN\d{14}|DRKS\d{8}"
_TRIAL_ID = lazy_compile(
    rf"(?<![\w/])(?P<number>{_PREFIXED_IDS}|(?<=EudraCT\s)\d{{4}}-\d{{6}}-\d{{2}}|(?<=EudraCT:\s)\d{{4}}-\d{{6}}-\d{{2}}"
    r"|ChiCTR-?[A-Z]{0,4}-?\d{6,10})(?![\w/])"
)
# One of these is in every identifier: a cheap test before the pattern's search.
_ID_STEMS = ("NCT", "ISRCTN", "EudraCT", "CRD", "ACTRN", "DRKS", "ChiCTR")
# The identifier's sentence, read into the title: '. Identifier NCT02362594', '. ClinicalTrials.gov identifier:'.
_ID_SENTENCE = lazy_compile(
    r"(?<!\s)[.,;]?\s*+(?:(?:ClinicalTrials\.gov|ISRCTN|EudraCT|PROSPERO)\s+)?(?:identifier|registration(?:\s+number)?"
    rf"|number|no\.?)?:?\s*+(?:{_PREFIXED_IDS}).*$",
    re.IGNORECASE,
)


def read_trial_registration(reference: Reference, text: str) -> None:
    """A trial registry's record: its identifier as the number (the module's docstring)."""
    if not any(stem in text for stem in _ID_STEMS):
        return
    if (found := _TRIAL_ID.search(text)) is None or reference.doi:
        return  # an article that names its trial ('… (NCT01234567). N Engl J Med …; doi:…') stays one
    if reference.container_title and (reference.volume or reference.pages):
        return
    reference.variables.setdefault("number", found["number"])
    if reference.title and (inside := _ID_SENTENCE.search(reference.title)) is not None and inside.start() > 0:
        reference.title = reference.title[: inside.start()].rstrip(" .,;:") or reference.title
    if reference.type in ("article-journal", "book") and not reference.container_title:
        reference.type = "webpage"  # read as a journal's article, or as a book for its sponsor or NLM's imprint
