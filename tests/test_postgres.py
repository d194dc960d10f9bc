"""A lab's shared library on PostgreSQL: the same commands and the same answers as on one SQLite
file, many writers at once, who changed what, and a read-only role. Needs a server (tests/pgserver.py)."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pgserver import new_database, rows  # noqa: E402

from citekit.errors import ConflictError  # noqa: E402
from citekit.library import Library  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHAPTER = ROOT / "data" / "chapter.txt"
EXPORTS = ROOT / "tests" / "data" / "exports"
PARITY_FILES = [
    CHAPTER,
    EXPORTS / "bibtex" / "mendeley-thesis-430.bib",
    EXPORTS / "bibtex" / "jabref-5.1-groups.bib",
    EXPORTS / "bibtex" / "bibdesk-dissertation.bib",
    EXPORTS / "ris" / "scopus-6.ris",
    EXPORTS / "ris" / "web-of-science-10.ris",
    EXPORTS / "medline" / "pubmed-4.nbib",
    EXPORTS / "pubmedxml" / "efetch-2-articles.xml",
    EXPORTS / "csljson" / "zotero-book.json",
    EXPORTS / "endnote" / "endnote-9.xml",
]


# ----------------------------------------------------------------------------- search parity

HAND_PICKED = [
    "thery",
    "Théry",
    "THERY",
    "neutrophil",
    "neutrophils",
    "neutrophil*",
    "neutro*",
    '"premetastatic niche"',
    '"pre-metastatic niche"',
    "exosome OR vesicle",
    "exosome -review",
    "exosome NOT cancer",
    "-exosome year:2019",
    "TGF-β",
    "tgf-beta",
    "TGF-beta1",
    "IL-17",
    "miR-21",
    "CD8+",
    "author:coffelt",
    "author:thery year:2009..2012",
    "title:tunneling",
    "journal:nature",
    'journal:"cancer discov"',
    "editor:smith",
    "publisher:springer",
    "keyword:cancer",
    "mesh:humans",
    "abstract:metastasis",
    "year:2015",
    "year:..2005",
    "year:2018..",
    "has:doi",
    "no:doi",
    "has:pmid",
    "has:abstract",
    "has:url",
    "has:pages",
    "has:editor",
    "has:publisher",
    "has:isbn",
    "has:issn",
    "has:keywords",
    "has:mesh",
    "has:tags",
    "no:tags",
    "has:note",
    "type:book",
    "type:chapter",
    "type:article",
    "type:thesis",
    "tag:exosomes",
    "tag:exosomes OR tag:favourites",
    "-tag:exosomes exosome",
    "key:thery2011exosomes",
    "cancer has:doi -review year:2010..2020",
    "the",
    "of",
    "a",
    "2019",
    "10.1038",
]


def _generated_queries(library: Library, count: int = 240) -> list[str]:
    """Queries made from the library's own words (seeded): words, pairs, phrases, prefixes, fields."""
    chance = random.Random(20261201)
    records = library.records()
    queries = []
    for _ in range(count):
        record = chance.choice(records).reference
        words = re.findall(r"[^\W_]{3,}", record.title or "")
        if not words:
            continue
        kind = chance.randrange(7)
        if kind == 0:
            queries.append(chance.choice(words))
        elif kind == 1 and len(words) > 1:
            queries.append(" ".join(chance.sample(words, 2)))
        elif kind == 2 and len(words) > 1:
            start = chance.randrange(len(words) - 1)
            queries.append(f'"{words[start]} {words[start + 1]}"')
        elif kind == 3:
            queries.append(chance.choice(words)[:4] + "*")
        elif kind == 4 and record.authors:
            queries.append(f"author:{record.authors[0].family}")
        elif kind == 5 and record.container_title:
            inner = re.findall(r"[^\W_]{3,}", record.container_title)
            if inner:
                queries.append(f"journal:{chance.choice(inner)}")
        else:
            queries.append(f"{chance.choice(words)} -{chance.choice(words)} has:doi")
    return queries


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """The same library, imported from the same real files, on SQLite and on PostgreSQL."""
    with new_database() as url:
        libraries = []
        for location in (tmp_path_factory.mktemp("parity") / "lib.sqlite", url):
            library = Library(location)
            library.import_files([str(path) for path in PARITY_FILES])
            library.add_tag("exosomes", ["thery2011exosomes", "valadi2007exosomemediated"])
            library.add_tag("favourites", ["coffelt2015il17producing"])
            libraries.append(library)
        yield libraries
        for library in libraries:
            library.close()


