"""End-to-end ingest: real board formats over loopback HTTP -> the scrape pipeline -> SQLite.

Run: PYTHONPATH=. python bench/ingest/bench_ingest.py --sizes 10000,100000 [--profile]

Per size, a feed server (bench/ingest/feeds.py, its own process) serves Greenhouse, Lever
and Ashby boards of ~n postings (~3 KB HTML descriptions, 1 in 6 postings a cross-source
copy); a worker process runs `scraper.pipeline.scrape_async` (what `jobs scrape` runs:
fetch, parse, normalise, classify, dedupe, store) into a fresh database, then runs it again
over the same input (everything already known), then times the floor: a plain `sqlite3`
`executemany` upsert of the same final job and listing rows into a fresh database with the
same schema, batches of 1,000 rows per transaction, each batch also fed to the FTS5 index
(`INSERT INTO job_fts(rowid, ...) SELECT ... WHERE id IN batch`) as the store does.
Peak RSS is the worker's own high-water mark (the server is another process), plus the
largest normalise worker's own VmHWM, sampled (`_ChildPeaks`: rusage overstates it).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FLOOR_BATCH = 1_000


# --processes: normalise/classify worker processes (None: the pipeline's default).
PROCESSES: int | None = None


def _vmhwm_kb(pid: str) -> int:
    """A process's peak resident set (VmHWM) in kB; OSError or StopIteration if unknown."""
    status = Path(f"/proc/{pid}/status").read_text()
    return next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmHWM:"))


def _peak_mb(reset: bool = False) -> float:
    """This process's peak RSS since the last reset (VmHWM), in MB; optionally reset it.

    Linux resets the high-water mark on writing 5 to clear_refs, so each pass gets its
    own peak; elsewhere this falls back to the lifetime peak."""
    try:
        kb = _vmhwm_kb("self")
        if reset:
            Path("/proc/self/clear_refs").write_text("5")
    except (OSError, StopIteration):
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024


def _trace_rss(every: float) -> None:
    """Print this process's RSS to stderr every `every` seconds (--trace-rss)."""
    import threading

    def loop() -> None:
        t0 = time.perf_counter()
        while True:
            time.sleep(every)
            rss = Path("/proc/self/statm").read_text().split()[1]
            mb = int(rss) * os.sysconf("SC_PAGE_SIZE") / 2**20
            print(f"  rss {time.perf_counter() - t0:7.1f}s {mb:6.0f} MB", file=sys.stderr)

    threading.Thread(target=loop, daemon=True).start()


class _ChildPeaks:
    """The largest VmHWM of this process's children (the normalise workers), sampled.

    `RUSAGE_CHILDREN`'s maxrss is no worker's own peak: a spawned child is forked before
    it execs the new interpreter, and Linux carries the fork's resident pages (the main
    process's, shared) into the child's maxrss. A pool started once the main process has
    grown reports the main's size. VmHWM belongs to the exec'd process alone.
    """

    def __init__(self, every: float = 0.25) -> None:
        import threading

        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, args=(every,), daemon=True)
        self._thread.start()

    def _children(self) -> list[str]:
        pids: list[str] = []
        for task in Path("/proc/self/task").iterdir():
            try:
                pids += (task / "children").read_text().split()
            except OSError:
                continue
        return pids

    def _loop(self, every: float) -> None:
        while not self._stop.wait(every):
            try:
                pids = self._children()
            except OSError:
                return  # no /proc: nothing to sample
            for pid in pids:
                try:
                    self.peak_kb = max(self.peak_kb, _vmhwm_kb(pid))
                except (OSError, StopIteration):
                    continue

    def stop(self) -> float | None:
        """Stop sampling; the peak in MB, or None if no child was ever seen."""
        self._stop.set()
        self._thread.join()
        return self.peak_kb / 1024 if self.peak_kb else None


def _cpu(who: int) -> float:
    use = resource.getrusage(who)
    return use.ru_utime + use.ru_stime


