"""The scheduler daemon (`jobs schedule`): each enabled source on its own cron or interval.

APScheduler 3.x on asyncio: missed runs coalesce into one, one source never runs twice at
once (max_instances=1 here, the database lease across processes), SIGTERM/SIGINT stop
cleanly (the current batch is written, nothing half-written), SIGHUP reloads the config.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from scraper.config import Config, SourceConfig, load_config, parse_every
from scraper.errors import ConfigError, JobsError
from scraper.fetch import Fetcher
from scraper.pipeline import SourceResult, fetch_settings, scrape_async
from scraper.redact import redact_text
from sources import registry
from storage.store import Store

log = logging.getLogger("jobs.schedule")

# A run that could not start on time may still start this late (a laptop waking up).
MISFIRE_GRACE = 3600
SHUTDOWN_GRACE = 30.0


def trigger_for(src: SourceConfig) -> CronTrigger | IntervalTrigger:
    """The source's trigger: `schedule` (cron), else `every`, else the adapter's default."""
    cron = src.options.get("schedule")
    if cron:
        try:
            return CronTrigger.from_crontab(cron, timezone=UTC)
        except ValueError as exc:
            raise ConfigError(f"source '{src.id}': invalid schedule '{cron}': {exc}") from None
    every = src.options.get("every") or registry.get(src.adapter).every
    try:
        interval = parse_every(every)
    except ConfigError as exc:
        raise ConfigError(f"source '{src.id}': {exc}") from None
    return IntervalTrigger(seconds=interval.total_seconds(), timezone=UTC)


def check_schedules(config: Config) -> None:
    """Validate every enabled source's schedule up front (a typo fails at start, not later)."""
    for src in config.sources:
        if src.enabled:
            trigger_for(src)


