"""Identifiers printed inside a reference: DOI, PMID, PMCID, arXiv, URL. What looks like one but does not
fit its syntax (citekit.identifiers) is left out: a printed 'DOI' can be anything."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from citekit.identifiers import ARXIV_ARCHIVES, clean_arxiv, clean_doi, clean_pmcid, clean_pmid, clean_url
from citekit.lazy_regex import lazy_compile
from citekit.parsing.accessed import ACCESS_WORD

# A DOI ends at a space, a quote or an angle bracket (HTML's, or those ScienceDirect prints around a link:
# '〈https://doi.org/…〉'), but for the angle brackets of a SICI, which older DOIs carry
# ('10.1002/(SICI)1099-1492(199706/08)10:4/5<171::AID-NBM453>3.0.CO;2-L'). A link may escape its slash
# ('https://doi.org/10.1083%2Fjcb.201807044'). Markdown's backticks around it (`10.1002/jev2.12404`) are no part.
_DOI = lazy_compile(
    r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:?\s*)?(10\.\d{4,9}(?:/|%2F)(?:[^\s\"<>〈〉⟨⟩`]|<\d+::AID-[^\s\"<>]+>)++)",
    re.IGNORECASE,
)
# A web page's link labels glued to the DOI before 'Google Scholar' (JAMA's 'doi:10.3322/caac.21763PubMedGoogle
# ScholarCrossref'): no part of it.
_LABELS_GLUED = lazy_compile(r"(?:PubMed|Crossref|CrossRef|Article|CAS|Medline|MEDLINE|OpenUrl)*+Google$")
_GLUED_AT_MOST = 80  # characters of labels glued to a DOI
# The year glued to the DOI at a reference's end, as a copy of Nature's pages gives it ('1937–1948.https://doi.org/
# 10.1001/jama.299.16.1937(2008).'): no part of it (a DOI's brackets hold more after them: 'S0140-6736(11)60103-7').
_YEAR_GLUED = lazy_compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)$")
# A publisher's link names the DOI in its path, then how the page shows it: De Gruyter's
# '…/document/doi/10.2202/1544-6115.1027/html', Frontiers' '…/articles/10.3389/fimmu.2020.01234/full', Springer's
# '…/content/pdf/10.1007/s00125-010-1912-y.pdf', bioRxiv's '…/content/10.1101/153585v1.full.pdf' (its version no part
# of the DOI either), a supplement's file ('…/suppl/10.1021/acs.jproteome.0c00001/suppl_file/…_si_001.pdf'). A DOI
# printed as one ('doi:…', 'https://doi.org/…') is kept as printed; only the end of the link is looked at.
_VIEW_AT_THE_LINKS_END = lazy_compile(
    r"(?:/(?:full|abstract|html?|e?pdf|fulltext|full-text|summary|meta|figures|references|suppl_file/[^/]*)"
    r"|\.(?:full|pdf|html?))+$",
    re.IGNORECASE,
)
_VIEW_LOOKED_AT = 120  # characters at the link's end
_BIORXIV_VERSION = lazy_compile(r"(?<=\d)v\d{1,2}$")
# The label of a figure's or a list's next item glued after the DOI's stop: '…/npg-21-379-2014.(a)'.
_ITEM_LABEL_GLUED = lazy_compile(r"\.\([a-z]\)$")
# NCBI's and Europe PMC's labels glued by a PDF's text to a DOI's end ('…2018.12.089.Epub 2019 Jan 10',
# '….PMID:30630864'), and an access note's word, capitalised as a sentence begins ('…/978-3-319-18539-2.Accessed
# September 12, 2022', 'Available'): no DOI's suffix carries them.
_LABEL_GLUED_AFTER_STOP = lazy_compile(
    rf"\.(?:Epub|eCollection|PMID|PMCID|PubMed|Available|(?=[A-ZÀ-Þ])(?i:{ACCESS_WORD}))(?![a-z]).*$"
)
# A PDF's line broken inside a DOI leaves a space in it, which a copy keeps: after the prefix's stop or its
# slash, after the label ('doi: 10. 1016/j.neuroimage…', 'doi: 10.1016/ S1388-2457(98)00038-8'), or inside the
# suffix after a stop, a slash or a hyphen ('10.1109/86. 847820', '10.1016/j. neuroimage.2011.07.084',
# '10.1088/1741-2560/4/3/ 007'). The DOI read up to the space is another's or none; what follows the space
# goes on it when it holds a figure and is no year or label ('doi:10.1038/nature12373. 2013.', '…1193063. PMID:2…').
_SPACED_DOI = lazy_compile(r"\bdoi(?::?\s*|\.org/\s?)(10\.\s?\d{4,9}/\s?[^\s\"<>`]++)", re.IGNORECASE)
_DOI_GOES_ON = lazy_compile(
    r"(?!(?:1[5-9]|20)\d\d\b|[A-Za-z]+:|(?:PMID|PMCID|PMC|Epub|eCollection|PubMed|ISSN|ISBN)(?![a-z]))"
    r"(?=[^\s\"<>]{0,200}?\d)[A-Za-z0-9][^\s\"<>]*+"
)
# A DOI's pieces a space sets apart after it, as a PDF gives a `\url` or spaced punctuation: a piece that begins with
# a stop, slash, hyphen or underscore ('10.1093/molbev /msu300', '…/PhysRevLett .100.228502'), or such a mark alone
# before figures ('10.1007/9783 - 662 - 49122 - 5'); then a TeX escape printed as it is ('\ _2'), if any.
_DOI_SPACED_ON = lazy_compile(r"(?P<on>(?: (?:[./_-][0-9a-z]|[-_] [0-9])[^\s\"<>\\]*+)++)(?P<escape> \\)?")
# After a DOI's stop and a space, a capital and figures and hyphens alone: a document's number the next reference
# begins with ('… doi: 10.1097/HEP.0000000000000647. R24-0157 Rinella ME, …', a trial protocol's list), no rest of the
# suffix, which after a capital holds a stop or a small letter ('10.1002/14651858. CD012345.pub2').
_LABEL_AFTER_THE_STOP = lazy_compile(r"[A-Z][A-Z\d-]{0,40}(?:[\s\"<>]|$)")
_PMID = lazy_compile(r"\bPMID:?\s*(\d{1,9})\b", re.IGNORECASE)
# The PMID after the database's name and a colon: PLOS's 'J Virol 58: 921-936. PubMed: 3701931.', NIH author
# manuscripts' '[PubMed: 17554300]', 'PubMed ID: 12345', JMIR's '[Medline: 34895247]' (its PMID, in its brackets: an
# old 'MEDLINE UI' number is none). PUBMED_COLON, the lead, also ends a source for the rules.
PUBMED_COLON = r"PubMed(?:\s*ID)?\s*:\s*"
_PUBMED_COLON = lazy_compile(rf"\b{PUBMED_COLON}(\d{{1,9}})\b|(?-i:\[Medline:\s*)(\d{{1,9}})\]", re.IGNORECASE)
# A link to the record names its PMID: 'Retrieved from http://www.ncbi.nlm.nih.gov/pubmed/14729967' (Mendeley's
# APA), 'https://pubmed.ncbi.nlm.nih.gov/30630864/', 'europepmc.org/article/MED/30630864'.
_PUBMED_LINK = lazy_compile(
    r"\b(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/|europepmc\.org/(?:abstract|article)/MED/)(\d{1,9})\b",
    re.IGNORECASE,
)
# Wikipedia prints the PMCID as a link after its label, with a space between: 'PMC 7717626'. Spaced, only a
# number as long as PMC's are now (six digits or more): 'PMC 2010' could be a meeting's name. EndNote doubles the
# prefix of a PMCID stored with its own ('PubMed Central PMCID: PMCPMC1255050', 'PMCPmc3971304').
_PMCID = lazy_compile(r"\b(?:PMCID:?\s*)?(?:PMC(?=PMC))?(PMC(?:\d{4,10}|\s\d{6,10}))\b", re.IGNORECASE)
# 'arXiv:1604.06211', 'arXiv preprint arXiv:1810.04805', 'ArXiv, abs/1906.00591', 'arXiv :hep-ph/0605068',
# 'arxiv.org/abs/0908.1674v1', and a PDF's spaces inside ('arXiv :1702 .02813', 'hep -th/0312052'); an old
# identifier alone names its archive ('[hep-th/9611200]'); DBLP names arXiv's papers as a journal's, CoRR's ('CoRR
# abs/1707.09472 (2017)', 'CoRR, abs/1907.05774, 2019'). Then the subject class: '[hep-ph]', '[physics.bio-ph]'
# (_SUBJECT_ARCHIVES says which are one: not NLM's '[Preprint]' nor a page's link '[ INSPIRE]').
_ARXIV_ID = r"(?P<id>\d{4}\s?\.\s?\d{4,5}(?:v\d+)?|[a-z]+(?:\s?-\s?[a-z]+)?(?:\.[A-Z]{2})?\s?/\s?\d{7}(?:v\d+)?)(?!\d)"
_ARXIV = lazy_compile(
    r"(?:\barxiv(?:\s?\.\s?org\s?(?:/\s?(?:abs|pdf)\s?/|:)|\s*(?:e-?prints?|preprint)?\s*[:,;]?\s*(?:arxiv\s*:\s*)?(?:abs/)?)"
    r"|\bcorr\s?,?\s?abs/"
    rf"|(?<![\w/.-])(?=(?:{'|'.join(sorted(ARXIV_ARCHIVES))})(?:\.[A-Z]{{2}})?/\d))"
    rf"{_ARXIV_ID}(?:\s*\[\s*(?P<subject>[a-z]+(?:\s?-\s?[a-z]+)?(?:\.[A-Za-z]{{2}}|\.[a-z]{{2,}}-[a-z]{{2,}})?)\s*\])?",
    re.IGNORECASE,
)
# arXiv's archives that name a subject class ('cs.LG', 'stat.ML', 'physics.bio-ph'): today's, and the old ones an
# identifier may name.
_SUBJECT_ARCHIVES = ARXIV_ARCHIVES | {"econ", "eess", "q-fin", "stat"}
# The DOIs arXiv (through DataCite) gives its preprints: the prefix, then the identifier.
_ARXIV_DOI_PREFIX = "10.48550/arxiv."
_ARXIV_OLD_HINT = lazy_compile(r"/\d{7}")  # an old identifier's number after its archive
_URL = lazy_compile(r"\b(?:https?://[^\s<>\"〈〉⟨⟩]+|www\.[^\s<>\"〈〉⟨⟩]*)", re.IGNORECASE)
# A host a PDF's line end broke after a stop goes on over the space with its next labels and its path.
_HOST_GOES_ON = lazy_compile(
    r" (?P<rest>[A-Za-z0-9-]{2,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.?(?:[/:?#][^\s\"<>〈〉⟨⟩]*)?)"
)
# A path a PDF's line end broke after a slash or a stop goes on over the space: a word, then more of a path
# ('https://seaborn.pydata. org/generated/seaborn.heatmap.html', 'https://scikit-learn.org/ stable/modules/…'), a
# file's name with a figure or an underscore ('…/searo/1994-99/ SEA_NUT_134.pdf'), or a file's kind after its stop
# ('…/WHO_NHD_01.3. pdf (accessed 2001)'), or after a slash a name of words joined by hyphens or underscores, as a
# repository's ('https://github.com/msr-fiddle/ philly-traces.'), or numbers with a path after them, as a journal's
# article and file ('…/index.php/BRJD/article/view/ 18172/14680.'), or a DOI ('https://dl.acm.org/doi/ 10.1145/
# 3360573'), or an arXiv identifier after 'abs/' or its number after its stop ('http://arxiv.org/abs/' + ' 1703.01365',
# 'http://arxiv.org/abs/2001.' + ' 06448', biblatex's links from Zotero); not a year ('… 2021.') nor a sentence ('…
# Accessed 3 May').
_FILE_KINDS = r"(?:pdf|html?|aspx?|php|xml|docx?|xlsx?|txt|csv|zip)(?=[\s.,;)\]]|$)"
_PATH_GOES_ON = lazy_compile(
    r" (?P<rest>(?:[a-z][\w~%+-]*|[A-Z][\w~%+-]*(?=/)|[A-Z][\w~%+-]*[\d_][\w~%+-]*|\d[\w~%+-]*(?=/[\w~%+-])"
    r"|10\.\d{4,9}(?=/[\w~%+-]))"
    r"(?:[/.?#=&][\w~%+-][^\s\"<>〈〉⟨⟩]*|/(?=\s|$))"
    rf"|{_FILE_KINDS}|[A-Za-z][\w~%+-]*\.{_FILE_KINDS}"
    r"|(?<=/ )[a-z][a-z\d]*(?:[-_][a-z\d]+)+(?=[\s.,;)\]]|$)"
    r"|(?:(?<=/(?:abs|pdf)/\d{4}\. )|(?<=/(?:abs|pdf)/ )\d{4}\.)\d{4,5}(?:v\d{1,2})?(?=[\s,;)\]]|\.?$|\.\s))"
)
# A link's scheme with spaces in it: babel-french's space before a colon ('https ://cds.cern.ch/…'), a PDF's space
# inside the word ('ht tps://survey.…', 'http s://docs.…'), or biblatex's link set with a space between each of its
# pieces ('https : / / doc . rust - lang . org / nomicon / …', as pdftotext gives a `\url` that may break anywhere).
_SPACED_SCHEME = lazy_compile(r"\b(?P<scheme>h ?t ?t ?p(?: ?s)?) ?: ?/ ?/ ?", re.IGNORECASE)
# A piece of a link set with spaces: no bracket, quote or space in it.
_LINK_PIECE = lazy_compile(r"[^\s<>\"()\[\]{}“”‘’〈〉⟨⟩]+")
# What joins a link's pieces: a piece ending or beginning with one goes on over the space.
_LINK_JOINERS = "./-_?=&#~%:+"
_JOINERS_BUT_A_STOP = _LINK_JOINERS.replace(".", "")
_SPACED_LINK_LOOKS = ("/ /", " :", ": /", "ht tp", "htt p", "http s", "h ttp")  # one of these before the search


def _spaced_links(text: str) -> Iterator[tuple[str, int, int]]:
    """Each link whose scheme or pieces a space sets apart, joined ('https://doc.rust-lang.org/nomicon/…'), with where
    it starts and ends. Its pieces go on while one ends or the next begins with a joiner ('doc' '.' 'rust-lang.org/…',
    '…utm_' 'medium=…'); two words in a row end it, unless the second holds a joiner or one follows it ('doc . rust
    lang . org', '… / user guide/verify/…': a hyphen lost, or a word broken at a line's end): no sure link then."""
    lowered = text.lower()
    if not any(look in lowered for look in _SPACED_LINK_LOOKS):
        return
    for scheme in _SPACED_SCHEME.finditer(text):
        if " " not in scheme.group():
            continue
        pieces: list[str] = []
        at = scheme.end()
        while (piece := _LINK_PIECE.match(text, at)) is not None:
            word = piece.group()
            # A stop glued to a piece's end goes on to a piece in lower case or figures ('//link. aps.org/…',
            # '…/PhysRevD.7. 2333'), not to a word in capitals ('…deeplearningbook.org. MIT Press') or a label ('…/pce.
            # 12231. url: https://…').
            joined = pieces and (
                pieces[-1][-1] in _JOINERS_BUT_A_STOP
                or pieces[-1] == "."
                or (pieces[-1][-1] == "." and (word[0].islower() or word[0].isdigit()) and not word.endswith(":"))
            )
            if pieces and not (joined or word[0] in _LINK_JOINERS):
                after = _LINK_PIECE.match(text, piece.end() + 1) if text.startswith(" ", piece.end()) else None
                # ('…v2; http://…', '…01 . 003. url: https://…': the link ended before the next or its label)
                ended = pieces[-1][-1] in ",;" or word.endswith(":") or word.lower().startswith(("http", "www."))
                if not ended and (
                    any(joiner in word for joiner in _JOINERS_BUT_A_STOP) or (after and after.group() in _LINK_JOINERS)
                ):
                    pieces = []  # 'rust lang . org', '… / user guide/verify/…': a piece lost between the two words
                break
            pieces.append(word)
            at = piece.end()
            if not text.startswith(" ", at):
                break
            at += 1
        if pieces:
            end = at if text[at - 1 : at] != " " else at - 1
            yield scheme["scheme"].replace(" ", "").lower() + "://" + "".join(pieces), scheme.start(), end


# An access note glued to the link before it, hyphenated too: '….pdf(accessed on 20 November 2025)', '…/(ac-cessed'.
_ACCESS_GLUED = lazy_compile(
    r"\((?:last\s)?(?:ac-?cessed|re-?trieved|cited|viewed|con-?sulted|abgerufen|zugriff|acesso)$", re.IGNORECASE
)
# A Markdown link's label ends at its bracket, before the address: '[10.1002/pro.3943](https://…)',
# '[https://pymol.org/](https://pymol.org/)'.
_MARKDOWN_LINK = "]("
_TRAILING = ".,;:)]}>(["  # a bracket opened at the end: a year after a space, "…/nrm3248( 2012)"


@dataclass(slots=True)
class Identifiers:
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    arxiv: str | None = None
    arxiv_subject: str | None = None
    url: str | None = None
    spans: tuple[tuple[int, int], ...] = ()


def _before_an_unopened_bracket(value: str) -> str:
    """A bracket that closes none opened in the identifier ends it: a note in brackets glued after the link in
    brackets holding it ('(https://doi.org/10.1021/acs.jctc.8b00841)(the ORCA software package)')."""
    depth = 0
    for index, char in enumerate(value):
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return value[:index]
    return value


def _clean(value: str) -> str:
    value = _before_an_unopened_bracket(value) if ")" in value else value
    # A sentence's full stop or a bracket opened at the end is not part of an identifier; a closing bracket left
    # closes one opened inside it ('…/S0140-6736(11)', 'wiki/Foo_(bar)') and stays.
    while value and value[-1] in _TRAILING and value[-1] != ")":
        value = value[:-1]
    return value


def _inside_a_publishers_link(text: str, start: int) -> bool:
    """Whether the DOI at start stands in a link's path, not after doi.org's host."""
    lead = text[text.rfind(" ", 0, start) + 1 : start].lower()
    return ("://" in lead or lead.startswith("www.")) and "doi.org/" not in lead


def _without_the_view(value: str) -> str:
    tail_at = max(0, len(value) - _VIEW_LOOKED_AT)
    if (view := _VIEW_AT_THE_LINKS_END.search(value, tail_at)) is not None:
        value = value[: view.start()]
    if value.lower().startswith("10.1101/"):
        value = _BIORXIV_VERSION.sub("", value)
    return value


def find_identifiers(text: str) -> Identifiers:
    found = Identifiers()
    spans = []
    # Most references carry none: a plain substring test first is much cheaper than the searches.
    lowered = text.lower()
    doi = _DOI.search(text) if "10." in text else None
    if "doi" in lowered and (spaced := _SPACED_DOI.search(text)) is not None and " " in spaced.group(1):
        doi = spaced  # 'doi: 10. 1016/j.…': read with its spaces, which are taken out below
    if doi:
        value, end = doi.group(1), doi.end()
        if (
            value[-1] in "./-"
            and text.startswith(" ", end)
            and (more := _DOI_GOES_ON.match(text, end + 1))
            and not (value[-1] == "." and _LABEL_AFTER_THE_STOP.match(text, end + 1))
        ):
            value, end = f"{value} {more.group()}", more.end()  # '10.1109/86. 847820'; the space goes below
        escaped = False
        if text.startswith(" ", end) and (spaced_on := _DOI_SPACED_ON.match(text, end)) is not None:
            value, end = value + spaced_on["on"], spaced_on.end("on")  # '10.1093/molbev /msu300', '… - 662 - 49122'
            escaped = spaced_on["escape"] is not None
        # 'doi:10.3322/caac.21763PubMedGoogle Scholar': only the end is searched (a hostile run of labels)
        glued = (
            _LABELS_GLUED.search(value, max(0, len(value) - _GLUED_AT_MOST))
            if text.startswith(" Scholar", end)
            else None
        )
        if glued is not None:
            value, end = value[: glued.start()], end - len(glued.group())
        if (label := _LABEL_GLUED_AFTER_STOP.search(value)) is not None:
            value, end = value[: label.start()], doi.start(1) + label.start()
        if (link := value.find(_MARKDOWN_LINK)) >= 0:
            value, end = value[:link], doi.start(1) + link
        if ")" in value and len(opened := _before_an_unopened_bracket(value)) < len(value):
            value, end = opened, doi.start(1) + len(opened)
        value = _clean(value)
        year = _YEAR_GLUED.search(value)
        if year is not None and not text[doi.start(1) + len(value) :].strip(" ."):
            value, end = value[: year.start()], doi.start(1) + year.start()
        if (label := _ITEM_LABEL_GLUED.search(value)) is not None:
            value, end = value[: label.start()], doi.start(1) + label.start()
        value = value.replace(" ", "")
        if _inside_a_publishers_link(text, doi.start(1)):
            value = _without_the_view(value)
        # A DOI cut at a slash ('10.1088/1741-2560/4/3/' before a line's end) is only part of one; so is one whose
        # pieces a space sets apart up to a TeX escape printed as it is ('10.1007/9783 - 662 - 49122 - 5 \ _2').
        found.doi = clean_doi(value) if not value.endswith("/") and not escaped else None
        spans.append((doi.start(), doi.start() + len(text[doi.start() : end].rstrip(_TRAILING))))
    pmid = _PMID.search(text) if "pmid" in lowered else None
    if pmid is None and ("pubmed" in lowered or "europepmc" in lowered or "[medline:" in lowered):
        pmid = _PUBMED_COLON.search(text) or _PUBMED_LINK.search(text)
    if pmid:
        found.pmid = clean_pmid(next(group for group in pmid.groups() if group))
        spans.append(pmid.span())
    pmcid = _PMCID.search(text) if "pmc" in lowered else None
    if pmcid:
        found.pmcid = clean_pmcid(pmcid.group(1).replace(" ", ""))
        spans.append(pmcid.span())
    for arxiv in _ARXIV.finditer(text) if "arxiv" in lowered or "abs/" in text or _ARXIV_OLD_HINT.search(text) else ():
        if (number := clean_arxiv(arxiv["id"].replace(" ", ""))) is not None:
            found.arxiv = number
            subject = (arxiv["subject"] or "").replace(" ", "")
            found.arxiv_subject = subject if subject.split(".")[0].lower() in _SUBJECT_ARCHIVES else None
            spans.append(arxiv.span())
            break
    if found.arxiv is None and found.doi and found.doi.lower().startswith(_ARXIV_DOI_PREFIX):
        found.arxiv = clean_arxiv(found.doi[len(_ARXIV_DOI_PREFIX) :])  # arXiv's own DOI: '10.48550/arXiv.2303.18223'
    spaced_url: tuple[str, int, int] | None = None  # the first link set with spaces, and where it is
    for value, start, end in _spaced_links(text):
        value = _clean(value)
        while end > start and (text[end - 1] == " " or (text[end - 1] in _TRAILING and text[end - 1] != ")")):
            end -= 1  # 'https ://github.com/lh3/seqtk,”': the comma is the sentence's
        if "doi.org/" in value.lower():
            if found.doi is None and (doi := clean_doi(value[value.lower().index("doi.org/") + 8 :])) is not None:
                found.doi = doi  # 'doi: https : / / doi . org / 10 . 1016 / j . molp . 2019 . 01 . 003'
                spans.append((start, end))
        elif spaced_url is None and not _no_domain(value) and (url := clean_url(value)) is not None:
            spaced_url = (url, start, end)
    for url in _URL.finditer(text) if "http" in lowered or "www." in lowered else ():
        if spaced_url is not None and url.start() >= spaced_url[1]:
            break  # the link set with spaces comes first (and 'www . pm . inf …' is a piece of it)
        value, end = url.group(), url.end()
        while _no_domain(value) and (more := _HOST_GOES_ON.match(text, end)):
            # 'https://venturebeat. com/2012/…', 'www.edf- en.ca/uploads/…', 'www.carnegieendow ment.org/…': a line
            # end; inside a word only where the host then has its domain ('www.example Accessed …' has none)
            joined = f"{value} {more['rest']}"
            if not value.endswith((".", "-")) and _no_domain(joined):
                break
            value, end = joined, more.end()
        value, end = _path_over_line_ends(text, value, end)
        value = value[:link] if (link := value.find(_MARKDOWN_LINK)) >= 0 else value
        value = _clean(_ACCESS_GLUED.sub("", value))  # '….pdf(accessed on 20 November 2025)'
        if "doi.org/" in value.replace(" ", "").lower() or _no_domain(value):
            continue  # a DOI's link, or a host cut short and not put back ('https://doi. org/…')
        found.url = clean_url(_with_scheme(value.replace(" ", "")))
        spans.append((url.start(), url.start() + len(value)))
        break
    if found.url is None and spaced_url is not None:
        found.url = spaced_url[0]
        spans.append(spaced_url[1:])
        if found.arxiv is None and (arxiv := _ARXIV.search(found.url)) is not None:
            found.arxiv = clean_arxiv(arxiv["id"])  # 'http : / / arxiv . org / abs / 2110 . 03877'
    found.spans = tuple(spans)
    return found


def _path_over_line_ends(text: str, value: str, end: int) -> tuple[str, int]:
    """'https://scikit-learn.org/' + ' stable/modules/…': a link's path goes on after each break at a slash or a
    stop (at most four), while what it gives is still a link."""
    for _ in range(4):
        if not value.endswith(("/", ".")) or (more := _PATH_GOES_ON.match(text, end)) is None:
            break
        joined = f"{value} {more['rest']}"
        if clean_url(_clean(_with_scheme(joined.replace(" ", "")))) is None:
            break  # 'http://phrack.org/issues. html?issue=64\\&id=6': a LaTeX escape no link holds
        value, end = joined, more.end()
    return value, end


def _no_domain(url: str) -> bool:
    """'https://venturebeat.', 'http://www' or 'www.medicines.' (+ 'org.uk/emc/…'): a link's host with no stop inside
    it but after its 'www.', as a line end cuts one."""
    try:
        host = urlsplit(_with_scheme(url).rstrip(".")).hostname or ""
    except ValueError:  # 'http://[…': no host at all
        return True
    return "." not in host.removeprefix("www.")


def _with_scheme(url: str) -> str:
    """'www.mhra.gov.uk/…', as references print a link, with the scheme a browser would give it."""
    return url if "://" in url else "http://" + url


def eprint_variables(found: Identifiers) -> dict[str, str]:
    """An arXiv identifier as the record keeps it: BibLaTeX's eprint, eprinttype and eprintclass."""
    if found.arxiv is None:
        return {}
    variables = {"eprint": found.arxiv, "eprinttype": "arXiv"}
    if found.arxiv_subject:
        variables["eprintclass"] = found.arxiv_subject
    return variables


