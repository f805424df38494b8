"""The demo corpus in examples/demo/ is complete and agrees with examples/demo-truth.json.

These tests read the corpus with the standard library, lxml and warcio only, not with storytrace's
own readers: they check the data, so that later tests of the readers can trust it.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from warcio.archiveiterator import ArchiveIterator

from storytrace.model import SOURCE_KINDS

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DEMO = EXAMPLES / "demo"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
MAIN_STORY = "harithi-letter"
FORMS = {"html", "text", "jsonl", "feed", "warc"}


@cache
def truth() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / "demo-truth.json").read_text("utf-8"))
    return data


def articles() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = truth()["articles"]
    return found


def article_ids() -> list[str]:
    return [article["id"] for article in articles()]


def by_id(identifier: str) -> dict[str, Any]:
    return next(article for article in articles() if article["id"] == identifier)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def html_text(html: str) -> str:
    return squeeze(lxml.html.fromstring(html).text_content())


def warc_records(name: str) -> Iterator[Any]:
    with (DEMO / name).open("rb") as stream:
        yield from ArchiveIterator(stream)


def feed_items(name: str) -> dict[str, ET.Element]:
    channel = ET.parse(DEMO / name).getroot()
    return {item.findtext("guid", ""): item for item in channel.iter("item")}


@cache
def page_text(identifier: str) -> str:
    """The whole visible text of an article's page (or dump, record, item), whitespace squeezed."""
    article = by_id(identifier)
    path: Path = DEMO / article["file"]
    form = article["form"]
    if form == "html":
        return html_text(path.read_bytes().decode(article["encoding"]))
    if form == "text":
        return squeeze(path.read_text("utf-8"))
    if form == "jsonl":
        record = json.loads(path.read_text("utf-8").splitlines()[article["line"] - 1])
        return squeeze(record["text"]) if "text" in record else html_text(record["html"])
    if form == "feed":
        item = feed_items(article["file"])[article["record"]]
        return html_text(item.findtext(CONTENT) or item.findtext("description") or "")
    for record in warc_records(article["file"]):
        if record.rec_headers.get_header("WARC-Record-ID") == article["record"]:
            return html_text(record.content_stream().read().decode(article["encoding"]))
    raise LookupError(f"{article['record']} not in {article['file']}")


@cache
def body(identifier: str) -> str:
    """The article body: from its ``body_first`` to its ``body_last`` marker."""
    article = by_id(identifier)
    text = page_text(identifier)
    start = text.index(article["body_first"])
    end = text.index(article["body_last"], start) + len(article["body_last"])
    return text[start:end]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("’", "'"))


def eight_grams(text: str) -> list[tuple[str, ...]]:
    tokens = words(text)
    return [tuple(tokens[i : i + 8]) for i in range(len(tokens) - 7)]


def overlap(copy: str, original: str) -> float:
    """Share of the 8-grams of ``copy`` that also occur in ``original``."""
    grams = eight_grams(copy)
    known = set(eight_grams(original))
    return sum(gram in known for gram in grams) / len(grams)


def day(article: dict[str, Any]) -> date:
    return date.fromisoformat(article["published_date"])


def corpus_text() -> str:
    return " ".join(page_text(identifier) for identifier in article_ids())


def unapostrophe(text: str) -> str:
    return text.replace("’", "'")