class Daemon:
    """Runs the configured sources on their schedules until told to stop."""

    def __init__(
        self,
        config_path: str | Path | None,
        store: Store,
        on_result: Callable[[SourceResult], None] | None = None,
    ):
        self.config_path = config_path
        self.store = store
        self.on_result = on_result
        self.config = load_config(config_path)
        self.running: dict[str, asyncio.Task[Any]] = {}
        self._stop = asyncio.Event()
        self._reload = asyncio.Event()
        self.fetcher: Fetcher | None = None
        # One watch pass at a time: two sources finishing together must not both send.
        self._watching = asyncio.Lock()

    async def _run_source(self, source_id: str) -> None:
        if source_id in self.running:  # belt and braces: max_instances=1 already
            log.warning("source=%s still running: this slot is skipped", source_id)
            return
        task = asyncio.current_task()
        assert task is not None
        self.running[source_id] = task
        try:
            results = await scrape_async(self.config, self.store, [source_id], fetcher=self.fetcher)
            for res in results:
                log.info(
                    "source=%s status=%s listings=%d new=%d updated=%d errors=%d seconds=%.1f%s",
                    res.source,
                    res.status,
                    res.listings,
                    res.new,
                    res.updated,
                    res.errors,
                    res.seconds,
                    f" error={res.first_error!r}" if res.first_error else "",
                    extra={
                        "fields": {
                            "source": res.source,
                            "status": res.status,
                            "listings": res.listings,
                            "new": res.new,
                        }
                    },
                )
                if self.on_result is not None:
                    self.on_result(res)
            await self._send_watches()
        except asyncio.CancelledError:
            # Not re-raised: APScheduler would log the cancellation as an ERROR with a
            # traceback per running source. The run is recorded as interrupted already.
            log.info("source=%s interrupted by shutdown", source_id)
        except Exception as exc:  # one source's failure never stops the daemon
            log.error("source=%s failed: %s", source_id, exc)
        finally:
            self.running.pop(source_id, None)

    async def _send_watches(self) -> None:
        """Each watch's new matches after a source's run (scraper/watch.py), in a thread:
        a slow receiver must not hold up the sources being fetched meanwhile."""
        from scraper.watch import run_watches

        async with self._watching:
            started = self.store.ledger.latest_run_start()
            try:
                outcomes = await asyncio.to_thread(
                    run_watches, self.store, self.config, run_started=started
                )
            except JobsError as exc:
                log.error("watches not run: %s", redact_text(str(exc)))
                return
        for outcome in outcomes:
            # One line per digest sent or failed; "nothing new" and a backoff still
            # running would repeat after every source's run.
            if outcome.failed:
                log.warning("%s", outcome.line())
            elif outcome.status == "sent":
                log.info("%s", outcome.line())
            else:
                log.debug("%s", outcome.line())

    def _schedule(self, scheduler: AsyncIOScheduler) -> None:
        check_schedules(self.config)
        scheduler.remove_all_jobs()
        now = datetime.now(UTC)
        for src in self.config.sources:
            if not src.enabled:
                continue
            trigger = trigger_for(src)
            # Interval sources run once at start; cron sources wait for their time.
            first = now if isinstance(trigger, IntervalTrigger) else None
            scheduler.add_job(
                self._run_source,
                trigger,
                args=[src.id],
                id=src.id,
                name=src.id,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=MISFIRE_GRACE,
                next_run_time=first if first is not None else trigger.get_next_fire_time(None, now),
            )
        log.info("scheduled %d sources from %s", len(scheduler.get_jobs()), self.config.origin)

    def request_stop(self) -> None:
        """Ask the daemon to stop (SIGTERM, SIGINT)."""
        self._stop.set()

    def request_reload(self) -> None:
        """Ask the daemon to re-read its config (SIGHUP)."""
        self._reload.set()

    async def serve(self) -> None:
        """Run until stopped: schedule, reload on request, shut down cleanly."""
        loop = asyncio.get_running_loop()
        for sig, handler in (
            (signal.SIGTERM, self.request_stop),
            (signal.SIGINT, self.request_stop),
            (signal.SIGHUP, self.request_reload),
        ):
            loop.add_signal_handler(sig, handler)
        scheduler = AsyncIOScheduler(event_loop=loop, timezone=UTC)
        async with Fetcher(fetch_settings(self.config)) as fetcher:
            self.fetcher = fetcher
            self._schedule(scheduler)
            scheduler.start()
            try:
                while not self._stop.is_set():
                    stop = asyncio.ensure_future(self._stop.wait())
                    reload = asyncio.ensure_future(self._reload.wait())
                    await asyncio.wait({stop, reload}, return_when=asyncio.FIRST_COMPLETED)
                    for waiter in (stop, reload):
                        waiter.cancel()
                    if self._reload.is_set() and not self._stop.is_set():
                        self._reload.clear()
                        self._do_reload(scheduler)
            finally:
                scheduler.shutdown(wait=False)
                await self._finish_running()
                self.fetcher = None
        log.info("stopped")

    def _do_reload(self, scheduler: AsyncIOScheduler) -> None:
        try:
            self.config = load_config(self.config_path)
            self._schedule(scheduler)
        except ConfigError as exc:
            log.error("config not reloaded (keeping the old one): %s", exc)

    async def _finish_running(self) -> None:
        """Cancel running sources; each writes its pending batch and records the run."""
        tasks = list(self.running.values())
        if not tasks:
            return
        log.info("stopping %d running sources", len(tasks))
        for task in tasks:
            task.cancel()
        await asyncio.wait(tasks, timeout=SHUTDOWN_GRACE)


def run_daemon(
    config_path: str | Path | None,
    store: Store,
    on_result: Callable[[SourceResult], None] | None = None,
) -> None:
    """Run the scheduler daemon in the foreground until SIGTERM or SIGINT."""

    async def main() -> None:
        daemon = Daemon(config_path, store, on_result)
        await daemon.serve()

    asyncio.run(main())
