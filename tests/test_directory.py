"""The built-in employer directory: its data, `jobs directory`, `directory add`, `--directory`."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from scraper import directory as d
from scraper.config import parse_config, starter_text
from scraper.errors import ConfigError
from sources import registry
from tests.helpers import jobs

ROWS = d.load()


# -- the data ---------------------------------------------------------------------------


def test_directory_holds_at_least_500_employers() -> None:
    assert len(ROWS) >= 500


def test_every_row_is_well_formed_with_provenance() -> None:
    problems = [f"{r.company}: {p}" for r in ROWS for p in d.row_problems(r)]
    assert problems == []


def test_no_duplicate_company_board_or_domain() -> None:
    companies = Counter(r.company.lower() for r in ROWS)
    boards = Counter((r.adapter, r.board.lower()) for r in ROWS)
    domains = Counter(r.domain for r in ROWS if r.domain)
    assert [c for c, n in companies.items() if n > 1] == []
    assert [b for b, n in boards.items() if n > 1] == []
    assert [x for x, n in domains.items() if n > 1] == []


def test_every_registered_adapter_accepts_its_rows() -> None:
    """The options `scrape --directory` builds validate, for every installed adapter."""
    from sources.base import validate_options

    available = set(registry.names())
    checked = 0
    for row in ROWS:
        if row.adapter in available:
            options = {"adapter": row.adapter, "boards": [row.board], "company": row.company}
            validate_options("x", registry.get(row.adapter), options)
            checked += 1
    assert checked >= 500


def test_rows_of_adapters_not_installed_yet_are_counted() -> None:
    """Workday rows wait for the Workday adapter: skipped here, with their number."""
    skipped = [r for r in ROWS if r.adapter not in set(registry.names())]
    if skipped:
        pytest.skip(f"{len(skipped)} rows of unregistered adapters (not validated by an adapter)")


@pytest.mark.parametrize(
    ("adapter", "board", "ok"),
    [
        ("greenhouse", "anthropic", True),
        ("greenhouse", "has space", False),
        ("ashby", "The%20Browser%20Company", True),
        ("ashby", "bad%2", False),
        ("workable", "-our-home", False),
        ("lever", "sanas.ai", True),
        ("smartrecruiters", "Acme-1", False),
        ("workday", "https://acme.wd5.myworkdayjobs.com/External", True),
        ("workday", "https://acme.wd5.myworkdayjobs.com/", False),
        ("nosuch", "x", False),
    ],
)
def test_token_shapes(adapter: str, board: str, ok: bool) -> None:
    assert (d.token_problem(adapter, board) is None) is ok


def test_a_row_without_provenance_or_with_a_bad_domain_is_reported() -> None:
    row = d.Employer("Acme", "not a domain", "greenhouse", "acme", "name", "")
    problems = d.row_problems(row)
    assert any("provenance" in p for p in problems)
    assert any("domain" in p for p in problems)


# -- search and lookup ------------------------------------------------------------------


def test_search_matches_name_domain_or_board_and_filters_by_adapter() -> None:
    hits = d.search(ROWS, "anthropic")
    assert [(r.adapter, r.board) for r in hits] == [("greenhouse", "anthropic")]
    lever = d.search(ROWS, None, "lever")
    assert lever and all(r.adapter == "lever" for r in lever)
    assert d.search(ROWS, "zzzz-no-such-employer") == []


def test_find_by_name_domain_or_board_and_suggest_on_a_typo() -> None:
    assert d.find(ROWS, "Scale AI").board == "scaleai"
    with_domain = next(r for r in ROWS if r.domain)
    assert d.find(ROWS, f"https://www.{with_domain.domain}/careers") == with_domain
    assert d.find(ROWS, "https://www.anthropic.com/careers").board == "anthropic"
    with pytest.raises(ConfigError, match="did you mean 'Anthropic'"):
        d.find(ROWS, "anthropc")


def test_add_to_config_appends_never_clobbers_and_skips_configured_boards() -> None:
    text = '[sources.mine]\nadapter = "greenhouse"\nboards = "anthropic"\n'
    tables = [
        ("anthropic", "greenhouse", "anthropic", "Anthropic"),
        ("mine", "ashby", "cohere", 'Co"here\\'),
    ]
    new, messages = d.add_to_config(text, tables)
    assert new.startswith(text)  # the user's text is kept byte for byte
    data = tomllib.loads(new)["sources"]
    assert data["mine"] == {"adapter": "greenhouse", "boards": "anthropic"}
    assert data["mine-2"] == {"adapter": "ashby", "boards": ["cohere"], "company": 'Co"here\\'}
    assert "already configured" in messages[0]
    assert "[sources.mine-2]" in messages[1]


def test_config_switch_adds_every_directory_board_once() -> None:
    cfg = parse_config(
        'directory = true\n[sources.a]\nadapter = "greenhouse"\nboards = ["Anthropic"]\n', "t"
    )
    available = set(registry.names())
    expected = sum(1 for r in ROWS if r.adapter in available)
    assert cfg.directory
    # Anthropic is configured by the user already: its directory copy is left out.
    assert len(cfg.sources) == expected
    assert (
        sum(1 for s in cfg.sources if "anthropic" in [b.lower() for b in s.options["boards"]]) == 1
    )
    assert len({s.id for s in cfg.sources}) == len(cfg.sources)
    again = d.with_directory(cfg)
    assert again is cfg
    starter = d.with_directory(parse_config(starter_text(), "starter"))
    assert len(starter.sources) > len(parse_config(starter_text(), "starter").sources)


# -- the commands -----------------------------------------------------------------------


def test_directory_command_prints_tsv_in_a_pipe(tmp_path: Path) -> None:
    out = jobs("directory", "anthropic", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "company\tdomain\tadapter\tboard\tevidence"
    assert lines[1].split("\t")[2:4] == ["greenhouse", "anthropic"]
    out = jobs("directory", "--adapter", "nosuch", cwd=tmp_path)
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "nosuch" in out.stderr


def test_directory_add_creates_the_config_from_the_starter_then_appends(tmp_path: Path) -> None:
    out = jobs("directory", "add", "Mistral AI", "huggingface", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    text = (tmp_path / "jobs.toml").read_text()
    assert text.startswith(starter_text())
    sources = tomllib.loads(text)["sources"]
    assert "already configured" in out.stdout  # Mistral AI is in the starter
    assert sources["huggingface"] == {
        "adapter": "workable",
        "boards": ["huggingface"],
        "company": "Huggingface",
    }
    parse_config(text, "jobs.toml")  # what it wrote loads
    before = text
    out = jobs("directory", "add", "huggingface", "no-such-employer-xyz", cwd=tmp_path)
    assert out.returncode == 1
    assert out.stderr.startswith("jobs: error: 'no-such-employer-xyz' is not in the directory")
    assert out.stderr.count("\n") == 1
    assert (tmp_path / "jobs.toml").read_text() == before  # all or nothing


def test_directory_add_refuses_to_touch_a_broken_config(tmp_path: Path) -> None:
    path = tmp_path / "jobs.toml"
    path.write_text("[sources.x\n")
    out = jobs("directory", "add", "anthropic", cwd=tmp_path)
    assert out.returncode == 1 and "invalid TOML" in out.stderr
    assert path.read_text() == "[sources.x\n"


def test_scrape_directory_flag_runs_the_directory_boards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`jobs scrape --directory` hands the pipeline the config's sources plus the directory's."""
    from typer.testing import CliRunner

    import scraper.cli
    import scraper.pipeline

    ran: list[int] = []

    class NoStore:
        def needs_rekey(self) -> bool:
            return False

        def close(self) -> None:
            pass

    def fake_scrape(cfg: object, store: object, *args: object, **kwargs: object) -> list[object]:
        ran.append(len(cfg.sources))  # type: ignore[attr-defined]
        return []

    monkeypatch.setattr(scraper.cli, "_open_store", lambda db: NoStore())
    monkeypatch.setattr(scraper.pipeline, "scrape", fake_scrape)
    config = tmp_path / "jobs.toml"
    config.write_text('[sources.a]\nadapter = "greenhouse"\nboards = ["anthropic"]\n')
    runner = CliRunner()
    for args in (
        ["scrape", "-q", "--no-watch", "-c", str(config)],
        ["scrape", "-q", "--no-watch", "--directory", "-c", str(config)],
    ):
        result = runner.invoke(scraper.cli.app, args, env={"JOBS_CONFIG": "", "JOBS_DB": ""})
        assert result.exit_code == 0, result.output
    available = set(registry.names())
    assert ran == [1, sum(1 for r in ROWS if r.adapter in available)]
