"""Opening a library: the engine, its connection settings, and the schema brought up to date.

A new library is created at the latest schema. An older one is upgraded in place on first use,
after a backup copy is written beside it; one from a newer citekit is refused.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from citekit.errors import LibraryError
from citekit.paths import is_database_url
from citekit.storage import postgres, schema
from citekit.storage.layout import HEAD_REVISION, REVISIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 30_000
CACHE_KIB = 65_536  # a writer's page cache: the indexes of a large library stay in memory
_ALEMBIC_TABLE = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


@dataclass(slots=True)
class Opened:
    engine: Engine
    notice: str | None = None  # e.g. that the library was upgraded, and where the backup is


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Transactions are begun by hand (below), so that a writer takes the write lock at BEGIN and
    # waits for another writer there, instead of failing half-way when it first writes.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Statement journals (every multi-row statement and every FTS5 update has one) in memory, not
    # in a temporary file: an import otherwise writes that file some thirty times a page.
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.close()


def _on_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", json_serializer=_dumps)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def open_engine(path: Path | str, create: bool = True) -> Opened:
    """An engine on the library at ``path`` (a file, or a PostgreSQL URL), its schema created or
    upgraded on first use."""
    if is_database_url(path):
        return open_postgres(str(path))
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
            path.touch()  # probe that the file can be created, for a clear message
        except OSError as error:
            culprit = f" ({error.filename})" if error.filename and Path(error.filename) != path else ""
            raise LibraryError(f"cannot create library {path}: {error.strerror or error}{culprit}") from None
    return _with_schema(sqlite_engine(path), str(path), reason, backup=lambda: backup_sqlite(path))


def open_postgres(url: str) -> Opened:
    """An engine on a PostgreSQL library; an empty database becomes one. Backups of a server are
    its administrator's (pg_dump), so an upgrade makes none."""
    postgres.require_driver()
    label = postgres.display(url)
    engine = create_engine(
        postgres.sqlalchemy_url(url), json_serializer=_dumps, pool_pre_ping=True, hide_parameters=True
    )
    return _with_schema(engine, label, lambda error: postgres.message(error, url))


def _with_schema(engine: Engine, label: str, describe: Callable[[SQLAlchemyError], str], backup: Any = None) -> Opened:
    """The engine, its schema created or brought up to date; disposed of if that fails."""
    try:
        notice = ensure_schema(engine, label, backup=backup)
    except SQLAlchemyError as error:
        engine.dispose()
        raise LibraryError(f"cannot open library {label}: {describe(error)}") from None
    except BaseException:
        engine.dispose()
        raise
    return Opened(engine, notice)


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(16) == b"SQLite format 3\x00"
    except OSError as error:
        raise LibraryError(f"cannot open library {path}: {error.strerror or error}") from None


def reason(error: BaseException) -> str:
    original = getattr(error, "orig", None)
    return str(original) if original is not None else str(error).splitlines()[0]


def stored_revision(connection: Connection) -> tuple[str | None, int]:
    """(Alembic revision or None, schema version recorded in citekit_meta)."""
    tables = set(inspect(connection).get_table_names())
    revision = None
    if "alembic_version" in tables:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    version = connection.execute(text("SELECT value FROM citekit_meta WHERE name = 'schema_version'")).scalar()
    return revision, int(version or 0)


def ensure_schema(engine: Engine, label: str, backup: Any = None) -> str | None:
    """Create the schema in an empty database, or upgrade an older one. Returns a notice for the
    user when something was done that they should know of."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if schema.meta.name not in tables:
            if tables - {"alembic_version"}:
                raise LibraryError(f"{label} is a database but not a citekit library")
            revision, version = None, None
        else:
            revision, version = stored_revision(connection)
    if version is None:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Two first users at once: one creates, the other waits here and then finds it made.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({postgres.IMPORT_LOCK})")
                if schema.meta.name in set(inspect(connection).get_table_names()):
                    return None
            create(connection)
        return None
    if version > SCHEMA_VERSION or (revision is not None and revision not in REVISIONS):
        raise LibraryError(
            f"{label} was written by a newer citekit (schema {version}); this citekit reads up to schema "
            f"{SCHEMA_VERSION}: upgrade citekit (pip install -U citekit)"
        )
    if revision == HEAD_REVISION:
        return None
    copy = backup() if backup is not None else None
    with engine.begin() as connection:
        upgrade(connection, revision)
    saved = f"; the old library was copied to {copy}" if copy else ""
    return f"upgraded {label} from schema {version} to {SCHEMA_VERSION}{saved}"


def create(connection: Connection) -> None:
    """A new, empty library at the latest schema."""
    schema.metadata.create_all(connection)
    if connection.dialect.name == "sqlite":
        for statement in schema.sqlite_fts_ddl():
            connection.exec_driver_sql(statement)
    elif connection.dialect.name == "postgresql":
        postgres.check_locale(connection)
        for statement in postgres.ddl():
            connection.exec_driver_sql(statement)
    connection.exec_driver_sql(_ALEMBIC_TABLE)
    connection.execute(text("INSERT INTO alembic_version (version_num) VALUES (:head)"), {"head": HEAD_REVISION})
    now = datetime.now(UTC).isoformat()
    connection.execute(
        schema.meta.insert(),
        [{"name": "schema_version", "value": str(SCHEMA_VERSION)}, {"name": "created_at", "value": now}],
    )


def upgrade(connection: Connection, revision: str | None) -> None:
    """Run the Alembic migrations from ``revision`` (None: a schema-1 library) to the latest."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    config.attributes["connection"] = connection
    if revision is None:
        command.stamp(config, "0001")
    command.upgrade(config, "head")


def backup_sqlite(path: Path) -> Path:
    """A consistent copy of the library beside it, before an upgrade touches it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.backup-{stamp}")
    try:
        with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
    except (sqlite3.Error, OSError) as error:
        raise LibraryError(f"cannot upgrade {path}: the backup copy {target} could not be written ({error})") from None
    return target
