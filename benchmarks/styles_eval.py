"""citekit on citation styles it never trained on: every independent CSL style Debian ships.

The parser learns from references rendered in 19 CSL styles (scripts/parser_corpus.py: STYLES,
BOOK_STYLES, GERMAN_STYLES). Journals and publishers print in some two thousand more. Here records
made as training makes them, but from another seed (articles, books, chapters and edited volumes;
German, French, Spanish, Portuguese and English words), are printed by citeproc-py in styles outside
those 19, and citekit reads each printed reference alone (parse_each). The styles are split in two
halves by a hash of their name: rules are read from errors on 'dev' only; report 'test'. The 60
styles whose errors were read before the halves existed (stop 34) count as 'dev' whatever their hash.

  apt-get install citation-style-language-styles   (Debian's package; citeproc-py comes with .[test])
  python benchmarks/styles_eval.py [--half test|dev] [--styles 150] [--per-style 40] [--errors N]

Gold is the record, less what the style leaves out (a name or a title not in the printed text, a
number not standing alone in it), page ranges by their first page (a style may print '1954–78');
names as far as a style prints them before 'et al.'. Scored as the other outside sets are (field
micro-F1 over the seven fields, then editors and publisher). Left out: names with a particle ('van
Rijn'), which citeproc-py prints oddly; dependent styles (they only name a parent) and styles
citeproc-py cannot load or render; note styles' bibliographies are kept. The records' words are
drawn at random, so a title is no sentence: this measures layouts, not language. About 30 s.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from parse_eval import book_fields, fields, norm, report_fields  # noqa: E402
from parser_corpus import BOOK_STYLES, GERMAN_STYLES, STYLE_FOLDER, STYLES  # noqa: E402
from train_parser import SEED, generated_book_records, generated_records  # noqa: E402

from citekit.model import Reference  # noqa: E402
from citekit.parsing import parse_each  # noqa: E402

OTHER_SEED = SEED + 1000  # training draws its records from SEED and SEED + 1
# A list's number before the reference ('1.', '[1]', '1', 'figure 1.'): not where a volume is printed.
_NUMBER = re.compile(r"^\W*(?:figure\s*)?\d{1,3}\b\W*")
_NUMBERS = ("year", "volume", "issue", "pages")


# Styles whose errors were read while writing rules, before the halves were drawn.
EXAMINED = frozenset(
    """acta-neurobiologiae-experimentalis andean-geology annals-of-surgery ausonius-editions avian-diseases ayer
    biological-psychiatry biostatistics canadian-journal-of-dietetic-practice-and-research chicago-figures
    chicago-fullnote-bibliography china-national-standard-gb-t-7714-2015-author-date
    clinical-journal-of-the-american-society-of-nephrology dermatology-online-journal
    drug-testing-and-analysis epidemiology-and-infection european-journal-of-emergency-medicine
    european-journal-of-international-law european-review-of-agricultural-economics
    european-society-of-cardiology harvard-cranfield-university historical-materialism human-reproduction
    hydrobiologia ingenieria-agricola italian-journal-of-agronomy
    journal-of-environmental-science-and-health-part-b journal-of-foraminiferal-research
    journal-of-geriatric-psychiatry-and-neurology journal-of-the-air-and-waste-management-association
    journal-of-urban-technology juristische-zitierweise kidney-research-and-clinical-practice mammal-review
    medicine-and-science-in-sports-and-exercise medicinski-razgledi medizinische-hochschule-hannover
    modern-language-association-8th-edition molecular-and-cellular-proteomics nehet nowa-audiofonologia
    oil-shale pensoft-journals plant-genetic-resources-characterization-and-utilization
    presses-universitaires-de-paris-nanterre rtf-scan saglik-bilimleri-universitesi
    seed-science-and-technology society-for-american-archaeology springer-mathphys-brackets
    taylor-and-francis-numeric-q the-canadian-journal-of-chemical-engineering
    the-international-journal-of-developmental-biology the-journal-of-neuroscience
    the-journal-of-peasant-studies university-of-auckland-history vancouver-brackets-only-year-no-issue
    vancouver-imperial-college-london vancouver-superscript-only-year who-europe-numeric""".split()
)


def half_of(style: str) -> str:
    if style in EXAMINED:
        return "dev"
    return ("dev", "test")[int(hashlib.sha1(style.encode()).hexdigest(), 16) % 2]


def styles(half: str) -> list[str]:
    """The half's styles, in the order of their hash (a fixed sample, whatever is installed besides)."""
    trained = {*STYLES, *BOOK_STYLES, *GERMAN_STYLES}
    names = [path.stem for path in STYLE_FOLDER.glob("*.csl") if path.stem not in trained]
    return sorted((name for name in names if half_of(name) == half), key=lambda n: hashlib.sha1(n.encode()).digest())


