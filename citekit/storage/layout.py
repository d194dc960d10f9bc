"""Facts about the schema that the light read path needs without importing SQLAlchemy."""

from __future__ import annotations

# Schema 1 was citekit 0.1.0's. Each Alembic revision moves the number on by one; the library
# records it in citekit_meta too, so that an older citekit refuses a newer library by itself.
SCHEMA_VERSION = 4
HEAD_REVISION = "0004"
REVISIONS = {"0001": 1, "0002": 2, "0003": 3, "0004": 4}

FTS_TABLE = "reference_fts"
# The full-text columns of reference, in index order, and the query fields that reach each.
FTS_COLUMNS = (
    "fts_title",
    "fts_authors",
    "fts_editors",
    "fts_container",
    "fts_publisher",
    "fts_keywords",
    "fts_abstract",
    "fts_tags",
)
# bm25 weights, in FTS_COLUMNS order: title matches weigh most.
BM25_WEIGHTS = (10.0, 5.0, 2.0, 2.0, 1.0, 3.0, 1.0, 5.0)
