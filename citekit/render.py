"""Everything citekit shows a person: tables, summaries, error lines. The core never prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citekit.enrich.http import Stats as HttpStats
    from citekit.enrich.run import Summary as EnrichSummary
    from citekit.library import AutoTagSummary, ImportSummary, TagChange
    from citekit.model import Reference
    from citekit.reader import FieldSource, PendingSuggestion, Stats, StoredReference, TagCount


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


LOW_CONFIDENCE = 0.8


def _confident(value: str, reference: Reference, *fields: str) -> object:
    """The cell's text, highlighted when the parser was unsure of any field in it."""
    from rich.text import Text

    scores = [reference.confidence[name] for name in fields if name in reference.confidence]
    lowest = min(scores, default=1.0)
    style = "bold red" if lowest < 0.5 else "yellow" if lowest < LOW_CONFIDENCE else ""
    return Text(value, style=style)


def references_table(references: Sequence[Reference], title: str | None = None) -> None:
    from rich.table import Table

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
            _confident(first_author(reference), reference, "authors"),
            _confident(year, reference, "year"),
            _confident(reference.title or reference.url or "", reference, "title"),
            _confident(reference.journal or "", reference, "journal"),
            _confident(locator(reference), reference, "volume", "issue", "pages"),
        )
    _console().print(table)
    unsure = sum(1 for r in references if any(v < LOW_CONFIDENCE for v in r.confidence.values()))
    if unsure:
        info(f"{unsure} references have fields the parser is unsure of (yellow, or red below 50%)")


def references_json(references: Sequence[Reference]) -> None:
    """The parse schema, plus identifiers printed inline and the parser's confidence per field."""
    rows = []
    for reference in references:
        row = reference.to_json()
        row.update(doi=reference.doi, pmid=reference.pmid, pmcid=reference.pmcid)
        row["confidence"] = {name: round(value, 3) for name, value in reference.confidence.items()}
        rows.append(row)
    print(json.dumps(rows, ensure_ascii=False, indent=2))


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


def records_table(records: Sequence[StoredReference], title: str | None = None) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, expand=True)
    table.add_column("Key", no_wrap=True, style="bold")
    table.add_column("First author", ratio=1)
    table.add_column("Year", no_wrap=True)
    table.add_column("Title", ratio=4)
    table.add_column("Journal", ratio=1)
    table.add_column("Tags", ratio=1, style="cyan")
    for record in records:
        reference = record.reference
        table.add_row(
            record.key,
            Text(reference.authors[0].family if reference.authors else ""),
            f"{reference.year or ''}{reference.year_suffix or ''}",
            Text(reference.title or reference.url or ""),
            Text(reference.journal or ""),
            Text(", ".join(record.tag_names)),
        )
    _console().print(table)


def records_json(records: Sequence[StoredReference], single: bool = False) -> None:
    data = [record.to_json() for record in records]
    print(json.dumps(data[0] if single else data, ensure_ascii=False, indent=2))


def record_detail(
    record: StoredReference,
    duplicates: Sequence[str],
    sources: dict[str, FieldSource] | None = None,
    suggestions: Sequence[PendingSuggestion] = (),
    lookups: Sequence[tuple[str, str, str | None]] = (),
) -> None:
    from rich.table import Table
    from rich.text import Text

    reference = record.reference
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()

    def row(label: str, value: object) -> None:
        if value not in (None, "", []):
            table.add_row(label, value if isinstance(value, Text) else Text(str(value)))

    row("key", record.key)
    row("type", reference.type)
    row("authors", "; ".join(_full_name(a.family, a.given, a.suffix) for a in reference.authors))
    row("year", f"{reference.year or ''}{reference.year_suffix or ''}")
    row("title", reference.title)
    row("journal", reference.journal)
    row("volume", reference.volume)
    row("issue", reference.issue)
    row("pages", reference.pages)
    row("url", reference.url)
    sources = sources or {}
    for name in ("doi", "pmid", "pmcid"):
        value = getattr(reference, name)
        if value:
            where = sources.get(name)
            note = f"  ({where.source}{f', score {where.score:.2f}' if where.score else ''}, {where.recorded_at[:10]})"
            row(name, Text.assemble(value, (note if where else "", "dim")))
    for suggestion in suggestions:
        row(
            f"suggested {suggestion.field}",
            f"{suggestion.value} ({suggestion.source}, score {suggestion.score:.2f}, {suggestion.status}): "
            f"{suggestion.reason}",
        )
    for service, outcome, detail in lookups:
        row(f"looked up ({service})", f"{outcome}: {detail}" if detail else outcome)
    row("links", ", ".join(reference.links))
    row("abstract", reference.abstract)
    for tag in record.tags:
        why = "by hand" if tag.origin == "user" else f"auto: {tag.term!r} in {tag.field}"
        row("tag", Text.assemble((tag.name, "cyan"), f"  ({why})"))
    source = record.source_path or ""
    if reference.line:
        source += f":{reference.line}"
    row("source", f"{source} ({record.source_format}), added {record.added_at}")
    row("duplicates", ", ".join(f"{key} (probable)" for key in duplicates))
    row("as printed", reference.raw)
    _console().print(table)


