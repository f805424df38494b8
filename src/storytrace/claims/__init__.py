"""Claims: the same event reported by several articles is one claim with a mention per article.

Inputs: coded events as the store returns them (``Store.events()``) and each article's actor
mentions (``Store.mentions_of``). Outputs: :class:`Claim` records (id = content hash of type,
source, target and representative sentence) with one :class:`ClaimMention` per reporting event,
carrying its negation, hedging and attribution chain: a denial is a mention of the claim it
denies. Pure functions; nothing is stored or printed here. See docs/claims.md.

Stable API: the names in ``__all__``.
"""

from __future__ import annotations

from storytrace.claims.grouping import (
    ClaimIndex,
    content_words,
    events_from_dicts,
    group_claims,
    group_events,
    similarity,
)
from storytrace.claims.records import (
    COMPATIBLE_TYPES,
    Claim,
    ClaimEvent,
    ClaimMention,
    ClaimOptions,
    event_from_dict,
    party_key,
    text_key,
)

__all__ = [
    "COMPATIBLE_TYPES",
    "Claim",
    "ClaimEvent",
    "ClaimIndex",
    "ClaimMention",
    "ClaimOptions",
    "content_words",
    "event_from_dict",
    "events_from_dicts",
    "group_claims",
    "group_events",
    "party_key",
    "similarity",
    "text_key",
]
