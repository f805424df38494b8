"""Read pages out of RSS 2.0, RSS 1.0 (RDF) and Atom feeds, item by item.

Input: a :class:`~storytrace.ingest.inputs.Stream` of feed XML. It is parsed incrementally with
lxml, without loading DTDs, resolving entities or touching the network, in recovery mode (real
feeds are often slightly malformed); hostile XML such as entity bombs stops the parse instead of
expanding.
Output: for each ``item``/``entry`` a :class:`~storytrace.model.Page` whose body is the richest of
``content:encoded``, Atom ``content``, ``description`` and ``summary`` (kind ``"html"`` when it
has tags, else ``"text"``; UTF-8 with a matching content type), ``url`` the item link and hints
``title``, ``published``, ``author``, ``outlet`` (the channel title) and ``language``. An item with
only a link is fetched when a ``fetch_link`` function is given, else rejected (``no_article``).

Records are ``Source(kind="feed", location=<path or URL>, record=<guid, link or "item:N">)``.

Stable API: :func:`iter_feed_pages`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator
from typing import Any, Final

from lxml import etree

from storytrace.ingest.detect import contains_tags
from storytrace.ingest.inputs import Stream
from storytrace.model import Page, Rejected, Source, reject

logger = logging.getLogger(__name__)

#: A function that fetches a URL (``PageFetcher.fetch``).
FetchLink = Callable[[str], Page | Rejected]

_RDF_ABOUT: Final = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"
_CONTAINERS: Final = frozenset({"channel", "feed", "rdf"})
_ITEMS: Final = frozenset({"item", "entry"})
_FULL_BODIES: Final = frozenset({"encoded", "content"})
_BODIES: Final = _FULL_BODIES | {"description", "summary"}
_DATES: Final = ("published", "pubdate", "date", "issued", "created", "updated", "modified")
_HTML_TYPE: Final = "text/html; charset=utf-8"
_TEXT_TYPE: Final = "text/plain; charset=utf-8"


@dataclasses.dataclass(slots=True)
class _Channel:
    """What the feed says about itself, collected while parsing."""

    title: str | None = None
    language: str | None = None
    items: int = 0


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class _Item:
    """The fields of one feed item."""

    number: int
    link: str | None
    guid: str | None
    body: str | None
    full: bool
    hints: dict[str, str]


def iter_feed_pages(
    stream: Stream, *, location: str, max_bytes: int, fetch_link: FetchLink | None = None
) -> Iterator[Page | Rejected]:
    """Yield a page (or a rejection) for each item of an RSS or Atom feed.

    Args:
        stream: the feed XML.
        location: the file path, URL or ``"-"`` the feed came from (``Source.location``).
        max_bytes: an item body larger than this is ``oversized``.
        fetch_link: when given, items without full content (no ``content:encoded`` or Atom
            ``content``) are fetched from their link instead.

    Returns:
        An iterator of pages and rejections in feed order; a ``corrupt`` rejection for the whole
        feed when it is malformed and no item could be read.
    """
    channel = _Channel()
    parser = etree.iterparse(
        stream,
        events=("end",),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        recover=True,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        for _event, element in parser:
            yield from _on_element(element, channel, location, max_bytes, fetch_link)
    except etree.XMLSyntaxError as error:
        logger.info("feed %s stops with an XML error: %s", location, error)
    problem = _first_error(parser)
    if problem and not channel.items:
        detail = f"the feed is malformed and no item could be read: {problem}"
        yield reject(Source(kind="feed", location=location), "corrupt", detail)
    elif problem:
        logger.warning("feed %s is malformed (%s); read %d items", location, problem, channel.items)


def _first_error(parser: Any) -> str | None:
    for entry in parser.error_log:
        if entry.level_name in ("ERROR", "FATAL"):
            return f"{entry.message} (line {entry.line})"
    return None


def _on_element(
    element: Any, channel: _Channel, location: str, max_bytes: int, fetch_link: FetchLink | None
) -> Iterator[Page | Rejected]:
    name = _local_name(element)
    parent = element.getparent()
    if parent is None or _local_name(parent) not in _CONTAINERS:
        return
    if name in _ITEMS:
        channel.items += 1
        item = _read_item(element, channel)
        yield _item_to_page(item, location, max_bytes, fetch_link)
        element.clear()
        while element.getprevious() is not None:
            del parent[0]
    elif name == "title" and channel.title is None:
        channel.title = _text(element)
    elif name == "language" and channel.language is None:
        channel.language = _text(element)


def _read_item(element: Any, channel: _Channel) -> _Item:
    fields: dict[str, str] = {}
    bodies: dict[str, str] = {}
    authors: list[str] = []
    for child in element:
        name = _local_name(child)
        if not name:
            continue  # comment, processing instruction or unresolved entity
        if name in _BODIES:
            body = _body_of(child)
            if body and len(body) > len(bodies.get(name, "")):
                bodies[name] = body
        elif name == "link":
            _take_link(child, fields)
        elif name in ("author", "creator"):
            author = _text(child.find("{*}name")) if len(child) else _text(child)
            authors.extend([author] if author else [])
        elif name not in fields and (text := _text(child)):
            fields[name] = text
    return _Item(
        number=channel.items,
        link=fields.get("link"),
        guid=fields.get("guid") or fields.get("id") or element.get(_RDF_ABOUT),
        body=max(bodies.values(), key=len) if bodies else None,
        full=bool(_FULL_BODIES & bodies.keys()),
        hints=_hints(fields, authors, channel),
    )


def _take_link(child: Any, fields: dict[str, str]) -> None:
    href = child.get("href")
    if href is None:
        if text := _text(child):
            fields.setdefault("link", text)
    elif child.get("rel") in (None, "alternate") and "link" not in fields:
        fields["link"] = href.strip()


def _hints(fields: dict[str, str], authors: list[str], channel: _Channel) -> dict[str, str]:
    hints = {
        "title": fields.get("title"),
        "published": next((fields[name] for name in _DATES if name in fields), None),
        "author": ", ".join(dict.fromkeys(authors)) or None,
        "outlet": channel.title,
        "language": fields.get("language") or channel.language,
    }
    return {key: value for key, value in hints.items() if value}


def _item_to_page(
    item: _Item, location: str, max_bytes: int, fetch_link: FetchLink | None
) -> Page | Rejected:
    source = Source(
        kind="feed", location=location, record=item.guid or item.link or f"item:{item.number}"
    )
    if item.link and fetch_link is not None and not item.full:
        fetched = fetch_link(item.link)
        if isinstance(fetched, Rejected):
            return fetched
        return dataclasses.replace(fetched, hints={**item.hints, **fetched.hints})
    if not item.body:
        detail = (
            "the feed item has only a link; use --fetch-links"
            if item.link
            else ("the feed item has neither content nor a link")
        )
        return reject(source, "no_article", detail)
    body = item.body.encode("utf-8", errors="replace")
    if len(body) > max_bytes:
        return reject(
            source, "oversized", f"the item body is larger than {max_bytes:,} bytes", body
        )
    is_html = contains_tags(item.body)
    return Page(
        source=source,
        body=body,
        kind="html" if is_html else "text",
        url=item.link,
        content_type=_HTML_TYPE if is_html else _TEXT_TYPE,
        hints=item.hints,
    )


def _body_of(element: Any) -> str | None:
    """The markup inside an element: escaped HTML, CDATA, or inline XHTML children."""
    if element.get("src") is not None:
        return None  # Atom out-of-line content: only a link
    parts = [element.text or ""]
    for child in element:
        parts.append(etree.tostring(child, encoding="unicode", with_tail=True))
    body = "".join(parts).strip()
    return body or None


def _text(element: Any) -> str | None:
    if element is None:
        return None
    text = " ".join("".join(element.itertext()).split())
    return text or None


def _local_name(element: Any) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2].rpartition(":")[2].lower()
