"""WARC and ARC archives: which records become pages, what the pages carry, and damage."""

from __future__ import annotations

import gzip
import io
import re
import zlib
from pathlib import Path

import pytest
from ingest_builders import (
    arc_bytes,
    html,
    http_response,
    mixed_warc,
    pages,
    read,
    rejections,
    response,
)
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from storytrace.ingest.warc import iso_date
from storytrace.model import Page, Rejected

ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z\Z")
SKIPS = [
    "WARC warcinfo record",
    "WARC request record",
    "response of type image/png",
    "HTTP 404 response",
    "WARC metadata record",
]


@pytest.mark.parametrize("gzipped", [True, False])
def test_mixed_warc_yields_html_responses_and_skips_the_rest(tmp_path: Path, gzipped: bool) -> None:
    items = read(mixed_warc(tmp_path / ("a.warc.gz" if gzipped else "a.warc"), gzipped=gzipped))
    assert [page.url for page in pages(items)] == [
        "https://news.example/one",
        "https://news.example/two",
    ]
    assert [item.detail for item in rejections(items)] == SKIPS
    assert all(item.reason == "skipped_record" and item.skipped for item in rejections(items))


def test_warc_page_fields(tmp_path: Path) -> None:
    path = mixed_warc(tmp_path / "a.warc.gz")
    page = pages(read(path))[0]
    assert page.kind == "html"
    assert page.body == html("The river rose by two metres overnight")
    assert page.content_type == "text/html; charset=utf-8"
    assert page.fetched_at is not None and ISO_UTC.match(page.fetched_at)
    assert page.source.kind == "warc" and page.source.location == str(path.resolve())
    assert page.source.record is not None and page.source.record.startswith("<urn:uuid:")


def record_ends(data: bytes) -> set[int]:
    """Byte offsets at which a cut loses no record (record or gzip member ends)."""
    iterator = ArchiveIterator(io.BytesIO(data))
    ends: set[int] = set()
    for _record in iterator:
        iterator.read_to_end()
        end = iterator.get_record_offset() + iterator.get_record_length()
        ends.update(range(end, end + 5))  # the blank lines after a record may be cut too
    return ends


@pytest.mark.parametrize("gzipped", [True, False])
def test_warc_cut_anywhere_keeps_earlier_pages_and_reports_the_cut(
    tmp_path: Path, gzipped: bool
) -> None:
    whole = mixed_warc(tmp_path / "whole.warc", gzipped=gzipped).read_bytes()
    full_bodies = [page.body for page in pages(read(tmp_path / "whole.warc"))]
    ends = record_ends(whole) | {0}
    for cut in range(12, len(whole), 37):
        path = tmp_path / f"cut{cut}.warc"
        path.write_bytes(whole[:cut])
        items = read(path)
        bodies = [page.body for page in pages(items)]
        assert bodies == full_bodies[: len(bodies)], cut
        if cut not in ends:
            assert isinstance(items[-1], Rejected), cut
            assert items[-1].reason in ("truncated", "corrupt"), (cut, items[-1])


def test_broken_record_in_the_middle_stops_the_file_and_keeps_earlier_records(
    tmp_path: Path,
) -> None:
    whole = mixed_warc(tmp_path / "whole.warc", gzipped=False).read_bytes()
    third = [match.start() for match in re.finditer(rb"WARC/1\.[01]\r\n", whole)][3]
    damaged = whole[:third] + b"GARBAGE!" + whole[third + 8 :]
    path = tmp_path / "damaged.warc"
    path.write_bytes(damaged)
    items = read(path)
    assert len(pages(items)) == 1
    last = items[-1]
    assert isinstance(last, Rejected) and last.reason == "corrupt"
    assert f"byte offset {third:,}" in last.detail


def test_whole_file_gzip_warc_is_read_like_a_per_record_one(tmp_path: Path) -> None:
    plain = mixed_warc(tmp_path / "plain.warc", gzipped=False).read_bytes()
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(plain))
    assert len(pages(read(path))) == 2
    assert not [item for item in rejections(read(path)) if not item.skipped]


def write_warc(path: Path, *records: tuple[str, bytes, dict[str, object]]) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, body, options in records:
            response(writer, uri, body, **options)  # type: ignore[arg-type]
    return path


def test_chunked_and_gzip_encoded_payload_is_decoded(tmp_path: Path) -> None:
    body = html("Sent in chunks and compressed")
    packed = gzip.compress(body)
    chunked = (
        b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (packed[:20], packed[20:]))
        + b"0\r\n\r\n"
    )
    headers = [("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")]
    path = write_warc(
        tmp_path / "enc.warc.gz", ("https://a.example/", chunked, {"headers": headers})
    )
    [page] = read(path)
    assert isinstance(page, Page) and page.body == body


def test_payload_stored_decoded_with_encoding_header_is_kept(tmp_path: Path) -> None:
    body = html("Stored already decoded")
    path = write_warc(
        tmp_path / "dec.warc.gz",
        ("https://a.example/", body, {"headers": [("Content-Encoding", "gzip")]}),
    )
    [page] = read(path)
    assert isinstance(page, Page) and page.body == body


