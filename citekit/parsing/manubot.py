"""Manubot's reference list, as its manuscripts' PDF and HTML print it (its CSL style, rootstock's
build/assets/style.csl): the list's number, the title, the authors given name first on a line of their own, the
venue with the date in ISO form and a link on the next, then a line of identifiers:

    10.
    How accurate are estimates of glacier ice thickness? Results from ITMIX, the Ice
    Thickness Models Intercomparison eXperiment
    Daniel Farinotti, Douglas J Brinkerhoff, … Liss M Andreassen
    The Cryosphere (2017-04-18) https://doi.org/f96qpw
    DOI: 10.5194/tc-11-949-2017 · PMID: … · PMCID: …

Joined into one string, a reference keeps no mark of where its title ends and its names begin and end ('… Larry
Pochop JAWRA Journal of …', 'Douglas Heaven Nature (2019-02)'), and was read with its names in the title or the
venue, or not at all. Its lines say it: each reference is read here by them, field for field.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.parsing.authors import PARTICLES, names_a_body, person_given_first
from citekit.parsing.identifiers import find_identifiers
from citekit.parsing.isbn import without_isbn
from citekit.parsing.lines_of_their_own import each_on_a_line

# The venue, the date in brackets as the style prints it (year, month and day, each as far as known) and the link, one
# of the two at least; a link broken after its scheme ('… (2014) https://' + 'doi.org/10.1007/…').
_VENUE_LINE = lazy_compile(
    r"(?P<venue>.{0,300}?)[ \t]*+(?:\((?P<year>(?:1[5-9]|20)\d\d)(?:-(?P<month>[01]\d)(?:-(?P<day>[0-3]\d))?)?\))?"
    r"(?:[ \t]*+(?P<url>https?://\S{0,500}))?[ \t]*+"
)
_NUMBER_LINE = lazy_compile(r"[ \t]*+(?P<number>\d{1,4})\.(?:[ \t]++(?P<title>\S.*))?")
_LINK_LINE = lazy_compile(r"[ \t]*+https?://\S{1,500}[ \t]*+")
_IDENTIFIERS_LINE = lazy_compile(r"[ \t]*+(?:·[ \t]*+)?(?:DOI|PMID|PMCID|ISBN):[ \t]")
_INITIALS = lazy_compile(r"[A-Z]{1,3}")
_NAME_WORD = lazy_compile(r"[^\W\d_][\w'’.-]*+")
_WORDS_IN_A_NAME_AT_MOST = 6
_LINES_OF_NAMES_AT_MOST = 6
_REFERENCES_AT_LEAST = 3  # numbered one after the other
_LINE_AT_MOST = 600
_UNDATED_LINES_AT_MOST = 8
_WRAPPED_AT_LEAST = 0.9  # of the list's width: a line the next word would make as long was wrapped
_ELLIPSIS = "…"


@dataclass(slots=True)
class _Entry:
    """A reference's lines and what they print, read apart; its record is made only when asked for."""

    start: int  # its number's line (0-based)
    last: int  # its last line
    joined: str  # its lines joined, as printed
    title: str
    names: str
    venue: str = ""
    identifiers: str = ""  # the link and the identifiers' lines
    date: tuple[str | None, str | None, str | None] = (None, None, None)  # year, month, day as printed


def manubot_references_on_lines(text: str) -> tuple[str, list[int], dict[int, tuple[str, Reference]]] | None:
    """The text with each Manubot reference on one line of its own, as printed, a blank line around it; for each line
    of it, the 0-based line of the text it came from (a reference's: its number's); and each reference by that line →
    its lines joined and its record. None unless three references or more, numbered one after the other, read so."""
    lines = text.splitlines()
    if "(" not in text or not (entries := _entries(lines)):
        return None
    put, origins = each_on_a_line(lines, {entry.start: (entry.last, entry.joined) for entry in entries})
    return put, origins, {entry.start: (entry.joined, _record(entry)) for entry in entries}


def _entries(lines: list[str]) -> list[_Entry]:
    if not any(")" in line for line in lines):
        return []
    numbered = [
        (index, int(found["number"]))
        for index, line in enumerate(lines)
        if len(line) <= _LINE_AT_MOST and (found := _NUMBER_LINE.fullmatch(line)) is not None
    ]
    spans = list(itertools.pairwise([*numbered, (len(lines), -1)]))
    entries = {start: (number, entry) for (start, number), (end, _) in spans if (entry := _dated(lines, start, end))}
    # Manubot's own marks, on three references at least numbered one after the other: names given first on lines of
    # their own over the venue's line, the date in brackets at its end or before its link (a Vancouver list wrapped
    # before its link, names over it read as those, has family names first: 'Smith J, Jones K')
    marked = [number for number, entry in entries.values() if entry.date[0] and _given_first(entry.names)]
    if _longest_run(marked) < _REFERENCES_AT_LEAST:
        return []
    # the list's width: its longest line of words (not a link, which may run past it)
    width = max(
        (
            len(text)
            for _, entry in entries.values()
            for text in (line.strip() for line in lines[entry.start : entry.last + 1])
            if "://" not in text
        ),
        default=_LINE_AT_MOST,
    )
    for (start, number), (end, _) in spans:
        # in a list read so, one the style printed with no date and no link: its lines up to the next number's
        if start not in entries and end < len(lines) and (entry := _undated(lines, start, end, width)):
            entries[start] = (number, entry)
    return [entry for _, entry in sorted(entries.values(), key=lambda pair: pair[1].start)]


