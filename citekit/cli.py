"""The command line: parse options, call the library, hand results to render. Nothing else."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from citekit import __version__
from citekit.errors import CitekitError, ExportError

EXIT_PROBLEMS = 1
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
            render.error("interrupted; the library is unchanged by the unfinished command")
            ctx.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            # The reader of our output went away (e.g. `| head`): not an error worth a message.
            sys.stderr.close()
            ctx.exit(EXIT_PROBLEMS)


db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Library file (default: $CITEKIT_DB, else library.sqlite in your user data directory).",
)


@click.group(cls=CitekitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="citekit")
def main() -> None:
    """citekit: reference lists → a clean, searchable library → exactly the BibTeX you need."""


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
        sys.exit(EXIT_PROBLEMS)


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--ascii", "ascii_only", is_flag=True, help="LaTeX escapes instead of UTF-8 (for 8-bit BibTeX).")
@db_option
def export(output: Path | None, force: bool, ascii_only: bool, db_path: Path | None) -> None:
    """Write the library as BibTeX, to stdout or to a file."""
    from citekit import render
    from citekit.formats.bibtex import write_bibtex
    from citekit.library import Library

    if output is not None and output.exists() and not force:
        raise ExportError(f"{output} exists; use --force to overwrite it")
    with Library(db_path) as library:
        references = library.references()
    if not references:
        render.warning(f"library {library.path} has no records")
    text = write_bibtex(references, ascii_only=ascii_only)
    if output is None:
        sys.stdout.write(text)
        return
    _write_atomically(output, text)
    render.info(f"wrote {len(references)} entries to {output}")


def _write_atomically(path: Path, text: str) -> None:
    """Never leave half a file: write beside the target, then rename over it."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
