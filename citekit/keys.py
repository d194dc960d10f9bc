"""Citation keys: family name, year, first significant title word (aceto2014circulating)."""

from __future__ import annotations

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


def suffix(index: int) -> str:
    """0 → 'a', 25 → 'z', 26 → 'aa', …: every collision suffix, in the same order, by number."""
    length = 1
    while index >= 26**length:
        index -= 26**length
        length += 1
    letters = []
    for _ in range(length):
        index, remainder = divmod(index, 26)
        letters.append(ascii_lowercase[remainder])
    return "".join(reversed(letters))


def unique_key(base: str, taken: set[str], next_free: dict[str, int] | None = None) -> str:
    """``base``, or ``base`` plus the first free suffix; the result is added to ``taken``.
    ``next_free`` remembers, per base, where the search for a free suffix may start: a file with
    thousands of records of one base key stays linear."""
    key = base
    if key in taken:
        index = next_free.get(base, 0) if next_free is not None else 0
        while base + suffix(index) in taken:
            index += 1
        key = base + suffix(index)
        if next_free is not None:
            next_free[base] = index + 1
    taken.add(key)
    return key
