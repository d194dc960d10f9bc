"""Reading the files a user hands citekit: the bytes checked and decoded, the format found from the
content, and the records read from it (streamed, for formats that can be)."""

from __future__ import annotations

import codecs
import errno
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from citekit.errors import InputError
from citekit.model import Reference

STDIN = "-"
_DECLARED_ENCODING = re.compile(rb"^%\s*Encoding:\s*([\w-]+)", re.MULTILINE)


@dataclass(slots=True)
class Problem:
    """Something in a source that could not be read (fatal: the entry was left out), or that the
    user should know (a warning), with where it is."""

    source: str
    line: int | None
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass(slots=True)
class Source:
    """One input: its records (possibly a stream, read as the import goes) and what was found in it."""

    name: str
    format: str
    references: Iterable[Reference] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    blocks: list = field(default_factory=list)  # BibTeX's non-entry blocks (formats.bibtex.Block)
    progress: Callable[[], float] | None = None  # share of the input read so far
    finish: Callable[[], None] | None = None  # called once the stream is read: collects late problems

    def read(self) -> Iterator[Reference]:
        yield from self.references
        if self.finish is not None:
            self.finish()


def read_bytes(name: str) -> tuple[bytes, str]:
    """The raw bytes of a file (or stdin for '-'), and the label to report it by."""
    if name == STDIN:
        return sys.stdin.buffer.read(), "<stdin>"
    path = Path(name)
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:
            raise InputError(f"{name}: symbolic link loop") from None
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise InputError(f"{name}: symbolic link loop") from None
            raise InputError(f"{name}: broken symbolic link") from None
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a directory, not a file")
    try:
        return path.read_bytes(), name
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(f"{name}: symbolic link loop") from None
        raise InputError(f"{name}: cannot read: {error.strerror or error}") from None


def decode(data: bytes, label: str) -> str:
    """Text from bytes: UTF-8 (with or without a BOM), UTF-16/32 with a BOM or plainly UTF-16, or
    the encoding a JabRef file declares ('% Encoding: ISO8859_1'). Binary input is refused."""
    if not data.strip():
        raise InputError(f"{label}: file is empty")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _decode(data, encoding, label)
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 4:
        # UTF-16 without a BOM: every other byte of ASCII text is zero.
        even, odd = head[0::2].count(b"\x00"), head[1::2].count(b"\x00")
        if max(even, odd) > len(head) // 3 and min(even, odd) < len(head) // 20:
            return _decode(data, "utf-16-be" if even > odd else "utf-16-le", label)
    if b"\x00" in head:
        raise InputError(f"{label}: binary file, not text (expected a reference list or an export file)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        declared = _DECLARED_ENCODING.search(data[:2000])
        if declared:
            name = declared.group(1).decode("ascii").lower().replace("iso8859", "iso-8859")
            try:
                return data.decode(codecs.lookup(name).name)
            except (LookupError, UnicodeDecodeError):
                pass
        line = data[: error.start].count(b"\n") + 1
        raise InputError(f"{label}:{line}: not UTF-8 text (byte 0x{data[error.start]:02x}); save it as UTF-8") from None


def _decode(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError as error:
        raise InputError(f"{label}: not valid {encoding.upper()} text (at byte {error.start})") from None


def read_text(name: str) -> str:
    """The text of a file (or stdin for '-'), refusing binary and empty input with a clear reason."""
    data, label = read_bytes(name)
    return decode(data, label)


def detect_format(text: str) -> str:
    """The format of an input, from its content: each reader is asked in turn whether the text is
    its own; what none claims is a pasted reference list."""
    from citekit.formats.bibtex import looks_like_bibtex

    if looks_like_bibtex(text):
        return "bibtex"
    return "text"


def _bibtex_source(text: str, label: str) -> Source:
    from citekit.formats.bibtex import BibtexReader

    reader = BibtexReader(text)
    source = Source(label, "bibtex", reader.records(), blocks=reader.blocks)
    source.progress = lambda: reader.progress

    def finish() -> None:
        source.problems.extend(Problem(label, p.line, p.message, p.fatal) for p in reader.problems)
        if not reader.entries_seen and not reader.problems:
            raise InputError(f"{label}: no BibTeX entries found")

    source.finish = finish
    return source


def _text_source(text: str, label: str) -> Source:
    from citekit.parsing import parse_references

    parsed = parse_references(text)
    if not parsed.references:
        raise InputError(f"{label}: no reference list found")
    source = Source(label, "text", parsed.references)
    source.problems = [
        Problem(label, item.line, f"not a reference citekit can read: {item.text[:60]!r}") for item in parsed.unreadable
    ]
    return source


READERS: dict[str, Callable[[str, str], Source]] = {"bibtex": _bibtex_source, "text": _text_source}


def load_source(name: str, format: str | None = None) -> Source:
    """One input → a Source whose records are read as the import consumes them. The format comes
    from the content (``format`` forces one)."""
    data, label = read_bytes(name)
    text = decode(data, label)
    format = format or detect_format(text)
    if format not in READERS:
        raise InputError(f"unknown format {format!r}: use one of {', '.join(sorted(READERS))}")
    return READERS[format](text, label)
