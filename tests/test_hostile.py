"""Hostile input, bad answers and bad luck: what citekit writes cannot run code or break, what a
service sends is checked before it is believed, and nothing is dropped silently.

The fake services (tests/fakeapi.py) misbehave on request: error pages sent with 200, answers of
the wrong shape, XML bombs, identifiers that would escape a BibTeX value, answers that dribble or
never end, redirects to another host, long Retry-After waits, a concurrency limit of one."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fakeapi import FakeServices, Fault, world_from_chapter  # noqa: E402

from citekit.enrich.run import Options, make_client, run  # noqa: E402
from citekit.formats.bibtex import read_bibtex  # noqa: E402
from citekit.library import Library  # noqa: E402
from citekit.parsing import parse_each, parse_references  # noqa: E402
from citekit.parsing.places import is_place

ROOT = Path(__file__).resolve().parents[1]
CHAPTER = ROOT / "data" / "chapter.txt"
REFERENCES = parse_references(CHAPTER.read_text(encoding="utf-8")).references

needs_tex = pytest.mark.skipif(
    os.environ.get("CI") != "true" and shutil.which("biber") is None,
    reason="TeX not installed (CI installs it)",
)


# ----------------------------------------------------------------------------- enrichment


@pytest.fixture
def services(monkeypatch):
    with FakeServices(world_from_chapter(REFERENCES)) as fake:
        for name, value in fake.env.items():
            monkeypatch.setenv(name, value)
        yield fake


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "lib.sqlite") as library:
        library.import_files([str(CHAPTER)])
        yield library


def enrich(library: Library, query: str | None, options: Options | None = None, **settings):
    options = options or Options(mailto="me@example.org")
    client = make_client(options, library.http_cache(writable=not options.dry_run))
    client.timeout = settings.get("timeout", 2.0)
    client.backoff = settings.get("backoff", 0.05)
    client.min_requests_for_stop = settings.get("min_requests_for_stop", 1000)
    try:
        records = library.enrichment_targets(query)
        return run(records, library.lookups_done(), client, library.save_enrichment, options), client
    finally:
        client.close()


def _outcome(library: Library, key: str, service: str) -> str | None:
    with library.reading() as connection:
        row = connection.execute(
            "SELECT outcome FROM lookup JOIN reference r ON r.id = lookup.reference_id WHERE r.key = ? AND service = ?",
            (key, service),
        ).fetchone()
    return row[0] if row else None


def _cached(library: Library) -> list[bytes]:
    with library.reading() as connection:
        return [row[0] for row in connection.execute("SELECT body FROM http_cache")]


@pytest.mark.parametrize("kind", ["wrong-shape", "html-200", "bad-identifier"])
def test_an_answer_of_the_wrong_shape_is_a_failed_lookup_never_cached_and_asked_again(services, library, kind):
    services.fail("crossref-list", *[Fault(kind)] * 5)
    summary, client = enrich(library, "author:aceto year:2014")
    assert summary.counts["failed"] == 1 and summary.failures[0][0] == "aceto2014circulating"
    assert summary.failures[0][1].startswith("crossref: unreadable answer")
    assert _outcome(library, "aceto2014circulating", "crossref") == "failed"
    assert "input{/etc/passwd}" not in (library.get("aceto2014circulating").reference.doi or "")
    assert not any(b"items" in body and b"not a list" in body for body in _cached(library))
    assert not any(b"input{/etc/passwd}" in body or b"Gateway error" in body for body in _cached(library))
    again, _ = enrich(library, "author:aceto year:2014")
    assert again.counts["failed"] == 0
    assert _outcome(library, "aceto2014circulating", "crossref") in ("resolved", "mismatch")


def test_a_malformed_answer_cached_by_an_older_build_is_asked_again(services, library):
    enrich(library, "author:thery")
    with library.reading() as connection:
        connection.execute("UPDATE http_cache SET body = X'7b2274727563'")  # '{"truc', as one was cached
        connection.commit()
    with library.reading() as connection:
        connection.execute("DELETE FROM lookup")
        connection.commit()
    before = services.count()
    summary, client = enrich(library, "author:thery", Options(mailto="me@example.org", refresh=True))
    assert summary.counts["failed"] == 0
    assert services.count() > before  # asked again instead of crashing on the cache


def test_a_4xx_and_an_xml_bomb_are_failed_lookups(services, library):
    services.fail("crossref-list", Fault("400"))
    services.fail("eutils", *[Fault("xml-bomb")] * 10)
    summary, _ = enrich(library, "author:aceto year:2014")
    assert summary.counts["failed"] >= 1
    assert any("HTTP 400" in detail for _, detail in summary.failures)
    assert any("refused XML" in detail or "unreadable" in detail for _, detail in summary.failures)


def test_an_invalid_identifier_from_ncbi_is_never_stored(services, library):
    services.fail("eutils", *[Fault("bad-identifier")] * 10)
    enrich(library, "author:aceto year:2014")
    record = library.get("aceto2014circulating").reference
    assert record.pmcid is None or record.pmcid.startswith("PMC") and record.pmcid[3:].isdigit()


def test_failed_lookups_are_tried_again_on_the_next_run(services, library):
    services.fail("crossref-list", *[Fault("500")] * 200)
    summary, _ = enrich(library, "author:thery")
    assert summary.counts["failed"] == 3
    assert library.lookups_done() == set() or all(service != "crossref" for _, service in library.lookups_done())
    services.faults.clear()
    again, _ = enrich(library, "author:thery")
    assert again.counts["failed"] == 0 and again.counts["resolved"] >= 3


def test_each_request_has_a_total_deadline(services, library):
    services.fail("crossref-list", Fault("dribble", 0.3))
    started = time.monotonic()
    summary, _ = enrich(library, "author:aceto year:2014", timeout=1.0)
    assert time.monotonic() - started < 8  # one attempt cut at 1 s, then the retry succeeds
    assert summary.counts["resolved"] >= 1


def test_each_answer_has_a_size_cap(services, library):
    services.fail("crossref-list", Fault("huge", 40))
    summary, _ = enrich(library, "author:aceto year:2014", timeout=20.0)
    assert any("larger than" in detail for _, detail in summary.failures)
    assert library.path.stat().st_size < 5 * 2**20


def test_a_redirect_to_another_host_is_refused(services, library):
    services.fail("crossref-list", Fault("redirect-away"))
    summary, _ = enrich(library, "author:aceto year:2014")
    assert any("redirect to another host" in detail for _, detail in summary.failures)


def test_an_advertised_concurrency_of_one_does_not_deadlock(services, library):
    services.concurrency_advertised = 1
    started = time.monotonic()
    summary, _ = enrich(library, "year:2021")
    assert summary.records >= 6 and sum(summary.counts.values()) >= summary.records
    assert time.monotonic() - started < 30


def test_ctrl_c_ends_the_run_within_two_seconds_even_during_a_long_retry_after(services, tmp_path):
    db = tmp_path / "lib.sqlite"
    with Library(db) as library:
        library.import_files([str(CHAPTER)])
    services.fail("crossref-list", *[Fault("429-retry-after", 100)] * 50)
    # Ctrl-C reaches a command run in the foreground of a terminal. Run from a background job
    # (CI scripts, `pytest &`), this process ignores SIGINT and so would the child: a handler set
    # here is reset to the default in the child, as a terminal's foreground process has it.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "citekit", "--db", str(db), "enrich", "--mailto", "me@example.org"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **services.env},
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    deadline = time.monotonic() + 30
    while services.count("crossref-list") < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)  # well inside the 100 s back-off now
    interrupted = time.monotonic()
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert time.monotonic() - interrupted < 2.0
    assert process.returncode == 130
    assert "Traceback" not in stderr and "interrupted" in stderr


# ----------------------------------------------------------------------------- what citekit writes

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
HOSTILE_TEXT = (HOSTILE / "page.txt").read_text(encoding="utf-8")
HOSTILE_BIB = (HOSTILE / "entries.bib").read_text(encoding="utf-8")


@pytest.fixture
def hostile(tmp_path, cli):
    page = tmp_path / "page.txt"
    page.write_text(HOSTILE_TEXT, encoding="utf-8")
    bib = tmp_path / "hostile.bib"
    bib.write_text(HOSTILE_BIB, encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    result = cli("--db", str(db), "import", str(page), str(bib))
    assert result.exit_code == 0, result.output
    assert "writes as text, never as a command" in result.stderr
    return db


def test_identifiers_that_do_not_fit_their_syntax_are_never_stored(hostile):
    with sqlite3.connect(hostile) as connection:
        dois = [row[0] for row in connection.execute("SELECT doi FROM reference WHERE doi IS NOT NULL")]
    assert dois == []


def test_exported_bibtex_reads_back_with_every_entry_intact(hostile, cli):
    import bibtexparser

    text = cli("--db", str(hostile), "export").stdout
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    assert sorted(entry.key for entry in library.entries) == sorted(
        ["doe2019percent", "hostile1", "hostile2", "roe2018boldmarkup", "smith2020ends"]
    )
    assert "injected" not in {entry.key for entry in library.entries}
    assert "\\input" not in text.replace("\\textbackslash{}input", "")
    assert "\\write18" not in text.replace("\\textbackslash{}write18", "")


@needs_tex
@pytest.mark.parametrize("backend", ["bibtex", "biber"])
def test_hostile_records_compile_without_running_or_reading_anything(hostile, cli, tmp_path, backend):
    work = tmp_path / backend
    work.mkdir()
    (work / "marker.tex").write_text("\\typeout{MARKER-WAS-READ}\n")
    assert cli("--db", str(hostile), "export", "-o", str(work / "refs.bib")).exit_code == 0
    if backend == "biber":
        preamble = "\\usepackage[backend=biber]{biblatex}\\addbibresource{refs.bib}"
        body = "\\nocite{*}\\printbibliography"
    else:
        preamble = "\\usepackage{natbib}\\usepackage{url}"
        body = "\\nocite{*}\\bibliographystyle{plainnat}\\bibliography{refs}"
    (work / "doc.tex").write_text(f"\\documentclass{{article}}{preamble}\\begin{{document}}{body}\\end{{document}}\n")

    def run_tex(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, cwd=work, capture_output=True, text=True, timeout=300)

    run_tex("pdflatex", "-shell-escape", "-interaction=nonstopmode", "doc.tex")
    tool = run_tex(backend, "doc")
    assert "ERROR" not in tool.stdout and "error message" not in tool.stdout, tool.stdout
    final = run_tex("pdflatex", "-shell-escape", "-interaction=nonstopmode", "doc.tex")
    log = (work / "doc.log").read_text(encoding="utf-8", errors="replace")
    assert "runsystem" not in log
    assert "MARKER-WAS-READ" not in log
    assert not (work / "pwned").exists()
    assert "\n!" not in final.stdout, final.stdout[-2000:]
    bbl = (work / "doc.bbl").read_text(encoding="utf-8")
    assert bbl.count("\\bibitem" if backend == "bibtex" else "\\entry{") == 5


def test_ris_and_csljson_cannot_be_broken_either(hostile, cli):
    import rispy

    ris = cli("--db", str(hostile), "export", "--format", "ris").stdout
    assert len(rispy.loads(ris)) == 5
    items = json.loads(cli("--db", str(hostile), "export", "--format", "csljson").stdout)
    assert len(items) == 5


def test_rich_markup_in_records_and_paths_is_printed_as_text(tmp_path, cli):
    folder = tmp_path / "[" / "]x"
    folder.mkdir(parents=True)
    db = folder / "[bold]lib.sqlite"
    page = tmp_path / "page.txt"
    page.write_text(HOSTILE_TEXT, encoding="utf-8")
    imported = cli("--db", str(db), "import", str(page))
    assert imported.exit_code == 0 and "[bold]lib.sqlite" in imported.stdout
    for command in (("stats",), ("search", "markup"), ("show", "roe2018boldmarkup"), ("tag", "list")):
        result = cli("--db", str(db), *command, env={"COLUMNS": "200"})
        assert result.exit_code in (0, 1) and "Traceback" not in result.output, command
    assert "[/] Journal [red]" in cli("--db", str(db), "show", "roe2018boldmarkup", env={"COLUMNS": "200"}).stdout
    assert "[/] Journal [red]" in cli("--db", str(db), "stats", env={"COLUMNS": "200"}).stdout


def test_enrich_prints_markup_in_records_as_text(tmp_path, cli, services, monkeypatch):
    db = tmp_path / "[" / "]lib.sqlite"
    db.parent.mkdir()
    page = tmp_path / "page.txt"
    page.write_text(HOSTILE_TEXT, encoding="utf-8")
    cli("--db", str(db), "import", str(page))
    result = cli("--db", str(db), "enrich", "--mailto", "me@example.org")
    assert result.exit_code == 0 and "Traceback" not in result.output


# ----------------------------------------------------------------------------- import never drops silently


def test_list_numbers_above_9999_are_list_numbers(tmp_path, cli):
    lines = ["References", ""]
    lines += [
        f"{n}. Author{n} A, Other B. A study of case {n} in cells. J Test. 2020;{n % 300 + 1}:1-5."
        for n in range(1, 12001)
    ]
    page = tmp_path / "long.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    started = time.monotonic()
    result = cli("parse", str(page), "--format", "json")
    assert time.monotonic() - started < 60
    records = json.loads(result.stdout)
    assert len(records) == 12000
    assert records[-1]["title"] == "A study of case 12000 in cells"
    assert max(len(record["title"]) for record in records) < 60


def test_a_manubot_list_numbered_past_1500_keeps_each_reference(tmp_path, cli):
    """A Manubot list of 2,000 references, its real references again and again: '1500.' after '1499.' reads as a year
    first, and every reference from there was read as the 1499th's going on."""
    printed = (Path(__file__).parent / "data" / "pages" / "pdftotext-manubot-glaciers.txt").read_text(encoding="utf-8")
    lines, number = ["References"], 0
    for _ in range(80):
        for line in printed.split("\n")[1:]:
            if line.rstrip(".").isdigit():
                number += 1
                line = f"{number}."
            lines.append(line)
    page = tmp_path / "manubot.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    result = cli("parse", str(page), "--format", "json")
    records = json.loads(result.stdout)
    assert [record["raw"].split(".")[0] for record in records] == [str(n) for n in range(1, 2001)]
    assert records[1499]["title"] == records[24]["title"] == "Open collaborative writing with Manubot"


