"""Find the main statement of a story: the sentence each article states its central claim in.

Inputs: the texts of a story's articles (by id). Output: for each article that states it, the
span of its sentence (:class:`Statement`).

News is written lede first: the first sentences say what happened and on whose word. Articles
of one story say it in their own words, so the statement is found as the group of early
sentences, one per article, that say the same thing: each of the first
:data:`LEDE_SENTENCES` sentences of every article is compared with those of the others (cosine of
IDF-weighted content stems, the IDF taken over the story's early sentences), the sentence that
agrees with sentences of the most articles is the seed (ties: the closest to every other
article's nearest sentence, discounted by :data:`POSITION_DISCOUNT` per sentence after the lede),
and each agreeing article contributes its sentence closest to the seed. An article that agrees
only with another article's chosen sentence (a paraphrase of a paraphrase) joins in a second
round. Articles that lead with something else (a denial, an explainer's background) are not
part of the statement.

Pure functions; nothing is stored or printed here.

Stable API: :class:`Statement`, :func:`main_statement`, :data:`LEDE_SENTENCES`,
:data:`AGREEMENT`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from storytrace.claims.grouping import content_words

#: How many of each article's first sentences may state its central claim.
LEDE_SENTENCES: Final = 4
#: Two sentences agree when the cosine of their weighted content stems reaches this.
AGREEMENT: Final = 0.2
#: An article with no sentence reaching :data:`AGREEMENT` joins with its lede when the lede
#: reaches this (the story's articles tell one story: an own report words it freshly).
WEAK_AGREEMENT: Final = 0.1
#: How much less a candidate seed counts for each sentence it lies after the lede.
POSITION_DISCOUNT: Final = 0.15
#: Sentences with fewer words are headings, datelines or captions, not statements.
MIN_WORDS: Final = 6
#: Only this much of each text is read.
MAX_CHARS: Final = 20_000

_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“‘(])|\n\s*\n")
_WORD = re.compile(r"\w+")
#: A sentence that denies, dismisses or rejects states a response, not the claim it answers.
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ial|ials)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:e|ed|es)|"
    r"fabricat\w*|fake|hoax|forger(?:y|ies)|forged|false(?:ly)?|untrue|nothing\s+to\s+do\s+with|"
    r"no\s+(?:part|role|involvement|link)\s+in|not\s+involved)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """An article's sentence stating the story's central claim.

    Attributes:
        article_id: the article.
        start, end: the sentence's offsets in the article text.
        sentence: the sentence.
        position: its place among the article's sentences (0: the lede).
        agreement: its cosine with the seed sentence (1.0 for the seed).
        support: the spans of the article's other early sentences that say the same as this
            one (an own-voice lede, then "the fire chief said in a statement that ..."), in
            text order.
    """

    article_id: str
    start: int
    end: int
    sentence: str
    position: int
    agreement: float
    support: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class _Sentence:
    article_id: str
    start: int
    end: int
    position: int
    words: frozenset[str]
    denial: bool


def lede_sentences(text: str, count: int = LEDE_SENTENCES) -> list[tuple[int, int]]:
    """The spans of the first ``count`` sentences with at least :data:`MIN_WORDS` words."""
    spans: list[tuple[int, int]] = []
    start = 0
    text = text[:MAX_CHARS]
    ends = [match.end() for match in _SENTENCE_END.finditer(text)] + [len(text)]
    for end in ends:
        piece = text[start:end]
        low = start + len(piece) - len(piece.lstrip())
        high = start + len(piece.rstrip())
        if len(_WORD.findall(piece)) >= MIN_WORDS:
            spans.append((low, high))
            if len(spans) >= count:
                break
        start = end
    return spans


def main_statement(
    texts: Mapping[str, str],
    *,
    agreement: float = AGREEMENT,
    weak_agreement: float = WEAK_AGREEMENT,
) -> tuple[Statement, ...]:
    """The sentence of each article that states the story's central claim.

    Args:
        texts: article id to article text, for the articles of one story.
        agreement: the cosine two sentences need to say the same thing.
        weak_agreement: the cosine an article's closest sentence needs when none of its
            sentences reaches ``agreement``.

    Returns:
        one statement per article that states the central claim, in article id order; empty
        when no two articles agree (a story of one article gives its lede).
    """
    sentences = [
        _Sentence(
            article_id,
            low,
            high,
            position,
            content_words(text[low:high]),
            bool(_DENIAL.search(text[low:high])),
        )
        for article_id, text in sorted(texts.items())
        for position, (low, high) in enumerate(lede_sentences(text))
    ]
    if not sentences:
        return ()
    weights = _weights(sentences)
    norms = [math.sqrt(sum(weights[w] ** 2 for w in s.words)) or 1.0 for s in sentences]

    def cosine(i: int, j: int) -> float:
        shared = sentences[i].words & sentences[j].words
        return sum(weights[w] ** 2 for w in shared) / (norms[i] * norms[j])

    agreeing = {
        i: {
            j
            for j in range(len(sentences))
            if _other(sentences, i, j) and cosine(i, j) >= agreement
        }
        for i in range(len(sentences))
    }

    def best_per_article(i: int) -> float:
        """The sum, over the other articles, of their closest sentence's cosine with i."""
        best: dict[str, float] = {}
        for j in range(len(sentences)):
            if _other(sentences, i, j):
                key = sentences[j].article_id
                best[key] = max(best.get(key, 0.0), cosine(i, j))
        return sum(best.values())

    # The seed agrees with the most articles; among those, the one closest to each other
    # article's nearest sentence, early sentences preferred (a detail further down can match
    # as many articles as the lede but says less of what happened).
    seed = max(
        range(len(sentences)),
        key=lambda i: (
            len({sentences[j].article_id for j in agreeing[i]}),
            best_per_article(i) * (1 - POSITION_DISCOUNT * sentences[i].position),
            -i,
        ),
    )
    chosen = {sentences[seed].article_id: (seed, 1.0)}
    for j in sorted(agreeing[seed]):
        _keep_best(chosen, sentences, j, cosine(seed, j))
    for _ in range(2):  # paraphrases of paraphrases
        picked = [index for index, _ in chosen.values()]
        for i in range(len(sentences)):
            if sentences[i].article_id in chosen:
                continue
            best = max((cosine(i, k) for k in picked if _other(sentences, i, k)), default=0.0)
            if best >= agreement:
                _keep_best(chosen, sentences, i, best)
    picked = [index for index, _ in chosen.values()]
    for i in range(len(sentences)):
        if sentences[i].position or sentences[i].article_id in chosen:
            continue  # the weak round reads ledes only: an own report leads with the news
        best = max((cosine(i, k) for k in picked if _other(sentences, i, k)), default=0.0)
        if best >= weak_agreement:
            _keep_best(chosen, sentences, i, best)
    return tuple(
        Statement(
            article_id=sentences[index].article_id,
            start=sentences[index].start,
            end=sentences[index].end,
            sentence=texts[sentences[index].article_id][
                sentences[index].start : sentences[index].end
            ],
            position=sentences[index].position,
            agreement=round(score, 4),
            support=tuple(
                (sentences[other].start, sentences[other].end)
                for other in range(len(sentences))
                if other != index
                and sentences[other].article_id == sentences[index].article_id
                and not sentences[other].denial
                and max(cosine(other, index), cosine(other, seed)) >= agreement
            ),
        )
        for _, (index, score) in sorted(chosen.items())
    )