def to_csl(record: Reference, key: str) -> dict[str, object]:
    """The record as CSL-JSON, names as family and given (so each style formats them its own way)."""
    item: dict[str, object] = {"id": key, "type": record.type or "article-journal"}
    for role, people in (("author", record.authors), ("editor", record.editors)):
        if people:
            item[role] = [{"family": person.family, "given": person.given or ""} for person in people]
    for variable in ("publisher", "publisher-place"):
        if record.variables.get(variable):
            item[variable] = record.variables[variable]
    if record.year:
        item["issued"] = {"date-parts": [[record.year]]}
    for variable, value in (
        ("title", record.title),
        ("container-title", record.container_title),
        ("volume", record.volume),
        ("issue", record.issue),
        ("page", record.pages),
    ):
        if value:
            item[variable] = value
    return item


def printed(style: object, record: Reference) -> str:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    item = to_csl(record, "r")
    bibliography = CitationStylesBibliography(style, CiteProcJSON([item]), formatter.plain)
    bibliography.register(Citation([CitationItem("r")]))
    return str(bibliography.bibliography()[0])


def cut_short(text: str) -> bool:
    """A list of names the style printed only in part ('et al.', APA's '… Last')."""
    return "et al" in text or "…" in text


def gold_as_printed(record: Reference, text: str) -> dict[str, str]:
    """The record's fields, less those the style leaves out: a name or a title not in the text, a
    number not standing alone in it (after the list's own number, outside the title). Names cut short
    by 'et al.' stay, to be compared as far as printed. Page ranges by their first page ('1954–78')."""
    gold = {**fields(record), **book_fields(record)}
    letters, body = norm(text), _NUMBER.sub("", text, count=1)
    if record.title:  # a number in the title ('mir-21') is not the issue's
        body = re.sub(re.escape(record.title), " ", body, flags=re.IGNORECASE)
    for name in ("authors", "title", "container", "editors", "publisher"):
        parts = gold[name].split(";")
        if not all(part in letters for part in parts) and not (
            cut_short(text) and name == "authors" and parts[0] in letters
        ):
            gold[name] = ""
    raw = {"year": str(record.year or ""), "volume": record.volume, "issue": record.issue, "pages": record.pages}
    for name in _NUMBERS:
        first = re.split(r"[-–]", raw[name] or "")[0]
        if not first or not re.search(rf"(?<!\w){re.escape(first)}(?!\w)", body):
            gold[name] = ""
    return gold


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=("test", "dev"), default="test")
    parser.add_argument("--styles", type=int, default=150, help="how many styles of the half")
    parser.add_argument("--per-style", type=int, default=40, help="books and chapters (half as many articles)")
    parser.add_argument("--errors", type=int, default=0, help="print this many references read wrong")
    arguments = parser.parse_args()
    warnings.filterwarnings("ignore")  # citeproc-py warns about every CSL element it does not know
    from citeproc import CitationStylesStyle

    records = generated_book_records(arguments.per_style, OTHER_SEED)
    records += generated_records(arguments.per_style // 2, OTHER_SEED + 1)
    records = [r for r in records if not any(" " in a.family for a in [*r.authors, *r.editors])]
    rows, used = [], 0
    for name in styles(arguments.half):
        if used == arguments.styles:
            break
        try:
            style = CitationStylesStyle(str(STYLE_FOLDER / f"{name}.csl"), validate=False)
            texts = [printed(style, record) for record in records]
        except Exception:  # noqa: BLE001 - a dependent style, or one citeproc-py cannot render
            continue
        used += 1
        for text, record, read in zip(texts, records, parse_each(texts), strict=True):
            gold, got = gold_as_printed(record, text), {**fields(read), **book_fields(read)}
            if cut_short(text):
                names, kept = gold["authors"].split(";"), got["authors"].split(";")
                if got["authors"] and (names[: len(kept)] == kept or kept == names[: len(kept) - 1] + names[-1:]):
                    gold["authors"] = got["authors"]  # the names printed before 'et al.' (APA: '… Last')
            seven = {k: gold[k] for k in fields(record)}
            kind = record.type if record.type != "article-journal" else "article"
            rows.append(
                (
                    ("all", kind),
                    f"[{name}] {text}",
                    seven,
                    {k: gold[k] for k in ("editors", "publisher")},
                    {k: got[k] for k in seven},
                    got,
                )
            )
    report_fields(
        f"Unseen CSL styles, {arguments.half} half: {used} styles x {len(records)} records", rows, arguments.errors
    )


if __name__ == "__main__":
    main()
