"""Measure story clustering: BCubed on ECB+ dev and the headlines dev set, speed, memory.

Run by hand (never from the tests):

    PYTHONPATH=src .venv/bin/python bench/bench_stories.py            # everything
    PYTHONPATH=src .venv/bin/python bench/bench_stories.py quality    # BCubed only
    PYTHONPATH=src .venv/bin/python bench/bench_stories.py fit        # refit the shipped constants
    PYTHONPATH=src .venv/bin/python bench/bench_stories.py speed --sizes 10000 100000

Data: ../shared/benchmarks/news-stories/ (or $STORYTRACE_BENCHMARKS/news-stories); skipped with
a message when absent. scikit-learn is optional (the batch agglomerative row is skipped without it).

Honesty: the "2-fold" rows fit the logistic weights and the threshold on half of the topics (ECB+)
and half of the stories (headlines), and report on the other half, then the reverse; the
"shipped" row uses the constants fitted on all dev data, so it is an in-sample figure.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import math
import os
import random
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from storytrace.stories import FEATURE_NAMES, StoryClusterer, StoryDoc, StoryOptions
from storytrace.stories.features import normalise_terms

DATA = (
    Path(
        os.environ.get(
            "STORYTRACE_BENCHMARKS", Path(__file__).resolve().parents[2] / "shared/benchmarks"
        )
    )
    / "news-stories"
)
THRESHOLDS = [round(0.1 * i, 1) for i in range(1, 10)]
MERGE_THRESHOLDS = [0.8, 0.9, 0.95, 0.99]
TUNING_MERGE_THRESHOLD = 0.95  # while the two models' thresholds are tuned


@dataclass(frozen=True)
class Item:
    """A document with its gold story and the group used to split folds (topic or story)."""

    doc: StoryDoc
    gold: str
    group: str


# -- data -----------------------------------------------------------------------------------


def load_ecb() -> list[Item]:
    items = []
    with (DATA / "ecbplus-dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            doc = StoryDoc(id=row["id"], title=row["title"], text=row["text"])
            items.append(Item(doc=doc, gold=row["story"], group="t" + row["topic"]))
    return items


def load_headlines() -> list[Item]:
    items = []
    with (DATA / "headlines-dev.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            published = datetime.fromtimestamp(int(row["timestamp_ms"]) / 1000, tz=UTC)
            doc = StoryDoc(
                id="h" + row["id"],
                title=row["title"],
                text="",
                published=published,
                outlet=row["publisher"],
            )
            items.append(Item(doc=doc, gold=row["story"], group=row["story"]))
    items.sort(key=lambda item: item.doc.published or datetime.min.replace(tzinfo=UTC))
    return items


def folds(items: list[Item]) -> tuple[list[Item], list[Item]]:
    """Split by group: every other group (in sorted order of a hash) to each half."""
    groups = sorted({item.group for item in items}, key=lambda g: (hash_text(g), g))
    half = set(groups[::2])
    return [i for i in items if i.group in half], [i for i in items if i.group not in half]


def hash_text(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode()).hexdigest()


# -- scoring --------------------------------------------------------------------------------


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Item-averaged BCubed precision, recall, F1; an item missing from ``predicted`` is alone."""
    clusters: dict[str, set[str]] = defaultdict(set)
    classes: dict[str, set[str]] = defaultdict(set)
    for item, label in gold.items():
        clusters[predicted.get(item, "solo:" + item)].add(item)
        classes[label].add(item)
    precision = recall = 0.0
    for item, label in gold.items():
        cluster = clusters[predicted.get(item, "solo:" + item)]
        correct = len(cluster & classes[label])
        precision += correct / len(cluster)
        recall += correct / len(classes[label])
    precision, recall = precision / len(gold), recall / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run_storytrace(items: Sequence[Item], options: StoryOptions) -> dict[str, str]:
    clusterer = StoryClusterer(options)
    for item in items:
        clusterer.add(item.doc)
    return {a: story for story, articles in clusterer.stories().items() for a in articles}


def score(items: Sequence[Item], labels: dict[str, str]) -> tuple[float, float, float]:
    return bcubed(labels, {item.doc.id: item.gold for item in items})


# -- baselines ------------------------------------------------------------------------------


