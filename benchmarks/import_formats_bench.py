"""`citekit import big.<format>` for every export format citekit reads, each in its own process
into a fresh library. Target: at least 5,000 records/s for each.

The inputs (N records each, 20,000 by default):
- RIS and CSL-JSON: citekit's own exports of the generated library of library_bench.py (articles,
  chapters, books, theses, web pages; abstracts, keywords, file links), CSL-YAML the same items
  written by PyYAML;
- MEDLINE, PubMed XML, EndNote XML and EndNote tagged: the real records of tests/data/exports/
  repeated, each copy with its own PMID and title (so that none is a duplicate of another).

Printed per format: records/s, wall time, CPU seconds (user + system of the child; the steadier
figure on a shared machine) and peak memory. Left out: writing the inputs, the first run's .pyc
compilation (one small warm-up import first), and the page cache (each file is read once before).

Run: python benchmarks/import_formats_bench.py [N]
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from library_bench import generate, run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = ROOT / "tests" / "data" / "exports"


def _word(number: int) -> str:
    """A made-up word per number ('bcd…'): each copy's title, and so its citation key, differs."""
    letters = "bcdfghjklmnpqrstvwxz"
    word = ""
    while True:
        number, rest = divmod(number, len(letters))
        word += letters[rest]
        if not number:
            return word.capitalize() + "ation"


_DOI = re.compile(r"\b10\.(\d{4,9})/")


def _repeat(records: list[str], count: int, vary) -> str:  # type: ignore[no-untyped-def]
    """The records over and over, each copy through ``vary`` and with DOIs of its own."""
    return "".join(
        _DOI.sub(rf"10.\1/copy{number}.", vary(records[number % len(records)], number)) for number in range(count)
    )


def medline(count: int) -> str:
    text = (EXPORTS / "medline" / "pubmed-4.nbib").read_text(encoding="utf-8")
    records = [record.strip("\n") + "\n\n" for record in re.split(r"\n\s*\n(?=PMID-)", text) if record.strip()]

    def vary(record: str, number: int) -> str:
        record = re.sub(r"^PMID- \d+", f"PMID- {30_000_000 + number}", record, flags=re.M)
        return re.sub(r"^TI  - ", f"TI  - {_word(number)}: ", record, count=1, flags=re.M)

    return _repeat(records, count, vary)


def pubmed_xml(count: int) -> str:
    records = []
    for name in ("efetch-2-articles.xml", "book-article.xml", "efetch-27797938.xml"):
        text = (EXPORTS / "pubmedxml" / name).read_text(encoding="utf-8")
        records += [m.group(0) for m in re.finditer(r"<(PubmedArticle|PubmedBookArticle)>.*?</\1>", text, flags=re.S)]

    def vary(record: str, number: int) -> str:
        pmid = f'<PMID Version="1">{30_000_000 + number}</PMID>'
        record = re.sub(r"<PMID[^>]*>\d+</PMID>", pmid, record, count=1)
        return re.sub(r"<(ArticleTitle|BookTitle)([^>]*)>", rf"<\1\2>{_word(number)}: ", record, count=1)

    return '<?xml version="1.0"?>\n<PubmedArticleSet>\n' + _repeat(records, count, vary) + "</PubmedArticleSet>\n"


def endnote_xml(count: int) -> str:
    text = (EXPORTS / "endnote" / "endnote-9.xml").read_text(encoding="utf-8")
    records = re.findall(r"<record>.*?</record>", text, flags=re.S)

    def vary(record: str, number: int) -> str:
        return record.replace("<title>", f"<title>{_word(number)}: ", 1)

    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<xml><records>' + _repeat(records, count, vary) + "</records></xml>\n"
    )


def refer(count: int) -> str:
    records = [
        (EXPORTS / "endnote" / name).read_text(encoding="utf-8").strip() + "\n\n"
        for name in ("wanfang.enw", "bibsys.enw")
    ]

    def vary(record: str, number: int) -> str:
        return record.replace("%T ", f"%T {_word(number)}: ", 1)

    return _repeat(records, count, vary)


INPUTS = (
    ("RIS", "big.ris"),
    ("CSL-JSON", "big.json"),
    ("CSL-YAML", "big.yaml"),
    ("MEDLINE", "big.nbib"),
    ("PubMed XML", "big.xml"),
    ("EndNote XML", "endnote.xml"),
    ("EndNote tagged", "big.enw"),
)


def make_inputs(directory: Path, count: int) -> None:
    """Every input file, written by this function in its own process: the measured imports are
    then children of a small process (a child's peak memory counts what it shared at fork)."""
    import yaml

    citekit = [sys.executable, "-m", "citekit"]
    bib = directory / "big.bib"
    generate(bib, count)
    source = directory / "source.sqlite"
    run([*citekit, "--db", str(source), "import", str(bib)])
    run([*citekit, "--db", str(source), "export", "--format", "ris", "-o", str(directory / "big.ris")])
    run([*citekit, "--db", str(source), "export", "--format", "csljson", "-o", str(directory / "big.json")])
    items = json.loads((directory / "big.json").read_text(encoding="utf-8"))
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump({"references": items}, Dumper=dumper, allow_unicode=True)
    (directory / "big.yaml").write_text(text, encoding="utf-8")
    for file_name, make in (
        ("big.nbib", medline),
        ("big.xml", pubmed_xml),
        ("endnote.xml", endnote_xml),
        ("big.enw", refer),
    ):
        (directory / file_name).write_text(make(count), encoding="utf-8")
    (directory / "small.nbib").write_text(medline(20), encoding="utf-8")


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--make":
        make_inputs(Path(sys.argv[2]), int(sys.argv[3]))
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    citekit = [sys.executable, "-m", "citekit"]
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        run([sys.executable, __file__, "--make", str(directory), str(count)])
        run([*citekit, "--db", str(directory / "warm.sqlite"), "import", str(directory / "small.nbib")])
        print(f"{count:,} records per file; target >= 5,000 records/s for each format")
        for label, file_name in INPUTS:
            path = directory / file_name
            path.read_bytes()  # into the page cache
            library = directory / f"{path.stem}-{path.suffix[1:]}.sqlite"
            wall, cpu, rss, result = run([*citekit, "--db", str(library), "import", str(path)])
            added = result.stdout.strip().splitlines()[0].split(" added")[0] if result.stdout.strip() else "?"
            size = path.stat().st_size / 2**20
            print(
                f"citekit import {label + ' (' + file_name + ')':30} {count / wall:7,.0f} records/s  "
                f"(wall {wall:5.1f} s, CPU {cpu:5.1f} s, peak RSS {rss:4.0f} MB; {size:4.0f} MiB, {added} added)"
            )


if __name__ == "__main__":
    main()
