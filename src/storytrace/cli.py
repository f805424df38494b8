"""The ``storytrace`` command line: thin Typer commands over the pipeline and the store.

Exit status: 0 when everything worked, 1 when a run finished but some inputs failed (see
``storytrace failures``), 2 for a usage error (bad option, store that cannot be opened).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TextIO

import typer
from rich.console import Console
from rich.progress import (
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from storytrace import __version__
from storytrace.errors import StorytraceError
from storytrace.ingest import IngestOptions
from storytrace.ingest.fetch import Fetcher, FetchOptions
from storytrace.model import REASONS, Article, Page, Rejected, Story
from storytrace.pipeline import AnalyzeOptions, Summary, analyze, default_workers
from storytrace.schema import envelope
from storytrace.store import Store

if TYPE_CHECKING:  # the actors package loads spaCy: imported where it is used
    from storytrace.actors.dictionary import DictionaryEntry
    from storytrace.llm import LLMOptions

app = typer.Typer(
    name="storytrace",
    help=(
        "Trace a news story across the web: ingest pages (HTML, text dumps, JSON Lines, WARC/ARC, "
        "RSS/Atom, URLs), extract their articles, and store them in one SQLite file."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class CommandError(Exception):
    """A command that cannot run as asked: one sentence on standard error, exit status 2."""


P = ParamSpec("P")
DEFAULT_DB = Path("storytrace.db")
DEMO_DB = Path("storytrace-demo.db")

DbOption = Annotated[
    Path,
    typer.Option(
        "--db", help="The store: an SQLite file, created when missing.", envvar="STORYTRACE_DB"
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON (versioned schema: docs/json-schema.md).")
]

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)


def main() -> None:
    """Entry point of the ``storytrace`` script."""
    app()


def _guarded(function: Callable[P, None]) -> Callable[P, None]:
    """Turn a CommandError into one sentence on standard error and exit status 2."""

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            function(*args, **kwargs)
        except CommandError as error:
            err.print(Text(f"Error: {error}"))
            raise typer.Exit(2) from error

    return run


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", is_eager=True)
    ] = False,
) -> None:
    if version:
        out.print(f"storytrace {__version__}")
        raise typer.Exit()


@contextmanager
def _open_store(path: Path, *, must_exist: bool = False) -> Iterator[Store]:
    """Open the store, turning a failure into one clear sentence."""
    if must_exist and not path.exists():
        raise CommandError(
            f"no store at {path}; run 'storytrace analyze PATH... --db {path}' first"
        )
    try:
        store = Store(path)
    except StorytraceError as error:
        raise CommandError(str(error)) from error
    try:
        yield store
    finally:
        store.close()


def _find_article(store: Store, db: Path, article_id: str) -> Article:
    """The article with this id or unique prefix, or a CommandError that says what to do."""
    article = store.article(article_id)
    if article is None:
        raise CommandError(
            f"no article with id {article_id!r} in {db}; list them with 'storytrace articles'"
        )
    return article


def _find_story(store: Store, db: Path, story_id: str) -> Story:
    """The story with this id or unique prefix, or a CommandError that says what to do."""
    story = store.story(story_id)
    if story is None:
        raise CommandError(
            f"no story with id {story_id!r} in {db}; list them with 'storytrace stories'"
        )
    return story


def _print_json(document: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


# -- analyze ------------------------------------------------------------------------------


class Extractor(StrEnum):
    """Who finds each article's actors and events."""

    offline = "offline"
    llm = "llm"


@app.command("analyze")
@_guarded
def analyze_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, directories (read recursively), glob patterns, - for standard input, "
            "and http(s) URLs, in any mix.",
            show_default=False,
        ),
    ],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int, typer.Option(help="Processes that extract pages (default: the cores available).")
    ] = 0,
    max_bytes: Annotated[
        int,
        typer.Option(help="Largest page or file read, in bytes; larger ones fail as oversized."),
    ] = 20_000_000,
    retry_failed: Annotated[
        bool, typer.Option(help="Try again the pages that failed in an earlier run.")
    ] = False,
    refetch: Annotated[
        bool, typer.Option(help="Fetch URLs again even when the store already has them.")
    ] = False,
    fetch_links: Annotated[
        bool, typer.Option(help="Fetch the link of feed items that carry no content.")
    ] = False,
    delay: Annotated[
        float, typer.Option(help="Seconds between two requests to the same site (URL inputs).")
    ] = 1.0,
    timeout: Annotated[
        float, typer.Option(help="Seconds to wait for a server before giving up on a URL.")
    ] = 20.0,
    link: Annotated[
        bool,
        typer.Option(
            help="Group the articles into stories and find their actors after ingesting. "
            "With --no-link a large corpus goes in faster; the next run that links catches up."
        ),
    ] = True,
    extractor: Annotated[
        Extractor,
        typer.Option(
            help="Who finds each article's actors and events: the offline extractor, or a model "
            "behind an OpenAI-compatible API (docs/llm.md). Switching re-analyses only the "
            "articles the other one analysed."
        ),
    ] = Extractor.offline,
    llm_url: Annotated[
        str | None,
        typer.Option(
            help="Base URL of the OpenAI-compatible API, e.g. http://127.0.0.1:8080/v1 "
            "(--extractor llm).",
            envvar="STORYTRACE_LLM_URL",
        ),
    ] = None,
    llm_model: Annotated[
        str | None,
        typer.Option(help="Model name to ask (--extractor llm).", envvar="STORYTRACE_LLM_MODEL"),
    ] = None,
    llm_concurrency: Annotated[
        int, typer.Option(help="Requests to the model in flight at once (--extractor llm).")
    ] = 4,
    llm_timeout: Annotated[
        float, typer.Option(help="Seconds to wait for one answer of the model.")
    ] = 120.0,
    llm_max_chars: Annotated[
        int, typer.Option(help="At most this many characters of an article are sent to the model.")
    ] = 12_000,
    json_output: JsonOption = False,
) -> None:
    """Ingest inputs, extract their articles and store them.

    Prints a summary: read, stored, already known, failed by reason. Running it again on the same
    inputs stores nothing twice and resumes a run that was interrupted.
    """
    if max_bytes <= 0:
        raise typer.BadParameter("must be a positive number of bytes", param_hint="--max-bytes")
    if workers < 0:
        raise typer.BadParameter("must be 0 (automatic) or more", param_hint="--workers")
    if not delay >= 0:
        raise typer.BadParameter("must be 0 or more seconds", param_hint="--delay")
    if not timeout > 0:
        raise typer.BadParameter("must be a positive number of seconds", param_hint="--timeout")
    fetching = FetchOptions(timeout=timeout, per_host_delay=delay, max_bytes=max_bytes)
    llm = None
    if extractor is Extractor.llm:
        llm = _llm_options(llm_url, llm_model, llm_concurrency, llm_timeout, llm_max_chars)
    options = AnalyzeOptions(
        workers=workers or default_workers(),
        retry_failed=retry_failed,
        refetch=refetch,
        link=link,
        llm=llm,
        ingest=IngestOptions(max_bytes=max_bytes, fetch_feed_links=fetch_links),
    )
    summary = _run_analyze(inputs, db, options, fetching, quiet=json_output)
    if json_output:
        _print_json(envelope("summary", item=summary.to_dict()))
    else:
        _print_summary(summary, db)
    if summary.failures:
        raise typer.Exit(1)


