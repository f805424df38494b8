"""iter_pages on files, directories, globs, standard input; sizes, gzip and damaged inputs."""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path

import pytest
from ingest_builders import gzipped, html, mixed_warc, pages, read, rejections

from storytrace.errors import ConfigError
from storytrace.ingest import IngestOptions, iter_pages
from storytrace.ingest.inputs import Stream, expand_inputs
from storytrace.model import Page, Rejected, Source


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_html_file_becomes_one_page_with_absolute_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = html("Harbour traffic doubled this spring")
    write(tmp_path / "story.html", body)
    monkeypatch.chdir(tmp_path)
    [page] = read("story.html")
    assert isinstance(page, Page)
    assert page.source == Source(kind="file", location=str((tmp_path / "story.html").resolve()))
    assert page.body == body
    assert page.kind == "html"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("notes.txt", html("Markup in a text file"), ("page", "html")),
        ("story.html", b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n", ("rejected", "binary")),
        ("story.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("rejected", "binary")),
        ("dump.html", b"Just lines of words.\nNo markup at all.\n", ("page", "text")),
        ("article.dat", b"A text dump with no extension to speak of.\n", ("page", "text")),
    ],
)
def test_kind_is_decided_by_content_not_name(
    tmp_path: Path, name: str, data: bytes, expected: tuple[str, str]
) -> None:
    [item] = read(write(tmp_path / name, data))
    if expected[0] == "page":
        assert isinstance(item, Page) and item.kind == expected[1]
    else:
        assert isinstance(item, Rejected) and item.reason == expected[1]


def test_binary_rejection_names_the_format(tmp_path: Path) -> None:
    [item] = read(write(tmp_path / "a.html", b"%PDF-1.4\n"))
    assert isinstance(item, Rejected) and "PDF document" in item.detail


@pytest.mark.parametrize("data", [b"", b"   \n\n\t "])
def test_empty_file_is_rejected_as_empty(tmp_path: Path, data: bytes) -> None:
    [item] = read(write(tmp_path / "blank.html", data))
    assert isinstance(item, Rejected) and item.reason == "empty"


def test_directory_is_walked_sorted_skipping_hidden_and_assets(tmp_path: Path) -> None:
    root = tmp_path / "site"
    for relative in ["b.html", "a.html", "sub/z.txt", "sub/deeper/c.html", "a2/x.html"]:
        write(root / relative, html(relative))
    write(root / ".hidden.html", html("hidden"))
    write(root / ".git" / "config.html", html("hidden dir"))
    write(root / "style.css", b"body { color: red }")
    found = [Path(page.source.location).relative_to(root).as_posix() for page in pages(read(root))]
    assert found == ["a.html", "a2/x.html", "b.html", "sub/deeper/c.html", "sub/z.txt"]


def test_directory_order_is_the_same_on_every_run(tmp_path: Path) -> None:
    for number in [5, 3, 9, 1, 7]:
        write(tmp_path / f"d{number % 2}" / f"p{number}.html", html(str(number)))
    assert read(tmp_path) == read(tmp_path)


def test_glob_pattern_is_expanded_recursively_and_sorted(tmp_path: Path) -> None:
    for relative in ["pages/b.html", "pages/x/a.html", "pages/a.html", "pages/skip.txt"]:
        write(tmp_path / relative, html(relative))
    found = [Path(page.source.location).name for page in pages(read(f"{tmp_path}/pages/**/*.html"))]
    assert found == ["a.html", "b.html", "a.html"]


@pytest.mark.parametrize("typed", ["missing.html", "nowhere/*.html"])
def test_missing_input_is_unreadable_and_the_run_goes_on(tmp_path: Path, typed: str) -> None:
    good = write(tmp_path / "good.html", html("Still read"))
    items = read(tmp_path / typed, good)
    assert isinstance(items[0], Rejected)
    assert items[0].reason == "unreadable"
    assert items[0].detail == f"no such file or directory: {tmp_path / typed}"
    assert isinstance(items[1], Page)


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "once.html", html("Only once"))
    assert len(read(path, path, tmp_path)) == 1


def test_oversized_file_is_rejected_before_reading(tmp_path: Path) -> None:
    [item] = read(write(tmp_path / "big.html", html("x" * 500)), max_bytes=100)
    assert isinstance(item, Rejected) and item.reason == "oversized"


def test_gzip_bomb_is_cut_at_the_cap(tmp_path: Path) -> None:
    bomb = gzipped(b"<html><body>" + b"a" * 5_000_000 + b"</body></html>")
    [item] = read(write(tmp_path / "bomb.html.gz", bomb), max_bytes=100_000)
    assert isinstance(item, Rejected) and item.reason == "oversized"


