"""`storytrace sources`, `storytrace provenance` and the source-graph export on the demo corpus."""

from __future__ import annotations

import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from storytrace.cli import app
from storytrace.linking import sources_signatures, update_sources
from storytrace.schema import load_schema
from storytrace.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("sources") / "st.db")
    assert CliRunner().invoke(app, ["analyze", str(EXAMPLES / "demo"), "--db", db]).exit_code == 0
    return db


def run_json(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    jsonschema.validate(document, load_schema())
    return document


def letter_story(db: str) -> str:
    truth = json.loads((EXAMPLES / "demo-truth.json").read_text("utf-8"))
    titles = {a["title"] for a in truth["articles"] if a["story"] == "harithi-letter"}
    for story in run_json("stories", "--db", db)["items"]:
        if story["title"] in titles:
            return str(story["id"])
    raise AssertionError("the letter story is missing")


def test_the_letter_story_has_one_independent_source(demo_db: str) -> None:
    story = letter_story(demo_db)
    rows = {row["story_id"]: row for row in run_json("sources", "--db", demo_db)["items"]}
    assert rows[story]["independent_sources"] == 1, rows[story]["sources_summary"]
    assert rows[story]["outlet_count"] >= 6
    assert "Levant Monitoring Institute" in rows[story]["sources_summary"]
    listed = {s["id"]: s for s in run_json("stories", "--db", demo_db)["items"]}
    assert listed[story]["independent_sources"] == 1


def test_story_sources_name_each_claim(demo_db: str) -> None:
    story = letter_story(demo_db)
    item = run_json("sources", "--story", story[:8], "--db", demo_db)["item"]
    assert item["story_id"] == story
    main = item["main_claim"]
    assert main["independent"]["count"] == 1 and len(main["articles"]) >= 3
    assert all(c["independent"]["count"] >= 1 for c in item["claims"])
    text = CliRunner().invoke(app, ["sources", "--story", story, "--db", demo_db]).stdout
    assert "Main claim" in text and "independent source" in text


def test_provenance_shows_the_copy_and_the_citations(demo_db: str) -> None:
    story = letter_story(demo_db)
    item = run_json("provenance", story, "--db", demo_db)["item"]
    kinds = {edge["kind"] for edge in item["graph"]["edges"]}
    assert {"copies", "quotes", "cites", "published_by"} <= kinds
    labels = {node["id"]: node["label"] for node in item["graph"]["nodes"]}
    copies = [
        (labels[e["source"]], labels[e["target"]])
        for e in item["graph"]["edges"]
        if e["kind"] == "copies"
    ]
    assert any(
        a.startswith("Frontline Notes") and b.startswith("Levant Monitoring Institute")
        for a, b in copies
    )
    tied = {n["label"]: n["actor_id"] for n in item["graph"]["nodes"] if n["actor_id"]}
    with Store(demo_db) as store:
        actor_names = {a["id"]: a["name"] for a in store.actors()}
    assert actor_names[tied["Levant Monitoring Institute"]] == "Levant Monitoring Institute"
    result = CliRunner().invoke(app, ["provenance", "nosuchstory", "--db", demo_db])
    assert result.exit_code == 2


def test_source_graph_exports_as_graphml(demo_db: str, tmp_path: Path) -> None:
    target = tmp_path / "sources.graphml"
    result = CliRunner().invoke(
        app, ["export", "--format", "sources", "-o", str(target), "--db", demo_db]
    )
    assert result.exit_code == 0, result.output
    root = ET.parse(target).getroot()
    namespace = "{http://graphml.graphdrawing.org/xmlns}"
    graph = root.find(f"{namespace}graph")
    assert graph is not None
    nodes = {node.get("id") for node in graph.findall(f"{namespace}node")}
    edges = graph.findall(f"{namespace}edge")
    assert edges and all(e.get("source") in nodes and e.get("target") in nodes for e in edges)
    assert any(node and node.startswith("party:") for node in nodes)


def test_counts_are_stored_and_recounted_only_when_a_story_changes(
    demo_db: str, tmp_path: Path
) -> None:
    own = tmp_path / "copy.db"  # this test changes the store: work on a copy
    with sqlite3.connect(demo_db) as source, sqlite3.connect(own) as target:
        source.backup(target)
    demo_db = str(own)
    with Store(demo_db) as store:
        assert update_sources(store) == 0
        before = store.source_signatures()
        assert before == sources_signatures(store)
        one = sorted(before)[0]
        assert store.source_signatures([one]) == {one: before[one]}
        assert sources_signatures(store, [one]) == {one: before[one]}
    story = letter_story(demo_db)
    with Store(demo_db) as store:
        moved = store.story(story)
        assert moved is not None
        article = moved.article_ids[-1]
    result = CliRunner().invoke(app, ["story-move", article, "--new", "--db", demo_db])
    assert result.exit_code == 0, result.output
    with Store(demo_db) as store:
        assert store.source_signatures() == sources_signatures(store)
        assert store.independent_counts()[store.story_of(article) or ""][0] is not None


def test_a_link_to_a_stored_article_of_another_story_is_followed() -> None:
    from storytrace.linking import story_sources_of
    from storytrace.model import Article, DateGuess, Link, Source, Story

    herald_text = (
        "Our reporters found that the water board sold the reservoir land at Lake Orme in "
        "secret to a developer last spring, for far less than its value."
    )
    post_text = (
        "The water board sold the reservoir land at Lake Orme in secret, as revealed on Monday. "
        "Board members did not answer calls from the City Post."
    )
    anchor = post_text.index("revealed on Monday")
    herald = Article(
        id="00000000000000a1",
        source=Source(kind="file", location="/t/herald.html"),
        kind="html",
        text=herald_text,
        outlet="Lake Herald",
        url="https://www.lakeherald.example/news/reservoir-sale/",
        published=DateGuess(value="2026-08-01", method="test", confidence=1.0),
    )
    post = Article(
        id="00000000000000b2",
        source=Source(kind="file", location="/t/post.html"),
        kind="html",
        text=post_text,
        outlet="City Post",
        url="https://citypost.example/reservoir",
        published=DateGuess(value="2026-08-02", method="test", confidence=1.0),
        links=(
            Link(
                href="http://lakeherald.example/news/reservoir-sale?utm_source=feed",
                text="revealed on Monday",
                start=anchor,
                end=anchor + len("revealed on Monday"),
            ),
        ),
    )
    with Store(memory=True) as store:
        store.write([(herald, None, None, None), (post, None, None, None)])
        found = story_sources_of(
            store,
            Story(
                id=post.id,
                title=None,
                first_published=None,
                last_published=None,
                article_ids=(post.id,),
                outlets=("City Post",),
            ),
        )
    assert found.main is not None
    assert found.main.independent.roots[0].key == f"article:{herald.id}"
    edges = {(e.source, e.target, e.kind) for e in found.graph.edges}
    assert (f"article:{post.id}", f"article:{herald.id}", "cites") in edges


def test_article_json_carries_its_events_with_attribution(demo_db: str) -> None:
    story = letter_story(demo_db)
    item = run_json("article", story, "--db", demo_db)["item"]
    assert item["events"], "the institute's article codes events"
    for event in item["events"]:
        assert event["article_id"] == item["id"]
        assert event["attribution"][0]["text"] == item["outlet"]
        start, end = event["evidence"]["start"], event["evidence"]["end"]
        assert item["text"][start:end].strip()


def test_story_dates_and_outlets_fit_a_narrow_table() -> None:
    from storytrace.cli import _dates, _outlets_line

    assert _dates("2025-02-03T09:30:00+02:00", "2025-02-07") == "2025-02-03/07"
    assert _dates("2025-01-30", "2025-02-02") == "2025-01-30/02-02"
    assert _dates("2024-12-30", "2025-01-02") == "2024-12-30/2025-01-02"
    assert _dates("2025-02-03", None) == "2025-02-03"
    assert _dates(None, None) == "—"
    assert _outlets_line(["A", "B"]) == "A, B"
    assert _outlets_line(["A", "B", "C", "D", "E"]) == "5: A, B, C, +2"
