"""Plain-text dumps of web pages turned into clean articles.

Inputs: a :class:`~storytrace.model.Page` and its decoded text (a dump of a news page with the
site furniture still in it: menus, search boxes, share and subscribe lines, comment prompts,
related-post lists, footers), optionally the furniture lines learned for its site.
Outputs: an :class:`~storytrace.model.Article` (``kind="text"``, ``extractor="textdump/1"``) whose
``text`` holds every body paragraph and whose ``removed`` lists the dropped lines, or a
:class:`~storytrace.model.Rejected` (``no_article``, ``too_short``).

Each line is classified from general signals (length, sentence punctuation, capitalisation, links
and handles, separators, position relative to the body block, cues such as "Related" or
"Leave a Reply" that open a furniture zone) plus the lines that recur across a site's pages
(:func:`page_line_keys`, :func:`learned_furniture`). docs/textdump.md explains the signals and
the measured figures.

Stable API: :class:`TextDumpOptions`, :func:`extract_text_dump`, :func:`classify_lines`,
:func:`line_key`, :func:`page_line_keys`, :func:`site_key`, :func:`learned_furniture`,
:func:`near_copy`, :func:`prose_keys`, :data:`PROSE_WORDS` and the line labels of :data:`LABELS`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from pathlib import PurePath
from typing import Final
from urllib.parse import urlsplit

from storytrace.extract.dates import day_first_for, find_date, parse_date
from storytrace.model import Article, DateGuess, Page, Rejected, reject

__all__ = [
    "EXTRACTOR",
    "LABELS",
    "TextDumpOptions",
    "classify_lines",
    "extract_text_dump",
    "learned_furniture",
    "line_key",
    "page_line_keys",
    "site_key",
]

EXTRACTOR: Final = "textdump/1"

#: What :func:`classify_lines` says of each physical line of a dump.
LABELS: Final = frozenset({"blank", "body", "furniture", "title", "date"})


@dataclass(frozen=True, slots=True, kw_only=True)
class TextDumpOptions:
    """Thresholds of the text-dump extractor (chosen on the dev split of the labelled set).

    Attributes:
        min_chars: an article whose body is shorter than this is rejected as ``too_short``.
        anchor_words: a line with at least this many words that reads as prose (sentence
            punctuation, not title case, no links or furniture cues) anchors the body block.
        cue_words: a line with a furniture cue ("Share", "Tags:", "Read also") and at most this
            many words is furniture; longer lines need a stronger cue (cookies, copyright).
        resume_words: after a "Related"/"About the author" cue, the body resumes only at a run
            of at least two anchor lines holding this many words together.
        max_key_chars: lines longer than this get no :func:`line_key` (never site furniture).
        header_scan: how many lines before the body block are searched for the date line.
        title_scan: how many lines before the body block are searched for the headline.
        split_hard: a gap between two anchors with this many furniture lines splits the body
            into clusters (see ``split_lines``).
        split_lines: so does a gap with this many non-prose lines, one of them furniture.
        cluster_share: a cluster is kept when it holds this share of the heaviest one's words.
    """

    min_chars: int = 200
    anchor_words: int = 12
    cue_words: int = 15
    resume_words: int = 40
    max_key_chars: int = 500
    header_scan: int = 15
    title_scan: int = 60
    split_hard: int = 3
    split_lines: int = 6
    cluster_share: float = 0.5


_DEFAULT_OPTIONS: Final = TextDumpOptions()

# --------------------------------------------------------------------------------------------
# Line shape.

# Latin, Arabic (؟ ۔), CJK (。！？) sentence ends, with closing quotes and brackets after them.
_SENTENCE_END: Final = re.compile(r"[.!?…؟۔。！？][\"'”’»)\]」』]*$")
_INNER_SENTENCE: Final = re.compile(
    r"[^\W_%)][.!?؟][\"”’»]?\s+[\"“‘«]?[^\W\d_]|[。！？][\"」』]?(?=.)"
)
_URL: Final = re.compile(
    r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|info|co|uk|me|tv|news)"
    r"(?:/\S*)?\b",
    re.IGNORECASE,
)
_HANDLE: Final = re.compile(r"(?:^|\s)[@#][\w.]{2,}")
_EMAIL: Final = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_SEPARATOR: Final = re.compile(r"\s[|»›>/·•]\s|\s[|»›·•]$|^[|»›·•]\s")
#: A footnote mark after the last word ("...by e-wallet.[1]", "...in 2019.²") hides the full stop.
_FOOTNOTE_MARK: Final = re.compile(r"(?<=\S)(?:\[\d{1,3}\]|\[[a-z]\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+\s*$")
_NUMBERS_ONLY: Final = re.compile(r"[\d\s.,:;/()%+\-–—#*]+")
_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*")
_SMALL_WORDS: Final = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "de",
        "la",
        "le",
        "al",
        "el",
        "du",
        "van",
        "von",
        "bin",
        "ibn",
    ]
)


@dataclass(frozen=True, slots=True)
class _Shape:
    """Surface measurements of one logical line."""

    words: int
    ends_sentence: bool
    sentences: int
    capital_share: float
    linky: bool
    separators: int
    numbers_only: bool


def _shape(text: str) -> _Shape:
    """Measure a line (only its first 2,000 characters: enough to judge it)."""
    head = _FOOTNOTE_MARK.sub("", text[:2000])
    words = _WORD.findall(head)
    content = [word for word in words if word.casefold() not in _SMALL_WORDS]
    capitals = sum(1 for word in content if word[0].isupper())
    tokens = len(head.split())
    if tokens and len(head) > 40 * tokens:
        # Scripts written without spaces (Chinese, Japanese, Thai): about two characters a word.
        tokens = len(head) // 2
    return _Shape(
        words=tokens,
        ends_sentence=bool(_SENTENCE_END.search(head.rstrip())),
        sentences=len(_INNER_SENTENCE.findall(head)),
        capital_share=capitals / len(content) if content else 1.0,
        linky=bool(_URL.search(head) or _HANDLE.search(head) or _EMAIL.search(head)),
        separators=len(_SEPARATOR.findall(head)),
        numbers_only=bool(_NUMBERS_ONLY.fullmatch(head)),
    )


# --------------------------------------------------------------------------------------------
# Cues: one signal among several. Each list names what a site prints about its own furniture.


def _cues(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


#: Short-line cues: a line of at most ``cue_words`` words matching one of these is furniture.
_SHORT_CUES: Final = _cues(
    # navigation and search
    r"^skip to (?:main )?content",
    r"^(?:home|menu|search|log ?in|sign ?in|sign ?up|register|subscribe|contact(?: us)?|about"
    r"(?: us| me)?|more|close|next|previous|back to top|top|print|email|share|reply|report|like"
    r"|quote|follow|advertise|accept(?: all)?|manage (?:preferences|cookies|settings)|newsletter"
    r"|log in \| register|ask a question)$",
    r"^search(?: for)?:?$|type and (?:hit|press) enter|^search\b.{0,30}$",
    r"^(?:previous|next|older|newer)(?: post| article| story| entry)?\s*[:»«]",
    r"newer posts?\s+older posts?|^older posts?$|^newer posts?$|blog archive",
    # share, like and follow
    r"^share(?: this| on| to| via| article| story)?\b",
    r"^(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|print|copy link"
    r"|link)(?:\s+(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email"
    r"|print|link))*$",
    r"^like this:?$|like loading|^email this$|^blogthis!?$|^like reply$",
    r"follow us\b|follow .{1,40} on (?:twitter|x|instagram|facebook|telegram|whatsapp|tiktok)",
    r"join (?:our|us on) .{0,30}(?:telegram|whatsapp|channel|group)",
    r"(?:telegram|whatsapp|signal) (?:channel|group)|\bt\.me/|\bwa\.me/",
    # metadata lines
    r"^(?:tags?|labels?|topics?|categor(?:y|ies)|filed under|keywords)\s*:",
    r"^(?:posted|published|updated|written|words|photos?|reporting|edited)\s+(?:by|on|in|at)\b",
    r"^by\s+\S|^authors?\s*:",
    r"\bmin(?:ute)?s? read\b|^reading time\b",
    r"^(?:thread starter|start date|joined|messages|posts|staff member|member|moderator)\b:?",
    r"^(?:advertisement|sponsored(?: content)?|promoted|ad)$",
    r"^download (?:the )?(?:full )?(?:pdf|report|brief|paper)\b|\(pdf,? [\d.,]+ ?[km]b\)",
    r"^cite this\b|^(?:image|photo|picture|video) (?:credit|source)\s*:",
    r"^(?:photo|image|picture|file photo|caption|pictured|credit)\s*:",
    r"^(?:i agree|agree|ok|got it|allow all|decline|donate(?: now)?)$",
    r"^(?:read|see) (?:also|more|next)\b|^also read\b|^related\s*:|^watch\s*:|^listen\s*:",
    r"continues? (?:below|after) (?:the )?(?:advert|ad\b)|^(?:advert|anzeige|publicité|publicidad)",
    # the same furniture in French, Spanish, Portuguese, German, Italian and Arabic
    r"^(?:à )?lire (?:aussi|également)|^voir aussi|^(?:lea|leer|lee) (?:también|más)"
    r"|^leia (?:também|mais)|^(?:lesen sie|mehr zum thema|auch interessant)|^leggi anche"
    r"|^اقرأ (?:أيضا|أيضاً|المزيد)",
    r"^(?:partager|compartir|compartilhar|teilen|condividi|شارك|مشاركة)\b",
    r"^(?:s'abonner|abonnez-vous|se connecter|suscríbete|assine|abonnieren|اشترك)\b",
    r"^(?:publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert|pubblicato"
    r"|نشر في|تاريخ النشر)\b",
    r"^(?:par|por|von|di|بقلم)\s+[A-ZÀ-Ý\u0600-\u06ff]",
    r"tous droits réservés|todos los derechos reservados|alle rechte vorbehalten"
    r"|جميع الحقوق محفوظة",
    r"^(?:les plus lus|à la une|lo más leído|meistgelesen|الأكثر قراءة|commentaires?|comentarios"
    r"|kommentare|تعليقات)\b",
    r"^(?:mentions légales|politique de confidentialité|aviso legal|impressum|datenschutz)",
    r"^(?:aller au contenu|ir al contenido|zum inhalt)",
    # comments
    r"^\d+\s+(?:comments?|responses?|replies|thoughts?)\b|^(?:no|one) (?:comments?|responses?)\b",
    r"^comments?\s*\(\d+\)$|^replies\s*\(\d+\)$|^\(?\d+\)?$",
    r"leave a (?:reply|comment)|post a comment|join the conversation|add a comment",
    r"\bsays:$|\bsaid\.{3}$|^(?:comment|name|email|website)\s*\*?$|^post comment$",
    r"log in or register to reply|you must be logged in",
    # footers
    r"powered by (?:wordpress|blogger|ghost|xenforo|discourse)|blog at wordpress\.com",
    r"\btheme(?: by|:)|forum software by|^(?:privacy|terms|cookies?|imprint)\b",
    r"all rights reserved|^©|©\s*\d{4}|^copyright\b",
    r"subscribe to:? post comments|enter your email|^email address$",
    r"^(?:popular|recent|latest|related|featured|trending|recommended) (?:posts|articles|stories"
    r"|news|videos|research|publications|content)$",
)

#: Lists of labels that can run long: "Tags: a, b, c, ..." is furniture at any length.
_LIST_CUES: Final = _cues(
    r"^(?:tags?|labels?|topics?|categor(?:y|ies)|filed under|keywords|suggested topics)\s*:",
)

#: Cues that make even a long line furniture: consent notices, comment forms, sign-up pitches.
_LONG_CUES: Final = _cues(
    r"\b(?:we|this (?:web)?site) uses? cookies\b|cookies? (?:policy|settings|preferences)",
    r"\bcookies\b.{0,200}\b(?:consent|your (?:choices|preferences|settings)|privacy settings"
    r"|accept|agree)",
    r"your email address will not be published|required fields are marked",
    r"all rights reserved|registered charity",
    r"sign up (?:to|for) .{0,80}(?:newsletter|briefing|inbox|updates)",
    r"(?:newsletter|briefing|research) .{0,60}in your inbox|by signing up",
    r"not responsible for the content of external sites",
    r"(?:join|follow) (?:our|us on) .{0,30}(?:telegram|whatsapp|channel)",
)

#: A line that is only this cue opens a zone of furniture that never returns to the body.
_END_CUES: Final = _cues(
    r"^\d+\s+(?:comments?|responses?|replies|thoughts? on)\b.{0,200}$",
    r"^(?:no|one) (?:comments?|responses?|thoughts? on)\b",
    r"^comments?\s*(?:\(\d+\))?:?$|^replies\s*\(\d+\)$|^discussion$",
    r"^leave a (?:reply|comment)|^post a comment$|^join the conversation$",
    r"^you must (?:log in|be logged in)",
)

#: A line that is only this cue opens a zone of furniture (a list of links, an author box)
#: that ends where a run of prose resumes.
_ZONE_CUES: Final = _cues(
    r"^(?:related|more|most|popular|recent|latest|featured|trending|recommended|further)"
    r"(?: \w+){0,3}:?$",
    r"^(?:you (?:may|might) also (?:like|enjoy)|read (?:also|more|next)|see also|also read)"
    r"\b.{0,40}$",
    r"^more (?:from|on|in)\b.{0,50}$|^(?:in|from) (?:other|the) news$",
    r"^about the (?:authors?|writers?|contributors?)$|^share this(?: article| story)?:?$",
    r"^(?:tags?|labels?|topics?):?$",
)

#: Section headings that open a body even when they sit just above its first paragraph.
_SECTION_HEADINGS: Final = _cues(
    r"^(?:summary|executive summary|abstract|introduction|overview|background|key (?:findings"
    r"|points|takeaways)|highlights|in brief|at a glance|the facts)$",
)

_TITLE_SEPARATOR: Final = re.compile(r"\s+(?:\||–|—|-|::|«|»|·)\s+")

# --------------------------------------------------------------------------------------------
# Logical lines: a dump that hard-wraps its paragraphs gets them joined back.


@dataclass(frozen=True, slots=True)
class _Line:
    """One logical line: physical lines ``first..last`` joined."""

    text: str
    first: int
    last: int


_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b-\u200f\u2060\ufeff]")


def _physical_lines(text: str) -> list[str]:
    """Split into stripped lines; control characters and zero-width marks dropped."""
    return [_CONTROL.sub("", line).strip() for line in text.splitlines()]


def _wrap_width(lines: Sequence[str]) -> int | None:
    """The column a hard-wrapped dump wraps at, or None when its paragraphs are single lines.

    A wrapped dump has most of its long lines just under one width, and at least three of them
    are followed by a line whose first word would not have fitted on them.
    """
    long_lines = [len(line) for line in lines if len(line) >= 40]
    followed = sorted(len(line) for line, after in pairwise(lines) if len(line) >= 40 and after)
    if len(followed) < 3:
        return None
    width = followed[int(0.9 * (len(followed) - 1))]
    if width > 100 or sum(length <= width + 3 for length in long_lines) < 0.7 * len(long_lines):
        return None
    breaks = sum(
        1
        for line, after in pairwise(lines)
        if after
        and width - 22 <= len(line) <= width + 3
        and len(line) + 1 + len(after.split()[0]) > width
    )
    return width if breaks >= 3 else None


def _logical_lines(physical: Sequence[str]) -> list[_Line]:
    """Join hard-wrapped paragraphs; every other non-blank line stands alone."""
    width = _wrap_width(physical)
    result: list[_Line] = []
    index = 0
    while index < len(physical):
        if not physical[index]:
            index += 1
            continue
        starts_block = index == 0 or not physical[index - 1]
        last = _paragraph_end(physical, index, width) if width and starts_block else index
        while last + 1 < len(physical) and _continues(physical[last], physical[last + 1]):
            last += 1
        joined = " ".join(physical[index : last + 1])
        result.append(_Line(text=joined, first=index, last=last))
        index = last + 1
    return result


def _continues(line: str, after: str) -> bool:
    """Whether ``after`` carries on the sentence of ``line`` (a wrap in a dump that rarely wraps):
    ``line`` is several words of prose without final punctuation, ``after`` starts in lower case.
    """
    if not after or not after[0].islower() or len(line.split()) < 6:
        return False
    return not _SENTENCE_END.search(line) and not line.endswith(":")


def _paragraph_end(physical: Sequence[str], start: int, width: int) -> int:
    """Last physical line of the wrapped paragraph that starts a block at ``start``.

    A line continues on the next one when it fills the wrap width: it is within a long word of
    the width and the next line's first word would not have fitted on it.
    """
    end = start
    while end + 1 < len(physical) and physical[end + 1]:
        line, after = physical[end], physical[end + 1]
        if not (width - 22 <= len(line) <= width + 3):
            break
        if len(line) + 1 + len(after.split()[0]) <= width:
            break
        end += 1
    return end


# --------------------------------------------------------------------------------------------
# Keys for site-level learning.

_DIGITS: Final = re.compile(r"\d+")
_SPACES: Final = re.compile(r"\s+")


def line_key(line: str, *, max_chars: int = _DEFAULT_OPTIONS.max_key_chars) -> str | None:
    """The normalised key of a line, for counting lines that recur across a site's pages.

    Args:
        line: one line of a dump.
        max_chars: lines longer than this get no key: prose of that length is never furniture.

    Returns:
        the line casefolded, with runs of digits as ``#`` and runs of white space as one space;
        None for a blank line or one longer than ``max_chars``.
    """
    stripped = _CONTROL.sub("", line).strip()
    if not stripped or len(stripped) > max_chars:
        return None
    return _SPACES.sub(" ", _DIGITS.sub("#", stripped.casefold()))


def page_line_keys(text: str, *, options: TextDumpOptions = _DEFAULT_OPTIONS) -> frozenset[str]:
    """The distinct line keys of one dump (its logical lines, as extraction sees them).

    Args:
        text: the dump.
        options: ``max_key_chars`` bounds the keyed lines.

    Returns:
        the set of :func:`line_key` values of its lines.
    """
    keys = (line_key(line.text, max_chars=options.max_key_chars) for line in _split(text))
    return frozenset(key for key in keys if key is not None)


#: A line of at least this many words is prose, not furniture, when a page repeats it.
PROSE_WORDS: Final = 12


def prose_keys(keys: Collection[str]) -> list[str]:
    """The line keys of a page that read as prose (:data:`PROSE_WORDS` words or more), sorted."""
    return sorted(key for key in keys if len(key.split()) >= PROSE_WORDS)


def near_copy(keys: Collection[str], seen: int) -> bool:
    """Whether a page repeats the prose of pages of its site counted before it.

    Another version of one article, or a repost on the same site, should count once for
    furniture learning: otherwise three versions of an article teach the site that the
    article's paragraphs are furniture.

    Args:
        keys: the page's line keys (:func:`page_line_keys`).
        seen: how many of its :func:`prose_keys` the site's counted pages already hold.

    Returns:
        ``True`` when at least two, and at least 60%, of its prose lines are known.
    """
    prose = len(prose_keys(keys))
    return prose >= 2 and seen >= 2 and seen >= 0.6 * prose


def learned_furniture(
    counts: Mapping[str, int], pages: int, *, min_pages: int = 3, min_share: float = 0.5
) -> frozenset[str]:
    """The line keys that are furniture of one site, from how many of its pages hold each.

    Args:
        counts: for each line key, the number of distinct pages of the site that hold it.
        pages: the number of pages of the site.
        min_pages: a key must occur in at least this many pages.
        min_share: and in at least this share of the site's pages.

    Returns:
        the keys to pass as ``furniture`` to :func:`extract_text_dump`.
    """
    if pages < min_pages:
        return frozenset()
    floor = max(min_pages, min_share * pages)
    return frozenset(key for key, count in counts.items() if count >= floor)


_NOT_SITES: Final = frozenset(
    [
        "t.me",
        "wa.me",
        "telegram.me",
        "whatsapp.com",
        "facebook.com",
        "twitter.com",
        "x.com",
        "instagram.com",
        "youtube.com",
        "youtu.be",
        "tiktok.com",
        "linkedin.com",
        "reddit.com",
        "wordpress.com",
        "blogger.com",
        "google.com",
        "bit.ly",
    ]
)
_DOMAIN: Final = re.compile(
    r"(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\b", re.IGNORECASE
)


def _host(url: str | None) -> str | None:
    """Host of a URL without ``www.``; None when there is none."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def _printed_host(lines: Sequence[_Line]) -> str | None:
    """The first site host printed in the dump (social networks and link shorteners skipped),
    looked for in the header and footer lines first, where a site names itself."""
    edges = [*lines[:15], *lines[-15:]] if len(lines) > 30 else list(lines)
    return _first_host(edges) or _first_host(lines)


