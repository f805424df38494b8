"""Stories on the own labelled set of hard cases, with 181 real article pages as distractors.

Run by hand (never from the tests):

    PYTHONPATH=src .venv/bin/python bench/bench_stories_own.py [--workers 2] [--no-pipeline]

Data: bench/data/stories/articles.jsonl (161 invented articles in 46 stories, written for this
set; see bench/data/stories/README.md for the labelling rules and the hard cases) and, as
distractors, the 181 real pages of ../shared/benchmarks/article-extraction (or
$STORYTRACE_BENCHMARKS/article-extraction; skipped with a message when absent). Each distractor is
a gold story of its own. Its title and body come from storytrace's own extractor run on the HTML
(``storytrace.extract.extract_article``; when it rejects a page, the ground truth's articleBody
and no title are used), its outlet is the host of ground-truth.json's url, and since the pages
date from 2015-2020 each is given a date drawn uniformly (seeded) from the period of the set.

Each split (dev, held-out: decided by story group before any measurement) is measured in its own
run, with half of the distractors (every other page in order of id). Articles are fed in
published order. Side by side:

(a) ``storytrace.stories.StoryClusterer`` alone, shipped constants (fitted on ECB+ and headlines,
    never on this set);
(b) the whole pipeline: the split written as JSON Lines (our articles as ``text``, distractors as
    their ``html``, with ``published`` and ``outlet``), ``storytrace analyze`` into a temporary
    store, and the stored stories read back; plus the clusterer alone on the articles that
    pipeline extracted (the difference is what actors and reuse links add);
(c) bench_stories.py's baselines: single-pass TF-IDF centroid, and batch TF-IDF + scikit-learn
    agglomerative (average linkage, cosine). Their thresholds are tuned on dev (so their dev rows
    are in-sample) and, when the ECB+ slice is present, also on ECB+ dev as a transfer check.

Scores: item-averaged BCubed precision, recall and F1 (bench_stories.bcubed) per split, then per
case type (mean per-item BCubed P and R over the articles of that case, and how many were put
with another story, "merged", or apart from some of their own, "split"), then which gold stories
storytrace put together.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from bench_stories import (  # the same scorer, data and baselines as the clusterer's own bench
    THRESHOLDS,
    Item,
    bcubed,
    load_ecb,
    run_agglomerative,
    run_baseline,
    run_storytrace,
    tune,
)
from storytrace.extract import ExtractOptions, extract_article
from storytrace.extract.decode import decode_body
from storytrace.model import Article, Page, Source
from storytrace.pipeline import AnalyzeOptions, analyze
from storytrace.store import Store
from storytrace.stories import StoryClusterer, StoryDoc, StoryOptions, doc_from_article

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "bench/data/stories/articles.jsonl"
BENCHMARKS = Path(os.environ.get("STORYTRACE_BENCHMARKS", ROOT.parent / "shared/benchmarks"))
PAGES = BENCHMARKS / "article-extraction"
SPLITS = ("dev", "heldout")
AGGLOMERATIVE_GRID = [round(0.05 * i, 2) for i in range(4, 20)]
DISTRACTOR = "distractor"

Labels = dict[str, str]
Runner = Callable[[Sequence[Item], float], Labels | None]


@dataclass(frozen=True)
class Record:
    """One article of the bench: an own article or a distractor page."""

    id: str
    story: str
    split: str
    case: str
    outlet: str
    url: str
    published: datetime
    title: str
    text: str
    html: str | None = None  # distractors only: the page as fetched, for the pipeline run


# -- data -----------------------------------------------------------------------------------


def load_set(path: Path) -> list[Record]:
    """The own labelled articles."""
    records = []
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        records.append(
            Record(
                id=row["id"],
                story=row["story"],
                split=row["split"],
                case=row["case"],
                outlet=row["outlet"],
                url=row["url"],
                published=datetime.fromisoformat(row["published"]),
                title=row["title"],
                text=row["text"],
            )
        )
    return records


def load_distractors(folder: Path, start: datetime, end: datetime) -> list[Record]:
    """The real pages, extracted by storytrace, each its own story, dated within [start, end]."""
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    rng = random.Random(5)
    span = (end - start).total_seconds()
    records = []
    for index, key in enumerate(sorted(truth)):
        url = truth[key]["url"]
        outlet = urlsplit(url).hostname or "unknown"
        published = start + timedelta(seconds=round(rng.uniform(0, span)))
        html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        title, text = extract_page(html, url, published, outlet, truth[key]["articleBody"])
        records.append(
            Record(
                id="x" + key[:12],
                story="x:" + key,
                split=SPLITS[index % 2],
                case=DISTRACTOR,
                outlet=outlet,
                url=url,
                published=published,
                title=title,
                text=text,
                html=_decoded(html),
            )
        )
    return records


def extract_page(
    html: bytes, url: str, published: datetime, outlet: str, fallback: str
) -> tuple[str, str]:
    """Title and body as storytrace extracts them (the ground-truth body when it rejects)."""
    hints = {"published": published.isoformat(), "outlet": outlet}
    page = Page(source=Source(kind="file", location=url), body=html, url=url, hints=hints)
    article = extract_article(page, options=ExtractOptions())
    if isinstance(article, Article):
        return article.title or "", article.text
    return "", fallback


def _decoded(html: bytes) -> str:
    """The page as text (declared, UTF-8 or detected encoding), for a JSON ``html`` field."""
    decoded = decode_body(html, None, is_html=True)
    return decoded.text if decoded is not None else html.decode("utf-8", errors="replace")


def in_order(records: Iterable[Record]) -> list[Record]:
    return sorted(records, key=lambda record: (record.published, record.id))


def as_items(records: Sequence[Record]) -> list[Item]:
    return [
        Item(
            doc=StoryDoc(
                id=record.id,
                title=record.title,
                text=record.text,
                published=record.published,
                outlet=record.outlet,
            ),
            gold=record.story,
            group=record.story,
        )
        for record in records
    ]


# -- the pipeline ---------------------------------------------------------------------------


def write_corpus(records: Sequence[Record], path: Path) -> None:
    """The split as JSON Lines that `storytrace analyze` reads, in published order."""
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            row = {"url": record.url, "published": record.published.isoformat()}
            row["outlet"] = record.outlet
            if record.html is None:
                row |= {"title": record.title, "text": record.text}
            else:
                row["html"] = record.html
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def run_pipeline(records: Sequence[Record], workers: int) -> tuple[Labels, Labels, str]:
    """Stories from `analyze` and from the clusterer alone on the same stored articles."""
    folder = Path(tempfile.mkdtemp(prefix="storytrace-bench-own-"))
    try:
        corpus = folder / "own.jsonl"
        write_corpus(records, corpus)
        started = time.perf_counter()
        with Store(folder / "st.db") as store:
            summary = analyze([str(corpus)], store, options=AnalyzeOptions(workers=workers))
            elapsed = time.perf_counter() - started
            record_of = {
                article.id: records[int(article.source.record or 0) - 1].id
                for article in store.articles()
            }
            pipeline = {
                record_of[a]: story.id for story in store.stories() for a in story.article_ids
            }
            alone = StoryClusterer()
            for article in store.articles():  # timeline order, as the pipeline adds them
                alone.add(doc_from_article(article))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    clusterer = {record_of[a]: story for story, members in alone.stories().items() for a in members}
    note = (
        f"analyze: {summary.read} read, {summary.stored} stored, failed {dict(summary.failed)}, "
        f"{elapsed:.0f} s"
    )
    return pipeline, clusterer, note


# -- scoring --------------------------------------------------------------------------------


def item_scores(predicted: Labels, gold: Labels) -> dict[str, tuple[float, float, bool, bool]]:
    """Per item: BCubed precision, recall, merged with another story, split from its own.

    The per-case breakdown needs each item's share; the totals come from bench_stories.bcubed.
    """
    clusters: dict[str, set[str]] = defaultdict(set)
    classes: dict[str, set[str]] = defaultdict(set)
    for item, label in gold.items():
        clusters[predicted.get(item, "solo:" + item)].add(item)
        classes[label].add(item)
    scores = {}
    for item, label in gold.items():
        cluster = clusters[predicted.get(item, "solo:" + item)]
        correct = len(cluster & classes[label])
        scores[item] = (
            correct / len(cluster),
            correct / len(classes[label]),
            correct < len(cluster),
            correct < len(classes[label]),
        )
    return scores


def confusions(predicted: Labels, records: Sequence[Record]) -> list[str]:
    """Predicted clusters holding more than one gold story: 's10 x3 + s11 x2', with titles for
    distractors (some pages of the extraction set report the same real event)."""
    members: dict[str, Counter[str]] = defaultdict(Counter)
    titles = {record.story: record.title for record in records if record.case == DISTRACTOR}
    for record in records:
        members[predicted.get(record.id, "solo:" + record.id)][record.story] += 1
    shown = []
    for counts in members.values():
        if len(counts) > 1:
            parts = [
                f"{story} x{n}" if story not in titles else f"[{titles[story][:40]}]"
                for story, n in sorted(counts.items())
            ]
            shown.append(" + ".join(parts))
    return sorted(shown)


def split_off(predicted: Labels, records: Sequence[Record]) -> list[str]:
    """Articles kept apart from the largest part of their own story, as 's01c (case)'."""
    parts: dict[str, dict[str, list[Record]]] = defaultdict(lambda: defaultdict(list))
    for record in records:
        if record.case != DISTRACTOR:
            parts[record.story][predicted.get(record.id, "solo:" + record.id)].append(record)
    shown = []
    for clusters in parts.values():
        ranked = sorted(clusters.values(), key=lambda part: (-len(part), part[0].id))
        shown += [f"{r.id} ({r.case})" for part in ranked[1:] for r in part]
    return sorted(shown)


def own_bcubed(predicted: Labels, gold: Labels, ids: Sequence[str]) -> tuple[float, float, float]:
    """BCubed P, R, F1 averaged over ``ids`` only; clusters still hold every item of ``gold``."""
    scores = item_scores(predicted, gold)
    precision = sum(scores[i][0] for i in ids) / len(ids)
    recall = sum(scores[i][1] for i in ids) / len(ids)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# -- report ---------------------------------------------------------------------------------


def tuned_row(
    runner: Runner, grid: Sequence[float], dev: Sequence[Item], ecb: Sequence[Item] | None
) -> list[tuple[str, float]]:
    """The thresholds a baseline uses: tuned on this set's dev split, and on ECB+ dev."""
    chosen = [("dev", tune(runner, dev, grid))]
    if ecb is not None:
        chosen.append(("ECB+", tune(runner, ecb, grid)))
    return chosen


