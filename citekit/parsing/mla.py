"""MLA's book, read by rule: 'Morrison, Toni. Beloved. Alfred A. Knopf, 1987.'; Chicago's with the place alone.

MLA 9, the humanities' common style, prints a book as the author's name (family first), the title,
then the publisher and the year, each a sentence. The learned labeller, trained on few such strings,
reads a short title as more of the author's name ('Beloved', 'Orientalism') and drops the reference
as unreadable, or reads the publisher as a journal. The layout is plain enough to read by rule; any
other sentence (an editor, a translator, a journal's volume) leaves the string to the labeller.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference
from citekit.parsing.authors import split_authors
from citekit.parsing.places import is_place

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_PARTICLE = r"(?:(?:de|da|del|van|von|der|di|le|la)\s)?"
_BOOK = lazy_compile(
    rf"^(?P<family>{_PARTICLE}{_WORD}(?:[ -]{_WORD}){{0,2}}),\s"
    rf"(?P<given>{_WORD}(?:\s(?:{_WORD}|[A-Z]\.))*?)(?:(?<=\.)|\.)\s"  # 'Toni.', 'Edward W.'
    # One sentence, a question or an exclamation ('Can the Subaltern Speak?'), no full stop inside.
    r"(?P<title>[A-ZÀ-ÖØ-Þ0-9][^.?!]*?)(?:\.|(?P<mark>[?!]))\s"
    r"(?P<publisher>[A-ZÀ-ÖØ-Þ][^,.:;()\d]*?(?:\s[A-Z]\.\s[^,.:;()\d]*?)?),\s"
    r"(?P<year>1[5-9]\d\d|20\d\d)\.?$"
)
# A sentence that says the string is no book: a journal's volume or issue, pages, an edition, a
# role ('edited by', 'translated by'), a thesis, a link.
_NOT_A_BOOK = lazy_compile(
    r"\b(?:vol|no|pp|ed|eds|edn|edition|edited|translated|trans|dissertation|thesis|press\s+release)\b\.?"
    r"|https?:|www\.|doi",
    re.IGNORECASE,
)


def parse_mla_book(text: str) -> Reference | None:
    """'Family, Given. Title. Publisher, Year.' or None when the string is anything else."""
    found = _BOOK.match(text.strip())
    if found is None or _NOT_A_BOOK.search(found["publisher"]) or len(found["publisher"].split()) > 7:
        return None
    names, _ = split_authors(f"{found['family']}, {found['given']}")
    if len(names) != 1:
        return None
    title = found["title"].strip() + (found["mark"] or "")
    imprint = found["publisher"].strip()
    # Chicago's older books print the place alone: 'Wilson, David R. Anglo-Saxon Paganism. London, 1992.'
    where = "publisher-place" if is_place(imprint) else "publisher"
    return Reference(
        authors=names,
        year=int(found["year"]),
        title=title,
        type="book",
        raw=text,
        variables={where: imprint},
    )


# MLA's article after its quoted title, as Google Scholar's 'Cite' prints it, the issue after the volume's stop:
# 'nature 529.7587 (2016): 484-489.', 'science 317.5844 (2007): 1518-1522.', 'Bioinformatics 29.21 (2013):
# 2722-2728.' The labeller, which saw few issues of four or five figures, read 'nature 518.7540' as the volume,
# or the journal and numbers as pages. The journal's name holds no figure and no comma (MLA 9's '61, no. 1' is
# the labeller's to read).
_ARTICLE_SOURCE = lazy_compile(
    r"[.?!,][\"”]\s++(?P<journal>[^\s\"“”\d,][^\"“”\d,]{0,200}?)\s(?P<volume>\d{1,5})"
    r"\.(?P<issue>[A-Z]?\d{1,6}|[A-Z])\s\((?P<year>1[5-9]\d\d|20\d\d)\)"
    r"(?::\s*+(?P<pages>[A-Za-z]?\d{1,7}(?:\s?[-–]\s?[A-Za-z]?\d{1,7})?))?\.?\s*+$"
)
# A sentence between the title and the journal ('Trans. Nicholas Rand. Critical Inquiry 13.2'): not the journal's.
_SENTENCE_BREAK = lazy_compile(r"(?<=[a-z]{3})\.\s+")


def read_mla_source(reference: Reference, text: str) -> None:
    """An MLA article's journal, volume, issue, year and pages from the source printed after its quoted title."""
    if '"' not in text and "”" not in text:
        return
    found = _ARTICLE_SOURCE.search(text)
    if found is None or reference.type not in ("article-journal", "article"):
        return
    reference.container_title = _SENTENCE_BREAK.split(found["journal"].strip())[-1]
    reference.volume, reference.issue, reference.year = found["volume"], found["issue"], int(found["year"])
    reference.pages = found["pages"].replace(" ", "") if found["pages"] else None
