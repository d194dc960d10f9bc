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
    if token.isdigit():
        features.append(f"digits={min(len(token), 5)}")
    if _YEAR.match(token):
        features.append("year")
    if token[:1].isupper():
        features.append("cap")
    if token.isupper() and len(token) <= 4 and token.isalpha():
        features.append("initials")
    if len(token) == 1 and token.isalpha():
        features.append("letter")
    if _ROMAN.match(token) and len(token) <= 4:
        features.append("roman")
    if any(ch.isdigit() for ch in token) and any(ch.isalpha() for ch in token):
        features.append("alnum")
    if token in _QUOTES:
        features.append("quote")
    return features


@lru_cache(maxsize=65536)
def word_features(token: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """A word's features, and the same as seen from each neighbour: computed once per word, since
    building these strings is most of the labeller's time."""
    own = _own_features(token)
    seen = {offset: tuple(f"{offset}:{f}" for f in (own if abs(offset) == 1 else own[:3])) for offset in (-2, -1, 1, 2)}
    return tuple(own), seen


def features(tokens: list[Token], text_length: int) -> list[list[str]]:
    """For each token: its own features, its neighbours', its position, and bracket/quote state."""
    cached = [word_features(t.text) for t in tokens]
    words = [c[0] for c in cached]
    result = []
    depth = 0
    quoted = False
    count = len(tokens)
    for index, token in enumerate(tokens):
        if token.text in _OPEN:
            depth += 1
        current = list(words[index])
        current.append(f"pos={min(BUCKETS - 1, token.start * BUCKETS // max(text_length, 1))}")
        if depth:
            current.append("in_brackets")
        if quoted:
            current.append("in_quotes")
        for offset in (-2, -1, 1, 2):
            other = index + offset
            if 0 <= other < count:
                # The nearest neighbours with all their features; the next ones with their word and shape.
                current.extend(cached[other][1][offset])
            else:
                current.append(f"{offset}:edge")
        if index + 1 < count:
            current.append(f"bigram={words[index][0]}|{words[index + 1][0]}")
        if index == 0:
            current.append("first")
        if index == count - 1:
            current.append("last")
        result.append(current)
        if token.text in _CLOSE:
            depth = max(0, depth - 1)
        if token.text in _QUOTES:
            quoted = not quoted
    return result
