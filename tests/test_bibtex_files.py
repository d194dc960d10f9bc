"""Real .bib files (tests/data/exports/bibtex/) through `citekit import` and `citekit export`:
nothing the user wrote is lost or changed, bad entries spoil only themselves."""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import bibtexparser
import pytest

BIB = Path(__file__).resolve().parent / "data" / "exports" / "bibtex"
FILES = sorted(path.name for path in BIB.glob("*.bib"))
# Entries each file holds that BibTeX itself cannot read, and the line and reason citekit gives.
REFUSED = {
    "bibtex-988-hand-kept.bib": {"miller85", "Thiebaux:93"},
}

needs_tex = pytest.mark.skipif(
    os.environ.get("CI") != "true" and shutil.which("biber") is None,
    reason="biber not installed (CI installs it)",
)


def _entries(path: Path) -> dict[str, bibtexparser.model.Entry]:
    logging.disable(logging.CRITICAL)
    try:
        library = bibtexparser.parse_file(str(path), encoding="utf-8")
    finally:
        logging.disable(logging.NOTSET)
    return {entry.key: entry for entry in library.entries}


def _fields(entry: bibtexparser.model.Entry) -> dict[str, str]:
    return {field.key: field.value for field in entry.fields}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, object]]:
    """Each real file imported into its own library and exported whole, through the CLI."""
    from click.testing import CliRunner

    from citekit.cli import main

    results = {}
    for name in FILES:
        directory = tmp_path_factory.mktemp(name.replace(".", "-"))
        db = directory / "library.sqlite"
        imported = CliRunner().invoke(main, ["--db", str(db), "import", str(BIB / name)], catch_exceptions=False)
        out = directory / "export.bib"
        export = CliRunner().invoke(main, ["--db", str(db), "export", "-o", str(out)], catch_exceptions=False)
        assert export.exit_code == 0, export.stderr
        results[name] = (out, imported)
    return results


@pytest.mark.parametrize("name", FILES)
def test_every_entry_comes_back_with_the_same_key_type_and_fields(exported, name):
    original = _entries(BIB / name)
    out, _ = exported[name]
    back = _entries(out)
    refused = REFUSED.get(name, set())
    by_fields = [_fields(entry) for entry in back.values()]
    for key, entry in original.items():
        if key in refused:
            assert key not in back
            continue
        if not key:  # Mendeley writes entries with no key; citekit gives each one (and says so)
            assert _fields(entry) in by_fields
            continue
        assert key in back, f"{key} lost"
        assert back[key].entry_type == entry.entry_type
        assert _fields(back[key]) == _fields(entry), key


@pytest.mark.parametrize("name", FILES)
def test_import_never_shows_a_traceback_and_exits_1_only_for_refused_entries(exported, name):
    _, imported = exported[name]
    assert "Traceback" not in imported.output
    errors = [line for line in imported.stderr.splitlines() if line.startswith("citekit: error:")]
    assert imported.exit_code == (1 if errors else 0)
    for line in errors:
        # file, line and reason, on one line
        assert line.startswith(f"citekit: error: {BIB / name}:"), line


def test_a_name_bibtex_cannot_split_spoils_only_its_entry(exported):
    _, imported = exported["bibtex-988-hand-kept.bib"]
    assert imported.exit_code == 1
    assert (
        f"citekit: error: {BIB}/bibtex-988-hand-kept.bib:3572: entry 'miller85': "
        "author 'Miller, D., Firby, J.': too many commas"
    ) in imported.stderr
    assert "key 'Schank:80' is used again (first at line 161)" in imported.stderr
    assert "entry 'Thiebaux:93': AUTHOR has unbalanced braces" in imported.stderr
    assert imported.stdout.startswith("972 added, 0 unchanged")


def test_keys_are_kept_as_written(exported):
    out, imported = exported["jabref-2.10-groups.bib"]
    keys = set(_entries(out))
    assert {"O'Hara_1999", "O'Hara_1999_B", "Dobrovol'skii_1963"} <= keys
    assert "stored as" not in imported.stdout


def test_latex_maths_and_braces_are_written_back_as_the_user_wrote_them(exported):
    out, _ = exported["jabref-2.10-groups.bib"]
    text = out.read_text(encoding="utf-8")
    assert "Title = {Determination of the Thickness and Refractive Index of {Cu$_2$O} Thin Film" in text
    out, _ = exported["jabref-5.1-groups.bib"]
    text = out.read_text(encoding="utf-8")
    assert "title     = {Fleece: {I}mperial metabolism in the pre\\-{C}olumbian {A}ndes}" not in text  # not re-laid
    assert "title = {Fleece: {I}mperial metabolism in the pre\\-{C}olumbian {A}ndes}" in text


def test_preamble_strings_and_jabref_comments_are_written_back(exported):
    out, _ = exported["jabref-2.10-groups.bib"]
    text = out.read_text(encoding="utf-8")
    assert text.startswith("% This file was created with JabRef 2.10.\n% Encoding: UTF8\n")
    assert '@preamble{" \\makeatletter' in text
    assert "@comment{jabref-meta: groupstree:\n0 AllEntriesGroup:;\n1 ExplicitGroup:Cu2O\\;0\\;Abu-Zeid_1986" in text
    out, _ = exported["jabref-5.1-groups.bib"]
    assert "@comment{jabref-meta: grouping:\n0 AllEntriesGroup:;" in out.read_text(encoding="utf-8")


