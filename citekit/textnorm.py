"""Folding text for comparisons, search and identifiers: ASCII transliteration, case, punctuation,
Greek letters by name."""

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


@lru_cache(maxsize=256)
def greek_letter_name(ch: str) -> str:
    # 'GREEK SMALL LETTER BETA' → 'beta'; taken from the Unicode database, not a hand table.
    return unicodedata.name(ch, ch).split()[-1].lower()


_GREEK_LETTER = re.compile(r"[\u0370-\u03ff]")


def fold_greek(text: str | None) -> str:
    """Spell Greek letters out (TGF-β1 → TGF-beta1), so that the index and a query agree on them."""
    if not text:
        return ""
    if text.isascii():
        return text
    return _GREEK_LETTER.sub(lambda m: greek_letter_name(m.group()) if m.group().isalpha() else m.group(), text)


_LATIN_LETTER = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")


def search_fold(text: str | None) -> str:
    """Text as the full-text index holds it: Greek letters by name, compatibility forms plain
    (Cu₂O → Cu2O, ﬁ → fi), Latin letters in ASCII (Théry → Thery, Møller → Moller, ß → ss), so
    that SQLite's tokenizer and PostgreSQL's unaccent fold alike; case is the tokenizer's to fold."""
    if not text:
        return ""
    if text.isascii():
        return text
    text = fold_greek(unicodedata.normalize("NFKC", text))
    return _LATIN_LETTER.sub(lambda letter: unidecode(letter.group()), text)
