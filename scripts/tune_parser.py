"""Tune the reference labeller on a development split, never on the held-out one.

The real references that scripts/train_parser.py trains on are split once more: 10 % (its own
seed) become a development set, the rest are trained on, and the development set is scored field
by field as benchmarks/parse_eval.py scores the held-out set. Feature and label choices were made
by this script; the held-out score in parse_eval.py is read once, at the end.

    python scripts/tune_parser.py [--shared ../shared] [--model /tmp/dev.npz] [--errors N]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from parse_eval import BOOK_FIELDS, FIELDS, Score, book_fields, fields, print_table  # noqa: E402
from parser_corpus import split  # noqa: E402
from train_parser import SEED, real_examples, train  # noqa: E402

from citekit.parsing import neural, parse_each  # noqa: E402
from citekit.parsing.learned import fields_from_labels  # noqa: E402
from citekit.parsing.tokens import tokenize  # noqa: E402

DEV = 0.10


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--model", type=Path, default=Path("/tmp/citekit-dev.npz"))
    parser.add_argument("--reuse", action="store_true", help="score an already trained --model")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong fields per field")
    arguments = parser.parse_args()

    real_train, _ = real_examples(arguments.shared)
    fit, dev = split(real_train, DEV, SEED + 1)
    if not arguments.reuse:
        train(fit, arguments.model, log=True)
    weights = neural.load(arguments.model)
    neural.shipped_labeller = lambda: neural.Labeller(weights)  # score this model, not the shipped one

    by_source, books = defaultdict(Score), defaultdict(Score)
    wrong = defaultdict(list)
    parsed = parse_each([example.text for example in dev])
    for example, reference in zip(dev, parsed, strict=True):
        gold, _ = fields_from_labels(example.text, tokenize(example.text), example.labels)
        main_want, main_got = fields(gold), fields(reference)
        book_want, book_got = book_fields(gold), book_fields(reference)
        want, got = main_want | book_want, main_got | book_got
        for key in (example.source, "all dev"):
            by_source[key].add(main_want, main_got)
            books[key].add(book_want, book_got)
        for name in FIELDS + BOOK_FIELDS:
            if want[name] != got[name]:
                wrong[name].append((example.source, want[name], got[name], example.text))
    print_table(f"development split: {len(dev)} real references (trained on {len(fit)})", dict(by_source))
    print_table("the same, fields of books and chapters", dict(books), BOOK_FIELDS)
    for name in FIELDS + BOOK_FIELDS:
        for source, want, got, text in wrong[name][: arguments.errors]:
            print(f"\n[{name}] {source}\n  text: {text}\n  want: {want}\n  got:  {got}")


if __name__ == "__main__":
    main()
