"""One polite HTTP client for the web services: limits, retries, timeouts, cache.

Retries are written here rather than left to urllib3's Retry because every attempt, the retries
included, must pass the same per-host rate limiter: a retry that skipped it would be the very
burst that earns the next 429.
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

import requests

from citekit.errors import CitekitError

RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 120.0


class EnrichError(CitekitError):
    """A web service problem that stops the run (too many failures, a bad base URL)."""


class RequestFailed(Exception):
    """One request that failed after its retries; the record is marked 'failed', the run goes on."""


@dataclass(slots=True)
class Response:
    status: int
    body: bytes
    content_type: str
    from_cache: bool = False

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class Cache(Protocol):
    def get(self, key: str) -> Response | None: ...

    def put(self, key: str, url: str, response: Response) -> None: ...


class SlidingWindowLimiter:
    """At most ``limit`` request starts in any ``interval`` seconds, and at most ``concurrency`` at once.

    A sliding window, not a token bucket: a bucket of capacity one lets limit + 1 requests into a
    one-second window, which a server counting the same way answers with 429.
    """

    def __init__(self, limit: int, interval: float, concurrency: int, margin: float = 0.03) -> None:
        self._lock = threading.Lock()
        self._starts: deque[float] = deque()
        self.limit, self.interval, self.margin = limit, interval, margin
        self._slots = threading.BoundedSemaphore(max(1, concurrency))
        self.concurrency = max(1, concurrency)

    def update(self, limit: int | None, interval: float | None, concurrency: int | None) -> None:
        """Follow what the server advertises (Crossref's x-rate-limit-* and x-concurrency-limit)."""
        with self._lock:
            if limit:
                self.limit = limit
            if interval:
                self.interval = interval
            if concurrency and concurrency != self.concurrency:
                # Never more at once than the server allows; growing takes effect on a new limiter.
                if concurrency < self.concurrency:
                    for _ in range(self.concurrency - concurrency):
                        self._slots.acquire()
                    self.concurrency = concurrency

    def acquire(self) -> None:
        self._slots.acquire()
        while True:
            with self._lock:
                now = time.monotonic()
                window = self.interval * (1 + self.margin)
                while self._starts and now - self._starts[0] >= window:
                    self._starts.popleft()
                if len(self._starts) < self.limit:
                    self._starts.append(now)
                    return
                wait = window - (now - self._starts[0])
            time.sleep(max(wait, 0.001))

    def release(self) -> None:
        self._slots.release()


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


@dataclass(slots=True)
class HttpClient:
    """Requests to the services, each through its host's limiter, the cache and the retry loop."""

    user_agent: str
    cache: Cache | None = None
    timeout: float = 20.0
    max_attempts: int = 5
    backoff: float = 0.5
    max_failure_rate: float = 0.10
    min_requests_for_stop: int = 20
    sleep: Callable[[float], None] = time.sleep
    limiters: dict[str, SlidingWindowLimiter] = field(default_factory=dict)
    stats: Stats = field(default_factory=Stats)
    _session: requests.Session = field(default_factory=requests.Session)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._session.headers["User-Agent"] = self.user_agent
        adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=8, max_retries=0)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    def close(self) -> None:
        self._session.close()

    def get(
        self,
        url: str,
        params: dict[str, str] | None = None,
        limiter: str = "default",
        data: dict[str, str] | None = None,
        check: Callable[[Response], object] | None = None,
    ) -> Response:
        """The response for a request: from the cache, or from the service within its limits.

        ``check`` raises ValueError for a body that cannot be right (truncated JSON sent with 200):
        such an answer is retried like a 5xx and never cached. Raises RequestFailed when the request
        still fails after its retries; EnrichError when so many have failed that going on would only
        hammer a service that is not answering.
        """
        # Through the session, so that its User-Agent (with the contact address) is sent.
        prepared = self._session.prepare_request(
            requests.Request("POST" if data else "GET", url, params=params, data=data)
        )
        key = hashlib.sha256(f"{prepared.method} {prepared.url} {prepared.body or ''}".encode()).hexdigest()
        if self.cache is not None:
            cached = self.cache.get(key)
            if cached is not None:
                with self._lock:
                    self.stats.cache_hits += 1
                return cached
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
            if limiter is not None:
                limiter.acquire()
            try:
                with self._lock:
                    self.stats.requests += 1
                raw = self._session.send(prepared, timeout=self.timeout)
                body = raw.content
            except (requests.Timeout, requests.ConnectionError) as error:
                last_problem = type(error).__name__
                retry_after = None
            else:
                if limiter is not None:
                    limiter.update(*_advertised_limits(raw.headers))
                retry_after = _retry_after(raw.headers.get("Retry-After"))
                if raw.status_code not in RETRY_STATUSES:
                    response = Response(raw.status_code, body, raw.headers.get("content-type", ""))
                    try:
                        if check is not None and raw.status_code == 200:
                            check(response)
                        return response
                    except ValueError as error:
                        last_problem = f"unreadable answer ({error})"
                else:
                    last_problem = f"HTTP {raw.status_code}"
                if raw.status_code == 429:
                    with self._lock:
                        self.stats.throttled += 1
            finally:
                if limiter is not None:
                    limiter.release()
            if attempt == self.max_attempts:
                break
            with self._lock:
                self.stats.retries += 1
            delay = retry_after if retry_after is not None else self.backoff * 2 ** (attempt - 1)
            self.sleep(min(delay, MAX_RETRY_AFTER) + random.uniform(0, self.backoff / 2))
        self._count_failure(prepared.url or "")
        raise RequestFailed(f"{last_problem} from {_host(prepared.url or '')} after {self.max_attempts} attempts")

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


def _host(url: str) -> str:
    return requests.utils.urlparse(url).netloc or url


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
