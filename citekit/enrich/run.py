"""An enrichment run: which records, which services, in what order, and what gets written.

Each record's outcome is written in its own small transaction as soon as it is known, so an
interrupted run leaves the library consistent and a rerun resumes where it stopped; the HTTP cache
means it repeats no request either.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from citekit import __version__
from citekit.enrich import crossref, ncbi
from citekit.enrich.http import EnrichError, HttpClient, RequestFailed, SlidingWindowLimiter
from citekit.enrich.match import Verdict, best, judge
from citekit.storage.reading import StoredReference

IDENTIFIERS = ("doi", "pmid", "pmcid")
OUTCOMES = ("resolved", "suggested", "not_found", "mismatch", "failed")
# What a Springer link label says should exist.
HINTS = {"Article": "doi", "PubMed": "pmid", "PubMed Central": "pmcid"}


@dataclass(slots=True)
class FieldUpdate:
    field: str
    value: object
    source: str
    score: float | None = None


@dataclass(slots=True)
class SuggestionData:
    field: str
    value: str
    source: str
    score: float
    reason: str


@dataclass(slots=True)
class RecordResult:
    """What one service said about one record."""

    reference_id: int
    key: str
    service: str
    outcome: str  # resolved | suggested | not_found | mismatch | failed
    detail: str = ""
    updates: list[FieldUpdate] = field(default_factory=list)
    suggestion: SuggestionData | None = None


@dataclass(slots=True)
class Options:
    mailto: str | None = None
    api_key: str | None = None
    refresh: bool = False
    dry_run: bool = False
    abstracts: bool = False
    overwrite: frozenset[str] = frozenset()


@dataclass(slots=True)
class Summary:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    changes: list[tuple[str, str, object, str]] = field(default_factory=list)  # key, field, value, source
    kept: list[tuple[str, str, object, object]] = field(default_factory=list)  # key, field, kept, found
    missing_hints: list[tuple[str, str, str]] = field(default_factory=list)  # key, label, identifier
    failures: list[tuple[str, str]] = field(default_factory=list)  # key, what went wrong (tried again next run)
    skipped: int = 0
    records: int = 0


def make_client(options: Options, cache: object | None) -> HttpClient:
    contact = f"; mailto:{options.mailto}" if options.mailto else ""
    client = HttpClient(
        user_agent=f"citekit/{__version__} (https://pypi.org/project/citekit/{contact})",
        cache=cache,  # type: ignore[arg-type]
    )
    polite = bool(options.mailto)
    # The published limits (Crossref from 1 Dec 2025; NCBI 3/s, 10/s with a key); Crossref's own
    # x-rate-limit-* and x-concurrency-limit headers adjust them as answers come in.
    client.limiters[crossref.LIST_LIMITER] = SlidingWindowLimiter(3 if polite else 1, 1.0, 3 if polite else 1)
    client.limiters[crossref.SINGLE_LIMITER] = SlidingWindowLimiter(10 if polite else 5, 1.0, 3 if polite else 1)
    ncbi_rate = 10 if options.api_key else 3
    client.limiters[ncbi.EUTILS_LIMITER] = SlidingWindowLimiter(ncbi_rate, 1.0, 1)
    client.limiters[ncbi.IDCONV_LIMITER] = SlidingWindowLimiter(3, 1.0, 1)
    return client


def run(
    records: list[StoredReference],
    done: set[tuple[int, str]],
    client: HttpClient,
    save: Callable[[RecordResult], None],
    options: Options,
    progress: Callable[[str, str], None] = lambda outcome, key: None,
) -> Summary:
    """Look identifiers up for the records; ``done`` holds (record id, service) already looked up."""
    summary = Summary(records=len(records))
    identity = ncbi.Identity(options.mailto, options.api_key)
    by_id = {stored.id: stored for stored in records}

    def record(result: RecordResult) -> None:
        reference = by_id[result.reference_id].reference
        allowed = []
        for update in result.updates:
            current = getattr(reference, update.field)
            if current in (None, "", []) or (update.field in options.overwrite and current != update.value):
                allowed.append(update)
            elif current != update.value:
                # What the user has (typed, imported or accepted) stays; say what was found instead.
                summary.kept.append((result.key, update.field, current, update.value))
        result.updates = allowed
        if not options.dry_run:
            save(result)
        for update in allowed:
            # Later steps see what earlier ones found (the PMC step needs the PMID just written).
            setattr(reference, update.field, update.value)
        summary.changes.extend((result.key, u.field, u.value, u.source) for u in allowed)
        summary.counts[result.outcome] = summary.counts.get(result.outcome, 0) + 1
        if result.outcome == "failed":
            summary.failures.append((result.key, f"{result.service}: {result.detail}"))
        progress(result.outcome, result.key)

    def pending(service: str) -> list[StoredReference]:
        chosen = [r for r in records if options.refresh or (r.id, service) not in done]
        summary.skipped += len(records) - len(chosen)
        return chosen

    _crossref(pending("crossref"), client, options, record)
    _pubmed(pending("pubmed"), client, identity, options, record)
    _pmc(records, done, client, identity, options, record)
    if options.abstracts:
        _abstracts(records, done, client, identity, options, record)
    for stored in records:
        ref = stored.reference
        for label, name in HINTS.items():
            if label in ref.links and not getattr(ref, name):
                summary.missing_hints.append((stored.key, label, name))
    return summary


def _crossref(
    records: list[StoredReference], client: HttpClient, options: Options, record: Callable[[RecordResult], None]
) -> None:
    """Look-ups at Crossref, as many at once as it allows. The workers are daemon threads that only
    talk to Crossref; results are written here, in this thread. On Ctrl-C (or any failure) the
    client is cancelled: every wait ends at once and nothing is left to join."""
    if not records:
        return
    todo: queue.SimpleQueue[StoredReference] = queue.SimpleQueue()
    for stored in records:
        todo.put(stored)
    done: queue.SimpleQueue[tuple[RecordResult | None, BaseException | None]] = queue.SimpleQueue()

    def work() -> None:
        while not client.cancelled.is_set():
            try:
                stored = todo.get_nowait()
            except queue.Empty:
                return
            try:
                done.put((_crossref_one(stored, client, options), None))
            except BaseException as error:  # noqa: BLE001 - handed to the thread that reports it
                done.put((None, error))

    workers = max(1, client.limiters[crossref.LIST_LIMITER].concurrency)
    for _ in range(min(workers, len(records))):
        threading.Thread(target=work, name="citekit-crossref", daemon=True).start()
    try:
        for _ in records:
            while True:
                try:
                    result, error = done.get(timeout=0.2)
                    break
                except queue.Empty:
                    continue
            if error is not None:
                raise error
            assert result is not None
            record(result)
    except BaseException:
        client.cancel()
        raise


def _crossref_one(stored: StoredReference, client: HttpClient, options: Options) -> RecordResult:
    ref = stored.reference
    result = RecordResult(stored.id, stored.key, "crossref", "not_found")
    try:
        if ref.doi:
            found = crossref.work(client, ref.doi, options.mailto)
            if found is None:
                result.outcome, result.detail = "mismatch", f"Crossref does not know DOI {ref.doi}"
                return result
            verdict = judge(ref, found)
            if verdict.accepted:
                result.outcome, result.detail = "resolved", f"DOI {ref.doi} checked: {verdict.reason}"
            else:
                result.outcome = "mismatch"
                result.detail = f"DOI {ref.doi} names another work? {verdict.reason}"
            return result
        accepted, suggestion = best(ref, crossref.search(client, ref, options.mailto))
    except RequestFailed as problem:
        result.outcome, result.detail = "failed", str(problem)
        return result
    return _verdicts(result, "doi", "crossref", accepted, suggestion)


def _verdicts(
    result: RecordResult, name: str, source: str, accepted: Verdict | None, suggestion: Verdict | None
) -> RecordResult:
    if accepted is not None:
        result.outcome, result.detail = "resolved", accepted.reason
        result.updates.append(FieldUpdate(name, accepted.candidate.identifier, source, accepted.score))
        for extra_name, value in accepted.candidate.extra.items():
            target = {"doi": "doi", "pmc": "pmcid"}.get(extra_name)
            if target:
                result.updates.append(FieldUpdate(target, value, source, accepted.score))
    elif suggestion is not None:
        result.outcome, result.detail = "suggested", suggestion.reason
        result.suggestion = SuggestionData(
            name, suggestion.candidate.identifier, source, suggestion.score, suggestion.reason
        )
    return result


def _pubmed(
    records: list[StoredReference],
    client: HttpClient,
    identity: ncbi.Identity,
    options: Options,
    record: Callable[[RecordResult], None],
) -> None:
    wanted = [r for r in records if not r.reference.pmid or options.refresh]
    lines = {}
    by_key = {}
    for stored in wanted:
        line = ncbi.citation_line(stored.reference, stored.key)
        if line is None:
            record(RecordResult(stored.id, stored.key, "pubmed", "not_found", "too little printed for ECitMatch"))
            continue
        lines[stored.key] = line
        by_key[stored.key] = stored
    if not lines:
        return
    try:
        matches = ncbi.ecitmatch(client, lines, identity)
        candidates = sorted({pmid for pmid in matches.values() if pmid})
        summaries = ncbi.esummary(client, candidates, identity) if candidates else {}
    except RequestFailed as problem:
        _fail_all(list(by_key.values()), "pubmed", problem, record)
        return
    for key, stored in by_key.items():
        result = RecordResult(stored.id, key, "pubmed", "not_found", "ECitMatch found nothing")
        pmid = matches.get(key)
        if pmid:
            summary = summaries.get(pmid)
            if summary is None:
                result.detail = f"ESummary has no record {pmid}"
            else:
                # ECitMatch keys on journal, volume and page; ESummary confirms it is this paper.
                verdict = judge(stored.reference, summary)
                if verdict.accepted:
                    verdict.candidate.extra.pop("pmc", None)  # PMCIDs come from the ID Converter
                    result = _verdicts(result, "pmid", "pubmed", verdict, None)
                else:
                    result = _verdicts(result, "pmid", "pubmed", None, verdict)
        record(result)


def _pmc(
    records: list[StoredReference],
    done: set[tuple[int, str]],
    client: HttpClient,
    identity: ncbi.Identity,
    options: Options,
    record: Callable[[RecordResult], None],
) -> None:
    # The PMID may have been written a moment ago by the PubMed step: read it from the writer's view.
    wanted = [r for r in records if r.reference.pmid and (options.refresh or (r.id, "pmc") not in done)]
    wanted = [r for r in wanted if not r.reference.pmcid or not r.reference.doi or options.refresh]

    def updates(entry: ncbi.PmcRecord) -> list[FieldUpdate]:
        found = [FieldUpdate("pmcid", entry.pmcid, "pmc")] if entry.pmcid else []
        return found + ([FieldUpdate("doi", entry.doi, "pmc")] if entry.doi else [])

    _by_pmid(wanted, "pmc", lambda pmids: ncbi.idconv(client, pmids, identity), updates, "PMC ID Converter", record)


def _abstracts(
    records: list[StoredReference],
    done: set[tuple[int, str]],
    client: HttpClient,
    identity: ncbi.Identity,
    options: Options,
    record: Callable[[RecordResult], None],
) -> None:
    wanted = [
        r
        for r in records
        if r.reference.pmid and (options.refresh or ((r.id, "abstract") not in done and not r.reference.abstract))
    ]

    def updates(entry: ncbi.Abstract) -> list[FieldUpdate]:
        found = [FieldUpdate("abstract", entry.text, "pubmed")] if entry.text else []
        return found + ([FieldUpdate("mesh", entry.mesh, "pubmed")] if entry.mesh else [])

    _by_pmid(wanted, "abstract", lambda pmids: ncbi.efetch(client, pmids, identity), updates, "EFetch", record)


def _by_pmid(
    wanted: list[StoredReference],
    service: str,
    fetch: Callable[[list[str]], dict[str, Any]],
    updates: Callable[[Any], list[FieldUpdate]],
    what: str,
    record: Callable[[RecordResult], None],
) -> None:
    """One batched look-up by PMID for the records, then one result per record."""
    if not wanted:
        return
    try:
        found = fetch([r.reference.pmid for r in wanted if r.reference.pmid])
    except RequestFailed as problem:
        _fail_all(wanted, service, problem, record)
        return
    for stored in wanted:
        result = RecordResult(stored.id, stored.key, service, "not_found", f"nothing from {what}")
        entry = found.get(stored.reference.pmid or "")
        if entry is not None and (changes := updates(entry)):
            result.outcome, result.detail, result.updates = (
                "resolved",
                f"{what} for PMID {stored.reference.pmid}",
                changes,
            )
        record(result)


def _fail_all(
    records: list[StoredReference], service: str, problem: RequestFailed, record: Callable[[RecordResult], None]
) -> None:
    for stored in records:
        record(RecordResult(stored.id, stored.key, service, "failed", str(problem)))


__all__ = ["EnrichError", "Options", "RecordResult", "Summary", "make_client", "run"]
