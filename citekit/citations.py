"""The citation keys a manuscript uses, read from what LaTeX or Pandoc works with:

- LaTeX's `.aux` (`\\citation{a,b}` from bibtex runs; `\\abx@aux@cite{0}{a}` from biblatex), with the
  `.aux` files of `\\include`d chapters;
- biber's control file `.bcf` (`<bcf:citekey>`);
- `.tex` sources (`\\cite`, `\\citep`, `\\citet`, `\\parencite`, `\\textcite`, `\\autocite`, `\\cites`
  and the rest of natbib's and biblatex's family, starred, with optional arguments and several
  keys; `\\input` and `\\include` followed);
- Pandoc Markdown (`[@key]`, `[see @a, p. 3; @b]`, `@key`, `-@key`, `@{key}`, and `nocite` in the
  YAML block), outside code.

`\\nocite{*}` (or `nocite: '@*'`) cites the whole library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from citekit.errors import InputError


@dataclass(slots=True)
class Citations:
    keys: list[str] = field(default_factory=list)  # in the order first cited
    everything: bool = False  # \nocite{*}

    def add(self, key: str) -> None:
        key = key.strip()
        if key == "*":
            self.everything = True
        elif key and key not in self._seen:
            self._seen.add(key)
            self.keys.append(key)

    _seen: set[str] = field(default_factory=set, repr=False)


def cited_keys(path: Path) -> Citations:
    """The keys cited in a manuscript file, in order; the kind of file from its name or content."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    found = Citations()
    kind = _kind(path, text)
    if kind == "aux":
        _aux(path, text, found, set())
    elif kind == "bcf":
        _bcf(path, text, found)
    elif kind == "tex":
        _tex(path, text, found, set())
    else:
        _markdown(text, found)
    return found


def _kind(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix == ".aux" or "\\citation{" in text or "\\abx@aux@cite" in text:
        return "aux"
    if suffix == ".bcf" or "<bcf:controlfile" in text[:2000]:
        return "bcf"
    if suffix in (".tex", ".ltx", ".sty") or re.search(r"\\(?:documentclass|begin\{document\}|[A-Za-z]*cite)", text):
        return "tex"
    return "markdown"


# ----------------------------------------------------------------------------- .aux

_AUX = re.compile(r"\\citation\{([^}]*)\}|\\abx@aux@cite(?:\{[^}]*\})?\{([^}]*)\}|\\@input\{([^}]*)\}")


def _aux(path: Path, text: str, found: Citations, seen: set[Path]) -> None:
    seen.add(path.resolve())
    for match in _AUX.finditer(text):
        if match.group(3) is not None:
            child = (path.parent / match.group(3)).resolve()
            if child not in seen and child.is_file():
                _aux(child, child.read_text(encoding="utf-8", errors="replace"), found, seen)
            continue
        for key in (match.group(1) if match.group(1) is not None else match.group(2)).split(","):
            found.add(key)


# ----------------------------------------------------------------------------- .bcf


def _bcf(path: Path, text: str, found: Citations) -> None:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as error:
        raise InputError(f"{path}:{error.position[0]}: not a biber control file ({error.msg})") from None
    for element in root.iter("{*}citekey"):
        if element.text:
            found.add(element.text)


# ----------------------------------------------------------------------------- .tex

# natbib and biblatex: cite, citep, citet, citealp, Citeauthor, parencite, textcite, autocite,
# footcite, smartcite, supercite, fullcite, citetitle, cites, parencites, … and nocite.
_COMMAND = re.compile(
    r"\\((?:[Pp]aren|[Tt]ext|[Aa]uto|[Ff]oot|[Ff]ootfull|[Ss]mart|[Ss]uper|[Ff]ull|no)?[Cc]ite"
    r"(?:s|p|t|alp|alt|author|year|yearpar|title|url|date|num)?)(?![A-Za-z])\*?"
)
_INPUT = re.compile(r"\\(?:input|include|subfile)\{([^}]+)\}")


def _without_comments(text: str) -> str:
    return re.sub(r"(?<!\\)%.*", "", text)


def _tex(path: Path, text: str, found: Citations, seen: set[Path]) -> None:
    seen.add(path.resolve())
    text = _without_comments(text)
    position = 0
    events = sorted(
        [(m.start(), "cite", m) for m in _COMMAND.finditer(text)]
        + [(m.start(), "input", m) for m in _INPUT.finditer(text)],
        key=lambda event: event[0],
    )
    for start, kind, match in events:
        if start < position:
            continue
        if kind == "input":
            name = match.group(1).strip()
            child = (path.parent / name).resolve()
            if not child.suffix:
                child = child.with_suffix(".tex")
            if child not in seen and child.is_file():
                _tex(child, child.read_text(encoding="utf-8", errors="replace"), found, seen)
            continue
        several = match.group(1).endswith("cites")  # biblatex's multicite: \cites[a]{k1}[b]{k2}
        position = _arguments(text, match.end(), found, several)


def _arguments(text: str, index: int, found: Citations, several: bool) -> int:
    """Read optional [..] and (..) arguments and the {keys} after a cite command."""
    groups = 0
    while index < len(text):
        while index < len(text) and text[index] in " \t\n":
            index += 1
        if index >= len(text):
            break
        opening = text[index]
        if opening in "[(":
            index = _skip(text, index, opening, "]" if opening == "[" else ")")
            continue
        if opening == "{" and (groups == 0 or several):
            end = _skip(text, index, "{", "}")
            for key in text[index + 1 : end - 1].split(","):
                found.add(key)
            groups += 1
            index = end
            continue
        break
    return index


def _skip(text: str, index: int, opening: str, closing: str) -> int:
    depth = 0
    while index < len(text):
        if text[index] == opening:
            depth += 1
        elif text[index] == closing:
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return index


# ----------------------------------------------------------------------------- Markdown

# Pandoc: a key begins with a letter, digit or _, and may hold internal :.#$%&-+?<>~/; a trailing
# punctuation mark ends the sentence, not the key. '@{…}' quotes a key with any characters.
_KEY = r"(?:\{(?P<braced>[^}]+)\}|(?P<plain>[\w](?:[\w:.#$%&+?<>~/-]*[\w])?))"
_CITATION = re.compile(rf"(?<![\w@.+-])-?@{_KEY}")
_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"`+[^`\n]*`+")
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)


def _markdown(text: str, found: Citations) -> None:
    front = _FRONT.match(text)
    if front:
        nocite = re.search(r"^nocite:\s*(.*(?:\n[ \t]+.*)*)", front.group(1), re.MULTILINE)
        if nocite:
            for match in _CITATION.finditer(nocite.group(1).replace("'", " ").replace('"', " ")):
                found.add(match.group("braced") or match.group("plain"))
            if re.search(r"@\*", nocite.group(1)):
                found.everything = True
        text = text[front.end() :]
    text = _INLINE_CODE.sub(" ", _FENCE.sub(" ", text))
    for match in _CITATION.finditer(text):
        found.add(match.group("braced") or match.group("plain"))
