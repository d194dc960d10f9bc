"""Field-by-field accuracy of citekit's parser, and its speed.

(a) real references held out of training (scripts/train_parser.real_examples): 10 % of AnyStyle's
    core set and GROBID's corpus, half of AnyStyle's gold set (humanities and social sciences,
    many languages), none with a twin in training; gold fields taken from their labels. (a'')
    scores the fields books, chapters, theses and reports add, and the kind of work read; (a')
    whether the field confidences are calibrated; (a''') the same fields when the references are
    pasted as one numbered list ('1.', '[1]', '1 ');
(b) the chapter's 162 known records rendered by citeproc-py in eight CSL styles (Debian's
    citation-style-language-styles), gold fields taken from the records themselves;
(c) the chapter as pasted, against its hand-checked JSON;
(d) splitting: the 20 % of GROBID's reference sections and AnyStyle's finder documents held out
    of scripts/train_segmenter.py (the same hash), pasted alone, laid out the other ways people
    paste lists, and inside whole documents (body text of the held-out AnyStyle documents around
    them, under a 'References' or 'Literaturverzeichnis' heading); AnyStyle's held-out documents
    as they are (whole theses and papers); precision, recall and F1 of
    reference boundaries (the line a reference starts on) and of whole references (same lines).

Fields: authors (family names), title, container, year, volume, issue, pages; exact after
normalisation (case, accents, punctuation and spacing; abbreviated page ranges expanded).
Speed, CPU time beside wall time: the learned path on the held-out reference strings (as one list,
as `citekit parse` reads a paste, and one by one for comparison), timed in a process of its own
(benchmarks/learned_speed.py: a user's process does not hold the gold data), the segmenter on a 300-page
document, and a fresh process's first parse. It leaves out reading a file and the CLI's own work
(output, the library); the start-up figure is with citekit's bytecode written, as pip install writes it.
Run: python benchmarks/parse_eval.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

# One core, for the whole process and before numpy loads: BLAS starts its threads at import,
# and a thread keeps the cores it was started with, so pinning only later left the network's
# matrix products on every core there is.
USER_ENVIRONMENT = dict(os.environ)  # for the start-up probe: as a user would start citekit
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from library_bench import run as run_child  # noqa: E402
from parser_corpus import STYLES, render  # noqa: E402
from train_parser import real_examples  # noqa: E402

import citekit  # noqa: E402
from citekit.parsing import parse_each, parse_references  # noqa: E402
from citekit.parsing.learned import fields_from_labels, parse_learned_many  # noqa: E402
from citekit.parsing.page import clean_pdf_text  # noqa: E402
from citekit.parsing.tokens import tokenize  # noqa: E402
from citekit.textnorm import ascii_fold  # noqa: E402

FIELDS = ("authors", "title", "container", "year", "volume", "issue", "pages")
PASSES = 9  # timed passes of the learned path
_RANGE = re.compile(r"^(\d+)\D+(\d+)$")


def norm(value: object) -> str:
    return re.sub(r"[\W_]+", "", ascii_fold(str(value)).casefold()) if value not in (None, "", []) else ""


def norm_pages(value: str | None) -> str:
    if not value:
        return ""
    # EXCITE's gold may keep the sentence's full stop on the last page ('<lpage>395.</lpage>').
    match = _RANGE.match(re.sub(r"\s+", "", value).strip(".,;:()[]"))
    if match:
        first, last = match.groups()
        if len(last) < len(first):
            last = first[: len(first) - len(last)] + last
        return f"{first}-{last}"
    return norm(value)


def _decreasing(pages: str) -> bool:
    match = re.match(r"^(\d+)-(\d+)$", pages)
    return bool(match) and int(match.group(2)) < int(match.group(1))


def fields(reference) -> dict[str, str]:  # noqa: ANN001
    return {
        "authors": ";".join(norm(a.family) for a in reference.authors),
        "title": norm(reference.title),
        "container": norm(reference.container_title),
        "year": norm(reference.year),
        "volume": norm(reference.volume),
        "issue": norm(reference.issue),
        "pages": norm_pages(reference.pages),
    }


BOOK_FIELDS = ("editors", "publisher", "place", "type")


def book_fields(reference) -> dict[str, str]:  # noqa: ANN001
    """The fields books, chapters, theses and reports add: scored apart, so the seven above stay
    comparable with other parsers' published figures."""
    return {
        "editors": ";".join(norm(a.family) for a in reference.editors),
        "publisher": norm(reference.variables.get("publisher")),
        "place": norm(reference.variables.get("publisher-place")),
        "type": reference.type,
    }


def precision_recall_f1(right: int, found: int, wanted: int) -> tuple[float, float, float]:
    precision, recall = right / max(1, found), right / max(1, wanted)
    return precision, recall, 2 * precision * recall / (precision + recall) if right else 0.0