def _full_name(family: str, given: str | None, suffix: str | None) -> str:
    return " ".join(part for part in (family, given, suffix) if part)


def tag_change(change: TagChange, verb: str, unchanged_note: str) -> None:
    message = f"{verb} {len(change.changed)} records with {change.tag!r}"
    if change.unchanged:
        message += f" ({len(change.unchanged)} {unchanged_note})"
    info(message)


def tag_counts(counts: Sequence[TagCount]) -> None:
    if not counts:
        info("no tags yet: add some with `citekit tag add TAG KEY...` or `citekit tag auto`")
        return
    from rich.table import Table

    table = Table()
    table.add_column("Tag", style="cyan")
    table.add_column("Records", justify="right")
    table.add_column("By hand", justify="right")
    table.add_column("Automatic", justify="right")
    for count in counts:
        table.add_row(count.name, str(count.total), str(count.by_hand), str(count.automatic))
    _console().print(table)


def auto_tag_summary(summary: AutoTagSummary, dry_run: bool) -> None:
    from collections import Counter

    per_tag = Counter(added.tag for added in summary.added)
    records = len({added.key for added in summary.added})
    verb = "would add" if dry_run else "added"
    info(f"{verb} {len(summary.added)} tags to {records} records")
    for name, count in sorted(per_tag.items(), key=lambda item: (-item[1], item[0])):
        info(f"  {name}: {count}")


def _bar(count: int, largest: int, width: int = 40) -> str:
    return "█" * max(1, round(count / largest * width)) if count else ""


def stats(figures: Stats) -> None:
    from rich.table import Table

    console = _console()
    console.print(
        f"[bold]{figures.records}[/] records; {figures.with_doi} with a DOI, {figures.with_pmid} with a PMID",
        soft_wrap=True,
    )
    if not figures.records:
        return
    years = Table(title="Records per year", box=None)
    years.add_column("Year", justify="right")
    years.add_column("", style="green")
    years.add_column("n", justify="right")
    largest = max(count for _, count in figures.per_year)
    for year, count in figures.per_year:
        years.add_row(str(year) if year is not None else "n.d.", _bar(count, largest), str(count))
    console.print(years)
    for title, rows in (
        ("Records per topic tag", [(t.name, t.total) for t in figures.per_tag]),
        ("Top journals", figures.journals),
        ("Top authors", figures.authors),
    ):
        if not rows:
            continue
        table = Table(title=title, box=None)
        table.add_column("")
        table.add_column("", style="cyan")
        table.add_column("n", justify="right")
        largest = max(count for _, count in rows)
        for name, count in rows:
            table.add_row(name, _bar(count, largest, 30), str(count))
        console.print(table)


class _NoProgress:
    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def __call__(self, outcome: str, key: str) -> None:
        return None


def enrich_progress(total: int):  # noqa: ANN201 - a context manager yielding a callback
    """A progress bar with running counts on stderr; nothing when stderr is not a terminal."""
    from contextlib import contextmanager

    if not sys.stderr.isatty():
        return _NoProgress()

    @contextmanager
    def bar():  # noqa: ANN202
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        counts = {"resolved": 0, "suggested": 0, "not_found": 0, "mismatch": 0, "failed": 0}
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=_console(stderr=True), transient=True) as progress:
            task = progress.add_task("looking up", total=None)

            def update(outcome: str, key: str) -> None:
                counts[outcome] = counts.get(outcome, 0) + 1
                described = ", ".join(f"{name.replace('_', ' ')} {count}" for name, count in counts.items())
                progress.update(task, advance=1, description=described)

            yield update

    return bar()


def enrich_summary(summary: EnrichSummary, stats: HttpStats, dry_run: bool) -> None:
    console = _console()
    counts = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in summary.counts.items())
    console.print(f"{summary.records} records: {counts} (look-ups per service)", soft_wrap=True)
    verb = "would write" if dry_run else "wrote"
    for key, name, value, source in summary.changes:
        shown = value if not isinstance(value, str) or len(value) < 80 else value[:77] + "..."
        if isinstance(value, list):
            shown = f"{len(value)} headings"
        console.print(f"  {verb} {key} {name} = {shown}  ({source})", soft_wrap=True, highlight=False)
    for key, name, kept, found in summary.kept:
        console.print(f"  kept your {name} on {key}: {kept} (found {found}; --overwrite {name} to replace)")
    if summary.missing_hints:
        console.print("identifiers the chapter's links promise but no service confirmed:")
        for key, label, name in summary.missing_hints:
            console.print(f"  {key}: '{label}' link, no {name}", soft_wrap=True)
    info(
        f"{stats.requests} requests ({stats.retries} retries, {stats.throttled} answered 429), "
        f"{stats.cache_hits} answered from the cache, {stats.failures} failed"
    )


def suggestion(item: PendingSuggestion, number: int, total: int) -> None:
    console = _console()
    console.print(f"[bold]{number}/{total}[/] {item.key}: {item.title or ''}", soft_wrap=True, highlight=False)
    console.print(
        f"  suggested {item.field} [cyan]{item.value}[/] from {item.source}, score {item.score:.2f}",
        soft_wrap=True,
        highlight=False,
    )
    console.print(f"  {item.reason}", soft_wrap=True, highlight=False)
