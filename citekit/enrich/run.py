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
    replaces: object = None  # the value the record had when this was decided (see Library.save_enrichment)


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
    """Look identifiers up for the records; ``done`` holds (record id, service) already looked up.

    Crossref and NCBI are different hosts with limits of their own, so the two run at once:
    Crossref's workers and one NCBI thread hand their results to this thread, which alone writes.
    """
    summary = Summary(records=len(records))
    identity = ncbi.Identity(options.mailto, options.api_key)
    by_id = {stored.id: stored for stored in records}
    # (record id, its DOI after Crossref's answer): what PubMed's DOI search waits for.
    crossref_news: queue.SimpleQueue[tuple[int, str | None]] = queue.SimpleQueue()

    def record(result: RecordResult) -> None:
        reference = by_id[result.reference_id].reference
        allowed = []
        for update in result.updates:
            current = getattr(reference, update.field)
            if current in (None, "", []) or (update.field in options.overwrite and current != update.value):
                update.replaces = current
                allowed.append(update)
            elif current != update.value:
                # What the user has (typed, imported or accepted) stays; say what was found instead.
                summary.kept.append((result.key, update.field, current, update.value))
        result.updates = allowed
        if not options.dry_run:
            save(result)
        for update in allowed:
            setattr(reference, update.field, update.value)
        if result.service == "crossref":
            crossref_news.put((result.reference_id, reference.doi))
        summary.changes.extend((result.key, u.field, u.value, u.source) for u in allowed)
        summary.counts[result.outcome] = summary.counts.get(result.outcome, 0) + 1
        if result.outcome == "failed":
            summary.failures.append((result.key, f"{result.service}: {result.detail}"))
        progress(result.outcome, result.key)

    def pending(service: str) -> list[StoredReference]:
        chosen = [r for r in records if options.refresh or (r.id, service) not in done]
        summary.skipped += len(records) - len(chosen)
        return chosen

    results: queue.SimpleQueue[tuple[str, RecordResult | None, BaseException | None]] = queue.SimpleQueue()
    to_crossref, to_pubmed = pending("crossref"), pending("pubmed")
    # What NCBI needs of each record, read now: this thread changes the records as results come.
    known = {r.id: (r.reference.doi, r.reference.pmid, bool(r.reference.pmcid)) for r in records}
    _start_crossref(to_crossref, client, options, results, known)

    def ncbi_phase() -> None:
        try:
            phase = _NcbiPhase(records, done, known, client, identity, options, results)
            phase.run(to_pubmed, {r.id for r in to_crossref}, crossref_news)
            results.put(("ncbi-done", None, None))
        except BaseException as error:  # noqa: BLE001 - handed to the thread that reports it
            results.put(("ncbi-done", None, error))

    threading.Thread(target=ncbi_phase, name="citekit-ncbi", daemon=True).start()
    remaining, ncbi_running = len(to_crossref), True
    # A DOI from PubMed or PMC waits for Crossref's answer on the same record, so that the DOI is
    # Crossref's (which registers DOIs) whichever host answers first: NCBI's answer is written after.
    at_crossref = {stored.id for stored in to_crossref}
    held: dict[int, list[RecordResult]] = {}
    try:
        while remaining or ncbi_running:
            try:
                kind, result, error = results.get(timeout=0.2)
            except queue.Empty:
                continue
            if error is not None:
                raise error
            if kind == "ncbi-done":
                ncbi_running = False
                continue
            assert result is not None
            if kind != "crossref" and result.reference_id in at_crossref and _names_a_doi(result):
                held.setdefault(result.reference_id, []).append(result)
                continue
            record(result)
            if kind == "crossref":
                remaining -= 1
                at_crossref.discard(result.reference_id)
                for waited in held.pop(result.reference_id, []):
                    record(waited)
    except BaseException:
        client.cancel()
        raise
    for stored in records:
        ref = stored.reference
        for label, name in HINTS.items():
            if label in ref.links and not getattr(ref, name):
                summary.missing_hints.append((stored.key, label, name))
    return summary


def _names_a_doi(result: RecordResult) -> bool:
    return any(update.field == "doi" for update in result.updates)


