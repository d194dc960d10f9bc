"""Month names as reference lists and exports print them, in the languages citekit reads."""

from __future__ import annotations

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            # English, French, German, Spanish; Portuguese, Italian and Dutch where their first three letters differ
            # (not 'janeiro', read by its first three: a name among these is taken off a place's end, 'Rio de Janeiro')
            ("jan", "january", "janvier", "januar", "enero", "gennaio", "januari"),
            ("feb", "february", "février", "februar", "febrero", "fevereiro", "febbraio", "februari"),
            ("mar", "march", "mars", "märz", "marzo", "março", "maart"),
            ("apr", "april", "avril", "abril", "aprile"),
            ("may", "mai", "mayo", "maio", "maggio"),
            ("jun", "june", "juin", "juni", "junio", "junho", "giugno"),
            ("jul", "july", "juillet", "juli", "julio", "julho", "luglio"),
            ("aug", "august", "août", "agosto", "augustus"),
            ("sep", "sept", "september", "septembre", "septiembre", "setembro", "settembre"),
            ("oct", "october", "octobre", "oktober", "octubre", "outubro", "ottobre"),
            ("nov", "november", "novembre", "noviembre", "novembro"),
            ("dec", "december", "décembre", "dezember", "diciembre", "dezembro", "dicembre"),
        ],
        start=1,
    )
    for name in names
}


# The short names whose letters are not the English one's first three: Spanish 'ene', 'abr', 'ago', 'dic';
# Portuguese 'fev', 'set', 'out', 'dez'; French 'janv', 'févr', 'avr', 'juil', 'déc'; German 'Mär', 'Okt';
# Italian 'gen', 'mag', 'giu', 'lug', 'ott'; Dutch 'mrt', 'mei'. Read only whole (a word that begins 'out' is none).
_SHORT_NAMES = {
    name: number
    for number, names in enumerate(
        [
            ("ene", "janv", "gen"),
            ("fev", "fév", "févr"),
            ("mär", "mrt"),
            ("abr", "avr"),
            ("mag", "mei"),
            ("giu",),
            ("juil", "lug"),
            ("ago",),
            ("set",),
            ("out", "okt", "ott"),
            (),
            ("dic", "déc", "dez"),
        ],
        start=1,
    )
    for name in names
}


def month_number(text: str) -> int | None:
    """'Juni', 'jun.', '6', 'ago.' → 6, 6, 6, 8; None when the text names no month."""
    text = text.strip().rstrip(".").lower()
    if text.isdigit():
        return int(text) if 1 <= int(text) <= 12 else None
    return MONTHS.get(text) or MONTHS.get(text[:3]) or _SHORT_NAMES.get(text)
