"""Cost of adding articles to a reuse index kept in the store, as the store grows (issue 4).

    python bench/bench_reuse_store.py --sizes 10000 100000 --add 100

For each size N, a store file is filled with the reuse index of N synthetic articles
(bench/synthetic_reuse.py), written the way runs write it (``ReuseIndex`` over the stored rows,
appending rows, 10,000 articles per run). Then ``--add`` new articles are added ``--repeat``
times, as ``linking.update_reuse`` adds them (one at a time, each looked up against the stored
rows), and each step is timed:

- open: the index over the store (its size and the fixed-size shingle counter);
- add: sketching and adding the articles (reads the stored postings of their keys);
- write: appending the rows (keys, document numbers, near-copy lists, counter pages).

Alignment is left out: it costs per candidate pair and reads two articles by primary key, which
does not depend on N. For comparison, the same additions with the index as one blob (how stores
before migration 5 kept it: load it whole, add, write it back whole) are timed too.

Also reported: store bytes per indexed article (SQLite ``dbstat``, per table) and the memory a
run holds (the counter plus the new articles' keys).

Prints JSON on standard output.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from storytrace.linking import StoredReuseIndex, _load_index, _reuse_rows
from storytrace.reuse import ReuseIndex, sketch_text, sketch_texts
from storytrace.store import Store
from synthetic_reuse import SynthDoc, generate

_FILL_RUN = 10_000
_BATCH = 256


def fill(store: Store, docs: list[SynthDoc]) -> float:
    """Index ``docs`` into the store, one run per 10,000 articles; seconds taken."""
    started = time.perf_counter()
    for low in range(0, len(docs), _FILL_RUN):
        index = ReuseIndex(base=StoredReuseIndex(store))
        part = docs[low : low + _FILL_RUN]
        for start in range(0, len(part), _BATCH):
            chunk = part[start : start + _BATCH]
            sketches = sketch_texts([doc.text for doc in chunk])
            index.add_many([(d.id, s) for d, s in zip(chunk, sketches, strict=True)])
        store.write_reuse(_reuse_rows(index.changes()), [])
    return time.perf_counter() - started


def add_rows(store: Store, docs: list[SynthDoc]) -> dict[str, float]:
    """Add ``docs`` as update_reuse does; seconds per step and the run's memory."""
    started = time.perf_counter()
    index = ReuseIndex(base=StoredReuseIndex(store))
    opened = time.perf_counter()
    sketches = sketch_texts([doc.text for doc in docs])
    candidates = sum(len(index.add(d.id, s)) for d, s in zip(docs, sketches, strict=True))
    added = time.perf_counter()
    store.write_reuse(_reuse_rows(index.changes()), [])
    written = time.perf_counter()
    return {
        "open_s": opened - started,
        "add_s": added - opened,
        "write_s": written - added,
        "total_s": written - started,
        "candidates": candidates,
        "ram_key_bytes": index.nbytes,
    }


def blob_of(index: ReuseIndex) -> bytes:
    state = index.state()
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        ids=np.array(state.ids, dtype=str),
        keys=state.keys,
        docs=state.docs,
        counts=state.counts,
        neighbours=state.neighbours,
    )
    return buffer.getvalue()


def add_blob(path: Path, docs: list[SynthDoc]) -> float:
    """Add ``docs`` to an index kept as one blob (before migration 5); seconds taken."""
    started = time.perf_counter()
    with Store(path) as store:
        saved = store.reuse_state()
        assert saved is not None
        index = ReuseIndex.from_state(_load_index(saved))
        for doc in docs:
            index.add(doc.id, sketch_text(doc.text))
        with store.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO reuse_state (id, data) VALUES (1, ?)", (blob_of(index),)
            )
    return time.perf_counter() - started


def table_bytes(store: Store) -> dict[str, int]:
    rows = store._db.execute(
        "SELECT name, SUM(pgsize) FROM dbstat WHERE name LIKE 'reuse%' OR name LIKE "
        "'sqlite_autoindex_reuse%' GROUP BY name"
    )
    return {str(name): int(size) for name, size in rows}


def measure(size: int, docs: list[SynthDoc], add: int, repeat: int, folder: Path) -> dict[str, Any]:
    path = folder / f"rows{size}.db"
    with Store(path) as store:
        fill_s = fill(store, docs[:size])
        steps = []
        for step in range(repeat):
            low = size + step * add
            steps.append(add_rows(store, docs[low : low + add]))
        tables = table_bytes(store)
    indexed = size + repeat * add
    result: dict[str, Any] = {
        "articles": size,
        "fill_s": round(fill_s, 1),
        "add": add,
        "rows": {
            key: round(statistics.median(step[key] for step in steps), 3)
            for key in ("open_s", "add_s", "write_s", "total_s")
        },
        "candidates_per_step": [step["candidates"] for step in steps],
        "store_bytes_per_article": {
            name: round(bytes_ / indexed) for name, bytes_ in sorted(tables.items())
        },
        "store_bytes_per_article_total": round(
            sum(b for name, b in tables.items() if name != "reuse_counts") / indexed
        ),
        "counter_bytes": tables.get("reuse_counts", 0),
        "ram_key_bytes_per_new_article": round(
            statistics.median(step["ram_key_bytes"] for step in steps) / add
        ),
    }
    blob_path = folder / f"blob{size}.db"
    with Store(blob_path) as store:
        index = ReuseIndex()
        for start in range(0, size, _BATCH):
            chunk = docs[start : min(start + _BATCH, size)]
            sketches = sketch_texts([doc.text for doc in chunk])
            index.add_many([(d.id, s) for d, s in zip(chunk, sketches, strict=True)])
        with store.transaction() as db:
            db.execute("INSERT INTO reuse_state (id, data) VALUES (1, ?)", (blob_of(index),))
        result["blob_bytes_per_article"] = round(len(blob_of(index)) / size)
    blob_times = [
        add_blob(blob_path, docs[size + step * add : size + (step + 1) * add])
        for step in range(repeat)
    ]
    result["blob_total_s"] = round(statistics.median(blob_times), 3)
    path.unlink()
    blob_path.unlink()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description="reuse index in the store: cost per run")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--add", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    docs = generate(max(args.sizes) + args.add * args.repeat, args.seed)
    output: dict[str, Any] = {"generate_s": round(time.perf_counter() - started, 1), "sizes": []}
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            output["sizes"].append(measure(size, docs, args.add, args.repeat, Path(folder)))
    json.dump(output, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
