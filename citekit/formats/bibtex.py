"""BibTeX: records → entries (with bibtexparser v2) and back.

Writing and reading are inverses for what citekit writes: initials become 'W. T.' and return as
'WT', en dashes in pages become '--' and return, words whose case matters are braced and the braces
are removed on reading. Values are decoded from LaTeX only when they hold LaTeX markup, because
pylatexenc costs far more than the parse itself.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import bibtexparser
from bibtexparser.library import Library
from bibtexparser.middlewares import AddEnclosingMiddleware
from bibtexparser.middlewares.names import parse_single_name_into_parts, split_multiple_persons_names
from bibtexparser.model import DuplicateBlockKeyBlock, Entry, Field, ParsingFailedBlock
from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexencode import UnicodeToLatexEncoder

from citekit.model import Author, Reference
from citekit.parsing.names import dotted_initials

LINKS_FIELD = "citekit-links"
YEAR_SUFFIX_FIELD = "citekit-yearsuffix"

ENTRY_TYPES = {
    "article-journal": "article",
    "webpage": "misc",
    "book": "book",
    "chapter": "incollection",
    "paper-conference": "inproceedings",
    "thesis": "phdthesis",
    "report": "techreport",
}
CSL_TYPES = {
    "article": "article-journal",
    "book": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "techreport": "report",
    "online": "webpage",
    "electronic": "webpage",
    "www": "webpage",
}

# LaTeX's special characters must be escaped even in UTF-8 output.
_SPECIALS = set("\\{}%&$#_~^")
_LEADING_PUNCT = re.compile(r"^[(\[“‘\"'«]*")
_TRAILING_PUNCT = re.compile(r"[)\].,;:?!”’\"'»]*$")
_INITIAL = re.compile(r"^[^\W\d_](?:\.-[^\W\d_])*\.$")
_LATEX_MARKUP = re.compile(r"[\\{}$~]|--")
_YEAR = re.compile(r"\d{4}")

_encoder = UnicodeToLatexEncoder(
    non_ascii_only=False, replacement_latex_protection="braces-all", unknown_char_policy="keep"
)
_decoder = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)


# ----------------------------------------------------------------------------- writing


def _escape(text: str, ascii_only: bool) -> str:
    if ascii_only:
        return _encoder.unicode_to_latex(text)
    if not _SPECIALS.intersection(text):
        return text
    return "".join(_encoder.unicode_to_latex(ch) if ch in _SPECIALS else ch for ch in text)


def _needs_protection(word: str, first_word: bool) -> bool:
    """Braced words keep their case in every style: acronyms, genes, proper names."""
    upper = [index for index, ch in enumerate(word) if ch.isupper()]
    if not upper:
        return False
    return not (first_word and upper == [0])


def protect_title(title: str, ascii_only: bool = False) -> str:
    """'TGF-β1 secreted by … L1CAM' → '{TGF-β1} secreted by … {L1CAM}'."""
    pieces = []
    first_word = True
    for token in re.split(r"(\s+)", title):
        if not token or token.isspace():
            pieces.append(token)
            continue
        lead = _LEADING_PUNCT.match(token).group()
        trail = _TRAILING_PUNCT.search(token[len(lead) :]).group()
        core = token[len(lead) : len(token) - len(trail)]
        if core and _needs_protection(core, first_word):
            core_text = "{" + _escape(core, ascii_only) + "}"
        else:
            core_text = _escape(core, ascii_only)
        pieces.append(_escape(lead, ascii_only) + core_text + _escape(trail, ascii_only))
        first_word = False
    return "".join(pieces)


def format_name(author: Author, ascii_only: bool = False) -> str:
    family = _escape(author.family, ascii_only)
    words = author.family.split()
    # Brace what BibTeX would otherwise split wrongly: organisations, compound surnames with
    # an inner particle ('Tallón de Lara'), and names holding the word 'and'.
    lowercase_inside = any(word[:1].islower() for word in words[1:]) and words[0][:1].isupper()
    if author.given is None or lowercase_inside or "and" in words:
        family = "{" + family + "}"
    parts = [family]
    if author.suffix:
        parts.append(_escape(author.suffix, ascii_only))
    if author.given:
        parts.append(_escape(dotted_initials(author.given), ascii_only))
    return ", ".join(parts)


def reference_to_entry(reference: Reference, ascii_only: bool = False) -> Entry:
    key = reference.key or "ref"
    fields: list[tuple[str, str | None]] = [
        ("author", " and ".join(format_name(a, ascii_only) for a in reference.authors) or None),
        ("title", protect_title(reference.title, ascii_only) if reference.title else None),
        ("journal", _escape(reference.journal, ascii_only) if reference.journal else None),
        ("year", str(reference.year) if reference.year is not None else None),
        ("volume", reference.volume),
        ("number", reference.issue),
        ("pages", _escape(reference.pages.replace("–", "--"), ascii_only) if reference.pages else None),
        ("url", reference.url),
        ("doi", reference.doi),
        ("pmid", reference.pmid),
        ("pmcid", reference.pmcid),
        (YEAR_SUFFIX_FIELD, reference.year_suffix),
        (LINKS_FIELD, ", ".join(reference.links) or None),
    ]
    entry_type = ENTRY_TYPES.get(reference.type or "", "misc")
    return Entry(entry_type, key, [Field(name, value) for name, value in fields if value])


def write_bibtex(references: Iterable[Reference], ascii_only: bool = False) -> str:
    """BibTeX text for the records, in the order given, UTF-8 unless ``ascii_only``."""
    library = Library([reference_to_entry(reference, ascii_only) for reference in references])
    bibtex_format = bibtexparser.BibtexFormat()
    bibtex_format.indent = "  "
    bibtex_format.block_separator = "\n"
    # In place: the Library is ours and thrown away, and deep copies cost 5x on large exports.
    enclose = AddEnclosingMiddleware(
        reuse_previous_enclosing=False,
        enclose_integers=True,
        default_enclosing="{",
        allow_inplace_modification=True,
    )
    return bibtexparser.write_string(library, unparse_stack=[enclose], bibtex_format=bibtex_format)


# ----------------------------------------------------------------------------- reading


@dataclass(slots=True)
class BibtexProblem:
    line: int
    message: str


@dataclass(slots=True)
class BibtexReadResult:
    references: list[Reference] = field(default_factory=list)
    problems: list[BibtexProblem] = field(default_factory=list)


def decode(value: str) -> str:
    """LaTeX → Unicode text, only when the value holds LaTeX markup."""
    if not _LATEX_MARKUP.search(value):
        return value
    return _decoder.latex_to_text(value).strip()


def compact_initials(given: str) -> str:
    """'W. T.' → 'WT', 'H.-C.' → 'H-C'; a given name that is not all initials stays."""
    tokens = given.split()
    if tokens and all(_INITIAL.match(token) for token in tokens):
        return "".join(token.replace(".", "") for token in tokens)
    return given


def _parse_author_field(value: str) -> list[Author]:
    authors = []
    for name in split_multiple_persons_names(value):
        parts = parse_single_name_into_parts(name)
        family = decode(" ".join(parts.von + parts.last))
        given = decode(" ".join(parts.first)) or None
        suffix = decode(" ".join(parts.jr)) or None
        authors.append(Author(family=family, given=compact_initials(given) if given else None, suffix=suffix))
    return authors


def entry_to_reference(entry: Entry) -> Reference:
    values = {f.key.lower(): f.value for f in entry.fields if isinstance(f.value, str)}
    year_text = values.get("year") or values.get("date") or ""
    year_match = _YEAR.search(year_text)
    entry_type = entry.entry_type.lower()
    csl_type = CSL_TYPES.get(entry_type, "webpage" if values.get("url") else "document")
    pages = values.get("pages")
    links = values.get(LINKS_FIELD)
    journal = values.get("journal") or values.get("journaltitle")
    return Reference(
        authors=_parse_author_field(values["author"]) if values.get("author") else [],
        year=int(year_match.group()) if year_match else None,
        year_suffix=values.get(YEAR_SUFFIX_FIELD) or None,
        title=decode(values["title"]) if values.get("title") else None,
        journal=decode(journal) if journal else None,
        volume=values.get("volume") or None,
        issue=values.get("number") or values.get("issue") or None,
        pages=decode(pages.replace("--", "–")) if pages else None,
        url=values.get("url") or None,
        type=csl_type,
        links=[label.strip() for label in links.split(",")] if links else [],
        raw=entry.raw or "",
        doi=values.get("doi") or None,
        pmid=values.get("pmid") or None,
        pmcid=values.get("pmcid") or None,
        key=entry.key,
        line=entry.start_line + 1 if entry.start_line is not None else None,
    )


def read_bibtex(text: str) -> BibtexReadResult:
    """Every readable entry, and a problem (with its line) for every block that is not."""
    # bibtexparser logs each failed block as well; citekit reports them itself, once, with lines.
    splitter_logger = logging.getLogger("bibtexparser.splitter")
    was_disabled = splitter_logger.disabled
    splitter_logger.disabled = True
    try:
        library = bibtexparser.parse_string(text)
    finally:
        splitter_logger.disabled = was_disabled
    result = BibtexReadResult()
    for entry in library.entries:
        result.references.append(entry_to_reference(entry))
    for block in library.failed_blocks:
        line = (block.start_line or 0) + 1
        if isinstance(block, DuplicateBlockKeyBlock):
            message = f"duplicate key {block.key!r}; the entry was not imported"
        elif isinstance(block, ParsingFailedBlock):
            reason = getattr(block.error, "abort_reason", None) or str(block.error)
            message = f"broken entry: {_first_line(reason)}"
        else:
            message = "unreadable block"
        result.problems.append(BibtexProblem(line=line, message=message))
    result.problems.sort(key=lambda problem: problem.line)
    return result


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(lines)[:200] if lines else "syntax error"
