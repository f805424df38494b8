"""Align two texts: the passages they share, with character offsets in both.

1. Anchors: shingles (``k`` words) present in both texts; a shingle repeated more than
   ``max_repeats`` times in either text (a chant, a list) anchors nothing.
2. Chains: anchors taken in the order of the first text join the chain whose last anchor is at most
   ``max_gap`` words behind in *both* texts, preferring the same diagonal. A changed word, a dropped
   word or an inserted clause of up to ``max_gap - k`` words leaves a gap that the chain bridges; a
   paragraph moved elsewhere starts a chain of its own, so reordered text is found as well as text
   in order (unlike passim's single monotone alignment).
   Anchors are IDF-filtered: when a document-frequency function is given, a shingle held by more
   than ``max_frequency`` documents anchors nothing, so stock phrases and boilerplate that many
   documents carry (an outlet's notice, a wire-service copyright line) cannot make a passage.
3. Passages: each chain spans from its first to its last anchor's words in each text. Its
   similarity is the share of the words of the two spans that are covered by anchors. A passage
   needs ``min_words`` words on both sides, so a common phrase ("said in a statement", "according
   to the") never counts on its own.
4. Quotes: a chain is cut where its anchors go in or out of quotation marks (in either text);
   quoted pieces are passages of kind ``"quote"``, the rest ``"copy"``.

The result does not depend on which text is given first (the pair is put in a canonical order and
the offsets swapped back), so similarity is symmetric.

Stable API: :class:`AlignOptions`, :class:`Passage`, :func:`align_texts`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from storytrace.errors import ConfigError
from storytrace.reuse.minhash import SketchOptions
from storytrace.reuse.quotes import quoted_mask
from storytrace.reuse.shingles import I64, U64, Tokens, shingle_hashes, tokenize

#: Document frequency of shingles: hashes in, counts out (see ReuseIndex.shingle_frequency).
Frequency = Callable[[U64], I64]

PASSAGE_KINDS = frozenset({"copy", "quote"})


@dataclass(frozen=True, slots=True, kw_only=True)
class AlignOptions:
    """Alignment parameters.

    Attributes:
        sketch: the sketch options of the index (shingle size and winnowing window), so that the
            fingerprints looked up for document frequency are the indexed ones.
        max_gap: most words between two anchors of one passage, in each text.
        min_words: fewest words a passage spans in each text.
        max_repeats: a shingle found more often than this in one text is not an anchor.
        max_frequency: a shingle in more documents than this is not an anchor: a stock phrase
            ("did not respond to a request for comment") or furniture (only applies when a
            document-frequency function is given; :func:`storytrace.reuse.link_texts` sets it
            from the corpus size).
    """

    sketch: SketchOptions = field(default_factory=SketchOptions)
    max_gap: int = 24
    min_words: int = 12
    max_repeats: int = 4
    max_frequency: int = 100

    def __post_init__(self) -> None:
        if self.max_gap < 1 or self.min_words < 1 or self.max_repeats < 1:
            raise ConfigError("max_gap, min_words and max_repeats must be at least 1")
        if self.max_frequency < 2:
            raise ConfigError("max_frequency must be at least 2 (a shared passage is in 2 texts)")


@dataclass(frozen=True, slots=True, kw_only=True)
class Passage:
    """A passage shared by two texts.

    Attributes:
        a_start: character offset of the passage in the first text; ``a_end`` just past it.
        b_start: the same in the second text; ``b_end`` just past it.
        similarity: share of the passage's words, in both texts, that match the other text (0..1).
        kind: ``"copy"`` or ``"quote"`` (inside quotation marks in either text).
        a_words: words the passage spans in the first text; ``b_words`` in the second.
    """

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float
    kind: str
    a_words: int
    b_words: int

    def swapped(self) -> Passage:
        """The same passage seen from the other text."""
        return Passage(
            a_start=self.b_start,
            a_end=self.b_end,
            b_start=self.a_start,
            b_end=self.a_end,
            similarity=self.similarity,
            kind=self.kind,
            a_words=self.b_words,
            b_words=self.a_words,
        )

    def to_dict(self) -> dict[str, int | float | str]:
        return {
            "a_start": self.a_start,
            "a_end": self.a_end,
            "b_start": self.b_start,
            "b_end": self.b_end,
            "similarity": self.similarity,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class _Side:
    text: str
    tokens: Tokens
    shingles: U64
    quoted: npt.NDArray[np.bool_]
    words: list[int]
    quoted_words: list[bool]
    #: the shingles' stable sort order, the sorted shingles, and how often each shingle's
    #: value occurs in this text (what every alignment with this text looks up)
    order: I64
    sorted_shingles: U64
    repeats: I64
    sorted_repeats: I64


#: How many texts' words, shingles and quote masks are kept between alignments: a new article
#: is aligned with each of its candidates in turn, and popular originals with many copies.
SIDE_CACHE = 512


@functools.lru_cache(maxsize=SIDE_CACHE)
def _side(text: str, k: int) -> _Side:
    """A text read for alignment (cached; its arrays are read-only)."""
    tokens = text_tokens(text)
    shingles = shingle_hashes(tokens.hashes, k)
    mask = quoted_mask(text)
    quoted = mask[tokens.starts] if len(tokens) else np.zeros(0, dtype=bool)
    order = np.argsort(shingles, kind="stable")
    sorted_shingles = shingles[order]
    _, inverse, counts = np.unique(shingles, return_inverse=True, return_counts=True)
    repeats = counts[inverse].astype(np.int64)
    sorted_repeats = repeats[order]
    for array in (shingles, quoted, order, sorted_shingles, repeats, sorted_repeats):
        array.setflags(write=False)
    return _Side(
        text=text,
        tokens=tokens,
        shingles=shingles,
        quoted=quoted,
        words=tokens.hashes.tolist(),
        quoted_words=quoted.tolist(),
        order=order,
        sorted_shingles=sorted_shingles,
        repeats=repeats,
        sorted_repeats=sorted_repeats,
    )


@functools.lru_cache(maxsize=SIDE_CACHE)
def text_tokens(text: str) -> Tokens:
    """:func:`~storytrace.reuse.shingles.tokenize`, cached for the texts being aligned (the
    arrays are read-only)."""
    tokens = tokenize(text)
    for array in (tokens.hashes, tokens.starts, tokens.ends):
        array.setflags(write=False)
    return tokens


def align_texts(
    a_text: str,
    b_text: str,
    *,
    options: AlignOptions | None = None,
    frequency: Frequency | None = None,
) -> list[Passage]:
    """Find the passages two texts share.

    Args:
        a_text: the first text.
        b_text: the second text.
        options: alignment parameters; the defaults when ``None``.
        frequency: document frequency of fingerprint keys; without it nothing is boilerplate.

    Returns:
        the shared passages, in the order of the first text.
    """
    options = options or AlignOptions()
    if (len(b_text), b_text) < (len(a_text), a_text):
        flipped = align_texts(b_text, a_text, options=options, frequency=frequency)
        return sorted((p.swapped() for p in flipped), key=lambda p: (p.a_start, p.b_start))
    k = options.sketch.shingle_words
    a_side, b_side = _side(a_text, k), _side(b_text, k)
    if len(a_side.tokens) < options.min_words or len(b_side.tokens) < options.min_words:
        return []
    allowed = None
    if frequency is not None:
        allowed = frequency(a_side.shingles) <= options.max_frequency
    first, second = _anchors(a_side, b_side, options.max_repeats, allowed)
    passages: list[Passage] = []
    for chain in _chains(first, second, options.max_gap):
        for piece, kind in _split_quotes(chain, a_side, b_side, options, first, second):
            passage = _passage(piece, kind, a_side, b_side, first, second, options)
            if passage is not None:
                passages.append(passage)
    return sorted(passages, key=lambda p: (p.a_start, p.b_start))


def _anchors(
    a_side: _Side, b_side: _Side, max_repeats: int, allowed: npt.NDArray[np.bool_] | None
) -> tuple[I64, I64]:
    a, order, sorted_b = a_side.shingles, b_side.order, b_side.sorted_shingles
    low = np.searchsorted(sorted_b, a, "left")
    if len(sorted_b):
        # the run of equal values starting at ``low`` is as long as the value repeats in b
        at = np.minimum(low, len(sorted_b) - 1)
        counts = np.where(sorted_b[at] == a, b_side.sorted_repeats[at], 0)
    else:
        counts = np.zeros(len(a), dtype=np.int64)
    usable = (counts > 0) & (counts <= max_repeats) & (a_side.repeats <= max_repeats)
    if allowed is not None:
        usable &= allowed
    positions = np.flatnonzero(usable)
    counts = counts[usable]
    first = np.repeat(positions, counts)
    offsets = np.arange(len(first)) - np.repeat(np.cumsum(counts) - counts, counts)
    second = order[np.repeat(low[usable], counts) + offsets]
    return first.astype(np.int64), second.astype(np.int64)


def _chains(first: I64, second: I64, max_gap: int) -> list[list[int]]:
    chains: list[list[int]] = []
    active: list[int] = []
    last_i: list[int] = []
    last_j: list[int] = []
    for index, (i, j) in enumerate(zip(first.tolist(), second.tolist(), strict=True)):
        best, best_cost = -1, 0
        keep: list[int] = []
        for chain in active:
            gap_i = i - last_i[chain]
            if gap_i > max_gap:
                continue
            keep.append(chain)
            gap_j = j - last_j[chain]
            if gap_i > 0 and 0 < gap_j <= max_gap:
                cost = abs(gap_i - gap_j) * 2 + gap_i
                if best < 0 or cost < best_cost:
                    best, best_cost = chain, cost
        if best < 0:
            best = len(chains)
            chains.append([])
            last_i.append(i)
            last_j.append(j)
            keep.append(best)
        chains[best].append(index)
        last_i[best], last_j[best] = i, j
        active = keep
    return chains


def _split_quotes(
    chain: list[int],
    a_side: _Side,
    b_side: _Side,
    options: AlignOptions,
    first: I64,
    second: I64,
) -> list[tuple[list[int], str]]:
    middle = options.sketch.shingle_words // 2
    flags = [
        bool(a_side.quoted[min(first[n] + middle, len(a_side.quoted) - 1)])
        or bool(b_side.quoted[min(second[n] + middle, len(b_side.quoted) - 1)])
        for n in chain
    ]
    pieces: list[tuple[list[int], str]] = []
    shortest = max(1, options.min_words - options.sketch.shingle_words + 1)
    for anchor, quoted in zip(chain, flags, strict=True):
        kind = "quote" if quoted else "copy"
        if pieces and pieces[-1][1] == kind:
            pieces[-1][0].append(anchor)
        else:
            pieces.append(([anchor], kind))
    # A stretch too short to stand alone joins its neighbour: a stray mark does not cut a passage.
    merged: list[tuple[list[int], str]] = []
    for anchors, kind in pieces:
        if merged and (len(anchors) < shortest or len(merged[-1][0]) < shortest):
            keep_kind = merged[-1][1] if len(anchors) < shortest else kind
            merged[-1] = (merged[-1][0] + anchors, keep_kind)
        else:
            merged.append((anchors, kind))
    return merged


# Passage ends are extended over a changed word or two: the next run of at least _EXTEND_RUN
# matching words within _EXTEND_REACH words on both sides (and near the same diagonal) is taken in.
# Five-word anchors alone lose the last words of a sentence after an edit.
_EXTEND_RUN = 3
_EXTEND_REACH = 6


@dataclass(frozen=True, slots=True)
class _Pair:
    a: list[int]
    b: list[int]
    a_quoted: list[bool]
    b_quoted: list[bool]
    quoted: bool

    def same(self, x: int, y: int) -> bool:
        """Words x of a and y of b match and lie on the passage's side of the quotation marks."""
        return (
            0 <= x < len(self.a)
            and 0 <= y < len(self.b)
            and self.a[x] == self.b[y]
            and (self.a_quoted[x] or self.b_quoted[y]) == self.quoted
        )


