"""Turn a validated LLM answer into the records the offline extractor stores.

Inputs: the article, the part of its text the model was sent, and the answer (valid against
:data:`~storytrace.llm.prompt.ANSWER_SCHEMA`). Output: :class:`Conversion`: the article's local
actors as JSON (``asdict`` of :class:`~storytrace.actors.LocalActor`, as
``storytrace.linking.analyse_article`` stores them), its events as JSON (``Event.to_dict()`` with
the outlet heading each attribution chain, as ``storytrace.linking.events_json`` stores them), and
notes on what was dropped.

Every quoted span is grounded in the text (:class:`~storytrace.llm.ground.TextFinder`); what
cannot be found is dropped, because a hallucinated span is not evidence:

- an actor name or alias that is not in the text is dropped; an actor with none left is dropped;
- an event whose evidence sentence or trigger is not in the text is dropped, and so is one whose
  speaker (any link of the chain) cannot be found: without it the event would wrongly read as
  stated in the outlet's own voice;
- a source or target that is not in the evidence sentence becomes ``None``; a hedge or cue that
  is not there becomes ``""``; a role that is not in the text becomes ``None``.

Stable API: :class:`Conversion`, :func:`convert_answer`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Final

from spacy.lang.en.stop_words import STOP_WORDS

from storytrace.actors.keys import name_tokens, strip_title
from storytrace.actors.mentions import Mention
from storytrace.actors.resolve import Form, LocalActor
from storytrace.events.records import (
    Event,
    Evidence,
    Party,
    Speaker,
    TextSpan,
    outlet_speaker,
)
from storytrace.llm.ground import TextFinder
from storytrace.llm.prompt import MODES
from storytrace.model import Article

__all__ = ["Conversion", "convert_answer"]

#: Actor type → (coarse kind, mention label) of the offline extractor.
_KIND_OF_TYPE: Final = {
    "person": ("person", "PERSON"),
    "place": ("place", "GPE"),
    "group": ("group", "NORP"),
}
_ORG: Final = ("org", "ORG")
_POSSESSIVES: Final = ("'", "’")
_KUNYA_WORDS: Final = frozenset({"abu", "um", "umm", "ibn"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Conversion:
    """An answer in the offline extractor's shapes.

    Attributes:
        local_actors: the local actors, JSON.
        events: the coded events, outlet first in each chain, JSON.
        notes: what grounding dropped, one short phrase each (empty when nothing was).
    """

    local_actors: str
    events: str
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Found:
    """A grounded surface form of an answer actor."""

    actor: int
    start: int
    end: int


def convert_answer(article: Article, sent: str, answer: Mapping[str, Any]) -> Conversion:
    """Ground an answer in the text it was asked about and convert it to stored records.

    Args:
        article: the article (its id and outlet go into the records).
        sent: the text the model was sent: a prefix of ``article.text``.
        answer: the model's answer, valid against the answer schema.

    Returns:
        The local actors and events as JSON, and notes on what was dropped.
    """
    finder = TextFinder(sent)
    dropped: Counter[str] = Counter()
    actors = _local_actors(article.id, finder, answer.get("actors", []), dropped)
    mentions = sorted(
        (form.mention for actor in actors for form in actor.forms), key=lambda m: m.start
    )
    events = _events(article, finder, answer.get("events", []), mentions, dropped)
    local_json = json.dumps([asdict(actor) for actor in actors], ensure_ascii=False)
    events_json = json.dumps(events, ensure_ascii=False)
    notes = tuple(f"{count} {what}" for what, count in sorted(dropped.items()))
    return Conversion(local_actors=local_json, events=events_json, notes=notes)


# -- actors ---------------------------------------------------------------------------------


def _local_actors(
    article_id: str, finder: TextFinder, answers: Sequence[Mapping[str, Any]], dropped: Counter[str]
) -> list[LocalActor]:
    found = _ground_actor_forms(finder, answers, dropped)
    by_actor: dict[int, list[_Found]] = {}
    for item in found:
        by_actor.setdefault(item.actor, []).append(item)
    order = sorted(by_actor, key=lambda number: by_actor[number][0].start)
    index_of = {number: index for index, number in enumerate(order)}
    names = {_fold(answers[number]["name"]): number for number in order}
    for number in order:
        for alias in answers[number]["aliases"]:
            names.setdefault(_fold(alias), number)
    if len(answers) > len(order):
        dropped["actors with no name in the text"] += len(answers) - len(order)
    return [
        _local_actor(article_id, finder, index_of, names, answers[number], by_actor[number], number)
        for number in order
    ]


def _ground_actor_forms(
    finder: TextFinder, answers: Sequence[Mapping[str, Any]], dropped: Counter[str]
) -> list[_Found]:
    """Every occurrence of every actor's names, longest first, never overlapping, by start."""
    candidates: list[tuple[int, int, int]] = []  # (actor, start, end)
    for number, actor in enumerate(answers):
        forms = {" ".join(str(name).split()) for name in [actor["name"], *actor["aliases"]]}
        for form in sorted(form for form in forms if form):
            if not _is_name(form):
                dropped["actor forms that are no names"] += 1
                continue
            spans = [span for span in finder.find_all(form) if _is_name(finder.text[slice(*span)])]
            if not spans:
                dropped["actor names not in the text"] += 1
            candidates += [(number, start, end) for start, end in spans]
    taken: list[_Found] = []
    occupied: list[tuple[int, int]] = []
    for number, start, end in sorted(candidates, key=lambda c: (c[1] - c[2], c[1], c[0])):
        if any(start < other_end and other_start < end for other_start, other_end in occupied):
            continue
        occupied.append((start, end))
        taken.append(_Found(number, start, end))
    return sorted(taken, key=lambda item: item.start)


