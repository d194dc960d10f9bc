"""Finding reference lists in pasted text and cutting them into references, learned from labelled
documents rather than written as rules about layouts.

Each non-blank line is labelled B (a reference begins on it), I (it continues one) or O (it is not
part of a reference: body text, headings, running heads, page numbers). A line's features are what
a reader sees: how it begins (a list number and whether it follows the last one, a bullet, 'Surname, A.',
a dash standing for the previous author, a capital, a lower-case word), how the line before ends,
its length against the document's lines and whether the line before fills the column, whether the
paste's lines run longer than any printed column (each line then a paragraph), a year, a DOI, blank
lines around it, and whether a 'References'/'Literatur'/'Bibliographie' heading came
before it (or comes later); the lines next to it add theirs, and the 20 lines each side tell how
this list is laid out (how many lines begin after a blank line, with a number, with a name).
A linear model scores the three labels and a Viterbi pass over the document picks the best
labelling under the label-to-label transitions it learned (no I right after O, …).

Trained by scripts/train_segmenter.py on GROBID's reference-segmenter corpus (reference sections
with every PDF line break and every boundary marked), AnyStyle's finder documents (whole
documents with their reference lines marked) and whole German and English papers composed around
rendered lists (scripts/composed_papers.py); the model file carries its version, labels and
feature schema, checked when it is loaded. Running heads with their page numbers, and words printed
up the margin (a character a line), are taken out before the lines are labelled, and a justified line given a
word a line is one line again; where an appendix's heading follows a list, the text before it is labelled on its
own and the appendix is no list. After it, lines read
as references far after a list that had its heading, with no heading of their own (an appendix, a
series' other titles), are left out, and so are a list's subheadings ('Ergebnisse', 'About the
Author') the model read as a reference's end, an author's address after a reference ('Kontakt:
…@…'), a page's number (with the running head under it) between two references, and a long run of
body text read as a reference's continuation with no first line; a line that names a chapter's book
('In E. T. Higgins, …'), or follows a line that stops where no reference ends (a comma, an open
range), goes on the reference before it, as does a line read as none after a reference's line that breaks off so
or breaks a word with a hyphen.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from citekit.lazy_regex import lazy_compile
from citekit.months import MONTHS
from citekit.parsing.authors import PARTICLES, SAME_AUTHORS, YEAR_FIRST, names_a_body
from citekit.parsing.given_names import given_name_kind
from citekit.parsing.page import BULLET, DASH_BULLET, composed, is_page_trailer, link_labels
from citekit.parsing.places import is_place

MODEL = "data/reference-segmenter.npz"
VERSION = 8
LABELS = ("B", "I", "O")

# Headings of reference sections in the languages citekit reads (lower case, no trailing colon).
REFERENCE_HEADINGS = frozenset(
    heading.strip()
    for heading in """references|reference list|bibliography|literature cited|works cited|references and notes|
    notes and references|cited literature|literature|sources|literatur|literaturverzeichnis|
    quellen|quellenverzeichnis|références|références bibliographiques|bibliographie|referencias|
    referencias bibliográficas|bibliografía|bibliografia|referências|referências bibliográficas|
    riferimenti|riferimenti bibliografici|literatuur|litteratur|referenser|kirjallisuus|
    piśmiennictwo|bibliografie|список литературы|литература|further reading""".split("|")
)
_HEADING_NUMBER = lazy_compile(r"^(?:(?:\d+(?:\.\d+)*|[ivxlc]+)\.?\s+|chapter\s+\d+\s*)", re.IGNORECASE)
_MARKER = lazy_compile(r"^\s*(?:\[(\d{1,5})\]|\((\d{1,5})\)|(\d{1,5})\.(?!\d)|(\d{1,5})\))")
# A family name may open with its particles in lower case: 'da Agra, Cândido', 'van Dijk TA'.
_PARTICLES = "(?:(?:" + "|".join(sorted(PARTICLES)) + r")\s+){0,2}"
_AUTHOR_START = lazy_compile(
    rf"^{_PARTICLES}[A-ZÀ-ÖØ-Þ][\w'’\-]+(?: [A-ZÀ-ÖØ-Þa-z][\w'’\-]+)?,\s+(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
)
_INITIALS_START = lazy_compile(rf"^{_PARTICLES}[A-ZÀ-ÖØ-Þ][\w'’\-]+\s+[A-Z]{{1,3}}\b[,.]?")
# 'Michael Collins.', 'Peter F. Brown,', 'J.McDonough,': given names first, as ACL and IEEE print.
# The initials taken whole (possessive): given back one by one on a long line of them, the match took time growing
# with its square; what follows them is the same either way.
_NAME_START = lazy_compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’\-]+|[A-Z]\.(?:\s?[A-Z]\.)*+)\s?(?:[A-Z]\.\s)*+[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’\-]+[,.]"
)
# A name of any shape, then the work's date: 'OECD, 1995: …', 'Kommission der Europäischen
# Gemeinschaften (2001): …', 'Platon (2007). …' (organisations and single names, which no
# 'Surname, Given' start catches).
_NAME_THEN_DATE = lazy_compile(
    r"^[^\W\d_][^():;\d]{0,60}?(?:\s?\((?:1[5-9]|20)\d\d[a-z]?\)|,\s(?:1[5-9]|20)\d\d[a-z]?:)"
)
_REPEAT_AUTHOR = lazy_compile(r"^(?:[—–-]{2,}|_{3,}|—)")
_YEAR = lazy_compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)[a-z]?(?!\d)")
_YEAR_PAREN = lazy_compile(r"\((?:1[5-9]\d\d|20\d\d)[a-z]?\)")
_PAGE_NUMBER = lazy_compile(r"^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$|^[ivxlc]{1,6}$", re.IGNORECASE)
# A page's number on a line of its own, as a PDF prints it: '28', '- 37 -', 'Seite 17', 'Page 243': what the
# furniture and page-number rules look for. _PAGE_NUMBER, the feature the model was trained on (and what the
# run rule of _references_left_out_of_the_list skips), takes roman numerals and 'page 3 of 9' but not the
# framed or German forms; it stays as trained.
_PAGE_NUMBER_LINE = lazy_compile(r"^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|seite|s\.)\s*\d{1,4}|\d{1,4})$", re.IGNORECASE)
# Or the page's number of all the pages, as PeerJ's footer prints it ('14/16', 'Page 11 of 11'): only where a line
# recurs beside it; alone, a line '2/98' is a report's number as much ('Arcetri Technical Report N.' + '2/98').
_PAGE_OF_PAGES = lazy_compile(r"^(?:page\s)?\d{1,3}\s?(?:/|of)\s?\d{1,3}$", re.IGNORECASE)
_INITIAL = lazy_compile(r"\b[A-Z]\.")
# A line that ends inside a link or DOI ('https://doi.org/10.', 'doi:10.1016/j.'): it goes on.
_OPEN_LINK = lazy_compile(r"(?:https?://|www\.|doi:?\s?|10\.\d{4,9}/)\S*[./_\-]$", re.IGNORECASE)
_DIGITS = lazy_compile(r"\d+")
# DIN 1505's label before a reference ('natdin': 'Keen 2007' over 'Keen, Andrew: …', 'Anthony u. a.
# 2005' over 'Anthony, D. ; …'): the first name and the year, then the reference from that name on.
DIN_LABEL = lazy_compile(
    r"^\s*(?P<name>[^\W\d_][\w'’-]+)(?:\s[^\W\d]\D{0,60}?)?\s(?:1[5-9]\d\d|20\d\d)[a-z]?\s+(?=(?P=name)\b)"
)
# Each searched for anywhere in a line; a number's run is tried from its first digit only ('(?<!\d)\d++'), as
# tried from each digit of a long run the search takes time that grows with the square of its length.
# Beside each, what a line must hold for it to match, lower-cased (one of them; none: any line may), or that it
# needs a digit: a search the engine tries at every place costs, and half a document's lines hold no digit.
# ('do' stands for 'doi', as under IGNORECASE a dotless 'ı' is an 'i'.)
_A_DIGIT = ("a digit",)
_CUES = (
    ("doi", ("do", "10."), lazy_compile(r"\bdoi\b|10\.\d{4,9}/", re.IGNORECASE)),
    ("url", ("://", "www."), lazy_compile(r"https?://|www\.", re.IGNORECASE)),
    ("etal", ("et al", "u."), lazy_compile(r"\bet al\b|u\. ?a\.", re.IGNORECASE)),
    ("pages", _A_DIGIT, lazy_compile(r"\bpp?\.\s*\d|\bS\.\s*\d|(?<!\d)\d++\s*[-–]\s*\d")),
    ("volume", _A_DIGIT, lazy_compile(r"\b(?:vol|bd|jg|no|nr|h)\.\s*\d|(?<!\d)\d++\s*\(\d+\)", re.IGNORECASE)),
    (
        "in",
        (),
        lazy_compile(r"\b(?:In|in):?\s+[A-Z]|\(eds?\.?\)|\((?:hrsg|hg|éd|ed)s?\.?\)|\bHrsg\.", re.IGNORECASE),
    ),
    (
        "publisher",
        ("press", "verlag", "university", "publisher", "éditions", "editorial"),
        lazy_compile(r"\b(?:Press|Verlag|University|Publishers?|Éditions|Editorial)\b"),
    ),
    ("quote", (), lazy_compile(r"[“”\"«»„]")),
)


_UPPER_RUN = lazy_compile(r"[A-ZÀ-ÖØ-Þ]+")
_LOWER_RUN = lazy_compile(r"[a-zß-ÿ]+")


def list_number(text: str) -> int | None:
    """The number a list printed before the item ('7)', '7.', '[7]', '(7)'); a footnote's bare '7' is none."""
    marker = _MARKER.match(text)
    return _marker_number(marker) if marker else None


def _marker_number(marker: re.Match[str]) -> int:
    return int(next(group for group in marker.groups() if group))


def _shape(token: str) -> str:
    return _DIGITS.sub("9", _LOWER_RUN.sub("a", _UPPER_RUN.sub("A", token)))[:6]


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    for index, edge in enumerate(edges):
        if value < edge:
            return index
    return len(edges)


# Words that qualify a reference heading without making it another section: 'Weiterführende
# Literatur', 'Selected bibliography', 'Literatur- und Quellenverzeichnis', 'Bibliographie /
# Bibliography', 'References and further reading'.
_HEADING_QUALIFIERS = frozenset(
    word.strip()
    for word in """weiterführende|ausgewählte|verwendete|zitierte|benutzte|angeführte|empfohlene|further|
    selected|select|cited|additional|suggested|recommended|general|reading|sélective|choisie|
    complémentaire|citée|citées|selecta|citada|citadas|complementar|complementaria|verweise|de|référence|
    reference|générale|indicative|principale|recommandée|recommandées|conseillée|conseillées|sommaire|
    quellenverzeichnis|literaturliste|literaturangaben|und|and|et|y|e|&|/""".split("|")
)
_HEADING_WORDS = lazy_compile(r"[/&]|[^\W\d_]+")
_LEADING_MARKS = lazy_compile(r"^[^\w(\[]+")  # bullets, dashes, a symbol font's private characters
_NOT_IN_A_HEADING = lazy_compile(r"[^\w\s/&-]|[\d_]")
_SPACED_OUT = lazy_compile(r"^(?:\w{1,2} )+\w{1,2}$")  # 'L i t e ra t u r'
_HEADING_AT_MOST = 120  # characters of a heading's line, spaced out and numbered ('7.3 L i t e r a t u r …')
# Small capitals as pdftotext gives IEEEtran's headings: the first letter apart ('R EFERENCES'), and apart again
# before an accented capital ('R EFER ÊNCIAS', 'B IBLIOGRAF ÍA').
_SMALL_CAPS_BREAK = lazy_compile(r"(?<=\b[A-ZÀ-Þ]) (?=[A-ZÀ-Þ]{2})|(?<=[A-ZÀ-Þ]{2}) (?=[À-ÖØ-Þ])")


def is_reference_heading(line: str) -> bool:
    """'References', 'Literatur', and the same qualified ('Weiterführende Literatur'), numbered
    ('7.3 References'), after a bullet, spaced out ('L i t e r a t u r') or in small capitals as pdftotext gives them
    ('R EFERENCES', an accent given as a combining mark)."""
    stripped = line.strip()
    if len(stripped) > _HEADING_AT_MOST:
        return False  # a paragraph: each line is asked, some several times, and the readings below take its length
    # pdftotext's accents as combining marks: 'E' + U+0302 is 'Ê', a dotless 'ı' + U+0301 'í' ('Bibliografı́a')
    text = _LEADING_MARKS.sub("", composed(stripped))
    if _SPACED_OUT.match(text):
        text = text.replace(" ", "")
    elif text.isupper() and " " in text:
        text = _SMALL_CAPS_BREAK.sub("", text)
    text = _HEADING_NUMBER.sub("", text).strip(" :.").lower()
    if len(text) >= 45:
        return False
    if text in REFERENCE_HEADINGS:
        return True
    if _NOT_IN_A_HEADING.search(text):
        return False  # 'BIBLIOGRAPHY 171' (a running head), 'Literature 34 (1996), 42-71.'
    words = _HEADING_WORDS.findall(text)
    return (
        len(words) <= 5
        and any(word in REFERENCE_HEADINGS for word in words)
        and all(word in REFERENCE_HEADINGS or word in _HEADING_QUALIFIERS for word in words)
    )


def _is_heading(line: str) -> bool:
    """A short line that looks like a section heading (not a reference, not a sentence)."""
    text = line.strip()
    if not text or len(text) > 70 or text.endswith((".", ",", ";")) or _YEAR.search(text):
        return False
    words = text.split()
    return len(words) <= 8 and (text.isupper() or sum(w[:1].isupper() for w in words) >= max(1, len(words) - 2))


@dataclass(slots=True)
class Line:
    number: int  # 0-based line number in the text
    text: str  # stripped
    blank_before: bool
    blank_after: bool
    # Its list's number begins it, counting up with the others from under the list's heading: given on a line of its
    # own and put back before it, or bare before it ('21 The Vaccine Confidence Project. …').
    begun_by_its_number: bool = False
    # It stands in by its list's hanging indent one blank line under its reference's line before, as `pdftotext -layout`
    # gives a double-spaced list (_double_spaced_hanging_indents): it goes on that reference.
    hanging: bool = False


def lines_of(text: str) -> list[Line]:
    """The non-blank lines of a text, with whether a blank line stands before and after each; a manuscript's line
    numbers before its lines (line_number_prefixes) taken off."""
    raw = text.splitlines()
    spacing: set[int] = set()
    if prefixed := line_number_prefixes(raw):
        raw = [line[prefixed[number] :] if number in prefixed else line for number, line in enumerate(raw)]
        spacing = _line_spacing(sorted(prefixed))
    found: list[Line] = []
    blank = True
    for number, line in enumerate(raw):
        stripped = " ".join(line.split())
        if not stripped:
            blank = True
            if found:
                found[-1].blank_after = True
            continue
        if number in spacing:
            blank = False
            found[-1].blank_after = False
        found.append(Line(number, stripped, blank, False))
        blank = False
    _double_spaced_hanging_indents(raw, found)
    return found


_HANGING_INDENT = range(2, 17)  # spaces a reference's further lines stand in from its first, as -layout gives them
_HANGING_REFERENCES_AT_LEAST = 3


def _double_spaced_hanging_indents(raw: list[str], found: list[Line]) -> None:
    """`pdftotext -layout` sets a blank line between each two lines of a double-spaced list whose references hang
    ('Cusmano, Danielle. "Rape Culture Rooted in Patriarchy, …"' + '' + '       Writing Across the Curriculum, no. 30,
    2018.', a student's MLA 'Works Cited'), which read as a paragraph's end each line was a reference of its own. A
    line standing in by a hanging indent one blank line under a reference's first line (names first), or under such a
    line at the same indent, goes on from it, where three references at least hang so: a double-spaced body's
    paragraphs indent their first lines, not the lines after."""
    indents = [len(raw[line.number]) - len(raw[line.number].lstrip()) for line in found]
    going_on: list[int] = []
    hanging_references = 0
    hanging: int | None = None  # the indent of the lines after the reference's first
    for index in range(1, len(found)):
        if found[index].number - found[index - 1].number != 2:
            hanging = None
        elif hanging is not None and indents[index] == hanging:
            going_on.append(index)
        elif indents[index] - indents[index - 1] in _HANGING_INDENT and _names_first(found[index - 1].text):
            hanging = indents[index]
            hanging_references += 1
            going_on.append(index)
        else:
            hanging = None
    if hanging_references >= _HANGING_REFERENCES_AT_LEAST:
        for index in going_on:
            found[index].blank_before = found[index - 1].blank_after = False
            found[index].hanging = True


def _names_first(text: str) -> bool:
    return bool(_AUTHOR_START.match(text) or _INITIALS_START.match(text) or starts_a_reference(text))


_WORDS_A_LINE_AT_LEAST = 3
_WORDS_OF_A_LINE_AT_MOST = 16
_PAGES_END = (".", ".)")
_LINK_STARTS = ("http://", "https://", "www.")
_TWO_LETTERS = lazy_compile(r"[^\W\d_]{2}")


# A year, a link, a range of pages or NLM's date of citing ('[cited', '1];510(1):128–34.'); Vancouver's initials.
_A_REFERENCES_WORD = lazy_compile(r"^(?:1[5-9]|20)\d\d\b|^(?:https?://|www\.)|\d[–-]\d|^\[cited\b|\];", re.IGNORECASE)
_INITIALS_AND_COMMA = lazy_compile(r"[A-Z]{1,3},")


def _a_references_words(run: list[Line]) -> bool:
    """Words of a reference's line: a year, a link or pages among them, or Vancouver's names; as many as a line
    holds, and each once or so. Not a questionnaire's boxes ('Habe' + 'Hatte' + 'ja' + 'ja' + 'nein' + 'nein') nor a
    table's column ('ZH' + 'ZH' + 'BE' + …) a word a line."""
    words = [line.text for line in run]
    return (
        len(words) <= _WORDS_OF_A_LINE_AT_MOST
        and len({word.casefold() for word in words}) >= len(words) - 1
        and (
            any(_A_REFERENCES_WORD.search(word) for word in words)
            or sum(_INITIALS_AND_COMMA.fullmatch(word) is not None for word in words) >= 2
        )
    )


def _words_a_line_joined(lines: list[Line]) -> list[Line]:
    """A justified line pdftotext gave a word a line ('… [cited 2022' + 'Jun' + '1];510(1):128–34.' + 'Available' +
    'from:' + 'https://europepmc.org/…', NLM's references in a thesis): three lines or more of one word each, with no
    blank line between and words among them, are one line again. Their words read apart made a run of lines the
    model read as no reference, and the references after them with it. Not a list's numbers given apart from their
    references, nor a margin's letters a line, nor a page's number or heading (a year is a word, a number after a
    month, '2019' + 'Feb' + '5' + '[cited', the date's, and a number inside a run with no blank line on either side, a
    volume's, 'Politics' + '18' + '(3):' + '469–90.'), nor a word or a link broken over lines."""
    joined: list[Line] = []
    run: list[Line] = []

    def close() -> None:
        if (
            len(run) >= _WORDS_A_LINE_AT_LEAST
            and 2 * sum(bool(_TWO_LETTERS.search(line.text)) for line in run) > len(run)
            and _a_references_words(run)
        ):
            # Pages or a number and a stop end their line: a reference's last line, short, may stand over the next's
            # first spread out ('29(10):3259–3270.' + 'Lane' + 'RD,' + 'Reiman' + …); a name in capitals with its
            # stop begins the line it was spread from ('JITSI.' + 'Documentação' + 'oficial' + …).
            piece: list[Line] = []
            for line in run:
                piece.append(line)
                if line.text.endswith(_PAGES_END) and line.text[-2:-1].isdigit() or line is run[-1]:
                    first, last = piece[0], piece[-1]
                    text = " ".join(one.text for one in piece)
                    joined.append(Line(first.number, text, first.blank_before, last.blank_after))
                    piece = []
        else:
            joined.extend(run)
        run.clear()

    for line in lines:
        word = line.text
        one_word = (
            " " not in word
            and not _number_alone(word)  # a list's number; an issue's is a word ('Politics' + '18' + '(3):')
            and not word.endswith("-")  # a word broken at the line's end goes on as itself
            and ("/" not in word or word.startswith(_LINK_STARTS))  # not a piece of a link broken over lines
            and not is_reference_heading(word)
            and (
                not _PAGE_NUMBER_LINE.match(word)
                or _YEAR.fullmatch(word) is not None
                or (bool(run) and run[-1].text.rstrip(".").casefold() in MONTHS)  # a date's day
                # a volume among the words ('Politics' + '18' + '(3):'): a page's number stands apart from the text
                or (bool(run) and not line.blank_before and not line.blank_after)
            )
        )
        if one_word and (not run or not line.blank_before):
            run.append(line)
            continue
        close()
        if one_word:
            run.append(line)
        else:
            joined.append(line)
    close()
    return joined


def _line_spacing(numbered: list[int]) -> set[int]:
    """The numbered lines whose blank lines before are only the page's line spacing: `pdftotext -layout` sets a blank
    line between each two lines of a double-spaced manuscript ('619   Covarrubias, P., … on rats’' + '' + '620
    performance under …'), which read as a paragraph's end each line was a reference of its own; as far apart as most
    numbered lines are, a line goes on from the one before, as the plain text without its numbers reads."""
    gaps = [after - before for before, after in itertools.pairwise(numbered)]
    usual = max(set(gaps), key=gaps.count) if gaps else 1
    if usual < 2:
        return set()
    return {after for before, after in itertools.pairwise(numbered) if after - before == usual}


# A line's number before its text, set apart by spaces, as `pdftotext -layout` gives a manuscript numbered line by
# line ('353   1. Martin, B., Ji, S., …' + '354      why it matters. Proc. Natl. Acad. Sci. …').
_LINE_NUMBER_PREFIX = lazy_compile(r"^\s*(\d{1,5})\s{2,}(?=\S)")
_PREFIXED_LINES_AT_LEAST = 10
_UNNUMBERED_AT_MOST = 4  # lines between two numbered lines whose numbers were given apart
_LOWER_CASE_SHARE_AT_LEAST = 0.1


def line_number_prefixes(raw: list[str]) -> dict[int, int]:
    """Each line numbered so → how many characters its number and spaces take: ten lines or more, each non-blank
    line numbered one more than the one before, a tenth of them at least going on in lower case (a list numbered one
    reference a line has its numbers count up so, but each line begins a reference)."""
    found: dict[int, int] = {}
    run: list[tuple[int, int]] = []  # (line, characters taken)
    previous = -1
    unnumbered = 0  # lines since the run's last numbered line with no number of their own

    def close() -> None:
        if len(run) < _PREFIXED_LINES_AT_LEAST:
            return
        texts = [raw[line][taken:] for line, taken in run]
        lower = sum(text[:1].islower() for text in texts)
        if lower >= _LOWER_CASE_SHARE_AT_LEAST * len(run):
            found.update(run)

    for number, line in enumerate(raw):
        if not line.strip():
            continue
        if run and _LIST_NUMBER_ALONE_BARE.match(line.strip()):
            if int(line.strip()) == previous + 1:
                # The line's number alone, its text set a little off its baseline and given on the next line, as
                # pdftotext -layout gives a double-spaced manuscript ('158' + '159   2. Siegel RL, …' + 'Jemal A.
                # 2020. …' + '160' + 'doi:…'): the whole line is the number.
                run.append((number, len(line)))
                previous, unnumbered = previous + 1, 0
            continue  # a list's number alone between numbered lines ('      12' + '383   N. H. Cho …') ends no run
        prefix = _LINE_NUMBER_PREFIX.match(line)
        if prefix is not None and run and int(prefix[1]) == previous + 1:
            run.append((number, prefix.end()))
        elif prefix is None and run and unnumbered < _UNNUMBERED_AT_MOST:
            unnumbered += 1  # such a line's text, its number given on a line of its own
            continue
        else:
            if run:
                close()
            run = [(number, prefix.end())] if prefix is not None else []
        previous = int(prefix[1]) if prefix is not None else -1
        unnumbered = 0
    close()
    return found


