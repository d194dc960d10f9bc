"""Tokens and their features for the sequence labeller (the same at training and at run time)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from citekit.lazy_regex import lazy_compile

# A word and a year the PDF's text glued together ('Dieter1992:', 'Warszawa1988.') are two tokens.
_TOKEN = lazy_compile(r"[^\W\d_]{2,}(?=(?:1[5-9]|20)\d\d[a-z]?(?!\w))|\w+(?:['’]\w+)*|[^\w\s]")
_YEAR = lazy_compile(r"^(1[5-9]\d\d|20\d\d)[a-z]?$")
_ROMAN = lazy_compile(r"^[ivxlcdm]+$", re.IGNORECASE)
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
    if _is_year(token):
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
    if mixed and any(map(str.isdigit, token)) and any(map(str.isalpha, token)):
        features.append("alnum")
    if token in _QUOTES:
        features.append("quote")
    return features


NEIGHBOURS = (-2, -1, 1, 2)
# Moves on whenever a feature template below changes: a model trained on the old ones must not load.
FEATURES_VERSION = 1
# Which neighbours see a word's own feature, by its place in word_features: the word and its
# shape from both sides two away; the prefix from two away only; the two-letter suffix from
# nowhere; the three-letter suffix and every flag from next door.
_SEEN_FROM = ((-2, -1, 1, 2), (-2, -1, 1, 2), (-2, 2), ())
_SEEN_FROM_NEXT_DOOR = (-1, 1)


def seen_from(place: int) -> tuple[int, ...]:
    """The offsets from which the own feature at this place of word_features is seen."""
    return _SEEN_FROM[place] if place < len(_SEEN_FROM) else _SEEN_FROM_NEXT_DOOR


def word_features(token: str) -> tuple[str, ...]:
    """A word's own features. The learned path asks once per word it has not seen (the labeller keeps
    what each word's features add up to), so they are not cached here: a cache of 65,536 words cost
    30 MB and a walk of its entries at every full collection of Python's cycle collector."""
    return tuple(_own_features(token))


# Training reads each word many times over (features, below): there, building the strings once pays.
_cached_word_features = lru_cache(maxsize=65536)(word_features)


def seen_as(feature: str, offset: int) -> str:
    """An own feature as the token at -offset from its word sees it ('-1:w=cell')."""
    return f"{offset}:{feature}"


def seen_features(own: tuple[str, ...], offset: int) -> list[str]:
    """A word's features as the token at -offset from it sees them."""
    return [seen_as(feature, offset) for place, feature in enumerate(own) if offset in seen_from(place)]


def features(tokens: list[Token], text_length: int) -> list[list[str]]:
    """For each token: its own features, its neighbours' (seen_features), and its context
    (context_features). The labeller is trained on these strings."""
    owns = [_cached_word_features(token.text) for token in tokens]
    count = len(tokens)
    result = []
    for index, context in enumerate(context_features(tokens, text_length)):
        row = [*owns[index], *context]
        for offset in NEIGHBOURS:
            if 0 <= index + offset < count:
                row += seen_features(owns[index + offset], offset)
        result.append(row)
    return result


_YEARS = tuple(f"years={n}" for n in range(3))
_BREAKS = tuple(f"breaks={n}" for n in range(6))
_COMMAS = tuple(f"commas={n}" for n in range(5))
_QUOTES_SEEN = tuple(f"quotes={n}" for n in range(4))
_POSITIONS = tuple(f"pos={n}" for n in range(BUCKETS))
_BEFORE_IN = {".", ",", ";", ")"}
_IN = {"in", "In", "IN", "iN"}
_PUNCTUATION = _OPEN | _CLOSE | _QUOTES | {".", ","}  # the ones that change a State
_EDGES = {offset: f"{offset}:edge" for offset in NEIGHBOURS}


# Where in a reference's structure a token stands, as far as its word alone does not tell:
# years, sentence breaks and quotes seen before it, commas before it in its sentence, its
# position bucket, how near the start and the end it is (0, 1, or 2 for further), whether an 'In'
# has opened a book or proceedings, whether it is in brackets, whether in quotes. Packed into one
# int, each field from its bit (the years from bit 0; three bits for the position: BUCKETS is 8):
# one is made for every token the learned path reads, and hashed, and an int hashes at once where a
# tuple of ten hashes each of its items.
State = int
_BREAKS_AT, _QUOTES_AT, _COMMAS_AT, _POSITION_AT, _FROM_START_AT, _TO_END_AT = 2, 5, 7, 10, 13, 15
_AFTER_IN, _IN_BRACKETS, _IN_QUOTES = 1 << 17, 1 << 18, 1 << 19


