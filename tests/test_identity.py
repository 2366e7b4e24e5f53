"""Identity as a pure stage: keys built once where postings are prepared, stored in columns,
read back as stored; storage holds rows, the matcher (above it) holds the policy."""

from __future__ import annotations

import ast
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import scraper.dedupe
import scraper.matching
from scraper.matching import JobMatching
from scraper.models import JobKey, Posting, content_hash
from scraper.normalize import normalize
from sources.base import RawListing
from storage.store import Store
from tests.helpers import jobs

ROOT = Path(__file__).resolve().parents[1]
SEEN = datetime(2026, 12, 1, 6, tzinfo=UTC)


def _raw(i: int, title: str, company: str = "Acme Robotics, Inc.", **kw: object) -> RawListing:
    return RawListing(
        source_id=str(i),
        url=f"https://boards.example/acme/{i}?utm_source=feed",
        title=title,
        company=company,
        **kw,  # type: ignore[arg-type]
    )


def _posting(source: str, i: int, title: str, **kw: object) -> Posting:
    return normalize(_raw(i, title, **kw), source, SEEN)


def test_normalize_builds_the_key_and_canonical_url_once() -> None:
    p = _posting("gh", 1, "Sr. ML Engineer (m/w/d) - Berlin", location="Berlin, Germany")
    assert p.key == JobKey(
        company="acmerobotics",
        title="senior machine learning engineer",
        level="senior",
        country="DE",
        city="berlin",
        remote=None,
    )
    assert p.canonical_url == "https://boards.example/acme/1"
    # The key built in normalize() is the identity of the posting it made.
    assert p.key == scraper.dedupe.identify(p)
    # Identity is derived, not said: it does not take part in the content hash.
    assert content_hash(p) == content_hash(replace(p, key=None, canonical_url=None))


def test_one_company_key() -> None:
    """Normalisation keeps no second company key: the identity's is the only one."""
    import scraper.normalize as normalize_pkg
    import scraper.normalize.company as company

    assert not hasattr(company, "company_key")
    assert not hasattr(normalize_pkg, "company_key")
    assert _posting("a", 1, "X", company="AT&T Inc.").key.company == scraper.dedupe.company_key(  # type: ignore[union-attr]
        "AT&T"
    )


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


@pytest.mark.parametrize(
    "path", sorted((ROOT / "storage").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT))
)
def test_storage_imports_no_policy(path: Path) -> None:
    """Storage imports value types, errors and the URL redaction from scraper, never the
    rules of normalisation, classification or identity."""
    allowed = {"scraper.models", "scraper.errors", "scraper.redact"}
    bad = {m for m in _imports(path) if m.startswith("scraper") and m not in allowed}
    assert not bad, f"{path.name} imports {sorted(bad)}"


def test_without_matching_the_store_joins_nothing_but_keys_every_job(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "j.db"))
    try:
        a = _posting("gh", 1, "Senior ML Engineer", location="Berlin")
        b = _posting("lever", 1, "Sr. Machine Learning Engineer", location="Berlin, DE")
        store.upsert([a], SEEN)
        store.upsert([b], SEEN)
        assert store.count_jobs() == 2
        assert not store.needs_rekey()  # prepared postings bring their keys
    finally:
        store.close()