def _next_match(pair: _Pair, i: int, j: int, step: int) -> tuple[int, int] | None:
    for da in range(_EXTEND_REACH):
        for db in range(max(0, da - 3), min(_EXTEND_REACH, da + 4)):
            x, y = i + step * da, j + step * db
            if all(pair.same(x + step * n, y + step * n) for n in range(_EXTEND_RUN)):
                return x, y
    return None


def _extend_right(pair: _Pair, i: int, j: int) -> tuple[int, int, int]:
    matched = 0
    while (found := _next_match(pair, i, j, 1)) is not None:
        i, j = found
        while pair.same(i, j):
            i, j, matched = i + 1, j + 1, matched + 1
    return i, j, matched


def _extend_left(pair: _Pair, i: int, j: int) -> tuple[int, int, int]:
    matched = 0
    while (found := _next_match(pair, i - 1, j - 1, -1)) is not None:
        x, y = found
        while pair.same(x, y):
            x, y, matched = x - 1, y - 1, matched + 1
        i, j = x + 1, y + 1
    return i, j, matched


def _coverage(positions: I64, k: int) -> int:
    ordered = np.sort(positions)
    # Union of [p, p + k): each anchor adds k words, minus what it shares with the previous one.
    overlap = np.minimum(np.diff(ordered), k)
    return int(k + overlap.sum()) if len(ordered) else 0


