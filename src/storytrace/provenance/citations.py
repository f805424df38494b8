"""Find explicit citations in an article: who the text says it got its information from.

Inputs: an article's text, and optionally its hyperlinks as ``(href, anchor text)`` pairs.
Output: :class:`Citation` records (the cited party as written, offsets, kind, cue).

Cues: "according to X", "X reported/said/told", "as translated by X", "via X", a dateline
"BEIRUT (Reuters) —", a heading line ending in "(X)", "Read more at X", "Source: X", "in a letter
...", and links whose anchor text is "the full story", "read more", "source". Plain regular
expressions: fast, predictable, English.

Stable API: :class:`Citation`, :func:`find_citations`, :func:`citation_chains`,
:func:`citation_kind`, :func:`headline_credit`, :func:`translated_document`,
:func:`sentence_speaker`, :func:`sentence_chain`, :func:`back_reference`,
:func:`interviewed_by`,
:data:`KINDS`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol
from urllib.parse import urlsplit

#: The kinds of cited party.
KINDS: Final = frozenset({"outlet", "agency", "institute", "document", "person", "unknown"})

#: Texts longer than this are cut before matching (hostile input stays linear and bounded).
MAX_CHARS: Final = 200_000

_AGENCIES = frozenset(
    {
        "reuters",
        "ap",
        "afp",
        "associated press",
        "agence france-presse",
        "agence france presse",
        "upi",
        "dpa",
        "efe",
        "ansa",
        "xinhua",
        "tass",
        "kyodo",
        "anadolu",
        "bloomberg",
        "pa",
    }
)
_AGENCY_WORDS = ("news agency", "press agency", "wire service", "newswire", "agency")
_OUTLET_WORDS = frozenset(
    {
        "times",
        "post",
        "news",
        "herald",
        "gazette",
        "tribune",
        "journal",
        "daily",
        "tv",
        "radio",
        "television",
        "broadcaster",
        "newspaper",
        "chronicle",
        "courier",
        "express",
        "telegraph",
        "guardian",
        "observer",
        "review",
        "weekly",
        "mirror",
        "star",
        "sun",
        "channel",
        "network",
        "magazine",
        "bulletin",
        "dispatch",
        "wire",
        "online",
        "press",
        "broadcasting",
        "broadcast",
    }
)
#: Words that make a name a news outlet wherever they stand in it (not only first or last).
_MEDIA_NAME_WORDS = frozenset({"press", "news", "wire", "times", "herald", "gazette", "tribune"})
_INSTITUTE_WORDS = frozenset(
    {
        "institute",
        "center",
        "centre",
        "observatory",
        "foundation",
        "ministry",
        "university",
        "council",
        "committee",
        "office",
        "department",
        "police",
        "army",
        "government",
        "commission",
        "authority",
        "service",
        "bureau",
        "organisation",
        "organization",
        "group",
        "watch",
        "union",
        "association",
        "court",
        "parliament",
        "embassy",
        "monitor",
        "agency",
        "institution",
        "board",
        "federation",
        "network",
        "unit",
        "forces",
        "coalition",
        "fund",
        "bank",
        "company",
        "corporation",
        "society",
        "league",
        "party",
        "red cross",
        "movement",
        "front",
        "brigade",
        "brigades",
        "battalion",
        "militia",
        "alliance",
        "guard",
        "command",
        "mission",
        "directorate",
        "secretariat",
        "tribunal",
        "assembly",
        "senate",
        "congress",
        "cabinet",
        "administration",
        "municipality",
        "prison",
        "hospital",
        "charity",
        "trust",
        "firm",
        "rail",
        "railway",
        "railways",
        "airline",
        "airlines",
    }
)
_DOCUMENT_WORDS = frozenset(
    {
        "letter",
        "statement",
        "video",
        "report",
        "memo",
        "document",
        "recording",
        "transcript",
        "audio",
        "footage",
        "email",
        "e-mail",
        "filing",
        "communique",
        "communiqué",
        "release",
        "post",
        "tweet",
        "leaflet",
        "cable",
        "dossier",
        "study",
        "survey",
        "affidavit",
        "indictment",
        "lawsuit",
        "audit",
        "minutes",
        "notice",
        "photo",
        "photograph",
        "photos",
        "images",
        "message",
        "declaration",
    }
)
_DOCUMENT_LINKS = frozenset(
    {"from", "by", "of", "issued", "signed", "seen", "posted", "sent", "written", "released"}
)
_PERSON_WORDS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "president",
        "official",
        "officials",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "mayor",
        "governor",
        "general",
        "colonel",
        "director",
        "chief",
        "head",
        "commander",
        "doctor",
        "source",
        "sources",
        "diplomat",
        "diplomats",
        "analyst",
        "lawyer",
        "envoy",
    }
)

_CAPITAL = r"[A-Z][\w&'’-]*(?:\.(?=\w)[\w&'’-]*)*"
_NAME = rf"(?:{_CAPITAL}|of|for|and|on|de|al-?\w*)"
_CAP_PHRASE = rf"(?:[Tt]he\s+)?{_CAPITAL}(?:\s+{_NAME}){{0,6}}"
# after a possessive party, one noun: "citing the Center for Coastal Studies' figures"
_OWNED = r"(?:(?<=['’])\s+[a-z][\w-]*|(?<=['’]s)\s+[a-z][\w-]*)?"
_ACRONYM_AFTER = r"(?:\s*\([A-Z]{2,8}\))?"
# "The Levant Monitoring Institute (LMI), which tracks militant groups in the region, said"
_APPOSITION = r"(?:,\s+(?:which|who|whose|an?|the|its|one)\s[^,.;:\n]{1,80},)?"
_VERBS = (
    r"reported|reports|said|says|told|tells|wrote|writes|stated|states|announced|announces|"
    r"confirmed|confirms|claimed|claims|published|publishes|revealed|reveals|quoted|quotes|"
    r"cited|cites|added|noted|alleged|alleges|disclosed|posted|tweeted|broadcast|repeated|"
    r"insisted|insists|explained|explains|warned|warns|argued|argues|admitted|admits|stressed|"
    r"recalled|recalls"
)
#: Verbs whose capitalised subject is a publisher even when its name says nothing of it.
_MEDIA_VERBS = frozenset(
    {"reported", "reports", "revealed", "reveals", "published", "publishes", "broadcast"}
)
_STOP = (
    r"(?=\s*(?:[,.;:!?()\]\"”]|\s(?:that|who|which|on|in|as|after|before|when|late|early|"
    r"last|this|earlier|citing|quoting)\b|$))"
)

# Each pattern has a group "party"; the cue is the matched text around it.
_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "translated by",
        re.compile(
            rf"\b(?:as\s+)?translated\s+(?:into\s+\w+\s+)?by\s+(?P<party>(?:the\s+)?{_CAP_PHRASE}|(?:the|an?)\s+[\w\s'’-]{{2,60}}?){_STOP}"
        ),
    ),
    (
        "translation by",
        re.compile(
            rf"\b(?:a|the|in\s+a|in\s+the)\s+translation\s+(?:\w+\s+)?by\s+(?P<party>(?:the\s+)?{_CAP_PHRASE}){_STOP}"
        ),
    ),
    (
        "according to",
        re.compile(
            r"\b[Aa]ccording\s+to\s+(?P<party>(?:an?\s+|the\s+)?[\w&'’-]+(?:\s+(?!that\b|who\b|which\b|on\b|in\b|as\b|after\b|when\b)[\w&'’-]+){0,6}?)"
            r"(?=\s*(?:[,.;:!?)\]\"”]|\s(?:that|who|which|on|in|as|after|when|published|released|seen|obtained)\b|$))"
        ),
    ),
    (
        "via",
        re.compile(
            rf"\b[Vv]ia\s+(?P<party>{_CAP_PHRASE}|https?://\S+?|[\w-]+(?:\.[\w-]+)+){_STOP}"
        ),
    ),
    (
        "read more at",
        re.compile(
            rf"\b[Rr]ead\s+(?:more|the\s+full\s+(?:story|article|report))\s+(?:at|on|in)\s+(?P<party>{_CAP_PHRASE}|https?://\S+?|[\w-]+(?:\.[\w-]+)+){_STOP}"
        ),
    ),
    (
        "source:",
        re.compile(
            r"(?m)(?:^|(?<=[.!?]\s))\s*(?:[Ss]ources?|SOURCES?|[Cc]redit|[Oo]riginally\s+published\s+(?:by|in|at))\s*[:\-–—]?\s*(?P<party>[^\n.;]{2,80}?)\s*(?:[.;]|$)"
        ),
    ),
    (
        "first reported by",
        re.compile(
            rf"\b(?:first\s+)?(?:reported|published|broken|revealed)\s+(?:first\s+)?by\s+(?P<party>{_CAP_PHRASE}){_STOP}"
        ),
    ),
    (
        "citing",
        re.compile(
            rf"\b(?:[Cc]iting|[Qq]uoting)\s+(?P<party>(?:an?\s+|the\s+)?(?:{_CAP_PHRASE}|[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)){_OWNED}{_STOP}"
        ),
    ),
    (
        "in a",
        re.compile(
            r"\b(?:[Ii]n|[Ff]rom)\s+(?P<party>(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:letter|statement|video|report|memo|document|recording|transcript|footage|email|"
            r"filing|communique|communiqué|cable|dossier|study|survey|message|declaration)s?)\b"
        ),
    ),
    (
        "said",
        re.compile(
            rf"(?P<party>{_CAP_PHRASE}){_ACRONYM_AFTER}{_APPOSITION}\s+(?:has\s+|had\s+|have\s+)?(?P<verb>{_VERBS})\b"
        ),
    ),
    (
        # "The regional fire chief, Oskar Brenning, said": the name between commas after a role
        "said",
        re.compile(
            rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[\w' -]{{2,60}}?,\s+"
            rf"(?P<party>{_CAPITAL}(?:\s+{_NAME}){{0,4}}),\s+(?:has\s+|had\s+)?(?P<verb>{_VERBS})\b"
        ),
    ),
)
_DATELINE = re.compile(
    # a place in capitals, maybe ", Country", then the agency in brackets and a dash; a short
    # headline sentence may precede it on the line (a repost that added one)
    r"(?m)^(?:[^\n]{1,100}?[.!?:]\s+)??[ \t]*\b[A-Z][A-Z .,'’-]{1,40}?"
    r"(?:,\s*[A-Z][\w .]{1,30})?\s*\((?P<party>[^()\n]{2,40})\)\s*[-—–:]"
)
_LINK_CUES = re.compile(
    r"^\s*(?:read\s+(?:more|the\s+full\s+(?:story|article|report)|the\s+original)|the\s+full\s+"
    r"(?:story|article|report)|full\s+(?:story|article|report)|source|original\s+(?:story|article|report)"
    r"|via\b.*|more\s+at\b.*|first\s+reported\s+by\b.*)",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^(?:the\s+)?[A-Z]{2,8}$")
_PRONOUNS = frozenset(
    {
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "this",
        "that",
        "there",
        "who",
        "which",
        "these",
        "those",
        "police",
        "one",
        "none",
        "some",
        "many",
        "most",
        "officials",
    }
)
_NOT_PARTIES = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "but",
        "and",
        "if",
        "when",
        "while",
        "as",
        "after",
        "before",
        "so",
        "then",
        "meanwhile",
        "however",
        "today",
        "yesterday",
        "it",
        "in",
        "on",
        "at",
        "for",
        "from",
        "a",
        "an",
        "the",
    }
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """A party the article names as where its information comes from.

    Attributes:
        text: the cited party as written ("the Levant Monitoring Institute", "Reuters").
        start, end: its offsets in the article text (``text == article_text[start:end]``), or
            ``None`` for a citation read from a hyperlink.
        kind: one of :data:`KINDS`.
        cue: what makes it a citation: ``"according to"``, ``"said"``, ``"translated by"``,
            ``"via"``, ``"dateline"``, ``"read more at"``, ``"source:"``, ``"link"``, ...
        href: the link target for a hyperlink citation, else ``None``.
    """

    text: str
    start: int | None
    end: int | None
    kind: str
    cue: str
    href: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the citation as a JSON-ready dict."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue,
            "href": self.href,
        }


def citation_kind(name: str) -> str:
    """Guess what kind of party a name is: outlet, agency, institute, document, person, unknown.

    Args:
        name: the party as written.

    Returns:
        one of :data:`KINDS`, from word lists (news agencies, outlet words, institution words,
        document nouns, titles and roles); a web address is an outlet.
    """
    words = re.findall(r"[\w-]+", name.casefold())
    if not words:
        return "unknown"
    joined = " ".join(w for w in words if w not in {"the", "a", "an"})
    last = words[-1]
    head = [w for w in words[:5] if w not in {"the", "a", "an"}]
    for position, word in enumerate(head[:-1]):
        # "a letter from the mining council": the head noun decides
        if word in _DOCUMENT_WORDS and head[position + 1] in _DOCUMENT_LINKS:
            return "document"
    if joined in _AGENCIES or any(cue in joined for cue in _AGENCY_WORDS[:4]):
        return "agency"
    if last in _DOCUMENT_WORDS or (last.endswith("s") and last[:-1] in _DOCUMENT_WORDS):
        return "document"
    if "." in name and " " not in name.strip():
        return "outlet"
    if last in _INSTITUTE_WORDS or any(w in _INSTITUTE_WORDS for w in words[1:]):
        return "institute" if last not in _OUTLET_WORDS else "outlet"
    if last in _OUTLET_WORDS or (head and head[0] in _OUTLET_WORDS):
        return "outlet"
    if any(w in _PERSON_WORDS for w in words):
        return "person"
    if len(head) >= 2 and any(w in _MEDIA_NAME_WORDS for w in head[1:-1]):
        return "outlet"  # "Sarrow Press International", "Valley News Network Online"
    if any(w in _PERSON_WORDS for w in words):
        return "person"
    capitals = [w for w in name.split() if w[:1].isupper()]
    if 2 <= len(capitals) <= 4 and len(capitals) == len(name.split()):
        return "person"
    return "unknown"


def _clean(text: str, start: int) -> tuple[str, int] | None:
    """Trim a party's ends; ``None`` when what is left is not a party (a pronoun, a weekday)."""
    stripped = text.rstrip(" \t,.;:'’\"”")
    lead = len(stripped) - len(stripped.lstrip(' \t"“'))
    stripped = stripped.strip(' \t"“')
    words = stripped.split()
    if not words or len(stripped) > 100:
        return None
    first = words[0].casefold()
    if len(words) == 1 and (first in _PRONOUNS or first in _NOT_PARTIES):
        return None
    if first in _NOT_PARTIES and first not in {"the", "a", "an"}:
        return None
    return stripped, start + lead


