"""A page pasted or saved as HTML ('<li>Gómez Gómez, F. (2016). <i>Redes comunitarias …</i>. UNED.</li>'): read
for its text, each block (an item, a paragraph, a line break) on a line of its own, its marks taken off and its
entities read (nothing fetched, nothing expanded but HTML's own character names)."""

from __future__ import annotations

import html
import re

from citekit.lazy_regex import lazy_compile
from citekit.parsing.markdown import IDENTIFIER_LINK

# The tags that tell a page written in HTML; two or more, as one '<i>' may stand in any text.
_TAG = lazy_compile(
    r"</?(?:a|b|i|u|em|strong|p|br|li|ul|ol|dl|dt|dd|div|span|sup|sub|h[1-6]|table|tr|td|th|cite|body|html|head"
    r"|section|article|blockquote|font|small)(?:\s[^<>]{0,500})?/?>",
    re.IGNORECASE,
)
_AT_LEAST = 2
# What a browser sets on a line of its own.
_BLOCKS = frozenset(
    "p br li ul ol dl dt dd div h1 h2 h3 h4 h5 h6 table tr td th section article blockquote body html head "
    "header footer nav aside figure figcaption main pre hr title".split()
)
# What a browser does not show.
_HIDDEN = frozenset(("script", "style", "noscript", "template"))


def is_html(text: str) -> bool:
    """Two HTML tags or more ('<li>', '<i>', '</p>')."""
    if "<" not in text:
        return False
    found = 0
    for _ in _TAG.finditer(text):
        found += 1
        if found >= _AT_LEAST:
            return True
    return False


# A tag: its name, then anything but another tag's brackets, at most so long ('<a href="…">', '</li>', '<br/>').
_TAG_AT = lazy_compile(r"<(?P<closing>/?)(?P<name>[A-Za-z][A-Za-z0-9]{0,15})(?:[\s/][^<>]{0,2000})?>")
_ENDS = {"<!--": "-->", "<!": ">", "<?": ">"}  # a comment, a doctype, a processing instruction
# A link's address, kept in the text where it names the work (a DOI's, PubMed's, PMC's, arXiv's), as a page's
# 'CrossRef' or 'PubMed' label does not.
_HREF = lazy_compile(r"""\shref\s*=\s*["']?(?P<url>[^"'\s<>]{1,2000})""", re.IGNORECASE)


def html_as_text(text: str) -> tuple[str, list[int]]:
    """The page's text, a block a line, and for each of its lines the 0-based line of the page it began on. A
    line break of the page's own stays one (Markdown with a few tags in it, a list with a reference a line); blank
    lines stay, one for many. Read in one pass: a tag is matched where a '<' stands, in a bounded length, and
    what closes a comment or a script is looked for once (a page of hostile marks is read in linear time)."""
    lines: list[str] = []
    origins: list[int] = []
    current: list[str] = []
    began = line = 0
    worded = False  # whether the line being read has a word yet
    unclosed: set[str] = set()  # closings looked for and not found: not looked for again
    lowered = text.lower()

    def add(piece: str) -> None:
        nonlocal began, line, worded
        for count, part in enumerate(piece.split("\n")):
            if count:
                close_line()
                line += 1
            if not worded and part.strip():
                began, worded = line, True
            current.append(part)

    def close_line() -> None:
        nonlocal worded
        words = " ".join("".join(current).split())
        if words or (lines and lines[-1]):
            lines.append(html.unescape(words) if "&" in words else words)
            origins.append(began)
        current.clear()
        worded = False

    position = 0
    while (opening := text.find("<", position)) >= 0:
        add(text[position:opening])
        tag = _TAG_AT.match(text, opening)
        if tag is not None:
            name = tag["name"].lower()
            end = tag.end()
            if name in _HIDDEN and not tag["closing"]:
                closing = f"</{name}"
                found = -1 if closing in unclosed else lowered.find(closing, end)
                if found < 0:
                    unclosed.add(closing)
                else:  # what a script or a style holds is no text of the page
                    end = (text.find(">", found) + 1) or len(text)
            elif name in _BLOCKS and (not tag["closing"] or worded):
                close_line()
            elif name == "a" and (href := _HREF.search(tag[0])) and IDENTIFIER_LINK.match(href["url"]):
                add(f" {html.unescape(href['url'])} ")
            line += text.count("\n", opening, end)
            position = end
            continue
        mark = next((start for start in _ENDS if text.startswith(start, opening)), None)
        ending = _ENDS.get(mark or "")
        found = -1 if mark is None or ending in unclosed else text.find(ending, opening + len(mark))
        if found < 0:
            if mark is not None:
                unclosed.add(ending)
            add("<")  # a '<' that opens nothing: text ('p < 0.05')
            position = opening + 1
            continue
        line += text.count("\n", opening, found + len(ending))
        position = found + len(ending)
    add(text[position:])
    close_line()
    while lines and not lines[-1]:
        lines.pop()
        origins.pop()
    return "\n".join(lines), origins
