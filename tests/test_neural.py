"""The learned path's network, run with numpy: decoding must be exact, batching must not change
what a reference parses to, and the shipped model must load without anything else installed."""

from __future__ import annotations

import gc
import itertools
from importlib import resources

import numpy as np
import pytest

from citekit.parsing import neural, parse_each, parse_reference
from citekit.parsing.learned import label_many, parse_learned_many
from citekit.parsing.tokens import features, tokenize

FEATURES = ("w=cell", "cap", "year", "-1:w=cell", "1:cap", "bigram=w=cell|w=2014", "pos=0", "-2:edge", "s=X", "2:s=X")


def _tiny_model(seed: int) -> neural.Weights:
    """A 3-label model with random weights: small enough to check against brute force."""
    generator = np.random.default_rng(seed)
    dim, width, labels = 4, 3, 3

    def normal(*shape: int) -> np.ndarray:
        return generator.normal(0, 1, shape).astype(np.float32)

    return neural.Weights(
        labels=("a", "b", "c"),
        index={name: row for row, name in enumerate(FEATURES, start=1)},
        # As load() makes it: already through the first layer's weights, and a zero row added.
        embedding=np.vstack([normal(len(FEATURES) + 1, dim) @ normal(dim, width), np.zeros((1, width), np.float32)]),
        first_bias=normal(width),
        kernels=normal(2, 3 * width, width),
        kernel_bias=normal(2, width),
        dilations=(1, 2),
        output=normal(width, labels),
        output_bias=normal(labels),
        transitions=normal(labels, labels).astype(np.float64),
        start=normal(labels).astype(np.float64),
        end=normal(labels).astype(np.float64),
    )


def _brute_force(weights: neural.Weights, scores: np.ndarray) -> tuple[list[int], np.ndarray]:
    """Every label path scored: the best one, and each position's marginal probabilities."""
    length, labels = scores.shape
    paths = list(itertools.product(range(labels), repeat=length))
    totals = np.array(
        [
            weights.start[path[0]]
            + weights.end[path[-1]]
            + sum(scores[step, path[step]] for step in range(length))
            + sum(weights.transitions[path[step - 1], path[step]] for step in range(1, length))
            for path in paths
        ]
    )
    probabilities = np.exp(totals - totals.max())
    probabilities /= probabilities.sum()
    marginals = np.zeros((length, labels))
    for path, probability in zip(paths, probabilities, strict=True):
        marginals[np.arange(length), path] += probability
    return list(paths[int(totals.argmax())]), marginals


@pytest.mark.parametrize("seed", range(5))
def test_decoding_a_batch_matches_brute_force(seed):
    weights = _tiny_model(seed)
    # Sequences of different lengths in one batch: each must end where it ends, not at the longest.
    scores = [np.random.default_rng(seed + 100).normal(0, 2, (n, 3)) for n in (5, 1, 3, 2, 4)]
    padded, inside = neural._padded(scores)
    paths = neural._viterbi(weights, padded, inside)
    marginals = neural._marginals(weights, padded, inside)
    for one, path, marginal in zip(scores, paths, marginals, strict=True):
        best, expected = _brute_force(weights, one)
        assert path == best
        np.testing.assert_allclose(marginal, expected, atol=1e-6)


def test_a_reference_scores_the_same_alone_and_in_a_batch():
    weights = _tiny_model(7)
    texts = ["Cell 2014", "A", "Aceto N (2014) Title. Cell 158:1-2", "Cell. Cell; cell 2001"]
    sequences = [tokenize(text) for text in texts]
    together = neural._emissions(weights, sequences, [len(text) for text in texts])
    for sequence, text, batched in zip(sequences, texts, together, strict=True):
        (alone,) = neural._emissions(weights, [sequence], [len(text)])
        np.testing.assert_allclose(batched, alone, rtol=1e-5, atol=1e-5)
        assert batched.shape == (len(sequence), 3)


