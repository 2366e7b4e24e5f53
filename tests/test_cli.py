"""The `jobs` command as users run it: a real process, a loopback server, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from scraper.output import safe_cell
from tests.helpers import FIXTURES, GREENHOUSE_PATH, config_text, jobs, routes
from tests.loopback import LoopbackServer, Response

RECORD_HEADER = [
    "id",
    "title",
    "company",
    "location",
    "country",
    "remote",
    "level",
    "role",
    "employment_type",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
    "posted_at",
    "first_seen",
    "last_seen",
    "url",
    "source",
    "source_id",
    # appended by later capabilities, in this order
    "city",
    "region",
    "salary_annual_min",
    "salary_annual_max",
    "salary_usd_annual_min",
    "salary_usd_annual_max",
    "closed_at",
    "sources",
]
# The first nineteen are the foundation's and must never move.
assert RECORD_HEADER[:19][-1] == "source_id"


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return tmp_path


def test_help_lists_the_commands(workdir: Path) -> None:
    out = jobs("--help", cwd=workdir)
    assert out.returncode == 0
    for command in ("scrape", "search", "export", "sources"):
        assert command in out.stdout


def test_scrape_search_export_end_to_end(workdir: Path, db_target: str) -> None:
    db = db_target
    with LoopbackServer(routes(lever_count=3)) as server:
        (workdir / "jobs.toml").write_text(config_text(server.url))
        # Greenhouse's board has one unreadable item: that source is partial (exit 2).
        first = jobs("scrape", "--db", db, cwd=workdir)
        # The fixture has one unreadable item: the source is partial (exit 2), its 8 kept.
        assert first.returncode == 2, first.stderr
        assert (
            "koala-gh" in first.stdout and "8 listings; 8 new jobs, 8 new listings" in first.stdout
        )
        assert "partial" in first.stdout
        second = jobs("scrape", "--db", db, cwd=workdir)
        assert second.returncode == 2
        assert "8 listings; 0 new jobs, 0 new listings, 0 updated, 0 closed" in second.stdout
        quiet = jobs("scrape", "--quiet", "--db", db, cwd=workdir)
        assert quiet.returncode == 2 and quiet.stdout == ""
        assert "koala-gh" in quiet.stderr and "mistralish" not in quiet.stderr

    found = jobs("search", "--db", db, "--format", "json", "--limit", "100", cwd=workdir)
    assert found.returncode == 0, found.stderr
    records = json.loads(found.stdout)
    assert len(records) == 8
    assert all(list(r) == RECORD_HEADER for r in records)
    assert all(r["title"] and r["company"] and r["url"] and r["posted_at"] for r in records)
    dates = [r["posted_at"] for r in records]
    assert dates == sorted(dates, reverse=True)  # newest first

    ml = jobs("search", "machine learning", "--db", db, "--format", "jsonl", cwd=workdir)
    titles = [json.loads(line)["title"] for line in ml.stdout.splitlines()]
    assert "Senior Machine Learning Engineer, Ranking" in titles
    assert all("Machine Learning" in t or "machine learning" in t.lower() for t in titles) or titles

    by_company = jobs(
        "search", "--company", "koala compute", "--db", db, "-f", "jsonl", cwd=workdir
    )
    assert {json.loads(x)["company"] for x in by_company.stdout.splitlines()} == {"Koala Compute"}

    table = jobs("search", "--db", db, cwd=workdir)
    # Piped: tab-separated under a header, every value in full.
    assert table.returncode == 0 and table.stdout.startswith("id\tposted\tcompany\ttitle\t")

    out_file = workdir / "out.csv"
    exported = jobs("export", "--format", "csv", "-o", str(out_file), "--db", db, cwd=workdir)
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.reader(io.StringIO(out_file.read_text())))
    assert rows[0] == RECORD_HEADER
    assert len(rows) == 9


FORMULAS = ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)"]


def test_export_csv_neutralises_formulas(workdir: Path, db_target: str) -> None:
    db = db_target
    served = routes(lever_count=0)
    data = json.loads((FIXTURES / "greenhouse" / "quantumkoala.json").read_text())
    template = data["jobs"][1]
    # The formula goes into the title and the company (normalisation trims some of it, e.g. a
    # leading dash of a title, so the company column carries it verbatim too).
    data["jobs"] = [
        {**template, "id": 9000 + i, "title": t, "company_name": t} for i, t in enumerate(FORMULAS)
    ]
    served[GREENHOUSE_PATH] = Response(json.dumps(data))
    with LoopbackServer(served) as server:
        (workdir / "jobs.toml").write_text(config_text(server.url))
        assert jobs("scrape", "koala-gh", "--db", db, cwd=workdir).returncode == 0
    out = jobs("export", "--db", db, cwd=workdir)
    assert out.returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == len(FORMULAS)
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert sorted(row["company"] for row in rows) == sorted("'" + t for t in FORMULAS)


@pytest.mark.parametrize("value", ["=1+2", "+1", "-1", "@x", "\tx"])
def test_safe_cell_quotes_every_formula_start(value: str) -> None:
    assert safe_cell(value) == "'" + value


def test_safe_cell_drops_a_leading_carriage_return() -> None:
    # A control character (it rewrites a terminal line): removed, so no formula can follow.
    assert safe_cell("\r=1+2") == "'=1+2" and safe_cell("\rx") == "x"


@pytest.mark.parametrize("value", ["plain", "a=b", "", None, 12.5, -3])
def test_safe_cell_leaves_other_values(value: object) -> None:
    assert safe_cell(value) == ("" if value is None else value)


def test_failing_source_exits_2_and_keeps_the_others(workdir: Path, db_target: str) -> None:
    db = db_target
    served = routes(lever_count=3)
    served[GREENHOUSE_PATH] = Response(b"boom", 500)
    with LoopbackServer(served) as server:
        (workdir / "jobs.toml").write_text(config_text(server.url))
        out = jobs("scrape", "--db", db, cwd=workdir)
        quiet = jobs("scrape", "-q", "--db", db, cwd=workdir)
    assert out.returncode == 2
    assert "failed" in out.stdout and "HTTP 500" in out.stdout
    assert quiet.returncode == 2 and quiet.stdout == "" and "koala-gh" in quiet.stderr
    found = jobs("search", "--db", db, "-f", "json", cwd=workdir)
    assert {r["source"] for r in json.loads(found.stdout)} == {"mistralish", "koala-ashby"}


BAD_CONFIGS = {
    "unknown adapter": (
        '[sources.x]\nadapter = "nope"\nboards = ["a"]\n',
        "unknown adapter 'nope'",
    ),
    "missing boards": ('[sources.x]\nadapter = "greenhouse"\n', "missing required key 'boards'"),
    "invalid toml": ('[sources.x\nadapter = "greenhouse"\n', "invalid TOML"),
    "unknown key": (
        '[sources.x]\nadapter = "greenhouse"\nboards = ["a"]\nbord = 1\n',
        "unknown key 'bord'",
    ),
    "wrong type": (
        '[sources.x]\nadapter = "greenhouse"\nboards = "a"\nenabled = "yes"\n',
        "'enabled'",
    ),
    "bad base_url": (
        '[sources.x]\nadapter = "greenhouse"\nboards = ["a"]\nbase_url = "ftp://x"\n',
        "base_url",
    ),
}


@pytest.mark.parametrize("case", list(BAD_CONFIGS))
def test_bad_config_is_one_clear_line(workdir: Path, case: str) -> None:
    text, expected = BAD_CONFIGS[case]
    (workdir / "bad.toml").write_text(text)
    out = jobs("scrape", "--config", "bad.toml", "--db", str(workdir / "j.db"), cwd=workdir)
    assert out.returncode == 1
    assert expected in out.stderr
    assert "source 'x'" in out.stderr or case == "invalid toml"
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr


def test_missing_config_file(workdir: Path) -> None:
    out = jobs("scrape", "--config", "nope.toml", cwd=workdir)
    assert out.returncode == 1 and "config file not found" in out.stderr


@pytest.mark.parametrize("where", ["file-in-file", "directory"])
def test_unusable_database_is_one_clear_line(workdir: Path, where: str) -> None:
    blocker = workdir / "blocker"
    blocker.write_text("not a folder")
    db = str(blocker / "jobs.db") if where == "file-in-file" else str(workdir)
    for args in (("search",), ("export",), ("scrape",)):
        out = jobs(*args, "--db", db, cwd=workdir)
        assert out.returncode == 1, out
        assert out.stderr.startswith("jobs: error:") and "Traceback" not in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1


def test_not_a_database_file(workdir: Path) -> None:
    junk = workdir / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    out = jobs("search", "--db", str(junk), cwd=workdir)
    assert out.returncode == 1 and "Traceback" not in out.stderr


def test_sources_lists_adapters_and_starter(workdir: Path) -> None:
    out = jobs("sources", cwd=workdir)
    assert out.returncode == 0
    for name in ("greenhouse", "lever", "ashby", "anthropic", "openai", "mistral"):
        assert name in out.stdout
    starter = jobs("sources", "--starter", cwd=workdir)
    assert "[sources.anthropic]" in starter.stdout


def test_export_into_a_fifo_keeps_the_fifo(workdir: Path) -> None:
    """Exporting to a special file (a pipe, /dev/null) writes into it and never replaces it."""
    import os
    import stat
    import threading

    db = str(workdir / "jobs.db")
    assert jobs("db", "upgrade", "--db", db, cwd=workdir).returncode == 0
    fifo = workdir / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    out = jobs("export", "--db", db, "-o", str(fifo), cwd=workdir)
    reader.join(timeout=30)
    assert out.returncode == 0, out.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received and received[0].startswith(b"id,title,company")
    assert not list(workdir.glob(".pipe.*"))
