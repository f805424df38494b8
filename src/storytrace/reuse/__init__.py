"""Text reuse: find which articles copy or quote which, and the shared passages.

    text --sketch_text--> DocSketch --ReuseIndex.add--> candidates (earlier articles)
    (text, text) --link_texts / align_texts--> ReuseLink with Passages (offsets in both texts)

Candidates come from MinHash-LSH over 5-word shingles (near-copies, however edited, down to a
Jaccard similarity of about 0.2) and from winnowed fingerprints (any shared run of 16 words, however
small the overlap: a quoted sentence, two copied paragraphs). Alignment anchors on shared shingles,
chains them across small edits, and finds moved paragraphs. See docs/reuse.md for the method,
parameters and measured figures.

Stable API: the names in ``__all__``.
"""

from __future__ import annotations

from storytrace.reuse.align import AlignOptions, Passage, align_texts
from storytrace.reuse.index import (
    Candidate,
    CandidateArrays,
    IndexBase,
    IndexChanges,
    IndexOptions,
    IndexState,
    ReuseIndex,
)
from storytrace.reuse.link import (
    LinkOptions,
    ReuseLink,
    link_articles,
    link_texts,
    publication_order,
)
from storytrace.reuse.minhash import (
    DocSketch,
    SketchOptions,
    candidate_probability,
    estimate_jaccard,
    sketch_text,
    sketch_texts,
)
from storytrace.reuse.quotes import quoted_mask
from storytrace.reuse.shingles import Tokens, shingle_hashes, tokenize, winnow

__all__ = [
    "AlignOptions",
    "Candidate",
    "CandidateArrays",
    "DocSketch",
    "IndexBase",
    "IndexChanges",
    "IndexOptions",
    "IndexState",
    "LinkOptions",
    "Passage",
    "ReuseIndex",
    "ReuseLink",
    "SketchOptions",
    "Tokens",
    "align_texts",
    "candidate_probability",
    "estimate_jaccard",
    "link_articles",
    "link_texts",
    "publication_order",
    "quoted_mask",
    "shingle_hashes",
    "sketch_text",
    "sketch_texts",
    "tokenize",
    "winnow",
]
