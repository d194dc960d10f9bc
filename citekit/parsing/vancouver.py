"""Vancouver/NLM, the commonest layout in biomedicine, read by rule:
'Aceto N, Bardia A, et al. Circulating … metastasis. Cell. 2014;158(5):1110-22. doi:10.1016/…'

Like the Springer rule, it reads a reference only when every part fits; anything else goes to the
learned path.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.months import month_number
from citekit.parsing.accessed import ACCESS_WORD
from citekit.parsing.authors import names_a_body
from citekit.parsing.identifiers import PUBMED_COLON, find_identifiers, identifier_fields
from citekit.parsing.names import parse_springer_authors
from citekit.parsing.rules import IN_A_BOOK, begins_with_a_place, title_and_source

# An online article's length for its pages, as NLM prints it: '[9 screens]', '[about 3 p.]', SciELO's '9 telas'.
_EXTENT = (
    r"(?:\[(?:about\s+|cerca de\s+)?(?P<extent>\d{1,4})\s+(?:screens|p\.|pages|telas|páginas|pantallas)\]"
    r"|(?P<counted>\d{1,4})\s+(?:screens|telas|páginas|pantallas))"
)
# Journal. Year[ Mon[ Day]];Volume(Issue):Pages — the source part at the end of the reference.
_SOURCE = lazy_compile(
    # Older NLM lists drop the period after the journal when a volume follows: 'Leuk Lymphoma 1996; 20: 427' (as does
    # an online journal's '[Internet].', taken off before: 'Am J Nurs [Internet]. 2002 Jun;102(6)').
    r"(?P<journal>[^.?!\"“”]+(?:\.[^.?!\s\"“”][^.?!\"“”]*)*)"
    r"(?:\.\s+|\s+(?=(?:1[5-9]\d\d|20\d\d)(?:\s[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?:\s\d{1,2})?)?;\s*\w))"
    # AMA's article online before its issue: 'JAMA Oncol. Published online April 4, 2022. doi:…'.
    r"(?:Published online\s+(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<day>\d{1,2}),\s+)?"
    # NLM's issue date: '2014 Aug 28', '2010 Jan-Feb' (the first month kept).
    r"(?P<year>1[5-9]\d\d|20\d\d)(?:\s+(?P<issue_month>[A-Z][a-z]{2})(?:-[A-Z][a-z]{2})?(?:\s+(?P<issue_day>\d{1,2}))?)?"
    # Cell Press's pages go on online after a stop: '83-91.e5'; Elsevier's online pages only, '645.e1-5'.
    rf"(?:[;,]\s*(?P<volume>[^(:;,\s]+)?(?:\s*\((?P<issue>[^)]+)\))?(?::\s*(?:{_EXTENT}|(?P<pages>[^.;\s]+(?:\.e\d{{1,3}}(?:[-–]\d{{1,3}})?)?)))?)?"
    r"\.?$"
)
# What follows the source: identifiers (NCBI's own 'PubMed PMID: 12520007', NIH manuscripts' '[PubMed: 9681850]'),
# links, notes (PubMed's 'Erratum in: BMJ 1998 Sep 5;317(7159):631.', 'Comment in: …', another work's source);
# PubMed Central prints the DOI bare ('…;22(1):61. 10.1186/s13058-020-01296-5.').
_TRAILER = lazy_compile(
    # (from a run of spaces' start only, taken whole: tried from each place of a long run, it took time growing with
    # the run's square; so _ONLINE's spaces, and nature.py's)
    # EndNote's and Zotero's '. ; PubMed Central PMCID: PMC2597765.', as NIH's public access policy asks
    rf"(?:\.|(?<!\s))\s++(?:;\s*+)?(?:doi:|https?://|(?:PubMed\s+)?PMID:|\[?{PUBMED_COLON}\d|(?:PubMed\s+Central\s+)?PMCID:"
    r"|Epub\b|(?:Erratum|Comment|Retraction|Update|Republished)\s+(?:in|on|of|from)\s*:"
    r"|Available (?:from|at)\b|Disponível em\b|Disponible en\b"
    r"|10\.\d{4,9}/).*$",
    re.IGNORECASE,
)
# NLM's marks of an online journal: 'Rev Saude Publica [Internet]. 2003 [cited 2012 Nov 17];37(1):40-8',
# in SciELO's languages too ('[online]', '[citado 17 de novembro 2012]').
_ONLINE = lazy_compile(
    r"(?<!\s)\s*+\[(?:internet|on-?\s?line|serial on the internet)\](?:\.(?=\s))?"
    rf"|(?<!\s)\s*+\[{ACCESS_WORD}[^\]]*\]",
    re.IGNORECASE,
)


# Volume and issue parted by a stop, as MLA 7 prints them ('50.6'), where Vancouver's volume stands.
_VOLUME_DOT_ISSUE = lazy_compile(r"(?P<volume>[1-9]\d{0,3})\.(?P<issue>[1-9]\d{0,3})")
# The authors end at the first full stop, not the one of an 'et. al.' as real lists print it.
_AUTHORS_END = lazy_compile(r"(?<!\bet)\. ")
# 'Rev', 'Bras', 'Gerontol', 'USP': a word of a journal's abbreviation
_ABBREVIATION = lazy_compile(r"[A-Z][a-zà-ÿ]{1,8}|[A-Z]{2,4}")
# the words before it: 'Geriatr', 'J' (chemistry's 'J. Comput. Aid. Mol. Des.'), not 'Editorial'
_ABBREVIATED = lazy_compile(r"[A-Z][a-zà-ÿ]{0,6}")
# A place's or a person's name shortened before the name itself: 'St. Domingo', 'Mt. Kenya', 'Ft. Collins'.
_NAMES_PREFIX = lazy_compile(r"(?<!\S)(?:St|Ste|Sta|Mt|Ft|Pt|Dr)$")


def parse_vancouver_reference(text: str) -> Reference | None:
    identifiers = find_identifiers(text)
    # A stray stop after the last one ('…;10(1):31–46. .'), as a list with its PMID links taken out reads.
    body = _TRAILER.sub("", _ONLINE.sub("", text)).strip().rstrip(". ")
    split = end.start() if (end := _AUTHORS_END.search(body)) else -1
    if split <= 0:
        return None
    authors = parse_springer_authors(body[:split])
    by_a_body = not authors and "," not in body[:split] and names_a_body(body[:split])
    if by_a_body:
        # A body wrote it: 'American Diabetes Association Professional Practice Committee. 2. Diagnosis and
        # Classification of Diabetes: Standards of Care in Diabetes-2025. Diabetes Care. 2025;48(Supplement_1):…'
        authors = [Author(body[:split])]
    if not authors:
        return None
    found = title_and_source(body[split + 2 :], _SOURCE)
    if found is None:
        return None
    title, source = found
    if by_a_body and not (source["volume"] or source["pages"]):
        return None  # a body's report: '… Brasília: Organização Pan-Americana da Saúde. 60p. [online] 2005.'
    journal = source["journal"].strip()
    # SciELO's abbreviations keep their full stops ('Acta paul. enferm.', 'Rev. bras. fisioter.'):
    # a journal that seems to begin with a small letter began a few words before, in the title.
    while journal[:1].islower() and (cut := title.rfind(". ")) > 0 and len(title[cut + 2 :].split()) <= 3:
        title, journal = title[:cut], f"{title[cut + 2 :]}. {journal}"
    # ... and in capitals ('Rev. Bras. Geriatr. Gerontol.'): one short word after another; a lone short
    # word ending the title begins the journal whatever follows ('Rev. Latino-am Enferm.', 'Cad. Saúde Pública').
    while _ABBREVIATION.match(journal) and (cut := title.rfind(". ")) > 0:
        if not _ABBREVIATED.fullmatch(title[cut + 2 :]) or _NAMES_PREFIX.search(title, 0, cut):
            break  # not 'Tertiär von St. Domingo', 'forests of Mt. Kenya': a saint's or a mountain's name
        title, journal = title[:cut], f"{title[cut + 2 :]}. {journal}"
    if journal[:1].islower() or IN_A_BOOK.search(title) or begins_with_a_place(journal):
        return None  # 'Title. In Honneth F-X, …, eds Book. Thousand Oaks: Sage, 2022; 112-147.': a chapter
    month_name, day = source["month"] or source["issue_month"], source["day"] or source["issue_day"]
    month = month_number(month_name) if month_name else None
    if source["month"] and month is None:
        return None  # AMA's 'Published online' before no month
    volume, issue = source["volume"], source["issue"] and source["issue"].strip()  # '100( Suppl I)' as copied
    if issue is None and volume and (dotted := _VOLUME_DOT_ISSUE.fullmatch(volume)):
        volume, issue = dotted["volume"], dotted["issue"]  # MLA 7's 'Science. 2014;343.6178: 1436–1437'
    # An issue's month in a language citekit does not know ('2004 Set', Portuguese): left out, the rest still read.
    return Reference(
        month=month,
        day=int(day) if month and day else None,
        authors=authors,
        year=int(source["year"]),
        title=title,
        container_title=journal,
        volume=volume,
        issue=issue,
        pages=source["pages"] or source["extent"] or source["counted"],
        type="article-journal",
        raw=text,
        **identifier_fields(identifiers),  # the URL too: 'Available from: https://…', 'Disponível em: http://…'
    )


# Google Scholar's Vancouver for a paper in proceedings glues 'In' to their name and prints the year after it:
# '… localization. InProceedings of the IEEE international conference on computer vision 2017 (pp. 618-626).'
_SCHOLAR_PROCEEDINGS = lazy_compile(
    r"\.\s++In(?P<container>[A-Z][^.()]{0,300}?)\s(?P<year>1[5-9]\d\d|20\d\d)\s\(pp\.\s(?P<pages>\d+(?:[-–]\d+)?)\)\.?\s*+$"
)


def read_scholar_proceedings(reference: Reference, text: str) -> None:
    """A paper in proceedings as Google Scholar's Vancouver prints it: the proceedings, year and pages."""
    if ". In" not in text or (found := _SCHOLAR_PROCEEDINGS.search(text)) is None:
        return
    reference.container_title, reference.year = found["container"].strip(), int(found["year"])
    reference.pages, reference.type = found["pages"], "paper-conference"
