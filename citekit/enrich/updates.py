"""Whether a work has been retracted, withdrawn, corrected or put under an expression of concern,
from the two places that say so:

- Crossref: a work's `updated-by` lists the notices that update it, each with its `source`
  (`retraction-watch` for Retraction Watch's database, `publisher` for the publisher's own
  deposit); a notice carries `update-to`, naming the work it updates. DOIs are asked in batches
  (`/works?filter=doi:A,doi:B&select=DOI,updated-by,update-to`), not one request each.
- PubMed: the publication type "Retracted Publication", and CommentsCorrections links
  (RetractionIn, ErratumIn, ExpressionOfConcernIn, …) to the notices, from EFetch.

The same notice reported by several sources is one notice, with every source named.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import quote

from citekit.enrich import crossref, ncbi
from citekit.enrich.http import HttpClient, Response
from citekit.formats.values import date as parse_date
from citekit.identifiers import clean_doi, clean_pmid

# From worst to best; a record's status is the worst its notices give.
STATUSES = ("retracted", "withdrawn", "partially-retracted", "expression-of-concern", "corrected", "clean")
FAILING = frozenset({"retracted", "withdrawn", "expression-of-concern"})  # exit 1 without --strict
STATUS_OF_KIND = {
    "retraction": "retracted",
    "withdrawal": "withdrawn",
    "partial-retraction": "partially-retracted",
    "expression-of-concern": "expression-of-concern",
    "correction": "corrected",
}
# Crossref's update types → citekit's notice kinds (types it does not list count for nothing).
CROSSREF_KINDS = {
    "retraction": "retraction",
    "partial_retraction": "partial-retraction",
    "withdrawal": "withdrawal",
    "removal": "withdrawal",
    "expression_of_concern": "expression-of-concern",
    "correction": "correction",
    "erratum": "correction",
    "corrigendum": "correction",
    "addendum": "correction",
    "clarification": "correction",
}
# PubMed's CommentsCorrections RefTypes that point from a work to a notice about it.
PUBMED_KINDS = {
    "RetractionIn": "retraction",
    "RetractedandRepublishedIn": "retraction",
    "PartialRetractionIn": "partial-retraction",
    "ExpressionOfConcernIn": "expression-of-concern",
    "ErratumIn": "correction",
    "CorrectedandRepublishedIn": "correction",
}
# …and the ones that say the record is itself a notice.
PUBMED_NOTICE_OF = {
    "RetractionOf": "retraction",
    "ExpressionOfConcernFor": "expression-of-concern",
    "ErratumFor": "correction",
}
SOURCE_NAMES = {"retraction-watch": "Retraction Watch", "publisher": "the publisher", "pubmed": "PubMed"}
DOI_BATCH = 20  # DOIs per Crossref request: the URL stays short, the list pool carries them


@dataclass(slots=True)
class Notice:
    """A retraction, correction, … notice about a work (about='this'), or, when the record is
    itself a notice, the work it is about (about='other')."""

    kind: str
    doi: str | None = None
    pmid: str | None = None
    date: str | None = None  # ISO 8601, as precise as the source
    sources: list[str] = field(default_factory=list)  # retraction-watch, publisher, pubmed
    about: str = "this"
    label: str | None = None  # as the source names it: 'Retraction', 'Expression of concern'
    citation: str | None = None  # PubMed's citation of the notice
    record_id: str | None = None  # Retraction Watch's id

    def same_as(self, other: Notice) -> bool:
        if self.about != other.about:
            return False
        if self.doi and other.doi:
            return self.doi.lower() == other.doi.lower()
        if self.pmid and other.pmid:
            return self.pmid == other.pmid
        return self.kind == other.kind and bool(self.date) and self.date == other.date

    def merge(self, other: Notice) -> None:
        for name in ("doi", "pmid", "date", "label", "citation", "record_id"):
            if not getattr(self, name) and getattr(other, name):
                setattr(self, name, getattr(other, name))
        if STATUSES.index(STATUS_OF_KIND.get(other.kind, "clean")) < STATUSES.index(
            STATUS_OF_KIND.get(self.kind, "clean")
        ):
            self.kind = other.kind
        self.sources = sorted(set(self.sources) | set(other.sources))

    def to_json(self) -> dict[str, Any]:
        return {name: value for name, value in asdict(self).items() if value not in (None, [], "")}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Notice:
        return cls(**{name: data.get(name) for name in cls.__slots__ if name in data})  # type: ignore[attr-defined]


@dataclass(slots=True)
class UpdateStatus:
    status: str
    notices: list[Notice] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # the services that answered: crossref, pubmed

    def notices_json(self) -> str:
        return json.dumps([notice.to_json() for notice in self.notices], ensure_ascii=False)


def combine(*groups: list[Notice]) -> list[Notice]:
    """One notice per notice, whichever sources reported it."""
    combined: list[Notice] = []
    for notice in (notice for group in groups for notice in group):
        same = next((kept for kept in combined if kept.same_as(notice)), None)
        if same is None:
            combined.append(Notice(**{name: getattr(notice, name) for name in Notice.__slots__}))  # type: ignore[attr-defined]
        else:
            same.merge(notice)
    return combined


def status_of(notices: list[Notice]) -> str:
    found = [STATUS_OF_KIND[n.kind] for n in notices if n.about == "this" and n.kind in STATUS_OF_KIND]
    return min(found, key=STATUSES.index) if found else "clean"


# ----------------------------------------------------------------------------- Crossref


def _crossref_date(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        numbers = [part for part in parts[0][:3] if isinstance(part, int)]
        if numbers:
            return "-".join([f"{numbers[0]:04d}", *(f"{n:02d}" for n in numbers[1:])])
    when = value.get("date-time")
    return when[:10] if isinstance(when, str) and re.match(r"\d{4}-\d\d-\d\d", when) else None


def _crossref_notices(item: dict[str, Any]) -> list[Notice]:
    """A work's updated-by (notices about it) and update-to (it is a notice), checked."""
    notices = []
    for name, about in (("updated-by", "this"), ("update-to", "other")):
        entries = item.get(name)
        if entries is None:
            continue
        if not isinstance(entries, list):
            raise ValueError(f"{name} is not a list")
        for entry in entries:
            if not isinstance(entry, dict) or not isinstance(entry.get("type"), str):
                raise ValueError(f"an {name} entry without a type")
            kind = CROSSREF_KINDS.get(entry["type"].strip().lower())
            if kind is None:
                continue  # a new version, a reinstatement: nothing to warn about
            doi = clean_doi(entry.get("DOI")) if isinstance(entry.get("DOI"), str) else None
            if entry.get("DOI") is not None and doi is None:
                raise ValueError(f"not a DOI in {name}: {str(entry.get('DOI'))[:60]!r}")
            source = entry.get("source") if isinstance(entry.get("source"), str) else "publisher"
            record = entry.get("record-id")
            notices.append(
                Notice(
                    kind,
                    doi=doi,
                    date=_crossref_date(entry.get("updated")),
                    sources=[source if source in ("retraction-watch", "publisher") else "publisher"],
                    about=about,
                    label=entry.get("label") if isinstance(entry.get("label"), str) else None,
                    record_id=str(record) if isinstance(record, (str, int)) else None,
                )
            )
    return notices


