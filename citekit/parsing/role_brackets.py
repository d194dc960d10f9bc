"""APA's bracket naming a work's translators or editors after its title: 'Rabelais and his world (H. Iswolsky,
Trans.). Indiana University Press.', 'Economy and society (G. Roth & C. Wittich, Eds.; Vol. 1). University of
California Press.' The labeller, which seldom saw one, read the names into the title, took a translator for an
editor, and lost the publisher after the bracket ('… (J. Strachey, Trans.). W. W. Norton.'). The bracket is read
here, by APA's own pattern, and taken off before the reference is read; the record gets its names and numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citekit.model import Author, Reference
from citekit.parsing.authors import split_authors

# The role closes the names: 'Trans.', 'Ed.', 'Eds.', 'Ed. & Trans.'; Spanish and Portuguese APA's 'Trad.', 'Ed.',
# German 'Übers.', 'Hrsg.'. The names hold no figure and no bracket, and begin with a capital ('H. Iswolsky', 'Lu,
# S., & Jiang, S.', 'Simon Kuznets & Dorothy Swaine Thomas'). After a semicolon, APA's numbers of the book: '2nd
# ed.', 'Vol. 1', 'pp. 291–302'. The bracket follows the title's last word or mark, not the year's bracket.
_ROLE_BRACKET = re.compile(
    r"(?<=[^\W\d_]|[.?!)’”\"*])\s*\((?P<names>[A-ZÀ-Þ][^()\d;]{1,200}?),\s*"
    r"(?P<role>(?:Eds?|Hrsg)\.?\s*(?:&|and|y|e|u\.)\s*(?P<too>Trans|Trad|Übers)|Trans|Transl|Trad|Übers|Eds?|Hrsg)\.?"
    r"(?:\s*;\s*(?P<numbers>[^()]{1,80}))?\)(?P<stop>\.?)"
)
_EDITORS = ("Ed", "Eds", "Hrsg")
# Each of the numbers after the semicolon, apart by commas or semicolons.
_NUMBER_ITEMS = (
    ("edition", re.compile(r"(?P<value>\d{1,3})(?:st|nd|rd|th|\.)?\s+(?:ed|Aufl)\.?|(?P<words>Rev)\.\s+ed\.?", re.I)),
    ("volume", re.compile(r"(?:Vol|Bd)\.?\s*(?P<value>[\dIVXLC]+(?:\s*[–-]\s*[\dIVXLC]+)?)")),
    ("issue", re.compile(r"(?:Issue|No)\.?\s*(?P<value>\w+)")),
    ("pages", re.compile(r"(?:pp?|S)\.\s*(?P<value>\d+(?:\s*[–-]\s*\d+)?)")),
)


@dataclass(frozen=True, slots=True)
class RoleBracket:
    """What the bracket says: the names, whether they edited or translated the work (or both), and its numbers."""

    names: list[Author]
    translated: bool
    edited: bool
    numbers: dict[str, str]


def without_role_bracket(text: str) -> tuple[str, RoleBracket | None]:
    """The reference without the bracket after its title, and what the bracket says (None when it has none)."""
    if "(" not in text or not any(stem in text for stem in ("Trans", "Trad", "Übers", "Ed", "Hrsg")):
        return text, None  # none of the roles' words: most references
    found = _ROLE_BRACKET.search(text)
    if found is None or found.start() == 0:
        return text, None
    numbers: dict[str, str] = {}
    for item in re.split(r"\s*[,;]\s*", found["numbers"] or ""):
        if not item:
            continue
        for name, pattern in _NUMBER_ITEMS:
            if (number := pattern.fullmatch(item.strip(" ."))) is not None:
                numbers[name] = number["value"] if number["value"] else "Rev."
                break
        else:
            return text, None  # a number not read here: the labeller reads the bracket as before
    names, _ = split_authors(found["names"])
    if not names:
        return text, None
    role = found["role"]
    edited = role.startswith(_EDITORS)
    translated = bool(found["too"]) or not edited
    # 'Title (…, Trans.). Publisher.' → 'Title. Publisher.'; a title that ends in its own mark keeps it alone.
    before = text[: found.start()]
    stop = "" if before.endswith((".", "?", "!")) else "."
    return before + stop + text[found.end() :], RoleBracket(names, translated, edited, numbers)


def read_role_bracket(reference: Reference, bracket: RoleBracket | None) -> None:
    """The bracket's names and numbers into the record, where the rest of the reference named none."""
    if bracket is None:
        return
    if bracket.translated and not reference.role("translator"):
        reference.set_role("translator", list(bracket.names))
    if bracket.edited and not reference.editors:
        reference.editors = list(bracket.names)
    numbers = bracket.numbers
    if "edition" in numbers:
        reference.variables.setdefault("edition", numbers["edition"])
    if "volume" in numbers and not reference.volume:
        reference.volume = numbers["volume"]
    if "issue" in numbers and not reference.issue:
        reference.issue = numbers["issue"]
    if "pages" in numbers and not reference.pages:
        reference.pages = re.sub(r"\s+", "", numbers["pages"])
