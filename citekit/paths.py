"""Where citekit keeps its files. Light on purpose: read-only commands start with it."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "citekit"


def default_library_path() -> Path:
    """CITEKIT_DB if set, else library.sqlite in the platform's user data directory."""
    configured = os.environ.get("CITEKIT_DB")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite"


def user_vocabulary_path() -> Path:
    """A topics.toml here extends the shipped vocabulary for `citekit tag auto`."""
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "topics.toml"
