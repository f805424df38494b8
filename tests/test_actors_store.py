"""Actors kept in the store: found for new articles, merged across all, shown by the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from storytrace.cli import app
from storytrace.linking import update_actors
from storytrace.pipeline import analyze
from storytrace.schema import load_schema
from storytrace.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def demo_store() -> Store:
    store = Store(memory=True)
    analyze([str(EXAMPLES / "demo")], store)
    return store


@pytest.mark.parametrize("group", ["harithi", "jaw"])
def test_demo_spellings_merge_into_one_actor(demo_store: Store, group: str) -> None:
    truth = json.loads((EXAMPLES / "demo-truth.json").read_text("utf-8"))
    aliases = next(actor for actor in truth["actors"] if actor["id"] == group)["aliases"]
    found = {
        alias["alias"]: actor["id"]
        for actor in demo_store.actors()
        for alias in actor["aliases"]
        if alias["alias"] in aliases
    }
    assert len(found) >= 4, found  # most of the spellings were seen as mentions
    assert len(set(found.values())) == 1, found


def test_actors_are_found_once(demo_store: Store) -> None:
    assert update_actors(demo_store) == 0
    counts = {actor["id"]: actor["mentions"] for actor in demo_store.actors()}
    article = next(demo_store.articles())
    mentions = demo_store.mentions_of(article.id)
    assert mentions, "the first demo article names actors"
    for mention in mentions:
        assert article.text[mention["start"] : mention["end"]] == mention["text"]
        assert mention["actor_id"] in counts


def test_cli_lists_actors(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "st.db")
    assert runner.invoke(app, ["analyze", str(EXAMPLES / "demo"), "--db", db]).exit_code == 0
    listing = json.loads(runner.invoke(app, ["actors", "--db", db, "--json"]).stdout)
    jsonschema.Draft202012Validator(load_schema()).validate(listing)
    names = [actor["name"] for actor in listing["items"]]
    assert "Levant Monitoring Institute" in names
    text = runner.invoke(app, ["actors", "--db", db, "--limit", "3"]).stdout
    assert "3 actors" in text


def test_events_are_coded_with_the_outlet_first(demo_store: Store) -> None:
    events = list(demo_store.events())
    assert events, "the demo articles report events"
    heads = demo_store.article_heads()
    for event in events:
        outlet = heads[event["article_id"]][2]
        assert event["attribution"][0]["kind"] == "outlet"
        assert event["attribution"][0]["text"] == outlet
    chained = [e for e in events if len(e["attribution"]) > 1]
    assert chained, "some events are asserted through a speaker or a document"
    article = demo_store.article(events[0]["article_id"])
    assert article is not None
    evidence = events[0]["evidence"]
    assert article.text[evidence["start"] : evidence["end"]] == evidence["sentence"]


def test_cli_lists_events_by_story_and_type(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "st.db")
    assert runner.invoke(app, ["analyze", str(EXAMPLES / "demo"), "--db", db]).exit_code == 0
    story = json.loads(runner.invoke(app, ["stories", "--db", db, "--json"]).stdout)["items"][0]
    listing = runner.invoke(app, ["events", "--story", story["id"], "--db", db, "--json"])
    events = json.loads(listing.stdout)
    jsonschema.Draft202012Validator(load_schema()).validate(events)
    assert {e["article_id"] for e in events["items"]} <= set(story["article_ids"])
    typed = json.loads(
        runner.invoke(app, ["events", "--type", "request", "--db", db, "--json"]).stdout
    )
    assert typed["items"] and {e["type"] for e in typed["items"]} == {"REQUEST"}
    assert runner.invoke(app, ["events", "--story", "ffffff", "--db", db]).exit_code == 2


def test_the_repost_is_linked_to_its_original(demo_store: Store) -> None:
    truth = json.loads((EXAMPLES / "demo-truth.json").read_text("utf-8"))
    by_file = {a["file"]: a for a in truth["articles"]}
    repost = next(a for a in truth["articles"] if a.get("copies_of"))
    original = next(a for a in truth["articles"] if a["id"] == repost["copies_of"])
    ids = {
        article.source.location.rsplit("/", 1)[-1]: article.id
        for article in demo_store.articles()
        if article.source.record is None
    }
    copy_id, source_id = ids[repost["file"]], ids[original["file"]]
    links = [
        link
        for link in demo_store.reuse_links([copy_id])
        if {link["a_id"], link["b_id"]} == {copy_id, source_id}
    ]
    assert len(links) == 1, by_file.keys()
    link = links[0]
    earlier = link["a_id"] if link["direction"] == "a->b" else link["b_id"]
    assert earlier == source_id  # from the institute to the blog
    assert link["similarity"] > 0.5
    copy = demo_store.article(copy_id)
    source = demo_store.article(source_id)
    assert copy is not None and source is not None
    for passage in link["passages"][:3]:
        a_text = (source if link["a_id"] == source_id else copy).text
        assert passage["a_end"] - passage["a_start"] > 40
        assert a_text[passage["a_start"] : passage["a_end"]].strip()
    assert demo_store.story_of(copy_id) == demo_store.story_of(source_id)


def test_cli_lists_reuse(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "st.db")
    assert runner.invoke(app, ["analyze", str(EXAMPLES / "demo"), "--db", db]).exit_code == 0
    listing = json.loads(runner.invoke(app, ["reuse", "--db", db, "--json"]).stdout)
    jsonschema.Draft202012Validator(load_schema()).validate(listing)
    assert listing["items"]
    assert "reuse links" in runner.invoke(app, ["reuse", "--db", db]).stdout


def test_hand_merges_and_splits_survive_later_runs(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "st.db")
    assert runner.invoke(app, ["analyze", str(EXAMPLES / "demo"), "--db", db]).exit_code == 0

    def actors() -> dict[str, dict[str, object]]:
        listing = runner.invoke(app, ["actors", "--db", db, "--json"]).stdout
        return {actor["name"]: actor for actor in json.loads(listing)["items"]}

    before = actors()
    assert "Sword of the Valley Brigades" in before  # the translation the text never glosses
    merged = runner.invoke(
        app, ["actor-merge", "Sword of the Valley Brigades", "Saif al-Wadi Brigades", "--db", db]
    )
    assert merged.exit_code == 0, merged.output
    split = runner.invoke(
        app, ["actor-split", "Abu Muhammad al-Harithi", "Abu Muhammad", "--db", db]
    )
    assert split.exit_code == 0, split.output
    for _ in range(2):  # and again after a later run
        after = actors()
        assert "Sword of the Valley Brigades" not in after
        brigades = after["Saif al-Wadi Brigades"]["aliases"]
        assert "Sword of the Valley Brigades" in {a["alias"] for a in brigades}  # type: ignore[attr-defined]
        assert "Abu Muhammad" in after
        leader = after["Abu Muhammad al-Harithi"]["aliases"]
        assert "Abu Muhammad" not in {a["alias"] for a in leader}  # type: ignore[attr-defined]
        runner.invoke(app, ["analyze", str(EXAMPLES / "demo"), "--db", db])
    dictionary = runner.invoke(app, ["actor-dictionary", "--db", db]).stdout
    assert "Sword of the Valley Brigades" in dictionary and "separate" in dictionary
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: X\n  type: wizard\n")
    failed = runner.invoke(app, ["actor-dictionary", str(bad), "--db", db])
    assert failed.exit_code == 2


def test_cli_lists_a_storys_claims(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "st.db")
    assert runner.invoke(app, ["analyze", str(EXAMPLES / "demo"), "--db", db]).exit_code == 0
    story = json.loads(runner.invoke(app, ["stories", "--db", db, "--json"]).stdout)["items"][0]
    listing = json.loads(
        runner.invoke(app, ["claims", "--story", story["id"], "--db", db, "--json"]).stdout
    )
    jsonschema.Draft202012Validator(load_schema()).validate(listing)
    shared = [claim for claim in listing["items"] if len(claim["mentions"]) > 1]
    assert shared, "the repost and the institute report the same claims"
    for claim in shared:
        assert {m["article_id"] for m in claim["mentions"]} <= set(story["article_ids"])
    assert (
        "claims in story"
        in runner.invoke(app, ["claims", "--story", story["id"], "--db", db]).stdout
    )
