"""Cross-article stages that run against the store after each analyze run.

Inputs: the articles in the store. Outputs: stories (this module keeps the story clusterer's state
in the store and adds the articles that are in no story yet) and canonical actors (each article's
local actors are found once and kept; the canonical actors are merged again from all of them).

The clusterer itself (:mod:`storytrace.stories`) is a pure library; this module is the glue that
runs it over its stored state, feeds it the new articles in timeline order and saves the result.
The story state is kept as rows (:class:`StoredStoryState`, issue 5): a stories run reads what
its new articles' keys and candidate stories touch and writes back the rows that changed. The
reuse index is kept as rows too (:class:`StoredReuseIndex`, issue 4): a reuse run reads what its
new articles' keys hit and appends rows. Known limit (issue 3): the actor table is loaded and
written whole, so an actors run costs time that grows with the number of stored articles.

Stable API: :func:`update_stories`, :func:`update_actors`, :func:`update_reuse`,
:class:`StoredReuseIndex`, :class:`StoredStoryState`.
"""

from __future__ import annotations

import io
import json
import logging
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any

import numpy as np

from storytrace.actors import (
    ActorMerger,
    Form,
    LocalActor,
    Mention,
    extract_mentions,
    resolve_article,
)
from storytrace.actors.dictionary import apply_dictionary, load_dictionary
from storytrace.errors import ConfigError
from storytrace.events import code_events, find_entities, parse_selected_many, split_chunks
from storytrace.events.records import outlet_speaker
from storytrace.events.selective import warm_up as warm_up_selective_parse
from storytrace.model import Article, Story, content_hash
from storytrace.nlp import load_pipeline
from storytrace.provenance.statements import Statement
from storytrace.provenance.story import StorySources, story_sources, url_variants
from storytrace.reuse import IndexState, ReuseIndex, link_articles, sketch_texts
from storytrace.reuse.index import COUNTER_PAGE_CELLS, U32, IndexChanges
from storytrace.reuse.shingles import U64
from storytrace.store import ReuseRows, Store, StoryStateRows
from storytrace.stories import ClusterState, StoryClusterer, StoryOptions, doc_from_article
from storytrace.stories.state import StateChanges, StoredStory

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "SOURCES_VERSION",
    "StoredReuseIndex",
    "StoredStoryState",
    "analyse_article",
    "analyse_articles",
    "correct_stories",
    "events_json",
    "sources_signatures",
    "story_sources_of",
    "update_actors",
    "update_events",
    "update_reuse",
    "update_sources",
    "update_stories",
    "warm_up_actor_models",
]

logger = logging.getLogger(__name__)
_Head = tuple[str | None, str | None, str | None]  # title, published, outlet
_WORD = re.compile(r"\w+")
_TITLE_SAMPLE = 50
#: Longer article texts are analysed (actors, events) up to this many characters.
MAX_ANALYSED_CHARS = 200_000
#: Articles analysed in one batch by the catch-up stage (as a worker task: see pipeline.py).
_TASK_ARTICLES = 8
#: A reuse link joins two articles' stories when this share of one of them is shared.
STORY_LINK_SHARE = 0.1


def update_stories(
    store: Store, *, options: StoryOptions | None = None, force: bool = False
) -> int:
    """Put every article that is in no story yet into a story, then apply hand corrections.

    Articles are added in timeline order, so a store filled day by day and one filled at once
    give the same stories when the days come in order. The clusterer reads its state from the
    store by key (:class:`StoredStoryState`) and only the rows it changed are written back, with
    the summaries of the stories it changed and of those hand corrections touch.

    Args:
        store: the store.
        options: clusterer settings.
        force: rewrite the stories hand corrections touch even when no article is new (after a
            hand correction).

    Returns:
        how many articles were added.
    """
    upgrade = store.has_story_blobs()
    if upgrade:
        _upgrade_story_state(store, options)
    clusterer = StoryClusterer(options, state=StoredStoryState(store))
    added = 0
    for article in store.unclustered_articles():
        # Canonical actors count as names: "al-Harithi" and "Abou Mohamed el-Harithi" agree.
        # Reposts, copies and articles quoting at length share passages: such a link puts them
        # in the story of the article they share with. A single shared sentence does not.
        clusterer.add(
            doc_from_article(
                article,
                actors=store.actor_ids_of(article.id),
                links=store.reuse_partners(article.id, min_share=STORY_LINK_SHARE),
            )
        )
        added += 1
    if added or force or upgrade:
        changes = clusterer.changes()
        stories, replaced = _touched_stories(store, clusterer, changes)
        store.write_story_state(_story_state_rows(changes), stories, replaced)
    return added


