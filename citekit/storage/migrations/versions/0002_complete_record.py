"""Schema 2: every record stored whole (CSL-based JSON), search columns derived from it, the
full-text index kept by triggers, and the blocks of imported .bib files.

Records keep their ids (tags, provenance and look-ups stay attached). A record imported from BibTeX
is read again from the entry text schema 1 kept, so the fields schema 1 dropped come back; what was
learned since (identifiers, abstracts, MeSH headings) is kept. Builds of schema 1 that lack the mesh
column or the provenance, suggestion, lookup and http_cache tables are upgraded the same way.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_DROPPED = ("journal", "volume", "issue", "pages", "year_suffix", "url", "abstract", "mesh", "links", "raw")
_BATCH = 500


def upgrade() -> None:
    from citekit.storage import schema

    bind = op.get_bind()
    inspector = sa.inspect(bind)
    tables = set(inspector.get_table_names())
    columns = {column["name"] for column in inspector.get_columns("reference")}
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TABLE IF EXISTS reference_fts")
    for name in ("ix_reference_doi", "ix_reference_year", "ix_reference_fingerprint", "ix_reference_pmcid"):
        op.execute(f"DROP INDEX IF EXISTS {name}")
    added = [
        sa.Column("container_title", sa.Text),
        sa.Column("data", sa.JSON),
        *(sa.Column(name, sa.Text) for name in schema.FTS_COLUMNS),
        sa.Column("updated_at", sa.DateTime(timezone=True)),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    ]
    for column in added:
        if column.name not in columns:
            op.add_column("reference", column)
    _convert(bind, columns, "author" in tables)
    for name in _DROPPED:
        if name in columns:
            op.drop_column("reference", name)
    if "author" in tables:
        op.drop_table("author")
    op.create_index("ix_reference_doi", "reference", [sa.text("lower(doi)")])
    # Tables the build that wrote the library may have lacked, and the new one.
    for table in schema.metadata.sorted_tables:
        if table.name not in tables and table.name != "reference":
            table.create(bind)
    # Tags into the searchable text before the index and its triggers exist: a trigger would try
    # to take the old text out of an index that never held it.
    op.execute("UPDATE reference SET fts_tags = " + schema.TAGS_OF.format(record="reference.id"))
    if sqlite:
        for statement in schema.sqlite_fts_ddl():
            op.execute(statement)
        op.execute(f"INSERT INTO {schema.FTS_TABLE}({schema.FTS_TABLE}) VALUES ('rebuild')")
    op.execute("UPDATE citekit_meta SET value = '2' WHERE name = 'schema_version'")


def _convert(bind: sa.Connection, columns: set[str], has_authors: bool) -> None:
    """Each schema-1 row → the record it stood for, written back into the same row."""
    from citekit.storage.rows import derived_columns

    wanted = [name for name in ("id", "source_format", *_DROPPED, "key", "type", "title", "year") if name in columns]
    wanted += [name for name in ("doi", "pmid", "pmcid", "source_line") if name in columns]
    reference = sa.table("reference", *(sa.column(name) for name in {*wanted, "fingerprint", "data"}))
    target = sa.table(
        "reference",
        sa.column("id"),
        *(sa.column(name, sa.JSON) if name == "data" else sa.column(name) for name in derived_columns(_empty())),
        sa.column("fingerprint"),
        sa.column("updated_at"),
    )
    authors: dict[int, list[tuple[str, str | None, str | None]]] = {}
    if has_authors:
        for reference_id, family, given, suffix in bind.execute(
            sa.text("SELECT reference_id, family, given, suffix FROM author ORDER BY reference_id, position")
        ):
            authors.setdefault(reference_id, []).append((family, given, suffix))
    rows = [dict(row._mapping) for row in bind.execute(sa.select(*(reference.c[name] for name in wanted)))]
    now = datetime.now(UTC)
    updates = []
    for row in rows:
        record = _record(row, authors.get(row["id"], []))
        values = derived_columns(record)
        values["b_id"] = row["id"]
        values["fingerprint"] = record.fingerprint(row["source_format"])
        values["updated_at"] = now
        updates.append(values)
    statement = (
        target.update()
        .where(target.c.id == sa.bindparam("b_id"))
        .values({name: sa.bindparam(name) for name in updates[0] if name != "b_id"} if updates else {})
    )
    for start in range(0, len(updates), _BATCH):
        bind.execute(statement, updates[start : start + _BATCH])


def _empty() -> Any:
    from citekit.model import Reference

    return Reference()


def _record(row: dict[str, Any], people: list[tuple[str, str | None, str | None]]) -> Any:
    from citekit.model import Author, Reference

    record = None
    if row.get("source_format") == "bibtex" and (row.get("raw") or "").lstrip().startswith("@"):
        record = _reread_bibtex(row["raw"])
    if record is None:
        record = Reference(
            authors=[Author(family, given, suffix) for family, given, suffix in people],
            year=row.get("year"),
            year_suffix=row.get("year_suffix"),
            title=row.get("title"),
            container_title=row.get("journal"),
            volume=row.get("volume"),
            issue=row.get("issue"),
            pages=row.get("pages"),
            url=row.get("url"),
            type=row.get("type"),
            links=_json_list(row.get("links")),
            raw=row.get("raw") or "",
        )
    # What was learned after the import (enrichment) stays; schema 1 kept it in these columns.
    for name in ("doi", "pmid", "pmcid", "abstract"):
        if row.get(name) and not getattr(record, name):
            setattr(record, name, row[name])
    mesh = _json_list(row.get("mesh"))
    if mesh and not record.mesh:
        record.mesh = mesh
    record.key = row["key"]
    return record


def _reread_bibtex(text: str) -> Any:
    from citekit.formats.bibtex import read_bibtex

    try:
        result = read_bibtex(text)
    except Exception:  # noqa: BLE001 - an entry that no longer reads keeps its schema-1 columns
        return None
    return result.references[0] if len(result.references) == 1 else None


def _json_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return value
    if isinstance(value, str) and value:
        try:
            loaded = json.loads(value)
        except ValueError:
            return []
        return loaded if isinstance(loaded, list) else []
    return []


def downgrade() -> None:
    raise NotImplementedError("citekit libraries are upgraded, never downgraded; restore the backup instead")