def _from_pattern(text: str, cue: str, pattern: re.Pattern[str]) -> Iterable[Citation]:
    for match in pattern.finditer(text):
        cleaned = _clean(match.group("party"), match.start("party"))
        if cleaned is None:
            continue
        party, start = cleaned
        shown = match.group("verb") if "verb" in pattern.groupindex else cue
        kind = citation_kind(party)
        if (
            cue == "said"
            and kind == "unknown"
            and not _ACRONYM.match(party)
            and shown.casefold() not in _MEDIA_VERBS
            and not _looks_like_name(party)
        ):
            continue  # "Monday said" is no party; "the Sunday Beacon reported" is one
        if " " not in party and party.casefold().endswith("ly") and party[:1].isupper():
            continue  # "Originally published by ...": an adverb
        yield Citation(text=party, start=start, end=start + len(party), kind=kind, cue=shown)


#: Capitalised words that start a clause before "said" without naming anyone.
_NOT_NAMES = frozenset(
    {
        *_NOT_PARTIES,
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "this", "that", "these", "those", "there", "here",
        "it", "he", "she", "they", "we", "i", "you", "who", "what", "which", "nobody", "no",
        "everyone", "someone", "somebody", "all", "both", "each", "one", "last", "next",
        "earlier", "later", "also", "still", "now", "tonight",
    }
)  # fmt: skip


