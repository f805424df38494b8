"""Exports: the store's articles as JSON Lines or CSV, and the copy graph as GraphML.

Inputs: records read from the store (articles with their story id, reuse links). Outputs: text
in the chosen format, written to a stream. Pure formatting, no storage code: the CLI reads the
store and hands the records in.

- JSON Lines: one article per line, the article JSON of the schema plus ``story_id``.
- CSV: one article per row, without its text (id, published, outlet, title, url, author, language,
  kind, words, story_id), for spreadsheets.
- GraphML: articles are nodes (outlet, title, published, story); reuse links are directed edges from
  the earlier article to the later one (``unknown`` order keeps the stored one), with the share of
  each text copied or quoted, the number of passages, the kind (copy, quote, repost). Gephi, yEd,
  networkx and igraph read it.
- Source graph (GraphML, format ``sources``): per story, articles, outlets, agencies, institutes,
  documents and people as nodes (kind, label, stories), and directed edges from what rests to what
  it rests on: copies, quotes, published_by, cites, translates, authored_by, rests_on (kind,
  count). The graphs of several stories are joined on node ids.

Stable API: :func:`write_jsonl`, :func:`write_csv`, :func:`write_graphml`,
:func:`write_source_graphml`, :data:`FORMATS`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, TextIO
from xml.etree import ElementTree as ET

from storytrace.model import Article

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "write_csv",
    "write_graphml",
    "write_jsonl",
    "write_source_graphml",
]

FORMATS: Final = ("jsonl", "csv", "graphml", "sources")
CSV_COLUMNS: Final = (
    "id", "published", "outlet", "title", "url", "author", "language", "kind", "words", "story_id",
)  # fmt: skip
_GRAPHML: Final = "http://graphml.graphdrawing.org/xmlns"


def write_jsonl(articles: Iterable[tuple[Article, str | None]], stream: TextIO) -> int:
    """Write ``(article, story id)`` pairs as JSON Lines; returns how many were written."""
    count = 0
    for article, story_id in articles:
        stream.write(json.dumps({**article.to_dict(), "story_id": story_id}, ensure_ascii=False))
        stream.write("\n")
        count += 1
    return count


def write_csv(articles: Iterable[tuple[Article, str | None]], stream: TextIO) -> int:
    """Write ``(article, story id)`` pairs as CSV with :data:`CSV_COLUMNS`; returns the count."""
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for article, story_id in articles:
        writer.writerow(
            [
                article.id,
                article.published.value if article.published else "",
                article.outlet or "",
                article.title or "",
                article.url or "",
                article.author or "",
                article.language or "",
                article.kind,
                len(article.text.split()),
                story_id or "",
            ]
        )
        count += 1
    return count


def write_graphml(
    articles: Sequence[tuple[Article, str | None]],
    links: Iterable[Mapping[str, Any]],
    stream: TextIO,
) -> tuple[int, int]:
    """Write the copy graph; returns the number of nodes and edges.

    Args:
        articles: ``(article, story id)`` pairs: the nodes.
        links: reuse links as the store returns them; links to articles not among the nodes are
            left out.
        stream: where the XML goes (UTF-8 text).
    """
    ET.register_namespace("", _GRAPHML)
    root = ET.Element(f"{{{_GRAPHML}}}graphml")
    keys = (
        ("node", "outlet", "string"), ("node", "title", "string"), ("node", "published", "string"),
        ("node", "story", "string"), ("node", "url", "string"),
        ("edge", "kind", "string"), ("edge", "similarity", "double"),
        ("edge", "source_share", "double"), ("edge", "target_share", "double"),
        ("edge", "passages", "int"), ("edge", "order", "string"),
    )  # fmt: skip
    for domain, name, kind in keys:
        ET.SubElement(
            root,
            f"{{{_GRAPHML}}}key",
            {"id": f"{domain}_{name}", "for": domain, "attr.name": name, "attr.type": kind},
        )
    graph = ET.SubElement(
        root, f"{{{_GRAPHML}}}graph", {"id": "storytrace", "edgedefault": "directed"}
    )
    nodes = set()
    for article, story_id in articles:
        node = ET.SubElement(graph, f"{{{_GRAPHML}}}node", {"id": article.id})
        published = article.published.value if article.published else ""
        for name, value in (
            ("outlet", article.outlet), ("title", article.title), ("published", published),
            ("story", story_id), ("url", article.url),
        ):  # fmt: skip
            _data(node, f"node_{name}", value)
        nodes.add(article.id)
    edges = 0
    for link in links:
        if link["a_id"] not in nodes or link["b_id"] not in nodes:
            continue
        _edge(graph, link, edges)
        edges += 1
    ET.ElementTree(root).write(stream, encoding="unicode", xml_declaration=True)
    stream.write("\n")
    return len(nodes), edges


def write_source_graphml(
    graphs: Iterable[tuple[str, Mapping[str, Any]]], stream: TextIO
) -> tuple[int, int]:
    """Write stories' source graphs as one GraphML graph; returns the number of nodes and edges.

    Args:
        graphs: ``(story id, graph)`` pairs, the graph as ``SourceGraph.to_dict`` gives it.
            Nodes with the same id in several stories are one node (its ``stories`` lists
            them); edges with the same ends and kind add their counts.
        stream: where the XML goes (UTF-8 text).
    """
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], int] = {}
    for story_id, graph in graphs:
        for node in graph["nodes"]:
            known = nodes.setdefault(node["id"], {**node, "stories": []})
            if story_id not in known["stories"]:
                known["stories"].append(story_id)
        for edge in graph["edges"]:
            key = (edge["source"], edge["target"], edge["kind"])
            edges[key] = edges.get(key, 0) + int(edge["count"])
    ET.register_namespace("", _GRAPHML)
    root = ET.Element(f"{{{_GRAPHML}}}graphml")
    for domain, name, kind in (
        ("node", "kind", "string"), ("node", "label", "string"), ("node", "stories", "string"),
        ("edge", "kind", "string"), ("edge", "count", "int"),
    ):  # fmt: skip
        ET.SubElement(
            root,
            f"{{{_GRAPHML}}}key",
            {"id": f"{domain}_{name}", "for": domain, "attr.name": name, "attr.type": kind},
        )
    graph_element = ET.SubElement(
        root, f"{{{_GRAPHML}}}graph", {"id": "storytrace-sources", "edgedefault": "directed"}
    )
    for node_id in sorted(nodes):
        node = nodes[node_id]
        element = ET.SubElement(graph_element, f"{{{_GRAPHML}}}node", {"id": _xml_safe(node_id)})
        _data(element, "node_kind", node["kind"])
        _data(element, "node_label", node["label"])
        _data(element, "node_stories", " ".join(node["stories"]))
    for number, ((source, target, kind), count) in enumerate(sorted(edges.items())):
        element = ET.SubElement(
            graph_element,
            f"{{{_GRAPHML}}}edge",
            {"id": f"e{number}", "source": _xml_safe(source), "target": _xml_safe(target)},
        )
        _data(element, "edge_kind", kind)
        _data(element, "edge_count", str(count))
    ET.ElementTree(root).write(stream, encoding="unicode", xml_declaration=True)
    stream.write("\n")
    return len(nodes), len(edges)


def _edge(graph: ET.Element, link: Mapping[str, Any], number: int) -> None:
    """One reuse link as an edge from the earlier article to the later one."""
    forward = link["direction"] != "b->a"
    source, target = (link["a_id"], link["b_id"]) if forward else (link["b_id"], link["a_id"])
    shares = (link["a_share"], link["b_share"]) if forward else (link["b_share"], link["a_share"])
    kinds = sorted({passage["kind"] for passage in link["passages"]})
    edge = ET.SubElement(
        graph, f"{{{_GRAPHML}}}edge", {"id": f"e{number}", "source": source, "target": target}
    )
    for name, value in (
        ("kind", "repost" if link["repost"] else "+".join(kinds)),
        ("similarity", f"{link['similarity']:.4f}"),
        ("source_share", f"{shares[0]:.4f}"),
        ("target_share", f"{shares[1]:.4f}"),
        ("passages", str(len(link["passages"]))),
        ("order", "known" if link["direction"] != "unknown" else "unknown"),
    ):
        _data(edge, f"edge_{name}", value)


def _data(element: ET.Element, key: str, value: str | None) -> None:
    if value:
        ET.SubElement(element, f"{{{_GRAPHML}}}data", {"key": key}).text = _xml_safe(value)


def _xml_safe(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold (control characters from broken pages)."""
    return "".join(
        c for c in text if c in "\t\n\r" or ("\x20" <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd")
        or c >= "\U00010000"
    )  # fmt: skip
