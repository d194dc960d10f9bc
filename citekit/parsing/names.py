"""Author names as printed in reference lists: 'Aceto N', 'Cheng H-C', 'Curry WT Jr', 'C. To'."""

from __future__ import annotations

import re

from citekit.model import Author, dotted_initials, is_initials

__all__ = [
    "SUFFIXES",
    "dotted_initials",
    "is_dotted_initials",
    "is_initials",
    "parse_springer_authors",
    "particle_after_initials",
]

SUFFIXES = {"Jr": "Jr", "Jr.": "Jr", "Sr": "Sr", "Sr.": "Sr", "II": "II", "III": "III", "IV": "IV"}

_LETTER = r"[^\W\d_]"
_DOTTED_INITIALS = re.compile(rf"^{_LETTER}\.(?:-?{_LETTER}\.)*$")


_TRAILING_PARTICLES = frozenset("da de do dos das di del della van von".split())


def is_dotted_initials(token: str) -> bool:
    return token.isupper() and bool(_DOTTED_INITIALS.match(token))


def particle_after_initials(tokens: list[str]) -> Author | None:
    """SciELO's Vancouver prints the particle last: 'Silva CAB da', 'Almeida MI de' (da Silva, de Almeida)."""
    if len(tokens) >= 3 and tokens[-1] in _TRAILING_PARTICLES and is_initials(tokens[-2]):
        return Author(family=" ".join([tokens[-1], *tokens[:-2]]), given=tokens[-2])
    return None


def parse_springer_name(text: str) -> Author | None:
    """'Family Initials [Suffix]' or 'I. Family'; None when the text is not a personal name."""
    tokens = text.split()
    if len(tokens) < 2:
        return None
    suffix = None
    if len(tokens) >= 3 and tokens[-1] in SUFFIXES and is_initials(tokens[-2]):
        suffix = SUFFIXES[tokens.pop()]
    if _JOINING.intersection(tokens):
        return None  # 'Rademacher M & Mengedoht O': two names this layout does not join so
    if is_initials(tokens[-1]):
        return Author(family=" ".join(tokens[:-1]), given=tokens[-1], suffix=suffix)
    if suffix is None and (particle_last := particle_after_initials(tokens)) is not None:
        return particle_last
    leading = 0
    while leading < len(tokens) - 1 and is_dotted_initials(tokens[leading]):
        leading += 1
    family = tokens[leading:]
    if leading and suffix is None and not any(ch.isdigit() for ch in text) and _one_family_name(family):
        # Initials printed first ('C. To', 'A. D. Stepanov'): keep them in the list's own style,
        # without dots. Not a journal with its volume, as the sciences print a reference with no
        # title: 'A. Mehta, D.K. Ashish, J. Build. Eng. 29 (2020) 100888.'
        given = "".join(tokens[:leading]).replace(".", "")
        return Author(family=" ".join(family), given=given)
    return None


def _one_family_name(tokens: list[str]) -> bool:
    """'Stepanov', 'Abdel Mouti'; not 'Hobson.' (the list's own end), read elsewhere."""
    return not tokens[-1].endswith((".", ",", ";"))


_JOINING = frozenset({"and", "&", "und", "et"})


def parse_springer_authors(text: str) -> list[Author] | None:
    """A comma-separated Springer author list, or None if any part is not a name.

    A list cut short ('Aceto N, Bardia A, et al') gives the names printed: nothing is invented.
    """
    authors = []
    text = re.sub(r",?\s+et al\.?$", "", text)
    for part in text.split(", "):
        author = parse_springer_name(part.strip())
        if author is None:
            return None
        authors.append(author)
    return authors
