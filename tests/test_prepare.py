"""Normalise + classify in worker processes: same postings as inline, robust to dying workers."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

import scraper.prepare as prepare_module
from scraper.classify import Taxonomy, load_taxonomy
from scraper.config import parse_config
from scraper.errors import ConfigError
from scraper.matching import JobMatching
from scraper.models import content_hash
from scraper.pipeline import scrape
from scraper.prepare import Prepared, Preparer, default_processes, prepare, raw_digest
from sources.base import RawListing
from storage.search import Filters
from storage.store import Store
from tests.loopback import LoopbackServer, Response
from tests.test_adapter_fixtures import _cases, parse_case

SEEN = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent


def fixture_listings() -> list[RawListing]:
    """Every listing of every adapter's fixtures (all real formats and their quirks)."""
    listings: list[RawListing] = []
    for case in _cases():
        adapter, body = case.values
        listings += [i for i in parse_case(adapter, body) if isinstance(i, RawListing)]
    return listings


async def _through(preparer: Preparer, batches: list[list[RawListing]]) -> list[Prepared]:
    futures = [await preparer.submit(batch, "src", SEEN, "salt") for batch in batches]
    out: list[Prepared] = []
    for future in futures:
        out += await future
    return out


def _expected(items: list[RawListing], taxonomy: Taxonomy) -> list[Prepared]:
    """What preparing gives, computed here without any pool."""
    out: list[Prepared] = []
    for item in items:
        posting = prepare(item, "src", SEEN, taxonomy)
        out.append((posting, raw_digest(item, "salt", SEEN), content_hash(posting)))
    return out


def _batches(items: list[RawListing], size: int = 8) -> list[list[RawListing]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def test_default_leaves_one_core_to_the_main_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBS_PROCESSES")
    cores = len(os.sched_getaffinity(0))
    assert default_processes() == min(cores - 1, prepare_module.MAX_PROCESSES)
    monkeypatch.setenv("JOBS_PROCESSES", "3")
    assert default_processes() == 3
    monkeypatch.setenv("JOBS_PROCESSES", "two")
    with pytest.raises(ConfigError, match="JOBS_PROCESSES must be 0"):
        default_processes()


@pytest.mark.parametrize("value", ["-1", "true", "1.5", '"2"'])
def test_bad_processes_in_the_config_is_a_clear_error(value: str) -> None:
    with pytest.raises(ConfigError, match="'processes' must be"):
        parse_config(f"processes = {value}\n", "t")


def test_workers_give_exactly_the_inline_postings() -> None:
    taxonomy = load_taxonomy(None)
    items = fixture_listings()
    assert len(items) > 40
    expected = _expected(items, taxonomy)
    preparer = Preparer(taxonomy, None, processes=1)
    try:
        got = asyncio.run(_through(preparer, _batches(items)))
        assert preparer.pooled
    finally:
        preparer.close()
    assert got == expected


def test_zero_processes_never_starts_a_pool() -> None:
    taxonomy = load_taxonomy(None)
    items = fixture_listings()[:30]
    preparer = Preparer(taxonomy, None, processes=0)
    got = asyncio.run(_through(preparer, [items]))
    assert not preparer.pooled and preparer._pool is None
    assert got == _expected(items, taxonomy)


def test_a_dead_worker_means_the_rest_is_prepared_in_process() -> None:
    taxonomy = load_taxonomy(None)
    items = fixture_listings()
    expected = _expected(items, taxonomy)
    preparer = Preparer(taxonomy, None, processes=1)

    async def go() -> list[Prepared]:
        first = await (await preparer.submit(items[:10], "src", SEEN, "salt"))
        assert preparer.pooled
        assert preparer._pool is not None
        for process in list(preparer._pool._processes.values()):  # OOM killer, say
            process.kill()
            process.join()
        rest = await _through(preparer, _batches(items[10:]))
        return first + rest

    try:
        got = asyncio.run(go())
    finally:
        preparer.close()
    assert got == expected
    assert not preparer.pooled


WORKER_SCRIPT = """
import asyncio, sys
from datetime import UTC, datetime
from scraper.classify import Taxonomy, load_taxonomy
from scraper.prepare import Preparer
from sources.base import RawListing

async def main():
    p = Preparer(load_taxonomy(None), None, processes=1)
    item = RawListing("1", "https://x.example/1", "ML Engineer", "Acme")
    future = await p.submit([item], "s", datetime.now(UTC))
    if sys.argv[1] == "started":
        await future
    else:
        await asyncio.sleep(0)  # the batch reaches the pool, which spawns its worker
    print(" ".join(str(pid) for pid in p._pool._processes), flush=True)
    await asyncio.sleep(600)

asyncio.run(main())
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for our purposes (reaped by init later).
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("when", ["started", "starting"])
def test_workers_end_when_the_main_process_is_killed(when: str) -> None:
    """Also when the main process dies while a worker is still starting up."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER_SCRIPT, when], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    pids = [int(p) for p in proc.stdout.readline().split()]
    assert pids and all(_alive(p) for p in pids)
    proc.send_signal(signal.SIGKILL)  # no shutdown code runs
    proc.wait()
    deadline = time.monotonic() + 20
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in pids)


def _board(first: int, n: int) -> Response:
    titles = ["Machine Learning Engineer", "Senior Data Scientist (m/w/d)", "Staff AI Engineer"]
    places = ["Berlin, Germany", "Remote - US", "London, UK", "San Francisco, CA"]
    jobs = [
        {
            "id": i,
            "title": f"{titles[i % 3]} {i}",
            "company_name": "Acme",
            "absolute_url": f"https://acme.example/jobs/{i}",
            "location": {"name": places[i % 4]},
            "updated_at": "2026-10-01T00:00:00Z",
            "content": f"&lt;p&gt;Pay: ${100 + i % 50}k - ${150 + i % 50}k a year.&lt;/p&gt;",
        }
        for i in range(first, first + n)
    ]
    return Response(json.dumps({"jobs": jobs}))


def _scrape_snapshot(db: Path, url: str, processes: int) -> list[str]:
    config = parse_config(
        f'processes = {processes}\n[sources.gh]\nadapter = "greenhouse"\n'
        f'boards = ["acme", "beta"]\nbase_url = "{url}"\ndelay = 0\n',
        "t",
    )
    store = Store(str(db), matching=JobMatching())
    try:
        results = scrape(config, store)
        records = list(store.search(Filters(), sort="newest"))
    finally:
        store.close()
    assert [(r.status, r.listings, r.new) for r in results] == [("ok", 2_000, 2_000)]
    skip = {"id", "first_seen", "last_seen"}
    return sorted(
        json.dumps({k: v for k, v in r.items() if k not in skip}, sort_keys=True) for r in records
    )


def test_pipeline_stores_the_same_jobs_with_or_without_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pooled: list[bool] = []
    close = Preparer.close

    def spy(self: Preparer) -> None:
        pooled.append(self.pooled)
        close(self)

    monkeypatch.setattr(Preparer, "close", spy)
    routes = {
        "/v1/boards/acme/jobs?content=true": _board(1, 1_300),
        "/v1/boards/beta/jobs?content=true": _board(5_001, 700),
    }
    with LoopbackServer(routes) as server:
        inline = _scrape_snapshot(tmp_path / "inline.db", server.url, 0)
        workers = _scrape_snapshot(tmp_path / "workers.db", server.url, 1)
    assert pooled == [False, True]
    assert len(inline) == 2_000
    assert workers == inline
