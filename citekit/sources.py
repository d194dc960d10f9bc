"""Reading the files a user hands citekit: text checks, format by extension, parse."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from citekit.errors import InputError
from citekit.formats.bibtex import read_bibtex
from citekit.model import Reference
from citekit.parsing import parse_references

BIBTEX_SUFFIXES = {".bib", ".bibtex"}
STDIN = "-"


@dataclass(slots=True)
class Problem:
    """Something in a source that could not be read, with where it is."""

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass(slots=True)
class Source:
    """What one file yielded: its references and the problems found in it."""

    name: str
    format: str
    references: list[Reference] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_text(name: str) -> str:
    """The text of a file (or stdin for '-'), refusing binary and empty input with a clear reason."""
    if name == STDIN:
        data = sys.stdin.buffer.read()
        label = "<stdin>"
    else:
        path = Path(name)
        if not path.exists():
            raise InputError(f"{name}: no such file")
        if path.is_dir():
            raise InputError(f"{name}: is a directory, not a file")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"{name}: cannot read: {error.strerror or error}") from None
        label = name
    if not data.strip():
        raise InputError(f"{label}: file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{label}: binary file, not text (expected a reference list or BibTeX)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(f"{label}:{line}: not UTF-8 text (byte 0x{data[error.start]:02x}); save it as UTF-8") from None


def load_source(name: str, format: str | None = None) -> Source:
    """Parse one file: BibTeX by extension (or ``format``), otherwise a pasted reference list."""
    text = read_text(name)
    label = "<stdin>" if name == STDIN else name
    if format is None:
        format = "bibtex" if Path(name).suffix.lower() in BIBTEX_SUFFIXES else "text"
    if format == "bibtex":
        result = read_bibtex(text)
        source = Source(label, "bibtex", result.references)
        source.problems = [Problem(label, p.line, p.message) for p in result.problems]
        if not result.references and not result.problems:
            raise InputError(f"{label}: no BibTeX entries found")
        return source
    parsed = parse_references(text)
    if not parsed.references:
        raise InputError(f"{label}: no reference list found")
    source = Source(label, "text", parsed.references)
    source.problems = [
        Problem(label, item.line, f"not a reference citekit can read: {item.text[:60]!r}") for item in parsed.unreadable
    ]
    return source
