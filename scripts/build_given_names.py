"""Write citekit/data/given-names.txt: how surely a word is a given name rather than a family name.

    pip install faker==40.63.0 && python scripts/build_given_names.py

From Faker's lists of first and last names (MIT licence) for every locale that prints names in Latin
letters (and the romanized lists of the Chinese and Japanese ones): a word counts once for each
locale that lists it as a first name, and once for each that lists it as a last name. A word listed
as a first name in two locales or more and at least twice as often as a last name is mostly a given
name (2: 'Claus', 'Margarita'); one listed more often as a first name than as a last name is one a
little more often (1: 'Ernst'). A romanized Chinese or Japanese family name ('Yan', 'Lee') is never 2:
few locales romanize, so the count undersells it. One 'name<TAB>kind' a line, lower case.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import Counter
from pathlib import Path

from faker.providers import person

OUT = Path(__file__).resolve().parents[1] / "citekit" / "data" / "given-names.txt"
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’-]+$")
FIRST = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary", "first_romanized_names")
LAST = ("last_names", "last_names_male", "last_names_female", "last_romanized_names")


def listed(provider: type, attributes: tuple[str, ...]) -> set[str]:
    """The lower-case words of the names a locale lists under those attributes."""
    words: set[str] = set()
    for attribute in attributes:
        names = getattr(provider, attribute, None)
        if names is None or isinstance(names, property):
            continue
        for name in names:
            words.update(w.lower() for w in str(name).split() if LATIN.match(w) and len(w) > 2)
    return words


def main() -> None:
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    romanized_family: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        first.update(listed(provider, FIRST))
        last.update(listed(provider, LAST))
        romanized_family |= listed(provider, ("last_romanized_names",))
    lines = []
    for word in sorted(first):
        if first[word] >= 2 and first[word] >= 2 * last[word] and word not in romanized_family:
            lines.append(f"{word}\t2")
        elif first[word] > last[word]:
            lines.append(f"{word}\t1")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main()
