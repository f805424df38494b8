"""Claim records: the events read from the store, and the claims that group them.

Inputs are the plain dicts the store returns (``Store.events()`` and ``Store.mentions_of``);
:func:`event_from_dict` turns one event dict into a :class:`ClaimEvent`, with its source and
target mapped to canonical actor ids through the article's mentions.

Stable API: :class:`ClaimEvent`, :class:`ClaimMention`, :class:`Claim`, :class:`ClaimOptions`,
:func:`event_from_dict`, :func:`party_key`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

#: Types that the same incident is often coded as, written as groups. Why each group:
#: ASSAULT~COERCE: "abducted"/"seized" (ASSAULT, mode abduct) and "detained"/"arrested" (COERCE)
#: report the same taking of people. AGREE~COOPERATE: "agreed to"/"signed a deal" versus
#: "will work together". ACCUSE~REJECT: "condemned" and "rejected the claim" are both a public
#: disapproval. REQUEST~THREATEN: "demanded ... or else" is read as either.
COMPATIBLE_TYPES: tuple[frozenset[str], ...] = (
    frozenset({"ASSAULT", "COERCE"}),
    frozenset({"AGREE", "COOPERATE"}),
    frozenset({"ACCUSE", "REJECT"}),
    frozenset({"REQUEST", "THREATEN"}),
)

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimOptions:
    """How events are grouped into claims.

    Attributes:
        known_threshold: least wording similarity (0..1) to join two events whose source and
            target both agree on known actors.
        partial_threshold: least similarity when one side agrees and the other is unknown.
        unknown_threshold: least similarity when no side is known on both events ("very
            similar wording").
        compatible_types: groups of PLOVER types that may form one claim.
        use_places: keep apart events whose sentences name different places or weekdays.
        differ_penalty: added to the threshold for each side whose two phrases share no word
            (and are not two different canonical actors, which never join).
        wording: what similarity compares: ``"sentence"`` (the evidence sentences) or
            ``"arguments"`` (trigger, source and target phrases only).
    """

    known_threshold: float = 0.08
    partial_threshold: float = 0.15
    unknown_threshold: float = 0.45
    compatible_types: tuple[frozenset[str], ...] = COMPATIBLE_TYPES
    use_places: bool = True
    wording: str = "sentence"
    differ_penalty: float = 0.15


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimEvent:
    """One coded event, reduced to what claim grouping reads.

    Attributes:
        article_id: the article.
        index: position of the event in its article's event list.
        type: the PLOVER type.
        trigger: the trigger as written.
        start: offset of the trigger in the article text.
        source: ``actor:<id>``, ``text:<words>``, or ``""`` when unknown.
        target: the same for the target.
        source_words: the lower-case words of the source phrase as written (without
            determiners), to compare a canonical actor with a phrase no mention covers.
        target_words: the same for the target.
        source_names: the lower-cased capitalised words of the source phrase (proper names;
            the sentence's first word and determiners left out).
        target_names: the same for the target.
        source_name: the folded text of the mention the source was mapped to, ``""`` if none.
        target_name: the same for the target.
        negated, hedged, question: the event's certainty flags.
        attribution: who asserts it, outermost first (texts as written).
        sentence: the evidence sentence.
        arguments: the trigger, source and target phrases as written, joined by spaces.
        places: folded names of places in the sentence that are not source or target, and
            ``day:<weekday>`` for the weekdays it names.
    """

    article_id: str
    index: int
    type: str
    trigger: str
    start: int
    source: str
    target: str
    source_words: frozenset[str] = field(default_factory=frozenset)
    target_words: frozenset[str] = field(default_factory=frozenset)
    source_names: frozenset[str] = field(default_factory=frozenset)
    target_names: frozenset[str] = field(default_factory=frozenset)
    source_name: str = ""
    target_name: str = ""
    negated: bool = False
    hedged: bool = False
    question: bool = False
    attribution: tuple[str, ...] = ()
    sentence: str = ""
    arguments: str = ""
    places: frozenset[str] = field(default_factory=frozenset)

    @property
    def key(self) -> tuple[str, int, int]:
        """The order-independent sort key: article, trigger offset, index."""
        return (self.article_id, self.start, self.index)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimMention:
    """One article's report of a claim.

    Attributes:
        article_id: the article.
        index: the event's position in the article's event list.
        start: offset of the trigger in the article text.
        negated, hedged, question: how the article reports it ("did not attack" is negated).
        attribution: who asserts it, outermost first.
        sentence: the evidence sentence.
    """

    article_id: str
    index: int
    start: int
    negated: bool
    hedged: bool
    question: bool
    attribution: tuple[str, ...]
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        """Return the mention as a JSON-ready dict."""
        return {
            "article_id": self.article_id,
            "index": self.index,
            "start": self.start,
            "negated": self.negated,
            "hedged": self.hedged,
            "question": self.question,
            "attribution": list(self.attribution),
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """The same event reported by one or more articles.

    Attributes:
        id: content hash of the defining key (type, source, target, representative sentence).
        type: the most frequent PLOVER type of its mentions.
        source: the source key (``actor:<id>``, ``text:<words>`` or ``""``).
        target: the target key.
        sentence: the representative sentence (the one most like the others).
        mentions: one per event, in article and text order.
    """

    id: str
    type: str
    source: str
    target: str
    sentence: str
    mentions: tuple[ClaimMention, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        """The distinct article ids, sorted."""
        return tuple(sorted({mention.article_id for mention in self.mentions}))

    @property
    def denied(self) -> bool:
        """Some mention reports the event as not having happened."""
        return any(mention.negated for mention in self.mentions)

    def to_dict(self) -> dict[str, Any]:
        """Return the claim as a JSON-ready dict."""
        return {
            "id": self.id,
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "sentence": self.sentence,
            "mentions": [mention.to_dict() for mention in self.mentions],
        }


#: A party named only by a pronoun is unknown: "it" in one article and "the army" in another
#: may be the same actor.
_PRONOUNS = frozenset(
    {"it", "they", "he", "she", "we", "i", "you", "them", "him", "us", "who", "which", "itself"}
)


def text_key(text: str) -> str:
    """Return ``text:<words>``: lower-case words without determiners, or ``""`` if none (or if
    the phrase is only pronouns)."""
    words = [word for word in _WORD.findall(text.lower()) if word not in _DETERMINERS]
    if all(word in _PRONOUNS for word in words):
        return ""
    return "text:" + " ".join(words)


def party_key(party: Mapping[str, Any] | None, mentions: Sequence[Mapping[str, Any]]) -> str:
    """Map an event's source or target to a canonical actor key.

    Args:
        party: the event's ``source`` or ``target`` dict, or ``None``.
        mentions: the article's mentions ``{start, end, text, label, actor_id}``.

    Returns:
        ``actor:<id>`` when the party's actor span (else its own span) overlaps a mention,
        ``text:<words>`` otherwise, ``""`` when there is no party.
    """
    if not party:
        return ""
    spans = [_mapping(party.get("actor")), party]
    for span in spans:
        if not span:
            continue
        mention = _overlapping(span, mentions)
        if mention is not None:
            return f"actor:{mention['actor_id']}"
    return text_key(str(party.get("text", "")))


def _overlapping(
    span: Mapping[str, Any], mentions: Sequence[Mapping[str, Any]]
) -> Mapping[str, Any] | None:
    start, end = _offsets(span)
    best: Mapping[str, Any] | None = None
    best_size = 0
    for mention in mentions:
        low, high = _offsets(mention)
        size = min(end, high) - max(start, low)
        if size > best_size and mention.get("actor_id"):
            best, best_size = mention, size
    return best


def _offsets(span: Mapping[str, Any]) -> tuple[int, int]:
    start, end = span.get("start"), span.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    return 0, 0


_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*")


def _proper_names(party: Mapping[str, Any] | None, sentence_start: int) -> frozenset[str]:
    if not party:
        return frozenset()
    text = str(party.get("text", ""))
    at_start = _int(party.get("start")) == sentence_start
    names = set()
    for match in _CAPITALISED.finditer(text):
        word = match.group().lower()
        if not (at_start and match.start() == 0) and word not in _DETERMINERS:
            names.add(word.removesuffix("'s"))
    return frozenset(names)


def _mention_name(party: Mapping[str, Any] | None, mentions: Sequence[Mapping[str, Any]]) -> str:
    for span in (_mapping(party.get("actor")), party) if party else ():
        mention = _overlapping(span, mentions) if span else None
        if mention is not None:
            return text_key(str(mention.get("text", "")))
    return ""


def _party_words(party: Mapping[str, Any] | None) -> frozenset[str]:
    if not party:
        return frozenset()
    return frozenset(text_key(str(party.get("text", "")))[5:].split())


def _mapping(value: object) -> Mapping[str, Any]:
    """``value`` when it is a mapping, else an empty one (a broken record reads as empty)."""
    return value if isinstance(value, Mapping) else {}


def _speakers(value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        return ()
    return tuple(str(speaker.get("text", "")) for speaker in value if isinstance(speaker, Mapping))


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _covered(span: Mapping[str, Any] | None) -> tuple[int, int]:
    return _offsets(span) if span else (0, 0)


def event_from_dict(
    data: Mapping[str, Any], index: int, mentions: Sequence[Mapping[str, Any]]
) -> ClaimEvent:
    """Build a :class:`ClaimEvent` from a store event dict.

    Args:
        data: the event dict (``article_id``, ``type``, ``trigger``, ``source``, ``target``,
            flags, ``attribution``, ``evidence``); missing keys read as empty.
        index: the event's position in its article.
        mentions: the article's mentions.

    Returns:
        The event, with parties mapped by :func:`party_key` and places collected from mentions
        (labels GPE, LOC, FAC) and from capitalised words after a place preposition.
    """
    evidence, trigger = _mapping(data.get("evidence")), _mapping(data.get("trigger"))
    source = _mapping(data.get("source")) or None
    target = _mapping(data.get("target")) or None
    mentions = [mention for mention in mentions if isinstance(mention, Mapping)]
    sentence = str(evidence.get("sentence", ""))
    sentence_start = _int(evidence.get("start"))
    parties = [_covered(source), _covered(target)]
    for party in (source, target):
        if party and isinstance(party.get("actor"), Mapping):
            parties.append(_covered(party["actor"]))
    return ClaimEvent(
        article_id=str(data.get("article_id", evidence.get("article_id", ""))),
        index=index,
        type=str(data.get("type", "")),
        trigger=str(trigger.get("text", "")),
        start=_int(trigger.get("start")),
        source=party_key(source, mentions),
        target=party_key(target, mentions),
        source_words=_party_words(source),
        target_words=_party_words(target),
        source_names=_proper_names(source, sentence_start),
        target_names=_proper_names(target, sentence_start),
        source_name=_mention_name(source, mentions),
        target_name=_mention_name(target, mentions),
        negated=bool(data.get("negated")),
        hedged=bool(data.get("hedged")),
        question=bool(data.get("question")),
        attribution=_speakers(data.get("attribution")),
        sentence=sentence,
        arguments=" ".join(
            str(part.get("text", "")) for part in (trigger, source or {}, target or {})
        ),
        places=_places(sentence, sentence_start, mentions, parties),
    )


_PLACE_MENTION_LABELS = frozenset({"GPE", "LOC", "FAC"})
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: "in Kibali", "near the village of Oua", "on the outskirts of Goma": the capitalised run.
_PLACE_AFTER = re.compile(
    r"\b(?:in|at|near|outside|inside|into|across|on|from)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+(?:[a-z]+\s+)?of\s+)?"
    r"((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*)"
)


def _places(
    sentence: str,
    offset: int,
    mentions: Sequence[Mapping[str, Any]],
    parties: Sequence[tuple[int, int]],
) -> frozenset[str]:
    end = offset + len(sentence)
    found: set[str] = set()
    for mention in mentions:
        low, high = _offsets(mention)
        inside = offset <= low and high <= end
        in_party = any(min(high, p_end) > max(low, p_start) for p_start, p_end in parties)
        if inside and not in_party and mention.get("label") in _PLACE_MENTION_LABELS:
            found.add(" ".join(_WORD.findall(str(mention.get("text", "")).lower())))
    for match in _PLACE_AFTER.finditer(sentence):
        low = offset + match.start(1)
        high = offset + match.end(1)
        if not any(min(high, p_end) > max(low, p_start) for p_start, p_end in parties):
            found.add(" ".join(_WORD.findall(match.group(1).lower())))
    found.difference_update(_DAYS)
    found.update("day:" + word for word in _WORD.findall(sentence.lower()) if word in _DAYS)
    return frozenset(place for place in found if place)
