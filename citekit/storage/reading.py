"""Reading a library: search, look-ups, counts, over a plain DB-API connection.

`citekit search` must answer in well under 300 ms from a fresh process, and importing SQLAlchemy
alone takes most of that, so reads are SQL over the driver's own connection (sqlite3, read-only, for
the CLI; psycopg through postgres.PgReader, which takes the same SQL; the Library's connection
otherwise). The few statements the two dialects write differently ask is_postgresql(). The
record is read back with the same serialisation it was written with
(citekit.model.Reference.from_storage); every write goes through citekit.library, in SQLAlchemy
transactions.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citekit.errors import LibraryError, NotFoundError
from citekit.model import Reference
from citekit.query import compile_query, parse_query
from citekit.storage.layout import HEAD_REVISION, REVISIONS, SCHEMA_VERSION


class NeedsUpgrade(LibraryError):
    """The library is older than this citekit: open it for writing once to upgrade it."""


@dataclass(slots=True)
class TagInfo:
    name: str
    origin: str  # "user", "auto" or "import"
    term: str | None = None
    field: str | None = None
    added_at: str | None = None


@dataclass(slots=True)
class StoredReference:
    """A record as the library holds it: the reference plus its tags and provenance."""

    reference: Reference
    id: int
    tags: list[TagInfo] = field(default_factory=list)
    source_format: str = ""
    source_path: str | None = None
    added_at: str | None = None
    match_key: str = ""
    version: int = 1

    @property
    def key(self) -> str:
        return self.reference.key or ""

    @property
    def tag_names(self) -> list[str]:
        return [tag.name for tag in self.tags]

    def to_json(self) -> dict[str, object]:
        """The parse schema plus key, tags and identifiers."""
        data: dict[str, object] = {"key": self.key, **self.reference.to_json()}
        data.update(
            tags=self.tag_names,
            doi=self.reference.doi,
            pmid=self.reference.pmid,
            pmcid=self.reference.pmcid,
            version=self.version,  # what `citekit set --if-version` checks
        )
        return data


@dataclass(slots=True)
class SearchHit:
    record: StoredReference
    score: float | None


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to an existing library, its schema version checked."""
    if not path.exists():
        raise LibraryError(f"no library at {path}; import references first (citekit import FILE)")
    if path.is_dir():
        raise LibraryError(f"cannot open library {path}: it is a directory")
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size:
        _recover(path)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        connection.execute("PRAGMA busy_timeout = 30000")
        check_schema(connection, str(path))
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"cannot open library {path}: {error}") from None
    return connection


def _recover(path: Path) -> None:
    """A journal left by a crash (or a full disk) must be rolled back before anyone reads, and a
    read-only connection cannot do it: one read-write connection does, as SQLite opens."""
    try:
        with sqlite3.connect(path) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.close()
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"cannot open library {path}: recovering after a crash failed: {error}") from None


def _errors(connection: Any) -> type[Exception] | tuple[type[Exception], ...]:
    """The driver's error class (sqlite3's, or psycopg's through PgReader)."""
    return getattr(connection, "errors", sqlite3.DatabaseError)


def is_postgresql(connection: Any) -> bool:
    return getattr(connection, "dialect", "sqlite") == "postgresql"


def check_schema(connection: Any, label: str) -> None:
    try:
        version_row = connection.execute("SELECT value FROM citekit_meta WHERE name = 'schema_version'").fetchone()
    except _errors(connection):
        raise LibraryError(f"{label} is not a citekit library") from None
    version = int(version_row[0]) if version_row else 0
    try:
        revision_row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except _errors(connection):
        revision_row = None
    revision = revision_row[0] if revision_row else None
    if version > SCHEMA_VERSION or (revision is not None and revision not in REVISIONS):
        raise LibraryError(
            f"{label} was written by a newer citekit (schema {version}); this citekit reads up to schema "
            f"{SCHEMA_VERSION}: upgrade citekit (pip install -U citekit)"
        )
    if revision != HEAD_REVISION:
        raise NeedsUpgrade(f"{label} is a schema-{version} library")


_RECORD_COLUMNS = "id, key, data, source_format, source_path, source_line, added_at, match_key, version"