class StoredStoryState:
    """The story clusterer's state read by key from the store's tables (migration 9)."""

    def __init__(self, store: Store) -> None:
        """Read from ``store``."""
        self._store = store

    def meta(self) -> dict[str, int]:
        """``documents`` and ``next_seq``."""
        return self._store.story_state_meta()

    def frequencies(self, keys: Sequence[str]) -> dict[str, int]:
        """Document frequency of each key."""
        return self._store.story_state_frequencies(keys)

    def postings(self, keys: Sequence[str]) -> dict[str, list[str]]:
        """Story ids posted under each key, oldest first."""
        return self._store.story_state_postings(keys)

    def stories(self, ids: Sequence[str]) -> dict[str, StoredStory]:
        """Stories by id."""
        found = self._store.story_state_stories(ids)
        return {
            story_id: StoredStory(
                id=story_id,
                seq=seq,
                articles=tuple(articles),
                body_docs=body_docs,
                first=first,
                last=last,
                weights=data["weights"],
                recent=tuple(data["recent"]),
                keys=tuple(data["keys"]),
            )
            for story_id, (seq, body_docs, first, last, data, articles) in found.items()
        }

    def seqs(self, ids: Sequence[str]) -> dict[str, int]:
        """Creation order of stories."""
        return self._store.story_state_seqs(ids)

    def article_stories(self, article_ids: Sequence[str]) -> dict[str, str]:
        """The story holding each article."""
        return self._store.story_state_articles(article_ids)

    def aliases(self, ids: Sequence[str]) -> dict[str, str]:
        """The story that absorbed each absorbed story."""
        return self._store.story_state_aliases(ids)

    def waiting(self, article_ids: Sequence[str]) -> dict[str, list[str]]:
        """Articles linking to each not-yet-seen article."""
        return self._store.story_state_waiting(article_ids)


def _story_state_rows(changes: StateChanges, *, upgrade: bool = False) -> StoryStateRows:
    return StoryStateRows(
        meta=sorted(changes.meta.items()),
        frequencies=sorted(changes.frequencies.items()),
        stories=[
            (
                s.id,
                s.seq,
                s.body_docs,
                s.first,
                s.last,
                {"weights": s.weights, "recent": list(s.recent), "keys": list(s.keys)},
            )
            for s in changes.stories
        ],
        articles=[(s.id, s.articles) for s in changes.stories],
        removed=changes.removed,
        postings=sorted(changes.postings.items()),
        merges=changes.merges,
        waiting=sorted(changes.waiting.items()),
        upgrade=upgrade,
    )


def _upgrade_story_state(store: Store, options: StoryOptions | None) -> None:
    """Move a state saved as migration 3's blobs into the tables of migration 9."""
    saved = _state_from_rows(store.story_state())
    clusterer = StoryClusterer.from_state(saved, options)
    rows = _story_state_rows(clusterer.changes(everything=True), upgrade=True)
    store.write_story_state(rows, [], [])


def _touched_stories(
    store: Store, clusterer: StoryClusterer, changes: StateChanges
) -> tuple[list[Story], list[str]]:
    """The summaries of the stories this run or a hand correction touches, after corrections.

    Corrections only move articles between the stories holding the articles they name, so
    applying them to those stories and to the ones the run changed gives the same stories as
    applying them to all.

    Returns:
        the stories, and every article whose stored story they replace.
    """
    corrections = store.story_corrections()
    named = {a for _, article, anchor in corrections for a in (article, anchor) if a is not None}
    ids = {s.id for s in changes.stories}
    ids.update(story for a in sorted(named) if (story := clusterer.story_of(a)) is not None)
    groups = {story_id: clusterer.members(story_id) for story_id in sorted(ids)}
    members = [article for articles in groups.values() for article in articles]
    heads = store.article_heads(members)
    stories = [
        _story(story_id, articles, heads)
        for story_id, articles in correct_stories(groups, corrections).items()
        if any(article in heads for article in articles)
    ]
    return stories, members


