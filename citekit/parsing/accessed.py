"""The day a reference's page was read, from its access note: CSL's accessed, never its date."""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.months import month_number

# The words that begin a note of the day a page was read, in the languages read: 'accessed', 'retrieved',
# 'cited', 'consulted'; Spanish 'accedido', 'consultado', 'recuperado', 'citado'; Portuguese 'acesso', 'acessado';
# French 'consulté'; Italian 'consultato'; German 'abgerufen', 'aufgerufen', 'zugegriffen', 'Zugriff'. Then the
# words biblatex prints before a link's urldate (its languages' `urlseen`: 'visited on', 'besucht am', 'visité le',
# 'visitato il giorno', 'visitado', 'bezocht op', 'acedido em', 'consultat', 'senast hämtad', 'hentet', 'sjekket',
# 'viitattu', 'vaadatud', 'citováno', 'pogledano', 'pridobljeno', 'accesat în') and CSL's locales print for the term
# `accessed` ('geraadpleegd', 'åpnet', 'åtkomstdatum', 'pristupljeno', 'diakses', 'просмотрено'): LaTeX theses print
# them by default. (Only their verbs: a noun such as Polish 'dostęp' or Turkish 'erişim', "access", begins titles.)
# The day after them is no date of the work's: every rule that tells the two apart reads this one list.
ACCESS_WORDS = frozenset(
    "accessed retrieved cited consulted accedido consultado recuperado citado acesso acessado consulté consultato "
    "abgerufen aufgerufen zugegriffen zugriff "
    "visited besucht visité visitato visitado bezocht geraadpleegd acedido consultat hämtad hentet sjekket "
    "viitattu vaadatud citováno pogledano pridobljeno accesat åpnet åtkomstdatum pristupljeno diakses "
    "просмотрено".split()
)
ACCESS_WORD = "(?:" + "|".join(sorted(ACCESS_WORDS, key=len, reverse=True)) + ")"  # for a pattern: add \b
# One of these in the text before the pattern is tried: most references have no access note.
_NOTE_STEMS = (*ACCESS_WORDS, "дата", "[cit.")
# An access note and the date after it: '(accessed on 17 February 2023)', '[cited 2020 Mar 23]', '(geraadpleegd op
# 2 november 2021)', '(visitato il giorno 3 maggio 2020)',
# 'Zugriff am 28. April 2009', 'Accessed: 2015-05-12', '[Consulté le 2 janvier 2016]', GOST's '(дата обращения:
# 12.03.2021)' (Ukrainian 'дата звернення'), Czech and Slovak ISO 690's '[cit. 2026-02-12]'.
_ACCESS_NOTE = lazy_compile(
    rf"(?:\b(?:{ACCESS_WORD}|дата\s+обращения|дата\s+звернення)\b|\[cit\.(?=\s*\d))"
    r"(?:\s*(?:on|am|le|em|el|at|op|il|giorno|den|în|:))*\s*(?P<date>[^)\]]{0,40})",
    re.IGNORECASE,
)
# The date an access note gives, at its start: '2019-08-07', '16.06.2010', '06 02 2018' (a German word processor's
# IEEE); '17 February 2023', '3 Mar. 2012',
# '28. April 2009', 'August2014', 'Mar. 3, 2012', IEEE's '20-May-2026' ('11- Feb- 2024' too), Spanish and
# Portuguese '25 de mayo de 2024'; '2020 Mar 23', '2006'.
_ACCESS_DATES = (
    lazy_compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"),
    lazy_compile(r"(?P<day>[0-3]?\d)(?:\.\s?|\s)(?P<month>[01]?\d)(?:\.\s?|\s)(?P<year>(?:19|20)\d\d)(?!\d)"),
    lazy_compile(
        r"(?:(?P<day>[0-3]?\d)(?:\.?\s*(?:de\s+)?|-\s?))?(?P<month>[^\W\d_]{3,})\.?(?:\s*(?:del?\s+)?|-\s?)"
        r"(?:(?P<day_after>[0-3]?\d),?\s+)?(?P<year>(?:1[5-9]|20)\d\d)(?!\d)"
    ),
    lazy_compile(r"(?P<year>(?:1[5-9]|20)\d\d)(?!\d)(?:\s+(?P<month>[^\W\d_]{3,})\.?(?:\s+(?P<day>[0-3]?\d)(?!\d))?)?"),
)
# biblatex's short urldate, in the order of the document's language: '04/12/2018' (American, month first),
# '12/04/2018' (British), Dutch '02-05-2020'. A figure over 12 tells the day; where none does, only the year is sure.
_NUMERIC_DATE = lazy_compile(r"(?P<first>[0-3]?\d)([/-])(?P<second>[0-3]?\d)\2(?P<year>(?:19|20)\d\d)(?!\d)")


# The note after what it follows: 'e2080 accessed April 20, 2013'. (A run of marks and spaces tried from its start
# only: from each of its places it took time growing with its square.)
_ACCESS_NOTE_AFTER = lazy_compile(rf"(?<![\s,;.])[\s,;.]++{ACCESS_WORD}\b.*$", re.IGNORECASE)


def without_access_note(text: str) -> str:
    """The text without the access note that ends it ('7: e2080 accessed April 20, 2013': the pages, 'e2080')."""
    return _ACCESS_NOTE_AFTER.sub("", text)


def access_date(text: str) -> str | None:
    """The day the page was read, after its note ('accessed on 17 February 2023', 'Accessed: 2019-08-07',
    '[cited 2020 Mar 23]', 'abgerufen am 16.06.2010', '(accessed: August2014)') → ISO 8601 as far as
    printed: CSL's accessed, which is not the date the work came out."""
    folded = text.casefold()  # once, not once for each stem
    if not any(stem in folded for stem in _NOTE_STEMS) or (note := _ACCESS_NOTE.search(text)) is None:
        return None
    if (numeric := _NUMERIC_DATE.match(note["date"])) is not None:
        first, second = int(numeric["first"]), int(numeric["second"])
        day, month = (first, second) if first > 12 else (second, first) if second > 12 else (0, 0)
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{numeric['year']}-{month:02d}-{day:02d}"
        return numeric["year"]
    for pattern in _ACCESS_DATES:
        if (date := pattern.match(note["date"])) is None:
            continue
        parts = date.groupdict()
        month = month_number(parts["month"]) if parts["month"] else None
        if parts["month"] and month is None:
            continue  # 'cited 12 cases 1999': no month, no date
        day = int(parts.get("day_after") or parts["day"] or 0) if month else 0
        if month is None:
            return date["year"]
        return f"{date['year']}-{month:02d}" + (f"-{day:02d}" if 1 <= day <= 31 else "")
    return None
