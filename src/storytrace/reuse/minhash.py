"""MinHash signatures, LSH band keys and winnowed fingerprints of one text: its sketch.

The signature is one-permutation hashing (Li, Owen and Zhang 2012) with rotation densification
(Shrivastava and Li 2014): each shingle hash falls in one of ``num_perm`` bins by its top bits, a
bin keeps its smallest value, and an empty bin borrows the value of the next filled bin. It
estimates Jaccard similarity like ``num_perm`` independent permutations at the cost of one hash per
shingle (measured in docs/reuse.md: about ten times faster in numpy than ``(a*x+b) mod p``
permutations).

Band keys (``bands`` bands of ``num_perm / bands`` rows) are even 64-bit numbers; winnowed
fingerprints are odd, so both live in one index without colliding.

Stable API: :class:`SketchOptions`, :class:`DocSketch`, :func:`sketch_text`, :func:`sketch_words`,
:func:`signature`, :func:`band_keys`, :func:`candidate_probability`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

import numpy as np
import numpy.typing as npt

from storytrace.errors import ConfigError
from storytrace.reuse.shingles import I64, U64, shingle_hashes, tokenize, window_minima, winnow

U32 = npt.NDArray[np.uint32]

_EMPTY: Final = np.uint64(0xFFFFFFFF)
_STEP: Final = np.uint64(0x9E3779B9)
_BAND_SALT: Final = np.uint64(0xD6E8FEB86659FD93)
_BASE: Final = np.uint64(0x9E3779B97F4A7C15)
_ONE: Final = np.uint64(1)


@dataclass(frozen=True, slots=True, kw_only=True)
class SketchOptions:
    """How texts are sketched for candidate search.

    Attributes:
        shingle_words: words per shingle.
        num_perm: MinHash size; a power of two (bins of one-permutation hashing).
        bands: LSH bands; ``num_perm`` must be a multiple. 64 bands of 2 rows find a pair with
            Jaccard 0.3 with probability 0.998 and one with 0.1 with probability 0.47.
        window: winnowing window in shingles: any shared run of ``window + shingle_words - 1``
            words (16 by default) gives a shared fingerprint, however small the overlap.
    """

    shingle_words: int = 5
    num_perm: int = 128
    bands: int = 64
    window: int = 12

    def __post_init__(self) -> None:
        if self.shingle_words < 1 or self.window < 1:
            raise ConfigError("shingle_words and window must be at least 1")
        if self.num_perm < 2 or self.num_perm & (self.num_perm - 1):
            raise ConfigError(f"num_perm must be a power of two, not {self.num_perm}")
        if self.bands < 1 or self.num_perm % self.bands:
            raise ConfigError(f"bands ({self.bands}) must divide num_perm ({self.num_perm})")

    @property
    def rows(self) -> int:
        """Signature values per band."""
        return self.num_perm // self.bands


@dataclass(frozen=True, slots=True, kw_only=True)
class DocSketch:
    """What the reuse index keeps of one text.

    Attributes:
        signature: ``num_perm`` MinHash values (``uint32``); empty when the text has no words.
        fingerprints: distinct winnowed shingle hashes, odd (``uint64``).
        shingles: how many shingles the text has.
        keys: the index keys: band keys and fingerprints, sorted.
        shingle_hashes: the shingle hashes themselves, for the index's frequency counter; not
            stored by :meth:`to_row` (a sketch rebuilt from a row has none).
    """

    signature: U32
    fingerprints: U64
    shingles: int
    keys: U64 = field(repr=False)
    shingle_hashes: U64 = field(repr=False)

    def to_row(self) -> dict[str, bytes | int]:
        """Columns for a ``reuse_sketch`` row: two little-endian blobs and the shingle count."""
        return {
            "signature": self.signature.astype("<u4").tobytes(),
            "fingerprints": self.fingerprints.astype("<u8").tobytes(),
            "shingles": self.shingles,
        }

    @classmethod
    def from_row(
        cls, row: dict[str, bytes | int], options: SketchOptions | None = None
    ) -> DocSketch:
        """Rebuild a sketch from :meth:`to_row` output (band keys are recomputed).

        Raises:
            ConfigError: the row does not hold blobs, or its signature has another size.
        """
        options = options or SketchOptions()
        signature_blob, fingerprint_blob = row["signature"], row["fingerprints"]
        if not isinstance(signature_blob, bytes) or not isinstance(fingerprint_blob, bytes):
            raise ConfigError("a reuse_sketch row needs bytes in signature and fingerprints")
        signature = np.frombuffer(signature_blob, dtype="<u4").astype(np.uint32)
        if len(signature) not in (0, options.num_perm):
            raise ConfigError(
                f"stored signature has {len(signature)} values, the options say "
                f"{options.num_perm}; sketch again with the options it was made with"
            )
        fingerprints = np.frombuffer(fingerprint_blob, dtype="<u8").astype(np.uint64)
        empty = np.zeros(0, dtype=np.uint64)
        return _build(signature, fingerprints, int(row["shingles"]), empty, options)


def _build(
    signature: U32, fingerprints: U64, count: int, shingles: U64, options: SketchOptions
) -> DocSketch:
    bands = band_keys(signature, options.bands) if len(signature) else np.zeros(0, np.uint64)
    return DocSketch(
        signature=signature,
        fingerprints=fingerprints,
        shingles=count,
        keys=np.sort(np.concatenate([bands, fingerprints])),
        shingle_hashes=shingles,
    )


def signature(shingles: U64, num_perm: int) -> U32:
    """One-permutation MinHash signature of a set of shingle hashes, densified.

    Args:
        shingles: shingle hashes (repeats are harmless).
        num_perm: signature size, a power of two.

    Returns:
        ``num_perm`` ``uint32`` values; empty when there are no shingles.
    """
    if len(shingles) == 0:
        return np.zeros(0, dtype=np.uint32)
    bits = num_perm.bit_length() - 1
    # The bin is the top bits and the value the next 32, so in sorted order the first hash of
    # each bin holds its minimum: a sort replaces the (much slower) minimum.at.
    ordered = np.sort(shingles)
    bins = (ordered >> np.uint64(64 - bits)).astype(np.intp)
    first = np.flatnonzero(np.diff(bins, prepend=-1))
    result = np.full(num_perm, _EMPTY, dtype=np.uint64)
    result[bins[first]] = (ordered[first] << np.uint64(bits)) >> np.uint64(32)
    filled = np.zeros(num_perm, dtype=bool)
    filled[bins[first]] = True
    if not filled.all():
        _densify(result, filled)
    return result.astype(np.uint32)


def _densify(result: U64, filled: npt.NDArray[np.bool_]) -> None:
    # Rotation densification (Shrivastava and Li 2014): an empty bin takes the value of the next
    # filled bin to its right, plus an offset per step so that neighbours borrowing from the same
    # bin still differ. The same rule for every document keeps the estimate consistent.
    full = np.flatnonzero(filled)
    empty = np.flatnonzero(~filled)
    donor = full[np.searchsorted(full, empty) % len(full)]
    distance = ((donor - empty) % len(result)).astype(np.uint64)
    result[empty] = (result[donor] + distance * _STEP) & _EMPTY


def band_keys(values: U32, bands: int) -> U64:
    """LSH keys of a signature: one even 64-bit key per band.

    Args:
        values: a MinHash signature.
        bands: how many bands; must divide ``len(values)``.

    Returns:
        ``bands`` keys; two signatures agree on band ``i`` iff their keys ``i`` are equal (up to
        64-bit collisions).
    """
    rows = values.astype(np.uint64).reshape(bands, -1)
    keys = np.arange(bands, dtype=np.uint64) * _BAND_SALT
    for column in range(rows.shape[1]):
        keys = keys * _BASE + rows[:, column]
    keys = keys ^ (keys >> np.uint64(29))
    keys = keys * _BAND_SALT
    keys = keys ^ (keys >> np.uint64(32))
    result: U64 = keys & ~_ONE
    return result


def sketch_words(hashes: U64, options: SketchOptions | None = None) -> DocSketch:
    """Sketch a text given as word hashes.

    Args:
        hashes: the word hashes of the text (see :func:`storytrace.reuse.shingles.tokenize`).
        options: sketch parameters; the defaults when ``None``.

    Returns:
        the signature, fingerprints and index keys of the text.
    """
    options = options or SketchOptions()
    shingles = shingle_hashes(hashes, options.shingle_words)
    values = signature(shingles, options.num_perm)
    fingerprints = np.unique(winnow(shingles, options.window) | _ONE)
    return _build(values, fingerprints, len(shingles), shingles, options)


def sketch_text(text: str, options: SketchOptions | None = None) -> DocSketch:
    """Sketch a text: shingle it, MinHash it, winnow it.

    Args:
        text: the article text.
        options: sketch parameters; the defaults when ``None``.

    Returns:
        the text's :class:`DocSketch`.
    """
    return sketch_words(tokenize(text).hashes, options)


def estimate_jaccard(first: DocSketch, second: DocSketch) -> float:
    """Estimated Jaccard similarity of the shingle sets of two sketches (0 when either is empty)."""
    if len(first.signature) == 0 or len(first.signature) != len(second.signature):
        return 0.0
    return float(np.mean(first.signature == second.signature))


def candidate_probability(jaccard: float, *, bands: int, rows: int) -> float:
    """Probability that LSH makes a pair with this Jaccard similarity a candidate: 1-(1-J^r)^b."""
    return float(1.0 - (1.0 - jaccard**rows) ** bands)


def sketch_texts(texts: list[str], options: SketchOptions | None = None) -> list[DocSketch]:
    """Sketch many texts at once; the same sketches as :func:`sketch_text`, several times faster.

    The texts are tokenised, shingled, MinHashed and winnowed as one array, so numpy's per-call
    cost is paid once per batch instead of once per text.

    Args:
        texts: the texts, any number (worked on in batches of a few hundred).
        options: sketch parameters; the defaults when ``None``.

    Returns:
        one sketch per text, in order.
    """
    options = options or SketchOptions()
    result: list[DocSketch] = []
    for start in range(0, len(texts), _MAX_BATCH):
        result.extend(_sketch_batch(texts[start : start + _MAX_BATCH], options))
    return result


# Batches of a few hundred texts keep the arrays in cache; larger ones are slower, not faster.
_MAX_BATCH: Final = 256


def _batch_shingles(texts: list[str], k: int) -> tuple[U64, I64]:
    """All shingles of all texts, grouped by text, and the number of the text of each."""
    tokens = tokenize("\n".join(texts))
    lengths = np.array([len(text) + 1 for text in texts], dtype=np.int64)
    text_starts = np.cumsum(lengths) - lengths
    owner = np.searchsorted(text_starts, tokens.starts, "right") - 1
    words = np.bincount(owner, minlength=len(texts))
    shingles = shingle_hashes(tokens.hashes, k)
    if len(tokens) >= k:
        valid = owner[: len(shingles)] == owner[k - 1 :]
        shingles, shingle_owner = shingles[valid], owner[: len(valid)][valid]
    else:
        shingles, shingle_owner = np.zeros(0, np.uint64), np.zeros(0, np.int64)
    short = np.flatnonzero((words > 0) & (words < k))
    if len(short):
        # A text shorter than a shingle has one shingle of all its words (as in shingle_hashes).
        first_word = np.cumsum(words) - words
        extra = [
            shingle_hashes(tokens.hashes[first_word[t] : first_word[t] + words[t]], k)
            for t in short
        ]
        shingles = np.concatenate([shingles, *extra])
        shingle_owner = np.concatenate([shingle_owner, short.astype(np.int64)])
        order = np.argsort(shingle_owner, kind="stable")
        shingles, shingle_owner = shingles[order], shingle_owner[order]
    return shingles, shingle_owner.astype(np.int64)


def _batch_signatures(shingles: U64, owner: I64, count: int, num_perm: int) -> U64:
    bits = num_perm.bit_length() - 1
    combined = (owner.astype(np.uint64) << np.uint64(bits + 32)) | (
        shingles >> np.uint64(32 - bits)
    )
    combined.sort()
    groups = combined >> np.uint64(32)
    first = np.flatnonzero(np.diff(groups, prepend=groups[:1] ^ _ONE)) if len(groups) else groups
    rows = (groups[first] >> np.uint64(bits)).astype(np.intp)
    columns = (groups[first] & np.uint64(num_perm - 1)).astype(np.intp)
    matrix = np.full((count, num_perm), _EMPTY, dtype=np.uint64)
    matrix[rows, columns] = combined[first] & _EMPTY
    filled = np.zeros((count, num_perm), dtype=bool)
    filled[rows, columns] = True
    # Rotation densification for every row at once: the next filled column to the right,
    # wrapping around, found with a reversed running minimum over the row written twice.
    position = np.where(filled, np.arange(num_perm), 2 * num_perm)
    doubled = np.concatenate([position, position + num_perm], axis=1)
    following = np.minimum.accumulate(doubled[:, ::-1], axis=1)[:, ::-1][:, :num_perm]
    has_any = filled.any(axis=1)
    following[~has_any] = np.arange(num_perm)
    donor = following % num_perm
    distance = (following - np.arange(num_perm)).astype(np.uint64)
    taken = np.take_along_axis(matrix, donor, axis=1)
    return (taken + distance * _STEP) & _EMPTY


def _batch_fingerprints(shingles: U64, owner: I64, count: int, window: int) -> tuple[U64, I64]:
    counts = np.bincount(owner, minlength=count)
    starts = np.cumsum(counts) - counts
    parts_values: list[U64] = []
    parts_owner: list[I64] = []
    small = np.flatnonzero((counts > 0) & (counts <= window))
    if len(small):
        parts_values.append(
            np.minimum.reduceat(shingles, starts[small]) if len(small) else shingles
        )
        parts_owner.append(small.astype(np.int64))
        # reduceat runs to the next start, which is this text's end only if texts are adjacent:
        parts_values[-1] = np.array(
            [shingles[starts[t] : starts[t] + counts[t]].min() for t in small], dtype=np.uint64
        )
    if len(shingles) > window:
        minima = window_minima(shingles, window)
        valid = owner[: len(minima)] == owner[window - 1 :]
        minima, minima_owner = minima[valid], owner[: len(valid)][valid]
        changed = np.ones(len(minima), dtype=bool)
        changed[1:] = (minima[1:] != minima[:-1]) | (minima_owner[1:] != minima_owner[:-1])
        parts_values.append(minima[changed])
        parts_owner.append(minima_owner[changed])
    if not parts_values:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    values = np.concatenate(parts_values) | _ONE
    value_owner = np.concatenate(parts_owner)
    values, value_owner = _by_owner_then_value(values, value_owner, count)
    keep = np.ones(len(values), dtype=bool)
    keep[1:] = (values[1:] != values[:-1]) | (value_owner[1:] != value_owner[:-1])
    return values[keep], value_owner[keep]


def _by_owner_then_value(values: U64, owner: I64, count: int) -> tuple[U64, I64]:
    """Sort by owner, then value: a quicksort of the values, then a stable radix sort of small
    owners (several times faster than ``np.lexsort``, which merge-sorts both)."""
    if count >= 1 << 16:
        order = np.lexsort((values, owner))
    else:
        order = np.argsort(values)
        order = order[np.argsort(owner[order].astype(np.uint16), kind="stable")]
    return values[order], owner[order]


def _sketch_batch(texts: list[str], options: SketchOptions) -> list[DocSketch]:
    count = len(texts)
    if not count:
        return []
    shingles, owner = _batch_shingles(texts, options.shingle_words)
    matrix = _batch_signatures(shingles, owner, count, options.num_perm)
    fingerprints, fingerprint_owner = _batch_fingerprints(shingles, owner, count, options.window)
    shingle_bounds = np.searchsorted(owner, np.arange(count + 1))
    fingerprint_bounds = np.searchsorted(fingerprint_owner, np.arange(count + 1))
    values = matrix.astype(np.uint32)
    bands = _batch_band_keys(values, options.bands)
    empty_signature = np.zeros(0, dtype=np.uint32)
    sketches = []
    # Python ints, not numpy scalars: this loop runs once per text (issue 4).
    shingle_edges, fingerprint_edges = shingle_bounds.tolist(), fingerprint_bounds.tolist()
    for number in range(count):
        low, high = shingle_edges[number], shingle_edges[number + 1]
        prints = fingerprints[fingerprint_edges[number] : fingerprint_edges[number + 1]]
        has_words = high > low
        keys = np.concatenate((bands[number], prints)) if has_words else prints.copy()
        keys.sort()
        sketches.append(
            DocSketch(
                signature=values[number] if has_words else empty_signature,
                fingerprints=prints,
                shingles=high - low,
                keys=keys,
                shingle_hashes=shingles[low:high],
            )
        )
    return sketches


def _batch_band_keys(values: U32, bands: int) -> U64:
    rows = values.astype(np.uint64).reshape(len(values), bands, -1)
    keys = np.broadcast_to(np.arange(bands, dtype=np.uint64) * _BAND_SALT, rows.shape[:2]).copy()
    for column in range(rows.shape[2]):
        keys = keys * _BASE + rows[:, :, column]
    keys = keys ^ (keys >> np.uint64(29))
    keys = keys * _BAND_SALT
    keys = keys ^ (keys >> np.uint64(32))
    result: U64 = keys & ~_ONE
    return result