def test_the_same_query_finds_the_same_records_on_both_backends(both):
    sqlite, postgresql = both
    assert sqlite.count() == postgresql.count() > 600
    queries = HAND_PICKED + _generated_queries(sqlite)
    differing = []
    for query in queries:
        on_sqlite = sorted(hit.record.key for hit in sqlite.search(query))
        on_postgresql = sorted(hit.record.key for hit in postgresql.search(query))
        if on_sqlite != on_postgresql:
            differing.append((query, set(on_sqlite) ^ set(on_postgresql)))
    assert not differing, differing
    # The suite is not vacuous: most queries find something, and not everything.
    found = [len(sqlite.search(query)) for query in queries]
    assert sum(1 for n in found if 0 < n < sqlite.count()) > 0.8 * len(queries)


def test_ranking_puts_title_matches_first_on_both(both):
    for library in both:
        hits = library.search("neutrophils")
        in_title = ["neutrophil" in (hit.record.reference.title or "").lower() for hit in hits]
        assert in_title[: sum(in_title)] == [True] * sum(in_title)


# ----------------------------------------------------------------------------- connecting


def test_without_the_driver_a_postgresql_url_says_what_to_install(cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if citekit[postgres] were not installed
    for args in (["search", "x"], ["import", str(CHAPTER)], ["stats"]):
        result = cli("--db", "postgresql://someone@db.example.org/lab", *args)
        assert result.exit_code == 2
        assert (
            result.stderr.strip()
            == "citekit: error: a PostgreSQL library needs the psycopg driver: pip install 'citekit[postgres]'"
        )


def test_a_password_never_appears_in_a_message(cli, pg_url):
    base = pg_url.rsplit("/", 1)[0].replace("postgresql://postgres@", "postgresql://postgres:S3cretPw@")
    for args in (["search", "x"], ["import", str(CHAPTER)]):
        result = cli("--db", f"{base}/no_such_database_here", *args)
        assert result.exit_code == 2
        assert "S3cretPw" not in result.output + result.stderr
        assert "postgres:***@" in result.stderr and "no_such_database_here" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_every_command_runs_against_postgresql_through_the_url_in_citekit_db(cli, pg_url, monkeypatch, tmp_path):
    monkeypatch.setenv("CITEKIT_DB", pg_url)
    assert cli("import", str(CHAPTER)).exit_code == 0
    assert cli("search", "author:thery", "--keys").stdout.split()[0].startswith("thery")
    assert json.loads(cli("show", "thery2011exosomes", "--json").stdout)["version"] == 1
    assert cli("tag", "add", "review", "thery2011exosomes").exit_code == 0
    assert cli("search", "tag:review", "--keys").stdout.split() == ["thery2011exosomes"]
    assert cli("tag", "auto").exit_code == 0
    out = tmp_path / "subset.bib"
    assert cli("export", "tag:review", "-o", str(out)).exit_code == 0
    assert "@article{thery2011exosomes," in out.read_text()
    assert json.loads(cli("stats", "--json").stdout)["records"] == 162
    # enrich and check, against the fake services, write to the server and read back from it.
    from fakeapi import FakeServices, world_from_chapter

    from citekit.parsing import parse_references

    references = parse_references(CHAPTER.read_text(encoding="utf-8")).references
    with FakeServices(world_from_chapter(references)) as fake:
        for name, value in fake.env.items():
            monkeypatch.setenv(name, value)
        enriched = cli("enrich", "author:aceto", "year:2014", "--mailto", "me@example.org")
        assert enriched.exit_code == 0, enriched.stderr
        record = json.loads(cli("show", "aceto2014circulating", "--json").stdout)
        assert (record["doi"], record["pmid"]) == ("10.5555/aceto20142", "30000002")
        checked = cli("check", "author:aceto", "year:2014", "--json", "--mailto", "me@example.org")
        assert checked.exit_code == 0, checked.stderr
        assert json.loads(checked.stdout)[0]["status"] == "clean"
    assert [c["action"] for c in json.loads(cli("log", "aceto2014circulating", "--json").stdout)][0] == "enrich"


# ----------------------------------------------------------------------------- many writers


def test_concurrent_imports_of_overlapping_files_leave_no_duplicates_and_no_clashing_keys(pg_url, tmp_path):
    entries = (EXPORTS / "bibtex" / "mendeley-thesis-430.bib").read_text(encoding="utf-8").split("\n@")
    head, body = entries[0], entries[1:]
    files = []
    for start in range(0, 4):  # four files, each overlapping the next by half
        part = body[start * 100 : start * 100 + 200]
        path = tmp_path / f"part{start}.bib"
        path.write_text(head + "".join("\n@" + entry for entry in part), encoding="utf-8")
        files.append(path)
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "citekit", "--db", pg_url, "import", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in files
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode in (0, 1), err  # 1: the file's own bad entries, reported
    whole = tmp_path / "whole.sqlite"
    with Library(whole) as reference:  # the same files one after another
        for path in files:
            reference.import_files([str(path)])
        expected = sorted(reference_record.key for reference_record in reference.records())
    stored = [key for (key,) in rows(pg_url, "SELECT key FROM reference ORDER BY key")]
    assert stored == expected  # each entry once, under the key its file gave it
    assert len(set(stored)) == len(stored)


def test_concurrent_tagging_loses_no_tag(pg_url):
    with Library(pg_url) as library:
        library.import_files([str(CHAPTER)])
        keys = [record.key for record in library.records()][:40]
    errors = []

    def tagger(number: int) -> None:
        try:
            with Library(pg_url, user=f"user{number}") as mine:
                for key in keys if number % 2 else reversed(keys):
                    mine.add_tag(f"topic-{number}", [key])
                    mine.add_tag("shared", [key])
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=tagger, args=(number,)) for number in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with Library(pg_url) as library:
        for key in keys:
            tags = library.get(key).tag_names
            assert tags == sorted(["shared", *(f"topic-{n}" for n in range(6))]), key
        # The search text followed every tag: each record is found by each tag's name.
        for number in range(6):
            assert len(library.search(f"topic-{number}")) == len(keys)


