"""A record → the row stored for it: the record whole (JSON), and the columns derived from it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from citekit.keys import base_key
from citekit.model import Author, Reference
from citekit.storage.layout import FTS_COLUMNS
from citekit.textnorm import alnum_key, normalise_title, search_fold


def _names(people: list[Author]) -> str:
    return " ; ".join(f"{person.family} {person.given or ''}".strip() for person in people)


def _joined(*values: str | None) -> str | None:
    present = [value for value in values if value]
    if not present:
        return None
    return search_fold(present[0] if len(present) == 1 else " ; ".join(present))


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


def tags_text(tags: list[str]) -> str | None:
    """A new record's fts_tags, as the database's triggers would write it (schema.TAGS_OF)."""
    return " ".join(sorted(set(tags))) or None


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


# reference's columns in the order a bulk insert writes them: what the record alone decides, then
# what the import decides (source, key, time).
RECORD_COLUMNS = (
    "type",
    "year",
    "title",
    "container_title",
    "doi",
    "pmid",
    "pmcid",
    "data",
    *FTS_COLUMNS,
    "match_key",
    "fingerprint",
    "source_line",
    "version",
)
INSERT_COLUMNS = (*RECORD_COLUMNS, "source_format", "source_path", "key", "added_at")


@dataclass(slots=True)
class Prepared:
    """A record ready to store: everything derived from it computed, so that the work can be done
    away from the writer (in another process, for a large file)."""

    key: str | None  # as the source wrote it
    base_key: str  # the key citekit would make for it (citekit.keys.base_key)
    fingerprint: str
    values: tuple[Any, ...]  # RECORD_COLUMNS, the record's JSON already serialised
    doi: str | None
    pmid: str | None
    match_key: str
    tags: list[str]  # tags the source gave it (JabRef groups, Zotero tags), as citekit tag names
    line: int | None


def to_json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def prepare(reference: Reference, source_format: str) -> Prepared:
    columns = derived_columns(reference)
    columns["data"] = to_json_text(columns["data"])
    tags = list(dict.fromkeys(name for name in (tag_name(t) for t in reference.tags) if name))
    columns["fts_tags"] = tags_text(tags)  # what the tag triggers would write: they find nothing to do
    columns["fingerprint"] = fingerprint = reference.fingerprint(source_format)
    columns["source_line"] = reference.line
    columns["version"] = 1
    return Prepared(
        reference.key,
        base_key(reference),
        fingerprint,
        tuple(columns[name] for name in RECORD_COLUMNS),
        reference.doi,
        reference.pmid,
        columns["match_key"],
        tags,
        reference.line,
    )


_TAG_NAME = re.compile(r"^\w[\w.+-]*$")


def tag_name(name: str) -> str | None:
    """A tag another tool gave a record ('Ecology & Power', 'MR in UPE') as a citekit tag name."""
    text = re.sub(r"[^\w.+-]+", "-", "-".join(name.strip().lower().split())).strip("-.+")
    return text[:128] if text and _TAG_NAME.match(text) else None


def insert_statement(dialect: str) -> str:
    """One INSERT for many rows, in the driver's own parameter style: an import of 100,000
    records spends its time in the database, not in building statements."""
    if dialect == "postgresql":
        marks = ", ".join("%s::jsonb" if name == "data" else "%s" for name in INSERT_COLUMNS)
    else:
        marks = ", ".join("?" for _ in INSERT_COLUMNS)
    return f"INSERT INTO reference ({', '.join(INSERT_COLUMNS)}) VALUES ({marks})"


def insert_values(
    prepared: Prepared, key: str, source_format: str, source_path: str | None, added_at: object
) -> tuple[Any, ...]:
    return (*prepared.values, source_format, source_path, key, added_at)
