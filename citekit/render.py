"""Everything citekit shows a person: tables, summaries, progress, error lines. The core never prints.

Data is never read as markup: whatever a record holds ('[/]', '[bold]', escape codes) is shown as
text. Rich's markup is used only in strings written here, and every value put into one is escaped;
control characters are made visible before anything reaches the terminal.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from citekit.enrich.http import Stats as HttpStats
    from citekit.enrich.run import Summary as EnrichSummary
    from citekit.library import AutoTagSummary, ImportSummary, TagChange
    from citekit.model import Reference
    from citekit.storage.reading import FieldSource, PendingSuggestion, Stats, StoredReference, TagCount

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: object) -> str:
    """Text as it may reach a terminal: control characters (escape sequences) made visible."""
    value = str(text)
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", value) if _CONTROL.search(value) else value


def _markup(text: object) -> str:
    """A value to put inside a markup string: escaped, and safe for the terminal."""
    from rich.markup import escape

    return escape(safe(text))


def _console(stderr: bool = False):  # noqa: ANN202 - rich is imported lazily for start-up time
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def error(message: str) -> None:
    """One line on stderr, never a traceback."""
    print(f"citekit: error: {safe(message)}", file=sys.stderr)


def info(message: str) -> None:
    """Status for the person at the terminal, on stderr so that stdout stays data."""
    print(safe(message), file=sys.stderr)


def warning(message: str) -> None:
    print(f"citekit: warning: {safe(message)}", file=sys.stderr)


def json_out(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _text(value: object, style: str = "") -> Any:
    from rich.text import Text

    return Text(safe(value) if value is not None else "", style=style)


def first_author(reference: Reference) -> str:
    people = reference.authors or reference.editors
    if not people:
        return ""
    name = people[0].family
    return f"{name} et al." if len(people) > 2 else " & ".join(a.family for a in people)


def locator(reference: Reference) -> str:
    text = reference.volume or ""
    if reference.issue:
        text += f"({reference.issue})"
    if reference.pages:
        text += f":{reference.pages}"
    return text


def source_of(reference: Reference) -> str:
    """The container, or for a book its publisher."""
    return reference.container_title or reference.publisher or ""


LOW_CONFIDENCE = 0.8


def _confident(value: str, reference: Reference, *fields: str) -> Any:
    """The cell's text, highlighted when the parser was unsure of any field in it."""
    scores = [reference.confidence[name] for name in fields if name in reference.confidence]
    lowest = min(scores, default=1.0)
    style = "bold red" if lowest < 0.5 else "yellow" if lowest < LOW_CONFIDENCE else ""
    return _text(value, style)


