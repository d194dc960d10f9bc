"""The command line, driven as a user drives it; output and the library checked afterwards."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHAPTER = ROOT / "data" / "chapter.txt"
SHIPPED = ROOT / "data" / "references.bib"


def _count(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute("select count(*) from reference").fetchone()[0]


def _one_line_error(result, *fragments: str) -> None:
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("citekit: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


# ----------------------------------------------------------------------------- parse


def test_parse_prints_a_table(cli):
    result = cli("parse", str(CHAPTER), env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "162 references" in result.stdout
    assert "Aceto et al." in result.stdout
    assert "158(5):1110–1122" in result.stdout


def test_parse_json_is_the_documented_schema(cli, expected_chapter):
    result = cli("parse", str(CHAPTER), "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    # The schema, then inline identifiers and the parser's confidence per field (1.0: read by rule).
    assert list(rows[0])[-4:] == ["doi", "pmid", "pmcid", "confidence"]
    assert rows[2]["confidence"] == dict.fromkeys(
        ["authors", "title", "journal", "year", "volume", "issue", "pages"], 1.0
    )
    for row in rows:
        for name in ("doi", "pmid", "pmcid", "confidence"):
            del row[name]
    assert rows == expected_chapter


def test_parse_reads_stdin(cli):
    text = "References\n\n  • Stoorvogel W (2012) Functional transfer of microRNA by exosomes. Blood 119(3):646–648\n"
    result = cli("parse", "-", "--format", "json", input=text)
    assert result.exit_code == 0
    (reference,) = json.loads(result.stdout)
    assert reference["confidence"]["journal"] == 1.0
    assert reference["journal"] == "Blood" and reference["pages"] == "646–648"


# A list pasted alone, no heading, with a running foot copied from the PDF in mid-list.
_LIST_WITH_A_FOOT = """\
Smith, J. (2001). A study of things. Journal of Stuff, 12(3), 45-67.
Jones, A. B. (1999). Another paper on topics. Science 283, 12-15.
Brown, C. (2010). Third paper here. Nature, 400, 1-2.
Green, D. (2012). Fourth. Cell, 10, 3-4.
Social Inclusion, 2015, Volume 3, Issue 3, Pages 19-23
Black, F. (2016). Sixth title of a paper. Cell Reports, 7, 11-19.
Gray, G. (2017). Seventh title. Cell, 8, 1-9.
"""


def test_parse_tells_what_it_left_out_of_a_list_pasted_alone(cli, tmp_path):
    """With no heading, a line read as no reference is still told (file and line), never dropped
    unseen; it is a note, not an error: the list's references are all there."""
    pasted = tmp_path / "list.txt"
    pasted.write_text(_LIST_WITH_A_FOOT, encoding="utf-8")
    result = cli("parse", str(pasted), "--format", "json")
    assert result.exit_code == 0
    assert [row["year"] for row in json.loads(result.stdout)] == [2001, 1999, 2010, 2012, 2016, 2017]
    assert f"{pasted}:5: left out, read as no reference: 'Social Inclusion, 2015" in result.stderr


def test_parse_bibtex_is_the_shipped_file(cli):
    """data/references.bib is exactly what citekit generates from the chapter."""
    result = cli("parse", str(CHAPTER), "--format", "bibtex")
    assert result.exit_code == 0
    assert result.stdout == SHIPPED.read_text(encoding="utf-8")


def test_parse_bibtex_ascii(cli):
    result = cli("parse", str(CHAPTER), "--format", "bibtex", "--ascii")
    assert result.exit_code == 0
    assert result.stdout.isascii()
    assert "Th{\\'e}ry, C." in result.stdout


def test_shipped_file_has_one_entry_per_reference():
    text = SHIPPED.read_text(encoding="utf-8")
    assert text.count("\n@article{") + text.startswith("@article{") == 161
    assert text.count("@misc{") == 1
    assert "author = {Aceto, N. and Bardia, A. and Miyamoto, D. T." in text
    assert "citekit-links = {Article, CAS, PubMed Central, PubMed, Google Scholar}" in text


