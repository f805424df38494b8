"""Read pages out of JSON Lines files (one object per line), JSON arrays and single JSON objects.

Input: a :class:`~storytrace.ingest.inputs.Stream` of UTF-8 JSON (a BOM is tolerated; bytes that
are not UTF-8 are replaced, and a warning is logged).
Output: a :class:`~storytrace.model.Page` for each object with an ``html`` field (kind
``"html"``) or a ``text`` field (kind ``"text"``, or ``"html"`` when the text is marked up), under
the aliases below. Other fields become ``Page.hints`` (``title``, ``published``, ``outlet``,
``author``, ``language``). A line that is not JSON, not an object, or has neither html nor text
becomes a ``Rejected`` naming its line, and the file goes on. Blank lines are ignored.

JSON Lines records are ``Source(kind="jsonl", record="<line number>")`` (from 1); items of a JSON
array or a single object are ``record="item:<n>"``. Field names match case-insensitively.

Stable API: :func:`iter_json_pages`, :func:`object_to_page` and the ``*_FIELDS`` tuples.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any, Final

from storytrace.ingest.detect import HEAD_BYTES, looks_like_html
from storytrace.ingest.inputs import Stream
from storytrace.ingest.warc import iso_date
from storytrace.model import Page, Rejected, Source, reject

logger = logging.getLogger(__name__)

HTML_FIELDS: Final = ("html", "raw_html", "content_html", "html_content", "body_html", "rawhtml")
TEXT_FIELDS: Final = (
    "text",
    "content",
    "body",
    "maintext",
    "full_text",
    "fulltext",
    "article_text",
)
URL_FIELDS: Final = ("url", "link", "uri", "article_url", "source_url")
FETCHED_FIELDS: Final = ("fetched_at", "date_download", "crawled_at", "retrieved_at", "scraped_at")
#: Hint name → field names that carry it, best first.
HINT_FIELDS: Final[Mapping[str, tuple[str, ...]]] = {
    "title": ("title", "headline"),
    "published": (
        "published", "date", "pubdate", "published_at", "date_publish", "publish_date",
        "pub_date", "datepublished", "publication_date", "published_date",
    ),
    "outlet": (
        "outlet", "source", "site", "site_name", "publisher", "source_name", "source_domain",
        "domain",
    ),
    "author": ("author", "byline", "authors", "creator"),
    "language": ("language", "lang"),
}  # fmt: skip

_HTML_TYPE: Final = "text/html; charset=utf-8"
_TEXT_TYPE: Final = "text/plain; charset=utf-8"
_PARSE_ERRORS: Final = (ValueError, RecursionError)  # json.JSONDecodeError is a ValueError


def iter_json_pages(stream: Stream, *, location: str, max_bytes: int) -> Iterator[Page | Rejected]:
    """Yield a page (or a rejection) for each object of a JSON Lines, JSON array or JSON file.

    Args:
        stream: the JSON bytes.
        location: the file path, URL or ``"-"`` they came from (``Source.location``).
        max_bytes: a line (or a whole array or object file) larger than this is ``oversized``.

    Returns:
        An iterator of pages and rejections, in file order.
    """
    head = stream.peek(HEAD_BYTES).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"[") or not _first_line_parses(head):
        document = stream.peek(max_bytes + 1)
        value = _parse_document(document) if len(document) <= max_bytes else None
        if value is not None:
            stream.read(len(document))
            yield from _document_pages(value, location)
            return
        if head.startswith(b"["):
            yield _bad_document(location, document, max_bytes)
            stream.read(len(document))
            return
    yield from _line_pages(stream, location, max_bytes)


def object_to_page(data: Mapping[str, Any], source: Source) -> Page | Rejected:
    """Turn one JSON object into a page, or a ``no_article`` rejection when it has no body.

    Args:
        data: the object.
        source: where it came from.

    Returns:
        A page with UTF-8 body, content type and hints, or a rejection.
    """
    fields = {str(key).lower(): value for key, value in data.items()}
    html = _first_string(fields, HTML_FIELDS)
    text = _first_string(fields, TEXT_FIELDS)
    if html is None and text is None:
        where = f"line {source.record}" if (source.record or "").isdigit() else source.record
        return reject(source, "no_article", f"{where} has neither an html nor a text field")
    body = _clean(html if html is not None else text or "").encode("utf-8")
    is_html = html is not None or looks_like_html(body)
    return Page(
        source=source,
        body=body,
        kind="html" if is_html else "text",
        url=_first_string(fields, URL_FIELDS),
        content_type=_HTML_TYPE if is_html else _TEXT_TYPE,
        fetched_at=iso_date(_first_string(fields, FETCHED_FIELDS)),
        hints=_hints(fields),
    )


def _first_line_parses(head: bytes) -> bool:
    line = head.partition(b"\n")[0]
    try:
        json.loads(line.decode("utf-8", errors="replace"))
    except _PARSE_ERRORS:
        return False
    return True


def _parse_document(data: bytes) -> Any:
    """The JSON value of a whole file when it is one object or array, else None."""
    try:
        text, replaced = _decode(data)
        value = json.loads(text)
    except _PARSE_ERRORS:
        return None
    if replaced:
        logger.warning("the JSON file is not valid UTF-8; undecodable bytes were replaced")
    return value if isinstance(value, dict | list) else None


def _bad_document(location: str, document: bytes, max_bytes: int) -> Rejected:
    source = Source(kind="jsonl", location=location)
    if len(document) > max_bytes:
        detail = f"the JSON array is larger than {max_bytes:,} bytes; convert it to JSON Lines"
        return reject(source, "oversized", detail)
    return reject(source, "corrupt", "the file starts like a JSON array but is not valid JSON")


def _document_pages(value: Any, location: str) -> Iterator[Page | Rejected]:
    items = value if isinstance(value, list) else [value]
    if not items:
        yield reject(Source(kind="jsonl", location=location), "empty", "the JSON array is empty")
    for number, item in enumerate(items, start=1):
        source = Source(kind="jsonl", location=location, record=f"item:{number}")
        if isinstance(item, dict):
            yield object_to_page(item, source)
        else:
            detail = f"item {number} is a JSON {_json_type(item)}, not an object"
            yield reject(source, "corrupt", detail)


def _line_pages(stream: Stream, location: str, max_bytes: int) -> Iterator[Page | Rejected]:
    number = 0
    replaced: list[int] = []
    while line := stream.readline(max_bytes + 1):
        number += 1
        source = Source(kind="jsonl", location=location, record=str(number))
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_line(stream)
            yield reject(source, "oversized", f"line {number} is longer than {max_bytes:,} bytes")
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if line.strip():
            text, lossy = _decode(line)
            replaced.extend([number] if lossy else [])
            yield _line_to_page(text, line, source, number)
    if replaced:
        logger.warning(
            "%d lines of %s are not valid UTF-8 (first: line %d); undecodable bytes were replaced",
            len(replaced),
            location,
            replaced[0],
        )


def _skip_line(stream: Stream) -> None:
    while (rest := stream.readline(HEAD_BYTES)) and not rest.endswith(b"\n"):
        pass


def _line_to_page(text: str, line: bytes, source: Source, number: int) -> Page | Rejected:
    try:
        data = json.loads(text)
    except _PARSE_ERRORS as error:
        message = str(error).splitlines()[0][:160] if str(error) else type(error).__name__
        return reject(source, "corrupt", f"line {number} is not valid JSON: {message}", line)
    if not isinstance(data, dict):
        detail = f"line {number} is a JSON {_json_type(data)}, not an object"
        return reject(source, "corrupt", detail, line)
    return object_to_page(data, source)


def _decode(data: bytes) -> tuple[str, bool]:
    """UTF-8 text of ``data``, and whether undecodable bytes had to be replaced."""
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), True


def _json_type(value: Any) -> str:
    names = {list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def _first_string(fields: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = fields.get(name)
        if isinstance(value, str) and value.strip():
            return _clean(value)
    return None


def _hints(fields: Mapping[str, Any]) -> dict[str, str]:
    hints: dict[str, str] = {}
    for hint, names in HINT_FIELDS.items():
        for name in names:
            value = _hint_value(fields.get(name), date=hint == "published")
            if value:
                hints[hint] = value
                break
    return hints


def _hint_value(value: Any, *, date: bool = False) -> str | None:
    """A string for a hint: strings as they are, epoch numbers as dates, the name of an object,
    a list of names joined; None for what has no sensible string form."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _epoch_date(value) if date else str(value)
    if isinstance(value, list):
        parts = [part for part in (_name_of(item) for item in value[:50]) if part]
        return ", ".join(parts) or None
    return _name_of(value)


def _name_of(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("title")
    if isinstance(value, str):
        return _clean(value).strip() or None
    return None


def _epoch_date(value: float) -> str | None:
    seconds = value / 1000 if abs(value) > 1e11 else value  # milliseconds are common too
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).isoformat().replace("+00:00", "Z")
    except (OverflowError, OSError, ValueError):
        return None


def _clean(text: str) -> str:
    """Replace lone surrogates (from ``\\ud800``-style escapes) that UTF-8 cannot encode."""
    return text.encode("utf-8", errors="replace").decode("utf-8")