def _looks_like_name(party: str) -> bool:
    """A person's or a body's name before "said": one to four capitalised words ("Strell",
    "Greta Sundqvist", "the Blaze"), none of them a weekday, month or clause opener."""
    words = re.sub(r"^the\s+", "", party, flags=re.IGNORECASE).split()
    return (
        1 <= len(words) <= 4
        and all(word[:1].isupper() and word.casefold() not in _NOT_NAMES for word in words)
        and words[0].casefold().strip("'’") not in _NOT_NAMES
    )


def _from_datelines(text: str) -> Iterable[Citation]:
    for match in _DATELINE.finditer(text):
        party = match.group("party").strip()
        start = match.start("party") + (
            len(match.group("party")) - len(match.group("party").lstrip())
        )
        kind = citation_kind(party)
        yield Citation(
            text=party,
            start=start,
            end=start + len(party),
            kind="agency" if kind in {"unknown", "person"} else kind,
            cue="dateline",
        )


#: "Troops take the port city (Harbor Wire)": a heading line (no sentence end before the
#: brackets, at most 30 words, alone on its line) that credits a party in brackets.
_HEADLINE_CREDIT = re.compile(
    r"(?m)^[ \t]*(?P<line>[^\n]{8,240}?[^\s.!?;:,])[ \t]+\((?P<party>[^()\n]{2,60})\)[ \t]*$"
)
#: Bracketed words after a headline that say what the item is, not who it comes from.
_NOT_CREDITS = frozenset(
    {
        "video",
        "videos",
        "photo",
        "photos",
        "pictures",
        "graphic",
        "audio",
        "podcast",
        "live",
        "watch",
        "update",
        "updated",
        "updates",
        "corrected",
        "correction",
        "opinion",
        "analysis",
        "editorial",
        "exclusive",
        "interview",
        "explainer",
        "sponsored",
        "paid",
        "advertisement",
        "full text",
        "transcript",
        "report",
        "breaking",
        "us",
        "usa",
        "uk",
        "eu",
        "un",
        "uae",
    }
)


