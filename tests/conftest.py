"""Shared fixtures: a small corpus of our own pages, written into a temporary folder."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

SUBJECTS = [
    "The council",
    "The ministry",
    "A spokesman",
    "The governor",
    "Residents",
    "The army",
    "The institute",
    "Local traders",
    "The committee",
    "Rescue workers",
]
VERBS = [
    "said on Tuesday that",
    "announced that",
    "warned that",
    "confirmed that",
    "denied that",
    "told reporters that",
    "wrote in a statement that",
    "argued that",
]
OBJECTS = [
    "the bridge would reopen next month",
    "talks over the harbour had stalled",
    "fuel prices were expected to rise",
    "the convoy had reached the northern villages",
    "a new school would open in the district",
    "the curfew would be lifted by Friday",
    "flooding had damaged more than forty homes",
    "the budget vote was postponed again",
    "two suspects had been detained near the market",
    "water supplies were back to normal",
]


def sentences(rng: random.Random, count: int) -> list[str]:
    return [
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
        f"(report {rng.randrange(10**6)})."
        for _ in range(count)
    ]


def paragraphs(rng: random.Random, count: int) -> list[str]:
    return [" ".join(sentences(rng, rng.randint(2, 4))) for _ in range(count)]


def html_page(rng: random.Random, n: int) -> str:
    title = f"Story {n}: {rng.choice(OBJECTS).capitalize()}"
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs(rng, rng.randint(4, 7)))
    day = n % 28 + 1
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2021-03-{day:02d}T08:00:00+00:00">
<meta name="author" content="Rana Haddad"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer>Copyright 2021 The Harbour Gazette. All rights reserved.</footer></body></html>"""


def text_dump(rng: random.Random, n: int, site: str) -> str:
    title = f"{rng.choice(OBJECTS).capitalize()} (dump {n})"
    lines = [
        "Search for:",
        "Home | News | Opinion | Contact",
        title,
        f"June {n % 28 + 1}, 2021",
        "",
    ]
    for paragraph in paragraphs(rng, rng.randint(4, 6)):
        lines += [paragraph, ""]
    lines += [
        "Share this:",
        "Twitter",
        "Facebook",
        f"Join our Telegram channel @{site}news",
        "Related posts",
        "Leave a Reply",
        "Your email address will not be published.",
        f"Powered by WordPress | Theme by {site}",
    ]
    return "\n".join(lines) + "\n"


def write_corpus(
    root: Path, *, html: int = 20, text: int = 12, jsonl: int = 5, seed: int = 7
) -> Path:
    """Write HTML pages, text dumps of two sites, and a JSON Lines file under ``root``."""
    rng = random.Random(seed)
    (root / "html").mkdir(parents=True, exist_ok=True)
    for n in range(html):
        (root / "html" / f"page{n:03d}.html").write_text(html_page(rng, n), "utf-8")
    for n in range(text):
        site = "alpha" if n % 2 else "beta"
        folder = root / "dumps" / site
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"dump{n:03d}.txt").write_text(text_dump(rng, n, site), "utf-8")
    if not jsonl:
        return root
    with (root / "feed.jsonl").open("w", encoding="utf-8") as handle:
        for n in range(jsonl):
            record = {
                "url": f"https://wire.example/{n}",
                "title": f"Wire item {n}",
                "published": f"2021-04-{n + 1:02d}",
                "outlet": "Example Wire",
                "text": "\n\n".join(paragraphs(rng, 4)),
            }
            handle.write(json.dumps(record) + "\n")
    return root


@pytest.fixture
def corpus_writer() -> Callable[..., Path]:
    """The corpus writer itself, for tests that want other sizes."""
    return write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")
