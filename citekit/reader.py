"""Reading a library with the standard sqlite3 driver: search, look-ups, counts.

Search is SQLite FTS5 SQL in any case, and `citekit search` must answer in well under 300 ms from a
fresh process, which importing SQLAlchemy alone would use up. So reads go through these functions on
a plain DB-API connection (read-only for the CLI; the Library's own connection otherwise). Every write
stays in citekit.library, in SQLAlchemy transactions.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from citekit.errors import LibraryError, NotFoundError
from citekit.model import Author, Reference
from citekit.query import compile_query, parse_query
from citekit.schema import SCHEMA_VERSION


@dataclass(slots=True)
class TagInfo:
    name: str
    origin: str  # "user" or "auto"
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

    @property
    def key(self) -> str:
        return self.reference.key or ""

    @property
    def tag_names(self) -> list[str]:
        return [tag.name for tag in self.tags]

    def to_json(self) -> dict[str, object]:
        """The parse schema plus key, tags and identifiers."""
        data = {"key": self.key, **self.reference.to_json()}
        data.update(
            tags=self.tag_names,
            doi=self.reference.doi,
            pmid=self.reference.pmid,
            pmcid=self.reference.pmcid,
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
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        version = connection.execute("SELECT value FROM citekit_meta WHERE name = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"cannot open library {path}: {error}") from None
    if version is None or int(version[0]) != SCHEMA_VERSION:
        connection.close()
        if version is not None and int(version[0]) > SCHEMA_VERSION:
            raise LibraryError(
                f"{path} uses schema version {version[0]}; this citekit reads up to {SCHEMA_VERSION}: upgrade citekit"
            )
        raise LibraryError(f"{path} needs upgrading; run any command that writes (e.g. citekit tag list) first")
    return connection


_RECORD_COLUMNS = (
    "id, key, type, title, journal, volume, issue, pages, year, year_suffix, url, doi, pmid, pmcid, "
    "abstract, links, raw, source_format, source_path, source_line, added_at, match_key, mesh"
)


def fetch(connection: sqlite3.Connection, ids: list[int]) -> list[StoredReference]:
    """Records by id, in the order of ``ids``, with authors and active tags."""
    if not ids:
        return []
    records: dict[int, StoredReference] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in connection.execute(f"SELECT {_RECORD_COLUMNS} FROM reference WHERE id IN ({marks})", chunk):
            records[row[0]] = _record(row)
        for reference_id, family, given, suffix in connection.execute(
            f"SELECT reference_id, family, given, suffix FROM author WHERE reference_id IN ({marks}) "
            "ORDER BY reference_id, position",
            chunk,
        ):
            records[reference_id].reference.authors.append(Author(family, given, suffix))
        for reference_id, name, origin, term, where, added_at in connection.execute(
            "SELECT rt.reference_id, t.name, rt.origin, rt.term, rt.field, rt.added_at "
            f"FROM reference_tag rt JOIN tag t ON t.id = rt.tag_id WHERE rt.reference_id IN ({marks}) "
            "AND rt.removed_at IS NULL ORDER BY t.name",
            chunk,
        ):
            records[reference_id].tags.append(TagInfo(name, origin, term, where, added_at))
    return [records[i] for i in ids if i in records]


def _record(row: tuple) -> StoredReference:
    (id_, key, type_, title, journal, volume, issue, pages, year, year_suffix, url, doi, pmid, pmcid, abstract) = row[
        :15
    ]
    links, raw, source_format, source_path, source_line, added_at, match_key, mesh = row[15:]
    reference = Reference(
        title=title,
        journal=journal,
        volume=volume,
        issue=issue,
        pages=pages,
        year=year,
        year_suffix=year_suffix,
        url=url,
        type=type_,
        links=json.loads(links) if links else [],
        raw=raw,
        doi=doi,
        pmid=pmid,
        pmcid=pmcid,
        abstract=abstract,
        mesh=json.loads(mesh) if mesh else [],
        key=key,
        line=source_line,
    )
    added = str(added_at) if added_at is not None else None
    return StoredReference(reference, id_, [], source_format, source_path, added, match_key)


def search(connection: sqlite3.Connection, text: str, limit: int | None = None) -> list[SearchHit]:
    """Records matching a query in citekit's search language, best first."""
    query = parse_query(text)
    tag_sizes = {}
    for tag in query.tags():
        size = _tag_size(connection, tag)
        if size is None:
            raise NotFoundError(f"no tag {tag!r} in the library (see citekit tag list)")
        tag_sizes[tag] = size
    compiled = compile_query(query, limit, tag_sizes)
    try:
        rows = connection.execute(compiled.sql, compiled.params).fetchall()
    except sqlite3.OperationalError as error:
        # Quoting makes this unreachable for any text we know of; say so plainly if it happens.
        raise LibraryError(f"search failed for {text!r}: {error}") from None
    records = fetch(connection, [row[0] for row in rows])
    return [SearchHit(record, row[1]) for record, row in zip(records, rows, strict=True)]


