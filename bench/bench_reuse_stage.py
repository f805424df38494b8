"""The whole reuse stage as `storytrace analyze` runs it, beside rensa, in one run (issue 4).

    PYTHONPATH=src .venv/bin/python bench/bench_reuse_stage.py --docs 10000

N synthetic articles (bench/synthetic_reuse.py: reposts with 5-40% edits, reordered paragraphs,
partial copies, quotes, look-alikes) are written to a new store, then ``linking.update_reuse``
indexes and links them all, as the first ``analyze`` of a corpus does. Its wall and CPU time are
split into: alignment (``link_articles`` on each candidate pair), the store writes, and the rest
(shingling, MinHash, candidate generation against the index over the store). In the same run,
rensa (MinHash + MinHashLSH, threshold 0.3, 128 permutations, 64 bands: its fastest documented
setting, as bench_reuse.py runs it) finds candidates for the same texts, query then insert, one
document at a time; "rensa + our alignment" adds our measured alignment cost to it, since rensa
finds candidate pairs only.

Prints JSON: articles/s for each part, candidate pairs, links written, bytes per article in the
store.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from bench_reuse import candidates_rensa
from storytrace import linking
from storytrace.model import Article, DateGuess, Source
from storytrace.store import Store
from synthetic_reuse import SynthDoc, generate


def article_of(doc: SynthDoc) -> Article:
    """The stored article of a synthetic document."""
    return Article(
        id=doc.id,
        source=Source(kind="file", location=f"/bench/{doc.index}.txt"),
        kind="text",
        text=doc.text,
        title=None,
        outlet=doc.outlet,
        published=(
            DateGuess(value=doc.published, method="input", confidence=1.0)
            if doc.published
            else None
        ),
    )


class _Timed:
    """Wall and CPU seconds spent inside a wrapped function."""

    def __init__(self, function: Any) -> None:
        self.function = function
        self.wall = 0.0
        self.cpu = 0.0
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return self.function(*args, **kwargs)
        finally:
            self.wall += time.perf_counter() - wall
            self.cpu += time.process_time() - cpu
            self.calls += 1


def measure_ours(docs: list[SynthDoc]) -> dict[str, Any]:
    """Run update_reuse over a new store holding ``docs``; seconds per part."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.db")
        store.write((article_of(doc), None, None, None) for doc in docs)
        align = _Timed(linking.link_articles)
        write = _Timed(store.write_reuse)
        linking.link_articles = align  # type: ignore[assignment]
        store.write_reuse = write  # type: ignore[method-assign]
        try:
            wall, cpu = time.perf_counter(), time.process_time()
            added = linking.update_reuse(store)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        finally:
            linking.link_articles = align.function
        links = len(store.reuse_links())
        size = sum(
            int(row[0])
            for row in store._db.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'reuse%'")
        )
        store.close()
    rest_wall = wall - align.wall - write.wall
    rest_cpu = cpu - align.cpu - write.cpu
    return {
        "articles": added,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "articles_per_s_wall": round(added / wall, 1),
        "articles_per_s_cpu": round(added / cpu, 1),
        "candidates_aligned": align.calls,
        "links": links,
        "alignment_cpu_s": round(align.cpu, 2),
        "writes_cpu_s": round(write.cpu, 2),
        "sketch_and_candidates_cpu_s": round(rest_cpu, 2),
        "sketch_and_candidates_per_s_cpu": round(added / rest_cpu, 1) if rest_cpu else None,
        "sketch_and_candidates_per_s_wall": round(added / rest_wall, 1) if rest_wall else None,
        "reuse_tables_bytes_per_article": round(size / max(added, 1)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    docs = generate(args.docs, seed=args.seed)
    ours = measure_ours(docs)
    rensa = candidates_rensa(docs)
    report: dict[str, Any] = {"docs": args.docs, "storytrace_update_reuse": ours}
    if rensa is None:
        report["rensa"] = "not installed"
    else:
        wall, cpu, pairs = rensa
        both_cpu = cpu + ours["alignment_cpu_s"]
        report["rensa_candidates"] = {
            "wall_s": round(wall, 2),
            "cpu_s": round(cpu, 2),
            "articles_per_s_cpu": round(args.docs / cpu, 1),
            "candidate_pairs": len(pairs),
        }
        report["rensa_plus_our_alignment"] = {
            "cpu_s": round(both_cpu, 2),
            "articles_per_s_cpu": round(args.docs / both_cpu, 1),
        }
        report["ours_vs_rensa_candidates_cpu"] = round(cpu / ours["sketch_and_candidates_cpu_s"], 2)
        report["ours_vs_rensa_plus_alignment_cpu"] = round(both_cpu / ours["cpu_s"], 2)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
