"""The labelled provenance sets in bench/data/provenance/ keep their own rules (issue 4).

The full-length set is measured through the whole pipeline, so a broken label (a claim sentence
that is not in its text, a copy of an article that comes later, chains that do not give the
labelled count) would silently change the figures in docs/provenance.md.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "bench" / "data" / "provenance" / "full_source"


def _module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


BENCH = _module("bench_provenance", ROOT / "bench" / "bench_provenance.py")
FULL: list[dict[str, Any]] = BENCH.load("full")


def test_full_set_size_and_split() -> None:
    splits = Counter(story["split"] for story in FULL)
    assert len(FULL) >= 40
    assert set(splits) == {"dev", "heldout"}
    assert abs(splits["dev"] - splits["heldout"]) <= 0.2 * len(FULL)


def test_every_category_is_in_both_splits() -> None:
    seen: dict[str, set[str]] = {}
    for story in FULL:
        seen.setdefault(story["category"], set()).add(story["split"])
    assert {category for category, splits in seen.items() if len(splits) < 2} == set()


@pytest.mark.parametrize("story", FULL, ids=[story["id"] for story in FULL])
def test_full_story_follows_the_rules(story: dict[str, Any]) -> None:
    articles = story["articles"]
    assert 2 <= len(articles) <= 6
    assert story["main_claim"].strip()
    assert story["count"] >= 1
    earlier: set[str] = set()
    for article in articles:
        text = article["text"]
        assert 120 <= len(text.split()) <= 400, article["id"]
        assert len(text) >= 600, article["id"]
        sentence = article["claim_sentence"]
        assert sentence is None or text.count(sentence) == 1, article["id"]
        assert article["copy_of"] is None or article["copy_of"] in earlier, article["id"]
        assert all(link.strip() for link in article["chain"]), article["id"]
        earlier.add(article["id"])
    assert any(article["claim_sentence"] for article in articles)


@pytest.mark.parametrize("name", ["stories", "heldout", "full"])
def test_labelled_chains_give_the_labelled_count(name: str) -> None:
    stories = BENCH.load(name)
    wrong = [story["id"] for story in stories if BENCH.gold_count(story) != story["count"]]
    assert wrong == []


def test_full_set_is_what_its_sources_build() -> None:
    """full.jsonl is generated from full_source/: a hand edit of one of them alone fails here."""
    sys.path.insert(0, str(SOURCE))
    try:
        build = _module("build", SOURCE / "build.py")
        text = build.render(build.build_all())
    finally:
        sys.path.remove(str(SOURCE))
        for name in [
            name for name in sys.modules if name == "build" or name.startswith("stories_")
        ]:
            del sys.modules[name]
    assert text == (ROOT / "bench" / "data" / "provenance" / "full.jsonl").read_text("utf-8")


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        ("One. The port closed today. Two.", "The port closed today.", (5, 27)),
        ('He said "the port is shut" today.', "He said the port is shut today.", (0, 33)),
        ("The port\nclosed today.", "The port closed today.", (0, 22)),
        ("Nothing like it.", "The port closed today.", None),
    ],
)
def test_sentence_span_ignores_spacing_and_quote_marks(
    text: str, sentence: str, expected: tuple[int, int] | None
) -> None:
    assert BENCH.sentence_span(text, sentence) == expected


@pytest.mark.parametrize(
    ("labelled", "hits", "found", "partly"),
    [
        ({"a", "b", "c"}, {"a", "b", "c"}, True, True),
        ({"a", "b", "c"}, {"a", "b"}, False, True),
        ({"a", "b", "c", "d"}, {"a", "b"}, False, True),
        ({"a", "b", "c"}, {"a"}, False, False),
        ({"a", "b"}, set(), False, False),
        (set(), set(), False, False),
    ],
)
def test_main_claim_found_needs_every_labelled_article(
    labelled: set[str], hits: set[str], found: bool, partly: bool
) -> None:
    result = BENCH.PipelineResult(
        count=1, summary="", labelled=frozenset(labelled), hits=frozenset(hits)
    )
    assert (result.found, result.partly_found) == (found, partly)
