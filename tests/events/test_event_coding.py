"""Event typing on the dependency parse: triggers, participants, lists, frames, modes."""

from __future__ import annotations

import pytest

from storytrace.events import CodingOptions, Event, code_events


def _events(text: str) -> tuple[Event, ...]:
    return code_events("a1", text)


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {
        (e.type, e.source.text if e.source else "", e.target.text if e.target else "")
        for e in _events(text)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attacked an army convoy on Tuesday.", ("ASSAULT", "Rebels", "an army convoy")),
        ("The village was attacked by rebels.", ("ASSAULT", "rebels", "The village")),
        ("Soldiers fired on the crowd in the square.", ("ASSAULT", "Soldiers", "the crowd")),
        ("The prime minister called for a ceasefire.", ("REQUEST", "The prime minister", "")),
        ("Police cracked down on the students.", ("COERCE", "Police", "the students")),
        ("The rebels pulled out of the valley.", ("RETREAT", "The rebels", "the valley")),
        ("The opposition rejected the budget.", ("REJECT", "The opposition", "the budget")),
        ("The two leaders met in the capital.", ("CONSULT", "The two leaders", "")),
        ("Germany expelled four diplomats.", ("SANCTION", "Germany", "four diplomats")),
        ("The king pardoned three journalists.", ("CONCEDE", "The king", "three journalists")),
    ],
)
def test_verb_triggers_give_type_source_and_target(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(text)


def test_relative_clause_subject_is_the_noun_it_modifies() -> None:
    triples = _triples("The gunmen who stormed the hotel escaped.")
    assert ("ASSAULT", "The gunmen", "the hotel") in triples


def test_coordinated_subjects_give_one_event_each() -> None:
    triples = _triples("China and Russia vetoed the resolution.")
    assert {
        ("REJECT", "China", "the resolution"),
        ("REJECT", "Russia", "the resolution"),
    } <= triples


def test_coordinated_objects_give_one_event_each() -> None:
    triples = _triples("Police arrested the editor and two reporters.")
    assert {("COERCE", "Police", "the editor"), ("COERCE", "Police", "two reporters")} <= triples


def test_conjoined_verbs_share_their_subject() -> None:
    triples = _triples("The troops burned the crops and looted the shops.")
    assert ("ASSAULT", "The troops", "the crops") in triples
    assert ("ASSAULT", "The troops", "the shops") in triples


def test_list_under_accusation_gives_one_event_per_item() -> None:
    events = _events(
        "Washington accused Iran of training fighters, supplying rockets and treating its wounded."
    )
    aid = [e for e in events if e.type == "AID"]
    assert len(aid) == 3
    assert all(e.source is not None and e.source.text == "Iran" for e in aid)
    assert {e.trigger.text for e in aid} == {"training", "supplying", "treating"}
    assert any(e.type == "ACCUSE" and e.source and e.source.text == "Washington" for e in events)


@pytest.mark.parametrize(
    ("text", "expected", "mode"),
    [
        (
            "The army launched an airstrike on the camp.",
            ("ASSAULT", "The army", "the camp"),
            "aerial",
        ),
        ("The EU imposed sanctions on the bank.", ("SANCTION", "The EU", "the bank"), ""),
        ("Russia's attack on the port was condemned.", ("ASSAULT", "Russia", "the port"), ""),
    ],
)
def test_nominalisations_take_source_from_verb_or_owner(
    text: str, expected: tuple[str, str, str], mode: str
) -> None:
    events = [e for e in _events(text) if e.type == expected[0]]
    assert events
    event = events[0]
    assert (event.source.text if event.source else "") == expected[1]
    assert (event.target.text if event.target else "") == expected[2]
    assert event.mode == mode


def test_frame_folds_its_complement() -> None:
    types = [e.type for e in _events("The militia threatened to attack the oil terminal.")]
    assert types == ["THREATEN"]


def test_promise_to_attack_is_a_threat() -> None:
    types = [e.type for e in _events("The president vowed to crush the insurgents.")]
    assert types == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The government supplied weapons to the militia.", "military"),
        ("The charity delivered food and medicine to the town.", "humanitarian"),
        ("The bank lent the company two billion dollars.", "economic"),
    ],
)
def test_aid_mode(text: str, mode: str) -> None:
    modes = {e.mode for e in _events(text) if e.type == "AID"}
    assert mode in modes


def test_aid_target_is_the_recipient_not_the_goods() -> None:
    triples = _triples("The charity delivered food and medicine to the besieged town.")
    assert ("AID", "The charity", "the besieged town") in triples


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Gunmen shot three guards at the gate.", "firearms"),
        ("Warplanes bombed the bridge.", "aerial"),
        ("The army shelled the town with artillery.", "artillery"),
    ],
)
def test_assault_mode(text: str, mode: str) -> None:
    assert mode in {e.mode for e in _events(text) if e.type == "ASSAULT"}


def test_sentence_without_an_event_gives_none() -> None:
    assert _events("The museum will reopen in March after a long renovation.") == ()


def test_empty_and_blank_text_give_no_events() -> None:
    assert code_events("a1", "") == ()
    assert code_events("a1", "   \n\n ") == ()


@pytest.mark.parametrize(
    ("text", "literal", "plover"),
    [
        ("The rebels said they would meet the envoy.", "CONSULT", "AGREE"),
        ("Syria is willing to withdraw its troops from the border.", "RETREAT", "AGREE"),
        ("The minister said the rebels must release the hostages.", "CONCEDE", "REQUEST"),
    ],
)
def test_plover_intent_rules_are_an_option(text: str, literal: str, plover: str) -> None:
    assert literal in {e.type for e in code_events("a1", text)}
    options = CodingOptions(plover_intents=True)
    assert plover in {e.type for e in code_events("a1", text, options=options)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The investigation found that the guards had tortured inmates.",
            ("ASSAULT", "the guards", "inmates"),
        ),
        ("The rebels are accused of burning villages.", ("ASSAULT", "The rebels", "villages")),
    ],
)
def test_clauses_misparsed_as_adjectives_are_still_coded(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(text)


def test_passive_accusation_without_accuser_hedges_its_content() -> None:
    events = code_events("a1", "The rebels are accused of burning villages.")
    burning = next(e for e in events if e.type == "ASSAULT")
    assert burning.hedged and "accused" in burning.hedge
