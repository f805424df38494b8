"""Reuse links: which of two articles copied or quoted the other, and how much.

A link holds the aligned passages (:mod:`storytrace.reuse.align`), the share of each article they
cover, the direction (earlier publication to later when both dates are known and differ, else
``"unknown"``) and whether the later article is a repost: at least ``repost_share`` of its words
copied (not quoted) from the earlier one.

Stable API: :class:`ReuseLink`, :class:`LinkOptions`, :func:`link_texts`, :func:`link_articles`,
:func:`publication_order`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import numpy as np

from storytrace.errors import ConfigError
from storytrace.model import Article
from storytrace.reuse.align import AlignOptions, Frequency, Passage, align_texts, text_tokens

DIRECTIONS = frozenset({"a->b", "b->a", "unknown"})


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkOptions:
    """Link parameters.

    Attributes:
        align: alignment parameters; its ``max_frequency`` is the least document frequency
            that makes a shingle common, whatever the corpus size.
        common_share: a shingle in more than this share of the corpus is common (a stock
            phrase) and anchors nothing: the limit is ``max(align.max_frequency,
            common_share * documents)``.
        same_outlet_max_frequency: for two articles of the same outlet, a shingle in more
            documents than this anchors nothing (the outlet's own furniture).
        repost_share: share of the later article's words copied from the earlier one that makes
            it a repost.
    """

    align: AlignOptions = field(default_factory=AlignOptions)
    common_share: float = 0.005
    same_outlet_max_frequency: int = 20
    repost_share: float = 0.8

    def __post_init__(self) -> None:
        if not 0.0 < self.repost_share <= 1.0:
            raise ConfigError(f"repost_share must be in (0, 1], not {self.repost_share}")
        if not 0.0 < self.common_share <= 1.0:
            raise ConfigError(f"common_share must be in (0, 1], not {self.common_share}")
        if self.same_outlet_max_frequency < 2:
            raise ConfigError("same_outlet_max_frequency must be at least 2")


@dataclass(frozen=True, slots=True, kw_only=True)
class ReuseLink:
    """Text shared by two articles.

    Attributes:
        a_id: the first article's id; ``b_id`` the second's.
        passages: the shared passages, offsets into each article's text.
        a_share: share of the first article's words inside a passage (copied or quoted).
        b_share: the same for the second article.
        similarity: share of the words of both articles inside a passage; symmetric.
        direction: ``"a->b"`` (a published first), ``"b->a"`` or ``"unknown"``.
        repost: id of the article that is a repost of the other, or ``None``.
    """

    a_id: str
    b_id: str
    passages: tuple[Passage, ...]
    a_share: float
    b_share: float
    similarity: float
    direction: str
    repost: str | None = None

    @property
    def copied(self) -> tuple[Passage, ...]:
        """The passages copied without quotation marks."""
        return tuple(p for p in self.passages if p.kind == "copy")

    @property
    def quoted(self) -> tuple[Passage, ...]:
        """The passages inside quotation marks."""
        return tuple(p for p in self.passages if p.kind == "quote")

    def to_dict(self) -> dict[str, Any]:
        return {
            "a_id": self.a_id,
            "b_id": self.b_id,
            "passages": [p.to_dict() for p in self.passages],
            "a_share": self.a_share,
            "b_share": self.b_share,
            "similarity": self.similarity,
            "direction": self.direction,
            "repost": self.repost,
        }


def _parse(value: str) -> datetime | date | None:
    text = value.strip()
    try:
        if len(text) <= 10:
            return date.fromisoformat(text)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed


def publication_order(a_published: str | None, b_published: str | None) -> str:
    """Which of two ISO 8601 publication dates is earlier.

    Two datetimes compare exactly when both carry an offset (or neither does); otherwise only
    different calendar days decide.

    Returns:
        ``"a->b"`` when a is earlier, ``"b->a"`` when b is, ``"unknown"`` when either is missing,
        unreadable or they are the same.
    """
    if not a_published or not b_published:
        return "unknown"
    first, second = _parse(a_published), _parse(b_published)
    if first is None or second is None:
        return "unknown"
    if (
        isinstance(first, datetime)
        and isinstance(second, datetime)
        and (first.tzinfo is None) == (second.tzinfo is None)
    ):
        earlier, later = first, second
        if earlier == later:
            return "unknown"
        return "a->b" if earlier < later else "b->a"
    first_day = first.date() if isinstance(first, datetime) else first
    second_day = second.date() if isinstance(second, datetime) else second
    if first_day == second_day:
        return "unknown"
    return "a->b" if first_day < second_day else "b->a"


def _share(passages: list[Passage], starts: np.ndarray[Any, Any], side: str) -> float:
    if not len(starts):
        return 0.0
    inside = np.zeros(len(starts), dtype=bool)
    for passage in passages:
        low, high = (
            (passage.a_start, passage.a_end) if side == "a" else (passage.b_start, passage.b_end)
        )
        inside |= (starts >= low) & (starts < high)
    return float(inside.mean())


def link_texts(
    a_id: str,
    a_text: str,
    b_id: str,
    b_text: str,
    *,
    a_published: str | None = None,
    b_published: str | None = None,
    same_outlet: bool = False,
    options: LinkOptions | None = None,
    frequency: Frequency | None = None,
    documents: int = 0,
) -> ReuseLink | None:
    """Align two texts and describe what they share.

    Args:
        a_id: id of the first text; ``a_text`` the text; ``a_published`` its ISO 8601 date.
        b_id: id of the second text; ``b_text`` the text; ``b_published`` its date.
        same_outlet: both come from one outlet, so passages common in the corpus are furniture.
        options: link parameters; the defaults when ``None``.
        frequency: document frequency of shingles (``ReuseIndex.shingle_frequency``).
        documents: how many documents ``frequency`` has counted (``len(index)``).

    Returns:
        the link, or ``None`` when the texts share no passage.
    """
    options = options or LinkOptions()
    align = options.align
    if frequency is not None:
        limit = max(align.max_frequency, int(options.common_share * documents))
        if same_outlet:
            limit = options.same_outlet_max_frequency
        align = AlignOptions(
            sketch=align.sketch,
            max_gap=align.max_gap,
            min_words=align.min_words,
            max_repeats=align.max_repeats,
            max_frequency=limit,
        )
    passages = align_texts(a_text, b_text, options=align, frequency=frequency)
    if not passages:
        return None
    a_starts, b_starts = text_tokens(a_text).starts, text_tokens(b_text).starts
    a_share, b_share = _share(passages, a_starts, "a"), _share(passages, b_starts, "b")
    words = len(a_starts) + len(b_starts)
    direction = publication_order(a_published, b_published)
    copied = [p for p in passages if p.kind == "copy"]
    repost = None
    if direction == "a->b" and _share(copied, b_starts, "b") >= options.repost_share:
        repost = b_id
    elif direction == "b->a" and _share(copied, a_starts, "a") >= options.repost_share:
        repost = a_id
    return ReuseLink(
        a_id=a_id,
        b_id=b_id,
        passages=tuple(passages),
        a_share=a_share,
        b_share=b_share,
        similarity=(a_share * len(a_starts) + b_share * len(b_starts)) / words,
        direction=direction,
        repost=repost,
    )


def link_articles(
    first: Article,
    second: Article,
    *,
    options: LinkOptions | None = None,
    frequency: Frequency | None = None,
    documents: int = 0,
) -> ReuseLink | None:
    """Align two articles (see :func:`link_texts`); outlets and dates come from the records."""
    return link_texts(
        first.id,
        first.text,
        second.id,
        second.text,
        a_published=first.published.value if first.published else None,
        b_published=second.published.value if second.published else None,
        same_outlet=bool(first.outlet) and first.outlet == second.outlet,
        options=options,
        frequency=frequency,
        documents=documents,
    )
