"""A number after the word that names its field, read as the date: ABNT's 'PsychoOncology , v. 28, n. 2, p. 401-407,
fev. 2019.' (the volume read as a date, and the reference left with no year) and 'Procedia Computer Science, v. 235, p.
1990-1997, 2024.' (the pages' range read as the date, the reference dated 1990). The word says what the number is."""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.parsing.tokens import Token

# The words before a volume's, an issue's and the pages' numbers, and the field each names; in lower case, as no
# initial is ('Brown, V. 2001.' is a name and its year).
_FIELD_WORDS = {"v": "volume", "vol": "volume", "Vol": "volume", "n": "issue", "p": "pages", "pp": "pages"}
# Asked of the text first: most references hold no such word before a number.
_A_FIELD_WORD_BEFORE_A_NUMBER = lazy_compile(r"\b(?:[vnp]|[Vv]ol|pp)\.\s?\d")
_YEAR = lazy_compile(r"(?:1[5-9]|20)\d\d")
_DASHES = ("-", "–")


def marked_numbers_read_as_a_date(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """Each number after its field's word and full stop, read as the date while a year read as the date stands after
    it, gets the field the word names: its word, its range and the comma after it with it."""
    if _A_FIELD_WORD_BEFORE_A_NUMBER.search(text) is None or "date" not in labels:
        return labels
    last_year = max(
        (index for index, label in enumerate(labels) if label == "date" and _YEAR.fullmatch(tokens[index].text)),
        default=-1,
    )
    relabelled = labels
    for index in range(len(tokens) - 2):
        field = _FIELD_WORDS.get(tokens[index].text)
        number = index + 2
        if field is None or tokens[index + 1].text != "." or labels[number] != "date":
            continue
        if not tokens[number].text.isdigit():
            continue
        end = number + 1
        if end + 1 < len(tokens) and tokens[end].text in _DASHES and tokens[end + 1].text.isdigit():
            end += 2
        if end >= len(tokens) or tokens[end].text not in (",", ".") or last_year <= end:
            continue
        first = index if labels[index] == "date" else number
        relabelled = [*relabelled[:first], *[field] * (end + 1 - first), *relabelled[end + 1 :]]
    return relabelled
