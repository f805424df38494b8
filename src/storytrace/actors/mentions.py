"""Find actor mentions in an article: spaCy NER plus rules for what NER misses in conflict news.

Inputs: the article text and its spaCy ``Doc`` (NER only is enough). Output: :class:`Mention`
records with character offsets into the text, sorted by start, never overlapping.

The rules add: groups named "Wilayat X" and "X Province" (the latter only in a group context),
"X Brigades", "X's armed wing, the Y", transliterated Arabic names with "Abu"/"Umm" and
"al-"/"el-" particles, bracketed glosses, and acronyms defined in the text
("Syrian Observatory for Human Rights (SOHR)"), whose later uses become mentions too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from spacy.lang.en.stop_words import STOP_WORDS

from storytrace.actors.keys import TITLES, fold
from storytrace.actors.places import COUNTRY_KEYS

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: spaCy labels kept as actor mentions.
NER_LABELS: Final = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
PLACE_LABELS: Final = frozenset({"GPE", "LOC", "FAC"})

_UPPER: Final = "A-Z" + "".join(
    re.escape(chr(code))
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    if chr(code).isupper()
)
_HYPHEN: Final = "[-\u2010\u2011]"
_CAP: Final = rf"[{_UPPER}][\w'’ʿʾ]*(?:{_HYPHEN}[{_UPPER}][\w'’ʿʾ]*)*"
_ARTICLE: Final = (
    r"(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]sh|[Aa]t|[Aa]z|[Aa]n|[Aa]r|[Uu]l|[Ee]d|[Ee]z|[Ww]al|[Ww]a)"
    rf"{_HYPHEN}"
)
_ART_WORD: Final = rf"{_ARTICLE}[{_UPPER}][\w'’ʿʾ]*"
_NAME_WORD: Final = rf"(?:{_ART_WORD}|{_CAP}|(?:bin|ibn|bint)(?=\s+[{_UPPER}]))"
_NAME_SEQ: Final = rf"{_NAME_WORD}(?:\s+(?:of\s+the\s+|of\s+|for\s+)?{_NAME_WORD})*"

#: A name before an acronym in brackets may hold small words: "Alternative for Germany (AfD)".
_DEFINED_NAME: Final = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:(?:of|for|and|in|on|de|du|des|la|the)\s+)*{_NAME_WORD})*)"
    r"\s*\(\s*(?P<acronym>[A-Z][A-Za-z]{0,2}[A-Z]{1,6}s?)\s*\)"
)
_CAPITALS: Final = re.compile(r"(?<![\w-])[A-Z][A-Z]{1,5}(?:s)?(?![\w-])")
#: Capital words that are not names of actors.
_NOT_ACRONYMS: Final = frozenset(
    {"CEO", "GDP", "USD", "EUR", "GMT", "UTC", "COVID", "AIDS", "HIV", "DNA", "PDF", "FAQ",
     "BREAKING", "UPDATE", "LIVE", "NEW", "THE", "AND", "FOR", "NOT", "BUT", "WHO'S", "AM",
     "PM", "TV", "OK", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "IT", "IS",
     "US", "UK", "EU", "UN", "MP", "MPs", "PhD", "KM", "KG", "MW", "GW", "VIP", "SUV", "RIP"}
)  # fmt: skip
_PLACE_TAIL: Final = re.compile(r"\s+(?:province|region|district|governorate|county|area)$")
_BRIGADES: Final = re.compile(rf"\b{_NAME_SEQ}\s+(?:Brigades|Brigade|Battalions|Battalion)\b")
_WILAYAT: Final = re.compile(
    rf"\b(?:Wilayat|Wilayah|Wilaya)\s+(?:{_ART_WORD}|{_CAP})(?:\s+{_ART_WORD})?"
)
_PROVINCE: Final = re.compile(rf"\b{_NAME_SEQ}\s+[Pp]rovince\b")
_ARABIC_PERSON: Final = re.compile(
    rf"\b(?:(?:Abu|Abou|Abū|Umm|Ibn)\s+)?[{_UPPER}][\w'’ʿʾ]+(?:\s+[{_UPPER}][\w'’ʿʾ]+){{0,2}}"
    rf"(?:\s+(?:bin|ibn|Abu|Abou|Abū|Umm)\s+[{_UPPER}][\w'’ʿʾ]+)*(?:\s+{_ART_WORD})+"
)
_KUNYA: Final = re.compile(rf"\b(?:Abu|Abou|Abū|Umm)\s+[{_UPPER}][\w'’ʿʾ]+")
_BARE_ARTICLE_NAME: Final = re.compile(rf"(?<![\w’'-])(?<!\w\s){_ART_WORD}")
_WING: Final = re.compile(
    r"(?:'s|’s|\bits)\s+(?:[a-z-]+\s+){0,2}(?:wing|branch|affiliate|office|arm|faction|unit),"
    rf"\s+(?:the\s+)?(?P<name>{_NAME_SEQ})"
)
_GLOSS: Final = re.compile(
    rf"\s*(?:\(|,\s+(?:also\s+|better\s+|widely\s+)?(?:known|referred\s+to)\s+as\s+"
    r"|,\s+or\s+|,\s+meaning\s+|,\s+which\s+calls\s+itself\s+)"
    rf"\s*(?:the\s+)?[\"“']?(?P<name>{_NAME_SEQ})"
)
_ACRONYM_DEF: Final = re.compile(r"\s*\(\s*(?P<acronym>[A-Z][A-Za-z]{0,2}[A-Z]{1,6}s?)\s*\)")
_GROUP_OWNER: Final = re.compile(
    r"(?:group|organi[sz]ation|militants|movement|network|insurgents|jihadists)(?:'s|’s)\s+$",
    re.IGNORECASE,
)

#: Words that start a sentence but not a name; the Arabic-name rule skips them.
_COMMON_WORDS: Final = frozenset(STOP_WORDS) | frozenset(
    {
        "later", "earlier", "yesterday", "today", "tonight", "separately", "overnight",
        "officials", "residents", "analysts", "witnesses", "sources", "militants", "fighters",
        "according", "said", "says", "told", "asked", "leader", "spokesman", "commander",
        "chief", "cleric", "preacher", "militant", "jihadist", "veteran", "senior", "former",
        "late", "slain", "wanted", "fugitive", "notorious", "security", "police", "army",
    }
)  # fmt: skip

_TITLE_WORDS: Final = "|".join(
    ["President", "Prime", "Minister", "King", "Queen", "General", "Colonel", "Sheikh", "Foreign",
     "Defence", "Defense", "Interior", "Army", "Chief", "Commander", "Ambassador", "Officials"]
)  # fmt: skip

#: Words that make a name an organisation whatever NER said (NER often calls them PERSON).
ORG_WORDS: Final = frozenset(
    {
        "jamaat", "jamat", "jamaa", "ansar", "jabhat", "harakat", "hizb", "kataib", "katibat",
        "liwa", "saraya", "jaish", "tanzim", "ahrar", "brigades", "brigade", "battalion",
        "battalions", "wilayat", "wilayah", "wilaya", "province", "ministry", "institute",
        "office", "council", "party", "front", "movement", "army", "agency", "authority",
        "committee", "observatory", "university", "police", "forces", "force", "commission",
        "association", "union", "league", "foundation", "centre", "center", "organisation",
        "organization", "company", "bank", "court", "government", "militia", "network",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One mention of an actor in an article.

    Attributes:
        text: the mention as written, ``text == article_text[start:end]``.
        start: character offset of the first character.
        end: character offset after the last character.
        label: ``PERSON``, ``ORG``, ``NORP``, ``GPE``, ``LOC``, ``FAC``, or ``NAME`` for a
            transliterated name whose kind the rules cannot tell.
        source: ``ner``, or the rule that found it (``brigades``, ``wilayat``, ``province``,
            ``arabic_name``, ``wing``, ``gloss``, ``acronym``).
    """

    text: str
    start: int
    end: int
    label: str
    source: str


