"""The README and the starter config agree with the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.config import STARTER, load_config
from sources import registry
from tests.helpers import jobs

README = Path(__file__).parent.parent / "README.md"


def readme_sources_table() -> str:
    """The Markdown table under README's "## Supported sources" heading."""
    section = README.read_text(encoding="utf-8").split("\n## Supported sources\n", 1)[1]
    lines = [x for x in section.split("\n## ", 1)[0].splitlines() if x.startswith("|")]
    return "\n".join(lines) + "\n"


def test_readme_table_is_the_output_of_jobs_sources_markdown(tmp_path: Path) -> None:
    out = jobs("sources", "--markdown", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert readme_sources_table() == out.stdout, (
        "README's 'Supported sources' table is stale: paste `jobs sources --markdown` there"
    )


def test_markdown_table_lists_every_builtin_adapter_with_its_options() -> None:
    rows = registry.markdown_table().splitlines()[2:]
    assert [row.split("`")[1] for row in rows] == sorted(registry.BUILTIN)
    for row in rows:
        name = row.split("`")[1]
        for option in registry.get(name).options:
            assert f"`{option}`" in row


@pytest.fixture
def no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("JOBS_CONFIG", raising=False)


@pytest.mark.usefixtures("no_config")
def test_starter_config_parses_and_builds_first_requests() -> None:
    config = load_config(None)
    assert config.origin == STARTER
    by_adapter: dict[str, list[str]] = {}
    for src in config.sources:
        by_adapter.setdefault(src.adapter, []).append(src.id)
        adapter = registry.get(src.adapter)(src.id, src.options)
        assert list(adapter.requests()), src.id
    assert {"greenhouse", "lever", "ashby", "remotive", "hn", "jobicy"} <= set(by_adapter)
    # One Remotive source: a second on its host would wait 35 s (see test_cli_promises).
    remotive = [config.source(i).options["category"] for i in by_adapter["remotive"]]
    assert remotive == ["data"]


@pytest.mark.usefixtures("no_config")
def test_starter_sources_keep_their_adapters_politeness() -> None:
    # The starter never lowers an adapter's request spacing below its published limits.
    lowered = {
        src.id
        for src in load_config(None).sources
        if src.options.get("delay", registry.get(src.adapter).min_delay)
        < registry.get(src.adapter).min_delay
    }
    assert lowered == set()


def test_adapters_doc_shows_the_example_plugin_verbatim() -> None:
    doc = (Path(__file__).parent.parent / "docs" / "adapters.md").read_text(encoding="utf-8")
    example = Path(__file__).parent.parent / "docs" / "examples" / "jobs-koalaboard"
    for name in ("pyproject.toml", "koalaboard.py", "test_koalaboard.py"):
        assert f"\n{(example / name).read_text(encoding='utf-8')}```\n" in doc, name


def test_readme_config_example_is_a_valid_config() -> None:
    import re

    from scraper.config import parse_config

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", readme, re.S)
    assert block is not None
    text = block.group(1).replace('base_url = "https://..."', 'base_url = "https://example.com"')
    config = parse_config(text, "README")
    assert [s.id for s in config.sources] == ["anthropic", "mistral"]
