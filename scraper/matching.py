"""Which stored job a new listing is a copy of: the dedupe candidates of one run.

Sits above storage: `storage.store.Store` is given a `JobMatching` and calls it inside its
write transaction; candidates come back from the job table's identity columns
(`storage.candidates.CandidateRows`) exactly as they were stored, never re-parsed.

Cost per posting stays flat whatever a company's size: a company's candidates are read
once per run into a blocked `scraper.dedupe.Matcher`; later batches read only jobs added
since; and when the cache is full the least recently used companies go, not all of them
(clearing everything made every batch of a big employer re-read its thousands of jobs).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from sys import intern

from scraper.dedupe import Matcher, canonical_url, exact_key, identify
from scraper.models import JobKey, Posting
from storage.candidates import CandidateRows

__all__ = ["JobMatching"]

# Cached candidate keys above which least recently used companies are dropped (~0.57 KB
# each with their index entries, measured on bench/ingest's jobs: ~27 MB when full, of a
# 1M-posting run's ~190 MB). A run writes a few companies at once; a dropped company is
# simply read again, from columns, on its next batch.
MAX_CACHED = 50_000


def _shared(key: JobKey) -> JobKey:
    """`key` with its parts interned, as the cache holds it.

    Keys read back from the database come with fresh strings per row: one company name,
    "US", "remote" or "senior" copied into every job's key. Cached, that was most of the
    ~1.1 KB a key cost; shared, a key costs its own objects only.
    """
    company, title, level, country, city, remote = (
        key.company,
        key.title,
        key.level,
        key.country,
        key.city,
        key.remote,
    )
    return JobKey(
        intern(company),
        intern(title),
        intern(level),
        None if country is None else intern(country),
        None if city is None else intern(city),
        None if remote is None else intern(remote),
    )


class JobMatching:
    """The store's `Matching`: identity of postings and a per-run cache of candidates.

    Every job the cache proposes is read again before it is used: if its key changed or it
    stopped being a candidate, its company is read afresh and matched again. So a stale
    cache entry never causes a merge.
    """

    def __init__(self, max_cached: int = MAX_CACHED) -> None:
        """An empty cache; it starts again whenever the run (its `seen_at`) changes."""
        self.max_cached = max_cached
        self._companies: OrderedDict[str, tuple[Matcher, dict[int, JobKey]]] = OrderedDict()
        self._changed: set[int] = set()
        self._reset(None)

    def _reset(self, seen_at: datetime | None) -> None:
        """Forget every candidate: a new run trusts nothing cached by the last one."""
        self._seen_at = seen_at
        self._companies.clear()
        self._cached = self._last_id = 0
        self._changed.clear()

    # -- identity ---------------------------------------------------------------
    def identified(self, posting: Posting) -> Posting:
        """`posting` with its key and canonical URL (prepared postings already have both)."""
        return replace(
            posting,
            key=posting.key or identify(posting),
            canonical_url=posting.canonical_url or canonical_url(posting.url),
        )

    def exact(self, key: JobKey) -> str:
        """The exact-lookup string stored in `job.dedupe_key`."""
        return exact_key(key)

    # -- the cache ----------------------------------------------------------------
    def inserted(self, ids: Sequence[int], keys: Sequence[JobKey]) -> None:
        """Jobs just inserted: cached now when they directly follow the last job read
        (otherwise another writer's jobs came in between, and the next match reads all
        of them above the last id, as always)."""
        if not ids or list(ids) != list(range(self._last_id + 1, self._last_id + 1 + len(ids))):
            return
        for job_id, key in zip(ids, keys, strict=True):
            self._add(job_id, key)
        self._last_id = ids[-1]

    def changed(self, job_ids: Iterable[int | None]) -> None:
        """Jobs joined in this batch: `Store._join` may fill their place, so re-read them."""
        self._changed.update(j for j in job_ids if j is not None)

    def rolled_back(self) -> None:
        """A batch's transaction failed: jobs `inserted` for it never were. Start again."""
        self._reset(self._seen_at)

    def match(
        self, rows: CandidateRows, seen_at: datetime, pending: list[tuple[int, JobKey]]
    ) -> dict[int, int | None]:
        """For each (index, key), the candidate job `Matcher.match` picks, or None."""
        if seen_at != self._seen_at:
            self._reset(seen_at)
        companies = list(dict.fromkeys(key.company for _, key in pending))
        self._refresh(rows, companies)
        matched = {i: self._match(key) for i, key in pending}
        proposed = {j: k.company for (i, k) in pending if (j := matched[i]) is not None}
        stale = self._stale(rows, proposed)
        if stale:
            for company in stale:
                self._drop(company)
            self._refresh(rows, list(stale))
            for i, key in pending:
                if key.company in stale:
                    matched[i] = self._match(key)
        return matched

    def _match(self, key: JobKey) -> int | None:
        entry = self._companies.get(key.company)
        return entry[0].match(key) if entry else None

    def _add(self, job_id: int, key: JobKey) -> None:
        entry = self._companies.get(key.company)
        if entry is not None and job_id not in entry[1]:
            key = _shared(key)
            entry[0].add(job_id, key)
            entry[1][job_id] = key
            self._cached += 1

    def _remove(self, job_id: int, key: JobKey) -> None:
        entry = self._companies.get(key.company)
        if entry is not None and entry[1].pop(job_id, None) is not None:
            entry[0].discard(job_id, key)
            self._cached -= 1

    def _drop(self, company: str) -> None:
        entry = self._companies.pop(company, None)
        if entry is not None:
            self._cached -= len(entry[1])

    def _refresh(self, rows: CandidateRows, companies: list[str]) -> None:
        """Bring the batch's companies up to date: new jobs of known ones, all of new ones."""
        for company in companies:  # most recently used last
            if company in self._companies:
                self._companies.move_to_end(company)
        wanted = set(companies)
        while self._cached > self.max_cached and self._companies:
            oldest = next(iter(self._companies))
            if oldest in wanted:
                break  # only the batch's own companies are left
            self._drop(oldest)
        top = rows.top()
        if top > self._last_id and self._companies:
            for job_id, key in rows.above(self._last_id, top):
                self._add(job_id, key)
        self._last_id = top
        if self._changed:
            ids, self._changed = list(self._changed), set()
            for job_id, key, ok in rows.by_ids(ids):
                entry = self._companies.get(key.company)
                old = entry[1].get(job_id) if entry else None
                if entry is None or (old == key and ok):
                    continue
                if old is not None:
                    self._remove(job_id, old)
                if ok:
                    self._add(job_id, key)
        unknown = [c for c in companies if c not in self._companies]
        if unknown:
            for company in unknown:
                self._companies[company] = (Matcher(), {})
            for job_id, key in rows.of_companies(unknown, top):
                self._add(job_id, key)

    def _stale(self, rows: CandidateRows, proposed: dict[int, str]) -> set[str]:
        """Companies whose proposed jobs changed key or stopped being candidates."""
        stale: set[str] = set()
        for job_id, key, ok in rows.by_ids(proposed):
            company = proposed[job_id]
            entry = self._companies.get(company)
            cached = entry[1].get(job_id) if entry else None
            if not ok or cached is None or key != cached:
                stale.add(company)
        return stale
