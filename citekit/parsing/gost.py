"""The layout of Russia and its neighbours, GOST: 'Иванов И. И. Заглавие // Журнал. 2015. Т. 36, № 4. С. 215–220.'

GOST 7.1-2003, GOST R 7.0.5-2008 and GOST R 7.0.100-2018 describe a part of a work as its own description,
then '//' and its source's: the journal or the book, then its areas, each after '. ' or '. – ' (a dash
between areas: 7.1's and Google Scholar's 'ГОСТ' export). The numbers are named by their marks, in
Russian or, for a source in Latin letters, in English: Т. (том) or Vol. the volume, № or No. the issue,
Вып. (выпуск) an issue too, С. (страницы) or P. the pages; '256 с.' after a number is a book's length.
7.1 prints the heading's first name inverted ('Иванов, И. И.'), and every name after the title, after a
slash, given name first ('/ И. И. Иванов, П. П. Петров'); four names or more only there, the title first.
A book, with no '//': its title, then '– Place : Publisher, Year'. A text that does not fit goes to the
learned path.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.parsing.authors import split_authors
from citekit.parsing.identifiers import find_identifiers, identifier_fields
from citekit.parsing.places import is_place

_CAPITAL = r"[A-ZА-ЯЁІЇЄҐ]"
_INITIAL = rf"{_CAPITAL}[a-zа-яё]?\."  # 'И.', 'Yu.', 'Ch.'
# 'Иванов И. И.', 'Иванов, И. И.', 'Da Motta R.', 'Shcherbakov G.A.', 'García-Márquez J.': a family name, then
# its initials; 'И. И. Иванов' after the title's slash.
_PARTICLE = r"(?:(?:van|von|de|der|del|da|di|du|la|le|den|ter|ten|al|el)\s)"
_WORD = rf"{_CAPITAL}[^\W\d_]*(?:[-'’]{_CAPITAL}?[^\W\d_]+)*"
# 'Fernández de Retana Y.', 'Hjort Blindell G.': a family name of two words.
_FAMILY = rf"{_PARTICLE}*{_WORD}(?:\s{_PARTICLE}*{_WORD})?"
_FAMILY_FIRST = rf"{_FAMILY},?\s+{_INITIAL}(?:\s?-?{_INITIAL}){{0,2}}"
_GIVEN_FIRST = rf"{_INITIAL}(?:\s?-?{_INITIAL}){{0,2}}\s?{_FAMILY}"
_OTHERS = r"(?:,?\s+(?:et\s+al\.|и\s+др\.|\[и\s+др\.\]|\[et\s+al\.\]))"
_OTHERS_AT_END = lazy_compile(rf"{_OTHERS}$")
_NAMES_FIRST = lazy_compile(rf"^(?P<names>{_FAMILY_FIRST}(?:,\s+{_FAMILY_FIRST})*{_OTHERS}?)\s+(?=\S)")
_NAMES_AFTER_SLASH = lazy_compile(rf"^(?P<names>{_GIVEN_FIRST}(?:,\s+{_GIVEN_FIRST})*{_OTHERS}?)$")
# '//' opens the source; not a link's.
_SOURCE_MARK = lazy_compile(r"(?<![:/])//(?!/)")
_YEAR = r"(?:1[5-9]|20)\d\d"
# Where an area begins: after a stop or a comma, a dash or both ('. – ', '. ', ' – '), a year or a named number.
_AREA_BREAK = r"(?:[.,]\s*+(?:[–—-]\s*+)?|(?<!\s)\s++[–—-]\s*+)"
_MARKED_NUMBER = r"(?:Т|Том|Vol|vol|V|Bd|Tom|№|No|no|N|Nr|Iss|Issue|Вып|С|P|Р|Pp|pp|S|с|p)\.?\s?№?\.?\s?\d"
# The source's imprint: 'М. : Наука, 2018', 'Moscow: PIR Center, 2024', 'Washington D. C.: …'; after a dash
# also with no colon, as Google Scholar prints a proceedings' publisher: '– IEEE, 2013', '– Springer, Cham, 2016'.
_IMPRINT = (
    rf"(?P<place>[^\W\d_][^.:,;/]{{0,40}}?\.?(?:\s?[A-Z]\.){{0,2}})\s?:\s?(?P<publisher>[^,:;/]{{1,80}}?),\s*(?={_YEAR}\b)"
    rf"|(?<=[–—]\s)(?P<alone>[^\W\d_][^.,:;/–—]{{0,80}}?)"
    rf"(?:,\s*(?P<alone_place>[^\W\d_][^.,:;/–—]{{0,40}}?(?:,\s*[^\W\d_][^.,:;/–—]{{0,40}}?)?))?,\s*(?={_YEAR}\b)"
)
_SOURCE_ENDS = lazy_compile(
    rf"{_AREA_BREAK}(?:{_IMPRINT}|(?={_YEAR}[a-zа-я]?(?:[.,;:]|\s[–—-]|\s*$))|(?={_MARKED_NUMBER}))"
)
_YEAR_AREA = lazy_compile(rf"(?<![\d.])({_YEAR})[a-zа-я]?(?![\d])")
_VOLUME = lazy_compile(r"(?<![^\W\d_])(?:Т|Том|Vol|vol|V|Bd|Tom)\.\s*(?P<value>\d+[a-zа-я]?(?:\s?[-–/]\s?\d+)?)")
# 'S 1', 'A2': a supplement's or a series' letter before the number.
_ISSUE = lazy_compile(
    r"(?<![^\W\d_])(?:№|No|no|N|Nr|Iss|iss|Issue|Вып|вып)\.?\s*№?\.?\s*"
    r"(?P<value>(?:[A-Z]\s?)?\d+[a-zа-я]?(?:\s?[-–/]\s?\d+)?)(?![\w])"
)
_PAGES = lazy_compile(
    r"(?<![^\W\d_])(?:С|P|Р|Pp|pp|S|с|p)\.\s*(?P<value>[A-Za-z]?\d+(?:\s?[-–—]\s?[A-Za-z]?\d+)?(?!\d)"
    r"|[ivxlc]+(?:\s?[-–—]\s?[ivxlc]+)?(?![^\W\d_]))"
)
_LENGTH = lazy_compile(r"(?<!\S)\d+\s?(?:с|p|S)\.")  # '256 с.': a book's length, not pages cited
# A bare number standing as an area of its own after the year: the volume, with no mark ('– 1976. – 15. – №. 3.').
_BARE_VOLUME = lazy_compile(rf"^{_YEAR}[a-zа-я]?{_AREA_BREAK}(?P<value>\d{{1,4}})(?=[.,]\s|\s[–—-])")
# What follows the numbers: identifiers, links, the access note, '[Электронный ресурс]'.
_TRAILER = lazy_compile(
    r"(?:[.,]\s*+(?:[–—-]\s*+)?|(?<!\s)\s++)(?:DOI|URL|EDN|PMID|ISBN|ISSN|Режим доступа|Available)\b.*$", re.IGNORECASE
)
_MEDIUM = lazy_compile(r"(?<!\s)\s*+\[(?:Электронный ресурс|Electronic resource|Текст|Text)\]", re.IGNORECASE)
_CONFERENCE = lazy_compile(
    r"конф|conference|proceedings|symposium|congress|workshop|матер|труды|тр\.|сб\.|сборник|семинар|форум",
    re.IGNORECASE,
)
_EDGE = " .,;:–—-/"
_GBT_CODE = lazy_compile(r"\[[A-Z]{1,2}(?:/OL)?\]$")  # China's GB/T 7714 ('Title[C]//Proceedings'): gbt7714.py's


def parse_gost_reference(text: str) -> Reference | None:
    """One reference in GOST's layout, or None when the text is not one this reads."""
    mark = _SOURCE_MARK.search(text)
    if mark is None:
        return None
    head, source = text[: mark.start()].strip(), text[mark.end() :].strip()
    found = _head(head)
    if found is None:
        return None
    authors, title = found
    source = _TRAILER.sub("", source).strip()
    end = _SOURCE_ENDS.search(source)
    if end is None:
        return None
    areas = source[end.start() :]
    year = _YEAR_AREA.search(areas)
    container, editors, (place, publisher) = _source(source[: end.start()], end)
    if not container or year is None or not any(map(str.isalpha, container)):
        return None
    volume = _VOLUME.search(areas) or _BARE_VOLUME.match(areas[year.start() :])
    issue, pages = _ISSUE.search(areas), _PAGES.search(_LENGTH.sub(" ", areas))
    kind = "article-journal"
    if volume is None and issue is None and _CONFERENCE.search(container):
        kind = "paper-conference"
    elif volume is None and issue is None and (place or publisher or editors):
        kind = "chapter"
    reference = Reference(
        authors=authors,
        year=int(year.group(1)),
        title=title,
        container_title=container,
        volume=_number(volume),
        issue=_number(issue),
        pages=_number(pages),
        type=kind,
        raw=text,
        **identifier_fields(find_identifiers(text)),
        editors=editors,
    )
    if publisher:
        reference.variables["publisher"] = publisher
    if place:
        reference.variables["publisher-place"] = place
    return reference


