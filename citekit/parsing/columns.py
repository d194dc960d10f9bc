"""Two columns printed side by side, as `pdftotext -layout` copies a two-column page: each line holds a line of the
left column, a gutter of spaces, and a line of the right one ('Eftekhar, A., …, 2014. Ngram-      Park, Y., Luo, L.,
…'). Read as they stand, each line joins two references. Each run of such lines is put back as the page reads it,
the left column's lines, then the right column's; a line across both (a running head, a heading) stays where it is.
"""

from __future__ import annotations

from collections import Counter

from citekit.lazy_regex import lazy_compile

# A gutter: spaces between two columns' text.
_GAP = lazy_compile(r"(?<=\S) {3,}(?=\S)")
# The right column begins at least this far in: a list's number and the text after it ('[1]     Smith') are no
# columns, nor a line of names and a date set apart.
_RIGHT_COLUMN_FROM = 40
_LINES_AT_LEAST = 8  # lines beside each other, and at least this share of the text's lines
_SHARE_AT_LEAST = 0.3
_LINES_LOOKED_AT = 20_000
# The right column's lines may be indented further than its first (a hanging indent): a gap ending this far past the
# column's start still splits the line.
_INDENT_AT_MOST = 8
# Two columns of text hold this much on a line between them: not a name and a year set far apart ('Smith J.' …
# 'Doe A. 2001'), as a table's columns are.
_TEXT_AT_LEAST = 80
_SPACE_RUN = "    "  # four spaces: a text with no run of them has no gutter
_PAGE_SHARE_AT_LEAST = 0.15  # a page's lines beside each other, on a page of a text whose other pages hold columns
_JITTER = 6  # characters a right column's lines may resume off its place, pdftotext laying a page out by its measure


def has_columns_side_by_side(text: str) -> bool:
    if _SPACE_RUN not in text:
        return False
    lines = text.splitlines(keepends=True)
    return any(start is not None for start in _right_columns(lines))


def _right_columns(lines: list[str]) -> list[int | None]:
    """Where the right column begins on each line's page: the whole text's place, or a page's own where the pages
    (pdftotext's form feeds between them) set their columns apart at places of their own, as a whole paper's pages
    do around their figures and tables (a BioMed Central paper's right column begins at the 65th character on one
    page and the 85th on the next: no place was common enough to the whole text)."""
    texts = [line.rstrip("\r\n\f\v\x1c\x1d\x1e\x85\u2028\u2029") for line in lines]
    whole = _right_column(texts)
    if not any(line.endswith("\f") for line in lines):
        return [whole] * len(lines)
    pages: list[list[str]] = [[]]
    for number, line in enumerate(lines):
        pages[-1].append(texts[number])
        if line.endswith("\f") and number < len(lines) - 1:
            pages.append([])
    if whole is not None:
        # … and a page whose own columns stand apart elsewhere, further than a hanging indent, keeps its own place: a
        # short paper's list, its last page's right column 20 characters further in than the body's on the first
        # ('[4] Christina Heinze-Deml, … 2018.' beside 'Surveys (CSUR) (2021).', a proposal's ACM list), an IEEE
        # survey's 12 (at the text's place no gutter of the page ends, and each line joined two references).
        own = [_right_column(page, _PAGE_SHARE_AT_LEAST, _JITTER) for page in pages]
        found = [place if place is not None and abs(place - whole) > _INDENT_AT_MOST else whole for place in own]
        return [start for start, page in zip(found, pages, strict=True) for _ in page]
    found = [_right_column(page) for page in pages]
    if any(start is not None for start in found):
        # A page of a paper in two columns whose right column runs short (the list's last page, an advertisement
        # beside it): a smaller share of its lines, resuming near one place, tells its columns.
        found = [
            start if start is not None else _right_column(page, _PAGE_SHARE_AT_LEAST, _JITTER)
            for start, page in zip(found, pages, strict=True)
        ]
    return [start for start, page in zip(found, pages, strict=True) for _ in page]


