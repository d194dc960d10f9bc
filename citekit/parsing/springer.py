"""Springer's author–year layout: 'Aceto N, Bardia A (2014) Title. Cell 158(5):1110–1122'.

The tail of a reference (journal, volume, issue, pages) is regular, so it is read from the right;
whatever stands between the year and the last sentence break before the tail is the title, which
may itself hold periods, question marks and several sentences.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Author, Reference
from citekit.months import MONTHS
from citekit.parsing.accessed import without_access_note
from citekit.parsing.firms import ABBREVIATED_ENDINGS, is_firm_ending
from citekit.parsing.identifiers import PUBMED_COLON, find_identifiers
from citekit.parsing.names import parse_springer_authors
from citekit.parsing.places import is_place
from citekit.parsing.rules import IN_A_BOOK, begins_with_a_place, read_as_software

ARTICLE = "article-journal"
WEBPAGE = "webpage"

_HEAD = lazy_compile(r"^(?P<authors>[^()]+?) \((?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?\)\s+(?P<rest>.+)$")
_URL_AT_END = lazy_compile(r"(?:^|\s)(?P<url>(?:https?://|www\.)\S+?)(?:\.?\s+Accessed\b.*)?\.?$")
# A sentence break: '. ', '? ' or '! ' (the latter two belong to the title).
_BREAK = lazy_compile(r"[.?!]\s+")
# Volume, optional (issue) (a space may stand before its bracket), optional :pages, at the very end. The volume must
# hold a digit so that a journal such as 'Cancers (Basel)' is never read as a volume and issue.
_LOCATOR = lazy_compile(r"(?:^|\s)(?P<volume>[^\s():]*\d[^\s():]*)(?:\s?\((?P<issue>[^()]+)\))?(?::\s*(?P<pages>.*))?$")
_VOLUME_WORD_AT_END = lazy_compile(r"[,\s]+(?:Vol(?:ume)?|Bd|Band|Tome)\.?\s*$")
# A page range where the volume stands: the pages of another layout ('25(5), 120–150').
_PAGE_RANGE = lazy_compile(r"\d+\s*[–-]\s*\d+")
# A lone number this long is no volume (the longest-running journals are in their 600s).
_ARTICLE_NUMBER = lazy_compile(r"^[eE]?\d{5,}$")
# An organisation's web resource: a short name with no commas, digits or initials, a title with no
# year, and a URL. Anything looser also took 'Bell E, Butcher K. Title… 2015. https://…' as one. The
# spaces around the title taken whole ('++'), and the title ending on a mark: a run of spaces tried from
# each of its places took time growing with its square.
# APA's '(n.d.)' (in Spanish '(s. f.)') after the name says the page has no date: no part of the title.
_NO_DATE = lazy_compile(r"\((?:n\.\s?d|s\.\s?[fd])\.?\)\.?")
_WEB = lazy_compile(
    rf"^(?P<author>[^\W\d_][^.,;:()\d]{{2,60}})\.\s++(?:{_NO_DATE.pattern}\s++)?"
    r"(?P<title>(?:(?!\b(?:1[5-9]|20)\d\d[a-z]?\b).)+?)(?<=\S)\.?\s++"
    r"(?P<url>(?:https?://|www\.)\S+?)\.?$"
)


# A DOI, PMID or PMCID printed after the source ('… Lancet 379(9814): 461–73. doi: 10.1016/S0140-6736(11)60103-7.
# pmid:21903253', as PLOS prints them, or earlier '… J Virol 58: 921-936. PubMed: 3701931.'): read as identifiers,
# no part of the source.
_IDENTIFIERS_AFTER = lazy_compile(
    rf"[.,;]?\s+(?:doi:?\s*10\.|https?://(?:dx\.)?doi\.org/|pmid:?\s*\d|{PUBMED_COLON}\d|pmcid:?\s*pmc)",
    re.IGNORECASE,
)


def parse_springer_reference(text: str) -> Reference | None:
    """One reference in Springer's layout, or None when the text is not one."""
    head = _HEAD.match(text)
    if head is None:
        return _parse_web_resource(text)
    authors = parse_springer_authors(head["authors"])
    if authors is None:
        return None
    reference = Reference(
        authors=authors,
        year=int(head["year"]),
        year_suffix=head["suffix"],
        raw=text,
        type=ARTICLE,
    )
    rest = head["rest"].strip()
    if (after := _IDENTIFIERS_AFTER.search(rest)) is not None:
        identifiers = find_identifiers(rest[after.start() :])
        reference.doi, reference.pmid, reference.pmcid = identifiers.doi, identifiers.pmid, identifiers.pmcid
        rest = rest[: after.start()]
    url_match = _URL_AT_END.search(rest)
    if url_match:
        reference.url = url_match["url"]
        reference.type = WEBPAGE
        rest = _LINK_LEAD_AT_END.sub("", rest[: url_match.start()].strip())
    if not _split_title_and_source(rest, reference):
        return None
    if (reference.container_title or "").casefold().startswith("arxiv"):
        return None  # 'ArXiv: 1505.07101': a preprint's identifier, no journal's volume or pages (the learned path)
    read_as_software(reference)
    return reference


