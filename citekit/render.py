"""Everything citekit shows a person: tables, summaries, error lines. The core never prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citekit.library import ImportSummary
    from citekit.model import Reference


def _console(stderr: bool = False):  # noqa: ANN202 - rich is imported lazily for start-up time
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def error(message: str) -> None:
    """One line on stderr, never a traceback."""
    print(f"citekit: error: {message}", file=sys.stderr)


def info(message: str) -> None:
    """Status for the person at the terminal, on stderr so that stdout stays data."""
    print(message, file=sys.stderr)


def warning(message: str) -> None:
    print(f"citekit: warning: {message}", file=sys.stderr)


def first_author(reference: Reference) -> str:
    if not reference.authors:
        return ""
    name = reference.authors[0].family
    return f"{name} et al." if len(reference.authors) > 2 else " & ".join(a.family for a in reference.authors)


def locator(reference: Reference) -> str:
    text = reference.volume or ""
    if reference.issue:
        text += f"({reference.issue})"
    if reference.pages:
        text += f":{reference.pages}"
    return text


def references_table(references: Sequence[Reference], title: str | None = None) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False, expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("Authors", ratio=2)
    table.add_column("Year", no_wrap=True)
    table.add_column("Title", ratio=5)
    table.add_column("Journal", ratio=2)
    table.add_column("Vol(Iss):Pages", no_wrap=True)
    for number, reference in enumerate(references, 1):
        year = f"{reference.year or ''}{reference.year_suffix or ''}"
        table.add_row(
            str(number),
            Text(first_author(reference)),
            year,
            Text(reference.title or reference.url or ""),
            Text(reference.journal or ""),
            Text(locator(reference)),
        )
    _console().print(table)


def references_json(references: Sequence[Reference]) -> None:
    print(json.dumps([reference.to_json() for reference in references], ensure_ascii=False, indent=2))


def import_summary(summary: ImportSummary, library_path: str) -> None:
    console = _console()
    counts = (
        f"[bold green]{len(summary.added)}[/] added, {summary.unchanged} unchanged, "
        f"[yellow]{len(summary.duplicates)}[/] probable duplicates, "
        f"[{'red' if summary.errors else 'default'}]{len(summary.errors)}[/] errors"
    )
    console.print(f"{counts}  → {library_path}", soft_wrap=True)
    for duplicate in summary.duplicates:
        console.print(f"  probable duplicate (both kept): {duplicate.key} ~ {duplicate.duplicate_of}", soft_wrap=True)
    for renamed in summary.renamed:
        console.print(f"  key {renamed.requested} is taken in the library: stored as {renamed.stored}", soft_wrap=True)
    for problem in summary.errors:
        error(str(problem))
