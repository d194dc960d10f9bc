"""APA's brackets of people's roles. After a title, the translators or editors: 'Rabelais and his world (H. Iswolsky,
Trans.). Indiana University Press.', 'Economy and society (G. Roth & C. Wittich, Eds.; Vol. 1). University of
California Press.' The labeller, which seldom saw one, read the names into the title, took a translator for an
editor, and lost the publisher after the bracket ('… (J. Strachey, Trans.). W. W. Norton.'). After names, a film's,
a broadcast's or a podcast's roles: 'Barron, D., Heyman, D. (Producers), & Yates, D. (Director). (2009).', read as
no names at all. Each is read here, by APA's own pattern, and taken off before the reference is read; the record
gets the names in their roles, and the numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.parsing.authors import split_authors
from citekit.parsing.editions import ORDINAL_NUMBERS

# The role closes the names: 'Trans.', 'Ed.', 'Eds.', 'Ed. & Trans.'; Spanish and Portuguese APA's 'Trad.', 'Ed.',
# German 'Übers.', 'Hrsg.'. The names hold no figure and begin with a capital ('H. Iswolsky', 'Lu, S., & Jiang, S.',
# 'Simon Kuznets & Dorothy Swaine Thomas'). A bracket may name two roles, a semicolon between: '(A. Del Caro, Trans.;
# R. Pippin, Ed.)'; after them, APA's numbers of the book: '2nd ed.', 'Vol. 1', 'pp. 291–302'.
_NAMES_AND_ROLE = lazy_compile(
    r"(?P<names>[A-ZÀ-Þ][^\d;]{1,200}?),\s*"
    r"(?P<role>(?:Eds?|Hrsg)\.?\s*(?:&|and|y|e|u\.)\s*(?P<too>Trans|Trad|Übers)|Trans|Transl|Trad|Übers|Eds?|Hrsg)\.?"
)
# The bracket follows the title's last word or mark, not the year's bracket; the first part inside names people.
_BRACKET = lazy_compile(r"(?<=[^\W\d_]|[.?!)’”\"*])\s*\((?P<inside>[A-ZÀ-Þ][^()]{1,300})\)")
_EDITORS = ("Ed", "Eds", "Hrsg")
# Each of the numbers after the names, apart by commas or semicolons.
_NUMBER_ITEMS = (
    (
        "edition",
        lazy_compile(
            r"(?:(?P<value>\d{1,3})(?:st|nd|rd|th|\.)?|(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth"
            r"|ninth|tenth)|(?P<revised>rev))\.?\s+(?:ed(?:ition)?|Aufl(?:age)?)\.?",
            re.I,
        ),
    ),
    ("volume", lazy_compile(r"(?:Vol|Bd)\.?\s*(?P<value>[\dIVXLC]+(?:\s*[–-]\s*[\dIVXLC]+)?)")),
    ("issue", lazy_compile(r"(?:Issue|No)\.?\s*(?P<value>\w+)")),
    ("pages", lazy_compile(r"(?:pp?|S)\.\s*(?P<value>\d+(?:\s*[–-]\s*\d+)?)")),
)


@dataclass(frozen=True, slots=True)
class RoleBracket:
    """What the bracket says: who translated the work, who edited it, and its numbers."""

    translators: list[Author]
    editors: list[Author]
    numbers: dict[str, str]


def without_role_bracket(text: str) -> tuple[str, RoleBracket | None]:
    """The reference without the bracket after its title, and what the bracket says (None when it has none)."""
    if "(" not in text or not any(stem in text for stem in ("Trans", "Trad", "Übers", "Ed", "Hrsg")):
        return text, None  # none of the roles' words: most references
    for found in _BRACKET.finditer(text):
        if found.start() and (read := _read(found["inside"])) is not None:
            before, after = bracket_taken_out(text, found.start(), found.end())
            return before + after, read
    return text, None


def bracket_taken_out(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before a bracket after a title and the text after it, one full stop between them: 'Title (…,
    Trans.). Publisher.' → 'Title' and '. Publisher.'; a title ending in its own mark keeps it alone ('Title?')."""
    before, after = text[:start], text[end:]
    if before.endswith((".", "?", "!")):
        return before, after.removeprefix(".")
    return before, after if after.startswith(".") else "." + after