def references_table(references: Sequence[Reference], title: str | None = None) -> None:
    from rich.table import Table

    table = Table(title=safe(title) if title else None, show_lines=False, expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("Authors", ratio=2)
    table.add_column("Year", no_wrap=True)
    table.add_column("Title", ratio=5)
    table.add_column("Journal / book", ratio=2)
    table.add_column("Vol(Iss):Pages", no_wrap=True)
    for number, reference in enumerate(references, 1):
        year = f"{reference.year or ''}{reference.year_suffix or ''}"
        table.add_row(
            str(number),
            _confident(first_author(reference), reference, "authors"),
            _confident(year, reference, "year"),
            _confident(reference.title or reference.url or "", reference, "title"),
            _confident(source_of(reference), reference, "journal"),
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
    json_out(rows)


@contextmanager
def progress_bar(what: str) -> Iterator[Any]:
    """A progress bar on stderr for long work (import, export, tag auto), fed a fraction done;
    nothing when stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

    columns = (TextColumn(_markup(what)), BarColumn(), TaskProgressColumn(), TimeElapsedColumn())
    with Progress(*columns, console=_console(stderr=True), transient=True) as progress:
        task = progress.add_task(what, total=1.0)
        yield lambda fraction: progress.update(task, completed=fraction)


def import_progress() -> Any:
    return progress_bar("importing")


def import_summary(summary: ImportSummary, library_path: str) -> None:
    console = _console()
    counts = (
        f"[bold green]{len(summary.added)}[/] added, {summary.unchanged} unchanged, "
        f"[yellow]{len(summary.duplicates)}[/] probable duplicates, "
        f"[{'red' if summary.errors else 'default'}]{len(summary.errors)}[/] errors"
    )
    console.print(f"{counts}  → {_markup(library_path)}", soft_wrap=True)
    if summary.tagged:
        console.print(f"  {summary.tagged} tags from the files' groups and keywords (see citekit tag list)")
    for duplicate in summary.duplicates:
        console.print(
            f"  probable duplicate (both kept, same {_markup(duplicate.reason)}): "
            f"{_markup(duplicate.key)} ~ {_markup(duplicate.duplicate_of)}",
            soft_wrap=True,
        )
    for renamed in summary.renamed:
        asked = f"key {_markup(renamed.requested)!s}" if renamed.requested else "an entry with no key"
        console.print(f"  {asked}: stored as {_markup(renamed.stored)} ({_markup(renamed.reason)})", soft_wrap=True)
    for problem in summary.warnings:
        warning(str(problem))
    for problem in summary.errors:
        error(str(problem))


def records_table(records: Sequence[StoredReference], title: str | None = None) -> None:
    from rich.table import Table

    table = Table(title=safe(title) if title else None, expand=True)
    table.add_column("Key", no_wrap=True, style="bold")
    table.add_column("First author", ratio=1)
    table.add_column("Year", no_wrap=True)
    table.add_column("Title", ratio=4)
    table.add_column("Journal / book", ratio=1)
    table.add_column("Tags", ratio=1, style="cyan")
    for record in records:
        reference = record.reference
        people = reference.authors or reference.editors
        table.add_row(
            _text(record.key),
            _text(people[0].family if people else ""),
            f"{reference.year or ''}{reference.year_suffix or ''}",
            _text(reference.title or reference.url or ""),
            _text(source_of(reference)),
            _text(", ".join(record.tag_names)),
        )
    _console().print(table)


def records_json(records: Sequence[StoredReference], single: bool = False) -> None:
    data = [record.to_json() for record in records]
    json_out(data[0] if single else data)


def _full_name(family: str, given: str | None, suffix: str | None) -> str:
    """'Aceto N' for initials as a reference list prints them; 'Clark, Brett' for a full name."""
    if given and any(ch.islower() for ch in given):
        return ", ".join(part for part in (family, given, suffix) if part)
    return " ".join(part for part in (family, given, suffix) if part)


def _date(reference: Reference) -> str:
    if reference.year is None:
        return reference.date_literal or ""
    text = str(reference.year)
    if reference.month:
        text += f"-{reference.month:02d}"
        if reference.day:
            text += f"-{reference.day:02d}"
    if reference.date_end:
        text += f"/{reference.date_end}"
    if reference.date_literal:
        text += f" ({reference.date_literal})"
    return text + (reference.year_suffix or "")


def record_detail(
    record: StoredReference,
    duplicates: Sequence[str],
    sources: dict[str, FieldSource] | None = None,
    suggestions: Sequence[PendingSuggestion] = (),
    lookups: Sequence[tuple[str, str, str | None]] = (),
    status: Any = None,
) -> None:
    """Every field of the record: the model's, then what the source wrote that has no place in it."""
    from rich.table import Table
    from rich.text import Text

    from citekit.model import ATTRIBUTES, NAME_ROLES

    reference = record.reference
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()

    def row(label: str, value: object) -> None:
        if value not in (None, "", []):
            table.add_row(safe(label), value if isinstance(value, Text) else _text(value))

    row("key", record.key)
    row("type", reference.type)
    for role in NAME_ROLES:
        people = reference.role(role)
        label = {"author": "authors", "editor": "editors"}.get(role, role)
        row(label, "; ".join(_full_name(a.family, a.given, a.suffix) for a in people))
    row("date", _date(reference))
    row("accessed", reference.accessed)
    sources = sources or {}
    identifiers = {"DOI", "PMID", "PMCID"}
    for variable in [*ATTRIBUTES, *sorted(reference.variables)]:
        if variable in identifiers or variable == "year-suffix":
            continue
        label = {"container-title": "journal" if reference.type in _PERIODICAL else "container"}.get(variable, variable)
        row(label, reference.variable(variable))
    for name in ("doi", "pmid", "pmcid"):
        value = getattr(reference, name)
        if value:
            where = sources.get(name)
            note = ""
            if where:
                score = f", score {where.score:.2f}" if where.score else ""
                note = f"  ({where.source}{score}, {where.recorded_at[:10]})"
            row(name, Text.assemble(safe(value), (safe(note), "dim")))
    row("keywords", "; ".join(reference.keywords))
    row("MeSH", "; ".join(reference.mesh))
    row("publication types", "; ".join(reference.publication_types))
    for relation in reference.relations:
        ids = ", ".join(f"{name} {value}" for name, value in (("PMID", relation.pmid), ("doi", relation.doi)) if value)
        row(
            _RELATION_NAMES.get(relation.type, relation.type),
            " ".join(filter(None, [relation.citation, f"({ids})" if ids else ""])),
        )
    row("files", "; ".join(reference.files))
    row("links", ", ".join(reference.links))
    for suggestion in suggestions:
        row(
            f"suggested {suggestion.field}",
            f"{suggestion.value} ({suggestion.source}, score {suggestion.score:.2f}, {suggestion.status}): "
            f"{suggestion.reason}",
        )
    for service, outcome, detail in lookups:
        row(f"looked up ({service})", f"{outcome}: {detail}" if detail else outcome)
    for tag_info in record.tags:
        why = {"user": "by hand", "import": "from the imported file"}.get(
            tag_info.origin, f"auto: {tag_info.term!r} in {tag_info.field}"
        )
        row("tag", Text.assemble((safe(tag_info.name), "cyan"), f"  ({safe(why)})"))
    for name, value in _unmapped(reference):
        row(f"{name} (as written)", value)
    source = record.source_path or ""
    if reference.line:
        source += f":{reference.line}"
    if status is not None:
        from citekit.enrich.updates import Notice

        notices = "; ".join(notice_text(Notice.from_json(n)) for n in status.notices)
        row(
            "update status",
            f"{status.status} (citekit check, {status.checked_at[:10]}){': ' + notices if notices else ''}",
        )
    row("source", f"{source} ({record.source_format}), added {record.added_at}")
    row("duplicates", ", ".join(f"{key} (probable)" for key in duplicates))
    row("as printed", reference.raw)
    _console().print(table)


# PubMed's CommentsCorrections types, as a reader would say them.
_RELATION_NAMES = {
    "RetractionIn": "retracted in",
    "RetractionOf": "retraction of",
    "RetractedandRepublishedIn": "retracted and republished in",
    "RetractedandRepublishedFrom": "retracted and republished from",
    "ErratumIn": "erratum in",
    "ErratumFor": "erratum for",
    "ExpressionOfConcernIn": "expression of concern in",
    "ExpressionOfConcernFor": "expression of concern for",
    "CorrectedandRepublishedIn": "corrected and republished in",
    "CorrectedandRepublishedFrom": "corrected and republished from",
    "CommentIn": "comment in",
    "CommentOn": "comment on",
    "UpdateIn": "update in",
    "UpdateOf": "update of",
    "RepublishedIn": "republished in",
    "RepublishedFrom": "republished from",
}
_PERIODICAL = {"article-journal", "article", "article-magazine", "article-newspaper", "review", "periodical"}


def _unmapped(reference: Reference) -> list[tuple[str, str]]:
    """Fields of the entry as written that the model has no place for (file, owner, timestamp …)."""
    from citekit.formats import unread_fields

    return unread_fields(reference)


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
    table.add_column("Imported", justify="right")
    for count in counts:
        table.add_row(
            _text(count.name), str(count.total), str(count.by_hand), str(count.automatic), str(count.imported)
        )
    _console().print(table)


def tag_counts_json(counts: Sequence[TagCount]) -> None:
    json_out(
        [
            {"tag": c.name, "records": c.total, "by_hand": c.by_hand, "automatic": c.automatic, "imported": c.imported}
            for c in counts
        ]
    )


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
    if figures.per_status:
        from citekit.enrich.updates import STATUSES

        checked = sum(figures.per_status.values())
        parts = [f"{figures.per_status[s]} {s}" for s in (*STATUSES, "unknown") if figures.per_status.get(s)]
        console.print(f"update status ({checked} checked with citekit check): {safe(', '.join(parts))}", soft_wrap=True)
    years = Table(title="Records per year", box=None)
    years.add_column("Year", justify="right")
    years.add_column("", style="green")
    years.add_column("n", justify="right")
    largest = max(count for _, count in figures.per_year)
    for year, count in figures.per_year:
        years.add_row(str(year) if year is not None else "n.d.", _bar(count, largest), str(count))
    console.print(years)
    for title, rows in (
        ("Records per type", [(kind or "unknown", count) for kind, count in figures.per_type]),
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
            table.add_row(_text(name), _bar(count, largest, 30), str(count))
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
    if not sys.stderr.isatty():
        return _NoProgress()

    @contextmanager
    def bar():  # noqa: ANN202
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        counts = {"resolved": 0, "suggested": 0, "not_found": 0, "mismatch": 0, "failed": 0}
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=_console(stderr=True), transient=True) as progress:
            task = progress.add_task("looking up", total=total)

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
        console.print(f"  {verb} {_markup(key)} {name} = {_markup(shown)}  ({source})", soft_wrap=True)
    for key, name, kept, found in summary.kept:
        console.print(
            f"  kept your {name} on {_markup(key)}: {_markup(kept)} "
            f"(found {_markup(found)}; --overwrite {name} to replace)",
            soft_wrap=True,
        )
    if summary.missing_hints:
        console.print("identifiers the chapter's links promise but no service confirmed:")
        for key, label, name in summary.missing_hints:
            console.print(f"  {_markup(key)}: '{_markup(label)}' link, no {name}", soft_wrap=True)
    for key, problem in getattr(summary, "failures", []):
        warning(f"{key}: {problem}")
    info(
        f"{stats.requests} requests ({stats.retries} retries, {stats.throttled} answered 429), "
        f"{stats.cache_hits} answered from the cache, {stats.failures} failed"
    )


def suggestion(item: PendingSuggestion, number: int, total: int) -> None:
    console = _console()
    console.print(f"[bold]{number}/{total}[/] {_markup(item.key)}: {_markup(item.title or '')}", soft_wrap=True)
    console.print(
        f"  suggested {_markup(item.field)} [cyan]{_markup(item.value)}[/] from {_markup(item.source)}, "
        f"score {item.score:.2f}",
        soft_wrap=True,
    )
    console.print(f"  {_markup(item.reason)}", soft_wrap=True)


# ----------------------------------------------------------------------------- check

_STATUS_STYLE = {
    "retracted": "bold red",
    "withdrawn": "bold red",
    "partially-retracted": "red",
    "expression-of-concern": "bold yellow",
    "corrected": "yellow",
    "clean": "green",
    "unknown": "dim",
}


def notice_text(notice: Any) -> str:
    """'retraction 10.1016/… (2010-02-06; Retraction Watch, the publisher, PubMed)'."""
    from citekit.enrich.updates import SOURCE_NAMES

    what = notice.kind.replace("-", " ")
    if notice.about == "other":
        what = f"this is the {what} notice for"
    ids = " ".join(filter(None, [notice.doi, f"PMID {notice.pmid}" if notice.pmid else None]))
    sources = ", ".join(SOURCE_NAMES.get(source, source) for source in notice.sources)
    details = "; ".join(filter(None, [notice.date, sources]))
    return " ".join(filter(None, [what, ids, f"({details})" if details else None]))


def statuses(results: Sequence[Any], reused: int, max_age: float) -> None:
    """The records that are not clean, one line per notice, then the counts."""
    from rich.table import Table

    from citekit.enrich.updates import STATUSES

    shown = [r for r in results if r.status.status not in ("clean",) or r.failed]
    if shown:
        table = Table(show_header=True, header_style="bold")
        table.add_column("Key", style="cyan", no_wrap=True)
        table.add_column("Status")
        table.add_column("Notices")
        order = {status: index for index, status in enumerate(STATUSES)}
        for result in sorted(shown, key=lambda r: (order.get(r.status.status, len(order)), r.key)):
            status = result.status.status if not result.failed else "not checked"
            style = _STATUS_STYLE.get(result.status.status, "")
            notices = "\n".join(notice_text(n) for n in result.status.notices)
            if result.failed:
                notices = f"lookup failed: {result.failed}"
            elif not notices and result.status.status == "unknown":
                notices = "neither Crossref nor PubMed knows its identifiers"
            table.add_row(safe(result.key), f"[{style}]{safe(status)}[/]" if style else safe(status), safe(notices))
        _console().print(table)
    counts: dict[str, int] = {}
    for result in results:
        name = "not checked" if result.failed else result.status.status
        counts[name] = counts.get(name, 0) + 1
    parts = [f"{counts[name]} {name}" for name in (*STATUSES, "unknown", "not checked") if counts.get(name)]
    earlier = f"; {reused} from a check within {max_age:g} days" if reused else ""
    info(f"checked {len(results)} records: {', '.join(parts)}{earlier}")


def statuses_json(results: Sequence[Any]) -> None:
    items = [
        {
            "key": r.key,
            "doi": r.doi,
            "pmid": r.pmid,
            "status": "not checked" if r.failed else r.status.status,
            "notices": [n.to_json() for n in r.status.notices],
            "sources": r.status.sources,
            "checked_at": r.checked_at,
            **({"error": r.failed} if r.failed else {}),
        }
        for r in results
    ]
    sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")


def changes_table(changes: Sequence[Any], title: str) -> None:
    """The change log, newest first: when, who, what, which record, which fields."""
    from rich.table import Table

    table = Table(title=safe(title))
    for name in ("#", "When (UTC)", "User", "Action", "Key", "Fields"):
        table.add_column(name, overflow="fold")
    for change in changes:
        what = change.action + (f" (undoes #{change.undoes})" if change.undoes else "")
        table.add_row(
            str(change.id), change.changed_at, _text(change.user), what, _text(change.key or ""), _text(change.fields)
        )
    _console().print(table)


def change_detail(change: Any) -> str:
    """One change, as a line: for messages after `citekit undo`."""
    return f"#{change.id} {change.action} {change.key or ''} {change.fields}".strip()


def copy_summary(summary: Any, target: str) -> None:
    """What `citekit copy` did: copied, already there (and as what), renamed."""
    info(
        f"{summary.copied} records copied, {len(summary.already_there)} already there, "
        f"{summary.tags} tags, {summary.cache_entries} cached web answers → {target}"
    )
    for item in summary.already_there:
        info(f"  already there (not copied, same {item.reason}): {item.key} = {item.target_key}")
    for old, new in summary.renamed:
        info(f"  key taken in the target by another record: {old} copied as {new}")
