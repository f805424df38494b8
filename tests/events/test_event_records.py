"""Records are JSON-ready, offsets point into the text, and bad input never raises."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import storytrace.events
from storytrace.events import Event, code_events
from storytrace.events.coder import split_chunks
from storytrace.nlp import load_pipeline

TEXT = (
    "The ministry said on Monday that rebels attacked the convoy near Kessa. "
    'According to witnesses, troops fired on the crowd. The envoy said: "We will not negotiate."'
)


def _spans(event: Event) -> list[tuple[str, int, int]]:
    found = [(event.trigger.text, event.trigger.start, event.trigger.end)]
    for party in (event.source, event.target):
        if party is not None:
            found.append((party.text, party.start, party.end))
    found += [(s.text, s.start, s.end) for s in event.attribution]
    found.append((event.evidence.sentence, event.evidence.start, event.evidence.end))
    return found


def test_to_dict_is_json_ready_and_carries_the_evidence() -> None:
    events = code_events("art-7", TEXT)
    assert events
    for event in events:
        data = json.loads(json.dumps(event.to_dict()))
        assert data["evidence"]["article_id"] == "art-7"
        assert data["type"] in storytrace.events.PLOVER_TYPES


def test_offsets_slice_the_text() -> None:
    for event in code_events("a1", TEXT):
        for text, start, end in _spans(event):
            assert TEXT[start:end] == text


def test_a_given_doc_is_used_and_gives_the_same_events() -> None:
    doc = load_pipeline("ner+parse")(TEXT)
    assert code_events("a1", TEXT, doc) == code_events("a1", TEXT)


def test_a_doc_of_another_text_is_ignored() -> None:
    other = load_pipeline("parse")("Nothing happened here.")
    assert code_events("a1", TEXT, other) == code_events("a1", TEXT)


def test_all_names_are_exported() -> None:
    for name in storytrace.events.__all__:
        assert hasattr(storytrace.events, name)


def test_lexicon_types_are_plover_types() -> None:
    types = set(storytrace.events.PLOVER_TYPES)
    assert set(storytrace.events.VERBS.values()) <= types
    assert set(storytrace.events.NOUNS.values()) <= types


_VOCABULARY = (
    "the army rebels attacked said that according to not may he she it statement letter "
    "translated by as and withdrew called for fired on who which was Reuters reports Kessa"
)
_WORDS = st.sampled_from(
    [*_VOCABULARY.split(" "), ":", "“", "”", '"', "?", ",", ".", "\n", "\u200b", "é", "漢", "😀"]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_never_raises_and_offsets_stay_inside_the_text(text: str) -> None:
    for event in code_events("a1", text):
        for span_text, start, end in _spans(event):
            assert 0 <= start <= end <= len(text)
            assert text[start:end] == span_text


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    for event in code_events("a1", text):
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .?!\n", max_size=400), st.integers(min_value=1, max_value=50))
def test_chunks_concatenate_to_the_text_and_respect_the_limit(text: str, limit: int) -> None:
    chunks = split_chunks(text, limit)
    assert "".join(chunks) == text
    assert all(0 < len(chunk) <= limit for chunk in chunks)


def test_long_text_is_parsed_in_chunks_with_offsets_kept() -> None:
    paragraph = "Rebels attacked the convoy near Kessa. Police arrested two men in the port. "
    text = paragraph * 60  # several chunks
    events = code_events("a1", text)
    assert len([e for e in events if e.type == "ASSAULT"]) == 60
    for event in events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
