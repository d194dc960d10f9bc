"""Errors a user can cause. The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations

# Exit codes, as grep has them: 1 when nothing matched or a named thing is not there,
# 2 for errors. Click's own usage errors are 2 as well.
EXIT_NO_MATCH = 1
EXIT_ERROR = 2
EXIT_CONFLICT = 3  # another user changed the record first


class CitekitError(Exception):
    """Base class: a problem with the user's input or environment, not a bug."""

    exit_code = EXIT_ERROR


class InputError(CitekitError):
    """A file or text that cannot be read as references."""


class NoReferenceList(InputError):
    """Nothing in a text looks like a list of references: as grep finding nothing, exit 1."""

    exit_code = EXIT_NO_MATCH


class LibraryError(CitekitError):
    """The library database cannot be opened, created or written."""


class ExportError(CitekitError):
    """An export target that cannot be written."""


class QueryError(CitekitError):
    """A search query citekit cannot read."""


class NotFoundError(CitekitError):
    """A key or tag that is not in the library."""

    exit_code = EXIT_NO_MATCH


class ConflictError(CitekitError):
    """Someone else changed the record since it was read: nothing was saved."""

    exit_code = EXIT_CONFLICT
