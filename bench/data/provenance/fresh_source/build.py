# ruff: noqa: E501
"""Check the fresh stories against the README's rules and write ../fresh.jsonl.

    PYTHONPATH=src .venv/bin/python bench/data/provenance/fresh_source/build.py

The count check here is this set's own reading of the README's labelling rules, written
without the product's counting code: a copy rests on its original's source; a chain rests on
its innermost party; a party that is an outlet of the story rests on that outlet's article;
an unnamed party (written in lower case: "witnesses", "a shopkeeper", "sources close to the
inquiry") belongs to the outlet that quotes it; acronyms go through the story's ``aliases``.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import stories_1  # noqa: E402
import stories_2  # noqa: E402
import stories_3  # noqa: E402
import stories_4  # noqa: E402

CATEGORIES = {
    "copy of a copy",
    "partial copy",
    "agencies",
    "translation",
    "video seen and translated",
    "document",
    "statement and witness",
    "denial alongside",
    "independent",
    "outlet citing an outlet",
    "unnamed sources",
    "named person",
    "press release",
    "wire syndicated",
    "mixed",
}
LINK = re.compile(r"https://bench\.example/([^/]+)/([^/]+)$")


def source_of(
    article: dict[str, Any], story: dict[str, Any], seen: frozenset[str]
) -> tuple[str, str]:
    """The key of the source ``article`` rests on, by the README's rules."""
    if article["id"] in seen:
        raise ValueError(f"{article['id']}: circular chain")
    seen = seen | {article["id"]}
    by_id = {a["id"]: a for a in story["articles"]}
    if article["copy_of"]:
        return source_of(by_id[article["copy_of"]], story, seen)
    aliases = story["aliases"]
    chain = [aliases.get(party, party) for party in article["chain"]]
    outlets = {a["outlet"]: a for a in story["articles"]}
    for position, party in enumerate(chain):
        if party in outlets and outlets[party] is not article:
            return source_of(outlets[party], story, seen)
        if party[0].islower():
            quoting = chain[position - 1] if position else article["outlet"]
            return (quoting, party)
    if not chain:
        return ("own", article["outlet"])
    return ("party", chain[-1])


def edited_share(original: str, copy: str) -> float:
    """Share of the copy's words not in the longest common run with the original."""
    a, b = original.split(), copy.split()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return 1 - kept / len(b)


def check(story: dict[str, Any]) -> list[str]:
    """What is wrong with ``story`` (empty when nothing)."""
    problems = []
    sid = story["id"]
    if story["category"] not in CATEGORIES:
        problems.append(f"{sid}: category {story['category']!r}")
    outlets = [a["outlet"] for a in story["articles"]]
    if len(set(outlets)) != len(outlets):
        problems.append(f"{sid}: an outlet has two articles")
    by_id = {}
    for article in story["articles"]:
        aid = article["id"]
        if not aid.startswith(sid) or aid in by_id:
            problems.append(f"{aid}: bad or repeated id")
        words = len(article["text"].split())
        if not 120 <= words <= 250 or len(article["text"]) < 600:
            problems.append(f"{aid}: {words} words, {len(article['text'])} characters")
        if article["text"].count(article["claim_sentence"]) != 1:
            problems.append(
                f"{aid}: claim sentence occurs {article['text'].count(article['claim_sentence'])} times"
            )
        if article["copy_of"]:
            original = by_id.get(article["copy_of"])
            if original is None or original["published"] > article["published"]:
                problems.append(f"{aid}: copy of a missing or later article")
        for href, text in article["links"]:
            match = LINK.match(href)
            if match and (match.group(1) != sid or match.group(2) not in by_id):
                problems.append(f"{aid}: link to {href}")
            if text not in article["text"]:
                problems.append(f"{aid}: anchor text {text!r} not in the text")
        by_id[aid] = article
    if not problems:
        keys = {source_of(a, story, frozenset()) for a in story["articles"]}
        if len(keys) != story["count"]:
            problems.append(
                f"{sid}: labelled {story['count']}, chains give {len(keys)}: {sorted(keys)}"
            )
    return problems


def main() -> None:
    stories = stories_1.STORIES + stories_2.STORIES + stories_3.STORIES + stories_4.STORIES
    problems = [p for s in stories for p in check(s)]
    ids = [s["id"] for s in stories]
    if len(set(ids)) != len(ids):
        problems.append("repeated story id")
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    articles = [a for s in stories for a in s["articles"]]
    words = sorted(len(a["text"].split()) for a in articles)
    print(
        f"{len(stories)} stories, {len(articles)} articles, words {words[0]}-{words[-1]} (median {words[len(words) // 2]})"
    )
    counts: dict[int, int] = {}
    for s in stories:
        counts[s["count"]] = counts.get(s["count"], 0) + 1
    print("counts:", dict(sorted(counts.items())))
    for s in stories:
        by_id = {a["id"]: a for a in s["articles"]}
        for a in s["articles"]:
            if a["copy_of"]:
                share = edited_share(by_id[a["copy_of"]]["text"], a["text"])
                print(f"  {a['id']} copy of {a['copy_of']}: {share:.0%} edited")
    first = sum(1 for a in articles if not a["text"].startswith(a["claim_sentence"]))
    own = sum(1 for a in articles if not a["chain"] and not a["copy_of"])
    copies = sum(1 for a in articles if a["copy_of"])
    print(f"claim not first: {first}, own voice: {own}, copies: {copies}")
    with (HERE.parent / "fresh.jsonl").open("w", encoding="utf-8") as stream:
        for s in stories:
            stream.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