class Score:
    def __init__(self) -> None:
        self.counts = defaultdict(lambda: [0, 0, 0])  # field → [tp, fp, fn]

    def add(self, gold: dict[str, str], predicted: dict[str, str], text: str = "") -> None:
        for name in gold:
            want, got = gold[name], predicted[name]
            if name == "authors" and got and got != want:
                names, printed = want.split(";"), got.split(";")
                # A style that prints 'et al.' or APA's '… Last' prints fewer names than the record has.
                if ("et al" in text and names[: len(printed)] == printed) or (
                    "…" in text and printed == names[: len(printed) - 1] + names[-1:]
                ):
                    got = want
            counts = self.counts[name]
            if want and got == want:
                counts[0] += 1
            else:
                if got:
                    counts[1] += 1
                if want:
                    counts[2] += 1

    def f1(self, name: str | None = None) -> float:
        rows = [self.counts[name]] if name else list(self.counts.values())
        tp, fp, fn = (sum(row[i] for row in rows) for i in range(3))
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def report_fields(title: str, rows: Iterable[tuple[tuple[str, ...], str, dict, dict, dict, dict]], errors: int) -> None:
    """For an outside gold set (EXCITE, SciELO): each row is (the groups it counts in, the reference as
    printed, its seven gold fields, gold editors and publisher, and the same read by citekit). Prints
    micro-F1 per group, the share with every field right, editors and publisher, and `errors` of the
    references read wrong, picked at random (seed 1)."""
    scores, extras = defaultdict(Score), defaultdict(Score)
    whole: Counter[tuple[str, bool]] = Counter()
    wrong = []
    for keys, text, gold, extra, got, got_extra in rows:
        for key in keys:
            scores[key].add(gold, got)
            extras[key].add(extra, {k: got_extra[k] for k in extra})
            whole[key, gold == got] += 1
        if gold != got:
            wrong.append((text, {k: (gold[k], got[k]) for k in FIELDS if gold[k] != got[k]}))
    print_table(title, dict(scores))
    print(
        "every one of the seven fields right: "
        + ", ".join(f"{key} {whole[key, True] / (whole[key, True] + whole[key, False]):.0%}" for key in scores)
    )
    print_table("    editors and publisher", dict(extras), ("editors", "publisher"))
    random.Random(1).shuffle(wrong)
    for text, differences in wrong[:errors]:
        print(f"\n{text}")
        for field, (want, got) in differences.items():
            print(f"   {field}: want {want!r} got {got!r}")