# The source's editors: after its title and a slash ('/ ed. by Michael Emerson and Pami Aalto', '/ под ред.
# И. И. Иванова'), or before it with their role in brackets ('Faini R and Portes R (eds) Title').
_EDITED_BY = lazy_compile(
    r"^(?:под\s+(?:общ\.\s+|науч\.\s+)?ред\.|отв\.\s+ред\.|ред\.|сост\.|[eе]d(?:s|ited)?\.?\s+by|[eе]ds?\.)\s*",
    re.IGNORECASE,
)
_EDITORS_BEFORE = lazy_compile(r"^(?P<names>[^()]{1,200}?)\s*\((?:eds?|ред|Hrsg|Hg)\.?\)\s*(?P<title>\S.*)$")
# The source's place, and its publisher, printed last before the year with no colon: '. М., 2006', '. London,
# CEPR, 1995'.
_PLACE_LAST = lazy_compile(r"\.\s+(?P<place>[^\W\d_][^.,:;/]{0,40}?\.?)(?:,\s*(?P<publisher>[^.,:;/]{1,80}))?$")


def _source(container: str, end: re.Match[str]) -> tuple[str, list[Author], tuple[str | None, str | None]]:
    """The source's title, its editors, and its (place, publisher)."""
    container = container.strip(_EDGE)
    editors: list[Author] = []
    container, slash, responsibility = container.partition(" / ")
    if slash and (role := _EDITED_BY.match(responsibility)) is not None:
        names = re.split(r",\s*(?=[^\W\d_]{3,}\s+[^\W\d_]{3,}\s+[^\W\d_])", responsibility[role.end() :])[0]
        editors = split_authors(names)[0]
    elif (before := _EDITORS_BEFORE.match(container)) is not None:
        editors, container = split_authors(before["names"])[0], before["title"]
    place, publisher = _imprint(end)
    if place is None and publisher is None and (last := _PLACE_LAST.search(container)) is not None:
        named = last["place"].strip()
        if _names_a_place(named):
            container, place, publisher = container[: last.start()], named, (last["publisher"] or "").strip() or None
    return container.strip(_EDGE), editors, (place, publisher)


