"""Many new records at once: one INSERT for the rows, one for their full-text entries.

Every other write leaves the index to the database's triggers. A bulk import could too, but in
SQLite a trigger's insert into FTS5 is a statement of its own, and FTS5 writes its pending terms
out at each one: 120 µs a record, against 40 µs when a batch of a thousand is indexed by a single
INSERT … SELECT (measured on 20,000 generated entries). So for the length of its transaction an
import marks itself in citekit_meta, the insert triggers stand aside, and each batch is indexed
as soon as it is written, in the same transaction (its records' fts_tags are written with them).
PostgreSQL's trigger has no such cost and does the work itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, text

from citekit.storage.layout import FTS_COLUMNS, FTS_TABLE
from citekit.storage.rows import INSERT_COLUMNS, insert_statement

_COLUMNS = ", ".join(FTS_COLUMNS)


class BulkInsert:
    """Use as a context manager inside the transaction of an import or of `tag auto`."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.sqlite = connection.dialect.name == "sqlite"
        self.statement = insert_statement(connection.dialect.name)

    def __enter__(self) -> BulkInsert:
        if self.sqlite:
            self.connection.execute(text("INSERT INTO citekit_meta (name, value) VALUES ('bulk-insert', '1')"))
        return self

    def __exit__(self, *exc: object) -> None:
        if self.sqlite and exc[0] is None:
            self.connection.execute(text("DELETE FROM citekit_meta WHERE name = 'bulk-insert'"))

    def insert(self, rows: Sequence[tuple[Any, ...]]) -> list[int]:
        """Insert rows (values in rows.INSERT_COLUMNS order); their ids, in the same order."""
        self.connection.exec_driver_sql(self.statement, list(rows))
        keys = [row[_KEY] for row in rows]
        ids: dict[str, int] = {}
        for chunk in _chunks(keys):
            ids.update(
                self.connection.exec_driver_sql(
                    f"SELECT key, id FROM reference WHERE key IN ({self._marks(chunk)})", tuple(chunk)
                ).all()
            )
        found = [ids[key] for key in keys]
        if self.sqlite:
            for chunk in _chunks(found):
                self.connection.exec_driver_sql(
                    f"INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) SELECT id, {_COLUMNS} FROM reference "
                    f"WHERE id IN ({self._marks(chunk)})",
                    tuple(chunk),
                )
        return found

    def insert_into(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        """Plain rows into another table (provenance, tags), one statement for all of them."""
        when = [index for index, name in enumerate(columns) if name.endswith("_at")]
        if self.sqlite and when:
            # The format SQLAlchemy's DateTime keeps on SQLite, so that reads see one kind of value.
            rows = [tuple(_sqlite_time(v) if i in when else v for i, v in enumerate(row)) for row in rows]
        self.connection.exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({self._marks(columns)})", list(rows)
        )

    def set_tags_text(self, texts: dict[int, str | None]) -> None:
        """New fts_tags for many records (before their tag rows go in), indexed a batch at a time:
        the old entries out of the index while the old text is still there, the new ones in."""
        ids = list(texts)
        for chunk in _chunks(ids):
            marks = self._marks(chunk)
            if self.sqlite:
                self.connection.exec_driver_sql(
                    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLUMNS}) "
                    f"SELECT 'delete', id, {_COLUMNS} FROM reference WHERE id IN ({marks})",
                    tuple(chunk),
                )
            self.connection.exec_driver_sql(
                f"UPDATE reference SET fts_tags = {self._marks([0])} WHERE id = {self._marks([0])}",
                [(texts[record], record) for record in chunk],
            )
            if self.sqlite:
                self.connection.exec_driver_sql(
                    f"INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) SELECT id, {_COLUMNS} FROM reference "
                    f"WHERE id IN ({marks})",
                    tuple(chunk),
                )

    def _marks(self, values: Sequence[object]) -> str:
        return ", ".join("?" if self.sqlite else "%s" for _ in values)


_KEY = INSERT_COLUMNS.index("key")


def _sqlite_time(value: Any) -> Any:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if hasattr(value, "strftime") else value


def _chunks(values: list[Any], size: int = 900) -> list[list[Any]]:
    return [values[start : start + size] for start in range(0, len(values), size)]
