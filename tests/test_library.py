"""The library file: import, idempotence, transactions, duplicates, keys, schema version."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pgserver import rows, snapshot  # noqa: E402

from citekit.errors import LibraryError
from citekit.library import Library
from citekit.sources import load_source
from citekit.storage.layout import SCHEMA_VERSION

CHAPTER = Path(__file__).resolve().parents[1] / "data" / "chapter.txt"
SHIPPED = Path(__file__).resolve().parents[1] / "data" / "references.bib"


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute(f"select count(*) from {table}").fetchone()[0]


def test_import_stores_records_with_ordered_authors(library_location):
    db = library_location
    with Library(db) as library:
        summary = library.import_sources([load_source(str(CHAPTER))])
        skog = library.get("skog2008glioblastoma").reference
        aceto = library.get("aceto2014circulating")
    assert len(summary.added) == 162
    assert rows(db, "SELECT count(*) FROM reference") == [(162,)]
    families = [author.family for author in skog.authors]
    [(source_format, line)] = rows(
        db, "SELECT source_format, source_line FROM reference WHERE key = 'aceto2014circulating'"
    )
    assert families[:3] == ["Skog", "Wurdinger", "van Rijn"]
    assert len(families) == 10
    assert aceto.reference.raw.startswith("Aceto N, Bardia A") and source_format == "text" and line == 31


def test_identifier_columns_are_indexed(tmp_path):
    db = tmp_path / "lib.sqlite"
    Library(db).close()
    with sqlite3.connect(db) as connection:
        indexed = {row[0] for row in connection.execute("select sql from sqlite_master where type = 'index'") if row[0]}
    # DOIs compare without case, so their index is on lower(doi); nothing looks records up by PMCID.
    assert any("lower(doi)" in sql for sql in indexed)
    assert any("(pmid)" in sql for sql in indexed)


def test_same_file_twice_adds_nothing(library_location, tmp_path):
    with Library(library_location) as library:
        library.import_sources([load_source(str(CHAPTER))])
        again = library.import_sources([load_source(str(CHAPTER))])
        assert (len(again.added), again.unchanged, again.duplicates) == (0, 162, [])
        assert len(library.references()) == 162


def test_the_paper_listed_twice_is_kept_twice_and_flagged(library_location, tmp_path):
    with Library(library_location) as library:
        summary = library.import_sources([load_source(str(CHAPTER))])
    assert [(d.key, d.duplicate_of) for d in summary.duplicates] == [
        ("jayatilaka2017synergistica", "jayatilaka2017synergistic")
    ]
    assert {"jayatilaka2017synergistic", "jayatilaka2017synergistica"} <= set(summary.added)


def test_keys_are_stored_once_and_new_collisions_get_the_next_letter(library_location, tmp_path):
    first = tmp_path / "first.txt"
    first.write_text("Han X, Wang X (2021) Opportunities in research. Int J Mol Sci 22(5)\n")
    second = tmp_path / "second.txt"
    second.write_text("Han Y, Li Z (2021) Opportunities elsewhere. Cells 10(5)\n")
    with Library(library_location) as library:
        library.import_sources([load_source(str(first))])
        library.import_sources([load_source(str(second))])
        keys = [(r.key, r.title) for r in library.references()]
    assert keys == [
        ("han2021opportunities", "Opportunities in research"),
        ("han2021opportunitiesa", "Opportunities elsewhere"),
    ]


def test_a_failed_import_leaves_the_library_as_it_was(library_location, tmp_path, monkeypatch):
    db = library_location
    with Library(db) as library:
        library.import_sources([load_source(str(SHIPPED))])
    before = snapshot(db)

    import citekit.library as library_module

    original_import = Library._import

    def import_then_fail(self, connection, sources, summary, progress):
        original_import(self, connection, sources, summary, progress)
        # Everything has been written inside the transaction when the failure strikes.
        assert len(connection.execute(library_module.select(library_module.reference.c.id)).all()) == 262
        raise library_module.SQLAlchemyError("disk full (simulated)")

    monkeypatch.setattr(Library, "_import", import_then_fail)
    other = tmp_path / "other.txt"
    other.write_text(
        "\n".join(f"Author{n} A (2020) Title number {n}. J Test {n}(1):1–2" for n in range(100)), encoding="utf-8"
    )
    with Library(db) as library, pytest.raises(LibraryError, match="the library is unchanged"):
        library.import_sources([load_source(str(other))])
    assert rows(db, "SELECT count(*) FROM reference") == [(162,)]
    assert snapshot(db) == before


def test_schema_version_is_recorded_and_newer_libraries_are_refused(tmp_path):
    db = tmp_path / "lib.sqlite"
    Library(db).close()
    with sqlite3.connect(db) as connection:
        assert connection.execute("select value from citekit_meta where name = 'schema_version'").fetchone() == (
            str(SCHEMA_VERSION),
        )
        connection.execute("update citekit_meta set value = '999' where name = 'schema_version'")
    with pytest.raises(LibraryError, match="newer citekit \\(schema 999\\)"):
        Library(db)


def test_an_sqlite_file_that_is_not_a_library_is_refused(tmp_path):
    db = tmp_path / "other.sqlite"
    with sqlite3.connect(db) as connection:
        connection.execute("create table notes (body text)")
    with pytest.raises(LibraryError, match="not a citekit library"):
        Library(db)


def test_library_location_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CITEKIT_DB", str(tmp_path / "env" / "lib.sqlite"))
    with Library() as library:
        assert library.path == tmp_path / "env" / "lib.sqlite"
    assert (tmp_path / "env" / "lib.sqlite").exists()


def test_default_location_is_the_user_data_directory(monkeypatch):
    from platformdirs import user_data_path

    from citekit.paths import default_library_path

    monkeypatch.delenv("CITEKIT_DB", raising=False)
    assert default_library_path() == user_data_path("citekit", appauthor=False) / "library.sqlite"


def test_a_reference_printed_twice_verbatim_is_stored_twice_and_reimport_adds_nothing(library_location, tmp_path):
    page = tmp_path / "page.txt"
    line = "Stoorvogel W (2012) Functional transfer of microRNA by exosomes. Blood 119(3):646–648\n"
    page.write_text(line + line, encoding="utf-8")
    with Library(library_location) as library:
        first = library.import_files([str(page)])
        assert first.added == ["stoorvogel2012functional", "stoorvogel2012functionala"]
        assert [(d.key, d.duplicate_of) for d in first.duplicates] == [
            ("stoorvogel2012functionala", "stoorvogel2012functional")
        ]
        again = library.import_files([str(page)])
        assert (again.added, again.unchanged) == ([], 2)


def test_a_bibtex_key_already_taken_is_renamed_and_reported(library_location, tmp_path):
    one = tmp_path / "one.bib"
    one.write_text("@article{smith2020, author = {Smith, J.}, title = {One}, year = {2020}}\n")
    two = tmp_path / "two.bib"
    two.write_text("@article{smith2020, author = {Smith, K.}, title = {Two}, year = {2020}}\n")
    with Library(library_location) as library:
        library.import_files([str(one)])
        summary = library.import_files([str(two)])
    assert summary.added == ["smith2020a"]
    assert [(r.requested, r.stored) for r in summary.renamed] == [("smith2020", "smith2020a")]


def test_keys_stay_unique_when_a_suffixed_key_is_stored_and_a_base_is_wanted_many_times(library_location, tmp_path):
    taken = tmp_path / "taken.bib"
    taken.write_text("@article{smith2020studya, author = {Smith, A.}, title = {Taken}, year = {2020}}\n")
    many = tmp_path / "many.txt"
    many.write_text(
        "".join(f"Smith J ({2020}) Study number {n} of many. J Test {n}(1):1–2\n" for n in range(60)), encoding="utf-8"
    )
    with Library(library_location) as library:
        library.import_files([str(taken)])
        first = library.import_files([str(many)])
        assert (
            len(first.added) == 60
            and "smith2020studya" not in first.added
            and first.added[:2] == ["smith2020study", "smith2020studyb"]
        )
        more = tmp_path / "more.txt"
        more.write_text(
            "".join(f"Smith J (2020) Study again, {n}. J Test {n}(2):3–4\n" for n in range(40)),
            encoding="utf-8",
        )
        second = library.import_files([str(more)])
        keys = [record.key for record in library.records()]
    assert len(second.added) == 40 and all(key.startswith("smith2020study") for key in second.added)
    assert len(keys) == len(set(keys)) == 101