def story_sources_of(
    store: Store, story: Story, *, statements: Sequence[Statement] | None = None
) -> StorySources:
    """Compute a story's independent sources from the store: claims, texts, reuse links, actors.

    Args:
        store: the store.
        story: the story.
        statements: each article's sentence stating the story's central claim, when a reader
            chose them; ``None`` finds them.
    """
    from storytrace.claims import group_claims

    ids = list(story.article_ids)
    articles = {a.id: a for a in map(store.article, ids) if a is not None}
    events = list(store.events(ids))
    claims = group_claims(events, {article_id: store.mentions_of(article_id) for article_id in ids})
    aliases: dict[str, str] = {}
    actor_ids: dict[str, str] = {}
    wanted = set().union(*(store.actor_ids_of(article_id) for article_id in ids))
    for actor in store.actors_by_id(sorted(wanted)):
        actor_ids.setdefault(str(actor["name"]), str(actor["id"]))
        for alias in actor["aliases"]:
            aliases.setdefault(str(alias["alias"]), str(actor["name"]))
            actor_ids.setdefault(str(alias["alias"]), str(actor["id"]))
    return story_sources(
        claims,
        articles,
        store.reuse_links(ids),
        events=events,
        linked=_linked_articles(store, articles),
        aliases=aliases,
        actor_ids=actor_ids,
        statements=statements,
    )


def _linked_articles(store: Store, articles: Mapping[str, Article]) -> dict[str, Article]:
    """Stored articles outside the story that its articles' hyperlinks point to."""
    variants: dict[str, str] = {}
    for article in articles.values():
        for link in article.links:
            for variant in url_variants(link.href):
                variants.setdefault(variant, link.href)
    found: dict[str, Article] = {}
    for article_id in sorted(set(store.articles_at(variants).values()) - set(articles)):
        linked = store.article(article_id)
        if linked is not None:
            found[article_id] = linked
    return found


#: The version of the independent-source counting: stored counts of another version are stale
#: and counted again by the next run (raise it when the method changes).
SOURCES_VERSION = "16"


def sources_signatures(store: Store, story_ids: Sequence[str] | None = None) -> dict[str, str]:
    """What each story's (or these stories') stored sources must have been counted for to be
    current: its articles, their events and the counting method's version."""
    return {
        story_id: content_hash(SOURCES_VERSION, signature)
        for story_id, signature in store.story_signatures(story_ids).items()
    }


def update_sources(store: Store, *, force: bool = False) -> int:
    """Count the independent sources of every story whose articles or events changed.

    Args:
        store: the store.
        force: recount every story (after a hand merge of actors, whose spellings the count
            reads).

    Returns:
        how many stories were counted.
    """
    current = sources_signatures(store)
    done = {} if force else store.source_signatures()
    rows: list[tuple[str, str, int | None, int, str, str]] = []
    for story_id, signature in sorted(current.items()):
        if done.get(story_id) == signature:
            continue
        story = store.story(story_id)
        if story is None:
            continue
        found = story_sources_of(store, story)
        main = found.main.independent if found.main else None
        rows.append(
            (
                story_id,
                signature,
                main.count if main else None,
                found.count,
                main.summary if main else found.summary,
                json.dumps(found.to_dict(), ensure_ascii=False),
            )
        )
    store.write_story_sources(rows, keep=current)
    return len(rows)


