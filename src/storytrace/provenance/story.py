"""Independent sources per claim and per story, from what the store holds.

Inputs: a story's claims (:mod:`storytrace.claims`: the same event reported by several
articles, each report with its attribution chain), its articles, the reuse links between them,
and alias names (acronyms, the actor table's spellings). Output: :class:`StorySources`: for each
claim an :class:`~storytrace.provenance.sources.IndependentCount`, and for the story the distinct
roots of all its claims.

How a mention of a claim is read (docs/provenance.md):

1. Its sentence lies in a passage shared with an earlier article (a copy or a quotation found by
   the reuse stage), or holds a hyperlink to another article of the story: it rests on that
   article, whatever its own chain says.
2. Otherwise it rests on its attribution chain after the outlet, each link normalised within the
   story: "LMI's translation" and "the institute's statement" are their owners; "the institute"
   is the one named institute of the story when there is exactly one; "the letter", "a
   handwritten letter" and "the three-page letter" are one document.
3. A mention in the outlet's own voice rests on its article, and the article on what the whole
   article rests on: the original it reposts, and article-level citations (a dateline, "Source:",
   "via", "Read more at").

Pure functions; nothing is stored or printed here.

Stable API: :class:`ClaimSources`, :class:`StorySources`, :func:`story_sources`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol
from urllib.parse import urlsplit

from storytrace.model import Article, content_hash
from storytrace.provenance.citations import (
    ARTICLE_CUES,
    Citation,
    back_reference,
    citation_chains,
    citation_kind,
    find_citations,
    headline_credit,
    interviewed_by,
    lead_chains,
    sentence_chain,
    translated_document,
)
from storytrace.provenance.names import alias_table, find_aliases, name_key
from storytrace.provenance.sources import (
    IndependentCount,
    Mention,
    ProvenanceOptions,
    Root,
    count_independent,
)
from storytrace.provenance.statements import Statement, main_statement

#: A line that is wholly a credit: "Source: Northern Wire", "(via Northern Wire)".
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:sources?|via|read\s+more\s+(?:at|on)|(?:originally|first)\s+published\s+"
    r"(?:by|in|at|on))\s*[:\-–—]?\s*(?P<party>[A-Z][^\n()]{1,60}?)\s*\)?\s*\.?$",
    re.IGNORECASE,
)
#: A mention whose sentence has at least this share inside a shared passage is a copy of it.
COPIED_SHARE = 0.5

_POSSESSOR = re.compile(
    r"^(?P<owner>.+?)(?:'s|’s|s'|s’)\s+(?P<noun>[\w-]+(?:\s+[\w-]+)?)(?:\s+of\b.*)?$"
)
#: "an internal audit of the prison service", "a report by the Coastal Observatory": a
#: product named before its owner.
_PRODUCT_OF = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s+(?:of|by|from|at|with)\s+"
    r"(?P<owner>(?:the\s+)?[\w'’ -]+)$"
)
_DETERMINER = re.compile(r"^(?:the|a|an|this|that|its|their|his|her)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w-]+")
#: Nouns that name what a party produced: "X's translation" rests on X.
_PRODUCTS = frozenset(
    {
        "translation",
        "translations",
        "statement",
        "statements",
        "report",
        "reports",
        "analysis",
        "summary",
        "account",
        "reporting",
        "version",
        "findings",
        "review",
        "audit",
        "audits",
        "researchers",
        "investigators",
        "experts",
        "staff",
        "team",
        "lawyers",
        "monitors",
        "analysts",
        "officials",
        "assessment",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "website",
        "channel",
    }
)


#: Titles and roles written before a name ("Interior Minister Karl Brenner").
_TITLES = frozenset(
    {
        "minister", "president", "prime", "interior", "foreign", "defence", "defense", "finance",
        "justice", "health", "secretary", "general", "chief", "spokesman", "spokeswoman",
        "spokesperson", "commander", "governor", "mayor", "senator", "judge", "prosecutor",
        "director", "chairman", "chairwoman", "chair", "colonel", "captain", "major",
        "lieutenant", "sergeant", "inspector", "superintendent", "sheikh", "dr", "mr", "mrs",
        "ms", "professor", "prof", "deputy", "vice", "opposition", "leader", "head", "police",
        "officer", "ambassador", "envoy", "king", "queen", "prince", "emir", "mp", "councillor",
        "state", "attorney", "lawyer", "analyst", "researcher", "editor", "founder",
    }
)  # fmt: skip
#: Words after an outlet's name that say what it is: "the Pellion Wire news agency" is the
#: story's outlet "Pellion Wire".
_OUTLET_DESCRIPTORS = re.compile(
    r"\s+(?:news\s+agency|press\s+agency|wire\s+service|agency|newspaper|paper|daily|"
    r"weekly|website|web\s*site|news\s+site|site|blog|broadcaster|radio(?:\s+station)?|"
    r"station|channel|tv|television|magazine|outlet)$",
    re.IGNORECASE,
)
#: Other words for one body ("Cops in Harrowmere say", "officers said"), read as the story's
#: one named party with that head noun.
_SYNONYM_HEADS: Final = {
    "cops": "police",
    "cop": "police",
    "officers": "police",
    "detectives": "police",
    "investigators": "police",
    "policemen": "police",
    "troops": "army",
    "soldiers": "army",
    "military": "army",
}
_PLACE_PREPOSITIONS = frozenset({"in", "of", "at", "from", "for", "on"})
#: Documents a court case is filed as: within one story, "the indictment", "the charge sheet"
#: and "the court filing" are one document.
_COURT_DOCUMENTS = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:indictment|charge\s+sheet|charging\s+document|charges|court\s+filing|filing|"
    r"court\s+papers|court\s+documents|criminal\s+complaint)s?\b",
    re.IGNORECASE,
)
#: A speaker named by a pronoun the coder could not resolve says nothing about the source.
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})
#: "X reported, citing Y": the chain goes on from X to Y.
_CITING = (
    r"(?:\s*\([A-Z]{2,8}\))?\s+(?:has\s+|had\s+)?(?:reported|reports|said|says|wrote|writes|"
    r"announced|claimed|claims)(?:\s+on\s+\w+)?\s*,?\s+(?:citing|quoting)\s+"
    r"(?P<party>(?:the\s+|an?\s+)?[\w'’.-]+(?:\s+(?!that\b|as\b|who\b|which\b|and\b|on\b|in\b)"
    r"[\w'’.-]+){0,6}?)(?=\s*(?:[,.;:!?)]|\s(?:that|as|who|which|and|on|in)\b|$))"
)
#: A party's own staff: "its reporter at the scene", "their correspondents".
_OWN_STAFF = re.compile(
    r"^(?:its|their|his|her)\s+(?:own\s+)?(?:reporters?|correspondents?|journalists?|staff|"
    r"team|photographers?|crew|stringers?)\b",
    re.IGNORECASE,
)
#: A translated document's name up to its head noun ("a handwritten letter" of "a handwritten
#: letter attributed to ..."), the node it is in the source graph.
_HEAD_DOCUMENT = re.compile(
    r"^(?:the|an?|this|that|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:letter|statement|video|recording|audio|message|speech|sermon|manifesto|communique|"
    r"communiqué|declaration|leaflet|post|transcript|document|memo|note|will|poem|fatwa|"
    r"pamphlet|book|article|essay|interview|testimony|diary|notebook)s?\b",
    re.IGNORECASE,
)
#: "Prosecutors say in the court filing that ...", "the army wrote in a letter": the speaker's
#: words reach the outlet through that document (the same reading as "the filing says").
_IN_MEDIUM = (
    r"\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?(?:said|says|say|wrote|writes|write|stated|"
    r"states|state|argued|argues|argue|alleged|alleges|allege|claimed|claims|claim|added|adds|"
    r"warned|warns|warn|explained|explains|explain|asserted|asserts|assert)"
    r"(?:\s+on\s+\w+)?\s+in\s+(?P<document>(?:the|an?|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:letter|statement|video|report|memo|document|recording|transcript|filing|communique|"
    r"communiqué|cable|dossier|affidavit|indictment|complaint|lawsuit|submission|email|message|"
    r"post|declaration)s?)\b"
)


class ClaimLike(Protocol):
    """What is read of a claim (``storytrace.claims.Claim`` fits)."""

    @property
    def id(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def sentence(self) -> str: ...
    @property
    def mentions(self) -> Sequence[Any]: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimSources:
    """The independent sources of one claim.

    Attributes:
        claim_id, type, sentence: the claim.
        articles: the ids of the articles reporting it, sorted.
        independent: the count, its roots and the mentions resting on each.
    """

    claim_id: str
    type: str
    sentence: str
    articles: tuple[str, ...]
    independent: IndependentCount

    def to_dict(self) -> dict[str, Any]:
        """Return the claim's sources as a JSON-ready dict."""
        return {
            "claim_id": self.claim_id,
            "type": self.type,
            "sentence": self.sentence,
            "articles": list(self.articles),
            "independent": self.independent.to_dict(),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class StorySources:
    """The independent sources of a story: the distinct roots of all its claims.

    Attributes:
        count: how many distinct roots.
        roots: the roots, the one most claims rest on first.
        claims_per_root: for each root (same order), how many claims rest on it.
        claims: per claim, most reported first.
        main: the count of the story's main claim (the one most articles report; the first
            of them in claim order on a tie), or ``None`` when the story has no claim.
        summary: one sentence.
        graph: the source graph of the story.
    """

    count: int
    roots: tuple[Root, ...]
    claims_per_root: tuple[int, ...]
    claims: tuple[ClaimSources, ...]
    main: ClaimSources | None
    summary: str
    graph: SourceGraph

    def to_dict(self) -> dict[str, Any]:
        """Return the story's sources as a JSON-ready dict."""
        return {
            "count": self.count,
            "roots": [
                {**root.to_dict(), "claims": claims}
                for root, claims in zip(self.roots, self.claims_per_root, strict=True)
            ],
            "claims": [claim.to_dict() for claim in self.claims],
            "main_claim": self.main.to_dict() if self.main else None,
            "summary": self.summary,
            "graph": self.graph.to_dict(),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class GraphNode:
    """A node of the source graph.

    Attributes:
        id: ``article:<id>`` for an article, ``party:<name key>`` for a named party (an outlet
            is the party of its articles).
        kind: ``article``, or the party's kind: ``outlet``, ``agency``, ``institute``,
            ``document``, ``person``, ``unknown``.
        label: the article's outlet, date and short id, or the party's longest spelling.
        actor_id: the canonical actor the party is, when one of the actor table's spellings
            names it.
    """

    id: str
    kind: str
    label: str
    actor_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the node as a JSON-ready dict."""
        return {"id": self.id, "kind": self.kind, "label": self.label, "actor_id": self.actor_id}


@dataclass(frozen=True, slots=True, kw_only=True)
class GraphEdge:
    """A directed edge of the source graph, from what rests to what it rests on.

    Attributes:
        source, target: node ids.
        kind: ``copies`` and ``quotes`` (article to the earlier article it shares passages
            with), ``published_by`` (article to its outlet), ``cites`` (article to a party it
            names as its source), ``translates`` (a translator to the document),
            ``authored_by`` (a document to its author or issuer), ``rests_on`` (any other step
            of an attribution chain).
        count: how many claim mentions, citations or passages stand behind the edge.
    """

    source: str
    target: str
    kind: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        """Return the edge as a JSON-ready dict."""
        return {
            "source": self.source,
            "target": self.target,
            "kind": self.kind,
            "count": self.count,
        }


class _GraphBuilder:
    def __init__(
        self,
        articles: Mapping[str, Article],
        aliases: Mapping[str, str],
        actor_ids: Mapping[str, str] | None = None,
    ) -> None:
        self.aliases = alias_table(aliases)
        self.actors = {
            name_key(spelling, self.aliases): actor for spelling, actor in (actor_ids or {}).items()
        }
        self.nodes: dict[str, GraphNode] = {}
        self.edges: dict[tuple[str, str, str], int] = {}
        for article_id, article in articles.items():
            day = article.published.value[:10] if article.published else "undated"
            label = f"{article.outlet or article.url or article_id} ({day}) [{article_id[:10]}]"
            self.nodes[f"article:{article_id}"] = GraphNode(
                id=f"article:{article_id}", kind="article", label=label
            )
            if article.outlet:
                outlet = self.party(article.outlet, "outlet")
                if outlet:
                    self.edge(f"article:{article_id}", outlet, "published_by")

    def party(self, name: str, kind: str | None = None) -> str | None:
        key = name_key(name, self.aliases)
        if not key:
            return None
        node = f"party:{key}"
        shown = " ".join(name.split())
        known = self.nodes.get(node)
        found = kind or citation_kind(shown)
        if known is None or (known.kind == "unknown" and found != "unknown"):
            label = shown if known is None or len(shown) > len(known.label) else known.label
            self.nodes[node] = GraphNode(
                id=node, kind=found, label=label, actor_id=self.actors.get(key)
            )
        return node

    def edge(self, source: str, target: str, kind: str, count: int = 1) -> None:
        if source != target:
            self.edges[(source, target, kind)] = self.edges.get((source, target, kind), 0) + count

    def chain(self, article_id: str, raw: Sequence[str], chain: Sequence[str]) -> None:
        previous, previous_raw = f"article:{article_id}", ""
        for position, text in enumerate(chain[1:], start=1):
            node = self.party(text)
            if node is None:
                continue
            kind = self.nodes[node].kind
            if previous.startswith("article:"):
                step = "cites"
            elif "translat" in previous_raw.casefold() and kind == "document":
                step = "translates"
            elif self.nodes[previous].kind == "document":
                step = "authored_by"
            else:
                step = "rests_on"
            self.edge(previous, node, step)
            previous = node
            previous_raw = raw[position] if position < len(raw) else text

    def build(self) -> SourceGraph:
        edges = tuple(
            GraphEdge(source=source, target=target, kind=kind, count=count)
            for (source, target, kind), count in sorted(self.edges.items())
        )
        return SourceGraph(nodes=tuple(self.nodes[key] for key in sorted(self.nodes)), edges=edges)


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceGraph:
    """Who rests on whom in a story: articles, outlets, agencies, institutes, documents, people.

    Attributes:
        nodes: sorted by id.
        edges: sorted by source, target and kind.
    """

    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the graph as a JSON-ready dict."""
        return {
            "nodes": [node.to_dict() for node in self.nodes],
            "edges": [edge.to_dict() for edge in self.edges],
        }


def story_sources(
    claims: Iterable[ClaimLike],
    articles: Mapping[str, Article],
    reuse_links: Sequence[Mapping[str, Any]] = (),
    *,
    events: Sequence[Mapping[str, Any]] = (),
    linked: Mapping[str, Article] | None = None,
    aliases: Mapping[str, str] | None = None,
    actor_ids: Mapping[str, str] | None = None,
    options: ProvenanceOptions | None = None,
    statements: Sequence[Statement] | None = None,
) -> StorySources:
    """Count the independent sources of each claim of a story, and of the story.

    Args:
        claims: the story's claims (``storytrace.claims.group_claims``).
        articles: the story's articles by id (others named by links are passed over).
        reuse_links: reuse links between them, as ``Store.reuse_links`` gives them (with
            ``passages``: offsets in both texts).
        events: the articles' coded events as the store gives them (with ``article_id``); the
            chains of those in each article's statement of the central claim are read.
        linked: stored articles outside the story that its articles' hyperlinks point to; a
            claim sentence linking to one rests on it, and they are nodes of the graph.
        aliases: alias to canonical name as written (e.g. the actor table's spellings); the
            acronyms the articles define themselves are added.
        actor_ids: spelling to canonical actor id (the actor table's aliases), to tie the
            graph's parties to actors.
        options: how copies and citations are read.
        statements: each article's sentence stating the story's central claim, when known
            (a reader chose them); ``None`` finds them (:func:`main_statement`).

    Returns:
        the per-claim counts and the story's distinct roots.
    """
    story = articles
    articles = {**(linked or {}), **story}
    table = dict(aliases or {})
    for article in articles.values():
        for acronym, name in find_aliases(article.text).items():
            table.setdefault(acronym, name)
    links = [
        link
        for link in reuse_links
        if link.get("a_id") in articles and link.get("b_id") in articles
    ]
    found = {
        article_id: find_citations(article.text, [(link.href, link.text) for link in article.links])
        for article_id, article in articles.items()
    }
    normalise = _Normaliser(
        story,
        claims := list(claims),
        table,
        found,
        names=[name for event in events or () for name in _names(event.get("attribution"))],
    )
    whole = {
        a: _normalised(_article_chains(articles[a], citations), normalise)
        for a, citations in found.items()
    }
    lead = {
        a: _normalised(
            lead_chains(
                articles[a].text,
                [c for c in citations if not _is_outlet(c.text, articles[a].outlet)],
            ),
            normalise,
        )
        for a, citations in found.items()
    }
    dates = {
        a: (article.published.value if article.published else None)
        for a, article in articles.items()
    }
    urls = _url_index(articles)
    context = _Context(
        citations=found, links=links, normalise=normalise, dates=dates, urls=urls, whole=whole
    )
    graph = _GraphBuilder(articles, table, actor_ids)
    for link in links:
        _link_edges(graph, link)
    for article_id, article in articles.items():
        for hyperlink in article.links:
            target = urls.get(url_key(hyperlink.href))
            if target and target != article_id:
                graph.edge(f"article:{article_id}", f"article:{target}", "cites")
    for article_id, chains in whole.items():
        for chain in chains:
            graph.chain(article_id, ("", *chain), ("", *chain))
    for article_id, article in story.items():
        document = translated_document(article.text, article.title, article.outlet)
        head = _HEAD_DOCUMENT.match(document or "")
        node = graph.party(normalise.link(head.group(0)), "document") if head else None
        if node:
            graph.edge(f"article:{article_id}", node, "translates")
    counter = _Counter(
        articles=articles,
        context=context,
        whole=whole,
        lead=lead,
        aliases=table,
        options=options,
        graph=graph,
    )
    results = [
        counted
        for claim in claims
        if (counted := counter.count(claim.id, claim.type, claim.sentence, claim.mentions))
    ]
    results.sort(key=lambda item: (-len(item.articles), item.claim_id))
    main = _main_claim(story, events, counter, statements)
    return _story(results, graph.build(), main)


@dataclass(frozen=True, slots=True)
class _Said:
    """A statement read as a claim mention (what :func:`_mentions` reads of one)."""

    article_id: str
    start: int
    sentence: str
    attribution: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Counter:
    """Counts the independent sources of one claim's mentions within a story."""

    articles: Mapping[str, Article]
    context: _Context
    whole: Mapping[str, tuple[tuple[str, ...], ...]]
    lead: Mapping[str, tuple[tuple[str, ...], ...]]
    aliases: Mapping[str, str]
    options: ProvenanceOptions | None
    graph: _GraphBuilder

    def count(
        self, claim_id: str, claim_type: str, sentence: str, items: Iterable[Any]
    ) -> ClaimSources | None:
        mentions = []
        for item in items:
            if item.article_id not in self.articles:
                continue
            for mention in _mentions(item, self.articles[item.article_id], self.context):
                raw = item.attribution if len(item.attribution) == len(mention.chain) else ()
                self.graph.chain(item.article_id, raw or mention.chain, mention.chain)
                mentions.append(mention)
        if not mentions:
            return None
        cited = {m.article_id: chains for m in mentions if (chains := self.whole[m.article_id])}
        reporting = {m.article_id for m in mentions if not m.copied_from}
        for original in sorted({o for m in mentions for o in m.copied_from} - reporting):
            # an original that does not report the claim in words the coder matched: what its
            # lede rests on ("..., according to the institute's translation")
            chains = self.whole[original] or self.lead[original]
            if chains:
                cited[original] = chains
        counted = count_independent(
            mentions,
            articles=self.articles,
            reuse_links=self.context.links,
            chains=cited,
            aliases=self.aliases,
            options=self.options,
        )
        return ClaimSources(
            claim_id=claim_id,
            type=claim_type,
            sentence=" ".join(sentence.split()),
            articles=tuple(sorted({m.article_id for m in mentions})),
            independent=counted,
        )


def _main_claim(
    articles: Mapping[str, Article],
    events: Sequence[Mapping[str, Any]],
    counter: _Counter,
    known: Sequence[Statement] | None = None,
) -> ClaimSources | None:
    """The story's central claim (:func:`main_statement`) and its independent sources.

    Each article's statement is read with the longest attribution chain of the coded events in
    its sentence (the first of equal ones), when there is one.
    """
    statements = (
        tuple(s for s in known if s.article_id in articles)
        if known is not None
        else main_statement({a: article.text for a, article in articles.items()})
    )
    if not statements:
        return None
    by_article: dict[str, list[Mapping[str, Any]]] = {}
    for event in events:
        by_article.setdefault(str(event.get("article_id")), []).append(event)
    said = []
    types: list[str] = []
    for statement in statements:
        article = counter.articles[statement.article_id]
        outlet = article.outlet or ""
        options = []
        for start, end in ((statement.start, statement.end), *statement.support):
            inside = sorted(
                (
                    event
                    for event in by_article.get(statement.article_id, [])
                    if start <= _evidence_start(event) < end
                ),
                key=_evidence_start,
            )
            if (start, end) == (statement.start, statement.end):
                types.extend(str(event.get("type") or "") for event in inside)
            # the sentence's attribution: the longest chain any of its events carries
            chain = max((_names(event.get("attribution")) for event in inside), key=len, default=())
            if len(chain) < 2 and (spoken := sentence_chain(article.text[start:end])):
                chain = (outlet, *spoken)  # no event coded: "Police, however, say ..."
            if len(chain) < 2 and (pointed := _pointed_back(article.text, end)):
                chain = (outlet, pointed)  # "... . That is according to the observatory."
            spoke_to = interviewed_by(article.text[start:end])
            if len(chain) >= 2 and spoke_to and spoke_to not in chain:
                chain = (chain[0], spoke_to, *chain[1:])  # "In an interview with the Times, X said"
            options.append(
                _Said(
                    article_id=statement.article_id,
                    start=(start + end) // 2,
                    sentence=article.text[start:end],
                    attribution=chain or (outlet,),
                )
            )
        # An own-voice statement whose restatement nearby names a source ("Dozens of homes are
        # under water ... . The fire chief said in a statement that ...") rests on that source.
        chosen = next((o for o in options if _attributed(o, article, counter)), options[0])
        said.append(_named_speaker(chosen, by_article.get(statement.article_id, []), article))
    seed = max(statements, key=lambda s: (s.agreement, -s.position))
    kinds = [kind for kind in types if kind]
    claim_type = max(sorted(set(kinds)), key=kinds.count) if kinds else ""
    return counter.count(
        content_hash("statement", *(f"{s.article_id}:{s.start}" for s in statements)),
        claim_type,
        seed.sentence,
        said,
    )


#: A speaker told only by what it is: "a farmer who lives beside the line", "one resident".
_INDEFINITE = re.compile(r"^(?:an?|one|another)\s+[a-z]", re.IGNORECASE)
_PERSON_NAME = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}$")


def _named_speaker(said: _Said, events: Sequence[Mapping[str, Any]], article: Article) -> _Said:
    """The statement's unnamed speaker ("A farmer who lives beside the line says he saw ...")
    named by the next sentence ("Pieter Quell said he watched ..."): the person is the source.

    Only the sentence right after the statement is read, and only a speaker written as a full
    name of two to four capitalised words, so two different unnamed witnesses stay apart.
    """
    if not said.attribution or not _INDEFINITE.match(said.attribution[-1]):
        return said
    following = _next_sentence(
        article.text, _sentence_span(article.text, said.sentence, said.start)[1]
    )
    if following is None:
        return said
    for event in sorted(events, key=_evidence_start):
        if following[0] <= _evidence_start(event) < following[1]:
            chain = _names(event.get("attribution"))
            if chain and _PERSON_NAME.match(chain[-1]):
                return _Said(
                    article_id=said.article_id,
                    start=said.start,
                    sentence=said.sentence,
                    attribution=(*said.attribution[:-1], chain[-1]),
                )
    return said


def _pointed_back(text: str, end: int) -> str | None:
    """Whom the sentence after offset ``end`` says the one before came from, when it says only
    that (:func:`~storytrace.provenance.citations.back_reference`)."""
    following = _next_sentence(text, end)
    return back_reference(text[following[0] : following[1]]) if following else None


def _next_sentence(text: str, after: int) -> tuple[int, int] | None:
    """The span of the sentence starting after offset ``after`` (``None`` at the end)."""
    rest = text[after:]
    start = after + len(rest) - len(rest.lstrip())
    if start >= len(text):
        return None
    match = re.search(r"[.!?][\"”’)]*(?:\s|$)", text[start:])
    return start, start + (match.end() if match else len(text) - start)


def _attributed(said: _Said, article: Article, counter: _Counter) -> bool:
    """The statement names whom it rests on: a chain past the outlet, or a citation."""
    if len(said.attribution) > 1:
        return True
    citations = counter.context.citations.get(said.article_id, ())
    return bool(_sentence_chains(said, article.text, citations, article.outlet))


def _evidence_start(event: Mapping[str, Any]) -> int:
    evidence = event.get("evidence") or {}
    trigger = event.get("trigger") or {}
    value = evidence.get("start") if isinstance(evidence, Mapping) else None
    if value is None and isinstance(trigger, Mapping):
        value = trigger.get("start")
    return int(value) if isinstance(value, int) else -1


def _names(attribution: object) -> tuple[str, ...]:
    if not isinstance(attribution, list):
        return ()
    return tuple(str(item.get("text") or "") for item in attribution if isinstance(item, Mapping))


def _normalised(
    chains: Iterable[Sequence[str]], normalise: _Normaliser
) -> tuple[tuple[str, ...], ...]:
    """Chains of names (no outlet first) with each link read within the story."""
    found = []
    for chain in chains:
        links = normalise.chain(("", *chain))[1:]
        if links:
            found.append(links)
    return tuple(found)


_TRACKING = re.compile(r"^(?:utm_\w+|ref|ref_src|ref_url|fbclid|gclid|cmpid|src)=", re.IGNORECASE)


def url_key(url: str) -> str:
    """A URL for comparison: host without ``www.``, no fragment, no tracking parameters, no
    trailing slash, case-folded scheme and host.

    Args:
        url: any URL.

    Returns:
        the key; ``""`` for a string that has no host.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    if not host:
        return ""
    query = "&".join(item for item in parts.query.split("&") if item and not _TRACKING.match(item))
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{query}" if query else "")


def url_variants(url: str) -> tuple[str, ...]:
    """Spellings a stored URL may have for the page a link points to: with and without
    ``www.``, ``http`` or ``https``, a trailing slash; without the fragment and tracking
    parameters (for an exact look-up, e.g. :meth:`storytrace.store.Store.articles_at`)."""
    key = url_key(url)
    if not key:
        return ()
    host, _, rest = key.partition("/")
    path = f"/{rest}" if rest else ""
    found: list[str] = []
    for scheme in ("https", "http"):
        for prefix in ("", "www."):
            for tail in ("", "/") if "?" not in path else ("",):
                found.append(f"{scheme}://{prefix}{host}{path}{tail}")
    plain = url.strip().split("#", 1)[0]
    if plain not in found:
        found.append(plain)
    return tuple(found)


def _url_index(articles: Mapping[str, Article]) -> dict[str, str]:
    """The story's articles by the keys of their URL and canonical URL."""
    index: dict[str, str] = {}
    for article_id, article in sorted(articles.items()):
        for url in (article.url, article.canonical_url):
            if url and (key := url_key(url)):
                index.setdefault(key, article_id)
    return index


def _linked_from(item: Any, article: Article, urls: Mapping[str, str]) -> tuple[str, ...]:
    """Articles of the story that the mention's sentence links to ("as first reported by the
    Herald", the anchor on the Herald's article)."""
    if not article.links:
        return ()
    low, high = _sentence_span(article.text, str(item.sentence), int(item.start))
    found = {
        target
        for link in article.links
        if low <= link.start < high
        and (target := urls.get(url_key(link.href)))
        and target != article.id
    }
    return tuple(sorted(found))


def _link_edges(graph: _GraphBuilder, link: Mapping[str, Any]) -> None:
    """A reuse link as ``copies`` / ``quotes`` edges from the later article to the earlier."""
    direction = link.get("direction")
    if direction == "a->b":
        later, earlier = str(link["b_id"]), str(link["a_id"])
    elif direction == "b->a":
        later, earlier = str(link["a_id"]), str(link["b_id"])
    else:
        return
    kinds: dict[str, int] = {}
    for passage in link.get("passages") or ():
        kind = "quotes" if passage.get("kind") == "quote" else "copies"
        kinds[kind] = kinds.get(kind, 0) + 1
    for kind, count in sorted(kinds.items()):
        graph.edge(f"article:{later}", f"article:{earlier}", kind, count)


@dataclass(frozen=True, slots=True)
class _Context:
    """What every mention of a story is read against."""

    citations: Mapping[str, Sequence[Citation]]
    links: Sequence[Mapping[str, Any]]
    normalise: _Normaliser
    dates: Mapping[str, str | None]
    urls: Mapping[str, str]
    whole: Mapping[str, tuple[tuple[str, ...], ...]]


def _mentions(item: Any, article: Article, context: _Context) -> list[Mention]:
    """A claim mention as provenance mentions: the article it copies or links to its sentence,
    its chain, or the chains its sentence cites."""
    found, normalise = context.citations, context.normalise
    copied = _copied_from(item, article.text, context.links, context.dates) or _linked_from(
        item, article, context.urls
    )
    if copied:
        return [Mention(article_id=item.article_id, copied_from=copied)]
    # the chain opens with the article's own outlet: its name here (an outlet-less page's chain
    # opens with its URL or path, which is not a party)
    chain = (article.outlet or "", *normalise.chain(item.attribution)[1:])
    if context.whole.get(item.article_id):
        # The article comes from an agency (a dateline, "Source:", "via"): the speakers it
        # quotes are the agency's sources, and the chain stops at the agency.
        return [Mention(article_id=item.article_id, chain=chain[:1])]
    if len(chain) > 1:
        medium = _medium(str(item.sentence), str(item.attribution[-1]))
        if medium:
            chain = (*chain[:-1], normalise.link(medium), chain[-1])
        upstream = _citing(str(item.sentence), str(item.attribution[-1]))
        if upstream and normalise.link(upstream) not in chain:
            chain = (*chain, normalise.link(upstream))
        return [Mention(article_id=item.article_id, chain=chain)]
    cited = _sentence_chains(item, article.text, found[item.article_id], article.outlet)
    if not cited:
        return [Mention(article_id=item.article_id, chain=chain)]
    return [
        Mention(article_id=item.article_id, chain=(*chain[:1], *normalise.chain(("", *c))[1:]))
        for c in cited
    ]


def _citing(sentence: str, speaker: str) -> str | None:
    """Whom the speaker cites in turn ("Tessaly Newswire reported, citing the Corvane Press
    Agency"), if the sentence says so right after the speaker's verb."""
    speaker = " ".join(speaker.split())
    if not speaker:
        return None
    found = re.search(re.escape(speaker) + _CITING, " ".join(sentence.split()), re.IGNORECASE)
    if found is None or _OWN_STAFF.match(found.group("party")):
        return None  # "..., citing its reporter at the scene": the speaker's own reporting
    return found.group("party").rstrip(".")


def _medium(sentence: str, speaker: str) -> str | None:
    """The document the speaker's words are given in ("X said in a court filing"), if any."""
    speaker = " ".join(speaker.split())
    if not speaker:
        return None
    found = re.search(re.escape(speaker) + _IN_MEDIUM, " ".join(sentence.split()), re.IGNORECASE)
    return found.group("document") if found else None


def _story(
    claims: Sequence[ClaimSources], graph: SourceGraph, main: ClaimSources | None
) -> StorySources:
    found: dict[str, Root] = {}
    counts: dict[str, int] = {}
    for claim in claims:
        for root in claim.independent.roots:
            found.setdefault(root.key, root)
            counts[root.key] = counts.get(root.key, 0) + 1
    order = sorted(found, key=lambda key: -counts[key])
    roots = tuple(found[key] for key in order)
    noun = "source" if len(roots) == 1 else "sources"
    listed = "; ".join(root.description for root in roots) or "none"
    return StorySources(
        count=len(roots),
        roots=roots,
        claims_per_root=tuple(counts[key] for key in order),
        claims=tuple(claims),
        main=main or (claims[0] if claims else None),
        summary=f"{len(roots)} independent {noun}: {listed}",
        graph=graph,
    )


def _article_chains(article: Article, citations: Sequence[Citation]) -> tuple[tuple[str, ...], ...]:
    """What the whole article rests on: its article-level citations (dateline, Source:, via, a
    headline's "(X)")."""
    names: dict[str, None] = {}
    for citation in citations:
        if citation.cue in ARTICLE_CUES and not _is_outlet(citation.text, article.outlet):
            names.setdefault(citation.text, None)
    credit = headline_credit(article.title or "")
    if credit and not _is_outlet(credit, article.outlet):
        names.setdefault(credit, None)  # "Troops take the port (Harbor Wire)"
    for line in article.removed:
        # A text dump's furniture filter drops a closing "Source: Northern Wire" or
        # "(via Northern Wire)" line with the site's menus; a line that is wholly such a credit
        # still says where the article comes from.
        match = _CREDIT_LINE.match(line.strip())
        if match and not _is_outlet(match.group("party"), article.outlet):
            names.setdefault(match.group("party").strip(), None)
    return tuple((name,) for name in names)


def _is_outlet(name: str, outlet: str | None) -> bool:
    """The name is the outlet itself: its name, or its initials ("MPA")."""
    if not outlet:
        return False
    if name_key(name) == name_key(outlet):
        return True
    initials = "".join(word[0] for word in _WORD.findall(outlet) if word[:1].isupper())
    return len(initials) >= 2 and name.strip().strip(
        "()"
    ).upper() == initials.upper() == name.strip().strip("()")


def _sentence_chains(
    mention: Any, text: str, citations: Sequence[Citation], outlet: str | None
) -> tuple[tuple[str, ...], ...]:
    """Attribution chains from the citations inside the mention's sentence ("according to")."""
    low, high = _sentence_span(text, str(mention.sentence), int(mention.start))
    inside = [
        c
        for c in citations
        if c.start is not None
        and low <= c.start < high
        and c.cue not in ARTICLE_CUES
        and not _is_outlet(c.text, outlet)
    ]
    return citation_chains(text, inside) if inside else ()


def _copied_from(
    mention: Any,
    text: str,
    links: Sequence[Mapping[str, Any]],
    dates: Mapping[str, str | None],
) -> tuple[str, ...]:
    """The earliest of the earlier articles holding a passage with the mention's trigger or most
    of its sentence (undated ones are kept: their order is unknown).

    Wording found in several earlier articles came from the first of them: a later article that
    carries it took it from there or from a copy of it.
    """
    trigger = int(mention.start)
    low, high = _sentence_span(text, str(mention.sentence), trigger)
    found: set[str] = set()
    for link in links:
        if link.get("direction") == "a->b" and link.get("b_id") == mention.article_id:
            side, other = "b", str(link["a_id"])
        elif link.get("direction") == "b->a" and link.get("a_id") == mention.article_id:
            side, other = "a", str(link["b_id"])
        else:
            continue
        covered = sum(
            max(0, min(high, int(p[f"{side}_end"])) - max(low, int(p[f"{side}_start"])))
            for p in _disjoint(link.get("passages") or (), side)
        )
        inside = any(
            int(p[f"{side}_start"]) <= trigger < int(p[f"{side}_end"])
            for p in link.get("passages") or ()
        )
        if inside or covered >= COPIED_SHARE * max(1, high - low):
            found.add(other)
    dated = [date for other in found if (date := dates.get(other))]
    first = min(dated, default=None)
    return tuple(sorted(o for o in found if not dates.get(o) or dates.get(o) == first))


def _sentence_span(text: str, sentence: str, trigger: int) -> tuple[int, int]:
    """Where the evidence sentence lies in the text (the one holding the trigger)."""
    stripped = sentence.strip()
    if stripped:
        start = text.find(stripped, max(0, trigger - len(stripped)))
        if 0 <= start <= trigger:
            return start, start + len(stripped)
    return trigger, trigger + max(1, len(stripped))


def _disjoint(passages: Iterable[Mapping[str, Any]], side: str) -> list[Mapping[str, int]]:
    """The passages' spans on one side, overlapping ones joined."""
    spans = sorted((int(p[f"{side}_start"]), int(p[f"{side}_end"])) for p in passages)
    joined: list[list[int]] = []
    for begin, end in spans:
        if joined and begin <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([begin, end])
    return [{f"{side}_start": begin, f"{side}_end": end} for begin, end in joined]


def _issuer(text: str) -> str | None:
    """The body a document is named by ("a police statement", "an army communique", "a Wolfhook
    Youth statement"), or ``None`` ("a written statement")."""
    words = _DETERMINER.sub("", " ".join(text.split())).split()
    if len(words) < 2 or citation_kind(words[-1]) != "document":
        return None
    before = words[:-1]
    capitals = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(before)))
    if capitals and len(capitals) == len(before):
        return " ".join(before)
    if len(before) == 1 and citation_kind(before[0]) in {"institute", "agency"}:
        return before[0]
    return None