def test_braces_nested_hundreds_deep_spoil_only_their_entry(tmp_path, cli):
    deep = "{" * 600 + "x" + "}" * 600
    bib = tmp_path / "deep.bib"
    bib.write_text(
        f"@article{{deep, title = {deep}, year = 2020}}\n\n@article{{fine, title = {{Fine}}, year = 2021}}\n",
        encoding="utf-8",
    )
    result = cli("--db", str(tmp_path / "lib.sqlite"), "import", str(bib))
    assert "Traceback" not in result.output and "RecursionError" not in result.output
    assert "fine" in cli("--db", str(tmp_path / "lib.sqlite"), "search", "key:fine", "--keys").stdout
    assert result.exit_code in (0, 1)


def test_an_extra_brace_that_ends_an_entry_early_is_reported(tmp_path, cli):
    bib = tmp_path / "extra.bib"
    bib.write_text(
        "@article{early, title = {Cut}}, journal = {Lost J}, year = {2020}}\n\n@article{next, title = {Next}}\n",
        encoding="utf-8",
    )
    result = cli("--db", str(tmp_path / "lib.sqlite"), "import", str(bib))
    assert result.exit_code == 1
    assert f"{bib}:1: text after the end of entry 'early' looks like more of its fields" in result.stderr


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"")],
)
def test_utf16_and_byte_order_marks_are_read(tmp_path, cli, encoding, bom):
    bib = tmp_path / "library.bib"
    bib.write_bytes(
        bom + "@article{muller2020, author = {Müller, Jörg}, title = {Zürich}, year = 2020}\n".encode(encoding)
    )
    db = tmp_path / "lib.sqlite"
    result = cli("--db", str(db), "import", str(bib))
    assert result.exit_code == 0, result.stderr
    assert "Müller" in cli("--db", str(db), "show", "muller2020").stdout


