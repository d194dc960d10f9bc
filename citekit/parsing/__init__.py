"""Reference strings → records."""

from __future__ import annotations

from dataclasses import dataclass, field

from citekit.model import Reference
from citekit.parsing.page import Item, find_items
from citekit.parsing.springer import parse_springer_reference, starts_springer_reference

__all__ = ["ParseResult", "parse_references", "parse_reference"]


@dataclass(slots=True)
class ParseResult:
    references: list[Reference] = field(default_factory=list)
    # Items under a 'References' heading that no layout could read: worth telling the user.
    unreadable: list[Item] = field(default_factory=list)


def parse_reference(text: str) -> Reference | None:
    """One reference string → a record, or None when it is not a reference citekit can read."""
    return parse_springer_reference(text)


def parse_references(text: str) -> ParseResult:
    """A pasted page or list → its references in page order."""
    found = find_items(text, starts_springer_reference)
    result = ParseResult()
    for item in found.items:
        reference = parse_reference(item.text)
        if reference is None:
            if found.under_heading:
                result.unreadable.append(item)
            continue
        reference.links = item.links
        reference.line = item.line
        result.references.append(reference)
    return result
