"""Selective parsing: entities and sentence ends everywhere, the dependency parse only where an
event can be (issue 3, analysis speed).

Input: an article text. Output: one spaCy ``Doc`` of the whole text. Every token has its named
entity (the ``ner`` component) and every sentence its boundaries (the ``senter`` component); the
sentences that may hold an event also have tags, lemmas and a dependency parse (``tok2vec``,
``tagger``, ``parser``, ``attribute_ruler``, ``lemmatizer``), and inside them the parser's own
sentence boundaries. Character offsets are those of the text: ``doc.text == text``.

Which sentences are parsed: a sentence holding a word that may be an event trigger of the lexicon
under any lemma the model's lemmatizer could give it (its suffix rules, its exception tables and
the lemmas its attribute ruler sets, for every part of speech); a sentence holding the opening
quote of a quotation that reaches such a sentence (the quotation's speaker is found there), and
the sentence before that one when it ends with a colon ("He said:" before the quote); and a
neighbour of a trigger sentence that holds a possible speech verb or "according", or where the
later of the two starts with punctuation or a lower-case word (the senter and the parser often
disagree there, and the parser may join the two). Every other sentence cannot give an event: the
coder starts only from triggers, and an event's attribution reads its own sentence and the
quotation it sits in. Actor mentions read the entities only.

The NER has its own embedding in the small English model; its entities are those of a full
``ner+parse`` run over the same pieces except where the parser's sentence ends would have cut an
entity (the senter's hold it instead). The parse of a run of selected sentences is made without
the unselected sentences around it; near those edges the parser can decide differently from a
parse of the whole piece (docs/events.md gives the measured differences).

Stable API: :func:`parse_selected`, :func:`parse_selected_many`, :func:`find_entities`,
:func:`may_trigger`, :func:`select_windows`, :func:`warm_up`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from storytrace.events.attribution import QUOTE_PATTERN
from storytrace.events.lexicon import NOUNS, SPEECH_VERBS, VERBS
from storytrace.nlp.memo import RuleMemo, read_array, write_array

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

#: The loaded pipeline (see :data:`storytrace.nlp.COMPONENT_SETS`) whose components run here,
#: called one by one: one model and one vocabulary for the entities and the parse.
USE: Final = "ner+parse"
#: The components run over every sentence (``senter`` ships disabled: it is called directly).
FIND_COMPONENTS: Final = ("senter", "ner")
#: The components run over the selected sentences; the model's ``attribute_ruler`` and
#: ``lemmatizer`` follow, memoised (:class:`storytrace.nlp.memo.RuleMemo`).
PARSE_COMPONENTS: Final = ("tok2vec", "tagger", "parser")

_DOUBLED: Final = re.compile(r"([b-df-hj-np-tv-z])\1$")


def parse_selected(text: str, pieces: Sequence[str] | None = None) -> Doc:
    """Parse ``text`` with NER everywhere and the dependency parse only where events can be.

    Args:
        text: the article text (already cut to the analysed length).
        pieces: the text cut into pieces whose concatenation is ``text`` (as
            :func:`storytrace.events.coder.split_chunks` cuts it, so that hostile text stays
            linear); a parsed run of sentences never crosses a piece. ``None``: one piece.

    Returns:
        One ``Doc`` with ``doc.text == text``; ``doc.has_annotation("DEP")`` is false when no
        sentence may hold an event.

    Raises:
        storytrace.nlp.ModelMissingError: the spaCy model is not installed.
    """
    return parse_selected_many([pieces if pieces is not None else [text]])[0]


def parse_selected_many(texts: Sequence[Sequence[str]]) -> list[Doc]:
    """:func:`parse_selected` for several texts at once, each given as its pieces.

    The model runs over all of them in one batch per component, which costs less per text than
    one text at a time; each text's ``Doc`` is the same either way.

    Args:
        texts: for each text, its pieces (their concatenation is the text).

    Returns:
        One ``Doc`` per text, in order.

    Raises:
        storytrace.nlp.ModelMissingError: the spaCy model is not installed.
    """
    found = _find_many(texts)
    windows = [
        select_windows(doc, "".join(pieces), boundaries=starts)
        for (doc, starts), pieces in zip(found, texts, strict=True)
    ]
    docs = [doc for doc, _ in found]
    _add_parse(docs, windows)
    return docs


def find_entities(text: str, pieces: Sequence[str] | None = None) -> Doc:
    """Run only the NER and the sentence boundaries over ``text`` (what actor mentions read).

    The entities are those :func:`parse_selected` gives for the same ``pieces``.

    Args:
        text: the article text.
        pieces: as for :func:`parse_selected`.

    Returns:
        One ``Doc`` with ``doc.text == text``, entities and sentence starts, no parse.

    Raises:
        storytrace.nlp.ModelMissingError: the spaCy model is not installed.
    """
    return _find_many([pieces if pieces is not None else [text]])[0][0]


def _find_many(texts: Sequence[Sequence[str]]) -> list[tuple[Doc, list[int]]]:
    """Each text's entity ``Doc`` (its pieces joined) and the token index where each piece
    after the first starts."""
    from storytrace.nlp import load_pipeline

    nlp = load_pipeline(USE)
    groups = [[piece for piece in pieces if piece] or [""] for pieces in texts]
    docs = iter(
        _run(nlp, [nlp.make_doc(piece) for group in groups for piece in group], FIND_COMPONENTS)
    )
    found: list[tuple[Doc, list[int]]] = []
    for group in groups:
        parts = [next(docs) for _ in group]
        starts: list[int] = []
        total = 0
        for part in parts[:-1]:
            total += len(part)
            starts.append(total)
        found.append((parts[0] if len(parts) == 1 else _join(parts), starts))
    return found


def _join(docs: Sequence[Doc]) -> Doc:
    """The docs as one, with their entities and sentence starts (``Doc.from_docs`` copies every
    attribute and the tensors, and showed in profiles)."""
    import numpy
    from spacy.tokens import Doc

    words, spaces = _words(docs)
    joined = Doc(docs[0].vocab, words=words, spaces=spaces)
    attrs = ["ENT_IOB", "ENT_TYPE", "SENT_START"]
    write_array(joined, attrs, numpy.concatenate([read_array(doc, attrs) for doc in docs]))
    return joined


def _words(docs: Sequence[Doc]) -> tuple[list[str], list[bool]]:
    """The words of the docs and whether a space follows each (without making Token objects)."""

    strings = docs[0].vocab.strings
    words: list[str] = []
    spaces: list[bool] = []
    for doc in docs:
        rows = read_array(doc, ["ORTH", "SPACY"]).tolist()
        words.extend(strings[orth] for orth, _ in rows)
        spaces.extend(bool(space) for _, space in rows)
    return words, spaces


def select_windows(doc: Doc, text: str, *, boundaries: Iterable[int] = ()) -> list[tuple[int, int]]:
    """Return the token ranges to parse: runs of consecutive sentences that need the parse.

    Args:
        doc: the text with sentence boundaries (``senter``).
        text: ``doc.text``.
        boundaries: token indices a run may not cross (the starts of the pieces).

    Returns:
        Sorted, non-overlapping ``(start, end)`` token ranges, each a run of whole sentences.
    """
    sentences = [(sent.start, sent.end, sent.start_char, sent.end_char) for sent in doc.sents]
    strings = doc.vocab.strings
    lower = [strings[key] for key in read_array(doc, ["LOWER"])[:, 0].tolist()]
    triggers = {
        index
        for index, (start, end, _, _) in enumerate(sentences)
        if any(may_trigger(word) for word in lower[start:end])
    }
    chosen = set(triggers)
    for index in sorted(triggers):
        for other in (index - 1, index + 1):
            if other in chosen or not 0 <= other < len(sentences):
                continue
            start, end = sentences[other][:2]
            later = sentences[max(index, other)]
            if any(_may_cue(word) for word in lower[start:end]) or _continues(
                doc[later[0] : later[1]]
            ):
                chosen.add(other)
    chosen |= _quote_sentences(text, sentences, triggers)
    cuts = set(boundaries)
    windows: list[tuple[int, int]] = []
    for index in sorted(chosen):
        start, end = sentences[index][0], sentences[index][1]
        if windows and windows[-1][1] == start and start not in cuts:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _quote_sentences(
    text: str, sentences: Sequence[tuple[int, int, int, int]], chosen: set[int]
) -> set[int]:
    """Sentences holding the opening of a quotation that reaches a chosen sentence (and the
    sentence before, when it ends with a colon)."""
    if not chosen:
        return set()
    ends = [end_char for _, _, _, end_char in sentences]
    found: set[int] = set()
    for match in QUOTE_PATTERN.finditer(text):
        first = _sentence_at(ends, match.start())
        last = _sentence_at(ends, max(match.end() - 1, match.start()))
        if first is None or not any(index in chosen for index in range(first, (last or first) + 1)):
            continue
        found.add(first)
        if first > 0:
            _, _, start_char, end_char = sentences[first - 1]
            if text[start_char:end_char].rstrip().endswith(":"):
                found.add(first - 1)
    return found


def _sentence_at(ends: Sequence[int], char: int) -> int | None:
    """The index of the first sentence ending after ``char`` (as the coder finds it)."""
    low, high = 0, len(ends)
    while low < high:
        middle = (low + high) // 2
        if ends[middle] > char:
            high = middle
        else:
            low = middle + 1
    return low if low < len(ends) else None


def _add_parse(docs: Sequence[Doc], windows: Sequence[Sequence[tuple[int, int]]]) -> None:
    """Parse each window on its own and write tags, lemmas and the parse into its doc."""
    from spacy.tokens import Doc

    from storytrace.nlp import load_pipeline

    nlp = load_pipeline(USE)
    pieces: list[Doc] = []
    for doc, spans in zip(docs, windows, strict=True):
        if spans:
            words, spaces = _words([doc])
            # Fresh docs, not doc[start:end].as_doc(): the parser must find its own sentence
            # ends, as it does on a whole piece, rather than follow the senter's.
            pieces.extend(
                Doc(doc.vocab, words=words[start:end], spaces=spaces[start:end])
                for start, end in spans
            )
    parsed = iter(_rule_memo()(_run(nlp, pieces, PARSE_COMPONENTS)))
    for doc, spans in zip(docs, windows, strict=True):
        if spans:
            _write_parse(doc, spans, [next(parsed) for _ in spans])


def _write_parse(doc: Doc, windows: Sequence[tuple[int, int]], parsed: Sequence[Doc]) -> None:
    """Copy the parsed windows' annotations into ``doc`` at their token offsets."""
    import numpy

    attrs = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD"]
    array = numpy.zeros((len(doc), len(attrs)), dtype="uint64")
    for (start, end), piece in zip(windows, parsed, strict=True):
        array[start:end] = read_array(piece, attrs)
    starts = read_array(doc, ["SENT_START"])
    write_array(doc, attrs, array)
    # from_array derives sentence starts from the parse and clears them where there is none:
    # keep the parser's inside the windows and the senter's outside.
    parsed_starts = read_array(doc, ["SENT_START"])
    for start, end in windows:
        starts[start:end] = parsed_starts[start:end]
    write_array(doc, ["SENT_START"], starts)