def test_two_people_editing_one_field_the_second_gets_a_conflict(library_location, cli):
    with Library(library_location, user="alice") as alice, Library(library_location, user="bob") as bob:
        alice.import_files([str(CHAPTER)])
        seen_by_alice = alice.get("thery2011exosomes").version
        seen_by_bob = bob.get("thery2011exosomes").version
        alice.edit("thery2011exosomes", {"title": "Alice's title"}, seen_by_alice)
        with pytest.raises(ConflictError, match=r"changed by alice .* since you read it"):
            bob.edit("thery2011exosomes", {"title": "Bob's title"}, seen_by_bob)
        assert bob.get("thery2011exosomes").reference.title == "Alice's title"
    result = cli(
        "--db", str(library_location), "--user", "bob", "set", "thery2011exosomes", "title=Bob's", "--if-version", "1"
    )
    assert result.exit_code == 3 and "conflict" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_log_says_who_changed_what_and_an_edit_can_be_undone(library_location, cli):
    db = str(library_location)
    assert cli("--db", db, "--user", "carol", "import", str(CHAPTER)).exit_code == 0
    before = json.loads(cli("--db", db, "show", "thery2011exosomes", "--json").stdout)
    assert (
        cli("--db", db, "--user", "dave", "set", "thery2011exosomes", "doi=10.1038/nri855", "year=2012").exit_code == 0
    )
    assert cli("--db", db, "--user", "erin", "tag", "add", "review", "thery2011exosomes").exit_code == 0
    log = json.loads(cli("--db", db, "log", "thery2011exosomes", "--json").stdout)
    assert [(c["user"], c["action"], c["fields"]) for c in log] == [
        ("erin", "tag", "review"),
        ("dave", "edit", "doi, year"),
        ("carol", "import", ""),
    ]
    assert log[1]["old"] == {"year": 2011} and log[1]["new"] == {"doi": "10.1038/nri855", "year": 2012}
    assert cli("--db", db, "undo", str(log[1]["id"])).exit_code == 0
    after = json.loads(cli("--db", db, "show", "thery2011exosomes", "--json").stdout)
    assert after["doi"] is None and after["year"] == before["year"] == 2011 and after["version"] == 3
    assert after["tags"] == ["review"]  # the later tag stays
    again = cli("--db", db, "undo", str(log[1]["id"]))
    assert again.exit_code == 3 and "undone already" in again.stderr
    assert cli("--db", db, "undo", str(log[0]["id"])).exit_code == 0
    assert json.loads(cli("--db", db, "show", "thery2011exosomes", "--json").stdout)["tags"] == []
    bad = cli("--db", db, "set", "thery2011exosomes", "doi=not-a-doi")
    assert bad.exit_code == 2 and "not a valid DOI" in bad.stderr


