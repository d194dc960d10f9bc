"""Reading the files a user hands citekit: the bytes checked and decoded, the format found from the
content, and the records read from it (streamed, for formats that can be)."""

from __future__ import annotations

import codecs
import errno
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citekit.errors import InputError, NoReferenceList
from citekit.model import Reference
from citekit.storage.rows import Prepared, prepare

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
    prepare: Callable[[], Iterator[Prepared]] | None = None  # a faster way to prepared records, if any

    def read(self) -> Iterator[Reference]:
        yield from self.references
        if self.finish is not None:
            self.finish()

    def prepared(self) -> Iterator[Prepared]:
        """The records ready to store (see citekit.storage.rows)."""
        if self.prepare is not None:
            yield from self.prepare()
            if self.finish is not None:
                self.finish()
            return
        for reference in self.read():
            yield prepare(reference, self.format)


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


def _byte_sliceable_encoding(data: bytes, label: str) -> str | None:
    """'utf-8' when the whole input is valid UTF-8 (checked a megabyte at a time, never decoded
    whole), so that it can be cut into slices as bytes; None for anything else."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4096]:
        return None
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for start in range(0, len(data), 1 << 20):
            decoder.decode(view[start : start + (1 << 20)])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    return "utf-8"


def read_text(name: str) -> str:
    """The text of a file (or stdin for '-'), refusing binary and empty input with a clear reason."""
    data, label = read_bytes(name)
    return decode(data, label)


def detect_format(text: str, label: str = "<input>") -> str:
    """The format of an input, from its content: each reader is asked in turn whether the text is
    its own; what none claims is a pasted reference list. Input that is plainly structured (XML,
    JSON, tagged lines) but in no format citekit reads is refused, never parsed as a list; a page
    saved as HTML is read for its list."""
    from citekit.formats import csljson, endnote, medline, pubmedxml, ris
    from citekit.formats.bibtex import looks_like_bibtex
    from citekit.parsing.html_page import is_html

    head = text[:4000].lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        if pubmedxml.looks_like_pubmed_xml(head):
            return "pubmedxml"
        if endnote.looks_like_endnote_xml(text):
            return "endnotexml"
        if _HTML_PAGE.search(head, 0, 1000) or (not head.startswith("<?xml") and is_html(head)):
            return "text"  # a page saved as HTML (not XML with a few HTML-like tags, as JATS has): a pasted list
        raise InputError(f"{label}: XML that is neither PubMed XML nor EndNote XML; citekit cannot read it")
    if head[:1] in ("[", "{") and not looks_like_bibtex(text[:4000]):
        if csljson.looks_like_csljson(head):
            return "csljson"
        raise InputError(f"{label}: JSON that is not CSL-JSON (an array of items with 'type' and 'title')")
    if ris.looks_like_ris(text):
        return "ris"
    if medline.looks_like_medline(text):
        return "medline"
    if looks_like_bibtex(text):
        return "bibtex"
    if endnote.looks_like_refer(text):
        return "refer"
    if csljson.looks_like_cslyaml(text):
        return "cslyaml"
    unsupported = _unsupported_tagged(text)
    if unsupported:
        raise InputError(f"{label}: {unsupported}")
    return "text"


_HTML_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_TAG_LINE = re.compile(r"^(?:[A-Z][A-Z0-9]{1,3} {0,3}- |[A-Z][A-Z0-9] \S|%\S )")


def _unsupported_tagged(text: str) -> str | None:
    """A reason to refuse input whose lines are tags of a format citekit does not read (Web of
    Science's plain text, Ovid's, CSV), or None."""
    lines = [line for line in text[:20000].splitlines()[:100] if line.strip()]
    if lines and lines[0].lstrip("\ufeff").startswith(("FN ", "FN\t")):
        return (
            "Web of Science tagged text is not a format citekit reads; "
            "export from Web of Science as RIS ('RIS (other reference software)') instead"
        )
    tagged = sum(1 for line in lines if _TAG_LINE.match(line))
    if len(lines) >= 5 and tagged * 2 >= len(lines):
        return "tagged lines of an export format citekit does not read (it reads RIS, MEDLINE and EndNote tagged text)"
    return None


def _bibtex_source(text: str, label: str) -> Source:
    from citekit.formats.bibtex import BibtexReader

    reader = BibtexReader(text)
    source = Source(label, "bibtex", reader.records(), blocks=reader.blocks)
    return _finished_by(source, reader, label)


def _finished_by(source: Source, reader: Any, label: str) -> Source:
    source.progress = lambda: reader.progress

    def finish() -> None:
        source.problems.extend(Problem(label, p.line, p.message, p.fatal) for p in reader.problems)
        if not reader.entries_seen and not any(p.fatal for p in reader.problems):
            raise InputError(f"{label}: no {getattr(reader, 'label', 'BibTeX entry')}s found")

    source.finish = finish
    return source


def _records_source(format: str) -> Callable[[str, str], Source]:
    """A Source for one of the record formats (citekit.formats.reading.RecordReader)."""

    def make(text: str, label: str) -> Source:
        reader = _READER_CLASSES[format](text, label)
        source = Source(label, reader.format, reader.records())
        return _finished_by(source, reader, label)

    return make


def _reader_classes() -> dict[str, Callable[..., Any]]:
    """format → (text, label, first line) → a RecordReader."""
    from citekit.formats import csljson, endnote, medline, pubmedxml, ris

    return {
        "ris": lambda text, label, line=1: ris.RisReader(text, line),
        "medline": lambda text, label, line=1: medline.MedlineReader(text, line),
        "pubmedxml": lambda text, label, line=1: pubmedxml.PubmedXmlReader(text, line, source=label),
        "endnotexml": lambda text, label, line=1: endnote.EndnoteXmlReader(text, line, source=label),
        "refer": lambda text, label, line=1: endnote.ReferReader(text, line),
        "csljson": lambda text, label, line=1: csljson.CslJsonReader(text, line, source=label),
        "cslyaml": lambda text, label, line=1: csljson.CslYamlReader(text, line, source=label),
    }


class _LazyReaders(dict):  # type: ignore[type-arg]
    """The reader classes, imported when first asked for (a plain `citekit search` needs none)."""

    def __missing__(self, key: str) -> Callable[..., Any]:
        self.update(_reader_classes())
        return dict.__getitem__(self, key)


_READER_CLASSES: dict[str, Callable[..., Any]] = _LazyReaders()


def _text_source(text: str, label: str) -> Source:
    from citekit.parsing import parse_references

    parsed = parse_references(text)
    if not parsed.references:
        raise NoReferenceList(f"{label}: no reference list found: nothing in it looks like a list of references")
    source = Source(label, "text", parsed.references)
    source.problems = [
        Problem(label, item.line, f"not a reference citekit can read: {item.text[:60]!r}") for item in parsed.unreadable
    ]
    source.problems += [
        Problem(label, item.line, f"left out, read as no reference: {item.text[:60]!r}", fatal=False)
        for item in parsed.left_out
    ]
    for reference in parsed.references:
        unsure = sorted(name for name, sure in reference.confidence.items() if sure < LOW_CONFIDENCE)
        if unsure:
            # Marked with a tag, so that `citekit search tag:low-confidence` finds them all later.
            reference.tags.append("low-confidence")
            source.problems.append(
                Problem(
                    label,
                    reference.line,
                    f"read with low confidence in {', '.join(unsure)}; check it: {reference.raw[:70]!r}",
                    fatal=False,
                )
            )
    return source


# Below this, a field the learned path reads is wrong about as often as right (benchmarks/parse_eval.py
# prints the calibration on held-out references).
LOW_CONFIDENCE = 0.5


# A .bib this large is read in slices by other processes while this one stores what they read:
# reading (splitting, LaTeX, the derived columns) costs about as much as the database's own work.
PARALLEL_FROM = 4_000_000  # characters, about 4,000 entries
_SLICE_ENTRIES = 2000
_IN_FLIGHT = 3


def _large_bibtex_source(data: bytes, encoding: str, label: str) -> Source:
    """A large .bib, kept as bytes (a third to a quarter of the memory of the decoded text) and
    read a slice at a time by worker processes."""
    from citekit.formats.bibtex import BibtexReader, prescan_bytes

    reader = BibtexReader("")
    reader.strings, reader.groups_of_key = prescan_bytes(data, encoding)
    reader.prescanned = True
    source = Source(label, "bibtex", (), blocks=reader.blocks)
    source.prepare = lambda: _prepared_in_parallel(reader, data, encoding)
    return _finished_by(source, reader, label)


def _prepare_slice(
    data: bytes, encoding: str, first_line: int, strings: dict[str, str], groups: dict[str, list[str]]
) -> tuple[list[Prepared], list[Any], list[Any], int]:
    """Run in a worker process: one slice of a .bib → records ready to store."""
    from citekit.formats.bibtex import BibtexReader

    reader = BibtexReader(data.decode(encoding), first_line, strings, groups)
    prepared = [prepare(reference, "bibtex") for reference in reader.records()]
    return prepared, reader.problems, reader.blocks, reader.entries_seen


def _in_order(worker: Callable[..., Any], tasks: list[tuple[Any, ...]]) -> Iterator[tuple[int, Any]]:
    """(index, result) of ``worker(*task)`` for each task, run in other processes, in task order,
    with a few tasks in flight (the rest of the file stays bytes until its turn)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = max(1, min(len(tasks), os.cpu_count() or 2, 3))
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        pending: list[Any] = []
        for number, task in enumerate(tasks):
            pending.append(pool.submit(worker, *task))
            if len(pending) < _IN_FLIGHT and number + 1 < len(tasks):
                continue
            while pending and (len(pending) >= _IN_FLIGHT or number + 1 == len(tasks)):
                done = number + 1 - len(pending)
                yield done, pending.pop(0).result()


