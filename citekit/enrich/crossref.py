"""Crossref REST API: find a record's DOI, or check the DOI it already has."""

from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import quote

from citekit.enrich.http import HttpClient, Response
from citekit.enrich.match import Candidate, first_page
from citekit.identifiers import clean_doi
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


def _message(response: Response) -> dict[str, Any]:
    try:
        data = json.loads(response.body)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"not JSON: {getattr(error, 'msg', error)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("message"), dict):
        raise ValueError("no message object in the answer")
    return data["message"]


def check_list(response: Response) -> None:
    """A /works list: items that are works, each with a DOI that is one."""
    items = _message(response).get("items")
    if not isinstance(items, list):
        raise ValueError("no list of items in the answer")
    for item in items:
        candidate(item)


def check_work(response: Response) -> None:
    candidate(_message(response))


def search(client: HttpClient, reference: Reference, mailto: str | None) -> list[Candidate]:
    params = {"query.bibliographic": bibliographic_query(reference), "rows": ROWS, "select": SELECT}
    if mailto:
        params["mailto"] = mailto
    response = client.get(f"{base_url()}/works", params, limiter=LIST_LIMITER, check=check_list)
    if response.status != 200:
        return []
    return [candidate(item) for item in _message(response)["items"]]


def work(client: HttpClient, doi: str, mailto: str | None) -> Candidate | None:
    """The work a DOI names, or None when Crossref does not know it (404 'Resource not found.')."""
    params = {"mailto": mailto} if mailto else None
    response = client.get(f"{base_url()}/works/{quote(doi, safe='')}", params, limiter=SINGLE_LIMITER, check=check_work)
    if response.status != 200:
        return None
    return candidate(_message(response))


def candidate(item: Any) -> Candidate:
    """A Crossref work in citekit's terms. ValueError when it is not a work, or its DOI is not one:
    what a service sends is checked before anything of it is believed."""
    if not isinstance(item, dict):
        raise ValueError("an item that is not a work")
    doi = clean_doi(item.get("DOI") if isinstance(item.get("DOI"), str) else None)
    if doi is None:
        raise ValueError(f"not a DOI: {str(item.get('DOI'))[:60]!r}")
    authors = [a for a in _list(item.get("author")) if isinstance(a, dict)]
    first = next((a for a in authors if a.get("sequence") == "first"), authors[0] if authors else None)
    years = set()
    for key in ("issued", "published-print", "published-online", "published"):
        date = item.get(key)
        parts = date.get("date-parts") if isinstance(date, dict) else None
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            if isinstance(parts[0][0], int):
                years.add(parts[0][0])
    titles = [t for t in _list(item.get("title")) if isinstance(t, str)]
    return Candidate(
        identifier=doi,
        title=titles[0] if titles else None,
        first_author=(_text(first.get("family")) or _text(first.get("name"))) if first else None,
        years=years,
        volume=_text(item.get("volume")),
        first_page=first_page(_text(item.get("page"))) or first_page(_text(item.get("article-number"))),
        journal_names=[
            name
            for key in ("container-title", "short-container-title")
            for name in _list(item.get(key))
            if isinstance(name, str)
        ],
        kind=_text(item.get("type")),
        is_notice=bool(item.get("update-to")),
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _list(value: Any) -> list[Any]:
    """Crossref's arrays ('title': [...]); a lone string counts as one item, anything else as none."""
    if isinstance(value, list):
        return value
    return [value] if isinstance(value, str) else []
