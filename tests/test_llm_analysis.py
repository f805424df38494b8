"""The LLM analysis stage against the store and a server on 127.0.0.1 (issue 3): caching,
fallback with a recorded reason, switching extractor, and the readers of the later stages."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from llm_server import FakeLLM, Step, running_server
from storytrace.analysis import (
    GIVE_UP_AFTER,
    OFFLINE,
    update_llm_analysis,
    update_offline_analysis,
)
from storytrace.claims import group_claims
from storytrace.linking import analyse_article, update_actors
from storytrace.llm import LLMOptions, extractor_name
from storytrace.model import Article, Source
from storytrace.store import Store
from storytrace.store.schema import MIGRATIONS

pytestmark = pytest.mark.network

TEXTS = [
    "The Northern Brigades attacked Camp Delta on Monday, the Harbour Institute said. "
    "Governor Lina Haddad met Amir Qasim in Port Selim.",
    "Governor Lina Haddad accused the Northern Brigades of blocking the road, the Harbour "
    "Institute said. The Northern Brigades attacked Camp Delta on Monday, residents said.",
    "Relief workers sent blankets to Port Selim. The Dawn Council threatened Port Selim "
    "with a strike, Amir Qasim said.",
]


def make_article(number: int, text: str) -> Article:
    return Article(
        id=f"{number:016x}",
        source=Source(kind="file", location=f"/corpus/{number}.html"),
        kind="html",
        text=text,
        outlet="The Harbour Gazette",
        extractor="test",
    )


ARTICLES = [make_article(n + 1, text) for n, text in enumerate(TEXTS)]


@pytest.fixture
def server() -> Iterator[FakeLLM]:
    with running_server() as state:
        yield state


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(memory=True) as store:
        store.write([(article, None, None, None) for article in ARTICLES])
        yield store


def options_for(server: FakeLLM, **changes: float) -> LLMOptions:
    settings: dict[str, float] = {"max_retries": 1, "backoff": 0.01, **changes}
    return LLMOptions(base_url=server.url, model="test-model", **settings)  # type: ignore[arg-type]


def analysis_tables(store: Store) -> dict[str, object]:
    snapshot = store.snapshot()
    return {
        name: snapshot[name]
        for name in ("article_events", "article_analysis", "llm_cache")
        if name in snapshot
    } | {"actors": sorted(store.local_actors())}


def test_every_article_analysed_and_recorded(server: FakeLLM, store: Store) -> None:
    options = options_for(server)
    summary = update_llm_analysis(store, options)
    assert (summary.analysed, summary.cached, summary.requests) == (3, 0, 3)
    assert not summary.fell_back
    for article in ARTICLES:
        record = store.analysis_of(article.id)
        assert record is not None
        assert record["extractor"] == record["requested"] == extractor_name(options)
        assert record["reason"] is None
    events = list(store.events())
    assert {event["article_id"] for event in events} == {a.id for a in ARTICLES}
    assert all(event["attribution"][0]["text"] == "The Harbour Gazette" for event in events)


def test_rerun_makes_no_request(server: FakeLLM, store: Store) -> None:
    options = options_for(server)
    update_llm_analysis(store, options)
    before = analysis_tables(store)
    again = update_llm_analysis(store, options)
    assert (again.analysed, again.requests) == (0, 0)
    assert len(server.requests) == 3
    assert analysis_tables(store) == before


def test_cached_answers_are_reused_after_switching_back(server: FakeLLM, store: Store) -> None:
    options = options_for(server)
    update_llm_analysis(store, options)
    llm_tables = analysis_tables(store)
    assert update_offline_analysis(store) == 3  # every article the model analysed
    assert store.analysis_of(ARTICLES[0].id) == {
        "extractor": OFFLINE,
        "requested": OFFLINE,
        "reason": None,
        "detail": "",
    }
    assert analysis_tables(store) != llm_tables
    summary = update_llm_analysis(store, options)
    assert (summary.analysed, summary.cached, summary.requests) == (3, 3, 0)
    assert len(server.requests) == 3
    assert analysis_tables(store) == llm_tables


def test_another_model_is_asked_again(server: FakeLLM, store: Store) -> None:
    update_llm_analysis(store, options_for(server))
    other = LLMOptions(base_url=server.url, model="another-model")
    summary = update_llm_analysis(store, other)
    assert (summary.analysed, summary.requests) == (3, 3)
    assert {r["model"] for r in server.requests} == {"test-model", "another-model"}


@pytest.mark.parametrize(
    ("step", "reason"),
    [
        (Step(kind="garbage"), "bad_json"),
        (Step(kind="schema"), "schema_mismatch"),
        (Step(kind="not_chat"), "bad_response"),
        (Step(kind="status", status=500), "server_error"),
        (Step(kind="status", status=429, retry_after="0"), "rate_limited"),
        (Step(kind="status", status=404), "http_error"),
        (Step(delay=1.5), "timeout"),
    ],
)
def test_failures_fall_back_to_offline_with_their_reason(
    server: FakeLLM, store: Store, step: Step, reason: str
) -> None:
    server.default = step
    # A short timeout only where the answer is slow: a loaded machine must not turn the others
    # into timeouts.
    options = options_for(server, timeout=0.4) if step.delay else options_for(server)
    summary = update_llm_analysis(store, options)
    assert summary.analysed == 0 and dict(summary.fell_back) == {reason: 3}
    for article in ARTICLES:
        record = store.analysis_of(article.id)
        assert record is not None
        assert record["extractor"] == OFFLINE
        assert record["requested"] == extractor_name(options)
        assert record["reason"] == reason
        assert record["detail"].startswith("fell back to the offline extractor: ")
        offline_events = analyse_article(article)[1]
        assert list(store.events([article.id])) == [
            {"article_id": article.id, **event} for event in json.loads(offline_events)
        ]
    assert store.snapshot()["llm_cache"] == []  # failures are not cached


def test_fallbacks_are_tried_again_by_the_next_run(server: FakeLLM, store: Store) -> None:
    server.script(Step(kind="ok"), Step(kind="garbage"), Step(kind="ok"))
    options = options_for(server)
    first = update_llm_analysis(store, options)
    assert first.analysed == 2 and dict(first.fell_back) == {"bad_json": 1}
    assert update_offline_analysis(store) == 2  # only what the model analysed
    second = update_llm_analysis(store, options)
    assert (second.analysed, second.cached, second.requests) == (3, 2, 1)


def test_hallucinations_are_dropped_and_noted(server: FakeLLM, store: Store) -> None:
    server.default = Step(kind="hallucinate")
    update_llm_analysis(store, options_for(server))
    assert not any("Zorbak" in event["evidence"]["sentence"] for event in store.events())
    assert all("Zorbak" not in local for local in store.local_actors())
    record = store.analysis_of(ARTICLES[0].id)
    assert record is not None and record["detail"].startswith("dropped ")


def test_text_is_capped(server: FakeLLM, store: Store) -> None:
    update_llm_analysis(store, options_for(server, max_chars=60))
    for request in server.requests:
        sent = request["messages"][-1]["content"].split("<<<\n", 1)[1].rsplit("\n>>>", 1)[0]
        assert len(sent) <= 60
    record = store.analysis_of(ARTICLES[0].id)
    assert record is not None and f"only the first 60 of {len(TEXTS[0])}" in record["detail"]
    for event in store.events():
        assert event["evidence"]["end"] <= 60


def test_requests_run_concurrently_but_bounded(server: FakeLLM) -> None:
    server.default = Step(delay=0.2)
    with Store(memory=True) as store:
        many = [make_article(n + 10, TEXTS[n % 3] + f" Report {n}.") for n in range(10)]
        store.write([(article, None, None, None) for article in many])
        summary = update_llm_analysis(store, options_for(server, concurrency=3))
    assert summary.analysed == 10
    assert 2 <= server.max_active <= 3


def test_later_stages_read_what_the_model_found(server: FakeLLM, store: Store) -> None:
    update_llm_analysis(store, options_for(server))
    assert update_actors(store) == 0  # nothing left to catch up: the model's actors are there
    names = {actor["name"] for actor in store.actors()}
    assert {"Northern Brigades", "Lina Haddad", "Port Selim"} <= names
    northern = next(a for a in store.actors() if a["name"] == "Northern Brigades")
    assert northern["articles"] == 2 and northern["type"] == "armed_group"
    ids = [article.id for article in ARTICLES]
    events = list(store.events(ids))
    claims = group_claims(events, {i: store.mentions_of(i) for i in ids})
    attack = [claim for claim in claims if claim.type == "ASSAULT"]
    assert attack and len(attack[0].articles) == 2  # reported by two articles: one claim


def test_a_store_of_schema_3_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:3], start=1):
        connection.executescript(script)
        connection.execute(f"PRAGMA user_version = {number}")
    connection.commit()
    connection.close()
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        store.write([(ARTICLES[0], None, None, None)])
        assert store.analysis_of(ARTICLES[0].id) is None  # not analysed yet
        store.write_local_actors([(ARTICLES[0].id, "[]")])
        store.write_article_events([(ARTICLES[0].id, "[]")])
        assert store.analysis_of(ARTICLES[0].id) == {
            "extractor": OFFLINE,
            "requested": OFFLINE,
            "reason": None,
            "detail": "",
        }
        assert list(store.articles_analysed_otherwise(OFFLINE)) == []
        assert [a.id for a in store.articles_analysed_otherwise("llm:m:prompt-1:schema-1")] == [
            ARTICLES[0].id
        ]


def test_gives_up_on_a_server_that_refuses_everything(server: FakeLLM) -> None:
    server.default = Step(kind="status", status=404)
    with Store(memory=True) as store:
        many = [
            make_article(n + 10, TEXTS[n % 3] + f" Report {n}.") for n in range(GIVE_UP_AFTER + 3)
        ]
        store.write([(article, None, None, None) for article in many])
        summary = update_llm_analysis(store, options_for(server, concurrency=1))
        # One more may already be queued when the fifth failure is read (two in flight).
        assert len(server.requests) == summary.requests <= GIVE_UP_AFTER + 1
        assert dict(summary.fell_back) == {"http_error": GIVE_UP_AFTER + 3}
        record = store.analysis_of(many[-1].id)
        assert record is not None and "not sent: the last 5 requests" in record["detail"]


def test_a_success_resets_the_count(server: FakeLLM) -> None:
    bad = Step(kind="status", status=404)
    server.script(*[bad] * (GIVE_UP_AFTER - 1), Step(), *[bad] * (GIVE_UP_AFTER - 1))
    with Store(memory=True) as store:
        many = [
            make_article(n + 10, TEXTS[n % 3] + f" Report {n}.") for n in range(2 * GIVE_UP_AFTER)
        ]
        store.write([(article, None, None, None) for article in many])
        summary = update_llm_analysis(store, options_for(server, concurrency=1))
    assert summary.requests == 2 * GIVE_UP_AFTER and summary.analysed == 2


def test_a_cached_answer_that_no_longer_validates_is_asked_again(
    server: FakeLLM, store: Store
) -> None:
    options = options_for(server)
    update_llm_analysis(store, options)
    update_offline_analysis(store)
    with store.transaction() as db:
        db.execute("UPDATE llm_cache SET answer = ? WHERE rowid = 1", ('{"actors": 5}',))
    summary = update_llm_analysis(store, options)
    assert (summary.analysed, summary.cached, summary.requests) == (3, 2, 1)
    assert all(json.loads(answer)["actors"] != 5 for *_, answer in store.snapshot()["llm_cache"])
