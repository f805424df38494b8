"""The shared spaCy loader: lazy, cached, minimal components, clear error without the model."""

from __future__ import annotations

import importlib

import pytest

from storytrace.errors import StorytraceError
from storytrace.nlp import COMPONENT_SETS, ModelMissingError, load_pipeline, parse_texts
from storytrace.nlp import pipeline as nlp_pipeline


def test_ner_pipeline_runs_no_parser() -> None:
    nlp = load_pipeline("ner")
    assert set(nlp.pipe_names) == {"tok2vec", "ner"}


def test_full_pipeline_keeps_parser_and_ner() -> None:
    nlp = load_pipeline("full")
    assert {"parser", "ner", "tagger"} <= set(nlp.pipe_names)


def test_pipeline_is_loaded_once_per_use() -> None:
    assert load_pipeline("ner") is load_pipeline("ner")
    assert load_pipeline("ner") is not load_pipeline("full")


def test_unknown_use_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown pipeline use"):
        load_pipeline("sentiment")


def test_missing_model_raises_a_storytrace_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = importlib.import_module

    def fake_import(name: str, package: str | None = None) -> object:
        if name == nlp_pipeline.MODEL_PACKAGE:
            raise ModuleNotFoundError(f"No module named {name!r}")
        return real_import(name, package)

    monkeypatch.setattr(nlp_pipeline, "_CACHE", {})
    monkeypatch.setattr(importlib, "import_module", fake_import)
    with pytest.raises(ModelMissingError, match="pip install") as caught:
        load_pipeline("ner")
    assert isinstance(caught.value, StorytraceError)


def test_parse_texts_keeps_order() -> None:
    texts = ["Ministers met in Paris on Monday.", "", "The mayor of Lagos spoke."]
    docs = list(parse_texts(texts, batch_size=2))
    assert [doc.text for doc in docs] == texts


def test_parse_texts_clips_huge_texts() -> None:
    (doc,) = parse_texts(["word " * 1000], max_chars=100)
    assert len(doc.text) == 100


@pytest.mark.parametrize("use", sorted(COMPONENT_SETS))
def test_every_use_loads(use: str) -> None:
    nlp = load_pipeline(use)
    assert set(nlp.pipe_names) <= COMPONENT_SETS[use]
