"""Events and attribution: who did what to whom, typed with PLOVER, and who says so.

Inputs: an article's id and text, optionally its spaCy ``Doc`` (``parse`` or ``ner+parse``) and
its actor mentions from :mod:`storytrace.actors`. Outputs: :class:`Event` records (type, mode,
trigger, source, target, negation, hedging, question, attribution chain, evidence), each with a
JSON-ready ``to_dict``. Pure functions: nothing is stored or printed here.

See docs/events.md for the method, the lexicon design and the figures.

Stable API: the names in ``__all__``.
"""

from __future__ import annotations

from storytrace.events.coder import (
    MAX_CHARS,
    CodingOptions,
    MentionLike,
    code_events,
    parse_article,
    split_chunks,
)
from storytrace.events.lexicon import NOUNS, PLOVER_TYPES, VERBS
from storytrace.events.records import Event, Evidence, Party, Speaker, TextSpan, outlet_speaker
from storytrace.events.selective import (
    find_entities,
    may_trigger,
    parse_selected,
    parse_selected_many,
)

__all__ = [
    "MAX_CHARS",
    "NOUNS",
    "PLOVER_TYPES",
    "VERBS",
    "CodingOptions",
    "Event",
    "Evidence",
    "MentionLike",
    "Party",
    "Speaker",
    "TextSpan",
    "code_events",
    "find_entities",
    "may_trigger",
    "outlet_speaker",
    "parse_article",
    "parse_selected",
    "parse_selected_many",
    "split_chunks",
]
