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
