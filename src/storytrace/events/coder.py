"""Code events: who did what to whom, typed with PLOVER, per sentence of an article.

Inputs: an article id and text, optionally its parsed spaCy ``Doc`` (``parse`` or ``ner+parse``)
and its actor mentions (:class:`storytrace.actors.Mention`). Output: a tuple of
:class:`~storytrace.events.records.Event`.

Method (docs/events.md): each verb or event noun whose lemma (with its particle or preposition)
is in the lexicon is a trigger. Its subject is the source and its object, or the object of a
target preposition, the target; passives swap them, relative pronouns stand for the noun they
modify, conjoined verbs share their subject, and coordinated subjects and objects give one event
each. Event nouns take their source from a possessive, a nationality adjective, a "by" phrase or
the verb that governs them ("launched an attack on"). A trigger inside the complement of a frame
verb ("threatened to attack", "agreed to cooperate") is folded into the frame. Negation, hedges
and questions are marked, and the attribution chain comes from :mod:`.attribution`.

Stable API: :func:`code_events`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from storytrace.events.attribution import QuoteRegion, path_chain, quote_regions, speaker_links
from storytrace.events.lexicon import (
    AID_MODES,
    ASSAULT_MODES,
    DOCUMENT_NOUNS,
    FRAME_TYPES,
    HEDGE_ADVERBS,
    HEDGE_MODALS,
    HEDGE_VERBS,
    LIGHT_VERBS,
    NEGATING_VERBS,
    NOUNS,
    SPEECH_VERBS,
    VERBS,
)
from storytrace.events.phrases import Antecedent, is_actor_like, make_party, resolve_relative
from storytrace.events.records import Event, Evidence, Party, Speaker, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Texts longer than this are cut before parsing (as :func:`storytrace.nlp.parse_texts` does).
MAX_CHARS = 200_000

#: Texts are parsed in pieces of at most this many characters (see :func:`parse_article`).
CHUNK_CHARS = 1_500

_TARGET_PREPS = frozenset(
    {"on", "against", "with", "to", "at", "upon", "toward", "towards", "into", "from", "for"}
)
_NOT_TARGET_KEYS = frozenset({"call for", "ask for", "appeal for", "push for", "press for"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_MUST = frozenset({"must", "should"})
_WILL = frozenset({"will", "would", "shall", "'ll"})
_WILLING = frozenset({"willing", "ready", "prepared", "eager", "offer", "agree"})
_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
_PROMISES = frozenset({"vow", "promise", "pledge", "swear", "commit", "offer"})
_THREAT_CONTENT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
_EMBEDDED = frozenset({"xcomp", "ccomp", "pcomp", "advcl"})
_FRAME_WALK = frozenset(
    {
        "conj",
        "pobj",
        "prep",
        "compound",
        "dobj",
        "xcomp",
        "ccomp",
        "pcomp",
        "advcl",
        "acomp",
        "amod",
    }
)
_OTHER_CLAUSES = frozenset(
    {"relcl", "acl", "ccomp", "advcl", "conj", "nsubj", "parataxis", "appos"}
)


class MentionLike(Protocol):
    """What :func:`code_events` reads from an actor mention (:class:`storytrace.actors.Mention`)."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class _Trigger:
    token: Token
    type: str
    key: str
    noun: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class _Context:
    article_id: str
    text: str
    antecedents: tuple[Antecedent, ...]
    quotes: tuple[QuoteRegion, ...]
    options: CodingOptions


@dataclass(frozen=True, slots=True, kw_only=True)
class CodingOptions:
    """How literally to code.

    Attributes:
        plover_intents: follow the PLOVER coding rules for intentions and demands: a stated
            intention to do a cooperative act ("will meet", "is willing to withdraw") is AGREE,
            and "X said Y must do Z" is a REQUEST from X to Y. Off by default: the act itself is
            coded (CONSULT, RETREAT...), hedged by its modal.
    """

    plover_intents: bool = False