def context_states(tokens: list[Token], text_length: int) -> list[State]:
    """Each token's State. Written for speed: this runs for every reference the learned path reads."""
    count = len(tokens)
    length = max(text_length, 1)
    result = []
    depth = 0
    years = breaks = commas = quotes = 0
    previous = ""
    running = 0  # the fields that change only at a mark, a year or an 'In', packed as a State
    for index, token in enumerate(tokens):
        text = token.text
        punctuation = text in _PUNCTUATION
        if punctuation and text in _OPEN:
            depth += 1
        position = token.start * BUCKETS // length
        result.append(
            running
            | (position if position < BUCKETS else BUCKETS - 1) << _POSITION_AT
            | (index if index < 2 else 2) << _FROM_START_AT
            | (count - 1 - index if index > count - 3 else 2) << _TO_END_AT
            | (_IN_BRACKETS if depth else 0)
        )
        # Each count moves running's field with it: one added at the field's lowest bit.
        if punctuation:
            if text in _CLOSE:
                if depth:
                    depth -= 1
            elif text in _QUOTES:
                running ^= _IN_QUOTES
                if quotes < 3:
                    quotes += 1
                    running += 1 << _QUOTES_AT
            elif text == ".":
                if index and not is_initial(previous):
                    if breaks < 5:
                        breaks += 1
                        running += 1 << _BREAKS_AT
                    running -= commas << _COMMAS_AT
                    commas = 0
            elif text == "," and commas < 4:
                commas += 1
                running += 1 << _COMMAS_AT
        else:
            if years < 2 and _is_year(text):
                years += 1
                running += 1
            if text in _IN and (index == 0 or previous in _BEFORE_IN):
                running |= _AFTER_IN
        previous = text
    return result


@lru_cache(maxsize=8192)
def state_features(state: State) -> tuple[str, ...]:
    """A State as the feature strings the labeller weighs (few distinct states: cached)."""
    years, breaks, quotes, commas = state & 3, state >> _BREAKS_AT & 7, state >> _QUOTES_AT & 3, state >> _COMMAS_AT & 7
    position, from_start, to_end = state >> _POSITION_AT & 7, state >> _FROM_START_AT & 3, state >> _TO_END_AT & 3
    after_in, in_brackets, in_quotes = state & _AFTER_IN, state & _IN_BRACKETS, state & _IN_QUOTES
    found = [_YEARS[years], _BREAKS[breaks], _COMMAS[commas], _QUOTES_SEEN[quotes], _POSITIONS[position]]
    # An edge where a neighbour would be past the start or the end.
    found += [_EDGES[-offset] for offset in (1, 2) if from_start < offset]
    found += [_EDGES[offset] for offset in (1, 2) if to_end < offset]
    if after_in:
        found.append("after_in")
    if in_brackets:
        found.append("in_brackets")
    if in_quotes:
        found.append("in_quotes")
    if from_start == 0:
        found.append("first")
    if to_end == 0:
        found.append("last")
    return tuple(found)


BIGRAM = "bigram=w={}|w={}"  # filled with the two words in lower case


def bigram(word: str, following: str) -> str:
    """The feature for the pair of words starting at a token."""
    return BIGRAM.format(word.lower(), following.lower())


def context_features(tokens: list[Token], text_length: int) -> list[list[str]]:
    """For each token, what its word alone does not tell: its State's features and the bigram
    it starts."""
    result = [list(state_features(state)) for state in context_states(tokens, text_length)]
    for index in range(len(tokens) - 1):
        result[index].append(bigram(tokens[index].text, tokens[index + 1].text))
    return result


def _is_year(word: str) -> bool:
    return 4 <= len(word) <= 5 and _YEAR.match(word) is not None


def is_initial(word: str) -> bool:
    """'A', 'Th': a word whose full stop marks an abbreviation, not a sentence's end."""
    return len(word) <= 2 and word[:1].isupper()
