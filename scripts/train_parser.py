"""Train the reference labeller and write it into the package. Reproducible: fixed seeds.

    python scripts/train_parser.py [--shared ../shared] [--out citekit/data/reference-parser.npz]

Needs PyTorch for training only; the CPU build is enough (`pip install torch --index-url
https://download.pytorch.org/whl/cpu`). citekit itself runs the trained network with numpy
(citekit/parsing/neural.py).

The network: each token is the sum of embeddings of its sparse features (citekit.parsing.tokens),
read by four residual dilated convolutions (15 tokens each way), with a CRF over the labels (see
labeller_network.py). Training data: AnyStyle's core set and GROBID's citation corpus (minus a 10 %
held-out split that benchmarks/parse_eval.py scores, never used here), plus references rendered by
citeproc-py in eight CSL styles from generated records (not from the chapter, which the evaluation
renders instead). The exported arrays are checked against PyTorch's own scores before it ends.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np
from parser_corpus import BOOK_STYLES, GERMAN_STYLES, STYLES, Example, read_anystyle, read_grobid, render, split

from citekit.model import Author, Reference
from citekit.parsing.tokens import features, tokenize

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = 0.10
SEED = 20261123
SYNTHETIC_PER_STYLE = 800
SYNTHETIC_BOOKS_PER_STYLE = 400
SYNTHETIC_GERMAN_PER_STYLE = 400
MIN_COUNT = 4  # a feature seen fewer times in training shares row 0 with the other rare ones
DIM = 96  # embedding size
WIDTH = 64  # channels of the convolutions
DILATIONS = (1, 2, 4, 8)
EPOCHS = 15
BATCH = 32
LEARNING_RATE = 2e-3
DROPOUT = 0.3
THREADS = 1  # fixed: results depend (slightly) on how the work is split


def real_examples(shared: Path) -> tuple[list[Example], list[Example]]:
    """(trained on, held out). AnyStyle's core set and GROBID's corpus, 10 % held out; AnyStyle's
    gold set (broad: humanities and social sciences, many languages) half and half by a hash of
    the text, none of it in either if the other corpora hold the same string."""
    examples = list(read_anystyle(shared / "data/parsing/anystyle/core.xml"))
    examples += list(read_grobid(shared / "data/parsing/grobid/corpus"))
    trained, held_out = split(examples, HELD_OUT, SEED)
    trained_texts, held_texts = {e.text for e in trained}, {e.text for e in held_out}
    for example in read_anystyle(shared / "data/parsing/anystyle/gold.xml"):
        example = dataclasses.replace(example, source="anystyle-gold")
        if example.text in held_texts or example.text in trained_texts:
            continue
        half = int(hashlib.sha1(f"gold:{example.text}".encode()).hexdigest()[:8], 16) % 2
        (trained if half else held_out).append(example)
    # A string trained on in another spelling (the same reference in two corpora, spacing or
    # punctuation apart) says nothing about references never seen: not held out.
    seen = {letters_and_digits(example.text) for example in trained}
    return trained, [example for example in held_out if letters_and_digits(example.text) not in seen]


def letters_and_digits(text: str) -> str:
    """The same reference in two spellings (spacing, punctuation, case) gives the same string."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


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
                container_title=generator.choice(JOURNALS),
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


