"""Measure actor mention extraction and merging: B-cubed over gold mentions, traps, speed, demo.

Run by hand (never from the tests):

    PYTHONPATH=src .venv/bin/python bench/bench_actors.py            # labelled set + demo + speed
    PYTHONPATH=src .venv/bin/python bench/bench_actors.py --errors   # also list merge errors

Labelled sets, short articles written for this bench: bench/data/actors/articles.jsonl (66, the
development set: the rules were tuned while looking at its errors) and heldout.jsonl (20, written
once the rules were in place; no change was ever made because of its errors). Each line has
``text``, ``gold`` (gold actor id -> surfaces as written; every occurrence of a surface is a
gold mention of that actor, longest surfaces first, never overlapping), ``trap`` and
``negatives`` (``[surface, nth occurrence, gold actor]``: a span that must NOT be linked to that
actor, e.g. "IS" in "WHAT IS NEXT").

Scoring (stated in docs/actors.md):

* B-cubed precision/recall/F1 over gold mentions, across the whole set (so cross-article merging
  counts). A gold mention takes the actor of the predicted mention that overlaps it most; a gold
  mention no predicted mention overlaps is a singleton cluster of its own.
* Pairwise wrong merges on the trap articles: pairs of gold mentions with different gold actors
  that end up in one predicted actor (at least one mention of the pair in a trap article),
  plus negatives linked to the forbidden actor. The target is zero.
* Mention detection recall: the share of gold mentions that some predicted mention overlaps.
* Speed: articles/s of spaCy's full pipeline (all components, ``nlp.pipe``) and of our path
  (NER-only pipeline + rules + merging), in the same run, reported as a ratio.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from storytrace.actors import Actor, ActorTable, find_actors, name_key
from storytrace.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench/data/actors/articles.jsonl"
HELDOUT = ROOT / "bench/data/actors/heldout.jsonl"
DEMO = ROOT / "examples/demo-truth.json"

Span = tuple[str, int, int]


def load_set(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def gold_mentions(article: dict[str, object]) -> list[tuple[Span, str]]:
    """Every occurrence of every gold surface, longest first, never overlapping."""
    text = str(article["text"])
    gold = article["gold"]
    assert isinstance(gold, dict)
    pairs = [(surface, actor) for actor, surfaces in gold.items() for surface in surfaces]
    pairs.sort(key=lambda pair: -len(pair[0]))
    taken: list[tuple[int, int]] = []
    found: list[tuple[Span, str]] = []
    for surface, actor in pairs:
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            found.append(((str(article["id"]), start, end), actor))
    return found


def predicted_for(table: ActorTable) -> dict[str, list[tuple[int, int, str]]]:
    by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for mention in table.mentions:
        by_article[mention.article_id].append((mention.start, mention.end, mention.actor_id))
    return by_article


def align(span: Span, predicted: dict[str, list[tuple[int, int, str]]]) -> str | None:
    article_id, start, end = span
    best, best_overlap = None, 0
    for p_start, p_end, actor_id in predicted.get(article_id, []):
        overlap = min(end, p_end) - max(start, p_start)
        if overlap > best_overlap:
            best, best_overlap = actor_id, overlap
    return best


def bcubed(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float, float]:
    gold_sizes = Counter(gold)
    predicted_sizes = Counter(predicted)
    both = Counter(zip(gold, predicted, strict=True))
    precision = sum(
        both[(g, p)] / predicted_sizes[p] for g, p in zip(gold, predicted, strict=True)
    ) / len(gold)
    recall = sum(both[(g, p)] / gold_sizes[g] for g, p in zip(gold, predicted, strict=True)) / len(
        gold
    )
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(articles: list[dict[str, object]], table: ActorTable, show_errors: bool) -> None:
    predicted = predicted_for(table)
    spans: list[Span] = []
    gold_ids: list[str] = []
    predicted_ids: list[str] = []
    detected = 0
    for article in articles:
        for span, actor in gold_mentions(article):
            found = align(span, predicted)
            detected += found is not None
            spans.append(span)
            gold_ids.append(actor)
            predicted_ids.append(found or f"missing:{span}")
    precision, recall, f1 = bcubed(gold_ids, predicted_ids)
    print(f"articles {len(articles)}, gold mentions {len(spans)}, gold actors {len(set(gold_ids))}")
    print(f"mention detection recall (overlap) {detected / len(spans):.3f}")
    print(f"B-cubed over gold mentions: P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    traps = {str(article["id"]) for article in articles if article["trap"]}
    wrong = wrong_trap_merges(spans, gold_ids, predicted_ids, traps)
    wrong_negatives = negative_hits(articles, spans, gold_ids, predicted_ids, predicted)
    print(
        f"trap articles {len(traps)}: wrong merges {len(wrong)} pairs, "
        f"negatives linked {wrong_negatives}"
    )
    for pair in sorted(wrong)[:20]:
        print("  WRONG", pair)
    if show_errors:
        print_errors(articles, spans, gold_ids, predicted_ids, table)


def wrong_trap_merges(
    spans: Sequence[Span], gold_ids: Sequence[str], predicted_ids: Sequence[str], traps: set[str]
) -> set[tuple[str, str]]:
    members: dict[str, list[int]] = defaultdict(list)
    for position, actor_id in enumerate(predicted_ids):
        members[actor_id].append(position)
    wrong: set[tuple[str, str]] = set()
    for positions in members.values():
        for first in positions:
            for second in positions:
                if gold_ids[first] >= gold_ids[second]:
                    continue
                if spans[first][0] in traps or spans[second][0] in traps:
                    wrong.add((gold_ids[first], gold_ids[second]))
    return wrong


def negative_hits(
    articles: list[dict[str, object]],
    spans: Sequence[Span],
    gold_ids: Sequence[str],
    predicted_ids: Sequence[str],
    predicted: dict[str, list[tuple[int, int, str]]],
) -> int:
    hits = 0
    for article in articles:
        for surface, nth, forbidden in article["negatives"]:  # type: ignore[attr-defined]
            matches = list(re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", str(article["text"])))
            start, end = matches[nth].span()
            found = align((str(article["id"]), start, end), predicted)
            forbidden_ids = {
                p for g, p in zip(gold_ids, predicted_ids, strict=True) if g == forbidden
            }
            hits += found is not None and found in forbidden_ids
    return hits


def print_errors(
    articles: list[dict[str, object]],
    spans: Sequence[Span],
    gold_ids: Sequence[str],
    predicted_ids: Sequence[str],
    table: ActorTable,
) -> None:
    texts = {str(article["id"]): str(article["text"]) for article in articles}
    names = {actor.id: actor.name for actor in table.actors}
    by_gold: dict[str, Counter[str]] = defaultdict(Counter)
    for span, gold, found in zip(spans, gold_ids, predicted_ids, strict=True):
        surface = texts[span[0]][span[1] : span[2]]
        by_gold[gold][f"{surface} -> {names.get(found, found[:20])}"] += 1
    for gold, counter in sorted(by_gold.items()):
        if len({entry.split(" -> ")[1] for entry in counter}) > 1:
            print(f"  SPLIT {gold}: {dict(counter)}")


def speed(texts: list[str], repeat: int) -> None:
    """Articles/s of spaCy's full pipeline, of the NER-only pipeline, and of our whole path."""
    corpus = texts * repeat
    full = load_pipeline("full")
    ner = load_pipeline("ner")
    timings = {}
    started = time.perf_counter()
    for _ in full.pipe(corpus, batch_size=32):
        pass
    timings["spacy_full"] = time.perf_counter() - started
    started = time.perf_counter()
    for _ in ner.pipe(corpus, batch_size=32):
        pass
    timings["spacy_ner"] = time.perf_counter() - started
    started = time.perf_counter()
    find_actors([(str(i), text) for i, text in enumerate(corpus)])
    timings["ours"] = time.perf_counter() - started
    rates = {name: len(corpus) / seconds for name, seconds in timings.items()}
    print(
        f"speed on {len(corpus)} articles: spaCy full pipeline {rates['spacy_full']:.1f}/s; "
        f"spaCy NER-only {rates['spacy_ner']:.1f}/s; mentions + merging incl. NER "
        f"{rates['ours']:.1f}/s; "
        f"ratio ours/spaCy-full {timings['spacy_full'] / timings['ours']:.2f}; "
        f"rules + merging add {100 * (timings['ours'] / timings['spacy_ner'] - 1):.0f}% to NER"
    )


