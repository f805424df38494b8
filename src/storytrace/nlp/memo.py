"""The model's attribute ruler and lemmatizer, memoised per distinct token (issue 3, speed).

Input: ``Doc`` objects tagged and parsed by the model (``tagger``, ``parser``). Output: the same
``Doc`` objects with the part of speech, morphology, lemma (and the tags and labels the ruler
rewrites) that the model's ``attribute_ruler`` and ``lemmatizer`` give them.

Both components are rules. A one-token rule of the ruler reads only the token's text, tag,
dependency label and whether it is a space, and the lemmatizer reads only the token's text, part
of speech, morphology and any lemma the ruler set; so each result is a function of (text, tag,
label), computed once per process by the real components and then reused. The few ruler rules
that span several tokens ("gon na", "let 's") read neighbours: a ``Doc`` holding one of their
words goes through the real components whole. Profiling showed the two components cost about as
much as the tagger and parser together; memoised they cost a dictionary look-up per token.

Stable API: :class:`RuleMemo`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import numpy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: The components replaced, in the order the model runs them.
REPLACED: Final = ("attribute_ruler", "lemmatizer")
_MAX_ENTRIES: Final = 500_000
_KNOWN_ATTRS: Final = frozenset({"TAG", "DEP", "POS", "MORPH", "LEMMA"})
_OTHER: Final = -1  # stands for every dependency label no rule names
_SAME: Final = -2  # the rules left the dependency label as it was


class RuleMemo:
    """Run the model's attribute ruler and lemmatizer with one computation per distinct token.

    Args:
        nlp: the loaded model holding ``attribute_ruler`` and ``lemmatizer`` (enabled or not).
    """

    def __init__(self, nlp: Language) -> None:
        self._components = [nlp.get_pipe(name) for name in REPLACED]
        self._rules = _multi_token_rules(self._components[0])
        self._labels = _named_labels(self._components[0])
        self._cache: dict[tuple[int, int, int], Sequence[int]] = {}
        self.hits = 0
        self.misses = 0
        self.whole = 0

    def __call__(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        """Give each doc its ruler and lemmatizer annotations; yields the docs in order."""
        for doc in docs:
            yield self._annotate(doc)

    def _annotate(self, doc: Doc) -> Doc:

        if not len(doc):
            return doc
        rows = read_array(doc, ["ORTH", "TAG", "DEP", "LOWER"])
        if self._rules.may_match(rows, doc.vocab.strings):
            self.whole += 1
            return self._whole(doc)
        given: list[tuple[int, int, int]] = [tuple(row) for row in rows[:, :3].tolist()]
        keys = [self._key(row) for row in given]
        missing = {key: row for key, row in zip(keys, given, strict=True) if key not in self._cache}
        self.misses += len(missing)
        self.hits += len(keys) - len(missing)
        if missing:
            if len(self._cache) + len(missing) > _MAX_ENTRIES:
                self._cache.clear()  # bounded memory on endless input; refilled as needed
            self._learn(doc, missing)
        values = [
            (tag, dep if out_dep == _SAME else out_dep, pos, morph, lemma)
            for (_, _, dep), (tag, out_dep, pos, morph, lemma) in zip(
                given, (self._cache[key] for key in keys), strict=True
            )
        ]
        _write(doc, values)
        return doc

    def _key(self, row: tuple[int, int, int]) -> tuple[int, int, int]:
        orth, tag, dep = row
        # A label no rule names behaves like any other such label: one key stands for them all.
        return (orth, tag, dep if self._labels is None or dep in self._labels else _OTHER)

    def _whole(self, doc: Doc) -> Doc:
        for component in self._components:
            doc = component(doc)
        return doc

    def _learn(self, doc: Doc, missing: dict[tuple[int, int, int], tuple[int, int, int]]) -> None:
        """Run the real components over one token per missing key and remember the results."""
        from spacy.tokens import Doc

        rows = list(missing.values())
        words = [doc.vocab.strings[orth] for orth, _, _ in rows]
        probe = Doc(doc.vocab, words=words, spaces=[True] * len(words))
        write_array(probe, ["TAG", "DEP", "HEAD"], [[tag, dep, 0] for _, tag, dep in rows])
        probe = self._whole(probe)
        for key, row, (tag, dep, pos, morph, lemma) in zip(
            missing, rows, _read(probe), strict=True
        ):
            self._cache[key] = (tag, _SAME if dep == row[2] else dep, pos, morph, lemma)


def _attrs() -> list[str]:
    return ["TAG", "DEP", "POS", "MORPH", "LEMMA"]


def read_array(doc: Doc, names: Sequence[str]) -> numpy.ndarray[Any, Any]:
    """``doc.to_array(names)`` as a two-dimensional array (one column per name)."""
    attrs: list[int | str] = list(names)
    array = numpy.asarray(doc.to_array(attrs))
    return array.reshape((len(doc), len(names)))


def write_array(doc: Doc, names: Sequence[str], values: Any) -> None:
    """``doc.from_array(names, values)`` with the values as spaCy wants them (uint64)."""
    attrs: list[int | str] = list(names)
    array: Any = numpy.asarray(values, dtype="uint64").reshape((len(doc), len(names)))
    doc.from_array(attrs, array)


def _read(doc: Doc) -> list[tuple[int, int, int, int, int]]:
    return [(a, b, c, d, e) for a, b, c, d, e in read_array(doc, _attrs()).tolist()]


def _write(doc: Doc, values: Sequence[tuple[int, int, int, int, int]]) -> None:
    write_array(doc, _attrs(), values)


def _named_labels(ruler: Any) -> frozenset[int] | None:
    """The dependency labels the ruler's rules name (in conditions or as values they set), or
    None when a condition on the label is not a list of names (then every label counts)."""
    from spacy.strings import get_string_id

    names: set[str] = set()
    for rule in getattr(ruler, "patterns", []):
        value = rule.get("attrs", {}).get("DEP")
        if isinstance(value, str):
            names.add(value)
        for pattern in rule.get("patterns", []):
            for token in pattern if isinstance(pattern, list) else []:
                condition = token.get("DEP")
                if condition is None:
                    continue
                if isinstance(condition, str):
                    names.add(condition)
                    continue
                lists = [v for k, v in condition.items() if k in {"IN", "NOT_IN"}]
                if len(lists) != len(condition) or not all(isinstance(v, list) for v in lists):
                    return None
                names.update(str(name) for values in lists for name in values)
    return frozenset(get_string_id(name) if name else 0 for name in names)


_COLUMNS: Final = {"TAG": 1, "DEP": 2, "LOWER": 3}


@dataclass(frozen=True, slots=True)
class _Position:
    """What one token of a multi-token rule must be: allowed ids per column, regexes on the
    lower-case text. Conditions of other kinds are not checked (the test over-approximates)."""

    sets: tuple[tuple[int, frozenset[int]], ...]
    regexes: tuple[re.Pattern[str], ...]


@dataclass(frozen=True, slots=True)
class _MultiTokenRules:
    """The ruler's multi-token rules, to tell which docs one of them may match."""

    patterns: tuple[tuple[tuple[_Position, ...], int], ...]  # positions, anchor position
    always: bool  # a rule that cannot be checked: every doc goes through the real components

    def may_match(self, rows: numpy.ndarray, strings: Any) -> bool:
        """Whether some rule may match the doc whose (orth, tag, dep, lower) rows are given."""
        if self.always:
            return True
        for positions, anchor in self.patterns:
            column, allowed = positions[anchor].sets[0]
            for index in numpy.flatnonzero(numpy.isin(rows[:, column], list(allowed))).tolist():
                start = index - anchor
                if start < 0 or start + len(positions) > len(rows):
                    continue
                if all(
                    _fits(rows[start + offset], position, strings)
                    for offset, position in enumerate(positions)
                ):
                    return True
        return False


