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

Before the storytrace rows, the analysis runs once, untimed, over the ECB+ texts that are not
timed: a long run has met most words before, and the memo of the attribute ruler and lemmatizer
(storytrace.nlp.memo) is warm. Each row also gives CPU milliseconds per article (in the workers
for the pool) and the ratio to spaCy's: the machine is shared, and CPU time suffers less from
other people's work than the wall clock does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from storytrace.linking import analyse_article, analyse_articles, warm_up_actor_models
from storytrace.model import Article, Source
from storytrace.nlp import load_pipeline
from storytrace.pipeline import _TASK_PAGES  # articles per worker task, as analyze does

TASK = _TASK_PAGES
DATA = (
    Path(__file__).resolve().parents[1].parent / "shared/benchmarks/news-stories/ecbplus-dev.jsonl"
)


def load_texts() -> list[str]:
    records = [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line]
    return [r["text"] for r in records if len(r["text"]) > 500]


def load_articles(count: int, texts: list[str] | None = None) -> list[Article]:
    texts = texts if texts is not None else load_texts()
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


def analyse_task(articles: list[Article]) -> tuple[int, float]:
    """One worker task (``analyze`` hands workers tasks of 8 pages): events, CPU seconds."""
    started = time.process_time()
    events = sum(len(json.loads(events)) for _, events in analyse_articles(articles))
    return events, time.process_time() - started


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
    texts = load_texts()
    articles = load_articles(args.articles, texts)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words / len(articles):.0f} words each on average")
    rows: list[tuple[str, float, float]] = []  # what, articles/s, CPU seconds per article

    full = load_pipeline("full")
    list(full.pipe(["Warm up."]))
    started, cpu = time.perf_counter(), time.process_time()
    for _ in full.pipe((a.text for a in articles), batch_size=32):
        pass
    rows.append(("spaCy full pipeline, nlp.pipe, 1 process", *_rates(articles, started, cpu)))

    warm_up_actor_models()
    # A long run has met most words before: warm the memo of the attribute ruler and the
    # lemmatizer on the other ECB+ texts (none of the timed ones), then fork the workers.
    others = texts[len(articles) :] or texts[:1]
    analyse_articles(load_articles(len(others), others))
    started, cpu = time.perf_counter(), time.process_time()
    events = sum(analyse(article) for article in articles)
    rows.append(
        ("storytrace actors + events, 1 process, 1 article a call", *_rates(articles, started, cpu))
    )
    started, cpu = time.perf_counter(), time.process_time()
    task_events = sum(analyse_task(task)[0] for task in tasks(articles))
    rows.append(
        (f"storytrace actors + events, 1 process, tasks of {TASK}", *_rates(articles, started, cpu))
    )
    assert task_events == events, "tasks must give the same events"

    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        list(pool.map(analyse, articles[: args.workers * 2]))  # load models in every worker
        started = time.perf_counter()
        done = list(pool.map(analyse_task, tasks(articles)))
        seconds = time.perf_counter() - started
    assert sum(found for found, _ in done) == events, "the pool must give the same events"
    rows.append(
        (
            f"storytrace actors + events, {args.workers} processes, tasks of {TASK}",
            len(articles) / seconds,
            sum(cpu for _, cpu in done) / len(articles),
        )
    )

    baseline, baseline_cpu = rows[0][1], rows[0][2]
    print(f"{'what':<58} {'articles/s':>10} {'vs spaCy':>9} {'CPU ms/art':>11} {'CPU vs':>7}")
    for label, rate, cpu_each in rows:
        print(
            f"{label:<58} {rate:>10.1f} {rate / baseline:>8.2f}x "
            f"{cpu_each * 1000:>11.1f} {baseline_cpu / cpu_each:>6.2f}x"
        )
    print(f"{events} events coded; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def _rates(articles: list[Article], started: float, cpu: float) -> tuple[float, float]:
    """Articles per second of wall time, and CPU seconds per article, since the two marks."""
    wall, used = time.perf_counter() - started, time.process_time() - cpu
    return len(articles) / wall, used / len(articles)


if __name__ == "__main__":
    main()
