"""Citation keys: family name, year, first significant title word (aceto2014circulating)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from string import ascii_lowercase

from citekit.model import Reference
from citekit.textnorm import alnum_key

# Words that never make a key on their own: articles, prepositions, conjunctions, and the
# particles of several languages that open titles in a reference list.
STOPWORDS = frozenset(
    """a an the and or nor but of on in into onto at to for from by with within without via vs
    versus as is are be do does how what when where which who why whose not than so up over
    under upon about after before between through during against among per der die das des
    de del la le les el los las un une una il lo gli et und zur zum von van we i you he she it
    they our your its their this that these those there have has had can could should would will
    shall may might must""".split()
)


def _title_word(title: str | None) -> str:
    for word in (title or "").replace("/", " ").split():
        folded = alnum_key(word)
        if folded and not folded.isdigit() and folded not in STOPWORDS:
            return folded
    return ""


def base_key(reference: Reference) -> str:
    """The key before any collision suffix."""
    family = alnum_key(reference.authors[0].family) if reference.authors else ""
    year = str(reference.year) if reference.year is not None else ""
    key = f"{family}{year}{_title_word(reference.title)}"
    return key or "ref"


def _suffixes() -> Iterator[str]:
    """a, b, …, z, aa, ab, …: enough for any number of collisions, always in the same order."""
    for length in count(1):
        for number in range(26**length):
            letters = []
            for _ in range(length):
                number, remainder = divmod(number, 26)
                letters.append(ascii_lowercase[remainder])
            yield "".join(reversed(letters))


def unique_key(base: str, taken: set[str]) -> str:
    """``base``, or ``base`` plus the first free suffix; the result is added to ``taken``."""
    key = base
    if key in taken:
        key = next(base + suffix for suffix in _suffixes() if base + suffix not in taken)
    taken.add(key)
    return key
