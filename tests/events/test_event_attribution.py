"""Attribution chains: who asserts an event, outermost first, with kind and cue."""

from __future__ import annotations

import pytest

from storytrace.actors import Mention
from storytrace.events import Event, code_events


def _event(text: str, event_type: str = "ASSAULT") -> Event:
    return next(e for e in code_events("a1", text) if e.type == event_type)


def _chain(event: Event) -> list[tuple[str, str, str]]:
    return [(s.text, s.kind, s.cue) for s in event.attribution]


def test_outlet_voice_has_an_empty_chain() -> None:
    assert _event("Rebels attacked the convoy on Tuesday.").attribution == ()


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        (
            "The minister said that rebels had attacked the convoy.",
            [("The minister", "person", "said")],
        ),
        (
            "Rebels attacked the convoy, the ministry said.",
            [("the ministry", "organization", "said")],
        ),
        (
            "Soldiers fired on the crowd, witnesses told reporters.",
            [("witnesses", "person", "told")],
        ),
        (
            "According to the health ministry, the militia shelled the market.",
            [("the health ministry", "organization", "according to")],
        ),
        (
            "Reuters reports that the coalition bombed a fuel depot.",
            [("Reuters", "outlet", "reports")],
        ),
        (
            "The statement says the group attacked the base.",
            [("The statement", "document", "says")],
        ),
    ],
)
def test_reported_speech(text: str, chain: list[tuple[str, str, str]]) -> None:
    assert _chain(_event(text)) == chain


def test_nested_reports_are_outermost_first() -> None:
    event = _event("The newspaper reported that the minister said that rebels shelled the port.")
    assert [(s.text, s.kind) for s in event.attribution] == [
        ("The newspaper", "outlet"),
        ("the minister", "person"),
    ]


def test_translator_comes_before_the_document() -> None:
    event = _event(
        "The statement, as translated by the Media Monitor Group, says the group attacked the base."
    )
    assert _chain(event) == [
        ("the Media Monitor Group", "organization", "as translated by"),
        ("The statement", "document", "says"),
    ]


def test_document_author_comes_after_the_document() -> None:
    event = _event("The report, written by a team of experts, says the militia tortured prisoners.")
    assert [(s.text, s.kind) for s in event.attribution] == [
        ("The report", "document"),
        ("a team of experts", "organization"),
    ]


def test_document_as_the_subject_of_the_event_is_a_speaker() -> None:
    event = _event("The letter calls for the release of all prisoners.", "REQUEST")
    assert _chain(event) == [("The letter", "document", "calls")]


def test_colon_quote_takes_the_speaker_before_the_colon() -> None:
    event = _event('The spokesman said: "The army has shelled the rebel positions."')
    assert [(s.text, s.kind) for s in event.attribution] == [("The spokesman", "person")]


def test_quote_on_the_next_sentence_after_a_colon() -> None:
    text = 'General Amal Reyes spoke at the base: "Our forces attacked the depot at dawn."'
    event = _event(text)
    assert event.attribution
    assert event.attribution[-1].text in {"General Amal Reyes", "Amal Reyes"}
    assert event.attribution[-1].cue == ":"


def test_told_an_outlet_puts_the_outlet_outermost() -> None:
    event = _event("The minister told Reuters that the army had shelled the port.")
    assert [(s.text, s.kind) for s in event.attribution] == [
        ("Reuters", "outlet"),
        ("The minister", "person"),
    ]


def test_quoted_as_saying() -> None:
    event = _event("The agency quoted the minister as saying that the army had shelled the port.")
    assert [s.text for s in event.attribution] == ["The agency", "the minister"]


def test_pronoun_speaker_resolves_to_the_nearest_person_mention() -> None:
    text = "Amira Haddad is the mayor of Kessa. She said rebels attacked the town hall."
    mentions = [Mention(text="Amira Haddad", start=0, end=12, label="PERSON", source="ner")]
    event = next(e for e in code_events("a1", text, mentions=mentions) if e.type == "ASSAULT")
    speaker = event.attribution[0]
    assert (speaker.text, speaker.start, speaker.kind) == ("Amira Haddad", 0, "person")
    assert speaker.pronoun is not None and speaker.pronoun.text == "She"


