"""Finding the reference list inside a pasted page and cutting it into single references.

A page copied from a publisher's site carries chrome around the list (headings, bullets that are
not references, 'Download references', copyright lines) and, under each reference, a line of link
labels. The list starts after a 'References' heading when there is one and ends at the page's
trailer; each reference is one bullet item or one line, possibly wrapped.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from citekit.identifiers import ZERO_WIDTH_CHARACTERS
from citekit.lazy_regex import lazy_compile
from citekit.model import Reference
from citekit.parsing.bibitems import bibitems_as_text, has_bibitems
from citekit.parsing.columns import columns_one_after_the_other, has_columns_side_by_side
from citekit.parsing.html_page import html_as_text, is_html
from citekit.parsing.label_column import labels_set_apart
from citekit.parsing.link_labels import LINK_LABEL
from citekit.parsing.manubot import manubot_references_on_lines
from citekit.parsing.markdown import is_markdown, plain_text
from citekit.parsing.piece_lines import has_piece_lines, pieces_joined
from citekit.parsing.pubmed_summaries import has_pubmed_summaries, summaries_as_text
from citekit.parsing.run_together import items_apart
from citekit.parsing.tex_math import has_tex_math, plain_math

TRAILERS = (
    "download references",
    "author information",
    "rights and permissions",
    "copyright information",
    "about this article",
    "about this chapter",
    "about this entry",
    "cite this article",
    "cite this entry",
    "cite this chapter",
    "back to top",  # HighWire's (bioRxiv, medRxiv, BMJ): 'Back to top', 'Previous', 'Next', 'Posted …'
    "cited by (",  # ScienceDirect's: 'Cited by (12)', then 'Recommended articles'
    "recommended articles",
)


def is_page_trailer(line: str) -> bool:
    """A line of the page's own after its list ('Download references', 'Back to top'): the list has ended."""
    return line.lower().startswith(TRAILERS)


# 'A | B', '[A], [B]'. Each label is taken whole and kept (an atomic group): 'CrossRef Full Text' is also
# 'CrossRef' and 'Full Text', and trying both ways at each label would take time exponential in their number.
_LINKS_LINE = lazy_compile(rf"^(?>\[?(?:{LINK_LABEL.pattern})\]?[\s|,]*)++$")
# Links printed at the end of a reference's own line: PubMed Central's and Taylor & Francis' in brackets
# ('… 2015;349(6245):255–60. [DOI] [PubMed] [Google Scholar]'), PLOS's bare ('… pmid:21903253 View Article
# PubMed/NCBI Google Scholar').
_TRAILING_LINKS = lazy_compile(rf"(?>\s*(?:\[(?:{LINK_LABEL.pattern})\]|{LINK_LABEL.pattern})[,|]?)++\s*$")


def trailing_links(text: str) -> tuple[str, list[str]]:
    """The text without the link labels it ends with, and the labels. Bare labels only as a run of two or
    more with 'Google Scholar' among them, as the sites print them ('View Article PubMed/NCBI Google Scholar',
    JAMA's 'PubMedGoogle ScholarCrossref' glued to the DOI): a title may end with 'Book' or 'Article'; or
    'Google Scholar' alone glued to the reference's last mark, as HighWire's pages print it ('… (2024).Google
    Scholar'): a title's words have a space before them."""
    # Only the end is searched: a run of links is short, and a search over a whole long line of labels (hostile
    # input) would take time that grows with the square of its length.
    tail = max(0, len(text) - _LINKS_AT_MOST)
    found = _TRAILING_LINKS.search(text, tail) if "Scholar" in text or "]" in text else None
    if found is None or not found.start():
        return text, []
    run = found.group()
    labels = LINK_LABEL.findall(run)
    glued = run[:1].isalpha() and text[found.start() - 1] in ".)"
    bare_run = len(labels) >= 2 or glued
    if "[" not in run and not (bare_run and "Google Scholar" in labels):
        return text, []
    return text[: found.start()].rstrip(), labels


_LINKS_AT_MOST = 300  # characters of links at the end of a reference's line


# a list's bullet: a web page's, or a paper's; or a symbol font's glyph that a PDF's text gives in Unicode's private
# use area, as Word and PowerPoint set their bullets in Symbol or Wingdings ('\uf0b7', '\uf0a7 Zhao, W., & …',
# '\uf09f Bowling, N. A., …'; not the area's other glyphs, a formula's in Symbol: '\uf05b K \uf05d')
BULLET = lazy_compile(r"^\s*[•▪◦·‣∙*►■●\uf0b7\uf09f\uf0a7\uf0a8\uf0d8\uf0fc]\s+")
# A Markdown list's '- ' or '+ ' before a reference's first word ('- Duke Libraries Center … (2020):'). A dash
# also stands for the author named before ('- forthcoming, …', '- (2005). …'): a bullet only where it begins
# most of the list's references.
DASH_BULLET = lazy_compile(r"^\s*[-+]\s+(?=[^\W\d_])")
_SPACES = lazy_compile(r"[ \t\u00a0\u2009\u202f]+")


@dataclass(slots=True)
class Item:
    """One candidate reference: its text, the line it starts on (1-based) and its link labels."""

    text: str
    line: int
    links: list[str] = field(default_factory=list)
    key: str | None = None  # a LaTeX bibliography's '\bibitem{key}'

    def add_links(self, labels: list[str]) -> None:
        """The labels of a further line of links, each once: a page may print its links over two lines."""
        self.links += [label for label in labels if label not in self.links]


def clean_line(line: str) -> str:
    """Collapse the no-break and doubled spaces that web pages leave, and trim; and HighWire's mark back to
    where a reference is cited, which opens each of its lines ('↵Anderson, R. C. (1978). …')."""
    if "\u00a0" in line or "  " in line or "\t" in line or "\u2009" in line or "\u202f" in line:
        line = _SPACES.sub(" ", line)
    line = line.strip()
    return line[1:].lstrip() if line.startswith("↵") else line


