"""Crossref, NCBI E-utilities and the PMC ID Converter, played by a real HTTP server on 127.0.0.1.

Answers follow the real formats: Crossref items are copies of a recorded real item with the
bibliographic fields replaced; ESummary, EFetch, ECitMatch and ID Converter answers have the
structure of the recorded responses in tests/data/real-api/ (copied from shared/fixtures/real-api).
The server enforces the published rate limits (429 when a client exceeds them), can add latency,
and can be told to misbehave: 429 with or without Retry-After, 500/503, a reply slower than the
client's timeout, truncated JSON with status 200, 'Resource not found.' text, connection resets.
"""

from __future__ import annotations

import copy
import json
import re
import socket
import threading
import time
import unicodedata
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from xml.sax.saxutils import escape

REAL = Path(__file__).resolve().parent / "data" / "real-api"
ITEM_TEMPLATE = json.loads((REAL / "crossref" / "works_10.1371_journal.pone.0033693.json").read_text())["message"]
LIST_TEMPLATE = json.loads((REAL / "crossref" / "works_query_ecology_rows2.json").read_text())
NOT_FOUND_TEXT = (REAL / "crossref" / "works_404_10.1371_notarealdoi.txt").read_bytes()
CROSSREF_429 = (
    b"<html><body><h1>429 Too Many Requests</h1>\nYou have sent too many requests in a given amount of time.\n"
    b"</body></html>"
)
# The published limits (Crossref polite pool from Dec 2025; NCBI without a key).
LIMITS = {"crossref-list": (3, 3), "crossref-single": (10, 3), "eutils": (3, None), "idconv": (3, None)}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


@dataclass
class Work:
    """One paper in the fake world, with what each service knows of it."""

    doi: str
    title: str
    authors: list[tuple[str, str]]  # (family, given)
    journal: str
    year: int
    volume: str | None = None
    issue: str | None = None
    page: str | None = None
    kind: str = "journal-article"
    update_to: str | None = None  # set on a correction notice: the DOI it corrects
    update_type: str = "correction"  # what kind of notice it is (Crossref's update type)
    updated_by: list[dict] = field(default_factory=list)  # Crossref's updated-by entries, as recorded
    publication_types: list[str] = field(default_factory=lambda: ["Journal Article"])  # PubMed's
    comments: list[tuple[str, str, str | None]] = field(default_factory=list)  # (RefType, RefSource, PMID)
    pmid: str | None = None
    pmcid: str | None = None
    abstract: str | None = None
    mesh: list[str] = field(default_factory=list)
    citmatch_journal: str | None = None  # how ECitMatch spells the journal

    def crossref_item(self, score: float | None = None) -> dict:
        item = copy.deepcopy(ITEM_TEMPLATE)
        for name in ("reference", "updated-by", "relation", "license", "link", "subtitle", "article-number"):
            item.pop(name, None)
        item.update(
            DOI=self.doi,
            URL=f"https://doi.org/{self.doi}",
            title=[self.title],
            author=[
                {"given": given, "family": family, "sequence": "first" if i == 0 else "additional", "affiliation": []}
                for i, (family, given) in enumerate(self.authors)
            ],
            type=self.kind,
        )
        item["container-title"] = [self.journal]
        item["short-container-title"] = [self.journal]
        # Every date the template carries becomes this work's, or a stale year would leak in.
        item["issued"] = {"date-parts": [[self.year]]}
        item["published"] = {"date-parts": [[self.year]]}
        item["published-online"] = {"date-parts": [[self.year, 3, 1]]}
        item["published-print"] = {"date-parts": [[self.year, 4]]}
        for key, value in (("volume", self.volume), ("issue", self.issue), ("page", self.page)):
            if value:
                item[key] = value
            else:
                item.pop(key, None)
        if self.update_to:
            label = self.update_type.replace("_", " ").capitalize()
            item["update-to"] = [{"DOI": self.update_to, "type": self.update_type, "label": label}]
        if self.updated_by:
            item["updated-by"] = copy.deepcopy(self.updated_by)
        if score is not None:
            item["score"] = score
        return item


@dataclass
class Fault:
    kind: str  # 429 | 429-retry-after | 500 | 503 | slow | truncated | notfound | reset
    seconds: float = 0.0


