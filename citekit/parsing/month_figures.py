"""A month printed in figures before the year: natbib's styles print a numeric `month` field so ('Scientific Reports,
11, 11 2021.', 'Journal of Clinical Pathology, 59:1151–1159, 05 2006.', ABNT's 'v. 278, p. 823–32, 09 1997.'). The
labeller never saw it in training and reads it as the volume, the pages or nothing as often as the date's."""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.parsing.tokens import Token

# After a comma, two figures, a month's, then the year and a full stop or the end: no volume, issue or pages (a volume
# before its year has no comma between; pages have a range or a marker).
_MONTH_FIGURES_BEFORE_THE_YEAR = lazy_compile(r",\s(?P<month>0[1-9]|1[0-2])\s(?:1[5-9]|20)\d\d(?=\.|\s*$)")
# The date's text as the record's reader finds it: the month's figures, then the year.
MONTH_FIGURES_FIRST = lazy_compile(r"^(?P<month>0[1-9]|1[0-2])\s+(?:1[5-9]|20)\d\d\b")


def month_read_as_another_field(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """The month's figures before the year read as the date, wherever the labeller put them; and the year with them,
    read as the pages where no date is ('Journal of tropical pediatrics, 67, 04 2021.')."""
    if (found := _MONTH_FIGURES_BEFORE_THE_YEAR.search(text)) is None:
        return labels
    start = found.start("month")
    at = next((index for index, token in enumerate(tokens) if token.start == start), None)
    if at is None or at + 1 >= len(labels) or labels[at] == "date" and labels[at + 1] == "date":
        return labels
    if labels[at + 1] == "date":
        return [*labels[:at], "date", *labels[at + 1 :]]
    if "date" in labels:
        return labels
    end = at + 2
    while end < len(tokens) and tokens[end].text == "." and labels[end] == labels[at + 1]:
        end += 1  # the year's full stop, read with it
    return [*labels[:at], *["date"] * (end - at), *labels[end:]]
