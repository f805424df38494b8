"""The incremental index: candidates, caps, batch equals one by one, state round trip."""

from __future__ import annotations

import random

import numpy as np
import pytest

from storytrace.errors import ConfigError
from storytrace.reuse import (
    IndexOptions,
    ReuseIndex,
    SketchOptions,
    sketch_text,
    sketch_texts,
)

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