def _start_crossref(
    records: list[StoredReference],
    client: HttpClient,
    options: Options,
    results: queue.SimpleQueue[tuple[str, RecordResult | None, BaseException | None]],
    known: dict[int, tuple[str | None, str | None, bool]],
) -> None:
    """Crossref's look-ups, as many at once as it allows, in daemon threads that only talk to
    Crossref: each result (or failure) goes to ``results``. On Ctrl-C the client is cancelled,
    every wait ends at once and nothing is left to join."""
    if not records:
        return
    todo: queue.SimpleQueue[StoredReference] = queue.SimpleQueue()
    for stored in records:
        todo.put(stored)

    def work() -> None:
        while not client.cancelled.is_set():
            try:
                stored = todo.get_nowait()
            except queue.Empty:
                return
            try:
                results.put(("crossref", _crossref_one(stored, known[stored.id][0], client, options), None))
            except BaseException as error:  # noqa: BLE001 - handed to the thread that reports it
                results.put(("crossref", None, error))

    workers = max(1, client.limiters[crossref.LIST_LIMITER].concurrency)
    for _ in range(min(workers, len(records))):
        threading.Thread(target=work, name="citekit-crossref", daemon=True).start()


def _crossref_one(stored: StoredReference, doi: str | None, client: HttpClient, options: Options) -> RecordResult:
    """One record at Crossref: its DOI (as the run found it, whatever PMC has said since) checked,
    or a DOI searched for."""
    ref = stored.reference
    result = RecordResult(stored.id, stored.key, "crossref", "not_found")
    try:
        if doi:
            found = crossref.work(client, doi, options.mailto)
            if found is None:
                result.outcome, result.detail = "mismatch", f"Crossref does not know DOI {doi}"
                return result
            verdict = judge(ref, found)
            if verdict.accepted:
                result.outcome, result.detail = "resolved", f"DOI {doi} checked: {verdict.reason}"
            else:
                result.outcome = "mismatch"
                result.detail = f"DOI {doi} names another work? {verdict.reason}"
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


