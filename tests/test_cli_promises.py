"""The CLI keeps its promises (issue 19): each behaviour a daily user hits, one test or more.

Most commands run in this process through typer's test runner (standard output is not a
terminal there, as in a pipe); those about processes and terminals run `jobs` itself.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from scraper.cli import app
from scraper.errors import JobsError
from scraper.models import Posting
from storage.store import Store
from tests.helpers import jobs

SEEN = datetime(2026, 11, 20, 12, 0, 5, 979212, tzinfo=UTC)


@dataclass
class Ran:
    """What a command did: exit code, standard output and standard error."""

    code: int
    stdout: str
    stderr: str


def run(*args: str, env: dict[str, str] | None = None) -> Ran:
    """Run `jobs ARGS` in this process; a JobsError ends as `main()` ends it (one line, 1)."""
    runner = CliRunner()
    result = runner.invoke(app, list(args), env={"JOBS_CONFIG": "", "JOBS_DB": "", **(env or {})})
    stderr = result.stderr
    code = result.exit_code
    if isinstance(result.exception, JobsError):
        stderr += f"jobs: error: {result.exception}\n"
        code = 1
    elif result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ran(code, result.stdout, stderr)


def posting(n: int, **fields: Any) -> Posting:
    """A posting with sensible defaults; `n` makes its source id and URL unique."""
    values: dict[str, Any] = {
        "source": "board-a",
        "source_id": f"id-{n}",
        "url": f"https://example.com/jobs/{n}",
        "title": f"Engineer {n}",
        "company": "Acme",
        "posted_at": SEEN - timedelta(days=n),
    }
    values.update(fields)
    return Posting(**values)


LONG_TITLE = "Principal Machine Learning Infrastructure Engineer, Large Scale Distributed Training"

POSTINGS = [
    posting(
        1,
        title="Senior DevOps Engineer",
        company="Cloudy",
        description="You will support our machine learning platform.",
        role="devops",
        level="senior",
        country="US",
        remote="remote",
    ),
    posting(
        2,
        title="Tax Analyst",
        company="Ledger Co",
        description="Experience with machine learning tools is a plus.",
        country="DE",
        location="Berlin, Germany",
        salary_min=60000,
        salary_max=70000,
        salary_currency="EUR",
        salary_period="year",
        salary_usd_annual_min=65000,
        salary_usd_annual_max=76000,
    ),
    posting(
        3,
        title="Machine Learning Engineer",
        company="Gamma",
        description="Build models.",
        role="ml-engineer",
        level="mid",
        country="DE",
        location="Munich, Germany",
        department="Research",
        category="Engineering",
        tags='["pytorch", "ml"]',
        apply_url="https://example.com/jobs/3/apply",
        salary_min=8000,
        salary_max=12000,
        salary_currency="USD",
        salary_period="month",
        salary_usd_annual_min=96000,
        salary_usd_annual_max=144000,
    ),
    posting(
        4,
        title=LONG_TITLE,
        company="Machine Learning Labs",
        description="Distributed systems.",
        role="ml-engineer",
        level="senior",
        country="US",
        remote="remote",
        salary_min=77905,
        salary_max=77905,
        salary_currency="USD",
        salary_period="year",
        salary_usd_annual_min=77905,
        salary_usd_annual_max=77905,
    ),
    posting(5, title="Data Scientist", company="Delta", role="data-scientist", country="GB"),
]


def build_db(path: Path, postings: list[Posting] = POSTINGS) -> str:
    """A database holding `postings` (seen at SEEN), closed jobs none."""
    store = Store(str(path))
    try:
        store.upsert(postings, SEEN)
    finally:
        store.close()
    return str(path)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield build_db(tmp_path_factory.mktemp("promises") / "jobs.db")


def records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


# -- 1. read-only databases ----------------------------------------------------------------


def _deny_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a user who may read the database but not write it (tests may run as root)."""
    real = os.access

    def access(path: Any, mode: int, **kwargs: Any) -> bool:
        return False if mode & os.W_OK else real(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)


