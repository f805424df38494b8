"""storytrace: trace a news story across the web."""

from __future__ import annotations

from storytrace.model import Article, DateGuess, Page, Rejected, Source

__version__ = "0.1.0"

__all__ = ["Article", "DateGuess", "Page", "Rejected", "Source", "__version__"]