def headline_credit(line: str) -> str | None:
    """The party a headline credits in brackets at its end ("... (Harbor Wire)"), if any.

    Args:
        line: one headline (an article's title, or a heading line of its text).

    Returns:
        the party as written, when it names a news outlet, an agency or an institution, or is an
        acronym ("(MPA)"); ``None`` for bracketed labels ("(VIDEO)", "(Updated)"), places
        ("(Iraq)") and anything that is not a name.
    """
    match = _HEADLINE_CREDIT.match(" ".join(line.split()))
    if match is None:
        return None
    party = match.group("party").strip()
    words = party.split()
    if (
        len(words) > 6
        or party.casefold() in _NOT_CREDITS
        or not all(word[:1].isupper() or word in {"of", "for", "and", "de", "al"} for word in words)
        or any(character.isdigit() for character in party)
        or len(match.group("line").split()) > 30
    ):
        return None
    if _ACRONYM.match(party) or citation_kind(party) in {"outlet", "agency", "institute"}:
        return party
    return None


def _from_headlines(text: str) -> Iterable[Citation]:
    for match in _HEADLINE_CREDIT.finditer(text):
        party = headline_credit(match.group(0))
        if party is None:
            continue
        start = match.start("party") + match.group("party").index(party)
        kind = citation_kind(party)
        yield Citation(
            text=party,
            start=start,
            end=start + len(party),
            kind="agency" if kind == "unknown" else kind,
            cue="headline",
        )


