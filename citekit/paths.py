"""Where citekit keeps its files. Light on purpose: read-only commands start with it."""

from __future__ import annotations

import os
import re
from pathlib import Path

APP_NAME = "citekit"
DATABASE_URL_SCHEME = re.compile(r"^postgres(?:ql)?(?:\+psycopg)?://", re.IGNORECASE)


def is_database_url(location: object) -> bool:
    """A PostgreSQL URL (postgresql://user@host/dbname) rather than a library file."""
    return isinstance(location, str) and bool(DATABASE_URL_SCHEME.match(location))


def library_location(configured: str | Path) -> Path | str:
    """A library file's path, or a PostgreSQL URL kept as written."""
    text = str(configured)
    return text if is_database_url(text) else Path(text).expanduser()


def default_library_path() -> Path | str:
    """CITEKIT_DB if set (a file or a postgresql:// URL), else library.sqlite in the platform's
    user data directory."""
    configured = os.environ.get("CITEKIT_DB")
    if configured:
        return library_location(configured)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite"


def user_vocabulary_path() -> Path:
    """A topics.toml here extends the shipped vocabulary for `citekit tag auto`."""
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "topics.toml"