def demo() -> None:
    truth = json.loads(DEMO.read_text(encoding="utf-8"))
    table = find_actors(demo_texts())
    by_alias: dict[str, set[str]] = defaultdict(set)
    for mention in table.mentions:
        by_alias[name_key(mention.text)].add(mention.actor_id)
    actors = table.by_id()
    whole = 0
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in truth["actors"]:
        found = {alias: by_alias.get(name_key(alias), set()) for alias in actor["aliases"]}
        seen = {alias: ids for alias, ids in found.items() if ids}
        ids = set().union(*seen.values()) if seen else set()
        for actor_id in ids:
            owners[actor_id].add(actor["id"])
        one = len(ids) == 1
        whole += one
        described = sorted(describe(actors, actor_id) for actor_id in ids)
        print(
            f"  {actor['id']:22} {'ONE' if one else 'split' if ids else 'none'}: "
            f"{len(seen)}/{len(found)} spellings found; {described}"
        )
    shared = {actor_id: groups for actor_id, groups in owners.items() if len(groups) > 1}
    print(f"demo: {whole}/{len(truth['actors'])} truth actor groups come out as one actor")
    print(
        f"demo: predicted actors holding two truth groups: {len(shared)} {sorted(shared.values())}"
    )


def describe(actors: dict[str, Actor], actor_id: str) -> str:
    actor = actors[actor_id]
    extras = [actor.type]
    if actor.role:
        extras.append(actor.role)
    if actor.part_of:
        extras.append(f"part of {actors[actor.part_of].name}")
    return f"{actor.name} [{', '.join(extras)}]"


def demo_texts() -> list[tuple[str, str]]:
    """Extract the demo corpus with storytrace's own ingest and extract stages."""
    from storytrace.pipeline import analyze
    from storytrace.store import Store

    with Store(memory=True) as store:
        analyze([str(ROOT / "examples/demo")], store)
        return [(article.id, article.text) for article in store.articles()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list split gold actors")
    parser.add_argument("--repeat", type=int, default=5, help="copies of the set for speed")
    parser.add_argument("--no-demo", action="store_true")
    options = parser.parse_args()
    articles = load_set(DATA)
    for title, path in (("development set", DATA), ("held-out set", HELDOUT)):
        labelled = load_set(path)
        print(f"== {title}: {path.relative_to(ROOT)}")
        table = find_actors([(str(item["id"]), str(item["text"])) for item in labelled])
        score(labelled, table, options.errors)
    print("== speed")
    speed([str(article["text"]) for article in articles], options.repeat)
    if not options.no_demo:
        print("== demo corpus")
        demo()


if __name__ == "__main__":
    main()
