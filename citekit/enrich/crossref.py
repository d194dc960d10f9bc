"""Crossref REST API: find a record's DOI, or check the DOI it already has."""

from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import quote

from citekit.enrich.http import HttpClient, Response
from citekit.enrich.match import Candidate, first_page
from citekit.model import Reference

DEFAULT_URL = "https://api.crossref.org"
LIST_LIMITER = "crossref-list"
SINGLE_LIMITER = "crossref-single"
# Ask only for what validation needs: smaller answers, and Crossref's advice for matching.
SELECT = (
    "DOI,title,author,container-title,short-container-title,volume,issue,page,article-number,"
    "published-print,published-online,issued,type,score,update-to,updated-by"
)
ROWS = "5"


def base_url() -> str:
    return os.environ.get("CITEKIT_CROSSREF_URL", DEFAULT_URL).rstrip("/")


def bibliographic_query(reference: Reference) -> str:
    """The reference as one string, the way query.bibliographic wants it (no DOI in it)."""
    authors = ", ".join(f"{a.family} {a.given or ''}".strip() for a in reference.authors[:6])
    parts = [authors, f"({reference.year})" if reference.year else "", reference.title or ""]
    source = " ".join(filter(None, [reference.container_title, reference.volume]))
    if reference.issue:
        source += f"({reference.issue})"
    if reference.pages:
        source += f":{reference.pages}"
    return " ".join(part for part in [*parts, source] if part).strip()


def check_json(response: Response) -> None:
    try:
        data = json.loads(response.body)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON: {error.msg}") from None
    if not isinstance(data, dict) or "message" not in data:
        raise ValueError("no message in the answer")


def search(client: HttpClient, reference: Reference, mailto: str | None) -> list[Candidate]:
    params = {"query.bibliographic": bibliographic_query(reference), "rows": ROWS, "select": SELECT}
    if mailto:
        params["mailto"] = mailto
    response = client.get(f"{base_url()}/works", params, limiter=LIST_LIMITER, check=check_json)
    if response.status != 200:
        return []
    message = json.loads(response.body)["message"]
    return [candidate(item) for item in message.get("items", []) if item.get("DOI")]


def work(client: HttpClient, doi: str, mailto: str | None) -> Candidate | None:
    """The work a DOI names, or None when Crossref does not know it (404 'Resource not found.')."""
    params = {"mailto": mailto} if mailto else None
    response = client.get(f"{base_url()}/works/{quote(doi, safe='')}", params, limiter=SINGLE_LIMITER, check=check_json)
    if response.status != 200:
        return None
    return candidate(json.loads(response.body)["message"])


def candidate(item: dict[str, Any]) -> Candidate:
    authors = item.get("author") or []
    first = next((a for a in authors if a.get("sequence") == "first"), authors[0] if authors else None)
    years = set()
    for key in ("issued", "published-print", "published-online", "published"):
        parts = (item.get(key) or {}).get("date-parts") or [[None]]
        if parts and parts[0] and isinstance(parts[0][0], int):
            years.add(parts[0][0])
    titles = item.get("title") or []
    return Candidate(
        identifier=item["DOI"],
        title=titles[0] if titles else None,
        first_author=(first.get("family") or first.get("name")) if first else None,
        years=years,
        volume=item.get("volume"),
        first_page=first_page(item.get("page")) or first_page(item.get("article-number")),
        journal_names=list(item.get("container-title") or []) + list(item.get("short-container-title") or []),
        kind=item.get("type"),
        is_notice=bool(item.get("update-to")),
    )
