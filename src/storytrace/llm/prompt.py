"""The versioned prompt and answer schema of the LLM extractor, and how an answer is read.

Inputs: an article's text (cut at the caller's character cap). Outputs: the chat messages to send,
the JSON Schema the answer must follow, the cache key of a request, and the answer parsed and
validated (:func:`parse_answer`), or an :class:`~storytrace.llm.client.LLMFailure`.

Bump :data:`PROMPT_VERSION` whenever the instructions change and :data:`ANSWER_SCHEMA_VERSION`
whenever the schema changes: both are part of the cache key, so cached answers of an older prompt
or schema are never reused.

Stable API: :data:`PROMPT_VERSION`, :data:`ANSWER_SCHEMA_VERSION`, :data:`ANSWER_SCHEMA`,
:func:`build_messages`, :func:`cache_key`, :func:`parse_answer`, :func:`request_analysis`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from storytrace.actors.types import ACTOR_TYPES
from storytrace.events.lexicon import AID_MODES, ASSAULT_MODES, PLOVER_TYPES
from storytrace.llm.client import ChatClient, LLMFailure
from storytrace.model import content_hash

__all__ = [
    "ANSWER_SCHEMA",
    "ANSWER_SCHEMA_NAME",
    "ANSWER_SCHEMA_VERSION",
    "MODES",
    "PROMPT_VERSION",
    "build_messages",
    "cache_key",
    "parse_answer",
    "request_analysis",
]

PROMPT_VERSION: Final = "1"
ANSWER_SCHEMA_VERSION: Final = "1"
ANSWER_SCHEMA_NAME: Final = "storytrace_analysis"

#: The modes each PLOVER type may have (the others have none).
MODES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {"AID": tuple(AID_MODES), "ASSAULT": tuple(ASSAULT_MODES)}
)

_QUOTE: Final = "copied exactly from the article"
_NULLABLE_STRING: Final = {"type": ["string", "null"]}


def _actor_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["name", "type", "aliases", "role", "part_of"],
        "properties": {
            "name": {"type": "string", "description": f"fullest name, {_QUOTE}"},
            "type": {"type": "string", "enum": list(ACTOR_TYPES)},
            "aliases": {
                "type": "array",
                "items": {"type": "string"},
                "description": f"other names, short forms and acronyms used, {_QUOTE}",
            },
            "role": {**_NULLABLE_STRING, "description": f"what the article says it is, {_QUOTE}"},
            "part_of": {**_NULLABLE_STRING, "description": "name of the actor it is part of"},
        },
    }


def _event_schema() -> dict[str, Any]:
    speaker = {
        "type": "object",
        "additionalProperties": False,
        "required": ["speaker", "kind", "cue"],
        "properties": {
            "speaker": {"type": "string", "description": f"who, {_QUOTE}"},
            "kind": {
                "type": "string",
                "enum": ["person", "organization", "document", "outlet"],
            },
            "cue": {"type": "string", "description": f"'said', 'according to', ':', {_QUOTE}"},
        },
    }
    modes = sorted({mode for values in MODES.values() for mode in values})
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "type", "mode", "trigger", "source", "target", "negated", "hedged", "hedge",
            "question", "attribution", "evidence",
        ],
        "properties": {
            "type": {"type": "string", "enum": list(PLOVER_TYPES)},
            "mode": {"type": "string", "enum": ["", *modes]},
            "trigger": {"type": "string", "description": f"verb or noun, {_QUOTE}"},
            "source": {**_NULLABLE_STRING, "description": f"who acts, {_QUOTE}"},
            "target": {**_NULLABLE_STRING, "description": f"who is acted on, {_QUOTE}"},
            "negated": {"type": "boolean"},
            "hedged": {"type": "boolean"},
            "hedge": {"type": "string", "description": f"the hedge or negation words, {_QUOTE}"},
            "question": {"type": "boolean"},
            "attribution": {
                "type": "array",
                "items": speaker,
                "description": "who asserts the event, outermost first; [] in the outlet's voice",
            },
            "evidence": {"type": "string", "description": f"sentence, {_QUOTE}"},
        },
    }  # fmt: skip


#: The JSON Schema of the model's answer (OpenAI "strict" compatible: every property required,
#: no additional properties).
_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["actors", "events"],
    "properties": {
        "actors": {"type": "array", "items": _actor_schema()},
        "events": {"type": "array", "items": _event_schema()},
    },
}
ANSWER_SCHEMA: Final[Mapping[str, Any]] = MappingProxyType(_SCHEMA)

#: What each PLOVER type covers, for the model (the offline lexicon's groups, in short).
_GLOSSES: Final = {
    "AGREE": "agree, sign, ratify, promise, pledge, accept, apologise",
    "CONSULT": "meet, visit, host, talk, negotiate, phone, mediate",
    "SUPPORT": "praise, back, endorse, defend, thank, recognise",
    "CONCEDE": "release, free, ease or lift restrictions, hand over, surrender, pardon, resign",
    "COOPERATE": "cooperate, work with, ally, coordinate, share intelligence, extradite",
    "AID": "give or deliver aid, supply, fund, train, arm, treat, shelter, rescue, evacuate",
    "RETREAT": "withdraw, pull out, disband, disarm, de-escalate",
    "REQUEST": "call for, urge, demand, ask, appeal, order",
    "ACCUSE": "accuse, blame, condemn, criticise, denounce, charge, sue, investigate",
    "REJECT": "reject, refuse, veto, rebuff, rule out, defy, oppose",
    "THREATEN": "threaten, warn of consequences, issue an ultimatum",
    "PROTEST": "demonstrate, march, rally, strike, riot, boycott, block roads",
    "SANCTION": "impose sanctions, embargo, expel diplomats, cut or suspend ties or aid",
    "MOBILIZE": "deploy or mass troops, call up reservists, raise alert",
    "COERCE": "arrest, detain, raid, seize, deport, ban, censor, impose curfew, sentence",
    "ASSAULT": "attack, kill, bomb, shell, shoot, kidnap, torture, capture territory, clash",
}
_TYPE_GLOSSES: Final = "\n".join(f"  {kind}: {_GLOSSES[kind]}" for kind in PLOVER_TYPES)

_INSTRUCTIONS: Final = f"""You read one news article and list its actors and its events.
Answer with one JSON object and nothing else, following this JSON Schema:
{json.dumps(_SCHEMA, separators=(",", ":"))}