#: Credit lines, on a line of their own or opening a sentence: "Additional reporting by the
#: Harbor Wire.", "The Harbor Wire contributed to this report.", "Written with material from
#: X", "This story first appeared on X", "Adapted from a report by X", "— AFP", "With Reuters".
_CREDIT_PARTY = (
    r"(?P<party>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w.&'’-]*){0,5})"
)
_CREDITS: Final = tuple(
    re.compile(pattern, re.MULTILINE)
    for pattern in (
        rf"(?:^|(?<=[.!?]\s))\s*(?:[Aa]dditional\s+|[Ww]ith\s+)?[Rr]eporting\s+(?:by|from)\s+"
        rf"{_CREDIT_PARTY}",
        rf"(?:^|(?<=[.!?]\s))\s*{_CREDIT_PARTY}\s+contributed\s+to\s+this\s+"
        r"(?:report|story|article)",
        rf"(?:^|(?<=[.!?]\s))\s*(?:[Ww]ritten|[Cc]ompiled|[Pp]repared)\s+with\s+(?:material|"
        rf"reporting|information)\s+from\s+{_CREDIT_PARTY}",
        rf"(?:^|(?<=[.!?]\s))\s*(?:[Aa]dapted|[Tt]ranslated|[Rr]eprinted|[Rr]epublished)\s+from\s+"
        rf"(?:an?\s+(?:report|story|article|piece)\s+(?:by|in|on)\s+)?{_CREDIT_PARTY}",
        rf"(?:^|(?<=[.!?]\s))\s*(?:[Tt]his|[Tt]he)\s+(?:story|article|report|piece)\s+"
        rf"(?:first\s+|originally\s+)?(?:appeared|ran|was\s+(?:first\s+)?published)\s+"
        rf"(?:first\s+)?(?:on|in|by)\s+{_CREDIT_PARTY}",
        rf"(?:^|(?<=[.!?]\s))\s*(?:[Ff]irst|[Oo]riginally)\s+published\s+(?:by|in|on)\s+"
        rf"{_CREDIT_PARTY}",
        rf"(?:^|(?<=[.!?]\s))\s*(?:[Tt]his|[Tt]he)\s+(?:story|article|report|piece)\s+"
        rf"(?:is|was)\s+based\s+on\s+(?:an?\s+)?(?:reporting|reports?|material|information)\s+"
        rf"(?:by|from)\s+{_CREDIT_PARTY}",
        rf"^[ \t]*(?:[—–-]|[Ww]ith)[ \t]+{_CREDIT_PARTY}[ \t]*\.?[ \t]*$",
    )
)


def _from_credits(text: str) -> Iterable[Citation]:
    """Credit lines naming an outlet, agency or institute (a person's byline is the outlet's
    own reporter: not a credit)."""
    for pattern in _CREDITS:
        for match in pattern.finditer(text):
            party = match.group("party").strip().rstrip(".")
            kind = citation_kind(party)
            if kind not in {"outlet", "agency", "institute"} and not _ACRONYM.match(party):
                continue
            start = match.start("party")
            yield Citation(
                text=party,
                start=start,
                end=start + len(party),
                kind="agency" if kind == "unknown" else kind,
                cue="credit",
            )


def _from_links(links: Iterable[tuple[str, str]]) -> Iterable[Citation]:
    for href, anchor in links:
        if not _LINK_CUES.match(anchor or ""):
            continue
        host = urlsplit(href).hostname or ""
        if not host:
            continue
        host = host.removeprefix("www.")
        yield Citation(text=host, start=None, end=None, kind="outlet", cue="link", href=href)


_SAY = (
    r"(?:say|says|said|claim|claims|claimed|allege|alleges|alleged|insist|insists|insisted|"
    r"believe|believes|told\s+(?P<told>[\w ]{1,40}?)|(?:has|have)\s+learned|understands|"
    r"can\s+reveal)"
)
_ASIDE = (
    r"(?:\s*,\s*(?:however|though|meanwhile|in\s+turn|for\s+(?:its|their|his|her)\s+part|"
    r"too|also)\s*,)?"
)
#: "Police, however, say the father ...", "Local officials said on Monday that ...".
_SPEAKER_FIRST = re.compile(
    rf"^(?P<party>(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,4}}?){_ASIDE}\s+{_SAY}"
    r"(?:\s+on\s+\w+)?(?:\s+that)?\s+\S"
)
#: "..., police said." at the end of the sentence.
_SPEAKER_LAST = re.compile(
    rf",\s+(?P<party>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,4}}?)\s+{_SAY}"
    r"(?:\s+on\s+\w+)?\s*[.!?]?[\"”’]?\s*$"
)
_STAFF = (
    r"(?:reporter|correspondent|journalist|photographer|cameraman|camera\s+crew|crew|stringer)s?"
)
#: "an SPI reporter at the square saw", "a reporter for the Valley Courier saw": an outlet's
#: staff as witnesses.
_STAFF_OF = (
    re.compile(
        rf"\b(?:an?|one|two|three)\s+(?P<party>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,3}})"
        rf"\s+{_STAFF}\b"
    ),
    re.compile(
        rf"\b(?:an?|one|two|three)\s+{_STAFF}\s+(?:for|from|with)\s+"
        r"(?P<party>(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})"
    ),
)
_NOT_SPEAKERS = frozenset({*_PRONOUNS, "many", "some", "others", "critics", "experts"}) - {
    "police",
    "officials",
}