def test_emissions_sum_the_embeddings_of_exactly_the_tokens_features():
    """The per-word shortcut (a word's share of its neighbours, cached) must add up to what
    training saw: the embedding sum of every feature string features() gives the token."""
    weights = _tiny_model(3)
    text = "Cell 2014. Cell, (Cell) x"
    tokens = tokenize(text)
    expected = np.array(
        [
            weights.embedding[[weights.index.get(name, 0) for name in row]].sum(axis=0)
            for row in features(tokens, len(text))
        ]
    )
    got = neural._input_sums(weights, [tokens], [len(text)], neural._positions([tokens]))
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)


REFERENCES = [
    "Aceto, N., Bardia, A., & Maheswaran, S. (2014). Circulating tumor cell clusters are oligoclonal "
    "precursors of breast cancer metastasis. Cell, 158(5), 1110–1122.",
    "Stoorvogel W (2012) Functional transfer of microRNA by exosomes. Blood 119(3):646–648",
    "[3] N. Aceto and S. Maheswaran, “Circulating tumor cell clusters,” Cell, vol. 158, no. 5, pp. 1110–1122, 2014.",
    "",
    "Coffelt SB, Kersten K, Doornebal CW, et al. IL-17-producing γδ T cells and neutrophils conspire to promote "
    "breast cancer metastasis. Nature. 2015;522(7556):345-348.",
    "Théry C (2011) Exosomes: secreted vesicles and intercellular communications. F1000 Biol Rep 3:15",
]


def test_parsing_a_list_gives_what_parsing_one_by_one_gives():
    one_by_one = [parse_reference(text) for text in REFERENCES]
    together = parse_each(REFERENCES)
    for alone, batched in zip(one_by_one, together, strict=True):
        # Confidences may differ in the last float digits: batches multiply matrices of other shapes.
        assert batched.confidence == pytest.approx(alone.confidence, abs=1e-5)
        alone.confidence = batched.confidence = {}
    assert together == one_by_one
    assert [r.authors[0].family if r.authors else None for r in one_by_one] == [
        "Aceto",
        "Stoorvogel",
        "Aceto",
        None,
        "Coffelt",
        "Théry",
    ]


def test_every_label_has_a_probability():
    for tokens, labels, confidences in label_many(REFERENCES):
        assert len(tokens) == len(labels) == len(confidences)
        assert all(0.0 < confidence <= 1.0 for confidence in confidences)
    assert label_many([]) == []


def test_the_shipped_model_has_no_neighbour_feature_without_its_own():
    """neural.Weights.neighbours maps a feature without a row of its own to no neighbour-form rows:
    right only while every neighbour form ('-1:w=cell') is as rare as the feature or rarer."""
    index = neural.shipped().index
    neighbour_forms = [name for name in index if name.split(":", 1)[0] in {"-2", "-1", "1", "2"}]
    assert len(neighbour_forms) > 10_000
    assert [name for name in neighbour_forms if name.split(":", 1)[1] not in index and not name.endswith(":edge")] == []


def test_the_shipped_model_loads_and_labels_what_it_was_made_for():
    weights = neural.shipped()
    assert {"author", "title", "container", "date", "volume", "pages"} <= set(weights.labels)
    tokens, labels, _ = label_many([REFERENCES[0]])[0]
    label_of = {token.text: name for token, name in zip(tokens, labels, strict=True)}
    assert (label_of["Aceto"], label_of["Circulating"], label_of["Cell"]) == ("author", "title", "container")
    assert (label_of["2014"], label_of["158"], label_of["1110"], label_of["1122"]) == (
        "date",
        "volume",
        "pages",
        "pages",
    )


def test_the_word_cache_is_bounded_and_emptying_it_changes_nothing(monkeypatch):
    weights = _tiny_model(5)
    first, second = ["Cell 2014 one two three", "four five Cell six"], ["Cell 2014 new words"]
    expected = [
        neural._emissions(weights, [tokenize(t) for t in texts], [len(t) for t in texts]) for texts in (first, second)
    ]
    monkeypatch.setattr(neural, "CACHED_WORDS", 3)
    caches = neural.Caches()
    # The second batch meets a full cache, and holds both words seen before and new ones.
    for texts, want in zip((first, second), expected, strict=True):
        got = neural._emissions(weights, [tokenize(t) for t in texts], [len(t) for t in texts], caches)
        for one, other in zip(want, got, strict=True):
            np.testing.assert_allclose(one, other, rtol=1e-6)
    assert len(caches.words) <= 4  # only the second batch's words are left