def _own_features(line: Line, median: float, state: dict[str, object]) -> list[str]:
    text = line.text
    features = [
        f"len={_bucket(len(text), (15, 30, 50, 70, 90))}",
        f"rel={_bucket(len(text) / median, (0.3, 0.6, 0.85, 1.05))}",
    ]
    first = text[0]
    features.append(
        "first="
        + ("upper" if first.isupper() else "lower" if first.islower() else "digit" if first.isdigit() else first)
    )
    tokens = text.split()
    shape = _shape(tokens[0])
    features.append(f"shape0={shape}")
    if len(tokens) > 1:
        features.append(f"shape01={shape}_{_shape(tokens[1])}")
    word = tokens[0].strip(".,:;()[]").lower()
    if word.isalpha() and len(word) <= 12:
        features.append(f"w0={word}")
    last = text[-1]
    features.append("last=" + ("letter" if last.isalpha() else "digit" if last.isdigit() else last))
    if text.endswith("-") and not text.endswith(" -"):
        features.append("hyphen-end")
    # Patterns that cannot match are not tried (see _CUES): a line with no digit holds no year, number or page.
    lowered = text.lower()
    digit = any(map(str.isdigit, text))  # every character '\d' matches is one
    if any(part in lowered for part in ("://", "www.", "do", "10.")) and _OPEN_LINK.search(text):
        features.append("link-open")
    marker = _MARKER.match(text) if digit else None
    if marker:
        value = _marker_number(marker)
        kind = next(index for index, group in enumerate(marker.groups()) if group)
        features.append(f"marker={kind}")
        expected = state.get("next_marker")
        # The count moves on only with a number that could be the list's next one (a gap of a few
        # allowed), so a wrapped page range's '88.' does not make the real '28.' look out of place.
        if expected == value:
            features.append("marker-follows")
        elif isinstance(expected, int) and expected < value <= expected + 3:
            features.append("marker-gap")
        elif value == 1:
            features.append("marker-one")
        elif expected is None:
            features.append("marker-first")
        else:
            features.append("marker-jump")
        if expected is None or value == 1 or (isinstance(expected, int) and expected <= value <= expected + 3):
            state["next_marker"] = value + 1
        if marker.end() >= len(text.rstrip()):
            features.append("marker-alone")
    elif BULLET.match(text):
        # A bullet begins an item as a list number does: '• Adloff, Frank (2005): …'.
        features.extend(("marker=bullet", "marker-bullet"))
    if _AUTHOR_START.match(text):
        features.append("author-start")
    elif _INITIALS_START.match(text):
        features.append("initials-start")
    elif _NAME_START.match(text):
        features.append("name-start")
    elif digit and _NAME_THEN_DATE.match(text):
        features.append("name-date")
    if _REPEAT_AUTHOR.match(text):
        features.append("repeat-author")
    years = _YEAR.findall(text) if digit else ()
    if years:
        position = _YEAR.search(text).start() / len(text)  # type: ignore[union-attr]
        features.append(f"year@{_bucket(position, (0.15, 0.4, 0.7))}")
        # A reference begins with its authors and soon gives the year: 'Smith, J. (2008). …'
        features.append(f"{features[2]}|year@{_bucket(position, (0.15, 0.4, 0.7))}")
        if len(years) > 1:
            features.append("years")
    if digit and _YEAR_PAREN.search(text):
        features.append("year-paren")
    initials = len(_INITIAL.findall(text))
    features.append(f"initials={_bucket(initials, (1, 2, 4))}")
    features.append(f"commas={_bucket(text.count(','), (1, 2, 4, 7))}")
    digits = sum(map(str.isdigit, text)) / len(text)
    features.append(f"digits={_bucket(digits, (0.02, 0.08, 0.2, 0.5))}")
    for name, needs, pattern in _CUES:
        if (digit if needs is _A_DIGIT else not needs or any(part in lowered for part in needs)) and pattern.search(
            text
        ):
            features.append(name)
    if _PAGE_NUMBER.match(text):
        features.append("page-number")
    if is_reference_heading(text):
        features.append("ref-heading")
    elif _is_heading(text):
        features.append("heading")
    if line.blank_before:
        features.append("blank-before")
    if line.blank_after:
        features.append("blank-after")
    return features


