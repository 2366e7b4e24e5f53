"""`jobs serve`: the JSON API gives the CLI's records and messages; pages escape job text."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from starlette.testclient import TestClient

from scraper.web import charts
from scraper.web.app import create_app
from scraper.web.query import FILTERS, Service
from tests import servedb
from tests.helpers import jobs


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return servedb.build(tmp_path_factory.mktemp("serve") / "jobs.db")


@pytest.fixture(scope="module")
def service(db: str) -> Iterator[Service]:
    svc = Service(db)
    yield svc
    svc.close()


@pytest.fixture(scope="module")
def client(service: Service) -> TestClient:
    return TestClient(create_app(service))


def cli_json(db: str, tmp_path: Path, *args: str) -> object:
    out = jobs(*args, "--db", db, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def cli_error(db: str, tmp_path: Path, *args: str) -> str:
    out = jobs(*args, "--db", db, cwd=tmp_path)
    assert out.returncode != 0
    return out.stderr.strip().removeprefix("jobs: error: ")


# -- the API mirrors the CLI ------------------------------------------------------------


def test_api_jobs_are_the_cli_records(client: TestClient, db: str, tmp_path: Path) -> None:
    query = [("role", "ml-engineer"), ("country", "Germany"), ("min_salary", "60k")]
    query += [("currency", "EUR"), ("sort", "salary"), ("limit", "7"), ("offset", "2")]
    got = client.get("/api/jobs", params=query).json()
    want = cli_json(
        db,
        tmp_path,
        "search",
        *("--role", "ml-engineer", "--country", "Germany", "--min-salary", "60k"),
        *("--currency", "EUR", "--sort", "salary", "-n", "7", "--offset", "2", "-f", "json"),
    )
    assert got["jobs"] == want
    assert len(want) == 7
    assert got["sort"] == "salary" and got["limit"] == 7 and got["offset"] == 2
    everything = client.get("/api/jobs", params=[*query[:4], ("limit", "100")]).json()
    assert got["total"] == everything["total"] == len(everything["jobs"])


def test_api_paging_covers_every_match_once(client: TestClient) -> None:
    seen: list[int] = []
    offset, total = 0, None
    while True:
        page = client.get("/api/jobs", params={"workplace": "remote", "offset": offset, "limit": 9})
        body = page.json()
        total = body["total"]
        if not body["jobs"]:
            break
        seen += [j["id"] for j in body["jobs"]]
        offset += 9
    assert all(j == "remote" for j in (r["remote"] for r in body["jobs"]))
    assert len(seen) == len(set(seen)) == total > 9


def test_api_job_is_jobs_show_json(client: TestClient, db: str, tmp_path: Path) -> None:
    assert client.get("/api/jobs/3").json() == cli_json(db, tmp_path, "show", "3", "-f", "json")
    missing = client.get("/api/jobs/99999")
    assert missing.status_code == 404
    assert missing.json() == {"error": cli_error(db, tmp_path, "show", "99999")}
    assert client.get(f"/api/jobs/{2**63}").status_code == 404  # past any database id


def test_api_stats_are_jobs_stats_json(client: TestClient, db: str, tmp_path: Path) -> None:
    got = client.get("/api/stats", params={"by": "role,level", "currency": "eur"}).json()
    want = cli_json(db, tmp_path, "stats", "--by", "role,level", "--currency", "eur", "-f", "json")
    assert got["groups"] == want
    assert got["by"] == ["role", "level"] and got["currency"] == "EUR"
    weekly = client.get("/api/stats", params={"trend": "week", "weeks": "4"}).json()
    assert len(weekly["weeks"]) == 4
    assert all("chart" not in s for s in weekly["series"])


@pytest.mark.parametrize(
    ("query", "args"),
    [
        ({"country": "Narnia"}, ("--country", "Narnia")),
        ({"min_salary": "lots"}, ("--min-salary", "lots")),
        ({"min_salary": "100k", "currency": "XXX"}, ("--min-salary", "100k", "--currency", "XXX")),
        ({"role": "ml-enginer"}, ("--role", "ml-enginer")),
        ({"since": "yesterday"}, ("--since", "yesterday")),
        ({"source": "nowhere"}, ("--source", "nowhere")),
    ],
    ids=lambda v: "-".join(v) if isinstance(v, tuple) else None,
)
def test_api_errors_are_the_cli_messages(
    client: TestClient, db: str, tmp_path: Path, query: dict[str, str], args: tuple[str, ...]
) -> None:
    answer = client.get("/api/jobs", params=query)
    assert answer.status_code == 400
    assert answer.headers["content-type"] == "application/json"
    assert answer.json() == {"error": cli_error(db, tmp_path, "search", *args)}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"limit": "0"}, "invalid limit 0: must be between 1 and 100"),
        ({"limit": "ten"}, "invalid limit 'ten': not a whole number"),
        ({"offset": "-1"}, "invalid offset -1"),
        ({"sort": "oldest"}, "invalid sort 'oldest'"),
        ({"workplace": "moon"}, "invalid workplace 'moon'"),
        ({"include_closed": "maybe"}, "invalid include_closed 'maybe'"),
    ],
)
def test_api_rejects_bad_paging_in_one_line(
    client: TestClient, query: dict[str, str], message: str
) -> None:
    answer = client.get("/api/jobs", params=query)
    assert answer.status_code == 400
    assert answer.json()["error"].startswith(message)


def test_api_roles_and_sources(client: TestClient, db: str, tmp_path: Path) -> None:
    roles = client.get("/api/roles").json()["roles"]
    out = jobs("roles", "--db", db, cwd=tmp_path)
    want = [line.split() for line in out.stdout.splitlines()]
    assert [[r["role"], str(r["jobs"])] for r in roles] == want
    sources = {s["id"]: s for s in client.get("/api/sources").json()["sources"]}
    assert {"gen-a", "gen-b"} <= set(sources)
    assert sources["gen-a"]["has_jobs"] and not sources["gen-a"]["configured"]


def test_openapi_describes_every_endpoint_and_filter(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/jobs", "/api/jobs/{id}", "/api/stats", "/api/roles", "/api/sources"} <= set(
        spec["paths"]
    )
    names = {p["name"] for p in spec["paths"]["/api/jobs"]["get"]["parameters"]}
    assert {f.name for f in FILTERS} | {"sort", "limit", "offset"} == names


def test_cors_is_off_unless_an_origin_is_given(service: Service) -> None:
    origin = {"Origin": "https://notebook.example"}
    plain = TestClient(create_app(service)).get("/api/roles", headers=origin)
    assert "access-control-allow-origin" not in plain.headers
    allowed = TestClient(create_app(service, cors_origins=["https://notebook.example"]))
    answer = allowed.get("/api/roles", headers=origin)
    assert answer.headers["access-control-allow-origin"] == "https://notebook.example"


def test_no_write_endpoint(client: TestClient) -> None:
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/jobs").status_code == 405


def test_the_database_is_opened_read_only(service: Service, db: str) -> None:
    """Even a file this user may write: nothing behind the server can change it."""
    with (
        pytest.raises(Exception, match=r"readonly|read-only|read only"),
        service.reader.engine.begin() as conn,
    ):
        conn.execute(text("DELETE FROM job"))
    with sqlite3.connect(db) as check:
        assert check.execute("SELECT count(*) FROM job").fetchone()[0] == servedb.COUNT


# -- pages -----------------------------------------------------------------------------


def test_search_page_escapes_job_text(client: TestClient) -> None:
    page = client.get("/", params={"q": "evil"})
    assert page.status_code == 200
    html = page.text
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;document.title=&#34;pwned&#34;&lt;/script&gt; Evil ML Engineer" in html
    assert "&lt;b&gt;Berlin&lt;/b&gt;" in html
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script" not in csp


def test_job_page_escapes_and_never_links_a_script_url(client: TestClient) -> None:
    found = client.get("/api/jobs", params={"q": "evil"}).json()["jobs"]
    html = client.get(f"/jobs/{found[0]['id']}").text
    assert "<script" not in html.lower() and "<iframe" not in html.lower()
    assert "javascript:" not in re.sub(r">[^<]*<", "><", html)  # only in text, never in markup
    assert "&lt;a href=javascript:alert(2)&gt;here&lt;/a&gt;" in html
    assert "Listings (1)" in html


def test_search_page_keeps_the_search_in_its_links(client: TestClient) -> None:
    query = [("role", "ml-engineer"), ("workplace", "remote"), ("workplace", "hybrid")]
    html = client.get("/", params=query).text
    assert '<option value="ml-engineer" selected>' in html
    assert 'name="workplace" value="hybrid" checked' in html
    nxt = re.search(r'<a rel="next" href="([^"]+)"', html)
    assert nxt is not None
    link = nxt.group(1).replace("&amp;", "&")
    assert link == "/?role=ml-engineer&workplace=remote&workplace=hybrid&offset=20"
    second = client.get(link).text
    back = 'rel="prev" href="/?role=ml-engineer&amp;workplace=remote&amp;workplace=hybrid"'
    assert "21–" in second and back in second


def test_search_page_shows_a_bad_filter_as_one_line(client: TestClient) -> None:
    page = client.get("/", params={"country": "Narnia"})
    assert page.status_code == 400
    assert 'role="alert"' in page.text and "unknown country &#39;Narnia&#39;" in page.text


def test_insights_page_draws_bands_and_weeks(client: TestClient) -> None:
    page = client.get("/insights", params={"by": "level", "role": "ml-engineer"})
    assert page.status_code == 200
    assert page.text.count('<g class="band">') >= 3
    assert page.text.count('<g class="week">') == 12
    assert client.get("/insights", params={"by": "company"}).status_code == 400


def test_unknown_pages_are_404(client: TestClient) -> None:
    assert client.get("/jobs/99999").status_code == 404
    assert client.get("/nowhere").status_code == 404
    assert client.get("/api/nowhere").json() == {"error": "Not Found"}


def test_serve_without_a_database_fails_in_one_line(tmp_path: Path) -> None:
    out = jobs("serve", "--db", str(tmp_path / "none.db"), cwd=tmp_path)
    assert out.returncode == 1
    assert out.stderr.strip() == f"jobs: error: no database at {tmp_path / 'none.db'} " + (
        "(run `jobs scrape` first)"
    )


def test_docs_list_every_filter_and_endpoint() -> None:
    root = Path(__file__).parent.parent
    api = (root / "docs" / "api.md").read_text(encoding="utf-8")
    for param in FILTERS:
        assert f"| `{param.name}` |" in api, param.name
    for path in ("/api/jobs", "/api/jobs/{id}", "/api/stats", "/api/roles", "/api/sources"):
        assert f"## `GET {path}`" in api
    readme = (root / "README.md").read_text(encoding="utf-8")
    for words in ("jobs serve", "jobs mcp", "**Search** (`/`)", "**Job** (`/jobs/ID`)"):
        assert words in readme
    assert "**Salary insights** (`/insights`)" in readme


def test_both_backends_serve_read_only(db_target: str, tmp_path: Path) -> None:
    """SQLite and PostgreSQL alike: the served database answers and refuses any write."""
    from scraper.matching import JobMatching
    from storage.store import Store
    from tests.generated import postings

    store = Store(db_target, matching=JobMatching())
    store.upsert(postings(5), servedb.SEEN)
    store.close()
    svc = Service(db_target)
    try:
        answer = TestClient(create_app(svc)).get("/api/jobs", params={"include_closed": "1"})
        assert answer.json()["total"] == 5
        with (
            pytest.raises(Exception, match=r"(?i)read-?only"),
            svc.reader.engine.begin() as conn,
        ):
            conn.execute(text("DELETE FROM job"))
    finally:
        svc.close()


def test_serve_on_a_taken_port_fails_in_one_line(db: str, tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = jobs("serve", "--db", db, "--port", str(port), cwd=tmp_path)
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        f"jobs: error: cannot listen on 127.0.0.1:{port}: Address already in use"
    ]


@pytest.mark.parametrize("path", ["/", "/api/jobs"])
def test_the_last_possible_offset_is_an_empty_page(client: TestClient, path: str) -> None:
    answer = client.get(path, params={"offset": str(2**63 - 1)})
    assert answer.status_code == 200
    assert client.get(path, params={"offset": str(2**63)}).status_code == 400


def test_insights_table_shows_the_stats_numbers(client: TestClient) -> None:
    query = {"by": "country", "role": "ml-engineer", "currency": "EUR"}
    html = client.get("/insights", params=query).text
    groups = client.get("/api/stats", params=query).json()["groups"]
    rows = re.findall(r'<tr>\s*<th scope="row">([^<]*)</th>(.*?)</tr>', html, re.S)
    assert [name for name, _ in rows] == [g["country"] for g in groups]
    for (_, cells), group in zip(rows, groups, strict=True):
        values = re.findall(r"<td>([^<]*)</td>", cells)
        keys = ("p10", "p25", "median", "p75", "p90")
        money = [charts.money(group[k]) if group[k] is not None else "—" for k in keys]
        assert values == [f"{group['jobs']:,}", f"{group['with_salary']:,}", *money]


def test_only_local_host_names_when_serving_locally(service: Service) -> None:
    """DNS rebinding: a page on evil.example rebound to 127.0.0.1 must not read the API."""
    app = create_app(service, allowed_hosts=["127.0.0.1", "localhost"])
    assert TestClient(app, base_url="http://127.0.0.1:8080").get("/api/roles").status_code == 200
    assert TestClient(app, base_url="http://localhost:8080").get("/").status_code == 200
    rebound = TestClient(app, base_url="http://evil.example:8080").get("/api/roles")
    assert rebound.status_code == 400


def test_search_page_employment_type_and_closed_jobs(client: TestClient) -> None:
    html = client.get("/", params={"employment_type": "contract", "include_closed": "true"}).text
    assert '<option value="contract" selected>' in html
    assert 'name="include_closed" value="true" checked' in html
    cards = re.findall(r'<ul class="facts">(.*?)</ul>', html, re.S)
    assert cards and all("<li>Contract</li>" in c for c in cards)
