"""Every filter against a brute-force filter over the same generated data; safe search text."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.matching import JobMatching
from scraper.models import Posting
from storage.search import Filters, fts5_expression, matches, parse_text
from storage.store import Store
from tests.generated import WORDS, postings

COUNT = 3000
SEEN = datetime(2026, 11, 20, tzinfo=UTC)


@pytest.fixture(scope="module")
def data(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Store, dict[str, Posting], dict[str, int]]]:
    path = tmp_path_factory.mktemp("search") / "jobs.db"
    store = Store(str(path), matching=JobMatching())
    generated = postings(COUNT)
    by_source: dict[str, list[Posting]] = {}
    for p in generated:
        by_source.setdefault(p.source, []).append(p)
    for batch in by_source.values():
        for start in range(0, len(batch), 500):
            store.upsert(batch[start : start + 500], SEEN)
    records = list(store.search(Filters(include_closed=True)))
    assert len(records) == COUNT
    ids = {r["source_id"]: r["id"] for r in records}
    yield store, {p.source_id: p for p in generated}, ids
    store.close()


def _ids(store: Store, filters: Filters, sort: str = "newest") -> list[int]:
    return [r["id"] for r in store.search(filters, sort=sort)]


def _usd(p: Posting) -> float | None:
    return (
        p.salary_usd_annual_max if p.salary_usd_annual_max is not None else p.salary_usd_annual_min
    )


def _contains(needle: str, *hay: str | None) -> bool:
    return any(h is not None and needle.lower() in h.lower() for h in hay)


CASES: dict[str, tuple[Filters, Callable[[Posting], bool]]] = {
    "company": (Filters(company="acme"), lambda p: _contains("acme", p.company)),
    "company-umlaut": (Filters(company="Zürich"), lambda p: p.company == "Zürich Data"),
    "source": (Filters(sources=("gen-b",)), lambda p: p.source == "gen-b"),
    "roles": (
        Filters(roles=("ml-engineer", "data-scientist")),
        lambda p: p.role in ("ml-engineer", "data-scientist"),
    ),
    "level": (Filters(level="senior"), lambda p: p.level == "senior"),
    "remote": (Filters(workplaces=("remote",)), lambda p: p.remote == "remote"),
    "remote-or-hybrid": (
        Filters(workplaces=("remote", "hybrid")),
        lambda p: p.remote in ("remote", "hybrid"),
    ),
    "country": (Filters(countries=("DE", "FR")), lambda p: p.country in ("DE", "FR")),
    "location": (
        Filters(location="berlin"),
        lambda p: _contains("berlin", p.location, p.city, p.region, p.country),
    ),
    "employment": (
        Filters(employment_types=("contract", "internship")),
        lambda p: p.employment_type in ("contract", "internship"),
    ),
    "min-salary": (
        Filters(min_salary_usd=150_000),
        lambda p: (_usd(p) or 0) >= 150_000 and _usd(p) is not None,
    ),
    "combined": (
        Filters(
            text="python",
            roles=("ml-engineer",),
            workplaces=("remote",),
            min_salary_usd=100_000,
        ),
        lambda p: (
            matches(parse_text("python"), p.title, p.company, p.description)
            and p.role == "ml-engineer"
            and p.remote == "remote"
            and (_usd(p) or 0) >= 100_000
        ),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_filter_equals_brute_force(
    data: tuple[Store, dict[str, Posting], dict[str, int]], name: str
) -> None:
    store, by_id, ids = data
    filters, predicate = CASES[name]
    expected = {ids[sid] for sid, p in by_id.items() if predicate(p)}
    got = _ids(store, filters)
    assert len(got) == len(set(got))
    assert set(got) == expected
    assert expected, f"case {name} should match something"


TEXTS = [
    "python",
    "c++",
    "c#",
    "node.js",
    "R&D",
    '"machine learning"',
    "machine learning",
    "python OR rust",
    "python -sql",
    "engineer NOT senior",
    "-python",
    "cafe",
    "déjà vu",
    "Munchen",
    "AND",
    "OR",
    "c",
]


@pytest.mark.parametrize("text", TEXTS)
def test_text_equals_brute_force(
    data: tuple[Store, dict[str, Posting], dict[str, int]], text: str
) -> None:
    store, by_id, ids = data
    query = parse_text(text)
    expected = {
        ids[sid] for sid, p in by_id.items() if matches(query, p.title, p.company, p.description)
    }
    if query.empty:  # only operators: nothing to search for, nothing matches
        expected = set()
    assert set(_ids(store, Filters(text=text))) == expected


def test_cpp_does_not_match_c_developer(
    data: tuple[Store, dict[str, Posting], dict[str, int]],
) -> None:
    store, by_id, _ids_by_source = data
    from storage.search import words

    found = list(store.search(Filters(text="c++")))
    assert any(r["title"].startswith("C++ Developer") for r in found)
    for r in found:  # every hit says "c++" somewhere; a plain "C" never suffices
        p = by_id[r["source_id"]]
        assert "c++" in words(f"{p.title} {p.company} {p.description}")
    plain_c = [p for p in by_id.values() if p.title.startswith("C Developer")]
    hits = {r["source_id"] for r in found}
    assert any(p.source_id not in hits for p in plain_c)


@pytest.mark.parametrize("sort", ["newest", "salary"])
def test_sort_orders_equal_brute_force(
    data: tuple[Store, dict[str, Posting], dict[str, int]], sort: str
) -> None:
    store, by_id, ids = data
    rows = [(ids[sid], p) for sid, p in by_id.items()]
    if sort == "newest":
        expected = sorted(
            rows,
            key=lambda r: (r[1].posted_at is None, -(r[1].posted_at or SEEN).timestamp(), -r[0]),
        )
    else:
        expected = sorted(rows, key=lambda r: (_usd(r[1]) is None, -(_usd(r[1]) or 0), -r[0]))
    assert _ids(store, Filters(), sort=sort) == [r[0] for r in expected]


def test_relevance_sort_returns_the_same_set(
    data: tuple[Store, dict[str, Posting], dict[str, int]],
) -> None:
    store, _, _ = data
    filters = Filters(text="python OR rust", roles=("ml-engineer",))
    assert set(_ids(store, filters, "relevance")) == set(_ids(store, filters))


def test_limit_and_offset_page_through(
    data: tuple[Store, dict[str, Posting], dict[str, int]],
) -> None:
    store, _, _ = data
    everything = _ids(store, Filters(workplaces=("hybrid",)))
    pages = [
        [r["id"] for r in store.search(Filters(workplaces=("hybrid",)), limit=50, offset=o)]
        for o in range(0, len(everything), 50)
    ]
    assert list(itertools.chain.from_iterable(pages)) == everything


def test_count_without_salary(data: tuple[Store, dict[str, Posting], dict[str, int]]) -> None:
    store, by_id, _ = data
    filters = Filters(roles=("ml-engineer",), min_salary_usd=120_000)
    expected = sum(1 for p in by_id.values() if p.role == "ml-engineer" and _usd(p) is None)
    assert store.count_without_salary(filters) == expected


VOCAB = st.sampled_from([*WORDS, "OR", "AND", "NOT", "-", '"', "python", "machine", "learning"])


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(st.tuples(st.sampled_from(["", "-", '"']), VOCAB), max_size=5))
def test_vocabulary_queries_equal_brute_force(
    data: tuple[Store, dict[str, Posting], dict[str, int]], words: list[tuple[str, str]]
) -> None:
    store, by_id, ids = data
    text = " ".join(prefix + word for prefix, word in words)
    query = parse_text(text)
    expected = (
        {ids[sid] for sid, p in by_id.items() if matches(query, p.title, p.company, p.description)}
        if not query.empty
        else set()
    )
    if not text.strip():  # no text at all is no filter
        expected = set(ids.values())
    assert set(_ids(store, Filters(text=text))) == expected


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=40))
def test_any_text_never_raises(
    data: tuple[Store, dict[str, Posting], dict[str, int]], text: str
) -> None:
    store, _, _ = data
    list(store.search(Filters(text=text), limit=5))
    list(store.search(Filters(text=text), limit=5, sort="relevance"))
    expression = fts5_expression(parse_text(text))
    assert expression is None or "'" not in expression.replace("''", "")


def test_operators_and_quotes_alone_match_nothing(
    data: tuple[Store, dict[str, Posting], dict[str, int]],
) -> None:
    store, _, _ = data
    for text in ['"', "AND", "OR", "NOT", "-", "* : ^", "()"]:
        assert _ids(store, Filters(text=text)) == [], text


def test_min_salary_in_another_currency_cli(tmp_path: Path) -> None:
    from tests.helpers import jobs

    db = str(tmp_path / "j.db")
    store = Store(db, matching=JobMatching())
    try:
        store.upsert([replace(p, source="gen-a") for p in postings(200, seed=3)], SEEN)
    finally:
        store.close()
    usd = jobs(
        "search", "--min-salary", "150k", "--db", db, "-f", "jsonl", "-n", "1000", cwd=tmp_path
    )
    eur = jobs(
        "search",
        "--min-salary",
        "150k",
        "--currency",
        "EUR",
        "--db",
        db,
        "-f",
        "jsonl",
        "-n",
        "1000",
        cwd=tmp_path,
    )
    assert usd.returncode == 0 and eur.returncode == 0
    assert "without a salary were left out" in usd.stderr
    # 150k EUR is more than 150k USD, so fewer jobs qualify.
    assert 0 < len(eur.stdout.splitlines()) < len(usd.stdout.splitlines())
    bad = jobs("search", "--min-salary", "lots", "--db", db, cwd=tmp_path)
    assert bad.returncode == 1 and "invalid amount" in bad.stderr
    stats = jobs("stats", "--by", "role,level", "--db", db, "-f", "json", cwd=tmp_path)
    assert stats.returncode == 0
    import json

    table = json.loads(stats.stdout)
    assert sum(r["jobs"] for r in table) == 200
    assert all(r["p10"] is None or r["p10"] <= r["median"] <= r["p90"] for r in table)
    trend = jobs("stats", "--trend", "week", "--db", db, cwd=tmp_path)
    assert trend.returncode == 0
    wrong = jobs("stats", "--by", "rol", "--db", db, cwd=tmp_path)
    assert wrong.returncode == 1 and "did you mean 'role'" in wrong.stderr


def test_table_links_keep_alignment() -> None:
    import io

    from scraper.output import write_table

    records = [
        {"id": 1, "title": "ML Engineer", "company": "Acme", "url": "https://x.example/1"},
        {"id": 22, "title": "Data Scientist, Growth", "company": "Globex", "url": "javascript:x"},
    ]
    plain, linked = io.StringIO(), io.StringIO()
    write_table(records, plain, width=100)
    write_table(records, linked, width=100, links=True)
    strip = re.compile(r"\x1b\]8;;[^\x1b]*\x1b\\")
    assert strip.sub("", linked.getvalue()) == plain.getvalue()
    assert "\x1b]8;;https://x.example/1\x1b\\ML Engineer\x1b]8;;\x1b\\" in linked.getvalue()
    assert "javascript:" not in linked.getvalue()  # only http(s) links are made clickable


def test_company_filter_uses_the_company_keys_and_keeps_its_meaning(tmp_path: Path) -> None:
    """--company finds exactly the jobs the name substring finds, narrowed first through
    the indexed company keys; many matches or unkeyed jobs use the substring alone."""
    from scraper.cli_filters import FilterArgs, company_keys
    from scraper.matching import JobMatching
    from scraper.models import Posting

    store = Store(str(tmp_path / "c.db"), matching=JobMatching())
    names = ["Acme Robotics, Inc.", "ACME Labs GmbH", "Société Générale", "Globex", "Initech"]
    try:
        store.upsert(
            [
                Posting(
                    source="gh",
                    source_id=str(i),
                    url=f"https://x.example/{i}",
                    title=f"Engineer {i}",
                    company=name,
                )
                for i, name in enumerate(names)
            ],
            SEEN,
        )

        def found(name: str) -> list[str]:
            filters = FilterArgs(company=name).build(store)
            got = sorted(r["company"] for r in store.search(filters, limit=50))
            plain = Filters(company=name)  # the substring alone
            assert got == sorted(r["company"] for r in store.search(plain, limit=50))
            return got

        assert sorted(company_keys(store, "acme")) == ["acmelabs", "acmerobotics"]
        assert found("acme") == ["ACME Labs GmbH", "Acme Robotics, Inc."]
        assert found("acme robotics") == ["Acme Robotics, Inc."]
        assert found("Générale") == ["Société Générale"]
        assert found("nosuch") == []
        # Too many companies match: no narrowing to gain, the substring filter stays.
        import scraper.cli_filters

        limit = scraper.cli_filters.MAX_COMPANY_KEYS
        scraper.cli_filters.MAX_COMPANY_KEYS = 1
        try:
            assert company_keys(store, "acme") == ()
            assert found("acme") == ["ACME Labs GmbH", "Acme Robotics, Inc."]
        finally:
            scraper.cli_filters.MAX_COMPANY_KEYS = limit
        # A database with unkeyed jobs (before `jobs db rekey`) keeps the substring filter.
        with store.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE job SET key_level = NULL WHERE id = 1")
        assert company_keys(store, "acme") == ()
        assert found("acme") == ["ACME Labs GmbH", "Acme Robotics, Inc."]
    finally:
        store.close()


def _plans(store: Store, call: Callable[[], object]) -> list[str]:
    """The SQLite query plan of every job query `call` runs."""
    from sqlalchemy import event

    seen: list[tuple[str, object]] = []

    def record(conn: object, cursor: object, sql: str, params: object, *_: object) -> None:
        if sql.lstrip().upper().startswith("SELECT") and " job" in sql:
            seen.append((sql, params))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    with store.engine.connect() as conn:
        return [
            " / ".join(r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))
            for sql, params in seen
        ]


def test_salary_sort_reads_its_index_not_a_sort_of_every_job(
    data: tuple[Store, dict[str, Posting], dict[str, int]],
) -> None:
    store, _, _ = data
    remote = Filters(workplaces=("remote",))
    plans = _plans(store, lambda: list(store.search(remote, sort="salary", limit=20)))
    assert any("ix_job_salary_cover" in plan for plan in plans), plans
    assert not any("TEMP B-TREE" in plan for plan in plans), plans


def test_index_hints_reach_sqlite(data: tuple[Store, dict[str, Posting], dict[str, int]]) -> None:
    """SQLAlchemy's SQLite compiler drops table hints unless storage.engine renders them."""
    store, _, _ = data
    filters = Filters(text="python", min_salary_usd=50_000)
    plans = _plans(store, lambda: store.count_without_salary(filters, cap=1000))
    assert "SCAN job USING COVERING INDEX ix_job_newest_cover" in plans[-1], plans


@pytest.mark.parametrize("sort", ["newest", "salary"])
def test_many_text_matches_walk_the_sorts_index_and_keep_the_order(
    data: tuple[Store, dict[str, Posting], dict[str, int]],
    sort: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A common word is probed per row along the sort's index: same jobs, same order."""
    store, _, _ = data
    filters = Filters(text="python")

    def page() -> list[int]:
        return [r["id"] for r in store.search(filters, sort=sort, limit=100)]

    expected = page()  # few matches for 3,000 jobs: materialised, then sorted
    monkeypatch.setattr("storage.search.PROBE_K", 1)  # now "many": the probe plan
    index = {"newest": "ix_job_newest_cover", "salary": "ix_job_salary_cover"}[sort]
    plans = _plans(store, page)
    assert any(f"USING COVERING INDEX {index}" in plan for plan in plans), plans
    assert page() == expected and len(expected) == 100
