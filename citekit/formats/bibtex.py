"""BibTeX and BibLaTeX ↔ records, through one table of entry types and fields.

Reading keeps each entry exactly as written (type, fields in order, macros, the user's braces and
maths, fields citekit has no name for) in ``Reference.original``, and maps what the table knows onto
the CSL-based model for search, display and the other formats. Writing puts an imported entry back
as it was, with any value citekit learned later (an enriched DOI) added, escaped; a record from
anywhere else is written from the model through the same table.

bibtexparser v2 splits the text (with no middleware, so that values come back verbatim); large
files are read in slices of whole entries so that memory stays flat.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import bibtexparser
from bibtexparser.middlewares.names import (
    InvalidNameError,
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from bibtexparser.model import (
    DuplicateBlockKeyBlock,
    DuplicateFieldKeyBlock,
    Entry,
    ExplicitComment,
    ImplicitComment,
    ParsingFailedBlock,
    Preamble,
    String,
)

from citekit.formats.latex import ascii_latex, escape, to_unicode
from citekit.identifiers import clean_doi, clean_pmcid, clean_pmid, clean_url
from citekit.model import CSL_TYPES, Author, Original, Reference, dotted_initials
from citekit.months import month_number

FORMAT = "bibtex"
LINKS_FIELD = "citekit-links"
YEAR_SUFFIX_FIELD = "citekit-yearsuffix"

# ----------------------------------------------------------------------------- the table

# Entry type (BibTeX and BibLaTeX) → CSL type.
CSL_TYPE_OF_ENTRY = {
    "article": "article-journal",
    "suppperiodical": "article-journal",
    "periodical": "periodical",
    "book": "book",
    "mvbook": "book",
    "collection": "book",
    "mvcollection": "book",
    "proceedings": "book",
    "mvproceedings": "book",
    "reference": "book",
    "mvreference": "book",
    "booklet": "pamphlet",
    "inbook": "chapter",
    "bookinbook": "chapter",
    "suppbook": "chapter",
    "incollection": "chapter",
    "suppcollection": "chapter",
    "inreference": "entry-encyclopedia",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "thesis": "thesis",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "report": "report",
    "techreport": "report",
    "manual": "report",
    "online": "webpage",
    "electronic": "webpage",
    "www": "webpage",
    "unpublished": "manuscript",
    "patent": "patent",
    "dataset": "dataset",
    "software": "software",
    "standard": "standard",
    "artwork": "graphic",
    "image": "graphic",
    "audio": "song",
    "music": "song",
    "movie": "motion_picture",
    "video": "motion_picture",
    "performance": "performance",
    "letter": "personal_communication",
    "legislation": "legislation",
    "jurisdiction": "legal_case",
    "legal": "treaty",
    "review": "review",
    "misc": "document",
}
# CSL type → entry type, for a record that did not come from BibTeX: (BibTeX, BibLaTeX).
ENTRY_OF_CSL_TYPE = {
    "article": ("article", "article"),
    "article-journal": ("article", "article"),
    "article-magazine": ("article", "article"),
    "article-newspaper": ("article", "article"),
    "periodical": ("misc", "periodical"),
    "book": ("book", "book"),
    "classic": ("book", "book"),
    "collection": ("book", "collection"),
    "pamphlet": ("booklet", "booklet"),
    "chapter": ("incollection", "incollection"),
    "entry": ("incollection", "inreference"),
    "entry-dictionary": ("incollection", "inreference"),
    "entry-encyclopedia": ("incollection", "inreference"),
    "paper-conference": ("inproceedings", "inproceedings"),
    "thesis": ("phdthesis", "thesis"),
    "report": ("techreport", "report"),
    "webpage": ("misc", "online"),
    "post": ("misc", "online"),
    "post-weblog": ("misc", "online"),
    "manuscript": ("unpublished", "unpublished"),
    "patent": ("misc", "patent"),
    "dataset": ("misc", "dataset"),
    "software": ("misc", "software"),
    "standard": ("techreport", "standard"),
    "graphic": ("misc", "artwork"),
    "song": ("misc", "audio"),
    "motion_picture": ("misc", "movie"),
    "performance": ("misc", "performance"),
    "personal_communication": ("misc", "letter"),
    "legislation": ("misc", "legislation"),
    "legal_case": ("misc", "jurisdiction"),
    "review": ("article", "review"),
    "review-book": ("article", "review"),
}
# BibTeX-only entry types and what BibLaTeX calls them (with its `type` field, if any).
BIBLATEX_ENTRY = {
    "phdthesis": ("thesis", "phdthesis"),
    "mastersthesis": ("thesis", "mathesis"),
    "techreport": ("report", "techreport"),
    "conference": ("inproceedings", None),
    "electronic": ("online", None),
    "www": ("online", None),
}

PERIODICAL = frozenset({"article", "article-journal", "article-magazine", "article-newspaper", "periodical", "review"})
NOT_PERIODICAL = frozenset(CSL_TYPES - PERIODICAL)
THESIS = frozenset({"thesis"})
REPORT = frozenset({"report", "standard"})


@dataclass(frozen=True, slots=True)
class FieldMap:
    """One row of the table: a CSL variable, the field written for BibTeX and for BibLaTeX, every
    field name read into it, and the CSL types it applies to (None: any)."""

    variable: str
    bibtex: str
    biblatex: str
    reads: tuple[str, ...] = ()
    types: frozenset[str] | None = None
    verbatim: bool = False  # an identifier or link: not LaTeX, written without escapes

    def applies_to(self, csl_type: str | None) -> bool:
        return self.types is None or (csl_type or "") in self.types

    @property
    def names(self) -> tuple[str, ...]:
        return self.reads or (self.bibtex,)


def _row(variable: str, bibtex: str, biblatex: str | None = None, *reads: str, **options: object) -> FieldMap:
    return FieldMap(variable, bibtex, biblatex or bibtex, reads or (bibtex,), **options)  # type: ignore[arg-type]


# Text variables. Earlier rows win: 'publisher' is the school for a thesis, else the publisher.
FIELDS: tuple[FieldMap, ...] = (
    _row("title", "title"),
    _row("title-short", "shorttitle"),
    _row("original-title", "origtitle"),
    _row("container-title", "journal", "journaltitle", "journal", "journaltitle", types=PERIODICAL),
    _row("container-title", "booktitle", "booktitle", "booktitle", "journal", "journaltitle"),
    _row("container-title-short", "shortjournal", "shortjournal", "shortjournal", "journal-iso", "journalabbr"),
    _row("collection-title", "series"),
    _row("publisher", "school", "institution", "school", "institution", "publisher", types=THESIS),
    _row("publisher", "institution", "institution", "institution", "publisher", "organization", types=REPORT),
    _row("publisher", "publisher", "publisher", "publisher", "organization", "institution", "school"),
    _row("publisher-place", "address", "location", "address", "location"),
    _row("edition", "edition"),
    _row("volume", "volume"),
    _row("number-of-volumes", "volumes"),
    _row("issue", "number", "number", "number", "issue", types=PERIODICAL),
    _row("number", "number", types=NOT_PERIODICAL),
    _row("page", "pages"),
    _row("number-of-pages", "pagetotal"),
    _row("chapter-number", "chapter"),
    _row("genre", "type"),
    _row("status", "pubstate"),  # 'in press', 'forthcoming': BibLaTeX's, which plain BibTeX's styles pass over
    _row("event-title", "eventtitle"),
    _row("event-place", "venue"),
    _row("version", "version"),
    _row("medium", "howpublished"),
    _row("ISBN", "isbn"),
    _row("ISSN", "issn"),
    _row("language", "language", "language", "language", "langid"),
    _row("note", "note"),
    _row("annote", "annote", "annotation", "annote", "annotation"),
    _row("abstract", "abstract"),
    _row("archive", "archive"),
    _row("archive_location", "archive_location", "library", "archive_location", "library"),
    _row("call-number", "callnumber", "callnumber", "callnumber", "call-number", "lccn"),
    _row("URL", "url", verbatim=True),
    _row("DOI", "doi", verbatim=True),
    _row("PMID", "pmid", verbatim=True),
    _row("PMCID", "pmcid", verbatim=True),
    _row("eprint", "eprint", "eprint", "eprint", verbatim=True),
    _row("eprinttype", "eprinttype", "eprinttype", "eprinttype", "archiveprefix"),
    _row("eprintclass", "eprintclass", "eprintclass", "eprintclass", "primaryclass"),
    _row("year-suffix", YEAR_SUFFIX_FIELD),
)
# Name fields → CSL roles. BibLaTeX's editora/b/c take their role from editoratype etc.
NAME_FIELDS = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "bookauthor": "container-author",
    "commentator": "contributor",
    "annotator": "contributor",
    "introduction": "contributor",
    "foreword": "contributor",
    "afterword": "contributor",
    "holder": "contributor",
}
ROLE_FIELDS = {"author": "author", "editor": "editor", "translator": "translator", "container-author": "bookauthor"}
EDITOR_TYPES = {"editora": "editoratype", "editorb": "editorbtype", "editorc": "editorctype"}
EDITOR_TYPE_ROLES = {
    "chair": "chair",
    "collaborator": "contributor",
    "compiler": "compiler",
    "director": "director",
    "organizer": "organizer",
    "producer": "producer",
    "redactor": "editor",
    "reviser": "editor",
    "translator": "translator",
    "editor": "editor",
}
# Fields the table reads that are neither text variables nor names.
DATE_FIELDS = ("year", "month", "day", "date", "urldate", "eventdate", "origdate")
OTHER_FIELDS = ("keywords", "file", LINKS_FIELD, "entrysubtype", *EDITOR_TYPES, *EDITOR_TYPES.values())
MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


_ROWS_READING: dict[str, list[int]] = {}
for _index, _map in enumerate(FIELDS):
    for _field_name in _map.names:
        _ROWS_READING.setdefault(_field_name, []).append(_index)


@lru_cache(maxsize=1)
def mapped_field_names() -> frozenset[str]:
    """Every field name the table reads (lower case): the rest are kept only as written."""
    names = {name for row in FIELDS for name in row.names}
    names.update(NAME_FIELDS, EDITOR_TYPES, DATE_FIELDS, OTHER_FIELDS)
    return frozenset(names)


def unread_fields(reference: Reference) -> list[tuple[str, str]]:
    """The fields of an entry that the table does not read (owner, timestamp, …), as written."""
    original = reference.original
    if original is None:
        return []
    known = mapped_field_names()
    return [(name, value) for name, value in original.fields if name.lower() not in known]


def carriers(variable: str) -> frozenset[str]:
    """The field names that carry a CSL variable (or a role, or 'issued'/'accessed'/'keyword'/'file')."""
    if variable in ("issued", "year", "month", "day"):
        return frozenset({"year", "month", "day", "date"})
    if variable == "accessed":
        return frozenset({"urldate"})
    if variable in ("keyword", "keywords"):
        return frozenset({"keywords"})
    if variable in ("file", "files"):
        return frozenset({"file"})
    if variable in ("author", "editor", "translator", "container-author", "contributor", "chair"):
        names = {name for name, role in NAME_FIELDS.items() if role == variable}
        return frozenset(names | set(EDITOR_TYPES) if variable != "author" else names)
    return frozenset(name for row in FIELDS if row.variable == variable for name in row.names)


# ----------------------------------------------------------------------------- reading


@dataclass(slots=True)
class BibtexProblem:
    line: int
    message: str
    fatal: bool = True  # the entry was not imported; a warning otherwise


@dataclass(slots=True)
class Block:
    """Something in a .bib that is not an entry, kept to be written back: @preamble, @string,
    @comment (JabRef keeps its groups and settings there), or free text between entries."""

    kind: str  # preamble | string | comment | text
    text: str  # exactly as written
    name: str | None = None  # a @string's macro name (lower case)
    position: int = 0  # order in the file
    before_entries: bool = False


@dataclass(slots=True)
class BibtexReadResult:
    references: list[Reference] = field(default_factory=list)
    problems: list[BibtexProblem] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


class BadEntry(ValueError):
    """An entry that cannot be read; it is reported and the other entries go on."""


_ENTRY_START = re.compile(r"^[ \t]*@", re.MULTILINE)
_KEY_UNSAFE = re.compile(r"[\s,{}()\\#%~\"'=]")
_LEFTOVER_FIELDS = re.compile(r"^\s*,?\s*[A-Za-z][\w-]*\s*=")
# The fast path reads well-formed entries with a few regular expressions; anything else (a
# @string, @preamble or @comment, a field it cannot read, a value left open) is handed, as the
# text up to the next line that starts with '@', to bibtexparser, which has the last word.
_HEAD = re.compile(r"@[ \t]*([A-Za-z][\w-]*)[ \t]*\{[ \t\r\n]*([^\s,{}()\"#%=~\\]+)[ \t\r\n]*,")
_NAME = re.compile(r"\s*([A-Za-z][^\s=,{}()\"#%]*)\s*=\s*")
_CLOSE = re.compile(r"\s*\}")
_BRACES = re.compile(r"(?<!\\)[{}]")
_QUOTE_OR_BRACE = re.compile(r'(?<!\\)[{}"]')
_BARE = re.compile(r"[A-Za-z0-9][^\s,{}()#\"=]*")
_SEPARATOR = re.compile(r"\s*([,#}])\s*")
_OTHER_BLOCKS = frozenset({"comment", "string", "preamble"})
# 'level ExplicitGroup:name\;hierarchy\;key\;key\;…\;;' in JabRef 2's groupstree comment.
_EXPLICIT_GROUP = re.compile(r"\d+\s*ExplicitGroup:((?:\\.|[^;\\])*);")
_MACROS_AND_GROUPS = re.compile(r"^[ \t]*@(?:string|comment\s*\{\s*jabref-meta:\s*groupstree)", re.MULTILINE | re.I)

FastEntry = tuple[str, str, list[tuple[str, str]]]  # type, key, fields as written


def _fast_entry(text: str, start: int, limit: int) -> tuple[FastEntry, int] | None:
    """The entry at ``start`` and where it ends, or None when it is not plainly well formed."""
    head = _HEAD.match(text, start, limit)
    if head is None or head.group(1).lower() in _OTHER_BLOCKS:
        return None
    entry_type, key, position = head.group(1), head.group(2), head.end()
    fields: list[tuple[str, str]] = []
    names: set[str] = set()
    while True:
        closing = _CLOSE.match(text, position, limit)
        if closing is not None:
            return (entry_type.lower(), key, fields), closing.end()
        name = _NAME.match(text, position, limit)
        if name is None or name.group(1).lower() in names:
            return None
        names.add(name.group(1).lower())
        value_start = position = name.end()
        while True:
            char = text[position : position + 1]
            if char == "{":
                position = _closing_brace(text, position, limit)
            elif char == '"':
                position = _closing_quote(text, position, limit)
            else:
                bare = _BARE.match(text, position, limit)
                position = bare.end() if bare is not None else -1
            if position < 0:
                return None
            separator = _SEPARATOR.match(text, position, limit)
            if separator is None:
                return None
            value_end = position
            position = separator.end()
            if separator.group(1) != "#":
                break
        fields.append((name.group(1), text[value_start:value_end]))
        if separator.group(1) == "}":
            return (entry_type.lower(), key, fields), position


def _closing_brace(text: str, position: int, limit: int) -> int:
    close = text.find("}", position + 1, limit)
    if close > 0 and text.find("{", position + 1, close) < 0 and text[close - 1] != "\\":
        return close + 1  # most values hold no braces of their own
    depth = 0
    for brace in _BRACES.finditer(text, position, limit):
        depth += 1 if brace.group() == "{" else -1
        if depth == 0:
            return brace.end()
    return -1


def _closing_quote(text: str, position: int, limit: int) -> int:
    depth = 0
    for mark in _QUOTE_OR_BRACE.finditer(text, position + 1, limit):
        char = mark.group()
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return -1
        elif depth == 0:
            return mark.end()
    return -1


class BibtexReader:
    """Reads a .bib text entry by entry: ``records()`` streams references; problems and non-entry
    blocks collect on the reader as it goes."""

    def __init__(
        self,
        text: str,
        first_line: int = 1,
        strings: dict[str, str] | None = None,
        groups_of_key: dict[str, list[str]] | None = None,
    ) -> None:
        self.text = text.lstrip("\ufeff")
        self.first_line = first_line  # of this text in its file, when it is a slice of one
        self.problems: list[BibtexProblem] = []
        self.blocks: list[Block] = []
        self.strings: dict[str, str] = {}  # macro name (lower case) → its value as written
        self.groups_of_key: dict[str, list[str]] = {}  # JabRef 2 explicit groups, from its @comment
        self.prescanned = strings is not None
        if strings is not None:
            self.strings.update(strings)
            self.groups_of_key.update(groups_of_key or {})
        self.first_line_of_key: dict[str, int] = {}
        self.entries_seen = 0
        self.progress = 0.0  # share of the text read so far

    def records(self) -> Iterator[Reference]:
        logger = logging.getLogger("bibtexparser.splitter")
        was_disabled = logger.disabled
        logger.disabled = True  # bibtexparser logs failed blocks; citekit reports them, with lines
        try:
            if not self.prescanned:
                self.prescan()
            yield from self._scan()
        finally:
            logger.disabled = was_disabled
        self.progress = 1.0

    def prescan(self) -> None:
        """@string macros and JabRef 2's group lists, from anywhere in the file: an entry may come
        before the comment that names its groups."""
        for match in _MACROS_AND_GROUPS.finditer(self.text):
            end = _ENTRY_START.search(self.text, match.end())
            block_text = self.text[match.start() : end.start() if end else len(self.text)]
            for block in bibtexparser.parse_string(block_text, parse_stack=[]).blocks:
                if isinstance(block, String):
                    self.strings[block.key.lower()] = block.value
                elif isinstance(block, ExplicitComment):
                    self._jabref_groups(block.comment)
        self.prescanned = True

    def _scan(self) -> Iterator[Reference]:
        text, length = self.text, len(self.text)
        starts = [match.end() - 1 for match in _ENTRY_START.finditer(text)]
        starts.append(length)
        position, line = 0, self.first_line
        previous: str | None = None  # key of the entry just read, for text found after it
        for index, start in enumerate(starts[:-1]):
            if start < position:
                continue  # inside what the last entry or chunk took
            line += text.count("\n", position, start)
            gap = text[position:start]
            if gap.strip():
                if "@" in gap:
                    yield from self._chunk(gap, line - gap.count("\n"))
                else:
                    self._other_block(ImplicitComment(gap), line - gap.count("\n"), previous)
            previous = None
            limit = starts[index + 1]
            self.progress = start / max(1, length)
            found = _fast_entry(text, start, limit)
            if found is not None:
                (entry_type, key, fields), end = found
                reference = self._entry(entry_type, key, fields, line)
                if reference is not None:
                    yield reference
                previous = key
            else:
                end = limit
                yield from self._chunk(text[start:end], line)
            line += text.count("\n", start, end)
            position = end
        tail = text[position:]
        if tail.strip():
            if "@" in tail:
                yield from self._chunk(tail, line)
            else:
                self._other_block(ImplicitComment(tail), line, previous)

    def _chunk(self, text: str, first_line: int) -> Iterator[Reference]:
        """Text the fast path would not read, read by bibtexparser."""
        library = bibtexparser.parse_string(text, parse_stack=[])
        previous: str | None = None
        for block in library.blocks:
            line = first_line + (block.start_line or 0)
            if isinstance(block, Entry):
                previous = block.key
                reference = self._entry(block.entry_type.lower(), block.key, _written(block), line)
                if reference is not None:
                    yield reference
                continue
            if isinstance(block, DuplicateBlockKeyBlock) and block.ignore_error_block.key:
                entry = block.ignore_error_block
                reference = self._entry(entry.entry_type.lower(), entry.key, _written(entry), line)
                assert reference is None  # reported as a key used twice
                continue
            if isinstance(block, DuplicateBlockKeyBlock | DuplicateFieldKeyBlock):
                entry = block.ignore_error_block
                if isinstance(block, DuplicateFieldKeyBlock):
                    repeated = sorted({f.key for f in entry.fields if _count(entry, f.key) > 1})
                    self.problems.append(
                        BibtexProblem(
                            line,
                            f"entry {entry.key!r} has {', '.join(repeated)} more than once; "
                            "the first is used, all are kept as written",
                            fatal=False,
                        )
                    )
                previous = entry.key
                reference = self._entry(entry.entry_type.lower(), entry.key, _written(entry), line)
                if reference is not None:
                    yield reference
                continue
            if isinstance(block, ParsingFailedBlock):
                self.problems.append(BibtexProblem(line, f"broken entry: {_failure(block)}"))
                previous = None
                continue
            self._other_block(block, line, previous)
            previous = None

    def _other_block(self, block: object, line: int, previous_key: str | None) -> None:
        before = self.entries_seen == 0
        position = len(self.blocks)
        if isinstance(block, String):
            self.strings[block.key.lower()] = block.value
            self.blocks.append(Block("string", f"@string{{{block.key} = {block.value}}}", block.key.lower(), position))
        elif isinstance(block, Preamble):
            self.blocks.append(Block("preamble", f"@preamble{{{block.value}}}", None, position, before))
        elif isinstance(block, ExplicitComment):
            self.blocks.append(Block("comment", f"@comment{{{block.comment}}}", None, position, before))
        elif isinstance(block, ImplicitComment):
            comment = block.comment.strip()
            if previous_key is not None and _LEFTOVER_FIELDS.match(comment):
                self.problems.append(
                    BibtexProblem(
                        line,
                        f"text after the end of entry {previous_key!r} looks like more of its fields "
                        "(an extra '}' ends the entry early); those fields were not imported",
                    )
                )
            elif comment:
                self.blocks.append(Block("text", block.comment.strip("\n"), None, position, before))

    def _jabref_groups(self, comment: str) -> None:
        """JabRef 2 lists each explicit group's keys in its 'groupstree' comment."""
        if not comment.startswith("jabref-meta: groupstree"):
            return
        text = re.sub(r"\s*\n\s*", "", comment.split(":", 2)[2])  # JabRef wraps the list at 70 columns
        for group in _EXPLICIT_GROUP.finditer(text):
            name, _, *keys = re.split(r"(?<!\\)\\;", group.group(1))
            for key in keys:
                key = key.strip()
                if key:
                    self.groups_of_key.setdefault(key, []).append(name)

    def _entry(self, entry_type: str, key: str, fields: list[tuple[str, str]], line: int) -> Reference | None:
        self.entries_seen += 1
        if key:
            if key in self.first_line_of_key:
                self.problems.append(
                    BibtexProblem(
                        line,
                        f"key {key!r} is used again (first at line {self.first_line_of_key[key]}); "
                        "BibTeX and biber skip this entry, and so does citekit",
                    )
                )
                return None
            self.first_line_of_key[key] = line
        try:
            reference = entry_to_reference(entry_type, key, fields, self.strings, line)
        except BadEntry as problem:
            self.problems.append(BibtexProblem(line, f"entry {key!r}: {problem}"))
            return None
        except RecursionError:
            self.problems.append(BibtexProblem(line, f"entry {key!r}: braces nested too deeply"))
            return None
        for warning in _warnings(reference):
            self.problems.append(BibtexProblem(line, f"entry {key!r}: {warning}", fatal=False))
        reference.tags.extend(self.groups_of_key.get(key, ()))
        return reference


