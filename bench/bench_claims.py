"""Benchmark claim grouping on the hand-labelled multi-article set.

Usage (from the repository root):

    PYTHONPATH=src .venv/bin/python bench/bench_claims.py [--labelled PATH] [--sweep] [--no-e2e]

1. Gold events: the labelled events (with gold actor ids as mentions) are grouped by
   :func:`storytrace.claims.group_claims`; B-cubed precision/recall/F1 over event mentions
   against the gold claim labels, micro-averaged over all mentions of all cases.
2. End to end: each case's texts go through :func:`storytrace.actors.find_actors` and
   :func:`storytrace.events.code_events`, then grouping. A predicted event matches a gold event
   of the same article when their trigger spans overlap; B-cubed is computed over the gold
   mentions, an unmatched gold mention counting as a claim of its own. Event recall is printed.
3. ``--sweep``: the gold-event figures for a grid of options (thresholds, wording mode, places).

Metric: B-cubed (Bagga and Baldwin 1998) per mention, mentions of different cases never share
a claim.
"""

from __future__ import annotations

import argparse
import itertools
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from storytrace.claims import ClaimOptions, group_claims

LABELLED = Path(__file__).parent / "data" / "claims" / "labelled.txt"
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


@dataclass
class Case:
    """One labelled case: articles and gold events with claim labels."""

    title: str
    texts: dict[str, str] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    mentions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def read_cases(path: Path) -> list[Case]:
    """Read the C:/A:/E: file (see its header)."""
    cases: list[Case] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        tag, _, rest = line.partition(": ")
        if tag == "C":
            cases.append(Case(title=rest.strip()))
        elif tag == "A":
            article_id, _, text = (part.strip() for part in rest.partition("|"))
            cases[-1].texts[article_id] = text
            cases[-1].mentions[article_id] = []
        elif tag == "E":
            _add_event(cases[-1], [part.strip() for part in rest.split("|")])
    return cases


def _add_event(case: Case, parts: Sequence[str]) -> None:
    article_id, trigger, event_type, source, target, flags, label = parts
    text = case.texts[article_id]
    start = text.index(trigger)
    sentence = next(m for m in _SENTENCE.finditer(text) if m.start() <= start < m.end())
    sentence_text = sentence.group().strip()
    sentence_start = text.index(sentence_text, sentence.start())
    event: dict[str, Any] = {
        "article_id": article_id,
        "type": event_type,
        "mode": "",
        "trigger": {"text": trigger, "start": start, "end": start + len(trigger)},
        "source": _party(case, article_id, source, sentence_start),
        "target": _party(case, article_id, target, sentence_start),
        "negated": "neg" in flags,
        "hedged": "hedge" in flags,
        "hedge": "",
        "question": False,
        "attribution": [],
        "evidence": {
            "article_id": article_id,
            "sentence": sentence_text,
            "start": sentence_start,
            "end": sentence_start + len(sentence_text),
        },
    }
    case.events.append(event)
    case.labels.append(label)


def _party(case: Case, article_id: str, written: str, offset: int) -> dict[str, Any] | None:
    if written == "-":
        return None
    phrase, _, key = written.partition("@")
    text = case.texts[article_id]
    start = text.find(phrase, offset)
    start = start if start >= 0 else text.index(phrase)
    span = {"text": phrase, "start": start, "end": start + len(phrase)}
    if key:
        case.mentions[article_id].append({**span, "label": "", "actor_id": key})
    return {**span, "actor": None, "label": ""}


def bcubed(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float]:
    """B-cubed precision and recall sums (not yet divided) for parallel label lists."""
    precision = recall = 0.0
    for i in range(len(gold)):
        same_pred = {j for j in range(len(gold)) if predicted[j] == predicted[i]}
        same_gold = {j for j in range(len(gold)) if gold[j] == gold[i]}
        both = len(same_pred & same_gold)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    return precision, recall


def _labels(claims: Sequence[Any]) -> dict[tuple[str, int], str]:
    return {
        (mention.article_id, mention.start): claim.id
        for claim in claims
        for mention in claim.mentions
    }


def score_gold(
    cases: Sequence[Case], options: ClaimOptions, *, verbose: bool = False
) -> tuple[float, float, float]:
    """B-cubed P, R, F1 of grouping the gold events."""
    precision = recall = 0.0
    total = 0
    for case in cases:
        claims = group_claims(case.events, case.mentions, options=options)
        found = _labels(claims)
        predicted = [found[(e["article_id"], e["trigger"]["start"])] for e in case.events]
        p, r = bcubed(case.labels, predicted)
        precision, recall, total = precision + p, recall + r, total + len(case.labels)
        if verbose and (p < len(case.labels) or r < len(case.labels)):
            print(f"  {case.title}: gold {case.labels} predicted {_short(predicted)}")
    return _prf(precision / total, recall / total)


def _short(labels: Sequence[str]) -> list[str]:
    names: dict[str, str] = {}
    return [names.setdefault(label, f"p{len(names) + 1}") for label in labels]


