"""A 100,000-entry .bib through what a user runs: `citekit import big.bib`, `citekit search`,
`citekit tag auto`, `citekit export`, each as its own process.

The .bib is generated (seeded) to look like a Better BibTeX / JabRef library at full fidelity:
articles, conference papers, books, chapters with editors, theses and web pages; LaTeX accents
in a third of the names; braces, maths and Greek letters in titles; months as macros; abstracts
on half the entries; keywords, file links, DOIs, ISBNs, JabRef's owner and timestamp fields, and
a few @string macros. Vocabulary and names come from the chapter, so that searches hit.

Printed per step: wall time, CPU seconds (user + system, of the child process: the machines are
shared and noisy, CPU time is the steadier figure) and peak memory (max RSS of the child).
Targets: import >= 5,000 records/s with peak memory < 500 MB; `citekit search` < 300 ms end to
end from a fresh process.

Left out: the time to write the .bib itself, the first run's .pyc compilation (one warm-up run
of each command first), and any network (enrichment has its own benchmark).

Run: python benchmarks/library_bench.py [N]   (N defaults to 100000)
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACCENTED = [
    ('M{\\"u}ller', 'J{\\"o}rg'),
    ("Dvo{\\v{r}}{\\'a}k", "Anton{\\'\\i}n"),
    ("{\\O}stergaard", "S{\\o}ren"),
    ("{\\L}ukasiewicz", "Jan"),
    ("Garc{\\'\\i}a-M{\\'a}rquez", "Gabriel"),
    ("{\\c{C}}elik", "Ay{\\c{s}}e"),
    ("Th{\\'e}ry", "Clotilde"),
    ("{\\v{S}}imi{\\'c}", "Ivana"),
]
GREEK = ["$\\beta$", "$\\alpha$", "TGF-$\\beta$1", "IL-1$\\beta$", "{$\\gamma\\delta$} {T} cells", "{NF-$\\kappa$B}"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _vocabulary() -> tuple[list[str], list[str], list[tuple[str, str]]]:
    sys.path.insert(0, str(ROOT))
    from citekit.parsing import parse_references

    chapter = parse_references((ROOT / "data" / "chapter.txt").read_text(encoding="utf-8")).references
    words = sorted({w.strip(".,:;()?") for r in chapter for w in (r.title or "").split() if len(w) > 3})
    journals = sorted({r.container_title for r in chapter if r.container_title})
    people = sorted({(a.family, a.given) for r in chapter for a in r.authors if a.given})
    return words, journals, people


def generate(path: Path, count: int, seed: int = 7) -> None:
    words, journals, people = _vocabulary()
    rng = random.Random(seed)

    def names(k: int) -> str:
        chosen = []
        for _ in range(k):
            if rng.random() < 0.3:
                family, given = rng.choice(ACCENTED)
            else:
                family, given = rng.choice(people)
            chosen.append(f"{family}, {given}")
        return " and ".join(chosen)

    def title() -> str:
        text = " ".join(rng.sample(words, rng.randint(6, 16))).capitalize()
        if rng.random() < 0.3:
            text += " in " + rng.choice(GREEK)
        if rng.random() < 0.4:
            text = "{" + rng.choice(["DNA", "RNA", "CD8", "HIV", "PD-L1", "MHC"]) + "} " + text
        return text

    with path.open("w", encoding="utf-8") as out:
        out.write("% Encoding: UTF-8\n\n")
        out.write('@string{jbc = "Journal of Biological Chemistry"}\n@string{nat = "Nature"}\n\n')
        for number in range(count):
            kind = rng.choices(
                ["article", "inproceedings", "book", "incollection", "phdthesis", "online"], [70, 10, 5, 10, 2, 3]
            )[0]
            fields = [
                ("author", "{" + names(rng.choice([1, 2, 3, 4, 6, 8, 12, 20])) + "}"),
                ("title", "{" + title() + "}"),
                ("year", str(rng.randint(1980, 2025))),
            ]
            if kind == "article":
                journal = rng.choice(["jbc", "nat", "{" + rng.choice(journals) + "}"])
                fields += [("journal", journal), ("volume", f"{{{rng.randint(1, 600)}}}")]
                fields += [("number", f"{{{rng.randint(1, 24)}}}"), ("month", rng.choice(MONTHS))]
            if kind in ("inproceedings", "incollection"):
                fields += [("booktitle", "{" + title() + "}"), ("editor", "{" + names(rng.randint(1, 3)) + "}")]
            if kind in ("book", "incollection", "inproceedings"):
                fields += [("publisher", "{Springer}"), ("address", "{Cham}"), ("isbn", "{978-3-319-12345-6}")]
            if kind == "phdthesis":
                fields += [("school", '{Universit{\\"a}t Heidelberg}')]
            if kind == "online":
                fields += [("url", f"{{https://example.org/page/{number}}}"), ("urldate", "{2024-05-01}")]
            if kind != "online":
                first = rng.randint(1, 9000)
                fields += [("pages", f"{{{first}--{first + rng.randint(2, 20)}}}")]
            if rng.random() < 0.6:
                fields.append(("doi", f"{{10.{rng.randint(1000, 9999)}/bench.{number}}}"))
            if rng.random() < 0.5:
                fields.append(("abstract", "{" + " ".join(rng.choices(words, k=rng.randint(60, 120))) + ".}"))
            if rng.random() < 0.4:
                fields.append(("keywords", "{" + ", ".join(rng.sample(words, 4)) + "}"))
            if rng.random() < 0.5:
                fields.append(("file", f"{{:papers/paper{number}.pdf:PDF}}"))
            fields += [("owner", "{bench}"), ("timestamp", "{2024.01.01}")]
            body = ",\n".join(f"  {name} = {value}" for name, value in fields)
            out.write(f"@{kind}{{bench{number},\n{body}\n}}\n\n")


def figures(count: int, wall: float, cpu: float, rss: float) -> str:
    return f"{count / wall:,.0f} records/s  (wall {wall:.1f} s, CPU {cpu:.1f} s, peak RSS {rss:.0f} MB)"


def run(
    command: list[str], env: dict[str, str] | None = None
) -> tuple[float, float, float, subprocess.CompletedProcess[str]]:
    """(wall seconds, CPU seconds, peak RSS in MB) of one child process, from its own rusage; env:
    the child's environment (this process's by default)."""
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        began = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=stdout, stderr=stderr, env={**(os.environ if env is None else env), "COLUMNS": "120"}
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - began
        process.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        stderr.seek(0)
        result = subprocess.CompletedProcess(command, process.returncode, stdout.read(), stderr.read())
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, result


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    citekit = [sys.executable, "-m", "citekit"]
    with tempfile.TemporaryDirectory() as directory:
        big = Path(directory) / "big.bib"
        generate(big, count)
        print(f"big.bib: {count:,} entries, {big.stat().st_size / 2**20:.0f} MiB")
        warm = Path(directory) / "warm.sqlite"
        small = Path(directory) / "small.bib"
        generate(small, 50, seed=1)
        run([*citekit, "--db", str(warm), "import", str(small)])  # .pyc files and page cache

        library = Path(directory) / "library.sqlite"
        wall, cpu, rss, result = run([*citekit, "--db", str(library), "import", str(big)])
        print(result.stdout.strip().splitlines()[0])
        print(
            f"citekit import big.bib: {count / wall:,.0f} records/s  (wall {wall:.1f} s, CPU {cpu:.1f} s, "
            f"peak RSS {rss:.0f} MB)   target >= 5,000/s, < 500 MB"
        )
        size = library.stat().st_size / 2**20
        print(f"library on disk: {size:.0f} MiB")

        wall, cpu, rss, _ = run([*citekit, "--db", str(library), "tag", "auto"])
        print(f"citekit tag auto: {figures(count, wall, cpu, rss)}")

        queries = [
            ["exosomes", "year:2015", "--keys"],
            ["neutrophil*", "--limit", "20"],
            ['"tumor microenvironment"', "--limit", "20"],
            ["author:muller", "year:2010..2015", "--limit", "20"],
            ["tag:exosomes", "--limit", "20"],
            ["type:book", "publisher:springer", "--limit", "20"],
            ["editor:thery", "--limit", "20"],
        ]
        for query in queries:
            run([*citekit, "--db", str(library), "search", *query])  # warm
            walls, cpus = [], []
            for _ in range(7):
                wall, cpu, _, _ = run([*citekit, "--db", str(library), "search", *query])
                walls.append(wall * 1000)
                cpus.append(cpu * 1000)
            print(
                f"citekit search {' '.join(query):42} median {statistics.median(walls):4.0f} ms, "
                f"max {max(walls):4.0f} ms (CPU median {statistics.median(cpus):4.0f} ms)   target < 300 ms"
            )

        out = Path(directory) / "out.bib"
        wall, cpu, rss, _ = run([*citekit, "--db", str(library), "export", "-o", str(out)])
        print(f"citekit export (all): {figures(count, wall, cpu, rss)}")


if __name__ == "__main__":
    main()
