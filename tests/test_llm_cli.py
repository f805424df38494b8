"""``storytrace analyze --extractor llm`` end to end, through the CLI runner, against a
chat-completions server on 127.0.0.1 (issue 3)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from llm_server import FakeLLM, Step, running_server
from storytrace.cli import app
from storytrace.schema import load_schema

pytestmark = pytest.mark.network

runner = CliRunner()

RECORDS = [
    (
        "Brigades attack Camp Delta",
        "The Northern Brigades attacked Camp Delta on Monday, the Harbour Institute said. "
        "Governor Lina Haddad met Amir Qasim in Port Selim to talk about the road.\n\n"
        "Residents of Port Selim said the market stayed closed for most of the day, and the "
        "ferry to the islands did not sail. Shopkeepers counted the damage in the afternoon.",
    ),
    (
        "Governor blames the Brigades",
        "Governor Lina Haddad accused the Northern Brigades of blocking the road, the Harbour "
        "Institute said. The Northern Brigades attacked Camp Delta on Monday, residents said.\n\n"
        "Teachers in the district said the schools would open again next week if the road "
        "stayed clear, and the bus company promised extra services for the villages.",
    ),
    (
        "Blankets for Port Selim",
        "Relief workers sent blankets to Port Selim on Tuesday. The Dawn Council threatened "
        "Port Selim with a strike, Amir Qasim said.\n\n"
        "The harbour office said three boats had come in with fuel and flour, and that the "
        "queue at the bakery was shorter than on any day since the storm.",
    ),
]


@pytest.fixture
def server() -> Iterator[FakeLLM]:
    with running_server() as state:
        yield state


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "url": f"https://gazette.example/{n}",
                "title": title,
                "published": f"2024-05-0{n + 1}",
                "outlet": "The Harbour Gazette",
                "text": text,
            }
        )
        for n, (title, text) in enumerate(RECORDS)
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def check(document: dict[str, object]) -> None:
    jsonschema.Draft202012Validator(load_schema()).validate(document)


def analyze(feed: Path, db: Path, *extra: str, env: dict[str, str] | None = None) -> dict:  # type: ignore[type-arg]
    code, stdout, stderr = invoke(
        "analyze", str(feed), "--db", str(db), "--workers", "1", "--json", *extra, env=env
    )
    assert code == 0, (stdout, stderr)
    summary = json.loads(stdout)
    check(summary)
    return summary["item"]  # type: ignore[no-any-return]


def test_analyze_with_the_llm_extractor(server: FakeLLM, feed: Path, tmp_path: Path) -> None:
    db = tmp_path / "st.db"
    llm = ("--extractor", "llm", "--llm-url", server.url, "--llm-model", "test-model")
    summary = analyze(feed, db, *llm)
    assert summary["stored"] == 3
    assert summary["llm"] == {"analysed": 3, "cached": 0, "requests": 3, "fell_back": {}}
    assert summary["analysed_for_actors"] == 3

    code, stdout, _ = invoke("articles", "--db", str(db), "--json")
    first = json.loads(stdout)["items"][0]["id"]
    code, stdout, _ = invoke("article", first, "--db", str(db), "--json")
    assert code == 0
    document = json.loads(stdout)
    check(document)
    assert document["item"]["analysis"]["extractor"] == "llm:test-model:prompt-1:schema-1"
    assert document["item"]["mentions"]
    code, stdout, _ = invoke("article", first, "--db", str(db))
    assert "analysis: llm:test-model:prompt-1:schema-1" in stdout

    code, stdout, _ = invoke("events", "--db", str(db), "--json")
    events = json.loads(stdout)
    check(events)
    assert {e["type"] for e in events["items"]} >= {"ASSAULT", "CONSULT", "ACCUSE"}
    code, stdout, _ = invoke("actors", "--db", str(db), "--json")
    check(json.loads(stdout))
    assert "Northern Brigades" in {a["name"] for a in json.loads(stdout)["items"]}
    code, stdout, _ = invoke("stories", "--db", str(db), "--json")
    story = json.loads(stdout)["items"][0]["id"]
    code, stdout, _ = invoke("claims", "--story", story, "--db", str(db), "--json")
    assert code == 0
    check(json.loads(stdout))

    again = analyze(feed, db, *llm)
    assert again["stored"] == 0 and again["llm"]["requests"] == 0
    assert len(server.requests) == 3


def test_settings_from_the_environment(server: FakeLLM, feed: Path, tmp_path: Path) -> None:
    env = {"STORYTRACE_LLM_URL": server.url, "STORYTRACE_LLM_MODEL": "env-model"}
    summary = analyze(feed, tmp_path / "st.db", "--extractor", "llm", env=env)
    assert summary["llm"]["analysed"] == 3
    assert {request["model"] for request in server.requests} == {"env-model"}


def test_failures_fall_back_and_are_shown(server: FakeLLM, feed: Path, tmp_path: Path) -> None:
    server.default = Step(kind="garbage")
    db = tmp_path / "st.db"
    llm = ("--extractor", "llm", "--llm-url", server.url, "--llm-model", "m")
    summary = analyze(feed, db, *llm)
    assert summary["llm"]["fell_back"] == {"bad_json": 3}
    assert summary["llm"]["analysed"] == 0
    code, stdout, _ = invoke("articles", "--db", str(db), "--json")
    first = json.loads(stdout)["items"][0]["id"]
    code, stdout, _ = invoke("article", first, "--db", str(db), "--json")
    analysis = json.loads(stdout)["item"]["analysis"]
    assert analysis["extractor"] == "offline" and analysis["reason"] == "bad_json"
    code, stdout, _ = invoke("article", first, "--db", str(db))
    assert code == 0 and "which failed: bad_json" in stdout
    _, stdout, _ = invoke("events", "--db", str(db), "--json")
    assert json.loads(stdout)["items"]  # the offline extractor's events are there


def test_switching_back_to_offline(server: FakeLLM, feed: Path, tmp_path: Path) -> None:
    db = tmp_path / "st.db"
    llm = ("--extractor", "llm", "--llm-url", server.url, "--llm-model", "m")
    analyze(feed, db, *llm)
    offline = analyze(feed, db)
    assert offline["analysed_for_actors"] == 3 and "llm" not in offline
    code, stdout, _ = invoke("articles", "--db", str(db), "--json")
    assert code == 0
    first = json.loads(stdout)["items"][0]["id"]
    _, stdout, _ = invoke("article", first, "--db", str(db), "--json")
    assert json.loads(stdout)["item"]["analysis"]["extractor"] == "offline"
    back = analyze(feed, db, *llm)
    assert back["llm"] == {"analysed": 3, "cached": 3, "requests": 0, "fell_back": {}}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--extractor", "llm"), "--llm-url"),
        (("--extractor", "llm", "--llm-url", "http://127.0.0.1:9/v1"), "--llm-model"),
        (("--extractor", "llm", "--llm-url", "127.0.0.1:9", "--llm-model", "m"), "http://"),
        (("--extractor", "llm", "--llm-url", "http://[::1/v1", "--llm-model", "m"), "not valid"),
    ],
)
def test_llm_without_settings_is_a_usage_error(
    feed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str
) -> None:
    monkeypatch.delenv("STORYTRACE_LLM_URL", raising=False)
    monkeypatch.delenv("STORYTRACE_LLM_MODEL", raising=False)
    code, _, stderr = invoke("analyze", str(feed), "--db", str(tmp_path / "st.db"), *args)
    assert code == 2
    assert message in stderr and stderr.startswith("Error: ")
    assert not (tmp_path / "st.db").exists()  # refused before anything was done
