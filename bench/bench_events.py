"""Benchmark the event coder: PLOVER gold records, the hand-labelled set, and speed.

Usage (from the repository root):

    PYTHONPATH=src .venv/bin/python bench/bench_events.py [--plover PATH] [--labelled PATH]

1. PLOVER gold (``/work/shared/benchmarks/plover-events/gold-dev.json``): event type accuracy and
   source/target recall (a gold actorText is found when a predicted source/target of the chosen
   event type covers it). DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT. Reported separately
   on even and odd records: the lexicon was only ever looked at against even records.
2. The labelled set (``bench/data/events/labelled.txt``): precision/recall/F1 of events
   (source, type, target) and of attribution chains, and the accuracy of the negated, hedged
   and question flags on matched events; again on even and odd sentences (rules were only
   adjusted by looking at the even ones).
3. Speed: sentences per second of spaCy's full pipeline, of the ``ner+parse`` pipeline, and of
   the coder alone on parsed docs, in the same run (report ratios: the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from storytrace.events import CodingOptions, Event, code_events
from storytrace.nlp import load_pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLOVER = Path("/work/shared/benchmarks/plover-events/gold-dev.json")
LABELLED = Path(__file__).parent / "data" / "events" / "labelled.txt"
RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}


@dataclass
class Gold:
    """One labelled sentence."""

    text: str
    events: list[tuple[str, str, str, frozenset[str]]] = field(default_factory=list)
    chains: list[tuple[str, ...]] = field(default_factory=list)


def read_labelled(path: Path) -> list[Gold]:
    """Read the S:/E:/C: file (see its header)."""
    items: list[Gold] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        tag, _, rest = line.partition(": ")
        if tag == "S":
            items.append(Gold(text=rest.strip()))
        elif tag == "E":
            parts = [part.strip() for part in rest.split("|")]
            flags = frozenset(f.strip() for f in parts[3].split(",")) if parts[3:] else frozenset()
            items[-1].events.append((parts[0], parts[1], parts[2], flags))
        elif tag == "C":
            items[-1].chains.append(tuple(part.strip() for part in rest.split(">")))
    return items


def covers(predicted: str | None, gold: str) -> bool:
    """A predicted phrase matches a gold one when it contains it ("-" matches anything)."""
    if gold == "-":
        return True
    return predicted is not None and gold.lower() in predicted.lower()


def score_events(items: Sequence[Gold], coded: Sequence[tuple[Event, ...]]) -> dict[str, float]:
    """Events as (source, type, target) triples, matched one to one; plus flag accuracy."""
    true_pos = predicted = gold_total = 0
    flags_right = flags_total = 0
    for item, events in zip(items, coded, strict=True):
        free = list(events)
        predicted += len(events)
        gold_total += len(item.events)
        for source, kind, target, flags in item.events:
            match = next(
                (
                    e
                    for e in free
                    if e.type == kind
                    and covers(e.source.text if e.source else None, source)
                    and covers(e.target.text if e.target else None, target)
                ),
                None,
            )
            if match is None:
                continue
            free.remove(match)
            true_pos += 1
            marks = (("neg", match.negated), ("hedge", match.hedged), ("q", match.question))
            for flag, value in marks:
                flags_total += 1
                flags_right += (flag in flags) == value
    result = prf(true_pos, predicted, gold_total)
    result["flag_accuracy"] = flags_right / flags_total if flags_total else 0.0
    return result


def chain_matches(predicted: Sequence[str], gold: Sequence[str]) -> bool:
    """Chains match when of the same length and each predicted speaker covers the gold one."""
    return len(predicted) == len(gold) and all(
        g.lower() in p.lower() or (len(p) > 2 and p.lower() in g.lower())
        for p, g in zip(predicted, gold, strict=True)
    )


def score_chains(items: Sequence[Gold], coded: Sequence[tuple[Event, ...]]) -> dict[str, float]:
    """Distinct non-empty chains per sentence; sentences with no gold event are not scored."""
    true_pos = predicted_total = gold_total = 0
    for item, events in zip(items, coded, strict=True):
        if not item.events:
            continue
        predicted = {tuple(s.text for s in e.attribution) for e in events if e.attribution}
        # A resolved pronoun counts as its written form too.
        written = {
            tuple((s.pronoun.text if s.pronoun else s.text) for s in e.attribution)
            for e in events
            if e.attribution
        }
        predicted_total += len(predicted)
        gold_total += len(item.chains)
        free = list(predicted)
        for gold in item.chains:
            match = next((p for p in free if chain_matches(p, gold)), None)
            if match is None:
                match = next((p for p in written if chain_matches(p, gold)), None)
                if match is not None:
                    match = next((p for p in free if len(p) == len(match)), None)
            if match is not None:
                free.remove(match)
                true_pos += 1
    return prf(true_pos, predicted_total, gold_total)


def prf(true_pos: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1."""
    precision = true_pos / predicted if predicted else 0.0
    recall = true_pos / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": true_pos,
            "predicted": predicted, "gold": gold}  # fmt: skip