def test_entry_types_stay_as_written(exported):
    out, _ = exported["jabref-5.1-groups.bib"]
    back = _entries(out)
    assert back["Hornborg2012"].entry_type == "collection"
    assert back["Bogadottir2012"].entry_type == "incollection"
    text = out.read_text(encoding="utf-8")
    assert "journal" not in text.split("@incollection{Bogadottir2012,")[1].split("\n}")[0]
    out, _ = exported["jabref-2.10-groups.bib"]
    types = {entry.entry_type for entry in _entries(out).values()}
    assert {"mastersthesis", "phdthesis", "techreport"} <= types


def test_groups_and_keywords_become_tags_and_the_fields_stay(tmp_path, cli):
    db = tmp_path / "lib.sqlite"
    result = cli("--db", str(db), "import", str(BIB / "jabref-2.10-groups.bib"), str(BIB / "jabref-5.1-groups.bib"))
    assert result.exit_code == 0, result.stderr
    tags = {row["tag"]: row for row in json.loads(cli("--db", str(db), "tag", "list", "--json").stdout)}
    # JabRef 2's explicit groups live in a comment at the end of the file; JabRef 5's in a field.
    assert tags["cu2o"]["imported"] > 100 and tags["ecology_and_power"]["imported"] == 17
    assert "abu-zeid_1986" not in tags
    keys = cli("--db", str(db), "search", "tag:cu2o", "--keys").stdout.split()
    assert "Abu-Zeid_1986" in keys
    shown = cli("--db", str(db), "show", "Clark2012", env={"COLUMNS": "250"}).stdout
    for line in ("groups (as written)", "owner (as written)", "timestamp (as written)", "crossref (as written)"):
        assert line in shown
    assert "Routledge Studies in Ecological Economics" in shown  # series: collection-title
    assert "Hornborg, Alf; Clark, Brett; Hermele, Kenneth" in shown  # editors


def test_search_covers_the_new_fields(tmp_path, cli):
    db = tmp_path / "lib.sqlite"
    cli("--db", str(db), "import", str(BIB / "jabref-5.1-groups.bib"))

    def keys(*query: str) -> set[str]:
        return set(cli("--db", str(db), "search", *query, "--keys").stdout.split())

    assert "Clark2012" in keys("editor:hornborg")
    assert keys("publisher:routledge") >= {"Clark2012", "Hornborg2012"}
    assert keys("type:book") == {"Hornborg2012", "Deleuze1990", "Nail2020a"}
    assert "Bogadottir2012" in keys("keyword:metabolic")
    assert keys("type:chapter", "publisher:routledge") and not keys("type:chapter") & {"Hornborg2012"}


def test_biblatex_export_uses_biblatex_names(tmp_path, cli):
    db = tmp_path / "lib.sqlite"
    cli("--db", str(db), "import", str(BIB / "jabref-2.10-groups.bib"))
    text = cli("--db", str(db), "export", "key:Adachi_1989", "--biblatex").stdout
    assert "journaltitle = {Physica C}" in text and "\n  Journal =" not in text
    assert "date = {1989-01}" in text and "Year =" not in text and "Month =" not in text
    thesis = cli("--db", str(db), "export", "key:Assimos_1965_Mthesis", "--format", "biblatex").stdout
    assert "\n@thesis{Assimos_1965_Mthesis," in thesis and "type = {mathesis}" in thesis


def test_export_to_stdout_with_dash(tmp_path, cli):
    db = tmp_path / "lib.sqlite"
    cli("--db", str(db), "import", str(BIB / "bibdesk-dissertation.bib"))
    result = cli("--db", str(db), "export", "-o", "-", "--format", "ris")
    assert result.exit_code == 0 and result.stdout.count("ER  -") == 12
    assert not (Path.cwd() / "-").exists()


def _biber(bib: Path, directory: Path) -> tuple[int, int]:
    """(warnings, errors) biber reports on a .bib, every entry cited."""
    directory.mkdir()
    shutil.copy(bib, directory / "refs.bib")
    (directory / "doc.tex").write_text(
        "\\documentclass{article}\\usepackage[backend=biber]{biblatex}\\addbibresource{refs.bib}"
        "\\begin{document}\\nocite{*}\\printbibliography\\end{document}\n"
    )
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], cwd=directory, capture_output=True, timeout=300)
    run = subprocess.run(["biber", "doc"], cwd=directory, capture_output=True, text=True, timeout=600)
    output = run.stdout + run.stderr
    return output.count("WARN - "), output.count("ERROR - ")


@needs_tex
@pytest.mark.parametrize(
    "name", ["jabref-5.1-groups.bib", "mendeley-thesis-430.bib", "bibdesk-dissertation.bib", "jabref-2.10-groups.bib"]
)
def test_biber_warns_no_more_on_the_export_than_on_the_original(exported, name, tmp_path):
    out, _ = exported[name]
    warnings, errors = _biber(BIB / name, tmp_path / "original")
    warnings_back, errors_back = _biber(out, tmp_path / "export")
    assert (warnings_back, errors_back) <= (warnings, errors)


def test_a_library_reads_the_shipped_schema_and_counts(exported):
    out, _ = exported["bbt-papers3-3725.bib"]
    assert len(_entries(out)) == 3702  # 23 of the 3,725 have unbalanced braces: reported, not stored
    with sqlite3.connect(out.parent / "library.sqlite") as connection:
        with_abstract, with_files, with_month = connection.execute(
            "SELECT count(json_extract(data, '$.abstract')), count(json_extract(data, '$.files')), "
            "count(json_extract(data, '$.month')) FROM reference"
        ).fetchone()
    assert (with_abstract, with_files, with_month) == (1286, 3273, 2388)
