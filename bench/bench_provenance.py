"""Measure independent-source counting on the hand-labelled stories in bench/data/provenance/.

Two runs over the same stories:

1. gold: the labelled copies (as reuse links) and the labelled attribution chains are given;
2. end to end: copies from ``storytrace.reuse.link_texts`` over every pair of a story's
   articles, citations from ``storytrace.provenance.find_citations`` (joined by
   ``citation_chains``), attribution chains from ``storytrace.events.code_events``, acronyms
   from ``find_aliases``; no label is read except the gold count.

Also end to end without ``code_events`` (citations only), to show what the event chains add.

3. pipeline: every story's articles go through ``storytrace analyze`` into one temporary store
   (extraction, events, actors, reuse, stories, sources), as a user runs it; each gold story's
   stored articles are then counted by ``storytrace.linking.story_sources_of`` (the count of the
   story's main claim, as ``storytrace sources`` shows it). Hyperlinks are not passed (the
   articles go in as JSON Lines text).

    PYTHONPATH=src .venv/bin/python bench/bench_provenance.py [--verbose]
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from pathlib import Path
from typing import Any

from storytrace.provenance import (
    Mention,
    citations_from_events,
    count_independent,
    find_aliases,
    find_citations,
    lead_chains,
)
from storytrace.reuse import link_texts

DATA = Path(__file__).parent / "data" / "provenance"


def load(name: str) -> list[dict[str, Any]]:
    """Read the labelled stories of ``name`` (``stories`` or ``heldout``)."""
    path = DATA / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def gold_count(story: dict[str, Any]) -> int:
    """Count with the labelled copies and chains."""
    articles = story["articles"]
    by_id = {article["id"]: article for article in articles}
    links = [
        {
            "a_id": a["copy_of"],
            "b_id": a["id"],
            "direction": "a->b"
            if by_id[a["copy_of"]]["published"] and a["published"]
            else "unknown",
            "a_share": 1.0,
            "b_share": 1.0,
            "repost": a["id"],
        }
        for a in articles
        if a["copy_of"]
    ]
    mentions = [Mention(article_id=a["id"], chain=tuple(a["chain"])) for a in articles]
    outlets = {a["id"]: a["outlet"] for a in articles}
    result = count_independent(
        mentions, articles=outlets, reuse_links=links, aliases=story["aliases"]
    )
    return result.count


def end_to_end(story: dict[str, Any], *, events: bool) -> tuple[int, str]:
    """Count from the texts alone."""
    articles = story["articles"]
    links = []
    for first, second in itertools.combinations(articles, 2):
        link = link_texts(
            first["id"],
            first["text"],
            second["id"],
            second["text"],
            a_published=first["published"],
            b_published=second["published"],
        )
        if link is not None:
            links.append(link)
    chains: dict[str, list[tuple[str, ...]]] = {}
    aliases: dict[str, str] = {}
    for article in articles:
        pairs = [(href, text) for href, text in article["links"]]
        citations = find_citations(article["text"], pairs)
        if events:
            from storytrace.events import code_events

            coded = code_events(article["id"], article["text"])
            citations = citations + citations_from_events(coded)
        chains[article["id"]] = list(lead_chains(article["text"], citations))
        aliases.update(find_aliases(article["text"]))
    mentions = [Mention(article_id=a["id"]) for a in articles]
    outlets = {a["id"]: a["outlet"] for a in articles}
    result = count_independent(
        mentions, articles=outlets, reuse_links=links, chains=chains, aliases=aliases
    )
    return result.count, result.summary


def pipeline_counts(stories: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """Count each story through the whole pipeline, as `storytrace sources` does."""
    import tempfile

    from storytrace.linking import story_sources_of
    from storytrace.model import Story
    from storytrace.pipeline import analyze
    from storytrace.store import Store

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stories.jsonl"
        with path.open("w", encoding="utf-8") as stream:
            for story in stories:
                for article in story["articles"]:
                    record = {
                        "url": f"https://bench.example/{story['id']}/{article['id']}",
                        "outlet": article["outlet"],
                        "published": article["published"],
                        "title": article["text"].split(". ")[0][:120],
                        "text": article["text"],
                    }
                    stream.write(json.dumps(record) + "\n")
        results = []
        with Store(Path(folder) / "st.db") as store:
            analyze([str(path)], store)
            ids = {a.url: a.id for a in store.articles()}
            reasons: dict[str, int] = {}
            for failure in store.failures():
                reasons[failure.reason] = reasons.get(failure.reason, 0) + 1
            print(f"pipeline: {len(ids)} articles stored, not stored: {reasons or 'none'}")
            for story in stories:
                members = tuple(
                    ids[url]
                    for a in story["articles"]
                    if (url := f"https://bench.example/{story['id']}/{a['id']}") in ids
                )
                if not members:
                    results.append((0, "no article stored"))
                    continue
                found = story_sources_of(
                    store,
                    Story(
                        id=members[0],
                        title=None,
                        first_published=None,
                        last_published=None,
                        article_ids=members,
                        outlets=(),
                    ),
                )
                main = found.main.independent if found.main else None
                results.append((main.count if main else 0, main.summary if main else "no claim"))
        return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="print each wrong story")
    parser.add_argument(
        "--set", default="stories", choices=["stories", "heldout"], help="which labelled set"
    )
    args = parser.parse_args()
    stories = load(args.set)
    rows: dict[str, list[bool]] = {
        "gold": [],
        "e2e_citations": [],
        "e2e_full": [],
        "pipeline": [],
    }
    started = time.perf_counter()
    for story, (got, summary) in zip(stories, pipeline_counts(stories), strict=True):
        rows["pipeline"].append(got == story["count"])
        if args.verbose and got != story["count"]:
            print(
                f"pipeline {story['id']}: want {story['count']}, got {got} "
                f"({story['note']}): {summary}"
            )
    for story in stories:
        want = story["count"]
        got = gold_count(story)
        rows["gold"].append(got == want)
        if args.verbose and got != want:
            print(f"gold  {story['id']}: want {want}, got {got} ({story['note']})")
        for name, events in (("e2e_citations", False), ("e2e_full", True)):
            got, summary = end_to_end(story, events=events)
            rows[name].append(got == want)
            if args.verbose and got != want:
                print(f"{name} {story['id']}: want {want}, got {got} ({story['note']}): {summary}")
    elapsed = time.perf_counter() - started
    articles = sum(len(story["articles"]) for story in stories)
    print(f"set: {args.set}, stories: {len(stories)}, articles: {articles}, seconds: {elapsed:.1f}")
    for name, hits in rows.items():
        print(
            f"{name:14} exact-count accuracy {sum(hits) / len(hits):.3f} ({sum(hits)}/{len(hits)})"
        )


if __name__ == "__main__":
    main()
