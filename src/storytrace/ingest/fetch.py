"""Fetch web pages politely and safely.

    URL --Fetcher.fetch--> Page | Rejected

A :class:`Fetcher` downloads one URL at a time with an httpx client. It follows redirects itself,
so that every hop is checked against the scheme rules, robots.txt and the size cap; it spaces
requests to the same host, retries transient failures, and never decodes the body (bytes stay
bytes; only the ``Content-Encoding`` is undone, and the decoded size counts against the cap).

Every problem, network or HTTP, becomes a :class:`~storytrace.model.Rejected` whose detail is one
sentence naming the URL; :meth:`Fetcher.fetch` does not raise for them.

Stable API: :class:`FetchOptions` (its field names and defaults) and :class:`Fetcher`
(``fetch``, ``close``, use as a context manager). A Fetcher is not thread-safe: use one per thread.
"""

from __future__ import annotations

import logging
import math
import re
import socket
import ssl
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import TypeVar

import httpx

from storytrace import __version__
from storytrace.errors import ConfigError, FetchError
from storytrace.model import Page, Rejected, Source, reject

__all__ = ["USER_AGENT", "FetchOptions", "Fetcher"]

logger = logging.getLogger(__name__)

#: The User-Agent sent by default; its first word, ``storytrace``, is the robots.txt token.
USER_AGENT = f"storytrace/{__version__} (+https://github.com/storytrace/storytrace)"

#: RFC 9309 §2.5: crawlers must parse at least 500 KiB of robots.txt; we read no more than this.
ROBOTS_MAX_BYTES = 512_000

