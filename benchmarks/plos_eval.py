"""citekit on PLOS's references: biology and medicine, as PLOS's journals print them.

PLOS's article XML (JATS) tags each reference inside the printed text: `<mixed-citation>` holds the
reference as printed, with its names, year, title, journal, volume and pages each in an element of
its own, put there by the journal's production. The articles PLOS ships with its corpus tool
(github.com/PLOS/allofplos: allofplos/starter_corpus and tests/testdata) give about 3,600 tagged
references from 126 articles of PLOS Biology, Medicine, Genetics, Pathogens, Computational
Biology, Neglected Tropical Diseases and ONE, 2005–2017: PLOS's house style ('Moreno CE, Verdú JR
(2009) Title. Entomol Mexicana 9: 209-214.') and its later Vancouver ('…. Trends Genet. 2000;16(4):
168–74.'), with the real world's exceptions (books, chapters, reports, conference papers, web pages,
'et al.' after six names). References found in citekit's training data are left out, compared by
letters and digits. Split in two halves by a hash of the article's file name, as SciELO's are
(benchmarks/scielo_eval.py): rules are read from errors on 'dev' only; report 'test'. References
PLOS left untagged (its 'other', a plain string) have no gold and are left out.

  git clone https://github.com/PLOS/allofplos /tmp/allofplos
  python benchmarks/plos_eval.py --plos /tmp/allofplos [--half test|dev|all] [--errors N]

Scored as SciELO's: micro-F1 over authors (family names), title, container, year, volume, issue and
pages; editors and publisher apart. A book's title is its `<source>` where no chapter is named. The
text is the element's text with one space between a family name and its initials (PLOS's XML runs
them together, `<surname>Moreno</surname><given-names>CE</given-names>`, where the page prints a
space). Where PLOS's tags differ from what is printed (a range printed short, '168–74', is compared
written out on both sides), the difference counts as an error: the figures are a floor.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from parse_eval import book_fields, fields, norm, norm_pages, report_fields  # noqa: E402
from rdmpage_eval import check_shared, outside_arguments, training_keys  # noqa: E402
from scielo_eval import element_text, families, family_name, half  # noqa: E402
from train_parser import letters_and_digits  # noqa: E402

from citekit.parsing import parse_each  # noqa: E402

_FOLDERS = ("allofplos/starter_corpus", "tests/testdata")
_TAGGED = ("article-title", "chapter-title", "source")  # a reference PLOS tagged has one at least


def printed(citation: Element) -> str:
    """The reference as the page prints it: the element's text, a space between a name's parts."""
    parts: list[str] = []

    def walk(element: Element) -> None:
        parts.append(element.text or "")
        for child in element:
            if child.tag == "name":
                parts.append(" ".join(element_text(part) for part in child if element_text(part)))
            elif child.tag != "object-id":  # a PMID kept for the page's link, not printed
                walk(child)
            parts.append(child.tail or "")

    walk(citation)
    return " ".join("".join(parts).split())


def gold_fields(citation: Element) -> tuple[dict[str, str], dict[str, str]]:
    """The seven fields and a book's editors and publisher, from the tags. PLOS's names stand in the
    citation itself (the authors) or in a person-group, typed ('editor') or not (the authors)."""
    authors, editors = [], []
    for child in citation:
        if child.tag in ("name", "collab"):
            authors.append(family_name(child) if child.tag == "name" else element_text(child))
        elif child.tag == "person-group":
            people = [family_name(name) for name in child.iter("name")] + [
                element_text(c) for c in child.iter("collab")
            ]
            (editors if child.get("person-group-type") == "editor" else authors).extend(people)
    title = element_text(citation.find("article-title")) or element_text(citation.find("chapter-title"))
    source = element_text(citation.find("source")) or element_text(citation.find("conf-name"))
    if not title:
        title, source = source, ""
    first = element_text(citation.find("fpage")) or element_text(citation.find("elocation-id"))
    last = element_text(citation.find("lpage"))
    gold = {
        "authors": ";".join(norm(family) for family in authors),
        "title": norm(title),
        "container": norm(source),
        "year": norm(re.sub(r"\D", "", element_text(citation.find("year")))[:4]),
        "volume": norm(element_text(citation.find("volume"))),
        "issue": norm(element_text(citation.find("issue"))),
        "pages": norm_pages(f"{first}-{last}" if last and last != first else first),
    }
    extra = {
        "editors": ";".join(norm(family) for family in editors),
        "publisher": norm(element_text(citation.find("publisher-name"))),
    }
    return gold, extra


def labelled_references(plos: Path, shared: Path, chosen: str) -> list[tuple[str, str, dict, dict]]:
    """(journal, the reference as printed, its seven fields, editors and publisher): each printed
    reference once, none that citekit trains on."""
    seen = training_keys(shared)
    out = []
    for path in sorted(path for folder in _FOLDERS for path in (plos / folder).glob("journal.*.xml")):
        if chosen != "all" and half(path.stem) != chosen:
            continue
        for citation in ElementTree.parse(path).getroot().iter("mixed-citation"):
            text = printed(citation)
            key = letters_and_digits(text)
            if len(text) < 20 or key in seen or not any(citation.find(tag) is not None for tag in _TAGGED):
                continue
            seen.add(key)
            gold, extra = gold_fields(citation)
            out.append((path.stem.split(".")[1], text, gold, extra))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plos", type=Path, required=True, help="a checkout of PLOS/allofplos")
    outside_arguments(parser)
    arguments = parser.parse_args()
    if not (arguments.plos / _FOLDERS[0]).is_dir():
        parser.error(f"{arguments.plos} has no {_FOLDERS[0]}: clone PLOS/allofplos there")
    check_shared(parser, arguments.shared)
    found = labelled_references(arguments.plos, arguments.shared / "data" / "parsing", arguments.half)

    def rows() -> Iterator[tuple[tuple[str, ...], str, dict, dict, dict, dict]]:
        for (journal, text, gold, extra), reference in zip(found, parse_each([row[1] for row in found]), strict=True):
            got, book = fields(reference), book_fields(reference)
            got["authors"], book["editors"] = families(reference.authors), families(reference.editors)
            yield ("all", journal), text, gold, extra, got, book

    report_fields(f"PLOS {arguments.half} half: {len(found)} references' fields, by journal", rows(), arguments.errors)


if __name__ == "__main__":
    main()