#: "a spokesperson for the Interior Ministry", "officials at the ministry": the body speaks.
_VOICE_FOR = re.compile(
    r"^(?:an?\s+|the\s+|one\s+|two\s+|several\s+)?(?:senior\s+)?(?:spokes(?:man|woman|person)|"
    r"officials?|representatives?|press\s+officer|sources?)\s+(?:for|at|of|from|in|with)\s+"
    r"(?P<body>.+)$",
    re.IGNORECASE,
)
#: "Interior Ministry spokesman Karl Brenner", "a ministry spokesman", "police officials".
_VOICE_OF = re.compile(
    r"^(?:an?\s+|the\s+)?(?P<body>[\w'’ -]+?)\s+(?:spokes(?:man|woman|person)|officials?|"
    r"representatives?)(?:\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?$"
)
#: "the Ministry of the Interior": "Interior Ministry".
_HEAD_OF = re.compile(
    r"^(?:the\s+)?(?P<head>Ministry|Department|Office|Council|Bureau|Directorate)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?P<field>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,2})$"
)
#: "Harrowmere Police Department", "the Kessel Police Service": the police.
_POLICE_BODY = re.compile(r"^(?P<police>.*\b[Pp]olice)\s+(?:Department|Service|Force|Authority)$")


def _plain(text: str) -> str:
    """A party's name with the words that do not change who it is taken off: the body a
    spokesperson or officials speak for, "Ministry of the Interior" as "Interior Ministry",
    "X Police Department" as "X police"."""
    text = " ".join(text.split())
    for _ in range(2):
        match = _VOICE_FOR.match(text)
        if match:
            text = match.group("body")
            continue
        match = _VOICE_OF.match(text)
        if match and citation_kind(match.group("body")) in {"institute", "agency", "outlet"}:
            text = match.group("body")
            continue
        break
    match = _HEAD_OF.match(text)
    if match:
        text = f"the {match.group('field')} {match.group('head')}"
    match = _POLICE_BODY.match(text)
    if match:
        text = match.group("police")
    return text


