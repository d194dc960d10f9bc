"""The learned path's labeller: a bidirectional LSTM with a CRF output layer, run with numpy.

Each token enters as the sum of embeddings of its sparse features (tokens.features, the same
strings a linear CRF would weigh), so the network starts from what a CRF knows and adds what a
first-order chain cannot see: the whole reference, both ways. Trained with PyTorch by
scripts/train_parser.py and shipped as plain arrays (citekit/data/reference-parser.npz), so
running it needs numpy only; nothing is downloaded.

References are labelled in batches: one step of the recurrence serves every reference in the
batch, which is what makes a pasted list fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import chain, repeat

import numpy as np

from citekit.parsing.tokens import (
    BIGRAM,
    NEIGHBOURS,
    State,
    Token,
    context_states,
    seen_from,
    state_features,
    word_features,
)

MODEL = "data/reference-parser.npz"
BATCH = 128  # references stepped through the network together
CACHED_WORDS = 30_000  # 5 × dim floats each: about 60 MB at the shipped size


class _Rows:
    """A table of float rows that grows as rows are added, gathered by index."""

    def __init__(self) -> None:
        self.array = np.empty(0, dtype=np.float32)
        self.count = 0

    def add(self, rows: np.ndarray) -> int:
        """Append rows; the index of the first."""
        first = self.count
        if first + len(rows) > len(self.array):
            grown = np.empty((2 * (first + len(rows)), *rows.shape[1:]), dtype=np.float32)
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
    embedding: np.ndarray  # (features + 2, dim); the last row is zeros, for "no feature"
    # LSTM gates [input forget output cell], forward then backward; see load() for the order
    # and the halving.
    input_gates: np.ndarray  # (2, dim, 4 * hidden)
    input_bias: np.ndarray  # (2, 4 * hidden)
    recurrent: np.ndarray  # (2, hidden, 4 * hidden)
    output: np.ndarray  # (2 * hidden, labels)
    output_bias: np.ndarray  # (labels,)
    transitions: np.ndarray  # (labels, labels)
    start: np.ndarray  # (labels,)
    end: np.ndarray  # (labels,)
    # Caches. Features are summed, so a token's input splits into its word's share, each
    # neighbour's share, its State's and its bigram's; the first three repeat and are kept.
    # word → row of word_shares: its embedding sums as (own, seen from 2 before, from 1 before,
    # 1 after, 2 after).
    words: dict[str, int] = field(default_factory=dict)
    word_shares: _Rows = field(default_factory=_Rows)
    # own feature's row → its rows as seen from 2 before, 1 before, 1 after, 2 after (row 0 where
    # that form is unknown); derived from index, in __post_init__
    neighbours: np.ndarray = field(init=False)
    # State → row of state_sums
    states: dict[State, int] = field(default_factory=dict)
    state_sums: _Rows = field(default_factory=_Rows)

    def __post_init__(self) -> None:
        object.__setattr__(self, "neighbours", _neighbour_table(self.index, len(self.embedding)))

    @property
    def no_feature(self) -> int:
        """The embedding's zero row."""
        return len(self.embedding) - 1

    def forget_words(self) -> None:
        """Empty the per-word caches: they grow with every new word, so they are bounded."""
        self.words.clear()
        self.word_shares.clear()

    def forget(self) -> None:
        """Empty every cache (for measuring)."""
        self.forget_words()
        self.states.clear()
        self.state_sums.clear()


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


def load(path: object) -> Weights:
    """Arrays written by scripts/train_parser.py → weights ready for batched inference."""
    with np.load(path, allow_pickle=False) as arrays:
        names = str(arrays["features"]).split("\n")
        hidden = arrays["recurrent"].shape[1]
        dim = arrays["embedding"].shape[1]
        # PyTorch's gate order is [input forget cell output]; reordered to [input forget output
        # cell], the three sigmoid gates are side by side. sigmoid(x) = (tanh(x / 2) + 1) / 2: with
        # their weights halved here, one tanh over all four gates serves every step.
        gates = np.concatenate(
            [np.arange(2 * hidden), np.arange(3 * hidden, 4 * hidden), np.arange(2 * hidden, 3 * hidden)]
        )
        halve = np.ones(4 * hidden, dtype=np.float32)
        halve[: 3 * hidden] = 0.5

        def reordered(name: str, *shape: int) -> np.ndarray:
            return arrays[name].astype(np.float32).reshape(shape)[..., gates] * halve

        return Weights(
            labels=tuple(str(arrays["labels"]).split("\n")),
            index={name: row for row, name in enumerate(names, start=1)},
            embedding=np.vstack([arrays["embedding"].astype(np.float32), np.zeros((1, dim), np.float32)]),
            input_gates=reordered("input_gates", dim, 2, 4 * hidden).transpose(1, 0, 2).copy(),
            input_bias=reordered("input_bias", 2, 4 * hidden),
            recurrent=reordered("recurrent", 2, hidden, 4 * hidden),
            output=arrays["output"].astype(np.float32),
            output_bias=arrays["output_bias"].astype(np.float32),
            transitions=arrays["transitions"].astype(np.float64),
            start=arrays["start"].astype(np.float64),
            end=arrays["end"].astype(np.float64),
        )


