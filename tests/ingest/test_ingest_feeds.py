"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds, hostile XML, and fetching item links."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from ingest_builders import html, pages, read, rejections

from storytrace.ingest import IngestOptions, iter_pages
from storytrace.model import Page, Rejected, Source, reject

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Valley Courier</title>
  <link>https://courier.example/</link>
  <language>en-gb</language>
  <item>
    <title>Bridge reopens</title>
    <link>https://courier.example/bridge</link>
    <guid isPermaLink="false">courier-1</guid>
    <pubDate>Tue, 04 May 2021 09:00:00 +0000</pubDate>
    <dc:creator>Sam Field</dc:creator>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>The old bridge reopened on Tuesday.</p>
<p>Traffic was light.</p>]]></content:encoded>
  </item>
  <item>
    <title>Plain summary only</title>
    <link>https://courier.example/plain</link>
    <description>A description without any markup at all, but long enough.</description>
  </item>
  <item>
    <title>Link only</title>
    <link>https://courier.example/link-only</link>
  </item>
</channel>
</rss>
"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://hills.example/"><title>Hills Weekly</title></channel>
  <item rdf:about="https://hills.example/fair">
    <title>Fair returns</title>
    <link>https://hills.example/fair</link>
    <description>&lt;p&gt;The county fair returned after three years.&lt;/p&gt;</description>
    <dc:date>2020-08-01T10:00:00Z</dc:date>
  </item>
</rdf:RDF>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Coast Notes</title>
  <entry>
    <title>Harbour dredging</title>
    <id>tag:coast.example,2021:1</id>
    <link rel="alternate" href="https://coast.example/dredging"/>
    <link rel="edit" href="https://coast.example/edit/1"/>
    <published>2021-06-01T08:00:00Z</published>
    <updated>2021-06-02T08:00:00Z</updated>
    <author><name>Kim Shore</name></author>
    <summary>Dredging starts.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
      <p>Dredging of the harbour starts in June.</p></div></content>
  </entry>
  <entry>
    <title>Text entry</title>
    <id>tag:coast.example,2021:2</id>
    <content type="text">Only plain words here.</content>
  </entry>
</feed>
"""


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_rss_items(tmp_path: Path) -> None:
    path = write(tmp_path / "courier.xml", RSS)
    items = read(path)
    first, second = pages(items)
    assert first.source == Source(kind="feed", location=str(path.resolve()), record="courier-1")
    assert first.kind == "html"
    assert first.body == b"<p>The old bridge reopened on Tuesday.</p>\n<p>Traffic was light.</p>"
    assert first.content_type == "text/html; charset=utf-8"
    assert first.url == "https://courier.example/bridge"
    assert first.hints == {
        "title": "Bridge reopens",
        "published": "Tue, 04 May 2021 09:00:00 +0000",
        "author": "Sam Field",
        "outlet": "The Valley Courier",
        "language": "en-gb",
    }
    assert second.kind == "text" and second.content_type == "text/plain; charset=utf-8"
    assert second.source.record == "https://courier.example/plain"
    [link_only] = rejections(items)
    assert link_only.reason == "no_article" and "--fetch-links" in link_only.detail


def test_rdf_items(tmp_path: Path) -> None:
    [page] = read(write(tmp_path / "hills.rdf", RDF))
    assert isinstance(page, Page)
    assert page.body == b"<p>The county fair returned after three years.</p>"
    assert page.kind == "html"
    assert page.source.record == "https://hills.example/fair"
    assert (
        page.hints["outlet"] == "Hills Weekly" and page.hints["published"] == "2020-08-01T10:00:00Z"
    )


def test_atom_entries(tmp_path: Path) -> None:
    first, second = pages(read(write(tmp_path / "coast.atom", ATOM)))
    assert first.url == "https://coast.example/dredging"
    assert first.source.record == "tag:coast.example,2021:1"
    assert b"Dredging of the harbour starts in June." in first.body and first.kind == "html"
    assert first.hints["published"] == "2021-06-01T08:00:00Z"
    assert first.hints["author"] == "Kim Shore" and first.hints["outlet"] == "Coast Notes"
    assert second.kind == "text" and second.body == b"Only plain words here."


def test_feed_with_a_misleading_name_is_read_as_a_feed(tmp_path: Path) -> None:
    items = read(write(tmp_path / "index.html", RSS))
    assert {page.source.kind for page in pages(items)} == {"feed"}


def test_billion_laughs_does_not_expand(tmp_path: Path) -> None:
    entities = ['<!ENTITY lol0 "lollollollollollol">']
    entities += [f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)]
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(entities) + "\n]>\n"
        "<rss><channel><title>Bomb</title><item><title>&lol9;</title>"
        "<description>&lol9;</description></item></channel></rss>"
    ).encode()
    started = time.monotonic()
    items = read(write(tmp_path / "bomb.xml", bomb))
    assert time.monotonic() - started < 5
    assert all(isinstance(item, Rejected) or len(item.body) < 10_000 for item in items)
    assert items


def test_external_entity_is_not_resolved(tmp_path: Path) -> None:
    secret = write(tmp_path / "secret.txt", b"TOP SECRET CONTENT")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<rss><channel><item><title>x</title><description>before &xxe; after</description>"
        "</item></channel></rss>"
    ).encode()
    items = read(write(tmp_path / "xxe.xml", xxe))
    assert all(b"TOP SECRET" not in page.body for page in pages(items))


def test_broken_feed_without_items_is_corrupt(tmp_path: Path) -> None:
    [item] = read(write(tmp_path / "broken.xml", b'<?xml version="1.0"?><rss><channel><title>Cut'))
    assert isinstance(item, Rejected) and item.reason == "corrupt"


def test_slightly_malformed_feed_is_recovered(tmp_path: Path) -> None:
    sloppy = RSS.replace(b"<title>Bridge reopens</title>", b"<title>Bridge & tunnel</title>")
    assert len(pages(read(write(tmp_path / "sloppy.xml", sloppy)))) == 2


class FakeFetcher:
    """Answers every URL with a small page, and remembers what it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def fetch(self, url: str) -> Page | Rejected:
        self.asked.append(url)
        source = Source(kind="url", location=url)
        if url.endswith("plain"):
            return reject(source, "fetch_failed", "HTTP 503 from the fake server")
        if url.endswith(".pdf"):
            return Page(source=source, body=b"%PDF-1.4\n", url=url)
        return Page(
            source=source, body=html(f"Fetched {url}"), url=url, hints={"title": "From page"}
        )