# Books, chapters and articles of the social sciences and humanities, in German, French, Spanish,
# Portuguese and English: the kinds of work the real corpora hold least of.
BOOK_FAMILIES = (
    "Beck Luhmann Habermas Bourdieu Castel Dubet Paugam Lahire Merkel Streeck Offe Kaufmann Mayntz Scharpf "
    "Esping-Andersen Lessenich Ostner Kohli Weber Giddens Lamont García Pérez Santos Sousa Rosa Nassehi "
    "Allmendinger Schimank Bude Honneth Boltanski Latour Hall Soskice Thelen Pierson Bonoli Leibfried"
).split()
BOOK_GIVEN = (
    "Ulrich Niklas Jürgen Pierre Robert François Serge Bernard Wolfgang Claus Franz-Xaver Renate M. H.-P. A. J. "
    "Hartmut Armin Uwe"
).split()
BOOK_WORDS = (
    "Gesellschaft Demokratie Sozialstaat Ungleichheit Arbeit Bildung Krise Wandel Moderne Theorie Politik "
    "soziale sozialen der die und im des zur Vergleich Wohlfahrtsstaat Lebenslauf Kapitalismus Kritik "
    "société inégalités travail pauvreté question sociale la les des et "
    "society inequality welfare state labour markets comparative politics the of and in "
    "sociedad desigualdad trabajo política sociedade desigualdade trabalho"
).split()
BOOK_JOURNALS = [
    "Kölner Zeitschrift für Soziologie und Sozialpsychologie",
    "Zeitschrift für Soziologie",
    "Soziale Welt",
    "Politische Vierteljahresschrift",
    "Leviathan",
    "Berliner Journal für Soziologie",
    "Revue française de sociologie",
    "Sociologie du travail",
    "European Sociological Review",
    "American Sociological Review",
    "Revista Española de Investigaciones Sociológicas",
    "Journal of European Social Policy",
]
PUBLISHERS = [
    ("Suhrkamp", "Frankfurt am Main"),
    ("Campus", "Frankfurt a. M."),
    ("VS Verlag für Sozialwissenschaften", "Wiesbaden"),
    ("Springer VS", "Wiesbaden"),
    ("Westdeutscher Verlag", "Opladen"),
    ("Leske + Budrich", "Opladen"),
    ("Nomos", "Baden-Baden"),
    ("Beltz Juventa", "Weinheim"),
    ("transcript", "Bielefeld"),
    ("UVK", "Konstanz"),
    ("Mohr Siebeck", "Tübingen"),
    ("C.H. Beck", "München"),
    ("Presses universitaires de France", "Paris"),
    ("Seuil", "Paris"),
    ("La Découverte", "Paris"),
    ("Fayard", "Paris"),
    ("Armand Colin", "Paris"),
    ("Routledge", "London"),
    ("Polity Press", "Cambridge"),
    ("Oxford University Press", "Oxford"),
    ("Cambridge University Press", "Cambridge"),
    ("University of Chicago Press", "Chicago"),
    ("Princeton University Press", "Princeton"),
    ("Sage", "Thousand Oaks"),
    ("Palgrave Macmillan", "Basingstoke"),
    ("Alianza Editorial", "Madrid"),
    ("Siglo XXI", "Madrid"),
    ("Editora FGV", "Rio de Janeiro"),
    ("Boitempo", "São Paulo"),
]


def _book_title(generator: random.Random) -> str:
    words = " ".join(generator.choice(BOOK_WORDS) for _ in range(generator.randint(2, 7)))
    title = words[:1].upper() + words[1:]
    if generator.random() < 0.4:
        more = " ".join(generator.choice(BOOK_WORDS) for _ in range(generator.randint(2, 6)))
        title += (". " if generator.random() < 0.5 else ": ") + more[:1].upper() + more[1:]
    return title


def generated_book_records(count: int, seed: int) -> list[Reference]:
    generator = random.Random(seed)

    def person() -> Author:
        return Author(generator.choice(BOOK_FAMILIES), generator.choice(BOOK_GIVEN))

    records = []
    for _ in range(count):
        kind = generator.choice(["book", "book", "chapter", "chapter", "chapter", "article-journal"])
        publisher, place = generator.choice(PUBLISHERS)
        record = Reference(
            authors=[person() for _ in range(generator.choice([1, 1, 2, 3]))],
            year=generator.randint(1950, 2024),
            title=_book_title(generator),
            type=kind,
        )
        if kind == "article-journal":
            first = generator.randint(1, 600)
            record.container_title = generator.choice(BOOK_JOURNALS)
            record.volume = str(generator.randint(1, 70))
            record.issue = str(generator.randint(1, 6)) if generator.random() < 0.7 else None
            record.pages = f"{first}-{first + generator.randint(5, 40)}"
        else:
            record.variables["publisher"] = publisher
            if generator.random() < 0.85:
                record.variables["publisher-place"] = place
        if kind == "chapter":
            first = generator.randint(1, 400)
            record.container_title = _book_title(generator)
            record.editors = [person() for _ in range(generator.choice([1, 2, 2, 3]))]
            record.pages = f"{first}-{first + generator.randint(8, 40)}"
        elif kind == "book" and generator.random() < 0.2:
            record.editors, record.authors = record.authors, []  # an edited volume
        records.append(record)
    return records


def train(real: list[Example], out: Path, log: bool = False) -> int:
    """Real references plus rendered ones → a model at out; returns how many were trained on."""
    examples = list(real)
    records = generated_records(SYNTHETIC_PER_STYLE, SEED)
    for style in STYLES:
        examples += render(records, style)
    books = generated_book_records(SYNTHETIC_BOOKS_PER_STYLE, SEED + 1)
    for style in BOOK_STYLES:
        examples += render(books, style)
    for style in GERMAN_STYLES:
        examples += render(books[:SYNTHETIC_GERMAN_PER_STYLE], style)
    sequences = [features(tokenize(example.text), len(example.text)) for example in examples]
    counts = Counter(name for sequence in sequences for token in sequence for name in token)
    names = sorted(name for name, count in counts.items() if count >= MIN_COUNT)
    labels = sorted({name for example in examples for name in example.labels})
    network = _fit(sequences, [example.labels for example in examples], names, labels, log)
    _export(network, names, labels, out)
    _check_export(network, examples, out)
    return len(examples)


