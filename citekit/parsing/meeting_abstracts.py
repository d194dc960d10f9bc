"""A meeting's abstract printed in a journal's supplement, as the AACR's 'Citation Format' gives it: 'Shanshan Deng,
…, Wei Li. Colchicine binding site agents … [abstract]. In: Proceedings of the American Association for Cancer
Research Annual Meeting 2019; 2019 Mar 29-Apr 3; Atlanta, GA. Philadelphia (PA): AACR; Cancer Res
2019;79(13 Suppl):Abstract nr 4608.'

The labeller read the meeting's proceedings as the journal, the supplement's volume and issue as theirs, the
meeting's city and the publisher's as one place, and left the abstract's number out. The abstract is the
journal's (Crossref records it so, the number as its page): the journal, volume, issue and number from the
citation's end, the publisher and its place before them, the meeting as the event; '[abstract]' is no part of the
title. Without a journal ('… Philadelphia (PA): AACR; 2022. Abstract nr 5004') the abstract is the proceedings'.
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference

# The citation's end: the publisher's place and name, then the journal's year, volume, supplement and the
# abstract's number ('Cancer Res 2021;81(13_Suppl):Abstract nr 176'), or the year alone ('AACR; 2022. Abstract nr').
_PUBLISHED = lazy_compile(
    r"(?P<place>[^.;:]{2,60}):\s*(?P<publisher>[^.;:]{2,60});\s*"
    r"(?:(?P<journal>[^.;:\d][^;:]{0,100}?)\s+(?P<year>(?:19|20)\d\d);\s*(?P<volume>\w{1,10})\s*\((?P<issue>[^()]{1,30})\)"
    r"\s*:\s*|(?P<proceedings_year>(?:19|20)\d\d)\.\s*)"
    r"Abstract\s+nr\.?\s*(?P<number>[A-Za-z]{0,4}\d[\w-]{0,10})\.?\s*$"
)
# The meeting: its proceedings' title, up to the first semicolon ('Proceedings of … Annual Meeting 2019;').
_MEETING = lazy_compile(r"(?:\bIn:\s*)?(?P<event>Proceedings\s+of\s+[^;]{5,200}?)\s*;")
_ABSTRACT_MARK = lazy_compile(r"\s*\[abstract\]\s*$")


def read_meeting_abstract(reference: Reference, text: str) -> None:
    """A meeting's abstract in a journal's supplement (the module's docstring)."""
    if "Abstract nr" not in text or (published := _PUBLISHED.search(text)) is None:
        return
    meeting = _MEETING.search(text, 0, published.start())
    if meeting is None:
        return
    # What the labeller read there, and the meeting's days as the publication's month and day, go.
    reference.forget("container_title", "volume", "issue", "pages", "month", "day")
    reference.variables["publisher"] = published["publisher"].strip()
    reference.variables["publisher-place"] = published["place"].strip()
    reference.pages, reference.issue, reference.volume = published["number"], published["issue"], published["volume"]
    if published["journal"]:
        reference.container_title, reference.year = published["journal"].strip(), int(published["year"])
        reference.variables["event-title"] = meeting["event"].strip()
        reference.type = "article-journal"
    else:
        reference.container_title, reference.year = meeting["event"].strip(), int(published["proceedings_year"])
        reference.type = "paper-conference"
    title = reference.title or ""
    if (mark := _ABSTRACT_MARK.search(title)) is not None:
        title = title[: mark.start()]
        # '"Seq2Karyotype (S2K): … data" [abstract]': the quote's close, its opening taken off before
        reference.title = title.rstrip('"”') if title.count('"') + title.count("“") == 1 else title
    if reference.title and meeting["event"] in reference.title:
        reference.title = reference.title[: reference.title.find(meeting["event"])].rstrip(" .;:[") or None