@lru_cache(maxsize=1)
def shipped() -> Weights:
    with resources.as_file(resources.files("citekit").joinpath(MODEL)) as path:
        return load(path)


def _rows_summed(weights: Weights, groups: list[tuple[str, ...] | list[str]]) -> np.ndarray:
    """Each group of feature strings → the sum of their embeddings (unknown features: row 0)."""
    get = weights.index.get
    rows: list[int] = []
    starts: list[int] = []
    for group in groups:
        starts.append(len(rows))
        rows.extend([get(name, 0) for name in group])
    return np.add.reduceat(weights.embedding[rows], starts, axis=0)


def _word_rows(weights: Weights, words: list[str]) -> np.ndarray:
    """Each word's row of weights.word_shares, computing the shares of words not seen before."""
    cache = weights.words
    if len(cache) > CACHED_WORDS:
        weights.forget_words()
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
        first = weights.word_shares.add(shares)
        cache.update(zip(new, range(first, first + len(new)), strict=True))
    return np.fromiter(map(cache.__getitem__, words), dtype=np.intp, count=len(words))


def _state_rows(weights: Weights, states: list[State]) -> np.ndarray:
    """Each State's row of weights.state_sums, summing the embeddings of States not seen before."""
    cache = weights.states
    rows = list(map(cache.get, states))
    if None in rows:
        new = list(dict.fromkeys(state for state, row in zip(states, rows, strict=True) if row is None))
        first = weights.state_sums.add(_rows_summed(weights, [state_features(state) for state in new]))
        cache.update(zip(new, range(first, first + len(new)), strict=True))
        rows = list(map(cache.__getitem__, states))
    return np.array(rows)


def _positions(sequences: list[list[Token]]) -> tuple[np.ndarray, np.ndarray]:
    """For each token of the batch: its position in its sequence, from the start and from the end."""
    lengths = [len(sequence) for sequence in sequences]
    forward = np.concatenate([np.arange(length) for length in lengths])
    return forward, np.repeat(np.array(lengths), lengths) - 1 - forward


def _input_sums(weights: Weights, sequences: list[list[Token]], text_lengths: list[int]) -> np.ndarray:
    """(tokens, dim): each token's embedding sum over the features tokens.features gives it."""
    forward, backward = _positions(sequences)
    words = [token.text for sequence in sequences for token in sequence]
    rows = _word_rows(weights, words)
    shares = weights.word_shares.array
    summed = shares[rows, 0]
    for slot, offset in enumerate(NEIGHBOURS, start=1):
        inside = np.flatnonzero((forward + offset >= 0) & (backward - offset >= 0))
        summed[inside] += shares[rows[inside + offset], slot]
    states = [
        state
        for sequence, length in zip(sequences, text_lengths, strict=True)
        for state in context_states(sequence, length)
    ]
    state_rows = _state_rows(weights, states)  # first: it may grow the table
    summed += weights.state_sums.array[state_rows]
    get, zero = weights.index.get, weights.no_feature
    lowered = [word.lower() for word in words]
    pairs = np.fromiter(
        chain(map(get, map(BIGRAM.format, lowered, lowered[1:]), repeat(0)), (zero,)), dtype=np.intp, count=len(words)
    )
    pairs[np.flatnonzero(backward == 0)] = zero  # a reference's last token starts no bigram
    return summed + weights.embedding[pairs]


