"""The incremental index: candidates, caps, batch equals one by one, state round trip."""

from __future__ import annotations

import random

import numpy as np
import pytest

from storytrace.errors import ConfigError
from storytrace.reuse import (
    Candidate,
    IndexOptions,
    ReuseIndex,
    SketchOptions,
    sketch_text,
    sketch_texts,
)
from storytrace.reuse.index import U32, IndexChanges
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
