"""Line-tagged export formats (RIS, MEDLINE, EndNote/Refer) cut into records: each record a list
of (tag, value) fields in the order written, with the line each began on. What a record means is
the format module's business; this only finds where records and fields begin and end, and what
lies outside any record."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from citekit.formats.reading import FormatProblem


@dataclass(slots=True)
class TaggedRecord:
    line: int  # where the record begins
    fields: list[tuple[str, str]] = field(default_factory=list)  # (tag, value), continuations joined by "\n"
    lines: list[int] = field(default_factory=list)  # the line of each field

    def values(self, tag: str) -> list[str]:
        return [value for name, value in self.fields if name == tag]

    def first(self, *tags: str) -> str | None:
        for tag in tags:
            for name, value in self.fields:
                if name == tag and value.strip():
                    return value.strip()
        return None

    def line_of(self, tag: str) -> int:
        for (name, _), line in zip(self.fields, self.lines, strict=True):
            if name == tag:
                return line
        return self.line


@dataclass(frozen=True, slots=True)
class TaggedSyntax:
    """How one format writes its lines. ``tag_of`` returns (tag, value) for a tagged line and None
    for anything else; a record ends at ``end_tag`` (RIS) or at a blank line (MEDLINE, Refer)."""

    name: str  # for messages: "RIS"
    tag_of: Callable[[str], tuple[str, str] | None]
    start_tags: frozenset[str] | None  # tags a record may begin with (None: any)
    end_tag: str | None = None
    continuation: Callable[[str], str | None] = lambda line: line.strip() or None


def tagged_records(
    text: str, syntax: TaggedSyntax, problems: list[FormatProblem], first_line: int = 1
) -> Iterator[TaggedRecord]:
    """The records of a tagged file, in order. Text outside a record is reported (a warning: no
    field is lost, but the user should know), and so is a record that does not end properly."""
    record: TaggedRecord | None = None
    stray: int | None = None  # first line of text outside any record, not yet reported
    seen_record = False
    for number, line in enumerate(text.splitlines(), first_line):
        tagged = syntax.tag_of(line)
        if record is None:
            if tagged is None or (syntax.start_tags is not None and tagged[0] not in syntax.start_tags):
                if line.strip() and (seen_record or tagged is not None) and stray is None:
                    stray = number
                continue
            if stray is not None:
                problems.append(FormatProblem(stray, f"text outside any {syntax.name} record was ignored", fatal=False))
                stray = None
            record = TaggedRecord(number)
            seen_record = True
        if tagged is None:
            if syntax.end_tag is None and not line.strip():
                yield record
                record = None
                continue
            more = syntax.continuation(line)
            if more is not None and record.fields:
                tag, value = record.fields[-1]
                record.fields[-1] = (tag, f"{value}\n{more}" if value else more)
            continue
        tag, value = tagged
        if tag == syntax.end_tag:
            yield record
            record = None
            continue
        if syntax.end_tag is not None and syntax.start_tags and tag in syntax.start_tags and record.fields:
            problems.append(
                FormatProblem(
                    number,
                    f"a new record begins before the {syntax.end_tag} of the record at line {record.line}",
                    fatal=False,
                )
            )
            yield record
            record = TaggedRecord(number)
        record.fields.append((tag, value))
        record.lines.append(number)
    if record is not None and record.fields:
        if syntax.end_tag is not None:
            problems.append(
                FormatProblem(
                    record.line, f"the record has no {syntax.end_tag} line; read to the end of the file", fatal=False
                )
            )
        yield record
    if stray is not None:
        problems.append(FormatProblem(stray, f"text outside any {syntax.name} record was ignored", fatal=False))