def test_read_commands_work_on_a_database_they_cannot_write(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny_writes(monkeypatch)
    found = run("search", "--db", db, "-f", "jsonl")
    assert found.code == 0, found.stderr
    assert len(records(found.stdout)) == len(POSTINGS)
    for args in (("stats",), ("roles",), ("show", "1"), ("export", "-f", "jsonl"), ("runs",)):
        out = run(*args, "--db", db)
        assert out.code == 0, (args, out.stderr)
    assert run("db", "current", "--db", db).code == 0


def test_read_only_database_with_an_older_schema_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = build_db(tmp_path / "old.db", POSTINGS[:1])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
    before = Path(path).read_bytes()
    _deny_writes(monkeypatch)
    out = run("search", "--db", path)
    assert out.code == 1
    assert "older schema (0002)" in out.stderr and "jobs db upgrade" in out.stderr
    assert Path(path).read_bytes() == before  # nothing was migrated


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write any file")
def test_read_only_file_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "var"
    folder.mkdir()
    path = build_db(folder / "jobs.db", POSTINGS[:2])
    os.chmod(path, 0o444)
    os.chmod(folder, 0o555)
    try:
        out = jobs("search", "--db", path, "-f", "jsonl", cwd=tmp_path)
    finally:
        os.chmod(folder, 0o755)
    assert out.returncode == 0, out.stderr
    assert len(records(out.stdout)) == 2


def _as_nobody() -> list[str] | None:
    """A command prefix running this project's Python as user `nobody`, if root can."""
    import shutil
    import subprocess
    import sys
    import sysconfig

    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        return None
    # The virtual environment's interpreter may live where `nobody` cannot read (root's
    # home): a system Python of the same version, given the project's packages, will do.
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    python = next(
        (p for p in (f"/usr/bin/{version}", f"/usr/local/bin/{version}") if os.access(p, os.X_OK)),
        None,
    )
    if python is None:
        return None
    root = str(Path(__file__).resolve().parents[1])
    path = os.pathsep.join([root, sysconfig.get_paths()["purelib"]])
    prefix = [
        setpriv,
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        "env",
        f"PYTHONPATH={path}",
        "HOME=/tmp",
        python,
    ]
    probe = subprocess.run([*prefix, "-c", "import sqlalchemy, typer"], capture_output=True)
    return prefix if probe.returncode == 0 else None


def test_read_only_file_as_another_user() -> None:
    """The service layout for real: root's database, 0644, in a folder others cannot write."""
    import shutil
    import subprocess
    import tempfile

    prefix = _as_nobody()
    if prefix is None:
        pytest.skip("needs root, setpriv and a system Python like this one")
    folder = Path(tempfile.mkdtemp(prefix="jobs-ro-", dir="/tmp"))
    try:
        os.chmod(folder, 0o755)
        path = build_db(folder / "jobs.db", POSTINGS[:2])
        os.chmod(path, 0o644)
        env = {**os.environ, "JOBS_CONFIG": "", "JOBS_DB": ""}
        base = [*prefix, "-m", "scraper"]
        found = subprocess.run(
            [*base, "search", "--db", path, "-f", "jsonl"],
            env=env,
            cwd="/tmp",
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert found.returncode == 0, found.stderr
        assert len(records(found.stdout)) == 2
        assert sorted(p.name for p in folder.iterdir()) == ["jobs.db"]  # nothing written
        missing = subprocess.run(
            [*base, "search", "--db", str(folder / "x.db")],
            env=env,
            cwd="/tmp",
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert missing.returncode == 1 and "no database at" in missing.stderr
    finally:
        shutil.rmtree(folder)


# -- 2. read commands never create a database ----------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("search",),
        ("export",),
        ("stats",),
        ("roles",),
        ("runs",),
        ("show", "1"),
        ("db", "current"),
        ("db", "copy", "--to", "copy.db"),
    ],
)
def test_read_commands_never_create_a_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "nodir" / "sub" / "x.db"
    out = run(*args, "--db", str(target))
    assert out.code == 1
    assert out.stderr.strip() == f"jobs: error: no database at {target} (run `jobs scrape` first)"
    assert not (tmp_path / "nodir").exists() and not (tmp_path / "copy.db").exists()


def test_missing_default_database_is_named(tmp_path: Path) -> None:
    out = jobs("search", cwd=tmp_path, env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert out.returncode == 1
    assert "no database at" in out.stderr and "run `jobs scrape` first" in out.stderr
    assert not (tmp_path / "data").exists()


# -- 3. export everything a notebook wants ---------------------------------------------------


def test_export_optional_columns(db: str) -> None:
    out = run(
        "export", "--db", db, "-f", "jsonl", "--columns", "id,description,department,listings"
    )
    assert out.code == 0, out.stderr
    by_id = {r["id"]: r for r in records(out.stdout)}
    ml = by_id[3]
    assert list(ml) == ["id", "description", "department", "listings"]
    assert ml["description"] == "Build models." and ml["department"] == "Research"
    assert [li["source_id"] for li in ml["listings"]] == ["id-3"]
    assert ml["listings"][0]["url"] == "https://example.com/jobs/3"


def test_export_csv_listings_are_json_and_category_is_there(db: str) -> None:
    out = run("export", "--db", db, "--columns", "id,category,listings")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out.stdout))}
    assert rows["3"]["category"] == "Engineering"
    assert json.loads(rows["3"]["listings"])[0]["source"] == "board-a"


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
def test_columns_work_for_every_format(db: str, fmt: str) -> None:
    out = run("search", "--db", db, "-f", fmt, "--columns", "title,department")
    assert out.code == 0, out.stderr
    assert "Research" in out.stdout and "Machine Learning Engineer" in out.stdout
    assert "Gamma" not in out.stdout  # only the columns asked for


