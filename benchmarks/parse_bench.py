"""Parse the chapter 1,000 times over (162,000 references); print references/second and peak memory.

Target: >= 20,000 references/s on one core. Run: python benchmarks/parse_bench.py [ROUNDS]
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

from citekit.parsing import parse_references

CHAPTER = Path(__file__).resolve().parents[1] / "data" / "chapter.txt"


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    text = CHAPTER.read_text(encoding="utf-8")
    parse_references(text)  # warm the regex caches

    start = time.perf_counter()
    total = 0
    for _ in range(rounds):
        total += len(parse_references(text).references)
    elapsed = time.perf_counter() - start

    tracemalloc.start()
    parse_references(text)
    _, peak_one_page = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    peak_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"references parsed:      {total:,} ({rounds:,} x {total // rounds} references)")
    print(f"wall time:              {elapsed:.2f} s")
    print(f"references/second:      {total / elapsed:,.0f}  (target >= 20,000)")
    print(f"per page (162 refs):    {elapsed / rounds * 1000:.2f} ms")
    print(f"peak allocation, 1 page: {peak_one_page / 1024:.0f} KiB")
    print(f"peak RSS, whole run:    {peak_rss_mib:.0f} MiB")


if __name__ == "__main__":
    main()
