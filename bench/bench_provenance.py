"""Measure independent-source counting on the hand-labelled stories in bench/data/provenance/.

Two runs over the same stories:

1. gold: the labelled copies (as reuse links) and the labelled attribution chains are given;
2. end to end: copies from ``storytrace.reuse.link_texts`` over every pair of a story's
   articles, citations from ``storytrace.provenance.find_citations`` (joined by
   ``citation_chains``), attribution chains from ``storytrace.events.code_events``, acronyms
   from ``find_aliases``; no label is read except the gold count.

Also end to end without ``code_events`` (citations only), to show what the event chains add.

3. pipeline: every story's articles go through ``storytrace analyze`` into one temporary store
   (extraction, events, actors, reuse, stories, sources), as a user runs it; each gold story's
   stored articles are then counted by ``storytrace.linking.story_sources_of`` (the count of the
   story's main claim, as ``storytrace sources`` shows it). Hyperlinks are not passed (the
   articles go in as JSON Lines text).

4. main claim found (the sets whose articles carry a ``claim_sentence``): whether the
   pipeline's main claim is the labelled one: "found" when the sentence the pipeline reads as
   the article's statement of the story's central claim (``storytrace.provenance.statements``)
   overlaps the claim sentence of every labelled article that was stored, "partly found" when
   it does in at least half of them; "pipeline, main claim found" is the pipeline's accuracy on
   those stories alone.
   "pipeline, labelled claim" counts, with the pipeline's store and counting, a claim made of
   the first coded event inside each labelled claim sentence: the accuracy the pipeline would
   have if claim grouping always found the labelled claim.

``--set full`` (bench/data/provenance/full.jsonl, full-length articles) prints every row per
split (dev, heldout); ``--set fresh`` (bench/data/provenance/fresh.jsonl, full-length articles
in other styles, written without reading the counting code, one split ``fresh``) likewise;
``--verbose`` adds the rows per category and the wrong stories.

    PYTHONPATH=src .venv/bin/python bench/bench_provenance.py [--set full|fresh] [--verbose]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storytrace.provenance import (
    Mention,
    citations_from_events,
    count_independent,
    find_aliases,
    find_citations,
    lead_chains,
)
from storytrace.reuse import link_texts

DATA = Path(__file__).parent / "data" / "provenance"


def load(name: str) -> list[dict[str, Any]]:
    """Read the labelled stories of ``name`` (``stories``, ``heldout``, ``full`` or ``fresh``)."""
    path = DATA / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def gold_count(story: dict[str, Any]) -> int:
    """Count with the labelled copies and chains."""
    articles = story["articles"]
    by_id = {article["id"]: article for article in articles}
    links = [
        {
            "a_id": a["copy_of"],
            "b_id": a["id"],
            "direction": "a->b"
            if by_id[a["copy_of"]]["published"] and a["published"]
            else "unknown",
            "a_share": 1.0,
            "b_share": 1.0,
            "repost": a["id"],
        }
        for a in articles
        if a["copy_of"]
    ]
    mentions = [Mention(article_id=a["id"], chain=tuple(a["chain"])) for a in articles]
    outlets = {a["id"]: a["outlet"] for a in articles}
    result = count_independent(
        mentions, articles=outlets, reuse_links=links, aliases=story["aliases"]
    )
    return result.count


def end_to_end(story: dict[str, Any], *, events: bool) -> tuple[int, str]:
    """Count from the texts alone."""
    articles = story["articles"]
    links = []
    for first, second in itertools.combinations(articles, 2):
        link = link_texts(
            first["id"],
            first["text"],
            second["id"],
            second["text"],
            a_published=first["published"],
            b_published=second["published"],
        )
        if link is not None:
            links.append(link)
    chains: dict[str, list[tuple[str, ...]]] = {}
    aliases: dict[str, str] = {}
    for article in articles:
        pairs = [(href, text) for href, text in article["links"]]
        citations = find_citations(article["text"], pairs)
        if events:
            from storytrace.events import code_events

            coded = code_events(article["id"], article["text"])
            citations = citations + citations_from_events(coded)
        chains[article["id"]] = list(lead_chains(article["text"], citations))
        aliases.update(find_aliases(article["text"]))
    mentions = [Mention(article_id=a["id"]) for a in articles]
    outlets = {a["id"]: a["outlet"] for a in articles}
    result = count_independent(
        mentions, articles=outlets, reuse_links=links, chains=chains, aliases=aliases
    )
    return result.count, result.summary


@dataclass(frozen=True, slots=True, kw_only=True)
class PipelineResult:
    """One story through the pipeline: its main claim's count, and whether it is the labelled claim.

    ``labelled`` holds the story's stored articles that have a ``claim_sentence``; ``hits`` those
    of them where a mention of the pipeline's main claim lies in that sentence (both empty for
    the sets without claim sentences).
    """

    count: int
    summary: str
    main_sentence: str = ""
    labelled: frozenset[str] = frozenset()
    hits: frozenset[str] = frozenset()
    missing_sentences: int = 0
    labelled_count: int | None = None
    labelled_summary: str = ""
    no_event: int = 0

    @property
    def found(self) -> bool:
        """Every labelled article reports the main claim in its claim sentence."""
        return bool(self.labelled) and self.hits >= self.labelled

    @property
    def partly_found(self) -> bool:
        """At least half the labelled articles (and at least one) do."""
        return bool(self.hits) and 2 * len(self.hits) >= len(self.labelled)


def sentence_span(text: str, sentence: str) -> tuple[int, int] | None:
    """Where ``sentence`` lies in ``text``, whitespace and quote marks aside."""
    start = text.find(sentence)
    if start >= 0:
        return start, start + len(sentence)
    words = [re.escape(word.strip("\"'“”‘’")) for word in sentence.split()]
    pattern = r"[\"'“”‘’]*\s*[\"'“”‘’]*".join(word for word in words if word)
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def claim_spans(store: Any, sentences: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Where each stored article's labelled claim sentence lies in its stored text."""
    spans = {}
    for article_id, sentence in sentences.items():
        article = store.article(article_id)
        span = sentence_span(article.text, sentence) if article is not None else None
        if span is not None:
            spans[article_id] = span
    return spans


