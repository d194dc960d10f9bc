"""CSL-JSON: the input format of citeproc processors (Pandoc, Zotero, citeproc-js, citeproc-py)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from citekit.model import Author, Reference
from citekit.parsing.names import dotted_initials


def _name(author: Author) -> dict[str, str]:
    if author.given is None:
        return {"literal": author.family}
    name = {"family": author.family, "given": dotted_initials(author.given)}
    if author.suffix:
        name["suffix"] = author.suffix
    return name


def reference_to_csl(reference: Reference, tags: list[str] | None = None) -> dict[str, object]:
    item: dict[str, object] = {"id": reference.key or "", "type": reference.type or "document"}
    if reference.authors:
        item["author"] = [_name(author) for author in reference.authors]
    if reference.year is not None:
        item["issued"] = {"date-parts": [[reference.year]]}
    optional = {
        "title": reference.title,
        "container-title": reference.journal,
        "volume": reference.volume,
        "issue": reference.issue,
        "page": reference.pages,
        "URL": reference.url,
        "DOI": reference.doi,
        "PMID": reference.pmid,
        "PMCID": reference.pmcid,
        "abstract": reference.abstract,
        "year-suffix": reference.year_suffix,
        "keyword": ", ".join(tags) if tags else None,
    }
    item.update({name: value for name, value in optional.items() if value})
    return item


def write_csljson(records: Iterable[tuple[Reference, list[str]]]) -> str:
    items = [reference_to_csl(reference, tags) for reference, tags in records]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