def link_labels(line: str) -> list[str] | None:
    """The labels on a line that holds only link labels, else None."""
    if not _LINKS_LINE.match(line):
        return None
    return LINK_LABEL.findall(line)


@dataclass(slots=True)
class ReferenceList:
    """The items found; whether a heading marked where the list is (so every item counts); and
    whether the list begins where the text does (pasted alone, not inside a paper's body)."""

    items: list[Item]
    under_heading: bool
    pasted_alone: bool = False
    # Lines a publisher's page reader passed over that read like references (before the first bullet, after a
    # blank line): reported, not lost without a word.
    passed_over: list[Item] = field(default_factory=list)
    # Manubot's references, read by their lines where the text still had them: by the pasted text's line (0-based)
    # each begins on → its lines joined and its record.
    read_by_lines: dict[int, tuple[str, Reference]] = field(default_factory=dict)


_TOO_FEW_LINES = 5
_LABELS_ALONE_SHARE = 3  # lines of labels alone, times this, at least as many as lines they end: a page's copy


# Layouts a page's copy prints each reference in over lines of their own, each put on one line before the segmenter
# reads the page: PubMed's summaries (title, authors, citation, PMID), and a copy with each piece of a reference on a
# line. Each gives the text and, for each of its lines, the line of the pasted text it began on.
_LAYOUTS_PUT_ON_LINES: tuple[tuple[Callable[[str], bool], Callable[[str], tuple[str, list[int]]]], ...] = (
    (has_pubmed_summaries, summaries_as_text),
    (has_piece_lines, pieces_joined),
    (has_columns_side_by_side, columns_one_after_the_other),
)


def find_items(text: str, starts_reference: Callable[[str], bool]) -> ReferenceList:
    """The reference-list items of a page, in page order.

    A page copied from a publisher's web site (bullets, or lines of link labels under each
    reference) is read by its layout; anything else (a list copied from a PDF, one reference a
    line or a paragraph, a whole paper) by the learned segmenter (citekit/parsing/segmenter.py).
    ``starts_reference`` tells, for an unbulleted web list, a new reference from a wrapped line.
    A page kept as HTML or Markdown (with TeX's formulas, as Mathpix writes it), or a LaTeX bibliography
    (``\\bibitem``s, each item's key kept), is first read as its text; Manubot's list (each reference read by its
    lines there, ReferenceList.read_by_lines), PubMed's summaries, and a copy that put each
    piece of a reference on a line, are put one reference a line; a list run together on one line is put back one
    item a line; each item keeps the line of the text it is on.
    """
    page_origins, keys = None, {}
    read_by_lines: dict[int, tuple[str, Reference]] = {}
    if has_bibitems(text):
        text, page_origins, keys = bibitems_as_text(text)  # a \bibitem a line, its key kept
    elif is_html(text):
        text, page_origins = html_as_text(text)  # a block a line; each line's line of the page kept
    if not keys and (manubot := manubot_references_on_lines(text)) is not None:
        text, origins, read = manubot  # Manubot's list, a reference a line, each read by its lines before
        read_by_lines = {page_origins[line] if page_origins else line: each for line, each in read.items()}
        page_origins = [page_origins[line] for line in origins] if page_origins else origins
    if not keys and (apart := labels_set_apart(text)) is not None:
        text, origins, labels = apart  # a labelled reference a line, its label taken off
        keys = {page_origins[line] if page_origins else line: key for line, key in labels.items()}  # the page's lines
        page_origins = [page_origins[line] for line in origins] if page_origins else origins
    for holds, lines_of_its_own in _LAYOUTS_PUT_ON_LINES:
        if not keys and holds(text):
            text, origins = lines_of_its_own(text)
            page_origins = [page_origins[line] for line in origins] if page_origins else origins
    if has_tex_math(text):
        text = plain_math(text)  # a converter's TeX formulas ('${ }^{1}$ D. Avasthi'): same lines
    if is_markdown(text):
        text = plain_text(text)  # its links, bold and italic marks: same lines, same line numbers
    text = _RULE_LINE.sub("", text)  # same lines, same line numbers
    if "]" in text and not keys:
        text, labels = labels_taken_off(text)  # same lines, same line numbers; each label by its reference's line
        keys = {page_origins[line] if page_origins else line: key for line, key in labels.items()}  # the page's lines
    if len(_QUOTE_MARKS.findall(text, 0, _QUOTED_LINES_LOOKED_AT)) >= 2:
        text = _QUOTE_MARKS.sub("", text)  # a quoted list's '> ': same lines, same line numbers
    text, origins = items_apart(clean_pdf_text(text))
    found = _found_items(text, starts_reference)
    if page_origins:
        origins = [page_origins[origin] for origin in origins]  # the lines of the page the text's lines began on
    if page_origins or keys or len(origins) > len(set(origins)):
        for item in found.items:
            item.line = origins[min(item.line, len(origins)) - 1] + 1
            item.key = keys.get(item.line - 1)
    found.items = _issues_put_back(found.items)
    found.read_by_lines = read_by_lines
    return found


# A citation label: alpha.bst's '[Knu84]', a thesis's '[ADAM15]', '[BSI-TR03138]'. A letter first and a digit in it:
# not a list's number ('[32]', which the segmenter reads), nor a word ('[Anonymous]').
CITATION_LABEL = r"\[(?P<key>[A-Za-z](?=[^\]\n]{0,40}\d)[\w.+:/-]{1,40})\]"
# … alone on its line over the reference it labels: '[ADAM15]:' over 'Adamsky, Florian et al., …' (a Markdown thesis's
# list).
_LABEL_ALONE = lazy_compile(rf"[ \t]*+{CITATION_LABEL}[ \t]*+:?[ \t]*+")
_LABELS_ALONE_AT_LEAST = 2