def test_export_tags_and_apply_url(db: str) -> None:
    out = run("export", "--db", db, "-f", "jsonl", "--columns", "id,tags,apply_url")
    by_id = {r["id"]: r for r in records(out.stdout)}
    assert by_id[3] == {
        "id": 3,
        "tags": ["pytorch", "ml"],
        "apply_url": "https://example.com/jobs/3/apply",
    }
    assert by_id[1] == {"id": 1, "tags": [], "apply_url": None}
    as_csv = run("export", "--db", db, "--columns", "id,tags")
    assert '3,"pytorch,ml"' in as_csv.stdout


def test_tags_and_apply_url_from_the_raw_listing() -> None:
    from scraper.normalize import apply_url, tags_json
    from sources.base import RawListing

    raw = RawListing(
        source_id="1",
        url="https://board.example/1",
        title="ML Engineer",
        company="Acme",
        tags=(" PyTorch ", "ml", "ml", "", "  "),
        extra={"apply_url": "https://board.example/1/apply"},
    )
    assert json.loads(tags_json(raw) or "") == ["PyTorch", "ml"]
    assert apply_url(raw) == "https://board.example/1/apply"
    same = RawListing(
        "2", "https://b.example/2", "T", "C", extra={"apply_url": "https://b.example/2"}
    )
    odd = RawListing("3", "https://b.example/3", "T", "C", extra={"apply_url": "javascript:x"})
    assert apply_url(same) is None and apply_url(odd) is None and tags_json(same) is None


def test_unknown_column_suggests_one(db: str) -> None:
    out = run("export", "--db", db, "--columns", "id,descripton")
    assert out.code == 64 and "did you mean 'description'?" in out.stderr


# -- 4. ranking --------------------------------------------------------------------------------


def test_text_search_ranks_title_and_company_above_description(db: str) -> None:
    out = run("search", "machine learning", "--db", db, "-f", "jsonl")
    titles = [r["title"] for r in records(out.stdout)]
    assert set(titles[:2]) == {"Machine Learning Engineer", LONG_TITLE}
    assert set(titles[2:]) == {"Senior DevOps Engineer", "Tax Analyst"}
    newest = run("search", "machine learning", "--db", db, "-f", "jsonl", "--sort", "newest")
    assert [r["id"] for r in records(newest.stdout)] == [1, 2, 3, 4]


