"""NCBI: PMIDs by ECitMatch (confirmed with ESummary), PMCIDs and DOIs from the PMC ID Converter,
abstracts and MeSH headings from EFetch. XML is parsed with defusedxml: it comes from the network."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException, ElementTree

from citekit.enrich.http import HttpClient, Response
from citekit.enrich.match import Candidate, first_page
from citekit.identifiers import clean_doi, clean_pmcid, clean_pmid
from citekit.model import Reference
from citekit.textnorm import ascii_fold

DEFAULT_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
DEFAULT_IDCONV_URL = "https://pmc.ncbi.nlm.nih.gov/tools/idconv/api/v1/articles/"
EUTILS_LIMITER = "eutils"
IDCONV_LIMITER = "idconv"
TOOL = "citekit"
ECITMATCH_BATCH = 100
ID_BATCH = 200
POST_OVER = 1000  # characters of parameters: NCBI prefers POST for long requests
_YEAR = re.compile(r"\d{4}")
_UNSAFE = re.compile(r"[|\r\n]")


def eutils_url() -> str:
    return os.environ.get("CITEKIT_EUTILS_URL", DEFAULT_EUTILS_URL).rstrip("/")


def idconv_url() -> str:
    return os.environ.get("CITEKIT_IDCONV_URL", DEFAULT_IDCONV_URL)


@dataclass(slots=True)
class Identity:
    """What NCBI asks every client to send."""

    email: str | None = None
    api_key: str | None = None

    def params(self) -> dict[str, str]:
        params = {"tool": TOOL}
        if self.email:
            params["email"] = self.email
        if self.api_key:
            params["api_key"] = self.api_key
        return params


def _request(
    client: HttpClient,
    url: str,
    params: dict[str, str],
    limiter: str,
    check: Callable[[Response], object],
    max_age: float | None = None,
) -> Response:
    long = sum(len(k) + len(v) for k, v in params.items()) > POST_OVER
    if long:
        return client.get(url, None, limiter=limiter, data=params, check=check, max_age=max_age)
    return client.get(url, params, limiter=limiter, check=check, max_age=max_age)


# ----------------------------------------------------------------------------- ECitMatch


def citation_line(reference: Reference, key: str) -> str | None:
    """'journal|year|volume|first page|author|key|', or None when the record lacks the parts."""
    page = first_page(reference.pages)
    if not (reference.container_title and reference.year and reference.volume and page and reference.authors):
        return None
    author = reference.authors[0]
    name = f"{author.family} {author.given or ''}".strip()
    fields = [reference.container_title, str(reference.year), reference.volume, page, name, key]
    return "|".join(_UNSAFE.sub(" ", ascii_fold(value)).lower() for value in fields) + "|"


def ecitmatch(client: HttpClient, lines: dict[str, str], identity: Identity) -> dict[str, str | None]:
    """key → PMID (None when not found or ambiguous), for citation lines keyed by our own keys."""
    found: dict[str, str | None] = {}
    keys = list(lines)
    for start in range(0, len(keys), ECITMATCH_BATCH):
        chunk = keys[start : start + ECITMATCH_BATCH]
        bdata = "\r".join(lines[key] for key in chunk)
        params = {"db": "pubmed", "retmode": "xml", "bdata": bdata, **identity.params()}
        response = _request(client, f"{eutils_url()}/ecitmatch.cgi", params, EUTILS_LIMITER, check=_check_citmatch)
        found.update(parse_ecitmatch(response.text()))
    return found


def _check_citmatch(response: Response) -> None:
    text = response.text()
    if "|" not in text or "<html" in text[:500].lower():
        raise ValueError("no citation lines in the answer")


def parse_ecitmatch(text: str) -> dict[str, str | None]:
    """Results keyed by the key we sent (the sixth field), never by line order."""
    results: dict[str, str | None] = {}
    for line in text.splitlines():
        fields = line.split("|")
        if len(fields) < 7:
            continue
        key, result = fields[5], fields[6].strip()
        results[key] = clean_pmid(result) if result.isdigit() else None
    return results


# ----------------------------------------------------------------------------- ESummary


# ----------------------------------------------------------------------------- ESearch

_TITLE_WORD = re.compile(r"[A-Za-z0-9]+")
_SEARCH_STOPWORDS = frozenset(
    """a an and are as at be by for from has have in into is it its of on or that the their this to
    was were with within without""".split()
)


def doi_term(doi: str) -> str:
    """PubMed's search for a DOI: '"10.1016/j.cell.2014.07.013"[doi]'."""
    return f'"{doi}"[doi]'


