"""The reuse index kept in the store as rows: resume, runs equal one batch, old stores upgrade."""

from __future__ import annotations

import io
import random
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from storytrace.linking import update_reuse
from storytrace.model import Article, DateGuess, Source
from storytrace.reuse import ReuseIndex, sketch_texts
from storytrace.store import ReuseRows, Store
from storytrace.store.schema import MIGRATIONS

WORDS = [
    *("lantern", "quarry", "meadow", "tunnel", "vessel", "parish", "ledger", "harbour"),
    *("beacon", "orchard", "granary", "ferry", "chapel", "foundry", "cellar", "pasture"),
    *("brook", "turbine", "canal", "warden", "ridge", "kiln", "tavern", "mill"),
]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) + str(rng.randint(0, 40)) for _ in range(rng.randint(9, 15))]
    return " ".join(words).capitalize() + "."


def texts(seed: int = 5) -> list[str]:
    """Originals, near-copies of them, copies of copies and a quoting article."""
    rng = random.Random(seed)
    originals = [" ".join(sentence(rng) for _ in range(24)) for _ in range(6)]
    result = list(originals)
    for number, original in enumerate(originals[:4]):
        words = original.split()
        edited = [w if rng.random() > 0.08 else rng.choice(WORDS) for w in words]
        copy = " ".join(edited)
        result.append(copy + " " + sentence(rng))
        if number % 2 == 0:  # a copy of the copy, edited again
            again = [w if rng.random() > 0.08 else rng.choice(WORDS) for w in copy.split()]
            result.append(" ".join(again))
    quoted = " ".join(originals[5].split()[30:50])
    result.append(sentence(rng) + f' "{quoted}," the weekly wrote. ' + sentence(rng) * 3)
    return result


def articles(seed: int = 5) -> list[Article]:
    result = []
    for number, text in enumerate(texts(seed)):
        day = f"2022-03-{number + 1:02d}"
        result.append(
            Article(
                id=f"a{number:02d}",
                source=Source(kind="file", location=f"/corpus/{number}.txt"),
                kind="text",
                text=text,
                outlet=f"outlet{number % 3}",
                published=DateGuess(value=day, method="input", confidence=1.0),
            )
        )
    return result


def add(store: Store, items: list[Article]) -> None:
    store.write([(article, None, None, None) for article in items])


def index_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    queries = {
        "docs": "SELECT number, article_id FROM reuse_docs ORDER BY number",
        "keys": "SELECT key, doc FROM reuse_keys ORDER BY key, doc",
        "neighbours": "SELECT doc, position, neighbour FROM reuse_neighbours "
        "ORDER BY doc, position",
        "counts": "SELECT page, data FROM reuse_counts ORDER BY page",
        "state": "SELECT data FROM reuse_state",
    }
    db = store._db  # the rows themselves are what this test is about
    return {name: [tuple(row) for row in db.execute(query)] for name, query in queries.items()}


def batch_store() -> Store:
    store = Store(memory=True)
    add(store, articles())
    update_reuse(store)
    return store


def test_the_index_is_rows_and_near_copies_are_linked() -> None:
    store = batch_store()
    rows = index_rows(store)
    assert [number for number, _ in rows["docs"]] == list(range(len(articles())))
    assert rows["state"] == []
    assert rows["neighbours"]  # the copies of copies are near-copies of each other
    linked = {(link["a_id"], link["b_id"]) for link in store.reuse_links()}
    assert {("a00", "a06"), ("a00", "a07"), ("a05", "a12")} <= linked


@pytest.mark.issue(4)
@pytest.mark.parametrize("cuts", [(3,), (6, 9), (1, 2, 3, 4, 8, 11)])
def test_runs_in_timeline_order_equal_one_batch(cuts: tuple[int, ...]) -> None:
    expected = batch_store()
    daily = Store(memory=True)
    items = articles()
    for low, high in zip((0, *cuts), (*cuts, len(items)), strict=True):
        add(daily, items[low:high])
        assert update_reuse(daily) == high - low
    assert update_reuse(daily) == 0
    assert daily.reuse_links() == expected.reuse_links()
    assert index_rows(daily) == index_rows(expected)


@pytest.mark.issue(4)
def test_resume_from_a_file_store(tmp_path: Path) -> None:
    path = tmp_path / "st.db"
    items = articles()
    with Store(path) as store:
        add(store, items[:7])
        update_reuse(store)
    with Store(path) as store:
        add(store, items[7:])
        update_reuse(store)
        assert store.reuse_links() == batch_store().reuse_links()