def _record(row: tuple) -> StoredReference:
    id_, key, data, source_format, source_path, source_line, added_at, match_key, version = row
    stored = json.loads(data) if isinstance(data, str | bytes) else data
    reference = Reference.from_storage(stored, key=key, line=source_line)
    added = str(added_at) if added_at is not None else None
    return StoredReference(reference, id_, [], source_format, source_path, added, match_key or "", version or 1)


def fetch(connection: Any, ids: list[int]) -> list[StoredReference]:
    """Records by id, in the order of ``ids``, with their active tags."""
    if not ids:
        return []
    records: dict[int, StoredReference] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in connection.execute(f"SELECT {_RECORD_COLUMNS} FROM reference WHERE id IN ({marks})", chunk):
            records[row[0]] = _record(row)
        for reference_id, name, origin, term, where, added_at in connection.execute(
            "SELECT rt.reference_id, t.name, rt.origin, rt.term, rt.field, rt.added_at "
            f"FROM reference_tag rt JOIN tag t ON t.id = rt.tag_id WHERE rt.reference_id IN ({marks}) "
            "AND rt.removed_at IS NULL ORDER BY t.name",
            chunk,
        ):
            records[reference_id].tags.append(TagInfo(name, origin, term, where, str(added_at)))
    return [records[i] for i in ids if i in records]


@dataclass(slots=True)
class IdHit:
    id: int
    score: float | None


def search_ids(connection: Any, text: str, limit: int | None = None) -> list[IdHit]:
    """The ids of the records matching a query, best first (no record is read)."""
    query = parse_query(text)
    tag_sizes = {}
    for tag in query.tags():
        size = _tag_size(connection, tag)
        if size is None:
            raise NotFoundError(f"no tag {tag!r} in the library (see citekit tag list)")
        tag_sizes[tag] = size
    if is_postgresql(connection):
        from citekit.storage.pgsearch import compile_postgresql

        compiled = compile_postgresql(query, limit)
    else:
        compiled = compile_query(query, limit, tag_sizes)
    try:
        if is_postgresql(connection):
            rows = _without_sequential_scan(connection, compiled.sql, compiled.params)
        else:
            rows = connection.execute(compiled.sql, compiled.params).fetchall()
    except _errors(connection) as error:
        # Quoting makes this unreachable for any text we know of; say so plainly if it happens.
        raise LibraryError(f"search failed for {text!r}: {error}") from None
    return [IdHit(row[0], row[1]) for row in rows]


def _without_sequential_scan(connection: Any, sql: str, params: list[object]) -> list[Any]:
    """PostgreSQL cannot tell that reading every row's full vector costs far more than the GIN
    index, and picks a sequential scan for a common word (350 ms against 90 ms on 100,000 records):
    it is told not to, for this statement only."""
    connection.execute("SET enable_seqscan = off")
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.execute("RESET enable_seqscan")


def search(connection: Any, text: str, limit: int | None = None) -> list[SearchHit]:
    """Records matching a query in citekit's search language, best first."""
    hits = search_ids(connection, text, limit)
    records = fetch(connection, [hit.id for hit in hits])
    return [SearchHit(record, hit.score) for record, hit in zip(records, hits, strict=True)]


def keys_of(connection: Any, ids: list[int]) -> list[str]:
    """The keys of records by id, in the order of ``ids``."""
    keys: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        keys.update(connection.execute(f"SELECT id, key FROM reference WHERE id IN ({marks})", chunk).fetchall())
    return [keys[i] for i in ids if i in keys]


def fetch_in_chunks(connection: Any, ids: list[int], size: int = 1000) -> Iterator[StoredReference]:
    """Records by id, read a thousand at a time: an export of any size holds one chunk in memory."""
    for start in range(0, len(ids), size):
        yield from fetch(connection, ids[start : start + size])


def _tag_size(connection: Any, name: str) -> int | None:
    """Records carrying the tag, or None when there is no such tag."""
    row = connection.execute(
        "SELECT t.id, (SELECT count(*) FROM reference_tag rt WHERE rt.tag_id = t.id AND rt.removed_at IS NULL) "
        "FROM tag t WHERE t.name = ?",
        (name,),
    ).fetchone()
    return None if row is None else row[1]


