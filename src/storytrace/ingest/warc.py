"""Read web pages out of WARC and ARC archives, record by record.

Input: a :class:`~storytrace.ingest.inputs.Stream` of an uncompressed WARC or ARC file (the caller
removes an outer gzip layer, whether per record or whole file).
Output: a :class:`~storytrace.model.Page` for each 2xx HTTP response (or ARC record) that holds
HTML, and for each ``resource`` record of HTML or plain text; a ``Rejected("skipped_record")``
for request, metadata, warcinfo and revisit records, non-HTML responses and error statuses; a
``Rejected("corrupt")`` or ``Rejected("truncated")`` for a broken record, after which the file is
left (the records before it stay yielded).

A page's body is the HTTP payload with chunked transfer encoding and gzip/deflate content encoding
removed. Record offsets count bytes of the uncompressed stream.

Stable API: :func:`iter_archive_pages`, :func:`iso_date`.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, Final

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from storytrace.ingest.detect import HEAD_BYTES, sniff
from storytrace.ingest.inputs import Stream
from storytrace.model import Page, Rejected, Source, reject

logger = logging.getLogger(__name__)

_HTML_TYPES: Final = frozenset(
    {"text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml"}
)
_UNKNOWN_TYPES: Final = frozenset(
    {
        "",
        "application/octet-stream",
        "unk",
        "no-type",
        "unknown",
        "application/x-unknown-content-type",
    }
)
_HEADER_SLACK: Final = 1_048_576  # room for HTTP headers on top of the payload cap
_CHUNK: Final = 65_536
# What warcio raises on a record it cannot parse. It only wraps ``next(records)`` (warcio's own
# code): warcio fails with AttributeError/TypeError on records lacking a header it expects, e.g.
# a response without WARC-Target-URI.
_PARSE_ERRORS: Final = (
    ArchiveLoadFailed,
    StatusAndHeadersParserException,
    ValueError,
    IndexError,
    AttributeError,
    TypeError,
)


class _ArchiveRecords(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator, reading an already decompressed stream and logging instead of printing."""

    def __init__(self, stream: Stream) -> None:
        super().__init__(stream, no_record_parse=False, verify_http=False, arc2warc=False)
        # The caller removed any gzip layer; a plain reader keeps warcio from guessing again
        # (and from writing to stderr when its guess goes wrong).
        self.reader = BufferedReader(self.fh, block_size=_CHUNK)

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        empty_size = 0
        first_line = True
        while True:
            line: bytes = self.reader.readline()
            if not line:
                return None, empty_size
            if not line.rstrip() or first_line:
                empty_size += len(line)
                if line.rstrip():
                    logger.info("record not followed by a blank line near offset %s", self.offset)
                first_line = False
                continue
            return line, empty_size

    def _next_record(self, next_line: bytes | None) -> Any:
        # warcio treats end of input inside a record's headers as a clean end of the archive.
        start = self.fh.tell() - self.reader.rem_length()
        try:
            return super()._next_record(next_line)
        except EOFError:
            if next_line or self.fh.tell() - self.reader.rem_length() > start:
                raise ArchiveLoadFailed("the archive ends inside a record's headers") from None
            raise


def iter_archive_pages(
    stream: Stream, *, location: str, max_bytes: int
) -> Iterator[Page | Rejected]:
    """Yield the pages of a WARC or ARC stream, and a rejection for every other record.

    Args:
        stream: the uncompressed archive.
        location: the file path, URL or ``"-"`` the archive came from (``Source.location``).
        max_bytes: a record whose payload is larger is rejected as ``oversized``.

    Returns:
        An iterator of pages and rejections in record order. It stops at the first broken
        record, after yielding a ``corrupt`` or ``truncated`` rejection for it.
    """
    head = stream.peek(256)
    stream.read(len(head) - len(head.lstrip(b"\r\n")))  # blank lines before the first record
    records = _ArchiveRecords(stream)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except _PARSE_ERRORS as error:
            yield _broken(stream, location, int(records.offset), error)
            return
        offset = int(records.offset)  # warcio moves it to the record just read
        result = _record_to_page(record, location=location, offset=offset, max_bytes=max_bytes)
        if isinstance(result, Rejected) and result.reason in ("truncated", "corrupt"):
            failure = stream.take_failure()
            if failure:
                result = reject(result.source, failure[0], f"{result.detail}; {failure[1]}")
            yield result
            return
        yield result


