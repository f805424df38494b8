"""A clusterer over stored state, run in chunks, makes the same stories as one in memory."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.stories import StoryClusterer, StoryDoc, cluster_stories
from storytrace.stories.state import LazyMap, StateChanges, StoredStory


class DictState:
    """A StoryStateStore over plain dicts, that counts what it was asked for."""

    def __init__(self) -> None:
        self.counters: dict[str, int] = {}
        self.frequency: dict[str, int] = {}
        self.posted: dict[str, list[str]] = {}
        self.kept: dict[str, StoredStory] = {}
        self.merged: list[tuple[str, str]] = []
        self.links: dict[str, list[str]] = {}
        self.read_stories = 0

    def meta(self) -> dict[str, int]:
        return dict(self.counters)

    def frequencies(self, keys: Sequence[str]) -> dict[str, int]:
        return {key: self.frequency[key] for key in keys if key in self.frequency}

    def postings(self, keys: Sequence[str]) -> dict[str, list[str]]:
        return {key: list(self.posted[key]) for key in keys if key in self.posted}

    def stories(self, ids: Sequence[str]) -> dict[str, StoredStory]:
        self.read_stories += len(ids)
        return {story: self.kept[story] for story in ids if story in self.kept}

    def seqs(self, ids: Sequence[str]) -> dict[str, int]:
        return {story: self.kept[story].seq for story in ids if story in self.kept}

    def article_stories(self, article_ids: Sequence[str]) -> dict[str, str]:
        where = {a: story.id for story in self.kept.values() for a in story.articles}
        return {a: where[a] for a in article_ids if a in where}

    def aliases(self, ids: Sequence[str]) -> dict[str, str]:
        into = dict(self.merged)
        return {story: into[story] for story in ids if story in into}

    def waiting(self, article_ids: Sequence[str]) -> dict[str, list[str]]:
        return {a: list(self.links[a]) for a in article_ids if a in self.links}

    def apply(self, changes: StateChanges) -> None:
        self.counters = dict(changes.meta)
        self.frequency.update(changes.frequencies)
        for story in changes.removed:
            self.kept.pop(story, None)  # may be new in this run
        self.kept.update({story.id: story for story in changes.stories})
        for key, ids in changes.postings.items():
            self.posted[key] = list(ids)
            if not ids:
                del self.posted[key]
        self.merged.extend(changes.merges)
        for article, linkers in changes.waiting.items():
            self.links[article] = list(linkers)
            if not linkers:
                del self.links[article]


def run_in_chunks(docs: list[StoryDoc], cuts: Sequence[int]) -> DictState:
    state = DictState()
    start = 0
    for cut in [*cuts, len(docs)]:
        clusterer = StoryClusterer(state=state)
        for doc in docs[start:cut]:
            clusterer.add(doc)
        state.apply(clusterer.changes())
        start = cut
    return state


def assert_same_state(state: DictState, batch: StoryClusterer) -> None:
    whole = batch.changes(everything=True)
    assert state.counters == whole.meta
    assert state.frequency == whole.frequencies
    assert state.kept == {story.id: story for story in whole.stories}
    assert state.posted == {key: list(ids) for key, ids in whole.postings.items() if ids}
    assert state.merged == batch.merges()
    assert state.links == {key: list(ids) for key, ids in whole.waiting.items() if ids}


TOPICS = (
    ("Veldmark", "Quake shakes Veldmark, homes damaged", "A quake shook Veldmark. Crews dug."),
    ("Saltira", "Saltira votes on harbour bridge", "Voters in Saltira backed the bridge plan."),
    ("Orlenby", "Floods close Orlenby schools", "River water flooded Orlenby classrooms."),
)


def quake_docs() -> list[StoryDoc]:
    start = datetime(2024, 5, 1, tzinfo=UTC)
    docs = []
    for index in range(12):
        place, title, text = TOPICS[index % 3]
        docs.append(
            StoryDoc(
                id=f"{place}-{index}",
                title=title,
                text=f"{text} Day {index // 3} of coverage.",
                published=start + timedelta(hours=index),
            )
        )
    # a roundup linking two stories merges them; a link to an article still to come waits
    links = frozenset({"Veldmark-0", "Saltira-1", "later"})
    docs.append(StoryDoc(id="roundup", title="Roundup", text="Two items.", links=links))
    docs.append(StoryDoc(id="later", title="Other news", text="Nothing alike at all here."))
    return docs


@pytest.mark.issue(5)
@pytest.mark.parametrize("cuts", [(), (1,), (4, 9), (12, 13), tuple(range(1, 14))])
def test_chunks_over_stored_state_equal_batch(cuts: tuple[int, ...]) -> None:
    docs = quake_docs()
    batch = cluster_stories(docs)
    assert batch.merges()  # the roundup merged two stories
    state = run_in_chunks(docs, cuts)
    assert_same_state(state, batch)


@pytest.mark.issue(5)
def test_one_new_document_reads_only_its_candidates() -> None:
    docs = quake_docs()[:12]
    state = run_in_chunks(docs, ())
    state.read_stories = 0
    clusterer = StoryClusterer(state=state)
    clusterer.add(StoryDoc(id="new", title="Quake shakes Veldmark again", text="A quake."))
    changes = clusterer.changes()
    assert 1 <= state.read_stories <= clusterer.options.candidates
    assert [story.id for story in changes.stories] == ["Veldmark-0"]
    assert clusterer.members("Veldmark-0")[-1] == "new"


def test_lazy_map_remembers_absent_keys() -> None:
    asked: list[list[str]] = []

    def fetch(keys: list[str]) -> dict[str, int]:
        asked.append(keys)
        return {key: 1 for key in keys if key.startswith("a")}

    found: LazyMap[int] = LazyMap(fetch)
    found.load(["a1", "b1"])
    assert "b1" not in found and found["a1"] == 1
    found["b1"] = 2
    del found["a1"]
    assert "a1" not in found and found.get("b1") == 2
    assert asked == [["a1", "b1"]]
    assert sorted(found) == ["b1"]


WORDS = st.sampled_from(["harbour", "bridge", "vote", "Alma", "Brandt", "7", "2024", "quake"])


@st.composite
def streams(draw: st.DrawFn) -> tuple[list[StoryDoc], list[int]]:
    count = draw(st.integers(min_value=1, max_value=20))
    docs = []
    for index in range(count):
        words = draw(st.lists(WORDS, max_size=8))
        links = draw(st.sets(st.integers(min_value=0, max_value=count + 2), max_size=2))
        day = draw(st.none() | st.integers(min_value=0, max_value=60))
        docs.append(
            StoryDoc(
                id=f"d{draw(st.integers(0, count))}" if index % 4 == 3 else f"d{index}",
                title=" ".join(words[:3]),
                text=" ".join(words),
                published=None if day is None else datetime(2024, 1, 1) + timedelta(days=day),
                links=frozenset(f"d{link}" for link in links),
            )
        )
    cuts = sorted(draw(st.sets(st.integers(min_value=1, max_value=count), max_size=4)))
    return docs, cuts


@settings(max_examples=60, deadline=None)
@given(streams())
def test_any_stream_over_stored_state_equals_batch(
    stream: tuple[list[StoryDoc], list[int]],
) -> None:
    docs, cuts = stream
    assert_same_state(run_in_chunks(docs, cuts), cluster_stories(docs))
