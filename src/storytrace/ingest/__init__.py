"""Ingest: everything a researcher has, turned into :class:`~storytrace.model.Page` records.

Input: what the user typed (file paths, directories, glob patterns, ``-`` for standard input,
http(s) URLs). Each file or stream is recognised by its content (:mod:`.detect`): plain HTML or
text, gzip (looked into), WARC/ARC (:mod:`.warc`), JSON Lines or JSON (:mod:`.jsonl`), RSS/Atom
feeds (:mod:`.feeds`), or binary data.
Output: a stream of :class:`~storytrace.model.Page` and :class:`~storytrace.model.Rejected`, in a
deterministic order. Bytes are not decoded here (the extractor does that), except the JSON and XML
this package parses itself, whose text is re-encoded as UTF-8 with a matching content type.

Nothing is read whole: archives, JSON Lines and feeds are read record by record, and one page is
at most :attr:`IngestOptions.max_bytes`. A bad input is a rejection, never an exception, and never
stops the other inputs.

Stable API: :func:`iter_pages`, :class:`IngestOptions`, :class:`PageFetcher`, :func:`sniff`.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO, Final, Protocol
from urllib.parse import urlsplit

from storytrace.errors import ConfigError, FetchError
from storytrace.ingest.detect import HEAD_BYTES, sniff
from storytrace.ingest.feeds import iter_feed_pages
from storytrace.ingest.inputs import Stream, expand_inputs
from storytrace.ingest.jsonl import iter_json_pages
from storytrace.ingest.warc import iter_archive_pages
from storytrace.model import REASONS, Page, Rejected, Source, reject

__all__ = ["IngestOptions", "PageFetcher", "iter_pages", "sniff"]

_MAX_GZIP_DEPTH: Final = 2


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestOptions:
    """How inputs are read.

    Attributes:
        max_bytes: the largest page, record body, JSON line or plain file read, in bytes;
            anything bigger is ``Rejected("oversized")``. Archives and JSON Lines files may be
            any size: the cap applies to each record.
        fetch_feed_links: fetch the link of feed items that carry no full content (needs a
            fetcher); otherwise such items are rejected with ``no_article``.

    Raises:
        ConfigError: ``max_bytes`` is not positive.
    """

    max_bytes: int = 20_000_000
    fetch_feed_links: bool = False

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ConfigError(f"max_bytes must be a positive number of bytes, not {self.max_bytes}")


class PageFetcher(Protocol):
    """What :func:`iter_pages` needs of a fetcher (``storytrace.ingest.fetch.Fetcher``)."""

    def fetch(self, url: str) -> Page | Rejected:
        """Fetch ``url``: a page whose ``source`` is ``Source(kind="url", location=url)``."""
        ...


@dataclass(frozen=True, slots=True, kw_only=True)
class _Origin:
    """Where a stream comes from: ``kind`` is ``"file"``, ``"stdin"`` or ``"url"``."""

    kind: str
    location: str
    name: str = ""
    size: int | None = None
    url: str | None = None
    content_type: str | None = None
    fetched_at: str | None = None

    @property
    def source(self) -> Source:
        return Source(kind=self.kind, location=self.location)


def iter_pages(
    inputs: Sequence[str],
    *,
    options: IngestOptions = IngestOptions(),
    fetcher: PageFetcher | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Page | Rejected]:
    """Read every input and yield its pages, and a rejection for whatever is not a page.

    Args:
        inputs: file paths, directories (walked recursively, sorted, hidden entries skipped),
            glob patterns (``"pages/**/*.html"``), ``"-"`` for standard input and http(s) URLs.
        options: size cap and feed link fetching.
        fetcher: fetches URL inputs (and feed item links); without one a URL is rejected with
            ``fetch_failed``.
        stdin: the stream ``"-"`` reads (default ``sys.stdin.buffer``).

    Returns:
        A lazy iterator of :class:`Page` and :class:`Rejected`, inputs in the order given.

    Raises:
        TypeError: ``inputs`` is a single string rather than a sequence of them.
    """
    if isinstance(inputs, str | bytes):
        raise TypeError(f"inputs must be a list of inputs, not one string: use [{inputs!r}]")
    for item in expand_inputs(inputs):
        if isinstance(item, Rejected):
            yield item
        elif item.kind == "stdin":
            stream = Stream(
                stdin if stdin is not None else sys.stdin.buffer, label="standard input"
            )
            yield from _read_stream(stream, _Origin(kind="stdin", location="-"), options, fetcher)
        elif item.kind == "url":
            yield from _read_url(item.value, options, fetcher)
        else:
            yield from _read_file(item.value, options, fetcher)


def _read_file(
    path: str, options: IngestOptions, fetcher: PageFetcher | None
) -> Iterator[Page | Rejected]:
    origin = _Origin(kind="file", location=path, name=os.path.basename(path))
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with block below
    except OSError as error:
        yield reject(origin.source, "unreadable", f"cannot open {path}: {error.strerror or error}")
        return
    with handle:
        try:
            status = os.fstat(handle.fileno())
        except OSError as error:
            yield reject(
                origin.source, "unreadable", f"cannot stat {path}: {error.strerror or error}"
            )
            return
        if stat.S_ISREG(status.st_mode):
            origin = dataclasses.replace(origin, size=status.st_size)
        yield from _read_stream(Stream(handle, label="file"), origin, options, fetcher)


def _read_url(
    url: str, options: IngestOptions, fetcher: PageFetcher | None
) -> Iterator[Page | Rejected]:
    source = Source(kind="url", location=url)
    if fetcher is None:
        detail = f"cannot read {url}: no fetcher is configured (enable fetching to read URLs)"
        yield reject(source, "fetch_failed", detail)
        return
    fetched = _fetch(fetcher, url)
    if isinstance(fetched, Rejected):
        yield fetched
        return
    origin = _Origin(
        kind="url",
        location=fetched.source.location,
        name=os.path.basename(urlsplit(fetched.url or url).path),
        size=len(fetched.body),
        url=fetched.url,
        content_type=fetched.content_type,
        fetched_at=fetched.fetched_at,
    )
    kind = sniff(fetched.body[:HEAD_BYTES], origin.name)
    if kind in ("html", "text") and len(fetched.body) <= options.max_bytes:
        yield dataclasses.replace(fetched, kind=fetched.kind or kind)
        return
    yield from _read_stream(
        Stream(io.BytesIO(fetched.body), label="response"), origin, options, fetcher
    )


def _fetch(fetcher: PageFetcher, url: str) -> Page | Rejected:
    """``fetcher.fetch``, with a FetchError that escaped the fetcher turned into a rejection."""
    try:
        return fetcher.fetch(url)
    except FetchError as error:
        reason = error.reason if error.reason in REASONS else "fetch_failed"
        return reject(Source(kind="url", location=url), reason, error.detail)


def _read_stream(
    stream: Stream,
    origin: _Origin,
    options: IngestOptions,
    fetcher: PageFetcher | None,
    depth: int = 0,
) -> Iterator[Page | Rejected]:
    kind = sniff(stream.peek(HEAD_BYTES), origin.name)
    if kind == "gzip":
        yield from _read_gzip(stream, origin, options, fetcher, depth)
        return
    location = origin.location
    if kind in ("warc", "arc"):
        yield from iter_archive_pages(stream, location=location, max_bytes=options.max_bytes)
    elif kind == "jsonl":
        yield from iter_json_pages(stream, location=location, max_bytes=options.max_bytes)
    elif kind == "feed":
        fetch_link = _link_fetcher(fetcher, options) if options.fetch_feed_links else None
        yield from iter_feed_pages(
            stream, location=location, max_bytes=options.max_bytes, fetch_link=fetch_link
        )
    elif kind in ("html", "text"):
        yield _whole_page(stream, origin, kind, options.max_bytes)
    elif kind.startswith("binary:"):
        what = kind.partition(":")[2]
        yield reject(
            origin.source, "binary", f"{_where(origin)} is binary ({what}), not a web page"
        )
    elif stream.failure is None:
        yield reject(origin.source, "empty", f"{_where(origin)} holds no bytes or only white space")
    failure = stream.take_failure()
    if failure:
        yield reject(origin.source, failure[0], f"{_where(origin)}: {failure[1]}")


def _link_fetcher(
    fetcher: PageFetcher | None, options: IngestOptions
) -> Callable[[str], Page | Rejected] | None:
    """Fetch feed item links, holding what comes back to the rules for pages."""
    if fetcher is None:
        return None

    def fetch_link(url: str) -> Page | Rejected:
        fetched = _fetch(fetcher, url)
        if isinstance(fetched, Rejected):
            return fetched
        kind = sniff(fetched.body[:HEAD_BYTES], os.path.basename(urlsplit(url).path))
        if len(fetched.body) > options.max_bytes:
            detail = f"{url} is larger than the cap of {options.max_bytes:,} bytes"
            return reject(fetched.source, "oversized", detail, fetched.body)
        if kind.startswith("binary:") or kind == "empty":
            what = f"is binary ({kind[7:]})" if kind != "empty" else "holds nothing"
            return reject(fetched.source, kind.partition(":")[0], f"{url} {what}", fetched.body)
        page_kind = kind if kind in ("html", "text") else "html"
        return dataclasses.replace(fetched, kind=fetched.kind or page_kind)

    return fetch_link


def _read_gzip(
    stream: Stream,
    origin: _Origin,
    options: IngestOptions,
    fetcher: PageFetcher | None,
    depth: int,
) -> Iterator[Page | Rejected]:
    if depth >= _MAX_GZIP_DEPTH:
        detail = f"{_where(origin)} is gzip inside gzip inside gzip; unpack it first"
        yield reject(origin.source, "unsupported", detail)
        return
    name = origin.name[:-3] if origin.name.lower().endswith(".gz") else origin.name
    inner = Stream(gzip.GzipFile(fileobj=stream, mode="rb"), label="gzip stream")
    unpacked = dataclasses.replace(origin, name=name, size=None, content_type=None)
    yield from _read_stream(inner, unpacked, options, fetcher, depth + 1)


def _whole_page(stream: Stream, origin: _Origin, kind: str, max_bytes: int) -> Page | Rejected:
    if origin.size is not None and origin.size > max_bytes:
        detail = f"{_where(origin)} has {origin.size:,} bytes, more than the cap of {max_bytes:,}"
        return reject(origin.source, "oversized", detail)
    body = stream.read(max_bytes + 1)
    if len(body) > max_bytes:
        detail = f"{_where(origin)} is larger than the cap of {max_bytes:,} bytes"
        return reject(origin.source, "oversized", detail)
    failure = stream.take_failure()
    if failure:
        return reject(origin.source, failure[0], f"{_where(origin)}: {failure[1]}", body)
    return Page(
        source=origin.source,
        body=body,
        kind=kind,
        url=origin.url,
        content_type=origin.content_type,
        fetched_at=origin.fetched_at,
    )


def _where(origin: _Origin) -> str:
    if origin.kind == "stdin":
        return "standard input"
    return origin.location
