"""Raw listings to postings (normalise + classify), in this process or in worker processes.

Normalising and classifying is pure Python CPU work (HTML to text, salary and place
parsing, taxonomy phrase matching): about 40 % of a first scrape. On a machine with more
than one core it runs in worker processes while the main process fetches, parses and
writes. The pool starts with the run's first batch, so the main process never loads the
place gazetteers; a worker's start (imports, ~0.3 s) overlaps the first fetches.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from scraper.classify import Taxonomy, classify_listing, load_taxonomy
from scraper.errors import ConfigError
from scraper.models import Posting, content_hash
from scraper.normalize import normalize
from scraper.normalize.dates import to_utc
from sources.base import RawListing

log = logging.getLogger(__name__)

# Batches submitted to the pool and not yet collected, per worker process: enough to keep
# every worker busy while the main process writes, few enough that memory stays flat.
SLOTS_PER_PROCESS = 6
# More processes than this only contend for the single SQLite writer in the main process.
MAX_PROCESSES = 4


ENV_PROCESSES = "JOBS_PROCESSES"


def default_processes() -> int:
    """Worker processes when the config does not say: $JOBS_PROCESSES, else one per core
    beyond the first (that one is the main process's: fetch, parse, store)."""
    env = os.environ.get(ENV_PROCESSES, "").strip()
    if env:
        if not env.isdigit():
            raise ConfigError(f"${ENV_PROCESSES} must be 0 (all in one process) or more: {env!r}")
        return int(env)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(0, min(cores - 1, MAX_PROCESSES))


def prepare(item: RawListing, source: str, seen_at: datetime, taxonomy: Taxonomy) -> Posting:
    """One raw listing as a normalised, classified posting."""
    tag = classify_listing(item, taxonomy=taxonomy)
    return normalize(item, source, seen_at, role=tag.role, level=tag.level)


# A prepared listing: its posting, the digest of the raw listing (`raw_digest`) and the
# posting's `content_hash`. Digests are made where the listing is prepared, so a first
# scrape (nothing stored to compare with) hashes nothing in the main process.
Prepared = tuple[Posting, str, str]


def raw_digest(item: RawListing, salt: str, seen_at: datetime) -> str:
    """A digest of what the site said, plus what else shapes the posting made from it."""
    # Relative dates ("3 days ago") resolve against this run's time: include the result.
    posted = to_utc(item.posted_at, now=seen_at)
    digest = hashlib.blake2b(f"{salt}\x00{posted}\x00".encode(), digest_size=12)
    # The pickle of the listing: every field, as repr gave, at half its cost (a 3 KB
    # description is copied, not escaped character by character).
    digest.update(pickle.dumps(item, protocol=5))
    return digest.hexdigest()


def prepare_all(
    items: Sequence[RawListing], source: str, seen_at: datetime, salt: str, taxonomy: Taxonomy
) -> list[Prepared]:
    """`prepare` over a batch, with each listing's raw digest and content hash."""
    out: list[Prepared] = []
    for item in items:
        posting = prepare(item, source, seen_at, taxonomy)
        out.append((posting, raw_digest(item, salt, seen_at), content_hash(posting)))
    return out


# The taxonomy of this worker process, loaded once by `_start_worker`.
_worker_taxonomy: Taxonomy | None = None


def _start_worker(taxonomy_path: str | None, parent: int) -> None:
    """Pool initializer: load the taxonomy (its compiled tables do not pickle), and tie
    this worker's life to the main process."""
    global _worker_taxonomy
    # Ctrl-C reaches the whole process group: the main process decides what stops, and
    # its shutdown stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent's pid comes from the parent: had it died while this worker was starting,
    # os.getppid() would already name whoever adopted the orphan.
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _worker_taxonomy = load_taxonomy(taxonomy_path)


def _exit_with_parent(parent: int) -> None:
    """End this worker once the main process is gone (killed with -9: no shutdown ran)."""
    while True:
        if os.getppid() != parent:
            os._exit(1)
        time.sleep(1.0)


def _prepare_batch(
    items: Sequence[RawListing], source: str, seen_at: datetime, salt: str
) -> list[Prepared]:
    """`prepare_all` in a worker process."""
    taxonomy = _worker_taxonomy
    if taxonomy is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker started without a taxonomy")
    return prepare_all(items, source, seen_at, salt, taxonomy)


class Preparer:
    """Prepares batches of one run inline, or in a pool once the run proves big enough."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        taxonomy_path: str | None = None,
        processes: int | None = None,
    ) -> None:
        """`processes` None means `default_processes()`; 0 keeps everything inline."""
        self.taxonomy = taxonomy
        self.taxonomy_path = taxonomy_path
        self.processes = default_processes() if processes is None else max(0, processes)
        self._pool: ProcessPoolExecutor | None = None
        self._slots: asyncio.Semaphore | None = None
        self._broken = False

    @property
    def pooled(self) -> bool:
        """Whether batches currently go to worker processes."""
        return self._pool is not None and not self._broken

    def inline(
        self, items: Sequence[RawListing], source: str, seen_at: datetime, salt: str
    ) -> list[Prepared]:
        """`prepare_all` in this process."""
        return prepare_all(items, source, seen_at, salt, self.taxonomy)

    async def submit(
        self, items: Sequence[RawListing], source: str, seen_at: datetime, salt: str = ""
    ) -> asyncio.Future[list[Prepared]]:
        """A future of the batch's postings; waits for a free pool slot when all are taken.

        Inline, the future is already done when returned.
        """
        loop = asyncio.get_running_loop()
        pool = self._pool_for()
        if pool is None or self._slots is None:
            done: asyncio.Future[list[Prepared]] = loop.create_future()
            done.set_result(self.inline(items, source, seen_at, salt))
            return done
        await self._slots.acquire()
        return asyncio.ensure_future(self._pooled(pool, self._slots, items, source, seen_at, salt))

    async def _pooled(
        self,
        pool: ProcessPoolExecutor,
        slots: asyncio.Semaphore,
        items: Sequence[RawListing],
        source: str,
        seen_at: datetime,
        salt: str,
    ) -> list[Prepared]:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(pool, _prepare_batch, items, source, seen_at, salt)
        except BrokenProcessPool as exc:
            # A worker died (killed, out of memory): the run goes on without the pool.
            if not self._broken:
                log.warning("worker processes stopped (%s); preparing in the main process", exc)
            self._broken = True
            return self.inline(items, source, seen_at, salt)
        except Exception:
            # A bug hit inside a worker: prepare again here, so the error (if it recurs)
            # is raised in the main process with the source's context.
            return self.inline(items, source, seen_at, salt)
        finally:
            slots.release()

    def _pool_for(self) -> ProcessPoolExecutor | None:
        if self._broken or self.processes == 0:
            return None
        if self._pool is None:
            # spawn, not fork: the main process has threads (the event loop's executor,
            # SQLite) and open sockets that a forked child must not inherit.
            self._pool = ProcessPoolExecutor(
                max_workers=self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self.taxonomy_path, os.getpid()),
            )
            self._slots = asyncio.Semaphore(self.processes * SLOTS_PER_PROCESS)
        return self._pool

    def close(self) -> None:
        """Stop the worker processes (batches not yet started are dropped)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
