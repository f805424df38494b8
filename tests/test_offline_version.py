"""Stores analysed by older offline rules are analysed again, resumably; new stores are not."""

from __future__ import annotations

from pathlib import Path

import pytest

import storytrace.analysis as analysis
from storytrace.analysis import OFFLINE_RULES_VERSION, update_offline_analysis
from storytrace.model import Article
from storytrace.pipeline import analyze
from storytrace.store import Store

KEY = "offline_rules_version"


@pytest.fixture
def analysed(corpus: Path) -> Store:
    store = Store(memory=True)
    analyze([str(corpus / "feed.jsonl")], store)
    return store


def test_a_new_store_records_the_current_rules_and_is_not_analysed_again(
    analysed: Store,
) -> None:
    assert analysed.meta(KEY) == OFFLINE_RULES_VERSION
    assert update_offline_analysis(analysed) == 0


def test_a_store_of_older_rules_is_analysed_again(analysed: Store) -> None:
    ids = analysed.offline_analysed_ids()
    assert ids
    events = {i: list(analysed.events([i])) for i in ids}
    analysed.set_meta(KEY, "2020-01-01")
    assert update_offline_analysis(analysed) == len(ids)
    assert analysed.meta(KEY) == OFFLINE_RULES_VERSION
    assert {i: list(analysed.events([i])) for i in ids} == events  # same rules, same events
    assert update_offline_analysis(analysed) == 0


def test_a_store_without_a_recorded_version_is_of_older_rules(analysed: Store) -> None:
    analysed.set_meta(KEY, "")
    assert update_offline_analysis(analysed) == len(analysed.offline_analysed_ids())


def test_a_killed_re_analysis_goes_on_after_the_last_article_written(
    analysed: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = analysed.offline_analysed_ids()
    assert len(ids) >= 3
    analysed.set_meta(KEY, "2020-01-01")
    calls = []
    real = analysis.analyse_articles

    def failing(articles: list[Article]) -> list[tuple[str, str]]:
        calls.append(articles)
        if len(calls) > 1:
            raise KeyboardInterrupt
        return real(articles)

    monkeypatch.setattr(analysis, "analyse_articles", failing)
    with pytest.raises(KeyboardInterrupt):
        update_offline_analysis(analysed, batch_size=2)
    assert analysed.meta(KEY) == f"{OFFLINE_RULES_VERSION}:{ids[1]}"
    monkeypatch.setattr(analysis, "analyse_articles", real)
    assert update_offline_analysis(analysed, batch_size=2) == len(ids) - 2
    assert analysed.meta(KEY) == OFFLINE_RULES_VERSION
