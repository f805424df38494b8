"""Group events into claims: the same event reported by several articles.

Inputs: event dicts as ``Store.events()`` returns them and the mentions of each article as
``Store.mentions_of`` returns them. Output: :class:`~storytrace.claims.records.Claim` records.

Two events join when their types are compatible, their sources and targets agree, their
sentences do not name different places or weekdays, and their wording is similar enough (the
less the actors tell, the more similar the wording must be). Pairs are joined best first, and a
join is refused when it would put two events of one article, or two events with different places,
in one claim. The result depends only on the set of events, never on their order.

Stable API: :func:`group_claims`, :func:`events_from_dicts`, :func:`similarity`,
:class:`ClaimIndex`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from storytrace.claims.records import (
    Claim,
    ClaimEvent,
    ClaimMention,
    ClaimOptions,
    event_from_dict,
)
from storytrace.model import content_hash

_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)


def _words(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of ``text`` (for readable word lists)."""
    return frozenset(text.split())


#: Words that carry no event content, plus negation and hedge cues: a denial must read like
#: the claim it denies.
_STOP = _words(
    """a an the and or but of to in on at by for from with as into onto over under after before
    than then that this these those it its is are was were be been being has have had having do
    does did doing not no never nor denied deny denies denying reportedly allegedly may might
    could would should will shall can said says say told tells according claimed claims stated
    reported reports report he she they we i you his her their our them him us who which what
    when where while also said just only about against between during there here so such very
    more most some any all each other another new one two three least"""
)
_STEM = 5


