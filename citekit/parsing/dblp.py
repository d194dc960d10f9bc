"""DBLP's citations, as computer science copies them from dblp.org into its lists and READMEs: 'Kaiming He,
Xiangyu Zhang, Shaoqing Ren, Jian Sun: Deep Residual Learning for Image Recognition. CVPR 2016: 770-778', 'Yann
LeCun, Yoshua Bengio, Geoffrey E. Hinton: Deep learning. Nat. 521(7553): 436-444 (2015)'.

The names are printed given name first, separated by commas, and end at a colon. The name lists the labeller read
split at every second comma where a given name was not known ('Brian Kenji Iwana, Seiichi Uchida' gave one person
named 'Brian Kenji Iwana'); a conference's 'CVPR 2016: 770-778' gave the year as a journal's volume and no year. The
end is DBLP's own: a journal's volume, issue and pages, then the year in brackets; a conference's short name, the
proceedings' volume in brackets, its year, then the pages. Only a reference that has both (the names' shape and such
an end) is read here.
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.parsing.authors import PARTICLES, person_given_first

# A name as DBLP prints it: words and initials, given name first, the last a whole word ('Geoffrey E. Hinton',
# 'Jean-Baptiste Alayrac', 'Aäron van den Oord'), with DBLP's number that tells people of one name apart ('Wei Li
# 0001').
# The particles are authors.py's, and the joining and Arabic ones DBLP's names hold ('Juan Pérez y Gil', 'Ahmad bin
# Ali', 'Omar al Khayyam').
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES | {"y", "e", "bin", "ibn", "al", "el"})) + ")"
_WORD = rf"(?:[A-ZÀ-Þ][\w'’-]*\.?|{_PARTICLE})"
_LAST_WORD = r"[A-ZÀ-Þ](?=[\w'’-]*[a-zß-ÿ])[\w'’-]*"  # a whole word, not initials: 'He', 'O'Brien', 'LeCun'
_NAME = lazy_compile(rf"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+{_WORD}){{0,5}}?\s+{_LAST_WORD})(?:\s+(?P<number>\d{{4}}))?")
_ENDS = frozenset(")0123456789")
_LIST_NUMBER = lazy_compile(r"\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)])\s+")
_NAMES_END = lazy_compile(r":\s+(?=\S)")
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PAGES = r"(?P<pages>[A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?)"
# A journal's end: 'Pattern Recognit. 48(10): 2993-3003 (2015)', 'PLoS ONE 16(7): e0254841 (2021)', 'Neural
# Networks 61: 85-117 (2015)'; CoRR's 'CoRR abs/1610.09204 (2016)'.
_JOURNAL_END = lazy_compile(
    rf"\s(?:(?P<volume>\d{{1,5}})(?:\s?\((?P<issue>[\w/-]{{1,12}})\))?:\s*{_PAGES}|CoRR\s+abs/[\w./-]+)"
    rf"\s+\({_YEAR}\)\.?$"
)
# A conference's end: 'CVPR 2016: 770-778', 'NAACL-HLT (1) 2019: 4171-4186', 'ICLR (Poster) 2016', 'NeurIPS 2020'.
_CONFERENCE_END = lazy_compile(
    rf"\.\s+(?P<venue>[A-Z][\w@/&+.-]*(?:\s+[A-Z][\w@/&+.-]*){{0,3}})"
    rf"(?:\s+\((?P<volume>\d{{1,2}}|[A-Z][\w ]{{1,20}})\))?\s+{_YEAR}(?::\s*{_PAGES})?\.?$"
)


def dblp_names(text: str) -> tuple[list[Author], int] | None:
    """The names a DBLP citation opens with, and where its title begins; None where it does not open so."""
    numbered = _LIST_NUMBER.match(text)
    start = numbered.end() if numbered is not None else 0
    colon = text.find(": ", start)
    if colon < 0 or "," in text[start:colon].replace(", ", ""):
        return None
    people = []
    for piece in text[start:colon].split(", "):
        found = _NAME.fullmatch(piece.strip())
        if found is None or (person := person_given_first(found["name"])) is None:
            return None
        people.append(person)
    end = _NAMES_END.match(text, colon)
    return (people, end.end()) if end is not None else None


def read_dblp(reference: Reference, text: str) -> None:
    """A DBLP citation's names, and a conference's venue, year and pages (the module's docstring)."""
    if ": " not in text or text.rstrip(". ")[-1:] not in _ENDS:
        return
    journal = _JOURNAL_END.search(text)
    conference = None if journal is not None else _CONFERENCE_END.search(text)
    if conference is not None and not conference["pages"] and sum(map(str.isupper, conference["venue"])) < 2:
        conference = None  # 'Springer 2009' is a publisher's year; 'NeurIPS 2020', 'ICLR 2021' are conferences
    if (journal is None and conference is None) or (opened := dblp_names(text)) is None:
        return
    people, title_start = opened
    if (journal or conference).start() <= title_start:
        return
    reference.authors = people
    reference.year = int((journal or conference)["year"])
    if journal is not None:
        if journal["volume"]:
            reference.volume, reference.issue, reference.pages = journal["volume"], journal["issue"], journal["pages"]
        else:  # CoRR's: the title runs to it ('… Contrastive Learning. CoRR abs/2003.04297 (2020)')
            reference.title = text[title_start : journal.start()].strip(" .") or reference.title
        return
    reference.forget("container_title", "volume", "issue", "pages")
    reference.type = "paper-conference"
    reference.title = text[title_start : conference.start()].strip() or reference.title
    volume = conference["volume"]
    reference.container_title = conference["venue"] + (f" ({volume})" if volume and not volume.isdigit() else "")
    reference.volume = volume if volume and volume.isdigit() else None
    reference.pages = conference["pages"]