def extract_mentions(text: str, doc: Doc | None = None) -> tuple[Mention, ...]:
    """Find the actor mentions of ``text``.

    Args:
        text: the article text.
        doc: the spaCy ``Doc`` of ``text`` (with NER); ``None`` uses the rules alone.

    Returns:
        Non-overlapping mentions sorted by start; a longer mention wins over a shorter one it
        overlaps, a rule over NER at equal length.
    """
    ner = list(_ner_mentions(text, doc)) if doc is not None else []
    rules = list(_rule_mentions(text, ner))
    chosen = _resolve_overlaps([*rules, *ner, *_defined_names(text)])
    chosen = _resolve_overlaps([*chosen, *_gloss_mentions(text, chosen)])
    chosen = _resolve_overlaps([*chosen, *_acronym_mentions(text, chosen)])
    chosen = [_relabel(mention) for mention in chosen]
    surnames = _surname_mentions(text, chosen)
    relabelled = {mention.start: mention for mention in surnames if mention.source == "surname"}
    chosen = [
        relabelled.get(m.start, m) if relabelled.get(m.start, m).end == m.end else m for m in chosen
    ]
    extra = [*surnames, *_capital_mentions(text, chosen)]
    return tuple(_resolve_overlaps([*chosen, *extra]))


def _ner_mentions(text: str, doc: Doc) -> Iterable[Mention]:
    for entity in doc.ents:
        if entity.label_ not in NER_LABELS:
            continue
        end = entity.end_char
        if entity.label_ == "NORP":
            # "Islamic" + "State": the small model often stops a name after its adjective.
            extension = re.match(rf"(?:\s+(?!(?:{_TITLE_WORDS})\b){_CAP})+", text[end : end + 60])
            end += extension.end() if extension else 0
        elif entity.label_ in PLACE_LABELS:
            tail = _PLACE_TAIL.search(text[entity.start_char : end])
            end -= len(tail.group(0)) if tail else 0
        start = entity.start_char
        inner = re.search(r"^.*(?:'s|’s)\s+(?=\S)", text[start:end])
        if inner and entity.label_ == "ORG":
            # "Odinga's Orange Democratic Movement": the owner is a mention of its own.
            start += inner.end()
        bracket = text.find("(", start, end)
        end = bracket if bracket > start else end
        mention = _trim(text, start, end, entity.label_, "ner")
        if mention is not None and not _in_capitals_run(text, mention):
            yield mention


