"""Build bench/data/provenance/full.jsonl from the hand-written stories in this folder.

The stories are written in ``stories_*.py`` (one list ``STORIES`` per file). An original
article is written in full (:class:`Original`); a repost is written as the article it takes,
the edits its outlet made, and an optional lead-in or ending (:class:`Repost`), so the copy and
its original cannot drift apart when one is corrected. The builder checks every rule of the
README (length, the claim sentence is in the text, copies point to earlier articles, the split)
and that the labelled chains give the labelled count, then writes the JSON Lines file.

    PYTHONPATH=src .venv/bin/python bench/data/provenance/full_source/build.py
"""

from __future__ import annotations

import difflib
import importlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
TARGET = HERE.parent / "full.jsonl"
MIN_WORDS, MAX_WORDS, MIN_CHARACTERS = 120, 400, 600


@dataclass(frozen=True, slots=True, kw_only=True)
class Original:
    """An article written in full; ``claim`` is its sentence stating the main claim."""

    key: str
    outlet: str
    published: str | None
    title: str
    text: str
    claim: str | None
    chain: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Repost:
    """An article made of another article's text: edits (old, new), a lead-in and an ending."""

    key: str
    outlet: str
    published: str | None
    title: str
    of: str
    edits: tuple[tuple[str, str], ...] = ()
    head: str = ""
    tail: str = ""
    chain: tuple[str, ...] | None = None
    claim: str | None = None
    links: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """A labelled story: the count of independent sources behind its main claim."""

    id: str
    category: str
    split: str
    note: str
    count: int
    main_claim: str
    articles: tuple[Original | Repost, ...]
    aliases: dict[str, str] = field(default_factory=dict)


def clean(text: str) -> str:
    """Paragraphs separated by a blank line, whitespace inside a paragraph collapsed."""
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(part for part in paragraphs if part)


def edit(text: str, edits: tuple[tuple[str, str], ...], where: str) -> str:
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit(f"{where}: edit {old!r} found {text.count(old)} times")
        text = text.replace(old, new)
    return text


def edit_share(original: str, copy: str) -> float:
    """Share of the original's words not kept in order by the copy."""
    first, second = original.split(), copy.split()
    matcher = difflib.SequenceMatcher(None, first, second, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return 1 - kept / max(len(first), len(second))


def build_story(story: Story) -> dict[str, Any]:
    rows: dict[str, dict[str, Any]] = {}
    for article in story.articles:
        ident = f"{story.id}{article.key}"
        where = f"{ident}"
        if isinstance(article, Original):
            text, claim, chain, copy_of = clean(article.text), article.claim, article.chain, None
            share = None
        else:
            source = rows.get(f"{story.id}{article.of}")
            if source is None:
                raise SystemExit(f"{where}: reposts {article.of}, which comes later or is missing")
            body = edit(source["text"], article.edits, where)
            text = clean("\n\n".join(part for part in (article.head, body, article.tail) if part))
            claim = article.claim
            if claim is None and source["claim_sentence"]:
                claim = edit(
                    source["claim_sentence"],
                    tuple(
                        (old, new) for old, new in article.edits if old in source["claim_sentence"]
                    ),
                    where,
                )
            chain = tuple(source["chain"]) if article.chain is None else article.chain
            copy_of = source["id"]
            share = edit_share(source["text"], text)
        claim = " ".join(claim.split()) if claim else None
        if claim is not None and text.count(claim) != 1:
            raise SystemExit(f"{where}: claim sentence not found once in the text: {claim!r}")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS or len(text) < MIN_CHARACTERS:
            raise SystemExit(f"{where}: {words} words, {len(text)} characters")
        rows[ident] = {
            "id": ident,
            "outlet": article.outlet,
            "published": article.published,
            "title": article.title,
            "text": text,
            "claim_sentence": claim,
            "chain": list(chain),
            "copy_of": copy_of,
            "links": [list(pair) for pair in article.links],
            "edit_share": share,
        }
    return {
        "id": story.id,
        "split": story.split,
        "category": story.category,
        "note": story.note,
        "count": story.count,
        "main_claim": story.main_claim,
        "articles": list(rows.values()),
        "aliases": story.aliases,
    }


def build_all() -> list[dict[str, Any]]:
    """Build every story of the ``stories_*.py`` files (articles keep their ``edit_share``)."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    # the story files import this module as ``build``: use its classes, not ``__main__``'s
    builder = importlib.import_module("build")
    stories: list[Story] = []
    for path in sorted(HERE.glob("stories_*.py")):
        stories += importlib.import_module(path.stem).STORIES
    built = [builder.build_story(story) for story in stories]
    ids = [story["id"] for story in built]
    if len(set(ids)) != len(ids):
        raise SystemExit("story ids repeat")
    return built


def render(built: list[dict[str, Any]]) -> str:
    """The JSON Lines text of the built stories (without the builder's ``edit_share``)."""
    lines = []
    for story in built:
        articles = [
            {key: value for key, value in article.items() if key != "edit_share"}
            for article in story["articles"]
        ]
        lines.append(json.dumps({**story, "articles": articles}, ensure_ascii=False) + "\n")
    return "".join(lines)


def main() -> None:
    sys.path.insert(0, str(HERE.parents[2]))
    from bench_provenance import gold_count

    built = build_all()
    problems = 0
    for story in built:
        got = gold_count(story)
        if got != story["count"]:
            problems += 1
            print(f"{story['id']}: labelled count {story['count']}, labelled chains give {got}")
        for article in story["articles"]:
            share = article["edit_share"]
            if share is not None:
                print(f"{article['id']}: repost of {article['copy_of']}, {share:.0%} edited")
    splits = {name: sum(s["split"] == name for s in built) for name in ("dev", "heldout")}
    articles = [a for s in built for a in s["articles"]]
    words = sorted(len(a["text"].split()) for a in articles)
    print(
        f"{len(built)} stories {splits}, {len(articles)} articles, words per article "
        f"min {words[0]} median {words[len(words) // 2]} max {words[-1]}"
    )
    if problems:
        raise SystemExit(f"{problems} stories whose chains do not give their count")
    TARGET.write_text(render(built), encoding="utf-8")


if __name__ == "__main__":
    main()
