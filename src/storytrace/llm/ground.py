"""Grounding: find the character offsets of a span the model quoted, or learn it is not there.

A model copies text imperfectly: curly quotes become straight ones, dashes change, runs of white
space collapse. :class:`TextFinder` searches a normalised copy of the article text (quotes,
apostrophes, dashes and white space unified) that keeps, for each of its characters, the offset of
the original character, so a match maps back to exact offsets into the article text. A span that
cannot be found even so is not in the article: the caller drops it.

Stable API: :class:`TextFinder`.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

__all__ = ["TextFinder"]

_SAME: Final = {
    **dict.fromkeys("‘’‚‛′`´ʼ", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
}
_SENTENCE_END: Final = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*(?=\s)|\n\s*\n")
_STRIP: Final = " \t\r\n\"'“”‘’«»"


class TextFinder:
    """Searches one text for quoted spans, forgiving quote, dash, white space and case changes.

    Args:
        text: the text to search (the part of the article the model was sent).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        origin: list[int] = []
        for offset, char in enumerate(text):
            if char.isspace():
                if chars and chars[-1] == " ":
                    continue
                char = " "
            else:
                char = _SAME.get(char, char)
            chars.append(char)
            origin.append(offset)
        self._normal = "".join(chars)
        # Lower case only where it keeps one character per character, so offsets still map.
        self._folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in chars)
        self._origin = origin
        self._sentences = _sentence_starts(text)

    def find_all(
        self, needle: str, *, start: int = 0, end: int | None = None, words: bool = True
    ) -> list[tuple[int, int]]:
        """Every place ``needle`` occurs in ``text[start:end]``, as ``(start, end)`` offsets.

        Matches keep the case of ``needle`` when any does; else case is ignored.

        Args:
            needle: the span as the model quoted it.
            start, end: where to look (offsets into the text).
            words: only matches that neither start nor end inside a word.
        """
        wanted = _normal(needle)
        if not wanted:
            return []
        end = len(self.text) if end is None else end
        low = bisect.bisect_left(self._origin, start)
        high = bisect.bisect_left(self._origin, end)
        for haystack, key in ((self._normal, wanted), (self._folded, _folded(wanted))):
            found = []
            position = haystack.find(key, low, high)
            while position >= 0:
                span = self._span(position, position + len(key))
                if not words or self._whole_words(*span):
                    found.append(span)
                position = haystack.find(key, position + 1, high)
            if found:
                return found
        return []

    def find(
        self, needle: str, *, start: int = 0, end: int | None = None, words: bool = True
    ) -> tuple[int, int] | None:
        """The first place ``needle`` occurs in ``text[start:end]`` (see :meth:`find_all`)."""
        found = self.find_all(needle, start=start, end=end, words=words)
        return found[0] if found else None

    def find_before(self, needle: str, position: int) -> tuple[int, int] | None:
        """The last place ``needle`` occurs ending at or before ``position``."""
        found = [span for span in self.find_all(needle, end=position) if span[1] <= position]
        return found[-1] if found else None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence, or run of sentences, holding ``text[start:end]``, white space trimmed."""
        starts = self._sentences
        first = starts[bisect.bisect_right(starts, start) - 1]
        following = bisect.bisect_left(starts, end)
        last = starts[following] if following < len(starts) else len(self.text)
        while first < last and self.text[first].isspace():
            first += 1
        while last > first and self.text[last - 1].isspace():
            last -= 1
        return first, max(last, end)

    def _span(self, low: int, high: int) -> tuple[int, int]:
        return self._origin[low], self._origin[high - 1] + 1

    def _whole_words(self, start: int, end: int) -> bool:
        before = self.text[start - 1] if start > 0 else " "
        after = self.text[end] if end < len(self.text) else " "
        inner_first, inner_last = self.text[start], self.text[end - 1]
        return not (
            (before.isalnum() and inner_first.isalnum())
            or (after.isalnum() and inner_last.isalnum())
        )


def _normal(text: str) -> str:
    """A quoted span as :class:`TextFinder` compares it: unified quotes, dashes and spaces."""
    text = text.strip(_STRIP)
    text = "".join(_SAME.get(char, char) for char in text)
    return " ".join(text.split())


def _folded(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start: 0, and after each sentence end or blank line."""
    return [0, *(match.end() for match in _SENTENCE_END.finditer(text) if match.end() > 0)]
