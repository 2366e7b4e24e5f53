"""Re-running the same 100,000-posting ingest creates no job and reports 0 new."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench" / "dedupe"))

# The lazy generator shared with bench/dedupe/bench_ingest.py.
import corpus

POSTINGS = 100_000


def _ingest(store: Store, seen_at: datetime) -> int:
    new = 0
    for batch in corpus.batches(POSTINGS, seed=1):
        new += store.upsert(batch, seen_at).new
    return new


@pytest.mark.slow
def test_rerun_of_100k_postings_keeps_the_job_count(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "rerun.db"))
    first = datetime(2026, 10, 2, 6, 0, tzinfo=UTC)
    assert _ingest(store, first) == POSTINGS
    jobs = store.count_jobs()
    # ~25% of openings are on two or three sources: copies join, so fewer jobs than postings.
    assert 0.65 * POSTINGS < jobs < 0.85 * POSTINGS
    assert _ingest(store, first + timedelta(days=1)) == 0
    assert store.count_jobs() == jobs
    store.close()