# A book's edition after its title: ', 2nd edn', ', 3rd ed', ', 3rd edition (WISC-III)' (a short name after it).
_EDITION = r"(?:,\s+(?P<edition>\d+)(?:st|nd|rd|th)\s+(?:edn|edition|ed)\b(?:\s+\([^()\s]{1,12}\))?)"
_EDITION_AT_END = lazy_compile(rf"{_EDITION}$")
# A chapter: 'Title. In: Jones A, Brown B (eds) Book, 2nd edn. Springer, Berlin, pp 45–67', its pages
# after the book in some journals' styles ('… (eds) Book, 27–45. Academic Press, London').
_CHAPTER = lazy_compile(
    r"^(?P<title>.+?[.?!])\s+In:\s+(?:(?P<editors>[^()]+?)\s+\((?:eds?|Hrsg|Hg)\.?\)\s+)?(?P<book>.+?)"
    rf"{_EDITION}?(?:,\s+(?:pp?\s+)?(?P<book_pages>\d+[–-]\d+))?\.\s+(?P<publisher>[^.,]+(?:\s[^.,]+)*?),\s+(?P<place>[^,]+?)"
    r"(?:,\s+(?:pp?|S\.)\s+(?P<pages>[\w–-]+))?\.?$"
)
# A book: 'Robbins basic pathology, 10th edn. Elsevier, Philadelphia'.
_BOOK = lazy_compile(
    rf"^(?P<title>.+?){_EDITION}?\.\s+(?P<publisher>[A-Z][^.,()]+),\s+"
    r"(?P<place>[A-Z][^.,()\d]+)\.?$"
)


# 'Title. PhD thesis, Harvard University, Boston' and 'Title. Technical Report 2019-04, MIT, Cambridge'.
_THESIS = lazy_compile(
    r"^(?:(?P<phd>PhD|Ph\.D\.|Doctoral)\s+|(?P<master>Master'?s?|MSc|MA)\s+)?(?:thesis|dissertation)\b[.,]?\s*"
    r"(?P<institution>[^,]+?)?(?:,\s*(?P<place>[^,]+?))?\.?$",
    re.IGNORECASE,
)
_REPORT = lazy_compile(
    r"^(?:technical\s+report|tech\.?\s+rep\.?|report|working\s+paper|discussion\s+paper)\s*(?:no\.?\s*)?"
    r"(?P<number>[\w./-]*\d[\w./-]*)?[,.]?\s*(?P<institution>[^,]+?)?(?:,\s*(?P<place>.+?))?\.?$",
    re.IGNORECASE,
)


