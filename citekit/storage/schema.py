"""The library's tables: the one description of the schema, for SQLite and PostgreSQL alike.

A record is stored whole, as JSON in ``reference.data`` (the model's own serialisation, so nothing a
source carried is lost); the other columns of ``reference`` are derived from it when it is written:
what listings sort and filter by, and the text the full-text index reads. The database keeps that
index in step itself (triggers), in the same transaction as the write.

Migrations live in citekit/storage/migrations (Alembic); each one moves SCHEMA_VERSION on.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import BYTEA, JSONB

from citekit.storage.layout import FTS_COLUMNS, FTS_TABLE, HEAD_REVISION, SCHEMA_VERSION

__all__ = ["FTS_COLUMNS", "FTS_TABLE", "HEAD_REVISION", "SCHEMA_VERSION", "metadata"]

metadata = MetaData()
_JSON = JSON().with_variant(JSONB(), "postgresql")
_BYTES = LargeBinary().with_variant(BYTEA(), "postgresql")
_WHEN = DateTime(timezone=True)

meta = Table(
    "citekit_meta",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

reference = Table(
    "reference",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(255), nullable=False, unique=True),
    Column("type", String(64)),
    Column("year", Integer),
    Column("title", Text),
    Column("container_title", Text),
    Column("doi", String(320)),
    Column("pmid", String(16)),
    Column("pmcid", String(16)),
    Column("data", _JSON),  # the whole record, never empty (citekit.model.Reference.to_storage)
    # The text the full-text index reads, folded for search (see citekit.storage.searchtext).
    *(Column(name, Text) for name in FTS_COLUMNS),
    # What makes a re-import 'unchanged', and what makes two records probable duplicates.
    Column("fingerprint", String(40), nullable=False),
    Column("match_key", Text, nullable=False, server_default=""),
    # Provenance: from which file and line, in which format.
    Column("source_format", String(16), nullable=False),
    Column("source_path", Text),
    Column("source_line", Integer),
    Column("added_at", _WHEN, nullable=False),
    Column("updated_at", _WHEN),
    Column("version", Integer, nullable=False, server_default="1"),  # bumped by every change
    # Newest-first listings (a tag, has:doi) walk this index and stop at the limit.
    Index("ix_reference_year_key", text("year DESC"), "key"),
    Index("ix_reference_doi", func.lower(text("doi"))),
    Index("ix_reference_pmid", "pmid"),
    Index("ix_reference_match_key", "match_key"),
    # No index on fingerprint or pmcid: an import reads every fingerprint once, and nothing looks a
    # record up by PMCID; each index costs every insert into a large library.
)

tag = Table(
    "tag",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(128), nullable=False, unique=True),
)

# A tag on a record, with where it came from. A removed tag is kept (removed_at set) so that
# `tag auto` can tell 'never matched' from 'the user took it off' and not add it back.
reference_tag = Table(
    "reference_tag",
    metadata,
    Column("reference_id", Integer, ForeignKey("reference.id", ondelete="CASCADE"), nullable=False),
    Column("tag_id", Integer, ForeignKey("tag.id", ondelete="CASCADE"), nullable=False),
    Column("origin", String(8), nullable=False),  # user | auto | import
    Column("term", Text),  # auto: the vocabulary term that matched
    Column("field", String(32)),  # auto: where it matched (title, abstract, …)
    Column("added_at", _WHEN, nullable=False),
    Column("removed_at", _WHEN),
    PrimaryKeyConstraint("reference_id", "tag_id"),
    Index("ix_reference_tag_tag_id", "tag_id"),
)

# Where a field's value came from: import, user, crossref, pubmed or pmc; when; how sure.
provenance = Table(
    "provenance",
    metadata,
    Column("reference_id", Integer, ForeignKey("reference.id", ondelete="CASCADE"), nullable=False),
    Column("field", String(32), nullable=False),
    Column("source", String(16), nullable=False),
    Column("score", Float),
    Column("recorded_at", _WHEN, nullable=False),
    PrimaryKeyConstraint("reference_id", "field"),
)

# An identifier found below the acceptance threshold, kept for the user to accept or reject.
suggestion = Table(
    "suggestion",
    metadata,
    Column("reference_id", Integer, ForeignKey("reference.id", ondelete="CASCADE"), nullable=False),
    Column("field", String(32), nullable=False),
    Column("value", Text, nullable=False),
    Column("source", String(16), nullable=False),
    Column("score", Float, nullable=False),
    Column("reason", Text, nullable=False),
    Column("status", String(16), nullable=False),  # pending | accepted | rejected
    Column("created_at", _WHEN, nullable=False),
    PrimaryKeyConstraint("reference_id", "field"),
)

# That a record was looked up at a service, and the outcome: reruns skip it unless it failed.
lookup = Table(
    "lookup",
    metadata,
    Column("reference_id", Integer, ForeignKey("reference.id", ondelete="CASCADE"), nullable=False),
    Column("service", String(16), nullable=False),  # crossref | pubmed | pmc | abstract
    Column("outcome", String(16), nullable=False),  # resolved | suggested | not_found | mismatch | failed
    Column("detail", Text),
    Column("checked_at", _WHEN, nullable=False),
    PrimaryKeyConstraint("reference_id", "service"),
)

# Whether a work was retracted, withdrawn, corrected or put under an expression of concern, as
# `citekit check` last found it: the notices (JSON), the services that answered, and when.
update_status = Table(
    "update_status",
    metadata,
    Column("reference_id", Integer, ForeignKey("reference.id", ondelete="CASCADE"), primary_key=True),
    Column("status", String(32), nullable=False),  # retracted | withdrawn | … | corrected | clean
    Column("notices", Text, nullable=False),
    Column("sources", String(64), nullable=False),  # crossref,pubmed
    Column("checked_at", _WHEN, nullable=False),
    Index("ix_update_status_status", "status"),
)

# Who changed what, and when: one row per change to one record (or to a tag), with the values
# before and after (JSON objects of the record's stored fields), so that it can be undone.
change_log = Table(
    "change_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("changed_at", _WHEN, nullable=False),
    Column("user_name", String(128), nullable=False),
    Column("action", String(16), nullable=False),  # import | edit | enrich | accept | tag | untag | undo | copy
    Column("reference_id", Integer),  # no foreign key: the history outlives what it describes
    Column("key", String(255)),
    Column("fields", Text),  # the fields changed, comma-separated; a tag's name for tag/untag
    Column("old_value", Text),
    Column("new_value", Text),
    Column("undoes", Integer),  # for an undo: the change it took back
    Index("ix_change_log_reference_id", "reference_id"),
)

# A web service's answer, keyed by the request, so that a rerun repeats no request.
http_cache = Table(
    "http_cache",
    metadata,
    Column("request_key", String(64), primary_key=True),
    Column("url", Text, nullable=False),
    Column("status", Integer, nullable=False),
    Column("content_type", String(128)),
    Column("body", _BYTES, nullable=False),
    Column("fetched_at", _WHEN, nullable=False),
)

# What a .bib holds besides entries (@preamble, @string, @comment, free text), to be written back.
source_block = Table(
    "source_block",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_path", Text),
    Column("position", Integer, nullable=False),
    Column("kind", String(16), nullable=False),  # preamble | string | comment | text
    Column("name", String(255)),  # a @string's macro name
    Column("text", Text, nullable=False),
    Column("before_entries", Boolean, nullable=False, server_default="0"),
    Column("added_at", _WHEN, nullable=False),
)


# Set (a citekit_meta row) by a bulk import for the length of its transaction: the rows it inserts
# are indexed a batch at a time instead, in one statement (citekit.storage.bulk).
BULK_INSERT_UNDER_WAY = "EXISTS (SELECT 1 FROM citekit_meta WHERE name = 'bulk-insert')"


def sqlite_fts_ddl() -> list[str]:
    """The FTS5 index over reference's search columns, and the triggers that keep it current.

    External content (the text lives once, in reference); porter stemming so that 'neutrophil'
    finds 'neutrophils'; unicode61 folds case and diacritics (thery finds Théry).
    """
    columns = ", ".join(FTS_COLUMNS)
    new = ", ".join(f"new.{name}" for name in FTS_COLUMNS)
    old = ", ".join(f"old.{name}" for name in FTS_COLUMNS)
    changed = " OR ".join(f"old.{name} IS NOT new.{name}" for name in FTS_COLUMNS)
    return [
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({columns}, content='reference', content_rowid='id', "
        "tokenize='porter unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER reference_fts_insert AFTER INSERT ON reference WHEN NOT {BULK_INSERT_UNDER_WAY} BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER reference_fts_delete AFTER DELETE ON reference BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER reference_fts_update AFTER UPDATE OF {columns} ON reference "
        f"WHEN ({changed}) AND NOT {BULK_INSERT_UNDER_WAY} BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.id, {new}); END",
        *_tag_triggers(),
    ]


# A record's tags as the full-text index reads them (fts_tags): names in order, space-separated,
# exactly as citekit.storage.rows.tags_text writes them for a new record.
TAGS_OF = (
    "(SELECT group_concat(name, ' ') FROM (SELECT t.name AS name FROM reference_tag AS rt "
    "JOIN tag AS t ON t.id = rt.tag_id WHERE rt.reference_id = {record} AND rt.removed_at IS NULL "
    "ORDER BY t.name))"
)


def _tag_triggers() -> list[str]:
    """Tags live in their own tables; these keep reference.fts_tags (and so the index) in step.
    A row whose text does not change is not touched, so the index is not rewritten for nothing."""
    tags_of = TAGS_OF
    refresh = "UPDATE reference SET fts_tags = " + tags_of + " WHERE id = {record} AND fts_tags IS NOT " + tags_of + ";"
    # An import writes fts_tags with each record (citekit.storage.bulk); its tag rows need nothing.
    return [
        f"CREATE TRIGGER reference_tag_insert AFTER INSERT ON reference_tag "
        f"WHEN new.removed_at IS NULL AND NOT {BULK_INSERT_UNDER_WAY} BEGIN "
        + refresh.format(record="new.reference_id")
        + " END",
        "CREATE TRIGGER reference_tag_update AFTER UPDATE ON reference_tag BEGIN "
        + refresh.format(record="old.reference_id")
        + " "
        + refresh.format(record="new.reference_id")
        + " END",
        "CREATE TRIGGER reference_tag_delete AFTER DELETE ON reference_tag BEGIN "
        + refresh.format(record="old.reference_id")
        + " END",
        "CREATE TRIGGER tag_rename AFTER UPDATE OF name ON tag BEGIN "
        "UPDATE reference SET fts_tags = "
        + tags_of.format(record="reference.id")
        + " WHERE id IN (SELECT reference_id FROM reference_tag WHERE tag_id = new.id); END",
    ]
