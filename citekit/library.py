"""What a user does to a library: import, tag, enrich, read back. One transaction per operation."""

from __future__ import annotations

import getpass
import json
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from citekit.errors import ConflictError, InputError, LibraryError, NotFoundError
from citekit.formats import forget_original
from citekit.keys import suffix, unique_key
from citekit.model import Reference
from citekit.paths import default_library_path, is_database_url, library_location
from citekit.query import normalise_tag
from citekit.sources import Problem, Source, load_source
from citekit.storage import postgres, reading
from citekit.storage.bulk import BulkInsert
from citekit.storage.engine import open_engine, reason
from citekit.storage.rows import INSERT_COLUMNS, Prepared, derived_columns, insert_values
from citekit.storage.rows import tags_text as text_of_tags
from citekit.storage.schema import (
    change_log,
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
from citekit.topics import Vocabulary, match_topics

if TYPE_CHECKING:
    from citekit.enrich.http import Response
    from citekit.enrich.run import RecordResult

T = TypeVar("T")
_TAG_NAME = re.compile(r"^\w[\w.+-]*$")
_BATCH = 1000
IDENTIFIERS = ("doi", "pmid", "pmcid")
_IDENTIFIER_COLUMNS = tuple((name, INSERT_COLUMNS.index(name)) for name in IDENTIFIERS)
_KEY_COLUMN = INSERT_COLUMNS.index("key")


_ATTEMPTS = 6
_ANALYZE_AFTER = 1000  # records added by one import
# PostgreSQL's codes for a write that lost a race: unique_violation, serialization_failure,
# deadlock_detected. The work is run again and then finds the other writer's rows.
_RETRYABLE = {"23505", "40001", "40P01"}


class _Retry(Exception):
    pass


def _sqlstate(error: SQLAlchemyError) -> str | None:
    return getattr(getattr(error, "orig", None), "sqlstate", None)


def _pg_reason(error: SQLAlchemyError) -> str:
    original = getattr(error, "orig", None)
    if _sqlstate(error) == "42501":  # insufficient_privilege
        return f"permission denied ({str(original).splitlines()[0]}); this database role may only read"
    return str(original or error).strip().splitlines()[0]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The stored fields that differ, before and after (CSL variables one by one): what the change
    log keeps, and what an undo puts back. A field absent on one side is left out of that side."""
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    flat_before, flat_after = _flat(before), _flat(after)
    for name in flat_before.keys() | flat_after.keys():
        if flat_before.get(name) != flat_after.get(name):
            if name in flat_before:
                old[name] = flat_before[name]
            if name in flat_after:
                new[name] = flat_after[name]
    return old, new


def _flat(stored: dict[str, Any]) -> dict[str, Any]:
    flat = {name: value for name, value in stored.items() if name != "variables"}
    flat.update({f"variables.{name}": value for name, value in stored.get("variables", {}).items()})
    return flat


def with_fields(stored: dict[str, Any], old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """``stored`` with the fields of a change (``new``) put back as they were (``old``)."""
    flat = _flat(stored)
    for name in new:
        flat.pop(name, None)
    flat.update(old)
    result = {name: value for name, value in flat.items() if not name.startswith("variables.")}
    variables = {name.split(".", 1)[1]: value for name, value in flat.items() if name.startswith("variables.")}
    if variables:
        result["variables"] = variables
    return result


def login_name() -> str:
    """Who is making a change, when --user does not say: the login name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def valid_tag(name: str) -> str:
    """A tag name as stored: lower case, hyphens for spaces, starting with a letter or digit."""
    tag_name = normalise_tag(name)
    if not _TAG_NAME.match(tag_name):
        raise InputError(f"bad tag name {name!r}: use letters, digits and - . + (e.g. gap-junctions)")
    return tag_name


@dataclass(slots=True)
class ProbableDuplicate:
    key: str
    duplicate_of: str
    reason: str = "title, first author and year"


@dataclass(slots=True)
class RenamedKey:
    """A key from an imported file that could not be stored as written, and why."""

    requested: str
    stored: str
    reason: str = "the library already has that key for another record"


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
    errors: list[Problem] = field(default_factory=list)  # entries left out
    warnings: list[Problem] = field(default_factory=list)  # entries imported, with something to know
    tagged: int = 0  # tags the sources gave (JabRef groups, Zotero tags) now on records


class DuplicateIndex:
    """Records by DOI, PMID and title/first author/year: which one a new record probably
    duplicates, and why (the first one remembered wins)."""

    def __init__(self) -> None:
        self.by_match: dict[str, str] = {}
        self.by_doi: dict[str, str] = {}
        self.by_pmid: dict[str, str] = {}

    def remember(self, key: str, similar: str, doi: str | None, pmid: str | None) -> None:
        if similar:
            self.by_match.setdefault(similar, key)
        if doi:
            self.by_doi.setdefault(doi.lower(), key)
        if pmid:
            self.by_pmid.setdefault(pmid, key)

    def duplicate_of(self, doi: str | None, pmid: str | None, similar: str) -> tuple[str, str] | None:
        """The record already stored (or just admitted) that this one probably duplicates, and why."""
        if doi and doi.lower() in self.by_doi:
            return self.by_doi[doi.lower()], "DOI"
        if pmid and pmid in self.by_pmid:
            return self.by_pmid[pmid], "PMID"
        if similar and similar in self.by_match:
            return self.by_match[similar], "title, first author and year"
        return None


class _ImportState(DuplicateIndex):
    """What the library already holds that an import must check its records against, looked up a
    batch at a time: the records with the same title, author and year (which an unchanged record
    has too), DOI or PMID, and the keys the batch would take. Importing three records into a
    library of 100,000 reads a few rows, not all of them."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        # Only records stored before this import are looked up: those it adds are known already,
        # and a library that starts empty needs no look-up at all.
        self.last_id = connection.execute(select(func.max(reference.c.id))).scalar() or 0
        super().__init__()
        self.fingerprints: Counter[str] = Counter()
        self.keys: set[str] = set()
        self.next_suffix: dict[str, int] = {}
        self._asked: dict[str, set[str]] = {"match": set(), "doi": set(), "pmid": set(), "key": set()}
        self._suffixes_loaded: dict[str, int] = {}  # per base key: suffixes looked up so far
        self.tag_ids = {name: tag_id for tag_id, name in connection.execute(select(tag.c.id, tag.c.name))}
        self.block_texts = {
            (kind, text) for kind, text in connection.execute(select(source_block.c.kind, source_block.c.text))
        }

    def _new(self, kind: str, values: Iterable[str | None]) -> list[str]:
        if not self.last_id:
            return []
        fresh = sorted({value for value in values if value is not None} - self._asked[kind])
        self._asked[kind].update(fresh)
        return fresh

    def _stored(self, condition: Any) -> list[Any]:
        columns = (reference.c.key, reference.c.fingerprint, reference.c.match_key, reference.c.doi, reference.c.pmid)
        earlier = reference.c.id <= self.last_id
        return list(self.connection.execute(select(*columns).where(condition, earlier).order_by(reference.c.id)))

    def load_for(self, batch: list[Prepared], candidates: list[str]) -> None:
        """Look up what ``batch`` (whose keys would be ``candidates``) is checked against."""
        for chunk in _chunks(self._new("match", (prepared.match_key for prepared in batch))):
            # Every stored record equal to one in the batch has its match key too: its fingerprint
            # is among these (counted once: each match key is asked for once).
            for key, fingerprint, similar, doi, pmid in self._stored(reference.c.match_key.in_(chunk)):
                self.fingerprints[fingerprint] += 1
                self.keys.add(key)
                self.remember(key, similar, doi, pmid)
        for chunk in _chunks(self._new("doi", (p.doi.lower() for p in batch if p.doi))):
            for key, _, _, doi, _ in self._stored(func.lower(reference.c.doi).in_(chunk)):
                self.keys.add(key)
                self.by_doi.setdefault(doi.lower(), key)
        for chunk in _chunks(self._new("pmid", (p.pmid for p in batch if p.pmid))):
            for key, _, _, _, pmid in self._stored(reference.c.pmid.in_(chunk)):
                self.keys.add(key)
                self.by_pmid.setdefault(pmid, key)
        self._load_keys(candidates)

    def _load_keys(self, candidates: list[str]) -> None:
        """The stored keys unique_key may meet for ``candidates``: each one, and for each one that is
        taken (stored, or given earlier in this import) its suffixed forms as far as the search for
        a free one can go, however many records of the batch share it."""
        self._keys_among(self._new("key", candidates))
        wanted = Counter(candidates)
        for base, count in wanted.items():
            if base not in self.keys and count < 2:
                continue  # free, and wanted once
            loaded = self._suffixes_loaded.get(base, 0)
            start = self.next_suffix.get(base, 0)
            target = start + count + 8
            while target > loaded:
                self._keys_among([base + suffix(index) for index in range(loaded, target)])
                loaded = target
                taken = sum(1 for index in range(start, loaded) if base + suffix(index) in self.keys)
                target = start + count + taken + 8
            self._suffixes_loaded[base] = loaded

    def _keys_among(self, keys: list[str]) -> set[str]:
        found: set[str] = set()
        if not self.last_id:
            return found
        for chunk in _chunks(keys):
            found.update(self.connection.execute(select(reference.c.key).where(reference.c.key.in_(chunk))).scalars())
        self.keys.update(found)
        return found


def _chunks(values: list[Any], size: int = 500) -> list[list[Any]]:
    return [values[start : start + size] for start in range(0, len(values), size)]


class Library:
    """A citekit library. Use as a context manager, or call close()."""

    def __init__(self, path: Path | str | None = None, user: str | None = None) -> None:
        self.location = library_location(path) if path is not None else default_library_path()
        # What messages call the library: its file, or its URL without the password.
        self.path = postgres.display(self.location) if is_database_url(self.location) else self.location
        self.user = user or login_name()
        opened = open_engine(self.location)
        self.engine = opened.engine
        self.postgresql = self.engine.dialect.name == "postgresql"
        self.notice = opened.notice  # what the user should hear of opening it (an upgrade)

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ transactions and reads

    def _write(self, action: str, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in one transaction; on a database failure nothing of it is kept.

        On PostgreSQL another writer can get in between: a deadlock, a serialisation failure or a
        unique key taken a moment earlier rolls the work back, and it is run again from the start
        (it reads what it needs inside the transaction), a few times before giving up."""
        for attempt in range(_ATTEMPTS):
            try:
                return self._write_once(action, work)
            except _Retry as retry:
                if attempt == _ATTEMPTS - 1:
                    raise LibraryError(
                        f"{action} failed, the library is unchanged: other writers kept getting in the way "
                        f"({retry.args[0]}); run the command again"
                    ) from None
                time.sleep(0.05 * (attempt + 1) + random.random() * 0.05)
        raise AssertionError("unreachable")

    def _write_once(self, action: str, work: Callable[[Connection], T]) -> T:
        try:
            with self.engine.begin() as connection:
                return work(connection)
        except (IntegrityError, OperationalError) as error:
            if self.postgresql and _sqlstate(error) in _RETRYABLE:
                raise _Retry(reason(error)) from None
            if self.postgresql:
                raise LibraryError(f"{action} failed, the library is unchanged: {_pg_reason(error)}") from None
            if isinstance(error, IntegrityError):
                raise LibraryError(f"{action} failed, the library is unchanged: {reason(error)}") from None
            if "locked" in reason(error) or "busy" in reason(error):
                raise LibraryError(
                    f"{action} failed: another citekit held {self.path} for too long; nothing was saved, "
                    "run the command again"
                ) from None
            raise LibraryError(f"{action} failed, the library is unchanged: {reason(error)}") from None
        except SQLAlchemyError as error:
            detail = _pg_reason(error) if self.postgresql else reason(error)
            raise LibraryError(f"{action} failed, the library is unchanged: {detail}") from None

    @contextmanager
    def reading(self) -> Iterator[Any]:
        """A DB-API connection for the read functions in citekit.storage.reading."""
        connection = self.engine.raw_connection()
        try:
            driver = connection.driver_connection
            yield postgres.PgReader(driver) if self.postgresql else driver
        finally:
            connection.close()

    def search(self, query: str, limit: int | None = None) -> list[reading.SearchHit]:
        with self.reading() as connection:
            return reading.search(connection, query, limit)

    def get(self, key: str) -> reading.StoredReference:
        with self.reading() as connection:
            return reading.by_key(connection, key)

    def records(self) -> list[reading.StoredReference]:
        with self.reading() as connection:
            return reading.fetch(connection, reading.all_ids(connection))

    def tag_counts(self) -> list[reading.TagCount]:
        with self.reading() as connection:
            return reading.tag_counts(connection)

    def references(self) -> list[Reference]:
        """Every record, in the order it was added."""
        return [stored.reference for stored in self.records()]

    def count(self) -> int:
        with self.reading() as connection:
            return connection.execute("SELECT count(*) FROM reference").fetchone()[0]

    # ------------------------------------------------------------------ import

    def import_files(self, names: list[str], progress: Callable[[float], None] | None = None) -> ImportSummary:
        return self.import_sources([load_source(name) for name in names], progress)

    def import_sources(
        self, sources: Iterable[Source], progress: Callable[[float], None] | None = None
    ) -> ImportSummary:
        """Store every new record of every source in one transaction: all of them or none. Records
        stream in (a large .bib is never all in memory); a bad entry is reported and left out."""
        sources = list(sources)

        def work(connection: Connection) -> ImportSummary:
            summary = ImportSummary()
            if self.postgresql:
                # One import at a time: the next one starts from what this one stored, so that
                # overlapping files give no duplicate records and no clashing keys.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({postgres.IMPORT_LOCK})")
                connection.exec_driver_sql(f"SET LOCAL {postgres.BULK_INSERT} = 'on'")
            self._import(connection, sources, summary, progress)
            return summary

        summary = self._write(f"import into {self.path}", work)
        if self.postgresql and len(summary.added) >= _ANALYZE_AFTER:
            self._analyze()
        return summary

    def _analyze(self) -> None:
        """PostgreSQL plans a search by how common its words are; after a large import it is told
        at once, not whenever autovacuum comes by. Best effort: a role that may not is no error."""
        try:
            with self.engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "ANALYZE reference, reference_tag, tag, provenance, change_log"
                )
        except SQLAlchemyError:
            pass

    def _import(
        self,
        connection: Connection,
        sources: list[Source],
        summary: ImportSummary,
        progress: Callable[[float], None] | None,
    ) -> None:
        state = _ImportState(connection)
        now = datetime.now(UTC)
        added_at = now if connection.dialect.name == "postgresql" else now.strftime("%Y-%m-%d %H:%M:%S.%f")
        with BulkInsert(connection) as bulk:
            for number, source in enumerate(sources):
                self._import_source(
                    connection, bulk, source, number, len(sources), state, summary, now, added_at, progress
                )

    def _import_source(
        self,
        connection: Connection,
        bulk: BulkInsert,
        source: Source,
        number: int,
        count: int,
        state: _ImportState,
        summary: ImportSummary,
        now: datetime,
        added_at: object,
        progress: Callable[[float], None] | None,
    ) -> None:
        def admit_and_store(pending: list[Prepared]) -> None:
            candidates = [self._candidate_key(prepared, source) for prepared in pending]
            state.load_for(pending, [candidate for candidate, _ in candidates])
            batch: list[tuple[tuple[Any, ...], list[str]]] = []
            for prepared, candidate in zip(pending, candidates, strict=True):
                admitted = self._admit(prepared, candidate, source, state, summary)
                if admitted is not None:
                    key, tags = admitted
                    batch.append((insert_values(prepared, key, source.format, source.name, added_at), tags))
            self._store(connection, bulk, batch, state, summary, now)

        pending: list[Prepared] = []
        for prepared in source.prepared():
            pending.append(prepared)
            if len(pending) >= _BATCH:
                admit_and_store(pending)
                pending = []
                if progress is not None and source.progress is not None:
                    progress((number + source.progress()) / count)
        admit_and_store(pending)
        self._store_blocks(connection, source, state, now)
        summary.errors.extend(problem for problem in source.problems if problem.fatal)
        summary.warnings.extend(problem for problem in source.problems if not problem.fatal)
        if progress is not None:
            progress((number + 1) / count)

    def _admit(
        self,
        prepared: Prepared,
        candidate: tuple[str, str],
        source: Source,
        state: _ImportState,
        summary: ImportSummary,
    ) -> tuple[str, list[str]] | None:
        """The key a new record is stored under and its tags; None when the library has it already."""
        if state.fingerprints[prepared.fingerprint]:
            # A multiset: a reference printed twice is stored twice, and re-importing that file
            # finds both copies already there.
            state.fingerprints[prepared.fingerprint] -= 1
            summary.unchanged += 1
            return None
        key = self._key_for(prepared, candidate, source, state, summary)
        found = state.duplicate_of(prepared.doi, prepared.pmid, prepared.match_key)
        if found is not None:
            summary.duplicates.append(ProbableDuplicate(key, *found))
        state.remember(key, prepared.match_key, prepared.doi, prepared.pmid)
        summary.added.append(key)
        return key, prepared.tags

    @staticmethod
    def _candidate_key(prepared: Prepared, source: Source) -> tuple[str, str]:
        """The key a record asks for, and why it is not the one its file wrote (if it is not)."""
        from citekit.formats.bibtex import key_problem, safe_key

        requested = prepared.key or ""
        candidate, why = requested, ""
        if requested and (problem := key_problem(requested)):
            candidate, why = safe_key(requested), f"{problem}, which would break \\cite and the .bib"
        if not candidate:
            candidate = prepared.base_key
            why = "the entry has no key" if source.format == "bibtex" else ""
        return candidate, why

    @staticmethod
    def _key_for(
        prepared: Prepared, asked: tuple[str, str], source: Source, state: _ImportState, summary: ImportSummary
    ) -> str:
        """The key as the file wrote it (``asked``: _candidate_key's answer); another one only when
        it cannot be used, and then loudly."""
        requested = prepared.key or ""
        candidate, why = asked
        key = unique_key(candidate, state.keys, state.next_suffix)
        if key != candidate and requested:
            why = why or "the library already has that key for another record"
        if why and (requested or source.format == "bibtex"):
            summary.renamed.append(RenamedKey(requested, key, why))
        return key

    def _store(
        self,
        connection: Connection,
        bulk: BulkInsert,
        batch: list[tuple[tuple[Any, ...], list[str]]],
        state: _ImportState,
        summary: ImportSummary,
        now: datetime,
    ) -> None:
        if not batch:
            return
        ids = bulk.insert([values for values, _ in batch])
        imported = [
            (ref_id, name, "import", None, now)
            for ref_id, (values, _) in zip(ids, batch, strict=True)
            for name, index in _IDENTIFIER_COLUMNS
            if values[index]
        ]
        if imported:
            bulk.insert_into("provenance", ("reference_id", "field", "source", "score", "recorded_at"), imported)
        bulk.insert_into(
            "change_log",
            ("changed_at", "user_name", "action", "reference_id", "key"),
            [
                (now, self.user[:128], "import", ref_id, values[_KEY_COLUMN])
                for ref_id, (values, _) in zip(ids, batch, strict=True)
            ],
        )
        tag_rows = [
            (ref_id, self._tag_id_cached(connection, state, name), "import", now)
            for ref_id, (_, tags) in zip(ids, batch, strict=True)
            for name in tags
        ]
        if tag_rows:
            bulk.insert_into("reference_tag", ("reference_id", "tag_id", "origin", "added_at"), tag_rows)
            summary.tagged += len(tag_rows)

    @staticmethod
    def _tag_id_cached(connection: Connection, state: _ImportState, name: str) -> int:
        tag_id = state.tag_ids.get(name)
        if tag_id is None:
            tag_id = connection.execute(insert(tag).returning(tag.c.id), {"name": name}).scalar_one()
            state.tag_ids[name] = tag_id
        return tag_id

    @staticmethod
    def _store_blocks(connection: Connection, source: Source, state: _ImportState, now: datetime) -> None:
        rows = []
        for block in source.blocks:
            if (block.kind, block.text) in state.block_texts:
                continue  # the same file imported again
            state.block_texts.add((block.kind, block.text))
            rows.append(
                {
                    "source_path": source.name,
                    "position": block.position,
                    "kind": block.kind,
                    "name": block.name,
                    "text": block.text,
                    "before_entries": block.before_entries,
                    "added_at": now,
                }
            )
        if rows:
            connection.execute(insert(source_block), rows)

    def blocks(self) -> list[Any]:
        """The @preamble, @string and @comment blocks of every imported .bib, for export."""
        from citekit.formats.bibtex import Block

        with self.reading() as connection:
            return [
                Block(kind, text, name, position, bool(before))
                for kind, name, text, before, position in reading.blocks(connection)
            ]

    # ------------------------------------------------------------------ tags

    def _ids_for_keys(self, connection: Connection, keys: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            rows = connection.execute(select(reference.c.key, reference.c.id).where(reference.c.key.in_(chunk)))
            found.update((key, reference_id) for key, reference_id in rows)
        missing = [key for key in unique if key not in found]
        if missing:
            more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
            raise NotFoundError(f"no record with key {missing[0]!r}{more}; nothing was tagged")
        return found

    @staticmethod
    def _tag_id(connection: Connection, name: str, create: bool) -> int:
        tag_id = connection.execute(select(tag.c.id).where(tag.c.name == name)).scalar()
        if tag_id is None:
            if not create:
                raise NotFoundError(f"no tag {name!r} in the library (see citekit tag list)")
            tag_id = connection.execute(insert(tag).returning(tag.c.id), {"name": name}).scalar_one()
        return tag_id

    def add_tag(self, name: str, keys: list[str]) -> TagChange:
        """Tag records by hand; a tag the user adds is the user's, even if tag auto found it first."""
        tag_name = valid_tag(name)

        def work(connection: Connection) -> TagChange:
            ids = self._ids_for_keys(connection, keys)
            self._lock(connection, ids.values())
            tag_id = self._tag_id(connection, tag_name, create=True)
            existing = {
                row.reference_id: row
                for row in connection.execute(
                    select(reference_tag).where(
                        reference_tag.c.tag_id == tag_id, reference_tag.c.reference_id.in_(list(ids.values()))
                    )
                )
            }
            change = TagChange(tag_name)
            now = datetime.now(UTC)
            new_rows = []
            for key, reference_id in ids.items():
                row = existing.get(reference_id)
                if row is not None and row.removed_at is None:
                    change.unchanged.append(key)
                    continue
                if row is None:
                    new_rows.append({"reference_id": reference_id, "tag_id": tag_id, "origin": "user", "added_at": now})
                else:
                    connection.execute(
                        update(reference_tag)
                        .where(reference_tag.c.reference_id == reference_id, reference_tag.c.tag_id == tag_id)
                        .values(origin="user", term=None, field=None, added_at=now, removed_at=None)
                    )
                change.changed.append(key)
            if new_rows:
                connection.execute(insert(reference_tag), new_rows)
            self._log_tags(connection, "tag", tag_name, change.changed, ids)
            return change

        return self._write(f"tagging with {tag_name!r}", work)

    def _lock(self, connection: Connection, ids: Iterable[int]) -> None:
        """PostgreSQL: take the records' row locks first, in id order. A tag row's foreign key
        would otherwise share-lock the record, and two writers each upgrading that lock (the
        trigger rewrites the record's search text) deadlock."""
        if self.postgresql:
            ordered = sorted(set(ids))
            for start in range(0, len(ordered), 1000):
                connection.execute(
                    select(reference.c.id)
                    .where(reference.c.id.in_(ordered[start : start + 1000]))
                    .order_by(reference.c.id)
                    .with_for_update()
                )

    def _log_tags(self, connection: Connection, action: str, name: str, keys: list[str], ids: dict[str, int]) -> None:
        if keys:
            now = datetime.now(UTC)
            connection.execute(
                insert(change_log),
                [
                    {
                        "changed_at": now,
                        "user_name": self.user[:128],
                        "action": action,
                        "reference_id": ids[key],
                        "key": key,
                        "fields": name,
                    }
                    for key in keys
                ],
            )

    def remove_tag(self, name: str, keys: list[str]) -> TagChange:
        """Take a tag off; it is remembered as removed, so that tag auto does not put it back."""
        tag_name = normalise_tag(name)

        def work(connection: Connection) -> TagChange:
            tag_id = self._tag_id(connection, tag_name, create=False)
            ids = self._ids_for_keys(connection, keys)
            self._lock(connection, ids.values())
            active = set(
                connection.execute(
                    select(reference_tag.c.reference_id).where(
                        reference_tag.c.tag_id == tag_id,
                        reference_tag.c.reference_id.in_(list(ids.values())),
                        reference_tag.c.removed_at.is_(None),
                    )
                ).scalars()
            )
            change = TagChange(tag_name)
            for key, reference_id in ids.items():
                (change.changed if reference_id in active else change.unchanged).append(key)
            if active:
                connection.execute(
                    update(reference_tag)
                    .where(reference_tag.c.tag_id == tag_id, reference_tag.c.reference_id.in_(active))
                    .values(removed_at=datetime.now(UTC))
                )
            self._log_tags(connection, "untag", tag_name, change.changed, ids)
            return change

        return self._write(f"removing tag {tag_name!r}", work)

    def rename_tag(self, old: str, new: str) -> int:
        """Rename a tag; renaming onto an existing tag merges the two. Returns records affected."""
        old_tag, new_tag = normalise_tag(old), valid_tag(new)

        def work(connection: Connection) -> int:
            old_id = self._tag_id(connection, old_tag, create=False)
            if old_tag == new_tag:
                return 0
            affected = list(
                connection.execute(
                    select(reference_tag.c.reference_id).where(reference_tag.c.tag_id == old_id)
                ).scalars()
            )
            new_id = connection.execute(select(tag.c.id).where(tag.c.name == new_tag)).scalar()
            if new_id is None:
                connection.execute(update(tag).where(tag.c.id == old_id).values(name=new_tag))
                return len(affected)
            # Merge: keep the target's own assignments, move the rest over.
            taken = select(reference_tag.c.reference_id).where(reference_tag.c.tag_id == new_id)
            connection.execute(
                delete(reference_tag).where(reference_tag.c.tag_id == old_id, reference_tag.c.reference_id.in_(taken))
            )
            connection.execute(update(reference_tag).where(reference_tag.c.tag_id == old_id).values(tag_id=new_id))
            connection.execute(delete(tag).where(tag.c.id == old_id))
            return len(affected)

        return self._write(f"renaming tag {old_tag!r}", work)

    def auto_tag(
        self, vocabulary: Vocabulary, dry_run: bool = False, progress: Callable[[float], None] | None = None
    ) -> AutoTagSummary:
        """Tag every record by topic. Never re-adds a tag the user removed; a rerun changes nothing."""

        def work(connection: Connection) -> AutoTagSummary:
            summary = AutoTagSummary()
            total = connection.execute(select(func.count()).select_from(reference)).scalar() or 1
            tag_ids = {name: tag_id for tag_id, name in connection.execute(select(tag.c.id, tag.c.name))}
            assigned = set(connection.execute(select(reference_tag.c.reference_id, reference_tag.c.tag_id)))
            rows = connection.execute(
                select(
                    reference.c.id,
                    reference.c.key,
                    reference.c.title,
                    reference.c.fts_abstract,
                    reference.c.fts_keywords,
                    reference.c.fts_tags,
                )
            )
            now = datetime.now(UTC)
            new_rows = []
            tags_text: dict[int, str | None] = {}
            for number, (reference_id, key, title, abstract, keywords, current_tags) in enumerate(rows, 1):
                if progress is not None and number % 1000 == 0:
                    progress(number / total)
                fields = {"title": title, "abstract": abstract, "mesh": keywords}
                added = []
                for match in match_topics(vocabulary, fields):
                    tag_id = tag_ids.get(match.tag)
                    if tag_id is not None and (reference_id, tag_id) in assigned:
                        continue
                    summary.added.append(AutoTag(key, match.tag, match.term, match.field))
                    if tag_id is None:
                        tag_id = tag_ids[match.tag] = (
                            -len(tag_ids) if dry_run else self._tag_id(connection, match.tag, create=True)
                        )
                    assigned.add((reference_id, tag_id))
                    added.append(match.tag)
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
                if added:
                    tags_text[reference_id] = text_of_tags([*(current_tags or "").split(), *added])
            if new_rows and not dry_run:
                self._lock(connection, tags_text)
                with BulkInsert(connection) as bulk:
                    bulk.set_tags_text(tags_text)
                    connection.execute(insert(reference_tag), new_rows)
                connection.execute(
                    insert(change_log),
                    [
                        {
                            "changed_at": now,
                            "user_name": self.user[:128],
                            "action": "tag",
                            "reference_id": row["reference_id"],
                            "key": added.key,
                            "fields": added.tag,
                            "new_value": _dumps({"term": added.term, "field": added.field}),
                        }
                        for row, added in zip(new_rows, summary.added, strict=True)
                    ],
                )
            return summary

        return self._write("automatic tagging", work)

    # ------------------------------------------------------------------ enrichment

    def enrichment_targets(self, query: str | None) -> list[reading.StoredReference]:
        """The records a query names, or every record missing an identifier."""
        with self.reading() as connection:
            if query:
                return [hit.record for hit in reading.search(connection, query)]
            ids = [
                row[0]
                for row in connection.execute(
                    "SELECT id FROM reference WHERE doi IS NULL OR pmid IS NULL OR pmcid IS NULL ORDER BY id"
                )
            ]
            return reading.fetch(connection, ids)

    def check_targets(
        self, query: str | None, ids: list[int] | None = None
    ) -> tuple[list[reading.StoredReference], dict[int, reading.StoredStatus]]:
        """The records a query (or a list of ids) names that have a DOI or a PMID, in order, and
        what earlier checks found for them."""
        with self.reading() as connection:
            if ids is None:
                if query:
                    ids = sorted(hit.id for hit in reading.search_ids(connection, query))
                else:
                    ids = reading.all_ids(connection)
            elif query:
                chosen = {hit.id for hit in reading.search_ids(connection, query)}
                ids = [record_id for record_id in ids if record_id in chosen]
            records = [r for r in reading.fetch(connection, ids) if r.reference.doi or r.reference.pmid]
            order = {record_id: index for index, record_id in enumerate(ids)}
            records.sort(key=lambda r: order[r.id])
            return records, reading.statuses(connection, [r.id for r in records])

    def lookups_done(self) -> set[tuple[int, str]]:
        """(record, service) pairs already settled; a failed look-up is not, and is tried again."""
        with self.reading() as connection:
            return {
                (row[0], row[1])
                for row in connection.execute("SELECT reference_id, service FROM lookup WHERE outcome != 'failed'")
            }

    def http_cache(self, writable: bool = True) -> LibraryHttpCache:
        return LibraryHttpCache(self, writable)

    def update_record(
        self,
        connection: Connection,
        reference_id: int,
        change: Callable[[Reference], None],
        action: str,
        expected_version: int | None = None,
        undoes: int | None = None,
    ) -> bool:
        """Apply ``change`` to one stored record, write it back with its derived columns, and log it.
        With ``expected_version``, a record changed since that version is a conflict, not overwritten."""
        row = connection.execute(
            select(reference.c.key, reference.c.data, reference.c.source_line, reference.c.version)
            .where(reference.c.id == reference_id)
            .with_for_update()  # PostgreSQL: the record is read and written whole, by one writer at a time
        ).first()
        if row is None:
            return False
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(self._conflict(connection, reference_id, row.key, expected_version, row.version))
        data = json.loads(row.data) if isinstance(row.data, str) else row.data
        record = Reference.from_storage(data, key=row.key, line=row.source_line)
        change(record)
        before, after = changed_fields(data, record.to_storage())
        if not before and not after:
            return True
        connection.execute(
            update(reference)
            .where(reference.c.id == reference_id)
            .values(**derived_columns(record), updated_at=datetime.now(UTC), version=reference.c.version + 1)
        )
        self._log(connection, action, reference_id, row.key, before, after, undoes=undoes)
        return True

    def _log(
        self,
        connection: Connection,
        action: str,
        reference_id: int | None,
        key: str | None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        fields: str | None = None,
        undoes: int | None = None,
    ) -> None:
        # The verbatim original is kept for the undo, not listed: it changes with whatever field it held.
        changed = (set(before or {}) | set(after or {})) - {"original"}
        names = fields if fields is not None else ", ".join(sorted(changed))
        connection.execute(
            insert(change_log).values(
                changed_at=datetime.now(UTC),
                user_name=self.user[:128],
                action=action,
                reference_id=reference_id,
                key=key,
                fields=names,
                old_value=None if before is None else _dumps(before),
                new_value=None if after is None else _dumps(after),
                undoes=undoes,
            )
        )

    @staticmethod
    def _conflict(connection: Connection, reference_id: int, key: str, expected: int, found: int) -> str:
        last = connection.execute(
            select(change_log.c.user_name, change_log.c.changed_at, change_log.c.fields)
            .where(change_log.c.reference_id == reference_id)
            .order_by(change_log.c.id.desc())
            .limit(1)
        ).first()
        who = f" by {last.user_name} at {str(last.changed_at)[:19]} ({last.fields})" if last else ""
        return (
            f"conflict: {key} was changed{who} since you read it (version {expected}, now {found}); "
            "nothing was saved: see citekit show and citekit log, then make your change again"
        )

    def save_enrichment(self, result: RecordResult) -> None:
        """One record's outcome at one service, in one transaction (see citekit.enrich.run)."""
        now = datetime.now(UTC)

        written: list[Any] = []

        def apply(record: Reference) -> None:
            written.clear()
            for found in result.updates:
                current = getattr(record, found.field)
                if current != found.replaces:
                    # Changed since the run read it: by another enrich run with the same answer (written
                    # once, not twice), or by a person (whose value stays).
                    continue
                setattr(record, found.field, found.value)
                forget_original(record, _VARIABLE_OF_FIELD.get(found.field, found.field))
                written.append(found)

        def work(connection: Connection) -> None:
            if result.updates and not self.update_record(connection, result.reference_id, apply, "enrich"):
                return
            for found in written:
                _upsert(
                    connection,
                    provenance,
                    {"reference_id": result.reference_id, "field": found.field},
                    {"source": found.source, "score": found.score, "recorded_at": now},
                )
            _upsert(
                connection,
                lookup,
                {"reference_id": result.reference_id, "service": result.service},
                {"outcome": result.outcome, "detail": result.detail, "checked_at": now},
            )
            proposal = result.suggestion
            if proposal is not None:
                current = (
                    connection.execute(
                        select(reference.c[proposal.field]).where(reference.c.id == result.reference_id)
                    ).scalar()
                    if proposal.field in reference.c
                    else None
                )
                existing = connection.execute(
                    select(suggestion.c.status).where(
                        suggestion.c.reference_id == result.reference_id, suggestion.c.field == proposal.field
                    )
                ).scalar()
                if current is None and existing in (None, "pending"):
                    _upsert(
                        connection,
                        suggestion,
                        {"reference_id": result.reference_id, "field": proposal.field},
                        {
                            "value": proposal.value,
                            "source": proposal.source,
                            "score": proposal.score,
                            "reason": proposal.reason,
                            "status": "pending",
                            "created_at": now,
                        },
                    )

        self._write("saving enrichment", work)

    def save_statuses(self, checked: list[Any]) -> None:
        """Store what `citekit check` found (citekit.enrich.updates.Checked), one transaction."""
        now = datetime.now(UTC)

        def work(connection: Connection) -> None:
            for found in checked:
                values = {
                    "status": found.status.status,
                    "notices": found.status.notices_json(),
                    "sources": ",".join(found.status.sources),
                    "checked_at": now,
                }
                _upsert(connection, update_status, {"reference_id": found.reference_id}, values)

        self._write("saving update statuses", work)

    def pending_suggestions(self) -> list[reading.PendingSuggestion]:
        with self.reading() as connection:
            return reading.pending_suggestions(connection)

    def decide_suggestion(self, key: str, field_name: str, accept: bool) -> None:
        """Accept (write the value, source and score) or reject a suggestion."""
        now = datetime.now(UTC)

        def work(connection: Connection) -> None:
            reference_id = connection.execute(select(reference.c.id).where(reference.c.key == key)).scalar()
            if reference_id is None:
                raise NotFoundError(f"no record with key {key!r}")
            found = connection.execute(
                select(suggestion).where(suggestion.c.reference_id == reference_id, suggestion.c.field == field_name)
            ).first()
            if found is None:
                raise NotFoundError(f"no suggestion for {field_name} on {key!r}")
            connection.execute(
                update(suggestion)
                .where(suggestion.c.reference_id == reference_id, suggestion.c.field == field_name)
                .values(status="accepted" if accept else "rejected")
            )
            if accept:

                def apply(record: Reference) -> None:
                    setattr(record, field_name, found.value)
                    forget_original(record, _VARIABLE_OF_FIELD.get(field_name, field_name))

                self.update_record(connection, reference_id, apply, "accept")
                _upsert(
                    connection,
                    provenance,
                    {"reference_id": reference_id, "field": field_name},
                    {"source": "user", "score": found.score, "recorded_at": now},
                )

        self._write("saving your decision", work)

    # ------------------------------------------------------------------ editing and history

    def edit(self, key: str, changes: dict[str, str | None], expected_version: int | None = None) -> int:
        """Set (or, with None, clear) fields of one record, as its user; returns the new version.
        With ``expected_version`` (what `show --json` gave), a record someone changed since is a
        conflict and nothing is saved."""
        values = {name: editable_value(name, value) for name, value in changes.items()}
        now = datetime.now(UTC)

        def apply(record: Reference) -> None:
            for name, value in values.items():
                if name.startswith("variables."):
                    variable = name.split(".", 1)[1]
                    if value is None:
                        record.variables.pop(variable, None)
                    else:
                        record.variables[variable] = value
                    forget_original(record, variable)
                else:
                    setattr(record, name, value)
                    forget_original(record, _VARIABLE_OF_FIELD.get(name, name))

        def work(connection: Connection) -> int:
            reference_id = connection.execute(select(reference.c.id).where(reference.c.key == key)).scalar()
            if reference_id is None:
                raise NotFoundError(f"no record with key {key!r}")
            self.update_record(connection, reference_id, apply, "edit", expected_version)
            for name, value in values.items():
                if name in IDENTIFIERS:
                    if value is None:
                        connection.execute(
                            delete(provenance).where(
                                provenance.c.reference_id == reference_id, provenance.c.field == name
                            )
                        )
                    else:
                        _upsert(
                            connection,
                            provenance,
                            {"reference_id": reference_id, "field": name},
                            {"source": "user", "score": None, "recorded_at": now},
                        )
            return connection.execute(select(reference.c.version).where(reference.c.id == reference_id)).scalar_one()

        return self._write(f"editing {key}", work)

    def history(self, key: str | None = None, limit: int | None = 50) -> list[Change]:
        """The change log, newest first: of one record, or of the whole library."""
        query = select(change_log).order_by(change_log.c.id.desc())
        if key is not None:
            query = query.where(change_log.c.key == key)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as connection:
            return [
                Change(
                    row.id,
                    str(row.changed_at)[:19],
                    row.user_name,
                    row.action,
                    row.key,
                    row.fields or "",
                    json.loads(row.old_value) if row.old_value else None,
                    json.loads(row.new_value) if row.new_value else None,
                    row.undoes,
                )
                for row in connection.execute(query)
            ]

    def undo(self, change_id: int) -> Change:
        """Take one change back: a field edit (by anyone: a person, enrich, an accepted suggestion),
        a tag added or removed, or a record imported and not changed since. A field changed again
        since is a conflict: undo the later change first."""

        def work(connection: Connection) -> Change:
            row = connection.execute(select(change_log).where(change_log.c.id == change_id)).first()
            if row is None:
                raise NotFoundError(f"no change {change_id} in the log (see citekit log)")
            done = connection.execute(select(change_log.c.id).where(change_log.c.undoes == change_id)).scalar()
            if done is not None:
                raise ConflictError(f"change {change_id} was undone already, by change {done}")
            if row.action in ("tag", "untag"):
                tag_id = self._tag_id(connection, row.fields, create=row.action == "untag")
                now = datetime.now(UTC)
                existing = connection.execute(
                    select(reference_tag).where(
                        reference_tag.c.reference_id == row.reference_id, reference_tag.c.tag_id == tag_id
                    )
                ).first()
                if row.action == "tag" and existing is not None and existing.removed_at is None:
                    connection.execute(
                        update(reference_tag)
                        .where(reference_tag.c.reference_id == row.reference_id, reference_tag.c.tag_id == tag_id)
                        .values(removed_at=now)
                    )
                elif row.action == "untag" and existing is not None and existing.removed_at is not None:
                    connection.execute(
                        update(reference_tag)
                        .where(reference_tag.c.reference_id == row.reference_id, reference_tag.c.tag_id == tag_id)
                        .values(removed_at=None, origin="user", added_at=now)
                    )
                self._log(
                    connection,
                    "untag" if row.action == "tag" else "tag",
                    row.reference_id,
                    row.key,
                    fields=row.fields,
                    undoes=change_id,
                )
            elif row.action == "import":
                version = connection.execute(
                    select(reference.c.version).where(reference.c.id == row.reference_id)
                ).scalar()
                if version is None:
                    raise NotFoundError(f"{row.key} is no longer in the library")
                if version != 1:
                    raise ConflictError(
                        f"conflict: {row.key} was changed after it was imported; undo those changes first "
                        "(see citekit log " + str(row.key) + ")"
                    )
                connection.execute(delete(reference).where(reference.c.id == row.reference_id))
                self._log(connection, "undo", row.reference_id, row.key, fields="import", undoes=change_id)
            else:
                old = json.loads(row.old_value) if row.old_value else {}
                new = json.loads(row.new_value) if row.new_value else {}

                def restore(record: Reference) -> None:
                    stored = record.to_storage()
                    current = _flat(stored)
                    for name in set(old) | set(new):
                        if current.get(name) != new.get(name):
                            raise ConflictError(
                                f"conflict: {name} of {row.key} was changed again after change {change_id}; "
                                "undo the later change first (see citekit log " + str(row.key) + ")"
                            )
                    restored = Reference.from_storage(with_fields(stored, old, new), key=record.key, line=record.line)
                    for slot in Reference.__slots__:
                        setattr(record, slot, getattr(restored, slot))

                if not self.update_record(connection, row.reference_id, restore, "undo", undoes=change_id):
                    raise NotFoundError(f"{row.key} is no longer in the library")
            return self.history_row(connection, change_id)

        return self._write(f"undoing change {change_id}", work)

    @staticmethod
    def history_row(connection: Connection, change_id: int) -> Change:
        row = connection.execute(select(change_log).where(change_log.c.id == change_id)).one()
        return Change(row.id, str(row.changed_at)[:19], row.user_name, row.action, row.key, row.fields or "")


@dataclass(slots=True)
class Change:
    """One entry of the change log."""

    id: int
    changed_at: str
    user: str
    action: str
    key: str | None
    fields: str
    old: dict[str, Any] | None = None
    new: dict[str, Any] | None = None
    undoes: int | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "changed_at": self.changed_at,
            "user": self.user,
            "action": self.action,
            "key": self.key,
            "fields": self.fields,
            "old": self.old,
            "new": self.new,
            "undoes": self.undoes,
        }