def _prepared_in_parallel(reader: Any, data: bytes, encoding: str) -> Iterator[Prepared]:
    """The records of a large .bib, read by worker processes, in file order. What the slices
    cannot see alone (a key used again in a later slice, the blocks' order) is settled here."""
    from citekit.formats.bibtex import BibtexProblem, byte_slices

    slices = byte_slices(data, _SLICE_ENTRIES)
    tasks = [(data[begin:end], encoding, line, reader.strings, reader.groups_of_key) for begin, end, line in slices]
    for done, (prepared, problems, blocks, entries_seen) in _in_order(_prepare_slice, tasks):
        for block in blocks:
            block.position = len(reader.blocks)
            block.before_entries = block.before_entries and reader.entries_seen == 0
            reader.blocks.append(block)
        reader.entries_seen += entries_seen
        reader.problems.extend(problems)
        for record in prepared:
            first = reader.first_line_of_key.get(record.key) if record.key else None
            if first is not None:
                reader.problems.append(
                    BibtexProblem(
                        record.line or 0,
                        f"key {record.key!r} is used again (first at line {first}); "
                        "BibTeX and biber skip this entry, and so does citekit",
                    )
                )
                continue
            if record.key:
                reader.first_line_of_key[record.key] = record.line or 0
            yield record
        reader.progress = min(1.0, (done + 1) / len(slices))