class _NcbiPhase:
    """PubMed and PMC, in one thread beside Crossref's: PMIDs by ECitMatch confirmed with ESummary;
    for what that leaves, a PubMed search by DOI (the record's, or the one Crossref has just found),
    then by title words, first author and year, each answer confirmed with ESummary the same way;
    then PMCIDs (and DOIs) from the PMC ID Converter for every PMID, and abstracts if asked."""

    def __init__(
        self,
        records: list[StoredReference],
        done: set[tuple[int, str]],
        known: dict[int, tuple[str | None, str | None, bool]],
        client: HttpClient,
        identity: ncbi.Identity,
        options: Options,
        results: queue.SimpleQueue[tuple[str, RecordResult | None, BaseException | None]],
    ) -> None:
        self.records, self.done, self.known = records, done, known
        self.client, self.identity, self.options = client, identity, options
        self.results = results
        self.pmids = {record_id: pmid for record_id, (_, pmid, _) in known.items() if pmid}
        self.dois = {record_id: doi for record_id, (doi, _, _) in known.items() if doi}

    def emit(self, result: RecordResult) -> None:
        for update in result.updates:
            if update.field == "pmid" and result.reference_id not in self.pmids:
                self.pmids[result.reference_id] = str(update.value)
        self.results.put(("ncbi", result, None))

    def run(
        self,
        to_pubmed: list[StoredReference],
        at_crossref: set[int],
        crossref_news: queue.SimpleQueue[tuple[int, str | None]],
    ) -> None:
        """ECitMatch first; then each record it leaves is searched as soon as its DOI is known: at
        once when the record has one, else when Crossref has answered for it (so the two hosts
        work at the same time); a record with no DOI anywhere is searched by title."""
        waiting = {}
        for stored, result in self.pubmed(to_pubmed):
            if stored.id in self.dois or stored.id not in at_crossref:
                self.settle(stored, result)
            else:
                waiting[stored.id] = (stored, result)
        while waiting:
            if self.client.cancelled.is_set():
                return
            try:
                record_id, doi = crossref_news.get(timeout=0.2)
            except queue.Empty:
                continue
            if doi:
                self.dois[record_id] = doi
            if record_id in waiting:
                self.settle(*waiting.pop(record_id))
        self.pmc()
        if self.options.abstracts:
            self.abstracts()

    def settle(self, stored: StoredReference, result: RecordResult) -> None:
        """PubMed searches for a record ECitMatch could not settle: by its DOI if it has one, then
        by title words, first author and year. An answer is written only when ESummary confirms
        it as it confirms an ECitMatch answer; the best unconfirmed one may become a suggestion."""
        doi = self.dois.get(stored.id)
        searches = [(ncbi.doi_term(doi), f"searched PubMed for DOI {doi}")] if doi else []
        title = ncbi.title_term(stored.reference)
        if title is not None:
            searches.append((title, "searched PubMed by title, first author and year"))
        tried = []
        for term, how in searches:
            if self.client.cancelled.is_set():
                return
            try:
                pmids = ncbi.esearch(self.client, term, self.identity)
                summaries = ncbi.esummary(self.client, pmids, self.identity) if pmids else {}
            except RequestFailed as problem:
                self.emit(RecordResult(stored.id, stored.key, "pubmed", "failed", str(problem)))
                return
            accepted, suggestion = best(stored.reference, list(summaries.values()))
            fresh = RecordResult(stored.id, stored.key, "pubmed", "not_found")
            if accepted is not None:
                accepted.candidate.extra.pop("pmc", None)
                accepted.reason = f"{how}: {accepted.reason}"
                self.emit(_verdicts(fresh, "pmid", "pubmed", accepted, None))
                return
            if result.outcome == "not_found" and suggestion is not None:
                result = _verdicts(fresh, "pmid", "pubmed", None, suggestion)
            tried.append(how)
        if result.outcome == "not_found" and tried:
            result.detail = "; ".join(tried) + ": nothing confirmed"
        self.emit(result)

    # -------------------------------------------------------------- ECitMatch

    def pubmed(self, records: list[StoredReference]) -> list[tuple[StoredReference, RecordResult]]:
        """ECitMatch, confirmed with ESummary: results emitted, except those a search may yet
        improve on, which come back."""
        wanted = [r for r in records if not self.known[r.id][1] or self.options.refresh]
        lines, by_key = {}, {}
        unresolved: list[tuple[StoredReference, RecordResult]] = []
        for stored in wanted:
            line = ncbi.citation_line(stored.reference, stored.key)
            result = RecordResult(stored.id, stored.key, "pubmed", "not_found", "too little printed for ECitMatch")
            if line is None:
                unresolved.append((stored, result))
                continue
            lines[stored.key] = line
            by_key[stored.key] = stored
        if not lines:
            return unresolved
        try:
            matches = ncbi.ecitmatch(self.client, lines, self.identity)
            candidates = sorted({pmid for pmid in matches.values() if pmid})
            summaries = ncbi.esummary(self.client, candidates, self.identity) if candidates else {}
        except RequestFailed as problem:
            for stored in by_key.values():
                self.emit(RecordResult(stored.id, stored.key, "pubmed", "failed", str(problem)))
            return unresolved
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
                        self.emit(_verdicts(result, "pmid", "pubmed", verdict, None))
                        continue
                    result = _verdicts(result, "pmid", "pubmed", None, verdict)
            unresolved.append((stored, result))
        return unresolved

    # -------------------------------------------------------------- by PMID

    def pmc(self) -> None:
        wanted = [
            r
            for r in self.records
            if r.id in self.pmids
            and (self.options.refresh or (r.id, "pmc") not in self.done)
            and (not self.known[r.id][2] or r.id not in self.dois or self.options.refresh)
        ]

        def updates(entry: ncbi.PmcRecord) -> list[FieldUpdate]:
            found = [FieldUpdate("pmcid", entry.pmcid, "pmc")] if entry.pmcid else []
            return found + ([FieldUpdate("doi", entry.doi, "pmc")] if entry.doi else [])

        self.by_pmid(
            wanted, "pmc", lambda pmids: ncbi.idconv(self.client, pmids, self.identity), updates, "PMC ID Converter"
        )

    def abstracts(self) -> None:
        wanted = [
            r
            for r in self.records
            if r.id in self.pmids
            and (self.options.refresh or ((r.id, "abstract") not in self.done and not r.reference.abstract))
        ]

        def updates(entry: ncbi.Abstract) -> list[FieldUpdate]:
            found = [FieldUpdate("abstract", entry.text, "pubmed")] if entry.text else []
            return found + ([FieldUpdate("mesh", entry.mesh, "pubmed")] if entry.mesh else [])

        self.by_pmid(
            wanted, "abstract", lambda pmids: ncbi.efetch(self.client, pmids, self.identity), updates, "EFetch"
        )

    def by_pmid(
        self,
        wanted: list[StoredReference],
        service: str,
        fetch: Callable[[list[str]], dict[str, Any]],
        updates: Callable[[Any], list[FieldUpdate]],
        what: str,
    ) -> None:
        """One batched look-up by PMID for the records, then one result per record."""
        if not wanted:
            return
        try:
            found = fetch([self.pmids[r.id] for r in wanted])
        except RequestFailed as problem:
            for stored in wanted:
                self.emit(RecordResult(stored.id, stored.key, service, "failed", str(problem)))
            return
        for stored in wanted:
            pmid = self.pmids[stored.id]
            result = RecordResult(stored.id, stored.key, service, "not_found", f"nothing from {what}")
            entry = found.get(pmid)
            if entry is not None and (changes := updates(entry)):
                result.outcome, result.detail, result.updates = "resolved", f"{what} for PMID {pmid}", changes
            self.emit(result)


__all__ = ["EnrichError", "Options", "RecordResult", "Summary", "make_client", "run"]
