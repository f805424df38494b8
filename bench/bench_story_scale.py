"""Stories at scale: storytrace's stories run on a big store beside a scikit-learn batch baseline.

    python bench/bench_story_scale.py --sizes 10000 50000 100000 --batches 1 10 100 --repeat 5
    python bench/bench_story_scale.py --src ../../main/src src ...   # two trees side by side

Issue 5: articles/s when adding to a store that already holds N articles, and memory, side by
side with a plain batch TF-IDF + agglomerative baseline, in one run. For each size N, each part
runs in a fresh process (so that each peak resident set is its own):

- fill: a store file gets N synthetic articles (``bench_stories.synthetic_docs``: about 60
  words each, events of about five articles) and the story state of those N, clustered in
  memory and saved as rows the way ``update_stories`` saves them; the next articles are kept
  aside as arrivals. With ``--cache DIR`` the filled stores are kept and reused.
- storytrace (once per ``--src`` tree, on a copy of the filled store): for each batch size B,
  ``--repeat`` times: write B arrivals to the store, then time ``linking.update_stories`` (from
  reading the unclustered articles to committing). Reported: the median run time and B / median
  articles/s; the resident set after opening the store, its peak, and the growth between the
  two; bytes per clustered article of the story tables (SQLite ``dbstat``); the time to open
  the store (it includes any schema migration the tree applies to the filled store).
- baseline: scikit-learn over the same N articles plus every arrival, in batch: TF-IDF
  (``TfidfVectorizer(sublinear_tf=True)`` on title and text), then
  ``AgglomerativeClustering(linkage="average", distance_threshold=...)``. Two variants:
  ``exact``: cosine distances between all pairs (``metric="precomputed"``; the same clustering
  as ``metric="cosine"`` without densifying the TF-IDF matrix), which needs N x N float64
  matrices: it runs only where its estimated memory fits ``--exact-limit-gb``, else the
  estimate is reported and it is not run. ``knn``: a k-nearest-neighbour connectivity graph
  over the TF-IDF rows (``kneighbors_graph``, ``--neighbours``, exact cosine, brute force on
  the sparse matrix) and average linkage restricted to that graph (``connectivity=``), with
  the linkage distances taken between LSA vectors (``TruncatedSVD``, ``--svd`` components,
  rows L2-normalised), because ``AgglomerativeClustering`` wants dense features and the dense
  TF-IDF matrix of 100k articles would take about 30 GB; it fits at every N. The two variants
  have their own distance thresholds (LSA shrinks distances). Reported: wall time (vectorising
  included), articles/s (articles / wall time), peak resident set and its growth over the
  texts loaded.

Both sides are also scored with BCubed F1 against the synthetic events (each title names its
event's town): a sanity check that both cluster the data, not a quality figure.

Prints a table, then the JSON of every part (``--json FILE`` writes the JSON there too).
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
_TOWN = re.compile(r"Town(\d+)")


def _arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--batches", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per batch size")
    parser.add_argument(
        "--src", type=Path, nargs="+", default=[_HERE.parent / "src"], help="storytrace trees"
    )
    parser.add_argument(
        "--fill-src", type=Path, default=None, help="tree that fills the stores (first --src)"
    )
    parser.add_argument("--cache", type=Path, default=None, help="keep filled stores here")
    parser.add_argument("--threshold", type=float, default=0.8, help="exact: cosine distance")
    parser.add_argument("--knn-threshold", type=float, default=0.2, help="knn: LSA distance")
    parser.add_argument("--svd", type=int, default=256, help="LSA components (knn variant)")
    parser.add_argument("--neighbours", type=int, default=10, help="k of the knn graph")
    parser.add_argument("--exact-limit-gb", type=float, default=6.0)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--step", choices=["fill", "measure", "baseline"], help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--variant", choices=["exact", "knn"], help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# -- helpers --------------------------------------------------------------------------------


def peak_rss_mib() -> float:
    """This process's peak resident set so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mib() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def event_of(title: str | None) -> str:
    found = _TOWN.search(title or "")
    return found.group(1) if found else f"?{title}"