def test_feed_links_are_fetched_when_asked(tmp_path: Path) -> None:
    fetcher = FakeFetcher()
    path = write(tmp_path / "courier.xml", RSS)
    items = list(
        iter_pages([str(path)], options=IngestOptions(fetch_feed_links=True), fetcher=fetcher)
    )
    assert fetcher.asked == ["https://courier.example/plain", "https://courier.example/link-only"]
    feed_page, fetched = pages(items)
    assert feed_page.source.kind == "feed"
    assert fetched.source == Source(kind="url", location="https://courier.example/link-only")
    assert fetched.hints["title"] == "From page" and fetched.hints["outlet"] == "The Valley Courier"
    assert [item.reason for item in rejections(items)] == ["fetch_failed"]


@pytest.mark.parametrize("options", [IngestOptions(), IngestOptions(fetch_feed_links=True)])
def test_feed_links_are_not_fetched_without_option_and_fetcher(
    tmp_path: Path, options: IngestOptions
) -> None:
    fetcher = FakeFetcher()
    path = write(tmp_path / "courier.xml", RSS)
    given = None if options.fetch_feed_links else fetcher
    items = list(iter_pages([str(path)], options=options, fetcher=given))
    assert fetcher.asked == []
    assert [item.reason for item in rejections(items)] == ["no_article"]


def test_fetched_url_that_is_a_feed_is_read_as_a_feed() -> None:
    class FeedServer:
        def fetch(self, url: str) -> Page | Rejected:
            return Page(
                source=Source(kind="url", location=url),
                body=RSS,
                url=url,
                content_type="application/rss+xml",
            )

    items = list(iter_pages(["https://courier.example/feed"], fetcher=FeedServer()))
    assert [page.source.kind for page in pages(items)] == ["feed", "feed"]
    assert {page.source.location for page in pages(items)} == {"https://courier.example/feed"}


def test_stdin_feed() -> None:
    items = list(iter_pages(["-"], stdin=io.BytesIO(ATOM)))
    assert [page.source.location for page in pages(items)] == ["-", "-"]


def test_fetched_feed_link_that_is_a_pdf_is_rejected(tmp_path: Path) -> None:
    feed = RSS.replace(b"https://courier.example/link-only", b"https://courier.example/report.pdf")
    path = write(tmp_path / "courier.xml", feed)
    options = IngestOptions(fetch_feed_links=True)
    items = list(iter_pages([str(path)], options=options, fetcher=FakeFetcher()))
    assert [item.reason for item in rejections(items)] == ["fetch_failed", "binary"]
