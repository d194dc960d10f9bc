"""EndNote's two export formats, which share one vocabulary of reference types and fields:

- EndNote XML (File → Export → XML): <xml><records><record>, each value possibly wrapped in
  <style> runs that carry fonts, not text;
- EndNote tagged text (.enw, also written by PubMed, Google Scholar and publishers), a dialect of
  the older Refer format: '%0 Journal Article', '%A Family, Given', '%T Title', one tag a line.

One table maps EndNote's generic fields, by their XML element and their tag, onto CSL variables.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from citekit.formats import values
from citekit.formats.reading import BadRecord, RecordReader
from citekit.formats.tagged import TaggedRecord, TaggedSyntax, tagged_records
from citekit.formats.xmlrecords import Element, leaves, parse_record, xml_records
from citekit.identifiers import clean_doi, clean_pmcid, clean_pmid, clean_url
from citekit.model import Original, Reference

XML_FORMAT = "endnotexml"
TAGGED_FORMAT = "refer"

# EndNote reference type names (ref-type's name attribute, and %0) → CSL types.
TYPES = {
    "journal article": "article-journal",
    "electronic article": "article-journal",
    "magazine article": "article-magazine",
    "newspaper article": "article-newspaper",
    "book": "book",
    "edited book": "book",
    "electronic book": "book",
    "book section": "chapter",
    "electronic book section": "chapter",
    "conference proceedings": "paper-conference",
    "conference paper": "paper-conference",
    "thesis": "thesis",
    "report": "report",
    "government document": "report",
    "web page": "webpage",
    "blog": "post-weblog",
    "dataset": "dataset",
    "online database": "dataset",
    "computer program": "software",
    "manuscript": "manuscript",
    "unpublished work": "manuscript",
    "patent": "patent",
    "standard": "standard",
    "encyclopedia": "entry-encyclopedia",
    "dictionary": "entry-dictionary",
    "map": "map",
    "film or broadcast": "motion_picture",
    "audiovisual material": "motion_picture",
    "artwork": "graphic",
    "figure": "figure",
    "chart or table": "figure",
    "personal communication": "personal_communication",
    "case": "legal_case",
    "statute": "legislation",
    "bill": "bill",
    "hearing": "hearing",
    "legal rule or regulation": "regulation",
    "pamphlet": "pamphlet",
    "classical work": "classic",
    "music": "musical_score",
    "interview": "interview",
    "serial": "periodical",
    "online multimedia": "webpage",
    "generic": "document",
    "grant": "document",
}
PERIODICAL = frozenset({"article-journal", "article-magazine", "article-newspaper"})


@dataclass(frozen=True, slots=True)
class EndnoteField:
    """One EndNote generic field: its XML element path (inside <record>), its tag, its variable."""

    xml: str
    tag: str | None
    variable: str
    periodical: bool | None = None  # True: only for articles; False: only for other types

    def applies_to(self, csl_type: str | None) -> bool:
        return self.periodical is None or ((csl_type in PERIODICAL) == self.periodical)


# For each variable the first field with a value wins.
FIELDS: tuple[EndnoteField, ...] = (
    EndnoteField("titles/title", "%T", "title"),
    EndnoteField("periodical/full-title", "%J", "container-title"),
    EndnoteField("titles/secondary-title", "%B", "container-title"),
    EndnoteField("titles/secondary-title", "%J", "container-title"),
    EndnoteField("periodical/abbr-1", None, "container-title-short"),
    EndnoteField("titles/alt-title", "%O", "container-title-short", periodical=True),
    EndnoteField("titles/tertiary-title", "%S", "collection-title"),
    EndnoteField("titles/short-title", "%!", "title-short"),
    EndnoteField("volume", "%V", "volume"),
    EndnoteField("number", "%N", "issue", periodical=True),
    EndnoteField("issue", None, "issue", periodical=True),
    EndnoteField("number", "%N", "number", periodical=False),
    EndnoteField("edition", "%7", "edition"),
    EndnoteField("num-vols", "%6", "number-of-volumes"),
    EndnoteField("section", "%&", "section"),
    EndnoteField("publisher", "%I", "publisher"),
    EndnoteField("pub-location", "%C", "publisher-place"),
    EndnoteField("abstract", "%X", "abstract"),
    EndnoteField("notes", "%Z", "note"),
    EndnoteField("language", "%G", "language"),
    EndnoteField("work-type", "%9", "genre"),
    EndnoteField("call-num", "%L", "call-number"),
    EndnoteField("remote-database-name", "%~", "source"),
)
NAMES: tuple[tuple[str, str, str], ...] = (
    ("contributors/authors/author", "%A", "author"),
    ("contributors/secondary-authors/author", "%E", "editor"),
    ("contributors/tertiary-authors/author", "%Y", "collection-editor"),
    ("contributors/subsidiary-authors/author", "%?", "translator"),
)
# Read by the code below: type, dates, pages, identifiers, keywords, links.
OTHER = {
    "ref-type": "%0",
    "dates/year": "%D",
    "dates/pub-dates/date": "%8",
    "pages": "%P",
    "electronic-resource-num": "%R",
    "isbn": "%@",
    "accession-num": "%M",
    "custom2": "%2",
    "keywords/keyword": "%K",
    "urls/related-urls/url": "%U",
    "urls/web-urls/url": None,
    "urls/pdf-urls/url": "%>",
    "access-date": "%[",
    "remote-database-provider": "%W",
}
_PUBMED = ("pubmed", "medline", "nlm")


def _csl_type(name: str | None) -> str | None:
    return TYPES.get(" ".join((name or "").split()).lower())


def _fill(reference: Reference, get: dict[str, list[str]], key: str) -> None:
    """The model from one record's values, looked up by XML path (key='xml') or by tag ('tag')."""

    def first(name: str | None) -> str | None:
        found = get.get(name or "", [])
        return found[0] if found else None

    for row in FIELDS:
        name = getattr(row, key)
        value = first(name)
        if value and row.applies_to(reference.type) and not reference.variable(row.variable):
            reference.set_variable(row.variable, value if row.variable in ("abstract", "note") else _line(value))
    for xml, tag, role in NAMES:
        names = get.get(xml if key == "xml" else tag, [])
        people = [values.person(name, initials_after_family=True) for name in names]
        reference.set_role(role, [person for person in people if person is not None])
    other = {xml: (xml if key == "xml" else tag) for xml, tag in OTHER.items()}
    date = values.date(first(other["dates/pub-dates/date"]))
    year = values.date(first(other["dates/year"]))
    if year.year is not None and date.year in (None, year.year):
        # EndNote keeps the year apart; pub-dates is often 'May 15' or 'Spring'.
        month_day = first(other["dates/pub-dates/date"]) or ""
        year.apply(reference)
        if date.year == year.year and date.literal is None:
            reference.month, reference.day = date.month, date.day
        elif month_day and reference.month is None:
            words = re.split(r"[\s,/.-]+", month_day.strip())
            reference.month = values.month_number(words[0]) if words and words[0] else None
            if reference.month and len(words) > 1 and words[1].isdigit() and 1 <= int(words[1]) <= 31:
                reference.day = int(words[1])
    elif date.year is not None:
        date.apply(reference)
    reference.pages = values.page_range(first(other["pages"]))
    for value in get.get(other["electronic-resource-num"] or "", []):
        reference.doi = reference.doi or clean_doi(value)
    database = " ".join(
        get.get(other["remote-database-provider"] or "", [])
        + get.get("remote-database-name" if key == "xml" else "%~", [])
    )
    accession = first(other["accession-num"])
    if accession and (accession.upper().startswith("PMID") or any(name in database.lower() for name in _PUBMED)):
        reference.pmid = clean_pmid(accession)
    custom2 = first(other["custom2"])
    if custom2 and custom2.strip().upper().startswith("PMC"):
        reference.pmcid = clean_pmcid(custom2)
    numbers = [
        n.strip()
        for value in get.get(other["isbn"] or "", [])
        for n in re.split(r"[;,\n]|\s(?=\d)", value)
        if n.strip()
    ]
    if numbers:
        digits = [re.sub(r"[^\dXx]", "", re.sub(r"\(.*?\)", "", n)) for n in numbers]
        isbn = reference.type not in PERIODICAL and any(len(d) in (10, 13) for d in digits)
        reference.variables["ISBN" if isbn else "ISSN"] = ", ".join(dict.fromkeys(numbers))
    keywords = [
        k.strip()
        for value in get.get(other["keywords/keyword"] or "", [])
        for k in re.split(r"\n|\r", value)
        if k.strip()
    ]
    reference.keywords = list(dict.fromkeys(keywords))
    reference.tags.extend(reference.keywords)
    urls = [
        u
        for name in ("urls/related-urls/url", "urls/web-urls/url")
        for u in get.get(other[name] or "", [])
        if clean_url(u)
    ]
    urls = list(dict.fromkeys(urls))
    if urls:
        reference.url, reference.links = urls[0], urls[1:]
    reference.files = list(dict.fromkeys(get.get(other["urls/pdf-urls/url"] or "", [])))
    accessed = values.date(first(other["access-date"]))
    if accessed.year is not None and accessed.literal is None:
        reference.accessed = accessed.iso()


