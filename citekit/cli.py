"""The command line: parse options, call the library, hand results to render. Nothing else.

Heavy modules (SQLAlchemy, bibtexparser, rich) are imported inside the commands that need them, so
that `citekit search` starts fast. Exit codes: 0 success, 1 nothing matched or a named key/tag is
not in the library (as grep), 2 an error. An import that skipped unreadable entries exits 1.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from citekit import __version__
from citekit.errors import EXIT_ERROR, EXIT_NO_MATCH, CitekitError, ExportError, InputError

if TYPE_CHECKING:
    from citekit.storage.reading import StoredReference

EXIT_INTERRUPTED = 130
EXPORT_FORMATS = ("bibtex", "biblatex", "ris", "csljson")


class CitekitGroup(click.Group):
    """Turns user errors into one line on stderr and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        from citekit import render

        try:
            return super().invoke(ctx)
        except CitekitError as problem:
            render.error(str(problem))
            ctx.exit(problem.exit_code)
        except KeyboardInterrupt:
            render.error("interrupted; the unfinished command changed nothing in the library")
            ctx.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            # The reader of our output went away (e.g. `| head`): not an error worth a message.
            sys.stderr.close()
            ctx.exit(EXIT_ERROR)


def _remember_db(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    """--db is taken before the subcommand (citekit --db lib.sqlite search x) or after it."""
    root = ctx.find_root()
    root.meta.setdefault("citekit.db", None)
    if value is not None:
        root.meta["citekit.db"] = value
    return root.meta["citekit.db"]


def cited_in_option(function: Any) -> Any:
    return click.option(
        "--cited-in",
        "cited_in",
        type=click.Path(path_type=Path, dir_okay=False),
        multiple=True,
        help="Only the records this manuscript cites: a LaTeX .aux, biber's .bcf, a .tex or Markdown. Repeatable.",
    )(function)


def db_option(function: Any) -> Any:
    return click.option(
        "--db",
        "db_path",
        type=LIBRARY,
        default=None,
        callback=_remember_db,
        is_eager=False,
        help="Library file, or postgresql://user@host/dbname for a shared one "
        "(default: $CITEKIT_DB, else library.sqlite in your user data directory).",
    )(function)


class LibraryLocation(click.ParamType):
    """A library file's path, or a postgresql:// URL."""

    name = "FILE|URL"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path | str:
        from citekit.paths import library_location

        return value if isinstance(value, Path) else library_location(value)


LIBRARY = LibraryLocation()


def _library_path(db_path: Path | str | None) -> Path | str:
    from citekit.paths import default_library_path

    if db_path is None:
        db_path = click.get_current_context().find_root().meta.get("citekit.db")
    return db_path if db_path is not None else default_library_path()


def _user() -> str | None:
    return click.get_current_context().find_root().meta.get("citekit.user")


def _read(db_path: Path | str | None) -> Any:
    """A read-only connection; a library from an older citekit is upgraded first (once)."""
    from citekit.paths import is_database_url
    from citekit.storage.reading import NeedsUpgrade, check_schema, connect_readonly

    path = _library_path(db_path)
    if is_database_url(path):
        from citekit.storage import postgres

        connection = postgres.connect_readonly(str(path))
        try:
            check_schema(connection, postgres.display(str(path)))
        except NeedsUpgrade:
            _open(db_path).close()
        return connection
    try:
        return connect_readonly(path)
    except NeedsUpgrade:
        _open(db_path).close()
        return connect_readonly(path)


def _open(db_path: Path | None) -> Any:
    """The library for writing; says so when opening it upgraded it."""
    from citekit import render
    from citekit.library import Library

    library = Library(_library_path(db_path), user=_user())
    if library.notice:
        render.info(library.notice)
    return library


_QUERY_SYNTAX = re.compile(r"^(?:-?\w+:\S|-\w|OR$|AND$|NOT$|\S+\*$)")


def _query_text(words: tuple[str, ...]) -> str:
    """Shell words → query text. A word the shell kept together ("gap junction") stays a phrase,
    unless it is itself a query ('neutrophil* year:2015..2021', quoted to keep the shell off '*')."""

    def quoted(word: str) -> str:
        parts = word.split()
        if len(parts) < 2 or '"' in word or any(_QUERY_SYNTAX.match(part) for part in parts):
            return word
        return f'"{word}"'

    return " ".join(quoted(word) for word in words)


class QueryCommand(click.Command):
    """A command whose QUERY words may start with '-' (`search author:thery -review`): an
    unknown option that looks like an excluded word is handed to QUERY instead of refused."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        known = {name for param in self.params for name in getattr(param, "opts", [])}
        known.update(name for param in self.params for name in getattr(param, "secondary_opts", []))
        rewritten = []
        for arg in args:
            if arg.startswith("-") and len(arg) > 1 and arg != "--" and arg.split("=")[0] not in known and arg != "-":
                rewritten.append("\x00" + arg)  # an exclusion, not an option
            else:
                rewritten.append(arg)
        return super().parse_args(ctx, rewritten)


def _words(query: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word[1:] if word.startswith("\x00") else word for word in query)


@click.group(cls=CitekitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="citekit")
@db_option
@click.option(
    "--user",
    envvar="CITEKIT_USER",
    default=None,
    help="Who is making changes, for citekit log (default: $CITEKIT_USER, else your login name).",
)
@click.pass_context
def main(ctx: click.Context, db_path: Path | str | None, user: str | None) -> None:
    """citekit: reference lists → a clean, searchable library → exactly the BibTeX you need."""
    ctx.meta["citekit.user"] = user


# ----------------------------------------------------------------------------- parse


@main.command()
@click.argument("file")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json", "bibtex", "csljson"]),
    default="table",
    show_default=True,
    help="How to print the parsed references.",
)
@click.option("--ascii", "ascii_only", is_flag=True, help="With --format bibtex: LaTeX escapes instead of UTF-8.")
def parse(file: str, output_format: str, ascii_only: bool) -> None:
    """Parse a pasted reference list (FILE, or - for stdin) and print the records."""
    from citekit import render
    from citekit.keys import base_key, unique_key
    from citekit.sources import load_source

    source = load_source(file, format="text")
    for problem in source.problems:
        render.warning(str(problem))
    references = list(source.read())
    if output_format == "json":
        render.references_json(references)
    elif output_format in ("bibtex", "csljson"):
        from citekit.formats.bibtex import key_problem

        taken: set[str] = set()
        for reference in references:
            # A LaTeX bibliography's '\bibitem{key}' stays the key: the manuscript's \cite still finds it.
            kept = reference.key if reference.key and key_problem(reference.key) is None else None
            reference.key = unique_key(kept or base_key(reference), taken)
        if output_format == "bibtex":
            from citekit.formats.bibtex import write_bibtex

            sys.stdout.write(write_bibtex(references, ascii_only=ascii_only))
        else:
            from citekit.formats.csljson import write_csljson

            sys.stdout.write(write_csljson((reference, []) for reference in references))
    else:
        render.references_table(references, title=f"{len(references)} references in {source.name}")


# ----------------------------------------------------------------------------- import


@main.command(name="import")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--from",
    "input_format",
    type=click.Choice(["bibtex", "ris", "medline", "pubmedxml", "csljson", "cslyaml", "endnotexml", "refer", "text"]),
    default=None,
    help="Read every file as this format instead of recognising it from its content.",
)
@db_option
def import_(files: tuple[str, ...], input_format: str | None, db_path: Path | None) -> None:
    """Store the references in FILES (or - for stdin) in the library.

    The format of each file is recognised from its content: BibTeX/BibLaTeX, RIS, MEDLINE
    (.nbib), PubMed XML, CSL-JSON, CSL-YAML, EndNote XML, EndNote tagged (.enw, Refer), or a
    pasted reference list. Re-importing a file adds nothing. Every file is checked before anything is
    written, and the import is one transaction: on failure the library stays as it was. An entry
    that cannot be read is reported with its line and left out; the exit code is then 1.
    """
    from citekit import render
    from citekit.sources import load_source

    # Read every file before the library is opened: a missing or unreadable file costs nothing.
    sources = [load_source(name, input_format) for name in files]
    with _open(db_path) as library, render.import_progress() as progress:
        summary = library.import_sources(sources, progress)
    render.import_summary(summary, str(library.path))
    if summary.errors:
        sys.exit(EXIT_NO_MATCH)


# ----------------------------------------------------------------------------- search and show


@main.command(cls=QueryCommand)
@click.argument("query", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print records as JSON (the parse schema plus key, tags, ids).")
@click.option("--keys", "keys_only", is_flag=True, help="Print one citation key per line (for pipes).")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most N results (0: all). [table: 50]")
@db_option
def search(query: tuple[str, ...], as_json: bool, keys_only: bool, limit: int | None, db_path: Path | None) -> None:
    """Search the library; best matches first.

    \b
    Words must all match; "phrases"; a OR b; -word excludes; prefix*;
    fields: author: editor: title: journal: publisher: keyword: abstract:
    year:2015 year:2010..2020 type:book tag:exosomes key:KEY
    has:doi no:pmid (has/no: doi pmid pmcid abstract url pages editor
    publisher isbn issn keywords files note mesh tags; and, after
    citekit check, retraction correction concern).
    Exit code 1 when nothing matches.
    """
    from citekit import render
    from citekit.storage import reading

    text = _query_text(_words(query))
    if limit is None:
        limit = 0 if (as_json or keys_only) else 50
    connection = _read(db_path)
    try:
        if keys_only:
            found = reading.search_ids(connection, text, limit or None)
            keys = reading.keys_of(connection, [hit.id for hit in found])
        else:
            hits = reading.search(connection, text, limit or None)
    finally:
        connection.close()
    if keys_only:
        if not keys:
            render.info(f"no records match {text}")
            sys.exit(EXIT_NO_MATCH)
        sys.stdout.write("".join(f"{key}\n" for key in keys))
        return
    if not hits:
        render.info(f"no records match {text}")
        sys.exit(EXIT_NO_MATCH)
    records = [hit.record for hit in hits]
    if as_json:
        render.records_json(records)
    else:
        render.records_table(records, title=f"{len(records)} records match {text}")


@main.command()
@click.argument("key")
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")
@db_option
def show(key: str, as_json: bool, db_path: Path | None) -> None:
    """Show one record in full: every field, identifiers and where they came from, tags."""
    from citekit import render
    from citekit.storage import reading

    connection = _read(db_path)
    try:
        record = reading.by_key(connection, key)
        duplicates = reading.probable_duplicates(connection, record)
        sources = reading.field_sources(connection, record.id)
        suggestions = reading.suggestions(connection, record.id)
        lookups = reading.lookups(connection, record.id)
        status = reading.statuses(connection, [record.id]).get(record.id)
    finally:
        connection.close()
    if as_json:
        render.records_json([record], single=True)
    else:
        render.record_detail(record, duplicates, sources, suggestions, lookups, status)


# ----------------------------------------------------------------------------- editing and history


@main.command(name="set")
@click.argument("key")
@click.argument("assignments", nargs=-1, required=True, metavar="FIELD=VALUE...")
@click.option(
    "--if-version",
    "expected_version",
    type=int,
    default=None,
    help="Save only if the record is still at this version (from show --json); else a conflict, exit 3.",
)
@db_option
def set_(key: str, assignments: tuple[str, ...], expected_version: int | None, db_path: Path | None) -> None:
    """Set fields of record KEY: title="…", doi=10.…, year=2019, variables.publisher=…; FIELD= clears it."""
    from citekit import render
    from citekit.errors import InputError

    changes: dict[str, str | None] = {}
    for assignment in assignments:
        name, equals, value = assignment.partition("=")
        if not equals or not name.strip():
            raise InputError(f"expected FIELD=VALUE, got {assignment!r}")
        changes[name.strip()] = value or None
    with _open(db_path) as library:
        version = library.edit(key, changes, expected_version)
    render.info(f"{key}: {', '.join(changes)} saved (version {version})")


@main.command()
@click.argument("key")
@db_option
def edit(key: str, db_path: Path | None) -> None:
    """Edit record KEY in your editor ($VISUAL, $EDITOR): its fields as YAML. If someone else
    changes the record while you edit, nothing is saved (exit 3) and your text is kept in a file."""
    import tempfile

    import yaml

    from citekit import render
    from citekit.errors import ConflictError, InputError
    from citekit.library import editable_fields

    with _open(db_path) as library:
        stored = library.get(key)
        before = editable_fields(stored.reference)
        header = (
            f"# citekit edit {key} (version {stored.version}). Change values, clear one to remove it,\n"
            "# add variables.NAME: value for another CSL variable. Save and quit to store; quit without\n"
            "# saving to leave the record as it was.\n"
        )
        text = header + yaml.safe_dump(before, allow_unicode=True, sort_keys=False, width=100)
        edited = click.edit(text, extension=".yaml")
        if edited is None or edited == text:
            render.info(f"{key}: nothing changed")
            return
        try:
            after = yaml.safe_load(edited) or {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark is not None else ""
            raise InputError(f"your edit of {key} is not valid YAML{where}; nothing was saved") from None
        if not isinstance(after, dict):
            raise InputError(f"your edit of {key} is not a list of FIELD: value lines; nothing was saved")
        changes = {
            str(name): None if value in (None, "") else value
            for name, value in after.items()
            if name not in before or str(before[name]) != str(value)
        }
        changes.update({name: None for name in before if name not in after and before[name] is not None})
        if not changes:
            render.info(f"{key}: nothing changed")
            return
        try:
            version = library.edit(key, changes, stored.version)
        except ConflictError as conflict:
            kept = Path(tempfile.mkstemp(prefix=f"citekit-edit-{key}-", suffix=".yaml")[1])
            kept.write_text(edited, encoding="utf-8")
            raise ConflictError(f"{conflict}; your edit is kept in {kept}") from None
    render.info(f"{key}: {', '.join(sorted(changes))} saved (version {version})")


@main.command(name="log")
@click.argument("key", required=False)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many changes.")
@click.option("--json", "as_json", is_flag=True, help="JSON, with the values before and after each change.")
@db_option
def log_(key: str | None, limit: int, as_json: bool, db_path: Path | None) -> None:
    """Who changed what and when, newest first: of record KEY, or of the whole library."""
    from citekit import render

    with _open(db_path) as library:
        changes = library.history(key, limit)
    if as_json:
        render.json_out([change.to_json() for change in changes])
    elif not changes:
        render.info(f"no changes to {key}" if key else "no changes yet")
    else:
        render.changes_table(changes, f"Changes to {key}" if key else "Changes")


@main.command()
@click.argument("change_id", type=int, metavar="CHANGE")
@db_option
def undo(change_id: int, db_path: Path | None) -> None:
    """Take back change number CHANGE (see citekit log): an edit, a tag, or an import."""
    from citekit import render

    with _open(db_path) as library:
        change = library.undo(change_id)
    render.info(f"undone: {render.change_detail(change)}")


@main.command()
@click.argument("source", type=LIBRARY)
@click.argument("target", type=LIBRARY)
def copy(source: Path | str, target: Path | str) -> None:
    """Copy library SOURCE into TARGET (files or postgresql:// URLs): records, tags, provenance,
    check results and the web cache. Records TARGET already has are reported, not copied."""
    from citekit import render
    from citekit.copying import copy_library
    from citekit.library import Library

    with Library(source, user=_user()) as origin, Library(target, user=_user()) as destination:
        summary = copy_library(origin, destination)
    render.copy_summary(summary, str(destination.path))


# ----------------------------------------------------------------------------- tags


@main.group()
def tag() -> None:
    """Tag records by hand or by topic; list and rename tags."""


def _keys(keys: tuple[str, ...]) -> list[str]:
    """Keys from the arguments; '-' reads more from stdin (whitespace-separated)."""
    result: list[str] = []
    for key in keys:
        if key == "-":
            result.extend(sys.stdin.read().split())
        else:
            result.append(key)
    if not result:
        raise InputError("no keys given (pass keys, or - to read them from stdin)")
    return result


@tag.command("add")
@click.argument("name")
@click.argument("keys", nargs=-1, required=True)
@db_option
def tag_add(name: str, keys: tuple[str, ...], db_path: Path | None) -> None:
    """Add tag NAME to records KEYS (or - to read keys from stdin)."""
    from citekit import render

    with _open(db_path) as library:
        change = library.add_tag(name, _keys(keys))
    render.tag_change(change, "tagged", "had it already")


@tag.command("remove")
@click.argument("name")
@click.argument("keys", nargs=-1, required=True)
@db_option
def tag_remove(name: str, keys: tuple[str, ...], db_path: Path | None) -> None:
    """Remove tag NAME from records KEYS (or -). `tag auto` will not add it back."""
    from citekit import render

    with _open(db_path) as library:
        change = library.remove_tag(name, _keys(keys))
    render.tag_change(change, "untagged", "did not have it")


@tag.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the tags as JSON.")
@db_option
def tag_list(as_json: bool, db_path: Path | None) -> None:
    """Every tag with the number of records carrying it."""
    from citekit import render
    from citekit.storage import reading

    connection = _read(db_path)
    try:
        counts = reading.tag_counts(connection)
    finally:
        connection.close()
    if as_json:
        render.tag_counts_json(counts)
    else:
        render.tag_counts(counts)


@tag.command("rename")
@click.argument("old")
@click.argument("new")
@db_option
def tag_rename(old: str, new: str, db_path: Path | None) -> None:
    """Rename tag OLD to NEW (onto an existing tag: the two are merged)."""
    from citekit import render
    from citekit.library import valid_tag
    from citekit.query import normalise_tag

    with _open(db_path) as library:
        affected = library.rename_tag(old, new)
    render.info(f"renamed {normalise_tag(old)!r} to {valid_tag(new)!r} on {affected} records")


@tag.command("auto")
@click.option(
    "--vocabulary",
    "vocabularies",
    type=click.Path(exists=False, dir_okay=False, path_type=Path),
    multiple=True,
    help="A topics file (TOML) extending the shipped vocabulary. Repeatable.",
)
@click.option("--dry-run", is_flag=True, help="Show what would be tagged without changing the library.")
@db_option
def tag_auto(vocabularies: tuple[Path, ...], dry_run: bool, db_path: Path | None) -> None:
    """Tag records by topic from citekit's vocabulary (plus yours).

    Matches titles, abstracts, keywords and MeSH headings. Each tag records the term and field that
    matched. A tag you removed is never added back, and running it again changes nothing. A
    topics.toml in your user config directory (e.g. ~/.config/citekit/topics.toml) is read as well.
    """
    from citekit import render
    from citekit.paths import user_vocabulary_path
    from citekit.topics import load_vocabulary

    files = list(vocabularies)
    for path in files:
        if not path.is_file():
            raise InputError(f"{path}: no such vocabulary file")
    if user_vocabulary_path().is_file():
        files.insert(0, user_vocabulary_path())
    vocabulary = load_vocabulary(files)
    with _open(db_path) as library, render.progress_bar("tagging by topic") as progress:
        summary = library.auto_tag(vocabulary, dry_run=dry_run, progress=progress)
    render.auto_tag_summary(summary, dry_run)


# ----------------------------------------------------------------------------- enrich


@main.command()
@click.argument("query", nargs=-1)
@click.option("--mailto", envvar="CITEKIT_MAILTO", help="Your e-mail, sent as Crossref and NCBI ask. [$CITEKIT_MAILTO]")
@click.option("--api-key", envvar="NCBI_API_KEY", help="NCBI API key: 10 requests/s instead of 3. [$NCBI_API_KEY]")
@click.option("--refresh", is_flag=True, help="Look records up again even if they were looked up before.")
@click.option("--dry-run", is_flag=True, help="Print what would change; write nothing.")
@click.option(
    "--overwrite",
    "overwrite",
    multiple=True,
    type=click.Choice(["doi", "pmid", "pmcid", "abstract"]),
    help="Replace this field even where it already has a value (yours). Repeatable.",
)
@click.option("--abstracts", is_flag=True, help="Also fetch abstracts and MeSH headings from PubMed.")
@click.option("--review", is_flag=True, help="Go through suggestions below the threshold: accept or reject each.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, help="Seconds per request.")
@db_option
def enrich(
    query: tuple[str, ...],
    mailto: str | None,
    api_key: str | None,
    refresh: bool,
    dry_run: bool,
    overwrite: tuple[str, ...],
    abstracts: bool,
    review: bool,
    timeout: float,
    db_path: Path | None,
) -> None:
    """Look up DOIs (Crossref) and PMIDs/PMCIDs (NCBI) for QUERY, or for every record missing one.

    A DOI is written only when the candidate agrees with the record on at least three of title,
    first author, year, volume and first page; corrections, retractions and preprints are never
    taken. Anything less is kept as a suggestion (see --review). Values you have are never replaced
    unless you name them with --overwrite. Answers are cached in the library, so a rerun (or a
    resumed, interrupted run) repeats no request; failed look-ups are tried again.
    """
    from citekit import render
    from citekit.enrich.run import Options, make_client, run

    with _open(db_path) as library:
        if review:
            _review(library)
            return
        options = Options(mailto, api_key, refresh, dry_run, abstracts, frozenset(overwrite))
        records = library.enrichment_targets(_query_text(query) or None)
        if not records:
            render.info("nothing to look up: every record has a DOI, a PMID and a PMCID")
            return
        if not mailto:
            render.info(
                "no contact address: Crossref's public pool allows 1 search/s; "
                "set --mailto or CITEKIT_MAILTO for the polite pool (3/s)"
            )
        from citekit.enrich.http import Cancelled

        client = make_client(options, library.http_cache(writable=not dry_run))
        client.timeout = timeout
        try:
            with render.enrich_progress(len(records)) as progress:
                summary = run(records, library.lookups_done(), client, library.save_enrichment, options, progress)
        except (KeyboardInterrupt, Cancelled):
            client.cancel()
            render.error("interrupted: what was found so far is saved; run the same command again to resume")
            sys.exit(EXIT_INTERRUPTED)
        finally:
            client.close()
    render.enrich_summary(summary, client.stats, dry_run)


@main.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@cited_in_option
@click.option("--json", "as_json", is_flag=True, help="One object per record: key, doi, pmid, status, notices.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on corrections and partial retractions too.")
@click.option(
    "--max-age",
    type=click.FloatRange(min=0),
    default=7.0,
    show_default=True,
    help="Days a status stays fresh: older ones (and records never checked) are looked up again.",
)
@click.option("--refresh", is_flag=True, help="Look every record up again, however fresh.")
@click.option("--mailto", envvar="CITEKIT_MAILTO", help="Your e-mail, sent as Crossref and NCBI ask. [$CITEKIT_MAILTO]")
@click.option("--api-key", envvar="NCBI_API_KEY", help="NCBI API key: 10 requests/s instead of 3. [$NCBI_API_KEY]")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, help="Seconds per request.")
@db_option
def check(
    query: tuple[str, ...],
    cited_in: tuple[Path, ...],
    as_json: bool,
    strict: bool,
    max_age: float,
    refresh: bool,
    mailto: str | None,
    api_key: str | None,
    timeout: float,
    db_path: Path | None,
) -> None:
    """Is anything retracted? Look up the update status of every record with a DOI or PMID (or
    those QUERY or --cited-in name): retracted, withdrawn, partially retracted, under an
    expression of concern, corrected, or clean, with each notice's DOI, date and source
    (Retraction Watch and the publisher through Crossref, and PubMed).

    Exit code 1 when a checked record is retracted, withdrawn or under an expression of concern
    (with --strict, corrected or partially retracted too): a manuscript build can fail on it.
    """
    from datetime import UTC, datetime

    from citekit import render
    from citekit.enrich import ncbi, updates
    from citekit.enrich.http import Cancelled
    from citekit.enrich.run import Options, make_client

    missing: list[str] = []
    with _open(db_path) as library:
        ids = None
        if cited_in:
            with library.reading() as connection:
                ids, missing = _cited_ids(connection, cited_in)
        records, known = library.check_targets(_query_text(_words(query)) or None, ids)
        if not records:
            render.info("nothing to check: no selected record has a DOI or a PMID")
            sys.exit(EXIT_NO_MATCH)
        seconds = max_age * 86400
        now = datetime.now(UTC)
        stale = [r for r in records if refresh or r.id not in known or _age(known[r.id].checked_at, now) > seconds]
        client = make_client(Options(mailto, api_key), library.http_cache())
        client.timeout = timeout
        found: dict[int, updates.Checked] = {}
        try:
            with render.progress_bar("checking") as progress:
                for checked in updates.check_records(
                    stale,
                    client,
                    mailto,
                    ncbi.Identity(mailto, api_key),
                    library.save_statuses,
                    0 if refresh else seconds,
                    (lambda done: progress(done / len(stale))) if progress else (lambda done: None),
                ):
                    found[checked.reference_id] = checked
        except (KeyboardInterrupt, Cancelled):
            client.cancel()
            render.error("interrupted: the statuses found so far are saved; run the same command again to go on")
            sys.exit(EXIT_INTERRUPTED)
        finally:
            client.close()
    results = []
    for stored in records:
        if stored.id in found:
            results.append(found[stored.id])
        else:
            earlier = known[stored.id]
            status = updates.UpdateStatus(
                earlier.status, [updates.Notice.from_json(n) for n in earlier.notices], earlier.sources
            )
            reference = stored.reference
            results.append(
                updates.Checked(stored.id, stored.key, reference.doi, reference.pmid, status, earlier.checked_at)
            )
    if as_json:
        render.statuses_json(results)
    else:
        render.statuses(results, len(records) - len(stale), max_age)
    failing = updates.FAILING | ({"corrected", "partially-retracted"} if strict else set())
    if any(result.failed for result in results):
        sys.exit(EXIT_ERROR)
    if missing or any(result.status.status in failing for result in results):
        sys.exit(EXIT_NO_MATCH)


def _age(checked_at: str, now: Any) -> float:
    from citekit.library import as_utc

    return (now - as_utc(checked_at)).total_seconds()


def _review(library: Any) -> None:
    from citekit import render

    pending = library.pending_suggestions()
    if not pending:
        render.info("no suggestions waiting for review")
        return
    for number, suggestion in enumerate(pending, 1):
        render.suggestion(suggestion, number, len(pending))
        answer = click.prompt("accept, reject, skip or quit", type=click.Choice(["a", "r", "s", "q"]), default="s")
        if answer == "q":
            break
        if answer in ("a", "r"):
            library.decide_suggestion(suggestion.key, suggestion.field, accept=answer == "a")


# ----------------------------------------------------------------------------- export and stats


@main.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@click.option("--tag", "tags", multiple=True, help="Only records with this tag. Repeatable (all must match).")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(EXPORT_FORMATS),
    default="bibtex",
    show_default=True,
    help="bibtex: each entry as it was imported (BibTeX names for the rest); biblatex: BibLaTeX names.",
)
@click.option("--biblatex", "biblatex", is_flag=True, help="Same as --format biblatex.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file (- for stdout)."
)
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--ascii", "ascii_only", is_flag=True, help="BibTeX with LaTeX escapes instead of UTF-8 (for pdfLaTeX).")
@cited_in_option
@db_option
def export(
    query: tuple[str, ...],
    tags: tuple[str, ...],
    output_format: str,
    biblatex: bool,
    output: Path | None,
    force: bool,
    ascii_only: bool,
    cited_in: tuple[Path, ...],
    db_path: Path | None,
) -> None:
    """Write the library, or the records matching QUERY and --tag, as BibTeX, BibLaTeX, RIS or
    CSL-JSON. Records come in the order they were added; with --cited-in, exactly the records a
    manuscript cites, in the order it first cites them. Exit code 1 when nothing is selected or a
    cited key is not in the library (the records that are, are written)."""
    from citekit import render
    from citekit.storage import reading

    if biblatex:
        output_format = "biblatex"
    to_stdout = output is None or str(output) == "-"
    if not to_stdout:
        assert output is not None
        _check_target(output, force)
    connection = _read(db_path)
    missing: list[str] = []
    try:
        selection = " ".join(filter(None, [_query_text(_words(query)), *(f'tag:"{t}"' for t in tags)]))
        if selection:
            ids = sorted(hit.id for hit in reading.search_ids(connection, selection))
        else:
            ids = reading.all_ids(connection)
        if cited_in:
            cited, missing = _cited_ids(connection, cited_in)
            if cited is not None:
                chosen = set(ids)
                ids = [record_id for record_id in cited if record_id in chosen]
            selection = selection or "the manuscript's citations"
        if not ids:
            render.info(f"no records match {selection}" if selection else "the library has no records")
            sys.exit(EXIT_NO_MATCH)
        blocks = _blocks(reading.blocks(connection)) if output_format in ("bibtex", "biblatex") else []
        with render.progress_bar("exporting") as progress:
            records = _counted(reading.fetch_in_chunks(connection, ids), len(ids), progress)
            chunks = _export_chunks(records, output_format, ascii_only, blocks, complete=not selection)
            if to_stdout:
                for chunk in chunks:
                    sys.stdout.write(chunk)
                if missing:
                    sys.exit(EXIT_NO_MATCH)
                return
            assert output is not None
            _write_atomically(output, chunks)
    finally:
        connection.close()
    render.info(f"wrote {len(ids)} records to {output}")
    if missing:
        sys.exit(EXIT_NO_MATCH)


def _cited_ids(connection: Any, manuscripts: tuple[Path, ...]) -> tuple[list[int] | None, list[str]]:
    """The ids of the records the manuscripts cite, in the order first cited (None: they cite
    the whole library with \\nocite{*}), and the cited keys the library lacks, each named on
    stderr with the nearest keys it has."""
    import difflib

    from citekit import render
    from citekit.citations import cited_keys
    from citekit.storage import reading

    keys: list[str] = []
    everything = False
    for manuscript in manuscripts:
        found = cited_keys(manuscript)
        everything = everything or found.everything
        keys.extend(key for key in found.keys if key not in keys)
    ids = reading.ids_of_keys(connection, keys)
    missing = [key for key in keys if key not in ids]
    if missing:
        known = reading.all_keys(connection)
        for key in missing:
            near = difflib.get_close_matches(key, known, n=3, cutoff=0.6)
            hint = f" (nearest: {', '.join(near)})" if near else ""
            render.warning(f"{', '.join(map(str, manuscripts))} cites {key!r}, which is not in the library{hint}")
    if everything:
        return None, missing
    return [ids[key] for key in keys if key in ids], missing


def _counted(records: Iterator[StoredReference], total: int, progress: Any) -> Iterator[StoredReference]:
    for number, record in enumerate(records, 1):
        if progress is not None and number % 500 == 0:
            progress(number / total)
        yield record


def _blocks(rows: list[tuple[Any, ...]]) -> list[Any]:
    from citekit.formats.bibtex import Block

    return [Block(kind, text, name, position, bool(before)) for kind, name, text, before, position in rows]


def _export_chunks(
    records: Iterator[StoredReference], output_format: str, ascii_only: bool, blocks: list[Any], complete: bool
) -> Iterator[str]:
    """The export's text a piece at a time: a library of any size streams to its file."""
    if output_format == "ris":
        from citekit.formats.ris import ris_chunks

        return ris_chunks((record.reference, record.tag_names) for record in records)
    if output_format == "csljson":
        from citekit.formats.csljson import csljson_chunks

        return csljson_chunks((record.reference, record.tag_names) for record in records)
    from citekit.formats.bibtex import bibtex_chunks

    return bibtex_chunks(
        (record.reference for record in records),
        ascii_only=ascii_only,
        biblatex=output_format == "biblatex",
        blocks=blocks,
        complete=complete,
    )


def _check_target(path: Path, force: bool) -> None:
    """Never write through a dangling symlink, and never over a file without --force."""
    if path.is_symlink() and not path.exists():
        if not force:
            raise ExportError(f"{path} is a symbolic link to a file that does not exist; use --force to write there")
    elif path.exists() and not force:
        raise ExportError(f"{path} exists; use --force to overwrite it")
    if path.exists() and path.is_dir():
        raise ExportError(f"{path} is a directory")


def _write_atomically(path: Path, chunks: Iterable[str]) -> None:
    """Never leave half a file, nor a temporary one: write beside the target, then rename over it."""
    target = path.resolve() if path.is_symlink() else path
    directory = target.parent if str(target.parent) else Path(".")
    temporary = None
    try:
        # mkstemp makes the file private (0600); give it the mode a plain write would have.
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            for chunk in chunks:
                stream.write(chunk)
        os.chmod(temporary, mode)
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        # Whatever stopped the export (an error, Ctrl-C), the half-written copy goes.
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@main.command()
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many journals/authors.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@db_option
def stats(top: int, as_json: bool, db_path: Path | None) -> None:
    """Records per year (as a bar chart), per type, per topic tag, top journals and authors."""
    from citekit import render
    from citekit.storage import reading

    connection = _read(db_path)
    try:
        figures = reading.stats(connection, top)
    finally:
        connection.close()
    if as_json:
        render.json_out(figures.to_json())
    else:
        render.stats(figures)