# ----------------------------------------------------------------------------- other large files

# Where a record of each format may begin, so that a large file can be cut into pieces that read
# on their own; an XML piece is wrapped in its root element again.
_RECORD_STARTS: dict[str, tuple[re.Pattern[bytes], bytes, bytes, bytes]] = {
    # format: (record start, what ends the last record, head, tail)
    "ris": (re.compile(rb"^TY  - ", re.MULTILINE), b"", b"", b""),
    "medline": (re.compile(rb"^PMID- ", re.MULTILINE), b"", b"", b""),
    "refer": (re.compile(rb"^%0 ", re.MULTILINE), b"", b"", b""),
    "pubmedxml": (
        re.compile(rb"<Pubmed(?:Book)?Article>"),
        b"Article>",
        b"<PubmedArticleSet>",
        b"</PubmedArticleSet>",
    ),
    "endnotexml": (re.compile(rb"<record>"), b"</record>", b"<xml><records>", b"</records></xml>"),
}
_PIECE_RECORDS = 1000


def _record_pieces(format: str, data: bytes) -> list[tuple[bytes, int]] | None:
    """(piece, first line) for a large file of a record format, or None when it cannot be cut."""
    if format == "csljson":
        return _json_pieces(data)
    if format == "cslyaml":
        return _yaml_pieces(data)
    if format not in _RECORD_STARTS:
        return None
    pattern, closing, head, tail = _RECORD_STARTS[format]
    starts = [match.start() for match in pattern.finditer(data)]
    if len(starts) < 2 * _PIECE_RECORDS:
        return None
    end = len(data)
    if closing:
        end = data.rfind(closing) + len(closing)
        if end < starts[-1]:
            return None
    cuts = [starts[0] if head else 0, *starts[_PIECE_RECORDS::_PIECE_RECORDS], end]
    pieces, line = [], 1 + data.count(b"\n", 0, cuts[0])
    for begin, stop in zip(cuts, cuts[1:], strict=False):
        pieces.append((head + data[begin:stop] + tail, line))
        line += data.count(b"\n", begin, stop)
    return pieces


