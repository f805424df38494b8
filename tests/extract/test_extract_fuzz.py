"""Extraction never raises: arbitrary bytes and generated HTML give an Article or a Rejected."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storytrace.extract import ExtractOptions, TextPage, extract_article, prepare_page
from storytrace.model import REASONS, Article, Page, Rejected, Source

OPTIONS = ExtractOptions()
SOURCE = Source(kind="file", location="/fuzz/page.html")

tags = st.sampled_from(
    [
        "p",
        "div",
        "article",
        "span",
        "h1",
        "script",
        "style",
        "nav",
        "table",
        "td",
        "tr",
        "ul",
        "li",
        "a",
        "b",
        "!--",
        "meta",
        "html",
        "body",
        "head",
    ]
)
words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(tags)
        choice = draw(st.integers(0, 3))
        if choice == 0:
            parts.append(f"<{tag}>")
        elif choice == 1:
            parts.append(f"</{tag}>")
        elif choice == 2:
            parts.append(f'<{tag} class="{draw(words)}" content="{draw(words)}">')
        else:
            parts.append(draw(words))
    return "".join(parts)


def check(result: Article | Rejected | TextPage) -> None:
    if isinstance(result, Rejected):
        assert result.reason in REASONS
    elif isinstance(result, Article):
        assert result.text.strip()
    else:
        assert isinstance(result, TextPage)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html=html_documents(), encoding=st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_generated_html_never_raises(html: str, encoding: str) -> None:
    body = html.encode(encoding, errors="replace")
    page = Page(source=SOURCE, body=body, kind="html", content_type=None)
    check(extract_article(page, options=OPTIONS))
    check(prepare_page(Page(source=SOURCE, body=body), options=OPTIONS))


@settings(max_examples=150, deadline=None)
@given(body=st.binary(max_size=3000), kind=st.sampled_from([None, "html", "text"]))
def test_arbitrary_bytes_never_raise(body: bytes, kind: str | None) -> None:
    page = Page(source=SOURCE, body=body, kind=kind, content_type="text/html; charset=bogus-42")
    check(extract_article(page, options=OPTIONS))
    check(prepare_page(page, options=OPTIONS))
