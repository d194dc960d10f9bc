"""Build a 100,000-reference library and time import, search, and `citekit search` from a fresh process.

Records are generated from the chapter's own vocabulary, journals and names, with long author lists,
accented names and Greek letters. Targets: import >= 5,000 records/s; search p95 < 20 ms;
`citekit search` end to end < 300 ms.

Run: python benchmarks/library_bench.py [N]   (N defaults to 100000)
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from citekit.library import Library
from citekit.model import Author, Reference
from citekit.parsing import parse_references
from citekit.sources import Source
from citekit.topics import load_vocabulary

ROOT = Path(__file__).resolve().parents[1]
EXTRA_FAMILIES = ["Müller", "Dvořák", "Østergaard", "Łukasiewicz", "García-Márquez", "Çelik", "Nguyễn", "Šimić"]
GREEK = ["TGF-β", "IL-1β", "γδ", "HIF-1α", "NF-κB", "PGE₂", "TNF-α", "IFN-γ"]


def generate(count: int, seed: int = 7) -> list[Reference]:
    chapter = parse_references((ROOT / "data" / "chapter.txt").read_text(encoding="utf-8")).references
    words = sorted({w.strip(".,:;()?") for r in chapter for w in (r.title or "").split() if len(w) > 3})
    journals = sorted({r.container_title for r in chapter if r.container_title})
    people = sorted({(a.family, a.given) for r in chapter for a in r.authors if a.given})
    people += [(family, "J") for family in EXTRA_FAMILIES]
    generator = random.Random(seed)
    references = []
    for number in range(count):
        title_words = generator.sample(words, generator.randint(6, 18))
        if generator.random() < 0.2:
            title_words.insert(generator.randrange(len(title_words)), generator.choice(GREEK))
        author_count = generator.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 40])
        authors = [Author(family, given) for family, given in generator.sample(people, author_count)]
        first_page = generator.randint(1, 9000)
        references.append(
            Reference(
                authors=authors,
                year=generator.randint(1990, 2025),
                title=" ".join(title_words).capitalize() + f" {number}",
                container_title=generator.choice(journals),
                volume=str(generator.randint(1, 600)),
                issue=str(generator.randint(1, 24)),
                pages=f"{first_page}–{first_page + generator.randint(2, 20)}",
                type="article-journal",
                raw=f"generated reference {number}",
            )
        )
    return references


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    references = generate(count)
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "bench.sqlite"
        with Library(path) as library:
            start = time.perf_counter()
            summary = library.import_sources([Source("generated", "text", references)])
            import_seconds = time.perf_counter() - start
            assert len(summary.added) == count

            start = time.perf_counter()
            tagged = library.auto_tag(load_vocabulary())
            tag_seconds = time.perf_counter() - start

            queries = {
                "word": ["exosomes", "neutrophils", "integrin", "hypoxic", "platelets", "angiogenesis", "connexin"],
                "phrase": ['"tumor microenvironment"', '"breast cancer"', '"mast cells"', '"stem cells"'],
                "field-filtered": [
                    "author:thery year:2010..2015",
                    "title:exosomes journal:oncogene",
                    "neutrophil* year:2020",
                ],
                "tag": ["tag:exosomes", "tag:neutrophils year:2015..2020", "tag:gap-junctions", "tag:hypoxia"],
            }
            latencies: dict[str, list[float]] = {}
            hits: dict[str, int] = {}
            for kind, texts in queries.items():
                samples = []
                for _ in range(15):
                    for text in texts:
                        began = time.perf_counter()
                        results = library.search(text, limit=50)
                        samples.append((time.perf_counter() - began) * 1000)
                        hits[text] = len(results)
                latencies[kind] = samples

        command = [sys.executable, "-m", "citekit", "search", "--db", str(path), "exosomes", "year:2015", "--keys"]
        subprocess.run(command, capture_output=True, check=True)  # warm the page cache and .pyc files
        wall = []
        for _ in range(10):
            began = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True)
            wall.append((time.perf_counter() - began) * 1000)
        size_mib = path.stat().st_size / 2**20

    authors = sum(len(r.authors) for r in references)
    print(f"library: {count:,} records, {authors:,} author rows, {size_mib:.0f} MiB on disk")
    print(f"import:            {count / import_seconds:,.0f} records/s ({import_seconds:.1f} s)   target >= 5,000")
    print(f"tag auto:          {count / tag_seconds:,.0f} records/s ({tag_seconds:.1f} s, {len(tagged.added):,} tags)")
    for kind, samples in latencies.items():
        print(
            f"search {kind:15} p50 {statistics.median(samples):6.2f} ms   p95 {percentile(samples, 0.95):6.2f} ms"
            f"   (limit 50; {len(samples)} runs)   target p95 < 20 ms"
        )
    print(
        f"`citekit search` fresh process: median {statistics.median(wall):.0f} ms, "
        f"max {max(wall):.0f} ms (10 runs)   target < 300 ms"
    )


if __name__ == "__main__":
    main()