Rules:
- Every string marked "{_QUOTE}" must appear in the article character for character. Never
  translate, correct, shorten or complete it. What is not in the article is not evidence.
- actors: every person, organisation, armed group, government body, outlet, nationality or
  religious group, and place the article names. "name" is the fullest form the article uses;
  "aliases" are its other forms in this article (surnames, kunyas, acronyms). "type" is one of
  {", ".join(ACTOR_TYPES)}. "part_of" names another listed actor that this one is a wing,
  branch or office of, else null. "role" is what the article says a person is ("the group's
  leader"), else null.
- events: who did what to whom, typed with PLOVER:
{_TYPE_GLOSSES}
  "trigger" is the
  verb or noun that tells the event; "source" and "target" are the noun phrases as written in
  the evidence sentence (null when the sentence does not say). "mode" is one of
  {", ".join(MODES["AID"])} for AID, {", ".join(MODES["ASSAULT"])} for ASSAULT, else "".
  "negated": the text says it did not happen; "hedged": the text is unsure ("reportedly",
  "may"); "hedge": those words; "question": the event is asked about.
- attribution: who asserts the event, outermost first ("the agency quoted the minister as
  saying" gives the agency, then the minister). A pronoun speaker is written as the name it
  stands for. An event stated in the outlet's own voice has [].
- evidence: the whole sentence that states the event.
"""


def build_messages(text: str) -> list[dict[str, str]]:
    """The chat messages that ask for the analysis of ``text``.

    Args:
        text: the article text, already cut at the character cap.

    Returns:
        A system message (the instructions and schema) and a user message (the article).
    """
    return [
        {"role": "system", "content": _INSTRUCTIONS},
        {"role": "user", "content": f"Article:\n<<<\n{text}\n>>>"},
    ]


def cache_key(model: str, text: str) -> str:
    """The cache key of a request: blake2b of the prompt and schema versions, model and text.

    Args:
        model: the model name.
        text: the text sent (after the character cap).
    """
    return content_hash(PROMPT_VERSION, ANSWER_SCHEMA_VERSION, model, text, length=32)


def request_analysis(client: ChatClient, text: str) -> dict[str, Any] | LLMFailure:
    """Ask the model for the analysis of ``text`` and read its answer.

    Args:
        client: the chat client.
        text: the article text, already cut at the character cap.

    Returns:
        The answer, valid against :data:`ANSWER_SCHEMA`, or why there is none.
    """
    content = client.complete(build_messages(text), _SCHEMA, name=ANSWER_SCHEMA_NAME)
    if isinstance(content, LLMFailure):
        return content
    return parse_answer(content)


_FENCE: Final = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL | re.IGNORECASE)


def parse_answer(content: str) -> dict[str, Any] | LLMFailure:
    """Read the model's answer: JSON (bare, fenced, or inside prose), valid against the schema.

    Args:
        content: the text of the model's answer.

    Returns:
        The answer as a dict, or an ``LLMFailure`` with reason ``bad_json`` or
        ``schema_mismatch``.
    """
    data = _json_in(content)
    if data is None:
        sample = " ".join(content[:120].split())
        return LLMFailure(reason="bad_json", detail=f"the answer holds no JSON object: {sample!r}")
    problem = _schema_problem(data)
    if problem is not None or not isinstance(data, dict):
        return LLMFailure(reason="schema_mismatch", detail=problem or "not a JSON object")
    return data


def _json_in(content: str) -> Any:
    """The JSON value in ``content``: the whole text, a fenced block, or the outermost braces."""
    candidates = [content.strip()]
    candidates += [match.group(1).strip() for match in _FENCE.finditer(content)]
    first, last = content.find("{"), content.rfind("}")
    if 0 <= first < last:
        candidates.append(content[first : last + 1])
    for candidate in candidates:
        try:
            return json.loads(candidate)
        except (json.JSONDecodeError, RecursionError):
            continue
    return None


@functools.cache
def _validator() -> Any:
    """The answer schema's validator, made once (jsonschema is imported only when needed)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_SCHEMA)


def _schema_problem(data: Any) -> str | None:
    """The first way ``data`` breaks :data:`ANSWER_SCHEMA`, or None when it follows it."""
    validator = _validator()
    errors = sorted(validator.iter_errors(data), key=lambda error: list(error.absolute_path))
    if not errors:
        return None
    error = errors[0]
    where = "/".join(str(part) for part in error.absolute_path) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"at {where}: {error.message[:200]}{more}"
