"""A run killed at any moment (kill -9) and started again ends with exactly the same store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from storytrace.store import Store


def run_analyze(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    with (db.parent / f"{db.name}.log").open("ab") as log:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "storytrace",
                "analyze",
                str(corpus),
                "--db",
                str(db),
                "--workers",
                "1",
                "--json",
            ],
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=env,
        )


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with Store(db) as store:
            counts = store.counts()
    except Exception:  # the store may be mid-creation; any error means "nothing yet"
        return 0
    return counts["articles"] + counts["failures"] + counts["pending"]


@pytest.mark.slow
def test_kill_and_resume_gives_the_same_store(
    tmp_path: Path, corpus_writer: Callable[..., Path]
) -> None:
    corpus = corpus_writer(tmp_path / "corpus", html=150, text=60, jsonl=30)
    reference_db = tmp_path / "reference.db"
    assert run_analyze(corpus, reference_db).wait(timeout=300) == 0
    with Store(reference_db) as store:
        reference = store.snapshot()
    total = len(reference["articles"]) + len(reference["failures"])
    assert total == 240

    killed_partway = 0
    # Kill after the first write, a third and two thirds of the way, plus a little: mid-batch.
    for attempt, threshold in enumerate((1, total // 3, (2 * total) // 3)):
        db = tmp_path / f"killed{attempt}.db"
        process = run_analyze(corpus, db)
        deadline = time.monotonic() + 120
        while process.poll() is None and stored(db) < threshold and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.05 * attempt)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            killed_partway += 1
        assert run_analyze(corpus, db).wait(timeout=300) == 0
        with Store(db) as store:
            assert store.snapshot() == reference
    assert killed_partway >= 2, "the runs finished before they could be killed; enlarge the corpus"