def test_pronoun_without_an_antecedent_stays_as_written() -> None:
    event = _event("She said rebels attacked the town hall.")
    assert event.attribution[0].text == "She"
    assert event.attribution[0].pronoun is None


def test_accusation_content_is_attributed_to_the_accuser() -> None:
    events = code_events("a1", "Syria accused Turkey of shelling its border posts.")
    shelling = next(e for e in events if e.type == "ASSAULT")
    assert shelling.source is not None and shelling.source.text == "Turkey"
    assert [s.text for s in shelling.attribution] == ["Syria"]


def test_source_is_linked_to_the_actor_mention() -> None:
    text = "The Kessa Brigades attacked the convoy."
    mentions = [Mention(text="Kessa Brigades", start=4, end=18, label="ORG", source="ner")]
    event = next(e for e in code_events("a1", text, mentions=mentions) if e.type == "ASSAULT")
    assert event.source is not None and event.source.actor is not None
    assert (event.source.actor.text, event.source.label) == ("Kessa Brigades", "ORG")


def test_a_clause_set_in_time_beside_the_telling_is_not_what_the_speaker_said() -> None:
    text = (
        "Two men were setting fire to the depot, the watchman told the Valley Courier, hours "
        "before the owners said the depot had been attacked."
    )
    chains = {e.trigger.text: [s.text for s in e.attribution] for e in code_events("a1", text)}
    assert chains["setting"][-1] == "the watchman"
    assert chains["attacked"] == ["the owners"]


def test_a_speaking_it_after_a_named_document_is_that_document() -> None:
    text = (
        "The Valley Courier has obtained the water board's internal audit into how the town "
        "could store a message on its servers. It finds that two engineers attacked the "
        "pumping station in March."
    )
    event = _event(text)
    first = event.attribution[0]
    assert (first.text, first.kind) == ("the water board's internal audit", "document")
    assert first.pronoun is not None
    assert first.pronoun.text == "It"


def test_a_speaking_it_after_a_named_group_is_not_a_document() -> None:
    text = (
        "The report was published on Monday. The Harbour Union met in Kessel on Tuesday. "
        "It said that guards attacked the strikers."
    )
    assert [s.kind for s in _event(text).attribution] != ["document"]


def test_a_trailing_reporting_clause_parsed_as_a_conjunct_speaks_the_sentence() -> None:
    text = (
        "Soldiers killed the three unarmed men in a field on Thursday evening, the rights group "
        "Open Field found after interviewing relatives and examining the bodies."
    )
    assert [s.text for s in _event(text).attribution] == ["Open Field"]


def test_a_coordinated_clause_with_content_of_its_own_is_not_a_report() -> None:
    assert _event("Soldiers killed three men, and the army said nothing.").attribution == ()


def test_a_speaker_named_in_apposition_is_the_name() -> None:
    text = "The regional fire chief, Oskar Brenning, said rebels attacked the depot."
    assert [(s.text, s.kind) for s in _event(text).attribution] == [("Oskar Brenning", "person")]


def test_concluded_that_reports_the_event_and_one_speaker_speaks_once() -> None:
    text = (
        "The monitors said they had interviewed relatives, and concluded that soldiers shot "
        "the three men."
    )
    events = code_events("a1", text)
    assert [e.type for e in events if e.trigger.text == "concluded"] == []
    shot = next(e for e in events if e.trigger.text == "shot")
    assert shot.type == "ASSAULT"
    assert [s.text for s in shot.attribution] == ["The monitors"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the base, a move analysts say will anger the army.",
        "The commander ordered his men to attack the base, a step experts say shows haste.",
    ],
)
def test_a_reduced_relative_after_a_clause_does_not_speak_that_clause(text: str) -> None:
    before = [e for e in code_events("a1", text) if e.trigger.start < text.index(",")]
    assert before
    assert all(e.attribution == () for e in before)
