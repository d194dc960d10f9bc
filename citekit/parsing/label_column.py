"""A reference list that prints each reference's label in a column of its own, the reference beside it and its
further lines under the reference's first word, as `pdftotext -layout` copies it: a drug maker's trial protocol
labels each by its document number ('P10-10083                 Lin DY, Wei LJ, Yang I et al. Semiparametric …' +
'                          rate functions of recurrent events. J R Statist Soc 2000; …'). Read as it stands, the
label is the first author's name ('P10-10083 Lin') and a reference the model does not see begin runs on into the one
before. Each reference is put on a line of its own after a blank line (its lines are known by the column), its label
taken off as its key.
"""

from __future__ import annotations

from collections import Counter

from citekit.lazy_regex import lazy_compile

# A label: a letter first, a digit in it, no space ('P09-12413', 'R12-2378', 'Knu84'), then a gap of spaces and the
# reference's first word. Not a list's number ('12.', '[12]'), which the segmenter reads, nor a year.
_LABELLED = lazy_compile(
    r"^[ \t]*+(?P<label>[A-Z][A-Za-z]{0,5}\d{1,6}(?:[-./][A-Za-z\d]{1,8}){0,2})[ \t]{2,40}"
    r"(?=[^\W\d_]|[\"“‘'(])"
)
_SHAPE_RUNS = lazy_compile(r"[A-Za-z]+|\d+")
_LABELS_AT_LEAST = 5
# A reference's lines, its label's and those under it, hold a year: a table of codes and their meanings ('CD4     T
# helper cells …') holds none.
_YEAR = lazy_compile(r"\b(?:1[5-9]|20)\d\d\b")
_DATED_SHARE = 0.8
_TEXT_AT_LEAST = 30  # characters after the label on its line: a reference's first line, not a table's cell
_LINES_LOOKED_AT = 50_000
_REFERENCE_LINES_AT_MOST = 12


def _shape(label: str) -> str:
    """'P09-12413' and 'R12-2378' → 'A9-9': a list's labels share one shape, whatever their letters and digits."""
    return _SHAPE_RUNS.sub(lambda run: "A" if run[0][0].isalpha() else "9", label)


def _labelled_lines(lines: list[str]) -> dict[int, tuple[str, list[int]]]:
    """The lines that begin with a label of the shape most labels share, each a reference's first line: each with
    its label and the reference's lines (its own, and those under it that begin at its first word's column)."""
    found = {
        number: labelled
        for number, line in enumerate(lines[:_LINES_LOOKED_AT])
        if (labelled := _LABELLED.match(line)) is not None and len(line) - labelled.end() >= _TEXT_AT_LEAST
    }
    if len(found) < _LABELS_AT_LEAST:
        return {}
    shape, count = Counter(_shape(labelled["label"]) for labelled in found.values()).most_common(1)[0]
    if count < _LABELS_AT_LEAST:
        return {}
    numbers = sorted(number for number, labelled in found.items() if _shape(labelled["label"]) == shape)
    references: dict[int, tuple[str, list[int]]] = {}
    for at, number in enumerate(numbers):
        column = found[number].end()
        end = min(numbers[at + 1] if at + 1 < len(numbers) else len(lines), number + 1 + _REFERENCE_LINES_AT_MOST)
        own = [number]
        for under in range(number + 1, end):
            if not lines[under].strip() or len(lines[under]) - len(lines[under].lstrip(" ")) != column:
                break
            own.append(under)
        references[number] = (found[number]["label"], own)
    dated = sum(bool(_YEAR.search(" ".join(lines[line] for line in own))) for _, own in references.values())
    return references if dated >= _DATED_SHARE * len(references) else {}


def labels_set_apart(text: str) -> tuple[str, list[int], dict[int, str]] | None:
    """The text with each labelled reference on a line of its own after a blank line, its label taken off; for each
    of its lines, the line of the text it began on; each label by its reference's first line there. None where the
    text holds no label column (the labelled lines are found once, for both)."""
    if "  " not in text:
        return None
    lines = text.splitlines()
    if not (found := _labelled_lines(lines)):
        return None
    from citekit.parsing.page import DocumentWords, _join_wrapped

    words = DocumentWords(text)
    out: list[str] = []
    origins: list[int] = []
    keys: dict[int, str] = {}
    taken: set[int] = set()
    for number, line in enumerate(lines):
        if number in taken:
            continue
        if number in found:
            label, own = found[number]
            joined = line.strip()[len(label) :].strip()
            for under in own[1:]:
                joined = _join_wrapped(joined, lines[under].strip(), words)
            taken.update(own)
            out.append("")
            origins.append(number)
            line = joined
            keys[number] = label
        out.append(line)
        origins.append(number)
    return "\n".join(out), origins, keys
