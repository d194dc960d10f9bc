"""RIS, written with rispy (the RIS reader/writer reference tools and their tests use), through one
table of types and tags."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import rispy

from citekit.model import Author, Reference, dotted_initials

FORMAT = "ris"

# CSL type → RIS type (TY); the first CSL type listed for a RIS type is what reading gives back.
RIS_TYPES = {
    "article-journal": "JOUR",
    "article": "JOUR",
    "review": "JOUR",
    "article-magazine": "MGZN",
    "article-newspaper": "NEWS",
    "book": "BOOK",
    "classic": "CLSWK",
    "collection": "EDBOOK",
    "chapter": "CHAP",
    "paper-conference": "CPAPER",
    "thesis": "THES",
    "report": "RPRT",
    "webpage": "ELEC",
    "post": "ICOMM",
    "post-weblog": "BLOG",
    "dataset": "DATA",
    "software": "COMP",
    "manuscript": "MANSCPT",
    "patent": "PAT",
    "standard": "STAND",
    "entry-encyclopedia": "ENCYC",
    "entry-dictionary": "DICT",
    "motion_picture": "MPCT",
    "broadcast": "VIDEO",
    "graphic": "ART",
    "figure": "FIGURE",
    "map": "MAP",
    "musical_score": "MUSIC",
    "song": "SOUND",
    "personal_communication": "PCOMM",
    "legal_case": "CASE",
    "legislation": "STAT",
    "bill": "BILL",
    "hearing": "HEAR",
    "regulation": "LEGAL",
    "pamphlet": "PAMP",
    "periodical": "JFULL",
    "interview": "GEN",
    "document": "GEN",
}
# RIS tag (as rispy names it) → CSL text variable. Earlier rows win when writing.
TEXT_TAGS: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("secondary_title", "container-title"),
    ("alternate_title1", "container-title-short"),
    ("tertiary_title", "collection-title"),
    ("short_title", "title-short"),
    ("volume", "volume"),
    ("number", "issue"),
    ("edition", "edition"),
    ("number_of_volumes", "number-of-volumes"),
    ("publisher", "publisher"),
    ("place_published", "publisher-place"),
    ("abstract", "abstract"),
    ("language", "language"),
    ("type_of_work", "genre"),
    ("call_number", "call-number"),
    ("doi", "DOI"),
    ("accession_number", "PMID"),
    ("custom2", "PMCID"),
    ("section", "section"),
    ("name_of_database", "archive"),
    ("database_provider", "archive_location"),
)
NAME_TAGS = (("authors", "author"), ("secondary_authors", "editor"), ("tertiary_authors", "collection-editor"))
NAME_TAGS += (("subsidiary_authors", "translator"),)
_RANGE = re.compile(r"^(?P<start>[^–-]+?)\s*[–-]+\s*(?P<end>.+)$")


def _name(author: Author) -> str:
    return ", ".join(
        part for part in (author.family, dotted_initials(author.given) if author.given else None, author.suffix) if part
    )


def _date(reference: Reference) -> str | None:
    if reference.year is None:
        return None
    parts = [f"{reference.year:04d}", f"{reference.month:02d}" if reference.month else "", ""]
    if reference.month and reference.day:
        parts[2] = f"{reference.day:02d}"
    return "/".join(parts)


def reference_to_ris(reference: Reference, tags: list[str] | None = None) -> dict[str, object]:
    """A record as rispy's entry: every field the model holds that RIS has a tag for."""
    entry: dict[str, object] = {"type_of_reference": RIS_TYPES.get(reference.type or "", "GEN")}
    if reference.key:
        entry["id"] = reference.key
    for tag, role in NAME_TAGS:
        people = reference.role(role)
        if people:
            entry[tag] = [_name(person) for person in people]
    for tag, variable in TEXT_TAGS:
        value = reference.variable(variable)
        if value and tag not in entry:
            entry[tag] = value
    if reference.container_title and reference.type in ("article-journal", "article", "review", "article-magazine"):
        entry["journal_name"] = reference.container_title
    if reference.year is not None:
        entry["year"] = str(reference.year)
        entry["date"] = _date(reference)
    elif reference.date_literal:
        entry["year"] = reference.date_literal
    if reference.accessed:
        entry["access_date"] = reference.accessed
    if reference.pages:
        page_range = _RANGE.match(reference.pages)
        if page_range:
            entry["start_page"], entry["end_page"] = page_range["start"], page_range["end"]
        else:
            entry["start_page"] = reference.pages
    isbn, issn = reference.variables.get("ISBN"), reference.variables.get("ISSN")
    if isbn or issn:
        entry["issn"] = isbn or issn
    if reference.url:
        entry["urls"] = [reference.url]
    keywords = list(dict.fromkeys([*reference.keywords, *(tags or [])]))
    if keywords:
        entry["keywords"] = keywords
    if reference.variables.get("note"):
        entry["notes"] = [reference.variables["note"]]
    if reference.files:
        entry["file_attachments1"] = "; ".join(reference.files)
    return {name: _one_line(value) for name, value in entry.items()}


def _one_line(value: object) -> object:
    """A line break inside a value would start a new tag: RIS values are one line each."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [" ".join(str(item).split()) for item in value]
    return value


class PlainRisWriter(rispy.RisWriter):
    """RIS as EndNote and Zotero write it: no '1.' counter line before each record."""

    def set_header(self, count: int) -> str:
        return ""


def write_ris(records: Iterable[tuple[Reference, list[str]]]) -> str:
    """RIS text for (reference, tags) pairs, in the order given."""
    return "".join(ris_chunks(records))


def ris_chunks(records: Iterable[tuple[Reference, list[str]]], per_chunk: int = 500) -> Iterator[str]:
    batch: list[dict[str, object]] = []
    for reference, tags in records:
        batch.append(reference_to_ris(reference, tags))
        if len(batch) >= per_chunk:
            yield rispy.dumps(batch, implementation=PlainRisWriter)
            batch = []
    if batch:
        yield rispy.dumps(batch, implementation=PlainRisWriter)
