"""Count the independent sources behind a claim.

Inputs: the mentions of one claim (article id + attribution chain, outermost first), the
articles' outlets, reuse links between articles, citations per article and attribution chains
per article. Output: :class:`IndependentCount`: how many independent sources, the roots described
in words, and which mentions rest on which root.

Method (docs/provenance.md): a directed "rests on" graph. An article rests on the article it
copies (a reuse link with a direction; two articles that copy each other with no known order are
merged), on the parties it cites, and on the first link of each attribution chain; each chain
link rests on the next ("the Levant Monitoring Institute" -> "a letter"). A named party that is
the outlet of an article in the set rests on that article. The roots of a mention are the sink
components reachable from its article; an article that rests on nothing is its own root (own
reporting). The count is the number of distinct roots.

Stable API: :class:`Mention`, :class:`Root`, :class:`SourceChain`, :class:`IndependentCount`,
:class:`ProvenanceOptions`, :func:`count_independent`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from storytrace.model import Article
from storytrace.provenance.citations import Citation, citation_kind, translated_document
from storytrace.provenance.names import alias_table, name_key

_OWN_VOICE = re.compile(
    r"^\s*(?:our|this)\s+(?:own\s+)?(?:reporters?|correspondents?|newspaper|paper|newsroom|"
    r"team|photographer|journalists?|staff|site|station|investigation)\b",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(
    r",|\s(?:from|by|of|issued|signed|seen|posted|sent|written|released|obtained|published)\b"
)


class LinkLike(Protocol):
    """What is read of a reuse link (``storytrace.reuse.ReuseLink`` fits)."""

    @property
    def a_id(self) -> str: ...
    @property
    def b_id(self) -> str: ...
    @property
    def direction(self) -> str: ...
    @property
    def a_share(self) -> float: ...
    @property
    def b_share(self) -> float: ...
    @property
    def repost(self) -> str | None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One mention of a claim in an article.

    Attributes:
        article_id: the article.
        chain: who asserts the claim, outermost first, names as written
            (``("Harbor Times", "Levant Monitoring Institute", "a letter")``); empty when the
            outlet says it in its own voice.
        copied_from: articles this mention takes its wording or its word from: its sentence
            lies in a passage shared with an earlier article, or links to another article of
            the set. Such a mention rests on those articles alone, whatever the rest of its
            article rests on.
    """

    article_id: str
    chain: tuple[str, ...] = ()
    copied_from: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ProvenanceOptions:
    """How copies and citations are read.

    Attributes:
        copy_share: a reuse link makes one article rest on the other when the later article
            has at least this share of its words in shared passages (or it is a repost).
        cited_kinds: the citation kinds that make an article rest on the cited party.
    """

    copy_share: float = 0.5
    cited_kinds: frozenset[str] = field(
        default_factory=lambda: frozenset(
            {"outlet", "agency", "institute", "document", "person", "unknown"}
        )
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Root:
    """An independent source.

    Attributes:
        key: the normalised name (``name_key``), or ``article:<id>`` for own reporting.
        name: the name as first written, or the outlet for own reporting.
        kind: ``outlet``, ``agency``, ``institute``, ``document``, ``person``, ``unknown`` or
            ``own_reporting``.
        in_corpus: the root is an article of the set (own reporting), not a name only.
        via: names of intermediaries the mentions pass through to reach it (translators,
            agencies), in first-seen order.
        description: the root in words.
    """

    key: str
    name: str
    kind: str
    in_corpus: bool
    via: tuple[str, ...]
    description: str

    def to_dict(self) -> dict[str, Any]:
        """Return the root as a JSON-ready dict."""
        return {
            "key": self.key,
            "name": self.name,
            "kind": self.kind,
            "in_corpus": self.in_corpus,
            "via": list(self.via),
            "description": self.description,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceChain:
    """The mentions that rest on one root.

    Attributes:
        root: the independent source.
        mentions: indexes into the ``mentions`` given to :func:`count_independent`.
        article_ids: their articles, sorted.
    """

    root: Root
    mentions: tuple[int, ...]
    article_ids: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the chain as a JSON-ready dict."""
        return {
            "root": self.root.to_dict(),
            "mentions": list(self.mentions),
            "article_ids": list(self.article_ids),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class IndependentCount:
    """How many independent sources stand behind a claim.

    Attributes:
        count: the number of distinct roots.
        roots: the roots, in order of their first mention.
        chains: one per root: the mentions resting on it (a mention resting on two sources is in
            two chains).
        summary: one sentence ("1 independent source: ...").
    """

    count: int
    roots: tuple[Root, ...]
    chains: tuple[SourceChain, ...]
    summary: str

    def to_dict(self) -> dict[str, Any]:
        """Return the count as a JSON-ready dict."""
        return {
            "count": self.count,
            "roots": [root.to_dict() for root in self.roots],
            "chains": [chain.to_dict() for chain in self.chains],
            "summary": self.summary,
        }


class _Graph:
    """Nodes are strings: ``a:<article id>`` or ``n:<name key>``; merged nodes share a leader."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.edges: dict[str, set[str]] = {}
        self.names: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.cues: dict[str, str] = {}
        self.copies: set[str] = set()

    def find(self, node: str) -> str:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, first: str, second: str) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def add_edge(self, source: str, target: str) -> None:
        if source != target:
            self.edges.setdefault(source, set()).add(target)
            self.find(source)
            self.find(target)

    def name(self, text: str, aliases: Mapping[str, str], kind: str, article_id: str) -> str | None:
        if kind == "document":
            # "a letter from the mining council": the document's key is its noun phrase
            text = _QUALIFIER.split(text, maxsplit=1)[0]
        key = name_key(text, aliases)
        if not key:
            return None
        node = f"n:{key}"
        if kind in {"person", "unknown"} and not _named(text):
            # "a resident", "witnesses": two articles' unnamed witnesses are not one source
            node = f"n:{article_id}:{key}"
        if len(text.strip()) > len(self.names.get(node, "")):
            self.names[node] = text.strip()
        if kind and kind != "unknown":
            self.kinds.setdefault(node, kind)
        self.find(node)
        return node

    def condensed(self) -> dict[str, set[str]]:
        """Edges between leaders of merged nodes."""
        result: dict[str, set[str]] = {self.find(node): set() for node in self.parent}
        for source, targets in self.edges.items():
            for target in targets:
                a, b = self.find(source), self.find(target)
                if a != b:
                    result[a].add(b)
        return result


#: Words that name no one in particular, capitalised or not ("People said", "Witnesses").
_UNNAMED = frozenset(
    {
        "people", "witnesses", "witness", "residents", "resident", "officials", "official",
        "police", "authorities", "prosecutors", "investigators", "sources", "source", "analysts",
        "experts", "observers", "locals", "villagers", "survivors", "relatives", "neighbours",
        "neighbors", "bystanders", "activists", "critics", "doctors", "medics", "rescuers",
        "firefighters", "soldiers", "troops", "workers", "students", "parents", "protesters",
        "organisers", "organizers", "diplomats", "lawmakers", "passengers", "fans", "users",
    }
)  # fmt: skip


def _named(text: str) -> bool:
    """The name has a capitalised word past its first (or is one capitalised word that is not
    a word for anyone: "People", "Witnesses")."""
    words = text.split()
    return any(word[:1].isupper() for word in words[1:]) or (
        len(words) == 1 and words[0][:1].isupper() and words[0].casefold() not in _UNNAMED
    )


def _outlet(value: Article | str | None) -> str | None:
    return value.outlet if isinstance(value, Article) else value


def _link_fields(
    link: LinkLike | Mapping[str, Any],
) -> tuple[str, str, str, float, float, str | None]:
    if isinstance(link, Mapping):
        return (
            str(link["a_id"]),
            str(link["b_id"]),
            str(link.get("direction") or "unknown"),
            float(link.get("a_share") or 0.0),
            float(link.get("b_share") or 0.0),
            link.get("repost"),
        )
    return link.a_id, link.b_id, link.direction, link.a_share, link.b_share, link.repost


def _add_copies(
    graph: _Graph, links: Iterable[LinkLike | Mapping[str, Any]], options: ProvenanceOptions
) -> None:
    for link in links:
        a_id, b_id, direction, a_share, b_share, repost = _link_fields(link)
        if direction == "a->b" and (repost == b_id or b_share >= options.copy_share):
            graph.add_edge(f"a:{b_id}", f"a:{a_id}")
            graph.copies.add(f"a:{b_id}")
        elif direction == "b->a" and (repost == a_id or a_share >= options.copy_share):
            graph.add_edge(f"a:{a_id}", f"a:{b_id}")
            graph.copies.add(f"a:{a_id}")
        elif direction not in {"a->b", "b->a"} and max(a_share, b_share) >= options.copy_share:
            graph.union(f"a:{a_id}", f"a:{b_id}")


def _add_chain(
    graph: _Graph,
    article_id: str,
    chain: Sequence[str],
    outlet_key: str,
    aliases: Mapping[str, str],
) -> None:
    previous = f"a:{article_id}"
    if previous in graph.copies:
        return  # a copy's citations are its original's: it rests on the original
    for position, text in enumerate(chain):
        if position == 0 and outlet_key and name_key(text, aliases) == outlet_key:
            continue  # the article's own outlet opens the chain: the article itself
        if _OWN_VOICE.match(text):
            continue  # "our reporter", "this newspaper": the article itself
        # unnamed speakers ("a witness") are one per article, or one per outlet that relays
        # them: two outlets citing the Times' witness rest on the Times' witness
        scope = article_id if previous.startswith("a:") else previous
        node = graph.name(text, aliases, citation_kind(text), scope)
        if node is None:
            continue
        graph.cues.setdefault(node, "")
        graph.add_edge(previous, node)
        previous = node


def _build(
    mentions: Sequence[Mention],
    articles: Mapping[str, Article | str | None],
    links: Iterable[LinkLike | Mapping[str, Any]],
    citations: Mapping[str, Sequence[Citation]],
    chains: Mapping[str, Sequence[Sequence[str]]],
    aliases: Mapping[str, str],
    options: ProvenanceOptions,
) -> _Graph:
    graph = _Graph()
    outlets = {article_id: _outlet(value) or "" for article_id, value in articles.items()}
    keys = {article_id: name_key(outlet, aliases) for article_id, outlet in outlets.items()}
    _add_copies(graph, links, options)
    for position, mention in enumerate(mentions):
        graph.find(f"a:{mention.article_id}")
        if mention.copied_from:
            for original in mention.copied_from:
                graph.add_edge(_start(position, mention), f"a:{original}")
            continue
        _add_chain(
            graph, mention.article_id, mention.chain, keys.get(mention.article_id, ""), aliases
        )
    for article_id, article_chains in chains.items():
        for chain in article_chains:
            _add_chain(graph, article_id, chain, keys.get(article_id, ""), aliases)
    for article_id, article_citations in citations.items():
        for citation in article_citations:
            if citation.kind not in options.cited_kinds or f"a:{article_id}" in graph.copies:
                continue
            if _OWN_VOICE.match(citation.text):
                continue
            node = graph.name(citation.text, aliases, citation.kind, article_id)
            if node is not None and name_key(citation.text, aliases) != keys.get(article_id):
                graph.cues.setdefault(node, citation.cue)
                graph.add_edge(f"a:{article_id}", node)
    involved = (
        {mention.article_id for mention in mentions}
        | {original for mention in mentions for original in mention.copied_from}
        | {node[2:] for node in graph.parent if node.startswith("a:")}
    )
    for article_id in sorted(involved):  # sorted: the graph is built in the same order each run
        key = keys.get(article_id)
        for variant in sorted({key or "", (key or "").replace(" ", "")}):
            if variant and f"n:{variant}" in graph.parent:
                graph.add_edge(f"n:{variant}", f"a:{article_id}")  # a cited outlet is in the set
    return graph


def _start(position: int, mention: Mention) -> str:
    """The graph node a mention starts from: its own node when it copies, else its article."""
    return f"m:{position}" if mention.copied_from else f"a:{mention.article_id}"


def _components(edges: Mapping[str, set[str]]) -> list[list[str]]:
    """Strongly connected components (iterative Tarjan), sinks first (reverse topological)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(edges.get(target, ())))))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(sorted(component))
    return found


@dataclass(frozen=True, slots=True)
class _Condensed:
    """The rests-on graph with cycles collapsed: component of each node, roots of each."""

    component: dict[str, int]
    members: list[list[str]]
    roots: list[tuple[int, ...]]
    successors: list[set[int]]


def _condense(edges: Mapping[str, set[str]]) -> _Condensed:
    members = _components(edges)
    component = {node: number for number, nodes in enumerate(members) for node in nodes}
    successors: list[set[int]] = [set() for _ in members]
    for source, targets in edges.items():
        for target in targets:
            if component[source] != component[target]:
                successors[component[source]].add(component[target])
    roots: list[tuple[int, ...]] = []
    for number in range(len(members)):  # sinks come first, so successors are done
        if successors[number]:
            roots.append(tuple(sorted({r for s in successors[number] for r in roots[s]})))
        else:
            roots.append((number,))
    return _Condensed(component=component, members=members, roots=roots, successors=successors)


def _describe(
    graph: _Graph,
    nodes: Sequence[str],
    via: Sequence[str],
    articles: Mapping[str, Article | str | None],
) -> Root:
    named = sorted(node for node in nodes if node.startswith("n:"))
    if not named:
        article_ids = sorted(node[2:] for node in nodes)
        outlets = sorted({_outlet(articles.get(a)) or "an unnamed outlet" for a in article_ids})
        name = " and ".join(outlets)
        description = f"own reporting by {name}"
        translated = [
            document
            for a in article_ids
            if isinstance(article := articles.get(a), Article)
            and (document := translated_document(article.text, article.title, article.outlet))
        ]
        if len(translated) == len(article_ids) == 1:
            # the example: "a translation by an institute of a single letter"
            description = f"a translation by {name} of {translated[0]}"
        return Root(
            key=f"article:{article_ids[0]}",
            name=name,
            kind="own_reporting",
            in_corpus=True,
            via=tuple(via),
            description=description,
        )
    node = named[0]
    name = graph.names[node]
    kind = graph.kinds.get(node, citation_kind(name))
    shown = name[0].lower() + name[1:] if name.split()[0] in {"A", "An", "The"} else name
    text = f"{shown} ({kind})"
    if via:
        text = f"{text}, via {' and '.join(via)}"
    return Root(
        key=node[2:], name=name, kind=kind, in_corpus=False, via=tuple(via), description=text
    )


def _vias(graph: _Graph, starts: Sequence[int], condensed: _Condensed) -> dict[int, list[str]]:
    """Named intermediaries between the mentions and each root, in breadth-first order."""
    vias: dict[int, list[str]] = {}
    seen, queue = set(starts), list(starts)
    while queue:
        number = queue.pop(0)
        names = [graph.names[n] for n in condensed.members[number] if n in graph.names]
        if condensed.successors[number]:
            for root in condensed.roots[number]:
                for name in names:
                    if name not in vias.setdefault(root, []):
                        vias[root].append(name)
        for successor in sorted(condensed.successors[number]):
            if successor not in seen:
                seen.add(successor)
                queue.append(successor)
    return vias


def count_independent(
    mentions: Sequence[Mention],
    *,
    articles: Mapping[str, Article | str | None],
    reuse_links: Iterable[LinkLike | Mapping[str, Any]] = (),
    citations: Mapping[str, Sequence[Citation]] | None = None,
    chains: Mapping[str, Sequence[Sequence[str]]] | None = None,
    aliases: Mapping[str, str] | None = None,
    options: ProvenanceOptions | None = None,
) -> IndependentCount:
    """Count the independent sources behind the mentions of one claim.

    Args:
        mentions: the claim's mentions (article id + attribution chain, outermost first).
        articles: article id to its outlet (a name, ``None``, or the :class:`Article`).
        reuse_links: :class:`storytrace.reuse.ReuseLink` records or dicts with ``a_id``,
            ``b_id``, ``direction``, ``a_share``, ``b_share``, ``repost``.
        citations: article id to the citations the article's claim rests on
            (:func:`storytrace.provenance.find_citations`).
        chains: article id to more attribution chains for the claim in that article (e.g. the
            ``attribution`` of ``storytrace.events.code_events``, as names).
        aliases: alias to canonical name as written (``{"LMI": "Levant Monitoring
            Institute"}``), e.g. from the actor table; without it "LMI" is its own root.
        options: thresholds; the defaults when ``None``.

    Returns:
        the count, the roots described in words, and the chains of mentions per root.
    """
    options = options or ProvenanceOptions()
    table = alias_table(aliases or {})
    graph = _build(mentions, articles, reuse_links, citations or {}, chains or {}, table, options)
    edges = graph.condensed()
    condensed = _condense(edges)
    leaders: dict[str, list[str]] = {}
    for node in graph.parent:
        leaders.setdefault(graph.find(node), []).append(node)
    starts = [
        condensed.component[graph.find(_start(position, mention))]
        for position, mention in enumerate(mentions)
    ]
    order: list[int] = []
    members: dict[int, list[int]] = {}
    for position, start in enumerate(starts):
        for component in condensed.roots[start]:
            if component not in members:
                order.append(component)
                members[component] = []
            members[component].append(position)
    vias = _vias(graph, starts, condensed)
    roots = tuple(
        _describe(
            graph,
            [raw for leader in condensed.members[c] for raw in leaders[leader]],
            vias.get(c, []),
            articles,
        )
        for c in order
    )
    result_chains = tuple(
        SourceChain(
            root=root,
            mentions=tuple(members[c]),
            article_ids=tuple(sorted({mentions[i].article_id for i in members[c]})),
        )
        for root, c in zip(roots, order, strict=True)
    )
    noun = "source" if len(roots) == 1 else "sources"
    listed = "; ".join(root.description for root in roots) or "none"
    summary = f"{len(roots)} independent {noun}: {listed}"
    return IndependentCount(count=len(roots), roots=roots, chains=result_chains, summary=summary)
