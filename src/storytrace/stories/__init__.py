"""Story clustering: group articles that tell the same story, incrementally as they arrive.

See docs/stories.md for the method, the features and the measured figures.

Stable API: the names in ``__all__``.
"""

from __future__ import annotations

from storytrace.stories.cluster import (
    FEATURE_NAMES,
    Candidate,
    ClusterState,
    StoryClusterer,
    StoryOptions,
    cluster_stories,
)
from storytrace.stories.features import (
    DocFeatures,
    StoryDoc,
    doc_from_article,
    extract_features,
    normalise_terms,
)
from storytrace.stories.state import StateChanges, StoredStory, StoryStateStore

__all__ = [
    "FEATURE_NAMES",
    "Candidate",
    "ClusterState",
    "DocFeatures",
    "StateChanges",
    "StoredStory",
    "StoryClusterer",
    "StoryDoc",
    "StoryOptions",
    "StoryStateStore",
    "cluster_stories",
    "doc_from_article",
    "extract_features",
    "normalise_terms",
]