def _imprint(found: re.Match[str]) -> tuple[str | None, str | None]:
    """(place, publisher) of a source's or a book's imprint: named by a colon between them, or, one
    alone, a place when it is a known one or GOST's short name of a city."""
    if found["publisher"]:
        return found["place"].strip(), found["publisher"].strip()
    alone = (found["alone"] or "").strip()
    if not alone:
        return None, None
    if found["alone_place"]:
        return found["alone_place"].strip(), alone  # 'Springer, Cham'
    if _names_a_place(alone):
        return alone, None
    return None, alone


# A book: its title, then its imprint after '. – ' or '. ': 'М. : Наука, 2018', 'MIT press, 2018', 'Новосибирск,
# 2012'; then its length ('256 с.') or the pages cited ('С. 35-37'). GOST R 7.0.12 shortens the largest cities'
# names: 'М.' Moscow, 'СПб.' St Petersburg, 'Л.' Leningrad, 'К.' Kyiv, 'Мн.' Minsk.
_BOOK = lazy_compile(
    rf"^(?P<title>.+?)(?P<area>\.\s*+[–—]\s*+|\.\s++)(?:(?P<place>[^\W\d_][^.:,;/]{{0,40}}?\.?)(?P<colon>\s?:\s?)(?P<publisher>[^,:;/]{{1,80}}?)"
    rf"|(?P<alone>[^\W\d_][^.:,;/–—]{{0,60}}?\.?)"
    rf"(?:,\s*(?P<alone_place>[^\W\d_][^.,:;/–—]{{0,40}}?(?:,\s*[^\W\d_][^.,:;/–—]{{0,40}}?)?))?),\s*(?P<year>{_YEAR})\.?"
    r"(?:\s*+(?:[–—]\s*+)?(?:(?P<length>\d+\s?(?:с|p|S)\.)|(?:С|P|Р|S|pp)\.\s?(?P<pages>\d+(?:\s?[-–—]\s?\d+)?)))?\s*+\.?$"
)
_CITY_SHORT = frozenset({"М.", "СПб.", "Л.", "К.", "Мн.", "Н. Новгород", "Ростов н/Д"})