@pytest.mark.parametrize(
    ("encoding", "body", "expected"),
    [
        ("br", b"\x1b\x8f\x00\xf8\x05\xd4\x12\x8f\x9a", "unsupported"),
        ("br", html("Stored decoded"), "page"),
        ("deflate", zlib.compress(html("Deflated")), "page"),
    ],
)
def test_other_content_encodings(tmp_path: Path, encoding: str, body: bytes, expected: str) -> None:
    headers = [("Content-Encoding", encoding)]
    path = write_warc(tmp_path / "e.warc.gz", ("https://a.example/", body, {"headers": headers}))
    [item] = read(path)
    assert (item.reason if isinstance(item, Rejected) else "page") == expected
    if isinstance(item, Page):
        assert item.body.startswith(b"<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (html("No content type given"), "page"),
        (b'{"json": "without a type"}', "skipped_record"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ],
)
def test_response_without_content_type_is_sniffed(
    tmp_path: Path, body: bytes, expected: str
) -> None:
    path = write_warc(tmp_path / "x.warc.gz", ("https://a.example/", body, {"content_type": None}))
    [item] = read(path)
    assert (item.reason if isinstance(item, Rejected) else "page") == expected


def test_html_labelled_response_holding_a_pdf_is_binary(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "x.warc.gz", ("https://a.example/", b"%PDF-1.5\n", {}))
    [item] = read(path)
    assert isinstance(item, Rejected) and item.reason == "binary"


def test_oversized_record_is_rejected_and_the_next_one_read(tmp_path: Path) -> None:
    path = write_warc(
        tmp_path / "big.warc.gz",
        ("https://a.example/big", html("z" * 5000), {}),
        ("https://a.example/small", html("small"), {}),
    )
    items = read(path, max_bytes=1000)
    assert [item.reason for item in rejections(items)] == ["oversized"]
    assert [page.url for page in pages(items)] == ["https://a.example/small"]


def test_resource_and_revisit_records(tmp_path: Path) -> None:
    path = tmp_path / "res.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        for uri, body, media in [
            ("urn:a", html("An HTML resource"), "text/html"),
            ("urn:b", b"A plain text resource.\n", "text/plain"),
            ("urn:c", b"\x89PNG\r\n\x1a\n", "image/png"),
        ]:
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "resource",
                    payload=io.BytesIO(body),
                    length=len(body),
                    warc_content_type=media,
                )
            )
        revisit = writer.create_revisit_record(
            "https://a.example/", "sha1:AAAA", "https://a.example/", "2020-01-01T00:00:00Z"
        )
        writer.write_record(revisit)
    items = read(path)
    assert [(page.kind, page.content_type) for page in pages(items)] == [
        ("html", "text/html"),
        ("text", "text/plain"),
    ]
    assert [item.detail for item in rejections(items)] == [
        "resource of type image/png",
        "WARC revisit record",
    ]


def arc_file(tmp_path: Path, *, compress: bool) -> Path:
    data = arc_bytes(
        [
            (
                "http://old.example/a",
                "20040506070809",
                http_response(html("An old story from 2004")),
            ),
            (
                "http://old.example/b.gif",
                "20040506070810",
                http_response(b"GIF89a\x01", "image/gif"),
            ),
            ("http://old.example/c", "20040506070811", http_response(html("Another old story"))),
        ]
    )
    path = tmp_path / ("old.arc.gz" if compress else "old.arc")
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


@pytest.mark.parametrize("compress", [False, True])
def test_arc_records_become_pages(tmp_path: Path, compress: bool) -> None:
    items = read(arc_file(tmp_path, compress=compress))
    found = pages(items)
    assert [page.url for page in found] == ["http://old.example/a", "http://old.example/c"]
    assert found[0].fetched_at == "2004-05-06T07:08:09Z"
    assert found[0].body == html("An old story from 2004")
    assert all(page.source.kind == "arc" for page in found)
    assert all(re.fullmatch(r"offset:\d+", page.source.record or "") for page in found)
    assert [item.detail for item in rejections(items)] == [
        "ARC file header record",
        "response of type image/gif",
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-04T05:06:07Z", "2021-03-04T05:06:07Z"),
        ("2021-03-04T05:06:07.250Z", "2021-03-04T05:06:07.250000Z"),
        ("2021-03-04T07:06:07+02:00", "2021-03-04T05:06:07Z"),
        ("20210304050607", "2021-03-04T05:06:07Z"),
        ("2021-03-04", "2021-03-04T00:00:00Z"),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_blank_lines_before_the_first_record_are_tolerated(tmp_path: Path) -> None:
    plain = mixed_warc(tmp_path / "plain.warc", gzipped=False).read_bytes()
    path = tmp_path / "leading.warc"
    path.write_bytes(b"\r\n\n" + plain)
    assert len(pages(read(path))) == 2
    assert all(item.skipped for item in rejections(read(path)))


def test_compressed_payload_over_the_cap_is_oversized_not_a_partial_page(tmp_path: Path) -> None:
    noisy = html(" ".join(str(n * 7919 % 10007) for n in range(3000)))
    packed = gzip.compress(noisy)
    assert len(packed) > 2000
    headers = [("Content-Encoding", "gzip")]
    path = write_warc(tmp_path / "z.warc.gz", ("https://a.example/", packed, {"headers": headers}))
    [item] = read(path, max_bytes=2000)
    assert isinstance(item, Rejected) and item.reason == "oversized"
