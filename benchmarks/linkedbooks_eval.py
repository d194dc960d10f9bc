"""citekit on the humanities: LinkedBooks' labelled references on the history of Venice.

The LinkedBooks project (EPFL's DHLAB) labelled, token by token, the references of monographs and journals on
the history of Venice, mostly Italian, some German, French and English, from books' lists and from footnotes:
an outside check of the humanities beside EXCITE's social sciences, SciELO's medicine and humanities and Rod
Page's biodiversity (benchmarks/excite_eval.py, scielo_eval.py, rdmpage_eval.py). None of it is in citekit's
training data. Its 'valid' split is the one rules were read from; report 'test'.

  git clone https://github.com/dhlab-epfl/LinkedBooksDeepReferenceParsing /tmp/linkedbooks
  python benchmarks/linkedbooks_eval.py --linkedbooks /tmp/linkedbooks [--split test|valid] [--errors N]

The set keeps tokens, not text: each reference's text is rebuilt with a space between tokens but before a
closing mark and after an opening one ('Venezia 1610.', '« Ateneo Veneto »' → '«Ateneo Veneto»'), which a
PDF's copy may not match everywhere. Its tags lump a journal's or a book's name with titles ('title'), so
this script calls 'title' the titled tokens before an 'in' and 'container' those after it: both are rough.
Year, place ('publicationplace') and pages ('pagination') are the figures to read. Leaves out authors (the
tags mark names with their initials and roles) and references of fewer than four tokens.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from citekit.parsing import parse_each  # noqa: E402

FIELDS = ("title", "container", "year", "place", "pages")
_TAGS = {"title": "title", "publicationplace": "place", "year": "year", "pagination": "pages"}
_NO_SPACE_BEFORE = re.compile(r"^[.,;:)\]»”’!?]")
_NO_SPACE_AFTER = set("([«“‘’-")
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_PAGES = re.compile(r"\d+\s*-\s*\d+|\d+")


def references(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Each labelled reference as (token, tag) pairs; lines are 'token tag generic-tag reference-tag', the last
    b-r, i-r or e-r inside a reference and o outside one."""
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").replace("\r", "\n").split("\n"):
        parts = line.split(" ")
        if len(parts) != 4 or parts[0] == "-DOCSTART-":
            continue
        token, tag, _, place = parts
        if place == "o" or (place == "b-r" and current):
            if current:
                yield current
            current = [] if place == "o" else [(token, tag)]
            continue
        current.append((token, tag))
        if place == "e-r":
            yield current
            current = []
    if current:
        yield current


def text_of(tokens: list[tuple[str, str]]) -> str:
    text = ""
    for token, _ in tokens:
        if text and not _NO_SPACE_BEFORE.match(token) and text[-1] not in _NO_SPACE_AFTER and token != "-":
            text += " "
        text += token
    return text


def gold_fields(tokens: list[tuple[str, str]]) -> dict[str, str]:
    found: dict[str, list[str]] = {}
    after_in = False
    for token, tag in tokens:
        after_in = after_in or tag == "conjunction" or (tag == "o" and token.lower() == "in")
        name = "container" if tag == "title" and after_in else _TAGS.get(tag)
        if name:
            found.setdefault(name, []).append(token)
    gold = {name: " ".join(words) for name, words in found.items()}
    for name, pattern in (("year", _YEAR), ("pages", _PAGES)):
        if name in gold:
            match = pattern.search(gold[name])
            gold[name] = match.group().replace(" ", "") if match else ""
    return gold


def norm(value: object) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKD", str(value or "")).casefold())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--linkedbooks", type=Path, required=True, help="a clone of LinkedBooksDeepReferenceParsing")
    parser.add_argument("--split", choices=("test", "valid"), default="test")
    parser.add_argument("--errors", type=int, default=0, help="print this many references read wrong")
    arguments = parser.parse_args()
    labelled = [
        t for t in references(arguments.linkedbooks / "dataset" / f"clean_{arguments.split}.txt") if len(t) >= 4
    ]
    texts = [text_of(tokens) for tokens in labelled]
    counts = {name: [0, 0, 0] for name in FIELDS}  # right, found, wanted
    shown = 0
    for text, tokens, reference in zip(texts, labelled, parse_each(texts), strict=True):
        gold = gold_fields(tokens)
        got = {
            "title": reference.title,
            "container": reference.container_title,
            "year": reference.year,
            "place": reference.variables.get("publisher-place"),
            "pages": (reference.pages or "").replace("–", "-"),
        }
        wrong = []
        for name in FIELDS:
            want, have = norm(gold.get(name)), norm(got[name])
            counts[name][0] += bool(want) and want == have
            counts[name][1] += bool(have)
            counts[name][2] += bool(want)
            if want != have:
                wrong.append(f"   {name}: want {gold.get(name, '')!r} got {got[name]!r}")
        if wrong and shown < arguments.errors:
            shown += 1
            print(text, *wrong, sep="\n")
    total = [sum(counts[name][i] for name in FIELDS) for i in range(3)]
    score = {
        name: 2 * c[0] / (c[1] + c[2]) if c[1] + c[2] else 0.0 for name, c in [*counts.items(), ("micro-F1", total)]
    }
    print(f"\nLinkedBooks {arguments.split} split: {len(texts)} references' fields (title and container rough)")
    print("".join(f"{name:>10}" for name in score))
    print("".join(f"{value:>10.3f}" for value in score.values()))


if __name__ == "__main__":
    main()
