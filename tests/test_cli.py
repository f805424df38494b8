"""The command line, through click's CliRunner; JSON output checked against the JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from storytrace.cli import app
from storytrace.schema import load_schema

runner = CliRunner()


def invoke(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def check(document: dict[str, object]) -> None:
    jsonschema.Draft202012Validator(load_schema()).validate(document)


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(load_schema())


def test_analyze_then_read_back(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "st.db")
    code, stdout, _ = invoke("analyze", str(corpus), "--db", db, "--json", "--workers", "1")
    assert code == 0, stdout
    summary = json.loads(stdout)
    check(summary)
    assert summary["item"]["stored"] == 37

    code, stdout, _ = invoke("articles", "--db", db, "--json")
    assert code == 0
    articles = json.loads(stdout)
    check(articles)
    assert len(articles["items"]) == 37

    first = articles["items"][0]
    code, stdout, _ = invoke("article", first["id"][:8], "--db", db, "--json")
    assert code == 0
    one = json.loads(stdout)
    check(one)
    assert {key: one["item"][key] for key in first} == first
    assert one["item"]["story_id"] is not None

    code, stdout, _ = invoke("article", first["id"], "--db", db)
    assert code == 0 and first["title"] in stdout

    code, stdout, _ = invoke("articles", "--db", db, "--search", "convoy", "--limit", "3")
    assert code == 0 and "articles in" in stdout


def test_failures_exit_status_and_listing(tmp_path: Path) -> None:
    db = str(tmp_path / "st.db")
    bad = tmp_path / "scan.html"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    code, stdout, _ = invoke("analyze", str(bad), str(tmp_path / "nope.html"), "--db", db)
    assert code == 1
    assert "binary" in stdout and "unreadable" in stdout
    code, stdout, _ = invoke("failures", "--db", db, "--json")
    assert code == 0
    failures = json.loads(stdout)
    check(failures)
    assert sorted(f["reason"] for f in failures["items"]) == ["binary", "unreadable"]


def test_stdin_input(tmp_path: Path) -> None:
    db = str(tmp_path / "st.db")
    text = "\n\n".join(
        ["A long paragraph about the harbour talks and the new bridge plan. " * 4] * 3
    )
    code, stdout, _ = invoke("analyze", "-", "--db", db, "--json", input=text.encode())
    assert code == 0, stdout
    assert json.loads(stdout)["item"]["stored"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["articles", "--db", "/nonexistent/dir/x.db"], "no store at"),
        (["article", "ffff", "--db", "{db}"], "no article with id"),
        (["analyze", "x", "--max-bytes", "0", "--db", "{db}"], "positive"),
        (["analyze", "x", "--timeout", "0", "--db", "{db}"], "positive"),
        (["analyze", "x", "--delay", "-1", "--db", "{db}"], "0 or more"),
    ],
)
def test_errors_are_one_sentence(tmp_path: Path, args: list[str], message: str) -> None:
    db = tmp_path / "st.db"
    invoke("analyze", str(tmp_path / "none"), "--db", str(db))  # creates the store
    code, stdout, stderr = invoke(*(a.replace("{db}", str(db)) for a in args))
    assert code == 2
    assert message in stderr + stdout
    assert "Traceback" not in stderr + stdout


def test_markup_in_pages_is_shown_literally(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    body = (
        "<p>[bold red]Not markup[/bold red] and [link=x]no link[/link] in a long sentence.</p>" * 6
    )
    page.write_text(f"<html><head><title>[red]T[/red]</title></head><body>{body}</body></html>")
    db = str(tmp_path / "st.db")
    invoke("analyze", str(page), "--db", db)
    _, stdout, _ = invoke("articles", "--db", db, "--json")
    article_id = json.loads(stdout)["items"][0]["id"]
    _, stdout, _ = invoke("article", article_id, "--db", db)
    assert "[bold red]Not markup[/bold red]" in stdout


def test_help_of_every_command_is_complete() -> None:
    code, stdout, _ = invoke("--help")
    assert code == 0
    for command in ("analyze", "articles", "article", "failures", "demo"):
        assert command in stdout
        code, text, _ = invoke(command, "--help")
        assert code == 0 and "--db" in text


def test_demo_runs_into_a_fresh_store(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    for _ in range(2):  # the second run replaces the first store
        code, stdout, _ = invoke("demo", "--db", str(db))
        assert code == 0, stdout
        assert "stories in" in stdout and "actors in" in stdout and "reuse links" in stdout
    code, stdout, _ = invoke("articles", "--db", str(db), "--json")
    assert len(json.loads(stdout)["items"]) == 11


def test_demo_refuses_to_replace_a_foreign_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes")
    code, _, _ = invoke("demo", "--db", str(notes))
    assert code == 2
    assert notes.read_text() == "my notes"
