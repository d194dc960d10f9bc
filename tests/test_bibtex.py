"""BibTeX writing and reading through bibtexparser v2."""

from __future__ import annotations

from citekit.formats.bibtex import (
    compact_initials,
    format_name,
    protect_title,
    read_bibtex,
    write_bibtex,
)
from citekit.model import Author, Reference, dotted_initials

ACETO = Reference(
    authors=[Author("Aceto", "N"), Author("Bardia", "A"), Author("Curry", "WT", "Jr")],
    year=2014,
    title="Circulating tumor cell clusters are oligoclonal precursors of breast cancer metastasis",
    container_title="Cell",
    volume="158",
    issue="5",
    pages="1110–1122",
    type="article-journal",
    links=["Article", "CAS", "PubMed"],
    key="aceto2014circulating",
)


def test_article_entry_layout():
    assert write_bibtex([ACETO]) == (
        "@article{aceto2014circulating,\n"
        "  author = {Aceto, N. and Bardia, A. and Curry, Jr, W. T.},\n"
        "  title = {Circulating tumor cell clusters are oligoclonal precursors of breast cancer metastasis},\n"
        "  journal = {Cell},\n"
        "  year = {2014},\n"
        "  volume = {158},\n"
        "  number = {5},\n"
        "  pages = {1110--1122},\n"
        "  citekit-links = {Article, CAS, PubMed}\n"
        "}\n"
    )


def test_web_resource_is_misc_with_url():
    web = Reference(
        authors=[Author("ExoCarta")],
        title="Exosome protein, RNA and lipid database",
        url="http://exocarta.org/index.html",
        type="webpage",
        key="exocartaexosome",
    )
    text = write_bibtex([web])
    assert text.startswith("@misc{exocartaexosome,\n")
    assert "  author = {{ExoCarta}},\n" in text
    assert "  url = {http://exocarta.org/index.html}\n" in text
    assert "year" not in text


def test_initials_both_ways():
    for compact, dotted in [("WT", "W. T."), ("H-C", "H.-C."), ("MR-C", "M. R.-C."), ("C", "C."), ("LВ", "L. В.")]:
        assert dotted_initials(compact) == dotted
        assert compact_initials(dotted) == compact
    assert dotted_initials("John") == "John"
    assert compact_initials("John A.") == "John A."


def test_case_that_matters_is_braced():
    assert protect_title("TGF-β1 secreted by cells through L1CAM downregulation") == (
        "{TGF-β1} secreted by cells through {L1CAM} downregulation"
    )
    assert protect_title("Transfer of EGFRvIII by microvesicles") == "Transfer of {EGFRvIII} by microvesicles"
    assert protect_title("miR-21-mediated tumor growth") == "{miR-21-mediated} tumor growth"
    assert protect_title("CD8+ dendritic cells use LFA-1") == "{CD8+} dendritic cells use {LFA-1}"
    # Only the very first capital of a title may be lowered by a style; later capitals are names.
    assert protect_title("Exosomes: the role of B cells in Kaposi’s sarcoma (TAMs).") == (
        "Exosomes: the role of {B} cells in {Kaposi’s} sarcoma ({TAMs})."
    )


def test_latex_special_characters_are_escaped_even_in_utf8():
    assert protect_title("50% of R&D costs $5 #1") == r"50\% of {R\&D} costs \$5 \#1"


def test_ascii_output_uses_latex_escapes():
    thery = Reference(authors=[Author("Théry", "C")], year=2011, title="Exosomes", key="thery2011exosomes")
    assert "author = {Th{\\'e}ry, C.}" in write_bibtex([thery], ascii_only=True)
    assert "author = {Théry, C.}" in write_bibtex([thery])
    assert "{TGF-{\\ensuremath{\\beta}}1}" in protect_title("TGF-β1 signalling", ascii_only=True)


def test_compound_surname_with_inner_particle_is_braced():
    assert format_name(Author("Tallón de Lara", "P")) == "{Tallón de Lara}, P."
    assert format_name(Author("de Visser", "KE")) == "de Visser, K. E."
    assert format_name(Author("van den Broek", "M")) == "van den Broek, M."


def test_read_what_was_written():
    back = read_bibtex(write_bibtex([ACETO]))
    assert back.problems == []
    (reference,) = back.references
    assert reference.bibliographic_fields() == ACETO.bibliographic_fields()
    assert reference.links == ACETO.links
    assert reference.key == ACETO.key


def test_read_foreign_bibtex_decodes_latex():
    text = r"""
@string{jbc = "J Biol Chem"}
@Article{Smith:2020,
  author = {M{\"u}ller, J{\"o}rg and van der Berg, Jan and {World Health Organization}},
  title = {The {DNA} of $\beta$-catenin in Z{\"u}rich},
  journal = jbc,
  year = 2020,
  pages = {10--20},
  doi = {10.1000/xyz}
}
"""
    (reference,) = read_bibtex(text).references
    assert reference.authors == [
        Author("Müller", "Jörg"),
        Author("van der Berg", "Jan"),
        Author("World Health Organization"),
    ]
    assert reference.title == "The DNA of β-catenin in Zürich"
    assert reference.container_title == "J Biol Chem"
    assert (reference.year, reference.pages, reference.doi) == (2020, "10–20", "10.1000/xyz")
    assert reference.type == "article-journal"
    assert reference.key == "Smith:2020"


def test_broken_entry_is_reported_with_its_line_and_the_others_are_read():
    text = (
        "@article{good1, title = {First}, year = {2001}}\n"
        "\n"
        "@article{broken,\n"
        "  title = {Unclosed,\n"
        "  year = {2002}\n"
        "\n"
        "@article{good2, title = {Second}, year = {2003}}\n"
        "@article{good2, title = {Same key again}, year = {2004}}\n"
    )
    result = read_bibtex(text)
    assert [r.key for r in result.references] == ["good1", "good2"]
    assert [(p.line, p.message.split(":")[0]) for p in result.problems] == [
        (3, "broken entry"),
        (8, "key 'good2' is used again (first at line 7); BibTeX and biber skip this entry, and so does citekit"),
    ]
