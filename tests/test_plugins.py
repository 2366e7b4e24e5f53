"""Plugins: an adapter package installed beside `jobs` (entry point group `jobs.sources`)
shows in `jobs sources` and scrapes from config without any change to the project; a broken
one is reported, never a crash."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from sources import registry
from sources.base import Adapter
from tests.helpers import jobs
from tests.loopback import LoopbackServer, Response

EXAMPLE = Path(__file__).parent.parent / "docs" / "examples" / "jobs-koalaboard"


def install(target: Path, name: str, entry_points: dict[str, str], modules: list[Path]) -> None:
    """Install a distribution the way pip lays it out: modules plus a `.dist-info` folder."""
    target.mkdir(parents=True, exist_ok=True)
    for module in modules:
        shutil.copy(module, target / module.name)
    info = target / f"{name.replace('-', '_')}-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1.0\n")
    lines = [f"{key} = {value}" for key, value in entry_points.items()]
    (info / "entry_points.txt").write_text("[jobs.sources]\n" + "\n".join(lines) + "\n")


def install_example(target: Path) -> None:
    """Install docs/examples/jobs-koalaboard with the entry points its pyproject declares."""
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text())["project"]
    declared = project["entry-points"]["jobs.sources"]
    install(target, project["name"], declared, [EXAMPLE / "koalaboard.py"])


def env_with(target: Path) -> dict[str, str]:
    return {"PYTHONPATH": os.pathsep.join([str(target), os.environ.get("PYTHONPATH", "")])}


@pytest.fixture
def plugin_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The example plugin installed in a folder on sys.path of this process too."""
    target = tmp_path / "site"
    install_example(target)
    monkeypatch.syspath_prepend(str(target))
    registry.plugins.cache_clear()
    yield target
    registry.plugins.cache_clear()


def _page(jobs_: list[dict[str, object]], next_page: int | None) -> Response:
    return Response(json.dumps({"jobs": jobs_, "next_page": next_page}))


def test_the_example_plugin_appears_in_sources_and_scrapes(plugin_path: Path) -> None:
    workdir = plugin_path.parent
    out = jobs("sources", cwd=workdir, env=env_with(plugin_path))
    assert out.returncode == 0, out.stderr
    (line,) = [x for x in out.stdout.splitlines() if x.strip().startswith("koalaboard")]
    assert "Koala Board job boards" in line and "boards, max_pages" in line and "(plugin)" in line
    # The README's table lists built-in adapters only.
    table = jobs("sources", "--markdown", cwd=workdir, env=env_with(plugin_path))
    assert "koalaboard" not in table.stdout and "`greenhouse`" in table.stdout

    fixture = json.loads((EXAMPLE / "fixture_acme.json").read_text())
    routes = {
        "/v1/boards/acme/jobs?page=1": _page(fixture["jobs"], 2),
        "/v1/boards/acme/jobs?page=2": _page(
            [{"id": 9201, "title": "Research Scientist", "url": "https://k.example/9201"}], None
        ),
    }
    with LoopbackServer(routes) as server:
        (workdir / "jobs.toml").write_text(
            f'[sources.acme]\nadapter = "koalaboard"\nboards = ["acme"]\n'
            f'company = "Acme"\nbase_url = "{server.url}"\ndelay = 0\n'
        )
        db = str(workdir / "jobs.db")
        scraped = jobs("scrape", "--db", db, cwd=workdir, env=env_with(plugin_path))
        # Job 9103 has no title: one item error, counted and shown, the rest stored; the
        # source is partial (exit 2).
        assert scraped.returncode == 2, scraped.stderr
        assert "partial" in scraped.stdout
        assert "3 listings" in scraped.stdout and "missing or invalid title" in scraped.stdout
        assert server.requests == ["/robots.txt", *routes]
    found = jobs("search", "--db", db, "--format", "json", cwd=workdir, env=env_with(plugin_path))
    records = json.loads(found.stdout)
    assert sorted(r["source_id"] for r in records) == ["9101", "9102", "9201"]
    assert {r["company"] for r in records} == {"Acme Robotics", "Acme"}


def test_the_example_plugins_own_fixture_test_passes() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLE)],
        env={**os.environ, **env_with(EXAMPLE)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_plugins_keep_the_contract(plugin_path: Path) -> None:
    assert registry.plugins() == {"koalaboard": "koalaboard:KoalaBoard"}
    assert registry.names()[-1] == "koalaboard"  # built-ins first
    cls = registry.get("koalaboard")
    assert registry.contract_problems("koalaboard", cls) == []


BROKEN = {
    "missingmod": "koala_nowhere:Board",  # the module does not import
    "notanadapter": "json:loads",  # not an Adapter subclass
    "misnamed": "koalaboard:KoalaBoard",  # declares name "koalaboard"
    "greenhouse": "json:loads",  # a plugin never shadows a built-in
}


@pytest.fixture
def broken_path(tmp_path: Path) -> Path:
    target = tmp_path / "site"
    install(target, "jobs-broken", BROKEN, [EXAMPLE / "koalaboard.py"])
    return target


def test_broken_plugins_are_listed_as_unavailable(broken_path: Path) -> None:
    out = jobs("sources", cwd=broken_path.parent, env=env_with(broken_path))
    assert out.returncode == 0, out.stderr
    lines = {x.split()[0]: x for x in out.stdout.splitlines() if x.startswith("  ")}
    assert "unavailable" in lines["missingmod"] and "ModuleNotFoundError" in lines["missingmod"]
    assert "not an Adapter subclass" in lines["notanadapter"]
    assert "declares name 'koalaboard'" in lines["misnamed"]
    assert "unavailable" not in lines["greenhouse"]


@pytest.mark.parametrize("name", ["missingmod", "notanadapter", "misnamed"])
def test_using_a_broken_plugin_is_a_one_line_config_error(broken_path: Path, name: str) -> None:
    workdir = broken_path.parent
    (workdir / "jobs.toml").write_text(f'[sources.x]\nadapter = "{name}"\n')
    out = jobs("scrape", "--db", str(workdir / "jobs.db"), cwd=workdir, env=env_with(broken_path))
    assert out.returncode == 1
    assert out.stderr.startswith("jobs: error: ") and out.stderr.count("\n") == 1, out.stderr
    assert f"adapter '{name}'" in out.stderr and "Traceback" not in out.stderr


def test_contract_problems_are_named() -> None:
    class Sloppy(Adapter):
        name = "other"
        description = "two\nlines"
        options = {"boards": "a list"}  # type: ignore[dict-item]  # noqa: RUF012
        min_delay = -1

    problems = registry.contract_problems("sloppy", Sloppy)
    assert len(problems) == 5, problems  # name, description, docstring, options, min_delay
