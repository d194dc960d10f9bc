"""APA's works described in square brackets after their title: software, data sets, talks, films, posts.

'Hasan, A. S. (2026). UV-Vis Spectral Studio (Version v1.3.1) [Computer software]. Zenodo. https://doi.org/…',
'Cukierski, W. (2016). Enron email dataset [Data set]. Kaggle. https://…', 'Correa, A. (2024, July 10). Seamless
Reproducibility of Complex Simulation Workflows [Conference presentation]. JuliaCon 2024, Eindhoven, Netherlands.'
The labeller, which saw few of them, read the description and the source after it into the title, or read nothing.
APA 7 prints the parts in one order: the names, the date in brackets, the title, a version in brackets, the
description, then the source (a publisher or a site; a talk's event and its place) and the link. Read here by that
order; in any other layout the description is still taken out before the labeller reads the rest, and the record
keeps what kind of work it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference
from citekit.months import month_number
from citekit.parsing.authors import split_authors
from citekit.parsing.identifiers import find_identifiers, identifier_fields, without_link_lead
from citekit.parsing.places import is_place
from citekit.parsing.role_brackets import bracket_taken_out

# A description's first words (folded) → the CSL type of the work it describes; None where the type stays as read
# (an editorial is still a journal's article). Longest first where one begins another.
_KINDS = {
    **dict.fromkeys(("computer software", "software", "computer program", "mobile app", "source code"), "software"),
    **dict.fromkeys(("data set", "dataset", "database", "conjunto de datos", "datensatz"), "dataset"),
    **dict.fromkeys(
        (
            "conference presentation",
            "conference session",
            "conference paper",
            "paper presentation",
            "poster presentation",
            "poster session",
            "keynote address",
            "symposium",
            "webinar",
            "presentación",
            "ponencia",
            "vortrag",
        ),
        "speech",
    ),
    **dict.fromkeys(("audiobook", "ebook", "e-book", "kindle version", "kindle edition"), "book"),
    **dict.fromkeys(("film", "motion picture", "video", "vídeo", "archivo de video", "dvd"), "motion_picture"),
    **dict.fromkeys(("television", "tv series", "tv news", "podcast", "audio podcast", "video podcast"), "broadcast"),
    "radio broadcast": "broadcast",
    "blog post": "post-weblog",
    **dict.fromkeys(("tweet", "facebook post", "status update", "instagram photo", "online forum post"), "post"),
    **dict.fromkeys(
        ("unpublished manuscript", "manuscript submitted for publication", "manuscript in preparation"), "manuscript"
    ),
    **dict.fromkeys(("editorial", "letter to the editor", "press release", "fact sheet", "brochure"), None),
    **dict.fromkeys(("infographic", "powerpoint slides", "lecture notes"), None),
}
# The kinds whose source APA prints as one publisher or site (a talk: its event and place), read by rule; a blog's
# post names its blog, an editorial its journal's numbers, which the labeller reads.
_READ_BY_RULE = frozenset({"software", "dataset", "speech", "book", "motion_picture", "manuscript"})
_VERSION_WORDS = r"(?i:version|vers\.|versión|ver\.)"
_DESCRIPTION = lazy_compile(
    rf"(?<=[^\W_]|[.?!)’”\"*])\s*(?:\((?:(?P<version>{_VERSION_WORDS}\s*[^()]{{1,30}}|v?\d+(?:\.[\w-]+)+)"
    r"|(?i:no|nr)\.\s*(?P<number>\w{1,12}))\)\s*)?\[(?P<description>(?i:"
    + "|".join(sorted(map(re.escape, _KINDS), key=len, reverse=True))
    + r")(?![^\W\d_])[^\[\]]{0,60})\]"
)
# APA's layout around it: the names, the date in brackets ('(2019, August 8–11)', '(n.d.)'), the title; or
# Harvard's, the year after the names and a comma: 'Gupta, R., & Sawyer, A., 2014. Tax compliance costs …'.
_APA_FIRST_PARTS = lazy_compile(
    r"^(?P<names>[^()\[\]]{1,400}?)(?:\.?\s*\((?P<date>(?P<undated>n\.\s?d\.|s\.\s?f\.)|(?P<year>1[5-9]\d\d|20\d\d)"
    r"(?P<suffix>[a-z])?(?:,\s*(?P<month>[^\W\d_]{3,})\.?(?:\s+(?P<day>\d{1,2})(?:\s*[–-]\s*(?P<last_day>\d{1,2}))?)?)?)\)"
    r"|,\s+(?P<harvard_year>1[5-9]\d\d|20\d\d)(?P<harvard_suffix>[a-z])?)\.\s+(?P<title>\S.*)$"
)
_VERSION_WORD = lazy_compile(rf"^{_VERSION_WORDS}\s*")  # 'Version v1.3.1' → 'v1.3.1'
# A sentence's end in the source after the description: not 'Warner Bros. Pictures'.
_SENTENCE_END = lazy_compile(r"(?:(?<=[a-z]{3})|(?<=\)))(?<!\bBros)(?<!\bCorp)\.\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Description:
    """The bracket's words, the type they name (None: the type stays as read), the version or the episode's number
    before them ('(Version 2.1)', '(No. 443)'), and the text after the title once they are taken out (where the
    title ends, counted from the end)."""

    words: str
    kind: str | None
    version: str | None
    number: str | None
    after: str


def without_description(text: str) -> tuple[str, Description | None]:
    """The reference without its version and description after the title, and what they say (None: no description)."""
    if "[" not in text or (found := _DESCRIPTION.search(text)) is None or found.start() == 0:
        return text, None
    before, after = bracket_taken_out(text, found.start(), found.end())
    words = found["description"].strip()
    folded = words.casefold()
    kind = next((kind for head, kind in _KINDS.items() if folded.startswith(head)), None)
    version = _VERSION_WORD.sub("", found["version"]).strip() if found["version"] else None
    return before + after, Description(words, kind, version, found["number"], after)


def parse_described_work(text: str, description: Description) -> Reference | None:
    """A work of APA's layout, its description taken out (without_description): names, (date), title, (version),
    [description], then the source and the link."""
    if description.kind not in _READ_BY_RULE or not text.endswith(description.after):
        return None
    parts = _APA_FIRST_PARTS.match(text[: len(text) - len(description.after)])
    if parts is None or not parts["title"].strip(" ."):
        return None
    names, _ = split_authors(parts["names"])
    if not names:
        return None
    rest = description.after
    identifiers = find_identifiers(rest)
    for start, end in sorted(identifiers.spans, reverse=True):
        rest = rest[:start] + rest[end:]
    source = without_link_lead(rest.strip(" .,;")).strip(" .,;")  # not 'Kaggle. Retrieved from''
    reference = Reference(authors=names, title=parts["title"].strip(), **identifier_fields(identifiers))
    if parts["undated"]:
        reference.date_literal = "n.d."
    elif parts["harvard_year"]:
        reference.year, reference.year_suffix = int(parts["harvard_year"]), parts["harvard_suffix"]
    else:
        reference.year, reference.year_suffix = int(parts["year"]), parts["suffix"]
        if parts["month"] and (month := month_number(parts["month"])):
            reference.month, reference.day = month, int(parts["day"]) if parts["day"] else None
            if reference.day and parts["last_day"]:  # a talk over days: '(2023, April 14–19)'
                reference.date_end = f"{reference.year:04d}-{month:02d}-{int(parts['last_day']):02d}"
    if source and description.kind == "speech":
        event, _, place = source.partition(", ")  # 'APA 2019 Convention, Chicago, IL, United States'
        reference.variables["event-title"] = event
        if place:
            reference.variables["event-place"] = place
    elif source:
        # The last sentence names who published it: '… Conference (ISMIR 2012), Porto, Portugal. Zenodo.'
        publisher = _SENTENCE_END.split(source)[-1]  # 'Zenodo', 'GitHub', 'Hachette Audio'
        place, colon, after = publisher.partition(": ")
        if colon and is_place(place):  # APA 6's place first: 'United Kingdom: Warner Bros. Pictures'
            reference.variables["publisher-place"], publisher = place, after
        reference.variables["publisher"] = publisher
    read_description(reference, description)
    return reference


def read_description(reference: Reference, description: Description | None) -> None:
    """What the description says, into the record: its words as the genre, the version, and the type."""
    if description is None:
        return
    reference.variables.setdefault("genre", description.words)
    if description.version:
        reference.variables.setdefault("version", description.version)
    if description.number:
        reference.variables.setdefault("number", description.number)
    if description.kind is not None:
        reference.type = description.kind
