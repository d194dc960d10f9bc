"""Author names as printed in reference lists: 'Aceto N', 'Cheng H-C', 'Curry WT Jr', 'C. To'."""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, dotted_initials, is_initials

__all__ = [
    "SUFFIXES",
    "dotted_initials",
    "is_dotted_initials",
    "is_initials",
    "parse_springer_authors",
    "particle_after_initials",
]

# NLM (Citing Medicine) prints a name's generation as an ordinal: 'Dean DA 2nd', 'Lewis JL 3rd'.
SUFFIXES = {
    "Jr": "Jr",
    "Jr.": "Jr",
    "Sr": "Sr",
    "Sr.": "Sr",
    "II": "II",
    "III": "III",
    "IV": "IV",
    "2nd": "2nd",
    "3rd": "3rd",
    "4th": "4th",
}

_LETTER = r"[^\W\d_]"
_DOTTED_INITIALS = lazy_compile(rf"^{_LETTER}\.(?:-?{_LETTER}\.)*$")


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
    if leading and suffix is None and not any(map(str.isdigit, text)) and _one_family_name(family):
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


# 'et al', and the 'et. al.' real lists print too: the names before it are all that is printed.
_ET_AL = lazy_compile(r"(?:,\s*+|(?<!\s)\s++)et\.?\s?al\b\.?")  # spaces from a run's start only: linear on a long run
# A group that wrote the work, as NLM prints it between semicolons ('Talkowski ME; Genome Aggregation Database
# Consortium; Neale BM', 'Giorgi R; CENSUR working survival group', 'Jain L; NICHD Maternal–Fetal Medicine Units
# Network'): words, no sentence inside.
_GROUP = lazy_compile(r"[A-Z0-9][\w'’&()/+–-]*+(?:\s[\w'’&()/+–-]++){0,14}")
# ... and AMA's 'on behalf of the American Heart Association Council on Hypertension', 'for the … Investigators',
# '…; and Stroke Council': words before the group's name, no part of it.
_GROUP_LEAD = lazy_compile(r"(?:(?:on\s+behalf\s+of|for)(?:\s+the)?|and)\s+")


def _group_name(part: str, first: bool) -> str | None:
    """A group's name, or the next part of one after a comma ('Hepatology', 'and Nutrition', kept whole)."""
    lead = _GROUP_LEAD.match(part)
    name = part[lead.end() :] if lead else part
    return (name if first else part) if _GROUP.fullmatch(name) else None


def parse_springer_authors(text: str) -> list[Author] | None:
    """A comma-separated Springer or NLM author list, or None if any part is not a name or, in NLM's list
    separated by semicolons, a group's name.

    A list cut short ('Aceto N, Bardia A, et al') gives the names printed: nothing is invented.
    """
    authors: list[Author] = []
    grouped = ";" in text
    for segment in text.split(";"):
        group: list[str] = []  # the parts of a group's name read so far: 'Section on Gastroenterology', 'Hepatology'
        for part in _ET_AL.sub("", segment).split(", "):
            if not (part := part.strip()) and grouped:
                continue  # 'Schrier RW, et al.; SALT Investigators': nothing left of the names cut short
            if (author := parse_springer_name(part)) is not None:
                authors.extend([Author(family=", ".join(group))] if group else [])
                authors.append(author)
                group = []
            elif grouped and (name := _group_name(part, first=not group)) is not None:
                group.append(name)
            else:
                return None
        authors.extend([Author(family=", ".join(group))] if group else [])
    return authors if not grouped or any(author.given for author in authors) else None
