"""Operations on a library: import and read back. One transaction per operation."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from citekit.db import AuthorRow, ReferenceRow, default_library_path, open_engine
from citekit.errors import LibraryError
from citekit.keys import base_key, sanitise_key, unique_key
from citekit.model import Author, Reference
from citekit.sources import Problem, Source, load_source
from citekit.textnorm import alnum_key, normalise_title


def match_key(reference: Reference) -> str:
    """Normalised title + first author + year: equal keys mean 'probably the same paper'."""
    if not reference.title:
        return ""
    family = alnum_key(reference.authors[0].family) if reference.authors else ""
    return f"{normalise_title(reference.title)}|{family}|{reference.year or ''}"


@dataclass(slots=True)
class ProbableDuplicate:
    key: str
    duplicate_of: str


@dataclass(slots=True)
class RenamedKey:
    """A key from an imported file that the library already used for another record."""

    requested: str
    stored: str


@dataclass(slots=True)
class ImportSummary:
    added: list[str] = field(default_factory=list)
    unchanged: int = 0
    duplicates: list[ProbableDuplicate] = field(default_factory=list)
    renamed: list[RenamedKey] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)


class Library:
    """A citekit library file. Use as a context manager, or call close()."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_library_path()
        self.engine = open_engine(self.path)

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def import_files(self, names: list[str]) -> ImportSummary:
        """Read every file first (any unreadable file stops everything), then import them together."""
        return self.import_sources([load_source(name) for name in names])

    def import_sources(self, sources: list[Source]) -> ImportSummary:
        """Store every new record of every source in one transaction: all of them or none."""
        summary = ImportSummary(errors=[problem for source in sources for problem in source.problems])
        try:
            with Session(self.engine) as session, session.begin():
                self._import(session, sources, summary)
        except SQLAlchemyError as error:
            reason = getattr(error, "orig", None) or error
            raise LibraryError(f"import into {self.path} failed, nothing was stored: {reason}") from None
        return summary

    def _import(self, session: Session, sources: list[Source], summary: ImportSummary) -> None:
        # A multiset: a reference printed twice is stored twice, and re-importing that file
        # finds both copies already there.
        already_stored = Counter(session.scalars(select(ReferenceRow.fingerprint)))
        keys = set(session.scalars(select(ReferenceRow.key)))
        first_by_match: dict[str, str] = {}
        for similar, key in session.execute(select(ReferenceRow.match_key, ReferenceRow.key).order_by(ReferenceRow.id)):
            if similar:
                first_by_match.setdefault(similar, key)
        now = datetime.now(UTC)
        rows: list[dict[str, object]] = []
        authors: list[list[Author]] = []
        for source in sources:
            for reference in source.references:
                fingerprint = reference.fingerprint()
                if already_stored[fingerprint]:
                    already_stored[fingerprint] -= 1
                    summary.unchanged += 1
                    continue
                requested = sanitise_key(reference.key) if reference.key else ""
                key = unique_key(requested or base_key(reference), keys)
                if requested and key != requested:
                    summary.renamed.append(RenamedKey(requested, key))
                similar = match_key(reference)
                if similar and similar in first_by_match:
                    summary.duplicates.append(ProbableDuplicate(key, first_by_match[similar]))
                elif similar:
                    first_by_match[similar] = key
                summary.added.append(key)
                rows.append(_row(reference, key, fingerprint, similar, source, now))
                authors.append(reference.authors)
        if not rows:
            return
        ids = session.scalars(insert(ReferenceRow).returning(ReferenceRow.id, sort_by_parameter_order=True), rows).all()
        author_rows = [
            {"reference_id": ref_id, "position": position, "family": a.family, "given": a.given, "suffix": a.suffix}
            for ref_id, names in zip(ids, authors, strict=True)
            for position, a in enumerate(names)
        ]
        if author_rows:
            session.execute(insert(AuthorRow), author_rows)

    def references(self) -> list[Reference]:
        """Every record, in the order it was added."""
        with Session(self.engine) as session:
            rows = session.scalars(select(ReferenceRow).order_by(ReferenceRow.id)).all()
            return [_to_reference(row) for row in rows]

    def count(self) -> int:
        with Session(self.engine) as session:
            return len(session.scalars(select(ReferenceRow.id)).all())


def _row(
    reference: Reference, key: str, fingerprint: str, similar: str, source: Source, now: datetime
) -> dict[str, object]:
    return {
        "key": key,
        "type": reference.type,
        "title": reference.title,
        "journal": reference.journal,
        "volume": reference.volume,
        "issue": reference.issue,
        "pages": reference.pages,
        "year": reference.year,
        "year_suffix": reference.year_suffix,
        "url": reference.url,
        "doi": reference.doi,
        "pmid": reference.pmid,
        "pmcid": reference.pmcid,
        "links": list(reference.links),
        "raw": reference.raw,
        "source_format": source.format,
        "source_path": source.name,
        "source_line": reference.line,
        "fingerprint": fingerprint,
        "match_key": similar,
        "added_at": now,
    }


def _to_reference(row: ReferenceRow) -> Reference:
    return Reference(
        authors=[Author(a.family, a.given, a.suffix) for a in row.authors],
        year=row.year,
        year_suffix=row.year_suffix,
        title=row.title,
        journal=row.journal,
        volume=row.volume,
        issue=row.issue,
        pages=row.pages,
        url=row.url,
        type=row.type,
        links=list(row.links or []),
        raw=row.raw,
        doi=row.doi,
        pmid=row.pmid,
        pmcid=row.pmcid,
        key=row.key,
        line=row.source_line,
    )
