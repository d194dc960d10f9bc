"""Schema 4: who changed what (`citekit log`, `citekit undo`).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Migration 0002 creates every table the schema lacks, this one too when it runs first.
    if "change_log" not in sa.inspect(op.get_bind()).get_table_names():
        op.create_table(
            "change_log",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("user_name", sa.String(128), nullable=False),
            sa.Column("action", sa.String(16), nullable=False),
            sa.Column("reference_id", sa.Integer),
            sa.Column("key", sa.String(255)),
            sa.Column("fields", sa.Text),
            sa.Column("old_value", sa.Text),
            sa.Column("new_value", sa.Text),
            sa.Column("undoes", sa.Integer),
        )
        op.create_index("ix_change_log_reference_id", "change_log", ["reference_id"])
    _refold_search_text()
    op.execute("UPDATE citekit_meta SET value = '4' WHERE name = 'schema_version'")


def _refold_search_text() -> None:
    """Schema 4 indexes Latin letters in ASCII (Møller as Moller; citekit.textnorm.search_fold):
    the search text of earlier records is written again (the index follows by its triggers)."""
    from citekit.model import Reference
    from citekit.storage.rows import search_columns

    connection = op.get_bind()
    names = list(search_columns(Reference()))
    rows = connection.execute(sa.text(f"SELECT id, key, data, source_line, {', '.join(names)} FROM reference"))
    for reference_id, key, data, line, *current in rows.fetchall():
        stored = json.loads(data) if isinstance(data, str | bytes) else data
        columns = search_columns(Reference.from_storage(stored, key=key, line=line))
        if tuple(current) != tuple(columns.values()):
            assignments = ", ".join(f"{name} = :{name}" for name in columns)
            connection.execute(
                sa.text(f"UPDATE reference SET {assignments} WHERE id = :id"), {**columns, "id": reference_id}
            )


def downgrade() -> None:
    op.drop_index("ix_change_log_reference_id", "change_log")
    op.drop_table("change_log")
