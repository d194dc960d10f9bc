"""A page range's dash that a PDF's text gives as the letter 'e': 'Lancet 2007;370:511e20.', 'Gut 2007;56:772e81'
(a Postgraduate Medical Journal paper's list as pdftotext gives it; the font's dash maps to 'e' in the text layer,
so a copy from a viewer gives the same). Read so, the range was one token no page number looks like, and the
record kept '511e20' as its pages, or took a PMID after it for them. Mended before the reference is read, one
character for one, so every field keeps its place."""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile

# After the volume's colon (Vancouver's 'Year;Volume:Pages'), the first page, 'e', and the last page, whole or cut
# short as Vancouver prints it ('1808e25'); no electronic page ('e1000144') has figures before its 'e'.
_RANGE = lazy_compile(r"(?<=\d:)\s?(\d{1,6})e(\d{1,6})(?=[\s.,;()]|$)")


def _mended(found: re.Match[str]) -> str:
    first, last = found[1], found[2]
    whole = first[: len(first) - len(last)] + last if len(last) < len(first) else last
    if int(whole) <= int(first):
        return found[0]  # no range: '12e3' is a number as science writes it
    return found[0].replace(f"{first}e{last}", f"{first}–{last}")


def dashes_mended(text: str) -> str:
    """'… Lancet 2007;370:511e20.' → '… Lancet 2007;370:511–20.'; a string with none is returned as it is."""
    if ":" not in text:
        return text
    return _RANGE.sub(_mended, text)
