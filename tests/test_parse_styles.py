"""Reference lists in layouts other than the chapter's, and text copied out of PDFs.

The strings are written here by hand in each journal's style (not rendered by the tools the
model was trained with), and the expected values are read off them.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from citekit.parsing import parse_reference, parse_references
from citekit.parsing.identifiers import find_identifiers
from citekit.parsing.learned import fields_from_labels
from citekit.parsing.tokens import tokenize

VANCOUVER = (
    "1. Aceto N, Bardia A, Miyamoto DT, et al. Circulating tumor cell clusters are oligoclonal precursors of "
    "breast cancer metastasis. Cell. 2014;158(5):1110-22. doi:10.1016/j.cell.2014.07.013"
)
STYLES = {
    "vancouver": VANCOUVER[3:],
    "nature": "Aceto, N. et al. Circulating tumor cell clusters are oligoclonal precursors of breast cancer "
    "metastasis. Cell 158, 1110–1122 (2014).",
    "apa": "Aceto, N., Bardia, A., & Maheswaran, S. (2014). Circulating tumor cell clusters are oligoclonal "
    "precursors of breast cancer metastasis. Cell, 158(5), 1110–1122. https://doi.org/10.1016/j.cell.2014.07.013",
    "harvard": "Aceto, N., Bardia, A. and Maheswaran, S. (2014) ‘Circulating tumor cell clusters are oligoclonal "
    "precursors of breast cancer metastasis’, Cell, 158(5), pp. 1110–1122.",
    "ieee": "[1] N. Aceto, A. Bardia, and S. Maheswaran, “Circulating tumor cell clusters are oligoclonal "
    "precursors of breast cancer metastasis,” Cell, vol. 158, no. 5, pp. 1110–1122, 2014.",
}
TITLE = "Circulating tumor cell clusters are oligoclonal precursors of breast cancer metastasis"


@pytest.mark.parametrize("style", STYLES)
def test_common_styles(style):
    reference = parse_reference(STYLES[style])
    assert reference.authors[0].family == "Aceto"
    assert reference.title == TITLE
    assert (reference.container_title, reference.year, reference.volume) == ("Cell", 2014, "158")
    assert reference.pages in ("1110–1122", "1110-22")
    if style not in ("nature",):
        assert reference.issue == "5"
    assert set(reference.confidence) >= {"authors", "title", "journal", "year", "volume", "pages"}
    assert all(0.0 <= value <= 1.0 for value in reference.confidence.values())


def test_identifiers_printed_inline_are_captured():
    reference = parse_reference(VANCOUVER[3:])
    assert reference.doi == "10.1016/j.cell.2014.07.013"
    found = find_identifiers("Théry C. Title. Nat Rev Immunol. 2009;9:581-93. PMID: 19498381; PMCID: PMC2921124.")
    assert (found.pmid, found.pmcid) == ("19498381", "PMC2921124")
    assert find_identifiers("see https://doi.org/10.1038/nature14169).").doi == "10.1038/nature14169"
    assert find_identifiers("Available at: http://exocarta.org/index.html.").url == "http://exocarta.org/index.html"


def test_a_numbered_list_is_split_at_its_numbers():
    text = (
        "References\n"
        "[1] Aceto N, Bardia A, Miyamoto DT. Circulating tumor cell clusters are oligoclonal precursors\n"
        "of breast cancer metastasis. Cell. 2014;158(5):1110-22.\n"
        "[2] Théry C, Ostrowski M, Segura E. Membrane vesicles as conveyors of immune responses. Nat Rev\n"
        "Immunol. 2009;9(8):581-93.\n"
        "[3] Skog J, Wurdinger T, van Rijn S. Glioblastoma microvesicles transport RNA and proteins.\n"
        "Nat Cell Biol. 2008;10(12):1470-6.\n"
    )
    references = parse_references(text).references
    assert [r.authors[0].family for r in references] == ["Aceto", "Théry", "Skog"]
    assert references[0].title == TITLE
    assert references[1].container_title == "Nat Rev Immunol"
    assert [r.line for r in references] == [2, 4, 6]


def test_text_copied_from_a_pdf():
    text = (
        "1. Hakulinen J, Sankkila L, Sugiyama N. Secretion of active membrane type 1 matrix metallo-\n"
        "proteinase into extracellular space in microvesicular exosomes. J Cell Biochem. 2008;105:1211-8.\n"
        "2. Atay S, Wilkey DW, Godwin AK. Insights into the proteome of gastrointestinal stromal tumor-\n"
        "derived exosomes. Mol Cell Proteomics. 2018;17(3):495-515.\n"
        "Journal of Extracellular Vesicles 2021\n"
        "12\n"
        "3. Melo SA, Sugimoto H, O’Connell JT. Cancer exosomes perform cell-independent microRNA biogene-\n"
        "sis and promote tumorigenesis. Cancer Cell. 2014;26(5):707-21.\n"
        "4. Webber J, Steadman R, Mason MD. Cancer exosomes trigger ﬁbroblast to myoﬁbroblast diﬀerentiation.\n"
        "Cancer Res. 2010;70(23):9621-30.\n"
        "Journal of Extracellular Vesicles 2021\n"
        "13\n"
    )
    references = parse_references(text).references
    assert len(references) == 4
    assert "matrix metalloproteinase into" in references[0].title  # a word the PDF hyphenated
    assert "tumor-derived exosomes" in references[1].title  # a compound keeps its hyphen
    assert "microRNA biogenesis" in references[2].title
    assert references[3].title == "Cancer exosomes trigger fibroblast to myofibroblast differentiation"
    assert all("Journal of Extracellular Vesicles" not in r.raw for r in references)  # the running head


def test_one_reference_per_line_without_numbers():
    text = (
        "Aceto, N. et al. Circulating tumor cell clusters are oligoclonal precursors of breast cancer metastasis. "
        "Cell 158, 1110–1122 (2014).\n"
        "Coffelt, S. B. et al. IL-17-producing γδ T cells and neutrophils conspire to promote breast cancer "
        "metastasis. Nature 522, 345–348 (2015).\n"
    )
    references = parse_references(text).references
    assert [(r.authors[0].family, r.year, r.container_title) for r in references] == [
        ("Aceto", 2014, "Cell"),
        ("Coffelt", 2015, "Nature"),
    ]


def test_the_chapter_layout_is_still_read_by_rule():
    reference = parse_reference("Stoorvogel W (2012) Functional transfer of microRNA by exosomes. Blood 119(3):646–648")
    assert reference.confidence == dict.fromkeys(
        ["authors", "title", "journal", "year", "volume", "issue", "pages"], 1.0
    )
    truncated = parse_reference("Meleshina A, Cherkasova E, et al (2015) Influence of stem cells. Stem Cell Res 6:1–10")
    assert [a.family for a in truncated.authors] == ["Meleshina", "Cherkasova"]
    assert truncated.confidence["title"] == 1.0


def test_the_model_ships_in_the_package():
    model = resources.files("citekit").joinpath("data/reference-parser.npz")
    assert model.is_file() and len(model.read_bytes()) > 1_000_000


def test_cli_json_carries_confidences_and_identifiers(cli):
    result = cli("parse", "-", "--format", "json", input="References\n\n" + VANCOUVER + "\n")
    assert result.exit_code == 0
    (row,) = json.loads(result.stdout)
    assert row["doi"] == "10.1016/j.cell.2014.07.013"
    assert row["title"] == TITLE
    assert 0.5 < row["confidence"]["title"] <= 1.0


def test_journals_that_start_like_a_marker_keep_their_first_letter():
    reference = parse_reference(
        "Khoury CK, Bjorkman AD, Dempewolf H, et al. Increasing homogeneity in global food supplies and the "
        "implications for food security. Proc Natl Acad Sci USA 2014; 111: 4001–4006."
    )
    assert reference.container_title.startswith("Proc Natl Acad Sci")
    assert (reference.year, reference.volume, reference.pages) == (2014, "111", "4001–4006")


def test_volume_and_number_printed_as_one_run():
    reference = parse_reference(
        "K. Lee, N. J. Allen, J. P. Meyer, K. Y. Rhee, 'The Three-Component Model of Organizational Commitment: "
        "An Application to South Korea', Applied Psychology, Vol. 50, No. 4, pp. 596-614, 2001."
    )
    assert (reference.container_title, reference.volume, reference.issue, reference.pages) == (
        "Applied Psychology",
        "50",
        "4",
        "596-614",
    )


def test_older_nlm_lists_without_a_period_after_the_journal_are_read_by_rule():
    reference = parse_reference(
        "Schiller G, Emmanoulides C, Naeim F. High-dose cytarabine for the treatment of resistant acute "
        "myelogenous leukemia. Leuk Lymphoma 1996; 20: 427-434."
    )
    assert (reference.container_title, reference.year, reference.volume, reference.pages) == (
        "Leuk Lymphoma",
        1996,
        "20",
        "427-434",
    )
    assert reference.title == "High-dose cytarabine for the treatment of resistant acute myelogenous leukemia"
    assert reference.confidence["journal"] == 1.0


def test_a_quoted_title_with_sentence_breaks_stays_whole():
    reference = parse_reference(
        'Hager A, Lanz C. "Essential Sulfhydryl Groups of Zea mays L. as Demonstrated by the Biotin System." '
        "Planta 1989; 180: 116-122."
    )
    assert reference.container_title == "Planta"
    assert reference.title == "Essential Sulfhydryl Groups of Zea mays L. as Demonstrated by the Biotin System"


def test_a_web_resource_rule_does_not_swallow_personal_authors():
    reference = parse_reference(
        "Bell E, Butcher K. DFID Guidance Note on Addressing Violence against Women and Girls. London: VAWG "
        "Helpdesk; 2015. https://www.gov.uk/guidance-note.pdf"
    )
    assert [author.family for author in reference.authors] == ["Bell", "Butcher"]
    exocarta = parse_reference("ExoCarta. Exosome protein, RNA and lipid database. http://exocarta.org/index.html")
    assert [author.family for author in exocarta.authors] == ["ExoCarta"]
    assert exocarta.url == "http://exocarta.org/index.html"


def test_editor_words_are_not_part_of_the_book_title():
    text = "Baru C. Join on a cube. In M. Kitsuregawa, editors, Database Machines. Kluwer, 1987."
    tokens = tokenize(text)
    words = [token.text for token in tokens]
    # The model may run the container back over 'editors,': that word is not the book's.
    labels = ["author"] * 3 + ["title"] * 5 + ["editor"] * 5 + ["container"] * 5 + ["publisher"] * 2 + ["date"] * 2
    assert len(labels) == len(words)
    reference, _ = fields_from_labels(text, tokens, labels)
    assert reference.container_title == "Database Machines"
    # Training labels: 'editors' and '(eds.)' go with the editors, not with the book that follows.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from parser_corpus import _from_segments

    example = _from_segments(
        [("In", None), ("J. Latacz", "editor"), ("(ed.),", None), ("Zweihundert Jahre", "container")], "grobid"
    )
    assert example.labels == ["editor"] * 9 + ["container"] * 2


def test_a_chapter_labelled_as_one_title_is_split_at_in():
    text = "Ingold T. 1988. The Animal in the Study of Humanity. In What Is an Animal? London: Routledge."
    tokens = tokenize(text)
    words = [token.text for token in tokens]
    start, end = words.index("The"), words.index("London")
    labels = ["author"] * 3 + ["date"] * 2 + ["title"] * (end - start) + ["publisher"] * (len(words) - end)
    reference, _ = fields_from_labels(text, tokens, labels)
    assert reference.title == "The Animal in the Study of Humanity"
    assert reference.container_title == "What Is an Animal?"


@pytest.mark.parametrize(
    ("printed", "pages"),
    [
        ("82, 1539 -1592", "1539-1592"),
        ("pp. 54-59. 1895", "54-59"),
        ("200 pp ISBN 9788497841641", "200"),
        ("Section 6.4.3, pp. 203-208", "203-208"),
        ("e50999", "e50999"),
        ("1110–1122", "1110–1122"),
    ],
)
def test_a_pages_run_that_holds_more_keeps_only_the_pages(printed, pages):
    text = f"Nagaosa N. Anomalous Hall effect. Rev Mod Phys 2010, {printed}"
    tokens = tokenize(text)
    first = next(index for index, token in enumerate(tokens) if token.start >= text.index(printed))
    labels = ["author"] * 3 + ["title"] * 4 + ["container"] * 3 + ["date", "other"] + ["pages"] * (len(tokens) - first)
    assert len(labels) == len(tokens)
    reference, _ = fields_from_labels(text, tokens, labels)
    assert reference.pages == pages


@pytest.mark.parametrize(
    "text",
    [
        "Théry, C., & Amigorena, S. (2002). Exosomes: Composition, biogenesis and function. In G. Raposo & "
        "W. Stoorvogel (Eds.), Extracellular vesicles in health and disease (pp. 12–34). Springer.",
        "Théry C, Amigorena S. Exosomes: Composition, biogenesis and function. In: Raposo G, Stoorvogel W, editors. "
        "Extracellular vesicles in health and disease. Berlin: Springer; 2002. p. 12–34.",
    ],
)
def test_a_book_chapter_gives_the_chapter_title_and_the_book(text):
    reference = parse_reference(text)
    assert [author.family for author in reference.authors] == ["Théry", "Amigorena"]
    assert reference.title == "Exosomes: Composition, biogenesis and function"
    assert reference.container_title == "Extracellular vesicles in health and disease"
    assert (reference.year, reference.pages) == (2002, "12–34")


def test_a_title_after_the_editors_is_the_book():
    text = "Théry C. Exosomes. In: Raposo G, editor. Extracellular vesicles. Berlin: Springer; 2002."
    tokens = tokenize(text)
    labels = ["author"] * 3 + ["title"] * 2 + ["editor"] * 7 + ["title"] * 3 + ["location"] * 2
    labels += ["publisher"] * 2 + ["date"] * (len(tokens) - len(labels))
    reference, _ = fields_from_labels(text, tokens, labels)
    assert (reference.title, reference.container_title) == ("Exosomes", "Extracellular vesicles")


def _labelled(text: str, *segments: tuple[str, str]) -> tuple[list, list[str]]:
    """Tokens of text and their labels, each segment (printed text, label) labelled whole, in order."""
    tokens = tokenize(text)
    bounds, position = [], 0
    for printed, label in segments:
        position = text.index(printed, position)
        bounds.append((position, position + len(printed), label))
    labels = [next((label for start, end, label in bounds if start <= token.start < end), "other") for token in tokens]
    return tokens, labels


@pytest.mark.parametrize(
    ("journal_read", "title", "journal"),
    [
        # The subtitle read into the journal after it: the title's.
        (
            "Ergebnisse einer Expertise. Jugendhilfe",
            "Berufliche Eingliederung junger Menschen. Ergebnisse einer Expertise",
            "Jugendhilfe",
        ),
        (
            "Alphons Silbermann zum 70. Geburtstag. KZfSS",
            "Berufliche Eingliederung junger Menschen. Alphons Silbermann zum 70. Geburtstag",
            "KZfSS",
        ),
        # A journal's own name, abbreviated or in two sentences: left whole.
        ("Acta Phys. Polonica B", "Berufliche Eingliederung junger Menschen", "Acta Phys. Polonica B"),
        (
            "Nucl. Instrum. Methods Phys. Res. A",
            "Berufliche Eingliederung junger Menschen",
            "Nucl. Instrum. Methods Phys. Res. A",
        ),
        (
            "Zeitschrift für Inklusion. Gemeinsam leben",
            "Berufliche Eingliederung junger Menschen",
            "Zeitschrift für Inklusion. Gemeinsam leben",
        ),
        (
            "Gemeinsam leben. Behinderte Menschen",
            "Berufliche Eingliederung junger Menschen",
            "Gemeinsam leben. Behinderte Menschen",
        ),
    ],
)
def test_a_subtitle_read_into_the_journal_goes_back_to_the_title(journal_read, title, journal):
    text = f"Pies, S. (2003): Berufliche Eingliederung junger Menschen. {journal_read}, 41, 2, S. 66-71."
    tokens, labels = _labelled(
        text,
        ("Pies, S.", "author"),
        ("(2003):", "date"),
        ("Berufliche Eingliederung junger Menschen.", "title"),
        (journal_read + ",", "container"),
        ("41,", "volume"),
        ("2,", "issue"),
        ("S. 66-71.", "pages"),
    )
    reference, _ = fields_from_labels(text, tokens, labels)
    assert (reference.title, reference.container_title, reference.volume) == (title, journal, "41")


def test_a_quoted_title_keeps_its_end_before_a_journal_read_long():
    text = (
        '[3] Noachtar S, "A glossary of terms used by electroencephalographers," Electroencephalography and '
        "clinical neurophysiology. Supplement, vol. 52, p. 21, 1999."
    )
    tokens, labels = _labelled(
        text,
        ("[3]", "number"),
        ("Noachtar S,", "author"),
        ('"A glossary of terms used by electroencephalographers,"', "title"),
        ("Electroencephalography and clinical neurophysiology. Supplement,", "container"),
        ("vol. 52,", "volume"),
        ("p. 21,", "pages"),
        ("1999.", "date"),
    )
    reference, _ = fields_from_labels(text, tokens, labels)
    assert reference.title == "A glossary of terms used by electroencephalographers"
    assert reference.container_title == "Electroencephalography and clinical neurophysiology. Supplement"


def test_a_journal_read_inside_the_title_is_the_titles():
    text = (
        "Bluhm, K. (2001): Exporting the Model? Labour Policies of German Firms in Central Europe. "
        "European Journal of Industrial Relations, 7 (2): 153-174."
    )
    tokens, labels = _labelled(
        text,
        ("Bluhm, K.", "author"),
        ("(2001):", "date"),
        ("Exporting the Model?", "title"),
        ("Labour Policies of German", "container"),
        ("Firms in Central Europe.", "title"),
        ("European Journal of Industrial Relations,", "container"),
        ("7 (", "volume"),
        ("2):", "issue"),
        ("153-174.", "pages"),
    )
    reference, _ = fields_from_labels(text, tokens, labels)
    assert reference.title == "Exporting the Model? Labour Policies of German Firms in Central Europe"
    assert reference.container_title == "European Journal of Industrial Relations"


@pytest.mark.parametrize(
    ("bracket", "translated"),
    [
        # APA's translation of a title in square brackets is the title's, whatever it was read as.
        ("[The contradiction in the subject]", True),
        ("[Der Widerspruch im Subjekt: Studien]", True),
        # A note in brackets is not.
        ("[Paper presented at the annual meeting]", False),
        ("[Accessed 16 Nov. 2011]", False),
    ],
)
def test_a_titles_translation_in_brackets_is_the_titles(bracket, translated):
    text = f"Parin, Paul (1983). Ethnopsychoanalytische Studien {bracket}. Frankfurt/M.: Syndikat."
    tokens, labels = _labelled(
        text,
        ("Parin, Paul (", "author"),
        ("1983).", "date"),
        ("Ethnopsychoanalytische Studien", "title"),
        (bracket + ".", "container"),
        ("Frankfurt/M.:", "location"),
        ("Syndikat.", "publisher"),
    )
    reference, _ = fields_from_labels(text, tokens, labels)
    if translated:
        assert (reference.title, reference.container_title) == (f"Ethnopsychoanalytische Studien {bracket}", None)
    else:
        assert reference.title == "Ethnopsychoanalytische Studien"


def test_a_bracket_the_title_ends_in_is_closed_and_a_gb_t_7714_type_code_dropped():
    hackel, sun = (
        parse_reference(text)
        for text in (
            "Hackel, S. (1995). Berufliche Sozialisation und Identität ost- und westdeutscher Arbeitnehmer "
            "[Professional socialization and identity of East- and West-German employees]. Frankfurt: Lang.",
            "Sun Yaoyao. Motivation to play esports: the case of League of Legends[D]. Columbia: University of "
            "South Carolina, 2017.",
        )
    )
    assert hackel.title.endswith(
        "Arbeitnehmer [Professional socialization and identity of East- and West-German employees]"
    )
    assert sun.title == "Motivation to play esports: the case of League of Legends"


@pytest.mark.parametrize(
    ("after_place", "publisher"),
    [
        ("[u.a.]: LIT-Verl.", "LIT-Verl"),  # 'and other places' between the place and its colon
        (": Unveröff. Dipl.Arb.", None),  # a note that the work is unpublished: no publisher
    ],
)
def test_a_books_place_after_its_quoted_title_and_the_publisher_left_unread(after_place, publisher):
    text = (
        "Walz, Steffen (2004): Extreme Game Design. In: Neitzel, Britta (Hg.): Zugänge zum Computerspiel am "
        f"Beispiel von ‘Silent Hill’. Münster {after_place} (S. 145-156)"
    )
    tokens, labels = _labelled(
        text,
        ("Walz, Steffen (", "author"),
        ("2004):", "date"),
        ("Extreme Game Design.", "title"),
        ("In: Neitzel, Britta (Hg.):", "editor"),
        ("Zugänge zum Computerspiel am Beispiel von ‘Silent Hill’. Münster", "container"),
        ("(S. 145-156)", "pages"),
    )
    reference, _ = fields_from_labels(text, tokens, labels)
    assert reference.container_title == "Zugänge zum Computerspiel am Beispiel von ‘Silent Hill’"
    assert reference.variables["publisher-place"] == "Münster"
    assert reference.variables.get("publisher") == publisher


def test_the_number_before_jg_is_the_volume_whatever_it_was_read_as():
    """'19. Jg., Heft 5': German journals' Jahrgang is the volume and the Heft its issue."""
    text = "Cooke, T. J. 2008: Migration in a Family Way. Population, Space and Place, 19. Jg., Heft 5, 522–536."
    tokens, labels = _labelled(
        text,
        ("Cooke, T. J.", "author"),
        ("2008:", "date"),
        ("Migration in a Family Way. Population, Space and Place, 19. Jg.,", "title"),
        ("Heft", "container"),
        ("5,", "volume"),
        ("522–536.", "pages"),
    )
    cooke, _ = fields_from_labels(text, tokens, labels)
    assert (cooke.title, cooke.container_title) == ("Migration in a Family Way", "Population, Space and Place")
    assert (cooke.volume, cooke.issue, cooke.pages) == ("19", "5", "522–536")
    text = "Logsdon, J. 2000: The first 5 years, in: Journal of Environment, Nr. 4, 9. Jg. (Dec 2000), S. 370-383."
    tokens, labels = _labelled(
        text,
        ("Logsdon, J.", "author"),
        ("2000:", "date"),
        ("The first 5 years,", "title"),
        ("in: Journal of Environment,", "container"),
        ("Nr. 4,", "issue"),
        ("9. Jg. (", "pages"),
        ("Dec 2000),", "date"),
        ("S. 370-383.", "pages"),
    )
    logsdon, _ = fields_from_labels(text, tokens, labels)
    assert (logsdon.container_title, logsdon.volume, logsdon.issue, logsdon.pages) == (
        "Journal of Environment",
        "9",
        "4",
        "370-383",
    )


def test_an_issue_of_the_year_keeps_only_its_number():
    """'Heft 2/2002': issue 2 of the year 2002, the year printed again."""
    reference = parse_reference(
        "Nittel, Dieter (2002): Berufliche Selbstbeschreibung im Medium von Praxisberichten. In: Hessische "
        "Blätter für Volksbildung. Heft 2/2002, 137 – 153."
    )
    assert (reference.issue, reference.year, reference.pages) == ("2", 2002, "137–153")