def _tag_size(connection: sqlite3.Connection, name: str) -> int | None:
    """Records carrying the tag, or None when there is no such tag."""
    row = connection.execute(
        "SELECT t.id, (SELECT count(*) FROM reference_tag rt WHERE rt.tag_id = t.id AND rt.removed_at IS NULL) "
        "FROM tag t WHERE t.name = ?",
        (name,),
    ).fetchone()
    return None if row is None else row[1]


def by_key(connection: sqlite3.Connection, key: str) -> StoredReference:
    row = connection.execute("SELECT id FROM reference WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise NotFoundError(f"no record with key {key!r}")
    return fetch(connection, [row[0]])[0]


def all_ids(connection: sqlite3.Connection) -> list[int]:
    return [row[0] for row in connection.execute("SELECT id FROM reference ORDER BY id")]


def probable_duplicates(connection: sqlite3.Connection, record: StoredReference) -> list[str]:
    if not record.match_key:
        return []
    rows = connection.execute(
        "SELECT key FROM reference WHERE match_key = ? AND id != ? ORDER BY id", (record.match_key, record.id)
    )
    return [row[0] for row in rows]


@dataclass(slots=True)
class TagCount:
    name: str
    total: int
    by_hand: int
    automatic: int


def tag_counts(connection: sqlite3.Connection) -> list[TagCount]:
    rows = connection.execute(
        "SELECT t.name, count(rt.reference_id), sum(rt.origin = 'user'), sum(rt.origin = 'auto') "
        "FROM tag t LEFT JOIN reference_tag rt ON rt.tag_id = t.id AND rt.removed_at IS NULL "
        "GROUP BY t.id HAVING count(rt.reference_id) > 0 ORDER BY count(rt.reference_id) DESC, t.name"
    )
    return [TagCount(name, total, by_hand or 0, automatic or 0) for name, total, by_hand, automatic in rows]


@dataclass(slots=True)
class Stats:
    records: int
    per_year: list[tuple[int | None, int]]
    per_tag: list[TagCount]
    journals: list[tuple[str, int]]
    authors: list[tuple[str, int]]
    with_doi: int
    with_pmid: int


def stats(connection: sqlite3.Connection, top: int = 10) -> Stats:
    records = connection.execute("SELECT count(*) FROM reference").fetchone()[0]
    per_year = connection.execute("SELECT year, count(*) FROM reference GROUP BY year ORDER BY year").fetchall()
    journals = connection.execute(
        "SELECT journal, count(*) FROM reference WHERE journal IS NOT NULL GROUP BY journal "
        "ORDER BY count(*) DESC, journal LIMIT ?",
        (top,),
    ).fetchall()
    authors = Counter(
        f"{family} {given}".strip() if given else family
        for family, given in connection.execute("SELECT family, given FROM author")
    )
    with_doi, with_pmid = connection.execute(
        "SELECT count(doi), count(pmid) FROM reference",
    ).fetchone()
    return Stats(
        records=records,
        per_year=[(year, count) for year, count in per_year],
        per_tag=tag_counts(connection),
        journals=[(journal, count) for journal, count in journals],
        authors=sorted(authors.items(), key=lambda item: (-item[1], item[0]))[:top],
        with_doi=with_doi,
        with_pmid=with_pmid,
    )


@dataclass(slots=True)
class FieldSource:
    field: str
    source: str  # import | user | crossref | pubmed | pmc
    score: float | None
    recorded_at: str


def field_sources(connection: sqlite3.Connection, reference_id: int) -> dict[str, FieldSource]:
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


def suggestions(connection: sqlite3.Connection, reference_id: int | None = None) -> list[PendingSuggestion]:
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


def pending_suggestions(connection: sqlite3.Connection) -> list[PendingSuggestion]:
    return suggestions(connection)


def lookups(connection: sqlite3.Connection, reference_id: int) -> list[tuple[str, str, str | None]]:
    return connection.execute(
        "SELECT service, outcome, detail FROM lookup WHERE reference_id = ? ORDER BY service", (reference_id,)
    ).fetchall()
