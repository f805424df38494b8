"""Story clustering: determinism, chunks, links, look-alike events, the partition invariant."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import storytrace.stories as stories_module
from storytrace.errors import ConfigError
from storytrace.model import Article, DateGuess, Source
from storytrace.stories import (
    StoryClusterer,
    StoryDoc,
    StoryOptions,
    cluster_stories,
    doc_from_article,
    normalise_terms,
)
from storytrace.stories.features import entity_keys, extract_features

# Two look-alike events of each kind: same vocabulary, different places, names, numbers, dates.
EVENTS = {
    "quake-north": dict(
        kind="quake",
        place="Veldmark",
        region="Orlen Province",
        person="Mayor Ilse Brandt",
        number="6.4",
        date="March 3",
        toll="12",
    ),
    "quake-south": dict(
        kind="quake",
        place="Saltira",
        region="Cavo Coast",
        person="Governor Tomas Reyna",
        number="5.1",
        date="October 19",
        toll="3",
    ),
    "coach-harbour": dict(
        kind="coach",
        place="Harbour City Gulls",
        region="Pacific League",
        person="Dana Whitlock",
        number="7",
        date="January 8",
        toll="41",
    ),
    "coach-ridge": dict(
        kind="coach",
        place="Ridgeway Foxes",
        region="Mountain Conference",
        person="Paul Okafor",
        number="12",
        date="November 27",
        toll="55",
    ),
}

TEMPLATES = {
    "quake": (
        [
            "Magnitude {number} earthquake strikes {place}",
            "Strong quake shakes {place} in {region}",
            "{toll} dead after earthquake hits {place}",
            "Earthquake of magnitude {number} rocks {region}",
        ],
        [
            "A magnitude {number} earthquake struck near {place} in {region} on {date}.",
            "At least {toll} people were killed and dozens of homes collapsed, officials said.",
            "{person} said rescue teams were searching the rubble through the night.",
            "The quake was felt across {region} and residents slept outdoors.",
            "Aftershocks rattled {place} for hours after the main shock on {date}.",
            "Schools in {place} will stay closed while engineers inspect buildings.",
            "The seismological office measured the tremor at magnitude {number}.",
        ],
    ),
    "coach": (
        [
            "{place} fire head coach {person}",
            "{person} dismissed by the {place}",
            "{place} part ways with coach {person} after {number} games",
            "Coach {person} out at {place}",
        ],
        [
            "The {place} fired head coach {person} on {date} after a poor start.",
            "The team had won only {number} of its games in the {region} this season.",
            "{person} had coached the {place} for {toll} games in total.",
            "The general manager said an interim coach would lead practice on {date}.",
            "Players said they were surprised by the decision to dismiss {person}.",
            "The {place} sit near the bottom of the {region} standings.",
            "Fans of the {place} had called for a change after {number} losses.",
        ],
    ),
}


def event_docs(event: str, count: int, seed: int) -> list[StoryDoc]:
    facts = EVENTS[event]
    titles, sentences = TEMPLATES[facts["kind"]]
    rng = random.Random(seed)
    docs = []
    for index in range(count):
        chosen = rng.sample(sentences, 5)
        docs.append(
            StoryDoc(
                id=f"{event}-{index}",
                title=rng.choice(titles).format(**facts),
                text=" ".join(chosen).format(**facts),
            )
        )
    return docs


def interleaved(count: int = 6, seed: int = 1) -> list[StoryDoc]:
    groups = [event_docs(event, count, seed + i) for i, event in enumerate(EVENTS)]
    return [doc for round_ in zip(*groups, strict=True) for doc in round_]


def event_of(doc_id: str) -> str:
    return doc_id.rsplit("-", 1)[0]


def test_lookalike_events_split_into_their_own_stories() -> None:
    found = cluster_stories(interleaved()).stories()
    groups = sorted(sorted(articles) for articles in found.values())
    expected = sorted(sorted(f"{event}-{i}" for i in range(6)) for event in EVENTS)
    assert groups == expected


def test_same_docs_in_same_order_give_same_stories() -> None:
    docs = interleaved(seed=7)
    first, second = cluster_stories(docs), cluster_stories(docs)
    assert first.stories() == second.stories()
    assert first.merges() == second.merges()
    assert first.to_state() == second.to_state()


@pytest.mark.parametrize("cuts", [(1,), (5, 9), (2, 3, 4, 17), tuple(range(1, 24))])
def test_chunks_with_state_round_trip_equal_batch(cuts: tuple[int, ...]) -> None:
    docs = interleaved(seed=3)
    batch = cluster_stories(docs)
    clusterer = StoryClusterer()
    start = 0
    for cut in [*cuts, len(docs)]:
        for doc in docs[start:cut]:
            clusterer.add(doc)
        clusterer = StoryClusterer.from_state(clusterer.to_state())
        start = cut
    assert clusterer.stories() == batch.stories()
    assert clusterer.to_state() == batch.to_state()


def test_story_id_is_id_of_its_first_article() -> None:
    found = cluster_stories(interleaved()).stories()
    assert all(story == articles[0] for story, articles in found.items())


def test_copy_with_other_words_joins_its_original_through_a_link() -> None:
    docs = interleaved()
    clusterer = cluster_stories(docs)
    copy = StoryDoc(
        id="copy",
        title="Completely unrelated wording",
        text="Nothing here matches at all.",
        links=frozenset({"quake-south-2"}),
    )
    assert clusterer.add(copy) == clusterer.story_of("quake-south-2")


def test_link_to_an_article_not_seen_yet_pulls_it_in_when_it_arrives() -> None:
    clusterer = StoryClusterer()
    copy = StoryDoc(
        id="copy",
        title="Gardening tips",
        text="Plant tulips in autumn.",
        links=frozenset({"original"}),
    )
    original = StoryDoc(
        id="original",
        title="Bridge vote delayed",
        text="The council postponed the bridge vote again.",
    )
    story = clusterer.add(copy)
    assert clusterer.add(original) == story
    restored = StoryClusterer.from_state(clusterer.to_state())
    assert restored.stories() == {"copy": ["copy", "original"]}


def test_link_to_two_stories_merges_them() -> None:
    clusterer = cluster_stories(interleaved())
    north, south = clusterer.story_of("quake-north-0"), clusterer.story_of("quake-south-0")
    assert north != south
    bridge = StoryDoc(
        id="bridge",
        title="Roundup",
        text="Two items.",
        links=frozenset({"quake-north-1", "quake-south-1"}),
    )
    into = clusterer.add(bridge)
    assert into == north  # the story whose first article came first survives
    assert clusterer.merges() == [(south, north)]
    assert clusterer.story_of("quake-south-3") == north
    assert len(clusterer.stories()) == len(EVENTS) - 1


def test_same_text_weeks_apart_is_a_new_story_but_undated_is_not() -> None:
    start = datetime(2025, 5, 1, tzinfo=UTC)
    docs = event_docs("quake-north", 2, seed=4)
    dated = [
        StoryDoc(
            id=doc.id, title=doc.title, text=doc.text, published=start + timedelta(days=60 * i)
        )
        for i, doc in enumerate(docs)
    ]
    assert len(cluster_stories(dated).stories()) == 2
    assert len(cluster_stories(docs).stories()) == 1


def test_naive_and_aware_dates_mix() -> None:
    docs = event_docs("coach-ridge", 3, seed=2)
    dates = [datetime(2024, 2, 1), datetime(2024, 2, 1, 6, tzinfo=UTC), None]
    dated = [
        StoryDoc(id=doc.id, title=doc.title, text=doc.text, published=date)
        for doc, date in zip(docs, dates, strict=True)
    ]
    clusterer = cluster_stories(dated)
    assert len(clusterer.stories()) == 1
    assert StoryClusterer.from_state(clusterer.to_state()).stories() == clusterer.stories()


def test_adding_an_id_twice_changes_nothing() -> None:
    docs = interleaved()
    clusterer = cluster_stories(docs)
    before = clusterer.to_state()
    assert clusterer.add(docs[5]) == clusterer.story_of(docs[5].id)
    assert clusterer.to_state() == before


@pytest.mark.parametrize(
    "doc",
    [
        StoryDoc(id="empty", title="", text=""),
        StoryDoc(id="punct", title="!!! ??? ...", text="— – … ‘’ “”"),
        StoryDoc(id="control", title="\x00\x01\x02", text="\ufffd" * 500),
        StoryDoc(id="huge", title="Big " * 10_000, text="word " * 500_000),
        StoryDoc(id="digits", title="2024 2024 2024", text="1 2 3 4 5 6 7 8 9 " * 1000),
    ],
    ids=lambda doc: doc.id,
)
def test_hostile_documents_are_clustered_without_error(doc: StoryDoc) -> None:
    clusterer = cluster_stories(interleaved(count=2))
    story = clusterer.add(doc)
    assert doc.id in clusterer.stories()[story]


def test_candidates_per_document_are_bounded() -> None:
    options = StoryOptions(candidates=5, postings=8)
    clusterer = StoryClusterer(options)
    for index in range(200):
        clusterer.add(
            StoryDoc(
                id=f"d{index}",
                title=f"harbour report {index}",
                text=f"The harbour log number {index} mentions unit{index}.",
            )
        )
    candidates = clusterer.explain(StoryDoc(id="q", title="harbour report", text="harbour log"))
    assert 0 < len(candidates) <= 5


@pytest.mark.parametrize(
    "options",
    [
        StoryOptions(full_weights=(1.0, 2.0)),
        StoryOptions(threshold=0.0),
        StoryOptions(threshold=0.9, merge_threshold=0.8),
        StoryOptions(candidates=0),
        StoryOptions(time_scale_days=0.0),
    ],
)
def test_bad_options_raise_config_error(options: StoryOptions) -> None:
    with pytest.raises(ConfigError):
        StoryClusterer(options)


def test_doc_from_article_parses_the_date() -> None:
    source = Source(kind="file", location="/tmp/a.html")
    article = Article(
        id="a1",
        source=source,
        kind="html",
        text="Body.",
        title="Title",
        outlet="Example",
        published=DateGuess(value="2024-03-05", method="input", confidence=1.0),
    )
    doc = doc_from_article(article, links=frozenset({"a0"}))
    assert doc.published == datetime(2024, 3, 5, tzinfo=UTC)
    assert (doc.id, doc.title, doc.outlet, doc.links) == (
        "a1",
        "Title",
        "Example",
        frozenset({"a0"}),
    )


@pytest.mark.parametrize("value", [None, "", "yesterday", "2024-13-45"])
def test_doc_from_article_without_a_readable_date_is_undated(value: str | None) -> None:
    source = Source(kind="file", location="/tmp/a.html")
    published = (
        DateGuess(value=value, method="input", confidence=0.5) if value is not None else None
    )
    article = Article(id="a1", source=source, kind="html", text="Body.", published=published)
    doc = doc_from_article(article)
    assert doc.published is None
    assert doc.title == ""


def test_normalise_terms_drops_stopwords_and_punctuation_keeps_numbers() -> None:
    assert normalise_terms("The 3 bridges, closed; and the 2024 votes!") == [
        "3",
        "bridg",
        "clos",
        "2024",
        "vot",
    ]


@pytest.mark.parametrize(
    "words", [("vote", "votes", "voted", "voting"), ("city", "cities"), ("box", "boxes")]
)
def test_stemming_maps_inflections_together(words: tuple[str, ...]) -> None:
    assert len({normalise_terms(word)[0] for word in words}) == 1
    assert normalise_terms("The 3 bridges", stemming=False) == ["3", "bridges"]


def test_entity_keys_find_names_numbers_and_dates() -> None:
    keys = entity_keys("Rescuers reached Port Alma on August 2, 2019 after a 6.1 magnitude quake.")
    assert {"ent:port_alma", "ent:alma", "date:aug_2", "date:2019", "num:6.1_magnitud"} <= set(keys)
    assert not any(key in {"ent:rescuers", "ent:august"} for key in keys)


def test_title_cased_headline_gives_no_names() -> None:
    assert entity_keys("Fed Official Says Weak Data Caused By Weather") == []


def test_actors_count_as_names() -> None:
    doc = StoryDoc(id="x", title="", text="", actors=frozenset({"World Bank"}))
    assert extract_features(doc).names == {"actor:world bank": 1}


def test_public_api_is_exported() -> None:
    for name in stories_module.__all__:
        assert getattr(stories_module, name) is not None


WORDS = st.sampled_from(["harbour", "bridge", "vote", "Alma", "Brandt", "7", "2024", "quake"])


@st.composite
def doc_streams(draw: st.DrawFn) -> list[StoryDoc]:
    count = draw(st.integers(min_value=1, max_value=25))
    docs = []
    for index in range(count):
        words = draw(st.lists(WORDS, max_size=8))
        links = draw(st.sets(st.integers(min_value=0, max_value=count + 2), max_size=2))
        day = draw(st.none() | st.integers(min_value=0, max_value=90))
        docs.append(
            StoryDoc(
                id=f"d{draw(st.integers(min_value=0, max_value=count))}"
                if index % 4 == 3
                else f"d{index}",
                title=" ".join(words[:3]),
                text=" ".join(words),
                published=None
                if day is None
                else datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=day),
                links=frozenset(f"d{link}" for link in links),
            )
        )
    return docs


@settings(max_examples=80, deadline=None)
@given(doc_streams())
def test_stories_partition_the_documents(docs: list[StoryDoc]) -> None:
    clusterer = cluster_stories(docs)
    found = clusterer.stories()
    members = [article for articles in found.values() for article in articles]
    assert sorted(members) == sorted({doc.id for doc in docs})
    for story, articles in found.items():
        assert story in articles
        assert all(clusterer.story_of(article) == story for article in articles)
    absorbed = {old for old, _ in clusterer.merges()}
    assert not absorbed & set(found)
    restored = StoryClusterer.from_state(clusterer.to_state())
    assert restored.stories() == found


@pytest.mark.issue(5)
def test_long_article_of_rare_words_still_finds_its_story() -> None:
    # The strongest keys of a long article are words no other article has; they must not
    # crowd the shared keys out of the index look-up.
    clusterer = cluster_stories(event_docs("quake-north", 3, seed=11))
    rare = " ".join(f"zork{i} zork{i} zork{i}" for i in range(60))
    long_doc = StoryDoc(
        id="long",
        title="Earthquake hits Veldmark",
        text=f"A magnitude 6.4 earthquake struck Veldmark in Orlen Province. {rare}",
    )
    found = [candidate.story for candidate in clusterer.explain(long_doc)]
    assert clusterer.story_of("quake-north-0") in found