def _first_host(lines: Sequence[_Line]) -> str | None:
    for line in lines:
        for found in _DOMAIN.finditer(line.text[:2000]):
            token = found.group(0)
            if "@" in line.text[max(0, found.start() - 1) : found.start()]:
                continue
            if not (token.lower().startswith("http") or "www." in token.lower()) and not re.search(
                r"\.(?:com|org|net|io|info|news|co\.uk|org\.uk|ac\.uk|de|fr)$", found.group(1), re.I
            ):
                continue
            host = _host(token)
            if host and host not in _NOT_SITES and not host.endswith(tuple(_NOT_SITES)):
                return host.lower()
    return None


def site_key(page: Page, text: str) -> str:
    """Which site a dump belongs to, for grouping pages before learning their furniture.

    Args:
        page: the page (its URL and source).
        text: the decoded dump.

    Returns:
        the host of ``page.url`` (without ``www.``); else a site host printed in the dump; else
        the outlet it names, casefolded; else the parent directory of the source location.
    """
    host = _host(page.url)
    if host:
        return host.lower()
    lines = _split(text)
    printed = _printed_host(lines)
    if printed:
        return printed
    outlet = _named_outlet(lines)
    if outlet:
        return outlet.casefold()
    return str(PurePath(page.source.location).parent)


