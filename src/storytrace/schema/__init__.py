"""The versioned JSON Schema of everything storytrace prints as JSON, and the envelope around it.

Every JSON document is ``{"schema_version": 1, "kind": ..., "item": {...}}`` for one record or
``{"schema_version": 1, "kind": ..., "items": [...]}`` for a list; ``storytrace.schema.json``
beside this file documents each kind. Tests validate real output against it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from storytrace.model import SCHEMA_VERSION

__all__ = ["envelope", "load_schema"]


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) as a dict."""
    text = resources.files(__package__).joinpath("storytrace.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def envelope(
    kind: str,
    *,
    item: Mapping[str, Any] | None = None,
    items: Iterable[Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """Wrap one record (``item``) or a list (``items``) in the versioned envelope."""
    document: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "kind": kind}
    if item is not None:
        document["item"] = dict(item)
    if items is not None:
        document["items"] = [dict(each) for each in items]
    return document