def _right_column(
    lines: list[str], share: float = _SHARE_AT_LEAST, jitter: int = 0, text_at_least: int = _TEXT_AT_LEAST
) -> int | None:
    """Where the right column begins: the commonest place text resumes after a gutter, if lines enough hold one (with
    a jitter, those resuming that near it count too: a page pdftotext laid out by its own measure)."""
    starts: Counter[int] = Counter()
    text_beside: Counter[int] = Counter()  # characters of text in the lines a gutter ends at each place
    filled = 0
    for line in lines[:_LINES_LOOKED_AT]:
        if not line.strip():
            continue
        filled += 1
        length = len(line.strip())
        for gap in _GAP.finditer(line):
            if gap.end() >= _RIGHT_COLUMN_FROM:
                starts[gap.end()] += 1
                text_beside[gap.end()] += length - (gap.end() - gap.start())
    if not starts:
        return None
    common, count = starts.most_common(1)[0]
    near = range(common - jitter, common + jitter + 1)
    count, beside_text = sum(starts[place] for place in near), sum(text_beside[place] for place in near)
    if count < _LINES_AT_LEAST or count < share * filled or beside_text < text_at_least * count:
        return None
    # The commonest place may be the hanging indent of the column's references: it begins where their first lines do.
    beside = range(common - _INDENT_AT_MOST - jitter, common)
    return min((place for place in beside if starts[place] >= max(2, count // 10)), default=common)


def _halves(line: str, start: int, slack: int = _INDENT_AT_MOST) -> tuple[str, str] | None:
    """The line's left and right columns' text; None for a line across the gutter (a running head, a heading)."""
    if len(line.rstrip()) < start - 1:
        return line.rstrip(), ""  # the left column alone, or no text
    if not line[: start - 1].strip():
        return "", _indented(line, len(line) - len(line.lstrip()), start)  # the right column alone
    for gap in _GAP.finditer(line):
        if start - 1 <= gap.end() <= start + slack and gap.start() < start - 1:
            return line[: gap.start()].rstrip(), _indented(line, gap.end(), start)
    return None


def _indented(line: str, begins: int, start: int) -> str:
    """The right column's text, indented as far as it stands in from the column's start (a hanging indent)."""
    return " " * max(0, begins - start) + line[begins:].rstrip()


# A column's halves may be columns themselves (Frontiers prints its list in four): each is read again, its two
# columns' text narrower than a page's two, each column resuming a few characters off its place (pdftotext lays each
# page out by its own measure, and a half may run over two pages).
_INNER_TEXT_AT_LEAST = 60
_INNER_COLUMNS_AT_MOST = 2  # splits inside a column: four columns at most


def columns_one_after_the_other(text: str, depth: int = 0) -> tuple[str, list[int]]:
    """The text with each run of lines beside each other read column by column; for each of its lines, the 0-based
    line of the text it came from."""
    ends = text.splitlines(keepends=True)
    lines = text.splitlines()
    if depth:
        starts = [_right_column(lines, jitter=_JITTER, text_at_least=_INNER_TEXT_AT_LEAST)] * len(lines)
    else:
        starts = _right_columns(ends)
    if not any(start is not None for start in starts):
        return text, list(range(len(lines)))
    # Pages laid out each by its own measure: a right column's lines resume a few characters off its place.
    slack = _INDENT_AT_MOST + (_JITTER if depth or len(set(starts)) > 1 else 0)
    out: list[str] = []
    origins: list[int] = []
    left: list[tuple[str, int]] = []
    right: list[tuple[str, int]] = []

    def flush() -> None:
        for column in (left, right):
            if (
                depth < _INNER_COLUMNS_AT_MOST
                and len(column) >= _LINES_AT_LEAST
                and _SPACE_RUN in "".join(part for part, _ in column)
            ):
                inner, inner_origins = columns_one_after_the_other("\n".join(part for part, _ in column), depth + 1)
                for part, origin in zip(inner.splitlines(), inner_origins, strict=True):
                    out.append(part)
                    origins.append(column[origin][1])
                continue
            for part, origin in column:
                out.append(part)
                origins.append(origin)
        left.clear()
        right.clear()

    for number, line in enumerate(lines):
        start = starts[number]
        if (number and ends[number - 1].endswith("\f")) or start is None:
            flush()  # a new page: its columns are read after the last page's
        halves = _halves(line, start, slack) if start is not None else None
        if halves is None:
            flush()
            out.append(line)
            origins.append(number)
            continue
        first, second = halves
        if first or not second:
            left.append((first, number))
        if second:
            right.append((second, number))
    flush()
    return "\n".join(out), origins
