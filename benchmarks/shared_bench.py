"""A shared library under load: eight clients at once mixing search, show, tag and import, on the
local PostgreSQL server, then the same mix on one SQLite file for comparison.

The library is built by what a user runs (`citekit import big.bib`, the generated .bib of
library_bench.py). Each client is its own process with its own citekit Library (as eight people
on eight machines would have), and for the run's length repeats: search (50 %: a word, a field,
a prefix, a phrase, a tag, a year range), show a record (25 %), tag a record (15 %, a tag of its
own, remembered), import a small .bib of three new records (10 %, remembered). Afterwards every
remembered tag and record must be there: "no write lost".

Printed: operations per second, p50 and p95 latency per kind, errors, lost writes; wall time and
CPU seconds of the clients. Target: p95 search < 50 ms at 8 clients, zero errors, zero lost writes.

Left out: process start-up (each operation is timed inside a running client: a CLI call adds
~0.3 s of Python start-up), the time to build the library (printed, not counted), and the
network: the server is on 127.0.0.1.

Run: python benchmarks/shared_bench.py [--records N] [--seconds S] [--clients C] [--postgres URL]
     (defaults 100000, 60, 8; URL defaults to $CITEKIT_TEST_POSTGRES, else a throw-away cluster
     started by scripts/throwaway_postgres.sh)
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from library_bench import generate  # noqa: E402

QUERIES = [
    "exosome",
    "neutrophil*",
    '"premetastatic niche"',
    "author:thery",
    "journal:cancer year:2015..2020",
    "metastasis -review",
    "tag:bench-shared",
    "macrophage has:doi",
    "tumour OR tumor",
    "TGF-β",
]


def client(location: str, seconds: float, number: int, keys: list[str], results: multiprocessing.Queue) -> None:
    from citekit.library import Library

    chance = random.Random(number)
    latencies: dict[str, list[float]] = {"search": [], "show": [], "tag": [], "import": []}
    errors: list[str] = []
    tagged: list[tuple[str, str]] = []
    imported: list[str] = []
    scratch = Path(tempfile.mkdtemp())
    cpu_start = time.process_time()
    with Library(location, user=f"client{number}") as library:
        end = time.perf_counter() + seconds
        count = 0
        while time.perf_counter() < end:
            count += 1
            roll = chance.random()
            kind = "search" if roll < 0.5 else "show" if roll < 0.75 else "tag" if roll < 0.9 else "import"
            started = time.perf_counter()
            try:
                if kind == "search":
                    library.search(chance.choice(QUERIES), limit=50)
                elif kind == "show":
                    library.get(chance.choice(keys))
                elif kind == "tag":
                    key, name = chance.choice(keys), f"bench-{number}-{count}"
                    library.add_tag(name, [key])
                    library.add_tag("bench-shared", [key])
                    tagged.append((key, name))
                else:
                    marker = uuid.uuid4().hex[:10]
                    path = scratch / f"{marker}.bib"
                    path.write_text(
                        "".join(
                            f"@article{{new{marker}{i},\n  title = {{Shared bench paper {marker} number {i}}},\n"
                            f"  author = {{Client, Number{number}}},\n  journal = {{Bench J}},\n  year = {{2026}}\n}}\n"
                            for i in range(3)
                        ),
                        encoding="utf-8",
                    )
                    summary = library.import_files([str(path)])
                    imported.extend(summary.added)
            except Exception as error:  # noqa: BLE001 - counted and shown
                errors.append(f"{kind}: {str(error).splitlines()[0][:200]}")
                continue
            latencies[kind].append(time.perf_counter() - started)
    results.put((number, latencies, errors, tagged, imported, time.process_time() - cpu_start))


def build(location: str, bib: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "citekit", "--db", location, "import", str(bib)], check=False, capture_output=True
    )
    return time.perf_counter() - started


def measure(label: str, location: str, seconds: float, clients: int) -> None:
    from citekit.library import Library

    with Library(location) as library, library.reading() as connection:
        keys = [row[0] for row in connection.execute("SELECT key FROM reference ORDER BY id LIMIT 5000")]
        records = connection.execute("SELECT count(*) FROM reference").fetchone()[0]
    results: multiprocessing.Queue = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=client, args=(location, seconds, number, keys, results))
        for number in range(clients)
    ]
    started = time.perf_counter()
    for process in processes:
        process.start()
    collected = [results.get() for _ in processes]
    for process in processes:
        process.join()
    wall = time.perf_counter() - started
    merged: dict[str, list[float]] = {"search": [], "show": [], "tag": [], "import": []}
    errors: list[str] = []
    tagged: list[tuple[str, str]] = []
    imported: list[str] = []
    cpu = 0.0
    for _, latencies, client_errors, client_tagged, client_imported, client_cpu in collected:
        for kind, values in latencies.items():
            merged[kind].extend(values)
        errors += client_errors
        tagged += client_tagged
        imported += client_imported
        cpu += client_cpu
    with Library(location) as library, library.reading() as connection:
        present = set(
            connection.execute(
                "SELECT r.key, t.name FROM reference_tag rt JOIN tag t ON t.id = rt.tag_id "
                "JOIN reference r ON r.id = rt.reference_id WHERE t.name LIKE 'bench-%' AND rt.removed_at IS NULL"
            ).fetchall()
        )
        keys_now = {row[0] for row in connection.execute("SELECT key FROM reference WHERE key LIKE 'new%'")}
    lost_tags = [pair for pair in tagged if tuple(pair) not in present]
    lost_records = [key for key in imported if key not in keys_now]
    total = sum(len(values) for values in merged.values())
    print(
        f"\n{label}: {records:,} records, {clients} clients, {seconds:.0f} s "
        f"(wall {wall:.1f} s, clients' CPU {cpu:.1f} s)"
    )
    print(
        f"  {total / wall:,.0f} operations/s; errors {len(errors)}; lost writes {len(lost_tags) + len(lost_records)}"
        f" (of {len(tagged)} tags and {len(imported)} imported records)"
    )
    for kind, values in merged.items():
        if values:
            ordered = sorted(values)
            p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
            print(
                f"  {kind:7s} {len(values) / wall:8.1f}/s  p50 {statistics.median(values) * 1000:7.1f} ms  "
                f"p95 {p95 * 1000:7.1f} ms"
            )
    for error in errors[:5]:
        print(f"  error: {error}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--postgres", default=os.environ.get("CITEKIT_TEST_POSTGRES"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="citekit-shared-bench-"))
    server = args.postgres
    if not server:
        server = subprocess.run(
            [str(ROOT / "scripts" / "throwaway_postgres.sh"), str(work / "pg")],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    import psycopg

    name = f"citekit_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"{server.rsplit('/', 1)[0]}/{name}"
    bib = work / "big.bib"
    generate(bib, args.records)
    sqlite = str(work / "library.sqlite")
    print(f"building the libraries from a {args.records:,}-entry .bib (citekit import; not counted):")
    print(f"  PostgreSQL {build(url, bib):.1f} s, SQLite {build(sqlite, bib):.1f} s")
    print(
        f"machine: {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; "
        f"peak RSS of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB"
    )
    measure("PostgreSQL", url, args.seconds, args.clients)
    measure("SQLite (one file)", sqlite, args.seconds, args.clients)
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    print(json.dumps({"library": url.replace(name, "(dropped)")}))


if __name__ == "__main__":
    main()