# --------------------------------------------------------------------------------------------
# Classification.


def _split(text: str) -> list[_Line]:
    return _logical_lines(_physical_lines(text))


@dataclass(frozen=True, slots=True)
class _Signals:
    """What one logical line looks like."""

    shape: _Shape
    hard: bool  # furniture whatever its position
    learned: bool  # a line the site prints on many pages
    hard_unlearned: bool  # furniture by its own signals, site learning aside
    anchor: bool  # prose that anchors the body block
    prose: bool  # reads as a sentence (kept next to the body)
    end_cue: bool
    zone_cue: bool


def _signals(text: str, furniture: Collection[str], options: TextDumpOptions) -> _Signals:
    shape = _shape(text)
    head = text[:600]
    short_cue = shape.words <= options.cue_words and bool(_SHORT_CUES.search(head))
    learned = bool(furniture) and line_key(text, max_chars=options.max_key_chars) in furniture
    breadcrumb = shape.separators >= 1 and shape.words <= 3 * (shape.separators + 1)
    # A short line with a link, handle or hashtag is a link, unless it is a whole sentence
    # ("The site, example.com, was shut down in May.").
    linky = (
        shape.linky
        and shape.words <= options.cue_words
        and (not shape.ends_sentence or shape.words <= 6)
    )
    hard_unlearned = (
        short_cue
        or bool(_LIST_CUES.search(head))
        or breadcrumb
        or linky
        or shape.numbers_only
        or bool(_LONG_CUES.search(head))
    )
    hard = learned or hard_unlearned
    titled = shape.words >= 3 and shape.capital_share > 0.75
    prose = not hard and shape.ends_sentence and not titled
    anchor = prose and (
        shape.words >= options.anchor_words or (shape.sentences >= 1 and shape.words >= 8)
    )
    short = shape.words <= 10
    return _Signals(
        shape=shape,
        hard=hard,
        learned=learned,
        hard_unlearned=hard_unlearned,
        anchor=anchor,
        prose=prose,
        end_cue=short and bool(_END_CUES.search(head)),
        # A cue is a label ("Related", "More from us:"), not a sentence ("More on this soon.").
        zone_cue=short and not shape.ends_sentence and bool(_ZONE_CUES.search(head)),
    )


