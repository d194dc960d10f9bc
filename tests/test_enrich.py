"""Enrichment against a fake Crossref/NCBI on 127.0.0.1: right identifiers, no wrong ones, no crash."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fakeapi import FakeServices, Fault, Work, world_from_chapter  # noqa: E402

from citekit.enrich import crossref  # noqa: E402
from citekit.enrich.http import EnrichError, HttpClient, SlidingWindowLimiter  # noqa: E402
from citekit.enrich.run import Options, make_client, run  # noqa: E402
from citekit.library import Library, LibraryHttpCache  # noqa: E402
from citekit.parsing import parse_references  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHAPTER = ROOT / "data" / "chapter.txt"
REFERENCES = parse_references(CHAPTER.read_text(encoding="utf-8")).references


def world(**changes: dict) -> list[Work]:
    works = world_from_chapter(REFERENCES)
    for work in works:
        for prefix, fields in changes.items():
            if work.doi.startswith(f"10.5555/{prefix}"):
                for name, value in fields.items():
                    setattr(work, name, value)
    return works


@pytest.fixture
def services(monkeypatch):
    with FakeServices(world()) as fake:
        for name, value in fake.env.items():
            monkeypatch.setenv(name, value)
        yield fake


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "lib.sqlite") as library:
        library.import_files([str(CHAPTER)])
        yield library


def fast_client(library: Library, options: Options, **settings) -> HttpClient:
    """The real client with the published limits, but short timeouts and back-off for tests."""
    client = make_client(options, LibraryHttpCache(library, writable=not options.dry_run))
    client.timeout = settings.get("timeout", 2.0)
    client.backoff = settings.get("backoff", 0.05)
    client.min_requests_for_stop = settings.get("min_requests_for_stop", 20)
    return client


def enrich(library: Library, query: str | None, options: Options | None = None, **settings):
    options = options or Options(mailto="me@example.org")
    client = fast_client(library, options, **settings)
    try:
        records = library.enrichment_targets(query)
        return run(records, library.lookups_done(), client, library.save_enrichment, options), client
    finally:
        client.close()


def ids(library: Library, key: str) -> tuple:
    record = library.get(key).reference
    return record.doi, record.pmid, record.pmcid


# ----------------------------------------------------------------------------- right or not at all


def test_the_right_doi_despite_a_correction_a_preprint_and_a_near_miss(services, library):
    summary, _ = enrich(library, "author:aceto year:2014")
    doi, pmid, pmcid = ids(library, "aceto2014circulating")
    assert doi == "10.5555/aceto20142"
    assert pmid == "30000002" and pmcid == "PMC7000002"
    assert summary.counts["failed"] == 0


def test_nothing_is_written_when_only_decoys_exist(monkeypatch, library):
    works = [w for w in world() if w.doi != "10.5555/aceto20142"]
    with FakeServices(works) as fake:
        for name, value in fake.env.items():
            monkeypatch.setenv(name, value)
        enrich(library, "author:aceto year:2014")
    doi, pmid, _ = ids(library, "aceto2014circulating")
    assert doi is None and pmid is None  # not the correction, not the preprint, not the near-miss


def test_a_wrong_printed_volume_does_not_stop_a_match(monkeypatch, library):
    # The chapter prints 'Cancers (Basel) 95:23–30'; the real record says volume 13.
    with FakeServices(world(batsivari=dict(volume="13"))) as fake:
        for name, value in fake.env.items():
            monkeypatch.setenv(name, value)
        enrich(library, "author:batsivari")
    assert ids(library, "batsivari2021understanding")[0] == "10.5555/batsivari202113"


def test_a_wrong_pmid_from_ecitmatch_is_caught_by_esummary(services, library):
    services.citmatch_override["alderton2012exosomes"] = "30000003"  # Acuña's PMID, not Alderton's
    truth = next(w for w in services.works if w.title.startswith("Exosomes drive premetastatic"))
    summary, _ = enrich(library, "author:alderton")
    # ESummary refuses ECitMatch's answer; the search by the DOI Crossref found gives the right one.
    assert ids(library, "alderton2012exosomes")[1] == truth.pmid != "30000003"
    searches = [params["term"][0] for service, params, _ in services.seen if "term" in params]
    assert searches == [f'"{truth.doi}"[doi]']


def test_pmcid_and_doi_come_from_the_id_converter(services, library):
    enrich(library, "author:abdel")
    assert ids(library, "abdelmouti2021tgfb1") == ("10.5555/abdelmouti20210", "30000000", "PMC7000000")
    # Linked to PubMed but not to PubMed Central: a PMID and no PMCID.
    assert ids(library, "abdelghany2001breast")[1:] == ("30000001", None)


def test_abstracts_and_mesh_feed_search_and_tags(services, library):
    enrich(library, "author:aceto year:2014", Options(mailto="me@example.org", abstracts=True))
    record = library.get("aceto2014circulating").reference
    assert record.abstract.startswith("BACKGROUND: An abstract about circulating tumor cell clusters")
    assert record.mesh == ["Humans", "Neoplasm Metastasis"]
    assert "aceto2014circulating" in [hit.record.key for hit in library.search("abstract:oligoclonal")]
    assert "aceto2014circulating" in [hit.record.key for hit in library.search('"neoplasm metastasis"')]


# ----------------------------------------------------------------------------- never overwrite


def _bib_with_doi(tmp_path: Path, doi: str) -> Path:
    bib = tmp_path / "mine.bib"
    bib.write_text(
        "@article{mine, author = {Alderton, G. K.}, title = {Exosomes drive premetastatic niche formation},\n"
        f"  journal = {{Nat Rev Cancer}}, year = {{2012}}, volume = {{12}}, number = {{7}}, pages = {{447--447}},\n"
        f"  doi = {{{doi}}}}}\n",
        encoding="utf-8",
    )
    return bib


def test_an_existing_doi_is_checked_and_kept_when_it_names_another_work(services, tmp_path):
    with Library(tmp_path / "own.sqlite") as library:
        library.import_files([str(_bib_with_doi(tmp_path, "10.5555/aceto20142"))])
        summary, _ = enrich(library, None)
        assert ids(library, "mine")[0] == "10.5555/aceto20142"  # the user's value stays
        assert summary.counts["mismatch"] == 1
        with library.reading() as connection:
            outcome, detail = connection.execute(
                "SELECT outcome, detail FROM lookup WHERE service = 'crossref'"
            ).fetchone()
        assert outcome == "mismatch" and "names another work" in detail


def test_an_existing_doi_crossref_does_not_know(services, tmp_path):
    with Library(tmp_path / "own.sqlite") as library:
        library.import_files([str(_bib_with_doi(tmp_path, "10.1371/notarealdoi"))])
        summary, _ = enrich(library, None)
        assert summary.counts["mismatch"] == 1
        assert ids(library, "mine")[0] == "10.1371/notarealdoi"


def test_overwrite_replaces_a_value_the_user_has(services, tmp_path):
    from citekit.formats.bibtex import write_bibtex

    wrong = "10.5555/aceto20142"  # the user's DOI names another paper
    with Library(tmp_path / "own.sqlite") as library:
        library.import_files([str(_bib_with_doi(tmp_path, wrong))])
        kept, _ = enrich(library, None, Options(mailto="me@example.org", overwrite=frozenset({"pmid"})))
        assert ids(library, "mine")[0] == wrong  # --overwrite pmid leaves the DOI alone
        assert [(key, name, value) for key, name, value, _ in kept.kept if name == "doi"] == [("mine", "doi", wrong)]
        replaced, _ = enrich(
            library, None, Options(mailto="me@example.org", refresh=True, overwrite=frozenset({"doi"}))
        )
        found = [(key, value) for key, name, value, _ in replaced.changes if name == "doi"]
        assert len(found) == 1 and found[0][0] == "mine" and found[0][1] != wrong
        assert ids(library, "mine")[0] == found[0][1]
        # The entry as the user wrote it gives way to the value they asked for; nothing else changes.
        entry = write_bibtex([library.get("mine").reference])
        assert f"doi = {{{found[0][1]}}}" in entry and wrong not in entry
        assert "title = {Exosomes drive premetastatic niche formation}" in entry


# ----------------------------------------------------------------------------- faults


@pytest.mark.parametrize(
    "fault",
    [
        Fault("429-retry-after", 1),
        Fault("429"),
        Fault("500"),
        Fault("503"),
        Fault("slow", 3.0),
        Fault("truncated"),
        Fault("reset"),
    ],
    ids=lambda f: f.kind,
)
def test_faults_are_retried_and_the_answer_is_right(services, library, fault):
    services.fail("crossref-list", fault)
    started = time.monotonic()
    summary, client = enrich(library, "author:aceto year:2014")
    assert ids(library, "aceto2014circulating")[0] == "10.5555/aceto20142"
    assert summary.counts["failed"] == 0
    assert client.stats.retries >= 1
    if fault.kind == "429-retry-after":
        assert time.monotonic() - started >= 1.0  # Retry-After honoured


def test_a_truncated_answer_is_not_cached(services, library):
    services.fail("crossref-list", Fault("truncated"))
    enrich(library, "author:aceto year:2014")
    with library.reading() as connection:
        bodies = [row[0] for row in connection.execute("SELECT body FROM http_cache WHERE url LIKE '%/works?%'")]
    assert bodies and all(body.rstrip().endswith(b"}") for body in bodies)


def test_a_request_that_keeps_failing_marks_only_its_record(services, library):
    services.fail("crossref-list", *[Fault("503")] * 5)
    summary, _ = enrich(library, "author:coffelt year:2016")
    assert summary.counts["failed"] == 1
    with library.reading() as connection:
        assert connection.execute("SELECT outcome FROM lookup WHERE service = 'crossref'").fetchall() == [("failed",)]
        # PubMed still answered: its confirmed record carries the DOI, and says so.
        assert connection.execute("SELECT source FROM provenance WHERE field = 'doi'").fetchall() == [("pubmed",)]
    assert ids(library, "coffelt2016neutrophils")[:2] == ("10.5555/coffelt201627", "30000027")


def test_too_many_failures_stop_the_run_with_what_was_found_saved(services, library):
    services.fail("crossref-list", *[Fault("500")] * 200)
    with pytest.raises(EnrichError, match="stopping: .* requests failed"):
        enrich(library, "year:2021", min_requests_for_stop=3)
    with library.reading() as connection:
        # Every record is either untouched or fully recorded: no DOI without its provenance.
        assert connection.execute(
            "SELECT count(*) FROM reference r WHERE r.doi IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM provenance p WHERE p.reference_id = r.id AND p.field = 'doi')"
        ).fetchone() == (0,)


def test_not_found_text_bodies_are_not_parsed_as_json(services, library):
    services.fail("crossref-list", Fault("notfound"))
    summary, _ = enrich(library, "author:aceto year:2014")
    assert summary.counts["failed"] == 0


# ----------------------------------------------------------------------------- politeness and durability


def test_identification_is_sent_as_the_services_ask(services, library):
    enrich(library, "author:aceto year:2014", Options(mailto="me@example.org", api_key="KEY123"))
    crossref = [(params, agent) for service, params, agent in services.seen if service.startswith("crossref")]
    assert crossref and all(params.get("mailto") == ["me@example.org"] for params, _ in crossref)
    assert all(agent.startswith("citekit/") and "mailto:me@example.org" in agent for _, agent in crossref)
    ncbi = [params for service, params, _ in services.seen if service in ("eutils", "idconv")]
    assert ncbi and all(
        params.get("tool") == ["citekit"] and params.get("email") == ["me@example.org"] and params.get("api_key")
        for params in ncbi
    )


def test_published_limits_are_kept_so_no_429(services, library):
    summary, client = enrich(library, "year:2021")
    assert services.throttled == 0 and client.stats.throttled == 0
    starts = sorted(t for t, service, _ in services.requests if service == "crossref-list")
    # The server notes a request when it handles it, however late that is on a loaded machine: any four it noted
    # span a full second (unlimited, four come within milliseconds).
    assert len(starts) >= 4
    assert all(later - earlier >= 1.0 for earlier, later in zip(starts, starts[3:], strict=False))


def test_the_limiter_follows_lower_advertised_limits():
    limiter = SlidingWindowLimiter(10, 1.0, 3)
    limiter.update(2, 1.0, 1)
    assert (limiter.limit, limiter.concurrency) == (2, 1)
    started = time.monotonic()
    for _ in range(3):
        limiter.acquire()
        limiter.release()
    assert time.monotonic() - started >= 1.0


def test_a_request_counts_against_the_window_until_a_window_after_its_answer():
    # A server counts a request when it arrives; one whose answer came back late may have arrived late, so the
    # fourth request waits a full window from that answer, not from the first request's start.
    limiter = SlidingWindowLimiter(3, 1.0, 3)
    started = time.monotonic()
    for _ in range(3):
        limiter.acquire()
    time.sleep(0.5)
    for _ in range(3):
        limiter.release()
    limiter.acquire()
    assert time.monotonic() - started >= 1.5


def test_a_rerun_repeats_no_request_and_refresh_is_served_from_the_cache(services, library):
    enrich(library, "author:thery")
    first = services.count()
    enrich(library, "author:thery")
    assert services.count() == first
    asked = {(service, str(sorted(params.items()))) for service, params, _ in services.seen}
    summary, client = enrich(library, "author:thery", Options(mailto="me@example.org", refresh=True))
    assert client.stats.cache_hits > 0
    # A refresh looks again, but what it asks again comes from the cache: no request is repeated.
    again = [(service, str(sorted(params.items()))) for service, params, _ in services.seen[first:]]
    assert not set(again) & asked


def test_an_interrupted_run_leaves_the_library_consistent_and_resumes(services, library):
    options = Options(mailto="me@example.org")
    client = fast_client(library, options)
    records = library.enrichment_targets("year:2021")
    seen = []

    def interrupt(outcome: str, key: str) -> None:
        seen.append(key)
        if len(seen) == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(records, library.lookups_done(), client, library.save_enrichment, options, interrupt)
    done = library.lookups_done()
    assert len(done) == 4  # what was saved before Ctrl-C, Crossref's and PubMed's answers alike
    at_crossref = {reference_id for reference_id, service in done if service == "crossref"}
    assert at_crossref
    asked = len(services.seen)
    summary, _ = enrich(library, "year:2021")
    assert summary.skipped >= 4
    # The rest, never those done. (Counting requests instead let a retry after a slow answer on a
    # loaded machine, or one of the three in flight at Ctrl-C, look like a record asked again.)
    searched = [
        params["query.bibliographic"][0]
        for service, params, _ in services.seen[asked:]
        if service == "crossref-list" and "query.bibliographic" in params
    ]
    for stored in records:
        if stored.id in at_crossref:
            assert crossref.bibliographic_query(stored.reference) not in searched, stored.key
    assert len(set(searched)) <= len(records) - len(at_crossref)


def test_a_doi_is_credited_to_crossref_however_slowly_it_answers(services, library):
    """PubMed may settle a record (ECitMatch) and the PMC ID Converter give its DOI before Crossref has
    answered: the DOI is still Crossref's, as it is when Crossref is quick. Crossref registers DOIs, and
    which service a field came from must not depend on which host answered first."""
    for service in ("crossref-list", "crossref-single"):
        services.fail(service, *[Fault("slow", 1.5)] * 4)
    summary, _ = enrich(library, "author:aceto year:2014", Options(mailto="me@example.org"))
    assert ("aceto2014circulating", "doi", "10.5555/aceto20142", "crossref") in summary.changes
    assert [change for change in summary.changes if change[1] == "doi" and change[3] != "crossref"] == []


def test_dry_run_writes_nothing(services, library):
    before = library.path.read_bytes()
    summary, _ = enrich(library, "author:aceto year:2014", Options(mailto="me@example.org", dry_run=True))
    assert ("aceto2014circulating", "doi", "10.5555/aceto20142", "crossref") in summary.changes
    assert library.path.read_bytes() == before


def test_link_labels_that_promise_an_identifier_are_reported(monkeypatch, library):
    works = [w for w in world() if not w.doi.startswith("10.5555/aceto2014")]
    with FakeServices(works) as fake:
        for name, value in fake.env.items():
            monkeypatch.setenv(name, value)
        summary, _ = enrich(library, "author:aceto year:2014")
    assert ("aceto2014circulating", "PubMed", "pmid") in summary.missing_hints
    assert ("aceto2014circulating", "Article", "doi") in summary.missing_hints


# ----------------------------------------------------------------------------- the command line


def test_cli_enrich_show_and_exports_carry_identifiers(cli, db_path, services, monkeypatch):
    monkeypatch.setenv("CITEKIT_MAILTO", "me@example.org")
    cli("import", str(CHAPTER))
    result = cli("enrich", "author:aceto", "year:2014", "--abstracts")
    assert result.exit_code == 0, result.output
    assert "wrote aceto2014circulating doi = 10.5555/aceto20142  (crossref)" in result.stdout
    shown = cli("show", "aceto2014circulating", env={"COLUMNS": "200"}).stdout
    assert "10.5555/aceto20142" in shown and "(crossref, score" in shown and "PMC7000002" in shown
    record = __import__("json").loads(cli("search", "author:aceto", "year:2014", "--json").stdout)[0]
    assert (record["doi"], record["pmid"], record["pmcid"]) == ("10.5555/aceto20142", "30000002", "PMC7000002")
    bib = cli("export", "author:aceto", "year:2014").stdout
    assert "doi = {10.5555/aceto20142}" in bib and "pmid = {30000002}" in bib and "pmcid = {PMC7000002}" in bib
    assert "DO  - 10.5555/aceto20142" in cli("export", "author:aceto", "year:2014", "--format", "ris").stdout
    csl = __import__("json").loads(cli("export", "author:aceto", "year:2014", "--format", "csljson").stdout)[0]
    assert (csl["DOI"], csl["PMID"], csl["PMCID"]) == ("10.5555/aceto20142", "30000002", "PMC7000002")
    rerun = cli("enrich", "author:aceto", "year:2014")
    assert "0 requests" in rerun.stderr


def test_cli_dry_run_and_review(cli, db_path, monkeypatch, tmp_path):
    # Only a near match exists for Théry 2011: it becomes a suggestion, then the user accepts it.
    works = world(thery2011=dict(volume="4", page="99", year=2013))
    with FakeServices(works) as fake:
        for name, value in fake.env.items():
            monkeypatch.setenv(name, value)
        cli("import", str(CHAPTER))
        before = db_path.read_bytes()
        dry = cli("enrich", "author:thery", "year:2011", "--dry-run", "--mailto", "me@example.org")
        # Only a near match: nothing would be written, and the summary counts one suggestion.
        assert "would write" not in dry.stdout
        assert "1 suggested" in dry.stdout.splitlines()[0]
        assert db_path.read_bytes() == before
        cli("enrich", "author:thery", "year:2011", "--mailto", "me@example.org")
    shown = cli("show", "thery2011exosomes", env={"COLUMNS": "250"}).stdout
    assert "suggested doi" in shown and "pending" in shown
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT doi FROM reference WHERE key = 'thery2011exosomes'").fetchone() == (None,)
    review = cli("enrich", "--review", input="a\n")
    assert review.exit_code == 0
    with sqlite3.connect(db_path) as connection:
        doi = connection.execute("SELECT doi FROM reference WHERE key = 'thery2011exosomes'").fetchone()[0]
        source = connection.execute(
            "SELECT p.source FROM provenance p JOIN reference r ON r.id = p.reference_id "
            "WHERE r.key = 'thery2011exosomes' AND p.field = 'doi'"
        ).fetchone()[0]
    assert doi.startswith("10.5555/thery2011") and source == "user"
    assert "no suggestions waiting" in cli("enrich", "--review").stderr


def test_base_urls_come_from_the_environment(services):
    from citekit.enrich import crossref, ncbi

    assert crossref.base_url() == os.environ["CITEKIT_CROSSREF_URL"]
    assert ncbi.eutils_url() == os.environ["CITEKIT_EUTILS_URL"]
    assert ncbi.idconv_url() == os.environ["CITEKIT_IDCONV_URL"]


# ----------------------------------------------------------------------------- no PMID left behind


def test_every_findable_pmid_and_pmcid_is_found_and_none_is_wrong(tmp_path, monkeypatch):
    """A world where ECitMatch fails a third of the time (the journal spelled its own way, or a wrong
    PMID that ESummary refuses): PubMed searches by DOI (the record's own, or the one Crossref just
    found) and by title, first author and year find the rest, each answer confirmed by ESummary."""
    from citekit.formats.bibtex import write_bibtex

    works = world_from_chapter(REFERENCES)
    truth = {(w.title, w.year): w for w in world_from_chapter(REFERENCES, with_decoys=False)}
    chosen = [r for r in REFERENCES if (w := truth.get((r.title, r.year))) is not None and w.pmid][:48]
    by_title = {w.title: w for w in works}
    for number, reference in enumerate(chosen):
        work = by_title[reference.title]
        if number % 3 == 1:
            work.citmatch_journal = f"{work.journal} (Print)"  # ECitMatch finds nothing
        if number % 4 == 0:
            reference.doi = work.doi  # the record has its DOI already
        if number % 6 == 2:
            work.doi = f"10.9999/unknown{number}"  # Crossref cannot find it: only the title search can
    source = tmp_path / "subset.bib"
    source.write_text(write_bibtex(chosen), encoding="utf-8")
    with Library(tmp_path / "lib.sqlite") as library:
        library.import_files([str(source)])
        keys = {stored.reference.title: stored.key for stored in library.records()}
        with FakeServices(works) as fake:
            for name, value in fake.env.items():
                monkeypatch.setenv(name, value)
            for number, reference in enumerate(chosen):
                if number % 3 == 2:  # a wrong answer from ECitMatch: another paper's PMID
                    fake.citmatch_override[keys[reference.title]] = by_title[chosen[number - 1].title].pmid
            enrich(library, None)
            searches = [params["term"][0] for _, params, _ in fake.seen if "term" in params]
        found = {stored.reference.title: stored.reference for stored in library.records()}
    missed, bad = [], []
    for title, reference in found.items():
        expected = truth[(title, reference.year)]
        for name in ("pmid", "pmcid"):
            got, want = getattr(reference, name), getattr(expected, name)
            if got is not None and got != want:
                bad.append((title, name, got, want))
            elif got is None and want is not None:
                missed.append((title, name))
    assert not bad
    assert not missed  # every findable PMID and PMCID (48 and their PMCIDs)
    assert any(term.endswith("[doi]") for term in searches) and any(term.endswith("[dp]") for term in searches)


def test_crossref_and_ncbi_run_at_the_same_time(services, library):
    enrich(library, None)
    times = {
        service: [t for t, name, _ in services.requests if name == service] for service in ("crossref-list", "eutils")
    }
    assert min(times["eutils"]) < max(times["crossref-list"])  # PubMed did not wait for Crossref to end
