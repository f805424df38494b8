"""The optional LLM extractor: actors and events from an OpenAI-compatible endpoint (issue 3).

Off by default; the offline extractor (:func:`storytrace.linking.analyse_article`) is the one that
must be good. This package asks a model the user configured for an article's actors and events,
validates the answer against a versioned JSON Schema, grounds every quoted span in the article text
and converts the answer to exactly the JSON the offline extractor stores, so every later stage
works unchanged.

Inputs: an article and :class:`LLMOptions`. Outputs: the answer (a dict) or an
:class:`LLMFailure`, then a :class:`Conversion` (local actors JSON, events JSON, notes). Nothing is
stored or printed here: :mod:`storytrace.analysis` keeps the cache and the records. See docs/llm.md.

Stable API: the names in ``__all__``.
"""

from __future__ import annotations

from storytrace.llm.client import API_KEY_ENV, FAILURE_REASONS, ChatClient, LLMFailure, LLMOptions
from storytrace.llm.convert import Conversion, convert_answer
from storytrace.llm.ground import TextFinder
from storytrace.llm.prompt import (
    ANSWER_SCHEMA,
    ANSWER_SCHEMA_VERSION,
    PROMPT_VERSION,
    build_messages,
    cache_key,
    parse_answer,
    request_analysis,
)

__all__ = [
    "ANSWER_SCHEMA",
    "ANSWER_SCHEMA_VERSION",
    "API_KEY_ENV",
    "FAILURE_REASONS",
    "PROMPT_VERSION",
    "ChatClient",
    "Conversion",
    "LLMFailure",
    "LLMOptions",
    "TextFinder",
    "build_messages",
    "cache_key",
    "convert_answer",
    "extractor_name",
    "parse_answer",
    "request_analysis",
]


def extractor_name(options: LLMOptions) -> str:
    """The name stored for an analysis this model made with this prompt and schema.

    Args:
        options: the LLM settings (only the model counts).

    Returns:
        e.g. ``"llm:qwen2.5-7b-instruct:prompt-1:schema-1"``.
    """
    return f"llm:{options.model}:prompt-{PROMPT_VERSION}:schema-{ANSWER_SCHEMA_VERSION}"