def features(lines: list[Line]) -> list[list[str]]:
    """Each line's feature strings: its own, its neighbours' (prefixed), and the section's."""
    if not lines:
        return []
    lengths = sorted(len(line.text) for line in lines)
    median = max(20.0, float(lengths[len(lengths) // 2]))
    # Running heads repeat page after page, with the page number changing: compare without digits.
    counts: dict[str, int] = {}
    for line in lines:
        if len(line.text) < 80:
            shape = _DIGITS.sub("9", line.text)
            counts[shape] = counts.get(shape, 0) + 1
    full = max(20.0, float(lengths[int(len(lengths) * 0.9)]))  # a full line: the column's width
    # Lines longer than any printed column (a PDF's run to 140 characters at most, one in a
    # hundred): each line is a whole paragraph, as a web page or a word processor gives them.
    unwrapped = sum(length > _COLUMN_AT_MOST for length in lengths) >= max(1, len(lengths) * 0.15)
    state: dict[str, object] = {}
    own = [_own_features(line, median, state) for line in lines]
    layout = _layout(lines, own)
    result = []
    headings = [index for index, names in enumerate(own) if "ref-heading" in names]
    # A 'Literatur' beside a page number may be the list's running head, and the lines before it
    # references of the list's first page (the list pasted alone): those lines say so.
    before = "before-heading"
    if headings and any(
        0 <= neighbour < len(own) and "page-number" in own[neighbour]
        for neighbour in (headings[0] - 1, headings[0] + 1)
    ):
        before = "before-page-heading"
    since_heading: int | None = None  # lines since a reference heading (None: none yet)
    other_heading = False
    # What each line lends its neighbours and the pairs below, found once a line, not once a use.
    lent = [[name for name in names if not name.startswith(("w0=", "shape01="))] for names in own]
    last = [next((name for name in names if name.startswith("last=")), "last=none") for names in own]
    first = [next((name for name in names if name.startswith("first=")), "first=none") for names in own]
    year = [next((name for name in names if name.startswith("year@")), "year@none") for names in own]
    for index, line in enumerate(lines):
        current = list(own[index])
        repeated = counts.get(_DIGITS.sub("9", line.text), 0)
        if "ref-heading" in current:
            since_heading, other_heading = 0, False
        elif since_heading is not None:
            since_heading += 1
            # A new section begins at a heading; a running head ('BIBLIOGRAPHY 174' page after
            # page) is no section.
            if "heading" in current and since_heading > 3 and repeated < 2:
                other_heading = True
        if since_heading is None:
            # Before the first 'References' heading lies the body of the text; with no heading
            # anywhere, the paste may be the list alone.
            current.append(before if headings else "no-heading")
        elif other_heading:
            current.append("after-other-heading")
        else:
            current.append(f"under-heading={_bucket(since_heading, (1, 5, 50))}")
        if repeated >= 2:
            current.append("repeats" if repeated >= 3 else "repeats-once")
        current.append(f"position={_bucket(index / len(lines), (0.5, 0.8, 0.95))}")
        current.extend(f"p:{name}" for name in (lent[index - 1] if index else ("none",)))
        current.extend(f"n:{name}" for name in (lent[index + 1] if index + 1 < len(lines) else ("none",)))
        # The pairs that decide most boundaries: how the line before ends, how this one begins.
        ends = last[index - 1] if index else "last=none"
        begins = first[index]
        current.append(f"{ends}|{begins}")
        # A line before that was a whole reference (a year near its start, ending like one ends)
        # makes this line the start of the next.
        previous_year = year[index - 1] if index else "year@none"
        current.append(f"{ends}|p:{previous_year}|{begins}")
        starts = next((n for n in own[index] if n in _STARTS), "no-name")
        current.append(f"{ends}|{starts}")
        if unwrapped:
            current.append(f"unwrapped|{ends}|{begins}")
            current.append(f"unwrapped|{starts}")
        if index and "hyphen-end" in own[index - 1]:
            current.append(f"p:hyphen|{begins}")
        # A line before that fills the column was cut by the layout; a short one ended a paragraph.
        if index and len(lines) >= 10:  # fewer lines tell no column width
            filled = _bucket(len(lines[index - 1].text) / full, (0.75, 0.92))
            current.append(f"p:full={filled}|{ends}|{begins}")
            current.append(f"p:full={filled}|{starts}")
        # How the lines around this one are laid out, with how this line begins: a blank line
        # before means a new reference where most references have one, a number where most are
        # numbered, a name where most lines begin with names.
        blanks, markers, names = layout[index]
        current.append(f"around-blank={blanks}|{'blank-before' if line.blank_before else 'joined'}")
        mark = next((n for n in own[index] if n.startswith("marker-") and n != "marker-alone"), "no-marker")
        current.append(f"around-marker={markers}|{mark}")
        current.append(f"around-name={names}|{starts}|{ends}")
        result.append(current)
    return result


_AROUND = 20  # lines each side that make a line's surroundings
_SHARE_EDGES = (0.1, 0.25, 0.45)
_COLUMN_AT_MOST = 140  # characters
_HEADED = {"ref-heading", "heading"}
_STARTS = (
    "repeat-author",
    "author-start",
    "initials-start",
    "name-start",
    "name-date",
)  # how a line begins, first found


def _layout(lines: list[Line], own: list[list[str]]) -> list[tuple[int, int, int]]:
    """For each line, how common three ways of beginning are among the lines around it: after a
    blank line, with a list number, with a name (each bucketed share of the window)."""
    count = len(lines)
    marks = np.zeros((3, count + 1))
    for index, (line, names) in enumerate(zip(lines, own, strict=True)):
        # Neither the text's start nor a heading's end tells how the references are separated.
        marks[0, index + 1] = line.blank_before and index > 0 and not _HEADED.intersection(own[index - 1])
        marks[1, index + 1] = any(name.startswith("marker=") for name in names)
        marks[2, index + 1] = any(name in _STARTS for name in names)
    sums = marks.cumsum(axis=1)
    places = np.arange(count)
    low, high = np.maximum(0, places - _AROUND), np.minimum(count, places + _AROUND + 1)
    shares = (sums[:, high] - sums[:, low]) / (high - low)
    # the bucket of each share, as _bucket gives it: how many of the edges it reaches
    buckets = np.searchsorted(np.array(_SHARE_EDGES), shares, side="right")
    return list(zip(*buckets.tolist(), strict=True))


SCHEMA = hashlib.sha1(
    repr((VERSION, LABELS, sorted(REFERENCE_HEADINGS), [name for name, _, _ in _CUES])).encode()
).hexdigest()[:12]


class ModelError(RuntimeError):
    """The segmenter's model file does not match this code."""


@dataclass(frozen=True, slots=True)
class SegmenterModel:
    index: dict[str, int]  # feature string → row of weights
    weights: np.ndarray  # (features, labels)
    bias: np.ndarray  # (labels,)
    transitions: np.ndarray  # (labels, labels): log-score of label b after label a
    start: np.ndarray  # (labels,)

    def scores(self, feature_lists: list[list[str]]) -> np.ndarray:
        """Each line's summed weights, all lines at once: a line's rows are added in their order, as
        a sum over them would."""
        index = self.index
        found = [[index[name] for name in names if name in index] for names in feature_lists]
        rows = np.fromiter((row for names in found for row in names), dtype=np.intp)
        lines = np.repeat(np.arange(len(found)), [len(names) for names in found])
        chosen = self.weights[rows]
        sums = [np.bincount(lines, weights=chosen[:, label], minlength=len(found)) for label in range(len(LABELS))]
        return np.stack(sums, axis=1) + self.bias

    def decode(self, feature_lists: list[list[str]], furniture: tuple[int, ...] = ()) -> list[str]:
        """The best labelling of a document's lines under the learned transitions (Viterbi);
        the lines numbered in furniture are no reference's."""
        if not feature_lists:
            return []
        scores = self.scores(feature_lists)
        scores = scores - np.logaddexp.reduce(scores, axis=1, keepdims=True)  # log-probabilities
        # A 'References' heading is never a reference, however few lines there are to learn from.
        headings = [number for number, names in enumerate(feature_lists) if "ref-heading" in names]
        scores[headings + list(furniture), : LABELS.index("O")] = -1e9
        # In plain floats: with three labels a step is nine sums, which numpy's calls would outweigh.
        transitions = self.transitions.tolist()
        best = (self.start + scores[0]).tolist()
        back = []  # each step's best label before, for each label
        for row in scores[1:].tolist():
            pointers, reached = [], []
            for label, score in enumerate(row):
                candidates = [before + transition[label] for before, transition in zip(best, transitions, strict=True)]
                top = max(candidates)
                pointers.append(candidates.index(top))  # the first best, as argmax gives it
                reached.append(top + score)
            back.append(pointers)
            best = reached
        labels = [best.index(max(best))]
        for pointers in reversed(back):
            labels.append(pointers[labels[-1]])
        return [LABELS[label] for label in reversed(labels)]


def load(path: object) -> SegmenterModel:
    """The arrays scripts/train_segmenter.py writes, checked against this code's version and schema."""
    with np.load(path, allow_pickle=False) as arrays:
        version, schema = int(arrays["version"]), str(arrays["schema"])
        labels = tuple(str(arrays["labels"]).split("\n"))
        if version != VERSION or schema != SCHEMA or labels != LABELS:
            raise ModelError(
                f"reference segmenter model is version {version}, schema {schema}, labels {labels}; this citekit "
                f"reads version {VERSION}, schema {SCHEMA}, labels {LABELS}: retrain with scripts/train_segmenter.py"
            )
        names = str(arrays["features"]).split("\n")
        return SegmenterModel(
            index={name: row for row, name in enumerate(names)},
            weights=arrays["weights"].astype(np.float64),
            bias=arrays["bias"].astype(np.float64),
            transitions=arrays["transitions"].astype(np.float64),
            start=arrays["start"].astype(np.float64),
        )


@lru_cache(maxsize=1)
def shipped_model() -> SegmenterModel:
    return load(resources.files("citekit").joinpath(MODEL))


_HEAD_REPEATS = 4
_SEPARATOR = lazy_compile(r"[|│·•]")  # between a head's words and its page's number: 'HSR 41 (2016) 4 │ 235'
# A page's number among a foot's fields ('PLOS ONE | www.plosone.org 8 November 2013 | Volume 8 | Issue 11 | e78127',
# pdftotext -layout's line): a number of its own between spaces, the rest of the line the same page after page.
_NUMBER_AMONG_FIELDS = lazy_compile(r"(?<= )\d{1,3}(?= )")
_FOOT_AT_MOST = 160  # characters of a foot's line
_FOOT_NUMBERS_AT_MOST = 4
# A foot's 'Page 10 of 11' or '14/16' at its end ('Datta et al. Journal of Trauma Management & Outcomes 2010, 4:1 Page
# 10 of 11', 'Webb et al. (2017), PeerJ Comput. Sci., DOI 10.7717/peerj-cs.118 14/16', pdftotext -layout's lines): the
# page's own number is the one that counts up.
# 'of' and its kin: Spanish and Portuguese 'de' ('47 de 50'), Italian 'di', French 'sur', German 'von', Dutch 'van'.
_PAGES_OF = r"of|de|di|sur|von|van"
_PAGE_OF_PAGES_AT_END = lazy_compile(rf"\s+(?:page\s+)?(\d{{1,4}})(?:\s+(?:{_PAGES_OF})\s+|/)\d{{1,4}}$", re.IGNORECASE)
# The page's number of all the pages on a line of its own, a bar before it on every other page (Wiley's '| 11 of 11',
# '10 of 11', a Spanish thesis's '47 de 50'): a head where it counts up as one, or alone with its 'of' or its kin (no
# line of the corpora's documents reads so; '2/98' alone is a report's number as much).
_PAGE_OF_PAGES_ALONE = lazy_compile(
    rf"^[|│]?\s*+(?:page\s+)?(\d{{1,3}})\s*+({_PAGES_OF}|/)\s*+(\d{{1,3}})\s*+[|│]?$", re.IGNORECASE
)
_NAMES_THE_PAGES = lazy_compile(rf"\s(?:{_PAGES_OF})\s|/", re.IGNORECASE)  # asked first: most lines name none
_ET_AL_HEAD = lazy_compile(r"\bet al\.,?$")  # a preprint's head, its first author's name: 'Kurteff et al., 18'
_BLOCK_LINES = 3  # lines of a page's furniture that recur together
# A head's words run up to 240 characters: 'IEEE TRANSACTIONS ON VISUALIZATION AND COMPUTER GRAPHICS, VOL. X, NO. X,
# MONTH YEAR 13' has 84 (the first bound, 78, kept it in the reference a page break cut), JOSS's foot with the paper's
# own reference before the page's number, as pdftotext -layout gives it, 135 ('Ward et al, (2026). FastPCA: An R
# package for fast singular value decomposition. Journal of Open Source Software, (), . https://doi.org/   1': the
# bound of 120 read it as a reference).
_PAGE_HEAD = lazy_compile(r"^(\d{1,4})\s+(.{8,240})$|^(.{8,240}?)\s+(\d{1,4})$")


def running_heads(lines: list[Line]) -> set[int]:
    """The lines that are a running head with its page number ('BECKER/ROTH: ARBEITSMARKT UND
    FAMILIE 23', '24 Soziale Welt'): the same words page after page, the number going up by a few
    from one to the next, eight lines apart or more. They are taken out before the lines are
    labelled, so a reference a page break cuts in two is read whole. A reference's own line that
    happens to end in a number (a volume) does not recur with the number counting up. One name and 'et al.' is a head
    as much as two words ('Kurteff et al., 18', a bioRxiv preprint's foot); the number may stand among a foot's fields
    ('PLOS ONE | www.plosone.org 8 November 2013 | Volume 8 | …') or before 'of' and the pages' count ('… Page 10 of
    11').
    """
    found: dict[str, list[tuple[int, int]]] = {}
    # One word and the page's number, as a thesis's foot ('Diplomarbeit 61'): a head where it recurs on four pages or
    # more (a reference's line, 'Nature 412', recurs twice or three times at most).
    one_word: dict[str, list[tuple[int, int]]] = {}
    pages_of_pages: set[int] = set()
    for index, line in enumerate(lines):
        text = _PAGE_OF_PAGES_AT_END.sub(r" \1", line.text) if _NAMES_THE_PAGES.search(line.text) else line.text
        match = _PAGE_HEAD.match(text) if text[:1].isdigit() or text[-1:].isdigit() else None
        if match is None:
            continue
        number, words = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        alphabetic = sum(len(word) >= 3 and word.isalpha() for word in re.split(r"[\s/:,.;–—()|│-]+", words))
        if alphabetic < 1 or _YEAR.fullmatch(number):
            continue
        key = " ".join(words.split()).casefold()
        if alphabetic < 2 and not (_SEPARATOR.search(words) or _ET_AL_HEAD.search(words)):
            one_word.setdefault(key, []).append((index, int(number)))
            continue
        found.setdefault(key, []).append((index, int(number)))
    for index, line in enumerate(lines):
        if (alone := _PAGE_OF_PAGES_ALONE.match(line.text)) is not None:
            if alone[2] != "/" and int(alone[1]) <= int(alone[3]):
                pages_of_pages.add(index)
            found.setdefault(f"# of {alone[3]}", []).append((index, int(alone[1])))
        if " | " in line.text and len(line.text) <= _FOOT_AT_MOST:  # a foot of fields, the page's number among them
            for number in itertools.islice(_NUMBER_AMONG_FIELDS.finditer(line.text), _FOOT_NUMBERS_AT_MOST):
                key = f"{line.text[: number.start()]}#{line.text[number.end() :]}".casefold()
                found.setdefault(key, []).append((index, int(number[0])))
    heads: set[int] = pages_of_pages
    found.update((key, places) for key, places in one_word.items() if len(places) >= _HEAD_REPEATS)
    for places in found.values():
        for (before, page), (after, next_page) in zip(places, places[1:], strict=False):
            if 0 < next_page - page <= 4 and after - before >= 8:
                heads.update((before, after))
    # A head with its page number on a line of its own ('FQS 8(1), Art. 17, Rosemary Wall: …', 'J
    # Public Health (2009) 17:71–76'): the same line on four pages or more. A reference's own line
    # recurs twice or three times at most ('Cambridge: Cambridge University Press.').
    texts = [" ".join(line.text.split()) for line in lines]
    where: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        where.setdefault(text, []).append(index)
    for text, places in where.items():
        if len(text) >= 20 and len(places) >= _HEAD_REPEATS and _mostly_apart(places):
            heads.update(places)
    heads.update(_recurring_furniture(texts, where))
    return heads


_VERTICAL_AT_LEAST = 10  # lines of one letter each: fewer, or digits among them, may be a table's or a figure's


def vertical_text(lines: list[Line]) -> set[int]:
    """The lines of words printed up a page's margin, as a PDF's text gives them: a character a line
    ('E', 'u', 'r', 'o', 'p', 'e', 'P', 'M', 'C', … of Europe PMC's 'Europe PMC Funders Author Manuscripts'
    beside each page of its author manuscripts). Taken out with the running heads: between two pages they
    ended the list. No reference's lines are ten single letters one after another."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, None]):
        letter = line is not None and len(line.text) == 1 and line.text.isalpha()
        if letter and run and line.number - lines[run[-1]].number <= 2:
            run.append(index)  # the next letter, a blank line between at most
            continue
        if len(run) >= _VERTICAL_AT_LEAST:
            found.update(run)
        run = [index] if letter else []
    return found


# A list's number alone on its line: '51.', '[51]', '(51)', '51)' or '51'.
_NUMBER_ALONE = lazy_compile(r"^(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)]?)$")
_NUMBERS_APART_AT_LEAST = 3


def numbers_apart(lines: list[Line], taken_out: frozenset[int] = frozenset()) -> set[int]:
    """A list's numbers as a PDF's text may give them: a column of them apart from their references ('51.',
    '52.', …, '76.', a blank line between some), then the references' lines without them, as pdftotext gives
    BioMed Central's pages. Read with them, each number began a reference of no words and the lines after them
    were one; taken out with the running heads, the references are split as a list with no numbers. Three
    lines or more, each only the number after the one before, two blank lines between at most: a reference's
    own lines never count up so, a table's column of them is left out either way. A manuscript's line number
    taken out between two (`taken_out`, the text's line numbers of such lines) stood on a line of its own between
    blank lines, two lines more apart ('1.' + '181' + '2.', each between blank lines)."""
    found: set[int] = set()
    run: list[int] = []
    previous = 0
    for index, line in enumerate([*lines, None]):
        if line is not None and line.number in taken_out:
            continue
        match = _NUMBER_ALONE.match(line.text) if line is not None else None
        number = int(next(group for group in match.groups() if group)) if match else None
        if (
            number is not None
            and run
            and number == previous + 1
            and _apart_at_most_two_blank_lines(lines[run[-1]].number, line.number, taken_out)
        ):
            run.append(index)
        else:
            if len(run) >= _NUMBERS_APART_AT_LEAST:
                found.update(run)
            run = [index] if number is not None else []
        previous = number or 0
    return found


def _apart_at_most_two_blank_lines(before: int, after: int, taken_out: frozenset[int]) -> bool:
    between = sum(1 for number in range(before + 1, after) if number in taken_out) if taken_out else 0
    return after - before <= 3 + 2 * between


# A manuscript's line numbers, as pdftotext gives a page numbered line by line (papaja's, LaTeX's lineno): bare
# numbers on lines of their own, each the one before and one, a line of text or a few between ('253' + 'Azami, H., …
# (2017). Refined composite multiscale' + '254' + 'dispersion entropy …'), read into references as their lines.
_PLAIN_NUMBER = lazy_compile(r"^\d{1,4}$")
_LINE_NUMBERS_AT_LEAST = 10
_LINES_BETWEEN_AT_MOST = 12


def line_numbers(lines: list[Line]) -> set[int]:
    """A long chain of bare numbers counting up by one, with about a line of text for each number: a numbered list
    that gives its numbers lines of their own has lines more for each (a reference runs over two or more), and
    marks them ('12.', '[12]'); a page's number between ends no chain."""
    found: set[int] = set()
    chain: list[int] = []

    def close() -> None:
        if len(chain) >= _LINE_NUMBERS_AT_LEAST:
            numbered = chain[-1] - chain[0] + 1
            if numbered - len(chain) <= 1.5 * len(chain):
                found.update(chain)

    for index, line in enumerate(lines):
        if not _PLAIN_NUMBER.match(line.text):
            continue
        if chain and int(line.text) == int(lines[chain[-1]].text) + 1 and index - chain[-1] <= _LINES_BETWEEN_AT_MOST:
            chain.append(index)
        elif not chain or index - chain[-1] > _LINES_BETWEEN_AT_MOST:
            close()
            chain = [index]
    close()
    return found


# A numbered list whose numbers pdftotext gives on lines of their own, a blank line around each ('References' + '1' +
# 'Zhang X, Wu S, … SARS-CoV-2 Omicron strain exhibits' + … + '2' + 'Edridge AWD, …', a manuscript's list): read apart
# from their references, each was read as no reference and the references with it, as the model knows a list's
# number only at the start of its reference's line.
_OWN_LINE_NUMBERS_AT_LEAST = 3
_LIST_NUMBER_ALONE_BARE = lazy_compile(r"^\d{1,6}$")  # a list may run past 9,999


def numbers_on_lines_of_their_own(lines: list[Line]) -> list[int]:
    """Bare numbers counting up by one from right under a reference heading, a reference's few lines between each
    and the next (a page's number between is passed over). A page's numbers count up so too, but from under no
    heading; a manuscript's line numbers (line_numbers) have a line each. So do marked ones, '[1]' or '1.', each over
    a blank line and its reference (NOVA's thesis template: 'Bibliografia' + '[1]' + 'C. Artho, K. Havelund e A.
    Biere. …' + '[2]' + …), which the model read apart from their references: the first under the heading as none,
    the others each as a reference of its own, their references' numbers lost."""

    def number_at(index: int) -> int | None:
        if index + 1 == len(lines):
            return None
        text, following = lines[index].text, lines[index + 1].text
        if _LIST_NUMBER_ALONE_BARE.match(text):
            # a column of numbers (numbers_apart), or a page's number before one
            return None if _LIST_NUMBER_ALONE_BARE.match(following) else int(text)
        if (marked := _NUMBER_ALONE.match(text)) is None or _NUMBER_ALONE.match(following):
            return None
        # a marked number ('[1]', '1.') over its reference and a blank line, not over another number (over its
        # reference's line, the model knows it: JAMA's page, '1.' + 'Siegel  RL, …')
        return _marker_number(marked) if lines[index + 1].blank_before else None

    def first(index: int, number: int) -> bool:
        # A list counts from 1; from further on, the numbers stand over a list's own ('181' + '1.', a manuscript's line
        # numbers), not over a contents' next titles ('Literaturverzeichnis' + '51' + 'Abbildungsverzeichnis' + '52' …)
        return number == 1 or _number_alone(lines[index + 1].text)

    return _counting_up_from_a_heading(lines, number_at, 1, first)


# A list's bare number before its reference: '2 Gupta RK, Topol EJ. …', '21 The Vaccine Confidence Project. …'.
_BARE_NUMBER_FIRST = lazy_compile(r"^(\d{1,6})\s++(?=[^\W\d_])")


def bare_numbers_counting_up(lines: list[Line]) -> list[int]:
    """Lines that begin with a bare number, counting up by one from right under a reference heading, a reference's
    few lines between each and the next: a list numbered so ('1 WHO issues its first emergency use validation …', '2
    Gupta RK, …'), which the model knows less well than one numbered '1.' or '[1]' and read in part as no reference.
    A footnote's number counts up so too, but from under no heading."""

    def number_at(index: int) -> int | None:
        match = _BARE_NUMBER_FIRST.match(lines[index].text)
        return int(match[1]) if match else None

    return _counting_up_from_a_heading(lines, number_at, 2)


def _counting_up_from_a_heading(
    lines: list[Line],
    number_at: Callable[[int], int | None],
    heading_lines_back: int,
    first: Callable[[int, int], bool] | None = None,
) -> list[int]:
    """The lines whose numbers (number_at) count up by one, the first within heading_lines_back lines under a
    reference heading, at most _LINES_BETWEEN_AT_MOST lines from one to the next: three or more of them; the first as
    `first` allows, if given."""
    found: list[int] = []
    chain: list[int] = []
    previous = 0
    for index in range(len(lines) + 1):
        if chain and (index == len(lines) or index - chain[-1] > _LINES_BETWEEN_AT_MOST):
            found += chain if len(chain) >= _OWN_LINE_NUMBERS_AT_LEAST else []
            chain = []
        number = number_at(index) if index < len(lines) else None
        if number is None:
            continue
        if chain and number == previous + 1:
            chain.append(index)
        elif (
            not chain
            and (first is None or first(index, number))
            and any(is_reference_heading(lines[at].text) for at in range(max(0, index - heading_lines_back), index))
        ):
            chain = [index]
        else:
            continue
        previous = number
    return found


def _numbers_joined_to_their_references(lines: list[Line], numbers: list[int]) -> None:
    """'1' + 'Zhang X, Wu S, …' → '1 Zhang X, Wu S, …', where the number stood, as a list prints it on one line."""
    for index in numbers:
        number, reference = lines[index], lines[index + 1]
        text = f"{number.text} {reference.text}"
        lines[index + 1] = Line(reference.number, text, number.blank_before, reference.blank_after, True)


def _close_up_around(lines: list[Line], numbering: set[int]) -> None:
    """The blank lines pdftotext sets around each line's number are no paragraph's end: taken out with the numbers,
    the text's lines stand one under the other, as a page without its numbers prints them."""
    for index in numbering:
        if index > 0:
            lines[index - 1].blank_after = False
        if index + 1 < len(lines):
            lines[index + 1].blank_before = False


def _mostly_apart(places: list[int]) -> bool:
    """Whether the places are a page apart but for one pair or a tenth of them: a title page or a page of figures may
    print the head twice ('Exploring the Evolution of Luciferase1 …' on 27 pages, twice over one figure's)."""
    close = sum(b - a < _PAGE_AT_LEAST for a, b in itertools.pairwise(places))
    return close <= max(1, len(places) // 10) and len(places) - close >= _HEAD_REPEATS


def _apart(places: list[int]) -> bool:
    """Whether the places are a page apart at least: a head recurs once a page."""
    return min(b - a for a, b in zip(places, places[1:], strict=False)) >= _PAGE_AT_LEAST


_PAGE_AT_LEAST = 8  # lines between a page's head and the next page's


def _recurring_furniture(texts: list[str], where: dict[str, list[int]]) -> set[int]:
    """A list copied over two or three pages shows its heads and footers only once or twice more,
    too few to tell from a reference's line that recurs ('Cambridge: Cambridge University Press.').
    What tells them is where they stand: three lines or more that recur together ('© 2007 FQS
    http://…' / 'FQS 8(1), Art. 17, Rosemary Wall: …' / the paper's title), or a line that recurs
    each time beside a page's number ('no 01/2009' over '- 37 -' and '- 38 -'), or beside it most times on four pages or
    more (PeerJ's footer 'Webb et al. (2017), PeerJ Comput. Sci., DOI 10.7717/peerj-cs.118' over '14/16', on a page
    of tables over the table)."""
    found: set[int] = set()
    blocks: dict[tuple[str, ...], list[int]] = {}
    for index in range(len(texts) - _BLOCK_LINES + 1):
        if len(where[texts[index]]) >= 2:
            blocks.setdefault(tuple(texts[index : index + _BLOCK_LINES]), []).append(index)
    for block, places in blocks.items():
        if (
            len(places) >= 2
            and _apart(places)
            and min(map(len, block)) >= 8
            and not _reference_printed_again(texts, places)
        ):
            found.update(at for place in places for at in range(place, place + _BLOCK_LINES))
    numbered = {
        index for index, text in enumerate(texts) if _PAGE_NUMBER_LINE.match(text) or _PAGE_OF_PAGES.match(text)
    }
    beside: dict[str, list[int]] = {}
    for index in sorted({at for number in numbered for at in (number - 1, number + 1)} - numbered):
        if 0 <= index < len(texts):
            beside.setdefault(texts[index], []).append(index)
    for text, places in beside.items():
        if len(text) < 6 or is_reference_heading(text):
            continue
        if (len(places) >= 2 and len(where[text]) == len(places)) or (
            len(places) >= _HEAD_REPEATS and 2 * len(places) > len(where[text])
        ):
            found.update(where[text])
    return found


def _reference_printed_again(texts: list[str], places: list[int]) -> bool:
    """Whether lines that recur together go on one numbered line each time, the same but for its number: a reference
    a list prints twice ('[7] Dennis Khodasevich, …, and Andres' and '[18] Dennis Khodasevich, …, and Andres', each
    over the same three lines), not a page's furniture."""
    firsts = set()
    for place in places:
        marker = _MARKER.match(texts[place - 1]) if place > 0 else None
        if marker is None:
            return False
        firsts.add(texts[place - 1][marker.end() :].strip())
    first = next(iter(firsts))
    # a reference's first words after its number, not an issue's '(7), e440–e448. doi: …' over a recurring block
    return len(firsts) == 1 and len(first) >= 8 and first[:1].isalpha()


def spaced_out(text: str) -> bool:
    """A running head set in spaced capitals ('W A L G E N B A C H : W E I ß E'), a page number
    in spaced digits ('1 0 9'), a table's digits: never a reference's line."""
    tokens = text.split()
    single = sum(len(token) == 1 for token in tokens)
    return (len(tokens) >= 8 and single >= 0.8 * len(tokens)) or (len(tokens) >= 3 and single == len(tokens))


# 'Ders.:', 'Dies. (Hg.):', 'Idem,' at the start of a line: the same author's next work, unless the line
# before ended in 'In:' ('In: / Ders.: Wissenssoziologie').
_SAME_AUTHOR_WORDS = "|".join(word.capitalize() for word in SAME_AUTHORS.split("|"))  # 'Ders|Dies|Idem|Eadem'
_SAME_AUTHOR_LINE = lazy_compile(rf"^(?:{_SAME_AUTHOR_WORDS})\.?\s*[:,(]|^(?:Ders|Dies)\.\s")
_IN_AT_END = lazy_compile(r"\b[Ii]n:?$")
# 'In: Merkel, W. (Hrsg.): …', 'In E. T. Higgins, M. P. Zanna, & C. P. Herman': a chapter's book, never
# a reference's first line (none of the 110 such lines in the training corpora begins one).
_IN_THE_BOOK = lazy_compile(r"^[Ii]n(?::\s*|\s+)[A-ZÀ-ÖØ-Þ]")


# The same author's next work, by its year alone, begins a line: its title after the year.
_YEAR_FIRST_LINE = lazy_compile(YEAR_FIRST + r"\s*[A-Z\"„“«(]")
# A line that ends a reference: its pages or a place and a full stop ('… 11: 367-429.', '… Paris.'), the stop after a
# space where an italic journal's name ended ('… Journal of the American Medical' + 'Informatics Association .', AAAI's
# style as pdftotext gives it), not an initial ('Ostheim, T.'), after which the year could be the names' own.
_ENDS_A_REFERENCE = lazy_compile(r"(?:\d|[^\W\d_]{3,}) ?\.$")
# Before a line that begins with names and a year: also a closing bracket ('(Stand: 10.10.2009)',
# '.pdf].', '2004).'), or a link, as a reference a line ends ('… Retrieved from https://…/db219.pdf').
_ENDS_BEFORE_NAMES = lazy_compile(rf"{_ENDS_A_REFERENCE.pattern}|[)\]]\.?$|\shttps?://\S+$")
# A DOI in a line's last word: '… https:' + '//doi.org/10.3389/fmicb.2025.1481197'.
_DOI_IN_A_WORD = lazy_compile(r"\b10\.\d{4,9}/\S")


def _link_or_doi_at_end(text: str) -> bool:
    """Whether the line ends with a link, its rest after 'https:' or a DOI (the corpora's 136 lines that end so before
    names and a year all end a reference). The last word alone is looked in: a pattern anchored at the line's end,
    tried from each DOI inside a long word, took time growing with its square."""
    last = text[text.rfind(" ") + 1 :]
    return (
        last.startswith(("//", "http://", "https://", "www.", "/pmc/articles/"))  # PubMed Central's link with no host
        or _DOI_IN_A_WORD.search(last) is not None
    )


# Names in German lists' form, each family name, a comma and the given names, then a colon and the work:
# 'Bertrand, Olivier; Noyelle, Thierry: Human Resources …', 'Schmid, Günther: Wege in eine …'.
_NAME_FIRST = r"[A-ZÀ-ÖØ-Þ][\w'’-]+,\s(?P<given>[A-ZÀ-ÖØ-Þ][\w'’.-]*)(?:\s[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}"
_NAMES_THEN_COLON = lazy_compile(
    rf"^{_NAME_FIRST}(?:\s?[;/]\s?{_NAME_FIRST.replace('?P<given>', '')})*(?:\s?[\[(](?:Hrsg|Hg)\.?[\])])?:\s"
)


_INITIALS_ONLY = lazy_compile(r"(?:[A-ZÀ-ÖØ-Þ]\.-?)+")
_LIST_NUMBER_ALONE = lazy_compile(r"\[\d{1,4}\]|\(?\d{1,4}[.)]?")


def _names_then_colon(text: str) -> bool:
    """A line that begins with names and a colon, the first given name initials or a known given name that
    is no place ('Hospital, Cambridge. Cambridge: …', 'Theorieentwicklung, Berlin: Ed. Sigma': imprints)."""
    found = _NAMES_THEN_COLON.match(text)
    if found is None:
        return False
    given = found["given"]
    return bool(_INITIALS_ONLY.fullmatch(given)) or (given_name_kind(given) > 0 and not is_place(given))


def _labels_begin_references(lines: list[Line], labels: list[str]) -> None:
    """A DIN label on its own line begins the reference under it (the model, which has seen few,
    starts the reference at the name), and so does 'Ders.:' (the model has seen few in German), and
    a year that begins a line after one that ended a reference with its own year, as old natural
    history's lists print the same author's next work (the model has seen few), and so do names of
    the shapes the model has seen least, then the year, after such a line: a body ('Statistisches
    Bundesamt (2002): …'), a single name ('Platon (2007). …'), a particle ('da Agra, Cândido, 1999:')."""
    for index in range(1, len(lines)):
        if (
            labels[index] == "I"
            and _SAME_AUTHOR_LINE.match(lines[index].text)
            and not _IN_AT_END.search(lines[index - 1].text.rstrip())
        ):
            labels[index] = "B"
        if (
            labels[index] == "I"
            and _begins_after_a_finished_reference(lines[index].text, lines[index - 1].text.rstrip())
            and _dated(lines, labels, index)
        ):
            labels[index] = "B"
        # Names and a colon after a line that could end a reference ('… Committee on Payment and Settlement
        # Systems, Basel' + 'Bertrand, Olivier; Noyelle, Thierry: Human Resources …'): German lists that print
        # the year last, which the model (trained on few German lists) reads on.
        if (
            labels[index] == "I"
            and labels[index - 1] != "O"
            and _names_then_colon(lines[index].text)
            and not _BROKEN_OFF.search(before := lines[index - 1].text.rstrip())
            and not _GOES_ON.search(before)
            and not _LIST_NUMBER_ALONE.fullmatch(before.strip())  # '[32]' over its reference
            and not _imprint_alone(lines[index].text)
        ):
            labels[index] = "B"
        if labels[index] == "B" and _din_label_over(lines, index - 1):
            labels[index - 1], labels[index] = "B", "I"


_DIN_LABELS_AT_LEAST = 3  # labels that make a list one labelled as DIN 1505 does


def _only_din_labels_begin(lines: list[Line], labels: list[str]) -> None:
    """In a list labelled as DIN 1505 does, a reference begins at its label and nowhere else: a line
    under the label read as a beginning ('Montreal, Quebec, Canada : ACM, 2007, S. 75–86', the model
    having seen no such list) goes on, between the list's first label and its last, after a line that
    belongs to a reference."""
    din = [index for index, label in enumerate(labels) if label == "B" and _din_label_over(lines, index)]
    if len(din) < _DIN_LABELS_AT_LEAST:
        return
    labelled = set(din)  # the lines read as beginnings that are labels, found once
    for index in range(din[0] + 1, din[-1]):
        if (
            labels[index] == "B"
            and labels[index - 1] != "O"
            and index not in labelled
            and not _din_label_over(lines, index - 1)
        ):
            labels[index] = "I"


def _begins_after_a_finished_reference(text: str, before: str) -> bool:
    """Whether the line begins a reference, given how the line before ended: a year first after a
    full stop, or names and a year after a full stop, a closing bracket, or a place and publisher."""
    if _YEAR_FIRST_LINE.match(text) and _ENDS_A_REFERENCE.search(before):
        return not _ends_on_a_day(before)  # '…, 18 jun.' + '1986. Disponível em: …': the date's year
    return starts_a_reference(text) and bool(
        _ENDS_BEFORE_NAMES.search(before) or (_ends_with_an_imprint(before) and _dated_at_once(text))
    )


def _ends_with_an_imprint(text: str) -> bool:
    """A line that ends with a place, or a place and its publisher, and no full stop, as German lists
    end a book ('Weinheim: Beltz', 'Frankfurt a.M.: Campus', 'Odense: Odense University', '…,
    Bielefeld'); a title's capitalised last words ('Ronald Reagan') and a short name in capitals
    ('KAS (Hrsg.)') are no place."""
    head, colon, publisher = text.rstrip().rpartition(":")
    publisher = publisher.strip()
    # Not a colon a sentence before: 'Grass, Günter (2006): Beim Häuten der Zwiebel. Göttingen'.
    if colon and 0 < len(publisher) <= 40 and publisher[:1].isupper() and ". " not in publisher:
        text = head
    words = text.rstrip(" .").split()
    return any(
        sum(map(str.isalpha, candidate)) >= 4 and not candidate.isupper() and is_place(candidate)
        for candidate in (" ".join(words[-size:]) for size in range(min(3, len(words)), 0, -1))
    )


def _dated_at_once(text: str) -> bool:
    """Names and then at once the year, in brackets or before a colon ('Rosenthal, G. (1997): …',
    'Kommunefakta, 2003:'), not a year somewhere on the line ('Wisconsin, Mai 2001'); and more than
    one word before it, or a comma: one word alone may end the publisher above ('Hanover: Dartmouth'
    / 'College (2005)'), unless it is a body's short name in capitals ('SOPEMI (2003): …')."""
    year = _YEAR.search(text)
    names = text[: year.start()] if year else ""
    words = names.strip(" (").split()
    return bool(
        ("," in names or len(words) > 1 or (len(words) == 1 and len(words[0]) >= 3 and words[0].isupper()))
        and (_NAME_THEN_DATE.match(text) or _BODY_THEN_DATE.match(text) or _YEAR_PAREN.search(text, 0, 80))
    )


def _dated(lines: list[Line], labels: list[str], index: int) -> bool:
    """Whether the reference the line at index would go on has shown its year already: not '8. Groves,
    R.M., … and R. Tourangeau.' + '2009. Survey Methodology.'. A year it says it has none of ('(o. J.)',
    '(n.d.)', '(div. Jahrgänge)') is shown too."""
    for before in range(index - 1, -1, -1):
        if labels[before] not in ("B", "I"):
            return False
        if _YEAR.search(lines[before].text) or _NO_YEAR.search(lines[before].text):
            return True
        if labels[before] == "B":
            return False
    return False


_FAR = 60  # lines of other text after a list under a heading
_SECTION_NUMBER = lazy_compile(r"^\s*(?:[A-Z](?=[.\d])\.?)?(?:\d+(?:\.\d+)*)?\.?\s*")  # 'A.5 ', '3.2 ', '7. '


def _far_after_the_list(lines: list[Line], labels: list[str]) -> None:
    """Lines read as references far after a list that had its heading, with no heading of their
    own (an appendix's questionnaire, a series' other titles, an author's publications on the last
    pages), are not the paper's references; everything from there to the next heading is left out."""
    headings = [index for index, line in enumerate(lines) if _own_list_heading(line.text)]
    listed = next((index for index in headings if is_reference_heading(lines[index].text)), None)
    if listed is None:
        return
    last_reference = None
    for index, label in enumerate(labels):
        if label == "O":
            continue
        far = last_reference is not None and index - last_reference > _FAR
        if (
            far
            and index > listed
            and not any(last_reference < heading < index for heading in headings)
            and not _numbered_on(lines, labels, last_reference, index)
        ):
            following = next((heading for heading in headings if heading >= index), len(labels))
            labels[index:following] = ["O"] * (following - index)
            return
        last_reference = index


_NUMBERS_SKIPPED_AT_MOST = 5  # references of a numbered list lost in a run read as none (a word a line)


def _numbered_on(lines: list[Line], labels: list[str], last_reference: int, index: int) -> bool:
    """Whether the line at index goes on the numbered list the reference at last_reference belongs to, a few numbers
    on: '[7] BOXPLOT' + '-' + 'seaborn.' + … (a justified reference pdftotext gave a word a line, the next ones' words
    mixed in) + '[10] YıLDıRıM, S. Visualize Missing Values …' (or a line or two read as going on before it: the
    link that ends the reference before). An appendix's numbered list begins again at one."""
    begun = next((at for at in range(index, min(len(labels), index + 3)) if labels[at] == "B"), index)
    number = list_number(lines[begun].text)
    start = _reference_begun(labels, last_reference)
    before = list_number(lines[start].text)
    if number is None or before is None or not 0 < number - before <= _NUMBERS_SKIPPED_AT_MOST or start < 1:
        return False
    # the list's numbers, in one style, up to the reference before the run: not a body's numbered paragraphs
    earlier = _reference_begun(labels, start - 1)
    marks = {lines[at].text.lstrip()[:1] for at in (earlier, start, begun)}
    return list_number(lines[earlier].text) == before - 1 and len(marks) == 1


def _own_list_heading(text: str) -> bool:
    """A reference heading, or a later list's own heading that says more than the headings the model
    knows ('A.5 References cited in Appendix A', 'Literatur zu Kapitel 3'): a short line that begins
    with a heading's word."""
    if is_reference_heading(text):
        return True
    opening = _SECTION_NUMBER.sub("", text).split(maxsplit=1) if len(text) <= 60 else []
    return bool(opening) and opening[0].lower().rstrip(":") in REFERENCE_HEADINGS


# A body's name with its short name or its editors' mark in brackets, then the year: 'EMCDDA
# (European Monitoring Centre for Drugs and Drug Addiction), 2002: …', 'Deutscher Bundestag (Hrsg.)
# (2007). …', which _NAME_THEN_DATE (no brackets in the name) leaves.
_BODY_THEN_DATE = lazy_compile(
    r"^[A-ZÀ-ÖØ-Þ][^\d:;]{0,100}?\),?\s(?:(?:1[5-9]|20)\d\d[a-z]?\s?:|\((?:1[5-9]|20)\d\d[a-z]?\))"
)
_LEFT_OUT_AT_MOST = 30  # lines of a run read as no reference inside a list


def _din_label_over(lines: list[Line], index: int) -> bool:
    """Whether the line is DIN 1505's label on a line of its own, over the reference it labels."""
    label = lines[index].text.strip()
    if index + 1 >= len(lines) or len(label) > 80:
        return False
    found = DIN_LABEL.match(f"{label} {lines[index + 1].text.lstrip()}")
    return found is not None and found.end() == len(label) + 1


# Harvard's body or name, a comma, the year and a full stop or comma: 'Government of Spain, 1988. Ley 22/1988,
# …', 'MURAKAMI Thomas, 1995, "Introducing Teamwork …'.
_NAME_COMMA_YEAR = lazy_compile(r"^[A-ZÀ-ÖØ-Þ][^():;,\d]{1,60},\s(?:1[5-9]|20)\d\d[a-z]?[.,]\s")


# APA's, DIN's, French or Spanish 'no date': '(n.d.)', '(o. J.)', '(s.d.)', '(s.f.)'.
_NO_DATE = r"\((?:n\.\s?d|o\.\s?J|s\.\s?[df])\.?\)"
# Names, then no date: 'Southern Christian Leadership Conference. (n.d.). The …'.
_NAME_THEN_NO_DATE = lazy_compile(rf"^[A-ZÀ-ÖØ-Þ][^():;\d]{{0,100}}?\s{_NO_DATE}")
# A date that is no year, as _dated reads it: no date, or German's '(div. Jahrgänge)' (various years).
_NO_YEAR = lazy_compile(rf"{_NO_DATE}|\(div\.\s(?:Jahrg(?:änge|\.)|Jg\.)\.?\)")


# Names, then the day, the month and the year in brackets as APA's Spanish and Portuguese print them: 'CNA. (3 de Mayo
# de 2023). Ley N.º 27.714 …', 'Municipalidad de Rosario. (18 de 02 de 2026). Infomapa. …'.
_NAME_THEN_DAY_MONTH_YEAR = lazy_compile(
    r"^[A-ZÀ-ÖØ-Þ][^():;\d]{0,100}?\s\(\d{1,2}\s+de\s+(?:[^\W\d_]{3,12}|\d{1,2})\s+de\s+(?:1[5-9]|20)\d\d\)"
)


def starts_a_reference(text: str) -> bool:
    """Names, then a year on the same line: a running head's 'Helma Lutz, Ewa Palenga-Möllenbeck' has none."""
    if _NAME_COMMA_YEAR.match(text):
        return not is_place(text.split(",", 1)[0])  # 'Berlin, 2001.' is an imprint
    if _NAME_THEN_NO_DATE.match(text) or _NAME_THEN_DAY_MONTH_YEAR.match(text):
        return True
    return bool(
        (_AUTHOR_START.match(text) or _NAME_THEN_DATE.match(text) or _BODY_THEN_DATE.match(text)) and _YEAR.search(text)
    )


def _references_left_out_of_the_list(lines: list[Line], labels: list[str]) -> None:
    """A short run of lines read as no reference between two references' lines, holding lines that
    begin as the list's references do ('EMCDDA (…), 2002: Annual Report …'), is part of the list: a
    page break with its running head in the middle of the list threw the labeller off. So is such
    a run that opens the paste with a reference's first line (a list copied from its second page,
    its first reference read as no reference before the page's head), or the list under its heading ('8.
    Bibliografía' + 'ANSV. (31 de Mayo de 2025). Informe preliminar …' + …, a thesis's first two references read as
    none). Its page numbers stay out."""
    index = 0 if lines and (starts_a_reference(lines[0].text) or _din_label_over(lines, 0)) else 1
    abnt = _abnt_list(lines, labels)
    while index < len(labels) - 1:
        if labels[index] != "O" or (
            index and labels[index - 1] == "O" and not is_reference_heading(lines[index - 1].text)
        ):
            index += 1
            continue
        end = index
        while end < len(labels) and labels[end] == "O":
            end += 1
        # … or the whole list under a heading at the text's end, read as none: a short paper's three references by a
        # body ('REFERÊNCIAS' + 'W3C. Cartilha: Acessibilidade Na Web – Fascículo I (Introdução). Brasil, 2013.' + …)
        to_the_end = end == len(labels) and index > 0 and is_reference_heading(lines[index - 1].text)
        if (end < len(labels) or to_the_end) and end - index <= _LEFT_OUT_AT_MOST:
            # In a list labelled as DIN 1505 does, each reference begins with its label on a line of its
            # own ('Keen 2007' over 'Keen, Andrew: …'; none in the training corpora), and only there: a
            # reference's last line may look like a name and a year ('College (2005)').
            starts = [at for at in range(index, end) if _din_label_over(lines, at)]
            labelled = bool(starts)
            # Not the running head under the page's number ('3062' + 'Cerebral Cortex, 2021, Vol. 31, No. 6'),
            # which ends with its volume's, issue's or page's number, as no reference's first line does.
            starts = starts or [
                at
                for at in range(index, end)
                if (
                    starts_a_reference(lines[at].text)
                    or (abnt and _abnt_names_first(lines, at))
                    or (to_the_end and _BODY_AND_A_YEAR.match(lines[at].text) is not None)
                )
                and not (at > index and _PAGE_NUMBER.match(lines[at - 1].text) and lines[at].text[-1:].isdigit())
            ]
            # What comes before the first start must go on the reference before ('.pdf].', 'Acesso em: 11 nov.
            # 2024.', NLM's 'Jun 1];510(1):128–34.'), not begin a line as a name or a heading does ('Bundesministerium
            # … (Hrsg.) (2003).').
            if (
                starts
                and (not to_the_end or starts[0] == index)  # at the text's end, the heading's next line first
                and (
                    labelled
                    or not any(
                        lines[at].text[:1].isupper()
                        and not _AVAILABILITY_FIRST.match(lines[at].text)
                        and not _begins_with_a_date(lines[at].text)
                        for at in range(index, starts[0])
                    )
                )
            ):
                for at in range(index, end):
                    if _PAGE_NUMBER.match(lines[at].text.strip()) or is_reference_heading(lines[at].text):
                        continue
                    labels[at] = "B" if at in starts else "I"
        index = end


# A body's short name and its stop, then a year on the line: 'W3C. Cartilha: … Fascículo I (Introdução). Brasil, 2013.'.
_BODY_AND_A_YEAR = lazy_compile(
    r"^[A-ZÀ-Þ][\w&'’-]{1,30}(?:\s[A-ZÀ-Þ][\w&'’-]{1,30}){0,5}\.\s[^\n]*?\b(?:1[5-9]|20)\d\d\b"
)


# ABNT's first name, the family name in capitals, its given names or initials after the comma: 'SILVA, Maurício
# Samy.', 'SOUZA, Carlos; BARBOSA, …', 'KRASNER, G. E.; POPE, …', 'GRANT, Jon E. et al.', 'LAJČINOVÁ, Bibiána;' (a line
# that begins so after a comma goes on a list of names: 'MCGRATH, G., GOODCHILD, A. V.,' + 'ROLFE, S. J., …').
_ABNT_NAMES_FIRST = lazy_compile(
    r"^[A-ZÀ-ÖØ-ÞĀ-ſ]{3,}(?:[ '’-][A-ZÀ-ÖØ-ÞĀ-ſ]{2,})*, (?:(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:[ -](?:de|da|do|dos|das|e|"
    r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+))*(?: [A-Z]\.)*|[A-Z]\.(?: ?[A-Z]\.)*)(?:[.;,]| et al\.)"
    # or its initials, then the title ('BURBECK, S. Applications programming in …')
    r"|[A-Z]\.(?: ?[A-Z]\.)*(?= [A-ZÀ-Þ]?[a-zà-ÿ]))"
)
_ABNT_BEGINNINGS_AT_LEAST = 5


def _abnt_names_first(lines: list[Line], index: int) -> bool:
    return bool(_ABNT_NAMES_FIRST.match(lines[index].text)) and not (
        index and lines[index - 1].text.rstrip().endswith((",", ";", "&"))
    )


def _list_heading(lines: list[Line], labels: list[str]) -> int:
    """The first reference heading with a list under it (within three lines: not the contents' line), or -1."""
    return next(
        (
            index
            for index, line in enumerate(lines)
            if is_reference_heading(line.text)
            and any(label != "O" for label in labels[index + 1 : index + 1 + _LIST_UNDER_ITS_HEADING])
        ),
        -1,
    )


def _abnt_list(lines: list[Line], labels: list[str]) -> bool:
    """Most references the model read begin with ABNT's names: one it read as none, with no year on its first line
    ('SILVA, Maurício Samy. JavaScript: guia do programador: guia completo das'), begins one as well. In a whole
    thesis, those under its list's heading: the body's lines the model read as references are not the list's."""
    heading = _list_heading(lines, labels)
    begun = [index for index, label in enumerate(labels) if label == "B" and index > heading]
    abnt = sum(1 for index in begun if _abnt_names_first(lines, index))
    return abnt >= _ABNT_BEGINNINGS_AT_LEAST and 2 * abnt >= len(begun)


# A list's number before a reference, as a copy of PubMed Central's page glues it to the name ('2Deng H, Gao K, …'),
# or printed apart ('2 Deng H', '2. Deng H', '[2] Deng H').
_NUMBER_FIRST = lazy_compile(r"^\s*+\[?(\d{1,4})(?:[.)\]]|(?=\s*+[A-ZÀ-ÖØ-Þ]))")


def _first_reference_under_the_heading(lines: list[Line], labels: list[str]) -> None:
    """'## References' + "1O'Rourke JA, Scharf JM, …: The genetics of Tourette syndrome: a review. J Psychosom Res" +
    '2009; 67: 533–545.' + '2Deng H, …': the list's first reference, read as no reference between the heading and
    the second; or the first two ('1 WHO issues its first emergency use validation …' + '2 Gupta RK, Topol EJ. …'
    before '3 Thomas SJ, …', a preprint's list). The lines between a heading and the first reference, the first of
    them numbered, each numbered line one more than the one before and one less than the reference's, are them."""
    first = next((index for index, label in enumerate(labels) if label == "B"), None)
    if first is None or first < 2 or labels[first - 1] != "O":
        return
    start = first - 1
    while start > 0 and labels[start - 1] == "O" and first - start < _LEFT_OUT_AT_MOST:
        if is_reference_heading(lines[start].text):
            break
        start -= 1
    if not is_reference_heading(lines[start].text):
        return
    following = _NUMBER_FIRST.match(lines[first].text)
    numbered = [(k, int(match[1])) for k in range(start + 1, first) if (match := _NUMBER_FIRST.match(lines[k].text))]
    if following is None or not numbered or numbered[0][0] != start + 1:
        return
    if [number for _, number in numbered] != list(range(numbered[0][1], int(following[1]))):
        return
    begun = {k for k, _ in numbered}
    labels[start + 1 : first] = ["B" if k in begun else "I" for k in range(start + 1, first)]


def _first_line_under_the_heading(lines: list[Line], labels: list[str]) -> None:
    """'Referencias' + 'NASA Earthdata. 2024. «…». https:' + '//earthdata.nasa.gov/.': the line under a reference
    heading read as none, the line after it as going on, begins the list (each of the 130 lines under a heading in the
    corpora's documents begins a reference); so do its first two lines read as none, in one paragraph with a third read
    as going on ('ANDERSSON, Sam et al. Insights into …' + 'gambling on an online casino: …' + 'individual account data.
    Journal of Behavioral Addictions, …'); so do all the lines of its first reference read as none, one paragraph up to
    a line read as beginning the next, if it begins with Vancouver's names (a whole thesis's NLM list: 'Terwilliger T,
    Abdul-Hay M. Acute …' + … + 'van der Sligte NE, …'). Not under the list's heading as a page's
    running head, after the page's number inside a reference ('… twitter. In' + '38' + 'BIBLIOGRAFIA' + 'Proceedings of
    the Fifth …'): the line goes on the reference the page break cut. A page's number between the heading and the
    line is passed over ('Bibliography' + '15' + 'CIGNA. 2019. “Cigna Standards …,” January. https:' +
    '//static.cigna.com/…', a thesis's chapter whose number pdftotext gives under its heading)."""
    for index in range(len(lines) - 2):
        if not (
            labels[index + 1] == "O"
            and is_reference_heading(lines[index].text)
            and not (index >= 2 and labels[index - 2] != "O" and _PAGE_NUMBER_LINE.match(lines[index - 1].text))
        ):
            continue
        first = index + 2 if _PAGE_NUMBER_LINE.match(lines[index + 1].text) else index + 1
        if first + 1 >= len(lines) or labels[first] != "O":
            continue
        if (
            labels[first + 1] == "I"
            and list_number(lines[first + 1].text) == 1
            and list_number(lines[first].text) is None
        ):
            # a sentence that introduces the list, its first reference numbered under it: 'The following papers will
            # be read to obtain background information …:' + '1. Zachary C. Lipton, …' (of the corpora's 86 lines
            # numbered 1 with the line numbered 2 after them beginning a reference, each begins one)
            labels[first + 1] = "B"
        elif labels[first + 1] == "I" or (
            labels[first + 1] == "B" and _YEAR.search(lines[first].text) and _ENDS_A_REFERENCE.search(lines[first].text)
        ):
            # … or a whole reference on the line, the next read as beginning one: 'References' + 'Giorgio Agamben.
            # State of exception. Kevin Attell, trans. Chicago and London, 2005.' + 'Louise Amoore. …'
            labels[first] = "B"
        elif (
            first + 2 < len(lines)
            and labels[first + 1] == "O"
            and labels[first + 2] == "I"
            and not lines[first + 1].blank_before
            and not lines[first + 2].blank_before
        ):
            # its first two lines read as none, one paragraph with the third: 'ANDERSSON, Sam et al. Insights into
            # the temporal dynamics of identifying problem' + 'gambling on an online casino: …' + 'individual
            # account data. Journal of Behavioral Addictions, …' (ABNT's names in capitals)
            labels[first : first + 2] = ["B", "I"]
        elif _VANCOUVER_NAMES_FIRST.match(lines[first].text) and (
            end := _paragraph_before_a_reference(lines, labels, first)
        ):
            # the whole first reference read as none, up to the second: 'Bibliografía' + 'Terwilliger T,
            # Abdul-Hay M. Acute lymphoblastic leukemia: a comprehensive' + … + '1];7(6):e577. Available from:
            # https://pubmed.ncbi.nlm.nih.gov/28665419/' + 'van der Sligte NE, …'
            labels[first:end] = ["B"] + ["I"] * (end - first - 1)


_FIRST_REFERENCE_LINES_AT_MOST = 8


def _paragraph_before_a_reference(lines: list[Line], labels: list[str], first: int) -> int:
    """Where the lines read as none from `first` end on a line read as beginning a reference, with no blank line
    between and as many lines as a reference runs at most (0: they end otherwise)."""
    end = first + 1
    while (
        end < len(labels)
        and labels[end] == "O"
        and not lines[end].blank_before
        and end - first < _FIRST_REFERENCE_LINES_AT_MOST
    ):
        end += 1
    return end if end < len(labels) and labels[end] == "B" else 0


def _subheadings_inside_the_list(lines: list[Line], labels: list[str]) -> None:
    """A list divided by subheadings ('Ergebnisse', 'Primary sources'), or ended by one
    ('Danksagung', 'Zur Person', 'Korrespondenzadresse'): a short line with a heading's capitals
    and no closing mark, after a reference that ended with its full stop and before the next
    one's first line, a line of no reference or the end, heads what follows; it is no
    reference's last line (the model, which has seen few, reads it on)."""
    for index in range(1, len(labels)):
        if (
            labels[index] == "I"
            and (index + 1 == len(labels) or labels[index + 1] != "I")
            and lines[index - 1].text.rstrip().endswith(".")
            and is_subheading(lines[index].text)
        ):
            labels[index] = "O"


def is_subheading(text: str) -> bool:
    """A heading's line that no reference ends with: no digit, no punctuation ('London: Jonathan
    Cape'), no place alone ('Weinheim'), no link labels ('CrossRef Medline', which a web page
    prints under each reference), and its last word capitalised ('Sicherheit siehe'). Markdown's
    '### Primary sources' too."""
    words = text.split()
    return (
        _is_heading(text)
        and not _NOT_IN_A_SUBHEADING.search(text)
        and words[-1][:1].isupper()
        and len(text) > 2
        and not is_place(text)
        and not link_labels(text)
    )


_NOT_IN_A_SUBHEADING = lazy_compile(r"[\d.,:;()\[\]/]")
_EMAIL = lazy_compile(r"\w@[\w-]+\.\w")
_CONTACT_LINES = 5


def _contact_after_the_list(lines: list[Line], labels: list[str]) -> None:
    """An author's address after a reference ('Kontakt: heinz.fassmann@univie.ac.at', 'Der Autor' +
    'E-Mail: …', a name, an institute and a telephone number before the address), read as the
    reference's continuation or as one of its own, is no reference, from the line after the
    reference's full stop (at most _CONTACT_LINES before the address), nor are the lines read on
    after it. Of the 265 lines with an email address in the EXCITE dev papers and GROBID's
    reference sections, one is a reference's (in brackets, after a full stop of its own)."""
    for index in range(1, len(labels)):
        if labels[index] == "O" or not _EMAIL.search(lines[index].text):
            continue
        start = index  # back over the address's own lines, to the line after a full stop
        while (
            start > max(1, index - _CONTACT_LINES)
            and labels[start] == "I"
            and not lines[start - 1].text.rstrip().endswith(".")
        ):
            start -= 1
        if labels[start - 1] == "O" or not lines[start - 1].text.rstrip().endswith("."):
            continue
        following = start + 1
        while following < len(labels) and labels[following] == "I":
            following += 1
        if _publishers_address_inside(lines, labels, start, following):
            continue
        labels[start:following] = ["O"] * (following - start)


def _publishers_address_inside(lines: list[Line], labels: list[str], start: int, following: int) -> bool:
    """Whether the lines from start up to following, with an email address in them, are a reference's own: a list's
    number opens them ('74. Le Roux N, …' + '… MIT Press 238 Main St., …, MA' + '02142-1046 USA
    journals-info@mit.edu; 2008 Apr 17;20(6):1631–49.'), or the reference before them has no year and they hold it
    ('72. Hinton GE, … Neural Computation.' + 'MIT Press 238 Main St., … journals-info@mit.edu; 2006' +
    'Jul;18(7):1527–54.': a publisher's address that Zotero keeps with MIT Press's journals, a Vancouver list)."""
    if _marked(lines[start].text):
        return True
    begun = _reference_begun(labels, start - 1)
    dated = any(_YEAR.search(lines[k].text) for k in range(begun, start))
    return not dated and any(_YEAR.search(lines[k].text) for k in range(start, following))


_FOOTNOTE_START = lazy_compile(r"^\s*(\d{1,3})\s+[A-ZÀ-ÖØ-Þ(]")  # '5 Köstlin, Konrad (1991): …'
_FOOTNOTE_AT_MOST = 3  # lines of one footnote
_FOOTNOTES_AT_MOST = 12  # lines of a page's footnotes, numbered on from an earlier page's


def _footnotes_before_the_list(lines: list[Line], labels: list[str]) -> None:
    """A footnote that cites a work ('5 Köstlin, Konrad (1991): Heimat geht durch den Magen. …'), a
    short run of lines with its number first, amid the body text before the reference list's heading,
    is no entry of the list: the paper's references are under the heading. So is a page's block of
    such footnotes, each with its number, numbered on from an earlier page's ('5 …', '6 …', '8 …')."""
    first = next((index for index, line in enumerate(lines) if is_reference_heading(line.text)), None)
    if first is None:
        return
    index = 0
    while index < first:
        if labels[index] == "O":
            index += 1
            continue
        end = index
        while end < first and labels[end] != "O":
            end += 1
        starts = [at for at in range(index, end) if labels[at] == "B" or at == index]
        numbers = [int(found[1]) for at in starts if (found := _FOOTNOTE_START.match(lines[at].text))]
        if len(numbers) == len(starts) and (
            end - index <= _FOOTNOTE_AT_MOST or (end - index <= _FOOTNOTES_AT_MOST and numbers[0] > 1)
        ):
            labels[index:end] = ["O"] * (end - index)
        index = end


def _undated_text_before_the_list(lines: list[Line], labels: list[str]) -> None:
    """Before the heading a list stands under, what was read as a reference with no year, link or DOI in it is body
    text: a two-column paper as pdftotext -layout gives it, its columns read one after the other, gave its body's
    bullets as references ('• Inovação: Proporciona a oportunidade de contribuir para' + …)."""
    first = _list_heading(lines, labels)
    if first < 0:
        return
    start = None
    for index in range(first + 1):
        if start is not None and (index == first or labels[index] != "I"):
            texts = [lines[at].text for at in range(start, index)]
            begun = labels[start] == "B"  # not a run read as going on from none: its link is no reference's
            if not any(_YEAR.search(text) or (begun and _IDENTIFIED.search(text)) for text in texts):
                labels[start:index] = ["O"] * (index - start)
            start = None
        if index < first and labels[index] != "O" and start is None:
            start = index
        elif index < first and labels[index] == "B":
            start = index


_IDENTIFIED = lazy_compile(r"https?://|www\.|\bdoi\b|10\.\d{4,9}/", re.IGNORECASE)


# Words a number on the next line may still belong to: 'S.' + '204', 'Nr.' + '12', 'Februar' + '2003'.
_NUMBER_TAKING_WORDS = frozenset(
    ["p", "pp", "s", "ss", "vol", "volume", "no", "nr", "nos", "bd", "band", "jg", "h", "heft", "iss", "issue"]
) | frozenset(MONTHS)
_HEAD_LINES = 2  # lines of a running head under a page's number
_LAST_WORD = lazy_compile(r"([^\W\d_]*)\.?$")


_STRAY_LETTER = lazy_compile(r"^\s*[^\W\d_]\s*$")  # one letter alone, from a margin's vertical text


def _page_numbers_between_references(lines: list[Line], labels: list[str]) -> None:
    """A page's number alone on its line, after a line that ends as a reference may end and
    before the next reference (or the list's end), is the page's, not the reference's last line:
    '… (S. 63-71).' + '28' + '• Rath, Christian (2009): …'. With a line or two before the next
    reference, after a reference that ended with its full stop, it heads a page with its running
    head ('178' + 'Gerd Bender: Dezentral und entstandardisiert …'); a line under it that begins
    as a reference does begins the next reference. One after a dash, a comma or a word that takes
    a number ('S. 196-' + '204', 'Februar' + '2003') stays the reference's. A letter alone on its
    line after a reference's end, from a margin's vertical text, goes out too."""
    for index in range(1, len(labels)):
        before = lines[index - 1].text.rstrip()
        if (
            labels[index] == "I"
            and _STRAY_LETTER.match(lines[index].text)
            and before[-1:] in ".)]"
            and (index + 1 == len(labels) or labels[index + 1] != "I")
        ):
            labels[index] = "O"  # a margin's letter: '… Cambridge University Press, Cambridge.' + 'r'
            continue
        if labels[index] == "O" or not _PAGE_NUMBER_LINE.match(lines[index].text.strip()):
            continue
        if before[-1:] in "-–—,;:&/(" or _LAST_WORD.search(before)[1].casefold() in _NUMBER_TAKING_WORDS:
            continue
        end = index + 1
        while end < len(labels) and labels[end] == "I":
            end += 1
        head = range(index + 1, end)
        if end == index + 1:
            labels[index] = "O"
        elif len(head) <= _HEAD_LINES and before[-1] in ".)]":
            if _a_reference_under_the_number(lines[index + 1].text):
                labels[index], labels[index + 1] = "O", "B"
            elif not any(_a_reference_under_the_number(lines[at].text) for at in head):
                labels[index:end] = ["O"] * (end - index)


def _a_reference_under_the_number(text: str) -> bool:
    """Names then a year, or a year and a reference's full stop at the end ('OECD, 2002. Housing
    finance in transition economies. Paris: OECD.'), or ABNT's family name in capitals and initials ('GAMSON, W. A. A
    theory of coalition formation. …', its year lines later): a running head has none of them."""
    return (
        starts_a_reference(text)
        or bool(_YEAR.search(text) and _ENDS_A_REFERENCE.search(text.rstrip()))
        or _CAPITALS_AND_INITIALS_FIRST.match(text) is not None
    )


_CAPITALS_AND_INITIALS_FIRST = lazy_compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)*,\s[A-ZÀ-Þ]\.")


_ORPHAN_LINES_AT_MOST = 7  # lines a reference's continuation may run to without its first line


def _continuations_after_no_reference(labels: list[str]) -> None:
    """A run of lines read as a reference's continuation with no first line (after a line read as
    no reference), longer than a reference runs, is body text in which the labeller lost its place:
    a narrow column's short, hyphenated lines look like a wrapped reference's."""
    index = 0
    while index < len(labels):
        if labels[index] != "I" or (index and labels[index - 1] != "O"):
            index += 1
            continue
        end = index
        while end < len(labels) and labels[end] == "I":
            end += 1
        if end - index > _ORPHAN_LINES_AT_MOST:
            labels[index:end] = ["O"] * (end - index)
        index = end


# A line that stops where no reference ends: after a comma, an open range ('(1907–'), '&', 'und',
# 'and', 'in' or 'In:', or inside a bracket. In the training corpora 2,051 reference lines end so; 13 end a
# reference. So does one whose names break off after an initial ('In: K.' + 'Boers, G. Gutsche, K. Sessar
# (Hrsg.)', '…, L.' + 'Christiansen-Ruffman, …'): of 223 such lines in the corpora, one ends a reference
# (and its next line, 'Vairo, Phys. Rev. D 65', goes on all the same); or after 'u.', German's short 'und'.
# Cyrillic initials too ('…, В. Бабунски, К.' + '(2014). …'). Not 'Frankfurt a. M.' nor 'Washington, D.C.':
# places, where references end.
_GIVEN_INITIAL = r"[A-ZÀ-ÞА-ЯЁ]\."  # a capital, Latin or Cyrillic, and its full stop
_BEFORE_AN_INITIAL = r"(?:\b[Ii]n:?|\b(?:von|by|and|und|eds?\.|Hrsg\.|Hg\.)|&|,)"
_NAMES_BREAK_OFF = rf"{_BEFORE_AN_INITIAL}\s+(?:{_GIVEN_INITIAL}\s)*{_GIVEN_INITIAL}|\su\."
# A line of names and the year in brackets, and nothing more: 'Reicher, S. D., & Levine, M. (1994a).' +
# 'Deindividuation, power relations …'. Each of the 63 lines in the corpora that end with a name and the
# bracketed year goes on; a year printed last, after the publisher, has no full stop before its bracket
# ('Springer, Berlin (2009)'), and a whole reference on its line has words in lower case.
_NAME_WORD = r"(?:[A-ZÀ-Þ][\w'’./-]*+|and|und|et|al\.|&|…|[,;/–-]|" + "|".join(sorted(PARTICLES)) + ")"
_NAMES_AND_YEAR = rf"^\W*(?:{_NAME_WORD}\s*+)*?{_NAME_WORD}(?<=\.)\s*\((?:1[5-9]|20)\d\d[a-z]?\)[.:,]?"
# A line that stops at an article or a preposition ('… Psychosocial effects of the' + '2001 UK foot and
# mouth disease …'): of 981 such lines in the corpora, two end a reference as labelled there, both read
# wrong ('Pp. 173-208 in' + 'M. K. Hecht & W. C. Steere (eds.), …'). English, German, French, Spanish and
# Portuguese words in lower case; not name particles, after which a name's next part may stand.
# … and the Romance 'of' ('… Departamento de' + 'Eletrônica e Sistemas, Recife, 2003.'): each of the corpora's 11
# lines after a reference's line ending so goes on. German's other prepositions, articles and their contractions too
# ('… In Institut für Marxismus-Leninismus beim' + 'ZK der SED (Hrsg.), …', a seminar paper's list in plain text):
# the corpora's two lines ending so go on. Not a word's end after its hyphen ('… Erfahrungsvielfalt, Opla- den').
_FUNCTION_WORD_AT_END = (
    r"(?<!-)\s(?:the|of|a|an|for|to|on|with|from|by|at|der|die|das|dem|für|zur|zum|im|mit|auf|über"
    r"|beim|vom|am|ins|bei|nach|aus|zu|zwischen|unter|gegen|durch|ein|eine|einer|eines|einem|einen"
    r"|les|aux|au|pour|sur|dans|los|las|para|por|con|com|em|de|da|do|del|della|des|du|dei|degli|delle)"
)
# A name's particle opening the next name, the name cut after it ('… Hillman-Jackson J, Von' + 'Kuster G, …', PeerJ's
# list as pdftotext gives it; each of the corpora's 4 such lines goes on), or after a semicolon between names ('…;
# Rush, A. M.; van' + 'Merriënboer, B.; …', AAAI's; the corpora's one such line goes on), not one ending a name
# ('Beethoven, Ludwig van', nor a word's broken end, 'Opla- den'); and a comma and 'et al.' (PLOS's '30. Tabor MP, …,
# Snel MH, et al.' + '(2001) Persistence of …'; each of the corpora's 30 lines that end so goes on): the names end
# there, not the reference ('Wien et al.' after a place may end it); and APA's names left out after a comma ('…,
# Ragland, J. D., . . .' + 'Carter, C. S. (2013). …', '…, Sommer, C., …' + 'Schmack, K. (2018)'; each of the corpora's
# 8 goes on).
_NAMES_GOING_ON_AT_END = (
    r"(?:[,;]|\band|&)\s(?i:" + "|".join(sorted(PARTICLES)) + r")|,\s?et\.?\s?al\.?,?|,\s?(?:…|(?:\.\s?){3})"
)
# A bracket left open, round or square: NLM's '… [Internet]. 2019 Jan 22 [cited 2022' + 'Jun 1];510(1):128–34.' (of
# the corpora's 54 lines after a reference's line that ends inside a square bracket, 52 go on). A plus sign, inside a
# meeting's name: 'In Proceedings of the 2015 Computation +' + 'Journalism Symposium.' (both of the corpora's such
# lines inside a reference go on).
_GOES_ON = lazy_compile(
    rf"(?:,|\d[–—-]|&|\s\+|\b(?:und|and|et)|\([^)]*|\[[^\]]*|{_NAMES_BREAK_OFF}|{_FUNCTION_WORD_AT_END}|{_NAMES_GOING_ON_AT_END})$"
    rf"|{_NAMES_AND_YEAR}$|{_IN_AT_END.pattern}"
)


# A DOI or link broken at a line's end after a stop, a slash or a dash ('… https://doi.org/10.1101/2023.08.10.' +
# '552884 (2023).'), and the line that goes on with its rest: figures and marks, or a word with a digit, long enough
# to be no list's bare number.
_LINK_BROKEN_OFF = lazy_compile(r"(?:https?://|\b10\.\d{4,9}/)(?:\S*[./_-])?$")


def _link_cut_where_none_ends(line: str) -> bool:
    """A line whose last word is a link cut where none ends: after its scheme's colon ('… 91(3):652–665. http:' +
    '//linkinghub.elsevier.com/…'), or after a query's '=', '&' or '?' or a percent sign ('…/articlerender.fcgi?
    artid=4169172&tool=' + 'pmcentrez&rendertype=abstract, doi: …'). The corpora's 4 such lines in a reference all
    go on. (The last word only: a search from each link's start took time growing with the square of a long one.)"""
    last = line.rpartition(" ")[2].lower()
    return last.endswith(("http:", "https:")) or (
        ("://" in last or last.startswith("www.")) and last.endswith(("=", "&", "?", "%"))
    )


# A link alone on its line: after a reference's line that is no link alone, it is the reference's (the corpora's 130
# such lines all go on; in a list of links alone each begins one).
_LINK_ALONE_LINE = lazy_compile(r"^(?:https?://|www\.)\S+$")
# Vancouver's date and volume first on a line: '2009 12; 4(12):e8339. http://…', '2015 Mar 3;12(1):…'. The
# corpora's 76 such lines all go on their reference.
_DATE_AND_VOLUME_FIRST = lazy_compile(r"^(?:1[5-9]|20)\d\d(?: [A-Z][a-z]{2}(?: \d{1,2})?| \d{1,2})?;\s?\d")
_LINKS_REST = lazy_compile(r"(?=[\w./-]*\d)[\w./-]{5,}(?=[\s.,;)]|$)")


# A book's imprint on a line of its own: the place (and its state or country), a colon, the publisher, perhaps
# the year ('Woodbridge, Suffolk: The Boydell Press.', 'Cambridge, MA: MIT Press.'). Of the 12 such lines in
# the training corpora whose place is a known one, none begins a reference.
_IMPRINT_LINE = lazy_compile(
    r"^(?P<place>[A-ZÀ-Þ][^\d:;()]{1,50}?)\s?:\s?[A-ZÀ-Þ][^:;()]{1,60}?(?:\s\([^()]{1,60}\))?"
    r"(?:,\s(?:1[5-9]|20)\d\d[a-z]?)?\.?$"
)
# A state's abbreviation ('Calif.', 'Mass.') or a region named by its part ('West Sussex', 'North Yorkshire').
_REGION = lazy_compile(r"[A-Z][a-z]{1,5}\.|(?:North|South|East|West|Upper|Lower|Greater)\s[A-Z][a-z]+")


def _imprint_alone(text: str) -> bool:
    """Each part of the place is a known place, a state's code ('MA') or abbreviation ('Calif.') or a region
    ('West Sussex'), the series in brackets after the publisher ('Los Angeles, Calif.: Sage (Sage key concepts
    series).'): 'Berlin, Isaiah: Four Essays on Liberty.' is a name, its given name no place."""
    found = _IMPRINT_LINE.match(text.strip())
    return found is not None and all(
        is_place(part) or (part.isupper() and len(part) <= 3) or (index > 0 and _REGION.fullmatch(part) is not None)
        for index, part in enumerate(part.strip() for part in re.split(r"[,/;]| and | & ", found["place"]))
    )


# A link or a DOI, whole, that ends a line: where a reference may end ('… MedlinePlus. https://medlineplus.gov/…/snp/').
_LINK_AT_THE_END = lazy_compile(r"(?:^|\s)(?:https?://|doi:\s?10\.|10\.\d{4,9}/)\S+$")


def _references_read_as_going_on(lines: list[Line], labels: list[str]) -> None:
    """'… dyslexic readers. Front Syst Neurosci. 4:156.' + 'Keil A, Sabatinelli D, Ding M, Lang PJ, Ihssen N, Heim S.
    2009.' (Cerebral Cortex's list, Vancouver's names before the year, a page break two lines on): a line that begins
    with names and a year, after a line that ends a reference, read as going on with a reference that has its year
    already, begins one (the reference before had swallowed it). So does a line of names inverted that ends with a
    comma, the names and the year running on to the next line ('… early spread and peak timing. MedRxiv.' + 'Davies,
    Nicholas G, Kucharski, Adam J, …, Jombart, Thibaut,' + 'O’Reilly, Kathleen, …, et al. . 2020. Effects of …'): of
    the corpora's 144 such lines after a line that ended a reference, 143 begin one. A reference ends with its link
    too ('… MedlinePlus. https://medlineplus.gov/…/snp/' + 'Onay, V. Ü., Briollais, L., …, Rajendram, I.,' +
    'Andrulis, I. L., & Ozcelik, H. (2006). …', APA's): each of the corpora's 187 lines of APA's names after a link
    begins one."""
    for index in range(1, len(lines)):
        if labels[index] != "I" or labels[index - 1] == "O":
            continue
        text, end = _names_spread_over_lines(lines, index)
        if text.endswith(",") and end < len(lines) and _AUTHOR_START.match(text) and not starts_a_reference(text):
            text, end = f"{text} {lines[end].text}", end + 1  # the names run on to the next line, the year there
        before = lines[index - 1].text.rstrip()
        if not (_ENDS_A_REFERENCE.search(before) or _LINK_AT_THE_END.search(before)) or not (
            starts_a_reference(text) or (_INITIALS_START.match(text) and _YEAR.search(text, 0, 120))
        ):
            continue
        if _dated(lines, labels, index) and list_number(text) is None:
            labels[index] = "B"
            labels[index + 1 : end] = ["I"] * (end - index - 1)
            if end < len(labels) and labels[end] == "B" and not starts_a_reference(lines[end].text):
                labels[end] = "I"  # the title after the names, read as a reference of its own


# A PDF's justified line spread out, a word or two a line: 'Cacioppo' + 'JT, Crites' + 'SL, Gardner' + 'GG. 1994.'.
_SPREAD_WORDS_AT_MOST = 3
_SPREAD_LINES_AT_MOST = 12


def _names_spread_over_lines(lines: list[Line], index: int) -> tuple[str, int]:
    """The line's text, or with the short lines after it where it is a word or two (a justified line of names spread
    out, one name a line), up to the one with the year; and where what follows it begins."""
    text = lines[index].text
    if len(text.split()) > _SPREAD_WORDS_AT_MOST:
        return text, index + 1
    end = index + 1
    while (
        end < len(lines)
        and end - index < _SPREAD_LINES_AT_MOST
        and len(lines[end].text.split()) <= _SPREAD_WORDS_AT_MOST
        and not _YEAR.search(text)
    ):
        text, end = f"{text} {lines[end].text.strip()}", end + 1
    return (text, end) if _YEAR.search(text) else (lines[index].text, index + 1)


# A body's name, then its full stop or comma and the next word's capital, as Vancouver's lists begin a body's reference
# ('World Health Organization. World prevalence of anaemia …', 'Centers for Disease Control and Prevention. Zika …'):
# each word of it capitalised but for a linking word, as no title is ('Authorship and team science. JAMA …').
# A word of a body's name: capitalised, or a linking word.
_BODY_WORD = r"(?:[A-ZÀ-Þ][\w'’&-]*|of|for|and|on|the|de|du|des|der|für|und|y|e|da|do|dos)"
_BODY_FIRST = lazy_compile(rf"^(?:{_BODY_WORD}(?: |(?=[.,])))+[.,] (?=[A-ZÀ-Þ])")
_PUBLISHER_WORD = lazy_compile(r"\b(?:Press|Verlag|Publish\w*|Books)\b")
# Or a body's name, a stop and the year, as author–date lists print it: 'US Department of Education. 2023. “An
# Overview …” https:' (each of the corpora's 4 lines so begins a reference; after a comma, 5 of 7 go on).
_BODY_THEN_YEAR = lazy_compile(
    rf"^(?:{_BODY_WORD}(?: |(?=\.)))+\. "
    r"(?=(?:1[5-9]|20)\d\d[a-z]?\. )"
)
# Or its name, its short name in brackets and the year: 'American Society of Civil Engineers (ASCE). (2010). ASCE
# Standard: …', 'Instituto Nacional de Investigação e Desenvolvimento da Educação (INIDE) 2003.' (the corpora's 15
# such lines after one that ended a reference begin one; those that go on follow a comma or a word).
_BODY_SHORT_NAME_THEN_YEAR = lazy_compile(
    rf"^(?P<body>(?:{_BODY_WORD} ){{1,12}})"
    r"\([A-Z][A-Za-z]{1,9}\)[.,]? \(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,:]"
)
# A line that ends with a year and its full stop ends names before a title ('Fontanarosa P, …, Flanagin A. 2017.'); not
# after a comma, where natbib's and IEEE's references end ('… Technical report, European Commission, 2022.' +
# 'European Parliament. Report on …': the corpora's one such line before a body's name begins a reference).
_ENDS_WITH_ITS_YEAR = lazy_compile(r"\b(?:1[5-9]|20)\d\d[a-z]?\.$")
_YEAR_AFTER_A_COMMA_AT_END = lazy_compile(r",\s(?:1[5-9]|20)\d\d[a-z]?\.$")


_JOURNAL_FIRST = lazy_compile(
    r"^(?:Journal|Annals|Proceedings|Transactions|Bulletin|Archives|Revista|Zeitschrift|Acta) (?:of|de|für|for|do|da)\b"
)


def _begins_with_a_bodys_name(text: str, stops: str = ".") -> bool:
    """'World Health Organization. Control of iron deficiency …' (or with a comma, 'World Health Organization, United
    Nations University, …'): a body's name first, a kind of body named and each word capitalised, then the work or the
    next body; not a publisher's name nor a place after it ('Cambridge University Press, Cambridge, 1980.', an
    imprint on its own line), nor a journal's that names a society ('Journal of the Royal Statistical Society. Series
    B …', ABNT's journal on the line after the title: the corpora's 20 lines that begin with such a journal's name
    after one that ended as a reference may, all go on)."""
    if _JOURNAL_FIRST.match(text):
        return False
    first = _BODY_FIRST.match(text)
    if first is None or first[0][-2] not in stops or len(first[0].split()) > 10 or _PUBLISHER_WORD.search(first[0]):
        return False
    return names_a_body(first[0]) and not is_place(text[first.end() :].split(",")[0].split(".")[0])


def _begins_with_a_bodys_name_and_year(text: str) -> bool:
    first = _BODY_THEN_YEAR.match(text)
    if first is None and (short := _BODY_SHORT_NAME_THEN_YEAR.match(text)) is not None:
        return names_a_body(short["body"].strip())
    return first is not None and len(first[0].split()) <= 10 and names_a_body(first[0])


def _bodies_read_as_going_on(lines: list[Line], labels: list[str]) -> None:
    """'… Lancet 2007;370:511e20.' + '(PMID: 17693180), doi: 10.1016/S0140-6736(07)61235-5.' + 'World Health
    Organization. Control of iron deficiency anaemia in South-East Asia.' (a Vancouver list as pdftotext gives it): a
    line that begins with a body's name, after a line that ended a reference with its pages, an identifier or a link,
    read as going on, begins a reference. Not after a line that ends with a year (names before their title), nor in
    a list that marks where each reference begins, with a number or a bullet: there the body's name is the
    publisher's ('• Bürsch, Michael MdB (2006): … Gesellschaft.' + 'Friedrich-Ebert-Stiftung. Betrifft: …'), or the
    reference a number alone on its line began goes on. A body's name, its stop and the year ('Project OSRM. 2024.
    «Open Source Routing Machine (OSRM)». …', as author–date lists print it) begins one after any line that does not
    break off."""
    for index in range(1, len(lines)):
        if labels[index] != "I" or labels[index - 1] == "O":
            continue
        text, before = lines[index].text, lines[index - 1].text.rstrip()
        if _begins_with_a_bodys_name(text):
            ended = _ENDS_A_REFERENCE.search(before) and (
                not _ENDS_WITH_ITS_YEAR.search(before) or _YEAR_AFTER_A_COMMA_AT_END.search(before)
            )
        elif _begins_with_a_bodys_name_and_year(text):
            ended = not _GOES_ON.search(before) and not _BROKEN_OFF.search(before)
        else:
            continue
        if ended and not _begun_with_a_mark(lines, labels, index - 1):
            labels[index] = "B"


# Vancouver's names, two or more, then the title: 'Lin Y, Wang WG, Wang SZ. Treatment of …'. After a line that ended a
# reference, not a list's number alone, each of the corpora's 39 such lines begins one.
_VANCOUVER_NAME_AND_INITIALS = r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)? [A-Z]{1,3}"
_VANCOUVER_NAMES_THEN_TITLE = lazy_compile(
    rf"^{_VANCOUVER_NAME_AND_INITIALS}(?:(?:, {_VANCOUVER_NAME_AND_INITIALS})+|,? et al)\.(?: [A-Z]|$)"
)
# One name and the title, after a line that ended with a link or a DOI: 'Schloss PD. Waste not, want not: …'.
_VANCOUVER_NAME_THEN_TITLE = lazy_compile(rf"^{_VANCOUVER_NAME_AND_INITIALS}\. [A-Z]")
# The first two of such names at a line's start, however many follow on the next lines, a particle before them or
# after the initials ('van der Sligte NE, Kampen KR, …', 'Feltes BC, Poloni J de F, …'), or one and the title
# ('Smyth GK. Linear models …').
_VANCOUVER_PERSON = rf"{_PARTICLES}{_VANCOUVER_NAME_AND_INITIALS}(?: (?:{'|'.join(sorted(PARTICLES))}) [A-Z]{{1,3}})?"
_VANCOUVER_NAMES_FIRST = lazy_compile(rf"^{_VANCOUVER_PERSON}(?:, {_VANCOUVER_PERSON}[,.]|\.\s)")


