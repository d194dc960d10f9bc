"""A note on a work's translation or first edition, bracketed after its year: 'Londra, Hutchinson, 1959 (ed. or.
Logik der Forschung, Vienna, Springer, 1934; trad. it. Logica …, Torino, Einaudi, 1970).' Italian, French,
Spanish and German humanities print one; APA and German lists close a reference with one on the original ('…
Basic Books. (Original work published 1937)', '[Orig. 1936]'). Read with the reference, its places, publishers
and years become the record's. The record keeps it whole as its note."""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile

# What opens such a note: 'trad. it.', 'tr. fr.', 'ed. or.', 'ed. orig.', 'Eng. trans.', 'English translation',
# 'trad. française', 'dt. Übers.', 'dt. Ausg.', 'orig. ed.'.
_OPENING = (
    r"(?:trad|tr)\.\s?(?:it|ital|fr|ingl|ing|ted|esp|cast|port|sp)\.|trad\.\s(?:française|italiana|española|inglesa)"
    r"|ed\.\s?(?:or|orig)\.|orig\.\s?(?:ed|pub)\.|(?:Eng|Engl)\.\s?trans(?:l)?\.|English\s+translation"
    r"|traduction\s+française|dt\.\s?(?:Übers|Ausg)\."
)
# After the year's figures only: the note closes the reference. '[^()]*' stops at any bracket, so each opening
# is tried once over the text after it.
_NOTE = lazy_compile(
    rf"(?<=\d)(?P<letter>[a-z]?)[,.]?\s*\((?P<note>(?:{_OPENING})[^()]*)\)[\s.]*$",
    re.IGNORECASE,
)


def without_translation_note(text: str) -> tuple[str, str | None]:
    """The reference without the note after its year, and the note (None when it has none)."""
    if "(" not in text or (found := _NOTE.search(text)) is None:
        return text, None
    return text[: found.start() + len(found["letter"])] + ".", found["note"].strip()


# A note that closes the reference on the work's original (its first edition, or the one translated): APA's
# '(Original work published 1923)', a classical work's '(Original work composed ca. 350 B.C.E.)' or '(Original work
# ca. 430 BCE)', '(Obra original publicada em 1900)', German lists' '(Original 1997: The Psychic Life of Power. …)',
# '[Orig. 1830]', '(zuerst 1932)', '[deutsch 1990: …]', '[engl. org. 1987: …]'; English humanities' '(original text
# written in 1934)'. Read with the reference, its title, place or publisher become the record's, or the note is read
# as the publisher.
_ORIGINAL_OPENING = lazy_compile(
    r"\s*(?:original\s+work\b|work\s+originally\s+published|originally\s+published"
    r"|first\s+published"
    r"|original\s+text\s+written|original(?=\s*(?:1[5-9]|20)\d\d|\s*:)|orig\.|zuerst\s+(?=(?:1[5-9]|20)\d\d)"
    r"|erstveröffentlichung|erstausgabe|erstmals\s+(?:erschienen|veröffentlicht)"
    r"|(?:deutsch|dt\.)\s+(?:1[5-9]|20)\d\d\s*:|(?:engl|amerik|franz|frz|ital|span)\.\s*or(?:i?g)\."
    r"|(?:trabajo|obra|trabalho)\s+original\s+publicad[oa]|publicado\s+originalmente|(?:1re|1ère|première)\s+éd)",
    re.IGNORECASE,
)
# Unbracketed, after a full stop: '… Strategien qualitativer Forschung. Bern. Original (1967): The discovery …'.
_ORIGINAL_AFTER_A_STOP = lazy_compile(r"(?<=\.)\s+(?P<note>Original\s*\(?(?:1[5-9]|20)\d\d\)?\s*:\s*\S.*)$")
_CLOSING, _OPENING_BRACKETS = ")]", "(["
_ORIGINAL_WORDS = ("orig", "first published", "erst", "deutsch", "dt.", "org.", "publicad", "éd")


def without_original_note(text: str) -> tuple[str, str | None]:
    """The reference without the note on its original that closes it, and the note (None when it has none)."""
    folded = text.casefold()
    if not any(word in folded for word in _ORIGINAL_WORDS):
        return text, None  # none of the openings' words: most references
    body = text.rstrip(" .")
    if (found := _ORIGINAL_AFTER_A_STOP.search(body)) is not None:
        return body[: found.start()].rstrip(), found["note"].strip()
    if not body or body[-1] not in _CLOSING:
        return text, None
    # The bracket that closes the text, back to the one that opens it: a bracket inside it stays ('(original: Le
    # Différend. Paris (1983))'); one pass over the text.
    depth = 0
    for start in range(len(body) - 1, -1, -1):
        character = body[start]
        if character in _CLOSING:
            depth += 1
        elif character in _OPENING_BRACKETS:
            depth -= 1
            if depth == 0:
                break
    else:
        return text, None
    if start == 0 or _ORIGINAL_OPENING.match(body, start + 1) is None:
        return text, None
    kept = body[:start].rstrip()
    return kept if kept.endswith(".") else kept + ".", body[start + 1 : -1].strip()  # 'Penguin..' hid the publisher