@pytest.mark.parametrize("limit", ["1", "2", "3"])
def test_relevance_pages_cross_the_tiers(db: str, limit: str) -> None:
    def ids(*args: str) -> list[int]:
        out = run("search", "machine learning", "--db", db, "-f", "jsonl", *args)
        return [r["id"] for r in records(out.stdout)]

    everything = ids("--limit", "0")
    assert len(everything) == 4 and set(everything[:2]) == {3, 4}  # title/company first
    pages = [ids("--limit", limit, "--offset", str(start)) for start in range(0, 5, int(limit))]
    assert [i for page in pages for i in page] == everything
    assert ids("--limit", "600", "--offset", "1") == everything[1:]  # the streamed path


def test_export_ranks_by_relevance_with_text_too(db: str) -> None:
    out = run("export", "machine learning", "--db", db, "-f", "jsonl", "--columns", "title")
    assert records(out.stdout)[0]["title"] in ("Machine Learning Engineer", LONG_TITLE)


# -- 5. piped output ---------------------------------------------------------------------------


def test_piped_table_is_tab_separated_and_full(db: str) -> None:
    out = run("search", "--db", db)
    lines = out.stdout.splitlines()
    assert lines[0].split("\t") == [
        "id",
        "posted",
        "company",
        "title",
        "location",
        "remote",
        "salary",
    ]
    assert len(lines) == 1 + len(POSTINGS)
    rows = [line.split("\t") for line in lines[1:]]
    assert all(len(r) == 7 for r in rows)
    assert [r[3] for r in rows if r[0] == "4"] == [LONG_TITLE]  # never cut
    assert "…" not in out.stdout


def test_limit_zero_means_all(tmp_path: Path) -> None:
    many = [posting(100 + i, title=f"Analyst {i}") for i in range(620)]
    path = build_db(tmp_path / "many.db", many)
    assert len(run("search", "--db", path).stdout.splitlines()) == 21
    everything = run("search", "--db", path, "--limit", "0")
    assert len(everything.stdout.splitlines()) == 621
    # A page bigger than one statement's variables streams instead of failing.
    big = run("search", "--db", path, "--limit", "100000", "--offset", "10", "-f", "jsonl")
    assert big.code == 0, big.stderr
    assert len(big.stdout.splitlines()) == 610


def _on_terminal(args: list[str], cwd: Path, columns: int) -> tuple[str, str]:
    """Run `jobs ARGS` with stdout on a pseudo-terminal `columns` wide; (stdout, stderr)."""
    import fcntl
    import pty
    import struct
    import subprocess
    import sys
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {**os.environ, "JOBS_CONFIG": "", "JOBS_DB": "", "COLUMNS": "300", "TERM": "dumb"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "scraper", *args],
        cwd=cwd,
        env=env,
        stdout=follower,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not data:
            break
        chunks.append(data)
    _, err = proc.communicate(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode().replace("\r\n", "\n"), err


def test_terminal_table_fits_the_window_and_says_how_many(tmp_path: Path, db: str) -> None:
    out, err = _on_terminal(["search", "--db", db, "--limit", "3"], tmp_path, columns=72)
    lines = out.splitlines()
    assert lines[0].startswith("ID") and "TITLE" in lines[0]
    assert len(lines) == 4 and all(len(line) <= 72 for line in lines), lines
    assert "…" in out  # the long title was cut to fit
    assert err.strip() == "3 of 5 jobs (--limit/--offset for more)"


# -- 15. small things --------------------------------------------------------------------------


def test_timestamps_whole_seconds_and_numbers_without_point_zero(db: str) -> None:
    out = run("export", "--db", db, "--columns", "id,first_seen,salary_min,salary_max")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out.stdout))}
    assert rows["4"] == {
        "id": "4",
        "first_seen": "2026-11-20T12:00:05Z",
        "salary_min": "77905",
        "salary_max": "77905",
    }


