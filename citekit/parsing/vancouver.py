"""Vancouver/NLM, the commonest layout in biomedicine, read by rule:
'Aceto N, Bardia A, et al. Circulating … metastasis. Cell. 2014;158(5):1110-22. doi:10.1016/…'

Like the Springer rule, it reads a reference only when every part fits; anything else goes to the
learned path.
"""

from __future__ import annotations

import re

from citekit.model import Reference
from citekit.parsing.identifiers import find_identifiers
from citekit.parsing.names import parse_springer_authors

# Journal. Year[ Mon[ Day]];Volume(Issue):Pages — the source part at the end of the reference.
_SOURCE = re.compile(
    r"(?P<journal>[^.?!]+(?:\.[^.?!\s][^.?!]*)*)\.\s+"
    r"(?P<year>1[5-9]\d\d|20\d\d)(?:\s+[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?:\s+\d{1,2})?)?"
    r"(?:;\s*(?P<volume>[^(:;\s]+)?(?:\s*\((?P<issue>[^)]+)\))?(?::\s*(?P<pages>[^.;\s]+))?)?"
    r"\.?$"
)
_TRAILER = re.compile(r"\.?\s+(?:doi:|https?://|PMID:|PMCID:|Epub\b|Available from\b).*$", re.IGNORECASE)


def parse_vancouver_reference(text: str) -> Reference | None:
    identifiers = find_identifiers(text)
    body = _TRAILER.sub("", text).strip().rstrip(".")
    split = body.find(". ")
    if split <= 0:
        return None
    authors = parse_springer_authors(body[:split])
    if not authors:
        return None
    rest = body[split + 2 :]
    source = _last_source(rest)
    if source is None:
        return None
    title = rest[: source.start()].strip()
    title = title[:-1] if title.endswith(".") else title
    if not title:
        return None
    return Reference(
        authors=authors,
        year=int(source["year"]),
        title=title.strip(),
        journal=source["journal"].strip(),
        volume=source["volume"],
        issue=source["issue"],
        pages=source["pages"],
        type="article-journal",
        raw=text,
        doi=identifiers.doi,
        pmid=identifiers.pmid,
        pmcid=identifiers.pmcid,
    )


def _last_source(rest: str) -> _Shifted | None:
    """The journal-and-locator tail: it starts after the last sentence break that leaves one."""
    breaks = [m.end() for m in re.finditer(r"[.?!]\s+", rest)]
    for start in reversed(breaks):
        match = _SOURCE.fullmatch(rest[start:])
        if match:
            return _Shifted(match, start)
    return None


class _Shifted:
    """A match on a suffix of the text, with positions in the whole text."""

    def __init__(self, match: re.Match[str], offset: int) -> None:
        self._match, self._offset = match, offset

    def start(self) -> int:
        return self._offset

    def __getitem__(self, name: str) -> str | None:
        return self._match[name]
