"""citekit on EXCITE's public gold standard: German and English social-science papers from SSOAR.

EXCITE (github.com/exciteproject/EXgoldstandard, GESIS / University of Koblenz) marks, for 351
papers, the reference lines of the whole PDF text and every reference's fields. citekit never
trains on it: it is an outside check of how the parser and the splitter generalise to German
social science, the field citekit scored worst on. The papers are split in two halves by a hash
of the file name: rules were written from errors seen on the 'dev' half only; report 'test'.

  git clone https://github.com/exciteproject/EXgoldstandard /tmp/EXgoldstandard
  python benchmarks/excite_eval.py --excite /tmp/EXgoldstandard [--half test|dev|all] [--errors N]

(1) fields: each reference string of folder 5 (papers with the list at the end, German and
    English), micro-F1 over authors (family names), title, container, year, volume, issue,
    pages, normalised as benchmarks/parse_eval.py does; editors and publisher apart. EXCITE's
    labels differ from ours in places: organisations as authors are unlabelled or labelled
    editors, an edition ('7. Aufl.') is labelled issue, a place is 'other'; those count as errors.
(2) splitting, end to end as `citekit parse` reads a paste: folder 3's papers (PDF text lines as
    CERMINE extracted them, references marked), the list pasted alone (first to last reference
    line), the whole paper pasted, and a paper's references pasted a few at a time, as a user
    pastes those a manuscript needs: five at a time one a line, three at a time with the PDF's
    line breaks; a record is right when its text is a marked reference (letters and digits
    compared). Papers with references in footnotes are left out.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from parse_eval import (  # noqa: E402
    book_fields,
    fields,
    norm,
    norm_pages,
    precision_recall_f1,
    report_fields,
)
from train_parser import letters_and_digits  # noqa: E402

from citekit.parsing import parse_each, parse_references  # noqa: E402
from citekit.parsing.authors import split_authors  # noqa: E402
from citekit.parsing.page import clean_pdf_text  # noqa: E402

PAPERS = "Goldstandard_EXparser"
GROUPS = {  # folder → (name, prefix); the two groups whose reference list ends the paper
    "1-German_papers/1-German_papers(with_reference_section_at_end_of_paper)": ("German", "1"),
    "2-English_papers/1-English_papers(with_reference_section_at_end_of_paper)": ("English", "2"),
}
FIELDS_FOLDER = "5-References_segmented_by_EXRefSegmentation"
PAPERS_FOLDER = "3-Layout_refs_checked_by_EXRefIdentifier"


def half(key: str) -> str:
    return "dev" if hashlib.sha1(key.encode()).digest()[0] % 2 == 0 else "test"


def papers(excite: Path, folder: str, chosen: str) -> dict[str, list[Path]]:
    """The halves are the ones the rules were written on: a hash of '11_<file>' / '21_<file>'
    (German / English) for the fields, of '1_<file>' / '2_<file>' for the papers."""
    found = {}
    for group, (name, prefix) in GROUPS.items():
        paths = sorted((excite / PAPERS / group / folder).glob("*.xml"))
        key = prefix + ("1_" if folder == FIELDS_FOLDER else "_")
        found[name] = [path for path in paths if chosen == "all" or half(key + path.name) == chosen]
    return found


def _text(element: Element) -> str:
    return " ".join("".join(element.itertext()).split())


def labelled_references(path: Path) -> list[tuple[str, dict[str, str], dict[str, str]]]:
    """Each line of a folder-5 file: (the reference as printed, its seven fields, editors and
    publisher)."""
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            root = ElementTree.fromstring(f"<r>{line.replace('&', '&amp;')}</r>")
        except ElementTree.ParseError:
            continue
        tags = defaultdict(list)
        for element in root:
            tags[element.tag].append(element)

        def first(tag: str, tags: dict[str, list[Element]] = tags) -> str:
            return _text(tags[tag][0]) if tags[tag] else ""

        families = []
        for author in tags["author"]:
            surname = author.find("surname")
            families.append(_text(surname) if surname is not None else _text(author))
        last_page = first("lpage")
        gold = {
            "authors": ";".join(norm(family) for family in families),
            "title": norm(first("title")),
            "container": norm(first("source")),
            "year": norm(first("year")),
            "volume": norm(first("volume")),
            "issue": norm(first("issue")),
            "pages": norm_pages(f"{first('fpage')}-{last_page}" if last_page else first("fpage")),
        }
        editors = [names[0].family for e in tags["editor"] if (names := split_authors(_text(e))[0])]
        extra = {"editors": ";".join(norm(family) for family in editors), "publisher": norm(first("publisher"))}
        out.append((" ".join("".join(root.itertext()).split()), gold, extra))
    return out


def field_scores(excite: Path, chosen: str, errors: int) -> None:
    def rows() -> Iterator[tuple[tuple[str, ...], str, dict, dict, dict, dict]]:
        for name, paths in papers(excite, FIELDS_FOLDER, chosen).items():
            labelled = [row for path in paths for row in labelled_references(path)]
            for (text, gold, extra), reference in zip(labelled, parse_each([row[0] for row in labelled]), strict=True):
                yield (name, "all"), text, gold, extra, fields(reference), book_fields(reference)

    report_fields(f"(1) EXCITE {chosen} half: references' fields", rows(), errors)


def marked_paper(path: Path) -> tuple[list[str], list[tuple[int, int]]]:
    """Folder 3: the paper's lines (first column of CERMINE's layout rows) and the references
    marked in them, as (first line, last line)."""
    lines, references, start = [], [], None
    for row in path.read_text(encoding="utf-8", errors="replace").splitlines():
        cell = row.split("\t")[0]
        opens, closes = cell.startswith("<ref>"), "</ref>" in cell
        cell = cell.replace("<ref>", "").replace("</ref>", "").strip()
        if opens:
            start = len(lines)
        if cell:
            lines.append(cell)
        if closes and start is not None and len(lines) > start:
            references.append((start, len(lines) - 1))
            start = None
    return lines, references


KINDS = ("list pasted alone", "whole paper pasted", "5 at a time, one a line", "3 at a time, wrapped")
FEW_A_LINE, FEW_WRAPPED = 5, 3


def pasted_ways(lines: list[str], marked: list[tuple[int, int]]) -> list[tuple[str, list[list[str]]]]:
    """The pastes of each kind: the list alone, the whole paper, and the handful a manuscript needs,
    one a line (as a web page or a word processor gives them) or with the PDF's line breaks."""
    references = [[line for line in lines[a : b + 1] if line.strip()] for a, b in marked]
    return [
        ("list pasted alone", [lines[marked[0][0] : marked[-1][1] + 1]]),
        ("whole paper pasted", [lines]),
        (
            "5 at a time, one a line",
            [[" ".join(r) for r in references[i : i + FEW_A_LINE]] for i in range(0, len(references), FEW_A_LINE)],
        ),
        (
            "3 at a time, wrapped",
            [[x for r in references[i : i + FEW_WRAPPED] for x in r] for i in range(0, len(references), FEW_WRAPPED)],
        ),
    ]


