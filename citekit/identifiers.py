"""Identifiers checked against their syntax at the boundary, whatever brings them in: a file, a
pasted list or a web service. A value that does not fit is never stored as that identifier.

Each ``clean_*`` returns the identifier in its usual form, or None when the value is not one.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from citekit.lazy_regex import lazy_compile

# 10.<registrant>/<suffix>. The suffix may hold almost anything printable; what it may not hold is
# what would let it escape a BibTeX value, a LaTeX argument or a URL: whitespace, braces,
# backslashes, quotes, '%' and '#' (a DOI in a URL is percent-decoded first).
_DOI = lazy_compile(r"^10\.\d{4,9}/[^\s{}\\\"%#\x00-\x1f\x7f]+$")
# Invisible characters a DOI copied from a page or a PDF may hold ('10.1097/MCC.00000\u200b00000\u200b000571', Wiley's
# places to break the line): a zero-width space, a word joiner, a stray byte-order mark. No part of a DOI (one kept
# with them resolves nowhere), nor of a PDF's text (parsing.page takes them out of it).
ZERO_WIDTH_CHARACTERS = "\u200b\u2060\ufeff"
_ZERO_WIDTH = lazy_compile(f"[{ZERO_WIDTH_CHARACTERS}]")
_DOI_PREFIX = lazy_compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*|doi\s+)", re.IGNORECASE)
_PMID = lazy_compile(r"^\d{1,9}$")
_PMCID = lazy_compile(r"^PMC\d{1,10}$")
_URL_FORBIDDEN = lazy_compile(r"[\s{}\\\"<>\x00-\x1f\x7f]")
MAX_LENGTH = 2048


def clean_doi(value: str | None) -> str | None:
    """'https://doi.org/10.1000/X%2FY' → '10.1000/X/Y'; not a DOI → None. DOIs compare
    case-insensitively (see same_doi); the case as registered is kept."""
    if not value:
        return None
    text = _DOI_PREFIX.sub("", _ZERO_WIDTH.sub("", value).strip())
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


def isbn_checks(value: str) -> bool:
    """Whether an ISBN's check digit fits the rest (ISO 2108): ten digits weighted 10 down to 1 sum to a multiple
    of 11 (the last may be X, ten), thirteen weighted 1, 3, 1, … to a multiple of 10. A misprinted or misread one
    fails."""
    digits = [10 if mark in "Xx" else int(mark) for mark in value if mark.isdigit() or mark in "Xx"]
    if len(digits) == 10 and 10 not in digits[:9]:
        return sum(weight * digit for weight, digit in zip(range(10, 0, -1), digits, strict=True)) % 11 == 0
    if len(digits) == 13 and 10 not in digits:
        return sum(digit * (3 if place % 2 else 1) for place, digit in enumerate(digits)) % 10 == 0
    return False


# arXiv identifiers (https://info.arxiv.org/help/arxiv_identifier.html): 'YYMM.NNNN' from April 2007,
# 'YYMM.NNNNN' from January 2015, and before April 2007 'archive/YYMMNNN' ('hep-th/9711200',
# 'math.GT/0309136'), each with an optional version ('v2').
_ARXIV_NEW = lazy_compile(r"^(?P<yy>\d\d)(?P<mm>\d\d)\.(?P<number>\d{4,5})(?:v[1-9]\d*)?$")
_ARXIV_OLD = lazy_compile(
    r"^(?P<archive>[a-z]+(?:-[a-z]+)?)(?:\.[A-Z]{2})?/(?P<yy>\d\d)(?P<mm>\d\d)\d{3}(?:v[1-9]\d*)?$"
)
_ARXIV_PREFIX = lazy_compile(r"^(?:(?:https?://)?(?:www\.)?arxiv\.org/(?:abs|pdf)/|arxiv:\s*)", re.IGNORECASE)
ARXIV_ARCHIVES = frozenset(
    """acc-phys adap-org alg-geom ao-sci astro-ph atom-ph bayes-an chao-dyn chem-ph cmp-lg comp-gas cond-mat cs
    dg-ga funct-an gr-qc hep-ex hep-lat hep-ph hep-th math math-ph mtrl-th nlin nucl-ex nucl-th patt-sol physics
    plasm-ph q-alg q-bio quant-ph solv-int supr-con""".split()
)


def clean_arxiv(value: str | None) -> str | None:
    """'arXiv:1810.04805v2' → '1810.04805v2', 'hep-ph/0605068' kept; what no arXiv identifier can
    be (a month 13, five digits before 2015, an unknown archive) → None."""
    if not value:
        return None
    text = _ARXIV_PREFIX.sub("", value.strip())
    text = text.removesuffix(".pdf")
    if (new := _ARXIV_NEW.match(text)) is not None:
        year, month = int(new["yy"]), int(new["mm"])
        digits = 5 if year >= 15 else 4
        if (year, month) >= (7, 4) and 1 <= month <= 12 and len(new["number"]) == digits:
            return text
        return None
    if (old := _ARXIV_OLD.match(text)) is not None and old["archive"] in ARXIV_ARCHIVES:
        year, month = int(old["yy"]), int(old["mm"])
        if (year >= 91 or (year, month) <= (7, 3)) and 1 <= month <= 12:
            return text
    return None


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