def iso_date(value: str | None) -> str | None:
    """Normalise a WARC-Date or a 14-digit ARC timestamp to ISO 8601 in UTC (``...Z``).

    Returns:
        The normalised date, or None when ``value`` is missing or not a date.
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        if re.fullmatch(r"\d{8,14}", text):
            moment = datetime.strptime(text.ljust(14, "0"), "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        else:
            moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _broken(stream: Stream, location: str, offset: int, error: Exception) -> Rejected:
    source = Source(kind="warc", location=location, record=f"offset:{offset}")
    failure = stream.take_failure()
    if failure:
        return reject(source, failure[0], f"{failure[1]} (in the record at byte offset {offset:,})")
    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return reject(source, "corrupt", f"broken record at byte offset {offset:,}: {message[:200]}")


def _record_to_page(record: Any, *, location: str, offset: int, max_bytes: int) -> Page | Rejected:
    archive = "arc" if record.format == "arc" else "warc"
    record_id = record.rec_headers.get_header("WARC-Record-ID") if archive == "warc" else None
    source = Source(kind=archive, location=location, record=record_id or f"offset:{offset}")
    if archive == "warc" and record.rec_headers.get_header("Content-Length") is None:
        return _headers_broken(record.raw_stream, source, offset)
    kind, why = _page_kind(record, archive)
    if kind is None or (
        isinstance(record.length, int) and record.length > max_bytes + _HEADER_SLACK
    ):
        if missing := _drain(record.raw_stream):
            return _truncated(record.raw_stream, source, offset, missing)
        if kind is None:
            return reject(source, "skipped_record", why)
        return reject(source, "oversized", f"the record declares {record.length:,} bytes")
    payload, missing = _read_payload(record.raw_stream, max_bytes)
    if missing:
        return _truncated(record.raw_stream, source, offset, missing)
    if len(payload) > max_bytes:
        return reject(source, "oversized", f"the payload is larger than {max_bytes:,} bytes")
    return _payload_to_page(
        record, source, payload, kind=kind, archive=archive, max_bytes=max_bytes
    )


def _headers_broken(raw: Any, source: Source, offset: int) -> Rejected:
    """A WARC record without Content-Length: cut off inside its headers, or damaged."""
    rest = 0
    while chunk := raw.read(_CHUNK):
        rest += len(chunk)
    if rest == 0:
        detail = f"the archive ends inside the headers of the record at byte offset {offset:,}"
        return reject(source, "truncated", detail)
    detail = f"the record at byte offset {offset:,} has no Content-Length header"
    return reject(source, "corrupt", detail)


def _page_kind(record: Any, archive: str) -> tuple[str | None, str]:
    """``(kind, "")`` for a record that may hold a page (kind "sniff": decide by content),
    else ``(None, why it is skipped)``."""
    rec_type = record.rec_type
    if archive == "arc" and rec_type == "arc_header":
        return None, "ARC file header record"
    if rec_type == "resource":
        media = _media_type(record.content_type)
        if media in _HTML_TYPES:
            return "html", ""
        if media == "text/plain":
            return "text", ""
        if media in _UNKNOWN_TYPES:
            return "sniff", ""
        return None, f"resource of type {media}"
    if rec_type != "response":
        return None, f"WARC {rec_type or 'untyped'} record"
    return _response_kind(record)


def _response_kind(record: Any) -> tuple[str | None, str]:
    http = record.http_headers
    if not http or not str(http.protocol).upper().startswith("HTTP/"):
        return None, "response record without an HTTP status line (not an http(s) capture)"
    status = http.get_statuscode()
    if not (status.isdigit() and status.startswith("2") and len(status) == 3):
        return None, f"HTTP {status[:20] or 'unknown'} response"
    media = _media_type(http.get_header("Content-Type"))
    if media in _HTML_TYPES:
        return "html", ""
    if media in _UNKNOWN_TYPES:
        return "sniff", ""
    return None, f"response of type {media}"


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _read_payload(raw: Any, max_bytes: int) -> tuple[bytes, int]:
    """Read at most ``max_bytes + 1`` payload bytes, draining the rest of the record.

    Returns:
        The bytes and how many declared bytes the stream lacked (0 for a whole record).
    """
    kept: list[bytes] = []
    size = 0
    while chunk := raw.read(_CHUNK):
        if size <= max_bytes:
            kept.append(chunk)
        size += len(chunk)
    return b"".join(kept)[: max_bytes + 1], _missing(raw)


def _drain(raw: Any) -> int:
    """Read the rest of a record; return how many declared bytes the stream lacked."""
    while raw.read(_CHUNK):
        pass
    return _missing(raw)


def _missing(raw: Any) -> int:
    limit = getattr(raw, "limit", 0)  # warcio's LimitReader counts down the declared length
    return max(limit, 0) if isinstance(limit, int) else 0


def _truncated(raw: Any, source: Source, offset: int, missing: int) -> Rejected:
    declared = getattr(raw, "_orig_limit", None)
    detail = f"the record at byte offset {offset:,} lacks {missing:,}"
    if isinstance(declared, int):
        detail += f" of its {declared:,} declared bytes"
    return reject(source, "truncated", detail + " (the archive ends early)")


def _payload_to_page(
    record: Any, source: Source, payload: bytes, *, kind: str, archive: str, max_bytes: int
) -> Page | Rejected:
    http = record.http_headers
    content_type = http.get_header("Content-Type") if http else record.content_type
    body, problem = _decode_payload(payload, http, max_bytes)
    if problem:
        reason, detail = problem
        return reject(source, reason, detail, payload)
    if len(body) > max_bytes:
        return reject(source, "oversized", f"the payload is larger than {max_bytes:,} bytes", body)
    found = sniff(body[:HEAD_BYTES])
    if found == "empty":
        return reject(source, "empty", "the record's payload is empty", body)
    if found.startswith("binary:"):
        return reject(
            source, "binary", f"the payload is binary ({found[7:]}), not a web page", body
        )
    if found == "gzip":
        return reject(
            source, "unsupported", "the payload is gzip data without a header for it", body
        )
    if kind == "sniff":
        if found not in ("html", "text") or (found == "text" and record.rec_type != "resource"):
            return reject(
                source, "skipped_record", f"untyped {found} payload, not a web page", body
            )
        kind = found
    return Page(
        source=source,
        body=body,
        kind=kind,
        url=_target_uri(record, archive),
        content_type=content_type or None,
        fetched_at=iso_date(_record_date(record, archive)),
    )


def _target_uri(record: Any, archive: str) -> str | None:
    header = "uri" if archive == "arc" else "WARC-Target-URI"
    uri = record.rec_headers.get_header(header)
    return str(uri) if uri else None


def _record_date(record: Any, archive: str) -> str | None:
    header = "archive-date" if archive == "arc" else "WARC-Date"
    value = record.rec_headers.get_header(header)
    return str(value) if value else None


def _decode_payload(
    payload: bytes, http: Any, max_bytes: int
) -> tuple[bytes, tuple[str, str] | None]:
    """Remove chunked transfer encoding and gzip/deflate content encoding.

    Archives disagree on whether they store the payload as sent or decoded; a payload that does
    not look encoded is kept as it is.
    """
    if not http:
        return payload, None
    body = payload
    if "chunked" in (http.get_header("Transfer-Encoding") or "").lower():
        body = _dechunk(body) or body
    encoding = (http.get_header("Content-Encoding") or "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        return _decompress(body, encoding, max_bytes)
    if encoding in ("", "identity", "none") or sniff(body[:HEAD_BYTES]) == "html":
        return body, None
    return body, (
        "unsupported",
        f"the payload is {encoding}-encoded, which storytrace cannot decode",
    )


def _dechunk(data: bytes) -> bytes | None:
    """Undo chunked transfer encoding; None when ``data`` is not chunked."""
    parts: list[bytes] = []
    position = 0
    while position < len(data):
        end = data.find(b"\r\n", position)
        if end < 0:
            break
        size_text = data[position:end].split(b";", 1)[0].strip()
        if not re.fullmatch(rb"[0-9A-Fa-f]{1,16}", size_text):
            return None if not parts else b"".join(parts)
        size = int(size_text, 16)
        if size == 0:
            break
        parts.append(data[end + 2 : end + 2 + size])
        position = end + 2 + size + 2
    return b"".join(parts) if parts else None


def _decompress(data: bytes, encoding: str, max_bytes: int) -> tuple[bytes, tuple[str, str] | None]:
    if encoding != "deflate" and not data.startswith(b"\x1f\x8b"):
        return data, None  # stored decoded, header kept
    attempts = (
        (16 + zlib.MAX_WBITS,) if encoding != "deflate" else (zlib.MAX_WBITS, -zlib.MAX_WBITS)
    )
    for wbits in attempts:
        try:
            body = zlib.decompressobj(wbits).decompress(data, max_bytes + 1)
        except zlib.error:
            continue
        if len(body) > max_bytes:
            return body, ("oversized", f"the payload inflates past {max_bytes:,} bytes")
        return body, None
    if encoding != "deflate":
        return data, ("corrupt", "the gzip-encoded payload is damaged")
    return data, None
