"""An incremental index of sketches: add one text, get the earlier texts that may share passages.

Keys (LSH band keys and winnowed fingerprints, see :mod:`storytrace.reuse.minhash`) are kept in a
few sorted numpy runs of ``(key, document number)``, merged like a log-structured merge tree: adding
a document appends a small run and merges runs of similar size (a linear merge, no sort), so an add
costs ``O(log n)`` amortised. Lookups are ``searchsorted`` calls, only for the keys a bit table of
the keys held lets through (most keys are in no run), and through a fence of every 64th key in
runs of millions of keys. :meth:`ReuseIndex.add_arrays` gives the candidates of a batch as arrays
(no Python object per candidate). In memory the whole state is two arrays and a list of ids
(:class:`IndexState`). Over a store (``base``, an :class:`IndexBase`) the index keeps
only the documents added since it was opened, reads the stored postings of the keys it looks up,
and :meth:`ReuseIndex.changes` gives the rows to append (:class:`IndexChanges`), so adding
documents costs the same however many the store holds.

A fingerprint held by more than ``max_postings`` documents is treated as boilerplate (a notice every
page of an outlet carries) and does not make candidates; a band key is capped at
``max_band_postings`` for the same reason (hundreds of one-line items that are all alike).

Near-copies (many agreeing bands) are remembered as neighbours; a new document whose candidate is a
near-copy, or shares several fingerprints with it, also gets that candidate's neighbours: two
copies of one source share text even when their own edits hide it from LSH.

The index also counts shingles in a count-min sketch (their document frequency), which alignment
uses to ignore stock phrases and furniture.

Stable API: :class:`ReuseIndex`, :class:`IndexOptions`, :class:`IndexState`, :class:`IndexBase`,
:class:`IndexChanges`, :class:`Candidate`, :class:`CandidateArrays`, :data:`COUNTER_PAGE_CELLS`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal, NamedTuple, Protocol

import numpy as np
import numpy.typing as npt

from storytrace.errors import ConfigError
from storytrace.reuse.minhash import DocSketch, SketchOptions
from storytrace.reuse.shingles import I64, U64

U32 = npt.NDArray[np.uint32]
_ONE = np.uint64(1)
# A new run is merged into the previous one while the previous is at most this many times larger;
# higher means fewer runs to search and more copying.
_MERGE_RATIO = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexOptions:
    """Index parameters.

    Attributes:
        sketch: how texts are sketched; the index only accepts sketches made with these.
        max_postings: a fingerprint in more documents than this makes no candidates.
        max_band_postings: a band key in more documents than this makes no candidates.
        strong_bands: a candidate with at least this many agreeing bands (Jaccard about
            ``(strong_bands / bands) ** (1 / rows)``, 0.25 by default) is a near-copy: the two are
            remembered as neighbours.
        expand_fingerprints: a candidate that is a near-copy, or shares at least this many
            fingerprints, also brings its neighbours as candidates: two copies of one source
            share text even when their own edits hide it from LSH.
        max_expansion: at most this many neighbours are brought in per document.
        counter_bits: log2 of the width of the shingle document-frequency counter (two rows of
            ``uint32``: 32 MiB at 22 bits). Estimates only err upwards; widen it past about
            ``2**counter_bits / 500`` documents for exact counts of rare shingles.
    """

    sketch: SketchOptions = field(default_factory=SketchOptions)
    max_postings: int = 30
    max_band_postings: int = 2000
    strong_bands: int = 4
    expand_fingerprints: int = 2
    max_expansion: int = 50
    counter_bits: int = 22

    def __post_init__(self) -> None:
        if self.max_postings < 1 or self.max_band_postings < 1:
            raise ConfigError("max_postings and max_band_postings must be at least 1")
        if not 10 <= self.counter_bits <= 30:
            raise ConfigError(f"counter_bits must be in 10..30, not {self.counter_bits}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """An earlier document that may share passages with the one just added.

    Attributes:
        doc_id: its id.
        bands: how many LSH bands agree (``bands / total bands`` ~ Jaccard ** rows).
        fingerprints: how many winnowed fingerprints the two share.
        via: for a candidate found as the neighbour of another candidate (and sharing no key),
            that candidate's id.
    """

    doc_id: str
    bands: int
    fingerprints: int
    via: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateArrays:
    """The candidates of a batch of documents as arrays (:meth:`ReuseIndex.add_arrays`).

    The candidates of the batch's ``n``-th document are entries ``bounds[n]:bounds[n + 1]``, in
    the order :meth:`ReuseIndex.add_many` gives them; name them with :meth:`ReuseIndex.doc_ids`.

    Attributes:
        first: the document number of the batch's first document.
        bounds: ``int64``, one more than the batch has documents.
        others: each candidate's document number (``int64``).
        bands: how many LSH bands agree (``int64``).
        fingerprints: how many winnowed fingerprints the two share (``int64``).
        via: for a candidate found as the neighbour of another candidate, that candidate's
            document number; -1 for the others.
    """

    first: int
    bounds: I64
    others: I64
    bands: I64
    fingerprints: I64
    via: I64


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexState:
    """The index as plain data.

    Attributes:
        ids: document ids, in the order they were added; a document's number is its position.
        keys: sorted ``uint64`` keys.
        docs: ``uint32`` document number of each key.
        counts: the shingle document-frequency counter, ``(2, 2**counter_bits)`` ``uint32``.
        neighbours: near-copy pairs of document numbers, ``(n, 2)`` ``uint32``.
    """

    ids: tuple[str, ...]
    keys: U64
    docs: U32
    counts: U32
    neighbours: U32


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexChanges:
    """What an index backed by a store added since it was opened: the rows to append.

    Attributes:
        first: the number of the first new document (the base's size).
        ids: the new documents' ids, numbered from ``first`` on.
        keys: the new documents' keys (``uint64``), sorted.
        docs: the document number of each key (``uint32``).
        neighbours: near-copy list entries ``(document, position, neighbour)`` appended, in order
            (``(n, 3)`` ``int64``); positions continue the stored lists.
        counts: the shingle counter, ``(2, 2**counter_bits)`` ``uint32``.
        pages: the counter pages (of :data:`COUNTER_PAGE_CELLS` cells of the flattened counter)
            that changed.
    """

    first: int
    ids: tuple[str, ...]
    keys: U64
    docs: U32
    neighbours: I64
    counts: U32
    pages: I64


class IndexBase(Protocol):
    """The documents a store already holds, as a :class:`ReuseIndex` reads them.

    Documents are numbered ``0 .. size - 1`` in the order they were added; new ones continue.
    """

    def size(self) -> int:
        """How many documents the store holds."""

    def postings(self, keys: U64, *, band_cap: int, fingerprint_cap: int) -> tuple[U64, U32]:
        """The stored ``(key, document number)`` pairs of these keys, sorted by key then number.

        At most ``band_cap`` per band key (even) and ``fingerprint_cap`` per fingerprint (odd),
        the lowest numbers first: a key past its cap makes no candidates, so more are not needed.
        """

    def doc_ids(self, numbers: list[int]) -> dict[int, str]:
        """The ids of these document numbers."""

    def neighbours(self, number: int) -> list[int]:
        """A document's near-copy list, in the order it grew."""

    def counts(self, shape: tuple[int, int]) -> U32:
        """The stored shingle counter (zeros when none is stored yet)."""


#: Cells per page of the flattened shingle counter, the unit a store rewrites (16 KiB).
COUNTER_PAGE_CELLS = 4096
_PAGE_SHIFT = np.uint64(COUNTER_PAGE_CELLS.bit_length() - 1)
_FIELD = (1 << 20) - 1


class _Direct(NamedTuple):
    """A batch's direct matches, one entry per pair, by document then most agreeing bands:
    the batch position of the document, the earlier document's number, agreeing bands and
    shared fingerprints."""

    owner: I64
    others: I64
    bands: I64
    fingerprints: I64


def _no_candidates(first: int, count: int) -> CandidateArrays:
    empty = np.zeros(0, dtype=np.int64)
    return CandidateArrays(
        first=first,
        bounds=np.zeros(count + 1, dtype=np.int64),
        others=empty,
        bands=empty,
        fingerprints=empty,
        via=empty,
    )


# A frozen dataclass sets each field through object.__setattr__ in __init__, about 2 us per
# candidate: a tenth of the candidate stage (issue 4). Setting the slots directly makes the same
# objects in under half the time.
_new_object = object.__new__
_set_doc_id = getattr(Candidate, "doc_id").__set__  # noqa: B009 (mypy types it as str)
_set_bands = getattr(Candidate, "bands").__set__  # noqa: B009
_set_fingerprints = getattr(Candidate, "fingerprints").__set__  # noqa: B009
_set_via = getattr(Candidate, "via").__set__  # noqa: B009


@contextmanager
def _no_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while candidates are made.

    Candidates are acyclic, but allocating hundreds of thousands of them triggers full collections
    that traverse the whole heap (the caller's articles included): at 30,000 articles they took
    more time than making the candidates (issue 4). The collector's state is restored after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _direct_candidate(doc_id: str, bands: int, fingerprints: int) -> Candidate:
    """``Candidate(doc_id=doc_id, bands=bands, fingerprints=fingerprints)``, faster."""
    candidate: Candidate = _new_object(Candidate)
    _set_doc_id(candidate, doc_id)
    _set_bands(candidate, bands)
    _set_fingerprints(candidate, fingerprints)
    _set_via(candidate, None)
    return candidate


def _candidate(doc_id: str, bands: int, fingerprints: int, via: str | None) -> Candidate:
    """``Candidate(doc_id=doc_id, bands=bands, fingerprints=fingerprints, via=via)``, faster."""
    candidate: Candidate = _new_object(Candidate)
    _set_doc_id(candidate, doc_id)
    _set_bands(candidate, bands)
    _set_fingerprints(candidate, fingerprints)
    _set_via(candidate, via)
    return candidate


class _Presence:
    """Which keys the runs in memory may hold: one bit per value of a key's top bits.

    A key whose bit is clear is in no run and is not searched. The bits grow with the keys (16 to
    32 bits per key after each rebuild, rebuilt from the keys when they are down to 8), so a key
    absent from the index passes with a probability of 3 to 12 %, and the table takes 1 to 4
    bytes per key.
    """

    def __init__(self) -> None:
        self._bits = 16
        self._table = np.zeros(1 << (self._bits - 3), dtype=np.uint8)
        self._count = 0

    @property
    def nbytes(self) -> int:
        return int(self._table.nbytes)

    def add(self, keys: U64, runs: list[_Run]) -> None:
        """Note new keys; ``runs`` are all the runs, these keys included (for a rebuild)."""
        self._count += len(keys)
        if self._count << 3 > 1 << self._bits:
            self._bits = (self._count << 4).bit_length()
            self._table = np.zeros(1 << (self._bits - 3), dtype=np.uint8)
            for run in runs:
                self._mark(run.keys)
        else:
            self._mark(keys)

    def _mark(self, keys: U64) -> None:
        """Set the bits of sorted keys: the bits of one byte are joined first (no ``ufunc.at``)."""
        if not len(keys):
            return
        spot = keys >> np.uint64(64 - self._bits)
        bit = np.left_shift(np.uint8(1), (spot & np.uint64(7)).astype(np.uint8))
        byte = (spot >> np.uint64(3)).astype(np.intp)
        first = np.flatnonzero(np.concatenate([[True], byte[1:] != byte[:-1]]))
        self._table[byte[first]] |= np.bitwise_or.reduceat(bit, first)

    def holds(self, keys: U64) -> npt.NDArray[np.bool_]:
        spot = keys >> np.uint64(64 - self._bits)
        byte = self._table[(spot >> np.uint64(3)).astype(np.intp)]
        held: npt.NDArray[np.bool_] = (byte >> (spot & np.uint64(7)).astype(np.uint8)) & 1 > 0
        return held


@dataclass(slots=True)
class _Run:
    """Sorted ``(key, document number)`` pairs; a large run also keeps every 64th key (its
    fence), which stays in the cache where the run does not."""

    keys: U64
    docs: U32
    fence: U64 | None = None

    def __post_init__(self) -> None:
        if len(self.keys) >= _FENCED_RUN:
            self.fence = self.keys[::_FENCE_STEP].copy()


class ReuseIndex:
    """Candidate search over every document added so far.

    Args:
        options: index parameters; the defaults when ``None``.
        base: the documents a store already holds. The index then keeps only the documents
            added since in memory, reads the stored postings of the keys it looks up, and
            :meth:`changes` gives the rows to append.
    """

    def __init__(self, options: IndexOptions | None = None, *, base: IndexBase | None = None):
        self.options = options or IndexOptions()
        self._base = base
        self._first = base.size() if base is not None else 0
        self._ids: list[str] = []
        self._old_ids: dict[int, str] = {}
        self._runs: list[_Run] = []
        self._presence = _Presence()
        self._neighbours: dict[int, list[int]] = {}
        self._neighbour_log: list[tuple[int, int, int]] = []
        shape = (2, 1 << self.options.counter_bits)
        self._counts = base.counts(shape) if base is not None else np.zeros(shape, np.uint32)
        if self._counts.shape != shape:
            raise ConfigError(
                f"the stored counter has shape {self._counts.shape}, the options give {shape}; "
                "use the counter_bits it was built with"
            )
        self._dirty = np.zeros(self._counts.size // COUNTER_PAGE_CELLS, dtype=bool)

    def __len__(self) -> int:
        return self._first + len(self._ids)

    @property
    def nbytes(self) -> int:
        """Bytes held in memory by the key arrays, their fences and the presence filter (ids
        and the shingle counter not counted)."""
        fences = sum(run.fence.nbytes for run in self._runs if run.fence is not None)
        keys = sum(run.keys.nbytes + run.docs.nbytes for run in self._runs)
        return keys + fences + self._presence.nbytes

    def count_shingles(self, shingles: U64) -> None:
        """Count shingles in the document-frequency counter.

        Args:
            shingles: the shingle hashes of one or more documents. A shingle repeated inside a
                document counts each time; 5-word shingles rarely repeat, and counting too high
                only makes a shingle look more common (safer than the reverse).
        """
        if not len(shingles):
            return
        # ufunc.at with matching dtypes takes numpy's fast path (much faster than sorting).
        one = np.uint32(1)
        pages_per_row = self._counts.shape[1] // COUNTER_PAGE_CELLS
        for row, cells in enumerate(self._cells(shingles)):
            np.add.at(self._counts[row], cells, one)
            self._dirty[row * pages_per_row :][cells >> _PAGE_SHIFT] = True

    def shingle_frequency(self, shingles: U64) -> I64:
        """Estimated number of counted documents holding each shingle (never too low)."""
        rows = [self._counts[row][cells] for row, cells in enumerate(self._cells(shingles))]
        result: I64 = np.minimum(rows[0], rows[1]).astype(np.int64)
        return result

    def _cells(self, shingles: U64) -> tuple[U64, U64]:
        bits = np.uint64(64 - self.options.counter_bits)
        mask = np.uint64((1 << self.options.counter_bits) - 1)
        return shingles >> bits, shingles & mask

    def add(self, doc_id: str, sketch: DocSketch) -> list[Candidate]:
        """Add one document and return the earlier documents it may share passages with.

        Args:
            doc_id: the document's id (an article id).
            sketch: its sketch, made with ``options.sketch``.

        Returns:
            the candidates, most band agreements first.

        Raises:
            ConfigError: the sketch was made with another signature size.
        """
        return self.add_many([(doc_id, sketch)])[0]

    def add_many(self, items: list[tuple[str, DocSketch]]) -> list[list[Candidate]]:
        """Add documents in order; the same candidates as calling :meth:`add` for each, faster.

        Args:
            items: ``(doc_id, sketch)`` pairs in the order they should be added.

        Returns:
            the candidates of each document, in the order of ``items``.

        Raises:
            ConfigError: a sketch was made with another signature size.
        """
        found = self.add_arrays(items)
        if not len(found.others):
            return [[] for _ in items]
        with _no_collection():
            return self._candidates(found)

    def add_arrays(self, items: list[tuple[str, DocSketch]]) -> CandidateArrays:
        """Add documents in order; the candidates of :meth:`add_many`, as arrays.

        No Python object is made per candidate, which is most of the cost of :meth:`add_many`
        when candidates are many (issue 4). Name them with :meth:`doc_ids`.

        Args:
            items: ``(doc_id, sketch)`` pairs in the order they should be added.

        Returns:
            the candidates of every document of the batch.

        Raises:
            ConfigError: a sketch was made with another signature size.
        """
        for _, sketch in items:
            if len(sketch.signature) not in (0, self.options.sketch.num_perm):
                raise ConfigError(
                    f"sketch has {len(sketch.signature)} MinHash values, the index expects "
                    f"{self.options.sketch.num_perm}; sketch with the index's options"
                )
        base = len(self)
        if not items:
            return _no_candidates(base, 0)
        sizes = np.array([len(sketch.keys) for _, sketch in items], dtype=np.int64)
        keys = np.concatenate([sketch.keys for _, sketch in items])
        owner = np.repeat(np.arange(len(items), dtype=np.int64), sizes)
        # Group equal keys, earlier documents first: a key's rank in its group is how many
        # documents of this batch held it before.
        order = np.argsort(keys)
        keys, owner = keys[order], owner[order]
        new_group = np.ones(len(keys), dtype=bool)
        new_group[1:] = keys[1:] != keys[:-1]
        if not new_group.all():
            _order_ties(keys, owner, new_group)
        group_start = np.maximum.accumulate(np.where(new_group, np.arange(len(keys)), 0))
        rank = np.arange(len(keys)) - group_start
        stored = self._stored_run(keys[new_group])
        everywhere = np.arange(len(keys))
        bounds = [(run, everywhere, *_postings(run, keys)) for run in stored]
        bounds += self._look_up(keys)
        frequency = rank.copy()
        for _, spots, low, high in bounds:
            frequency[spots] += high - low
        is_band = (keys & _ONE) == 0
        cap = np.where(is_band, self.options.max_band_postings, self.options.max_postings)
        usable = (frequency > 0) & (frequency <= cap)
        found_owner: list[I64] = []
        found_docs: list[I64] = []
        found_band: list[npt.NDArray[np.bool_]] = []
        for run, spots, low, high in bounds:
            lengths = np.where(usable[spots], high - low, 0)
            total = int(lengths.sum())
            if total:
                starts = np.repeat(low - np.cumsum(lengths) + lengths, lengths)
                found_docs.append(run.docs[np.arange(total) + starts].astype(np.int64))
                found_owner.append(np.repeat(owner[spots], lengths))
                found_band.append(np.repeat(is_band[spots], lengths))
        # Earlier documents of this batch with the same key: the `rank` entries before it.
        lengths = np.where(usable, rank, 0)
        total = int(lengths.sum())
        if total:
            starts = np.repeat(group_start - np.cumsum(lengths) + lengths, lengths)
            found_docs.append(owner[np.arange(total) + starts] + base)
            found_owner.append(np.repeat(owner, lengths))
            found_band.append(np.repeat(is_band, lengths))
        self.count_shingles(np.concatenate([sketch.shingle_hashes for _, sketch in items]))
        self._ids.extend(doc_id for doc_id, _ in items)
        if len(keys):
            self._push(_Run(keys, (owner + base).astype(np.uint32)))
        if not found_docs:
            return _no_candidates(base, len(items))
        direct = self._count_many(
            np.concatenate(found_owner),
            np.concatenate(found_docs),
            np.concatenate(found_band),
            len(items),
        )
        return self._expand(base, len(items), direct)

    def doc_ids(self, numbers: list[int]) -> list[str]:
        """The ids of these document numbers (as :class:`CandidateArrays` gives them).

        Raises:
            ConfigError: a number is not in the index.
        """
        self._learn_ids(np.array(numbers, dtype=np.int64))
        return self._names(numbers)

    def _stored_run(self, keys: U64) -> list[_Run]:
        """The stored postings of these distinct sorted keys as one run (none without a base)."""
        if self._base is None or not self._first or not len(keys):
            return []
        # One more than a cap is enough to know a key is past it.
        found_keys, found_docs = self._base.postings(
            keys,
            band_cap=self.options.max_band_postings + 1,
            fingerprint_cap=self.options.max_postings + 1,
        )
        return [_Run(found_keys, found_docs)] if len(found_keys) else []

    def _learn_ids(self, numbers: I64) -> None:
        """Fetch from the base the ids of stored documents about to be named as candidates."""
        if self._base is None:
            return
        stored = np.unique(numbers[(numbers >= 0) & (numbers < self._first)]).tolist()
        missing = [number for number in stored if number not in self._old_ids]
        if missing:
            self._old_ids.update(self._base.doc_ids(missing))

    def _name(self, number: int) -> str:
        if number >= self._first:
            return self._ids[number - self._first]
        known = self._old_ids.get(number)
        if known is None and self._base is not None:
            self._old_ids.update(self._base.doc_ids([number]))
            known = self._old_ids.get(number)
        if known is None:
            raise ConfigError(f"the stored reuse index has no document number {number}")
        return known

    def _neighbours_of(self, number: int) -> list[int]:
        known = self._neighbours.get(number)
        if known is None:
            base = self._base
            known = base.neighbours(number) if base is not None and number < self._first else []
            self._neighbours[number] = known
        return known

    def _link_neighbours(self, first: int, second: int) -> None:
        for one, other in ((first, second), (second, first)):
            listed = self._neighbours_of(one)
            self._neighbour_log.append((one, len(listed), other))
            listed.append(other)

    def _names(self, numbers: list[int]) -> list[str]:
        first, ids = self._first, self._ids
        if not first:
            return [ids[number] for number in numbers]
        return [ids[n - first] if n >= first else self._name(n) for n in numbers]

    def _candidates(self, found: CandidateArrays) -> list[list[Candidate]]:
        """:class:`Candidate` objects from arrays, per document of the batch."""
        self._learn_ids(found.others)
        names = self._names(found.others.tolist())
        bands, fingerprints = found.bands.tolist(), found.fingerprints.tolist()
        if not (found.via >= 0).any():
            flat = list(map(_direct_candidate, names, bands, fingerprints))
        else:
            # A candidate's `via` is a direct candidate of the same document, named already.
            named = dict(zip(found.others.tolist(), names, strict=True))
            via_names = [None if number < 0 else named[number] for number in found.via.tolist()]
            flat = list(
                map(
                    _candidate,
                    names,
                    bands,
                    fingerprints,
                    via_names,
                )
            )
        bounds = found.bounds.tolist()
        return [flat[bounds[n] : bounds[n + 1]] for n in range(len(bounds) - 1)]

    def _expand(self, first: int, count: int, direct: _Direct) -> CandidateArrays:
        """The direct candidates of a batch, plus the neighbours of the strong ones."""
        owner, others, bands, fingerprints = direct
        options = self.options
        expands = (bands >= options.strong_bands) | (fingerprints >= options.expand_fingerprints)
        spots = np.flatnonzero(expands)
        if not len(spots):
            return CandidateArrays(
                first=first,
                bounds=np.searchsorted(owner, np.arange(count + 1)),
                others=others,
                bands=bands,
                fingerprints=fingerprints,
                via=np.full(len(others), -1, dtype=np.int64),
            )
        via_owner, via_others, via = self._neighbours_for(first, direct, spots)
        every_owner = np.concatenate([owner, np.array(via_owner, dtype=np.int64)])
        # Each document's direct candidates, then the neighbours they brought, in order.
        order = np.argsort(every_owner, kind="stable")
        extra = np.zeros(len(via_owner), dtype=np.int64)
        return CandidateArrays(
            first=first,
            bounds=np.searchsorted(every_owner[order], np.arange(count + 1)),
            others=np.concatenate([others, np.array(via_others, dtype=np.int64)])[order],
            bands=np.concatenate([bands, extra])[order],
            fingerprints=np.concatenate([fingerprints, extra])[order],
            via=np.concatenate(
                [np.full(len(others), -1, dtype=np.int64), np.array(via, dtype=np.int64)]
            )[order],
        )

    def _neighbours_for(
        self, first: int, direct: _Direct, spots: I64
    ) -> tuple[list[int], list[int], list[int]]:
        """Link the near-copies among the direct candidates at ``spots``, document by document,
        and bring the neighbours of every candidate there: ``(owner, neighbour, via)`` lists."""
        owner, others, bands, _ = direct
        limit, strong = self.options.max_expansion, self.options.strong_bands
        spot_owners = owner[spots].tolist()
        spot_others = others[spots].tolist()
        spot_strong = (bands[spots] >= strong).tolist()
        expanding = np.unique(owner[spots])
        lows = np.searchsorted(owner, expanding, "left").tolist()
        highs = np.searchsorted(owner, expanding, "right").tolist()
        neighbours = self._neighbours
        via_owner: list[int] = []
        via_others: list[int] = []
        via: list[int] = []
        position, spot_count, group = 0, len(spot_owners), 0
        while position < spot_count:
            doc = spot_owners[position]
            number = first + doc
            seen = set(others[lows[group] : highs[group]].tolist())
            group += 1
            seen.add(number)
            added = 0
            while position < spot_count and spot_owners[position] == doc:
                other = spot_others[position]
                position += 1
                if spot_strong[position - 1]:
                    self._link_neighbours(number, other)
                if added >= limit:
                    continue
                listed = neighbours.get(other)
                if listed is None:
                    listed = self._neighbours_of(other)
                # A near-copy list holds each document once, so this keeps the list order.
                fresh = [n for n in listed if n not in seen]
                if not fresh:
                    continue
                fresh = fresh[: limit - added]
                seen.update(fresh)
                added += len(fresh)
                via_owner.extend([doc] * len(fresh))
                via_others.extend(fresh)
                via.extend([other] * len(fresh))
        return via_owner, via_others, via

    def _count_many(
        self, owner: I64, docs: I64, band: npt.NDArray[np.bool_], count: int
    ) -> _Direct:
        """Direct matches per pair: by document, most agreeing bands first, then most shared
        fingerprints, then document number."""
        pair = (owner.astype(np.uint64) << np.uint64(32)) | docs.astype(np.uint64)
        pairs, inverse = np.unique(pair, return_inverse=True)
        bands = np.bincount(inverse, weights=band, minlength=len(pairs)).astype(np.int64)
        total = np.bincount(inverse, minlength=len(pairs))
        fingerprints = total - bands
        pair_owner = (pairs >> np.uint64(32)).astype(np.int64)
        pair_doc = (pairs & np.uint64(0xFFFFFFFF)).astype(np.int64)
        # One packed stable sort instead of a three-key lexsort: bands fit in 20 bits (at most
        # num_perm), and fingerprint counts past 2**20 - 1 tie.
        if self.options.sketch.bands <= _FIELD and count < 1 << 23:
            capped = np.minimum(fingerprints, _FIELD)
            packed = (pair_owner << 40) | ((_FIELD - bands) << 20) | (_FIELD - capped)
            order = np.argsort(packed, kind="stable")
        else:
            order = np.lexsort((-fingerprints, -bands, pair_owner))
        return _Direct(
            owner=pair_owner[order],
            others=pair_doc[order],
            bands=bands[order],
            fingerprints=fingerprints[order],
        )

    def document_frequency(self, keys: U64) -> I64:
        """How many indexed documents hold each key (a fingerprint's document frequency)."""
        counts = np.zeros(len(keys), dtype=np.int64)
        if self._base is not None and self._first and len(keys):
            distinct = np.unique(keys)
            stored, _ = self._base.postings(distinct, band_cap=len(self), fingerprint_cap=len(self))
            counts += np.searchsorted(stored, keys, "right") - np.searchsorted(stored, keys, "left")
        for run in self._runs:
            low, high = _postings(run, keys)
            counts += high - low
        return counts

    def state(self) -> IndexState:
        """The index as plain arrays and the ids.

        Raises:
            ConfigError: the index has a stored base (use :meth:`changes`).
        """
        if self._base is not None:
            raise ConfigError("an index over a stored base has no whole state; use changes()")
        self._compact()
        run = self._runs[0] if self._runs else _Run(np.zeros(0, np.uint64), np.zeros(0, np.uint32))
        pairs = [(a, b) for a, others in self._neighbours.items() for b in others if a < b]
        return IndexState(
            ids=tuple(self._ids),
            keys=run.keys.copy(),
            docs=run.docs.copy(),
            counts=self._counts.copy(),
            neighbours=np.array(pairs, dtype=np.uint32).reshape(-1, 2),
        )

    def changes(self) -> IndexChanges:
        """What was added since the index was made: the rows a store appends."""
        self._compact()
        run = self._runs[0] if self._runs else _Run(np.zeros(0, np.uint64), np.zeros(0, np.uint32))
        return IndexChanges(
            first=self._first,
            ids=tuple(self._ids),
            keys=run.keys,
            docs=run.docs,
            neighbours=np.array(self._neighbour_log, dtype=np.int64).reshape(-1, 3),
            counts=self._counts,
            pages=np.flatnonzero(self._dirty),
        )

    @classmethod
    def from_state(cls, state: IndexState, options: IndexOptions | None = None) -> ReuseIndex:
        """Rebuild an index from :meth:`state` output.

        Raises:
            ConfigError: the state's counter has another size than the options give.
        """
        index = cls(options)
        if state.counts.shape != index._counts.shape:
            raise ConfigError(
                f"the stored counter has shape {state.counts.shape}, the options give "
                f"{index._counts.shape}; use the counter_bits it was built with"
            )
        index._ids = list(state.ids)
        index._counts = state.counts.astype(np.uint32, copy=True)
        index._dirty[:] = index._counts.reshape(-1, COUNTER_PAGE_CELLS).any(axis=1)
        for first, second in state.neighbours.tolist():
            index._link_neighbours(first, second)
        if len(state.keys):
            order = np.argsort(state.keys, kind="stable")
            index._push(_Run(state.keys[order], state.docs[order]))
        return index

    def _look_up(self, keys: U64) -> list[tuple[_Run, I64, I64, I64]]:
        """Where keys' postings are in each run in memory: ``(run, spots, start, end)`` for the
        keys at ``spots`` (the others are in no run; start = end when absent).

        Most keys are in no run (7 % of lookups found postings at 30,000 articles), so only the
        keys the presence filter lets through are searched.
        """
        if not self._runs:
            return []
        maybe = np.flatnonzero(self._presence.holds(keys))
        wanted = keys[maybe]
        return [(run, maybe, *_postings(run, wanted)) for run in self._runs]

    def _push(self, run: _Run) -> None:
        self._runs.append(run)
        self._presence.add(run.keys, self._runs)
        while len(self._runs) >= 2 and len(self._runs[-2].keys) <= _MERGE_RATIO * len(
            self._runs[-1].keys
        ):
            last = self._runs.pop()
            previous = self._runs.pop()
            self._runs.append(_merge(previous, last))

    def _compact(self) -> None:
        while len(self._runs) >= 2:
            last = self._runs.pop()
            previous = self._runs.pop()
            self._runs.append(_merge(previous, last))


def _order_ties(keys: U64, owner: I64, new_group: npt.NDArray[np.bool_]) -> None:
    """Put the documents of equal keys in order, in place (the sort before was not stable).

    Only keys held by several documents of a batch are sorted again: far fewer than all, so
    this and a quicksort cost less than one stable sort of every key.
    """
    alone = np.ones(len(keys), dtype=bool)
    alone[:-1] = new_group[1:]
    tied = np.flatnonzero(~(new_group & alone))
    order = np.lexsort((owner[tied], keys[tied]))
    owner[tied] = owner[tied][order]


# Runs of at least this many keys get a fence: binary searches over the whole run miss the cache
# at every step once it holds millions of keys (issue 4).
_FENCED_RUN = 1 << 22
_FENCE_STEP = 64


def _postings(run: _Run, keys: U64) -> tuple[I64, I64]:
    """Where each key's postings start and end in a run (start = end when absent)."""
    low = _search(run, keys, "left")
    high = low.copy()
    if not len(run.keys):
        return low, high
    # Most keys are in no run: search the end only for the ones found. A key past the last one
    # (low == len) differs from the last one, so clipping is safe.
    hit = np.flatnonzero(run.keys[np.minimum(low, len(run.keys) - 1)] == keys)
    high[hit] = _search(run, keys[hit], "right")
    return low, high


def _search(run: _Run, keys: U64, side: Literal["left", "right"]) -> I64:
    """``np.searchsorted(run.keys, keys, side)``; through the fence when the run has one.

    The fence places each key within 64 keys of the run (``fence[j - 1] < key <= fence[j]``
    for the left side), and a binary search of all keys at once, seven steps, finishes there.
    """
    size = len(run.keys)
    if run.fence is None or not size:
        found: I64 = np.searchsorted(run.keys, keys, side)
        return found
    block = np.searchsorted(run.fence, keys, side)
    low = np.maximum(block * _FENCE_STEP - _FENCE_STEP + 1, 0)
    high = np.minimum(block * _FENCE_STEP, size)
    for _ in range(_FENCE_STEP.bit_length()):
        middle = (low + high) >> 1
        value = run.keys[np.minimum(middle, size - 1)]
        before = (value < keys) if side == "left" else (value <= keys)
        before &= low < high
        low = np.where(before, middle + 1, low)
        high = np.where(before | (low >= high), high, middle)
    return low


def _merge(first: _Run, second: _Run) -> _Run:
    """Merge two runs, ``second``'s documents added after ``first``'s, in linear time.

    ``second``'s keys go after the equal keys of ``first``, so each key's postings stay in the
    order documents were added; nothing is sorted again (a stable argsort of both and two
    gathers cost several times more at a million keys, issue 4).
    """
    size = len(first.keys) + len(second.keys)
    # Both are sorted: numpy narrows each search from the last one's result.
    spots = np.searchsorted(first.keys, second.keys, "right") + np.arange(len(second.keys))
    kept = np.ones(size, dtype=bool)
    kept[spots] = False
    keys = np.empty(size, dtype=np.uint64)
    keys[spots] = second.keys
    keys[kept] = first.keys
    docs = np.empty(size, dtype=np.uint32)
    docs[spots] = second.docs
    docs[kept] = first.docs
    return _Run(keys=keys, docs=docs)