def statement_hits(
    store: Any, members: tuple[str, ...], spans: dict[str, tuple[int, int]]
) -> frozenset[str]:
    """The stored articles whose statement of the story's central claim (the sentence the
    pipeline counts the main claim on) overlaps their labelled claim sentence."""
    from storytrace.provenance.statements import main_statement

    texts = {m: article.text for m in members if (article := store.article(m)) is not None}
    return frozenset(
        s.article_id
        for s in main_statement(texts)
        if s.article_id in spans
        and s.start < spans[s.article_id][1]
        and spans[s.article_id][0] < s.end
    )


def main_claim_hits(
    store: Any, claim_id: str, members: tuple[str, ...], spans: dict[str, tuple[int, int]]
) -> frozenset[str]:
    """The stored articles whose mention of the claim lies in their labelled claim sentence."""
    from storytrace.claims import group_claims

    claims = group_claims(
        list(store.events(list(members))), {m: store.mentions_of(m) for m in members}
    )
    claim = next((c for c in claims if c.id == claim_id), None)
    return frozenset(
        mention.article_id
        for mention in (claim.mentions if claim else ())
        if mention.article_id in spans
        and spans[mention.article_id][0] <= mention.start < spans[mention.article_id][1]
    )


def labelled_claim_count(
    store: Any, story: Any, spans: dict[str, tuple[int, int]]
) -> tuple[int, str, int]:
    """Count the main claim as the pipeline would if it had found the labelled claim sentences.

    The statements are the labelled claim sentences; everything else (events, citations, reuse
    links, actor aliases, the counting) is the pipeline's.

    Returns:
        the count, its summary, and how many labelled articles have no coded event in their
        claim sentence (their attribution comes from citations and the sentence alone).
    """
    from storytrace.linking import story_sources_of
    from storytrace.provenance.statements import Statement

    statements = []
    no_event = 0
    events = list(store.events(list(spans)))
    for article_id, (low, high) in sorted(spans.items()):
        article = store.article(article_id)
        if article is None:
            continue
        statements.append(
            Statement(
                article_id=article_id,
                start=low,
                end=high,
                sentence=article.text[low:high],
                position=0,
                agreement=1.0,
            )
        )
        inside = [
            e
            for e in events
            if e["article_id"] == article_id
            and low <= int((e.get("evidence") or {}).get("start", -1)) < high
        ]
        no_event += not inside
    if not statements:
        return 0, "no labelled claim sentence in the stored texts", len(spans)
    found = story_sources_of(store, story, statements=statements)
    main = found.main.independent if found.main else None
    return (main.count if main else 0, main.summary if main else "no claim", no_event)