def _body_span(signals: Sequence[_Signals], options: TextDumpOptions) -> list[bool]:
    """Which lines lie in the body block: anchors, and what lies between them outside cue zones.

    The anchors are found by :func:`_anchors`, then grouped into clusters: a gap with several
    furniture lines (a header between a consent notice and the article, an inline box) splits
    them. The heaviest cluster is the body, with any other cluster at least ``cluster_share`` as
    heavy. Inside a cluster, every line that is not furniture is body.
    """
    inside = [False] * len(signals)
    anchors, zoned = _anchors(signals, options)
    clusters = _clusters(anchors, signals, options)
    if not clusters:
        return inside
    weights = [sum(signals[index].shape.words for index in cluster) for cluster in clusters]
    floor = options.cluster_share * max(weights)
    for cluster, weight in zip(clusters, weights, strict=True):
        if weight < floor:
            continue
        for index in range(cluster[0], cluster[-1] + 1):
            inside[index] = not signals[index].hard and not zoned[index]
    return inside


def _anchors(signals: Sequence[_Signals], options: TextDumpOptions) -> tuple[list[int], list[bool]]:
    """The anchor lines outside cue zones, in order, and which lines lie in a cue zone.

    Nothing after an end cue ("Leave a Reply", "3 Comments") counts. After a zone cue
    ("Related", "About the author") the body resumes only where :func:`_resumes` says so.
    """
    anchors: list[int] = []
    zoned = [False] * len(signals)
    zone = False
    for index, signal in enumerate(signals):
        if anchors and signal.end_cue:
            zoned[index:] = [True] * (len(signals) - index)
            break
        if anchors and signal.zone_cue:
            zone = True
        elif zone and signal.anchor and _resumes(signals, index, options):
            zone = False
        zoned[index] = zone
        if signal.anchor and not zone:
            anchors.append(index)
    return anchors, zoned