# A book's count of pages where a journal would stand: PLOS's 'Title. Malden (MA): Blackwell Publishing. 256 pp.'
_PAGE_COUNT = lazy_compile(r"\d+\s*pp?\.?")
# An article ahead of print dated to the day where the volume would stand: NLM's 'Clin Ther 2012 Apr 16.'
# (The journal ends on no space: a run of spaces is tried from its start only, not from each of its places.)
_DATED_TO_THE_DAY = lazy_compile(r"(?P<journal>.+?)(?<!\s)\.?\s++(?:1[5-9]|20)\d\d\s++(?P<month>[A-Za-z]{3,9})\.?")
# A supplement's word and the journal's volume before its number: 'Bioinformatics 19 Suppl 2: ii215–ii225'.
_SUPPLEMENT_BEFORE = lazy_compile(r"\s(?P<volume>\d+)\s+(?P<word>Suppl\.?|Supplement)$")
# The words that lead to a link, left after it is taken off: PLOS's 'FishBase. Available: http://…'.
_LINK_LEAD_AT_END = lazy_compile(
    r"(?<![\s.,;])[.,;]?\s*+\b(?:Available(?:\s+(?:at|from|online))?\s*:|Retrieved\s+from|URL\s*:)$", re.I
)
# A journal's abbreviation, each word capitalised, as the title's last sentence (a title's sentences hold small words).
_JOURNAL_ENDING_THE_TITLE = lazy_compile(r"[.?!]\s(?:[A-Z][A-Za-z&'’-]{0,11}\s){0,5}[A-Z][A-Za-z&'’-]{0,11}$")
# A word the title would end with as a sentence of its own, short and capitalised: a journal's abbreviated word,
# the stop after it no title's end ('… lateral tension. Phys. Rev' + 'E 57: 6988–6995').
_ABBREVIATION_ENDING_THE_TITLE = lazy_compile(r"[.?!]\s[A-Z][a-z]{0,5}$")
# The words a publisher's name ends with, never a journal's: '… University Press', 'Springer-Verlag'.
_PUBLISHER_AT_END = lazy_compile(r"(?:\bPress|Verlag|\bPublishers|\bPublishing|\bPublications|\bBooks)$")


