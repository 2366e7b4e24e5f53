"""The labelled title corpora of bench/accuracy: split rule, labels, ESCO mapping, harness."""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from scraper.classify import load_taxonomy

BENCH = Path(__file__).resolve().parents[1] / "bench" / "accuracy"


def _module(name: str) -> ModuleType:
    """Import a bench script (not a package) by path."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


build_esco = _module("build_esco")
accuracy = _module("accuracy")


def _rows(name: str) -> list[dict[str, str]]:
    with (BENCH / "data" / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@pytest.mark.parametrize("name", ["titles.tsv", "esco_titles.tsv"])
def test_every_title_sits_in_the_split_its_hash_gives(name: str) -> None:
    wrong = [r["title"] for r in _rows(name) if r["set"] != build_esco.split_of(r["title"])]
    assert wrong == []


def test_esco_rows_carry_valid_roles_and_no_level() -> None:
    roles = set(load_taxonomy().roles)
    rows = _rows("esco_titles.tsv")
    assert len(rows) > 3000
    assert {r["role"] for r in rows} <= roles
    assert {r["level"] for r in rows} == {"?"}
    assert all(r["source"].startswith("esco:") for r in rows)
    keys = [r["title"].casefold() for r in rows]
    assert len(keys) == len(set(keys))


def test_esco_mapping_names_only_valid_roles() -> None:
    mapping = build_esco.load_mapping(build_esco.MAPPING)
    assert set(mapping.values()) <= {*load_taxonomy().roles, "-"}


def test_the_most_specific_mapping_key_wins() -> None:
    mapping = {"2": "other", "25": "software-engineer", "2529": "security-engineer",
               "knowledge engineer": "-"}  # fmt: skip
    role_of = build_esco.role_of
    assert role_of(mapping, "ethical hacker", "2529") == "security-engineer"
    assert role_of(mapping, "web developer", "2513") == "software-engineer"
    assert role_of(mapping, "chemist", "2113") == "other"
    assert role_of(mapping, "knowledge engineer", "2529") is None  # left out: ambiguous
    assert role_of(mapping, "cook", "5120") is None  # under no key


def test_titles_shared_by_two_roles_are_dropped(tmp_path: Path) -> None:
    occupations = tmp_path / "occupations_en.csv"
    with occupations.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["iscoGroup", "preferredLabel", "altLabels"])
        out.writerow(["2512", "software developer", "programmer\nplatform wrangler"])
        out.writerow(["2522", "systems administrator", "sysadmin\nPlatform  Wrangler"])
    mapping = {"2512": "software-engineer", "2522": "devops-engineer"}
    found = build_esco.titles(occupations, mapping)
    assert sorted(found) == [
        "programmer",
        "software developer",
        "sysadmin",
        "systems administrator",
    ]
    assert found["sysadmin"][1:] == ("devops-engineer", "2522")


def test_harness_scores_roles_only_on_esco(capsys: pytest.CaptureFixture[str]) -> None:
    assert accuracy.main(["--corpus", "esco", "--set", "dev"]) == 0
    out = capsys.readouterr().out
    assert "level: not labelled in this corpus" in out
    assert "role:" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--set", "holdout"], "unknown split holdout"),
        (["--corpus", "/nonexistent/corpus.tsv"], "cannot read the corpus"),
    ],
)
def test_harness_bad_input(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert accuracy.main(argv) == 2
    assert message in capsys.readouterr().out


def test_market_places_sit_in_their_split_and_carry_valid_labels() -> None:
    """places_market.jsonl: the SHA-1 split of build_salary_place, ISO codes, workplace words."""
    import hashlib

    import pycountry

    rows = [
        json.loads(line) for line in (BENCH / "data" / "places_market.jsonl").open(encoding="utf-8")
    ]
    assert len(rows) >= 400
    for row in rows:
        bucket = int(hashlib.sha1(row["text"].encode()).hexdigest(), 16) % 10
        assert row["split"] == ("train" if bucket < 6 else "dev" if bucket < 8 else "test")
        assert row["country"] is None or pycountry.countries.get(alpha_2=row["country"])
        assert row["remote"] in (None, "remote", "hybrid")
        assert row["source"]
    assert len({r["text"] for r in rows}) == len(rows)


display_titles = _module("display_titles")


def test_display_titles_lose_no_word_on_the_real_title_corpus() -> None:
    rows = [
        json.loads(line)
        for line in (BENCH / "data" / "display_titles.jsonl").open(encoding="utf-8")
    ]
    assert len(rows) >= 300
    lost = {r["title"]: display_titles.lost_words(r["title"], r["location"])[0] for r in rows}
    bare = {r["title"]: display_titles.lost_words(r["title"], None)[0] for r in rows}
    assert {t: w for t, w in lost.items() if w} == {}
    assert {t: w for t, w in bare.items() if w} == {}


@pytest.mark.parametrize(
    ("title", "location", "lost", "repeated"),
    [
        ("Lead Developer (AI)", "Berlin", [], []),
        ("Staff Engineer - London", "London, UK", [], ["london"]),
        ("Staff Engineer - London", "Paris, France", [], []),
        ("Werkstudent Vertrieb (m/w/d)", None, [], []),
    ],
)
def test_lost_words_counts_only_words_the_location_does_not_repeat(
    title: str, location: str | None, lost: list[str], repeated: list[str]
) -> None:
    assert display_titles.lost_words(title, location) == (lost, repeated)
