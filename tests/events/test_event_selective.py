"""The selective parse: which sentences get the parser, exact offsets, the same events."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storytrace.events import (
    code_events,
    find_entities,
    may_trigger,
    parse_article,
    parse_selected,
    split_chunks,
)
from storytrace.events.selective import select_windows
from storytrace.linking import analyse_article, analyse_articles
from storytrace.model import Article, Source

#: Our own sentences: with triggers, with quotes and colons, and without anything to code.
SENTENCES = [
    "Rebels attacked an army convoy near Kessa on Tuesday.",
    "The weather in the valley was mild for the season.",
    '"We will not leave the town," the mayor of Duran said.',
    "The Harbour Council met envoys from Norland in the capital.",
    "Prices of bread and rice stayed the same all week.",
    "According to the Kessa Institute, troops shelled two villages.",
    "The ministry said: the talks with Norland were useful.",
    "A crowd of farmers gathered in the square after the market.",
    "Police arrested three men and seized their weapons.",
    "He added that the bridge was old.",
    "The rains came late this year, and the river stayed low.",
    "Norland's foreign minister condemned the attack on the port.",
]


def _article(text: str, number: int = 0) -> Article:
    return Article(
        id=f"a{number}",
        source=Source(kind="file", location=f"/t/{number}"),
        kind="text",
        text=text,
        outlet="Test",
    )


def _full_events(text: str) -> list[tuple[object, ...]]:
    doc = parse_article(text)
    return [_key(e.to_dict()) for e in code_events("a0", text, doc)]


def _selective_events(text: str) -> list[tuple[object, ...]]:
    doc = parse_selected(text, split_chunks(text))
    if not doc.has_annotation("DEP"):
        return []
    return [_key(e.to_dict()) for e in code_events("a0", text, doc)]


def _key(event: dict[str, object]) -> tuple[object, ...]:
    return (
        event["type"],
        json.dumps(event["trigger"]),
        json.dumps(event["source"]),
        json.dumps(event["target"]),
        json.dumps(event["attribution"]),
        json.dumps(event["evidence"]),
    )


@pytest.mark.parametrize(
    "word",
    ["attacked", "attacks", "attacking", "fought", "shelling", "talks", "arrested", "seized"],
)
def test_inflections_of_lexicon_words_may_trigger(word: str) -> None:
    assert may_trigger(word)


@pytest.mark.parametrize("word", ["weather", "bread", "mild", "the", "valley", "season"])
def test_other_words_cannot_trigger(word: str) -> None:
    assert not may_trigger(word)


def test_sentences_without_triggers_are_not_parsed() -> None:
    text = f"{SENTENCES[1]} {SENTENCES[0]} {SENTENCES[4]}"
    doc = find_entities(text)
    windows = select_windows(doc, text)
    parsed = {token.i for start, end in windows for token in doc[start:end]}
    assert any(doc[i].text == "attacked" for i in parsed)
    assert not any(doc[i].text in {"weather", "bread"} for i in parsed)


def test_a_quote_reaching_a_trigger_sentence_is_parsed_from_its_start() -> None:
    text = '"We cannot stay here. The soldiers attacked us," said the farmer. It rained.'
    doc = find_entities(text)
    windows = select_windows(doc, text)
    assert windows and windows[0][0] == 0


def test_no_trigger_means_no_parse_and_no_events() -> None:
    text = f"{SENTENCES[1]} {SENTENCES[4]}"
    assert not parse_selected(text).has_annotation("DEP")
    local, events = analyse_article(_article(text))
    assert events == "[]"
    assert json.loads(local) == json.loads(analyse_article(_article(text))[0])


@pytest.mark.parametrize("text", [" ".join(SENTENCES), "\n\n".join(SENTENCES[::-1])])
def test_selective_parse_gives_the_full_parse_events(text: str) -> None:
    assert _selective_events(text) == _full_events(text)


def test_pieces_keep_offsets_and_entities() -> None:
    text = " ".join(SENTENCES * 6)  # several pieces of at most 1,500 characters
    pieces = split_chunks(text)
    assert len(pieces) > 1
    doc = parse_selected(text, pieces)
    assert doc.text == text
    whole = parse_article(text)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.end_char, e.label_) for e in whole.ents
    ]


def test_a_batch_gives_what_one_article_at_a_time_gives() -> None:
    articles = [_article(" ".join(SENTENCES[n : n + 4]), n) for n in range(0, 12, 2)]
    assert analyse_articles(articles) == [analyse_article(article) for article in articles]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6), st.sampled_from([" ", "\n\n"]))
def test_every_offset_indexes_the_article_text(sentences: list[str], joint: str) -> None:
    text = joint.join(sentences)
    local, events = analyse_article(_article(text))
    for actor in json.loads(local):
        for form in actor["forms"]:
            mention = form["mention"]
            assert text[mention["start"] : mention["end"]] == mention["text"]
    for event in json.loads(events):
        spans = [event["trigger"], event["source"], event["target"], *event["attribution"][1:]]
        for span in filter(None, spans):
            assert text[span["start"] : span["end"]] == span["text"]
        evidence = event["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]
