"""Words, word shingles and winnowed fingerprints of a text, as 64-bit hashes.

A word is a maximal run of letters, digits, combining marks or underscores (Python's ``\\w`` plus
marks); everything else (space, punctuation, symbols) separates words. Words are compared casefolded
character by character, so punctuation is dropped and numbers are kept. A shingle is ``k``
consecutive words.

Tokenising runs in numpy over the code points of the text (no per-word Python work), which is what
makes sketching fast; hashes are stable across processes and machines, so they can be stored and
compared later.

Stable API: :func:`tokenize`, :func:`shingle_hashes`, :func:`winnow`, :class:`Tokens`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
U32 = npt.NDArray[np.uint32]

# Odd 64-bit constants (splitmix64 / golden ratio); the polynomial bases mix order in.
_BASE: Final = np.uint64(0x9E3779B97F4A7C15)
_MIX1: Final = np.uint64(0xBF58476D1CE4E5B9)
_MIX2: Final = np.uint64(0x94D049BB133111EB)
_CHAR_BASE: Final = np.uint64(0x100000001B3)

# Code point -> (is a word character, casefolded code point); ASCII in arrays, the rest cached.
_ASCII_WORD: Final = np.array(
    [chr(c).isalnum() or chr(c) == "_" for c in range(128)] + [False], dtype=bool
)
_ASCII_FOLD: Final = np.array([ord(chr(c).casefold()) for c in range(128)] + [0], dtype=np.uint32)
# bytes.translate table for ASCII: casefolded code + 1 for a word character, 0 for a separator.
_ASCII_VALUES: Final = bytes(
    ord(chr(c).casefold()) + 1 if chr(c).isalnum() or chr(c) == "_" else 0 for c in range(128)
) + bytes(128)
_unicode_classes: dict[int, tuple[bool, int]] = {}
_CHAR_INVERSE: Final = np.uint64(pow(0x100000001B3, -1, 2**64))
# Texts up to this many characters (batches of a few hundred articles) hash words from prefix
# sums over a cached table of powers (2 x 8 MiB); longer ones word by word.
_PREFIX_LIMIT: Final = 1 << 20
_powers: list[U64] = [np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Tokens:
    """The words of a text: their hashes and where they are.

    Attributes:
        hashes: a stable 64-bit hash of each casefolded word, in text order.
        starts: character offset of each word in the text.
        ends: character offset just past each word.
    """

    hashes: U64
    starts: I64
    ends: I64

    def __len__(self) -> int:
        return len(self.hashes)


def _classify(code: int) -> tuple[bool, int]:
    known = _unicode_classes.get(code)
    if known is None:
        char = chr(code)
        is_word = char.isalnum() or char == "_" or unicodedata.category(char).startswith("M")
        folded = char.casefold()
        known = (is_word, ord(folded) if len(folded) == 1 else code)
        if len(_unicode_classes) < 200_000:
            _unicode_classes[code] = known
    return known


def _code_points(text: str) -> tuple[U64, npt.NDArray[np.bool_]]:
    # Any text: one code point per character, for texts that are mostly not ASCII.
    # surrogatepass: a lone surrogate (from broken input) is one code point like any other.
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    clipped = np.minimum(codes, 128)
    is_word = _ASCII_WORD[clipped]
    folded = _ASCII_FOLD[clipped].astype(np.uint64)
    wide = codes >= 128
    distinct, inverse = np.unique(codes[wide], return_inverse=True)
    classes = [_classify(int(code)) for code in distinct]
    is_word[wide] = np.array([c[0] for c in classes], dtype=bool)[inverse]
    folded[wide] = np.array([c[1] for c in classes], dtype=np.uint64)[inverse]
    return folded, is_word


def _char_values(text: str, powers: U64) -> tuple[U64, npt.NDArray[np.bool_]] | None:
    """``(casefolded code point + 1) * B**t`` for word characters (0 elsewhere), and which are.

    The fast path for mostly ASCII text (English news with a few curly quotes and dashes): one
    C-level ``bytes.translate`` folds case and blanks separators, and the few other characters
    are patched one by one. None when more than 1 in 64 characters are not ASCII.
    """
    raw = text.encode("ascii", "replace")
    # Not ASCII became "?": each "?" is a real question mark or a character to patch.
    marks = raw.count(b"?")
    if marks > len(raw) >> 6:
        return None
    data = np.frombuffer(raw.translate(_ASCII_VALUES), dtype=np.uint8)
    values = np.multiply(data, powers[: len(data)], dtype=np.uint64)
    is_word = data != 0
    if marks:
        spots = np.flatnonzero(np.frombuffer(raw, dtype=np.uint8) == 63).tolist()
        wide = [spot for spot in spots if text[spot] != "?"]
        if wide:
            classes = [_classify(ord(text[spot])) for spot in wide]
            where = np.array(wide, dtype=np.intp)
            flags = np.array([c[0] for c in classes], dtype=bool)
            folded = np.array([c[1] + 1 for c in classes], dtype=np.uint64) * flags
            is_word[where] = flags
            values[where] = folded * powers[where]
    return values, is_word


def _power_tables(length: int) -> tuple[U64, U64]:
    # CHAR_BASE ** i and its inverse modulo 2**64 (the base is odd, so it has one).
    if len(_powers[0]) < length:
        size = max(length, 2 * len(_powers[0]), _PREFIX_LIMIT + 1)
        table = np.full(size, _CHAR_BASE, dtype=np.uint64)
        table[0] = 1
        inverse = np.full(size, _CHAR_INVERSE, dtype=np.uint64)
        inverse[0] = 1
        _powers[0] = np.cumprod(table, dtype=np.uint64)
        _powers[1] = np.cumprod(inverse, dtype=np.uint64)
    return _powers[0], _powers[1]


def _word_sums(values: U64, starts: I64) -> U64:
    # Polynomial hash sum(c_t * B**(t - start)) of each word: the sum of c_t * B**t from its start
    # to the next word's start (separators count 0), shifted back by B**-start.
    _, inverses = _power_tables(len(values) + 1)
    sums: U64 = np.add.reduceat(values, starts) * inverses[starts]
    return sums


def _word_sums_segments(values: U64, starts: I64, lengths: I64) -> U64:
    # The same sums for a long text: powers only up to the longest word, word by word; values
    # are those of the word characters only, in order.
    offsets = np.cumsum(lengths) - lengths
    exponents = np.arange(len(values)) - np.repeat(offsets, lengths)
    powers, _ = _power_tables(int(lengths.max()) + 1)
    sums: U64 = np.add.reduceat(values * powers[exponents], offsets, dtype=np.uint64)
    return sums


def tokenize(text: str) -> Tokens:
    """Find the words of ``text``, hash them and keep where each one is.

    Args:
        text: any string; empty is fine.

    Returns:
        the word hashes and their character offsets into ``text``.
    """
    empty = np.zeros(0, dtype=np.int64)
    if not text:
        return Tokens(hashes=np.zeros(0, dtype=np.uint64), starts=empty, ends=empty)
    long = len(text) > _PREFIX_LIMIT
    fast = None if long else _char_values(text, _power_tables(len(text) + 1)[0])
    if fast is None:
        folded, is_word = _code_points(text)
        values = (folded + np.uint64(1)) * is_word
    else:
        values, is_word = fast
    padded = np.zeros(len(is_word) + 2, dtype=bool)
    padded[1:-1] = is_word
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    if not len(edges):
        return Tokens(hashes=np.zeros(0, dtype=np.uint64), starts=empty, ends=empty)
    # Word edges alternate: a start (separator -> word) then an end (word -> separator).
    starts, ends = np.ascontiguousarray(edges[0::2]), np.ascontiguousarray(edges[1::2])
    lengths = ends - starts
    if long:
        sums = _word_sums_segments(values[is_word], starts, lengths)
    elif fast is None:
        sums = _word_sums(values * _power_tables(len(values) + 1)[0][: len(values)], starts)
    else:
        sums = _word_sums(values, starts)
    hashes = _finalize(sums ^ (lengths.astype(np.uint64) * _MIX2))
    return Tokens(
        hashes=hashes,
        starts=starts.astype(np.int64, copy=False),
        ends=ends.astype(np.int64, copy=False),
    )


def _finalize(values: U64) -> U64:
    # splitmix64 finaliser: every input bit affects every output bit, so the top bits (used for
    # bins) and the low bits (used for values) behave like independent hashes.
    values = values ^ (values >> np.uint64(30))
    values = values * _MIX1
    values = values ^ (values >> np.uint64(27))
    values = values * _MIX2
    return values ^ (values >> np.uint64(31))


def shingle_hashes(hashes: U64, k: int) -> U64:
    """Combine word hashes into one hash per ``k``-word shingle.

    A text shorter than ``k`` words gives one shingle of all its words (none when empty), so that a
    short text still has a signature.

    Args:
        hashes: word hashes in text order.
        k: words per shingle, at least 1.

    Returns:
        ``len(hashes) - k + 1`` hashes; shingle ``i`` covers words ``i .. i + k - 1``.
    """
    count = len(hashes)
    if count == 0:
        return np.zeros(0, dtype=np.uint64)
    width = min(k, count)
    size = count - width + 1
    combined = hashes[:size].copy()
    for offset in range(1, width):
        combined = combined * _BASE + hashes[offset : offset + size]
    return _finalize(combined)


def winnow(shingles: U64, window: int) -> U64:
    """The winnowed fingerprints: the smallest hash of every window of ``window`` shingles.

    Any run of ``window + k - 1`` identical words shared by two texts yields at least one shared
    fingerprint (Schleimer, Wilkerson and Aiken 2003, "Winnowing"), however small the overlap.

    Args:
        shingles: shingle hashes in text order.
        window: shingles per window, at least 1.

    Returns:
        the window minima in text order, a minimum shared by neighbouring windows once (a text
        shorter than a window gives its minimum).
    """
    if len(shingles) == 0:
        return np.zeros(0, dtype=np.uint64)
    if len(shingles) <= window:
        return np.array([shingles.min()], dtype=np.uint64)
    minima = window_minima(shingles, window)
    changed = np.ones(len(minima), dtype=bool)
    changed[1:] = minima[1:] != minima[:-1]
    return minima[changed]


def window_minima(values: U64, window: int) -> U64:
    """Minimum of every run of ``window`` consecutive values (van Herk-style doubling in numpy)."""
    # minima[i] holds min(values[i : i + span]); spans double until they cover the window.
    minima, span = values, 1
    result: U64 | None = None
    covered = 0
    remaining = window
    while remaining:
        if remaining & 1:
            size = len(values) - covered - span + 1
            part = minima[covered : covered + size]
            result = part if result is None else np.minimum(result[:size], part)
            covered += span
        remaining >>= 1
        if remaining:
            minima = np.minimum(minima[:-span], minima[span:])
            span *= 2
    assert result is not None
    return result[: len(values) - window + 1]