def _trim(text: str, start: int, end: int, label: str, source: str) -> Mention | None:
    """Drop a leading "the", a trailing possessive and punctuation; None if nothing is left."""
    span = text[start:end]
    lead = re.match(r"(?:[Tt]he\s+)", span)
    if lead and len(span) > lead.end():
        start += lead.end()
    tail = re.search(r"(?:'s|’s|['’])$", text[start:end])
    if tail:
        end -= len(tail.group(0))
    while end > start and not text[end - 1].isalnum():
        end -= 1
    score = re.search(r"(?:\s+[\d][\d.,:–-]*)+$", text[start:end])
    if score:
        end -= len(score.group(0))
    while start < end and not (text[start].isalnum() or text[start] in "ʿʾ'’"):
        start += 1
    if end <= start or not any(ch.isupper() for ch in text[start:end]):
        return None
    if fold(text[start:end]).rstrip(".") in TITLES:
        return None
    return Mention(text=text[start:end], start=start, end=end, label=label, source=source)


def _in_capitals_run(text: str, mention: Mention) -> bool:
    """True when a short all-capitals mention sits next to capitals (a shouted headline).

    The neighbours are the nearest word on each side within the same sentence: "WHAT IS NEXT"
    is a run, "the group IS said" is not.
    """
    if not mention.text.isupper() or len(mention.text) > 7:
        return False
    before = re.split(r"[.!?:;\n]", text[max(0, mention.start - 40) : mention.start])[-1]
    after = re.split(r"[.!?:;\n]", text[mention.end : mention.end + 40])[0]
    neighbours = [*re.findall(r"[A-Za-z]+", before)[-1:], *re.findall(r"[A-Za-z]+", after)[:1]]
    return any(len(word) >= 2 and word.isupper() for word in neighbours)


def _rule_mentions(text: str, ner: Sequence[Mention]) -> Iterable[Mention]:
    for match in _BRIGADES.finditer(text):
        yield from _from_match(text, match.start(), match.end(), "ORG", "brigades")
    for match in _WILAYAT.finditer(text):
        yield from _from_match(text, match.start(), match.end(), "ORG", "wilayat")
    for match in _PROVINCE.finditer(text):
        if _group_context(text, match.start(), ner):
            yield from _from_match(text, match.start(), match.end(), "ORG", "province")
    for match in _WING.finditer(text):
        yield from _from_match(text, match.start("name"), match.end("name"), "ORG", "wing")
    for match in _ARABIC_PERSON.finditer(text):
        start = _skip_common_words(text, match.start(), match.end())
        yield from _from_match(text, start, match.end(), "NAME", "arabic_name")
    for match in _KUNYA.finditer(text):
        yield from _from_match(text, match.start(), match.end(), "PERSON", "arabic_name")
    for match in _BARE_ARTICLE_NAME.finditer(text):
        yield from _from_match(text, match.start(), match.end(), "NAME", "arabic_name")


def _skip_common_words(text: str, start: int, end: int) -> int:
    """Move ``start`` past capitalised common words ("Later al-Harithi said")."""
    for word in re.finditer(r"\S+", text[start:end]):
        if word.group(0).lower().strip("’'") not in _COMMON_WORDS:
            return start + word.start()
    return start


def _from_match(text: str, start: int, end: int, label: str, source: str) -> Iterable[Mention]:
    mention = _trim(text, start, end, label, source)
    if mention is not None:
        yield mention


