"""Provenance: which sources stand behind a claim, and how many of them are independent.

Inputs: article texts (and their hyperlinks) for :func:`find_citations`; the mentions of one
claim with their attribution chains, reuse links and citations for :func:`count_independent`.
Outputs: :class:`Citation` records and an :class:`IndependentCount` (count, roots in words,
chains). Pure functions: nothing is stored or printed here.

See docs/provenance.md for the method, the figures and the weaknesses.

Stable API: the names in ``__all__``.
"""

from __future__ import annotations

from storytrace.provenance.citations import (
    ARTICLE_CUES,
    KINDS,
    Citation,
    back_reference,
    citation_chains,
    citation_kind,
    citations_from_events,
    find_citations,
    headline_credit,
    interviewed_by,
    lead_chains,
    sentence_chain,
    sentence_speaker,
    translated_document,
)
from storytrace.provenance.names import alias_table, find_aliases, name_key
from storytrace.provenance.sources import (
    IndependentCount,
    LinkLike,
    Mention,
    ProvenanceOptions,
    Root,
    SourceChain,
    count_independent,
)

__all__ = [
    "ARTICLE_CUES",
    "KINDS",
    "Citation",
    "IndependentCount",
    "LinkLike",
    "Mention",
    "ProvenanceOptions",
    "Root",
    "SourceChain",
    "alias_table",
    "back_reference",
    "citation_chains",
    "citation_kind",
    "citations_from_events",
    "count_independent",
    "find_aliases",
    "find_citations",
    "headline_credit",
    "interviewed_by",
    "lead_chains",
    "name_key",
    "sentence_chain",
    "sentence_speaker",
    "translated_document",
]
