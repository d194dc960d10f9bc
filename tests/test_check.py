"""`citekit check`: retractions, withdrawals, expressions of concern and corrections, from Crossref's
updated-by/update-to (Retraction Watch and the publisher) and PubMed's publication types and
CommentsCorrections, against the fake services (tests/fakeapi.py) on 127.0.0.1.

The updated-by entries of the retracted paper are those Crossref returns for Wakefield et al. 1998
(10.1016/S0140-6736(97)11096-0), as a public test suite recorded them, and the PubMed links those of
its EFetch record (tests/data/exports/pubmedxml/retracted-9500320-excerpt.xml); the correction is
the recorded updated-by of 10.1371/journal.pone.0033693 (tests/data/real-api/crossref)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fakeapi import ITEM_TEMPLATE, FakeServices, Fault, Work  # noqa: E402

from citekit.cli import main  # noqa: E402

WAKEFIELD = "10.1016/S0140-6736(97)11096-0"
RETRACTION = {
    "DOI": "10.1016/s0140-6736(10)60175-4",
    "type": "retraction",
    "label": "Retraction",
    "source": "retraction-watch",
    "updated": {"date-time": "2010-02-06T00:00:00Z"},
    "record-id": "4036",
}
WAKEFIELD_UPDATES = [
    {
        "DOI": "10.1016/s0140-6736(04)15715-2",
        "type": "correction",
        "label": "Correction",
        "source": "retraction-watch",
        "updated": {"date-time": "2004-03-06T00:00:00Z"},
        "record-id": "17269",
    },
    RETRACTION,
    # The same notice again, as the publisher deposited it.
    {**RETRACTION, "source": "publisher", "updated": {"date-parts": [[2010, 2, 6]]}, "record-id": None},
]
WAKEFIELD_PUBMED = [
    ("CommentIn", "Lancet. 1998 Feb 28;351(9103):611-2.", "9500313"),
    ("RetractionIn", "Lancet. 2010 Feb 6;375(9713):445. doi: 10.1016/S0140-6736(10)60175-4.", "20137807"),
    ("ExpressionOfConcernIn", "Eur J Gastroenterol Hepatol. 2011 Nov;23(11):1082.", "21971344"),
]


def _work(doi: str, title: str, **options: object) -> Work:
    return Work(doi, title, [("Author", "A")], "Journal", 2010, "1", "1", "1-2", **options)  # type: ignore[arg-type]


WORLD = [
    _work(
        WAKEFIELD,
        "Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder",
        pmid="9500320",
        updated_by=WAKEFIELD_UPDATES,
        publication_types=["Journal Article", "Retracted Publication"],
        comments=WAKEFIELD_PUBMED,
    ),
    _work("10.1371/journal.pone.0033693", "A corrected paper", updated_by=ITEM_TEMPLATE["updated-by"]),
    _work(
        "10.5555/concern",
        "A paper under an expression of concern",
        updated_by=[
            {
                "DOI": "10.5555/concern.notice",
                "type": "expression_of_concern",
                "label": "Expression of concern",
                "source": "publisher",
                "updated": {"date-parts": [[2021, 6, 1]]},
            }
        ],
    ),
    _work(
        "10.5555/withdrawn",
        "A withdrawn paper",
        updated_by=[{"DOI": "10.5555/withdrawn.notice", "type": "withdrawal", "source": "publisher"}],
    ),
    # Retracted, and only PubMed says so (Crossref has nothing).
    _work(
        "10.5555/pubmedonly",
        "A paper PubMed knows was retracted",
        pmid="31000001",
        publication_types=["Journal Article", "Retracted Publication"],
        comments=[("RetractionIn", "J Test. 2020 Mar;5(2):10. doi: 10.5555/pubmedonly.retraction.", "31000002")],
    ),
    _work("10.5555/clean", "A clean paper", pmid="31000003"),
    # A retraction notice: update-to names the work it retracts.
    _work("10.5555/notice", "Retraction: a clean paper", update_to="10.5555/other", update_type="retraction"),
]
KEYS = {
    WAKEFIELD: "wakefield",
    "10.1371/journal.pone.0033693": "corrected",
    "10.5555/concern": "concern",
    "10.5555/withdrawn": "withdrawn",
    "10.5555/pubmedonly": "pubmedonly",
    "10.5555/clean": "clean",
    "10.5555/notice": "notice",
}


@pytest.fixture
def services():
    with FakeServices(list(WORLD)) as fake:
        yield fake


@pytest.fixture
def library(tmp_path: Path) -> Path:
    items = [
        {
            "id": key,
            "type": "article-journal",
            "title": work.title,
            "DOI": work.doi,
            **({"PMID": work.pmid} if work.pmid else {}),
        }
        for work in WORLD
        for key in [KEYS[work.doi]]
    ]
    items.append({"id": "noids", "type": "article-journal", "title": "No identifiers at all"})
    source = tmp_path / "library.json"
    source.write_text(json.dumps(items), encoding="utf-8")
    db = tmp_path / "library.sqlite"
    assert _run(db, {}, "import", str(source)).exit_code == 0
    return db


def _run(db: Path, env: dict[str, str], *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args], env=env, catch_exceptions=False)


def _checked(db: Path, services: FakeServices, *args: str) -> tuple[int, dict[str, dict]]:
    result = _run(db, services.env, "check", "--json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, {item["key"]: item for item in json.loads(result.stdout)}


def test_each_record_gets_its_status_and_notices(library, services):
    code, found = _checked(library, services)
    assert code == 1  # something is retracted
    assert {key: item["status"] for key, item in found.items()} == {
        "wakefield": "retracted",
        "corrected": "corrected",
        "concern": "expression-of-concern",
        "withdrawn": "withdrawn",
        "pubmedonly": "retracted",
        "clean": "clean",
        "notice": "clean",
    }
    wakefield = found["wakefield"]
    assert (wakefield["doi"], wakefield["pmid"]) == (WAKEFIELD, "9500320")
    retractions = [n for n in wakefield["notices"] if n["kind"] == "retraction"]
    assert retractions == [
        {
            "kind": "retraction",
            "doi": "10.1016/s0140-6736(10)60175-4",
            "pmid": "20137807",
            "date": "2010-02-06",
            "sources": ["publisher", "pubmed", "retraction-watch"],  # one notice, three sources
            "about": "this",
            "label": "Retraction",
            "citation": "Lancet. 2010 Feb 6;375(9713):445. doi: 10.1016/S0140-6736(10)60175-4.",
            "record_id": "4036",
        }
    ]
    kinds = sorted(n["kind"] for n in wakefield["notices"])
    assert kinds == ["correction", "expression-of-concern", "retraction"]  # PubMed's CommentIn is no notice
    pubmed_only = found["pubmedonly"]["notices"]
    assert pubmed_only[0]["sources"] == ["pubmed"] and pubmed_only[0]["pmid"] == "31000002"
    notice = found["notice"]["notices"]
    assert notice == [
        {
            "kind": "retraction",
            "doi": "10.5555/other",
            "sources": ["publisher"],
            "about": "other",
            "label": "Retraction",
        }
    ]
    assert "noids" not in found  # nothing to look it up by


def test_dois_go_to_crossref_in_batches(library, services):
    _checked(library, services)
    assert services.count("crossref-single") == 0
    assert services.count("crossref-list") == 1  # seven DOIs, one request
    (params,) = [params for service, params, _ in services.seen if service == "crossref-list"]
    assert params["select"] == ["DOI,updated-by,update-to"]
    assert len(params["filter"][0].split(",")) == 7
    assert services.count("eutils") == 1  # three PMIDs, one EFetch


def test_the_table_names_notices_and_the_exit_code_follows_the_worst(library, services):
    result = _run(library, {**services.env, "COLUMNS": "250"}, "check", "--mailto", "me@example.org")
    assert result.exit_code == 1
    assert (
        "retraction 10.1016/s0140-6736(10)60175-4 PMID 20137807 (2010-02-06; the publisher, PubMed, Retraction Watch)"
        in (" ".join(result.stdout.split()))
    )
    assert "checked 7 records: 2 retracted, 1 withdrawn, 1 expression-of-concern, 1 corrected, 2 clean" in result.stderr
    only_corrected = _run(library, services.env, "check", "key:corrected")
    assert only_corrected.exit_code == 0
    assert _run(library, services.env, "check", "key:corrected", "--strict").exit_code == 1
    assert _run(library, services.env, "check", "key:clean").exit_code == 0


def test_statuses_are_stored_reused_and_refreshed(library, services):
    _checked(library, services)
    asked = services.count()
    code, again = _checked(library, services)
    assert services.count() == asked  # within --max-age: nothing asked
    assert again["wakefield"]["status"] == "retracted" and again["wakefield"]["checked_at"]
    _checked(library, services, "--max-age", "0")
    assert services.count() == asked + 2  # stale: asked again, not served from the cache
    _checked(library, services, "--refresh")
    assert services.count() == asked + 4


def test_show_search_and_stats_know_the_status(library, services):
    _checked(library, services)
    shown = _run(library, {}, "show", "wakefield").stdout
    assert "update status" in shown and "retracted (citekit check" in " ".join(shown.split())
    retracted = _run(library, {}, "search", "has:retraction", "--keys").stdout.split()
    assert sorted(retracted) == ["pubmedonly", "wakefield", "withdrawn"]
    corrected = _run(library, {}, "search", "has:correction", "--keys").stdout.split()
    assert sorted(corrected) == ["corrected", "wakefield"]
    assert sorted(_run(library, {}, "search", "has:concern", "--keys").stdout.split()) == ["concern", "wakefield"]
    figures = json.loads(_run(library, {}, "stats", "--json").stdout)
    assert figures["per_status"] == {
        "retracted": 2,
        "withdrawn": 1,
        "expression-of-concern": 1,
        "corrected": 1,
        "clean": 2,
    }


def test_cited_in_checks_exactly_what_a_manuscript_cites(library, services, tmp_path):
    paper = tmp_path / "paper.md"
    paper.write_text("As shown [@clean; @corrected], and @missing2020.\n", encoding="utf-8")
    result = _run(library, services.env, "check", "--json", "--cited-in", str(paper))
    assert result.exit_code == 1  # a cited key is not in the library
    assert [item["key"] for item in json.loads(result.stdout)] == ["clean", "corrected"]
    assert "'missing2020', which is not in the library" in result.stderr


def test_a_bad_answer_is_not_a_status(library, services):
    services.fail("crossref-list", *[Fault("wrong-shape")] * 10)
    result = _run(library, services.env, "check", "--json")
    assert result.exit_code == 2
    items = json.loads(result.stdout)
    assert {item["status"] for item in items} == {"not checked"}
    assert "Traceback" not in result.stderr
    figures = json.loads(_run(library, {}, "stats", "--json").stdout)
    assert figures["per_status"] == {}  # nothing stored from a bad answer
