"""Patterns compiled at their first use. The parsers hold some 550 module-level patterns, most for a
convention few references print; compiling them all at import was half of citekit's start-up, and a
first parse uses about a hundred."""

from __future__ import annotations

import re
import sys
from typing import Any, cast

# What a pattern is asked for: bound once from the compiled pattern, so a call after the first costs
# what a compiled pattern's does.
_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_ATTRIBUTES += ("flags", "groups", "groupindex")


class LazyPattern:
    """Stands for ``re.compile(pattern, flags)`` until first asked for anything but its source."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # its source, as a compiled pattern's: other patterns are built from it
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 (what re.Pattern's attribute is)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        # The module that used it names the compiled pattern from now on: an object with __getattr__ is looked up the
        # slow way on every use (0.19 µs a search, against a compiled pattern's 0.12 µs, some hundreds a reference).
        user = sys._getframe(1)
        for global_name in user.f_code.co_names:
            if user.f_globals.get(global_name) is self:
                user.f_globals[global_name] = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """For a module's patterns: ``re.compile``'s, compiled when first used."""
    return cast("re.Pattern[str]", LazyPattern(pattern, int(flags)))


def grouped_by_first_letter(alternatives: tuple[str, ...] | list[str]) -> str:
    """The alternatives as one group per first letter, in their order. Alternatives are each tried in full at every
    place a pattern is searched: a hundred of them took twice the time of twenty groups."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())