def code_events(
    article_id: str,
    text: str,
    doc: Doc | None = None,
    mentions: Iterable[MentionLike] = (),
    *,
    options: CodingOptions | None = None,
) -> tuple[Event, ...]:
    """Code the events of one article.

    Args:
        article_id: the article's id, copied into each event's evidence.
        text: the article text.
        doc: the article parsed by spaCy with a dependency parse (``parse`` or ``ner+parse``);
            parsed here with ``ner+parse`` when ``None`` or when its text is not ``text``.
        mentions: the article's actor mentions (offsets into ``text``); sources, targets and
            pronoun speakers are linked to them. When empty, the ``Doc``'s entities are used.
        options: see :class:`CodingOptions`; the defaults when ``None``.

    Returns:
        The events, in text order. Never raises on bad text: an empty or unparsable text gives
        ``()``.

    Raises:
        storytrace.nlp.ModelMissingError: a parse is needed and the spaCy model is missing.
    """
    text = text[:MAX_CHARS]
    if not text.strip():
        return ()
    parsed = doc.text if doc is not None else ""  # Doc.text joins every token: read it once
    if doc is None or parsed != text[: len(parsed)] or not doc.has_annotation("DEP"):
        doc = parse_article(text)
        parsed = text
    antecedents = _antecedents(doc, mentions, len(parsed))
    context = _Context(
        article_id=article_id,
        text=text,
        antecedents=antecedents,
        quotes=quote_regions(doc, text[: len(parsed)], antecedents),
        options=options or CodingOptions(),
    )
    events: list[Event] = []
    seen: set[tuple[str, int, int, int]] = set()
    for sentence in doc.sents:
        for event in _sentence_events(sentence, context):
            key = (
                event.type,
                event.trigger.start,
                event.source.start if event.source else -1,
                event.target.start if event.target else -1,
            )
            if key not in seen:
                seen.add(key)
                events.append(event)
    return tuple(events)


