"""Stories kept in the store: every article in one story, incremental, shown by the CLI."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from storytrace.cli import app
from storytrace.linking import correct_stories, update_stories
from storytrace.model import Article, DateGuess, Source
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


def blob_state_of(store: Store) -> dict[str, list[list[Any]]]:
    """The rows of migration 9 as migration 3's blob parts (how stores before it kept them)."""
    db = store._db
    stories = db.execute(
        "SELECT id, seq, body_docs, first_published, last_published, data "
        "FROM story_state_stories ORDER BY seq"
    ).fetchall()
    parts: dict[str, list[list[Any]]] = {
        "meta": [list(row) for row in db.execute("SELECT name, value FROM story_state_meta")],
        "frequencies": [
            list(row) for row in db.execute("SELECT key, documents FROM story_state_frequencies")
        ],
        "stories": [list(row)[:5] for row in stories],
        "story_articles": [
            [row["story_id"], row["position"], row["article_id"]]
            for row in db.execute("SELECT * FROM story_state_articles")
        ],
        "merges": [
            list(row) for row in db.execute("SELECT absorbed, into_story FROM story_state_merges")
        ],
        "postings": [],
        "waiting_links": [],
        "story_weights": [],
        "story_recent": [],
        "story_keys": [],
    }
    for key, ids in db.execute("SELECT key, stories FROM story_state_postings"):
        parts["postings"] += [[key, n, story] for n, story in enumerate(json.loads(ids))]
    for article, ids in db.execute("SELECT article_id, linkers FROM story_state_waiting"):
        parts["waiting_links"] += [[article, n, linker] for n, linker in enumerate(json.loads(ids))]
    for row in stories:
        data = json.loads(zlib.decompress(row["data"]))
        for name, sums in data["weights"].items():
            parts["story_weights"] += [[row["id"], name, k, w] for k, w in sums.items()]
        for n, member in enumerate(data["recent"]):
            parts["story_recent"] += [[row["id"], n, k, w] for k, w in member.items()]
        parts["story_keys"] += [[row["id"], n, k] for n, k in enumerate(data["keys"])]
    return parts


@pytest.mark.issue(5)
def test_blob_state_of_older_stores_is_moved_into_rows(corpus: Path) -> None:
    batch = Store(memory=True)
    analyze([str(corpus)], batch)
    old = Store(memory=True)
    analyze([str(corpus / "html")], old)
    parts = blob_state_of(old)
    assert parts["stories"] and parts["story_weights"]
    with old.transaction() as db:
        for table in ("meta", "frequencies", "stories", "articles", "postings", "merges"):
            db.execute(f"DELETE FROM story_state_{table}")
        db.execute("DELETE FROM story_state_waiting")
    old.write_stories(parts, old.stories())
    assert old.has_story_blobs()
    for part in ("feed.jsonl", "dumps"):
        analyze([str(corpus / part)], old)
    assert not old.has_story_blobs()
    assert memberships(old) == memberships(batch)
    assert [s.to_dict() for s in old.stories()] == [s.to_dict() for s in batch.stories()]


TOPICS = (
    ("Quake shakes Veldmark, homes damaged", "A quake shook Veldmark. Crews dug all night."),
    ("Saltira votes on harbour bridge", "Voters in Saltira backed the harbour bridge plan."),
    ("Floods close Orlenby schools", "River water flooded Orlenby classrooms again."),
)


def topic_article(index: int) -> Article:
    title, text = TOPICS[index % 3]
    return Article(
        id=f"t{index}",
        source=Source(kind="file", location=f"/topics/{index}.txt"),
        kind="text",
        text=f"{text} Report {index}.",
        title=title,
        published=DateGuess(value=f"2024-05-0{1 + index // 3}", method="input", confidence=1.0),
    )


@pytest.mark.issue(5)
def test_a_run_rewrites_only_the_stories_it_touches() -> None:
    store = Store(memory=True)
    store.write((topic_article(index), None, None, None) for index in range(9))
    assert update_stories(store) == 9
    assert sorted(len(s.article_ids) for s in store.stories()) == [3, 3, 3]
    store._db.execute("UPDATE stories SET title = 'untouched'")
    store.add_story_correction("move", "t5", "t0")  # an Orlenby report into the quake story
    assert update_stories(store, force=True) == 0
    found = {story.id: story for story in store.stories()}
    assert found["t0"].article_ids == ("t0", "t3", "t5", "t6")
    assert found["t2"].title == TOPICS[2][0]
    assert found["t1"].title == "untouched"  # the vote story was not rewritten
    store.write([(topic_article(9), None, None, None)])  # a new quake report
    assert update_stories(store) == 1
    assert store.story_of("t9") == "t0" and store.story_of("t5") == "t0"
    assert sorted(memberships(store)) == sorted(a.id for a in store.articles())
