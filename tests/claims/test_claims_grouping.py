"""Claim grouping: same event across articles, denials, traps, order independence."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import storytrace.claims as claims_module
from storytrace.claims import (
    ClaimIndex,
    ClaimOptions,
    event_from_dict,
    group_claims,
    party_key,
    text_key,
)


def _event(
    article_id: str,
    sentence: str,
    trigger: str,
    event_type: str,
    source: str | None,
    target: str | None,
    *,
    negated: bool = False,
    hedged: bool = False,
    offset: int = 0,
) -> dict[str, Any]:
    """An event dict as the store returns it, offsets into an article that holds ``sentence``."""

    def span(text: str) -> dict[str, Any]:
        start = offset + sentence.index(text)
        return {"text": text, "start": start, "end": start + len(text)}

    def party(text: str | None) -> dict[str, Any] | None:
        return None if text is None else {**span(text), "actor": None, "label": ""}

    return {
        "article_id": article_id,
        "type": event_type,
        "mode": "",
        "trigger": span(trigger),
        "source": party(source),
        "target": party(target),
        "negated": negated,
        "hedged": hedged,
        "hedge": "",
        "question": False,
        "attribution": [{"text": "officials", "kind": "person", "cue": "said"}],
        "evidence": {
            "article_id": article_id,
            "sentence": sentence,
            "start": offset,
            "end": offset + len(sentence),
        },
    }


def _mention(sentence: str, text: str, actor_id: str, label: str = "ORG") -> dict[str, Any]:
    start = sentence.index(text)
    return {
        "start": start,
        "end": start + len(text),
        "text": text,
        "label": label,
        "actor_id": actor_id,
    }


def _groups(claims: tuple[Any, ...]) -> set[frozenset[str]]:
    return {frozenset(mention.article_id for mention in claim.mentions) for claim in claims}


S1 = "Rebels of the Nuru front attacked a police post near Kibali on Tuesday."
S2 = "The Nuru front reportedly attacked the police post outside Kibali on Tuesday, a mayor said."
S3 = "The Nuru front denied that it attacked the police post near Kibali."
S4 = "The Nuru front attacked a police post near Mbeto on Friday."
MENTIONS = {
    "a1": [_mention(S1, "Nuru front", "nuru")],
    "a2": [_mention(S2, "Nuru front", "nuru")],
    "a3": [_mention(S3, "Nuru front", "nuru")],
    "a4": [_mention(S4, "Nuru front", "nuru")],
}
EVENTS = [
    _event("a1", S1, "attacked", "ASSAULT", "Rebels of the Nuru front", "a police post"),
    _event("a2", S2, "attacked", "ASSAULT", "The Nuru front", "the police post", hedged=True),
    _event("a3", S3, "attacked", "ASSAULT", "The Nuru front", "the police post", negated=True),
    _event("a4", S4, "attacked", "ASSAULT", "The Nuru front", "a police post"),
]


def test_reports_denial_and_hedge_of_one_event_are_one_claim() -> None:
    claims = group_claims(EVENTS[:3], MENTIONS)
    assert len(claims) == 1
    (claim,) = claims
    assert claim.type == "ASSAULT"
    assert claim.source == "actor:nuru"
    assert claim.articles == ("a1", "a2", "a3")
    assert [m.negated for m in claim.mentions] == [False, False, True]
    assert [m.hedged for m in claim.mentions] == [False, True, False]
    assert claim.denied
    assert claim.mentions[0].attribution == ("officials",)


def test_same_actors_and_type_in_another_place_and_day_is_another_claim() -> None:
    claims = group_claims(EVENTS, MENTIONS)
    assert _groups(claims) == {frozenset({"a1", "a2", "a3"}), frozenset({"a4"})}


def test_different_weekday_alone_keeps_incidents_apart() -> None:
    one = "Police detained the union leader Rosa Ibarra on Monday."
    two = "Police detained the union leader Rosa Ibarra on Thursday."
    events = [
        _event("b1", one, "detained", "COERCE", "Police", "the union leader Rosa Ibarra"),
        _event("b2", two, "detained", "COERCE", "Police", "the union leader Rosa Ibarra"),
    ]
    assert len(group_claims(events, {})) == 2
    assert len(group_claims(events, {}, options=ClaimOptions(use_places=False))) == 1


def test_swapped_source_and_target_are_two_claims() -> None:
    one = "Arland threatened Belmar with tariffs on steel."
    two = "Belmar threatened Arland with tariffs on steel."
    events = [
        _event("c1", one, "threatened", "THREATEN", "Arland", "Belmar"),
        _event("c2", two, "threatened", "THREATEN", "Belmar", "Arland"),
    ]
    mentions = {
        "c1": [_mention(one, "Arland", "ar", "GPE"), _mention(one, "Belmar", "be", "GPE")],
        "c2": [_mention(two, "Belmar", "be", "GPE"), _mention(two, "Arland", "ar", "GPE")],
    }
    assert len(group_claims(events, mentions)) == 2


def test_different_canonical_sources_never_join() -> None:
    one = "Germany pledged forty million euros to Sudan at the donor conference."
    two = "France pledged forty million euros to Sudan at the donor conference."
    events = [
        _event("d1", one, "pledged", "AGREE", "Germany", "Sudan"),
        _event("d2", two, "pledged", "AGREE", "France", "Sudan"),
    ]
    mentions = {
        "d1": [_mention(one, "Germany", "de", "GPE"), _mention(one, "Sudan", "sd", "GPE")],
        "d2": [_mention(two, "France", "fr", "GPE"), _mention(two, "Sudan", "sd", "GPE")],
    }
    assert len(group_claims(events, mentions)) == 2


def test_compatible_types_join_and_unrelated_types_do_not() -> None:
    one = "Gunmen abducted the reporter Ali Musa in Sabha."
    two = "Armed men seized the reporter Ali Musa in Sabha, his paper said."
    three = "Gunmen praised the reporter Ali Musa in Sabha."
    events = [
        _event("e1", one, "abducted", "ASSAULT", "Gunmen", "the reporter Ali Musa"),
        _event("e2", two, "seized", "COERCE", "Armed men", "the reporter Ali Musa"),
        _event("e3", three, "praised", "SUPPORT", "Gunmen", "the reporter Ali Musa"),
    ]
    assert _groups(group_claims(events, {})) == {frozenset({"e1", "e2"}), frozenset({"e3"})}
    strict = ClaimOptions(compatible_types=())
    assert len(group_claims(events, {}, options=strict)) == 3


def test_unknown_sides_need_very_similar_wording() -> None:
    one = "Protesters blocked the main highway into Oruba with burning tyres."
    two = "Protesters blocked the main highway into Oruba with burning tyres, police said."
    three = "Protesters gathered peacefully in a park."
    events = [
        _event("f1", one, "blocked", "PROTEST", None, None),
        _event("f2", two, "blocked", "PROTEST", None, None),
        _event("f3", three, "gathered", "PROTEST", None, None),
    ]
    assert _groups(group_claims(events, {})) == {frozenset({"f1", "f2"}), frozenset({"f3"})}


def test_two_events_of_one_article_never_share_a_claim() -> None:
    sentence = "The Nuru front attacked a police post near Kibali. "
    again = "The Nuru front attacked the police post near Kibali again."
    events = [
        _event("g1", sentence, "attacked", "ASSAULT", "The Nuru front", "a police post"),
        _event(
            "g1",
            again,
            "attacked",
            "ASSAULT",
            "The Nuru front",
            "the police post",
            offset=len(sentence),
        ),
    ]
    assert len(group_claims(events, {})) == 2


def test_party_key_prefers_the_actor_mention_then_the_text() -> None:
    mentions = [{"start": 4, "end": 9, "text": "Kafra", "label": "ORG", "actor_id": "k1"}]
    assert party_key({"text": "the Kafra militia", "start": 0, "end": 17}, mentions) == "actor:k1"
    assert party_key({"text": "the army", "start": 30, "end": 38}, mentions) == "text:army"
    assert party_key(None, mentions) == ""
    assert text_key("The ") == ""


def test_broken_event_dicts_do_not_crash() -> None:
    broken: list[dict[str, Any]] = [
        {},
        {"article_id": "h1", "type": "ASSAULT", "trigger": None, "source": {"text": 5}},
        {"article_id": "h2", "type": "ASSAULT", "trigger": {"start": "x"}, "evidence": None},
        {
            "article_id": "h3",
            "source": {"start": True, "end": None, "actor": {}},
            "attribution": None,
        },
        {"article_id": "h4", "trigger": "attacked", "source": "rebels", "attribution": ["x", 3]},
        {"article_id": "h5", "evidence": {"sentence": 7, "start": -4}, "target": {"actor": "x"}},
    ]
    claims = group_claims(broken, {"h1": [{"start": "a"}]})
    assert sum(len(claim.mentions) for claim in claims) == 6
    event = event_from_dict(broken[1], 0, [])
    assert event.start == 0


def test_claims_are_json_ready_and_ids_stable() -> None:
    first = group_claims(EVENTS, MENTIONS)
    second = group_claims(list(reversed(EVENTS)), MENTIONS)
    assert [claim.id for claim in first] == [claim.id for claim in second]
    json.dumps([claim.to_dict() for claim in first])


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(len(EVENTS))), st.permutations(range(len(EVENTS))))
def test_grouping_is_independent_of_article_order(order: list[int], other: list[int]) -> None:
    one = group_claims([EVENTS[i] for i in order], MENTIONS)
    two = group_claims([EVENTS[i] for i in other], MENTIONS)
    assert one == two


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(len(EVENTS))), st.integers(min_value=0, max_value=len(EVENTS)))
def test_index_built_in_steps_equals_batch(order: list[int], cut: int) -> None:
    index = ClaimIndex()
    index.add([EVENTS[i] for i in order[:cut]], MENTIONS)
    rebuilt = ClaimIndex(index.events)
    rebuilt.add([EVENTS[i] for i in order[cut:]], MENTIONS)
    rebuilt.add([EVENTS[order[0]]], MENTIONS)
    assert rebuilt.claims() == group_claims(EVENTS, MENTIONS)


def test_public_names_exist() -> None:
    for name in claims_module.__all__:
        assert hasattr(claims_module, name), name


def test_a_pronoun_party_is_unknown() -> None:
    assert party_key({"text": "it", "start": 0, "end": 2}, []) == ""
    assert text_key("They") == ""


SOURCES = ["Arland", "Belmar", "the army", None]
TARGETS = ["Cordia", "the convoy", None]
PLACES = ["near Kibali", "in Oruba", "on Tuesday", ""]


@st.composite
def _random_events(draw: st.DrawFn) -> list[dict[str, Any]]:
    events = []
    for number in range(draw(st.integers(min_value=1, max_value=8))):
        source = draw(st.sampled_from(SOURCES))
        target = draw(st.sampled_from(TARGETS))
        event_type = draw(st.sampled_from(["ASSAULT", "COERCE", "AGREE"]))
        place = draw(st.sampled_from(PLACES))
        sentence = f"{source or 'Someone'} attacked {target or 'something'} {place}.".strip()
        events.append(
            _event(
                f"r{number % 4}",
                sentence,
                "attacked",
                event_type,
                source,
                target,
                offset=100 * number,
                negated=draw(st.booleans()),
            )
        )
    return events


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_random_events_group_the_same_in_any_article_order(data: st.DataObject) -> None:
    # An event's index is its position in its article's list (as the store keeps it), so the
    # articles are shuffled and each article's events keep their order.
    events = data.draw(_random_events())
    articles = sorted({event["article_id"] for event in events})
    order = data.draw(st.permutations(articles))
    shuffled = [
        event for article_id in order for event in events if event["article_id"] == article_id
    ]
    one = group_claims(events, {})
    two = group_claims(shuffled, {})
    assert one == two
    assert sum(len(claim.mentions) for claim in one) == len(events)
    for claim in one:
        assert len({mention.article_id for mention in claim.mentions}) == len(claim.mentions)