def parse_article(text: str) -> Doc:
    """Parse ``text`` in chunks of at most :data:`CHUNK_CHARS` joined back into one ``Doc``.

    The parser's time grows faster than linearly with the length of a run without sentence
    boundaries (16,000 characters of "<<<" take half a minute in one piece), so hostile text is
    cut at paragraph and sentence ends, or at a space, before parsing. The chunks concatenate
    to ``text``, so offsets are unchanged.
    """
    from spacy.tokens import Doc

    from storytrace.nlp import load_pipeline

    nlp = load_pipeline("ner+parse")
    docs = list(nlp.pipe(split_chunks(text)))
    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def split_chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters whose concatenation is ``text``.

    Cuts fall after a blank line, else after a sentence end, else after a space, else anywhere.
    """
    chunks: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n\n"), window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut <= 0:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else limit
        chunks.append(text[start : start + cut])
        start += cut
    chunks.append(text[start:])
    return [chunk for chunk in chunks if chunk]


def _antecedents(doc: Doc, mentions: Iterable[MentionLike], length: int) -> tuple[Antecedent, ...]:
    found = [
        Antecedent(text=m.text, start=m.start, end=m.end, label=m.label)
        for m in mentions
        if 0 <= m.start < m.end <= length
    ]
    if not found and doc.has_annotation("ENT_IOB"):
        found = [
            Antecedent(text=e.text, start=e.start_char, end=e.end_char, label=e.label_)
            for e in doc.ents
        ]
    return tuple(sorted(found, key=lambda m: m.start))


def _sentence_events(sentence: Span, context: _Context) -> Iterable[Event]:
    if not sentence[0].dep:
        return  # not parsed (see storytrace.events.selective): no trigger is possible
    triggers = [t for t in (_trigger(token) for token in sentence) if t is not None]
    triggers = _drop_light_verbs(triggers)
    by_token = {trigger.token.i: trigger for trigger in triggers}
    frames = {trigger.token.i: _frame(trigger.token, by_token) for trigger in triggers}
    for trigger in triggers:
        frame = frames[trigger.token.i]
        if frame is not None and frame.type in FRAME_TYPES:
            continue
        if trigger.noun and trigger.token.dep_ == "dobj" and trigger.token.head.i in by_token:
            continue  # "condemned the detention", "repelled an attack": the object, not an event
        yield from _events_of(_as_threat(trigger, triggers, frames), frame, sentence, context)


def _as_threat(
    trigger: _Trigger, triggers: Sequence[_Trigger], frames: dict[int, _Trigger | None]
) -> _Trigger:
    """A promise to attack, arrest or sanction is a threat ("vowed to crush the rebels")."""
    if trigger.type != "AGREE" or trigger.token.lemma_.lower() not in _PROMISES:
        return trigger
    for other in triggers:
        if frames[other.token.i] is trigger and other.type in _THREAT_CONTENT:
            return replace(trigger, type="THREATEN")
    return trigger


#: Verbs that report when a clause follows: "concluded that soldiers shot", "insisted that",
#: "recalled that" (not a deal concluded, a demand, an ambassador recalled).
_REPORTING_WITH_CLAUSE = frozenset({"conclude", "insist", "recall"})


def _trigger(token: Token) -> _Trigger | None:
    lemma = token.lemma_.lower()
    if lemma in _REPORTING_WITH_CLAUSE and any(c.dep_ == "ccomp" for c in token.children):
        return None
    if token.pos_ == "VERB" and (token.dep_ != "amod" or _misparsed_clause(token)):
        for key in _verb_keys(token, lemma):
            if key in VERBS:
                return _Trigger(token=token, type=VERBS[key], key=key, noun=False)
    elif token.pos_ in {"NOUN", "PROPN"} and token.tag_ != "NNP":
        for key in _noun_keys(token, lemma):
            if key in NOUNS and _noun_is_event(token):
                return _Trigger(token=token, type=NOUNS[key], key=key, noun=True)
        if token.dep_ == "compound" and _noun_is_event(token):
            for stem in _gerund_stems(token.lower_):
                if stem in VERBS:
                    return _Trigger(token=token, type=VERBS[stem], key=stem, noun=True)
    return None


def _misparsed_clause(token: Token) -> bool:
    """A verb the small model parsed as an adjective but that heads a clause.

    "the guards had tortured inmates" (``tortured`` amod of ``inmates``, the object of
    ``had``) and "accused of burning villages" (``burning`` amod of the object of "of").
    """
    head = token.head
    perfect = token.tag_ == "VBN" and head.dep_ == "dobj" and head.head.lemma_ == "have"
    gerund = token.tag_ == "VBG" and head.dep_ == "pobj" and token.i < head.i
    return perfect or gerund


def _verb_keys(token: Token, lemma: str) -> list[str]:
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    preps = [_prep_words(c) for c in token.children if c.dep_ in {"prep", "agent"}]
    objects = [c.lemma_.lower() for c in token.children if c.dep_ == "dobj"]
    keys = [f"{lemma} {p} {q}" for p in particles for q in preps]
    keys += [f"{lemma} {p}" for p in particles]
    keys += [f"{lemma} {o} {q}" for o in objects for q in preps]
    keys += [
        f"{lemma} {c.lower_} {g.lemma_.lower()}"
        for c in token.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    keys += [f"{lemma} {o}" for o in objects]
    keys += [f"{lemma} {q}" for q in preps]
    keys.append(lemma)
    return keys


def _prep_words(prep: Token) -> str:
    """The preposition as written, two words for "out of", "away from"."""
    inner = [c for c in prep.children if c.dep_ == "prep"]
    if inner and not any(c.dep_ == "pobj" for c in prep.children):
        return f"{prep.lower_} {inner[0].lower_}"
    return prep.lower_


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, looking through "out of", "away from"."""
    found = [c for c in prep.children if c.dep_ == "pobj"]
    if not found:
        for inner in prep.children:
            if inner.dep_ == "prep":
                return [c for c in inner.children if c.dep_ == "pobj"]
    return found


def _noun_keys(token: Token, lemma: str) -> list[str]:
    compounds = [c.lower_ for c in token.children if c.dep_ == "compound"]
    return [f"{c} {lemma}" for c in compounds] + [lemma, token.lower_]


