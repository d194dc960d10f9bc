"""A note on a work's translation or first edition, bracketed after its year: 'Londra, Hutchinson, 1959 (ed. or.
Logik der Forschung, Vienna, Springer, 1934; trad. it. Logica …, Torino, Einaudi, 1970).' Italian, French,
Spanish and German humanities print one; read with the reference, its places, publishers and years become the
record's. The record keeps it whole as its note."""

from __future__ import annotations

import re

# What opens such a note: 'trad. it.', 'tr. fr.', 'ed. or.', 'ed. orig.', 'Eng. trans.', 'English translation',
# 'trad. française', 'dt. Übers.', 'dt. Ausg.', 'orig. ed.'.
_OPENING = (
    r"(?:trad|tr)\.\s?(?:it|ital|fr|ingl|ing|ted|esp|cast|port|sp)\.|trad\.\s(?:française|italiana|española|inglesa)"
    r"|ed\.\s?(?:or|orig)\.|orig\.\s?(?:ed|pub)\.|(?:Eng|Engl)\.\s?trans(?:l)?\.|English\s+translation"
    r"|traduction\s+française|dt\.\s?(?:Übers|Ausg)\."
)
# After the year's figures only: the note closes the reference. '[^()]*' stops at any bracket, so each opening
# is tried once over the text after it.
_NOTE = re.compile(
    rf"(?<=\d)(?P<letter>[a-z]?)[,.]?\s*\((?P<note>(?:{_OPENING})[^()]*)\)[\s.]*$",
    re.IGNORECASE,
)


def without_translation_note(text: str) -> tuple[str, str | None]:
    """The reference without the note after its year, and the note (None when it has none)."""
    if "(" not in text or (found := _NOTE.search(text)) is None:
        return text, None
    return text[: found.start() + len(found["letter"])] + ".", found["note"].strip()
