"""Where a text is inside quotation marks.

Pairs of marks are matched left to right: curly and straight double quotes, guillemets (both
orders), German low-high quotes and CJK brackets. Straight single quotes and ’ are left out: they
are apostrophes far more often than quotation marks. A quotation left open at the end of a
paragraph ends there: news style opens each paragraph of a long quotation again without closing the
previous one, and a stray mark must not swallow the rest of the article.

Stable API: :func:`quoted_mask`.
"""

from __future__ import annotations

import re
from typing import Final

import numpy as np
import numpy.typing as npt

_CLOSERS: Final = {
    "“": "”“",
    '"': '"',
    "«": "»",
    "»": "«",
    "„": "“”",
    "「": "」",
    "『": "』",
    "‹": "›",
}
_MARKS: Final = re.compile(r"[“”\"«»„「」『』‹›]|\n\s*\n")


def quoted_mask(text: str) -> npt.NDArray[np.bool_]:
    """Mark each character of ``text`` that lies inside quotation marks (the marks included).

    Args:
        text: any string.

    Returns:
        a boolean array of ``len(text)``.
    """
    mask = np.zeros(len(text), dtype=bool)
    opener: str | None = None
    start = 0
    for match in _MARKS.finditer(text):
        mark = match.group()
        if mark[0] in "\n\r\t ":
            if opener is not None:
                mask[start : match.start()] = True
                opener = None
            continue
        if opener is None:
            if mark in _CLOSERS:
                opener, start = mark, match.start()
        elif mark in _CLOSERS[opener]:
            mask[start : match.end()] = True
            opener = None
    if opener is not None:
        mask[start:] = True
    return mask
