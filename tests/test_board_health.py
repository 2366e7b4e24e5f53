"""Board health: a board not found on N consecutive runs is marked gone, later runs skip
it (saying so), a re-check after the back-off or `--recheck-gone` revives it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from scraper.cli_boards import board_lines
from scraper.config import Config, SourceConfig
from scraper.matching import JobMatching
from scraper.pipeline import SourceResult, scrape
from sources import registry
from sources.base import says_not_found, validate_options
from storage.boards import BoardHealth
from storage.store import Store
from storage.tables import BOARD_HEALTH
from tests.helpers import jobs
from tests.loopback import LoopbackServer, Response

ALIVE = "/v1/boards/quantumkoala/jobs?content=true"
MOVED = "/v1/boards/oldkoala/jobs?content=true"


def board(name: str) -> bytes:
    """A Greenhouse board answer with one clean job (the fixture has a broken one)."""
    job = {
        "id": 4100001 if name == "quantumkoala" else 4100002,
        "title": "Applied Scientist",
        "absolute_url": f"https://boards.example/{name}/jobs/1",
        "location": {"name": "Lisbon, Portugal"},
    }
    return json.dumps({"jobs": [job]}).encode()


BODY = board("quantumkoala")


def config(url: str, **fetch: object) -> Config:
    table = {
        "adapter": "greenhouse",
        "boards": ["quantumkoala", "oldkoala"],
        "base_url": url,
        "delay": 0,
    }
    source = SourceConfig(
        "koala", "greenhouse", validate_options("koala", registry.get("greenhouse"), table)
    )
    return Config("test", (source,), fetch={"retries": 1, **fetch})


def run(store: Store, cfg: Config, **kwargs: object) -> SourceResult:
    (result,) = scrape(cfg, store, **kwargs)  # type: ignore[arg-type]
    return result


def asked(server: LoopbackServer, path: str) -> int:
    return server.requests.count(path)


def test_gone_board_is_detected_skipped_and_revived(tmp_path: Path) -> None:
    routes = {ALIVE: Response(BODY), MOVED: Response(b'{"status":404}', 404)}
    store = Store(str(tmp_path / "jobs.db"), matching=JobMatching())
    try:
        with LoopbackServer(routes) as server:
            cfg = config(server.url)
            # Detect: two misses are not yet gone; the third marks it gone.
            for _ in range(2):
                result = run(store, cfg)
                assert result.status == "partial" and result.notes == []
            third = run(store, cfg)
            assert third.status == "partial"
            (note,) = third.notes
            assert note.startswith("board oldkoala not found on 3 consecutive runs: marked gone")
            assert "jobs discover" in note
            state = BoardHealth(store.engine).states(["koala"])["koala"]["oldkoala"]
            assert state.gone_since is not None and state.misses == 3
            # Skip: not asked again, said in one line; the live board still stored; the
            # source is not a success while a board is gone.
            before = asked(server, MOVED)
            fourth = run(store, cfg)
            assert asked(server, MOVED) == before
            assert asked(server, ALIVE) == 4
            (skipped,) = fourth.notes
            assert skipped.startswith(f"board oldkoala gone since {state.gone_since:%Y-%m-%d}")
            assert "skipped" in skipped and "jobs discover" in skipped
            assert fourth.status == "partial" and fourth.failed
            assert fourth.first_error == skipped
            # `--recheck-gone` while still missing: asked, still gone.
            again = run(store, cfg, recheck_gone=True)
            assert asked(server, MOVED) == before + 1
            assert again.notes == ["board oldkoala re-checked: still gone (4 runs not found)"]
            # The board comes back: a re-check after the back-off revives it.
            server.routes[MOVED] = Response(board("oldkoala"))
            assert run(store, cfg).notes[0].startswith("board oldkoala gone since")  # backing off
            with store.engine.begin() as conn:
                conn.execute(
                    update(BOARD_HEALTH).values(last_checked=datetime.now(UTC) - timedelta(days=8))
                )
            revived = run(store, cfg)
            assert revived.notes == ["board oldkoala answers again: revived"]
            assert revived.status == "ok"
            assert BoardHealth(store.engine).states(["koala"]) == {"koala": {}}
    finally:
        store.close()


def test_an_empty_not_found_body_counts_and_the_threshold_is_configurable(
    tmp_path: Path,
) -> None:
    routes = {
        ALIVE: Response(BODY),
        MOVED: Response(b'{"status": 404, "error": "Job board not found"}'),
    }
    store = Store(str(tmp_path / "jobs.db"), matching=JobMatching())
    try:
        with LoopbackServer(routes) as server:
            result = run(store, config(server.url, gone_after=1))
            assert result.status == "partial"
            assert result.notes[0].startswith("board oldkoala not found on 1 consecutive runs")
            lines = board_lines(store.engine, ["koala"])["koala"]
            assert len(lines) == 1 and lines[0].startswith("board oldkoala: GONE since ")
    finally:
        store.close()


def test_what_counts_as_a_not_found_body() -> None:
    assert says_not_found(b"") and says_not_found(b"  \n")
    assert says_not_found(b'{"ok": false, "error": "Document not found"}')
    assert not says_not_found(b'{"jobs": []}') and not says_not_found(b"[]")


def test_jobs_sources_shows_a_gone_board_with_its_date(tmp_path: Path) -> None:
    db = tmp_path / "jobs.db"
    store = Store(str(db), matching=JobMatching())
    try:
        BoardHealth(store.engine).record(
            "koala", {"oldkoala": "not found: HTTP 404"}, datetime(2026, 11, 30, tzinfo=UTC), 1
        )
    finally:
        store.close()
    (tmp_path / "jobs.toml").write_text(
        '[sources.koala]\nadapter = "greenhouse"\nboards = ["quantumkoala", "oldkoala"]\n'
    )
    out = jobs("sources", "-c", "jobs.toml", "--db", str(db), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "board oldkoala: GONE since 2026-11-30" in out.stdout
    assert "jobs discover" in out.stdout


def test_jobs_scrape_says_it_skips_a_gone_board_and_recheck_gone_asks_it(
    tmp_path: Path,
) -> None:
    db = tmp_path / "jobs.db"
    store = Store(str(db), matching=JobMatching())
    try:
        BoardHealth(store.engine).record(
            "koala", {"oldkoala": "not found: HTTP 404"}, datetime.now(UTC), 1
        )
    finally:
        store.close()
    routes = {ALIVE: Response(BODY), MOVED: Response(b"{}", 404)}
    with LoopbackServer(routes) as server:
        (tmp_path / "jobs.toml").write_text(
            '[sources.koala]\nadapter = "greenhouse"\nboards = ["quantumkoala", "oldkoala"]\n'
            f'base_url = "{server.url}"\ndelay = 0\n'
        )
        skip = jobs("scrape", "-c", "jobs.toml", "--db", str(db), cwd=tmp_path)
        assert asked(server, MOVED) == 0
        recheck = jobs("scrape", "-c", "jobs.toml", "--db", str(db), "--recheck-gone", cwd=tmp_path)
        assert asked(server, MOVED) == 1
    assert skip.returncode == 2, skip.stderr  # a gone board is not a success
    assert "koala: board oldkoala gone since" in skip.stdout and "skipped" in skip.stdout
    assert recheck.returncode == 2
    assert "koala: board oldkoala re-checked: still gone (2 runs not found)" in recheck.stdout
