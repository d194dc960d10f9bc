"""The learned path's labeller: dilated convolutions with a CRF output layer, run with numpy.

Each token enters as the sum of embeddings of its sparse features (tokens.features, the same
strings a linear CRF would weigh), so the network starts from what a CRF knows and adds what a
first-order chain cannot see: 15 tokens each way, through four residual convolutions with
dilations 1, 2, 4 and 8. Trained with PyTorch by scripts/train_parser.py and shipped as plain
arrays (citekit/data/reference-parser.npz), so running it needs numpy only; nothing is downloaded.

Convolutions rather than a recurrent network because each layer is one matrix product over every
token of a pasted list, with no step-by-step loop in Python: on one core that is what makes the
learned path fast. (The bidirectional LSTM they replaced scored 0.950 on the development split of
scripts/tune_parser.py, these 0.955, and ran at about 60 % of their speed.)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import chain, repeat

import numpy as np

from citekit.parsing.tokens import (
    BIGRAM,
    FEATURES_VERSION,
    NEIGHBOURS,
    State,
    Token,
    context_states,
    seen_from,
    state_features,
    word_features,
)

MODEL = "data/reference-parser.npz"
VERSION = 1  # of the network's layout and of what the arrays mean
LABELS = ("author", "container", "date", "doi", "editor", "issue", "location", "number", "other", "pages")
LABELS += ("publisher", "title", "url", "volume")
# What the rows of the embedding stand for: the token features (citekit.parsing.tokens), named by
# the templates that make them. A model trained with other features would read garbage.
SCHEMA = hashlib.sha1(repr((VERSION, LABELS, NEIGHBOURS, BIGRAM, FEATURES_VERSION)).encode()).hexdigest()[:12]
BATCH = 128  # references labelled together (decoded step by step: of similar lengths)
CACHED_WORDS = 30_000  # 5 × width floats each: about 40 MB at the shipped size


class _Rows:
    """A table of rows (of floats, unless told) that grows as rows are added, gathered by index."""

    def __init__(self, dtype: type = np.float32) -> None:
        self.array = np.empty(0, dtype=dtype)
        self.count = 0

    def add(self, rows: np.ndarray) -> int:
        """Append rows; the index of the first."""
        first = self.count
        if first + len(rows) > len(self.array):
            grown = np.empty((2 * (first + len(rows)), *rows.shape[1:]), dtype=self.array.dtype)
            if first:
                grown[:first] = self.array[:first]
            self.array = grown
        self.array[first : first + len(rows)] = rows
        self.count += len(rows)
        return first

    def clear(self) -> None:
        self.count = 0  # the array is kept, to be written over


@dataclass(frozen=True, slots=True)
class Weights:
    labels: tuple[str, ...]
    index: dict[str, int]  # feature string → embedding row; row 0 is every unknown feature
    # (features + 2, width): each feature's embedding times the first dense layer's weights. That
    # layer is linear in the summed embeddings, so it is applied once per feature, at load, and
    # every sum after is of width rather than dim. The last row is zeros, for "no feature".
    embedding: np.ndarray
    first_bias: np.ndarray  # (width,): the first dense layer's
    # Each convolution's taps before, at and after a token, stacked: (layers, 3 * width, width).
    kernels: np.ndarray
    kernel_bias: np.ndarray  # (layers, width)
    dilations: tuple[int, ...]  # each layer's distance to the tokens before and after
    output: np.ndarray  # (width, labels)
    output_bias: np.ndarray  # (labels,)
    transitions: np.ndarray  # (labels, labels)
    start: np.ndarray  # (labels,)
    end: np.ndarray  # (labels,)
    # own feature's row → its rows as seen from 2 before, 1 before, 1 after, 2 after (row 0 where
    # that form is unknown); derived from index, in __post_init__
    neighbours: np.ndarray = field(init=False)
    # index's bigram features, derived from it as _bigram_table gives them: a number for each word
    # (in lower case) of a bigram, and each pair's key (first number × words + second), sorted,
    # beside its row; a batch's pairs are looked up at once, without building the features' strings
    bigram_words: dict[str, int] = field(init=False)
    bigram_keys: np.ndarray = field(init=False)
    bigram_rows: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "neighbours", _neighbour_table(self.index, len(self.embedding)))
        words, keys, rows = _bigram_table(self.index)
        object.__setattr__(self, "bigram_words", words)
        object.__setattr__(self, "bigram_keys", keys)
        object.__setattr__(self, "bigram_rows", rows)

    @property
    def no_feature(self) -> int:
        """The embedding's zero row."""
        return len(self.embedding) - 1