# ----------------------------------------------------------------------------- import / export


def test_import_summary_and_idempotence(cli, db_path):
    first = cli("import", str(CHAPTER))
    assert first.exit_code == 0
    assert "162 added, 0 unchanged, 1 probable duplicates, 0 errors" in first.stdout
    assert "jayatilaka2017synergistica ~ jayatilaka2017synergistic" in first.stdout
    second = cli("import", str(CHAPTER))
    assert second.exit_code == 0
    assert "0 added, 162 unchanged, 0 probable duplicates, 0 errors" in second.stdout
    assert _count(db_path) == 162


def test_db_option_overrides_environment(cli, db_path, tmp_path):
    other = tmp_path / "other.sqlite"
    result = cli("import", "--db", str(other), str(SHIPPED))
    assert result.exit_code == 0
    assert _count(other) == 162
    assert not db_path.exists()


def test_export_to_stdout_and_to_a_file(cli, tmp_path):
    cli("import", str(CHAPTER))
    to_stdout = cli("export")
    assert to_stdout.exit_code == 0
    assert to_stdout.stdout == SHIPPED.read_text(encoding="utf-8")
    target = tmp_path / "out.bib"
    written = cli("export", "-o", str(target))
    assert written.exit_code == 0
    assert target.read_text(encoding="utf-8") == to_stdout.stdout
    assert "wrote 162 records" in written.stderr
    # Not the private 0600 of a temporary file: what a plain write under the umask gives.
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_export_does_not_overwrite_without_force(cli, tmp_path):
    cli("import", str(CHAPTER))
    target = tmp_path / "out.bib"
    target.write_text("my manuscript's references\n")
    refused = cli("export", "-o", str(target))
    _one_line_error(refused, "exists", "--force")
    assert target.read_text() == "my manuscript's references\n"
    forced = cli("export", "-o", str(target), "--force")
    assert forced.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("@article{abdelmouti2021tgfb1,")


def test_round_trip_through_the_shipped_bibtex(cli, tmp_path):
    """Chapter text and shipped BibTeX give the same records; exporting again is byte-identical."""
    from citekit.library import Library

    from_text, from_bib = tmp_path / "text.sqlite", tmp_path / "bib.sqlite"
    assert cli("import", "--db", str(from_text), str(CHAPTER)).exit_code == 0
    assert cli("import", "--db", str(from_bib), str(SHIPPED)).exit_code == 0
    with Library(from_text) as text_library, Library(from_bib) as bib_library:
        text_records = text_library.references()
        bib_records = bib_library.references()
    assert len(text_records) == len(bib_records) == 162
    for a, b in zip(text_records, bib_records, strict=True):
        assert (a.key, a.bibliographic_fields(), a.links) == (b.key, b.bibliographic_fields(), b.links)
    exported = cli("export", "--db", str(from_bib))
    assert exported.stdout.encode("utf-8") == SHIPPED.read_bytes()
    # Re-importing a file adds nothing; the same papers from another file are flagged, never merged.
    assert "0 added, 162 unchanged" in cli("import", "--db", str(from_bib), str(SHIPPED)).stdout
    again = cli("import", "--db", str(from_text), str(SHIPPED)).stdout
    assert "162 added, 0 unchanged, 162 probable duplicates" in again


# ----------------------------------------------------------------------------- bad input


@pytest.fixture
def stocked(cli, db_path):
    """A library holding the chapter, and a way to prove it is unchanged afterwards."""
    assert cli("import", str(CHAPTER)).exit_code == 0
    before = db_path.read_bytes()
    yield db_path
    assert db_path.read_bytes() == before, "the library changed"


def test_missing_file(cli, stocked):
    _one_line_error(cli("import", "no-such-file.txt"), "no-such-file.txt", "no such file")
    _one_line_error(cli("parse", "no-such-file.txt"), "no such file")