def _untitled(words: Sequence[str]) -> list[str]:
    """The words after the titles that open them ("Dr Leon Farr": Leon Farr)."""
    cut = 0
    while cut < len(words) - 1 and words[cut].casefold() in _TITLES:
        cut += 1
    return list(words[cut:])


def _name_after_title(words: Sequence[str]) -> str | None:
    """The name at the end of "the opposition leader Mara Ilic" or "Interior Minister Karl
    Brenner": two or more capitalised words after words that are all titles or roles; ``None``
    otherwise ("Dock workers in Ras Qebla" is not a title and a name)."""
    cut = 0
    while cut < len(words) and words[cut].casefold() in _TITLES:
        cut += 1
    name = words[cut:]
    if cut > 0 and len(name) >= 2 and all(w[:1].isupper() for w in name):
        return " ".join(name)
    return None


class _Normaliser:
    """Reads attribution chain links within one story (see the module docstring)."""

    def __init__(
        self,
        articles: Mapping[str, Article],
        claims: Sequence[ClaimLike],
        aliases: Mapping[str, str],
        citations: Mapping[str, Sequence[Citation]] | None = None,
        names: Iterable[str] = (),
    ) -> None:
        keys = alias_table(aliases)
        named: dict[str, set[str]] = {}
        cited = [c for found in (citations or {}).values() for c in found]
        names = [name for claim in claims for m in claim.mentions for name in m.attribution] + [
            *names
        ]
        names += [c.text for c in cited]
        names += [article.outlet or "" for article in articles.values()]
        names += list(aliases.values())
        names = [_plain(name) for name in names]
        display: dict[str, str] = {}
        for name in names:
            words = _WORD.findall(name)
            if len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 2:
                key = name_key(name, keys)
                named.setdefault(words[-1].casefold(), set()).add(key)
                shown = _DETERMINER.sub("", " ".join(name.split()))
                if len(shown) > len(display.get(key, "")):
                    display[key] = shown
        self._display = display
        self._outlets = {
            name_key(article.outlet, keys): article.outlet
            for article in articles.values()
            if article.outlet
        }
        surnames: dict[str, set[str]] = {}
        for name in names:
            words = _WORD.findall(_DETERMINER.sub("", " ".join(name.split())))
            words = _untitled(words)
            capitalised = 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
            named_person = _name_after_title(words) or (" ".join(words) if capitalised else None)
            if named_person and citation_kind(named_person) in {"person", "unknown"}:
                surnames.setdefault(named_person.split()[-1].casefold(), set()).add(named_person)
        bodies: dict[str, dict[str, str]] = {}
        for name in names:
            words = _WORD.findall(_DETERMINER.sub("", " ".join(name.split())))
            if (
                len(words) >= 2
                and words[-1].casefold() in set(_SYNONYM_HEADS.values())
                and any(w[:1].isupper() for w in words[:-1])
            ):
                shown = " ".join(words)
                bodies.setdefault(words[-1].casefold(), {}).setdefault(shown.casefold(), shown)
        self._bodies = {
            head: next(iter(one.values())) for head, one in bodies.items() if len(one) == 1
        }
        self._surnames = {
            surname: next(iter(found)) for surname, found in surnames.items() if len(found) == 1
        }
        heads: dict[str, str] = {}
        for head, found in named.items():
            if len(found) == 1:
                heads[head] = next(iter(found))
        self._heads = heads
        initials: dict[str, set[str]] = {}
        for name in names:
            capitals = [w for w in _WORD.findall(name) if w[:1].isupper()]
            if len(capitals) >= 2:
                initials.setdefault("".join(w[0] for w in capitals), set()).add(
                    name_key(name, keys)
                )
        self._initials = {
            letters: next(iter(found)) for letters, found in initials.items() if len(found) == 1
        }
        self._translator: str | None = None
        translators = set()
        for name in names:
            match = _POSSESSOR.match(_DETERMINER.sub("", " ".join(name.split())))
            if match and match.group("noun").split()[-1].casefold().startswith("translation"):
                translators.add(name_key(self.link(match.group("owner")), keys))
        for citation in cited:
            if citation.cue in {"translated by", "translation by"}:
                translators.add(name_key(self.link(citation.text), keys))
        translators.discard("")
        if len(translators) == 1:
            self._translator = next(iter(translators))
        owners: dict[str, set[str]] = {}
        for name in names:
            owned = self._owner(name)
            if owned:
                owners.setdefault(owned[0], set()).add(name_key(owned[1], keys))
        self._owners = {
            noun: self._shown(next(iter(one))) for noun, one in owners.items() if len(one) == 1
        }

    def _owner(self, text: str) -> tuple[str, str] | None:
        """The product's head noun and its owner, for "X's audit" and "an audit of X", when X
        is a named party (not "an analysis of the data")."""
        bare = _DETERMINER.sub("", " ".join(text.split()))
        match = _POSSESSOR.match(bare)
        if match:
            noun, owner = match.group("noun").split()[-1], match.group("owner")
        elif (match := _PRODUCT_OF.match(bare)) is not None:
            noun, owner = match.group("noun"), match.group("owner")
        else:
            return None
        noun = noun.casefold()
        kind = citation_kind(owner)
        named = any(word[:1].isupper() for word in _WORD.findall(_DETERMINER.sub("", owner)))
        if noun not in _PRODUCTS or kind == "document" or (kind == "unknown" and not named):
            return None
        return noun.removesuffix("s") if noun.endswith("audits") else noun, owner

    def chain(self, attribution: Sequence[str]) -> tuple[str, ...]:
        """The chain with each link normalised; the outlet (first link) is kept as it is."""
        if not attribution:
            return ()
        kept = [text for text in attribution[1:] if text.strip().casefold() not in _PRONOUNS]
        links = [self.link(text) for text in kept]
        if kept and links[-1] == self._document(kept[-1]):
            owner = self._owners.get(links[-1].removeprefix("the "))
            if owner:
                links.append(owner)  # "quoting an internal audit": the story's one audit's owner
        return (attribution[0], *links)

    def _document(self, text: str) -> str | None:
        """ "the letter" for a document named by what it is ("a handwritten letter"), else
        ``None``."""
        words = _WORD.findall(_DETERMINER.sub("", " ".join(text.split())))
        if not words or citation_kind(text) != "document" or any(w[:1].isupper() for w in words):
            return None
        head = list(itertools.takewhile(lambda w: w.casefold() not in _PLACE_PREPOSITIONS, words))
        return f"the {(head or words)[-1].casefold()}"

    def link(self, text: str) -> str:
        """One link: possessed products become their owner, generic heads their named party,
        acronyms the one party of the story with those initials, titles are dropped before a
        name."""
        text = _plain(text)
        match = _POSSESSOR.match(_DETERMINER.sub("", text))
        if match and any(w.casefold() in _PRODUCTS for w in match.group("noun").split()):
            text = match.group("owner")
        elif (owned := self._owner(text)) is not None:
            text = owned[1]  # "an internal audit of the prison service": the prison service
        bare = _OUTLET_DESCRIPTORS.sub("", _DETERMINER.sub("", text))
        if bare != _DETERMINER.sub("", text) and name_key(bare) in self._outlets:
            return self._outlets[name_key(bare)]  # "the Pellion Wire news agency"
        if _COURT_DOCUMENTS.match(_DETERMINER.sub("", text)):
            return "the court filing"  # "the charge sheet filed with the district court"
        issuer = _issuer(text)
        if issuer:
            return self.link(issuer)  # "a police statement": the police
        words = _WORD.findall(_DETERMINER.sub("", text))
        if not words:
            return text
        bare_name = _untitled(words)
        if len(bare_name) == 1 and bare_name[0][:1].isupper() and not bare_name[0].isupper():
            full = self._surnames.get(bare_name[0].casefold())
            if full and full != bare_name[0]:
                return full  # "Strell", "Dr Strell": the story's one "Ivo Strell"
        head_words = list(
            itertools.takewhile(lambda w: w.casefold() not in _PLACE_PREPOSITIONS, words)
        )
        if head_words and len(head_words) <= 2 and not head_words[0][1:].isupper():
            head = head_words[-1].casefold()
            body = self._bodies.get(_SYNONYM_HEADS.get(head, head))
            if body and all(not w[:1].isupper() for w in head_words[:-1]):
                return body  # "Cops in Harrowmere", "the police", "officers": the story's police
        if len(words) == 1 and words[0].isupper() and words[0] in self._initials:
            return self._shown(self._initials[words[0]])  # "ORS": the Observatory for ...
        named = _name_after_title(words)
        if named:
            return named
        head = words[-1].casefold()
        capitalised = any(w[:1].isupper() for w in words)
        if head in {"translation", "translations"} and not capitalised and self._translator:
            return self._shown(self._translator)  # "a translation": the story's one translator
        if (document := self._document(text)) is not None:
            return document  # "a handwritten letter", "the three-page letter": the letter
        if len(words) <= 2 and not any(w[:1].isupper() for w in words) and head in self._heads:
            return self._shown(self._heads[head])  # "the institute": the one named institute
        return text

    def _shown(self, key: str) -> str:
        """A party's name as the story writes it, for a name key."""
        return self._display.get(key, key)
