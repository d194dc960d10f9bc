"""The service parsers on real recorded responses, and the validation rules on their own."""

from __future__ import annotations

import json
from pathlib import Path

from citekit.enrich.crossref import candidate
from citekit.enrich.match import Candidate, best, clean_markup, first_page, judge
from citekit.enrich.ncbi import parse_ecitmatch, parse_efetch, parse_esummary, parse_idconv
from citekit.model import Author, Reference

REAL = Path(__file__).resolve().parent / "data" / "real-api"


def test_crossref_work_and_list_items():
    item = json.loads((REAL / "crossref" / "works_10.1371_journal.pone.0033693.json").read_text())["message"]
    found = candidate(item)
    assert found.identifier == "10.1371/journal.pone.0033693"
    assert (found.volume, found.first_page, found.kind) == ("7", "e33693", "journal-article")
    assert 2012 in found.years and found.first_author
    article_number = json.loads((REAL / "crossref" / "works_10.1136_esmoopen-2020-000776.json").read_text())
    assert candidate(article_number["message"]).first_page == "e000776"


def test_ecitmatch_results_are_keyed_by_our_key():
    text = (REAL / "ncbi" / "ecitmatch" / "citmatch_mixed.txt").read_text()
    assert parse_ecitmatch(text) == {"Art1": "2014248", "ref2": None, "Art4": "31978945"}


def test_esummary_v1():
    found = parse_esummary((REAL / "ncbi" / "eutils" / "esummary_pubmed_v1_11850928.xml").read_bytes())
    first = found["11850928"]
    assert first.title == "Zirconium granuloma following treatment of rhus dermatitis"
    assert (first.first_author, first.years, first.volume, first.first_page) == ("LoPresti", {1965}, "92", "188")


def test_efetch_reads_only_the_articles_own_ids_abstract_and_mesh():
    found = parse_efetch((REAL / "ncbi" / "eutils" / "efetch_pubmed_27797938_mesh_doi_pmc.xml").read_bytes())
    article = found["27797938"]
    assert article.text.startswith("OBJECTIVE: Telomere shortening")
    assert article.text.count("\n") == 3  # four labelled sections
    assert len(article.mesh) == 21
    nested = parse_efetch((REAL / "ncbi" / "eutils" / "efetch_pubmed_29963580_with_referencelist.xml").read_bytes())
    assert list(nested) == ["29963580"]


def test_id_converter_both_shapes():
    legacy = parse_idconv((REAL / "ncbi" / "idconv" / "one-good-one-bad-pmid.json").read_bytes())
    assert list(legacy) == ["26829486"] and legacy["26829486"].pmcid == "PMC4734780"
    current = parse_idconv(
        json.dumps(
            {
                "records": [
                    {"doi": "10.1000/x", "pmcid": "PMC1", "pmid": 31142281, "requested-id": "31142281"},
                    {"pmid": "15026124", "requested-id": "15026124"},
                    {"requested-id": "1", "status": "error", "errmsg": "Identifier not found in PMC"},
                ]
            }
        ).encode()
    )
    assert current["31142281"].pmcid == "PMC1" and current["15026124"].pmcid is None and "1" not in current


ACETO = Reference(
    authors=[Author("Aceto", "N")],
    year=2014,
    title="Circulating tumor cell clusters are oligoclonal precursors of breast cancer metastasis",
    container_title="Cell",
    volume="158",
    issue="5",
    pages="1110–1122",
    type="article-journal",
)
TRUE = Candidate(
    "10.1016/j.cell.2014.07.013",
    "Circulating <i>Tumor</i> Cell Clusters Are Oligoclonal Precursors of Breast Cancer Metastasis",
    "Aceto",
    {2014},
    "158",
    "1110",
)


def test_markup_and_pages():
    assert clean_markup("Circulating <i>Tumor</i> &amp; more") == "Circulating Tumor & more"
    assert [first_page(p) for p in ("1110–1122", "e50999", "327ra326", "446–462 e416")] == [
        "1110",
        "e50999",
        "327ra326",
        "446",
    ]


def test_the_true_record_is_accepted():
    verdict = judge(ACETO, TRUE)
    assert verdict.accepted and set(verdict.signals) == {"title", "first author", "year", "volume", "first page"}


def test_decoys_are_refused():
    notice = Candidate("10.1/notice", TRUE.title, "Aceto", {2014}, "159", "447", is_notice=True)
    titled_notice = Candidate("10.1/erratum", "Correction: " + ACETO.title, "Aceto", {2014}, "158", "1110")
    preprint = Candidate("10.1101/pre", TRUE.title, "Aceto", {2014}, kind="posted-content")
    near = Candidate("10.1/near", ACETO.title.replace("breast", "lung"), "Smith", {2014}, "12", "100")
    for decoy in (notice, titled_notice, preprint, near):
        assert not judge(ACETO, decoy).accepted, decoy.identifier
    accepted, _ = best(ACETO, [notice, preprint, near, TRUE])
    assert accepted is not None and accepted.candidate.identifier == TRUE.identifier


def test_two_signals_are_not_enough_but_make_a_suggestion():
    weak = Candidate("10.1/weak", ACETO.title, "Aceto", {2019}, "3", "9")
    accepted, suggestion = best(ACETO, [weak])
    assert accepted is None and suggestion is not None and suggestion.candidate.identifier == "10.1/weak"


def test_two_different_works_that_fit_equally_are_not_chosen_between():
    twin = Candidate("10.1/twin", TRUE.title, "Aceto", {2014}, "158", "1110")
    accepted, suggestion = best(ACETO, [TRUE, twin])
    assert accepted is None and "two candidates fit equally" in suggestion.reason