def test_empty_file(cli, stocked, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    _one_line_error(cli("import", str(empty)), "empty.txt", "empty")


def test_page_without_reference_list(cli, stocked, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Skip to main content\n\nAbstract\n\nA page that cites nothing.\n")
    result = cli("import", str(page))
    _one_line_error(result, "page.txt", "no reference list")
    assert result.exit_code == 1  # nothing found, as grep says it


def test_prose_without_reference_list(cli, stocked, tmp_path):
    """Paragraphs of body text in which the segmenter sees no list are not read as references
    paragraph by paragraph: there is no list, and citekit says so."""
    page = tmp_path / "chapter.txt"
    page.write_text(
        "\n".join(
            f"Paragraph {number}: the survey asked firms whether they offered childcare, and how the "
            "employees used it over the years. Most answered that the offer helped them keep staff."
            for number in range(12)
        )
    )
    result = cli("parse", str(page))
    _one_line_error(result, "chapter.txt", "no reference list")
    assert result.exit_code == 1


def test_binary_file(cli, stocked, tmp_path):
    binary = tmp_path / "figure.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    _one_line_error(cli("import", str(binary)), "figure.png", "binary")


def test_text_that_is_not_utf8(cli, stocked, tmp_path):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Aceto N (2014) Title. Cell 1:1\nThéry C (2011) Exosomes. F1000 3:15\n".encode("latin-1"))
    _one_line_error(cli("import", str(latin1)), "latin1.txt:2", "UTF-8")


def test_one_bad_file_among_good_ones_stores_nothing(cli, stocked, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n")
    _one_line_error(cli("import", str(SHIPPED), str(empty)), "empty.txt")


def test_bibtex_with_one_broken_entry(cli, db_path, tmp_path):
    bib = tmp_path / "mixed.bib"
    bib.write_text(
        "@article{good1, author = {Aceto, N.}, title = {First}, year = {2001}}\n"
        "\n"
        "@article{broken,\n"
        "  title = {Unclosed brace,\n"
        "  year = {2002}\n"
        "\n"
        "@article{good2, author = {Bardia, A.}, title = {Second}, year = {2003}}\n",
        encoding="utf-8",
    )
    result = cli("import", str(bib))
    assert result.exit_code == 1
    assert "2 added" in result.stdout
    assert "Traceback" not in result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"citekit: error: {bib}:3: broken entry")
    with sqlite3.connect(db_path) as connection:
        assert sorted(key for (key,) in connection.execute("select key from reference")) == ["good1", "good2"]


def test_unwritable_library_path(cli, tmp_path):
    not_a_directory = tmp_path / "plain-file"
    not_a_directory.write_text("x")
    _one_line_error(cli("import", "--db", str(not_a_directory / "lib.sqlite"), str(SHIPPED)), "cannot create library")
    _one_line_error(cli("import", "--db", str(tmp_path), str(SHIPPED)), "is a directory")
    _one_line_error(cli("import", "--db", str(not_a_directory), str(SHIPPED)), "not an SQLite database")
    assert not_a_directory.read_text() == "x"


def test_newer_library_is_refused_with_one_line(cli, db_path):
    cli("import", str(CHAPTER))
    with sqlite3.connect(db_path) as connection:
        connection.execute("update citekit_meta set value = '99' where name = 'schema_version'")
    _one_line_error(cli("export"), "newer citekit (schema 99)", "upgrade citekit")


# ----------------------------------------------------------------------------- entry points


def test_python_dash_m_and_exit_codes(tmp_path):
    env = {"CITEKIT_DB": str(tmp_path / "lib.sqlite"), "PATH": "/usr/bin:/bin"}
    ok = subprocess.run(
        [sys.executable, "-m", "citekit", "parse", str(CHAPTER), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert ok.returncode == 0
    assert len(json.loads(ok.stdout)) == 162
    missing = subprocess.run(
        [sys.executable, "-m", "citekit", "import", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert missing.returncode == 2
    assert missing.stderr.strip().splitlines() == [f"citekit: error: {tmp_path / 'missing.txt'}: no such file"]


def test_long_work_shows_a_progress_bar_on_a_terminal(tmp_path):
    """stderr a terminal: the import draws a bar (and clears it); piped, it draws nothing."""
    import select

    big = Path(__file__).resolve().parent / "data" / "exports" / "bibtex" / "bbt-papers3-3725.bib"
    command = [sys.executable, "-m", "citekit", "--db", str(tmp_path / "lib.sqlite"), "import", str(big)]
    main_fd, terminal = os.openpty()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=terminal, env={**os.environ, "TERM": "xterm"})
    os.close(terminal)
    drawn = b""
    while True:
        ready, _, _ = select.select([main_fd], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    process.wait(timeout=120)
    os.close(main_fd)
    assert b"importing" in drawn and b"%" in drawn
    piped = subprocess.run([*command[:4], str(tmp_path / "other.sqlite"), "import", str(big)], capture_output=True)
    assert b"importing" not in piped.stderr


def test_a_page_saved_as_html_is_imported_for_its_reference_list(cli, db_path, tmp_path):
    """A page saved from a browser begins '<!DOCTYPE html>' and was refused as XML that is neither PubMed's nor
    EndNote's; its list (here a blog's sources, as a public repository's page holds them) is a pasted one."""
    page = tmp_path / "bronnen.html"
    page.write_text(
        "<!DOCTYPE html>\n<html><head><title>Bronnen</title><script>var refs = [];</script></head><body>\n"
        '<div className="blog-sources">\n<h3>Bronnen</h3>\n<ul>\n'
        "<li>Christensen, A., Atkins, D. C., Baucom, B., &amp; Yi, J. (2010). Marital status and satisfaction five "
        "years following a randomized clinical trial. <em>Journal of Consulting and Clinical Psychology, 78</em>(2), "
        "225-235.</li>\n"
        "<li>Dijkstra, P., &amp; Tamminga, A. (2025). <em>IBCT-relatietherapie</em> (herziene uitgave). Amsterdam: "
        "Boom.</li>\n"
        "</ul>\n</div>\n</body></html>\n",
        encoding="utf-8",
    )
    result = cli("import", str(page))
    assert result.exit_code == 0, result.output
    assert "2 added" in result.stdout
    found = cli("search", "journal:consulting", "--keys").stdout.split()
    assert len(found) == 1 and _count(db_path) == 2


def test_parse_keeps_citation_labels_over_references_as_keys(cli, tmp_path):
    """A thesis's list with each label on a line over its reference ('[BENE14]:'): the labels become the keys, so
    the text's citations still find the records."""
    from tests.test_parsing import _LABELS_OVER_REFERENCES

    pasted = tmp_path / "literatur.md"
    pasted.write_text(_LABELS_OVER_REFERENCES, encoding="utf-8")
    result = cli("parse", str(pasted), "--format", "bibtex")
    assert result.exit_code == 0
    keys = [line.split("{")[1].rstrip(",") for line in result.stdout.splitlines() if line.startswith("@")]
    assert keys == ["ADAM15", "BENE14", "GART17", "MAYM02", "WHEE11"]


def test_parse_a_latex_bibliography_to_bibtex_keeps_its_keys(cli, tmp_path):
    """Moving a manuscript from its thebibliography to a .bib: the keys its \\cite commands use are kept."""
    from tests.test_parsing import _BIBITEMS

    pasted = tmp_path / "paper.bbl"
    pasted.write_text(_BIBITEMS, encoding="utf-8")
    result = cli("parse", str(pasted), "--format", "bibtex")
    assert result.exit_code == 0
    assert [line for line in result.stdout.splitlines() if line.startswith("@")] == [
        "@book{norman1983pali,",
        "@article{pedregosa2011scikit,",
        "@article{de2024transport,",
        "@inproceedings{lillicrap2015continuous,",
    ]
    assert "  journal = {Journal of Machine Learning Research}," in result.stdout
    assert cli("import", str(pasted)).exit_code == 0
    exported = cli("export", "--format", "bibtex").stdout
    assert sorted(line for line in exported.splitlines() if line.startswith("@")) == [
        "@article{de2024transport,",
        "@article{pedregosa2011scikit,",
        "@book{norman1983pali,",
        "@inproceedings{lillicrap2015continuous,",
    ]