def _emissions(weights: Weights, sequences: list[list[Token]], text_lengths: list[int]) -> list[np.ndarray]:
    """Per-token label scores for a batch of references, all stepped through the LSTM together."""
    # Shortest first: at each step the sequences still running are the batch's tail, and only
    # they are computed.
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    sequences = [sequences[i] for i in order]
    summed = _input_sums(weights, sequences, [text_lengths[i] for i in order])
    lengths = np.array([len(sequence) for sequence in sequences])
    hidden = weights.recurrent.shape[1]
    # Step k reads each running sequence's token k forward and its token k from the end backward.
    # The inputs are laid out step by step, so that each step's are one slice.
    finished = np.searchsorted(lengths, np.arange(lengths[-1]), side="right")  # sequences done before each step
    running = len(lengths) - finished
    bounds = np.concatenate([[0], np.cumsum(running)])
    step = np.repeat(np.arange(len(running)), running)
    sequence = np.arange(bounds[-1]) - np.repeat(bounds[:-1] - finished, running)
    first = np.cumsum(lengths) - lengths
    tokens = np.stack([first[sequence] + step, first[sequence] + lengths[sequence] - 1 - step])  # (2, steps…)
    inputs = np.matmul(summed[tokens], weights.input_gates)  # (2, steps…, 4 * hidden)
    inputs += weights.input_bias[:, None]
    state = np.zeros((2, len(sequences), hidden), dtype=np.float32)
    cell = np.zeros_like(state)
    states = np.empty((2, bounds[-1], hidden), dtype=np.float32)
    for start, end, done in zip(bounds[:-1].tolist(), bounds[1:].tolist(), finished.tolist(), strict=True):
        gates = np.matmul(state[:, done:], weights.recurrent)  # (2, running, 4 * hidden)
        gates += inputs[:, start:end]
        np.tanh(gates, out=gates)
        sigmoids = gates[..., : 3 * hidden]
        sigmoids *= 0.5
        sigmoids += 0.5
        now = cell[:, done:]
        now *= gates[..., hidden : 2 * hidden]  # forget
        now += gates[..., :hidden] * gates[..., 3 * hidden :]  # input × cell gate
        out = state[:, done:]
        np.tanh(now, out=out)
        out *= gates[..., 2 * hidden : 3 * hidden]  # output gate
        states[:, start:end] = out
    both = np.empty((len(summed), 2 * hidden), dtype=np.float32)
    both[tokens[0], :hidden] = states[0]
    both[tokens[1], hidden:] = states[1]
    scores = np.split(both @ weights.output + weights.output_bias, np.cumsum(lengths)[:-1])
    result: list[np.ndarray] = [scores[0]] * len(scores)
    for position, index in enumerate(order):
        result[index] = scores[position]
    return result


def _padded(scores: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(steps, batch, labels) scores, zero past each end, and which steps each sequence has."""
    lengths = np.array([len(one) for one in scores])
    padded = np.zeros((lengths.max(), len(scores), scores[0].shape[1]), dtype=np.float64)
    for column, one in enumerate(scores):
        padded[: len(one), column] = one
    inside = np.arange(lengths.max())[:, None] < lengths[None, :]  # (steps, batch)
    return padded, inside


def _viterbi(weights: Weights, padded: np.ndarray, inside: np.ndarray) -> list[list[int]]:
    """The best label path of each sequence (scores as _padded gives them), all stepped together."""
    into = weights.transitions.T.copy()  # (to, from): each label's incoming moves side by side
    best = weights.start + padded[0]  # (batch, labels)
    pointers = np.zeros(padded.shape, dtype=np.intp)
    batch, labels = np.arange(padded.shape[1])[:, None], np.arange(padded.shape[2])[None, :]
    for step in range(1, len(padded)):
        candidates = best[:, None, :] + into  # (batch, to, from)
        pointers[step] = chosen = candidates.argmax(axis=2)
        # The best scores picked by their argmax: faster than a second reduction, .max(axis=2).
        advanced = candidates[batch, labels, chosen] + padded[step]
        best = np.where(inside[step][:, None], advanced, best)  # a finished sequence keeps its score
    # Back from each sequence's own last step, all sequences at once.
    lengths = inside.sum(axis=0)
    last = (best + weights.end).argmax(axis=1)
    columns = np.arange(padded.shape[1])
    paths = np.empty(inside.shape, dtype=np.intp)
    current = last
    for step in range(len(padded) - 1, -1, -1):
        current = np.where(lengths - 1 == step, last, current)
        paths[step] = current
        if step:
            current = np.where(inside[step], pointers[step, columns, current], current)
    return [paths[:length, column].tolist() for column, length in enumerate(lengths.tolist())]


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
    sequences: list[list[Token]], text_lengths: list[int], weights: Weights | None = None
) -> list[tuple[list[str], list[float]]]:
    """Each reference's tokens (and its text's length) → (labels, each label's marginal
    probability), in the order given."""
    if weights is None:
        weights = shipped()
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    result: list[tuple[list[str], list[float]]] = [([], []) for _ in sequences]
    names = weights.labels
    for first in range(0, len(order), BATCH):
        chunk = [i for i in order[first : first + BATCH] if sequences[i]]
        if not chunk:
            continue
        scores = _emissions(weights, [sequences[i] for i in chunk], [text_lengths[i] for i in chunk])
        padded, inside = _padded(scores)
        paths = _viterbi(weights, padded, inside)
        marginals = _marginals(weights, padded, inside)
        for i, path, probabilities in zip(chunk, paths, marginals, strict=True):
            chosen = np.minimum(probabilities[np.arange(len(path)), path], 1.0).tolist()  # no 1.0000001
            result[i] = ([names[k] for k in path], chosen)
    return result