def _is_name(text: str) -> bool:
    """Whether a form can name an actor: not only function words ("he", "the group"), and
    capitalised, unless its script has no case. A match found only by ignoring case ("at dawn"
    for "Dawn") must be capitalised in the text too."""
    words = [word.strip(".,'’\"") for word in text.casefold().split()]
    if all(word in STOP_WORDS or not word for word in words):
        return False
    return any(char.isupper() or (char.isalpha() and char.lower() == char.upper()) for char in text)


def _local_actor(
    article_id: str,
    finder: TextFinder,
    index_of: Mapping[int, int],
    names: Mapping[str, int],
    answer: Mapping[str, Any],
    found: Sequence[_Found],
    number: int,
) -> LocalActor:
    kind, label = _KIND_OF_TYPE.get(answer["type"], _ORG)
    forms = tuple(_form(finder.text, item, kind, label, answer["name"]) for item in found)
    owner = names.get(_fold(answer["part_of"] or ""))
    role = answer["role"]
    return LocalActor(
        article_id=article_id,
        index=index_of[number],
        forms=forms,
        kind=kind,
        acronyms=tuple(sorted({f.mention.text for f in forms if f.form == "acronym"})),
        role=" ".join(role.lower().split()) if role and finder.find(role) else None,
        part_of=index_of[owner] if owner is not None and owner != number else None,
    )


def _form(text: str, item: _Found, kind: str, label: str, full_name: str) -> Form:
    written = text[item.start : item.end]
    name = strip_title(written)[0] if kind == "person" else written
    tokens = name_tokens(name)
    return Form(
        mention=Mention(text=written, start=item.start, end=item.end, label=label, source="llm"),
        name=name,
        key=" ".join(tokens),
        form=_form_kind(written, tokens, kind, name_tokens(full_name)),
    )


def _form_kind(written: str, tokens: Sequence[str], kind: str, full: Sequence[str]) -> str:
    """``acronym``, ``full`` or ``short``, by the offline extractor's rules."""
    if written.isupper() and 2 <= len(written) <= 7 and " " not in written:
        return "acronym"
    if not tokens:
        return "short"
    if kind == "person":
        kunya = len(tokens) == 2 and tokens[0] in _KUNYA_WORDS
        return "full" if len(tokens) >= 2 and not kunya else "short"
    shortens = len(tokens) < len(full) and (
        tuple(full[-len(tokens) :]) == tuple(tokens) or tuple(full[: len(tokens)]) == tuple(tokens)
    )
    return "short" if shortens and len(tokens) == 1 else "full"


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


# -- events ---------------------------------------------------------------------------------