def _group_context(text: str, start: int, ner: Sequence[Mention]) -> bool:
    """Whether "X Province" at ``start`` names a group's branch rather than a place."""
    before = text[max(0, start - 60) : start]
    if _GROUP_OWNER.search(before):
        return True
    if re.search(rf"{_WILAYAT.pattern}\s*\(\s*$", before):
        return True
    owners = [m for m in ner if m.label in {"ORG", "NORP"} and 0 <= start - m.end <= 3]
    return any(re.fullmatch(r"(?:'s|’s)?\s*", text[m.end : start]) for m in owners)


def _defined_names(text: str) -> Iterable[Mention]:
    """The name before "(ACRONYM)", cut to the words the acronym abbreviates."""
    for match in _DEFINED_NAME.finditer(text):
        acronym = match.group("acronym")
        start = match.start("name")
        for word in re.finditer(r"\S+", match.group("name")):
            candidate = text[start + word.start() : match.end("name")]
            if candidate[0].isupper() and is_acronym_of(acronym, candidate):
                yield from _from_match(
                    text, start + word.start(), match.end("name"), "ORG", "acronym_definition"
                )
                break
        else:
            # Letters from another language (RSF, AfD): the longest capitalised name that
            # starts with the acronym's first letter.
            for word in re.finditer(r"\S+", match.group("name")):
                candidate = text[start + word.start() : match.end("name")]
                if candidate[:1] == acronym[:1] and len(candidate.split()) >= 2:
                    yield from _from_match(
                        text, start + word.start(), match.end("name"), "ORG", "acronym_definition"
                    )
                    break


def _surname_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Later uses of a person's surname alone ("Fields said") that NER missed.

    A name NER called PERSON lends its surname to every later use. A two- or three-word name
    NER called something else lends it only where the surname is followed by a speech verb
    ("Okafor told analysts"), and is then relabelled PERSON: the small model often calls an
    unfamiliar person an ORG or a GPE.
    """
    found: list[Mention] = []
    relabel: set[int] = set()
    for mention in mentions:
        words = mention.text.split()
        surname = words[-1] if words else ""
        if len(words) < 2 or len(surname) < 3 or not surname[0].isupper():
            continue
        trusted = mention.label == "PERSON"
        if not trusted and (
            len(words) > 3
            or mention.label == "NORP"
            or mention.source not in {"ner", "arabic_name"}
            or any(not word[0].isupper() for word in words)
            or fold(surname) in ORG_WORDS
        ):
            continue
        pattern = rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])"
        for use in re.finditer(pattern, text[mention.end :]):
            start, end = mention.end + use.start(), mention.end + use.end()
            if not trusted and not _SPEECH.match(text, end):
                continue
            relabel.add(mention.start)
            found.append(
                Mention(text=surname, start=start, end=end, label="PERSON", source="surname")
            )
    return [*found, *(_with_label(m, "PERSON") for m in mentions if m.start in relabel)]


def _with_label(mention: Mention, label: str) -> Mention:
    return Mention(
        text=mention.text, start=mention.start, end=mention.end, label=label, source="surname"
    )


_SPEECH: Final = re.compile(
    r"(?:'s|’s)?\s+(?:said|says|told|added|wrote|argued|insisted|warned|urged|denied|"
    r"cautioned|claimed|stressed|noted|asked|declined|spoke)\b"
)


def _capital_mentions(text: str, mentions: Sequence[Mention]) -> Iterable[Mention]:
    """Words in capitals that look like acronyms of organisations ("HJF claimed ...")."""
    for use in _CAPITALS.finditer(text):
        word = use.group(0)
        if len(word.rstrip("s")) < 3 or word in _NOT_ACRONYMS:
            continue
        found = Mention(text=word, start=use.start(), end=use.end(), label="ORG", source="capitals")
        if not _in_capitals_run(text, found):
            yield found


def _gloss_mentions(text: str, mentions: Sequence[Mention]) -> Iterable[Mention]:
    """Names given as a gloss right after a mention: "Wilayat Khorasan (Khorasan Province)"."""
    for mention in mentions:
        match = _GLOSS.match(text, mention.end)
        if match is None or _ACRONYM_DEF.match(text, mention.end):
            continue
        label = "ORG" if mention.label == "NAME" else mention.label
        yield from _from_match(text, match.start("name"), match.end("name"), label, "gloss")


def _acronym_mentions(text: str, mentions: Sequence[Mention]) -> Iterable[Mention]:
    """Acronyms defined right after a mention, and their later uses in capitals."""
    for mention in mentions:
        match = _ACRONYM_DEF.match(text, mention.end)
        if match is None or not defines_acronym(match.group("acronym"), mention):
            continue
        acronym = match.group("acronym")
        for use in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            found = Mention(
                text=acronym, start=use.start(), end=use.end(), label="ORG", source="acronym"
            )
            if not _in_capitals_run(text, found):
                yield found


def is_acronym_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` abbreviates ``name`` (Schwartz and Hearst, 2003).

    Its letters must occur in the name in order, the first at the start of the name's first
    content word ("Jamaat Ansar al-Wadi" for JAW, "Central Command" for CENTCOM, "African
    Union Support and Stabilisation Mission in Somalia" for AUSSOM); the name may not be much
    longer than the acronym.
    """
    letters = fold(acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 else acronym)
    letters = re.sub(r"[^a-z0-9]", "", letters)
    words = [word for word in re.split(r"[\s\-‐‑]+", fold(name)) if word]
    words = [re.sub(r"[^a-z0-9]", "", word) for word in words]
    words = [word for word in words if word and word not in _ARTICLE_WORDS]
    if len(letters) < 2 or not words or words[0][0] != letters[0]:
        return False
    if len(words) > min(len(letters) + 5, len(letters) * 2 + 1):
        return False
    return _letters_in_order(letters, words)


