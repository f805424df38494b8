"""Citations found in article text and links."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.provenance import (
    ARTICLE_CUES,
    Citation,
    back_reference,
    citation_chains,
    citation_kind,
    citations_from_events,
    find_citations,
    headline_credit,
    interviewed_by,
    lead_chains,
    sentence_chain,
    sentence_speaker,
    translated_document,
)


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(c.cue, c.text, c.kind) for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OSLING (Northwind Press Agency) — Snow closed the pass on Monday.",
            ("dateline", "Northwind Press Agency", "agency"),
        ),
        (
            "The pass is shut, according to the Alpine Roads Institute.",
            ("according to", "the Alpine Roads Institute", "institute"),
        ),
        (
            "The Morning Gazette reported that the pass was shut.",
            ("reported", "The Morning Gazette", "outlet"),
        ),
        (
            "The note, as translated by the Centre for Border Studies, asks for food.",
            ("translated by", "the Centre for Border Studies", "institute"),
        ),
        ("Figures came via Southwind Wire.", ("via", "Southwind Wire", "outlet")),
        (
            "The road is open. Read more at hilltimes.example.",
            ("read more at", "hilltimes.example", "outlet"),
        ),
        (
            "The road is open.\n\nSource: Northwind Press Agency",
            ("source:", "Northwind Press Agency", "agency"),
        ),
        ("In a letter sent on Friday, farmers asked for help.", ("in a", "a letter", "document")),
        (
            "Mayor Ida Holm told reporters the school would close.",
            ("told", "Mayor Ida Holm", "person"),
        ),
    ],
)
def test_cues_are_found(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(text)


def test_offsets_point_at_the_party() -> None:
    text = "Snow fell, according to the Alpine Roads Institute. The Valley Star said so too."
    for citation in find_citations(text):
        assert citation.start is not None and citation.end is not None
        assert text[citation.start : citation.end] == citation.text


@pytest.mark.parametrize(
    "text",
    [
        "He said the road was shut.",
        "On Monday said nothing.",
        "Our reporter walked up the pass and saw the snow.",
    ],
)
def test_no_citation_without_a_party(text: str) -> None:
    assert find_citations(text) == ()


def test_a_party_stops_at_the_sentence_end() -> None:
    text = "The pass is shut, according to the Alpine Roads Institute. Shops are closed."
    assert [c.text for c in find_citations(text)] == ["the Alpine Roads Institute"]


@pytest.mark.parametrize(
    ("anchor", "found"),
    [("Read the full story", True), ("the full story", True), ("Source", True), ("Weather", False)],
)
def test_links_with_a_citing_anchor(anchor: str, found: bool) -> None:
    citations = find_citations("Text.", [("https://www.hilltimes.example/a/1", anchor)])
    assert bool(citations) is found
    if found:
        assert citations[0].text == "hilltimes.example"
        assert citations[0].start is None and citations[0].cue == "link"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Reuters", "agency"),
        ("the Harbor News Agency", "agency"),
        ("The Daily Lantern", "outlet"),
        ("the Institute for Grain Markets", "institute"),
        ("a leaked memo", "document"),
        ("a letter from the mining council", "document"),
        ("Mayor Ida Holm", "person"),
        ("xyz", "unknown"),
    ],
)
def test_citation_kind(name: str, kind: str) -> None:
    assert citation_kind(name) == kind


def test_translator_rests_on_the_document() -> None:
    text = "In a letter, as translated by the Centre for Border Studies, farmers ask for food."
    assert citation_chains(text, find_citations(text)) == (
        ("the Centre for Border Studies", "a letter"),
    )


def test_document_rests_on_its_issuer() -> None:
    text = "The Ministry of Roads said in a statement that the pass is shut."
    assert citation_chains(text, find_citations(text)) == (
        ("a statement", "The Ministry of Roads"),
    )


def test_lead_chains_prefer_article_level_cues() -> None:
    text = "HOLM (Northwind Press Agency) — The pass is shut, the Roads Council said."
    assert lead_chains(text, find_citations(text)) == (("Northwind Press Agency",),)


def test_lead_chains_take_the_first_cited_sentence() -> None:
    text = "Snow fell. The Valley Star reported the pass shut. The Hill Post said it reopened."
    assert lead_chains(text, find_citations(text)) == (("The Valley Star",),)


def test_lead_chains_empty_for_own_reporting() -> None:
    assert lead_chains("We drove up the pass and saw the snow.", ()) == ()


class _Speaker:
    def __init__(self, text: str, start: int, kind: str) -> None:
        self.text, self.start, self.end, self.kind, self.cue = (
            text,
            start,
            start + len(text),
            kind,
            "said",
        )


class _Event:
    def __init__(self, *speakers: _Speaker) -> None:
        self.attribution = speakers


def test_citations_from_events_deduplicates_speakers() -> None:
    speaker = _Speaker("the Roads Council", 10, "organization")
    citations = citations_from_events([_Event(speaker), _Event(speaker)])
    assert citations == (
        Citation(text="the Roads Council", start=10, end=27, kind="institute", cue="said"),
    )


def test_hostile_text_is_fast_and_safe() -> None:
    text = ("According to " + "Aa " * 5000 + "(" * 3000 + "BEIRUT (" * 2000) * 3
    started = time.perf_counter()
    find_citations(text)
    assert time.perf_counter() - started < 30  # a hang guard, not a speed target


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="AaBb ().,:—\n'sX", max_size=300))
def test_citations_lie_inside_the_text(text: str) -> None:
    for citation in find_citations(text):
        assert citation.kind in {"outlet", "agency", "institute", "document", "person", "unknown"}
        assert citation.start is not None and citation.end is not None
        assert text[citation.start : citation.end] == citation.text


def test_an_agency_citing_its_own_source_is_one_chain() -> None:
    text = (
        "Two ferries collided off Tarn Point on Friday, the Harbor News Agency reported, citing "
        "port officials."
    )
    assert citation_chains(text, find_citations(text)) == (
        ("the Harbor News Agency", "port officials"),
    )


def test_a_name_with_a_clause_before_its_verb_is_cited() -> None:
    text = "The Delta Policy Institute, which studies river trade, said the port had closed."
    assert [c.text for c in find_citations(text)] == ["The Delta Policy Institute"]


def test_a_publisher_with_a_plain_name_is_cited_when_it_reported() -> None:
    text = "Shares fell after the Sunday Beacon reported that the bank had lost its licence."
    assert [(c.text, c.cue) for c in find_citations(text)] == [("the Sunday Beacon", "reported")]


def test_an_article_presenting_its_own_translation_names_the_document() -> None:
    opening = (
        "Pictures of a two-page letter appeared online on Sunday. The Harbour Policy Centre "
        "(HPC) has prepared an English translation of the letter, which we publish below."
    )
    assert translated_document(opening, outlet="Harbour Policy Centre") == "the letter"
    assert translated_document("We translated the video in full.") == "the video"
    assert translated_document("Below is our working translation of a sermon by the imam.") == (
        "a sermon"
    )
    titled = translated_document("Text.", "Translation: a statement attributed to the Front")
    assert titled == "a statement attributed to the Front"


def test_someone_elses_translation_is_not_the_articles_own() -> None:
    # another party's translation, quoted or cited
    cited = "The Harbour Policy Centre has published a translation of the letter on its site."
    assert translated_document(cited, outlet="Coast News") is None
    assert translated_document(cited) is None
    quoted = "The letter calls for calm, according to the centre's translation of the letter."
    assert translated_document(quoted, "Letter calls for calm", "Coast News") is None
    assert translated_document("The translation was disputed.", "Translators on strike") is None


def test_a_headline_credit_in_brackets_is_a_citation_of_the_whole_article() -> None:
    text = "Rebels take the river port (Harbor Wire)\n\nRebels took the port on Monday."
    found = find_citations(text)
    assert [(c.text, c.cue, c.kind) for c in found] == [("Harbor Wire", "headline", "outlet")]
    assert text[found[0].start : found[0].end] == "Harbor Wire"
    assert headline_credit("Rebels take the river port (MPA)") == "MPA"
    assert headline_credit("Rebels take the river port (Reuters)") == "Reuters"


def test_bracketed_labels_places_and_prose_are_not_headline_credits() -> None:
    for line in (
        "Rebels take the river port (VIDEO)",
        "Rebels take the river port (Updated)",
        "Bomb kills five in the old town (Iraq)",
        "Rebels take the river port (UK)",
        "Rebels take the river port (part 2)",
        "Rebels took the port. (Harbor Wire)",
        "The mayor, who spoke to the crowd (and to the press), was calm (very calm)",
    ):
        assert headline_credit(line) is None, line
        assert not [c for c in find_citations(line) if c.cue == "headline"], line


def test_a_named_speaker_and_a_name_after_a_role_are_citations() -> None:
    found = find_citations("In an interview with the Coast News, Strell said the list was real.")
    assert ("Strell", "said") in [(c.text, c.cue) for c in found]
    role = "The regional fire chief, Oskar Brenning, said in a statement that the levee broke."
    assert ("Oskar Brenning", "said") in [(c.text, c.cue) for c in find_citations(role)]
    for text in ("On Monday March said nothing.", "This said, the levee held.", "Today said it."):
        assert not [c for c in find_citations(text) if c.cue == "said"], text


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Police, however, say two men beat the driver outside the depot.", "Police"),
        ("Local officials said on Monday that the dam had burst.", "Local officials"),
        ("The dam burst on Monday, local officials said.", "local officials"),
        ("Dozens of homes are under water, residents told the Marsh Gazette.", "residents"),
        ("Rebels shelled the port on Monday.", None),
        ("He said the dam burst.", None),
        ("Many say the port was shelled.", None),
        ("When the army said the port was shelled, nobody believed it.", None),
    ],
)
def test_a_sentence_opening_or_ending_with_its_speaker_names_it(
    sentence: str, speaker: str | None
) -> None:
    assert sentence_speaker(sentence) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Police fired tear gas on Sunday, an SPI reporter at the square saw.", "SPI"),
        ("Police fired tear gas, a reporter for the Valley Courier saw.", "the Valley Courier"),
        ("Our reporter saw police fire tear gas on the square.", None),
    ],
)
def test_an_outlets_staff_as_witnesses_name_the_outlet(sentence: str, speaker: str | None) -> None:
    assert sentence_speaker(sentence) == speaker


def test_cues_inside_a_speakers_quoted_words_are_not_the_articles_sources() -> None:
    text = (
        'Asked about a recording, the spokesman said the leadership "does not work according to '
        "the timetable of the enemy's media\". Rebels shelled the port, according to the ministry."
    )
    assert [c.text for c in find_citations(text)] == ["the ministry"]


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("That is according to the Halvik Observatory.", "the Halvik Observatory"),
        ("That's according to ORB.", "ORB"),
        ("The figures come from the interior ministry.", "the interior ministry"),
        ("This was first reported by the Norvale Times.", "the Norvale Times"),
        ("That is a big change.", None),
        ("It is from the archive that the letter came.", None),
    ],
)
def test_a_sentence_pointing_back_names_where_the_one_before_came_from(
    sentence: str, party: str | None
) -> None:
    assert back_reference(sentence) == party


@pytest.mark.parametrize(
    ("tail", "party"),
    [
        ("Additional reporting by the Harbor Wire.", "the Harbor Wire"),
        ("The Harbor Wire contributed to this report.", "The Harbor Wire"),
        ("Written with material from the Harbor Wire.", "the Harbor Wire"),
        ("This story first appeared on the Norvale Times.", "the Norvale Times"),
        ("This article is based on reporting by the Harbor Wire.", "the Harbor Wire"),
        ("Originally published by the Harbor Wire.", "the Harbor Wire"),
        ("— AFP", "AFP"),
        ("With Reuters", "Reuters"),
        ("Reporting by Ann Lee; editing by Tom Oduya.", None),
        ("With agencies.", None),
    ],
)
def test_credit_lines_credit_the_whole_article(tail: str, party: str | None) -> None:
    text = "Gunmen set fire to the grain depot in Brask on Tuesday night.\n\n" + tail
    credits = [c.text for c in find_citations(text) if c.cue == "credit"]
    assert credits == ([party] if party else [])
    assert all(c.cue in ARTICLE_CUES for c in find_citations(text) if c.cue == "credit")


def test_an_interview_with_an_outlet_and_an_outlet_that_has_learned() -> None:
    said = "In an interview with the Norvale Times, the depot manager said gunmen set the fire."
    assert interviewed_by(said) == "the Norvale Times"
    assert interviewed_by("In an interview with Ilse Marrow, we asked about the fire.") is None
    learned = "Gunmen set fire to the depot, the Norvale Times has learned."
    assert sentence_speaker(learned) == "the Norvale Times"


def test_a_sentence_chain_keeps_the_outlet_its_speaker_told() -> None:
    told = "Dozens of homes are under water, residents told the Marsh Gazette."
    assert sentence_chain(told) == ("the Marsh Gazette", "residents")
    assert sentence_chain("Gunmen set the fire, the manager told reporters.") == ("the manager",)
    assert sentence_chain("Rebels shelled the port on Monday.") == ()


@pytest.mark.parametrize(
    "name", ["Ossary Rail", "the Iron Crow movement", "the Homeland Guard", "Kessel prison"]
)
def test_organisations_named_by_what_they_are_are_institutions(name: str) -> None:
    assert citation_kind(name) == "institute"


def test_a_news_word_inside_a_name_makes_it_an_outlet() -> None:
    assert citation_kind("Sarrow Press International") == "outlet"
    assert citation_kind("Valley News Network Online") == "outlet"
    assert citation_kind("Ivo Strell") == "person"
