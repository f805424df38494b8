"""Noun phrases on the dependency parse: the span of an actor, its kind, and pronoun antecedents.

Inputs: spaCy tokens (a parsed ``Doc``) and the article's actor mentions. Outputs:
:class:`~storytrace.events.records.Party` records and character spans. Internal to
:mod:`storytrace.events`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storytrace.events.lexicon import (
    DOCUMENT_NOUNS,
    GROUP_PRONOUNS,
    OUTLET_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    words,
)
from storytrace.events.records import Party, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Children left out of an actor's phrase: clauses, appositions and the other conjuncts.
_DROP_AT_HEAD = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep", "case"})
_DROP_BELOW = frozenset({"relcl", "acl", "appos", "advcl"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})

#: Nouns that name groups of people or institutions (besides named entities).
GROUP_NOUNS = words(
    """government army troops police forces force rebels rebel insurgents protesters people
    civilians country countries state states group groups party parties militia militias
    regime authorities authority administration ministry council parliament congress
    coalition alliance opposition movement union court cabinet military navy embassy
    company companies firm bank demonstrators students workers villagers refugees
    side sides nation nations leadership junta guerrillas gunmen insurgency community
    delegation team agency committee commission organization organisation office
    officials leaders family families victims children women men migrants prisoners
    detainees hostages journalists voters citizens farmers teachers doctors nurses patients
    employees staff crowd crowds mob fighters soldiers militants residents tribes clan clans
    settlers inhabitants population public charity charities ngo institute rescuers donors
    volunteers board league club federation association bishops lawmakers legislators
    investigators inspectors monitors observers police"""
)

_QUANTITIES = words(
    "hundred hundreds thousand thousands dozen dozens scores number group some many"
)
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "NAME"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Antecedent:
    """An actor mention available to resolve pronouns (character offsets and label)."""

    text: str
    start: int
    end: int
    label: str


def phrase_span(token: Token, skip: int = -1) -> tuple[int, int]:
    """Return the character span of the noun phrase headed by ``token`` (without its clauses).

    ``skip`` is a token index left out with its subtree: the trigger, when the parse made it a
    modifier of its own object ("training fighters" → "fighters").
    """
    keep = [token.i]
    stack = [c for c in token.children if not _dropped_at_head(c) and c.i != skip]
    while stack:
        child = stack.pop()
        keep.append(child.i)
        stack.extend(grand for grand in child.children if grand.dep_ not in _DROP_BELOW)
    doc = token.doc
    first, last = doc[min(keep)], doc[max(keep)]
    while first.i < last.i and (first.is_punct or first.dep_ == "cc"):
        first = doc[first.i + 1]
    while last.i > first.i and last.is_punct:
        last = doc[last.i - 1]
    return first.idx, last.idx + len(last.text)


def _dropped_at_head(child: Token) -> bool:
    if child.dep_ == "prep":
        if any(grand.dep_ == "pcomp" for grand in child.children):
            return True  # "accused the party of rigging the vote": the clause is not the actor
        # "the president of France", "officials from both sides", "forces in Guinea" belong
        # to the phrase; other prepositional phrases are the clause's, not the actor's.
        if child.lower_ == "in":
            return not any(g.ent_type_ in {"GPE", "LOC"} for g in child.children)
        return child.lower_ not in {"of", "from"}
    return child.dep_ in _DROP_AT_HEAD


def resolve_relative(token: Token) -> Token:
    """Return the noun a relative pronoun stands for ("rebels who fired" → rebels)."""
    if token.lower_ in _RELATIVE and token.tag_ in {"WDT", "WP", "WP$", "IN", "DT"}:
        clause = token.head
        if clause.dep_ == "relcl":
            return clause.head
    return token


def is_actor_like(token: Token) -> bool:
    """Tell whether ``token`` heads a phrase that can name an actor (a who, not a what)."""
    if token.ent_type_ in _ACTOR_ENTS or token.pos_ == "PROPN":
        return True
    lower = token.lower_
    if token.pos_ == "PRON":
        return lower not in {"what", "something", "nothing", "anything", "this", "that"}
    lemma = token.lemma_.lower()
    if (
        lemma in GROUP_NOUNS
        or lower in GROUP_NOUNS
        or lemma in PERSON_NOUNS
        or lower in PERSON_NOUNS
    ):
        return True
    if token.pos_ == "NUM" or lemma in _QUANTITIES:
        # "hundreds of people", "dozens of soldiers": the people are in the "of" phrase.
        return any(
            grand.dep_ == "pobj" and is_actor_like(grand)
            for child in token.children
            if child.dep_ == "prep" and child.lower_ == "of"
            for grand in child.children
        )
    return False


def speaker_kind(token: Token, start: int, end: int, text: str | None = None) -> str:
    """Classify the speaker headed by ``token`` as outlet, person, organization or document.

    ``start`` and ``end`` are the phrase's character offsets; ``text`` is the article text (the
    ``Doc``'s own text when ``None``; passing it saves joining every token of the ``Doc``).
    """
    lemma = token.lemma_.lower()
    if lemma in DOCUMENT_NOUNS:
        return "document"
    if token.ent_type_ == "PERSON" or lemma in PERSON_NOUNS or token.lower_ in PERSON_PRONOUNS:
        return "person"
    phrase = (text if text is not None else token.doc.text)[start:end]
    words = {word.strip(".,'\"").lower() for word in phrase.split()}
    if words & OUTLET_WORDS:
        return "outlet"
    return "organization"


def make_party(token: Token, text: str, antecedents: Sequence[Antecedent], skip: int = -1) -> Party:
    """Build the :class:`Party` headed by ``token``, linked to the actor mention it names.

    A pronoun is linked to its antecedent (the nearest preceding mention of the right kind);
    the party's own text stays the pronoun as written.
    """
    token = resolve_relative(token)
    start, end = phrase_span(token, skip)
    head_start = token.idx
    actor: Antecedent | None = None
    for mention in antecedents:
        overlaps = mention.start < end and start < mention.end
        if overlaps and (actor is None or mention.start <= head_start < mention.end):
            actor = mention
    if actor is None and token.pos_ == "PRON":
        actor = antecedent_of(token, antecedents)
    if actor is None:
        return Party(text=text[start:end], start=start, end=end)
    return Party(
        text=text[start:end],
        start=start,
        end=end,
        actor=TextSpan(text=actor.text, start=actor.start, end=actor.end),
        label=actor.label,
    )


def antecedent_of(token: Token, antecedents: Sequence[Antecedent]) -> Antecedent | None:
    """Return the nearest mention before the pronoun ``token`` of the kind it can stand for.

    ``he``/``she`` take a person; ``it``/``they`` take an organisation, country or group.
    Other pronouns, and pronouns with no candidate before them, give ``None``.
    """
    lower = token.lower_
    if lower in PERSON_PRONOUNS:
        labels = {"PERSON"}
    elif lower in GROUP_PRONOUNS:
        labels = {"ORG", "GPE", "NORP"}
    else:
        return None
    best: Antecedent | None = None
    for mention in antecedents:
        before = mention.label in labels and mention.end <= token.idx
        if before and (best is None or mention.start > best.start):
            best = mention
    return best