def _resumes(signals: Sequence[_Signals], start: int, options: TextDumpOptions) -> bool:
    """Whether the body resumes at anchor ``start`` after a zone of links.

    A link list holds one line of prose at a time (a teaser under each headline, an author's
    one-line bio); the body comes back as consecutive prose: two anchors holding
    ``resume_words`` words, or two prose lines holding half as many.
    """
    anchors = prose = anchor_words = prose_words = 0
    for signal in signals[start:]:
        if not signal.prose:
            break
        prose += 1
        prose_words += signal.shape.words
        if signal.anchor and anchors == prose - 1:
            anchors += 1
            anchor_words += signal.shape.words
    if anchors >= 2 and anchor_words >= options.resume_words:
        return True
    return prose >= 2 and prose_words >= options.resume_words // 2


def _clusters(
    anchors: Sequence[int], signals: Sequence[_Signals], options: TextDumpOptions
) -> list[list[int]]:
    """Group anchors; a gap splits them when it holds ``split_hard`` furniture lines, or
    ``split_lines`` lines that are not prose of which at least one is furniture."""
    clusters: list[list[int]] = []
    for index in anchors:
        if clusters:
            gap = signals[clusters[-1][-1] + 1 : index]
            hard = sum(signal.hard for signal in gap)
            loose = sum(not signal.prose for signal in gap)
            if hard < options.split_hard and (loose < options.split_lines or hard == 0):
                clusters[-1].append(index)
                continue
        clusters.append([index])
    return clusters


def _extend(lines: Sequence[_Line], signals: Sequence[_Signals], inside: list[bool]) -> None:
    """Grow the body block over adjacent prose: a standfirst above it, a short last sentence."""
    if True not in inside:
        return
    first = inside.index(True)
    last = len(inside) - 1 - inside[::-1].index(True)
    index = first - 1
    while index >= 0 and not signals[index].hard:
        text = lines[index].text
        if not (
            (signals[index].prose and signals[index].shape.words >= 6)
            or _SECTION_HEADINGS.search(text)
        ):
            break
        inside[index] = True
        index -= 1
    index = last + 1
    while index < len(inside):
        if signals[index].prose:
            inside[index] = True
        elif not _skippable(signals, index):
            break
        index += 1


def _skippable(signals: Sequence[_Signals], index: int) -> bool:
    """Whether the body may run on past a furniture line (a caption, an ad marker) because
    prose follows it: one line only, and never a cue that opens a furniture zone."""
    signal = signals[index]
    if not signal.hard_unlearned or signal.end_cue or signal.zone_cue or index + 1 >= len(signals):
        return False
    after = signals[index + 1]
    return after.prose and not after.hard


def _fallback_body(signals: Sequence[_Signals], options: TextDumpOptions) -> list[bool]:
    """Without any anchor line, keep the prose lines of 5+ words (an article of short sentences)
    and long plain lines (a dump that dropped its full stops, posts ending in an emoji)."""
    return [
        (signal.prose and signal.shape.words >= 5)
        or (
            not signal.hard
            and signal.shape.capital_share <= 0.75
            and signal.shape.words > options.cue_words
        )
        for signal in signals
    ]


# --------------------------------------------------------------------------------------------
# Title, date, author, outlet.


def _folded(text: str) -> str:
    return _SPACES.sub(" ", text.casefold()).strip(" .:;-–—|")


