"""Article extraction from HTML: main text and metadata.

Input: a :class:`~storytrace.model.Page` and its decoded HTML (see
:func:`storytrace.extract.decode.decode_body`). Output: an :class:`~storytrace.model.Article`
(``kind="html"``) or a :class:`~storytrace.model.Rejected` (``"no_article"``, ``"too_short"``).

The main text comes from trafilatura in its fast precision mode, retried in recall mode when
it comes out short. Before that, an article body that the page splits into same-class blocks
around advertisements is joined (trafilatura keeps the first block only). After it, storytrace
drops what trafilatura leaves behind on news pages: the headline repeated as a paragraph, and
site furniture lines (newsletter and follow prompts, "Related:" and "Read more:" teasers with
the link lists they introduce, comment counters, credit and copyright lines, "Advertisement").
Metadata comes from trafilatura's metadata functions (title, author, site name) and htmldate
(date), and from the page head (canonical URL, ``lang``); the page's hints fill the gaps.

The defaults of :class:`HtmlOptions` are the best settings measured with
``bench/bench_extraction.py``; the report of that script gives the figures.

Stable API: :class:`HtmlOptions`, :func:`extract_html`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import unescape as html_unescape
from typing import Final
from urllib.parse import urljoin, urlsplit

import trafilatura
from htmldate import find_date
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.json_metadata import normalize_authors
from trafilatura.metadata import (
    examine_meta,
    extract_meta_json,
    extract_metainfo,
    extract_sitename,
    extract_title,
)
from trafilatura.utils import load_html
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

from storytrace.errors import ConfigError
from storytrace.extract.language import detect_language, normalise_language_tag
from storytrace.model import Article, DateGuess, Link, Page, Rejected, reject

__all__ = ["MAX_LINKS", "HtmlOptions", "extract_html", "place_links"]

#: A start tag longer than this loses its attributes before parsing: libxml2 checks attributes
#: for duplicates pairwise, so a tag with 100,000 of them takes minutes to parse, and
#: trafilatura's attribute regexes take seconds on a multi-megabyte value. Real tags this long
#: hold an inlined image or a JSON blob, neither of which is article text.
MAX_TAG_CHARS: Final = 20_000

_HUGE_TAG: Final = re.compile(rf"<([A-Za-z][A-Za-z0-9:-]*)[^<>]{{{MAX_TAG_CHARS},}}>")

FOCUSES: Final = ("precision", "balanced", "recall")


@dataclass(frozen=True, slots=True, kw_only=True)
class HtmlOptions:
    """Settings of HTML extraction.

    Attributes:
        focus: trafilatura's trade-off between ``"precision"``, ``"balanced"`` and ``"recall"``.
        fast: skip trafilatura's fallback extractors (readability, jusText); about twice as
            fast, and no less accurate once the recall retry below is on.
        recall_retry_chars: when the main text is shorter than this, extract again with
            ``focus="recall"``; precision settings sometimes keep only a caption or a teaser.
            0 turns the retry off.
        recall_retry_share: the retry's text replaces the first one when the first holds less
            than this share of it.
        include_tables: keep the text of ``<table>`` elements.
        clean_furniture: drop site furniture lines and a repeated headline from the text.
        min_chars: an article with less text than this is rejected as ``"too_short"``.
        extensive_date_search: let htmldate search the page text for a date when the markup
            declares none.
        join_split_bodies: join an article body that the page splits into several sibling
            blocks of the same class (with advertisements between them) before extraction;
            trafilatura would keep only the first block.
    """

    focus: str = "precision"
    fast: bool = True
    recall_retry_chars: int = 1_000
    recall_retry_share: float = 0.5
    include_tables: bool = True
    clean_furniture: bool = True
    min_chars: int = 200
    extensive_date_search: bool = True
    join_split_bodies: bool = True

    def __post_init__(self) -> None:
        if self.focus not in FOCUSES:
            raise ConfigError(f"unknown focus {self.focus!r}; use one of {', '.join(FOCUSES)}")
        if self.min_chars < 0 or self.recall_retry_chars < 0:
            raise ConfigError("min_chars and recall_retry_chars must be 0 or more")
        if not 0.0 <= self.recall_retry_share <= 1.0:
            raise ConfigError(
                f"recall_retry_share must be within 0..1, not {self.recall_retry_share}"
            )

    @property
    def name(self) -> str:
        """The setting name in :attr:`Article.extractor`: ``"fast-precision+retry+join+clean"``."""
        parts = [f"fast-{self.focus}" if self.fast else self.focus]
        if self.recall_retry_chars and self.focus != "recall":
            parts.append("retry")
        if self.join_split_bodies:
            parts.append("join")
        if not self.include_tables:
            parts.append("notables")
        if self.clean_furniture:
            parts.append("clean")
        return "+".join(parts)


def extract_html(
    page: Page, html: str, *, options: HtmlOptions = HtmlOptions()
) -> Article | Rejected:
    """Extract the article of an HTML page.

    Args:
        page: the page; its ``url`` and ``hints`` are used, its ``body`` only for ids.
        html: the decoded HTML.
        options: extraction settings.

    Returns:
        The article, or a rejection: ``"no_article"`` when the page holds no main text (or
        cannot be parsed), ``"too_short"`` when it holds less than ``options.min_chars``.
    """
    tree = _parse(html)
    if tree is None:
        return reject(
            page.source, "no_article", "the HTML could not be parsed into a tree", page.body
        )
    head = _read_head(tree, page.url)
    anchors = _anchors(tree, page.url or head.canonical_url)
    try:
        metadata = _metadata(tree, page.url, options)
        if options.join_split_bodies:
            _join_split_bodies(tree)
        text = _main_text(tree, page.url, metadata.title, options)
        if not text:
            return reject(
                page.source, "no_article", "no main text was found on the page", page.body
            )
        if len(text) < options.min_chars:
            detail = f"the main text has {len(text)} characters, fewer than {options.min_chars}"
            return reject(page.source, "too_short", detail, page.body)
        if metadata.author is None:
            metadata = dataclasses.replace(metadata, author=_author_in_markup(tree))
    except (RecursionError, etree.LxmlError) as error:
        detail = f"trafilatura failed on the page's markup ({type(error).__name__})"
        return reject(page.source, "no_article", detail, page.body)
    article = _article(page, text, metadata, head, options)
    return dataclasses.replace(article, links=place_links(article.text, anchors))


#: At most this many hyperlinks are read from one page.
MAX_LINKS: Final = 2_000


#: Containers whose links are site furniture, by words in their class or id.
_FURNITURE_BOX: Final = re.compile(
    r"nav|menu|tag|share|social|related|footer|comment|breadcrumb|sidebar|widget|promo|newsletter",
    re.IGNORECASE,
)


def _in_prose(element: HtmlElement) -> bool:
    """The link sits in a paragraph or quotation, not in a furniture container."""
    prose = False
    for ancestor in element.iterancestors():
        if ancestor.tag in {"p", "blockquote"}:
            prose = True
        if ancestor.tag in {"nav", "footer", "aside", "header"}:
            return False
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        if marks.strip() and _FURNITURE_BOX.search(marks):
            return False
    return prose


def _anchors(tree: HtmlElement, base_url: str | None) -> list[tuple[str, str]]:
    """The page's hyperlinks in prose as ``(absolute http(s) URL, anchor text)``, read before
    extraction (trafilatura changes the tree)."""
    found: list[tuple[str, str]] = []
    for element in tree.iter("a"):
        if not _in_prose(element):
            continue
        href = element.get("href")
        url = _absolute_url(href.strip(), base_url) if href else None
        if url is None:
            continue
        text = " ".join(element.text_content().split())
        if len(text) >= 2:
            found.append((url.split("#", 1)[0], text))
            if len(found) >= MAX_LINKS:
                break
    return found


def place_links(text: str, anchors: Sequence[tuple[str, str]]) -> tuple[Link, ...]:
    """The hyperlinks whose anchor text is in the article text, with where it is.

    Navigation, share buttons and related-post widgets are not in the extracted text, so their
    links fall away; a body link keeps its place. Anchors are looked for in page order, each
    after the previous one found, and from the start again when that fails.

    Args:
        text: the extracted article text.
        anchors: ``(url, anchor text)`` in page order.

    Returns:
        the links found, in text order.
    """
    links: list[Link] = []
    position = 0
    for url, anchor in anchors:
        words = anchor.split()
        if not words or words[0] not in text:
            continue  # most navigation anchors stop here, at the cost of one substring search
        pattern = re.compile(r"\s+".join(map(re.escape, words)))
        found = pattern.search(text, position) or pattern.search(text)
        if found is None:
            continue
        position = found.end()
        links.append(Link(href=url, text=anchor, start=found.start(), end=found.end()))
    unique = {(link.start, link.href): link for link in links}
    return tuple(sorted(unique.values(), key=lambda link: (link.start, link.href)))


def _parse(html: str) -> HtmlElement | None:
    html = _HUGE_TAG.sub(r"<\1>", html)
    try:
        tree = load_html(html)
    except (ValueError, TypeError, etree.LxmlError):
        return None
    return tree if isinstance(tree, HtmlElement) else None


# Elements whose direct children include paragraphs, with a class that names an article body.
_BODY_BLOCKS: Final = (
    "//*[p][contains(@class, 'body') or contains(@class, 'content') or contains(@class, 'text')"
    " or contains(@class, 'article') or contains(@class, 'story')]"
    "[not(contains(@class, 'comment'))]"
)


#: Most text allowed between two blocks of a split body; more means the page interleaves
#: other text there (a quote box, a caption), and joining the blocks would reorder the article.
MAX_GAP_CHARS: Final = 200


def _join_split_bodies(tree: HtmlElement) -> None:
    """Move the paragraphs of later same-class body blocks into the first one.

    Only blocks that follow one another with (almost) no text in between are joined: the gap
    between them holds advertisements or empty placeholders.
    """
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    for element in tree.xpath(_BODY_BLOCKS):
        groups.setdefault((str(element.tag), element.get("class", "")), []).append(element)
    groups = {key: blocks for key, blocks in groups.items() if len(blocks) > 1}
    if not groups:
        return
    elements = list(tree.iter())
    order = {element: index for index, element in enumerate(elements)}
    for blocks in groups.values():
        if _joinable(blocks, elements, order):
            first = blocks[0]
            for block in blocks[1:]:
                first.extend(list(block))
                parent = block.getparent()
                if parent is not None:
                    parent.remove(block)


def _joinable(
    blocks: list[HtmlElement], elements: list[HtmlElement], order: dict[HtmlElement, int]
) -> bool:
    for before, after in itertools.pairwise(blocks):
        if before in after.iterancestors() or after in before.iterancestors():
            return False
        start = order[before] + sum(1 for _ in before.iterdescendants())
        gap = elements[start + 1 : order[after]]
        ancestors = set(after.iterancestors())
        text = "".join(
            (element.text or "" if element.tag not in _NOT_TEXT else "")
            + (element.tail or "" if element not in ancestors else "")
            for element in gap
        )
        if len("".join(text.split())) > MAX_GAP_CHARS:
            return False
    return True


_NOT_TEXT: Final = frozenset({"script", "style", "noscript", "template"})


def _main_text(tree: HtmlElement, url: str | None, title: str | None, options: HtmlOptions) -> str:
    """The cleaned main text, retried with recall settings when it comes out short."""
    text = _extract_text(tree, url, title, options, focus=options.focus)
    if options.focus == "recall" or len(text) >= options.recall_retry_chars:
        return text
    retry = _extract_text(tree, url, title, options, focus="recall")
    return retry if len(text) < options.recall_retry_share * len(retry) else text


def _extract_text(
    tree: HtmlElement, url: str | None, title: str | None, options: HtmlOptions, *, focus: str
) -> str:
    # bare_extraction works on a copy of the tree it is given, so the tree can be reused.
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=options.fast,
        favor_precision=focus == "precision",
        favor_recall=focus == "recall",
        include_comments=False,
        include_tables=options.include_tables,
    )
    raw_text = getattr(document, "text", None) or ""
    return _normalise_text(raw_text, title=title, clean=options.clean_furniture)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Metadata:
    """What trafilatura and htmldate find in the page's markup."""

    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    date: str | None = None