def splitting(excite: Path, chosen: str) -> None:
    print(f"\n(2) EXCITE {chosen} half: references found and split right, end to end (as `citekit parse`)")
    print(f"{'':40}{'papers':>7}{'refs':>7}{'P':>8}{'R':>7}{'F1':>7}")
    for name, paths in papers(excite, PAPERS_FOLDER, chosen).items():
        counts = {kind: [0, 0, 0] for kind in KINDS}
        used = 0
        for path in paths:
            lines, marked = marked_paper(path)
            if not marked:
                continue
            used += 1
            # As citekit shows a reference: ligatures (ﬁ) and Windows-1252 punctuation read as control
            # characters (\x9e for ž) mended, on both sides.
            gold = Counter(letters_and_digits(clean_pdf_text(" ".join(lines[a : b + 1]))) for a, b in marked)
            for kind, pastes in pasted_ways(lines, marked):
                got: Counter[str] = Counter()
                for pasted in pastes:
                    got.update(letters_and_digits(r.raw or "") for r in parse_references("\n".join(pasted)).references)
                counts[kind][0] += sum((gold & got).values())
                counts[kind][1] += sum(got.values())
                counts[kind][2] += sum(gold.values())
        for kind, (right, found, wanted) in counts.items():
            precision, recall, f1 = precision_recall_f1(right, found, wanted)
            print(f"{name + ', ' + kind:40}{used:>7}{wanted:>7}{precision:8.3f}{recall:7.3f}{f1:7.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--excite", type=Path, required=True, help="a checkout of exciteproject/EXgoldstandard")
    parser.add_argument("--half", choices=("test", "dev", "all"), default="test")
    parser.add_argument("--errors", type=int, default=0, help="print this many references read wrong")
    arguments = parser.parse_args()
    if not (arguments.excite / PAPERS).is_dir():
        parser.error(f"{arguments.excite} has no {PAPERS}/ folder: clone exciteproject/EXgoldstandard there")
    field_scores(arguments.excite, arguments.half, arguments.errors)
    splitting(arguments.excite, arguments.half)


if __name__ == "__main__":
    main()
