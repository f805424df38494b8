"""The chat-completions client against a real HTTP server on 127.0.0.1 (issue 3)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from llm_server import FakeLLM, Step, running_server
from storytrace.errors import ConfigError
from storytrace.llm import (
    ANSWER_SCHEMA,
    API_KEY_ENV,
    ChatClient,
    LLMFailure,
    LLMOptions,
    build_messages,
    request_analysis,
)
from storytrace.llm.client import _retry_after

pytestmark = pytest.mark.network

TEXT = (
    "The Northern Brigades attacked Camp Delta on Monday, the Harbour Institute said. "
    "Governor Lina Haddad met Amir Qasim in Port Selim."
)


@pytest.fixture
def server() -> Iterator[FakeLLM]:
    with running_server() as state:
        yield state


def client_for(server: FakeLLM, sleeps: list[float] | None = None, **options: float) -> ChatClient:
    settings = LLMOptions(base_url=server.url, model="test-model", **options)  # type: ignore[arg-type]
    record = sleeps.append if sleeps is not None else (lambda seconds: None)
    return ChatClient(settings, sleep=record)


def test_request_shape(server: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    with client_for(server) as client:
        answer = request_analysis(client, TEXT)
    assert not isinstance(answer, LLMFailure)
    assert server.paths == ["/v1/chat/completions"]
    request = server.requests[0]
    assert request["model"] == "test-model"
    assert request["temperature"] == 0
    assert request["messages"] == build_messages(TEXT)
    assert [m["role"] for m in request["messages"]] == ["system", "user"]
    assert TEXT in request["messages"][1]["content"]
    form = request["response_format"]
    assert form["type"] == "json_schema"
    assert form["json_schema"]["schema"] == dict(ANSWER_SCHEMA)
    assert "authorization" not in server.headers[0]


def test_api_key_sent_as_bearer_token_when_set(
    server: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(API_KEY_ENV, "sk-test-secret")
    with client_for(server) as client:
        request_analysis(client, TEXT)
    assert server.headers[0]["authorization"] == "Bearer sk-test-secret"


def test_api_key_never_in_a_failure(server: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(API_KEY_ENV, "sk-test-secret")
    server.script(Step(kind="status", status=401))
    with client_for(server) as client:
        failure = request_analysis(client, TEXT)
    assert isinstance(failure, LLMFailure) and failure.reason == "http_error"
    assert "sk-test-secret" not in failure.detail and "sk-test-secret" not in repr(failure)


def test_retries_a_server_error_then_answers(server: FakeLLM) -> None:
    server.script(Step(kind="status", status=500), Step(kind="status", status=503))
    sleeps: list[float] = []
    with client_for(server, sleeps, backoff=0.5) as client:
        answer = request_analysis(client, TEXT)
    assert isinstance(answer, dict) and answer["events"]
    assert len(server.requests) == 3
    assert sleeps == [0.5, 1.0]  # doubled each time


def test_honours_retry_after(server: FakeLLM) -> None:
    server.script(Step(kind="status", status=429, retry_after="7"))
    sleeps: list[float] = []
    with client_for(server, sleeps) as client:
        answer = request_analysis(client, TEXT)
    assert isinstance(answer, dict)
    assert sleeps == [7.0]


def test_really_waits_between_attempts(server: FakeLLM) -> None:
    server.script(Step(kind="status", status=429, retry_after="1"))
    options = LLMOptions(base_url=server.url, model="m")
    started = time.monotonic()
    with ChatClient(options) as client:
        answer = request_analysis(client, TEXT)
    assert isinstance(answer, dict)
    assert time.monotonic() - started >= 1.0


def test_retry_after_is_capped(server: FakeLLM) -> None:
    server.script(Step(kind="status", status=429, retry_after="3600"))
    sleeps: list[float] = []
    with client_for(server, sleeps, max_wait=5.0) as client:
        request_analysis(client, TEXT)
    assert sleeps == [5.0]


@pytest.mark.parametrize(
    ("status", "reason"), [(500, "server_error"), (502, "server_error"), (429, "rate_limited")]
)
def test_gives_up_after_bounded_retries(server: FakeLLM, status: int, reason: str) -> None:
    server.default = Step(kind="status", status=status)
    sleeps: list[float] = []
    with client_for(server, sleeps, max_retries=2, backoff=0.01) as client:
        failure = request_analysis(client, TEXT)
    assert isinstance(failure, LLMFailure)
    assert failure.reason == reason
    assert "after 3 attempts" in failure.detail and str(status) in failure.detail
    assert len(server.requests) == 3 and len(sleeps) == 2


@pytest.mark.parametrize("status", [400, 401, 404])
def test_client_errors_are_not_retried(server: FakeLLM, status: int) -> None:
    server.default = Step(kind="status", status=status)
    with client_for(server) as client:
        failure = request_analysis(client, TEXT)
    assert isinstance(failure, LLMFailure) and failure.reason == "http_error"
    assert len(server.requests) == 1


def test_connection_errors_are_retried_then_reported() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again below: nothing listens there
    sleeps: list[float] = []
    options = LLMOptions(base_url=f"http://127.0.0.1:{port}/v1", model="m", max_retries=2)
    with ChatClient(options, sleep=sleeps.append) as client:
        failure = request_analysis(client, TEXT)
    assert isinstance(failure, LLMFailure) and failure.reason == "connection_error"
    assert len(sleeps) == 2 and "after 3 attempts" in failure.detail


def test_slow_answer_is_a_timeout_and_not_retried(server: FakeLLM) -> None:
    server.script(Step(delay=2.0))
    with client_for(server, [], timeout=0.3) as client:
        failure = request_analysis(client, TEXT)
    assert isinstance(failure, LLMFailure) and failure.reason == "timeout"
    assert len(server.requests) == 1


def test_server_that_refuses_response_format_is_asked_in_the_prompt(server: FakeLLM) -> None:
    server.default = Step(kind="refuse_format")
    with client_for(server) as client:
        first = request_analysis(client, TEXT)
        second = request_analysis(client, TEXT)
    assert isinstance(first, dict) and isinstance(second, dict)
    assert ["response_format" in r for r in server.requests] == [True, False, False]


@pytest.mark.parametrize(
    ("kind", "reason"),
    [("garbage", "bad_json"), ("schema", "schema_mismatch"), ("not_chat", "bad_response")],
)
def test_bad_answers_are_failures_with_a_reason(server: FakeLLM, kind: str, reason: str) -> None:
    server.script(Step(kind=kind))
    with client_for(server) as client:
        failure = request_analysis(client, TEXT)
    assert isinstance(failure, LLMFailure) and failure.reason == reason
    assert failure.detail
    assert len(server.requests) == 1


def test_json_in_a_fenced_block_is_read(server: FakeLLM) -> None:
    server.script(Step(kind="fenced"))
    with client_for(server) as client:
        answer = request_analysis(client, TEXT)
    assert isinstance(answer, dict) and answer["actors"]


def test_proxy_settings_are_ignored(server: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    with client_for(server) as client:
        assert isinstance(request_analysis(client, TEXT), dict)


def test_retry_after_values() -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert _retry_after("12") == 12.0
    assert _retry_after(" 1.5 ") == 1.5
    assert _retry_after("-3") == 0.0
    assert 25 <= (_retry_after(later) or 0) <= 31
    assert _retry_after("soon") is None
    assert _retry_after(None) is None


@pytest.mark.parametrize(
    "changes",
    [
        {"base_url": "127.0.0.1:8080/v1"},
        {"model": " "},
        {"timeout": 0},
        {"concurrency": 0},
        {"max_chars": 0},
        {"max_retries": -1},
    ],
)
def test_invalid_options_are_refused(changes: dict[str, object]) -> None:
    settings: dict[str, object] = {"base_url": "http://127.0.0.1:8080/v1", "model": "m", **changes}
    with pytest.raises(ConfigError):
        LLMOptions(**settings)  # type: ignore[arg-type]