def _metadata(tree: HtmlElement, url: str | None, options: HtmlOptions) -> _Metadata:
    """Title, author, site name and date, as trafilatura's ``extract_metadata`` finds them.

    Only the fields storytrace keeps are computed: categories, tags and licence take a third of
    trafilatura's metadata time.
    """
    document = examine_meta(tree)
    if document.author and " " not in document.author:
        document.author = None  # a single word is a user name, not an author (as trafilatura)
    # Broken JSON-LD: keep what the meta tags said.
    with contextlib.suppress(ValueError, TypeError, AttributeError, KeyError, IndexError):
        document = extract_meta_json(tree, document)
    document.title = document.title or extract_title(tree)
    document.sitename = document.sitename or extract_sitename(tree)
    date = _find_date(tree, url, extensive=False)
    if date is None and options.extensive_date_search:
        date = _find_date(tree, url, extensive=True)
    return _Metadata(
        title=_text_field(document.title),
        author=_text_field(document.author),
        site_name=_text_field(document.sitename),
        date=date,
    )


def _find_date(tree: HtmlElement, url: str | None, *, extensive: bool) -> str | None:
    """htmldate's publication date; the extensive search (page text) costs five times more."""
    date = find_date(
        tree,
        url=url,
        original_date=True,
        extensive_search=extensive,
        max_date=datetime.now().astimezone().strftime("%Y-%m-%d"),
    )
    return date if isinstance(date, str) and date else None


