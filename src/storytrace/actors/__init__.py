"""Actors: who an article names (people, groups, places), with their many spellings merged.

Inputs: article texts (and their spaCy NER ``Doc``). Outputs: canonical :class:`Actor` records
(id = content hash of the canonical key, name, type, role, aliases with counts, part_of) and the
mentions of each article linked to actor ids (:class:`LinkedMention`).

Steps, each a pure function over plain records:

1. :func:`extract_mentions`: NER plus rules → :class:`Mention` (character offsets).
2. :func:`resolve_article`: one article's mentions → :class:`LocalActor` (acronyms, glosses,
   short forms, roles, part_of).
3. :func:`merge_actors` (or :class:`ActorMerger`): local actors of many articles → an
   :class:`ActorTable`.

:func:`find_actors` runs all three over texts. See docs/actors.md for the method and figures.

Stable API: the names in ``__all__``.
"""

from __future__ import annotations

from collections.abc import Iterable

from storytrace.actors.keys import fold, initials, name_key, name_tokens, strip_title
from storytrace.actors.mentions import Mention, extract_mentions, is_acronym_of
from storytrace.actors.merge import Actor, ActorMerger, ActorTable, LinkedMention, merge_actors
from storytrace.actors.resolve import Form, LocalActor, resolve_article
from storytrace.actors.types import ACTOR_TYPES, classify_actor
from storytrace.nlp import parse_texts

__all__ = [
    "ACTOR_TYPES",
    "Actor",
    "ActorMerger",
    "ActorTable",
    "Form",
    "LinkedMention",
    "LocalActor",
    "Mention",
    "classify_actor",
    "extract_mentions",
    "find_actors",
    "find_local_actors",
    "fold",
    "initials",
    "is_acronym_of",
    "merge_actors",
    "name_key",
    "name_tokens",
    "resolve_article",
    "strip_title",
]


def find_local_actors(
    items: Iterable[tuple[str, str]], *, batch_size: int = 32
) -> Iterable[tuple[LocalActor, ...]]:
    """Run NER, the mention rules and per-article resolution over ``(article_id, text)`` pairs.

    Args:
        items: article ids and texts.
        batch_size: texts per spaCy batch.

    Returns:
        For each item, in order, its local actors.

    Raises:
        storytrace.nlp.ModelMissingError: the spaCy model is not installed.
    """
    pairs = list(items)
    docs = parse_texts((text for _, text in pairs), use="ner", batch_size=batch_size)
    for (article_id, text), doc in zip(pairs, docs, strict=True):
        kept = text[: len(doc.text)]
        yield resolve_article(article_id, kept, extract_mentions(kept, doc))


def find_actors(items: Iterable[tuple[str, str]], *, batch_size: int = 32) -> ActorTable:
    """Find the canonical actors of ``(article_id, text)`` pairs and link their mentions.

    Args:
        items: article ids and texts.
        batch_size: texts per spaCy batch.

    Returns:
        The merged actors and every mention linked to one.

    Raises:
        storytrace.nlp.ModelMissingError: the spaCy model is not installed.
    """
    merger = ActorMerger()
    for local_actors in find_local_actors(items, batch_size=batch_size):
        merger.add(local_actors)
    return merger.result()
