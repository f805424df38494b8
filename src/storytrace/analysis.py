"""Per-article analysis against the store: which extractor makes each article's actors and events.

Inputs: the articles in the store and the extractor the run asks for. Outputs: each article's
local actors and events (the JSON the later stages read) and an ``article_analysis`` record saying
which extractor made them, written only for articles that another extractor analysed (or none):
switching extractor re-analyses only what the other one produced.

- offline (the default): the extraction workers analyse new articles as before;
  :func:`update_offline_analysis` re-analyses the articles an LLM analysed, catches up articles
  a killed or ``--no-link`` run left without actors or events, and re-analyses every article the
  offline rules of an older :data:`OFFLINE_RULES_VERSION` analysed (the store records the
  version; a killed re-analysis goes on after the last article it wrote).
- llm: :func:`update_llm_analysis` sends each article to the model, in a small thread pool in this
  process (the calls wait on the network, not the CPU), reusing cached answers; an article whose
  request fails falls back to the offline extractor, and its record says why.

Stable API: :class:`LLMRunSummary`, :func:`update_llm_analysis`, :func:`update_offline_analysis`,
:data:`OFFLINE_RULES_VERSION`.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from storytrace.linking import analyse_article, analyse_articles
from storytrace.llm import (
    ANSWER_SCHEMA_VERSION,
    PROMPT_VERSION,
    ChatClient,
    LLMFailure,
    LLMOptions,
    cache_key,
    convert_answer,
    extractor_name,
    parse_answer,
    request_analysis,
)
from storytrace.model import Article
from storytrace.store import (
    OFFLINE_EXTRACTOR,
    OFFLINE_RULES_KEY,
    OFFLINE_RULES_VERSION,
    AnalysisRow,
    CachedAnswer,
    Store,
)

__all__ = [
    "GIVE_UP_AFTER",
    "OFFLINE",
    "OFFLINE_RULES_VERSION",
    "LLMRunSummary",
    "update_llm_analysis",
    "update_offline_analysis",
]

logger = logging.getLogger(__name__)

#: The name of the offline extractor.
OFFLINE = OFFLINE_EXTRACTOR

_Outcome = dict[str, Any] | LLMFailure


@dataclass(slots=True, kw_only=True)
class LLMRunSummary:
    """What the LLM stage of one run did.

    Attributes:
        analysed: articles whose actors and events now come from the model.
        cached: of those, articles answered from the cache (no request made).
        requests: requests made (each counts once, however many retries it took).
        fell_back: articles analysed offline because the model gave no usable answer, by reason.
    """

    analysed: int = 0
    cached: int = 0
    requests: int = 0
    fell_back: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, object]:
        """The summary as JSON-ready data (the ``llm`` part of an analyze summary)."""
        return {
            "analysed": self.analysed,
            "cached": self.cached,
            "requests": self.requests,
            "fell_back": dict(sorted(self.fell_back.items())),
        }


def update_offline_analysis(store: Store, *, batch_size: int = 64) -> int:
    """Analyse offline the articles an LLM analysed, or that have no actors or events yet, and
    every offline-analysed article when the store's analyses are of older offline rules.

    Returns:
        how many articles were analysed.
    """
    count = _reanalyse_older(store, batch_size)
    batch: list[Article] = []
    for article in store.articles_analysed_otherwise(OFFLINE):
        batch.append(article)
        count += 1
        if len(batch) >= batch_size:
            store.write_analysis(_offline_rows(batch))
            batch.clear()
    if batch:
        store.write_analysis(_offline_rows(batch))
    return count


def _offline_rows(articles: list[Article]) -> list[AnalysisRow]:
    """The articles analysed offline, the model run over all of them at once (as the extraction
    workers run it: each gets what it would get alone)."""
    return [
        AnalysisRow(
            article_id=article.id,
            local_actors=local,
            events=events,
            extractor=OFFLINE,
            requested=OFFLINE,
        )
        for article, (local, events) in zip(articles, analyse_articles(articles), strict=True)
    ]


def _offline_row(
    article: Article, requested: str = OFFLINE, reason: str | None = None, detail: str = ""
) -> AnalysisRow:
    """The article analysed offline, recorded as asked for ``requested`` (a fallback from a
    model says why it fell back)."""
    local, events = analyse_article(article)
    return AnalysisRow(
        article_id=article.id,
        local_actors=local,
        events=events,
        extractor=OFFLINE,
        requested=requested,
        reason=reason,
        detail=detail,
    )


def _reanalyse_older(store: Store, batch_size: int) -> int:
    """Re-analyse, in id order, the offline-analysed articles of a store whose recorded rules
    version is not this one; progress is recorded after each batch (``version:last id``)."""
    recorded = store.meta(OFFLINE_RULES_KEY) or ""
    if recorded == OFFLINE_RULES_VERSION:
        return 0
    after = recorded.partition(":")[2] if recorded.startswith(f"{OFFLINE_RULES_VERSION}:") else ""
    ids = store.offline_analysed_ids(after)
    count = 0
    for start in range(0, len(ids), batch_size):
        chunk = ids[start : start + batch_size]
        rows = _offline_rows([article for article in map(store.article, chunk) if article])
        store.write_analysis(rows)
        store.set_meta(OFFLINE_RULES_KEY, f"{OFFLINE_RULES_VERSION}:{chunk[-1]}")
        count += len(rows)
    store.set_meta(OFFLINE_RULES_KEY, OFFLINE_RULES_VERSION)
    return count


def update_llm_analysis(
    store: Store,
    options: LLMOptions,
    *,
    client: ChatClient | None = None,
    batch_size: int = 16,
) -> LLMRunSummary:
    """Analyse with the model every article it has not analysed yet (with this prompt and schema).

    Cached answers are reused without a request. Requests run ``options.concurrency`` at a time;
    results are written ``batch_size`` articles per transaction, so a killed run keeps what it
    wrote and the next run goes on from there.

    Args:
        store: the store.
        options: endpoint, model and limits.
        client: the chat client (default: one made from ``options`` and closed at the end).
        batch_size: articles written per transaction.

    Returns:
        What was analysed, cached, requested and fell back.
    """
    summary = LLMRunSummary()
    writer = _Writer(store, options, summary, batch_size)
    breaker = _Breaker()
    own = client is None
    chat = client if client is not None else ChatClient(options)
    try:
        with ThreadPoolExecutor(max_workers=max(1, options.concurrency)) as pool:
            for item in _answers(store, options, chat, pool, summary, breaker):
                if not item.cached:
                    breaker.record(item.outcome)
                writer.add(item)
        writer.flush()
    finally:
        if own:
            chat.close()
    return summary


def _answers(
    store: Store,
    options: LLMOptions,
    chat: ChatClient,
    pool: ThreadPoolExecutor,
    summary: LLMRunSummary,
    breaker: _Breaker,
) -> Iterator[_Item]:
    """Each article with its answer, in article order (a cached answer that no longer validates
    is asked for again).

    At most twice ``concurrency`` requests are in flight, so memory stays flat. Once the breaker
    is open, no more requests are made: the remaining articles get its failure.
    """
    in_flight: deque[tuple[Article, str, Future[_Outcome]]] = deque()
    window = 2 * max(1, options.concurrency)
    for article in store.articles_analysed_otherwise(extractor_name(options)):
        text = article.text[: options.max_chars]
        key = cache_key(options.model, text)
        cached = _cached(store, key)
        if cached is not None:
            yield _Item(article=article, key=key, outcome=cached, cached=True)
            continue
        if breaker.failure is not None:
            yield _Item(article=article, key=key, outcome=breaker.failure)
            continue
        summary.requests += 1
        in_flight.append((article, key, pool.submit(request_analysis, chat, text)))
        if len(in_flight) >= window:
            done = in_flight.popleft()
            yield _Item(article=done[0], key=done[1], outcome=done[2].result())
    while in_flight:
        done = in_flight.popleft()
        yield _Item(article=done[0], key=done[1], outcome=done[2].result())


@dataclass(frozen=True, slots=True, kw_only=True)
class _Item:
    """One article, the cache key of its request, and the answer or why there is none."""

    article: Article
    key: str
    outcome: _Outcome
    cached: bool = False


#: After this many articles in a row could not reach the server, or were refused with a 4xx
#: (wrong URL, model or key), the rest of the run makes no request: each would fail the same way,
#: and a down server would cost every article its retries and back-off.
GIVE_UP_AFTER = 5
_HOPELESS = frozenset({"connection_error", "http_error"})


class _Breaker:
    """Counts consecutive hopeless failures; opens (stops all requests) at :data:`GIVE_UP_AFTER`."""

    def __init__(self) -> None:
        self.streak = 0
        self.last: LLMFailure | None = None
        self.failure: LLMFailure | None = None

    def record(self, outcome: _Outcome) -> None:
        """Note the outcome of one request."""
        if self.failure is not None:
            return
        if isinstance(outcome, LLMFailure) and outcome.reason in _HOPELESS:
            self.streak += 1
            self.last = outcome
        else:
            self.streak = 0
        if self.streak >= GIVE_UP_AFTER and self.last is not None:
            self.failure = LLMFailure(
                reason=self.last.reason,
                detail=f"not sent: the last {self.streak} requests failed the same way "
                f"({self.last.detail})",
            )


class _Writer:
    """Converts answers (or falls back) and writes them in batches."""

    def __init__(
        self, store: Store, options: LLMOptions, summary: LLMRunSummary, batch_size: int
    ) -> None:
        self.store = store
        self.options = options
        self.summary = summary
        self.batch_size = batch_size
        self.name = extractor_name(options)
        self.rows: list[AnalysisRow] = []
        self.answers: list[CachedAnswer] = []

    def add(self, item: _Item) -> None:
        """Record one article's answer, or its fallback."""
        if isinstance(item.outcome, LLMFailure):
            self.rows.append(self._fallback(item.article, item.outcome))
        else:
            if item.cached:
                self.summary.cached += 1
            else:
                self.answers.append(self._cache_row(item.key, item.outcome))
            self.rows.append(self._converted(item.article, item.outcome))
        if len(self.rows) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write what is waiting."""
        if self.rows or self.answers:
            self.store.write_analysis(self.rows, self.answers)
            self.rows.clear()
            self.answers.clear()

    def _cache_row(self, key: str, answer: dict[str, Any]) -> CachedAnswer:
        return CachedAnswer(
            key=key,
            model=self.options.model,
            prompt_version=PROMPT_VERSION,
            schema_version=ANSWER_SCHEMA_VERSION,
            answer=json.dumps(answer, ensure_ascii=False, sort_keys=True),
        )

    def _converted(self, article: Article, answer: dict[str, Any]) -> AnalysisRow:
        sent = article.text[: self.options.max_chars]
        conversion = convert_answer(article, sent, answer)
        notes = ["dropped " + ", ".join(conversion.notes)] if conversion.notes else []
        if len(article.text) > len(sent):
            notes.append(f"only the first {len(sent)} of {len(article.text)} characters were sent")
        self.summary.analysed += 1
        return AnalysisRow(
            article_id=article.id,
            local_actors=conversion.local_actors,
            events=conversion.events,
            extractor=self.name,
            requested=self.name,
            detail="; ".join(notes),
        )

    def _fallback(self, article: Article, failure: LLMFailure) -> AnalysisRow:
        logger.warning(
            "LLM analysis of %s failed (%s); using the offline extractor",
            article.id,
            failure.reason,
        )
        self.summary.fell_back[failure.reason] += 1
        return _offline_row(
            article,
            self.name,
            failure.reason,
            f"fell back to the offline extractor: {failure.detail}",
        )


def _cached(store: Store, key: str) -> dict[str, Any] | None:
    """The cached answer, validated again (a row written by an older or edited storytrace is
    not trusted), or None."""
    text = store.cached_answer(key)
    if text is None:
        return None
    answer = parse_answer(text)
    return None if isinstance(answer, LLMFailure) else answer