def _check_updates(response: Response) -> None:
    items = crossref._message(response).get("items")
    if not isinstance(items, list):
        raise ValueError("no list of items in the answer")
    for item in items:
        if (
            not isinstance(item, dict)
            or clean_doi(item.get("DOI") if isinstance(item.get("DOI"), str) else None) is None
        ):
            raise ValueError("an item without a DOI")
        _crossref_notices(item)


def crossref_updates(
    client: HttpClient, dois: list[str], mailto: str | None, max_age: float | None = None
) -> dict[str, list[Notice]]:
    """DOI (lower case) → the notices Crossref knows for it; a DOI Crossref does not know is absent."""
    found: dict[str, list[Notice]] = {}
    batchable = [doi for doi in dict.fromkeys(dois) if "," not in doi]
    for start in range(0, len(batchable), DOI_BATCH):
        chunk = batchable[start : start + DOI_BATCH]
        params = {
            "filter": ",".join(f"doi:{doi}" for doi in chunk),
            "select": "DOI,updated-by,update-to",
            "rows": str(len(chunk)),
        }
        if mailto:
            params["mailto"] = mailto
        response = client.get(
            f"{crossref.base_url()}/works", params, limiter=crossref.LIST_LIMITER, check=_check_updates, max_age=max_age
        )
        if response.status != 200:
            continue
        for item in crossref._message(response)["items"]:
            doi = clean_doi(item["DOI"])
            assert doi is not None
            found[doi.lower()] = _crossref_notices(item)
    for doi in dois:
        if "," in doi:
            response = client.get(
                f"{crossref.base_url()}/works/{quote(doi, safe='')}",
                {"mailto": mailto} if mailto else None,
                limiter=crossref.SINGLE_LIMITER,
                check=crossref.check_work,
                max_age=max_age,
            )
            if response.status == 200:
                found[doi.lower()] = _crossref_notices(crossref._message(response))
    return found


# ----------------------------------------------------------------------------- PubMed

_CITED_DATE = re.compile(r"\.\s+(\d{4}(?:\s+[A-Z][a-z]{2})?(?:\s+\d{1,2})?)\s*[;:.]")


def _cited_date(citation: str | None) -> str | None:
    """'Lancet. 2010 Feb 6;375(9713):445.' → '2010-02-06'."""
    match = _CITED_DATE.search(citation or "")
    if not match:
        return None
    return parse_date(match.group(1)).iso()