def _fit(sequences: list[list[list[str]]], gold: list[list[str]], names: list[str], labels: list[str], log: bool):  # noqa: ANN202
    import torch
    from labeller_network import Network

    torch.manual_seed(SEED)
    torch.set_num_threads(THREADS)
    order = random.Random(SEED)
    row = {name: index for index, name in enumerate(names, start=1)}
    label_index = {name: index for index, name in enumerate(labels)}
    # Row 0 stands for any feature seen too rarely to have its own, as it does in citekit.parsing.neural.
    encoded = [
        ([[row.get(name, 0) for name in token] for token in sequence], [label_index[x] for x in tags])
        for sequence, tags in zip(sequences, gold, strict=True)
    ]
    # Batches of similar length, in a fresh order each epoch.
    by_length = sorted(range(len(encoded)), key=lambda index: len(encoded[index][0]))
    batches = [by_length[first : first + BATCH] for first in range(0, len(by_length), BATCH)]
    network = Network(len(names) + 1, DIM, WIDTH, DILATIONS, len(labels), DROPOUT)
    optimiser = torch.optim.Adam(network.parameters(), lr=LEARNING_RATE)
    started = time.perf_counter()
    for epoch in range(EPOCHS):
        if epoch == int(EPOCHS * 0.7):
            for group in optimiser.param_groups:
                group["lr"] = LEARNING_RATE / 4
        order.shuffle(batches)
        total = 0.0
        for batch in batches:
            loss = network.loss([encoded[index] for index in batch])
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(network.parameters(), 5.0)
            optimiser.step()
            total += loss.item()
        if log:
            print(
                f"epoch {epoch + 1}/{EPOCHS}: loss {total / len(batches):.3f} ({time.perf_counter() - started:.0f} s)"
            )
    network.eval()
    return network


def _export(network, names: list[str], labels: list[str], out: Path) -> None:  # noqa: ANN001
    """The network's weights as the arrays citekit.parsing.neural reads. Stored uncompressed: it
    loads three times faster, and the wheel compresses it anyway."""
    from citekit.parsing import neural

    weights = {key: value.detach().numpy() for key, value in network.state_dict().items()}
    layers = range(len(DILATIONS))
    with out.open("wb") as file:
        np.savez(
            file,
            version=np.array(neural.VERSION),
            schema=np.array(neural.SCHEMA),
            features="\n".join(names),
            labels="\n".join(labels),
            embedding=weights["embedding.weight"].astype(np.float16),
            first=weights["first.weight"].T.copy(),
            first_bias=weights["first.bias"],
            # PyTorch's (out, in, tap) as (tap, in, out): taps before, at and after the token.
            kernels=np.stack([weights[f"convolutions.{layer}.weight"].transpose(2, 1, 0) for layer in layers]),
            kernel_bias=np.stack([weights[f"convolutions.{layer}.bias"] for layer in layers]),
            dilations=np.array(DILATIONS),
            output=weights["output.weight"].T.copy(),
            output_bias=weights["output.bias"],
            transitions=weights["transitions"],
            start=weights["start"],
            end=weights["end"],
        )


def _check_export(network, examples: list[Example], out: Path) -> None:  # noqa: ANN001
    """The exported arrays, run by citekit with numpy, must score tokens as PyTorch does."""
    import torch

    from citekit.parsing import neural

    weights = neural.load(out)
    sample = examples[:: max(1, len(examples) // 50)]
    tokens = [tokenize(example.text) for example in sample]
    got = neural._emissions(weights, tokens, [len(example.text) for example in sample])
    rows = [
        [[weights.index.get(name, 0) for name in token] for token in features(found, len(example.text))]
        for found, example in zip(tokens, sample, strict=True)
    ]
    with torch.no_grad():
        network.embedding.weight.copy_(network.embedding.weight.half().float())  # as exported
        expected, lengths = network.emissions(rows)
    for index, (one, length) in enumerate(zip(got, lengths, strict=True)):
        np.testing.assert_allclose(one, expected[index, :length].numpy(), rtol=1e-3, atol=1e-3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "citekit" / "data" / "reference-parser.npz")
    arguments = parser.parse_args()

    real, held_out = real_examples(arguments.shared)
    started = time.perf_counter()
    count = train(real, arguments.out, log=True)
    print(
        f"trained on {count} references ({len(held_out)} real ones held out) in "
        f"{time.perf_counter() - started:.0f} s → {arguments.out} ({arguments.out.stat().st_size // 1024} KiB)"
    )


if __name__ == "__main__":
    main()
