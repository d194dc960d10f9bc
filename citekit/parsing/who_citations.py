"""What the WHO's own suggested citation adds after a publication's imprint: its document code and its licence
('… Geneva: World Health Organization; 2018 (WHO/IVB/18.09). Licence: CC BY-NC-SA 3.0 IGO.', '… 2024. Document
WHO/UCN/MSD/MHE/2024.1. Licence: CC BY-NC-SA 3.0 IGO.').

The labeller, which has seen neither, dropped both. The code is the publication's number (CSL's number), the
licence CSL's license; a code printed twice ('… (WHO/IVB/18.09). … Ordering code: WHO/IVB/18.09.') is one.
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference

# The code: 'WHO/' and letters, figures, stops and hyphens between slashes ('WHO/MHP/HPS/EML/2023.02'), in brackets
# after the year or after 'Document' or 'Ordering code:'.
_CODE = lazy_compile(
    r"(?:\(|\b(?:Document|Ordering\s+code:?|WHO\s+reference\s+number:?)\s+)(?P<code>WHO(?:/[A-Z0-9][\w.-]{0,30}){1,8})"
)
# 'Licence: CC BY-NC-SA 3.0 IGO.', British and American spelling; the licence runs to its stop, a version's dots
# kept ('3.0').
_LICENCE = lazy_compile(r"\bLicen[cs]e:\s*(?P<licence>CC(?:[\w -]|\.(?=\d)){1,40}?)\s*(?:\.(?=\s|$)|$)")


def read_who_citation(reference: Reference, text: str) -> None:
    """The WHO's document code and licence, where the citation prints them (the module's docstring)."""
    if "WHO/" not in text and "Licen" not in text:
        return
    if "number" not in reference.variables and (code := _CODE.search(text)) is not None:
        reference.variables["number"] = code["code"].rstrip(".")
    if "license" not in reference.variables and (licence := _LICENCE.search(text)) is not None:
        reference.variables["license"] = licence["licence"].strip()
