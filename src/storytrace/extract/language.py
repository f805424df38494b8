"""Language identification of article text.

Input: text. Output: an ISO 639-1 code (``"en"``, ``"ar"``), or ``None`` when the text is too
short or the classifier is unsure. Uses py3langid's bundled model (no download), loaded once on
first use.

Stable API: :func:`detect_language`, :func:`normalise_language_tag`.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from py3langid.langid import MODEL_FILE, LanguageIdentifier

__all__ = [
    "MAX_CHARS",
    "MIN_CONFIDENCE",
    "MIN_LETTERS",
    "detect_language",
    "normalise_language_tag",
]

#: Only the start of the text is examined: a page's language is settled long before 1,000
#: characters, and classification time (a pure-Python walk over the bytes) grows with length.
MAX_CHARS: Final = 1_000

#: Fewer letters than this is too little text to tell languages apart.
MIN_LETTERS: Final = 20

#: Normalised probability under which the best language is not trusted.
MIN_CONFIDENCE: Final = 0.80

# The model also knows varieties and languages that ISO 639-1 lacks. Varieties count towards
# their macrolanguage (Moroccan and Egyptian Arabic are Arabic); a winner that has no two-letter
# code at all (Nigerian Pidgin, "zxx" for no language) gives ``None``.
_MACROLANGUAGE: Final = {
    "ary": "ar",
    "arz": "ar",
    "wuu": "zh",
    "yue": "zh",
    "uzs": "uz",
    "sdh": "ku",
    "gug": "gn",
    "fuv": "ff",
}

_LANGUAGE_TAG: Final = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")


@functools.cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the language of ``text``.

    Args:
        text: article text; only its first :data:`MAX_CHARS` characters are examined.

    Returns:
        The code, or ``None`` for fewer than :data:`MIN_LETTERS` letters or a confidence below
        :data:`MIN_CONFIDENCE`.
    """
    sample = text[:MAX_CHARS]
    if sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return None
    scores: dict[str, float] = {}
    for language, probability in _identifier().rank(sample):
        code = _MACROLANGUAGE.get(language, language)
        scores[code] = scores.get(code, 0.0) + probability
    best = max(scores, key=scores.__getitem__)
    if scores[best] < MIN_CONFIDENCE or len(best) != 2:
        return None
    return best


def normalise_language_tag(tag: str | None) -> str | None:
    """Return the primary language of a BCP 47 tag (``"en-US"`` gives ``"en"``), lower-cased.

    Args:
        tag: a value of an HTML ``lang`` attribute, ``og:locale`` or a hint.

    Returns:
        The primary subtag, or ``None`` for an empty or malformed tag.
    """
    if not tag:
        return None
    match = _LANGUAGE_TAG.match(tag)
    return match.group(1).lower() if match else None
