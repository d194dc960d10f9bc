"""A PostgreSQL server for the tests."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

# ----------------------------------------------------------------------------- PostgreSQL
# The PostgreSQL tests need a server: CITEKIT_TEST_POSTGRES=postgresql://user@host:port/db, a role
# that may create databases (.ci/run starts one with scripts/throwaway_postgres.sh). Each test gets
# a database of its own. Under CI=true a missing or unreachable server fails the run.
POSTGRES_URL = os.environ.get("CITEKIT_TEST_POSTGRES")


def _postgres_admin():
    if not POSTGRES_URL:
        reason = (
            "no PostgreSQL server given: set CITEKIT_TEST_POSTGRES=postgresql://user@127.0.0.1:PORT/postgres "
            "(scripts/throwaway_postgres.sh DIR starts one)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and {reason}")
        pytest.skip(reason)
    import psycopg

    try:
        return psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=10)
    except psycopg.Error as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and the PostgreSQL server at CITEKIT_TEST_POSTGRES cannot be reached: {error}")
        pytest.skip(f"the PostgreSQL server at CITEKIT_TEST_POSTGRES cannot be reached: {error}")


def database_url(name: str) -> str:
    """The URL of database ``name`` on the test server."""
    base, _, _ = POSTGRES_URL.rpartition("/")
    return f"{base}/{name}"


@contextmanager
def new_database() -> Iterator[str]:
    """A fresh, empty database on the test server, dropped afterwards."""
    admin = _postgres_admin()
    name = f"citekit_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield database_url(name)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def rows(location: object, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of a query (written with ? placeholders) on a library file or a PostgreSQL URL."""
    if isinstance(location, str):
        import psycopg

        with psycopg.connect(location, autocommit=True) as connection:
            cursor = connection.execute(sql.replace("?", "%s"), params)
            return [tuple(row) for row in cursor.fetchall()] if cursor.description else []
    import sqlite3

    with sqlite3.connect(location) as connection:
        return connection.execute(sql, params).fetchall()


_TABLES = ("reference", "tag", "reference_tag", "provenance", "lookup", "suggestion", "source_block", "update_status")


def snapshot(location: object) -> object:
    """Everything a library holds, to compare before and after a command that must change nothing."""
    if not isinstance(location, str):
        return location.read_bytes()
    return {table: sorted(map(repr, rows(location, f"SELECT * FROM {table}"))) for table in _TABLES}