class Caches:
    """What labelling has worked out and may reuse: features are summed, so a token's input splits
    into its word's share, each neighbour's share, its State's and its bigram's; the first three
    repeat from reference to reference. Mutable, and owned by one Labeller: not shared weights."""

    def __init__(self) -> None:
        # word → row of word_shares: its embedding sums as (own, seen from 2 before, from 1 before,
        # 1 after, 2 after)
        self.words: dict[str, int] = {}
        self.word_shares = _Rows()
        self.bigram_words = _Rows(np.intp)  # word's row → its number in weights.bigram_words, or -1
        self.states: dict[State, int] = {}  # State → row of state_sums
        self.state_sums = _Rows()

    def forget_words(self) -> None:
        """Empty the per-word caches: they grow with every new word, so they are bounded."""
        self.words.clear()
        self.word_shares.clear()
        self.bigram_words.clear()

    def forget(self) -> None:
        """Empty every cache (for measuring)."""
        self.forget_words()
        self.states.clear()
        self.state_sums.clear()


class Labeller:
    """The shipped weights and the caches that speed labelling up, kept together."""

    def __init__(self, weights: Weights) -> None:
        self.weights = weights
        self.caches = Caches()

    def forget(self) -> None:
        self.caches.forget()


def _neighbour_table(index: dict[str, int], rows: int) -> np.ndarray:
    """(rows, 4): each own feature's rows as its neighbours see it ('-1:w=cell' for 'w=cell').
    A feature without a row (row 0) has none in any neighbour form either: each occurrence of a
    form is one of the feature, so the form is as rare or rarer. The zero row maps to itself."""
    table = np.zeros((rows, len(NEIGHBOURS)), dtype=np.intp)
    table[rows - 1] = rows - 1
    slots = {str(offset): slot for slot, offset in enumerate(NEIGHBOURS)}
    for name, row in index.items():
        head, colon, feature = name.partition(":")
        if colon and head in slots and (own := index.get(feature)) is not None:
            table[own, slots[head]] = row
    return table


def _bigram_table(index: dict[str, int]) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """index's bigram features as (a number for each of their words, their pairs' keys sorted,
    each key's row), the keys ending in one past any pair's, so every search lands inside. A token
    is a word or one mark, so neither word holds the separator ('|w=') and each name splits one way."""
    head, separator, _ = BIGRAM.split("{}")
    words: dict[str, int] = {}
    firsts, seconds, rows = [], [], []  # one loop over index: it runs at load, for every start-up
    for name, row in index.items():
        if name.startswith(head):
            word, _, following = name[len(head) :].partition(separator)
            firsts.append(words.setdefault(word, len(words)))
            seconds.append(words.setdefault(following, len(words)))
            rows.append(row)
    keys = np.array(firsts, dtype=np.int64) * len(words) + np.array(seconds, dtype=np.int64)
    order = np.argsort(keys)
    return words, np.append(keys[order], len(words) ** 2), np.append(np.array(rows, dtype=np.intp)[order], 0)


class ModelError(RuntimeError):
    """The parser's model file does not match this code."""


def schema(labels: tuple[str, ...]) -> str:
    return hashlib.sha1(repr((VERSION, labels, NEIGHBOURS, BIGRAM, FEATURES_VERSION)).encode()).hexdigest()[:12]