def tfidf_vectors(items: Sequence[Item]) -> list[dict[str, float]]:
    """Batch TF-IDF (log tf, smooth idf) of title and body together, L2-normalised."""
    bags = [Counter(normalise_terms(i.doc.title + " " + i.doc.text)) for i in items]
    frequency = Counter(term for bag in bags for term in bag)
    total = len(bags)
    vectors = []
    for bag in bags:
        vector = {
            t: (1 + math.log(c)) * (math.log((1 + total) / (1 + frequency[t])) + 1)
            for t, c in bag.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({t: v / norm for t, v in vector.items()})
    return vectors


def run_baseline(items: Sequence[Item], threshold: float) -> dict[str, str]:
    """Plain single-pass: join the most similar centroid (scan of all) when cosine >= threshold."""
    vectors = tfidf_vectors(items)
    centroids: list[dict[str, float]] = []
    labels: dict[str, str] = {}
    for item, vector in zip(items, vectors, strict=True):
        best, best_sim = -1, -1.0
        for index, centroid in enumerate(centroids):
            norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
            sim = sum(w * centroid.get(t, 0.0) for t, w in vector.items()) / norm
            if sim > best_sim:
                best, best_sim = index, sim
        if best >= 0 and best_sim >= threshold:
            for term, weight in vector.items():
                centroids[best][term] = centroids[best].get(term, 0.0) + weight
        else:
            centroids.append(dict(vector))
            best = len(centroids) - 1
        labels[item.doc.id] = str(best)
    return labels


def run_agglomerative(items: Sequence[Item], threshold: float) -> dict[str, str] | None:
    try:
        from sklearn.cluster import AgglomerativeClustering
        from sklearn.feature_extraction.text import TfidfVectorizer
    except ImportError:
        return None
    texts = [" ".join(normalise_terms(i.doc.title + " " + i.doc.text)) for i in items]
    matrix = TfidfVectorizer(sublinear_tf=True).fit_transform(texts).toarray()
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
    )
    assigned = model.fit_predict(matrix)
    return {item.doc.id: str(label) for item, label in zip(items, assigned, strict=True)}


# -- fitting --------------------------------------------------------------------------------


def pairs(
    items: Sequence[Item], options: StoryOptions
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int, int]:
    """Replay the gold grouping and collect (features, is-gold-story, model) for every candidate.

    Also counts how often the gold story was among the candidates (candidate recall).
    """
    clusterer = StoryClusterer(options)
    first: dict[str, str] = {}
    rows, labels, models = [], [], []
    reachable = needed = 0
    for item in items:
        gold_story = first.get(item.gold)
        candidates = clusterer.explain(item.doc)
        if gold_story is not None:
            needed += 1
            reachable += any(c.story == gold_story for c in candidates)
        for candidate in candidates:
            rows.append(candidate.features)
            labels.append(1.0 if candidate.story == gold_story else 0.0)
            models.append(candidate.model)
        story = clusterer.assign(item.doc, gold_story)
        first.setdefault(item.gold, story)
    return np.array(rows), np.array(labels), np.array(models), reachable, needed


