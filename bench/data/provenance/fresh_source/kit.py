"""Helpers to write the fresh provenance stories: an original article, and a repost as the
article it takes plus the edits its outlet made (so a copy and its original stay in step)."""

from __future__ import annotations

from typing import Any

Article = dict[str, Any]
Story = dict[str, Any]


def article(
    id: str,
    outlet: str,
    published: str,
    title: str,
    text: str,
    claim: str,
    chain: list[str] | None = None,
    links: list[list[str]] | None = None,
) -> Article:
    """An article in its own words; ``claim`` is its sentence stating the main claim."""
    return {
        "id": id,
        "outlet": outlet,
        "published": published,
        "title": title,
        "text": text.strip(),
        "claim_sentence": claim,
        "chain": list(chain or []),
        "copy_of": None,
        "links": [list(pair) for pair in (links or [])],
    }


def repost(
    original: Article,
    id: str,
    outlet: str,
    published: str,
    title: str,
    edits: list[tuple[str, str]] | None = None,
    before: str = "",
    after: str = "",
    claim: str | None = None,
    chain: list[str] | None = None,
    links: list[list[str]] | None = None,
) -> Article:
    """``original`` reposted by ``outlet``: each edit replaces text that occurs exactly once,
    ``before``/``after`` add paragraphs. The chain is the original's unless given."""
    text = original["text"]
    for old, new in edits or []:
        found = text.count(old)
        if found != 1:
            raise ValueError(f"{id}: edit {old[:40]!r} found {found} times")
        text = text.replace(old, new)
    if before:
        text = before.strip() + "\n\n" + text
    if after:
        text = text + "\n\n" + after.strip()
    return {
        "id": id,
        "outlet": outlet,
        "published": published,
        "title": title,
        "text": text,
        "claim_sentence": claim if claim is not None else original["claim_sentence"],
        "chain": list(original["chain"] if chain is None else chain),
        "copy_of": original["id"],
        "links": [list(pair) for pair in (links or [])],
    }


def lifted(
    original: Article,
    id: str,
    outlet: str,
    published: str,
    title: str,
    text: str,
    claim: str | None = None,
    chain: list[str] | None = None,
    links: list[list[str]] | None = None,
) -> Article:
    """A partial copy: ``outlet``'s own article with a passage of ``original`` lifted into it
    (``text`` holds it; the claim sentence and chain are the original's unless given)."""
    made = article(
        id,
        outlet,
        published,
        title,
        text,
        claim or original["claim_sentence"],
        original["chain"] if chain is None else chain,
        links,
    )
    made["copy_of"] = original["id"]
    return made


def story(
    id: str,
    category: str,
    note: str,
    count: int,
    main_claim: str,
    articles: list[Article],
    aliases: dict[str, str] | None = None,
) -> Story:
    """One labelled story of the fresh set."""
    return {
        "id": id,
        # odd-numbered stories are dev (read to improve the counting), even ones held out;
        # split by the lead when the set was merged, before any story's text was read
        "split": "dev" if int(id.lstrip("n")) % 2 else "heldout",
        "category": category,
        "note": note,
        "count": count,
        "main_claim": main_claim,
        "articles": articles,
        "aliases": dict(aliases or {}),
    }
