"""Topic vocabulary and matching for automatic tags.

Both the vocabulary and the text are brought to one spelling before matching (lower case, American
spelling, Greek letters named, dashes as hyphens, accents dropped), so one vocabulary entry covers
'tumour-associated macrophages', 'Tumor associated macrophage' and 'tumor‐associated macrophages'.
Acronyms are matched apart, with their case, so that 'NETs' never finds 'networks'.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from citekit.errors import InputError
from citekit.query import normalise_tag
from citekit.textnorm import fold_greek

# British → American, on word stems only where the rewrite is safe.
_SPELLING = [
    (re.compile(pattern), replacement)
    for pattern, replacement in [
        (r"tumour", "tumor"),
        (r"\b(signa|tunne|labe|mode|trave|cance|channe)ll(ing|ed)", r"\1l\2"),
        (r"\bhaem", "hem"),
        (r"aemia", "emia"),
        (r"\boesophag", "esophag"),
        (r"\boestr", "estr"),
        (r"isation", "ization"),
        (r"\bfoetal", "fetal"),
        (r"\bcentre", "center"),
    ]
]
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "/": " "})
_WORD = r"[a-z0-9]"


def normalise(text: str) -> str:
    """The one spelling both vocabulary and text are brought to before matching."""
    text = fold_greek(text.casefold()).translate(_DASHES)
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    for pattern, replacement in _SPELLING:
        text = pattern.sub(replacement, text)
    return text


def _plural(word: str) -> str:
    """A regex for a word and its plural (cell/cells, metastasis/metastases, body/bodies)."""
    if word.endswith("sis"):
        return re.escape(word[:-2]) + "(?:is|es)"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return re.escape(word[:-1]) + "(?:y|ies)"
    if word[-1:].isalpha():
        return re.escape(word) + "(?:s|es)?"
    return re.escape(word)


def term_pattern(term: str) -> str:
    """Regex source for a case-insensitive vocabulary term, applied to normalised text."""
    prefix = term.endswith("*")
    words = normalise(term.rstrip("*")).replace("-", " - ").split()
    pieces: list[str] = []
    for index, word in enumerate(words):
        if word == "-":
            continue
        last = index == len(words) - 1
        piece = re.escape(word) if (prefix or not last) else _plural(word)
        if pieces:
            # pre-metastatic = premetastatic = pre metastatic; tumor associated = tumor-associated
            joined_by_hyphen = words[index - 1] == "-"
            pieces.append(r"[\s-]?" if joined_by_hyphen else r"[\s-]+")
        pieces.append(piece)
    tail = "" if prefix else rf"(?!{_WORD})"
    return rf"(?<!{_WORD})" + "".join(pieces) + tail


def _anchor(term: str) -> str:
    """A piece of text every match of the term contains: a cheap test before the regex runs."""
    word = normalise(term.rstrip("*")).replace("-", " ").split()[0]
    if word.endswith("sis"):
        return word[:-2]
    if word.endswith("y"):
        return word[:-1]
    return word


def exact_pattern(term: str) -> str:
    """Regex source for an acronym, matched with its case on the original text."""
    if term.endswith("*"):
        return rf"(?<![A-Za-z0-9]){re.escape(term[:-1])}(?=[0-9-]|s\b|\b)"
    return rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])"


@dataclass(slots=True)
class Topic:
    tag: str
    terms: list[str] = field(default_factory=list)
    exact: list[str] = field(default_factory=list)
    _folded: re.Pattern[str] | None = None
    _cased: re.Pattern[str] | None = None
    _folded_anchors: tuple[str, ...] = ()
    _cased_anchors: tuple[str, ...] = ()

    def compile(self) -> None:
        if self.terms:
            self._folded = re.compile("|".join(f"({term_pattern(t)})" for t in self.terms))
            self._folded_anchors = tuple({_anchor(t) for t in self.terms})
        if self.exact:
            self._cased = re.compile("|".join(f"({exact_pattern(t)})" for t in self.exact))
            self._cased_anchors = tuple({t.rstrip("*") for t in self.exact})

    def find(self, text: str, folded_text: str) -> str | None:
        """The vocabulary term that matches first in the text, or None."""
        found: list[tuple[int, str]] = []
        # Substring tests first: twenty times cheaper than the regexes, and most topics miss.
        if self._folded is not None and any(anchor in folded_text for anchor in self._folded_anchors):
            match = self._folded.search(folded_text)
            if match:
                found.append((match.start(), self.terms[match.lastindex - 1]))
        if self._cased is not None and any(anchor in text for anchor in self._cased_anchors):
            match = self._cased.search(text)
            if match:
                # Folding may shift positions (β → beta); this only picks which term explains the tag.
                found.append((match.start(), self.exact[match.lastindex - 1]))
        return min(found)[1] if found else None


@dataclass(slots=True)
class Vocabulary:
    topics: dict[str, Topic] = field(default_factory=dict)

    def extend(self, data: dict[str, object], source: str) -> None:
        for name, entry in data.items():
            if not isinstance(entry, dict):
                raise InputError(f"{source}: [{name}] must be a table with terms = [...] and/or exact = [...]")
            tag = normalise_tag(name)
            topic = self.topics.setdefault(tag, Topic(tag))
            for kind in ("terms", "exact"):
                values = entry.get(kind, [])
                if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                    raise InputError(f"{source}: [{name}] {kind} must be a list of non-empty strings")
                target = topic.terms if kind == "terms" else topic.exact
                target.extend(v for v in values if v not in target)
            unknown = set(entry) - {"terms", "exact"}
            if unknown:
                raise InputError(f"{source}: [{name}] has unknown key {sorted(unknown)[0]!r} (use terms, exact)")

    def compile(self) -> Vocabulary:
        for topic in self.topics.values():
            topic.compile()
        return self


def _load_toml(text: str, source: str) -> dict[str, object]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{source}: not a valid vocabulary file: {error}") from None


def load_vocabulary(extra_files: list[Path] | None = None) -> Vocabulary:
    """citekit's own vocabulary, extended by the user's files."""
    vocabulary = Vocabulary()
    shipped = resources.files("citekit").joinpath("data/topics.toml").read_text(encoding="utf-8")
    vocabulary.extend(_load_toml(shipped, "citekit/data/topics.toml"), "citekit/data/topics.toml")
    for path in extra_files or []:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None
        vocabulary.extend(_load_toml(text, str(path)), str(path))
    return vocabulary.compile()


@dataclass(slots=True)
class TopicMatch:
    tag: str
    term: str
    field: str


def match_topics(vocabulary: Vocabulary, fields: dict[str, str | None]) -> list[TopicMatch]:
    """Every topic found in the fields (checked in the order given), with the term and field why."""
    prepared = [(name, text, normalise(text)) for name, text in fields.items() if text]
    matches = []
    for topic in vocabulary.topics.values():
        for name, text, folded in prepared:
            term = topic.find(text, folded)
            if term is not None:
                matches.append(TopicMatch(topic.tag, term, name))
                break
    return matches