def _split_title_and_source(rest: str, reference: Reference) -> bool:
    """Title and source into the record; False when the layout is not one these rules read exactly."""
    if reference.type != WEBPAGE and _chapter_or_book(rest, reference):
        return True
    if IN_A_BOOK.search(rest):
        return False  # a chapter _CHAPTER did not read: the learned path reads one in any order of its parts
    rest = rest.removesuffix(".")
    breaks = list(_BREAK.finditer(rest))
    if not breaks or reference.type == WEBPAGE:
        if reference.type != WEBPAGE and _place_between_commas(rest):
            return False  # 'Title, Thousand Oaks, Sage': a book's place and publisher, after commas
        reference.title = rest or None
        return True
    last = breaks[-1]
    title_end = last.start() + (0 if rest[last.start()] == "." else 1)
    reference.title = rest[:title_end]
    source = rest[last.end() :]
    if _thesis_or_report(source, reference):
        return True
    if (edition := _EDITION_AT_END.search(reference.title)) is not None and "," in source:
        # 'A guide …, 3rd edn. Department of Child and Adolescent Psychiatry, Institute of Psychiatry, London':
        # journals have no editions; a publisher whose name holds commas, then the place.
        publisher, _, place = source.rpartition(",")
        reference.type = "book"
        reference.title = reference.title[: edition.start()]
        reference.variables["edition"] = edition["edition"]
        reference.variables["publisher"] = publisher.strip()
        reference.variables["publisher-place"] = place.strip()
        return True
    if _PAGE_COUNT.fullmatch(source) or (source.isdigit() and reference.title.endswith((" p", " pp"))):
        # 'Title. Malden (MA): Blackwell Publishing. 256 pp.', '… New York: Alfred A. Knopf Inc.. p. 720.': a book;
        # the learned path reads its imprint
        return False
    locator = _LOCATOR.search(source)
    if locator is None:
        if _PUBLISHER_AT_END.search(source) or begins_with_a_place(source) or _place_between_commas(source):
            # 'Cambridge University Press', 'Thousand Oaks: Sage', 'Book, Baden-Baden, Nomos': a book's
            # publisher or place, no journal
            return False
        reference.container_title = source
        return True
    if not locator["issue"] and not locator["pages"] and _PAGE_RANGE.fullmatch(locator["volume"]):
        return False  # 'J Fish Biol 25(5), 120–150': pages after a comma, not Springer's '25(5):120–150'
    # 'Annals and Magazine of Natural History, Series 2 Volume 8: 184': the volume's word is no part of the name.
    reference.container_title = _VOLUME_WORD_AT_END.sub("", source[: locator.start()]).strip() or None
    if reference.container_title and not any(map(str.isalpha, reference.container_title)):
        return False  # 'Title. Nucleic Acids Res. 40, D261–70': the volume and pages after a comma, the journal's
        # stop taken for the title's end; the learned path reads them
    if reference.container_title is None and _VOLUME_WORD_AT_END.search(reference.title or ""):
        return False  # 'Title. J Fish Biol Vol. 25(5):120–150': the journal went with the title, cut at 'Vol.'
    if reference.container_title is None and _JOURNAL_ENDING_THE_TITLE.search(reference.title or ""):
        # 'Title. Proc Natl Acad Sci. 97:11448–11453', 'Title. Math Med Biol. 29(1):21–29': the journal's
        # abbreviation, its stop taken for the title's end; the learned path reads it
        return False
    if _ABBREVIATION_ENDING_THE_TITLE.search(reference.title or ""):
        # 'Title. Phys. Rev. E 57: 6988–6995', 'Title. Phys. Rev E 77: 011905': the journal's name abbreviated
        # word by word, each word's stop taken for a sentence's end; the learned path reads it
        return False
    journal = reference.container_title or ""
    if not locator["issue"] and not locator["pages"] and journal.endswith(":"):
        # 'Proc Intl Soc Mag Reson Med: 2759': a meeting's abstract, its number after the colon, no volume
        reference.container_title, reference.pages = journal[:-1].rstrip(), locator["volume"]
        return True
    if (supplement := _SUPPLEMENT_BEFORE.search(journal)) is not None and not locator["issue"]:
        # NLM's 'Bioinformatics 19 Suppl 2: ii215–ii225': the volume, then the supplement as the issue
        reference.container_title = journal[: supplement.start()].strip()
        reference.volume, reference.issue = supplement["volume"], f"{supplement['word']} {locator['volume']}"
        reference.pages = (locator["pages"] or "").strip() or None
        return True
    if (
        not locator["issue"]
        and not locator["pages"]
        and (day := locator["volume"].rstrip(".")).isdigit()  # '16.' before PubMed's '[Epub ahead of print].'
        and int(day) <= 31
        and (dated := _DATED_TO_THE_DAY.fullmatch(journal))
        and (month := MONTHS.get(dated["month"].lower()))
    ):
        reference.container_title, reference.month = dated["journal"], month  # ahead of print, no volume yet
        return True
    if _ARTICLE_NUMBER.match(locator["volume"]) and not locator["issue"] and not locator["pages"]:
        # 'Semin Immunol 101581': an online-first article number, printed where pages go.
        reference.pages = locator["volume"]
        return True
    reference.volume = locator["volume"]
    reference.issue = locator["issue"]
    # '7: e2080 accessed April 20, 2013': the access note after the pages is no part of them (the record's accessed).
    reference.pages = without_access_note(locator["pages"] or "").strip() or None
    return True


