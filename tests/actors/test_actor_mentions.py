"""Mention rules: what NER misses in conflict news, with exact character offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.actors import Mention, extract_mentions, is_acronym_of
from storytrace.nlp import parse_texts


def rule_mentions(text: str) -> dict[str, Mention]:
    return {mention.text: mention for mention in extract_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name", "source"),
    [
        ("Fighters of Wilayat Janub attacked a post.", "Wilayat Janub", "wilayat"),
        ("A statement from Wilayat as-Sahil followed.", "Wilayat as-Sahil", "wilayat"),
        ("The Mountain Lions Brigades claimed it.", "Mountain Lions Brigades", "brigades"),
        ("The Sword of the River Brigades said so.", "Sword of the River Brigades", "brigades"),
        ("The group's Delta province claimed it.", "Delta province", "province"),
        (
            "Harakat Nur's military wing, the Nur Guard, fired shells.",
            "Nur Guard",
            "wing",
        ),
        ("Villagers said Abu Salim al-Qasri was there.", "Abu Salim al-Qasri", "arabic_name"),
        ("Later al-Qasri left the town.", "al-Qasri", "arabic_name"),
    ],
)
def test_rule_finds_name(text: str, name: str, source: str) -> None:
    found = rule_mentions(text)
    assert name in found
    assert found[name].source == source
    assert text[found[name].start : found[name].end] == name


def test_province_outside_a_group_context_is_left_to_ner() -> None:
    assert "Delta Province" not in rule_mentions("Floods hit Delta Province on Monday.")


def test_defined_acronym_and_its_uses_become_mentions() -> None:
    text = "The Coastal Rights Monitor (CRM) said CRM staff counted the dead."
    found = extract_mentions(text)
    assert [m.text for m in found] == ["Coastal Rights Monitor", "CRM", "CRM"]


def test_acronym_in_a_shouted_headline_is_no_mention() -> None:
    text = "Islamic State (IS) fighters withdrew. WHAT IS NEXT FOR THE TOWN? IS said nothing."
    uses = {m.start for m in extract_mentions(text) if m.text == "IS"}
    assert uses == {text.index("(IS)") + 1, text.index("IS said")}


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("SOHR", "Syrian Observatory for Human Rights", True),
        ("JAW", "Jamaat Ansar al-Wadi", True),
        ("CENTCOM", "Central Command", True),
        ("AUSSOM", "African Union Support and Stabilisation Mission in Somalia", True),
        ("IS", "Islamic State", True),
        ("RSF", "Reporters Without Borders", False),
        ("IS", "Ministry of Defence", False),
        ("LMI", "Lagos Marine Institute of Technology and Applied Sciences Abroad", False),
    ],
)
def test_is_acronym_of(acronym: str, name: str, expected: bool) -> None:
    assert is_acronym_of(acronym, name) is expected


def test_ner_and_rules_together() -> None:
    text = (
        "The leader of Jama'at Nur al-Din (JND), Abou Salim el-Qasri, spoke. "
        "Colonel Rami Haddad, the army spokesman, said JND was weak. Haddad said more."
    )
    (doc,) = parse_texts([text])
    found = {m.text: m.label for m in extract_mentions(text, doc)}
    assert found.get("Jama'at Nur al-Din") == "ORG"
    assert "JND" in found
    assert "Abou Salim el-Qasri" in found
    assert "Haddad" in found


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Wilayat", "al-Qasri", "Abu", "(", ")", "IS", "Brigades", "the", "group's",
             "Province", "Nur", "’s", ",", "armed", "wing", "Sahil", "JND", " ", "\n", "é"]
        ),
        max_size=40,
    ).map(" ".join)
)  # fmt: skip
def test_mentions_lie_inside_text_and_never_overlap(text: str) -> None:
    mentions = extract_mentions(text)
    previous_end = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end
        previous_end = mention.end
