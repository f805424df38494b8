"""Words, shingles, winnowing, MinHash sketches: stable, consistent, batch equals one by one."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.errors import ConfigError
from storytrace.reuse import (
    DocSketch,
    SketchOptions,
    candidate_probability,
    estimate_jaccard,
    shingle_hashes,
    sketch_text,
    sketch_texts,
    tokenize,
)
from storytrace.reuse.shingles import window_minima

TEXT = (
    "The river ferry to Oldmere stopped running on Friday, after the operator ran out of fuel "
    "and the harbour office refused to extend its licence for another season."
)


def words(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[s:e] for s, e in zip(tokens.starts.tolist(), tokens.ends.tolist(), strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, world!", ["Hello", "world"]),
        ("  £42.50 — (approx.)  ", ["42", "50", "approx"]),
        ("naïve café “déjà vu”", ["naïve", "café", "déjà", "vu"]),
        ("snake_case and CamelCase", ["snake_case", "and", "CamelCase"]),
        ("", []),
        ("... !!! ---", []),
    ],
)
def test_tokenize_finds_words_with_offsets(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_word_hashes_ignore_case_and_punctuation() -> None:
    first = tokenize("Mayor SAID: “no.”").hashes
    second = tokenize("mayor said no").hashes
    assert first.tolist() == second.tolist()


def test_word_hashes_do_not_depend_on_text_length() -> None:
    # Short texts use prefix sums, long ones per-word sums: the hashes must agree.
    short = tokenize("alpha beta gamma").hashes
    long = tokenize("alpha beta gamma " + "x" * 70_000).hashes[:3]
    assert short.tolist() == long.tolist()


def test_word_hashes_are_stable_across_runs() -> None:
    # A stored sketch must compare with one made later (another process, another release):
    # pin one hash. Changing it means stored sketches must be rebuilt.
    assert int(tokenize("storytrace").hashes[0]) == 16468188992339286126
    assert int(tokenize("STORYTRACE").hashes[0]) == 16468188992339286126
    assert tokenize("a b").hashes[0] != tokenize("b a").hashes[0]


def test_shingles_of_short_text_is_one_shingle() -> None:
    hashes = tokenize("only three words").hashes
    assert len(shingle_hashes(hashes, 5)) == 1
    assert len(shingle_hashes(hashes[:0], 5)) == 0
    assert len(shingle_hashes(tokenize(TEXT).hashes, 5)) == len(tokenize(TEXT)) - 4


@given(st.lists(st.integers(0, 50), min_size=1, max_size=80), st.integers(1, 20))
def test_window_minima_matches_naive(values: list[int], window: int) -> None:
    array = np.array(values, dtype=np.uint64)
    if len(values) < window:
        return
    expected = [min(values[i : i + window]) for i in range(len(values) - window + 1)]
    assert window_minima(array, window).tolist() == expected


def test_winnowing_finds_any_long_shared_run() -> None:
    # A 16-word run (window 12 + shingle 5 - 1) shared by two otherwise different texts.
    shared = (
        "the bridge inspectors found rust on every cable and asked the council to close it today"
    )
    first = "Unrelated opening words here. " + shared + " And a different ending follows."
    second = "Completely other preface text. " + shared + " Then more of its own closing."
    options = SketchOptions()
    a, b = sketch_text(first, options), sketch_text(second, options)
    assert set(a.fingerprints.tolist()) & set(b.fingerprints.tolist())


def test_fingerprints_are_odd_and_bands_even() -> None:
    sketch = sketch_text(TEXT)
    assert (sketch.fingerprints % 2 == 1).all()
    bands = np.setdiff1d(sketch.keys, sketch.fingerprints)
    assert len(bands) == SketchOptions().bands
    assert (bands % 2 == 0).all()


def test_identical_texts_have_identical_signatures() -> None:
    assert estimate_jaccard(sketch_text(TEXT), sketch_text(TEXT.upper())) == 1.0


def test_jaccard_estimate_tracks_true_jaccard() -> None:
    rng = np.random.default_rng(3)
    base = [f"w{n}" for n in rng.integers(0, 10**6, 2000)]
    half = base[:1000] + [f"v{n}" for n in rng.integers(0, 10**6, 1000)]
    estimate = estimate_jaccard(sketch_text(" ".join(base)), sketch_text(" ".join(half)))
    # True Jaccard of the shingle sets is about 1000 / 3000.
    assert 0.2 < estimate < 0.47


def test_empty_text_has_no_signature_and_no_keys() -> None:
    sketch = sketch_text("  ... ")
    assert len(sketch.signature) == 0 and len(sketch.keys) == 0


def test_batch_sketches_equal_single_sketches() -> None:
    texts = [TEXT, "", "one two", "x " * 40, "Ünïcode “quoted” words and ß here", TEXT[::-1], "a"]
    for single, batch in zip(map(sketch_text, texts), sketch_texts(texts), strict=True):
        assert single.signature.tolist() == batch.signature.tolist()
        assert single.keys.tolist() == batch.keys.tolist()
        assert single.shingles == batch.shingles


def test_sketch_row_round_trip() -> None:
    sketch = sketch_text(TEXT)
    again = DocSketch.from_row(sketch.to_row())
    assert again.signature.tolist() == sketch.signature.tolist()
    assert again.keys.tolist() == sketch.keys.tolist()


@pytest.mark.parametrize(
    "kwargs", [{"num_perm": 100}, {"bands": 3}, {"shingle_words": 0}, {"window": 0}]
)
def test_bad_sketch_options_are_refused(kwargs: dict[str, int]) -> None:
    with pytest.raises(ConfigError):
        SketchOptions(**kwargs)


def test_recall_curve() -> None:
    assert candidate_probability(0.3, bands=64, rows=2) > 0.99
    assert candidate_probability(0.02, bands=64, rows=2) < 0.03


@settings(max_examples=50)
@given(st.text(alphabet="ab .“”\n", max_size=200))
def test_any_text_sketches(text: str) -> None:
    sketch = sketch_text(text)
    assert len(sketch.signature) in (0, SketchOptions().num_perm)
    assert sketch_texts([text, text])[1].keys.tolist() == sketch.keys.tolist()


def test_sketch_row_of_another_size_is_refused() -> None:
    row = sketch_text(TEXT).to_row()
    with pytest.raises(ConfigError):
        DocSketch.from_row(row, SketchOptions(num_perm=64, bands=32))


@pytest.mark.issue(4)
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ9_ ?.\n\u00e9\u00c9\u00df\u201c\u2014\u0301\u0416\ud800", max_size=80))
def test_mostly_ascii_and_other_texts_hash_words_alike(text: str) -> None:
    # Few non-ASCII characters take the bytes.translate path, many the code point path: a word
    # must hash the same either way, since one outlet's curly quotes must not hide its copies.
    padding = " " + "\u0436" * (len(text) + 8)
    fast, slow = tokenize(text), tokenize(text + padding)
    assert (slow.hashes[: len(fast)] == fast.hashes).all()
    assert (slow.starts[: len(fast)] == fast.starts).all()
    assert (slow.ends[: len(fast)] == fast.ends).all()
    plain = tokenize(" " * 6000 + text)  # mostly ASCII however many others the text has
    assert (plain.hashes == fast.hashes).all()