def load(path: object, expected: tuple[str, ...] = LABELS) -> Weights:
    """Arrays written by scripts/train_parser.py → weights ready for batched inference, once their
    version, feature schema and labels are checked against this code's (``expected``: the labels
    the caller reads)."""
    with np.load(path, allow_pickle=False) as arrays:
        version = int(arrays["version"]) if "version" in arrays else None
        written = str(arrays["schema"]) if "schema" in arrays else None
        labels = tuple(str(arrays["labels"]).split("\n"))
        if (version, written, labels) != (VERSION, schema(expected), expected):
            raise ModelError(
                f"reference parser model {path}: version {version}, feature schema {written}, labels {len(labels)}; "
                f"this citekit reads version {VERSION}, schema {schema(expected)}, {len(expected)} labels: "
                "retrain with scripts/train_parser.py"
            )
        names = str(arrays["features"]).split("\n")
        layers, taps, width, _ = arrays["kernels"].shape

        def single(name: str) -> np.ndarray:
            return arrays[name].astype(np.float32)

        return Weights(
            labels=tuple(str(arrays["labels"]).split("\n")),
            index={name: row for row, name in enumerate(names, start=1)},
            embedding=np.vstack([single("embedding") @ single("first"), np.zeros((1, width), np.float32)]),
            first_bias=single("first_bias"),
            kernels=single("kernels").reshape(layers, taps * width, width),
            kernel_bias=single("kernel_bias"),
            dilations=tuple(int(dilation) for dilation in arrays["dilations"]),
            output=single("output"),
            output_bias=single("output_bias"),
            transitions=arrays["transitions"].astype(np.float64),
            start=arrays["start"].astype(np.float64),
            end=arrays["end"].astype(np.float64),
        )


@lru_cache(maxsize=1)
def shipped() -> Weights:
    with resources.as_file(resources.files("citekit").joinpath(MODEL)) as path:
        return load(path)


@lru_cache(maxsize=1)
def shipped_labeller() -> Labeller:
    """The labeller citekit uses: the shipped weights and one set of caches."""
    return Labeller(shipped())


def _rows_summed(weights: Weights, groups: list[tuple[str, ...] | list[str]]) -> np.ndarray:
    """Each group of feature strings → the sum of their embeddings (unknown features: row 0)."""
    get = weights.index.get
    rows: list[int] = []
    starts: list[int] = []
    for group in groups:
        starts.append(len(rows))
        rows.extend([get(name, 0) for name in group])
    return np.add.reduceat(weights.embedding[rows], starts, axis=0)


def _word_rows(weights: Weights, caches: Caches, words: list[str]) -> np.ndarray:
    """Each word's row of caches.word_shares, computing the shares of words not seen before."""
    cache = caches.words
    if len(cache) > CACHED_WORDS:
        caches.forget_words()
    new = list(dict.fromkeys(word for word in words if word not in cache))
    if new:
        get, zero = weights.index.get, weights.no_feature
        owns = [word_features(word) for word in new]
        # Each new word's own features' rows, one word per row of a grid padded with the zero row.
        counts = np.fromiter(map(len, owns), dtype=np.intp, count=len(owns))
        places = int(counts.max())
        grid = np.full((len(new), places), zero)
        grid[np.arange(places) < counts[:, None]] = np.fromiter(
            map(get, chain.from_iterable(owns), repeat(0)), dtype=np.intp, count=int(counts.sum())
        )
        embedding, neighbours = weights.embedding, weights.neighbours
        shares = np.empty((len(new), 1 + len(NEIGHBOURS), embedding.shape[1]), dtype=np.float32)
        shares[:, 0] = embedding[grid].sum(axis=1)
        for slot, offset in enumerate(NEIGHBOURS):
            seen = [place for place in range(places) if offset in seen_from(place)]
            shares[:, slot + 1] = embedding[neighbours[grid[:, seen], slot]].sum(axis=1)
        first = caches.word_shares.add(shares)
        bigram_word = weights.bigram_words.get
        caches.bigram_words.add(np.array([bigram_word(word.lower(), -1) for word in new], dtype=np.intp))
        cache.update(zip(new, range(first, first + len(new)), strict=True))
    return np.fromiter(map(cache.__getitem__, words), dtype=np.intp, count=len(words))


def _state_rows(weights: Weights, caches: Caches, states: list[State]) -> np.ndarray:
    """Each State's row of caches.state_sums, summing the embeddings of States not seen before."""
    cache = caches.states
    rows = list(map(cache.get, states))
    if None in rows:
        new = list(dict.fromkeys(state for state, row in zip(states, rows, strict=True) if row is None))
        first = caches.state_sums.add(_rows_summed(weights, [state_features(state) for state in new]))
        cache.update(zip(new, range(first, first + len(new)), strict=True))
        rows = list(map(cache.__getitem__, states))
    return np.array(rows)


def _positions(sequences: list[list[Token]]) -> tuple[np.ndarray, np.ndarray]:
    """For each token of the batch: its position in its sequence, from the start and from the end."""
    lengths = [len(sequence) for sequence in sequences]
    forward = np.concatenate([np.arange(length) for length in lengths])
    return forward, np.repeat(np.array(lengths), lengths) - 1 - forward