def title_term(reference: Reference) -> str | None:
    """Title words, first author and year, as PubMed's search language has them:
    'circulating[ti] AND tumor[ti] AND … AND aceto[1au] AND 2014[dp]'; None without enough."""
    words = [w for w in _TITLE_WORD.findall(ascii_fold(reference.title or "").lower()) if w not in _SEARCH_STOPWORDS]
    words = [w for w in words if len(w) > 2][:8]
    if len(words) < 3 or not reference.authors or not reference.year:
        return None
    family = " ".join(_TITLE_WORD.findall(ascii_fold(reference.authors[0].family)))
    if not family:
        return None
    return " AND ".join([*(f"{w}[ti]" for w in words), f"{family}[1au]", f"{reference.year}[dp]"])


def esearch(client: HttpClient, term: str, identity: Identity, retmax: int = 3) -> list[str]:
    """The PMIDs PubMed finds for a search term (at most ``retmax``)."""
    params = {"db": "pubmed", "term": term, "retmax": str(retmax), **identity.params()}
    response = _request(client, f"{eutils_url()}/esearch.fcgi", params, EUTILS_LIMITER, check=_check_esearch)
    return parse_esearch(response.body)


def _check_esearch(response: Response) -> None:
    parse_esearch(response.body)


def parse_esearch(body: bytes) -> list[str]:
    root = parse_xml(body)
    if root.tag != "eSearchResult":
        raise ValueError("not an ESearch answer")
    if root.find("ERROR") is not None:
        raise ValueError(f"ESearch error: {(root.findtext('ERROR') or '')[:80]}")
    pmids = []
    for element in root.findall("IdList/Id"):
        pmid = clean_pmid((element.text or "").strip())
        if pmid is None:
            raise ValueError(f"not a PMID: {(element.text or '')[:30]!r}")
        pmids.append(pmid)
    return pmids


def esummary(client: HttpClient, pmids: list[str], identity: Identity) -> dict[str, Candidate]:
    summaries: dict[str, Candidate] = {}
    for start in range(0, len(pmids), ID_BATCH):
        chunk = pmids[start : start + ID_BATCH]
        params = {"db": "pubmed", "id": ",".join(chunk), **identity.params()}
        response = _request(client, f"{eutils_url()}/esummary.fcgi", params, EUTILS_LIMITER, check=_check_esummary)
        summaries.update(parse_esummary(response.body))
    return summaries


def parse_xml(body: bytes) -> Element:
    """XML from the network: entities, DTDs and external references are refused (defusedxml)."""
    try:
        return ElementTree.fromstring(body)
    except ElementTree.ParseError as error:
        raise ValueError(f"not XML: {error}") from None
    except DefusedXmlException as error:
        raise ValueError(f"refused XML ({type(error).__name__})") from None


def _check_esummary(response: Response) -> None:
    if parse_xml(response.body).tag != "eSummaryResult":
        raise ValueError("not an ESummary answer")
    parse_esummary(response.body)


def _check_efetch(response: Response) -> None:
    if parse_xml(response.body).tag != "PubmedArticleSet":
        raise ValueError("not a PubMed article set")


def _items(docsum: Element) -> dict[str, Element]:
    return {item.get("Name", ""): item for item in docsum.findall("Item")}


def _text(items: dict[str, Element], name: str) -> str | None:
    return (items[name].text or None) if name in items else None


def _children(items: dict[str, Element], name: str) -> list[Element]:
    return items[name].findall("Item") if name in items else []


def parse_esummary(body: bytes) -> dict[str, Candidate]:
    root = parse_xml(body)
    summaries: dict[str, Candidate] = {}
    for docsum in root.findall("DocSum"):
        pmid = clean_pmid((docsum.findtext("Id") or "").strip())
        items = _items(docsum)
        if not pmid:
            continue
        authors = [a.text or "" for a in _children(items, "AuthorList")]
        years = {int(y) for name in ("PubDate", "EPubDate") for y in _YEAR.findall(_text(items, name) or "")}
        ids = {i.get("Name", ""): (i.text or "") for i in _children(items, "ArticleIds")}
        summaries[pmid] = Candidate(
            identifier=pmid,
            title=(_text(items, "Title") or "").rstrip(".") or None,
            first_author=_family_from_medline(authors[0]) if authors else None,
            years=years,
            volume=_text(items, "Volume"),
            first_page=first_page(_text(items, "Pages")),
            journal_names=[name for name in (_text(items, "Source"), _text(items, "FullJournalName")) if name],
            extra={name: value for name, value in _other_ids(ids).items() if value},
        )
    return summaries


