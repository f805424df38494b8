"""The main statement of a story (storytrace.provenance.statements), on our own texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.provenance.statements import lede_sentences, main_statement

MARCH = {
    "a": (
        "A march against the new bus depot in Kelby ended in scuffles with police on Saturday, "
        "our reporter saw. Organisers had promised a quiet walk."
    ),
    "b": (
        "Police and marchers scuffled in Kelby on Saturday as protesters against the planned "
        "bus depot tried to reach the council building. Two people were detained."
    ),
    "c": (
        "The Saturday protest in Kelby over the new bus depot turned into a scuffle between "
        "marchers and police officers near the council building, witnesses said."
    ),
}


def test_independent_wordings_of_one_event_are_one_statement() -> None:
    found = main_statement(MARCH)
    assert [s.article_id for s in found] == ["a", "b", "c"]
    assert all(s.position == 0 for s in found)
    for statement in found:
        assert MARCH[statement.article_id][statement.start : statement.end] == statement.sentence


def test_a_denial_lede_does_not_restate_the_claim() -> None:
    texts = {
        **MARCH,
        "d": (
            "Kelby council denied on Sunday that police had scuffled with marchers against the "
            "bus depot, calling the reports false. It said the walk passed off quietly."
        ),
    }
    found = main_statement(texts)
    assert "d" not in {s.article_id for s in found}


def test_a_story_of_one_article_states_its_lede() -> None:
    found = main_statement({"a": MARCH["a"]})
    assert [(s.article_id, s.position) for s in found] == [("a", 0)]


def test_short_lines_are_not_sentences() -> None:
    text = "KELBY\n\nBy a staff writer\n\n" + MARCH["a"]
    spans = lede_sentences(text)
    assert text[spans[0][0] : spans[0][1]].startswith("A march against")


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from("abcd"), st.text(max_size=300), max_size=4))
def test_any_texts_give_spans_inside_them(texts: dict[str, str]) -> None:
    for statement in main_statement(texts):
        text = texts[statement.article_id]
        assert 0 <= statement.start < statement.end <= len(text)
        assert text[statement.start : statement.end] == statement.sentence


def test_a_lede_saying_a_group_had_nothing_to_do_with_it_is_a_denial() -> None:
    texts = {
        **MARCH,
        "d": (
            "The Kelby Walkers said they had nothing to do with the scuffle between marchers and "
            "police near the council building on Saturday. They blamed outsiders."
        ),
    }
    assert "d" not in {s.article_id for s in main_statement(texts)}


def test_a_restatement_of_the_claim_in_the_same_article_is_its_support() -> None:
    texts = {
        **MARCH,
        "d": (
            "Marchers and police scuffled in Kelby on Saturday over the planned bus depot. "
            "The Kelby police chief said officers scuffled with marchers against the bus depot "
            "near the council building. The weather was cold and dry all day."
        ),
    }
    found = {s.article_id: s for s in main_statement(texts)}
    support = [texts["d"][start:end] for start, end in found["d"].support]
    assert support == [
        "The Kelby police chief said officers scuffled with marchers against the bus depot "
        "near the council building."
    ]


def test_copies_of_one_report_do_not_make_its_words_common() -> None:
    wire = (
        "A gas explosion tore through a bakery on Mill Street in Dunvale early on Friday, "
        "injuring three workers. Firefighters searched the rubble for hours. The owner was "
        "abroad. Neighbours were told to keep their windows shut."
    )
    own = (
        "Mill Street was still closed on Saturday. Our reporter saw firefighters carry three "
        "injured bakery workers into waiting ambulances after the loud blast in Dunvale, amid "
        "sirens, shouting and thick smoke."
    )
    texts = {"a": wire, "b": wire, "c": wire, "d": own}
    found = {s.article_id: s for s in main_statement(texts)}
    assert set(found) == {"a", "b", "c", "d"}
    assert found["d"].sentence.startswith("Our reporter saw")
