"""The library file: SQLAlchemy 2.x models, engine set-up and the schema version.

SQLite by default (one file, no server); the models use only portable types so that a PostgreSQL
URL can stand in later through the same code.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    JSON,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from citekit.errors import LibraryError
from citekit.schema import FTS_DDL, SCHEMA_VERSION


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about the library itself, such as the schema version."""

    __tablename__ = "citekit_meta"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReferenceRow(Base):
    __tablename__ = "reference"
    # Newest-first listings (a tag, has:doi) walk this index and stop at the limit.
    __table_args__ = (Index("ix_reference_year_key", text("year DESC"), "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(255), unique=True)
    type: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    journal: Mapped[str | None] = mapped_column(Text)
    volume: Mapped[str | None] = mapped_column(String(64))
    issue: Mapped[str | None] = mapped_column(String(64))
    pages: Mapped[str | None] = mapped_column(String(128))
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    year_suffix: Mapped[str | None] = mapped_column(String(8))
    url: Mapped[str | None] = mapped_column(Text)
    doi: Mapped[str | None] = mapped_column(String(255), index=True)
    pmid: Mapped[str | None] = mapped_column(String(32), index=True)
    pmcid: Mapped[str | None] = mapped_column(String(32), index=True)
    abstract: Mapped[str | None] = mapped_column(Text)
    mesh: Mapped[list[str]] = mapped_column(JSON, default=list)
    links: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Provenance: the text as it came in, from which file and line, in which format.
    raw: Mapped[str] = mapped_column(Text)
    source_format: Mapped[str] = mapped_column(String(16))
    source_path: Mapped[str | None] = mapped_column(Text)
    source_line: Mapped[int | None] = mapped_column(Integer)
    # What makes a re-import 'unchanged', and what makes two records probable duplicates.
    fingerprint: Mapped[str] = mapped_column(String(40), index=True)
    match_key: Mapped[str] = mapped_column(Text, index=True)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    authors: Mapped[list[AuthorRow]] = relationship(
        back_populates="reference",
        order_by="AuthorRow.position",
        cascade="all, delete-orphan",
        lazy="selectin",
    )


class AuthorRow(Base):
    __tablename__ = "author"
    __table_args__ = (UniqueConstraint("reference_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The unique (reference_id, position) index serves look-ups by record; names are searched
    # through the full-text index, so no index of their own (it would slow every import).
    reference_id: Mapped[int] = mapped_column(ForeignKey("reference.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    family: Mapped[str] = mapped_column(Text)
    given: Mapped[str | None] = mapped_column(Text)
    suffix: Mapped[str | None] = mapped_column(String(16))

    reference: Mapped[ReferenceRow] = relationship(back_populates="authors")


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)


class ReferenceTag(Base):
    """A tag on a record, with where it came from. A removed tag is kept (removed_at set) so that
    `tag auto` can tell 'never matched' from 'the user took it off' and not add it back."""

    __tablename__ = "reference_tag"

    reference_id: Mapped[int] = mapped_column(ForeignKey("reference.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True)
    origin: Mapped[str] = mapped_column(String(8))  # "user" or "auto"
    term: Mapped[str | None] = mapped_column(Text)  # for "auto": the vocabulary term that matched
    field: Mapped[str | None] = mapped_column(String(32))  # for "auto": where it matched (title, abstract, …)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Provenance(Base):
    """Where a field's value came from: import, user, crossref, pubmed or pmc; when; how sure."""

    __tablename__ = "provenance"

    reference_id: Mapped[int] = mapped_column(ForeignKey("reference.id", ondelete="CASCADE"), primary_key=True)
    field: Mapped[str] = mapped_column(String(32), primary_key=True)
    source: Mapped[str] = mapped_column(String(16))
    score: Mapped[float | None] = mapped_column()
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Suggestion(Base):
    """An identifier found below the acceptance threshold, kept for the user to accept or reject."""

    __tablename__ = "suggestion"

    reference_id: Mapped[int] = mapped_column(ForeignKey("reference.id", ondelete="CASCADE"), primary_key=True)
    field: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))
    score: Mapped[float] = mapped_column()
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | accepted | rejected
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Lookup(Base):
    """That a record was looked up at a service, and the outcome: reruns skip it unless --refresh."""

    __tablename__ = "lookup"

    reference_id: Mapped[int] = mapped_column(ForeignKey("reference.id", ondelete="CASCADE"), primary_key=True)
    service: Mapped[str] = mapped_column(String(16), primary_key=True)  # crossref | pubmed | pmc | abstract
    outcome: Mapped[str] = mapped_column(String(16))  # resolved | suggested | not_found | mismatch | failed
    detail: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class HttpCacheEntry(Base):
    """A web service's answer, keyed by the request, so that a rerun repeats no request."""

    __tablename__ = "http_cache"

    request_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    status: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(128))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    from citekit.fts import FOLD_FUNCTION, fold_greek

    dbapi_connection.create_function(FOLD_FUNCTION, 1, fold_greek, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def open_engine(path: Path | str, create: bool = True) -> Engine:
    """An engine on the library at ``path``, schema created or migrated on first use."""
    path = Path(path)
    if path.is_dir():
        raise LibraryError(f"cannot open library {path}: it is a directory")
    if path.exists() and path.stat().st_size and not _is_sqlite_file(path):
        # SQLite would happily take over a small file of some other kind; never touch user data.
        raise LibraryError(f"cannot open library {path}: it exists and is not an SQLite database")
    if not path.exists():
        if not create:
            raise LibraryError(f"no library at {path}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Probe that the file can be created before SQLAlchemy tries, for a clear message.
            path.touch()
        except OSError as error:
            culprit = f" ({error.filename})" if error.filename and Path(error.filename) != path else ""
            raise LibraryError(f"cannot create library {path}: {error.strerror or error}{culprit}") from None
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _sqlite_pragmas)
    try:
        _ensure_schema(engine, path)
    except SQLAlchemyError as error:
        engine.dispose()
        raise LibraryError(f"cannot open library {path}: {_reason(error)}") from None
    return engine


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(16) == b"SQLite format 3\x00"
    except OSError as error:
        raise LibraryError(f"cannot open library {path}: {error.strerror or error}") from None


def _reason(error: SQLAlchemyError) -> str:
    original = getattr(error, "orig", None)
    return str(original) if original is not None else str(error).splitlines()[0]


def _ensure_schema(engine: Engine, path: Path) -> None:
    tables = set(inspect(engine).get_table_names())
    if Meta.__tablename__ not in tables:
        if tables:
            raise LibraryError(f"{path} is an SQLite file but not a citekit library")
        with Session(engine) as session, session.begin():
            Base.metadata.create_all(session.connection())
            session.connection().exec_driver_sql(FTS_DDL)
            session.add(Meta(name="schema_version", value=str(SCHEMA_VERSION)))
            session.add(Meta(name="created_at", value=datetime.now(UTC).isoformat()))
        return
    with Session(engine) as session:
        stored = session.scalar(select(Meta.value).where(Meta.name == "schema_version"))
    version = int(stored or 0)
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"{path} uses schema version {version}; this citekit reads up to {SCHEMA_VERSION}: upgrade citekit"
        )
    if version < SCHEMA_VERSION:
        _migrate(engine, version)


# Each step takes the schema from version N to N + 1 inside one transaction.
MIGRATIONS: dict[int, list[str]] = {}


def _migrate(engine: Engine, version: int) -> None:
    with Session(engine) as session, session.begin():
        for step in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS.get(step, []):
                session.execute(statement)
        session.merge(Meta(name="schema_version", value=str(SCHEMA_VERSION)))
