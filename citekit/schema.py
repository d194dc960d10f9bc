"""Facts about the library's schema that both the SQLAlchemy side and the light read side need."""

from __future__ import annotations

SCHEMA_VERSION = 1

# The full-text index has its own copy of the text (authors and tags live in other tables);
# citekit keeps it in step in the same transaction as every change to a record, its authors or tags.
# Porter stemming so that 'neutrophil' finds 'neutrophils'; unicode61 folds case and diacritics.
FTS_TABLE = "reference_fts"
FTS_COLUMNS = ("title", "authors", "journal", "abstract", "tags")
FTS_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    + ", ".join(FTS_COLUMNS)
    + ", tokenize = 'porter unicode61 remove_diacritics 2')"
)