def _names_a_place(name: str) -> bool:
    """A known place, or GOST's short name of a city (with its stop or without: 'М.' and 'М')."""
    return name.rstrip(".") + "." in _CITY_SHORT or is_place(name)


_THESIS = lazy_compile(r"\b(?:дисс?(?:\.|$)|автореф\.|диссертация|thesis|dissertation)", re.IGNORECASE)


def parse_gost_book(text: str) -> Reference | None:
    """A book, or a thesis, in GOST's layout, with its areas after '. – ' or its imprint after ' : '; None when
    the text is not one this reads."""
    first = _NAMES_FIRST.match(text.strip())
    if first is None:
        return None
    rest = _TRAILER.sub("", text.strip()[first.end() :]).strip()
    book = _BOOK.match(rest)
    if book is None:
        return None
    # GOST's own marks, where another layout has none: a dash between the areas, a colon with a space on each
    # side between place and publisher, or the book's length.
    if not ("–" in book["area"] or "—" in book["area"] or book["colon"] == " : " or book["length"]):
        return None
    found = _head(text.strip()[: first.end()] + book["title"].partition(". – ")[0].partition(". — ")[0])
    if found is None:
        return None
    authors, title = found
    thesis = _THESIS.search(title) is not None
    genre = None
    if thesis and (cut := title.rfind(" : ")) > 0 and _THESIS.search(title[cut:]):
        title, genre = title[:cut], title[cut + 3 :]  # 'Заглавие : дис. … канд. биол. наук': what kind of thesis
    place, publisher = _imprint(book)
    if thesis and publisher and not place:
        place, publisher = publisher, None  # a thesis names the place it was defended: 'Новосибирск, 2012'
    reference = Reference(
        authors=authors,
        year=int(book["year"]),
        title=title,
        pages=_number_text(book["pages"]),
        type="thesis" if thesis else "book",
        raw=text,
        **identifier_fields(find_identifiers(text)),
    )
    if publisher:
        reference.variables["publisher"] = publisher.strip()
    if place:
        reference.variables["publisher-place"] = place.strip()
    if genre:
        reference.variables["genre"] = genre
    return reference


def _head(head: str) -> tuple[list[Author], str] | None:
    """The part's own description → (its names, its title). The names after the title's slash are the
    whole list (7.1 heads the description with the first alone)."""
    head = _MEDIUM.sub("", head).strip(_EDGE)
    first = _NAMES_FIRST.match(head)
    title = head[first.end() :] if first else head
    authors = split_authors(_OTHERS_AT_END.sub("", first["names"]))[0] if first else []
    title, slash, responsibility = title.partition(" / ")
    if slash and (after := _NAMES_AFTER_SLASH.match(responsibility.strip(_EDGE))) is not None:
        listed = split_authors(_OTHERS_AT_END.sub("", after["names"]))[0]
        if len(listed) >= len(authors):
            authors = listed
    title = _MEDIUM.sub("", title).strip(_EDGE)
    if not authors or not title or not any(map(str.isalpha, title)) or _GBT_CODE.search(title):
        return None
    return authors, title


def _number(found: re.Match[str] | None) -> str | None:
    return _number_text(found["value"]) if found else None


def _number_text(value: str | None) -> str | None:
    return re.sub(r"\s", "", value).replace("—", "–") if value else None