def _fits(row: numpy.ndarray, position: _Position, strings: Any) -> bool:
    if not all(int(row[column]) in allowed for column, allowed in position.sets):
        return False
    return all(regex.search(strings[int(row[3])]) for regex in position.regexes)


def _multi_token_rules(ruler: Any) -> _MultiTokenRules:
    """Read the ruler's rules: the multi-token ones, and whether all of them can be checked."""
    patterns: list[tuple[tuple[_Position, ...], int]] = []
    always = False
    for rule in getattr(ruler, "patterns", []):
        if not set(rule.get("attrs", {})) <= _KNOWN_ATTRS:
            always = True  # a rule sets something this memo does not copy
        for pattern in rule.get("patterns", []):
            if not isinstance(pattern, list) or any("OP" in token for token in pattern):
                always = True
                continue
            if len(pattern) < 2:
                continue
            positions = tuple(_position(token) for token in pattern)
            anchor = next((n for n, position in enumerate(positions) if position.sets), None)
            if anchor is None:
                always = True
            else:
                patterns.append((positions, anchor))
    return _MultiTokenRules(patterns=tuple(patterns), always=always)


def _position(token: dict[str, Any]) -> _Position:
    from spacy.strings import get_string_id

    sets: list[tuple[int, frozenset[int]]] = []
    regexes: list[re.Pattern[str]] = []
    for key, column in _COLUMNS.items():
        value = token.get(key, token.get("ORTH") if key == "LOWER" else None)
        names: list[str] | None = None
        if isinstance(value, str):
            names = [value]
        elif isinstance(value, dict) and isinstance(value.get("IN"), list) and len(value) == 1:
            names = [str(item) for item in value["IN"]]
        elif isinstance(value, dict) and isinstance(value.get("REGEX"), str) and key == "LOWER":
            regexes.append(re.compile(value["REGEX"]))
        if names is not None:
            names = [name.lower() for name in names] if key == "LOWER" else names
            sets.append((column, frozenset(get_string_id(name) if name else 0 for name in names)))
    return _Position(sets=tuple(sets), regexes=tuple(regexes))
