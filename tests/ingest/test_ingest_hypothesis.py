"""Property tests: no bytes, however broken, make iter_pages raise."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_builders import arc_bytes, html, http_response, mixed_warc

from storytrace.ingest import IngestOptions, iter_pages
from storytrace.model import PAGE_KINDS, REASONS, SOURCE_KINDS, Page, Rejected

NAMES = ["page.html", "crawl.warc.gz", "crawl.warc", "dump.jsonl", "feed.xml", "old.arc", "x.json"]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(items: list[Page | Rejected]) -> None:
    for item in items:
        if isinstance(item, Page):
            assert item.kind in PAGE_KINDS
            assert item.source.kind in SOURCE_KINDS
            assert isinstance(item.body, bytes) and len(item.body) <= 50_000
            assert all(isinstance(value, str) for value in item.hints.values())
        else:
            assert isinstance(item, Rejected)
            assert item.reason in REASONS
            assert item.detail


def read_bytes(folder: Path, name: str, data: bytes) -> list[Page | Rejected]:
    path = folder / name
    path.write_bytes(data)
    return list(iter_pages([str(path)], options=IngestOptions(max_bytes=50_000)))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def samples(folder: Path) -> list[bytes]:
    """Valid inputs of every kind, for the mutation tests."""
    warc = mixed_warc(folder / "sample.warc", gzipped=False).read_bytes()
    warc_gz = mixed_warc(folder / "sample.warc.gz").read_bytes()
    arc = arc_bytes([("http://old.example/a", "20040506070809", http_response(html("Old story")))])
    jsonl = b"\n".join(json.dumps({"text": f"line {n}", "title": "t"}).encode() for n in range(5))
    feed = (
        b'<?xml version="1.0"?><rss><channel><title>C</title><item><title>T</title>'
        b"<link>https://a.example/</link><description>&lt;p&gt;Body&lt;/p&gt;</description></item>"
        b"</channel></rss>"
    )
    return [warc, warc_gz, arc, gzip.compress(arc), jsonl, gzip.compress(jsonl), feed, html("Page")]


@FUZZ
@given(data=st.binary(max_size=4000), name=st.sampled_from(NAMES))
def test_arbitrary_bytes_never_raise(folder: Path, data: bytes, name: str) -> None:
    check(read_bytes(folder, name, data))


@FUZZ
@given(
    choice=st.integers(min_value=0, max_value=7),
    cut=st.floats(min_value=0, max_value=1),
    flips=st.lists(st.tuples(st.floats(min_value=0, max_value=1), st.integers(0, 255)), max_size=6),
    name=st.sampled_from(NAMES),
)
def test_damaged_valid_inputs_never_raise(
    folder: Path,
    samples: list[bytes],
    choice: int,
    cut: float,
    flips: list[tuple[float, int]],
    name: str,
) -> None:
    data = bytearray(samples[choice][: max(1, int(len(samples[choice]) * cut))])
    for where, value in flips:
        data[min(len(data) - 1, int(where * len(data)))] = value
    check(read_bytes(folder, name, bytes(data)))


@FUZZ
@given(
    prefix=st.sampled_from(
        [b"WARC/1.0\r\n", b"filedesc://", b'{"text": ', b"<rss><channel><item>", b"\x1f\x8b\x08"]
    ),
    rest=st.binary(max_size=2000),
)
def test_plausible_starts_with_garbage_never_raise(
    folder: Path, prefix: bytes, rest: bytes
) -> None:
    check(read_bytes(folder, "x.bin", prefix + rest))


@FUZZ
@given(data=st.binary(max_size=2000))
def test_arbitrary_stdin_never_raises(data: bytes) -> None:
    check(list(iter_pages(["-"], stdin=io.BytesIO(data), options=IngestOptions(max_bytes=50_000))))