@functools.lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Return the stems (first five letters) of the content words of ``text``."""
    return frozenset(
        word[:_STEM] for word in _WORD.findall(text.lower()) if word not in _STOP and len(word) > 1
    )


def similarity(first: ClaimEvent, second: ClaimEvent, *, wording: str = "sentence") -> float:
    """Return the wording similarity of two events: Dice over content stems, 0..1.

    Args:
        first, second: the events.
        wording: ``"sentence"`` compares the evidence sentences plus triggers, ``"arguments"``
            the trigger, source and target phrases only.
    """
    if wording == "arguments":
        one, two = content_words(first.arguments), content_words(second.arguments)
    else:
        one = content_words(first.sentence) | content_words(first.trigger)
        two = content_words(second.sentence) | content_words(second.trigger)
    if not one or not two:
        return 0.0
    return 2 * len(one & two) / (len(one) + len(two))


def events_from_dicts(
    events: Iterable[Mapping[str, Any]],
    mentions_by_article: Mapping[str, Sequence[Mapping[str, Any]]],
) -> tuple[ClaimEvent, ...]:
    """Turn store event dicts into :class:`ClaimEvent` records, numbered within each article.

    Args:
        events: event dicts, in each article's event order (``Store.events()``).
        mentions_by_article: each article's mention dicts; a missing article has none.

    Returns:
        The events sorted by article, trigger offset and index.
    """
    counts: Counter[str] = Counter()
    records: list[ClaimEvent] = []
    for data in events:
        article_id = str(data.get("article_id", ""))
        index = int(data["index"]) if isinstance(data.get("index"), int) else counts[article_id]
        counts[article_id] += 1
        records.append(event_from_dict(data, index, mentions_by_article.get(article_id, ())))
    return tuple(sorted(records, key=lambda event: event.key))


def group_claims(
    events: Iterable[Mapping[str, Any]],
    mentions_by_article: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    options: ClaimOptions | None = None,
) -> tuple[Claim, ...]:
    """Group coded events into claims.

    Args:
        events: event dicts as ``Store.events()`` yields them (each with ``article_id``); an
            optional int ``index`` gives the event's position in its article, otherwise events
            are numbered in the order given within each article.
        mentions_by_article: each article's actor mentions ``{start, end, text, label,
            actor_id}`` (``Store.mentions_of``).
        options: see :class:`ClaimOptions`; the defaults when ``None``.

    Returns:
        The claims, sorted by their first mention (article id, offset). Every event is a mention
        of exactly one claim; an event no other article reports is a claim of one mention.
    """
    return group_events(events_from_dicts(events, mentions_by_article), options=options)


def group_events(
    events: Sequence[ClaimEvent], *, options: ClaimOptions | None = None
) -> tuple[Claim, ...]:
    """Group :class:`ClaimEvent` records into claims (see :func:`group_claims`)."""
    options = options or ClaimOptions()
    ordered = sorted(set(events), key=lambda event: event.key)
    parent = list(range(len(ordered)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(ordered))}
    for _, i, j in _candidate_pairs(ordered, options):
        root_i, root_j = _find(parent, i), _find(parent, j)
        if root_i == root_j or not _can_merge(ordered, members[root_i], members[root_j], options):
            continue
        low, high = sorted((root_i, root_j))
        parent[high] = low
        members[low].extend(members.pop(high))
    claims = [_claim([ordered[i] for i in sorted(group)]) for group in members.values()]
    return tuple(sorted(claims, key=lambda claim: (claim.mentions[0].article_id, claim.id)))


def _candidate_pairs(
    ordered: Sequence[ClaimEvent], options: ClaimOptions
) -> list[tuple[tuple[int, float, float], int, int]]:
    """Scored pairs that may join, best first; only events of compatible types are compared."""
    pairs: list[tuple[tuple[int, float, float], int, int]] = []
    for block in _type_blocks(ordered, options):
        for position, i in enumerate(block):
            first = ordered[i]
            for j in block[position + 1 :]:
                second = ordered[j]
                if first.article_id == second.article_id:
                    continue
                score = _join_score(first, second, options)
                if score is not None:
                    pairs.append((score, i, j))
    pairs = sorted(set(pairs))
    pairs.sort(key=lambda pair: (-pair[0][0], -pair[0][1], -pair[0][2], pair[1], pair[2]))
    return pairs


def _type_blocks(ordered: Sequence[ClaimEvent], options: ClaimOptions) -> list[list[int]]:
    """Positions of the events of each type, and of each group of compatible types."""
    by_type: dict[str, list[int]] = {}
    for position, event in enumerate(ordered):
        by_type.setdefault(event.type, []).append(position)
    blocks = list(by_type.values())
    for group in options.compatible_types:
        present = [by_type[name] for name in sorted(group) if name in by_type]
        if len(present) > 1:
            blocks.append(sorted(position for block in present for position in block))
    return blocks


def _join_score(
    first: ClaimEvent, second: ClaimEvent, options: ClaimOptions
) -> tuple[int, float, float] | None:
    """How well two events fit (agreeing sides, wording, arguments), or ``None`` if they may not
    join. The arguments similarity only ranks: it tells which of two events in one sentence
    ("raided the village and burned the market") is the one another article reports.
    """
    if not _types_fit(first.type, second.type, options):
        return None
    sides = (
        _side(
            (first.source, first.source_name, first.source_words, first.source_names),
            (second.source, second.source_name, second.source_words, second.source_names),
        ),
        _side(
            (first.target, first.target_name, first.target_words, first.target_names),
            (second.target, second.target_name, second.target_words, second.target_names),
        ),
    )
    if "clash" in sides or _swapped(first, second):
        return None
    if options.use_places and _places_clash(first, second):
        return None
    known = sides.count("same")
    threshold = (
        options.known_threshold,
        options.partial_threshold,
        options.unknown_threshold,
    )[2 - known] + options.differ_penalty * sides.count("differ")
    score = similarity(first, second, wording=options.wording)
    if score < threshold:
        return None
    return (known, score, similarity(first, second, wording="arguments"))


def _swapped(first: ClaimEvent, second: ClaimEvent) -> bool:
    """Source and target trade places: "A threatened B" and "B threatened A" are two claims."""
    return bool(
        first.source
        and first.target
        and first.source != first.target
        and (first.source, first.target) == (second.target, second.source)
    )


def _types_fit(one: str, two: str, options: ClaimOptions) -> bool:
    if one == two:
        return True
    return any(one in group and two in group for group in options.compatible_types)


_Party = tuple[str, str, frozenset[str], frozenset[str]]


def _side(one: _Party, two: _Party) -> str:
    """``same``, ``clash``, ``differ`` or ``unknown`` for two parties.

    A party is (key, folded mention name, phrase words, proper names in the phrase).

    ``differ``: both phrases are known and share no word; they may still name one actor ("the
    police", "officers"), so the wording decides, more strictly than when a side is unknown.
    """
    (key_one, name_one, words_one, names_one), (key_two, name_two, words_two, names_two) = one, two
    if not key_one or not key_two:
        return "unknown"
    if key_one == key_two:
        return "same"
    if key_one.startswith("actor:") and key_two.startswith("actor:"):
        # The actor linker keeps one name apart when NER labels it differently in two articles
        # ("Kafra" as PERSON and as FAC): the same name as written is the same actor here.
        return "same" if name_one and name_one == name_two else "clash"
    if names_one and names_two and not names_one & names_two:
        # Two different proper names ("Marivka", "the town of Dolynka") are two parties even
        # when the actor finder missed one of them.
        return "clash"
    # A phrase no mention covers ("the army", "Ruiz") is compared word by word with the other
    # phrase as written: half the words of the shorter one must be shared.
    if words_one and words_two:
        overlap = len(words_one & words_two) / min(len(words_one), len(words_two))
        if overlap >= 0.5:
            return "same"
        if not overlap:
            return "differ"
    return "unknown"


def _places_clash(first: ClaimEvent, second: ClaimEvent) -> bool:
    for is_day in (False, True):
        one = {place for place in first.places if place.startswith("day:") == is_day}
        two = {place for place in second.places if place.startswith("day:") == is_day}
        if one and two and not _places_meet(one, two):
            return True
    return False


def _places_meet(one: set[str], two: set[str]) -> bool:
    words_one = {word for place in one for word in place.split()}
    words_two = {word for place in two for word in place.split()}
    return bool(words_one & words_two)


def _can_merge(
    ordered: Sequence[ClaimEvent],
    group_one: Sequence[int],
    group_two: Sequence[int],
    options: ClaimOptions,
) -> bool:
    """Refuse a merge that puts two events of one article, or clashing places, in one claim."""
    articles = {ordered[i].article_id for i in group_one}
    if any(ordered[j].article_id in articles for j in group_two):
        return False
    if not options.use_places:
        return True
    return not any(_places_clash(ordered[i], ordered[j]) for i in group_one for j in group_two)


def _find(parent: list[int], item: int) -> int:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _claim(events: Sequence[ClaimEvent]) -> Claim:
    representative = max(
        events,
        key=lambda event: (
            sum(similarity(event, other) for other in events if other is not event),
            not event.negated,
            not event.hedged,
            _reverse_key(event),
        ),
    )
    event_type = _most_common([event.type for event in events])
    source = _most_common([event.source for event in events if event.source])
    target = _most_common([event.target for event in events if event.target])
    return Claim(
        id=content_hash("claim", event_type, source, target, representative.sentence),
        type=event_type,
        source=source,
        target=target,
        sentence=representative.sentence,
        mentions=tuple(_mention(event) for event in events),
    )


def _reverse_key(event: ClaimEvent) -> tuple[tuple[int, ...], int]:
    """A key whose maximum is the smallest (article, offset): ties go to the first event."""
    return (tuple(-ord(char) for char in event.article_id), -event.start)


def _most_common(values: Sequence[str]) -> str:
    if not values:
        return ""
    counts = Counter(values)
    return min(counts, key=lambda value: (-counts[value], value))


def _mention(event: ClaimEvent) -> ClaimMention:
    return ClaimMention(
        article_id=event.article_id,
        index=event.index,
        start=event.start,
        negated=event.negated,
        hedged=event.hedged,
        question=event.question,
        attribution=event.attribution,
        sentence=event.sentence,
    )


class ClaimIndex:
    """Claims built up article by article.

    The state is :attr:`events`, a tuple of plain frozen :class:`ClaimEvent` records: save it and
    rebuild with ``ClaimIndex(saved)``. :meth:`claims` regroups everything, so the claims equal
    :func:`group_events` over all events added, whatever the order of the additions.
    """

    def __init__(
        self, events: Iterable[ClaimEvent] = (), *, options: ClaimOptions | None = None
    ) -> None:
        self._events: dict[tuple[str, int, int], ClaimEvent] = {e.key: e for e in events}
        self._options = options or ClaimOptions()

    @property
    def events(self) -> tuple[ClaimEvent, ...]:
        """Every event added so far, sorted."""
        return tuple(self._events[key] for key in sorted(self._events))

    def add(
        self,
        events: Iterable[Mapping[str, Any]],
        mentions_by_article: Mapping[str, Sequence[Mapping[str, Any]]],
    ) -> None:
        """Add event dicts (with their articles' mentions); an event added twice counts once.

        Events are numbered within each article in the order given, so add all of one
        article's events in one call (or give each an int ``index``).
        """
        for event in events_from_dicts(events, mentions_by_article):
            self._events[event.key] = event

    def claims(self) -> tuple[Claim, ...]:
        """Group every event added so far."""
        return group_events(self.events, options=self._options)
