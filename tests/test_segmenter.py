"""The learned segmenter on documents held out of its training (tests/data/segmenter/, see the
README there): reference lists as PDFs print them and in the other layouts people paste, a whole
document with its bibliography, and the model file's checks.

The thresholds are the held-out scores measured when the model was trained, less a margin: they
catch a model or a feature change that makes splitting worse, not a particular boundary."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from citekit.cli import main
from citekit.parsing import parse_references
from citekit.parsing.segmenter import features, is_reference_heading, segment, shipped_model

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from train_segmenter import read_finder, read_grobid, spans, variants  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "segmenter"
ROOT = Path(__file__).resolve().parents[1]
LISTS = read_grobid(DATA)
(DOCUMENT,) = read_finder(DATA)


def _boundaries(documents: list) -> float:  # noqa: ANN001
    """F1 of the lines references start on, over the documents."""
    right = found = wanted = 0
    model = shipped_model()
    for _, lines, labels in documents:
        got = model.decode(features(lines))
        want = {i for i, label in enumerate(labels) if label == "B"}
        have = {i for i, label in enumerate(got) if label == "B"}
        right, found, wanted = right + len(want & have), found + len(have), wanted + len(want)
    precision, recall = right / found, right / wanted
    return 2 * precision * recall / (precision + recall)


def _layout(kind: str) -> list:  # noqa: ANN001
    return [variant for document in LISTS for variant in variants(document) if variant[0].endswith("#" + kind)]


@pytest.mark.parametrize(
    ("layout", "floor"),
    [
        ("as printed", 0.75),  # wrapped at the column, no indent, no blank lines (measured 0.77)
        ("line", 0.95),  # one reference a line
        ("paragraph", 0.80),  # one a paragraph
        ("numbered", 0.85),  # [1] / 1. / (1) / 1) then wrapped lines
        ("numbered-line", 0.95),
        ("some-numbered", 0.95),  # only some lines look numbered
    ],
)
def test_references_are_split_in_every_layout(layout, floor):
    documents = LISTS if layout == "as printed" else _layout(layout)
    assert len(documents) == 3
    assert _boundaries(documents) >= floor


def test_a_whole_document_gives_its_bibliography_and_not_its_body():
    _, lines, labels = DOCUMENT
    got = shipped_model().decode(features(lines))
    in_list = [label != "O" for label in labels]
    found = [label != "O" for label in got]
    true_positive = sum(a and b for a, b in zip(in_list, found, strict=True))
    precision = true_positive / sum(found)
    recall = true_positive / sum(in_list)
    assert precision >= 0.9 and recall >= 0.95  # body text, tables and running heads stay out
    assert len(spans(got)) >= 0.8 * len(spans(labels))


def test_a_pasted_paper_with_a_german_heading(tmp_path):
    """Body text, then 'Literaturverzeichnis' and a numbered list: only the list is read."""
    _, lines, labels = LISTS[0]
    body = [line.text for line, label in zip(DOCUMENT[1], DOCUMENT[2], strict=True) if label == "O"][200:260]
    references = [line.text for line, label in zip(lines, labels, strict=True) if label != "O"]
    text = "\n".join([*body, "", "Literaturverzeichnis", "", *references])
    found = parse_references(text).references
    gold = len([label for label in labels if label == "B"])
    assert abs(len(found) - gold) <= gold * 0.1
    first = found[0].raw
    assert first.startswith(references[0][:20])
    assert all(not reference.raw.startswith(body[0][:30]) for reference in found)


def test_reference_headings_in_the_common_languages():
    for heading in (
        "References",
        "REFERENCES",
        "Bibliography",
        "Literature Cited",
        "Works Cited",
        "Literatur",
        "Literaturverzeichnis",
        "Références",
        "Bibliographie",
        "Referencias",
        "Bibliografía",
        "Referências",
        "Riferimenti bibliografici",
        "7. References",
        "Literatur:",
    ):
        assert is_reference_heading(heading), heading
    assert not is_reference_heading("References to earlier work are discussed below.")


def test_lines_numbered_with_gaps_and_dashes_for_the_previous_author():
    text = "\n".join(
        [
            "[3] Smith J, Jones K. A first study of things. J Stuff. 2019;12:1-10.",
            "[4] Brown A. Another study that wraps over",
            "two lines of the page. Nature. 2020;580:1-5.",
            "[7] Green B. A third one. Cell. 2021;184:99-110.",
        ]
    )
    assert [s.text[:4] for s in segment(text)] == ["[3] ", "[4] ", "[7] "]


def test_a_short_paste_with_a_sentence_before_the_heading_gives_only_the_references(tmp_path):
    """Two lines of body text, 'Literaturverzeichnis', two references: the heading and the
    sentence before it (which cites a year) are not references, however little there is to go on."""
    paste = tmp_path / "paper.txt"
    paste.write_text(
        "Einleitung\n"
        "Die Demokratie ist in der Krise (Merkel 2015).\n\n"
        "Literaturverzeichnis\n\n"
        "Merkel, W. (Hrsg.) (2015): Demokratie und Krise. Zum schwierigen Verhältnis von Theorie und "
        "Empirie. Wiesbaden: Springer VS.\n"
        "Schmidt, M. G./Ostheim, T. (2007): Die Sozialpolitik der Regierung Schröder. In: Egle, C./"
        "Zohlnhöfer, R. (Hrsg.): Ende des rot-grünen Projektes. Wiesbaden: VS Verlag, S. 9-49.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["parse", str(paste), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [r["raw"][:12] for r in records] == ["Merkel, W. (", "Schmidt, M. "]
    assert records[0]["type"] == "book" and records[0]["publisher"] == "Springer VS"
    assert records[1]["publisher-place"] == "Wiesbaden" and records[1]["pages"] == "9-49"


# Physics references print no title (GROBID's citation corpus, CC-BY 4.0: GROBID contributors).
NO_TITLE = [
    "V. Aynutdinov et al. Astropart. Phys. 25( 2006) 140.",
    "M. Ambrosio et al. Phys. Rev. D 60( 1999) 082002.",
    "F. Stecker and M. Salamon Space Sci. Rev. 75( 1996) 341.",
    "E. Waxman and J. Bahcall Phys. Rev. D 59( 1999) 023002.",
    "D. Semikoz and G. Sigl, arXiv.org:hep-ph/0309328.",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_long_list_where_a_few_references_begin_with_a_number_gives_every_reference(tmp_path, separator):
    """One reference a paragraph (or a line), a few of them starting with '17.' or '[8]' as if
    numbered, and some with no title: one record each, none lost and none merged."""
    chapter = [r.raw for r in parse_references((ROOT / "data" / "chapter.txt").read_text()).references]
    strings = [*chapter, *NO_TITLE]
    strings = [("17. " if i % 40 == 7 else "[8] " if i % 40 == 23 else "") + s for i, s in enumerate(strings)]
    paste = tmp_path / "list.txt"
    paste.write_text(separator.join(strings), encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(paste), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert len(records) == len(strings) == 167
    assert [r["raw"] for r in records[-5:]] == strings[-5:]
    assert [r["journal"] for r in records[-5:-3]] == ["Astropart. Phys", "Phys. Rev. D"]
