"""Exceptions raised by storytrace.

A bad input document is not an exception: it becomes a :class:`storytrace.model.Rejected`.
Exceptions are for misuse and for an environment that cannot work (a store that cannot be
opened, an option out of range).

    StorytraceError
    ├── StoreError             the SQLite store cannot be opened, migrated or written
    │   └── SchemaVersionError the store was written by a newer storytrace
    ├── InputError             an input the user named cannot be used at all
    ├── FetchError             a URL cannot be fetched (inside the fetcher; becomes a Rejected)
    └── ConfigError            an option or setting is invalid
"""

from __future__ import annotations


class StorytraceError(Exception):
    """Base class of every exception storytrace raises on purpose."""


class StoreError(StorytraceError):
    """The store cannot be opened, migrated or written."""


class SchemaVersionError(StoreError):
    """The store's schema is newer than this storytrace understands."""


class InputError(StorytraceError):
    """An input named by the user cannot be used at all."""


class FetchError(StorytraceError):
    """A URL could not be fetched; carries the rejection reason."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


class ConfigError(StorytraceError):
    """An option or setting is invalid."""
