"""Cost of a stories run that adds a few articles to a store that already holds many (issue 5).

    python bench/bench_story_store.py --sizes 1000 10000 50000 --add 10
    python bench/bench_story_store.py --src ../../main/src ...   # the same against another tree

For each size N, a store file gets N + ``--add`` synthetic articles (bench/bench_stories.py
``synthetic_docs``; no raw pages), and the story state of the first N, clustered in memory, saved
the way that tree's ``update_stories`` saves it: the whole state as blobs plus every story (trees
before migration 9), or rows (migration 9). Then ``linking.update_stories`` is timed: it adds the
last ``--add`` articles, from opening the state to committing. Also reported: the store's bytes
per clustered article for the story tables (SQLite ``dbstat``).

Prints JSON on standard output.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--add", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3, help="runs timed per size (median)")
    parser.add_argument("--src", type=Path, default=_HERE.parent / "src", help="storytrace tree")
    return parser.parse_args()


ARGS = _arguments()
sys.path.insert(0, str(_HERE))
sys.path.insert(0, str(ARGS.src.resolve()))

from bench_stories import synthetic_docs  # noqa: E402
from storytrace import linking  # noqa: E402
from storytrace.model import Article, DateGuess, Source  # noqa: E402
from storytrace.store import Store  # noqa: E402
from storytrace.stories import StoryClusterer, StoryDoc  # noqa: E402


def article_of(doc: StoryDoc) -> Article:
    published = doc.published.isoformat() if doc.published else None
    return Article(
        id=doc.id,
        source=Source(kind="file", location=f"/bench/{doc.id}.txt"),
        kind="text",
        text=doc.text,
        title=doc.title,
        outlet="bench",
        published=DateGuess(value=published, method="input", confidence=1.0) if published else None,
    )


def fill(store: Store, docs: list[StoryDoc], size: int) -> float:
    """Store every doc as an article and the story state of the first ``size``; seconds taken."""
    started = time.perf_counter()
    store.write((article_of(doc), None, None, None) for doc in docs)
    clusterer = StoryClusterer()
    for doc in docs[:size]:
        clusterer.add(doc)
    heads = store.article_heads()
    stories = [linking._story(s, members, heads) for s, members in clusterer.stories().items()]
    if hasattr(store, "write_story_state"):
        rows = linking._story_state_rows(clusterer.changes(everything=True))
        store.write_story_state(rows, stories, [])
    else:
        store.write_stories(linking._rows_from_state(clusterer.to_state()), stories)
    return time.perf_counter() - started


def table_bytes(store: Store) -> dict[str, int]:
    rows = store._db.execute(
        "SELECT name, SUM(pgsize) FROM dbstat WHERE name LIKE '%stor%' GROUP BY name"
    )
    return {str(name): int(size) for name, size in rows}


def measure(size: int, add: int, repeat: int, folder: Path) -> dict[str, Any]:
    docs = synthetic_docs(size + add * repeat, seed=7)
    path = folder / f"stories{size}.db"
    times = []
    with Store(path) as store:
        fill_s = fill(store, docs[: size + add * repeat], size)
        # the runs add articles added as a batch: hide the later ones until their turn
        store._db.execute("CREATE TEMP TABLE hidden (id TEXT PRIMARY KEY)")
        for step in range(repeat):
            store._db.execute("DELETE FROM hidden")
            later = [(doc.id,) for doc in docs[size + add * (step + 1) :]]
            store._db.executemany("INSERT INTO hidden VALUES (?)", later)
            store._db.execute(
                "INSERT INTO story_articles (article_id, story_id, position) "
                "SELECT id, '-hidden', 0 FROM hidden"
            )
            started = time.perf_counter()
            added = linking.update_stories(store)
            times.append(time.perf_counter() - started)
            assert added == add, added
            store._db.execute("DELETE FROM story_articles WHERE story_id = '-hidden'")
        tables = table_bytes(store)
    clustered = size + add * repeat
    times.sort()
    return {
        "articles": size,
        "add": add,
        "fill_s": round(fill_s, 1),
        "run_s": [round(t, 3) for t in times],
        "run_s_median": round(times[len(times) // 2], 3),
        "story_bytes_per_article": round(sum(tables.values()) / clustered),
        "tables": {name: round(b / clustered) for name, b in sorted(tables.items())},
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        results = [measure(size, ARGS.add, ARGS.repeat, Path(folder)) for size in ARGS.sizes]
    print(json.dumps({"src": str(ARGS.src.resolve()), "results": results}, indent=1))


if __name__ == "__main__":
    main()
