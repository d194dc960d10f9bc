"""China's national layout, GB/T 7714: 'Authors. Title[J]. Journal, 2019, 49(3): 123-130.'

The document type code after the title says what follows it (GB/T 7714-2015, table 1): [J] a
journal, its year, volume, issue and pages; [M] a book, [D] a thesis and [R] a report, each with
its place, publisher (or university, or institution) and year. A part of a larger work, '//' and
the work (§8.1.2, 'Title[C]//Proceedings. Place: Publisher, 2016: 12-20.'): [C] a paper in
proceedings, [M] or [A] a chapter. Google Scholar's 'GB/T 7714' export prints it so, the
proceedings' publisher with no place ('Springer, Cham, 2016: 21-37'). '/OL' marks the online form.
Names are the family name, then its initials with no stops ('Yuille A L'). Other codes ([N]
newspapers, [EB] web pages, …) are left to the learned path.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.parsing.authors import split_authors
from citekit.parsing.identifiers import find_identifiers, identifier_fields
from citekit.parsing.names import parse_springer_authors

# Both full stops and commas may be the ideographic ones in Chinese text. The spaces around the title are
# taken whole ('*+') and the title ends on a mark: a run of spaces tried from each of its places took time
# growing with its square.
_HEAD = lazy_compile(
    r"^(?P<authors>[^.。\[\]]{1,300}?)\s*[.。]\s*+(?P<title>[^\[\]]+?)(?<=\S)\s*+\[(?P<code>[JMDRCA])(?:/OL)?\]"
    r"(?:\s*+(?P<part>//)|\s*[.。]?)\s*(?P<rest>.*)$"
)
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)"
# 'Journal, 2019, 49(3): 123-130.', 'Journal, 2019(3): 12-15.', 'Journal, 2019, 49: 123.'
_JOURNAL = lazy_compile(
    rf"^(?P<journal>[^,，:：]+?)\s*[,，]\s*{_YEAR}\s*(?:[,，]\s*(?P<volume>\d+))?\s*(?:\((?P<issue>[^()]+)\))?"
    r"\s*(?:[:：]\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?\s*[.。]?$"
)
# 'Place: Publisher, 2010.', with the pages cited after a colon: 'Place: Publisher, 2010: 45-67.'
_PUBLISHED = lazy_compile(
    rf"^(?P<place>[^:：,，]+?)\s*[:：]\s*(?P<publisher>[^,，]+?)\s*[,，]\s*{_YEAR}"
    r"\s*(?:[:：]\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?\s*[.。]?$"
)
# After '//': the larger work, then 'Place: Publisher, Year', 'Publisher[, Place], Year' or the year alone, then the
# volume and issue ('2010, 2(4)') and the pages ('2016: 770-778').
_PART_OF = lazy_compile(
    rf"^(?P<container>[^\[\]]+?)\s*[.。,，]\s*(?:(?P<place>[^:：,，.。]{{1,60}}?)\s*[:：]\s*(?P<publisher>[^,，:：]{{1,80}}?)\s*[,，]\s*"
    rf"|(?P<alone>[^:：,，.。\d][^:：,，.。]{{0,80}}?)(?:\s*[,，]\s*(?P<alone_place>[^:：,，.。\d][^:：,，.。]{{0,40}}?))?\s*[,，]\s*)?"
    rf"{_YEAR}[a-z]?(?:\s*[,，]\s*(?P<volume>\d+)(?:\s*\((?P<issue>[^()]+)\))?)?"
    r"\s*(?:[:：]\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?\s*[.。]?$"
)
# Identifiers and links after the reference ('… 2020, 204(5): 1234-1245. DOI: 10.4049/…', '… https://arxiv.org/abs/…'):
# read apart (find_identifiers), no part of its fields.
_TRAILER = lazy_compile(
    r"(?:[.,;]?\s*+(?:(?:DOI|doi)\s*:?\s*+\S++|https?://\S++|arXiv:\s*+\S++|PMID:?\s*+\d++|PMCID:?\s*+PMC\d++))++\s*+$"
)
_KINDS = {"M": "book", "D": "thesis", "R": "report"}
_PART_KINDS = {"C": "paper-conference", "J": "article-journal"}  # [M]//, [A]//: a chapter

_ET_AL = lazy_compile(r"\s*[,，]\s*(?:等|et\s+al)\.?\s*$")  # '…, 等' (and others), '…, et al.'


def parse_gbt7714_reference(text: str) -> Reference | None:
    """One reference in GB/T 7714's layout, or None when the text is not one this reads."""
    head = _HEAD.match(text.strip())
    if head is None:
        return None
    authors = _names(_ET_AL.sub("", head["authors"]))
    if not authors:
        return None
    rest = _TRAILER.sub("", head["rest"]).strip()
    if head["part"]:
        return _part(head, authors, rest, text)
    if head["code"] == "J":
        found = _JOURNAL.match(rest)
        return _in_source(head, authors, found, found["journal"], "article-journal", text) if found else None
    found = _PUBLISHED.match(rest)
    if found is None or head["code"] not in _KINDS:
        return None
    reference = Reference(
        authors=authors,
        year=int(found["year"]),
        title=head["title"].strip(),
        pages=_pages(found["pages"]),
        type=_KINDS[head["code"]],
        raw=text,
        **identifier_fields(find_identifiers(text)),
    )
    reference.variables["publisher"] = found["publisher"].strip()
    reference.variables["publisher-place"] = found["place"].strip()
    return reference


