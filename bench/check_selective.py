"""Check that the selective parse codes what the full parse codes (issue 3, analysis speed).

Run by hand (never from the tests):

    PYTHONPATH=src .venv/bin/python bench/check_selective.py [--articles 200] [--show 5]

Two analyses of the same texts, side by side, both with today's rule code:

- full: NER and the dependency parser over every sentence of every piece
  (:func:`storytrace.events.parse_article`), as the analysis ran before the selective parse;
- selective: :func:`storytrace.linking.analyse_article` as ``analyze`` runs it now (NER and
  sentence ends everywhere, the parser only on sentences that may hold an event).

Printed: over the ECB+ texts of bench_analysis.py, the labelled event sentences, the labelled
actor articles and the PLOVER gold records, how many articles get identical local actors and
identical events, and how many events agree on (type, trigger, source, target) and in every
field; then the events bench's scores (labelled set F1, PLOVER type accuracy and recall) and the
actors bench's B-cubed, each with both parses.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from bench_actors import DATA as ACTORS_DEV
from bench_actors import HELDOUT as ACTORS_HELDOUT
from bench_actors import load_set
from bench_actors import score as score_actors
from bench_analysis import load_articles
from bench_events import LABELLED, PLOVER, read_labelled, score_chains, score_events, score_plover
from storytrace.actors import ActorMerger, extract_mentions, resolve_article
from storytrace.events import (
    code_events,
    find_entities,
    parse_article,
    parse_selected,
    split_chunks,
)
from storytrace.linking import analyse_article, events_json
from storytrace.model import Article, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc

Parse = Callable[[str], "Doc"]


def full_parse(text: str) -> Doc:
    """Every sentence parsed, in the same pieces as the analysis."""
    return parse_article(text)


def selective_parse(text: str) -> Doc:
    """The analysis's parse: the parser only where an event can be."""
    return parse_selected(text, split_chunks(text))


def analyse_full(article: Article) -> tuple[str, str]:
    """The analysis of ``analyse_article`` on the full parse."""
    text = article.text
    doc = full_parse(text)
    found = resolve_article(article.id, text, extract_mentions(text, doc))
    local = json.dumps([asdict(item) for item in found], ensure_ascii=False)
    return local, events_json(article, local, doc=doc)


def as_article(number: int, text: str) -> Article:
    return Article(
        id=f"{number:016x}",
        source=Source(kind="file", location=f"/check/{number}"),
        kind="text",
        text=text,
        outlet="Bench",
    )


def event_key(event: dict[str, Any]) -> tuple[object, ...]:
    return (
        event["type"],
        event["trigger"]["start"],
        (event["source"] or {}).get("text"),
        (event["target"] or {}).get("text"),
    )


def compare(name: str, texts: Sequence[str], show: int) -> None:
    """Both analyses over ``texts``: identical actors and events, events in common."""
    same_actors = same_events = old_total = new_total = same_key = same_all = 0
    shown = 0
    for number, text in enumerate(texts):
        article = as_article(number, text)
        old, new = analyse_full(article), analyse_article(article)
        same_actors += old[0] == new[0]
        same_events += old[1] == new[1]
        old_events, new_events = json.loads(old[1]), json.loads(new[1])
        old_total += len(old_events)
        new_total += len(new_events)
        same_key += sum(
            (Counter(map(event_key, old_events)) & Counter(map(event_key, new_events))).values()
        )
        dumps = [
            Counter(json.dumps(e, sort_keys=True) for e in side)
            for side in (old_events, new_events)
        ]
        same_all += sum((dumps[0] & dumps[1]).values())
        if old[1] != new[1] and shown < show:
            shown += 1
            for label, side, other in (("full", old_events, 1), ("selective", new_events, 0)):
                only = [e for e in side if json.dumps(e, sort_keys=True) not in dumps[other]]
                print(f"  {name}[{number}] {label}: {[event_key(e) for e in only]}")
    print(
        f"{name}: {len(texts)} texts; identical actors {same_actors}, identical events "
        f"{same_events}; events full {old_total}, selective {new_total}; the same "
        f"(type, trigger, source, target) {same_key}, the same in every field {same_all}"
    )


def coded(texts: Sequence[str], parse: Parse) -> list[tuple[Any, ...]]:
    """Events of each text (no mentions: the events bench codes on the Doc's entities)."""
    found = []
    for number, text in enumerate(texts):
        doc = parse(text)
        found.append(code_events(str(number), text, doc) if doc.has_annotation("DEP") else ())
    return found


def events_scores(parse: Parse, label: str) -> None:
    items = read_labelled(LABELLED)
    events = coded([item.text for item in items], parse)
    for part, chosen in (
        ("even", slice(0, None, 2)),
        ("odd", slice(1, None, 2)),
        ("all", slice(None)),
    ):
        scored = score_events(items[chosen], events[chosen])
        chains = score_chains(items[chosen], events[chosen])
        print(
            f"  {label:<9} labelled {part:<4} event F1 {scored['f1']:.3f} "
            f"(P {scored['precision']:.3f} R {scored['recall']:.3f})  "
            f"attribution F1 {chains['f1']:.3f}"
        )
    if PLOVER.exists():
        records = json.loads(PLOVER.read_text(encoding="utf-8"))
        result = score_plover(records, parse=lambda texts: [parse(text) for text in texts])
        print(
            f"  {label:<9} PLOVER all: type accuracy {result['type_accuracy']:.3f}, source "
            f"recall {result['source_recall']:.3f}, target recall {result['target_recall']:.3f}"
        )


def actors_scores(entities: Parse, label: str) -> None:
    for title, path in (("development", ACTORS_DEV), ("held-out", ACTORS_HELDOUT)):
        labelled = load_set(path)
        merger = ActorMerger()
        for item in labelled:
            text = str(item["text"])
            merger.add(
                resolve_article(str(item["id"]), text, extract_mentions(text, entities(text)))
            )
        print(f"  {label} / {title}:")
        score_actors(labelled, merger.result(), False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument(
        "--show", type=int, default=0, help="print this many differing texts per set"
    )
    args = parser.parse_args()
    ecb = [article.text for article in load_articles(args.articles)]
    events = [item.text for item in read_labelled(LABELLED)]
    actors = [str(item["text"]) for path in (ACTORS_DEV, ACTORS_HELDOUT) for item in load_set(path)]
    print("== the same analysis on both parses")
    compare("ECB+", ecb, args.show)
    compare("events labelled", events, args.show)
    compare("actors labelled", actors, args.show)
    if PLOVER.exists():
        plover = [str(record["text"]) for record in json.loads(PLOVER.read_text(encoding="utf-8"))]
        compare("PLOVER", plover, args.show)
    print("== events bench scores")
    events_scores(full_parse, "full")
    events_scores(selective_parse, "selective")
    print("== actors bench scores (mentions from each analysis's entities)")
    actors_scores(full_parse, "full")
    actors_scores(lambda text: find_entities(text, split_chunks(text)), "selective")


if __name__ == "__main__":
    main()