_ARTICLE_WORDS: Final = frozenset({"al", "el", "ad", "as", "an", "ar", "at", "az", "wal", "wa"})


def _letters_in_order(letters: str, words: Sequence[str]) -> bool:
    """Match ``letters`` right to left in ``words``; the first letter must start a word."""
    joined = " ".join(words)
    position = len(joined)
    for index in range(len(letters) - 1, -1, -1):
        letter = letters[index]
        position -= 1
        while position >= 0 and (
            joined[position] != letter
            or (index == 0 and position > 0 and joined[position - 1] != " ")
        ):
            position -= 1
        if position < 0:
            return False
    # Every word after the one holding the first letter is a content word of the name; the
    # acronym must reach the first word (no stray leading words).
    return joined[:position].strip() == ""


def defines_acronym(acronym: str, mention: Mention) -> bool:
    """Whether "NAME (ACRONYM)" defines the acronym for the name before the brackets.

    Yes when the letters fit the name; also when the name is an organisation and the acronym
    starts with the name's first letter, since organisations keep acronyms from another
    language (Reporters Without Borders, RSF).
    """
    words = mention.text.split()
    if any(is_acronym_of(acronym, " ".join(words[first:])) for first in range(len(words))):
        return True
    first = fold(mention.text)[:1]
    return mention.label == "ORG" and bool(first) and fold(acronym)[:1] == first


def _resolve_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    def rank(mention: Mention) -> tuple[int, int, int]:
        return (-(mention.end - mention.start), mention.source == "ner", mention.start)

    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(mentions, key=rank):
        if any(mention.start < end and start < mention.end for start, end in taken):
            continue
        chosen.append(mention)
        taken.append((mention.start, mention.end))
    return sorted(chosen, key=lambda mention: mention.start)


def _relabel(mention: Mention) -> Mention:
    """Fix NER labels that domain words contradict ("Jamaat X" is no person)."""
    words = set(re.findall(r"\w+", fold(mention.text)))
    label = mention.label
    if (label in {"PERSON", "NAME", "NORP"} and words & ORG_WORDS) or (
        label == "GPE" and words & _NOT_PLACE_WORDS
    ):
        label = "ORG"
    elif label in {"PERSON", "ORG", "NAME"} and fold(mention.text) in COUNTRY_KEYS:
        label = "GPE"
    elif label in {"PERSON", "ORG", "NAME"} and _PLACE_PREFIX.match(fold(mention.text)):
        # Arabic place names: Ras (cape), Wadi (valley), Kafr (village), Marsa (harbour), ...
        label = "GPE"
    if label == mention.label:
        return mention
    return Mention(
        text=mention.text, start=mention.start, end=mention.end, label=label, source=mention.source
    )


_PLACE_PREFIX: Final = re.compile(
    r"(?:ras|wadi|kafr|marsa|tell|tal|jabal|jebel|bir|ain|ein|deir|dayr|khan|bab|beit|bayt|"
    r"qasr|sidi|hassi|jisr|nahr|tell)\s+\w"
)

#: Words that NER's GPE spans hold when they are bodies, not places ("Qasiri Interior Ministry").
_NOT_PLACE_WORDS: Final = frozenset(
    {"ministry", "council", "party", "army", "brigades", "office", "government", "police"}
)