def _vancouver_names_read_as_going_on(lines: list[Line], labels: list[str]) -> None:
    """'… Chin J Contemp Pediatr. 2005;20:30e1' + '(in chinese).' + 'Lin Y, Wang WG, Wang SZ. Treatment of …' (the
    Postgraduate Medical Journal's list as pdftotext gives it, the year on the next line), '… https://doi.org/10.3390/
    microorganisms9091797' + 'Rao C et al. Multi-kingdom ecological drivers …': Vancouver's names (or one and 'et
    al.') and the title after a line that ended a reference, read as going on, begin one, in a list that marks no
    reference's beginning; so after the rest of a link a line's end broke, a word alone ('…/10.1128/AEM.' +
    '01996-06' + 'Chen J et al. …': the corpora's 20 such lines after a link's rest that begin a reference's names,
    but after a list's number alone, all begin one)."""
    for index in range(1, len(lines)):
        if labels[index] != "I" or labels[index - 1] == "O":
            continue
        before = lines[index - 1].text.rstrip()
        if not _VANCOUVER_NAMES_THEN_TITLE.match(lines[index].text) and not (
            _VANCOUVER_NAME_THEN_TITLE.match(lines[index].text) and _link_or_doi_at_end(before)
        ):
            continue
        if (
            (
                before[-1:] in ".)"
                or _ENDS_BEFORE_NAMES.search(before)
                or _link_or_doi_at_end(before)
                or (" " not in before and index >= 2 and _OPEN_LINK.search(lines[index - 2].text.rstrip()))
            )
            and not _LIST_NUMBER_ALONE.fullmatch(before)
            and not _begun_with_a_mark(lines, labels, index - 1)
        ):
            labels[index] = "B"