def _llm_options(
    url: str | None, model: str | None, concurrency: int, timeout: float, max_chars: int
) -> LLMOptions:
    """The LLM settings of ``--extractor llm``, or a CommandError that says what is missing."""
    from storytrace.llm import LLMOptions

    if not url:
        raise CommandError(
            "--extractor llm needs the base URL of an OpenAI-compatible API: give --llm-url "
            "(e.g. http://127.0.0.1:8080/v1) or set STORYTRACE_LLM_URL"
        )
    if not url.startswith(("http://", "https://")):
        raise CommandError(f"--llm-url must start with http:// or https://, not {url!r}")
    if not model:
        raise CommandError(
            "--extractor llm needs the name of the model to ask: give --llm-model or set "
            "STORYTRACE_LLM_MODEL"
        )
    if concurrency < 1:
        raise typer.BadParameter("must be 1 or more", param_hint="--llm-concurrency")
    if not timeout > 0:
        raise typer.BadParameter("must be a positive number of seconds", param_hint="--llm-timeout")
    if max_chars < 1:
        raise typer.BadParameter("must be 1 or more", param_hint="--llm-max-chars")
    if importlib.util.find_spec("jsonschema") is None:
        raise CommandError(
            "--extractor llm validates answers with the jsonschema package, which is not "
            "installed: pip install 'storytrace[llm]'"
        )
    try:
        return LLMOptions(
            base_url=url, model=model, timeout=timeout, max_chars=max_chars, concurrency=concurrency
        )
    except StorytraceError as error:
        raise CommandError(f"--llm-url: {error}") from error


def _run_analyze(
    inputs: list[str],
    db: Path,
    options: AnalyzeOptions,
    fetching: FetchOptions | None = None,
    *,
    quiet: bool,
) -> Summary:
    fetcher = Fetcher(fetching or FetchOptions())
    with _open_store(db) as store, fetcher, _progress(quiet) as progress:
        try:
            return analyze(inputs, store, options=options, fetcher=fetcher, progress=progress)
        except StorytraceError as error:
            raise CommandError(str(error)) from error
        except KeyboardInterrupt:
            # Every batch written so far is committed; the next run skips what is known.
            err.print("Interrupted. What was stored is kept: run the same command again to resume.")
            raise typer.Exit(130) from None


@contextmanager
def _progress(quiet: bool) -> Iterator[Any]:
    """A Rich progress display on standard error; a no-op when quiet or not a terminal."""
    if quiet:
        yield None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        MofNCompleteColumn(),
        TextColumn(
            "stored {task.fields[stored]}  known {task.fields[known]}  failed {task.fields[failed]}"
        ),
        TimeElapsedColumn(),
    )
    counts = {"stored": 0, "known": 0, "failed": 0, "pending": 0}
    with Progress(*columns, console=err, transient=False) as display:
        task = display.add_task("pages", total=None, stored=0, known=0, failed=0)

        def update(event: str, item: Article | Rejected | Page | None) -> None:
            del item
            outcome, _, later = event.partition(":")
            if outcome in counts:
                counts[outcome] += 1
            # One advance per input item: a text dump advances when it is queued ("pending"),
            # not again when it is extracted ("stored:text").
            advance = 0 if later or outcome == "refreshed" else 1
            display.update(
                task,
                advance=advance,
                stored=counts["stored"],
                known=counts["known"],
                failed=counts["failed"],
            )

        yield update