def actor_texts(value: object) -> list[str]:
    """The actorText values of a PLOVER source/target field ("" or a list of dicts)."""
    if not isinstance(value, list):
        return []
    return [str(actor.get("actorText", "")) for actor in value if actor.get("actorText")]


def parse_full(texts: Sequence[str]) -> Iterable[Doc]:
    """NER and the dependency parse over every sentence (``ner+parse``)."""
    return load_pipeline("ner+parse").pipe(texts)


def score_plover(
    records: Sequence[dict[str, object]],
    options: CodingOptions | None = None,
    parse: Callable[[Sequence[str]], Iterable[Doc]] = parse_full,
) -> dict[str, float]:
    """Type accuracy of the first event, and source/target recall over gold actor texts."""
    texts = [str(record["text"]) for record in records]
    right = coded = 0
    found = {"source": 0, "target": 0}
    total = {"source": 0, "target": 0}
    for record, doc in zip(records, parse(texts), strict=True):
        events = code_events(str(record["id"]), doc.text, doc, options=options)
        gold_type = RENAMES.get(str(record["event"]), str(record["event"]))
        chosen = [e for e in events if e.type == events[0].type] if events else []
        coded += bool(events)
        right += bool(events) and events[0].type == gold_type
        for role in ("source", "target"):
            spans = [getattr(e, role).text for e in chosen if getattr(e, role) is not None]
            for actor in actor_texts(record.get(role)):
                total[role] += 1
                found[role] += any(actor.lower() in span.lower() for span in spans)
    n = len(records)
    return {
        "records": n,
        "coded": coded / n,
        "type_accuracy": right / n,
        "source_recall": found["source"] / max(total["source"], 1),
        "target_recall": found["target"] / max(total["target"], 1),
    }


def measure_speed(texts: Sequence[str], rounds: int) -> dict[str, float]:
    """Sentences/s for spaCy full, spaCy ner+parse, and the coder on already-parsed docs."""
    batch = list(texts) * rounds
    full = load_pipeline("full")
    parse = load_pipeline("ner+parse")
    list(full.pipe(batch[:20]))  # warm up
    start = time.perf_counter()
    full_docs = list(full.pipe(batch))
    full_seconds = time.perf_counter() - start
    start = time.perf_counter()
    docs = list(parse.pipe(batch))
    parse_seconds = time.perf_counter() - start
    sentences = sum(len(list(doc.sents)) for doc in docs)
    start = time.perf_counter()
    for n, doc in enumerate(docs):
        code_events(str(n), doc.text, doc)
    coder_seconds = time.perf_counter() - start
    del full_docs
    return {
        "sentences": sentences,
        "spacy_full_per_s": sentences / full_seconds,
        "spacy_ner_parse_per_s": sentences / parse_seconds,
        "coder_only_per_s": sentences / coder_seconds,
        "parse_plus_coder_per_s": sentences / (parse_seconds + coder_seconds),
        "coder_time_vs_full_pipeline": coder_seconds / full_seconds,
    }


def code_all(
    texts: Iterable[str], parse: Callable[[Sequence[str]], Iterable[Doc]] = parse_full
) -> list[tuple[Event, ...]]:
    """Parse and code each text."""
    return [code_events(str(n), doc.text, doc) for n, doc in enumerate(parse(list(texts)))]


def main() -> None:
    """Run the three measurements and print one JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plover", type=Path, default=PLOVER)
    parser.add_argument("--labelled", type=Path, default=LABELLED)
    parser.add_argument("--rounds", type=int, default=3, help="repeat the texts for timing")
    args = parser.parse_args()
    report: dict[str, object] = {}
    if args.plover.exists():
        records = json.loads(args.plover.read_text(encoding="utf-8"))
        report["plover_even"] = score_plover(records[0::2])
        report["plover_odd"] = score_plover(records[1::2])
        report["plover_all"] = score_plover(records)
        plover_rules = CodingOptions(plover_intents=True)
        report["plover_intents_even"] = score_plover(records[0::2], plover_rules)
        report["plover_intents_odd"] = score_plover(records[1::2], plover_rules)
    items = read_labelled(args.labelled)
    coded = code_all(item.text for item in items)
    report["labelled_sentences"] = len(items)
    parts = (("even", slice(0, None, 2)), ("odd", slice(1, None, 2)), ("all", slice(None)))
    for name, part in parts:
        report[f"labelled_events_{name}"] = score_events(items[part], coded[part])
        report[f"labelled_attribution_{name}"] = score_chains(items[part], coded[part])
    report["speed"] = measure_speed([item.text for item in items], args.rounds)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
