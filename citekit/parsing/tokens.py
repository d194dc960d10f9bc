"""Tokens and their features for the sequence labeller (the same at training and at run time)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)[a-z]?$")
_ROMAN = re.compile(r"^[ivxlcdm]+$", re.IGNORECASE)
_QUOTES = set("\"“”‘’«»'")
_OPEN = set("([{")
_CLOSE = set(")]}")
BUCKETS = 8


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    shape = []
    for ch in word[:6]:
        kind = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not shape or shape[-1] != kind:
            shape.append(kind)
    return "".join(shape)


def _own_features(token: str) -> list[str]:
    lower = token.lower()
    features = [f"w={lower}", f"s={_shape(token)}", f"p2={lower[:2]}", f"x2={lower[-2:]}", f"x3={lower[-3:]}"]
    digits = token.isdigit()
    if digits:
        features.append(f"digits={min(len(token), 5)}")
    if 4 <= len(token) <= 5 and _YEAR.match(token):
        features.append("year")
    if token[:1].isupper():
        features.append("cap")
    alpha = token.isalpha()
    if alpha and len(token) <= 4 and token.isupper():
        features.append("initials")
    if alpha and len(token) == 1:
        features.append("letter")
    if len(token) <= 4 and _ROMAN.match(token):
        features.append("roman")
    mixed = not (alpha or digits)
    if mixed and any(ch.isdigit() for ch in token) and any(ch.isalpha() for ch in token):
        features.append("alnum")
    if token in _QUOTES:
        features.append("quote")
    return features


@lru_cache(maxsize=65536)
def word_features(token: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """A word's features, and the same as seen from each neighbour: computed once per word, since
    building these strings is most of the labeller's time."""
    own = _own_features(token)
    first = own[:3]
    # The next and previous word: all but their two-letter prefix and suffix.
    near = [own[0], own[1], *own[4:]]
    seen = {
        -2: tuple(["-2:" + f for f in first]),
        -1: tuple(["-1:" + f for f in near]),
        1: tuple(["1:" + f for f in near]),
        2: tuple(["2:" + f for f in first]),
    }
    return tuple(own), seen


_YEARS = tuple(f"years={n}" for n in range(3))
_BREAKS = tuple(f"breaks={n}" for n in range(6))
_COMMAS = tuple(f"commas={n}" for n in range(5))
_QUOTES_SEEN = tuple(f"quotes={n}" for n in range(4))
_POSITIONS = tuple(f"pos={n}" for n in range(BUCKETS))
_BEFORE_IN = {".", ",", ";", ")"}


def features(tokens: list[Token], text_length: int) -> list[list[str]]:
    """For each token: its own features, its neighbours' (as each neighbour sees itself from there,
    word_features), and its context (context_features)."""
    cached = [word_features(token.text) for token in tokens]
    count = len(tokens)
    result = []
    for index, context in enumerate(context_features(tokens, text_length)):
        row = [*cached[index][0], *context]
        for offset in NEIGHBOURS:
            if 0 <= index + offset < count:
                row += cached[index + offset][1][offset]
        result.append(row)
    return result


NEIGHBOURS = (-2, -1, 1, 2)
_EDGES = {offset: f"{offset}:edge" for offset in NEIGHBOURS}


def context_features(tokens: list[Token], text_length: int) -> list[list[str]]:
    """For each token, what its word alone does not tell: its position, bracket and quote state,
    where in the reference's structure it stands, edges, and the bigram it starts.
    Written for speed: this runs for every reference the learned path reads."""
    texts = [t.text for t in tokens]
    owns = [word_features(text)[0] for text in texts]
    count = len(tokens)
    length = max(text_length, 1)
    result = []
    depth = 0
    quoted = False
    # Where in the reference's structure a token stands: after how many years, sentence breaks,
    # commas in this sentence, quotes, and whether an 'In' has opened a book or proceedings.
    years = breaks = commas = quotes = 0
    after_in = False
    for index in range(count):
        text = texts[index]
        if text in _OPEN:
            depth += 1
        current = [
            _YEARS[years],
            _BREAKS[breaks],
            _COMMAS[commas],
            _QUOTES_SEEN[quotes],
            _POSITIONS[min(BUCKETS - 1, tokens[index].start * BUCKETS // length)],
        ]
        for offset in NEIGHBOURS:
            if not 0 <= index + offset < count:
                current.append(_EDGES[offset])
        if after_in:
            current.append("after_in")
        if depth:
            current.append("in_brackets")
        if quoted:
            current.append("in_quotes")
        if index + 1 < count:
            current.append(f"bigram={owns[index][0]}|{owns[index + 1][0]}")
        if index == 0:
            current.append("first")
        if index == count - 1:
            current.append("last")
        result.append(current)
        if text in _CLOSE and depth:
            depth -= 1
        if text in _QUOTES:
            quoted = not quoted
            quotes = min(quotes + 1, 3)
        if "year" in owns[index]:
            years = min(years + 1, 2)
        if text == "." and index and not _is_initial(texts[index - 1]):
            breaks = min(breaks + 1, 5)
            commas = 0
        elif text == ",":
            commas = min(commas + 1, 4)
        if text.lower() == "in" and (index == 0 or texts[index - 1] in _BEFORE_IN):
            after_in = True
    return result


def _is_initial(word: str) -> bool:
    return len(word) <= 2 and word[:1].isupper()