def test_a_symlink_loop_says_so(tmp_path, cli):
    loop = tmp_path / "loop.bib"
    loop.symlink_to(loop)
    result = cli("--db", str(tmp_path / "lib.sqlite"), "import", str(loop))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"citekit: error: {loop}: symbolic link loop"


def test_string_macros_and_concatenation_are_resolved_for_search_and_kept_for_export(tmp_path, cli):
    bib = tmp_path / "macros.bib"
    bib.write_text(
        '@string{jbc = "Journal of Biological Chemistry"}\n'
        '@article{m1, title = "Part " # {One}, journal = jbc, year = 2001}\n',
        encoding="utf-8",
    )
    db = tmp_path / "lib.sqlite"
    cli("--db", str(db), "import", str(bib))
    assert cli("--db", str(db), "search", "journal:biological", "--keys").stdout.split() == ["m1"]
    assert cli("--db", str(db), "search", "title:part", "title:one", "--keys").stdout.split() == ["m1"]
    exported = cli("--db", str(db), "export").stdout
    assert '@string{jbc = "Journal of Biological Chemistry"}' in exported
    assert "journal = jbc" in exported and 'title = "Part " # {One}' in exported


def test_a_formulas_macro_short_of_its_arguments_is_kept_as_written_not_half_read(tmp_path, cli):
    """pylatexenc gives a macro's template unfilled ('$\\frac$' → '%s/%s', '$\\sqrt{2}$' → '√(%(2)s)2' through
    citekit's table of its symbols) and logs a warning Python prints to stderr; the title a search finds is the
    formula as written, or read whole ('√(2)')."""
    text = (
        "@article{frac, title = {$\\frac$}, year = 2000}\n"
        "@article{sqrt, title = {A $\\sqrt{2}$ bound}, year = 2001}\n"
        "@article{both, title = {Ratio $\\frac$ and $\\sqrt$ here}, year = 2002}\n"
    )
    titles = [reference.title for reference in read_bibtex(text).references]
    assert titles == ["$\\frac$", "A √(2) bound", "Ratio $\\frac$ and $\\sqrt$ here"]
    # Python prints a library's warning to stderr only where no logging is set up: not under pytest.
    reading = f"from citekit.formats.bibtex import read_bibtex; read_bibtex({text!r})"
    quiet = subprocess.run([sys.executable, "-c", reading], capture_output=True, text=True, timeout=120)
    assert quiet.returncode == 0 and quiet.stderr == ""
    bib = tmp_path / "formulas.bib"
    bib.write_text(text, encoding="utf-8")
    cli("--db", str(tmp_path / "lib.sqlite"), "import", str(bib))
    exported = json.loads(cli("--db", str(tmp_path / "lib.sqlite"), "export", "--format", "csljson").stdout)
    assert sorted(item["title"] for item in exported) == sorted(titles)


