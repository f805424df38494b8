"""Tests of storytrace.extract.textdump: text dumps of news pages to articles."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import textwrap
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.extract.textdump import (
    EXTRACTOR,
    LABELS,
    PROSE_WORDS,
    TextDumpOptions,
    classify_lines,
    extract_text_dump,
    learned_furniture,
    line_key,
    near_copy,
    page_line_keys,
    prose_keys,
    site_key,
)
from storytrace.model import Article, Page, Rejected, Source

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "textdumps"


def _bench() -> ModuleType:
    """The bench module, which owns the loader and the scorer of the labelled set."""
    path = ROOT / "bench" / "bench_textdump.py"
    spec = importlib.util.spec_from_file_location("bench_textdump", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_textdump"] = module
    spec.loader.exec_module(module)
    return module


def _page(text: str, url: str | None = None, **hints: str) -> Page:
    return Page(
        source=Source(kind="file", location="/dumps/site/page.txt"),
        body=text.encode("utf-8"),
        kind="text",
        url=url,
        hints=hints,
    )


DUMP = """\
Skip to content
The Valley Courier | Local news since 1921
Home | News | Sport | Opinion
Search for:
Bridge repairs close the river crossing for six weeks | The Valley Courier
Bridge repairs close the river crossing for six weeks
Posted on June 3, 2021 by Nora Ellingham
2 Comments

RIVERTON — Engineers will close the old stone bridge over the Alder on Monday so that its
cracked arches can be rebuilt, the county highways department said on Thursday.

Drivers will face a detour of about nine miles through Fenwick and the northern bypass.

What the closure means

Buses on route 14 will stop at the market square instead of crossing the river. Cyclists and
walkers can still use the footbridge next to the mill.

Update:

The department said on Friday that the work could finish a week early if the weather holds.

Local traders said they feared losing customers during the busiest weeks of the summer.

