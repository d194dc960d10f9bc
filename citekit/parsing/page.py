"""Finding the reference list inside a pasted page and cutting it into single references.

A page copied from a publisher's site carries chrome around the list (headings, bullets that are
not references, 'Download references', copyright lines) and, under each reference, a line of link
labels. The list starts after a 'References' heading when there is one and ends at the page's
trailer; each reference is one bullet item or one line, possibly wrapped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

HEADINGS = {
    "references",
    "reference list",
    "bibliography",
    "literature cited",
    "works cited",
    "references and notes",
    "notes and references",
    "cited literature",
}
TRAILERS = (
    "download references",
    "author information",
    "rights and permissions",
    "copyright information",
    "about this article",
    "about this chapter",
    "about this entry",
    "cite this article",
    "cite this entry",
    "cite this chapter",
)
LINK_LABELS = (
    "PubMed Central",
    "Google Scholar",
    "Web of Science",
    "MathSciNet",
    "PubMed",
    "Article",
    "Chapter",
    "Book",
    "CAS",
    "ADS",
    "MATH",
    "Scopus",
    "CrossRef",
    "Crossref",
)
_LINK_LABEL = re.compile("|".join(re.escape(label) for label in LINK_LABELS))
_LINKS_LINE = re.compile(rf"^(?:(?:{_LINK_LABEL.pattern})\s*)+$")
_BULLET = re.compile(r"^\s*[•▪◦·‣∙*]\s+")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")


@dataclass(slots=True)
class Item:
    """One candidate reference: its text, the line it starts on (1-based) and its link labels."""

    text: str
    line: int
    links: list[str] = field(default_factory=list)


def clean_line(line: str) -> str:
    """Collapse the no-break and doubled spaces that web pages leave, and trim."""
    if "\u00a0" in line or "  " in line or "\t" in line or "\u2009" in line or "\u202f" in line:
        line = _SPACES.sub(" ", line)
    return line.strip()


def link_labels(line: str) -> list[str] | None:
    """The labels on a line that holds only link labels, else None."""
    if not _LINKS_LINE.match(line):
        return None
    return _LINK_LABEL.findall(line)


@dataclass(slots=True)
class ReferenceList:
    """The items found, and whether a heading marked where the list is (so every item counts)."""

    items: list[Item]
    under_heading: bool


def find_items(text: str, starts_reference: Callable[[str], bool]) -> ReferenceList:
    """The reference-list items of a page, in page order.

    ``starts_reference`` tells, for an unbulleted list, a new reference from a wrapped line.
    """
    lines = text.splitlines()
    headings = [number for number, line in enumerate(lines) if len(line) < 40 and clean_line(line).lower() in HEADINGS]
    # The last heading is the one above the list: an earlier one may be a table of contents.
    for heading in reversed(headings):
        items = _items_in(lines, heading + 1, starts_reference)
        if items:
            return ReferenceList(items, under_heading=True)
    return ReferenceList(_items_in(lines, 0, starts_reference), under_heading=False)


def _items_in(lines: list[str], first: int, starts_reference: Callable[[str], bool]) -> list[Item]:
    bulleted = any(_BULLET.match(line) for line in lines[first:])
    items: list[Item] = []
    current: Item | None = None
    open_item = False
    for number in range(first, len(lines)):
        raw_line = lines[number]
        line = clean_line(raw_line)
        if line.lower().startswith(TRAILERS):
            break
        if not line:
            open_item = False
            continue
        labels = link_labels(line)
        if labels is not None:
            if current is not None and not current.links:
                current.links = labels
            open_item = False
            continue
        bullet = _BULLET.match(raw_line)
        if bullet:
            current = Item(text=clean_line(raw_line[bullet.end() :]), line=number + 1)
            items.append(current)
            open_item = True
        elif open_item and current is not None and (bulleted or not starts_reference(line)):
            current.text = _join_wrapped(current.text, line)
        elif not bulleted:
            current = Item(text=line, line=number + 1)
            items.append(current)
            open_item = True
        else:
            current = None
            open_item = False
    return items


def _join_wrapped(text: str, continuation: str) -> str:
    """Rejoin a reference wrapped over lines; a hyphen at the break is kept, never guessed away."""
    if text.endswith("-") and not text.endswith(" -"):
        return text + continuation
    return f"{text} {continuation}"
