"""Real export files of RIS, MEDLINE, PubMed XML, CSL-JSON/YAML and EndNote (tests/data/exports/)
through `citekit import`: the format found from the content, every field the format carries in
the record, bad input refused with file and line, and round trips through citekit's own exports."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from citekit.cli import main
from citekit.library import Library
from citekit.model import Reference

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"


def run(db: Path, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, ["--db", str(db), *args], input=input, catch_exceptions=False)


def records(db: Path) -> dict[str, Reference]:
    with Library(db) as library:
        return {stored.reference.key or "": stored.reference for stored in library.records()}


def formats(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as connection:
        return dict(connection.execute("select key, source_format from reference"))


def imported(tmp_path: Path, *names: str, expect: int = 0) -> dict[str, Reference]:
    db = tmp_path / "library.sqlite"
    result = run(db, "import", *(str(EXPORTS / name) for name in names))
    assert result.exit_code == expect, result.stderr
    return records(db)


def by_pmid(found: dict[str, Reference], pmid: str) -> Reference:
    return next(reference for reference in found.values() if reference.pmid == pmid)


def by_title(found: dict[str, Reference], start: str) -> Reference:
    return next(reference for reference in found.values() if (reference.title or "").startswith(start))


# ----------------------------------------------------------------------------- detection

DETECTED = {
    "ris/scopus-6.ris": ("ris", 6),
    "ris/web-of-science-10.ris": ("ris", 10),
    "ris/endnote-pubmed.txt": ("ris", 6),
    "ris/embase-ovid.ris": ("ris", 6),
    "medline/pubmed-4.nbib": ("medline", 4),
    "medline/eric-3.txt": ("medline", 3),
    "pubmedxml/book-article.xml": ("pubmedxml", 1),
    "pubmedxml/efetch-2-articles.xml": ("pubmedxml", 2),
    "csljson/bbt-pandoc.csl.json": ("csljson", 4),
    "csljson/bbt-pandoc.csl.yml": ("csljson", 4),
    "csljson/zotero-book.json": ("csljson", 1),
    "endnote/endnote-9.xml": ("endnotexml", 9),
    "endnote/wanfang.enw": ("refer", 1),
}


@pytest.mark.parametrize("name", sorted(DETECTED))
def test_format_comes_from_the_content_not_the_name(tmp_path: Path, name: str) -> None:
    kind, count = DETECTED[name]
    disguised = tmp_path / "export.txt"  # every file under the same uninformative name
    shutil.copy(EXPORTS / name, disguised)
    db = tmp_path / "library.sqlite"
    result = run(db, "import", str(disguised))
    assert result.exit_code == 0, result.stderr
    assert f"{count} added" in result.stdout
    assert set(formats(db).values()) == {kind}


def test_standard_input_is_detected_too(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    text = (EXPORTS / "medline" / "pubmed-4.nbib").read_text(encoding="utf-8")
    result = run(db, "import", "-", input=text)
    assert result.exit_code == 0, result.stderr
    assert set(formats(db).values()) == {"medline"}
    assert len(records(db)) == 4


def test_from_forces_a_format(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    result = run(db, "import", "--from", "ris", str(EXPORTS / "medline" / "pubmed-4.nbib"))
    assert result.exit_code == 2
    assert "no RIS records found" in result.stderr
    assert not (db.exists() and records(db))


# ----------------------------------------------------------------------------- RIS


def test_scopus_ris(tmp_path: Path) -> None:
    found = imported(tmp_path, "ris/scopus-6.ris")
    stress = by_title(found, "Stress and the brain-gut axis")
    assert [(a.family, a.given) for a in stress.authors] == [
        ("Labanski", "A"),
        ("Langhorst", "J"),
        ("Engler", "H"),
        ("Elsenbruch", "S"),
    ]
    assert (stress.type, stress.container_title, stress.volume, stress.year) == (
        "article-journal",
        "Psychoneuroendocrinology",
        "111",
        2020,
    )
    assert stress.doi == "10.1016/j.psyneuen.2019.104501"
    assert stress.pmid is None  # no C2 in this record
    hypothesis = by_title(found, "Hypothesis: Mechanism of irritable bowel syndrome")
    assert hypothesis.pmid == "31421429"  # Scopus writes the PubMed ID in C2
    assert stress.variables["number"] == "104501"  # the article number (C7)
    assert stress.variables["ISSN"] == "03064530"
    assert stress.variables["source"] == "Scopus"
    assert stress.variables["genre"] == "Review"
    assert "Visceral pain" in stress.keywords
    assert stress.variables["note"].startswith("Export Date: 18 November 2019\nCODEN: PSYCD")
    assert stress.abstract and stress.abstract.endswith("© 2019 Elsevier Ltd")


def test_web_of_science_ris(tmp_path: Path) -> None:
    found = imported(tmp_path, "ris/web-of-science-10.ris")
    custody = by_title(found, "Holding Yourself Captive")
    assert [(a.family, a.given) for a in custody.authors] == [("Alceste", "F"), ("Luke", "TJ"), ("Kassin", "SM")]
    assert (custody.year, custody.month, custody.volume, custody.issue, custody.pages) == (2018, 9, "7", "3", "387–397")
    assert custody.variables["container-title-short"] == "J. Appl. Res. Mem. Cogn."
    assert custody.variables["publisher"] == "ELSEVIER SCIENCE INC"
    assert custody.variables["publisher-place"] == "NEW YORK"
    assert custody.variables["ISSN"] == "2211-3681, 2211-369X"
    # The Web of Science accession number is no PMID: kept as written, not used.
    assert custody.pmid is None
    from citekit.formats import unread_fields

    assert ("AN", "WOS:000444108200009") in unread_fields(custody)


def test_zotero_and_endnote_ris(tmp_path: Path) -> None:
    found = imported(tmp_path, "ris/zotero-pubmed.ris", "ris/endnote-pubmed.txt")
    flexible = by_title(found, "The importance of cognitive flexibility")
    assert flexible.authors[2].family == "Basinska" and flexible.authors[2].given == "Malgorzata A."
    assert (flexible.year, flexible.volume, flexible.issue, flexible.pages) == (2019, "14", "2", "121–128")
    assert flexible.variables["container-title-short"] == "Prz Gastroenterol"
    assert flexible.pmid is None  # Zotero's file says nothing of PubMed
    boswellia = by_title(found, "Boswellia serrata")
    assert boswellia.pmid == "21553931"  # AN of a record whose database provider is NLM
    assert (boswellia.year, boswellia.month) == (2011, 6)  # PY 2011, DA Jun
    assert "Boswellia/*chemistry" in boswellia.keywords  # continuation lines of KW


def test_embase_ris_with_a_byte_order_mark(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    result = run(db, "import", str(EXPORTS / "ris" / "embase-ovid.ris"))
    assert result.exit_code == 0 and "warning" not in result.stderr
    found = records(db)
    cysts = by_title(found, "Duplication cysts")
    assert [(a.family, a.given) for a in cysts.authors] == [("Liu", "R"), ("Adler", "DG")]
    assert cysts.doi == "10.4103/2303-9027.138783" and cysts.pages == "152–160"
    assert cysts.container_title == "Endoscopic Ultrasound"


# ----------------------------------------------------------------------------- MEDLINE


def test_pubmed_nbib(tmp_path: Path) -> None:
    found = imported(tmp_path, "medline/pubmed-4.nbib")
    scop = by_pmid(found, "16403221")
    assert scop.title == "A high level interface to SCOP and ASTRAL implemented in python."
    assert [(a.family, a.given) for a in scop.authors] == [
        ("Casbon", "James A"),
        ("Crooks", "Gavin E"),
        ("Saqi", "Mansoor A S"),
    ]
    assert (scop.container_title, scop.variables["container-title-short"]) == (
        "BMC bioinformatics",
        "BMC Bioinformatics",
    )
    assert (scop.year, scop.volume, scop.pages) == (2006, "7", "10")
    assert (scop.doi, scop.pmcid) == ("10.1186/1471-2105-7-10", "PMC1373603")
    assert scop.abstract and scop.abstract.startswith("BACKGROUND: Benchmarking algorithms")
    assert "RESULTS: We have designed" in scop.abstract
    assert "Sequence Alignment/methods*" in scop.mesh and "Programming Languages" in scop.mesh
    assert scop.publication_types == ["Evaluation Studies", "Journal Article"]
    assert scop.variables["ISSN"] == "1471-2105" and scop.variables["language"] == "eng"
    diagram = by_pmid(found, "16377612")
    assert (diagram.year, diagram.month, diagram.day, diagram.pages) == (2006, 3, 1, "616-617")  # PG 616-7


def test_pubmed_nbib_book_chapter(tmp_path: Path) -> None:
    found = imported(tmp_path, "medline/pubmed-chapter-and-article.nbib")
    chapter = by_pmid(found, "21249755")
    assert (chapter.type, chapter.title, chapter.container_title) == (
        "chapter",
        "Peutz-Jeghers Syndrome",
        "Cancer Syndromes",
    )
    assert chapter.editors[0].family == "Riegert-Johnson" and len(chapter.editors) == 4
    assert chapter.variables["publisher"] == "National Center for Biotechnology Information (US)"
    assert chapter.variables["publisher-place"] == "Bethesda (MD)"
    assert chapter.publication_types == ["Book Chapter"]


def test_eric_medline_without_pmids(tmp_path: Path) -> None:
    found = imported(tmp_path, "medline/eric-3.txt")
    testing = by_title(found, "Educational Test Approaches")
    assert testing.pmid is None
    assert [(a.family, a.given) for a in testing.authors] == [("van Groen", "Maaike M."), ("Eggen", "Theo J. H. M.")]
    assert (testing.volume, testing.issue, testing.pages, testing.year) == ("21", "1", "12-24", 2020)
    assert "Adaptive Testing" in testing.keywords


def test_a_bad_record_spoils_only_itself(tmp_path: Path) -> None:
    good = (EXPORTS / "medline" / "pubmed-4.nbib").read_text(encoding="utf-8")
    bad = "PMID- 000000000000\nTI  - Not a real record\nAU  - Mouse M\n"  # Zotero's own test case
    mixed = tmp_path / "mixed.nbib"
    mixed.write_text(good.rstrip("\n") + "\n\n" + bad, encoding="utf-8")
    db = tmp_path / "library.sqlite"
    result = run(db, "import", str(mixed))
    assert result.exit_code == 1
    line = good.rstrip("\n").count("\n") + 3
    assert f"mixed.nbib:{line}: MEDLINE record left out: PMID '000000000000' is not a PubMed ID" in result.stderr
    assert len(records(db)) == 4


# ----------------------------------------------------------------------------- PubMed XML


def test_pubmed_xml_book(tmp_path: Path) -> None:
    found = imported(tmp_path, "pubmedxml/book-article.xml")
    book = by_pmid(found, "20821847")
    assert (book.type, book.title, book.year) == ("book", "Endocrinology: An Integrated Approach", 2001)
    assert [(a.family, a.given) for a in book.authors] == [("Nussey", "Stephen"), ("Whitehead", "Saffron")]
    assert book.variables["publisher"] == "BIOS Scientific Publishers"
    assert book.variables["publisher-place"] == "Oxford"
    assert book.variables["ISBN"] == "1859962521"


def test_pubmed_xml_article_with_everything(tmp_path: Path) -> None:
    found = imported(tmp_path, "pubmedxml/efetch-27797938.xml")
    telomere = by_pmid(found, "27797938")
    assert telomere.doi == "10.1136/gutjnl-2016-312510"  # not one of the cited references' DOIs
    assert telomere.pmcid == "PMC5442267"
    assert (telomere.year, telomere.month, telomere.volume, telomere.issue) == (2017, 6, "66", "6")
    assert telomere.pages == "1116-1122"
    assert telomere.abstract and telomere.abstract.startswith("OBJECTIVE: Telomere shortening")
    assert "\nDESIGN: " in telomere.abstract and "\nRESULTS: " in telomere.abstract
    assert "Telomere Shortening*" in telomere.mesh  # MajorTopicYN="Y"
    assert "Pancreatic Neoplasms/epidemiology/genetics*" in telomere.mesh  # a major qualifier
    assert "Adult" in telomere.mesh
    assert telomere.keywords == ["PANCREATIC CANCER"]
    assert [(r.type, r.pmid) for r in telomere.relations] == [("CommentIn", "27920200")]
    assert telomere.variables["ISSN"] == "1468-3288, 0017-5749"


def test_pubmed_xml_retraction(tmp_path: Path) -> None:
    found = imported(tmp_path, "pubmedxml/retracted-9500320-excerpt.xml")
    wakefield = by_pmid(found, "9500320")
    assert "Retracted Publication" in wakefield.publication_types
    retraction = next(r for r in wakefield.relations if r.type == "RetractionIn")
    assert (retraction.pmid, retraction.doi) == ("20137807", "10.1016/S0140-6736(10)60175-4")
    assert {r.type for r in wakefield.relations} == {"CommentIn", "RetractionIn", "ExpressionOfConcernIn"}
    shown = run(tmp_path / "library.sqlite", "show", wakefield.key or "").stdout
    assert "Retracted Publication" in shown and "retracted in" in shown and "PMID 20137807" in shown


# ----------------------------------------------------------------------------- CSL-JSON and CSL-YAML


def test_bbt_csl_json_and_yaml_hold_the_same_records(tmp_path: Path) -> None:
    from_json = imported(tmp_path / "json", "csljson/bbt-pandoc.csl.json")
    from_yaml = imported(tmp_path / "yaml", "csljson/bbt-pandoc.csl.yml")
    assert sorted(from_json) == sorted(from_yaml) == ["Adams2001", "Berndt1994", "Dunning2016", "Wordsworth1883"]
    adams = from_json["Adams2001"]
    assert adams.container_title == "Bulletin of Volcanology" and adams.pages == "493–518"
    assert [a.family for a in adams.authors][:2] == ["Adams", "DeSilva"]
    berndt = from_yaml["Berndt1994"]
    assert berndt.doi == "10.1484/J.SE.2.303788" and berndt.variables["language"] == "German"
    assert berndt.accessed == "2014-10-02"
    for key in from_json:
        assert from_json[key].title == from_yaml[key].title
        assert from_json[key].year == from_yaml[key].year


def test_zotero_csl_json(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    result = run(db, "import", str(EXPORTS / "csljson" / "zotero-book.json"))
    assert result.exit_code == 0 and "renamed" not in result.stdout + result.stderr
    (book,) = records(db).values()
    assert book.key == "bachar2013stochastic"  # Zotero's item URI is no citation key
    assert (book.type, book.year, book.month, book.day) == ("book", 2013, 1, 1)
    assert book.variables["collection-title"] == "Lecture notes in mathematics"
    assert book.variables["number-of-pages"] == "206" and book.variables["ISBN"] == "978-3-642-32156-6"
    assert book.volume == "2058"


# ----------------------------------------------------------------------------- EndNote


def test_endnote_xml(tmp_path: Path) -> None:
    found = imported(tmp_path, "endnote/endnote-9.xml", "endnote/endnote-16-styled.xml")
    roofs = by_title(found, "Planting green roofs")
    assert (roofs.type, roofs.year, roofs.variables["edition"]) == ("book", 2008, "2")
    assert roofs.variables["publisher-place"] == "Portland, OR" and roofs.variables["ISBN"] == "0881929115"
    assert [a.family for a in roofs.authors] == ["Dunnett", "Kingsbury"]
    report = by_title(found, "Country Clustering")
    assert report.type == "report" and report.files[0].startswith("internal-pdf://Ahlquist and Breunig")
    styled = by_title(found, "Plain Bold")  # the title's <style> runs (fonts) joined into one text
    assert styled.title.endswith("TimesNewRoman-Bold-Italics-Underline-Superscript")


def test_endnote_tagged(tmp_path: Path) -> None:
    found = imported(tmp_path, "endnote/wanfang.enw", "endnote/bibsys.enw")
    chinese = by_title(found, "参考文献管理工具研究")
    assert [a.family for a in chinese.authors] == ["余敏", "朱江", "丁照蕾"]
    assert (chinese.container_title, chinese.volume, chinese.issue, chinese.pages) == (
        "现代情报",
        "29",
        "2",
        "94-98,93",
    )
    assert chinese.doi == "10.3969/j.issn.1008-0821.2009.02.027" and chinese.variables["ISSN"] == "1008-0821"
    calvino = by_title(found, "Usynlige byer")
    assert (calvino.type, calvino.year, calvino.variables["publisher"]) == ("book", 1982, "Aschehoug")
    assert calvino.editors[0].family == "Stender Clausen"


# ----------------------------------------------------------------------------- bad input


def _cut(path: Path, share: float) -> str:
    text = path.read_text(encoding="utf-8")
    return text[: int(len(text) * share)]


@pytest.mark.parametrize(
    ("name", "suffix", "reason"),
    [
        ("pubmedxml/efetch-2-articles.xml", "xml", "not well-formed XML"),
        ("endnote/endnote-9.xml", "xml", "not well-formed XML"),
        ("csljson/bbt-dates.csl.json", "json", "not valid JSON"),
    ],
)
def test_a_broken_file_stores_nothing(tmp_path: Path, name: str, suffix: str, reason: str) -> None:
    db = tmp_path / "library.sqlite"
    run(db, "import", str(EXPORTS / "medline" / "pubmed-4.nbib"))
    broken = tmp_path / f"broken.{suffix}"
    broken.write_text(_cut(EXPORTS / name, 0.6), encoding="utf-8")
    result = run(db, "import", str(broken))
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"citekit: error: {broken}:") and reason in line
    assert "Traceback" not in result.stderr
    assert len(records(db)) == 4  # what was stored before is all there is


def test_broken_yaml_names_its_line(tmp_path: Path) -> None:
    text = (EXPORTS / "csljson" / "bbt-pandoc.csl.yml").read_text(encoding="utf-8")
    broken = tmp_path / "refs.yml"
    broken.write_text(text.replace("  type: article-journal\n", "  type: [article-journal\n", 1), encoding="utf-8")
    result = run(tmp_path / "library.sqlite", "import", str(broken))
    assert result.exit_code == 2
    assert f"{broken}:" in result.stderr and "not valid YAML" in result.stderr


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"items": [{"name": "x"}]}', "JSON that is not CSL-JSON"),
        ('<?xml version="1.0"?><catalog><book id="b1"><title>Hello</title></book></catalog>', "XML that is neither"),
        # JATS holds HTML-like tags ('<p>', '<sup>'): XML still, not a page saved as HTML
        (
            '<?xml version="1.0"?>\n<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving DTD v1.2//EN"'
            ' "JATS-archivearticle1.dtd">\n<article><body><p>Text<sup>1</sup></p><p>More</p></body></article>',
            "XML that is neither",
        ),
    ],
)
def test_other_structured_input_is_refused_not_parsed_as_a_list(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "input.txt"
    path.write_text(content, encoding="utf-8")
    db = tmp_path / "library.sqlite"
    result = run(db, "import", str(path))
    assert result.exit_code == 2 and reason in result.stderr
    assert not db.exists() or not records(db)


def test_an_html_page_with_no_reference_list_says_so(tmp_path: Path) -> None:
    """A page saved as HTML is read for its reference list, as a pasted one is; with none in it, the import says
    so in one line and stores nothing."""
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>Hello</p></body></html>", encoding="utf-8")
    db = tmp_path / "library.sqlite"
    result = run(db, "import", str(path))
    assert result.exit_code == 1 and "no reference list found" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not db.exists() or not records(db)


def test_web_of_science_tagged_export_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    result = run(db, "import", str(EXPORTS / "unsupported" / "wos-tagged-12.txt"))
    assert result.exit_code == 2
    assert "Web of Science tagged text is not a format citekit reads" in result.stderr
    assert not db.exists() or not records(db)


# ----------------------------------------------------------------------------- same rules as BibTeX


def test_reimport_is_idempotent_and_duplicates_are_flagged(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    names = [str(EXPORTS / "csljson" / "bbt-pandoc.csl.json"), str(EXPORTS / "ris" / "scopus-6.ris")]
    first = run(db, "import", *names)
    assert first.exit_code == 0
    again = run(db, "import", *names)
    assert again.exit_code == 0 and "0 added, 10 unchanged" in again.stdout
    # The same four works in BBT's YAML (titles in Pandoc's Markdown, not HTML): flagged by DOI, or
    # by title, first author and year.
    both = run(db, "import", str(EXPORTS / "csljson" / "bbt-pandoc.csl.yml"))
    assert "4 added, 0 unchanged, 4 probable duplicates" in both.stdout
    assert "(both kept, same DOI): Berndt1994a ~ Berndt1994" in both.stdout
    assert len(records(db)) == 14  # flagged, never merged


# ----------------------------------------------------------------------------- round trips


def _comparable(found: dict[str, Reference]) -> dict[str, dict]:
    kept = {}
    for key, reference in found.items():
        data = reference.to_storage()
        for name in ("original", "raw"):
            data.pop(name, None)
        kept[key] = data
    return kept


ALL_FORMATS = [
    "ris/scopus-6.ris",
    "ris/web-of-science-10.ris",
    "ris/zotero-pubmed.ris",
    "medline/pubmed-4.nbib",
    "pubmedxml/efetch-27797938.xml",
    "pubmedxml/book-article.xml",
    "csljson/bbt-dates.csl.json",
    "endnote/endnote-9.xml",
    "endnote/wanfang.enw",
    "bibtex/jabref-5.1-groups.bib",
]


@pytest.mark.parametrize("export_format", ["csljson", "ris"])
def test_own_exports_import_into_the_same_records(tmp_path: Path, export_format: str) -> None:
    first = tmp_path / "first.sqlite"
    assert run(first, "import", *(str(EXPORTS / name) for name in ALL_FORMATS)).exit_code == 0
    exported = tmp_path / f"all.{export_format}"
    assert run(first, "export", "--format", export_format, "-o", str(exported)).exit_code == 0
    second = tmp_path / "second.sqlite"
    result = run(second, "import", str(exported))
    assert result.exit_code == 0, result.stderr
    before, after = _comparable(records(first)), _comparable(records(second))
    assert sorted(before) == sorted(after)
    if export_format == "ris":
        _forget_what_ris_cannot_say(before, after)
    differing = {key for key in before if before[key] != after[key]}
    assert not differing, {key: (before[key], after[key]) for key in sorted(differing)[:2]}
    again = run(second, "import", str(exported))
    assert "0 added" in again.stdout


def _forget_what_ris_cannot_say(before: dict[str, dict], after: dict[str, dict]) -> None:
    """RIS has no tag for MeSH headings, publication types, PubMed's links or roles other than
    author, editor, series editor and translator; no date ranges or years BC; no line breaks in
    a value; one SN for ISBN and ISSN; and one KW for keywords and tags (a JabRef group comes
    back as a keyword). Everything else must come back as it was."""
    for key, old in before.items():
        new = after[key]
        for name in ("mesh", "publication_types", "relations", "names", "date_end"):
            old.pop(name, None)
            new.pop(name, None)
        if (old.get("year") or 0) < 0:
            for name in ("year", "month", "day", "date_literal"):
                old.pop(name, None)
                new.pop(name, None)
        for data in (old, new):
            if data.get("abstract"):
                data["abstract"] = " ".join(data["abstract"].split())
            numbers = data.get("variables", {})
            if "ISBN" in numbers or "ISSN" in numbers:
                numbers["SN"] = numbers.pop("ISBN", None) or numbers.pop("ISSN", None)
        extra = set(new.get("keywords", [])) - set(old.get("keywords", []))
        assert all(keyword.islower() or "-" in keyword for keyword in extra), extra  # tag names
        new["keywords"] = [keyword for keyword in new.get("keywords", []) if keyword not in extra]
        if not new["keywords"]:
            del new["keywords"]


def test_bibtex_to_csl_json_and_back_keeps_every_field(tmp_path: Path) -> None:
    """BibTeX → CSL-JSON → import → BibTeX: every field CSL-JSON can carry is still there."""
    source = EXPORTS / "bibtex" / "mendeley-thesis-430.bib"
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    run(first, "import", str(source))
    run(first, "export", "--format", "csljson", "-o", str(tmp_path / "thesis.json"))
    run(second, "import", str(tmp_path / "thesis.json"))
    before, after = _comparable(records(first)), _comparable(records(second))
    assert len(before) == 430 and before == after
    run(second, "export", "-o", str(tmp_path / "again.bib"))
    text = (tmp_path / "again.bib").read_text(encoding="utf-8")
    assert text.count("\n@") + text.startswith("@") >= 430
    assert "doi = {10.1103/PhysRevLett.108.193006}" in text


def test_csl_json_export_is_valid_json_of_items(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    run(db, "import", str(EXPORTS / "medline" / "pubmed-4.nbib"))
    items = json.loads(run(db, "export", "--format", "csljson").stdout)
    scop = next(item for item in items if item.get("PMID") == "16403221")
    assert scop["custom"]["mesh"][0] == "Database Management Systems*"
    assert scop["PMCID"] == "PMC1373603"
