"""Operations on a library: import and read back. One transaction per operation."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from citekit import fts, reader
from citekit.db import (
    AuthorRow,
    HttpCacheEntry,
    Lookup,
    Provenance,
    ReferenceRow,
    ReferenceTag,
    Suggestion,
    Tag,
    open_engine,
)
from citekit.enrich.http import Response
from citekit.errors import InputError, LibraryError, NotFoundError
from citekit.keys import base_key, sanitise_key, unique_key
from citekit.model import Author, Reference
from citekit.paths import default_library_path
from citekit.query import normalise_tag
from citekit.sources import Problem, Source, load_source
from citekit.textnorm import alnum_key, normalise_title
from citekit.topics import Vocabulary, match_topics

if TYPE_CHECKING:
    from citekit.enrich.run import RecordResult

T = TypeVar("T")
_TAG_NAME = re.compile(r"^\w[\w.+-]*$")


def valid_tag(name: str) -> str:
    """A tag name as stored: lower case, hyphens for spaces, starting with a letter or digit."""
    tag = normalise_tag(name)
    if not _TAG_NAME.match(tag):
        raise InputError(f"bad tag name {name!r}: use letters, digits and - . + (e.g. gap-junctions)")
    return tag


def match_key(reference: Reference) -> str:
    """Normalised title + first author + year: equal keys mean 'probably the same paper'."""
    if not reference.title:
        return ""
    family = alnum_key(reference.authors[0].family) if reference.authors else ""
    return f"{normalise_title(reference.title)}|{family}|{reference.year or ''}"


@dataclass(slots=True)
class ProbableDuplicate:
    key: str
    duplicate_of: str


@dataclass(slots=True)
class RenamedKey:
    """A key from an imported file that the library already used for another record."""

    requested: str
    stored: str


@dataclass(slots=True)
class TagChange:
    tag: str
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


@dataclass(slots=True)
class AutoTag:
    key: str
    tag: str
    term: str
    field: str


@dataclass(slots=True)
class AutoTagSummary:
    added: list[AutoTag] = field(default_factory=list)


@dataclass(slots=True)
class ImportSummary:
    added: list[str] = field(default_factory=list)
    unchanged: int = 0
    duplicates: list[ProbableDuplicate] = field(default_factory=list)
    renamed: list[RenamedKey] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)


class Library:
    """A citekit library file. Use as a context manager, or call close()."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_library_path()
        self.engine = open_engine(self.path)

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ transactions and reads

    def _write(self, action: str, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one transaction; on a database failure nothing of it is kept."""
        try:
            with Session(self.engine) as session, session.begin():
                return work(session)
        except SQLAlchemyError as error:
            reason = getattr(error, "orig", None) or error
            raise LibraryError(f"{action} failed, the library is unchanged: {reason}") from None

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A DB-API connection for the read functions in citekit.reader."""
        connection = self.engine.raw_connection()
        try:
            yield connection.driver_connection
        finally:
            connection.close()

    def search(self, query: str, limit: int | None = None) -> list[reader.SearchHit]:
        with self.reading() as connection:
            return reader.search(connection, query, limit)

    def get(self, key: str) -> reader.StoredReference:
        with self.reading() as connection:
            return reader.by_key(connection, key)

    def records(self) -> list[reader.StoredReference]:
        with self.reading() as connection:
            return reader.fetch(connection, reader.all_ids(connection))

    def tag_counts(self) -> list[reader.TagCount]:
        with self.reading() as connection:
            return reader.tag_counts(connection)

    # ------------------------------------------------------------------ import

    def import_files(self, names: list[str]) -> ImportSummary:
        """Read every file first (any unreadable file stops everything), then import them together."""
        return self.import_sources([load_source(name) for name in names])

    def import_sources(self, sources: list[Source]) -> ImportSummary:
        """Store every new record of every source in one transaction: all of them or none."""
        summary = ImportSummary(errors=[problem for source in sources for problem in source.problems])
        self._write(f"import into {self.path}", lambda session: self._import(session, sources, summary))
        return summary

    def _import(self, session: Session, sources: list[Source], summary: ImportSummary) -> None:
        # A multiset: a reference printed twice is stored twice, and re-importing that file
        # finds both copies already there.
        already_stored = Counter(session.scalars(select(ReferenceRow.fingerprint)))
        keys = set(session.scalars(select(ReferenceRow.key)))
        first_by_match: dict[str, str] = {}
        for similar, key in session.execute(select(ReferenceRow.match_key, ReferenceRow.key).order_by(ReferenceRow.id)):
            if similar:
                first_by_match.setdefault(similar, key)
        now = datetime.now(UTC)
        rows: list[dict[str, object]] = []
        authors: list[list[Author]] = []
        for source in sources:
            for reference in source.references:
                fingerprint = reference.fingerprint()
                if already_stored[fingerprint]:
                    already_stored[fingerprint] -= 1
                    summary.unchanged += 1
                    continue
                requested = sanitise_key(reference.key) if reference.key else ""
                key = unique_key(requested or base_key(reference), keys)
                if requested and key != requested:
                    summary.renamed.append(RenamedKey(requested, key))
                similar = match_key(reference)
                if similar and similar in first_by_match:
                    summary.duplicates.append(ProbableDuplicate(key, first_by_match[similar]))
                elif similar:
                    first_by_match[similar] = key
                summary.added.append(key)
                rows.append(_row(reference, key, fingerprint, similar, source, now))
                authors.append(reference.authors)
        if not rows:
            return
        # Core executemany with ids given here: the ORM's per-row bookkeeping, and RETURNING (which
        # SQLite answers one row per statement), cost more than SQLite itself on a large import. A
        # writer that slipped in since max(id) makes the insert fail, and the transaction undoes it.
        connection = session.connection()
        reference_table, author_table = ReferenceRow.__table__, AuthorRow.__table__
        first_id = (connection.execute(select(func.max(reference_table.c.id))).scalar() or 0) + 1
        ids = list(range(first_id, first_id + len(rows)))
        for reference_id, row in zip(ids, rows, strict=True):
            row["id"] = reference_id
        connection.execute(insert(reference_table), rows)
        author_rows = [
            {"reference_id": ref_id, "position": position, "family": a.family, "given": a.given, "suffix": a.suffix}
            for ref_id, names in zip(ids, authors, strict=True)
            for position, a in enumerate(names)
        ]
        if author_rows:
            connection.execute(insert(author_table), author_rows)
        imported_ids = [
            {"reference_id": ref_id, "field": name, "source": "import", "score": None, "recorded_at": now}
            for ref_id, row in zip(ids, rows, strict=True)
            for name in ("doi", "pmid", "pmcid")
            if row[name]
        ]
        if imported_ids:
            connection.execute(insert(Provenance.__table__), imported_ids)
        fts.index_from(connection, first_id)

    # ------------------------------------------------------------------ tags

    def _ids_for_keys(self, session: Session, keys: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            rows = session.execute(select(ReferenceRow.key, ReferenceRow.id).where(ReferenceRow.key.in_(chunk)))
            found.update((key, reference_id) for key, reference_id in rows)
        missing = [key for key in unique if key not in found]
        if missing:
            more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
            raise NotFoundError(f"no record with key {missing[0]!r}{more}; nothing was tagged")
        return found

    def _tag_id(self, session: Session, tag: str, create: bool) -> int:
        tag_id = session.scalar(select(Tag.id).where(Tag.name == tag))
        if tag_id is None:
            if not create:
                raise NotFoundError(f"no tag {tag!r} in the library (see citekit tag list)")
            tag_id = session.scalars(insert(Tag).returning(Tag.id), [{"name": tag}]).one()
        return tag_id

    def add_tag(self, name: str, keys: list[str]) -> TagChange:
        """Tag records by hand; a tag the user adds is the user's, even if tag auto found it first."""
        tag = valid_tag(name)

        def work(session: Session) -> TagChange:
            ids = self._ids_for_keys(session, keys)
            tag_id = self._tag_id(session, tag, create=True)
            existing = {
                row.reference_id: row
                for row in session.scalars(
                    select(ReferenceTag).where(
                        ReferenceTag.tag_id == tag_id, ReferenceTag.reference_id.in_(list(ids.values()))
                    )
                )
            }
            change = TagChange(tag)
            now = datetime.now(UTC)
            for key, reference_id in ids.items():
                row = existing.get(reference_id)
                if row is not None and row.removed_at is None:
                    change.unchanged.append(key)
                    continue
                if row is None:
                    session.add(ReferenceTag(reference_id=reference_id, tag_id=tag_id, origin="user", added_at=now))
                else:
                    row.origin, row.term, row.field, row.added_at, row.removed_at = "user", None, None, now, None
                change.changed.append(key)
            session.flush()
            fts.reindex(session.connection(), [ids[key] for key in change.changed])
            return change

        return self._write(f"tagging with {tag!r}", work)

    def remove_tag(self, name: str, keys: list[str]) -> TagChange:
        """Take a tag off; it is remembered as removed, so that tag auto does not put it back."""
        tag = normalise_tag(name)

        def work(session: Session) -> TagChange:
            tag_id = self._tag_id(session, tag, create=False)
            ids = self._ids_for_keys(session, keys)
            active = set(
                session.scalars(
                    select(ReferenceTag.reference_id).where(
                        ReferenceTag.tag_id == tag_id,
                        ReferenceTag.reference_id.in_(list(ids.values())),
                        ReferenceTag.removed_at.is_(None),
                    )
                )
            )
            change = TagChange(tag)
            for key, reference_id in ids.items():
                (change.changed if reference_id in active else change.unchanged).append(key)
            if active:
                session.execute(
                    update(ReferenceTag)
                    .where(ReferenceTag.tag_id == tag_id, ReferenceTag.reference_id.in_(active))
                    .values(removed_at=datetime.now(UTC))
                )
                fts.reindex(session.connection(), active)
            return change

        return self._write(f"removing tag {tag!r}", work)

    def rename_tag(self, old: str, new: str) -> int:
        """Rename a tag; renaming onto an existing tag merges the two. Returns records affected."""
        old_tag, new_tag = normalise_tag(old), valid_tag(new)

        def work(session: Session) -> int:
            old_id = self._tag_id(session, old_tag, create=False)
            if old_tag == new_tag:
                return 0
            affected = list(session.scalars(select(ReferenceTag.reference_id).where(ReferenceTag.tag_id == old_id)))
            new_id = session.scalar(select(Tag.id).where(Tag.name == new_tag))
            if new_id is None:
                session.execute(update(Tag).where(Tag.id == old_id).values(name=new_tag))
            else:
                # Merge: keep the target's own assignments, move the rest over.
                taken = set(session.scalars(select(ReferenceTag.reference_id).where(ReferenceTag.tag_id == new_id)))
                for row in session.scalars(select(ReferenceTag).where(ReferenceTag.tag_id == old_id)):
                    if row.reference_id in taken:
                        session.delete(row)
                    else:
                        row.tag_id = new_id
                session.flush()
                session.execute(Tag.__table__.delete().where(Tag.id == old_id))
            session.flush()
            fts.reindex(session.connection(), affected)
            return len(affected)

        return self._write(f"renaming tag {old_tag!r}", work)

    def auto_tag(self, vocabulary: Vocabulary, dry_run: bool = False) -> AutoTagSummary:
        """Tag every record by topic. Never re-adds a tag the user removed; a rerun changes nothing."""

        def work(session: Session) -> AutoTagSummary:
            summary = AutoTagSummary()
            tag_ids = {name: tag_id for tag_id, name in session.execute(select(Tag.id, Tag.name))}
            assigned = {
                (ref_id, tag_id)
                for ref_id, tag_id in session.execute(select(ReferenceTag.reference_id, ReferenceTag.tag_id))
            }
            rows = session.execute(
                select(ReferenceRow.id, ReferenceRow.key, ReferenceRow.title, ReferenceRow.abstract, ReferenceRow.mesh)
            )
            now = datetime.now(UTC)
            new_rows = []
            for reference_id, key, title, abstract, mesh in rows:
                fields = {"title": title, "abstract": abstract, "mesh": "; ".join(mesh or [])}
                for match in match_topics(vocabulary, fields):
                    tag_id = tag_ids.get(match.tag)
                    if tag_id is not None and (reference_id, tag_id) in assigned:
                        continue
                    summary.added.append(AutoTag(key, match.tag, match.term, match.field))
                    if tag_id is None:
                        tag_id = tag_ids[match.tag] = (
                            -len(tag_ids) if dry_run else self._tag_id(session, match.tag, create=True)
                        )
                    assigned.add((reference_id, tag_id))
                    new_rows.append(
                        {
                            "reference_id": reference_id,
                            "tag_id": tag_id,
                            "origin": "auto",
                            "term": match.term,
                            "field": match.field,
                            "added_at": now,
                        }
                    )
            if new_rows and not dry_run:
                session.execute(insert(ReferenceTag), new_rows)
                fts.reindex(session.connection(), {row["reference_id"] for row in new_rows})
            return summary

        return self._write("automatic tagging", work)

    # ------------------------------------------------------------------ enrichment

    def enrichment_targets(self, query: str | None) -> list[reader.StoredReference]:
        """The records a query names, or every record missing an identifier."""
        with self.reading() as connection:
            if query:
                return [hit.record for hit in reader.search(connection, query)]
            ids = [
                row[0]
                for row in connection.execute(
                    "SELECT id FROM reference WHERE doi IS NULL OR pmid IS NULL OR pmcid IS NULL ORDER BY id"
                )
            ]
            return reader.fetch(connection, ids)

    def lookups_done(self) -> set[tuple[int, str]]:
        with self.reading() as connection:
            return {(row[0], row[1]) for row in connection.execute("SELECT reference_id, service FROM lookup")}

    def http_cache(self) -> LibraryHttpCache:
        return LibraryHttpCache(self)

    def save_enrichment(self, result: RecordResult) -> None:
        """One record's outcome at one service, in one transaction (see citekit.enrich.run)."""
        now = datetime.now(UTC)

        def work(session: Session) -> None:
            row = session.get(ReferenceRow, result.reference_id)
            if row is None:
                return
            for change in result.updates:
                setattr(row, change.field, change.value)
                session.merge(
                    Provenance(
                        reference_id=row.id,
                        field=change.field,
                        source=change.source,
                        score=change.score,
                        recorded_at=now,
                    )
                )
            session.merge(
                Lookup(
                    reference_id=row.id,
                    service=result.service,
                    outcome=result.outcome,
                    detail=result.detail,
                    checked_at=now,
                )
            )
            suggestion = result.suggestion
            if suggestion is not None and getattr(row, suggestion.field) is None:
                existing = session.get(Suggestion, (row.id, suggestion.field))
                if existing is None or existing.status == "pending":
                    session.merge(
                        Suggestion(
                            reference_id=row.id,
                            field=suggestion.field,
                            value=suggestion.value,
                            source=suggestion.source,
                            score=suggestion.score,
                            reason=suggestion.reason,
                            status="pending",
                            created_at=now,
                        )
                    )
            session.flush()
            if any(change.field in ("abstract", "mesh") for change in result.updates):
                fts.reindex(session.connection(), [row.id])

        self._write("saving enrichment", work)

    def pending_suggestions(self) -> list[reader.PendingSuggestion]:
        with self.reading() as connection:
            return reader.pending_suggestions(connection)

    def decide_suggestion(self, key: str, field: str, accept: bool) -> None:
        """Accept (write the value, source and score) or reject a suggestion."""
        now = datetime.now(UTC)

        def work(session: Session) -> None:
            row = session.scalar(select(ReferenceRow).where(ReferenceRow.key == key))
            if row is None:
                raise NotFoundError(f"no record with key {key!r}")
            suggestion = session.get(Suggestion, (row.id, field))
            if suggestion is None:
                raise NotFoundError(f"no suggestion for {field} on {key!r}")
            suggestion.status = "accepted" if accept else "rejected"
            if accept:
                setattr(row, field, suggestion.value)
                session.merge(
                    Provenance(reference_id=row.id, field=field, source="user", score=suggestion.score, recorded_at=now)
                )

        self._write("saving your decision", work)

    def references(self) -> list[Reference]:
        """Every record, in the order it was added."""
        return [stored.reference for stored in self.records()]

    def count(self) -> int:
        with Session(self.engine) as session:
            return len(session.scalars(select(ReferenceRow.id)).all())


def _row(
    reference: Reference, key: str, fingerprint: str, similar: str, source: Source, now: datetime
) -> dict[str, object]:
    return {
        "key": key,
        "type": reference.type,
        "title": reference.title,
        "journal": reference.journal,
        "volume": reference.volume,
        "issue": reference.issue,
        "pages": reference.pages,
        "year": reference.year,
        "year_suffix": reference.year_suffix,
        "url": reference.url,
        "doi": reference.doi,
        "pmid": reference.pmid,
        "pmcid": reference.pmcid,
        "links": list(reference.links),
        "raw": reference.raw,
        "source_format": source.format,
        "source_path": source.name,
        "source_line": reference.line,
        "fingerprint": fingerprint,
        "match_key": similar,
        "added_at": now,
    }


class LibraryHttpCache:
    """The HTTP cache of citekit.enrich.http, kept in the library file itself."""

    def __init__(self, library: Library, writable: bool = True) -> None:
        self._library = library
        self._lock = threading.Lock()
        self.writable = writable

    def get(self, key: str) -> Response | None:
        with self._lock, Session(self._library.engine) as session:
            entry = session.get(HttpCacheEntry, key)
            if entry is None:
                return None
            return Response(entry.status, entry.body, entry.content_type or "", from_cache=True)

    def put(self, key: str, url: str, response: Response) -> None:
        if not self.writable:
            return
        entry = HttpCacheEntry(
            request_key=key,
            url=url,
            status=response.status,
            content_type=response.content_type,
            body=response.body,
            fetched_at=datetime.now(UTC),
        )
        with self._lock:
            self._library._write("caching a web answer", lambda session: session.merge(entry))
