"""Attribution: who asserts a clause, as a chain of speakers, outermost first.

Inputs: a parsed sentence (spaCy tokens) and the article's actor mentions. Outputs: tuples of
:class:`~storytrace.events.records.Speaker`. Handles reported speech ("X said that ...",
"... , X told reporters", "X reports"), "according to X", quotes introduced by a colon or by a
speech verb in the same sentence, translators ("X, translated by Y", "as translated by Y"),
documents as speakers with their authors ("the group's statement says"), "the agency quoted X
as saying", and pronoun speakers resolved to the nearest preceding mention of the right kind.
Internal to :mod:`storytrace.events`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storytrace.events.lexicon import DOCUMENT_NOUNS, SPEECH_VERBS
from storytrace.events.phrases import (
    Antecedent,
    antecedent_of,
    phrase_span,
    resolve_relative,
    speaker_kind,
)
from storytrace.events.records import Speaker, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_COMPLEMENTS = frozenset({"ccomp", "parataxis", "xcomp", "dobj", "advcl", "conj", "pcomp"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
#: A quotation in straight or curly double quotes.
QUOTE_PATTERN = re.compile(r"“[^”]{1,5000}”|\"[^\"]{1,5000}\"")
_MAX_COLON_SPEAKER_TOKENS = 8


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteRegion:
    """A quotation in the article and the chain of who speaks it."""

    start: int
    end: int
    chain: tuple[Speaker, ...]


def path_chain(token: Token, text: str, antecedents: Sequence[Antecedent]) -> list[Speaker]:
    """Return the speakers of the clauses above ``token``, outermost first."""
    found: list[Speaker] = []  # innermost first while walking up
    child: Token | None = None
    node = token
    while True:
        if (
            child is not None
            and _is_speech_verb(node)
            and _is_complement(child)
            and not _relative_before(node, child)
        ):
            found.extend(speech_speakers(node, text, antecedents))
        found.extend(_according_to(node, text, antecedents))
        if node.head.i == node.i or len(found) > 12:
            break
        child, node = node, node.head
    found.extend(_trailing_report(node, text, antecedents))
    found.reverse()
    # "X said ... and concluded that ...": one speaker through two verbs speaks once
    return [
        s
        for n, s in enumerate(found)
        if n == 0 or (s.text, s.start) != (found[n - 1].text, found[n - 1].start)
    ]


def _relative_before(verb: Token, child: Token) -> bool:
    """Whether ``child`` is the clause a reduced relative after it comments on: "He orders his
    men to throw away their phones, a move experts say is a sign ..." (the parse takes "a move
    experts" for the subject and the first clause for what they say)."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and child.i < subject.i and _reduced_relative_subject(subject)


def _reduced_relative_subject(subject: Token) -> bool:
    """A plural subject right after "a" and a singular noun: "a move experts (say)"."""
    doc, at = subject.doc, subject.i
    return (
        subject.tag_ in {"NNS", "NNPS"}
        and at >= 2
        and doc[at - 1].tag_ == "NN"
        and doc[at - 2].lower_ in {"a", "an"}
    )


def _trailing_report(root: Token, text: str, antecedents: Sequence[Antecedent]) -> list[Speaker]:
    """The speakers of a reporting clause the parse hung on the root as a conjunct ("Soldiers
    killed three men, the rights group found after interviewing relatives"): after a comma,
    with a subject and no content of its own."""
    for child in root.children:
        if child.i < root.i or child.dep_ not in {"conj", "parataxis"}:
            continue
        first = child.left_edge
        if not _is_speech_verb(child) or first.i == 0:
            continue
        if first.text != "," and root.doc[first.i - 1].text != ",":
            continue
        kids = {grand.dep_ for grand in child.children}
        if kids & {"ccomp", "dobj", "xcomp"} or not kids & _SUBJECTS:
            continue
        return speech_speakers(child, text, antecedents)
    return []


def _is_complement(child: Token) -> bool:
    # "quoted the minister as saying ...": the quote reaches its content through "as".
    if child.dep_ == "advcl" and any(grand.dep_ == "mark" for grand in child.children):
        # "X told the paper, hours before the company said ...": a clause set in time or
        # reason beside the telling is the narrator's, not part of what X said
        return False
    return child.dep_ in _COMPLEMENTS or (child.dep_ == "prep" and child.lower_ == "as")


def _is_speech_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in SPEECH_VERBS


def speech_speakers(verb: Token, text: str, antecedents: Sequence[Antecedent]) -> list[Speaker]:
    """Return the speakers of one speech verb, innermost first (author, speaker, translator)."""
    subject = _speech_subject(verb)
    if subject is None:
        return []
    cue = _cue(verb)
    found = speaker_links(subject, cue, text, antecedents)
    found.extend(_translators(verb, text, antecedents))
    if verb.lemma_.lower() == "tell":
        for child in verb.children:
            if child.dep_ in {"dobj", "dative"}:
                start, end = phrase_span(child)
                if speaker_kind(child, start, end, text) == "outlet":
                    found.append(_speaker(child, "told", text, antecedents))
    return found