class FakeServices:
    """Start with ``with FakeServices(works) as services:``; point citekit at ``services.env``."""

    def __init__(self, works: list[Work], latency: float = 0.0, enforce_limits: bool = True) -> None:
        self.works = works
        self.latency = latency
        self.enforce_limits = enforce_limits
        self.faults: dict[str, deque[Fault]] = defaultdict(deque)
        self.requests: list[tuple[float, str, str]] = []  # (time, class, path)
        self.seen: list[tuple[str, dict[str, list[str]], str]] = []  # (class, parameters, User-Agent)
        self.throttled = 0
        self.citmatch_override: dict[str, str] = {}  # key → PMID ECitMatch wrongly answers
        self.concurrency_advertised: int | None = None  # sent as x-concurrency-limit, if set
        self._windows: dict[str, deque[float]] = defaultdict(deque)
        self._in_flight: dict[str, int] = defaultdict(int)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> FakeServices:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def env(self) -> dict[str, str]:
        return {
            "CITEKIT_CROSSREF_URL": f"{self.base}/crossref",
            "CITEKIT_EUTILS_URL": f"{self.base}/eutils",
            "CITEKIT_IDCONV_URL": f"{self.base}/idconv/",
        }

    def fail(self, service: str, *faults: Fault) -> None:
        """Queue faults for the next requests of a class (crossref-list, crossref-single, eutils, idconv)."""
        self.faults[service].extend(faults)

    def count(self, service: str | None = None) -> int:
        return sum(1 for _, name, _ in self.requests if service is None or name == service)

    # ------------------------------------------------------------------ request handling

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        services = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                return None

            def do_GET(self) -> None:
                services._serve(self, parse_qs(urlsplit(self.path).query))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                services._serve(self, parse_qs(self.rfile.read(length).decode()))

        return Handler

    def _classify(self, path: str) -> str:
        if path.startswith("/crossref/works/"):
            return "crossref-single"
        if path.startswith("/crossref/works"):
            return "crossref-list"
        if path.startswith("/eutils/"):
            return "eutils"
        return "idconv"

    def _serve(self, handler: BaseHTTPRequestHandler, params: dict[str, list[str]]) -> None:
        path = urlsplit(handler.path).path
        service = self._classify(path)
        now = time.monotonic()
        with self._lock:
            self.requests.append((now, service, path))
            self.seen.append((service, params, handler.headers.get("User-Agent", "")))
            limit, concurrency = LIMITS[service]
            window = self._windows[service]
            while window and now - window[0] >= 1.0:
                window.popleft()
            over = self.enforce_limits and (
                len(window) >= limit or (concurrency is not None and self._in_flight[service] >= concurrency)
            )
            if not over:
                window.append(now)
            fault = self.faults[service].popleft() if self.faults[service] else None
            self._in_flight[service] += 1
        done = False

        def finished() -> None:
            # The request stops counting as in flight before its answer goes out: a client that
            # has read the answer and sends the next one must not find it still counted.
            nonlocal done
            with self._lock:
                if not done:
                    self._in_flight[service] -= 1
                    done = True

        try:
            if self.latency:
                time.sleep(self.latency)
            if over:
                with self._lock:
                    self.throttled += 1
                finished()
                self._throttle(handler, service)
                return
            if fault is not None and fault.kind not in ("slow", "dribble", "huge"):
                finished()  # a slow answer stays in flight while it trickles out
            if fault is not None and self._misbehave(handler, fault, service):
                return
            status, content_type, body, headers = self._answer(service, path, params)
            finished()
            self._send(handler, status, content_type, body, headers)
        finally:
            finished()

    def _throttle(self, handler: BaseHTTPRequestHandler, service: str) -> None:
        if service.startswith("crossref"):
            self._send(handler, 429, "text/html", CROSSREF_429, {})
        else:
            body = json.dumps({"error": "API rate limit exceeded", "api-key": "127.0.0.1", "count": "4", "limit": "3"})
            self._send(handler, 429, "application/json", body.encode(), {"Retry-After": "1"})

    def _misbehave(self, handler: BaseHTTPRequestHandler, fault: Fault, service: str) -> bool:
        if fault.kind == "429":
            self._send(handler, 429, "text/html", CROSSREF_429, {})
        elif fault.kind == "429-retry-after":
            self._send(handler, 429, "text/html", CROSSREF_429, {"Retry-After": str(int(fault.seconds))})
        elif fault.kind in ("500", "503"):
            self._send(handler, int(fault.kind), "text/html", b"<html><body>Service Unavailable</body></html>", {})
        elif fault.kind == "slow":
            time.sleep(fault.seconds)
            return False  # then answer, too late for the client
        elif fault.kind == "truncated":
            status, content_type, body, headers = self._answer_for_fault(handler, service)
            self._send(handler, 200, content_type, body[: len(body) // 2], headers)
        elif fault.kind == "notfound":
            self._send(handler, 404, "text/plain", NOT_FOUND_TEXT, {})
        elif fault.kind == "html-200":
            # A proxy's error page, sent with 200.
            self._send(handler, 200, "text/html", b"<html><body><h1>Gateway error</h1></body></html>", {})
        elif fault.kind == "400":
            self._send(handler, 400, "text/html", b"<html><body>Bad Request</body></html>", {})
        elif fault.kind == "wrong-shape":
            crossref = service.startswith("crossref")
            body = b'{"status": "ok", "message": {"items": "not a list"}}' if crossref else b"<html>x</html>"
            content_type = "application/json" if crossref else "text/xml"
            self._send(handler, 200, content_type, body, {})
        elif fault.kind == "xml-bomb":
            bomb = (
                b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                b"<eSummaryResult><DocSum><Id>&lol3;</Id></DocSum></eSummaryResult>"
            )
            self._send(handler, 200, "text/xml", bomb, {})
        elif fault.kind == "bad-identifier":
            # A work whose DOI would end a BibTeX value and read a file.
            status, content_type, body, headers = self._answer_for_fault(handler, service)
            text = body.decode().replace('"DOI": "10.5555/', '"DOI": "10.5555/x}\\\\input{/etc/passwd}')
            text = text.replace('<Item Name="pmc" Type="String">PMC', '<Item Name="pmc" Type="String">PMCx')
            self._send(handler, status, content_type, text.encode(), headers)
        elif fault.kind == "dribble":
            # Headers at once, then a byte every fault.seconds: a read timeout never fires.
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", "100000")
            handler.end_headers()
            try:
                for _ in range(200):
                    handler.wfile.write(b" ")
                    handler.wfile.flush()
                    time.sleep(fault.seconds)
            except OSError:
                pass
            handler.close_connection = True
        elif fault.kind == "huge":
            size = int(fault.seconds * 2**20)
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(size))
            handler.end_headers()
            try:
                chunk = b" " * 2**20
                for _ in range(size // 2**20):
                    handler.wfile.write(chunk)
            except OSError:
                pass
            handler.close_connection = True
        elif fault.kind == "redirect-away":
            host, port = self._server.server_address[:2]
            self._send(handler, 302, "text/html", b"", {"Location": f"http://localhost:{port}{handler.path}"})
        elif fault.kind == "reset":
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            handler.connection.close()
            handler.close_connection = True
        return True

    def _answer_for_fault(self, handler: BaseHTTPRequestHandler, service: str) -> tuple[int, str, bytes, dict]:
        return self._answer(service, urlsplit(handler.path).path, parse_qs(urlsplit(handler.path).query))

    def _send(
        self, handler: BaseHTTPRequestHandler, status: int, content_type: str, body: bytes, headers: dict
    ) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)

    # ------------------------------------------------------------------ the services

    def _answer(self, service: str, path: str, params: dict[str, list[str]]) -> tuple[int, str, bytes, dict]:
        if service.startswith("crossref"):
            headers = {
                "x-api-pool": "polite" if "mailto" in params else "public",
                "x-rate-limit-limit": str(LIMITS[service][0]),
                "x-rate-limit-interval": "1s",
                "x-concurrency-limit": str(self.concurrency_advertised or LIMITS[service][1]),
            }
            if service == "crossref-single":
                return (*self._crossref_work(unquote(path[len("/crossref/works/") :])), headers)
            return (*self._crossref_search(params), headers)
        if path.endswith("ecitmatch.cgi"):
            return 200, "text/plain", self._ecitmatch(params).encode(), {}
        if path.endswith("esummary.fcgi"):
            return 200, "text/xml", self._esummary(params), {}
        if path.endswith("efetch.fcgi"):
            return 200, "text/xml", self._efetch(params), {}
        if path.endswith("esearch.fcgi"):
            return 200, "text/xml", self._esearch(params), {}
        return self._idconv(params)

    def _crossref_work(self, doi: str) -> tuple[int, str, bytes]:
        work = next((w for w in self.works if w.doi.lower() == doi.lower()), None)
        if work is None:
            return 404, "text/plain", NOT_FOUND_TEXT
        body = {"status": "ok", "message-type": "work", "message-version": "1.0.0", "message": work.crossref_item(1)}
        return 200, "application/json", json.dumps(body).encode()

    def _crossref_search(self, params: dict[str, list[str]]) -> tuple[int, str, bytes]:
        if params.get("filter"):
            return self._crossref_filter(params)
        query = set(re.findall(r"\w+", fold(params.get("query.bibliographic", [""])[0])))
        scored = []
        for work in self.works:
            words = set(re.findall(r"\w+", fold(f"{work.title} {' '.join(f for f, _ in work.authors[:3])}")))
            overlap = len(query & words)
            if overlap >= 3:
                scored.append((overlap * 1.7 + (0.01 if work.kind == "journal-article" else 0), work))
        scored.sort(key=lambda pair: -pair[0])
        rows = int(params.get("rows", ["20"])[0])
        body = copy.deepcopy(LIST_TEMPLATE)
        body["message"].update(
            {
                "total-results": len(scored),
                "items-per-page": rows,
                "query": {"start-index": 0, "search-terms": None},
                "items": [work.crossref_item(round(score, 3)) for score, work in scored[:rows]],
            }
        )
        return 200, "application/json", json.dumps(body).encode()

    def _crossref_filter(self, params: dict[str, list[str]]) -> tuple[int, str, bytes]:
        """/works?filter=doi:A,doi:B&select=…: the works with those DOIs, with the fields selected."""
        wanted = []
        for part in params["filter"][0].split(","):
            name, _, value = part.partition(":")
            if name != "doi":
                body = {
                    "status": "failed",
                    "message-type": "validation-failure",
                    "message": [
                        {
                            "type": "filter-not-available",
                            "value": name,
                            "message": f"Filter {name} specified but there is no such filter for this route.",
                        }
                    ],
                }
                return 400, "application/json", json.dumps(body).encode()
            wanted.append(value.lower())
        works = [w for w in self.works if w.doi.lower() in wanted]
        selected = [name for name in params.get("select", [""])[0].split(",") if name]
        items = []
        for work in works:
            item = work.crossref_item()
            items.append({name: item[name] for name in selected if name in item} if selected else item)
        body = copy.deepcopy(LIST_TEMPLATE)
        body["message"].update(
            {
                "total-results": len(items),
                "items-per-page": int(params.get("rows", ["20"])[0]),
                "query": {"start-index": 0, "search-terms": None},
                "items": items,
            }
        )
        body["message"].pop("facets", None)
        return 200, "application/json", json.dumps(body).encode()

    def _ecitmatch(self, params: dict[str, list[str]]) -> str:
        lines = []
        for line in params.get("bdata", [""])[0].split("\r"):
            parts = line.split("|")
            if len(parts) < 6:
                continue
            journal, year, volume, page, author, key = parts[:6]
            found = self.citmatch_override.get(key)
            if found is None:
                match = next(
                    (
                        w
                        for w in self.works
                        if w.pmid
                        and fold(w.citmatch_journal or w.journal) == journal
                        and (w.volume or "") == volume
                        and re.match(r"\w+", w.page or "") is not None
                        and re.match(r"\w+", w.page or "").group().lower() == page
                    ),
                    None,
                )
                found = match.pmid if match else "NOT_FOUND"
            lines.append(f"{journal}|{year}|{volume}|{page}|{author}|{key}|{found}")
        return "\n".join(lines) + "\n"

    def _esearch(self, params: dict[str, list[str]]) -> bytes:
        """PubMed's search for the terms citekit sends: '"10.x/y"[doi]', or title words [ti], the
        first author [1au] and the year [dp], ANDed. The answer has the recorded eSearchResult form."""
        term = params.get("term", [""])[0]
        doi = re.fullmatch(r'"?(10\.[^"\[]+)"?\[doi\]', term.strip())
        if doi:
            found = [w for w in self.works if w.pmid and w.doi.lower() == doi.group(1).lower()]
        else:
            fields: dict[str, list[str]] = defaultdict(list)
            for value, tag in re.findall(r"([^\[\]]+?)\[(\w+)\]", term):
                fields[tag].append(fold(value.replace("AND", " ").strip()))
            found = []
            for work in self.works:
                words = set(re.findall(r"\w+", fold(work.title)))
                first = fold(work.authors[0][0]) if work.authors else ""
                if (
                    work.pmid
                    and all(word in words for word in fields.get("ti", []))
                    and all(name == first for name in fields.get("1au", []))
                    and all(year == str(work.year) for year in fields.get("dp", []))
                ):
                    found.append(work)
        retmax = int(params.get("retmax", ["20"])[0])
        if not found:
            return (REAL / "ncbi" / "eutils" / "esearch_pubmed_phrase_not_found.xml").read_bytes()
        ids = "".join(f"<Id>{w.pmid}</Id>\n" for w in found[:retmax])
        return (
            '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eSearchResult PUBLIC '
            '"-//NLM//DTD esearch 20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">\n'
            f"<eSearchResult><Count>{len(found)}</Count><RetMax>{min(retmax, len(found))}</RetMax>"
            "<RetStart>0</RetStart>"
            f"<IdList>\n{ids}</IdList><TranslationSet/><QueryTranslation>{escape(term)}</QueryTranslation></eSearchResult>"
        ).encode()

    def _by_pmid(self, params: dict[str, list[str]]) -> list[Work]:
        ids = params.get("id", [""])[0].split(",")
        return [w for pmid in ids for w in self.works if w.pmid == pmid]

    def _esummary(self, params: dict[str, list[str]]) -> bytes:
        if not params.get("id", [""])[0]:
            return (REAL / "ncbi" / "eutils" / "esummary_error_no_id.xml").read_bytes()
        docs = []
        for work in self._by_pmid(params):
            authors = "".join(
                f'<Item Name="Author" Type="String">{escape(family)} {escape(given)}</Item>'
                for family, given in work.authors
            )
            ids = f'<Item Name="pubmed" Type="String">{work.pmid}</Item>'
            if work.doi:
                ids += f'<Item Name="doi" Type="String">{escape(work.doi)}</Item>'
            docs.append(
                f"<DocSum>\n\t<Id>{work.pmid}</Id>\n"
                f'\t<Item Name="PubDate" Type="Date">{work.year} Mar</Item>\n'
                f'\t<Item Name="EPubDate" Type="Date"></Item>\n'
                f'\t<Item Name="Source" Type="String">{escape(work.journal)}</Item>\n'
                f'\t<Item Name="AuthorList" Type="List">{authors}</Item>\n'
                f'\t<Item Name="Title" Type="String">{escape(work.title)}.</Item>\n'
                f'\t<Item Name="Volume" Type="String">{escape(work.volume or "")}</Item>\n'
                f'\t<Item Name="Issue" Type="String">{escape(work.issue or "")}</Item>\n'
                f'\t<Item Name="Pages" Type="String">{escape(work.page or "")}</Item>\n'
                f'\t<Item Name="ArticleIds" Type="List">{ids}</Item>\n'
                f'\t<Item Name="FullJournalName" Type="String">{escape(work.journal)}</Item>\n'
                "</DocSum>"
            )
        header = (
            '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eSummaryResult PUBLIC "-//NLM//DTD esummary v1 '
            '20041029//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20041029/esummary-v1.dtd">\n'
        )
        return (header + "<eSummaryResult>\n" + "\n".join(docs) + "\n</eSummaryResult>\n").encode()

    def _efetch(self, params: dict[str, list[str]]) -> bytes:
        articles = []
        for work in self._by_pmid(params):
            abstract = (
                f'<Abstract><AbstractText Label="BACKGROUND">{escape(work.abstract)}</AbstractText></Abstract>'
                if work.abstract
                else ""
            )
            mesh = "".join(
                f'<MeshHeading><DescriptorName UI="D0" MajorTopicYN="N">{escape(m)}</DescriptorName></MeshHeading>'
                for m in work.mesh
            )
            types = "".join(
                f'<PublicationType UI="D0">{escape(kind)}</PublicationType>' for kind in work.publication_types
            )
            comments = "".join(
                f'<CommentsCorrections RefType="{kind}"><RefSource>{escape(source)}</RefSource>'
                + (f'<PMID Version="1">{pmid}</PMID>' if pmid else "")
                + "</CommentsCorrections>"
                for kind, source, pmid in work.comments
            )
            articles.append(
                f'<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{work.pmid}</PMID>'
                f'<Article PubModel="Print"><ArticleTitle>{escape(work.title)}.</ArticleTitle>{abstract}'
                f"<PublicationTypeList>{types}</PublicationTypeList></Article>"
                + (f"<CommentsCorrectionsList>{comments}</CommentsCorrectionsList>" if comments else "")
                + f"<MeshHeadingList>{mesh}</MeshHeadingList></MedlineCitation>"
                f'<PubmedData><ArticleIdList><ArticleId IdType="pubmed">{work.pmid}</ArticleId></ArticleIdList>'
                f"</PubmedData></PubmedArticle>"
            )
        return ('<?xml version="1.0" ?>\n<PubmedArticleSet>' + "".join(articles) + "</PubmedArticleSet>\n").encode()

    def _idconv(self, params: dict[str, list[str]]) -> tuple[int, str, bytes, dict]:
        ids = params.get("ids", [""])[0].split(",")
        if params.get("idtype", [""])[0] != "pmid" and not all(i.isdigit() for i in ids):
            error = {
                "status": "error",
                "http_status": "400",
                "http_status_reason": "Bad Request",
                "errors": [{"message": "All values of query param `ids` must be PubMed IDs.", "code": "invalid_pmids"}],
            }
            return 400, "application/json", json.dumps(error).encode(), {}
        records = []
        for pmid in ids:
            work = next((w for w in self.works if w.pmid == pmid), None)
            if work is None:
                records.append({"requested-id": pmid, "status": "error", "errmsg": "Identifier not found in PMC"})
            elif work.pmcid:
                records.append({"doi": work.doi, "pmcid": work.pmcid, "pmid": int(pmid), "requested-id": pmid})
            else:
                records.append({"pmid": pmid, "requested-id": pmid})
        body = {"status": "ok", "response-date": "2026-11-23 12:00:00", "request": {"ids": ids}, "records": records}
        return 200, "application/json", json.dumps(body).encode(), {}


def world_from_chapter(references: list, with_decoys: bool = True) -> list[Work]:
    """A fake world where each chapter reference exists: DOIs on Crossref's test prefix 10.5555,
    PMIDs for references linked to PubMed, PMCIDs for those linked to PubMed Central."""
    works = []
    seen = set()
    for number, reference in enumerate(references):
        if reference.type != "article-journal" or not reference.title:
            continue
        # A paper the chapter lists twice is still one paper, with one DOI and one PMID.
        identity = (reference.title, reference.year, reference.container_title, reference.volume, reference.pages)
        if identity in seen:
            continue
        seen.add(identity)
        key = re.sub(r"[^a-z0-9]", "", fold(reference.authors[0].family)) + str(reference.year) + str(number)
        works.append(
            Work(
                doi=f"10.5555/{key}",
                title=reference.title,
                authors=[(a.family, a.given or "") for a in reference.authors],
                journal=reference.container_title or "Unknown",
                year=reference.year,
                volume=reference.volume,
                issue=reference.issue,
                page=(reference.pages or "").replace("–", "-") or None,
                pmid=str(30_000_000 + number) if "PubMed" in reference.links else None,
                pmcid=f"PMC{7_000_000 + number}" if "PubMed Central" in reference.links else None,
                abstract=f"An abstract about {reference.title.lower()}.",
                mesh=["Humans", "Neoplasm Metastasis"],
            )
        )
    if with_decoys:
        works.extend(decoys())
    return works


ACETO_TITLE = "Circulating tumor cell clusters are oligoclonal precursors of breast cancer metastasis"
ACETO_AUTHORS = [("Aceto", "Nicola"), ("Bardia", "Aditya"), ("Miyamoto", "David T."), ("Donaldson", "Maria C.")]


def decoys() -> list[Work]:
    """Works that look like chapter references but are not them."""
    return [
        # A correction notice with the article's own title (Crossref marks it with update-to).
        Work(
            "10.5555/correction.aceto",
            ACETO_TITLE,
            ACETO_AUTHORS,
            "Cell",
            2014,
            "159",
            "2",
            "447",
            update_to="10.5555/aceto20142",
        ),
        # The preprint of the same paper.
        Work("10.1101/2013.aceto", ACETO_TITLE, ACETO_AUTHORS, "bioRxiv", 2014, kind="posted-content"),
        # A near-miss title by other authors.
        Work(
            "10.5555/nearmiss",
            "Circulating tumor cell clusters are oligoclonal precursors of lung cancer metastasis",
            [("Smith", "J"), ("Jones", "K")],
            "Lung Cancer",
            2016,
            "12",
            "3",
            "100-110",
        ),
    ]
