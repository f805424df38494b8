"""Cross-article stages that run against the store after each analyze run.

Inputs: the articles in the store. Outputs: stories (this module keeps the story clusterer's state
in the store and adds the articles that are in no story yet).

The clusterer itself (:mod:`storytrace.stories`) is a pure library; this module is the glue that
loads its state, feeds it the new articles in timeline order and saves the result. Known limit
(issue 5): the state is loaded and written whole, so a run costs time that grows with the number of
stored articles, not with the number of new ones.

Stable API: :func:`update_stories`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import fields
from typing import Any

from storytrace.model import Story
from storytrace.store import Store
from storytrace.stories import ClusterState, StoryClusterer, StoryOptions, doc_from_article

__all__ = ["update_stories"]

_Head = tuple[str | None, str | None, str | None]  # title, published, outlet
_WORD = re.compile(r"\w+")
_TITLE_SAMPLE = 50


def update_stories(store: Store, *, options: StoryOptions | None = None) -> int:
    """Put every article that is in no story yet into a story.

    Articles are added in timeline order, so a store filled day by day and one filled at once
    give the same stories when the days come in order.

    Returns:
        how many articles were added.
    """
    saved = store.story_state()
    clusterer = (
        StoryClusterer.from_state(_state_from_rows(saved), options)
        if saved
        else StoryClusterer(options)
    )
    added = 0
    for article in store.unclustered_articles():
        clusterer.add(doc_from_article(article))
        added += 1
    if added:
        heads = store.article_heads()
        stories = [
            _story(story_id, members, heads)
            for story_id, members in clusterer.stories().items()
            if any(member in heads for member in members)
        ]
        store.write_stories(_rows_from_state(clusterer.to_state()), stories)
    return added


def _story(story_id: str, members: Sequence[str], heads: Mapping[str, _Head]) -> Story:
    """A story's summary: timeline, dates, outlets and its most representative headline."""
    present = [member for member in members if member in heads]
    timeline = sorted(present, key=lambda m: (heads[m][1] is None, heads[m][1] or "", m))
    dates = [date for m in timeline if (date := heads[m][1])]
    outlets = {outlet for m in timeline if (outlet := heads[m][2])}
    return Story(
        id=story_id,
        title=_central_title([heads[m][0] for m in timeline]),
        first_published=min(dates) if dates else None,
        last_published=max(dates) if dates else None,
        article_ids=tuple(timeline),
        outlets=tuple(sorted(outlets)),
    )


def _central_title(titles: Sequence[str | None]) -> str | None:
    """The headline that shares the most words with the others (the first on ties)."""
    candidates = [t for t in titles if t][:_TITLE_SAMPLE]
    if len(candidates) <= 2:
        return candidates[0] if candidates else None
    words = [set(_WORD.findall(title.casefold())) for title in candidates]

    def closeness(index: int) -> float:
        mine = words[index]
        return sum(
            len(mine & other) / len(mine | other)
            for position, other in enumerate(words)
            if position != index and mine | other
        )

    best = max(range(len(candidates)), key=lambda index: (closeness(index), -index))
    return candidates[best]


def _rows_from_state(state: ClusterState) -> dict[str, Sequence[Sequence[Any]]]:
    return {part.name: getattr(state, part.name) for part in fields(state)}


def _state_from_rows(rows: Mapping[str, list[list[Any]]]) -> ClusterState:
    parts = {
        part.name: tuple(tuple(row) for row in rows.get(part.name, ()))
        for part in fields(ClusterState)
    }
    return ClusterState(**parts)
