"""citekit on biodiversity literature: Rod Page's labelled references (rdmpage/citation-parsing).

Rod Page labels, in AnyStyle's XML, references that taxonomists cite: zoology, botany and
mycology from the 1790s to now, in English, German, French, Spanish and Russian, printed as
journals and databases (BHL, BioStor, Zootaxa, ZooKeys) print them. Much of it repeats AnyStyle's
own training set, which citekit trains on; the references left (362 at the commit below) are not
in citekit's training data (AnyStyle's and GROBID's labelled sets, compared letters and digits
only). They are split in two halves by a hash of the text: rules are read from errors on 'dev'
only; report 'test'. An outside check of the sciences, beside EXCITE's social sciences
(benchmarks/excite_eval.py) and SciELO's medicine and humanities (benchmarks/scielo_eval.py).

  git clone https://github.com/rdmpage/citation-parsing /tmp/rdmpage
  git -C /tmp/rdmpage checkout de89e9ff9bbca35ffadd4910d8b3cec875c4c2f3
  python benchmarks/rdmpage_eval.py --rdmpage /tmp/rdmpage [--half test|dev|all] [--errors N]

Scored as benchmarks/parse_eval.py scores its held-out AnyStyle references: the gold record is read
from the gold labels by the same code that reads the model's labels, so a convention of the
labels (AnyStyle puts a volume's issue in its volume: '73(1):') is one on both sides.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from parse_eval import book_fields, fields, report_fields  # noqa: E402
from parser_corpus import Example, anystyle_examples, read_anystyle, read_grobid  # noqa: E402
from train_parser import letters_and_digits  # noqa: E402

from citekit.parsing import parse_each  # noqa: E402
from citekit.parsing.learned import fields_from_labels  # noqa: E402
from citekit.parsing.tokens import tokenize  # noqa: E402

# The files of labelled references at the commit above ('fail' files: references his parser got wrong).
FILES = (
    "data/core.xml",
    "data/nsp.xml",
    "data/date.xml",
    "data/fail-2022-01-11.xml",
    "data/fail-2022-11-03.xml",
    "fail-2023-10-03.xml",
)
_SEQUENCE = re.compile(r"<sequence>.*?</sequence>", re.DOTALL)
_BARE_AMPERSAND = re.compile(r"&(?!amp;|lt;|gt;|quot;|apos;|#)")  # 'Smith & Jones', unescaped in places


def half(text: str) -> str:
    """'dev' or 'test', by the last byte of the text's SHA-1 (the split made when the set was first read)."""
    return "dev" if hashlib.sha1(text.encode()).digest()[-1] % 2 == 0 else "test"


def labelled(path: Path) -> Iterator[Example]:
    """A file's references; each sequence is read alone, so that one malformed entry spoils only itself."""
    text = _BARE_AMPERSAND.sub("&amp;", path.read_text(encoding="utf-8"))
    for sequence in _SEQUENCE.findall(text):
        try:
            root = ElementTree.fromstring(f"<dataset>{sequence}</dataset>")
        except ElementTree.ParseError:
            continue
        yield from anystyle_examples(root)


def training_keys(shared: Path) -> set[str]:
    """The letters and digits of each reference citekit trains on (AnyStyle's and GROBID's labelled sets), so
    that an outside set's references found there are left out."""
    seen = {
        letters_and_digits(example.text)
        for path in (shared / "anystyle").glob("*.xml")
        for example in read_anystyle(path)
    }
    return seen | {letters_and_digits(example.text) for example in read_grobid(shared / "grobid" / "corpus")}


def outside_arguments(parser: argparse.ArgumentParser) -> None:
    """The options an outside set's benchmark shares: where citekit's training data is, the half, the errors."""
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="citekit's training data")
    parser.add_argument("--half", choices=("test", "dev", "all"), default="test")
    parser.add_argument("--errors", type=int, default=0, help="print this many references read wrong")


def check_shared(parser: argparse.ArgumentParser, shared: Path) -> None:
    """Stop with a usage error where the training data is not there to leave out."""
    if not (shared / "data" / "parsing" / "anystyle").is_dir():
        # Without it nothing citekit trains on is left out, and the score is of training data.
        parser.error(f"{shared} has no data/parsing/anystyle: pass --shared (citekit's training data)")


def outside_examples(rdmpage: Path, shared: Path, chosen: str) -> list[Example]:
    seen = training_keys(shared)
    found = []
    for name in FILES:
        for example in labelled(rdmpage / name):
            key = letters_and_digits(example.text)
            if key not in seen:
                seen.add(key)
                if chosen in ("all", half(example.text)):
                    found.append(example)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rdmpage", type=Path, required=True, help="a checkout of rdmpage/citation-parsing")
    outside_arguments(parser)
    arguments = parser.parse_args()
    if not (arguments.rdmpage / FILES[0]).is_file():
        parser.error(f"{arguments.rdmpage} has no {FILES[0]}: clone rdmpage/citation-parsing there")
    check_shared(parser, arguments.shared)
    examples = outside_examples(arguments.rdmpage, arguments.shared / "data" / "parsing", arguments.half)

    def rows() -> Iterator[tuple[tuple[str, ...], str, dict, dict, dict, dict]]:
        for example, reference in zip(examples, parse_each([e.text for e in examples]), strict=True):
            gold, _ = fields_from_labels(example.text, tokenize(example.text), example.labels)
            yield ("all",), example.text, fields(gold), book_fields(gold), fields(reference), book_fields(reference)

    report_fields(
        f"rdmpage {arguments.half} half: {len(examples)} biodiversity references' fields", rows(), arguments.errors
    )


if __name__ == "__main__":
    main()
