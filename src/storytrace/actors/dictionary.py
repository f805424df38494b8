"""The user's actor dictionary: names, types, spellings and part_of that seed and override merging.

Input: an :class:`~storytrace.actors.merge.ActorTable` merged automatically, and dictionary
entries (from a YAML file the user edits, or from ``storytrace actor-merge`` / ``actor-split``
decisions). Output: the table with the entries applied:

- every actor one of whose spellings is a name or alias of an entry becomes that entry's actor
  (several automatic actors merge into one: a hand merge);
- the entry's name, type and part_of win over what was learned;
- spellings an entry lists under ``separate`` leave it and form actors of their own (a hand
  split), whatever the automatic merge thought.

Entries name spellings, not actor ids, so they keep their meaning when the automatic merge changes
as articles arrive. The YAML form is a list of mappings::

    - name: Jamaat Ansar al-Wadi
      type: armed_group
      aliases: [JAW, Ansar al-Wadi, Partisans of the Valley]
    - name: Saif al-Wadi Brigades
      type: armed_group
      aliases: [Sword of the Valley Brigades]
      part_of: Jamaat Ansar al-Wadi
    - name: Abu Bakr al-Baghdadi
      separate: [Abu Omar al-Baghdadi]

Stable API: :class:`DictionaryEntry`, :func:`load_dictionary`, :func:`dump_dictionary`,
:func:`apply_dictionary`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import yaml

from storytrace.actors.keys import name_key
from storytrace.actors.merge import Actor, ActorTable, LinkedMention
from storytrace.actors.types import ACTOR_TYPES
from storytrace.errors import ConfigError
from storytrace.model import content_hash

__all__ = ["DictionaryEntry", "apply_dictionary", "dump_dictionary", "load_dictionary"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DictionaryEntry:
    """One actor as the user defines it.

    Attributes:
        name: the canonical name shown everywhere.
        type: one of :data:`~storytrace.actors.types.ACTOR_TYPES`, or None to keep the learned one.
        aliases: other spellings that name this actor.
        part_of: the name of the actor it is part of (another entry or a learned actor).
        separate: spellings that must not be this actor, even when the automatic merge joins them.
    """

    name: str
    type: str | None = None
    aliases: tuple[str, ...] = ()
    part_of: str | None = None
    separate: tuple[str, ...] = ()

    def name_keys(self) -> frozenset[str]:
        """The name keys of the name and every alias."""
        return frozenset(k for k in (name_key(s) for s in (self.name, *self.aliases)) if k)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name}
        if self.type:
            data["type"] = self.type
        if self.aliases:
            data["aliases"] = list(self.aliases)
        if self.part_of:
            data["part_of"] = self.part_of
        if self.separate:
            data["separate"] = list(self.separate)
        return data


def load_dictionary(
    text: str, *, source: str = "the actor dictionary"
) -> tuple[DictionaryEntry, ...]:
    """Parse the YAML form of a dictionary.

    Raises:
        ConfigError: the text is not YAML, not a list of mappings, or an entry is malformed.
    """
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ConfigError(f"{source} is not valid YAML: {error}") from error
    if data is None:
        return ()
    if not isinstance(data, list):
        raise ConfigError(
            f"{source} must be a list of actors (- name: ...), not {type(data).__name__}"
        )
    return tuple(_entry(item, number, source) for number, item in enumerate(data, start=1))


def _entry(item: object, number: int, source: str) -> DictionaryEntry:
    where = f"entry {number} of {source}"
    if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
        raise ConfigError(f"{where} needs a 'name' (a string)")
    unknown = set(item) - {"name", "type", "aliases", "part_of", "separate"}
    if unknown:
        raise ConfigError(f"{where} has unknown fields: {', '.join(sorted(map(str, unknown)))}")
    actor_type = item.get("type")
    if actor_type is not None and actor_type not in ACTOR_TYPES:
        raise ConfigError(f"{where}: type {actor_type!r} is not one of {', '.join(ACTOR_TYPES)}")
    part_of = item.get("part_of")
    if part_of is not None and not isinstance(part_of, str):
        raise ConfigError(f"{where}: part_of must be a name")
    return DictionaryEntry(
        name=item["name"].strip(),
        type=actor_type,
        aliases=_strings(item.get("aliases"), where, "aliases"),
        part_of=part_of,
        separate=_strings(item.get("separate"), where, "separate"),
    )


def _strings(value: object, where: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {field} must be a list of names")
    return tuple(v.strip() for v in value if v.strip())


def dump_dictionary(entries: Iterable[DictionaryEntry]) -> str:
    """The YAML form of a dictionary."""
    return str(
        yaml.safe_dump([entry.to_dict() for entry in entries], allow_unicode=True, sort_keys=False)
    )


def apply_dictionary(table: ActorTable, entries: Sequence[DictionaryEntry]) -> ActorTable:
    """Apply the user's entries to an automatically merged table (see the module docstring)."""
    if not entries:
        return table
    mentions = _split(table, entries)
    owner_of_key = {key: n for n, entry in enumerate(entries) for key in entry.name_keys()}
    by_id = table.by_id()
    by_id.update(_split_actors(mentions, by_id))
    claimed: dict[str, int] = {}
    for actor in by_id.values():
        spellings = {name_key(actor.name)} | {name_key(alias) for alias, _ in actor.aliases}
        hits = sorted({owner_of_key[key] for key in spellings if key in owner_of_key})
        if hits:
            claimed[actor.id] = hits[0]
    new_ids = {n: content_hash("dictionary", name_key(e.name)) for n, e in enumerate(entries)}
    remap = {actor_id: new_ids[n] for actor_id, n in claimed.items()}
    mentions = tuple(replace(m, actor_id=remap.get(m.actor_id, m.actor_id)) for m in mentions)
    return _rebuild(by_id, mentions, remap, entries, new_ids)