def _run(nlp: Language, docs: list[Doc], names: Sequence[str]) -> list[Doc]:
    """Run the named components over ``docs`` in order, as ``nlp.pipe`` would."""
    for name in names:
        docs = list(nlp.get_pipe(name).pipe(docs))  # type: ignore[attr-defined]
    return docs


def may_trigger(word: str) -> bool:
    """Tell whether ``word`` (a token's lower-case text) may be a trigger of the lexicon.

    True when any lemma the model's lemmatizer could give the word, whatever its part of
    speech, is the lemma of a lexicon verb or noun, or when the word is a gerund of a lexicon
    verb. False means the coder can never take the word as a trigger.

    Raises:
        storytrace.nlp.ModelMissingError: the spaCy model is not installed.
    """
    return _may_trigger(word)


@functools.lru_cache(maxsize=65_536)
def _may_trigger(word: str) -> bool:
    tables = _lemma_tables()
    if tables.everything:
        return True
    return not tables.lemmas.isdisjoint(_candidate_lemmas(word, tables))


@functools.lru_cache(maxsize=65_536)
def _may_cue(word: str) -> bool:
    """Whether ``word`` may be a cue of attribution: a speech verb, "according"."""
    tables = _lemma_tables()
    return (
        tables.everything
        or word == "according"
        or not SPEECH_VERBS.isdisjoint(_candidate_lemmas(word, tables))
    )


