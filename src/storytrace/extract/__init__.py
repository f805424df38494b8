"""Extraction: a Page becomes an Article (or a Rejected).

Inputs: :class:`~storytrace.model.Page` (bytes, declared type, hints). Outputs:
:class:`~storytrace.model.Article` with text, title, date, outlet, author, language, or a
:class:`~storytrace.model.Rejected` with its reason.

Every function here is pure: the same page (and, for text dumps, the same furniture profile) gives
the same article. Text dumps need one thing from outside the page: the furniture lines learned from
the other pages of the same site, passed in as ``furniture``; see ``pipeline.py`` for how the store
learns them.

Stable API: :func:`prepare_page`, :func:`extract_article`, :class:`ExtractOptions`,
:class:`TextPage`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime

from storytrace.extract.dates import day_first_for, parse_date
from storytrace.extract.decode import decode_body
from storytrace.extract.html import HtmlOptions, extract_html
from storytrace.extract.language import detect_language
from storytrace.extract.textdump import (
    TextDumpOptions,
    extract_text_dump,
    page_line_keys,
    site_key,
)
from storytrace.ingest.detect import sniff
from storytrace.model import Article, DateGuess, Page, Rejected, reject

__all__ = ["ExtractOptions", "TextPage", "extract_article", "prepare_page", "warm_up_models"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractOptions:
    """Settings of every extractor."""

    html: HtmlOptions = field(default_factory=HtmlOptions)
    text: TextDumpOptions = field(default_factory=TextDumpOptions)


@dataclass(frozen=True, slots=True, kw_only=True)
class TextPage:
    """A decoded text dump waiting for its site's furniture profile.

    Attributes:
        page: the page, with ``kind="text"``.
        site: which site it belongs to (see :func:`storytrace.extract.textdump.site_key`).
        line_keys: the keys of its lines, counted per site to learn furniture.
    """

    page: Page
    site: str
    line_keys: frozenset[str]


def prepare_page(page: Page, *, options: ExtractOptions) -> Article | Rejected | TextPage:
    """Extract an HTML page now; hand a text dump back for site-level furniture learning.

    Returns:
        an Article or Rejected for HTML pages and undecodable bytes; a :class:`TextPage` for text
        dumps, which the caller extracts with :func:`extract_article` once the profile is known.
    """
    decoded = _decode(page)
    if isinstance(decoded, Rejected):
        return decoded
    page, text = decoded
    if page.kind == "text":
        return TextPage(page=page, site=site_key(page, text), line_keys=page_line_keys(text))
    return _finish(page, extract_html(page, text, options=options.html))


def extract_article(
    page: Page, *, options: ExtractOptions, furniture: Collection[str] = frozenset()
) -> Article | Rejected:
    """Extract the article of a page.

    Args:
        page: the page; its ``kind`` is detected from the content when ``None``.
        options: extractor settings.
        furniture: for a text dump, the line keys learned as furniture on its site.
    """
    decoded = _decode(page)
    if isinstance(decoded, Rejected):
        return decoded
    page, text = decoded
    if page.kind == "text":
        reference = _reference_time(page)
        result = extract_text_dump(
            page, text, furniture=furniture, reference=reference, options=options.text
        )
    else:
        result = extract_html(page, text, options=options.html)
    return _finish(page, result)


def warm_up_models() -> None:
    """Load what extraction loads lazily (the language model), e.g. before forking workers."""
    detect_language("This sentence warms up the language identification model.")


def _decode(page: Page) -> tuple[Page, str] | Rejected:
    """Decode the bytes and settle the page kind (html or text)."""
    kind = page.kind
    if kind is None:
        sniffed = sniff(page.body[:65536], page.source.location)
        if sniffed.startswith("binary"):
            what = sniffed.partition(":")[2] or "binary data"
            return reject(page.source, "binary", f"the page holds {what}", page.body)
        kind = "html" if sniffed in ("html", "feed") else "text"
    decoded = decode_body(page.body, page.content_type, is_html=kind == "html")
    if decoded is None:
        return reject(
            page.source,
            "undecodable",
            "the bytes are not text in any encoding tried (declared, UTF-8, detected)",
            page.body,
        )
    if not decoded.text.strip():
        return reject(page.source, "empty", "the page holds only white space", page.body)
    return dataclasses.replace(page, kind=kind), decoded.text


def _reference_time(page: Page) -> datetime | None:
    """When the page was seen: the anchor of relative dates ("3 hours ago")."""
    if not page.fetched_at:
        return None
    try:
        moment = datetime.fromisoformat(page.fetched_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _finish(page: Page, result: Article | Rejected) -> Article | Rejected:
    """Fill what the extractor left open from the page's hints, and detect the language."""
    if isinstance(result, Rejected):
        return result
    published = _input_date(page) or result.published
    language = result.language or page.hints.get("language") or detect_language(result.text)
    # What the input states outright (JSON Lines fields, feed items) is the researcher's own
    # metadata: it wins over what the extractor guessed from the page.
    hints = page.hints
    return dataclasses.replace(
        result,
        published=published,
        language=language,
        title=hints.get("title") or result.title,
        outlet=hints.get("outlet") or result.outlet,
        author=hints.get("author") or result.author,
        url=result.url or page.url,
    )


def _input_date(page: Page) -> DateGuess | None:
    """A publication date the input gave (JSON Lines field, feed date), normalised.

    The researcher's own metadata is trusted over what the page text suggests.
    """
    text = page.hints.get("published")
    if not text:
        return None
    day_first = day_first_for(page.hints.get("language"), page.url)
    return parse_date(text, reference=_reference_time(page), day_first=day_first, method="input")