def correct_stories(
    groups: Mapping[str, Sequence[str]], corrections: Sequence[tuple[str, str, str | None]]
) -> dict[str, list[str]]:
    """Apply hand corrections, in order, to the clusterer's stories.

    Corrections name articles, not story ids, so they keep their meaning however the stories
    grow or merge later. A story's id stays the id of its first article; a story whose first
    article was moved out takes the id of its next one.

    Args:
        groups: story id → article ids, as the clusterer made them.
        corrections: ``("move", article, anchor)`` puts the article into the story holding
            ``anchor`` (a story of its own when anchor is None); ``("merge", article, anchor)``
            puts the whole story holding the article into the story holding ``anchor``.
            Corrections naming articles that no longer exist are passed over.
    """
    members: dict[str, list[str]] = {key: list(value) for key, value in groups.items()}
    where = {article: key for key, articles in members.items() for article in articles}
    for action, article, anchor in corrections:
        if article not in where or (anchor is not None and anchor not in where):
            continue
        source = where[article]
        if action == "move":
            target = where[anchor] if anchor is not None else f"new:{article}"
            if target == source:
                continue
            members[source].remove(article)
            members.setdefault(target, []).append(article)
            where[article] = target
        elif action == "merge" and anchor is not None and where[anchor] != source:
            target = where[anchor]
            for moved in members.pop(source):
                members[target].append(moved)
                where[moved] = target
    result: dict[str, list[str]] = {}
    for key, articles in members.items():
        if articles:
            result[key if key in articles else articles[0]] = articles
    return result


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


def analyse_article(article: Article) -> tuple[str, str]:
    """The per-article analysis: local actors and coded events (JSON), from one selective parse.

    Pure: the same article gives the same JSON. Runs in the extraction workers. The text is
    cut into pieces that keep hostile text linear (:func:`storytrace.events.split_chunks`); NER
    and sentence boundaries run over all of it, the dependency parser only over the sentences
    that may hold an event (:func:`storytrace.events.parse_selected`, issue 3). Actor mentions
    read the entities, events the parse.
    """
    return analyse_articles([article])[0]


def analyse_articles(articles: Sequence[Article]) -> list[tuple[str, str]]:
    """:func:`analyse_article` for several articles, with the model run over them in one batch.

    Each article gets exactly what :func:`analyse_article` gives it; a batch costs less per
    article (the model's fixed cost per call is shared).

    Returns:
        ``(local actors JSON, events JSON)`` per article, in order.
    """
    texts = [article.text[:MAX_ANALYSED_CHARS] for article in articles]
    docs = parse_selected_many([split_chunks(text) for text in texts])
    results: list[tuple[str, str]] = []
    for article, text, doc in zip(articles, texts, docs, strict=True):
        local = _local_actors_json(article.id, text, doc)
        if not doc.has_annotation("DEP"):
            results.append((local, "[]"))  # no sentence may hold a trigger: no event
        else:
            results.append((local, events_json(article, local, doc=doc)))
    return results


def _local_actors_json(article_id: str, text: str, doc: Doc | None = None) -> str:
    text = text[:MAX_ANALYSED_CHARS]
    doc = doc if doc is not None else find_entities(text, split_chunks(text))
    found = resolve_article(article_id, text, extract_mentions(text, doc))
    return json.dumps([_local_to_dict(local) for local in found], ensure_ascii=False)


def _local_to_dict(local: LocalActor) -> dict[str, Any]:
    """``dataclasses.asdict(local)``, written out: asdict copies deeply and showed in profiles."""
    return {
        "article_id": local.article_id,
        "index": local.index,
        "forms": [
            {
                "mention": {
                    "text": form.mention.text,
                    "start": form.mention.start,
                    "end": form.mention.end,
                    "label": form.mention.label,
                    "source": form.mention.source,
                },
                "name": form.name,
                "key": form.key,
                "form": form.form,
            }
            for form in local.forms
        ],
        "kind": local.kind,
        "acronyms": list(local.acronyms),
        "role": local.role,
        "part_of": local.part_of,
        "ambiguous": local.ambiguous,
    }


def events_json(article: Article, local_actors: str, *, doc: Doc | None = None) -> str:
    """The per-article event stage: the article's coded events as JSON (for the store).

    The outlet heads every attribution chain: an event stated in the outlet's own voice has the
    outlet alone; "the institute says" becomes outlet > institute. Pure; runs in the workers.

    Args:
        article: the article.
        local_actors: its local actors as JSON (see :func:`analyse_article`); their mentions
            link the events' sources and targets to actor spans.
    """
    mentions = [
        Mention(**form["mention"]) for local in json.loads(local_actors) for form in local["forms"]
    ]
    outlet = outlet_speaker(article)
    coded = []
    for event in code_events(article.id, article.text, doc=doc, mentions=mentions):
        data = event.to_dict()
        data["attribution"] = [outlet, *data["attribution"]]
        coded.append(data)
    return json.dumps(coded, ensure_ascii=False)


