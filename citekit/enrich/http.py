"""One polite HTTP client for the web services: limits, retries, deadlines, size caps, cache.

Retries are written here rather than left to urllib3's Retry because every attempt, the retries
included, must pass the same per-host rate limiter: a retry that skipped it would be the very
burst that earns the next 429.

Nothing a service sends is trusted: an answer is cached only after it has parsed and had the
expected shape (the caller's ``check``); it must arrive whole within a deadline and a size cap;
a redirect to another host is refused. Every wait (a back-off, a full rate window) ends at once
when the run is cancelled, so Ctrl-C is never kept waiting.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from citekit.errors import CitekitError

RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 120.0
MAX_BYTES = 16 * 2**20  # no answer citekit asks for comes near this
MAX_REDIRECTS = 3


class EnrichError(CitekitError):
    """A web service problem that stops the run (too many failures, a bad base URL)."""


class RequestFailed(Exception):
    """One request that failed after its retries; the record is marked 'failed', the run goes on."""


class Cancelled(Exception):
    """The run was cancelled (Ctrl-C) while this request waited or was under way."""


@dataclass(slots=True)
class Response:
    status: int
    body: bytes
    content_type: str
    from_cache: bool = False

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class Cache(Protocol):
    def get(self, key: str, max_age: float | None = None) -> Response | None: ...

    def put(self, key: str, url: str, response: Response) -> None: ...

    def forget(self, key: str) -> None: ...


class SlidingWindowLimiter:
    """At most ``limit`` requests in any ``interval`` seconds, and at most ``concurrency`` at once.

    The server counts a request when it arrives, which the client cannot see: a start delayed in
    transit or by a busy machine (client or server) puts limit + 1 arrivals in a window counted from
    the starts, whatever margin is kept. So a request counts from its start until ``interval`` after
    its answer came back, a time by which the server has surely seen it: a new start needs fewer than
    ``limit`` requests in flight or answered within the interval, and then any two arrivals ``limit``
    apart are at least ``interval`` apart. It costs the answer's latency on each window. One condition
    guards both counts, so a lower limit advertised by the server takes effect without anyone holding
    a slot while waiting for another.
    """

    def __init__(self, limit: int, interval: float, concurrency: int) -> None:
        self._condition = threading.Condition()
        self._answered: deque[float] = deque()  # when each recent request's answer came back, oldest first
        self._active = 0
        self.limit, self.interval = limit, interval
        self.concurrency = max(1, concurrency)

    def update(self, limit: int | None, interval: float | None, concurrency: int | None) -> None:
        """Follow what the server advertises (Crossref's x-rate-limit-* and x-concurrency-limit),
        never above the published limits this limiter started with."""
        with self._condition:
            if limit and limit < self.limit:
                self.limit = limit
            if interval and interval > self.interval:
                self.interval = interval
            if concurrency and concurrency < self.concurrency:
                self.concurrency = concurrency
            self._condition.notify_all()

    def acquire(self, cancelled: threading.Event | None = None) -> None:
        with self._condition:
            while True:
                if cancelled is not None and cancelled.is_set():
                    raise Cancelled()
                now = time.monotonic()
                while self._answered and now - self._answered[0] >= self.interval:
                    self._answered.popleft()
                if self._active < self.concurrency and self._active + len(self._answered) < self.limit:
                    self._active += 1
                    return
                # Woken by a release; otherwise when the oldest answer leaves the window.
                wait = self.interval - (now - self._answered[0]) if self._answered else 0.25
                self._condition.wait(timeout=min(max(wait, 0.001), 0.25))

    def release(self) -> None:
        with self._condition:
            self._active -= 1
            self._answered.append(time.monotonic())
            self._condition.notify_all()


@dataclass(slots=True)
class Stats:
    calls: int = 0  # requests asked for that the cache could not answer
    requests: int = 0  # attempts sent over the network, retries included
    cache_hits: int = 0
    failures: int = 0  # calls that failed after all their retries
    retries: int = 0
    throttled: int = 0  # 429 answers received

    def failure_rate(self) -> float:
        return self.failures / self.calls if self.calls else 0.0


class _Refused(Exception):
    """An answer not worth retrying: too large, redirected elsewhere, a client error."""


@dataclass(slots=True)
class HttpClient:
    """Requests to the services, each through its host's limiter, the cache and the retry loop."""

    user_agent: str
    cache: Cache | None = None
    timeout: float = 20.0  # seconds for the whole of one attempt, not only for each read
    max_attempts: int = 5
    backoff: float = 0.5
    max_failure_rate: float = 0.10
    min_requests_for_stop: int = 20
    max_bytes: int = MAX_BYTES
    limiters: dict[str, SlidingWindowLimiter] = field(default_factory=dict)
    stats: Stats = field(default_factory=Stats)
    cancelled: threading.Event = field(default_factory=threading.Event)
    _session: requests.Session = field(default_factory=requests.Session)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._session.headers["User-Agent"] = self.user_agent
        adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=8, max_retries=0)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    def close(self) -> None:
        self._session.close()

    def cancel(self) -> None:
        """Stop: every wait ends now, and no further request is sent."""
        self.cancelled.set()

    def get(
        self,
        url: str,
        params: dict[str, str] | None = None,
        limiter: str = "default",
        data: dict[str, str] | None = None,
        check: Callable[[Response], object] | None = None,
        max_age: float | None = None,
    ) -> Response:
        """The response for a request: from the cache, or from the service within its limits.

        ``check`` raises ValueError for an answer that cannot be right (not JSON, the wrong shape,
        an identifier that is not one): such an answer is retried like a 5xx and never cached.
        Raises RequestFailed when the request still fails after its retries; EnrichError when so
        many have failed that going on would only hammer a service that is not answering. A cached
        answer older than ``max_age`` seconds is asked again (a retraction status goes stale).
        """
        # Through the session, so that its User-Agent (with the contact address) is sent.
        prepared = self._session.prepare_request(
            requests.Request("POST" if data else "GET", url, params=params, data=data)
        )
        key = hashlib.sha256(f"{prepared.method} {prepared.url} {prepared.body or ''}".encode()).hexdigest()
        if self.cache is not None:
            cached = self.cache.get(key, max_age) if max_age is not None else self.cache.get(key)
            if cached is not None:
                if _passes(cached, check):
                    with self._lock:
                        self.stats.cache_hits += 1
                    return cached
                self.cache.forget(key)  # written by an older citekit that cached anything
        with self._lock:
            self.stats.calls += 1
        response = self._send(prepared, self.limiters.get(limiter), check)
        if self.cache is not None and response.status in (200, 404):
            self.cache.put(key, prepared.url or url, response)
        return response

    def _send(
        self,
        prepared: requests.PreparedRequest,
        limiter: SlidingWindowLimiter | None,
        check: Callable[[Response], object] | None,
    ) -> Response:
        last_problem = ""
        for attempt in range(1, self.max_attempts + 1):
            if self.cancelled.is_set():
                raise Cancelled()
            retry_after = None
            if limiter is not None:
                limiter.acquire(self.cancelled)
            try:
                with self._lock:
                    self.stats.requests += 1
                status, headers, body = self._fetch(prepared)
            except (requests.RequestException, urllib3.exceptions.HTTPError) as error:
                last_problem = type(error).__name__
            except _Refused as refusal:
                last_problem = str(refusal)
                break
            else:
                if limiter is not None:
                    limiter.update(*_advertised_limits(headers))
                retry_after = _retry_after(headers.get("Retry-After"))
                response = Response(status, body, headers.get("content-type", ""))
                if status == 429:
                    with self._lock:
                        self.stats.throttled += 1
                if status in RETRY_STATUSES:
                    last_problem = f"HTTP {status}"
                elif status not in (200, 404):
                    last_problem = f"HTTP {status}"  # another client error: asking again changes nothing
                    break
                elif _passes(response, check):
                    return response
                else:
                    last_problem = f"unreadable answer ({_why(response, check)})"
            finally:
                if limiter is not None:
                    limiter.release()
            if attempt == self.max_attempts:
                break
            with self._lock:
                self.stats.retries += 1
            delay = retry_after if retry_after is not None else self.backoff * 2 ** (attempt - 1)
            if self.cancelled.wait(min(delay, MAX_RETRY_AFTER) + random.uniform(0, self.backoff / 2)):
                raise Cancelled()
        self._count_failure(prepared.url or "")
        raise RequestFailed(f"{last_problem} from {_host(prepared.url or '')}")

    def _fetch(self, prepared: requests.PreparedRequest) -> tuple[int, requests.structures.CaseInsensitiveDict, bytes]:
        """One attempt: the whole answer within ``timeout`` seconds and ``max_bytes``, redirects
        followed only within the same host."""
        deadline = time.monotonic() + self.timeout
        request = prepared
        for _ in range(MAX_REDIRECTS + 1):
            raw = self._session.send(request, timeout=self.timeout, stream=True, allow_redirects=False)
            try:
                if raw.is_redirect:
                    target = urljoin(request.url or "", raw.headers.get("location", ""))
                    if urlsplit(target).netloc != urlsplit(request.url or "").netloc:
                        raise _Refused(f"redirect to another host ({urlsplit(target).netloc}) refused")
                    request = request.copy()
                    request.prepare_url(target, None)
                    continue
                chunks, size = [], 0
                while True:
                    # read1: whatever one receive brings, so that a server sending a byte at a time
                    # meets the deadline here instead of keeping a full read waiting.
                    chunk = raw.raw.read1(65536, decode_content=True)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise _Refused(f"answer larger than {self.max_bytes // 2**20} MB")
                    if time.monotonic() > deadline:
                        raise requests.Timeout(f"answer not complete within {self.timeout:g} s")
                    chunks.append(chunk)
                    if self.cancelled.is_set():
                        raise Cancelled()
                return raw.status_code, raw.headers, b"".join(chunks)
            finally:
                raw.close()
        raise _Refused("too many redirects")

    def _count_failure(self, url: str) -> None:
        with self._lock:
            self.stats.failures += 1
            stop = self.stats.calls >= self.min_requests_for_stop and self.stats.failure_rate() > self.max_failure_rate
        if stop:
            raise EnrichError(
                f"stopping: {self.stats.failures} of {self.stats.calls} requests failed "
                f"(more than {self.max_failure_rate:.0%}; last from {_host(url)}); "
                "what was found so far is saved, run again later to resume"
            )


def _passes(response: Response, check: Callable[[Response], object] | None) -> bool:
    return _why(response, check) is None


def _why(response: Response, check: Callable[[Response], object] | None) -> str | None:
    """Why an answer cannot be used, or None. A 404 needs no body of any shape."""
    if check is None or response.status != 200:
        return None
    try:
        check(response)
    except ValueError as error:
        return str(error) or type(error).__name__
    return None


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, IndexError):
        return None


def _advertised_limits(headers: requests.structures.CaseInsensitiveDict) -> tuple[int | None, float | None, int | None]:
    def number(name: str) -> int | None:
        value = headers.get(name)
        return int(value) if value and value.isdigit() else None

    interval = headers.get("x-rate-limit-interval")
    seconds = float(interval.rstrip("s")) if interval and interval.rstrip("s").replace(".", "").isdigit() else None
    return number("x-rate-limit-limit"), seconds, number("x-concurrency-limit")
