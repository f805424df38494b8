"""The user's actor dictionary: hand merges, splits, names, types and part_of that survive runs."""

from __future__ import annotations

import pytest

from storytrace.actors.dictionary import (
    DictionaryEntry,
    apply_dictionary,
    dump_dictionary,
    load_dictionary,
)
from storytrace.actors.merge import Actor, ActorTable, LinkedMention
from storytrace.errors import ConfigError


def mention(article: str, start: int, text: str, actor: str, label: str = "ORG") -> LinkedMention:
    return LinkedMention(
        article_id=article,
        text=text,
        start=start,
        end=start + len(text),
        label=label,
        actor_id=actor,
    )


def actor(actor_id: str, name: str, *aliases: tuple[str, int], kind: str = "armed_group") -> Actor:
    return Actor(
        id=actor_id, name=name, type=kind, role=None, aliases=aliases, part_of=None, articles=1
    )


TABLE = ActorTable(
    actors=(
        actor("g1", "Ansar al-Wadi", ("Ansar al-Wadi", 2)),
        actor("g2", "Partisans of the Valley", ("Partisans of the Valley", 1)),
        actor("b1", "Saif al-Wadi Brigades", ("Saif al-Wadi Brigades", 1)),
        actor(
            "p1",
            "al-Baghdadi",
            ("Abu Bakr al-Baghdadi", 1),
            ("Abu Omar al-Baghdadi", 1),
            kind="person",
        ),
    ),
    mentions=(
        mention("a", 0, "Ansar al-Wadi", "g1"),
        mention("b", 10, "Ansar al-Wadi", "g1"),
        mention("c", 5, "Partisans of the Valley", "g2"),
        mention("c", 50, "Saif al-Wadi Brigades", "b1"),
        mention("a", 80, "Abu Bakr al-Baghdadi", "p1", "PERSON"),
        mention("b", 90, "Abu Omar al-Baghdadi", "p1", "PERSON"),
    ),
)

YAML = """
- name: Jamaat Ansar al-Wadi
  type: armed_group
  aliases: [Ansar al-Wadi, Partisans of the Valley]
- name: Saif al-Wadi Brigades
  part_of: Jamaat Ansar al-Wadi
- name: Abu Bakr al-Baghdadi
  separate: [Abu Omar al-Baghdadi]
"""


def test_entries_merge_rename_and_relate() -> None:
    table = apply_dictionary(TABLE, load_dictionary(YAML))
    by_name = {a.name: a for a in table.actors}
    group = by_name["Jamaat Ansar al-Wadi"]
    assert dict(group.aliases) == {"Ansar al-Wadi": 2, "Partisans of the Valley": 1}
    assert group.articles == 3
    assert by_name["Saif al-Wadi Brigades"].part_of == group.id
    assert {m.actor_id for m in table.mentions if "Wadi" in m.text or "Valley" in m.text} >= {
        group.id
    }


def test_separate_spellings_become_their_own_actor() -> None:
    table = apply_dictionary(TABLE, load_dictionary(YAML))
    ids = {m.text: m.actor_id for m in table.mentions}
    assert ids["Abu Bakr al-Baghdadi"] != ids["Abu Omar al-Baghdadi"]
    names = {a.id: a.name for a in table.actors}
    assert names[ids["Abu Omar al-Baghdadi"]] == "Abu Omar al-Baghdadi"
    assert all(m.actor_id in names for m in table.mentions)


def test_no_entries_change_nothing() -> None:
    assert apply_dictionary(TABLE, ()) is TABLE


def test_yaml_round_trip() -> None:
    entries = load_dictionary(YAML)
    assert load_dictionary(dump_dictionary(entries)) == entries
    assert entries[0] == DictionaryEntry(
        name="Jamaat Ansar al-Wadi",
        type="armed_group",
        aliases=("Ansar al-Wadi", "Partisans of the Valley"),
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- name: [x", "not valid YAML"),
        ("name: X", "must be a list"),
        ("- aliases: [X]", "needs a 'name'"),
        ("- name: X\n  colour: red", "unknown fields: colour"),
        ("- name: X\n  type: wizard", "is not one of"),
        ("- name: X\n  aliases: Y", "must be a list of names"),
    ],
)
def test_bad_dictionaries_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_dictionary(text)