# ----------------------------------------------------------------------------- libraries and writers


def test_a_journal_left_by_a_crash_is_recovered_on_the_next_read(tmp_path, cli):
    db = tmp_path / "lib.sqlite"
    cli("--db", str(db), "import", str(CHAPTER))
    crash = textwrap.dedent(
        f"""
        import os, sqlite3
        connection = sqlite3.connect({str(db)!r}, isolation_level=None)
        connection.execute("PRAGMA cache_size = 1")  # so that pages reach the file before the crash
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE reference SET title = 'half written'")
        os._exit(1)
        """
    )
    subprocess.run([sys.executable, "-c", crash], check=False)
    assert (tmp_path / "lib.sqlite-journal").exists()
    result = cli("--db", str(db), "search", "exosomes", "--keys")
    assert result.exit_code == 0, result.stderr
    assert "readonly" not in result.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM reference WHERE title = 'half written'").fetchone() == (0,)


def test_two_imports_at_once_both_succeed(tmp_path):
    db = tmp_path / "lib.sqlite"
    Library(db).close()
    files = []
    for number in range(2):
        bib = tmp_path / f"part{number}.bib"
        bib.write_text(
            "\n".join(
                f"@article{{p{number}x{n}, title = {{Paper {number}-{n}}}, author = {{Author, A.}}, year = 2020}}"
                for n in range(3000)
            ),
            encoding="utf-8",
        )
        files.append(bib)
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "citekit", "--db", str(db), "import", str(bib)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for bib in files
    ]
    results = [process.communicate(timeout=300) for process in processes]
    assert [process.returncode for process in processes] == [0, 0], results
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*), count(DISTINCT id) FROM reference").fetchone() == (6000, 6000)