def _first_lines_read_as_none(lines: list[Line], labels: list[str]) -> None:
    """A reference's first line (or two) read as none, and its next lines as going on, so that they began a reference
    without it: the list's first line under its heading ('World Health Organization. World prevalence of anaemia …'),
    or the first after a page's number and running head ('World Health Organization, United Nations University, The
    United Nations' + "Children's Fund. …"; PLOS's '38. Rickman DS, …' after 'Modulation of Hedgehog in HNSCC
    Meta-Pathways', a column pdftotext gave out of its order). Such a line begins the reference where it begins as
    one: with a body's name (or a body's name, a stop and the year: '21' + 'US Department of Education. 2023. “…”
    https:') in a list with no numbers, with a list's number in a numbered one; after the heading, or after a
    reference that ended."""
    for index in range(1, len(lines)):
        if labels[index] != "O":
            continue
        end = index + 1  # read as none: the lines up to those read as going on
        while end < len(labels) and end - index <= 2 and labels[end] == "O":
            end += 1
        if end == len(labels) or labels[end] != "I":
            continue  # the labels first: most lines read as none are body text, and no reference follows them
        numbered = list_number(lines[index].text) is not None
        bare = None if numbered else _NUMBER_FIRST.match(lines[index].text)
        text = lines[index].text
        if not (numbered or bare or _begins_with_a_bodys_name(text, ".,") or _begins_with_a_bodys_name_and_year(text)):
            continue
        start = index - 1  # the line before, past a page's number and running head
        while start >= 0 and index - start <= _FURNITURE_INSIDE_AT_MOST and labels[start] == "O":
            if is_reference_heading(lines[start].text):
                break
            start -= 1
        if start >= 0 and (
            is_reference_heading(lines[start].text)
            or (
                labels[start] != "O"
                and _ENDS_BEFORE_NAMES.search(lines[start].text.rstrip())
                and (
                    _numbered_one_less(lines, labels, start, int(bare[1]))
                    if bare
                    else _begun_with_a_mark(lines, labels, start) == numbered
                )
            )
        ):
            labels[index:end] = ["B"] + ["I"] * (end - index - 1)


# A reference of names and the year, and nothing yet after them, as PeerJ's and eLife's lists print them ('Afgan E,
# Baker D, van den Beek M, …, Von' + 'Kuster G, …, Goecks J. 2016.'): its title is still to come.
_VANCOUVER_NAME = r"(?:(?i:" + "|".join(sorted(PARTICLES)) + r")\s)*[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?\s[A-Z]{1,3}"
_NAMES_AND_YEAR_ALONE = lazy_compile(
    rf"^(?:{_VANCOUVER_NAME},\s)*{_VANCOUVER_NAME}(?:,\set\sal)?\.\s(?:1[5-9]|20)\d\d[a-z]?\.$"
)
# Or APA's, the year in brackets ('Aberman, J., Ward, S., & Salamone, J.' + '(1998).' + 'Effects of dopamine …', a
# justified line pdftotext gave a piece a line).
_APA_NAMES_AND_YEAR_ALONE = lazy_compile(_NAMES_AND_YEAR + "$")


def _title_read_as_a_reference(lines: list[Line], labels: list[str]) -> None:
    """'… Hillman-Jackson J, Von' + 'Kuster G, Rasche E, …, Goecks J. 2016.' + 'The Galaxy platform for accessible,
    reproducible and collaborative biomedical analyses: 2016 update. …': a line read as beginning a reference after one
    that holds only its names and year goes on it; no reference ends there (the corpora's 14 such go on)."""
    for index in range(1, len(lines)):
        if labels[index] != "B" or labels[index - 1] == "O" or list_number(lines[index].text) is not None:
            continue
        start = _reference_begun(labels, index - 1, _SPREAD_LINES_AT_MOST - 1)
        so_far = " ".join(line.text for line in lines[start:index])
        if _names_and_year_alone(so_far):
            labels[index] = "I"


def _reference_begun(labels: list[str], index: int, lines_at_most: int = _LEFT_OUT_AT_MOST) -> int:
    """The line the reference the line at index is part of began on (the line read as beginning it, looked for this
    many lines back at most)."""
    start = index
    while start > 0 and labels[start] != "B" and index - start < lines_at_most:
        start -= 1
    return start


def _marked(text: str) -> bool:
    """Whether a list's number or a bullet opens the line: a reference's start, whatever the line before it."""
    return list_number(text) is not None or BULLET.match(text) is not None


def _numbered_one_less(lines: list[Line], labels: list[str], index: int, number: int) -> bool:
    """Whether the reference the line at index is part of began with the number before: '8 Sermet-Gaudelus I, …' after
    '7 Guthmiller JJ, …' (a list's bare numbers, which list_number leaves to footnotes)."""
    before = _NUMBER_FIRST.match(lines[_reference_begun(labels, index)].text)
    return before is not None and int(before[1]) + 1 == number


def _begun_with_a_mark(lines: list[Line], labels: list[str], index: int) -> bool:
    """Whether the reference the line at index is part of began with a list's number or a bullet."""
    start = _reference_begun(labels, index)
    return list_number(lines[start].text) is not None or BULLET.match(lines[start].text) is not None


# A comma and a given name ending the line, the family name on the next: '…, Anna K. Kuhlen, Sara' + 'Bögels, Joost
# Meekes, and Martin G. Bleichner. 2020.' (Chicago's names, given first after the first), or with its initials ('…,
# Nina F.' + 'Dronkers, Robert T. Knight, …'). Each of the 52 reference lines in the corpora that end with a known
# given name after a comma goes on, and each of the 22 with its initials; a place there may end a reference
# ('…, Washington D.C.'). A given name of two joined by a hyphen is known by its first ('…, Helene Baysson,
# Maria-Eugena' + 'Zaballa, Francesco Pennacchio, et al. 2023.').
_COMMA_AND_A_WORD_AT_END = lazy_compile(
    r",\s(?:and\s)?([A-ZÀ-Þ][a-zà-ÿ]+)(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?(?:\s(?:[A-Z]\.\s?)*[A-Z]\.)?$"
)


