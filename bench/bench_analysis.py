"""Speed of the per-article analysis (actors + events) next to spaCy's full pipeline, in one run.

Run by hand:  .venv/bin/python bench/bench_analysis.py [--articles 300] [--workers 2]

The articles are the ECB+ texts from ../shared/benchmarks/news-stories (real news, 250–900 words),
repeated if needed. Printed side by side, each timed after loading its models:
- spaCy's full English pipeline (en_core_web_sm: tagger, parser, NER, lemmatizer...) over every
  article with nlp.pipe, in one process: the baseline the issue names;
- storytrace's per-article analysis (NER and sentence ends for actor mentions and their
  resolution; the dependency parse of the sentences that may hold an event, event coding and
  attribution): one article per call, then in tasks of 8 articles as `analyze` hands them to
  its workers, in one process and in a pool of --workers processes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from storytrace.linking import analyse_article, analyse_articles, warm_up_actor_models
from storytrace.model import Article, Source
from storytrace.nlp import load_pipeline

#: Articles per worker task, as ``analyze`` hands them out (storytrace.pipeline._TASK_PAGES).
TASK = 8
DATA = (
    Path(__file__).resolve().parents[1].parent / "shared/benchmarks/news-stories/ecbplus-dev.jsonl"
)


def load_articles(count: int) -> list[Article]:
    records = [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line]
    texts = [r["text"] for r in records if len(r["text"]) > 500]
    return [
        Article(
            id=f"{n:016x}",
            source=Source(kind="file", location=f"/bench/{n}"),
            kind="text",
            text=texts[n % len(texts)],
            outlet="Bench",
        )
        for n in range(count)
    ]


def analyse(article: Article) -> int:
    """The per-article analysis, one article at a time; returns the number of events."""
    return len(json.loads(analyse_article(article)[1]))


def analyse_task(articles: list[Article]) -> int:
    """The analysis of one worker task (``analyze`` hands workers tasks of _TASK_PAGES pages)."""
    return sum(len(json.loads(events)) for _, events in analyse_articles(articles))


def tasks(articles: list[Article]) -> list[list[Article]]:
    return [articles[n : n + TASK] for n in range(0, len(articles), TASK)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"no benchmark data at {DATA}", file=sys.stderr)
        return
    articles = load_articles(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words / len(articles):.0f} words each on average")

    full = load_pipeline("full")
    list(full.pipe(["Warm up."]))
    started = time.perf_counter()
    for _ in full.pipe((a.text for a in articles), batch_size=32):
        pass
    baseline = len(articles) / (time.perf_counter() - started)

    warm_up_actor_models()
    analyse(articles[0])
    started = time.perf_counter()
    events = sum(analyse(article) for article in articles)
    single = len(articles) / (time.perf_counter() - started)
    started = time.perf_counter()
    task_events = sum(analyse_task(task) for task in tasks(articles))
    batched = len(articles) / (time.perf_counter() - started)
    assert task_events == events, "tasks must give the same events"

    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        list(pool.map(analyse, articles[: args.workers * 2]))  # load models in every worker
        started = time.perf_counter()
        pooled_events = sum(pool.map(analyse_task, tasks(articles)))
        pooled = len(articles) / (time.perf_counter() - started)
    assert pooled_events == events, "the pool must give the same events"

    print(f"{'what':<58} {'articles/s':>10} {'vs spaCy':>9}")
    for label, rate in (
        ("spaCy full pipeline, nlp.pipe, 1 process", baseline),
        ("storytrace actors + events, 1 process, 1 article a call", single),
        (f"storytrace actors + events, 1 process, tasks of {TASK}", batched),
        (f"storytrace actors + events, {args.workers} processes, tasks of {TASK}", pooled),
    ):
        print(f"{label:<58} {rate:>10.1f} {rate / baseline:>8.2f}x")
    print(f"{events} events coded")


if __name__ == "__main__":
    main()