def measure_split(
    records: Sequence[Record],
    thresholds: dict[str, list[tuple[str, float]]],
    args: argparse.Namespace,
) -> tuple[dict[str, Labels], list[str]]:
    """Every method on one split; returns each method's labels and notes to print."""
    items = as_items(records)
    methods: dict[str, Labels] = {
        "(a) StoryClusterer alone": run_storytrace(items, StoryOptions()),
    }
    notes = []
    if not args.no_pipeline:
        pipeline, alone, note = run_pipeline(records, args.workers)
        methods["(b) storytrace analyze"] = pipeline
        methods["(b') clusterer on analyze's articles"] = alone
        notes.append(note)
    runners: dict[str, Runner] = {
        "single-pass TF-IDF": run_baseline,
        "TF-IDF + agglomerative": run_agglomerative,
    }
    for name, runner in runners.items():
        for source, threshold in thresholds.get(name, []):
            labels = runner(items, threshold)
            if labels is not None:
                methods[f"(c) {name} @{threshold} ({source})"] = labels
    return methods, notes


def print_split(split: str, records: Sequence[Record], methods: dict[str, Labels]) -> None:
    gold = {record.id: record.story for record in records}
    own = [record for record in records if record.case != DISTRACTOR]
    distractors = len(records) - len(own)
    stories = len({record.story for record in own})
    print(
        f"\n== {split}: {len(own)} own articles in {stories} stories "
        f"+ {distractors} distractor pages =="
    )
    # "all" averages over every item, distractors included (mostly easy singletons); "own"
    # averages the same per-item scores over the labelled articles only.
    print(f"  {'method':<48} {'all: P':>7} {'R':>6} {'F1':>6}   {'own: P':>7} {'R':>6} {'F1':>6}")
    for name, labels in methods.items():
        figures = [*bcubed(labels, gold), *own_bcubed(labels, gold, [r.id for r in own])]
        print(f"  {name:<48} " + " ".join(f"{x:>6.3f}" for x in figures[:3]) + "   ", end="")
        print(" ".join(f"{x:>6.3f}" for x in figures[3:]))
    print_cases(records, methods, gold)
    for name in [n for n in methods if n.startswith(("(a)", "(b) "))]:
        print(f"  {name}: stories put together: {'; '.join(confusions(methods[name], records))}")
        print(f"  {name}: split off their story: {', '.join(split_off(methods[name], records))}")