def _line(value: str) -> str:
    return " ".join(value.split())


# ----------------------------------------------------------------------------- EndNote XML


def looks_like_endnote_xml(text: str) -> bool:
    head = text[:4000]
    return "<record>" in head and ("<ref-type" in text[:20000] or "<records>" in head)


class EndnoteXmlReader(RecordReader):
    format = XML_FORMAT
    label = "EndNote record"

    def raw_records(self) -> Iterator[tuple[int, tuple[str, Element]]]:
        for line, text, element in xml_records(self.text, ("record",), "xml", self.source, self.first_line):
            yield line, (text, element)

    def to_reference(self, raw: tuple[str, Element], line: int) -> Reference:
        return element_to_reference(*raw)


def element_to_reference(written: str, record: Element) -> Reference:
    """One <record> → a record; its XML is kept as written."""
    ref_type = record.find("ref-type")
    type_name = ref_type.get("name") if ref_type is not None else None
    values_by_path: dict[str, list[str]] = {}
    for path in _READ_PATHS:
        found = [text for element in record.findall(path) if (text := _value(element))]
        if found:
            values_by_path[path] = found
    if not any(key in values_by_path for key in ("titles/title", "contributors/authors/author")):
        raise BadRecord("it has neither a title nor an author")
    csl_type = _csl_type(type_name)
    reference = Reference(
        type=csl_type or "document", original=Original(XML_FORMAT, type_name or "", [("xml", written)])
    )
    _fill(reference, values_by_path, "xml")
    return reference


