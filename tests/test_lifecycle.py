"""A job's life: first seen, last seen, closed, reopened; reposts; filters; migrations."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from scraper.cli_filters import parse_since
from scraper.config import parse_config
from scraper.matching import JobMatching
from scraper.pipeline import scrape
from storage.search import Filters
from storage.store import Store
from tests.helpers import jobs
from tests.loopback import LoopbackServer, Response

PATH = "/v1/boards/acme/jobs?content=true"
DATA = Path(__file__).parent / "data"


def board(*ids: int, url_suffix: str = "") -> Response:
    titles = {
        1: "Senior ML Engineer",
        2: "Data Analyst",
        3: "Product Designer",
        99: "Senior ML Engineer",
    }
    jobs_ = [
        {
            "id": i,
            "title": titles.get(i, f"Engineer {i}"),
            "company_name": "Acme",
            "absolute_url": f"https://acme.example/jobs/{1 if i == 99 else i}{url_suffix}",
            "location": {"name": "Berlin, Germany"},
            "first_published": "2026-10-01T00:00:00Z",
        }
        for i in ids
    ]
    return Response(json.dumps({"jobs": jobs_}))


CONFIG = '[sources.acme]\nadapter = "greenhouse"\nboards = ["acme"]\nbase_url = "URL"\ndelay = 0\n'


@pytest.fixture
def store(db_target: str) -> Store:
    s = Store(db_target, matching=JobMatching())
    yield s
    s.close()


def _run(store: Store, response: Response) -> str:
    with LoopbackServer({PATH: response}) as server:
        results = scrape(parse_config(CONFIG.replace("URL", server.url), "t"), store)
    return results[0].status


def _open_titles(store: Store) -> list[str]:
    return sorted(r["title"] for r in store.search(Filters()))


def test_close_and_reopen(store: Store) -> None:
    assert _run(store, board(1, 2, 3)) == "ok"
    assert _run(store, board(1, 2)) == "ok"
    assert _open_titles(store) == ["Data Analyst", "Senior ML Engineer"]
    closed = [r for r in store.search(Filters(include_closed=True)) if r["closed_at"]]
    assert [r["title"] for r in closed] == ["Product Designer"]
    assert _run(store, board(1, 2, 3)) == "ok"
    assert len(_open_titles(store)) == 3
    assert store.count_jobs() == 3
    reopened = next(r for r in store.search(Filters()) if r["title"] == "Product Designer")
    assert reopened["closed_at"] is None


@pytest.mark.parametrize(
    "bad",
    [Response(b"down", 500), Response(json.dumps({"jobs": []})), Response(b"<html>")],
    ids=["failed", "suspect-empty", "unparseable"],
)
def test_failed_or_suspect_runs_close_nothing(store: Store, bad: Response) -> None:
    _run(store, board(1, 2, 3))
    assert _run(store, bad) != "ok"
    assert len(_open_titles(store)) == 3


def test_repost_with_a_new_id_is_the_same_job(store: Store) -> None:
    _run(store, board(1, 2))
    first = {r["title"]: r["id"] for r in store.search(Filters())}
    # id 1 disappears and comes back as 99 at the same URL plus tracking parameters.
    _run(store, board(99, 2, url_suffix="?utm_source=feed&gh_src=abc"))
    assert store.count_jobs() == 2
    again = {r["title"]: r["id"] for r in store.search(Filters())}
    assert again == first
    job = store.get_job(first["Senior ML Engineer"])
    assert job is not None and {li["source_id"] for li in job["listings"]} == {"1", "99"}


def test_role_and_level_are_stored_and_filterable(store: Store) -> None:
    _run(store, board(1, 2, 3))
    tags = {r["title"]: (r["role"], r["level"]) for r in store.search(Filters())}
    assert tags["Senior ML Engineer"] == ("ml-engineer", "senior")
    assert tags["Data Analyst"] == ("data-analyst", None)
    assert tags["Product Designer"][0] == "designer"
    assert [r["title"] for r in store.search(Filters(roles=("ml-engineer",)))] == [
        "Senior ML Engineer"
    ]
    assert [r["title"] for r in store.search(Filters(level="senior"))] == ["Senior ML Engineer"]


def test_cli_filters_show_roles_classify(tmp_path: Path, db_target: str) -> None:
    db = db_target
    with LoopbackServer({PATH: board(1, 2, 3)}) as server:
        (tmp_path / "jobs.toml").write_text(CONFIG.replace("URL", server.url))
        assert jobs("scrape", "--db", db, cwd=tmp_path).returncode == 0
    found = jobs("search", "--role", "ml-engineer", "--db", db, "-f", "json", cwd=tmp_path)
    records = json.loads(found.stdout)
    assert [r["title"] for r in records] == ["Senior ML Engineer"]
    assert records[0]["sources"] == ["acme"]
    bad = jobs("search", "--role", "ml-enginer", "--db", db, cwd=tmp_path)
    assert bad.returncode == 1 and "ml-engineer" in bad.stderr and "Traceback" not in bad.stderr
    new = jobs("search", "--new", "--db", db, "-f", "jsonl", cwd=tmp_path)
    assert len(new.stdout.splitlines()) == 3
    since = jobs("search", "--since", "1d", "--db", db, "-f", "jsonl", cwd=tmp_path)
    assert len(since.stdout.splitlines()) == 3
    old = jobs("search", "--since", "2030-01-01", "--db", db, "-f", "jsonl", cwd=tmp_path)
    assert old.stdout == ""
    job_id = str(records[0]["id"])
    shown = jobs("show", job_id, "--db", db, cwd=tmp_path)
    assert shown.returncode == 0
    assert "Senior ML Engineer" in shown.stdout and "https://acme.example/jobs/1" in shown.stdout
    missing = jobs("show", "9999", "--db", db, cwd=tmp_path)
    assert missing.returncode == 1 and "no job with id 9999" in missing.stderr
    counts = jobs("roles", "--db", db, cwd=tmp_path)
    assert "ml-engineer" in counts.stdout and "data-analyst" in counts.stdout
    re_tag = jobs("reclassify", "--db", db, cwd=tmp_path)
    assert re_tag.returncode == 0 and "re-tagged 3 jobs: 0 changed" in re_tag.stdout


def test_classify_command(tmp_path: Path) -> None:
    one = jobs("classify", "Lead Machine Learning Engineer", cwd=tmp_path)
    assert one.returncode == 0 and "ml-engineer" in one.stdout and "lead" in one.stdout
    import subprocess
    import sys

    lines = "AI Programmer\nData Center Technician\nWerkstudent Data Science (m/w/d)\n"
    out = subprocess.run(
        [sys.executable, "-m", "scraper", "classify", "-", "--format", "jsonl"],
        input=lines,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r["title"] for r in rows] == lines.splitlines()
    assert rows[0]["role"] == "ai-engineer" and rows[1]["role"] == "other"
    assert rows[2]["level"] == "intern"


@pytest.mark.parametrize(("text", "days"), [("7d", 7), ("24h", 1), ("2w", 14), ("30m", 30 / 1440)])
def test_parse_since_periods(text: str, days: float) -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 27, tzinfo=UTC)
    assert (now - parse_since(text, now)).total_seconds() == pytest.approx(days * 86400)


def test_parse_since_dates_and_errors() -> None:
    from scraper.errors import JobsError

    assert parse_since("2026-11-01").isoformat() == "2026-11-01T00:00:00+00:00"
    with pytest.raises(JobsError, match="invalid --since"):
        parse_since("last tuesday")


def test_v1_database_upgrades_without_loss(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:
        conn.executescript((DATA / "jobs_v1.sql").read_text())
    store = Store(str(db), matching=JobMatching())
    try:
        records = {r["source_id"]: r for r in store.search(Filters())}
        assert set(records) == {"101", "102"}
        ml = records["101"]
        assert (ml["title"], ml["salary_min"], ml["salary_currency"]) == (
            "Machine Learning Engineer",
            90000.0,
            "EUR",
        )
        assert ml["posted_at"] == "2026-09-20T08:00:00Z" and ml["sources"] == ["acme-gh"]
        with store.engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT MAX(version) FROM schema_version").scalar()
        from storage.migrations import LATEST

        assert version == LATEST
        # Jobs from before the identity columns are keyed once, then dedupe finds them.
        assert store.needs_rekey()
        assert store.rekey() == (2, 2)
        assert not store.needs_rekey()
        from datetime import UTC, datetime

        from scraper.models import Posting

        copy = Posting(
            source="acme-lever",
            source_id="lv-1",
            url="https://jobs.lever.co/acme/lv-1",
            title="ML Engineer",
            company="Acme Robotics GmbH",
            location="Berlin",
            remote="hybrid",
        )
        store.upsert([copy], datetime(2026, 10, 2, 12, tzinfo=UTC))
        assert store.count_jobs() == 2
    finally:
        store.close()
