"""Stories end to end: the ECB+ slice through `storytrace analyze`, scored against its gold stories.

Run by hand:  .venv/bin/python bench/bench_pipeline_stories.py [--data FILE] [--workers 2]

bench_stories.py measures the story clusterer alone. This runs the whole pipeline instead: each
ECB+ article becomes a JSON Lines record (title and text; ECB+ has no dates), `analyze` stores it,
finds its actors, events and reuse links, and adds it to stories; the stories in the store are then
scored with item-averaged BCubed precision, recall and F1 against the gold `story` label (a record
that gives no article, e.g. an empty text, counts as a story of its own). It prints,
side by side in one run, the pipeline with its link features (actors and reuse links) and the
clusterer alone on the same extracted articles (no actors, no links), so the difference is what the
other stages add. The clusterer's weights were fitted on this same slice (bench_stories.py fit), so
both rows are in-sample: bench_stories.py gives the held-out figures. ECB+ (Cybulska and Vossen,
LREC 2014), read from ../shared/benchmarks.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench_stories import bcubed  # the same scorer as the clusterer's own benchmark
from storytrace.pipeline import AnalyzeOptions, analyze
from storytrace.store import Store
from storytrace.stories import StoryClusterer, doc_from_article

DEFAULT = (
    Path(__file__).resolve().parents[1].parent / "shared/benchmarks/news-stories/ecbplus-dev.jsonl"
)


def write_corpus(records: list[dict[str, str]], folder: Path) -> Path:
    """The ECB+ records as a JSON Lines file storytrace reads (no dates: ECB+ has none)."""
    corpus = folder / "ecbplus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for record in records:
            row = {
                "url": f"https://ecbplus.example/{record['id']}",
                "title": record["title"],
                "text": record["text"],
                "outlet": f"ECB+ {record['id']}",
            }
            handle.write(json.dumps(row) + "\n")
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"no ECB+ data at {args.data}; pass --data FILE", file=sys.stderr)
        return
    records = [json.loads(line) for line in args.data.read_text("utf-8").splitlines() if line]
    # A fixed folder: article ids hash the file's path, and ECB+ has no dates, so the ids decide
    # the order in which articles reach the (order-sensitive) online clusterer. Another folder
    # gives another order and figures a point or two apart.
    folder = Path(tempfile.gettempdir()) / "storytrace-bench-ecbplus"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    corpus = write_corpus(records, folder)
    started = time.perf_counter()
    with Store(folder / "st.db") as store:
        summary = analyze([str(corpus)], store, options=AnalyzeOptions(workers=args.workers))
        elapsed = time.perf_counter() - started
        record_of = {
            article.id: records[int(article.source.record or 0) - 1]["id"]
            for article in store.articles()
        }
        pipeline = {record_of[a]: story.id for story in store.stories() for a in story.article_ids}
        alone = StoryClusterer()
        for article in store.articles():  # timeline order, as the pipeline adds them
            alone.add(doc_from_article(article))
    clusterer = {record_of[a]: story for story, members in alone.stories().items() for a in members}
    # Every record counts; one that gave no article (an empty text) is a story of its own.
    gold = {record["id"]: record["story"] for record in records}
    print(
        f"{len(records)} ECB+ articles, {summary.stored} stored, failed {dict(summary.failed)}, "
        f"{elapsed:.0f} s ({summary.read / elapsed:.1f} articles/s with every stage)"
    )
    print(f"{'method':<46} {'P':>6} {'R':>6} {'F1':>6}")
    for label, predicted in (
        ("storytrace analyze (actors + reuse links)", pipeline),
        ("story clusterer alone, same articles", clusterer),
    ):
        precision, recall, f1 = bcubed(predicted, gold)
        print(f"{label:<46} {precision:>6.3f} {recall:>6.3f} {f1:>6.3f}")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