def _longest_run(numbers: list[int]) -> int:
    """The most numbers one after the other: '3.', '4.', '5.'."""
    longest = run = 0
    for before, number in itertools.pairwise([None, *numbers]):
        run = run + 1 if before is not None and number == before + 1 else 1
        longest = max(longest, run)
    return longest


def _given_first(names: str) -> bool:
    """Most names end with a family name, not with initials ('Daniel S Himmelstein', 'JF Nye'; not 'Himmelstein DS')."""
    pieces = [piece.split() for piece in names.replace(_ELLIPSIS, " ").split(",")]
    people = [words for words in pieces if words]
    ending_in_initials = sum(1 for words in people if len(words) > 1 and _INITIALS.fullmatch(words[-1]))
    return bool(people) and 2 * ending_in_initials < len(people)


def _title_and_body(lines: list[str], start: int, end: int) -> tuple[str | None, list[int]]:
    """The title printed on the number's line, if any, and the reference's other lines that are not blank."""
    first_title = _NUMBER_LINE.fullmatch(lines[start])["title"]  # type: ignore[index]
    return first_title, [index for index in range(start + 1, end) if lines[index].strip()]


def _dated(lines: list[str], start: int, end: int) -> _Entry | None:
    """The reference numbered on the start line, up to end (the next number's line), read from its lines: the title,
    the names over the venue's line with its date or its link, and the identifiers under it."""
    first_title, body = _title_and_body(lines, start, end)
    if first_title is None and not body:
        return None
    title_start = start if first_title is not None else body[0]
    venue_at = next((index for index in body if index > title_start and _venue_line(lines[index])), None)
    if venue_at is None:
        return None
    venue_line = _venue_line(lines[venue_at])
    assert venue_line is not None
    above = [index for index in body if title_start <= index < venue_at]
    title_lines = [start, *above] if first_title is not None else above
    names_lines = _names_lines(lines, title_lines, bool(venue_line["venue"].strip()))
    title_lines = title_lines[: len(title_lines) - len(names_lines)]
    if not title_lines:
        return None
    after = _identifier_lines(lines, venue_at, end)
    entry = _entry(lines, start, first_title, title_lines, names_lines, {venue_at, *after}, venue_line["venue"])
    entry.identifiers = _joined_at_breaks([venue_line["url"] or "", *(lines[index].strip() for index in after)])
    entry.date = (venue_line["year"], venue_line["month"], venue_line["day"])
    return entry


def _undated(lines: list[str], start: int, end: int, width: int) -> _Entry | None:
    """A reference printed with neither its date nor its link: its title, its names and its venue, if any, on a line
    of its own under them ('Found. Trends Mach. Learn.', 'Entropy'): the last line is the venue where the line over
    it is one of names that ends with no comma, short of the list's width by the last line's first word at least (else
    the names go on: '…, Quoc Le, Denny' + 'Zhou'), unless it lists names itself."""
    first_title, body = _title_and_body(lines, start, end)
    title_lines = [start, *body] if first_title is not None else body
    if not 2 <= len(title_lines) <= _UNDATED_LINES_AT_MOST or any("://" in lines[index] for index in body):
        return None  # a link its venue's line did not read ('(1991) https://…/1991/ le/ 4d5….html')
    venue = ""
    last = lines[title_lines[-1]].strip()
    over = lines[title_lines[-2]].strip()
    wrapped = over.endswith(",") or len(over) + 1 + len(last.split()[0]) > _WRAPPED_AT_LEAST * width
    if len(title_lines) >= 3 and "," not in last and _names_line(over) and not wrapped:
        venue = last
        title_lines = title_lines[:-1]
    names_lines = _names_lines(lines, title_lines, True)
    if not names_lines or len(names_lines) == len(title_lines):
        return None
    title_lines = title_lines[: len(title_lines) - len(names_lines)]
    return _entry(lines, start, first_title, title_lines, names_lines, set(body), venue)


def _entry(
    lines: list[str],
    start: int,
    first_title: str | None,
    title_lines: list[int],
    names_lines: list[int],
    more: set[int],
    venue: str,
) -> _Entry:
    """A reference's entry: its lines (the title's, the names', and more: the venue's and the identifiers') joined as
    printed, its title and its names."""
    used = sorted({start, *title_lines, *names_lines, *more})
    return _Entry(
        start,
        used[-1],
        " ".join(lines[index].strip() for index in used),
        _title(lines, start, first_title, title_lines),
        " ".join(lines[index].strip() for index in names_lines),
        venue,
    )


def _title(lines: list[str], start: int, first_title: str | None, title_lines: list[int]) -> str:
    title = " ".join((first_title if index == start else lines[index]).strip() for index in title_lines).strip()
    return title[:-1] if title.endswith(".") and not title.endswith("..") else title


