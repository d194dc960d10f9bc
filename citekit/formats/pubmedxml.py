"""PubMed XML: EFetch's PubmedArticleSet, journal articles (PubmedArticle) and NCBI Bookshelf
books and chapters (PubmedBookArticle). Element names and meanings are NLM's ("PubMed XML Element
Descriptions"); the table below maps each element path onto the model.

Every element that holds text is also kept as written (path and text) in the record's original,
so nothing the file carries is lost: grants, chemicals, affiliations, the cited references.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from citekit.formats import values
from citekit.formats.medline import relation
from citekit.formats.reading import BadRecord, RecordReader
from citekit.formats.xmlrecords import Element, leaves, parse_record, text_of, xml_records
from citekit.identifiers import clean_doi, clean_pmcid, clean_pmid
from citekit.model import Author, Original, Reference, Relation

FORMAT = "pubmedxml"
RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle")
# Elements read as one value with the text of their inline markup (<i>, <sup>, <b>).
RICH = frozenset({"ArticleTitle", "VernacularTitle", "AbstractText", "BookTitle", "Title", "Keyword", "RefSource"})

# Element path (from the record element) → CSL variable; the first path with a value wins.
ARTICLE_PATHS: tuple[tuple[str, str], ...] = (
    ("MedlineCitation/Article/ArticleTitle", "title"),
    ("MedlineCitation/Article/Journal/Title", "container-title"),
    ("MedlineCitation/Article/Journal/ISOAbbreviation", "container-title-short"),
    ("MedlineCitation/MedlineJournalInfo/MedlineTA", "container-title-short"),
    ("MedlineCitation/Article/Journal/JournalIssue/Volume", "volume"),
    ("MedlineCitation/Article/Journal/JournalIssue/Issue", "issue"),
    ("MedlineCitation/Article/Language", "language"),
)
BOOK_PATHS: tuple[tuple[str, str], ...] = (
    ("BookDocument/Book/Publisher/PublisherName", "publisher"),
    ("BookDocument/Book/Publisher/PublisherLocation", "publisher-place"),
    ("BookDocument/Book/CollectionTitle", "collection-title"),
    ("BookDocument/Book/VolumeTitle", "volume-title"),
    ("BookDocument/Book/Volume", "volume"),
    ("BookDocument/Book/Edition", "edition"),
    ("BookDocument/Book/Medium", "medium"),
    ("BookDocument/Book/ReportNumber", "number"),
    ("BookDocument/LocationLabel", "chapter-number"),
    ("BookDocument/Language", "language"),
)
# What the code below reads besides the tables (for the 'kept as written' view).
OTHER_ELEMENTS = frozenset(
    {
        "PMID",
        "ArticleTitle",
        "BookTitle",
        "AbstractText",
        "LastName",
        "ForeName",
        "Initials",
        "Suffix",
        "CollectiveName",
        "Year",
        "Month",
        "Day",
        "MedlineDate",
        "Season",
        "MedlinePgn",
        "StartPage",
        "EndPage",
        "ELocationID",
        "ArticleId",
        "ISSN",
        "ISSNLinking",
        "Isbn",
        "PublicationType",
        "DescriptorName",
        "QualifierName",
        "Keyword",
        "RefSource",
    }
)


_DATE_PARTS = frozenset({"Year", "Month", "Day", "Season", "MedlineDate"})


def looks_like_pubmed_xml(text: str) -> bool:
    head = text[:4000]
    return "<PubmedArticleSet" in head or "<PubmedArticle>" in head or "<PubmedBookArticle>" in head


class PubmedXmlReader(RecordReader):
    format = FORMAT
    label = "PubMed record"

    def raw_records(self) -> Iterator[tuple[int, tuple[str, Element]]]:
        for line, text, element in xml_records(
            self.text, RECORD_TAGS, "PubmedArticleSet", self.source, self.first_line
        ):
            yield line, (text, element)

    def to_reference(self, raw: tuple[str, Element], line: int) -> Reference:
        return element_to_reference(*raw)


def element_to_reference(written: str, record: Element) -> Reference:
    """One PubmedArticle or PubmedBookArticle → a record; its XML is kept as written."""
    book = record.tag == "PubmedBookArticle"
    citation = record.find("BookDocument" if book else "MedlineCitation")
    if citation is None:
        raise BadRecord(f"{record.tag} has no {'BookDocument' if book else 'MedlineCitation'}")
    pmid_text = (citation.findtext("PMID") or "").strip()
    pmid = clean_pmid(pmid_text)
    if pmid is None:
        raise BadRecord(f"PMID {pmid_text!r} is not a PubMed ID")
    reference = Reference(pmid=pmid, original=Original(FORMAT, record.tag, [("xml", written)]))
    for path, variable in BOOK_PATHS if book else ARTICLE_PATHS:
        if not reference.variable(variable):
            reference.set_variable(variable, text_of(record.find(path)))
    if book:
        _book(reference, citation)
    else:
        _article(reference, citation)
    reference.abstract = _abstract(citation)
    reference.publication_types = [
        text for text in (text_of(kind) for kind in citation.iter("PublicationType")) if text
    ]
    reference.keywords = list(dict.fromkeys(t for t in (text_of(k) for k in citation.iter("Keyword")) if t))
    reference.mesh = [_heading(heading) for heading in citation.iter("MeshHeading")]
    for link in citation.iter("CommentsCorrections"):
        if link.get("RefType") == "Cites":
            continue  # the cited references (old records): kept as written, not links
        found = relation(link.get("RefType") or "Other", text_of(link.find("RefSource")) or "")
        linked = clean_pmid(link.findtext("PMID"))
        reference.relations.append(Relation(found.type, found.citation or None, linked or found.pmid, found.doi))
    _identifiers(reference, record)
    return reference


def _people(author_list: Element | None) -> list[Author]:
    people = []
    for author in author_list if author_list is not None else ():
        if author.tag != "Author" or author.get("ValidYN") == "N":
            continue
        family = text_of(author.find("LastName"))
        if family:
            given = text_of(author.find("ForeName")) or text_of(author.find("Initials"))
            people.append(Author(family, given, text_of(author.find("Suffix"))))
        elif (group := text_of(author.find("CollectiveName"))) is not None:
            people.append(Author(group))
    return people


def _author_lists(element: Element) -> tuple[list[Author], list[Author]]:
    authors: list[Author] = []
    editors: list[Author] = []
    for author_list in element.iter("AuthorList"):
        people = _people(author_list)
        (editors if author_list.get("Type") == "editors" else authors).extend(people)
    return authors, editors


def _article(reference: Reference, citation: Element) -> None:
    reference.type = "article-journal"
    article = citation.find("Article")
    if article is None:
        raise BadRecord("MedlineCitation has no Article")
    reference.authors, reference.editors = _author_lists(article)
    _date(reference, article.find("Journal/JournalIssue/PubDate"))
    pagination = article.find("Pagination")
    if pagination is not None:
        reference.pages = values.page_range(pagination.findtext("MedlinePgn")) or values.page_range(
            pagination.findtext("StartPage"), pagination.findtext("EndPage")
        )
    issns = [text_of(issn) for issn in article.findall("Journal/ISSN")]
    issns += [text_of(citation.find("MedlineJournalInfo/ISSNLinking"))]
    found = [issn for issn in dict.fromkeys(issns) if issn]
    if found:
        reference.variables["ISSN"] = ", ".join(found)
    for location in article.findall("ELocationID"):
        if location.get("EIdType") == "doi" and location.get("ValidYN", "Y") == "Y" and reference.doi is None:
            reference.doi = clean_doi(text_of(location))


def _book(reference: Reference, document: Element) -> None:
    book = document.find("Book")
    if book is None:
        raise BadRecord("BookDocument has no Book")
    book_title = text_of(book.find("BookTitle"))
    chapter_title = text_of(document.find("ArticleTitle"))
    if chapter_title:
        reference.type, reference.title, reference.container_title = "chapter", chapter_title, book_title
    else:
        reference.type, reference.title = "book", book_title
    reference.authors, reference.editors = _author_lists(document)
    book_authors, book_editors = _author_lists(book)
    if not reference.editors:
        reference.editors = book_editors
    if not reference.authors:
        reference.authors = book_authors
    elif book_authors and reference.type == "chapter":
        reference.names["container-author"] = book_authors
    _date(reference, book.find("PubDate"))
    isbns = [text_of(isbn) for isbn in book.findall("Isbn")]
    if any(isbns):
        reference.variables["ISBN"] = ", ".join(isbn for isbn in isbns if isbn)


def _date(reference: Reference, element: Element | None) -> None:
    if element is None:
        return
    medline = text_of(element.find("MedlineDate"))
    if medline:
        values.date(medline).apply(reference)
        return
    parts = [text_of(element.find(name)) for name in ("Year", "Month", "Day")]
    season = text_of(element.find("Season"))
    text = " ".join(part for part in (*parts, season) if part)
    values.date(text).apply(reference)


def _abstract(citation: Element) -> str | None:
    """A structured abstract keeps its labels, one section a line: 'BACKGROUND: …'."""
    sections = []
    for part in citation.findall(".//Abstract/AbstractText"):
        text = text_of(part)
        if text:
            label = part.get("Label")
            sections.append(f"{label}: {text}" if label else text)
    return "\n".join(sections) or None


def _heading(heading: Element) -> str:
    """<DescriptorName MajorTopicYN="N">Sequence Alignment</DescriptorName><QualifierName
    MajorTopicYN="Y">methods</QualifierName> → 'Sequence Alignment/methods*' (as for MEDLINE)."""
    names = [text_of(part) or "" for part in heading if part.tag in ("DescriptorName", "QualifierName")]
    major = any(part.get("MajorTopicYN") == "Y" for part in heading)
    return "/".join(name for name in names if name) + ("*" if major else "")


def _identifiers(reference: Reference, record: Element) -> None:
    # The cited references carry ArticleIds of their own: those are not the record's.
    cited = {id(element) for reference_list in record.iter("ReferenceList") for element in reference_list.iter()}
    doi, reference.pmcid = _own_ids(record, cited)
    reference.doi = reference.doi or doi


def _own_ids(record: Element, cited: set[int]) -> tuple[str | None, str | None]:
    doi = pmcid = None
    for location in record.iter("ELocationID"):
        if location.get("EIdType") == "doi" and doi is None:
            doi = clean_doi(text_of(location))
    for article_id in record.iter("ArticleId"):
        if id(article_id) in cited:
            continue
        kind, value = article_id.get("IdType"), text_of(article_id)
        if kind == "doi" and doi is None:
            doi = clean_doi(value)
        elif kind == "pmc" and pmcid is None:
            pmcid = clean_pmcid(value)
    return doi, pmcid


def unread_fields(reference: Reference) -> list[tuple[str, str]]:
    """Elements the table does not read: affiliations, grants, chemicals, history dates, the cited
    references…; a path is read when its last element is."""
    original = reference.original
    if original is None or not original.fields:
        return []
    read = {path.rsplit("/", 1)[-1] for path, _ in (*ARTICLE_PATHS, *BOOK_PATHS)} | OTHER_ELEMENTS
    kept = []
    for path, value in leaves(parse_record(original.fields[0][1]), RICH):
        last = re.sub(r"\[.*\]$", "", path.rsplit("/", 1)[-1])
        if last in _DATE_PARTS and "PubDate" not in path:
            last = ""  # history dates: completed, revised, received…
        if last in read and "ReferenceList" not in path:
            continue
        kept.append((path, value))
    return kept


def carriers(variable: str) -> frozenset[str]:
    return frozenset()