def _passage(
    chain: list[int],
    kind: str,
    a_side: _Side,
    b_side: _Side,
    first: I64,
    second: I64,
    options: AlignOptions,
) -> Passage | None:
    k = options.sketch.shingle_words
    a_positions, b_positions = first[chain], second[chain]
    a_low, a_high = int(a_positions.min()), int(a_positions.max()) + k
    b_low, b_high = int(b_positions.min()), int(b_positions.max()) + k
    a_high, b_high = min(a_high, len(a_side.tokens)), min(b_high, len(b_side.tokens))
    if min(a_high - a_low, b_high - b_low) < options.min_words:
        return None
    a_covered, b_covered = _coverage(a_positions, k), _coverage(b_positions, k)
    pair = _Pair(
        a_side.words, b_side.words, a_side.quoted_words, b_side.quoted_words, kind == "quote"
    )
    a_high, b_high, extra = _extend_right(pair, a_high, b_high)
    a_low, b_low, extra_left = _extend_left(pair, a_low, b_low)
    a_words, b_words = a_high - a_low, b_high - b_low
    extra += extra_left
    covered = min(a_covered + extra, a_words) + min(b_covered + extra, b_words)
    return Passage(
        a_start=int(a_side.tokens.starts[a_low]),
        a_end=int(a_side.tokens.ends[a_high - 1]),
        b_start=int(b_side.tokens.starts[b_low]),
        b_end=int(b_side.tokens.ends[b_high - 1]),
        similarity=min(1.0, covered / (a_words + b_words)),
        kind=kind,
        a_words=a_words,
        b_words=b_words,
    )