def _title_form(text: str) -> tuple[str, str] | None:
    """Split a ``Headline | Outlet`` (or ``Outlet - Headline``) line into its two parts."""
    parts: list[str] = []
    for part in _TITLE_SEPARATOR.split(text):
        if part.strip() and _folded(part) not in {_folded(seen) for seen in parts}:
            parts.append(part.strip())
    if len(parts) != 2:
        return None
    first, second = parts
    headline, outlet = (first, second) if len(first.split()) >= len(second.split()) else parts[::-1]
    outlet_shape = _shape(outlet)
    if len(headline.split()) < 3 or outlet_shape.words > 5 or outlet_shape.capital_share < 0.6:
        return None
    if _SHORT_CUES.search(outlet) or _SHORT_CUES.search(headline) or _shape(headline).numbers_only:
        return None
    if any(character.isdigit() for character in outlet) or parse_date(headline) is not None:
        return None  # a byline with its date ("By X · 3 May 2025"), a dual calendar date
    return headline, outlet


@dataclass(frozen=True, slots=True)
class _Title:
    headline: str | None
    outlet: str | None
    title_line: int | None  # the logical line that holds the headline alone
    form_line: int | None  # the "Headline | Outlet" line


def _find_title(
    lines: Sequence[_Line], signals: Sequence[_Signals], header: range, date_line: int | None
) -> _Title:
    """The headline: a ``Headline | Outlet`` line's headline (and its repetition), else the best
    substantial line of the header."""
    forms: list[_Title] = []
    for index in header:
        form = _title_form(lines[index].text)
        if form is None:
            continue
        headline, outlet = form
        repeat = next(
            (other for other in header if other != index and _same(lines[other].text, headline)),
            None,
        )
        forms.append(_Title(headline, outlet, repeat, index))
    best_form = None
    if forms:
        # A headline the page repeats on its own line wins; else the longest one (an
        # "Outlet | tagline" line also has the title form).
        best_form = max(
            forms, key=lambda form: (form.title_line is not None, _words(form.headline))
        )
        if best_form.title_line is not None:
            return best_form
    scored = _scored_title(lines, signals, header, date_line)
    if best_form is None:
        return scored
    # An unrepeated "A | B" line may be the site's banner ("Outlet | its tagline"): a line in
    # the headline's usual place (just above the date line and the body) beats it.
    if scored.title_line is not None and _headline_place(
        scored.title_line, lines, signals, date_line
    ):
        return _Title(scored.headline, best_form.outlet, scored.title_line, best_form.form_line)
    return best_form


def _headline_place(
    index: int, lines: Sequence[_Line], signals: Sequence[_Signals], date_line: int | None
) -> bool:
    """Whether a line sits where headlines sit, next to a dated line (the date line, or a
    byline "6 February 2025 - 09:12 | Statements"), and is longer than a tagline."""
    if signals[index].shape.words < 6:
        return False
    neighbours = [n for n in (index - 2, index - 1, index + 1, index + 2) if 0 <= n < len(lines)]
    return any(n == date_line or parse_date(lines[n].text) is not None for n in neighbours)


def _scored_title(
    lines: Sequence[_Line], signals: Sequence[_Signals], header: range, date_line: int | None
) -> _Title:
    """The best substantial header line by its headline score."""
    last = _last_candidate(signals, header, date_line)
    scores = [
        _title_score(lines[index].text, signals[index], index, date_line, index == last)
        for index in header
    ]
    _prefer_headline_over_standfirst(scores, signals, header)
    best = max(
        ((score, index) for index, score in zip(header, scores, strict=True) if score is not None),
        default=None,
    )
    if best is None:
        return _Title(None, None, None, None)
    return _Title(lines[best[1]].text, None, best[1], None)


def _prefer_headline_over_standfirst(
    scores: list[float | None], signals: Sequence[_Signals], header: range
) -> None:
    """A headline followed by a longer candidate line is a headline and its standfirst: move
    the preference from the second to the first."""
    for position in range(1, len(scores)):
        before, after = scores[position - 1], scores[position]
        if before is None or after is None:
            continue
        words_before = signals[header[position - 1]].shape.words
        if 1.5 * words_before <= signals[header[position]].shape.words:
            scores[position - 1] = before + _STANDFIRST_SHIFT
            scores[position] = after - _STANDFIRST_SHIFT


_STANDFIRST_SHIFT: Final = 5.0


def _unlearned_soft(signal: _Signals) -> bool:
    """Whether a line is furniture only because the site prints it on many pages."""
    return signal.learned and not signal.hard_unlearned


def _last_candidate(signals: Sequence[_Signals], header: range, date_line: int | None) -> int:
    """The last header line that is not furniture, a date or a single word: the headline's
    usual place, just above the byline and the body."""
    for index in reversed(header):
        signal = signals[index]
        usable = not signal.hard or _unlearned_soft(signal)
        if usable and index != date_line and signal.shape.words >= 2:
            return index
    return -1


def _digit_share(text: str) -> float:
    """The share of a line's tokens that hold a digit."""
    tokens = text.split()
    with_digits = sum(any(character.isdigit() for character in token) for token in tokens)
    return with_digits / len(tokens) if tokens else 0.0


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0


def _same(text: str, headline: str) -> bool:
    return _folded(text) == _folded(headline)


_LOWER_WORD: Final = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{3,}\b")


def _title_score(
    text: str, signal: _Signals, index: int, date_line: int | None, last_candidate: bool
) -> float | None:
    """How much a header line looks like the headline; None when it cannot be one."""
    shape = signal.shape
    # A headline can be learned furniture: other pages of the site list it as a related post.
    if (
        (signal.hard and not _unlearned_soft(signal))
        or shape.words < 3
        or shape.words > 30
        or text.endswith(":")
    ):
        return None
    if index == date_line or shape.numbers_only:
        return None
    score = float(min(shape.words, 8))
    if parse_date(text) is not None:
        score -= 6  # a byline or date line, even when the date finder preferred another
    if len(_LOWER_WORD.findall(text)) >= 2:
        score += 3
    if date_line is not None and 0 < date_line - index <= 2:
        score += 4  # the date line usually sits just under the headline
    elif date_line is not None and 0 < index - date_line <= 2:
        score += 2
    if _digit_share(text) >= 0.3:
        score -= 6  # a time stamp or a score line, not a headline
    if signal.learned:
        score -= 5
    if last_candidate:
        score += 4
    if shape.ends_sentence and shape.sentences >= 1:
        score -= 6  # two sentences: a standfirst or a notice, not a headline
    return score