def _prf(precision: float, recall: float) -> tuple[float, float, float]:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_end_to_end(
    cases: Sequence[Case], options: ClaimOptions, *, verbose: bool = False
) -> tuple[tuple[float, float, float], float, int]:
    """B-cubed P, R, F1 end to end, the share of gold events found, and predicted events."""
    from storytrace.actors import find_actors
    from storytrace.events import code_events

    precision = recall = 0.0
    total = matched = predicted_count = 0
    for case in cases:
        table = find_actors(case.texts.items())
        mentions: dict[str, list[dict[str, Any]]] = {key: [] for key in case.texts}
        for mention in table.mentions:
            mentions[mention.article_id].append(
                {
                    "start": mention.start,
                    "end": mention.end,
                    "text": mention.text,
                    "label": mention.label,
                    "actor_id": mention.actor_id,
                }
            )
        events: list[dict[str, Any]] = []
        for article_id, text in case.texts.items():
            spans = [
                _Span(m["text"], m["start"], m["end"], m["label"]) for m in mentions[article_id]
            ]
            for event in code_events(article_id, text, mentions=spans):
                events.append({"article_id": article_id, **event.to_dict()})
        predicted_count += len(events)
        found = _labels(group_claims(events, mentions, options=options))
        predicted = []
        for number, gold in enumerate(case.events):
            match = _match(gold, events)
            matched += match is not None
            predicted.append(found[match] if match else f"unmatched-{number}")
        p, r = bcubed(case.labels, predicted)
        precision, recall, total = precision + p, recall + r, total + len(case.labels)
        if verbose and (p < len(case.labels) or r < len(case.labels)):
            print(f"  {case.title}: gold {case.labels} predicted {_short(predicted)}")
    return _prf(precision / total, recall / total), matched / total, predicted_count


@dataclass(frozen=True)
class _Span:
    text: str
    start: int
    end: int
    label: str


def _match(gold: Mapping[str, Any], events: Sequence[Mapping[str, Any]]) -> tuple[str, int] | None:
    low, high = gold["trigger"]["start"], gold["trigger"]["end"]
    for event in events:
        trigger = event["trigger"]
        same_article = event["article_id"] == gold["article_id"]
        if same_article and min(high, trigger["end"]) > max(low, trigger["start"]):
            return (event["article_id"], trigger["start"])
    return None


def sweep(cases: Sequence[Case]) -> None:
    """Print the gold-event figures over a grid of options."""
    print("known partial unknown differ wording places    P     R     F1")
    for known, partial, unknown, differ, wording, places in itertools.product(
        (0.0, 0.08, 0.15),
        (0.15, 0.25, 0.35),
        (0.35, 0.45, 0.6),
        (0.0, 0.1, 0.15, 0.25),
        ("sentence", "arguments"),
        (True, False),
    ):
        options = replace(
            ClaimOptions(),
            known_threshold=known,
            partial_threshold=partial,
            unknown_threshold=unknown,
            wording=wording,
            use_places=places,
            differ_penalty=differ,
        )
        p, r, f = score_gold(cases, options)
        print(
            f"{known:5} {partial:7} {unknown:7} {differ:6} {wording:9} {places!s:6} "
            f"{p:.3f} {r:.3f} {f:.3f}"
        )


def speed(cases: Sequence[Case], copies: int) -> None:
    """Time grouping all gold events of all cases, repeated ``copies`` times, in one call."""
    events: list[dict[str, Any]] = []
    mentions: dict[str, list[dict[str, Any]]] = {}
    for copy in range(copies):
        for number, case in enumerate(cases):
            for event in case.events:
                article_id = f"{copy}-{number}-{event['article_id']}"
                events.append({**event, "article_id": article_id})
            for article_id, found in case.mentions.items():
                mentions[f"{copy}-{number}-{article_id}"] = found
    began = time.perf_counter()
    claims = group_claims(events, mentions)
    seconds = time.perf_counter() - began
    print(f"speed: {len(events)} events -> {len(claims)} claims in {seconds:.2f} s in one call")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=Path, default=LABELLED)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--no-e2e", action="store_true")
    parser.add_argument("--errors", action="store_true", help="print the cases with errors")
    parser.add_argument("--speed", type=int, default=0, help="copies of the set to time")
    args = parser.parse_args()
    cases = read_cases(args.labelled)
    mentions = sum(len(case.labels) for case in cases)
    claims = sum(len(set(case.labels)) for case in cases)
    articles = sum(len(case.texts) for case in cases)
    print(
        f"{len(cases)} cases, {articles} articles, {mentions} gold event mentions, {claims} claims"
    )
    if args.sweep:
        sweep(cases)
    if args.speed:
        speed(cases, args.speed)
    options = ClaimOptions()
    p, r, f = score_gold(cases, options, verbose=args.errors)
    singletons = score_gold(
        cases, replace(options, known_threshold=2.0, partial_threshold=2.0, unknown_threshold=2.0)
    )
    print(f"gold events (defaults): B3 P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print("baseline, every event its own claim: B3 P {:.3f} R {:.3f} F1 {:.3f}".format(*singletons))
    if not args.no_e2e:
        began = time.perf_counter()
        (p, r, f), coverage, count = score_end_to_end(cases, options, verbose=args.errors)
        seconds = time.perf_counter() - began
        print(
            f"end to end (find_actors + code_events): B3 P {p:.3f} R {r:.3f} F1 {f:.3f}; "
            f"gold events found {coverage:.3f}; {count} predicted events; {seconds:.1f} s"
        )


if __name__ == "__main__":
    main()