def identifier_fields(found: Identifiers) -> dict[str, Any]:
    """A record's fields for the identifiers a rule found in the text (Reference's keyword arguments)."""
    return {
        "doi": found.doi,
        "pmid": found.pmid,
        "pmcid": found.pmcid,
        "url": found.url,
        "variables": eprint_variables(found),
    }


# The words that lead to a link, left at the end of a title: '…, online unter:', '[online].',
# 'Available from:', 'abrufbar unter', 'Online verfügbar unter:', 'Retrieved from' (APA 6's 'Retrieved June 17,
# 2026, from'), 'Retirado de'; twice, as
# pasted from SciELO's pages: 'Disponível em: <Disponível em:'.
_LINK_WORDS = (
    "line",
    "unter",
    "available",
    "retrieved",
    "dispon",
    "recuperado",
    "retirado",
    "internet",
    "abgerufen",
    "url",
)
_LINK_LEAD = lazy_compile(
    r"(?:[\s,.;]*(?:[\[(]on-?line[\])]|on-?line\s+unter|on-?line(?:-?publikation)?\s*:|(?:on-?line\s+)?(?:abrufbar|verfügbar|erhältlich)"
    r"\s+unter|(?:on-?line\s+)?im\s+internet(?:\s+unter)?|abgerufen\s+(?:von|unter)|url\s*:|internet\s*:|"
    r"unter\s*:|available\s+(?:at|from|online)|retrieved\s+(?:[^,]{1,40},\s*){0,2}from|re(?:cuper|tir)ado\s+de|disponible\s+en|dispon[íi]vel\s+em)[\s,.;:(<]*)+$",
    re.I,
)


def without_link_lead(title: str) -> str:
    """The title without 'online unter:' at its end. The pattern runs only where the title's last
    40 characters hold one of its words (a search over every title cost 24 µs a reference)."""
    cut = max(0, len(title) - 40)
    tail = title[cut:]
    lowered = tail.lower()
    if not any(word in lowered for word in _LINK_WORDS):
        return title
    return title[:cut] + _LINK_LEAD.sub("", tail)
