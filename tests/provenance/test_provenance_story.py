"""Independent sources per claim and per story (storytrace.provenance.story), on our own texts."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from storytrace.claims.records import Claim, ClaimMention
from storytrace.model import Article, DateGuess, Link, Source
from storytrace.provenance.statements import Statement
from storytrace.provenance.story import story_sources, url_key

INSTITUTE = (
    "On Monday a two-page letter signed by the commander of the Hill Brigades appeared online. "
    "The letter orders the brigades to leave the river towns before the spring floods. "
    "We have not been able to confirm who wrote it."
)
REPOST = "Big news from the hills. " + INSTITUTE
WIRE = (
    "A letter said to come from the Hill Brigades tells fighters to leave the river towns, "
    "according to the Orchard Research Institute's translation. Officials declined to comment."
)


def article(article_id: str, outlet: str, text: str, day: str) -> Article:
    return Article(
        id=article_id,
        source=Source(kind="file", location=f"/t/{article_id}"),
        kind="text",
        text=text,
        outlet=outlet,
        title=f"{outlet} on the letter",
        published=DateGuess(value=day, method="test", confidence=1.0),
    )


def mention(
    article_id: str, text: str, trigger: str, chain: tuple[str, ...], sentence: str | None = None
) -> ClaimMention:
    start = text.index(trigger)
    if sentence is None:
        low = text.rfind(". ", 0, start)
        low = 0 if low < 0 else low + 2
        high = text.find(".", start) + 1
        sentence = text[low:high]
    return ClaimMention(
        article_id=article_id,
        index=0,
        start=start,
        negated=False,
        hedged=False,
        question=False,
        attribution=chain,
        sentence=sentence,
    )


def claim(claim_id: str, *mentions: ClaimMention) -> Claim:
    return Claim(
        id=claim_id,
        type="REQUEST",
        source="text:brigades",
        target="",
        sentence=mentions[0].sentence,
        mentions=tuple(mentions),
    )


def copy_link(
    original: str, copy: str, o_span: tuple[int, int], c_span: tuple[int, int], kind: str = "copy"
) -> dict[str, Any]:
    return {
        "a_id": original,
        "b_id": copy,
        "direction": "a->b",
        "a_share": 0.9,
        "b_share": 0.9,
        "similarity": 0.9,
        "repost": None,
        "passages": [
            {
                "a_start": o_span[0],
                "a_end": o_span[1],
                "b_start": c_span[0],
                "b_end": c_span[1],
                "similarity": 1.0,
                "kind": kind,
            }
        ],
    }


def test_repost_and_quoting_wire_rest_on_the_translation() -> None:
    articles = {
        "inst": article("inst", "Orchard Research Institute", INSTITUTE, "2026-03-02"),
        "blog": article("blog", "Hill Watch", REPOST, "2026-03-03"),
        "wire": article("wire", "Daily Courier", WIRE, "2026-03-03"),
    }
    offset = len("Big news from the hills. ")
    links = [copy_link("inst", "blog", (0, len(INSTITUTE)), (offset, len(REPOST)))]
    found = story_sources(
        [
            claim(
                "c1",
                mention("inst", INSTITUTE, "orders", ("Orchard Research Institute", "The letter")),
                mention("blog", REPOST, "orders", ("Hill Watch", "The letter")),
                mention(
                    "wire",
                    WIRE,
                    "tells",
                    ("Daily Courier", "the Orchard Research Institute's translation"),
                ),
            )
        ],
        articles,
        links,
    )
    assert found.claims[0].independent.count == 1, found.claims[0].independent.summary
    assert found.claims[0].articles == ("blog", "inst", "wire")
    kinds = {(e.source, e.target, e.kind) for e in found.graph.edges}
    assert ("article:blog", "article:inst", "copies") in kinds
    assert any(kind == "cites" and source == "article:wire" for source, _, kind in kinds)


def test_two_own_reports_are_two_sources() -> None:
    first = "Our reporter saw the bridge over the Tamsin river fall into the water at noon."
    second = "Witnesses told this newspaper the Tamsin bridge fell into the river at midday."
    articles = {
        "a": article("a", "Valley Post", first, "2026-04-01"),
        "b": article("b", "North Daily", second, "2026-04-01"),
    }
    found = story_sources(
        [
            claim(
                "c1",
                mention("a", first, "fall", ("Valley Post",)),
                mention("b", second, "fell", ("North Daily",)),
            )
        ],
        articles,
    )
    assert found.claims[0].independent.count == 2
    kinds = {root.kind for root in found.claims[0].independent.roots}
    assert "own_reporting" in kinds  # the reporter's own account; the other rests on witnesses


def test_generic_and_possessive_names_meet_the_named_party() -> None:
    one = "The Harbor Monitoring Institute says the dam was opened on Friday night."
    two = "The dam was opened on Friday night, the institute said."
    three = "According to the institute's statement, the dam was opened on Friday."
    articles = {
        "a": article("a", "Coast News", one, "2026-05-01"),
        "b": article("b", "River Times", two, "2026-05-02"),
        "c": article("c", "Plain Herald", three, "2026-05-02"),
    }
    found = story_sources(
        [
            claim(
                "c1",
                mention("a", one, "opened", ("Coast News", "The Harbor Monitoring Institute")),
                mention("b", two, "opened", ("River Times", "the institute")),
                mention("c", three, "opened", ("Plain Herald", "the institute's statement")),
            )
        ],
        articles,
    )
    assert found.claims[0].independent.count == 1, found.claims[0].independent.summary
    assert found.claims[0].independent.roots[0].key == "harbor monitoring institute"


def test_two_institutes_keep_the_generic_name_apart() -> None:
    one = "The Harbor Monitoring Institute says the dam was opened on Friday night."
    two = "The Delta Policy Institute says the dam was opened on Friday night."
    three = "The dam was opened on Friday night, the institute said."
    articles = {
        "a": article("a", "Coast News", one, "2026-05-01"),
        "b": article("b", "River Times", two, "2026-05-02"),
        "c": article("c", "Plain Herald", three, "2026-05-02"),
    }
    found = story_sources(
        [
            claim(
                "c1",
                mention("a", one, "opened", ("Coast News", "The Harbor Monitoring Institute")),
                mention("b", two, "opened", ("River Times", "The Delta Policy Institute")),
                mention("c", three, "opened", ("Plain Herald", "the institute")),
            )
        ],
        articles,
    )
    assert found.claims[0].independent.count == 3


def test_spellings_of_one_document_are_one_root_and_pronouns_add_nothing() -> None:
    one = "A handwritten letter tells the fighters to go home, the newspaper reports."
    two = "The three-page letter tells the fighters to go home."
    articles = {
        "a": article("a", "Coast News", one, "2026-05-01"),
        "b": article("b", "River Times", two, "2026-05-02"),
    }
    found = story_sources(
        [
            claim(
                "c1",
                mention("a", one, "tells", ("Coast News", "A handwritten letter")),
                mention("b", two, "tells", ("River Times", "he", "The three-page letter")),
            )
        ],
        articles,
    )
    assert found.claims[0].independent.count == 1, found.claims[0].independent.summary
    assert found.claims[0].independent.roots[0].kind == "document"


def test_quoted_passage_holding_the_trigger_rests_on_the_quoted_article() -> None:
    original = "The council will close the north gate on Sunday, the mayor announced."
    quoting = 'A resident said: "The council will close the north gate on Sunday." Few agreed.'
    articles = {
        "o": article("o", "Town Crier", original, "2026-06-01"),
        "q": article("q", "Evening Star", quoting, "2026-06-02"),
    }
    start = quoting.index("The council")
    end = quoting.index('Sunday."') + len("Sunday")
    links = [copy_link("o", "q", (0, end - start), (start, end), kind="quote")]
    found = story_sources(
        [
            claim(
                "c1",
                mention("o", original, "close", ("Town Crier", "the mayor")),
                mention("q", quoting, "close", ("Evening Star", "A resident")),
            )
        ],
        articles,
        links,
    )
    assert found.claims[0].independent.count == 1, found.claims[0].independent.summary
    assert ("article:q", "article:o", "quotes") in {
        (e.source, e.target, e.kind) for e in found.graph.edges
    }


def test_story_roots_join_claims_and_rank_by_claims() -> None:
    one = "The ministry said the border crossing would reopen on Monday."
    two = "Our correspondent saw trucks queueing at the crossing for miles."
    articles = {
        "a": article("a", "Coast News", one, "2026-07-01"),
        "b": article("b", "River Times", two, "2026-07-01"),
    }
    found = story_sources(
        [
            claim("c1", mention("a", one, "reopen", ("Coast News", "The ministry"))),
            claim("c2", mention("b", two, "queueing", ("River Times",))),
        ],
        articles,
    )
    assert found.count == 2
    assert sum(found.claims_per_root) == 2
    data = found.to_dict()
    assert data["main_claim"]["sentence"] in {one, two}
    assert {node["kind"] for node in data["graph"]["nodes"]} >= {"article", "outlet"}


def test_no_claims_gives_zero_and_no_main_claim() -> None:
    articles = {"a": article("a", "Coast News", "Nothing happened today.", "2026-07-01")}
    found = story_sources([], articles)
    assert found.count == 0 and found.main is None
    assert found.summary.startswith("0 independent sources")


def test_wording_in_two_earlier_articles_rests_on_the_first() -> None:
    passage = "The council will close the north gate on Sunday for repairs to the old wall."
    first = passage + " The mayor announced it on Friday."
    second = "Town news. " + passage
    third = "Residents are angry. " + passage
    articles = {
        "a": article("a", "Town Crier", first, "2026-06-01"),
        "b": article("b", "Evening Star", second, "2026-06-02"),
        "c": article("c", "Morning Post", third, "2026-06-03"),
    }
    size = len(passage)
    links = [
        copy_link("a", "b", (0, size), (11, 11 + size)),
        copy_link("a", "c", (0, size), (21, 21 + size)),
        copy_link("b", "c", (11, 11 + size), (21, 21 + size)),
    ]
    found = story_sources(
        [
            claim(
                "c1",
                mention("b", second, "close", ("Evening Star",)),
                mention("c", third, "close", ("Morning Post",)),
            )
        ],
        articles,
        links,
    )
    assert found.claims[0].independent.count == 1, found.claims[0].independent.summary
    assert found.claims[0].independent.roots[0].key == "article:a"


def test_an_unnamed_translation_is_the_storys_one_translator() -> None:
    one = "The statement calls for calm, according to the Delta Policy Institute's translation."
    two = "The statement calls for calm, according to a translation seen by this newspaper."
    articles = {
        "a": article("a", "Coast News", one, "2026-05-01"),
        "b": article("b", "River Times", two, "2026-05-02"),
    }
    found = story_sources(
        [
            claim(
                "c1",
                mention("a", one, "calls", ("Coast News",)),
                mention("b", two, "calls", ("River Times",)),
            )
        ],
        articles,
    )
    assert found.claims[0].independent.count == 1, found.claims[0].independent.summary
    assert found.claims[0].independent.roots[0].key == "delta policy institute"


def test_a_link_in_the_claim_sentence_rests_on_the_linked_article() -> None:
    herald = "Our reporters found that the water board sold the reservoir land in secret."
    post = (
        "The water board sold the reservoir land in secret, as revealed on Monday. "
        "Board members did not answer calls."
    )
    first = article("h", "Lake Herald", herald, "2026-08-01")
    first = replace(first, url="https://www.lakeherald.example/news/reservoir-sale/")
    anchor = post.index("revealed on Monday")
    second = replace(
        article("p", "City Post", post, "2026-08-02"),
        links=(
            Link(
                href="https://lakeherald.example/news/reservoir-sale?utm_source=x#top",
                text="revealed on Monday",
                start=anchor,
                end=anchor + len("revealed on Monday"),
            ),
        ),
    )
    found = story_sources(
        [
            claim(
                "c1",
                mention("h", herald, "sold", ("Lake Herald",)),
                mention("p", post, "sold", ("City Post",)),
            )
        ],
        {"h": first, "p": second},
    )
    assert found.claims[0].independent.count == 1, found.claims[0].independent.summary
    assert found.claims[0].independent.roots[0].key == "article:h"
    assert ("article:p", "article:h", "cites") in {
        (e.source, e.target, e.kind) for e in found.graph.edges
    }


def test_url_keys_ignore_www_fragments_tracking_and_trailing_slashes() -> None:
    assert url_key("https://www.Example.org/a/b/?utm_source=feed&id=3#x") == "example.org/a/b?id=3"
    assert url_key("http://example.org/a/b") == "example.org/a/b"
    assert url_key("not a url") == ""


def test_the_main_claim_reads_the_chain_of_the_events_in_each_statement() -> None:
    one = (
        "Floodwater broke through the river wall at Amsel on Sunday and forced two hundred "
        "families from their homes, the regional water authority said. Pumps were brought in."
    )
    two = (
        "Two hundred families left their homes in Amsel after floodwater broke through the river "
        "wall on Sunday, according to the Regional Water Authority. Schools are closed."
    )
    articles = {
        "a": article("a", "Coast News", one, "2026-09-01"),
        "b": article("b", "River Times", two, "2026-09-01"),
    }
    events = [
        {
            "article_id": "a",
            "type": "COERCE",
            "attribution": [{"text": "Coast News"}, {"text": "the regional water authority"}],
            "evidence": {"start": 0, "end": one.index(" Pumps")},
        }
    ]
    found = story_sources([], articles, events=events)
    assert found.main is not None
    assert found.main.articles == ("a", "b")
    assert found.main.type == "COERCE"
    assert found.main.independent.count == 1, found.main.independent.summary
    assert found.main.independent.roots[0].key == "regional water authority"


def test_a_page_without_an_outlet_is_not_its_own_intermediary() -> None:
    text = "The probe found water plumes above the moon's south pole, the space agency said."
    page = replace(article("a", "x", text, "2026-10-01"), outlet=None)
    found = story_sources(
        [claim("c1", mention("a", text, "found", ("/corpus/page.html", "the space agency")))],
        {"a": page},
    )
    roots = found.claims[0].independent.roots
    assert [root.name for root in roots] == ["the space agency"]
    assert roots[0].via == ()


def test_a_speaker_writing_in_a_document_rests_on_that_document() -> None:
    found = _count(
        {
            "a": (
                "Coast News",
                "Inspectors say in the audit report that the bridge tender was rigged.",
                ("Coast News", "Inspectors"),
            ),
            "b": (
                "River Times",
                "The bridge tender was rigged, according to an audit report released on Monday.",
                ("River Times", "an audit report"),
            ),
            "c": (
                "Hill Post",
                "A council clerk told this paper that the bridge tender was rigged.",
                ("Hill Post", "A council clerk"),
            ),
        },
        "rigged",
    )
    # the audit report (through its authors) and the clerk: the two outlets reading the
    # report are one source
    assert found.count == 2, found.summary
    assert "via the report" in found.summary, found.summary
    together = next(chain for chain in found.chains if "a" in chain.article_ids)
    assert together.article_ids == ("a", "b")


def test_a_speaker_without_a_document_keeps_a_plain_chain() -> None:
    found = _count(
        {
            "a": (
                "Coast News",
                "Inspectors said on Monday the bridge tender was rigged in a report last year.",
                ("Coast News", "Inspectors"),
            ),
            "b": (
                "River Times",
                "The bridge tender was rigged, according to an audit report released on Monday.",
                ("River Times", "an audit report"),
            ),
        },
        "rigged",
    )
    assert found.count == 2, found.summary


def test_the_root_that_translated_a_document_is_described_as_its_translation() -> None:
    origin = (
        "A letter signed by the commander of the Hill Brigades appeared on Friday. "
        "Coast News has prepared a translation of the letter. "
        "The commander orders his men to leave the river towns by June."
    )
    repeat = "The commander ordered his men to leave the river towns by June, Coast News said."
    articles = {
        "a": article("a", "Coast News", origin, "2026-05-01"),
        "b": article("b", "River Times", repeat, "2026-05-02"),
    }
    found = story_sources(
        [
            claim(
                "c1",
                mention("a", origin, "orders", ("Coast News",)),
                mention("b", repeat, "ordered", ("River Times", "Coast News")),
            )
        ],
        articles,
    )
    independent = found.claims[0].independent
    assert independent.count == 1, independent.summary
    assert independent.roots[0].description == "a translation by Coast News of the letter"
    edges = {(e.source, e.target, e.kind) for e in found.graph.edges}
    assert ("article:a", "party:letter", "translates") in edges, edges
    # the outlet that repeats it translated nothing
    assert not any(s == "article:b" and k == "translates" for s, _, k in edges)


def test_two_outlets_crediting_one_agency_in_the_headline_are_one_source() -> None:
    one = "Rebels took the river port on Monday after two days of fighting."
    two = "Rebel fighters took the river port on Monday, residents said."
    articles = {
        "a": replace(
            article("a", "Coast News", one, "2026-05-01"),
            title="Rebels take the river port (Harbor Wire)",
        ),
        "b": replace(
            article(
                "b", "River Times", "Rebels take river port (Harbor Wire)\n\n" + two, "2026-05-01"
            ),
            title="Port falls",
        ),
    }
    two = articles["b"].text
    found = story_sources(
        [
            claim(
                "c1",
                mention("a", one, "took", ("Coast News",)),
                mention("b", two, "took", ("River Times", "residents")),
            )
        ],
        articles,
    )
    independent = found.claims[0].independent
    assert independent.count == 1, independent.summary
    assert independent.roots[0].name == "Harbor Wire"


def _count(texts: dict[str, tuple[str, str, tuple[str, ...]]], trigger: str) -> Any:
    """Count one claim whose mentions are the sentence holding ``trigger`` in each text."""
    articles = {
        key: article(key, outlet, text, f"2026-05-0{n + 1}")
        for n, (key, (outlet, text, _)) in enumerate(sorted(texts.items()))
    }
    mentions = [
        mention(key, text, trigger, chain) for key, (_, text, chain) in sorted(texts.items())
    ]
    return story_sources([claim("c1", *mentions)], articles).claims[0].independent


def test_a_surname_alone_is_the_storys_one_person_of_that_name() -> None:
    found = _count(
        {
            "a": (
                "Coast News",
                "The defector Ivo Strell said the list was real.",
                ("Coast News", "Ivo Strell"),
            ),
            "b": (
                "River Times",
                "Strell said the list was real, in a long interview.",
                ("River Times", "Strell"),
            ),
        },
        "real",
    )
    assert found.count == 1, found.summary


def test_an_outlet_named_with_what_it_is_and_police_by_other_words_are_one_party() -> None:
    found = _count(
        {
            "a": (
                "Pellion Wire",
                "Rebels blew up the rail line, our reporter saw.",
                ("Pellion Wire",),
            ),
            "b": (
                "River Times",
                "The rail line was blown up, the Pellion Wire news agency reported.",
                ("River Times", "the Pellion Wire news agency"),
            ),
        },
        "line",
    )
    assert found.count == 1, found.summary
    police = _count(
        {
            "a": (
                "Coast News",
                "Two men were held, Harrowmere police said.",
                ("Coast News", "Harrowmere police"),
            ),
            "b": (
                "River Times",
                "Cops in Harrowmere say two men were held.",
                ("River Times", "Cops in Harrowmere"),
            ),
            "c": ("Hill Post", "Two men were held, officers said.", ("Hill Post", "officers")),
        },
        "held",
    )
    assert police.count == 1, police.summary


def test_an_indictment_and_a_charge_sheet_in_one_story_are_one_document() -> None:
    found = _count(
        {
            "a": (
                "Coast News",
                "The men planned the attack, according to the indictment.",
                ("Coast News", "the indictment"),
            ),
            "b": (
                "River Times",
                "The men planned the attack, says the charge sheet filed with the district court.",
                ("River Times", "the charge sheet filed with the district court"),
            ),
        },
        "planned",
    )
    assert found.count == 1, found.summary


def test_a_speaker_citing_another_party_rests_on_it_but_not_on_its_own_reporter() -> None:
    found = _count(
        {
            "a": (
                "Corvane Press Agency",
                "A judge was killed by a car bomb, our reporter saw.",
                ("Corvane Press Agency",),
            ),
            "b": (
                "River Times",
                "A judge was killed by a car bomb, Tessaly Newswire reported, citing the "
                "Corvane Press Agency.",
                ("River Times", "Tessaly Newswire"),
            ),
        },
        "killed",
    )
    assert found.count == 1, found.summary
    own = _count(
        {
            "a": (
                "Coast News",
                "A judge was killed, Tessaly Newswire reported, citing its reporter at the scene.",
                ("Coast News", "Tessaly Newswire"),
            ),
            "b": (
                "River Times",
                "A judge was killed, Tessaly Newswire said.",
                ("River Times", "Tessaly Newswire"),
            ),
        },
        "killed",
    )
    assert own.count == 1, own.summary
    assert own.roots[0].name == "Tessaly Newswire"


def _speaker_story(second_name: str) -> Any:
    """Two outlets quote a witness: one names her at once, one first as "a nurse"."""
    one = (
        "Marta Lindgren said she saw two men carry petrol cans into the clinic on Friday. "
        "The clinic burned down an hour later."
    )
    two = (
        "A nurse who works at the clinic says she saw two men carry petrol cans into the "
        f"building on Friday. {second_name} said the men ran off before the fire started."
    )
    articles = {
        "a": article("a", "Coast News", one, "2026-09-01"),
        "b": article("b", "River Times", two, "2026-09-02"),
    }
    events = [
        {
            "article_id": "a",
            "type": "ASSAULT",
            "attribution": [{"text": "Coast News"}, {"text": "Marta Lindgren"}],
            "evidence": {"start": 0, "end": one.index(" The clinic")},
        },
        {
            "article_id": "b",
            "type": "ASSAULT",
            "attribution": [{"text": "River Times"}, {"text": "A nurse"}],
            "evidence": {"start": 0, "end": two.index(f" {second_name}")},
        },
        {
            "article_id": "b",
            "type": "ASSAULT",
            "attribution": [{"text": "River Times"}, {"text": second_name}],
            "evidence": {"start": two.index(second_name), "end": len(two)},
        },
    ]
    found = story_sources([], articles, events=events)
    assert found.main is not None
    return found.main.independent


def test_an_unnamed_speaker_named_in_the_next_sentence_is_that_person() -> None:
    found = _speaker_story("Marta Lindgren")
    assert found.count == 1, found.summary
    assert [root.name for root in found.roots] == ["Marta Lindgren"]


def test_an_unnamed_speaker_followed_by_a_pronoun_stays_unnamed() -> None:
    found = _speaker_story("She")
    assert found.count == 2, found.summary


def test_an_audit_of_a_body_its_possessive_and_a_bare_audit_rest_on_that_body() -> None:
    found = _count(
        {
            "a": (
                "Coast News",
                "Guards let the prisoner keep a phone, according to an internal audit of the "
                "prison service seen by Coast News.",
                ("Coast News", "an internal audit of the prison service"),
            ),
            "b": (
                "River Times",
                "It finds that guards let the prisoner keep a phone for months.",
                ("River Times", "the prison service's internal audit", "the prison service"),
            ),
            "c": (
                "Hill Blog",
                "Coast News reports, quoting an internal audit, that guards let the prisoner "
                "keep a phone.",
                ("Hill Blog", "Coast News", "an internal audit"),
            ),
        },
        "phone",
    )
    assert found.count == 1, found.summary
    assert [root.name for root in found.roots] == ["the prison service"]


def test_two_bodies_audits_keep_a_bare_audit_as_it_is() -> None:
    found = _count(
        {
            "a": (
                "Coast News",
                "Guards let the prisoner keep a phone, according to the prison service's audit.",
                ("Coast News", "the prison service's audit"),
            ),
            "b": (
                "River Times",
                "Guards let the prisoner keep a phone, according to an audit of the Justice "
                "Ministry.",
                ("River Times", "an audit of the Justice Ministry"),
            ),
            "c": (
                "Hill Blog",
                "Guards let the prisoner keep a phone, an audit says.",
                ("Hill Blog", "an audit"),
            ),
        },
        "phone",
    )
    assert found.count == 3, found.summary


def test_a_statement_without_an_event_reads_the_speaker_it_opens_with() -> None:
    one = (
        "Two men beat a delivery driver outside the Kessel depot on Sunday, Kessel police said "
        "in a statement. The driver is in hospital."
    )
    two = (
        "The Iron Oak group denied any part in the attack. Police, however, say two men beat "
        "the delivery driver outside the Kessel depot on Sunday night."
    )
    main = _main_of(one, two, ("Coast News", "Kessel police"), " The driver")
    assert main.articles == ("a", "b")
    assert main.independent.count == 1, main.independent.summary


def test_statements_a_reader_chose_are_counted_instead_of_the_found_ones() -> None:
    one = (
        "The dam at Orlen burst on Monday night, the water board said. Farms were flooded. "
        "Engineers had warned of cracks in March."
    )
    two = (
        "The dam at Orlen burst on Monday night. Farmers said they saw the wall give way "
        "before midnight."
    )
    found = _main_of(one, two, ("Coast News", "the water board"), " Farms")
    assert found.independent.count == 2  # the water board; River Times' own lede
    start = two.index("Farmers")
    chosen = [
        Statement(
            article_id="b",
            start=start,
            end=len(two),
            sentence=two[start:],
            position=1,
            agreement=1.0,
        )
    ]
    picked = _main_of(one, two, ("Coast News", "the water board"), " Farms", statements=chosen)
    assert picked.articles == ("b",)
    assert [root.name for root in picked.independent.roots] == ["Farmers"]


def test_a_document_named_by_its_issuer_rests_on_the_issuer() -> None:
    found = _count(
        {
            "a": (
                "Coast News",
                "Two men beat a driver at the depot, Kessel police said on Sunday.",
                ("Coast News", "Kessel police"),
            ),
            "b": (
                "River Times",
                "The driver was beaten by two men at the depot, according to a police statement.",
                ("River Times", "a police statement"),
            ),
            "c": (
                "Hill Blog",
                "A written statement says two men beat the driver at the depot.",
                ("Hill Blog", "a written statement"),
            ),
        },
        "depot",
    )
    assert found.count == 2, found.summary
    assert sorted(root.name for root in found.roots) == ["Kessel police", "the statement"]


def test_an_own_voice_statement_pointed_back_to_a_source_rests_on_it() -> None:
    one = (
        "Gunmen set fire to the grain depot in Brask on Tuesday night. That is according to the "
        "Halvik Observatory. Farmers fear shortages."
    )
    two = (
        "The grain depot in Brask was set on fire by gunmen on Tuesday night, the Halvik "
        "Observatory said. The town council meets on Thursday."
    )
    main = _main_of(one, two, (), "")
    assert main.articles == ("a", "b")
    assert main.independent.count == 1, main.independent.summary


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the Interior Ministry", "the Ministry of the Interior"),
        ("the Interior Ministry", "a spokesperson for the Interior Ministry"),
        ("the Interior Ministry", "officials at the Interior Ministry"),
        ("the Interior Ministry", "Interior Ministry spokesman Karl Brenner"),
        ("Harrowmere police", "Harrowmere Police Department"),
        ("Dr Leon Farr", "Dr Farr"),
        ("Open Field", "researchers from Open Field"),
        ("Open Field", "Open Field's researchers"),
    ],
)
def test_spellings_of_one_party_rest_on_one_root(first: str, second: str) -> None:
    found = _count(
        {
            "a": ("Coast News", "The depot was set on fire, it said.", ("Coast News", first)),
            "b": ("River Times", "The depot was set on fire, it said.", ("River Times", second)),
        },
        "fire",
    )
    assert found.count == 1, found.summary


def test_two_ministries_spokespeople_stay_apart() -> None:
    found = _count(
        {
            "a": (
                "Coast News",
                "The depot was set on fire, it said.",
                ("Coast News", "a spokesperson for the Interior Ministry"),
            ),
            "b": (
                "River Times",
                "The depot was set on fire, it said.",
                ("River Times", "a spokesman for the Defence Ministry"),
            ),
        },
        "fire",
    )
    assert found.count == 2, found.summary


def _main_of(one: str, two: str, chain: tuple[str, ...], end: str, **options: Any) -> Any:
    """The main claim of a story of two articles, the first with one event (its chain given,
    its sentence ending before ``end``) unless ``chain`` is empty."""
    articles = {
        "a": article("a", "Coast News", one, "2026-09-01"),
        "b": article("b", "River Times", two, "2026-09-01"),
    }
    events = [
        {
            "article_id": "a",
            "type": "ASSAULT",
            "attribution": [{"text": name} for name in chain],
            "evidence": {"start": 0, "end": one.index(end)},
        }
    ][: 1 if chain else 0]
    found = story_sources([], articles, events=events, **options)
    assert found.main is not None
    return found.main


def test_a_speaker_interviewed_by_an_outlet_reaches_the_story_through_it() -> None:
    one = (
        "In an interview with the Norvale Times, Ilse Marrow said gunmen set fire to the grain "
        "depot in Brask on Tuesday night. Farmers fear shortages."
    )
    two = (
        "Gunmen set fire to the grain depot in Brask on Tuesday night, Ilse Marrow said. The "
        "council meets on Thursday."
    )
    main = _main_of(one, two, ("Coast News", "Ilse Marrow"), " Farmers")
    roots = main.independent.roots
    assert main.independent.count == 1, main.independent.summary
    assert "the Norvale Times" in roots[0].via


def test_two_outlets_relaying_one_outlets_unnamed_witness_rest_on_one_source() -> None:
    one = (
        "In an interview with the Norvale Times, the depot manager said gunmen set fire to the "
        "grain depot in Brask on Tuesday night. Farmers fear shortages."
    )
    two = (
        "Gunmen set fire to the grain depot in Brask on Tuesday night, the depot manager told "
        "the Norvale Times. The council meets on Thursday."
    )
    main = _main_of(one, two, ("Coast News", "the depot manager"), " Farmers")
    assert main.independent.count == 1, main.independent.summary


def test_two_outlets_own_unnamed_witnesses_stay_two() -> None:
    found = _count(
        {
            "a": ("Coast News", "A witness said the depot burned.", ("Coast News", "a witness")),
            "b": ("River Times", "A witness said the depot burned.", ("River Times", "a witness")),
        },
        "burned",
    )
    assert found.count == 2, found.summary