def _pipeline_pass(url: str, n: int, db: str) -> tuple[float, int, int, int, float, float]:
    """One `jobs scrape` run over the corpus: seconds, listings, new, errors, and the CPU
    seconds of this process and of its (finished) worker processes."""
    sys.path.insert(0, str(HERE))
    import feeds

    from scraper.config import parse_config
    from scraper.fetch import Fetcher
    from scraper.matching import JobMatching
    from scraper.pipeline import fetch_settings, scrape_async
    from storage.store import Store

    config = parse_config(feeds.Corpus(n).config(json.loads(url)), "bench")
    if PROCESSES is not None:  # else the default: one worker per core beyond the first
        config = replace(config, processes=PROCESSES)
    # One run of many boards may take longer than the default 15 minutes per source.
    settings = replace(fetch_settings(config), source_seconds=1e6, deadline=600.0)

    async def go() -> list:  # type: ignore[type-arg]
        async with Fetcher(settings) as fetcher:
            return await scrape_async(config, store, fetcher=fetcher)

    store = Store(db, matching=JobMatching())
    t0 = time.perf_counter()
    cpu0, cpu_workers0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    results = asyncio.run(go())
    spent = time.perf_counter() - t0
    cpu = _cpu(resource.RUSAGE_SELF) - cpu0
    cpu_workers = _cpu(resource.RUSAGE_CHILDREN) - cpu_workers0
    store.close()
    bad = [(r.source, r.status, r.first_error) for r in results if r.status != "ok"]
    if bad:
        raise SystemExit(f"sources failed: {bad[:3]}")
    return (
        spent,
        sum(r.listings for r in results),
        sum(r.new for r in results),
        sum(r.errors for r in results),
        cpu,
        cpu_workers,
    )


def _upsert_sql(conn: sqlite3.Connection, table: str, conflict: str) -> tuple[list[str], str]:
    cols = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    keys = set(conflict.split(", "))
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in keys)
    marks = ", ".join("?" * len(cols))
    sql = (
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks}) "
        f"ON CONFLICT({conflict}) DO UPDATE SET {sets}"
    )
    return cols, sql


def floor(src_db: str, dst_db: str) -> tuple[float, int, int]:
    """The plain sqlite3 upsert of src's final job and listing rows: seconds, jobs, listings."""
    from storage.store import Store

    Store(dst_db).close()  # the same schema, FTS5 table included
    src = sqlite3.connect(src_db)
    dst = sqlite3.connect(dst_db, isolation_level=None)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = NORMAL")
    spent = 0.0
    counts = []
    for table, conflict, fts in (("job", "id", True), ("listing", "source, source_id", False)):
        cols, sql = _upsert_sql(dst, table, conflict)
        cur = src.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY id")
        rows_done = 0
        while rows := cur.fetchmany(FLOOR_BATCH):  # reading the source is not timed
            t0 = time.perf_counter()
            dst.execute("BEGIN IMMEDIATE")
            dst.executemany(sql, rows)
            if fts:
                ids = [r[0] for r in rows]
                dst.execute(
                    "INSERT INTO job_fts(rowid, title, company, description) "
                    "SELECT id, title, company, description FROM job "
                    f"WHERE id IN ({','.join('?' * len(ids))})",
                    ids,
                )
            dst.execute("COMMIT")
            spent += time.perf_counter() - t0
            rows_done += len(rows)
        counts.append(rows_done)
    src.close()
    dst.close()
    return spent, counts[0], counts[1]