def _continues(sentence: Span) -> bool:
    """Whether ``sentence`` may continue the one before (the senter and the parser often
    disagree there): its first word is punctuation or in lower case."""
    for token in sentence:
        if not token.is_space:
            return not (token.is_title or token.is_upper or token.is_digit)
    return False


def _candidate_lemmas(word: str, tables: _LemmaTables) -> set[str]:
    """Every lemma the rule lemmatizer or the attribute ruler may give ``word``, lower-cased."""
    found = {word}
    for rules in tables.rules:
        for old, new in rules:
            if word.endswith(old) and len(word) > len(old):
                found.add(word[: len(word) - len(old)] + new)
    for exceptions in tables.exceptions:
        found.update(lemma.lower() for lemma in exceptions.get(word, ()))
    found.update(tables.ruler.get(word, ()))
    # "shelling" → shell, "running" → run: the coder's gerund stems drop a doubled consonant.
    found.update(match.string[:-1] for form in list(found) if (match := _DOUBLED.search(form)))
    return found


class _LemmaTables:
    """What the model's lemmatizer and attribute ruler know, read once per process."""

    def __init__(self, nlp: Language, lemmas: frozenset[str]) -> None:
        lemmatizer = nlp.get_pipe("lemmatizer")
        lookups: Any = getattr(lemmatizer, "lookups", None)
        tables = {
            name: lookups.get_table(name, {}) if lookups is not None else {}
            for name in ("lemma_rules", "lemma_exc")
        }
        self.lemmas = lemmas
        self.rules: list[list[tuple[str, str]]] = [
            [(str(old), str(new)) for old, new in rules] for rules in tables["lemma_rules"].values()
        ]
        self.exceptions: list[Mapping[str, Sequence[str]]] = list(tables["lemma_exc"].values())
        self.ruler: dict[str, set[str]] = {}
        self.everything = not self.rules and not self.exceptions and lookups is None
        for lemma, forms in _ruler_lemmas(nlp):
            if forms is None:
                # A rule sets a lexicon lemma on words we cannot list: parse everything.
                self.everything = self.everything or lemma.lower() in lemmas
                continue
            for form in forms:
                self.ruler.setdefault(form.lower(), set()).add(lemma.lower())


