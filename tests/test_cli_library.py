"""search, show, tag, export subsets and stats through the command line, as a researcher uses them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pgserver import rows, snapshot  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHAPTER = ROOT / "data" / "chapter.txt"


@pytest.fixture(params=["sqlite", "postgresql"])
def stocked(request, cli, db_path, monkeypatch):
    """The chapter's library, on each backend: the tests that use it run on both."""
    location = db_path
    if request.param == "postgresql":
        location = request.getfixturevalue("pg_url")
        monkeypatch.setenv("CITEKIT_DB", location)
    assert cli("import", str(CHAPTER)).exit_code == 0
    return location


def _error_line(result) -> str:
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# ----------------------------------------------------------------------------- search


def test_search_table(cli, stocked):
    result = cli("search", "thery", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "3 records match thery" in result.stdout
    assert "thery2011exosomes" in result.stdout and "Théry" in result.stdout


def test_search_json_is_the_parse_schema_plus_key_tags_and_ids(cli, stocked):
    cli("tag", "add", "review", "thery2011exosomes")
    result = cli("search", "author:thery", "year:2011", "--json")
    (record,) = json.loads(result.stdout)
    assert list(record) == [
        "key",
        "authors",
        "year",
        "year_suffix",
        "title",
        "journal",
        "volume",
        "issue",
        "pages",
        "url",
        "type",
        "links",
        "raw",
        "tags",
        "doi",
        "pmid",
        "pmcid",
        "version",
    ]
    assert record["key"] == "thery2011exosomes"
    assert record["tags"] == ["review"]
    assert (record["doi"], record["pmid"], record["pmcid"]) == (None, None, None)


def test_search_keys_and_limit(cli, stocked):
    everything = cli("search", "exosome", "--keys").stdout.split()
    assert len(everything) > 40
    assert cli("search", "exosome", "--keys", "--limit", "5").stdout.split() == everything[:5]


def test_a_shell_quoted_phrase_stays_a_phrase(cli, stocked):
    assert cli("search", "gap junctional", "--keys").stdout.split() != []
    assert cli("search", "junctional gap", "--keys").exit_code == 1


def test_no_match_exits_1_like_grep(cli, stocked):
    result = cli("search", "zebrafish")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no records match zebrafish" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (("search", "year:2020..2010"), 2, "bad year range 2020..2010"),
        (("search", '"unbalanced'), 2, "unbalanced quote"),
        (("search", "has:colour"), 2, "has: takes one of"),
        (("search", "tag:nope"), 1, "no tag 'nope'"),
        (("show", "nokey2020"), 1, "no record with key 'nokey2020'"),
        (("tag", "add", "x", "nokey2020"), 1, "no record with key 'nokey2020'"),
        (("tag", "remove", "nope", "thery2011exosomes"), 1, "no tag 'nope'"),
        (("tag", "rename", "nope", "other"), 1, "no tag 'nope'"),
        (("tag", "add", "bad!", "thery2011exosomes"), 2, "bad tag name"),
        (("export", "zebrafish"), 1, "no records match zebrafish"),
        (("export", "--tag", "nope"), 1, "no tag 'nope'"),
    ],
)
def test_errors_are_one_line_with_documented_codes(cli, stocked, args, code, fragment):
    before = snapshot(stocked)
    result = cli(*args)
    assert result.exit_code == code
    assert fragment in _error_line(result)
    assert snapshot(stocked) == before


def test_search_without_a_library(cli, db_path):
    result = cli("search", "exosome")
    assert result.exit_code == 2
    assert "no library at" in _error_line(result)
    assert not db_path.exists()


# ----------------------------------------------------------------------------- show and tags


