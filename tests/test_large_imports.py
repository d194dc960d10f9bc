"""A large file of any record format is cut into pieces that worker processes read: the records,
their lines and the problems must be exactly those of reading the file whole. The thresholds are
lowered so that the real export files take that path."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from citekit import sources
from citekit.cli import main
from citekit.library import Library

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
FILES = [
    "ris/scopus-6.ris",
    "ris/web-of-science-10.ris",
    "medline/pubmed-4.nbib",
    "pubmedxml/efetch-2-articles.xml",
    "csljson/bbt-dates.csl.json",
    "csljson/bbt-pandoc.csl.yml",
    "endnote/endnote-9.xml",
]


def _stored(db: Path) -> list[tuple[str | None, int | None, str, dict]]:
    with Library(db) as library:
        return [
            (s.reference.key, s.reference.line, s.source_format, s.reference.to_storage()) for s in library.records()
        ]


def _import(db: Path, path: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--db", str(db), "import", str(path)], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "PARALLEL_FROM", 0)
    monkeypatch.setattr(sources, "_PIECE_RECORDS", 1)


def _twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: Path) -> tuple[tuple, tuple]:
    whole = tmp_path / "whole.sqlite"
    first = _import(whole, path)
    monkeypatch.setattr(sources, "PARALLEL_FROM", 0)
    monkeypatch.setattr(sources, "_PIECE_RECORDS", 1)
    used = []
    original = sources._record_pieces
    monkeypatch.setattr(sources, "_record_pieces", lambda *a: used.append(1) or original(*a))
    pieces = tmp_path / "pieces.sqlite"
    second = _import(pieces, path)
    assert used and original(sources.detect_format(path.read_text(encoding="utf-8")), path.read_bytes())
    return (first, _stored(whole)), (second, _stored(pieces))


@pytest.mark.parametrize("name", FILES)
def test_pieces_read_like_the_whole_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    (first, whole), (second, pieces) = _twice(tmp_path, monkeypatch, EXPORTS / name)
    assert first[0] == second[0] == 0
    assert pieces == whole  # keys, lines, formats and every field


def test_a_bad_record_in_a_later_piece_names_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (EXPORTS / "medline" / "pubmed-4.nbib").read_text(encoding="utf-8")
    mixed = tmp_path / "mixed.nbib"
    mixed.write_text(text.rstrip("\n") + "\n\nPMID- 000000000000\nTI  - Not a record\n\n" + text, encoding="utf-8")
    (first, whole), (second, pieces) = _twice(tmp_path, monkeypatch, mixed)
    assert first[0] == second[0] == 1
    assert first[2] == second[2]
    line = text.rstrip("\n").count("\n") + 3
    assert f"mixed.nbib:{line}: MEDLINE record left out" in second[2]
    assert len(pieces) == 8 and pieces == whole


def test_broken_xml_in_a_piece_stores_nothing(tmp_path: Path, in_pieces: None) -> None:
    text = (EXPORTS / "endnote" / "endnote-9.xml").read_text(encoding="utf-8")
    broken = tmp_path / "broken.xml"
    cut = text.rindex("<record>") + 40
    broken.write_text(text[:cut] + "<oops></record></records></xml>\n", encoding="utf-8")
    db = tmp_path / "library.sqlite"
    code, _, stderr = _import(db, broken)
    assert code == 2 and "not well-formed XML" in stderr and f"{broken}:" in stderr
    assert not db.exists() or not _stored(db)