def _split(table: ActorTable, entries: Sequence[DictionaryEntry]) -> tuple[LinkedMention, ...]:
    """Move mentions whose spelling an entry keeps ``separate`` into actors of their own."""
    separate = {name_key(s) for entry in entries for s in entry.separate if name_key(s)}
    if not separate:
        return table.mentions
    return tuple(
        replace(m, actor_id=content_hash("split", name_key(m.text)))
        if name_key(m.text) in separate
        else m
        for m in table.mentions
    )


def _split_actors(
    mentions: Sequence[LinkedMention], known: Mapping[str, Actor]
) -> dict[str, Actor]:
    """Actors for the split-off spellings (learned fields are recomputed in :func:`_rebuild`)."""
    created: dict[str, Actor] = {}
    for mention in mentions:
        if mention.actor_id not in known and mention.actor_id not in created:
            created[mention.actor_id] = Actor(
                id=mention.actor_id,
                name=mention.text,
                type="person" if mention.label == "PERSON" else "organization",
                role=None,
                aliases=(),
                part_of=None,
                articles=0,
            )
    return created


def _rebuild(
    by_id: Mapping[str, Actor],
    mentions: Sequence[LinkedMention],
    remap: Mapping[str, str],
    entries: Sequence[DictionaryEntry],
    new_ids: Mapping[int, str],
) -> ActorTable:
    """Recompute every actor's aliases and counts from its mentions after the moves."""
    groups: dict[str, list[LinkedMention]] = {}
    for mention in mentions:
        groups.setdefault(mention.actor_id, []).append(mention)
    sources: dict[str, list[Actor]] = {}
    for actor_id, actor in by_id.items():
        sources.setdefault(remap.get(actor_id, actor_id), []).append(actor)
    names = {name_key(entry.name): new_ids[n] for n, entry in enumerate(entries)}
    names.update({name_key(a.name): a.id for a in by_id.values() if a.id not in remap})
    entry_of = {new_ids[n]: entry for n, entry in enumerate(entries)}
    actors = []
    for actor_id, members in groups.items():
        learned = max(sources.get(actor_id, []), key=lambda a: (a.articles, a.name), default=None)
        entry = entry_of.get(actor_id)
        spellings = Counter(m.text for m in members)
        part_of = learned.part_of if learned else None
        if entry and entry.part_of:
            part_of = names.get(name_key(entry.part_of), part_of)
        actors.append(
            Actor(
                id=actor_id,
                name=entry.name if entry else (learned.name if learned else members[0].text),
                type=(entry.type if entry and entry.type else None)
                or (learned.type if learned else "organization"),
                role=learned.role if learned else None,
                aliases=tuple(sorted(spellings.items(), key=lambda item: (-item[1], item[0]))),
                part_of=remap.get(part_of, part_of) if part_of else None,
                articles=len({m.article_id for m in members}),
            )
        )
    actors.sort(key=lambda a: (-sum(c for _, c in a.aliases), a.name))
    return ActorTable(actors=tuple(actors), mentions=tuple(mentions))