def _input_sums(
    weights: Weights,
    sequences: list[list[Token]],
    text_lengths: list[int],
    positions: tuple[np.ndarray, np.ndarray],
    caches: Caches | None = None,
) -> np.ndarray:
    """(tokens, width): each token's sum of weights.embedding over the features tokens.features
    gives it. positions: as _positions gives them for these sequences."""
    caches = caches if caches is not None else Caches()
    forward, backward = positions
    words = [token.text for sequence in sequences for token in sequence]
    rows = _word_rows(weights, caches, words)
    shares = caches.word_shares.array
    # One row per (word, share): a token's neighbour's share is gathered in one step, shifted; a
    # neighbour past either end of the token's reference (or wrapped round the batch) is zeroed.
    flat, wide = shares.reshape(-1, shares.shape[2]), rows * shares.shape[1]
    summed = flat[wide]
    for slot, offset in enumerate(NEIGHBOURS, start=1):
        seen = flat[np.roll(wide, -offset) + slot]
        seen[np.flatnonzero((forward + offset < 0) | (backward - offset < 0))] = 0
        summed += seen
    states = [
        state
        for sequence, length in zip(sequences, text_lengths, strict=True)
        for state in context_states(sequence, length)
    ]
    state_rows = _state_rows(weights, caches, states)  # first: it may grow the table
    summed += caches.state_sums.array[state_rows]
    # Each token and the next as a key of weights.bigram_keys; a word in no bigram (-1) finds none.
    numbers = caches.bigram_words.array[rows]
    first, following = numbers[:-1], numbers[1:]
    keys = first * len(weights.bigram_words) + following
    found = np.searchsorted(weights.bigram_keys, keys)
    known = (first >= 0) & (following >= 0) & (weights.bigram_keys[found] == keys)
    pairs = np.empty(len(words), dtype=np.intp)
    pairs[:-1] = np.where(known, weights.bigram_rows[found], 0)  # an unknown bigram: row 0
    pairs[np.flatnonzero(backward == 0)] = weights.no_feature  # a reference's last token starts no bigram
    return summed + weights.embedding[pairs]


def _emissions(
    weights: Weights, sequences: list[list[Token]], text_lengths: list[int], caches: Caches | None = None
) -> list[np.ndarray]:
    """Per-token label scores for a batch of references, every token of the batch at once."""
    forward, backward = _positions(sequences)
    # through the first layer's weights
    states = _input_sums(weights, sequences, text_lengths, (forward, backward), caches)
    states += weights.first_bias
    np.maximum(states, 0, out=states)
    count, width = states.shape
    # Each token's three taps side by side, [before | at | after], for one product per layer.
    taps = np.empty((count, 3 * width), dtype=np.float32)
    before, at, after = taps[:, :width], taps[:, width : 2 * width], taps[:, 2 * width :]
    for kernel, bias, dilation in zip(weights.kernels, weights.kernel_bias, weights.dilations, strict=True):
        # Shifted copies of the batch's rows; a tap past either end of its own reference reads zeros.
        before[dilation:] = states[:-dilation]
        before[forward < dilation] = 0
        after[:-dilation] = states[dilation:]
        after[backward < dilation] = 0
        at[:] = states
        change = taps @ kernel
        change += bias
        np.maximum(change, 0, out=change)
        states += change
    scores = states @ weights.output
    scores += weights.output_bias
    return np.split(scores, np.cumsum([len(sequence) for sequence in sequences])[:-1])


