"""What every format reader shares: records read one at a time, a bad one reported with its line
and left out while the rest are read, and how far through the input the reader is."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from citekit.errors import InputError
from citekit.model import Reference


@dataclass(slots=True)
class FormatProblem:
    """A record that could not be read (fatal: it was left out), or something the user should know."""

    line: int | None
    message: str
    fatal: bool = True


class BadRecord(ValueError):
    """One record breaks its format: it is reported and left out; the others are read."""


class BrokenFile(InputError):
    """The file claims a format and breaks it so that no record can be trusted: nothing is stored."""

    def __init__(self, label: str, line: int | None, reason: str) -> None:
        self.where = (label, line, reason)
        where = f"{label}:{line}" if line else label
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[type, tuple[str, int | None, str]]:
        return BrokenFile, self.where  # raised in a worker process, re-raised in the importer


class RecordReader:
    """Base of the readers. A subclass yields (line, raw record) from ``raw_records`` and turns
    one raw record into a Reference in ``to_reference`` (raising BadRecord when it cannot)."""

    format = ""
    label = "record"  # what the format calls a record, for messages

    def __init__(self, text: str, first_line: int = 1, source: str = "<input>") -> None:
        self.text = text
        self.first_line = first_line
        self.source = source  # the file's name, for a broken file's message
        self.problems: list[FormatProblem] = []
        self.entries_seen = 0
        self.progress = 0.0
        self._lines = max(1, text.count("\n") + 1)

    def raw_records(self) -> Iterable[tuple[int, Any]]:
        raise NotImplementedError

    def to_reference(self, raw: Any, line: int) -> Reference:
        raise NotImplementedError

    def records(self) -> Iterator[Reference]:
        for line, raw in self.raw_records():
            self.entries_seen += 1
            self.progress = min(1.0, (line - self.first_line) / self._lines)
            try:
                reference = self.to_reference(raw, line)
            except BadRecord as error:
                self.problems.append(FormatProblem(line, f"{self.label} left out: {error}"))
                continue
            reference.line = line
            yield reference
        self.progress = 1.0

    def warn(self, line: int | None, message: str) -> None:
        self.problems.append(FormatProblem(line, message, fatal=False))
