"""The memoised attribute ruler and lemmatizer give what the model's own components give."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storytrace.nlp import load_pipeline
from storytrace.nlp.memo import RuleMemo

#: Our own sentences, with the words the ruler's multi-token rules name ("gon na", "let 's",
#: "there is", "y' all"), pronouns whose case the ruler sets from the parse, and space tokens.
SENTENCES = [
    "The rebels were shelling the town when the envoys arrived.",
    "We are gonna wait here, let's see what they do.",
    "There is no bread left and there were no trucks.",
    "Y'all should have seen it, but it rained.",
    "I told him that you had given it to me.",
    "Which of them did the police arrest?\n\nNone, said the officer.",
    "She ain't leaving, and the Harbour Council can't make her.",
    "The ministers' talks ended; the ministers left at 9 p.m.",
]

_COMPONENTS = ("tok2vec", "tagger", "parser")
_ATTRS = ("tag_", "dep_", "pos_", "lemma_")


def _parsed(text: str) -> list[object]:
    nlp = load_pipeline("ner+parse")
    doc = nlp.make_doc(text)
    for name in _COMPONENTS:
        doc = nlp.get_pipe(name)(doc)
    return [doc]


def _real(text: str) -> list[tuple[str, ...]]:
    nlp = load_pipeline("ner+parse")
    (doc,) = _parsed(text)
    for name in ("attribute_ruler", "lemmatizer"):
        doc = nlp.get_pipe(name)(doc)  # type: ignore[operator]
    return _annotations(doc)


def _annotations(doc: object) -> list[tuple[str, ...]]:
    return [
        (*(getattr(token, attr) for attr in _ATTRS), str(token.morph))
        for token in doc  # type: ignore[attr-defined]
    ]


def test_each_sentence_gets_the_real_annotations() -> None:
    memo = RuleMemo(load_pipeline("ner+parse"))
    for text in SENTENCES * 2:  # the second round reads only the memo
        (doc,) = list(memo(_parsed(text)))  # type: ignore[arg-type]
        assert _annotations(doc) == _real(text)


def test_the_memo_is_used_once_warm() -> None:
    memo = RuleMemo(load_pipeline("ner+parse"))
    text = "The rebels were shelling the town when the envoys arrived."
    list(memo(_parsed(text)))  # type: ignore[arg-type]
    learned = memo.misses
    list(memo(_parsed(text)))  # type: ignore[arg-type]
    assert memo.misses == learned
    assert memo.hits >= len(text.split())


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4))
def test_any_mix_of_sentences_gets_the_real_annotations(sentences: list[str]) -> None:
    memo = RuleMemo(load_pipeline("ner+parse"))
    text = " ".join(sentences)
    (doc,) = list(memo(_parsed(text)))  # type: ignore[arg-type]
    assert _annotations(doc) == _real(text)
