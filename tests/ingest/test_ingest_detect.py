"""sniff(): what a stream holds, by content first and by name only as a tie-breaker."""

from __future__ import annotations

import gzip

import pytest

from storytrace.ingest.detect import contains_tags, looks_like_html, sniff


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"", "a.html", "empty"),
        (b" \n\t\r\n", "a.txt", "empty"),
        (gzip.compress(b"<html></html>", mtime=0), "a.html", "gzip"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "x.txt", "warc"),
        (b"WARC/1.1\r\nWARC-Type: response\r\n", "", "warc"),
        (b"filedesc://crawl.arc 0.0.0.0 20200101000000 text/plain 70\n", "", "arc"),
        (b'{"url": "https://a.example/", "text": "hello"}\n{"url": "x"}\n', "dump.txt", "jsonl"),
        (b'{\n  "title": "Pretty printed",\n  "text": "body"\n}\n', "one", "jsonl"),
        (b'[{"title": "In an array"}]', "a.json", "jsonl"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed.html", "feed"),
        (b'\xef\xbb\xbf<?xml version="1.0"?><!-- made by hand --><feed xmlns="x">', "", "feed"),
        (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="r">', "", "feed"),
        (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "notes.txt", "html"),
        (b"<HTML><BODY>Shouting markup</BODY></HTML>", "", "html"),
        (b"<div><p>Just a fragment</p></div>", "", "html"),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>', "", "html"),
        (b"Plain words about a ferry.\nAnother line.\n", "page.html", "text"),
        (b"A line with <em>one tag</em> only", "page.html", "html"),
        (b"A line with <em>one tag</em> only", "page.txt", "text"),
        (b"{not json at all, just a brace}\nsecond line", "", "text"),
        (b"[Reuters] A wire story starts with a bracket.", "", "text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "story.html", "binary:PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.txt", "binary:PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "", "binary:JPEG image"),
        (b"GIF89a\x01\x00", "", "binary:GIF image"),
        (b"PK\x03\x04\x14\x00", "", "binary:ZIP archive (or an Office document)"),
        (b"\x7fELF\x02\x01\x01", "", "binary:ELF executable"),
        (b"abc\x00\x00\x00\x01\x02\x03" * 50, "a.html", "binary:binary data"),
        (
            b"story.html" + b"\x00" * 247 + b"ustar\x0000" + b"\x00" * 100,
            "x.html",
            "binary:tar archive",
        ),
    ],
)
def test_sniff(head: bytes, name: str, expected: str) -> None:
    assert sniff(head, name) == expected


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_sniff_reads_utf16_html_as_html_not_binary(codec: str) -> None:
    head = "<!DOCTYPE html><html><body><p>Wide text</p></body></html>".encode(codec)
    assert sniff(head) == "html"


def test_sniff_latin1_text_is_text() -> None:
    assert sniff("Caf\xe9 cr\xe8me and na\xefve readers.".encode("latin-1")) == "text"


def test_sniff_jsonl_with_first_line_longer_than_head_uses_json_start() -> None:
    head = b'{"text": "' + b"x" * 70_000
    assert sniff(head[:65_536]) == "jsonl"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<p>one</p><p>two</p>", True),
        (b"<html>", True),
        (b"just words, 3 < 4 and 5 > 2", False),
        (b"<p>only one tag", False),
    ],
)
def test_looks_like_html(data: bytes, expected: bool) -> None:
    assert looks_like_html(data) is expected


@pytest.mark.parametrize(
    ("text", "expected"), [("a <b>bold</b> word", True), ("3 < 4 > 2", False), ("plain", False)]
)
def test_contains_tags(text: str, expected: bool) -> None:
    assert contains_tags(text) is expected
