"""Exports carry every field: BibTeX and BibLaTeX, CSL-JSON, RIS; --ascii compiles with pdfLaTeX."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import rispy

BIB = Path(__file__).resolve().parent / "data" / "exports" / "bibtex"

needs_tex = pytest.mark.skipif(
    os.environ.get("CI") != "true" and shutil.which("biber") is None,
    reason="TeX not installed (CI installs it)",
)

# Printed references of the kinds the parser now reads into their own fields.
PRINTED = "\n".join(
    [
        "References",
        "",
        "Smith J, Brown K (2010) Cell death in tumours. In: Jones A, Lee B (eds) Handbook of apoptosis, "
        "2nd edn. Springer, Berlin, pp 45–67",
        "Kumar V, Abbas AK (2017) Robbins basic pathology, 10th edn. Elsevier, Philadelphia",
        "Doe J (2015) Studies on neutrophils in breast cancer. PhD thesis, Harvard University, Boston",
        "Brown K (2019) Tumour cells in flow. Technical Report 2019-04, MIT, Cambridge, MA",
        "Zhang W, Li Y (2021) TGF-β1 and miR-21 drive Cu₂O-resistant HeLa cells. Cell 184(2):101–115",
    ]
)


@pytest.fixture
def library(tmp_path, cli):
    page = tmp_path / "refs.txt"
    page.write_text(PRINTED, encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    result = cli("--db", str(db), "import", str(page))
    assert result.exit_code == 0, result.stderr
    return db


def test_the_parser_fills_book_chapter_thesis_and_report_fields(library, cli):
    items = json.loads(cli("--db", str(library), "export", "--format", "csljson").stdout)
    chapter, book, thesis, report, article = items
    assert chapter["type"] == "chapter"
    assert chapter["container-title"] == "Handbook of apoptosis"
    assert chapter["editor"] == [{"family": "Jones", "given": "A."}, {"family": "Lee", "given": "B."}]
    assert (chapter["publisher"], chapter["publisher-place"], chapter["edition"]) == ("Springer", "Berlin", "2")
    assert chapter["page"] == "45–67"
    assert (book["type"], book["publisher"], book["publisher-place"], book["edition"]) == (
        "book",
        "Elsevier",
        "Philadelphia",
        "10",
    )
    assert "container-title" not in book
    assert (thesis["type"], thesis["publisher"], thesis["genre"]) == ("thesis", "Harvard University", "PhD thesis")
    assert (report["type"], report["number"]) == ("report", "2019-04")
    assert article["type"] == "article-journal" and article["container-title"] == "Cell"


def test_bibtex_puts_each_field_where_styles_look_for_it(library, cli):
    text = cli("--db", str(library), "export").stdout
    chapter = text.split("@incollection{")[1].split("\n}")[0]
    assert "booktitle = {Handbook of apoptosis}" in chapter and "journal" not in chapter
    assert "editor = {Jones, A. and Lee, B.}" in chapter
    assert "publisher = {Springer}" in chapter and "address = {Berlin}" in chapter and "edition = {2}" in chapter
    book = text.split("@book{")[1].split("\n}")[0]
    assert "publisher = {Elsevier}" in book and "journal" not in book
    thesis = text.split("@phdthesis{")[1].split("\n}")[0]
    assert "school = {Harvard University}" in thesis
    report = text.split("@techreport{")[1].split("\n}")[0]
    assert "number = {2019-04}" in report
    biblatex = cli("--db", str(library), "export", "--biblatex").stdout
    assert "@thesis{" in biblatex and "institution = {Harvard University}" in biblatex
    assert "location = {Berlin}" in biblatex and "journaltitle = {Cell}" in biblatex


def test_csljson_marks_words_whose_case_matters(library, cli):
    items = json.loads(cli("--db", str(library), "export", "--format", "csljson").stdout)
    title = items[-1]["title"]
    for word in ("TGF-β1", "miR-21", "HeLa"):
        assert f'<span class="nocase">{word}</span>' in title
    assert title.startswith('<span class="nocase">TGF-β1</span> and <span')
    assert "drive" in title and '<span class="nocase">drive</span>' not in title


def test_csljson_carries_every_variable_of_an_imported_entry(tmp_path, cli):
    db = tmp_path / "lib.sqlite"
    cli("--db", str(db), "import", str(BIB / "jabref-5.1-groups.bib"))
    (item,) = json.loads(cli("--db", str(db), "export", "key:Clark2012", "--format", "csljson").stdout)
    assert item["type"] == "chapter"
    assert item["editor"][0] == {"family": "Hornborg", "given": "Alf"}
    for variable, value in {
        "container-title": "Ecology and Power: Struggles over Land and Material Resources in the Past, "
        "Present and Future",
        "collection-title": "Routledge Studies in Ecological Economics",
        "publisher": "Routledge",
        "publisher-place": "New York",
        "ISBN": "9780203122815",
        "volume": "18",
        "page": "23–36",
    }.items():
        assert item[variable] == value, variable
    assert item["issued"] == {"date-parts": [[2012]]}
    assert "metabolic rift" in item["keyword"]
    (dated,) = json.loads(cli("--db", str(db), "export", "key:Nail2020a", "--format", "csljson").stdout)
    assert dated["issued"] == {"date-parts": [[2020, 3, 1]]} and dated["accessed"] == {"date-parts": [[2020, 7, 10]]}


def test_csljson_renders_with_citeproc(library, cli):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(cli("--db", str(library), "export", "--format", "csljson").stdout)
    for item in items:
        item.pop("custom", None)
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == 5 and any("Handbook of apoptosis" in entry for entry in rendered)


def test_ris_has_a_tag_for_every_field(library, cli):
    text = cli("--db", str(library), "export", "--format", "ris").stdout
    entries = rispy.loads(text)
    chapter = entries[0]
    assert chapter["type_of_reference"] == "CHAP"
    assert chapter["secondary_authors"] == ["Jones, A.", "Lee, B."]
    assert chapter["secondary_title"] == "Handbook of apoptosis"
    assert (chapter["publisher"], chapter["place_published"], chapter["edition"]) == ("Springer", "Berlin", "2")
    assert (chapter["start_page"], chapter["end_page"]) == ("45", "67")
    assert entries[2]["type_of_reference"] == "THES" and entries[3]["type_of_reference"] == "RPRT"
    assert entries[4]["journal_name"] == "Cell" and entries[4]["number"] == "2"


HARD_NAMES = "\n".join(
    [
        "References",
        "",
        "Íñiguez Í, Владимиров В, ‘Abd-Allah A, Ørsted H (2020) Cu₂O and TGF-β1 in “tumour” cells: "
        "50% of R&D. J Test Chem 12(3):1–20",
        "Łukasiewicz J, Şahin U, Nguyễn T (2019) Zürich data on NF-κB signalling. Nature 570:1–5",
    ]
)


@needs_tex
@pytest.mark.parametrize("backend", ["bibtex", "biber"])
def test_ascii_export_compiles_with_pdflatex(tmp_path, cli, backend):
    page = tmp_path / "refs.txt"
    page.write_text(HARD_NAMES, encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    cli("--db", str(db), "import", str(page))
    result = cli("--db", str(db), "export", "--ascii", "-o", str(tmp_path / "refs.bib"))
    assert result.exit_code == 0 and "warning" not in result.stderr.lower()
    text = (tmp_path / "refs.bib").read_text(encoding="ascii")
    assert "{\\'I}{\\~n}iguez" in text and "'Abd-Allah" in text and "\\CYR" not in text
    if backend == "biber":
        preamble = "\\usepackage[backend=biber]{biblatex}\\addbibresource{refs.bib}"
        body = "\\nocite{*}\\printbibliography"
    else:
        preamble, body = "", "\\nocite{*}\\bibliographystyle{plain}\\bibliography{refs}"
    (tmp_path / "doc.tex").write_text(
        f"\\documentclass{{article}}{preamble}\\begin{{document}}{body}\\end{{document}}\n"
    )

    def run(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)

    run("pdflatex", "-interaction=nonstopmode", "doc.tex")
    tool = run(backend, "doc")
    assert "ERROR" not in tool.stdout and "error message" not in tool.stdout, tool.stdout
    final = run("pdflatex", "-interaction=nonstopmode", "doc.tex")
    assert "\n!" not in final.stdout, final.stdout[-3000:]
    assert (tmp_path / "doc.pdf").exists()
