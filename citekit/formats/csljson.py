"""CSL-JSON: the input of citeproc processors (Pandoc, Zotero, citeproc-js, citeproc-py).

citekit's model uses CSL's own vocabulary, so writing is mostly a copy; what CSL has no variable
for (MeSH headings, file links, the printed text) goes under "custom", as the CSL-JSON schema
allows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from citekit.model import ATTRIBUTES, NAME_ROLES, Author, Reference, dotted_initials

FORMAT = "csljson"
TITLE_VARIABLES = ("title", "container-title", "collection-title", "title-short", "original-title", "volume-title")
_WORD = re.compile(r"(\S+)")
_EDGE = "()[]{}“”‘’\"'«».,;:?!"
_GREEK = re.compile(r"[\u0370-\u03ff]")


def _name(author: Author) -> dict[str, str]:
    if author.given is None:
        return {"literal": author.family}
    name = {"family": author.family, "given": dotted_initials(author.given)}
    if author.suffix:
        name["suffix"] = author.suffix
    return name


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _case_matters(word: str, first: bool) -> bool:
    """A word a title-case style must not touch: acronyms, genes (TGF-β1, miR-21), mixed case."""
    core = word.strip(_EDGE)
    letters = [ch for ch in core if ch.isalpha()]
    if not letters:
        return False
    inner_capitals = any(ch.isupper() for ch in core[1:])
    lower_start_with_more = core[:1].islower() and any(ch.isupper() or ch.isdigit() for ch in core)
    return (
        inner_capitals
        or lower_start_with_more
        or bool(_GREEK.search(core))
        or (first and core.isupper() and len(core) > 1)
    )


def nocase(title: str) -> str:
    """'TGF-β1 and miR-21 in cancer' → '<span class="nocase">TGF-β1</span> and <span
    class="nocase">miR-21</span> in cancer' (CSL-JSON's rich text: the rest is HTML-escaped)."""
    pieces = []
    for index, token in enumerate(_WORD.split(title)):
        if not token or token.isspace() or not _WORD.fullmatch(token):
            pieces.append(_escape_html(token))
            continue
        if _case_matters(token, first=index == 1):
            lead = token[: len(token) - len(token.lstrip(_EDGE))]
            trail = token[len(token.rstrip(_EDGE)) :]
            core = token[len(lead) : len(token) - len(trail)]
            pieces.append(f'{_escape_html(lead)}<span class="nocase">{_escape_html(core)}</span>{_escape_html(trail)}')
        else:
            pieces.append(_escape_html(token))
    return "".join(pieces)


def _date_parts(iso: str) -> list[int] | None:
    parts = []
    for piece in iso.split("-")[:3]:
        if not piece.isdigit():
            break
        parts.append(int(piece))
    return parts or None


def _issued(reference: Reference) -> dict[str, Any] | None:
    if reference.year is None:
        return {"literal": reference.date_literal} if reference.date_literal else None
    start = [reference.year]
    if reference.month:
        start.append(reference.month)
        if reference.day:
            start.append(reference.day)
    parts = [start]
    end = _date_parts(reference.date_end) if reference.date_end else None
    if end:
        parts.append(end)
    issued: dict[str, Any] = {"date-parts": parts}
    if reference.date_literal:
        issued["raw"] = reference.date_literal
    return issued


def reference_to_csl(reference: Reference, tags: list[str] | None = None) -> dict[str, object]:
    item: dict[str, object] = {"id": reference.key or "", "type": reference.type or "document"}
    for role in NAME_ROLES:
        people = reference.role(role)
        if people:
            item[role] = [_name(person) for person in people]
    issued = _issued(reference)
    if issued:
        item["issued"] = issued
    if reference.accessed:
        parts = _date_parts(reference.accessed)
        item["accessed"] = {"date-parts": [parts]} if parts else {"literal": reference.accessed}
    for variable in [*ATTRIBUTES, *sorted(reference.variables)]:
        value = reference.variable(variable)
        if value:
            item[variable] = nocase(value) if variable in TITLE_VARIABLES else value
    keywords = list(dict.fromkeys([*reference.keywords, *(tags or [])]))
    if keywords:
        item["keyword"] = ", ".join(keywords)
    custom: dict[str, object] = {}
    for name in ("mesh", "files", "links", "publication_types"):
        values = getattr(reference, name)
        if values:
            custom[name] = list(values)
    if tags:
        custom["tags"] = list(tags)
    if custom:
        item["custom"] = custom
    return item


def write_csljson(records: Iterable[tuple[Reference, list[str]]]) -> str:
    return "".join(csljson_chunks(records))


def csljson_chunks(records: Iterable[tuple[Reference, list[str]]]) -> Iterator[str]:
    """A JSON array, an item at a time (laid out as json.dumps(items, indent=2) would)."""
    yield "["
    separator = "\n"
    for reference, tags in records:
        item = json.dumps(reference_to_csl(reference, tags), ensure_ascii=False, indent=2)
        yield separator + "\n".join("  " + line for line in item.splitlines())
        separator = ",\n"
    yield "\n]\n" if separator == ",\n" else "]\n"