def _speech_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            return resolve_relative(child)
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    head = verb.head
    if head.i != verb.i and verb.dep_ in {"xcomp", "advcl", "pcomp", "conj"}:
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head  # "quoted the minister as saying"
        if head.lemma_.lower() == "quote":
            for child in head.children:
                if child.dep_ == "dobj":
                    return child
        if verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
            return _speech_subject(head)
    return None


def _cue(verb: Token) -> str:
    words = [verb] + [child for child in verb.children if child.dep_ == "prt"]
    return " ".join(word.text for word in sorted(words, key=lambda word: word.i))


def speaker_links(
    token: Token, cue: str, text: str, antecedents: Sequence[Antecedent]
) -> list[Speaker]:
    """Return the speaker headed by ``token`` plus its author (for a document) and translator.

    Innermost first: a document's author comes before the document, a translator after.
    """
    speaker = _speaker(token, cue, text, antecedents)
    found: list[Speaker] = []
    if speaker.kind == "document":
        author = document_author(_pronoun_document(token, antecedents) or token)
        if author is not None:
            found.append(_speaker(author, _author_cue(author), text, antecedents))
    found.append(speaker)
    found.extend(_translators(token, text, antecedents))
    return found


def document_author(token: Token) -> Token | None:
    """Return who wrote the document headed by ``token`` ("Hamas's statement", "a letter by X")."""
    if token.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    for child in token.children:
        if child.dep_ == "poss":
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
        if child.dep_ == "acl" and child.lemma_.lower() in {"sign", "issue", "write", "send"}:
            for grand in child.children:
                if grand.dep_ == "agent":
                    for pobj in grand.children:
                        if pobj.dep_ == "pobj":
                            return pobj
    return None


def _author_cue(author: Token) -> str:
    if author.dep_ == "poss":
        return "'s"
    prep = author.head
    if prep.head.dep_ == "acl":
        return f"{prep.head.text} {prep.text}"
    return prep.text


def _translators(token: Token, text: str, antecedents: Sequence[Antecedent]) -> list[Speaker]:
    found: list[Speaker] = []
    for child in token.children:
        if child.dep_ in {"acl", "advcl", "relcl"} and child.lemma_.lower() == "translate":
            for agent in child.children:
                if agent.dep_ != "agent":
                    continue
                for pobj in agent.children:
                    if pobj.dep_ == "pobj":
                        marks = [m.text for m in child.children if m.dep_ == "mark"]
                        cue = " ".join([*marks, child.text, agent.text])
                        found.append(_speaker(pobj, cue, text, antecedents))
    return found


def _according_to(node: Token, text: str, antecedents: Sequence[Antecedent]) -> list[Speaker]:
    found: list[Speaker] = []
    for child in node.children:
        if child.lower_ != "according":
            continue
        for to in child.children:
            for pobj in to.children:
                if pobj.dep_ == "pobj":
                    found.extend(speaker_links(pobj, "according to", text, antecedents))
    return found


def _speaker(token: Token, cue: str, text: str, antecedents: Sequence[Antecedent]) -> Speaker:
    start, end = phrase_span(token)
    if _reduced_relative_subject(token):
        start = token.idx  # "a move experts say": experts
    kind = speaker_kind(token, start, end, text)
    name = next(
        (child for child in token.children if child.dep_ == "appos" and child.pos_ == "PROPN"),
        None,
    )
    if name is not None and token.pos_ == "NOUN":
        # "the human rights group Open Field", "the fire chief, Oskar Brenning,": the name
        start, end = phrase_span(name)
    if token.pos_ == "PRON":
        document = _pronoun_document(token, antecedents)
        if document is not None:
            # "The paper has obtained the ministry's audit. It finds that ...": the document
            low, high = phrase_span(document)
            return Speaker(
                text=text[low:high],
                start=low,
                end=high,
                kind="document",
                cue=cue,
                pronoun=TextSpan(text=text[start:end], start=start, end=end),
            )
        antecedent = antecedent_of(token, antecedents)
        if antecedent is not None:
            pronoun = TextSpan(text=text[start:end], start=start, end=end)
            kind = "person" if antecedent.label == "PERSON" else kind
            if kind == "person" and antecedent.label != "PERSON":
                kind = "organization"
            return Speaker(
                text=antecedent.text,
                start=antecedent.start,
                end=antecedent.end,
                kind=kind,
                cue=cue,
                pronoun=pronoun,
            )
    return Speaker(text=text[start:end], start=start, end=end, kind=kind, cue=cue)


