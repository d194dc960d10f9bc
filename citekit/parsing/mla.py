"""MLA's book, read by rule: 'Morrison, Toni. Beloved. Alfred A. Knopf, 1987.'; Chicago's with the place alone.

MLA 9, the humanities' common style, prints a book as the author's name (family first), the title,
then the publisher and the year, each a sentence. The learned labeller, trained on few such strings,
reads a short title as more of the author's name ('Beloved', 'Orientalism') and drops the reference
as unreadable, or reads the publisher as a journal. The layout is plain enough to read by rule; any
other sentence (an editor, a translator, a journal's volume) leaves the string to the labeller.
"""

from __future__ import annotations

import re

from citekit.model import Reference
from citekit.parsing.authors import split_authors
from citekit.parsing.places import is_place

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_PARTICLE = r"(?:(?:de|da|del|van|von|der|di|le|la)\s)?"
_BOOK = re.compile(
    rf"^(?P<family>{_PARTICLE}{_WORD}(?:[ -]{_WORD}){{0,2}}),\s"
    rf"(?P<given>{_WORD}(?:\s(?:{_WORD}|[A-Z]\.))*?)(?:(?<=\.)|\.)\s"  # 'Toni.', 'Edward W.'
    # One sentence, a question or an exclamation ('Can the Subaltern Speak?'), no full stop inside.
    r"(?P<title>[A-ZÀ-ÖØ-Þ0-9][^.?!]*?)(?:\.|(?P<mark>[?!]))\s"
    r"(?P<publisher>[A-ZÀ-ÖØ-Þ][^,.:;()\d]*?(?:\s[A-Z]\.\s[^,.:;()\d]*?)?),\s"
    r"(?P<year>1[5-9]\d\d|20\d\d)\.?$"
)
# A sentence that says the string is no book: a journal's volume or issue, pages, an edition, a
# role ('edited by', 'translated by'), a thesis, a link.
_NOT_A_BOOK = re.compile(
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
