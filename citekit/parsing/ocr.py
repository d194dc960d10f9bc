"""Digits an OCR engine read as letters in a scanned reference list's years ('Venezia ig83', 'Roma I960',
'i8g4'), mended before the reference is read. Each letter stands for one digit, so the string keeps its
length and every field's place in it."""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile

# A year of the 19th or 20th century, a word of its own with a digit at least, whose digits may have been read
# as letters: 'I' or 'l' for 1, 'g' for 9, 'o' or 'O' for 0; 'i' for 1 only beside another such letter ('ig83',
# not Intel's 'i960'). One read right ('1983') is written back as it was.
_YEAR_WITH_LETTERS = lazy_compile(r"(?<![\w-])(?=\S{0,3}\d)(?:[1Il]|i(?=\S{0,2}[goO]))[89g][\dgoO]{2}(?![\w-])")
_DIGITS_FOR_LETTERS = str.maketrans("iIlgoO", "111900")
# What every such year looks like, without the tests around it: searched first, it passes over most strings
# at the regular-expression engine's own speed.
_CANDIDATE = lazy_compile(r"[iIl][89g][\dgoO]{2}|1(?:g[\dgoO]{2}|[89](?:[goO][\dgoO]|\d[goO]))")


def years_mended(text: str) -> str:
    """'Galalina ig83' → 'Galalina 1983'; a string with no such year is returned as it is."""
    if _CANDIDATE.search(text) is None:
        return text
    return _YEAR_WITH_LETTERS.sub(lambda found: found.group().translate(_DIGITS_FOR_LETTERS), text)
