"""Converting a model's answer to the offline extractor's records (issue 3)."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llm_server import answer_for, hallucinated
from storytrace.actors.types import ACTOR_TYPES
from storytrace.events import PLOVER_TYPES
from storytrace.linking import analyse_article
from storytrace.llm import convert_answer, parse_answer
from storytrace.model import Article, Source

TEXT = (
    "The Northern Brigades attacked Camp Delta on Monday, the Harbour Institute said. "
    "Governor Lina Haddad met Amir Qasim in Port Selim.\n\n"
    "The Levant Monitoring Institute (LMI) said the Northern Brigades' media wing, the Dawn "
    "Office, threatened Port Selim. Haddad, the governor, reportedly sent food to Port Selim."
)


def article(text: str = TEXT, outlet: str | None = "The Harbour Gazette") -> Article:
    return Article(
        id="0123456789abcdef",
        source=Source(kind="file", location="/corpus/page.html"),
        kind="html",
        text=text,
        outlet=outlet,
        extractor="test",
    )


def spans(value: Any) -> list[dict[str, Any]]:
    """Every dict with integer ``start`` and ``end`` inside ``value``."""
    found = []
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            found.append(value)
        for item in value.values():
            found += spans(item)
    elif isinstance(value, list):
        for item in value:
            found += spans(item)
    return found


def keys(value: Any) -> Any:
    """The shape of a JSON value: the key structure, lists by their first item."""
    if isinstance(value, dict):
        return {key: keys(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [keys(value[0])] if value else []
    return type(value).__name__


HAND_ANSWER: dict[str, Any] = {
    "actors": [
        {
            "name": "Levant Monitoring Institute",
            "type": "research",
            "aliases": ["LMI"],
            "role": None,
            "part_of": None,
        },
        {
            "name": "Northern Brigades",
            "type": "armed_group",
            "aliases": [],
            "role": None,
            "part_of": None,
        },
        {
            "name": "Dawn Office",
            "type": "media",
            "aliases": [],
            "role": "media wing",
            "part_of": "Northern Brigades",
        },
        {
            "name": "Lina Haddad",
            "type": "person",
            "aliases": ["Haddad", "Governor Lina Haddad"],
            "role": "the governor",
            "part_of": None,
        },
        {"name": "Port Selim", "type": "place", "aliases": [], "role": None, "part_of": None},
    ],
    "events": [
        {
            "type": "THREATEN",
            "mode": "",
            "trigger": "threatened",
            "source": "the Northern Brigades' media wing, the Dawn Office",
            "target": "Port Selim",
            "negated": False,
            "hedged": False,
            "hedge": "",
            "question": False,
            "attribution": [
                {"speaker": "Levant Monitoring Institute", "kind": "organization", "cue": "said"}
            ],
            "evidence": "The Levant Monitoring Institute (LMI) said the Northern Brigades' media "
            "wing, the Dawn Office, threatened Port Selim.",
        },
        {
            "type": "AID",
            "mode": "humanitarian",
            "trigger": "sent",
            "source": "Haddad",
            "target": "Port Selim",
            "negated": False,
            "hedged": True,
            "hedge": "reportedly",
            "question": False,
            "attribution": [],
            "evidence": "Haddad, the governor, reportedly sent food to Port Selim.",
        },
    ],
}


def test_every_offset_points_at_its_text() -> None:
    conversion = convert_answer(article(), TEXT, answer_for(TEXT))
    local, events = json.loads(conversion.local_actors), json.loads(conversion.events)
    assert local and events
    for span in spans(local) + spans(events):
        written = span.get("text", span.get("sentence"))
        assert TEXT[span["start"] : span["end"]] == written


def test_local_actors_from_a_hand_answer() -> None:
    local = json.loads(convert_answer(article(), TEXT, HAND_ANSWER).local_actors)
    by_name = {actor["forms"][0]["name"]: actor for actor in local}
    assert [actor["index"] for actor in local] == list(range(len(local)))
    institute = by_name["Levant Monitoring Institute"]
    assert institute["acronyms"] == ["LMI"]
    assert [form["form"] for form in institute["forms"]] == ["full", "acronym"]
    office = by_name["Dawn Office"]
    assert office["part_of"] == by_name["Northern Brigades"]["index"]
    haddad = by_name["Lina Haddad"]
    assert haddad["kind"] == "person" and haddad["role"] == "the governor"
    assert [form["mention"]["text"] for form in haddad["forms"]] == [
        "Governor Lina Haddad",
        "Haddad",
    ]
    assert [form["form"] for form in haddad["forms"]] == ["full", "short"]
    assert by_name["Port Selim"]["kind"] == "place"
    assert all(form["mention"]["source"] == "llm" for a in local for form in a["forms"])


def test_events_from_a_hand_answer() -> None:
    events = json.loads(convert_answer(article(), TEXT, HAND_ANSWER).events)
    threat, aid = events
    assert threat["type"] == "THREATEN"
    assert [s["text"] for s in threat["attribution"]] == [
        "The Harbour Gazette",
        "Levant Monitoring Institute",
    ]
    assert threat["source"]["actor"]["text"] == "Dawn Office"  # the head, not the owner
    assert threat["target"]["label"] == "GPE"
    assert aid["mode"] == "humanitarian" and aid["hedged"] and aid["hedge"] == "reportedly"
    assert aid["source"]["label"] == "PERSON"


def test_same_shapes_as_the_offline_extractor() -> None:
    offline_local, offline_events = (json.loads(part) for part in analyse_article(article()))
    conversion = convert_answer(article(), TEXT, HAND_ANSWER)
    local, events = json.loads(conversion.local_actors), json.loads(conversion.events)
    assert offline_local and offline_events
    assert keys(local[0]) == keys(offline_local[0])
    assert keys(local[0]["forms"][0]) == keys(offline_local[0]["forms"][0])
    offline_event = next(e for e in offline_events if e["source"] and e["target"])
    event = events[0]
    assert set(event) == set(offline_event)
    assert keys(event["source"]) == keys(offline_event["source"])
    assert keys(event["evidence"]) == keys(offline_event["evidence"])
    assert event["attribution"][0] == offline_event["attribution"][0]  # the outlet heads both
    assert set(event["attribution"][1]) == set(offline_event["attribution"][0])


@pytest.mark.parametrize("outlet", [None, "Delta Radio"])
def test_outlet_heads_every_chain(outlet: str | None) -> None:
    events = json.loads(convert_answer(article(outlet=outlet), TEXT, HAND_ANSWER).events)
    heads = {event["attribution"][0]["text"] for event in events}
    assert heads == {outlet or "/corpus/page.html"}


def test_hallucinated_spans_are_dropped() -> None:
    honest = convert_answer(article(), TEXT, answer_for(TEXT))
    conversion = convert_answer(article(), TEXT, hallucinated(answer_for(TEXT)))
    assert "Zorbak" not in conversion.local_actors and "Zorbak" not in conversion.events
    assert "annihilated" not in conversion.events
    assert conversion.local_actors == honest.local_actors
    assert conversion.events == honest.events
    notes = " ".join(conversion.notes)
    assert "1 actors with no name in the text" in notes
    assert "events whose sentence is not in the text" in notes
    assert "events whose trigger is not in their sentence" in notes
    assert "events whose speaker is not in the text" in notes
    assert not honest.notes


def test_source_not_in_its_sentence_becomes_none() -> None:
    answer = json.loads(json.dumps(HAND_ANSWER))
    answer["events"][1]["source"] = "Amir Qasim"  # in the text, but not in that sentence
    answer["events"][1]["hedge"] = "allegedly"
    answer["events"][1]["mode"] = "aerial"  # not a mode of AID
    event = json.loads(convert_answer(article(), TEXT, answer).events)[1]
    assert event["source"] is None and event["hedge"] == "" and event["mode"] == ""


def test_only_the_text_sent_is_evidence() -> None:
    sent = TEXT[:80]
    conversion = convert_answer(article(), sent, answer_for(TEXT))
    for span in spans(json.loads(conversion.local_actors)) + spans(json.loads(conversion.events)):
        assert span["end"] <= len(sent)


def test_repeated_events_are_kept_once() -> None:
    answer = {"actors": [], "events": HAND_ANSWER["events"] * 2}
    conversion = convert_answer(article(), TEXT, answer)
    assert len(json.loads(conversion.events)) == 2
    assert "2 repeated events" in conversion.notes


def _fragment() -> st.SearchStrategy[str]:
    words = TEXT.split()
    picked = st.tuples(st.integers(0, len(words) - 1), st.integers(1, 4)).map(
        lambda p: " ".join(words[p[0] : p[0] + p[1]])
    )
    return st.one_of(picked, st.text(alphabet="abc XYZ.,’", max_size=12))


_SPEAKER = st.fixed_dictionaries(
    {
        "speaker": _fragment(),
        "kind": st.sampled_from(["person", "organization", "document", "outlet"]),
        "cue": _fragment(),
    }
)
_ANSWER = st.fixed_dictionaries(
    {
        "actors": st.lists(
            st.fixed_dictionaries(
                {
                    "name": _fragment(),
                    "type": st.sampled_from(ACTOR_TYPES),
                    "aliases": st.lists(_fragment(), max_size=3),
                    "role": st.none() | _fragment(),
                    "part_of": st.none() | _fragment(),
                }
            ),
            max_size=5,
        ),
        "events": st.lists(
            st.fixed_dictionaries(
                {
                    "type": st.sampled_from(PLOVER_TYPES),
                    "mode": st.sampled_from(["", "aerial", "humanitarian"]),
                    "trigger": _fragment(),
                    "source": st.none() | _fragment(),
                    "target": st.none() | _fragment(),
                    "negated": st.booleans(),
                    "hedged": st.booleans(),
                    "hedge": _fragment(),
                    "question": st.booleans(),
                    "attribution": st.lists(_SPEAKER, max_size=2),
                    "evidence": _fragment(),
                }
            ),
            max_size=5,
        ),
    }
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ANSWER)
def test_any_valid_answer_converts_to_grounded_records(answer: dict[str, Any]) -> None:
    assert isinstance(parse_answer(json.dumps(answer)), dict)  # the strategy makes valid answers
    conversion = convert_answer(article(), TEXT, answer)
    local, events = json.loads(conversion.local_actors), json.loads(conversion.events)
    for span in spans(local) + spans(events):
        assert TEXT[span["start"] : span["end"]] == span.get("text", span.get("sentence"))
    mentions = [(f["mention"]["start"], f["mention"]["end"]) for a in local for f in a["forms"]]
    ordered = sorted(mentions)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ordered))  # no overlaps
    for actor in local:
        assert actor["part_of"] is None or 0 <= actor["part_of"] < len(local)
    for event in events:
        assert event["attribution"][0]["kind"] == "outlet"


def test_pronouns_and_lower_case_words_are_no_mentions() -> None:
    text = "At dawn the Dawn Office said he was gone. The group left. Dawn Office staff stayed."
    answer = {
        "actors": [
            {
                "name": "Dawn Office",
                "type": "media",
                "aliases": ["Dawn", "he", "the group"],
                "role": None,
                "part_of": None,
            }
        ],
        "events": [],
    }
    conversion = convert_answer(article(text), text, answer)
    (office,) = json.loads(conversion.local_actors)
    assert [form["mention"]["text"] for form in office["forms"]] == ["Dawn Office", "Dawn Office"]
    assert "2 actor forms that are no names" in conversion.notes


def test_a_repeated_sentence_is_placed_where_its_trigger_is() -> None:
    text = "Talks went on. Rebels shelled the port. Talks went on. Rebels shelled the port again."
    event = {**HAND_ANSWER["events"][1], "type": "ASSAULT", "mode": "", "trigger": "again"}
    event |= {"source": None, "target": None, "hedged": False, "hedge": ""}
    answer = {"actors": [], "events": [{**event, "evidence": "Rebels shelled the port"}]}
    (coded,) = json.loads(convert_answer(article(text), text, answer).events)
    assert coded["evidence"]["sentence"] == "Rebels shelled the port again."