def bcubed_f1(predicted: Sequence[str], gold: Sequence[str]) -> float:
    """Item-averaged BCubed F1 from counts (linear in the number of items)."""
    pairs = Counter(zip(predicted, gold, strict=True))
    clusters, classes = Counter(predicted), Counter(gold)
    precision = sum(n * n / clusters[p] for (p, _), n in pairs.items()) / len(gold)
    recall = sum(n * n / classes[g] for (_, g), n in pairs.items()) / len(gold)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def arrivals_needed(batches: Sequence[int], repeat: int) -> int:
    return sum(batches) * repeat


# -- fill -----------------------------------------------------------------------------------


def step_fill(args: argparse.Namespace) -> dict[str, Any]:
    """Store N articles and their story state; keep the arrivals beside the store as JSON."""
    sys.path.insert(0, str(_HERE))
    from bench_stories import synthetic_docs
    from storytrace import linking
    from storytrace.store import Store
    from storytrace.stories import StoryClusterer

    size, extra = args.size, arrivals_needed(args.batches, args.repeat)
    docs = synthetic_docs(size + extra, seed=7)
    started = time.perf_counter()
    with Store(args.store) as store:
        store.write((article_of(doc), None, None, None) for doc in docs[:size])
        clusterer = StoryClusterer()
        for doc in docs[:size]:
            clusterer.add(doc)
        heads = store.article_heads()
        stories = [linking._story(s, ids, heads) for s, ids in clusterer.stories().items()]
        rows = linking._story_state_rows(clusterer.changes(everything=True))
        store.write_story_state(rows, stories, [])
        version = store.schema_version
    arrivals = [
        {
            "id": doc.id,
            "title": doc.title,
            "text": doc.text,
            "published": doc.published.isoformat() if doc.published else None,
        }
        for doc in docs[size:]
    ]
    arrivals_path(args.store).write_text(json.dumps(arrivals), encoding="utf-8")
    return {"size": size, "fill_s": round(time.perf_counter() - started, 1), "schema": version}


def arrivals_path(store: Path) -> Path:
    return store.with_suffix(".arrivals.json")


def article_of(doc: Any) -> Any:
    """A stored article of a synthetic doc (a ``StoryDoc`` or its JSON)."""
    from storytrace.model import Article, DateGuess, Source

    data = doc if isinstance(doc, dict) else None
    doc_id = data["id"] if data else doc.id
    published = data["published"] if data else (doc.published and doc.published.isoformat())
    return Article(
        id=doc_id,
        source=Source(kind="file", location=f"/bench/{doc_id}.txt"),
        kind="text",
        text=data["text"] if data else doc.text,
        title=data["title"] if data else doc.title,
        outlet="bench",
        published=DateGuess(value=published, method="input", confidence=1.0) if published else None,
    )


# -- storytrace -----------------------------------------------------------------------------


def step_measure(args: argparse.Namespace) -> dict[str, Any]:
    """Time stories runs adding batches of arrivals to a copy of a filled store."""
    from storytrace import linking
    from storytrace.store import Store

    arrivals = json.loads(arrivals_path(args.store).read_text(encoding="utf-8"))
    started = time.perf_counter()
    store = Store(args.store)
    open_s = time.perf_counter() - started
    gc.collect()
    rss_open = rss_mib()
    times: dict[int, list[float]] = {}
    position = 0
    for batch in args.batches:
        for _ in range(args.repeat):
            store.write((article_of(doc), None, None, None) for doc in arrivals[position:][:batch])
            position += batch
            started = time.perf_counter()
            added = linking.update_stories(store)
            times.setdefault(batch, []).append(time.perf_counter() - started)
            if added != batch:
                raise RuntimeError(f"the run added {added} articles, not {batch}")
    peak = peak_rss_mib()
    # What the analyze command runs after the stories: its first step (every story's signature,
    # to find those whose sources need counting again) reads every story; timed apart.
    started = time.perf_counter()
    linking.sources_signatures(store)
    store.source_signatures()
    sources_scan_s = time.perf_counter() - started
    rows = store._db.execute(
        "SELECT name, SUM(pgsize) FROM dbstat WHERE name LIKE '%stor%' GROUP BY name"
    ).fetchall()
    rows = [(str(name), int(size)) for name, size in rows]
    clustered = int(store._db.execute("SELECT COUNT(*) FROM story_articles").fetchone()[0])
    members = store._db.execute(
        "SELECT s.story_id, a.title FROM story_articles s JOIN articles a ON a.id = s.article_id"
    ).fetchall()
    schema = store.schema_version
    store.close()
    return {
        "size": args.size,
        "src": str(args.src[0]),
        "schema": schema,
        "open_s": round(open_s, 3),
        "runs": {
            str(batch): {
                "run_s": [round(t, 4) for t in found],
                "median_s": round(statistics.median(found), 4),
                "articles_per_s": round(batch / statistics.median(found), 1),
            }
            for batch, found in times.items()
        },
        "sources_scan_s": round(sources_scan_s, 3),
        "rss_open_mib": round(rss_open),
        "rss_peak_mib": round(peak),
        "rss_growth_mib": round(peak - rss_open),
        "story_bytes_per_article": round(sum(b for _, b in rows) / clustered),
        "tables": {name: round(b / clustered) for name, b in sorted(rows)},
        "bcubed_f1": round(
            bcubed_f1([row[0] for row in members], [event_of(row[1]) for row in members]), 3
        ),
    }


