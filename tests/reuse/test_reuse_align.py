"""Alignment and links: planted copies, moved paragraphs, phrases, quotes, direction."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.errors import ConfigError
from storytrace.model import Article, DateGuess, Source
from storytrace.reuse import (
    AlignOptions,
    LinkOptions,
    ReuseIndex,
    align_texts,
    link_articles,
    link_texts,
    publication_order,
    quoted_mask,
    sketch_text,
)

P1 = (
    "The harbour authority closed the northern pier on Tuesday after inspectors found deep "
    "cracks in the concrete supports beneath the old ferry ramp."
)
P2 = (
    "Engineers said repairs could take until the end of the summer, and the island ferries "
    "will dock at the southern terminal in the meantime."
)
P3 = (
    "Fishermen who moor their boats along the pier have been told to move them to the marina "
    "before the weekend, when the demolition crews arrive."
)
P4 = (
    "The authority has set aside four million for the work and expects a second survey of the "
    "western breakwater to follow in the autumn."
)
ORIGINAL = "\n\n".join([P1, P2, P3, P4])
OTHER = (
    "A travelling circus set up its tents in the meadow behind the school, and the children "
    "queued for an hour to watch the acrobats rehearse their evening show.\n\nThe mayor promised "
    "that the meadow would be mowed and cleaned again once the circus leaves at the end of June."
)


def spans(text: str, passages: list, side: str) -> list[str]:
    if side == "a":
        return [text[p.a_start : p.a_end] for p in passages]
    return [text[p.b_start : p.b_end] for p in passages]


def test_exact_copy_is_one_passage_covering_everything() -> None:
    copy = "Breaking news from the coast.\n\n" + ORIGINAL
    passages = align_texts(ORIGINAL, copy)
    assert len(passages) == 1
    passage = passages[0]
    assert ORIGINAL[passage.a_start : passage.a_end] == ORIGINAL.rstrip(".")
    assert copy[passage.b_start : passage.b_end] == ORIGINAL.rstrip(".")
    assert passage.similarity == 1.0 and passage.kind == "copy"


def test_copy_with_small_edits_is_found_with_matching_offsets() -> None:
    edited = (
        ORIGINAL.replace("northern pier", "north pier")
        .replace("deep cracks", "deep, worrying cracks")
        .replace("the summer", "the coming summer")
        .replace("before the weekend, ", "")
    )
    passages = align_texts(ORIGINAL, edited)
    assert len(passages) == 1
    a_text = ORIGINAL[passages[0].a_start : passages[0].a_end]
    b_text = edited[passages[0].b_start : passages[0].b_end]
    assert a_text.startswith("The harbour authority") and a_text.endswith("in the autumn")
    assert b_text.startswith("The harbour authority") and b_text.endswith("in the autumn")
    assert 0.85 < passages[0].similarity < 1.0


def test_reordered_paragraphs_are_each_found() -> None:
    moved = "\n\n".join([P3, P1, P4, P2])
    passages = align_texts(ORIGINAL, moved)
    found_a = sorted(spans(ORIGINAL, passages, "a"))
    found_b = sorted(spans(moved, passages, "b"))
    assert found_a == found_b
    covered = sum(len(t) for t in found_a)
    assert covered >= len(ORIGINAL) - 20


def test_unrelated_texts_share_nothing() -> None:
    assert align_texts(ORIGINAL, OTHER) == []
    assert link_texts("a", ORIGINAL, "b", OTHER) is None


@pytest.mark.parametrize(
    "phrase",
    [
        "said in a statement",
        "according to the",
        "did not immediately respond to a request for comment",
    ],
)
def test_short_common_phrases_are_not_reuse(phrase: str) -> None:
    first = f"The minister {phrase} that the budget would be cut in half next spring."
    second = f"A spokesman for the zoo {phrase} on Friday, adding that the lions were healthy."
    assert align_texts(first, second) == []


def test_stock_phrase_common_in_the_corpus_does_not_anchor() -> None:
    phrase = "the company did not immediately respond to several requests for comment on the matter"
    rng = random.Random(5)
    words = [
        "river",
        "field",
        "market",
        "tower",
        "garden",
        "station",
        "bridge",
        "harbour",
        "school",
        "valley",
    ]
    texts = [
        " ".join(rng.choice(words) + str(rng.randint(0, 999)) for _ in range(30)) + f" {phrase}."
        for _ in range(30)
    ]
    index = ReuseIndex()
    for n, text in enumerate(texts):
        index.add(str(n), sketch_text(text))
    assert align_texts(texts[0], texts[1]) != []  # on its own the phrase is long enough
    link = link_texts(
        "0",
        texts[0],
        "1",
        texts[1],
        options=LinkOptions(align=AlignOptions(max_frequency=10)),
        frequency=index.shingle_frequency,
        documents=len(index),
    )
    assert link is None


def test_outlet_furniture_is_not_reuse_between_pages_of_that_outlet() -> None:
    furniture = "Follow the Coastal Herald on every platform and sign up for our morning briefing"
    texts = [ORIGINAL + "\n\n" + furniture, OTHER + "\n\n" + furniture]
    index = ReuseIndex()
    for n in range(LinkOptions().same_outlet_max_frequency + 1):
        index.add(f"filler{n}", sketch_text(f"Page {n} words of its own. " + furniture))
    for n, text in enumerate(texts):
        index.add(str(n), sketch_text(text))
    same = link_texts(
        "0",
        texts[0],
        "1",
        texts[1],
        same_outlet=True,
        frequency=index.shingle_frequency,
        documents=len(index),
    )
    assert same is None


def test_quoted_passage_is_marked_quote() -> None:
    quoting = (
        "The council met on Thursday to discuss the closure. Its report was blunt: "
        f"“{P2[:-1]},” the harbour authority said in its notice. Traders were not pleased."
    )
    passages = align_texts(ORIGINAL, quoting)
    assert [p.kind for p in passages] == ["quote"]
    assert quoting[passages[0].b_start : passages[0].b_end] == P2[:-1]


def test_copy_and_quote_are_kept_apart() -> None:
    source = P1 + "\n\n" + f"“{P2[:-1]},” the engineer said." + "\n\n" + P3
    copy = "Local news. " + source
    passages = align_texts(source, copy)
    kinds = {source[p.a_start : p.a_end][:20]: p.kind for p in passages}
    assert "quote" in kinds.values() and "copy" in kinds.values()


def test_quoted_mask_handles_open_quote_at_paragraph_end() -> None:
    text = "He said “this runs on\n\nA new paragraph starts here."
    mask = quoted_mask(text)
    assert mask[text.index("this")] and not mask[text.index("new")]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("2024-05-01", "2024-05-02", "a->b"),
        ("2024-05-03", "2024-05-02", "b->a"),
        ("2024-05-01", "2024-05-01", "unknown"),
        ("2024-05-01T10:00:00+00:00", "2024-05-01T12:00:00+02:00", "unknown"),
        ("2024-05-01T10:00:00+00:00", "2024-05-01T11:00:00+00:00", "a->b"),
        ("2024-05-01T10:00:00", "2024-05-01", "unknown"),
        ("2024-05-01T23:00:00", "2024-05-03", "a->b"),
        (None, "2024-05-01", "unknown"),
        ("not a date", "2024-05-01", "unknown"),
    ],
)
def test_publication_order(first: str | None, second: str | None, expected: str) -> None:
    assert publication_order(first, second) == expected


def article(article_id: str, text: str, published: str | None, outlet: str) -> Article:
    return Article(
        id=article_id,
        source=Source(kind="file", location=f"/tmp/{article_id}.txt"),
        kind="text",
        text=text,
        outlet=outlet,
        published=DateGuess(value=published, method="input", confidence=1.0) if published else None,
    )


def test_repost_and_direction_from_articles() -> None:
    earlier = article("orig", ORIGINAL, "2024-05-01", "Coastal Herald")
    later = article("copy", ORIGINAL.replace("Tuesday", "Tue"), "2024-05-02", "Daily Copier")
    link = link_articles(later, earlier)
    assert link is not None
    assert link.direction == "b->a" and link.repost == "copy"
    assert link.a_share > 0.95 and link.b_share > 0.95


def test_partial_copy_is_not_a_repost() -> None:
    own = OTHER + "\n\n" + P2
    link = link_texts(
        "orig", ORIGINAL, "part", own, a_published="2024-01-01", b_published="2024-01-02"
    )
    assert link is not None and link.repost is None
    assert link.direction == "a->b"
    assert 0.15 < link.b_share < 0.5


def test_unknown_direction_makes_no_repost() -> None:
    link = link_texts("x", ORIGINAL, "y", ORIGINAL)
    assert link is not None and link.direction == "unknown" and link.repost is None


def test_bad_link_options_are_refused() -> None:
    with pytest.raises(ConfigError):
        LinkOptions(repost_share=0.0)


SMALL = st.text(alphabet="ab “”.\n", min_size=0, max_size=300)
WORDY = st.lists(st.sampled_from(["ab", "ba", "aa", "b", "a", "“", "”", ".", "\n\n"]), max_size=120)


@settings(max_examples=80, deadline=None)
@given(WORDY, WORDY, st.integers(0, 120), st.integers(0, 120), st.booleans())
def test_similarity_is_symmetric_and_spans_inside_texts(
    first: list[str], extra: list[str], start: int, size: int, shuffle: bool
) -> None:
    # The second text reuses a slice of the first, so that links do occur.
    words = [f"w{n % 37}" if w in ("a", "b") else w for n, w in enumerate(first)]
    reused = words[start : start + size]
    second = extra + reused[::-1] if shuffle else extra + reused
    a_text, b_text = " ".join(words), " ".join(second)
    forward = link_texts("a", a_text, "b", b_text)
    backward = link_texts("b", b_text, "a", a_text)
    assert (forward is None) == (backward is None)
    if forward is None or backward is None:
        return
    assert forward.similarity == pytest.approx(backward.similarity)
    assert 0.0 <= forward.similarity <= 1.0
    for passage in forward.passages:
        assert 0 <= passage.a_start < passage.a_end <= len(a_text)
        assert 0 <= passage.b_start < passage.b_end <= len(b_text)
        assert 0.0 <= passage.similarity <= 1.0


@settings(max_examples=40, deadline=None)
@given(SMALL, SMALL)
def test_any_text_aligns_without_error(first: str, second: str) -> None:
    for passage in align_texts(first, second):
        assert first[passage.a_start : passage.a_end]
        assert second[passage.b_start : passage.b_end]


VOCABULARY = [
    "council",
    "harbour",
    "ferry",
    "bridge",
    "budget",
    "storm",
    "river",
    "market",
    "school",
    "hospital",
    "drought",
    "station",
    "mayor",
    "police",
    "court",
    "museum",
    "festival",
    "election",
    "minister",
    "factory",
    "union",
    "wage",
    "tunnel",
    "orchard",
    "the",
    "of",
    "and",
    "to",
    "in",
    "that",
    "for",
    "on",
    "with",
    "was",
    "by",
    "at",
    "from",
    "has",
    "were",
    "would",
    "about",
    "after",
]


def planted_pair(seed: int) -> tuple[str, str, str]:
    """An own text, a source passage planted in it with edits, and the passage as written."""
    rng = random.Random(seed)
    passage = [rng.choice(VOCABULARY) + str(rng.randint(0, 9)) for _ in range(60)]
    edited = list(passage)
    for _ in range(4):  # four edits: substitute, delete, insert a clause
        at = rng.randrange(5, len(edited) - 5)
        choice = rng.random()
        if choice < 0.4:
            edited[at] = "changed"
        elif choice < 0.7:
            del edited[at]
        else:
            edited[at:at] = ["an", "inserted", "clause"]
    own = " ".join(rng.choice(VOCABULARY) + "x" + str(n) for n in range(50))
    return " ".join(passage), own + " " + " ".join(edited) + " " + own[::-1], " ".join(edited)


@pytest.mark.parametrize("seed", range(8))
def test_planted_copy_offsets_match_up_to_edits(seed: int) -> None:
    import difflib

    source, copy, edited = planted_pair(seed)
    passages = align_texts(source, copy)
    assert passages
    start = copy.index(edited)
    for passage in passages:
        a_words = source[passage.a_start : passage.a_end].split()
        b_words = copy[passage.b_start : passage.b_end].split()
        assert difflib.SequenceMatcher(None, a_words, b_words).ratio() > 0.85
        assert start <= passage.b_start and passage.b_end <= start + len(edited)
    covered = sum(p.b_end - p.b_start for p in passages)
    assert covered > 0.8 * len(edited)


def test_aligning_again_from_the_cache_gives_the_same_passages() -> None:
    from storytrace.reuse.align import _side, text_tokens

    first = (
        "The council voted on Monday to close the old harbour bridge to lorries after engineers "
        "found cracks in two of its supports, the mayor said at a press conference."
    )
    second = (
        "Lorries may no longer cross: the council voted on Monday to close the old harbour bridge "
        "to lorries after engineers found cracks in two of its supports."
    )
    _side.cache_clear()
    text_tokens.cache_clear()
    fresh = align_texts(first, second)
    assert fresh
    assert align_texts(first, second) == fresh
    assert _side.cache_info().hits >= 2
    cached = text_tokens(first)
    with pytest.raises(ValueError):
        cached.starts[0] = 1  # shared between alignments: read-only


def test_cached_sides_sort_and_count_their_shingles() -> None:
    from storytrace.reuse.align import _side

    text = "the port was shelled and the port was closed, the port was shelled again at dawn"
    side = _side(text, 2)
    assert list(side.sorted_shingles) == sorted(side.shingles.tolist())
    assert list(side.shingles[side.order]) == list(side.sorted_shingles)
    counts = {value: side.shingles.tolist().count(value) for value in side.shingles.tolist()}
    assert side.repeats.tolist() == [counts[value] for value in side.shingles.tolist()]
    assert side.sorted_repeats.tolist() == [counts[v] for v in side.sorted_shingles.tolist()]
