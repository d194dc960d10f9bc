"""J-STAGE's citation, as Japan's journal platform gives it to copy, in Japanese or English:
'栗原 健太郎, 河原 大輔, JGLUE: 日本語言語理解ベンチマーク, 自然言語処理, 2023, 30 巻, 1 号, p. 63-87,
公開日 2023/03/15, …'
'Jan Valošek, Julien Cohen-Adad, Reproducible …, Magnetic Resonance in Medical Sciences, 2024, Volume 23, Issue 3,
Pages 307-315, Released on J-STAGE July 01, 2024, …'

Every part after a comma: the names (given name first in English, family name first in Japanese), the title,
the journal, the year, then the volume, issue and pages named in the one language or the other, then the day
it came out on J-STAGE, the ISSNs and links (the DOI is read from them as from any reference).
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.model import Reference
from citekit.parsing.authors import split_authors
from citekit.parsing.identifiers import find_identifiers, identifier_fields

_YEAR = r"(?:1[5-9]|20)\d\d"
_SOURCE = lazy_compile(
    rf",\s(?P<year>{_YEAR}),\s(?:(?P<volume>[^,\s]+)\s?巻|Volume\s(?P<volume_en>[^,\s]+))"
    r"(?:,\s(?:(?P<issue>[^,\s]+)\s?号|Issue\s(?P<issue_en>[^,\s]+)))?"
    r"(?:,\s(?:p\.\s?|Pages?\s)(?P<pages>[^,\s]+))?"
    r"(?:,\s(?:公開日|Released on J-STAGE|Advance online publication|Online ISSN|Print ISSN|https?://)[^\n]*)?,?\s*$"
)
# A name as J-STAGE prints it: 'Jan Valošek', 'Julien Cohen-Adad', '栗原 健太郎'.
_NAME = lazy_compile(
    r"[A-ZÀ-Þ][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?(?:\s[A-ZÀ-Þ][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?){1,3}"
    r"|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,5}\s[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,5}"
)
_ACRONYM = lazy_compile(r"[A-Z]{2,6}")  # 'IEICE': a society's name after its journal's ('Nonlinear Theory …, IEICE')


def parse_jstage_reference(text: str) -> Reference | None:
    """One reference as J-STAGE gives it to copy, or None when the text is not one."""
    source = _SOURCE.search(text)
    if source is None:
        return None
    parts = [part.strip() for part in text[: source.start()].split(", ")]
    names = 0
    while names < len(parts) - 2 and _NAME.fullmatch(parts[names]):
        names += 1
    if not names or len(parts) - names < 2:
        return None
    journal_from = len(parts) - 1
    if _ACRONYM.fullmatch(parts[journal_from]) and journal_from - 1 > names:
        journal_from -= 1
    authors = [author for part in parts[:names] for author in split_authors(part)[0]]
    identifiers = find_identifiers(text)
    return Reference(
        authors=authors,
        year=int(source["year"]),
        title=", ".join(parts[names:journal_from]),
        container_title=", ".join(parts[journal_from:]),
        volume=source["volume"] or source["volume_en"],
        issue=source["issue"] or source["issue_en"],
        pages=source["pages"],
        type="article-journal",
        raw=text,
        **identifier_fields(identifiers),
    )
