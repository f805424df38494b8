"""Grounding quoted spans in the article text (issue 3): offsets exact, hallucinations not found."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.llm import TextFinder

TEXT = (
    "The “Harbour Institute” said on Monday that Lina Haddad’s convoy reached Port Selim.\n\n"
    "Mr. Haddad  met   the council — twice — in   Port Selim. Was it the US envoy?"
)


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [
        ("Harbour Institute", "Harbour Institute"),
        ('"Harbour Institute"', "Harbour Institute"),
        ("Lina Haddad's convoy", "Lina Haddad’s convoy"),
        ("met the council - twice - in Port Selim", "met   the council — twice — in   Port Selim"),
        ("harbour institute", "Harbour Institute"),
        ("US envoy", "US envoy"),
    ],
)
def test_finds_what_the_model_copied_imperfectly(quoted: str, expected: str) -> None:
    finder = TextFinder(TEXT)
    span = finder.find(quoted)
    assert span is not None
    assert TEXT[span[0] : span[1]] == expected


@pytest.mark.parametrize("quoted", ["Harbour Institutes", "Lina Hadad", "Selim Port", "", "  "])
def test_does_not_find_what_is_not_there(quoted: str) -> None:
    assert TextFinder(TEXT).find(quoted) is None


def test_whole_words_only() -> None:
    finder = TextFinder("Alina met Ali in Aleppo; Ali left.")
    assert [finder.text[a:b] for a, b in finder.find_all("Ali")] == ["Ali", "Ali"]
    assert finder.find("Ali", words=False) == (0, 3)  # inside "Alina" when words do not matter


def test_case_is_kept_when_it_can_be() -> None:
    finder = TextFinder("us and the US")
    assert finder.find_all("US") == [(11, 13)]


def test_search_window_and_last_before() -> None:
    finder = TextFinder("Port Selim. Then Port Selim again. And Port Selim.")
    assert finder.find("Port Selim", start=5) == (17, 27)
    assert finder.find("Port Selim", start=5, end=20) is None
    assert finder.find_before("Port Selim", 38) == (17, 27)
    assert finder.find_before("Port Selim", 3) is None


def test_sentence_holding_a_span() -> None:
    finder = TextFinder(TEXT)
    quoted = finder.find("convoy reached", words=True)
    assert quoted is not None
    start, end = finder.sentence(*quoted)
    assert TEXT[start:end].startswith("The “Harbour Institute” said")
    assert TEXT[start:end].endswith("Port Selim.")


def test_sentence_of_a_quote_across_a_false_boundary() -> None:
    finder = TextFinder(TEXT)
    quoted = finder.find("Mr. Haddad met the council", words=False)
    assert quoted is not None
    start, end = finder.sentence(*quoted)
    assert TEXT[start:end].startswith("Mr. Haddad") and TEXT[start:end].endswith("Port Selim.")


@settings(deadline=None)
@given(
    st.text(alphabet="ab ’'\n—-.Aa", max_size=40),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=1, max_value=10),
)
def test_found_spans_lie_in_the_text_and_match(text: str, start: int, length: int) -> None:
    finder = TextFinder(text)
    quoted = text[start : start + length]
    for low, high in finder.find_all(quoted, words=False):
        assert 0 <= low < high <= len(text)
        found = TextFinder(text[low:high])
        # What was found reads the same as what was quoted, once normalised.
        assert found.find(quoted, words=False) is not None
    if quoted.strip(" \n\"'’") and quoted == quoted.strip():
        assert finder.find(quoted, words=False) is not None
    sentence = finder.sentence(0, len(text)) if text.strip() else None
    if sentence is not None:
        assert 0 <= sentence[0] <= sentence[1] <= len(text)
