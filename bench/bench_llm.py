"""Benchmark the LLM stage's plumbing: concurrency, caching and the breaker (not a model's quality).

Usage (from the repository root):

    PYTHONPATH=src .venv/bin/python bench/bench_llm.py [--articles 40] [--latency 0.25]

The model is the tests' chat-completions server on 127.0.0.1 (``tests/llm_server.py``), answering
each request after ``--latency`` seconds, so the figures show what the thread pool and the cache
do, not how good any model is: nothing here downloads or calls a real model.

1. The same articles analysed at concurrency 1, 4 and 8: wall time and the most requests the
   server saw at once.
2. After a switch to the offline extractor and back: wall time and requests (the cache answers).
3. A server that answers 404 to everything: requests made before the run stops asking.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from storytrace.analysis import update_llm_analysis, update_offline_analysis
from storytrace.llm import LLMOptions
from storytrace.model import Article, Source
from storytrace.store import Store

# The tests' chat-completions server is the model.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from llm_server import Step, running_server

SENTENCES = [
    "The Northern Brigades attacked Camp Delta on Monday, the Harbour Institute said.",
    "Governor Lina Haddad met Amir Qasim in Port Selim to talk about the road.",
    "Relief workers sent blankets to Port Selim. The Dawn Council threatened Port Selim.",
]


def articles(count: int) -> list[Article]:
    """``count`` short articles of our own sentences, each a little different."""
    return [
        Article(
            id=f"{n + 1:016x}",
            source=Source(kind="file", location=f"/bench/{n}.html"),
            kind="html",
            text=" ".join(SENTENCES[n % 3 :] + SENTENCES[: n % 3]) + f" Report {n}.",
            outlet="The Harbour Gazette",
            extractor="bench",
        )
        for n in range(count)
    ]


def run(count: int, latency: float, concurrency: int) -> dict[str, float]:
    """One store, one server: the first analysis, then offline and back."""
    with running_server() as server, Store(memory=True) as store:
        server.default = Step(delay=latency)
        store.write([(article, None, None, None) for article in articles(count)])
        options = LLMOptions(base_url=server.url, model="bench", concurrency=concurrency)
        started = time.perf_counter()
        first = update_llm_analysis(store, options)
        first_seconds = time.perf_counter() - started
        update_offline_analysis(store)
        started = time.perf_counter()
        again = update_llm_analysis(store, options)
        return {
            "seconds": round(first_seconds, 2),
            "requests": first.requests,
            "most_in_flight": server.max_active,
            "back_from_offline_seconds": round(time.perf_counter() - started, 2),
            "back_from_offline_requests": again.requests,
            "back_from_offline_cached": again.cached,
        }


def refused(count: int) -> dict[str, object]:
    """A server that refuses every request: how many are made before the run stops asking."""
    with running_server() as server, Store(memory=True) as store:
        server.default = Step(kind="status", status=404)
        store.write([(article, None, None, None) for article in articles(count)])
        options = LLMOptions(base_url=server.url, model="bench", concurrency=4)
        summary = update_llm_analysis(store, options)
        return {"articles": count, "requests": summary.requests, "fell_back": summary.fell_back}


def main() -> None:
    """Print one JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--latency", type=float, default=0.25, help="seconds per answer")
    args = parser.parse_args()
    report: dict[str, object] = {"articles": args.articles, "latency": args.latency}
    for concurrency in (1, 4, 8):
        report[f"concurrency_{concurrency}"] = run(args.articles, args.latency, concurrency)
    report["refusing_server"] = refused(args.articles)
    print(json.dumps(report, indent=2, default=dict))


if __name__ == "__main__":
    main()
