"""A chat-completions server on 127.0.0.1 for the LLM extractor's tests.

It answers from the request's content, like a tiny model: it reads the article between ``<<<`` and
``>>>`` in the user message, takes capitalised word runs as actors and a few verbs as events (the
name before the verb acts on the name after it; "X said" makes X the speaker). It can be told to
misbehave, one request at a time: see :meth:`FakeLLM.script`.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_NAME = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:\s+(?:al-|el-)?[A-Z][a-z]+)*")
_VERBS = {
    "attacked": ("ASSAULT", ""),
    "shelled": ("ASSAULT", "artillery"),
    "bombed": ("ASSAULT", "aerial"),
    "met": ("CONSULT", ""),
    "accused": ("ACCUSE", ""),
    "sent": ("AID", "humanitarian"),
    "threatened": ("THREATEN", ""),
}
_NOT_NAMES = {"The", "On", "In", "It", "He", "She", "They", "Officials", "Monday", "Tuesday"}
_SPEAKER = re.compile(r"(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\s+said\b")


def article_of(request: dict[str, Any]) -> str:
    """The article text a request carries."""
    content = request["messages"][-1]["content"]
    return content.split("<<<\n", 1)[1].rsplit("\n>>>", 1)[0]


def names_in(sentence: str) -> list[re.Match[str]]:
    """Capitalised word runs that are not sentence-initial function words."""
    found = []
    for match in _NAME.finditer(sentence):
        words = match.group(0).split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if words:
            found.append(match)
    return found


def _actor_type(name: str) -> str:
    words = name.split()
    if words[-1] in {"Brigades", "Front", "Army"}:
        return "armed_group"
    if words[-1] in {"Institute", "Observatory"}:
        return "research"
    if words[0] in {"Camp", "Port", "Mount"}:
        return "place"
    return "person" if len(words) >= 2 else "organization"


def answer_for(text: str) -> dict[str, Any]:
    """The fake model's answer: actors and events read off the text with simple rules."""
    actors: dict[str, dict[str, Any]] = {}
    events = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for match in names_in(sentence):
            name = " ".join(w for w in match.group(0).split() if w not in _NOT_NAMES)
            kind = _actor_type(name)
            actors.setdefault(
                name, {"name": name, "type": kind, "aliases": [], "role": None, "part_of": None}
            )
        for verb, (event_type, mode) in _VERBS.items():
            position = sentence.find(f" {verb} ")
            if position < 0:
                continue
            before = [m.group(0) for m in names_in(sentence[:position])]
            after = [m.group(0) for m in names_in(sentence[position:])]
            speaker = _SPEAKER.search(sentence)
            who = speaker.group("who") if speaker else None
            events.append(
                {
                    "type": event_type,
                    "mode": mode,
                    "trigger": verb,
                    "source": before[-1] if before else None,
                    "target": after[0] if after else None,
                    "negated": "did not" in sentence[:position] or " not " in sentence[:position],
                    "hedged": "reportedly" in sentence,
                    "hedge": "reportedly" if "reportedly" in sentence else "",
                    "question": sentence.rstrip().endswith("?"),
                    "attribution": [{"speaker": who, "kind": "organization", "cue": "said"}]
                    if who and who not in (before[-1:] or [None])
                    else [],
                    "evidence": sentence.strip(),
                }
            )
    return {"actors": list(actors.values()), "events": events}


def hallucinated(answer: dict[str, Any]) -> dict[str, Any]:
    """The answer plus spans that are not in the article: an actor, and for the first event, a
    copy with an invented sentence, one with an invented trigger and one with an invented
    speaker."""
    invented = {
        "name": "Zorbak Vantrell",
        "type": "person",
        "aliases": ["ZVX"],
        "role": "the emperor",
        "part_of": None,
    }
    events = list(answer["events"])
    if events:
        first = events[0]
        speaker = {"speaker": "Zorbak Vantrell", "kind": "person", "cue": "said"}
        events += [
            {**first, "evidence": "Zorbak Vantrell invaded the moon."},
            {**first, "trigger": "annihilated"},
            {**first, "attribution": [speaker]},
        ]
    return {"actors": [*answer["actors"], invented], "events": events}


def completion(content: str) -> dict[str, Any]:
    """A chat-completions response holding ``content``."""
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "model": "fake",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
    }


@dataclass
class Step:
    """How the server answers one request."""

    kind: str = "ok"
    status: int = 200
    delay: float = 0.0
    retry_after: str | None = None


@dataclass
class FakeLLM:
    """The server's state: what it received and what it will do next."""

    url: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    steps: deque[Step] = field(default_factory=deque)
    default: Step = field(default_factory=Step)
    lock: threading.Lock = field(default_factory=threading.Lock)
    active: int = 0
    max_active: int = 0

    def script(self, *steps: Step) -> None:
        """Answer the next requests with these steps, then with :attr:`default`."""
        self.steps.extend(steps)

    def next_step(self) -> Step:
        with self.lock:
            return self.steps.popleft() if self.steps else self.default

    def respond(self, request: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for one request."""
        step = self.next_step()
        if step.delay:
            time.sleep(step.delay)
        if step.kind == "status":
            headers = {"Retry-After": step.retry_after} if step.retry_after is not None else {}
            return step.status, headers, b'{"error": {"message": "busy"}}'
        if step.kind == "refuse_format" and "response_format" in request:
            return 400, {}, b'{"error": {"message": "unknown field: response_format"}}'
        if step.kind == "not_chat":
            return 200, {}, b'{"result": "hello"}'
        answer = answer_for(article_of(request))
        if step.kind == "garbage":
            content = "Sure! Here are the actors: {actors: [Lina"
        elif step.kind == "schema":
            content = json.dumps({"actors": [{"name": 5}], "events": "none"})
        elif step.kind == "hallucinate":
            content = json.dumps(hallucinated(answer))
        elif step.kind == "fenced":
            content = f"Here is the analysis:\n```json\n{json.dumps(answer)}\n```\nDone."
        else:
            content = json.dumps(answer)
        return 200, {}, json.dumps(completion(content)).encode("utf-8")


def _handler(state: FakeLLM) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            request = json.loads(self.rfile.read(length))
            with state.lock:
                state.requests.append(request)
                state.headers.append({k.lower(): v for k, v in self.headers.items()})
                state.paths.append(self.path)
            with state.lock:
                state.active += 1
                state.max_active = max(state.max_active, state.active)
            try:
                status, headers, body = state.respond(request)
            finally:
                with state.lock:
                    state.active -= 1
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            del format, args

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        del request, client_address  # a client that gave up on a slow answer: not our business


@contextmanager
def running_server() -> Iterator[FakeLLM]:
    """Start the server on a free port of 127.0.0.1; its base URL is ``state.url``."""
    state = FakeLLM()
    server = _Server(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