def update_events(store: Store, *, batch_size: int = 64) -> int:
    """Code the events of articles that have none yet (catch-up after ``--no-link`` runs).

    Returns:
        how many articles were coded.
    """
    coded = 0
    batch: list[tuple[str, str]] = []
    task: list[Article] = []
    for article in store.articles_without_events():
        task.append(article)
        coded += 1
        if len(task) >= _TASK_ARTICLES:
            batch.extend(_events_of(task))
        if len(batch) >= batch_size:
            store.write_article_events(batch)
            batch.clear()
    batch.extend(_events_of(task))
    if batch:
        store.write_article_events(batch)
    return coded


def _events_of(task: list[Article]) -> list[tuple[str, str]]:
    """The events of a task of articles, analysed as the workers do (then the task is empty)."""
    if not task:
        return []
    analysed = analyse_articles(task)
    found = [(article.id, events) for article, (_, events) in zip(task, analysed, strict=True)]
    task.clear()
    return found


def update_reuse(store: Store, *, batch_size: int = 256) -> int:
    """Add the articles the reuse index does not hold yet, in timeline order, and link each to
    the earlier articles it shares passages with.

    The index stays in the store as rows: a run reads the stored postings of the new articles'
    keys (and the ids and near-copy lists of the documents they hit) and appends rows, so its
    cost does not grow with the number of stored articles, beyond the fixed-size shingle counter.

    Returns:
        how many articles were added to the index.
    """
    _upgrade_reuse_index(store)
    articles = store.articles_not_in_reuse()
    if not articles:
        return 0
    index = ReuseIndex(base=StoredReuseIndex(store))
    links: list[dict[str, Any]] = []
    known: dict[str, Article] = {}
    for start in range(0, len(articles), batch_size):
        batch = articles[start : start + batch_size]
        sketches = sketch_texts([article.text for article in batch])
        for article, sketch in zip(batch, sketches, strict=True):
            # One at a time, linking at once: the shingle frequencies a link sees are those of
            # the articles before it, so days added in timeline order give the batch's links.
            candidates = index.add(article.id, sketch)
            known[article.id] = article
            for candidate in candidates:
                other = known.get(candidate.doc_id) or store.article(candidate.doc_id)
                if other is None:
                    continue
                link = link_articles(
                    other, article, frequency=index.shingle_frequency, documents=len(index)
                )
                if link is not None:
                    links.append(link.to_dict())
    store.write_reuse(_reuse_rows(index.changes()), links)
    return len(articles)


class StoredReuseIndex:
    """The reuse index documents a store holds, as a :class:`~storytrace.reuse.ReuseIndex` base
    reads them (see :class:`storytrace.reuse.index.IndexBase`).

    Args:
        store: the store.
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def size(self) -> int:
        """How many documents the store's index holds."""
        return self._store.reuse_size()

    def postings(self, keys: U64, *, band_cap: int, fingerprint_cap: int) -> tuple[U64, U32]:
        """The stored ``(key, document)`` pairs of ``keys``, sorted by key then document."""
        rows = self._store.reuse_postings(
            keys.view(np.int64).tolist(), band_cap=band_cap, fingerprint_cap=fingerprint_cap
        )
        pairs = np.array(rows, dtype=np.int64).reshape(-1, 2)
        found = pairs[:, 0].copy().view(np.uint64)
        order = np.lexsort((pairs[:, 1], found))
        return found[order], pairs[order, 1].astype(np.uint32)

    def doc_ids(self, numbers: list[int]) -> dict[int, str]:
        """The article ids of document numbers."""
        return self._store.reuse_doc_ids(numbers)

    def neighbours(self, number: int) -> list[int]:
        """A document's near-copy list."""
        return self._store.reuse_neighbours(number)

    def counts(self, shape: tuple[int, int]) -> U32:
        """The stored shingle counter, zeros where no page is stored.

        Raises:
            ConfigError: the stored counter is larger than ``shape``.
        """
        flat = np.zeros(shape[0] * shape[1], dtype=np.uint32)
        for page, data in self._store.reuse_counter_pages():
            values = np.frombuffer(data, dtype="<u4")
            start = page * COUNTER_PAGE_CELLS
            if start + len(values) > len(flat):
                raise ConfigError(
                    f"the stored shingle counter is larger than the options give {shape}; "
                    "use the counter_bits it was built with"
                )
            flat[start : start + len(values)] = values
        return flat.reshape(shape)