def _padded(scores: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(steps, batch, labels) scores, zero past each end, and which steps each sequence has."""
    lengths = np.array([len(one) for one in scores])
    padded = np.zeros((lengths.max(), len(scores), scores[0].shape[1]), dtype=np.float64)
    for column, one in enumerate(scores):
        padded[: len(one), column] = one
    inside = np.arange(lengths.max())[:, None] < lengths[None, :]  # (steps, batch)
    return padded, inside


def _by_length(padded: np.ndarray, inside: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """padded's columns shortest first (tag gives them so), their lengths, the order taken, and at
    each step the first column still running: the ended columns are the ones before it, so each
    Viterbi step works on the rest alone, with no test of which have ended. (Forward–backward
    gains nothing from it: its steps are matrix products, and their sums would change in the last
    digit on fewer rows.)"""
    lengths = inside.sum(axis=0)
    order = np.argsort(lengths, kind="stable")
    lengths = lengths[order]
    return padded[:, order], lengths, order, np.searchsorted(lengths, np.arange(len(padded)), side="right")


def _viterbi(weights: Weights, padded: np.ndarray, inside: np.ndarray) -> list[list[int]]:
    """The best label path of each sequence (scores as _padded gives them), all stepped together."""
    padded, lengths, order, running = _by_length(padded, inside)
    into = weights.transitions.T.copy()  # (to, from): each label's incoming moves side by side
    best = weights.start + padded[0]  # (batch, labels)
    pointers = np.zeros(padded.shape, dtype=np.intp)
    columns, labels = np.arange(padded.shape[1]), np.arange(padded.shape[2])[None, :]
    for step in range(1, len(padded)):
        first = running[step]
        candidates = best[first:, None, :] + into  # (running, to, from)
        pointers[step, first:] = chosen = candidates.argmax(axis=2)
        # The best scores picked by their argmax: faster than a second reduction, .max(axis=2).
        best[first:] = candidates[columns[: len(chosen), None], labels, chosen] + padded[step, first:]
    # Back from each sequence's own last step, all sequences at once: a column joins at its last.
    current = (best + weights.end).argmax(axis=1)
    paths = np.empty(padded.shape[:2], dtype=np.intp)
    for step in range(len(padded) - 1, -1, -1):
        first = running[step]
        paths[step, first:] = current[first:]
        if step:
            current[first:] = pointers[step, columns[first:], current[first:]]
    given: list[list[int]] = [[] for _ in order]  # back in the order the columns came in
    for column, (length, place) in enumerate(zip(lengths.tolist(), order.tolist(), strict=True)):
        given[place] = paths[:length, column].tolist()
    return given


def _marginals(weights: Weights, padded: np.ndarray, inside: np.ndarray) -> list[np.ndarray]:
    """P(label at each position | reference), by scaled forward–backward in probability space:
    each step is normalised, so nothing overflows and no logarithm is needed."""
    steps = len(padded)
    potentials = np.exp(padded - padded.max(axis=2, keepdims=True))  # (steps, batch, labels)
    moves = np.exp(weights.transitions)
    alpha = np.empty_like(potentials)
    alpha[0] = np.exp(weights.start) * potentials[0]
    alpha[0] /= alpha[0].sum(axis=1, keepdims=True)
    for step in range(1, steps):
        forward = (alpha[step - 1] @ moves) * potentials[step]
        alpha[step] = forward / forward.sum(axis=1, keepdims=True)
    beta = np.empty_like(potentials)
    finish = np.exp(weights.end)[None, :]
    lengths = inside.sum(axis=0)
    beta[steps - 1] = finish
    for step in range(steps - 2, -1, -1):
        backward = (potentials[step + 1] * beta[step + 1]) @ moves.T
        backward /= backward.sum(axis=1, keepdims=True)
        # A sequence that ends at this step starts its backward pass here.
        beta[step] = np.where((lengths == step + 1)[:, None], finish, backward)
    joint = alpha * beta
    joint /= joint.sum(axis=2, keepdims=True)
    return [joint[:length, column] for column, length in enumerate(lengths.tolist())]


def tag(
    sequences: list[list[Token]], text_lengths: list[int], labeller: Labeller | None = None
) -> list[tuple[list[str], list[float]]]:
    """Each reference's tokens (and its text's length) → (labels, each label's marginal
    probability), in the order given."""
    labeller = labeller if labeller is not None else shipped_labeller()
    weights = labeller.weights
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    result: list[tuple[list[str], list[float]]] = [([], []) for _ in sequences]
    names = weights.labels
    for first in range(0, len(order), BATCH):
        chunk = [i for i in order[first : first + BATCH] if sequences[i]]
        if not chunk:
            continue
        scores = _emissions(weights, [sequences[i] for i in chunk], [text_lengths[i] for i in chunk], labeller.caches)
        padded, inside = _padded(scores)
        paths = _viterbi(weights, padded, inside)
        marginals = _marginals(weights, padded, inside)
        for i, path, probabilities in zip(chunk, paths, marginals, strict=True):
            chosen = np.minimum(probabilities[np.arange(len(path)), path], 1.0).tolist()  # no 1.0000001
            result[i] = ([names[k] for k in path], chosen)
    return result
