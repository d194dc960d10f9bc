"""What the rule parsers for regular layouts share."""

from __future__ import annotations

import re

_BREAK = re.compile(r"[.?!]\s+")


def title_and_source(rest: str, source: re.Pattern[str]) -> tuple[str, re.Match[str]] | None:
    """Split 'Title. Journal …locator' where the tail starts after the last sentence break that
    leaves a tail ``source`` reads whole; titles may hold breaks of their own. None if none does."""
    for start in reversed([m.end() for m in _BREAK.finditer(rest)]):
        match = source.fullmatch(rest, start)
        if match is None:
            continue
        title = rest[:start].strip()
        title = title[:-1] if title.endswith(".") else title
        return (title, match) if title else None
    return None