def _record(entry: _Entry) -> Reference:
    """The record of a reference's title, names, venue, date and identifiers."""
    reference = Reference(title=entry.title, authors=_authors(entry.names))
    year, month, day = entry.date
    reference.year = int(year) if year else None
    reference.month = int(month) if month else None
    reference.day = int(day) if day else None
    if entry.identifiers.startswith("http"):
        reference.url = entry.identifiers.split()[0]
    identifiers = find_identifiers(entry.identifiers)
    reference.doi, reference.pmid, reference.pmcid = identifiers.doi, identifiers.pmid, identifiers.pmcid
    _, isbn = without_isbn(entry.identifiers)
    venue = " ".join(entry.venue.split())
    if isbn:
        reference.variables["ISBN"] = isbn
        reference.type = "book"
        if venue:
            reference.variables["publisher"] = venue
    elif venue:
        reference.type = "article-journal"
        reference.container_title = venue
    else:
        reference.type = "webpage" if reference.url else "document"
    return reference


def _venue_line(line: str) -> re.Match[str] | None:
    """The venue's line, its date or its link at its end."""
    if len(line) > _LINE_AT_MOST or ("(" not in line and "http" not in line):
        return None
    found = _VENUE_LINE.fullmatch(line)
    return found if found is not None and (found["year"] or found["url"]) else None


def _names_lines(lines: list[str], above: list[int], venue_printed: bool) -> list[int]:
    """The lines right over the venue's that hold the names: as many as are lists of names, the title's lines left
    at least one. With no venue printed after them, the line over the date may be a body's name, or the venue the
    style prints where no one is named ('cOAlition S')."""
    taken: list[int] = []
    for index in reversed(above[1:]):  # the first is the title's
        if len(taken) == _LINES_OF_NAMES_AT_MOST:
            break
        if taken and taken[0] - index > 1:
            break  # a blank line between: the title's end over it ('… the Ice' + 'Thickness Models … eXperiment')
        text = lines[index].strip()
        if _names_line(text) or (not taken and not venue_printed and _one_body(text)):
            taken.insert(0, index)
            continue
        break
    return taken


def _names_line(text: str) -> bool:
    """Names given first, a comma between them, each beginning with a capital and each word capitalised but for a
    particle ('Ludwig van Beethoven') and one a PDF's lost ligature cut ('Michael M Ho man', 'Martin Tru er'), an
    ellipsis where the style leaves names out; a wrapped line may end with its comma or open with a name's end."""
    pieces = [piece.strip() for piece in text.split(",")]
    if pieces and not pieces[-1]:
        pieces.pop()
    if not pieces:
        return False
    for piece in pieces:
        words = piece.replace(_ELLIPSIS, " ").split()
        if not words:
            if _ELLIPSIS in piece:
                continue
            return False
        if len(words) > _WORDS_IN_A_NAME_AT_MOST or not all(_NAME_WORD.fullmatch(word) for word in words):
            return False
        lower = [word for word in words if word[0].islower() and word not in PARTICLES]
        if len(lower) > 1 or (lower and (words[0] is lower[0] or len(words) < 3)):
            return False
    return True


def _one_body(text: str) -> bool:
    return len(text) <= 120 and not any(mark in text for mark in ":;()[]") and not any(ch.isdigit() for ch in text)


def _identifier_lines(lines: list[str], venue_at: int, end: int) -> list[int]:
    """The lines after the venue's up to the next reference: a link alone, the identifiers' lines, and a word alone
    where a line's end broke a link or an identifier. Anything else but blank lines ends the reference (the text
    after the list)."""
    taken: list[int] = []
    for index in range(venue_at + 1, end):
        text = lines[index].strip()
        if not text:
            continue
        if (
            (_LINK_LINE.fullmatch(text) and not taken)
            or _IDENTIFIERS_LINE.match(text)
            or (len(text.split()) == 1 and not _NUMBER_LINE.fullmatch(text))
        ):
            taken.append(index)
            continue
        break
    return taken


def _joined_at_breaks(pieces: list[str]) -> str:
    """Lines joined, a word alone glued to the line before: the rest of a link or an identifier it broke."""
    joined = ""
    for piece in pieces:
        glued = joined and len(piece.split()) == 1 and not piece.startswith(("http", "DOI:", "PMID:", "PMCID:", "·"))
        joined = f"{joined}{piece}" if glued else f"{joined} {piece}".strip()
    return joined


def _authors(names: str) -> list[Author]:
    authors: list[Author] = []
    for piece in names.split(","):
        piece = " ".join(piece.replace(_ELLIPSIS, " ").split())
        if not piece:
            continue
        words = piece.split()
        if (
            names_a_body(piece)
            or words[0] == "The"  # 'The Univalent Foundations Program'
            or any(word[0].islower() and word not in PARTICLES for word in words)
        ):
            authors.append(Author(piece))
        elif (person := person_given_first(piece)) is not None:
            authors.append(person)
        else:
            authors.append(Author(piece))
    return authors
