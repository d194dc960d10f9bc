"""China's national layout, GB/T 7714: 'Authors. Title[J]. Journal, 2019, 49(3): 123-130.'

The document type code after the title says what follows it (GB/T 7714-2015, table 1): [J] a
journal, its year, volume, issue and pages; [M] a book, [D] a thesis and [R] a report, each with
its place, publisher (or university, or institution) and year. '/OL' marks the online form. Other
codes ([C] proceedings with their '//' container, [N] newspapers, [EB] web pages, …) are left to the
learned path.
"""

from __future__ import annotations

import re

from citekit.model import Reference
from citekit.parsing.authors import split_authors
from citekit.parsing.names import parse_springer_authors

# Both full stops and commas may be the ideographic ones in Chinese text. The spaces around the title are
# taken whole ('*+') and the title ends on a mark: a run of spaces tried from each of its places took time
# growing with its square.
_HEAD = re.compile(
    r"^(?P<authors>[^.。\[\]]{1,300}?)\s*[.。]\s*+(?P<title>[^\[\]]+?)(?<=\S)\s*+\[(?P<code>[JMDR])(?:/OL)?\]\s*[.。]?\s*"
    r"(?P<rest>.*)$"
)
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)"
# 'Journal, 2019, 49(3): 123-130.', 'Journal, 2019(3): 12-15.', 'Journal, 2019, 49: 123.'
_JOURNAL = re.compile(
    rf"^(?P<journal>[^,，:：]+?)\s*[,，]\s*{_YEAR}\s*(?:[,，]\s*(?P<volume>\d+))?\s*(?:\((?P<issue>[^()]+)\))?"
    r"\s*(?:[:：]\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?\s*[.。]?$"
)
# 'Place: Publisher, 2010.', with the pages cited after a colon: 'Place: Publisher, 2010: 45-67.'
_PUBLISHED = re.compile(
    rf"^(?P<place>[^:：,，]+?)\s*[:：]\s*(?P<publisher>[^,，]+?)\s*[,，]\s*{_YEAR}"
    r"\s*(?:[:：]\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?\s*[.。]?$"
)
_KINDS = {"M": "book", "D": "thesis", "R": "report"}
_ET_AL = re.compile(r"\s*[,，]\s*(?:等|et\s+al)\.?\s*$")  # '…, 等' (and others), '…, et al.'


def parse_gbt7714_reference(text: str) -> Reference | None:
    """One reference in GB/T 7714's layout, or None when the text is not one this reads."""
    head = _HEAD.match(text.strip())
    if head is None:
        return None
    names = _ET_AL.sub("", head["authors"])
    authors = parse_springer_authors(names) or split_authors(names)[0]  # 'WANG X, LI Y', else '王晓明, 李华'
    if not authors:
        return None
    rest = head["rest"].strip()
    if head["code"] == "J":
        found = _JOURNAL.match(rest)
        if found is None:
            return None
        return Reference(
            authors=authors,
            year=int(found["year"]),
            title=head["title"].strip(),
            container_title=found["journal"].strip(),
            volume=found["volume"],
            issue=found["issue"].strip() if found["issue"] else None,
            pages=_pages(found["pages"]),
            type="article-journal",
            raw=text,
        )
    found = _PUBLISHED.match(rest)
    if found is None:
        return None
    reference = Reference(
        authors=authors,
        year=int(found["year"]),
        title=head["title"].strip(),
        pages=_pages(found["pages"]),
        type=_KINDS[head["code"]],
        raw=text,
    )
    reference.variables["publisher"] = found["publisher"].strip()
    reference.variables["publisher-place"] = found["place"].strip()
    return reference


def _pages(pages: str | None) -> str | None:
    return re.sub(r"\s+", "", pages).replace("–", "-") if pages else None