# A line of names alone, given first or Vancouver's, each of the next after a stop: 'Zhen Zhu, Manaswini Varma, and
# Preethi Raghavan.' + '2022. MEDCON : Few-shot medical …' (ACL's; each of the corpora's 6 lines that begin with the
# year after such a line goes on, and none of the 78 that begin with a year and a stop begins a reference).
_NAME_OF_A_LINE = r"[A-ZÀ-ÖØ-Þ][\w'’-]*+\.?+(?: [A-ZÀ-ÖØ-Þ][\w'’-]*+\.?+){1,3}+"
_NAMES_ALONE = lazy_compile(rf"^(?:{_NAME_OF_A_LINE}, )*(?:{_NAME_OF_A_LINE},? and )?{_NAME_OF_A_LINE}(?<=\.)$")


def _names_joined(text: str) -> bool:
    """Whether a line of names holds two or more: a comma or 'and' between them (one name alone may be a place's)."""
    return ", " in text or " and " in text


def _names_alone_first(before: str, text: str) -> bool:
    """Whether a reference's first line holds its names alone, two or more, the title to come on the next line, which
    begins as no reference does ('Manish Sharma, Sohamkumar Patel, and U Rajendra Acharya.' + a column's break +
    'Automated detection of abnormal eeg signals …'): each of the corpora's 6 references that begin so goes on under
    it (a name alone may be a place's or a body's: '… London: St.' + 'Bartholomew's Hospital.' + 'Bourne, Geoffrey
    (1963). …')."""
    return (
        _NAMES_ALONE.match(before) is not None
        and _names_joined(before)
        and not _marked(text)
        and not _begins_as_a_reference(text)
    )


# A family name and its comma first on a line: 'Sidow, Ziming Weng, et al. 2016.', 'Nikolsky, and Marina …'.
_FAMILY_NAME_AND_COMMA_FIRST = lazy_compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?, ")


def _ends_with_a_given_name(text: str, following: str = "") -> bool:
    """The line ends with a given name after a comma, known as one, or not known (the lexicon lacks 'Arend') with a
    family name and its comma first on the next line ('…, Noah Spies, Arend' + 'Sidow, Ziming Weng, et al. 2016.'):
    the corpora's 42 lines so after a reference's line all go on."""
    found = _COMMA_AND_A_WORD_AT_END.search(text)
    if found is None or is_place(found[1]):
        return False
    return bool(given_name_kind(found[1])) or _FAMILY_NAME_AND_COMMA_FIRST.match(following) is not None


def _quoted_title_left_open(lines: list[Line], labels: list[str], index: int) -> bool:
    """Whether the reference the line at index is part of has opened a title's quotes and not closed them: a page's
    title with GitHub's middle dot broken before it ('[116] facebookexperimental. “MIRAI/examples at main ·
    facebookexperimental/MIRAI' + '· GitHub.” (Jan. 8, 2023), [Online]. …') goes on, the dot no bullet. (Only the
    middle dot: a German list's bullets, '• Jann, Werner (2005): …', follow references whose '„…“' may stay open,
    'Enquete-Kommission „Zukunft …“ (2002): „Bericht der Enquete-Kommission „Zukunft …“ …', EXCITE's dev half.)"""
    start = _reference_begun(labels, index)
    so_far = " ".join(line.text for line in lines[start : index + 1])
    if "„" in so_far:  # German quotes: '„…“', the English opening quote the closing one
        return so_far.count("„") > so_far.count("“")
    return so_far.count("“") > so_far.count("”")


# An English opening quote after a space or a bracket, then a word at once ('‘Features', not German's apostrophe in
# 'China‘s' nor a name's in 'Nolte-‘t Hoen'), and no closing quote (nor an apostrophe, nor a plain quote mark) after
# it to the end.
_ENGLISH_QUOTE_LEFT_OPEN = lazy_compile(r"(?:^|(?<=[\s(\[]))[‘“](?=\w)[^’”‘“\"']*+$")


def _title_quote_left_open(lines: list[Line], labels: list[str], index: int) -> bool:
    """Whether the reference the line at index is part of opened a title's English quotes before a word and has not
    closed them: '… (2020). ‘Features of 20'. The reference's only opening quote (not '… review, “Human Factors, …',
    a closing quote mistyped as an opening one), opened on that line or the one before (a title broken over a line's
    end, not a quote never closed drawing in the references after it), and not where German quotes stand ('„…“',
    '‚…‘'), whose closing marks are English opening ones ('Räume“', 'The Role of ‚Europe‘ in')."""
    start = _reference_begun(labels, index)
    so_far = " ".join(line.text for line in lines[start : index + 1])
    near = " ".join(line.text for line in lines[max(start, index - 1) : index + 1])
    return (
        so_far.count("“") + so_far.count("‘") == 1
        and "„" not in so_far
        and "‚" not in so_far
        and _ENGLISH_QUOTE_LEFT_OPEN.search(near) is not None
    )


def _lines_that_go_on(lines: list[Line], labels: list[str]) -> None:
    """A line that names a chapter's book ('In E. T. Higgins, M. P. Zanna, & C. P. Herman') goes on
    the reference before it, though it begins with names as the next reference would; so does a
    line after one that stops where no reference ends ('in: Orth, Barbara/Schwietring, Thomas/Weiss,'
    + 'Johannes (Hg.), …', '(1907–' + '1914)«, in: …'), unless it carries a list's number:
    in the training corpora 150 lines after such a line begin with names and at once the year, and
    one of them begins a reference. A line that begins with a year after one that ended no reference
    goes on too: none of the 56 such lines in the corpora begins one; and one after a line that ends with a given
    name ('…, Sara' + 'Bögels, Joost Meekes, …'), its family name; and one after a line that ends with a capitalised
    word and its hyphen ('…, Burth, P., Castro-' + 'Faria, M. V., & Castro-Faria-Neto, H. C. (2015). …', a
    double-barrelled name broken): the corpora's 73 such lines in capitals after a reference's line all go on (after a
    word in lower case, 'goal-' + 'Markowitz, H. (1952). …', it is most often another column's line). So does the rest
    of a link cut where none ends ('http:' + '//linkinghub…'), a link alone ('Neuron. 2014 7; 83(1):189–201.' +
    'http://www.pubmedcentral.nih.gov/…'), and a line that begins with Vancouver's date and volume ('2009 12; 4(12):
    e8339. …'). So does a line under a reference's quoted title that was opened and not closed ('… (2020). ‘Features
    of 20' + '133 UK patients in hospital with covid-19 …’. BMJ. …', a figure broken off), unless it begins with a
    list's number, a key or a bullet: the corpora's 390 such lines all go on (a quote a reference never closed is
    followed by '[39] M. Tada …', the next reference's number)."""
    for index in range(1, len(lines)):
        if labels[index] != "B" or labels[index - 1] == "O":
            continue
        text, before = lines[index].text, lines[index - 1].text.rstrip()
        if (number := list_number(text)) is not None and _numbered_one_less(lines, labels, index - 1, number):
            continue  # the list's next number, which reads as a year from 1500 ('1500. Open collaborative …')
        if (
            _IN_THE_BOOK.match(text)
            or (
                _GOES_ON.search(before)
                and (list_number(text) or 1000) >= 1000  # a list's number, not a year's '1914)'
                and not BULLET.match(text)
            )
            # A year first after no reference's end: '… Einfluss der TV-Konfrontationen' + '2002. In: …'.
            or (_YEAR_FIRST_LINE.match(text) and (not _ENDS_A_REFERENCE.search(before) or _NAMES_ALONE.match(before)))
            or (_YEAR_FIRST.match(text) and _ends_on_a_day(before))
            or (labels[index - 1] == "B" and _names_alone_first(before, text))
            or _no_reference_begins_so(text)
            or _imprint_alone(text)
            or (_LINK_BROKEN_OFF.search(before) and _LINKS_REST.match(text) and list_number(text) is None)
            or (_link_cut_where_none_ends(before) and (text.startswith("//") or before[-1] != ":"))
            or _DATE_AND_VOLUME_FIRST.match(text)
            or (_LINK_ALONE_LINE.match(text) and not _LINK_ALONE_LINE.match(before))
            or (_AVAILABILITY_AT_END.search(before) and not _marked(text))
            or (_ends_with_a_given_name(before, text) and not _marked(text))
            or (_LOWER_CASE_WORD_AT_END.search(before) and text[:1].islower() and not _PARTICLE_FIRST.match(text))
            or (_NAME_AND_SEMICOLON_AT_END.search(before) and not _marked(text))
            or (_begins_with_a_date(text) and before[-1:].isdigit())
            or (_PAGES_MARK_AT_END.search(before) and _PAGES_FIRST.match(text) and list_number(text) is None)
            or (_JOURNAL_AND_VOLUME_FIRST.match(text) and _journal_still_to_come(lines, labels, index - 1))
            or _ABBREVIATED_JOURNAL_AND_ISSUE_FIRST.match(text)
            or _JOURNAL_VOLUME_AND_PAGES_FIRST.match(text)
            or (_INITIALS_THEN_A_NAME_FIRST.match(text) and _CAPITALISED_WORD_AT_END.search(before))
            or (_NAME_BROKEN_OFF.search(before) and not _marked(text))
            or (text.startswith("· ") and _quoted_title_left_open(lines, labels, index - 1))
            or (not _marked(text) and not text.startswith("[") and _title_quote_left_open(lines, labels, index - 1))
        ):
            labels[index] = "I"


_TRAILER_AT_MOST = 40  # characters of a page's trailer line ('Back to top', 'Download references')


def _page_trailer(lines: list[Line], labels: list[str]) -> None:
    """A publisher's page copied whole: after its list, a line of the page's own ('Back to top', 'Cite this
    article') and the page's links after it ('Previous', 'Next', 'Posted March 24, 2025.', 'Download PDF')
    are no reference, nor part of the last one. (No line of the training corpora is such a line.)"""
    for index, line in enumerate(lines):
        if len(line.text) < _TRAILER_AT_MOST and is_page_trailer(line.text):
            labels[index] = "O"
            following = index + 1
            while following < len(labels) and labels[following] == "I":
                labels[following] = "O"
                following += 1


# A line holding only an identifier: '[PubMed: 9681850]', 'PMID: 9681850', 'doi:10.1038/nrd.2016.230'.
_IDENTIFIER_LINE = lazy_compile(
    r"\[?(?:PubMed(?:\s*ID)?|PMID|PMCID|doi)\s*:?\s*(?:10\.\d{4,9}/\S+|PMC\d+|\d+)\]?\.?", re.I
)


def _identifier_after_the_reference(lines: list[Line], labels: list[str]) -> None:
    """A reference's identifier on a line of its own, the last before a page's foot ('… J Intern Med. 1998;
    243:505–508.' + '[PubMed: 9681850]' + 'Nat Rev Drug Discov. Author manuscript; …', Europe PMC's author
    manuscripts), read as no reference or as one of its own: the reference's last line."""
    for index in range(1, len(labels)):
        if labels[index] != "I" and labels[index - 1] != "O" and _IDENTIFIER_LINE.fullmatch(lines[index].text):
            labels[index] = "I"


# A word a line's end broke with a hyphen ('… an der Freien Universität Ber-', '…/pdf/how-'), and the line that goes on
# with its rest in small letters ('lin, Fachbereich …', 'to10mwcz.pdf').
_WORD_BROKEN_OFF = lazy_compile(r"[^\W\d_]-$")
_PLAIN_WORD_AT_END = lazy_compile(r"(?<!\S)[^\W\d_]+$")  # 'Fifteenth', not a link's 'auswertung.pdf'
_NAME_BROKEN_OFF = lazy_compile(r"(?<![^\W\d_])[A-ZÀ-Þ][^\W\d_]*-$")  # 'Castro-', 'Shinn-', 'LAT-'
_WORDS_REST = lazy_compile(r"[a-zß-ÿ]")


# A journal's volume, issue and pages beginning a line ('4(33):1143.', '31: 374–378.'): after a line that ended on a
# word with no stop (the journal's name), each of the corpora's 140 such lines goes on; the list's last one, a page's
# number under it, was read as none ('… Journal of Open Source Software' + '4(33):1143.' + '13').
_YEAR_AND_STOP_ALONE = lazy_compile(r"^(?:1[5-9]|20)\d\d[a-z]?\.$")
# A place and its colon, the publisher on the next line ('… architecture. Boston:' + 'Addison- Wesley, 2002.'): after
# a reference's line that ends so, the corpora's next line goes on 53 times of 54.
_PLACE_AND_COLON_AT_END = lazy_compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]+:$")
_VOLUME_ISSUE_PAGES_FIRST = lazy_compile(r"^\d{1,4}\s?(?:\(\d{1,4}(?:[-–]\d{1,4})?\))?\s?:\s?[A-Za-z]?\d")


_LOWER_CASE_WORD_AT_END = lazy_compile(r"\s[a-z]{2,}$")


# Where a reference is found, or when it was read, first on a line: 'Disponível em: https://…', 'Available at:',
# 'Online verfügbar unter', 'Retrieved from', 'DOI:', 'URL'; and biblatex's other labelled fields ('eprint: https : / /
# onlinelibrary …', 'issn: 1573-4943.', 'ISBN 978-…'). No reference begins so: the corpora's 85 such lines after a
# reference's line go on (none begins with the three biblatex labels).
# Where the work is found: 'Available from', 'Disponível em', 'verfügbar unter', 'Retrieved from', ….
_WHERE_FOUND = (
    r"Dispon[ií]vel\s+em|Dispon[ií]ble\s+(?:en|sur)|Available\s+(?:at|from|online)|verf[üu]gbar\s+unter"
    r"|Retrieved\s+from|Recuperado\s+de"
)
_AVAILABILITY_FIRST = lazy_compile(
    rf"^(?:{_WHERE_FOUND}|Online\s+verf[üu]gbar\s+unter|Acesso\s+em|Consult[ée]\s+le|Abgerufen\s+am|URL|DOI|eprint"
    r"|ISSN|ISBN)\b"
    # or its first word alone, a justified line pdftotext gave a word a line: NLM's '… 1];136(16):1803–12.' +
    # 'Available' + 'from:' + 'https://…'
    r"|^(?:Available|Dispon[ií]vel|Dispon[ií]ble)$"
    # or IEEE's medium in its brackets before the link: '… DOI: 10.48550/ARXIV.2104.01959.' + '[Online]. Available:
    # https://…' (each of the corpora's 4 such lines goes on; the model read one as a list's number)
    r"|^\[(?:Online|En\s+l[ií]nea|Internet)\]",
    re.IGNORECASE,
)
# The pages' mark at a line's end, no count of pages before it ('… Brazilian Journal of Development, v. 9, n. 2, p.' +
# '12000-12015, 2023.'; not '…, 335 pp.'), and the pages first on the next line: the corpora's 13 such lines go on.
_PAGES_MARK = r"(?:p|pp|S|pág|págs)\."  # the pages' mark: 'p.', 'pp.', German 'S.', Spanish 'pág.'
_PAGES_MARK_AT_END = lazy_compile(rf"(?:^|[,(]|[^\d\s]\s){_PAGES_MARK}$")
_PAGES_FIRST = lazy_compile(r"^(?:\d{1,6}|[ivxlc]{1,8})(?:\s?[-–]\s?(?:\d{1,6}|[ivxlc]{1,8}))?\b")
# A journal's name word by word (each capitalised or a linking word), its comma, then no year.
_JOURNAL_FIRST_WORD = r"^[A-Z][a-z]+"
_JOURNAL_NEXT_WORD = r"\s(?:[A-Z][a-z]+|of|and|&|in|the|for)"
_COMMA_THEN_NO_YEAR = r",\s(?!(?:1[5-9]|20)\d\d\b)"
# A journal's name of two words or more, its comma and its volume first on a line: '… Woolley and Fishbach (2019).' +
# 'Psychological Science, 0956797620939532. https://…'. The corpora's 77 such lines after a reference's line go on;
# not a body and its year, as Harvard's lists begin one ('European Commission, 2001. …').
_JOURNAL_AND_VOLUME_FIRST = lazy_compile(
    rf"{_JOURNAL_FIRST_WORD}(?:{_JOURNAL_NEXT_WORD})+{_COMMA_THEN_NO_YEAR}\d{{1,20}}(?:\(\d{{1,4}}\))?(?:[,.]|$)"
)
# A family name ending a line and its initials first on the next, Vancouver's names running on: '… Schlaggar BL, Smith'
# + 'SM, Snyder AZ, Xu J, …, WU-Minn HCP Consortium (2012) The' (Springer's list). Each of the corpora's 28 lines that
# begin with initials, a comma and a name with its initials after a line that ends with a capitalised word goes on.
_INITIALS_THEN_A_NAME_FIRST = lazy_compile(r"^[A-Z]{1,3},\s[A-ZÀ-Þ][\w'’-]*+\s[A-Z]{1,3}[,.]")
_CAPITALISED_WORD_AT_END = lazy_compile(r"(?<![\w'’-])[A-ZÀ-Þ][a-zà-ÿ'’-]++$")
# A journal's name, its comma, its volume (and issue) and a colon before the pages first on a line, as BibTeX's plain
# and abbrv styles print them: '[1] Julianne Cook Botelho, … Per- and' + 'polyfluoroalkyl substances …: Nhanes
# 1999–march 2020.' + 'Environmental Research, 270:120916, 2025. doi: …'. Each of the corpora's 39 such lines after a
# reference's line goes on (a body and its year begin one: 'European Commission, 2001. …').
_JOURNAL_VOLUME_AND_PAGES_FIRST = lazy_compile(
    rf"{_JOURNAL_FIRST_WORD}(?:{_JOURNAL_NEXT_WORD})*+{_COMMA_THEN_NO_YEAR}\d{{1,6}}"
    r"(?:\(\d{1,4}(?:[-–]\d{1,4})?\))?:\s?[A-Za-z]?\d"
)
# A journal's name in abbreviated words, its volume and its issue first on a line: '… techniques and their potential
# to' + 'inform mitigation strategies … diseases’.' + 'J. R. Soc. Interface. 12 (106). doi: …', whose initials read as a
# name's. The corpora's 45 such lines after a reference's line all go on (not a year in the brackets: a physics
# list's second work, 'Astropart. Phys. 22 (2005) 339.', begins one).
_ABBREVIATED_JOURNAL_AND_ISSUE_FIRST = lazy_compile(
    r"^(?:[A-Z][A-Za-z]{0,12}\.\s){1,6}(?:[A-Z][A-Za-z]{1,15}\.?\s)?\d{1,4}\s?\((?!(?:1[5-9]|20)\d\d\))\d{1,4}\)"
)
_APA_YEAR = lazy_compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)\.\s")


def _journal_still_to_come(lines: list[Line], labels: list[str], index: int) -> bool:
    """Whether the reference the line at index is part of has APA's names and year and only its title after them."""
    start = _reference_begun(labels, index, _FURNITURE_INSIDE_AT_MOST)
    so_far = " ".join(line.text for line in lines[start : index + 1])
    year = _APA_YEAR.search(so_far)
    return year is not None and ". " not in so_far[year.end() :]


# ABNT's mark for no place or no publisher first on a line: 'ALCÁNTARA, M. et al. Elections in Latin America 2009–2011:
# a comparative analysis.' + '[S.l.], 2012.'
_NO_PLACE_FIRST = lazy_compile(r"^\[(?:S\.\s?l\.|s\.\s?n\.)\]", re.IGNORECASE)


# NLM's date of citing first on a line, or after the year: '2012' + '[cited 2022 Jun 1];4:1–5.' (the corpora's one
# such line goes on).
_CITED_FIRST = lazy_compile(
    r"^(?:(?:1[5-9]|20)\d\d(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?\s)?\[(?:cited|citado|consulté|zitiert|accessed)\b",
    re.IGNORECASE,
)
# Where the work is found, the line broken after it: '… Available from:' + 'https://pubmed.ncbi.nlm.nih.gov/…/'
# (each of the corpora's 37 lines after one that ends so goes on).
_AVAILABILITY_AT_END = lazy_compile(rf"\b(?:{_WHERE_FOUND}|URL|doi):?$", re.IGNORECASE)


# arXiv's subject class in its brackets first on a line: '… In: arXiv:2001.06448' + '[cs, stat] (Jan. 2021). …'
# (Zotero's biblatex), '…, arXiv:0802.3785' + '[hep-ph].', '[hep-ph/0205014].' (each of the corpora's 14 such lines
# goes on).
_ARXIV_CLASS_FIRST = lazy_compile(
    r"^\[(?:cs|stat|math|math-ph|q-bio|q-fin|physics|eess|econ|astro-ph|cond-mat|quant-ph|gr-qc|nlin|nucl-(?:ex|th)"
    r"|hep-(?:ph|th|ex|lat))(?:\.[A-Za-z-]{2,})?[],/]"
)


# A journal's words, then the year, the volume and the pages, first on a line: MDPI's '… in China. Int. J. Environ.' +
# 'Res. Public Health 2020, 17, 1729. [CrossRef]', '… PLOS' + 'One 2011;6(5):1-16.' (each of the corpora's 122 such
# lines goes on).
_JOURNAL_YEAR_VOLUME_PAGES_FIRST = lazy_compile(
    r"^(?:[A-Z][A-Za-z&-]*\.?\s){1,6}(?:1[5-9]|20)\d\d[a-z]?[,;]\s?\d{1,5}(?:\s?\(\d{1,5}\))?[,:]\s?[\dA-Za-z–-]{1,12}"
)


def _no_reference_begins_so(text: str) -> bool:
    """Where the work is found or when it was read ('Disponível em: …', '[cited 2022 Jun 1]'), ABNT's '[S.l.]',
    arXiv's subject class, or a journal's words before its year, volume and pages, first on a line."""
    return bool(
        _AVAILABILITY_FIRST.match(text)
        or _NO_PLACE_FIRST.match(text)
        or _CITED_FIRST.match(text)
        or _ARXIV_CLASS_FIRST.match(text)
        or _JOURNAL_YEAR_VOLUME_PAGES_FIRST.match(text)
    )


# A day and a month's name at a line's end, the year on the next: ABNT's 'Brasília, DF: Presidência da República,
# 18 jun.' + '1986. Disponível em: …'.
_DAY_AND_MONTH_AT_END = lazy_compile(r"\b[0-3]?\d\s([^\W\d_]{3,9})\.?$")


def _ends_on_a_day(text: str) -> bool:
    found = _DAY_AND_MONTH_AT_END.search(text)
    return found is not None and found[1].casefold() in MONTHS


# A month's name and a day or a year first on a line, after a line that ended on a day: '… Buenos Aires, Argentina,
# 14-17' + 'October 2019: The International Colour Association, …'. No reference begins so: the corpora's 8 lines
# that begin so after a reference's line go on.
_MONTH_FIRST = lazy_compile(r"^([^\W\d_]{3,9})\.?\s(?:[0-3]?\d|(?:1[5-9]|20)\d\d)(?!\d)")


def _begins_with_a_date(text: str) -> bool:
    found = _MONTH_FIRST.match(text)
    return found is not None and found[1].casefold() in MONTHS