_ENTRY_START_BYTES = re.compile(rb"^[ \t]*@", re.MULTILINE)
_MACROS_AND_GROUPS_BYTES = re.compile(
    rb"^[ \t]*@(?:string|comment\s*\{\s*jabref-meta:\s*groupstree)", re.MULTILINE | re.IGNORECASE
)


def byte_slices(data: bytes, entries: int) -> list[tuple[int, int, int]]:
    """(start, end, first line) of pieces of a .bib of about ``entries`` entries, cut where a line
    starts with '@', worked out on the bytes (UTF-8 never has '@' or a newline inside a character)."""
    starts = [match.start() for match in _ENTRY_START_BYTES.finditer(data)]
    cuts = [0, *starts[entries::entries], len(data)]
    pieces, line = [], 1
    for begin, end in zip(cuts, cuts[1:], strict=False):
        pieces.append((begin, end, line))
        line += data.count(b"\n", begin, end)
    return pieces


def prescan_bytes(data: bytes, encoding: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """BibtexReader.prescan for a file kept as bytes: its @string macros and JabRef 2 groups."""
    reader = BibtexReader("")
    for match in _MACROS_AND_GROUPS_BYTES.finditer(data):
        end = _ENTRY_START_BYTES.search(data, match.end())
        reader.text = data[match.start() : end.start() if end else len(data)].decode(encoding)
        reader.prescan()
    return reader.strings, reader.groups_of_key


def _written(entry: Entry) -> list[tuple[str, str]]:
    return [(f.key, f.value) for f in entry.fields if isinstance(f.value, str)]


def _count(entry: Entry, name: str) -> int:
    return sum(1 for f in entry.fields if f.key == name)


def _failure(block: ParsingFailedBlock) -> str:
    reason = getattr(block.error, "abort_reason", None) or str(block.error)
    lines = [line.strip() for line in str(reason).splitlines() if line.strip()]
    text = " ".join(lines)[:200] if lines else "syntax error"
    if "Unexpected block start" in text or "end of" in text.lower():
        text = "unbalanced braces or quotes (" + text + ")"
    return text


def read_bibtex(text: str) -> BibtexReadResult:
    """Every readable entry, a problem (with its line) for every one that is not, and the blocks."""
    reader = BibtexReader(text)
    references = list(reader.records())
    problems = sorted(reader.problems, key=lambda problem: problem.line)
    return BibtexReadResult(references, problems, reader.blocks)


def looks_like_bibtex(text: str) -> bool:
    return bool(re.search(r"^[ \t]*@[A-Za-z]+[ \t]*[{(]", text, re.MULTILINE))


# ----------------------------------------------------------------------------- one entry


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_EDTF = re.compile(r"^(-?\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def resolve(value: str, strings: dict[str, str], depth: int = 0) -> str:
    """A field's value as written → its LaTeX content: braces or quotes taken off, @string macros
    expanded, '#' concatenations joined."""
    value = value.strip()
    if value[:1] == "{" and value[-1:] == "}" and "#" not in value:
        return value[1:-1]
    parts: list[str] = []
    for piece in _concatenated(value):
        piece = piece.strip()
        if piece[:1] in '{"' and len(piece) >= 2:
            parts.append(piece[1:-1])
        elif piece.isdigit():
            parts.append(piece)
        elif piece.lower() in strings and depth < 20:  # a macro defined through itself ends somewhere
            parts.append(resolve(strings[piece.lower()], strings, depth + 1))
        elif piece.lower() in MONTH_MACROS:
            parts.append(piece.lower())
        else:
            parts.append(piece)
    return "".join(parts)


def _concatenated(value: str) -> list[str]:
    """Split at '#' outside braces and quotes."""
    if "#" not in value:
        return [value]
    pieces, depth, quoted, start = [], 0, False, 0
    for index, char in enumerate(value):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "#" and depth == 0 and not quoted:
            pieces.append(value[start:index])
            start = index + 1
    pieces.append(value[start:])
    return pieces


def verbatim_text(latex: str) -> str:
    """A URL, DOI or path as a .bib often escapes it ('a\\_b', '{10.1000/x}') → the text itself."""
    text = latex.replace("{", "").replace("}", "")
    return re.sub(r"\\([_%&#$~])", r"\1", text).strip()


def entry_to_reference(
    entry_type: str,
    key: str,
    written: list[tuple[str, str]],
    strings: dict[str, str] | None = None,
    line: int | None = None,
) -> Reference:
    """One entry → a record: the model filled through the table, the entry itself kept verbatim."""
    strings = strings or {}
    for name, raw in written:
        if "\\" in raw and raw.count("{") != raw.count("}"):
            # BibTeX counts every brace, '\{' too: it would read past the end of this value.
            raise BadEntry(f"{name} has unbalanced braces (BibTeX counts \\{{ and \\}} as braces too)")
    values: dict[str, str] = {}
    for name, raw in written:
        values.setdefault(name.lower(), resolve(raw, strings))
    entry_type = entry_type.lower()
    reference = Reference(
        type=_csl_type(entry_type, values),
        key=key,
        line=line,
        original=Original(FORMAT, entry_type, written),
    )
    rows = sorted({index for name in values for index in _ROWS_READING.get(name, ())})
    for row in (FIELDS[index] for index in rows):
        if not row.applies_to(reference.type) or reference.variable(row.variable):
            continue
        for name in row.names:
            latex = values.get(name)
            if latex and latex.strip():
                reference.set_variable(row.variable, verbatim_text(latex) if row.verbatim else to_unicode(latex))
                break
    _identifiers(reference)
    _names(reference, values)
    _dates(reference, values)
    if reference.type == "thesis" and "genre" not in reference.variables:
        genre = {"phdthesis": "PhD thesis", "mastersthesis": "Master's thesis"}.get(entry_type)
        if genre:
            reference.variables["genre"] = genre
    if values.get("keywords"):
        reference.keywords = _split_list(to_unicode(values["keywords"]))
        reference.tags.extend(reference.keywords)
    if values.get("groups"):
        reference.tags.extend(_split_list(to_unicode(values["groups"])))
    if values.get("file"):
        reference.files = file_paths(values["file"])
    if values.get(LINKS_FIELD):
        reference.links = _split_list(values[LINKS_FIELD])
    return reference


def _csl_type(entry_type: str, values: dict[str, str]) -> str:
    subtype = values.get("entrysubtype", "").lower()
    if entry_type == "article" and subtype in ("magazine", "newspaper"):
        return f"article-{subtype}"
    if entry_type == "misc" and values.get("url") and not values.get("publisher"):
        return "webpage"
    if entry_type == "inbook" and not values.get("booktitle"):
        return "book"
    return CSL_TYPE_OF_ENTRY.get(entry_type, "document")


def _identifiers(reference: Reference) -> None:
    """Identifiers that do not fit their syntax stay in the entry as written, but not in the model."""
    reference.doi = clean_doi(reference.doi)
    reference.pmid = clean_pmid(reference.pmid)
    reference.pmcid = clean_pmcid(reference.pmcid)
    reference.url = clean_url(reference.url)


def _warnings(reference: Reference) -> list[str]:
    assert reference.original is not None
    written = {name.lower(): value for name, value in reversed(reference.original.fields)}
    found = []
    for name, kept in (("doi", reference.doi), ("pmid", reference.pmid), ("pmcid", reference.pmcid), ("url", None)):
        if name in written and kept is None and (name != "url" or reference.url is None):
            what = {"url": "an http(s) URL", "doi": "a DOI"}.get(name, f"a {name.upper()}")
            found.append(f"{name} {written[name][:80]!r} is not {what}; kept as written, not used")
    for name, value in reference.original.fields:
        command = _RUNS_SOMETHING.search(value)
        if command:
            found.append(f"{name} holds {command.group()!r}, which citekit writes as text, never as a command")
    return found


# TeX that reads or writes files, runs programs or builds command names: a bibliography has no
# use for it, and a hostile .bib would use nothing else. Written as text on export (the
# backslash spelled out), wherever it stands; ^^5c is TeX's other way to write a backslash.
_RUNS_SOMETHING = re.compile(
    r"\\(?:write|input|include|openin|openout|read|readline|immediate|directlua|latelua|ShellEscape|"
    r"pdfshellescape|special|catcode|csname|endinput|newwrite|newread|InputIfFileExists|IfFileExists|"
    r"lstinputlisting|verbatiminput|usepackage|RequirePackage|documentclass|scantokens)(?![A-Za-z])|\^\^"
)


def disarm(latex: str) -> str:
    """LaTeX with anything that could run or read spelled as text ('\\input' → '\\textbackslash{}input')."""
    if "\\" not in latex and "^^" not in latex:
        return latex
    return _RUNS_SOMETHING.sub(
        lambda match: (
            "\\textasciicircum{}\\textasciicircum{}"
            if match.group() == "^^"
            else "\\textbackslash{}" + match.group()[1:]
        ),
        latex,
    )


def _names(reference: Reference, values: dict[str, str]) -> None:
    for name, role in NAME_FIELDS.items():
        if values.get(name):
            people = parse_names(values[name], name)
            if people:
                reference.set_role(role, reference.role(role) + people if role == "contributor" else people)
    for name, type_field in EDITOR_TYPES.items():
        if values.get(name):
            role = EDITOR_TYPE_ROLES.get(values.get(type_field, "editor").strip().lower(), "contributor")
            people = parse_names(values[name], name)
            if role == "editor" and reference.editors:
                role = "contributor"
            reference.set_role(role, reference.role(role) + people)


def parse_names(latex: str, field_name: str = "author") -> list[Author]:
    """'D{\\"o}rner, Ralf and {World Health Organization}' → names, decoded; a name BibTeX cannot
    split (too many commas) is a bad entry."""
    people = []
    for name in _split_names(latex):
        try:
            person = _name(name.strip())
        except InvalidNameError as error:
            reason = str(error).split(": ")[-1].rstrip(".").lower()
            raise BadEntry(f"{field_name} {name.strip()!r}: {reason}") from None
        if person is not None:
            people.append(person)
    return people


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def _split_names(latex: str) -> list[str]:
    """Names joined by 'and'; an 'and' inside braces ('{Smith and Sons}') is part of a name."""
    names = _AND.split(latex)
    if "{" in latex and any(name.count("{") != name.count("}") for name in names):
        return split_multiple_persons_names(latex)
    return names


@lru_cache(maxsize=65536)
def _name(name: str) -> Author | None:
    if name.lower() == "others":
        return Author("others")
    # A trailing comma ('Weilbach,') is a slip BibTeX itself reads past; more commas than a name
    # can have ('Miller, D., Firby, J.') is two names run together, not ours to guess.
    parts = parse_single_name_into_parts(name.rstrip(",").rstrip() if name.count(",") <= 2 else name, strict=True)
    family = to_unicode(" ".join(parts.von + parts.last))
    given = to_unicode(" ".join(parts.first)) or None
    suffix = to_unicode(" ".join(parts.jr)) or None
    if not family:
        family, given = given or "", None
    if not family:
        return None
    return Author(family=family, given=compact_initials(given) if given else None, suffix=suffix)


def _dates(reference: Reference, values: dict[str, str]) -> None:
    if values.get("date"):
        _date(reference, to_unicode(values["date"]))
    elif values.get("year"):
        year_text = to_unicode(values["year"]).strip()
        found = _YEAR.findall(year_text)
        if found:
            reference.year = int(found[0])
        if re.fullmatch(r"\d{4}", year_text):
            pass
        elif len(found) == 2 and re.fullmatch(r"\d{4}\s*[-–/]+\s*\d{4}", year_text):
            reference.date_end = found[1]
        else:
            reference.date_literal = year_text
        if values.get("month"):
            reference.month = month_number(to_unicode(values["month"]))
        if values.get("day", "").strip().isdigit():
            reference.day = int(values["day"])
    if values.get("urldate"):
        reference.accessed = to_unicode(values["urldate"]).strip()


def _date(reference: Reference, text: str) -> None:
    """BibLaTeX's date field (ISO 8601 / EDTF): 2020, 2020-03-01, 2010/2012, 2020-03/2020-04."""
    start, _, end = text.strip().partition("/")
    match = _EDTF.match(start)
    if not match:
        found = _YEAR.search(text)
        reference.year = int(found.group(1)) if found else None
        reference.date_literal = text
        return
    reference.year = int(match.group(1))
    reference.month = int(match.group(2)) if match.group(2) and 1 <= int(match.group(2)) <= 12 else None
    reference.day = int(match.group(3)) if match.group(3) else None
    if end and end != "..":
        reference.date_end = end


def _split_list(text: str) -> list[str]:
    separator = ";" if ";" in text else ","
    return list(dict.fromkeys(item.strip() for item in text.split(separator) if item.strip()))


def file_paths(latex: str) -> list[str]:
    """Paths from a file field: Zotero's 'a.pdf;b.pdf', JabRef's and Mendeley's
    'description:path:type' triples (with escaped colons)."""
    text = latex.replace(r"$\backslash$", "\\").replace("{", "").replace("}", "")
    paths = []
    for item in re.split(r"(?<!\\);", text):
        item = item.strip()
        if not item:
            continue
        parts = re.split(r"(?<!\\):", item)
        if len(parts) >= 3:
            item = ":".join(parts[1:-1])
        paths.append(item.replace("\\:", ":").replace("\\;", ";"))
    return paths


_INITIAL = re.compile(r"^[^\W\d_](?:\.-[^\W\d_])*\.$")


def compact_initials(given: str) -> str:
    """'W. T.' → 'WT', 'H.-C.' → 'H-C'; a given name that is not all initials stays."""
    tokens = given.split()
    if tokens and all(_INITIAL.match(token) for token in tokens):
        return "".join(token.replace(".", "") for token in tokens)
    return given


# ----------------------------------------------------------------------------- writing

_LEADING_PUNCT = re.compile(r"^[(\[“‘\"'«]*")
_TRAILING_PUNCT = re.compile(r"[)\].,;:?!”’\"'»]*$")
_URL_UNSAFE = re.compile(r"[\s{}\\\"<>^`|]")


def _needs_protection(word: str, first_word: bool) -> bool:
    """Braced words keep their case in every style: acronyms, genes, proper names."""
    upper = [index for index, ch in enumerate(word) if ch.isupper()]
    if not upper:
        return False
    return not (first_word and upper == [0])


def protect_title(title: str, ascii_only: bool = False) -> str:
    """'TGF-β1 secreted by … L1CAM' → '{TGF-β1} secreted by … {L1CAM}', escaped."""
    pieces = []
    first_word = True
    for token in re.split(r"(\s+)", title):
        if not token or token.isspace():
            pieces.append(token)
            continue
        lead = _LEADING_PUNCT.match(token).group()  # type: ignore[union-attr]
        trail = _TRAILING_PUNCT.search(token[len(lead) :]).group()  # type: ignore[union-attr]
        core = token[len(lead) : len(token) - len(trail)]
        core_text = escape(core)
        if core and _needs_protection(core, first_word):
            core_text = "{" + core_text + "}"
        pieces.append(escape(lead) + core_text + escape(trail))
        first_word = False
    text = "".join(pieces)
    return ascii_latex(text) if ascii_only else text


def format_name(author: Author, ascii_only: bool = False) -> str:
    family = escape(author.family)
    words = author.family.split()
    # Brace what BibTeX would otherwise split wrongly: organisations, compound surnames with an
    # inner particle ('Tallón de Lara'), names holding the word 'and' or a comma.
    lowercase_inside = any(word[:1].islower() for word in words[1:]) and words[:1] != [] and words[0][:1].isupper()
    if author.given is None or lowercase_inside or "and" in words or "," in author.family:
        family = "{" + family + "}"
    parts = [family]
    if author.suffix:
        parts.append(escape(author.suffix))
    if author.given:
        given = dotted_initials(author.given)
        parts.append(escape(given) if "," not in given else "{" + escape(given) + "}")
    text = ", ".join(parts)
    return ascii_latex(text, names=True) if ascii_only else text


def safe_key(key: str) -> str:
    """A key as \\cite and BibTeX can take it (the library only stores such keys)."""
    return _KEY_UNSAFE.sub(lambda match: match.group() if match.group() == "'" else "_", key) or "ref"


def key_problem(key: str) -> str | None:
    """Why a key would break \\cite or the .bib, or None."""
    bad = sorted(set(_KEY_UNSAFE.findall(key)) - {"'"})
    if not key:
        return "an empty key"
    if bad:
        shown = " ".join("space" if ch.isspace() else ch for ch in bad)
        return f"it holds {shown}"
    return None


def verbatim_value(value: str) -> str:
    """A URL, DOI or path as BibTeX and biber both read back unchanged: nothing in it can close the
    value or start a command."""
    return _URL_UNSAFE.sub(lambda match: f"%{ord(match.group()):02X}", value)


def _model_fields(reference: Reference, biblatex: bool, ascii_only: bool) -> list[tuple[str, str, str]]:
    """(CSL variable, field, content) for everything the model holds, through the table."""
    fields: list[tuple[str, str, str]] = []
    for role, name in ROLE_FIELDS.items():
        people = reference.role(role)
        if people and (biblatex or role != "container-author"):
            fields.append((role, name, " and ".join(format_name(person, ascii_only) for person in people)))
    done: set[str] = set()
    for row in FIELDS:
        if row.variable in done or not row.applies_to(reference.type):
            continue
        value = reference.variable(row.variable)
        if not value:
            continue
        done.add(row.variable)
        name = row.biblatex if biblatex else row.bibtex
        if row.verbatim:
            content = verbatim_value(value)
        elif row.variable in ("title", "title-short", "original-title"):
            content = protect_title(value, ascii_only)
        else:
            text = value.replace("–", "--") if row.variable in ("page", "number-of-pages") else value
            content = escape(text)
            content = ascii_latex(content) if ascii_only else content
        fields.append((row.variable, name, content))
    fields.extend(("issued", name, content) for name, content in _date_fields(reference, biblatex))
    if reference.accessed:
        fields.append(("accessed", "urldate", escape(reference.accessed)))
    if reference.keywords:
        fields.append(("keyword", "keywords", _ascii(escape(", ".join(reference.keywords)), ascii_only)))
    if reference.files:
        paths = ";".join(verbatim_value(path).replace(";", "%3B") for path in reference.files)
        fields.append(("file", "file", paths))
    if reference.links:
        fields.append(("links", LINKS_FIELD, escape(", ".join(reference.links))))
    order = {name: index for index, name in enumerate(_FIELD_ORDER)}
    fields.sort(key=lambda item: order.get(item[1], len(order)))
    return fields


_FIELD_ORDER = (
    "author",
    "editor",
    "translator",
    "bookauthor",
    "title",
    "shorttitle",
    "journal",
    "journaltitle",
    "booktitle",
    "series",
    "edition",
    "publisher",
    "school",
    "institution",
    "address",
    "location",
    "year",
    "month",
    "date",
    "volume",
    "number",
    "pages",
    "chapter",
)


def _ascii(text: str, ascii_only: bool) -> str:
    return ascii_latex(text) if ascii_only else text


def _date_fields(reference: Reference, biblatex: bool) -> list[tuple[str, str]]:
    if reference.year is None:
        return [("year", escape(reference.date_literal))] if reference.date_literal else []
    if biblatex:
        start = f"{reference.year:04d}"
        if reference.month:
            start += f"-{reference.month:02d}"
            if reference.day:
                start += f"-{reference.day:02d}"
        return [("date", start + (f"/{reference.date_end}" if reference.date_end else ""))]
    year = str(reference.year)
    if reference.date_end:
        year += "--" + reference.date_end[:4]
    fields = [("year", year)]
    if reference.month:
        fields.append(("month", MONTH_MACROS[reference.month - 1]))
    return fields


def _written_fields(reference: Reference, biblatex: bool, ascii_only: bool) -> list[tuple[str, str]]:
    """An imported entry's own fields, verbatim (renamed for BibLaTeX where the table says)."""
    assert reference.original is not None
    fields = []
    rename = _BIBLATEX_NAMES if biblatex else {}
    has_date = "date" in reference.original.names()
    for name, value in reference.original.fields:
        lower = name.lower()
        if biblatex and lower in ("year", "month") and not has_date:
            continue  # replaced by one date field below
        new_name = rename.get(lower, name)
        written = disarm(value)
        if ascii_only:
            written = ascii_latex(written, names=lower in NAME_FIELDS or lower in EDITOR_TYPES)
        fields.append((new_name, written))
    if biblatex and not has_date and reference.year is not None:
        fields.extend((name, "{" + value + "}") for name, value in _date_fields(reference, True))
    return fields


_BIBLATEX_NAMES = {"journal": "journaltitle", "address": "location", "school": "institution", "annote": "annotation"}


def entry_text(reference: Reference, ascii_only: bool = False, biblatex: bool = False) -> str:
    """One record as a BibTeX/BibLaTeX entry."""
    key = safe_key(reference.key or "ref")
    original = reference.original if reference.original and reference.original.format == FORMAT else None
    if original is not None:
        entry_type = original.type
        lower_type = entry_type.lower()
        extra_type = None
        if biblatex and lower_type in BIBLATEX_ENTRY:
            entry_type, extra_type = BIBLATEX_ENTRY[lower_type]
        fields = _written_fields(reference, biblatex, ascii_only)
        present = {name.lower() for name, _ in fields}
        if extra_type and "type" not in present:
            fields.append(("type", "{" + extra_type + "}"))
        for variable, name, content in _model_fields(reference, biblatex, ascii_only):
            if not _covered(variable, name, present, lower_type):
                fields.append((name, _enclose(name, content)))
    else:
        entry_type = _entry_type(reference, biblatex)
        fields = [
            (name, _enclose(name, content)) for _, name, content in _model_fields(reference, biblatex, ascii_only)
        ]
    lines = [f"@{entry_type}{{{key},"]
    lines.extend(f"  {name} = {value}," for name, value in fields)
    if len(lines) > 1:
        lines[-1] = lines[-1][:-1]
    lines.append("}")
    return "\n".join(lines) + "\n"


def _enclose(name: str, content: str) -> str:
    if name == "month" and content in MONTH_MACROS:
        return content
    return "{" + content + "}"


def _covered(variable: str, name: str, present: set[str], entry_type: str) -> bool:
    """Is this model value already carried by the entry as written? Then it is not written again:
    a value citekit set later replaced those fields (formats.forget_original)."""
    if name in present or present.intersection(carriers(variable)):
        return True
    if variable == "issued":
        return bool(present.intersection({"year", "date"}))
    # A thesis's genre read from the entry type (@phdthesis) is carried by the type itself.
    return variable == "genre" and entry_type in ("phdthesis", "mastersthesis")


def _entry_type(reference: Reference, biblatex: bool) -> str:
    pair = ENTRY_OF_CSL_TYPE.get(reference.type or "", ("misc", "misc"))
    if reference.type == "thesis" and not biblatex and "master" in (reference.variables.get("genre") or "").lower():
        return "mastersthesis"
    return pair[1] if biblatex else pair[0]


def write_bibtex(
    references: Iterable[Reference],
    ascii_only: bool = False,
    biblatex: bool = False,
    blocks: Iterable[Block] = (),
    complete: bool = False,
) -> str:
    """BibTeX text for the records, in the order given, UTF-8 unless ``ascii_only``."""
    return "".join(bibtex_chunks(references, ascii_only, biblatex, blocks, complete))


def bibtex_chunks(
    references: Iterable[Reference],
    ascii_only: bool = False,
    biblatex: bool = False,
    blocks: Iterable[Block] = (),
    complete: bool = False,
) -> Iterator[str]:
    """The export a piece at a time, so that a library of any size streams to its file.

    ``blocks`` are the @preamble, @string and @comment blocks of the files the records came from:
    preambles and the macros the records use are always written; comments and free text only for a
    ``complete`` export (the whole library), where they go back to their places. Entries are
    separated by a blank line.
    """
    blocks = sorted(blocks, key=lambda block: block.position)
    entries: Iterable[str] = (entry_text(reference, ascii_only, biblatex) for reference in _keyed(references))
    used: set[str] | None = None
    if not complete and any(block.kind == "string" for block in blocks):
        entries = list(entries)  # a subset: written once its macros are known
        used = _macros_used("".join(entries))
    head, tail, seen_strings = [], [], set()
    for block in blocks:
        text = _ascii(disarm(block.text), ascii_only)
        if block.kind == "string":
            if block.name in seen_strings or (used is not None and block.name not in used):
                continue
            seen_strings.add(block.name)
            head.append(text + "\n")
        elif block.kind == "preamble":
            head.append(text + "\n")
        elif complete:
            if block.kind == "text":
                text = text.replace("@", "(at)")  # free text must not start an entry when read back
            (head if block.before_entries else tail).append(text + "\n")
    first = True
    for chunk in head:
        yield chunk if first else "\n" + chunk
        first = False
    for chunk in entries:
        yield chunk if first else "\n" + chunk
        first = False
    for chunk in tail:
        yield "\n" + chunk


def _keyed(references: Iterable[Reference]) -> Iterator[Reference]:
    """Records as written, each with a key: one without (straight from the parser) gets the key the
    library would give it, never a duplicate."""
    from citekit.keys import base_key, unique_key

    taken: set[str] = set()
    for reference in references:
        if not reference.key or reference.key in taken:
            keyed = copy.copy(reference)
            keyed.key = unique_key(reference.key or base_key(reference), taken)
            yield keyed
        else:
            taken.add(reference.key)
            yield reference


_BARE_WORD = re.compile(r"=\s*([A-Za-z][\w:.+/'-]*)\s*(?:[,#\n]|$)|#\s*([A-Za-z][\w:.+/'-]*)", re.MULTILINE)


def _macros_used(text: str) -> set[str]:
    return {(a or b).lower() for a, b in _BARE_WORD.findall(text)}