def article_url(story: dict[str, Any], article: dict[str, Any]) -> str:
    """The article's URL: one host per outlet, as on the web (a site's furniture is learned per
    host, so unrelated outlets must not share one)."""
    host = re.sub(r"[^a-z0-9]+", "-", str(article["outlet"]).casefold()).strip("-") or "outlet"
    return f"https://{host}.example/{story['id']}/{article['id']}"


def write_jsonl(stories: list[dict[str, Any]], path: Path) -> None:
    """Write every story's articles as one JSON Lines file, as a user would feed them."""
    with path.open("w", encoding="utf-8") as stream:
        for story in stories:
            for article in story["articles"]:
                record = {
                    "url": article_url(story, article),
                    "outlet": article["outlet"],
                    "published": article["published"],
                    "title": article.get("title") or article["text"].split(". ")[0][:120],
                    "text": article["text"],
                }
                stream.write(json.dumps(record) + "\n")


def pipeline_counts(stories: list[dict[str, Any]]) -> list[PipelineResult]:
    """Count each story through the whole pipeline, as `storytrace sources` does."""
    import tempfile

    from storytrace.linking import story_sources_of
    from storytrace.model import Story
    from storytrace.pipeline import analyze
    from storytrace.store import Store

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stories.jsonl"
        write_jsonl(stories, path)
        results = []
        with Store(Path(folder) / "st.db") as store:
            analyze([str(path)], store)
            ids = {a.url: a.id for a in store.articles()}
            reasons: dict[str, int] = {}
            for failure in store.failures():
                reasons[failure.reason] = reasons.get(failure.reason, 0) + 1
            print(f"pipeline: {len(ids)} articles stored, not stored: {reasons or 'none'}")
            for story in stories:
                stored = {
                    a["id"]: ids[url]
                    for a in story["articles"]
                    if (url := article_url(story, a)) in ids
                }
                members = tuple(stored.values())
                if not members:
                    results.append(PipelineResult(count=0, summary="no article stored"))
                    continue
                whole = Story(
                    id=members[0],
                    title=None,
                    first_published=None,
                    last_published=None,
                    article_ids=members,
                    outlets=(),
                )
                found = story_sources_of(store, whole)
                main = found.main.independent if found.main else None
                sentences = {
                    stored[a["id"]]: a["claim_sentence"]
                    for a in story["articles"]
                    if a.get("claim_sentence") and a["id"] in stored
                }
                spans = claim_spans(store, sentences)
                hits = statement_hits(store, members, spans)
                labelled = labelled_claim_count(store, whole, spans) if spans else None
                results.append(
                    PipelineResult(
                        count=main.count if main else 0,
                        summary=main.summary if main else "no claim",
                        main_sentence=found.main.sentence if found.main else "",
                        labelled=frozenset(sentences),
                        hits=hits,
                        missing_sentences=len(sentences) - len(spans),
                        labelled_count=labelled[0] if labelled else None,
                        labelled_summary=labelled[1] if labelled else "",
                        no_event=labelled[2] if labelled else 0,
                    )
                )
        return results