def _other_ids(ids: dict[str, str]) -> dict[str, str | None]:
    """The DOI and PMCID an ESummary record carries, each only if it is one."""
    return {"doi": clean_doi(ids.get("doi")), "pmc": clean_pmcid(ids.get("pmc"))}


def _family_from_medline(name: str) -> str:
    """'Hambrick GW Jr' → 'Hambrick'; 'van Rijn S' → 'van Rijn'."""
    tokens = name.split()
    while len(tokens) > 1 and (tokens[-1].isupper() or tokens[-1] in ("Jr", "Sr", "2nd", "3rd")):
        tokens.pop()
    return " ".join(tokens)


# ----------------------------------------------------------------------------- PMC ID Converter


@dataclass(slots=True)
class PmcRecord:
    pmid: str
    pmcid: str | None = None
    doi: str | None = None


def idconv(client: HttpClient, pmids: list[str], identity: Identity) -> dict[str, PmcRecord]:
    records: dict[str, PmcRecord] = {}
    for start in range(0, len(pmids), ID_BATCH):
        chunk = pmids[start : start + ID_BATCH]
        params = {"ids": ",".join(chunk), "idtype": "pmid", "format": "json", "versions": "no", **identity.params()}
        response = client.get(idconv_url(), params, limiter=IDCONV_LIMITER, check=_check_idconv)
        if response.status == 200:
            records.update(parse_idconv(response.body))
    return records


def _check_idconv(response: Response) -> None:
    parse_idconv(response.body)


def parse_idconv(body: bytes) -> dict[str, PmcRecord]:
    """Both shapes: legacy v1.0 (string pmid) and the 2025 API (pmid may be a number). An
    identifier that is not one makes the whole answer unusable (ValueError)."""
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"not JSON: {getattr(error, 'msg', error)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("records"), list):
        raise ValueError("no records in the answer")
    records: dict[str, PmcRecord] = {}
    for record in data["records"]:
        if not isinstance(record, dict):
            raise ValueError("a record that is not an object")
        if record.get("status") == "error" or record.get("errmsg"):
            continue
        pmid = clean_pmid(str(record.get("pmid") or record.get("requested-id") or ""))
        if pmid is None:
            continue
        pmcid, doi = record.get("pmcid"), record.get("doi")
        checked_pmcid = clean_pmcid(str(pmcid)) if pmcid else None
        checked_doi = clean_doi(doi) if isinstance(doi, str) and doi else None
        if (pmcid and checked_pmcid is None) or (doi and checked_doi is None):
            raise ValueError(f"not an identifier in the record for PMID {pmid}: {pmcid!r} {doi!r}")
        records[pmid] = PmcRecord(pmid, checked_pmcid, checked_doi)
    return records


# ----------------------------------------------------------------------------- EFetch


@dataclass(slots=True)
class Abstract:
    pmid: str
    text: str | None
    mesh: list[str] = field(default_factory=list)


def efetch(client: HttpClient, pmids: list[str], identity: Identity) -> dict[str, Abstract]:
    found: dict[str, Abstract] = {}
    for start in range(0, len(pmids), ID_BATCH):
        chunk = pmids[start : start + ID_BATCH]
        params = {"db": "pubmed", "id": ",".join(chunk), "retmode": "xml", **identity.params()}
        response = _request(client, f"{eutils_url()}/efetch.fcgi", params, EUTILS_LIMITER, check=_check_efetch)
        found.update(parse_efetch(response.body))
    return found


def parse_efetch(body: bytes) -> dict[str, Abstract]:
    root = parse_xml(body)
    found: dict[str, Abstract] = {}
    for article in root.findall("PubmedArticle"):
        citation = article.find("MedlineCitation")
        if citation is None:
            continue
        pmid = clean_pmid((citation.findtext("PMID") or "").strip())
        if pmid is None:
            continue
        sections = []
        for part in citation.findall("Article/Abstract/AbstractText"):
            text = " ".join("".join(part.itertext()).split())
            label = part.get("Label")
            sections.append(f"{label}: {text}" if label else text)
        mesh = [
            " ".join("".join(heading.itertext()).split())
            for heading in citation.findall("MeshHeadingList/MeshHeading/DescriptorName")
        ]
        found[pmid] = Abstract(pmid, "\n".join(sections) or None, mesh)
    return found
