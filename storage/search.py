"""The read side's filters: one definition shared by search, export and stats.

Full-text search is FTS5 on SQLite (an external-content index over title, company and
description, kept in step with the job table batch by batch) and a word-by-word ILIKE
elsewhere until a native index is wired in. Any user text is safe: it is parsed into
quoted terms, so FTS5 syntax (`AND`, `-`, `"`, `:`, `*`) can never reach the engine raw.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    false,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    text,
)
from sqlalchemy.engine import Connection

from storage.tables import JOB, LISTING, WATCH_SENT

FTS = "job_fts"
# '+' and '#' are part of words so that "c++" and "c#" are searchable and "c++" does not
# match "C developer"; diacritics fold so "munchen" finds "München".
TOKENIZE = "unicode61 remove_diacritics 2 tokenchars '+#'"
# The same word rule in Python, for the fallback path and for tests.
_WORD = re.compile(r"(?:[^\W_]|[+#])+")
_TERMS = re.compile(r'"([^"]*)"|(\S+)')

SORTS = ("newest", "salary", "relevance")


@dataclass(frozen=True, slots=True)
class Filters:
    """Search/export/stats filters shared by every read command."""

    text: str | None = None
    company: str | None = None
    # Company keys that include every company whose name contains `company` (`jobs`
    # resolves them when they are few): an indexed narrowing before the substring test,
    # instead of testing every job's company name.
    company_keys: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    level: str | None = None
    since: datetime | None = None  # first seen at or after
    include_closed: bool = False
    workplaces: tuple[str, ...] = ()  # remote / hybrid / onsite
    countries: tuple[str, ...] = ()  # ISO alpha-2, upper-case
    location: str | None = None
    employment_types: tuple[str, ...] = ()
    min_salary_usd: float | None = None  # annualised, converted from the user's currency
    posted_since: datetime | None = None  # posted (the source's date) at or after
    # Exclusions (scraper/exclude.py): jobs hidden unless `show_excluded` asks for them alone.
    exclude_companies: tuple[str, ...] = ()  # names, matched exactly (case aside)
    exclude_company_keys: tuple[str, ...] = ()  # their company keys (other spellings)
    exclude_title_words: tuple[str, ...] = ()  # whole words of the title
    exclude_sources: tuple[str, ...] = ()  # jobs only these sources carry
    exclude_agency_names: tuple[str, ...] = ()  # whole words of the company name
    exclude_agency_text: tuple[str, ...] = ()  # phrases of the description
    show_excluded: bool = False
    # A watch destination's id (storage/watches.py): only jobs its ledger does not have.
    unsent_to: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def fold(value: str) -> str:
    """Lower-case without diacritics, as the FTS tokenizer sees text."""
    decomposed = unicodedata.normalize("NFKD", value.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(value: str) -> list[str]:
    """The tokens of `value` under the index's word rule."""
    return _WORD.findall(fold(value))


@dataclass(frozen=True, slots=True)
class TextQuery:
    """Parsed search text: groups of alternatives that must all match, and exclusions."""

    groups: tuple[tuple[tuple[str, ...], ...], ...]  # AND of (OR of phrases)
    excluded: tuple[tuple[str, ...], ...]

    @property
    def empty(self) -> bool:
        """Whether nothing usable was typed (only punctuation or operators)."""
        return not self.groups and not self.excluded


def parse_text(raw: str) -> TextQuery:
    """Words, "quoted phrases", OR between terms, and -word / NOT word exclusions."""
    groups: list[list[tuple[str, ...]]] = []
    excluded: list[tuple[str, ...]] = []
    join_next = negate_next = False
    for match in _TERMS.finditer(raw.replace("\u201c", '"').replace("\u201d", '"')):
        quoted, bare = match.group(1), match.group(2)
        term = quoted if quoted is not None else bare
        if quoted is None:
            if bare == "OR":
                join_next = bool(groups)
                continue
            if bare == "AND":
                continue
            if bare == "NOT":
                negate_next = True
                continue
        negative = negate_next
        negate_next = False
        if quoted is None and term.startswith("-") and len(term) > 1:
            negative, term = True, term[1:]
        tokens = tuple(words(term))
        if not tokens:
            join_next = False
            continue
        if negative:
            excluded.append(tokens)
        elif join_next and groups:
            groups[-1].append(tokens)
        else:
            groups.append([tokens])
        join_next = False
    return TextQuery(tuple(tuple(g) for g in groups), tuple(excluded))


