"""NLM's chapter of a book on the Internet, read by rule (Citing Medicine, ch. 24): the NCBI Bookshelf's
StatPearls and GeneReviews, cited across medicine as PubMed prints them:
'Gauer R, Forbes D, Boyer N. Sepsis: Diagnosis and Management. [Updated 2023 Jan 1]. In: StatPearls
[Internet]. Treasure Island (FL): StatPearls Publishing; 2024 Jan-. Available from: https://…'.

The labeller read the book as editors and the update note into the title; like the Vancouver rule,
this reads a reference only when every part fits. So are a body's books and reports in NLM's layout
('World Health Organization. Global Tuberculosis Report 2024. Geneva: World Health Organization; 2024.'),
whose titles' years the labeller took for the date.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.months import month_number
from citekit.parsing.accessed import ACCESS_WORD
from citekit.parsing.authors import bodies_from, names_a_body
from citekit.parsing.editions import REVISED_EDITION, spelt_edition
from citekit.parsing.identifiers import find_identifiers
from citekit.parsing.names import parse_springer_authors
from citekit.parsing.rules import IN_A_BOOK

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_CHAPTER = lazy_compile(
    r"(?P<authors>[^.]+)\.\s"
    r"(?P<title>[^\[\]]+?)\.\s"
    # The chapter's own date, and when it was updated: '1998 Oct 23 [Updated 2018 Dec 20].'
    rf"(?:(?P<year>{_YEAR})(?:\s(?P<month>[A-Z][a-z]{{2}})(?:\s(?P<day>\d{{1,2}}))?)?\.?\s)?"
    r"(?:\[(?:[Uu]pdated|[Rr]evised|[Ll]ast [Uu]pdate)[^\]]{0,40}\]\.\s)?"
    r"In:\s(?:(?P<editors>[^:\[\]]+?),\seditors?\.\s)?"
    r"(?P<book>[^.\[\]]+)\s\[Internet\]\.\s"
    rf"(?P<place>[^:;.\[\]]+):\s(?P<publisher>[^:;\[\]]+);\s(?P<book_year>{_YEAR})[^.]{{0,20}}"
)


def _trailer(*notes: str) -> re.Pattern[str]:
    """What may follow a reference's year, each of the notes any number of times, with its full stop or not."""
    return re.compile(r"\.?(?:\s*(?:" + "|".join(notes) + r")\.?)*\s*", re.IGNORECASE)


# A link, bare or in angle brackets as reStructuredText and Markdown print it ('<https://…>').
_LINKS = (r"https?://\S+", r"<https?://[^\s>]+>")
# What may follow the book's year: the date it was cited, the link, the Bookshelf's and PubMed's numbers.
_TRAILER = _trailer(
    r"\[cited[^\]]{0,40}\]",
    r"Available (?:from|at):?\s+\S+",
    *_LINKS,
    r"NCBI Bookshelf ID:\s*NBK\d+",
    r"PMID:\s*\d+",
)