#: RFC 9309 §2.3.1.2: follow at least five redirects for robots.txt, then treat it as missing.
ROBOTS_MAX_REDIRECTS = 5

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_SCHEMES = frozenset({"http", "https"})
_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
# Only the deflate family: its worst ratio is about 1:1032, which bounds the memory that one
# network chunk can expand to before the decoded byte count is checked (see _read_body).
_ACCEPT_ENCODING = "gzip, deflate"
_SHOWN_URL_CHARS = 200
_LOCATION = "X-Storytrace-Location"
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.-]*):")
_CRAWL_DELAY_LINE = re.compile(r"^\s*crawl-delay\s*:\s*(\d+(?:\.\d*)?|\.\d+)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchOptions:
    """How a :class:`Fetcher` talks to web servers.

    Attributes:
        timeout: seconds allowed for each phase of one request (connect, each read, write).
        max_duration: seconds allowed for one whole response, first byte to last, so that a
            server dripping one byte at a time cannot hold the fetcher forever.
        max_bytes: the largest body accepted, counted after ``Content-Encoding`` is undone.
        max_redirects: redirects followed before giving up.
        per_host_delay: seconds between the end of one request and the start of the next to the
            same host.
        max_crawl_delay: the largest robots.txt ``Crawl-delay`` honoured, in seconds.
        user_agent: the User-Agent header; its first word is the robots.txt token.
        respect_robots: check robots.txt before each request (including redirect hops).
        retries: extra attempts after a connection error, HTTP 429 or HTTP 5xx.
        retry_backoff: seconds before the first retry, doubled for each later one.
        max_retry_wait: the longest ``Retry-After`` honoured; a server asking for more is not
            retried.
    """

    timeout: float = 20.0
    max_duration: float = 120.0
    max_bytes: int = 20_000_000
    max_redirects: int = 5
    per_host_delay: float = 1.0
    max_crawl_delay: float = 30.0
    user_agent: str = USER_AGENT
    respect_robots: bool = True
    retries: int = 1
    retry_backoff: float = 1.0
    max_retry_wait: float = 30.0

    def __post_init__(self) -> None:
        for name in ("timeout", "max_duration"):
            if not getattr(self, name) > 0:
                raise ConfigError(f"FetchOptions.{name} must be a positive number of seconds")
        for name in ("per_host_delay", "max_crawl_delay", "retry_backoff", "max_retry_wait"):
            if not getattr(self, name) >= 0:
                raise ConfigError(f"FetchOptions.{name} must be zero or more seconds")
        for name in ("max_bytes", "max_redirects", "retries"):
            if getattr(self, name) < 0:
                raise ConfigError(f"FetchOptions.{name} must be zero or more")
        if not self.user_agent.strip() or not self.user_agent.isascii():
            raise ConfigError("FetchOptions.user_agent must be a non-empty ASCII string")


@dataclass(frozen=True, slots=True, kw_only=True)
class _Reply:
    """What one GET returned: the body is read only for 2xx answers."""

    url: httpx.URL
    status: int
    headers: httpx.Headers
    body: bytes = b""
    oversized: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class _Robots:
    """What robots.txt of one origin says: rules, or a reason every URL is refused."""

    parser: urllib.robotparser.RobotFileParser | None = None
    refusal: str | None = None
    crawl_delay: float = 0.0


_ALLOW_ALL = _Robots()
_E = TypeVar("_E", bound=BaseException)


class Fetcher:
    """Fetch URLs into :class:`~storytrace.model.Page` records, politely.

    Args:
        options: limits, politeness and identity; see :class:`FetchOptions`.
        transport: an httpx transport to use instead of the network (``httpx.MockTransport``
            in tests). With a transport, proxy settings from the environment are ignored.
        clock: monotonic seconds, used for per-host spacing and the response deadline.
        sleep: waits a number of seconds; injected so tests need not wait.
    """

    def __init__(
        self,
        options: FetchOptions = FetchOptions(),  # frozen, so one shared default is safe
        *,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.options = options
        self._clock = clock
        self._sleep = sleep
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(options.timeout),
            follow_redirects=False,
            headers={
                "User-Agent": options.user_agent,
                "Accept": _ACCEPT,
                "Accept-Encoding": _ACCEPT_ENCODING,
            },
            event_hooks={"response": [_set_location_aside]},
        )
        self._robots: dict[tuple[str, str, int], _Robots] = {}
        self._last_request: dict[str, float] = {}
        self._crawl_delay: dict[str, float] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections the fetcher holds open."""
        self._client.close()

    def fetch(self, url: str) -> Page | Rejected:
        """Download ``url`` and return its bytes as a page.

        Args:
            url: an absolute http or https URL.

        Returns:
            A :class:`~storytrace.model.Page` with ``source.location`` = ``url``, ``url`` = the
            final URL after redirects, the response ``Content-Type`` and the UTC fetch time; or a
            :class:`~storytrace.model.Rejected` with reason ``unsupported`` (not http or https),
            ``robots_disallowed``, ``oversized``, ``truncated``, ``corrupt`` (bad compressed
            stream) or ``fetch_failed`` (network error, timeout, HTTP error status, too many
            redirects).
        """
        source = Source(kind="url", location=url)
        try:
            reply = self._follow(url)
        except FetchError as error:
            logger.debug("not fetched: %s", error.detail)
            return reject(source, error.reason, error.detail)
        return Page(
            source=source,
            body=reply.body,
            url=str(reply.url),
            content_type=reply.headers.get("Content-Type"),
            fetched_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        )

    # -- redirects -------------------------------------------------------------------------

    def _follow(self, url: str) -> _Reply:
        """GET ``url``, following redirects one checked hop at a time."""
        target = _parse_url(url)
        for _ in range(self.options.max_redirects + 1):
            self._check_robots(target, url)
            reply = self._get(target, limit=self.options.max_bytes)
            if reply.status not in _REDIRECT_STATUSES or _LOCATION not in reply.headers:
                return self._accept(reply, url)
            target = _redirect_target(reply, url)
        raise FetchError(
            "fetch_failed",
            f"{_show(url)} redirected more than {self.options.max_redirects} times.",
        )

    def _accept(self, reply: _Reply, requested: str) -> _Reply:
        """Return a 2xx reply within the size cap; refuse anything else."""
        where = _where(reply.url, requested)
        if not 200 <= reply.status < 300:
            retry_after = _retry_after(reply.headers) if reply.status in (429, 503) else None
            later = "" if retry_after is None else f" (it asks to retry after {retry_after:.0f} s)"
            raise FetchError("fetch_failed", f"{_status_text(reply.status)} from {where}{later}.")
        if reply.oversized:
            raise FetchError(
                "oversized",
                f"{where} sent more than {self.options.max_bytes:,} bytes (the size cap).",
            )
        return reply

    # -- robots.txt ------------------------------------------------------------------------

    def _check_robots(self, target: httpx.URL, requested: str) -> None:
        """Raise ``robots_disallowed`` if robots.txt of ``target``'s origin forbids it."""
        if not self.options.respect_robots:
            return
        try:
            robots = self._robots_for(target)
        except FetchError as error:
            raise FetchError(  # even "corrupt": it is robots.txt that is, not the page
                "fetch_failed",
                f"{_where(target, requested)} was not fetched because its robots.txt could not "
                f"be: {error.detail}",
            ) from error
        if robots.refusal is not None:
            raise FetchError(
                "robots_disallowed", f"{robots.refusal} ({_where(target, requested)})."
            )
        if robots.parser is not None and not _robots_allow(
            robots.parser, self.options.user_agent, target
        ):
            raise FetchError(
                "robots_disallowed",
                f"robots.txt of {_origin_text(target)} disallows {_where(target, requested)}.",
            )

    def _robots_for(self, target: httpx.URL) -> _Robots:
        """The robots.txt rules of ``target``'s origin, fetched once and cached."""
        origin = (target.scheme, _host(target), _port(target))
        robots = self._robots.get(origin)
        if robots is None:
            robots = self._load_robots(target.join("/robots.txt"))
            self._robots[origin] = robots
            delay = min(robots.crawl_delay, self.options.max_crawl_delay)
            self._crawl_delay[_host(target)] = max(self._crawl_delay.get(_host(target), 0.0), delay)
        return robots

    def _load_robots(self, robots_url: httpx.URL) -> _Robots:
        """Fetch and read one robots.txt, following up to five redirects.

        A network error or timeout raises :class:`FetchError` and is not cached: RFC 9309 would
        have us assume "disallow all", and so we do not fetch the page, but the site has said
        nothing, so the user is told the network failed and a later call tries again.
        """
        for _ in range(ROBOTS_MAX_REDIRECTS + 1):
            reply = self._get(robots_url, limit=ROBOTS_MAX_BYTES, truncate=True)
            if reply.status not in _REDIRECT_STATUSES or _LOCATION not in reply.headers:
                return _read_robots(reply, self.options.user_agent)
            try:
                robots_url = _redirect_target(reply, str(robots_url))
            except FetchError:
                return _ALLOW_ALL  # a redirect off the web: no robots.txt to obey
        return _ALLOW_ALL  # RFC 9309 §2.3.1.2: past five redirects, robots.txt is unavailable

    # -- one request -----------------------------------------------------------------------

    def _get(self, target: httpx.URL, *, limit: int, truncate: bool = False) -> _Reply:
        """One GET of ``target``, retried on connection errors, HTTP 429 and 5xx."""
        wait = 0.0
        for attempt in range(self.options.retries + 1):
            last = attempt == self.options.retries
            self._wait_turn(_host(target), at_least=wait)
            try:
                reply = self._send(target, limit=limit, truncate=truncate)
            except httpx.HTTPError as error:
                if last or not _is_retryable(error):
                    raise _describe(error, target, self.options) from error
                logger.debug("retrying %s after %s", _show(target), type(error).__name__)
                wait = self._backoff(attempt)
                continue
            if last or not _is_retryable_status(reply.status):
                return reply
            retry_after = _retry_after(reply.headers)
            if retry_after is not None and retry_after > self.options.max_retry_wait:
                return reply
            wait = max(self._backoff(attempt), retry_after or 0.0)
            logger.debug("retrying %s after HTTP %d", _show(target), reply.status)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _backoff(self, attempt: int) -> float:
        """Seconds before retry number ``attempt + 1``: doubling, capped at max_retry_wait."""
        return min(self.options.retry_backoff * 2.0**attempt, self.options.max_retry_wait)

    def _send(self, target: httpx.URL, *, limit: int, truncate: bool) -> _Reply:
        """Send one GET; read the body of a 2xx answer, at most ``limit`` decoded bytes."""
        request = self._client.build_request("GET", target)
        try:
            response = self._client.send(request, stream=True)
            try:
                if not 200 <= response.status_code < 300:
                    return _Reply(url=target, status=response.status_code, headers=response.headers)
                body, oversized = self._read_body(response, limit, truncate=truncate)
                return _Reply(
                    url=target,
                    status=response.status_code,
                    headers=response.headers,
                    body=body,
                    oversized=oversized,
                )
            finally:
                response.close()
        finally:
            self._last_request[_host(target)] = self._clock()

    def _read_body(
        self, response: httpx.Response, limit: int, *, truncate: bool
    ) -> tuple[bytes, bool]:
        """Read at most ``limit`` decoded bytes; the flag says the body was longer.

        Unless ``truncate`` asks for the first ``limit`` bytes of a longer body, a declared
        ``Content-Length`` over the limit stops before reading anything. The decoded bytes are
        counted chunk by chunk, which also stops a decompression bomb.
        """
        declared = _content_length(response.headers)
        if not truncate and declared is not None and declared > limit:
            return b"", True
        deadline = self._clock() + self.options.max_duration
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                return b"".join(chunks)[:limit], True
            if self._clock() > deadline:
                raise _SlowBody(f"{self.options.max_duration:g} s")
        return b"".join(chunks), False

    def _wait_turn(self, host: str, *, at_least: float = 0.0) -> None:
        """Sleep until ``host`` may be asked again, and at least ``at_least`` seconds."""
        now = self._clock()
        delay = max(self.options.per_host_delay, self._crawl_delay.get(host, 0.0))
        previous = self._last_request.get(host)
        ready = now + at_least if previous is None else max(previous + delay, now + at_least)
        if ready > now:
            self._sleep(ready - now)


def _set_location_aside(response: httpx.Response) -> None:
    """Move ``Location`` aside so that httpx does not parse it; the fetcher does.

    Even with ``follow_redirects=False`` httpx builds ``response.next_request`` from the
    Location header, and a hostile one (``javascript:``, a bad IDNA name) raises errors that are
    not ``httpx.HTTPError`` from inside ``Client.send``.
    """
    locations = response.headers.get_list("Location")
    if locations:
        del response.headers["Location"]
        response.headers[_LOCATION] = locations[0]


class _SlowBody(httpx.TimeoutException):
    """The whole body took longer than ``max_duration`` (a server dripping bytes)."""

    def __init__(self, limit: str) -> None:
        super().__init__(limit)


# -- robots.txt helpers ----------------------------------------------------------------------


def _read_robots(reply: _Reply, agent: str) -> _Robots:
    """Turn the final answer for robots.txt into rules, following common crawler practice.

    2xx: the rules it holds. 401 and 403: the whole site is off-limits (what Google did for a
    decade and many crawlers still do; RFC 9309 relaxed it). Other 4xx and anything but 5xx:
    no rules. 5xx (after retries): RFC 9309 §2.3.1.4 and Google treat an erroring robots.txt as
    "disallow all", since the site may be struggling; the result is cached for this fetcher.
    """
    where = _show(reply.url)
    if 200 <= reply.status < 300:
        return _parse_robots(reply.body, agent)
    if reply.status in (401, 403):
        return _Robots(
            refusal=f"robots.txt at {where} answered {_status_text(reply.status)}, "
            "which crawlers read as disallowing the whole site"
        )
    if reply.status >= 500:
        return _Robots(
            refusal=f"robots.txt at {where} answered {_status_text(reply.status)}, "
            "so the whole site is treated as disallowed (RFC 9309 §2.3.1.4)"
        )
    return _ALLOW_ALL


def _parse_robots(body: bytes, agent: str) -> _Robots:
    """Parse robots.txt bytes (UTF-8, leniently) with :mod:`urllib.robotparser`."""
    text = body.decode("utf-8", errors="replace").removeprefix("\ufeff")
    parser = urllib.robotparser.RobotFileParser()
    parser.parse([_round_crawl_delay(line) for line in text.splitlines()])
    delay = parser.crawl_delay(agent)
    return _Robots(parser=parser, crawl_delay=float(delay) if delay is not None else 0.0)


def _round_crawl_delay(line: str) -> str:
    """Round a fractional ``Crawl-delay`` up to whole seconds, the only kind robotparser reads."""
    match = _CRAWL_DELAY_LINE.match(line)
    if match is None:
        return line
    return f"Crawl-delay: {math.ceil(float(match.group(1)))}"


def _robots_allow(
    parser: urllib.robotparser.RobotFileParser, agent: str, target: httpx.URL
) -> bool:
    """Whether the rules let ``agent`` fetch ``target``.

    robotparser runs ``urlparse`` on what it is given; a whole URL with odd brackets makes that
    raise, and a path starting with ``//`` would be taken for a host, so it gets the path and
    query with leading slashes collapsed.
    """
    path = "/" + target.raw_path.decode("ascii", errors="replace").lstrip("/")
    return parser.can_fetch(agent, path)


# -- URLs --------------------------------------------------------------------------------------


def _parse_url(url: str) -> httpx.URL:
    """Parse an absolute http(s) URL, or raise ``unsupported`` / ``fetch_failed``."""
    try:
        target = httpx.URL(url.strip())
        target.host  # noqa: B018 (httpx decodes IDNA here, and again when it sends)
    except (httpx.InvalidURL, ValueError) as error:  # idna errors are ValueErrors
        raise FetchError(
            "fetch_failed", f"{_show(url)} is not a valid URL: {_error_text(error)}."
        ) from error
    if target.scheme not in _SCHEMES:
        scheme = f"the {target.scheme}: scheme" if target.scheme else "no scheme"
        raise FetchError(
            "unsupported", f"{_show(url)} has {scheme}; only http and https URLs are fetched."
        )
    if not _host(target):
        raise FetchError("fetch_failed", f"{_show(url)} has no host name.")
    if not 0 < _port(target) < 65536:
        raise FetchError("fetch_failed", f"{_show(url)} has an invalid port {target.port}.")
    return target.copy_with(fragment=None)  # never sent, and not part of the page's address


def _redirect_target(reply: _Reply, requested: str) -> httpx.URL:
    """Resolve the Location of a redirect; refuse a target that is not http(s)."""
    location = reply.headers[_LOCATION]
    scheme = _SCHEME.match(location)
    if scheme is not None and scheme.group(1).lower() not in _SCHEMES:
        raise FetchError(
            "unsupported",
            f"{_where(reply.url, requested)} redirected to {_show(location)}, "
            "which is not an http or https URL.",
        )
    try:
        target = reply.url.join(location)
    except (httpx.InvalidURL, ValueError) as error:
        raise FetchError(
            "fetch_failed",
            f"{_where(reply.url, requested)} redirected to an invalid URL {_show(location)}.",
        ) from error
    if target.scheme not in _SCHEMES:
        raise FetchError(
            "unsupported",
            f"{_where(reply.url, requested)} redirected to {_show(target)}, "
            "which is not an http or https URL.",
        )
    try:
        return _parse_url(str(target))
    except FetchError as error:
        raise FetchError(
            error.reason, f"{_where(reply.url, requested)} redirected to a bad URL: {error.detail}"
        ) from error


def _port(target: httpx.URL) -> int:
    """The port of ``target``, the scheme's default when it names none."""
    if target.port is not None:
        return target.port
    return 443 if target.scheme == "https" else 80


def _host(target: httpx.URL) -> str:
    """The host of ``target`` as sent on the wire (IDNA ``xn--`` form, lower case).

    ``httpx.URL.host`` decodes IDNA on every access; the raw form is cheaper and never raises.
    """
    return target.raw_host.decode("ascii", errors="replace").lower()


def _show(url: httpx.URL | str) -> str:
    """``url`` for a message, shortened if hostile or huge."""
    text = str(url)
    return text if len(text) <= _SHOWN_URL_CHARS else text[: _SHOWN_URL_CHARS - 1] + "…"


def _where(target: httpx.URL, requested: str) -> str:
    """``target``, saying which URL led there when it came from a redirect."""
    if str(target) in (requested, _normal_url(requested)):
        return _show(target)
    return f"{_show(target)} (redirected from {_show(requested)})"


def _normal_url(url: str) -> str:
    """``url`` as httpx normalises it, without fragment; as given when it does not parse."""
    try:
        return str(httpx.URL(url.strip()).copy_with(fragment=None))
    except (httpx.InvalidURL, ValueError):
        return url


def _origin_text(target: httpx.URL) -> str:
    """``scheme://host:port`` of ``target``."""
    return f"{target.scheme}://{target.netloc.decode('ascii', errors='replace')}"


# -- responses and errors ----------------------------------------------------------------------


def _status_text(status: int) -> str:
    """``HTTP 404 Not Found``: the standard phrase, never the server's own."""
    phrase = httpx.codes.get_reason_phrase(status)
    return f"HTTP {status} {phrase}" if phrase else f"HTTP {status}"


def _content_length(headers: httpx.Headers) -> int | None:
    """The declared body length, or None when absent or malformed."""
    value = headers.get("Content-Length", "").split(",")[0].strip()
    return int(value) if value.isdigit() else None


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta or HTTP date), or None."""
    value = headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _is_retryable_status(status: int) -> bool:
    """HTTP 429 and 5xx may be gone on a second try."""
    return status == 429 or 500 <= status < 600


def _is_retryable(error: httpx.HTTPError) -> bool:
    """Connection failures may be transient; a host name that does not resolve is not.

    "Server disconnected without sending a response" is what a kept-alive connection that the
    server closed in the meantime looks like; a new connection usually works.
    """
    if isinstance(error, httpx.RemoteProtocolError):
        return "disconnected without sending" in str(error)
    if not isinstance(error, httpx.ConnectError | httpx.ConnectTimeout):
        return False
    return _cause(error, socket.gaierror) is None and _cause(error, ssl.SSLError) is None


def _error_text(error: BaseException) -> str:
    """The message of ``error`` on one short line, for the end of a detail sentence."""
    text = " ".join(str(error).split()).rstrip(".") or type(error).__name__
    return text if len(text) <= _SHOWN_URL_CHARS else text[: _SHOWN_URL_CHARS - 1] + "…"


def _cause(error: BaseException, kind: type[_E]) -> _E | None:
    """The first exception of ``kind`` in the chain of causes of ``error``."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _describe(error: httpx.HTTPError, target: httpx.URL, options: FetchOptions) -> FetchError:
    """Turn an httpx error into a rejection reason and a one-sentence detail."""
    where = _show(target)
    host = _host(target)
    if isinstance(error, _SlowBody):
        return FetchError(
            "fetch_failed", f"{where} took longer than {error} to send its body (max_duration)."
        )
    if isinstance(error, httpx.TimeoutException):
        phase = {
            httpx.ConnectTimeout: "connecting to",
            httpx.ReadTimeout: "reading from",
            httpx.WriteTimeout: "writing to",
            httpx.PoolTimeout: "waiting for a connection to",
        }.get(type(error), "talking to")
        return FetchError(
            "fetch_failed", f"timed out after {options.timeout:g} s {phase} {host} for {where}."
        )
    if isinstance(error, httpx.ConnectError):
        return _describe_connect(error, target)
    if isinstance(error, httpx.DecodingError):
        return FetchError(
            "corrupt", f"{where} sent a body that does not decompress: {_error_text(error)}."
        )
    if isinstance(error, httpx.RemoteProtocolError):
        if "incomplete" in str(error) or "complete message body" in str(error):
            return FetchError("truncated", f"{where} ended its body early: {_error_text(error)}.")
        return FetchError(
            "fetch_failed", f"{host} broke the HTTP protocol for {where}: {_error_text(error)}."
        )
    return FetchError("fetch_failed", f"{where} could not be fetched: {_error_text(error)}.")


def _describe_connect(error: httpx.ConnectError, target: httpx.URL) -> FetchError:
    """Name the kind of connection failure: DNS, TLS or refused."""
    where = _show(target)
    if _cause(error, socket.gaierror) is not None:
        return FetchError(
            "fetch_failed", f"the host name {_host(target)} of {where} does not resolve."
        )
    tls = _cause(error, ssl.SSLError)
    if tls is not None:
        return FetchError(
            "fetch_failed",
            f"the TLS handshake with {_host(target)} failed for {where}: {_error_text(tls)}.",
        )
    return FetchError(
        "fetch_failed", f"could not connect to {_host(target)} for {where}: {_error_text(error)}."
    )