def test_salary_bands_use_one_unit(db: str) -> None:
    out = run("search", "--db", db, "--columns", "id,salary")
    bands = dict(line.split("\t") for line in out.stdout.splitlines()[1:])
    assert bands["3"] == "USD 8K–12K / month"
    assert bands["2"] == "EUR 60K–70K / year"
    assert bands["4"] == "USD 78K / year"


@pytest.mark.parametrize("width", [64, 72, 80, 100, 120, 200])
def test_fitted_table_never_overflows_when_fixed_columns_fit(width: int) -> None:
    from scraper.view import TABLE_FIELDS, write_fitted

    rows = [
        {"id": 10, "title": LONG_TITLE, "company": "Machine Learning Labs", "location": "x" * 50},
        {"id": 2, "title": "ML", "company": "A", "location": "Paris", "remote": "remote"},
    ]
    out = io.StringIO()
    write_fitted(rows, out, TABLE_FIELDS, width)
    lines = out.getvalue().splitlines()
    assert all(len(line) <= width for line in lines), lines
    if width >= 200:
        assert LONG_TITLE in out.getvalue()  # room enough: nothing cut


# -- 6. filters that would silently match nothing -----------------------------------------------


@pytest.mark.parametrize(
    ("value", "ids"),
    [("Germany", {2, 3}), ("de", {2, 3}), ("DEU", {2, 3}), ("UK", {5}), ("United States", {1, 4})],
)
def test_country_accepts_names_and_common_forms(db: str, value: str, ids: set[int]) -> None:
    out = run("search", "--db", db, "--country", value, "-f", "jsonl")
    assert out.code == 0, out.stderr
    assert {r["id"] for r in records(out.stdout)} == ids


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("search", "--country", "XX"), "unknown country 'XX'"),
        (("search", "--country", "Germny"), "did you mean Germany, DE?"),
        (("search", "--source", "board-b"), "unknown source 'board-b' (did you mean 'board-a'?)"),
        (("export", "--source", "nosuch"), "unknown source 'nosuch'"),
        (("stats", "--source", "nosuch"), "unknown source 'nosuch'"),
        (("runs", "--source", "nosuch"), "unknown source 'nosuch'"),
        (("search", "--role", "ml-enginer"), "did you mean 'ml-engineer'?"),
    ],
)
def test_unknown_filter_values_are_errors_with_suggestions(
    db: str, args: tuple[str, ...], message: str
) -> None:
    out = run(*args, "--db", db)
    assert out.code == 1 and out.stdout == ""
    assert message in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_configured_source_without_jobs_is_no_error(db: str) -> None:
    out = run("search", "--db", db, "--source", "anthropic", "--source", "board-a", "-f", "jsonl")
    assert out.code == 0 and len(records(out.stdout)) == len(POSTINGS)


def test_role_and_level_any_case(db: str) -> None:
    out = run("search", "--db", db, "--role", "ML-Engineer", "--level", "Senior", "-f", "jsonl")
    assert out.code == 0, out.stderr
    assert [r["id"] for r in records(out.stdout)] == [4]


# -- 7. dates ----------------------------------------------------------------------------------


def test_posted_since_filters_on_the_source_date(db: str) -> None:
    # Every job was first seen on SEEN; their posted dates are 1-5 days before it.
    since = run("search", "--db", db, "--since", "2026-11-20", "-f", "jsonl")
    assert len(records(since.stdout)) == len(POSTINGS)
    posted = run("search", "--db", db, "--posted-since", "2026-11-17", "-f", "jsonl")
    assert {r["id"] for r in records(posted.stdout)} == {1, 2, 3}
    bad = run("search", "--db", db, "--posted-since", "lately")
    assert bad.code == 1 and "invalid --posted-since 'lately'" in bad.stderr


def test_help_says_which_date_is_which() -> None:
    out = run("search", "--help", env={"COLUMNS": "300"})
    text = " ".join(out.stdout.replace("│", " ").split())
    assert "--posted-since" in text and "Posted (the source's own date)" in text
    assert "First seen by jobs (scraped)" in text


