"""The one storage layer: schema and migrations (schema.py, migrations/), opening and upgrading a
library (engine.py), the row derived from a record (rows.py) and the read path (reading.py), on
SQLite or PostgreSQL (postgres.py: the driver, full-text search; pgsearch.py: its query compiler).

Writes go through SQLAlchemy (citekit.library); reads through the driver's own connection, so that
read-only commands start fast. The full-text index is kept by the database itself.
"""
