"""MEDLINE/PubMed plain text: what PubMed's "Send to: Citation manager" saves as .nbib, and
EFetch's rettype=medline.

Each line is a tag of up to four letters padded to four, '- ', and a value; a value continues on
lines that begin with six spaces; a blank line ends a record. The tags are NLM's ("MEDLINE/PubMed
Data Element (Field) Descriptions"). MeSH headings keep MEDLINE's own notation: a '*' marks a
major topic ('Sequence Alignment/*methods'), which citekit stores as a heading ending in '*'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from citekit.formats import values
from citekit.formats.reading import BadRecord, RecordReader
from citekit.formats.tagged import TaggedRecord, TaggedSyntax, tagged_records
from citekit.identifiers import clean_doi, clean_pmcid, clean_pmid
from citekit.model import Original, Reference, Relation

FORMAT = "medline"

# Text tags → CSL variables; for each variable the first tag with a value wins.
TEXT_TAGS: tuple[tuple[str, str], ...] = (
    ("TI", "title"),
    ("BTI", "title"),
    ("JT", "container-title"),
    ("TA", "container-title-short"),
    ("CTI", "collection-title"),
    ("VTI", "volume-title"),
    ("VI", "volume"),
    ("IP", "issue"),
    ("AB", "abstract"),
    ("LA", "language"),
    ("PB", "publisher"),
    ("EN", "edition"),
    ("CP", "chapter-number"),
    ("GN", "note"),
)
# Name tags → CSL roles. The full form (FAU) is preferred to the short one (AU: 'Casbon JA').
NAME_TAGS: tuple[tuple[str, str, str], ...] = (
    ("FAU", "AU", "author"),
    ("FED", "ED", "editor"),
    ("FIR", "IR", "contributor"),
)
# CommentsCorrections: MEDLINE tag → NLM RefType (the name PubMed XML uses for the same link).
RELATION_TAGS = {
    "CIN": "CommentIn",
    "CON": "CommentOn",
    "CRF": "CorrectedandRepublishedFrom",
    "CRI": "CorrectedandRepublishedIn",
    "DDIN": "DatasetDescribedIn",
    "DRIN": "DatasetUseReportedIn",
    "ECF": "ExpressionOfConcernFor",
    "ECI": "ExpressionOfConcernIn",
    "EFR": "ErratumFor",
    "EIN": "ErratumIn",
    "ORI": "OriginalReportIn",
    "RIN": "RetractionIn",
    "ROF": "RetractionOf",
    "RPF": "RepublishedFrom",
    "RPI": "RepublishedIn",
    "RRF": "RetractedandRepublishedFrom",
    "RRI": "RetractedandRepublishedIn",
    "SPIN": "SummaryForPatientsIn",
    "UIN": "UpdateIn",
    "UOF": "UpdateOf",
}
OTHER_TAGS = frozenset({"PMID", "DP", "PG", "LID", "AID", "PMC", "IS", "ISBN", "PT", "MH", "OT", "PL", "CN"})
MAPPED_TAGS = (
    frozenset(tag for tag, _ in TEXT_TAGS)
    | frozenset(tag for row in NAME_TAGS for tag in row[:2])
    | frozenset(RELATION_TAGS)
    | OTHER_TAGS
)
_LINE = re.compile(r"^([A-Z][A-Z0-9]{1,3}) {0,3}- ?(.*)$")
_BOOK_TYPES = ("Book", "Book Chapter")
_HOUSEKEEPING = frozenset(
    {"OWN", "STAT", "DCOM", "LR", "DA", "SO", "AD", "JID", "SB", "EDAT", "MHDA", "CRDT", "PHST", "PST"}
)


def _tag_of(line: str) -> tuple[str, str] | None:
    if len(line) < 5 or line[0] == " " or line[4] != "-":
        return None
    match = _LINE.match(line)
    return (match[1], match[2].rstrip()) if match else None


def _continuation(line: str) -> str | None:
    return line.strip() or None


SYNTAX = TaggedSyntax("MEDLINE", _tag_of, None, continuation=_continuation)


def looks_like_medline(text: str) -> bool:
    """MEDLINE lines from the first, most of them NLM's own tags (PubMed's records begin with PMID,
    ERIC's with OWN)."""
    tagged = known = 0
    for line in text[:20000].lstrip("\ufeff").splitlines()[:200]:
        if not line.strip() or (line.startswith("      ") and tagged):
            continue
        tag = _tag_of(line)
        if tag is None:
            return False
        tagged += 1
        known += tag[0] in MAPPED_TAGS or tag[0] in _HOUSEKEEPING
        if tagged >= 8:
            break
    return tagged >= 2 and known * 4 >= tagged * 3


class MedlineReader(RecordReader):
    format = FORMAT
    label = "MEDLINE record"

    def raw_records(self) -> Iterator[tuple[int, TaggedRecord]]:
        for record in tagged_records(self.text.lstrip("\ufeff"), SYNTAX, self.problems, self.first_line):
            yield record.line, record

    def to_reference(self, raw: TaggedRecord, line: int) -> Reference:
        return record_to_reference(raw)


