"""Story clusterer state kept outside memory: read by key, written back as changed rows (issue 5).

A :class:`~storytrace.stories.cluster.StoryClusterer` built with ``state=`` reads only what a new
document's keys and candidate stories touch, through a :class:`StoryStateStore` (the store's
tables, see ``storytrace.linking``), and reports what it changed as :class:`StateChanges`. The
in-memory clusterer (no ``state``) is unchanged.

Stable API: :class:`StoryStateStore`, :class:`StoredStory`, :class:`StateChanges`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

_Value = TypeVar("_Value")


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredStory:
    """One story of the clusterer as stored (see ``ClusterState`` for the meaning of the parts).

    Attributes:
        id: the story id.
        seq: its creation order.
        articles: its article ids, in the order they joined.
        body_docs: how many of them had a body.
        first: earliest publication date (ISO 8601) or None.
        last: latest publication date or None.
        weights: field (title, body, names, numbers, dates) → key → log-tf sum.
        recent: log-tf title vectors of the latest articles, oldest first.
        keys: the index keys the story is posted under.
    """

    id: str
    seq: int
    articles: tuple[str, ...]
    body_docs: int
    first: str | None
    last: str | None
    weights: Mapping[str, Mapping[str, float]]
    recent: tuple[Mapping[str, float], ...]
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class StateChanges:
    """What a clusterer over a :class:`StoryStateStore` changed since it was built.

    Attributes:
        meta: ``documents`` and ``next_seq``.
        frequencies: key → new document frequency.
        stories: stories created or changed (whole).
        removed: ids of stories absorbed by a merge.
        postings: key → story ids oldest first (empty: the key is no longer posted).
        merges: ``(absorbed, into)`` made by this run, in order.
        waiting: article id → ids of articles linking to it (empty: none wait any more).
    """

    meta: Mapping[str, int]
    frequencies: Mapping[str, int]
    stories: tuple[StoredStory, ...]
    removed: tuple[str, ...]
    postings: Mapping[str, tuple[str, ...]]
    merges: tuple[tuple[str, str], ...]
    waiting: Mapping[str, tuple[str, ...]]


class StoryStateStore(Protocol):
    """Reads by key of a clusterer's stored state; missing keys are left out of each answer."""

    def meta(self) -> dict[str, int]:
        """``documents`` and ``next_seq`` (empty for a new state)."""
        ...

    def frequencies(self, keys: Sequence[str]) -> dict[str, int]:
        """Document frequency of each key."""
        ...

    def postings(self, keys: Sequence[str]) -> dict[str, list[str]]:
        """Story ids posted under each key, oldest first."""
        ...

    def stories(self, ids: Sequence[str]) -> dict[str, StoredStory]:
        """Stories by id."""
        ...

    def seqs(self, ids: Sequence[str]) -> dict[str, int]:
        """Creation order of stories by id (cheaper than :meth:`stories`)."""
        ...

    def article_stories(self, article_ids: Sequence[str]) -> dict[str, str]:
        """The story holding each article."""
        ...

    def aliases(self, ids: Sequence[str]) -> dict[str, str]:
        """For absorbed story ids, the story that absorbed each."""
        ...

    def waiting(self, article_ids: Sequence[str]) -> dict[str, list[str]]:
        """Articles linking to each of these not-yet-seen articles."""
        ...


class LazyMap(MutableMapping[str, _Value]):
    """A dict filled on demand from a bulk reader; absent keys are remembered too.

    Iteration covers only what was read or set so far.
    """

    def __init__(self, fetch: Callable[[list[str]], Mapping[str, _Value]]) -> None:
        """Wrap ``fetch(keys) -> {key: value}`` (keys it does not know are left out)."""
        self._fetch = fetch
        self._cache: dict[str, _Value] = {}
        self._absent: set[str] = set()

    def load(self, keys: Iterable[str]) -> None:
        """Read every key not read yet, in one call."""
        missing = sorted({k for k in keys if k not in self._cache and k not in self._absent})
        if not missing:
            return
        found = self._fetch(missing)
        self._cache.update(found)
        self._absent.update(key for key in missing if key not in found)

    def __getitem__(self, key: str) -> _Value:
        self.load((key,))
        return self._cache[key]

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        self.load((key,))
        return key in self._cache

    def __setitem__(self, key: str, value: _Value) -> None:
        self._cache[key] = value
        self._absent.discard(key)

    def __delitem__(self, key: str) -> None:
        self.load((key,))
        del self._cache[key]
        self._absent.add(key)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._cache))

    def __len__(self) -> int:
        return len(self._cache)


def load_keys(mapping: Mapping[str, object], keys: Iterable[str]) -> None:
    """Read ``keys`` in one call when ``mapping`` is a :class:`LazyMap` (else do nothing)."""
    if isinstance(mapping, LazyMap):
        mapping.load(keys)
