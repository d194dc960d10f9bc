"""A library made by citekit 0.1.0 (schema 1; tests/data/libraries/, made by make_schema1.py with
that release) upgrades in place on first use, after a backup, with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from citekit.cli import main
from citekit.errors import LibraryError
from citekit.library import Library
from citekit.storage.layout import HEAD_REVISION, SCHEMA_VERSION

SCHEMA_1 = Path(__file__).resolve().parent / "data" / "libraries" / "schema1-citekit-0.1.0.sqlite"
JABREF_5 = Path(__file__).resolve().parent / "data" / "exports" / "bibtex" / "jabref-5.1-groups.bib"


@pytest.fixture
def old(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    shutil.copy(SCHEMA_1, path)
    return path


def _cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _one(db: Path, sql: str, *params: object) -> tuple:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql, params).fetchone()


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def test_first_read_upgrades_after_a_backup_and_says_so(old):
    before = _dump(old)
    result = _cli("--db", str(old), "search", "author:thery", "--keys")
    assert result.exit_code == 0
    assert result.stdout.split() == ["thery2011exosomes", "thery2009membrane", "segura2007cd8"]
    (notice,) = result.stderr.strip().splitlines()
    assert notice.startswith(f"upgraded {old} from schema 1 to {SCHEMA_VERSION}; the old library was copied to ")
    backup = Path(notice.rsplit(" ", 1)[1])
    assert _dump(backup) == before
    assert _one(old, "SELECT version_num FROM alembic_version") == (HEAD_REVISION,)
    assert _one(old, "SELECT value FROM citekit_meta WHERE name = 'schema_version'") == (str(SCHEMA_VERSION),)
    assert _one(old, "PRAGMA integrity_check") == ("ok",)
    # The second run finds nothing to do.
    assert _cli("--db", str(old), "search", "author:thery", "--keys").stderr == ""


def test_nothing_is_lost(old):
    with sqlite3.connect(old) as connection:
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("reference", "tag", "reference_tag", "provenance", "suggestion", "lookup", "http_cache")
        }
    with Library(old) as library:
        assert library.notice
        aceto = library.get("aceto2014circulating")
        skog = library.get("skog2008glioblastoma")
        with library.reading() as connection:
            for table, count in counts.items():
                assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count, table
    assert aceto.reference.doi == "10.1016/j.cell.2014.07.013"
    assert [t.name for t in library.get("thery2011exosomes").tags] == ["review"]  # exosomes was removed
    assert (skog.reference.pmid, skog.reference.mesh) == ("19011622", ["Glioblastoma", "Exosomes"])
    assert skog.reference.abstract == "Glioblastoma tumour cells release microvesicles."
    assert len(skog.reference.authors) == 10 and skog.reference.authors[2].family == "van Rijn"
    shown = _cli("--db", str(old), "show", "aceto2014circulating").stdout
    assert "crossref, score 0.95" in shown
    assert "suggested doi" in _cli("--db", str(old), "show", "skog2008glioblastoma").stdout
    # The exosomes tag the user removed stays removed: tag auto does not add it back.
    _cli("--db", str(old), "tag", "auto")
    assert "thery2011exosomes" not in _cli("--db", str(old), "search", "tag:exosomes", "--keys").stdout


def test_bibtex_records_get_back_the_fields_schema_1_dropped(old):
    with Library(old):
        pass
    exported = _cli("--db", str(old), "export", "key:Clark2012", "--format", "bibtex").stdout
    for line in (
        "editor = {Alf Hornborg and Brett Clark and Kenneth Hermele},",
        "series = {Routledge Studies in Ecological Economics},",
        "crossref = {Hornborg2012},",
        "owner = {napoletano},",
    ):
        assert line in exported
    assert _cli("--db", str(old), "search", "publisher:routledge", "--keys").stdout.count("\n") >= 16
    # Re-importing what schema 1 held adds nothing.
    again = _cli("--db", str(old), "import", str(JABREF_5))
    assert again.stdout.startswith("0 added, 20 unchanged")


def test_plain_words_find_tags_after_the_upgrade(old):
    assert "thery2011exosomes" in _cli("--db", str(old), "search", "review", "--keys").stdout


def test_an_earlier_build_without_mesh_and_four_tables_upgrades_too(old):
    with sqlite3.connect(old) as connection:
        connection.execute("ALTER TABLE reference DROP COLUMN mesh")
        for table in ("provenance", "suggestion", "lookup", "http_cache"):
            connection.execute(f"DROP TABLE {table}")
    result = _cli("--db", str(old), "show", "skog2008glioblastoma")
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.output
    assert "upgraded" in result.stderr
    with Library(old) as library:
        assert library.count() == 182
        assert library.lookups_done() == set()


def test_a_library_from_a_newer_citekit_is_refused(tmp_path):
    db = tmp_path / "lib.sqlite"
    Library(db).close()
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(LibraryError, match="written by a newer citekit"):
        Library(db)
    result = _cli("--db", str(db), "search", "x")
    assert result.exit_code == 2
    assert result.stderr.startswith("citekit: error: ") and "upgrade citekit" in result.stderr


def test_the_migrations_lead_where_a_new_library_starts(tmp_path, old):
    """Upgrading schema 1 and creating a library afresh give the same tables, columns and indexes."""
    new = tmp_path / "new.sqlite"
    Library(new).close()
    with Library(old):
        pass

    def shape(path: Path) -> dict[str, set[str]]:
        with sqlite3.connect(path) as connection:
            tables = [
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'reference_fts%'"
                )
            ]
            found = {table: {row[1] for row in connection.execute(f"PRAGMA table_info({table})")} for table in tables}
            found["indexes"] = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
            }
            found["triggers"] = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            }
        return found

    assert shape(old) == shape(new)


def test_a_schema_3_library_gets_a_change_log_and_finds_letters_it_indexed_unfolded(tmp_path):
    """Schema 3 indexed 'Møller' as written; schema 4 folds it to 'Moller' (on both backends), so
    the upgrade writes the search text again: 'moller' and 'Møller' find the record afterwards."""
    db = tmp_path / "lib.sqlite"
    page = tmp_path / "page.txt"
    page.write_text(
        "Møller HJ, Ærø K (2019) Macrophages in the tumour stroma. J Test 3(1):1–9\n"
        "Smith J (2020) Something else entirely. J Test 4(1):1–9\n",
        encoding="utf-8",
    )
    with Library(db) as library:
        library.import_files([str(page)])
    with sqlite3.connect(db) as connection:  # as schema 3 left it
        connection.execute("UPDATE reference SET fts_authors = 'Møller HJ ; Ærø K' WHERE fts_authors LIKE 'Moller%'")
        connection.execute("DROP TABLE change_log")
        connection.execute("UPDATE alembic_version SET version_num = '0003'")
        connection.execute("UPDATE citekit_meta SET value = '3' WHERE name = 'schema_version'")
        assert connection.execute(
            "SELECT count(*) FROM reference_fts WHERE reference_fts MATCH 'moller'"
        ).fetchone() == (0,)
    with Library(db) as library:
        assert "upgraded" in (library.notice or "")
        assert [hit.record.key for hit in library.search("moller")] == ["moller2019macrophages"]
        assert [hit.record.key for hit in library.search("author:Møller")] == ["moller2019macrophages"]
        assert [hit.record.key for hit in library.search("aero")] == ["moller2019macrophages"]
        library.add_tag("checked", ["moller2019macrophages"])
        assert [change.action for change in library.history("moller2019macrophages")] == ["tag"]
