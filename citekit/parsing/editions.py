"""An edition named by its ordinal's word: 'second ed.', 'Ninth Edition', 'zweite Auflage', 'deuxième édition',
'segunda edición', 'terceira edição', 'seconda edizione'.

Elsevier's Harvard ('…, ninth ed. Elsevier, Philadelphia.') and many book lists spell the number out; read
only by digits, such an edition was lost (the labeller leaves the words as nothing). The words are the
ordinals of the languages citekit reads; the number is CSL's edition.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import grouped_by_first_letter, lazy_compile

# Each language's ordinals from the first, in order: the word's place is its number. German's are read with
# their endings ('zweite', 'zweiten'), French's with or without accents.
_ORDINALS_BY_LANGUAGE = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth",
    "erste zweite dritte vierte fünfte sechste siebte achte neunte zehnte",
    "première deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième",
    "premiere deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme",
    "primera segunda tercera cuarta quinta sexta séptima octava novena décima",
    "primeira segunda terceira quarta quinta sexta sétima oitava nona décima",
    "prima seconda terza quarta quinta sesta settima ottava nona decima",
)
ORDINAL_NUMBERS = {
    word: number for words in _ORDINALS_BY_LANGUAGE for number, word in enumerate(words.split(), start=1)
} | {"seconde": 2, "siebente": 7}
# The words as a pattern's alternatives, grouped by their first letter; German's ending 'n' after ('zweiten').
ORDINAL_WORD = "(?:" + grouped_by_first_letter(sorted(ORDINAL_NUMBERS, key=len, reverse=True)) + ")n?"
# The ordinal, then the edition's word, with up to three words between ('revised and expanded', 'überarbeitete
# und erweiterte'); its short form only right after the ordinal ('Nona Jones, ed.' names an editor). Not after
# 'the': 'Écrits: The First Complete Edition in English' is a title.
SPELT_EDITION = lazy_compile(
    rf"(?<!the\s)\b(?P<ordinal>{ORDINAL_WORD})\b,?(?:(?:\s+[^\W\d_]+,?){{0,3}}?\s+"
    r"(?:edition|auflage|[ée]dition|edici[óo]n|edi[çc][ãa]o|edizione)\b|\s+(?:edn\b\.?|ed\.|aufl\.|[ée]d\.))",
    re.IGNORECASE,
)
# A revised edition, named with no number: Chicago's and NLM's 'Rev. ed.', 'revised edition'.
REVISED_EDITION = lazy_compile(r"(?<!\w)rev(?:ised)?\.?\s+(?:ed(?:n|ition)?|[ée]dition)(?!\w)\.?", re.IGNORECASE)
# One of these, folded, is in every match of an edition's word here and of its number's (learned.py): most
# references name no edition, and the patterns try every word.
EDITION_STEMS = ("ed", "éd", "aufl")


def spelt_edition(text: str) -> re.Match[str] | None:
    """The first edition named by its ordinal's word in text, or None."""
    folded = text.casefold()
    if not any(stem in folded for stem in EDITION_STEMS):
        return None
    return SPELT_EDITION.search(text)


def edition_number(found: re.Match[str]) -> str:
    """A match of SPELT_EDITION → the edition's number: 'Ninth Edition' → '9'."""
    return str(ORDINAL_NUMBERS[found["ordinal"].casefold()])


# The edition with what sets it apart: a comma before it ('…, Ninth edition.'), or a sentence of its own ('… Deep
# Learning. Second edition. Cambridge …').
_EDITION_AND_ITS_MARKS = lazy_compile(rf"(?P<lead>,\s*|(?<=\.)\s+)(?:{SPELT_EDITION.pattern})\.?", re.I)


def without_spelt_edition(text: str) -> tuple[str, str | None]:
    """The reference without an edition named by its word, for the labeller, which has seen few ('Murphy, K.,
    Weaver, C. Janeway's Immunobiology. Ninth Edition. New York: …' lost its title, '…, Fourth Edition (Garland
    Science, …' gave the edition as the publisher), and the edition's number (None when it names none)."""
    if spelt_edition(text) is None or (found := _EDITION_AND_ITS_MARKS.search(text)) is None:
        return text, None
    end = found.end()
    if not found["lead"].startswith(",") and not found.group().endswith(".") and (rest := _REST.match(text, end)):
        end = rest.end()  # '… Peace. Fourth Edition, Revised and Reset. New York': the sentence goes whole
    # After a comma the full stop ends the sentence before too: '…, ninth ed. Elsevier' → '…. Elsevier'.
    stop = "." if found["lead"].startswith(",") and found.group().endswith(".") else ""
    return text[: found.start()] + stop + text[end:], edition_number(found)


# The rest of an edition's sentence: words, no figures ('…, Revised and Reset.').
_REST = lazy_compile(r"[^.\d]{1,60}\.")
