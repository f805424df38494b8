"""Merge local actors across articles into canonical actors.

Inputs: :class:`~storytrace.actors.resolve.LocalActor` records from any number of articles.
Output: an :class:`ActorTable`: canonical :class:`Actor` records and every mention linked to one.

Local actors merge when they share a full-name key (the same kind class: a place never merges
with a non-place, and a single-token name only with the same kind). Local actors known only by a
short form or an acronym are resolved against the whole corpus at the end: they join the one
actor whose full name they shorten or whose acronym the corpus defines; with no candidate they
merge with same-key short forms; with two or more candidates they stay apart.

The merger's state is the list of local actors (plain records); :meth:`ActorMerger.result` is a
pure function of it, so the result does not depend on the order articles were added in except for
tie-breaking, which is by article id.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storytrace.actors.resolve import LocalActor, short_form_of
from storytrace.actors.resolve import find_root as _find
from storytrace.actors.resolve import join as _union
from storytrace.actors.types import classify_actor
from storytrace.model import content_hash


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A canonical actor.

    Attributes:
        id: content hash of the canonical key (kind class and name key of ``name``).
        name: the most frequent full form (ties: the longest, then alphabetical).
        type: one of :data:`~storytrace.actors.types.ACTOR_TYPES`.
        role: the most frequent role the articles state for it (persons), if any.
        aliases: every form as written with its number of mentions, most frequent first.
        part_of: id of the actor it is part of (a wing, a branch), if the articles say so.
        articles: number of articles that mention it.
    """

    id: str
    name: str
    type: str
    role: str | None
    aliases: tuple[tuple[str, int], ...]
    part_of: str | None
    articles: int

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "role": self.role,
            "aliases": [{"alias": alias, "count": count} for alias, count in self.aliases],
            "part_of": self.part_of,
            "articles": self.articles,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkedMention:
    """A mention in an article, linked to its canonical actor.

    Attributes:
        article_id: the article.
        text, start, end: the mention and its character offsets in the article text.
        label: the mention label (see :class:`~storytrace.actors.mentions.Mention`).
        actor_id: the :class:`Actor` it names.
    """

    article_id: str
    text: str
    start: int
    end: int
    label: str
    actor_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorTable:
    """Canonical actors and the mentions linked to them."""

    actors: tuple[Actor, ...]
    mentions: tuple[LinkedMention, ...]

    def by_id(self) -> dict[str, Actor]:
        """The actors keyed by id."""
        return {actor.id: actor for actor in self.actors}


class ActorMerger:
    """Collects local actors article by article; :meth:`result` merges them.

    The state is :attr:`local_actors`, a tuple of plain frozen records: save it, and rebuild a
    merger with ``ActorMerger(saved)``.
    """

    def __init__(self, local_actors: Iterable[LocalActor] = ()) -> None:
        self._local: list[LocalActor] = list(local_actors)

    @property
    def local_actors(self) -> tuple[LocalActor, ...]:
        """Every local actor added so far."""
        return tuple(self._local)

    def add(self, local_actors: Iterable[LocalActor]) -> None:
        """Add the local actors of one or more articles."""
        self._local.extend(local_actors)

    def result(self) -> ActorTable:
        """Merge everything added so far into canonical actors."""
        return merge_actors(self._local)


def merge_actors(local_actors: Sequence[LocalActor]) -> ActorTable:
    """Merge local actors from many articles into canonical actors.

    Args:
        local_actors: from :func:`~storytrace.actors.resolve.resolve_article`.

    Returns:
        The canonical actors (sorted by number of mentions, then name) and the linked mentions
        (in article and text order).
    """
    ordered = sorted(local_actors, key=lambda local: (local.article_id, local.index))
    parent = list(range(len(ordered)))
    _union_full_keys(parent, ordered)
    _union_org_suffixes(parent, ordered)
    _union_acronyms_and_short_forms(parent, ordered)
    return _table(parent, ordered)


#: Full names by ("last", word) and ("first", word): (tokens, kind, local actor position).
FullNameIndex = dict[tuple[str, str], list[tuple[tuple[str, ...], str, int]]]


