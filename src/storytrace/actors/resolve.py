"""Group the mentions of one article into local actors.

Inputs: the article text and its :class:`~storytrace.actors.mentions.Mention` records. Output:
:class:`LocalActor` records, one per actor the article names, with the forms it uses, a coarse
kind, a role when the text states one, and the owner it is part of.

Within an article, mentions merge when they share a name key (compatible kinds), when one is an
acronym defined for the other ("Levant Monitoring Institute (LMI)"), when one glosses the other
("Wilayat Khorasan (Khorasan Province)", "X, known as Y"), and when one is a short form of exactly
one full name ("al-Harithi" after "Abu Muhammad al-Harithi"). A short form that fits two full
names ("al-Baghdadi" next to two al-Baghdadis) is marked ambiguous and merges with nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from storytrace.actors.keys import fold, initials, name_tokens, strip_title
from storytrace.actors.mentions import ORG_WORDS, Mention, defines_acronym, is_acronym_of
from storytrace.actors.places import COUNTRY_KEYS
from storytrace.actors.types import classify_actor

#: Coarse kind of each label.
KINDS: Final = {
    "PERSON": "person",
    "ORG": "org",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NAME": "name",
}

_ROLE_WORDS: Final = (
    r"(?:leader|spokesman|spokeswoman|spokesperson|commander|chief|founder|head|director|emir|"
    r"president|minister|secretary|ambassador|envoy|official|analyst|researcher|editor|"
    r"correspondent|mayor|governor|general|colonel|deputy|negotiator|prosecutor|judge|"
    r"chairman|chairwoman|ceo|coordinator|representative|cleric|preacher)"
)
_ROLE_BEFORE: Final = re.compile(
    rf"(?:\b(?:the|its|their|his|her)\s+)?(?P<role>(?:[\w-]+(?:'s|’s)\s+)?(?:[a-z-]+\s+){{0,2}}"
    rf"{_ROLE_WORDS})\s*,?\s*$"
)
_ROLE_AFTER: Final = re.compile(
    rf"^\s*,\s*(?:the|a|an|its|their|his|her)\s+(?P<role>(?:[\w’'-]+\s+){{0,4}}?{_ROLE_WORDS})\b"
)
_PART_WORDS: Final = r"(?:wing|branch|affiliate|office|arm|faction|unit|province|cell)"
_PART_BEFORE: Final = re.compile(
    rf"(?:'s|’s|\bits)\s+(?:[a-z-]+\s+){{0,2}}{_PART_WORDS},\s+(?:the\s+)?$"
)
_PART_AFTER: Final = re.compile(
    rf"^\s*,\s+(?:the|its|a|an)\s+(?:[a-z-]+\s+){{0,2}}{_PART_WORDS}\s+of\s+(?:the\s+)?$"
)
_PART_HEADS: Final = frozenset(
    {"province", "brigades", "brigade", "office", "wing", "branch", "battalion", "battalions"}
)
_GROUP_REFERENCE: Final = re.compile(
    r"\b(?:the\s+(?:group|organi[sz]ation|movement|militants|network)(?:'s|’s)|its)\s+"
    r"(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
_GLOSS_BETWEEN: Final = re.compile(
    r"^\s*(?:\(\s*|,\s+(?:also\s+|better\s+|widely\s+)?(?:known|referred\s+to)\s+as\s+"
    r"|,\s+or\s+|,\s+meaning\s+|,\s+which\s+calls\s+itself\s+)"
    r"(?:the\s+)?[\"“']?$"
)
_ACRONYM_DEF: Final = re.compile(r"^\s*\(\s*(?P<acronym>[A-Z][A-Za-z]{0,2}[A-Z]{1,6}s?)\s*\)")
_PERSON_CUES: Final = re.compile(
    r"^(?:'s)?\s+(?:said|says|told|added|wrote|denied|argued|claimed|insisted|warned)\b"
)
_HONORIFIC_BEFORE: Final = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Miss)\.?\s+$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Form:
    """One mention as a local actor uses it.

    Attributes:
        mention: the mention.
        name: the mention text without leading titles ("Faris Qandil" for "Colonel Faris
            Qandil").
        key: the name key of ``name`` (see :func:`~storytrace.actors.keys.name_key`).
        form: ``full`` (a name that stands alone), ``short`` (a surname, a kunya or a shortened
            name) or ``acronym``.
    """

    mention: Mention
    name: str
    key: str
    form: str


@dataclass(frozen=True, slots=True, kw_only=True)
class LocalActor:
    """An actor as one article names it.

    Attributes:
        article_id: the article.
        index: number of this actor within the article (0, 1, ...), in order of first mention.
        forms: its mentions, in text order.
        kind: ``person``, ``org``, ``group`` (NORP), ``place`` or ``name`` (a transliterated
            name of unknown kind).
        acronyms: acronyms the article defines for it.
        role: what the article says the person is ("group's leader", "colonel"), if anything.
        part_of: index of the local actor it is part of, if the article says so.
        ambiguous: its short form fits more than one full name, so it must merge with nothing.
    """

    article_id: str
    index: int
    forms: tuple[Form, ...]
    kind: str
    acronyms: tuple[str, ...] = ()
    role: str | None = None
    part_of: int | None = None
    ambiguous: bool = False

    def full_keys(self) -> frozenset[str]:
        """Keys of the forms that name the actor on their own."""
        return frozenset(form.key for form in self.forms if form.form == "full")


def resolve_article(
    article_id: str, text: str, mentions: Sequence[Mention]
) -> tuple[LocalActor, ...]:
    """Group the mentions of one article into local actors.

    Args:
        article_id: the article's id, copied into each record.
        text: the article text the mentions point into.
        mentions: from :func:`~storytrace.actors.mentions.extract_mentions`, sorted by start.

    Returns:
        The local actors in order of first mention.
    """
    mentions = sorted(mentions, key=lambda mention: mention.start)
    kinds = _mention_kinds(text, mentions)
    names = [_person_name(mention, kind) for mention, kind in zip(mentions, kinds, strict=True)]
    keys = [" ".join(name_tokens(name)) for name, _ in names]
    parent = list(range(len(mentions)))
    definitions = _acronym_definitions(text, mentions)
    _union_same_keys(parent, keys, kinds)
    _union_acronyms(parent, mentions, definitions)
    _union_glosses(parent, text, mentions, kinds)
    _union_undefined_acronyms(parent, mentions, kinds, definitions)
    ambiguous = _union_short_forms(parent, keys, kinds, mentions)
    return _build(article_id, text, mentions, kinds, names, keys, parent, definitions, ambiguous)


def _mention_kinds(text: str, mentions: Sequence[Mention]) -> list[str]:
    kinds = [KINDS.get(mention.label, "name") for mention in mentions]
    rule_org_keys = {
        " ".join(name_tokens(mention.text))
        for mention in mentions
        if mention.source in {"province", "wilayat", "gloss", "brigades"} and mention.label == "ORG"
    }
    person_tokens = {
        token
        for mention, kind in zip(mentions, kinds, strict=True)
        if kind in {"person", "name"}
        for token in name_tokens(strip_title(mention.text)[0])
        if len(name_tokens(mention.text)) > 1
    }
    full_names = {
        name_tokens(strip_title(mention.text)[0])
        for mention, kind in zip(mentions, kinds, strict=True)
        if kind in {"person", "name"}
    }
    surnames = Counter(tokens[-1] for tokens in full_names if len(tokens) > 1)
    for position, mention in enumerate(mentions):
        key = " ".join(name_tokens(mention.text))
        if (
            kinds[position] in {"org", "place"}
            and surnames.get(key) == 1
            and fold(mention.text) not in COUNTRY_KEYS
            and mention.source != "acronym"
        ):
            # "Salah" after "Mohamed Salah", tagged ORG by NER.
            kinds[position] = "person"
        elif kinds[position] == "place" and key in rule_org_keys:
            kinds[position] = "org"
        elif kinds[position] == "place" and key in person_tokens and _person_cue(text, mention):
            # "Jordan said ..." in an article about a person named Jordan.
            kinds[position] = "person"
    return kinds


def _person_cue(text: str, mention: Mention) -> bool:
    return bool(
        _PERSON_CUES.match(text[mention.end : mention.end + 20])
        or _HONORIFIC_BEFORE.search(text[max(0, mention.start - 5) : mention.start])
    )


def _person_name(mention: Mention, kind: str) -> tuple[str, str | None]:
    if kind in {"person", "name"}:
        return strip_title(mention.text)
    return mention.text, None


def find_root(parent: list[int], item: int) -> int:
    """Union-find: the root of ``item`` (with path halving)."""
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def join(parent: list[int], first: int, second: int) -> None:
    """Union-find: put two items in one set, rooted at the smaller index (deterministic)."""
    root_first, root_second = find_root(parent, first), find_root(parent, second)
    if root_first != root_second:
        parent[max(root_first, root_second)] = min(root_first, root_second)


_find = find_root
_union = join


def compatible(first: str, second: str, *, single_token: bool) -> bool:
    """Whether two coarse kinds may name the same actor.

    Multi-token names merge unless exactly one of them is a place; single tokens ("Jordan")
    need the same kind, or one of unknown kind (``name``) next to a person or an org.
    """
    if first == second:
        return True
    if not single_token:
        return (first == "place") == (second == "place")
    return "name" in {first, second} and {first, second} <= {"name", "person", "org"}


def _union_same_keys(parent: list[int], keys: Sequence[str], kinds: Sequence[str]) -> None:
    first_seen: dict[tuple[str, str], int] = {}
    for position, key in enumerate(keys):
        if not key:
            continue
        single = " " not in key
        for (seen_key, seen_kind), seen in list(first_seen.items()):
            if seen_key == key and compatible(seen_kind, kinds[position], single_token=single):
                _union(parent, seen, position)
        first_seen.setdefault((key, kinds[position]), position)


def _acronym_definitions(text: str, mentions: Sequence[Mention]) -> dict[str, int]:
    definitions: dict[str, int] = {}
    for position, mention in enumerate(mentions):
        if mention.source == "acronym":
            continue
        match = _ACRONYM_DEF.match(text[mention.end : mention.end + 20])
        if match and defines_acronym(match.group("acronym"), mention):
            definitions.setdefault(match.group("acronym"), position)
    return definitions


def _union_acronyms(
    parent: list[int], mentions: Sequence[Mention], definitions: dict[str, int]
) -> None:
    for position, mention in enumerate(mentions):
        if mention.text in definitions and mention.text.isupper() is not False:
            _union(parent, definitions[mention.text], position)


def _union_undefined_acronyms(
    parent: list[int],
    mentions: Sequence[Mention],
    kinds: Sequence[str],
    definitions: dict[str, int],
) -> None:
    """An acronym the article does not define joins the one org name it abbreviates there."""
    for position, mention in enumerate(mentions):
        text = mention.text
        if text in definitions or not (text.isupper() and 2 <= len(text) <= 7):
            continue
        roots = {
            _find(parent, other)
            for other, candidate in enumerate(mentions)
            if other != position
            and kinds[other] in {"org", "name"}
            and len(candidate.text.split()) >= 2
            and is_acronym_of(text, candidate.text)
            and len(text.rstrip("s")) == len(_initials_of(candidate.text))
        }
        if len(roots) == 1:
            _union(parent, position, roots.pop())


def _initials_of(text: str) -> str:
    return initials(text)


def _union_glosses(
    parent: list[int], text: str, mentions: Sequence[Mention], kinds: Sequence[str]
) -> None:
    for position in range(1, len(mentions)):
        before, mention = mentions[position - 1], mentions[position]
        between = text[before.end : mention.start]
        if not _GLOSS_BETWEEN.match(between):
            continue
        pair = {kinds[position - 1], kinds[position]}
        if "place" in pair or pair == {"person", "org"}:
            # "Aleppo (Syria)", "John Smith (Labour)": a gloss that locates or affiliates.
            continue
        _union(parent, position - 1, position)


def _is_kunya(tokens: Sequence[str]) -> bool:
    return len(tokens) == 2 and tokens[0] in {"abu", "um", "umm", "ibn"}


def short_form_of(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether the key tokens ``short`` shorten ``full``: a proper suffix, or its kunya prefix.

    ``("harithi",)`` shortens ``("abu", "mhmd", "harithi")``; so does ``("abu", "mhmd")``.
    """
    if not short or len(short) >= len(full):
        return False
    if tuple(full[-len(short) :]) == tuple(short):
        return True
    return _is_kunya(short) and tuple(full[: len(short)]) == tuple(short)


def _short_candidate(tokens: Sequence[str], kind: str) -> bool:
    if kind in {"person", "name"}:
        return len(tokens) == 1 or _is_kunya(tokens)
    return kind == "org"


def _org_prefix(short: Sequence[str], full: Sequence[str]) -> bool:
    """A company-style short name: the first word of a longer name ("Northwind" of
    "Northwind Energy"), when that word is no generic word and no country."""
    return (
        len(short) == 1
        and len(full) >= 2
        and full[0] == short[0]
        and short[0] not in ORG_WORDS
        and short[0] not in COUNTRY_KEYS
    )


def _union_short_forms(
    parent: list[int], keys: Sequence[str], kinds: Sequence[str], mentions: Sequence[Mention]
) -> set[int]:
    """Attach short forms to the one full name they fit; return the ambiguous positions."""
    ambiguous: set[int] = set()
    tokens = [tuple(key.split()) for key in keys]
    for position, short in enumerate(tokens):
        if not _short_candidate(short, kinds[position]) or _acronym_like(mentions[position]):
            continue
        roots = {
            _find(parent, other)
            for other, full in enumerate(tokens)
            if len(full) >= 2
            and not _is_kunya(full)
            and (
                (short_form_of(short, full) and (len(short) >= 2 or kinds[position] != "org"))
                or (kinds[position] == "org" and _org_prefix(short, full))
            )
            and _short_kinds_fit(kinds[position], kinds[other])
        }
        roots.discard(_find(parent, position))
        if len(roots) == 1:
            _union(parent, position, roots.pop())
        elif len(roots) > 1:
            ambiguous.add(position)
    return ambiguous


def _acronym_like(mention: Mention) -> bool:
    return mention.source in {"acronym", "capitals"} or (
        mention.text.isupper() and 2 <= len(mention.text) <= 7
    )


def _short_kinds_fit(short_kind: str, full_kind: str) -> bool:
    if short_kind == "org":
        return full_kind in {"org", "name"}
    return full_kind in {"person", "name"}


def _build(
    article_id: str,
    text: str,
    mentions: Sequence[Mention],
    kinds: Sequence[str],
    names: Sequence[tuple[str, str | None]],
    keys: Sequence[str],
    parent: list[int],
    definitions: dict[str, int],
    ambiguous: set[int],
) -> tuple[LocalActor, ...]:
    clusters: dict[int, list[int]] = {}
    for position in range(len(mentions)):
        clusters.setdefault(_find(parent, position), []).append(position)
    roots = sorted(clusters, key=lambda root: clusters[root][0])
    index_of = {root: index for index, root in enumerate(roots)}
    owners = _part_of(text, mentions, kinds, parent)
    actors = []
    for index, root in enumerate(roots):
        members = clusters[root]
        tokens_of = {position: keys[position].split() for position in members}
        kind = _cluster_kind([kinds[p] for p in members], [keys[p] for p in members])
        has_full = any(_is_full(tokens_of[p], kinds[p], mentions[p], kind) for p in members)
        forms = tuple(
            Form(
                mention=mentions[position],
                name=names[position][0],
                key=keys[position],
                form=_form_kind(tokens_of[position], kinds[position], mentions[position], kind),
            )
            for position in members
        )
        owner_roots = [owners[p] for p in members if p in owners]
        owner = index_of.get(_find(parent, owner_roots[0])) if owner_roots else None
        actors.append(
            LocalActor(
                article_id=article_id,
                index=index,
                forms=forms,
                kind=kind,
                acronyms=tuple(
                    sorted(a for a, p in definitions.items() if _find(parent, p) == root)
                ),
                role=_role(text, [mentions[p] for p in members], [names[p][1] for p in members]),
                part_of=owner if owner != index else None,
                ambiguous=any(p in ambiguous for p in members) and not has_full,
            )
        )
    return tuple(actors)


def _is_full(tokens: Sequence[str], kind: str, mention: Mention, cluster_kind: str) -> bool:
    if _acronym_like(mention) or not tokens:
        return False
    if kind in {"person", "name"} or cluster_kind == "person":
        return len(tokens) >= 2 and not _is_kunya(tokens)
    return True


def _form_kind(tokens: Sequence[str], kind: str, mention: Mention, cluster_kind: str) -> str:
    if _acronym_like(mention):
        return "acronym"
    if _is_full(tokens, kind, mention, cluster_kind):
        return "full"
    return "short"


def _cluster_kind(kinds: Sequence[str], keys: Sequence[str]) -> str:
    if any(key.startswith(("abu ", "um ", "umm ")) and len(key.split()) >= 3 for key in keys):
        return "person"
    votes = Counter(kind for kind in kinds if kind != "name")
    if votes:
        return votes.most_common(1)[0][0]
    if any(key.startswith(("abu ", "um ", "umm ")) for key in keys):
        return "person"
    return "name"


def _role(text: str, mentions: Sequence[Mention], titles: Sequence[str | None]) -> str | None:
    for mention in mentions:
        before = _ROLE_BEFORE.search(text[max(0, mention.start - 80) : mention.start])
        if before:
            return before.group("role").lower()
        after = _ROLE_AFTER.match(text[mention.end : mention.end + 80])
        if after:
            return after.group("role").lower()
    found = [title for title in titles if title]
    return found[0] if found else None


def _part_of(
    text: str, mentions: Sequence[Mention], kinds: Sequence[str], parent: list[int]
) -> dict[int, int]:
    """Map a mention's position to the position of the mention it is part of."""
    owners: dict[int, int] = {}
    for position in range(len(mentions)):
        if kinds[position] in {"place", "person"}:
            continue
        owner = _owner_before(text, mentions, kinds, position, parent)
        if owner is None:
            owner = _owner_after(text, mentions, position)
        if owner is not None and _find(parent, owner) != _find(parent, position):
            owners[position] = owner
    return owners


def _owner_before(
    text: str, mentions: Sequence[Mention], kinds: Sequence[str], position: int, parent: list[int]
) -> int | None:
    mention = mentions[position]
    window = text[max(0, mention.start - 80) : mention.start]
    head = mention.text.split()[-1].lower() if mention.text.split() else ""
    previous = position - 1
    if previous >= 0 and kinds[previous] in {"org", "name", "group"}:
        between = text[mentions[previous].end : mention.start]
        if _PART_BEFORE.match(between) or (
            head in _PART_HEADS and re.fullmatch(r"(?:'s|’s)\s+", between)
        ):
            return previous
    if _PART_BEFORE.search(window) or (head in _PART_HEADS and _GROUP_REFERENCE.search(window)):
        # "the group's armed wing, the X" / "its Khorasan province": the last group named that
        # is not itself a branch or a wing; an armed group first, any organisation else.
        return _last_group(mentions, kinds, position, parent)
    return None


def _last_group(
    mentions: Sequence[Mention], kinds: Sequence[str], position: int, parent: list[int]
) -> int | None:
    own = _find(parent, position)
    names: dict[int, list[str]] = {}
    for earlier in range(position):
        names.setdefault(_find(parent, earlier), []).append(mentions[earlier].text)
    candidates = [
        earlier
        for earlier in range(position - 1, -1, -1)
        if kinds[earlier] == "org"
        and _find(parent, earlier) != own
        and not _is_part_name(names[_find(parent, earlier)])
    ]
    for earlier in candidates:
        if classify_actor("org", names[_find(parent, earlier)]) == "armed_group":
            return earlier
    return candidates[0] if candidates else None


def _is_part_name(names: Sequence[str]) -> bool:
    """Whether a cluster's names say it is a branch or a wing itself ("Wilayat X", "X Brigades")."""
    for name in names:
        words = name.lower().split()
        if words and (words[-1] in _PART_HEADS or words[0] in {"wilayat", "wilayah", "wilaya"}):
            return True
    return False


def _owner_after(text: str, mentions: Sequence[Mention], position: int) -> int | None:
    if position + 1 >= len(mentions):
        return None
    between = text[mentions[position].end : mentions[position + 1].start]
    return position + 1 if _PART_AFTER.match(between) else None