def test_gzipped_html_is_unpacked_into_a_file_page(tmp_path: Path) -> None:
    body = html("Compressed but readable")
    [page] = read(write(tmp_path / "story.html.gz", gzipped(body)))
    assert isinstance(page, Page)
    assert page.body == body and page.kind == "html" and page.source.kind == "file"


def test_gzip_with_a_misleading_name_is_still_unpacked(tmp_path: Path) -> None:
    body = html("Name says text")
    [page] = read(write(tmp_path / "story.txt", gzipped(body)))
    assert isinstance(page, Page) and page.body == body


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda data: data[: len(data) // 2], "truncated"),
        (lambda data: data[:10] + b"\xff" * 40 + data[50:], "corrupt"),
        (lambda data: b"\x1f\x8b" + b"not really gzip at all", "corrupt"),
        (lambda data: data + b"trailing junk", "corrupt"),
    ],
)
def test_damaged_gzip_is_rejected_with_a_reason(
    tmp_path: Path, damage: object, reason: str
) -> None:
    import random

    noise = random.Random(3).randbytes(4000)
    data = gzipped(html("Damaged " + noise.hex()))
    path = write(tmp_path / "damaged.html.gz", damage(data))  # type: ignore[operator]
    items = read(path)
    assert [item.reason for item in rejections(items)] == [reason]
    assert not pages(items)
    assert str(path) in rejections(items)[0].detail


def test_truncated_gzip_warc_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    whole = mixed_warc(tmp_path / "whole.warc.gz").read_bytes()
    cut = write(tmp_path / "cut.warc.gz", whole[: len(whole) - 200])
    items = read(cut)
    assert len(pages(items)) == 1
    assert items[-1].reason == "truncated"  # type: ignore[union-attr]


def test_stdin_page_has_stdin_source() -> None:
    body = html("From a pipe")
    [page] = list(iter_pages(["-"], stdin=io.BytesIO(body)))
    assert isinstance(page, Page)
    assert page.source == Source(kind="stdin", location="-")
    assert page.body == body


def test_stdin_may_hold_a_warc(tmp_path: Path) -> None:
    data = mixed_warc(tmp_path / "in.warc.gz").read_bytes()
    items = list(iter_pages(["-"], stdin=io.BytesIO(data)))
    assert [page.source.kind for page in pages(items)] == ["warc", "warc"]
    assert {page.source.location for page in pages(items)} == {"-"}


def test_stdin_oversized_is_rejected() -> None:
    items = list(
        iter_pages(["-"], stdin=io.BytesIO(html("y" * 1000)), options=IngestOptions(max_bytes=50))
    )
    assert [item.reason for item in rejections(items)] == ["oversized"]


def test_url_without_fetcher_is_fetch_failed() -> None:
    [item] = read("https://news.example/story")
    assert isinstance(item, Rejected)
    assert item.reason == "fetch_failed" and "no fetcher" in item.detail


def test_max_bytes_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="max_bytes"):
        IngestOptions(max_bytes=0)


def test_unlistable_directory_is_rejected_and_the_walk_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "locked" / "a.html", html("locked"))
    write(tmp_path / "open" / "b.html", html("open"))
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(expand_inputs([str(tmp_path)]))
    assert isinstance(items[0], Rejected) and items[0].reason == "unreadable"
    assert "Permission denied" in items[0].detail
    assert [Path(item.value).name for item in items[1:]] == ["b.html"]  # type: ignore[union-attr]


def test_stream_peek_read_readline_and_tell() -> None:
    stream = Stream(io.BytesIO(b"first line\nsecond line\nthird"))
    assert stream.peek(5) == b"first"
    assert stream.readline() == b"first line\n"
    assert stream.readline(3) == b"sec"
    assert stream.tell() == 14
    assert stream.read(-1) == b"ond line\nthird"
    assert stream.read(10) == b""
    assert stream.failure is None


def test_stream_turns_a_truncated_gzip_into_end_of_stream_and_a_failure() -> None:
    data = gzipped(os.urandom(2000))
    stream = Stream(gzip.GzipFile(fileobj=io.BytesIO(data[:-30])), label="gzip stream")
    assert len(stream.read(-1)) > 0
    assert stream.take_failure() == ("truncated", stream_failure_detail(stream))
    assert stream.take_failure() is None


def stream_failure_detail(stream: Stream) -> str:
    return f"the gzip stream ends early, after {stream.tell():,} bytes"
