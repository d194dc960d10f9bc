"""RIS, written with rispy (the RIS reader/writer that reference tools and their tests use)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import rispy

from citekit.model import Reference
from citekit.parsing.names import dotted_initials

RIS_TYPES = {"article-journal": "JOUR", "webpage": "ELEC", "book": "BOOK", "chapter": "CHAP", "report": "RPRT"}
_RANGE = re.compile(r"^(?P<start>[^–-]+?)\s*[–-]\s*(?P<end>.+)$")


def reference_to_ris(reference: Reference, tags: list[str] | None = None) -> dict[str, object]:
    entry: dict[str, object] = {"type_of_reference": RIS_TYPES.get(reference.type or "", "GEN")}
    if reference.key:
        entry["id"] = reference.key
    if reference.authors:
        entry["authors"] = [
            ", ".join(part for part in (a.family, dotted_initials(a.given) if a.given else None, a.suffix) if part)
            for a in reference.authors
        ]
    optional = {
        "title": reference.title,
        "journal_name": reference.journal,
        "year": str(reference.year) if reference.year else None,
        "volume": reference.volume,
        "number": reference.issue,
        "doi": reference.doi,
        "abstract": reference.abstract,
        "accession_number": reference.pmid,
    }
    entry.update({name: value for name, value in optional.items() if value})
    if reference.pages:
        page_range = _RANGE.match(reference.pages)
        if page_range:
            entry["start_page"], entry["end_page"] = page_range["start"], page_range["end"]
        else:
            entry["start_page"] = reference.pages
    if reference.url:
        entry["urls"] = [reference.url]
    if tags:
        entry["keywords"] = list(tags)
    return entry


class PlainRisWriter(rispy.RisWriter):
    """RIS as EndNote and Zotero write it: no '1.' counter line before each record."""

    def set_header(self, count: int) -> str:
        return ""


def write_ris(records: Iterable[tuple[Reference, list[str]]]) -> str:
    """RIS text for (reference, tags) pairs, in the order given."""
    entries = [reference_to_ris(reference, tags) for reference, tags in records]
    return rispy.dumps(entries, implementation=PlainRisWriter)
