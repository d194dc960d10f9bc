"""The command line: parse options, call the library, hand results to render. Nothing else.

Heavy modules (SQLAlchemy, bibtexparser, rich) are imported inside the commands that need them, so
that `citekit search` starts fast. Exit codes: 0 success, 1 nothing matched or a named key/tag is
not in the library (as grep), 2 an error. An import that skipped unreadable entries exits 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import click

from citekit import __version__
from citekit.errors import EXIT_ERROR, EXIT_NO_MATCH, CitekitError, ExportError, InputError

if TYPE_CHECKING:
    import sqlite3

    from citekit.reader import StoredReference

EXIT_INTERRUPTED = 130


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


db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Library file (default: $CITEKIT_DB, else library.sqlite in your user data directory).",
)


def _library_path(db_path: Path | None) -> Path:
    from citekit.paths import default_library_path

    return db_path if db_path is not None else default_library_path()


def _read(db_path: Path | None) -> sqlite3.Connection:
    from citekit.reader import connect_readonly

    return connect_readonly(_library_path(db_path))


def _query_text(words: tuple[str, ...]) -> str:
    """Shell words → query text; a word the shell kept together ("gap junction") stays a phrase."""
    return " ".join(f'"{word}"' if any(ch.isspace() for ch in word) and '"' not in word else word for word in words)


@click.group(cls=CitekitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="citekit")
def main() -> None:
    """citekit: reference lists → a clean, searchable library → exactly the BibTeX you need."""


# ----------------------------------------------------------------------------- parse


@main.command()
@click.argument("file")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json", "bibtex"]),
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
    references = source.references
    if output_format == "json":
        render.references_json(references)
    elif output_format == "bibtex":
        from citekit.formats.bibtex import write_bibtex

        taken: set[str] = set()
        for reference in references:
            reference.key = unique_key(base_key(reference), taken)
        sys.stdout.write(write_bibtex(references, ascii_only=ascii_only))
    else:
        render.references_table(references, title=f"{len(references)} references in {source.name}")


# ----------------------------------------------------------------------------- import


@main.command(name="import")
@click.argument("files", nargs=-1, required=True)
@db_option
def import_(files: tuple[str, ...], db_path: Path | None) -> None:
    """Store references from FILES (.bib as BibTeX, anything else as a pasted list) in the library.

    Re-importing a file adds nothing. All files are read before anything is written, and the
    import is one transaction: on failure the library stays as it was. Exit code 1 when some
    entries could not be read (the others are imported).
    """
    from citekit import render
    from citekit.library import Library
    from citekit.sources import load_source

    # Read and parse everything before the library is opened: a bad file costs nothing.
    sources = [load_source(name) for name in files]
    with Library(db_path) as library:
        summary = library.import_sources(sources)
    render.import_summary(summary, str(library.path))
    if summary.errors:
        sys.exit(EXIT_NO_MATCH)


# ----------------------------------------------------------------------------- search and show


@main.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print records as JSON (the parse schema plus key, tags, ids).")
@click.option("--keys", "keys_only", is_flag=True, help="Print one citation key per line (for pipes).")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most N results (0: all). [table: 50]")
@db_option
def search(query: tuple[str, ...], as_json: bool, keys_only: bool, limit: int | None, db_path: Path | None) -> None:
    """Search the library; best matches first.

    \b
    Words must all match; "phrases"; a OR b; -word excludes; prefix*;
    fields: author: title: journal: abstract: year:2015 year:2010..2020
    tag:exosomes has:doi no:pmid (has/no: doi pmid pmcid abstract url pages tags).
    Exit code 1 when nothing matches.
    """
    from citekit import reader, render

    text = _query_text(query)
    if limit is None:
        limit = 0 if (as_json or keys_only) else 50
    connection = _read(db_path)
    try:
        hits = reader.search(connection, text, limit or None)
    finally:
        connection.close()
    if not hits:
        render.info(f"no records match {text}")
        sys.exit(EXIT_NO_MATCH)
    records = [hit.record for hit in hits]
    if keys_only:
        sys.stdout.write("".join(f"{record.key}\n" for record in records))
    elif as_json:
        render.records_json(records)
    else:
        render.records_table(records, title=f"{len(records)} records match {text}")


@main.command()
@click.argument("key")
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")
@db_option
def show(key: str, as_json: bool, db_path: Path | None) -> None:
    """Show one record in full: fields, identifiers, tags and where each tag came from."""
    from citekit import reader, render

    connection = _read(db_path)
    try:
        record = reader.by_key(connection, key)
        duplicates = reader.probable_duplicates(connection, record)
        sources = reader.field_sources(connection, record.id)
        suggestions = reader.suggestions(connection, record.id)
        lookups = reader.lookups(connection, record.id)
    finally:
        connection.close()
    if as_json:
        render.records_json([record], single=True)
    else:
        render.record_detail(record, duplicates, sources, suggestions, lookups)


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
    from citekit.library import Library

    with Library(db_path) as library:
        change = library.add_tag(name, _keys(keys))
    render.tag_change(change, "tagged", "had it already")


@tag.command("remove")
@click.argument("name")
@click.argument("keys", nargs=-1, required=True)
@db_option
def tag_remove(name: str, keys: tuple[str, ...], db_path: Path | None) -> None:
    """Remove tag NAME from records KEYS (or -). `tag auto` will not add it back."""
    from citekit import render
    from citekit.library import Library

    with Library(db_path) as library:
        change = library.remove_tag(name, _keys(keys))
    render.tag_change(change, "untagged", "did not have it")


@tag.command("list")
@db_option
def tag_list(db_path: Path | None) -> None:
    """Every tag with the number of records carrying it."""
    from citekit import reader, render

    connection = _read(db_path)
    try:
        counts = reader.tag_counts(connection)
    finally:
        connection.close()
    render.tag_counts(counts)


@tag.command("rename")
@click.argument("old")
@click.argument("new")
@db_option
def tag_rename(old: str, new: str, db_path: Path | None) -> None:
    """Rename tag OLD to NEW (onto an existing tag: the two are merged)."""
    from citekit import render
    from citekit.library import Library, valid_tag
    from citekit.query import normalise_tag

    with Library(db_path) as library:
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

    Matches titles and abstracts. Each tag records the term and field that matched. A tag you
    removed is never added back, and running it again changes nothing. A topics.toml in your
    user config directory (e.g. ~/.config/citekit/topics.toml) is read as well.
    """
    from citekit import render
    from citekit.library import Library
    from citekit.paths import user_vocabulary_path
    from citekit.topics import load_vocabulary

    files = list(vocabularies)
    for path in files:
        if not path.is_file():
            raise InputError(f"{path}: no such vocabulary file")
    if user_vocabulary_path().is_file():
        files.insert(0, user_vocabulary_path())
    vocabulary = load_vocabulary(files)
    with Library(db_path) as library:
        summary = library.auto_tag(vocabulary, dry_run=dry_run)
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
    resumed, interrupted run) repeats no request.
    """
    from citekit import render
    from citekit.enrich.run import Options, make_client, run
    from citekit.library import Library, LibraryHttpCache

    with Library(db_path) as library:
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
        client = make_client(options, LibraryHttpCache(library, writable=not dry_run))
        client.timeout = timeout
        try:
            with render.enrich_progress(len(records)) as progress:
                summary = run(records, library.lookups_done(), client, library.save_enrichment, options, progress)
        except KeyboardInterrupt:
            render.error("interrupted: what was found so far is saved; run the same command again to resume")
            sys.exit(130)
        finally:
            client.close()
    render.enrich_summary(summary, client.stats, dry_run)


def _review(library: object) -> None:
    from citekit import render

    pending = library.pending_suggestions()  # type: ignore[attr-defined]
    if not pending:
        render.info("no suggestions waiting for review")
        return
    for number, suggestion in enumerate(pending, 1):
        render.suggestion(suggestion, number, len(pending))
        answer = click.prompt("accept, reject, skip or quit", type=click.Choice(["a", "r", "s", "q"]), default="s")
        if answer == "q":
            break
        if answer in ("a", "r"):
            library.decide_suggestion(suggestion.key, suggestion.field, accept=answer == "a")  # type: ignore[attr-defined]


# ----------------------------------------------------------------------------- export and stats


@main.command()
@click.argument("query", nargs=-1)
@click.option("--tag", "tags", multiple=True, help="Only records with this tag. Repeatable (all must match).")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["bibtex", "ris", "csljson"]),
    default="bibtex",
    show_default=True,
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--ascii", "ascii_only", is_flag=True, help="BibTeX with LaTeX escapes instead of UTF-8.")
@db_option
def export(
    query: tuple[str, ...],
    tags: tuple[str, ...],
    output_format: str,
    output: Path | None,
    force: bool,
    ascii_only: bool,
    db_path: Path | None,
) -> None:
    """Write the library, or the records matching QUERY and --tag, as BibTeX, RIS or CSL-JSON.

    Records come in the order they were added. Exit code 1 when nothing is selected.
    """
    from citekit import reader, render

    if output is not None and output.exists() and not force:
        raise ExportError(f"{output} exists; use --force to overwrite it")
    connection = _read(db_path)
    try:
        selection = " ".join(filter(None, [_query_text(query), *(f'tag:"{t}"' for t in tags)]))
        if selection:
            ids = sorted(hit.record.id for hit in reader.search(connection, selection))
        else:
            ids = reader.all_ids(connection)
        records = reader.fetch(connection, ids)
    finally:
        connection.close()
    if not records:
        render.info(f"no records match {selection}" if selection else "the library has no records")
        sys.exit(EXIT_NO_MATCH)
    text = _render_export(records, output_format, ascii_only)
    if output is None:
        sys.stdout.write(text)
        return
    _write_atomically(output, text)
    render.info(f"wrote {len(records)} records to {output}")


def _render_export(records: list[StoredReference], output_format: str, ascii_only: bool) -> str:
    if output_format == "ris":
        from citekit.formats.ris import write_ris

        return write_ris((record.reference, record.tag_names) for record in records)
    if output_format == "csljson":
        from citekit.formats.csljson import write_csljson

        return write_csljson((record.reference, record.tag_names) for record in records)
    from citekit.formats.bibtex import write_bibtex

    return write_bibtex([record.reference for record in records], ascii_only=ascii_only)


def _write_atomically(path: Path, text: str) -> None:
    """Never leave half a file: write beside the target, then rename over it."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        # mkstemp makes the file private (0600); give it the mode a plain write would have.
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@main.command()
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many journals/authors.")
@db_option
def stats(top: int, db_path: Path | None) -> None:
    """Records per year (as a bar chart), per topic tag, top journals and authors."""
    from citekit import reader, render

    connection = _read(db_path)
    try:
        figures = reader.stats(connection, top)
    finally:
        connection.close()
    render.stats(figures)