def _value(element: Element) -> str | None:
    """An element's text: EndNote splits it into <style> runs (fonts), which are joined; line
    breaks inside notes and abstracts are kept."""
    text = "".join(element.itertext())
    text = "\n".join(" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")).strip()
    return text or None


_READ_PATHS = tuple(
    dict.fromkeys([*(row.xml for row in FIELDS), *(xml for xml, _, _ in NAMES), *OTHER, "remote-database-name"])
)
_WHOLE = frozenset(path.rsplit("/", 1)[-1] for path in _READ_PATHS)


# ----------------------------------------------------------------------------- tagged (.enw / Refer)


def _tag_of(line: str) -> tuple[str, str] | None:
    if len(line) >= 2 and line[0] == "%" and not line[1].isspace() and (len(line) == 2 or line[2] in " \t"):
        return line[:2], line[3:].strip()
    return None


SYNTAX = TaggedSyntax("EndNote", _tag_of, None)


def looks_like_refer(text: str) -> bool:
    """Most non-blank lines are '%X value' lines, from the first one."""
    lines = [line for line in text[:20000].lstrip("\ufeff").splitlines()[:200] if line.strip()]
    if not lines or _tag_of(lines[0]) is None:
        return False
    tagged = sum(1 for line in lines if _tag_of(line))
    return tagged >= 2 and tagged * 4 >= len(lines) * 3


class ReferReader(RecordReader):
    format = TAGGED_FORMAT
    label = "EndNote record"

    def raw_records(self) -> Iterator[tuple[int, TaggedRecord]]:
        for record in tagged_records(self.text.lstrip("\ufeff"), SYNTAX, self.problems, self.first_line):
            yield record.line, record

    def to_reference(self, raw: TaggedRecord, line: int) -> Reference:
        return tagged_to_reference(raw)


def tagged_to_reference(record: TaggedRecord) -> Reference:
    by_tag: dict[str, list[str]] = {}
    for tag, value in record.fields:
        if value.strip():
            by_tag.setdefault(tag, []).append(value.strip())
    if not any(tag in by_tag for tag in ("%T", "%A")):
        raise BadRecord("it has neither a title (%T) nor an author (%A)")
    type_name = (by_tag.get("%0") or [""])[0]
    csl_type = _csl_type(type_name)
    if csl_type is None:
        # Refer without %0: a journal article has %J, a chapter %B, a book %I.
        csl_type = (
            "article-journal"
            if "%J" in by_tag
            else "chapter"
            if "%B" in by_tag
            else "book"
            if "%I" in by_tag
            else "document"
        )
    reference = Reference(type=csl_type, original=Original(TAGGED_FORMAT, type_name, list(record.fields)))
    _fill(reference, by_tag, "tag")
    return reference


# ----------------------------------------------------------------------------- both


def unread_fields(reference: Reference) -> list[tuple[str, str]]:
    """The fields the table does not read (label, custom fields, author addresses, …), as written."""
    original = reference.original
    if original is None:
        return []
    if original.format == TAGGED_FORMAT:
        read = {row.tag for row in FIELDS} | {tag for _, tag, _ in NAMES} | set(OTHER.values())
        return [(tag, value) for tag, value in original.fields if tag not in read]
    read_paths = set(_READ_PATHS)
    kept = []
    for path, value in leaves(parse_record(original.fields[0][1]), _WHOLE | {"style"}):
        bare = re.sub(r"\[[^\]]*\]", "", path)
        if bare in read_paths or not value:
            continue
        kept.append((path, value))
    return kept


def carriers(variable: str) -> frozenset[str]:
    return frozenset()
