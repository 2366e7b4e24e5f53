"""The full-text index stays in step with the job rows through every write (SQLite)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from scraper.matching import JobMatching
from scraper.models import Posting
from storage.search import FTS, Filters
from storage.store import Store

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def posting(source: str, source_id: str, description: str | None, **extra: str) -> Posting:
    return Posting(
        source=source,
        source_id=source_id,
        url=f"https://{source}.example.com/acme/{source_id}",
        title="Machine Learning Engineer",
        company="Acme Robotics",
        location="Berlin, Germany",
        description=description,
        **extra,
    )


def index_terms(path: Path) -> list[tuple[object, ...]]:
    """Every (term, job, column, offset) the index holds."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, {FTS}, 'instance')")
        return conn.execute("SELECT * FROM temp.vocab ORDER BY 1, 2, 3, 4").fetchall()
    finally:
        conn.close()


def rebuilt_terms(path: Path) -> list[tuple[object, ...]]:
    """The same, after rebuilding the index from the job rows as they are."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")
        conn.commit()
    finally:
        conn.close()
    return index_terms(path)


def found(store: Store, text: str) -> list[str]:
    return [r["source_id"] for r in store.search(Filters(text=text), limit=10)]


def test_joins_and_changes_keep_the_index_exact(tmp_path: Path) -> None:
    path = tmp_path / "jobs.db"
    store = Store(str(path), matching=JobMatching())
    try:
        store.upsert([posting("gh", "1", None)], T0)
        # A copy with a description fills the job's empty one: now searchable by it.
        store.upsert([posting("lever", "a", "Teach kittens to walk")], T0)
        assert found(store, "kittens") == ["1"]
        # A copy whose fields are all known already leaves the indexed text as it was.
        store.upsert([posting("ashby", "x", "Train puppies")], T0)
        assert found(store, "puppies") == []
        # The primary listing changes: the job's indexed text follows.
        later = T0 + timedelta(hours=1)
        store.upsert([posting("gh", "1", "Herd cats", department="Research")], later)
        assert found(store, "cats") == ["1"]
        assert found(store, "kittens") == []
        assert store.count_jobs() == 1
        # A second job, indexed once, next to the first.
        store.upsert([posting("gh", "2", "Feed goldfish", employment_type="intern")], later)
    finally:
        store.close()
    before = index_terms(path)
    assert before, "the index holds the jobs' words"
    assert before == rebuilt_terms(path)
