"""storytrace: trace a news story across the web."""

from __future__ import annotations

import logging

from storytrace.model import Article, DateGuess, Page, Rejected, Source

__version__ = "0.1.0"

# The library logs and never prints; an application decides where the log goes.
logging.getLogger("storytrace").addHandler(logging.NullHandler())

__all__ = ["Article", "DateGuess", "Page", "Rejected", "Source", "__version__"]
