"""Name keys: fold the many spellings of one name into one string.

``name_key("Abou Mohamed el-Harithi") == name_key("Abū Muḥammad al-Ḥārithī") == "abu mhmd haritih"``
style folding: case, diacritics, transliteration marks (ʿ ' ’ ʾ `), hyphens, the Arabic article
(al-, el-, ad-, as-, ...), doubled letters, the Muhammad family, ou→u, ee→i, and the e/i and o/u
vowel alternations, and a trailing possessive 's. Leading English articles and titles (Sheikh,
Colonel, President, ...) are dropped from person names by :func:`strip_title`.

Keys are for merging only; they are never shown.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

#: Marks that transliterations use for ʿayn and hamza, and apostrophes.
_MARKS: Final = re.compile(r"[ʿʾʻʼ'’‘`´]")
_ARTICLE: Final = re.compile(
    r"(?<![\w])(?:al|el|ul|il|ad|ed|as|es|ash|esh|at|et|az|ez|an|en|ar|er|ath|adh|wal|wa|l)-(?=\w)"
)
_POSSESSIVE: Final = re.compile(r"(?:'s|’s|s'|s’)$", re.IGNORECASE)
_NON_WORD: Final = re.compile(r"[^\w]+")
_DOUBLED: Final = re.compile(r"(\w)\1+")

#: Spellings of Muhammad and its family, folded before the general vowel rules.
_MUHAMMAD: Final = re.compile(r"^m[ou]h?a?m+[ae]d$")
_ABU: Final = frozenset({"abu", "abou", "abū", "abo"})

#: Standalone Arabic articles written with a space ("Al Jazeera", "El Fasher").
_LOOSE_ARTICLES: Final = frozenset({"al", "el", "the"})

#: Titles and honorifics that can precede a person's name; stripped for the key, kept as role.
TITLES: Final = frozenset(
    {
        "sheikh", "shaikh", "shaykh", "sheik", "mullah", "imam", "emir", "amir", "sayyid",
        "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "premier", "chancellor", "king", "queen",
        "prince", "princess", "general", "gen", "colonel", "col", "lieutenant", "lt", "major",
        "maj", "captain", "capt", "commander", "cmdr", "admiral", "adm", "brigadier", "sergeant",
        "sgt", "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "judge",
        "justice", "ambassador", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "commissioner", "chief", "inspector", "father", "bishop", "pope", "rabbi", "ayatollah",
        "marshal", "field",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=65_536)  # pure, and called for the same names again and again
def fold(text: str) -> str:
    """Lower-case ``text`` and drop diacritics and transliteration marks."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("ı", "i").replace("\u2010", "-").replace("\u2011", "-")
    return _MARKS.sub("", stripped).casefold()


def _fold_token(token: str) -> str:
    if _MUHAMMAD.match(token):
        return "mhmd"
    if token in _ABU:
        return "abu"
    token = token.replace("ou", "u").replace("ee", "i").replace("oo", "u")
    token = _DOUBLED.sub(r"\1", token)
    # Controlled vowel alternations of transliteration: e~i and o~u, but only inside the word,
    # so that short words keep their first letter ("Omar"/"Umar" still fold: o/u at the start).
    return token.replace("e", "i").replace("o", "u")


@functools.lru_cache(maxsize=65_536)  # pure, and called for the same names again and again
def name_tokens(text: str) -> tuple[str, ...]:
    """The folded tokens of a name, articles and a trailing possessive removed.

    Args:
        text: a name as written ("Jama’at Ansar al-Wadi's").

    Returns:
        The key tokens, e.g. ``("jamaat", "ansar", "wadi")``; empty for a name of only
        punctuation or articles.
    """
    text = _POSSESSIVE.sub("", text.strip())
    folded = fold(text)
    folded = _ARTICLE.sub("", folded)
    raw = [token for token in _NON_WORD.split(folded) if token]
    if len(raw) > 1:
        raw = [token for token in raw if token not in _LOOSE_ARTICLES] or raw
    return tuple(_fold_token(token) for token in raw)


def name_key(text: str) -> str:
    """The merge key of a name: :func:`name_tokens` joined by spaces."""
    return " ".join(name_tokens(text))


def strip_title(text: str) -> tuple[str, str | None]:
    """Split leading titles off a person's name.

    Args:
        text: e.g. ``"Colonel Faris Qandil"``.

    Returns:
        The name without titles and the titles in lower case (``("Faris Qandil", "colonel")``),
        or the text unchanged and ``None``. A name made only of titles is returned unchanged.
    """
    words = text.split()
    taken = 0
    while taken < len(words) - 1 and fold(words[taken]).rstrip(".") in TITLES:
        taken += 1
    if taken == 0:
        return text, None
    rest = " ".join(words[taken:])
    return rest, " ".join(word.rstrip(".") for word in words[:taken]).lower()


def initials(text: str) -> str:
    """Upper-case initials of the content words of a name, for acronym matching.

    ``"Syrian Observatory for Human Rights"`` gives ``"SOHR"``; ``"Jamaat Ansar al-Wadi"``
    gives ``"JAW"`` (the article is skipped, the word after it counts).
    """
    letters = []
    for word in re.split(r"[\s]+", text.strip()):
        core = _ARTICLE.sub("", fold(word))
        parts = [part for part in re.split(r"[-\s]+", core) if part]
        for part in parts:
            if part in {"of", "for", "the", "and", "in", "on", "de", "du", "des", "la", "le"}:
                continue
            letters.append(part[0].upper())
    return "".join(letters)
