"""A book's ISBN printed in its reference: taken out before the reference is read, kept in the record.

The labeller learned from references that print none; an ISBN at the end ('Buenos Aires: Paidós. ISBN
978-950-12-9485-9.') made it read the whole imprint as nothing."""

from __future__ import annotations

import re

from citekit.identifiers import isbn_checks
from citekit.lazy_regex import lazy_compile

_ISBN_DIGITS = r"(?:97[89][\s-]?)?(?:\d[\s-]?){9}[\dXx](?!\d)"
# 'ISBN 978-950-12-9485-9', 'ISBN-10: 0-19-852663-6', '(ISBN 3 593 37219 3)', 'ISBN 978-0-19-852663-6 (pbk.)',
# and more after a comma, a semicolon or a slash ('ISBN 0-19-852663-6 / 978-0-19-852663-6'). The mark before it
# stays, or the one after it where none is before.
_ISBN = lazy_compile(
    rf"(?P<before>[.,;:]?)\s*[(\[]?\bISBN(?:-1[03])?\s*:?\s*(?P<isbn>{_ISBN_DIGITS})"
    rf"(?:\s*[,;/]\s*(?:ISBN(?:-1[03])?\s*:?\s*)?{_ISBN_DIGITS})*(?:\s*\([^()\d]{{1,20}}\))?[)\]]?(?P<after>[.,;]?)",
    re.IGNORECASE,
)


def without_isbn(text: str) -> tuple[str, str | None]:
    """The reference without its ISBNs, and the first (as printed; None where none is printed or its check
    digit fails)."""
    if "isbn" not in text.casefold():
        return text, None
    found = _ISBN.search(text)
    if found is None:
        return text, None
    isbn = found["isbn"].strip(" -")
    mark = found["before"] or found["after"]
    bracketed = any(mark in text[found.start() : found.start("isbn")] for mark in "([")
    if found["before"] == "." and found["after"] == "," and bracketed:
        mark = ".,"  # '892 p. (ISBN …), p. 193': an abbreviation's stop, then the comma after the bracket
    rest = text[: found.start()] + mark + text[found.end() :]
    return rest.rstrip() if not text[found.end() :].strip() else rest, isbn if isbn_checks(isbn) else None
