"""The SQLite store: round trips, idempotence, transactions, migrations, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.errors import SchemaVersionError, StoreError
from storytrace.model import Article, DateGuess, Link, Page, Source, reject
from storytrace.store import PendingPage, Store
from storytrace.store.schema import MIGRATIONS


def make_article(n: int = 1, **changes: object) -> Article:
    fields: dict[str, object] = {
        "id": f"{n:016x}",
        "source": Source(kind="file", location=f"/corpus/page{n}.html"),
        "kind": "html",
        "text": f"Body of article number {n}.\n\nA second paragraph about the harbour.",
        "title": f"Title {n}",
        "outlet": "Example Daily",
        "published": DateGuess(
            value=f"2017-06-{n % 28 + 1:02d}", method="html-meta", confidence=0.9
        ),
        "removed": ("Share this", "Leave a reply"),
        "extractor": "test/1",
        "links": (Link(href="https://example.test/a", text="article number", start=8, end=22),),
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def test_article_round_trip() -> None:
    store = Store(memory=True)
    article = make_article()
    store.write([(article, None, None, None)])
    assert store.article(article.id) == article
    assert list(store.articles()) == [article]


def test_a_store_from_before_links_opens_and_reads_its_articles_without_links(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        for migration in MIGRATIONS[:4]:
            db.executescript(migration)
        db.execute("PRAGMA user_version = 4")
        db.execute(
            "INSERT INTO articles (id, source_kind, source_location, kind, text, removed, "
            "extractor, stored_at) VALUES ('00000000000000aa', 'file', '/x', 'html', 'Old text.', "
            "'[]', 'old/1', '2026-01-01')"
        )
    with Store(path) as store:
        old = store.article("00000000000000aa")
        assert old is not None and old.links == () and old.text == "Old text."


def test_prefix_lookup_is_unique_or_nothing() -> None:
    store = Store(memory=True)
    store.write([(make_article(1), None, None, None), (make_article(2), None, None, None)])
    assert store.article("000000000000000") is None  # two match
    assert store.article("0000000000000001") == make_article(1)
    assert store.article("%") is None
    assert store.article("000000000000000_") is None
    store.write([(make_article(0xAB), None, None, None)])
    assert store.article("00000000000000a") == make_article(0xAB)
    assert store.article("00000000000000A") == make_article(0xAB)  # typed in capitals
    assert store.article("") is None


def test_id_and_prefix_lookups_search_the_index_not_the_table() -> None:
    store = Store(memory=True)
    store.write([(make_article(n), None, None, None) for n in range(1, 4)])
    plans: list[str] = []
    store._db.set_trace_callback(plans.append)
    store.article("0000000000000001")
    store.article("00000000000000")
    store.story("0000000000000001")
    store._db.set_trace_callback(None)
    for statement in plans:
        if statement.lstrip().upper().startswith("SELECT"):
            detail = " ".join(
                str(row[-1]) for row in store._db.execute(f"EXPLAIN QUERY PLAN {statement}")
            )
            assert "SCAN" not in detail, (statement, detail)


def test_writing_twice_stores_once() -> None:
    store = Store(memory=True)
    for _ in range(2):
        store.write([(make_article(), None, None, None)])
    assert store.counts()["articles"] == 1


def test_article_replaces_its_failure_and_back() -> None:
    store = Store(memory=True)
    article = make_article()
    failure = reject(article.source, "too_short", "only 12 characters")
    failure = type(failure)(
        source=failure.source, reason=failure.reason, detail=failure.detail, page_id=article.id
    )
    store.write([(failure, None, None, None)])
    assert store.known(article.id) == "failure"
    store.write([(article, None, None, None)])
    assert store.known(article.id) == "article"
    assert store.counts()["failures"] == 0
    store.write([(failure, None, None, None)])
    assert store.counts() == {"articles": 0, "failures": 1, "skipped": 0, "pending": 0}


def test_failed_batch_leaves_nothing() -> None:
    store = Store(memory=True)
    good = make_article(1)
    with pytest.raises(AttributeError):
        store.write([(good, None, None, None), ("not a record", None, None, None)])  # type: ignore[list-item]
    assert store.counts()["articles"] == 0


def test_skipped_records_are_not_failures() -> None:
    store = Store(memory=True)
    source = Source(kind="warc", location="/a.warc.gz", record="<urn:uuid:1>")
    store.write([(reject(source, "skipped_record", "WARC request record"), None, None, None)])
    assert store.counts()["skipped"] == 1
    assert list(store.failures()) == []
    assert len(list(store.failures(include_skipped=True))) == 1


def test_full_text_search_follows_updates() -> None:
    store = Store(memory=True)
    store.write([(make_article(1, text="The convoy reached the border."), None, None, None)])
    store.write([(make_article(2, text="Talks resumed in the capital."), None, None, None)])
    assert [a.id for a in store.articles(search="convoy")] == [make_article(1).id]
    store.write([(make_article(1, text="Nothing about vehicles."), None, None, None)])
    assert list(store.articles(search="convoy")) == []
    with pytest.raises(StoreError, match="bad search query"):
        list(store.articles(search='"unbalanced'))


def test_pending_and_line_counts_are_idempotent() -> None:
    store = Store(memory=True)
    page = Page(source=Source(kind="file", location="/d/1.txt"), body=b"Headline\nShare this\n")
    item = PendingPage(page=page, site="example.org")
    keys = frozenset({"share this", "headline"})
    store.add_pending([item], [keys])
    store.add_pending([item], [keys])
    counts, pages = store.site_line_counts("example.org")
    assert pages == 1 and counts == {"share this": 1, "headline": 1}
    assert [p.page for p in store.pending("example.org")] == [page]
    assert store.known(page.id) == "pending"


def test_file_store_uses_wal_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "st.db"
    with Store(path) as store:
        store.write([(make_article(), None, None, None)])
    with Store(path) as store:
        assert store.counts()["articles"] == 1
        assert store.schema_version == len(MIGRATIONS)
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "st.db"
    Store(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()
    with pytest.raises(SchemaVersionError, match="upgrade storytrace"):
        Store(path)


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE mine (x)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="not a storytrace store"):
        Store(path)


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(path)


texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)


@settings(max_examples=60, deadline=None)
@given(
    text=texts.filter(lambda t: t != ""),
    title=st.none() | texts,
    removed=st.lists(texts, max_size=4).map(tuple),
    record=st.none() | texts,
    confidence=st.floats(min_value=0, max_value=1),
)
def test_hypothesis_round_trip(
    text: str, title: str | None, removed: tuple[str, ...], record: str | None, confidence: float
) -> None:
    store = Store(memory=True)
    article = make_article(
        7,
        text=text,
        title=title,
        removed=removed,
        source=Source(kind="warc", location="/x.warc", record=record),
        published=DateGuess(value="2017-06-05", method="text-line", confidence=confidence),
    )
    store.write([(article, None, None, None)])
    assert store.article(article.id) == article
    assert Article.from_dict(article.to_dict()) == article
