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


def month_number(text: str) -> int | None:
    """'Juni', 'jun.', '6' → 6; None when the text names no month."""
    text = text.strip().rstrip(".").lower()
    if text.isdigit():
        return int(text) if 1 <= int(text) <= 12 else None
    return MONTHS.get(text) or MONTHS.get(text[:3])
