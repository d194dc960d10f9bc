"""citekit on classics and humanities lists: ParsCit's labelled references (knmnyn/ParsCit).

ParsCit's CRF training files label references token by token: computer science (Cora, FLUX-CiM, ICONIP) and, from
its humanities work, classics lists in English, Italian and a mix of languages ('F. Bertolini, ‘Dal folclore
all’epica …’, in D. Lanza – O. Longo, Il meraviglioso e il verosimile …, Firenze 1989, pp. 131-152.'). Most of
the English and computer-science references are in citekit's training data (AnyStyle's and GROBID's labelled
sets, which took them in); those are left out, compared letters and digits only, which leaves the Italian and
mixed classics lists (134 at the commit below). An outside check of the humanities beside LinkedBooks' history
of Venice (benchmarks/linkedbooks_eval.py). Split in two halves by a hash of the text: rules are read from errors
on 'dev' only; report 'test'.

  git clone https://github.com/knmnyn/ParsCit /tmp/parscit
  git -C /tmp/parscit checkout 120a758
  python benchmarks/parscit_eval.py --parscit /tmp/parscit [--half test|dev|all] [--errors N]

The files keep tokens (the words between spaces), not the text: each reference is rebuilt with one space between
tokens, as printed but for runs of spaces. Scored as benchmarks/rdmpage_eval.py scores Rod Page's references:
the gold record is read from the gold labels by the same code that reads the model's, ParsCit's tags mapped to
citekit's ('journal' and 'booktitle' to the container, 'institution' to the publisher; 'note' and 'tech' to
nothing). Leaves out the files' other features and their own tokenisation.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from parse_eval import book_fields, fields, report_fields  # noqa: E402
from parser_corpus import Example, _from_segments  # noqa: E402
from rdmpage_eval import check_shared, half, outside_arguments, training_keys  # noqa: E402
from train_parser import letters_and_digits  # noqa: E402

from citekit.parsing import parse_each  # noqa: E402
from citekit.parsing.learned import fields_from_labels  # noqa: E402
from citekit.parsing.tokens import tokenize  # noqa: E402

# The labelled files at the commit above, each a group of its own in the report.
FILES = {
    "it-humanities": "crfpp/traindata/it-humanities.train",
    "mixed-humanities": "crfpp/traindata/mixed-humanities.train",
    "en-humanities": "crfpp/traindata/en-humanities.tagged.train",
    "cs (FLUX-CiM)": "crfpp/traindata/flux-cim-cs.train",
    "cs (ICONIP)": "crfpp/traindata/iconip.tagged.train",
    "cs (Cora)": "crfpp/traindata/cora.train",
}
TAGS = {
    "author": "author",
    "title": "title",
    "journal": "container",
    "booktitle": "container",
    "date": "date",
    "volume": "volume",
    "pages": "pages",
    "editor": "editor",
    "publisher": "publisher",
    "institution": "publisher",
    "location": "location",
}


def _mended(token: str) -> str:
    """A token whose UTF-8 was read as Mac Roman in one file ('‚ÄòHomeric' for '‘Homeric'), read again."""
    try:
        return token.encode("mac_roman").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return token


def labelled(path: Path) -> Iterator[Example]:
    """A file's references: a token a line (the token first, its tag last), a blank line after each reference."""
    tokens: list[tuple[str, str | None]] = []
    for line in [*path.read_text(encoding="utf-8", errors="replace").split("\n"), ""]:
        parts = line.split()
        if len(parts) >= 2:
            tokens.append((_mended(parts[0]), TAGS.get(parts[-1], "other")))
        elif tokens:
            example = _from_segments(tokens, "parscit")
            tokens = []
            if example is not None:
                yield example


def outside_examples(parscit: Path, shared: Path, chosen: str) -> list[tuple[str, Example]]:
    """(group, example) for each reference not in citekit's training data, of the half chosen."""
    seen = training_keys(shared)
    found = []
    for group, name in FILES.items():
        for example in labelled(parscit / name):
            key = letters_and_digits(example.text)
            if key not in seen:
                seen.add(key)
                if chosen in ("all", half(example.text)):
                    found.append((group, example))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parscit", type=Path, required=True, help="a checkout of knmnyn/ParsCit")
    outside_arguments(parser)
    arguments = parser.parse_args()
    if not (arguments.parscit / FILES["it-humanities"]).is_file():
        parser.error(f"{arguments.parscit} has no {FILES['it-humanities']}: clone knmnyn/ParsCit there")
    check_shared(parser, arguments.shared)
    found = outside_examples(arguments.parscit, arguments.shared / "data" / "parsing", arguments.half)

    def rows() -> Iterator[tuple[tuple[str, ...], str, dict, dict, dict, dict]]:
        references = parse_each([example.text for _, example in found])
        for (group, example), reference in zip(found, references, strict=True):
            gold, _ = fields_from_labels(example.text, tokenize(example.text), example.labels)
            read = fields(reference), book_fields(reference)
            yield ("all", group), example.text, fields(gold), book_fields(gold), *read

    report_fields(f"ParsCit {arguments.half} half: {len(found)} references' fields", rows(), arguments.errors)


if __name__ == "__main__":
    main()