def test_trend_counts_by_posted_date_and_labels_this_week(tmp_path: Path) -> None:
    from scraper.stats import week_start

    now = datetime.now(UTC)
    this_week = week_start(now)
    postings = [
        posting(1, posted_at=this_week + timedelta(minutes=1), role="devops"),
        posting(2, posted_at=this_week - timedelta(days=3), role="devops"),
        posting(3, posted_at=None, role="devops"),
    ]
    store = Store(str(tmp_path / "t.db"))
    store.upsert(postings, now)
    store.close()
    path = str(tmp_path / "t.db")
    posted = run("stats", "--db", path, "--trend", "week", "--date", "posted", "-f", "json")
    (row,) = json.loads(posted.stdout)
    assert row["total"] == 2 and list(row["weeks"].values())[-2:] == [1, 1]
    seen = run("stats", "--db", path, "--trend", "week", "-f", "json")
    assert list(json.loads(seen.stdout)[0]["weeks"].values())[-2:] == [0, 3]
    table = run("stats", "--db", path, "--trend", "week", "--date", "posted")
    assert f"this week (from {this_week:%Y-%m-%d})" in table.stdout
    assert "last week" not in table.stdout


# -- 8. stats on tiny groups -------------------------------------------------------------------


def test_percentiles_need_a_minimum_count(db: str) -> None:
    out = run("stats", "--db", db, "--by", "country", "-f", "json")
    by = {r["country"]: r for r in json.loads(out.stdout)}
    assert by["DE"]["with_salary"] == 2 and by["DE"]["median"] is None
    low = run("stats", "--db", db, "--by", "country", "-f", "json", "--min-count", "2")
    assert json.loads(low.stdout)[0]["median"] == round((70500 + 120000) / 2)
    table = run("stats", "--db", db, "--by", "country")
    de = next(line for line in table.stdout.splitlines() if line.startswith("DE"))
    assert de.split()[1:] == ["2", "2", "—", "—", "—", "—", "—"]


# -- 9. scrape summary ---------------------------------------------------------------------------


