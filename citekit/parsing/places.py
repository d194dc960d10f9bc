"""Whether a stretch of a reference names the place a work came out (citekit/data/places.txt,
built by scripts/build_places.py from GeoNames and the labelled training references)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from citekit.lazy_regex import lazy_compile

# What German and English print after a place's name: 'Frankfurt a. M.', 'Frankfurt/Main',
# 'Freiburg i. Br.', 'Stuttgart u.a.', 'Cambridge (Mass.)'.
# Both take a run of spaces whole, from its start: tried from each of its places, they took time growing
# with the run's square.
_QUALIFIER = lazy_compile(
    r"(?<!\s)\s*+(?:a\.\s?M\.?|am\s+Main|/\s?M(?:ain)?\.?|a\.\s?d\.\s?\w+\.?|i\.\s?Br\.?|im\s+Breisgau|u\.\s?a\.?"
    r"|\([^()]*\)|\[[^\[\]]*\])\s*$",
    re.IGNORECASE,
)
_HYPHENED_NAMES = lazy_compile(r"[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)+")
_SEVERAL = lazy_compile(r"(?<!\s)\s*+(?:/|&|;|\bund\b|\band\b|\bet\b)\s*", re.IGNORECASE)  # 'Tübingen/Basel'
_JOINING_WORDS = ("und", "and", "et")  # the words _SEVERAL splits at


def _without_qualifier(name: str) -> str:
    """The name without what follows a place's name. A name of letters alone has no mark, bracket or space a
    qualifier needs: most names are one word, and the search tries every character."""
    return name if name.isalnum() else _QUALIFIER.sub("", name)


# 'Creskill, NJ', 'Bristol, UK': as printed, in capitals (lower case they are words: 'in', 'or').
PLACE_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
    NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY UK USA""".split()
)
# Brazil's states after a city ('Cotia, SP', 'Brasília, DF'): apart from PLACE_CODES, as alone
# several are other things in a reference ('PE' of a European Parliament paper, 'MA', 'ES').
BRAZILIAN_STATES = frozenset("AC AP AM BA CE DF ES GO MA MG PB PR PE PI RJ RN RS RO RR SP SE TO".split())


@lru_cache(maxsize=2)
def _listed(file: str) -> dict[str, None]:
    """The lower-case names of citekit/data/FILE, one a line (written by scripts/build_places.py), as a
    dict's keys: Python's cycle collector leaves a dict of strings alone, where it walks a set's 90,000
    names at every full collection (about 10 ms each, one or more a pasted list)."""
    text = resources.files("citekit").joinpath(f"data/{file}").read_text(encoding="utf-8")
    return dict.fromkeys(name for name in text.split("\n") if name)


def is_country(text: str) -> bool:
    """'France', 'United States', 'UK', 'USA', 'Brasil', 'Deutschland': a country's name, in English or the language
    of a reference citekit reads, which follows a place ('Paris, France') or heads a government's bodies."""
    name = text.strip(" .,;:")
    return name in ("UK", "USA", "U.S.A", "U.K") or name.lower() in _listed("countries.txt")


def is_place(text: str) -> bool:
    """'Opladen', 'Frankfurt a. M.', 'Tübingen/Basel', 'Weinheim und Basel': a known place, or
    known places joined; not 'Theoretische Perspektiven'."""
    names = _listed("places.txt")
    name = text.strip(" .,:;–—")  # DIN 1505 prints ' – ' before the place
    if name.isalpha() and name.lower() not in _JOINING_WORDS:
        return name in PLACE_CODES or name.lower() in names  # one word: no qualifier, no places joined
    whole = _without_qualifier(name)
    parts = [_without_qualifier(part).strip(" .,:;") for part in _SEVERAL.split(whole)]
    parts = [part for part in parts if part]
    # Italian joins its places with a hyphen: 'Roma-Bari', 'Milano-Verona' (not 'Aix-en-Provence', known whole).
    parts = [
        piece
        for part in parts
        for piece in (
            part.split("-") if part.lower() not in names and _HYPHENED_NAMES.fullmatch(part) is not None else [part]
        )
    ]
    return bool(parts) and all(
        part in PLACE_CODES or part.lower() in names or unbroken(part).lower() in names for part in parts
    )


# A line's end may break a name with a hyphen the copy kept: 'Ve-nezia', 'Tori-no', 'Stutt-gart'.
_BREAK_HYPHEN = lazy_compile(r"(?<=[^\W\d_])-(?=[a-zß-ÿ])")


def unbroken(name: str) -> str:
    """'Venezia' for 'Ve-nezia': a word without the hyphen a line's end broke it with (a small letter after it)."""
    return _BREAK_HYPHEN.sub("", name) if "-" in name else name


def place_as_named(text: str) -> str:
    """'Torino' for 'Tori-no': a place's name whole again, when only the name without the line's hyphen is
    known."""
    if "-" not in text:
        return text
    names = _listed("places.txt")
    parts = [part.strip().lower() for part in _SEVERAL.split(text) if part.strip()]
    if any(part not in names for part in parts) and all(unbroken(part) in names for part in parts):
        return unbroken(text)
    return text


def names_one_place(text: str) -> bool:
    """'São Paulo', 'Rio de Janeiro': the name of one known place, whole (is_place also reads places joined)."""
    return text.strip(" .,;:").lower() in _listed("places.txt")


def is_place_and_region(text: str) -> bool:
    """'New York, NY, USA', 'Cambridge, UK', 'Berlin/Heidelberg, Germany': a known place, then its
    state or country after commas, as ACS and MDPI print a publisher's place."""
    parts = text.split(",")
    return len(parts) > 1 and all(is_place(part) for part in parts)
