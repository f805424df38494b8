"""Stories kept in the store: every article in one story, incremental, shown by the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from storytrace.cli import app
from storytrace.linking import correct_stories, update_stories
from storytrace.pipeline import analyze
from storytrace.schema import load_schema
from storytrace.store import Store


def memberships(store: Store) -> dict[str, str]:
    return {article: story.id for story in store.stories() for article in story.article_ids}


def test_stories_partition_the_articles(corpus: Path) -> None:
    store = Store(memory=True)
    summary = analyze([str(corpus)], store)
    assert summary.clustered == 37
    members = memberships(store)
    assert sorted(members) == sorted(a.id for a in store.articles())
    assert update_stories(store) == 0  # nothing new: nothing changes
    assert memberships(store) == members


def test_runs_in_timeline_order_equal_one_batch(corpus: Path) -> None:
    batch = Store(memory=True)
    analyze([str(corpus)], batch)
    daily = Store(memory=True)
    # The pages are dated March (HTML), April (JSON Lines) and June (dumps) 2021.
    for part in ("html", "feed.jsonl", "dumps"):
        analyze([str(corpus / part)], daily)
    assert memberships(daily) == memberships(batch)
    assert [s.to_dict() for s in daily.stories()] == [s.to_dict() for s in batch.stories()]
    assert daily.reuse_links() == batch.reuse_links()


def test_cli_lists_and_shows_stories(corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "st.db")
    assert runner.invoke(app, ["analyze", str(corpus), "--db", db]).exit_code == 0
    validator = jsonschema.Draft202012Validator(load_schema())
    listing = json.loads(runner.invoke(app, ["stories", "--db", db, "--json"]).stdout)
    validator.validate(listing)
    assert sum(item["article_count"] for item in listing["items"]) == 37
    first = listing["items"][0]
    shown = runner.invoke(app, ["story", first["id"][:10], "--db", db, "--json"])
    detail = json.loads(shown.stdout)
    validator.validate(detail)
    assert [entry["id"] for entry in detail["item"]["timeline"]] == first["article_ids"]
    text = runner.invoke(app, ["story", first["id"], "--db", db]).stdout
    assert f"{first['article_count']} articles" in text
    missing = runner.invoke(app, ["story", "ffffffff", "--db", db])
    assert missing.exit_code == 2


@pytest.mark.parametrize(
    ("corrections", "expected"),
    [
        ([], {"a": ["a", "b", "c"], "d": ["d"]}),
        ([("move", "c", "d")], {"a": ["a", "b"], "d": ["d", "c"]}),
        ([("move", "a", None)], {"b": ["b", "c"], "a": ["a"], "d": ["d"]}),
        ([("merge", "d", "b")], {"a": ["a", "b", "c", "d"]}),
        ([("merge", "d", "b"), ("move", "d", None)], {"a": ["a", "b", "c"], "d": ["d"]}),
        ([("move", "gone", "a"), ("move", "b", "gone")], {"a": ["a", "b", "c"], "d": ["d"]}),
    ],
)
def test_corrections_name_articles_not_story_ids(
    corrections: list[tuple[str, str, str | None]], expected: dict[str, list[str]]
) -> None:
    groups = {"a": ["a", "b", "c"], "d": ["d"]}
    got = correct_stories(groups, corrections)
    assert {key: sorted(value) for key, value in got.items()} == {
        key: sorted(value) for key, value in expected.items()
    }


def test_hand_corrections_survive_new_arrivals(corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "st.db")
    demo = Path(__file__).resolve().parents[1] / "examples" / "demo"
    assert runner.invoke(app, ["analyze", str(demo), "--db", db]).exit_code == 0
    with Store(db) as store:
        stories = store.stories()
    big, small = stories[0], stories[-1]
    moved = big.article_ids[-1]
    result = runner.invoke(app, ["story-move", moved, "--to", small.id[:12], "--db", db])
    assert result.exit_code == 0, result.output
    merged = runner.invoke(app, ["story-merge", stories[1].id, big.id, "--db", db])
    assert merged.exit_code == 0, merged.output
    runner.invoke(app, ["analyze", str(corpus), "--db", db])  # new articles arrive
    with Store(db) as store:
        assert store.story_of(moved) == store.story_of(small.article_ids[0])
        assert store.story_of(stories[1].article_ids[0]) == store.story_of(big.article_ids[0])
        assert sum(len(s.article_ids) for s in store.stories()) == 11 + 37
    bad = runner.invoke(app, ["story-move", moved, "--db", db])
    assert bad.exit_code == 2 and "--to STORY or --new" in bad.output