def _print_summary(summary: Summary, db: Path) -> None:
    table = Table(title=f"storytrace analyze → {db}", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("read", str(summary.read))
    table.add_row("stored", str(summary.stored))
    table.add_row("already known", str(summary.known))
    if summary.refreshed:
        table.add_row("re-extracted (site furniture learned)", str(summary.refreshed))
    table.add_row("added to stories", str(summary.clustered))
    table.add_row("analysed for actors", str(summary.actors))
    if summary.llm is not None:
        table.add_row("analysed by the model", str(summary.llm.analysed))
        table.add_row("  answers from the cache", str(summary.llm.cached))
        table.add_row("  requests to the model", str(summary.llm.requests))
        for reason, count in sorted(summary.llm.fell_back.items()):
            table.add_row(Text(f"fell back to offline: {reason}", style="yellow"), str(count))
    table.add_row("failed", str(summary.failures))
    for reason, count in sorted(summary.failed.items()):
        table.add_row(Text(f"  {reason}", style="red"), str(count))
    for reason, count in sorted(summary.skipped.items()):
        table.add_row(Text(f"skipped: {reason}", style="dim"), str(count))
    out.print(table)
    if summary.failures:
        out.print(f"See why with: storytrace failures --db {db}")


# -- reading the store ----------------------------------------------------------------------


@app.command("articles")
@_guarded
def articles_command(
    db: DbOption = DEFAULT_DB,
    search: Annotated[
        str | None,
        typer.Option(help="Full-text query over titles and texts (SQLite FTS5 syntax)."),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None,
    json_output: JsonOption = False,
) -> None:
    """List stored articles, oldest first (undated last)."""
    with _open_store(db, must_exist=True) as store:
        try:
            articles = list(store.articles(limit=limit, search=search))
        except StorytraceError as error:
            raise CommandError(str(error)) from error
    if json_output:
        _print_json(envelope("articles", items=(a.to_dict() for a in articles)))
        return
    table = Table(title=f"{len(articles)} articles in {db}", expand=True)
    # On a narrow terminal a 10-character prefix leaves room for titles; any unique prefix
    # works with 'storytrace article'.
    id_width = 16 if out.width >= 120 else 10
    table.add_column("id", no_wrap=True, min_width=id_width)
    table.add_column("published", no_wrap=True, min_width=10)
    table.add_column("outlet", ratio=1, overflow="fold")
    table.add_column("title", ratio=2, overflow="fold")
    table.add_column("words", justify="right", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    for article in articles:
        table.add_row(
            Text(article.id[:id_width]),
            Text(article.published.value[:10] if article.published else "—"),
            Text(article.outlet or "—"),
            Text(article.title or "(no title)"),
            str(len(article.text.split())),
            Text(article.kind),
        )
    out.print(table)


@app.command("article")
@_guarded
def article_command(
    article_id: Annotated[
        str, typer.Argument(metavar="ID", help="Article id or a unique prefix of it.")
    ],
    db: DbOption = DEFAULT_DB,
    json_output: JsonOption = False,
) -> None:
    """Show one article: metadata, text, the links in its text, and the furniture lines removed
    from it."""
    with _open_store(db, must_exist=True) as store:
        article = _find_article(store, db, article_id)
        story_id = store.story_of(article.id)
        mentions = store.mentions_of(article.id)
        events = list(store.events([article.id]))
        actor_names = {actor["id"]: actor["name"] for actor in store.actors()}
        analysis = store.analysis_of(article.id)
    if json_output:
        item = {
            **article.to_dict(),
            "story_id": story_id,
            "mentions": mentions,
            "events": events,
            "analysis": analysis,
        }
        _print_json(envelope("article", item=item))
        return
    out.print(Text(article.title or "(no title)", style="bold"))
    published = article.published
    for label, value in (
        ("id", article.id),
        ("outlet", article.outlet),
        (
            "published",
            f"{published.value} ({published.method}, confidence {published.confidence:.2f})"
            if published
            else None,
        ),
        ("author", article.author),
        ("language", article.language),
        ("url", article.url),
        (
            "source",
            " ".join(
                filter(None, (article.source.kind, article.source.location, article.source.record))
            ),
        ),
        ("extractor", article.extractor),
        ("story", story_id),
        ("analysis", _analysis_line(analysis)),
        (
            "actors",
            "; ".join(sorted({actor_names.get(m["actor_id"], m["text"]) for m in mentions})),
        ),
    ):
        out.print(Text.assemble((f"{label}: ", "dim"), value or "—"))
    out.print()
    out.print(Text(article.text))
    if article.links:
        out.print()
        out.print(Text(f"links in the text ({len(article.links)}):", style="dim"))
        for link in article.links:
            out.print(Text(f"  {link.text} → {link.href}", style="dim"))
    if article.removed:
        out.print()
        out.print(Text(f"removed as site furniture ({len(article.removed)} lines):", style="dim"))
        for line in article.removed:
            out.print(Text(f"  {line}", style="dim"))


def _analysis_line(analysis: dict[str, Any] | None) -> str | None:
    """Which extractor found the actors and events, and why when it is not the one asked for."""
    if analysis is None:
        return None
    line = str(analysis["extractor"])
    if analysis["reason"]:
        line += f" (asked {analysis['requested']}, which failed: {analysis['reason']})"
    if analysis["detail"]:
        line += f"; {analysis['detail']}"
    return line


@app.command("failures")
@_guarded
def failures_command(
    db: DbOption = DEFAULT_DB,
    all_records: Annotated[
        bool,
        typer.Option("--all", help="Also list records skipped on purpose (WARC requests, images)."),
    ] = False,
    json_output: JsonOption = False,
) -> None:
    """List inputs that produced no article, with the reason for each."""
    with _open_store(db, must_exist=True) as store:
        failures = list(store.failures(include_skipped=all_records))
    if json_output:
        _print_json(envelope("failures", items=(f.to_dict() for f in failures)))
        return
    table = Table(title=f"{len(failures)} failures in {db}")
    for name in ("reason", "source", "detail"):
        table.add_column(name, overflow="fold")
    for failure in failures:
        where = failure.source.location
        if failure.source.record:
            where += f" [{failure.source.record}]"
        table.add_row(Text(failure.reason), Text(where), Text(failure.detail))
    out.print(table)
    if failures:
        reasons = sorted({f.reason for f in failures})
        for reason in reasons:
            out.print(Text.assemble((f"{reason}: ", "bold"), REASONS.get(reason, "")))


# -- stories ------------------------------------------------------------------------------


@app.command("stories")
@_guarded
def stories_command(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None,
    json_output: JsonOption = False,
) -> None:
    """List stories (articles that tell the same story), largest first."""
    with _open_store(db, must_exist=True) as store:
        stories = store.stories(limit=limit)
        counts = store.independent_counts()
    if json_output:
        _print_json(
            envelope(
                "stories",
                items=(
                    {**story.to_dict(), **_independent(counts.get(story.id))} for story in stories
                ),
            )
        )
        return
    table = Table(title=f"{len(stories)} stories in {db}", expand=True)
    id_width = 16 if out.width >= 120 else 10
    table.add_column("id", no_wrap=True, min_width=id_width)
    table.add_column("articles", justify="right", no_wrap=True)
    table.add_column("dates", no_wrap=True)
    table.add_column("title", ratio=2, overflow="fold")
    table.add_column("outlets", ratio=1, overflow="fold")
    table.add_column("sources", justify="right", no_wrap=True)
    for story in stories:
        known = counts.get(story.id)
        table.add_row(
            Text(story.id[:id_width]),
            str(len(story.article_ids)),
            Text(_dates(story.first_published, story.last_published)),
            Text(story.title or "(no title)"),
            Text(_outlets_line(story.outlets)),
            "?" if known is None or known[0] is None else str(known[0]),
        )
    out.print(table)
    out.print(
        Text(
            "sources: independent sources of each story's main claim (storytrace sources).",
            style="dim",
        )
    )


def _dates(first: str | None, last: str | None) -> str:
    """ "2025-02-03/07" (one month), "2025-01-30/02-02" (one year), or both dates in full."""
    if not first:
        return "—"
    low, high = first[:10], (last or first)[:10]
    if high == low:
        return low
    if high[:7] == low[:7]:
        return f"{low}/{high[8:]}"
    if high[:4] == low[:4]:
        return f"{low}/{high[5:]}"
    return f"{low}/{high}"


def _outlets_line(outlets: Sequence[str], shown: int = 3) -> str:
    """ "7: Conflict Desk, Frontline Notes, Levant Monitoring Institute, +4" for a table cell."""
    if len(outlets) <= shown:
        return ", ".join(outlets)
    return f"{len(outlets)}: {', '.join(outlets[:shown])}, +{len(outlets) - shown}"


def _independent(known: tuple[int | None, str] | None) -> dict[str, Any]:
    """The stories' JSON fields for independent sources (``None`` when not counted yet)."""
    return {
        "independent_sources": None if known is None else known[0],
        "sources_summary": None if known is None else known[1],
    }


@app.command("story")
@_guarded
def story_command(
    story_id: Annotated[
        str, typer.Argument(metavar="ID", help="Story id or a unique prefix of it.")
    ],
    db: DbOption = DEFAULT_DB,
    json_output: JsonOption = False,
) -> None:
    """Show one story: its timeline of articles, with the events each one reports."""
    with _open_store(db, must_exist=True) as store:
        story = _find_story(store, db, story_id)
        articles = [store.article(article_id) for article_id in story.article_ids]
        events: dict[str, list[dict[str, Any]]] = {}
        for event in store.events(list(story.article_ids)):
            events.setdefault(event["article_id"], []).append(event)
        known = store.independent_counts().get(story.id)
    timeline: list[dict[str, Any]] = [
        {
            "id": article.id,
            "published": article.published.value if article.published else None,
            "outlet": article.outlet,
            "title": article.title,
            "url": article.url,
            "events": [_event_line(event) for event in events.get(article.id, [])],
        }
        for article in articles
        if article is not None
    ]
    if json_output:
        _print_json(
            envelope("story", item={**story.to_dict(), **_independent(known), "timeline": timeline})
        )
        return
    out.print(Text(story.title or "(no title)", style="bold"))
    if known is not None:
        out.print(Text(f"Main claim: {known[1]}", style="dim"))
    out.print(
        Text(
            f"{len(timeline)} articles from {len(story.outlets)} outlets, "
            f"{story.first_published or '?'} to {story.last_published or '?'}",
            style="dim",
        )
    )
    for entry in timeline:
        out.print(
            Text.assemble(
                (f"{(entry['published'] or 'undated')[:16]:<17}", "cyan"),
                (f"{entry['outlet'] or '—'}: ", "bold"),
                entry["title"] or "(no title)",
                (f"  [{str(entry['id'])[:10]}]", "dim"),
            )
        )
        for line in entry["events"]:
            out.print(Text(f"{'':<17}  {line}", style="dim"))


def _event_line(event: dict[str, Any]) -> str:
    """One event in a few words: "REQUEST (hedged) the letter → — [outlet > the letter]"."""
    flags = [flag for flag in ("negated", "hedged", "question") if event[flag]]
    source = (event["source"] or {}).get("text") or "?"
    target = (event["target"] or {}).get("text") or "—"
    chain = " > ".join(speaker["text"] for speaker in event["attribution"][1:])
    line = (
        f"{event['type']}{' (' + ', '.join(flags) + ')' if flags else ''} "
        f"{source} → {target}{f'  [according to {chain}]' if chain else ''}"
    )
    return " ".join(line.split())


@app.command("story-move")
@_guarded
def story_move_command(
    article_id: Annotated[
        str, typer.Argument(metavar="ARTICLE", help="Article id or a unique prefix of it.")
    ],
    to: Annotated[
        str | None,
        typer.Option("--to", help="The story to put it in (id or unique prefix)."),
    ] = None,
    new: Annotated[
        bool, typer.Option("--new", help="Put it in a story of its own (splits a story).")
    ] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Move an article to another story, or out into a story of its own, by hand.

    The correction is kept and applied again after every later run.
    """
    if (to is None) == (not new):
        raise CommandError("say where the article goes: --to STORY or --new")
    with _open_store(db, must_exist=True) as store:
        article = _find_article(store, db, article_id)
        anchor = None if to is None else _find_story(store, db, to).article_ids[0]
        store.add_story_correction("move", article.id, anchor)
        _refresh_stories(store)
        out.print(f"Article {article.id} is now in story {store.story_of(article.id)}.")


@app.command("story-merge")
@_guarded
def story_merge_command(
    story_id: Annotated[str, typer.Argument(metavar="STORY", help="The story to merge away.")],
    into: Annotated[str, typer.Argument(metavar="INTO", help="The story that takes it in.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Merge one story into another by hand; kept and applied again after every later run."""
    with _open_store(db, must_exist=True) as store:
        story, target = _find_story(store, db, story_id), _find_story(store, db, into)
        if story.id == target.id:
            raise CommandError("a story cannot be merged into itself")
        store.add_story_correction("merge", story.article_ids[0], target.article_ids[0])
        _refresh_stories(store)
        out.print(f"Story {story.id} is now part of story {store.story_of(target.article_ids[0])}.")


def _refresh_stories(store: Store) -> None:
    from storytrace.linking import update_sources, update_stories

    update_stories(store, force=True)
    update_sources(store)


# -- events -------------------------------------------------------------------------------


@app.command("events")
@_guarded
def events_command(
    db: DbOption = DEFAULT_DB,
    story_id: Annotated[
        str | None, typer.Option("--story", help="Only the events of this story (id or prefix).")
    ] = None,
    article_id: Annotated[
        str | None,
        typer.Option("--article", help="Only the events of this article (id or prefix)."),
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="Only events of this PLOVER type, e.g. ASSAULT.")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None,
    json_output: JsonOption = False,
) -> None:
    """List coded events: who did what to whom (PLOVER types), negation and hedging, and who
    asserts each one, outlet first."""
    with _open_store(db, must_exist=True) as store:
        article_ids = _event_scope(store, db, story_id, article_id)
        outlets = {
            article.id: article.outlet
            for article in (store.article(a) for a in (article_ids or []))
            if article is not None
        }
        events = [
            event
            for event in store.events(article_ids)
            if event_type is None or event["type"] == event_type.upper()
        ][:limit]
    if json_output:
        _print_json(envelope("events", items=events))
        return
    table = Table(title=f"{len(events)} events in {db}", expand=True)
    table.add_column("type", no_wrap=True)
    table.add_column("who → whom", ratio=2, overflow="fold")
    table.add_column("status", no_wrap=True)
    table.add_column("according to", ratio=2, overflow="fold")
    table.add_column("sentence", ratio=4, overflow="fold")
    for event in events:
        source = (event["source"] or {}).get("text") or "?"
        target = (event["target"] or {}).get("text") or "—"
        status = (
            ", ".join(flag for flag in ("negated", "hedged", "question") if event[flag]) or "stated"
        )
        chain = " > ".join(speaker["text"] for speaker in event["attribution"])
        table.add_row(
            Text(event["type"] + (f"/{event['mode']}" if event["mode"] else "")),
            Text(f"{source} → {target}"),
            Text(status),
            Text(chain or outlets.get(event["article_id"]) or ""),
            Text(event["evidence"]["sentence"]),
        )
    out.print(table)


def _event_scope(
    store: Store, db: Path, story_id: str | None, article_id: str | None
) -> list[str] | None:
    """The article ids that --story or --article name; None for all."""
    if story_id is not None:
        return list(_find_story(store, db, story_id).article_ids)
    if article_id is not None:
        return [_find_article(store, db, article_id).id]
    return None


@app.command("claims")
@_guarded
def claims_command(
    story_id: Annotated[
        str, typer.Option("--story", help="The story whose claims to list (id or prefix).")
    ],
    db: DbOption = DEFAULT_DB,
    json_output: JsonOption = False,
) -> None:
    """List a story's claims: the same event reported by several articles, each report with its
    negation, hedging and attribution chain, most reported first."""
    from storytrace.claims import group_claims

    with _open_store(db, must_exist=True) as store:
        ids = list(_find_story(store, db, story_id).article_ids)
        events = list(store.events(ids))
        mentions = {article_id: store.mentions_of(article_id) for article_id in ids}
        heads = store.article_heads()
    claims = sorted(
        group_claims(events, mentions), key=lambda claim: (-len(claim.articles), claim.id)
    )
    if json_output:
        _print_json(envelope("claims", items=(claim.to_dict() for claim in claims)))
        return
    table = Table(title=f"{len(claims)} claims in story {story_id}", expand=True)
    table.add_column("type", no_wrap=True)
    table.add_column("claim", ratio=3, overflow="fold")
    table.add_column("reported by", ratio=2, overflow="fold")
    for claim in claims:
        reports = []
        for mention in claim.mentions:
            flags = [f for f in ("negated", "hedged", "question") if getattr(mention, f)]
            outlet = heads.get(mention.article_id, (None, None, None))[2] or mention.article_id[:10]
            reports.append(outlet + (f" ({', '.join(flags)})" if flags else ""))
        sentence = " ".join(claim.sentence.split())
        table.add_row(Text(claim.type), Text(sentence), Text("; ".join(reports)))
    out.print(table)


# -- sources and provenance ----------------------------------------------------------------


def _sources_data(store: Store, story: Story) -> dict[str, Any]:
    """A story's sources as stored, or counted now when the stored count is missing or stale."""
    from storytrace.linking import sources_signatures, story_sources_of

    stored = store.story_sources(story.id)
    current = sources_signatures(store, [story.id]).get(story.id)
    if stored is not None and current == store.source_signatures([story.id]).get(story.id):
        return stored
    return story_sources_of(store, story).to_dict()


@app.command("sources")
@_guarded
def sources_command(
    story_id: Annotated[
        str | None,
        typer.Option("--story", help="One story's claims and their sources (id or prefix)."),
    ] = None,
    db: DbOption = DEFAULT_DB,
    json_output: JsonOption = False,
) -> None:
    """How many independent sources stand behind each story, or behind each claim of one story.

    Copies, reposts and outlets citing the same upstream source (an agency, a translation, a
    document) count once."""
    with _open_store(db, must_exist=True) as store:
        if story_id is not None:
            story = _find_story(store, db, story_id)
            data = _sources_data(store, story)
            heads = store.article_heads()
        else:
            stories = store.stories()
            counts = store.independent_counts()
    if story_id is None:
        rows = [
            {
                "story_id": s.id,
                "title": s.title,
                "article_count": len(s.article_ids),
                "outlet_count": len(s.outlets),
                **_independent(counts.get(s.id)),
            }
            for s in stories
        ]
        if json_output:
            _print_json(envelope("sources", items=rows))
            return
        table = Table(title=f"Independent sources of {len(rows)} stories", expand=True)
        table.add_column("story", no_wrap=True)
        table.add_column("articles", justify="right")
        table.add_column("outlets", justify="right")
        table.add_column("sources", justify="right")
        table.add_column("main claim rests on", ratio=2, overflow="fold")
        for row in rows:
            count = row["independent_sources"]
            table.add_row(
                Text(row["story_id"][:10]),
                str(row["article_count"]),
                str(row["outlet_count"]),
                "?" if count is None else str(count),
                Text(row["sources_summary"] or "not counted yet: run storytrace analyze"),
            )
        out.print(table)
        return
    if json_output:
        _print_json(envelope("story_sources", item={"story_id": story.id, **data}))
        return
    _print_story_sources(story, data, heads)


def _print_story_sources(
    story: Story, data: dict[str, Any], heads: dict[str, tuple[str | None, str | None, str | None]]
) -> None:
    main = data.get("main_claim")
    out.print(Text(story.title or "(no title)", style="bold"))
    if main:
        out.print(Text(f"Main claim: {main['sentence']}"))
        out.print(Text(f"  {main['independent']['summary']}", style="bold"))
    out.print(Text(_all_roots(data), style="dim"))
    table = Table(title=f"{len(data['claims'])} claims", expand=True)
    table.add_column("type", no_wrap=True)
    table.add_column("claim", ratio=3, overflow="fold")
    table.add_column("reported by", ratio=2, overflow="fold")
    table.add_column("sources", justify="right")
    table.add_column("rests on", ratio=2, overflow="fold")
    for claim in data["claims"]:
        outlets = sorted({heads.get(a, (None, None, None))[2] or a[:10] for a in claim["articles"]})
        roots = "; ".join(root["description"] for root in claim["independent"]["roots"])
        table.add_row(
            Text(claim["type"]),
            Text(claim["sentence"]),
            Text(", ".join(outlets)),
            str(claim["independent"]["count"]),
            Text(roots),
        )
    out.print(table)


@app.command("provenance")
@_guarded
def provenance_command(
    story_id: Annotated[
        str, typer.Argument(metavar="STORY", help="Story id or a unique prefix of it.")
    ],
    db: DbOption = DEFAULT_DB,
    json_output: JsonOption = False,
) -> None:
    """Show where a story comes from: who copies, quotes and cites whom, down to its roots."""
    with _open_store(db, must_exist=True) as store:
        story = _find_story(store, db, story_id)
        data = _sources_data(store, story)
    item = {
        "story_id": story.id,
        "title": story.title,
        "summary": data["summary"],
        "main_claim": data["main_claim"],
        "roots": data["roots"],
        "graph": data["graph"],
    }
    if json_output:
        _print_json(envelope("provenance", item=item))
        return
    nodes = {node["id"]: node for node in data["graph"]["nodes"]}
    out.print(Text(story.title or "(no title)", style="bold"))
    if data["main_claim"]:
        out.print(Text(f"Main claim: {data['main_claim']['sentence']}"))
        out.print(Text(f"  {data['main_claim']['independent']['summary']}", style="bold"))
    out.print(Text(_all_roots(data), style="dim"))
    table = Table(title="Who rests on whom (timeline order)", expand=True)
    table.add_column("article", ratio=2, overflow="fold")
    table.add_column("copies / quotes (passages)", ratio=2, overflow="fold")
    table.add_column("cites", ratio=3, overflow="fold")
    for article_id in story.article_ids:
        node = f"article:{article_id}"
        if node not in nodes:
            continue
        reused: dict[str, list[str]] = {}
        cited = []
        edges = [e for e in data["graph"]["edges"] if e["source"] == node]
        translated = {e["target"] for e in edges if e["kind"] == "translates"}
        for edge in edges:
            if edge["kind"] == "published_by":
                continue
            target = nodes.get(edge["target"], {"label": edge["target"]})["label"]
            if edge["kind"] in {"copies", "quotes"}:
                reused.setdefault(target.split(" (")[0], []).append(
                    f"{edge['kind']} {edge['count']}"
                )
            elif edge["kind"] == "translates":
                cited.append(f"translates {target}")
            elif edge["target"] not in translated:
                cited.append(f"{target} ({_chain_from(edge['target'], data['graph'])})")
        shared = [f"{name}: {', '.join(kinds)}" for name, kinds in reused.items()]
        table.add_row(
            Text(nodes[node]["label"]),
            Text("\n".join(shared) or "—"),
            Text("; ".join(cited) or "—"),
        )
    out.print(table)


def _all_roots(data: dict[str, Any], shown: int = 6) -> str:
    """The roots of all a story's claims in one line: the ones most claims rest on first."""
    roots = data["roots"]
    listed = "; ".join(f"{root['description']} ({root['claims']})" for root in roots[:shown])
    more = f"; and {len(roots) - shown} more" if len(roots) > shown else ""
    return (
        f"All {len(data['claims'])} claims rest on {len(roots)} roots (claims each): {listed}{more}"
    )


def _chain_from(node: str, graph: dict[str, Any]) -> str:
    """What a cited party rests on in turn, as "kind → label → ..." (at most four steps)."""
    labels = {item["id"]: item for item in graph["nodes"]}
    steps, seen = [labels.get(node, {"kind": "unknown"})["kind"]], {node}
    for _ in range(4):
        nxt = next(
            (e for e in graph["edges"] if e["source"] == node and e["target"] not in seen), None
        )
        if nxt is None:
            break
        node = nxt["target"]
        seen.add(node)
        steps.append(f"{nxt['kind']} {labels.get(node, {'label': node})['label']}")
    return ", ".join(steps)


# -- reuse --------------------------------------------------------------------------------


@app.command("reuse")
@_guarded
def reuse_command(
    db: DbOption = DEFAULT_DB,
    story_id: Annotated[
        str | None, typer.Option("--story", help="Only links within this story (id or prefix).")
    ] = None,
    article_id: Annotated[
        str | None,
        typer.Option("--article", help="Only links of this article (id or prefix)."),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """List copied and quoted passages between articles: who copies whom, and how much."""
    with _open_store(db, must_exist=True) as store:
        article_ids = _event_scope(store, db, story_id, article_id)
        links = store.reuse_links(article_ids)
        heads = store.article_heads()
    if story_id is not None and article_ids is not None:
        members = set(article_ids)
        links = [link for link in links if link["a_id"] in members and link["b_id"] in members]
    if json_output:
        _print_json(envelope("reuse", items=links))
        return
    table = Table(title=f"{len(links)} reuse links in {db}", expand=True)
    table.add_column("from (earlier)", ratio=2, overflow="fold")
    table.add_column("to", ratio=2, overflow="fold")
    table.add_column("shared", justify="right", no_wrap=True)
    table.add_column("passages", justify="right", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    for link in links:
        first, second = link["a_id"], link["b_id"]
        if link["direction"] == "b->a":
            first, second = second, first
        kinds = sorted({passage["kind"] for passage in link["passages"]})
        kind = "repost" if link["repost"] else "+".join(kinds)
        table.add_row(
            Text(_label(first, heads)),
            Text(_label(second, heads) + ("" if link["direction"] != "unknown" else " (order?)")),
            f"{link['similarity']:.0%}",
            str(len(link["passages"])),
            Text(kind),
        )
    out.print(table)


def _label(article_id: str, heads: dict[str, tuple[str | None, str | None, str | None]]) -> str:
    _, published, outlet = heads.get(article_id, (None, None, None))
    return f"{outlet or '?'} ({(published or 'undated')[:10]}) [{article_id[:10]}]"


# -- actors -------------------------------------------------------------------------------


@app.command("actors")
@_guarded
def actors_command(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None,
    json_output: JsonOption = False,
) -> None:
    """List canonical actors (people, groups, places) with their spellings, most mentioned first."""
    with _open_store(db, must_exist=True) as store:
        actors = store.actors(limit=limit)
    if json_output:
        _print_json(envelope("actors", items=actors))
        return
    names = {actor["id"]: actor["name"] for actor in actors}
    table = Table(title=f"{len(actors)} actors in {db}", expand=True)
    table.add_column("name", ratio=2, overflow="fold")
    table.add_column("type", no_wrap=True)
    table.add_column("mentions", justify="right", no_wrap=True)
    table.add_column("articles", justify="right", no_wrap=True)
    table.add_column("also written", ratio=3, overflow="fold")
    table.add_column("part of", ratio=1, overflow="fold")
    for actor in actors:
        others = [a["alias"] for a in actor["aliases"] if a["alias"] != actor["name"]]
        role = f" ({actor['role']})" if actor["role"] else ""
        table.add_row(
            Text(actor["name"] + role),
            Text(actor["type"]),
            str(actor["mentions"]),
            str(actor["articles"]),
            Text("; ".join(others)),
            Text(names.get(actor["part_of"], actor["part_of"] or "")),
        )
    out.print(table)


@app.command("actor-dictionary")
@_guarded
def actor_dictionary_command(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="A YAML actor dictionary to use from now on (see docs/actors.md); "
            "without it, print the one in use.",
            show_default=False,
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Set or print the actor dictionary: names, types, spellings and part_of that override
    what merging learns. It is kept in the store and applied after every run."""
    with _open_store(db, must_exist=True) as store:
        if file is None:
            out.print(Text(store.meta("actor_dictionary") or "# no actor dictionary yet\n"), end="")
            return
        try:
            text = file.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"cannot read {file}: {error}") from error
        entries = _load_entries(text, str(file))
        _save_entries(store, entries)
        out.print(f"{len(entries)} dictionary entries in use; actors merged again.")


@app.command("actor-merge")
@_guarded
def actor_merge_command(
    actor: Annotated[str, typer.Argument(metavar="ACTOR", help="Actor id, prefix or name.")],
    into: Annotated[str, typer.Argument(metavar="INTO", help="Actor id, prefix or name.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Merge one actor into another by hand (recorded in the actor dictionary, so it survives
    later runs)."""
    with _open_store(db, must_exist=True) as store:
        merged, target = _find_actor(store, db, actor), _find_actor(store, db, into)
        if merged["id"] == target["id"]:
            raise CommandError("an actor cannot be merged into itself")
        entries = _load_entries(store.meta("actor_dictionary") or "", "the stored dictionary")
        spellings = [merged["name"], *(a["alias"] for a in merged["aliases"])]
        entries = _with_entry(entries, target["name"], aliases=spellings)
        _save_entries(store, entries)
        out.print(f"{merged['name']} is now part of {target['name']}.")


@app.command("actor-split")
@_guarded
def actor_split_command(
    actor: Annotated[str, typer.Argument(metavar="ACTOR", help="Actor id, prefix or name.")],
    spelling: Annotated[
        str, typer.Argument(help="The spelling that names someone else, as the articles write it.")
    ],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Split a spelling off an actor by hand: its mentions become an actor of their own
    (recorded in the actor dictionary, so it survives later runs)."""
    with _open_store(db, must_exist=True) as store:
        found = _find_actor(store, db, actor)
        if spelling not in {a["alias"] for a in found["aliases"]}:
            raise CommandError(
                f"{found['name']} is never written {spelling!r}; see 'storytrace actors'"
            )
        entries = _load_entries(store.meta("actor_dictionary") or "", "the stored dictionary")
        entries = _with_entry(entries, found["name"], separate=[spelling])
        _save_entries(store, entries)
        out.print(f"{spelling!r} is now an actor of its own, apart from {found['name']}.")


def _find_actor(store: Store, db: Path, wanted: str) -> dict[str, Any]:
    actors = store.actors()
    exact = [a for a in actors if wanted in (a["id"], a["name"])]
    found = exact or [a for a in actors if a["id"].startswith(wanted)]
    if len(found) != 1:
        raise CommandError(
            f"no single actor {wanted!r} in {db}; use an id or name from 'storytrace actors'"
        )
    return found[0]


def _load_entries(text: str, source: str) -> tuple[DictionaryEntry, ...]:
    from storytrace.actors.dictionary import load_dictionary

    try:
        return load_dictionary(text, source=source)
    except StorytraceError as error:
        raise CommandError(str(error)) from error


def _with_entry(
    entries: tuple[DictionaryEntry, ...],
    name: str,
    *,
    aliases: Sequence[str] = (),
    separate: Sequence[str] = (),
) -> tuple[DictionaryEntry, ...]:
    """The entries with ``name``'s entry extended (or added)."""
    for n, entry in enumerate(entries):
        if entry.name == name:
            grown = replace(
                entry,
                aliases=tuple(dict.fromkeys((*entry.aliases, *aliases))),
                separate=tuple(dict.fromkeys((*entry.separate, *separate))),
            )
            return (*entries[:n], grown, *entries[n + 1 :])
    from storytrace.actors.dictionary import DictionaryEntry

    added = DictionaryEntry(name=name, aliases=tuple(aliases), separate=tuple(separate))
    return (*entries, added)


def _save_entries(store: Store, entries: Sequence[DictionaryEntry]) -> None:
    from storytrace.actors.dictionary import dump_dictionary
    from storytrace.linking import update_actors, update_sources

    store.set_meta("actor_dictionary", dump_dictionary(entries))
    update_actors(store)
    update_sources(store, force=True)


# -- export -------------------------------------------------------------------------------


@app.command("export")
@_guarded
def export_command(
    export_format: Annotated[
        str,
        typer.Option(
            "--format",
            help="jsonl (articles), csv (articles, no text), graphml (copies), "
            "sources (the source graph as GraphML).",
        ),
    ] = "jsonl",
    story_id: Annotated[
        str | None, typer.Option("--story", help="Only this story's articles (id or prefix).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export articles (JSON Lines, CSV) or the graph of who copies whom (GraphML)."""
    from storytrace.export import (
        FORMATS,
        write_csv,
        write_graphml,
        write_jsonl,
        write_source_graphml,
    )

    if export_format not in FORMATS:
        raise CommandError(f"unknown format {export_format!r}; use one of {', '.join(FORMATS)}")
    if export_format == "sources":
        with _open_store(db, must_exist=True) as store:
            chosen_stories = (
                store.stories() if story_id is None else [_find_story(store, db, story_id)]
            )
            graphs = [(s.id, _sources_data(store, s)["graph"]) for s in chosen_stories]
        with _output_stream(output) as stream:
            nodes, edges = write_source_graphml(graphs, stream)
        if output is not None:
            out.print(f"{nodes} nodes and {edges} edges written to {output}")
        return
    with _open_store(db, must_exist=True) as store:
        if story_id is None:
            articles = list(store.articles())
        else:
            chosen = _find_story(store, db, story_id)
            articles = [a for a in map(store.article, chosen.article_ids) if a is not None]
        pairs = [(article, store.story_of(article.id)) for article in articles]
        links = store.reuse_links([a.id for a in articles]) if export_format == "graphml" else []
    with _output_stream(output) as stream:
        if export_format == "jsonl":
            count = write_jsonl(pairs, stream)
        elif export_format == "csv":
            count = write_csv(pairs, stream)
        else:
            count, _ = write_graphml(pairs, links, stream)
    if output is not None:
        out.print(f"{count} articles written to {output}")


@contextmanager
def _output_stream(output: Path | None) -> Iterator[TextIO]:
    """Standard output, or the file (closed afterwards); a file that cannot be written is a
    CommandError."""
    if output is None:
        yield sys.stdout
        return
    try:
        stream = output.open("w", encoding="utf-8", newline="")
    except OSError as error:
        raise CommandError(f"cannot write {output}: {error}") from error
    with stream:
        yield stream


# -- demo -----------------------------------------------------------------------------------


def demo_corpus() -> Path:
    """Where the bundled demo corpus is: inside the installed package, or in a source checkout."""
    packaged = resources.files("storytrace").joinpath("demo_corpus")
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "examples" / "demo"
    if checkout.is_dir():
        return checkout
    raise CommandError("the demo corpus is missing from this installation; reinstall storytrace")


@app.command("demo")
@_guarded
def demo_command(
    db: Annotated[
        Path, typer.Option("--db", help="Where to write the demo store (replaced if it exists).")
    ] = DEMO_DB,
) -> None:
    """Run the bundled demo corpus into a fresh store and show what was found."""
    corpus = demo_corpus()
    _remove_store(db)
    options = AnalyzeOptions(workers=1)
    summary = _run_analyze([str(corpus)], db, options, quiet=True)
    out.print(Text(f"Demo corpus: {corpus}", style="bold"))
    _print_summary(summary, db)
    articles_command(db=db, search=None, limit=None, json_output=False)
    stories_command(db=db, limit=None, json_output=False)
    actors_command(db=db, limit=15, json_output=False)
    with _open_store(db, must_exist=True) as store:
        largest = store.stories(limit=1)
    if largest:
        out.print()
        out.print(Text("The largest story, with the events each article reports:", style="bold"))
        story_command(story_id=largest[0].id, db=db, json_output=False)
        reuse_command(db=db, story_id=largest[0].id, article_id=None, json_output=False)
        out.print()
        out.print(Text("Where it comes from (copies, quotes, citations):", style="bold"))
        provenance_command(story_id=largest[0].id, db=db, json_output=False)
    out.print(
        f"Next: storytrace sources --story ID --db {db}    storytrace claims --story ID --db {db}"
        f"    storytrace article ID --db {db}    storytrace failures --all --db {db}"
    )


def _remove_store(db: Path) -> None:
    """Delete an old demo store, refusing to touch a file that is not a storytrace store."""
    if not db.exists():
        return
    try:
        Store(db).close()
    except StorytraceError as error:
        raise CommandError(
            f"{db} exists and is not a storytrace store; choose another file with --db"
        ) from error
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