def by_key(connection: Any, key: str) -> StoredReference:
    row = connection.execute("SELECT id FROM reference WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise NotFoundError(f"no record with key {key!r}")
    return fetch(connection, [row[0]])[0]


def ids_of_keys(connection: Any, keys: list[str]) -> dict[str, int]:
    """key → id for the keys the library has (a key it lacks is simply absent)."""
    found: dict[str, int] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        found.update(connection.execute(f"SELECT key, id FROM reference WHERE key IN ({marks})", chunk).fetchall())
    return found


def all_ids(connection: Any) -> list[int]:
    return [row[0] for row in connection.execute("SELECT id FROM reference ORDER BY id")]


def all_keys(connection: Any) -> list[str]:
    return [row[0] for row in connection.execute("SELECT key FROM reference ORDER BY key")]


def probable_duplicates(connection: Any, record: StoredReference) -> list[str]:
    """Other records with the same DOI, PMID, or title, first author and year."""
    reference = record.reference
    rows: list[str] = []
    if reference.doi:
        rows += [
            r[0]
            for r in connection.execute(
                "SELECT key FROM reference WHERE lower(doi) = ? AND id != ? ORDER BY id",
                (reference.doi.lower(), record.id),
            )
        ]
    if reference.pmid:
        rows += [
            r[0]
            for r in connection.execute(
                "SELECT key FROM reference WHERE pmid = ? AND id != ? ORDER BY id", (reference.pmid, record.id)
            )
        ]
    if record.match_key:
        rows += [
            r[0]
            for r in connection.execute(
                "SELECT key FROM reference WHERE match_key = ? AND id != ? ORDER BY id", (record.match_key, record.id)
            )
        ]
    return list(dict.fromkeys(rows))


def blocks(connection: Any) -> list[tuple[str, str | None, str, bool, int]]:
    """(kind, name, text, before_entries, position) of every non-entry .bib block, in import order."""
    return connection.execute(
        "SELECT kind, name, text, before_entries, position FROM source_block ORDER BY id"
    ).fetchall()


@dataclass(slots=True)
class TagCount:
    name: str
    total: int
    by_hand: int
    automatic: int
    imported: int = 0


def tag_counts(connection: Any) -> list[TagCount]:
    rows = connection.execute(
        "SELECT t.name, count(rt.reference_id), sum(CASE WHEN rt.origin = 'user' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN rt.origin = 'auto' THEN 1 ELSE 0 END), sum(CASE WHEN rt.origin = 'import' THEN 1 ELSE 0 END) "
        "FROM tag t LEFT JOIN reference_tag rt ON rt.tag_id = t.id AND rt.removed_at IS NULL "
        "GROUP BY t.id HAVING count(rt.reference_id) > 0 ORDER BY count(rt.reference_id) DESC, t.name"
    )
    return [TagCount(name, total, hand or 0, auto or 0, imported or 0) for name, total, hand, auto, imported in rows]


@dataclass(slots=True)
class Stats:
    records: int
    per_year: list[tuple[int | None, int]]
    per_tag: list[TagCount]
    journals: list[tuple[str, int]]
    authors: list[tuple[str, int]]
    with_doi: int
    with_pmid: int
    per_type: list[tuple[str | None, int]] = field(default_factory=list)
    per_status: dict[str, int] = field(default_factory=dict)  # from citekit check

    def to_json(self) -> dict[str, object]:
        return {
            "per_status": dict(self.per_status),
            "records": self.records,
            "with_doi": self.with_doi,
            "with_pmid": self.with_pmid,
            "per_year": [{"year": year, "records": count} for year, count in self.per_year],
            "per_type": [{"type": kind, "records": count} for kind, count in self.per_type],
            "per_tag": [{"tag": t.name, "records": t.total} for t in self.per_tag],
            "journals": [{"journal": name, "records": count} for name, count in self.journals],
            "authors": [{"author": name, "records": count} for name, count in self.authors],
        }


def stats(connection: Any, top: int = 10) -> Stats:
    records = connection.execute("SELECT count(*) FROM reference").fetchone()[0]
    per_year = connection.execute("SELECT year, count(*) FROM reference GROUP BY year ORDER BY year").fetchall()
    per_type = connection.execute(
        "SELECT type, count(*) FROM reference GROUP BY type ORDER BY count(*) DESC, type"
    ).fetchall()
    journals = connection.execute(
        "SELECT container_title, count(*) FROM reference WHERE container_title IS NOT NULL "
        "AND type IN ('article-journal', 'article', 'article-magazine', 'article-newspaper', 'review') "
        "GROUP BY container_title ORDER BY count(*) DESC, container_title LIMIT ?",
        (top,),
    ).fetchall()
    authors: Counter[str] = Counter()
    names = (
        "SELECT a ->> 'family', a ->> 'given' FROM reference r, jsonb_array_elements(r.data -> 'authors') a "
        "WHERE jsonb_typeof(r.data -> 'authors') = 'array'"
        if is_postgresql(connection)
        else "SELECT json_extract(a.value, '$.family'), json_extract(a.value, '$.given') "
        "FROM reference r, json_each(r.data, '$.authors') a"
    )
    for family, given in connection.execute(names):
        authors[f"{family} {given}".strip() if given else family] += 1
    with_doi, with_pmid = connection.execute("SELECT count(doi), count(pmid) FROM reference").fetchone()
    return Stats(
        records=records,
        per_year=[(year, count) for year, count in per_year],
        per_tag=tag_counts(connection),
        journals=[(journal, count) for journal, count in journals],
        authors=sorted(authors.items(), key=lambda item: (-item[1], item[0]))[:top],
        with_doi=with_doi,
        per_status=status_counts(connection),
        with_pmid=with_pmid,
        per_type=[(kind, count) for kind, count in per_type],
    )


@dataclass(slots=True)
class FieldSource:
    field: str
    source: str  # import | user | crossref | pubmed | pmc
    score: float | None
    recorded_at: str


def field_sources(connection: Any, reference_id: int) -> dict[str, FieldSource]:
    rows = connection.execute(
        "SELECT field, source, score, recorded_at FROM provenance WHERE reference_id = ?", (reference_id,)
    )
    return {row[0]: FieldSource(row[0], row[1], row[2], str(row[3])) for row in rows}


@dataclass(slots=True)
class PendingSuggestion:
    key: str
    field: str
    value: str
    source: str
    score: float
    reason: str
    status: str
    title: str | None = None


def suggestions(connection: Any, reference_id: int | None = None) -> list[PendingSuggestion]:
    """Suggestions for one record (any status), or every pending one."""
    sql = (
        "SELECT r.key, s.field, s.value, s.source, s.score, s.reason, s.status, r.title "
        "FROM suggestion s JOIN reference r ON r.id = s.reference_id "
    )
    if reference_id is None:
        rows = connection.execute(sql + "WHERE s.status = 'pending' ORDER BY r.id, s.field")
    else:
        rows = connection.execute(sql + "WHERE s.reference_id = ? ORDER BY s.field", (reference_id,))
    return [PendingSuggestion(*row) for row in rows]


def pending_suggestions(connection: Any) -> list[PendingSuggestion]:
    return suggestions(connection)


@dataclass(slots=True)
class StoredStatus:
    """What `citekit check` last found for a record."""

    status: str
    notices: list[dict[str, Any]]
    sources: list[str]
    checked_at: str


def statuses(connection: Any, ids: list[int]) -> dict[int, StoredStatus]:
    found: dict[int, StoredStatus] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = connection.execute(
            f"SELECT reference_id, status, notices, sources, checked_at FROM update_status "
            f"WHERE reference_id IN ({marks})",
            chunk,
        )
        for reference_id, status, notices, sources, checked_at in rows:
            found[reference_id] = StoredStatus(
                status, json.loads(notices), [s for s in sources.split(",") if s], str(checked_at)
            )
    return found


def status_counts(connection: Any) -> dict[str, int]:
    return dict(connection.execute("SELECT status, count(*) FROM update_status GROUP BY status").fetchall())


def lookups(connection: Any, reference_id: int) -> list[tuple[str, str, str | None]]:
    return connection.execute(
        "SELECT service, outcome, detail FROM lookup WHERE reference_id = ? ORDER BY service", (reference_id,)
    ).fetchall()