def anchor(kind: str, key: str) -> str:
    """The cross-article merge key of a full name of an actor of ``kind``."""
    if " " in key:
        return f"{'place' if kind == 'place' else 'actor'}\x1f{key}"
    return f"{'person' if kind == 'name' else kind}\x1f{key}"


def _union_full_keys(parent: list[int], ordered: Sequence[LocalActor]) -> None:
    seen: dict[str, int] = {}
    for position, local in enumerate(ordered):
        for key in sorted(local.full_keys()):
            label = anchor(local.kind, key)
            if label in seen:
                _union(parent, seen[label], position)
            else:
                seen[label] = position


def _union_org_suffixes(parent: list[int], ordered: Sequence[LocalActor]) -> None:
    """ "Interior Ministry" joins "Qasiri Interior Ministry" when that is the only longer name."""
    longer: dict[tuple[str, ...], set[int]] = defaultdict(set)
    org_names: list[tuple[tuple[str, ...], int]] = []
    for position, local in enumerate(ordered):
        if local.kind != "org":
            continue
        for key in local.full_keys():
            tokens = tuple(key.split())
            org_names.append((tokens, position))
            for cut in range(1, len(tokens) - 1):
                longer[tokens[cut:]].add(position)
    for short, position in org_names:
        if len(short) < 2 or short not in longer:
            continue
        roots = {_find(parent, other) for other in longer[short]}
        roots.discard(_find(parent, position))
        if len(roots) == 1:
            _union(parent, position, roots.pop())


def _union_acronyms_and_short_forms(parent: list[int], ordered: Sequence[LocalActor]) -> None:
    definers: dict[str, set[int]] = defaultdict(set)
    full_names: FullNameIndex = defaultdict(list)
    for position, local in enumerate(ordered):
        for acronym in local.acronyms:
            definers[acronym].add(position)
        for key in local.full_keys():
            tokens = tuple(key.split())
            # Indexed by last word (surnames) and by first word (kunyas, single names).
            full_names[("last", tokens[-1])].append((tokens, local.kind, position))
            full_names[("first", tokens[0])].append((tokens, local.kind, position))
    pending_seen: dict[str, int] = {}
    for position, local in enumerate(ordered):
        if local.full_keys() or local.acronyms or local.ambiguous:
            continue
        candidates = _candidates(parent, local, definers, full_names)
        if len(candidates) == 1:
            _union(parent, position, candidates.pop())
        elif not candidates:
            # Known only by a short form everywhere so far: merge with the same short form.
            label = anchor(local.kind, " ".join(sorted({form.key for form in local.forms})))
            if label in pending_seen:
                _union(parent, pending_seen[label], position)
            else:
                pending_seen[label] = position


def _candidates(
    parent: list[int],
    local: LocalActor,
    definers: dict[str, set[int]],
    full_names: FullNameIndex,
) -> set[int]:
    roots: set[int] = set()
    for form in local.forms:
        if form.form == "acronym":
            roots |= {_find(parent, position) for position in definers.get(form.mention.text, ())}
            continue
        short = tuple(form.key.split())
        if not short:
            continue
        near = [*full_names.get(("last", short[-1]), ()), *full_names.get(("first", short[0]), ())]
        roots |= {
            _find(parent, position)
            for full, kind, position in near
            if (short_form_of(short, full) and _kinds_fit(local.kind, kind, len(short)))
            or (full == short and local.kind == "name" and kind in {"org", "person"})
        }
    return roots


def _kinds_fit(short_kind: str, full_kind: str, length: int) -> bool:
    if short_kind in {"person", "name"}:
        return full_kind in {"person", "name"} or (length >= 2 and full_kind == "org")
    if short_kind == "org":
        return full_kind in {"org", "name"} and length >= 2
    return False


