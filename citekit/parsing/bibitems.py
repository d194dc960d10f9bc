"""A LaTeX bibliography pasted as written: a manuscript's ``thebibliography`` or a ``.bbl`` file BibTeX wrote
('\\bibitem{adams2016} R.~P. Adams and D.~J.~C. MacKay. \\newblock Bayesian online changepoint detection. …').
Each ``\\bibitem`` is one reference, on a line of its own, read as text (its LaTeX in Unicode), and its key is
kept: the manuscript's ``\\cite{adams2016}`` still finds the record it is exported as."""

from __future__ import annotations

from itertools import islice

from citekit.formats.latex import to_unicode
from citekit.lazy_regex import lazy_compile

# '\bibitem{key}', '\bibitem[Brown et~al.(2020)]{brown2020}' (natbib's label, one level of braces inside it).
_BIBITEM = lazy_compile(r"\\bibitem\s*(?:\[(?:[^\[\]{}]|\{[^{}]{0,200}\}){0,300}\])?\s*\{(?P<key>[^{}\s]{1,200})\}")
_ENVIRONMENT = lazy_compile(r"\\(?:begin\{thebibliography\}(?:\{[^{}]{0,50}\})?|end\{thebibliography\})")
# What BibTeX's styles write around the fields and LaTeX would not print: '\newblock', revtex's '\bibinfo{author}{'
# and '\bibfield{journal}{' (the field's name; its value, in the braces after it, stays), '\BibitemOpen',
# '\BibitemShut{NoStop}', natbib's '\natexlab{a}' after a year ('2020\natexlab{a}': the 'a' is the year's).
_LAYOUT = lazy_compile(
    r"\\newblock\b|\\(?:bibinfo|bibfield)\s*\{[^{}]{0,40}\}|\\BibitemOpen\b|\\BibitemShut\s*\{[^{}]{0,20}\}"
    r"|\\(?:bibnamefont|bibfnamefont|citenamefont|natexlab|penalty0|urlprefix|selectlanguage\s*\{[^{}]{0,20}\})"
)
_COMMENT = lazy_compile(r"(?<!\\)%[^\n]*(?:\n|$)")  # a comment, and its line's end: BibTeX's '%' ends a line it breaks
_NAMED_TEX = lazy_compile(r"\\(?P<name>TeX|LaTeX|BibTeX)\b\s?")  # '{\em The \TeX book}': the name printed
_AT_LEAST = 2  # '\bibitem's in a text without the environment's '\begin{thebibliography}'


def has_bibitems(text: str) -> bool:
    """A ``thebibliography`` environment, or two ``\\bibitem``s."""
    if "\\bibitem" not in text:
        return False
    first_items = list(islice(_BIBITEM.finditer(text), _AT_LEAST))  # no more looked for than are needed
    return "\\begin{thebibliography}" in text or len(first_items) == _AT_LEAST


def bibitems_as_text(text: str) -> tuple[str, list[int], dict[int, str]]:
    """The text with each ``\\bibitem`` one line of plain text, a blank line between them; for each line of the
    text, the 0-based line of the pasted text it began on; and each item's key by that line. What is before
    the first item and after the environment's end stays as it is (a whole document's body text)."""
    items = list(_BIBITEM.finditer(text))
    if not items:
        return text, list(range(text.count("\n") + 1)), {}
    end = _ENVIRONMENT.search(text, items[-1].end())
    stop = end.start() if end is not None and end[0].startswith("\\end") else len(text)
    lines: list[str] = []
    origins: list[int] = []
    keys: dict[int, str] = {}

    def keep(part: str, first_line: int) -> None:
        for offset, line in enumerate(part.split("\n")):
            lines.append(line)
            origins.append(first_line + offset)

    keep(_ENVIRONMENT.sub("", text[: items[0].start()]), 0)
    line, counted = 0, 0  # each item's line, counted on from the one before (not from the text's start each time)
    for index, item in enumerate(items):
        line, counted = line + text.count("\n", counted, item.start()), item.start()
        body = text[item.end() : items[index + 1].start() if index + 1 < len(items) else stop]
        lines.append("")
        origins.append(line)
        lines.append(_plain(body))
        origins.append(line)
        keys[line] = item["key"]
    after = _ENVIRONMENT.sub("", text[stop:])
    if after.strip():
        keep("\n" + after, text.count("\n", 0, stop))
    return "\n".join(lines), origins, keys


def _plain(body: str) -> str:
    """One item's LaTeX as the reader would see it printed, on one line."""
    body = _LAYOUT.sub(" ", _COMMENT.sub("", body))
    body = _NAMED_TEX.sub(lambda found: found["name"] + " ", body)
    return " ".join(to_unicode(" ".join(body.split())).split())