# A name inverted and the semicolon before the next ('…; Shrivastava, Vidhan; R, Mahesh T.;' + 'Madhuri G, Sindhu
# (2022): …', Citavi's German lists): the corpora's 167 lines after one go on. (From a word's start only: tried
# inside a long word, it took time growing with its square.)
_NAME_AND_SEMICOLON_AT_END = lazy_compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*+,\s[A-ZÀ-Þ][\w.'’ -]{0,40};$")
# A word: not a letter alone, a margin's word up the page; but a conjunction of one letter before a word ('y otras
# demencias. México, 2014.', a Spanish thesis's reference's second line: the corpora's 23 such lines all go on).
_LOWER_CASE_WORD_FIRST = lazy_compile(r"^(?:[a-zß-öø-ÿ]{2}|[yeoaui] [a-zß-öø-ÿ])")
_SUB_ITEM_FIRST = lazy_compile(r"^[a-z] ?\)")  # a chemistry reference's second work: 'b) M. Zhang, S. Lin, …'
_PARTICLE_FIRST = lazy_compile(r"^(?:" + "|".join(sorted(PARTICLES)) + r")\s[A-ZÀ-Þ]")  # 'van Es D, …'


def _number_alone(text: str) -> bool:
    marker = _MARKER.match(text)
    return marker is not None and marker.end() == len(text)


def _may_go_on_a_number_alone(text: str) -> bool:
    """Whether a line may be the text of a list's number alone on the line before it: no page's number, heading or
    list's number of its own."""
    return not _PAGE_NUMBER_LINE.match(text) and list_number(text) is None and not _is_heading(text)


# A word in lower case first on a line, followed by a space or the line's end: not a name in small capitals a PDF lost
# ('steinführer, A.') nor German's same author ('ders.'), which a comma or a stop follows.
_LOWER_CASE_WORD_THEN_SPACE = lazy_compile(r"^(?P<word>[a-zß-öø-ÿ]{3,})(?=\s|$)")


def _lower_case_word_first(text: str) -> bool:
    """A word in lower case first, then a space, no particle before a name ('van Dijk')."""
    word = _LOWER_CASE_WORD_THEN_SPACE.match(text)
    return word is not None and word["word"] not in PARTICLES


def _lower_case_lines_read_as_beginning(lines: list[Line], labels: list[str]) -> None:
    """A line that begins with a word in lower case, read as beginning a reference right after a reference's line
    that ends with no full stop, goes on it: '… The Journal of Trauma. 2007 Dec;63(6):1338-1346;' + 'discussion
    1346-1347.' (NLM's note of the discussion printed after an article, a -layout list) was a reference of its own,
    told as unreadable. Of the corpora's 5,220 such lines, 5,211 go on (the others a link alone and a few their
    labels begin by mistake); a particle before a name ('van Dijk') begins one. After a full stop a body's name in
    lower case may begin one ('… 12. November 2004.' + 'ift (Freizeit und Tourismusberatung): …', EXCITE's)."""
    for index in range(1, len(labels)):
        if labels[index] != "B" or labels[index - 1] == "O" or lines[index - 1].text.rstrip().endswith("."):
            continue
        if _lower_case_word_first(lines[index].text):
            labels[index] = "I"


def _references_after_a_references_line_read_as_none(lines: list[Line], labels: list[str]) -> None:
    """A line that begins as a reference does, read as none right after a reference's line (a page's number or a
    manuscript's line number between), begins one, and its lines under it go on: the list's last references after a
    page break were lost ('… doi: 10.1016/j.cels.2018.10.007.' + '323' + 'Wickham H. ggplot2: Elegant Graphics …' +
    'doi: 10.1007/…' + '324' + 'Wilke CO, cowplot: …', a bioRxiv preprint). Of the corpora's 3,354 lines that begin
    as a reference does right after a reference's line, page numbers between or not, 2,653 begin one, 701 go on and
    none is no reference; the model read none of them as none. So does any line read as none after a page's number
    (and the list's heading as the page's running head) under a reference's line that ended with its full stop, the
    line after it read as going on ('… QLoRA: Efficient Finetuning of Quantized LLMs. 2023.' + 'Referências' + '57' +
    'DEVLIN, J. et al. BERT: pre-training of …' + 'language understanding. CoRR, …', ABNT's names and no year on the
    line): the corpora's 56 such lines all begin one."""
    for index in range(1, len(labels)):
        if labels[index] != "O":
            continue
        before = index - 1
        while (
            before > 0
            and labels[before] == "O"
            and (_PAGE_NUMBER_LINE.match(lines[before].text) or is_reference_heading(lines[before].text))
        ):
            before -= 1  # a page's number, and the list's heading as its running head ('Referências' + '57')
        # (The labels first: most lines read as none follow none, and the patterns cost a whole paper's body.)
        if labels[before] == "O":
            continue
        after_a_page_break = (
            before < index - 1
            and index + 1 < len(labels)
            and labels[index + 1] == "I"
            and lines[before].text.rstrip().endswith(".")
        )
        if not after_a_page_break and not _begins_as_a_reference(lines[index].text):
            continue
        labels[index] = "B"
        _lines_read_as_none_under_it_go_on(lines, labels, index + 1, lambda at: _begins_as_a_reference(lines[at].text))


def _nlm_references_read_as_none(lines: list[Line], labels: list[str]) -> None:
    """Lines read as none in a reference list's runs, as an NLM list in a thesis gives them ('… Available from:
    https://europepmc.org/article/med/30683310' + 'González RA, Tejera Hernández B, Ocampo PH. Proteínas de unión con
    ARN,' + … + 'Zhang B, Babu KR, …': lost without a word), read from the first on, each as the one before now reads:

    - a line that begins with Vancouver's names, right after a reference's line that ends with its link or DOI,
      begins a reference. Such names with no year on their line begin no reference the patterns of
      _begins_as_a_reference know (after a line that ends with a stop, the corpora's such lines mostly go on: a name
      list broken over two lines); after a link or a DOI, the corpora's all begin one (_link_or_doi_at_end);
    - a line in lower case under a page's number (and a running head), after a reference's line that ended on a word
      in lower case, goes on ('… splicing in both' + '46' + 'Capítulo 7' + 'normal and cancer tissues. Mol Cell Biol
      [Internet]. 2013 Jan 15 …'): on one page, such a line goes on 2,443 times of the corpora's 2,451
      (_lines_read_as_none_that_go_on). Its year on it or the next line tells the reference's rest from a paper's
      body after the list's last reference and a page's number (a paragraph is no reference's rest: the corpora's
      lists set inside documents, with no year there, were taken into their last reference).

    The lines under either go on, up to the next reference's."""
    for index in range(2, len(labels)):
        if labels[index] != "O":
            continue
        # (The labels first: most lines read as none follow none.)
        if labels[index - 1] != "O" and _vancouver_after_a_link(lines, index):
            labels[index] = "B"
        elif (
            _LOWER_CASE_WORD_FIRST.match(lines[index].text)
            and _after_a_page_break_mid_phrase(lines, labels, index)
            and any(_YEAR.search(lines[at].text) for at in range(index, min(index + 2, len(lines))))
        ):
            labels[index] = "I"
        else:
            continue
        # up to a line that begins another as a reference does, or with Vancouver's names after a link
        _lines_read_as_none_under_it_go_on(
            lines,
            labels,
            index + 1,
            lambda at: _begins_as_a_reference(lines[at].text) or _vancouver_after_a_link(lines, at),
        )


def _words_a_line_read_as_none_inside_a_reference(lines: list[Line], labels: list[str]) -> None:
    """A justified line pdftotext gave a word a line, blank lines between ('18. Türei D, …: guidelines and gateway for'
    + 'literature-curated' + 'signaling' + 'pathway' + 'resources.' + 'Nat' + 'Methods.' + 'diciembre' + 'de' +
    '2016;13(12):966-7.', Word's justified NLM list): the model read its words as none after the reference's lines,
    and the reference lost its journal. Such a run goes on the reference above it: before a line read as going on,
    three lines of one word or more, most of them no number, or words in lower case ('… [citado 29 de agosto de' +
    '2024].' + 'Disponible' + 'en:' + 'https://…'); before the next reference, three or more, each after a blank
    line, the last ending as a reference does, with a full stop or a link ('[10] National' + 'Library' + … + 'DNA?' +
    '[https://medlineplus.gov/…/dna/]', LaTeX's justified line). (A page's number and running head between a
    reference's lines hold a line of words, or a number and a capitalised word.)"""
    index = 1
    while index < len(labels):
        if labels[index] != "O" or labels[index - 1] == "O":
            index += 1
            continue
        end = index
        while end < len(labels) and labels[end] == "O" and " " not in lines[end].text:
            end += 1
        run = [lines[at] for at in range(index, end)]
        words = 2 * sum(not line.text.isdigit() for line in run) > len(run)
        if end < len(labels) and (
            (
                labels[end] == "I"
                and ((len(run) >= _WORDS_A_LINE_AT_LEAST and words) or all(line.text[:1].islower() for line in run))
            )
            or (
                labels[end] == "B"
                and len(run) >= _WORDS_A_LINE_AT_LEAST
                and words
                and all(line.blank_before for line in run)
                # its link alone in its brackets or not: '[https://medlineplus.gov/…/dna/]'
                and (run[-1].text.endswith(".") or _LINK_ALONE_LINE.match(run[-1].text.strip("[]<>()")) is not None)
            )
        ):
            labels[index:end] = ["I"] * len(run)
        index = end + 1


def _after_a_page_break_mid_phrase(lines: list[Line], labels: list[str], index: int) -> bool:
    number = index - 1 if not _is_heading(lines[index - 1].text) else index - 2  # under a running head
    return (
        number >= 1
        and labels[number] == "O"
        and labels[number - 1] != "O"
        and bool(_PAGE_NUMBER_LINE.match(lines[number].text))
        and bool(_LOWER_CASE_WORD_AT_END.search(lines[number - 1].text.rstrip()))
    )


def _vancouver_after_a_link(lines: list[Line], index: int) -> bool:
    return bool(_VANCOUVER_NAMES_FIRST.match(lines[index].text) and _link_or_doi_at_end(lines[index - 1].text))


def _lines_read_as_none_under_it_go_on(
    lines: list[Line], labels: list[str], following: int, begins_another: Callable[[int], object]
) -> None:
    """The lines read as none under a reference's first line go on it, up to a blank line, a page's number, a heading
    (a line that ends with a link is none: 'Available from: /pmc/articles/PMC4052765/') or a line that begins another
    (begins_another, asked of its index)."""
    while (
        following < len(labels)
        and labels[following] == "O"
        and not lines[following].blank_before
        and not _PAGE_NUMBER_LINE.match(lines[following].text)
        and not (_is_heading(lines[following].text) and not _link_or_doi_at_end(lines[following].text))
        and not begins_another(following)
    ):
        labels[following] = "I"
        following += 1


def _begins_as_a_reference(text: str) -> bool:
    """Names and a year ('WorldPop (2021). Top-down …'), or Vancouver's family name and initials with a year later on
    the line ('Wickham H. ggplot2: … New York; 2009.'); no page's number, nor an appendix's heading ('Anhang B:
    Fragebogen zum Regionalen Flächennutzungsplan, 2008')."""
    return (
        not _PAGE_NUMBER_LINE.match(text)
        and not _APPENDIX_HEADING.match(text)
        and (starts_a_reference(text) or (_INITIALS_START.match(text) is not None and _YEAR.search(text) is not None))
    )


def _lines_read_as_none_that_go_on(lines: list[Line], labels: list[str]) -> None:
    """A reference's last line that breaks a word with a hyphen goes on into the next line, read as no reference: the
    list's last reference lost its last line ('… Wahlen und po-' + 'litische Einstellungen in westlichen Demokratien.
    Frankfurt/Main u. a.: Peter Lang. S. 149'), as a PDF's line end cuts any word. So does one that stops where no
    reference ends (a comma, an open bracket, 'of'), when the line after it is no page's number, no heading and begins
    no reference: '… SGB IX,' + 'abrufbar unter http://…', '… Der Sinn der Zeit (S.' + '161-180). Frankfurt am Main:
    Fischer.', '… Journal of' + 'Personality and Social Psychology, 82, 515–526.'; and the rest of a link the line's end
    broke after a slash ('… http://whqlibdoc.who.int/searo/1994-99/' + 'SEA_NUT_134.pdf (accessed 1995).', a page break
    after it). (A year alone, '… ( Frankfurt / New York),' + '2002', stays out: a page's number may look the same; with
    its stop it goes on after a comma, '… 112(12):3823–3828,' + '2015.' before a page's number, as the corpora's 60 such
    lines all do.) So does a line in lower case after one that ended on a word in lower case, as the list's last
    reference goes on ('… between patients, carers, clinicians' + 'and researchers to identify and prioritise' + …): of
    the corpora's 2,451 such lines after a reference's line, 2,443 go on; so does a line after a place and its colon
    ('… Boston:' + 'Addison- Wesley, 2002.': 53 of the corpora's 54); and so does a line in lower case under a
    reference's line after any word ('… (Sistema de' + 'Acompanhamento … do Estado do Amazonas)' + 'apoiada pela UML.
    2003. …'), but for a particle before a name, a sub-item's letter ('b) M. Zhang') and a letter alone (a word printed
    up the margin): the corpora's 2,677 of 2,684 such lines go on (6 of the others begin after a hyphen the labels cut
    at). So does the text under a list's number alone on its line ('[13]' + 'Narine Kokhlikyan u. a. Captum: …' before a
    page break and its heading): of the corpora's 406 numbers alone that begin a reference, 405 have their text on the
    next line. And so does a line that ends as a reference may under one that ended on a word, nothing read after it:
    the list's last line before a page's number ('… from the Sixth to the Fifteenth' + 'Centuries, Inclusive. [S. l.]:
    Palala Press, 2016. 195 p. Citado nas pp. 37–39.'); after a reference's line that ends on a word (not a link's last
    part, 'auswertung.pdf'), the corpora's next line goes on 6,181 times, begins one 335 times and is none 16 times."""
    for index in range(1, len(labels)):
        if labels[index] != "O" or labels[index - 1] == "O":
            continue
        text, before = lines[index].text, lines[index - 1].text.rstrip()
        if (
            (_WORDS_REST.match(text) and _WORD_BROKEN_OFF.search(before))
            or (_LINK_BROKEN_OFF.search(before) and _LINKS_REST.match(text) and list_number(text) is None)
            or (_VOLUME_ISSUE_PAGES_FIRST.match(text) and before[-1:].isalpha())
            or (before.endswith(",") and _YEAR_AND_STOP_ALONE.match(text))
            or (
                _PLACE_AND_COLON_AT_END.search(before)
                and not _PAGE_NUMBER_LINE.match(text)
                and not _is_heading(text)
                and list_number(text) is None
            )
            or (_LOWER_CASE_WORD_AT_END.search(before) and text[:1].islower())
            or (
                _LOWER_CASE_WORD_FIRST.match(text)
                and not lines[index].blank_before
                and not _SUB_ITEM_FIRST.match(text)
                and not _PARTICLE_FIRST.match(text)
            )
            or _no_reference_begins_so(text)
            or (labels[index - 1] == "B" and _number_alone(before) and _may_go_on_a_number_alone(text))
            or (
                _PLAIN_WORD_AT_END.search(before)
                and _ENDS_A_REFERENCE.search(text)
                and (index + 1 == len(labels) or labels[index + 1] == "O")
                and list_number(text) is None
                and not _PAGE_NUMBER_LINE.match(text)
                and not _is_heading(text)
            )
        ) or (
            _GOES_ON.search(before)
            and not _PAGE_NUMBER_LINE.match(text)
            and not _marked(text)
            and not _is_heading(text)
            and not starts_a_reference(text)
        ):
            labels[index] = "I"


# The labels of a reference's links in brackets at a line's end, as MDPI's PDFs and PubMed Central print them: '…
# Sleep Med. 2020, 70, 124. [CrossRef]', '… [DOI] [PubMed] [Google Scholar]'.
_LINK_LABELS_AT_END = lazy_compile(
    r"\[(?:CrossRef|Crossref|PubMed|Google Scholar|PMC free article|DOI|Green Version)\]$"
)


def _references_after_their_links_labels(lines: list[Line], labels: list[str]) -> None:
    """A reference whose links' labels end its line ends there: the line after it, read as going on, begins the next
    ('… Sleep Med. 2020, 70, 124. [CrossRef]' + 'Kolahchi, Z.; Domenico, M.D.; …', an MDPI paper's list with its
    numbers in a column of their own), unless it holds more labels or goes on in lower case; a journal's name, year,
    volume and page alone there is the page's foot ('Behav. Sci. 2022, 12, 398'). (The corpora hold no such line:
    their lists come from PDFs that print no labels.)"""
    for index in range(1, len(labels)):
        text = lines[index].text
        if (
            labels[index] == "I"
            and labels[index - 1] != "O"
            and _LINK_LABELS_AT_END.search(lines[index - 1].text)
            and not text.startswith("[")
            and not text[:1].islower()
        ):
            found = _JOURNAL_YEAR_VOLUME_PAGES_FIRST.match(text)
            labels[index] = "O" if found is not None and found.end() == len(text) else "B"


_LIST_NUMBER_BELOW = 1000  # a list's number: '2004.' first on a line may be a year


def _next_numbers_read_as_going_on(lines: list[Line], labels: list[str]) -> None:
    """A line that begins with the number after the one its reference began with begins the next: '[34]: https://…' +
    '[35]: https://…' (a French mémoire's web pages, read as one). Of the corpora's 3,409 such lines, 3,405 begin a
    reference (the four others their gold reads as going on, each a reference of its own). So does one read as none
    right after a reference's line ('18. https://fr.xcv.wiki/…' + '19. https://www.w3schools.com', the list's last),
    under a reference heading: none of the corpora's is none (above any heading, a body's numbered findings the model
    read as a reference would take the next finding with them)."""
    heading = _list_heading(lines, labels)
    heading = heading if heading >= 0 else len(lines)  # no heading: no line read as none is taken
    for index in range(1, len(labels)):
        if labels[index] == "B" or labels[index] == "O" and index < heading:
            continue
        if (number := list_number(lines[index].text)) is None or number >= _LIST_NUMBER_BELOW:
            continue
        if labels[index - 1] == "O":
            if labels[index] == "O" and _numbered_between_its_neighbours(lines, labels, index, number):
                labels[index] = "B"
                _going_on_to_the_page_break(lines, labels, index + 1)
            continue
        start = _reference_begun(labels, index - 1)
        if labels[start] == "B" and list_number(lines[start].text) == number - 1:
            labels[index] = "B"


_OUT_OF_PLACE_AT_MOST = 40  # lines from a reference's number to its neighbours'


def _numbers_out_of_place_read_as_beginning(lines: list[Line], labels: list[str]) -> None:
    """A line read as beginning a reference with a number that is not the list's next, between the references
    numbered one less and one more, goes on: '31. Gynmed. Verhütungsreport 2015 …. 2017 [zitiert' + (a page break) +
    '14. Jänner 2016]. Verfügbar unter: …' + '32. Bundesministerium …' (an access note's day), where the line before
    breaks off (an open bracket, a comma, a small word) and no number next to its own stands near. Each of the
    corpora's 282 such lines goes on, 114 after a line that breaks off (physics' '… Phys. Rev. D 41, 142' + '(1990).');
    a list in two columns, as pdftotext gives it, interleaves the columns' numbers, its references each ended."""
    numbered = [
        (index, number)
        for index, label in enumerate(labels)
        if label == "B" and (number := list_number(lines[index].text)) is not None
    ]
    every_number: list[int | None] | None = None  # each line's, read where first needed
    for (before, number), (index, other), (after, next_number) in zip(
        numbered, numbered[1:], numbered[2:], strict=False
    ):
        if (
            next_number == number + 1
            and other not in (number, next_number)
            and index - before <= _OUT_OF_PLACE_AT_MOST
            and after - index <= _OUT_OF_PLACE_AT_MOST
            and labels[index - 1] != "O"
            and _GOES_ON.search(lines[index - 1].text.rstrip())
        ):
            # … and no line numbered one less or one more stands near, read as anything: a list in two columns, as
            # pdftotext gives it, interleaves its columns' numbers ('[1]', '[11]', '[2]', '[12]', …)
            if every_number is None:
                every_number = [list_number(line.text) for line in lines]
            near = every_number[max(0, index - _OUT_OF_PLACE_AT_MOST) : index + _OUT_OF_PLACE_AT_MOST]
            if other - 1 not in near and other + 1 not in near:
                labels[index] = "I"


_NEIGHBOURS_AT_MOST = 6  # lines from a reference read as none to its neighbours' numbers


def _numbered_between_its_neighbours(lines: list[Line], labels: list[str], index: int, number: int) -> bool:
    """Whether a numbered line read as none, among other lines read so, stands between the references numbered one
    less and one more, each read as beginning a reference: '[11] Q. Wen et al., …' + 'A Survey," arXiv preprint' +
    '[12] R. J. Hyndman …' + 'ed., OTexts, 2018.' + '13' + 'BIBLIOGRAPHY' + '[13] G. Box, …' (the model read the
    lines before a page's number and running head as furniture too). Of the corpora's 3,214 lines numbered so between
    two such references at most 12 lines apart, 3,210 begin a reference (the other 4 their gold reads as going on)."""
    before = next((at for at in range(index - 1, max(-1, index - _NEIGHBOURS_AT_MOST), -1) if labels[at] != "O"), None)
    after = next(
        (
            at
            for at in range(index + 1, min(len(labels), index + _NEIGHBOURS_AT_MOST))
            if labels[at] == "B" and list_number(lines[at].text) is not None
        ),
        None,
    )
    if before is None or after is None:
        return False
    start = _reference_begun(labels, before)
    return (
        labels[start] == "B"
        and list_number(lines[start].text) == number - 1
        and list_number(lines[after].text) == number + 1
    )


def _going_on_to_the_page_break(lines: list[Line], labels: list[str], index: int) -> None:
    """The lines read as none after a reference's first line go on it up to a page's number or a blank line."""
    while (
        index < len(labels)
        and labels[index] == "O"
        and not lines[index].blank_before
        and not _PAGE_NUMBER_LINE.match(lines[index].text)
    ):
        labels[index] = "I"
        index += 1


def _line_after_a_page_break_inside_a_reference(lines: list[Line], labels: list[str]) -> None:
    """A reference that a page break cut mid-phrase goes on under the page's number: '… Symptom Domains in a Community
    Sample of' + '33' + 'South Korean School-Age Children. Environ Health Perspect. 2015;…' + '1289/ehp.1307420'. The
    model read the line under the number as none, the line after it as going on: the reference was kept open over the
    page's number and lost the line between, its journal and year with it. So under the number and the list's heading
    as the page's running head ('… twitter. In' + '38' + 'BIBLIOGRAFIA' + 'Proceedings of the Fifth …'), and so where
    the line, read as none or as a reference's start, stands with no number between two of a numbered list's ('[40] …
    In: 2016 IEEE' + '102' + '13th International Conference on Wearable …' + 'Networks (BSN). IEEE. 2016, pp. 71–76.'
    + '[41] …', the line before the page's number ending on no mark of its own). And so where the line under the
    number, read as beginning a reference, begins as none does: with the pages ('… Evolutionary Computation, v. 20,
    n. 2,' + '63' + 'p. 249–275, jun. 2012. …', an ABNT list's -layout text; none of the corpora's 40 lines that
    begin with the pages' mark and a number begins a reference), where the work is found ('Disponível em: https://…')
    or a word in lower case (the corpora's 6 such lines under a page's number are labelled as beginning one, each
    going on the reference above it by its words: '… Credit where credit is due: Attributional' + page number +
    'rationalization of women's success in male–female teams Journal of App…')."""
    for index in range(2, len(labels) - 1):
        if labels[index] == "I" or labels[index + 1] != "I" or labels[index - 1] != "O":
            continue
        number = index - 2 if is_reference_heading(lines[index - 1].text) else index - 1
        if (
            number >= 1
            and labels[number] == "O"
            and labels[number - 1] != "O"
            and _PAGE_NUMBER_LINE.match(lines[number].text)
            and list_number(lines[index].text) is None
            and not _is_heading(lines[index].text)
            and (
                (labels[index] == "O" and _GOES_ON.search(lines[number - 1].text.rstrip()))
                or _between_numbers(lines, labels, number - 1, index)
                or (labels[index] == "B" and _begins_as_none_does(lines[index].text))
            )
        ):
            labels[index] = "I"


_PAGES_MARK_FIRST = lazy_compile(rf"^{_PAGES_MARK}\s?\d")


def _begins_as_none_does(text: str) -> bool:
    return bool(_PAGES_MARK_FIRST.match(text) or _no_reference_begins_so(text) or _lower_case_word_first(text))


def _between_numbers(lines: list[Line], labels: list[str], before: int, index: int) -> bool:
    """Whether a line read as a reference's start, with no number, stands between a numbered reference's line (before)
    and the list's next number: '[14] Kyumin Lee, … twitter. In' + '38' + 'BIBLIOGRAFIA' + 'Proceedings of the Fifth
    …' + '[15] Gang Luo, …'."""
    start = before
    while start > 0 and labels[start] == "I":
        start -= 1
    number = list_number(lines[start].text)
    following = next((at for at in range(index + 1, len(labels)) if labels[at] == "B"), None)
    return number is not None and following is not None and list_number(lines[following].text) == number + 1


def after_labelling(lines: list[Line], labels: list[str]) -> None:
    """What is read from the whole document once each line is labelled (see the rules)."""
    _references_left_out_of_the_list(lines, labels)
    _first_reference_under_the_heading(lines, labels)
    _first_line_under_the_heading(lines, labels)
    _references_read_as_going_on(lines, labels)
    _bodies_read_as_going_on(lines, labels)
    _vancouver_names_read_as_going_on(lines, labels)
    _lines_that_go_on(lines, labels)
    _title_read_as_a_reference(lines, labels)
    _footnotes_before_the_list(lines, labels)
    _undated_text_before_the_list(lines, labels)
    _subheadings_inside_the_list(lines, labels)
    _contact_after_the_list(lines, labels)
    _page_numbers_between_references(lines, labels)
    _continuations_after_no_reference(labels)
    _labels_begin_references(lines, labels)
    _only_din_labels_begin(lines, labels)
    _far_after_the_list(lines, labels)
    _identifier_after_the_reference(lines, labels)
    _lines_read_as_none_that_go_on(lines, labels)
    _lower_case_lines_read_as_beginning(lines, labels)
    _references_after_a_references_line_read_as_none(lines, labels)
    _nlm_references_read_as_none(lines, labels)
    _line_after_a_page_break_inside_a_reference(lines, labels)
    _references_after_their_links_labels(lines, labels)
    _first_lines_read_as_none(lines, labels)
    _page_trailer(lines, labels)
    _references_begun_by_their_numbers(lines, labels)
    _next_numbers_read_as_going_on(lines, labels)
    _numbers_out_of_place_read_as_beginning(lines, labels)
    _words_a_line_read_as_none_inside_a_reference(lines, labels)
    _year_first_in_a_numbered_list(lines, labels)
    _place_and_year_read_as_beginning(lines, labels)
    _links_rest_read_as_a_number(lines, labels)
    _title_after_a_page_break_under_names_and_year(lines, labels)
    _title_under_names_and_year_read_as_none(lines, labels)
    _keys_over_their_references(lines, labels)
    _keys_begin_their_references(lines, labels)
    _hanging_lines_go_on(lines, labels)
    _source_code_read_as_references(lines, labels)


def _hanging_lines_go_on(lines: list[Line], labels: list[str]) -> None:
    """A line its list's hanging indent sets under a reference's line goes on that reference, whatever the model read
    ('ANSV. (31 de Mayo de 2025). Informe preliminar de siniestralidad fatal 2024.' + '   Recuperado el 5 de Diciembre
    de 2025, de …': the access note's date read as beginning one)."""
    for index in range(1, len(lines)):
        if lines[index].hanging and labels[index - 1] != "O":
            labels[index] = "I"


# Source code's lines, as a thesis's appendix prints its program: a brace alone ('}', '};'), a comment ('/**', '*/',
# '* @param args …', '//cores = 2;'), a statement that ends with its call or assigns ('System.out.println(" " +
# args[i]);', 'int len = os.readInt();'), a block's opening ('if (atc.atcs != null) {', '} else {'). None of the
# corpora's reference lines is one (their 11 are lines no reference's: 'Let r = 0;', a paper's algorithm).
_BRACES = lazy_compile(r"[{}]+[;)]*")
_JAVADOC_TAG = lazy_compile(r"\*\s*@\w")
# '//fraser.stlouisfed.org/docs/…', '//www.deeplearningbook.org.': a link broken after its 'http:' (or spaced)
_LINK_REST = lazy_compile(r"//[\w-]+(?:\.[\w-]+)+")
_CALL_AT_THE_END = lazy_compile(r"(?<![\w.])[A-Za-z_][\w.]*+\([^()]*+\)\s*;$")
# A method called on an object or a class: 'out.writeInt((int) this.pers_id);', 'System.err.println(ex.toString());'.
_DOTTED_CALL = lazy_compile(r"(?<![\w.])[A-Za-z_]\w*+(?:\.[A-Za-z_]\w*+)+\(")
_CODE_SHARE_AT_LEAST = 0.5


def _source_code(text: str) -> bool:
    if text[0] in "{}" and _BRACES.fullmatch(text):
        return True
    if text.startswith(("/*", "*/")) or _JAVADOC_TAG.match(text):
        return True
    if text.startswith("//"):
        return _LINK_REST.match(text) is None
    if text.endswith("{"):
        return text[:-1].rstrip().endswith((")", "else"))
    if text.endswith(";"):
        return (
            " = " in text
            or _CALL_AT_THE_END.search(text) is not None
            or (text.endswith(");") and _DOTTED_CALL.search(text) is not None)
        )
    return False


def _source_code_read_as_references(lines: list[Line], labels: list[str]) -> None:
    """A reference read half of whose lines or more are source code's is none: a thesis's appendix printed its Java
    program after the list, and the model read its lines as references (a dozen records of 'System.out.println(…);')."""
    index = 0
    while index < len(labels):
        if labels[index] == "O":
            index += 1
            continue
        end = index + 1
        while end < len(labels) and labels[end] == "I":
            end += 1
        code = sum(_source_code(lines[at].text) for at in range(index, end))
        if code and code >= _CODE_SHARE_AT_LEAST * (end - index):
            labels[index:end] = ["O"] * (end - index)
        index = end


# A citation key on a line of its own, as alpha.bst's list prints it beside its reference and pdftotext gives it
# over it: '[Kel90]' + 'Bernhard Keller. Chain complexes and stable categories. …'.
_CITATION_KEY = r"\[[A-Za-z][A-Za-z+.'-]{0,15}\d{2,4}[a-z]?\]"  # letters and a year: not '[arXiv:…]'
_KEY_ALONE = lazy_compile(rf"^{_CITATION_KEY}$")

_KEYS_AT_LEAST = 3


def _keys_over_their_references(lines: list[Line], labels: list[str]) -> None:
    """In a list of three keys or more each alone on its line, each key begins its reference and the lines under it
    go on: the model read keys and references each as beginning one, or both as none after a page's number (the
    reference under '[Kel90]' was lost but for its last line)."""
    keys = [index for index, line in enumerate(lines[:-1]) if _KEY_ALONE.match(line.text)]
    if len(keys) < _KEYS_AT_LEAST:
        return
    for index in keys:
        if _KEY_ALONE.match(lines[index + 1].text) is None:
            labels[index] = "B"
            labels[index + 1] = "I"
            # its further lines, read as none: up to a blank line, a page's number or a heading ('[Str21]' + 'Michael
            # Strauss. “How Shazam Works …”. In: (Jan.' + '2021). Zugriff: 17.08.2024. url: …' + '39')
            _lines_read_as_none_under_it_go_on(lines, labels, index + 2, lambda at: _KEY_ALONE.match(lines[at].text))


# A citation key before its reference's names on the same line, as alpha.bst prints it: '[Ska18] Wolfgang Skala.
# Drawing gantt charts …'.
_KEY_THEN_A_NAME = lazy_compile(rf"^{_CITATION_KEY}\s[A-ZÀ-ÖØ-Þ]")


def _keys_begin_their_references(lines: list[Line], labels: list[str]) -> None:
    """A line that begins with a citation key and a name, read as going on inside a reference, begins one: the model,
    which has seen few such lists, read a two-reference list's second key on (the corpora's 43 such lines each begin
    a reference)."""
    for index in range(1, len(lines)):
        if labels[index] == "I" and labels[index - 1] != "O" and _KEY_THEN_A_NAME.match(lines[index].text):
            labels[index] = "B"


# A year and its stop or comma first on a line: '2014. Available at: www.bad.org.uk/…'.
_YEAR_FIRST = lazy_compile(r"^(?:1[5-9]|20)\d\d[a-z]?[.,;:)]")
_NUMBERED_BEGINNINGS_AT_LEAST = 5
_NUMBERED_BEGINNINGS_SHARE = 0.9


def _year_first_in_a_numbered_list(lines: list[Line], labels: list[str]) -> None:
    """A line that begins with a year, read as beginning a reference in a list whose references each begin with their
    number ('12. Buckley D, Root T, Bath S. Specials recommended by …. BAD, London.' + '2014. Available at: …'): it
    goes on, as its reference would have a number of its own (the corpora's lines that begin a reference unnumbered in
    such lists, a physics list's second work after its semicolon, begin with names or a journal)."""
    begun = [index for index, label in enumerate(labels) if label == "B"]
    numbered = sum(list_number(lines[index].text) is not None for index in begun)
    if numbered < _NUMBERED_BEGINNINGS_AT_LEAST or numbered < _NUMBERED_BEGINNINGS_SHARE * len(begun):
        return
    previous = None  # the number the reference before began with
    for index in begun:
        number = list_number(lines[index].text)
        if (
            index > 0
            and labels[index - 1] != "O"
            and _YEAR_FIRST.match(lines[index].text)
            and not (number is not None and previous is not None and number == previous + 1)  # the list's 2014th
        ):
            labels[index] = "I"
            continue
        previous = number


# A known place, a comma and a year first on a line: the rest of an imprint or a meeting's ('… Conference Abstracts.' +
# 'Utrecht, 2019. Besucht am 24. Februar 2021. https://…').
_PLACE_AND_YEAR_FIRST = lazy_compile(r"^(?P<place>[^,\d]{2,40}), (?:1[5-9]|20)\d\d[a-z]?[.,;:]")


def _place_and_year_read_as_beginning(lines: list[Line], labels: list[str]) -> None:
    """A line that begins with a known place and a year, read as beginning a reference after a reference's line, goes
    on: a Chicago list's meeting abstract, its place and year after the conference's name. Each of the corpora's 16
    such lines goes on."""
    for index in range(1, len(lines)):
        if (
            labels[index] == "B"
            and labels[index - 1] != "O"
            and (found := _PLACE_AND_YEAR_FIRST.match(lines[index].text)) is not None
            and is_place(found["place"])
        ):
            labels[index] = "I"


# A link or a DOI broken after a stop, a slash or a hyphen at the line's end ('… doi: 10.1001/jamaoncol.2017.'), and
# figures alone on the next line ('3580.').
_LINK_BROKEN_AT_THE_END = lazy_compile(r"(?:https?://|doi:\s?|\b10\.\d{4,9}/)\S*[./-]$")
_FIGURES_ALONE = lazy_compile(r"\d{1,6}\.?")
_NUMBERS_OF_A_LIST_AT_LEAST = 2  # references read as begun by a number: a numbered list
_GIVEN_NAMES_FIRST = lazy_compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?: [A-Z]\.)* [A-ZÀ-Þ][a-zà-ÿ'’-]+(?:,| and )")


def _links_rest_read_as_a_number(lines: list[Line], labels: list[str]) -> None:
    """Figures alone under a link broken after its stop, read as a list's number over the next reference, in a list
    no other number begins: the link's rest ('… doi: 10.1001/jamaoncol.2017.' + '3580.' + 'Eduardo Vilar and
    Stephen B. Gruber. …', natbib's author–year list), and the line under them begins the next reference. (In the
    corpora, such figures under a link are a numbered list's next number, 12 of 16, each in a list of numbers.)"""
    found = [
        index
        for index in range(1, len(lines) - 1)
        if labels[index] != "O"
        and labels[index - 1] != "O"
        and labels[index + 1] == "I"
        and _FIGURES_ALONE.fullmatch(lines[index].text)
        and _LINK_BROKEN_AT_THE_END.search(lines[index - 1].text)
        # read as going on, the figures took the next reference with them where names begin it ('Eduardo Vilar and
        # Stephen B. Gruber. …', as -layout gives the list)
        and (
            labels[index] == "B"
            or _names_first(lines[index + 1].text)
            or _GIVEN_NAMES_FIRST.match(lines[index + 1].text)
        )
    ]
    if not found:
        return
    numbered = sum(
        label == "B" and list_number(line.text) is not None for line, label in zip(lines, labels, strict=True)
    )
    if numbered - len(found) >= _NUMBERS_OF_A_LIST_AT_LEAST:
        return
    for index in found:
        labels[index], labels[index + 1] = "I", "B"


def _names_and_year_alone(text: str) -> bool:
    """A reference's line of names and the year and nothing after them: its title is still to come."""
    return bool(_NAMES_AND_YEAR_ALONE.match(text) or _APA_NAMES_AND_YEAR_ALONE.match(text))


def _title_after_a_page_break_under_names_and_year(lines: list[Line], labels: list[str]) -> None:
    """'Genschow, O., van Den Bossche, S., …, & Brass, M. (2017).' + '58' + 'Mimicry and automatic imitation are not
    correlated. PloS One, …': the title after a page's number, under a line of names and the year alone, read as
    none; it goes on (segment joins it over the number)."""
    for index in range(2, len(lines)):
        if (
            labels[index] == "O"
            and labels[index - 1] == "O"
            and labels[index - 2] != "O"
            and _PAGE_NUMBER_LINE.match(lines[index - 1].text)
            and _names_and_year_alone(lines[index - 2].text.rstrip())
            and not starts_a_reference(lines[index].text)
        ):
            labels[index] = "I"


# A reference's first line of names given first and the year alone, ACL's: 'Yuxin Zuo, Shang Qu, Yifei Li, and 1
# others. 2025.' (its count of the names left out) + 'MedXpertQA : Benchmarking …' (the list's last, over an appendix).
_GIVEN_NAMES_AND_YEAR_ALONE = lazy_compile(
    r"^[A-ZÀ-Þ][^.()\d]*(?<=[a-zà-ÿ])(?:,?\sand\s\d{1,5}\sothers|\set\sal)?\.\s(?:1[5-9]|20)\d\d[a-z]?\.$"
)


def _title_under_names_and_year_read_as_none(lines: list[Line], labels: list[str]) -> None:
    """The lines under a reference's first line of names and the year alone, read as none in the same paragraph, go
    on it: its title is still to come (each of the corpora's 8 references that begin with such a line goes on under
    it)."""
    for index in range(1, len(lines)):
        if (
            labels[index] == "O"
            and labels[index - 1] == "B"
            and not lines[index].blank_before
            and not starts_a_reference(lines[index].text)
            and _names_joined(lines[index - 1].text)
            and _GIVEN_NAMES_AND_YEAR_ALONE.match(lines[index - 1].text)
        ):
            labels[index] = "I"
            _going_on_to_the_page_break(lines, labels, index + 1)


def _references_begun_by_their_numbers(lines: list[Line], labels: list[str]) -> None:
    """A list whose numbers stood on lines of their own, or bare before their references, counting up from under its
    heading (numbers_on_lines_of_their_own, bare_numbers_counting_up): each numbered line begins a reference, and the
    lines up to the next go on but for a page's number (the model, which knows such numbers less well than '1.' or
    '[1]', read runs of them as no reference)."""
    numbered = [index for index, line in enumerate(lines) if line.begun_by_its_number]
    for first, following in itertools.pairwise([*numbered, None]):
        labels[first] = "B"
        end = following if following is not None else _last_references_end(lines, first)
        for index in range(first + 1, end):
            if labels[index] == "O" and not _PAGE_NUMBER_LINE.match(lines[index].text):
                labels[index] = "I"
            elif labels[index] == "B":
                labels[index] = "I"


_LAST_REFERENCE_LINES_AT_MOST = 6


def _last_references_end(lines: list[Line], first: int) -> int:
    """Where the list's last reference ends: after its lines that go on from one that ended no reference ('… varies
    radially across' + 'outer-hair-cell rows,” bioRxiv (2022) https://…/2022/' + '03/04/2022.03.01.482580 doi: …'),
    before a page's number."""
    end = first + 1
    while (
        end < len(lines)
        and end - first <= _LAST_REFERENCE_LINES_AT_MOST
        and not _PAGE_NUMBER_LINE.match(lines[end].text)
        and not _ENDS_BEFORE_NAMES.search(lines[end - 1].text.rstrip())
    ):
        end += 1
    return end


@dataclass(slots=True)
class Segment:
    """One reference found: its lines, joined, and the line it starts on (1-based)."""

    text: str
    line: int
    lines: list[int]


# A line that stops mid-phrase: after a comma, a colon, '&', a slash, an open bracket, a dash or a word
# in lower case ('… In: Matthes, Joachim: Krise der'); a reference's last line ends otherwise.
_BROKEN_OFF = lazy_compile(r"(?:[,:;&/(–-]|\s[a-zß-ÿ]+)$")
_FURNITURE_INSIDE_AT_MOST = 4  # lines of a page break (number, running head) inside one reference
_ABBREVIATED_JOURNAL_AT_THE_END = lazy_compile(r"\b[A-Z][a-z]*\.\s[A-Z][a-z]{0,15}\.$")  # '… Eur. J. Appl.'


# A publisher's stamp on each page of a PDF downloaded ('Downloaded from https://academic.oup.com/cercor/article/…
# by … user on 12 January 2026', 'Downloaded from pss.sagepub.com at … on June 16, 2015'): a page's furniture, if
# only once in a list pasted alone.
_DOWNLOAD_STAMP = lazy_compile(r"^Downloaded\sfrom\s\S+\s(?:by|at)\s", re.IGNORECASE)


def lines_to_label(text: str) -> list[Line]:
    """The text's lines as the model reads them: without a page's furniture, a manuscript's line numbers and a list's
    numbers set apart from their references, which go back before them."""
    lines = _words_a_line_joined(lines_of(html.unescape(text) if "&" in text else text))
    numbering = line_numbers(lines)
    if own_lines := [index for index in numbers_on_lines_of_their_own(lines) if index not in numbering]:
        # joined first: a reference printed twice, each time beside its number, is no page's furniture beside its
        # page's number
        _numbers_joined_to_their_references(lines, own_lines)
        joined = set(own_lines)
        remaining = [index for index in range(len(lines)) if index not in joined]
        place = {index: at for at, index in enumerate(remaining)}
        numbering = {place[index] for index in numbering}
        lines = [lines[index] for index in remaining]
    taken_out = frozenset(lines[index].number for index in numbering)
    heads = running_heads(lines) | vertical_text(lines) | numbers_apart(lines, taken_out) | numbering
    heads |= {index for index, line in enumerate(lines) if _DOWNLOAD_STAMP.match(line.text)}
    if numbering:
        _close_up_around(lines, numbering)
    kept = [line for index, line in enumerate(lines) if index not in heads] if heads else lines
    for index in bare_numbers_counting_up(kept):
        kept[index].begun_by_its_number = True
    return kept


# An appendix's heading: 'A. Apéndice', 'Appendix B: Questionnaire', 'Anhang', 'Anexo 1'; and the supporting
# information a journal prints after the list ('SUPPORTING INFORMATION' + 'Additional Supporting Information may be
# found in the online version …', Wiley's).
_APPENDIX_HEADING = lazy_compile(
    r"^(?:[A-Z]\.?\s+|\d{1,2}\.?\s+)?(?:appendix|appendices|apéndices?|apendices?|anexos?|annexes?|anhang|anhänge|"
    r"apêndices?|appendice|appendici)\b(?:\s+[A-Z\d]{1,3}\b)?[.:]?(?:\s+\S+){0,8}$"
    r"|^(?:supporting|supplementary|supplemental)\s(?:information|materials?|data)[.:]?$",
    re.IGNORECASE,
)


def _appendix_heading(text: str) -> bool:
    return len(text) <= 70 and not _YEAR.search(text) and _APPENDIX_HEADING.match(text) is not None


def _decoded(lines: list[Line], model: SegmenterModel) -> list[str]:
    # Lines of spaced-out single characters are a page's furniture; they stay in as what they are, a page break the
    # labeller knows, and are never read into a reference.
    return model.decode(features(lines), tuple(index for index, line in enumerate(lines) if spaced_out(line.text)))


_LIST_UNDER_ITS_HEADING = 3  # lines from a heading to its list's first reference
_CONTEXT_LINES = 40  # lines before a list read again: twice the 20 each side its layout features count


def _labels_apart_at_appendices(text: str, lines: list[Line], model: SegmenterModel) -> list[str]:
    """Each line's label. An appendix's heading after a reference list ends it ('Referencias' + three references +
    'A. Apéndice' + 124 numbered places): the lines either side tell the model how a list is laid out, and the
    appendix's numbered lines made the three references one; the list, from its heading to the appendix, is read
    again on its own, and the appendix is no reference until a list's own heading. The heading is looked for in the
    text as given: printed again in the contents, it is taken out with a page's furniture."""
    labels = _decoded(lines, model)
    numbers = [line.number for line in lines]
    raw = text.splitlines()
    # on a line of its own, a blank line or a page's break before it: not a reference's line that begins 'Annex I …'
    appendices = [
        bisect.bisect_left(numbers, number)
        for number, line in enumerate(raw)
        if (number == 0 or not raw[number - 1].strip() or line.startswith("\f"))
        and _appendix_heading(" ".join(line.split()))
    ]
    if not appendices:
        return labels
    headings = [index for index, line in enumerate(lines) if _own_list_heading(line.text)]
    read = labels
    start = 0  # where the text not yet read again begins
    for appendix in appendices:
        before = bisect.bisect_left(headings, appendix)  # the headings before the appendix's
        heading = headings[before - 1] if before else None
        # a list under the heading, not the heading in the contents ('11 Appendix A. Figures' + '12 References')
        if (
            heading is None
            or heading < start
            or all(label == "O" for label in labels[heading + 1 : min(appendix, heading + 1 + _LIST_UNDER_ITS_HEADING)])
        ):
            continue
        if read is labels:
            read = list(labels)
        # The list from its heading to the appendix is read again, with the lines before it that its lines' layout
        # features see, and without the appendix; the body before keeps its reading.
        context = max(0, heading - _CONTEXT_LINES)
        read[heading:appendix] = _decoded(lines[context:appendix], model)[heading - context :]
        after = bisect.bisect_left(headings, appendix)
        start = headings[after] if after < len(headings) else len(lines)
        read[appendix:start] = ["O"] * (start - appendix)
        if start < len(lines):
            read[start:] = _decoded(lines[start:], model)
    return read


# A line that ends with the ampersand or 'and' before a reference's last name: the name is still to come.
_NAMES_TO_COME = lazy_compile(r"(?:,\s?&|,\sand|\s&)$")


def segment(text: str, model: SegmenterModel | None = None) -> list[Segment]:
    """The references of a text, in order: the lines labelled B start one, I lines continue it."""
    from citekit.parsing.page import DocumentWords, _join_wrapped

    lines = lines_to_label(text)
    labels = _labels_apart_at_appendices(text, lines, model or shipped_model())
    after_labelling(lines, labels)
    words = DocumentWords(text)
    found: list[Segment] = []
    current: Segment | None = None
    last = ""  # the current reference's last line
    apart = 0  # lines read as no reference since then
    paused: Segment | None = None  # the reference before them, while they are only a page's numbers
    for line, label in zip(lines, labels, strict=True):
        if label == "O":
            # A page break inside a reference: its number and running head, read as no reference,
            # between a line that stops mid-phrase and one that goes on. The reference goes on
            # after them; after a line that ends as a reference may, it is closed.
            apart += 1
            # the page's number, or after it the list's heading as the page's running head ('38' + 'BIBLIOGRAFIA')
            page_break = _PAGE_NUMBER_LINE.match(line.text) or (paused is not None and is_reference_heading(line.text))
            paused = (current or paused) if page_break else None
            if apart > _FURNITURE_INSIDE_AT_MOST or not _BROKEN_OFF.search(last):
                current = None
            continue
        if (
            label == "I"
            and current is None
            and paused is not None
            and apart <= 2
            and (
                last[-1:].isalpha()
                or _ABBREVIATED_JOURNAL_AT_THE_END.search(last)
                or _AVAILABILITY_FIRST.match(line.text)
                or _names_and_year_alone(last)
            )
        ):
            # '… research. Schizophrenia' + '41' + 'Research, 125 (2-3), 129–135.': only the page's number between a
            # line that ended on a word, no stop, or inside a journal's abbreviated name ('… Palaeogeogr.
            # Palaeoclimatol.' + '15' + 'Palaeoecol. 465, 316–332.'), and one read as going on, or that says where the
            # work is ('… DOI: 10.3390/en9010055.' + '65' + 'Disponível em: https://…'): the reference goes on (one that
            # ended with its year, '…, 2000' + '24' + a running head, may have ended).
            current = paused
        if label == "B" and current is not None and apart and _NAMES_TO_COME.search(last) and not _marked(line.text):
            # '… Hollenstein, T., &' + a running head and the page's number + 'Verhagen, M. (2023). Beyond …' (an APA
            # manuscript): the names' last went over the page and read as a reference's start.
            label = "I"
        paused = None
        apart = 0
        last = line.text.rstrip()
        if label == "B" or current is None:
            current = Segment(BULLET.sub("", line.text, count=1), line.number + 1, [line.number])
            found.append(current)
        else:
            current.text = _join_wrapped(current.text, line.text, words)
            current.lines.append(line.number)
    dashed = [one for one in found if DASH_BULLET.match(one.text)]
    if len(dashed) >= 2 and 2 * len(dashed) >= len(found):
        for one in dashed:
            one.text = DASH_BULLET.sub("", one.text, count=1)
    return found
