"""Claims over the real actor finder and event coder (spaCy model)."""

from __future__ import annotations

from typing import Any

from storytrace.actors import find_actors
from storytrace.claims import group_claims
from storytrace.events import code_events

TEXTS = {
    "p1": "Soldiers shot dead a farmer near the village of Oua on Sunday, his family said.",
    "p2": "The army denied that its soldiers had killed a farmer near Oua.",
    "p3": "Soldiers killed a farmer near the town of Ramba on Wednesday, witnesses said.",
}


def test_pipeline_groups_report_and_denial_and_keeps_other_incident_apart() -> None:
    table = find_actors(TEXTS.items())
    mentions: dict[str, list[dict[str, Any]]] = {key: [] for key in TEXTS}
    for mention in table.mentions:
        mentions[mention.article_id].append(
            {
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "label": mention.label,
                "actor_id": mention.actor_id,
            }
        )
    events = [
        {"article_id": article_id, **event.to_dict()}
        for article_id, text in TEXTS.items()
        for event in code_events(
            article_id, text, mentions=[m for m in table.mentions if m.article_id == article_id]
        )
    ]
    claims = [claim for claim in group_claims(events, mentions) if claim.type == "ASSAULT"]
    by_article = {mention.article_id: claim.id for claim in claims for mention in claim.mentions}
    assert by_article["p1"] == by_article["p2"]
    assert by_article["p3"] != by_article["p1"]
    denial = next(m for c in claims for m in c.mentions if m.article_id == "p2")
    assert denial.negated