def _reuse_rows(changes: IndexChanges, *, upgrade: bool = False) -> ReuseRows:
    flat = changes.counts.reshape(-1)
    pages = [
        (page, flat[page * COUNTER_PAGE_CELLS : (page + 1) * COUNTER_PAGE_CELLS].astype("<u4"))
        for page in changes.pages.tolist()
    ]
    keys = changes.keys.view(np.int64).tolist()
    return ReuseRows(
        first=changes.first,
        ids=changes.ids,
        keys=list(zip(keys, changes.docs.tolist(), strict=True)),
        neighbours=[(doc, position, other) for doc, position, other in changes.neighbours.tolist()],
        pages=[(page, values.tobytes()) for page, values in pages],
        upgrade=upgrade,
    )


def _upgrade_reuse_index(store: Store) -> None:
    """Move the one-blob index of a store written before migration 8 into rows, exactly.

    A blob that cannot be read is dropped with its documents, which are then indexed again.
    """
    saved = store.reuse_state()
    if saved is None:
        return
    try:
        index = ReuseIndex.from_state(_load_index(saved))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, ConfigError) as error:
        logger.warning("the stored reuse index cannot be read (%s); indexing again", error)
        index = ReuseIndex()
    store.write_reuse(_reuse_rows(index.changes(), upgrade=True), [])


def _load_index(data: bytes) -> IndexState:
    with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
        return IndexState(
            ids=tuple(str(value) for value in arrays["ids"]),
            keys=arrays["keys"],
            docs=arrays["docs"],
            counts=arrays["counts"],
            neighbours=arrays["neighbours"],
        )


def warm_up_actor_models() -> None:
    """Load the spaCy pipeline, e.g. before forking workers that will share it."""
    load_pipeline("ner+parse")
    warm_up_selective_parse()


def update_actors(store: Store, *, batch_size: int = 64) -> int:
    """Find the actors of articles that have none yet, then merge all into canonical actors.

    Returns:
        how many articles were analysed.

    Raises:
        storytrace.nlp.ModelMissingError: the spaCy model is not installed.
    """
    # One article at a time, exactly as the extraction workers do, so that the catch-up path
    # gives the same mentions as the normal one.
    pending = 0
    batch: list[tuple[str, str]] = []
    for article_id, text in store.articles_without_actors():
        batch.append((article_id, _local_actors_json(article_id, text)))
        pending += 1
        if len(batch) >= batch_size:
            store.write_local_actors(batch)
            batch.clear()
    if batch:
        store.write_local_actors(batch)
    analysed = store.local_actor_count()
    dictionary = store.meta("actor_dictionary") or ""
    merged_from = f"{analysed}:{content_hash(dictionary)}"
    if not pending and store.meta("actors_merged_from") == merged_from:
        return 0  # the table already holds every article (a killed run may have left it behind)
    merger = ActorMerger()
    for data in store.local_actors():
        merger.add(_local_from_dict(item) for item in json.loads(data))
    table = apply_dictionary(merger.result(), load_dictionary(dictionary))
    counts: dict[str, int] = {}
    for mention in table.mentions:
        counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
    store.write_actors(
        [{**actor.to_dict(), "mentions": counts.get(actor.id, 0)} for actor in table.actors],
        [(m.article_id, m.start, m.end, m.text, m.label, m.actor_id) for m in table.mentions],
        merged_from=merged_from,
    )
    return pending


def _local_from_dict(data: Mapping[str, Any]) -> LocalActor:
    forms = tuple(
        Form(
            mention=Mention(**form["mention"]),
            name=form["name"],
            key=form["key"],
            form=form["form"],
        )
        for form in data["forms"]
    )
    return LocalActor(
        article_id=data["article_id"],
        index=data["index"],
        forms=forms,
        kind=data["kind"],
        acronyms=tuple(data["acronyms"]),
        role=data["role"],
        part_of=data["part_of"],
        ambiguous=data["ambiguous"],
    )
