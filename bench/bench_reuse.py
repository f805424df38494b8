"""Measure the text-reuse core on a synthetic corpus with planted reuse (bench/synthetic_reuse.py).

    python bench/bench_reuse.py --docs 10000 --peer-docs 3000

Reports, as JSON on standard output:
- candidate generation speed (tokenising, shingling, MinHash, LSH and fingerprint index) in docs/s,
  wall and CPU time, side by side with datasketch and rensa (if installed) on the same documents in
  the same run, and as ratios, in alternating rounds (`--rounds`, median and range) because other
  jobs share the machine: storytrace's batch path with candidates as arrays (`add_arrays`, the
  counterpart of the peers' lists of ids), with `Candidate` objects (`add_many`), one by one;
- alignment speed in pairs/s;
- pair recall (planted pairs sharing >= 15 words that get a link) and precision (links between
  articles that share nothing planted), overall and per kind of reuse and edit rate;
- span accuracy: character-level F1 of the aligned passages against the planted sentences, over
  both articles of every detected planted pair; quote labelling, direction and repost accuracy;
- index memory per article.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from storytrace.reuse import ReuseIndex, link_texts, sketch_text, sketch_texts
from storytrace.reuse.link import ReuseLink
from storytrace.reuse.minhash import SketchOptions, candidate_probability, signature
from storytrace.reuse.shingles import shingle_hashes, tokenize
from synthetic_reuse import PairTruth, SynthDoc, generate, truth_pairs

MIN_PLANTED_WORDS = 15
_WORD = re.compile(r"\w+")


def _shingles_python(text: str, k: int = 5) -> list[str]:
    words = _WORD.findall(text.casefold())
    return [" ".join(words[i : i + k]) for i in range(max(1, len(words) - k + 1))]


def _pairs(found: list[tuple[int, list[Any]]]) -> set[tuple[int, int]]:
    """Candidate pairs from (document number, its candidates), built after the clock stops."""
    pairs: set[tuple[int, int]] = set()
    for doc, others in found:
        for other in others:
            pairs.add((min(other, doc), max(other, doc)))
    return pairs


def candidates_mine(
    docs: list[SynthDoc], batch: int = 256, *, objects: bool = False
) -> tuple[float, float, set[tuple[int, int]], ReuseIndex]:
    """Sketch and index in batches (sketch_texts + add_arrays, or add_many with objects), or one
    by one (sketch_text + add) when batch is 1. Returns wall and CPU seconds, the pairs, the index.
    """
    index = ReuseIndex()
    found: list[tuple[int, list[Any]]] = []
    arrays = []
    start, cpu = time.perf_counter(), time.process_time()
    for low in range(0, len(docs), batch):
        chunk = docs[low : low + batch]
        if batch == 1:
            found.append((chunk[0].index, index.add(chunk[0].id, sketch_text(chunk[0].text))))
            continue
        sketches = sketch_texts([doc.text for doc in chunk])
        items = [(d.id, s) for d, s in zip(chunk, sketches, strict=True)]
        if objects:
            results = index.add_many(items)
            found.extend((doc.index, result) for doc, result in zip(chunk, results, strict=True))
        else:
            arrays.append(index.add_arrays(items))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    number = {doc.id: doc.index for doc in docs}
    numbered = [(doc, [number[c.doc_id] for c in result]) for doc, result in found]
    for batch_found in arrays:
        # Documents are numbered in the order they were added.
        bounds = batch_found.bounds.tolist()
        others = [docs[other].index for other in batch_found.others.tolist()]
        for position in range(len(bounds) - 1):
            doc = docs[batch_found.first + position].index
            numbered.append((doc, others[bounds[position] : bounds[position + 1]]))
    return seconds, cpu, _pairs(numbered), index


def candidates_datasketch(
    docs: list[SynthDoc],
) -> tuple[float, float, set[tuple[int, int]]] | None:
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        return None
    lsh = MinHashLSH(threshold=0.3, num_perm=128)
    found: list[tuple[int, list[Any]]] = []
    start, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        minhash = MinHash(num_perm=128)
        minhash.update_batch([s.encode("utf-8") for s in _shingles_python(doc.text)])
        found.append((doc.index, lsh.query(minhash)))
        lsh.insert(doc.index, minhash)
    return time.perf_counter() - start, time.process_time() - cpu, _pairs(found)


def candidates_rensa(docs: list[SynthDoc]) -> tuple[float, float, set[tuple[int, int]]] | None:
    try:
        from rensa import RMinHash, RMinHashLSH
    except ImportError:
        return None
    lsh = RMinHashLSH(threshold=0.3, num_perm=128, num_bands=64)
    found: list[tuple[int, list[Any]]] = []
    start, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        minhash = RMinHash(num_perm=128, seed=42)
        minhash.update(_shingles_python(doc.text))
        found.append((doc.index, lsh.query(minhash)))
        lsh.insert(doc.index, minhash)
    return time.perf_counter() - start, time.process_time() - cpu, _pairs(found)


def same_run_speeds(
    peers: list[SynthDoc], rounds: int, *, batch: int, one_by_one: bool = True
) -> dict[str, Any]:
    """Candidate docs/s of storytrace and its peers, in alternating rounds on the same documents.

    Other jobs share the machine, so each round runs every library back to back and the ratio is
    taken per round; the medians over rounds are reported, with the range of the ratios. Wall
    time and CPU time (``time.process_time``, which other jobs move much less) are both given.
    """
    runners: dict[str, Any] = {
        "storytrace": lambda: candidates_mine(peers, batch)[:2],
        "storytrace_objects": lambda: candidates_mine(peers, batch, objects=True)[:2],
        "storytrace_one_by_one": lambda: candidates_mine(peers, batch=1)[:2],
        "rensa": lambda: (found := candidates_rensa(peers)) and found[:2],
        "datasketch": lambda: (found := candidates_datasketch(peers)) and found[:2],
    }
    if not one_by_one:
        del runners["storytrace_one_by_one"]
    result: dict[str, Any] = {}
    speeds: dict[str, dict[str, list[float]]] = {
        "wall": defaultdict(list),
        "cpu": defaultdict(list),
    }
    for _ in range(rounds):
        for name, runner in runners.items():
            seconds = runner()
            if seconds:
                speeds["wall"][name].append(len(peers) / seconds[0])
                speeds["cpu"][name].append(len(peers) / seconds[1])
    for clock, measured in speeds.items():
        peers_found = [name for name in ("rensa", "datasketch") if measured[name]]
        ratios = {
            f"{mine}/{peer}": [a / b for a, b in zip(measured[mine], measured[peer], strict=True)]
            for mine in ("storytrace", "storytrace_objects", "storytrace_one_by_one")
            for peer in peers_found
            if measured[mine]
        }
        suffix = "" if clock == "wall" else "_cpu"
        result[f"candidate_docs_per_s_same_run{suffix}"] = {
            name: round(statistics.median(values)) for name, values in measured.items() if values
        }
        result[f"candidate_speed_ratio{suffix}"] = {
            pair: f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"
            for pair, values in ratios.items()
        }
    return result


def minhash_variants(docs: list[SynthDoc]) -> dict[str, int]:
    """Signatures per second: one-permutation hashing vs 128 (a*x+b) permutations, same shingles."""
    options = SketchOptions()
    shingles = [shingle_hashes(tokenize(doc.text).hashes, 5) for doc in docs]
    rng = np.random.default_rng(1)
    a = rng.integers(1, 2**63, options.num_perm, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(1, 2**63, options.num_perm, dtype=np.uint64)
    start = time.perf_counter()
    for values in shingles:
        signature(values, options.num_perm)
    one_permutation = len(docs) / (time.perf_counter() - start)
    start = time.perf_counter()
    for values in shingles:
        ((values[:, None] * a + b) >> np.uint64(32)).min(axis=0)
    permutations = len(docs) / (time.perf_counter() - start)
    return {"one_permutation": round(one_permutation), "permutations_128": round(permutations)}


def align_all(
    docs: list[SynthDoc], pairs: set[tuple[int, int]], index: ReuseIndex
) -> tuple[float, dict[tuple[int, int], ReuseLink]]:
    links: dict[tuple[int, int], ReuseLink] = {}
    start = time.perf_counter()
    for a, b in sorted(pairs):
        first, second = docs[a], docs[b]
        link = link_texts(
            first.id,
            first.text,
            second.id,
            second.text,
            a_published=first.published,
            b_published=second.published,
            same_outlet=first.outlet == second.outlet,
            frequency=index.shingle_frequency,
            documents=len(index),
        )
        if link is not None:
            links[(a, b)] = link
    return time.perf_counter() - start, links


def _union(spans: list[tuple[int, int]], size: int) -> np.ndarray[Any, Any]:
    mask = np.zeros(size, dtype=bool)
    for low, high in spans:
        mask[low:high] = True
    return mask


def span_scores(
    docs: list[SynthDoc], truth: dict[tuple[int, int], PairTruth], links: dict[Any, ReuseLink]
) -> dict[str, float]:
    overlap = predicted = actual = 0
    kind_right = kind_total = 0
    for key, link in links.items():
        planted = truth.get(key)
        if planted is None or planted.words < MIN_PLANTED_WORDS:
            continue
        for side, spans in (("a", planted.a_spans), ("b", planted.b_spans)):
            doc = docs[key[0] if side == "a" else key[1]]
            size = len(doc.text)
            true_mask = _union([(s, e) for s, e, _ in spans], size)
            quote_mask = _union([(s, e) for s, e, q in spans if q], size)
            bounds = [
                (p.a_start, p.a_end) if side == "a" else (p.b_start, p.b_end) for p in link.passages
            ]
            pred_mask = _union(bounds, size)
            pred_quote = _union(
                [b for b, p in zip(bounds, link.passages, strict=True) if p.kind == "quote"], size
            )
            overlap += int((true_mask & pred_mask).sum())
            predicted += int(pred_mask.sum())
            actual += int(true_mask.sum())
            both = true_mask & pred_mask
            kind_right += int((both & (quote_mask == pred_quote)).sum())
            kind_total += int(both.sum())
    precision = overlap / predicted if predicted else 0.0
    recall = overlap / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "span_precision": round(precision, 4),
        "span_recall": round(recall, 4),
        "span_f1": round(f1, 4),
        "quote_label_accuracy_chars": round(kind_right / kind_total, 4) if kind_total else 0.0,
    }


def _relation(docs: list[SynthDoc], a: int, b: int) -> str:
    later = docs[b]
    if later.source == a:
        if later.kind == "repost":
            rate = (
                "05-15" if later.edit_rate < 0.15 else "15-30" if later.edit_rate < 0.3 else "30-40"
            )
            return f"repost e={rate}" + (" reordered" if later.reordered else "")
        return later.kind
    return "indirect (shared source)"


def pair_scores(
    docs: list[SynthDoc],
    truth: dict[tuple[int, int], PairTruth],
    candidates: set[tuple[int, int]],
    links: dict[tuple[int, int], ReuseLink],
) -> dict[str, Any]:
    planted = {k for k, t in truth.items() if t.words >= MIN_PLANTED_WORDS}
    small = {k for k, t in truth.items() if t.words < MIN_PLANTED_WORDS}
    found = set(links)
    false = found - planted - small
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key in planted:
        relation = _relation(docs, *key)
        by_kind[relation][0] += 1
        by_kind[relation][1] += key in found
    return {
        "planted_pairs": len(planted),
        "small_overlap_pairs_ignored": len(small),
        "candidate_pairs": len(candidates),
        "candidate_recall": round(len(planted & candidates) / len(planted), 4),
        "links": len(found),
        "pair_recall": round(len(planted & found) / len(planted), 4),
        "pair_precision": round(len(found & planted) / len(found - small), 4) if found else 0.0,
        "false_links": len(false),
        "recall_by_relation": {
            k: f"{v[1]}/{v[0]} = {v[1] / v[0]:.3f}" for k, v in sorted(by_kind.items())
        },
    }


def direction_scores(
    docs: list[SynthDoc], links: dict[tuple[int, int], ReuseLink]
) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    for (a, b), link in links.items():
        later = docs[b]
        if later.source != a:
            continue
        first, second = docs[a].published, later.published
        expected = "unknown" if not first or not second or first == second else "a->b"
        counts["direction_right" if link.direction == expected else "direction_wrong"] += 1
        if later.kind == "repost" and expected == "a->b":
            counts["reposts"] += 1
            copied_share = _planted_share(later, a)
            truly = copied_share >= 0.8
            flagged = link.repost == later.id
            counts[f"repost_truth={truly}_flagged={flagged}"] += 1
    return dict(counts)


def _planted_share(doc: SynthDoc, source: int) -> float:
    words = len(_WORD.findall(doc.text))
    source_origins = {o for o, *_ in _SEGMENTS[source]}
    copied = sum(
        len(_WORD.findall(doc.text[s:e])) for o, s, e, q in doc.segments if o in source_origins
    )
    return copied / words if words else 0.0


_SEGMENTS: dict[int, list[Any]] = {}


def main() -> None:
    parser = argparse.ArgumentParser(description="text-reuse benchmark")
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--peer-docs", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-align", action="store_true")
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternating speed rounds (the machine is shared)"
    )
    parser.add_argument(
        "--batch", type=int, default=256, help="documents per sketch_texts + add_arrays call"
    )
    parser.add_argument(
        "--speed-only",
        action="store_true",
        help="candidate speeds only, batch path (no one-by-one run, truth, recall or alignment)",
    )
    args = parser.parse_args()
    result: dict[str, Any] = {"docs": args.docs}
    started = time.perf_counter()
    docs = generate(args.docs, args.seed)
    for doc in docs:
        _SEGMENTS[doc.index] = doc.segments
    result["generate_s"] = round(time.perf_counter() - started, 1)
    result["mean_words"] = round(sum(len(d.text.split()) for d in docs) / len(docs), 1)

    result["lsh_candidate_probability"] = {
        f"J={j}": round(candidate_probability(j, bands=64, rows=2), 4)
        for j in (0.05, 0.1, 0.15, 0.2, 0.3, 0.5)
    }
    result["signatures_per_s"] = minhash_variants(docs[: min(args.peer_docs, 3000)])
    peers = docs[: args.peer_docs]
    candidates_mine(docs[:300])  # warm up: caches and power tables, as in a long run
    result["batch"] = args.batch
    result.update(
        same_run_speeds(peers, args.rounds, batch=args.batch, one_by_one=not args.speed_only)
    )

    seconds, cpu, candidates, index = candidates_mine(docs, args.batch)
    result["candidate_docs_per_s_full"] = round(len(docs) / seconds)
    result["candidate_docs_per_s_full_cpu"] = round(len(docs) / cpu)
    result["index_bytes_per_article"] = round(index.nbytes / len(docs))
    result["candidate_pairs"] = len(candidates)
    if args.speed_only:
        json.dump(result, sys.stdout, indent=2)
        print()
        return
    truth = truth_pairs(docs)
    planted = {key for key, shared in truth.items() if shared.words >= MIN_PLANTED_WORDS}
    result["candidate_recall"] = round(len(planted & candidates) / len(planted), 4)
    if not args.no_align:
        seconds, links = align_all(docs, candidates, index)
        result["align_pairs_per_s"] = round(len(candidates) / seconds)
        result.update(pair_scores(docs, truth, candidates, links))
        result.update(span_scores(docs, truth, links))
        result["direction"] = direction_scores(docs, links)
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
