"""The record citekit works with, independent of where it came from or where it is stored."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Author:
    family: str
    given: str | None = None
    suffix: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"family": self.family, "given": self.given, "suffix": self.suffix}


@dataclass(slots=True)
class Reference:
    """One bibliographic record. A field that was not printed is None, never guessed."""

    authors: list[Author] = field(default_factory=list)
    year: int | None = None
    year_suffix: str | None = None
    title: str | None = None
    journal: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    url: str | None = None
    type: str | None = None
    links: list[str] = field(default_factory=list)
    raw: str = ""
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    abstract: str | None = None
    mesh: list[str] = field(default_factory=list)
    key: str | None = None
    line: int | None = None
    confidence: dict[str, float] = field(default_factory=dict)  # field → 0..1, from the parser

    def to_json(self) -> dict[str, Any]:
        """The parse schema, in its documented key order."""
        return {
            "authors": [author.to_json() for author in self.authors],
            "year": self.year,
            "year_suffix": self.year_suffix,
            "title": self.title,
            "journal": self.journal,
            "volume": self.volume,
            "issue": self.issue,
            "pages": self.pages,
            "url": self.url,
            "type": self.type,
            "links": list(self.links),
            "raw": self.raw,
        }

    def bibliographic_fields(self) -> dict[str, Any]:
        """What identifies the work as printed: everything but provenance (raw text, links, key)."""
        data = self.to_json()
        for name in ("raw", "links"):
            del data[name]
        data.update(doi=self.doi, pmid=self.pmid, pmcid=self.pmcid)
        return data

    def fingerprint(self) -> str:
        """Same work, same source fields: a re-import of it is 'unchanged', not a new record."""
        canonical = json.dumps(self.bibliographic_fields(), ensure_ascii=False, sort_keys=True)
        return hashlib.sha1(canonical.encode("utf-8")).hexdigest()