# ----------------------------------------------------------------------------- the documented commands


@pytest.fixture
def stocked(cli, db_path):
    assert cli("import", str(CHAPTER)).exit_code == 0
    return db_path


def test_an_excluded_word_is_not_taken_for_an_option(cli, stocked):
    result = cli("search", "author:thery", "year:2005..2012", "-review", "--keys")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.split() == ["thery2011exosomes", "thery2009membrane", "segura2007cd8"]
    assert "thery2011exosomes" not in cli("search", "author:thery", "-exosomes", "--keys").stdout


def test_a_quoted_query_is_a_query(cli, stocked):
    quoted = cli("export", "neutrophil* year:2015..2021", "--format", "ris").stdout
    unquoted = cli("export", "neutrophil*", "year:2015..2021", "--format", "ris").stdout
    assert quoted == unquoted and quoted.count("ER  -") == 9
    # A plain phrase the shell kept together is still a phrase.
    assert (
        cli("search", "gap junctions", "--keys").stdout.split()
        == cli("search", '"gap junctions"', "--keys").stdout.split()
    )


def test_db_before_the_command(cli, stocked, tmp_path):
    other = tmp_path / "other.sqlite"
    assert cli("--db", str(other), "import", str(CHAPTER)).exit_code == 0
    assert cli("--db", str(other), "search", "thery", "--keys").stdout.count("\n") == 3