def _read(inside: str) -> RoleBracket | None:
    """A bracket's parts, apart by semicolons: names and their role first, then more of them or the numbers."""
    translators: list[Author] = []
    editors: list[Author] = []
    numbers: dict[str, str] = {}
    for place, part in enumerate(inside.split(";")):
        if (named := _NAMES_AND_ROLE.fullmatch(part.strip())) is not None:
            names, _ = split_authors(named["names"])
            if not names:
                return None
            if named["role"].startswith(_EDITORS):
                editors += names
            if named["too"] or not named["role"].startswith(_EDITORS):
                translators += names
            continue
        if not place:
            return None  # not names and a role: a bracket of something else ('(On the Soul)')
        for item in re.split(r"\s*,\s*", part.strip()):
            for name, pattern in _NUMBER_ITEMS:
                if (number := pattern.fullmatch(item.strip(" ."))) is not None:
                    numbers[name] = _number_in(number)
                    break
            else:
                return None  # a number not read here: the labeller reads the bracket as before
    return RoleBracket(translators, editors, numbers)


def _number_in(item: re.Match[str]) -> str:
    """An item's number as CSL keeps it: 'Third Edition' → '3', 'rev. ed.' → 'Rev.'."""
    if (word := item.groupdict().get("word")) is not None:
        return str(ORDINAL_NUMBERS[word.casefold()])
    if item.groupdict().get("revised") is not None:
        return "Rev."
    return item["value"]


def read_role_bracket(reference: Reference, bracket: RoleBracket | None) -> None:
    """The bracket's names and numbers into the record, where the rest of the reference named none."""
    if bracket is None:
        return
    if bracket.translators and not reference.role("translator"):
        reference.set_role("translator", bracket.translators)
    if bracket.editors and not reference.editors:
        reference.editors = bracket.editors
    numbers = bracket.numbers
    if "edition" in numbers:
        reference.variables.setdefault("edition", numbers["edition"])
    if "volume" in numbers and not reference.volume:
        reference.volume = numbers["volume"]
    if "issue" in numbers and not reference.issue:
        reference.issue = numbers["issue"]
    if "pages" in numbers and not reference.pages:
        reference.pages = re.sub(r"\s+", "", numbers["pages"])


# APA's roles after names, for a film, a broadcast or a podcast: 'Barron, D., Heyman, D. (Producers), & Yates, D.
# (Director). (2009).', 'Glass, I. (Host). (2011, August 12).', 'Moore, M. (Writer/Director).' The labeller read
# such names as nothing, and the record had no authors. The roles are taken out of the names before the date; the
# names stay the record's authors, as APA lists them, and each group also gets its CSL role.
_MEDIA_ROLES = {
    "director": "director",
    "directors": "director",
    "producer": "producer",
    "producers": "producer",
    "executive producer": "executive-producer",
    "executive producers": "executive-producer",
    "host": "host",
    "hosts": "host",
    "writer": "script-writer",
    "writers": "script-writer",
    "creator": "series-creator",
    "creators": "series-creator",
    "composer": "composer",
    "narrator": "narrator",
    "interviewer": "interviewer",
    "guest": "guest",
}
_MEDIA_ROLE_WORDS = "(?i:" + "|".join(sorted(map(re.escape, _MEDIA_ROLES), key=len, reverse=True)) + ")"
_MEDIA_ROLE = lazy_compile(rf"\s*\((?P<roles>{_MEDIA_ROLE_WORDS}(?:\s*(?:&|and|,|/)\s*{_MEDIA_ROLE_WORDS})*)\)")
# The date that ends APA's names: '(2009)', '(2011, August 12)', '(n.d.)'.
_APA_DATE = lazy_compile(r"\((?:1[5-9]\d\d|20\d\d|n\.\s?d\.)")


def without_media_roles(text: str) -> tuple[str, dict[str, list[Author]]]:
    """The reference with its names' roles taken out, and the people in each CSL role (empty: no roles)."""
    if "(" not in text or (date := _APA_DATE.search(text)) is None or date.start() > 400:
        return text, {}
    names = text[: date.start()]
    roles: dict[str, list[Author]] = {}
    start = 0
    for found in _MEDIA_ROLE.finditer(names):
        group = names[start : found.start()].strip(" ,&")
        people, _ = split_authors(group.removeprefix("and ").removeprefix("& "))
        for role in re.split(r"\s*(?:&|and|,|/)\s*", found["roles"]):
            roles.setdefault(_MEDIA_ROLES[role.casefold()], []).extend(people)
        start = found.end()
    if not roles:
        return text, {}
    names = _MEDIA_ROLE.sub("", names)
    if names.rstrip().endswith(".."):
        names = names.rstrip()[:-1] + " "  # 'Yates, D. (Director).' → 'Yates, D.'
    return names + text[date.start() :], roles


def read_media_roles(reference: Reference, roles: dict[str, list[Author]]) -> None:
    """Each group of names in its CSL role, where the record names no one in it."""
    for role, people in roles.items():
        if people and not reference.role(role):
            reference.set_role(role, people)
