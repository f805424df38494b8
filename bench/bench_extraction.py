"""Measure HTML article extraction on the Scrapinghub article extraction benchmark.

Reads ``../shared/benchmarks/article-extraction/`` beside the repository (or ``--data DIR``):
``html/<id>.html.gz`` pages and ``ground-truth.json``. Scores, in one run and side by side,
storytrace's :func:`extract_html` (bytes decoded with :func:`decode_body`) and plain trafilatura
(default, fast, favor_precision, favor_recall). The pages are visited once, each extractor in
turn on each page, so that machine load weighs on all of them alike.

The metric is the benchmark's own: tokens are ``\\w+`` runs; each text becomes the multiset of its
word 4-grams (a text of fewer tokens is one shingle); per page, true positives, false positives
and false negatives are normalised to sum to 1; precision is averaged over pages that predicted
something or expected nothing, recall over pages that expected something or predicted nothing
(a page where both are empty counts 1 in both); F1 is the harmonic mean of the two averages.
Accuracy is the share of pages whose token lists are identical.

    PYTHONPATH=src .venv/bin/python bench/bench_extraction.py [--data DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from storytrace.extract.decode import decode_body
from storytrace.extract.html import HtmlOptions, extract_html
from storytrace.model import Article, Page, Source

DEFAULT_DATA = (
    Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "article-extraction"
)
TOKEN = re.compile(r"\w+")

Extractor = Callable[[bytes, str | None], str]


@dataclass(frozen=True, slots=True)
class Sample:
    """One benchmark page and its expected article body."""

    key: str
    body: bytes
    url: str | None
    expected: str


@dataclass(frozen=True, slots=True)
class Score:
    """The benchmark's figures for one extractor."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    docs_per_second: float


def load_samples(data: Path, limit: int | None) -> list[Sample]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    samples = []
    for key in sorted(truth)[:limit]:
        path = data / "html" / f"{key}.html.gz"
        if path.exists():
            body = gzip.decompress(path.read_bytes())
            samples.append(Sample(key, body, truth[key].get("url"), truth[key]["articleBody"]))
    return samples


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))


def page_counts(expected: str, predicted: str) -> tuple[float, float, float]:
    """Normalised (true positives, false positives, false negatives) of one page."""
    truth, guess = shingles(expected), shingles(predicted)
    truth.pop((), None)
    guess.pop((), None)
    tp = sum((truth & guess).values())
    fp = sum((guess - truth).values())
    fn = sum((truth - guess).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def page_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def score(samples: Sequence[Sample], predictions: Sequence[str], seconds: float) -> Score:
    counts = [page_counts(s.expected, p) for s, p in zip(samples, predictions, strict=True)]
    precision = statistics.mean(
        [page_precision(*c) for c in counts if c[0] + c[1] > 0 or c == (0.0, 0.0, 0.0)]
    )
    recall = statistics.mean(
        [page_recall(*c) for c in counts if c[0] + c[2] > 0 or c == (0.0, 0.0, 0.0)]
    )
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    same = [
        TOKEN.findall(s.expected) == TOKEN.findall(p)
        for s, p in zip(samples, predictions, strict=True)
    ]
    return Score(f1, precision, recall, statistics.mean(same), len(samples) / seconds)


def storytrace_extractor(options: HtmlOptions) -> Extractor:
    def run(body: bytes, url: str | None) -> str:
        page = Page(source=Source(kind="file", location="bench"), body=body, url=url)
        decoded = decode_body(body, None)
        if decoded is None:
            return ""
        result = extract_html(page, decoded.text, options=options)
        return result.text if isinstance(result, Article) else ""

    return run


def trafilatura_extractor(
    *, fast: bool = False, favor_precision: bool = False, favor_recall: bool = False
) -> Extractor:
    def run(body: bytes, url: str | None) -> str:
        text = trafilatura.extract(
            body, url=url, fast=fast, favor_precision=favor_precision, favor_recall=favor_recall
        )
        return text or ""

    return run


EXTRACTORS: dict[str, Extractor] = {
    "storytrace": storytrace_extractor(HtmlOptions()),
    "trafilatura default": trafilatura_extractor(),
    "trafilatura fast": trafilatura_extractor(fast=True),
    "trafilatura favor_precision": trafilatura_extractor(favor_precision=True),
    "trafilatura favor_recall": trafilatura_extractor(favor_recall=True),
}


def run(samples: Sequence[Sample], extractors: dict[str, Extractor]) -> dict[str, Score]:
    """Run every extractor on every page, interleaved, after one warm-up page each."""
    for extract in extractors.values():
        extract(samples[0].body, samples[0].url)  # loads models and caches, not timed
    predictions: dict[str, list[str]] = {name: [] for name in extractors}
    seconds = dict.fromkeys(extractors, 0.0)
    for sample in samples:
        for name, extract in extractors.items():
            start = time.perf_counter()
            predictions[name].append(extract(sample.body, sample.url))
            seconds[name] += time.perf_counter() - start
    return {name: score(samples, predictions[name], seconds[name]) for name in extractors}


def print_table(scores: dict[str, Score], pages: int) -> None:
    print(f"{pages} pages")
    print(f"{'extractor':30} {'F1':>6} {'P':>6} {'R':>6} {'acc':>6} {'docs/s':>7}")
    for name, result in scores.items():
        print(
            f"{name:30} {result.f1:6.3f} {result.precision:6.3f} {result.recall:6.3f} "
            f"{result.accuracy:6.3f} {result.docs_per_second:7.1f}"
        )
    ratio = scores["storytrace"].docs_per_second / scores["trafilatura default"].docs_per_second
    print(f"storytrace speed / trafilatura default speed: {ratio:.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder")
    parser.add_argument("--limit", type=int, default=None, help="score the first N pages only")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"no benchmark data in {args.data}; nothing to measure")
        return 0
    # trafilatura logs every page it discards; the table is the output here.
    logging.disable(logging.WARNING)
    samples = load_samples(args.data, args.limit)
    if not samples:
        print(f"no pages in {args.data / 'html'}; nothing to measure")
        return 0
    print_table(run(samples, EXTRACTORS), len(samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