# ----------------------------------------------------------------------------- least privilege


def test_a_read_only_role_can_search_show_and_export_but_not_write(pg_url, cli, tmp_path):
    with Library(pg_url) as library:
        library.import_files([str(CHAPTER)])
    database = pg_url.rsplit("/", 1)[1]
    role = f"reader_{database[-12:]}"
    # The GRANTs the README gives, verbatim but for the names.
    rows(pg_url, f"CREATE ROLE {role} LOGIN")
    try:
        for statement in (
            f"GRANT CONNECT ON DATABASE {database} TO {role}",
            f"GRANT USAGE ON SCHEMA public TO {role}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
        ):
            rows(pg_url, statement)
        reader = pg_url.replace("postgresql://postgres@", f"postgresql://{role}@")
        before = {table: rows(pg_url, f"SELECT count(*) FROM {table}") for table in ("reference", "tag", "change_log")}
        assert cli("--db", reader, "search", "thery", "--keys").stdout.split()
        assert cli("--db", reader, "show", "thery2011exosomes").exit_code == 0
        out = tmp_path / "read.bib"
        assert cli("--db", reader, "export", "thery", "-o", str(out)).exit_code == 0 and out.stat().st_size
        for args in (
            ["tag", "add", "mine", "thery2011exosomes"],
            ["import", str(EXPORTS / "ris" / "scopus-6.ris")],
            ["set", "thery2011exosomes", "title=x"],
        ):
            result = cli("--db", reader, *args)
            assert result.exit_code == 2, args
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and "permission denied" in lines[0] and "unchanged" in lines[0], lines
        after = {table: rows(pg_url, f"SELECT count(*) FROM {table}") for table in ("reference", "tag", "change_log")}
        assert after == before
    finally:
        rows(pg_url, f"DROP OWNED BY {role}")
        rows(pg_url, f"DROP ROLE {role}")


# ----------------------------------------------------------------------------- moving a library