def _find_published(
    lines: Sequence[_Line],
    signals: Sequence[_Signals],
    header: range,
    reference: datetime | None,
    day_first: bool | None,
    options: TextDumpOptions,
) -> tuple[int, DateGuess] | None:
    """The date line: among the header lines nearest the body, then the lines just after it."""
    start = max(header.start, header.stop - options.header_scan)
    # The first lines of the body are read too (a dateline paragraph), but not its anchors.
    candidates = [
        index
        for index in range(start, min(len(lines), header.stop + 3))
        if index < header.stop or not signals[index].anchor
    ]
    texts = [lines[index].text for index in candidates]
    found = find_date(texts, reference=reference, day_first=day_first, max_lines=len(texts))
    if found is None:
        return None
    return candidates[found[0]], found[1]


_AUTHOR: Final = re.compile(
    r"^(?:(?:posted|published|written|words|reporting)\b.{0,60}?\bby|by|authors?\s*:)\s*:?\s*"
    r"((?:Dr\.?\s+|Prof\.?\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|el-\w+|bin|ibn|de"
    r"|da|van|von|der|del|la|le)){0,5})",
    re.IGNORECASE,
)
_NAME_WORD: Final = re.compile(r"[A-Z]|(?:al|el)-|(?:bin|ibn|de|da|van|von|der|del|la|le)$")


def _find_author(lines: Sequence[_Line], zones: Sequence[int]) -> str | None:
    """The author named by a "By X" / "Posted by X" / "Written by X" line near the top or end."""
    for index in zones:
        text = lines[index].text
        if len(text.split()) > 20:
            continue
        found = _AUTHOR.search(text)
        if found is None:
            continue
        words: list[str] = []
        for word in found.group(1).split():
            if not _NAME_WORD.match(word):
                break
            words.append(word)
        name = " ".join(words).strip(" .,")
        if name and words[0].lower() not in {"the", "a", "an", "our"}:
            return name
        handle = _HANDLE_BYLINE.match(text[found.start(1) :])
        if handle:
            return handle.group(1)  # a blog's user name: "Posted on 4 May 2025 by sam_k | ..."
    return None


_HANDLE_BYLINE: Final = re.compile(r"([a-z0-9][a-z0-9_.]{2,30})\s*(?:$|[|·•,])")


_COPYRIGHT: Final = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*"
    r"((?:[^|©.]|\.(?!\s|$))+)",
    re.IGNORECASE,
)
_COPYRIGHT_BEFORE: Final = re.compile(r"^([^|©]{2,60}?)\s*(?:©|\(c\))\s*\d{4}", re.IGNORECASE)
_OWNER_TAIL: Final = re.compile(
    r"(?:\s+\d{4}|\s*[-–|,.]?\s*(?:all rights reserved|tous droits réservés"
    r"|todos los derechos reservados|alle rechte vorbehalten|جميع الحقوق محفوظة)"
    r"|,?\s+(?:ltd|limited|inc|llc|gmbh|plc|d\.o\.o|s\.a|s\.r\.l|ag|sa|srl|pty|co)\.?)+$",
    re.IGNORECASE,
)
_CHANNEL: Final = re.compile(
    r"(?:t\.me/|telegram(?:\.me)?/|channel:?\s*@|@)([A-Za-z][\w]{3,40})", re.IGNORECASE
)
_CHANNEL_CUE: Final = re.compile(r"telegram|whatsapp|channel|join|follow", re.IGNORECASE)


def _copyright_outlet(text: str) -> str | None:
    """The owner named by a ``© 2017 Outlet`` (or ``Outlet © 2017``) line."""
    found = _COPYRIGHT.search(text)
    if found is not None:
        owner = _OWNER_TAIL.sub("", found.group(1).strip(" -–,")).strip(" -–,")
        if owner and owner[0].isupper() and len(owner.split()) <= 8:
            return owner
    before = _COPYRIGHT_BEFORE.search(text)
    if before and before.group(1).strip().casefold() != "copyright":
        return before.group(1).strip(" -–|")
    return None


def _channel_outlet(text: str) -> str | None:
    """The channel a "Join our Telegram channel @x" line advertises."""
    if not _CHANNEL_CUE.search(text):
        return None
    found = _CHANNEL.search(text)
    return found.group(1) if found else None


_OutletReader = Callable[[str], str | None]


def _named_outlet(
    lines: Sequence[_Line],
    readers: Sequence[_OutletReader] | None = None,
) -> str | None:
    """The outlet the dump names: a copyright line, else a title suffix, else a channel (by
    the name the page spells out for it, when there is one)."""
    for reader in readers or (_copyright_outlet, _title_outlet, _channel_outlet):
        for line in lines:
            if len(line.text) <= 300:
                found = reader(line.text)
                if found and reader is _channel_outlet:
                    return _name_for_handle(found, lines) or found
                if found:
                    return found
    return None


_NAME_PHRASE: Final = re.compile(
    r"[A-Z][\w'’]*(?:[\s-]+(?:[A-Z][\w'’]*|al|el|of|the|de|la))*(?:[\s-]+[A-Z][\w'’]*)?"
)


def _squash(text: str) -> str:
    return "".join(character for character in text.casefold() if character.isalnum())


def _name_for_handle(handle: str, lines: Sequence[_Line]) -> str | None:
    """The name a channel handle abbreviates, as the page prints it ("Frontline Notes" for
    ``@frontlinenotes``, "Sawt al-Wadi" for ``t.me/sawtalwadi_news``): the longest capitalised
    phrase whose letters begin the handle's letters."""
    squashed = _squash(handle)
    best: str | None = None
    for line in lines:
        if len(line.text) > 300:
            continue
        for phrase in _NAME_PHRASE.findall(line.text):
            letters = _squash(phrase)
            fits = len(letters) >= 5 and squashed.startswith(letters) and phrase.upper() != phrase
            if fits and (best is None or len(letters) > len(_squash(best))):
                best = phrase.strip()
    return best


def _title_outlet(text: str) -> str | None:
    form = _title_form(text)
    return form[1] if form else None