def test_show_prints_everything_with_tag_provenance(cli, stocked):
    cli("tag", "auto")
    cli("tag", "add", "to-read", "jayatilaka2017synergistic")
    result = cli("show", "jayatilaka2017synergistic", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    out = result.stdout
    assert "Synergistic IL-6 and IL-8 paracrine signalling pathway" in out
    assert "Nat Commun" in out and "15584" in out
    assert "to-read  (by hand)" in out
    assert "jayatilaka2017synergistica (probable)" in out
    assert "data/chapter.txt:261 (text)" in out
    assert "Article, CAS, PubMed Central, PubMed, Google Scholar" in out


def test_show_json(cli, stocked):
    record = json.loads(cli("show", "aceto2014circulating", "--json").stdout)
    assert record["key"] == "aceto2014circulating" and record["pages"] == "1110–1122"


def test_tag_by_hand_and_from_a_pipe(cli, stocked):
    keys = cli("search", "exosome", "year:2009", "--keys").stdout
    result = cli("tag", "add", "review", "-", input=keys)
    assert result.exit_code == 0
    assert f"tagged {len(keys.split())} records with 'review'" in result.stderr
    again = cli("tag", "add", "Review", "-", input=keys)
    assert f"tagged 0 records with 'review' ({len(keys.split())} had it already)" in again.stderr
    assert cli("search", "tag:review", "--keys").stdout == keys or sorted(
        cli("search", "tag:review", "--keys").stdout.split()
    ) == sorted(keys.split())


def test_tag_list_rename_and_remove(cli, stocked):
    cli("tag", "add", "review", "thery2011exosomes", "thery2009membrane")
    cli("tag", "add", "reading", "thery2009membrane", "segura2007cd8")
    listing = cli("tag", "list").stdout
    assert "review" in listing and "reading" in listing
    merged = cli("tag", "rename", "reading", "review")
    assert merged.exit_code == 0
    assert set(cli("search", "tag:review", "--keys").stdout.split()) == {
        "thery2011exosomes",
        "thery2009membrane",
        "segura2007cd8",
    }
    assert cli("search", "tag:reading").exit_code == 1
    cli("tag", "remove", "review", "thery2009membrane")
    assert "thery2009membrane" not in cli("search", "tag:review", "--keys").stdout
    # The full-text index follows tag changes in the same transaction.
    assert "thery2009membrane" not in cli("search", "review", "--keys").stdout
    assert "segura2007cd8" in cli("search", "review", "--keys").stdout


def test_tag_auto_records_why_and_respects_removals(cli, stocked):
    first = cli("tag", "auto")
    assert first.exit_code == 0
    assert "exosomes:" in first.stderr
    [(origin, term, where)] = rows(
        stocked,
        "SELECT rt.origin, rt.term, rt.field FROM reference_tag rt JOIN tag t ON t.id = rt.tag_id "
        "JOIN reference r ON r.id = rt.reference_id "
        "WHERE r.key = 'szczerba2019neutrophils' AND t.name = 'neutrophils'",
    )
    assert (origin, term, where) == ("auto", "neutrophil", "title")
    before = snapshot(stocked)
    rerun = cli("tag", "auto")
    assert "added 0 tags to 0 records" in rerun.stderr
    assert snapshot(stocked) == before
    cli("tag", "remove", "neutrophils", "szczerba2019neutrophils")
    cli("tag", "auto")
    assert "szczerba2019neutrophils" not in cli("search", "tag:neutrophils", "--keys").stdout


def test_tag_auto_dry_run_and_user_vocabulary(cli, stocked, tmp_path):
    before = snapshot(stocked)
    dry = cli("tag", "auto", "--dry-run")
    assert "would add" in dry.stderr
    assert snapshot(stocked) == before
    mine = tmp_path / "mine.toml"
    mine.write_text('[dormancy]\nterms = ["dormancy", "dormant"]\n')
    cli("tag", "auto", "--vocabulary", str(mine))
    assert cli("search", "tag:dormancy", "--keys").stdout.split() == ["chernosky2021role"]
    missing = cli("tag", "auto", "--vocabulary", str(tmp_path / "missing.toml"))
    assert missing.exit_code == 2 and "no such vocabulary file" in _error_line(missing)


# ----------------------------------------------------------------------------- export


def test_export_subset_by_tag_and_query(cli, stocked, tmp_path):
    cli("tag", "auto")
    target = tmp_path / "exosomes.bib"
    result = cli("export", "--tag", "exosomes", "-o", str(target))
    assert result.exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert text.count("\n@") + 1 == int(result.stderr.split()[1])
    assert "@article{thery2011exosomes," in text and "@article{aceto2014circulating," not in text
    subset = cli("export", "neutrophil*", "year:2015..2021", "--format", "csljson").stdout
    years = {item["issued"]["date-parts"][0][0] for item in json.loads(subset)}
    assert years <= set(range(2015, 2022)) and len(json.loads(subset)) >= 5


def test_export_refuses_to_overwrite(cli, stocked, tmp_path):
    target = tmp_path / "keep.ris"
    target.write_text("precious\n")
    result = cli("export", "--format", "ris", "-o", str(target))
    assert result.exit_code == 2 and "--force" in _error_line(result)
    assert target.read_text() == "precious\n"
    assert cli("export", "--format", "ris", "-o", str(target), "--force").exit_code == 0
    assert target.read_text().startswith("TY  - JOUR")


def test_ris_is_read_by_rispy(cli, stocked):
    import rispy

    cli("tag", "add", "review", "aceto2014circulating")
    entries = rispy.loads(cli("export", "--format", "ris").stdout)
    assert len(entries) == 162
    aceto = next(e for e in entries if e.get("id") == "aceto2014circulating")
    assert aceto["type_of_reference"] == "JOUR"
    assert aceto["authors"][:2] == ["Aceto, N.", "Bardia, A."]
    assert (aceto["journal_name"], aceto["volume"], aceto["number"]) == ("Cell", "158", "5")
    assert (aceto["start_page"], aceto["end_page"], aceto["year"]) == ("1110", "1122", "2014")
    assert aceto["keywords"] == ["review"]
    exocarta = next(e for e in entries if e.get("id") == "exocartaexosome")
    assert exocarta["type_of_reference"] == "ELEC" and exocarta["urls"] == ["http://exocarta.org/index.html"]


def test_csljson_is_rendered_by_citeproc(cli, stocked):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(cli("export", "author:thery", "--format", "csljson").stdout)
    assert {item["id"] for item in items} == {"thery2011exosomes", "thery2009membrane", "segura2007cd8"}
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == 3
    assert any(
        "Théry, C." in entry
        and "2011" in entry
        and "Exosomes: secreted vesicles" in entry
        and "F1000 Biol Rep" in entry
        for entry in rendered
    ), rendered


@pytest.mark.skipif(shutil.which("bibtex") is None and __import__("os").environ.get("CI") != "true", reason="no TeX")
def test_bibtex_subset_compiles(cli, stocked, tmp_path):
    cli("tag", "auto")
    (tmp_path / "refs.bib").write_text(cli("export", "--tag", "neutrophils").stdout, encoding="utf-8")
    (tmp_path / "doc.tex").write_text(
        "\\documentclass{article}\\begin{document}\\nocite{*}"
        "\\bibliographystyle{plain}\\bibliography{refs}\\end{document}\n"
    )
    subprocess.run(["latex", "-interaction=nonstopmode", "doc.tex"], cwd=tmp_path, capture_output=True, check=False)
    bibtex = subprocess.run(["bibtex", "doc"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert bibtex.returncode in (0, 1) and "error message" not in bibtex.stdout, bibtex.stdout
    assert (tmp_path / "doc.bbl").read_text().count("\\bibitem") == len(
        cli("search", "tag:neutrophils", "--keys").stdout.split()
    )


# ----------------------------------------------------------------------------- stats


def test_stats(cli, stocked):
    cli("tag", "auto")
    result = cli("stats", env={"COLUMNS": "120"})
    assert result.exit_code == 0
    out = result.stdout
    assert "162 records" in out
    assert "Records per year" in out and "█" in out
    assert "2021" in out and "39" in out
    assert "exosomes" in out and "Top journals" in out and "Cancer Res" in out
    assert "Top authors" in out


def test_search_from_a_fresh_process(tmp_path, cli, db_path):
    """The console entry point end to end, as the benchmark times it."""
    cli("import", str(CHAPTER))
    done = subprocess.run(
        [sys.executable, "-m", "citekit", "search", "--db", str(db_path), "exosome", "--keys"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "thery2011exosomes" in done.stdout.split()