def _place_between_commas(text: str) -> bool:
    """A place between commas after the first part: 'Title, Thousand Oaks, Sage'."""
    return any(is_place(part.strip()) for part in text.split(",")[1:])


def _thesis_or_report(source: str, reference: Reference) -> bool:
    thesis = _THESIS.match(source)
    report = None if thesis else _REPORT.match(source)
    found = thesis or report
    if found is None:
        return False
    if thesis is not None:
        reference.type = "thesis"
        genre = "PhD thesis" if thesis["phd"] else "Master's thesis" if thesis["master"] else None
        if genre:
            reference.variables["genre"] = genre
    else:
        assert report is not None
        reference.type = "report"
        if report["number"]:
            reference.variables["number"] = report["number"]
    if found["institution"]:
        reference.variables["publisher"] = found["institution"].strip()
    if found["place"]:
        reference.variables["publisher-place"] = found["place"].strip()
    return True


# A volume or pages where a chapter's publisher and place would stand: 'volume 23', 'Vol. 5', 'pp. 2469–2477', '23'.
_A_LOCATOR = lazy_compile(r"\s*(?:vol(?:ume)?\.?\s*\d|pp?\.\s*\d|\d+\s*$)", re.IGNORECASE)


def _chapter_or_book(rest: str, reference: Reference) -> bool:
    chapter = _CHAPTER.match(rest)
    if chapter is not None and (_A_LOCATOR.match(chapter["publisher"]) or _A_LOCATOR.match(chapter["place"])):
        return False  # '… In: Advances in Neural Information Processing. volume 23, pp. 2469–2477.': no imprint
    if chapter is not None:
        editors = parse_springer_authors(chapter["editors"]) if chapter["editors"] else []
        if editors is None:
            return False
        reference.type = "chapter"
        reference.title = chapter["title"].removesuffix(".")
        reference.editors = editors
        reference.container_title = chapter["book"]
        reference.pages = chapter["pages"] or chapter["book_pages"]
    else:
        book = _BOOK.match(rest)
        if book is None or _LOCATOR.search(book["place"]) or IN_A_BOOK.search(book["title"]):
            return False
        reference.type = "book"
        reference.title = book["title"]
        chapter = book
    if chapter["edition"]:
        reference.variables["edition"] = chapter["edition"]
    publisher, place = chapter["publisher"].strip(), chapter["place"].strip()
    if is_firm_ending(place):
        # 'American Psychiatric Publishing, Inc.': the firm's ending, no place (its stop, the sentence's, kept)
        reference.variables["publisher"] = f"{publisher}, {place}{'.' if place in ABBREVIATED_ENDINGS else ''}"
        return True
    reference.variables["publisher"] = publisher
    reference.variables["publisher-place"] = place
    return True


def _parse_web_resource(text: str) -> Reference | None:
    """'ExoCarta. Exosome protein, RNA and lipid database. http://exocarta.org/index.html', 'Cleveland Clinic. (n.d.).
    Diabetic ketoacidosis (DKA). Cleveland Clinic. https://…' (APA 7: the site named again after the title publishes
    the page). With nothing but APA's '(n.d.)' after the first sentence, that sentence is the title of a page with no
    author ('PCOS detection using ultrasound images. (n.d.). https://…'), left to the labeller."""
    match = _WEB.match(text)
    if match is None or _NO_DATE.fullmatch(match["title"]):
        return None
    author, title, publisher = match["author"].strip(), match["title"], None
    if title.endswith(". " + author):
        title, publisher = title[: -len(author) - 2], author
    reference = Reference(authors=[Author(family=author)], title=title, url=match["url"], type=WEBPAGE, raw=text)
    if publisher:
        reference.variables["publisher"] = publisher
    return reference


def starts_springer_reference(line: str) -> bool:
    """Whether a line opens a new reference (an author list and a year in parentheses)."""
    head = _HEAD.match(line)
    return head is not None and parse_springer_authors(head["authors"]) is not None
