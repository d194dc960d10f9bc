"""A firm's legal ending, printed after its name and a comma ('Schrödinger, LLC', 'American Psychiatric Publishing,
Inc.'): part of the name, never a place or a name of its own."""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile

_FIRM_ENDING = lazy_compile(r"(?i:LLC|L\.L\.C\.|LP|Inc\.?|Ltd\.?|GmbH|AG|Corp\.?|Co\.|S\.A\.|B\.V\.|plc)")


def is_firm_ending(word: str) -> bool:
    return _FIRM_ENDING.fullmatch(word.strip()) is not None


# The endings printed as abbreviations, whose stop is the name's ('IBM Corp.', 'American Psychiatric Publishing, Inc.').
ABBREVIATED_ENDINGS = frozenset({"Inc", "Ltd", "Corp", "Co"})
