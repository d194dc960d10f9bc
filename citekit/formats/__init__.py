"""One module per format; each reads and writes through its own mapping table onto citekit.model.

``carriers`` answers, for the format a record was imported from, which of its fields hold a given
CSL variable: when citekit sets that variable later (an enriched DOI), those fields as written give
way to the new value.
"""

from __future__ import annotations

from citekit.model import Reference


def carriers(format: str, variable: str) -> frozenset[str]:
    if format == "bibtex":
        from citekit.formats import bibtex

        return bibtex.carriers(variable)
    return frozenset()


def forget_original(reference: Reference, variable: str) -> None:
    """Drop the fields of the record as written that carried ``variable``; the model's value is
    written in their place on export."""
    original = reference.original
    if original is None:
        return
    names = carriers(original.format, variable)
    if names:
        original.fields = [(name, value) for name, value in original.fields if name.lower() not in names]