@pytest.mark.issue(4)
def test_a_run_reads_only_the_postings_of_its_own_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(memory=True)
    items = articles()
    add(store, items[:-1])
    update_reuse(store)
    asked: list[int] = []
    original = Store.reuse_postings

    def spy(self: Store, keys: list[int], **caps: int) -> list[tuple[int, int]]:
        asked.extend(keys)
        return original(self, keys, **caps)

    monkeypatch.setattr(Store, "reuse_postings", spy)
    add(store, items[-1:])
    update_reuse(store)
    new_keys = set(sketch_texts([items[-1].text])[0].keys.view(np.int64).tolist())
    assert set(asked) == new_keys


def old_blob(items: list[Article]) -> bytes:
    """The index as storytrace wrote it before migration 5: one .npz blob."""
    index = ReuseIndex()
    for item, sketch in zip(items, sketch_texts([a.text for a in items]), strict=True):
        index.add(item.id, sketch)
    state = index.state()
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        ids=np.array(state.ids, dtype=str),
        keys=state.keys,
        docs=state.docs,
        counts=state.counts,
        neighbours=state.neighbours,
    )
    return buffer.getvalue()


def version_4_store(path: Path, items: list[Article]) -> None:
    """A store from before migration 5 holding ``items`` and their reuse index as one blob."""
    with Store(path) as store:
        add(store, items)
        update_reuse(store)  # the links; the index rows are dropped below
    connection = sqlite3.connect(path, isolation_level=None)
    for table in ("reuse_keys", "reuse_neighbours", "reuse_counts"):
        connection.execute(f"DROP TABLE {table}")
    connection.execute("DROP INDEX reuse_docs_number")
    connection.execute("ALTER TABLE reuse_docs DROP COLUMN number")
    connection.execute("INSERT INTO reuse_state (id, data) VALUES (1, ?)", (old_blob(items),))
    # ... and without the tables of the later migrations (9: the story state as rows).
    for part in ("meta", "frequencies", "stories", "articles", "postings", "merges", "waiting"):
        connection.execute(f"DROP TABLE story_state_{part}")
    # (10: the articles in no story yet, and the triggers that keep it.)
    for (trigger,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'story_unclustered%'"
    ).fetchall():
        connection.execute(f"DROP TRIGGER {trigger}")
    connection.execute("DROP TABLE story_unclustered")
    # The store as it was before the migration that made the index rows.
    before = next(n for n, script in enumerate(MIGRATIONS) if "CREATE TABLE reuse_keys" in script)
    connection.execute(f"PRAGMA user_version = {before}")
    connection.close()


@pytest.mark.issue(4)
def test_an_old_blob_store_upgrades_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    items = articles()
    version_4_store(path, items[:8])
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.reuse_state() is not None
        add(store, items[8:])
        assert update_reuse(store) == len(items) - 8
        expected = batch_store()
        assert store.reuse_links() == expected.reuse_links()
        rows, wanted = index_rows(store), index_rows(expected)
        assert rows["state"] == []
        assert rows["docs"] == wanted["docs"] and rows["keys"] == wanted["keys"]
        assert rows["counts"] == wanted["counts"]
        # The old blob kept near-copy pairs, not the order each list grew in.
        assert len(rows["neighbours"]) == len(wanted["neighbours"]) > 0


def test_stored_postings_are_capped_per_key_lowest_numbers_first() -> None:
    store = Store(memory=True)
    band, fingerprint, alone = -(2**62), 2**62 + 1, 7
    keys = [(band, doc) for doc in range(9)] + [(fingerprint, doc) for doc in range(9, 2, -1)]
    rows = ReuseRows(first=0, ids=[], keys=[*keys, (alone, 4)], neighbours=[], pages=[])
    store.write_reuse(rows, [])
    found = store.reuse_postings([band, fingerprint, alone, 12], band_cap=4, fingerprint_cap=2)
    bands = [(band, doc) for doc in range(4)]
    assert sorted(found) == sorted([*bands, (alone, 4), (fingerprint, 3), (fingerprint, 4)])


def test_an_unreadable_old_blob_is_dropped_and_the_articles_indexed_again(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    items = articles()
    version_4_store(path, items[:6])
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("UPDATE reuse_state SET data = ?", (b"PK\x03\x04 not an archive",))
    connection.close()
    with Store(path) as store:
        add(store, items[6:])
        assert update_reuse(store) == len(items)
        assert store.reuse_state() is None
        assert store.reuse_links() == batch_store().reuse_links()
