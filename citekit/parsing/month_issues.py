"""A month's name where the issue stands: BibTeX's `number` set to the month, as Google Scholar gives the Journal of
Machine Learning Research's entries ('Journal of Machine Learning Research, 12(Oct):2825–2830, 2011.', scikit-learn's
own citation). The labeller read the month as the date and the pages as the volume, and the record lost its year
and pages."""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.months import MONTHS
from citekit.parsing.tokens import Token

# The volume, the month in brackets, a colon and the pages: '12(Oct):2825–2830', '5(January):1–11'.
_MONTH_AS_THE_ISSUE = lazy_compile(r"(?<![\w.])\d{1,4}\((?P<month>[A-Z][a-z]{2,8})\):\s?\d")
_RANGE = ("-", "–", "—")


def month_read_as_the_issue(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """The volume, the month in its brackets (the issue: where the issue stands) and the pages after the colon, each
    read as its field."""
    if (found := _MONTH_AS_THE_ISSUE.search(text)) is None or found["month"].lower() not in MONTHS:
        return labels
    opening = next((index for index, token in enumerate(tokens) if token.start == found.start("month") - 1), None)
    if opening is None or opening < 1 or opening + 4 >= len(tokens) or tokens[opening + 3].text != ":":
        return labels
    end = opening + 5  # past the first page
    if end + 1 < len(tokens) and tokens[end].text in _RANGE and tokens[end + 1].text.isalnum():
        end += 2
    return [
        *labels[: opening - 1],
        "volume",
        *["issue"] * 3,
        *["pages"] * (end - opening - 3),
        *labels[end:],
    ]
