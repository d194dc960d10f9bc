"""Folding text for comparisons and identifiers: ASCII transliteration, case and punctuation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from text_unidecode import unidecode

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def ascii_fold(text: str) -> str:
    """Transliterate to ASCII (Théry → Thery, Bønnelykke → Bonnelykke, β → b)."""
    if text.isascii():
        return text
    # Only the non-ASCII runs need the transliteration table; titles are mostly ASCII.
    return _NON_ASCII.sub(lambda run: unidecode(run.group()), unicodedata.normalize("NFC", text))


@lru_cache(maxsize=65536)
def alnum_key(text: str) -> str:
    """Lower-case ASCII letters and digits only: the form used in citation keys."""
    return _NON_ALNUM.sub("", ascii_fold(text).lower())


def normalise_title(title: str) -> str:
    """Titles that differ only in case, accents, punctuation or spacing compare equal."""
    return " ".join(_NON_ALNUM.sub(" ", ascii_fold(title).lower()).split())