def _pronoun_document(token: Token, antecedents: Sequence[Antecedent]) -> Token | None:
    """The document a speaking "it" stands for, when one was named after the last actor
    mention it could stand for."""
    if token.pos_ != "PRON":
        return None
    document = _document_before(token)
    antecedent = antecedent_of(token, antecedents)
    if document is None or (antecedent is not None and antecedent.end > document.idx):
        return None
    return document


def _document_before(pronoun: Token) -> Token | None:
    """The document noun a speaking "it" stands for, from the pronoun's sentence before it and
    the sentence before that."""
    if pronoun.lower_ != "it":
        return None
    sentence = pronoun.sent
    first = sentence.start
    if first > 0:
        first = pronoun.doc[first - 1].sent.start
    found = [
        token
        for token in pronoun.doc[first : pronoun.i]
        if token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in DOCUMENT_NOUNS
    ]
    # the most salient: nearest its sentence's root ("obtained the audit into how he could
    # record a message": the audit), then the latest
    return min(found, key=lambda token: (_depth(token), -token.i), default=None)


def _depth(token: Token) -> int:
    steps = 0
    while token.head.i != token.i and steps < 50:
        token = token.head
        steps += 1
    return steps


def quote_regions(
    doc: Doc, text: str, antecedents: Sequence[Antecedent]
) -> tuple[QuoteRegion, ...]:
    """Find the quotations of the article and who speaks each (a speech verb or a colon).

    ``text`` is the text of ``doc`` (``doc.text``, passed in because joining every token again
    is slow).
    """
    regions: list[QuoteRegion] = []
    sentences = list(doc.sents)
    for match in QUOTE_PATTERN.finditer(text):
        chain = _quote_chain(match.start(), match.end(), sentences, text, antecedents)
        if chain:
            regions.append(QuoteRegion(start=match.start(), end=match.end(), chain=chain))
    regions.extend(_colon_regions(sentences, text, antecedents))
    return tuple(regions)


def _quote_chain(
    start: int, end: int, sentences: Sequence[Span], text: str, antecedents: Sequence[Antecedent]
) -> tuple[Speaker, ...]:
    index = next((n for n, sent in enumerate(sentences) if sent.end_char > start), None)
    if index is None:
        return ()
    sentence = sentences[index]
    before = text[sentence.start_char : start].rstrip()
    colon_sentence = sentence
    if not before and index > 0:
        colon_sentence = sentences[index - 1]
        before = text[colon_sentence.start_char : colon_sentence.end_char].rstrip()
    if before.endswith(":"):
        colon = colon_sentence.start_char + len(before) - 1
        speaker = _colon_speaker(colon_sentence, colon, text, antecedents)
        if speaker is not None:
            return (speaker,)
    verbs = [
        token
        for token in _outside(sentence, start, end)
        if _is_speech_verb(token) and _speech_subject(token) is not None
    ]
    if verbs:
        verb = min(verbs, key=lambda token: _distance(token, start, end))
        outer = path_chain(verb, text, antecedents)
        return (*outer, *reversed(speech_speakers(verb, text, antecedents)))
    return ()


def _outside(sentence: Span, start: int, end: int) -> Iterable[Token]:
    return (token for token in sentence if not start <= token.idx < end)


def _distance(token: Token, start: int, end: int) -> int:
    return min(abs(token.idx - start), abs(token.idx - end))


def _colon_speaker(
    sentence: Span, colon: int, text: str, antecedents: Sequence[Antecedent]
) -> Speaker | None:
    """Return who speaks before a colon: the subject of a verb, or a bare noun phrase."""
    left = [token for token in sentence if token.idx < colon]
    if not left:
        return None
    lo, hi = left[0].i, left[-1].i
    tops = [token for token in left if not lo <= token.head.i <= hi or token.head.i == token.i]
    for top in tops:
        if top.pos_ in {"VERB", "AUX"}:
            subject = _speech_subject(top)
            if subject is not None and _is_speech_verb(top):
                return _speaker(subject, ":", text, antecedents)
            return None
    nouns = [token for token in tops if token.pos_ in {"NOUN", "PROPN"}]
    if nouns and len(left) <= _MAX_COLON_SPEAKER_TOKENS:
        return _speaker(nouns[0], ":", text, antecedents)
    return None


def _colon_regions(
    sentences: Sequence[Span], text: str, antecedents: Sequence[Antecedent]
) -> Iterable[QuoteRegion]:
    """Headline style "Ministry: rebels shelled the port": the left side speaks the right."""
    for sentence in sentences:
        if not sentence[0].dep:
            continue  # not parsed (see storytrace.events.selective): no speaker can be found
        for token in sentence:
            if token.text != ":" or token.i == sentence.start:
                continue
            speaker = _colon_speaker(sentence, token.idx, text, antecedents)
            if speaker is not None:
                yield QuoteRegion(start=token.idx + 1, end=sentence.end_char, chain=(speaker,))
            break
