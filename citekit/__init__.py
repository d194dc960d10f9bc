"""citekit: turn pasted reference lists into a clean, searchable library and exact BibTeX."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Author",
    "CitekitError",
    "Library",
    "Reference",
    "__version__",
    "parse_references",
    "read_bibtex",
    "write_bibtex",
]

# The public API is imported on first use, so that `citekit --help` does not pay for SQLAlchemy.
_LAZY = {
    "Author": "citekit.model",
    "Reference": "citekit.model",
    "CitekitError": "citekit.errors",
    "Library": "citekit.library",
    "parse_references": "citekit.parsing",
    "read_bibtex": "citekit.formats.bibtex",
    "write_bibtex": "citekit.formats.bibtex",
}

if TYPE_CHECKING:
    from citekit.errors import CitekitError
    from citekit.formats.bibtex import read_bibtex, write_bibtex
    from citekit.library import Library
    from citekit.model import Author, Reference
    from citekit.parsing import parse_references


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'citekit' has no attribute {name!r}")