def worker(n: int, url: str, folder: Path, profile: str | None) -> dict[str, object]:
    """Both pipeline passes and the floor for one size, in this process."""
    db, floor_db = str(folder / f"pipe-{n}.db"), str(folder / f"floor-{n}.db")
    prof = cProfile.Profile() if profile else None
    if profile:
        Path(profile).mkdir(parents=True, exist_ok=True)
    if prof:
        prof.enable()
    _peak_mb(reset=True)
    children = _ChildPeaks()
    first = _pipeline_pass(url, n, db)
    first_peak = _peak_mb(reset=True)
    if prof:
        prof.disable()
        prof.dump_stats(str(Path(profile or ".") / f"first-{n}.prof"))
        prof = cProfile.Profile()
        prof.enable()
    second = _pipeline_pass(url, n, db)
    second_peak = _peak_mb(reset=True)
    if prof:
        prof.disable()
        prof.dump_stats(str(Path(profile or ".") / f"second-{n}.prof"))
    workers_peak = children.stop()
    floor_s, jobs, listings = floor(db, floor_db)
    floor_peak = _peak_mb()
    return {
        "n": n,
        "postings": first[1],
        "first_s": first[0],
        "first_new": first[2],
        "errors": first[3],
        "second_s": second[0],
        "second_new": second[2],
        "cpu_s": [round(first[4], 1), round(second[4], 1)],
        "workers_cpu_s": [round(first[5], 1), round(second[5], 1)],
        "floor_s": floor_s,
        "jobs": jobs,
        "listings": listings,
        # The largest of the passes' peaks (resetting VmHWM resets ru_maxrss too).
        "rss_mb": max(first_peak, second_peak, floor_peak),
        # Main-process peaks of the first pass, the re-run and the floor.
        "phase_rss_mb": [round(first_peak), round(second_peak), round(floor_peak)],
        # The largest normalise worker's own peak (children of this process; the feed
        # server is not), sampled; the rusage figure where /proc cannot be read.
        "workers_rss_mb": workers_peak
        if workers_peak is not None
        else resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        # What rusage reports, for comparison with the figures of earlier sessions.
        "workers_rusage_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def run_size(
    n: int,
    folder: Path,
    profile: str | None,
    processes: int | None = None,
    trace: float | None = None,
) -> dict[str, object]:
    """Start the feed server and a worker process for one size; the worker's figures."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, str(HERE / "feeds.py"), str(n)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        urls = server.stdout.readline().split(maxsplit=1)[1]  # "URLS {adapter: url}"
        args = [sys.executable, __file__, "--worker", str(n), "--url", urls.strip()]
        args += ["--dir", str(folder)] + (["--profile", profile] if profile else [])
        args += ["--processes", str(processes)] if processes is not None else []
        args += ["--trace-rss", str(trace)] if trace else []
        out = subprocess.run(args, env=env, check=True, stdout=subprocess.PIPE, text=True)
        return dict(json.loads(out.stdout.strip().splitlines()[-1]))
    finally:
        server.communicate("")  # closing stdin stops it


def report(r: dict[str, object]) -> str:
    """One markdown table row."""
    n = float(r["postings"])  # type: ignore[arg-type]
    pipe, again, fl = (n / float(r[k]) for k in ("first_s", "second_s", "floor_s"))  # type: ignore[arg-type]
    return (
        f"| {r['postings']:,} | {r['jobs']:,} | {pipe:,.0f} | {fl:,.0f} | {pipe / fl:.2f} "
        f"| {again:,.0f} | {again / fl:.2f} | {r['second_new']} "
        f"| {r['rss_mb']:.0f} + {r.get('workers_rss_mb', 0):.0f} |"
    )


def main() -> None:
    """Print the ingest table, one row per size (each size in fresh processes)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated posting counts")
    ap.add_argument("--dir", help="where the databases go (default: a temporary folder)")
    ap.add_argument("--profile", metavar="DIR", help="write cProfile stats of each pass there")
    ap.add_argument("--processes", type=int, help="normalise workers (default: cores - 1)")
    ap.add_argument("--trace-rss", type=float, metavar="SECONDS", help="print RSS this often")
    ap.add_argument("--openings", type=int, help="openings per company board (default 200)")
    ap.add_argument("--boards", type=int, help="boards per configured source (default 40)")
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--url", help=argparse.SUPPRESS)
    args = ap.parse_args()
    # feeds.py reads the shape from the environment, in this process and the server's.
    if args.openings:
        os.environ["BENCH_OPENINGS"] = str(args.openings)
    if args.boards:
        os.environ["BENCH_BOARDS"] = str(args.boards)
    if args.worker:
        global PROCESSES
        PROCESSES = args.processes
        if args.trace_rss:
            _trace_rss(args.trace_rss)
        result = worker(args.worker, args.url, Path(args.dir), args.profile)
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        print(
            "| postings | jobs | pipeline/s | floor/s | ratio | re-run/s | re-run ratio "
            "| re-run new | peak RSS MB (main + worker) |"
        )
        print("|---|---|---|---|---|---|---|---|---|", flush=True)
        for n in (int(s) for s in args.sizes.split(",")):
            r = run_size(n, Path(tmp), args.profile, args.processes, args.trace_rss)
            print(report(r), flush=True)
            print(
                f"  CPU seconds, first pass / re-run: main {r['cpu_s']}, "
                f"workers {r['workers_cpu_s']}; wall {r['first_s']:.1f} / {r['second_s']:.1f}; "
                f"main peak RSS MB first / re-run / floor: {r['phase_rss_mb']}; "
                f"worker by rusage {r.get('workers_rusage_mb', 0):.0f} MB",
                file=sys.stderr,
                flush=True,
            )
            if args.profile:
                for name in ("first", "second"):
                    print(f"\n{name} pass, top 25 by cumulative time:")
                    stats = pstats.Stats(str(Path(args.profile) / f"{name}-{n}.prof"))
                    stats.sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
