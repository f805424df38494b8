"""The public API of storytrace.reuse is its __all__, and every name in it exists."""

from __future__ import annotations

import storytrace.reuse as reuse


def test_exported_members_exist_and_are_documented() -> None:
    for name in reuse.__all__:
        member = getattr(reuse, name)
        assert member.__doc__, f"{name} has no docstring"


def test_all_is_sorted_and_unique() -> None:
    assert list(reuse.__all__) == sorted(set(reuse.__all__))