def _ruler_lemmas(nlp: Language) -> Iterator[tuple[str, list[str] | None]]:
    """(lemma, the literal words it is set on, or None when a pattern names no word)."""
    if "attribute_ruler" not in nlp.component_names:
        return
    for rule in getattr(nlp.get_pipe("attribute_ruler"), "patterns", []):
        lemma = rule.get("attrs", {}).get("LEMMA")
        if not isinstance(lemma, str):
            continue
        for pattern in rule.get("patterns", []):
            words: list[str] = []
            for token in pattern if isinstance(pattern, list) else []:
                value = next(
                    (token[k] for k in ("ORTH", "LOWER", "TEXT", "NORM") if k in token), None
                )
                if isinstance(value, str):
                    words.append(value)
                elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                    words.extend(str(item) for item in value["IN"])
                else:
                    yield lemma, None
                    break
            else:
                yield lemma, words


def warm_up() -> None:
    """Load the model and build the trigger tables and the memo, e.g. before forking workers.

    Raises:
        storytrace.nlp.ModelMissingError: the spaCy model is not installed.
    """
    _rule_memo()
    _lemma_tables()


@functools.cache
def _rule_memo() -> RuleMemo:
    from storytrace.nlp import load_pipeline

    return RuleMemo(load_pipeline(USE))


@functools.cache
def _lemma_tables() -> _LemmaTables:
    from storytrace.nlp import load_pipeline

    return _LemmaTables(load_pipeline(USE), trigger_lemmas())


@functools.cache
def trigger_lemmas() -> frozenset[str]:
    """The lemmas a trigger token may have: the verb of each verb key, the noun of each noun key."""
    verbs = {key.split()[0] for key in VERBS}
    nouns = {key.split()[-1] for key in NOUNS}
    return frozenset(verbs | nouns)
