"""Page numbers printed with a thin space between their thousands, as IEEE Access prints its article's pages ('pp.
170 433–170 451', a PDF's text giving the thin space as a space): one number each, as the range's two ends are."""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile

# 'pp. 170 433–170 451': after 'pp.' or 'p.', a range whose ends are each a group of three figures or fewer and one of
# three. Alone, '170 433' could be a volume and a page: only the range after its label is read so.
_SPACED_RANGE = lazy_compile(r"\b(pp?\.\s?)(\d{1,3}) (\d{3})(\s?[–-]\s?)(\d{1,3}) (\d{3})\b")


def thousands_joined(text: str) -> str:
    """'… vol. 8, pp. 170 433–170 451, 2020.' → '… vol. 8, pp. 170433–170451, 2020.'; a string with none is returned
    as it is."""
    if "p." not in text:
        return text
    return _SPACED_RANGE.sub(r"\1\2\3\4\5\6", text)