def _phrase(tokens: tuple[str, ...]) -> str:
    # Tokens hold only word characters, '+' and '#', so quoting cannot be broken out of.
    return '"' + " ".join(tokens) + '"'


# The columns whose words make a match rank first (Reader.search's relevance).
HEAD_COLUMNS = "{title company}"


def fts5_expression(query: TextQuery, tier: str | None = None) -> str | None:
    """An FTS5 MATCH expression for the positive part, with exclusions as NOT.

    `tier` "head" matches in the title or company only; "tail" matches the rest (the
    description alone); None matches anywhere.
    """
    if not query.groups:
        return None
    parts = ["(" + " OR ".join(_phrase(p) for p in group) + ")" for group in query.groups]
    expression = " AND ".join(parts)
    if tier == "head":
        expression = f"{HEAD_COLUMNS} : ({expression})"
    elif tier == "tail":
        expression = f"({expression}) NOT ({HEAD_COLUMNS} : ({expression}))"
    if query.excluded:
        # One flat NOT (x OR y ...): nesting one NOT per word overflowed FTS5's parser
        # stack at about 90 exclusions.
        excluded = " OR ".join(_phrase(tokens) for tokens in query.excluded)
        expression = f"({expression}) NOT ({excluded})"
    return expression


def matches(query: TextQuery, *fields: str | None) -> bool:
    """Brute-force reference of the FTS semantics: phrases within one field, all groups."""
    token_lists = [words(f) for f in fields if f]

    def has(tokens: tuple[str, ...]) -> bool:
        n = len(tokens)
        return any(
            tuple(toks[i : i + n]) == tokens for toks in token_lists for i in range(len(toks))
        )

    return all(any(has(p) for p in group) for group in query.groups) and not any(
        has(t) for t in query.excluded
    )


# -- the FTS5 index (SQLite) ---------------------------------------------------------


# Constant table names only; the ids are bound parameters (see _fts_apply).
_FTS_DELETE = (
    f"INSERT INTO {FTS}({FTS}, rowid, title, company, description) "  # noqa: S608
    "SELECT 'delete', id, title, company, description FROM job WHERE id IN ({marks})"
)
_FTS_INSERT = (
    f"INSERT INTO {FTS}(rowid, title, company, description) "  # noqa: S608
    "SELECT id, title, company, description FROM job WHERE id IN ({marks})"
)


def _fts_apply(conn: Connection, template: str, job_ids: Sequence[int]) -> None:
    if conn.dialect.name != "sqlite" or not job_ids:
        return  # PostgreSQL's tsvector is a generated column: nothing to maintain
    for start in range(0, len(job_ids), 500):
        chunk = tuple(job_ids[start : start + 500])
        # Only '?' marks are formatted in; the ids themselves are bound.
        conn.exec_driver_sql(template.format(marks=",".join("?" * len(chunk))), chunk)


def fts_remove(conn: Connection, job_ids: Sequence[int]) -> None:
    """Take jobs out of the index using their current values (call before changing them)."""
    _fts_apply(conn, _FTS_DELETE, job_ids)


def fts_add(conn: Connection, job_ids: Sequence[int]) -> None:
    """Index jobs with their current values (after inserting or changing them)."""
    _fts_apply(conn, _FTS_INSERT, job_ids)


# -- conditions ---------------------------------------------------------------------------


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _ilike_any(value: str, *columns: Any) -> ColumnElement[bool]:
    pattern = _like(value)
    return or_(*(c.ilike(pattern, escape="\\") for c in columns))


