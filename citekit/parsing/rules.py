"""What the rule parsers for regular layouts share."""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference
from citekit.parsing.places import is_place

_BREAK = lazy_compile(r"[.?!]\s+")
# A chapter's 'In:', or 'In' before a capital at the start or after a stop or a comma ('Title. In: Kaplan
# HI, eds. Book', '. In Book, ed. J Streeck, 268–286', 'Title, In: Mayntz U (Eds), Book'): no article,
# whatever a tail that looks like a journal's says. The rule parsers leave it to the learned path. (learned.py's
# _IN_A_BOOK, asked of text the labeller read, takes more: 'En', 'Em', 'Dans', a lower-case 'in:'.)
IN_A_BOOK = lazy_compile(r"(?:^|\s)In:\s|(?:^|[.?!,]\s+)In\s+(?=[A-ZÀ-Þ])")


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


_LOWER_CASE_ARTICLES = frozenset({"a", "an", "the"})


def begins_with_a_place(text: str) -> bool:
    """'Thousand Oaks: Sage', 'Baltimore, Md: Williams and Wilkins': a place and a colon begin a book's
    imprint, never a journal's name. 'CA: a cancer journal for clinicians' (CA the state's code too), as PubMed
    spells out a journal with its subtitle, is no imprint: no publisher begins with an article in lower case."""
    place, _, after = text.partition(": ")
    return is_place(place) and after.split(" ", 1)[0] not in _LOWER_CASE_ARTICLES


# What R's citation() prints after a package's title: 'R package version 0.3.0', 'R package version 2.5-6'.
_R_PACKAGE = lazy_compile(r"[.,]?\s*\bR\s+package\s+version\s+(?P<version>\d[\w.-]*?)\.?(?:\s.*)?$", re.IGNORECASE)


def read_as_software(reference: Reference) -> bool:
    """'vegan: Community Ecology Package. R package version 2.5-6' read as the title: software, with its
    version, and the title without it."""
    title = reference.title or ""
    if "ackage" not in title or (package := _R_PACKAGE.search(title)) is None or not package.start():
        return False
    reference.title = title[: package.start()].rstrip(" .,;:")
    reference.type = "software"
    reference.variables["version"] = package["version"]
    return True