def _author_in_markup(tree: HtmlElement) -> str | None:
    """trafilatura's ``extract_author`` search of the page markup, pruning ``tree`` in place.

    trafilatura prunes a deep copy of the page; called once the text is extracted, storytrace
    can prune the tree itself and save the copy.
    """
    author = extract_metainfo(
        prune_unwanted_nodes(tree, AUTHOR_DISCARD_XPATHS), AUTHOR_XPATHS, len_limit=120
    )
    return _text_field(normalize_authors(None, author)) if author else None


def _text_field(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = _clean_line(html_unescape(value))[:1_000]
    return text or None


# <link rel="canonical">; rel is a space-separated, case-insensitive list of tokens.
_CANONICAL_LINK: Final = (
    "//link[contains(concat(' ', normalize-space(translate(@rel, 'CANONICAL', 'canonical')), ' '),"
    " ' canonical ')]/@href"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Head:
    """What storytrace reads from the page head itself."""

    canonical_url: str | None
    site_name: str | None
    language: str | None


def _read_head(tree: HtmlElement, base_url: str | None) -> _Head:
    link = _first(tree, _CANONICAL_LINK)
    og_url = _first(tree, "//meta[@property='og:url' or @name='og:url']/@content")
    site_name = _first(tree, "//meta[@property='og:site_name' or @name='og:site_name']/@content")
    language = _first(tree, "/html/@lang") or _first(tree, "/html/@xml:lang")
    language = language or _first(tree, "//meta[@http-equiv='content-language']/@content")
    return _Head(
        canonical_url=_absolute_url(link, base_url) or _absolute_url(og_url, base_url),
        site_name=_clean_line(site_name) if site_name else None,
        language=normalise_language_tag(language),
    )


def _first(tree: HtmlElement, xpath: str) -> str | None:
    try:
        values = tree.xpath(xpath, namespaces={"xml": "http://www.w3.org/XML/1998/namespace"})
    except etree.XPathError:
        return None
    for value in values if isinstance(values, list) else []:
        text = str(value).strip()
        if text:
            return text
    return None


def _absolute_url(url: str | None, base_url: str | None) -> str | None:
    if not url:
        return None
    absolute = urljoin(base_url, url) if base_url else url
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return absolute


def _article(
    page: Page, text: str, metadata: _Metadata, head: _Head, options: HtmlOptions
) -> Article:
    url = page.url or head.canonical_url
    language = detect_language(text) or head.language or page.hints.get("language")
    published = None
    if metadata.date:
        published = DateGuess(value=metadata.date, method="html-meta", confidence=0.9)
    return Article(
        id=page.id,
        source=page.source,
        kind="html",
        text=text,
        title=metadata.title or _hint(page, "title"),
        url=url,
        canonical_url=head.canonical_url,
        outlet=_outlet(metadata, head, page, url),
        author=metadata.author or _hint(page, "author"),
        language=language,
        published=published,
        extractor=f"trafilatura-{trafilatura.__version__}/{options.name}",
    )


def _hint(page: Page, name: str) -> str | None:
    value = page.hints.get(name)
    return _clean_line(value) if value and value.strip() else None


def _outlet(metadata: _Metadata, head: _Head, page: Page, url: str | None) -> str | None:
    """The site's name as the page gives it, else the input's hint, else the URL host."""
    host = _host(url)
    site_name = (head.site_name or metadata.site_name or "").lstrip("@")
    # trafilatura's title-derived site name is often the host itself: not the page naming it.
    if site_name and site_name.lower() != host:
        return site_name
    return _hint(page, "outlet") or host


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    host = host.removeprefix("www.")
    return host or None


# Text normalisation and furniture cleaning -----------------------------------------------------

_SPACES: Final = re.compile(r"\s+")
_INVISIBLE: Final = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_WORD: Final = re.compile(r"\w+")

# A line that is nothing but site furniture. Anchored: the whole line must match.
_FURNITURE_LINE: Final = re.compile(
    r"""^(?:
        advertisement | advertising | sponsored(?:\ content)? | ad
      | \d*\s*comments? | show\ comments | view\ comments | leave\ a\ comment | add\ comment
      | share(?:\ this)?(?:\ (?:article|story|post))? | share\ on\ \w+ | tweet | email | print
      | tags?:? | topics?:? | explore\ further | skip\ to\ (?:main\ )?content
      | don'?t\ miss:? | must\ read:? | trending(?:\ now)?:? | recommended(?:\ for\ you)?:?
      | you\ (?:may|might)\ also\ (?:like|enjoy)\W* | more\ (?:from|on)\ .{1,40} | more:?
      | related(?:\ (?:articles?|stories|posts|content|coverage|news|links|reading))?:?
      | most\ (?:read|popular|viewed|shared)(?:\ .{1,40})? | popular\ on\ .{1,40}
      | read\ (?:more|next|also)\W* | see\ (?:more|also)\W* | also\ read\W* | continue\ reading\W*
      | thanks\ for\ signing\ up!? | sign\ up(?:\ now|\ here|\ today)?!? | subscribe(?:\ now)?\W*
      | print\ (?:this\ )?(?:article|story|page) | (?:order\ )?reprints? | text\ size | font\ size
      | (?:filed\ under|posted\ in|categor(?:y|ies|ias)|tagged(?:\ with)?)(?:\s*:.{0,80})?
      | \d+\s*min(?:ute)?s?\ read
      | (?:reading\ time|tempo\ de\ leitura|temps\ de\ lecture|tiempo\ de\ lectura|lesezeit)
        \s*:?\s*.{0,20}
      | (?:last\ )?(?:updated|published|posted)(?:\ on|\ at)?:?\ [^.]{0,40}\d[^.]{0,30}\.?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# A line that starts as a teaser or a prompt, whatever follows.
_FURNITURE_START: Final = re.compile(
    r"""^\W{0,3}(?:
        (?:read|see)\ (?:more|also|next)\s*[:|»>-] | also\ read\s*[:|»>-] | related\s*[:|»>-]
      | related\ (?:articles?|stories|posts|coverage|reading)\s*[:|»>-] | more\s*:
      | (?:click|tap)\ here\b | subscribe\ (?:to|for|now)\b
      | (?:follow|like)\ us\b | like\ this\ (?:story|article)\b | share\ this\ (?:story|article)\b
      | get\ the\ latest\ .{0,60}\ (?:inbox|newsletters?)\b
      | \(?(?:additional\ )?reporting\ by\b | (?:editing|edited|writing)\ by\b
      | (?:e-?mail|write\ to|contact|reach)\b.{0,120}(?:@|twitter)
      | follow\b.{0,150}\bon\ (?:twitter|facebook|instagram|youtube|linkedin|tiktok)\b
      | follow\b.{0,60}\bcoverage\b
      | © | ⓒ | copyright\ (?:©\ |ⓒ\ |\(c\)\ )?\d{4}\b
      | copyright\b.{0,80}(?:©|ⓒ|\(c\)|rights\ reserved)
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Prompts that can sit anywhere in a short line.
_FURNITURE_ANYWHERE: Final = re.compile(
    r"""(?:
        \bcontributed\ (?:reporting|to\ this\ report)\b | \bclick\ here\b
      | \bnewsletters?\b.{0,80}\b(?:sign\ up|subscrib\w*|inbox|delivered)\b
      | \b(?:sign\ up|subscrib\w*|inbox|delivered)\b.{0,80}\bnewsletters?\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# A teaser link labelled with its kind in capitals: "Plane passengers quarantined [VIDEO]".
_TEASER_LABEL: Final = re.compile(r"\[[A-Z]{3,}\]\W*$")

# A line that ends with a social-sharing widget label.
_FURNITURE_END: Final = re.compile(r"\s*click\s+to\s+tweet\s*$", re.IGNORECASE)

# Headers that introduce a list of links to other articles: the list items after them go too.
_TEASER_HEADER: Final = re.compile(
    r"""^(?:
        related\b.* | more\b.{0,40} | (?:read|see)\ (?:more|also)\b.* | also\ read\b.*
      | you\ (?:may|might)\ also\b.* | don'?t\ miss\b.* | must\ read\b.* | recommended\b.*
      | most\ (?:read|popular|viewed|shared)\b.* | popular\ on\b.* | trending\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

_LIST_ITEM: Final = re.compile(r"^[-•*]\s")


def _clean_line(text: str) -> str:
    return _SPACES.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", text))).strip()


def _normalise_text(raw_text: str, *, title: str | None, clean: bool) -> str:
    """Paragraphs separated by one blank line, white space collapsed, furniture dropped."""
    lines = [_clean_line(line) for line in raw_text.splitlines()]
    lines = [line for line in lines if _WORD.search(line)]
    if clean:
        lines = _drop_furniture(lines, title)
    return "\n\n".join(lines)


def _drop_furniture(lines: list[str], title: str | None) -> list[str]:
    if title:
        lines = _drop_headline(lines, title)
    kept: list[str] = []
    in_teaser_list = False
    for line in lines:
        if in_teaser_list and _LIST_ITEM.match(line):
            continue
        in_teaser_list = False
        if _is_furniture(line):
            in_teaser_list = _TEASER_HEADER.match(line) is not None
            continue
        kept.append(_FURNITURE_END.sub("", line))
    return kept


def _is_furniture(line: str) -> bool:
    if len(line) > 250:
        return False
    return bool(
        _FURNITURE_LINE.match(line)
        or _FURNITURE_START.match(line)
        or _FURNITURE_ANYWHERE.search(line)
        or _TEASER_LABEL.search(line)
    )


def _drop_headline(lines: list[str], title: str) -> list[str]:
    """Drop the headline when one of the first two lines repeats the page title."""
    for index, line in enumerate(lines[:2]):
        if _is_headline(line, title):
            return lines[:index] + lines[index + 1 :]
    return lines


def _is_headline(line: str, title: str) -> bool:
    """The line is the title, or the title without a site name before or after it."""
    if len(line) > 300:
        return False
    words = _WORD.findall(line.casefold())
    title_words = _WORD.findall(title.casefold())
    if not words or words == title_words:
        return bool(words)
    return len(words) >= 3 and words in (title_words[: len(words)], title_words[-len(words) :])
