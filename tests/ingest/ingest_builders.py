"""Builders for the ingest tests: small WARC, ARC, feed and page bytes written by the tests."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storytrace.ingest import IngestOptions, iter_pages
from storytrace.model import Page, Rejected

OUTLINKS = b"outlink: https://news.example/two\r\n"


def html(words: str) -> bytes:
    """A small HTML page whose paragraph says ``words``."""
    return (
        f"<!DOCTYPE html><html><head><title>{words}</title></head>"
        f"<body><article><p>{words}</p></article></body></html>"
    ).encode()


def response(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    *,
    content_type: str | None = "text/html; charset=utf-8",
    status: str = "200 OK",
    headers: Sequence[tuple[str, str]] = (),
) -> None:
    """Write one HTTP response record."""
    fields = [("Content-Type", content_type)] if content_type else []
    http = StatusAndHeaders(status, [*fields, *headers], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
    )
    writer.write_record(record)


def mixed_warc(path: Path, *, gzipped: bool = True) -> Path:
    """A WARC with warcinfo, request, two HTML responses, an image, a 404 and a metadata record."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        request = StatusAndHeaders(
            "GET /one HTTP/1.1", [("Host", "news.example")], is_http_request=True
        )
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/one",
                "request",
                payload=io.BytesIO(b""),
                length=0,
                http_headers=request,
            )
        )
        response(writer, "https://news.example/one", html("The river rose by two metres overnight"))
        response(
            writer,
            "https://news.example/logo.png",
            b"\x89PNG\r\n\x1a\nxxxx",
            content_type="image/png",
        )
        response(writer, "https://news.example/gone", html("Nothing here"), status="404 Not Found")
        metadata = writer.create_warc_record(
            "https://news.example/one",
            "metadata",
            payload=io.BytesIO(OUTLINKS),
            length=len(OUTLINKS),
            warc_content_type="application/warc-fields",
        )
        writer.write_record(metadata)
        response(writer, "https://news.example/two", html("The mayor opened the new ferry pier"))
    return path


def arc_bytes(records: Iterable[tuple[str, str, bytes]]) -> bytes:
    """An ARC v1 file: a filedesc header, then one record per (uri, date, http response)."""
    description = b"1 0 Tests\nURL IP-address Archive-date Content-type Archive-length\n"
    out = io.BytesIO()
    out.write(b"filedesc://tests.arc 0.0.0.0 20200101000000 text/plain %d\n" % len(description))
    out.write(description + b"\n")
    for uri, date, payload in records:
        out.write(f"{uri} 192.0.2.1 {date} text/html {len(payload)}\n".encode())
        out.write(payload + b"\n")
    return out.getvalue()


def http_response(body: bytes, content_type: str = "text/html") -> bytes:
    """The bytes of an HTTP/1.1 200 response carrying ``body``."""
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def read(*inputs: str | Path, **options: object) -> list[Page | Rejected]:
    """All items ``iter_pages`` yields for ``inputs`` (options go to IngestOptions)."""
    return list(iter_pages([str(item) for item in inputs], options=IngestOptions(**options)))  # type: ignore[arg-type]


def pages(items: Iterable[Page | Rejected]) -> list[Page]:
    return [item for item in items if isinstance(item, Page)]


def rejections(items: Iterable[Page | Rejected]) -> list[Rejected]:
    return [item for item in items if isinstance(item, Rejected)]
