"""Measure the text-dump extractor on the labelled set in tests/fixtures/textdumps/.

Each fixture is one page: optional ``#url: ...`` lines, then one line of the dump per line,
prefixed ``B `` (body), ``F `` (furniture), ``T `` (the headline) or ``D `` (the date line); a
blank line is blank in the dump. The splits are the folders ``dev`` (tuned on) and ``heldout``
(written first, other sites, not tuned on); each site is a sub-folder.

As the pipeline does, every site's pages are counted first (:func:`page_line_keys`), the
furniture is learned (:func:`learned_furniture`) and then each page is extracted. Prints the
precision and recall of kept body lines per split, with and without site learning, next to a
baseline that keeps every line of at least ten words, and pages per second.

    PYTHONPATH=src .venv/bin/python bench/bench_textdump.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from storytrace.extract.textdump import (
    classify_lines,
    extract_text_dump,
    learned_furniture,
    near_copy,
    page_line_keys,
    prose_keys,
    site_key,
)
from storytrace.model import Article, Page, Source

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "textdumps"
GOLD_LABELS = {"B": "body", "F": "furniture", "T": "title", "D": "date"}


@dataclass(frozen=True, slots=True)
class LabelledPage:
    """One labelled dump."""

    path: Path
    split: str
    site: str
    text: str
    gold: tuple[str, ...]  # per physical line: body, furniture, title, date or blank
    meta: dict[str, str]

    def page(self) -> Page:
        return Page(
            source=Source(kind="file", location=str(self.path)),
            body=self.text.encode("utf-8"),
            kind="text",
            url=self.meta.get("url"),
        )


def parse_labelled(path: Path, split: str) -> LabelledPage:
    """Read one fixture file into the dump text and its per-line gold labels."""
    meta: dict[str, str] = {}
    lines: list[str] = []
    gold: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") and not lines and ":" in raw:
            key, _, value = raw[1:].partition(":")
            meta[key.strip()] = value.strip()
            continue
        if not raw.strip():
            lines.append("")
            gold.append("blank")
            continue
        tag, _, content = raw.partition(" ")
        if tag not in GOLD_LABELS:
            raise ValueError(f"{path}: line {raw[:40]!r} has no B/F/T/D label")
        lines.append(content)
        gold.append(GOLD_LABELS[tag])
    return LabelledPage(path, split, path.parent.name, "\n".join(lines), tuple(gold), meta)


def load_labelled(root: Path = ROOT) -> list[LabelledPage]:
    """Every labelled page under ``root``, split by split, site by site."""
    return [
        parse_labelled(path, path.parent.parent.name) for path in sorted(root.glob("*/*/*.txt"))
    ]


@dataclass
class Score:
    """Counts of kept lines against gold body lines."""

    kept: int = 0
    kept_body: int = 0
    body: int = 0

    def add(self, predicted: Sequence[bool], gold: Sequence[str]) -> None:
        for keep, label in zip(predicted, gold, strict=True):
            self.kept += keep
            self.kept_body += keep and label == "body"
            self.body += label == "body"

    @property
    def precision(self) -> float:
        return self.kept_body / self.kept if self.kept else 0.0

    @property
    def recall(self) -> float:
        return self.kept_body / self.body if self.body else 0.0


def site_furniture(pages: Iterable[LabelledPage]) -> dict[Path, frozenset[str]]:
    """Learn each site's furniture as the pipeline does: group by site_key, count, learn."""
    groups: dict[str, list[LabelledPage]] = defaultdict(list)
    for labelled in pages:
        groups[site_key(labelled.page(), labelled.text)].append(labelled)
    learned: dict[Path, frozenset[str]] = {}
    for members in groups.values():
        counts: Counter[str] = Counter()
        counted = 0
        for labelled in members:
            page_keys = page_line_keys(labelled.text)
            if near_copy(page_keys, sum(1 for key in prose_keys(page_keys) if counts[key])):
                continue  # another version of a page counted already: it counts once
            counts.update(page_keys)
            counted += 1
        keys = learned_furniture(counts, counted)
        for labelled in members:
            learned[labelled.path] = keys
    return learned