def print_table(title: str, scores: dict[str, Score], names: tuple[str, ...] = FIELDS) -> None:
    print(f"\n{title}")
    print(f"{'':28}" + "".join(f"{name[:9]:>10}" for name in names) + f"{'micro-F1':>10}")
    for row, score in scores.items():
        cells = "".join(f"{score.f1(name):10.3f}" if any(score.counts[name]) else f"{'-':>10}" for name in names)
        print(f"{row:28}" + cells + f"{score.f1():10.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    arguments = parser.parse_args()

    # (a) held-out real references
    _, held_out = real_examples(arguments.shared)
    by_source, books = defaultdict(Score), defaultdict(Score)
    whole = defaultdict(lambda: [0, 0])  # source → [references with all seven fields right, references]
    for example, predicted in zip(held_out, parse_each([e.text for e in held_out]), strict=True):
        gold, _ = fields_from_labels(example.text, tokenize(example.text), example.labels)
        want, got = fields(gold), fields(predicted)
        book_want, book_got = book_fields(gold), book_fields(predicted)
        for key in (example.source, "all held-out real"):
            by_source[key].add(want, got)
            books[key].add(book_want, book_got)
            whole[key][0] += want == got
            whole[key][1] += 1
    print_table(f"(a) held-out real references: {len(held_out)}", dict(by_source))
    print("every one of the seven fields right: " + ", ".join(f"{k} {r / n:.0%}" for k, (r, n) in whole.items()))
    print_table(
        "(a'') the same, the fields of books, chapters, theses and reports (type: the kind of work read)",
        dict(books),
        BOOK_FIELDS,
    )
    calibration(held_out)
    numbered_lists(held_out)

    # (b) known records rendered in real CSL styles
    records = [r for r in parse_references((ROOT / "data" / "chapter.txt").read_text()).references if r.container_title]
    by_style = defaultdict(Score)
    for style in STYLES:
        examples = render(records, style)
        parsed = parse_each([example.text for example in examples])
        for example, record, predicted in zip(examples, records, parsed, strict=True):
            gold = fields(record)
            if "issue" not in example.labels:
                gold["issue"] = ""  # this style does not print the issue
            # citeproc-py's minimal page ranges print 1–10 as '1–0': there, what was printed is gold.
            printed, _ = fields_from_labels(example.text, tokenize(example.text), example.labels)
            if _decreasing(norm_pages(printed.pages)):
                gold["pages"] = norm_pages(printed.pages)
            for key in (style, "all styles"):
                by_style[key].add(gold, fields(predicted), example.text)
    print_table(f"(b) {len(records)} known records x {len(STYLES)} styles", dict(by_style))

    # (c) the chapter, as pasted
    expected = json.loads((ROOT / "tests" / "data" / "chapter.expected.json").read_text())
    got = [r.to_json() for r in parse_references((ROOT / "data" / "chapter.txt").read_text()).references]
    same = sum(a == b for a, b in zip(got, expected, strict=True))
    print(f"\n(c) the chapter: {same}/{len(expected)} references identical to the hand-checked JSON")

    splitting(arguments.shared)

    # speed of the learned path (in a process of its own: see learned_speed.py), and start-up
    with tempfile.TemporaryDirectory() as directory:
        listed = Path(directory) / "held-out.txt"
        listed.write_text("\n".join(example.text for example in held_out), encoding="utf-8")
        speed = [sys.executable, str(ROOT / "benchmarks" / "learned_speed.py"), str(listed), str(PASSES)]
        *_, result = run_child(speed)
    print("\n" + result.stdout.strip())
    startup()


STARTUPS = 5  # fresh processes timed


def startup() -> None:
    """A fresh process's first parse, as a user who installed citekit starts it. pip writes a package's
    bytecode at install; an editable checkout gets it at its first import, unless PYTHONDONTWRITEBYTECODE
    is set (as in some shells and containers), when every start compiles citekit's source again (about
    0.1 s more on the machine this was written on). So the bytecode is written first, as pip would."""
    compileall.compile_dir(Path(citekit.__file__).parent, quiet=1)
    probe = "from citekit.parsing.learned import parse_learned; parse_learned('Aceto N. Title. Cell. 2014;158:1-2.')"
    runs = [run_child([sys.executable, "-c", probe], env=USER_ENVIRONMENT)[:2] for _ in range(STARTUPS)]
    walls, cpus = [wall for wall, _ in runs], [cpu for _, cpu in runs]
    print(
        f"start-up, fresh process to first parse (bytecode written): {min(walls):.2f} s wall, {min(cpus):.2f} s CPU, "
        f"best of {STARTUPS} (medians {statistics.median(walls):.2f} and {statistics.median(cpus):.2f}; target < 0.5 s)"
    )


CONFIDENCE_NAMES = {"container": "journal"}


def calibration(held_out: list) -> None:  # noqa: ANN001
    """Is a field the learned path is 90 % sure of right nine times in ten? Per confidence band:
    fields read, the mean confidence, and the share exactly right."""

    bands: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for example, (predicted, confidence) in zip(held_out, parse_learned_many([e.text for e in held_out]), strict=True):
        gold, _ = fields_from_labels(example.text, tokenize(example.text), example.labels)
        want, got = fields(gold), fields(predicted)
        for name in FIELDS:
            sure = confidence.get(CONFIDENCE_NAMES.get(name, name))
            if sure is None or not got[name]:
                continue
            bands[min(9, int(sure * 10))].append((sure, got[name] == want[name]))
    print("\n(a') calibration of the learned path's field confidence, held-out real references")
    print(f"{'confidence':>12}{'fields':>9}{'mean conf.':>12}{'right':>8}")
    for band in sorted(bands):
        rows = bands[band]
        mean = sum(sure for sure, _ in rows) / len(rows)
        right = sum(ok for _, ok in rows) / len(rows)
        print(f"{band / 10:>6.1f}–{(band + 1) / 10:<5.1f}{len(rows):>9}{mean:>12.2f}{right:>8.2f}")


# How a list numbers its references: each held-out reference gets the number of its place.
LIST_LENGTH = 200
NUMBERINGS = (("alone", ""), ("'1. '", "{}. "), ("'[1] '", "[{}] "), ("'1 ' (bare)", "{} "))


def numbered_lists(held_out: list) -> None:  # noqa: ANN001
    """The held-out references pasted as one numbered list, as `citekit parse` reads a paste: are
    the fields of those split as one as good as when each is read alone? A record is matched to its
    gold by its text, without the number."""
    gold, scores, counts = {}, defaultdict(Score), Counter()
    for example in held_out:
        text = " ".join(example.text.split())
        if "\n" not in example.text and text not in gold:
            gold[text] = fields(fields_from_labels(example.text, tokenize(example.text), example.labels)[0])
    texts = list(gold)
    # The record keeps the text as citekit cleans it (ligatures, accents set apart): matched as cleaned.
    printed = {clean_pdf_text(text): text for text in texts}
    for name, number in NUMBERINGS:
        if not number:
            read = zip(texts, parse_each(texts), strict=True)
        else:
            found = []
            for start in range(0, len(texts), LIST_LENGTH):  # lists of a paper's length, not one of 1,580
                chunk = texts[start : start + LIST_LENGTH]
                pasted = "\n".join(number.format(place) + text for place, text in enumerate(chunk, start=1))
                found += parse_references(pasted).references
            read = ((printed.get(re.sub(r"^(?:\[\d+\]|\d+\.?) ", "", r.raw or "", count=1), ""), r) for r in found)
        for text, reference in read:
            if text in gold:
                scores[name].add(gold[text], fields(reference))
                counts[name] += 1
    split = ", ".join(f"{name} {counts[name]}" for name, _ in NUMBERINGS)
    print_table(
        f"(a''') the same {len(texts)} references pasted as numbered lists of {LIST_LENGTH}: fields of those split "
        "as one",
        dict(scores),
    )
    print(f"split as one, of {len(texts)}: {split}")


def splitting(shared: Path) -> None:
    import random

    from train_segmenter import (
        LAYOUTS,
        Line,
        held_out,
        laid_out,
        read_finder,
        read_grobid,
        references_of,
        spans,
        variants,
    )

    from citekit.parsing import segmenter

    model = segmenter.shipped_model()
    data = shared / "data" / "parsing"
    lists = [d for d in read_grobid(data / "grobid" / "reference-segmenter") if held_out(d[0])]
    documents = [d for d in read_finder(data / "anystyle" / "finder") if held_out(d[0])]
    body = [line for _, lines, labels in documents for line, label in zip(lines, labels, strict=True) if label == "O"]
    rng = random.Random(17)
    inside = []
    for number, (name, lines, labels) in enumerate(lists):
        start = rng.randrange(max(1, len(body) - 400))
        heading = "References" if number % 2 else "Literaturverzeichnis"
        made = [*body[start : start + 300], Line(0, heading, True, True), *lines, *body[start + 300 : start + 380]]
        made_labels = ["O"] * 300 + ["O", *labels] + ["O"] * len(body[start + 300 : start + 380])
        inside.append((name, made, made_labels))
    # The handful a manuscript needs: each list cut into pastes of four references one a line, and of
    # three as the PDF wrapped them.
    few: dict[str, list] = {"one a line": [], "wrapped": []}
    for document in lists:
        references = references_of(document)
        few["one a line"] += [
            laid_out(document[0], [[" ".join(r)] for r in references[first : first + 4]])
            for first in range(0, len(references), 4)
        ]
        few["wrapped"] += [
            laid_out(document[0], references[first : first + 3]) for first in range(0, len(references), 3)
        ]
    rows = {
        f"GROBID lists alone ({len(lists)})": lists,
        **{
            f"  the same, {kind.replace('-', ' ')}": [
                v for d in lists for v in variants(d) if v[0].endswith("#" + kind)
            ]
            for kind in LAYOUTS
        },
        "  the same, 4 at a time, one a line": few["one a line"],
        "  the same, 3 at a time, wrapped": few["wrapped"],
        "  the same inside whole documents": inside,
        f"AnyStyle documents ({len(documents)})": documents,
    }
    print("\n(d) splitting, held out of the segmenter's training")
    print(f"{'':38}{'boundaries P':>13}{'R':>7}{'F1':>7}{'references P':>14}{'R':>7}{'F1':>7}")
    for title, chosen in rows.items():
        counts = [0] * 6
        for _, lines, labels in chosen:
            got = model.decode(segmenter.features(lines))
            segmenter.after_labelling(lines, got)  # as citekit splits: the rules on the whole document too
            for slot, (want, have) in enumerate(
                (
                    (set(i for i, x in enumerate(labels) if x == "B"), set(i for i, x in enumerate(got) if x == "B")),
                    (set(spans(labels)), set(spans(got))),
                )
            ):
                counts[slot * 3] += len(want & have)
                counts[slot * 3 + 1] += len(have)
                counts[slot * 3 + 2] += len(want)
        figures = [*precision_recall_f1(*counts[0:3]), *precision_recall_f1(*counts[3:6])]
        print(f"{title:38}" + "".join(f"{value:>{13 if i in (0, 3) else 7}.3f}" for i, value in enumerate(figures)))
    # A 300-page document: the held-out documents' lines, repeated to about 15,000 lines.
    page_lines = [line.text for _, lines, _ in documents for line in lines]
    text = "\n".join((page_lines * (15000 // max(1, len(page_lines)) + 1))[:15000])
    started, cpu_started = time.perf_counter(), time.process_time()
    found = segmenter.segment(text)
    took, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(
        f"splitting a 300-page document (15,000 lines): {took:.2f} s wall, {cpu:.2f} s CPU, {len(found)} references "
        "(target < 2 s)"
    )


if __name__ == "__main__":
    main()