def fit_logistic(features: np.ndarray, labels: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Logistic regression by Newton's method, L2 penalty (bias not penalised), balanced classes."""
    design = np.hstack([np.ones((features.shape[0], 1)), features])
    weights = np.zeros(design.shape[1])
    penalty = np.eye(design.shape[1]) * l2
    penalty[0, 0] = 0.0
    positive = max(float(labels.sum()), 1.0)
    negative = max(len(labels) - positive, 1.0)
    sample = np.where(labels > 0, len(labels) / (2 * positive), len(labels) / (2 * negative))
    for _ in range(100):
        prob = 1.0 / (1.0 + np.exp(-(design @ weights)))
        gradient = design.T @ (sample * (prob - labels)) + penalty @ weights
        hessian = (design * (sample * prob * (1 - prob))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def shifted(weights: Sequence[float] | np.ndarray, threshold: float) -> tuple[float, ...]:
    """Move the bias so that probability 0.5 with the new weights is ``threshold`` with the old."""
    bias = weights[0] - math.log(threshold / (1 - threshold))
    return tuple(round(float(w), 3) for w in [bias, *weights[1:]])


def fit_options(train: Sequence[Sequence[Item]], base: StoryOptions) -> StoryOptions:
    """Fit both models on gold-replay pairs of ``train``, then calibrate thresholds on mean F1.

    Each model's bias is shifted so that its best threshold becomes 0.5; then the merge
    threshold is chosen.
    """
    matrices = [pairs(items, base) for items in train]
    features = np.vstack([m[0] for m in matrices])
    labels = np.concatenate([m[1] for m in matrices])
    models = np.concatenate([m[2] for m in matrices])
    fitted = {}
    for model in ("full", "title"):
        chosen = models == model
        fitted[model] = (
            fit_logistic(features[chosen], labels[chosen])
            if chosen.any()
            else np.zeros(len(FEATURE_NAMES) + 1)
        )
    # The thresholds are tuned with a fixed merge threshold, so that the fit depends on the data
    # only and not on the constants it starts from (refitting gives the same constants again).
    options = replace(
        base,
        full_weights=shifted(fitted["full"], 0.5),
        title_weights=shifted(fitted["title"], 0.5),
        merge_threshold=TUNING_MERGE_THRESHOLD,
    )

    def total(candidate: StoryOptions) -> float:
        return sum(score(items, run_storytrace(items, candidate))[2] for items in train)

    for name in ("full_weights", "title_weights"):
        raw = fitted[name.split("_")[0]]
        grid = [replace(options, **{name: shifted(raw, t)}) for t in THRESHOLDS]
        options = max(grid, key=total)
    grid = [replace(options, merge_threshold=m) for m in MERGE_THRESHOLDS]
    return max(grid, key=total)


def tune(
    runner: Callable[[Sequence[Item], float], dict[str, str] | None],
    items: Sequence[Item],
    grid: Sequence[float],
) -> float:
    return max(grid, key=lambda t: score(items, runner(items, t) or {})[2])


# -- reports --------------------------------------------------------------------------------


def row(name: str, figures: tuple[float, float, float], extra: str = "") -> str:
    precision, recall, f1 = figures
    return f"  {name:<44} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  {extra}"


def report_quality() -> None:
    datasets = {
        "ECB+ dev (451 docs, 40 topics)": load_ecb(),
        "headlines dev (2,989 titles)": load_headlines(),
    }
    base = StoryOptions()
    halves = {name: folds(items) for name, items in datasets.items()}
    fitted = []
    for k in (0, 1):
        train = [halves[name][k] for name in datasets]
        fitted.append(fit_options(train, base))
        print(f"fold {k}: fitted {fitted[-1]}", file=sys.stderr)
    for name, items in datasets.items():
        print(name)
        gold = {item.doc.id: item.gold for item in items}
        print(
            row(
                "storytrace, shipped constants (in-sample)",
                score(items, run_storytrace(items, base)),
            )
        )
        # 2-fold: fit on one half of the groups of BOTH data sets, report on the other half
        labels: dict[str, str] = {}
        for k in (0, 1):
            held_out = halves[name][1 - k]
            for doc_id, story in run_storytrace(held_out, fitted[k]).items():
                labels[doc_id] = f"{k}:{story}"
        print(row("storytrace, 2-fold over topics (held out)", bcubed(labels, gold)))
        print(
            row_two_fold(
                "single-pass TF-IDF centroid (own)", run_baseline, halves[name], gold, THRESHOLDS
            )
        )
        agglomerative_grid = [round(0.05 * i, 2) for i in range(4, 20)]
        if run_agglomerative(items[:3], 0.5) is None:
            print("  batch TF-IDF + agglomerative: skipped (scikit-learn not installed)")
        else:
            print(
                row_two_fold(
                    "batch TF-IDF + agglomerative (average)",
                    run_agglomerative,
                    halves[name],
                    gold,
                    agglomerative_grid,
                )
            )


def row_two_fold(
    name: str,
    runner: Callable[[Sequence[Item], float], dict[str, str] | None],
    halves: tuple[list[Item], list[Item]],
    gold: dict[str, str],
    grid: Sequence[float],
) -> str:
    labels: dict[str, str] = {}
    chosen = []
    for k in (0, 1):
        threshold = tune(runner, halves[k], grid)
        chosen.append(threshold)
        for doc_id, label in (runner(halves[1 - k], threshold) or {}).items():
            labels[doc_id] = f"{k}:{label}"
    return row(name + ", 2-fold", bcubed(labels, gold), f"thresholds {chosen}")


def report_fit() -> None:
    datasets = [load_ecb(), load_headlines()]
    options = fit_options(datasets, StoryOptions())
    for items, name in zip(datasets, ("ECB+", "headlines"), strict=True):
        _, _, _, reachable, needed = pairs(items, options)
        print(f"{name}: gold story among candidates for {reachable}/{needed} docs")
        print(row(f"{name} in-sample", score(items, run_storytrace(items, options))))
    print(f"FITTED_FULL_WEIGHTS: Final = {options.full_weights}")
    print(f"FITTED_TITLE_WEIGHTS: Final = {options.title_weights}")
    print(f"FITTED_MERGE_THRESHOLD: Final = {options.merge_threshold}")


# -- chunks, speed, memory ------------------------------------------------------------------


def report_chunks() -> None:
    items = load_ecb() + load_headlines()
    batch = StoryClusterer()
    for item in items:
        batch.add(item.doc)
    rng = random.Random(5)
    cuts = sorted(rng.sample(range(1, len(items)), 7))
    clusterer = StoryClusterer()
    start = 0
    for cut in [*cuts, len(items)]:
        for item in items[start:cut]:
            clusterer.add(item.doc)
        clusterer = StoryClusterer.from_state(clusterer.to_state())
        start = cut
    same = batch.stories() == clusterer.stories() and batch.merges() == clusterer.merges()
    print(f"batch vs 8 chunks with a state round trip between chunks: identical stories = {same}")


WORDS = [f"w{i}" for i in range(20_000)]


def synthetic_docs(count: int, seed: int) -> list[StoryDoc]:
    """Docs about count/5 synthetic events; each event has its own words, place and number.

    Events share vocabulary (12 topic words each out of 20,000, plus 40 random words a doc), so the
    index sees realistic collisions, but each event has its own place name.
    """
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    docs = []
    for index in range(count):
        event = rng.randrange(max(1, count // 5))
        local = random.Random(event)
        topic = local.sample(WORDS, 12)
        words = topic + rng.sample(WORDS, 40)
        rng.shuffle(words)
        place = f"Town{event} Valley{event % 97}"
        text = f"In {place} {local.randrange(1000)} people " + " ".join(words) + "."
        docs.append(
            StoryDoc(
                id=f"s{seed}-{index}",
                title=f"{place}: " + " ".join(topic[:6]),
                text=text,
                published=start + timedelta(minutes=index),
            )
        )
    return docs


def report_speed(sizes: Sequence[int]) -> None:
    import psutil

    process = psutil.Process()
    for size in sizes:
        gc.collect()
        before = process.memory_info().rss
        docs = synthetic_docs(size + 1000, seed=size)
        clusterer = StoryClusterer()
        started = time.perf_counter()
        for doc in docs[:size]:
            clusterer.add(doc)
        fill = time.perf_counter() - started
        started = time.perf_counter()
        for doc in docs[size:]:
            clusterer.add(doc)
        rate = 1000 / (time.perf_counter() - started)
        grown = (process.memory_info().rss - before) / 2**20
        print(
            f"  N={size:>7,}: fill {size / fill:,.0f} docs/s; next 1,000 docs one by one "
            f"{rate:,.0f} docs/s; {len(clusterer.stories()):,} stories; RSS +{grown:,.0f} MiB"
        )
    tracemalloc.start()
    clusterer = StoryClusterer()
    for doc in synthetic_docs(2000, seed=1):
        clusterer.add(doc)
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"  tracemalloc: {current / 2000 / 1024:.1f} KiB of state per synthetic doc (N=2,000)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "what", nargs="?", default="all", choices=["all", "quality", "fit", "speed", "chunks"]
    )
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000])
    args = parser.parse_args()
    if args.what in ("all", "quality", "fit", "chunks") and not DATA.is_dir():
        print(f"skipped: {DATA} not found (set STORYTRACE_BENCHMARKS)")
        if args.what != "all":
            return
    elif args.what == "fit":
        report_fit()
        return
    if args.what in ("all", "quality"):
        report_quality()
    if args.what in ("all", "chunks"):
        report_chunks()
    if args.what in ("all", "speed"):
        print("speed (synthetic docs, pure Python, one process)")
        report_speed(args.sizes)


if __name__ == "__main__":
    main()