def pubmed_notices(publication_types: list[str], relations: list[Any]) -> list[Notice]:
    """A PubMed record's flags → notices (publication types and CommentsCorrections)."""
    notices = []
    for relation in relations:
        kind, about = PUBMED_KINDS.get(relation.type), "this"
        if kind is None and relation.type in PUBMED_NOTICE_OF:
            kind, about = PUBMED_NOTICE_OF[relation.type], "other"
        if kind is None:
            continue
        notices.append(
            Notice(
                kind,
                doi=relation.doi,
                pmid=relation.pmid,
                date=_cited_date(relation.citation),
                sources=["pubmed"],
                about=about,
                label=relation.type,
                citation=relation.citation,
            )
        )
    if "Retracted Publication" in publication_types and not any(
        n.kind == "retraction" and n.about == "this" for n in notices
    ):
        notices.append(Notice("retraction", sources=["pubmed"], label="Retracted Publication"))
    return notices


def _check_pubmed(response: Response) -> None:
    if ncbi.parse_xml(response.body).tag != "PubmedArticleSet":
        raise ValueError("not a PubMed article set")


def pubmed_updates(
    client: HttpClient, pmids: list[str], identity: ncbi.Identity, max_age: float | None = None
) -> dict[str, list[Notice]]:
    """PMID → the notices PubMed links to it; a PMID PubMed does not return is absent."""
    from citekit.formats.pubmedxml import element_to_reference
    from citekit.formats.reading import BadRecord

    found: dict[str, list[Notice]] = {}
    wanted = list(dict.fromkeys(pmid for pmid in pmids if clean_pmid(pmid)))
    for start in range(0, len(wanted), ncbi.ID_BATCH):
        chunk = wanted[start : start + ncbi.ID_BATCH]
        params = {"db": "pubmed", "id": ",".join(chunk), "retmode": "xml", **identity.params()}
        response = ncbi._request(
            client, f"{ncbi.eutils_url()}/efetch.fcgi", params, ncbi.EUTILS_LIMITER, _check_pubmed, max_age
        )
        for article in ncbi.parse_xml(response.body):
            try:
                record = element_to_reference("", article)
            except BadRecord:
                continue
            if record.pmid:
                found[record.pmid] = pubmed_notices(record.publication_types, record.relations)
    return found


# ----------------------------------------------------------------------------- a check run

CHUNK = 200  # records looked up, then saved, at a time: an interrupted check loses little


@dataclass(slots=True)
class Checked:
    reference_id: int
    key: str
    doi: str | None
    pmid: str | None
    status: UpdateStatus
    checked_at: str | None = None  # ISO time; None: checked in this run
    failed: str | None = None  # why the services could not be asked


def check_records(
    records: list[Any],
    client: HttpClient,
    mailto: str | None,
    identity: ncbi.Identity,
    save: Any,
    max_age: float,
    progress: Any = lambda done: None,
) -> list[Checked]:
    """Ask Crossref (by DOI, in batches) and PubMed (by PMID) about the records, a chunk at a time;
    each chunk's statuses are saved before the next is asked. ``records`` are StoredReferences."""
    from citekit.enrich.http import RequestFailed

    results: list[Checked] = []
    for start in range(0, len(records), CHUNK):
        chunk = records[start : start + CHUNK]
        dois = [r.reference.doi for r in chunk if r.reference.doi]
        pmids = [r.reference.pmid for r in chunk if r.reference.pmid]
        failed = None
        by_doi: dict[str, list[Notice]] = {}
        by_pmid: dict[str, list[Notice]] = {}
        try:
            by_doi = crossref_updates(client, dois, mailto, max_age) if dois else {}
            by_pmid = pubmed_updates(client, pmids, identity, max_age) if pmids else {}
        except RequestFailed as problem:
            failed = str(problem)
        done = []
        for stored in chunk:
            reference = stored.reference
            if failed is not None:
                results.append(
                    Checked(stored.id, stored.key, reference.doi, reference.pmid, UpdateStatus("unknown"), None, failed)
                )
                continue
            groups, sources = [], []
            if reference.doi and reference.doi.lower() in by_doi:
                groups.append(by_doi[reference.doi.lower()])
                sources.append("crossref")
            if reference.pmid and reference.pmid in by_pmid:
                groups.append(by_pmid[reference.pmid])
                sources.append("pubmed")
            notices = combine(*groups)
            status = UpdateStatus(status_of(notices) if sources else "unknown", notices, sources)
            checked = Checked(stored.id, stored.key, reference.doi, reference.pmid, status)
            results.append(checked)
            done.append(checked)
        if done:
            save(done)
        progress(min(len(records), start + CHUNK))
    return results
