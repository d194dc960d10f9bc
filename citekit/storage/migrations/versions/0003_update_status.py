"""Schema 3: the retraction and correction status of each record (`citekit check`).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Migration 0002 creates every table the schema lacks, this one too when it runs first.
    if "update_status" in sa.inspect(op.get_bind()).get_table_names():
        op.execute("UPDATE citekit_meta SET value = '3' WHERE name = 'schema_version'")
        return
    op.create_table(
        "update_status",
        sa.Column("reference_id", sa.Integer, sa.ForeignKey("reference.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("notices", sa.Text, nullable=False),
        sa.Column("sources", sa.String(64), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_update_status_status", "update_status", ["status"])
    op.execute("UPDATE citekit_meta SET value = '3' WHERE name = 'schema_version'")


def downgrade() -> None:
    op.drop_index("ix_update_status_status", "update_status")
    op.drop_table("update_status")