def _names(names: str) -> list[Author]:
    """'Chen X, Yuille A L' (initials without stops, one a word), 'WANG X, LI Y', or '王晓明, 李华'."""
    found = [_initials_last(part) for part in re.split(r"[,，]", names)]
    if found and all(found):
        return [author for author in found if author]
    return parse_springer_authors(names) or split_authors(names)[0]


def _initials_last(name: str) -> Author | None:
    """'Yuille A L', 'Qi C R', 'Hjort Blindell G', 'WANG X': the family name, then its initials, one
    capital a word or two or three together."""
    words = name.split()
    given = 0
    while given < min(3, len(words) - 1) and len(words[-1 - given]) == 1 and words[-1 - given].isupper():
        given += 1
    if not given and len(words) >= 2 and 2 <= len(words[-1]) <= 3 and words[-1].isalpha() and words[-1].isupper():
        given = 1
    family = words[: len(words) - given]
    if not given or not any(len(word) >= 2 and word.isalpha() for word in family):
        return None
    return Author(family=" ".join(family), given="".join(words[len(words) - given :]))


def _part(head: re.Match[str], authors: list[Author], rest: str, text: str) -> Reference | None:
    """A paper in proceedings ([C]//), a chapter ([M]//, [A]//), or a journal's article ([J]//)."""
    found = _PART_OF.match(rest)
    if found is None:
        return None
    kind = _PART_KINDS.get(head["code"], "chapter")
    reference = _in_source(head, authors, found, found["container"], kind, text)
    publisher = found["publisher"] or found["alone"]
    place = found["place"] or found["alone_place"]
    if publisher:
        reference.variables["publisher"] = publisher.strip()
    if place:
        reference.variables["publisher-place"] = place.strip()
    return reference


def _in_source(
    head: re.Match[str],
    authors: list[Author],
    found: re.Match[str],
    source: str,
    kind: str,
    text: str,
) -> Reference:
    """A work in a journal or a book: the source's name, and its year, volume, issue and pages."""
    return Reference(
        authors=authors,
        year=int(found["year"]),
        title=head["title"].strip(),
        container_title=source.strip(),
        volume=found["volume"],
        issue=found["issue"].strip() if found["issue"] else None,
        pages=_pages(found["pages"]),
        type=kind,
        raw=text,
        **identifier_fields(find_identifiers(text)),
    )


def _pages(pages: str | None) -> str | None:
    return re.sub(r"\s+", "", pages).replace("–", "-") if pages else None