#: "That is according to the Halvik Observatory.", "The figures come from the ministry.",
#: "This was first reported by the Norvale Times.": a sentence that only says where the one
#: before it came from.
_BACK_PARTY = (
    r"(?:the\s+|an?\s+)?[\w'’.&-]+(?:\s+(?!that\b|which\b|who\b|when\b|where\b)"
    r"[\w'’.&-]+){0,6}?"
)
_BACK_REFERENCE = re.compile(
    r"^(?:That|This)(?:'s|’s|\s+is|\s+was)?\s+(?:(?:all|also)\s+)?(?:according\s+to|"
    r"(?:what|how)\s+[\w\s]{0,30}?(?:said|says|reported|reports)\s+by|"
    r"(?:first\s+)?(?:reported|revealed|published|announced)\s+(?:first\s+)?by|from)\s+"
    rf"(?P<party>{_BACK_PARTY})\s*[.!?]?$"
    r"|^The\s+(?:information|figures?|details?|numbers?|news|account|claims?|reports?)\s+"
    r"(?:comes?|came|is|are|was|were)\s+(?:from|according\s+to)\s+"
    rf"(?P<party2>{_BACK_PARTY})\s*[.!?]?$",
    re.IGNORECASE,
)


#: "In an interview with the Norvale Times, the manager said ...": the outlet the speaker spoke
#: to.
_INTERVIEW = re.compile(
    r"^(?:In|During)\s+(?:an?\s+)?(?:interview|conversation|phone\s+call|call)\s+with\s+"
    r"(?P<party>(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s*,"
)


def interviewed_by(sentence: str) -> str | None:
    """The outlet a sentence says its speaker talked to ("In an interview with the Norvale
    Times, the manager said ..."), or ``None``; the chain runs through that outlet."""
    match = _INTERVIEW.match(" ".join(sentence.split())[:400])
    if match is None or citation_kind(match.group("party")) not in {"outlet", "agency"}:
        return None
    return match.group("party")


def back_reference(sentence: str) -> str | None:
    """Whom a sentence that only points back names ("That is according to the Halvik
    Observatory.", "The figures come from the ministry."), or ``None``.

    Args:
        sentence: the sentence right after a statement.

    Returns:
        the party as written.
    """
    match = _BACK_REFERENCE.match(" ".join(sentence.split())[:400])
    if match is None:
        return None
    party = (match.group("party") or match.group("party2") or "").strip().rstrip(".")
    return party or None


def sentence_chain(sentence: str) -> tuple[str, ...]:
    """:func:`sentence_speaker` with the outlet the speaker told, when it names one ("...,
    residents told the Marsh Gazette": the Marsh Gazette, then residents); empty for none."""
    text = " ".join(sentence.split())[:MAX_CHARS]
    speaker = sentence_speaker(text)
    if speaker is None:
        return ()
    match = _SPEAKER_LAST.search(text) or _SPEAKER_FIRST.search(text)
    told = (match.group("told") or "").strip() if match else ""
    if told and citation_kind(told) in {"outlet", "agency"}:
        return (told, speaker)
    return (speaker,)


def sentence_speaker(sentence: str) -> str | None:
    """Who a sentence says it reports, when it opens or ends with its speaker and a speech verb
    ("Police, however, say the father was attacked", "..., local officials said."), or names
    an outlet's staff as its witnesses ("..., an SPI reporter at the square saw": SPI).

    For a sentence already known to state a claim (no event coded in it to carry a chain);
    unlike :func:`find_citations`, a common noun ("police", "residents") is a speaker here.

    Args:
        sentence: one sentence.

    Returns:
        the speaker as written, or ``None`` (none, or a pronoun).
    """
    text = " ".join(sentence.split())[:MAX_CHARS]
    for staff in _STAFF_OF:
        match = staff.search(text)
        if match:
            return match.group("party").strip()
    for pattern in (_SPEAKER_FIRST, _SPEAKER_LAST):
        match = pattern.search(text)
        if match:
            party = match.group("party").strip()
            words = party.casefold().split()
            if (
                words
                and words[-1] not in _NOT_SPEAKERS
                and words[0]
                not in _NOT_PARTIES
                - {
                    "the",
                    "a",
                    "an",
                }
            ):
                return party
    return None


