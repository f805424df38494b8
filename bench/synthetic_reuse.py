"""A synthetic news corpus with planted text reuse and the truth about it.

Texts are made of pseudo-words (syllable strings) with a Zipf distribution, function words, numbers
and common news phrases, grouped by topic so that articles on one topic share vocabulary. Outlets
append their own furniture lines. What is planted:

- originals, and look-alikes: originals on a topic that already has articles (same vocabulary,
  different sentences);
- reposts of an earlier article (or of a repost) with an edit rate e in [0.05, 0.40]: about a
  third to a half of the edited words go to dropped sentences, the rest to edit sites spread over
  the text (a word or two substituted, one to three deleted, a clause of two to six words
  inserted); some reposts move paragraphs around, some add a paragraph of their own;
- partial copies: an own article that silently takes one to three paragraphs of another;
- partial quotes: an own article that quotes one or two sentences of another in quotation marks,
  attributed ("..., the Daily X reported").

Every sentence knows its origin (article, sentence), so the truth for any pair of articles is the
set of origin sentences they both hold, with character spans in both; ``truth_pairs`` derives it.

Run ``python bench/synthetic_reuse.py --docs 1000 --out corpus.jsonl`` to write a corpus.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

FUNCTION_WORDS = [
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "that",
    "is",
    "for",
    "on",
    "with",
    "as",
    "was",
    "by",
    "at",
    "from",
    "it",
    "be",
    "has",
    "have",
    "are",
    "an",
    "this",
    "which",
    "or",
    "its",
    "after",
    "but",
    "not",
    "were",
    "their",
    "they",
    "had",
    "been",
    "will",
    "who",
    "more",
    "would",
    "about",
    "over",
    "also",
]
PHRASES = [
    "said in a statement",
    "according to the",
    "on Monday",
    "on Tuesday",
    "as well as",
    "for the first time",
    "at the same time",
    "more than",
    "told reporters",
    "in a interview with",
    "it was not immediately clear",
    "did not respond to a request for comment",
]
_WORD = re.compile(r"\w+")
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ven",
    "tor",
    "sul",
    "bri",
    "dan",
    "el",
    "gor",
    "hu",
    "is",
    "jun",
    "kel",
    "mar",
    "nor",
    "os",
    "pel",
    "quin",
    "ros",
    "tam",
    "ul",
    "vek",
    "wil",
    "xan",
    "yor",
    "zel",
    "ber",
    "cin",
    "dov",
    "fal",
    "gen",
    "hal",
    "ith",
    "jor",
]


@dataclass
class Sentence:
    """Words of one sentence and where they come from."""

    words: list[str]
    origin: tuple[int, int]
    quoted: bool = False
    attribution: str = ""


@dataclass
class SynthDoc:
    """One generated article with its truth.

    ``segments`` holds (origin, start, end, quoted): the character span of each sentence's words.
    """

    index: int
    id: str
    outlet: str
    published: str | None
    kind: str
    source: int | None
    edit_rate: float
    reordered: bool
    text: str = ""
    segments: list[tuple[tuple[int, int], int, int, bool]] = field(default_factory=list)


class Generator:
    """Deterministic generator of a corpus with planted reuse."""

    def __init__(self, seed: int, docs: int) -> None:
        self.rng = random.Random(seed)
        self.vocabulary = self._vocabulary(12000)
        self.weights = _zipf_cumulative(len(self.vocabulary))
        topics = max(20, docs // 40)
        self.topics = [self.rng.sample(self.vocabulary[200:], 150) for _ in range(topics)]
        self.topic_weights = _zipf_cumulative(150)
        outlets = max(10, docs // 100)
        self.outlets = [f"Daily {self._word().title()}" for _ in range(outlets)]
        self.furniture = {
            outlet: [self._sentence(self.rng.randrange(topics), (-1, n)) for n in range(2)]
            for outlet in self.outlets
        }
        self.docs: list[SynthDoc] = []
        self.paragraphs: list[list[list[Sentence]]] = []
        self.doc_topic: list[int] = []

    def _word(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4)))

    def _vocabulary(self, size: int) -> list[str]:
        words: set[str] = set()
        while len(words) < size:
            words.add(self._word())
        return sorted(words)

    def _content_word(self, topic: int) -> str:
        roll = self.rng.random()
        if roll < 0.55:
            return self.rng.choices(self.topics[topic], cum_weights=self.topic_weights)[0]
        if roll < 0.93:
            return self.rng.choices(self.vocabulary, cum_weights=self.weights)[0]
        return str(self.rng.randint(2, 9999))

    def _sentence(self, topic: int, origin: tuple[int, int]) -> Sentence:
        words: list[str] = []
        for _ in range(self.rng.randint(8, 28)):
            roll = self.rng.random()
            if roll < 0.01:
                words.extend(self.rng.choice(PHRASES).split())
            elif roll < 0.40:
                words.append(self.rng.choice(FUNCTION_WORDS))
            else:
                words.append(self._content_word(topic))
        return Sentence(words=words, origin=origin)

    def _article(self, index: int, topic: int, paragraphs: int) -> list[list[Sentence]]:
        counter = 0
        result: list[list[Sentence]] = []
        for _ in range(paragraphs):
            paragraph = []
            for _ in range(self.rng.randint(1, 4)):
                paragraph.append(self._sentence(topic, (index, counter)))
                counter += 1
            result.append(paragraph)
        return result

    def build(self, count: int) -> list[SynthDoc]:
        """Generate ``count`` articles."""
        for index in range(count):
            roll = self.rng.random() if index >= 20 else 0.0
            if roll < 0.50:
                self._add_original(index, lookalike=False)
            elif roll < 0.62:
                self._add_original(index, lookalike=True)
            elif roll < 0.84:
                self._add_repost(index)
            elif roll < 0.92:
                self._add_partial(index)
            else:
                self._add_quote(index)
        return self.docs

    def _new_doc(self, index: int, kind: str, source: int | None, day: int | None) -> SynthDoc:
        published = None if day is None else (date(2024, 1, 1) + timedelta(days=day)).isoformat()
        return SynthDoc(
            index=index,
            id=f"doc{index:06d}",
            outlet=self.rng.choice(self.outlets),
            published=published,
            kind=kind,
            source=source,
            edit_rate=0.0,
            reordered=False,
        )

    def _later_day(self, source: int) -> int | None:
        published = self.docs[source].published
        if published is None or self.rng.random() < 0.05:
            return None
        base = (date.fromisoformat(published) - date(2024, 1, 1)).days
        return base + (0 if self.rng.random() < 0.1 else self.rng.randint(1, 3))

    def _finish(self, doc: SynthDoc, topic: int, paragraphs: list[list[Sentence]]) -> None:
        self.paragraphs.append(paragraphs)
        self.doc_topic.append(topic)
        shown = [list(p) for p in paragraphs]
        if self.rng.random() < 0.6:
            shown.append(self.furniture[doc.outlet])
        doc.text, doc.segments = _render(shown)
        self.docs.append(doc)

    def _add_original(self, index: int, *, lookalike: bool) -> None:
        if lookalike and self.docs:
            topic = self.doc_topic[self.rng.randrange(len(self.docs))]
        else:
            topic = self.rng.randrange(len(self.topics))
        doc = self._new_doc(index, "lookalike" if lookalike else "original", None, None)
        doc.published = (date(2024, 1, 1) + timedelta(days=self.rng.randint(0, 90))).isoformat()
        if self.rng.random() < 0.05:
            doc.published = None
        self._finish(doc, topic, self._article(index, topic, self.rng.randint(3, 10)))

    def _source(self) -> int:
        return self.rng.randrange(len(self.docs))

    def _add_repost(self, index: int) -> None:
        source = self._source()
        doc = self._new_doc(index, "repost", source, self._later_day(source))
        doc.edit_rate = self.rng.uniform(0.05, 0.40)
        paragraphs = [[_copy(s) for s in p] for p in self.paragraphs[source]]
        topic = self.doc_topic[source]
        paragraphs = self._edit(paragraphs, doc.edit_rate, topic)
        if len(paragraphs) > 2 and self.rng.random() < 0.3:
            self.rng.shuffle(paragraphs)
            doc.reordered = True
        if self.rng.random() < 0.5:
            own = self._article(index, topic, 1)
            paragraphs = own + paragraphs if self.rng.random() < 0.5 else paragraphs + own
        self._finish(doc, topic, paragraphs)

    def _edit(
        self, paragraphs: list[list[Sentence]], rate: float, topic: int
    ) -> list[list[Sentence]]:
        total = sum(len(s.words) for p in paragraphs for s in p)
        drop_budget = rate * self.rng.uniform(0.3, 0.5) * total
        sentences = [(pi, si) for pi, p in enumerate(paragraphs) for si in range(len(p))]
        self.rng.shuffle(sentences)
        dropped: set[tuple[int, int]] = set()
        for pi, si in sentences:
            size = len(paragraphs[pi][si].words)
            if size <= drop_budget and len(dropped) < len(sentences) // 2:
                dropped.add((pi, si))
                drop_budget -= size
        kept = [
            [s for si, s in enumerate(p) if (pi, si) not in dropped]
            for pi, p in enumerate(paragraphs)
        ]
        kept = [p for p in kept if p]
        edit_budget = rate * total - sum(len(paragraphs[pi][si].words) for pi, si in dropped)
        flat = [s for p in kept for s in p]
        while edit_budget > 0 and flat:
            edit_budget -= self._edit_site(self.rng.choice(flat), topic)
        return kept

    def _edit_site(self, sentence: Sentence, topic: int) -> int:
        words = sentence.words
        at = self.rng.randrange(len(words))
        roll = self.rng.random()
        if roll < 0.5:
            size = self.rng.randint(1, 2)
            for offset in range(size):
                if at + offset < len(words):
                    words[at + offset] = self._content_word(topic)
            return size
        if roll < 0.75 and len(words) > 6:
            size = self.rng.randint(1, 3)
            del words[at : at + size]
            return size
        clause = [self._content_word(topic) for _ in range(self.rng.randint(2, 6))]
        words[at:at] = clause
        return len(clause)

    def _add_partial(self, index: int) -> None:
        source = self._source()
        topic = self.doc_topic[source]
        doc = self._new_doc(index, "partial", source, self._later_day(source))
        own = self._article(index, topic, self.rng.randint(3, 7))
        taken = self.rng.sample(
            self.paragraphs[source], min(len(self.paragraphs[source]), self.rng.randint(1, 3))
        )
        copied = [[_copy(s) for s in p] for p in taken]
        for paragraph in copied:
            own.insert(self.rng.randint(0, len(own)), paragraph)
        self._finish(doc, topic, own)

    def _add_quote(self, index: int) -> None:
        source = self._source()
        topic = self.doc_topic[source]
        doc = self._new_doc(index, "quote", source, self._later_day(source))
        own = self._article(index, topic, self.rng.randint(3, 7))
        sentences = [s for p in self.paragraphs[source] for s in p if len(s.words) >= 14]
        if not sentences:
            sentences = [s for p in self.paragraphs[source] for s in p]
        quoted = [_copy(s) for s in self.rng.sample(sentences, min(len(sentences), 2))]
        for sentence in quoted:
            sentence.quoted = True
            sentence.attribution = f"the {self.docs[source].outlet} reported"
        own.insert(self.rng.randint(0, len(own)), quoted)
        self._finish(doc, topic, own)


def _copy(sentence: Sentence) -> Sentence:
    return Sentence(words=list(sentence.words), origin=sentence.origin, quoted=sentence.quoted)


def _zipf_cumulative(size: int) -> list[float]:
    total = 0.0
    result = []
    for rank in range(1, size + 1):
        total += 1.0 / rank
        result.append(total)
    return result


def _render(
    paragraphs: list[list[Sentence]],
) -> tuple[str, list[tuple[tuple[int, int], int, int, bool]]]:
    parts: list[str] = []
    segments: list[tuple[tuple[int, int], int, int, bool]] = []
    position = 0
    for number, paragraph in enumerate(paragraphs):
        if number:
            parts.append("\n\n")
            position += 2
        for count, sentence in enumerate(paragraph):
            if count:
                parts.append(" ")
                position += 1
            body = " ".join(sentence.words)
            body = body[:1].upper() + body[1:]
            if sentence.quoted:
                text = f"“{body},” {sentence.attribution}."
                start = position + 1
            else:
                text = body + "."
                start = position
            segments.append((sentence.origin, start, start + len(body), sentence.quoted))
            parts.append(text)
            position += len(text)
    return "".join(parts), segments


def generate(docs: int, seed: int = 7) -> list[SynthDoc]:
    """Generate a corpus of ``docs`` articles."""
    return Generator(seed, docs).build(docs)


@dataclass
class PairTruth:
    """What two articles share, and where.

    ``words`` counts the words of the shared sentences that still match in runs of at least five
    (edits made independently on both sides can leave nothing to find); the spans are the whole
    shared sentences, with a quoted flag.
    """

    words: int = 0
    a_spans: list[tuple[int, int, bool]] = field(default_factory=list)
    b_spans: list[tuple[int, int, bool]] = field(default_factory=list)


def truth_pairs(docs: list[SynthDoc]) -> dict[tuple[int, int], PairTruth]:
    """Every pair of articles that share at least one origin sentence (furniture excluded)."""
    holders: dict[tuple[int, int], list[tuple[int, int, int, bool]]] = defaultdict(list)
    for doc in docs:
        for origin, start, end, quoted in doc.segments:
            if origin[0] >= 0:
                holders[origin].append((doc.index, start, end, quoted))
    pairs: dict[tuple[int, int], PairTruth] = defaultdict(PairTruth)
    for places in holders.values():
        if len(places) < 2 or len(places) > 200:
            continue
        for n, (a, a_start, a_end, a_quoted) in enumerate(places):
            for b, b_start, b_end, b_quoted in places[n + 1 :]:
                if a == b:
                    continue
                key, first, second = (a, b), (a_start, a_end), (b_start, b_end)
                if b < a:
                    key, first, second = (b, a), second, first
                truth = pairs[key]
                quoted = a_quoted or b_quoted
                truth.words += _matching_words(
                    docs[a].text[a_start:a_end], docs[b].text[b_start:b_end]
                )
                truth.a_spans.append((*first, quoted))
                truth.b_spans.append((*second, quoted))
    return dict(pairs)


def _matching_words(first: str, second: str, run: int = 5) -> int:
    matcher = difflib.SequenceMatcher(
        None, _WORD.findall(first.casefold()), _WORD.findall(second.casefold()), autojunk=False
    )
    return sum(block.size for block in matcher.get_matching_blocks() if block.size >= run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as handle:
        for doc in generate(args.docs, args.seed):
            record = {
                "id": doc.id,
                "outlet": doc.outlet,
                "published": doc.published,
                "kind": doc.kind,
                "source": doc.source,
                "text": doc.text,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
