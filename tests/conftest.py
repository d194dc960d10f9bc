from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from citekit.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pgserver import new_database  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHAPTER = ROOT / "data" / "chapter.txt"
SHIPPED_BIB = ROOT / "data" / "references.bib"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def chapter_path() -> Path:
    return CHAPTER


@pytest.fixture
def expected_chapter() -> list[dict]:
    """The chapter's 162 references as JSON, every field checked by hand against the page."""
    return json.loads((DATA / "chapter.expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "library.sqlite"
    monkeypatch.setenv("CITEKIT_DB", str(path))
    return path


@pytest.fixture
def cli(db_path: Path):
    """Run citekit in-process against a throw-away library; stdout and stderr kept apart."""

    def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
        return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)

    return run


@pytest.fixture
def pg_url():
    """A fresh PostgreSQL database (see tests/pgserver.py)."""
    with new_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def library_location(request, tmp_path):
    """A library on each backend: a file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield tmp_path / "library.sqlite"
    else:
        with new_database() as url:
            yield url
