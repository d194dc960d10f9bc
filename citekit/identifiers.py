"""Identifiers checked against their syntax at the boundary, whatever brings them in: a file, a
pasted list or a web service. A value that does not fit is never stored as that identifier.

Each ``clean_*`` returns the identifier in its usual form, or None when the value is not one.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

# 10.<registrant>/<suffix>. The suffix may hold almost anything printable; what it may not hold is
# what would let it escape a BibTeX value, a LaTeX argument or a URL: whitespace, braces,
# backslashes, quotes, '%' and '#' (a DOI in a URL is percent-decoded first).
_DOI = re.compile(r"^10\.\d{4,9}/[^\s{}\\\"%#\x00-\x1f\x7f]+$")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*|doi\s+)", re.IGNORECASE)
_PMID = re.compile(r"^\d{1,9}$")
_PMCID = re.compile(r"^PMC\d{1,10}$")
_URL_FORBIDDEN = re.compile(r"[\s{}\\\"<>\x00-\x1f\x7f]")
MAX_LENGTH = 2048


def clean_doi(value: str | None) -> str | None:
    """'https://doi.org/10.1000/X%2FY' → '10.1000/X/Y'; not a DOI → None. DOIs compare
    case-insensitively (see same_doi); the case as registered is kept."""
    if not value:
        return None
    text = _DOI_PREFIX.sub("", value.strip())
    if "%" in text:
        text = unquote(text)
    text = text.rstrip(".")
    if len(text) > 300 or not _DOI.match(text):
        return None
    return text


def same_doi(a: str | None, b: str | None) -> bool:
    return bool(a and b and a.lower() == b.lower())


def clean_pmid(value: str | None) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    text = re.sub(r"^PMID:?\s*", "", text, flags=re.IGNORECASE)
    if not _PMID.match(text) or int(text) == 0:
        return None
    return str(int(text))


def clean_pmcid(value: str | None) -> str | None:
    if value is None:
        return None
    text = str(value).strip().upper()
    text = re.sub(r"^PMCID:?\s*", "", text)
    if text.isdigit():
        text = "PMC" + text
    return text if _PMCID.match(text) else None


def clean_url(value: str | None) -> str | None:
    """An http(s) URL with a host, or None; nothing in it can end a value or start a command."""
    if not value:
        return None
    text = value.strip()
    if len(text) > MAX_LENGTH or _URL_FORBIDDEN.search(text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text