def test_the_network_is_the_textbook_dilated_convolution(tmp_path):
    """Write arrays as scripts/train_parser.py does (PyTorch's Conv1d weights, (out, in, tap),
    as (tap, in, out)), load them as citekit does, and compare with the convolutions written out
    token by token, zeros past either end of the reference."""
    generator = np.random.default_rng(11)
    dim, width, labels, dilations = 4, 3, 3, (1, 2, 4)
    torch_kernels = generator.normal(0, 1, (len(dilations), width, width, 3))  # (layer, out, in, tap)
    arrays = {
        "features": "\n".join(FEATURES),
        "labels": "a\nb\nc",
        "version": np.array(neural.VERSION),
        "schema": np.array(neural.schema(("a", "b", "c"))),
        "embedding": generator.normal(0, 1, (len(FEATURES) + 1, dim)).astype(np.float16),
        "first": generator.normal(0, 1, (dim, width)),
        "first_bias": generator.normal(0, 1, width),
        "kernels": torch_kernels.transpose(0, 3, 2, 1),
        "kernel_bias": generator.normal(0, 1, (len(dilations), width)),
        "dilations": np.array(dilations),
        "output": generator.normal(0, 1, (width, labels)),
        "output_bias": generator.normal(0, 1, labels),
        "transitions": generator.normal(0, 1, (labels, labels)),
        "start": generator.normal(0, 1, labels),
        "end": generator.normal(0, 1, labels),
    }
    np.savez(tmp_path / "model.npz", **arrays)
    weights = neural.load(tmp_path / "model.npz", expected=("a", "b", "c"))
    text = "Cell 2014. Cell, (Cell) x and more words"
    tokens = tokenize(text)
    row = {name: index for index, name in enumerate(FEATURES, start=1)}
    embedding = arrays["embedding"].astype(np.float64)
    summed = np.array(
        [embedding[[row.get(name, 0) for name in names]].sum(axis=0) for names in features(tokens, len(text))]
    )
    states = np.maximum(summed @ arrays["first"] + arrays["first_bias"], 0)
    for layer, dilation in enumerate(dilations):
        changes = []
        for place in range(len(tokens)):
            total = arrays["kernel_bias"][layer].copy()
            for tap, neighbour in enumerate((place - dilation, place, place + dilation)):
                if 0 <= neighbour < len(tokens):
                    total += torch_kernels[layer, :, :, tap] @ states[neighbour]
            changes.append(np.maximum(total, 0))
        states = states + np.array(changes)
    expected = states @ arrays["output"] + arrays["output_bias"]
    (got,) = neural._emissions(weights, [tokens], [len(text)])
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("enabled", [True, False])
def test_parsing_a_list_leaves_the_cycle_collector_as_it_found_it(enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        parse_learned_many(REFERENCES[:2])
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_a_model_file_of_another_schema_is_refused_with_a_reason(tmp_path):
    from citekit.parsing import segmenter

    path = tmp_path / "model.npz"
    with np.load(resources.files("citekit").joinpath(neural.MODEL)) as arrays:
        copied = {name: arrays[name] for name in arrays.files}
    np.savez(path, **{**copied, "schema": np.array("0123456789ab")})
    with pytest.raises(neural.ModelError, match="retrain with scripts/train_parser.py"):
        neural.load(path)
    with np.load(resources.files("citekit").joinpath(segmenter.MODEL)) as arrays:
        copied = {name: arrays[name] for name in arrays.files}
    np.savez(path, **{**copied, "version": np.array(99)})
    with pytest.raises(segmenter.ModelError, match="version 99"):
        segmenter.load(path)
