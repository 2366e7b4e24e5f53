"""`jobs discover`: ATS detection from careers pages, on loopback pages and a loopback ATS API."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scraper.cli import app
from scraper.discover import board_of, detect
from scraper.errors import JobsError
from tests.helpers import FIXTURES, jobs
from tests.loopback import LoopbackServer, Response

HTML = {"Content-Type": "text/html; charset=utf-8"}


def run(*args: str, cwd: Path) -> tuple[int, str, str]:
    """`jobs ARGS` in this process (fast); a JobsError ends as main() ends it: one line, 1."""
    import os

    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, list(args), env={"JOBS_CONFIG": "", "JOBS_DB": ""})
    finally:
        os.chdir(old)
    if isinstance(result.exception, JobsError):
        return 1, result.stdout, f"jobs: error: {result.exception}\n"
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


# -- URL patterns -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://boards.greenhouse.io/koalaco", ("greenhouse", "koalaco")),
        ("https://job-boards.greenhouse.io/koalaco/jobs/123", ("greenhouse", "koalaco")),
        ("https://job-boards.eu.greenhouse.io/koalaco", ("greenhouse", "koalaco")),
        ("https://boards.greenhouse.io/embed/job_board?for=koalaco&b=x", ("greenhouse", "koalaco")),
        ("https://boards.greenhouse.io/embed/job_board/js?for=koalaco", ("greenhouse", "koalaco")),
        ("https://boards-api.greenhouse.io/v1/boards/koalaco/jobs", ("greenhouse", "koalaco")),
        ("https://jobs.lever.co/Koala-Co/abc-123", ("lever", "Koala-Co")),
        ("https://api.lever.co/v0/postings/koalaco?mode=json", ("lever", "koalaco")),
        ("https://jobs.ashbyhq.com/koala.co/embed?version=2", ("ashby", "koala.co")),
        ("https://api.ashbyhq.com/posting-api/job-board/koalaco", ("ashby", "koalaco")),
        ("https://apply.workable.com/koala-co/j/ABC123/", ("workable", "koala-co")),
        ("https://apply.workable.com/api/v1/widget/accounts/koala-co", ("workable", "koala-co")),
        ("https://jobs.smartrecruiters.com/KoalaCo1/7440001", ("smartrecruiters", "KoalaCo1")),
        ("https://careers.smartrecruiters.com/KoalaCo1", ("smartrecruiters", "KoalaCo1")),
        ("https://koalaco.recruitee.com/o/ml-engineer", ("recruitee", "koalaco")),
        ("https://koalaco.jobs.personio.de/job/1", ("personio", "koalaco")),
        ("https://koalaco.jobs.personio.com/", ("personio", "koalaco")),
        (
            "https://koalaco.wd5.myworkdayjobs.com/en-US/KoalaCareers/job/Remote/ML_R1",
            ("workday", "https://koalaco.wd5.myworkdayjobs.com/KoalaCareers"),
        ),
        (
            "https://koalaco.wd1.myworkdayjobs.com/wday/cxs/koalaco/External/jobs",
            ("workday", "https://koalaco.wd1.myworkdayjobs.com/External"),
        ),
        ("https://koalaco.teamtailor.com/jobs", ("teamtailor", "koalaco")),
        ("https://koalaco.bamboohr.com/careers", ("bamboohr", "koalaco")),
        ("https://koalaco.breezy.hr/p/123", ("breezy", "koalaco")),
    ],
)
def test_board_urls(url: str, expected: tuple[str, str]) -> None:
    hit = board_of(url)
    assert hit is not None and hit[:2] == expected


def test_lever_eu_boards_carry_the_eu_option() -> None:
    assert board_of("https://jobs.eu.lever.co/koalaco") == ("lever", "koalaco", (("eu", True),))


@pytest.mark.parametrize(
    "url",
    [
        "https://www.greenhouse.io/customers",
        "https://boardsgreenhouse.io/koalaco",
        "https://boards.greenhouse.io/",
        "https://boards.greenhouse.io/embed/job_board",  # an embed without ?for=
        "https://jobs.lever.co/",
        "https://apply.workable.com/api/v1/widget",
        "https://www.recruitee.com/pricing",
        "https://koalaco.wd5.myworkdayjobs.com/en-US",  # a locale, not a site
        "https://example.com/careers",
        "not a url at all",
    ],
)
def test_urls_that_are_not_boards(url: str) -> None:
    assert board_of(url) is None


def test_a_redirect_to_a_board_counts_most_and_stray_links_rank_below() -> None:
    html = '<a href="https://jobs.lever.co/partner">partner</a>'
    found = detect("https://jobs.ashbyhq.com/koalaco", html)
    assert next((f.adapter, f.board, f.via) for f in found) == ("ashby", "koalaco", "redirect")
    assert found[1].board == "partner"


def test_greenhouse_board_token_in_an_inline_script() -> None:
    html = "<script>Grnhse.Settings = {boardToken: 'koalaco'};</script>"
    assert [(f.adapter, f.board) for f in detect("https://koala.example/careers", html)] == [
        ("greenhouse", "koalaco")
    ]


# -- loopback careers pages, one per ATS pattern -----------------------------------------

PAGES = {
    "greenhouse-link": (
        '<a href="https://job-boards.greenhouse.io/koalaco/jobs/1">ML Engineer</a>'
        '<a href="https://job-boards.greenhouse.io/koalaco">All roles</a>',
        "greenhouse",
        "koalaco",
    ),
    "greenhouse-embed": (
        '<div id="grnhse_app"></div>'
        '<script src="https://boards.greenhouse.io/embed/job_board/js?for=koalaco"></script>',
        "greenhouse",
        "koalaco",
    ),
    "lever-iframe": (
        '<iframe src="https://jobs.lever.co/koala-co?embed=true"></iframe>',
        "lever",
        "koala-co",
    ),
    "ashby-script": (
        '<script src="https://jobs.ashbyhq.com/koalaco/embed?version=2"></script>',
        "ashby",
        "koalaco",
    ),
    "workable-json": (
        '<script>window.cfg = {"api": "https:\\/\\/apply.workable.com\\/api\\/v3\\/accounts'
        '\\/koala-co\\/jobs"};</script>',
        "workable",
        "koala-co",
    ),
    "smartrecruiters-form": (
        '<form action="https://jobs.smartrecruiters.com/KoalaCo1/search"></form>',
        "smartrecruiters",
        "KoalaCo1",
    ),
    "recruitee": ('<a href="https://koalaco.recruitee.com/">Jobs</a>', "recruitee", "koalaco"),
    "personio": (
        '<a href="https://koalaco.jobs.personio.de/?language=en">Jobs</a>',
        "personio",
        "koalaco",
    ),
    "workday": (
        '<a href="https://koalaco.wd5.myworkdayjobs.com/en-US/KoalaCareers">Jobs</a>',
        "workday",
        "https://koalaco.wd5.myworkdayjobs.com/KoalaCareers",
    ),
    "teamtailor": (
        '<a href="https://koalaco.teamtailor.com/jobs">Jobs</a>',
        "teamtailor",
        "koalaco",
    ),
    "bamboohr": (
        '<iframe src="https://koalaco.bamboohr.com/jobs/embed2.php"></iframe>',
        "bamboohr",
        "koalaco",
    ),
    "breezy": ('<a href="https://koalaco.breezy.hr/">Open roles</a>', "breezy", "koalaco"),
}


def page(body: str, title: str = "Careers - Koala Co") -> Response:
    return Response(
        f"<html><head><title>{title}</title></head><body>{body}</body></html>", headers=HTML
    )


@pytest.fixture(scope="module")
def site() -> LoopbackServer:
    routes = {f"/{name}": page(body) for name, (body, _, _) in PAGES.items()}
    jsonld = {"@context": "https://schema.org", "@type": "JobPosting", "title": "ML Engineer"}
    routes["/jsonld"] = page(f'<script type="application/ld+json">{json.dumps(jsonld)}</script>')
    routes["/"] = page('<a href="/about">About</a> <a href="/join-us">Careers</a>', "Koala Co")
    routes["/join-us"] = page(PAGES["ashby-script"][0])
    routes["/nothing"] = page("<p>We are not hiring.</p>")
    with LoopbackServer(routes) as server:
        yield server


@pytest.mark.parametrize("name", sorted(PAGES))
def test_discover_no_verify_on_a_careers_page(
    site: LoopbackServer, name: str, tmp_path: Path
) -> None:
    _, adapter, board = PAGES[name]
    code, out, err = run("discover", f"{site.url}/{name}", "--no-verify", cwd=tmp_path)
    assert code == 0, err
    table = tomllib.loads(out.split("\n", 1)[1])["sources"]
    (options,) = table.values()
    assert options["adapter"] == adapter and options["boards"] == [board]
    assert options["company"] == "Koala Co"
    assert not (tmp_path / "jobs.toml").exists()  # nothing written without --add


def test_discover_jsonld_page(site: LoopbackServer, tmp_path: Path) -> None:
    code, out, err = run("discover", f"{site.url}/jsonld", "--no-verify", cwd=tmp_path)
    assert code == 0, err
    (options,) = tomllib.loads(out.split("\n", 1)[1])["sources"].values()
    assert options == {"adapter": "jsonld", "urls": [f"{site.url}/jsonld"], "company": "Koala Co"}


def test_a_home_page_leads_to_its_careers_page(site: LoopbackServer, tmp_path: Path) -> None:
    code, out, err = run("discover", f"{site.url}/", "--no-verify", cwd=tmp_path)
    assert code == 0, err
    assert out.startswith(f"{site.url}/join-us: ashby board 'koalaco'")


def test_a_page_without_a_board_is_one_line(site: LoopbackServer, tmp_path: Path) -> None:
    code, _, err = run("discover", f"{site.url}/nothing", "--no-verify", cwd=tmp_path)
    assert code == 1 and err.count("\n") == 1 and "no ATS board" in err


# -- verification against a loopback ATS API ---------------------------------------------


def test_verify_counts_jobs_and_add_writes_the_table(tmp_path: Path) -> None:
    board = (FIXTURES / "greenhouse" / "quantumkoala.json").read_bytes()
    routes = {
        "/careers": page('<a href="https://boards.greenhouse.io/quantumkoala">Jobs</a>'),
        "/v1/boards/quantumkoala/jobs": Response(board),
    }
    with LoopbackServer(routes) as server:
        out = jobs(
            "discover", f"{server.url}/careers", "--add", "--api-base", server.url, cwd=tmp_path
        )
    assert out.returncode == 0, out.stderr
    assert "verified: 2 open jobs" in out.stdout  # the fixture's third job is broken
    sources = tomllib.loads((tmp_path / "jobs.toml").read_text())["sources"]
    assert sources["koala-co"] == {
        "adapter": "greenhouse",
        "boards": ["quantumkoala"],
        "company": "Koala Co",
    }


def test_a_board_the_api_does_not_know_is_an_error_and_nothing_is_written(tmp_path: Path) -> None:
    routes = {"/careers": page('<a href="https://jobs.ashbyhq.com/gonekoala">Jobs</a>')}
    with LoopbackServer(routes) as server:  # the API answers 404 for every board
        code, _out, err = run(
            "discover", f"{server.url}/careers", "--add", "--api-base", server.url, cwd=tmp_path
        )
    assert code == 1 and err.count("\n") == 1 and "404" in err
    assert not (tmp_path / "jobs.toml").exists()


def test_an_empty_board_is_reported_not_taken_as_proof(tmp_path: Path) -> None:
    routes = {
        "/careers": page('<a href="https://jobs.ashbyhq.com/quietkoala">Jobs</a>'),
        "/posting-api/job-board/quietkoala": Response(json.dumps({"jobs": []})),
    }
    with LoopbackServer(routes) as server:
        code, out, err = run(
            "discover", f"{server.url}/careers", "--api-base", server.url, cwd=tmp_path
        )
    assert code == 0, err
    assert "lists no open jobs" in out


def test_a_hostile_site_name_is_neutralised_in_the_table() -> None:
    from scraper.discover import company_of

    html = '<meta property="og:site_name" content="Evil\x1b[2J\u202eCo &quot;x&quot;">'
    name = company_of(html, "https://evil.example/")
    assert "\x1b" not in name and "\u202e" not in name
    from scraper.directory import source_table

    text = source_table("evil", "greenhouse", "evil", name)
    assert tomllib.loads(text)["sources"]["evil"]["company"] == name


def test_a_board_of_an_adapter_not_installed_is_shown_not_verified_nor_added(
    site: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sources import registry

    # As in a jobs without the breezy adapter (an older one, or a plugin not installed).
    installed = [name for name in registry.names() if name != "breezy"]
    monkeypatch.setattr(registry, "names", lambda: installed)
    code, out, _ = run("discover", f"{site.url}/breezy", cwd=tmp_path)
    assert code == 0
    assert "not verified: no 'breezy' adapter" in out
    assert 'adapter = "breezy"' in out
    code, _, err = run("discover", f"{site.url}/breezy", "--add", cwd=tmp_path)
    assert code == 1 and "not installed" in err and err.count("\n") == 1
    assert not (tmp_path / "jobs.toml").exists()
