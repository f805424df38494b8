"""The event record: who did what to whom, how sure the text is, and who says so.

All records are frozen, slotted, keyword-only dataclasses with a JSON-ready ``to_dict``.
Offsets are character offsets into the article text (``text[start:end] == record.text``).

Stable API: :class:`TextSpan`, :class:`Party`, :class:`Speaker`, :class:`Evidence`,
:class:`Event`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storytrace.model import Article


@dataclass(frozen=True, slots=True, kw_only=True)
class TextSpan:
    """A stretch of the article text.

    Attributes:
        text: the characters, ``article_text[start:end]``.
        start: offset of the first character.
        end: offset after the last character.
    """

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return the span as a JSON-ready dict."""
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True, kw_only=True)
class Party:
    """The source or target of an event.

    Attributes:
        text, start, end: the noun phrase as written.
        actor: the actor mention (from :mod:`storytrace.actors`) that the phrase contains, if any.
        label: that mention's label (``PERSON``, ``ORG``, ``GPE``...), or ``""``.
    """

    text: str
    start: int
    end: int
    actor: TextSpan | None = None
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the party as a JSON-ready dict."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "actor": self.actor.to_dict() if self.actor else None,
            "label": self.label,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    """One link of an attribution chain.

    Attributes:
        text, start, end: who speaks, as written (or the antecedent of a pronoun).
        kind: ``outlet``, ``person``, ``organization`` or ``document``.
        cue: the words that make them a speaker as written (``"said"``, ``"according to"``,
            ``"as translated by"``, ``":"`` for a quote introduced by a colon).
        pronoun: the pronoun as written when the speaker was resolved from one, else ``None``.
    """

    text: str
    start: int
    end: int
    kind: str
    cue: str
    pronoun: TextSpan | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the speaker as a JSON-ready dict."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue,
            "pronoun": self.pronoun.to_dict() if self.pronoun else None,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """Where an event was read.

    Attributes:
        article_id: the article.
        sentence: the sentence text.
        start, end: the sentence's offsets in the article text.
    """

    article_id: str
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return the evidence as a JSON-ready dict."""
        return {
            "article_id": self.article_id,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One coded event: ``source`` does ``type`` to ``target``, according to ``attribution``.

    Attributes:
        type: the PLOVER type (see :data:`storytrace.events.PLOVER_TYPES`).
        mode: the PLOVER mode where the text tells it (AID: military, economic, humanitarian;
            ASSAULT: aerial, explosives, firearms, artillery, abduct, physical), else ``""``.
        trigger: the verb or noun that signals the event.
        source: who acts, or ``None`` when the text does not say.
        target: who is acted on, or ``None``.
        negated: the text says the event did not happen ("did not attack", "denied attacking").
        hedged: the text is unsure it happened ("reportedly", "may", "is thought to").
        hedge: the cue words of the hedge or negation, ``""`` if none.
        question: the event is asked about, not stated.
        attribution: who asserts the event, outermost first; empty in the outlet's own voice.
        evidence: the article and sentence.
    """

    type: str
    mode: str
    trigger: TextSpan
    source: Party | None
    target: Party | None
    negated: bool
    hedged: bool
    hedge: str
    question: bool
    attribution: tuple[Speaker, ...]
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        """Return the event as a JSON-ready dict (nested dicts and lists only)."""
        return {
            "type": self.type,
            "mode": self.mode,
            "trigger": self.trigger.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "negated": self.negated,
            "hedged": self.hedged,
            "hedge": self.hedge,
            "question": self.question,
            "attribution": [speaker.to_dict() for speaker in self.attribution],
            "evidence": self.evidence.to_dict(),
        }


def outlet_speaker(article: Article) -> dict[str, Any]:
    """The outlet as the head of every stored attribution chain (JSON, as the store keeps it).

    An event stated in the outlet's own voice has this speaker alone; "the institute says"
    becomes this speaker, then the institute.
    """
    return {
        "text": article.outlet or article.url or article.source.location,
        "start": None,
        "end": None,
        "kind": "outlet",
        "cue": "published",
        "pronoun": None,
    }
