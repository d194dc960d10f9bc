"""Preprints: the server that holds one is where a journal's name would be.

bioRxiv, medRxiv, Research Square and the like give their preprints DOIs and are printed in a
journal's place ('… cells. bioRxiv. 2023. doi:10.1101/…', Nature's '… cells. Preprint at bioRxiv
https://doi.org/10.1101/… (2023).'). The labeller, trained mostly on journals' references, leaves the
name unread, so the record lost where the work is. GROBID's corpus labels the name as the journal, as
Zotero's and Crossref's records name the server; CSL's type for a preprint is 'article'. arXiv is not
among them: its identifiers are read as eprints (identifiers.py), and AnyStyle's data labels its name
a note; nor SSRN, whose 'Available at SSRN 2247043' AnyStyle's data labels a note too.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference
from citekit.months import month_number

# Servers with DOIs for their preprints, by the names they print; not inside a link or a host name
# ('www.biorxiv.org/…', 'researchsquare.com').
_SERVER = lazy_compile(
    r"(?<![\w/.@-])(?P<name>bioRxiv|medRxiv|Research\s?Square|ChemRxiv|PsyArXiv|SocArXiv|EarthArXiv"
    r"|Preprints\.org|OSF\s?Preprints|Authorea)(?![\w/@-]|\.\w)",
    re.IGNORECASE,
)
_SERVER_ENDING_THE_TITLE = lazy_compile(rf"[,.]\s*+(?:{_SERVER.pattern})$", re.IGNORECASE)
# NLM's mark after a preprint's server: 'medRxiv [Preprint]'.
_PREPRINT_MARK = lazy_compile(r"(?<!\s)\s*+\[pre-?print\]\s*$", re.IGNORECASE)  # spaces taken whole: linear
# Nature's preprint with no server named, a link after: 'Preprint at https://doi.org/10.1101/… (2020).'
_PREPRINT_AT = lazy_compile(r"\bPreprint at (?:https?://|www\.|doi:)")
# PubMed's citation of a preprint: the day it was posted, then the server's own identifier where an
# article's volume and pages go: 'bioRxiv [Preprint]. 2020 Dec 8:2020.12.07.415422. doi: …', 'ArXiv
# [Preprint]. 2020 Apr 22:arXiv:2004.10706v4.'
_PUBMED_POSTED = lazy_compile(
    r"\[pre-?print\]\.?\s*(?:1[5-9]\d\d|20\d\d)(?:\s+[A-Z][a-z]{2}(?:\s+(?P<day>\d{1,2}))?)?\s*:\s*"
    r"(?P<id>[^\s;]+?)\.?(?:\s|$)",
    re.IGNORECASE,
)

# AMA's note on a preprint after its server: 'arXiv. Preprint posted online March 7, 2023.', 'Research Square.
# Preprint posted online January 01, 2025.', '… on Mar 31, 2023', '… in 2023'.
_POSTED_ONLINE = lazy_compile(
    r"[.,]?\s*+Preprint\s+posted\s+online(?:(?:\s+(?:on|in))?\s+(?P<date>[^.\[\]\n]{0,30}))?", re.IGNORECASE
)
_POSTED_DAY = lazy_compile(r"(?P<month>[A-Za-z]{3,9})\.?\s+(?:(?P<day>\d{1,2}),?\s+)?(?P<year>(?:19|20)\d\d)")

# bioRxiv's and medRxiv's own identifier since December 2019, the day it was posted and a number (medRxiv's of
# eight figures), printed on its own (not the end of a DOI, '10.1101/2024.05.08.593138'): '2024.05.08.593138',
# '2021.03.01.433431v2', '2020.03.11.20031096'.
_DATED_ID = lazy_compile(r"(?<![\w./])20[1-9]\d\.[01]\d\.[0-3]\d\.\d{6}(?:\d\d)?(?:v\d{1,2})?(?![\w.]|\.\d)")


# arXiv named where a journal would be, as Zotero's styles print its preprints ('In arXiv [physics.bio-ph]. arXiv.')
# and Google Scholar's ('arXiv preprint arXiv:1810.04805'): no periodical.
_ARXIV_AS_SOURCE = lazy_compile(r"arxiv(?:\s+(?:pre-?print|e-?prints?))?", re.IGNORECASE)


def read_arxiv_preprint(reference: Reference) -> None:
    """A work known by its arXiv identifier alone, with no journal or only arXiv in a journal's place, is a
    preprint: CSL's 'article' ('not published in a periodical'), as Zotero types arXiv's records; one with its
    journal too ('Phys. Rev. D 80 (2009), arXiv:0907.0427'), or a journal's volume and pages with no journal named
    ('… wielandt's inequality 56( 9) 4668-4673. arXiv:0909.5347'), stays the journal's article. MDPI's 'arXiv 2023,
    arXiv:2309.02427.' prints arXiv where a book's place would be, and the labeller read it so: no book, no place."""
    place = reference.variables.get("publisher-place")
    if (
        reference.type == "book"
        and place
        and _ARXIV_AS_SOURCE.fullmatch(place)
        and reference.variables.get("eprinttype") == "arXiv"
        and "publisher" not in reference.variables
    ):
        del reference.variables["publisher-place"]
        reference.confidence.pop("place", None)
        reference.type = "article-journal"  # then read as any record known by its identifier alone
    if (
        reference.type == "article-journal"
        and reference.variables.get("eprinttype") == "arXiv"
        and not (reference.volume or reference.pages)
        and (not reference.container_title or _ARXIV_AS_SOURCE.fullmatch(reference.container_title))
    ):
        reference.type = "article"


def read_preprint_server(reference: Reference, text: str) -> None:
    """A preprint server named after the title, with no journal read, is the container; a record whose
    container is such a server is a preprint."""
    if "osted online" in text and (posted := _POSTED_ONLINE.search(text)) is not None:
        _posted_online(reference, posted)
    read_arxiv_preprint(reference)
    if "[" in text and (posted := _PUBMED_POSTED.search(text)) is not None:
        _posted_read_apart(reference, posted)
    container = reference.container_title
    if container and (mark := _PREPRINT_MARK.search(container)) and mark.start():
        container = reference.container_title = container[: mark.start()]
    if not container and reference.title and (ending := _SERVER_ENDING_THE_TITLE.search(reference.title)):
        # 'Strobemers: an alternative to k-mers for sequence comparison, bioRxiv 2021.01.28.428549': the server
        # read into the title, after its comma
        reference.title = reference.title[: ending.start()]
        container = _server_as_container(reference, ending["name"])
    if not container:
        title = reference.title
        start = text.find(title) if title else -1
        if start < 0 or (found := _SERVER.search(text, start + len(title or ""))) is None:
            if reference.type == "article-journal" and "reprint at" in text and _PREPRINT_AT.search(text):
                reference.type = "article"  # Nature's 'Preprint at https://arxiv.org/abs/1706.03762 (2017).'
            return
        container = _server_as_container(reference, found["name"])
    if not _SERVER.fullmatch(container):
        return
    if reference.type == "article-journal":
        reference.type = "article"
    if (dated := _DATED_ID.search(text)) is not None:
        reference.variables.setdefault("number", dated.group())  # '*bioRxiv.* 2024; 2024.05.08.593138'
        for name in ("volume", "issue", "pages"):  # the identifier's parts read as an article's numbers
            if (value := getattr(reference, name)) and value.replace(" ", "") in dated.group():
                reference.forget(name)


def _posted_online(reference: Reference, posted: re.Match[str]) -> None:
    """AMA's note on a preprint: no part of the server's name the labeller read it into ('Research Square. Preprint
    posted online'); the day it gives is the preprint's, and the work is one."""
    container = reference.container_title or ""
    if (note := _POSTED_ONLINE.search(container)) is not None:
        reference.container_title = container[: note.start()].strip() or None
    if reference.type == "article-journal" and not (reference.volume or reference.pages):
        reference.type = "article"
    day = _POSTED_DAY.fullmatch(posted["date"].strip()) if posted["date"] else None
    if day is not None and (reference.year is None or reference.year == int(day["year"])):
        reference.year = int(day["year"])
        if (month := month_number(day["month"])) is not None:
            reference.month, reference.day = month, int(day["day"]) if day["day"] else None


def _server_as_container(reference: Reference, name: str) -> str:
    """The server found in the text as the record's container, no surer than its title (at most 0.9)."""
    reference.container_title = " ".join(name.split())
    reference.confidence["journal"] = min(reference.confidence.get("title", 1.0), 0.9)
    return reference.container_title


def _posted_read_apart(reference: Reference, posted: re.Match[str]) -> None:
    """The day and the identifier of PubMed's 'YYYY Mon D:identifier' are no volume or pages (the
    labeller read them so): the day is the date's, the identifier the preprint's number."""
    day, identifier = posted["day"], posted["id"]
    for name in ("volume", "pages"):
        if getattr(reference, name) in (day, identifier):
            reference.forget(name)
    if day is not None and reference.month and not reference.day:
        reference.day = int(day)
    if not identifier.lower().startswith("arxiv:"):  # arXiv's is the eprint, read as such
        reference.variables.setdefault("number", identifier)
    if reference.type == "article-journal":
        reference.type = "article"