def test_copy_sqlite_to_postgresql_and_back_keeps_everything_and_duplicates_nothing(pg_url, cli, tmp_path):
    from citekit.enrich.http import Response

    first = tmp_path / "mine.sqlite"
    with Library(first) as library:
        library.import_files([str(CHAPTER), str(EXPORTS / "medline" / "pubmed-4.nbib")])
        library.add_tag("review", ["thery2011exosomes", "valadi2007exosomemediated"])
        library.edit("thery2011exosomes", {"doi": "10.1038/nri855"})
        library.http_cache().put(
            "k1", "https://api.crossref.org/works/x", Response(200, b'{"ok": 1}', "application/json")
        )
        originals = {record.key: record for record in library.records()}
    result = cli("copy", str(first), pg_url)
    assert result.exit_code == 0, result.stderr
    assert f"{len(originals)} records copied, 0 already there" in result.stderr
    with Library(pg_url) as shared:
        copied = {record.key: record for record in shared.records()}
        assert copied.keys() == originals.keys()
        for key, record in originals.items():
            assert copied[key].reference.to_storage() == record.reference.to_storage(), key
            assert copied[key].tag_names == record.tag_names
        assert shared.search("tag:review") and len(shared.search("tag:review")) == 2
        with shared.reading() as connection:
            from citekit.storage import reading

            sources = reading.field_sources(connection, shared.get("thery2011exosomes").id)
        assert sources["doi"].source == "user"
        assert shared.http_cache().get("k1").body == b'{"ok": 1}'
        # Someone adds a paper on the server, and one of the copied ones under a new key.
        shared.import_files([str(EXPORTS / "ris" / "scopus-6.ris")])
    again = cli("copy", str(first), pg_url)
    assert f"0 records copied, {len(originals)} already there" in again.stderr
    back = tmp_path / "back.sqlite"
    assert cli("copy", pg_url, str(back)).exit_code == 0
    with Library(back) as returned:
        assert len(returned.records()) == len(originals) + 6
        assert returned.get("thery2011exosomes").reference.doi == "10.1038/nri855"
    # Same paper, another key: matched by DOI, reported with both keys, not copied.
    other = tmp_path / "other.sqlite"
    with Library(other) as library:
        library.import_files([str(CHAPTER)])
        library.edit("valadi2007exosomemediated", {"doi": "10.1038/nri855", "title": "Something else"})
    clash = cli("copy", str(other), pg_url)
    assert "already there (not copied, same DOI): valadi2007exosomemediated = thery2011exosomes" in clash.stderr


