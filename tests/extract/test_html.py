"""HTML article extraction: text, metadata, hints, rejections, hostile markup."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import trafilatura
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storytrace.errors import ConfigError
from storytrace.extract import html as html_module
from storytrace.extract.decode import decode_body
from storytrace.extract.html import HtmlOptions, extract_html
from storytrace.model import Article, DateGuess, Page, Rejected, Source

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
ARTICLE_URL = "https://www.coastal-ledger.test/news/2023/04/harbour-bridge-reopens?ref=home"

PARAGRAPHS = [
    "The regional library will stay open until nine in the evening from next week, the city "
    "said on Friday, after students asked for more quiet places to work during the exams.",
    "The longer hours will cost about forty thousand euros a year, mostly for two extra staff "
    "members on the evening shift, and will be reviewed after six months.",
    "Librarians said the reading rooms were full most afternoons last winter, and that many "
    "visitors had to be turned away at the door when the building closed at six.",
]


def make_page(html: str, *, url: str | None = None, hints: dict[str, str] | None = None) -> Page:
    return Page(
        source=Source(kind="file", location="/tmp/page.html"),
        body=html.encode("utf-8"),
        url=url,
        hints=hints or {},
    )


def extract(
    html: str, *, url: str | None = None, hints: dict[str, str] | None = None, **options: object
) -> Article | Rejected:
    return extract_html(make_page(html, url=url, hints=hints), html, options=HtmlOptions(**options))


def plain_page(paragraphs: list[str], *, head: str = "", lang: str = "") -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    lang_attribute = f' lang="{lang}"' if lang else ""
    return (
        f"<!DOCTYPE html><html{lang_attribute}><head>{head}</head>"
        f"<body><article>{body}</article></body></html>"
    )


def fixture_article(url: str | None = ARTICLE_URL) -> Article:
    body = (FIXTURES / "article_full.html").read_bytes()
    decoded = decode_body(body)
    assert decoded is not None
    page = Page(source=Source(kind="file", location="article_full.html"), body=body, url=url)
    article = extract_html(page, decoded.text)
    assert isinstance(article, Article)
    return article


def test_metadata_of_a_news_page() -> None:
    article = fixture_article()
    assert article.title == "Harbour bridge to reopen after two years of repairs"
    assert article.published == DateGuess(value="2023-04-12", method="html-meta", confidence=0.9)
    assert article.author == "Mira Jansen"
    assert article.outlet == "The Coastal Ledger"
    assert article.canonical_url == (
        "https://www.coastal-ledger.test/news/2023/04/harbour-bridge-reopens"
    )
    assert article.url == ARTICLE_URL
    assert article.language == "en"


def test_identity_and_extractor() -> None:
    article = fixture_article()
    body = (FIXTURES / "article_full.html").read_bytes()
    page = Page(source=Source(kind="file", location="article_full.html"), body=body)
    assert (article.id, article.source, article.kind) == (page.id, page.source, "html")
    assert article.extractor.startswith(f"trafilatura-{trafilatura.__version__}/")
    assert article.extractor.endswith(HtmlOptions().name)


def test_article_text_is_kept_in_paragraphs() -> None:
    text = fixture_article().text
    paragraphs = text.split("\n\n")
    assert paragraphs[0].startswith("The harbour bridge will reopen to cars and cyclists")
    assert paragraphs[-1].endswith("testing the new deck joints in the summer.")
    assert len(paragraphs) == 5
    assert all(paragraph and paragraph == " ".join(paragraph.split()) for paragraph in paragraphs)


@pytest.mark.parametrize(
    "furniture",
    [
        "Harbour bridge to reopen after two years of repairs",  # the headline, not repeated
        "Sport",  # navigation
        "Subscribe today",
        "Share on Facebook",
        "Advertisement",
        "Read more:",
        "Sign up for our morning newsletter",
        "Two quay bakeries close their doors",  # related links
        "my commute has been an hour longer",  # comments
        "3 comments",
        "All rights reserved",  # footer
        "Cookie settings",
    ],
)
def test_boilerplate_is_not_in_the_text(furniture: str) -> None:
    assert furniture not in fixture_article().text


def test_relative_canonical_without_a_page_url() -> None:
    article = fixture_article(url=None)
    assert article.canonical_url is None
    assert article.url is None


def test_url_falls_back_on_the_canonical_url() -> None:
    head = '<link rel="Canonical" href="https://news.example.test/a/b">'
    article = extract(plain_page(PARAGRAPHS, head=head))
    assert isinstance(article, Article)
    assert article.url == article.canonical_url == "https://news.example.test/a/b"


def test_og_url_when_no_canonical_link() -> None:
    head = '<meta property="og:url" content="https://news.example.test/c">'
    article = extract(plain_page(PARAGRAPHS, head=head), url="https://news.example.test/c?x=1")
    assert isinstance(article, Article)
    assert article.canonical_url == "https://news.example.test/c"


def test_hints_fill_what_the_page_does_not_say() -> None:
    hints = {"title": "Library opens late", "author": "Sam Okafor", "outlet": "City Wire"}
    article = extract(plain_page(PARAGRAPHS), url="https://www.city.example.test/x", hints=hints)
    assert isinstance(article, Article)
    assert (article.title, article.author, article.outlet) == (
        "Library opens late",
        "Sam Okafor",
        "City Wire",
    )


def test_the_page_wins_over_hints() -> None:
    head = (
        "<title>Library to open until nine</title>"
        '<meta name="author" content="Lena Varga">'
        '<meta property="og:site_name" content="Evening Post">'
    )
    hints = {"title": "Other title", "author": "Other Person", "outlet": "Other Outlet"}
    article = extract(plain_page(PARAGRAPHS, head=head), hints=hints)
    assert isinstance(article, Article)
    assert (article.title, article.author, article.outlet) == (
        "Library to open until nine",
        "Lena Varga",
        "Evening Post",
    )


def test_outlet_is_the_host_without_www_when_nothing_names_the_site() -> None:
    article = extract(plain_page(PARAGRAPHS), url="https://www.city-news.test/2023/library")
    assert isinstance(article, Article)
    assert article.outlet == "city-news.test"


def test_lang_attribute_then_hint_when_detection_is_unsure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(html_module, "detect_language", lambda text: None)
    with_lang = extract(plain_page(PARAGRAPHS, lang="en-GB"), hints={"language": "nl"})
    without_lang = extract(plain_page(PARAGRAPHS), hints={"language": "nl"})
    assert isinstance(with_lang, Article)
    assert isinstance(without_lang, Article)
    assert (with_lang.language, without_lang.language) == ("en", "nl")


def test_detected_language_wins_over_a_wrong_lang_attribute() -> None:
    article = extract(plain_page(PARAGRAPHS, lang="de"))
    assert isinstance(article, Article)
    assert article.language == "en"


def test_furniture_lines_inside_the_article_are_dropped() -> None:
    lines = [
        PARAGRAPHS[0],
        "Read more: Council votes on the new budget",
        PARAGRAPHS[1],
        "Click here to subscribe to our weekly newsletter",
        "Follow us on Twitter and Facebook",
        PARAGRAPHS[2],
        "(Reporting by Ana Lima; Editing by Tom Berg)",
        "© 2023 City Wire. All rights reserved.",
    ]
    article = extract(plain_page(lines))
    assert isinstance(article, Article)
    assert article.text == "\n\n".join(PARAGRAPHS)


def test_furniture_cleaning_can_be_turned_off() -> None:
    lines = [PARAGRAPHS[0], "Read more: Council votes on the new budget", *PARAGRAPHS[1:]]
    article = extract(plain_page(lines), clean_furniture=False)
    assert isinstance(article, Article)
    assert "Read more: Council votes on the new budget" in article.text


def split_body_page(between: str) -> str:
    first, second = (
        "".join(f"<p>{paragraph}</p>" for paragraph in part)
        for part in (PARAGRAPHS[:2], [*PARAGRAPHS[2:], MORE])
    )
    return (
        f'<html><body><main><div class="row"><div class="article-body">{first}</div></div>'
        f'{between}<div class="row"><div class="article-body">{second}</div></div>'
        "</main></body></html>"
    )


MORE = (
    "A spokeswoman for the students' union welcomed the decision but asked the city to keep "
    "the cafe on the ground floor open for the same hours as the reading rooms."
)
AD = '<div class="ad-slot"><span class="ad-label">Advertisement</span><div></div></div>'


@pytest.mark.parametrize(("join", "paragraphs"), [(True, 4), (False, 2)])
def test_a_body_split_around_an_advertisement_is_joined(join: bool, paragraphs: int) -> None:
    article = extract(split_body_page(AD), join_split_bodies=join)
    assert isinstance(article, Article)
    assert article.text == "\n\n".join([*PARAGRAPHS, MORE][:paragraphs])


def test_blocks_with_text_between_them_are_not_joined() -> None:
    aside = f"<aside><p>{'Quoted from the council minutes of the same meeting. ' * 6}</p></aside>"
    joined = extract(split_body_page(aside), join_split_bodies=True)
    separate = extract(split_body_page(aside), join_split_bodies=False)
    assert isinstance(joined, Article)
    assert isinstance(separate, Article)
    assert joined.text == separate.text


def test_too_short_page_is_rejected() -> None:
    rejected = extract(plain_page(["The library opens late from Monday."]))
    assert isinstance(rejected, Rejected)
    assert rejected.reason == "too_short"
    assert "35 characters" in rejected.detail


def test_min_chars_is_an_option() -> None:
    article = extract(plain_page(["The library opens late from Monday."]), min_chars=20)
    assert isinstance(article, Article)
    assert article.text == "The library opens late from Monday."


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html><body></body></html>",
        "<html><body><nav><a href='/a'>Home</a> <a href='/b'>News</a></nav></body></html>",
        "%$#@! ;;; ___ ---",
        "<html><body><script>var a = 1;</script><style>p {color: red}</style></body></html>",
    ],
)
def test_pages_without_an_article_are_rejected(html: str) -> None:
    rejected = extract(html)
    assert isinstance(rejected, Rejected)
    assert rejected.reason in ("no_article", "too_short")
    assert rejected.detail
    assert rejected.page_id == make_page(html).id


def test_deeply_nested_divs_do_not_crash() -> None:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    html = "<html><body>" + "<div>" * 100_000 + paragraphs + "</div>" * 100_000 + "</body></html>"
    start = time.perf_counter()
    result = extract(html)
    assert isinstance(result, Article | Rejected)
    assert time.perf_counter() - start < 90  # a hang guard, not a speed target


def test_ten_megabyte_attribute_does_not_crash() -> None:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    html = f'<html><body><div class="{"x" * 10_000_000}">{paragraphs}</div></body></html>'
    start = time.perf_counter()
    article = extract(html)
    assert isinstance(article, Article)
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert time.perf_counter() - start < 90  # a hang guard, not a speed target


def test_a_tag_with_100k_attributes_does_not_stall_the_parser() -> None:
    attributes = " ".join(f'data-a{index}="1"' for index in range(100_000))
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    html = f"<html><body><div {attributes}>{paragraphs}</div></body></html>"
    start = time.perf_counter()
    article = extract(html)
    assert isinstance(article, Article)
    assert time.perf_counter() - start < 90  # a hang guard, not a speed target


@pytest.mark.parametrize(
    "options",
    [
        {"focus": "speed"},
        {"min_chars": -1},
        {"recall_retry_chars": -5},
        {"recall_retry_share": 1.5},
    ],
)
def test_bad_options_raise(options: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        HtmlOptions(**options)


@pytest.mark.parametrize("focus", ["precision", "balanced", "recall"])
def test_every_focus_extracts_the_article(focus: str) -> None:
    article = extract(plain_page(PARAGRAPHS), focus=focus, fast=focus != "balanced")
    assert isinstance(article, Article)
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert focus in article.extractor


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "<div>",
                "</div>",
                "<p>",
                "</p>",
                "<a href='x'>",
                "</a>",
                "<script>",
                "<table>",
                "<td>",
                "<!--",
                "-->",
                "<br>",
                "&amp;",
                "&#0;",
                "\x00",
                "<![CDATA[",
                PARAGRAPHS[0],
                "<meta charset='x'>",
                "<html lang='??'>",
                "<link rel=canonical href='::'>",
            ]
        ),
        max_size=40,
    )
)
def test_extract_html_never_raises(parts: list[str]) -> None:
    result = extract("".join(parts), url="https://example.test/a")
    if isinstance(result, Article):
        assert result.text.strip() == result.text
        assert "\n\n\n" not in result.text
    else:
        assert result.reason in ("no_article", "too_short")


def test_body_links_are_kept_with_their_place_and_furniture_links_are_not() -> None:
    linked = PARAGRAPHS[0].replace(
        "the city said", '<a href="/council/notice-14?utm_source=x">the city said</a>'
    )
    html = (
        "<!DOCTYPE html><html><head></head><body>"
        '<nav><a href="/sport/">Sport</a> <a href="/news/">News</a></nav>'
        f"<article><p>{linked}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
        '<div class="tags"><p><a href="/tag/library">Librarians</a></p></div></article>'
        '<p><a href="javascript:void(0)">the longer hours</a></p>'
        "</body></html>"
    )
    article = extract(html, url="https://www.ledger.test/city/library-hours")
    assert isinstance(article, Article)
    assert [(link.href, link.text) for link in article.links] == [
        ("https://www.ledger.test/council/notice-14?utm_source=x", "the city said")
    ]
    link = article.links[0]
    assert article.text[link.start : link.end] == "the city said"
    assert Article.from_dict(article.to_dict()) == article


def test_anchor_text_across_a_line_break_is_found() -> None:
    links = html_module.place_links(
        "First line of the story\nends here. Then the minister\n said yes.",
        [("https://x.test/a", "the minister said"), ("https://x.test/b", "not in the text")],
    )
    text = "First line of the story\nends here. Then the minister\n said yes."
    assert [(link.href, link.start) for link in links] == [
        ("https://x.test/a", text.index("the minister"))
    ]
