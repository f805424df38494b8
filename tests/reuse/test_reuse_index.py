"""The incremental index: candidates, caps, batch equals one by one, state round trip."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from storytrace.errors import ConfigError
from storytrace.reuse import (
    Candidate,
    IndexOptions,
    ReuseIndex,
    SketchOptions,
    sketch_text,
    sketch_texts,
)
from storytrace.reuse.index import (
    _FENCE_STEP,
    U32,
    IndexChanges,
    _merge,
    _Presence,
    _Run,
    _search,
)
from storytrace.reuse.shingles import U64

WORDS = [
    "harbour",
    "council",
    "ferry",
    "bridge",
    "engineer",
    "budget",
    "storm",
    "river",
    "market",
    "school",
    "teacher",
    "hospital",
    "nurse",
    "farmer",
    "harvest",
    "drought",
    "rail",
    "station",
    "mayor",
    "police",
    "court",
    "judge",
    "museum",
    "library",
    "festival",
    "orchestra",
    "election",
    "ballot",
    "vote",
    "minister",
    "tariff",
    "export",
    "factory",
    "worker",
    "strike",
    "union",
    "wage",
]


def random_text(seed: int, length: int = 150) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + str(rng.randint(0, 99)) for _ in range(length))


def test_copy_is_a_candidate_and_unrelated_is_not() -> None:
    index = ReuseIndex()
    original = random_text(1)
    assert index.add("original", sketch_text(original)) == []
    assert index.add("other", sketch_text(random_text(2))) == []
    candidates = index.add("copy", sketch_text(original + " plus a closing line of its own"))
    assert [c.doc_id for c in candidates] == ["original"]
    assert candidates[0].bands > 50


def test_a_quoted_sentence_makes_a_candidate() -> None:
    source = random_text(3)
    sentence = " ".join(source.split()[40:60])
    index = ReuseIndex()
    index.add("source", sketch_text(source))
    quoting = random_text(4) + f" “{sentence},” the paper wrote. " + random_text(5)
    candidates = index.add("quoting", sketch_text(quoting))
    assert [c.doc_id for c in candidates] == ["source"]
    assert candidates[0].bands == 0 and candidates[0].fingerprints >= 1


def test_boilerplate_fingerprints_stop_making_candidates() -> None:
    notice = "this story was brought to you by the regional news cooperative all rights reserved"
    index = ReuseIndex(IndexOptions(max_postings=3))
    found = [
        index.add(f"page{n}", sketch_text(random_text(100 + n) + " " + notice)) for n in range(8)
    ]
    assert all(c.fingerprints for c in found[3])
    # The notice is now in more than 3 pages: its fingerprints make no candidate (a band may
    # still agree by chance, since the notice is part of the shingle set).
    assert all(c.fingerprints == 0 for c in found[7])


def test_add_many_equals_add_one_by_one() -> None:
    base = [random_text(n) for n in range(6)]
    texts = [*base, base[0] + " extra", base[2][:500], "", "tiny text", base[5]]
    ids = [f"t{n}" for n in range(len(texts))]
    one = ReuseIndex()
    singles = [one.add(i, s) for i, s in zip(ids, sketch_texts(texts), strict=True)]
    many = ReuseIndex()
    sketches = sketch_texts(texts)
    batch = many.add_many(list(zip(ids[:4], sketches[:4], strict=True)))
    batch += many.add_many(list(zip(ids[4:], sketches[4:], strict=True)))
    assert batch == singles
    assert [c.doc_id for c in singles[6]] == ["t0"]
    assert {c.doc_id for c in singles[10]} == {"t5"}


def test_state_round_trip_keeps_candidates() -> None:
    index = ReuseIndex()
    for n in range(5):
        index.add(f"d{n}", sketch_text(random_text(n)))
    restored = ReuseIndex.from_state(index.state())
    copy = sketch_text(random_text(3))
    assert restored.add("again", copy) == index.add("again", copy)
    assert len(restored) == 6


def test_shingle_frequency_counts_documents() -> None:
    index = ReuseIndex()
    text = random_text(9)
    for n in range(3):
        index.add(f"d{n}", sketch_text(text))
    shingles = sketch_text(text).shingle_hashes
    assert (index.shingle_frequency(shingles) >= 3).all()
    other = sketch_text(random_text(10)).shingle_hashes
    assert np.median(index.shingle_frequency(other)) == 0


def test_document_frequency_of_keys() -> None:
    index = ReuseIndex()
    sketch = sketch_text(random_text(11))
    index.add("a", sketch)
    index.add("b", sketch)
    assert (index.document_frequency(sketch.keys) == 2).all()


def test_sketch_of_another_size_is_refused() -> None:
    index = ReuseIndex()
    with pytest.raises(ConfigError):
        index.add("x", sketch_text(random_text(1), SketchOptions(num_perm=64, bands=32)))


def test_memory_per_document_is_small() -> None:
    index = ReuseIndex()
    for n in range(50):
        index.add(f"d{n}", sketch_text(random_text(n, 400)))
    assert index.nbytes / len(index) < 3000


class MemoryBase:
    """An IndexBase over the changes earlier indexes gave, as a store keeps them."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.keys = np.zeros(0, np.uint64)
        self.docs = np.zeros(0, np.uint32)
        self.lists: dict[int, list[int]] = {}
        self.counter: np.ndarray | None = None
        self.asked = 0

    def save(self, changes: IndexChanges) -> None:
        assert changes.first == len(self.ids)
        self.ids.extend(changes.ids)
        keys = np.concatenate([self.keys, changes.keys])
        docs = np.concatenate([self.docs, changes.docs])
        order = np.lexsort((docs, keys))
        self.keys, self.docs = keys[order], docs[order]
        for doc, position, neighbour in changes.neighbours.tolist():
            listed = self.lists.setdefault(doc, [])
            assert position == len(listed)
            listed.append(neighbour)
        self.counter = changes.counts.copy()

    def size(self) -> int:
        return len(self.ids)

    def postings(self, keys: U64, *, band_cap: int, fingerprint_cap: int) -> tuple[U64, U32]:
        self.asked += len(keys)
        low = np.searchsorted(self.keys, keys, "left")
        high = np.searchsorted(self.keys, keys, "right")
        caps = np.where(keys & np.uint64(1), fingerprint_cap, band_cap)
        spans = [range(a, min(b, a + c)) for a, b, c in zip(low, high, caps, strict=True)]
        taken = np.array([i for span in spans for i in span], dtype=np.int64)
        return self.keys[taken], self.docs[taken]

    def doc_ids(self, numbers: list[int]) -> dict[int, str]:
        return {number: self.ids[number] for number in numbers}

    def neighbours(self, number: int) -> list[int]:
        return list(self.lists.get(number, []))

    def counts(self, shape: tuple[int, int]) -> U32:
        return np.zeros(shape, np.uint32) if self.counter is None else self.counter.copy()