def test_two_enrich_runs_at_once_share_the_cache_and_write_each_identifier_once(pg_url, monkeypatch):
    from fakeapi import FakeServices, world_from_chapter

    from citekit.enrich.run import Options, make_client, run
    from citekit.library import LibraryHttpCache
    from citekit.parsing import parse_references

    references = parse_references(CHAPTER.read_text(encoding="utf-8")).references
    with Library(pg_url) as library:
        library.import_files([str(CHAPTER)])
    outcomes: list[object] = []

    def enrich(user: str) -> None:
        with Library(pg_url, user=user) as mine:
            options = Options(mailto="me@example.org")
            client = make_client(options, LibraryHttpCache(mine))
            client.timeout, client.backoff = 2.0, 0.05
            try:
                records = mine.enrichment_targets("year:2011..2013")
                outcomes.append(run(records, mine.lookups_done(), client, mine.save_enrichment, options))
            except Exception as error:  # noqa: BLE001 - asserted below
                outcomes.append(error)
            finally:
                client.close()

    # Rate limits are not what this is about (two clients on one address share them, and a run that
    # meets too many 429s stops): the fake enforces none here.
    with FakeServices(world_from_chapter(references), enforce_limits=False) as fake:
        for name, value in fake.env.items():
            monkeypatch.setenv(name, value)
        threads = [threading.Thread(target=enrich, args=(user,)) for user in ("ann", "ben")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        requests = fake.count()
    assert not [outcome for outcome in outcomes if isinstance(outcome, Exception)], outcomes
    written = rows(
        pg_url,
        "SELECT key, fields, count(*) FROM change_log WHERE action = 'enrich' GROUP BY key, fields HAVING count(*) > 1",
    )
    assert written == []  # no record had the same fields written twice
    # Two runs that both saw no DOI and found different ones: the first written stays.
    from citekit.enrich.run import FieldUpdate, RecordResult

    with Library(pg_url, user="ann") as ann, Library(pg_url, user="ben") as ben:
        record = ann.get("skog2008glioblastoma")
        assert record.reference.doi is None  # outside the years enriched above
        for library, doi in ((ann, "10.5555/first"), (ben, "10.5555/second")):
            update = FieldUpdate("doi", doi, "crossref", 0.99, replaces=None)
            library.save_enrichment(RecordResult(record.id, record.key, "crossref", "resolved", updates=[update]))
        assert ann.get("skog2008glioblastoma").reference.doi == "10.5555/first"
        assert [c.user for c in ann.history("skog2008glioblastoma") if c.action == "enrich"] == ["ann"]
    dois = rows(pg_url, "SELECT count(*) FROM reference WHERE doi IS NOT NULL AND year BETWEEN 2011 AND 2013")[0][0]
    assert dois > 20
    # The cache is shared: a third run asks again only what failed (two clients share the services'
    # rate limits, and a look-up that kept meeting 429s is a failure, tried again on the next run).
    failed = rows(pg_url, "SELECT count(*) FROM lookup WHERE outcome = 'failed'")[0][0]
    with FakeServices(world_from_chapter(references)) as fake:
        for name, value in fake.env.items():
            monkeypatch.setenv(name, value)
        enrich("cat")
        assert fake.count() <= failed, fake.requests
    assert requests > 0


def test_edit_in_an_editor_saves_and_a_change_by_someone_else_meanwhile_is_a_conflict(library_location, cli, tmp_path):
    db = str(library_location)
    assert cli("--db", db, "import", str(CHAPTER)).exit_code == 0
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import os, pathlib, subprocess, sys, yaml\n"
        "path, db = pathlib.Path(sys.argv[1]), os.environ['LIBRARY']\n"
        "if 'OTHER' in os.environ:  # someone else saves a change while this editor is open\n"
        "    subprocess.run([sys.executable, '-m', 'citekit', '--db', db, '--user', 'zoe', 'set',\n"
        "                    'thery2011exosomes', 'title=Zoe was here'], check=True, capture_output=True)\n"
        "fields = yaml.safe_load(path.read_text(encoding='utf-8'))\n"
        "fields.update({'title': os.environ['TITLE'], 'volume': '4', 'variables.note': 'checked by hand'})\n"
        "path.write_text(yaml.safe_dump(fields, allow_unicode=True), encoding='utf-8')\n",
        encoding="utf-8",
    )
    command = f"{sys.executable} {editor}"
    env = {"EDITOR": command, "VISUAL": "", "LIBRARY": db, "TITLE": "Exosomes: secreted vesicles"}
    saved = cli("--db", db, "--user", "yan", "edit", "thery2011exosomes", env=env)
    assert saved.exit_code == 0, saved.stderr
    record = json.loads(cli("--db", db, "show", "thery2011exosomes", "--json").stdout)
    assert record["title"] == "Exosomes: secreted vesicles" and record["volume"] == "4" and record["version"] == 2
    assert record["note"] == "checked by hand"
    last = json.loads(cli("--db", db, "log", "thery2011exosomes", "--json").stdout)[0]
    assert (last["user"], last["action"], last["fields"]) == ("yan", "edit", "title, variables.note, volume")
    conflict = cli(
        "--db", db, "--user", "yan", "edit", "thery2011exosomes", env={**env, "OTHER": "1", "TITLE": "Yan's title"}
    )
    assert conflict.exit_code == 3, conflict.stderr
    line = conflict.stderr.strip()
    assert "\n" not in line and "changed by zoe" in line and "kept in" in line
    kept = Path(line.rsplit("kept in ", 1)[1])
    assert "checked by hand" in kept.read_text(encoding="utf-8")
    kept.unlink()  # the user's copy, made in the system's temp folder: not left behind by every run
    assert json.loads(cli("--db", db, "show", "thery2011exosomes", "--json").stdout)["title"] == "Zoe was here"