# What `citekit set` and `citekit edit` may change: the record's own fields (in the order `citekit
# edit` shows them), and CSL variables by name.
EDIT_ORDER = "type title container_title year month day volume issue pages doi pmid pmcid url abstract".split()
EDITABLE = frozenset(EDIT_ORDER)


def editable_fields(record: Reference) -> dict[str, Any]:
    """A record's editable fields and CSL variables, as `citekit edit` shows them."""
    fields: dict[str, Any] = {name: getattr(record, name) for name in EDIT_ORDER}
    fields.update({f"variables.{name}": value for name, value in sorted(record.variables.items())})
    return fields


def editable_value(name: str, value: str | None) -> Any:
    """A value as the record stores it, checked: an identifier must fit its syntax."""
    from citekit.identifiers import clean_doi, clean_pmcid, clean_pmid, clean_url

    if name not in EDITABLE and not (name.startswith("variables.") and len(name) > len("variables.")):
        raise InputError(
            f"cannot set {name!r}: use one of {', '.join(sorted(EDITABLE))}, or variables.NAME for a CSL variable"
        )
    if value is None or value == "":
        return None
    value = str(value)
    checks = {"doi": clean_doi, "pmid": clean_pmid, "pmcid": clean_pmcid, "url": clean_url}
    if name in checks:
        cleaned = checks[name](value)
        if cleaned is None:
            raise InputError(f"{value!r} is not a valid {name.upper() if name != 'url' else 'URL'}")
        return cleaned
    if name in ("year", "month", "day"):
        if not value.strip().lstrip("-").isdigit():
            raise InputError(f"{name} must be a number (got {value!r})")
        return int(value)
    return value


