"""Deciding whether a candidate found by a service is the record's paper.

Crossref's own evaluation (SBMV, Tkaczyk 2019) found that validating candidates against the record,
not trusting the search score, is what keeps precision near 99 %: several independent signals must
agree. citekit requires at least three of title, first author, year (±1), volume and first page,
a title that does not contradict, and never takes a notice (correction, erratum, retraction) or a
preprint for a journal article.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from citekit.model import Reference
from citekit.textnorm import alnum_key, normalise_title

TITLE_AGREES = 90.0  # rapidfuzz ratio on normalised titles
TITLE_CONTRADICTS = 75.0
AUTHOR_AGREES = 85.0
REQUIRED_SIGNALS = 3
ACCEPT_SCORE = 0.75

_TAGS = re.compile(r"<[^>]+>")
_NOTICE = re.compile(
    r"^\s*(correction|corrigendum|erratum|errata|retraction|retracted|expression of concern|withdrawal|"
    r"notice of retraction|retraction note|correction to|author correction|publisher correction)\b",
    re.IGNORECASE,
)
_FIRST_NUMBER = re.compile(r"[A-Za-z]*\d+[A-Za-z0-9]*")


@dataclass(slots=True)
class Candidate:
    """What a service says about one work, in citekit's terms."""

    identifier: str  # the DOI or PMID this candidate would give the record
    title: str | None = None
    first_author: str | None = None
    years: set[int] = field(default_factory=set)
    volume: str | None = None
    first_page: str | None = None
    journal_names: list[str] = field(default_factory=list)
    kind: str | None = None  # Crossref type, e.g. journal-article, posted-content
    is_notice: bool = False
    extra: dict[str, str] = field(default_factory=dict)  # other identifiers it carries (pmid, doi, pmcid)


@dataclass(slots=True)
class Verdict:
    candidate: Candidate
    score: float
    signals: list[str]
    accepted: bool
    reason: str


def clean_markup(text: str) -> str:
    """Titles from Crossref and PubMed carry HTML/JATS tags and entities; compare their text."""
    return " ".join(html.unescape(_TAGS.sub(" ", text)).split())


def title_similarity(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    return fuzz.ratio(normalise_title(clean_markup(a)), normalise_title(clean_markup(b)))


def first_page(pages: str | None) -> str | None:
    """'1110–1122' → '1110'; 'e50999' → 'e50999'; '327ra326' → '327ra326'."""
    if not pages:
        return None
    match = _FIRST_NUMBER.search(pages.split("–")[0].split("-")[0])
    return match.group().lower() if match else None


def is_notice_title(title: str | None) -> bool:
    return bool(title and _NOTICE.match(clean_markup(title)))


def judge(reference: Reference, candidate: Candidate) -> Verdict:
    """How well a candidate fits the record, and whether it may be written without asking."""
    signals: list[str] = []
    title_score = title_similarity(reference.title, candidate.title)
    if title_score >= TITLE_AGREES:
        signals.append("title")
    if reference.authors and candidate.first_author:
        ours = alnum_key(reference.authors[0].family)
        theirs = alnum_key(candidate.first_author)
        if ours and theirs and (ours == theirs or fuzz.ratio(ours, theirs) >= AUTHOR_AGREES or theirs.endswith(ours)):
            signals.append("first author")
    if reference.year is not None and any(abs(reference.year - year) <= 1 for year in candidate.years):
        signals.append("year")
    if reference.volume and candidate.volume and reference.volume.strip().lower() == candidate.volume.strip().lower():
        signals.append("volume")
    ours_page = first_page(reference.pages)
    if ours_page and candidate.first_page and ours_page == candidate.first_page.lower():
        signals.append("first page")
    score = _score(title_score, signals)
    reason = f"title {title_score:.0f}%, agrees on {', '.join(signals) or 'nothing'}"
    if candidate.is_notice or is_notice_title(candidate.title):
        return Verdict(candidate, score, signals, False, "a correction/retraction notice, not the paper; " + reason)
    if candidate.kind == "posted-content" and reference.type == "article-journal":
        return Verdict(candidate, score, signals, False, "a preprint, not the journal article; " + reason)
    if reference.title and candidate.title and title_score < TITLE_CONTRADICTS:
        return Verdict(candidate, score, signals, False, "the title differs; " + reason)
    accepted = len(signals) >= REQUIRED_SIGNALS and score >= ACCEPT_SCORE
    return Verdict(candidate, score, signals, accepted, reason)


def _score(title_score: float, signals: list[str]) -> float:
    """0..1: the title's similarity and the share of the other four signals that agree."""
    others = sum(1 for name in ("first author", "year", "volume", "first page") if name in signals)
    return round(0.5 * title_score / 100 + 0.5 * others / 4, 3)


def best(reference: Reference, candidates: list[Candidate]) -> tuple[Verdict | None, Verdict | None]:
    """(accepted verdict, best rejected verdict worth suggesting)."""
    verdicts = sorted((judge(reference, c) for c in candidates), key=lambda v: v.score, reverse=True)
    accepted = [v for v in verdicts if v.accepted]
    if accepted:
        top = accepted[0]
        rivals = [v for v in accepted[1:] if v.candidate.identifier.lower() != top.candidate.identifier.lower()]
        if rivals and rivals[0].score >= top.score - 0.05:
            # Two different works fit equally well: not ours to choose.
            top.accepted = False
            top.reason = f"two candidates fit equally ({rivals[0].candidate.identifier}); " + top.reason
            return None, top
        return top, None
    worth = [v for v in verdicts if v.score >= 0.4 and not v.candidate.is_notice]
    return None, (worth[0] if worth else None)
