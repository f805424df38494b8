"""JSON Lines, JSON arrays and single JSON objects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_builders import pages, read, rejections

from storytrace.model import Page, Rejected, Source


def write_lines(path: Path, *lines: str | bytes) -> Path:
    path.write_bytes(
        b"".join((line.encode() if isinstance(line, str) else line) + b"\n" for line in lines)
    )
    return path


def test_jsonl_objects_become_pages_with_hints(tmp_path: Path) -> None:
    record = {
        "url": "https://wire.example/1",
        "title": "Ferry service resumes",
        "pubdate": "2022-02-03",
        "site_name": "Example Wire",
        "byline": "A. Writer",
        "lang": "en",
        "text": "The ferry service resumed on Thursday after two weeks.",
    }
    path = write_lines(tmp_path / "wire.jsonl", json.dumps(record))
    [page] = read(path)
    assert isinstance(page, Page)
    assert page.source == Source(kind="jsonl", location=str(path.resolve()), record="1")
    assert page.kind == "text"
    assert page.body == record["text"].encode()
    assert page.content_type == "text/plain; charset=utf-8"
    assert page.url == "https://wire.example/1"
    assert page.hints == {
        "title": "Ferry service resumes",
        "published": "2022-02-03",
        "outlet": "Example Wire",
        "author": "A. Writer",
        "language": "en",
    }


def test_html_field_wins_over_text_and_makes_an_html_page(tmp_path: Path) -> None:
    line = json.dumps({"raw_html": "<p>Caf\u00e9 opens</p>", "text": "Café opens"})
    [page] = read(write_lines(tmp_path / "a.jsonl", line))
    assert isinstance(page, Page)
    assert page.kind == "html" and page.body == "<p>Café opens</p>".encode()
    assert page.content_type == "text/html; charset=utf-8"


def test_bad_lines_are_rejected_with_their_line_number_and_the_file_goes_on(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "mixed.jsonl",
        json.dumps({"text": "first good"}),
        "{not json",
        "",
        "[1, 2]",
        json.dumps({"title": "no body"}),
        json.dumps({"content": "second good"}),
    )
    items = read(path)
    assert [page.body for page in pages(items)] == [b"first good", b"second good"]
    assert [page.source.record for page in pages(items)] == ["1", "6"]
    found = [(item.reason, item.source.record) for item in rejections(items)]
    assert found == [("corrupt", "2"), ("corrupt", "4"), ("no_article", "5")]
    assert "line 2" in rejections(items)[0].detail
    assert "array" in rejections(items)[1].detail


def test_bom_and_invalid_utf8_are_tolerated(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "bom.jsonl",
        b"\xef\xbb\xbf" + json.dumps({"text": "after a BOM"}).encode(),
        b'{"text": "bad byte \xff here"}',
    )
    items = read(path)
    assert [page.body for page in pages(items)] == [b"after a BOM", "bad byte \ufffd here".encode()]


def test_lone_surrogate_escape_does_not_break_encoding(tmp_path: Path) -> None:
    [page] = read(
        write_lines(tmp_path / "s.jsonl", '{"text": "half \\ud800 pair", "title": "\\udfff"}')
    )
    assert isinstance(page, Page) and page.body == b"half ? pair"


def test_long_line_is_oversized_and_the_next_line_read(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "long.jsonl", json.dumps({"text": "x" * 5000}), json.dumps({"text": "short"})
    )
    items = read(path, max_bytes=1000)
    assert [(item.reason, item.source.record) for item in rejections(items)] == [("oversized", "1")]
    assert [page.body for page in pages(items)] == [b"short"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"name": "Wire Service", "id": "ws"}, "Wire Service"),
        (["Ann", "Bo", 3, {"name": "Cy"}], "Ann, Bo, Cy"),
        (42, "42"),
        (True, None),
        (None, None),
    ],
)
def test_non_string_hints_are_converted_or_dropped(
    tmp_path: Path, value: object, expected: str | None
) -> None:
    line = json.dumps({"text": "Body text.", "source": value, "authors": value})
    [page] = read(write_lines(tmp_path / "h.jsonl", line))
    assert isinstance(page, Page)
    assert page.hints.get("outlet") == expected


def test_epoch_published_becomes_an_iso_date(tmp_path: Path) -> None:
    [page] = read(
        write_lines(tmp_path / "e.jsonl", json.dumps({"text": "t", "published": 1600000000}))
    )
    assert isinstance(page, Page) and page.hints["published"] == "2020-09-13T12:26:40Z"


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    path.write_text(json.dumps([{"text": "one"}, {"html": "<p>two</p>"}, "three"], indent=2))
    items = read(path)
    assert [page.body for page in pages(items)] == [b"one", b"<p>two</p>"]
    assert [page.source.record for page in pages(items)] == ["item:1", "item:2"]
    assert [(item.reason, item.source.record) for item in rejections(items)] == [
        ("corrupt", "item:3")
    ]


def test_pretty_printed_single_object(tmp_path: Path) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"title": "Pretty", "maintext": "Printed over lines."}, indent=4))
    [page] = read(path)
    assert (
        isinstance(page, Page)
        and page.body == b"Printed over lines."
        and page.hints["title"] == "Pretty"
    )


def test_json_array_larger_than_the_cap_is_oversized(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps([{"text": "word " * 100} for _ in range(50)]))
    [item] = read(path, max_bytes=2000)
    assert isinstance(item, Rejected) and item.reason == "oversized"


def test_jsonl_with_a_misleading_name_is_detected(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "notes.txt", json.dumps({"text": "hidden jsonl"}))
    [page] = read(path)
    assert isinstance(page, Page) and page.source.kind == "jsonl"


def test_deeply_nested_line_is_corrupt_not_a_crash(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "deep.jsonl", json.dumps({"text": "fine"}), '{"a": ' + "[" * 100_000
    )
    items = read(path)
    assert [item.reason for item in rejections(items)] == ["corrupt"]