def _gerund_stems(word: str) -> list[str]:
    """Verb lemmas a gerund tagged as a noun may come from: burning → burn, training → train."""
    if not word.endswith("ing") or len(word) < 6:
        return []
    stem = word[:-3]
    stems = [stem, f"{stem}e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # shelling → shell is already there; "running" → run
    return stems


def _noun_is_event(token: Token) -> bool:
    """An event noun counts when something tells who acts: a governing verb, owner or agent."""
    if token.dep_ == "compound":
        # "training fighters" (a mis-parsed gerund): the head is what is given.
        return token.lower_.endswith("ing") and token.head.dep_ in {"dobj", "pobj", "conj"}
    if token.dep_ == "dobj" and _governing_verb(token) is not None:
        return True
    if token.dep_ == "pobj" and token.head.lower_ in {"of", "for"}:
        governor = _governing_verb(token)
        return governor is not None and VERBS.get(governor.lemma_.lower()) == "ACCUSE"
    return _noun_source(token) is not None


def _governing_verb(token: Token) -> Token | None:
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.pos_ in {"VERB", "AUX"} and head.i != token.i:
        return head
    return None


def _noun_source(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE", "ORG"}:
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def _drop_light_verbs(triggers: list[_Trigger]) -> list[_Trigger]:
    """Drop "launched", "imposed", "signed" when their object noun is itself a trigger."""
    noun_heads = {t.token.head.i for t in triggers if t.noun and t.token.dep_ == "dobj"}
    return [
        t
        for t in triggers
        if t.noun or t.token.i not in noun_heads or t.token.lemma_.lower() not in LIGHT_VERBS
    ]


def _frame(token: Token, by_token: dict[int, _Trigger]) -> _Trigger | None:
    """Return the frame trigger whose complement holds ``token``, if any.

    Frames are the types of :data:`FRAME_TYPES` ("threatened to attack", "demanded the
    release") and ACCUSE ("accused Iran of supplying"). Conjoined verbs are not each other's
    frame: "agreed to a truce and attacked the town" keeps the attack.
    """
    walk = _FRAME_WALK | ({"nsubj", "nsubjpass"} if token.pos_ == "NOUN" else set())
    node = token
    for _ in range(8):
        dep, head = node.dep_, node.head
        if dep not in walk or head.i == node.i:
            return None
        frame = by_token.get(head.i)
        if dep != "conj" and frame is not None:
            if frame.type in FRAME_TYPES:
                return frame
            if frame.type == "ACCUSE" and not (dep == "dobj" and node is token):
                return frame
        node = head
    return None


def _events_of(
    trigger: _Trigger, frame: _Trigger | None, sentence: Span, context: _Context
) -> Iterable[Event]:
    token = trigger.token
    sources, targets = _participants(trigger, frame)
    if context.options.plover_intents:
        trigger, sources, targets = _plover_intent(trigger, sources, targets)
    chain = _chain(token, context)
    document = next(
        (s for s in sources if resolve_relative(s).lemma_.lower() in DOCUMENT_NOUNS), None
    )
    if document is not None:
        links = speaker_links(document, _cue(token), context.text, context.antecedents)
        chain = (*chain, *reversed(links))
    if frame is not None and frame.type == "ACCUSE":
        accusers = _subjects(frame.token)
        if accusers:
            links = speaker_links(accusers[0], frame.token.text, context.text, context.antecedents)
            chain = (*chain, *reversed(links))
    negated, hedged, cue = _certainty(token, trigger.noun)
    if frame is not None and frame.type == "ACCUSE" and not _subjects(frame.token):
        hedged, cue = True, ", ".join(filter(None, [cue, frame.token.text]))
    start = token.idx
    trigger_span = TextSpan(text=token.text, start=start, end=start + len(token.text))
    evidence = Evidence(
        article_id=context.article_id,
        sentence=sentence.text,
        start=sentence.start_char,
        end=sentence.end_char,
    )
    mode = _mode(trigger)
    question = _is_question(sentence, token)
    if not _plausible(trigger, sources, targets):
        return
    for source, target in _pairs(trigger, sources, targets):
        yield Event(
            type=trigger.type,
            mode=mode,
            trigger=trigger_span,
            source=_party(source, context, token),
            target=_party(target, context, token),
            negated=negated,
            hedged=hedged,
            hedge=cue,
            question=question,
            attribution=chain,
            evidence=evidence,
        )


def _plover_intent(
    trigger: _Trigger, sources: list[Token], targets: list[Token]
) -> tuple[_Trigger, list[Token], list[Token]]:
    """PLOVER's rules: an intention to cooperate is AGREE; "Y must do Z", said by X, a REQUEST."""
    token = trigger.token
    modals = {c.lower_ for c in token.children if c.dep_ == "aux"}
    governor = token.head
    if modals & _MUST and token.dep_ == "ccomp" and governor.lemma_.lower() in SPEECH_VERBS:
        speakers = [c for c in governor.children if c.dep_ in _SUBJECTS]
        if speakers:
            return replace(trigger, type="REQUEST"), speakers, sources
    willing = token.dep_ == "xcomp" and governor.lemma_.lower() in _WILLING
    if trigger.type in _COOPERATIVE and (modals & _WILL or willing):
        if willing and not sources:
            sources = _subjects(governor.head if governor.dep_ == "acomp" else governor)
        return replace(trigger, type="AGREE"), sources, targets
    return trigger, sources, targets


def _pairs(
    trigger: _Trigger, sources: Sequence[Token], targets: Sequence[Token]
) -> list[tuple[Token | None, Token | None]]:
    """Source-target pairs; "Japan and Korea held talks" is each one meeting the other."""
    if not targets and len(sources) > 1 and trigger.type == "CONSULT":
        return [(s, t) for s in sources for t in sources if s.i != t.i]
    source_options: list[Token | None] = [*sources] or [None]
    target_options: list[Token | None] = [*targets] or [None]
    return [(s, t) for s in source_options for t in target_options]


def _plausible(trigger: _Trigger, sources: Sequence[Token], targets: Sequence[Token]) -> bool:
    """Drop "the museum will reopen": a verb event whose only participant is a thing.

    Violence needs no named actor ("the bomb exploded"), and documents speak; any other
    event done by a thing ("the museum will reopen", "villages threatened by the wildfire")
    is not an event between actors.
    """
    if trigger.noun or not sources:
        return True
    source = resolve_relative(sources[0])
    if is_actor_like(source) or source.lemma_.lower() in DOCUMENT_NOUNS:
        return True
    if trigger.token.dep_ == "acl":
        return False  # "farmers hit by the drought"
    return trigger.type == "ASSAULT" or bool(targets)


def _cue(token: Token) -> str:
    words = [token] + [c for c in token.children if c.dep_ == "prt"]
    return " ".join(word.text for word in sorted(words, key=lambda word: word.i))


def _party(token: Token | None, context: _Context, trigger: Token) -> Party | None:
    if token is None:
        return None
    return make_party(token, context.text, context.antecedents, skip=trigger.i)


def _chain(token: Token, context: _Context) -> tuple[Speaker, ...]:
    path = path_chain(token, context.text, context.antecedents)
    for region in context.quotes:
        if region.start <= token.idx < region.end:
            starts = {speaker.start for speaker in path}
            if not any(speaker.start in starts for speaker in region.chain):
                return (*region.chain, *path)
    return tuple(path)


def _participants(trigger: _Trigger, frame: _Trigger | None) -> tuple[list[Token], list[Token]]:
    if trigger.noun:
        return _noun_participants(trigger, frame)
    token = trigger.token
    if token.dep_ == "amod":  # a clause mis-parsed as an adjective: see _misparsed_clause
        governor = token.head.head
        sources = _subjects(governor) if governor.lemma_ == "have" else []
        return _expand(sources or _inherited_subjects(token, frame)), _expand([token.head])
    sources = _subjects(token)
    targets = _objects(trigger)
    passive = _passive_subjects(token)
    if passive:
        targets, sources = passive, _agents(token)
    if not sources and not passive:
        sources = _inherited_subjects(token, frame)
    if not targets and token.dep_ == "acl" and token.tag_ == "VBN":
        targets = [token.head]  # "the village attacked by rebels"
        sources = _agents(token)
    if not sources and token.dep_ == "acl" and token.tag_ == "VBG":
        sources = [token.head]  # "troops firing on protesters"
    return _expand(sources), _expand(targets)


def _subjects(token: Token) -> list[Token]:
    return [resolve_relative(c) for c in token.children if c.dep_ in _SUBJECTS]


def _passive_subjects(token: Token) -> list[Token]:
    found = [resolve_relative(c) for c in token.children if c.dep_ == "nsubjpass"]
    relative = token.dep_ == "relcl" and token.tag_ == "VBN"
    if not found and relative and any(c.dep_ == "auxpass" for c in token.children):
        found = [token.head]
    return found


def _agents(token: Token) -> list[Token]:
    return [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _objects(trigger: _Trigger) -> list[Token]:
    token = trigger.token
    direct = [c for c in token.children if c.dep_ in {"dobj", "dative"}]
    key_words = trigger.key.split()[1:]
    direct = [c for c in direct if c.lemma_.lower() not in key_words]  # "open fire", "set fire"
    found = _prep_target(trigger)
    if direct and not (found and not is_actor_like(direct[0]) and _recipient(trigger, found[0])):
        return [direct[0]]
    if not found:
        # "offered to hand over to Great Britain": the frame's target is its complement's.
        for child in token.children:
            if child.dep_ == "xcomp":
                nested = _Trigger(token=child, type=trigger.type, key=child.lemma_, noun=False)
                found = [t for t in _objects(nested) if is_actor_like(t)]
                break
    return found


def _recipient(trigger: _Trigger, token: Token) -> bool:
    """Is ``token`` who receives ("delivered food to the town"), rather than the object given?"""
    giving = trigger.type in {"AID", "CONCEDE"} and token.head.lower_ in {"to", "for"}
    return giving or is_actor_like(token)


def _prep_target(trigger: _Trigger) -> list[Token]:
    token = trigger.token
    for child in token.children:
        if child.dep_ != "prep":
            continue
        words = _prep_words(child)
        own = trigger.key.endswith(f" {words}")
        if (words not in _TARGET_PREPS and not own) or (own and trigger.key in _NOT_TARGET_KEYS):
            continue
        for grand in _prep_objects(child):
            if grand.ent_type_ in _NOT_ACTOR_ENTS:
                continue
            if own or _recipient(trigger, grand):
                return [grand]
    return []


def _inherited_subjects(token: Token, frame: _Trigger | None) -> list[Token]:
    """Subjects of a verb that has none: from the verb it is conjoined with or depends on."""
    node = token.head if token.dep_ == "amod" else token
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return []
        if node.dep_ == "conj":
            found = _subjects(head) or _agents(head)
            if found:
                return found
            node = head
            continue
        if node.dep_ in {"xcomp", "advcl", "pcomp", "prep"} or head.dep_ == "prep":
            governor = head.head if head.dep_ == "prep" else head
            if frame is not None and frame.type == "ACCUSE" and governor.i == frame.token.i:
                accused = [c for c in governor.children if c.dep_ == "dobj"]
                accused = accused or _passive_subjects(governor)  # "are accused of burning"
                if accused:
                    return accused
            objects = [c for c in governor.children if c.dep_ == "dobj" and is_actor_like(c)]
            if node.dep_ == "xcomp" and objects:
                return objects
            found = _subjects(governor)
            if not found and node.dep_ == "xcomp":
                found = _passive_subjects(governor)  # "the rebels are thought to have seized"
            if found:
                return found
            node = governor
            continue
        return []
    return []


def _noun_participants(
    trigger: _Trigger, frame: _Trigger | None
) -> tuple[list[Token], list[Token]]:
    token = trigger.token
    source = _noun_source(token)
    targets: list[Token] = []
    if token.dep_ == "compound":
        targets = [token.head]
        holder = token.head
    else:
        holder = token
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS | {"between"}:
                targets = [g for g in _prep_objects(child) if _noun_target(trigger, g)][:1]
                if targets:
                    break
    sources = [source] if source is not None else []
    verb = _governing_verb(holder)
    if not sources and verb is not None:
        sources = _subjects(verb) or _inherited_subjects(verb, frame) or _agents(verb)
        if frame is not None and frame.type == "ACCUSE" and holder.head.lower_ in {"of", "for"}:
            sources = [c for c in frame.token.children if c.dep_ == "dobj"] or sources
    if not targets and verb is not None and verb.i != token.i:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
                targets = [g for g in child.children if g.dep_ == "pobj" and g.i != token.i][:1]
                if targets:
                    break
    return _expand(sources), _expand(targets)


def _noun_target(trigger: _Trigger, token: Token) -> bool:
    """ "talks on trade" is a topic; "an attack on the port" or "talks with Korea" a target."""
    forceful = trigger.type in {"ASSAULT", "SANCTION", "COERCE", "PROTEST", "ACCUSE"}
    return is_actor_like(token) or forceful or _recipient(trigger, token)


def _expand(tokens: Sequence[Token]) -> list[Token]:
    """Split coordinated phrases: "Russia and China" → Russia, China."""
    found: list[Token] = []
    for token in tokens:
        for part in (token, *token.conjuncts):
            if part.pos_ in {"NOUN", "PROPN", "PRON", "NUM", "X"} and part not in found:
                found.append(part)
        if not found:
            found.append(token)
    return found


def _certainty(token: Token, noun: bool) -> tuple[bool, bool, str]:
    """Return (negated, hedged, cue) for the trigger, looking up through its governors."""
    negated, hedged = False, False
    cues: list[str] = []
    negations: list[str] = []
    node: Token | None = token
    depth = 0
    while node is not None and depth < 5:
        for child in node.children:
            lower = child.lower_
            if child.dep_ == "neg" or (noun and node is token and lower == "no"):
                negated, negations = True, [*negations, lower]
            elif (
                (child.dep_ == "aux" and lower in HEDGE_MODALS)
                or lower in HEDGE_ADVERBS
                or (child.dep_ == "amod" and lower in {"alleged", "suspected", "apparent"})
            ):
                hedged, cues = True, [*cues, lower]
            elif child.dep_ == "preconj" and lower == "neither":
                hedged, cues = True, [*cues, _neither_nor(node)]
        lemma = node.lemma_.lower()
        if node.dep_ == "pcomp" and node.head.lower_ == "without":
            negated, negations = True, [*negations, "without"]
        if node is not token:
            if lemma in NEGATING_VERBS:
                negated, negations = True, [*negations, node.text]
            elif lemma in HEDGE_VERBS and _hedges(node):
                hedged, cues = True, [*cues, node.text]
        if node.dep_ not in _EMBEDDED | {"conj", "pobj", "prep", "compound"}:
            break
        node = node.head
        depth += 1
    if any(c.startswith("neither") for c in cues):
        # "neither confirmed nor denied": the denial is part of a refusal to say.
        negated, negations = False, []
    return negated, hedged, ", ".join(dict.fromkeys([*negations, *cues]))


def _hedges(verb: Token) -> bool:
    """A hedge verb hedges when impersonal ("is thought to", "appears") or about belief."""
    lemma = verb.lemma_.lower()
    if lemma in {"appear", "seem"}:
        return True
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    return passive or lemma in {"suspect", "believe", "think", "fear", "rumour", "rumor"}


def _neither_nor(node: Token) -> str:
    others = [c for c in node.children if c.dep_ == "conj"]
    words = ["neither", node.text]
    if others:
        words += ["nor", others[0].text]
    return " ".join(words)


def _mode(trigger: _Trigger) -> str:
    table = {"AID": AID_MODES, "ASSAULT": ASSAULT_MODES}.get(trigger.type)
    if table is None:
        return ""
    token = trigger.token
    words = {token.lemma_.lower(), token.lower_}
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "agent"}]
    stack = [c for c in token.children if c.dep_ not in _OTHER_CLAUSES] + subjects
    while stack:
        child = stack.pop()
        words |= {child.lemma_.lower(), child.lower_}
        stack.extend(g for g in child.children if g.dep_ not in _OTHER_CLAUSES)
    if token.dep_ == "compound":
        words.add(token.head.lemma_.lower())
    for mode, cues in table.items():
        if cues & words:
            return mode
    return ""


def _is_question(sentence: Span, token: Token) -> bool:
    """The sentence ends with "?", or the clause of the trigger does ("..., did they?")."""
    tail = sentence.text.rstrip().rstrip("\"'”’)")
    if tail.endswith("?"):
        return True
    clause_end = max(t.i for t in token.subtree)
    following = token.doc[clause_end + 1] if clause_end + 1 < len(token.doc) else None
    return following is not None and following.text == "?"
