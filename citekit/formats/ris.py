"""RIS, read and written through one table of types and tags.

The tags are those of the RIS specification (Research Information Systems, 2011), plus the
variants that real exporters write: Scopus puts the PubMed ID in C2 and the article number in C7,
Web of Science the publisher in PU and PI, Embase and ProQuest the journal in JF/JO, PubMed's
EndNote export the PMID in AN. A tag the table does not read is kept verbatim and written back.

Writing goes through rispy, the RIS library reference tools and their tests use. Reading uses
rispy's line grammar but its own record loop: rispy's drops a last record that has no ER line,
drops text outside records without a word, and keeps only the first of a repeated tag that it does
not know as a list (two SN lines, say) — and it keeps no line numbers for error messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import rispy

from citekit.formats import values
from citekit.formats.reading import BadRecord, RecordReader
from citekit.formats.tagged import TaggedRecord, TaggedSyntax, tagged_records
from citekit.identifiers import clean_doi, clean_pmcid, clean_pmid, clean_url
from citekit.model import Author, Original, Reference, dotted_initials
from citekit.storage.rows import tag_name

FORMAT = "ris"

# CSL type → RIS type (TY). Writing uses the first RIS type of a CSL type, reading the first CSL
# type of a RIS type; READ_ONLY_TYPES are the RIS types citekit reads but never writes.
RIS_TYPES = {
    "article-journal": "JOUR",
    "article": "JOUR",
    "review": "JOUR",
    "article-magazine": "MGZN",
    "article-newspaper": "NEWS",
    "book": "BOOK",
    "classic": "CLSWK",
    "collection": "EDBOOK",
    "chapter": "CHAP",
    "paper-conference": "CPAPER",
    "thesis": "THES",
    "report": "RPRT",
    "webpage": "ELEC",
    "post": "ICOMM",
    "post-weblog": "BLOG",
    "dataset": "DATA",
    "software": "COMP",
    "manuscript": "UNPB",
    "patent": "PAT",
    "standard": "STAND",
    "entry-encyclopedia": "ENCYC",
    "entry-dictionary": "DICT",
    "motion_picture": "MPCT",
    "broadcast": "VIDEO",
    "graphic": "ART",
    "figure": "FIGURE",
    "map": "MAP",
    "musical_score": "MUSIC",
    "song": "SOUND",
    "personal_communication": "PCOMM",
    "legal_case": "CASE",
    "legislation": "STAT",
    "bill": "BILL",
    "hearing": "HEAR",
    "regulation": "LEGAL",
    "pamphlet": "PAMP",
    "periodical": "JFULL",
    "interview": "GEN",
    "document": "GEN",
}
READ_ONLY_TYPES = {
    "ABST": "article-journal",
    "ADVS": "motion_picture",
    "AGGR": "dataset",
    "ANCIENT": "classic",
    "CHART": "figure",
    "CONF": "paper-conference",
    "CTLG": "book",
    "DBASE": "dataset",
    "EBOOK": "book",
    "ECHAP": "chapter",
    "EJOUR": "article-journal",
    "EQUA": "figure",
    "GOVDOC": "report",
    "GRANT": "document",
    "INPR": "article-journal",
    "MANSCPT": "manuscript",
    "MULTI": "webpage",
    "SER": "book",
    "SLIDE": "speech",
    "UNBILL": "bill",
    "WEB": "webpage",
    "AUDIO": "song",
}
CSL_TYPE_OF_RIS = {**READ_ONLY_TYPES, **{ris: csl for csl, ris in reversed(list(RIS_TYPES.items()))}}
PERIODICAL = frozenset({"article-journal", "article", "review", "article-magazine", "article-newspaper"})
_EDITED = frozenset(
    {"book", "chapter", "collection", "paper-conference", "report", "entry-encyclopedia", "entry-dictionary", "classic"}
)


@dataclass(frozen=True, slots=True)
class TagMap:
    """A RIS tag ↔ a CSL variable. ``types`` limits it to some CSL types; a row with write=False
    is read (another tag's synonym) but never written."""

    tag: str
    variable: str
    types: frozenset[str] | None = None
    write: bool = True
    exclude: bool = False  # types is the set the row does NOT apply to

    def applies_to(self, csl_type: str | None) -> bool:
        if self.types is None:
            return True
        return ((csl_type or "") in self.types) != self.exclude


def _row(tag: str, variable: str, types: frozenset[str] | None = None, **options: bool) -> TagMap:
    return TagMap(tag, variable, types, **options)


# Text variables, in order of preference: for each variable the first row with a value wins.
TEXT_TAGS: tuple[TagMap, ...] = (
    _row("TI", "title"),
    _row("T1", "title", write=False),
    _row("CT", "title", write=False),
    _row("T2", "container-title"),
    _row("JF", "container-title", write=False),
    _row("JO", "container-title", write=False),
    _row("BT", "container-title", frozenset({"book", "manuscript"}), write=False, exclude=True),
    _row("BT", "title", frozenset({"book", "manuscript"}), write=False),
    _row("J2", "container-title-short"),
    _row("JA", "container-title-short", write=False),
    _row("J1", "container-title-short", write=False),
    _row("JI", "container-title-short", write=False),
    _row("T3", "collection-title"),
    _row("ST", "title-short"),
    _row("VL", "volume"),
    _row("IS", "issue"),
    _row("C7", "number", PERIODICAL),  # the article number (RIS 2011 for JOUR; Scopus; WoS)
    _row("ET", "edition", PERIODICAL, exclude=True),  # for a journal article ET is the e-pub date
    _row("NV", "number-of-volumes"),
    _row("PB", "publisher"),
    _row("PU", "publisher", write=False),
    _row("CY", "publisher-place"),
    _row("PI", "publisher-place", write=False),
    _row("PP", "publisher-place", write=False),
    _row("AB", "abstract"),
    _row("N2", "abstract", write=False),
    _row("LA", "language"),
    _row("M3", "genre"),
    _row("CN", "call-number"),
    _row("SE", "section", frozenset({"article-newspaper", "article-magazine"})),
    _row("DB", "source"),
    _row("AV", "archive_location"),
    _row("OP", "original-title"),
)
# Name tags → CSL roles.
NAME_TAGS: tuple[TagMap, ...] = (
    _row("AU", "author"),
    _row("A1", "author", write=False),
    _row("A2", "editor", _EDITED),  # for a journal article A2 is not the editors (Ovid writes cited authors)
    _row("ED", "editor", _EDITED, write=False),
    _row("A3", "collection-editor"),
    _row("A4", "translator", _EDITED),
)
# Tags read by code below rather than by a row: dates, pages, identifiers, lists, links.
OTHER_TAGS = frozenset({"TY", "ER", "PY", "Y1", "DA", "Y2", "SP", "EP", "DO", "AN", "C2", "SN", "KW", "N1", "UR"})
OTHER_TAGS |= frozenset({"L1", "L2", "LK", "ID"})
MAPPED_TAGS = frozenset({row.tag for row in (*TEXT_TAGS, *NAME_TAGS)}) | OTHER_TAGS
_PUBMED_DATABASES = ("pubmed", "medline", "nlm")


def unread_fields(reference: Reference) -> list[tuple[str, str]]:
    """The fields of a record read from RIS that the model took nothing from: tags the table does
    not know, tags that do not apply to the type (ET of a journal article is its e-pub date), and
    an accession number or C2 that is not the PMID or PMCID. They are written back as they came."""
    original = reference.original
    if original is None or original.format != FORMAT:
        return []
    read = {row.tag for row in (*TEXT_TAGS, *NAME_TAGS) if row.applies_to(reference.type)} | OTHER_TAGS
    kept = []
    for tag, value in original.fields:
        if tag in ("AN", "C2"):
            identifier = clean_pmcid(value) if value.strip().upper().startswith("PMC") else clean_pmid(value)
            if identifier and identifier in (reference.pmid, reference.pmcid):
                continue
        elif tag in read:
            continue
        kept.append((tag, value))
    return kept


def carriers(variable: str) -> frozenset[str]:
    rows = [row.tag for row in (*TEXT_TAGS, *NAME_TAGS) if row.variable == variable]
    extra = {"DOI": ("DO",), "PMID": ("AN", "C2"), "PMCID": ("C2",), "URL": ("UR",), "page": ("SP", "EP")}
    extra |= {"issued": ("PY", "Y1", "DA"), "accessed": ("Y2",), "ISSN": ("SN",), "ISBN": ("SN",)}
    return frozenset(tag.lower() for tag in (*rows, *extra.get(variable, ())))


# ----------------------------------------------------------------------------- reading


def _tag_of(line: str) -> tuple[str, str] | None:
    # rispy's grammar: two capitals (or a capital and a digit), two spaces, a dash; the value
    # after one more space. 'ER  -' with nothing after is a tag too.
    if len(line) >= 5 and line[2:5] == "  -" and line[0].isascii() and line[0].isupper() and line[1].isalnum():
        tag = line[:2]
        if tag.isupper() or tag[1].isdigit():
            return tag, line[6:].strip() if len(line) > 5 else ""
    return None


SYNTAX = TaggedSyntax("RIS", _tag_of, frozenset({"TY"}), end_tag="ER")


def looks_like_ris(text: str) -> bool:
    """A RIS file begins (after blank lines, a BOM or a header) with a TY line and has RIS tags."""
    head = text[:20000].lstrip("\ufeff")
    tagged = 0
    for line in head.splitlines()[:400]:
        tag = _tag_of(line)
        if tag is None:
            continue
        if tagged == 0 and tag[0] != "TY":
            return False
        tagged += 1
        if tagged >= 3:
            return True
    return tagged >= 2


class RisReader(RecordReader):
    format = FORMAT
    label = "RIS record"

    def raw_records(self) -> Iterator[tuple[int, TaggedRecord]]:
        for record in tagged_records(self.text, SYNTAX, self.problems, self.first_line):
            yield record.line, record

    def to_reference(self, raw: TaggedRecord, line: int) -> Reference:
        return record_to_reference(raw, self.warn)


def _one_value(text: str) -> str:
    return " ".join(text.split())


def record_to_reference(record: TaggedRecord, warn: object = None) -> Reference:
    """One RIS record → a record: the model filled through the table, the record kept verbatim."""
    ris_type = record.fields[0][1].strip().upper()
    if not ris_type:
        raise BadRecord("TY is empty (the record's type)")
    fields = record.fields[1:]
    csl_type = CSL_TYPE_OF_RIS.get(ris_type)
    if csl_type is None and callable(warn):
        warn(record.line, f"unknown RIS type {ris_type!r}; read as a generic document")
    reference = Reference(type=csl_type or "document", original=Original(FORMAT, record.fields[0][1].strip(), fields))
    reference.key = record.first("ID")
    tags: dict[str, list[str]] = {}
    for tag, value in fields:
        if value.strip():
            tags.setdefault(tag, []).append(value.strip())
    for row in TEXT_TAGS:
        if row.tag not in tags or reference.variable(row.variable) or not row.applies_to(reference.type):
            continue
        value = tags[row.tag][0]
        value = value if row.variable in ("abstract",) else _one_value(value)
        reference.set_variable(row.variable, value)
    for row in NAME_TAGS:
        if row.tag in tags and not reference.role(row.variable) and row.applies_to(reference.type):
            people = [_person(value, record, row.tag, warn) for value in tags[row.tag]]
            reference.set_role(row.variable, [p for p in people if p is not None])
    _dates(reference, tags)
    # SP and EP are joined by an en dash, the dash of a page range (and what citekit splits at).
    reference.pages = values.page_range((tags.get("SP") or [None])[0], (tags.get("EP") or [None])[0], dash="–")
    _identifiers(reference, tags, record, warn)
    _standard_numbers(reference, tags)
    keywords = [kw.strip() for value in tags.get("KW", ()) for kw in value.split("\n") if kw.strip()]
    reference.keywords = list(dict.fromkeys(keywords))
    reference.tags.extend(reference.keywords)
    if "N1" in tags:
        reference.variables["note"] = "\n".join(tags["N1"])
    _links(reference, tags)
    return reference


def _person(value: str, record: TaggedRecord, tag: str, warn: object) -> Author | None:
    if value.count(",") > 2:
        if callable(warn):
            warn(record.line_of(tag), f"{tag} {value[:60]!r} is not one name; kept as written, not used")
        return None
    return values.person(value, initials_after_family=True)


def _dates(reference: Reference, tags: dict[str, list[str]]) -> None:
    full = values.date(tags["DA"][0]) if "DA" in tags else values.DateParts()
    year = values.date((tags.get("PY") or tags.get("Y1") or [""])[0])
    if full.year is not None:
        full.apply(reference)
    elif year.year is not None or year.literal:
        year.apply(reference)
        if "DA" in tags and reference.month is None:
            # 'DA  - Jun' or 'DA  - SEP': the month of the year in PY.
            words = tags["DA"][0].replace("-", " ").split()
            reference.month = values.month_number(words[0]) if words else None
            if reference.month and len(words) == 2 and words[1].isdigit() and 1 <= int(words[1]) <= 31:
                reference.day = int(words[1])
    if "Y2" in tags:
        accessed = values.date(tags["Y2"][0])
        reference.accessed = accessed.iso() if accessed.year is not None and accessed.literal is None else tags["Y2"][0]


def _identifiers(reference: Reference, tags: dict[str, list[str]], record: TaggedRecord, warn: object) -> None:
    for value in tags.get("DO", ()):
        reference.doi = clean_doi(value)
        if reference.doi:
            break
    else:
        if "DO" in tags and callable(warn):
            warn(record.line_of("DO"), f"DO {tags['DO'][0][:80]!r} is not a DOI; kept as written, not used")
    databases = " ".join(tags.get("DB", []) + tags.get("DP", [])).lower()
    for value in tags.get("AN", ()):
        # An accession number is the PMID only when the record says it came from PubMed.
        if value.upper().startswith("PMID") or any(name in databases for name in _PUBMED_DATABASES):
            reference.pmid = clean_pmid(value)
    for value in tags.get("C2", ()):
        if value.upper().startswith("PMC"):
            reference.pmcid = clean_pmcid(value)
        elif "scopus" in databases and reference.pmid is None:
            reference.pmid = clean_pmid(value)  # Scopus writes the PubMed ID in C2


def _standard_numbers(reference: Reference, tags: dict[str, list[str]]) -> None:
    found: list[str] = []
    for value in tags.get("SN", ()):
        for number in re.split(r"[,;\n]|\s(?=\d{4}-?\d{3}[\dXx]\b)", value):
            number = re.sub(r"\s*\((?:ISSN|ISBN|Print|Electronic|Linking|online|print)\)\s*", "", number, flags=re.I)
            if number.strip() and number.strip() not in found:
                found.append(number.strip())
    if not found:
        return
    # SN is the ISBN of a book, the ISSN of a journal (RIS 2011); a series' ISSN looks like one.
    is_isbn = reference.type not in PERIODICAL and not all(_ISSN.fullmatch(number) for number in found)
    reference.variables["ISBN" if is_isbn else "ISSN"] = ", ".join(found)


_ISSN = re.compile(r"\d{4}-?\d{3}[\dXx]")


def _links(reference: Reference, tags: dict[str, list[str]]) -> None:
    urls = [
        url
        for tag in ("UR", "L2", "LK")
        for value in tags.get(tag, ())
        for url in re.split(r"[;\s]+", value)
        if clean_url(url)
    ]
    urls = list(dict.fromkeys(urls))
    if urls:
        reference.url = urls[0]
        reference.links = urls[1:]
    files = [item.strip() for value in tags.get("L1", ()) for item in re.split(r";|\n", value) if item.strip()]
    reference.files = list(dict.fromkeys(files))


# ----------------------------------------------------------------------------- writing


def _name(author: Author) -> str:
    return ", ".join(
        part for part in (author.family, dotted_initials(author.given) if author.given else None, author.suffix) if part
    )


def _date(reference: Reference) -> str | None:
    """RIS's 'YYYY/MM/DD/other': a season or other words go in the fourth part."""
    if reference.year is None:
        return None
    parts = [f"{reference.year:04d}", f"{reference.month:02d}" if reference.month else "", ""]
    if reference.month and reference.day:
        parts[2] = f"{reference.day:02d}"
    return "/".join(parts) + "/" + (reference.date_literal or "")


def reference_to_ris(reference: Reference, tags: list[str] | None = None) -> dict[str, object]:
    """A record as rispy's entry (keys are lower-case RIS tags): every field the model holds that
    RIS has a tag for, then, for a record that came from RIS, the tags citekit does not read."""
    ris_type = RIS_TYPES.get(reference.type or "", "GEN")
    original = reference.original if reference.original and reference.original.format == FORMAT else None
    if original and CSL_TYPE_OF_RIS.get(original.type.upper()) == reference.type:
        ris_type = original.type.upper()
    entry: dict[str, list[str]] = {}
    if reference.key:
        entry["id"] = [reference.key]

    def put(tag: str, *items: str | None) -> None:
        entry.setdefault(tag.lower(), []).extend(item for item in items if item)

    for row in NAME_TAGS:
        people = reference.role(row.variable)
        if row.write and people and row.applies_to(reference.type):
            put(row.tag, *(_name(person) for person in people))
    for row in TEXT_TAGS:
        value = reference.variable(row.variable)
        if row.write and value and row.applies_to(reference.type) and row.tag.lower() not in entry:
            put(row.tag, value)
    if reference.container_title and reference.type in PERIODICAL:
        put("JO", reference.container_title)  # the journal tag most readers look for besides T2
    if reference.year is not None:
        put("PY", str(reference.year))
        put("DA", _date(reference))
    elif reference.date_literal:
        put("PY", reference.date_literal)
    if reference.accessed:
        put(
            "Y2",
            reference.accessed.replace("-", "/")
            if re.fullmatch(r"\d{4}(-\d\d){0,2}", reference.accessed)
            else reference.accessed,
        )
    # A range with an en dash goes out as SP and EP (and comes back joined by one); any other
    # (a hyphen as MEDLINE writes it, 'e123-e127', '94-98,93') whole in SP, exactly as it is.
    pages = reference.pages or ""
    start, dash, end = pages.partition("–")
    if dash and start.strip() and end.strip() and "–" not in end:
        put("SP", start.strip())
        put("EP", end.strip())
    else:
        put("SP", pages)
    put("SN", reference.variables.get("ISBN") or reference.variables.get("ISSN"))
    put("DO", reference.doi)
    if reference.pmid:
        put("AN", f"PMID: {reference.pmid}")
    put("C2", reference.pmcid)
    put("UR", reference.url)
    put("L2", *reference.links)
    # RIS has one place for keywords and tags; a tag made from a keyword is not written twice.
    keyword_tags = {tag_name(keyword) for keyword in reference.keywords}
    put("KW", *reference.keywords, *(tag for tag in dict.fromkeys(tags or []) if tag not in keyword_tags))
    put("N1", *(reference.variables.get("note") or "").split("\n"))
    put("L1", *reference.files)
    if original:
        unknown: dict[str, list[str]] = {}
        for tag, value in unread_fields(reference):
            unknown.setdefault(tag, []).append(value)
        if unknown:
            entry["unknown_tag"] = unknown  # type: ignore[assignment]
    result: dict[str, object] = {"type_of_reference": ris_type}
    result.update({name: _one_line(value) for name, value in entry.items()})
    return result


def _one_line(value: object) -> object:
    """A line break inside a value would start a new tag: RIS values are one line each."""
    if isinstance(value, dict):
        return {tag: [_joined_lines(item) for item in items] for tag, items in value.items()}
    return [_joined_lines(item) for item in value]  # type: ignore[attr-defined]


def _joined_lines(value: object) -> str:
    return " ".join(part.strip() for part in str(value).splitlines()).strip()


class PlainRisWriter(rispy.RisWriter):
    """RIS as EndNote and Zotero write it: no '1.' counter line before each record, every tag
    written as itself (one line per value)."""

    DEFAULT_MAPPING = {
        **{tag: tag.lower() for tag in MAPPED_TAGS if tag not in ("TY", "ER")},
        "TY": "type_of_reference",
        "ER": "end_of_reference",
        "UK": "unknown_tag",
    }
    DEFAULT_LIST_TAGS = sorted(MAPPED_TAGS - {"TY", "ER"})
    DEFAULT_DELIMITER_MAPPING: dict = {}

    def set_header(self, count: int) -> str:
        return ""


def write_ris(records: Iterable[tuple[Reference, list[str]]]) -> str:
    """RIS text for (reference, tags) pairs, in the order given."""
    return "".join(ris_chunks(records))


def ris_chunks(records: Iterable[tuple[Reference, list[str]]], per_chunk: int = 500) -> Iterator[str]:
    batch: list[dict[str, object]] = []
    for reference, tags in records:
        batch.append(reference_to_ris(reference, tags))
        if len(batch) >= per_chunk:
            yield rispy.dumps(batch, implementation=PlainRisWriter)
            batch = []
    if batch:
        yield rispy.dumps(batch, implementation=PlainRisWriter)