# -- baseline -------------------------------------------------------------------------------


def exact_bytes(articles: int) -> float:
    """Memory of the exact variant: the square distance matrix, its upper triangle as scikit-
    learn extracts it for scipy (the values and two int64 index arrays): 2.5 x N x N x 8."""
    return 2.5 * articles * articles * 8


def step_baseline(args: argparse.Namespace) -> dict[str, Any]:
    """Cluster the N stored articles plus the arrivals in batch with scikit-learn."""
    import sqlite3

    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_distances
    from sklearn.neighbors import kneighbors_graph
    from sklearn.preprocessing import normalize

    connection = sqlite3.connect(args.store)
    titles, texts = [], []
    for title, text in connection.execute("SELECT title, text FROM articles ORDER BY rowid"):
        titles.append(title)
        texts.append(f"{title} {text}")
    connection.close()
    for doc in json.loads(arrivals_path(args.store).read_text(encoding="utf-8")):
        titles.append(doc["title"])
        texts.append(f"{doc['title']} {doc['text']}")
    gc.collect()
    rss_before = rss_mib()
    found: dict[str, Any] = {"size": args.size, "variant": args.variant, "articles": len(texts)}
    started = time.perf_counter()
    matrix = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    if args.variant == "exact":
        distances = cosine_distances(matrix)
        np.clip(distances, 0.0, None, out=distances)
        model = AgglomerativeClustering(
            n_clusters=None,
            metric="precomputed",
            linkage="average",
            distance_threshold=args.threshold,
        )
        labels = model.fit_predict(distances)
    else:
        # the neighbours by exact TF-IDF cosine (sparse, brute force): a graph over the LSA
        # vectors had dozens of components at 10k, which scikit-learn joins pair by pair
        graph = kneighbors_graph(
            matrix, n_neighbors=args.neighbours, metric="cosine", include_self=False
        )
        reduced = TruncatedSVD(n_components=args.svd, random_state=0).fit_transform(matrix)
        reduced = normalize(reduced)
        model = AgglomerativeClustering(
            n_clusters=None,
            metric="cosine",
            linkage="average",
            connectivity=graph,
            distance_threshold=args.knn_threshold,
        )
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            labels = model.fit_predict(reduced)
        found["warnings"] = sorted({str(w.message) for w in caught})
    wall = time.perf_counter() - started
    peak = peak_rss_mib()
    found.update(
        {
            "wall_s": round(wall, 2),
            "articles_per_s": round(len(texts) / wall, 1),
            "rss_before_mib": round(rss_before),
            "rss_peak_mib": round(peak),
            "rss_growth_mib": round(peak - rss_before),
            "clusters": len(set(labels.tolist())),
            "bcubed_f1": round(bcubed_f1([str(x) for x in labels], map_events(titles)), 3),
        }
    )
    return found


def map_events(titles: Sequence[str]) -> list[str]:
    return [event_of(title) for title in titles]


# -- the run --------------------------------------------------------------------------------