def near_copies() -> list[str]:
    """Sources, edited copies and copies of copies: candidates of every kind."""
    rng = random.Random(8)
    texts = [random_text(n, 300) for n in range(5)]
    for _ in range(12):
        words = texts[rng.randrange(len(texts))].split()
        texts.append(" ".join(w if rng.random() > 0.1 else rng.choice(WORDS) for w in words))
    return texts


@pytest.mark.issue(4)
@pytest.mark.parametrize("cuts", [(4,), (3, 9, 14), tuple(range(1, 17))])
def test_an_index_over_a_stored_base_equals_one_index(cuts: tuple[int, ...]) -> None:
    texts = near_copies()
    ids = [f"t{n}" for n in range(len(texts))]
    sketches = sketch_texts(texts)
    whole = ReuseIndex(IndexOptions(max_postings=3))
    expected = [whole.add(i, s) for i, s in zip(ids, sketches, strict=True)]
    assert any(c.via for found in expected for c in found)  # neighbours are exercised
    base = MemoryBase()
    got: list[list[Candidate]] = []
    for low, high in zip((0, *cuts), (*cuts, len(texts)), strict=True):
        index = ReuseIndex(IndexOptions(max_postings=3), base=base)
        got += [index.add(ids[n], sketches[n]) for n in range(low, high)]
        assert len(index) == high
        base.save(index.changes())
    assert got == expected
    reopened = ReuseIndex(IndexOptions(max_postings=3), base=base)
    for sketch in sketches[:4]:
        shingles = sketch.shingle_hashes
        assert (reopened.shingle_frequency(shingles) == whole.shingle_frequency(shingles)).all()
        assert (
            reopened.document_frequency(sketch.keys) == whole.document_frequency(sketch.keys)
        ).all()