def _other(sentences: Sequence[_Sentence], i: int, j: int) -> bool:
    """Another article's sentence that can say what sentence i says (a denial answers a claim
    and does not restate it)."""
    return (
        sentences[i].article_id != sentences[j].article_id
        and sentences[i].denial == sentences[j].denial
    )


def _keep_best(
    chosen: dict[str, tuple[int, float]], sentences: Sequence[_Sentence], index: int, score: float
) -> None:
    article_id = sentences[index].article_id
    known = chosen.get(article_id)
    if known is None or (score, -sentences[index].position) > (
        known[1],
        -sentences[known[0]].position,
    ):
        chosen[article_id] = (index, score)


def _weights(sentences: Sequence[_Sentence]) -> dict[str, float]:
    """Inverse sentence frequency of each stem within the story's early sentences.

    Words every early sentence uses (the story's main names) say less about what a sentence
    states than the words that set it apart ("denied", "ports"). Sentences with the same words
    count once: three copies of one wire report do not make its words common.
    """
    frequency: dict[str, int] = {}
    distinct = {sentence.words for sentence in sentences}
    for words in distinct:
        for word in words:
            frequency[word] = frequency.get(word, 0) + 1
    total = len(distinct)
    return {word: math.log((1 + total) / (1 + count)) + 1.0 for word, count in frequency.items()}