def labels_taken_off(text: str) -> tuple[str, dict[int, str]]:
    """The text without the citation labels that stand alone on their lines, each over a reference (same lines,
    same line numbers: a label's line is left empty, so each reference is a paragraph of its own), and each label by
    the line of its reference (0-based), as a key to keep."""
    lines = text.split("\n")
    found = [
        (number, label["key"])
        for number, line in enumerate(lines[:-1])
        if line.endswith(("]", ":", " ", "\t"))
        and (label := _LABEL_ALONE.fullmatch(line)) is not None
        and lines[number + 1].strip()
    ]
    if len(found) < _LABELS_ALONE_AT_LEAST:
        return text, {}
    for number, _ in found:
        lines[number] = ""
    return "\n".join(lines), {number + 1: key for number, key in found}


# A line of one mark repeated, a heading's underline or a rule (reStructuredText's 'References' over '----------',
# Markdown's '---' and '==='): no part of a reference, which the line after it begins.
_RULE_LINE = lazy_compile(r"^[ \t]*+([-=~_*#+^])\1{2,}+[ \t]*+$", re.MULTILINE)
# Markdown's blockquote, or an e-mail's quoting, before each reference: '> Fang S, et al. HERB: … Nucleic Acids Res.
# 2021;49(D1):D1197-D1206.' (a README's 'cite these' section), nested '> > '. Taken off where two lines or more
# begin with one; a '>' inside a line is text.
_QUOTE_MARKS = lazy_compile(r"^[ \t]*+(?:>[ \t]?)+", re.MULTILINE)
_QUOTED_LINES_LOOKED_AT = 1_000_000  # characters searched for the marks: a page's, not a hostile run's whole


# An issue and pages a PDF converter cut from the end of a reference into an item of their own, after the
# volume the item before ends in: '- 5. Wang T, … Journal of Neural Engineering. 2004 Mar; 1' + '- (1):1. doi: …'.
_ISSUE_CUT_OFF = lazy_compile(r"^\s*(?:[-*+•]\s+)?(?=\(\d{1,4}\)\s?:\s?\S)")


def _issues_put_back(items: list[Item]) -> list[Item]:
    """Each item that is the issue and pages cut from the item before, joined to it again."""
    joined: list[Item] = []
    for item in items:
        if joined and joined[-1].text.rstrip()[-1:].isdigit() and (cut := _ISSUE_CUT_OFF.match(item.text)):
            joined[-1].text = joined[-1].text.rstrip() + item.text[cut.end() :].strip()
            joined[-1].add_links(item.links)
        else:
            joined.append(item)
    return joined


def _reference_headings(lines: list[str]) -> list[int]:
    from citekit.parsing.segmenter import is_reference_heading

    return [number for number, line in enumerate(lines) if len(line) < 60 and is_reference_heading(line)]


def _found_items(text: str, starts_reference: Callable[[str], bool]) -> ReferenceList:
    lines = text.splitlines()
    # The headings ('References', 'Literatur', '### References', '7. References') are looked for only where the layout
    # may be read: a whole paper the model reads has thousands of lines.
    web_page = _web_page(lines)
    if not web_page and (found := _segmented(text)).items:
        return found
    headings = _reference_headings(lines)
    if not web_page and sum(1 for line in lines if line.strip()) > _TOO_FEW_LINES and not _list_under(lines, headings):
        return found  # a whole text in which the model sees no list, nor a heading over a bulleted one, has none
    # A page, too little for the model to see a list in (a line or two), or a heading over a bulleted list the model
    # saw nothing in (a README's works with no years, '- Kief Morris, *Infrastructure as Code* (O'Reilly)'): read by
    # its layout.
    # The last heading is the one above the list: an earlier one may be a table of contents.
    for heading in reversed(headings):
        passed_over: list[Item] = []
        items = _items_in(lines, heading + 1, starts_reference, passed_over)
        if items:
            return ReferenceList(items, under_heading=True, passed_over=passed_over)
    passed_over = []
    items = _items_in(lines, 0, starts_reference, passed_over)
    # pasted alone where the list begins the text, as _segmented reads it: not a report's bulleted variables or tools
    # under its prose ('Problem Description:' + … + '• Age: Classification of the age group …')
    alone = not items or _nothing_before(lines, items[0].line - 1)
    return ReferenceList(items, under_heading=False, pasted_alone=alone, passed_over=passed_over)


# A line long enough to be a reference, with a year in it: what a publisher's page puts under bullets, and no
# link label or heading holds.
_REFERENCE_LIKE = lazy_compile(r"^(?=.{40}).*\b(?:1[5-9]|20)\d\d\b")
# … or one that begins with a name printed family name first: 'Ortner, Sherry ( ) Is Female to Male …'.
_INVERTED_NAME_FIRST = lazy_compile(r"^(?=.{40})\s*[A-ZÀ-Þ][\w'’-]+,\s+[A-ZÀ-Þ]")


def _web_page(lines: list[str]) -> bool:
    """Lines that hold only link labels ('Article Google Scholar'), or bullets before many of the
    lines: a publisher's page. A few bullet points in a whole paper's text do not make one, nor do
    bullets before some of the references pasted, most without ('Diamond, P., 1969. …' + '• Schmitz,
    Michael (2003): …')."""
    alone = sum(1 for line in lines if link_labels(clean_line(line)))
    # not where most labels end their references' lines, the few alone a line's end put there: a PDF's text (MDPI
    # prints '… 2020, 70, 124. [CrossRef]', 34 lines so for 4 of '[CrossRef] [PubMed]' alone)
    if alone >= 2 and _LABELS_ALONE_SHARE * alone >= sum(
        1 for line in lines if "]" in line and not link_labels(line) and trailing_links(line.rstrip())[1]
    ):
        return True
    bulleted = sum(1 for line in lines if BULLET.match(line))
    if not bulleted or bulleted < 0.15 * sum(1 for line in lines if line.strip()):
        return False
    unbulleted = sum(1 for line in lines if not BULLET.match(line) and _reference_like(line))
    return unbulleted <= bulleted


