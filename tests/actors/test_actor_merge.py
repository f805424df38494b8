"""Merging mentions into actors, within and across articles, and the traps it must not fall in."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.actors import (
    ActorMerger,
    ActorTable,
    Mention,
    extract_mentions,
    find_actors,
    merge_actors,
    name_key,
    resolve_article,
)
from storytrace.model import content_hash


def mentions_of(text: str, spans: list[tuple[str, str]]) -> list[Mention]:
    """Mentions at the first occurrence of each name after the previous one."""
    found, position = [], 0
    for name, label in spans:
        start = text.index(name, position)
        found.append(
            Mention(text=name, start=start, end=start + len(name), label=label, source="test")
        )
        position = start + len(name)
    return found


def actor_of(table: ActorTable, article_id: str, text: str) -> str:
    ids = {m.actor_id for m in table.mentions if m.article_id == article_id and m.text == text}
    assert len(ids) == 1, (text, ids)
    return ids.pop()


def test_acronym_definition_short_form_and_role_within_an_article() -> None:
    text = (
        "The Delta Watch Institute (DWI) said Abu Karim al-Nadawi, the group's leader, is ill. "
        "DWI added that al-Nadawi had not been seen."
    )
    spans = [
        ("Delta Watch Institute", "ORG"),
        ("DWI", "ORG"),
        ("Abu Karim al-Nadawi", "PERSON"),
        ("DWI", "ORG"),
        ("al-Nadawi", "PERSON"),
    ]
    local = resolve_article("a1", text, mentions_of(text, spans))
    assert len(local) == 2
    institute, person = local
    assert institute.acronyms == ("DWI",)
    assert [form.form for form in institute.forms] == ["full", "acronym", "acronym"]
    assert person.role == "group's leader"
    assert [form.form for form in person.forms] == ["full", "short"]


def test_short_form_fitting_two_names_merges_with_neither() -> None:
    text = "Ali al-Rawi and Omar al-Rawi met. Al-Rawi said nothing."
    spans = [("Ali al-Rawi", "PERSON"), ("Omar al-Rawi", "PERSON"), ("Al-Rawi", "PERSON")]
    local = resolve_article("a1", text, mentions_of(text, spans))
    assert len(local) == 3
    assert local[2].ambiguous


def test_gloss_merges_but_place_gloss_does_not() -> None:
    text = "Wilayat Delta (Delta Province) struck. Later, Aleppo (Syria) was calm."
    spans = [
        ("Wilayat Delta", "ORG"),
        ("Delta Province", "ORG"),
        ("Aleppo", "GPE"),
        ("Syria", "GPE"),
    ]
    local = resolve_article("a1", text, mentions_of(text, spans))
    assert [[f.mention.text for f in actor.forms] for actor in local] == [
        ["Wilayat Delta", "Delta Province"],
        ["Aleppo"],
        ["Syria"],
    ]


def test_part_of_from_armed_wing_apposition() -> None:
    text = "Harakat Nur's armed wing, the Nur Guard, fired shells."
    spans = [("Harakat Nur", "ORG"), ("Nur Guard", "ORG")]
    table = merge_actors(resolve_article("a1", text, mentions_of(text, spans)))
    wing = table.by_id()[actor_of(table, "a1", "Nur Guard")]
    assert wing.part_of == actor_of(table, "a1", "Harakat Nur")


def test_spellings_merge_across_articles_and_short_forms_resolve() -> None:
    texts = {
        "a1": ("Abu Karim al-Nadawi spoke.", [("Abu Karim al-Nadawi", "PERSON")]),
        "a2": ("Abou Kareem el-Nadawi spoke.", [("Abou Kareem el-Nadawi", "PERSON")]),
        "a3": ("Al-Nadawi was absent.", [("Al-Nadawi", "PERSON")]),
    }
    local = [
        actor
        for article_id, (text, spans) in texts.items()
        for actor in resolve_article(article_id, text, mentions_of(text, spans))
    ]
    table = merge_actors(local)
    assert len(table.actors) == 1
    (actor,) = table.actors
    assert actor.type == "person"
    assert actor.articles == 3
    assert dict(actor.aliases) == {
        "Abu Karim al-Nadawi": 1,
        "Abou Kareem el-Nadawi": 1,
        "Al-Nadawi": 1,
    }


def test_actor_id_is_content_hash_of_canonical_key() -> None:
    text = "The Delta Watch Institute said so."
    local = resolve_article("a1", text, mentions_of(text, [("Delta Watch Institute", "ORG")]))
    (actor,) = merge_actors(local).actors
    assert actor.id == content_hash("actor", name_key("Delta Watch Institute"))
    assert actor.type == "research"


def test_merger_state_is_plain_records_and_restores() -> None:
    text = "Ali al-Rawi met the Delta Watch Institute."
    spans = [("Ali al-Rawi", "PERSON"), ("Delta Watch Institute", "ORG")]
    merger = ActorMerger()
    merger.add(resolve_article("a1", text, mentions_of(text, spans)))
    restored = ActorMerger(merger.local_actors)
    assert restored.result() == merger.result()


# The traps: in each list of articles, the two places named (article, surface, occurrence) must
# never be linked to one actor. Written for these tests (the bench has its own, different set).
Place = tuple[int, str, int]
TRAPS = [
    pytest.param(
        [
            "Islamic State (IS) fighters attacked a village near Mosul, officials said.",
            "THIS IS NOT OVER, the banner in the stadium read after the final.",
        ],
        (0, "Islamic State", 0),
        (1, "IS", 1),
        id="IS-verb-in-capitals",
    ),
    pytest.param(
        [
            "Abu Bakr al-Baghdadi led the group until 2019, analysts said.",
            "The novelist Sinan al-Baghdadi won a prize in Baghdad on Friday.",
        ],
        (0, "Abu Bakr al-Baghdadi", 0),
        (1, "Sinan al-Baghdadi", 0),
        id="two-al-Baghdadis",
    ),
    pytest.param(
        [
            "Jordan said it would close the border crossing with Syria for three days.",
            "Jordan Ellis, the striker, scored twice on Saturday. Jordan said he was tired.",
        ],
        (0, "Jordan", 0),
        (1, "Jordan", 1),
        id="Jordan-country-vs-person",
    ),
    pytest.param(
        [
            "The Rapid Support Forces (RSF) shelled the market, witnesses said.",
            "Reporters Without Borders (RSF) condemned the arrest of two journalists. "
            "RSF said both were held without charge.",
        ],
        (0, "RSF", 0),
        (1, "RSF", 1),
        id="one-acronym-two-organisations",
    ),
    pytest.param(
        [
            "The militant group Kataib Nur said its branch, Wilayat Delta (Delta Province), "
            "attacked a police post.",
            "Floods in Delta Province destroyed crops, the provincial governor said.",
        ],
        (0, "Wilayat Delta", 0),
        (1, "Delta Province", 0),
        id="branch-vs-province",
    ),
]


def actor_at(table: ActorTable, texts: list[str], place: Place) -> str | None:
    index, surface, occurrence = place
    start, text = -1, texts[index]
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    for mention in table.mentions:
        if mention.article_id == f"t{index}" and mention.start <= start < mention.end:
            return mention.actor_id
    return None


@pytest.mark.parametrize(("texts", "first", "second"), TRAPS)
def test_traps_stay_apart(texts: list[str], first: Place, second: Place) -> None:
    table = find_actors([(f"t{index}", text) for index, text in enumerate(texts)])
    first_actor = actor_at(table, texts, first)
    assert first_actor is not None
    assert actor_at(table, texts, second) != first_actor


def test_trap_al_baghdadi_short_form_joins_nobody() -> None:
    texts = [
        "Abu Bakr al-Baghdadi led the group until 2019, analysts said.",
        "The novelist Sinan al-Baghdadi won a prize in Baghdad on Friday.",
        "Al-Baghdadi thanked his publisher for the prize.",
    ]
    table = find_actors([(f"t{index}", text) for index, text in enumerate(texts)])
    names = {actor.name for actor in table.actors if "Baghdadi" in actor.name}
    assert {"Abu Bakr al-Baghdadi", "Sinan al-Baghdadi"} <= names
    short = actor_of(table, "t2", "Al-Baghdadi")
    assert short not in {actor_of(table, "t0", "Abu Bakr al-Baghdadi")}


def test_types_and_roles_from_text() -> None:
    text = (
        "The Interior Ministry said police arrested five men. Colonel Samir Aziz, the ministry's "
        "spokesman, said the Delta Brigades planned attacks. The Coastal Herald reported it."
    )
    table = find_actors([("a1", text)])
    types = {actor.name: actor.type for actor in table.actors}
    assert types.get("Interior Ministry") == "government"
    assert types.get("Delta Brigades") == "armed_group"
    assert types.get("Coastal Herald") == "media"
    aziz = next(actor for actor in table.actors if actor.name == "Samir Aziz")
    assert aziz.type == "person"
    assert aziz.role is not None and "spokesman" in aziz.role


ARTICLE_TEXTS = [
    "Abu Karim al-Nadawi spoke in Basra.",
    "Abou Kareem el-Nadawi denied it. Al-Nadawi left.",
    "The Delta Watch Institute (DWI) said so. DWI repeated it.",
    "DWI published a report on Jordan.",
    "Ali al-Rawi and Omar al-Rawi met. Al-Rawi spoke.",
]


@settings(max_examples=15, deadline=None)
@given(st.randoms(use_true_random=False))
def test_result_does_not_depend_on_article_order(rng: random.Random) -> None:
    pairs = [(f"a{index}", text) for index, text in enumerate(ARTICLE_TEXTS)]
    shuffled = pairs[:]
    rng.shuffle(shuffled)
    assert find_actors(shuffled) == find_actors(pairs)


def test_garbage_input_gives_no_crash() -> None:
    texts = ["", "   ", "((((", "IS IS IS", "al-", "Wilayat", "\x00\ufffd" * 50, "A (B) (C)"]
    table = find_actors([(str(index), text) for index, text in enumerate(texts)])
    for mention in table.mentions:
        text = texts[int(mention.article_id)]
        assert text[mention.start : mention.end] == mention.text
    assert extract_mentions("") == ()


def test_public_api_names_exist() -> None:
    import storytrace.actors
    import storytrace.nlp

    for module in (storytrace.actors, storytrace.nlp):
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(
                ["Abu Karim al-Nadawi", "Al-Nadawi", "the Delta Watch Institute (DWI)", "DWI",
                 "Jordan", "Jordan Ellis", "said", "Wilayat Delta", "(Delta Province)", "IS",
                 "Ali al-Rawi", "Omar al-Rawi", "Ellis said", ".", ",", "Hezbollah's armed wing,",
                 "the Nur Guard"]
            ),
            max_size=15,
        ).map(" ".join),
        min_size=1,
        max_size=4,
    )
)  # fmt: skip
def test_table_invariants(texts: list[str]) -> None:
    pairs = [(f"a{index}", text) for index, text in enumerate(texts)]
    table = find_actors(pairs)
    actors = table.by_id()
    assert len(actors) == len(table.actors)
    for mention in table.mentions:
        assert mention.actor_id in actors
        assert dict(pairs)[mention.article_id][mention.start : mention.end] == mention.text
    for actor in table.actors:
        linked = [m for m in table.mentions if m.actor_id == actor.id]
        assert sum(count for _, count in actor.aliases) == len(linked)
        assert actor.articles == len({m.article_id for m in linked})
        assert actor.part_of is None or (actor.part_of in actors and actor.part_of != actor.id)
