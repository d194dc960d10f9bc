"""Train the reference-string CRF and write it into the package. Reproducible: fixed seeds.

    python scripts/train_parser.py [--shared ../shared] [--out citekit/data/reference-parser.crfsuite]

Training data: AnyStyle's core set and GROBID's citation corpus (minus a 10 % held-out split that
benchmarks/parse_eval.py scores, never used here), plus references rendered by citeproc-py in eight
CSL styles from generated records (not from the chapter, which the evaluation renders instead).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import pycrfsuite

from citekit.model import Author, Reference
from citekit.parsing.corpus import STYLES, Example, read_anystyle, read_grobid, render, split
from citekit.parsing.tokens import features, tokenize

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = 0.10
SEED = 20261123
SYNTHETIC_PER_STYLE = 800


def real_examples(shared: Path) -> tuple[list[Example], list[Example]]:
    examples = list(read_anystyle(shared / "data/parsing/anystyle/core.xml"))
    examples += list(read_grobid(shared / "data/parsing/grobid/corpus"))
    return split(examples, HELD_OUT, SEED)


FAMILIES = (
    "Aceto Bardia Théry Müller García-Márquez van Rijn de Visser Nguyen Østergaard Smith Zhang Li Kowalski".split()
)
WORDS = (
    "tumor cell exosomes neutrophil metastasis signalling pathway immune microenvironment breast cancer "
    "extracellular vesicles macrophage regulation expression clinical role of the in and with analysis "
    "TGF-β IL-17 CD8+ miR-21 hypoxia angiogenesis integrin gap junctions patients mice therapy"
).split()
JOURNALS = [
    "Cell",
    "Nat Med",
    "Cancer Res",
    "J Immunol",
    "Proc Natl Acad Sci USA",
    "Int J Mol Sci",
    "Nature",
    "PLoS One",
    "Front Immunol",
    "Oncogene",
    "Blood",
    "J Exp Clin Cancer Res",
]


def generated_records(count: int, seed: int) -> list[Reference]:
    generator = random.Random(seed)
    records = []
    for _ in range(count):
        first = generator.randint(1, 3000)
        family_pool = [f for f in FAMILIES if " " not in f] + ["van Rijn", "de Visser"]
        records.append(
            Reference(
                authors=[
                    Author(generator.choice(family_pool), generator.choice(["N", "AB", "J", "WT", "H-C"]))
                    for _ in range(generator.choice([1, 2, 3, 5, 8]))
                ],
                year=generator.randint(1980, 2025),
                title=" ".join(generator.choice(WORDS) for _ in range(generator.randint(5, 14))).capitalize(),
                journal=generator.choice(JOURNALS),
                volume=str(generator.randint(1, 500)),
                issue=str(generator.randint(1, 24)) if generator.random() < 0.8 else None,
                pages=f"{first}-{first + generator.randint(1, 30)}" if generator.random() < 0.9 else f"e{first}",
                doi=f"10.{generator.randint(1000, 9999)}/x{generator.randint(1, 99999)}"
                if generator.random() < 0.3
                else None,
                type="article-journal",
            )
        )
    return records


def train(real: list[Example], out: Path) -> int:
    """Real references plus rendered ones → a model at out; returns how many were trained on."""
    examples = list(real)
    records = generated_records(SYNTHETIC_PER_STYLE, SEED)
    for style in STYLES:
        examples += render(records, style)
    trainer = pycrfsuite.Trainer(verbose=False)
    for example in examples:
        tokens = tokenize(example.text)
        trainer.append(features(tokens, len(example.text)), example.labels)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 250, "feature.possible_transitions": True})
    trainer.train(str(out))
    return len(examples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "citekit" / "data" / "reference-parser.crfsuite")
    arguments = parser.parse_args()

    real, held_out = real_examples(arguments.shared)
    started = time.perf_counter()
    count = train(real, arguments.out)
    print(
        f"trained on {count} references ({len(held_out)} real ones held out) in "
        f"{time.perf_counter() - started:.0f} s → {arguments.out} ({arguments.out.stat().st_size // 1024} KiB)"
    )


if __name__ == "__main__":
    main()