def _reference_like(line: str) -> bool:
    return bool(_REFERENCE_LIKE.match(line) or _INVERTED_NAME_FIRST.match(line))


def _nothing_before(lines: list[str], first: int) -> bool:
    """Whether the list begins the text: no line before its first (0-based) holds anything."""
    return not any(line.strip() for line in lines[:first])


def _segmented(text: str) -> ReferenceList:
    from citekit.parsing.segmenter import is_reference_heading, segment

    found = segment(text)
    items = [Item(text=item.text, line=item.line) for item in found]
    first = found[0].lines[0] if found else None
    before = text.splitlines()[:first] if first is not None else []
    heading = any(is_reference_heading(line) for line in before)
    alone = first is not None and _nothing_before(before, first)
    return ReferenceList([item for item in items if len(item.text) > 20], under_heading=heading, pasted_alone=alone)


# A list number: [1], (1), 1. or 1) — up to six digits: lists of tens of thousands exist.
_NUMBERED = lazy_compile(r"^\s*(?:\[\d{1,6}\]|\(\d{1,6}\)|\d{1,6}\.(?!\d)|\d{1,6}\))\s*")
_PAGE_NUMBER = lazy_compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", re.IGNORECASE)
# Windows-1252 punctuation read as Latin-1 is a C1 control character ('258\x96285' for
# '258–285', '\x93Titel\x94'); no reference holds a control character, so each is read as the
# Windows-1252 character it was.
_CP1252_C1 = {
    chr(code): bytes([code]).decode("cp1252")
    for code in range(0x80, 0xA0)
    if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
# TeX's T1 (Cork) encoding puts its quotes, dashes and ligatures among the C0 control characters; a PDF whose fonts
# carry no map to Unicode (LaTeX's bitmap fonts, where cm-super is missing) gives them as they are: 'pro\x1cles' for
# 'profiles', '1377\x151384' for '1377–1384', '\x10total lipid\x11'. Python's splitlines breaks a line at \x1c–\x1e.
# (0x18, a per-mille sign's zero, is left.)
_T1_C0 = {
    **dict(zip("\x10\x11\x12\x13\x14\x15\x16\x19\x1a", "“”„«»–—ıȷ", strict=True)),
    **{"\x17": "", "\x1b": "ff", "\x1c": "fi", "\x1d": "fl", "\x1e": "ffi", "\x1f": "ffl"},
}
_PDF_CHARACTERS = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", **_CP1252_C1, **_T1_C0}
    # A figure dash and a minus sign, as some fonts print a page range's dash ('pp. 159‒ 172').
    | {"\u2012": "–", "\u2212": "–"}
    # Unicode's hyphen and non-breaking hyphen, as some LaTeX fonts give every hyphen ('Bioin‐' + 'formatics',
    # 'T‐cell'): the hyphen-minus, which a word broken at the line's end is mended by.
    | {"\u2010": "-", "\u2011": "-"}
    # French 'nᵒ 4' (CSL's French locale prints a modifier letter o) and 'n˚ 4' (a ring above): 'n° 4'.
    | {"\u1d52": "°", "\u02da": "°"}
    # A zero-width space, where a PDF may break a long word (Wiley's DOIs: '10.1097/MCC.00000\u200b00000\u200b000571'),
    # a word joiner and a stray byte-order mark: no part of the text.
    | dict.fromkeys(ZERO_WIDTH_CHARACTERS, "")
)
# Second halves of compounds that keep their hyphen when a PDF line breaks after it.
_COMPOUND_HEADS = frozenset(
    """derived associated mediated dependent induced related specific based like free type cell cells term
    scale wide independent resistant positive negative infiltrating secreting producing expressing
    activated targeted regulated linked binding coupled bound rich poor""".split()
)


def _keeps_its_hyphen(first: str, second: str) -> bool:
    """'self-' + 'assessment': English writes 'self' with a hyphen before a word ('self-report', 'self-esteem'), not
    before a suffix ('selfish', 'selfless')."""
    return first.lower() == "self" and not second.lower().startswith(("less", "ish", "hood", "same"))


_T1_CHARACTERS = str.maketrans(_T1_C0)
_T1_RANGES = "\x10-\x17\x19-\x1f"
_T1_CHARACTER = lazy_compile(f"[{_T1_RANGES}]")


def t1_decoded(text: str) -> str:
    """TeX's T1 characters given as control characters back to themselves, the whole text at once, before its lines
    are counted: three of them end a line for splitlines (an editor counts none)."""
    return text.translate(_T1_CHARACTERS) if _T1_CHARACTER.search(text) else text


_PDF_CHARACTER = lazy_compile(
    f"[\ufb00-\ufb06\x80-\x9f{_T1_RANGES}\u2010\u2011\u2012\u2212\u1d52\u02da{ZERO_WIDTH_CHARACTERS}]"
)


# biblatex's labels in small capitals ('\mkbibacro{ISSN}') as a LaTeX font without small capitals' map gives them: a
# dotless i and long s for the capitals (`ıſſN: 0166‐3542`, `ıſBN: 978‐3‐030‐…`, a vaccine design thesis). Unread, the
# ISSN's figures were taken for a page range.
_SMALL_CAPS_LABEL = lazy_compile(r"\bı[ſA-Z]{2}N\b")


def _label_in_capitals(found: re.Match[str]) -> str:
    return found[0].replace("ı", "I").replace("ſ", "S")


