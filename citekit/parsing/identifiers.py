"""Identifiers printed inside a reference: DOI, PMID, PMCID, URL. What looks like one but does not
fit its syntax (citekit.identifiers) is left out: a printed 'DOI' can be anything."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citekit.identifiers import clean_doi, clean_pmcid, clean_pmid, clean_url

_DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:?\s*)?(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
_PMID = re.compile(r"\bPMID:?\s*(\d{1,9})\b", re.IGNORECASE)
_PMCID = re.compile(r"\b(?:PMCID:?\s*)?(PMC\d{4,10})\b", re.IGNORECASE)
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_TRAILING = ".,;:)]}>"


@dataclass(slots=True)
class Identifiers:
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    url: str | None = None
    spans: tuple[tuple[int, int], ...] = ()


def _clean(value: str) -> str:
    # A sentence's full stop or a closing bracket is not part of an identifier.
    while value and value[-1] in _TRAILING:
        if value[-1] == ")" and value.count("(") >= value.count(")"):
            break
        value = value[:-1]
    return value


def find_identifiers(text: str) -> Identifiers:
    found = Identifiers()
    spans = []
    # Most references carry none: a plain substring test first is much cheaper than the searches.
    lowered = text.lower()
    doi = _DOI.search(text) if "10." in text else None
    if doi:
        found.doi = clean_doi(_clean(doi.group(1)))
        spans.append((doi.start(), doi.start() + len(doi.group(0).rstrip(_TRAILING))))
    pmid = _PMID.search(text) if "pmid" in lowered else None
    if pmid:
        found.pmid = clean_pmid(pmid.group(1))
        spans.append(pmid.span())
    pmcid = _PMCID.search(text) if "pmc" in lowered else None
    if pmcid:
        found.pmcid = clean_pmcid(pmcid.group(1))
        spans.append(pmcid.span())
    for url in _URL.finditer(text) if "http" in lowered or "www." in lowered else ():
        value = _clean(url.group())
        if "doi.org/" in value.lower():
            continue
        found.url = clean_url(value if "://" in value else "http://" + value)
        spans.append((url.start(), url.start() + len(value)))
        break
    found.spans = tuple(spans)
    return found
