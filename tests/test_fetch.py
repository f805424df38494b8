"""Tests of storytrace.ingest.fetch: a real server on 127.0.0.1, and httpx.MockTransport."""

from __future__ import annotations

import contextlib
import gzip
import itertools
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.errors import ConfigError
from storytrace.ingest.fetch import USER_AGENT, Fetcher, FetchOptions
from storytrace.model import Page, Rejected

PAGE_HTML = b"<html><head><title>Harbour news</title></head><body><p>The ferry left at nine.</p>"
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

Handler = Callable[[BaseHTTPRequestHandler], None]


# -- fake time -------------------------------------------------------------------------------


class FakeTime:
    """A clock that moves only when slept on (or when a test moves it)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


# -- the test server -------------------------------------------------------------------------


@dataclass
class Site:
    """Routes of a test server and a log of the paths it was asked for."""

    base: str = ""
    routes: dict[str, Handler] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)
    user_agents: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    bytes_sent: dict[str, int] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return self.paths.count(path)

    def add(
        self, path: str, status: int = 200, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> None:
        self.routes[path] = lambda handler: send(handler, status, body, headers)

    def add_sequence(self, path: str, handlers: list[Handler]) -> None:
        """Answer the n-th request with the n-th handler (the last one repeats)."""
        calls = iter(range(10**6))
        self.routes[path] = lambda handler: handlers[min(next(calls), len(handlers) - 1)](handler)


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    all_headers = {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(body))}
    all_headers.update(headers or {})
    for name, value in all_headers.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def responder(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Handler:
    return lambda handler: send(handler, status, body, headers)


def make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class SiteHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            site.paths.append(path)
            site.user_agents.append(self.headers.get("User-Agent", ""))
            route = site.routes.get(path)
            if route is None:
                send(self, 404, b"not here")
                return
            # the fetcher hangs up on purpose (size cap, timeout)
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                route(self)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return SiteHandler


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up mid-answer is what several tests do


PROXY_VARIABLES = (
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
)


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    for name in PROXY_VARIABLES:  # the fetcher honours proxies; the test server is local
        monkeypatch.delenv(name, raising=False)
    site = Site()
    server = QuietServer(("127.0.0.1", 0), make_handler(site))
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield site
    site.release.set()
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def fetcher_for(fake_time: FakeTime) -> Iterator[Callable[..., Fetcher]]:
    """Build fetchers on fake time (no real waiting); all closed at the end."""
    fetchers: list[Fetcher] = []

    def build(transport: httpx.BaseTransport | None = None, **options: object) -> Fetcher:
        fetcher = Fetcher(
            FetchOptions(**options),  # type: ignore[arg-type]
            transport=transport,
            clock=fake_time.clock,
            sleep=fake_time.sleep,
        )
        fetchers.append(fetcher)
        return fetcher

    yield build
    for fetcher in fetchers:
        fetcher.close()


def rejected(result: Page | Rejected, reason: str) -> Rejected:
    assert isinstance(result, Rejected), result
    assert result.reason == reason, result.detail
    return result


# -- pages -----------------------------------------------------------------------------------


@pytest.mark.network
def test_fetches_a_page(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    site.add("/story", 200, PAGE_HTML)
    page = fetcher_for().fetch(site.url("/story"))
    assert isinstance(page, Page)
    assert page.body == PAGE_HTML
    assert page.source.kind == "url"
    assert page.source.location == site.url("/story")
    assert page.url == site.url("/story")
    assert page.content_type == "text/html; charset=utf-8"
    assert page.fetched_at is not None and ISO_UTC.match(page.fetched_at)
    assert page.kind is None


@pytest.mark.network
def test_sends_our_user_agent(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    site.add("/story", 200, PAGE_HTML)
    fetcher_for().fetch(site.url("/story"))
    assert site.user_agents == [USER_AGENT, USER_AGENT]  # robots.txt, then the page
    assert USER_AGENT.startswith("storytrace/")


@pytest.mark.network
def test_body_bytes_are_not_decoded(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    body = "<p>Grüße aus Köln</p>".encode("latin-1")
    site.add("/latin", 200, body, {"Content-Type": "text/html"})
    page = fetcher_for().fetch(site.url("/latin"))
    assert isinstance(page, Page)
    assert page.body == body


@pytest.mark.network
def test_gzip_content_encoding_is_undone(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    site.add("/zipped", 200, gzip.compress(PAGE_HTML), {"Content-Encoding": "gzip"})
    page = fetcher_for().fetch(site.url("/zipped"))
    assert isinstance(page, Page)
    assert page.body == PAGE_HTML


@pytest.mark.network
def test_http_error_status(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    result = fetcher_for().fetch(site.url("/missing"))
    detail = rejected(result, "fetch_failed").detail
    assert detail == f"HTTP 404 Not Found from {site.url('/missing')}."


# -- robots.txt ------------------------------------------------------------------------------

ROBOTS = b"""# our test site
User-agent: otherbot
Disallow: /

