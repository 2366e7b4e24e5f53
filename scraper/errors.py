"""Exceptions of `jobs`, grouped by what the caller should do.

::

    JobsError                 anything this project raises on purpose
    ├── ConfigError           the configuration is wrong: fix it and run again
    ├── FetchError            a request did not produce a usable page
    │   ├── RetriableError    transient (timeout, 5xx, 429): retry later
    │   │   └── RateLimitedError  told to come back later than this run waits: defer
    │   ├── BlockedError      refused for good (robots.txt, 4xx, bad scheme, too big)
    │   └── RobotsUnavailableError  robots.txt unreadable: a failure, not a Disallow
    ├── ParseError            a page lacks a mandatory field: the adapter or site changed
    ├── StorageError          the database cannot be opened or written
    └── InterruptedRunError   SIGTERM or SIGINT stopped a run (recorded as interrupted)

Exit codes and user-facing wording are decided only in `scraper.cli`.
"""

from __future__ import annotations


class JobsError(Exception):
    """Root of every error this project raises on purpose."""


class ConfigError(JobsError):
    """The configuration (file, option or environment) is invalid."""


class FetchError(JobsError):
    """A request did not produce a usable page."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None):
        super().__init__(message)
        self.url = url
        self.status = status


class RetriableError(FetchError):
    """A transient failure: the same request may succeed later."""

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        status: int | None = None,
        retry_after: float | None = None,
    ):
        super().__init__(message, url=url, status=status)
        self.retry_after = retry_after


class RateLimitedError(RetriableError):
    """The server asked us to come back later than we are willing to wait in this run."""


class BlockedError(FetchError):
    """A permanent refusal: retrying the same request will not help."""


class RobotsUnavailableError(FetchError):
    """robots.txt could not be read (5xx, unreachable, too big): not a Disallow, a failure."""


class ParseError(JobsError):
    """A page or listing lacks a mandatory field or has an unexpected shape."""

    def __init__(self, adapter: str, url: str, field: str, detail: str = ""):
        msg = f"{adapter}: {url}: missing or invalid {field}"
        super().__init__(f"{msg} ({detail})" if detail else msg)
        self.adapter = adapter
        self.url = url
        self.field = field


class StorageError(JobsError):
    """The database cannot be opened, migrated or written."""


class InterruptedRunError(JobsError):
    """A signal (SIGTERM, SIGINT) stopped the run; what was stored stays, leases are released."""

    def __init__(self, signal: int):
        super().__init__(f"interrupted by signal {signal}: the run is recorded as interrupted")
        self.signal = signal