def _table(parent: list[int], ordered: Sequence[LocalActor]) -> ActorTable:
    clusters: dict[int, list[LocalActor]] = defaultdict(list)
    for position, local in enumerate(ordered):
        clusters[_find(parent, position)].append(local)
    local_to_actor: dict[tuple[str, int], str] = {}
    drafts = []
    used: set[str] = set()
    for members in clusters.values():
        name, kind, actor_id = _canonical(members)
        if actor_id in used:
            # Two actors with one name (an ambiguous "al-Baghdadi" kept apart): tell them
            # apart by where the first one was seen.
            actor_id = content_hash(actor_id, members[0].article_id, str(members[0].index))
        used.add(actor_id)
        for local in members:
            local_to_actor[(local.article_id, local.index)] = actor_id
        drafts.append((actor_id, name, kind, members))
    types: dict[str, str] = {}
    actors = []
    for actor_id, name, kind, members in _owners_first(drafts, local_to_actor):
        owner = _owner(members, local_to_actor)
        if owner == actor_id:
            owner = None
        actor_type = classify_actor(kind, [name], owner_type=types.get(owner or ""))
        types[actor_id] = actor_type
        actors.append(_actor(actor_id, name, actor_type, owner, members))
    actors.sort(key=lambda actor: (-sum(count for _, count in actor.aliases), actor.name))
    mentions = [
        LinkedMention(
            article_id=local.article_id,
            text=form.mention.text,
            start=form.mention.start,
            end=form.mention.end,
            label=form.mention.label,
            actor_id=local_to_actor[(local.article_id, local.index)],
        )
        for local in ordered
        for form in local.forms
    ]
    mentions.sort(key=lambda mention: (mention.article_id, mention.start))
    return ActorTable(actors=tuple(actors), mentions=tuple(mentions))


def _canonical(members: Sequence[LocalActor]) -> tuple[str, str, str]:
    full = Counter(form.name for local in members for form in local.forms if form.form == "full")
    every = Counter(form.name for local in members for form in local.forms)
    counts = full or every
    name = min(counts, key=lambda text: (-counts[text], -len(text), text))
    kinds = Counter(local.kind for local in members if local.kind != "name")
    kind = kinds.most_common(1)[0][0] if kinds else "name"
    class_ = "place" if kind == "place" else "actor" if kind != "name" else "person"
    key = next(form.key for local in members for form in local.forms if form.name == name)
    return name, kind, content_hash(class_, key)


def _owner(members: Sequence[LocalActor], local_to_actor: dict[tuple[str, int], str]) -> str | None:
    owners = Counter(
        local_to_actor[(local.article_id, local.part_of)]
        for local in members
        if local.part_of is not None and (local.article_id, local.part_of) in local_to_actor
    )
    return owners.most_common(1)[0][0] if owners else None


def _owners_first(
    drafts: list[tuple[str, str, str, list[LocalActor]]],
    local_to_actor: dict[tuple[str, int], str],
) -> list[tuple[str, str, str, list[LocalActor]]]:
    """Order actors so that an owner is typed before its parts (parts inherit its type)."""
    depth: dict[str, int] = {}
    owner_of = {draft[0]: _owner(draft[3], local_to_actor) for draft in drafts}

    def level(actor_id: str, seen: frozenset[str] = frozenset()) -> int:
        owner = owner_of.get(actor_id)
        if owner is None or owner in seen or owner == actor_id:
            return 0
        if actor_id not in depth:
            depth[actor_id] = 1 + level(owner, seen | {actor_id})
        return depth[actor_id]

    return sorted(drafts, key=lambda draft: (level(draft[0]), draft[0]))


def _actor(
    actor_id: str, name: str, actor_type: str, owner: str | None, members: Sequence[LocalActor]
) -> Actor:
    aliases = Counter(form.mention.text for local in members for form in local.forms)
    roles = Counter(local.role for local in members if local.role)
    return Actor(
        id=actor_id,
        name=name,
        type=actor_type,
        role=roles.most_common(1)[0][0] if roles and actor_type == "person" else None,
        aliases=tuple(sorted(aliases.items(), key=lambda item: (-item[1], item[0]))),
        part_of=owner,
        articles=len({local.article_id for local in members}),
    )