def test_candidates_are_read_from_columns_never_re_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many batches of one big employer, a cache too small to hold it: the store and the
    matcher never rebuild a key from text (that made big employers quadratic)."""
    titles = [f"Software Engineer, Team {n}" for n in range(400)]
    first = [_posting("gh", i, t, location="Seattle, WA") for i, t in enumerate(titles)]
    copies = [_posting("ashby", i, t, location="Seattle") for i, t in enumerate(titles)]

    def forbidden(*_args: object, **_kw: object) -> JobKey:
        raise AssertionError("a key was rebuilt from text")

    # Every way to a key from text: the title and location parsers behind `job_key`
    # (their memos too) and the matcher's own `identify`.
    monkeypatch.setattr(scraper.dedupe, "_split_title_cached", forbidden)
    monkeypatch.setattr(scraper.dedupe, "_parse_location", forbidden)
    monkeypatch.setattr(scraper.matching, "identify", forbidden)
    matching = JobMatching(max_cached=50)
    store = Store(str(tmp_path / "j.db"), matching=matching)
    try:
        for start in range(0, len(first), 50):
            store.upsert(first[start : start + 50], SEEN)
        for start in range(0, len(copies), 50):
            store.upsert(copies[start : start + 50], SEEN)
        assert store.count_jobs() == len(titles)  # every copy found its job
    finally:
        store.close()


def test_a_full_cache_drops_the_least_recently_used_company(tmp_path: Path) -> None:
    matching = JobMatching(max_cached=30)
    store = Store(str(tmp_path / "j.db"), matching=matching)
    try:
        for offset, company in enumerate(("Alpha", "Beta", "Gamma")):
            store.upsert(
                [
                    _posting("gh", i, f"Data Engineer {i}", company=company, location="Paris")
                    for i in range(100 * offset, 100 * offset + 20)
                ],
                SEEN,
            )
        cached = list(matching._companies)
        assert cached[-1] == "gamma" and "alpha" not in cached
        # An evicted company is read again when it comes back: its copies still join.
        copies = [
            _posting("lever", i, f"Data Engineer {i}", company="Alpha SAS", location="Paris")
            for i in range(20)
        ]
        before = store.count_jobs()
        store.upsert(copies, SEEN)
        assert store.count_jobs() == before
    finally:
        store.close()


def test_a_joining_copy_fills_the_place_the_job_lacked(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "j.db"), matching=JobMatching())
    try:
        store.upsert([_posting("agg", 1, "Senior Data Engineer")], SEEN)
        store.upsert([_posting("gh", 2, "Senior Data Engineer", location="Lyon, France")], SEEN)
        assert store.count_jobs() == 1
        with sqlite3.connect(tmp_path / "j.db") as conn:
            row = conn.execute("SELECT key_country, key_city, dedupe_key FROM job").fetchone()
        assert row == ("FR", "lyon", "acmerobotics|senior data engineer|FR:lyon")
        # The next run matches the filled key: an office copy elsewhere stays apart.
        store.upsert(
            [_posting("lv", 3, "Senior Data Engineer", location="Paris, France")],
            SEEN + timedelta(days=1),
        )
        assert store.count_jobs() == 2
    finally:
        store.close()


def _unkey(db: Path) -> None:
    """Make the database look as if written before the identity columns existed."""
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE job SET key_level = NULL, key_country = NULL, key_city = NULL, "
            "key_workplace = NULL, title_key = NULL"
        )


def test_old_databases_are_re_keyed_and_keep_deduping(tmp_path: Path) -> None:
    db = tmp_path / "j.db"
    store = Store(str(db), matching=JobMatching())
    try:
        store.upsert([_posting("gh", 1, "Staff ML Engineer", location="Berlin")], SEEN)
        _unkey(db)
        assert store.needs_rekey()
        # An unkeyed job is no candidate: it is never matched on a half-known identity.
        assert store.rekey() == (1, 1)
        assert not store.needs_rekey()
        store.upsert(
            [_posting("ashby", 9, "Staff Machine Learning Engineer", location="Berlin, DE")],
            SEEN,
        )
        assert store.count_jobs() == 1
    finally:
        store.close()


def test_jobs_db_rekey_command(tmp_path: Path) -> None:
    db = tmp_path / "j.db"
    store = Store(str(db), matching=JobMatching())
    try:
        store.upsert(
            [_posting("gh", i, f"Research Engineer {i}", location="London") for i in range(5)],
            SEEN,
        )
    finally:
        store.close()
    _unkey(db)
    done = jobs("db", "rekey", "--missing", "--db", str(db), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "re-keyed 5 jobs: 5 changed"
    again = jobs("db", "rekey", "--db", str(db), cwd=tmp_path)
    assert again.stdout.strip() == "re-keyed 5 jobs: 0 changed"


def test_a_failed_batch_leaves_no_phantom_candidates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The matcher is told of new jobs inside the write transaction; when that transaction
    rolls back, it forgets them, so a later copy never joins a job that does not exist."""
    from sqlalchemy.exc import OperationalError

    import storage.store
    from scraper.errors import StorageError

    matching = JobMatching()
    store = Store(str(tmp_path / "j.db"), matching=matching)
    try:
        store.upsert([_posting("gh", 1, "Data Engineer", location="Oslo")], SEEN)
        real = storage.store._NEW_LISTINGS.insert

        def fail(*_args: object, **_kw: object) -> None:
            raise OperationalError("INSERT INTO listing", {}, Exception("disk I/O error"))

        monkeypatch.setattr(storage.store._NEW_LISTINGS, "insert", fail)
        with pytest.raises(StorageError, match="disk I/O error"):
            store.upsert([_posting("gh", 2, "Staff Data Engineer", location="Oslo")], SEEN)
        assert store.count_jobs() == 1  # the job of the failed batch was rolled back
        monkeypatch.setattr(storage.store._NEW_LISTINGS, "insert", real)
        # A copy of the rolled-back job: a new job, not a join to a job id that never was.
        store.upsert([_posting("lever", 2, "Staff Data Engineer", location="Oslo, NO")], SEEN)
        assert store.count_jobs() == 2
        # The original then joins that job: the cache holds what the database holds.
        store.upsert([_posting("gh", 2, "Staff Data Engineer", location="Oslo")], SEEN)
        assert store.count_jobs() == 2
    finally:
        store.close()


def test_one_database_error_boundary() -> None:
    """Every storage call turns driver errors into one StorageError line: what it was
    doing and the first line of what the database said."""
    from sqlalchemy.exc import OperationalError

    from scraper.errors import StorageError
    from storage.engine import db_errors

    with pytest.raises(StorageError) as info, db_errors("re-tag the database"):
        raise OperationalError("UPDATE job", {}, Exception("database is locked\nmore detail"))
    assert str(info.value) == "cannot re-tag the database: database is locked"


def test_retag_on_a_locked_database_is_one_storage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from scraper.errors import StorageError

    store = Store(str(tmp_path / "j.db"), matching=JobMatching())
    try:
        store.upsert([_posting("gh", 1, "Data Engineer")], SEEN)

        def locked(*_args: object, **_kw: object) -> None:
            raise OperationalError("SELECT", {}, Exception("database is locked"))

        monkeypatch.setattr(store.engine, "connect", locked)
        with pytest.raises(StorageError, match=r"^cannot re-tag the database: database is locked$"):
            store.retag(lambda row: ("other", None))
    finally:
        monkeypatch.undo()
        store.close()
