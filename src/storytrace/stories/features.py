"""Features of one document for story clustering: terms and named-entity-like tokens.

Input: a :class:`StoryDoc` (title, text, date, outlet, optional canonical actors and links).
Output: :class:`DocFeatures`, bags of normalised title terms, body terms and entity keys.

Normalisation (issue 5): lowercase, punctuation stripped, a small English stopword list, light
suffix stemming (optional), numbers kept. Entity keys are built from the original casing:
capitalised multiword names (``ent:european_union``), numbers with the word after them
(``num:7.6_magnitude``), years and month-day dates (``date:august_2``), and canonical actors
given by the caller (``actor:...``). They tell apart look-alike events: two earthquakes differ in
place, magnitude and date, not in vocabulary.

Stable API: :class:`StoryDoc`, :func:`doc_from_article`, :func:`extract_features`,
:func:`normalise_terms`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final

from storytrace.model import Article

#: Texts longer than this are cut before featurising, so one hostile document costs bounded time.
MAX_CHARS: Final = 20_000

_STOPWORD_TEXT: Final = """a about above after again against all also am an and any are as at
    be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up upon very was we were what when where which while
    who whom why will with would you your yours yourself yourselves said says say told tell
    according one new may might must shall us via get got s t mr mrs ms de la el le del du"""

#: A small English stopword list of our own, with reporting verbs ("said") that every story has.
STOPWORDS: Final = frozenset(_STOPWORD_TEXT.split())

_MONTH_TEXT: Final = """january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec"""
MONTHS: Final = frozenset(_MONTH_TEXT.split())

#: Capitalised words that name no one in particular: weekdays, months.
_GENERIC_NAMES: Final = (
    STOPWORDS
    | MONTHS
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"today", "yesterday", "tomorrow"}
)

#: Lower-case words allowed inside a capitalised name ("Bank of England", "Abu al Bakr").
_NAME_JOINERS: Final = frozenset({"of", "de", "del", "der", "van", "von", "al", "bin", "la", "du"})

_TOKEN = re.compile(r"[^\W_]+(?:[.,:'’][^\W_]+)*|[.!?;:]", re.UNICODE)
_NUMBER = re.compile(r"^\d+(?:[.,:]\d+)*$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryDoc:
    """What story clustering needs of an article.

    Attributes:
        id: the article id (unique within a clusterer).
        title: the headline, or ``""``.
        text: the body, or ``""`` (a feed of headlines has none).
        published: when it was published; ``None`` when unknown (no time penalty then).
        outlet: the site's name, when known.
        actors: canonical actor names from the actor stage; they count as entities.
        links: ids of articles this one copies or cites; a linked article's story is joined.
    """

    id: str
    title: str
    text: str
    published: datetime | None = None
    outlet: str | None = None
    actors: frozenset[str] = field(default_factory=frozenset)
    links: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True, kw_only=True)
class DocFeatures:
    """Bags of a document: normalised term counts of title and body, and entity key counts.

    Attributes:
        title: title terms.
        body: body terms.
        names: ``ent:`` and ``actor:`` keys.
        numbers: ``num:`` keys (a number and the word after it).
        dates: ``date:`` keys (years, month and day).
    """

    title: Counter[str]
    body: Counter[str]
    names: Counter[str]
    numbers: Counter[str]
    dates: Counter[str]


def parse_published(value: str | None) -> datetime | None:
    """Parse an ISO 8601 date or date-time into an aware datetime (UTC when no offset is given).

    Args:
        value: ``2017-06-05``, ``2017-06-05T10:00:00+02:00``, ... or ``None``.

    Returns:
        The datetime, or ``None`` when the value is missing or not ISO 8601.
    """
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def doc_from_article(
    article: Article, *, actors: frozenset[str] = frozenset(), links: frozenset[str] = frozenset()
) -> StoryDoc:
    """Build the :class:`StoryDoc` of an article.

    Args:
        article: the extracted article.
        actors: canonical actors found in it, when the actor stage ran.
        links: ids of articles it copies or cites, when the reuse stage ran.

    Returns:
        The document, with the publication date parsed (``None`` when absent or unreadable).
    """
    return StoryDoc(
        id=article.id,
        title=article.title or "",
        text=article.text,
        published=parse_published(article.published.value if article.published else None),
        outlet=article.outlet,
        actors=actors,
        links=links,
    )


def stem(word: str) -> str:
    """Strip a plural, ``-ing`` or ``-ed``, then a final ``e``: vote, votes, voted → ``vot``.

    Words under four letters and anything with a digit are left alone.
    """
    if len(word) < 4 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "zes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text[:MAX_CHARS])


def normalise_terms(text: str, *, stemming: bool = True) -> list[str]:
    """Lowercase, drop punctuation and stopwords, stem lightly; numbers are kept.

    Args:
        text: any text.
        stemming: strip one suffix from long words (see :func:`stem`).

    Returns:
        The terms in text order.
    """
    terms = []
    for token in _tokens(text):
        word = token.lower().replace("’", "'").split("'")[0]
        if len(word) < 2 and not word.isdigit():
            continue
        if word in STOPWORDS:
            continue
        terms.append(stem(word) if stemming else word)
    return terms


def _is_capitalised(token: str) -> bool:
    return token[0].isupper()


def _title_cased(tokens: list[str]) -> bool:
    """True when most content words are capitalised, as in many headlines: casing says nothing."""
    words = [t for t in tokens if t[0].isalpha() and t.lower() not in STOPWORDS]
    if len(words) < 3:
        return False
    return sum(_is_capitalised(t) for t in words) >= 0.7 * len(words)


def _name_runs(tokens: list[str]) -> list[tuple[bool, list[str]]]:
    """Runs of capitalised tokens (joiners allowed inside), each with "starts a sentence"."""
    runs: list[tuple[bool, list[str]]] = []
    current: list[str] = []
    initial = sentence_start = True
    for token in tokens:
        lower = token.lower()
        if token[0].isalpha() and _is_capitalised(token):
            if not current:
                initial = sentence_start
            if not (sentence_start and not current and lower in STOPWORDS):
                current.append(token)
        elif current and lower in _NAME_JOINERS:
            current.append(token)
        else:
            runs.append((initial, current))
            current = []
        sentence_start = token in {".", "!", "?", ";", ":"}
    runs.append((initial, current))
    return [(start, _trim_joiners(run)) for start, run in runs if run]


def _trim_joiners(run: list[str]) -> list[str]:
    while run and run[-1].lower() in _NAME_JOINERS:
        run = run[:-1]
    return run


def _name_word(token: str) -> str:
    return token.lower().replace("’", "'").removesuffix("'s")


def _name_keys(tokens: list[str]) -> list[str]:
    """Names as keys: the whole run (``ent:gulf_of_aden``) and each capitalised word of it.

    A capitalised word that starts a sentence counts only if the text also capitalises it
    elsewhere, so "Another" or "Seeing" at a sentence start is not taken for a name.
    """
    runs = _name_runs(tokens)
    inside = {_name_word(w) for start, run in runs for w in run[int(start) :]}
    keys = []
    for start, run in runs:
        words = [_name_word(w) for w in run]
        if start and len(words) == 1 and words[0] not in inside:
            continue
        names = [w for w in words if w not in _NAME_JOINERS and w not in _GENERIC_NAMES]
        if not names:
            continue
        if len(words) > 1:
            keys.append("ent:" + "_".join(words[:4]))
        keys.extend("ent:" + word for word in names)
    return keys


def _number_keys(tokens: list[str]) -> list[str]:
    """Numbers with the word after them, years, and month-day dates."""
    keys = []
    lowered = [t.lower() for t in tokens]
    for index, token in enumerate(lowered):
        following = lowered[index + 1] if index + 1 < len(lowered) else ""
        if _NUMBER.match(token):
            if _YEAR.match(token):
                keys.append("date:" + token)
            elif index and lowered[index - 1] in MONTHS:
                continue
            elif following.isalpha() and following not in STOPWORDS:
                keys.append(f"num:{token}_{stem(following)}")
        elif token in MONTHS and _NUMBER.match(following) and len(following) <= 2:
            keys.append(f"date:{token[:3]}_{int(following.split('.')[0].split(',')[0])}")
    return keys


def entity_keys(text: str, *, use_case: bool = True) -> list[str]:
    """Entity keys of a text: names (unless ``use_case`` is false), numbers with units, dates."""
    tokens = _tokens(text)
    keys = _number_keys(tokens)
    if use_case and not _title_cased(tokens):
        keys.extend(_name_keys(tokens))
    return keys


def extract_features(doc: StoryDoc, *, stemming: bool = True) -> DocFeatures:
    """Bags of terms and entities of a document.

    Args:
        doc: the document.
        stemming: see :func:`normalise_terms`.

    Returns:
        Title terms, body terms, and entity keys (title and body together, plus actors).
    """
    keys = entity_keys(doc.title) + entity_keys(doc.text)
    names = Counter(key for key in keys if key.startswith("ent:"))
    names.update("actor:" + actor.lower() for actor in sorted(doc.actors))
    return DocFeatures(
        title=Counter(normalise_terms(doc.title, stemming=stemming)),
        body=Counter(normalise_terms(doc.text, stemming=stemming)),
        names=names,
        numbers=Counter(key for key in keys if key.startswith("num:")),
        dates=Counter(key for key in keys if key.startswith("date:")),
    )
