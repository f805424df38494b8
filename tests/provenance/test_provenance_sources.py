"""Counting independent sources behind a claim."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.model import Article, Source
from storytrace.provenance import (
    Citation,
    Mention,
    alias_table,
    count_independent,
    find_aliases,
    name_key,
)

OUTLETS = {"a": "Hill Post", "b": "Valley Star", "c": "River Times", "d": "Lake Daily"}


def _m(article_id: str, *chain: str) -> Mention:
    return Mention(article_id=article_id, chain=chain)


def _copy(original: str, copy: str) -> dict[str, object]:
    return {
        "a_id": original,
        "b_id": copy,
        "direction": "a->b",
        "a_share": 0.9,
        "b_share": 0.95,
        "repost": copy,
    }


def test_own_reports_are_independent() -> None:
    result = count_independent([_m("a"), _m("b"), _m("c")], articles=OUTLETS)
    assert result.count == 3
    assert all(root.kind == "own_reporting" for root in result.roots)


def test_copy_of_a_copy_is_one_source() -> None:
    links = [_copy("a", "b"), _copy("b", "c")]
    result = count_independent([_m("a"), _m("b"), _m("c")], articles=OUTLETS, reuse_links=links)
    assert result.count == 1
    assert result.roots[0].description == "own reporting by Hill Post"
    assert result.chains[0].mentions == (0, 1, 2)


def test_copy_with_unknown_direction_merges() -> None:
    link = {"a_id": "a", "b_id": "b", "direction": "unknown", "a_share": 0.9, "b_share": 0.9}
    assert count_independent([_m("a"), _m("b")], articles=OUTLETS, reuse_links=[link]).count == 1


def test_small_shared_passage_is_not_a_copy() -> None:
    link = {"a_id": "a", "b_id": "b", "direction": "a->b", "a_share": 0.1, "b_share": 0.2}
    assert count_independent([_m("a"), _m("b")], articles=OUTLETS, reuse_links=[link]).count == 2


def test_two_outlets_citing_one_agency() -> None:
    mentions = [_m("a", "the Northwind Press Agency"), _m("b", "Northwind Press Agency's")]
    result = count_independent(mentions, articles=OUTLETS)
    assert result.count == 1
    assert result.roots[0].kind == "agency"
    assert not result.roots[0].in_corpus


def test_translation_and_document_are_one_source() -> None:
    mentions = [
        _m("a", "Hill Post", "LBS", "a letter"),
        _m("b", "the League for Border Studies"),
        _m("c", "the letter"),
    ]
    aliases = {"LBS": "League for Border Studies"}
    result = count_independent(mentions, articles=OUTLETS, aliases=aliases)
    assert result.count == 1
    assert result.roots[0].key == "letter"
    assert result.summary.startswith("1 independent source: ")
    assert "League for Border Studies" in result.summary


def test_acronym_without_aliases_is_its_own_root() -> None:
    mentions = [_m("a", "LBS"), _m("b", "League for Border Studies")]
    assert count_independent(mentions, articles=OUTLETS).count == 2


def test_citing_an_outlet_in_the_set_rests_on_its_article() -> None:
    mentions = [_m("a"), _m("b", "the Hill Post")]
    result = count_independent(mentions, articles=OUTLETS)
    assert result.count == 1
    assert result.roots[0].kind == "own_reporting"


def test_citing_a_site_by_host_matches_the_outlet() -> None:
    citation = Citation(text="hillpost.example", start=None, end=None, kind="outlet", cue="link")
    result = count_independent([_m("a"), _m("b")], articles=OUTLETS, citations={"b": [citation]})
    assert result.count == 1


def test_unnamed_witnesses_stay_apart() -> None:
    mentions = [_m("a", "a resident"), _m("b", "a resident")]
    assert count_independent(mentions, articles=OUTLETS).count == 2


def test_named_person_is_shared() -> None:
    mentions = [_m("a", "Mayor Ida Holm"), _m("b", "Mayor Ida Holm")]
    assert count_independent(mentions, articles=OUTLETS).count == 1


def test_two_agencies_are_two_sources() -> None:
    mentions = [_m("a", "Northwind Press Agency"), _m("b", "Southwind Wire Service")]
    result = count_independent(mentions, articles=OUTLETS)
    assert result.count == 2
    assert result.summary.startswith("2 independent sources: ")


def test_citations_and_chains_are_used() -> None:
    citation = Citation(
        text="Northwind Press Agency", start=0, end=22, kind="agency", cue="dateline"
    )
    result = count_independent(
        [_m("a"), _m("b")],
        articles=OUTLETS,
        citations={"a": [citation]},
        chains={"b": [("the Northwind Press Agency",)]},
    )
    assert result.count == 1


def test_a_copy_ignores_its_own_citations() -> None:
    result = count_independent(
        [_m("a"), _m("b")],
        articles=OUTLETS,
        reuse_links=[_copy("a", "b")],
        chains={"b": [("a resident",)]},
    )
    assert result.count == 1


def test_citation_cycle_is_one_root() -> None:
    mentions = [_m("a", "Valley Star"), _m("b", "Hill Post")]
    assert count_independent(mentions, articles=OUTLETS).count == 1


def test_articles_may_be_records() -> None:
    article = Article(
        id="a", source=Source(kind="file", location="/x"), kind="text", text="t", outlet="Hill Post"
    )
    result = count_independent(
        [_m("a"), _m("b", "Hill Post")], articles={"a": article, "b": "Valley Star"}
    )
    assert result.count == 1


def test_no_mentions() -> None:
    result = count_independent([], articles={})
    assert result.count == 0
    assert result.summary == "0 independent sources: none"


def test_to_dict_is_plain() -> None:
    data = count_independent([_m("a", "Northwind Press Agency")], articles=OUTLETS).to_dict()
    assert data["count"] == 1
    assert data["chains"][0]["article_ids"] == ["a"]


def test_name_key_normalises() -> None:
    assert name_key("The Levant Institute's") == name_key("levant institute") == "levant institute"
    assert name_key("https://www.hillpost.example/x") == "hillpost"
    assert name_key("  ...  ") == ""


def test_alias_table_follows_chains() -> None:
    assert alias_table({"LI": "the L. Institute", "L. Institute": "Levant Institute"}) == {
        "li": "levant institute",
        "l institute": "levant institute",
    }


def test_find_aliases() -> None:
    text = "The Levant Monitoring Institute (LMI) said so. The XYZ (QQ) did not."
    assert find_aliases(text) == {"LMI": "Levant Monitoring Institute"}


_NAMES = st.sampled_from(["Northwind Agency", "a letter", "Hill Post", "a resident", "LBS"])
_MENTIONS = st.lists(
    st.builds(
        Mention,
        article_id=st.sampled_from(sorted(OUTLETS)),
        chain=st.lists(_NAMES, max_size=3).map(tuple),
    ),
    max_size=6,
)
_LINKS = st.lists(
    st.builds(
        lambda pair, direction: {
            "a_id": pair[0],
            "b_id": pair[1],
            "direction": direction,
            "a_share": 0.9,
            "b_share": 0.9,
        },
        st.sampled_from(list(itertools.combinations(sorted(OUTLETS), 2))),
        st.sampled_from(["a->b", "b->a", "unknown"]),
    ),
    max_size=4,
)


@settings(max_examples=80, deadline=None)
@given(_MENTIONS, _LINKS)
def test_invariants(mentions: list[Mention], links: list[dict[str, object]]) -> None:
    result = count_independent(mentions, articles=OUTLETS, reuse_links=links)
    assert result.count == len(result.roots) == len(result.chains)
    covered = {index for chain in result.chains for index in chain.mentions}
    assert covered == set(range(len(mentions)))
    assert result.count <= len(mentions) + 5
    assert (result.count == 0) == (not mentions)
    reordered = count_independent(list(reversed(mentions)), articles=OUTLETS, reuse_links=links)
    assert reordered.count == result.count


def test_exported_members() -> None:
    import storytrace.provenance as provenance

    assert sorted(provenance.__all__) == sorted(set(provenance.__all__))
    for name in provenance.__all__:
        assert getattr(provenance, name) is not None
