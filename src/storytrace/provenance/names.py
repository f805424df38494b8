"""Normalise the names of sources so that spellings of one party meet as one key.

"The Levant Monitoring Institute", "Levant Monitoring Institute's" and, when the caller maps the
acronym, "LMI" all give the key ``levant monitoring institute``.

Stable API: :func:`name_key`, :func:`alias_table`, :func:`find_aliases`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_PUNCT = re.compile(r"[^\w&]+")
_HOST = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.IGNORECASE)
# "the Levant Monitoring Institute (LMI)": a name followed by its acronym in brackets.
_DEFINITION = re.compile(
    r"((?:[A-Z][\w&'’-]*\s+){1,7}?(?:(?:of|for|and|the|on)\s+)*(?:[A-Z][\w&'’-]*\s*)+)\(([A-Z]{2,8})\)"
)


def name_key(name: str, aliases: Mapping[str, str] | None = None) -> str:
    """Return the comparison key of a source's name.

    Args:
        name: the name as written ("the Levant Monitoring Institute's").
        aliases: a table from :func:`alias_table`: key of an alias to key of its canonical name.

    Returns:
        the key: casefolded, without a leading article, a possessive or punctuation; mapped
        through ``aliases`` when it is an alias. ``""`` for a name with no letters or digits.
    """
    text = name.strip()
    if _HOST.match(text):
        # "www.uplandcourier.example" -> "uplandcourier": a site name, comparable to
        # an outlet's key with its spaces removed (see sources._build)
        labels = text.casefold().split("//")[-1].split("/")[0].removeprefix("www.").split(".")
        return labels[-2] if len(labels) >= 2 else labels[0]
    for _ in range(2):
        text = _ARTICLE.sub("", text).strip()
        text = _POSSESSIVE.sub("", text).strip()
    key = " ".join(_PUNCT.sub(" ", text.casefold()).split())
    if aliases:
        key = aliases.get(key, key)
    return key


def alias_table(aliases: Mapping[str, str]) -> dict[str, str]:
    """Turn a mapping of alias to canonical name (e.g. from the actor table) into keys.

    Args:
        aliases: ``{"LMI": "Levant Monitoring Institute", ...}`` as written.

    Returns:
        ``{name_key(alias): name_key(canonical)}``; chains of aliases are followed to their end.
    """
    table = {name_key(alias): name_key(canonical) for alias, canonical in aliases.items()}
    resolved: dict[str, str] = {}
    for alias in table:
        key, seen = alias, {alias}
        while key in table and table[key] not in seen:
            key = table[key]
            seen.add(key)
        if key != alias:
            resolved[alias] = key
    return resolved


def find_aliases(text: str) -> dict[str, str]:
    """Find acronyms a text defines: "the Levant Monitoring Institute (LMI)" gives LMI.

    Args:
        text: any text.

    Returns:
        ``{acronym: name}`` for each definition whose initials spell the acronym.
    """
    found: dict[str, str] = {}
    for match in _DEFINITION.finditer(text):
        words = match.group(1).split()
        acronym = match.group(2)
        for start in range(len(words)):
            candidate = words[start:]
            initials = "".join(w[0] for w in candidate if w[0].isupper())
            if initials == acronym:
                found[acronym] = " ".join(candidate)
                break
    return found