def mentions(alias: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", text) is not None


# --- the files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted({article["file"] for article in articles()}))
def test_every_file_in_truth_exists(name: str) -> None:
    assert (DEMO / name).is_file()


def test_demo_holds_only_corpus_files_readme_and_truth() -> None:
    listed = {article["file"] for article in articles()}
    assert {path.name for path in DEMO.iterdir()} == listed


def test_readme_names_every_file_and_article() -> None:
    readme = (EXAMPLES / "README.md").read_text("utf-8")
    missing = [
        name for name in {a["file"] for a in articles()} | set(article_ids()) if name not in readme
    ]
    assert missing == []


def test_article_ids_are_unique() -> None:
    assert len(article_ids()) == len(set(article_ids()))


def test_every_form_holds_an_article_of_the_main_story() -> None:
    forms = {article["form"] for article in articles() if article["story"] == MAIN_STORY}
    assert forms == FORMS


def test_forms_map_to_source_kinds() -> None:
    assert FORMS - {"html", "text"} <= SOURCE_KINDS


@pytest.mark.parametrize("form", ["html", "text"])
def test_two_outlets_per_page_form(form: str) -> None:
    outlets = {article["outlet"] for article in articles() if article["form"] == form}
    assert len(outlets) >= 2


def test_at_least_six_outlets_tell_the_main_story() -> None:
    outlets = {article["outlet"] for article in articles() if article["story"] == MAIN_STORY}
    assert len(outlets) >= 6


def test_other_stories_exist() -> None:
    stories = {article["story"] for article in articles()} - {MAIN_STORY}
    assert len(stories) >= 3
    assert stories <= set(truth()["stories"])


# --- encodings and the HTML pages ----------------------------------------------------------------


def html_articles() -> list[dict[str, Any]]:
    return [article for article in articles() if article["form"] == "html"]


def test_one_page_is_windows_1252() -> None:
    encodings = {article["encoding"] for article in html_articles()}
    assert encodings == {"utf-8", "windows-1252"}


@pytest.mark.parametrize("article", html_articles(), ids=lambda article: article["id"])
def test_html_page_declares_its_charset(article: dict[str, Any]) -> None:
    head = (DEMO / article["file"]).read_bytes()[:2048].decode("ascii", errors="replace")
    assert f'<meta charset="{article["encoding"]}">' in head


@pytest.mark.parametrize(
    "article",
    [article for article in html_articles() if article["encoding"] == "windows-1252"],
    ids=lambda article: article["id"],
)
def test_windows_1252_page_is_not_utf8_and_has_curly_quotes(article: dict[str, Any]) -> None:
    raw = (DEMO / article["file"]).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("windows-1252")
    assert "’" in text
    assert "‘" in text


@pytest.mark.parametrize("article", html_articles(), ids=lambda article: article["id"])
def test_html_page_has_meta_tags_and_furniture(article: dict[str, Any]) -> None:
    page = lxml.html.fromstring((DEMO / article["file"]).read_bytes().decode(article["encoding"]))
    properties = {meta.get("property") for meta in page.iter("meta")}
    assert {"og:title", "og:site_name", "og:url", "article:published_time"} <= properties
    assert page.find(".//nav") is not None or page.get_element_by_id("nav") is not None
    text = page.text_content()
    assert "comments" in text.lower()
    assert "Share" in text


def test_html_pages_use_different_date_styles() -> None:
    scripts = [
        "application/ld+json" in (DEMO / article["file"]).read_bytes().decode(article["encoding"])
        for article in html_articles()
    ]
    assert sorted(scripts) == [False, True]


# --- JSON Lines, feed, WARC ----------------------------------------------------------------------


def test_jsonl_records_parse_and_match_truth() -> None:
    for article in articles():
        if article["form"] != "jsonl":
            continue
        line = (DEMO / article["file"]).read_text("utf-8").splitlines()[article["line"] - 1]
        record = json.loads(line)
        assert {"url", "title", "published", "outlet", "author"} <= set(record)
        assert ("html" in record) != ("text" in record)
        for key in ("url", "title", "published", "outlet", "author"):
            assert record[key] == article[key]


def test_jsonl_has_both_a_text_and_an_html_record() -> None:
    names = {article["file"] for article in articles() if article["form"] == "jsonl"}
    for name in names:
        records = [json.loads(line) for line in (DEMO / name).read_text("utf-8").splitlines()]
        assert 2 <= len(records) <= 3
        assert any("text" in record for record in records)
        assert any("html" in record for record in records)


def test_feed_is_rss_2_with_full_and_summary_items() -> None:
    names = {article["file"] for article in articles() if article["form"] == "feed"}
    for name in names:
        root = ET.parse(DEMO / name).getroot()
        assert root.tag == "rss"
        assert root.get("version") == "2.0"
        items = feed_items(name)
        assert 2 <= len(items) <= 3
        full = {guid for guid, item in items.items() if item.find(CONTENT) is not None}
        summary_only = {a["record"] for a in articles() if a["file"] == name and a["summary_only"]}
        assert full
        assert summary_only
        assert summary_only == set(items) - full


@pytest.mark.parametrize(
    "article",
    [article for article in articles() if article["form"] == "feed"],
    ids=lambda article: article["id"],
)
def test_feed_item_matches_truth(article: dict[str, Any]) -> None:
    item = feed_items(article["file"])[article["record"]]
    assert item.findtext("title") == article["title"]
    assert item.findtext("link") == article["url"]


def test_warc_holds_the_records_truth_lists() -> None:
    warc = truth()["warc"]
    found = [
        {
            "type": record.rec_type,
            "id": record.rec_headers.get_header("WARC-Record-ID"),
            "target_uri": record.rec_headers.get_header("WARC-Target-URI"),
            "content_type": record.http_headers.get_header("Content-Type")
            if record.rec_type == "response"
            else None,
        }
        for record in warc_records(warc["file"])
    ]
    expected = [{key: row[key] for key in found[0]} for row in warc["records"]]
    assert found == expected


def test_warc_is_gzipped_per_record_and_starts_with_warcinfo() -> None:
    raw = (DEMO / truth()["warc"]["file"]).read_bytes()
    assert raw[:2] == b"\x1f\x8b"
    assert gzip.decompress(raw).startswith(b"WARC/1.0\r\n")
    assert next(warc_records(truth()["warc"]["file"])).rec_type == "warcinfo"


def test_warc_requests_are_concurrent_to_their_responses() -> None:
    responses = {}
    requests = {}
    for record in warc_records(truth()["warc"]["file"]):
        uri = record.rec_headers.get_header("WARC-Target-URI")
        if record.rec_type == "response":
            responses[uri] = record.rec_headers.get_header("WARC-Record-ID")
        elif record.rec_type == "request":
            requests[uri] = record.rec_headers.get_header("WARC-Concurrent-To")
    html_pages = {row["target_uri"] for row in truth()["warc"]["records"] if row["article"]}
    assert set(requests) == html_pages
    assert all(requests[uri] == responses[uri] for uri in requests)
    assert len(set(responses) - html_pages) == 1


def test_warc_response_articles_match_truth() -> None:
    rows = {row["id"]: row for row in truth()["warc"]["records"]}
    for article in articles():
        if article["form"] == "warc":
            assert rows[article["record"]]["article"] == article["id"]
            assert rows[article["record"]]["target_uri"] == article["url"]


def test_warc_builder_is_deterministic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_demo_warc", EXAMPLES / "build_demo_warc.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the module runs
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    output = tmp_path / "demo.warc.gz"
    module.build(output)
    assert output.read_bytes() == (DEMO / truth()["warc"]["file"]).read_bytes()


# --- the articles --------------------------------------------------------------------------------


@pytest.mark.parametrize("identifier", article_ids())
def test_body_markers_occur_once_and_in_order(identifier: str) -> None:
    article = by_id(identifier)
    text = page_text(identifier)
    assert text.count(article["body_first"]) == 1
    assert text.count(article["body_last"]) == 1
    assert text.index(article["body_first"]) < text.index(article["body_last"])


@pytest.mark.parametrize("identifier", [a["id"] for a in articles() if not a["summary_only"]])
def test_article_has_a_realistic_length(identifier: str) -> None:
    assert 250 <= len(words(body(identifier))) <= 900


@pytest.mark.parametrize("identifier", [a["id"] for a in articles() if a["summary_only"]])
def test_summary_only_item_is_short(identifier: str) -> None:
    assert len(words(body(identifier))) < 100


def raw_page(identifier: str) -> str:
    """The decoded page of an article as stored, markup included."""
    article = by_id(identifier)
    path: Path = DEMO / article["file"]
    if article["form"] == "jsonl":
        line: str = path.read_text("utf-8").splitlines()[article["line"] - 1]
        return line
    if article["form"] == "feed":
        return ET.tostring(feed_items(article["file"])[article["record"]], encoding="unicode")
    if article["form"] == "warc":
        for record in warc_records(article["file"]):
            if record.rec_headers.get_header("WARC-Record-ID") == article["record"]:
                payload: bytes = record.content_stream().read()
                return payload.decode(article["encoding"])
        raise LookupError(f"{article['record']} not in {article['file']}")
    return path.read_bytes().decode(str(article["encoding"]))


@pytest.mark.parametrize("identifier", article_ids())
def test_title_url_and_author_occur_in_their_page(identifier: str) -> None:
    article = by_id(identifier)
    raw = raw_page(identifier)
    for key in ("title", "url", "author"):
        assert article[key] is None or article[key] in raw, key


def test_published_date_is_the_day_of_published() -> None:
    for article in articles():
        assert article["published"].startswith(article["published_date"])
        assert date.fromisoformat(article["published_date"]).year == 2025


def test_the_institute_article_is_the_earliest_of_the_story() -> None:
    story = [article for article in articles() if article["story"] == MAIN_STORY]
    first = min(story, key=day)
    assert first["id"] == truth()["independent_source"]["article"]
    assert [a for a in story if day(a) == day(first)] == [first]


def test_dates_spread_over_about_ten_days() -> None:
    days = sorted(day(article) for article in articles())
    assert 7 <= (days[-1] - days[0]).days <= 10


def test_references_name_known_articles_published_earlier() -> None:
    known = set(article_ids())
    for article in articles():
        references = [*article["cites"], *([article["copies_of"]] if article["copies_of"] else [])]
        for reference in references:
            assert reference in known
            assert day(by_id(reference)) <= day(article)
            assert reference != article["id"]


def test_claims_flow_from_their_origin_forwards_in_time() -> None:
    known = set(article_ids())
    for claim in truth()["claims"]:
        origin = by_id(claim["origin"])
        for carrier in [*claim["carried_by"], *claim["disputed_by"]]:
            assert carrier in known
            assert day(by_id(carrier)) >= day(origin)


def test_every_letter_article_of_the_story_cites_the_independent_source() -> None:
    source = truth()["independent_source"]["article"]
    for article in articles():
        if article["story"] == MAIN_STORY and article["id"] != source:
            assert source in article["cites"]


# --- reuse ---------------------------------------------------------------------------------------


def reuse_pairs() -> list[tuple[str, str]]:
    ids = [a["id"] for a in articles() if not a["summary_only"]]
    return [(copy, original) for copy in ids for original in ids if copy != original]


@pytest.mark.parametrize(("copy", "original"), reuse_pairs())
def test_eight_gram_overlap_follows_copies_of(copy: str, original: str) -> None:
    share = overlap(body(copy), body(original))
    if by_id(copy)["copies_of"] == original:
        assert share > 0.7
    elif by_id(original)["copies_of"] == copy:
        # the original also shares most of its text with its copy, minus the dropped paragraph
        assert share > 0.5
    else:
        assert share < 0.2


def test_the_repost_drops_a_paragraph_and_changes_words() -> None:
    repost = next(article for article in articles() if article["copies_of"])
    original = body(repost["copies_of"])
    copy = body(repost["id"])
    assert overlap(copy, original) < 0.95
    assert not copy.startswith(original[:80])
    assert "There are also reasons for caution." in original
    assert "There are also reasons for caution." not in copy


def test_the_sensational_version_quotes_the_translation() -> None:
    clarion = body("clarion-letter")
    assert "According to a translation by the Levant Monitoring Institute" in clarion
    assert "The ports of the tyrant and the ships that feed him are before you" in clarion


# --- actors --------------------------------------------------------------------------------------


def aliases() -> list[tuple[str, str]]:
    groups = [*truth()["actors"], *truth()["places"]]
    return [(group["id"], alias) for group in groups for alias in group["aliases"]]


@pytest.mark.parametrize(("actor", "alias"), aliases())
def test_every_alias_occurs_in_the_texts(actor: str, alias: str) -> None:
    assert mentions(alias, corpus_text()), f"{alias!r} ({actor}) occurs in no article"


@pytest.mark.parametrize(
    ("actor", "description"),
    [(actor["id"], text) for actor in truth()["actors"] for text in actor["descriptions"]],
)
def test_every_description_occurs_in_the_texts(actor: str, description: str) -> None:
    assert unapostrophe(description).lower() in unapostrophe(corpus_text()).lower()


def test_aliases_belong_to_one_actor_only() -> None:
    spellings = [alias for _, alias in aliases()]
    assert len(spellings) == len(set(spellings))


@pytest.mark.parametrize("identifier", article_ids())
def test_article_actors_are_exactly_those_named_in_its_body(identifier: str) -> None:
    text = body(identifier)
    named = {
        actor["id"]
        for actor in truth()["actors"]
        if any(mentions(alias, text) for alias in actor["aliases"])
    }
    assert named == set(by_id(identifier)["actors"])


def test_apostrophe_variants_all_occur() -> None:
    text = corpus_text()
    for mark in ("'", "’", "ʿ"):
        assert mark in text


@pytest.mark.parametrize("identifier", [a["id"] for a in articles() if a["story"] == MAIN_STORY])
def test_main_story_articles_name_leader_and_group(identifier: str) -> None:
    assert {"harithi", "jaw"} <= set(by_id(identifier)["actors"])


def test_consecutive_dates_of_the_story_are_not_far_apart() -> None:
    days = sorted(day(a) for a in articles() if a["story"] == MAIN_STORY)
    assert all((later - earlier).days <= 2 for earlier, later in pairwise(days))


@pytest.mark.parametrize(
    "phrase",
    [
        "allegedly",
        "reportedly",
        "is thought to",
        "did not confirm",
        "according to",
        "told reporters",
    ],
)
def test_main_story_has_hedges_negations_and_attributions(phrase: str) -> None:
    story = " ".join(body(a["id"]) for a in articles() if a["story"] == MAIN_STORY)
    assert phrase in story.lower()
