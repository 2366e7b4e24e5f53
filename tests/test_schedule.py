"""The scheduler daemon: intervals, cron, no overlap, clean shutdown, and overlapping crons."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from scraper.config import parse_config
from scraper.errors import ConfigError
from scraper.matching import JobMatching
from scraper.schedule import parse_every, trigger_for
from storage.store import Store
from tests.loopback import LoopbackServer, Response, overlapping
from tests.test_run_ledger import board_body, board_path


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1s", 1),
        ("45s", 45),
        ("30m", 1800),
        ("6h", 21600),
        ("1d", 86400),
        ("1h30m", 5400),
        ("2 h", 7200),
        ("0.5h", 1800),
    ],
)
def test_parse_every(text: str, seconds: float) -> None:
    assert parse_every(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "often", "5", "10x", "0s", "-5m", "5m!"])
def test_parse_every_rejects(text: str) -> None:
    with pytest.raises(ConfigError):
        parse_every(text)


def _source(extra: str) -> str:
    return f'[sources.s]\nadapter = "greenhouse"\nboards = ["b1"]\n{extra}\n'


def test_triggers_from_config() -> None:
    cron = parse_config(_source('schedule = "*/15 * * * *"'), "t").sources[0]
    assert "cron" in type(trigger_for(cron)).__name__.lower()
    every = parse_config(_source('every = "30m"'), "t").sources[0]
    assert trigger_for(every).interval == timedelta(minutes=30)  # type: ignore[union-attr]
    default = parse_config(_source(""), "t").sources[0]
    assert trigger_for(default).interval == timedelta(hours=6)  # type: ignore[union-attr]
    with pytest.raises(ConfigError, match="invalid schedule"):
        trigger_for(parse_config(_source('schedule = "every day"'), "t").sources[0])


def _daemon_config(url: str, every: str = "1s") -> str:
    return (
        f'[sources.b1]\nadapter = "greenhouse"\nboards = ["b1"]\nbase_url = "{url}"\n'
        f'delay = 0\nevery = "{every}"\n'
    )


def _env() -> dict[str, str]:
    return {**os.environ, "JOBS_CONFIG": "", "JOBS_DB": ""}


def test_overlap_is_judged_by_when_requests_were_answered() -> None:
    assert overlapping([["/b", 0.0, 1.5], ["/b", 1.0, 2.5]], "/b")  # came while waiting
    assert not overlapping([["/b", 0.0, 1.5], ["/b", 1.6, 3.1], ["/r", 0.1, 0.2]], "/b")
    assert overlapping([["/b", 0.0, None], ["/b", 5.0, 5.1]], "/b")  # never answered


def test_daemon_runs_repeatedly_never_overlapping_and_stops_on_sigterm(tmp_path: Path) -> None:
    # Each run takes 1.5 s, longer than the 1 s interval: runs must queue, not overlap.
    slow = Response(board_body("b1"), delay=1.5)
    with LoopbackServer({board_path("b1"): slow}) as server:
        (tmp_path / "jobs.toml").write_text(_daemon_config(server.url))
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "scraper",
                "schedule",
                "--db",
                str(tmp_path / "j.db"),
                "--log-format",
                "json",
            ],
            cwd=tmp_path,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 30
            while server.requests.count(board_path("b1")) < 3 and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(0.5)  # stop in the middle of a run
            proc.send_signal(signal.SIGTERM)
            _out, err = proc.communicate(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
        hits = server.requests.count(board_path("b1"))
        # Judged by when each request was answered, not when its server thread finished:
        # under load that thread can trail the client's next run.
        assert not overlapping(server.spans, board_path("b1")), "two runs overlapped"
    assert proc.returncode == 0, err
    assert hits >= 3
    lines = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    run_lines = [x for x in lines if x.get("source") == "b1"]
    assert len(run_lines) >= 2 and all(x["status"] == "ok" for x in run_lines)
    assert any(x["message"] == "stopped" for x in lines)
    # One line per event: no traceback of the cancelled run, no Alembic chatter (issue 18).
    assert len(lines) == len(err.splitlines()), err
    assert not [x for x in lines if x["level"] == "error" or "exception" in x], err
    assert not [x for x in lines if x["logger"].startswith("alembic")], err
    store = Store(str(tmp_path / "j.db"), matching=JobMatching())
    try:
        assert store.count_jobs() == 2
        statuses = [r["run_status"] for r in store.ledger.runs(limit=50)]
        assert "running" not in statuses
    finally:
        store.close()


def test_daemon_bad_schedule_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "jobs.toml").write_text(_daemon_config("http://127.0.0.1:9", every="soon"))
    out = subprocess.run(
        [sys.executable, "-m", "scraper", "schedule", "--db", str(tmp_path / "j.db")],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.returncode == 1 and "invalid interval 'soon'" in out.stderr
    assert "Traceback" not in out.stderr


def test_two_overlapping_scrapes_scrape_each_source_once(tmp_path: Path, db_target: str) -> None:
    boards = [f"b{i}" for i in range(1, 11)]
    routes = {
        f"/v1/boards/{b}/jobs?content=true": Response(
            json.dumps(
                {
                    "jobs": [
                        {
                            "id": int(f"{n}{j:03d}"),
                            "title": f"Data Engineer {b}-{j}",
                            "absolute_url": f"https://example.com/{b}/{j}",
                            "company_name": f"C{b}",
                            "first_published": "2026-10-01T00:00:00Z",
                        }
                        for j in range(20)
                    ]
                }
            ),
            delay=0.3,
        )
        for n, b in enumerate(boards, 1)
    }
    config = "".join(
        f'[sources.{b}]\nadapter = "greenhouse"\nboards = ["{b}"]\nbase_url = "URL"\ndelay = 0\n'
        for b in boards
    )
    db = db_target
    with LoopbackServer(routes) as server:
        (tmp_path / "jobs.toml").write_text(config.replace("URL", server.url))
        cmd = [sys.executable, "-m", "scraper", "scrape", "--db", db]
        procs = [
            subprocess.Popen(
                cmd,
                cwd=tmp_path,
                env=_env(),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outs = [p.communicate(timeout=60) for p in procs]
        per_source = {path: server.requests.count(path) for path in routes}
    for (out, err), proc in zip(outs, procs, strict=True):
        assert "locked" not in err + out
        assert proc.returncode in (0, 75), err
    assert set(per_source.values()) == {1}, per_source
    store = Store(db, matching=JobMatching())
    try:
        assert store.count_jobs() == 200
        with store.engine.connect() as conn:
            dupes = conn.exec_driver_sql(
                "SELECT COUNT(*) FROM (SELECT source, source_id FROM listing "
                "GROUP BY source, source_id HAVING COUNT(*) > 1) AS dupes"
            ).scalar()
        assert dupes == 0
    finally:
        store.close()