# Enrichment speaks in Reference attribute names; formats speak CSL variables.
_VARIABLE_OF_FIELD = {"doi": "DOI", "pmid": "PMID", "pmcid": "PMCID", "url": "URL", "pages": "page"}


def _upsert(connection: Connection, table: Any, key: dict[str, Any], values: dict[str, Any]) -> None:
    """Insert a row, or update it where its primary key is taken (portable: no dialect upsert)."""
    where = [table.c[name] == value for name, value in key.items()]
    updated = connection.execute(update(table).where(*where).values(**values))
    if updated.rowcount == 0:
        connection.execute(insert(table).values(**key, **values))


def as_utc(value: Any) -> Any:
    """A stored time as an aware datetime: SQLite hands back text, without a zone (UTC is meant);
    anything else (None) as it is."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def _age_seconds(when: Any) -> float:
    return (datetime.now(UTC) - as_utc(when)).total_seconds()


class LibraryHttpCache:
    """The HTTP cache of citekit.enrich.http, kept in the library itself."""

    def __init__(self, library: Library, writable: bool = True) -> None:
        self._library = library
        self._lock = threading.Lock()
        self.writable = writable

    def get(self, key: str, max_age: float | None = None) -> Response | None:
        from citekit.enrich.http import Response

        with self._lock, self._library.engine.connect() as connection:
            entry = connection.execute(select(http_cache).where(http_cache.c.request_key == key)).first()
        if entry is None:
            return None
        if max_age is not None and _age_seconds(entry.fetched_at) > max_age:
            return None
        return Response(entry.status, bytes(entry.body), entry.content_type or "", from_cache=True)

    def put(self, key: str, url: str, response: Response) -> None:
        if not self.writable:
            return
        values = {
            "url": url,
            "status": response.status,
            "content_type": response.content_type,
            "body": response.body,
            "fetched_at": datetime.now(UTC),
        }
        with self._lock:
            self._library._write(
                "caching a web answer", lambda connection: _upsert(connection, http_cache, {"request_key": key}, values)
            )

    def forget(self, key: str) -> None:
        with self._lock:
            self._library._write(
                "dropping a cached answer",
                lambda connection: connection.execute(delete(http_cache).where(http_cache.c.request_key == key)),
            )