def _joined(value: str) -> str:
    # MEDLINE wraps long values at about 80 characters; the break is only layout.
    return " ".join(value.split())


def record_to_reference(record: TaggedRecord) -> Reference:
    tags: dict[str, list[str]] = {}
    for tag, value in record.fields:
        if value.strip():
            tags.setdefault(tag, []).append(_joined(value))
    pmid_text = (tags.get("PMID") or [""])[0]
    pmid = clean_pmid(pmid_text)
    if pmid_text and pmid is None:
        raise BadRecord(f"PMID {pmid_text!r} is not a PubMed ID")
    if not any(tag in tags for tag in ("TI", "BTI", "AU", "FAU", "CN")):
        raise BadRecord("it has neither a title nor an author")
    types = tags.get("PT", [])
    is_book = "BTI" in tags or any(kind in _BOOK_TYPES for kind in types)
    csl_type = "article-journal"
    if is_book:
        csl_type = "chapter" if "TI" in tags and "BTI" in tags else "book"
    reference = Reference(type=csl_type, pmid=pmid, original=Original(FORMAT, record.fields[0][0], list(record.fields)))
    for tag, variable in TEXT_TAGS:
        if tag in tags and not reference.variable(variable):
            reference.set_variable(variable, tags[tag][0])
    if reference.type == "chapter":
        reference.title = tags["TI"][0]
        reference.container_title = tags["BTI"][0]
    for full, short, role in NAME_TAGS:
        people = [values.person(name) for name in tags.get(full, ())]
        if not people:
            people = [values.person(name, initials_after_family=True) for name in tags.get(short, ())]
        if role == "author":
            # A corporate author ('ASTRAL Study Group') stands with the personal ones.
            people += [values.person(name) for name in tags.get("CN", ())]
        reference.set_role(role, [p for p in people if p is not None])
    values.date((tags.get("DP") or [""])[0]).apply(reference)
    reference.pages = values.page_range((tags.get("PG") or [""])[0])
    for value in (*tags.get("LID", ()), *tags.get("AID", ())):
        if value.endswith("[doi]") and reference.doi is None:
            reference.doi = clean_doi(value[: -len("[doi]")])
    reference.pmcid = clean_pmcid((tags.get("PMC") or [None])[0])
    issns = [re.sub(r"\s*\((?:Print|Electronic|Linking)\)$", "", value) for value in tags.get("IS", ())]
    if issns:
        reference.variables["ISSN"] = ", ".join(dict.fromkeys(issns))
    if "ISBN" in tags:
        reference.variables["ISBN"] = ", ".join(tags["ISBN"])
    if is_book and "PL" in tags:
        reference.variables["publisher-place"] = tags["PL"][0]
    reference.publication_types = list(types)
    reference.mesh = [_mesh(heading) for heading in tags.get("MH", ())]
    reference.keywords = list(dict.fromkeys(tags.get("OT", ())))
    for tag, value in record.fields:
        if tag in RELATION_TAGS and value.strip():
            reference.relations.append(relation(RELATION_TAGS[tag], _joined(value)))
    return reference


def _mesh(heading: str) -> str:
    """'Sequence Alignment/*methods' → 'Sequence Alignment/methods*': a major topic (on the
    descriptor or on a qualifier) ends in '*', as citekit writes MeSH everywhere."""
    major = "*" in heading
    return heading.replace("*", "") + ("*" if major else "")


_PMID_IN = re.compile(r"PMID:\s*(\d+)")
_DOI_IN = re.compile(r"doi:\s*(10\.\S+)", re.IGNORECASE)


def relation(kind: str, citation: str) -> Relation:
    """'Nature. 2011;469(7329):254. doi: 10.1038/x. PMID: 21228882' → the link, identifiers read."""
    pmid = _PMID_IN.search(citation)
    doi = _DOI_IN.search(citation)
    return Relation(
        kind,
        citation,
        clean_pmid(pmid.group(1)) if pmid else None,
        clean_doi(doi.group(1).rstrip(".")) if doi else None,
    )


def unread_fields(reference: Reference) -> list[tuple[str, str]]:
    """The tags the table does not read (OWN, STAT, dates of indexing, grants, affiliations…)."""
    original = reference.original
    if original is None:
        return []
    return [(tag, value) for tag, value in original.fields if tag not in MAPPED_TAGS]


def carriers(variable: str) -> frozenset[str]:
    rows = [tag for tag, name in TEXT_TAGS if name == variable]
    extra = {"DOI": ("LID", "AID"), "PMCID": ("PMC",), "issued": ("DP",), "page": ("PG",), "ISSN": ("IS",)}
    return frozenset(tag.lower() for tag in (*rows, *extra.get(variable, ())))
