"""Negation, hedging and questions are kept on the event, with their cue."""

from __future__ import annotations

import pytest

from storytrace.events import Event, code_events


def _first(text: str, event_type: str) -> Event:
    return next(e for e in code_events("a1", text) if e.type == event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "cue"),
    [
        ("The army did not attack the camp.", "ASSAULT", "not"),
        ("The army never shelled the town.", "ASSAULT", "never"),
        ("The ministry denied that its jets had bombed the hospital.", "ASSAULT", "denied"),
        ("Iran denied supplying drones to the militia.", "AID", "denied"),
        ("The mayor acted without consulting the council.", "CONSULT", "without"),
    ],
)
def test_negation_is_marked(text: str, event_type: str, cue: str) -> None:
    event = _first(text, event_type)
    assert event.negated
    assert cue in event.hedge


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The rebels are thought to have seized the airport.", "thought"),
        ("The rebels appear to have attacked the base.", "appear"),
        ("Militants reportedly attacked the convoy.", "reportedly"),
        ("Militants allegedly attacked the convoy.", "allegedly"),
        ("The rebels may attack the base.", "may"),
        ("The rebels could attack the base.", "could"),
    ],
)
def test_hedges_are_marked_with_their_cue(text: str, cue: str) -> None:
    event = _first(text, "ASSAULT" if "seized" not in text else "COERCE")
    assert event.hedged
    assert not event.negated
    assert cue in event.hedge


def test_neither_confirmed_nor_denied_is_a_hedge_not_a_negation() -> None:
    event = _first(
        "The general neither confirmed nor denied that his troops had shelled the village.",
        "ASSAULT",
    )
    assert event.hedged
    assert not event.negated
    assert event.hedge.startswith("neither confirmed nor")


def test_plain_statement_is_neither_negated_nor_hedged() -> None:
    event = _first("The army shelled the town.", "ASSAULT")
    assert (event.negated, event.hedged, event.hedge, event.question) == (False, False, "", False)


def test_question_is_marked() -> None:
    event = _first("Did the army attack the village?", "ASSAULT")
    assert event.question
