"""citekit on SciELO's references: Portuguese, Spanish and English, medicine to the humanities.

SciELO's articles (JATS XML) print each reference twice: as the journal printed it
(`<mixed-citation>`) and field by field (`<element-citation>`), both made by the journal's
editors. The real articles in SciELO's own test suite (github.com/scieloorg/packtools,
tests/) give about 2,300 distinct references from 75 articles in Brazilian, Mexican and
Argentine journals, in Vancouver, ABNT, APA and journals' own styles. citekit never trains on
them; like EXCITE (benchmarks/excite_eval.py) they are split in two halves by a hash of the
article's file name: rules are read from errors on 'dev' only; report 'test'.

  git clone https://github.com/scieloorg/packtools /tmp/packtools
  python benchmarks/scielo_eval.py --samples /tmp/packtools/tests [--half test|dev|all] [--errors N]

Scored as benchmarks/parse_eval.py scores: micro-F1 over authors (family names), title,
container, year, volume, issue and pages, by the article's language; editors and publisher
apart. A book's title is its `<source>` (citekit's title; no container). Where SciELO's fields
differ from the printed text (a page range written out, '1451-6' → 1451-1456, is compared
written out on both sides; a name's suffix, 'Mello Filho', 'Couto Jr', is compared with the family
name on both sides; Vancouver's medium after a title, '[Internet]', is no part of it on either side),
the difference counts as an error: the figures are a floor.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from parse_eval import book_fields, fields, norm, norm_pages, report_fields  # noqa: E402

from citekit.parsing import parse_each  # noqa: E402

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_LABEL = re.compile(r"^\s*[\[(]?\d{1,4}[\]).]?\s*[.,]?\s+|^[.,]\s+")  # '12. ', '[3] ', and '. ' after a label
# Vancouver's medium after a title ('… in Brazil [Internet].'): a separate element in NLM's Citing
# Medicine, which citekit leaves out of the title; SciELO's gold keeps it in.
_MEDIUM = re.compile(r"\s*\[(?:internet|online|on-line|recurso eletr[ôo]nico)\]\s*$", re.IGNORECASE)
_BOOKS = {"book", "thesis", "report", "legal-doc", "other", "webpage", "web", "software", "database", "data"}


def half(key: str) -> str:
    return "dev" if hashlib.sha1(key.encode()).digest()[0] % 2 == 0 else "test"


def element_text(element: Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def family_name(name: Element) -> str:
    return " ".join(part for part in (element_text(name.find("surname")), element_text(name.find("suffix"))) if part)


def _people(citation: Element) -> tuple[list[str], list[str]]:
    """Authors and editors. SciELO often leaves person-group untyped: the first group is the
    authors, a later one (after a chapter's title) the book's editors."""
    authors, editors = [], []
    for number, group in enumerate(citation.iter("person-group")):
        kind = group.get("person-group-type") or ("author" if number == 0 else "editor")
        families = [family_name(name) for name in group.iter("name")] + [element_text(c) for c in group.iter("collab")]
        if kind == "author":
            authors += families
        elif kind in ("editor", "compiler", "guest-editor"):
            editors += families
    return authors, editors


def families(people: list) -> str:  # noqa: ANN001 (citekit's Author)
    """Each person's family name with its suffix ('Mello Filho', 'Couto Jr'), as the JATS gold keeps them apart."""
    return ";".join(norm(f"{person.family} {person.suffix or ''}") for person in people)


def gold_fields(citation: Element) -> tuple[dict[str, str], dict[str, str]]:
    authors, editors = _people(citation)
    title = element_text(citation.find("article-title")) or element_text(citation.find("chapter-title"))
    source = element_text(citation.find("source"))
    if not title and citation.get("publication-type", "") in _BOOKS:
        title, source = source, ""
    title = _MEDIUM.sub("", title)
    last = element_text(citation.find("lpage"))
    first = element_text(citation.find("fpage")) or element_text(citation.find("elocation-id"))
    gold = {
        "authors": ";".join(norm(family) for family in authors),
        "title": norm(title),
        "container": norm(source),
        "year": norm(element_text(citation.find("year"))[:4]),
        "volume": norm(element_text(citation.find("volume"))),
        "issue": norm(element_text(citation.find("issue"))),
        "pages": norm_pages(f"{first}-{last}" if last and last != first else first),
    }
    publisher = element_text(citation.find("publisher-name"))
    extra = {"editors": ";".join(norm(family) for family in editors), "publisher": norm(publisher)}
    return gold, extra


def labelled_references(samples: Path, chosen: str) -> list[tuple[str, str, dict[str, str], dict[str, str]]]:
    """(language, the reference as printed, its seven fields, editors and publisher), each
    printed reference once (the suite holds some articles twice)."""
    seen, out = set(), []
    for path in sorted(samples.rglob("*.xml")):
        if chosen != "all" and half(path.stem) != chosen:
            continue
        try:
            root = ElementTree.parse(path).getroot()
        except (ElementTree.ParseError, ValueError):
            continue  # the suite's deliberately broken files
        language = root.get(_XML_LANG, "")
        for ref in root.iter("ref"):
            mixed, element = ref.find(".//mixed-citation"), ref.find(".//element-citation")
            if mixed is None or element is None:
                continue
            text = _LABEL.sub("", element_text(mixed), count=1)
            if len(text) < 20 or text in seen:
                continue
            seen.add(text)
            gold, extra = gold_fields(element)
            out.append((language, text, gold, extra))
    return out


def field_scores(samples: Path, chosen: str, errors: int) -> None:
    labelled = labelled_references(samples, chosen)
    count = Counter(row[0] for row in labelled)
    print(
        f"SciELO {chosen} half: {len(labelled)} references ({', '.join(f'{k} {v}' for k, v in sorted(count.items()))})"
    )

    def rows() -> Iterator[tuple[tuple[str, ...], str, dict, dict, dict, dict]]:
        for (language, text, gold, extra), reference in zip(
            labelled, parse_each([r[1] for r in labelled]), strict=True
        ):
            got = fields(reference)
            # SciELO keeps 'Jr', 'Filho', 'Neto' apart as a suffix: compared with the family name on both sides,
            # the editors' as the authors'.
            got["authors"] = families(reference.authors)
            book = book_fields(reference)
            book["editors"] = families(reference.editors)
            yield (language, "all"), text, gold, extra, got, book

    report_fields(f"SciELO {chosen} half: references' fields, by the article's language", rows(), errors)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=Path, required=True, help="a folder of SciELO JATS XML, searched below")
    parser.add_argument("--half", choices=("test", "dev", "all"), default="test")
    parser.add_argument("--errors", type=int, default=0, help="print this many references read wrong")
    arguments = parser.parse_args()
    if not arguments.samples.is_dir():
        parser.error(f"{arguments.samples} is not a folder")
    field_scores(arguments.samples, arguments.half, arguments.errors)


if __name__ == "__main__":
    main()