def child(step: str, args: argparse.Namespace, src: Path, **extra: Any) -> dict[str, Any]:
    """Run one step in a fresh Python process with ``src`` importable; its JSON result."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--step",
        step,
        "--src",
        str(src),
        "--batches",
        *map(str, args.batches),
        "--repeat",
        str(args.repeat),
        "--threshold",
        str(args.threshold),
        "--knn-threshold",
        str(args.knn_threshold),
        "--svd",
        str(args.svd),
        "--neighbours",
        str(args.neighbours),
    ]
    for name, value in extra.items():
        command += [f"--{name}", str(value)]
    environment = {"PYTHONPATH": str(src.resolve()), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    if done.returncode != 0:
        return {"step": step, "error": done.stderr.strip().splitlines()[-5:]}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def run(args: argparse.Namespace) -> dict[str, Any]:
    fill_src = args.fill_src or args.src[0]
    folder = args.cache or Path(tempfile.mkdtemp(prefix="story-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"command": sys.argv, "sizes": []}
    try:
        for size in args.sizes:
            filled = folder / f"fill-{size}.db"
            entry: dict[str, Any] = {"size": size}
            if filled.exists() and arrivals_path(filled).exists():
                entry["fill"] = {"cached": str(filled)}
            else:
                entry["fill"] = child("fill", args, fill_src, size=size, store=filled)
            entry["storytrace"] = []
            for src in args.src:
                copy = folder / f"run-{size}.db"
                shutil.copyfile(filled, copy)
                shutil.copyfile(arrivals_path(filled), arrivals_path(copy))
                entry["storytrace"].append(child("measure", args, src, size=size, store=copy))
                for path in folder.glob(f"run-{size}.*"):
                    path.unlink()
            entry["baseline"] = [] if args.no_baseline else baselines(args, size, filled)
            report["sizes"].append(entry)
            print(table_rows(entry, args), flush=True)
    finally:
        if args.cache is None:
            shutil.rmtree(folder, ignore_errors=True)
    return report


def baselines(args: argparse.Namespace, size: int, filled: Path) -> list[dict[str, Any]]:
    found = []
    articles = size + arrivals_needed(args.batches, args.repeat)
    need = exact_bytes(articles) / 2**30
    if need <= args.exact_limit_gb:
        found.append(child("baseline", args, args.src[0], size=size, store=filled, variant="exact"))
    else:
        found.append({"size": size, "variant": "exact", "not_run": f"needs about {need:,.0f} GiB"})
    found.append(child("baseline", args, args.src[0], size=size, store=filled, variant="knn"))
    return found


def table_rows(entry: dict[str, Any], args: argparse.Namespace) -> str:
    """Markdown rows of one size: one per storytrace tree, one per baseline variant."""
    lines = []
    size = entry["size"]
    for result in entry["storytrace"]:
        if "error" in result:
            lines.append(f"| {size:,} | storytrace | error: {result['error']} |")
            continue
        rates = " / ".join(f"{result['runs'][str(b)]['articles_per_s']:,.0f}" for b in args.batches)
        medians = " / ".join(f"{result['runs'][str(b)]['median_s']:.3f}" for b in args.batches)
        lines.append(
            f"| {size:,} | storytrace {result['src']} | {rates} art/s (runs {medians} s) | "
            f"{result['rss_peak_mib']:,} MiB (+{result['rss_growth_mib']:,}) | "
            f"{result['story_bytes_per_article']} B/article; open {result['open_s']} s; "
            f"F1 {result['bcubed_f1']} |"
        )
    for result in entry["baseline"]:
        if "not_run" in result or "error" in result:
            why = result.get("not_run") or result.get("error")
            lines.append(f"| {size:,} | sklearn {result.get('variant')} | not run: {why} | | |")
            continue
        lines.append(
            f"| {size:,} | sklearn {result['variant']} | {result['wall_s']:,.1f} s, "
            f"{result['articles_per_s']:,.0f} art/s | {result['rss_peak_mib']:,} MiB "
            f"(+{result['rss_growth_mib']:,}) | {result['clusters']:,} clusters; "
            f"F1 {result['bcubed_f1']} |"
        )
    return "\n".join(lines)


def main() -> None:
    args = _arguments()
    if args.step is not None:
        steps = {"fill": step_fill, "measure": step_measure, "baseline": step_baseline}
        print(json.dumps(steps[args.step](args)))
        return
    print("| N | what | speed | peak RSS (growth) | notes |")
    print("|---:|---|---|---|---|")
    report = run(args)
    text = json.dumps(report, indent=1)
    print(text)
    if args.json is not None:
        args.json.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
