"""A book's series after an equals sign, as DIN 1505 and German lists print it: '…, Frankfurt a.M. (= Frankfurter
Beiträge zur Soziologie und Sozialphilosophie 4).', '…, Köln 1994 (= HSR-Supplement No. 6).', '… zur Umsetzung. =
Forschungs- und Sitzungsberichte 213. Hannover.' Read with the reference, its words run into the title, the place or
the book, or the place after it is lost; the record keeps it as printed, as its collection-title. ISBD's parallel
title ('Schlüsseltexte der Friedensforschung = Key texts of peace studies') has no bracket or full stop before its
sign, and stays."""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile

# '(= Series 4)', '(=Sonderheft der Kölner Zeitschrift … 25)'; the bracket's inside holds no other bracket.
_BRACKETED = lazy_compile(r"\(\s?=\s?(?P<series>[^()=]{2,160}?)\s*\)")
# A series has a name: '(= 7290)' after a manuscript's shelfmark ('Cod. It. VII. 782 (= 7290)') is its other
# number, no series.
_NAME = lazy_compile(r"[^\W\d_]{2}")
# '. = Arbeitsmaterial der ARL 222.': after a full stop, up to its number and the full stop after it.
_AFTER_STOP = lazy_compile(r"(?<=\.)\s+=\s?(?P<series>[^()=.]{2,160}?\s\d{1,5}[a-z]?)(?=\.(?:\s|$)|$)")


def without_series(text: str) -> tuple[str, str | None]:
    """The reference without the series after an equals sign, and the series (None when it has none)."""
    if "=" not in text:
        return text, None
    found = _BRACKETED.search(text) or _AFTER_STOP.search(text)
    if found is None or _NAME.search(found["series"]) is None:
        return text, None
    before, after = text[: found.start()].rstrip(), text[found.end() :]
    if before[-1:] in {".", ","} and after.lstrip()[:1] == before[-1:]:
        after = after.lstrip()[1:]  # 'Frankfurt a.M. (= …).' → 'Frankfurt a.M.', 'Materialien, (= …), Opladen'
    return before + after, found["series"].strip()