def _json_pieces(data: bytes) -> list[tuple[bytes, int]] | None:
    """A CSL-JSON array cut between items: each piece an array of its own."""
    import json

    text = data.decode("utf-8")
    index = len(text) - len(text.lstrip())
    if text[index : index + 1] != "[":
        return None
    decoder = json.JSONDecoder()
    bounds: list[int] = []
    index += 1
    items = 0
    try:
        while True:
            while index < len(text) and text[index] in " \t\r\n,":
                index += 1
            if index >= len(text) or text[index] == "]":
                break
            if items % _PIECE_RECORDS == 0:
                bounds.append(index)
            _, index = decoder.raw_decode(text, index)
            items += 1
    except json.JSONDecodeError:
        return None  # the reader reports where, reading the file whole
    if len(bounds) < 2:
        return None
    pieces, line, position = [], 1, 0
    for begin, stop in zip(bounds, [*bounds[1:], index], strict=False):
        line += text.count("\n", position, begin)
        position = begin
        body = text[begin:stop].rstrip().rstrip(",")
        pieces.append((("[" + body + "]").encode("utf-8"), line))
    return pieces


def _yaml_pieces(data: bytes) -> list[tuple[bytes, int]] | None:
    """A CSL-YAML 'references:' list cut between items, each piece a 'references:' list again."""
    text = data.decode("utf-8")
    head = re.search(r"^references:[ \t]*\n", text, re.MULTILINE)
    first = re.compile(r"^([ \t]*)- ", re.MULTILINE).search(text, head.end()) if head else None
    if head is None or first is None:
        return None
    item = re.compile(rf"^{re.escape(first.group(1))}- ", re.MULTILINE)
    starts = [match.start() for match in item.finditer(text, head.end())]
    if len(starts) < 2 * _PIECE_RECORDS:
        return None
    cuts = [*starts[::_PIECE_RECORDS], len(text)]
    pieces, line, position = [], 1, 0
    for begin, stop in zip(cuts, cuts[1:], strict=False):
        line += text.count("\n", position, begin)
        position = begin
        # The piece's first line is 'references:', one before the first item's own line.
        pieces.append((("references:\n" + text[begin:stop]).encode("utf-8"), line - 1))
    return pieces


def _prepare_piece(format: str, piece: bytes, first_line: int, label: str) -> tuple[list[Prepared], list[Any], int]:
    """Run in a worker process: one piece of a large file → records ready to store."""
    reader = _READER_CLASSES[format](piece.decode("utf-8"), label, first_line)
    prepared = [prepare(reference, reader.format) for reference in reader.records()]
    return prepared, reader.problems, reader.entries_seen


def _large_records_source(format: str, data: bytes, label: str) -> Source | None:
    pieces = _record_pieces(format, data)
    if pieces is None:
        return None
    from citekit.formats.reading import RecordReader

    reader = RecordReader("")
    reader.label = _READER_CLASSES[format]("", label).label
    source = Source(label, "csljson" if format == "cslyaml" else format, ())

    def prepared() -> Iterator[Prepared]:
        tasks = [(format, piece, line, label) for piece, line in pieces]
        for done, (records, problems, seen) in _in_order(_prepare_piece, tasks):
            reader.entries_seen += seen
            reader.problems.extend(problems)
            yield from records
            reader.progress = min(1.0, (done + 1) / len(tasks))

    source.prepare = prepared
    return _finished_by(source, reader, label)


READERS: dict[str, Callable[[str, str], Source]] = {
    "bibtex": _bibtex_source,
    "ris": _records_source("ris"),
    "medline": _records_source("medline"),
    "pubmedxml": _records_source("pubmedxml"),
    "csljson": _records_source("csljson"),
    "cslyaml": _records_source("cslyaml"),
    "endnotexml": _records_source("endnotexml"),
    "refer": _records_source("refer"),
    "text": _text_source,
}
FORMATS = tuple(READERS)


def _detect_quietly(text: str) -> str | None:
    try:
        return detect_format(text)
    except InputError:
        return None


def load_source(name: str, format: str | None = None) -> Source:
    """One input → a Source whose records are read as the import consumes them. The format comes
    from the content (``format`` forces one)."""
    data, label = read_bytes(name)
    if len(data) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1 and _byte_sliceable_encoding(data, label):
        found = format or _detect_quietly(data[:65536].decode("utf-8", "ignore"))
        if found == "bibtex":
            return _large_bibtex_source(data, "utf-8", label)
        if found is not None and found != "text":
            large = _large_records_source(found, data.removeprefix(codecs.BOM_UTF8), label)
            if large is not None:
                return large
    text = decode(data, label)
    format = format or detect_format(text, label)
    if format not in READERS:
        raise InputError(f"unknown format {format!r}: use one of {', '.join(sorted(READERS))}")
    return READERS[format](text, label)