def find_citations(text: str, links: Iterable[tuple[str, str]] = ()) -> tuple[Citation, ...]:
    """Find the explicit citations of an article.

    Args:
        text: the article text (cut at :data:`MAX_CHARS`).
        links: the article's hyperlinks as ``(href, anchor text)`` pairs; those whose anchor says
            "read more", "the full story", "source", "via ..." become citations of the host.

    Returns:
        the citations in text order (link citations last), without two for one stretch of text.
    """
    text = text[:MAX_CHARS]
    found: list[Citation] = [*_from_datelines(text), *_from_headlines(text), *_from_credits(text)]
    quoted = [match.span() for match in _QUOTED.finditer(text)]
    for cue, pattern in _PATTERNS:
        found.extend(
            citation
            for citation in _from_pattern(text, cue, pattern)
            # "according to the timetable of the enemy's media" inside a speaker's quoted words
            # is what the speaker said, not where the article got its information
            if not any(low < (citation.start or 0) < high for low, high in quoted)
        )
    kept: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for citation in found:  # earlier patterns are more specific: they win overlaps
        assert citation.start is not None and citation.end is not None
        if any(citation.start < end and start < citation.end for start, end in taken):
            continue
        taken.append((citation.start, citation.end))
        kept.append(citation)
    kept.sort(key=lambda citation: citation.start or 0)
    return tuple(kept) + tuple(_from_links(links))


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“‘(])|\n\s*\n")
#: A quotation within one paragraph, in curly or straight double quotes.
_QUOTED = re.compile(r"“[^”\n]{1,2000}”|\"[^\"\n]{1,2000}\"")
_TRANSLATION_CUES = frozenset({"translated by", "translation by"})
_DOCUMENT_CUES = frozenset({"in a", "citing", "according to", "via"})


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def citation_chains(text: str, citations: Sequence[Citation]) -> tuple[tuple[str, ...], ...]:
    """Join the citations of each sentence into attribution chains, outermost first.

    A translator rests on the document it translated ("the letter, as translated by the Levant
    Monitoring Institute": institute, then letter); a document rests on whoever issued it
    ("the ministry said in a statement": statement, then ministry). Other citations stand alone.

    Args:
        text: the article text the citations were found in.
        citations: from :func:`find_citations`.

    Returns:
        one chain of party names per citation group, in text order.
    """
    chains: list[tuple[str, ...]] = []
    for low, high in _sentences(text[:MAX_CHARS]):
        inside = [c for c in citations if c.start is not None and low <= c.start < high]
        documents = [c for c in inside if c.kind == "document"]
        translators = [c for c in inside if c.cue in _TRANSLATION_CUES and c.kind != "document"]
        speakers = [c for c in inside if c not in documents and c not in translators]
        if documents:
            document = documents[0].text
            for translator in translators:
                chains.append((translator.text, document, *(s.text for s in speakers[:1])))
            if not translators:
                chains.append((document, *(s.text for s in speakers[:1])))
            speakers = speakers[1:]
        else:
            speakers = translators + speakers
        chains.extend(_nest_citing(speakers))
    chains.extend((c.text,) for c in citations if c.start is None)
    return tuple(chains)


def _nest_citing(speakers: Sequence[Citation]) -> list[tuple[str, ...]]:
    """One chain per speaker, except that "X reported, citing Y" is the chain X > Y."""
    chains: list[tuple[str, ...]] = []
    for speaker in speakers:
        if speaker.cue.casefold() in {"citing", "quoting"} and chains and len(chains[-1]) == 1:
            chains[-1] = (*chains[-1], speaker.text)
        else:
            chains.append((speaker.text,))
    return chains


#: Cues that say where the whole article comes from, not one statement in it.
ARTICLE_CUES: Final = frozenset(
    {"dateline", "headline", "credit", "source:", "link", "read more at", "via"}
)

_SPEAKER_KINDS: Final = {
    "organization": "institute",
    "outlet": "outlet",
    "person": "person",
    "document": "document",
}


class _SpeakerLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def cue(self) -> str: ...


class _EventLike(Protocol):
    @property
    def attribution(self) -> Sequence[_SpeakerLike]: ...


def citations_from_events(events: Iterable[_EventLike]) -> tuple[Citation, ...]:
    """Turn the speakers of attribution chains (``storytrace.events.Event``) into citations.

    Args:
        events: events from ``storytrace.events.code_events``.

    Returns:
        one citation per distinct speaker span (kind ``organization`` becomes ``institute``).
    """
    found: dict[tuple[int, int], Citation] = {}
    for event in events:
        for speaker in event.attribution:
            kind = _SPEAKER_KINDS.get(speaker.kind, "unknown")
            if (
                kind in {"unknown", "person", "institute"}
                and citation_kind(speaker.text) != "unknown"
            ):
                kind = citation_kind(speaker.text)
            found.setdefault(
                (speaker.start, speaker.end),
                Citation(
                    text=speaker.text,
                    start=speaker.start,
                    end=speaker.end,
                    kind=kind,
                    cue=speaker.cue,
                ),
            )
    return tuple(sorted(found.values(), key=lambda citation: citation.start or 0))