def test_scrape_summary_separates_new_jobs_listings_and_streams_when_piped(tmp_path: Path) -> None:
    """Two sources on one board: 4 new listings are 2 new jobs. Piped, the first source's
    line is out while the second source is still waiting for its page."""
    import subprocess
    import sys
    import threading

    from tests.helpers import ASHBY_PATH, FIXTURES, GREENHOUSE_PATH
    from tests.loopback import LoopbackServer, Response

    board = (FIXTURES / "greenhouse" / "quantumkoala.json").read_bytes()
    first_line_read = threading.Event()

    def slow(handler: object) -> Response:
        first_line_read.wait(timeout=30)
        return Response((FIXTURES / "ashby" / "koalacompute.json").read_bytes())

    routes = {GREENHOUSE_PATH: Response(board), ASHBY_PATH: slow}
    with LoopbackServer(routes) as server:
        (tmp_path / "jobs.toml").write_text(
            "[fetch]\nretries = 1\n"
            + "".join(
                f'[sources.{name}]\nadapter = "greenhouse"\nboards = ["quantumkoala"]\n'
                f'base_url = "{server.url}"\ndelay = 0\n'
                for name in ("gh-one", "gh-two")
            )
            + f'[sources.slow]\nadapter = "ashby"\nboards = ["KoalaCompute"]\n'
            f'base_url = "{server.url}"\ndelay = 0\n'
        )
        env = {**os.environ, "JOBS_CONFIG": "", "JOBS_DB": ""}
        proc = subprocess.Popen(
            [sys.executable, "-m", "scraper", "scrape", "--db", str(tmp_path / "j.db")],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        lines = [proc.stdout.readline()]
        while lines[-1] and not lines[-1].startswith("gh-"):
            lines.append(proc.stdout.readline())
        streamed = not first_line_read.is_set()
        first_line_read.set()
        rest, err = proc.communicate(timeout=60)
    # The board has one unreadable item (tests/fixtures/greenhouse): each copy is partial.
    assert proc.returncode == 2, err
    assert streamed  # the line came before the slow source was answered
    out = "".join(lines) + rest
    head = out.splitlines()[0].split()
    assert head[:5] == ["source", "adapter", "status", "listings", "new"]
    rows = {line.split()[0]: line.split() for line in out.splitlines()[1:4]}
    gh = [rows["gh-one"], rows["gh-two"]]
    # Each greenhouse source: 2 listings, both new listings; together they are 2 jobs.
    assert sorted((int(r[4]), int(r[5])) for r in gh) == [(0, 2), (2, 2)]
    total = out.splitlines()[4]
    assert total.startswith("3 sources: 7 listings; 5 new jobs, 7 new listings, 0 updated")


def test_include_closed_marks_closed_rows(tmp_path: Path) -> None:
    path = build_db(tmp_path / "c.db", POSTINGS[:2])
    store = Store(path)
    store.close_missing("board-a", SEEN + timedelta(days=1))  # neither was seen then
    store.close()
    out = run("search", "--db", path, "--include-closed")
    lines = [line.split("\t") for line in out.stdout.splitlines()]
    assert lines[0][-1] == "closed"
    assert {row[-1] for row in lines[1:]} == {"2026-11-21"}


# -- 10. the whole config is validated, whatever the command ---------------------------------------


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('every = "sometimes"', "source 'x': invalid interval 'sometimes'"),
        ('schedule = "61 * * * *"', "source 'x': invalid schedule '61 * * * *'"),
        ('schedule = "daily"', "source 'x': invalid schedule 'daily'"),
    ],
)
@pytest.mark.parametrize("command", [("scrape",), ("sources",), ("roles",)])
def test_schedule_and_every_fail_every_command(
    tmp_path: Path, db: str, line: str, message: str, command: tuple[str, ...]
) -> None:
    config = tmp_path / "jobs.toml"
    config.write_text(
        f'[sources.x]\nadapter = "greenhouse"\nboards = ["a"]\nenabled = false\n{line}\n'
    )
    out = run(*command, "-c", str(config), "--db", db)
    assert out.code == 1
    assert message in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_sources_fails_on_a_bad_config_before_printing(tmp_path: Path) -> None:
    config = tmp_path / "jobs.toml"
    config.write_text('[sources.x]\nadapter = "greenhouse"\nboards = ["a"]\nevery = "often"\n')
    out = run("sources", "-c", str(config))
    assert out.code == 1 and out.stdout == ""


# -- 11. global options before the command --------------------------------------------------


def test_db_and_config_before_the_command(tmp_path: Path, db: str) -> None:
    before = run("--db", db, "search", "-f", "jsonl")
    assert before.code == 0, before.stderr
    assert len(records(before.stdout)) == len(POSTINGS)
    config = tmp_path / "jobs.toml"
    config.write_text('[sources.only-me]\nadapter = "greenhouse"\nboards = ["a"]\n')
    listed = run("-c", str(config), "sources")
    assert "only-me" in listed.stdout and "anthropic" not in listed.stdout
    # After the command still works, and wins over the global one.
    missing = tmp_path / "none.db"
    after = run("--db", str(missing), "search", "--db", db, "-f", "jsonl")
    assert after.code == 0 and len(records(after.stdout)) == len(POSTINGS)


def test_global_db_as_a_process(tmp_path: Path, db: str) -> None:
    out = jobs("--db", db, "search", "--columns", "id", cwd=tmp_path)
    assert out.returncode == 0 and out.stdout.split() == ["id", "1", "2", "3", "4", "5"]


# -- 15. small things ------------------------------------------------------------------------


def test_version_short_flag() -> None:
    out = run("-V")
    assert out.code == 0 and out.stdout.startswith("jobs ")


def test_flags_show_no_value_in_help() -> None:
    text = run("search", "--help", env={"COLUMNS": "200"}).stdout
    assert "<bool>" not in text and "--remote" in text
    assert "<list[str]>" not in text