def print_cases(records: Sequence[Record], methods: dict[str, Labels], gold: Labels) -> None:
    """Per case type: mean per-item P/R and merged/split counts, one column per method."""
    cases = Counter(record.case for record in records)
    print("  per case: mean item P / R, then articles merged with another story / split apart")
    names = list(methods)
    print("  " + " " * 26 + "".join(f" {_column(n):>22}" for n in names))
    scores = {name: item_scores(labels, gold) for name, labels in methods.items()}
    for case in sorted(cases, key=lambda c: (c == DISTRACTOR, c)):
        ids = [record.id for record in records if record.case == case]
        cells = []
        for name in names:
            rows = [scores[name][i] for i in ids]
            precision = sum(r[0] for r in rows) / len(rows)
            recall = sum(r[1] for r in rows) / len(rows)
            merged, apart = sum(r[2] for r in rows), sum(r[3] for r in rows)
            cells.append(f"{precision:.2f}/{recall:.2f} m{merged} s{apart}")
        print(f"  {case + f' ({len(ids)})':<26}" + "".join(f" {c:>22}" for c in cells))


def _column(name: str) -> str:
    """A short column head: (a), (b), (b'), SP@0.4 dev, AG@0.8 ECB+."""
    if "@" not in name:
        return name.split(" ")[0]
    kind = "SP" if "single-pass" in name else "AG"
    threshold, _, source = name.split("@")[1].partition(" ")
    return f"{kind}@{threshold} {source.strip('()')}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-pipeline", action="store_true", help="skip the analyze rows (b)")
    args = parser.parse_args()
    own = load_set(SET)
    start, end = min(r.published for r in own), max(r.published for r in own)
    if (PAGES / "ground-truth.json").exists():
        distractors = load_distractors(PAGES, start, end)
    else:
        print(f"no distractors: {PAGES} not found (set STORYTRACE_BENCHMARKS)", file=sys.stderr)
        distractors = []
    untitled = sum(1 for record in distractors if not record.title)
    print(f"{len(own)} own articles; {len(distractors)} distractor pages ({untitled} untitled)")
    splits = {s: in_order(r for r in [*own, *distractors] if r.split == s) for s in SPLITS}
    ecb = load_ecb() if (BENCHMARKS / "news-stories/ecbplus-dev.jsonl").exists() else None
    dev = as_items(splits["dev"])
    thresholds = {
        "single-pass TF-IDF": tuned_row(run_baseline, THRESHOLDS, dev, ecb),
        "TF-IDF + agglomerative": (
            tuned_row(run_agglomerative, AGGLOMERATIVE_GRID, dev, ecb)
            if run_agglomerative(dev[:3], 0.5) is not None
            else []
        ),
    }
    print(f"baseline thresholds (tuned on): {thresholds}")
    for split in SPLITS:
        methods, notes = measure_split(splits[split], thresholds, args)
        for note in notes:
            print(f"{split} {note}")
        print_split(split, splits[split], methods)


if __name__ == "__main__":
    main()
