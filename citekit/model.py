"""The record citekit works with, independent of where it came from or where it is stored.

Its vocabulary is CSL-JSON's (item types, variables, names by role, dates), because Zotero, Pandoc
and every citeproc already speak it: a format module only has to map its own fields onto it, in one
table. What a format carries that CSL has no name for is kept verbatim in ``original``, so that the
entry can be written back exactly as it came.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from citekit.lazy_regex import lazy_compile

# CSL 1.0.2 item types.
CSL_TYPES = frozenset(
    """article article-journal article-magazine article-newspaper bill book broadcast chapter classic
    collection dataset document entry entry-dictionary entry-encyclopedia event figure graphic hearing
    interview legal_case legislation manuscript map motion_picture musical_score pamphlet
    paper-conference patent performance periodical personal_communication post post-weblog regulation
    report review review-book software song speech standard thesis treaty webpage""".split()
)

# CSL name variables. author and editor have fields of their own; the rest live in Reference.names.
NAME_ROLES = (
    "author",
    "editor",
    "translator",
    "container-author",
    "collection-editor",
    "editorial-director",
    "editor-translator",
    "original-author",
    "reviewed-author",
    "recipient",
    "interviewer",
    "illustrator",
    "composer",
    "director",
    "chair",
    "compiler",
    "contributor",
    "curator",
    "executive-producer",
    "guest",
    "host",
    "narrator",
    "organizer",
    "performer",
    "producer",
    "script-writer",
    "series-creator",
)

# The parser's name for an attribute's confidence, where it differs ('journal', as citekit parse prints the field).
_CONFIDENCE_NAMES = {"container_title": "journal"}

# CSL text variables that are attributes of Reference; every other one lives in Reference.variables.
ATTRIBUTES = {
    "title": "title",
    "container-title": "container_title",
    "volume": "volume",
    "issue": "issue",
    "page": "pages",
    "URL": "url",
    "DOI": "doi",
    "PMID": "pmid",
    "PMCID": "pmcid",
    "abstract": "abstract",
    "year-suffix": "year_suffix",
}

# The other CSL 1.0.2 standard variables (plus 'eprint' and 'eprinttype', which BibLaTeX, arXiv
# and Zotero's CSL export carry and CSL has no name for).
VARIABLES = frozenset(
    """annote archive archive_collection archive_location archive-place authority call-number
    chapter-number citation-key citation-label collection-number collection-title
    container-title-short dimensions division edition event event-title event-place genre ISBN ISSN
    jurisdiction language license medium note number number-of-pages number-of-volumes
    original-publisher original-publisher-place original-title part-number part-title
    printing-number publisher publisher-place references reviewed-genre reviewed-title scale section
    source status supplement-number title-short version volume-title eprint eprinttype
    eprintclass""".split()
)


# Initials are upper-case letters of any script (a Cyrillic В turns up in Latin initials),
# optionally joined by hyphens: WT, H-C, MR-C, LВ.
_LETTER = r"[^\W\d_]"
_INITIALS = lazy_compile(rf"^{_LETTER}{{1,4}}(?:-{_LETTER}{{1,3}})*$")


def is_initials(token: str) -> bool:
    # str.isupper ignores the uncased hyphens, so 'H-C' and 'LВ' pass and 'Cell' does not.
    return token.isupper() and bool(_INITIALS.match(token))


def dotted_initials(given: str) -> str:
    """'WT' → 'W. T.', 'H-C' → 'H.-C.', 'MR-C' → 'M. R.-C.'; full given names stay as they are."""
    if not is_initials(given):
        return given
    out = []
    for index, ch in enumerate(given):
        if ch == "-":
            out.append("-")
            continue
        if index and given[index - 1] != "-":
            out.append(" ")
        out.append(ch + ".")
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Author:
    """A name in any role. An organisation has a family name and no given name."""

    family: str
    given: str | None = None
    suffix: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"family": self.family, "given": self.given, "suffix": self.suffix}

    def to_storage(self) -> dict[str, str]:
        stored = {"family": self.family}
        if self.given:
            stored["given"] = self.given
        if self.suffix:
            stored["suffix"] = self.suffix
        return stored

    @classmethod
    def from_storage(cls, data: dict[str, str]) -> Author:
        return cls(data["family"], data.get("given"), data.get("suffix"))


@dataclass(frozen=True, slots=True)
class Relation:
    """A link from the work to another: PubMed's comments and corrections. ``type`` is NLM's
    RefType: RetractionIn, RetractionOf, ErratumIn, ErratumFor, ExpressionOfConcernIn, CommentOn, …"""

    type: str
    citation: str | None = None  # the other work as PubMed cites it
    pmid: str | None = None
    doi: str | None = None

    def to_storage(self) -> dict[str, str]:
        stored = {"type": self.type}
        for name in ("citation", "pmid", "doi"):
            if getattr(self, name):
                stored[name] = getattr(self, name)
        return stored

    @classmethod
    def from_storage(cls, data: dict[str, str]) -> Relation:
        return cls(data["type"], data.get("citation"), data.get("pmid"), data.get("doi"))


@dataclass(slots=True)
class Original:
    """An entry as its source format wrote it: type and fields verbatim, in order, unknown ones too."""

    format: str  # "bibtex", "ris", …
    type: str  # as written: "Article", "JOUR"
    fields: list[tuple[str, str]] = field(default_factory=list)  # (name as written, value as written)

    def names(self) -> set[str]:
        return {name.lower() for name, _ in self.fields}


@dataclass(slots=True)
class Reference:
    """One bibliographic record. A field that was not printed is None, never guessed."""

    authors: list[Author] = field(default_factory=list)
    year: int | None = None
    year_suffix: str | None = None
    title: str | None = None
    container_title: str | None = None  # the journal, or the book a chapter is in
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    url: str | None = None
    type: str | None = None  # a CSL type
    links: list[str] = field(default_factory=list)
    raw: str = ""
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    abstract: str | None = None
    mesh: list[str] = field(default_factory=list)  # MeSH headings; a major topic ends in '*'
    key: str | None = None
    line: int | None = None
    confidence: dict[str, float] = field(default_factory=dict)  # field → 0..1, from the parser
    editors: list[Author] = field(default_factory=list)
    names: dict[str, list[Author]] = field(default_factory=dict)  # other roles, by CSL name variable
    month: int | None = None
    day: int | None = None
    date_end: str | None = None  # the end of a date range: 2012, 2012-05 or 2012-05-03
    date_literal: str | None = None  # a date that is not a date: "n.d.", "in press", "Spring 2004"
    accessed: str | None = None  # ISO 8601 date
    variables: dict[str, str] = field(default_factory=dict)  # other CSL text variables (VARIABLES)
    keywords: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # file links as the source wrote them
    publication_types: list[str] = field(default_factory=list)  # e.g. PubMed's "Retracted Publication"
    relations: list[Relation] = field(default_factory=list)  # retractions, errata, comments
    original: Original | None = None
    # Tags the source gave the record (JabRef groups, Zotero tags): the library makes them tags on
    # import. Not part of the stored record; tags live in the library.
    tags: list[str] = field(default_factory=list)

    # ------------------------------------------------------------------ what a parser read wrong

    def forget(self, *fields: str) -> None:
        """Clear fields a parser read wrong, and the confidence it gave each (container_title's is 'journal'): a
        patent's number read as a journal's volume and pages says nothing sure about them."""
        for name in fields:
            setattr(self, name, None)
            self.confidence.pop(_CONFIDENCE_NAMES.get(name, name), None)

    # ------------------------------------------------------------------ CSL variables by name

    def variable(self, name: str) -> str | None:
        """Any CSL text variable, by its CSL name."""
        attribute = ATTRIBUTES.get(name)
        if attribute is not None:
            return getattr(self, attribute)
        return self.variables.get(name)

    def set_variable(self, name: str, value: str | None) -> None:
        attribute = ATTRIBUTES.get(name)
        if attribute is not None:
            setattr(self, attribute, value or None)
        elif value:
            self.variables[name] = value
        else:
            self.variables.pop(name, None)

    def role(self, name: str) -> list[Author]:
        """The names in a CSL role ('author', 'editor', 'translator', …)."""
        if name == "author":
            return self.authors
        if name == "editor":
            return self.editors
        return self.names.get(name, [])

    def set_role(self, name: str, people: list[Author]) -> None:
        if name == "author":
            self.authors = people
        elif name == "editor":
            self.editors = people
        elif people:
            self.names[name] = people
        else:
            self.names.pop(name, None)

    @property
    def publisher(self) -> str | None:
        return self.variables.get("publisher")

    @property
    def place(self) -> str | None:
        return self.variables.get("publisher-place")

    # ------------------------------------------------------------------ the parse schema

    def to_json(self) -> dict[str, Any]:
        """The parse schema, in its documented key order; newer fields follow when they hold a value."""
        data: dict[str, Any] = {
            "authors": [author.to_json() for author in self.authors],
            "year": self.year,
            "year_suffix": self.year_suffix,
            "title": self.title,
            "journal": self.container_title,
            "volume": self.volume,
            "issue": self.issue,
            "pages": self.pages,
            "url": self.url,
            "type": self.type,
            "links": list(self.links),
            "raw": self.raw,
        }
        if self.editors:
            data["editors"] = [editor.to_json() for editor in self.editors]
        for role, people in self.names.items():
            data[role] = [person.to_json() for person in people]
        for name in ("month", "day", "date_end", "date_literal", "accessed"):
            if getattr(self, name) is not None:
                data[name] = getattr(self, name)
        data.update(sorted(self.variables.items()))
        if self.keywords:
            data["keywords"] = list(self.keywords)
        if self.files:
            data["files"] = list(self.files)
        if self.mesh:
            data["mesh"] = list(self.mesh)
        if self.publication_types:
            data["publication_types"] = list(self.publication_types)
        if self.relations:
            data["relations"] = [relation.to_storage() for relation in self.relations]
        return data

    def bibliographic_fields(self) -> dict[str, Any]:
        """What identifies the work as printed: everything but provenance (raw text, links, key)."""
        data = self.to_json()
        for name in ("raw", "links"):
            del data[name]
        data.update(doi=self.doi, pmid=self.pmid, pmcid=self.pmcid)
        return data

    def fingerprint(self, source_format: str = "") -> str:
        """The identity of the record as its source gave it: a re-import of the same entry is
        'unchanged', not a new record. It is the source's own text (the entry's fields verbatim, or
        the printed reference), so a better parser or a richer model later does not make an old
        import look new."""
        if self.original is not None:
            parts = [self.original.format, self.original.type.lower()]
            parts.extend(f"{name}\x1f{value}" for name, value in self.original.fields)
            canonical = "\x1e".join(parts)
        elif self.raw:
            canonical = f"{source_format}\x1e{self.raw}"
        else:
            canonical = json.dumps(self.bibliographic_fields(), ensure_ascii=False, sort_keys=True)
        return hashlib.sha1(canonical.encode("utf-8", "surrogatepass")).hexdigest()

    # ------------------------------------------------------------------ storage

    def to_storage(self) -> dict[str, Any]:
        """The whole record as JSON, the one form the library stores (empty values left out)."""
        stored: dict[str, Any] = {}
        for name in _SCALARS:
            value = getattr(self, name)
            if value is not None and value != "":
                stored[name] = value
        if self.authors:
            stored["authors"] = [author.to_storage() for author in self.authors]
        if self.editors:
            stored["editors"] = [editor.to_storage() for editor in self.editors]
        if self.names:
            stored["names"] = {role: [p.to_storage() for p in people] for role, people in self.names.items()}
        for name in ("links", "mesh", "keywords", "files", "publication_types"):
            values = getattr(self, name)
            if values:
                stored[name] = list(values)
        if self.variables:
            stored["variables"] = dict(self.variables)
        if self.relations:
            stored["relations"] = [relation.to_storage() for relation in self.relations]
        if self.original is not None:
            stored["original"] = {
                "format": self.original.format,
                "type": self.original.type,
                "fields": [list(pair) for pair in self.original.fields],
            }
        return stored

    @classmethod
    def from_storage(cls, data: dict[str, Any], key: str | None = None, line: int | None = None) -> Reference:
        reference = cls(**{name: data[name] for name in _SCALARS if name in data})
        reference.authors = [Author.from_storage(a) for a in data.get("authors", ())]
        reference.editors = [Author.from_storage(a) for a in data.get("editors", ())]
        reference.names = {
            role: [Author.from_storage(a) for a in people] for role, people in data.get("names", {}).items()
        }
        for name in ("links", "mesh", "keywords", "files", "publication_types"):
            setattr(reference, name, list(data.get(name, ())))
        reference.variables = dict(data.get("variables", {}))
        reference.relations = [Relation.from_storage(r) for r in data.get("relations", ())]
        original = data.get("original")
        if original:
            reference.original = Original(
                original["format"], original["type"], [(name, value) for name, value in original["fields"]]
            )
        reference.raw = data.get("raw", "")
        reference.key = key
        reference.line = line
        return reference


# Scalar fields of Reference kept in storage (raw included; key and line live in their own columns).
_SCALARS = (
    "type",
    "title",
    "container_title",
    "year",
    "year_suffix",
    "month",
    "day",
    "date_end",
    "date_literal",
    "accessed",
    "volume",
    "issue",
    "pages",
    "url",
    "doi",
    "pmid",
    "pmcid",
    "abstract",
    "raw",
)
