"""The records that flow through storytrace.

    inputs --ingest--> Page --extract--> Article --(later issues)--> annotations, stories

Every record is a frozen, slotted, keyword-only dataclass. Ids are content hashes so that a re-run,
a second process or a Dask worker computes the same id for the same input.

A stage that cannot produce its output returns a :class:`Rejected` instead of raising: a rejection
is data, stored with its reason, shown by ``storytrace failures``.

Stable API: the field names below and ``to_dict``/``from_dict``; they are what the JSON Schema in
``storytrace/schema/`` documents.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

SCHEMA_VERSION: Final = 1

#: Kinds of place a page can come from.
SOURCE_KINDS: Final = frozenset({"file", "stdin", "url", "warc", "arc", "feed", "jsonl"})

#: What a page holds, once detected.
PAGE_KINDS: Final = frozenset({"html", "text"})

#: Reasons for a rejection. Each has a sentence that ``storytrace failures`` shows.
REASONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "unreadable": "the input could not be read (missing file, permission, I/O error)",
        "empty": "the input holds no bytes or only white space",
        "binary": "the input is a binary file (PDF, image, archive, executable), not a web page",
        "oversized": "the input is larger than the size cap (see --max-bytes)",
        "corrupt": "the input is damaged (bad gzip stream, broken record, invalid JSON line)",
        "truncated": "the input ends before its declared length",
        "undecodable": "the bytes could not be decoded as text in any plausible encoding",
        "no_article": "no article text could be found on the page",
        "too_short": "the article text is too short to be an article",
        "unsupported": "the input is of a kind storytrace does not read",
        "fetch_failed": "the URL could not be fetched (network error, timeout, HTTP error status)",
        "robots_disallowed": "robots.txt of the site disallows fetching this URL",
        "skipped_record": "an archive or feed record that holds no page (request, metadata, image)",
    }
)

#: Reasons that are not failures: the input was understood and deliberately passed over.
SKIP_REASONS: Final = frozenset({"skipped_record"})


def content_hash(*parts: bytes | str, length: int = 16) -> str:
    """Return a stable hex digest of ``parts`` (blake2b, ``length`` hex characters).

    Parts are length-prefixed so that ("ab", "c") and ("a", "bc") differ.
    """
    digest = hashlib.blake2b(digest_size=length // 2)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Where a page came from.

    Attributes:
        kind: one of :data:`SOURCE_KINDS`.
        location: absolute file path, URL, or ``"-"`` for standard input.
        record: the place inside the location: WARC-Record-ID or byte offset, JSON Lines line
            number, feed item guid or link. ``None`` for a whole file or URL.
    """

    kind: str
    location: str
    record: str | None = None

    def identity(self) -> str:
        """The part of a page id that says where it came from."""
        return f"{self.kind}\x1f{self.location}\x1f{self.record or ''}"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "location": self.location, "record": self.record}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        return cls(kind=data["kind"], location=data["location"], record=data.get("record"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """Raw bytes of one web page (or text dump of one) and what is known of it before extraction.

    Attributes:
        source: where it came from.
        body: the bytes as received; decoding is the extractor's job.
        kind: ``"html"`` or ``"text"`` when known (a JSON Lines ``text`` field is text, a WARC
            response is HTML); ``None`` lets extraction detect it from the content.
        url: the page's URL when known (WARC target URI, feed link, JSON field, fetched URL).
        content_type: the declared media type with parameters, e.g. ``text/html; charset=utf-8``.
        fetched_at: when the page was fetched (ISO 8601), when known.
        hints: metadata the input already gave: ``title``, ``published``, ``outlet``,
            ``author``, ``language``. Extraction prefers what the page says, and falls back to
            these.
    """

    source: Source
    body: bytes
    kind: str | None = None
    url: str | None = None
    content_type: str | None = None
    fetched_at: str | None = None
    hints: Mapping[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Content hash of the page: where it came from plus its bytes."""
        return page_id(self.source, self.body)


def page_id(source: Source, body: bytes) -> str:
    """The id of the page from ``source`` with ``body``; also the id of its article."""
    return content_hash(source.identity(), body)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateGuess:
    """A normalised date and how it was found.

    Attributes:
        value: ISO 8601, a date (``2017-06-05``) or a date and time with offset.
        method: where it came from: ``html-meta``, ``json-ld``, ``url``, ``text-line``,
            ``relative``, ``input`` (JSON Lines, feed, WARC header), ...
        confidence: 0..1; how sure the parser is (ambiguous day/month order lowers it).
    """

    value: str
    method: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "method": self.method, "confidence": self.confidence}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DateGuess:
        return cls(value=data["value"], method=data["method"], confidence=data["confidence"])


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    """A hyperlink in an article's body.

    Attributes:
        href: the absolute http(s) URL it points to.
        text: its anchor text, whitespace squeezed.
        start, end: where the anchor text is in the article text (the same words as
            ``article.text[start:end]``, whitespace aside).
    """

    href: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The link as JSON-ready data."""
        return {"href": self.href, "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Link:
        return cls(
            href=str(data["href"]),
            text=str(data["text"]),
            start=int(data["start"]),
            end=int(data["end"]),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """An article: the main text of a page with its metadata.

    Attributes:
        id: the id of the page it came from (see :func:`page_id`), so that re-extracting a page
            keeps its article id.
        source: where the page came from.
        kind: ``"html"`` or ``"text"``: which extractor made it.
        text: the body, paragraphs separated by one blank line (``"\\n\\n"``).
        removed: the lines of a text dump that were dropped as site furniture, in page order
            (for HTML: empty; trafilatura does not report what it drops line by line).
        url: the page URL; ``canonical_url``: what the page declares as canonical.
        outlet: the site's name (``og:site_name``, a channel the dump advertises, the host).
        published: the publication date, with how it was found.
        extractor: name and version of the extractor and its settings, e.g.
            ``trafilatura-2.3.1/recall`` or ``textdump/1``.
        links: the hyperlinks of the body (HTML pages only), in text order.
    """

    id: str
    source: Source
    kind: str
    text: str
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    published: DateGuess | None = None
    removed: tuple[str, ...] = ()
    extractor: str = ""
    links: tuple[Link, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The article as JSON-ready data (``article`` in the JSON Schema)."""
        return {
            "id": self.id,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published.value if self.published else None,
            "published_method": self.published.method if self.published else None,
            "published_confidence": self.published.confidence if self.published else None,
            "author": self.author,
            "language": self.language,
            "kind": self.kind,
            "text": self.text,
            "removed": list(self.removed),
            "source": self.source.to_dict(),
            "extractor": self.extractor,
            "links": [link.to_dict() for link in self.links],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        published = None
        if data.get("published"):
            published = DateGuess(
                value=data["published"],
                method=data.get("published_method") or "unknown",
                confidence=float(data.get("published_confidence") or 0.0),
            )
        return cls(
            id=data["id"],
            source=Source.from_dict(data["source"]),
            kind=data["kind"],
            text=data["text"],
            title=data.get("title"),
            url=data.get("url"),
            canonical_url=data.get("canonical_url"),
            outlet=data.get("outlet"),
            author=data.get("author"),
            language=data.get("language"),
            published=published,
            removed=tuple(data.get("removed") or ()),
            extractor=data.get("extractor") or "",
            links=tuple(Link.from_dict(link) for link in data.get("links") or ()),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejected:
    """An input that produced no article, and why.

    Attributes:
        source: where the input came from (for an input that could not even be opened, the path
            or URL the user gave).
        reason: a key of :data:`REASONS`.
        detail: one sentence with the specifics (``"gzip stream ends after 1,024 bytes"``).
        page_id: the id the page would have had, when its bytes were read; else a hash of the
            source alone, so that the same failure is stored once.
    """

    source: Source
    reason: str
    detail: str
    page_id: str

    @property
    def skipped(self) -> bool:
        """True for records passed over on purpose, which do not make a run fail."""
        return self.reason in SKIP_REASONS

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.page_id,
            "reason": self.reason,
            "explanation": REASONS.get(self.reason, self.reason),
            "detail": self.detail,
            "skipped": self.skipped,
            "source": self.source.to_dict(),
        }


def reject(source: Source, reason: str, detail: str, body: bytes | None = None) -> Rejected:
    """Build a :class:`Rejected`; its id is the page id when ``body`` is known.

    Raises:
        ValueError: ``reason`` is not one of :data:`REASONS` (a programming error).
    """
    if reason not in REASONS:
        raise ValueError(f"unknown rejection reason {reason!r}; add it to model.REASONS")
    identity = page_id(source, body) if body is not None else content_hash(source.identity())
    return Rejected(source=source, reason=reason, detail=detail, page_id=identity)


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """Articles that tell the same story.

    Attributes:
        id: the id of the story's first article (stable as the story grows; a story merged into
            another takes the other's id).
        title: the most representative headline: the one closest to all the others.
        first_published, last_published: ISO 8601 dates of its earliest and latest dated article.
        article_ids: its articles in timeline order (dated ones by date, then undated).
        outlets: the outlets that tell it, sorted.
    """

    id: str
    title: str | None
    first_published: str | None
    last_published: str | None
    article_ids: tuple[str, ...]
    outlets: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """The story as JSON-ready data (``story`` in the JSON Schema)."""
        return {
            "id": self.id,
            "title": self.title,
            "first_published": self.first_published,
            "last_published": self.last_published,
            "article_count": len(self.article_ids),
            "article_ids": list(self.article_ids),
            "outlets": list(self.outlets),
        }