def predict(labelled: LabelledPage, furniture: frozenset[str]) -> list[bool]:
    return [label == "body" for label in classify_lines(labelled.text, furniture=furniture)]


def baseline(labelled: LabelledPage) -> list[bool]:
    return [len(line.split()) >= 10 for line in labelled.text.split("\n")]


def evaluate(
    pages: Sequence[LabelledPage], method: Callable[[LabelledPage], list[bool]]
) -> dict[str, Score]:
    """Scores per split and overall (``all``)."""
    scores: dict[str, Score] = defaultdict(Score)
    for labelled in pages:
        predicted = method(labelled)
        scores[labelled.split].add(predicted, labelled.gold)
        scores["all"].add(predicted, labelled.gold)
    return scores


def methods(pages: Sequence[LabelledPage]) -> dict[str, Callable[[LabelledPage], list[bool]]]:
    learned = site_furniture(pages)
    return {
        "textdump+site": lambda labelled: predict(labelled, learned[labelled.path]),
        "textdump": lambda labelled: predict(labelled, frozenset()),
        "baseline>=10w": baseline,
    }


def errors(pages: Sequence[LabelledPage]) -> Iterable[str]:
    """One line per misclassified line (with site learning), for tuning on dev."""
    learned = site_furniture(pages)
    for labelled in pages:
        predicted = predict(labelled, learned[labelled.path])
        for keep, gold, line in zip(
            predicted, labelled.gold, labelled.text.split("\n"), strict=True
        ):
            if keep != (gold == "body"):
                kind = "lost" if gold == "body" else "kept"
                yield f"{labelled.split}/{labelled.site}/{labelled.path.name}: {kind}: {line[:90]}"


def throughput(pages: Sequence[LabelledPage], rounds: int = 20) -> float:
    learned = site_furniture(pages)
    started = time.perf_counter()
    for _ in range(rounds):
        for labelled in pages:
            extract_text_dump(labelled.page(), labelled.text, furniture=learned[labelled.path])
    return rounds * len(pages) / (time.perf_counter() - started)


def metadata(pages: Sequence[LabelledPage]) -> tuple[int, int, int]:
    """How many pages get the gold headline as title, and a published date (of those with D)."""
    learned = site_furniture(pages)
    titles = dated = with_date = 0
    for labelled in pages:
        article = extract_text_dump(
            labelled.page(), labelled.text, furniture=learned[labelled.path]
        )
        lines = labelled.text.split("\n")
        gold_title = next((lines[i] for i, g in enumerate(labelled.gold) if g == "title"), None)
        if isinstance(article, Article):
            titles += article.title == gold_title
            dated += "date" in labelled.gold and article.published is not None
        with_date += "date" in labelled.gold
    return titles, dated, with_date


def main(argv: Sequence[str] = ()) -> int:
    pages = load_labelled()
    sites = {(labelled.split, labelled.site) for labelled in pages}
    print(f"{len(pages)} pages, {len(sites)} sites, root {ROOT}")
    print(f"{'method':<15} {'split':<8} {'precision':>9} {'recall':>7} {'kept':>5} {'body':>5}")
    for name, method in methods(pages).items():
        for split, score in sorted(evaluate(pages, method).items()):
            print(
                f"{name:<15} {split:<8} {score.precision:9.3f} {score.recall:7.3f} "
                f"{score.kept:5d} {score.body:5d}"
            )
    titles, dated, with_date = metadata(pages)
    print(f"title = gold headline: {titles}/{len(pages)}; date found: {dated}/{with_date}")
    print(f"throughput: {throughput(pages):.0f} pages/s")
    if "--errors" in argv:
        for line in errors(pages):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