def text_condition(
    dialect: str, raw: str, probe: bool = False, tier: str | None = None
) -> ColumnElement[bool] | None:
    """The full-text condition for `raw`, or None when it holds nothing to search for.

    On SQLite the match is either materialised once (`job.id IN (matching rowids)`: cheap
    when few jobs match) or, with `probe`, checked row by row while an index is walked in
    result order (cheap when many match: the first page is found early). See
    `fts_plan_probes`.
    """
    query = parse_text(raw)
    if query.empty:
        return false()  # only punctuation or operators: nothing can match
    if dialect == "sqlite":
        conds: list[ColumnElement[bool]] = []
        expression = fts5_expression(query, tier)
        if expression is not None:
            if probe:
                conds.append(_fts_probe(expression))
            else:
                conds.append(JOB.c.id.in_(_fts_rowids(expression)))
        if expression is None:  # only exclusions
            for tokens in query.excluded:
                conds.append(JOB.c.id.not_in(_fts_rowids(_phrase(tokens))))
        return and_(*conds)
    if dialect == "postgresql":
        return _tsvector_condition(query)
    # Elsewhere: each phrase as a substring of title, company or description.
    cols = (JOB.c.title, JOB.c.company, JOB.c.description)
    groups = [or_(*(_ilike_any(" ".join(p), *cols) for p in group)) for group in query.groups]
    excluded = [~_ilike_any(" ".join(t), *cols) for t in query.excluded]
    return and_(*groups, *excluded)


def _tsvector_condition(query: TextQuery) -> ColumnElement[bool]:
    """PostgreSQL: each phrase against the generated tsvector (GIN-indexed)."""
    vector: ColumnElement[Any] = literal_column("job.search")
    cols = (JOB.c.title, JOB.c.company, JOB.c.description)

    def phrase(tokens: tuple[str, ...]) -> ColumnElement[bool]:
        cond: ColumnElement[bool] = vector.op("@@")(
            func.phraseto_tsquery("simple", " ".join(tokens))
        )
        if any("+" in t or "#" in t for t in tokens):
            # PostgreSQL's parser drops '+' and '#': "c++" must still not match "C".
            cond = and_(cond, _ilike_any(" ".join(tokens), *cols))
        return cond

    groups = [or_(*(phrase(p) for p in group)) for group in query.groups]
    excluded = [~phrase(t) for t in query.excluded]
    return and_(*groups, *excluded)


def _fts_probe(expression: str) -> ColumnElement[bool]:
    fts = text(FTS)
    return (
        select(literal_column("1"))
        .select_from(fts)
        .where(
            literal_column(FTS).op("MATCH")(expression),
            literal_column(f"{FTS}.rowid") == JOB.c.id,
        )
        .exists()
    )


# Probing row by row costs about (page / share of jobs matching) FTS lookups; the IN plan
# costs about one index lookup per matching job. They break even near sqrt(K * jobs)
# matches (measured on 1M jobs: bench/search/README.md).
PROBE_K = 3600


def fts_plan_probes(conn: Connection, raw: str, tier: str | None = None) -> bool:
    """Whether to probe (many matches) rather than materialise (few) for this text."""
    expression = fts5_expression(parse_text(raw), tier)
    if conn.dialect.name != "sqlite" or expression is None:
        return False
    jobs = conn.execute(select(func.max(JOB.c.id))).scalar() or 0
    # Counting stops just past the break-even point: all that matters is which side of it
    # the matches fall, and counting 600,000 matches of a common word cost ~100 ms.
    threshold = math.isqrt(PROBE_K * jobs)
    matches = _fts_rowids(expression).limit(threshold + 1).subquery()
    matched = conn.execute(select(func.count()).select_from(matches)).scalar_one()
    return bool(matched > threshold)


def _fts_rowids(expression: str) -> Any:
    return (
        select(literal_column("rowid"))
        .select_from(text(FTS))
        .where(literal_column(FTS).op("MATCH")(expression))
    )