Share this:
Twitter
Facebook
Related
Council approves new car park next to the station.
Leave a Reply
Your email address will not be published. Required fields are marked *
© 2021 The Valley Courier. All rights reserved.
"""


def test_extracts_the_body_and_its_metadata() -> None:
    article = extract_text_dump(
        _page(DUMP, url="https://www.valleycourier.example.com/2021/06/03/bridge/"),
        DUMP,
        reference=datetime(2021, 6, 10, tzinfo=UTC),
    )
    assert isinstance(article, Article)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("RIVERTON — Engineers will close")
    assert "cracked arches can be rebuilt" in paragraphs[0]  # the wrapped lines are joined
    assert "What the closure means" in paragraphs
    assert "Update:" in paragraphs
    assert paragraphs[-1].startswith("Local traders said")
    assert article.title == "Bridge repairs close the river crossing for six weeks"
    assert article.outlet == "The Valley Courier"
    assert article.author == "Nora Ellingham"
    assert article.published is not None and article.published.value == "2021-06-03"
    assert "Posted on June 3, 2021 by Nora Ellingham" in article.removed
    assert "Leave a Reply" in article.removed
    assert article.kind == "text" and article.extractor == EXTRACTOR
    assert article.url == "https://www.valleycourier.example.com/2021/06/03/bridge/"
    assert article.language is None


def test_furniture_never_reaches_the_text() -> None:
    article = extract_text_dump(_page(DUMP), DUMP)
    assert isinstance(article, Article)
    for furniture in ("Search for:", "Share this:", "Council approves new car park", "©"):
        assert furniture not in article.text


def test_removed_keeps_page_order_and_excludes_body() -> None:
    article = extract_text_dump(_page(DUMP), DUMP)
    assert isinstance(article, Article)
    assert article.removed[0] == "Skip to content"
    assert article.removed[-1].startswith("©")
    assert not set(article.removed) & set(article.text.split("\n\n"))


def test_hints_fill_what_the_dump_does_not_say() -> None:
    text = "\n\n".join(
        [
            "The harvest in the eastern valleys was the smallest in a decade, farmers said.",
            "Growers blamed a late frost in April and a dry summer that followed it.",
            "Prices for apples and pears are expected to rise by the end of the year.",
        ]
    )
    page = _page(text, title="Small harvest", outlet="Orchard Weekly", author="Ida Moss")
    article = extract_text_dump(page, text)
    assert isinstance(article, Article)
    assert (article.title, article.outlet, article.author) == (
        "Small harvest",
        "Orchard Weekly",
        "Ida Moss",
    )


def test_url_printed_in_the_dump_is_used() -> None:
    text = DUMP + "\nhttps://valleycourier.example.org/2021/06/03/bridge-repairs/\n"
    article = extract_text_dump(_page(text), text)
    assert isinstance(article, Article)
    assert article.url == "https://valleycourier.example.org/2021/06/03/bridge-repairs/"


def test_advertised_channel_names_the_outlet() -> None:
    text = (
        "Join our Telegram channel @riverwatchnews\n"
        "Floods cut off three villages in the north\n\n"
        "Rising water cut the only road into three mountain villages on Sunday, leaving about "
        "two thousand people without supplies, local officials said.\n\n"
        "Helicopters carried food and medicine to the largest of the villages on Monday, and "
        "engineers hope to reopen the road by the end of the week.\n"
    )
    article = extract_text_dump(_page(text), text)
    assert isinstance(article, Article)
    assert article.outlet == "riverwatchnews"
    assert "Join our Telegram channel @riverwatchnews" in article.removed


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no_article"),
        ("Home\nNews\nSport\nContact\n© 2020 Example News", "no_article"),
        ("Home\nThe match was postponed because of the storm.\nShare this:", "too_short"),
    ],
)
def test_rejections(text: str, reason: str) -> None:
    rejected = extract_text_dump(_page(text), text)
    assert isinstance(rejected, Rejected)
    assert rejected.reason == reason
    assert rejected.detail.endswith(".") or rejected.detail


def test_min_chars_is_an_option() -> None:
    text = "Home\nThe match was postponed because of the storm and will be played next week.\n"
    options = TextDumpOptions(min_chars=20)
    assert isinstance(extract_text_dump(_page(text), text, options=options), Article)


def test_learned_furniture_drops_a_line_that_reads_as_prose() -> None:
    footer = "Thank you for reading our coverage and for supporting local journalism."
    text = DUMP.replace("Share this:", f"{footer}\nShare this:")
    plain = extract_text_dump(_page(text), text)
    learned = extract_text_dump(_page(text), text, furniture={line_key(footer) or ""})
    assert isinstance(plain, Article) and isinstance(learned, Article)
    assert footer in plain.text
    assert footer not in learned.text
    assert footer in learned.removed


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("  3 Comments ", "# comments"),
        ("Posted on  June 3, 2021", "posted on june #, #"),
        ("SHARE\tTHIS:", "share this:"),
        ("", None),
        ("   ", None),
        ("word " * 200, None),
    ],
)
def test_line_key(line: str, key: str | None) -> None:
    assert line_key(line) == key


def test_page_line_keys_are_the_distinct_keys() -> None:
    keys = page_line_keys("12 Comments\n\n4 Comments\nHome\nhome\n")
    assert keys == frozenset({"# comments", "home"})


@pytest.mark.parametrize(
    ("counts", "pages", "expected"),
    [
        ({"home": 10, "share this:": 6, "tagline": 4, "quote": 2}, 10, {"home", "share this:"}),
        ({"home": 3}, 3, {"home"}),
        ({"home": 2}, 2, set()),  # too few pages to learn anything
        ({"home": 2, "menu": 3}, 4, {"menu"}),
    ],
)
def test_learned_furniture(counts: dict[str, int], pages: int, expected: set[str]) -> None:
    assert learned_furniture(counts, pages) == expected


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        ("https://www.harbour.example.com/a/b", "", "harbour.example.com"),
        (None, "Home\nRead more at dailyfield.org/news today\n", "dailyfield.org"),
        (None, "Join us: t.me/somechannel\n© 2022 River Post. All rights reserved.", "river post"),
        (None, "Nothing here tells the site.", "/dumps/site"),
    ],
)
def test_site_key(url: str | None, text: str, expected: str) -> None:
    assert site_key(_page(text, url=url), text) == expected


def test_classify_lines_labels_every_physical_line() -> None:
    labels = classify_lines(DUMP)
    assert len(labels) == len(DUMP.splitlines())
    assert set(labels) <= LABELS
    lines = DUMP.splitlines()
    assert labels[lines.index("Bridge repairs close the river crossing for six weeks")] == "title"
    assert labels[lines.index("Posted on June 3, 2021 by Nora Ellingham")] == "date"
    assert labels[lines.index("Update:")] == "body"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=120),
            st.sampled_from(
                ["", "Home", "Share this:", "Related", "3 Comments", "Leave a Reply", "© 2020 X"]
            ),
            st.sampled_from(
                [
                    "The council said the plan would be reviewed in the spring after a long vote.",
                    "“We will keep going,” she said.",
                    "Posted on May 2, 2019 by Ada Stone",
                    "Breaking | News » World",
                ]
            ),
        ),
        max_size=40,
    )
)
def test_never_raises_and_keeps_the_invariants(lines: list[str]) -> None:
    text = "\n".join(lines)
    result = extract_text_dump(_page(text), text)
    assert isinstance(result, Article | Rejected)
    assert len(classify_lines(text)) == len(text.splitlines())
    if isinstance(result, Article):
        assert len(result.text) >= TextDumpOptions().min_chars
        assert "\n\n\n" not in result.text


def test_hostile_inputs() -> None:
    for text in ("\x00\x01" * 1000, "a" * 300_000, "\r\n" * 5000, "word. " * 50_000, "\u2028" * 99):
        result = extract_text_dump(_page(text), text)
        assert isinstance(result, Article | Rejected)


# --------------------------------------------------------------------------------------------
# The quality gate on the labelled set (see bench/bench_textdump.py and docs/textdump.md).

#: sha256 of the labelled set; changing a fixture means re-measuring and updating the floors.
CORPUS_DIGEST = "68831af89176aeb3"
#: Measured (2026-11-23): with site learning dev 1.000/1.000, held-out 1.000/0.997; without
#: it held-out 0.962/0.997. The floors sit a little under. Never lower them silently.
FLOORS = {
    ("textdump+site", "heldout"): (0.98, 0.98),
    ("textdump+site", "dev"): (0.98, 0.98),
    ("textdump", "heldout"): (0.94, 0.98),
    ("textdump", "dev"): (0.98, 0.98),
}


def _digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(FIXTURES.glob("*/*/*.txt")):
        digest.update(str(path.relative_to(FIXTURES)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def test_corpus_digest() -> None:
    """The floors below were measured on exactly this labelled set."""
    assert _digest() == CORPUS_DIGEST


def test_labelled_set_shape() -> None:
    bench = _bench()
    pages = bench.load_labelled(FIXTURES)
    sites = Counter((page.split, page.site) for page in pages)
    assert len(pages) >= 40
    assert len(sites) >= 10
    assert min(sites.values()) >= 3
    assert {split for split, _ in sites} == {"dev", "heldout"}
    assert not {site for split, site in sites if split == "dev"} & {
        site for split, site in sites if split == "heldout"
    }


@pytest.mark.parametrize(("method", "split"), sorted(FLOORS))
def test_quality_floor(method: str, split: str) -> None:
    bench = _bench()
    pages = bench.load_labelled(FIXTURES)
    score = bench.evaluate(pages, bench.methods(pages)[method])[split]
    precision_floor, recall_floor = FLOORS[(method, split)]
    assert score.precision >= precision_floor, (method, split, score.precision)
    assert score.recall >= recall_floor, (method, split, score.recall)


def test_beats_the_word_count_baseline() -> None:
    bench = _bench()
    pages = bench.load_labelled(FIXTURES)
    ours = bench.evaluate(pages, bench.methods(pages)["textdump+site"])["heldout"]
    baseline = bench.evaluate(pages, bench.baseline)["heldout"]
    assert ours.precision > baseline.precision
    assert ours.recall > baseline.recall


def test_long_hostile_header_stays_linear() -> None:
    text = "Home | News | Sport\nBreaking | Story of the day\n" * 20_000 + DUMP
    started = time.perf_counter()
    result = extract_text_dump(_page(text), text)
    assert isinstance(result, Article)
    assert time.perf_counter() - started < 60  # a hang guard, not a speed target


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Le conseil municipal a voté mardi soir un budget de 12 millions d'euros pour la "
            "rénovation des écoles de la ville.",
            "Les travaux commenceront en juillet et dureront deux ans, selon la mairie.",
            "L'opposition a dénoncé un calendrier trop serré et demandé un audit indépendant.",
        ],
        [
            "قال مسؤولون محليون إن الفيضانات قطعت الطريق الرئيسي بين القريتين يوم الأحد وأجبرت "
            "مئات العائلات على مغادرة منازلها.",
            "وأضافوا أن فرق الإنقاذ تعمل على إيصال الغذاء والدواء إلى المناطق المعزولة.",
            "هل ستعود العائلات قبل نهاية الشهر؟ لا أحد يعرف حتى الآن.",
        ],
        [
            "市议会周二晚上批准了一项新的公共交通计划，将在未来三年内增加十二条公交线路。"
            "官员表示，新线路将主要服务于城市北部的新住宅区。",
            "反对者认为，这项计划的费用过高，而且没有考虑到老年居民的需要。"
            "市长表示将在下个月举行公开听证会。",
        ],
    ],
)
def test_other_scripts_keep_their_body(paragraphs: list[str]) -> None:
    text = "Accueil | Monde | Sport\n\n" + "\n\n".join(paragraphs) + "\n\n© 2024 Exemple"
    # Chinese says in 112 characters what English says in 300: lower the length floor.
    article = extract_text_dump(_page(text), text, options=TextDumpOptions(min_chars=100))
    assert isinstance(article, Article)
    assert article.text.split("\n\n") == paragraphs


def test_a_dump_without_full_stops_still_has_a_body() -> None:
    paragraphs = [
        "Residents of the coastal villages were moved to schools and mosques on higher ground "
        "overnight as the storm approached the bay 🌊",
        "Fishermen pulled their boats onto the beach and the port authority closed the harbour "
        "to all traffic until further notice #storm",
    ]
    text = "Coast News\nHome | Local | Weather\n\n" + "\n\n".join(paragraphs)
    article = extract_text_dump(_page(text), text)
    assert isinstance(article, Article)
    assert article.text.split("\n\n") == paragraphs


def test_hard_wrapped_paragraphs_are_joined_at_the_wrap_width() -> None:
    paragraphs = [
        "The county council agreed on Wednesday to buy the disused railway station in "
        "Ashbury and turn it into a library, a cafe and twelve small workshops for local "
        "makers.",
        "Councillors said the building had stood empty for nine years and that Network "
        "Estates had offered it for a nominal price if the council took over its repair.",
        "Work is expected to begin in the autumn. The library should open in the spring of "
        "2027, with the workshops following a few months later.",
    ]
    wrapped = "\n\n".join(textwrap.fill(paragraph, width=72) for paragraph in paragraphs)
    text = "Ashbury Post\nHome | News | Sport\n\n" + wrapped + "\n\nShare this:\nFacebook\n"
    article = extract_text_dump(_page(text), text)
    assert isinstance(article, Article)
    assert article.text.split("\n\n") == paragraphs


BODY = (
    "The district council approved the new water tariff on Tuesday after a long debate, "
    "and the mayor said the money would repair the old pumping station before the summer.\n\n"
    "Opposition members walked out before the vote and said the increase would hit poor "
    "families hardest, while traders asked for a delay of six months.\n\n"
    "The tariff takes effect in March, the council said in a short statement after the session."
)


def _dump(header: str, footer: str) -> Article | Rejected:
    text = f"{header}\n\n{BODY}\n\n{footer}\n"
    page = Page(source=Source(kind="file", location="/d/x.txt"), body=text.encode(), kind="text")
    return extract_text_dump(page, text)


def test_headline_next_to_byline_beats_a_banner_line() -> None:
    article = _dump(
        "RIVER POST | News of the Valley\nThursday, 6 February 2025\n"
        "Council approves new water tariff despite walkout\n"
        "6 February 2025 - 09:12 | Local | 3 Comments",
        "Copyright © 2025 River Post. All rights reserved.",
    )
    assert isinstance(article, Article)
    assert article.title == "Council approves new water tariff despite walkout"
    assert article.outlet == "River Post"  # the banner's capitals, spelled as the page spells it


def test_advertised_channel_is_named_as_the_page_names_it() -> None:
    article = _dump(
        "Valley Ledger\nCouncil approves new water tariff despite walkout\n"
        "Posted on February 6, 2025 by kam_r | 2 Comments",
        "Follow Valley Ledger on Telegram: t.me/valleyledger for daily links",
    )
    assert isinstance(article, Article)
    assert article.outlet == "Valley Ledger"
    assert article.author == "kam_r"


def test_a_page_repeating_known_prose_is_a_near_copy() -> None:
    prose = [f"line {n} " + "word " * PROSE_WORDS for n in range(5)]
    keys = frozenset([*prose, "share this", "subscribe"])
    assert prose_keys(keys) == sorted(prose)
    assert near_copy(keys, seen=3)
    assert not near_copy(keys, seen=2)  # two of five prose lines: a page of its own
    assert not near_copy(frozenset(["share this", "subscribe"]), seen=0)