def test_listings_have_json(cli, stocked):
    cli("tag", "add", "review", "thery2011exosomes")
    tags = json.loads(cli("tag", "list", "--json").stdout)
    assert tags == [{"tag": "review", "records": 1, "by_hand": 1, "automatic": 0, "imported": 0}]
    figures = json.loads(cli("stats", "--json").stdout)
    assert figures["records"] == 162 and figures["per_tag"] == [{"tag": "review", "records": 1}]


def test_export_never_follows_a_dangling_symlink_nor_leaves_a_temporary_file(cli, stocked, tmp_path):
    link = tmp_path / "out.bib"
    link.symlink_to(tmp_path / "elsewhere" / "missing.bib")
    result = cli("export", "-o", str(link))
    assert result.exit_code == 2 and "symbolic link to a file that does not exist" in result.stderr
    read_only = tmp_path / "ro"
    read_only.mkdir()
    read_only.chmod(0o500)
    try:
        failed = cli("export", "-o", str(read_only / "out.bib"))
        assert failed.exit_code == 2 or os.geteuid() == 0
    finally:
        read_only.chmod(0o700)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert [p.name for p in read_only.iterdir() if p.name.endswith(".tmp")] == []


def test_write_bibtex_gives_parsed_references_keys():
    from citekit.formats import bibtex

    text = bibtex.write_bibtex(parse_references(CHAPTER.read_text(encoding="utf-8")).references)
    keys = [line.split("{", 1)[1].rstrip(",") for line in text.splitlines() if line.startswith("@")]
    assert len(keys) == len(set(keys)) == 162


