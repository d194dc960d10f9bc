"""Cite Them Right's Harvard web page, as Word and Zotero print it and READMEs paste it: the author or the title, the
year in brackets or '(no date)', the title and the site (or the site alone), then 'Available at:' the link and
'(Accessed: …)'.

'ODBC and JDBC drivers for BigQuery (no date) Google Cloud. Available at: https://… (Accessed: 12 January 2023).',
'Gleidsonmt (no date) GLEIDSONMT/DashboardFx: Javafx dashboard, GitHub. Available at: https://… (Accessed: 20
October 2023).' The labeller read a title's first words as names ('Tutorial', 'Cardea; core'), the site and the
bracket into the title, or left the reference out as none. The words before the bracket are the author when they
are names ('Surname, I.'), a body's or one name alone; else the title (before a year rather than 'no date', only
when marked as Markdown's emphasis: a body's name before its year looks like a title). After an author, the last
short name after a comma is the site ('…, GitHub').
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.parsing.authors import names_a_body, split_authors
from citekit.parsing.identifiers import find_identifiers, identifier_fields

_LAYOUT = lazy_compile(
    r"(?P<head>[^()]{2,300}?)\s+\((?:(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?|[Nn]o date|n\.\s?d\.)\)\s+"
    r"(?P<rest>[^()]{1,300}?)\.\s+Available(?:\s+at)?:?\s+\S+\s+\((?i:accessed):?\s+[^()]{4,40}\)\.?"
)
# Harvard's names: 'Surname, I.' (and more after commas or 'and'), 'Ogirimah, A. et al.'.
_HARVARD_NAME = lazy_compile(r"[^\W\d_][\w'’-]*,\s+(?:[^\W\d_]\.\s*)+")
_ONE_NAME = lazy_compile(r"[A-ZÀ-Þ][\w'’.-]{1,40}")  # 'Gleidsonmt', 'Linuxbeast'
_MARKS = "*_ "  # Markdown's emphasis, as a page copied as Markdown keeps it


def parse_harvard_web_page(text: str) -> Reference | None:
    """A web page in Cite Them Right's Harvard (the module's docstring); None where it does not fit."""
    if "vailable" not in text or "ccessed" not in text:
        return None
    text = " ".join(text.split())
    found = _LAYOUT.fullmatch(text)
    if found is None:
        return None
    head, rest = found["head"].strip(_MARKS), found["rest"].strip(_MARKS)
    authors: list[Author] = []
    if _HARVARD_NAME.search(head):
        authors, _ = split_authors(head)
    elif names_a_body(head) or _ONE_NAME.fullmatch(head):
        authors = [Author(head)]
    if authors:
        title, comma, site = rest.rpartition(", ")
        site = site.strip(_MARKS)
        if comma and any(map(str.isdigit, site)):
            return None  # '… The Star Schema', *Medium*, 8 April.': the day, which the labeller reads
        if not comma or not _a_sites_name(site):
            title, site = rest, ""
        title = title.strip(_MARKS + "'‘’\"“”")
    else:
        if found["year"] and not found["head"].startswith(("*", "_")):
            return None  # 'WFP - World Food Programme (2020) Ghana - Food Prices.': a body's name and its title
        title, site = head, rest
        if len(title.split()) < 2 or not _a_sites_name(site):
            return None
    if not title or any(map(str.isdigit, site)):
        return None
    reference = Reference(authors=authors, title=title, type="webpage", **identifier_fields(find_identifiers(text)))
    reference.container_title = site or None
    if found["year"]:
        reference.year, reference.year_suffix = int(found["year"]), found["suffix"]
    else:
        reference.date_literal = "n.d."
    return reference


def _a_sites_name(name: str) -> bool:
    """'GitHub', 'Google Cloud', 'GitLab': a short name in capitals, no date ('8 April')."""
    return bool(name) and name[0].isupper() and len(name.split()) <= 5 and not any(map(str.isdigit, name))
