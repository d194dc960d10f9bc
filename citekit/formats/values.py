"""Values that every export format writes in its own small variations: personal names, dates and
page ranges. Each format module maps its fields; these read the values the same way for all."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citekit.formats.bibtex import compact_initials
from citekit.model import Author, Reference
from citekit.months import month_number

# 'Smith JA', 'Liu R.', 'Adler D.G.', 'Slesser A. A. P.': a family name followed by initials.
_TRAILING_INITIALS = re.compile(r"^(?P<family>.+?)\s+(?P<initials>(?:[^\W\d_]{1,3}\.?(?:-[^\W\d_]\.?)?\s*)+)$")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd"})


def person(text: str, initials_after_family: bool = False) -> Author | None:
    """'Family, Given[, Suffix]' → a name; a name without a comma is an organisation, unless
    ``initials_after_family`` and it ends in initials (MEDLINE's 'Casbon JA', Embase's 'Liu R.')."""
    text = " ".join(text.split()).strip(" ;")
    if not text:
        return None
    if "," in text:
        family, _, rest = text.partition(",")
        given, _, suffix = rest.partition(",")
        given, suffix = given.strip(), suffix.strip()
        if not suffix and given.lower() in _SUFFIXES:
            given, suffix = "", given
        family = family.strip()
        if not family:
            return Author(given) if given else None
        return Author(family, compact_initials(given) if given else None, suffix or None)
    if initials_after_family:
        match = _TRAILING_INITIALS.match(text)
        initials = match and match["initials"].replace(".", "").replace(" ", "")
        if match and initials and initials.replace("-", "").isupper():
            return Author(match["family"], initials)
    return Author(text)


# ----------------------------------------------------------------------------- dates

_ISO = re.compile(r"^(\d{4})(?:[-/](\d{1,2}))?(?:[-/](\d{1,2}))?")
_SLASHED = re.compile(r"^(\d{4})?/(\d{0,2})/(\d{0,2})/?(.*)$")  # RIS: 2019/05/17/ or 2019///
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")


@dataclass(slots=True)
class DateParts:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end: str | None = None  # an end of a range: 2012, 2012-05 or 2012-05-03
    literal: str | None = None  # what was written when it is more than a plain date

    def iso(self) -> str | None:
        """'2012', '2012-05' or '2012-05-03' (None without a year)."""
        if self.year is None:
            return None
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text

    def apply(self, reference: Reference) -> None:
        reference.year = self.year
        reference.month = self.month
        reference.day = self.day
        reference.date_end = self.end
        reference.date_literal = self.literal


def _valid(year: int, month: int | None, day: int | None) -> tuple[int | None, int | None]:
    if month is None or not 1 <= month <= 12:
        return None, None
    if day is not None and not 1 <= day <= 31:
        day = None
    return month, day


def date(text: str | None) -> DateParts:
    """A publication date as the formats write it: '2019', '2019/05/17/', '2019///', '2019-05-17',
    '20060110', '2006 Jan 15', '2006 Jan-Feb', '2009 Spring', '1998 Dec-1999 Jan', 'in press'."""
    if not text or not text.strip():
        return DateParts()
    text = " ".join(text.split())
    compact = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if compact:
        text = f"{compact[1]}-{compact[2]}-{compact[3]}"
    slashed = _SLASHED.match(text)
    if slashed and slashed[1]:
        year = int(slashed[1])
        month, day = _valid(year, int(slashed[2]) if slashed[2] else None, int(slashed[3]) if slashed[3] else None)
        other = slashed[4].strip()
        return DateParts(year, month, day, literal=other or None) if other else DateParts(year, month, day)
    iso = _ISO.match(text)
    if iso and iso.end() == len(text):
        year = int(iso[1])
        month, day = _valid(year, int(iso[2]) if iso[2] else None, int(iso[3]) if iso[3] else None)
        return DateParts(year, month, day)
    # '2006 Jan 15', '2006 Jan-Feb', '1998 Dec-1999 Jan', '2009 Spring'
    words = re.split(r"[\s,]+", text)
    if words and re.fullmatch(r"\d{4}", words[0]):
        year = int(words[0])
        rest = words[1:]
        month = month_number(rest[0].split("-")[0]) if rest else None
        day = int(rest[1]) if month and len(rest) > 1 and rest[1].isdigit() and 1 <= int(rest[1]) <= 31 else None
        parts = DateParts(year, month, day)
        if len(words) == 1:
            return parts
        if month and (len(rest) == 1 or day) and len(rest) <= 2 and "-" not in rest[0]:
            return parts
        parts.literal = text
        years = _YEAR.findall(text)
        if len(years) == 2 and years[1] != years[0]:
            parts.end = years[1]
        return parts
    found = _YEAR.search(text)
    return DateParts(int(found[1]) if found else None, literal=text)


# ----------------------------------------------------------------------------- pages

_RANGE = re.compile(r"^(?P<first>[A-Za-z]*)(?P<start>\d+)(?P<dash>\s*[-–—]+\s*)(?P<prefix>[A-Za-z]*)(?P<end>\d+)$")


def page_range(first: str | None, last: str | None = None, dash: str = "-") -> str | None:
    """'121', '128' → '121-128' (joined by ``dash``); MEDLINE's shortened '121-8' → '121-128' (the
    end page written in full, as every citation style wants it); anything else exactly as written."""
    first = (first or "").strip()
    last = (last or "").strip()
    text = f"{first}{dash}{last}" if first and last and last != first else first or last
    if not text:
        return None
    match = _RANGE.match(text)
    if not match or (match["prefix"] and match["prefix"] != match["first"]):
        return text
    start, end = match["start"], match["end"]
    if len(end) >= len(start):
        return text
    full = start[: len(start) - len(end)] + end
    if int(full) <= int(start):
        return text  # '125-3' is not a range MEDLINE would write: left alone
    return f"{match['first']}{start}{match['dash']}{match['prefix'] or match['first']}{full}"
