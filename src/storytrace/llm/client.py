"""A small client of OpenAI-compatible chat-completions APIs (issue 3, the optional LLM extractor).

Inputs: the chat messages and the JSON Schema the answer must follow. Output: the text of the
model's answer, or an :class:`LLMFailure` saying why there is none. Failures are data: a run
records them per article and goes on.

The request goes to ``{base_url}/chat/completions`` and nowhere else: proxy environment variables
are not used. The API key is read from ``STORYTRACE_LLM_API_KEY`` when the client is made; it is
sent as a bearer token when set, and never stored, logged or put in a failure's detail.

Retries: 429, 5xx and connection errors are tried again up to ``max_retries`` times, waiting
``backoff`` seconds doubled each time, or what the server's ``Retry-After`` asks (both capped at
``max_wait``). A read timeout is not retried: a model too slow once is too slow again.

Stable API: :class:`LLMOptions`, :class:`LLMFailure`, :class:`ChatClient`, :data:`API_KEY_ENV`,
:data:`FAILURE_REASONS`.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import MappingProxyType
from typing import Any, Final

import httpx

from storytrace.errors import ConfigError

__all__ = ["API_KEY_ENV", "FAILURE_REASONS", "ChatClient", "LLMFailure", "LLMOptions"]

logger = logging.getLogger(__name__)

#: The environment variable that holds the API key (optional: local servers need none).
API_KEY_ENV: Final = "STORYTRACE_LLM_API_KEY"

#: Why an article has no usable LLM answer; each falls back to the offline extractor.
FAILURE_REASONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "timeout": "the server did not answer within the timeout (see --llm-timeout)",
        "connection_error": "the server could not be reached, even after retries",
        "rate_limited": "the server kept answering 429 Too Many Requests, even after retries",
        "server_error": "the server kept answering with a 5xx error, even after retries",
        "http_error": "the server refused the request (4xx: wrong URL, model or API key?)",
        "bad_response": "the server's reply is not a chat-completions response",
        "bad_json": "the model's answer is not JSON",
        "schema_mismatch": "the model's answer is JSON but does not follow the answer schema",
    }
)

#: Failures tried again: they may pass (a busy or restarting server, a dropped connection).
_RETRIED: Final = frozenset({"rate_limited", "server_error", "connection_error"})
_BODY_SAMPLE: Final = 200


@dataclass(frozen=True, slots=True, kw_only=True)
class LLMOptions:
    """Where the model is and how to call it.

    Attributes:
        base_url: the API's base URL, e.g. ``http://127.0.0.1:8080/v1``.
        model: the model name sent with each request (part of the cache key).
        timeout: seconds to wait for one answer.
        max_retries: extra attempts after a 429, a 5xx or a connection error.
        backoff: seconds before the first retry; doubled for each further one.
        max_wait: the longest wait between two attempts, whatever Retry-After says.
        max_chars: at most this many characters of an article's text are sent.
        concurrency: requests in flight at once.
    """

    base_url: str
    model: str
    timeout: float = 120.0
    max_retries: int = 3
    backoff: float = 1.0
    max_wait: float = 60.0
    max_chars: int = 12_000
    concurrency: int = 4

    def __post_init__(self) -> None:
        if not self.base_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"the LLM base URL must start with http:// or https://, not {self.base_url!r}"
            )
        try:
            httpx.URL(self.base_url).join("chat/completions")
        except httpx.InvalidURL as error:
            raise ConfigError(
                f"the LLM base URL {self.base_url!r} is not valid: {error}"
            ) from error
        if not self.model.strip():
            raise ConfigError("the LLM model name is empty; name the model to ask")
        if not (self.timeout > 0 and self.max_chars >= 1 and self.concurrency >= 1):
            raise ConfigError("the LLM timeout, max_chars and concurrency must be positive")
        if not (self.max_retries >= 0 and self.backoff >= 0 and self.max_wait >= 0):
            raise ConfigError("the LLM max_retries, backoff and max_wait must be 0 or more")


@dataclass(frozen=True, slots=True, kw_only=True)
class LLMFailure:
    """Why a request gave no usable answer.

    Attributes:
        reason: one of :data:`FAILURE_REASONS`.
        detail: what happened, for the record (never holds the API key).
    """

    reason: str
    detail: str


class ChatClient:
    """Sends chat-completion requests; thread-safe, so one client serves a thread pool.

    Args:
        options: endpoint, model, timeout and retry settings.
        transport: an httpx transport to use instead of the network (tests).
        sleep: how to wait between attempts (tests pass a recorder).
    """

    def __init__(
        self,
        options: LLMOptions,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.options = options
        self._sleep = sleep
        headers = {"Accept": "application/json"}
        key = os.environ.get(API_KEY_ENV, "").strip()
        if key:
            headers["Authorization"] = f"Bearer {key}"
        self._http = httpx.Client(
            base_url=options.base_url,
            headers=headers,
            timeout=options.timeout,
            transport=transport,
            trust_env=False,  # the text goes to the endpoint the user named, not via a proxy
            limits=httpx.Limits(max_connections=max(1, options.concurrency)),
        )
        # Set when the server refuses ``response_format``: later requests ask in the prompt only.
        self._structured = True
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> ChatClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def complete(
        self, messages: Sequence[Mapping[str, str]], schema: Mapping[str, Any], *, name: str
    ) -> str | LLMFailure:
        """Ask for one answer that follows ``schema``.

        Args:
            messages: the chat messages (role and content).
            schema: the JSON Schema of the answer, sent as ``response_format``.
            name: the schema's name in ``response_format``.

        Returns:
            The answer's text (the caller parses it: a server may ignore ``response_format``),
            or why there is none.
        """
        payload: dict[str, Any] = {
            "model": self.options.model,
            "messages": [dict(message) for message in messages],
            "temperature": 0,
        }
        response_format = {
            "type": "json_schema",
            "json_schema": {"name": name, "schema": dict(schema), "strict": True},
        }
        failure = LLMFailure(reason="connection_error", detail="no attempt was made")
        attempts = self.options.max_retries + 1
        attempt = 0
        while attempt < attempts:
            structured = self._structured
            body = {**payload, "response_format": response_format} if structured else payload
            outcome = self._attempt(body)
            if isinstance(outcome, str):
                return outcome
            if isinstance(outcome, httpx.Response):
                if structured and _refuses_format(outcome):
                    logger.info("the server refuses response_format; asking in the prompt only")
                    with self._lock:
                        self._structured = False
                    continue  # not an attempt of its own: the same request without the format
                failure, wait = self._http_failure(outcome, attempt)
            else:
                failure, wait = outcome, self._backoff(attempt)
            if failure.reason not in _RETRIED:
                return failure
            attempt += 1
            if attempt < attempts:
                self._sleep(wait)
        return LLMFailure(
            reason=failure.reason, detail=f"{failure.detail} (after {attempts} attempts)"
        )

    def _attempt(self, body: Mapping[str, Any]) -> str | httpx.Response | LLMFailure:
        """One request: the answer's text, an error response, or a transport failure."""
        url = f"{self.options.base_url.rstrip('/')}/chat/completions"
        try:
            response = self._http.post("chat/completions", json=body)
        except (httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout) as error:
            return LLMFailure(
                reason="timeout",
                detail=f"no answer from {url} within {self.options.timeout:g} s ({error!r})",
            )
        except httpx.DecodingError as error:
            detail = f"{url} sent an unreadable body: {error!r}"
            return LLMFailure(reason="bad_response", detail=detail)
        except httpx.RequestError as error:
            return LLMFailure(reason="connection_error", detail=f"cannot reach {url}: {error!r}")
        if response.status_code != 200:
            return response
        return _answer_text(response, url)

    def _http_failure(self, response: httpx.Response, attempt: int) -> tuple[LLMFailure, float]:
        """The failure an error status stands for, and how long to wait before trying again."""
        status = response.status_code
        sample = " ".join(response.text[:_BODY_SAMPLE].split())
        detail = f"HTTP {status} from {response.request.url}: {sample}"
        if status == 429:
            reason = "rate_limited"
        elif status >= 500:
            reason = "server_error"
        else:
            reason = "http_error"
        asked = _retry_after(response.headers.get("Retry-After"))
        wait = self._backoff(attempt) if asked is None else min(asked, self.options.max_wait)
        return LLMFailure(reason=reason, detail=detail), wait

    def _backoff(self, attempt: int) -> float:
        return float(min(self.options.backoff * 2**attempt, self.options.max_wait))


def _answer_text(response: httpx.Response, url: str) -> str | LLMFailure:
    """The first choice's message content of a chat-completions response."""
    try:
        data = response.json()
        content = data["choices"][0]["message"]["content"]
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, IndexError, TypeError) as error:
        sample = " ".join(response.text[:_BODY_SAMPLE].split())
        return LLMFailure(
            reason="bad_response",
            detail=f"{url} did not send choices[0].message.content ({error!r}): {sample}",
        )
    if not isinstance(content, str) or not content.strip():
        refusal = data["choices"][0]["message"].get("refusal")
        return LLMFailure(
            reason="bad_response",
            detail=f"the answer has no text{f' (the model refused: {refusal})' if refusal else ''}",
        )
    return content


def _refuses_format(response: httpx.Response) -> bool:
    """A 400/422 that names ``response_format`` or ``json_schema``: the server does not know it."""
    if response.status_code not in {400, 422}:
        return False
    text = response.text[:2000].lower()
    return "response_format" in text or "json_schema" in text


def _retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number or an HTTP date); None if absent."""
    if value is None or not value.strip():
        return None
    try:
        return max(0.0, float(value.strip()))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
