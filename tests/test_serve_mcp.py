"""`jobs mcp` through the MCP SDK's own stdio client: the tools, a search, errors."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from mcp import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

from scraper.web.mcp_server import build
from scraper.web.query import FILTERS, Service
from tests import servedb
from tests.helpers import jobs


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return servedb.build(tmp_path_factory.mktemp("mcp") / "jobs.db")


def _payload(result: Any) -> Any:
    """A tool result's structured content, else its JSON text."""
    if getattr(result, "structured_content", None) is not None:
        return result.structured_content
    if getattr(result, "structuredContent", None) is not None:
        return result.structuredContent
    return json.loads(result.content[0].text)


async def _session_run(db: str, cwd: Path) -> dict[str, Any]:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "scraper", "mcp", "--db", db],
        env={"JOBS_CONFIG": "", "JOBS_DB": ""},
        cwd=cwd,
    )
    with open(os.devnull, "w") as errlog:
        async with stdio_client(params, errlog=errlog) as streams, ClientSession(*streams) as s:
            await s.initialize()
            tools = await s.list_tools()
            found = await s.call_tool(
                "search_jobs",
                {"role": ["ml-engineer"], "country": ["Germany"], "sort": "salary", "limit": 5},
            )
            job = await s.call_tool("get_job", {"id": 3})
            stats = await s.call_tool("salary_stats", {"by": "level", "currency": "EUR"})
            bad = await s.call_tool("search_jobs", {"country": ["Narnia"]})
    return {"tools": tools, "found": found, "job": job, "stats": stats, "bad": bad}


def test_mcp_client_lists_tools_and_searches(db: str, tmp_path: Path) -> None:
    got = asyncio.run(asyncio.wait_for(_session_run(db, tmp_path), 60))
    names = {t.name for t in got["tools"].tools}
    assert names == {"search_jobs", "get_job", "salary_stats"}

    def cli(*args: str) -> Any:
        out = jobs(*args, "--db", db, cwd=tmp_path)
        return json.loads(out.stdout) if out.returncode == 0 else out.stderr

    found = _payload(got["found"])
    want = cli(
        "search",
        "-f",
        "json",
        "-n",
        "0",
        "--role",
        "ml-engineer",
        "--country",
        "DE",
        "--sort",
        "salary",
    )
    assert found["jobs"] == want[:5] and len(found["jobs"]) == 5
    assert found["total"] == len(want)
    assert _payload(got["job"]) == cli("show", "3", "-f", "json")
    stats = _payload(got["stats"])
    assert stats["groups"] == cli("stats", "--by", "level", "--currency", "EUR", "-f", "json")
    bad = got["bad"]
    assert bad.is_error if hasattr(bad, "is_error") else bad.isError
    message = cli("search", "--country", "Narnia").strip().removeprefix("jobs: error: ")
    assert message in bad.content[0].text


def test_tools_take_every_search_filter(db: str) -> None:
    """The tools' arguments and the API's filters are one list (FILTERS)."""
    service = Service(db)
    try:
        server = build(service)
        tools = {t.name: t for t in asyncio.run(server.list_tools())}
    finally:
        service.close()
    search = set(tools["search_jobs"].input_schema["properties"])
    assert {f.name for f in FILTERS} | {"sort", "limit", "offset"} == search
    stats = set(tools["salary_stats"].input_schema["properties"])
    # Stats need no paging, sort, salary floor or latest-run filter.
    assert {f.name for f in FILTERS} - {"min_salary", "new"} | {"by", "min_count"} == stats


def test_mcp_without_a_database_fails_in_one_line_on_stderr(tmp_path: Path) -> None:
    out = jobs("mcp", "--db", str(tmp_path / "none.db"), cwd=tmp_path)
    assert out.returncode == 1
    assert out.stdout == ""  # stdout is the protocol's: nothing else goes there
    assert out.stderr.strip().splitlines() == [
        f"jobs: error: no database at {tmp_path / 'none.db'} (run `jobs scrape` first)"
    ]