User-agent: *
Disallow: /private
"""


@pytest.mark.network
@pytest.mark.parametrize(
    ("path", "allowed"), [("/public", True), ("/private", False), ("/private/deeper", False)]
)
def test_robots_rules(
    site: Site, fetcher_for: Callable[..., Fetcher], path: str, allowed: bool
) -> None:
    site.add("/robots.txt", 200, ROBOTS, {"Content-Type": "text/plain"})
    site.add(path, 200, PAGE_HTML)
    result = fetcher_for().fetch(site.url(path))
    if allowed:
        assert isinstance(result, Page)
    else:
        assert "disallows" in rejected(result, "robots_disallowed").detail
        assert site.hits(path) == 0


@pytest.mark.network
def test_group_for_our_agent_wins(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    robots = b"User-agent: storytrace\nDisallow: /drafts\n\nUser-agent: *\nDisallow: /\n"
    site.add("/robots.txt", 200, robots)
    site.add("/news", 200, PAGE_HTML)
    fetcher = fetcher_for()
    assert isinstance(fetcher.fetch(site.url("/news")), Page)
    rejected(fetcher.fetch(site.url("/drafts/one")), "robots_disallowed")


@pytest.mark.network
def test_robots_uses_the_configured_agent(
    site: Site, fetcher_for: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    robots = (
        b"User-agent: harbourbot\nDisallow: /drafts\nCrawl-delay: 4\n\nUser-agent: *\nDisallow: /\n"
    )
    site.add("/robots.txt", 200, robots)
    site.add("/news", 200, PAGE_HTML)
    rejected(fetcher_for().fetch(site.url("/news")), "robots_disallowed")
    other = fetcher_for(user_agent="HarbourBot/2.0 (+https://example.org/bot)")
    assert isinstance(other.fetch(site.url("/news")), Page)
    assert site.user_agents[-1] == "HarbourBot/2.0 (+https://example.org/bot)"
    assert fake_time.sleeps == [pytest.approx(4.0)]
    rejected(other.fetch(site.url("/drafts/one")), "robots_disallowed")


@pytest.mark.network
def test_double_slash_path_is_still_checked(
    site: Site, fetcher_for: Callable[..., Fetcher]
) -> None:
    site.add("/robots.txt", 200, ROBOTS)
    rejected(fetcher_for().fetch(site.url("//private/x")), "robots_disallowed")


@pytest.mark.network
def test_robots_is_fetched_once_per_host(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    site.add("/robots.txt", 200, ROBOTS)
    site.add("/a", 200, PAGE_HTML)
    site.add("/b", 200, PAGE_HTML)
    fetcher = fetcher_for()
    for path in ("/a", "/b", "/private", "/a"):
        fetcher.fetch(site.url(path))
    assert site.hits("/robots.txt") == 1


@pytest.mark.network
@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (404, None),
        (410, None),
        (401, "robots_disallowed"),
        (403, "robots_disallowed"),
        (500, "robots_disallowed"),
        (503, "robots_disallowed"),
    ],
)
def test_robots_status_conventions(
    site: Site, fetcher_for: Callable[..., Fetcher], status: int, reason: str | None
) -> None:
    site.add("/robots.txt", status, b"no robots here")
    site.add("/page", 200, PAGE_HTML)
    result = fetcher_for().fetch(site.url("/page"))
    if reason is None:
        assert isinstance(result, Page)
    else:
        assert f"HTTP {status}" in rejected(result, reason).detail
        assert site.hits("/page") == 0


@pytest.mark.network
def test_robots_server_error_is_retried_then_cached(
    site: Site, fetcher_for: Callable[..., Fetcher]
) -> None:
    site.add("/robots.txt", 500)
    site.add("/page", 200, PAGE_HTML)
    fetcher = fetcher_for(retries=1)
    rejected(fetcher.fetch(site.url("/page")), "robots_disallowed")
    rejected(fetcher.fetch(site.url("/page")), "robots_disallowed")
    assert site.hits("/robots.txt") == 2  # one retry, then the answer is kept


@pytest.mark.network
def test_broken_robots_stops_the_page(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    site.add("/robots.txt", 200, b"not gzip", {"Content-Encoding": "gzip"})
    site.add("/page", 200, PAGE_HTML)
    detail = rejected(fetcher_for().fetch(site.url("/page")), "fetch_failed").detail
    assert "does not decompress" in detail
    assert site.hits("/page") == 0


@pytest.mark.network
def test_robots_redirect_is_followed(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    site.add("/robots.txt", 301, headers={"Location": "/rules/robots.txt"})
    site.add("/rules/robots.txt", 200, ROBOTS)
    rejected(fetcher_for().fetch(site.url("/private")), "robots_disallowed")


@pytest.mark.network
def test_robots_behind_too_many_redirects_counts_as_missing(
    site: Site, fetcher_for: Callable[..., Fetcher]
) -> None:
    for hop in range(7):
        site.add(
            "/robots.txt" if hop == 0 else f"/r{hop}", 302, headers={"Location": f"/r{hop + 1}"}
        )
    site.add("/r7", 200, b"User-agent: *\nDisallow: /\n")
    site.add("/page", 200, PAGE_HTML)
    assert isinstance(fetcher_for().fetch(site.url("/page")), Page)
    assert site.hits("/r6") == 0  # five redirects followed, no more


@pytest.mark.network
def test_robots_can_be_ignored(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    site.add("/robots.txt", 200, b"User-agent: *\nDisallow: /\n")
    site.add("/page", 200, PAGE_HTML)
    result = fetcher_for(respect_robots=False).fetch(site.url("/page"))
    assert isinstance(result, Page)
    assert site.hits("/robots.txt") == 0


@pytest.mark.network
def test_huge_robots_is_read_up_to_its_cap(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    filler = b"# " + b"x" * 1000 + b"\n"
    robots = b"User-agent: *\nDisallow: /private\n" + filler * 2000  # about 2 MB
    site.add("/robots.txt", 200, robots)
    fetcher = fetcher_for(max_bytes=1000)
    rejected(fetcher.fetch(site.url("/private")), "robots_disallowed")


@pytest.mark.network
@pytest.mark.parametrize(
    ("delay_line", "expected"),
    [("Crawl-delay: 3", 3.0), ("Crawl-delay: 2.5", 3.0), ("Crawl-delay: 1000", 30.0)],
)
def test_crawl_delay_spaces_requests(
    site: Site,
    fetcher_for: Callable[..., Fetcher],
    fake_time: FakeTime,
    delay_line: str,
    expected: float,
) -> None:
    site.add("/robots.txt", 200, f"User-agent: *\n{delay_line}\n".encode())
    site.add("/a", 200, PAGE_HTML)
    fetcher = fetcher_for(per_host_delay=1.0)
    fetcher.fetch(site.url("/a"))
    fetcher.fetch(site.url("/a"))
    assert fake_time.sleeps == [pytest.approx(expected), pytest.approx(expected)]


@pytest.mark.network
def test_crawl_delay_smaller_than_ours_is_ignored(
    site: Site, fetcher_for: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    site.add("/robots.txt", 200, b"User-agent: *\nCrawl-delay: 1\n")
    site.add("/a", 200, PAGE_HTML)
    fetcher_for(per_host_delay=2.0).fetch(site.url("/a"))
    assert fake_time.sleeps == [pytest.approx(2.0)]


# -- redirects -------------------------------------------------------------------------------


@pytest.mark.network
def test_follows_a_redirect_chain(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    site.add("/old", 301, headers={"Location": "/older"})
    site.add("/older", 302, headers={"Location": site.url("/current")})
    site.add("/current", 200, PAGE_HTML)
    page = fetcher_for().fetch(site.url("/old"))
    assert isinstance(page, Page)
    assert page.url == site.url("/current")
    assert page.source.location == site.url("/old")
    assert page.body == PAGE_HTML


@pytest.mark.network
def test_redirect_loop_fails(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    site.add("/ping", 302, headers={"Location": "/pong"})
    site.add("/pong", 302, headers={"Location": "/ping"})
    result = fetcher_for(max_redirects=3).fetch(site.url("/ping"))
    assert "more than 3 times" in rejected(result, "fetch_failed").detail
    assert site.hits("/ping") + site.hits("/pong") == 4


@pytest.mark.network
def test_redirect_into_disallowed_path(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    site.add("/robots.txt", 200, ROBOTS)
    site.add("/go", 302, headers={"Location": "/private/room"})
    result = fetcher_for().fetch(site.url("/go"))
    detail = rejected(result, "robots_disallowed").detail
    assert f"redirected from {site.url('/go')}" in detail
    assert site.hits("/private/room") == 0


@pytest.mark.network
@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://example.org/x", "data:,hi"])
def test_redirect_off_the_web_is_refused(
    site: Site, fetcher_for: Callable[..., Fetcher], location: str
) -> None:
    site.add("/jump", 302, headers={"Location": location})
    result = fetcher_for().fetch(site.url("/jump"))
    assert "not an http or https URL" in rejected(result, "unsupported").detail


@pytest.mark.network
def test_redirect_without_location_is_an_error(
    site: Site, fetcher_for: Callable[..., Fetcher]
) -> None:
    site.add("/nowhere", 302)
    rejected(fetcher_for().fetch(site.url("/nowhere")), "fetch_failed")


# -- retries ---------------------------------------------------------------------------------


@pytest.mark.network
def test_server_error_is_retried(
    site: Site, fetcher_for: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    site.add_sequence("/flaky", [responder(500), responder(200, PAGE_HTML)])
    page = fetcher_for(retries=1, retry_backoff=2.0, per_host_delay=0).fetch(site.url("/flaky"))
    assert isinstance(page, Page)
    assert site.hits("/flaky") == 2
    assert fake_time.sleeps == [pytest.approx(2.0)]


@pytest.mark.network
def test_persistent_server_error_fails_after_retries(
    site: Site, fetcher_for: Callable[..., Fetcher]
) -> None:
    site.add("/down", 502)
    result = fetcher_for(retries=2).fetch(site.url("/down"))
    assert "HTTP 502 Bad Gateway" in rejected(result, "fetch_failed").detail
    assert site.hits("/down") == 3


@pytest.mark.network
def test_retry_after_is_honoured(
    site: Site, fetcher_for: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    busy = responder(429, headers={"Retry-After": "7"})
    site.add_sequence("/busy", [busy, responder(200, PAGE_HTML)])
    page = fetcher_for(per_host_delay=0).fetch(site.url("/busy"))
    assert isinstance(page, Page)
    assert fake_time.sleeps == [pytest.approx(7.0)]


@pytest.mark.network
def test_retry_after_past_the_cap_is_not_waited_for(
    site: Site, fetcher_for: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    site.add("/later", 503, headers={"Retry-After": "3600"})
    result = fetcher_for(per_host_delay=0, max_retry_wait=30).fetch(site.url("/later"))
    detail = rejected(result, "fetch_failed").detail
    assert detail.startswith("HTTP 503 Service Unavailable from ")
    assert detail.endswith("(it asks to retry after 3600 s).")
    assert site.hits("/later") == 1
    assert fake_time.sleeps == []


# -- network failures and limits ----------------------------------------------------------------


@pytest.mark.network
def test_slow_server_times_out(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    def slow(handler: BaseHTTPRequestHandler) -> None:
        site.release.wait(5)
        send(handler, 200, PAGE_HTML)

    site.routes["/slow"] = slow
    started = time.monotonic()
    result = fetcher_for(timeout=0.2, respect_robots=False).fetch(site.url("/slow"))
    assert "timed out after 0.2 s" in rejected(result, "fetch_failed").detail
    assert time.monotonic() - started < 2


@pytest.mark.network
def test_dripping_body_hits_the_deadline(site: Site) -> None:
    def drip(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.end_headers()
        for _ in range(100):  # two seconds at most, so a regression fails instead of hanging
            if site.release.wait(0.02):
                return
            handler.wfile.write(b"x")
            handler.wfile.flush()

    site.routes["/drip"] = drip
    options = FetchOptions(timeout=1.0, max_duration=0.3, respect_robots=False)
    started = time.monotonic()
    with Fetcher(options, sleep=lambda seconds: None) as fetcher:
        result = fetcher.fetch(site.url("/drip"))
    assert "max_duration" in rejected(result, "fetch_failed").detail
    assert time.monotonic() - started < 2


@pytest.mark.network
def test_declared_oversized_body_is_not_read(
    site: Site, fetcher_for: Callable[..., Fetcher]
) -> None:
    def huge(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(10**9))
        handler.end_headers()
        handler.wfile.write(b"<p>" * 100)
        handler.wfile.flush()
        site.release.wait(5)  # never sends the rest

    site.routes["/huge"] = huge
    started = time.monotonic()
    result = fetcher_for(max_bytes=10_000, respect_robots=False).fetch(site.url("/huge"))
    assert "more than 10,000 bytes" in rejected(result, "oversized").detail
    assert time.monotonic() - started < 2


@pytest.mark.network
def test_endless_body_without_length_stops_at_the_cap(
    site: Site, fetcher_for: Callable[..., Fetcher]
) -> None:
    chunk = b"<p>more and more words</p>\n" * 2000
    total = 200 * len(chunk)

    def endless(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        sent = 0
        try:
            while sent < total:
                handler.wfile.write(chunk)
                sent += len(chunk)
        finally:
            site.bytes_sent["/endless"] = sent

    site.routes["/endless"] = endless
    result = fetcher_for(max_bytes=100_000, respect_robots=False).fetch(site.url("/endless"))
    rejected(result, "oversized")
    site.release.wait(0.3)
    assert site.bytes_sent.get("/endless", 0) < total


@pytest.mark.network
def test_gzip_bomb_is_stopped(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    bomb = gzip.compress(b"\0" * 20_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    site.add("/bomb", 200, bomb, {"Content-Encoding": "gzip"})
    result = fetcher_for(max_bytes=1_000_000, respect_robots=False).fetch(site.url("/bomb"))
    assert "1,000,000 bytes" in rejected(result, "oversized").detail


@pytest.mark.network
def test_broken_gzip_is_corrupt(site: Site, fetcher_for: Callable[..., Fetcher]) -> None:
    site.add("/broken", 200, b"this is not gzip at all", {"Content-Encoding": "gzip"})
    rejected(fetcher_for(respect_robots=False).fetch(site.url("/broken")), "corrupt")


@pytest.mark.network
def test_body_shorter_than_declared_is_truncated(
    site: Site, fetcher_for: Callable[..., Fetcher]
) -> None:
    def short(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "5000")
        handler.end_headers()
        handler.wfile.write(PAGE_HTML)

    site.routes["/short"] = short
    rejected(fetcher_for(respect_robots=False).fetch(site.url("/short")), "truncated")


@pytest.mark.network
def test_connection_refused(fetcher_for: Callable[..., Fetcher], fake_time: FakeTime) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = fetcher_for(retries=1, retry_backoff=1.5).fetch(f"http://127.0.0.1:{port}/x")
    detail = rejected(result, "fetch_failed").detail
    assert "could not connect to 127.0.0.1" in detail
    assert fake_time.sleeps == [pytest.approx(1.5)]  # one retry


# -- politeness, with a mock transport and fake time ----------------------------------------


def test_requests_to_one_host_are_spaced(fake_time: FakeTime) -> None:
    log: list[tuple[str, float, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        started = fake_time.now
        fake_time.now += 0.25  # each answer takes a quarter of a second
        log.append((request.url.host, started, fake_time.now))
        return httpx.Response(200, content=PAGE_HTML)

    options = FetchOptions(per_host_delay=1.0)
    with Fetcher(
        options,
        transport=httpx.MockTransport(handler),
        clock=fake_time.clock,
        sleep=fake_time.sleep,
    ) as fetcher:
        for url in ("https://a.test/1", "https://a.test/2", "https://b.test/1", "https://a.test/3"):
            assert isinstance(fetcher.fetch(url), Page)

    hosts = [host for host, _, _ in log]
    assert hosts == ["a.test", "a.test", "a.test", "b.test", "b.test", "a.test"]
    for host in ("a.test", "b.test"):
        times = [(start, end) for name, start, end in log if name == host]
        gaps = [nxt[0] - prev[1] for prev, nxt in itertools.pairwise(times)]
        assert all(gap >= 1.0 - 1e-9 for gap in gaps), (host, gaps)
    first_b = next(start for name, start, _ in log if name == "b.test")
    last_a_before_b = log[2][2]
    assert first_b == pytest.approx(last_a_before_b)  # another host does not wait


def test_time_already_passed_counts_toward_the_delay(fake_time: FakeTime) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=PAGE_HTML)

    with Fetcher(
        FetchOptions(per_host_delay=1.0, respect_robots=False),
        transport=httpx.MockTransport(handler),
        clock=fake_time.clock,
        sleep=fake_time.sleep,
    ) as fetcher:
        fetcher.fetch("https://a.test/1")
        fake_time.now += 0.4
        fetcher.fetch("https://a.test/2")
        fake_time.now += 5.0
        fetcher.fetch("https://a.test/3")
    assert fake_time.sleeps == [pytest.approx(0.6)]


# -- mock transport: schemes, odd URLs, errors --------------------------------------------------


def refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request expected, got {request.url}")


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)", "mailto:a@b.c", "", "x"],
)
def test_non_http_schemes_are_unsupported(fetcher_for: Callable[..., Fetcher], url: str) -> None:
    result = fetcher_for(httpx.MockTransport(refuse)).fetch(url)
    assert rejected(result, "unsupported").source.location == url


@pytest.mark.parametrize(
    "url", ["http://", "https:///path", "http://a.test:99999/", "http://[::1/", "http://a/\r\nX: y"]
)
def test_invalid_urls_fail_cleanly(fetcher_for: Callable[..., Fetcher], url: str) -> None:
    rejected(fetcher_for(httpx.MockTransport(refuse)).fetch(url), "fetch_failed")


def test_mock_transport_page(fetcher_for: Callable[..., Fetcher]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, content=PAGE_HTML, headers={"Content-Type": "text/html"})

    page = fetcher_for(httpx.MockTransport(handler)).fetch("https://news.test/a?id=1#top")
    assert isinstance(page, Page)
    assert page.url == "https://news.test/a?id=1"
    assert page.source.location == "https://news.test/a?id=1#top"
    assert [str(request.url) for request in seen] == [
        "https://news.test/robots.txt",
        "https://news.test/a?id=1",
    ]
    assert seen[1].headers["Accept-Encoding"] == "gzip, deflate"


def test_robots_network_error_is_not_cached(fetcher_for: Callable[..., Fetcher]) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if len(calls) <= 2:  # first try and its retry
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, content=PAGE_HTML)

    fetcher = fetcher_for(httpx.MockTransport(handler), retries=1)
    detail = rejected(fetcher.fetch("https://a.test/page"), "fetch_failed").detail
    assert detail.startswith("https://a.test/page was not fetched because its robots.txt")
    assert isinstance(fetcher.fetch("https://a.test/page"), Page)
    assert calls == ["/robots.txt", "/robots.txt", "/robots.txt", "/page"]


def test_dns_failure_is_not_retried(fetcher_for: Callable[..., Fetcher]) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        try:
            raise socket.gaierror(-2, "Name or service not known")
        except socket.gaierror as error:
            raise httpx.ConnectError(str(error), request=request) from error

    fetcher = fetcher_for(httpx.MockTransport(handler), retries=3, respect_robots=False)
    detail = rejected(fetcher.fetch("https://gone.test/a"), "fetch_failed").detail
    assert detail == "the host name gone.test of https://gone.test/a does not resolve."
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (httpx.ReadTimeout, "timed out after 20 s reading from"),
        (httpx.ConnectTimeout, "timed out after 20 s connecting to"),
        (httpx.RemoteProtocolError, "broke the HTTP protocol"),
        (httpx.ReadError, "could not be fetched: boom."),
    ],
)
def test_transport_errors_become_rejections(
    fetcher_for: Callable[..., Fetcher], error: type[httpx.TransportError], words: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("boom", request=request)

    fetcher = fetcher_for(httpx.MockTransport(handler), respect_robots=False, retries=0)
    detail = rejected(fetcher.fetch("https://a.test/x"), "fetch_failed").detail
    assert words in detail
    assert "https://a.test/x" in detail


def test_dropped_keep_alive_connection_is_retried(fetcher_for: Callable[..., Fetcher]) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if len(calls) == 1:
            message = "Server disconnected without sending a response."
            raise httpx.RemoteProtocolError(message, request=request)
        return httpx.Response(200, content=PAGE_HTML)

    fetcher = fetcher_for(httpx.MockTransport(handler), respect_robots=False)
    assert isinstance(fetcher.fetch("https://a.test/x"), Page)
    assert calls == ["/x", "/x"]


def test_backoff_doubles_up_to_the_cap(
    fetcher_for: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(500))
    options = {"retries": 4, "retry_backoff": 2.0, "max_retry_wait": 10.0, "per_host_delay": 0}
    fetcher = fetcher_for(transport, respect_robots=False, **options)
    rejected(fetcher.fetch("https://a.test/x"), "fetch_failed")
    assert fake_time.sleeps == [2.0, 4.0, 8.0, 10.0]


def test_retry_after_as_a_date(fetcher_for: Callable[..., Fetcher], fake_time: FakeTime) -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=10), usegmt=True)
    answers = iter([httpx.Response(503, headers={"Retry-After": later}), httpx.Response(200)])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers)

    fetcher = fetcher_for(httpx.MockTransport(handler), respect_robots=False, per_host_delay=0)
    assert isinstance(fetcher.fetch("https://a.test/x"), Page)
    assert len(fake_time.sleeps) == 1
    assert 8.0 <= fake_time.sleeps[0] <= 10.0


def test_context_manager_closes_the_client() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    options = FetchOptions(respect_robots=False, per_host_delay=0)
    with Fetcher(options, transport=transport) as fetcher:
        assert isinstance(fetcher.fetch("https://a.test/"), Page)
    with pytest.raises(RuntimeError):
        fetcher.fetch("https://a.test/")


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": 0},
        {"timeout": -1.0},
        {"max_bytes": -1},
        {"per_host_delay": -0.5},
        {"retries": -1},
        {"user_agent": " "},
        {"user_agent": "störytrace"},
        {"max_duration": float("nan")},
    ],
)
def test_bad_options_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        FetchOptions(**options)  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(url=st.one_of(st.text(max_size=60), st.text(max_size=40).map(lambda s: "http://" + s)))
def test_any_string_gives_a_page_or_a_rejection(url: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(200, content=b"User-agent: *\nDisallow: /p\n")
        return httpx.Response(200, content=b"ok")

    transport = httpx.MockTransport(handler)
    with Fetcher(
        FetchOptions(per_host_delay=0), transport=transport, sleep=lambda seconds: None
    ) as fetcher:
        result = fetcher.fetch(url)
    assert isinstance(result, Page | Rejected)
    if isinstance(result, Rejected):
        assert result.reason in {"unsupported", "fetch_failed", "robots_disallowed"}
        assert result.detail.endswith(".")
