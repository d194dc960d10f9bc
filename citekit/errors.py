"""Errors a user can cause. The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations


class CitekitError(Exception):
    """Base class: a problem with the user's input or environment, not a bug."""

    exit_code = 1


class InputError(CitekitError):
    """A file or text that cannot be read as references."""


class LibraryError(CitekitError):
    """The library database cannot be opened, created or written."""


class ExportError(CitekitError):
    """An export target that cannot be written."""
