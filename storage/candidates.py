"""Dedupe candidates as stored: the read side a matcher (`scraper.matching`) works on.

Storage keeps rows, not policy. It stores each job's identity (`scraper.models.JobKey`)
in columns and hands candidates back as those same values; which of them is the same job
is decided above storage, by the `Matching` the store was given.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import BindParameter, and_, bindparam, or_, select

from scraper.models import JobKey, Posting
from storage.tables import JOB

__all__ = ["KEY_COLUMNS", "CandidateRows", "Matching", "key_columns", "stored_key"]

# Bound parameters per IN (...) chunk: well under SQLite's limit on every version.
_CHUNK = 500

# The job columns that store a `JobKey`, in the order of its fields.
KEY_COLUMNS = ("company_key", "title_key", "key_level", "key_country", "key_city", "key_workplace")
_KEY_COLUMNS = (JOB.c.id, *(JOB.c[name] for name in KEY_COLUMNS))
# A dedupe candidate: open, or closed and last seen within the repost window, and keyed
# (a job from before the identity columns has key_level NULL until `Store.rekey`).
_WINDOW: BindParameter[Any] = bindparam("window")
_IS_CANDIDATE = and_(
    or_(JOB.c.closed_at.is_(None), JOB.c.closed_at >= _WINDOW),
    JOB.c.last_seen >= _WINDOW,
    JOB.c.key_level.is_not(None),
)
_IDS: BindParameter[Any] = bindparam("ids", expanding=True)
# Built once: they run per batch (see storage.store on why statements are prebuilt).
_TOP_JOB = select(JOB.c.id).order_by(JOB.c.id.desc()).limit(1)
_ABOVE = (
    select(*_KEY_COLUMNS)
    .where(JOB.c.id > bindparam("after"), JOB.c.id <= bindparam("top"), _IS_CANDIDATE)
    .order_by(JOB.c.id)
)
_OF_COMPANIES = (
    select(*_KEY_COLUMNS)
    .where(
        JOB.c.company_key.in_(bindparam("companies", expanding=True)),
        JOB.c.id <= bindparam("top"),
        _IS_CANDIDATE,
    )
    .order_by(JOB.c.company_key, JOB.c.id)
)
_BY_ID = select(*_KEY_COLUMNS, _IS_CANDIDATE.label("ok")).where(JOB.c.id.in_(_IDS))


def key_columns(key: JobKey) -> dict[str, str | None]:
    """The job columns that store `key` (the exact key column comes from the matcher)."""
    parts = (key.company, key.title, key.level, key.country, key.city, key.remote)
    return dict(zip(KEY_COLUMNS, parts, strict=True))


def stored_key(values: Sequence[Any]) -> JobKey:
    """The `JobKey` held in the values of `KEY_COLUMNS`, in that order."""
    company, title, level, country, city, remote = values
    return JobKey(company or "", title or "", level, country, city, remote)


def _key(row: Sequence[Any]) -> JobKey:
    return stored_key(row[1:7])


class CandidateRows:
    """Candidate jobs' keys, read inside the writer's transaction as they are stored."""

    __slots__ = ("_conn", "_window")

    def __init__(self, conn: Any, seen_at: datetime, window: datetime) -> None:
        """Candidates of the run at `seen_at`: jobs open or closed since `window`."""
        self._conn = conn
        self._window = window

    def top(self) -> int:
        """The highest job id now in the table (0 when empty)."""
        return int(self._conn.execute(_TOP_JOB).scalar() or 0)

    def above(self, after: int, top: int) -> Iterator[tuple[int, JobKey]]:
        """Candidates with ids in (after, top], in id order."""
        params = {"after": after, "top": top, "window": self._window}
        for row in self._conn.execute(_ABOVE, params):
            yield row[0], _key(row)

    def of_companies(self, companies: Sequence[str], top: int) -> Iterator[tuple[int, JobKey]]:
        """Candidates of these company keys with ids up to `top`, by company then id."""
        for start in range(0, len(companies), _CHUNK):
            chunk = list(companies[start : start + _CHUNK])
            params = {"companies": chunk, "top": top, "window": self._window}
            for row in self._conn.execute(_OF_COMPANIES, params):
                yield row[0], _key(row)

    def by_ids(self, ids: Iterable[int]) -> Iterator[tuple[int, JobKey, bool]]:
        """These jobs' current keys, and whether each is still a candidate."""
        wanted = list(dict.fromkeys(ids))
        for start in range(0, len(wanted), _CHUNK):
            params = {"ids": wanted[start : start + _CHUNK], "window": self._window}
            for row in self._conn.execute(_BY_ID, params):
                yield row[0], _key(row), bool(row[7])


class Matching(Protocol):
    """What the store asks about identity; `scraper.matching.JobMatching` answers.

    The store calls these inside its write transaction (with the per-company lock held),
    so concurrent writers never both start a job for one opening.
    """

    def identified(self, posting: Posting) -> Posting:
        """`posting` with its `key` and `canonical_url` (as given when already set)."""
        ...

    def exact(self, key: JobKey) -> str:
        """The indexed exact-lookup string of `key` (stored in `job.dedupe_key`)."""
        ...

    def match(
        self, rows: CandidateRows, seen_at: datetime, pending: list[tuple[int, JobKey]]
    ) -> dict[int, int | None]:
        """For each (index, key) of a new listing, the id of the job it is a copy of."""
        ...

    def inserted(self, ids: Sequence[int], keys: Sequence[JobKey]) -> None:
        """Jobs the store just inserted with these keys (candidates from now on)."""
        ...

    def changed(self, job_ids: Iterable[int | None]) -> None:
        """Jobs whose stored key may have changed: read them again before trusting them."""
        ...

    def rolled_back(self) -> None:
        """The store's transaction failed: forget what it told since the last commit."""
        ...
