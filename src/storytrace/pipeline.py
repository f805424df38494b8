"""The straight line: inputs → pages → articles → store.

    inputs ──ingest──▶ Page ──prepare──▶ Article | Rejected            (HTML: extracted at once)
                                   └──▶ TextPage ──▶ pending + site line counts
    end of input ──▶ for each site: furniture profile ──▶ extract pending text dumps
                 ──▶ re-extract stored text dumps whose site profile changed
                 ──▶ per-article analysis left to do (analysis.py: offline, or an LLM)
                 ──▶ link stages (linking.py): actors of new articles, then stories

Per-page work (:func:`storytrace.extract.prepare_page`) is pure and runs in a process pool. Text
dumps are the one exception to "extract as it arrives": their furniture is learned from every page
of their site, so they wait in the store's ``pending`` table until the input is read, then are
extracted with the site's profile. Counting is idempotent per page and the profile is a function of
the counts alone, so a batch run, a run split over days, and a run killed and restarted all end with
the same store.

Stable API: :func:`analyze`, :class:`AnalyzeOptions`, :class:`Summary`.
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO, Protocol, TypeVar

from storytrace.extract import (
    ExtractOptions,
    TextPage,
    extract_article,
    prepare_page,
    warm_up_models,
)
from storytrace.extract.textdump import learned_furniture
from storytrace.ingest import IngestOptions, PageFetcher, iter_pages
from storytrace.model import Article, Page, Rejected, content_hash
from storytrace.store import PendingPage, Store

if TYPE_CHECKING:  # both load spaCy or httpx: imported where they are used
    from storytrace.analysis import LLMRunSummary
    from storytrace.llm import LLMOptions

__all__ = ["AnalyzeOptions", "Progress", "Summary", "analyze", "profile_id"]

_RECENT_IDS = 4096
#: Pages per task handed to a worker: the language model runs over a task's articles in one
#: batch, which costs less per article than one at a time (issue 3).
_TASK_PAGES = 8
T = TypeVar("T")
R = TypeVar("R")
T_contra = TypeVar("T_contra", contravariant=True)
R_co = TypeVar("R_co", covariant=True)

#: Called after each input item with what became of it: "stored", "known", "failed",
#: "skipped", "pending" (a text dump waiting for its site's profile), and later, for each pending
#: dump, "stored:text", "failed:text" or "skipped:text"; "refreshed" for a stored dump extracted
#: again. Each input item gives exactly one event without a colon.
Progress = Callable[[str, "Article | Rejected | Page | None"], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class AnalyzeOptions:
    """How a run works.

    Attributes:
        workers: processes that extract pages (1 = in this process).
        batch_size: records written per transaction.
        retry_failed: extract again pages that failed in an earlier run.
        refetch: fetch URLs again even when the store has a page from them.
        link: run the cross-article stages (stories, actors) at the end; when off, the next
            run that links catches up with every article left unlinked.
        llm: analyse actors and events with this model (docs/llm.md) instead of the offline
            extractor; None (the default) is offline. Switching re-analyses only the articles
            the other extractor analysed.
    """

    workers: int = 1
    batch_size: int = 64
    retry_failed: bool = False
    refetch: bool = False
    link: bool = True
    llm: LLMOptions | None = None
    ingest: IngestOptions = field(default_factory=IngestOptions)
    extract: ExtractOptions = field(default_factory=ExtractOptions)


@dataclass(slots=True, kw_only=True)
class Summary:
    """What a run did."""

    read: int = 0
    stored: int = 0
    known: int = 0
    refreshed: int = 0
    clustered: int = 0
    actors: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    llm: LLMRunSummary | None = None

    @property
    def failures(self) -> int:
        return sum(self.failed.values())

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "read": self.read,
            "stored": self.stored,
            "already_known": self.known,
            "refreshed": self.refreshed,
            "clustered": self.clustered,
            "analysed_for_actors": self.actors,
            "failed": dict(sorted(self.failed.items())),
            "skipped": dict(sorted(self.skipped.items())),
        }
        if self.llm is not None:
            data["llm"] = self.llm.to_dict()
        return data


def profile_id(furniture: frozenset[str]) -> str:
    """A short id of a furniture profile (which lines a site's dumps drop)."""
    return content_hash(*sorted(furniture)) if furniture else "none"


def analyze(
    inputs: Sequence[str],
    store: Store,
    *,
    options: AnalyzeOptions | None = None,
    fetcher: PageFetcher | None = None,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> Summary:
    """Ingest ``inputs``, extract their articles and store them.

    Args:
        inputs: paths, directories, globs, ``-`` for stdin, URLs.
        store: where articles and failures go.
        options: run settings.
        fetcher: fetches URLs (none: URL inputs fail with a clear reason).
        stdin: the stream ``-`` reads (default: the process's standard input).
        progress: called for each item as it is dealt with.

    Returns:
        counts of what was read, stored, already known, failed (by reason) and skipped.
    """
    options = options or AnalyzeOptions()
    run = _Run(store, options, progress or _no_progress)
    run_id = store.start_run(list(inputs))
    remaining = run.drop_known_urls(inputs)
    pages = iter_pages(remaining, options=options.ingest, fetcher=fetcher, stdin=stdin)
    try:
        run.consume(pages)
        run.extract_pending()
        run.refresh_stale()
    finally:
        run.close()
    if options.link:
        # Imported here: the link stages load spaCy, which an ingest-only run does not need.
        from storytrace.analysis import update_llm_analysis, update_offline_analysis
        from storytrace.linking import (
            update_actors,
            update_events,
            update_reuse,
            update_sources,
            update_stories,
        )

        # Each article's actors and events first, by the extractor asked for; then the canonical
        # actors, which the story clusterer uses.
        if options.llm is not None:
            run.summary.llm = update_llm_analysis(store, options.llm)
            run.summary.actors += run.summary.llm.analysed + run.summary.llm.fell_back.total()
        else:
            run.summary.actors += update_offline_analysis(store)
        run.summary.actors += update_actors(store)
        update_events(store)
        update_reuse(store)
        run.summary.clustered = update_stories(store)
        update_sources(store)
    store.finish_run(run_id, run.summary.to_dict())
    return run.summary


def _no_progress(event: str, item: Article | Rejected | Page | None) -> None:
    del event, item


class _Run:
    """The state of one analyze run: a write buffer and the summary."""

    def __init__(self, store: Store, options: AnalyzeOptions, progress: Progress) -> None:
        self.store = store
        self.options = options
        self.progress = progress
        self.summary = Summary()
        self._writes: list[tuple[Article | Rejected, str | None, str | None, Page | None]] = []
        self._pending: list[TextPage] = []
        # Ids handed on in this run but perhaps not yet in the store: the same input named twice
        # in one run is counted once. Bounded, so memory stays flat on any corpus.
        self._recent: deque[str] = deque(maxlen=_RECENT_IDS)
        self._recent_set: set[str] = set()
        self._pool: ProcessPoolExecutor | None = None
        self._local_actors: list[tuple[str, str]] = []
        self._events: list[tuple[str, str]] = []

    @property
    def _analyse_in_workers(self) -> bool:
        """The offline analysis runs in the extraction workers; the LLM's, after them."""
        return self.options.link and self.options.llm is None

    # -- the process pool -------------------------------------------------------------------

    def _map(self, stage: _Stage[T, R], items: Iterable[T]) -> Iterator[R]:
        """Map in input order, in the run's process pool when it has more than one worker.

        Items go in tasks of :data:`_TASK_PAGES`, each handled by the stage's ``many``.
        """
        tasks = _tasks(items, _TASK_PAGES)
        if self.options.workers <= 1:
            return (result for task in tasks for result in stage.many(task))
        if self._pool is None:
            # Load the language model before forking, so that workers share it instead of
            # each loading it again.
            warm_up_models()
            if self._analyse_in_workers:
                from storytrace.linking import warm_up_actor_models

                warm_up_actor_models()
            self._pool = ProcessPoolExecutor(max_workers=self.options.workers)
        done = _ordered_map(stage.many, tasks, self._pool, window=self.options.workers * 4)
        return (result for results in done for result in results)

    def close(self) -> None:
        """Shut the process pool down."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    # -- stage 1: stream the input ----------------------------------------------------------

    def drop_known_urls(self, inputs: Sequence[str]) -> list[str]:
        """URLs already fetched into the store are not fetched again (unless refetch)."""
        kept = []
        for text in inputs:
            if (
                not self.options.refetch
                and text.startswith(("http://", "https://"))
                and self.store.known_source("url", text)
            ):
                self.summary.read += 1
                self.summary.known += 1
                self.progress("known", None)
                continue
            kept.append(text)
        return kept

    def consume(self, items: Iterable[Page | Rejected]) -> None:
        """Read every input item; extract HTML, queue text dumps, record failures."""
        fresh = self._fresh_pages(items)
        prepare = _Prepare(self.options.extract, self._analyse_in_workers)
        for result in self._map(prepare, fresh):
            if isinstance(result, TextPage):
                self._pending.append(result)
                self.progress("pending", result.page)
                if len(self._pending) >= self.options.batch_size:
                    self._flush()
            else:
                self._record(result, None, None, None)
        self._flush()

    def _fresh_pages(self, items: Iterable[Page | Rejected]) -> Iterator[Page]:
        """Pages not yet in the store; rejections from ingest are recorded on the way."""
        for item in items:
            self.summary.read += 1
            if isinstance(item, Rejected):
                if self.store.known(item.page_id) and not self.options.retry_failed:
                    self._count_known()
                else:
                    self._record(item, None, None, None)
                continue
            where = "recent" if item.id in self._recent_set else self.store.known(item.id)
            if where is None and self.store.failed_source(item.source):
                # Failed before without its bytes being kept (oversized, unreadable): a re-run
                # skips it too, unless asked to retry.
                where = "failure"
            if where is None or (where == "failure" and self.options.retry_failed):
                self._remember(item.id)
                yield item
            elif where == "pending":
                # Queued by an interrupted run: extracted with its site below, counted then.
                self.progress("pending", item)
            else:
                self._count_known()

    def _remember(self, page_id: str) -> None:
        if len(self._recent) == self._recent.maxlen:
            self._recent_set.discard(self._recent[0])
        self._recent.append(page_id)
        self._recent_set.add(page_id)

    def _count_known(self) -> None:
        self.summary.known += 1
        self.progress("known", None)

    def _unwrap(self, found: Article | Rejected | _WithActors) -> Article | Rejected:
        """Keep the local actors a worker found for writing after their article."""
        if isinstance(found, _WithActors):
            self._local_actors.append((found.article.id, found.local_actors))
            self._events.append((found.article.id, found.events))
            self.summary.actors += 1
            return found.article
        return found

    def _record(
        self,
        found: Article | Rejected | _WithActors,
        site: str | None,
        profile: str | None,
        page: Page | None,
    ) -> None:
        result = self._unwrap(found)
        self._writes.append((result, site, profile, page))
        # A text dump was reported once already, as "pending": its outcome is ":text".
        suffix = ":text" if site is not None else ""
        if isinstance(result, Article):
            self.summary.stored += 1
            self.progress("stored" + suffix, result)
        elif result.skipped:
            self.summary.skipped[result.reason] += 1
            self.progress("skipped" + suffix, result)
        else:
            self.summary.failed[result.reason] += 1
            self.progress("failed" + suffix, result)
        if len(self._writes) >= self.options.batch_size:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            pending = [PendingPage(page=item.page, site=item.site) for item in self._pending]
            self.store.add_pending(pending, [item.line_keys for item in self._pending])
            self._pending.clear()
        if self._writes:
            self.store.write(self._writes)
            self._writes.clear()
        if self._local_actors:
            # After their articles: writing an article drops its stale local actors and events.
            # A run killed in between leaves articles without them: the link stages catch up.
            self.store.write_local_actors(self._local_actors)
            self.store.write_article_events(self._events)
            self._local_actors.clear()
            self._events.clear()

    # -- stage 2: text dumps, with their site's furniture ------------------------------------

    def _profile(self, site: str) -> tuple[frozenset[str], str]:
        counts, pages = self.store.site_line_counts(site)
        furniture = learned_furniture(counts, pages)
        return furniture, profile_id(furniture)

    def extract_pending(self) -> None:
        """Extract every waiting text dump with its site's profile as learned so far."""
        for site in self.store.pending_sites():
            furniture, profile = self._profile(site)
            extract = _Extract(self.options.extract, furniture, self._analyse_in_workers)
            pages = [item.page for item in self.store.pending(site)]
            for page, result in zip(pages, self._map(extract, pages), strict=True):
                self._record(result, site, profile, page)
            self._flush()

    def refresh_stale(self) -> None:
        """Re-extract stored text dumps whose site's profile has changed since."""
        for site in self.store.text_sites():
            furniture, profile = self._profile(site)
            stale = list(self.store.stale_text_rows(site, profile))
            if not stale:
                continue
            extract = _Extract(self.options.extract, furniture, self._analyse_in_workers)
            pages = [page for page, _ in stale]
            for page, found in zip(pages, self._map(extract, pages), strict=True):
                result = self._unwrap(found)
                self._writes.append((result, site, profile, page))
                self.summary.refreshed += 1
                self.progress("refreshed", result)
                if len(self._writes) >= self.options.batch_size:
                    self._flush()
            self._flush()


@dataclass(frozen=True, slots=True)
class _WithActors:
    """An article with its local actors and coded events (JSON), found in the worker that
    extracted it."""

    article: Article
    local_actors: str
    events: str


def _with_actors(results: Sequence[T], find_actors: bool) -> list[T | _WithActors]:
    """Run the per-article actor and event stages on the articles when the run links."""
    articles = [result for result in results if isinstance(result, Article)]
    if not find_actors or not articles:
        return list(results)
    from storytrace.linking import analyse_articles

    found = iter(analyse_articles(articles))  # one batch: see _TASK_PAGES
    return [
        _WithActors(result, *next(found)) if isinstance(result, Article) else result
        for result in results
    ]


class _Stage(Protocol[T_contra, R_co]):
    """A picklable stage for the process pool, run over a task of several items at once."""

    def many(self, items: Sequence[T_contra], /) -> Sequence[R_co]: ...


def _tasks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """The items in lists of ``size`` (the last may be shorter), read lazily."""
    task: list[T] = []
    for item in items:
        task.append(item)
        if len(task) >= size:
            yield task
            task = []
    if task:
        yield task


class _Prepare:
    """Picklable per-page stage for the process pool."""

    def __init__(self, options: ExtractOptions, find_actors: bool) -> None:
        self.options = options
        self.find_actors = find_actors

    def __call__(self, page: Page) -> Article | Rejected | TextPage | _WithActors:
        return self.many([page])[0]

    def many(self, pages: Sequence[Page]) -> list[Article | Rejected | TextPage | _WithActors]:
        """Prepare several pages; their articles are analysed in one batch."""
        prepared = [prepare_page(page, options=self.options) for page in pages]
        return _with_actors(prepared, self.find_actors)


class _Extract:
    """Picklable text-dump extraction with a fixed furniture profile."""

    def __init__(
        self, options: ExtractOptions, furniture: frozenset[str], find_actors: bool
    ) -> None:
        self.options = options
        self.furniture = furniture
        self.find_actors = find_actors

    def __call__(self, page: Page) -> Article | Rejected | _WithActors:
        return self.many([page])[0]

    def many(self, pages: Sequence[Page]) -> list[Article | Rejected | _WithActors]:
        """Extract several pages; their articles are analysed in one batch."""
        extracted = [
            extract_article(page, options=self.options, furniture=self.furniture) for page in pages
        ]
        return _with_actors(extracted, self.find_actors)


def _ordered_map(
    function: Callable[[T], R], items: Iterable[T], pool: ProcessPoolExecutor, *, window: int
) -> Iterator[R]:
    """Map in input order over a process pool, with at most ``window`` items in flight.

    ``Executor.map`` would read the whole input first; this keeps memory flat however large the
    corpus.
    """
    in_flight: deque[Future[R]] = deque()
    for item in items:
        in_flight.append(pool.submit(function, item))
        if len(in_flight) >= window:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()


def default_workers() -> int:
    """Worker processes for extraction: the cores this process may use, at most 8."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))
