"""A page whose copy puts each piece of a reference on a line of its own, each comma and bracket too, as a Markdown
copy of MIT Press's pages gives its list:

    1. Abreu
       ,
       R.
       ,
       Jorge
       …
       (
       2020.
       ).

Read so, no line looked like a reference and no list was found. Where many lines hold only a mark, each indented
line is joined to the one before it, a mark with no space before it, as the page prints them; then the page is
read as any page is.
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile

# A line of marks alone: ',', '.', '(', ').', '),', ', &', '–'.
_MARKS_LINE = lazy_compile(r"[ \t]*+[,.;:()\[\]–—-]{1,3}(?:[ \t]*+&)?[ \t]*+")
_MARKS_LINES_AT_LEAST = 20  # and a third of the text's lines
_NO_SPACE_BEFORE = (",", ".", ";", ":", ")", "]")


def has_piece_lines(text: str) -> bool:
    """Many lines of a mark alone: a copy that put each piece of a reference on its own line."""
    if text.count("\n") < 3 * _MARKS_LINES_AT_LEAST:
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    marks = sum(1 for line in lines if _MARKS_LINE.fullmatch(line))
    return marks >= _MARKS_LINES_AT_LEAST and 3 * marks >= len(lines)


def pieces_joined(text: str) -> tuple[str, list[int]]:
    """The text with each indented line joined to the line before it; for each line of the text, the 0-based line
    of the pasted text it began on."""
    joined: list[list[str]] = []  # each line of the result, as its pieces (joined once: a long run stays linear)
    origins: list[int] = []
    for number, line in enumerate(text.split("\n")):
        piece = line.strip()
        if joined and joined[-1][-1].strip() and piece and line[:1] in (" ", "\t"):
            space = "" if piece.startswith(_NO_SPACE_BEFORE) or joined[-1][-1].endswith(("(", "[")) else " "
            joined[-1] += [space, piece]
        else:
            joined.append([line])
            origins.append(number)
    return "\n".join("".join(pieces) for pieces in joined), origins
