"""A record → the row stored for it: the record whole (JSON), and the columns derived from it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from citekit.model import Author, Reference
from citekit.textnorm import alnum_key, normalise_title, search_fold


def _names(people: list[Author]) -> str:
    return " ; ".join(f"{person.family} {person.given or ''}".strip() for person in people)


def _joined(*values: str | None) -> str | None:
    text = " ; ".join(value for value in values if value)
    return search_fold(text) or None


def search_columns(reference: Reference) -> dict[str, str | None]:
    """The text of each full-text column (layout.FTS_COLUMNS) but tags, which the database keeps
    itself: what `author:`, `editor:`, `journal:`, `publisher:`, `keyword:` and `abstract:` search,
    and plain words search all."""
    variables = reference.variables
    others = [person for role, people in reference.names.items() for person in people if role != "author"]
    return {
        "fts_title": _joined(reference.title, variables.get("title-short"), variables.get("original-title")),
        "fts_authors": _joined(_names(reference.authors)),
        "fts_editors": _joined(_names(reference.editors), _names(others)),
        "fts_container": _joined(
            reference.container_title,
            variables.get("container-title-short"),
            variables.get("collection-title"),
            variables.get("event-title"),
        ),
        "fts_publisher": _joined(variables.get("publisher"), variables.get("publisher-place")),
        "fts_keywords": _joined("; ".join(reference.keywords), "; ".join(h.rstrip("*") for h in reference.mesh)),
        "fts_abstract": _joined(reference.abstract, variables.get("note")),
    }


def match_key(reference: Reference) -> str:
    """Normalised title + first author + year: equal keys mean 'probably the same paper'."""
    if not reference.title:
        return ""
    family = alnum_key(reference.authors[0].family) if reference.authors else ""
    return f"{normalise_title(reference.title)}|{family}|{reference.year or ''}"


def derived_columns(reference: Reference) -> dict[str, Any]:
    """Every column of reference that is computed from the record (the data column included)."""
    return {
        "type": reference.type,
        "year": reference.year,
        "title": reference.title,
        "container_title": reference.container_title,
        "doi": reference.doi,
        "pmid": reference.pmid,
        "pmcid": reference.pmcid,
        "data": reference.to_storage(),
        "match_key": match_key(reference),
        **search_columns(reference),
    }


def new_row(
    reference: Reference,
    key: str,
    source_format: str,
    source_path: str | None,
    now: datetime,
    fingerprint: str | None = None,
) -> dict[str, Any]:
    return {
        "key": key,
        **derived_columns(reference),
        "fingerprint": fingerprint or reference.fingerprint(source_format),
        "source_format": source_format,
        "source_path": source_path,
        "source_line": reference.line,
        "added_at": now,
        "version": 1,
    }
