"""Copying a library to another database (SQLite ↔ PostgreSQL, or file to file): every record with
its fields, tags, provenance, look-ups, suggestions, check results, the .bib blocks, and the cache
of web answers. A record the target already has (same DOI, same PMID, or same title, first author
and year) is reported and left out, never duplicated or merged; a key the target uses for another
record gets a suffix, and is reported."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert, select

from citekit.keys import unique_key
from citekit.library import DuplicateIndex, Library, as_utc
from citekit.model import Reference
from citekit.storage.postgres import IMPORT_LOCK
from citekit.storage.rows import derived_columns
from citekit.storage.schema import (
    http_cache,
    lookup,
    provenance,
    reference,
    reference_tag,
    source_block,
    suggestion,
    tag,
    update_status,
)

_PER_RECORD = (provenance, lookup, suggestion, update_status)


@dataclass(slots=True)
class AlreadyThere:
    key: str  # in the source
    target_key: str
    reason: str  # DOI | PMID | title, first author and year


@dataclass(slots=True)
class CopySummary:
    copied: int = 0
    already_there: list[AlreadyThere] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (source key, key in the target)
    cache_entries: int = 0
    tags: int = 0


def _rows(connection: Connection, table: Any) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in connection.execute(select(table))]


def copy_library(source: Library, target: Library) -> CopySummary:
    """Copy ``source`` into ``target`` in one transaction of the target: all of it or nothing."""
    with source.engine.connect() as reading:
        records = _rows(reading, reference)
        tags = {row["id"]: row["name"] for row in _rows(reading, tag)}
        assignments = [row for row in _rows(reading, reference_tag) if row["removed_at"] is None]
        per_record = {table.name: _rows(reading, table) for table in _PER_RECORD}
        cache = _rows(reading, http_cache)
        blocks = _rows(reading, source_block)
    label = str(source.path)

    def work(connection: Connection) -> CopySummary:
        summary = CopySummary()
        if target.postgresql:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({IMPORT_LOCK})")  # as an import does
        existing = connection.execute(select(reference.c.key, reference.c.doi, reference.c.pmid, reference.c.match_key))
        keys: set[str] = set()
        stored = DuplicateIndex()
        for key, doi, pmid, similar in existing:
            keys.add(key)
            stored.remember(key, similar, doi, pmid)
        new_ids: dict[int, int] = {}
        suffixes: dict[str, int] = {}
        for row in records:
            found = stored.duplicate_of(row["doi"], row["pmid"], row["match_key"])
            if found is not None:
                summary.already_there.append(AlreadyThere(row["key"], found[0], found[1]))
                continue
            key = unique_key(row["key"], keys, suffixes)
            if key != row["key"]:
                summary.renamed.append((row["key"], key))
            data = json.loads(row["data"]) if isinstance(row["data"], str | bytes) else row["data"]
            record = Reference.from_storage(data, key=key, line=row["source_line"])
            values = {
                **derived_columns(record),
                "key": key,
                "fingerprint": row["fingerprint"],
                "source_format": row["source_format"],
                "source_path": row["source_path"],
                "source_line": row["source_line"],
                "added_at": as_utc(row["added_at"]),
                "updated_at": as_utc(row["updated_at"]),
            }
            new_ids[row["id"]] = connection.execute(
                insert(reference).values(values).returning(reference.c.id)
            ).scalar_one()
            target._log(connection, "copy", new_ids[row["id"]], key, fields=f"from {label}")
            summary.copied += 1
        tag_ids = {name: tag_id for tag_id, name in connection.execute(select(tag.c.id, tag.c.name))}
        for row in assignments:
            if row["reference_id"] not in new_ids:
                continue
            name = tags[row["tag_id"]]
            if name not in tag_ids:
                tag_ids[name] = connection.execute(insert(tag).values(name=name).returning(tag.c.id)).scalar_one()
            connection.execute(
                insert(reference_tag).values(
                    reference_id=new_ids[row["reference_id"]],
                    tag_id=tag_ids[name],
                    origin=row["origin"],
                    term=row["term"],
                    field=row["field"],
                    added_at=as_utc(row["added_at"]),
                )
            )
            summary.tags += 1
        for table in _PER_RECORD:
            moved = [
                {
                    **{name: as_utc(value) if name.endswith("_at") else value for name, value in row.items()},
                    "reference_id": new_ids[row["reference_id"]],
                }
                for row in per_record[table.name]
                if row["reference_id"] in new_ids
            ]
            if moved:
                connection.execute(insert(table), moved)
        cached = set(connection.execute(select(http_cache.c.request_key)).scalars())
        fresh = [
            {**row, "body": bytes(row["body"]), "fetched_at": as_utc(row["fetched_at"])}
            for row in cache
            if row["request_key"] not in cached
        ]
        if fresh:
            connection.execute(insert(http_cache), fresh)
        summary.cache_entries = len(fresh)
        known = {(kind, text) for kind, text in connection.execute(select(source_block.c.kind, source_block.c.text))}
        new_blocks = [
            {name: as_utc(value) if name == "added_at" else value for name, value in row.items() if name != "id"}
            for row in blocks
            if (row["kind"], row["text"]) not in known
        ]
        if new_blocks:
            connection.execute(insert(source_block), new_blocks)
        return summary

    return target._write(f"copying into {target.path}", work)