def _merge(citations: Sequence[Citation]) -> list[Citation]:
    """Drop citations overlapping an earlier-listed one (the detector's come first)."""
    kept: list[Citation] = []
    for citation in citations:
        if citation.start is not None and any(
            other.start is not None
            and other.end is not None
            and citation.end is not None
            and citation.start < other.end
            and other.start < citation.end
            for other in kept
        ):
            continue
        kept.append(citation)
    return kept


def lead_chains(text: str, citations: Sequence[Citation]) -> tuple[tuple[str, ...], ...]:
    """The attribution chains a whole article rests on, when the claim's place is not known.

    Article-level citations (a dateline, "Source:", "via", "Read more at", a "full story" link)
    say where the whole text comes from: they alone are returned. Otherwise the chains of the
    first sentence holding a citation (a news lede states the claim and its source first).

    Args:
        text: the article text.
        citations: :func:`find_citations` first, then e.g. :func:`citations_from_events`; a later
            citation overlapping an earlier one is dropped.

    Returns:
        chains of names, outermost first; empty when the article cites nothing (own reporting).
    """
    merged = _merge(citations)
    whole = [citation for citation in merged if citation.cue in ARTICLE_CUES]
    if whole:
        names: dict[str, None] = {}
        for citation in whole:
            names.setdefault(citation.text, None)
        return tuple((name,) for name in names)
    placed = [citation for citation in merged if citation.start is not None]
    if not placed:
        return ()
    for low, high in _sentences(text[:MAX_CHARS]):
        inside = [c for c in placed if low <= (c.start or 0) < high]
        if inside:
            return citation_chains(text, inside)
    return ()


_DOCUMENT_NOUN = (
    r"(?:letter|statement|video|recording|audio|message|speech|sermon|manifesto|communique|"
    r"communiqué|declaration|leaflet|post|transcript|document|memo|note|will|poem|fatwa|"
    r"pamphlet|book|article|essay|interview|testimony|diary|notebook)s?"
)
_TRANSLATED = (
    r"(?P<document>(?:the|an?|this|that|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?"
    + _DOCUMENT_NOUN
    + r")\b"
)
_OWN_TRANSLATION: Final = (
    # "The Levant Monitoring Institute (LMI) has prepared an English translation of the letter"
    re.compile(
        r"\b(?P<who>[Ww]e|[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|on))*)(?:\s*\([A-Z]{2,8}\))?"
        r"\s+(?:has\s+|have\s+|had\s+)?(?:prepared|published|produced|made|commissioned|"
        r"presents?|provides?|offers?)\s+(?:an?\s+|the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
        r"translation\s+of\s+" + _TRANSLATED
    ),
    # "our translation of the statement", "We translated the video"
    re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){0,2}?translation\s+of\s+" + _TRANSLATED),
    re.compile(r"\b[Ww]e\s+(?:have\s+)?translated\s+" + _TRANSLATED),
)
_TRANSLATION_TITLE: Final = re.compile(
    r"^\s*(?:translation|translated|in\s+translation|full\s+translation)\s*[:—–-]\s*"
    r"(?P<document>[^\n]{3,160})",
    re.IGNORECASE,
)
#: How far into an article its own translation is looked for.
_TRANSLATION_WINDOW: Final = 3000


def translated_document(
    text: str, title: str | None = None, outlet: str | None = None
) -> str | None:
    """What the article itself translated, when it says it presents its own translation.

    Args:
        text: the article text (only its opening is read).
        title: its headline ("Translation: a letter attributed to ...").
        outlet: the article's outlet: "X has published a translation of ..." is the article's
            own only when X is its outlet (or "we").

    Returns:
        the document as the article names it ("the letter", "a handwritten letter attributed to
        ..."), cut to about 100 characters, or ``None`` when the article does not present a
        translation of its own.
    """
    found = _TRANSLATION_TITLE.match(title or "")
    opening = text[:_TRANSLATION_WINDOW]
    if found is None and "translat" in opening.casefold():
        found = next(
            (
                match
                for pattern in _OWN_TRANSLATION
                for match in pattern.finditer(opening)
                if _by_itself(match, outlet)
            ),
            None,
        )
    if found is None:
        return None
    document = " ".join(found.group("document").split()).rstrip(" .,;:")
    if len(document) > 100:
        document = document[:100].rsplit(" ", 1)[0] + " …"
    return document or None


def _by_itself(match: re.Match[str], outlet: str | None) -> bool:
    """The translation is the article's own: by "we" (or "our"), or by its outlet by name."""
    who = match.groupdict().get("who")
    if who is None or who.casefold() == "we":
        return True
    named = re.sub(r"^the\s+", "", who.strip(), flags=re.IGNORECASE).casefold()
    return (
        bool(outlet)
        and named == re.sub(r"^the\s+", "", (outlet or "").strip(), flags=re.IGNORECASE).casefold()
    )
