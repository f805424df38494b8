"""Every package's public API (its ``__all__``) names things that exist, and nothing private."""

from __future__ import annotations

import importlib

import pytest

PACKAGES = [
    "storytrace",
    "storytrace.actors",
    "storytrace.claims",
    "storytrace.events",
    "storytrace.export",
    "storytrace.extract",
    "storytrace.ingest",
    "storytrace.linking",
    "storytrace.llm",
    "storytrace.analysis",
    "storytrace.pipeline",
    "storytrace.provenance",
    "storytrace.reuse",
    "storytrace.schema",
    "storytrace.store",
    "storytrace.stories",
]


@pytest.mark.parametrize("name", PACKAGES)
def test_all_names_exist_and_are_public(name: str) -> None:
    module = importlib.import_module(name)
    exported = module.__all__
    assert exported, f"{name} exports nothing"
    assert len(set(exported)) == len(exported), f"{name} exports a name twice"
    for member in exported:
        assert hasattr(module, member), f"{name}.__all__ names {member!r}, which does not exist"
        assert not member.startswith("_") or member == "__version__"
