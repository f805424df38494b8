"""Exports: JSON Lines and CSV of articles, GraphML of the copy graph, parsed back."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from storytrace.cli import app
from storytrace.export import CSV_COLUMNS, write_graphml
from storytrace.model import Article, Source

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("export") / "st.db")
    assert CliRunner().invoke(app, ["analyze", str(EXAMPLES / "demo"), "--db", db]).exit_code == 0
    return db


def test_jsonl_and_csv_hold_every_article(demo_db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    lines = runner.invoke(app, ["export", "--db", demo_db]).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 11 and all(record["story_id"] for record in records)
    target = tmp_path / "articles.csv"
    result = runner.invoke(app, ["export", "--format", "csv", "-o", str(target), "--db", demo_db])
    assert result.exit_code == 0 and "11 articles" in result.stdout
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {row["id"] for row in rows} == {record["id"] for record in records}


def test_graphml_edges_run_from_original_to_copy(demo_db: str) -> None:
    runner = CliRunner()
    story = json.loads(runner.invoke(app, ["stories", "--db", demo_db, "--json"]).stdout)
    largest = story["items"][0]
    xml = runner.invoke(
        app, ["export", "--format", "graphml", "--story", largest["id"], "--db", demo_db]
    ).stdout
    graph = ET.fromstring(xml.split("\n", 1)[1])  # after the XML declaration
    nodes = {n.get("id") for n in graph.iterfind(".//g:node", NS)}
    assert nodes == set(largest["article_ids"])
    edges = list(graph.iterfind(".//g:edge", NS))
    assert edges and all(e.get("source") in nodes and e.get("target") in nodes for e in edges)
    published = {
        n.get("id"): (n.findtext("g:data[@key='node_published']", "", NS))
        for n in graph.iterfind(".//g:node", NS)
    }
    for edge in edges:
        order = edge.findtext("g:data[@key='edge_order']", "", NS)
        if order == "known":
            assert published[edge.get("source")][:10] <= published[edge.get("target")][:10]


def test_graphml_escapes_what_pages_hold() -> None:
    hostile = Article(
        id="0" * 16, source=Source(kind="file", location="/x"), kind="html",
        text="body", title='<b>"quotes" & \x00control\x1b</b>', outlet="A & B",
    )  # fmt: skip
    stream = io.StringIO()
    assert write_graphml([(hostile, None)], [], stream) == (1, 0)
    graph = ET.fromstring(stream.getvalue().split("\n", 1)[1])
    title = graph.findtext(".//g:data[@key='node_title']", "", NS)
    assert title == '<b>"quotes" & control</b>'


def test_unknown_format_is_refused(demo_db: str) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "pdf", "--db", demo_db])
    assert result.exit_code == 2