def _events(
    article: Article,
    finder: TextFinder,
    answers: Sequence[Mapping[str, Any]],
    mentions: Sequence[Mention],
    dropped: Counter[str],
) -> list[dict[str, Any]]:
    outlet = outlet_speaker(article)
    coded: list[dict[str, Any]] = []
    seen: set[str] = set()
    for answer in answers:
        event = _event(article.id, finder, answer, mentions, dropped)
        if event is None:
            continue
        data = event.to_dict()
        data["attribution"] = [outlet, *data["attribution"]]
        key = json.dumps(data, sort_keys=True)
        if key in seen:
            dropped["repeated events"] += 1
            continue
        seen.add(key)
        coded.append(data)
    coded.sort(key=lambda data: (data["evidence"]["start"], data["trigger"]["start"]))
    return coded


def _event(
    article_id: str,
    finder: TextFinder,
    answer: Mapping[str, Any],
    mentions: Sequence[Mention],
    dropped: Counter[str],
) -> Event | None:
    quoted = finder.find_all(answer["evidence"], words=False)
    if not quoted:
        dropped["events whose sentence is not in the text"] += 1
        return None
    # A sentence quoted more than once (a repeated line, a short quote): the first place where
    # the trigger is in it.
    placed = _place(finder, quoted, answer["trigger"])
    if placed is None:
        dropped["events whose trigger is not in their sentence"] += 1
        return None
    (start, end), trigger = placed
    chain = _chain(finder, answer["attribution"], start, end)
    if chain is None:
        dropped["events whose speaker is not in the text"] += 1
        return None
    parties = [
        _party(finder, answer[role], start, end, mentions, dropped) for role in ("source", "target")
    ]
    hedge = answer["hedge"]
    if hedge and finder.find(hedge, start=start, end=end) is None:
        hedge = ""
    mode = answer["mode"] if answer["mode"] in MODES.get(answer["type"], ()) else ""
    return Event(
        type=answer["type"],
        mode=mode,
        trigger=TextSpan(
            text=finder.text[trigger[0] : trigger[1]], start=trigger[0], end=trigger[1]
        ),
        source=parties[0],
        target=parties[1],
        negated=bool(answer["negated"]),
        hedged=bool(answer["hedged"]),
        hedge=" ".join(hedge.split()),
        question=bool(answer["question"]),
        attribution=chain,
        evidence=Evidence(
            article_id=article_id, sentence=finder.text[start:end], start=start, end=end
        ),
    )


def _place(
    finder: TextFinder, quoted: Sequence[tuple[int, int]], trigger: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The sentence around the first quote that holds the trigger, and the trigger's span."""
    for span in quoted:
        start, end = finder.sentence(*span)
        found = finder.find(trigger, start=start, end=end)
        if found is not None:
            return (start, end), found
    return None


def _party(
    finder: TextFinder,
    quoted: str | None,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    dropped: Counter[str],
) -> Party | None:
    if not quoted:
        return None
    span = finder.find(quoted, start=start, end=end)
    if span is None:
        dropped["sources and targets not in their sentence"] += 1
        return None
    inside = [m for m in mentions if span[0] <= m.start and m.end <= span[1]]
    # The phrase's head: the first mention that is not a possessive owner ("the Brigades' media
    # wing, the Dawn Office" is the office; "Lina Haddad of the Institute" is Haddad).
    heads = [m for m in inside if not finder.text.startswith(_POSSESSIVES, m.end)]
    actor = (heads or inside)[0] if inside else None
    return Party(
        text=finder.text[span[0] : span[1]],
        start=span[0],
        end=span[1],
        actor=TextSpan(text=actor.text, start=actor.start, end=actor.end) if actor else None,
        label=actor.label if actor else "",
    )


def _chain(
    finder: TextFinder, speakers: Sequence[Mapping[str, Any]], start: int, end: int
) -> tuple[Speaker, ...] | None:
    """The grounded chain; None when a speaker is neither in the sentence nor before it."""
    chain = []
    for speaker in speakers:
        span = finder.find(speaker["speaker"], start=start, end=end) or finder.find_before(
            speaker["speaker"], start
        )
        if span is None:
            return None
        cue = speaker["cue"]
        near = max(0, min(span[0], start) - 200)
        cue_found = bool(cue) and finder.find(cue, start=near, end=end) is not None
        chain.append(
            Speaker(
                text=finder.text[span[0] : span[1]],
                start=span[0],
                end=span[1],
                kind=speaker["kind"],
                cue=" ".join(cue.split()) if cue_found else "",
            )
        )
    return tuple(chain)