def test_classify_json() -> None:
    out = run("classify", "Sr. ML Engineer II", "-f", "json")
    assert out.code == 0, out.stderr
    assert json.loads(out.stdout) == {
        "title": "Sr. ML Engineer II",
        "role": "ml-engineer",
        "level": "senior",
    }


def test_starter_origin_has_one_pair_of_parentheses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    out = run("sources")
    assert "Configured sources (built-in starter config):" in out.stdout


def test_plurals(tmp_path: Path) -> None:
    path = build_db(
        tmp_path / "p.db",
        [
            posting(
                1,
                salary_min=200000,
                salary_currency="USD",
                salary_period="year",
                salary_usd_annual_min=200000,
            ),
            posting(2),
        ],
    )
    out = run("search", "--db", path, "--min-salary", "150k")
    assert "(1 matching job without a salary was left out)" in out.stderr


# -- 16. the starter config is fast ----------------------------------------------------------


def starter_delay_bound() -> float:
    """Seconds the starter's politeness delays alone make a first run last: per host, one
    short robots.txt turn (at most 1 s) and each source's delay between its requests;
    hosts run at once, so the slowest host decides."""
    from urllib.parse import urlsplit

    from scraper.config import STARTER, parse_config, starter_text
    from sources import registry

    per_host: dict[str, list[float]] = {}
    for src in parse_config(starter_text(), STARTER).sources:
        cls = registry.get(src.adapter)
        delay = float(src.options.get("delay", cls.min_delay))
        for request in cls(src.id, src.options).requests():
            per_host.setdefault(urlsplit(request.url).netloc, []).append(delay)
    return max(min(1.0, max(d)) + sum(sorted(d)[:-1]) for d in per_host.values())


def test_starter_config_first_run_is_not_held_up_by_delays() -> None:
    # Two Remotive sources on one host made it 36 s; now about 4 s (four Greenhouse boards).
    assert starter_delay_bound() < 6


# -- 14. completion ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("jobs search --role ml", ["ml-engineer", "mlops-engineer"]),
        ("jobs stats --level sen", ["senior"]),
        ("jobs search --country Germ", ["Germany"]),
        ("jobs export --columns id,desc", ["id,description"]),
        ("jobs search --source my-", ["my-board", "my-feed"]),
        ("jobs runs --source my-f", ["my-feed"]),
        ("jobs scrape my-b", ["my-board"]),
    ],
)
def test_completion_of_values(tmp_path: Path, words: str, expected: list[str]) -> None:
    (tmp_path / "jobs.toml").write_text(
        '[sources.my-board]\nadapter = "greenhouse"\nboards = ["a"]\n'
        '[sources.my-feed]\nadapter = "remotive"\n'
    )
    import subprocess
    import sys

    env = {**os.environ, "JOBS_CONFIG": "", "_JOBS_COMPLETE": "complete_bash"}
    env.update(COMP_WORDS=words, COMP_CWORD=str(len(words.split()) - 1))
    # As the shell runs it: the console script, whose name picks the completion variable.
    script = str(Path(sys.executable).with_name("jobs"))
    out = subprocess.run([script], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == expected


# -- 13. counts beside results are capped ------------------------------------------------------


def test_counts_stop_past_their_cap(db: str) -> None:
    from scraper.cli import _about
    from storage.reader import Reader
    from storage.search import Filters

    reader = Reader(db, create=False)
    try:
        assert reader.count(Filters()) == 5
        assert reader.count(Filters(), cap=2) == 3  # stopped after the third
        assert reader.count(Filters(text="machine learning"), cap=10) == 4
        assert reader.count_without_salary(Filters(min_salary_usd=1), cap=1) == 2
    finally:
        reader.close()
    assert _about(3, 2) == "more than 2" and _about(2, 2) == "2"


def test_sources_without_a_database_lists_the_config(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    out = run("sources", "--db", str(missing))
    assert out.code == 0 and "Configured sources" in out.stdout
    assert not missing.exists()