def clean_pdf_text(text: str) -> str:
    """Ligatures from PDF fonts back to letters (ﬁ → fi), Windows-1252 punctuation read as control characters back to
    itself (\x96 → –), TeX's T1 dashes, quotes and ligatures given as control characters back to themselves
    ('pro\x1cles' → 'profiles'), a soft hyphen out (a hyphen where it alone breaks a line's last word), a figure dash or
    minus to an en dash, a modifier letter o or a ring above to the degree sign it stands for ('nᵒ 4', 'n˚ 4' → 'n° 4'),
    and accents set apart from their letters back on them ('S´aez' → 'Sáez', combining ones too). A page's HTML entities
    are read ('&amp;' → '&'), and the placeholders a PDF converter leaves for glyphs it cannot map taken out (docling's
    'GLYPH<11>'), and so are HTML's inline marks in a text that is no page ('In <i>Rome: Late Republic and
    Principate</i>, edited by …', as citation tools' HTML gives them). str.translate is slow: only when needed."""
    text = _INLINE_TAG.sub("", text) if "</" in text else text
    text = html.unescape(text) if "&" in text and _ENTITY.search(text) else text
    text = _GLYPH.sub("", text) if "GLYPH<" in text else text
    text = text.translate(_PDF_CHARACTERS) if _PDF_CHARACTER.search(text) else text
    text = _SMALL_CAPS_LABEL.sub(_label_in_capitals, text) if "ıſ" in text else text
    text = _SOFT_HYPHEN.sub(_without_soft_hyphen, text) if "\xad" in text else text
    text = _SPACING_ACCENT.sub(_accented, text) if _ACCENT_CHARACTER.search(text) else text
    return composed(text) if _COMBINING_MARK.search(text) else text


# A combining accent after its letter, as pdftotext gives LaTeX's accents ('Atencio\u0301n', 'Solı\u0301s'): a reference
# read so split its words at the mark (the model's tokens) and kept it in its fields.
_COMBINING_MARK = lazy_compile("[\u0300-\u036f]")


# A soft hyphen: Wiley's PDFs give one after each hyphen and dash ('Gonçalves-\xadde-\xadAlbuquerque', '12–\xad20',
# 'Castro-\xad' at a line's end, where the name goes on 'Faria, M. V.' on the next line); alone at a line's end it is
# the word's break.
_SOFT_HYPHEN = lazy_compile("\xad")


def _without_soft_hyphen(found: re.Match[str]) -> str:
    at_end = found.end() < len(found.string) and found.string[found.end()] == "\n"
    after_a_dash = found.start() > 0 and found.string[found.start() - 1] in "-‐–—"
    return "-" if at_end and not after_a_dash else ""