def conditions(
    filters: Filters,
    dialect: str,
    *,
    salary: bool = True,
    probe: bool = False,
    tier: str | None = None,
) -> list[ColumnElement[bool]]:
    """SQL conditions for every filter; `salary=False` leaves out the min-salary filter.

    `tier` narrows the text match (SQLite): see `fts5_expression`.
    """
    conds: list[ColumnElement[bool]] = []
    if filters.text and filters.text.strip():  # blank text is no filter at all
        cond = text_condition(dialect, filters.text, probe, tier)
        if cond is not None:
            conds.append(cond)
    if filters.company_keys:  # indexed narrowing first; the name test below decides
        conds.append(JOB.c.company_key.in_(filters.company_keys))
    if filters.company:
        conds.append(JOB.c.company.ilike(_like(filters.company), escape="\\"))
    if filters.sources:
        # Any of the job's listings may come from the source.
        conds.append(
            select(LISTING.c.id)
            .where(LISTING.c.job_id == JOB.c.id, LISTING.c.source.in_(filters.sources))
            .exists()
        )
    if filters.roles:
        conds.append(JOB.c.role.in_(filters.roles))
    if filters.level:
        conds.append(JOB.c.level == filters.level)
    if filters.workplaces:
        conds.append(JOB.c.remote.in_(filters.workplaces))
    if filters.countries:
        conds.append(JOB.c.country.in_(filters.countries))
    if filters.location:
        conds.append(
            _ilike_any(filters.location, JOB.c.location, JOB.c.city, JOB.c.region, JOB.c.country)
        )
    if filters.employment_types:
        conds.append(JOB.c.employment_type.in_(filters.employment_types))
    if filters.since is not None:
        conds.append(JOB.c.first_seen >= filters.since)
    if filters.posted_since is not None:
        conds.append(JOB.c.posted_at >= filters.posted_since)
    if not filters.include_closed:
        conds.append(JOB.c.closed_at.is_(None))
    if salary and filters.min_salary_usd is not None:
        conds.append(annual_usd() >= filters.min_salary_usd)
    if filters.unsent_to is not None:
        # An index lookup per job (uq_watch_sent), so a run reads only the new matches
        # however many the watch has sent before.
        conds.append(
            ~select(WATCH_SENT.c.id)
            .where(WATCH_SENT.c.target_id == filters.unsent_to, WATCH_SENT.c.job_id == JOB.c.id)
            .exists()
        )
    excluded = exclusion_condition(filters)
    if excluded is not None:
        conds.append(excluded if filters.show_excluded else not_(excluded))
    elif filters.show_excluded:
        conds.append(false())  # nothing is excluded, so nothing was hidden
    return conds


# Punctuation that separates words in a title or name ("Sr. Engineer (Contract)/Remote").
_SEPARATORS = ",()/-.:;|&[]!?"


def _padded_words(column: Any) -> ColumnElement[str]:
    """' ' + the column with punctuation as spaces + ' ': '% word %' then finds whole words."""
    value: ColumnElement[str] = func.coalesce(column, "")
    for char in _SEPARATORS:
        value = func.replace(value, char, " ")
    return literal(" ") + value + literal(" ")


def _whole_word(column: Any, phrase: str) -> ColumnElement[bool]:
    cleaned = " ".join(words(phrase)) or phrase.strip().lower()
    return _padded_words(column).ilike(_like(f" {cleaned} "), escape="\\")


def exclusion_condition(filters: Filters) -> ColumnElement[bool] | None:
    """True for a job some exclusion hides (never NULL: NOT of it must keep the others)."""
    parts: list[ColumnElement[bool]] = []
    if filters.exclude_companies:
        names = [n.lower() for n in filters.exclude_companies]
        parts.append(func.lower(func.coalesce(JOB.c.company, "")).in_(names))
    if filters.exclude_company_keys:
        parts.append(func.coalesce(JOB.c.company_key, "").in_(filters.exclude_company_keys))
    parts += [_whole_word(JOB.c.title, w) for w in filters.exclude_title_words]
    parts += [_whole_word(JOB.c.company, w) for w in filters.exclude_agency_names]
    parts += [
        func.coalesce(JOB.c.description, "").ilike(_like(p), escape="\\")
        for p in filters.exclude_agency_text
    ]
    if filters.exclude_sources:
        # Hidden when every listing comes from an excluded source: a job another source
        # also carries is still shown.
        parts.append(
            ~select(LISTING.c.id)
            .where(LISTING.c.job_id == JOB.c.id, LISTING.c.source.not_in(filters.exclude_sources))
            .exists()
        )
    return or_(*parts) if parts else None


def annual_usd() -> ColumnElement[Any]:
    """A job's annualised pay in USD for comparisons: the top of its band, else the bottom."""
    return func.coalesce(JOB.c.salary_usd_annual_max, JOB.c.salary_usd_annual_min)


def order_by(sort: str, dialect: str, has_text: bool) -> list[Any]:
    """ORDER BY clauses for a sort name (relevance is Reader.search's tiers, newest within)."""
    if sort == "salary":
        return [annual_usd().desc().nulls_last(), JOB.c.id.desc()]
    return [JOB.c.posted_at.desc().nulls_last(), JOB.c.id.desc()]
