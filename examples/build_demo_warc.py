"""Build examples/demo/valley-gazette-crawl.warc.gz, the WARC of the demo corpus.

The WARC holds a small crawl of the fictional Valley Gazette: a warcinfo record, a request and
a response for each of two article pages, and a response for the site's stylesheet (a non-HTML
record that readers must skip). The pages come from examples/warc_src/.

The output is deterministic: record ids, dates and the gzip header are fixed, so running the
script again writes the same bytes and ``git diff`` stays empty.

    python examples/build_demo_warc.py
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "warc_src"
OUTPUT = HERE / "demo" / "valley-gazette-crawl.warc.gz"
SITE = "https://valleygazette.example.net"
USER_AGENT = "storytrace-demo-crawler/1.0 (+https://example.org/storytrace)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Capture:
    """One fetched resource: where it was, when, and what came back."""

    path: str
    source: str
    content_type: str
    date: str
    request_id: str | None
    response_id: str
    last_modified: str


CAPTURES = (
    Capture(
        path="/news/2025/02/05/ministry-dismisses-letter-jaw-leader",
        source="ministry-dismisses-letter.html",
        content_type="text/html; charset=utf-8",
        date="2025-02-13T08:00:05Z",
        request_id="00000000-0000-4000-8000-000000000011",
        response_id="00000000-0000-4000-8000-000000000012",
        last_modified="Wed, 05 Feb 2025 14:40:00 GMT",
    ),
    Capture(
        path="/news/2025/02/12/raid-kafr-tamra-jaw-hideout",
        source="raid-kafr-tamra.html",
        content_type="text/html; charset=utf-8",
        date="2025-02-13T08:00:09Z",
        request_id="00000000-0000-4000-8000-000000000021",
        response_id="00000000-0000-4000-8000-000000000022",
        last_modified="Wed, 12 Feb 2025 07:15:00 GMT",
    ),
    Capture(
        path="/assets/gazette.css",
        source="gazette.css",
        content_type="text/css",
        date="2025-02-13T08:00:10Z",
        request_id=None,
        response_id="00000000-0000-4000-8000-000000000031",
        last_modified="Mon, 06 Jan 2025 10:00:00 GMT",
    ),
)

WARCINFO_ID = "00000000-0000-4000-8000-000000000001"
WARCINFO_DATE = "2025-02-13T08:00:00Z"


def record_id(value: str) -> str:
    """Return ``value`` as a WARC-Record-ID (``<urn:uuid:...>``), checking it is a UUID."""
    return f"<urn:uuid:{uuid.UUID(value)}>"


def write_warcinfo(writer: WARCWriter) -> None:
    """Write the warcinfo record that describes the crawl."""
    fields = (
        "software: storytrace examples/build_demo_warc.py\r\n"
        "format: WARC File Format 1.0\r\n"
        f"http-header-user-agent: {USER_AGENT}\r\n"
        "description: Demo crawl of the fictional Valley Gazette for the storytrace corpus\r\n"
        "isPartOf: storytrace-demo\r\n"
    ).encode()
    record = writer.create_warc_record(
        "",
        "warcinfo",
        payload=io.BytesIO(fields),
        length=len(fields),
        warc_content_type="application/warc-fields",
        warc_headers_dict={
            "WARC-Record-ID": record_id(WARCINFO_ID),
            "WARC-Date": WARCINFO_DATE,
            "WARC-Filename": OUTPUT.name,
        },
    )
    writer.write_record(record)


def response_record(writer: WARCWriter, capture: Capture) -> object:
    """Build the response record of ``capture`` with an HTTP/1.1 200 header."""
    body = (SOURCES / capture.source).read_bytes()
    http_headers = StatusAndHeaders(
        "200 OK",
        [
            ("Content-Type", capture.content_type),
            ("Content-Length", str(len(body))),
            ("Last-Modified", capture.last_modified),
            ("Server", "nginx"),
        ],
        protocol="HTTP/1.1",
    )
    return writer.create_warc_record(
        SITE + capture.path,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=http_headers,
        warc_headers_dict={
            "WARC-Record-ID": record_id(capture.response_id),
            "WARC-Date": capture.date,
        },
    )


def request_record(writer: WARCWriter, capture: Capture, request_id: str) -> object:
    """Build the GET request record of ``capture``."""
    http_headers = StatusAndHeaders(
        f"GET {capture.path} HTTP/1.1",
        [
            ("Host", SITE.removeprefix("https://")),
            ("User-Agent", USER_AGENT),
            ("Accept", "text/html,*/*;q=0.8"),
        ],
        is_http_request=True,
    )
    return writer.create_warc_record(
        SITE + capture.path,
        "request",
        http_headers=http_headers,
        warc_headers_dict={"WARC-Record-ID": record_id(request_id), "WARC-Date": capture.date},
    )


def build(output: Path = OUTPUT) -> None:
    """Write the demo WARC to ``output``."""
    with output.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True, warc_version="1.0")
        write_warcinfo(writer)
        for capture in CAPTURES:
            response = response_record(writer, capture)
            if capture.request_id is None:
                writer.write_record(response)
            else:
                request = request_record(writer, capture, capture.request_id)
                writer.write_request_response_pair(request, response)


if __name__ == "__main__":
    build()
