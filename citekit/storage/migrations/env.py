"""Alembic's entry point for citekit: migrations run on the connection citekit hands over, inside
the transaction it opened (see citekit.storage.engine.upgrade)."""

from __future__ import annotations

from alembic import context

from citekit.storage.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
