"""URL inputs go to the fetcher; what comes back is read by its content."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from ingest_builders import html, mixed_warc, pages, rejections

import storytrace.ingest
from storytrace.errors import FetchError
from storytrace.ingest import IngestOptions, iter_pages
from storytrace.model import Page, Rejected, Source, reject


class CannedFetcher:
    """Returns canned bodies per URL, the way ingest.fetch.Fetcher reports them."""

    def __init__(self, bodies: dict[str, bytes]) -> None:
        self.bodies = bodies

    def fetch(self, url: str) -> Page | Rejected:
        source = Source(kind="url", location=url)
        if url not in self.bodies:
            return reject(source, "fetch_failed", f"HTTP 404 for {url}")
        return Page(
            source=source,
            body=self.bodies[url],
            url=url + "?final",
            content_type="text/html",
            fetched_at="2024-01-01T00:00:00Z",
        )


def test_fetched_html_page_keeps_the_fetcher_fields_and_gets_a_kind() -> None:
    body = html("Fetched story")
    [page] = list(
        iter_pages(["https://a.example/s"], fetcher=CannedFetcher({"https://a.example/s": body}))
    )
    assert isinstance(page, Page)
    assert page.kind == "html" and page.body == body
    assert page.url == "https://a.example/s?final" and page.fetched_at == "2024-01-01T00:00:00Z"


def test_fetch_rejection_is_passed_on_and_the_run_goes_on() -> None:
    fetcher = CannedFetcher({"https://a.example/ok": html("ok")})
    items = list(iter_pages(["https://a.example/missing", "https://a.example/ok"], fetcher=fetcher))
    assert [type(item).__name__ for item in items] == ["Rejected", "Page"]
    assert items[0].reason == "fetch_failed"  # type: ignore[union-attr]


def test_fetched_warc_is_read_record_by_record(tmp_path: Path) -> None:
    data = mixed_warc(tmp_path / "x.warc.gz").read_bytes()
    items = list(
        iter_pages(
            ["https://a.example/x.warc.gz"],
            fetcher=CannedFetcher({"https://a.example/x.warc.gz": data}),
        )
    )
    assert [page.source.kind for page in pages(items)] == ["warc", "warc"]
    assert {page.source.location for page in pages(items)} == {"https://a.example/x.warc.gz"}


def test_fetched_gzip_html_is_unpacked() -> None:
    body = html("Zipped on the server")
    fetcher = CannedFetcher({"https://a.example/p.html.gz": gzip.compress(body)})
    [page] = list(iter_pages(["https://a.example/p.html.gz"], fetcher=fetcher))
    assert isinstance(page, Page) and page.body == body and page.source.kind == "url"


def test_fetched_pdf_is_binary_and_oversized_is_capped() -> None:
    fetcher = CannedFetcher(
        {"https://a.example/r.pdf": b"%PDF-1.6\n", "https://a.example/big": html("b" * 900)}
    )
    items = list(
        iter_pages(
            ["https://a.example/r.pdf", "https://a.example/big"],
            fetcher=fetcher,
            options=IngestOptions(max_bytes=500),
        )
    )
    assert [item.reason for item in rejections(items)] == ["binary", "oversized"]


class RaisingFetcher:
    def fetch(self, url: str) -> Page | Rejected:
        raise FetchError("robots_disallowed", f"robots.txt disallows {url}")


def test_fetch_error_escaping_the_fetcher_becomes_a_rejection() -> None:
    [item] = list(iter_pages(["https://a.example/private"], fetcher=RaisingFetcher()))
    assert isinstance(item, Rejected) and item.reason == "robots_disallowed"


def test_a_single_string_is_refused() -> None:
    with pytest.raises(TypeError, match="list of inputs"):
        list(iter_pages("page.html"))


def test_public_api() -> None:
    assert storytrace.ingest.__all__ == ["IngestOptions", "PageFetcher", "iter_pages", "sniff"]