# --------------------------------------------------------------------------------------------
# The whole page.


@dataclass(frozen=True, slots=True)
class _Analysis:
    lines: list[_Line]
    labels: list[str]  # per logical line
    title: _Title
    published: DateGuess | None
    author_zones: list[int]


def _analyse(
    text: str,
    furniture: Collection[str],
    reference: datetime | None,
    day_first: bool | None,
    options: TextDumpOptions,
) -> _Analysis:
    lines = _split(text)
    signals = [_signals(line.text, furniture, options) for line in lines]
    inside = _body_span(signals, options)
    if True in inside:
        _extend(lines, signals, inside)
    else:
        inside = _fallback_body(signals, options)
    first = inside.index(True) if True in inside else len(lines)
    header = range(0, first)
    date_found = _find_published(lines, signals, header, reference, day_first, options)
    date_line = date_found[0] if date_found else None
    title_zone = range(max(0, first - options.title_scan), first)
    title = _find_title(lines, signals, title_zone, date_line)
    labels = ["body" if keep else "furniture" for keep in inside]
    headline = title.headline
    for index, line in enumerate(lines):
        if headline and labels[index] == "body" and _same(line.text, headline):
            labels[index] = "furniture"
    if title.title_line is not None:
        labels[title.title_line] = "title"
    if date_line is not None and labels[date_line] != "body":
        labels[date_line] = "date"
    last = len(inside) - 1 - inside[::-1].index(True) if True in inside else len(lines)
    zones = [*range(max(0, first - 12), min(first + 1, len(lines))), *range(last, len(lines))]
    return _Analysis(
        lines=lines,
        labels=labels,
        title=title,
        published=date_found[1] if date_found else None,
        author_zones=zones,
    )


def classify_lines(
    text: str,
    *,
    furniture: Collection[str] = frozenset(),
    reference: datetime | None = None,
    day_first: bool | None = None,
    options: TextDumpOptions = _DEFAULT_OPTIONS,
) -> tuple[str, ...]:
    """Label every physical line of a dump (what :func:`extract_text_dump` keeps and drops).

    Args:
        text: the dump.
        furniture: line keys learned as furniture for its site (:func:`learned_furniture`).
        reference: when the page was seen (for relative dates on the date line).
        day_first: the numeric date order (:func:`storytrace.extract.dates.day_first_for`).
        options: thresholds.

    Returns:
        one label of :data:`LABELS` per line of ``text.splitlines()``.
    """
    physical = text.splitlines()
    result = ["blank"] * len(physical)
    analysis = _analyse(text, furniture, reference, day_first, options)
    for line, label in zip(analysis.lines, analysis.labels, strict=True):
        for index in range(line.first, line.last + 1):
            result[index] = label
    return tuple(result)


def extract_text_dump(
    page: Page,
    text: str,
    *,
    furniture: Collection[str] = frozenset(),
    reference: datetime | None = None,
    options: TextDumpOptions = _DEFAULT_OPTIONS,
) -> Article | Rejected:
    """Extract the article of a plain-text dump of a web page.

    Args:
        page: the page the text was decoded from (id, source, URL, hints).
        text: the decoded dump.
        furniture: line keys learned as furniture for the page's site (see
            :func:`learned_furniture`); lines with these keys are dropped.
        reference: when the page was seen; bounds and anchors the date line.
        options: thresholds.

    Returns:
        the article, or a rejection: ``no_article`` when no body line is found, ``too_short``
        when the body holds fewer than ``options.min_chars`` characters.
    """
    day_first = day_first_for(page.hints.get("language"), page.url)
    analysis = _analyse(text, furniture, reference, day_first, options)
    body = [
        line.text
        for line, label in zip(analysis.lines, analysis.labels, strict=True)
        if label == "body"
    ]
    if not body:
        detail = f"none of the {len(analysis.lines)} non-blank lines reads as article text"
        return reject(page.source, "no_article", detail, page.body)
    article_text = "\n\n".join(body)
    if len(article_text) < options.min_chars:
        detail = (
            f"the body holds {len(article_text)} characters, under the {options.min_chars} minimum"
        )
        return reject(page.source, "too_short", detail, page.body)
    return _article(page, analysis, article_text)


def _article(page: Page, analysis: _Analysis, article_text: str) -> Article:
    lines = analysis.lines
    removed = tuple(
        line.text
        for line, label in zip(lines, analysis.labels, strict=True)
        if label in {"furniture", "date"}
    )
    url = page.url or _printed_url(lines)
    return Article(
        id=page.id,
        source=page.source,
        kind="text",
        text=article_text,
        title=analysis.title.headline or page.hints.get("title"),
        url=url,
        outlet=_outlet(page, analysis, url),
        author=_find_author(lines, analysis.author_zones) or page.hints.get("author"),
        published=analysis.published,
        removed=removed,
        extractor=EXTRACTOR,
    )


def _outlet(page: Page, analysis: _Analysis, url: str | None) -> str | None:
    """The title suffix, a copyright line, an advertised channel, the host, or the hint."""
    named = analysis.title.outlet or _named_outlet(
        analysis.lines, (_copyright_outlet, _channel_outlet)
    )
    if named:
        return _usual_spelling(named, analysis.lines)
    return _host(url) or page.hints.get("outlet")


def _usual_spelling(name: str, lines: Sequence[_Line]) -> str:
    """A name the masthead prints in capitals ("SAWT AL-WADI"), as the page spells it in
    running text when it does ("Sawt al-Wadi")."""
    if name.upper() != name:
        return name
    letters = _squash(name)
    for line in lines:
        for phrase in _NAME_PHRASE.findall(line.text):
            if phrase.upper() != phrase and _squash(phrase) == letters:
                return str(phrase).strip()
    return name


_PRINTED_URL: Final = re.compile(r"https?://[^\s<>\"']+")


def _printed_url(lines: Sequence[_Line]) -> str | None:
    for line in lines:
        found = _PRINTED_URL.search(line.text[:2000])
        if found and _host(found.group(0)) not in _NOT_SITES:
            return found.group(0).rstrip(".,;)")
    return None
