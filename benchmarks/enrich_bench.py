"""Enrich the chapter's 162 references against the fake services with realistic latency and the
published rate limits; print requests, 429s, wall time and the lower bound the limits allow. Then
`check` the enriched library (update statuses: Crossref batches by DOI, PubMed EFetch by PMID).

Targets: wall time <= 1.1 x the bound (Crossref and NCBI are asked at the same time, so the bound is
the slower host's), no 429 the published limits would have avoided, zero requests on a second run,
no wrong identifier. Left out: the import of the chapter, and start-up (the run is timed in
process). Run: python benchmarks/enrich_bench.py [LATENCY_SECONDS]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fakeapi import LIMITS, FakeServices, world_from_chapter  # noqa: E402

from citekit.enrich.run import Options, make_client, run  # noqa: E402
from citekit.library import Library, LibraryHttpCache  # noqa: E402
from citekit.parsing import parse_references  # noqa: E402

CHAPTER = ROOT / "data" / "chapter.txt"


def bound(requests: Counter, latency: float) -> tuple[float, float]:
    """(hosts in parallel, hosts one after another): n requests at r per second need (n-1)/r + latency."""
    per_class = {name: (count - 1) / LIMITS[name][0] + latency for name, count in requests.items() if count}
    return max(per_class.values(), default=0.0), sum(per_class.values())


def main() -> None:
    latency = float(sys.argv[1]) if len(sys.argv) > 1 else 0.08
    references = parse_references(CHAPTER.read_text(encoding="utf-8")).references
    works = world_from_chapter(references)
    # The answer key: the chapter's own papers, not the decoys that share their titles.
    truth = {(w.title, w.year): w for w in world_from_chapter(references, with_decoys=False)}
    with FakeServices(works, latency=latency) as services, tempfile.TemporaryDirectory() as directory:
        os.environ.update(services.env)
        with Library(Path(directory) / "bench.sqlite") as library:
            library.import_files([str(CHAPTER)])
            options = Options(mailto="bench@example.org")
            records = library.enrichment_targets(None)

            client = make_client(options, LibraryHttpCache(library))
            started = time.perf_counter()
            summary = run(records, library.lookups_done(), client, library.save_enrichment, options)
            wall = time.perf_counter() - started
            first_stats = client.stats
            client.close()
            per_class = Counter(service for _, service, _ in services.requests)

            before = len(services.requests)
            client = make_client(options, LibraryHttpCache(library))
            rerun_started = time.perf_counter()
            run(library.enrichment_targets(None), library.lookups_done(), client, library.save_enrichment, options)
            rerun_wall = time.perf_counter() - rerun_started
            client.close()
            rerun_requests = len(services.requests) - before

            from citekit.enrich import ncbi, updates

            time.sleep(1.1)  # a new client knows nothing of the last second's requests
            checked_records, _ = library.check_targets(None)
            before = Counter(service for _, service, _ in services.requests)
            client = make_client(options, LibraryHttpCache(library))
            check_started = time.perf_counter()
            checked = updates.check_records(
                checked_records, client, options.mailto, ncbi.Identity(options.mailto), library.save_statuses, 7 * 86400
            )
            check_wall = time.perf_counter() - check_started
            client.close()
            check_requests = Counter(service for _, service, _ in services.requests) - before

            wrong = missed = 0
            for stored in library.records():
                ref = stored.reference
                expected = truth.get((ref.title, ref.year))
                for name in ("doi", "pmid", "pmcid"):
                    got, want = getattr(ref, name), getattr(expected, name) if expected else None
                    if got is not None and got != want:
                        wrong += 1
                        if os.environ.get("BENCH_VERBOSE"):
                            print("wrong", stored.key, name, got, want)
                    elif got is None and want is not None:
                        missed += 1

    parallel, sequential = bound(per_class, latency)
    print(f"references: {len(references)}; fake latency {latency * 1000:.0f} ms; limits enforced by the server")
    by_class = ", ".join(f"{name} {count}" for name, count in sorted(per_class.items()))
    print(f"requests made:        {first_stats.requests} ({by_class})")
    print(f"429 received:         {first_stats.throttled} (server refused {services.throttled})")
    print(f"wall time:            {wall:.1f} s")
    print(f"lower bound:          {parallel:.1f} s (hosts in parallel), {sequential:.1f} s (one after another)")
    print(f"ratio to bound:       {wall / parallel:.2f} x the parallel bound, {wall / sequential:.2f} x sequential")
    print(f"outcomes:             {dict(summary.counts)}")
    print(f"second run:           {rerun_requests} requests, {rerun_wall:.2f} s")
    print(f"wrong identifiers:    {wrong}; identifiers the fake world has that were not found: {missed}")
    check_bound, _ = bound(check_requests, latency)
    by_class = ", ".join(f"{name} {count}" for name, count in sorted(check_requests.items()))
    statuses = Counter(result.status.status for result in checked)
    print(f"check:                {len(checked)} records, {sum(check_requests.values())} requests ({by_class})")
    print(f"check wall time:      {check_wall:.1f} s (bound {check_bound:.1f} s); statuses {dict(statuses)}")


if __name__ == "__main__":
    main()
