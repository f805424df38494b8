"""Actor types in the spirit of the PLOVER/CAMEO actor codes, from names, kinds and roles.

Types: ``government``, ``military``, ``armed_group``, ``party``, ``media``, ``research``,
``ngo``, ``igo`` (intergovernmental), ``organization`` (none of those), ``person``, ``place``,
``group`` (a nationality, religion or other collective named by NER's NORP).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from storytrace.actors.keys import fold

ACTOR_TYPES: Final = (
    "government",
    "military",
    "armed_group",
    "party",
    "media",
    "research",
    "ngo",
    "igo",
    "organization",
    "person",
    "place",
    "group",
)

#: Name words that decide an organisation's type, tried in this order (first hit wins), so that
#: "JAW Media Office" is media and "Interior Ministry" is government.
_TYPE_WORDS: Final = (
    ("igo", r"united nations|\bun\b|european union|african union|arab league|\bnato\b|world bank"
     r"|international monetary fund|security council|unicef|unhcr|\bwho\b"),
    ("media", r"\bmedia\b|\bnews\b|press agency|news agency|\bpress\b|\btimes\b|\bpost\b|herald"
     r"|gazette|tribune|journal|television|\btv\b|radio|broadcast|channel|clarion|\bwire\b"),
    ("research", r"institute|university|think tank|centre for|center for|\bstudies\b|research"
     r"|monitoring|academy"),
    ("ngo", r"human rights|\bwatch\b|amnesty|red cross|red crescent|without borders|charity"
     r"|relief|\baid\b|observatory|foundation|association|federation|union of|syndicate"),
    ("armed_group", r"brigades?|battalions?|wilaya[th]?|province|militia|jamaa?t|ansar|jabhat"
     r"|kataib|katibat|liwa|saraya|jaish|tanzim|ahrar|islamic state|\bfront\b|resistance"
     r"|insurgen|rebels?|mujahideen|qaeda|taliban"),
    ("military", r"\barmy\b|armed forces|air force|\bnavy\b|military|defen[cs]e forces|police"
     r"|security forces|\bguard\b|marines|gendarmerie|special forces|coast guard"),
    ("party", r"\bparty\b|\bhizb\b|democrats|republicans|labour|conservatives|coalition"),
    ("government", r"ministry|government|cabinet|presidency|parliament|council of ministers"
     r"|department|commission|authority|municipality|\bcourt\b|prosecutor|embassy|senate"
     r"|congress|administration"),
)  # fmt: skip

_COMPILED: Final = tuple((kind, re.compile(pattern)) for kind, pattern in _TYPE_WORDS)


def classify_actor(kind: str, names: Iterable[str], *, owner_type: str | None = None) -> str:
    """The type of an actor.

    Args:
        kind: the coarse kind from the mentions (``person``, ``org``, ``group``, ``place``,
            ``name``).
        names: its names, most frequent first.
        owner_type: the type of the actor it is part of, if any: an unnamed-type wing of an
            armed group is an armed group.

    Returns:
        One of :data:`ACTOR_TYPES`.
    """
    if kind == "place":
        return "place"
    folded = " | ".join(fold(name) for name in names)
    for actor_type, pattern in _COMPILED:
        if pattern.search(folded):
            # NER calls many bodies persons ("Gazette", "Media Office"); the words decide.
            return actor_type
    if kind == "person":
        return "person"
    if owner_type in {"armed_group", "military", "government", "party"}:
        return owner_type
    if kind == "group":
        return "group"
    if kind == "name":
        return "person"
    return "organization"
