"""Incremental story clustering: each new document joins the most similar story or starts one.

Method (issue 5), in the spirit of Miranda et al., "Multilingual clustering of streaming news"
(EMNLP 2018): single-pass clustering against story centroids. A document is compared with a
bounded set of candidate stories, found through an inverted index over each story's top terms and
entities (never a scan of all stories). For each candidate a logistic model combines TF-IDF cosine
of titles (with the centroid and, best of, with the latest titles), TF-IDF cosine of bodies,
IDF-weighted cosines of names, of numbers with units and of dates, and the story size, minus a
penalty for time distance. Links (copies, citations) force the same story. A document that scores
above ``merge_threshold`` with several stories merges them.

Inputs: :class:`~storytrace.stories.features.StoryDoc` in arrival order.
Outputs: story ids (the id of the story's first article), story → article ids, merges.

State is plain records (:class:`ClusterState`) that map one to one onto SQLite tables; a
clusterer rebuilt from its records continues exactly as the original would (batch and chunked
runs give the same stories).

Stable API: :class:`StoryOptions`, :class:`StoryClusterer`, :class:`Candidate`,
:class:`ClusterState`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final

from storytrace.errors import ConfigError
from storytrace.stories.features import DocFeatures, StoryDoc, extract_features, parse_published
from storytrace.stories.state import (
    LazyMap,
    StateChanges,
    StoredStory,
    StoryStateStore,
    load_keys,
)

#: Names of the pair features, in the order of the weights after the bias. ``cross_cos`` compares
#: the title of a document without a body with the story's body centroid, or the body of a
#: document with the titles of a story that has no bodies.
FEATURE_NAMES: Final = (
    "title_cos",
    "title_max",
    "cross_cos",
    "body_cos",
    "name_cos",
    "number_cos",
    "date_cos",
    "both_names",
    "both_numbers",
    "both_dates",
    "size",
)

#: Logistic weights (bias first, then one per feature of :data:`FEATURE_NAMES`) when the document
#: or the story has article bodies, fitted by ``python bench/bench_stories.py fit``
#: (see docs/stories.md).
# fmt: off
FITTED_FULL_WEIGHTS: Final = (-2.291, 2.081, 1.106, -0.054, 3.023, 5.892, 3.406, 3.442,
    -0.769, -0.79, -0.255, -1.839)
# fmt: on

#: The same when neither has a body (a feed of headlines).
# fmt: off
FITTED_TITLE_WEIGHTS: Final = (-1.08, 13.559, 5.566, 0.0, 0.0, 2.188, 0.953, -0.359,
    -0.829, -0.027, -0.358, -1.795)
# fmt: on

#: Probability above which two stories bridged by one document are merged (chosen on dev).
FITTED_MERGE_THRESHOLD: Final = 0.95


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryOptions:
    """Settings of the clusterer.

    Attributes:
        full_weights: logistic weights when the document or the story has bodies: bias first,
            then one per name in :data:`FEATURE_NAMES`. The bias is calibrated so that 0.5 is
            the best threshold.
        title_weights: the same when neither has a body (headlines only).
        threshold: a document joins its best candidate when the probability is at least this.
        merge_threshold: a document scoring at least this with several stories merges them.
        query_keys: how many of a document's top keys look up the inverted index.
        story_keys: how many of a story's top keys it is indexed under.
        postings: most stories kept per index key (the most recently updated ones).
        candidates: most stories scored in full per document.
        centroid_terms: most terms kept per story centroid field (title, body, names, numbers).
        recent_titles: how many of a story's latest titles are kept for ``title_max``.
        time_grace_days: time distance without penalty.
        time_scale_days: the logit drops by ``time_weight`` per this many days beyond the grace.
        time_weight: see ``time_scale_days``.
        stemming: strip common suffixes before comparing terms.
    """

    full_weights: tuple[float, ...] = FITTED_FULL_WEIGHTS
    title_weights: tuple[float, ...] = FITTED_TITLE_WEIGHTS
    threshold: float = 0.5
    merge_threshold: float = FITTED_MERGE_THRESHOLD
    query_keys: int = 20
    story_keys: int = 30
    postings: int = 64
    candidates: int = 10
    centroid_terms: int = 200
    recent_titles: int = 8
    time_grace_days: float = 2.0
    time_scale_days: float = 7.0
    time_weight: float = 2.0
    stemming: bool = True

    def check(self) -> None:
        """Raise :class:`ConfigError` when an option is out of range."""
        for name, weights in (("full", self.full_weights), ("title", self.title_weights)):
            if len(weights) != len(FEATURE_NAMES) + 1:
                raise ConfigError(
                    f"StoryOptions.{name}_weights has {len(weights)} values; "
                    f"give {len(FEATURE_NAMES) + 1} (bias, then {', '.join(FEATURE_NAMES)})"
                )
        if not 0.0 < self.threshold <= self.merge_threshold <= 1.0:
            raise ConfigError("StoryOptions needs 0 < threshold <= merge_threshold <= 1")
        sizes = (self.query_keys, self.story_keys, self.postings, self.candidates)
        if min(sizes) < 1 or self.centroid_terms < 1 or self.recent_titles < 1:
            raise ConfigError("StoryOptions sizes (keys, postings, candidates) must be >= 1")
        if self.time_scale_days <= 0:
            raise ConfigError("StoryOptions.time_scale_days must be positive")


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """A story scored against a document.

    Attributes:
        story: the story id.
        features: values in the order of :data:`FEATURE_NAMES`.
        gap_days: days between the document and the story's date range (0 when either is undated).
        probability: the combined score; 1.0 for a story forced by a link.
        model: ``"full"`` (bodies on either side) or ``"title"`` (headlines only).
        linked: the document links to (or is linked from) an article of this story.
    """

    story: str
    features: tuple[float, ...]
    gap_days: float
    probability: float
    model: str
    linked: bool = False


@dataclass(slots=True)
class _Story:
    """Mutable state of one story (the rows of ``stories`` and ``story_weights``)."""

    id: str
    seq: int
    articles: list[str]
    title: dict[str, float] = field(default_factory=dict)
    body: dict[str, float] = field(default_factory=dict)
    names: dict[str, float] = field(default_factory=dict)
    numbers: dict[str, float] = field(default_factory=dict)
    dates: dict[str, float] = field(default_factory=dict)
    recent: list[dict[str, float]] = field(default_factory=list)
    body_docs: int = 0
    first: datetime | None = None
    last: datetime | None = None
    keys: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterState:
    """The whole state of a clusterer as plain rows, one tuple per SQLite row.

    Attributes:
        meta: ``(name, value)``: ``documents`` seen and ``next_seq``.
        frequencies: ``(key, documents containing it)`` for terms and entity keys.
        stories: ``(story_id, seq, body_docs, first_published, last_published)``, ISO 8601.
        story_articles: ``(story_id, position, article_id)``.
        story_weights: ``(story_id, field, key, weight)`` with field title, body, names,
            numbers or dates (log-tf sums of the centroid).
        story_recent: ``(story_id, position, key, weight)``: log-tf title vectors of the
            story's latest articles, position 0 the oldest kept.
        story_keys: ``(story_id, position, key)``: what the story is indexed under.
        postings: ``(key, position, story_id)``: the inverted index, oldest first.
        merges: ``(absorbed, into)`` in the order they happened.
        waiting_links: ``(article_id, position, linking_article_id)`` for links to articles
            not seen yet.
    """

    meta: tuple[tuple[str, int], ...]
    frequencies: tuple[tuple[str, int], ...]
    stories: tuple[tuple[str, int, int, str | None, str | None], ...]
    story_articles: tuple[tuple[str, int, str], ...]
    story_weights: tuple[tuple[str, str, str, float], ...]
    story_recent: tuple[tuple[str, int, str, float], ...]
    story_keys: tuple[tuple[str, int, str], ...]
    postings: tuple[tuple[str, int, str], ...]
    merges: tuple[tuple[str, str], ...]
    waiting_links: tuple[tuple[str, int, str], ...]


def _log_tf(counts: Mapping[str, int]) -> dict[str, float]:
    return {key: 1.0 + math.log(count) for key, count in counts.items()}


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)


def _add_into(target: dict[str, float], weights: Mapping[str, float]) -> None:
    for key, weight in weights.items():
        target[key] = target.get(key, 0.0) + weight


class StoryClusterer:
    """Online single-pass story clustering with bounded work per document.

    Adding one document costs at most ``query_keys * postings`` index look-ups plus
    ``candidates * (5 * 2 * centroid_terms + recent_titles * title terms)`` multiplications,
    whatever the number of stories or documents.
    """

    def __init__(
        self, options: StoryOptions | None = None, *, state: StoryStateStore | None = None
    ) -> None:
        """Create an empty clusterer, or one over stored state.

        Args:
            options: settings; the defaults are the fitted ones.
            state: read the state by key from here instead of holding it all in memory; the
                clusterer then reads only what new documents touch, :meth:`changes` gives what
                to write back, and :meth:`stories`, :meth:`merges` and :meth:`to_state` cover
                only what this clusterer read or changed.

        Raises:
            ConfigError: an option is out of range.
        """
        self.options = options or StoryOptions()
        self.options.check()
        self._state = state
        self._documents = 0
        self._next_seq = 0
        self._frequencies: MutableMapping[str, int] = Counter()
        self._stories: MutableMapping[str, _Story] = {}
        self._postings: MutableMapping[str, dict[str, None]] = {}
        self._article_story: MutableMapping[str, str] = {}
        self._aliases: MutableMapping[str, str] = {}
        self._merges: list[tuple[str, str]] = []
        self._waiting: MutableMapping[str, list[str]] = {}
        self._idf_cache: dict[str, float] = {}
        self._seqs: dict[str, int] = {}
        self._changed: dict[str, set[str]] = {
            "frequencies": set(),
            "stories": set(),
            "removed": set(),
            "postings": set(),
            "waiting": set(),
        }
        if state is not None:
            self._read_from(state)

    def _read_from(self, state: StoryStateStore) -> None:
        meta = state.meta()
        self._documents = meta.get("documents", 0)
        self._next_seq = meta.get("next_seq", 0)
        self._frequencies = LazyMap(state.frequencies)
        self._stories = LazyMap(
            lambda ids: {key: _story_from_stored(s) for key, s in state.stories(ids).items()}
        )
        self._postings = LazyMap(
            lambda keys: {key: dict.fromkeys(ids) for key, ids in state.postings(keys).items()}
        )
        self._article_story = LazyMap(state.article_stories)
        self._aliases = LazyMap(state.aliases)
        self._waiting = LazyMap(state.waiting)

    # -- public API -------------------------------------------------------------------------

    def add(self, doc: StoryDoc) -> str:
        """Add a document to the story it fits best, or start a new story.

        Args:
            doc: the document; a document id already added returns its story unchanged.

        Returns:
            The id of the story it joined or started (after any merge it caused).
        """
        if doc.id in self._article_story:
            return self._resolve(self._article_story[doc.id])
        features = extract_features(doc, stemming=self.options.stemming)
        candidates = self._score(doc, features)
        target = self._choose(candidates)
        return self._insert(doc, features, target)

    def assign(self, doc: StoryDoc, story: str | None) -> str:
        """Add a document to a given story (``None``: start a new one), bypassing the scores.

        Used to replay a known grouping (a user's correction, gold labels when fitting).

        Args:
            doc: the document.
            story: an existing story id (an absorbed id is followed to its survivor), or
                ``None``; an unknown id starts a new story too.

        Returns:
            The story id the document is in.
        """
        if doc.id in self._article_story:
            return self._resolve(self._article_story[doc.id])
        features = extract_features(doc, stemming=self.options.stemming)
        target = self._resolve(story) if story is not None else None
        return self._insert(doc, features, target if target in self._stories else None)

    def explain(self, doc: StoryDoc) -> list[Candidate]:
        """Score a document against its candidate stories without adding it.

        Returns:
            The candidates, best first.
        """
        features = extract_features(doc, stemming=self.options.stemming)
        return self._score(doc, features)

    def stories(self) -> dict[str, list[str]]:
        """Story id → article ids, in the order they joined (a merged story's articles follow).

        Stories come in order of their first article.
        """
        ordered = sorted(self._stories.values(), key=lambda story: story.seq)
        return {story.id: list(story.articles) for story in ordered}

    def story_of(self, article_id: str) -> str | None:
        """The story an article is in, or ``None`` when it was never added."""
        story = self._article_story.get(article_id)
        return self._resolve(story) if story is not None else None

    def members(self, story: str) -> list[str]:
        """The article ids of a story (an absorbed id is followed), in the order they joined.

        Empty when the story is unknown.
        """
        found = self._stories.get(self._resolve(story))
        return list(found.articles) if found is not None else []

    def merges(self) -> list[tuple[str, str]]:
        """``(absorbed, into)`` for each merge of two stories, in the order they happened."""
        return list(self._merges)

    # -- scoring ----------------------------------------------------------------------------

    def _idf(self, key: str) -> float:
        # cached until the next document changes the frequencies (see _insert)
        value = self._idf_cache.get(key)
        if value is None:
            ratio = (1.0 + self._documents) / (1.0 + self._frequencies.get(key, 0))
            value = self._idf_cache[key] = math.log(ratio) + 1.0
        return value

    def _weighted(self, weights: Mapping[str, float]) -> dict[str, float]:
        return {key: weight * self._idf(key) for key, weight in weights.items()}

    def _score(self, doc: StoryDoc, features: DocFeatures) -> list[Candidate]:
        for counts in (features.title, features.body, features.names):
            load_keys(self._frequencies, counts)
        load_keys(self._frequencies, [*features.numbers, *features.dates])
        vectors = (
            self._weighted(_log_tf(features.title)),
            self._weighted(_log_tf(features.body)),
            self._weighted(_log_tf(features.names)),
            self._weighted(_log_tf(features.numbers)),
            self._weighted(_log_tf(features.dates)),
        )
        linked = self._linked_stories(doc)
        found = self._lookup(vectors, linked)
        candidates = [self._candidate(doc, vectors, self._stories[s], s in linked) for s in found]
        candidates.sort(key=lambda c: (-c.probability, self._seq(c.story)))
        return candidates

    def _lookup(self, vectors: tuple[dict[str, float], ...], linked: list[str]) -> list[str]:
        """Candidate stories: linked ones, then the best by summed weight of shared index keys."""
        query: dict[str, float] = {}
        for vector in vectors:
            _add_into(query, vector)
        # Only keys some story is indexed under can find a story: a long article's strongest
        # keys are often words no other article has, which would crowd out the shared ones.
        load_keys(self._postings, query)
        query = {key: weight for key, weight in query.items() if key in self._postings}
        top = sorted(query.items(), key=lambda item: (-item[1], item[0]))[: self.options.query_keys]
        votes: dict[str, float] = {}
        for key, weight in top:
            for story in self._postings.get(key, {}):
                votes[story] = votes.get(story, 0.0) + weight
        self._load_seqs(votes)
        ranked = sorted(votes, key=lambda s: (-votes[s], self._seq(s)))
        chosen = [s for s in ranked if s not in linked][: self.options.candidates]
        found = linked + chosen
        load_keys(self._stories, found)
        for story in found:
            for _, sums in _fields(self._stories[story]):
                load_keys(self._frequencies, sums)
        return found

    def _candidate(
        self,
        doc: StoryDoc,
        vectors: tuple[dict[str, float], ...],
        story: _Story,
        linked: bool,
    ) -> Candidate:
        title = self._cosine(vectors[0], story.title)
        title_max = max((self._cosine(vectors[0], member) for member in story.recent), default=0.0)
        body = self._cosine(vectors[1], story.body)
        names = self._cosine(vectors[2], story.names)
        numbers = self._cosine(vectors[3], story.numbers)
        dates = self._cosine(vectors[4], story.dates)
        # a body on one side only: compare it with the other side's titles
        if not vectors[1]:
            cross = self._cosine(vectors[0], story.body)
        elif not story.body_docs:
            cross = self._cosine(vectors[1], story.title)
        else:
            cross = 0.0
        size = math.log1p(len(story.articles)) / 5.0
        both_names = 1.0 if vectors[2] and story.names else 0.0
        both_numbers = 1.0 if vectors[3] and story.numbers else 0.0
        both_dates = 1.0 if vectors[4] and story.dates else 0.0
        values = (
            title,
            title_max,
            cross,
            body,
            names,
            numbers,
            dates,
            both_names,
            both_numbers,
            both_dates,
            size,
        )
        with_body = bool(vectors[1]) or story.body_docs > 0
        model = "full" if with_body else "title"
        weights = self.options.full_weights if with_body else self.options.title_weights
        gap = self._gap_days(_utc(doc.published), story)
        logit = weights[0] + sum(w * v for w, v in zip(weights[1:], values, strict=True))
        excess = max(0.0, gap - self.options.time_grace_days)
        logit -= self.options.time_weight * excess / self.options.time_scale_days
        probability = 1.0 if linked else _sigmoid(logit)
        return Candidate(
            story=story.id,
            features=values,
            gap_days=gap,
            probability=probability,
            model=model,
            linked=linked,
        )

    def _cosine(self, vector: Mapping[str, float], sums: Mapping[str, float]) -> float:
        if not vector or not sums:
            return 0.0
        # fsum: exactly rounded, so the result does not depend on the order rows come back in
        dot = math.fsum(
            weight * sums[key] * self._idf(key) for key, weight in vector.items() if key in sums
        )
        if dot == 0.0:
            return 0.0
        story_norm = math.sqrt(math.fsum((t * self._idf(k)) ** 2 for k, t in sums.items()))
        doc_norm = math.sqrt(math.fsum(weight * weight for weight in vector.values()))
        return min(1.0, dot / (story_norm * doc_norm))

    @staticmethod
    def _gap_days(published: datetime | None, story: _Story) -> float:
        if published is None or story.first is None or story.last is None:
            return 0.0
        if published < story.first:
            return (story.first - published).total_seconds() / 86400.0
        if published > story.last:
            return (published - story.last).total_seconds() / 86400.0
        return 0.0

    def _choose(self, candidates: list[Candidate]) -> str | None:
        """The story to join, after merging every story the document ties together."""
        if not candidates or candidates[0].probability < self.options.threshold:
            return None
        bound = [c.story for c in candidates if c.probability >= self.options.merge_threshold]
        if len(bound) < 2:
            return candidates[0].story
        survivor = min(bound, key=self._seq)
        for story in sorted(bound, key=self._seq):
            if story != survivor:
                self._merge(story, survivor)
        return survivor

    # -- links ------------------------------------------------------------------------------

    def _linked_stories(self, doc: StoryDoc) -> list[str]:
        """Stories of articles this document links to, or that link to it; by story order."""
        ids = list(self._waiting.get(doc.id, ())) + sorted(doc.links)
        load_keys(self._article_story, ids)
        stories = {self._resolve(self._article_story[i]) for i in ids if i in self._article_story}
        return sorted(stories, key=self._seq)

    def _remember_links(self, doc: StoryDoc) -> None:
        if self._waiting.pop(doc.id, None) is not None:
            self._changed["waiting"].add(doc.id)
        for target in sorted(doc.links):
            if target not in self._article_story and target != doc.id:
                self._waiting.setdefault(target, []).append(doc.id)
                self._changed["waiting"].add(target)

    def _seq(self, story: str) -> int:
        if self._state is None:
            return self._stories[story].seq
        seq = self._seqs.get(story)
        if seq is None:
            seq = self._seqs[story] = self._stories[story].seq
        return seq

    def _load_seqs(self, stories: Iterable[str]) -> None:
        if self._state is not None:
            missing = sorted(s for s in stories if s not in self._seqs)
            if missing:
                self._seqs.update(self._state.seqs(missing))

    # -- state updates ----------------------------------------------------------------------

    def _resolve(self, story: str) -> str:
        while story in self._aliases:
            story = self._aliases[story]
        return story

    def _insert(self, doc: StoryDoc, features: DocFeatures, target: str | None) -> str:
        self._documents += 1
        self._idf_cache.clear()
        self._count(set(features.title) | set(features.body))
        self._count(set(features.names) | set(features.numbers) | set(features.dates))
        if target is None:
            story = _Story(id=doc.id, seq=self._next_seq, articles=[])
            self._next_seq += 1
            self._stories[story.id] = story
            self._seqs[story.id] = story.seq
        else:
            story = self._stories[target]
        self._changed["stories"].add(story.id)
        story.articles.append(doc.id)
        self._article_story[doc.id] = story.id
        title = _log_tf(features.title)
        _add_into(story.title, title)
        if title:  # an empty vector would not survive the state round trip
            story.recent = [*story.recent, title][-self.options.recent_titles :]
        if features.body:
            _add_into(story.body, _log_tf(features.body))
            story.body_docs += 1
        _add_into(story.names, _log_tf(features.names))
        _add_into(story.numbers, _log_tf(features.numbers))
        _add_into(story.dates, _log_tf(features.dates))
        self._extend_dates(story, _utc(doc.published))
        self._remember_links(doc)
        self._refresh(story)
        return story.id

    def _count(self, keys: set[str]) -> None:
        load_keys(self._frequencies, keys)
        for key in keys:
            self._frequencies[key] = self._frequencies.get(key, 0) + 1
        self._changed["frequencies"].update(keys)

    @staticmethod
    def _extend_dates(story: _Story, published: datetime | None) -> None:
        if published is None:
            return
        story.first = published if story.first is None else min(story.first, published)
        story.last = published if story.last is None else max(story.last, published)

    def _truncate(self, sums: dict[str, float]) -> dict[str, float]:
        """Keep the centroid's strongest terms, so a story's size stays bounded."""
        limit = self.options.centroid_terms
        if len(sums) <= 2 * limit:
            return sums
        ranked = sorted(sums.items(), key=lambda item: (-item[1] * self._idf(item[0]), item[0]))
        return dict(ranked[:limit])

    def _refresh(self, story: _Story) -> None:
        """Bound the centroid and re-index the story under its current top keys."""
        for _, sums in _fields(story):
            load_keys(self._frequencies, sums)
        story.title = self._truncate(story.title)
        story.body = self._truncate(story.body)
        story.names = self._truncate(story.names)
        story.numbers = self._truncate(story.numbers)
        story.dates = self._truncate(story.dates)
        strength: dict[str, float] = {}
        for _, sums in _fields(story):
            _add_into(strength, self._weighted(sums))
        ranked = sorted(strength.items(), key=lambda item: (-item[1], item[0]))
        keys = [key for key, _ in ranked[: self.options.story_keys]]
        load_keys(self._postings, [*keys, *story.keys])
        self._unindex(story, set(story.keys) - set(keys))
        self._changed["postings"].update(keys)
        self._changed["stories"].add(story.id)
        for key in keys:
            posting = self._postings.setdefault(key, {})
            posting.pop(story.id, None)
            posting[story.id] = None
            if len(posting) > self.options.postings:
                del posting[next(iter(posting))]
        story.keys = keys

    def _unindex(self, story: _Story, keys: Iterable[str]) -> None:
        for key in keys:
            posting = self._postings.get(key)
            self._changed["postings"].add(key)
            if posting is not None:
                posting.pop(story.id, None)
                if not posting:
                    del self._postings[key]

    def _merge(self, absorbed: str, into: str) -> None:
        source, target = self._stories.pop(absorbed), self._stories[into]
        self._unindex(source, source.keys)
        target.articles.extend(source.articles)
        _add_into(target.title, source.title)
        _add_into(target.body, source.body)
        _add_into(target.names, source.names)
        _add_into(target.numbers, source.numbers)
        _add_into(target.dates, source.dates)
        target.recent = [*target.recent, *source.recent][-self.options.recent_titles :]
        target.body_docs += source.body_docs
        for published in (source.first, source.last):
            self._extend_dates(target, published)
        self._aliases[absorbed] = into
        self._merges.append((absorbed, into))
        self._changed["stories"].discard(absorbed)
        self._changed["removed"].add(absorbed)
        self._refresh(target)

    # -- persistence ------------------------------------------------------------------------

    def to_state(self) -> ClusterState:
        """The clusterer's state as plain rows (see :class:`ClusterState`)."""
        stories = sorted(self._stories.values(), key=lambda story: story.seq)
        return ClusterState(
            meta=(("documents", self._documents), ("next_seq", self._next_seq)),
            frequencies=tuple(sorted(self._frequencies.items())),
            stories=tuple((s.id, s.seq, s.body_docs, _iso(s.first), _iso(s.last)) for s in stories),
            story_articles=tuple(
                (s.id, position, article)
                for s in stories
                for position, article in enumerate(s.articles)
            ),
            story_weights=tuple(
                (s.id, name, key, weight)
                for s in stories
                for name, sums in _fields(s)
                for key, weight in sums.items()
            ),
            story_recent=tuple(
                (s.id, position, key, weight)
                for s in stories
                for position, member in enumerate(s.recent)
                for key, weight in member.items()
            ),
            story_keys=tuple((s.id, i, key) for s in stories for i, key in enumerate(s.keys)),
            postings=tuple(
                (key, i, story)
                for key, posting in sorted(self._postings.items())
                for i, story in enumerate(posting)
            ),
            merges=tuple(self._merges),
            waiting_links=tuple(
                (target, i, linker)
                for target, linkers in sorted(self._waiting.items())
                for i, linker in enumerate(linkers)
            ),
        )

    def changes(self, *, everything: bool = False) -> StateChanges:
        """What this clusterer changed since it was built (to write back to its state store).

        Args:
            everything: give the whole state instead (to move an in-memory clusterer's state
                into a store).
        """
        changed = self._changed
        if everything:
            changed = {
                "frequencies": set(self._frequencies),
                "stories": set(self._stories),
                "removed": set(),
                "postings": set(self._postings),
                "waiting": set(self._waiting),
            }
        stories = sorted((self._stories[s] for s in changed["stories"]), key=lambda s: s.seq)
        return StateChanges(
            meta={"documents": self._documents, "next_seq": self._next_seq},
            frequencies={key: self._frequencies[key] for key in sorted(changed["frequencies"])},
            stories=tuple(_stored_from_story(story) for story in stories),
            removed=tuple(sorted(changed["removed"])),
            postings={
                key: tuple(self._postings.get(key, {})) for key in sorted(changed["postings"])
            },
            merges=tuple(self._merges),
            waiting={key: tuple(self._waiting.get(key, ())) for key in sorted(changed["waiting"])},
        )

    @classmethod
    def from_state(cls, state: ClusterState, options: StoryOptions | None = None) -> StoryClusterer:
        """Rebuild a clusterer from :meth:`to_state` rows; it continues exactly as the original.

        Args:
            state: the rows.
            options: the settings the state was built with.
        """
        clusterer = cls(options)
        meta = dict(state.meta)
        clusterer._documents = meta.get("documents", 0)
        clusterer._next_seq = meta.get("next_seq", 0)
        clusterer._frequencies = Counter(dict(state.frequencies))
        for story_id, seq, body_docs, first, last in sorted(state.stories, key=lambda r: r[1]):
            clusterer._stories[story_id] = _Story(
                id=story_id,
                seq=seq,
                articles=[],
                body_docs=body_docs,
                first=parse_published(first),
                last=parse_published(last),
            )
        clusterer._load_rows(state)
        return clusterer

    def _load_rows(self, state: ClusterState) -> None:
        for story_id, _, article in sorted(state.story_articles, key=lambda r: (r[0], r[1])):
            self._stories[story_id].articles.append(article)
        for story in self._stories.values():
            for article in story.articles:
                self._article_story[article] = story.id
        for story_id, name, key, weight in state.story_weights:
            getattr(self._stories[story_id], name)[key] = weight
        members: dict[tuple[str, int], dict[str, float]] = {}
        for story_id, position, key, weight in state.story_recent:
            members.setdefault((story_id, position), {})[key] = weight
        for (story_id, _), member in sorted(members.items(), key=lambda item: item[0]):
            self._stories[story_id].recent.append(member)
        for story_id, _, key in sorted(state.story_keys, key=lambda r: (r[0], r[1])):
            self._stories[story_id].keys.append(key)
        for key, _, story_id in sorted(state.postings, key=lambda r: (r[0], r[1])):
            self._postings.setdefault(key, {})[story_id] = None
        for absorbed, into in state.merges:
            self._aliases[absorbed] = into
            self._merges.append((absorbed, into))
        for target, _, linker in sorted(state.waiting_links, key=lambda r: (r[0], r[1])):
            self._waiting.setdefault(target, []).append(linker)


def _fields(story: _Story) -> tuple[tuple[str, dict[str, float]], ...]:
    return (
        ("title", story.title),
        ("body", story.body),
        ("names", story.names),
        ("numbers", story.numbers),
        ("dates", story.dates),
    )


def _story_from_stored(stored: StoredStory) -> _Story:
    weights = stored.weights
    return _Story(
        id=stored.id,
        seq=stored.seq,
        articles=list(stored.articles),
        title=dict(weights.get("title", {})),
        body=dict(weights.get("body", {})),
        names=dict(weights.get("names", {})),
        numbers=dict(weights.get("numbers", {})),
        dates=dict(weights.get("dates", {})),
        recent=[dict(member) for member in stored.recent],
        body_docs=stored.body_docs,
        first=parse_published(stored.first),
        last=parse_published(stored.last),
        keys=list(stored.keys),
    )


def _stored_from_story(story: _Story) -> StoredStory:
    return StoredStory(
        id=story.id,
        seq=story.seq,
        articles=tuple(story.articles),
        body_docs=story.body_docs,
        first=_iso(story.first),
        last=_iso(story.last),
        weights={name: dict(sums) for name, sums in _fields(story)},
        recent=tuple(dict(member) for member in story.recent),
        keys=tuple(story.keys),
    )


def _utc(value: datetime | None) -> datetime | None:
    """Naive datetimes are taken as UTC, so that naive and aware dates can be compared."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def cluster_stories(
    docs: Iterable[StoryDoc], options: StoryOptions | None = None
) -> StoryClusterer:
    """Add documents one by one to a new clusterer and return it.

    Args:
        docs: documents in arrival order.
        options: settings.
    """
    clusterer = StoryClusterer(options)
    for doc in docs:
        clusterer.add(doc)
    return clusterer