_ENTITY = lazy_compile(r"&(?:[A-Za-z]{2,8}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# HTML's inline marks of emphasis and position: '<i>', '</i>', '<b>', '<em>', '<sup>', '<span class="…">'.
_INLINE_TAG = lazy_compile(r"</?(?:i|b|em|strong|u|sup|sub|small|span)(?:\s[^<>\n]{0,200})?>", re.IGNORECASE)
_GLYPH = lazy_compile(r"\s?GLYPH<[^<>\n]{0,200}>")


# A PDF made with LaTeX sets an accent as a glyph of its own, and a copy of its text gives it beside its letter
# (seen so in the GROBID corpus's reference strings): before it, glued ('M¨uller', 'Jo˜ao', 'Dˇzeroski',
# 'Vokrouhlick´y', 'Arbel´aez', 'Rodr´ıguez' with a dotless i), or after it, over a space ('Ko ¨rner', 'El Nin ˜o').
# Word-processed papers type the acute as an apostrophe or a quote ('Cronbach´s', 'l´université', 'the ´Minimum
# Equation´', 'on ´what'): it is joined only inside a word, and only as the accents Slavic and Romance names carry.
_ACCENT_CHARACTER = lazy_compile("[¨˜ˇ´]")
_COMBINING = {"¨": "\u0308", "´": "\u0301", "˜": "\u0303", "ˇ": "\u030c"}
_SPACING_ACCENT = lazy_compile(
    r"(?P<previous>[^\W\d_]) (?P<accent_after>[¨˜])(?=[^\W\d_A-ZÀ-Þ])"  # on the letter before the space
    r"|(?P<before>[^\W\d_])(?P<accent>[¨˜ˇ´])(?P<letter>[^\W\d_])"  # inside a word: on the letter after it
)
_ACCENTED = frozenset("äëïöüÿÄËÏÖÜñãõÑÃÕčšžřňěďťČŠŽŘŇĚĎŤáéíóúýćńśźÁÉÍÓÚÝĆŃŚŹ")
# Words an apostrophe elides (French, Italian, Irish): 'l´', 'd´', 'qu´', 'un´', 'O´Brien'; and Italian's 'dell´'.
_ELIDED = frozenset("c d j l m n s t qu jusqu lorsqu puisqu un o".split())
_WORD_AT_MOST = 12  # letters looked back over for the word an apostrophe may elide


def _accented(found: re.Match[str]) -> str:
    if found["accent_after"]:
        return _with_accent(found["previous"], found["accent_after"]) or found.group()
    before, accent, letter = found["before"], found["accent"], found["letter"]
    text, start = found.string, found.start() + 1
    if accent == "´" and letter != "ı":
        word = start
        while word > max(0, start - _WORD_AT_MOST) and text[word - 1].isalpha():
            word -= 1
        elided = text[word:start].lower()
        at_end = not text[found.end() : found.end() + 1].isalpha()
        if elided in _ELIDED or elided.endswith("ll") or (at_end and letter in "nszNSZ"):
            return found.group()  # an apostrophe: 'l´analyse', 'qu´il', 'dell´arte', 'Cronbach´s', 'den´n'
    if (joined := _with_accent(letter, accent)) is not None:
        return before + joined
    if accent == "ˇ" and (carried := _with_accent(before, accent)) is not None:
        return carried + letter  # the caron after its letter: 'Tosˇic´' for 'Tošić'
    return found.group()


def _with_accent(letter: str, accent: str) -> str | None:
    """The letter with the accent on it, if it is one that names and words carry ('ć', 'ñ'; not 'ḿ', 'ǐ')."""
    joined = composed(letter + _COMBINING[accent])
    return joined if joined in _ACCENTED else None


_DOTLESS_I_ACCENTED = lazy_compile("ı(?=[\u0300-\u036f])")


def composed(text: str) -> str:
    """Combining accents on their letters (NFC), and on an i where LaTeX's PDF gives a dotless 'ı' under one:
    'Bibliografı́a' (an 'ı' and U+0301) → 'Bibliografía', which composing alone leaves as it is."""
    return unicodedata.normalize("NFC", _DOTLESS_I_ACCENTED.sub("i", text) if "ı" in text else text)


def _running_heads(lines: list[str]) -> set[str]:
    """Short lines that repeat on every page (journal running heads) and bare page numbers."""
    counts: dict[str, int] = {}
    for line in lines:
        cleaned = clean_line(line)
        if cleaned and len(cleaned) < 80 and not _NUMBERED.match(cleaned):
            counts[cleaned] = counts.get(cleaned, 0) + 1
    return {line for line, count in counts.items() if count >= 2}


# ScienceDirect's label over each reference on its page, the citation as the text prints it: 'Ayantunde et al.,
# 2018', 'Butt and Turner, 2012', 'R Development Core Team, 2023'.
# ('et al.' is two such words: an alternative of its own would let a line of them be read in exponentially many ways.)
# A Markdown copy numbers the labels as the page's list does: '1. Brook et al., 2003'.
_CITATION_LABEL = lazy_compile(
    r"^(?:\d{1,4}\.\s+)?[^\W\d_][\w'’.-]*(?:\s+(?:[\w'’.-]+|&))*+,\s(?:1[5-9]|20)\d\d[a-z]?$"
)


def _labelled(lines: list[str]) -> bool:
    """A page whose references each begin with their citation label, after the links of the one before."""
    after_links = sum(
        1
        for before, line in zip(lines, lines[1:], strict=False)
        if link_labels(clean_line(before)) is not None and _CITATION_LABEL.match(clean_line(line))
    )
    return after_links >= 2


def _labelled_items(lines: list[str], first: int) -> list[Item]:
    """ScienceDirect's page: a reference's label, then its authors, title and source on lines of their own
    with no full stop between them, then its links. Each label begins a reference (the label is no part of
    it), and the lines are joined as fields: a full stop where a line ends without a mark."""
    items: list[Item] = []
    current: Item | None = None
    for number in range(first, len(lines)):
        line = clean_line(lines[number])
        if not line:
            continue
        labels = link_labels(line)
        if labels is not None:
            if items:  # the reference just read, whose links may take two lines ('View PDF', 'View article…')
                items[-1].add_links(labels)
            current = None
        elif _CITATION_LABEL.match(line):
            current = Item(text="", line=number + 1)
            items.append(current)
        elif current is None:
            current = Item(text=line, line=number + 1)
            items.append(current)
        elif not current.text:
            current.text = line
        else:
            current.text = _fields_joined(current.text, line)
    return [item for item in items if item.text]


_FIELD_ENDS = (".", ",", ";", ":", "?", "!", ")", "]")


def _fields_joined(text: str, line: str) -> str:
    """A publisher's page prints a reference's fields on lines of their own, with no mark between them: a full
    stop where a line ends without one ('… psoriasis treatment' + 'Pharmacoeconomics. 2010; 28:935-945'), a
    comma between a volume and its pages ('93' + '3560–3572. 10.1152/…')."""
    if text.endswith(_FIELD_ENDS):
        return f"{text} {line}"
    if text[-1:].isdigit() and line[:1].isdigit():
        return f"{text}, {line}"
    return f"{text}. {line}"


# A Markdown copy's heading: '## Cited by (0)', '## Recommended articles'.
_MARKDOWN_HEADING = lazy_compile(r"^(#{1,6})\s")


def _heading_level(line: str) -> int:
    """A Markdown heading's level ('### Books' → 3); 0 for any other line."""
    heading = _MARKDOWN_HEADING.match(clean_line(line))
    return len(heading.group(1)) if heading else 0


def _list_end(lines: list[str], first: int) -> int:
    """Where the page's list ends: at its trailer, or at the heading of the page's next section (a Markdown copy's
    '## Recommended articles', whose bullets are no references), not another list's ('### References (from
    fMRIprep boilerplate)') nor a section of the list's own, a heading a level below the list's ('## References'
    over '### Books' and '### Articles')."""
    from citekit.parsing.segmenter import is_reference_heading

    level = _heading_level(lines[first - 1]) if first else 0
    for number in range(first, len(lines)):
        line = clean_line(lines[number])
        if is_page_trailer(line):
            return number
        if (
            (heading := _MARKDOWN_HEADING.match(line))
            and not (level and len(heading.group(1)) > level)  # a section of the list's own
            and not is_reference_heading(line.lstrip("# ").split(" (")[0])
        ):
            return number
    return len(lines)


def _items_in(
    lines: list[str], first: int, starts_reference: Callable[[str], bool], passed_over: list[Item] | None = None
) -> list[Item]:
    """The items of a page read by its layout, each section under a heading of its own (a Markdown list's '### Books',
    bulleted, then '### Articles', numbered) read apart; lines that read like references but that the layout passes
    over are added to passed_over."""
    end = _list_end(lines, first)
    headings = [number for number in range(first, end) if _heading_level(lines[number])]
    if not headings:
        return _section_items(lines[:end], first, starts_reference, passed_over)  # each reader reads to the end
    items: list[Item] = []
    for start, stop in zip([first, *(number + 1 for number in headings)], [*headings, end], strict=True):
        # each section's lines alone (a copy of all before each would take time growing with the square of their
        # count), its items' lines then counted from the page's start
        passed: list[Item] = []
        for item in (found := _section_items(lines[start:stop], 0, starts_reference, passed)) + passed:
            item.line += start
        items += found
        if passed_over is not None:
            passed_over += passed
    return items


def _list_under(lines: list[str], headings: list[int]) -> bool:
    """Whether a bulleted list follows the last reference heading (its bullets, or dashes before half its lines)."""
    if not headings:
        return False
    section = lines[headings[-1] + 1 : _list_end(lines, headings[-1] + 1)]
    return _dash_bulleted(section) or sum(1 for line in section if BULLET.match(line)) >= 2


def _dash_bulleted(lines: list[str]) -> bool:
    """A Markdown list bulleted '- ' (or '+ '): the dash begins at least half of the lines, two at least, and no other
    bullet is there. (A dash before some lines only stands for the author named before.)"""
    dashed = sum(1 for line in lines if DASH_BULLET.match(line))
    return dashed >= 2 and 2 * dashed >= sum(1 for line in lines if line.strip()) and not any(map(BULLET.match, lines))


def _section_items(
    lines: list[str], first: int, starts_reference: Callable[[str], bool], passed_over: list[Item] | None
) -> list[Item]:
    marks = BULLET if not _dash_bulleted(lines[first:]) else DASH_BULLET
    bulleted = any(marks.match(line) for line in lines[first:])
    if not bulleted and _labelled(lines[first:]):
        return _labelled_items(lines, first)
    if not bulleted:
        numbered = sum(1 for line in lines[first:] if _NUMBERED.match(line) and len(line.strip()) > 25)
        if numbered >= 2:
            return _numbered_items(lines, first)
        if not any(starts_reference(clean_line(line)) for line in lines[first:]):
            return _line_items(lines, first)
    items: list[Item] = []
    current: Item | None = None
    open_item = False
    column = 0  # where the text after the last bullet begins
    for number in range(first, len(lines)):
        raw_line = lines[number]
        line = clean_line(raw_line)
        if not line:
            open_item = False
            continue
        labels = link_labels(line)
        if labels is not None:
            if current is not None and not current.links:
                current.links = labels
            open_item = False
            continue
        bullet = marks.match(raw_line)
        if bullet:
            current = Item(text=clean_line(raw_line[bullet.end() :]), line=number + 1)
            items.append(current)
            open_item = True
            column = bullet.end()
        elif open_item and current is not None and (bulleted or not starts_reference(line)):
            current.text = _join_wrapped(current.text, line)
        elif current is not None and bulleted and column > 1 and len(raw_line) - len(raw_line.lstrip()) == column:
            # under the bullet's text after a blank line: a PDF's bulleted list, double spaced, as `pdftotext
            # -layout` gives it ('•   Shehata TE, … on the Growth of' + '' + '    Escherichia coli. …')
            current.text = _join_wrapped(current.text, line)
            open_item = True
        elif not bulleted:
            current = Item(text=line, line=number + 1)
            items.append(current)
            open_item = True
        else:
            current = None
            open_item = False
            if passed_over is not None and _reference_like(line):
                passed_over.append(Item(text=line, line=number + 1))
    return items


class DocumentWords:
    """The words and hyphenated compounds a text holds, gathered once: wrapped lines are mended by
    looking words up here, not by searching the whole text each time (quadratic on long lists)."""

    def __init__(self, document: str) -> None:
        self.words = set(re.findall(r"\w+", document))
        # From a word's start only: tried inside a long word with no hyphen, the search takes time that grows
        # with the square of its length.
        self.compounds = set(re.findall(r"\b\w+-\w+", document))


def _link_at_the_end(text: str) -> bool:
    """A link or a DOI broken after its hyphen at the line's end: 'https://www.who.int/teams/global-' + 'tuberculosis-
    programme/…' (an MDPI paper's PDF)."""
    return text.endswith("-") and _link_or_doi(text.rpartition(" ")[2])


# What only a link's middle holds: a percent-escape ('%C3%'), a query's '=' ('?sequence=1&i' + 'sAllowed=y'); a
# hexadecimal id's rest, its figures and letters mixed, as Medium's pages end ('…/beyond-accuracy-precision-and-recall-
# 3da06bea' + '9f6c').
_INSIDE_A_LINK = lazy_compile(r"%[0-9A-Fa-f]{2}|=|^(?=[0-9a-f]{4,40}$)[0-9a-f]*?(?:\d[a-f]|[a-f]\d)")


def _link_broken_inside(text: str, continuation: str) -> bool:
    """A link broken anywhere inside, no hyphen at the break: '…/#:~:text=Le%20dossier%20m%C3%' + 'B9%20ils%20se%20
    trouvent.', '…/Memoire%20final.pdf?sequence=1&i' + 'sAllowed=y' (a mémoire's list of web pages). The line's last
    word is a link that ends as none ends ('%', '=', '&', '?', '_'; the next line's first word goes on it, whatever
    follows), or the next line is one word that holds what only a link holds."""
    last = text.rpartition(" ")[2]
    if not _link(last):
        return False
    if last.endswith(("%", "=", "&", "?", "_")):
        return True  # '…?artid=4169172&tool=' + 'pmcentrez&rendertype=abstract, doi: …': the next line's first word
    return " " not in continuation.strip() and _INSIDE_A_LINK.search(continuation) is not None


def _link(word: str) -> bool:
    return "://" in word or word.startswith("www.")


def _link_or_doi(word: str) -> bool:
    return _link(word) or _DOI_START.match(word) is not None


_DOI_START = lazy_compile(r"(?:doi:)?10\.\d{4,9}/", re.IGNORECASE)


def _join_wrapped(text: str, continuation: str, seen: DocumentWords | None = None) -> str:
    """Rejoin a reference wrapped over lines, mending words a PDF hyphenated at the break.

    'metas-' + 'tasis' → 'metastasis', but 'tumor-' + 'derived' → 'tumor-derived': the hyphen goes
    only when the joined word occurs elsewhere in the text, or the second half is not a word that
    usually ends a compound.
    A link's or a DOI's hyphen is its own, as is the colon of a link's scheme ('https:' + '//www.kaggle.com/…'): a
    PDF breaks a link after either and adds nothing, or anywhere inside it (_link_broken_inside); so is a stop a line
    begins with after a link or a DOI ('…/j.schres.2010.10' + '.003'), and a range's dash ('435–' + '446').
    """
    if continuation.startswith("//") and text.endswith(("http:", "https:")) or _link_at_the_end(text):
        return text + continuation
    if _link_broken_inside(text, continuation):
        return text + continuation
    if continuation[:1] == "." and continuation[1:2].isalnum() and _link_or_doi(text.rpartition(" ")[2]):
        return text + continuation  # '…/j.schres.2010.10' + '.003': a DOI broken before its stop
    if text[-1:] in "–—" and text[-2:-1].isdigit() and continuation[:1].isdigit():
        return text + continuation  # '43(4):435–' + '446, 2013.': a range broken after its dash
    if text.endswith("-") and not text.endswith(" -"):
        head = re.search(r"(\w+)-$", text)
        tail = re.match(r"(\w+)", continuation)
        if head and tail and head.group(1)[-1:].isalpha() and tail.group(1)[:1].islower():
            joined, compound = head.group(1) + tail.group(1), f"{head.group(1)}-{tail.group(1)}"
            compounds = seen.compounds if seen else set()
            words = seen.words if seen else set()
            keep = compound in compounds or (
                joined not in words
                and (tail.group(1).lower() in _COMPOUND_HEADS or _keeps_its_hyphen(head.group(1), tail.group(1)))
            )
            if not keep:
                return text[:-1] + continuation
        return text + continuation
    return f"{text} {continuation}"


def _numbered_items(lines: list[str], first: int) -> list[Item]:
    """[1] …, 1. …, (1) …: a new reference at each number; other lines continue the current one."""
    document = DocumentWords("\n".join(lines))
    heads = _running_heads(lines[first:])
    items: list[Item] = []
    for number in range(first, len(lines)):
        line = clean_line(lines[number])
        if (labels := link_labels(line)) is not None:
            if items:  # JAMA's 'ArticlePubMedGoogle ScholarCrossref' under a reference
                items[-1].add_links(labels)
            continue
        if not line or line in heads or _PAGE_NUMBER.match(line):
            continue
        marker = _NUMBERED.match(line)
        if marker and len(line) > marker.end():
            items.append(Item(text=line[marker.end() :].strip(), line=number + 1))
        elif items:
            items[-1].text = _join_wrapped(items[-1].text, line, document)
    return items


_ENDS_REFERENCE = lazy_compile(r"(?:[.)\]]|\d|\w/\S+)$")


_NUMBER_ALONE = lazy_compile(r"\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\.")


def _line_items(lines: list[str], first: int) -> list[Item]:
    """One reference per line, or wrapped over several: a line continues the one before unless that
    one ended like a reference ends and this one starts like a reference starts."""
    from citekit.parsing.segmenter import starts_a_reference

    document = DocumentWords("\n".join(lines))
    # A publisher's page with its links on a line after each reference: the links close the reference, and
    # its fields may take lines of their own (PubMed Central: the journal, its volume, then the pages and
    # DOI). A web page has no running heads nor page numbers: a body's name may recur.
    cleaned = [clean_line(line) for line in lines]
    linked = sum(1 for line in cleaned[first:] if link_labels(line) is not None) >= 2
    heads = set() if linked else _running_heads(lines[first:])
    # Each reference's number on a line of its own over it (Cell Press's '15.' over 'Kish, L.'): only a number
    # begins one, not a publisher's line that reads like names and a year ('Wiley, New York, NY, 1965').
    numbered_alone = sum(1 for line in cleaned[first:] if _NUMBER_ALONE.fullmatch(line)) >= 2
    items: list[Item] = []
    previous_blank = True
    closed = True  # the last reference ended at its links
    for number in range(first, len(lines)):
        line = cleaned[number]
        if not line:
            previous_blank = True
            continue
        # Cell Press's 'Abstract' is a link too when the links follow it (a paper's heading has none after it).
        abstract = (
            linked and line == "Abstract" and number + 1 < len(lines) and link_labels(cleaned[number + 1]) is not None
        )
        if (labels := ["Abstract"] if abstract else link_labels(line)) is not None:
            if linked and items and (not closed or items[-1].links):  # the links may take several lines
                items[-1].add_links(labels)
            closed = True
            continue
        if line in heads or (_PAGE_NUMBER.match(line) and not linked):
            continue
        starts = line[:1].isupper() or line[:1] in '[("“' or line[:1].isdigit()
        if linked and numbered_alone:
            goes_on = items and not closed and not _NUMBER_ALONE.fullmatch(line)
        elif linked:
            goes_on = items and not closed and not starts_a_reference(line)
        else:
            goes_on = items and not previous_blank and not (_ENDS_REFERENCE.search(items[-1].text) and starts)
        if goes_on and linked:
            items[-1].text = _fields_joined(items[-1].text, line)
        elif goes_on:
            items[-1].text = _join_wrapped(items[-1].text, line, document)
        else:
            items.append(Item(text=line, line=number + 1))
        previous_blank = closed = False
    return [item for item in items if len(item.text) > 20]