# ----------------------------------------------------------------------------- hostile export files

_PUBMED = (ROOT / "tests" / "data" / "exports" / "pubmedxml" / "efetch-2-articles.xml").read_text(encoding="utf-8")
_LAUGHS = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))


@pytest.mark.parametrize(
    ("doctype", "entity"),
    [
        (f'<!DOCTYPE PubmedArticleSet [<!ENTITY lol0 "lol">{_LAUGHS}]>', "&lol9;"),
        ('<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;"),
        ('<!DOCTYPE PubmedArticleSet [<!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>', "&net;"),
    ],
)
def test_entity_tricks_in_an_xml_export_are_refused(tmp_path, cli, doctype, entity):
    """A billion laughs, a file read or a request through an entity: no entity is expanded, the
    file is refused with its line, and nothing is stored."""
    text = _PUBMED.replace(
        '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2015//EN" '
        '"http://www.ncbi.nlm.nih.gov/corehtml/query/DTD/pubmed_150101.dtd">',
        doctype,
    )
    text = text.replace("<ArticleTitle>", f"<ArticleTitle>{entity}", 1)
    assert doctype in text and entity in text
    path = tmp_path / "pubmed.xml"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "library.sqlite"
    began = time.monotonic()
    result = cli("--db", str(db), "import", str(path))
    assert time.monotonic() - began < 10
    assert result.exit_code == 2
    assert f"{path}:" in result.stderr and "not well-formed XML" in result.stderr
    assert "root:" not in result.stdout + result.stderr
    assert not db.exists() or not sqlite3.connect(db).execute("select count(*) from reference").fetchone()[0]


def test_a_ris_value_cannot_start_a_record(tmp_path, cli):
    """A title holding a line break and 'ER  -' / 'TY  -' comes back as one record with that text."""
    ris = "TY  - JOUR\nTI  - Harmless\nER  - \n"
    path = tmp_path / "in.ris"
    path.write_text(ris, encoding="utf-8")
    db = tmp_path / "library.sqlite"
    assert cli("--db", str(db), "import", str(path)).exit_code == 0
    cli("--db", str(db), "export", "--format", "csljson", "-o", str(tmp_path / "x.json"))
    items = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    items[0]["title"] = "Evil\nER  - \nTY  - JOUR\nTI  - Injected"
    (tmp_path / "x.json").write_text(json.dumps(items), encoding="utf-8")
    other = tmp_path / "other.sqlite"
    assert cli("--db", str(other), "import", str(tmp_path / "x.json")).exit_code == 0
    out = cli("--db", str(other), "export", "--format", "ris").stdout
    again = tmp_path / "again.ris"
    again.write_text(out, encoding="utf-8")
    third = tmp_path / "third.sqlite"
    assert cli("--db", str(third), "import", str(again)).exit_code == 0
    with Library(third) as library:
        (record,) = library.records()
    assert record.reference.title == "Evil ER - TY - JOUR TI - Injected"  # one record, the text kept


def _parsed_within_ten_seconds(tmp_path, cli, page: str):  # noqa: ANN001, ANN202
    """`citekit parse` of the page as a file: it exits 0 within ten seconds."""
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    began = time.monotonic()
    result = cli("parse", str(path), "--format", "json")
    assert time.monotonic() - began < 10
    assert result.exit_code == 0, result.stderr
    return result


def test_long_runs_of_link_labels_are_read_in_linear_time(tmp_path, cli):
    """A link label that is also two ('CrossRef Full Text' is 'CrossRef' and 'Full Text') repeated thousands of
    times on a line, and after a reference, with a word at the end, and a citation label of thousands of 'et
    al.': the page is read at once (read both ways at each label, the line would take time exponential in their
    number; searched from every place, the square)."""
    labels = "CrossRef Full Text " * 3000
    page = (
        "References\n"
        f"Aceto N, Bardia A (2014) Circulating tumor cell clusters. Cell 158(5):1110–1122 {labels}x\n"
        "Google Scholar\n"
        f"{labels}x\n"
        "Théry C (2011) Exosomes: secreted vesicles and intercellular communications. F1000 Biol Rep 3:15\n"
        "Google Scholar\n"
        f"Smith{' et al.' * 3000}, 20x\n"  # read as ScienceDirect's label over a reference, 'et al.' both ways
        "Google Scholar\n"
    )
    result = _parsed_within_ten_seconds(tmp_path, cli, page)
    assert "Exosomes: secreted vesicles and intercellular communications" in result.stdout


def test_a_long_word_and_labels_glued_to_a_doi_are_read_in_linear_time(tmp_path, cli):
    """A 60,000-character word with no hyphen on two lines (searched for hyphenated compounds from every place
    inside it, it took 16 s), and a DOI with thousands of link labels glued to it before 'Google Scholar': the
    paste is read at once, and the glued labels are no part of the DOI."""
    word = "x" * 60_000
    page = (
        f"Aceto N, Bardia A (2014) Circulating tumor cell clusters. Cell 158(5):1110–1122 doi:10.1000/{word} Scholar\n"
        f"{word}\n"
        "Siegel RL, Miller KD. Cancer statistics, 2023. CA Cancer J Clin. 2023;73(1):17-48. "
        f"doi:10.3322/caac.21763{'PubMed' * 10_000}Google Scholar\n"
    )
    result = _parsed_within_ten_seconds(tmp_path, cli, page)
    assert "PubMedPubMed" not in "".join(str(record.get("doi")) for record in json.loads(result.stdout))


@pytest.mark.parametrize("unit", ["´", "1", "&", '"', ": ", "A. ", "eds. ", "S. ", "http://", "https : / / a . "])
def test_a_long_line_of_one_mark_is_read_in_linear_time(unit):
    """A 60,000-character line of one mark, digit or word over and over: patterns tried from every place inside
    a long run (the bracketed editors' book, a number's run, a month after a place, a line of initials, a link cut
    where none ends, a link set with spaces) took time growing with its square or cube (the acute: 52 s); the string
    is read for its fields up to 4,000 characters."""
    line = (unit * (60_000 // len(unit) + 1))[:60_000]
    began = time.process_time()
    parse_references(line)
    parse_each([line])
    assert time.process_time() - began < 10


def test_a_long_run_of_spaces_inside_a_reference_is_read_in_linear_time():
    """A reference under 4,000 characters with a run of 3,900 spaces after its names: the patterns for 'et al.',
    'n.d.', Vancouver's and Nature's trailers, NLM's '[Internet]', Springer's web resources and GB/T 7714's head
    were tried from every place inside the run, in time growing with its square (150 s)."""
    began = time.process_time()
    (reference,) = parse_each([f"Smith J. {' ' * 3_900} In: X [Internet]. A: B; 2020."])
    assert time.process_time() - began < 10
    assert reference.year == 2020


def test_a_run_of_spaces_inside_a_place_is_read_in_linear_time():
    """Whether a stretch names a place is asked of a reference's fields and of a page's lines: its patterns for
    'Frankfurt a. M.' and 'Tübingen und Basel' were tried from every place of a run of spaces, in time growing
    with its square (20,000 spaces: 13 s; a reference's 3,900: 2 s)."""
    began = time.process_time()
    assert is_place(f"Berlin{' ' * 20_000}und Basel")
    assert time.process_time() - began < 5


def test_a_long_run_of_digits_as_a_volume_is_read_in_linear_time():
    """A reference under 4,000 characters whose volume is a run of 3,900 digits: the volume patterns took time
    growing with its cube (230 s); a run longer than any volume is no volume."""
    began = time.process_time()
    (reference,) = parse_each([f"Smith J. Title. Journal {'1' * 3_900} (2): 1-2."])
    assert time.process_time() - began < 10
    assert reference.volume is None and reference.issue == "2" and reference.pages == "1-2"
