"""Schema 1: the library of citekit 0.1.0, before Alembic.

A library of that release carries no Alembic version; it is stamped with this revision before the
later ones run. A new library is created at the latest schema directly; this revision is here so
that the chain from an empty database reaches the same place.

Revision ID: 0001
Revises:
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SCHEMA_1 = [
    "CREATE TABLE citekit_meta (name VARCHAR(64) NOT NULL, value TEXT NOT NULL, PRIMARY KEY (name))",
    """CREATE TABLE reference (
        id INTEGER NOT NULL, "key" VARCHAR(255) NOT NULL, type VARCHAR(64), title TEXT, journal TEXT,
        volume VARCHAR(64), issue VARCHAR(64), pages VARCHAR(128), year INTEGER, year_suffix VARCHAR(8),
        url TEXT, doi VARCHAR(255), pmid VARCHAR(32), pmcid VARCHAR(32), abstract TEXT, mesh JSON NOT NULL,
        links JSON NOT NULL, raw TEXT NOT NULL, source_format VARCHAR(16) NOT NULL, source_path TEXT,
        source_line INTEGER, fingerprint VARCHAR(40) NOT NULL, match_key TEXT NOT NULL,
        added_at TIMESTAMP NOT NULL, PRIMARY KEY (id), UNIQUE ("key"))""",
    "CREATE INDEX ix_reference_pmid ON reference (pmid)",
    'CREATE INDEX ix_reference_year_key ON reference (year DESC, "key")',
    "CREATE INDEX ix_reference_doi ON reference (doi)",
    "CREATE INDEX ix_reference_year ON reference (year)",
    "CREATE INDEX ix_reference_pmcid ON reference (pmcid)",
    "CREATE INDEX ix_reference_fingerprint ON reference (fingerprint)",
    "CREATE INDEX ix_reference_match_key ON reference (match_key)",
    "CREATE TABLE tag (id INTEGER NOT NULL, name VARCHAR(128) NOT NULL, PRIMARY KEY (id), UNIQUE (name))",
    """CREATE TABLE http_cache (request_key VARCHAR(64) NOT NULL, url TEXT NOT NULL, status INTEGER NOT NULL,
        content_type VARCHAR(128), body BYTEA NOT NULL, fetched_at TIMESTAMP NOT NULL, PRIMARY KEY (request_key))""",
    """CREATE TABLE author (id INTEGER NOT NULL, reference_id INTEGER NOT NULL, position INTEGER NOT NULL,
        family TEXT NOT NULL, given TEXT, suffix VARCHAR(16), PRIMARY KEY (id), UNIQUE (reference_id, position),
        FOREIGN KEY(reference_id) REFERENCES reference (id) ON DELETE CASCADE)""",
    """CREATE TABLE reference_tag (reference_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, origin VARCHAR(8) NOT NULL,
        term TEXT, field VARCHAR(32), added_at TIMESTAMP NOT NULL, removed_at TIMESTAMP,
        PRIMARY KEY (reference_id, tag_id),
        FOREIGN KEY(reference_id) REFERENCES reference (id) ON DELETE CASCADE,
        FOREIGN KEY(tag_id) REFERENCES tag (id) ON DELETE CASCADE)""",
    "CREATE INDEX ix_reference_tag_tag_id ON reference_tag (tag_id)",
    """CREATE TABLE provenance (reference_id INTEGER NOT NULL, field VARCHAR(32) NOT NULL, source VARCHAR(16) NOT NULL,
        score FLOAT, recorded_at TIMESTAMP NOT NULL, PRIMARY KEY (reference_id, field),
        FOREIGN KEY(reference_id) REFERENCES reference (id) ON DELETE CASCADE)""",
    """CREATE TABLE suggestion (reference_id INTEGER NOT NULL, field VARCHAR(32) NOT NULL, value TEXT NOT NULL,
        source VARCHAR(16) NOT NULL, score FLOAT NOT NULL, reason TEXT NOT NULL, status VARCHAR(16) NOT NULL,
        created_at TIMESTAMP NOT NULL, PRIMARY KEY (reference_id, field),
        FOREIGN KEY(reference_id) REFERENCES reference (id) ON DELETE CASCADE)""",
    """CREATE TABLE lookup (reference_id INTEGER NOT NULL, service VARCHAR(16) NOT NULL, outcome VARCHAR(16) NOT NULL,
        detail TEXT, checked_at TIMESTAMP NOT NULL, PRIMARY KEY (reference_id, service),
        FOREIGN KEY(reference_id) REFERENCES reference (id) ON DELETE CASCADE)""",
]
SQLITE_FTS_1 = (
    "CREATE VIRTUAL TABLE reference_fts USING fts5(title, authors, journal, abstract, tags, "
    "tokenize = 'porter unicode61 remove_diacritics 2')"
)


def upgrade() -> None:
    for statement in SCHEMA_1:
        op.execute(statement)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SQLITE_FTS_1)
    op.execute("INSERT INTO citekit_meta (name, value) VALUES ('schema_version', '1')")


def downgrade() -> None:
    raise NotImplementedError("citekit libraries are upgraded, never downgraded; restore the backup instead")