def _matched_to_its_trailer(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The pattern's match from the reference's start, where only its identifiers and links follow it."""
    body = text.strip()
    found = pattern.match(body)
    return found if found is not None and _TRAILER.fullmatch(body, found.end()) is not None else None


def parse_nlm_internet_chapter(text: str) -> Reference | None:
    if "[Internet]" not in text or (found := _matched_to_its_trailer(_CHAPTER, text)) is None:
        return None
    authors = parse_springer_authors(found["authors"])
    editors = parse_springer_authors(found["editors"]) if found["editors"] else []
    if not authors or editors is None:
        return None
    reference = _chapter(text, found, authors, editors, found["title"], int(found["year"] or found["book_year"]))
    return _with_imprint(reference, found)


def _chapter(
    text: str, found: re.Match[str], authors: list[Author], editors: list[Author], title: str, year: int
) -> Reference:
    """A chapter an NLM rule read (found: its match, with the book, month and day): its identifiers, its date."""
    month = month_number(found["month"]) if found["month"] else None
    identifiers = find_identifiers(text)
    return Reference(
        type="chapter",
        authors=authors,
        editors=editors,
        title=title,
        container_title=found["book"].strip(),
        year=year,
        month=month,
        day=int(found["day"]) if month and found["day"] else None,
        raw=text,
        doi=identifiers.doi,
        pmid=identifiers.pmid,
        pmcid=identifiers.pmcid,
        url=identifiers.url,
    )


# A part of a print book as NLM prints it, the NCBI Bookshelf's "Cite this page" (Citing Medicine, ch. 2, "Parts of
# books"): the book's authors or editors, its title, edition and imprint, then the chapter's number and title ('Smith
# PG, Morrow RH, Ross DA, editors. Field Trials of Health Interventions: A Toolbox. 3rd edition. Oxford (UK): OUP
# Oxford; 2015 Jun 1. Chapter 2, Types of intervention and their development.'); or the chapter's authors and title
# before the book's, its number alone after the date ('Busher JT. Serum Albumin and Globulin. In: Walker HK, …,
# editors. Clinical Methods: … 3rd edition. Boston: Butterworths; 1990. Chapter 101.'). The labeller read the book as
# the title, the chapter's title as a journal or not at all, and its number as a volume. (A PDF may lose the space
# after the title's stop: 'A Toolbox.3rd edition.') Each part is bounded: the match, from the start, is too.
_BOOK_PART = lazy_compile(
    r"(?P<names>[^.\[\]]{1,300}?)(?:,\s(?P<role>editors?))?\.\s"
    r"(?:(?P<chapter>[^\[\]]{1,300}?)\.\sIn:\s(?P<editors>[^.:\[\]]{1,300}?),\seditors?\.\s)?"
    r"(?P<book>[^\[\]]{1,300}?)\.\s?(?:(?P<edition>\d{1,2})(?:st|nd|rd|th)\s(?:edition|ed)\.?\s)?"
    r"(?P<place>[^:;.\[\]]{1,80}):\s(?P<publisher>[^:;\[\]]{1,120});\s"
    rf"(?P<year>{_YEAR})(?:\s(?P<month>[A-Z][a-z]{{2}})(?:\s(?P<day>\d{{1,2}}))?)?\.\s"
    r"Chapter\s(?P<number>\d{1,3}|[IVXLC]{1,6})(?:,\s(?P<part>[^\[\]]{1,300}?))?(?=\.(?:\s|$))"
)


def parse_nlm_book_part(text: str) -> Reference | None:
    """A chapter of a print book, numbered, in NLM's layout: the chapter's title and number are the record's, the
    book its container."""
    if "Chapter " not in text or (found := _matched_to_its_trailer(_BOOK_PART, text)) is None:
        return None
    if bool(found["chapter"]) == bool(found["part"]) or (found["role"] and found["chapter"]):
        return None  # the chapter's title once: before the book ('In:') or after its number
    names = parse_springer_authors(found["names"])
    editors = parse_springer_authors(found["editors"]) if found["editors"] else []
    if not names or editors is None:
        return None
    authors, editors = ([], names) if found["role"] else (names, editors)
    title = (found["chapter"] or found["part"]).strip()
    reference = _chapter(text, found, authors, editors, title, int(found["year"]))
    reference.variables["chapter-number"] = found["number"]
    if found["edition"]:
        reference.variables["edition"] = found["edition"]
    return _with_imprint(reference, found)


# NLM's homepage, and a part of one, with no author (Citing Medicine, ch. 25): the site's name and '[Internet]', its
# imprint if printed, its date and the day it was cited, then the part's title: 'IBM [Internet]. 2023 [cited 2024 Jul
# 1]. What Is Virtualization? Available from: https://…', 'ClearML documentation [Internet]. 2023 [cited 2024 Sep 16];
# Available from: <https://…>'.
_HOMEPAGE_SITE = (
    r"(?P<site>[^\W_](?:[^.\[\]]|\.(?=\w)){0,119}?)\s\[Internet\]\.\s"  # a stop inside a word: 'ClinicalTrials.gov'
    r"(?:(?P<place>[^:;.\[\]]+):\s(?P<publisher>[^:;\[\]]+);\s)?"
    rf"(?:(?P<year>{_YEAR})(?:\s(?P<month>[A-Z][a-z]{{2}})(?:\s(?P<day>\d{{1,2}}))?)?[^\[\].;]{{0,20}}?\s?)?"
    r"\[(?:(?:[Uu]pdated|[Mm]odified)[^\];]{0,40};\s)?[Cc]ited\s[^\]]{4,30}\][.;]?"
)
# The site alone, or with the part's title after it: each is tried with what follows.
_HOMEPAGES = (lazy_compile(_HOMEPAGE_SITE + r"\s(?P<part>[^\[\]]+?[.?!])"), lazy_compile(_HOMEPAGE_SITE))
_HOMEPAGE_TRAILER = _trailer(r"Available (?:from|at):?\s+\S+", *_LINKS)


def parse_nlm_homepage(text: str) -> Reference | None:
    """A homepage or a part of one with no author, in NLM's layout: the part's title is the record's, the site its
    container (a homepage alone: the site's name is the title). The labeller read most of it as nothing, and a list
    left it out as body text."""
    if "[Internet]" not in text:
        return None
    body = text.strip()
    for pattern in _HOMEPAGES:
        found = pattern.match(body)
        if found is not None and _HOMEPAGE_TRAILER.fullmatch(body, found.end()):
            break
    else:
        return None
    site, part = found["site"].strip(), (found.groupdict().get("part") or "").strip().rstrip(".")
    month = month_number(found["month"]) if found["month"] else None
    reference = Reference(
        type="webpage",
        title=part or site,
        container_title=site if part else None,
        year=int(found["year"]) if found["year"] else None,
        month=month,
        day=int(found["day"]) if month and found["day"] else None,
        raw=text,
        url=find_identifiers(text).url,
    )
    if found["publisher"]:
        _with_imprint(reference, found)
    return reference


def _with_imprint(reference: Reference, found: re.Match[str]) -> Reference:
    """The reference with the publisher and the place its pattern found."""
    reference.variables["publisher"] = found["publisher"].strip()
    reference.variables["publisher-place"] = found["place"].strip()
    return reference


# A body's report or book as NLM prints it: 'World Health Organization. Global Tuberculosis Report 2024. Geneva: World
# Health Organization; 2024.', or AMA with no place: '… Report 2023. World Health Organization; 2023.' (the labeller
# took a year inside the title for the date and lost the title). With no place the publisher holds no full stop.
_BODY_BOOK = lazy_compile(
    r"(?P<body>[^.\[\]]+)\.\s(?P<title>[^\[\]]+?)(?:\s\[Internet\])?\.\s"
    r"(?:(?P<place>[^:;.\[\]]+):\s(?P<publisher>[^:;\[\]]+)|(?P<publisher_alone>[^:;.\[\]]+))"
    rf";\s(?P<year>{_YEAR})"
)
# What may follow a body's book: the date it was cited or accessed, the link, its ISBN or its own number.
_BODY_BOOK_TRAILER = _trailer(
    rf"\[{ACCESS_WORD}[^\]]{{0,40}}\]",
    r"\([A-Z]{2,8}/[^)]{1,40}\)",
    r"Accessed [^.]{1,30}",
    r"(?:Available(?: from| at| online)?|Dispon[ií]vel em|Disponible en):?\s+\S+",
    *_LINKS,
    r"ISBN[:\s]+[\d-]+X?",
    r"doi:\s*10\.\S+",
)


def _numbered_or_an_edition(title: str) -> bool:
    """A volume's or an edition's words in what reads as the title: the learned path reads them apart."""
    return bool(_NUMBERED.search(title) or spelt_edition(title) or REVISED_EDITION.search(title))


def parse_nlm_body_book(text: str) -> Reference | None:
    """A book or report by a body, in NLM's layout: the body, the title, place: publisher; year."""
    printed = text.strip()
    found = _BODY_BOOK.match(printed)
    if found is None or _BODY_BOOK_TRAILER.fullmatch(printed, found.end()) is None:
        return None
    body = found["body"].strip()
    if not (names_a_body(body) or _ACRONYM.fullmatch(body)) or _numbered_or_an_edition(found["title"]):
        return None  # 'HIV/AIDS surveillance report, vol. 8.': a volume or edition the learned path reads apart
    body, title = _with_the_bodies_under_it(body, found["title"].strip())
    return _book(text, found, [Author(body)], title, found["place"], found["publisher"] or found["publisher_alone"])


def _book(
    text: str, found: re.Match[str], authors: list[Author], title: str, place: str | None, publisher: str
) -> Reference:
    """A book an NLM rule read (found: its match of the stripped text): its identifiers, imprint and the ISBN
    printed after its year."""
    identifiers = find_identifiers(text)
    reference = Reference(
        type="book",
        authors=authors,
        title=title,
        year=int(found["year"]),
        raw=text,
        doi=identifiers.doi,
        url=identifiers.url,
    )
    reference.variables["publisher"] = publisher.strip()
    if place:
        reference.variables["publisher-place"] = place.strip()
    if isbn := _ISBN.search(text.strip(), found.end()):
        reference.variables["ISBN"] = isbn["isbn"]
    return reference


# A person's book as NLM prints it, its place given or not: 'Hobb R. Dragon Haven. Voyager; 2010.', 'Brown T.
# Title. Oxford: Blackwell; 2004.' (the labeller read a one-word publisher as the author, or the title as names).
_PERSONS_BOOK = lazy_compile(
    r"(?P<authors>[^.\[\]]+)\.\s(?P<title>[^\[\]]+?)\.\s"
    rf"(?:(?P<place>[^:;.\[\]]+):\s)?(?P<publisher>[^:;.\[\]]+);\s(?P<year>{_YEAR})"
)


_INITIAL_AT_END = lazy_compile(r"(?:^|\s)[A-Z]$")


def parse_nlm_book(text: str) -> Reference | None:
    """A book by persons in NLM's layout: Vancouver's names, the title, [place:] publisher; year."""
    printed = text.strip()
    found = _PERSONS_BOOK.match(printed)
    if found is None or _BODY_BOOK_TRAILER.fullmatch(printed, found.end()) is None:
        return None
    if _numbered_or_an_edition(found["title"]):
        return None  # an edition or volume the learned path reads apart
    if not (authors := parse_springer_authors(found["authors"])):
        return None  # names in no Vancouver form
    if IN_A_BOOK.search(found["title"]):
        return None  # 'Title. In: Jones A, editor. Book. London: Academic Press; 2010.': a chapter, its pages left out
    if found["authors"].strip() in found["publisher"]:
        return None  # 'Diabetes UK. … London: Diabetes UK; 2023.': a body that publishes its own, no person
    title, place, publisher = found["title"].strip(), found["place"], found["publisher"].strip()
    while _INITIAL_AT_END.search(title) and (cut := title.rfind(". ")) > 0:
        # 'The Amber Spyglass. Alfred A. Knopf; 1999.': the publisher's name holds an initial and its stop
        title, publisher = title[:cut], f"{title[cut + 2 :]}. {publisher}"
        if place is None and ": " in publisher:
            place, _, publisher = publisher.partition(": ")  # 'New York: Alfred A. Knopf'
    if _INITIAL_AT_END.search(title):
        return None
    return _book(text, found, authors, title, place, publisher)


def _with_the_bodies_under_it(body: str, title: str) -> tuple[str, str]:
    """'Ministério da Saúde (BR)' + 'Secretaria de Atenção à Saúde. Departamento de Atenção Básica. Envelhecimento e
    saúde da pessoa idosa': the bodies under the first, one sentence each (a government's hierarchy, as NLM and
    Brazil's journals print it), are the author's, as printed; the title is what follows them."""
    count, end = bodies_from(title)
    return (f"{body}. {title[:end].rstrip().removesuffix('.')}", title[end:].strip()) if count else (body, title)


# A body by its short name alone, in capitals: 'UNAIDS', 'UNICEF', 'NICE', 'OECD' (a person is printed with initials).
_ACRONYM = lazy_compile(r"[A-Z][A-Z&-]{2,9}")
_NUMBERED = lazy_compile(r"\b(?:vols?|no|nr|ed|edn|pp|suppl)\.?\s*\d|\b\d+(?:st|nd|rd|th)\s+ed", re.IGNORECASE)
_ISBN = lazy_compile(r"ISBN[:\s]+(?P<isbn>[\d-]+X?)", re.IGNORECASE)