def test_changes_hold_only_the_new_documents() -> None:
    base = MemoryBase()
    first = ReuseIndex(base=base)
    first.add_many([(f"d{n}", s) for n, s in enumerate(sketch_texts(near_copies()[:10]))])
    base.save(first.changes())
    second = ReuseIndex(base=base)
    second.add("new", sketch_text(near_copies()[12]))
    changes = second.changes()
    assert changes.first == 10 and changes.ids == ("new",)
    assert set(changes.docs.tolist()) == {10}
    assert len(changes.pages) <= 2 * len(sketch_text(near_copies()[12]).shingle_hashes)
    assert base.asked == len(sketch_text(near_copies()[12]).keys)
    with pytest.raises(ConfigError):
        second.state()


@pytest.mark.issue(4)
@pytest.mark.parametrize("cuts", [(17,), (2, 5, 11), tuple(range(1, 17))])
def test_add_arrays_gives_the_candidates_of_add(cuts: tuple[int, ...]) -> None:
    texts = near_copies()
    ids = [f"t{n}" for n in range(len(texts))]
    sketches = sketch_texts(texts)
    one = ReuseIndex(IndexOptions(max_postings=3))
    expected = [one.add(i, s) for i, s in zip(ids, sketches, strict=True)]
    assert any(c.via for found in expected for c in found)
    index = ReuseIndex(IndexOptions(max_postings=3))
    got: list[list[Candidate]] = []
    for low, high in zip((0, *cuts), (*cuts, len(texts))[: len(cuts) + 1], strict=True):
        found = index.add_arrays(list(zip(ids[low:high], sketches[low:high], strict=True)))
        assert found.first == low and len(found.bounds) == high - low + 1
        names = index.doc_ids(found.others.tolist())
        via = {n: name for n, name in zip(found.others.tolist(), names, strict=True)}
        flat = [
            Candidate(doc_id=name, bands=b, fingerprints=f, via=via[v] if v >= 0 else None)
            for name, b, f, v in zip(
                names,
                found.bands.tolist(),
                found.fingerprints.tolist(),
                found.via.tolist(),
                strict=True,
            )
        ]
        bounds = found.bounds.tolist()
        got += [flat[bounds[n] : bounds[n + 1]] for n in range(high - low)]
    assert got == expected


def test_add_arrays_of_nothing() -> None:
    index = ReuseIndex()
    found = index.add_arrays([])
    assert found.first == 0 and found.bounds.tolist() == [0] and not len(found.others)
    found = index.add_arrays([("a", sketch_text(random_text(1)))])
    assert found.bounds.tolist() == [0, 0] and index.doc_ids([0]) == ["a"]


sorted_keys = st.lists(st.integers(0, 40), max_size=300).map(
    lambda values: np.sort(np.array(values, dtype=np.uint64) * np.uint64(3))
)


@pytest.mark.issue(4)
@given(run_keys=sorted_keys, keys=sorted_keys, side=st.sampled_from(["left", "right"]))
def test_a_fenced_search_equals_searchsorted(run_keys: U64, keys: U64, side: str) -> None:
    run = _Run(
        keys=run_keys,
        docs=np.zeros(len(run_keys), np.uint32),
        fence=run_keys[::_FENCE_STEP].copy(),
    )
    expected = np.searchsorted(run_keys, keys, side)  # type: ignore[call-overload]
    assert (_search(run, keys, side) == expected).all()  # type: ignore[arg-type]


@pytest.mark.issue(4)
@given(first=sorted_keys, second=sorted_keys)
def test_a_merge_keeps_each_key_postings_in_order(first: U64, second: U64) -> None:
    merged = _merge(
        _Run(keys=first, docs=np.arange(len(first), dtype=np.uint32)),
        _Run(keys=second, docs=np.arange(len(second), dtype=np.uint32) + np.uint32(1000)),
    )
    keys = np.concatenate([first, second])
    order = np.argsort(keys, kind="stable")
    docs = np.concatenate([np.arange(len(first)), np.arange(len(second)) + 1000])
    assert (merged.keys == keys[order]).all() and (merged.docs == docs[order]).all()


@pytest.mark.issue(4)
def test_the_presence_filter_never_misses_a_key() -> None:
    rng = np.random.default_rng(3)
    presence = _Presence()
    runs: list[_Run] = []
    for _ in range(12):  # enough keys to rebuild the table several times
        keys = np.sort(rng.integers(0, 2**63, 5000, dtype=np.uint64) * np.uint64(2))
        runs.append(_Run(keys=keys, docs=np.zeros(len(keys), np.uint32)))
        presence.add(keys, runs)
        assert all(presence.holds(run.keys).all() for run in runs)
    absent = rng.integers(0, 2**63, 20000, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    assert presence.holds(absent).mean() < 0.15
