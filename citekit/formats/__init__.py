"""One module per format; each reads and writes through its own mapping table onto citekit.model.

``carriers`` answers, for the format a record was imported from, which of its fields hold a given
CSL variable: when citekit sets that variable later (an enriched DOI), those fields as written give
way to the new value. ``unread_fields`` lists the fields as written that the model took nothing
from: they are shown, and written back when the record is exported in its own format.
"""

from __future__ import annotations

from importlib import import_module

from citekit.model import Reference

# format name → module, for the formats whose records keep their fields as written
MODULES = {
    "bibtex": "citekit.formats.bibtex",
    "ris": "citekit.formats.ris",
    "medline": "citekit.formats.medline",
    "pubmedxml": "citekit.formats.pubmedxml",
    "csljson": "citekit.formats.csljson",
    "endnotexml": "citekit.formats.endnote",
    "refer": "citekit.formats.endnote",
}


def carriers(format: str, variable: str) -> frozenset[str]:
    """Lower-case names of the fields of ``format`` that carry ``variable``."""
    if format not in MODULES:
        return frozenset()
    return import_module(MODULES[format]).carriers(variable)


def unread_fields(reference: Reference) -> list[tuple[str, str]]:
    original = reference.original
    if original is None or original.format not in MODULES:
        return []
    return import_module(MODULES[original.format]).unread_fields(reference)


def forget_original(reference: Reference, variable: str) -> None:
    """Drop the fields of the record as written that carried ``variable``; the model's value is
    written in their place on export."""
    original = reference.original
    if original is None:
        return
    names = carriers(original.format, variable)
    if names:
        original.fields = [(name, value) for name, value in original.fields if name.lower() not in names]
