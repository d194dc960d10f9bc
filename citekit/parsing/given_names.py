"""How surely a word is a given name (citekit/data/given-names.txt, built by scripts/build_given_names.py
from Faker's lists of names): what tells 'Streeck Claus' (family name first) from 'Claus Streeck'."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _kinds() -> dict[str, int]:
    kinds: dict[str, int] = {}
    text = resources.files("citekit").joinpath("data/given-names.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        name, _, kind = line.partition("\t")
        kinds[name] = int(kind)
    return kinds


def given_name_kind(word: str) -> int:
    """2: mostly a given name ('Claus', 'Margarita'); 1: more often a given name than a family name, not
    mostly ('Ernst'); 0: not known as a given name more than as a family name ('Streeck', 'Beck')."""
    return _kinds().get(word.lower(), 0)  # lower(), as the list was written