ROWS = ("gold", "e2e_citations", "e2e_full", "pipeline")


def score(stories: list[dict[str, Any]], *, verbose: bool) -> list[dict[str, bool | None]]:
    """Per story: is each row's count right, and is the pipeline's main claim the labelled one."""
    scored: list[dict[str, bool | None]] = []
    for story, result in zip(stories, pipeline_counts(stories), strict=True):
        want = story["count"]
        row: dict[str, bool | None] = {
            "gold": gold_count(story) == want,
            "pipeline": result.count == want,
        }
        for name, events in (("e2e_citations", False), ("e2e_full", True)):
            got, summary = end_to_end(story, events=events)
            row[name] = got == want
            if verbose and got != want:
                print(f"{name} {story['id']}: want {want}, got {got} ({story['note']}): {summary}")
        if verbose and not row["gold"]:
            print(f"gold {story['id']}: want {want} ({story['note']})")
        if verbose and result.count != want:
            print(f"pipeline {story['id']}: want {want}, got {result.count} ({story['note']})")
            print(f"    {result.summary}")
        if result.labelled:
            row["main claim found"] = result.found
            row["main claim partly found"] = result.partly_found
            row["pipeline, main claim found"] = result.count == want if result.found else None
            row["pipeline, labelled claim"] = result.labelled_count == want
            if verbose and result.labelled_count != want:
                print(
                    f"labelled claim {story['id']}: want {want}, got {result.labelled_count}"
                    f" ({result.no_event}/{len(result.labelled)} labelled articles without an"
                    f" event in their claim sentence): {result.labelled_summary}"
                )
            if verbose and not result.found:
                print(
                    f"main claim {story['id']}: {len(result.hits)}/{len(result.labelled)} "
                    f"labelled articles; pipeline's main claim: {result.main_sentence[:100]!r}"
                    + (
                        f"; {result.missing_sentences} claim sentences not in the stored text"
                        if result.missing_sentences
                        else ""
                    )
                )
        scored.append(row)
    return scored


def report(
    stories: list[dict[str, Any]],
    scored: list[dict[str, bool | None]],
    key: str,
    *,
    everything: bool = True,
) -> None:
    """Print each row's accuracy per group of stories (``all`` first if ``everything``, then by
    ``key``)."""
    groups: dict[str, list[int]] = {"all": list(range(len(stories)))} if everything else {}
    for position, story in enumerate(stories):
        if key in story:
            groups.setdefault(str(story[key]), []).append(position)
    names = list(ROWS)
    for row in scored:
        names += [name for name in row if name not in names]
    for group, positions in groups.items():
        print(f"{key if group != 'all' else 'all'}: {group} ({len(positions)} stories)")
        for name in names:
            hits = [scored[p][name] for p in positions if scored[p].get(name) is not None]
            if hits:
                share = sum(bool(h) for h in hits) / len(hits)
                label = "accuracy" if name in ROWS or name.startswith("pipeline") else "rate"
                print(f"  {name:27} {label} {share:.3f} ({sum(bool(h) for h in hits)}/{len(hits)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--verbose", action="store_true", help="print each wrong story and the rows per category"
    )
    parser.add_argument(
        "--set",
        default="stories",
        choices=["stories", "heldout", "full", "fresh"],
        help="which labelled set (full, fresh: full-length articles, rows per split)",
    )
    args = parser.parse_args()
    stories = load(args.set)
    started = time.perf_counter()
    scored = score(stories, verbose=args.verbose)
    elapsed = time.perf_counter() - started
    articles = sum(len(story["articles"]) for story in stories)
    print(f"set: {args.set}, stories: {len(stories)}, articles: {articles}, seconds: {elapsed:.1f}")
    print("exact-count accuracy (the count equals the labelled count):")
    report(stories, scored, "split")
    if args.verbose:
        key = "category" if args.set in ("full", "fresh") else "note"
        report(stories, scored, key, everything=False)


if __name__ == "__main__":
    main()
