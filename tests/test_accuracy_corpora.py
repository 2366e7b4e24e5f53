"""The labelled title corpora of bench/accuracy: split rule, labels, ESCO and O*NET, harness."""

from __future__ import annotations

import csv
import dataclasses
import gzip
import importlib.util
import json
import re
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

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
build_market_a = _module("build_market_a")
build_onet = _module("build_onet")
accuracy = _module("accuracy")


def _rows(name: str) -> list[dict[str, str]]:
    with (BENCH / "data" / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _saved(path: Path, text: str) -> Path:
    """`path`, written with `text` (its folder made): an invented input of a test."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _check_rejected(
    builder: ModuleType, capsys: pytest.CaptureFixture[str], *argsets: list[str]
) -> None:
    """Each command line fails (1) and says so in one "<builder>: cannot read" line."""
    for args in argsets:
        assert builder.main(args) == 1, args
    err = capsys.readouterr().err.strip().splitlines()
    name = builder.__name__.removeprefix("bench_")
    assert len(err) == len(argsets) and all(line.startswith(f"{name}: cannot read") for line in err)


@pytest.mark.parametrize(
    "name",
    [
        "titles.tsv",
        "esco_titles.tsv",
        "esco_fr_titles.tsv",
        "esco_es_titles.tsv",
        *(f"esco_{lang}_titles.tsv" for lang in ("de", "it", "nl", "pl", "pt")),
        *(f"esco_{lang}_titles.tsv" for lang in build_esco.MORE_LANGS),
        "onet_titles.tsv",
        "market_a.tsv",
        "market_b.tsv",
        "market_f.tsv",
    ],
)
def test_every_title_sits_in_the_split_its_hash_gives(name: str) -> None:
    wrong = [r["title"] for r in _rows(name) if r["set"] != build_esco.split_of(r["title"])]
    assert wrong == []


@pytest.mark.parametrize(
    ("name", "size", "source"),
    [
        ("esco_titles.tsv", 3000, r"esco:\d{4}"),
        ("esco_fr_titles.tsv", 2500, r"esco:\d{4}"),
        ("esco_es_titles.tsv", 2500, r"esco:\d{4}"),
        *(
            (f"esco_{lang}_titles.tsv", 2500, r"esco:\d{4}")
            for lang in ("de", "it", "nl", "pl", "pt")
        ),
        # MELO's thirteen further languages: 2,127 (Estonian) to 3,600 titles.
        *((f"esco_{lang}_titles.tsv", 2000, r"esco:\d{4}") for lang in build_esco.MORE_LANGS),
        ("onet_titles.tsv", 30000, r"onet:\d\d-\d{4}\.\d\d"),
    ],
)
def test_public_corpora_carry_valid_roles_and_no_level(name: str, size: int, source: str) -> None:
    roles = set(load_taxonomy().roles)
    rows = _rows(name)
    assert len(rows) > size
    assert {r["role"] for r in rows} <= roles
    assert {r["level"] for r in rows} == {"?"}
    assert all(re.fullmatch(source, r["source"]) for r in rows)
    keys = [r["title"].casefold() for r in rows]
    assert len(keys) == len(set(keys))


def test_market_b_rows_carry_valid_roles_and_levels() -> None:
    taxonomy = load_taxonomy()
    rows = _rows("market_b.tsv")
    assert len(rows) > 800
    assert list(rows[0]) == ["title", "role", "level", "set", "source", "note"]
    bad = [
        r["title"]
        for r in rows
        if r["role"] not in taxonomy.roles or r["level"] not in {*taxonomy.levels, "-"}
    ]
    assert bad == []
    # Every row names where it came from, and no title is blank or padded.
    assert all(r["source"] and ":" in r["source"] for r in rows)
    assert all(r["title"] and r["title"] == " ".join(r["title"].split()) for r in rows)


def test_market_b_is_new_data() -> None:
    """No duplicate titles, and none already in the corpora the classifier was tuned on."""
    keys = [r["title"].casefold() for r in _rows("market_b.tsv")]
    assert len(keys) == len(set(keys))
    old = {r["title"].casefold() for name in ("titles.tsv", "esco_titles.tsv") for r in _rows(name)}
    assert sorted(set(keys) & old) == []


def test_onet_shares_no_title_with_the_other_corpora() -> None:
    onet = {r["title"].casefold() for r in _rows("onet_titles.tsv")}
    others = {r["title"].casefold() for n in ("titles.tsv", "esco_titles.tsv") for r in _rows(n)}
    assert not onet & others


def test_onet_tables_name_only_valid_roles_and_give_reasons() -> None:
    valid = {*load_taxonomy().roles, "-"}
    roles = build_onet.load_roles()
    assert len(roles) > 1000
    assert all(re.fullmatch(r"\d\d-\d{4}\.\d\d", code) for code in roles)
    assert set(roles.values()) <= valid
    assert set(build_onet.load_overrides().values()) <= valid
    table = [ln for ln in build_onet.ROLES.read_text(encoding="utf-8").splitlines()[1:]]
    assert all(ln.split("\t")[3].strip() for ln in table if not ln.startswith("#"))


def _onet_release(folder: Path) -> Path:
    """A tiny O*NET text release in the real files' format (invented titles)."""
    folder.mkdir()
    occupations = [
        ("15-1252.00", "Software Developers"),
        ("15-1255.00", "Web and Digital Interface Designers"),
        ("15-1299.08", "Computer Systems Engineers/Architects"),
        ("47-2031.00", "Carpenters"),
    ]
    (folder / build_onet.OCCUPATIONS).write_text(
        "O*NET-SOC Code\tTitle\tDescription\n"
        + "".join(f"{c}\t{t}\tDoes the work.\n" for c, t in occupations),
        encoding="utf-8",
    )
    alternate = [
        ("15-1252.00", "Widget Platform Coder", "n/a"),
        ("15-1252.00", "Pixel Pipeline Developer", "n/a"),
        ("15-1255.00", "Pixel Pipeline Developer", "n/a"),  # two roles: dropped
        ("15-1255.00", "Brochure Layout Designer (BLD)", "Layout Designer"),
        ("15-1299.08", "Stack Wrangler", "SW"),  # left-out occupation: dropped
        ("15-1252.00", "Stack Wrangler", "n/a"),  # ... everywhere
        ("47-2031.00", "Timber  Framer", "n/a"),
        ("47-2031.00", "Cabinet Vision Engineer", "n/a"),  # overridden
        ("47-2031.00", "Software Engineer", "n/a"),  # in titles.tsv: excluded
    ]
    (folder / build_onet.ALTERNATE).write_text(
        "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\n"
        + "".join(f"{c}\t{t}\t{s}\t08\n" for c, t, s in alternate),
        encoding="utf-8",
    )
    (folder / build_onet.REPORTED).write_text(
        "O*NET-SOC Code\tReported Job Title\tShown in My Next Move\n"
        "47-2031.00\tFinish Carpenter\tY\n",
        encoding="utf-8",
    )
    return folder


def _onet_tables(tmp_path: Path) -> list[str]:
    roles = tmp_path / "roles.tsv"
    roles.write_text(
        "# comment\ncode\toccupation\trole\twhy\n"
        "15-1252.00\tSoftware Developers\tsoftware-engineer\tsoftware\n"
        "15-1255.00\tWeb and Digital Interface Designers\tdesigner\tdesign\n"
        "15-1299.08\tComputer Systems Engineers/Architects\t-\tambiguous\n"
        "47-2031.00\tCarpenters\tother\ttrades\n",
        encoding="utf-8",
    )
    overrides = tmp_path / "overrides.tsv"
    overrides.write_text(
        "title\trole\twhy\ncabinet vision engineer\tml-engineer\tcomputer vision\n",
        encoding="utf-8",
    )
    return ["--roles", str(roles), "--overrides", str(overrides)]


def test_onet_builder_labels_by_occupation_and_override(tmp_path: Path) -> None:
    release = _onet_release(tmp_path / "onet")
    out = tmp_path / "onet_titles.tsv"
    argv = ["--onet", str(release), "--out", str(out), *_onet_tables(tmp_path)]
    assert build_onet.main(argv) == 0
    with out.open(encoding="utf-8", newline="") as f:
        rows = {r["title"]: (r["role"], r["source"]) for r in csv.DictReader(f, delimiter="\t")}
    assert rows == {
        "Widget Platform Coder": ("software-engineer", "onet:15-1252.00"),
        "Brochure Layout Designer (BLD)": ("designer", "onet:15-1255.00"),
        "Layout Designer": ("designer", "onet:15-1255.00"),  # a short title of 2+ words
        "Timber Framer": ("other", "onet:47-2031.00"),  # whitespace collapsed
        "Cabinet Vision Engineer": ("ml-engineer", "onet:47-2031.00"),
        "Finish Carpenter": ("other", "onet:47-2031.00"),  # a reported title
    }


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: (d / build_onet.ALTERNATE).unlink(), "No such file"),
        (
            lambda d: (d / build_onet.REPORTED).write_text("code\ttitle\n", encoding="utf-8"),
            "no column O*NET-SOC Code",
        ),
        (
            lambda d: (d / build_onet.OCCUPATIONS).write_text(
                "O*NET-SOC Code\tTitle\n15-1252.00\tSoftware Developers\n", encoding="utf-8"
            ),
            "not in O*NET 15-1255.00",
        ),
    ],
)
def test_onet_builder_bad_input(
    tmp_path: Path,
    damage: Callable[[Path], object],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    release = _onet_release(tmp_path / "onet")
    damage(release)
    out = _saved(tmp_path / "onet_titles.tsv", "kept\n")
    argv = ["--onet", str(release), "--out", str(out), *_onet_tables(tmp_path)]
    assert build_onet.main(argv) == 2
    printed = capsys.readouterr().out
    assert printed.startswith("error: ") and message in printed
    assert out.read_text(encoding="utf-8") == "kept\n"  # never half-written


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


def _esco_csv(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """A tiny ESCO occupations CSV: (conceptUri, iscoGroup, preferredLabel, altLabels)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["conceptUri", "iscoGroup", "preferredLabel", "altLabels"])
        out.writerows(rows)
    return path


def test_french_labels_take_the_mapping_of_their_english_occupation(tmp_path: Path) -> None:
    english = _esco_csv(
        tmp_path / "occupations_en.csv",
        [("u:1", "2434", "data analyst", ""), ("u:2", "2434", "ICT account manager", "")],
    )
    french = _esco_csv(
        tmp_path / "occupations_fr.csv",
        [
            ("u:1", "2434", "analyste de données", "data analyste/analyste data\n/analyste BI/"),
            (
                "u:2",
                "2434",
                "chargé de comptes TIC/chargée de comptes TIC",
                "chargée de comptes TIC",
            ),
        ],
    )
    mapping = {"2434": "sales-marketing", "data analyst": "data-analyst"}
    found = build_esco.titles(french, mapping, build_esco.english_labels(english))
    # The label key is English ("data analyst"), read through the conceptUri; a slash
    # inside a label (two genders, or two names) stays as ESCO writes it, one at an end goes.
    assert found == {
        "analyste de données": ("analyste de données", "data-analyst", "2434"),
        "data analyste/analyste data": ("data analyste/analyste data", "data-analyst", "2434"),
        "analyste bi": ("analyste BI", "data-analyst", "2434"),
        "chargé de comptes tic/chargée de comptes tic": (
            "chargé de comptes TIC/chargée de comptes TIC",
            "sales-marketing",
            "2434",
        ),
        "chargée de comptes tic": ("chargée de comptes TIC", "sales-marketing", "2434"),
    }


def test_a_french_or_spanish_build_needs_the_english_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    french = _esco_csv(tmp_path / "occupations_fr.csv", [("u:1", "2434", "vendeur", "")])
    out = tmp_path / "out.tsv"
    assert build_esco.main(["--lang", "fr", "--occupations", str(french), "--out", str(out)]) == 2
    assert "needs --english" in capsys.readouterr().out
    assert not out.exists()
    assert build_esco.out_path("es").name == "esco_es_titles.tsv"
    assert build_esco.out_path("en") == build_esco.OUT


@pytest.mark.parametrize("name", ["esco_fr_titles.tsv", "esco_es_titles.tsv"])
def test_esco_french_and_spanish_share_no_title_with_another_corpus(name: str) -> None:
    keys = {r["title"].casefold() for r in _rows(name)}
    for other in sorted((BENCH / "data").glob("*.tsv")):
        if other.name == name:
            continue
        theirs = {r["title"].casefold() for r in _rows(other.name) if r.get("title")}
        assert sorted(keys & theirs) == [], other.name
    # Capped as the English corpus is: no role over 1,500 titles.
    assert max(Counter(r["role"] for r in _rows(name)).values()) <= 1500
    doc = (BENCH / "data" / "README.md").read_text(encoding="utf-8")
    assert name in doc and "emanuellandell/public" in doc


def test_a_melo_folder_gives_esco_occupations_with_the_english_isco_group(tmp_path: Path) -> None:
    english = _esco_csv(
        tmp_path / "occupations_en.csv",
        [("u:occupation/1", "2512", "software developer", ""),
         ("u:occupation/2", "2434", "ICT account manager", "")],
    )  # fmt: skip
    folder = tmp_path / "deu_q_de_c_de"
    folder.mkdir()
    # Headerless TSVs: <concept>_<lang>_<n> -> label, and -> ESCO concept URI; _000 first.
    (folder / "corpus_elements.tsv").write_text(
        "C000001_de_000\tSoftwareentwickler\n"
        "C000002_de_001\tAnwendungsprogrammiererin\n"
        "C000002_de_000\tSoftwareentwickler/Softwareentwicklerin\n"
        "C000003_de_000\tVertriebsleiter IKT\n"
        "C000004_de_000\tFahrer\n",
        encoding="utf-8",
    )
    (folder / "concept_mapping.tsv").write_text(
        "C000001_de_000\thttp://data.europa.eu/esco/isco/C2512\n"
        "C000002_de_000\tu:occupation/1\nC000002_de_001\tu:occupation/1\n"
        "C000003_de_000\tu:occupation/2\nC000004_de_000\tu:occupation/9\n",
        encoding="utf-8",
    )
    isco = build_esco.english_isco(english)
    rows = build_esco.melo_occupations(folder, isco)
    # The ISCO group's own label and an occupation the English CSV lacks are left out.
    assert rows == [
        {"conceptUri": "u:occupation/1", "iscoGroup": "2512",
         "preferredLabel": "Softwareentwickler/Softwareentwicklerin",
         "altLabels": "Anwendungsprogrammiererin"},
        {"conceptUri": "u:occupation/2", "iscoGroup": "2434",
         "preferredLabel": "Vertriebsleiter IKT", "altLabels": ""},
    ]  # fmt: skip
    mapping = {"2512": "software-engineer", "2434": "sales-marketing"}
    found = build_esco.titles(folder, mapping, build_esco.english_labels(english), isco)
    assert found["anwendungsprogrammiererin"] == (
        "Anwendungsprogrammiererin", "software-engineer", "2512"
    )  # fmt: skip
    assert sorted(found) == [
        "anwendungsprogrammiererin",
        "softwareentwickler/softwareentwicklerin",
        "vertriebsleiter ikt",
    ]
    with pytest.raises(ValueError, match="MELO folder"):
        build_esco.titles(folder, mapping, build_esco.english_labels(english))
    assert build_esco.out_path("de").name == "esco_de_titles.tsv"


@pytest.mark.parametrize("lang", ["de", "it", "nl", "pl", "pt", *build_esco.MORE_LANGS])
def test_esco_labels_of_more_languages_are_new_capped_documented(lang: str) -> None:
    name = f"esco_{lang}_titles.tsv"
    keys = {r["title"].casefold() for r in _rows(name)}
    for other in sorted((BENCH / "data").glob("*.tsv")):
        if other.name == name:
            continue
        theirs = {r["title"].casefold() for r in _rows(other.name) if r.get("title")}
        assert sorted(keys & theirs) == [], other.name
    assert max(Counter(r["role"] for r in _rows(name)).values()) <= 1500
    doc = (BENCH / "data" / "README.md").read_text(encoding="utf-8")
    assert name in doc
    source = "occupations_" + lang if lang in ("nl", "pt") else "Avature/melo-benchmark"
    assert source in doc


@pytest.mark.parametrize(
    "corpus",
    [
        "esco",
        "esco-fr",
        "esco-es",
        "esco-de",
        "esco-it",
        "esco-nl",
        "esco-pl",
        "esco-pt",
        *(f"esco-{lang}" for lang in build_esco.MORE_LANGS),
        "onet",
    ],
)
def test_harness_scores_roles_only_on_esco_and_onet(
    corpus: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert accuracy.main(["--corpus", corpus, "--set", "dev"]) == 0
    out = capsys.readouterr().out
    assert "level: not labelled in this corpus" in out
    assert "role:" in out


def test_harness_pools_named_corpora() -> None:
    market = accuracy.corpus_paths("market")
    assert market == [p for n, p in accuracy.CORPORA.items() if n.startswith("market-")]
    assert len(market) > 40
    both = accuracy.corpus_paths("market-a, onet")
    assert both == [accuracy.CORPORA["market-a"], accuracy.CORPORA["onet"]]
    assert accuracy.corpus_paths("/x/own.tsv") == [Path("/x/own.tsv")]


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


def test_market_a_rows_are_valid_distinct_and_new() -> None:
    taxonomy = load_taxonomy()
    rows = _rows("market_a.tsv")
    assert len(rows) > 850
    assert {r["role"] for r in rows} <= set(taxonomy.roles)
    assert {r["level"] for r in rows} <= {*taxonomy.levels, "-"}
    keys = [r["title"].casefold() for r in rows]
    assert len(keys) == len(set(keys))
    assert all(r["title"] == " ".join(r["title"].split()) for r in rows)
    older = {
        r["title"].casefold() for name in ("titles.tsv", "esco_titles.tsv") for r in _rows(name)
    }
    assert not set(keys) & older


def test_market_a_sources_are_documented_and_capped() -> None:
    rows = _rows("market_a.tsv")
    doc = (BENCH / "data" / "market_a.md").read_text(encoding="utf-8")
    tags = {r["source"].partition(":")[0] for r in rows}
    assert all(f"`{tag}`" in doc for tag in tags)
    per_employer: dict[str, int] = {}
    for r in rows:
        per_employer[r["source"]] = per_employer.get(r["source"], 0) + 1
    assert max(per_employer.values()) <= 15


def test_market_a_builder_caps_dedupes_and_skips_known_titles() -> None:
    rows = [("Acme", f"Clerk {n}") for n in range(30)]
    rows += [
        ("Acme", "  Known   Title "),
        ("Beta", "clerk 1"),
        ("Beta", "高级工程师"),
        ("Beta", "1234"),
    ]
    rows += [("Beta", "Nurse  Manager")]
    picked = build_market_a.pick([("t", rows)], {"known title"}, per_employer=5, per_source=100)
    titles = [title for title, _ in picked]
    assert sum(source == "t:Acme" for _, source in picked) == 5
    assert "Nurse Manager" in titles  # whitespace collapsed
    assert not {"Known Title", "高级工程师", "1234"} & set(titles)
    assert len({t.casefold() for t in titles}) == len(titles)
    again = build_market_a.pick([("t", rows)], {"known title"}, per_employer=5, per_source=100)
    assert again == picked  # deterministic


def test_market_a_builder_reports_an_unreadable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _saved(tmp_path / "muse.json", "{not json")
    argv = ["--muse", f"m={bad}", "--out", str(tmp_path / "out.tsv")]
    assert build_market_a.main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("build_market_a: cannot read") and "\n" not in err


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
        assert row["remote"] in (None, "remote", "hybrid", "onsite")
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


build_market_c = _module("build_market_c")
OTHER_CORPORA = ("titles.tsv", "esco_titles.tsv", "onet_titles.tsv", "market_a.tsv", "market_b.tsv")


def _check_blind_corpus(name: str, least: int, columns: tuple[str, ...]) -> None:
    """A hand-labelled corpus: its columns, valid slugs, the split rule, distinct clean titles."""
    taxonomy = load_taxonomy()
    rows = _rows(name)
    assert len(rows) > least and list(rows[0]) == [*columns]
    assert {r["role"] for r in rows} <= set(taxonomy.roles)
    assert {r["level"] for r in rows} <= {*taxonomy.levels, "-"}
    assert [r["title"] for r in rows if r["set"] != build_esco.split_of(r["title"])] == []
    keys = [r["title"].casefold() for r in rows]
    assert len(keys) == len(set(keys))
    assert all(r["title"] and r["title"] == " ".join(r["title"].split()) for r in rows)


def test_market_c_rows_are_valid_split_and_distinct() -> None:
    _check_blind_corpus("market_c.tsv", 750, build_market_c.COLUMNS)


def test_market_c_is_new_data_with_documented_sources() -> None:
    keys = {r["title"].casefold() for r in _rows("market_c.tsv")}
    for name in OTHER_CORPORA:
        assert sorted(keys & {r["title"].casefold() for r in _rows(name)}) == [], name
    doc = (BENCH / "data" / "market_c.md").read_text(encoding="utf-8")
    rows = _rows("market_c.tsv")
    assert all(f"`{r['source'].partition(':')[0]}`" in doc for r in rows)
    per_employer: dict[str, int] = {}
    for r in rows:
        employer = r["source"].rpartition("|")[2].casefold()
        per_employer[employer] = per_employer.get(employer, 0) + 1
    assert max(per_employer.values()) <= 15


def _market_c_src(folder: Path) -> Path:
    """Saved board files in the formats the builder reads (invented titles)."""
    folder.mkdir()
    jobspy = ["title,company"] + [f"Shelf Filler {n},Bigmart" for n in range(20)]
    jobspy += ["Gizmo  Polisher ,Town Clinic", "Software Engineer,Town Clinic"]
    (folder / "collins_jobs_Testville.csv").write_text("\n".join(jobspy) + "\n", encoding="utf-8")
    listings = [
        {
            "company_name": "Widgetly",
            "title": "Widget Analyst",
            "url": "https://jobs.lever.co/widgetly/1",
        },
        {
            "company_name": "Widgetly",
            "title": "Widget Intern",
            "url": "https://widgetly.example/jobs/2",
        },
        {
            "company_name": "Anthropic",
            "title": "Gadget Tamer",
            "url": "https://jobs.ashbyhq.com/x/3",
        },
    ]
    (folder / "simplify_abc123_listings.json").write_text(json.dumps(listings), encoding="utf-8")
    return folder


def test_market_c_builder_caps_employers_and_skips_known_titles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _market_c_src(tmp_path / "src")
    assert build_market_c.main(["--src", str(src), "--quota", "market=50,ats=50"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    titles = [r[2] for r in rows]
    assert sum(r[3] == "Bigmart" for r in rows) == build_market_c.MAX_PER_EMPLOYER
    assert "Gizmo Polisher" in titles  # whitespace collapsed
    assert "Software Engineer" not in titles  # already in titles.tsv
    assert "Widget Analyst" in titles  # a Lever board
    assert "Widget Intern" not in titles  # not a public ATS board
    assert "Gadget Tamer" not in titles  # an employer of titles.tsv
    ats = next(r for r in rows if r[2] == "Widget Analyst")
    assert ats[1] == "ats" and ats[4].endswith("@abc123")
    assert build_market_c.main(["--src", str(src), "--quota", "market=50,ats=50"]) == 0
    assert [line.split("\t") for line in capsys.readouterr().out.splitlines()] == rows


def test_market_c_builder_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build_market_c.main(["--src", str(tmp_path / "missing")]) == 2
    src = _market_c_src(tmp_path / "src")
    (src / "simplify_bad_listings.json").write_text("{not json", encoding="utf-8")
    assert build_market_c.main(["--src", str(src)]) == 1
    assert build_market_c.main(["--src", str(src), "--quota", "ats"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("build_market_c: ") for line in err)


corpus_tools = _module("corpus_tools")


def test_known_titles_keep_removed_rows_by_digest(tmp_path: Path) -> None:
    """Rows removed from a corpus stay known by the digest of their case-folded title only."""
    row = "Data Wrangler\tother\t-\ttrain\tx\n"
    (tmp_path / "a.tsv").write_text("title\trole\tlevel\tset\tsource\n" + row, encoding="utf-8")
    assert "quantum barista" not in corpus_tools.known_titles(tmp_path, "b.tsv")
    gone = corpus_tools.hashlib.sha256(b"quantum barista").hexdigest()
    (tmp_path / corpus_tools.REMOVED_TITLES).write_text(gone + "\n", encoding="utf-8")
    known = corpus_tools.known_titles(tmp_path, "b.tsv")
    assert "data wrangler" in known and "quantum barista" in known
    assert "quantum baker" not in known and "Quantum Barista" not in known
    assert "data wrangler" not in corpus_tools.known_titles(tmp_path, "a.tsv")


def test_removed_titles_are_digests_only() -> None:
    """The removed rows' file holds SHA-256 digests and no title text."""
    lines = (BENCH / "data" / corpus_tools.REMOVED_TITLES).read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == 199
    assert all(re.fullmatch(r"[0-9a-f]{64}", line) for line in lines)


places_batches = _module("places_batches")


def test_market_place_batches_are_told_apart_by_source() -> None:
    """Each later batch of places_market.jsonl is known by its repositories (README)."""
    rows = [
        json.loads(line) for line in (BENCH / "data" / "places_market.jsonl").open(encoding="utf-8")
    ]
    sizes = Counter(places_batches.batch_of(r) for r in rows)
    assert sizes == {
        # 492 less the 15 strings copied from the shared samples (removed, fifteenth session)
        "first two": 477,
        "third": 231,
        "fourth": 88,
        "fifth": 81,
        "sixth": 175,
        "seventh": 253,
        "eighth": 263,
        "ninth": 284,
        "tenth": 32,
        "eleventh": 258,
        "twelfth": 146,
        "twelfth-b": 71,
        "thirteenth": 232,
        "thirteenth-b": 38,
        "thirteenth-c": 81,
        "fourteenth": 214,
        "fifteenth": 247,
        "fifteenth-b": 74,
        "seventeenth": 149,
        "eighteenth": 250,
        "eighteenth-b": 69,
        "nineteenth": 220,
        "nineteenth-b": 61,
        "twentieth": 193,
        "twentieth-b": 45,
        "twenty-first": 251,
        "twenty-first-b": 70,
        "twenty-second": 243,
        "twenty-third": 250,
        "twenty-fourth": 166,
        "twenty-fourth-b": 30,
        "twenty-fifth": 251,
        "twenty-sixth": 281,
        "twenty-sixth-b": 130,
        "twenty-seventh": 250,
        "twenty-eighth": 23,
        "twenty-eighth-b": 22,
        "twenty-ninth": 128,
        "twenty-ninth-b": 126,
        "thirtieth": 98,
        "thirty-first": 200,
        "thirty-second": 234,
    }


def test_places_batches_counts_wrong_countries_apart_from_none() -> None:
    rows = [
        {"text": "Berlin, Germany", "country": "DE", "city": "Berlin"},
        {"text": "Nowhere in particular", "country": "FR", "city": None},
        {"text": "Paris, France", "country": "US", "city": "Paris"},
    ]
    misses: list[str] = []
    assert places_batches.score(rows, misses) == "1/3 = 33.3% | 2/2 = 100.0% | 1"
    assert len(misses) == 2


build_market_d = _module("build_market_d")


def test_market_d_rows_are_valid_split_and_distinct() -> None:
    _check_blind_corpus("market_d.tsv", 500, build_market_d.COLUMNS)


def _check_new_documented_corpus(name: str, others: tuple[str, ...]) -> Counter[str]:
    """No title of another corpus, every source key in the .md; titles per employer."""
    rows = _rows(name)
    keys = {r["title"].casefold() for r in rows}
    for other in others:
        # The second labelling holds titles of each corpus it measures, by design.
        theirs = [r for r in _rows(other) if r.get("corpus") != name.removesuffix(".tsv")]
        assert sorted(keys & {r["title"].casefold() for r in theirs}) == [], other
    doc = (BENCH / "data" / name.replace(".tsv", ".md")).read_text(encoding="utf-8")
    assert all(f"`{r['source'].partition(':')[0]}`" in doc for r in rows)
    return Counter(r["source"].rpartition("|")[2].casefold() for r in rows)


def _check_new_documented_capped(name: str, others: tuple[str, ...]) -> list[dict[str, str]]:
    """`_check_new_documented_corpus`, and at most 15 titles per employer; the rows."""
    per_employer = _check_new_documented_corpus(name, others)
    assert max(per_employer.values()) <= 15
    return _rows(name)


def test_market_d_is_new_data_with_documented_sources() -> None:
    _check_new_documented_capped("market_d.tsv", build_market_d.OTHER_CORPORA)


def _tiny_corpora(data: Path, names: tuple[str, ...]) -> None:
    """Empty other corpora, but for one known title (of employer oldco) in titles.tsv."""
    data.mkdir()
    head = "title\trole\tlevel\tset\tsource\n"
    for name in names:
        (data / name).write_text(head, encoding="utf-8")
    (data / "titles.tsv").write_text(
        head + "Known Title\tother\t-\ttrain\tstapply-greenhouse:oldco\n", encoding="utf-8"
    )


def _market_d_src(folder: Path, data: Path) -> None:
    """Saved board files and tiny other corpora in the formats the builder reads (invented)."""
    folder.mkdir()
    _tiny_corpora(data, build_market_d.OTHER_CORPORA)
    listings = [
        {"company_name": "Newco", "title": f"Gizmo  Intern {n}", "url": "https://jobs.lever.co/n/1"}
        for n in range(9)
    ]
    listings += [
        {"company_name": "Newco", "title": "Known Title", "url": "https://jobs.lever.co/n/2"},
        {"company_name": "Oldco", "title": "Oldco Intern", "url": "https://jobs.lever.co/o/1"},
        {"company_name": "Bigbank", "title": "Teller", "url": "https://b.wd5.myworkdayjobs.com/x"},
        {"company_name": "Elsewhere", "title": "Baker", "url": "https://elsewhere.example/1"},
    ]
    (folder / "simplify_summer2025_listings.json").write_text(
        json.dumps(listings), encoding="utf-8"
    )
    (folder / "gupy_data.csv").write_text(
        "Company,JobName\nlojax,Vendedor de Pão\nlojax,Vendedor  de Pão\n", encoding="utf-8"
    )
    (folder / "saramin_python.sql").write_text(
        "INSERT INTO jobs (company, title) VALUES (\n    '(주)가나', \n    '빵 굽는 사람'\n);\n",
        encoding="utf-8",
    )


def test_market_d_builder_caps_employers_and_skips_known_titles(tmp_path: Path) -> None:
    _market_d_src(tmp_path / "src", tmp_path / "data")
    rows = build_market_d.pick(tmp_path / "src", tmp_path / "data")
    titles = [t for t, _ in rows]
    assert sum(t.startswith("Gizmo Intern") for t in titles) == build_market_d.QUOTAS["ats"][1]
    assert "Known Title" not in titles  # already in a corpus
    assert "Oldco Intern" not in titles  # an employer some corpus has
    assert "Baker" not in titles  # not an ATS board
    assert "Teller" in titles and "빵 굽는 사람" in titles
    assert titles.count("Vendedor de Pão") == 1  # whitespace collapsed, then deduplicated
    assert dict(rows)["Teller"].endswith("|Bigbank")
    assert build_market_d.pick(tmp_path / "src", tmp_path / "data") == rows


def test_market_d_builder_reports_an_unreadable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build_market_d.main(["--src", str(tmp_path / "missing")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("build_market_d: cannot read") and "\n" not in err


build_market_e = _module("build_market_e")


def test_market_e_rows_are_valid_split_and_distinct() -> None:
    _check_blind_corpus("market_e.tsv", 700, build_market_e.COLUMNS)


def test_market_e_is_new_data_of_capped_employers_with_documented_sources() -> None:
    others = {"titles.tsv", "esco_titles.tsv", "onet_titles.tsv"}
    others |= {f"market_{x}.tsv" for x in "abcd"}
    assert set(build_market_e.OTHER_CORPORA) == others
    rows = _check_new_documented_capped("market_e.tsv", build_market_e.OTHER_CORPORA)
    # Internships are market_d's slice: at most 5% here.
    assert sum(r["level"] == "intern" for r in rows) <= 0.05 * len(rows)


def _market_e_src(folder: Path, data: Path) -> None:
    """Saved Greenhouse boards and tiny other corpora in the builder's formats (invented)."""
    folder.mkdir()
    _tiny_corpora(data, build_market_e.OTHER_CORPORA)

    def board(token: str, company: str, jobs: list[tuple[str, str]]) -> None:
        doc = {
            "company": token,
            "jobs": [{"title": t, "language": lang, "company_name": company} for t, lang in jobs],
        }
        (folder / f"{token}.json").write_text(json.dumps(doc), encoding="utf-8")

    board("rocketco", "Rocket Co", [(f"Widget  Engineer {n}", "en") for n in range(12)])
    board(
        "appco",
        "App Co",
        [(f"Gadget Seller {n}", "en") for n in range(6)]
        + [("Known Title", "en"), ("Gadget Intern", "en"), ("Gadget Seller 0", "en")],
    )
    board("doctolib", "Docto", [("Vendeur de gadgets", "fr"), ("Gadget Tamer", "de")])
    board("oldco", "Oldco", [("Old Gadget Maker", "en")])


def test_market_e_builder_caps_employers_and_skips_known_titles(tmp_path: Path) -> None:
    _market_e_src(tmp_path / "src", tmp_path / "data")
    sectors = {"rocketco": "space", "appco": "saas", "doctolib": "health", "oldco": "saas"}
    rows = build_market_e.pick(tmp_path / "src", tmp_path / "data", sectors)
    titles = [t for t, _ in rows]
    per = Counter(s.rpartition("|")[2] for _, s in rows)
    assert per["Rocket Co"] == build_market_e.PER_EMPLOYER["hardware"]
    assert per["App Co"] == build_market_e.PER_EMPLOYER["software"]
    assert all(re.fullmatch(r"Widget Engineer \d+", t) for t in titles if "Widget" in t)
    assert "Known Title" not in titles  # already in a corpus
    assert "Gadget Intern" not in titles  # internships are another corpus's slice
    assert "Old Gadget Maker" not in titles  # an employer some corpus has
    assert {"Vendeur de gadgets", "Gadget Tamer"} <= set(titles)  # a German/French board
    assert len(titles) == len({t.casefold() for t in titles})
    assert dict(rows)["Gadget Tamer"].startswith("tech-jobs-hub:data/doctolib.json@")
    assert build_market_e.pick(tmp_path / "src", tmp_path / "data", sectors) == rows


def test_market_e_builder_reports_an_unreadable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build_market_e.main(["--src", str(tmp_path / "missing")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("build_market_e: cannot read") and "\n" not in err


def test_market_e_second_source_skips_employers_and_titles_already_drawn(tmp_path: Path) -> None:
    src = tmp_path / "ojd"
    src.mkdir()
    _tiny_corpora(tmp_path / "data", build_market_e.OTHER_CORPORA)
    postings = [("Gizmo AI", "ashby", f"Prompt  Whisperer {n}") for n in range(9)]
    postings += [("Gizmo AI", "ashby", "Known Title"), ("Gizmo AI", "workday", "Workday Gizmo")]
    postings += [("Rocket Co", "lever", "Rocket Polisher"), ("Stranger", "lever", "Not Listed")]
    jobs = [{"company": c, "platform": p, "title": t} for c, p, t in postings]
    (src / "new-jobs_abc123.json").write_text(json.dumps(jobs), encoding="utf-8")
    sectors = {"Gizmo AI": "ai", "Rocket Co": "space"}
    taken = [("Rocket Polisher", "tech-jobs-hub:data/rocketco.json@x|Rocket Co")]
    rows = build_market_e.pick_ojd(src, taken, tmp_path / "data", sectors)
    titles = [t for t, _ in rows]
    assert len(titles) == build_market_e.OJD_PER_EMPLOYER["software"]
    assert all(re.fullmatch(r"Prompt Whisperer \d", t) for t in titles)  # whitespace collapsed
    assert rows[0][1].startswith("open-jobs-data:data/new-jobs.json@abc123#ashby|Gizmo AI")
    assert build_market_e.pick_ojd(src, taken, tmp_path / "data", sectors) == rows


build_market_f = _module("build_market_f")


def test_market_f_rows_are_valid_split_and_distinct() -> None:
    _check_blind_corpus("market_f.tsv", 550, ("title", "role", "level", "set", "source", "note"))


def test_market_f_is_new_data_with_documented_sources() -> None:
    per_employer = _check_new_documented_corpus("market_f.tsv", build_market_f.OTHER_CORPORA)
    # Every row names its repository, commit and file; known employers give 8 at most.
    pattern = re.compile(r"[\w-]+:[\w.-]+/[\w.-]+@[0-9a-f]{12}:.+\|.+")
    assert all(pattern.fullmatch(r["source"]) for r in _rows("market_f.tsv"))
    per_employer.pop("?", None)
    assert max(per_employer.values()) <= build_market_f.PER_EMPLOYER


def _market_f_src(folder: Path) -> Path:
    """Saved files in the formats and names the market_f builder reads (invented content)."""
    folder.mkdir()
    scraper = {
        "jobs": [
            {"company": "Gizmo Co", "title": f"Gizmo  Analyst {n}", "ats": "LinkedIn"}
            for n in range(12)
        ]
        + [
            {"company": "Gizmo Co", "title": "Gizmo ATS Role", "ats": "Greenhouse"},
            {"company": "Solo Co", "title": "Shared  Title", "ats": "LinkedIn"},
            {"company": "Oldco", "title": "Known Title", "ats": "Indeed"},
            {"company": "Longco", "title": "Word " * 40, "ats": "Indeed"},
            {"company": "Cutco", "title": "Assistant to the...", "ats": "Indeed"},
        ]
    }
    (folder / f"jobscraper@someone+Job_Scraper@{'a' * 40}@output~linkedin_jobs.json").write_text(
        json.dumps(scraper), encoding="utf-8"
    )
    remotive = [{"title": "Shared Title", "company": "Other Co"}]
    remotive += [{"title": "Widget Tester", "company": "Company not found"}]
    (folder / f"remote@someone+board@{'b' * 40}@remotive_jobs.json").write_text(
        json.dumps(remotive), encoding="utf-8"
    )
    (folder / f"intl@someone+tw@{'c' * 40}@104.csv").write_text(
        "\ufeff公司名稱,職缺內容\n甲公司,麵包師傅\n", encoding="utf-8"
    )
    return folder


def test_market_f_builder_caps_employers_and_skips_known_titles(tmp_path: Path) -> None:
    src = _market_f_src(tmp_path / "src")
    rows = build_market_f.candidates(src, {"known title"})
    titles = [t for t, _, _ in rows]
    assert sum(t.startswith("Gizmo Analyst") for t in titles) == build_market_f.PER_EMPLOYER
    assert "Gizmo ATS Role" not in titles  # read from an ATS, not an aggregator
    assert "Known Title" not in titles  # already in a corpus
    assert not any(t.startswith("Word") or t.endswith("...") for t in titles)  # long, cut short
    sources = {t: s for t, _, s in rows}
    # A title is kept once, by the first file that has it; placeholders are no employer.
    assert sources["Shared Title"] == (
        "linkedin:someone/Job_Scraper@aaaaaaaaaaaa:output/linkedin_jobs.json|Solo Co"
    )
    assert sources["Widget Tester"] == f"remotive:someone/board@{'b' * 12}:remotive_jobs.json|?"
    assert sources["麵包師傅"].endswith("104.csv|甲公司")
    assert all(split == build_esco.split_of(t) for t, split, _ in rows)
    assert build_market_f.candidates(src, {"known title"}) == rows


def test_market_f_builder_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build_market_f.main(["--src", str(tmp_path / "missing")]) == 1
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "stray.json").write_text("[]", encoding="utf-8")
    assert build_market_f.main(["--src", str(tmp_path / "src")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("build_market_f: cannot read") for line in err)


def test_no_title_is_in_two_blind_market_corpora() -> None:
    """A title in two corpora counts twice; the later corpora share none with any other
    (market_a and market_b, built together, share three titles, in the same split)."""
    seen: dict[str, str] = {}
    for name in [f"market_{x}.tsv" for x in "abcdefgh"]:
        for row in _rows(name):
            key = row["title"].casefold()
            assert key not in seen or name == "market_b.tsv", (key, seen.get(key), name)
            seen.setdefault(key, name)


build_market_g = _module("build_market_g")


def test_market_g_rows_are_valid_split_and_distinct() -> None:
    _check_blind_corpus("market_g.tsv", 600, build_market_g.COLUMNS)
    # The builder's own split rule is the corpora's rule.
    assert all(r["set"] == build_market_g.split_of(r["title"]) for r in _rows("market_g.tsv"))


def test_market_g_is_new_data_of_capped_employers_with_documented_sources() -> None:
    others = {"titles.tsv", "esco_titles.tsv", "onet_titles.tsv"}
    others |= {f"market_{x}.tsv" for x in "abcdef"}
    assert set(build_market_g.OTHER_CORPORA) == others
    per_employer = _check_new_documented_corpus("market_g.tsv", build_market_g.OTHER_CORPORA)
    assert max(per_employer.values()) <= 8
    rows = _rows("market_g.tsv")
    pattern = re.compile(r"feashliaa-greenhouse:[\w-]+@[0-9a-f]{12}\|.+")
    assert all(pattern.fullmatch(r["source"]) for r in rows)
    # Internships are market_d's slice: at most 5% here.
    assert sum(r["level"] == "intern" for r in rows) <= 0.05 * len(rows)
    # No employer of another corpus: their sources' employer keys are all unknown here.
    _, employers = build_market_g.known(BENCH / "data")
    assert {build_market_g.key(e) for e in per_employer} & employers == set()


def _market_g_dump() -> list[dict[str, str]]:
    """Job records in the dump's format (invented companies and titles)."""
    jobs = [
        {"company": "gizmoai", "company_slug": "gizmoai", "title": f"Gizmo  Engineer {n}"}
        for n in range(12)
    ]
    jobs += [
        {"company": "gizmoai", "company_slug": "gizmoai", "title": t}
        for t in (
            "Machine Learning Intern",
            "General Application",
            "Known Title",
            "Word " * 40,
        )
    ]
    jobs += [
        {"company": "oldco", "company_slug": "oldco", "title": "Rocket Welder"},
        {"company": "rocketco", "company_slug": "rocketco", "title": "Rocket  Welder"},
        {"company": "nihonco", "company_slug": "nihonco", "title": "Backend Engineer"},
        {"company": "nihonco", "company_slug": "nihonco", "title": "データエンジニア"},
        {"company": "nihonco", "company_slug": "nihonco", "title": "Ingénieur logiciel"},
        {"company": "deco", "company_slug": "deco", "title": "Lagerist (m/w/d)"},
        {"company": "deco", "company_slug": "deco", "title": "Backend Engineer (m/f/d)"},
    ]
    return jobs


def test_market_g_builder_caps_employers_and_skips_known_titles(tmp_path: Path) -> None:
    _tiny_corpora(tmp_path / "data", build_market_g.OTHER_CORPORA)
    sectors = {"gizmoai": "ai", "oldco": "hardware", "rocketco": "hardware"}
    rows = build_market_g.candidates(
        _market_g_dump(), tmp_path / "data", sectors, ["nihonco"], ["deco"]
    )
    titles = [t for t, _ in rows]
    assert sum(t.startswith("Gizmo Engineer") for t in titles) == build_market_g.PER_EMPLOYER["ai"]
    assert "Known Title" not in titles  # already in a corpus
    assert "Machine Learning Intern" not in titles and "General Application" not in titles
    assert not any(t.startswith("Word") for t in titles)  # too long to be a title
    # oldco is an employer of another corpus; the same title of a new employer is kept once,
    # whitespace collapsed; a foreign-language board gives only its non-English titles.
    sources = dict(rows)
    assert sources["Rocket Welder"].endswith("|rocketco")
    assert sources["Rocket Welder"].startswith("feashliaa-greenhouse:rocketco@d39064d342a7")
    assert "Backend Engineer" not in titles
    assert {"データエンジニア", "Ingénieur logiciel"} <= set(titles)
    # A German board gives its titles with a German gender tag, not English ones.
    assert "Lagerist (m/w/d)" in titles and "Backend Engineer (m/f/d)" not in titles
    assert (
        build_market_g.candidates(
            _market_g_dump(), tmp_path / "data", sectors, ["nihonco"], ["deco"]
        )
        == rows
    )


def test_market_g_builder_reads_gzip_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "all_jobs.json.gz"
    dump.write_bytes(gzip.compress(json.dumps(_market_g_dump()).encode()))
    assert len(build_market_g.load(dump)) == len(_market_g_dump())
    assert build_market_g.main(["--src", str(tmp_path / "missing.json")]) == 1
    (tmp_path / "bad.json").write_text('{"jobs": []}', encoding="utf-8")
    assert build_market_g.main(["--src", str(tmp_path / "bad.json")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("build_market_g: cannot read") for line in err)


build_market_h = _module("build_market_h")


def _check_market_corpus(name: str, builder: ModuleType, others: set[str]) -> Counter[str]:
    """A blind corpus with a `note` column, built from new data: no title of the builder's
    other corpora (nor of `others`), sources documented, its employer cap, at most 5%
    interns; the titles per employer."""
    _check_blind_corpus(name, 700, ("title", "role", "level", "set", "source", "note"))
    corpora = {f"{n}.tsv" for n in builder.CORPORA}
    assert {"titles.tsv", "market_g.tsv", "esco_titles.tsv", "onet_titles.tsv"} <= corpora
    per_employer = _check_new_documented_corpus(name, tuple(sorted(corpora | others)))
    assert max(per_employer.values()) <= builder.PER_EMPLOYER
    rows = _rows(name)
    assert sum(r["level"] == "intern" for r in rows) <= 0.05 * len(rows)
    return per_employer


def test_market_h_is_new_data_of_capped_new_employers_with_documented_sources() -> None:
    per_employer = _check_market_corpus("market_h.tsv", build_market_h, set())
    _, employers = build_market_h.known()
    assert {build_market_h.key(e) for e in per_employer} & employers == set()


def _remotewlb_tree(root: Path) -> Path:
    """A folder in RemoteWLB's layout (invented content)."""
    jobs = [
        ("Others", "a", "Gizmo Analyst 1", "Gizmoco"),
        ("Others", "b", "Gizmo Analyst 2", "Gizmoco"),
        ("Nontech", "c", "Known Title", "Newco"),
        ("Python", "d", "Widget Developer", "Newco"),
        ("Others", "e", "Box Fitter", "Oldco"),
        ("Others", "f", "Box Fitter", "None"),
    ]
    for topic, slug, title, employer in jobs:
        folder = root / "jobs" / topic / "2025-01" / slug
        folder.mkdir(parents=True)
        text = f"# [{title}](https://example.invalid/{slug})  \n### {employer}  \n#### Remote\n"
        (folder / "README.md").write_text(text, encoding="utf-8")
    for i in range(12):
        folder = root / "jobs" / "Others" / "2025-02" / f"g{i}"
        folder.mkdir(parents=True)
        text = f"# [Gizmo  Tester {i}](https://example.invalid/g{i})\n### Gizmoco\n"
        (folder / "README.md").write_text(text, encoding="utf-8")
    return root


def test_market_h_builder_caps_employers_and_skips_known_titles_and_employers(
    tmp_path: Path,
) -> None:
    wlb = build_market_h.remotewlb(_remotewlb_tree(tmp_path / "wlb"), "ab" * 20)
    rows = build_market_h.candidates(wlb, {"known title"}, {"oldco"})
    titles = [r[0] for r in rows]
    assert "Known Title" not in titles and "Box Fitter" not in titles
    assert sum(r[1] == "Gizmoco" for r in rows) == build_market_h.PER_EMPLOYER
    assert all(t == " ".join(t.split()) for t in titles)
    assert all(r[2].startswith("remotewlb:jobs/") and r[2].endswith(f"|{r[1]}") for r in rows)
    zap = tmp_path / "new_jobs.json"
    zap.write_text(
        json.dumps(
            [
                {
                    "job_title": "Gadget Engineer",
                    "employer_name": "Zedco",
                    "job_apply_link": "https://jobs.lever.co/zedco/1",
                },
                {
                    "job_title": "Board Engineer",
                    "employer_name": "Zedco",
                    "job_apply_link": "https://job-boards.greenhouse.io/zedco/1",
                },
            ]
        ),
        encoding="utf-8",
    )
    z = build_market_h.zapply(zap, "cd" * 20)
    assert [(e, t) for e, t, _ in z] == [("Zedco", "Gadget Engineer")]
    chosen = build_market_h.choose(rows, build_market_h.candidates(z, set(), set()))
    assert "Gadget Engineer" in [r[0] for r in chosen]
    assert len({r[0] for r in chosen}) == len(chosen)


def _check_reports_unreadable_json(
    builder: ModuleType, flag: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`flag COMMIT=PATH` with broken JSON, then a missing file: exit 1, one line each."""
    bad = _saved(tmp_path / "bad.json", "{not json")
    _check_rejected(
        builder,
        capsys,
        [flag, f"{'ab' * 20}={bad}"],
        [flag, f"{'ab' * 20}={tmp_path / 'missing.json'}"],
    )


def test_market_h_builder_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _check_reports_unreadable_json(build_market_h, "--zapply", tmp_path, capsys)


build_market_j = _module("build_market_j")


def test_market_j_is_new_data_of_capped_employers_with_documented_sources() -> None:
    # Every other market corpus present (market_i and later ones included) shares no title.
    present = {p.name for p in (BENCH / "data").glob("market_*.tsv")} - {"market_j.tsv"}
    _check_market_corpus("market_j.tsv", build_market_j, present)
    rows = _rows("market_j.tsv")
    pattern = re.compile(r"(swiss|nhsjobs|csjobs|workday|peviitor):[^@|]+@[0-9a-f]{12}\|.+")
    assert [r["source"] for r in rows if not pattern.fullmatch(r["source"])] == []
    # The slice is the whole market of non-technology employers: mostly other, operations
    # and sales, with their IT jobs; no source fills more than half of it.
    roles = Counter(r["role"] for r in rows)
    assert roles["other"] + roles["operations"] + roles["sales-marketing"] > 0.8 * len(rows)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert max(sources.values()) < 0.5 * len(rows)


def _market_j_inputs(root: Path) -> dict[str, Path]:
    """Saved inputs in each source's format (invented employers and titles)."""
    ch = root / "ch"
    (ch / "Gizmo Bank").mkdir(parents=True)
    (ch / "Gizmo Bank" / "jobs.json").write_text("{}", encoding="utf-8")  # not a known file
    (ch / "Rolex").mkdir()
    rolex = [{"title": f"Horloger  {n}"} for n in range(12)] + [{"title": "Known Title"}]
    (ch / "Rolex" / "rolex_jobs.json").write_text(json.dumps(rolex), encoding="utf-8")
    (ch / "Aldi").mkdir()
    aldi = {"jobs": [{"title": "Filialleiter (m/w/d)"}, {"title": "Candidature spontanée"}]}
    (ch / "Aldi" / "aldi_jobs.json").write_text(json.dumps(aldi), encoding="utf-8")
    (ch / "migros").mkdir()
    hits = [
        {"document": {"title": "Verkäufer*in", "brand": [{"label": "Denner AG"}]}},
        {"document": {"title": "Koch/Köchin", "brand": []}},
    ]
    (ch / "migros" / "migros.json").write_text(json.dumps({"hits": hits}), encoding="utf-8")
    nhs = root / "nhs" / "data"
    nhs.mkdir(parents=True)
    for n, (title, org) in enumerate(
        [("Staff Nurse &amp; Midwife", "Gizmo NHS Trust"), ("Porter", "Gizmo NHS Trust")]
    ):
        rec = {"@type": "JobPosting", "title": title, "hiringOrganization": {"name": org}}
        (nhs / f"{n}.json").write_text(json.dumps(rec), encoding="utf-8")
    cs = root / "cs" / "spec" / "fixtures"
    cs.mkdir(parents=True)
    box = (
        '<div><h3 class="search-results-job-box-title"><a title="x" href="y">Lawyer \u2013 Team'
        '</a></h3></div>\n<div class="search-results-job-box-department">Gizmo Office</div>'
    )
    (cs / "result_page1.html").write_bytes(box.encode("cp1252"))
    wd = root / "job_postings.json"
    postings = [
        {"company": "Gizmo Health", "job_title": f"Registered Nurse {n}"} for n in range(5)
    ] + [{"company": "NVIDIA", "job_title": "GPU Engineer"}]
    wd.write_text(json.dumps(postings), encoding="utf-8")
    pv = root / "pv"
    (pv / "gizmo-srl-nodejs-scraper").mkdir(parents=True)
    page = "# GIZMO SRL\n\n### Lucrator comercial\\_Raion Peste\n\n### Job 0\n"
    (pv / "gizmo-srl-nodejs-scraper" / f"{'ab' * 20}.md").write_text(page, encoding="utf-8")
    template = "# EPAM SYSTEMS\n\n### Senior SAP Developer\n"
    (pv / "gizmo-srl-nodejs-scraper" / f"{'cd' * 20}.md").write_text(template, encoding="utf-8")
    return {"ch": ch, "nhs": root / "nhs", "cs": root / "cs", "wd": wd, "pv": pv}


def test_market_j_builder_reads_each_source_and_caps_employers(tmp_path: Path) -> None:
    src = _market_j_inputs(tmp_path)
    ch = list(build_market_j.swiss(src["ch"], "ab" * 20))
    assert ("Denner AG", "Verkäufer*in") in [(e, t) for e, t, _ in ch]
    assert ("Migros", "Koch/Köchin") in [(e, t) for e, t, _ in ch]
    assert all(s.startswith("swiss:") and "@abababababab|" in s for _, _, s in ch)
    rows = build_market_j.choose(ch, 100, "t", {"known title"}, set())
    titles = [t for _, t, _ in rows]
    assert "Known Title" not in titles and "Candidature spontanée" not in titles
    assert sum(t.startswith("Horloger") for t in titles) == build_market_j.PER_EMPLOYER
    assert all(t == " ".join(t.split()) for t in titles)
    nhs = list(build_market_j.nhs(src["nhs"], "cd" * 20))
    assert ("Gizmo NHS Trust", "Staff Nurse & Midwife") in [(e, t) for e, t, _ in nhs]
    cs = list(build_market_j.civil_service(src["cs"], "ef" * 20))
    assert [(e, t) for e, t, _ in cs] == [("Gizmo Office", "Lawyer \u2013 Team")]
    wd = list(build_market_j.workday([("12" * 20, src["wd"])]))
    assert {e for e, _, _ in wd} == {"Gizmo Health"}  # a chip maker is left out
    capped = build_market_j.choose(wd, 100, "t", set(), set(), per_employer=3)
    assert len(capped) == 3
    pv = list(build_market_j.peviitor(src["pv"]))
    assert [(e, t) for e, t, _ in pv] == [("GIZMO SRL", "Lucrator comercial_Raion Peste")]
    # A title already chosen from one source is not taken again from another.
    seen = {t.casefold() for _, t, _ in rows}
    again = build_market_j.choose(ch, 100, "t", set(), set(seen))
    assert again and not {t.casefold() for _, t, _ in again} & seen


def test_market_j_builder_caps_trainee_places(tmp_path: Path) -> None:
    rows = [("Co", f"Praktikant*in {n}", "s") for n in range(10)]
    rows += [(f"Co{n}", f"Verkäufer*in {n}", "s") for n in range(40)]
    out = build_market_j.choose(rows, 50, "t", set(), set())
    trainees = [t for _, t, _ in out if build_market_j.TRAINEE.search(t)]
    assert len(trainees) <= build_market_j.MAX_TRAINEE_SHARE * 50
    assert build_market_j.TRAINEE.search("Conseiller en placements") is None


def test_market_j_builder_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _check_reports_unreadable_json(build_market_j, "--workday", tmp_path, capsys)
    bad = _saved(tmp_path / "bad.json", "{not json")
    _check_rejected(
        build_market_h,
        capsys,
        ["--zapply", f"{'ab' * 20}={bad}"],
        ["--zapply", f"{'ab' * 20}={tmp_path / 'missing.json'}"],
    )


build_market_i = _module("build_market_i")


def test_market_i_rows_are_valid_split_and_distinct() -> None:
    _check_blind_corpus("market_i.tsv", 900, build_market_i.COLUMNS)


def test_market_i_is_new_data_of_capped_employers_with_documented_sources() -> None:
    others = tuple(f"{name}.tsv" for name in build_market_i.CORPORA)
    assert {"titles.tsv", "market_h.tsv", "esco_titles.tsv", "onet_titles.tsv"} <= set(others)
    per_employer = _check_new_documented_corpus("market_i.tsv", others)
    assert max(per_employer.values()) <= build_market_i.PER_EMPLOYER
    rows = _rows("market_i.tsv")
    assert sum(r["level"] == "intern" for r in rows) <= 0.05 * len(rows)
    for r in rows:  # every row names its repository, file and commit
        tag, _, where = r["source"].partition(":")
        src = build_market_i.SOURCES[tag]
        assert where.startswith(f"{src.repo}/{src.path}@{src.commit[:12]}|")
    # Rich in the small classes it was built for.
    roles = Counter(r["role"] for r in rows)
    small = ("ai-engineer", "mlops-engineer", "research-scientist", "designer", "product-manager")
    assert all(roles[role] >= 30 for role in small)


def test_market_i_builder_caps_employers_quotas_and_interns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = build_market_i.Source(
        "o/r", "jobs.csv", "ab" * 20, "Title", "Company", {"ai": 2, "*": 50}
    )
    monkeypatch.setitem(build_market_i.SOURCES, "test", src)
    monkeypatch.setattr(build_market_i, "MAX_INTERNS", 1)
    lines = ["Title,Company"] + [f"Gizmo Fitter {i},Gizmoco" for i in range(12)]
    lines += ["Known Title,Newco", "AI Widget  Engineer,Newco", "AI Gadget Engineer,Newco"]
    lines += ["AI Box Engineer,Newco", "Box Intern,Newco", "Crate Intern,Newco", "Orphan Title,"]
    path = _saved(tmp_path / "jobs.csv", "\n".join(lines) + "\n")
    rows = list(build_market_i.read("test", path))
    drawn = build_market_i.Drawn(seen={"known title"})
    chosen = build_market_i.choose("test", rows, drawn)
    titles = [r[0] for r in chosen]
    assert sum(r[1] == "Gizmoco" for r in chosen) == build_market_i.PER_EMPLOYER
    assert "Known Title" not in titles and "Orphan Title" not in titles
    assert sum(t.startswith("AI ") for t in titles) == 2  # the "ai" bucket's quota
    assert sum(t.endswith("Intern") for t in titles) == 1  # MAX_INTERNS
    assert all(t == " ".join(t.split()) for t in titles)
    assert all(r[2] == f"test:o/r/jobs.csv@{'ab' * 6}|{r[1]}" for r in chosen)
    # A second source skips the titles and fills the employer caps the first one took.
    again = build_market_i.choose("test", rows, drawn)
    assert [r for r in again if r[1] == "Gizmoco"] == []
    assert {r[0] for r in again} & set(titles) == set()


def test_market_i_builder_reads_lagou_sql_and_typescript_rows(tmp_path: Path) -> None:
    sql = tmp_path / "jobs.sql"
    sql.write_text(
        'insert into lagou_job(a,b,c,d) values ("1","8k-16k","某公司","数据  分析师","x");\n',
        encoding="utf-8",
    )
    rows = list(build_market_i.read("lagou-chengdu", sql))
    assert [(e, t) for e, t, _ in rows] == [("某公司", "数据  分析师")]
    ts = tmp_path / "jobs.ts"
    ts.write_text(
        'export const jobs = [\n  {\n    title: "Staff \\"Box\\" Designer",\n'
        '    company: "Boxco",\n    location: "Remote",\n  },\n];\n',
        encoding="utf-8",
    )
    rows = list(build_market_i.read("design-boards", ts))
    assert [(e, t) for e, t, _ in rows] == [("Boxco", 'Staff "Box" Designer')]
    lagou = list(build_market_i.read("lagou-chengdu", sql))
    drawn = build_market_i.Drawn()
    # A Chinese employer name has no Latin letters: it keys as written, not as "no employer".
    assert [r[0] for r in build_market_i.choose("lagou-chengdu", lagou, drawn)] == ["数据 分析师"]
    assert drawn.per_employer == {"某公司": 1}


def test_market_i_builder_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"Title,Company\n\xff\xfe bad bytes,Co\n")
    assert build_market_i.main(["--source", f"indeed-ba={bad}"]) == 1
    assert build_market_i.main(["--source", f"indeed-ba={tmp_path / 'missing.csv'}"]) == 1
    assert build_market_i.main(["--source", f"nowhere={bad}"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("build_market_i: ") for line in err)


agreement = _module("agreement")


def test_second_labelling_names_titles_of_its_corpora_with_valid_slugs() -> None:
    tax = load_taxonomy()
    rows = _rows("agreement.tsv")
    assert len(rows) == 960
    assert len({(r["corpus"], r["title"]) for r in rows}) == 960
    assert Counter(r["corpus"] for r in rows) == {
        **{f"market_{c}": 60 for c in "abcdefgh"},
        **{f"market_{c}": 120 for c in "ijkl"},
    }
    for corpus in {r["corpus"] for r in rows}:
        titles = {r["title"] for r in _rows(f"{corpus}.tsv")}
        assert {r["title"] for r in rows if r["corpus"] == corpus} <= titles
    assert {r["role"] for r in rows} <= set(tax.roles)
    assert {r["level"] for r in rows} <= {*tax.levels, "-"}


def test_agreement_table_prints_every_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    assert agreement.main(["--markdown"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n| market_") == 12 and "| all | 960 |" in out


build_market_k = _module("build_market_k")


def _row_employer(builder: ModuleType, row: dict[str, str]) -> str:
    """The employer a row counts against in its builder's cap (aliases joined)."""
    return str(builder.employer(row["source"].partition("|")[2]))


def _check_capped_employers(
    rows: list[dict[str, str]], builder: ModuleType, employer_of: Callable[[dict[str, str]], str]
) -> list[str]:
    """An employer gives at most the builder's PER_EMPLOYER across the sources and at most
    its source's own cap from that source; a source stays within its limit; no
    employer-less row and no non-title. The rows' titles."""
    employers = Counter(map(employer_of, rows))
    assert max(employers.values()) <= builder.PER_EMPLOYER
    assert not set(employers) & builder.NO_EMPLOYER
    for source in builder.SOURCES:
        mine = [r for r in rows if r["source"].startswith(f"{source.tag}:")]
        cap = source.per_employer or builder.PER_EMPLOYER
        assert mine and max(Counter(map(employer_of, mine)).values()) <= cap
        assert not source.limit or len(mine) <= source.limit, source.tag
    titles = [r["title"] for r in rows]
    assert not {t.casefold() for t in titles} & builder.NON_TITLES
    return titles


def _check_held_out_market(name: str, builder: ModuleType, least: int) -> Counter[str]:
    """A blind corpus with a note column, new against every corpus its builder reads (all
    the earlier ones): titles per employer."""
    _check_blind_corpus(name, least, ("title", "role", "level", "set", "source", "note"))
    others = tuple(builder.corpora())
    assert {"titles.tsv", "esco_titles.tsv", "onet_titles.tsv", "agreement.tsv"} <= set(others)
    letters = "abcdefghijklmnopqrstuvwxyz"
    earlier = letters[: letters.index(name.removeprefix("market_")[0])]
    assert {f"market_{c}.tsv" for c in earlier} <= set(others) and name not in others
    return _check_new_documented_corpus(name, others)


def test_market_k_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    per_employer = _check_held_out_market("market_k.tsv", build_market_k, 900)
    assert max(per_employer.values()) <= build_market_k.PER_EMPLOYER
    rows = _rows("market_k.tsv")
    assert sum(r["level"] == "intern" for r in rows) <= 0.05 * len(rows)
    pattern = re.compile(r"(jsearch|uk-adzuna|uk-linkedin):[a-z_]+\.csv@[0-9a-f]{7,}\|.+")
    assert [r["source"] for r in rows if not pattern.fullmatch(r["source"])] == []
    # No source gives more than 100 titles of one employer-less dataset: every row names one.
    assert all(r["source"].rpartition("|")[2].strip() for r in rows)


def _market_k_inputs(root: Path) -> dict[str, Path]:
    """Saved inputs in each source's CSV format (invented employers and titles)."""
    root.mkdir()
    paths = {name: root / f"{name}.csv" for name in ("jsearch", "adzuna", "uk")}
    with paths["jsearch"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["job_id", "job_title", "employer_name", "job_description"])
        for n in range(9):
            out.writerow([n, f"Gizmo  Analyst {n}", "Gizmoco", "long text,\nwith lines"])
        out.writerow([9, "Known Title", "Newco", ""])
        out.writerow([10, "Widget Intern", "Newco", ""])
        out.writerow([11, "Widget Developer", "Newco", ""])
    with paths["adzuna"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["title", "company"])
        out.writerow(["Widget Developer", "{'display_name': 'Newco', '__CLASS__': 'X'}"])
        out.writerow(["Box Fitter", "__import__('os')"])
    with paths["uk"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["job_link", "job_title", "employer_name"])
        out.writerow(["u1", "Gizmo Analyst 0", "Othco"])
        out.writerow(["u2", "Join our growing Data & AI Practice", "Othco"])
        out.writerow(["u3", "Lathe Setter", "Othco"])
        for n in range(5):
            out.writerow([f"v{n}", f"Sprocket Planner {n}", "Gizmoco"])
    return paths


def test_market_k_builder_caps_employers_and_skips_known_interns_and_non_titles(
    tmp_path: Path,
) -> None:
    paths = _market_k_inputs(tmp_path / "in")
    canada = build_market_k.jsearch(paths["jsearch"]) + build_market_k.adzuna(paths["adzuna"])
    # The company field is a printed dict: parsed as a literal, never run.
    assert ("", "Box Fitter") in [(e, t) for e, t, _ in canada]
    uk = build_market_k.uk_tracker(paths["uk"], "uk-adzuna")
    rows = build_market_k.candidates([canada, uk], {"known title"}, (99, 99))
    titles = [r[0] for r in rows]
    assert "Known Title" not in titles and "Widget Intern" not in titles
    assert "Join our growing Data & AI Practice" not in titles
    assert titles.count("Widget Developer") == 1 and "Gizmo Analyst 0" in titles
    # Gizmoco's cap is shared by both groups; the UK group never displaces a Canadian title.
    assert sum(r[1] == "Gizmoco" for r in rows) == build_market_k.PER_EMPLOYER
    assert not any(t.startswith("Sprocket") for t in titles)
    assert all(t == " ".join(t.split()) for t in titles)
    assert all(r[2].startswith(("jsearch:", "adzuna:", "uk-adzuna:")) for r in rows)
    # A limit caps what a group gives; the earlier group's draw stays the same.
    only_canada = build_market_k.candidates([canada, uk], {"known title"}, (99, 0))
    assert only_canada == [r for r in rows if not r[2].startswith("uk-")]
    assert "Lathe Setter" in titles and "Lathe Setter" not in [r[0] for r in only_canada]


def test_market_k_builder_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _saved(tmp_path / "bad.csv", "job_id,other\n1,2\n")
    _check_rejected(
        build_market_k,
        capsys,
        ["--jsearch", str(bad)],
        ["--uk-linkedin", str(tmp_path / "missing.csv")],
    )


build_market_l = _module("build_market_l")


def _check_sources_of_new_repositories(
    name: str, builder: ModuleType, file: str, employer: str
) -> None:
    """Every row's source is `tag:file@commit|employer` of a builder's source; every source's
    repository and exact commit is in the corpus's .md, and no other corpus's .md names its
    repository (the corpus is of sources no earlier corpus read); no known non-title."""
    rows = _rows(f"{name}.tsv")
    tags = "|".join(re.escape(t) for t in builder.BY_TAG)
    pattern = re.compile(rf"({tags}):{file}\.(csv|json)@[0-9a-f]{{8}}\|{employer}")
    assert [r["source"] for r in rows if not pattern.fullmatch(r["source"])] == []
    doc = (BENCH / "data" / f"{name}.md").read_text(encoding="utf-8")
    earlier = _other_docs(f"{name}.md") + (BENCH / "data" / "README.md").read_text(encoding="utf-8")
    for source in builder.SOURCES:
        assert source.repo in doc and source.commit in doc, source.tag
        assert source.repo.casefold() not in earlier.casefold(), source.repo
    assert not {r["title"].casefold() for r in rows} & builder.NON_TITLES


def test_market_l_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    per_employer = _check_held_out_market("market_l.tsv", build_market_l, 700)
    rows = _rows("market_l.tsv")
    # An employer gives at most PER_EMPLOYER; a file without an employer column (its rows
    # name none) at most PER_DATASET, and only the sources without one do so.
    named = {k: n for k, n in per_employer.items() if k}
    assert max(named.values()) <= build_market_l.PER_EMPLOYER
    assert per_employer[""] <= build_market_l.PER_DATASET
    no_employer = {s.tag for s in build_market_l.SOURCES if not s.employer}
    assert {r["source"].partition(":")[0] for r in rows if r["source"].endswith("|")} <= no_employer
    assert sum(r["level"] == "intern" for r in rows) <= 0.05 * len(rows)
    _check_sources_of_new_repositories("market_l", build_market_l, r"[\w.-]+", ".*")


def _check_rows_name_their_file(
    rows: list[dict[str, str]], builder: ModuleType, commit_ok: Callable[[Any, str], bool]
) -> None:
    """Every row names its source's file (by name), a commit `commit_ok` takes for that
    source (8 digits) and an employer."""
    for row in rows:
        tag, _, rest = row["source"].partition(":")
        source = builder.BY_TAG[tag]
        where, _, rest = rest.partition("@")
        commit, _, emp = rest.partition("|")
        assert where == source.path.rpartition("/")[2] and emp.strip(), row["source"]
        assert commit_ok(source, commit), row["source"]


def _check_repositories_documented(name: str, builder: ModuleType) -> None:
    """Every source's repository and commit (and other versions) is in the corpus's .md,
    and no earlier corpus's .md names the repository: no earlier corpus read it."""
    doc = (BENCH / "data" / f"{name}.md").read_text(encoding="utf-8")
    earlier = _other_docs(f"{name}.md")
    for source in builder.SOURCES:
        assert source.repo in doc and source.commit in doc, source.tag
        assert all(c in doc for c in getattr(source, "versions", ())), source.tag
        assert source.repo.casefold() not in earlier.casefold(), source.repo


def _market_l_inputs(root: Path) -> dict[str, Path]:
    """Saved inputs in three of the sources' formats (invented employers and titles)."""
    root.mkdir()
    paths = {
        "linkedin-api": root / "postings.json",
        "linkedin-eu": root / "jobs.tsv",
        "stepstone-de": root / "jobs.csv",
    }
    postings = [{"title": f"Gizmo  Analyst {n}", "organization": "Gizmoco"} for n in range(8)]
    postings += [
        {"title": "Known Title", "organization": "Newco"},
        {"title": "Widget Intern", "organization": "Newco"},
        {"title": "Widget Developer", "organization": None},
        {"title": "Work From Home Break Free of the 9 5", "organization": "Newco"},
    ]
    paths["linkedin-api"].write_text(json.dumps(postings), encoding="utf-8")
    with paths["linkedin-eu"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t")
        out.writerow(["JobID", "JobTitle", "CompanyName", "Country"])
        out.writerow([1, "Widget Developer", "Othco", "Spain"])
        out.writerow([2, "Lathe Setter, with a comma", "Othco", "Spain"])
        out.writerow([3, "Sprocket Planner", "Gizmo Co.", "Spain"])
    with paths["stepstone-de"].open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["jobUrl", "jobTitle", "companyName"])
        for n in range(4):
            out.writerow([f"u{n}", f"Monteur {n} (m/w/d)", ""])
    return paths


def test_market_l_builder_caps_employers_and_datasets_and_skips_known_interns_and_non_titles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _market_l_inputs(tmp_path / "in")
    groups = [
        (tag, build_market_l.read(build_market_l.BY_TAG[tag], path)) for tag, path in paths.items()
    ]
    monkeypatch.setattr(build_market_l, "PER_DATASET", 3)
    rows = build_market_l.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    assert "Known Title" not in titles and "Widget Intern" not in titles
    assert "Work From Home Break Free of the 9 5" not in titles
    assert titles.count("Widget Developer") == 1 and "Lathe Setter, with a comma" in titles
    # Gizmoco and "Gizmo Co." are one employer: its cap holds across the two files.
    assert sum(r[1].startswith("Gizmo") for r in rows) == build_market_l.PER_EMPLOYER
    assert "Sprocket Planner" not in titles
    # The file without an employer column gives at most PER_DATASET.
    assert sum(r[2].startswith("stepstone-de:jobs.csv@") for r in rows) == 3
    assert all(t == " ".join(t.split()) for t in titles) and "Gizmo Analyst 0" in " ".join(titles)
    assert all(r[2].partition(":")[0] in build_market_l.BY_TAG for r in rows)
    # A source's limit caps what it gives.
    monkeypatch.setitem(build_market_l.LIMITS, "linkedin-eu", 1)
    limited = build_market_l.candidates(groups, {"known title"})
    assert sum(r[2].startswith("linkedin-eu:") for r in limited) == 1


def _bad_saved_files(tmp_path: Path, column: str, field: str) -> tuple[Path, Path, Path]:
    """A CSV without the title column, a JSON object that is no list, a broken JSON file."""
    no_title = _saved(tmp_path / "bad.csv", f"{column},other\nX,2\n")
    not_a_list = _saved(tmp_path / "bad.json", json.dumps({field: "x"}))
    broken = _saved(tmp_path / "broken.json", "[{")
    return no_title, not_a_list, broken


def test_market_l_builder_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_title, not_a_list, broken = _bad_saved_files(tmp_path, "jobUrl", "title")
    _check_rejected(
        build_market_l,
        capsys,
        ["--file", f"stepstone-de={no_title}"],
        ["--file", f"linkedin-api={not_a_list}"],
        ["--file", f"linkedin-api={broken}"],
        ["--file", f"linkedin-us={tmp_path / 'missing.csv'}"],
        ["--file", f"nowhere={no_title}"],
        ["--file", "linkedin-us"],
    )


build_market_m = _module("build_market_m")


def _market_m_employer(row: dict[str, str]) -> str:
    """The employer a market_m row counts against (its name, aliases joined)."""
    name = build_market_m.key(row["source"].partition("|")[2])
    return build_market_m.ALIASES.get(name, name)


def test_market_m_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    _check_held_out_market("market_m.tsv", build_market_m, 700)
    rows = _rows("market_m.tsv")
    # Every row names its employer; an employer gives at most PER_EMPLOYER across the
    # sources, and at most its source's lower cap from that source.
    assert all(_market_m_employer(r) for r in rows)
    assert max(Counter(map(_market_m_employer, rows)).values()) <= build_market_m.PER_EMPLOYER
    for source in build_market_m.SOURCES:
        mine = [r for r in rows if r["source"].startswith(f"{source.tag}:")]
        cap = source.per_employer or build_market_m.PER_EMPLOYER
        assert mine and max(Counter(map(_market_m_employer, mine)).values()) <= cap
        if source.noise:
            assert [r["title"] for r in mine if re.search(source.noise, r["title"])] == []
    assert sum(r["level"] == "intern" for r in rows) <= 0.05 * len(rows)
    _check_sources_of_new_repositories("market_m", build_market_m, r"[\w.%-]+", ".+")


def _market_m_inputs(root: Path) -> dict[str, Path]:
    """Saved inputs in each source's format (invented employers and titles)."""
    boards = root / "companies"
    boards.mkdir(parents=True)
    gizmo = [{"role_name": f" Gizmo  Analyst {n}", "company": "Gizmoco"} for n in range(8)]
    gizmo += [{"role_name": "Known Title"}, {"role_name": "Widget Intern"}]
    (boards / "gizmoco.json").write_text(
        json.dumps({"company": "Gizmoco", "positions": gizmo}), encoding="utf-8"
    )
    (boards / "boltco.json").write_text(
        json.dumps({"company": "Boltco", "positions": [{"role_name": "Test"}] * 1}),
        encoding="utf-8",
    )
    paths = {"fastai-boards": boards, "hw-jobs": root / "listings.json"}
    paths["hw-jobs"].write_text(
        json.dumps(
            [{"role": "Widget Developer", "company": "Newco"}]
            + [{"role": f"Bolt Fitter {n}", "company": "Anduril"} for n in range(5)]
        ),
        encoding="utf-8",
    )
    paths["bio-ats"] = root / "history.csv"
    with paths["bio-ats"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["company", "job_title", "source"])
        out.writerow(["Labco", "Lathe Setter, with a comma", "greenhouse"])
        out.writerow(["Labco", "Site Map", "careers_url"])
    paths["gh-viewer"] = root / "jobs.csv"
    with paths["gh-viewer"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["source", "title", "company"])
        for n in range(5):
            out.writerow(["greenhouse:sprocketco", f"Sprocket Planner {n}", "sprocketco"])
        out.writerow(["greenhouse:andurilindustries", "Bolt Fitter 9", "andurilindustries"])
        out.writerow(["greenhouse:ouihelp", "Home Carer", "ouihelp"])
        out.writerow(["RemoteOK", "Feed Writer", "feedco"])
    return paths


def _drawn(builder: ModuleType, paths: dict[str, Path]) -> list[list[str]]:
    """A builder's candidates of saved inputs (tag -> path), "Known Title" known already."""
    groups = [(tag, builder.read(builder.BY_TAG[tag], path)) for tag, path in paths.items()]
    rows: list[list[str]] = builder.candidates(groups, {"known title"})
    return rows


def test_market_m_builder_caps_employers_and_skips_known_interns_noise_and_non_titles(
    tmp_path: Path,
) -> None:
    rows = _drawn(build_market_m, _market_m_inputs(tmp_path / "in"))
    titles = [r[0] for r in rows]
    assert "Known Title" not in titles and "Widget Intern" not in titles
    # A board's company names its postings; whitespace runs collapse, nothing else changes.
    assert sum(r[1] == "Gizmoco" for r in rows) == build_market_m.PER_EMPLOYER
    assert all(t == " ".join(t.split()) for t in titles) and "Gizmo Analyst 0" in " ".join(titles)
    assert {r[2] for r in rows if r[1] == "Gizmoco"} == {"fastai-boards:gizmoco.json@1211abea"}
    # A test posting is no title and takes no slot.
    assert "Test" not in titles
    # Only ATS rows of a file that also holds careers-page links; commas survive.
    assert "Lathe Setter, with a comma" in titles and "Site Map" not in titles
    assert [r[2] for r in rows if r[1] == "Labco"] == ["bio-ats:jobs_history.csv@eee9f1db"]
    # Greenhouse boards of technology employers only, at most 3 a board from that file,
    # and a board token shares its employer's cap with the display name of another source.
    assert sum(t.startswith("Sprocket Planner") for t in titles) == 3
    assert "Home Carer" not in titles and "Feed Writer" not in titles
    assert sum(t.startswith("Bolt Fitter") for t in titles) == build_market_m.PER_EMPLOYER
    assert all(r[2].partition(":")[0] in build_market_m.BY_TAG for r in rows)


def test_market_m_builder_reads_versions_drops_page_text_and_prints_tsv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_m, "known", lambda: {"known title"})
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    old.write_text("Company,Role,Link\nOrbco,Orbit Planner,u1\n", encoding="utf-8")
    new.write_text(
        "Company,Role,Link\nOrbco,Orbit Planner,u1\nOrbco,Satellite Fitter,u2\n"
        "Orbco,Thruster Tester Permanent employee · Full-time · Munich,u3\n",
        encoding="utf-8",
    )
    first, second = "a" * 40, "b" * 40
    args = ["--file", f"newspace={old}@{first}", "--file", f"newspace={new}@{second}"]
    assert build_market_m.main(args) == 0
    out = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    # A title keeps the first version that lists it; a scraper's page text is dropped.
    assert sorted(out) == [
        ["Orbit Planner", "Orbco", "newspace:Jobs.csv@aaaaaaaa"],
        ["Satellite Fitter", "Orbco", "newspace:Jobs.csv@bbbbbbbb"],
    ]


def test_market_m_builder_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_title, not_a_list, broken = _bad_saved_files(tmp_path, "company", "role")
    boards = tmp_path / "boards"
    boards.mkdir()
    (boards / "x.json").write_text('{"company": "X"}', encoding="utf-8")
    _check_rejected(
        build_market_m,
        capsys,
        ["--file", f"bio-ats={no_title}"],
        ["--file", f"hw-jobs={not_a_list}"],
        ["--file", f"hw-jobs={broken}"],
        ["--file", f"fastai-boards={boards}"],
        ["--file", f"fastai-boards={not_a_list}"],
        ["--file", f"newspace={tmp_path / 'missing.csv'}"],
        ["--file", f"newspace={no_title}@123"],
        ["--file", f"nowhere={no_title}"],
        ["--file", "hw-jobs"],
    )


build_market_n = _module("build_market_n")


def _market_n_employer(row: dict[str, str]) -> str:
    """The employer a market_n row counts against (entity codes and aliases joined)."""
    return str(build_market_n.employer(row["source"].rpartition("|")[2]))


def test_market_n_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    _check_held_out_market("market_n.tsv", build_market_n, 700)
    rows = _rows("market_n.tsv")
    tags = "|".join(re.escape(t) for t in build_market_n.BY_TAG)
    pattern = re.compile(rf"({tags}):(README\.md|jobs\.json|companies|202512)@[0-9a-f]{{8}}\|.+")
    assert [r["source"] for r in rows if not pattern.fullmatch(r["source"])] == []
    # An employer gives at most PER_EMPLOYER across the sources and at most its source's
    # own cap from that source; no skipped employer and no non-title slipped in.
    employers = Counter(map(_market_n_employer, rows))
    assert max(employers.values()) <= build_market_n.PER_EMPLOYER
    assert not set(employers) & (build_market_n.NOT_TECH | build_market_n.GLUED)
    for source in build_market_n.SOURCES:
        mine = [r for r in rows if r["source"].startswith(f"{source.tag}:")]
        cap = source.per_employer or build_market_n.PER_EMPLOYER
        assert mine and max(Counter(map(_market_n_employer, mine)).values()) <= cap
    assert not {r["title"].casefold() for r in rows} & build_market_n.NON_TITLES
    assert sum(r["level"] == "intern" for r in rows) <= 0.05 * len(rows)
    # The slice reaches beyond software: no role holds half of it, and no source does.
    assert max(Counter(r["role"] for r in rows).values()) < 0.5 * len(rows)
    assert max(Counter(r["source"].partition(":")[0] for r in rows).values()) < 0.5 * len(rows)
    _check_repositories_documented("market_n", build_market_n)


def _market_n_inputs(root: Path) -> dict[str, Path]:
    """Saved inputs in each source's format (invented employers and titles)."""
    root.mkdir()
    table = ["# Job Postings", "", "| Company | Job Title | Location | Link |", "| --- | --- |"]
    table += [f"| **Gizmoco** | Gizmo  Planner {n} | Here | x |" for n in range(8)]
    table += ["| **Walmart** | Shelf Planner | Here | x |", "| **** | Nameless Planner | x |"]
    table += ["| **Amazon.com Services LLC - A57** | Parcel Planner 1 | Here | x |"]
    table += [f"| **Amazon Web Services, Inc.** | Parcel Planner {n} | x |" for n in (2, 3, 4)]
    table += ["| **Gizmoco** | Known Title | x |", "| **Gizmoco** | Gizmo Intern | x |"]
    paths = {"getjobs": root / "README.md"}
    paths["getjobs"].write_text("\n".join(table) + "\n", encoding="utf-8")
    paths["allcareer"] = root / "jobs.json"
    listing = [{"company": "Amazon Bangalore", "title": f"Parcel Planner {n}"} for n in range(5, 9)]
    listing.append({"company": "Boltco", "title": "Bolt Fitter, with a comma"})
    paths["allcareer"].write_text(json.dumps(listing), encoding="utf-8")
    daily = root / "companies"
    for emp, date, titles in (
        ("sprocketco", "2026-01-01", ["Old Sprocket Job"]),
        ("sprocketco", "2026-03-15", [f"Sprocket Seller {n}" for n in range(7)]),
        ("nordhealth", "2026-03-15", ["Support SpecialistSupport·Remote"]),
        ("sprocketco-extra", "2026-03-15", ["Welcome page"]),
    ):
        (daily / emp).mkdir(parents=True, exist_ok=True)
        lines = ["title,department"] + [f'"{t}",X' for t in titles]
        (daily / emp / f"{emp}_jobs_{date}.csv").write_text("\n".join(lines) + "\n", "utf-8")
    paths["saas-daily"] = daily
    boards = root / "202512"
    boards.mkdir()
    doc = {"company_name_en": "Kaisha", "positions": [{"name": f"エンジニア{n}"} for n in range(4)]}
    doc["positions"].append({"name": "サマーインターン"})
    (boards / "kaisha.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    paths["jp-careers"] = boards
    return paths


def test_market_n_builder_caps_employers_and_skips_known_interns_and_non_tech(
    tmp_path: Path,
) -> None:
    rows = _drawn(build_market_n, _market_n_inputs(tmp_path / "in"))
    titles = [r[0] for r in rows]
    by_employer = Counter(build_market_n.employer(r[1]) for r in rows)
    # A table row's employer names it; whitespace runs collapse, nothing else changes.
    assert by_employer["gizmoco"] == build_market_n.PER_EMPLOYER
    assert all(t == " ".join(t.split()) for t in titles) and "Known Title" not in titles
    assert not any("Intern" in t or "インターン" in t for t in titles)
    assert {r[2] for r in rows if r[1] == "Gizmoco"} == {"getjobs:README.md@31703efc"}
    # No technology employer, no employer name, a glued careers page: skipped.
    assert "Shelf Planner" not in titles and "Nameless Planner" not in titles
    assert not any("·" in t for t in titles) and "Welcome page" not in titles
    # Amazon's entities (a site code, AWS, a city) share one cap across the sources.
    assert by_employer["amazon"] == build_market_n.PER_EMPLOYER
    assert "Bolt Fitter, with a comma" in titles
    # The newest daily file of a folder, at most its source's cap; 2 a Japanese board.
    sprockets = [t for t in titles if t.startswith("Sprocket")]
    assert len(sprockets) == 5 and "Old Sprocket Job" not in titles
    assert [r[2] for r in rows if r[1] == "Kaisha"] == ["jp-careers:202512@325b1904"] * 2
    assert all(r[2].partition(":")[0] in build_market_n.BY_TAG for r in rows)


def test_market_n_builder_reads_versions_and_prints_tsv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_n, "known", lambda: {"known title"})
    # Two versions of a tracker's table, oldest first; the newer one adds a title.
    versions = {"a" * 40: ["Orbit Planner"], "b" * 40: ["Orbit Planner", "Satellite Fitter"]}
    args = []
    for commit, titles in versions.items():
        path = tmp_path / f"{commit[0]}.md"
        lines = ["| Company | Job Title | Link |", "|---|---|---|"]
        path.write_text("\n".join(lines + [f"| **Orbco** | {t} | u |" for t in titles]), "utf-8")
        args += ["--file", f"getjobs={path}@{commit}"]
    assert build_market_n.main(args) == 0
    printed = dict(line.split("\t", 1) for line in capsys.readouterr().out.splitlines())
    # A title keeps the first version that lists it.
    assert printed == {
        "Orbit Planner": "Orbco\tgetjobs:README.md@aaaaaaaa",
        "Satellite Fitter": "Orbco\tgetjobs:README.md@bbbbbbbb",
    }


def test_market_n_builder_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_title, not_a_list, broken = _bad_saved_files(tmp_path, "company", "title")
    no_table = _saved(tmp_path / "notes.md", "# Notes\n")
    boards = tmp_path / "boards"
    boards.mkdir()
    (boards / "x.json").write_text('{"company_name_en": "X"}', encoding="utf-8")
    daily = tmp_path / "daily" / "x"
    daily.mkdir(parents=True)
    (daily / "x_jobs_2026-01-01.csv").write_text("name\nX\n", encoding="utf-8")
    _check_rejected(
        build_market_n,
        capsys,
        ["--file", f"getjobs={no_table}"],
        ["--file", f"getjobs={tmp_path / 'missing.md'}"],
        ["--file", f"allcareer={not_a_list}"],
        ["--file", f"allcareer={broken}"],
        ["--file", f"jp-careers={boards}"],
        ["--file", f"jp-careers={not_a_list}"],
        ["--file", f"saas-daily={daily.parent}"],
        ["--file", f"saas-daily={no_title}"],
        ["--file", f"getjobs={no_table}@123"],
        ["--file", f"nowhere={no_title}"],
        ["--file", "allcareer"],
    )


build_market_o = _module("build_market_o")


def _market_o_employer(row: dict[str, str]) -> str:
    """The employer a market_o row counts against (aliases joined)."""
    return str(build_market_o.employer(row["source"].rpartition("|")[2]))


def test_market_o_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    _check_held_out_market("market_o.tsv", build_market_o, 650)
    rows = _rows("market_o.tsv")
    # Every row names its source's file, an 8-digit commit (the source's own, or one
    # version of a file read version by version) and an employer.
    _check_rows_name_their_file(
        rows,
        build_market_o,
        lambda source, commit: (
            re.fullmatch(r"[0-9a-f]{8}", commit) is not None
            and (source.tag == "robotics-li" or commit == source.commit[:8])
        ),
    )
    # An employer gives at most PER_EMPLOYER across the sources and at most its source's
    # own cap from that source; a source stays within its limit; no employer-less row,
    # no non-title and no glued title slipped in.
    titles = _check_capped_employers(rows, build_market_o, _market_o_employer)
    assert not [t for t in titles if build_market_o.GLUED.search(t)]
    assert not [t for t in titles if build_market_o.INTERN.search(t)]
    assert sum(r["level"] == "intern" for r in rows) <= 0.05 * len(rows)
    # The slice is the whole market: no role holds a third of it, no source half of it,
    # and the roles of the owners' weak spots all show.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < len(rows) / 3
    assert max(Counter(r["source"].partition(":")[0] for r in rows).values()) < len(rows) / 2
    assert min(roles[r] for r in ("ai-engineer", "research-scientist", "devops-engineer")) > 0
    _check_repositories_documented("market_o", build_market_o)


def _market_o_inputs(root: Path) -> dict[str, Path]:
    """Saved inputs in each source's format (invented employers and titles)."""
    root.mkdir()
    paths = {"ee-radar": root / "postings.json"}
    posts: list[dict[str, str]] = [
        {"company": "Chipco", "title": f"Etch  Process Engineer {n}"} for n in range(8)
    ]
    posts += [{"company": "Chipco"}, {"company": "", "title": "Nameless Engineer"}]
    paths["ee-radar"].write_text(json.dumps(posts), encoding="utf-8")
    paths["ats-tracker"] = root / "jobs_archive.json"
    archive = {
        f"https://x/{n}": {"title": f"Orbit Planner {n}", "company": "Orbco"} for n in (1, 2)
    }
    archive["https://x/i"] = {"title": "Orbit Intern", "company": "Orbco"}
    archive["https://x/k"] = {"title": "Known Title", "company": "Orbco"}
    archive["https://x/a"] = {"title": "Cloud Planner", "company": "Amazon Web Services (AWS)"}
    paths["ats-tracker"].write_text(json.dumps(archive), encoding="utf-8")
    table = ["# Jobs", "", "| Company | Location | Role | Date |", "| --- | --- | --- | --- |"]
    table += ["| [Botco](u) | Here | ✅ [Arm Fitter](u) | 01/21 |"]
    table += ["| [Botco](u) | x | ✅ [SF](u) | x |"]
    table += ["| [Botco](u) | x | ✅ [Arm DesignerHybrid — Full-timeSeattle](u) | x |"]
    paths["robotics-li"] = root / "robotics.md"
    paths["robotics-li"].write_text("\n".join(table) + "\n", encoding="utf-8")
    paths["dach-adzuna"] = root / "dach.json"
    dach = [{"company": "Bauco", "title": f"Projectmanager {n}"} for n in range(5)]
    dach.append({"company": "Bauco", "title": "Quality Manager Stagiair"})
    paths["dach-adzuna"].write_text(json.dumps(dach), encoding="utf-8")
    jobs = ["| Company | Job Title | Location |", "| ----- | --------- | --- |"]
    jobs += ["| **[Shopco](u)** | **[Brand Ambassador 1](u)** | x |"]
    jobs += [f"| ↳ | **[Brand Ambassador {n}](u)** | x |" for n in (2, 3)]
    jobs += ["| **[Adco](u)** | **[Media Associate Job Details / adco](u)** | x |"]
    jobs += [f"| **[Co{n}](u)** | **[Event Assistant {n}](u)** | x |" for n in range(60)]
    paths["jr-marketing"] = root / "marketing.md"
    paths["jr-marketing"].write_text("\n".join(jobs) + "\n", encoding="utf-8")
    with (root / "bumeran.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["id_oferta", "titulo", "empresa"])
        out.writerows([(1, "Vendedor", "Confidencial"), (2, "Pasante de Ventas", "Tiendaco")])
        out.writerows([(3, "Prácticas de verano", "Tiendaco"), (4, "Cajero", "Tiendaco")])
        out.writerows([(5, "Unite a EY - Dejanos tu CV", "EY"), (6, "Jefe Contable", "empresa")])
    paths["ar-bumeran"] = root / "bumeran.csv"
    return paths


def test_market_o_builder_caps_employers_and_limits_and_skips_interns_and_non_titles(
    tmp_path: Path,
) -> None:
    rows = _drawn(build_market_o, _market_o_inputs(tmp_path / "in"))
    titles = [r[0] for r in rows]
    by_employer = Counter(build_market_o.employer(r[1]) for r in rows)
    # A list's postings without a title or an employer are skipped; whitespace runs
    # collapse, nothing else changes; an employer gives at most PER_EMPLOYER.
    assert by_employer["chipco"] == build_market_o.PER_EMPLOYER
    assert all(t == " ".join(t.split()) for t in titles) and "Nameless Engineer" not in titles
    assert {r[2] for r in rows if r[1] == "Chipco"} == {"ee-radar:postings.json@0007b8af"}
    # An archive keyed by URL; known titles and internships (English, Dutch, Spanish) out.
    assert "Known Title" not in titles and "Orbit Intern" not in titles
    assert "Cloud Planner" in titles and by_employer["amazon"] == 1
    assert not any(w in t for t in titles for w in ("Stagiair", "Pasante", "Prácticas"))
    # Markdown tables: link text kept, "↳" repeats the company, a city left by a scraper
    # and a glued title are skipped, each source's own cap and limit hold.
    assert "Arm Fitter" in titles and "SF" not in titles
    assert not any("Hybrid" in t for t in titles)
    shop = [r for r in rows if r[0].startswith("Brand Ambassador")]
    assert len(shop) == build_market_o.BY_TAG["jr-marketing"].per_employer
    assert {r[1] for r in shop} == {"Shopco"}
    assert not any("Job Details" in t for t in titles)
    marketing = [r for r in rows if r[2].startswith("jr-marketing:")]
    assert len(marketing) == build_market_o.BY_TAG["jr-marketing"].limit
    assert by_employer["bauco"] == build_market_o.BY_TAG["dach-adzuna"].per_employer
    # CSV: a hidden or generic employer, a talent pool and internships are skipped.
    assert [r[0] for r in rows if r[2].startswith("ar-bumeran:")] == ["Cajero"]
    assert all(r[2].partition(":")[0] in build_market_o.BY_TAG for r in rows)


def test_market_o_builder_reads_versions_and_prints_tsv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_o, "known", lambda: {"known title"})
    # Two versions of a robotics list's table, oldest first; the newer one adds a title.
    versions = {"a" * 40: ["Arm Fitter"], "b" * 40: ["Arm Fitter", "Gripper Tester"]}
    args = []
    for commit, titles in versions.items():
        path = tmp_path / f"{commit[0]}.md"
        lines = ["| Company | Location | Role | Date |", "|---|---|---|---|"]
        lines += [f"| [Botco](u) | x | ✅ [{t}](u) | d |" for t in titles]
        path.write_text("\n".join(lines), "utf-8")
        args += ["--file", f"robotics-li={path}@{commit}"]
    assert build_market_o.main(args) == 0
    printed = dict(line.split("\t", 1) for line in capsys.readouterr().out.splitlines())
    # A title keeps the first version that lists it.
    assert printed == {
        "Arm Fitter": "Botco\trobotics-li:README.md@aaaaaaaa",
        "Gripper Tester": "Botco\trobotics-li:README.md@bbbbbbbb",
    }


def test_market_o_builder_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_title, not_a_list, broken = _bad_saved_files(tmp_path, "empresa", "title")
    no_table = _saved(tmp_path / "notes.md", "# Notes\n")
    a_list = _saved(tmp_path / "list.json", json.dumps([{"title": "x"}]))
    untitled = _saved(tmp_path / "archive.json", json.dumps({"u": {"company": "X"}}))
    _check_rejected(
        build_market_o,
        capsys,
        ["--file", f"robotics-li={no_table}"],
        ["--file", f"jr-design={tmp_path / 'missing.md'}"],
        ["--file", f"ats-tracker={a_list}"],
        ["--file", f"ats-tracker={untitled}"],
        ["--file", f"ee-radar={not_a_list}"],
        ["--file", f"dach-adzuna={broken}"],
        ["--file", f"ar-bumeran={no_title}"],
        ["--file", f"robotics-li={no_table}@123"],
        ["--file", f"nowhere={no_title}"],
        ["--file", "ar-linkedin"],
    )


build_market_p = _module("build_market_p")


def test_market_p_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    _check_held_out_market("market_p.tsv", build_market_p, 650)
    rows = _rows("market_p.tsv")
    # Every row names its source's file, the source's 8-digit commit and an employer.
    _check_rows_name_their_file(
        rows, build_market_p, lambda source, commit: commit == source.commit[:8]
    )
    # An employer gives at most PER_EMPLOYER across the sources and at most its source's
    # own cap from that source; a source stays within its limit; no employer-less row,
    # no non-title, no glued title and no internship slipped in.
    titles = _check_capped_employers(
        rows, build_market_p, lambda row: _row_employer(build_market_p, row)
    )
    assert not [t for t in titles if build_market_p.INTERN.search(t)]
    assert sum(r["level"] == "intern" for r in rows) <= 0.05 * len(rows)
    # Half of it is technology employers' boards, the rest general boards with Japanese
    # and Portuguese titles; software is its biggest role (39%, said in market_p.md), no
    # source is half of it, and the roles of the owners' weak spots all show.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.4 * len(rows)
    assert max(Counter(r["source"].partition(":")[0] for r in rows).values()) < len(rows) / 2
    assert min(roles[r] for r in ("ai-engineer", "research-scientist", "devops-engineer")) > 0
    assert sum(bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", t)) for t in titles) >= 25
    _check_repositories_documented("market_p", build_market_p)


def _market_p_inputs(root: Path) -> dict[str, Path]:
    """Saved inputs in each source's format (invented employers and titles)."""
    root.mkdir()
    paths = {"ats-hub": root / "jobs_summary.csv"}
    with paths["ats-hub"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["apply_priority", "company", "title", "portal"])
        out.writerows([("HIGH", "Chipco", f"Etch  Process Engineer {n}", "x") for n in range(8)])
        out.writerows(
            [("HIGH", "Newco", "Known Title", "x"), ("LOW", "Newco", "Widget Intern", "x")]
        )
        out.writerow(("HIGH", "Amazon Web Services (AWS)", "Cloud Planner", "x"))
    paths["yc-waas"] = root / "yc.json"
    posts: list[dict[str, str]] = [
        {"company": "Botco (S24)", "title": f"AI Engineer {n}"} for n in range(4)
    ]
    posts += [{"company": "Botco (S24)", "title": "engineering"}, {"company": "Botco (S24)"}]
    paths["yc-waas"].write_text(json.dumps(posts), encoding="utf-8")
    paths["ie-tracker"] = root / "ie.json"
    irish = [{"company": "Bankco", "title": f"Graduate Analyst {n}"} for n in range(5)]
    irish += [{"company": "Railco", "title": "Technical Stream"}]
    irish += [{"company": "Amazon", "title": "Software Development Apprenticeship"}]
    irish += [{"company": "Amazon", "title": f"Support Engineer {n}"} for n in range(3)]
    irish += [{"company": "Bankco", "title": "x" * 151}]
    paths["ie-tracker"].write_text(json.dumps(irish), encoding="utf-8")
    paths["jp-jobs"] = root / "jp.json"
    japan = [
        {"company": "（事業所の意向により公開していません）", "title": "ソフトウェア開発技術者"},
        {"company": "株式会社 テスト", "title": "社内ＳＥ（未経験歓迎）"},
        {"company": "株式会社 別", "title": "インターンシップ"},
    ]
    paths["jp-jobs"].write_text(json.dumps(japan, ensure_ascii=False), encoding="utf-8")
    paths["br-linkedin"] = root / "vagas.csv"
    with paths["br-linkedin"].open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Fonte", "Título", "Empresa"])
        out.writerows([("LinkedIn", f"Desenvolvedor Pleno {n}", "Lojaco") for n in range(4)])
        out.writerow(("LinkedIn", "DESENVOLVEDOR DE TI\nTrabalho Remoto", "Outra"))
        out.writerow(("LinkedIn", "Estágio em Desenvolvimento", "Outra"))
    return paths


def test_market_p_builder_caps_employers_and_limits_and_skips_interns_and_non_titles(
    tmp_path: Path,
) -> None:
    rows = _drawn(build_market_p, _market_p_inputs(tmp_path / "in"))
    titles = [r[0] for r in rows]
    by_employer = Counter(build_market_p.employer(r[1]) for r in rows)
    # A CSV's postings; whitespace runs collapse, nothing else changes; an employer gives
    # at most PER_EMPLOYER; known titles and internships are skipped.
    assert by_employer["chipco"] == build_market_p.PER_EMPLOYER
    assert all(t == " ".join(t.split()) for t in titles) and "Etch Process Engineer 0" in titles
    assert {r[2] for r in rows if r[1] == "Chipco"} == {"ats-hub:jobs_summary.csv@803ac2a6"}
    assert "Known Title" not in titles and "Widget Intern" not in titles
    # Aliases join an employer's names across sources (AWS and Amazon: 1 + the Irish
    # source's own cap of 3), and each source's own cap holds.
    assert "Cloud Planner" in titles and by_employer["amazon"] == 4
    assert sum(t.startswith("AI Engineer") for t in titles) == 2
    assert by_employer["bankco"] == build_market_p.BY_TAG["ie-tracker"].per_employer
    # Non-titles, apprenticeships, titles too long to be titles and glued page text out;
    # a hidden employer is skipped, Japanese employers are told apart by their names.
    assert not {"engineering", "Technical Stream"} & set(titles)
    assert not any("Apprenticeship" in t or "Estágio" in t or "Trabalho" in t for t in titles)
    assert not any(len(t) > build_market_p.LONGEST for t in titles)
    assert "ソフトウェア開発技術者" not in titles and "社内ＳＥ（未経験歓迎）" in titles
    assert "インターンシップ" not in titles
    brazil = [r for r in rows if r[2].startswith("br-linkedin:")]
    assert len(brazil) == build_market_p.BY_TAG["br-linkedin"].per_employer
    assert all(r[2].partition(":")[0] in build_market_p.BY_TAG for r in rows)


def test_market_p_builder_prints_tsv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_p, "known", lambda: {"known title"})
    path = tmp_path / "yc.json"
    path.write_text(
        json.dumps(
            [
                {"company": "Botco", "title": "Known Title"},
                {"company": "Botco", "title": "Founding Engineer"},
            ]
        ),
        "utf-8",
    )
    assert build_market_p.main(["--file", f"yc-waas={path}"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == ["Founding Engineer\tBotco\tyc-waas:jobs.js@2fa10f27"]


def test_market_p_builder_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_title, not_a_list, broken = _bad_saved_files(tmp_path, "company", "title")
    a_list = _saved(tmp_path / "list.json", json.dumps(["not a posting"]))
    _check_rejected(
        build_market_p,
        capsys,
        ["--file", f"ats-hub={no_title}"],
        ["--file", f"ats-hub={tmp_path / 'missing.csv'}"],
        ["--file", f"yc-waas={not_a_list}"],
        ["--file", f"ie-tracker={broken}"],
        ["--file", f"jp-jobs={a_list}"],
        ["--file", f"br-linkedin={no_title}"],
        ["--file", f"ats-hub={no_title}@123"],
        ["--file", f"nowhere={no_title}"],
        ["--file", "ie-tracker"],
    )


build_market_q = _module("build_market_q")


def test_market_q_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    _check_held_out_market("market_q.tsv", build_market_q, 650)
    rows = _rows("market_q.tsv")
    assert len(rows) <= 800
    # Every row names its source's file, one of the source's known versions and an employer.
    _check_rows_name_their_file(
        rows,
        build_market_q,
        lambda source, commit: commit in {c[:8] for c in (source.commit, *source.versions)},
    )
    # An employer gives at most PER_EMPLOYER across the sources and at most its source's
    # own cap from that source; a source stays within its limit; no employer-less row,
    # no non-title, no cut-short title and no internship slipped in.
    titles = _check_capped_employers(
        rows, build_market_q, lambda row: _row_employer(build_market_q, row)
    )
    assert not [t for t in titles if build_market_q.INTERN.search(t)]
    assert not [t for t in titles if build_market_q.TRUNCATED.search(t)]
    assert sum(r["level"] == "intern" for r in rows) <= 0.05 * len(rows)
    # Employers' own boards (hardware, chips, defence, space, pharma, AI and software
    # makers) and general boards of several countries; no source is half of it, no role
    # is 40% of it (`other` is the biggest: physical engineering, said in market_q.md),
    # and the owners' weak spots all show, with titles in Japanese script among the rest.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.4 * len(rows)
    assert max(Counter(r["source"].partition(":")[0] for r in rows).values()) < len(rows) / 2
    weak = ("ai-engineer", "research-scientist", "devops-engineer", "other")
    assert min(roles[r] for r in weak) > 0
    assert sum(bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", t)) for t in titles) >= 20
    _check_repositories_documented("market_q", build_market_q)


def _market_q_inputs(root: Path) -> dict[str, Path]:
    """Saved inputs in each source's format (invented employers and titles)."""
    root.mkdir()
    paths = {"hw-ats": root / "README.md"}
    table = ["| Company | Role | Location | Posted | Visa | **Apply** |"]
    table += ["|---------|------|----------|--------|------|----------|"]
    table += [
        f"| 🏢 **Chipco** | Etch  Process Engineer {n} | X | 1d | | [a](u) |" for n in range(8)
    ]
    table += ["| **Newco** | Known Title | X | 1d | | [a](u) |"]
    table += ["| **Newco** | Widget Intern | X | 1d | | [a](u) |"]
    table += ["| **Newco** | Firmware Engineer - Protection System... | X | 1d | | [a](u) |"]
    paths["hw-ats"].write_text("# Jobs\n\n" + "\n".join(table) + "\n\nfooter\n", "utf-8")
    paths["h1b-tech"] = root / "h1b.md"
    h1b = ["| Company | Job Title |  Level  | Location |", "| --- | --- | --- | --- |"]
    h1b += ["| **[Appco](http://appco.example)** | Backend Engineer | Senior | NY |"]
    h1b += [f"| ↳ | Frontend Engineer {n} | Senior | NY |" for n in range(4)]
    paths["h1b-tech"].write_text("\n".join(h1b) + "\n", "utf-8")
    paths["br-ats"] = root / "open_jobs.json"
    lines = [
        {
            "company": "Pharmaco",
            "site_type": "Workday",
            "title": "LAB SCIENTIST",
            "location_country": "SUICA",
        },
        {
            "company": "Pharmaco",
            "site_type": "Workday",
            "title": "EMD-,",
            "location_country": "CHINA",
        },
        {
            "company": "Lojaco",
            "site_type": "Gupy",
            "title": "VENDEDOR",
            "location_country": "BRASIL",
        },
    ]
    lines += [
        {
            "company": "Lojaco",
            "site_type": "Gupy",
            "title": f"CAIXA {n}",
            "location_country": "BRASIL",
        }
        for n in range(4)
    ]
    lines += [{"company": "Lojaco", "site_type": "Gupy", "title": "JOVEM APRENDIZ"}]
    lines += [{"company": "Lojaco", "site_type": "Gupy", "title": "01 BANCO DE TALENTOS"}]
    paths["br-ats"].write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8"
    )
    paths["fr-hellowork"] = root / "offres.csv"
    paths["fr-hellowork"].write_text(
        "Titre,Entreprise\nVendeur H/F,Boutique recrutement\nExpert-Comptable H/F,N/A\n",
        "utf-8",
    )
    return paths


def test_market_q_builder_caps_employers_and_limits_and_skips_interns_and_non_titles(
    tmp_path: Path,
) -> None:
    paths = _market_q_inputs(tmp_path / "in")
    groups = [
        ("hw-ats", build_market_q.read(build_market_q.BY_TAG["hw-ats"], paths["hw-ats"])),
        ("h1b-tech", build_market_q.read(build_market_q.BY_TAG["h1b-tech"], paths["h1b-tech"])),
        ("br-ats", build_market_q.read(build_market_q.BY_TAG["br-ats"], paths["br-ats"])),
        ("br-gupy", build_market_q.read(build_market_q.BY_TAG["br-gupy"], paths["br-ats"])),
        (
            "fr-hellowork",
            build_market_q.read(build_market_q.BY_TAG["fr-hellowork"], paths["fr-hellowork"]),
        ),
    ]
    rows = build_market_q.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    by_employer = Counter(build_market_q.employer(r[1]) for r in rows)
    # A Markdown table's rows (a pictograph and bold marks off the employer); whitespace
    # runs collapse, nothing else changes; an employer gives at most PER_EMPLOYER; known
    # titles, internships and lists' cut-short titles are skipped.
    assert by_employer["chipco"] == build_market_q.PER_EMPLOYER
    assert all(t == " ".join(t.split()) for t in titles)
    assert all(t.startswith("Etch Process Engineer ") for t, e, _ in rows if e == "Chipco")
    assert {r[2] for r in rows if r[1] == "Chipco"} == {"hw-ats:README.md@d1bd4f52"}
    assert not {"Known Title", "Widget Intern"} & set(titles)
    assert not any(t.endswith("...") for t in titles)
    # "↳" repeats the employer above, a link gives its text; the source's own cap holds.
    assert by_employer["appco"] == build_market_q.BY_TAG["h1b-tech"].per_employer
    # JSON Lines: each source keeps its own boards, and no country of CJK script.
    assert "LAB SCIENTIST" in titles and "EMD-," not in titles
    assert {r[2] for r in rows if r[1] == "Pharmaco"} == {"br-ats:open_jobs.json.gz@c1b68831"}
    gupy = [r for r in rows if r[2].startswith("br-gupy:")]
    assert len(gupy) == build_market_q.BY_TAG["br-gupy"].per_employer
    assert not {"JOVEM APRENDIZ", "01 BANCO DE TALENTOS"} & set(titles)
    # A CSV file's rows; "N/A" names no employer.
    assert "Vendeur H/F" in titles and "Expert-Comptable H/F" not in titles
    assert all(r[2].partition(":")[0] in build_market_q.BY_TAG for r in rows)


def test_market_q_builder_reads_versions_and_prints_tsv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_q, "known", lambda: {"known title"})
    path = tmp_path / "jp.json"
    path.write_text(
        json.dumps(
            [
                {"company_name": "株式会社 テスト", "job_category": "Known Title"},
                {"company_name": "株式会社 テスト", "job_category": "社内ＳＥ"},
                {"company_name": "（事業所の意向により公開していません）", "job_category": "SE"},
            ],
            ensure_ascii=False,
        ),
        "utf-8",
    )
    assert build_market_q.main(["--file", f"jp-hellowork={path}"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == ["社内ＳＥ\t株式会社 テスト\tjp-hellowork:jobs_cleaned.csv@683267cf"]
    table = tmp_path / "README.md"
    table.write_text("| Company | Role |\n|---|---|\n| **Chipco** | Etcher |\n", "utf-8")
    version = build_market_q.BY_TAG["hw-ats"].versions[0]
    assert build_market_q.main(["--file", f"hw-ats={table}@{version}"]) == 0
    assert capsys.readouterr().out == f"Etcher\tChipco\thw-ats:README.md@{version[:8]}\n"


def test_market_q_builder_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_title, not_a_list, broken = _bad_saved_files(tmp_path, "Entreprise", "job_category")
    no_table = _saved(tmp_path / "README.md", "# Jobs\n\nno table here\n")
    a_list = _saved(tmp_path / "list.json", json.dumps(["not a posting"]))
    _check_rejected(
        build_market_q,
        capsys,
        ["--file", f"hw-ats={no_table}"],
        ["--file", f"hw-ats={no_table}@{'0' * 40}"],
        ["--file", f"h1b-tech={tmp_path / 'missing.md'}"],
        ["--file", f"de-freelance={not_a_list}"],
        ["--file", f"jp-hellowork={a_list}"],
        ["--file", f"br-ats={broken}"],
        ["--file", f"br-gupy={a_list}"],
        ["--file", f"fr-hellowork={no_title}"],
        ["--file", f"jr-data={no_table}@123"],
        ["--file", f"nowhere={no_title}"],
        ["--file", "fr-hellowork"],
    )


def test_market_q_transcribed_sources_rebuild_their_rows() -> None:
    # The two sources read through the file reader are committed as transcriptions; drawn
    # alone (no employer of theirs is in another source), they give the corpus's rows.
    folder = BENCH / "data" / "market_q_transcribed"
    groups = [
        (tag, build_market_q.read(build_market_q.BY_TAG[tag], folder / name))
        for tag, name in (
            ("fr-hellowork", "offres_hellowork.csv"),
            ("jp-hellowork", "jobs_cleaned.json"),
        )
    ]
    drawn = build_market_q.candidates(groups, build_market_q.known())
    rows = [r for r in _rows("market_q.tsv") if r["source"].startswith(("fr-", "jp-"))]
    assert [(r[0], f"{r[2]}|{r[1]}") for r in drawn] == [(r["title"], r["source"]) for r in rows]


build_market_r = _module("build_market_r")


def test_market_r_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    rows = _rows("market_r.tsv")
    titles = [r["title"] for r in rows]
    # Employers' boards and aggregator feeds (a third of them placed abroad):
    # no source is half of it, no role 40% of it, the owners' weak spots all show, and
    # there are titles in Chinese, Japanese and Korean script among the rest.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.4 * len(rows)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert max(sources.values()) < len(rows) / 2
    assert sources["ats-abroad"] + sources["remote-abroad"] > 0.3 * len(rows)
    assert sources["remote-agg"] + sources["cn-remote"] > 0.25 * len(rows)
    weak = ("ai-engineer", "research-scientist", "devops-engineer", "other", "data-analyst")
    assert min(roles[r] for r in weak) > 0
    assert (
        sum(bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", t)) for t in titles) >= 20
    )


def _market_r_inputs(root: Path) -> dict[str, Path]:
    """A daily scan's tables and a weekly report, as the sources save them (invented)."""
    root.mkdir(parents=True)
    daily = root / "2026-08-08.md"
    table = ["# Scan", "", "## Backend Engineer", "", "| Company | Title | Location | Link |"]
    table += ["|---|---|---|---|"]
    table += [f"| Widgetco | Widget  Engineer {n} | Remote, US | [Apply](u) |" for n in range(5)]
    table += [f"| Widgetco | Widget Builder {n} | Berlin, Germany | [Apply](u) |" for n in range(5)]
    table += ["| Widgetco | Known Title | Remote | [Apply](u) |"]
    table += ["| Widgetco | Widget Intern | Remote | [Apply](u) |"]
    table += ["| Gizmo | Staff Engineer \\| UK \\| Remote | London, UK | [Apply](u) |"]
    table += ["| Gizmo | Analyst... | Remote | [Apply](u) |", "", "footer"]
    daily.write_text("\n".join(table) + "\n", encoding="utf-8")
    report = root / "2026-W28.md"
    lines = ["# Weekly", "", "- [Not a posting](u)", "- [Remote (US) First with offices"]
    lines += [
        f"- [Box Packer {n}](https://x/{n}) — **Boxco** · 📍 United States · 来源 Source: Jobicy"
        for n in range(4)
    ]
    lines += [
        "- [Box Seller](https://x) — **Boxco** · 📍 Mexico · 来源 Source: Remote OK · x",
        "- [Crate Seller](https://x) — **Crateco** · 📍 Brazil · 来源 Source: Himalayas · x",
        "- [https://boxco.example](https://x) — **Boxco2** · 来源 Source: HN Who's Hiring · x",
        "- [Lead Backend Engineer](https://x) — **name** · 来源 Source: Remote OK · x",
        "- [EstÃ¡gio em Vendas](https://x) — **Lojaco** · 来源 Source: Jobicy · x",
        "- [Don\u00e2\u0080\u0099t Panic](https://x) — **Lojaco** · 来源 Source: Jobicy · x",
        "- [Seller](https://x) — **Linkco** · 来源 Source: LinkedIn · x",
        "- [远程 Go 开发工程师](https://v2ex.com/t/1) — **V2EX 招聘帖** · 来源 Source: V2EX · x",
        "- [远程 Java 开发工程师](https://v2ex.com/t/2) — **V2EX 招聘帖** · 来源 Source: V2EX",
    ]
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"daily": daily, "report": report}


def test_market_r_builder_slices_places_caps_employers_and_skips_non_titles(
    tmp_path: Path,
) -> None:
    paths = _market_r_inputs(tmp_path / "in")
    by_tag = build_market_r.BY_TAG
    file_of = {"table": paths["daily"], "weekly": paths["report"]}
    groups = [(s.tag, build_market_r.read(s, file_of[s.fmt])) for s in build_market_r.SOURCES]
    rows = build_market_r.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    by_source: dict[str, list[str]] = {}
    for title, _, src in rows:
        by_source.setdefault(src.partition(":")[0], []).append(title)
    # The report's aggregator boards first, two an employer, anywhere; the community
    # posts each count alone; the scan's postings abroad, then at home, three an employer
    # and six in all; then the aggregators' postings abroad that are left.
    assert len(by_source["remote-agg"]) == 2 + 1  # Boxco twice, Crateco once
    assert sorted(by_source["cn-remote"]) == ["远程 Go 开发工程师", "远程 Java 开发工程师"]
    assert {r[1] for r in rows if r[2].startswith("cn-remote:")} == {
        "V2EX 招聘帖 1",
        "V2EX 招聘帖 2",
    }
    assert by_source["ats-abroad"].count("Staff Engineer | UK | Remote") == 1
    widget = [r for r in rows if r[1] == "Widgetco"]
    assert len(widget) == by_tag["ats-us"].per_employer * 2 == build_market_r.PER_EMPLOYER
    assert all(t.startswith("Widget Builder ") for t in by_source["ats-abroad"] if "Widget" in t)
    assert all(t.startswith("Widget Engineer ") for t in by_source["ats-us"])
    assert {r[2] for r in widget} == {
        "ats-abroad:2026-08-08.md@1922e484",
        "ats-us:2026-08-08.md@1922e484",
    }
    assert "remote-abroad" not in by_source or set(by_source["remote-abroad"]) <= {
        "Box Seller",
        "Crate Seller",
    }
    # Known titles, internships (a broken "Estágio" too), a cut-short title, a link, a
    # placeholder employer, broken letters, another board and a line broken in two are
    # skipped; whitespace runs collapse.
    for gone in ("Known Title", "Widget Intern", "Analyst...", "Seller", "Lead Backend Engineer"):
        assert gone not in titles
    assert not [t for t in titles if "http" in t or "Est" in t or "Don" in t or "  " in t]
    assert "Remote (US) First with offices" not in titles


def test_market_r_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_r.BUILDER, "known", lambda: {"known title"})
    paths = _market_r_inputs(tmp_path / "in")
    assert build_market_r.main(["--file", f"cn-remote={paths['report']}"]) == 0
    assert sorted(capsys.readouterr().out.splitlines()) == [
        f"远程 {job} 开发工程师\tV2EX 招聘帖 {n}\tcn-remote:2026-W28.md@4fcc6e86"
        for n, job in ((1, "Go"), (2, "Java"))
    ]
    other_week = _saved(tmp_path / "2026-W30.md", "")
    no_table = _saved(tmp_path / "2026-08-08.md", "# Scan\n\nno table here\n")
    _check_rejected(
        build_market_r,
        capsys,
        ["--file", f"ats-us={no_table}"],
        ["--file", f"ats-abroad={paths['daily']}@{'0' * 40}"],
        ["--file", f"remote-agg={other_week}"],  # no report the builder knows
        ["--file", f"cn-remote={tmp_path / '2026-W29.md'}"],  # missing
        ["--file", f"ats-us={paths['report']}"],  # a weekly report, not the scan
        ["--file", f"nowhere={paths['daily']}"],
        ["--file", "remote-abroad"],
    )


build_market_s = _module("build_market_s")
# The boards of market_s whose postings are written in another language than English
# (German, Brazilian Portuguese, Spanish and Italian boards).
_MARKET_S_ABROAD = ("de-arbeitsagentur", "br-gupy", "es-infojobs", "it-glassdoor")
_MARKET_S_TECH = {
    "ml-engineer",
    "ai-engineer",
    "mlops-engineer",
    "research-scientist",
    "data-scientist",
    "data-engineer",
    "data-analyst",
    "software-engineer",
    "devops-engineer",
    "security-engineer",
    "product-manager",
}


def _other_docs(own: str, besides: Collection[str] = ()) -> str:
    """The documents of every corpus in data/ but `own` (and `besides`), case-folded: where
    an earlier corpus would name a repository it read."""
    return "\n".join(
        p.read_text(encoding="utf-8")
        for p in sorted((BENCH / "data").glob("*.md"))
        if p.name != own and p.name not in besides and p.name not in _REREADING_DOCS
    ).casefold()


# Documents of corpora that re-read the title corpora's saved answers for other facts (the
# postings' level fields and descriptions): they name the same repositories later, and
# draw no title of their own into the title corpora.
_REREADING_DOCS = frozenset({"postings_level.md"})


def _names(text: str, name: str) -> bool:
    """Whether a text names an owner or a repository by that whole name: "job-monitor" is
    not named by a later document's "linkedin-job-monitor", another repository."""
    return re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text) is not None


def _check_drawn_rows(
    rows: list[dict[str, str]],
    builder: ModuleType,
    located: Callable[[Any, str], bool],
    commit_of: Callable[[Any, str], str] = lambda source, where: str(source.commit),
) -> list[str]:
    """Every row names where in its source it was drawn, that file's commit and an
    employer; an employer gives at most PER_EMPLOYER across the sources and at most its
    source's own cap from that source; a source stays within its limit; no employer-less
    row and nothing the builder's screen leaves out (non-titles, links, broken, cut-short
    or overlong titles, internships) slipped in. The titles."""
    for row in rows:
        tag, _, rest = row["source"].partition(":")
        source = builder.BY_TAG[tag]
        where, _, rest = rest.partition("@")
        commit, _, emp = rest.partition("|")
        assert located(source, where) and emp.strip(), row["source"]
        assert commit == commit_of(source, where)[:8], row["source"]
    titles = _check_capped_employers(rows, builder, lambda row: _row_employer(builder, row))
    screen = builder.SCREEN
    for pattern in (screen.intern, screen.truncated, screen.url, screen.broken, *screen.others):
        assert not [t for t in titles if pattern.search(t)], pattern.pattern
    assert all(len(t) <= screen.longest for t in titles)
    assert sum(r["level"] == "intern" for r in rows) <= 0.05 * len(rows)
    return titles


def _check_documented_sources(
    name: str,
    builder: ModuleType,
    documented: Callable[[Any], Iterable[str]],
    besides: frozenset[str] = frozenset(),
    shared: frozenset[str] = frozenset(),
) -> None:
    """Every source's repository and its `documented` commits and files are in the
    corpus's document, and no other corpus's document (but `besides`, built at the same
    time) names the repositories, by owner or by name; a `shared` repository gave another
    field's corpus other facts (salary strings) at the same time, and both documents say
    so."""
    doc = (BENCH / "data" / f"{name}.md").read_text(encoding="utf-8")
    earlier = _other_docs(f"{name}.md", besides)
    for source in builder.SOURCES:
        assert source.repo in doc and all(d in doc for d in documented(source)), source.tag
        if source.repo in shared:
            assert _names(earlier, source.repo.casefold()) and "salary" in doc, source.repo
            continue
        owner, _, repo_name = source.repo.casefold().partition("/")
        assert not _names(earlier, owner) and not _names(earlier, repo_name), source.repo


def _builder(name: str) -> ModuleType:
    """A corpus's builder (build_<name>.py), imported once."""
    return sys.modules.get(f"bench_build_{name}") or _module(f"build_{name}")


def _in_paths(source: Any, where: str) -> bool:
    """A row was drawn from one of its source's files (repository paths)."""
    return where in source.paths


def _in_files(source: Any, where: str) -> bool:
    """A row was drawn from one of its source's files (by name)."""
    return where in source.files


def _at_path(source: Any, where: str) -> bool:
    """A row was drawn from its source's one file."""
    return bool(where == source.path)


def _market_aa_located(source: Any, where: str) -> bool:
    """A row was drawn from one of its source's files, or from a posting's Markdown file
    in its source's folder."""
    return any(where == p or where.startswith(f"{p}/") for p in source.paths)


def _own_commit(source: Any, where: str) -> str:
    """The one commit a source's rows name."""
    return str(source.commit)


def _file_commit(source: Any, where: str) -> str:
    """The commit of the file a row was drawn from (a source of several versions)."""
    return str(source.commit_of(where))


def _commit_and_paths(source: Any) -> tuple[str, ...]:
    """What a corpus's document names of a source: its commit and files."""
    return (source.commit, *source.paths)


def _commit_and_path(source: Any) -> tuple[str, ...]:
    """What a corpus's document names of a source of one file: its commit and file."""
    return (source.commit, source.path)


def _commit_and_files(source: Any) -> tuple[str, ...]:
    """What a corpus's document names of a source: its commit and file names."""
    return (source.commit, *source.files)


def _versions_and_paths(source: Any) -> tuple[str, ...]:
    """What a corpus's document names of a source of several versions: each and its files."""
    return (*source.versions, *source.paths)


def _commits_and_files(source: Any) -> tuple[str, ...]:
    """What a corpus's document names of a source of several commits: each and its files."""
    return (*source.commits, *source.files)


# The corpora every held-out market corpus is new against (besides the earlier markets).
_BASE_CORPORA = {
    "titles.tsv",
    "esco_titles.tsv",
    "esco_fr_titles.tsv",
    "esco_es_titles.tsv",
    "onet_titles.tsv",
    "agreement.tsv",
}
_NOTE_COLUMNS = ("title", "role", "level", "set", "source", "note")
_MARKETS = [f"market_{p}{c}" for p in ("", "a", "b") for c in "abcdefghijklmnopqrstuvwxyz"]


@dataclasses.dataclass(frozen=True)
class HeldOut:
    """A held-out market corpus's shape: how many rows, which corpora its builder must read
    (it is new against each), where its rows say they were drawn, what its document names."""

    name: str  # "market_ab": data/market_ab.tsv and .md, bench/accuracy/build_market_ab.py
    least: int  # it holds more rows than this
    most: int  # and at most this many (0: no bound)
    through: str  # every market corpus up to this one is among its builder's corpora
    located: Callable[[Any, str], bool] = _in_paths  # where in its source a row was drawn
    commit_of: Callable[[Any, str], str] = _own_commit  # the commit that file's rows name
    # The commits and files its document names of a source (None: its own test checks).
    documented: Callable[[Any], Iterable[str]] | None = _commit_and_paths
    besides: frozenset[str] = frozenset()  # documents of corpora built at the same time
    shared: frozenset[str] = frozenset()  # repositories that gave salary strings too


# One line a corpus (`_check_documented_sources` says what `besides` and `shared` mean).
HELD_OUT = [
    HeldOut("market_r", 650, 800, "market_q", _in_files, documented=_commit_and_files),
    HeldOut("market_s", 650, 800, "market_r", _at_path, documented=_commit_and_path),
    HeldOut("market_t", 600, 700, "market_s"),
    # market_av reads another owner's repository of the same bare name (sabers13/job-agent).
    HeldOut(
        "market_u",
        240,
        700,
        "market_t",
        commit_of=_file_commit,
        documented=_versions_and_paths,
        besides=frozenset({"market_av.md"}),
    ),
    HeldOut("market_v", 600, 700, "market_t", besides=frozenset({"market_u.md"})),
    HeldOut("market_w", 500, 700, "market_v"),
    HeldOut("market_x", 500, 700, "market_v", besides=frozenset({"market_w.md"})),
    # lang_gdp, built at the same time, read the same SINE file (their shared titles were
    # left to market_y at the merge).
    HeldOut(
        "market_y",
        250,
        600,
        "market_x",
        commit_of=_file_commit,
        documented=_commits_and_files,
        besides=frozenset({"lang_gdp.md"}),
    ),
    # The AI-lab tracker also gave salary round 24 its pay text, drawn at the same time.
    HeldOut(
        "market_aa",
        200,
        700,
        "market_y",
        _market_aa_located,
        shared=frozenset({"ReedRawlings/AIJobs"}),
    ),
    HeldOut("market_ab", 300, 700, "market_aa"),
    HeldOut("market_ac", 300, 700, "market_ab"),
    # market_ad's own test checks its documents (one owner was read before).
    HeldOut("market_ad", 350, 700, "market_ab", documented=None),
    HeldOut("market_ae", 80, 0, "market_ab", besides=frozenset({"market_ac.md", "market_ad.md"})),
    HeldOut("market_af", 400, 0, "market_ae"),
    HeldOut("market_ag", 200, 0, "market_af"),
    # Its repositories' bare names are checked by `_check_unnamed_repositories`.
    HeldOut("market_ah", 350, 0, "market_ag"),
    HeldOut("market_ai", 500, 0, "market_ag", documented=None),
    HeldOut("market_aj", 350, 0, "market_ai"),
    # Unscored: the session's final held-out measure (the lead scores it once).
    HeldOut("market_am", 350, 0, "market_aj"),
    # market_ak and market_al were built at the same time on their own branches: market_an
    # is new against them where they are merged (its builder reads every corpus present).
    HeldOut("market_an", 350, 0, "market_aj"),
    # One repository whose bare name ("jobs") is a common word: its own test checks it.
    HeldOut("market_ak", 380, 0, "market_aj", documented=None),
    HeldOut("market_al", 400, 0, "market_aj"),
    # Built at the same time as market_ap on its own branch (each reads every corpus present).
    HeldOut("market_ao", 250, 300, "market_an", besides=frozenset({"market_ap.md"})),
    # One folder of TopCV postings, one JSON file each: a row names its posting's file.
    HeldOut("market_ap", 300, 0, "market_an", _market_aa_located),
    # The fourteenth session's final held-out measure (scored once by the lead at its end).
    HeldOut("market_ar", 350, 450, "market_ap"),
    HeldOut("market_aq", 350, 0, "market_ap"),
    # Two files of one feed read in fixed windows (its own test checks the window rule).
    HeldOut("market_as", 350, 0, "market_ap"),
    # Three saves of one scraper of a national board (one of them headerless daily files).
    HeldOut("market_at", 400, 0, "market_as"),
    # Unscored: transcribed pages of three job watchers' files (the lead scores it once).
    HeldOut("market_au", 380, 0, "market_at"),
    # Unscored: one of the fifteenth session's final measures (the lead scores it once). A
    # bare repository name ("job-agent") is another owner's in market_u: its own test checks.
    HeldOut("market_av", 380, 420, "market_at", documented=None),
    # A crawler's repository named "crawler" (a common word): its own test checks the names.
    HeldOut("market_aw", 400, 0, "market_at", documented=None),
    # Unscored: one of the sixteenth session's final measures (the lead scores it once). A
    # bare repository name ("job-scraping") is another owner's elsewhere: its own test checks.
    HeldOut("market_ay", 400, 450, "market_aw", documented=None),
]


@pytest.mark.parametrize("corpus", HELD_OUT, ids=lambda corpus: corpus.name)
def test_held_out_market_corpus_is_blind_new_capped_and_documented(corpus: HeldOut) -> None:
    """Columns, slugs, the split rule, distinct titles of no corpus its builder reads (all
    the earlier ones), each row drawn where its source says, employers capped, nothing the
    screen leaves out, no employer of the corpora drawn before; every source gives rows
    and is documented."""
    builder, name = _builder(corpus.name), f"{corpus.name}.tsv"
    _check_blind_corpus(name, corpus.least, _NOTE_COLUMNS)
    others = tuple(builder.corpora())
    assert set(others) >= _BASE_CORPORA and name not in others
    earlier = _MARKETS[: _MARKETS.index(corpus.through) + 1]
    assert {f"{m}.tsv" for m in earlier} <= set(others)
    _check_new_documented_corpus(name, others)
    rows = _rows(name)
    assert not corpus.most or len(rows) <= corpus.most
    _check_drawn_rows(rows, builder, corpus.located, corpus.commit_of)
    drawn = {builder.employer(r["source"].partition("|")[2]) for r in rows}
    # The employers of the corpora drawn before (market_w names them itself).
    if hasattr(builder, "drawn_before"):
        before = builder.drawn_before()
    else:
        before = getattr(builder, "EARLIER_EMPLOYERS", None)
    assert before is None or (before and not drawn & before)
    assert not drawn & getattr(builder, "SKIPPED", set())
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert set(sources) == set(builder.BY_TAG)
    readme = (BENCH / "data" / "README.md").read_text(encoding="utf-8")
    assert f"`{name}`" in readme and f"build_{corpus.name}.py" in readme
    if corpus.documented is not None:
        _check_documented_sources(
            corpus.name, builder, corpus.documented, corpus.besides, corpus.shared
        )


# The blind corpora of a group of languages each: name, and the rows it holds more than.
LANGUAGE_CORPORA = [
    ("lang_nordic", 200),
    ("lang_cee", 200),
    ("lang_vah", 199),
    ("lang_fis", 280),
    ("lang_gdp", 250),
    ("lang_rtpi", 250),
    ("lang_cjk", 250),
]


@pytest.mark.parametrize(("name", "least"), LANGUAGE_CORPORA)
def test_language_corpus_is_blind_new_and_documented(name: str, least: int) -> None:
    """Columns, slugs, the split rule, distinct clean titles, no title of any other corpus
    (every file in data/ with titles), every row's source tag in its .md, a gloss on every
    row."""
    _check_blind_corpus(f"{name}.tsv", least, _NOTE_COLUMNS)
    others = tuple(
        p.name
        for p in sorted((BENCH / "data").glob("*.tsv"))
        if p.name != f"{name}.tsv" and "title" in _rows(p.name)[0]
    )
    _check_new_documented_corpus(f"{name}.tsv", others)
    assert all(r["note"] for r in _rows(f"{name}.tsv"))


def test_market_s_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    rows = _rows("market_s.tsv")
    # The whole market: no role 40% of it, tech, data and AI
    # roughly 40% and the rest every other function; the owners' weak spots all show;
    # the boards of German, Portuguese, Spanish and Italian postings give 40% of it.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.4 * len(rows)
    assert 0.3 * len(rows) < sum(roles[r] for r in _MARKET_S_TECH) < 0.5 * len(rows)
    assert min(roles[r] for r in ("operations", "sales-marketing", "other")) > 0.1 * len(rows)
    # (The five remote boards, one source, give 53% of it: the English-language part.)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert max(sources.values()) < 0.55 * len(rows)
    assert sum(sources[t] for t in _MARKET_S_ABROAD) >= 0.4 * len(rows)
    weak = ("ai-engineer", "research-scientist", "devops-engineer", "other", "data-analyst")
    assert min(roles[r] for r in weak) > 0


def _market_s_inputs(root: Path) -> dict[str, Path]:
    """A feed's store of seen postings, a Gupy list and a job monitor's store, as the
    sources save them (invented)."""
    for folder in ("feed", "gupy", "monitor"):
        (root / folder).mkdir(parents=True)
    seen = {f"1000{n}-S": {"title": f"Lagerhelfer {n} (m/w/d)"} for n in range(3)}
    seen["2000-S"] = {"title": "Lagerhelfer 0 (m/w/d)"}  # the same title again
    seen["2001-S"] = {"title": "Ausbildungsplatz 2026"}
    seen["2002-S"] = {"title": "Mitfahrgelegenheit ab Torgau bis Leipzig"}
    seen["2003-S"] = {"title": "Pflegefachkraft " + "x" * 90}  # cut at 100 characters
    seen["2004-S"] = "not a posting"
    feed = root / "feed" / "seen_jobs.json"
    feed.write_text(json.dumps(seen), encoding="utf-8")
    vagas = [{"name": f"Analista de Dados {n}", "careerPageName": "Dadosco"} for n in range(4)]
    vagas += [
        {"name": "Engenheiro de Dados", "careerPageName": "Outraco"},
        {"name": "Estágio em Dados", "careerPageName": "Outraco"},
        {"name": "Known Title", "careerPageName": "Outraco"},
    ]
    gupy = root / "gupy" / "vagas_gupy.json"
    gupy.write_text(json.dumps(vagas), encoding="utf-8")
    jobs = {
        f"h{n}": {"site_id": "himalayas", "title": f"Box Seller {n}", "company": "Boxco"}
        for n in range(5)
    }
    jobs |= {
        "i1": {"site_id": "infojobs_es", "title": "Programador/a Java", "company": "Javaco"},
        "i2": {"site_id": "infojobs_es", "title": "Beca Workplaces", "company": "Javaco"},
        "i3": {"site_id": "infojobs_es", "title": "Curso gratuito React", "company": "Javaco"},
        "i4": {"site_id": "infojobs_es", "title": "Desarrollador/a", "company": "InfoJobs ES"},
        "g1": {"site_id": "glassdoor", "title": "Tecnico IT", "company": "Glassdoor listing"},
        "g2": {"site_id": "glassdoor", "title": "Sviluppatore Web", "company": "Webco"},
        "r1": {"site_id": "remoteok", "title": "Sales &amp; Marketing Lead", "company": "Ampco"},
        "r2": {"site_id": "remoteok", "title": "Analista SÃ£o Paulo", "company": "Brokenco"},
        "r3": {"site_id": "remoteok", "title": "Who We Are", "company": "Pageco"},
        "r4": {"site_id": "remotive", "title": "Support  Agent", "company": ""},
        "a1": {"site_id": "arcdev", "title": "Go Developer", "company": "Arc.dev listing"},
        "a2": {"site_id": "arcdev", "title": "Rust Developer", "company": "Rustco"},
        "x1": {"site_id": "linkedin", "title": "Other Board Title", "company": "Linkco"},
    }
    monitor = root / "monitor" / "seen_jobs.json"
    monitor.write_text(json.dumps({"last_updated": "2026", "jobs": jobs}), encoding="utf-8")
    return {"feed": feed, "gupy": gupy, "monitor": monitor}


def test_market_s_builder_reads_each_store_caps_employers_and_skips_non_titles(
    tmp_path: Path,
) -> None:
    paths = _market_s_inputs(tmp_path / "in")
    file_of = {"seen": paths["feed"], "gupy": paths["gupy"], "monitor": paths["monitor"]}
    sources = build_market_s.SOURCES
    groups = [(s.tag, build_market_s.read(s, file_of[s.fmt])) for s in sources]
    rows = build_market_s.candidates(groups, {"known title"})
    by_source: dict[str, list[str]] = {}
    for title, _, src in rows:
        by_source.setdefault(src.partition(":")[0], []).append(title)
    # The feed's postings each count alone (no employer), once per title; the Gupy
    # postings two an employer; the monitor's boards each from their own sites only.
    assert sorted(by_source["de-arbeitsagentur"]) == [f"Lagerhelfer {n} (m/w/d)" for n in range(3)]
    assert {r[1] for r in rows if r[2].startswith("de-arbeitsagentur:")} <= {
        f"posting 1000{n}-S" for n in range(3)
    } | {"posting 2000-S"}
    gupy = by_source["br-gupy"]
    assert len([t for t in gupy if t.startswith("Analista")]) == 2 and "Engenheiro de Dados" in gupy
    assert by_source["es-infojobs"] == ["Programador/a Java"]
    assert by_source["it-glassdoor"] == ["Sviluppatore Web"]
    assert len([t for t in by_source["remote-boards"] if t.startswith("Box Seller")]) == 3
    assert "Sales & Marketing Lead" in by_source["remote-boards"]
    assert by_source["arc-dev"] == ["Rust Developer"]
    assert {r[2] for r in rows if r[1] == "Rustco"} == {
        f"arc-dev:data/seen_jobs.json@{build_market_s.BY_TAG['arc-dev'].commit[:8]}"
    }
    # Known titles, internships and training places, courses, a lift, a cut-off title,
    # placeholder or empty employers, broken letters, a page heading and other boards
    # are skipped.
    titles = [r[0] for r in rows]
    for gone in (
        "Known Title",
        "Ausbildungsplatz 2026",
        "Estágio em Dados",
        "Beca Workplaces",
        "Curso gratuito React",
        "Mitfahrgelegenheit ab Torgau bis Leipzig",
        "Desarrollador/a",
        "Tecnico IT",
        "Analista SÃ£o Paulo",
        "Who We Are",
        "Support Agent",
        "Go Developer",
        "Other Board Title",
    ):
        assert gone not in titles, gone
    assert not [t for t in titles if t.startswith("Pflegefachkraft")]


def test_market_s_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_s.BUILDER, "known", lambda: {"known title"})
    paths = _market_s_inputs(tmp_path / "in")
    assert build_market_s.main(["--file", f"it-glassdoor={paths['monitor']}"]) == 0
    commit = build_market_s.BY_TAG["it-glassdoor"].commit
    assert capsys.readouterr().out.splitlines() == [
        f"Sviluppatore Web\tWebco\tit-glassdoor:data/seen_jobs.json@{commit[:8]}"
    ]
    other_name = _saved(tmp_path / "jobs.json", "{}")
    not_json = _saved(tmp_path / "seen_jobs.json", "{not json")
    _check_rejected(
        build_market_s,
        capsys,
        ["--file", f"de-arbeitsagentur={paths['gupy']}"],  # a Gupy list, not a store
        ["--file", f"br-gupy={paths['monitor']}@{'0' * 40}"],
        ["--file", f"remote-boards={other_name}"],  # no file the builder knows
        ["--file", f"es-infojobs={tmp_path / 'missing' / 'seen_jobs.json'}"],
        ["--file", f"arc-dev={not_json}"],
        ["--file", f"nowhere={paths['feed']}"],
        ["--file", "remote-boards"],
    )


build_market_t = _module("build_market_t")


def test_market_t_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    rows = _rows("market_t.tsv")
    titles = [r["title"] for r in rows]
    # Korean, French and US employers of every function: Hangul titles over half of it,
    # the French board over a sixth; no role 40% of it; the non-tech functions each over
    # a tenth. (Tech, data and AI roles are only 6% of it: market_t.md says so.)
    hangul = [t for t in titles if re.search("[\uac00-\ud7a3]", t)]
    assert len(hangul) > 0.5 * len(rows)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert sources["fr-francetravail"] > len(rows) / 6
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.4 * len(rows)
    non_tech = ("operations", "sales-marketing", "other", "designer")
    assert min(roles[r] for r in non_tech) > 0.1 * len(rows)
    assert 0 < sum(roles[r] for r in _MARKET_S_TECH) < 0.1 * len(rows)


def _market_t_inputs(root: Path) -> dict[str, Path]:
    """A Wanted group's JSON and CSV, a France Travail answer and an aggregator's README,
    as the sources save them (invented)."""
    root.mkdir(parents=True)
    wanted = [{"COMPANY": "박스코", "TITLE": f"영업 담당자 {n}"} for n in range(5)]
    wanted += [
        {"COMPANY": "뉴코", "TITLE": "체험형 인턴 (마케팅)"},
        {"COMPANY": "뉴코", "TITLE": "Known Title"},
        {"COMPANY": "뉴코", "TITLE": "UX  디자이너"},
        {"COMPANY": "", "TITLE": "CX 담당자"},
        "not a posting",
    ]
    paths = {"json": root / "wanted_data_530.json", "csv": root / "wanted_data_511.csv"}
    paths["json"].write_text(json.dumps(wanted, ensure_ascii=False), encoding="utf-8")
    with paths["csv"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="|")
        out.writerow(["RECRUIT_DEADLINE", "COMPANY", "TITLE", "MAINDUTIES"])
        out.writerow(["", "디자인코", "그래픽 디자이너", "• 여러 줄\n• 업무"])
    answer = {
        "resultats": [
            {"id": "1A", "intitule": "Cuisinier (H/F)", "entreprise": {"nom": "RESTO"}},
            {"id": "1B", "intitule": "Soudeur (H/F)", "entreprise": {}},
            {"id": "1C", "intitule": "Vendeur en alternance (H/F)", "entreprise": {"nom": "X"}},
        ]
    }
    paths["ft"] = root / "api_offres_france_travail.json"
    paths["ft"].write_text(json.dumps(answer), encoding="utf-8")
    readme = [
        "| Category | Count |",
        "| Registered Nurse | <img src='x.png' alt=''> Carehealth | [View](https://a/1) |",
        "| Summer Intern | <img src='x.png' alt=''> Carehealth | [View](https://a/2) |",
        "| Teller | Bankco | [View](https://a/3) |",
    ]
    paths["md"] = root / "README.md"
    paths["md"].write_text("\n".join(readme) + "\n", encoding="utf-8")
    return paths


def test_market_t_builder_reads_each_format_caps_employers_and_skips_non_titles(
    tmp_path: Path,
) -> None:
    paths = _market_t_inputs(tmp_path / "in")
    by_tag = build_market_t.BY_TAG
    groups = [
        ("kr-wanted", build_market_t.read(by_tag["kr-wanted"], paths["json"])),
        ("fr-francetravail", build_market_t.read(by_tag["fr-francetravail"], paths["ft"])),
        ("us-openjobs", build_market_t.read(by_tag["us-openjobs"], paths["md"])),
    ]
    groups[0][1].extend(build_market_t.read(by_tag["kr-wanted"], paths["csv"]))
    rows = build_market_t.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    # Three of one Wanted employer; a CSV title with a multi-line field; whitespace
    # collapsed; a France Travail posting with no employer counts under its id; the
    # README's posting rows only.
    assert len([t for t in titles if t.startswith("영업 담당자")]) == 3
    assert "그래픽 디자이너" in titles and "UX 디자이너" in titles
    assert ["Soudeur (H/F)", "posting 1B"] in [r[:2] for r in rows]
    commit = by_tag["kr-wanted"].commit[:8]
    assert {r[2] for r in rows if r[1] == "디자인코"} == {
        f"kr-wanted:data_ex/wanted_data_511.csv@{commit}"
    }
    assert {"Registered Nurse", "Teller", "Cuisinier (H/F)"} <= set(titles)
    for gone in (
        "Known Title",
        "체험형 인턴 (마케팅)",
        "CX 담당자",
        "Vendeur en alternance (H/F)",
        "Summer Intern",
        "Category",
    ):
        assert gone not in titles, gone


def test_market_t_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_t.BUILDER, "known", lambda: {"known title"})
    paths = _market_t_inputs(tmp_path / "in")
    assert build_market_t.main(["--file", f"us-openjobs={paths['md']}"]) == 0
    commit = build_market_t.BY_TAG["us-openjobs"].commit
    assert capsys.readouterr().out.splitlines() == [
        f"Registered Nurse\tCarehealth\tus-openjobs:README.md@{commit[:8]}",
        f"Teller\tBankco\tus-openjobs:README.md@{commit[:8]}",
    ]
    other_name = _saved(tmp_path / "jobs.json", "[]")
    not_json = _saved(tmp_path / "wanted_data_508.json", "{not json")
    _check_rejected(
        build_market_t,
        capsys,
        ["--file", f"fr-francetravail={paths['md']}"],  # no file the builder knows
        ["--file", f"kr-wanted={paths['json']}@{'0' * 40}"],  # no version it knows
        ["--file", f"kr-wanted={other_name}"],
        ["--file", f"kr-wanted={not_json}"],
        ["--file", f"us-openjobs={tmp_path / 'missing' / 'README.md'}"],
        ["--file", f"nowhere={paths['ft']}"],
        ["--file", "kr-wanted"],
    )


build_market_u = _module("build_market_u")


def test_market_u_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    rows = _rows("market_u.tsv")
    titles = [r["title"] for r in rows]
    # Whole boards of employers of every function: the saved ATS boards over three quarters
    # of it (the Chinese boards the rest), over 35 employers; CJK titles over a sixth; no
    # role 45% of it; the non-tech functions each over a sixth; tech, data and AI roles
    # between a tenth and a half, the AI engineering roles among them.
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert sum(n for tag, n in sources.items() if not tag.startswith("cn-")) > 0.75 * len(rows)
    assert len({_row_employer(build_market_u, r) for r in rows}) > 35
    cjk = [t for t in titles if re.search("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]", t)]
    assert len(cjk) > len(rows) / 6
    roles = Counter(r["role"] for r in rows)
    assert roles["ml-engineer"] >= 20 and roles["ai-engineer"] >= 10
    assert max(roles.values()) < 0.45 * len(rows)
    assert min(roles[r] for r in ("operations", "sales-marketing", "other")) > len(rows) / 6
    assert 0.1 * len(rows) < sum(roles[r] for r in _MARKET_S_TECH) < 0.5 * len(rows)


def test_market_u_transcriptions_are_the_builders_inputs() -> None:
    # Each file the builder knows is transcribed once, under its own name, as a JSON list of
    # {"company", "title"}; the committed TSV is what the builder draws from them.
    transcribed = build_market_u.TRANSCRIBED
    names = [name for source in build_market_u.SOURCES for name in source.files]
    assert len(names) == len(set(names))
    assert sorted(names) == sorted(p.name for p in transcribed.glob("*.json"))
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for source in build_market_u.SOURCES:
        for name in source.files:
            data = json.loads((transcribed / name).read_text(encoding="utf-8"))
            assert data and all(set(job) == {"company", "title"} for job in data), name
            groups.setdefault(source.tag, []).extend(
                build_market_u.read(source, transcribed / name)
            )
    ordered = [(s.tag, groups[s.tag]) for s in build_market_u.SOURCES]
    drawn = build_market_u.candidates(ordered, build_market_u.known())
    rows = _rows("market_u.tsv")
    assert [[r["title"], r["source"]] for r in rows] == [
        [title, f"{src}|{emp}"] for title, emp, src in drawn
    ]


def _market_u_inputs(root: Path) -> dict[str, Path]:
    """A Workday board and a BOSS answer as the sources save them (invented)."""
    root.mkdir(parents=True)
    board = [{"company": "boxco", "title": f"Process  Engineer {n}", "url": "u"} for n in range(8)]
    board += [
        {"company": "newco", "title": "Praktikum Vertrieb (m/w/d)"},
        {"company": "newco", "title": "Known Title"},
        {"company": "newco", "title": "Unsolicited Application - Austria"},
        {"company": "newco", "title": "Estágio em TI"},
        {"company": "newco", "title": "Operador/a Loja"},
        {"company": "", "title": "Welder"},
        "not a posting",
    ]
    paths = {"wd": root / "WORKDAY_amgen_wd1_careers_jobs.json", "cn": root / "jobs.json"}
    paths["wd"].write_text(json.dumps(board, ensure_ascii=False), encoding="utf-8")
    boss = [
        {"id": "1", "title": "产品经理", "company": "小米"},
        {"id": "2", "title": "数据分析实习生", "company": "某公司"},
    ]
    paths["cn"].write_text(json.dumps(boss, ensure_ascii=False), encoding="utf-8")
    return paths


def test_market_u_builder_reads_boards_caps_employers_and_skips_non_titles(
    tmp_path: Path,
) -> None:
    paths = _market_u_inputs(tmp_path / "in")
    by_tag = build_market_u.BY_TAG
    groups = [
        ("srapper-workday", build_market_u.read(by_tag["srapper-workday"], paths["wd"])),
        ("cn-boss", build_market_u.read(by_tag["cn-boss"], paths["cn"])),
    ]
    rows = build_market_u.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    # Six of one employer, whitespace collapsed; the BOSS title in its own script.
    assert len([t for t in titles if t.startswith("Process Engineer")]) == 6
    assert "Operador/a Loja" in titles and "产品经理" in titles
    commit = by_tag["srapper-workday"].commit[:8]
    assert {r[2] for r in rows if r[1] == "boxco"} == {
        f"srapper-workday:output/WORKDAY_amgen_wd1_careers_jobs.json@{commit}"
    }
    for gone in (
        "Known Title",
        "Praktikum Vertrieb (m/w/d)",
        "Unsolicited Application - Austria",
        "Estágio em TI",
        "Welder",
        "数据分析实习生",
    ):
        assert gone not in titles, gone


def test_market_u_builder_names_each_files_own_commit_and_prefixed_name(tmp_path: Path) -> None:
    # A source whose files were read at different commits tags each row with its file's
    # commit; files of the same name in several repositories carry their source's prefix
    # (a Markdown file's transcription ends in ".json").
    source = build_market_u.APPLY_ENGINE
    assert source.files == (
        "apply-engine_greenhouse.json",
        "apply-engine_ashby.json",
        "apply-engine_workable.json",
    )
    assert build_market_u.BOSS_NLP.files == ("dh-ai_boss直聘_0.md.json",)
    path = tmp_path / "apply-engine_workable.json"
    path.write_text(json.dumps([{"company": "Zego", "title": "Claims Handler"}]), "utf-8")
    [(emp, title, tag)] = build_market_u.read(source, path)
    assert (emp, title) == ("Zego", "Claims Handler")
    assert tag == "apply-engine:tests/fixtures/workable.json@226cce96"
    assert build_market_u.read(source, path, source.commit_of("tests/fixtures/workable.json"))
    with pytest.raises(ValueError, match="no version"):
        build_market_u.read(source, path, source.commit)
    with pytest.raises(ValueError, match="no file"):
        build_market_u.read(source, tmp_path / "workable.json")
    assert source.versions == (source.commit, source.commits[2])


def test_market_u_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_u.BUILDER, "known", lambda: {"known title"})
    paths = _market_u_inputs(tmp_path / "in")
    assert build_market_u.main(["--file", f"cn-boss={paths['cn']}"]) == 0
    commit = build_market_u.BY_TAG["cn-boss"].commit
    assert capsys.readouterr().out.splitlines() == [
        f"产品经理\t小米\tcn-boss:data/jobs.json@{commit[:8]}"
    ]
    not_json = _saved(tmp_path / "WORKDAY_asml_wd3_asmlext1_jobs.json", "{not json")
    not_list = _saved(tmp_path / "WORKDAY_bbva_wd3_bbva_jobs.json", "{}")
    _check_rejected(
        build_market_u,
        capsys,
        ["--file", f"srapper-workday={paths['cn']}"],  # no file the builder knows
        ["--file", f"cn-boss={paths['cn']}@{'0' * 40}"],  # no version it knows
        ["--file", f"srapper-workday={not_json}"],
        ["--file", f"srapper-workday={not_list}"],
        ["--file", f"cn-boss={tmp_path / 'missing' / 'jobs.json'}"],
        ["--file", f"nowhere={paths['cn']}"],
        ["--file", "cn-boss"],
    )


build_market_v = _module("build_market_v")


def test_market_v_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    rows = _rows("market_v.tsv")
    titles = [r["title"] for r in rows]
    # National boards of many countries, in their languages: Russian and Turkish titles
    # each over a twentieth; no source over a fifth; no role 30% of it; tech, data and AI
    # roles over a third (37.5%: market_v.md says why not the 45% aimed at), the non-tech
    # functions together over half.
    assert len([t for t in titles if re.search("[\u0400-\u04ff]", t)]) > 0.05 * len(rows)
    assert len([t for t in titles if re.search("[ğışİŞ]", t)]) > 0.05 * len(rows)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert max(sources.values()) < 0.2 * len(rows)
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.3 * len(rows)
    tech = sum(roles[r] for r in _MARKET_S_TECH)
    assert 0.33 * len(rows) < tech < 0.5 * len(rows)
    non_tech = ("operations", "sales-marketing", "other", "designer")
    assert sum(roles[r] for r in non_tech) > 0.5 * len(rows)


def _market_v_inputs(root: Path) -> dict[str, Path]:
    """A board's CSV (UTF-8 and Windows-1252), a Kariyer.net file and a Seek JSON list, as
    the sources save them (invented)."""
    root.mkdir(parents=True)
    paths = {
        "csv": root / "jobstreet_data.csv",
        "cp": root / "bdjobs.csv",
        "kariyer": root / "kariyernet_ilanlar.csv",
        "json": root / "jobs_2025-11-08.json",
    }
    with paths["csv"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Job Title", "Company Name", "Job Description"])
        for n in range(5):
            out.writerow([f"Staf  Gudang {n}", "PT Gudangco", "long text,\nwith lines"])
        out.writerow(["Admin Magang", "PT Baru", ""])
        out.writerow(["Known Title", "PT Baru", ""])
        out.writerow(["Kasir", "Company Confidential", ""])
        out.writerow(["Teknisi Listrik", "PT Baru", ""])
    with paths["cp"].open("w", encoding="cp1252", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Job name", "Description Link", "Company Name"])
        out.writerow(["Executive (MD\u2019s Office)", "l1", "Textileco"])
        out.writerow(["??????? ????", "l2", "Textileco"])
        out.writerow(["Apply one job", "l3", "Testco"])
    with paths["kariyer"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Pozisyon", "IlanMetni"])
        out.writerow(["İş Analisti\n   \n   Moda A.Ş.", "uzun metin"])
        out.writerow(["Satış Stajyeri\n\n Moda A.Ş.", ""])
        out.writerow(["Veri Analisti\n\n Gizli Firma", ""])
        out.writerow(["Tek Satır", ""])
    seek = [
        {"title": "People & Culture Advisor", "company": "Healthco"},
        {"title": "Graduate HR Intern", "company": "Healthco"},
        "not a posting",
    ]
    paths["json"].write_text(json.dumps(seek), encoding="utf-8")
    return paths


def test_market_v_builder_reads_each_format_caps_employers_and_skips_non_titles(
    tmp_path: Path,
) -> None:
    paths = _market_v_inputs(tmp_path / "in")
    by_tag = build_market_v.BY_TAG
    groups = [
        ("id-jobstreet", build_market_v.read(by_tag["id-jobstreet"], paths["csv"])),
        ("bd-bdjobs", build_market_v.read(by_tag["bd-bdjobs"], paths["cp"])),
        ("tr-kariyer", build_market_v.read(by_tag["tr-kariyer"], paths["kariyer"])),
        ("au-seek", build_market_v.read(by_tag["au-seek"], paths["json"])),
    ]
    rows = build_market_v.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    # Three of one employer from its source; whitespace collapsed; a Windows-1252 file; the
    # Kariyer.net cell's first line is the title and its last the employer.
    assert len([t for t in titles if t.startswith("Staf Gudang")]) == 3
    assert ["İş Analisti", "Moda A.Ş."] in [r[:2] for r in rows]
    assert {"Teknisi Listrik", "Executive (MD\u2019s Office)", "People & Culture Advisor"} <= set(
        titles
    )
    commit = by_tag["tr-kariyer"].commit[:8]
    assert {r[2] for r in rows if r[1] == "Moda A.Ş."} == {
        f"tr-kariyer:kariyernet_ilanlar.csv@{commit}"
    }
    for gone in (
        "Known Title",
        "Admin Magang",
        "Kasir",
        "??????? ????",
        "Apply one job",
        "Satış Stajyeri",
        "Veri Analisti",
        "Tek Satır",
        "Graduate HR Intern",
    ):
        assert gone not in titles, gone


def test_market_v_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_v.BUILDER, "known", lambda: {"known title"})
    paths = _market_v_inputs(tmp_path / "in")
    assert build_market_v.main(["--file", f"au-seek={paths['json']}"]) == 0
    commit = build_market_v.BY_TAG["au-seek"].commit
    assert capsys.readouterr().out.splitlines() == [
        f"People & Culture Advisor\tHealthco\tau-seek:data/jobs_2025-11-08.json@{commit[:8]}",
    ]
    other_name = _saved(tmp_path / "jobs.json", "[]")
    not_json = _saved(tmp_path / "jobs_2025-11-08.json", "{not json")
    no_column = _saved(tmp_path / "vacancies.csv", "Title,Company\nX,Y\n")
    _check_rejected(
        build_market_v,
        capsys,
        ["--file", f"ru-hh={paths['json']}"],  # no file the builder knows
        ["--file", f"id-jobstreet={paths['csv']}@{'0' * 40}"],  # no version it knows
        ["--file", f"au-seek={other_name}"],
        ["--file", f"au-seek={not_json}"],
        ["--file", f"ru-hh={no_column}"],
        ["--file", f"in-naukri={tmp_path / 'missing' / 'naukri_jobs.csv'}"],
        ["--file", f"nowhere={paths['json']}"],
        ["--file", "au-seek"],
    )


build_market_x = _module("build_market_x")


def test_market_x_is_blind_new_boundary_data_of_capped_employers_with_documented_sources() -> None:
    rows = _rows("market_x.tsv")
    titles = [r["title"] for r in rows]
    # A boundary corpus: every title holds a word of a tech role, and the corpus holds
    # both sides of each boundary (the owners' weak spots and the roles next to them).
    assert [t for t in titles if not build_market_x.BOUNDARY.search(t)] == []
    roles = Counter(r["role"] for r in rows)
    weak = ("ai-engineer", "research-scientist", "devops-engineer", "mlops-engineer")
    assert min(roles[r] for r in (*weak, "data-analyst", "other", "operations")) > 0
    assert roles["other"] + roles["operations"] > 0.1 * len(rows)
    assert max(roles.values()) < 0.25 * len(rows)
    # Korean and Portuguese titles each over a twentieth; no source over half (market_x.md
    # says why the last one is the largest).
    assert len([t for t in titles if re.search("[\uac00-\ud7a3]", t)]) > 0.05 * len(rows)
    assert len([t for t in titles if re.search(r"\b(Analista|Dados)\b", t)]) > 0.05 * len(rows)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert max(sources.values()) < 0.5 * len(rows)
    # Every note that reads a title as ambiguous names a valid other role or level.
    valid = {*load_taxonomy().roles, *load_taxonomy().levels, "no level"}
    for row in rows:
        for other in re.findall(r"ambiguous: ([\w-]+(?: level)?)", row["note"]):
            assert other in valid, (row["title"], other)


def _market_x_inputs(root: Path) -> dict[str, Path]:
    """A LinkedIn CSV (with LinkedIn's lost company names) and a Wanted CSV, as the
    sources save them (invented)."""
    root.mkdir(parents=True)
    paths = {"linkedin": root / "linkedin_jobs.csv", "wanted": root / "wanted_jobs.csv"}
    with paths["linkedin"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["title", "company", "description"])
        for n in range(5):
            out.writerow([f"Widget  Data Analyst {n}", "Widgetco", "long text,\nwith lines"])
        out.writerow(["Gizmo Polisher", "Widgetco", ""])  # no tech word
        out.writerow(["Waiter / Waitress", "Cafeco", ""])  # "ai" inside a word is none
        out.writerow(["Data Intern", "Cafeco", ""])
        out.writerow(["Known Data Title", "Cafeco", ""])
        out.writerow(["Cloud Wrangler", "Cloud Wrangler with verification", ""])
        out.writerow(["Lab Sprocket Tester", "Lab Sprocket Tester", ""])
        out.writerow(["Sprocket Engineer", "Cafeco", ""])
        out.writerow(["Personal Trainer", "Drawnco", ""])
    with paths["wanted"].open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["job_role", "company", "title", "skills"])
        out.writerow(["서버 개발자", "위젯", "AI백엔드 개발자", "['Python']"])
        out.writerow(["서버 개발자", "위젯", "[인턴] 백엔드 개발자", "[]"])
        out.writerow(["서버 개발자", "위젯", "마케팅 매니저", "[]"])
    return paths


def test_market_x_builder_keeps_boundary_titles_caps_employers_and_skips_non_titles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _market_x_inputs(tmp_path / "in")
    by_tag = build_market_x.BY_TAG
    # An employer of market_u or market_v is never drawn.
    screen = dataclasses.replace(
        build_market_x.SCREEN, no_employer={*build_market_x.NO_EMPLOYER, "drawnco"}
    )
    monkeypatch.setattr(build_market_x.BUILDER, "screen", screen)
    linkedin = build_market_x.read(by_tag["uk-linkedin"], paths["linkedin"])
    # Only titles with a tech word are read; LinkedIn's lost company names name no employer.
    assert [t for _, t, _ in linkedin if "Gizmo" in t or "Waiter" in t] == []
    assert ("", "Cloud Wrangler") in [(e, t) for e, t, _ in linkedin]
    assert ("", "Lab Sprocket Tester") in [(e, t) for e, t, _ in linkedin]
    groups = [
        ("uk-linkedin", linkedin),
        ("kr-wanted", build_market_x.read(by_tag["kr-wanted"], paths["wanted"])),
    ]
    rows = build_market_x.BUILDER.candidates(groups, {"known data title"})
    titles = [r[0] for r in rows]
    # Three of one employer from its source; whitespace collapsed; "AI" glued to Hangul.
    assert len([t for t in titles if t.startswith("Widget Data Analyst")]) == 3
    assert {"Sprocket Engineer", "AI백엔드 개발자"} <= set(titles)
    commit = by_tag["kr-wanted"].commit[:8]
    assert {r[2] for r in rows if r[1] == "위젯"} == {f"kr-wanted:wanted_jobs.csv@{commit}"}
    for gone in (
        "Known Data Title",
        "Data Intern",
        "Cloud Wrangler",
        "Lab Sprocket Tester",
        "Personal Trainer",
        "[인턴] 백엔드 개발자",
        "마케팅 매니저",
    ):
        assert gone not in titles, gone


def test_market_x_drawn_before_reads_the_employers_of_two_corpora(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "market_u.tsv").write_text(
        "title\trole\tlevel\tset\tsource\tnote\n"
        "A\tother\t-\ttrain\tx:f.json@00000000|Widget Co.\t\n",
        encoding="utf-8",
    )
    assert build_market_x.drawn_before(data) == {"widgetco"}


def test_market_x_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_x.BUILDER, "known", lambda: {"known data title"})
    paths = _market_x_inputs(tmp_path / "in")
    assert build_market_x.main(["--file", f"kr-wanted={paths['wanted']}"]) == 0
    commit = build_market_x.BY_TAG["kr-wanted"].commit
    assert capsys.readouterr().out.splitlines() == [
        f"AI백엔드 개발자\t위젯\tkr-wanted:wanted_jobs.csv@{commit[:8]}",
    ]
    no_column = _saved(tmp_path / "linkedin_jobs.csv", "Name,Company\nX,Y\n")
    _check_rejected(
        build_market_x,
        capsys,
        ["--file", f"kr-wanted={paths['linkedin']}"],  # no file the builder knows
        ["--file", f"uk-linkedin={paths['linkedin']}@{'0' * 40}"],  # no version it knows
        ["--file", f"uk-linkedin={no_column}"],
        ["--file", f"br-linkedin={tmp_path / 'missing' / 'linkedin_jobs.csv'}"],
        ["--file", f"nowhere={paths['linkedin']}"],
        ["--file", "uk-linkedin"],
    )


build_market_w = _module("build_market_w")


def test_market_w_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    """Whole boards of employers outside software, in their languages: new against every
    corpus, capped per employer, drawing none of market_u's and market_v's employers."""
    rows = _rows("market_w.tsv")
    titles = [r["title"] for r in rows]
    # Korean titles over a tenth, French and Portuguese ones over a tenth (their gender
    # marks, accents and grades); no source over 30%, no role 30% of it; the non-tech
    # functions over half, and every weak spot of the owners' figures shows.
    assert len([t for t in titles if re.search("[\uac00-\ud7a3]", t)]) > 0.1 * len(rows)
    romance = r"\b(H/F|F/H)\b|F/H/X|H/F/X|\bPleno\b|Sênior|ção|ções"
    assert len([t for t in titles if re.search(romance, t)]) > 0.1 * len(rows)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert max(sources.values()) < 0.3 * len(rows)
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.3 * len(rows)
    non_tech = ("operations", "sales-marketing", "other", "designer")
    assert sum(roles[r] for r in non_tech) > 0.5 * len(rows)
    weak = ("ai-engineer", "research-scientist", "devops-engineer", "other")
    assert min(roles[r] for r in weak) > 0


def _market_w_inputs(root: Path) -> dict[str, Path]:
    """A hospital's board (a JSON list of its postings), and an aggregator's file of many
    employers (a JSON object whose "jobs" are the postings), as the sources save them
    (invented titles and employers)."""
    root.mkdir(parents=True)
    paths = {"board": root / "amc.json", "jobs": root / "jobs.json"}
    board = [{"title": f"간호사  모집 {n}", "dday": "D-3"} for n in range(8)]
    board += [
        {"title": "2026년도 인턴 모집"},
        {"title": "D-1[서울병원] 방사선사 공개채용 공고"},
        {"title": "레지던트 합격자 발표"},
        {"title": "진행중\n임상교수 초빙"},
        "not a posting",
    ]
    paths["board"].write_text(json.dumps(board, ensure_ascii=False), encoding="utf-8")
    jobs = [
        {"title": "Analista de Dados Pleno", "company": "Bancoco"},
        {"title": "Estágio em Finanças", "company": "Bancoco"},
        {"title": "ALTERNANCE - Contrôleur de gestion (H/F)", "company": "Modeco"},
        {"title": "Contrôleur de gestion (H/F)", "company": "Modeco"},
        {"title": "Spontaneous application - Finance", "company": "Modeco"},
        {"title": "Test Job Live", "company": "BCG"},
        {"title": "Claims Handler II", "company": "Monzo"},
        {"title": "Known Title", "company": "Modeco"},
        {"title": "Vendedor(a) Externo", "company": ""},
    ]
    jobs += [{"title": f"AI 엔지니어 {n}", "company": "(주)에이아이코"} for n in range(5)]
    paths["jobs"].write_text(json.dumps({"jobs": jobs}, ensure_ascii=False), encoding="utf-8")
    return paths


def test_market_w_builder_reads_each_shape_caps_employers_and_skips_non_titles(
    tmp_path: Path,
) -> None:
    paths = _market_w_inputs(tmp_path / "in")
    by_tag = build_market_w.BY_TAG
    hospital = build_market_w.read(by_tag["kr-hospital"], paths["board"])
    # A hospital's board names no employer in its postings: the file's name is the employer.
    assert {emp for emp, _, _ in hospital} == {"amc"}
    commit = by_tag["kr-hospital"].commit[:8]
    assert {tag for _, _, tag in hospital} == {f"kr-hospital:json/amc.json@{commit}"}
    groups = [
        ("kr-hospital", hospital),
        ("kr-aihub", build_market_w.read(by_tag["kr-aihub"], paths["jobs"])),
    ]
    rows = build_market_w.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    # Six of one hospital, whitespace collapsed; three of one employer of kr-aihub, whose own
    # cap is lower.
    assert len([t for t in titles if t.startswith("간호사 모집")]) == 6
    assert "Analista de Dados Pleno" in titles and "Contrôleur de gestion (H/F)" in titles
    assert len([t for t in titles if t.startswith("AI 엔지니어")]) == 3
    for gone in (
        "2026년도 인턴 모집",  # an internship
        "D-1[서울병원] 방사선사 공개채용 공고",  # a crawler's deadline glued to the title
        "레지던트 합격자 발표",  # a list of successful applicants
        "임상교수 초빙",  # a status line glued before the title
        "Estágio em Finanças",
        "ALTERNANCE - Contrôleur de gestion (H/F)",
        "Spontaneous application - Finance",
        "Test Job Live",  # BCG's test board
        "Claims Handler II",  # an employer of market_u
        "Known Title",
        "Vendedor(a) Externo",  # no employer
    ):
        assert gone not in titles and f"진행중\n{gone}" not in titles, gone


def test_market_w_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_w.BUILDER, "known", lambda: {"known title"})
    paths = _market_w_inputs(tmp_path / "in")
    assert build_market_w.main(["--file", f"us-f500={paths['jobs']}"]) == 0
    out = capsys.readouterr().out.splitlines()
    commit = build_market_w.BY_TAG["us-f500"].commit[:8]
    assert f"Analista de Dados Pleno\tBancoco\tus-f500:data/jobs.json@{commit}" in out
    not_json = _saved(tmp_path / "jobs.json", "{not json")
    no_list = _saved(tmp_path / "amc.json", '{"jobs": {}}')
    _check_rejected(
        build_market_w,
        capsys,
        ["--file", f"kr-hospital={paths['jobs']}"],  # no file the builder knows
        ["--file", f"us-f500={paths['jobs']}@{'0' * 40}"],  # no version it knows
        ["--file", f"us-f500={not_json}"],
        ["--file", f"kr-hospital={no_list}"],
        ["--file", f"br-radar={tmp_path / 'missing' / 'jobs.json'}"],
        ["--file", f"nowhere={paths['jobs']}"],
        ["--file", "us-f500"],
    )


def test_lang_nordic_is_a_blind_documented_corpus_of_capped_employers() -> None:
    """Swedish, Norwegian, Finnish and Danish titles (the shared checks:
    LANGUAGE_CORPORA): every country's boards, every repository named in the .md, each
    row's file and commit, at most 6 titles per named employer."""
    rows = _rows("lang_nordic.tsv")
    doc = (BENCH / "data" / "lang_nordic.md").read_text(encoding="utf-8")
    tags = {r["source"].partition(":")[0] for r in rows}
    assert {t[:2] for t in tags} == {"se", "no", "fi", "dk"}
    for repo in (
        "JobtechSwe/elastic-importers",
        "JobtechSwe/sokannonser-api",
        "retocov/vardanstallning",
        "tovare/expstillinger",
        "mitselek/cv_system",
        "PetriKiviniemi/KuntarekryMobile",
        "pmadruga/ds-jobindex",
        "BerlingskeMedia/biz",
    ):
        assert repo in doc
    assert all(re.search(r":[^|]+@[0-9a-f]{8}\|.+$", r["source"]) for r in rows)
    employers = Counter(r["source"].rpartition("|")[2].casefold() for r in rows)
    employers.pop("(not given)", None)
    assert max(employers.values()) <= 6


# The blind titles of Czech, Romanian, Greek and Ukrainian boards: source tag -> (repository,
# file, commit prefix the rows name; None where each row names the version it was read in).
_LANG_CEE_SOURCES = {
    "cz-jobs-log": ("M007-file/positions", "SQL/20211127_backup_pohovory_1.sql", "dd2efa82"),
    "ro-ejobs": (
        "otobio/esco_term_extractor",
        "packages/occupation/tests/slow/fixtures/ejobs-sample.csv",
        "26d8dca1",
    ),
    "gr-jobfind": ("NikosPaschalis/workInPatra", "data/jobs.json", None),
    "gr-kariera": ("NikosPaschalis/workInPatra", "data/jobs.json", None),
    "gr-xe": ("NikosPaschalis/workInPatra", "data/jobs.json", None),
    "ua-workua": ("yo1am1/scrapy-work", "workua/data.json", "b0214a74"),
}


def test_lang_cee_is_blind_new_data_with_documented_sources() -> None:
    rows = _rows("lang_cee.tsv")
    per_employer = Counter(r["source"].rpartition("|")[2].casefold() for r in rows)
    # An employer named after "|" gives at most 6 titles.
    assert max(n for emp, n in per_employer.items() if emp and ":" not in emp) <= 6
    doc = (BENCH / "data" / "lang_cee.md").read_text(encoding="utf-8")
    for row in rows:
        tag, _, rest = row["source"].partition(":")
        repo, path, commit = _LANG_CEE_SOURCES[tag]
        where, _, rest = rest.partition("@")
        version = rest.partition("|")[0]
        assert where == path and re.fullmatch("[0-9a-f]{8}", version), row["source"]
        assert commit is None or version == commit, row["source"]
    # Every repository, file and fixed commit is documented, and no earlier corpus named
    # the repository (the owner, and the full name; "positions" alone is a common word).
    earlier = _other_docs("lang_cee.md")
    for repo, path, commit in _LANG_CEE_SOURCES.values():
        assert repo in doc and path in doc and (commit is None or commit in doc), repo
        owner = repo.casefold().partition("/")[0]
        assert owner not in earlier and repo.casefold() not in earlier, repo
    # Every title has a word of its language: Greek and Cyrillic letters, or the
    # diacritics or words of Czech and Romanian.
    assert all(
        re.search("[\u0370-\u03ff\u0400-\u04ffěščřžůáíéýďťňăâîșțşţ]", r["title"], re.I)
        or r["source"].startswith(("cz-", "ro-"))
        for r in rows
    )


def test_lang_vah_is_a_well_formed_blind_corpus_with_named_sources() -> None:
    """lang_vah.tsv (the shared checks: LANGUAGE_CORPORA): sources of the three
    repositories its .md names (with their commits, named by no other corpus's .md), a
    gloss naming the language, at most 6 titles of a named employer."""
    rows = _rows("lang_vah.tsv")
    repos = {
        "vi-topcv": ("luca13224/Job-Salary-Crawler", "76c01771ee6654afd6694db2043a07d56f82c984"),
        "he-twenty2crm": ("22Geder/Twenty2CRM", "71f041102d5eb8a543c90bd0af58d68aea5f8a98"),
        "ar-jadarat": ("wed-1/Usecase-5", "5f3fe96f4174237cc4ef9d6d809968271194d24c"),
    }
    pattern = re.compile(r"(vi-topcv|he-twenty2crm|ar-jadarat):[^@|]+@([0-9a-f]{8})\|.+")
    employers: Counter[str] = Counter()
    for r in rows:
        m = pattern.fullmatch(r["source"])
        assert m, r["source"]
        assert repos[m.group(1)][1].startswith(m.group(2)), r["source"]
        assert r["note"].split(":")[0] in {"Vietnamese", "Hebrew", "Arabic"}, r["title"]
        employer = r["source"].split("|", 1)[1]
        if employer != "-":
            employers[m.group(1) + "|" + employer] += 1
    assert max(employers.values()) <= 6
    doc = (BENCH / "data" / "lang_vah.md").read_text(encoding="utf-8")
    earlier = _other_docs("lang_vah.md")
    for repo, commit in repos.values():
        assert repo in doc and commit in doc, repo
        assert repo.casefold() not in earlier.casefold(), repo


# The blind titles of French, Italian and Spanish boards: source tag -> (repository, file(s),
# commit prefix the rows name).
_LANG_FIS_SOURCES = {
    "fr-hellowork": ("VincentBaron/portfolio", ("src/lib/mocks.ts",), "e8b3bb54"),
    "fr-francetravail": (
        "Elymne/findy-back",
        ("src/core/mocks/jobMockResponse.ts",),
        "fdbf10c7",
    ),
    "it-linkedin": (
        "mauriziotavilla-source/offerte-lavoro-per-me",
        ("data/offerte.json", "data/novita.json"),
        "00465816",
    ),
    "it-concorsi": (
        "mauriziotavilla-source/offerte-lavoro-per-me",
        ("data/offerte.json", "data/novita.json"),
        "00465816",
    ),
    "cl-xinerlink": ("juancaceresxinerlink/test-xinerlink", ("src/functions/data.js",), "44b9edce"),
    "pe-empleosperuhoy": ("Yamijoni19/empleos-peru-hoy", ("_inventario-posts.json",), "b8204848"),
    "pe-bumeran": (
        "Yamijoni19/empleos-peru-hoy",
        ("bumeran/capturas/captura-20261007-091419.json",),
        "d854df8f",
    ),
    "es-sexpe": (
        "mborrillo/empleos-sexpe-badajoz",
        ("samples/boletin_513_output.json",),
        "172267c8",
    ),
}


def test_lang_fis_is_a_blind_documented_corpus_of_capped_employers() -> None:
    """French, Italian and Spanish titles (the shared checks: LANGUAGE_CORPORA): every
    source's repository, file and commit named in the .md (and by no earlier corpus), at
    most 6 titles per named employer, a gloss naming the language."""
    rows = _rows("lang_fis.tsv")
    doc = (BENCH / "data" / "lang_fis.md").read_text(encoding="utf-8")
    employers: Counter[str] = Counter()
    for r in rows:
        tag, _, rest = r["source"].partition(":")
        repo, paths, commit = _LANG_FIS_SOURCES[tag]
        where, _, rest = rest.partition("@")
        version, _, employer = rest.partition("|")
        assert where in paths and version == commit and employer, r["source"]
        assert r["note"].split(" ")[0].rstrip(":") in {"French", "Italian", "Spanish"}, r["title"]
        if employer != "(not given)":
            employers[f"{tag}|{employer.casefold()}"] += 1
    assert max(employers.values()) <= 6
    earlier = _other_docs("lang_fis.md")
    for tag, (repo, paths, commit) in _LANG_FIS_SOURCES.items():
        assert f"`{tag}`" in doc and repo in doc and commit in doc, tag
        assert all(p in doc for p in paths), tag
        owner = repo.casefold().partition("/")[0]
        assert owner not in earlier and repo.casefold() not in earlier, repo


build_market_y = _module("build_market_y")


def test_market_y_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    rows = _rows("market_y.tsv")
    titles = [r["title"] for r in rows]
    # The whole market: employer boards and national and aggregator boards; Russian,
    # Czech and Portuguese titles each over a twentieth; no source over 40%; no role 30%
    # of it; tech, data and AI roles between a third and a half (49%: market_y.md says
    # why), the non-tech functions together over 45%.
    assert len([t for t in titles if re.search("[\u0400-\u04ff]", t)]) > 0.05 * len(rows)
    assert len([t for t in titles if re.search("[ěščřžůĚŠČŘŽ]", t)]) > 0.05 * len(rows)
    sine = [r for r in rows if r["source"].startswith("br-sine:")]
    assert len(sine) > 0.05 * len(rows)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert max(sources.values()) < 0.4 * len(rows)
    assert sources["eu-ats"] + sources["ru-hh"] > 0.33 * len(rows)
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.3 * len(rows)
    tech = sum(roles[r] for r in _MARKET_S_TECH)
    assert 0.33 * len(rows) < tech < 0.5 * len(rows)
    non_tech = ("operations", "sales-marketing", "other", "designer")
    assert sum(roles[r] for r in non_tech) > 0.45 * len(rows)


def _market_y_inputs(root: Path) -> dict[str, Path]:
    """A transcribed board, hh.ru vacancies and their companies, an Adzuna CSV, a Czech
    board list and a SINE list, as the sources save them (invented)."""
    (root / "greenhouse").mkdir(parents=True)
    (root / "hh").mkdir()
    paths = {
        "board": root / "greenhouse" / "n26.json",
        "hh": root / "hh" / "vacancies.json",
        "csv": root / "adzuna_jobs.csv",
        "cz": root / "jobs.json",
        "sine": root / "vagas.json",
    }
    board = [{"company": "Bankco", "title": f"Backend  Engineer {n}"} for n in range(8)]
    board += [
        {"company": "Bankco", "title": "Praktikum Marketing"},
        {"company": "Bankco", "title": "Known Title"},
    ]
    paths["board"].write_text(json.dumps(board), encoding="utf-8")
    vacancies = [
        {"vacancy_id": 1, "company_id": 7, "name": "Продавец-кассир"},
        {"vacancy_id": 2, "company_id": 7, "name": "Стажёр-аналитик"},
        {"vacancy_id": 3, "company_id": 99, "name": "Кассир"},
    ]
    paths["hh"].write_text(json.dumps(vacancies), encoding="utf-8")
    (root / "hh" / "companies.json").write_text(
        json.dumps([{"id": 7, "name": "Shopco"}]), encoding="utf-8"
    )
    with paths["csv"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["id", "title", "company", "description"])
        for n in range(5):
            out.writerow([n, f"Data Analyst {n}", "Recruitco", "long text,\nwith lines"])
        out.writerow([9, "Learn SQL", "code academy", ""])
    cz = [
        {"title": "Kurýr – rozvoz nákupů", "company": "Rozvozco s.r.o.", "source": "Jobs.cz"},
        {"title": "Stážista do marketingu", "company": "Rozvozco s.r.o.", "source": "Jobs.cz"},
        "not a posting",
    ]
    paths["cz"].write_text(json.dumps(cz), encoding="utf-8")
    sine = [{"cargo": "PEDREIRO", "empresa": "CONSTRUTORA X", "qtd": "2"}]
    paths["sine"].write_text(json.dumps(sine), encoding="utf-8")
    return paths


def test_market_y_builder_reads_each_format_caps_employers_and_skips_non_titles(
    tmp_path: Path,
) -> None:
    paths = _market_y_inputs(tmp_path / "in")
    by_tag = build_market_y.BY_TAG
    groups = [
        ("eu-ats", build_market_y.read(by_tag["eu-ats"], paths["board"])),
        ("ru-hh", build_market_y.read(by_tag["ru-hh"], paths["hh"])),
        ("uk-adzuna", build_market_y.read(by_tag["uk-adzuna"], paths["csv"])),
        ("cz-boards", build_market_y.read(by_tag["cz-boards"], paths["cz"])),
        ("br-sine", build_market_y.read(by_tag["br-sine"], paths["sine"])),
    ]
    rows = build_market_y.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    # Six of one employer over all, three from a source capped at three; whitespace
    # collapsed; the hh.ru employer named by the companies file; a board's own commit.
    assert len([t for t in titles if t.startswith("Backend Engineer")]) == 6
    assert len([t for t in titles if t.startswith("Data Analyst")]) == 3
    assert ["Продавец-кассир", "Shopco"] in [r[:2] for r in rows]
    assert {"Kurýr – rozvoz nákupů", "PEDREIRO"} <= set(titles)
    commit = by_tag["eu-ats"].commit_of("data/greenhouse/n26.json")[:8]
    assert {r[2] for r in rows if r[1] == "Bankco"} == {f"eu-ats:data/greenhouse/n26.json@{commit}"}
    for gone in (
        "Known Title",
        "Praktikum Marketing",
        "Стажёр-аналитик",
        "Кассир",  # no employer named
        "Learn SQL",
        "Stážista do marketingu",
    ):
        assert gone not in titles, gone
    # The companies file alone holds no posting.
    assert build_market_y.read(by_tag["ru-hh"], tmp_path / "in" / "hh" / "companies.json") == []


def test_market_y_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_y.BUILDER, "known", lambda: {"known title"})
    paths = _market_y_inputs(tmp_path / "in")
    assert build_market_y.main(["--file", f"br-sine={paths['sine']}"]) == 0
    commit = build_market_y.BY_TAG["br-sine"].commits[0]
    assert capsys.readouterr().out.splitlines() == [
        f"PEDREIRO\tCONSTRUTORA X\tbr-sine:vagas.json@{commit[:8]}",
    ]
    not_json = _saved(tmp_path / "vagas.json", "{not json")
    no_column = _saved(tmp_path / "adzuna_jobs.csv", "Title,Company\nX,Y\n")
    other_board = _saved(tmp_path / "greenhouse" / "spotify.json", "[]")
    _check_rejected(
        build_market_y,
        capsys,
        ["--file", f"ru-hh={paths['sine']}"],  # no file the builder knows
        ["--file", f"eu-ats={other_board}"],  # no board the builder knows
        ["--file", f"br-sine={paths['sine']}@{'0' * 40}"],  # no version it knows
        ["--file", f"br-sine={not_json}"],
        ["--file", f"uk-adzuna={no_column}"],
        ["--file", f"cz-boards={tmp_path / 'missing' / 'jobs.json'}"],
        ["--file", f"nowhere={paths['sine']}"],
        ["--file", "br-sine"],
    )


# The blind titles of German, Dutch and Portuguese boards: source tag -> (repository,
# commit prefix every row names; None where each row names the version it was read in).
_LANG_GDP_SOURCES = {
    "at-karriere": ("gh28942/karriere-at-web-scraper", "15e6eac4"),
    "nl-adzuna": ("martijntjee/data_project", "38ab4683"),
    "br-sine": ("Rafalink0xff/Vagas-Sine", None),
    "br-cat-piracicaba": ("MacCarvalho/painel-vagas-piracicaba", "003fe4da"),
    "br-catho": ("rlneto/catho", "007c030b"),
    "br-popular-atacarejo": ("PopularAtacarejo/Candidatos", "0133af90"),
    "pt-portugalapoia": ("Helder8a/portugalapoia", "26f4bf4c"),
}


def test_lang_gdp_is_a_blind_documented_corpus_of_capped_employers() -> None:
    """German, Dutch and Portuguese titles (the shared checks: LANGUAGE_CORPORA): every
    source's repository and commit named in the .md (and by no earlier corpus's), at most 6
    titles per named employer, a gloss naming the language, 80 titles of each."""
    rows = _rows("lang_gdp.tsv")
    pattern = re.compile(r"([a-z-]+):([^@]+)@([0-9a-f]{8})\|(.+)")
    employers: Counter[str] = Counter()
    for row in rows:
        m = pattern.fullmatch(row["source"])
        assert m and m.group(1) in _LANG_GDP_SOURCES, row["source"]
        commit = _LANG_GDP_SOURCES[m.group(1)][1]
        assert commit is None or m.group(3) == commit, row["source"]
        assert row["note"].split(":")[0] in {
            "German (Austria)",
            "Dutch",
            "Portuguese (Brazil)",
            "Portuguese (Portugal)",
        }, row["title"]
        if m.group(4) != "(not given)":
            employers[m.group(4).casefold()] += 1
    assert max(employers.values()) <= 6
    languages = Counter(r["note"].split(" ")[0].rstrip(":") for r in rows)
    assert min(languages.values()) >= 80, languages
    doc = (BENCH / "data" / "lang_gdp.md").read_text(encoding="utf-8")
    earlier = _other_docs("lang_gdp.md", besides={"market_y.md"})  # built at the same time
    for tag, (repo, commit) in _LANG_GDP_SOURCES.items():
        assert f"`{tag}`" in doc and repo in doc, repo
        assert commit is None or commit in doc, repo
        owner = repo.casefold().partition("/")[0]
        assert not _names(earlier, owner) and not _names(earlier, repo.casefold()), repo


build_market_z = _module("build_market_z")


def test_market_z_is_blind_new_data_of_capped_employers_with_documented_sources() -> None:
    # `_check_held_out_market`'s checks: blind, new against every corpus its builder reads
    # (all the earlier ones), employers capped; each row drawn where its source says, at
    # one of the versions (commits) the builder knows of that file.
    _check_held_out_market("market_z.tsv", build_market_z, 400)
    rows = _rows("market_z.tsv")
    assert len(rows) <= 600
    for row in rows:
        tag, _, rest = row["source"].partition(":")
        source = build_market_z.BY_TAG[tag]
        where, _, rest = rest.partition("@")
        commit, _, emp = rest.partition("|")
        assert where in source.paths and emp.strip(), row["source"]
        assert commit in {c[:8] for c in source.versions(where)}, row["source"]
    titles = _check_capped_employers(
        rows,
        build_market_z,
        lambda row: str(build_market_z.employer(row["source"].partition("|")[2])),
    )
    screen = build_market_z.SCREEN
    for pattern in (screen.intern, screen.truncated, screen.url, screen.broken, *screen.others):
        assert not [t for t in titles if pattern.search(t)], pattern.pattern
    assert all(len(t) <= screen.longest for t in titles)
    assert not [r for r in rows if r["level"] == "intern"]
    # None of market_u..market_y's employers; no AI, ML or data word (market_aa's titles).
    before = build_market_z.drawn_before()
    assert before and not {build_market_z.employer(r["source"].partition("|")[2]) for r in rows} & (
        before
    )
    assert not [t for t in titles if build_market_z.AI_DATA_WORDS.search(t)]
    # Employer boards and lists over two fifths, the national board and the aggregator over
    # half; Spanish titles over a fifth; no source over a third; tech roles between a tenth
    # and two fifths (17%: market_z.md says why), no AI role, the non-tech functions over
    # half, no role half of it.
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert set(sources) == set(build_market_z.BY_TAG)
    assert max(sources.values()) < len(rows) / 3
    boards = ("us-workday", "us-oracle", "il-comeet", "us-recruitee")
    assert sum(sources[t] for t in boards) > 0.4 * len(rows)
    assert sources["cl-empleospublicos"] + sources["in-healthjobs"] > 0.5 * len(rows)
    assert len([t for t in titles if re.search("[áéíóúñÁÉÍÓÚÑ]", t)]) > 0.2 * len(rows)
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.5 * len(rows)
    tech = sum(roles[r] for r in _MARKET_S_TECH)
    assert 0.1 * len(rows) < tech < 0.4 * len(rows)
    assert not {"ml-engineer", "ai-engineer", "mlops-engineer", "research-scientist"} & set(roles)
    non_tech = ("operations", "sales-marketing", "other", "designer")
    assert sum(roles[r] for r in non_tech) > 0.5 * len(rows)
    _check_documented_sources(
        "market_z", build_market_z, lambda source: (*source.commits, *source.paths)
    )


def _market_z_inputs(root: Path) -> dict[str, Path]:
    """A Workday CSV, a Comeet answer saved as text, a Recruitee JSON and two versions of
    a Chilean board file, as the sources save them (invented)."""
    (root / "v1").mkdir(parents=True)
    (root / "v2").mkdir()
    paths = {
        "csv": root / "workday_jobs_all_1.csv",
        "comeet": root / "New Text Document.txt",
        "recruitee": root / "greatminds_ats_jobs.json",
        "cl1": root / "v1" / "opportunities.json",
        "cl2": root / "v2" / "opportunities.json",
        "health": root / "devnet_public_health_jobs_october_2025.json",
    }
    with paths["csv"].open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["title", "company", "location", "posted"])
        for n in range(5):
            out.writerow([f"Claims  Analyst {n}", "Insureco", "TX", "Posted Today"])
        out.writerow(["Data Analyst", "Otherco", "TX", ""])
        out.writerow(["Finance Analyst Intern", "Otherco", "TX", ""])
        out.writerow(["Known Title", "Otherco", "TX", ""])
    board = {"data": [{"name": f"Customer Service Rep {n}"} for n in range(8)]}
    board["data"].append({"name": "*General application form"})
    paths["comeet"].write_text("can you read this\n\n" + json.dumps(board), encoding="utf-8")
    paths["recruitee"].write_text(
        json.dumps([{"job_title": "Sales Representative - Iowa", "company_slug": "x"}]),
        encoding="utf-8",
    )
    paths["cl1"].write_text(
        json.dumps([{"title": "ENFERMERA(O) CLÍNICO(A)", "institution": "Hospital A"}]),
        encoding="utf-8",
    )
    paths["cl2"].write_text(
        json.dumps(
            [
                {"title": "ENFERMERA(O) CLÍNICO(A)", "institution": "Hospital A"},
                {"title": "ANALISTA DE DATOS", "institution": "Hospital A"},
                {"title": "PSICÓLOGO(A)", "institution": "Hospital B"},
            ]
        ),
        encoding="utf-8",
    )
    health = [
        {"job_title": "Public Health Nurse", "company_name": "Town Health"},
        {"job_title": "RFP - Procurement of Spectacles", "company_name": "Town Health"},
        {"job_title": "PhD Public Health", "company_name": "Town Health"},
        {"job_title": "GF TB Project", "company_name": "Town Health"},
    ]
    paths["health"].write_text(json.dumps(health), encoding="utf-8")
    return paths


def test_market_z_builder_reads_each_format_caps_employers_and_skips_non_titles(
    tmp_path: Path,
) -> None:
    paths = _market_z_inputs(tmp_path / "in")
    by_tag = build_market_z.BY_TAG
    cl = by_tag["cl-empleospublicos"]
    groups = [
        ("il-comeet", build_market_z.read(by_tag["il-comeet"], paths["comeet"])),
        ("us-recruitee", build_market_z.read(by_tag["us-recruitee"], paths["recruitee"])),
        ("us-workday", build_market_z.read(by_tag["us-workday"], paths["csv"])),
        (
            "cl-empleospublicos",
            build_market_z.read(cl, paths["cl1"], cl.commits[0])
            + build_market_z.read(cl, paths["cl2"], cl.commits[1]),
        ),
        ("in-healthjobs", build_market_z.read(by_tag["in-healthjobs"], paths["health"])),
    ]
    rows = build_market_z.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    # Six of one board over all (its employer given by the builder), three from a source
    # capped at three; whitespace collapsed; a title of two versions drawn once, under the
    # version it was read at first.
    assert len([t for t in titles if t.startswith("Customer Service Rep")]) == 6
    assert {r[1] for r in rows if r[0].startswith("Customer")} == {
        "ZIM Integrated Shipping Services"
    }
    assert ["Sales Representative - Iowa", "Great Minds"] in [r[:2] for r in rows]
    assert len([t for t in titles if t.startswith("Claims Analyst")]) == 3
    assert titles.count("ENFERMERA(O) CLÍNICO(A)") == 1
    nurse = next(r for r in rows if r[0] == "ENFERMERA(O) CLÍNICO(A)")
    assert nurse[2] == f"cl-empleospublicos:public/data/opportunities.json@{cl.commits[0][:8]}"
    assert {"PSICÓLOGO(A)", "Public Health Nurse"} <= set(titles)
    for gone in (
        "Known Title",
        "Data Analyst",  # a data word: market_aa's
        "ANALISTA DE DATOS",
        "Finance Analyst Intern",
        "*General application form",
        "RFP - Procurement of Spectacles",  # a call for tenders
        "PhD Public Health",  # a doctoral place
        "GF TB Project",
    ):
        assert gone not in titles, gone


def test_market_z_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_z.BUILDER, "known", lambda: {"known title"})
    paths = _market_z_inputs(tmp_path / "in")
    assert build_market_z.main(["--file", f"us-recruitee={paths['recruitee']}"]) == 0
    commit = build_market_z.BY_TAG["us-recruitee"].commits[0]
    assert capsys.readouterr().out.splitlines() == [
        "Sales Representative - Iowa\tGreat Minds\t"
        f"us-recruitee:recruitee/greatminds_ats_jobs.json@{commit[:8]}",
    ]
    no_json = _saved(tmp_path / "New Text Document.txt", "only prose")
    no_column = _saved(tmp_path / "oracle_jobs_all_b1.csv", "Title,Company\nX,Y\n")
    _check_rejected(
        build_market_z,
        capsys,
        ["--file", f"us-oracle={paths['recruitee']}"],  # no file the builder knows
        ["--file", f"us-recruitee={paths['recruitee']}@{'0' * 40}"],  # no version it knows
        ["--file", f"cl-empleospublicos={paths['cl1']}"],  # several versions: name one
        ["--file", f"il-comeet={no_json}"],
        ["--file", f"us-oracle={no_column}"],
        ["--file", f"us-workday={tmp_path / 'missing' / 'workday_jobs_all_1.csv'}"],
        ["--file", f"nowhere={paths['csv']}"],
        ["--file", "us-workday"],
    )


build_market_aa = _module("build_market_aa")


def test_market_aa_is_blind_new_ai_word_data_of_capped_employers_with_documented_sources() -> None:
    rows = _rows("market_aa.tsv")
    titles = [r["title"] for r in rows]
    # Every row belongs to its source's kind: an AI word, or (a neighbour source) none but
    # a neighbour's word.
    for row in rows:
        source = build_market_aa.BY_TAG[row["source"].partition(":")[0]]
        assert build_market_aa.wanted(source, row["title"]), row["title"]
    # About 70% AI-word titles, few of them AI engineers (the owners' weak spot is
    # ai-engineer precision), and every kind of non-AI-engineer with an AI word; the
    # neighbours hold research scientists and platform, infrastructure and data-platform
    # engineers.
    ai = [r for r in rows if not r["source"].partition(":")[0].endswith("-near")]
    assert 0.6 * len(rows) < len(ai) < 0.8 * len(rows)
    ai_roles = Counter(r["role"] for r in ai)
    assert ai_roles["ai-engineer"] < 0.3 * len(ai)
    kinds = ("ml-engineer", "mlops-engineer", "software-engineer", "product-manager", "designer")
    assert min(ai_roles[r] for r in (*kinds, "sales-marketing", "operations", "other")) > 0
    near = Counter(r["role"] for r in rows if r not in ai)
    assert min(near[r] for r in ("research-scientist", "devops-engineer", "data-engineer")) >= 5
    # German and Chinese titles as posted; no source over 40%; no role 30% of it.
    assert len([t for t in titles if re.search(r"\(m/w/d\)|\(w/m/d\)|für|mit ", t)]) >= 10
    assert len([t for t in titles if re.search("[\u4e00-\u9fff]", t)]) > 0.08 * len(rows)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert max(sources.values()) < 0.4 * len(rows)
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.3 * len(rows)


def _market_aa_inputs(root: Path) -> dict[str, Path]:
    """A folder of Markdown postings, a JSON listing, a CSV registry and a transcribed
    list, as the sources save them (invented)."""
    folder = root / "global_arbeitnow" / "tech"
    folder.mkdir(parents=True)
    posts = [
        ("a.md", "KI-Manager  (m/w/d)", "Gizmo GmbH"),
        ("b.md", '"Senior Data Engineer (m/w/d)"', '"Gizmo GmbH"'),
        ("c.md", "Lagerhelfer (m/w/d)", "Gizmo GmbH"),
        ("d.md", "Werkstudent KI (m/w/d)", "Gizmo GmbH"),
        ("e.md", "Known AI Title", "Gizmo GmbH"),
    ]
    for name, title, company in posts:
        (folder / name).write_text(
            f"---\ntitle: {title}\ncompany: {company}\n---\n\n# body", encoding="utf-8"
        )
    (folder / "f.md").write_text("no front matter", encoding="utf-8")
    jobs = [{"title": f"AI Engineer {n}", "company": "Widgetco"} for n in range(8)]
    jobs += [{"title": "Platform Engineer", "company": "Widgetco"}, "not a posting"]
    paths = {"md": root / "global_arbeitnow", "json": root / "jobs.json"}
    paths["json"].write_text(json.dumps({"jobs": jobs}), encoding="utf-8")
    paths["csv"] = root / "current_jobs.csv"
    paths["csv"].write_text(
        "title,company_name\nResearch Scientist,Labco\nAI Trainer,OpenAI\n", encoding="utf-8"
    )
    paths["cn"] = root / "jd_agent_eng_137.json"
    cn = [
        {"company": "示例科技", "title": "智能体后端工程师"},
        {"company": "示例科技", "title": "服务端开发工程师"},
    ]
    paths["cn"].write_text(json.dumps(cn, ensure_ascii=False), encoding="utf-8")
    return paths


def test_market_aa_builder_reads_each_format_caps_employers_and_keeps_its_kinds(
    tmp_path: Path,
) -> None:
    paths = _market_aa_inputs(tmp_path / "in")
    by_tag = build_market_aa.BY_TAG
    groups = [
        ("de-arbeitnow", build_market_aa.read(by_tag["de-arbeitnow"], paths["md"])),
        ("remote-aijobs", build_market_aa.read(by_tag["remote-aijobs"], paths["json"])),
        ("labs-tracker", build_market_aa.read(by_tag["labs-tracker"], paths["csv"])),
        ("de-arbeitnow-near", build_market_aa.read(by_tag["de-arbeitnow-near"], paths["md"])),
        ("remote-aijobs-near", build_market_aa.read(by_tag["remote-aijobs-near"], paths["json"])),
        ("labs-tracker-near", build_market_aa.read(by_tag["labs-tracker-near"], paths["csv"])),
        ("cn-agent", build_market_aa.read(by_tag["cn-agent"], paths["cn"])),
    ]
    rows = build_market_aa.candidates(groups, {"known ai title"})
    titles = [r[0] for r in rows]
    # AI words first, neighbours after; whitespace collapsed; a quoted front-matter value
    # read as YAML; six an employer; an employer of an earlier corpus (OpenAI) left out.
    assert len([t for t in titles if t.startswith("AI Engineer")]) == 6
    assert {"Senior Data Engineer (m/w/d)", "Research Scientist", "智能体后端工程师"} <= set(titles)
    assert titles.index("KI-Manager (m/w/d)") < titles.index("Senior Data Engineer (m/w/d)")
    md = next(r for r in rows if r[0] == "KI-Manager (m/w/d)")
    commit = by_tag["de-arbeitnow"].commit[:8]
    assert md[1:] == [
        "Gizmo GmbH",
        f"de-arbeitnow:docs/Extractor/global_arbeitnow/tech/a.md@{commit}",
    ]
    for gone in (
        "Lagerhelfer (m/w/d)",  # no AI or neighbour word
        "Werkstudent KI (m/w/d)",  # a working student
        "Known AI Title",
        "AI Trainer",  # OpenAI, an employer of an earlier corpus
        "Platform Engineer",  # Widgetco gave six already
        "服务端开发工程师",  # no agent word
    ):
        assert gone not in titles, gone


def test_market_aa_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_aa.BUILDER, "known", lambda: set())
    paths = _market_aa_inputs(tmp_path / "in")
    assert build_market_aa.main(["--file", f"labs-tracker-near={paths['csv']}"]) == 0
    commit = build_market_aa.BY_TAG["labs-tracker-near"].commit[:8]
    where = f"labs-tracker-near:outputs/registry/current_jobs.csv@{commit}"
    assert capsys.readouterr().out.splitlines() == [f"Research Scientist\tLabco\t{where}"]
    other_name = _saved(tmp_path / "listing.json", "[]")
    not_json = _saved(tmp_path / "jobs.json", "{not json")
    no_list = _saved(tmp_path / "bad" / "jobs.json", "[]")
    no_column = _saved(tmp_path / "csv" / "current_jobs.csv", "name,company_name\nX,Y\n")
    not_folder = _saved(tmp_path / "global_arbeitnow", "a file")
    _check_rejected(
        build_market_aa,
        capsys,
        ["--file", f"remote-aijobs={other_name}"],  # no file the builder knows
        ["--file", f"remote-aijobs={paths['json']}@{'0' * 40}"],  # no version it knows
        ["--file", f"remote-aijobs={not_json}"],
        ["--file", f"remote-aijobs={no_list}"],
        ["--file", f"labs-tracker={no_column}"],
        ["--file", f"de-arbeitnow={not_folder}"],
        ["--file", f"nowhere={paths['json']}"],
        ["--file", "remote-aijobs"],
    )


build_market_ab = _module("build_market_ab")


def test_market_ab_is_blind_new_whole_market_data_of_capped_employers_with_documented_sources() -> (
    None
):
    rows = _rows("market_ab.tsv")
    titles = [r["title"] for r in rows]
    # The whole market in its languages: German, French and Croatian titles as posted
    # (over a quarter not in English); no source over two thirds; every non-tech function
    # and some tech (13%: market_ab.md says why not more); `other` at most half.
    german = [t for t in titles if re.search(r"\(m/w/d\)|:in\b", t)]
    french = [t for t in titles if re.search(r"[éèêàç]|\b(Chargé|Ingénieur|Responsable)", t)]
    croatian = [t for t in titles if re.search(r"[ČĆŠŽĐ]|/ (ICA|KA)\b", t)]
    assert len(german) >= 20 and len(french) >= 50 and len(croatian) >= 50
    assert len(set(german) | set(french) | set(croatian)) > 0.25 * len(rows)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert max(sources.values()) < 0.67 * len(rows)
    roles = Counter(r["role"] for r in rows)
    assert min(roles[r] for r in ("operations", "sales-marketing", "other")) > 0.1 * len(rows)
    assert sum(roles[r] for r in _MARKET_S_TECH) > 0.1 * len(rows)
    assert roles["other"] <= 0.5 * len(rows)


def _market_ab_inputs(root: Path) -> dict[str, Path]:
    """An employer's feed, a V.I.E board's map of postings and a public service's list, as
    the sources save them (invented)."""
    for folder in ("basf", "hzz"):
        (root / folder).mkdir(parents=True)
    feed = [{"title": f"Chemikant:in  {n} (m/w/d)", "company": "Chemco GmbH"} for n in range(8)]
    feed += [
        {"title": "Ausbildung Chemikant:in (m/w/d)", "company": "Chemco GmbH"},
        {"title": "Werkstudent:in Controlling (m/w/d)", "company": "Chemco Services GmbH"},
        {"title": "Group Lead\u200b Compliance (m/f/d)", "company": "Chemco Services GmbH"},
        "not a posting",
    ]
    vie = {
        "1": {"missionTitle": "Business Developer (H/F)", "organizationName": "EXPORTCO"},
        "2": {"missionTitle": "Contrôleur de gestion (H/F)", "organizationName": "EXPORTCO"},
        "3": {"missionTitle": "Chargé(e) de mission (H/F)", "organizationName": "EXPORTCO"},
        "4": {"missionTitle": "Ingénieur méthodes (H/F)", "organizationName": "EXPORTCO"},
        "5": {"missionTitle": "Stage Marketing (H/F)", "organizationName": "OTHERCO"},
        "6": {"missionTitle": "Known Title", "organizationName": "OTHERCO"},
        "7": {"missionTitle": "Comptable (H/F)", "organizationName": ""},
    }
    hzz = {
        "jobs": [
            {"title": "KUHAR / ICA", "employer": "Restoran d.o.o."},
            {"title": "PRIPRAVNIK / CA KUHAR / ICA", "employer": "Restoran d.o.o."},
            {"title": "ČISTAČ / ICA " + "x" * 120, "employer": "Restoran d.o.o."},
        ]
    }
    batch = [{"title": "Field Specialist II", "company": "Drillco"}, {"title": None}]
    region = [
        {"title": "Buyer I", "company": "Panhandle University"},
        {"title": "General Application", "company": "Panhandle University"},
    ]
    paths = {
        "basf": root / "basf" / "jobs.json",
        "vie": root / "offers.json",
        "hzz": root / "hzz" / "jobs.json",
        "batch": root / "batch-3.json",
        "region": root / "latest_jobs.json",
    }
    paths["basf"].write_text(json.dumps({"jobs": feed}), encoding="utf-8")
    paths["vie"].write_text(json.dumps(vie), encoding="utf-8")
    paths["hzz"].write_text(json.dumps(hzz, ensure_ascii=False), encoding="utf-8")
    paths["batch"].write_text(json.dumps(batch), encoding="utf-8")
    paths["region"].write_text(json.dumps(region), encoding="utf-8")
    return paths


def test_market_ab_builder_reads_each_format_caps_employers_and_skips_training_places(
    tmp_path: Path,
) -> None:
    paths = _market_ab_inputs(tmp_path / "in")
    by_tag = build_market_ab.BY_TAG
    groups = [
        ("de-basf", build_market_ab.read(by_tag["de-basf"], paths["basf"])),
        ("fr-vie", build_market_ab.read(by_tag["fr-vie"], paths["vie"])),
        ("hr-hzz", build_market_ab.read(by_tag["hr-hzz"], paths["hzz"])),
        ("energy-boards", build_market_ab.read(by_tag["energy-boards"], paths["batch"])),
        ("us-horizons", build_market_ab.read(by_tag["us-horizons"], paths["region"])),
    ]
    rows = build_market_ab.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    # Six of one employer from the feed, three from the V.I.E board; whitespace collapsed
    # and a zero-width space dropped; a posting map and two lists read.
    assert len([t for t in titles if t.startswith("Chemikant:in")]) == 6
    assert len([r for r in rows if r[1] == "EXPORTCO"]) == 3
    assert {"Group Lead Compliance (m/f/d)", "KUHAR / ICA", "Buyer I"} <= set(titles)
    assert [r[2] for r in rows if r[0] == "Field Specialist II"] == [
        f"energy-boards:public/data/batches/batch-3.json@{by_tag['energy-boards'].commit[:8]}"
    ]
    commit = by_tag["hr-hzz"].commit[:8]
    assert [r[1:] for r in rows if r[0] == "KUHAR / ICA"] == [
        ["Restoran d.o.o.", f"hr-hzz:docs/jobs.json@{commit}"]
    ]
    for gone in (
        "Ausbildung Chemikant:in (m/w/d)",  # an apprenticeship
        "Werkstudent:in Controlling (m/w/d)",  # a working student
        "Stage Marketing (H/F)",  # a French internship
        "PRIPRAVNIK / CA KUHAR / ICA",  # a Croatian trainee
        "Known Title",
        "Comptable (H/F)",  # no employer
        "General Application",  # no job title
    ):
        assert gone not in titles, gone
    assert not [t for t in titles if t.startswith("ČISTAČ")]  # over 120 characters


def test_market_ab_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_ab.BUILDER, "known", lambda: set())
    paths = _market_ab_inputs(tmp_path / "in")
    assert build_market_ab.main(["--file", f"hr-hzz={paths['hzz']}"]) == 0
    commit = build_market_ab.BY_TAG["hr-hzz"].commit[:8]
    assert capsys.readouterr().out.splitlines() == [
        f"KUHAR / ICA\tRestoran d.o.o.\thr-hzz:docs/jobs.json@{commit}"
    ]
    other_name = _saved(tmp_path / "listing.json", "{}")
    not_json = _saved(tmp_path / "offers.json", "{not json")
    not_object = _saved(tmp_path / "list" / "jobs.json", "[]")
    no_list = _saved(tmp_path / "nolist" / "jobs.json", '{"jobs": {}}')
    not_array = _saved(tmp_path / "latest_jobs.json", '{"jobs": []}')
    _check_rejected(
        build_market_ab,
        capsys,
        ["--file", f"fr-vie={other_name}"],  # no file the builder knows
        ["--file", f"de-basf={paths['basf']}@{'0' * 40}"],  # no version it knows
        ["--file", f"fr-vie={not_json}"],
        ["--file", f"de-basf={not_object}"],
        ["--file", f"hr-hzz={no_list}"],
        ["--file", f"us-horizons={not_array}"],
        ["--file", f"hr-hzz={tmp_path / 'missing' / 'jobs.json'}"],
        ["--file", f"nowhere={paths['vie']}"],
        ["--file", "fr-vie"],
    )


build_market_ae = _module("build_market_ae")


def test_market_ae_is_blind_new_whole_boards_of_non_software_employers_documented() -> None:
    rows = _rows("market_ae.tsv")
    drawn = {build_market_ae.employer(r["source"].partition("|")[2]) for r in rows}
    # Employers outside software, every function of their boards: `other` (lab, clinical,
    # quality, manufacturing) the largest role but not all, some office and sales work,
    # some tech; at least 15 employers.
    roles = Counter(r["role"] for r in rows)
    assert 0.4 * len(rows) < roles["other"] < 0.8 * len(rows)
    assert roles["operations"] + roles["sales-marketing"] > 0.15 * len(rows)
    assert 0 < sum(roles[r] for r in _MARKET_S_TECH) < 0.3 * len(rows)
    assert len(drawn) >= 15


def _market_ae_inputs(root: Path) -> dict[str, Path]:
    """Two saved files of a regional board, as its scraper writes them (invented)."""
    for folder in ("aug", "jun"):
        (root / folder).mkdir(parents=True)
    aug = [{"company": "Genco", "title": f"Scientist  {n}, Assay Development"} for n in range(8)]
    aug += [
        {"company": "Genco", "title": "Join our Talent Pool!"},
        {"company": "Genco", "title": "Summer Intern, Biology"},
        {"company": "Protagonist Therapeutics", "title": "Strategic Communications Analyst"},
        {"company": "Inceptive", "title": "Foundation models for biomolecules"},
        {"company": "Labco", "title": "Clinical\u200b Trial Manager"},
        {"company": "", "title": "Lab Technician"},
        "not a posting",
    ]
    jun = [
        {"company": "Labco", "title": "Director, Regulatory Affairs"},
        {"company": "Genco", "title": "Scientist 9, Assay Development"},
        {"company": "Oldco", "title": "Known Title"},
        {"company": "Oldco", "title": None},
    ]
    paths = {"aug": root / "aug" / "jobs.json", "jun": root / "jun" / "jobs.json"}
    paths["aug"].write_text(json.dumps({"scraped_at": "x", "jobs": aug}), encoding="utf-8")
    paths["jun"].write_text(json.dumps({"jobs": jun}), encoding="utf-8")
    return paths


def test_market_ae_builder_caps_employers_and_skips_calls_namesakes_and_internships(
    tmp_path: Path,
) -> None:
    paths = _market_ae_inputs(tmp_path / "in")
    by_tag = build_market_ae.BY_TAG
    groups = [
        ("us-biopharma-aug", build_market_ae.read(by_tag["us-biopharma-aug"], paths["aug"])),
        ("us-biopharma-jun", build_market_ae.read(by_tag["us-biopharma-jun"], paths["jun"])),
    ]
    rows = build_market_ae.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    # Six of one employer over both files (the June file adds none of Genco's); the call
    # for CVs, the internship, the skipped boards, the employer-less posting, the known
    # title and the non-object dropped; whitespace collapsed, a zero-width space dropped.
    assert len([t for t in titles if t.startswith("Scientist")]) == 6
    assert "Scientist 9, Assay Development" not in titles
    assert {"Clinical Trial Manager", "Director, Regulatory Affairs"} <= set(titles)
    assert len(rows) == 8
    commit = by_tag["us-biopharma-jun"].commit[:8]
    assert [r[2] for r in rows if r[0] == "Director, Regulatory Affairs"] == [
        f"us-biopharma-jun:jobs.json@{commit}"
    ]


def test_market_ae_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_ae.BUILDER, "known", lambda: set())
    paths = _market_ae_inputs(tmp_path / "in")
    commit = build_market_ae.BY_TAG["us-biopharma-jun"].commit
    assert build_market_ae.main(["--file", f"us-biopharma-jun={paths['jun']}@{commit}"]) == 0
    tag = f"us-biopharma-jun:jobs.json@{commit[:8]}"
    assert sorted(capsys.readouterr().out.splitlines()) == [
        f"Director, Regulatory Affairs\tLabco\t{tag}",
        f"Known Title\tOldco\t{tag}",
        f"Scientist 9, Assay Development\tGenco\t{tag}",
    ]
    other_name = _saved(tmp_path / "offers.json", "{}")
    not_json = _saved(tmp_path / "bad" / "jobs.json", "{not json")
    not_object = _saved(tmp_path / "list" / "jobs.json", "[]")
    no_list = _saved(tmp_path / "nolist" / "jobs.json", '{"jobs": {}}')
    _check_rejected(
        build_market_ae,
        capsys,
        ["--file", f"us-biopharma-aug={other_name}"],  # no file the builder knows
        ["--file", f"us-biopharma-aug={paths['aug']}@{'0' * 40}"],  # no version it knows
        ["--file", f"us-biopharma-aug={not_json}"],
        ["--file", f"us-biopharma-jun={not_object}"],
        ["--file", f"us-biopharma-jun={no_list}"],
        ["--file", f"us-biopharma-aug={tmp_path / 'missing' / 'jobs.json'}"],
        ["--file", f"nowhere={paths['aug']}"],
        ["--file", "us-biopharma-aug"],
    )


build_market_af = _module("build_market_af")


def test_market_af_is_blind_new_unscored_whole_market_data_documented() -> None:
    rows = _rows("market_af.tsv")
    assert {"market_ac.tsv", "market_ad.tsv", "market_ae.tsv"} <= set(build_market_af.DRAWN_BEFORE)
    drawn = {build_market_af.employer(r["source"].partition("|")[2]) for r in rows}
    # The whole market: no role over half of it, the office and sales functions and the
    # trades all there, some tech; over 200 employers.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.5 * len(rows)
    assert min(roles[r] for r in ("operations", "sales-marketing", "other")) > 0.15 * len(rows)
    assert 0 < sum(roles[r] for r in _MARKET_S_TECH) < 0.2 * len(rows)
    assert len(drawn) >= 200


def _market_af_inputs(root: Path) -> dict[str, Path]:
    """A Flemish bot's finds, a Mozambican board's reads and a Lazio vacancy file, as the
    sources save them (invented)."""
    for folder in ("be", "mz", "it"):
        (root / folder).mkdir(parents=True)
    be = [{"company": "Actief Interim Brugge", "title": f"Verkoper  {n}"} for n in range(4)]
    be += [{"company": "ACTIEF INTERIM GENT", "title": f"Magazijnier {n}"} for n in range(4)]
    be += [
        {"company": "Bakkerij Peeters", "title": "Stagiair Marketing"},
        {"company": "Bakkerij Peeters", "title": "Klantendienst\u200bmedewerker"},
        {"company": "Unknown", "title": "Boekhouder"},
        {"company": "Oldco", "title": "Known Title"},
        "not a posting",
    ]
    mz = [
        {"company": "BCI", "title": "Contas à Ordem"},
        {"company": "UN Jobs", "title": "Programme Officer, Maputo, Mozambique"},
        {"company": "Cimentos Lda", "title": "Engenheiro de Processos"},
        {"company": "Cimentos Lda", "title": "Estagiário de Produção"},
    ]
    it = [
        {"Azienda": "Edil Rossi SRL", "Qualifica": "Muratori in pietra e mattoni"},
        {"Azienda": "Azienda riservata", "Qualifica": "badante"},
        {"Azienda": "Edil Rossi SRL", "Qualifica": "Meccanici - TIROCINANTE"},
        {"Azienda": "Hotel Sole", "Qualifica": "Ingegneri - Neolaureato\nin Ingegneria"},
    ]
    paths = {
        "be": root / "be" / "jobs.json",
        "mz": root / "mz" / "jobs.json",
        "it": root / "it" / "data.json",
    }
    paths["be"].write_text(json.dumps({"updated": "x", "jobs": be}), encoding="utf-8")
    paths["mz"].write_text(json.dumps(mz), encoding="utf-8")
    paths["it"].write_text(json.dumps({"meta": {}, "offerte": it}), encoding="utf-8")
    return paths


def test_market_af_builder_caps_brands_and_skips_internships_navigation_and_anonymous(
    tmp_path: Path,
) -> None:
    paths = _market_af_inputs(tmp_path / "in")
    by_tag = build_market_af.BY_TAG
    groups = [
        ("be-vdab", build_market_af.read(by_tag["be-vdab"], paths["be"])),
        ("mz-careers", build_market_af.read(by_tag["mz-careers"], paths["mz"])),
        ("it-lazio-aug26", build_market_af.read(by_tag["it-lazio-aug26"], paths["it"])),
    ]
    rows = build_market_af.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    # An agency's two branches give six titles together; the internships (Dutch,
    # Portuguese, Italian), the anonymous and aggregator postings, a bank's navigation, a
    # title that runs into its description, the known title and the non-object dropped;
    # whitespace collapsed, a zero-width space dropped.
    assert sum(t.startswith(("Verkoper", "Magazijnier")) for t in titles) == 6
    assert "Verkoper 0" in titles or "Magazijnier 0" in titles
    assert {"Klantendienstmedewerker", "Engenheiro de Processos"} <= set(titles)
    assert "Muratori in pietra e mattoni" in titles
    assert len(rows) == 9
    commit = by_tag["it-lazio-aug26"].commit[:8]
    assert [r[1:] for r in rows if r[0] == "Muratori in pietra e mattoni"] == [
        ["Edil Rossi SRL", f"it-lazio-aug26:data/data.json@{commit}"]
    ]
    assert build_market_af.employer("Page Personnel Belgium") == "pagepersonnel"
    assert build_market_af.employer("Start People voor N-Allo") == "startpeople"
    assert build_market_af.employer("Mozambique LNG (TotalEnergies)") == "totalenergies"


def test_market_af_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_af.BUILDER, "known", lambda: set())
    paths = _market_af_inputs(tmp_path / "in")
    commit = build_market_af.BY_TAG["mz-careers"].commit
    assert build_market_af.main(["--file", f"mz-careers={paths['mz']}@{commit}"]) == 0
    tag = f"mz-careers:data/jobs.json@{commit[:8]}"
    assert capsys.readouterr().out.splitlines() == [f"Engenheiro de Processos\tCimentos Lda\t{tag}"]
    other_name = _saved(tmp_path / "offers.json", "[]")
    not_json = _saved(tmp_path / "bad" / "jobs.json", "{not json")
    not_object = _saved(tmp_path / "list" / "jobs.json", "[]")
    no_list = _saved(tmp_path / "nolist" / "data.json", '{"offerte": {}}')
    _check_rejected(
        build_market_af,
        capsys,
        ["--file", f"mz-careers={other_name}"],  # no file the builder knows
        ["--file", f"mz-careers={paths['mz']}@{'0' * 40}"],  # no version it knows
        ["--file", f"mz-careers={not_json}"],
        ["--file", f"be-vdab={not_object}"],  # a list where an object is read
        ["--file", f"it-lazio-aug26={no_list}"],
        ["--file", f"be-vdab={tmp_path / 'missing' / 'jobs.json'}"],
        ["--file", f"nowhere={paths['mz']}"],
        ["--file", "mz-careers"],
    )


build_market_ad = _module("build_market_ad")


def test_market_ad_is_blind_new_boundary_data_of_capped_employers_with_documented_sources() -> None:
    rows = _rows("market_ad.tsv")
    titles = [r["title"] for r in rows]
    # Every title carries a boundary word; the weak roles and the ones mistaken for them
    # all show: AI, research, infrastructure, MLOps and security work, and the physical,
    # lab and AI-data work (`other`) and business analysts (`data-analyst`) that carry
    # their words.
    assert all(build_market_ad.BOUNDARY.search(t) for t in titles)
    roles = Counter(r["role"] for r in rows)
    weak = ("ai-engineer", "research-scientist", "devops-engineer", "mlops-engineer")
    assert min(roles[r] for r in (*weak, "security-engineer", "ml-engineer")) > 0
    assert roles["other"] > 0.1 * len(rows) and roles["data-analyst"] > 0.1 * len(rows)
    assert max(roles.values()) < 0.3 * len(rows)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert max(sources.values()) < 0.5 * len(rows)
    # Every source's repository, commit and file is documented; no earlier corpus's
    # document names the repositories, nor their owners but the business-analyst list's
    # (earlier corpora read other lists of that owner, as market_ad.md says).
    doc = (BENCH / "data" / "market_ad.md").read_text(encoding="utf-8")
    earlier = _other_docs("market_ad.md")
    for source in build_market_ad.SOURCES:
        assert source.repo in doc and source.commit in doc, source.tag
        assert all(p in doc for p in source.paths), source.tag
        owner, _, repo_name = source.repo.casefold().partition("/")
        assert not _names(earlier, repo_name), source.repo
        assert source.repo == build_market_ad.ANALYST or not _names(earlier, owner), source.repo


def _market_ad_inputs(root: Path) -> dict[str, Path]:
    """A JSON listing, a CSV tracker and a README table, as the sources save them
    (invented)."""
    root.mkdir(parents=True)
    listing: list[Any] = [
        {"company_name": "Cellco", "title": f"Battery  Test Engineer {n}"} for n in range(8)
    ]
    listing += [
        {"company_name": "Cellco", "title": "Battery Test Engineer Intern"},
        {"company_name": "Cellco", "title": "Warehouse Associate"},  # no boundary word
        {"company_name": "", "title": "Lab Technician"},
        {"company_name": "Labco", "title": "Known Title Engineer"},
        {"company_name": "Labco", "title": "Student Researcher - Proteins"},
        {"company_name": "Labco", "title": None},
        "not a posting",
    ]
    tracker = "company,role,category\nGridco,Grid Reliability Engineer,Other\n"
    tracker += "Gridco,Summer Analyst,Other\nGridco,Associate Scientist - PCR,Other\n"
    table = [
        "| Company | Job Title | Location | Work Model | Date Posted |",
        "| ----- | --------- |  --------- | ---- | ------- |",
        "| **[Bankco](https://bank.example)** | **[Business Analyst I](https://j.example/1)**"
        " | Austin, TX | On Site | Aug 22 |",
        "| ↳ | **[Security Officer](https://j.example/2)** | Austin, TX | On Site | Aug 22 |",
        "| ↳ | **[Teller](https://j.example/3)** | Austin, TX | On Site | Aug 22 |",
        "| not a row |",
    ]
    paths = {
        "json": root / "current.json",
        "csv": root / "jobs.csv",
        "table": root / "README.md",
    }
    paths["json"].write_text(json.dumps(listing), encoding="utf-8")
    paths["csv"].write_text(tracker, encoding="utf-8")
    paths["table"].write_text("\n".join(table) + "\n", encoding="utf-8")
    return paths


def test_market_ad_builder_reads_each_format_keeps_boundary_words_and_caps_employers(
    tmp_path: Path,
) -> None:
    paths = _market_ad_inputs(tmp_path / "in")
    by_tag = build_market_ad.BY_TAG
    groups = [
        ("newgrads", build_market_ad.read(by_tag["newgrads"], paths["json"])),
        ("na-newgrad", build_market_ad.read(by_tag["na-newgrad"], paths["csv"])),
        ("ba-2026-08", build_market_ad.read(by_tag["ba-2026-08"], paths["table"])),
    ]
    rows = build_market_ad.candidates(groups, {"known title engineer"})
    titles = [r[0] for r in rows]
    # Six of one employer; whitespace collapsed; a "↳" row is the row above's employer's.
    assert len([t for t in titles if t.startswith("Battery Test Engineer ")]) == 6
    assert {"Grid Reliability Engineer", "Associate Scientist - PCR"} <= set(titles)
    commit = by_tag["ba-2026-08"].commit[:8]
    assert [r[1:] for r in rows if r[0] == "Security Officer"] == [
        ["Bankco", f"ba-2026-08:README.md@{commit}"]
    ]
    assert "Business Analyst I" in titles
    for gone in (
        "Battery Test Engineer Intern",  # an internship
        "Student Researcher - Proteins",  # a student job
        "Summer Analyst",  # a summer place
        "Warehouse Associate",  # no boundary word
        "Teller",  # no boundary word
        "Lab Technician",  # no employer
        "Known Title Engineer",  # in another corpus
    ):
        assert gone not in titles, gone


def test_market_ad_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_ad.BUILDER, "known", lambda: set())
    paths = _market_ad_inputs(tmp_path / "in")
    commit = build_market_ad.BY_TAG["ba-2025-01"].commit
    assert build_market_ad.main(["--file", f"ba-2025-01={paths['table']}@{commit}"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Business Analyst I\tBankco\tba-2025-01:README.md@{commit[:8]}",
        f"Security Officer\tBankco\tba-2025-01:README.md@{commit[:8]}",
    ]
    other_name = _saved(tmp_path / "listing.json", "[]")
    not_json = _saved(tmp_path / "bad" / "current.json", "{not json")
    not_list = _saved(tmp_path / "obj" / "current.json", '{"jobs": []}')
    no_column = _saved(tmp_path / "cols" / "jobs.csv", "company,title\nGridco,Engineer\n")
    _check_rejected(
        build_market_ad,
        capsys,
        ["--file", f"newgrads={other_name}"],  # no file the builder knows
        ["--file", f"ba-2026-08={paths['table']}@{'0' * 40}"],  # no version it knows
        ["--file", f"newgrads={not_json}"],
        ["--file", f"newgrads={not_list}"],
        ["--file", f"na-newgrad={no_column}"],
        ["--file", f"na-newgrad={tmp_path / 'missing' / 'jobs.csv'}"],
        ["--file", f"nowhere={paths['json']}"],
        ["--file", "newgrads"],
    )


build_market_ac = _module("build_market_ac")


def test_market_ac_is_blind_new_whole_market_data_of_capped_employers_with_documented_sources() -> (
    None
):
    rows = _rows("market_ac.tsv")
    titles = [r["title"] for r in rows]
    # The whole market in its languages: French and Spanish titles as posted (over a
    # third not in English); no source over two fifths; every non-tech function and a
    # quarter tech; `other` at most a third.
    french = [r["title"] for r in rows if r["note"].startswith("French")]
    spanish = [r["title"] for r in rows if r["note"].startswith("Spanish")]
    assert len(french) >= 150 and len(spanish) >= 30
    assert len(french) + len(spanish) > 0.35 * len(titles)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert max(sources.values()) < 0.4 * len(rows)
    roles = Counter(r["role"] for r in rows)
    assert min(roles[r] for r in ("operations", "sales-marketing", "other")) > 0.1 * len(rows)
    assert sum(roles[r] for r in _MARKET_S_TECH) > 0.2 * len(rows)
    assert roles["other"] <= len(rows) / 3


def _market_ac_inputs(root: Path) -> dict[str, Path]:
    """Two boards' lists, a listing wrapped in a one-item list and a school board's
    list, as the sources save them (invented)."""
    for folder in ("gcc", "cole"):
        (root / folder).mkdir(parents=True)
    dakar = [{"poste": f"Commercial  Terrain {n}", "entreprise": "Vente SA"} for n in range(8)]
    dakar += [
        {"poste": "Stage Comptabilité", "entreprise": "Vente SA"},
        {"poste": "Comptable", "entreprise": "Une Entreprise de la Place"},
        {"poste": "Formation – Gestion de projet", "entreprise": "Ecole SA"},
        {"poste": "Caissier - Dakar", "entreprise": None},
        "not a posting",
    ]
    senegal = [{"poste": "Soudeur MIG MAG - Bucarest", "entreprise": "Interim  SN"}]
    gcc = [
        {
            "generated_at": "2026-08-18T00:00:00Z",
            "jobs": [
                {"title": "Trade Lifecycle Analyst", "company": "JP Morgan Services India Pvt Ltd"},
                {"title": "Mega Walkin Drive for Oracle on 22-Aug-26", "company": "ITco"},
                {"title": "Amazon Off Campus Drive", "company": "Fresher Jobs"},
                {"title": "O365", "company": "ITco"},
                {"title": "Known Title", "company": "ITco"},
            ],
        }
    ]
    cole = [
        {"title": "PROFESOR/A DE MATEMÁTICAS", "companyName": "Colegio Sol"},
        {"title": "PROFESOR DE INGLÉS", "companyName": "Colegio Concertado"},
        {"title": "Becario de secretaría", "companyName": "Colegio Sol"},
    ]
    paths = {
        "dakar": root / "emploi_dakar.json",
        "senegal": root / "emploisenegal.json",
        "gcc": root / "gcc" / "jobs.json",
        "cole": root / "cole" / "jobs.json",
    }
    for key, doc in (("dakar", dakar), ("senegal", senegal), ("gcc", gcc), ("cole", cole)):
        paths[key].write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return paths


def test_market_ac_builder_reads_each_format_caps_employers_and_skips_non_jobs(
    tmp_path: Path,
) -> None:
    paths = _market_ac_inputs(tmp_path / "in")
    by_tag = build_market_ac.BY_TAG
    groups = [
        ("sn-emploidakar", build_market_ac.read(by_tag["sn-emploidakar"], paths["dakar"])),
        ("sn-emploisenegal", build_market_ac.read(by_tag["sn-emploisenegal"], paths["senegal"])),
        ("in-gcc", build_market_ac.read(by_tag["in-gcc"], paths["gcc"])),
        ("es-colejobs", build_market_ac.read(by_tag["es-colejobs"], paths["cole"])),
    ]
    rows = build_market_ac.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    # Six of one employer; whitespace collapsed in titles and employers; a wrapped
    # listing and three lists read.
    assert len([t for t in titles if t.startswith("Commercial Terrain")]) == 6
    assert {"Trade Lifecycle Analyst", "PROFESOR/A DE MATEMÁTICAS"} <= set(titles)
    assert [r[1:] for r in rows if r[0].startswith("Soudeur")] == [
        [
            "Interim SN",
            "sn-emploisenegal:Dossiers_json_excel_csv/json_fichiers/emploisenegal.json"
            f"@{by_tag['sn-emploisenegal'].commit[:8]}",
        ]
    ]
    assert [r[2] for r in rows if r[0] == "Trade Lifecycle Analyst"] == [
        f"in-gcc:public/data/jobs.json@{by_tag['in-gcc'].commit[:8]}"
    ]
    for gone in (
        "Stage Comptabilité",  # a French internship
        "Comptable",  # an anonymous employer ("a local company")
        "Formation – Gestion de projet",  # a training course
        "Caissier - Dakar",  # no employer
        "Mega Walkin Drive for Oracle on 22-Aug-26",  # a recruiting event
        "Amazon Off Campus Drive",  # an aggregator's drive, no employer
        "O365",  # no job title
        "Known Title",
        "PROFESOR DE INGLÉS",  # the school board's anonymous state-funded school
        "Becario de secretaría",  # a Spanish trainee
    ):
        assert gone not in titles, gone


def test_market_ac_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_ac.BUILDER, "known", lambda: set())
    paths = _market_ac_inputs(tmp_path / "in")
    assert build_market_ac.main(["--file", f"es-colejobs={paths['cole']}"]) == 0
    commit = build_market_ac.BY_TAG["es-colejobs"].commit[:8]
    assert capsys.readouterr().out.splitlines() == [
        f"PROFESOR/A DE MATEMÁTICAS\tColegio Sol\tes-colejobs:public/data/jobs.json@{commit}"
    ]
    other_name = _saved(tmp_path / "listing.json", "[]")
    not_json = _saved(tmp_path / "emploi_dakar.json", "{not json")
    not_list = _saved(tmp_path / "obj" / "emploisenegal.json", '{"jobs": []}')
    unwrapped = _saved(tmp_path / "flat" / "jobs.json", '[{"title": "Analyst"}]')
    _check_rejected(
        build_market_ac,
        capsys,
        ["--file", f"es-colejobs={other_name}"],  # no file the builder knows
        ["--file", f"in-gcc={paths['gcc']}@{'0' * 40}"],  # no version it knows
        ["--file", f"sn-emploidakar={not_json}"],
        ["--file", f"sn-emploisenegal={not_list}"],
        ["--file", f"in-gcc={unwrapped}"],  # no "jobs" list in its one object
        ["--file", f"es-colejobs={tmp_path / 'missing' / 'jobs.json'}"],
        ["--file", f"nowhere={paths['cole']}"],
        ["--file", "in-gcc"],
    )


# The blind titles of Russian, Indonesian, Polish and Turkish boards: source tag ->
# (repository, file, commit prefix the rows name; None where each row names the version).
_ID_JOBS = "kiora24405/dashboard-geospasial-lowongankerja"
_LANG_RTPI_SOURCES = {
    "ru-spassk": ("swedxn/spassk-jobs", "data/vacancies.csv", "177eb71b"),
    "id-karirhub": (_ID_JOBS, "karirhub_finall.csv", "06e26959"),
    "id-lokerid": (_ID_JOBS, "lokerid_", "06e26959"),
    "pl-pracuj": ("mat-jan/job", "oferty.json", None),
    "pl-praca": ("mat-jan/job", "oferty.json", None),
    "tr-ilan": ("osmanprlak-ux/is-ilanlari", "ilanlar.json", None),
}


def test_lang_rtpi_is_a_well_formed_blind_corpus_with_named_sources() -> None:
    """lang_rtpi.tsv (the shared checks: LANGUAGE_CORPORA): sources of the repositories
    its .md names (no earlier .md names them), at most 6 titles of a named employer, and
    a word of the language's script or diacritics in most titles."""
    rows = _rows("lang_rtpi.tsv")
    per_employer = Counter(r["source"].rpartition("|")[2].casefold() for r in rows)
    assert max(n for emp, n in per_employer.items() if emp and ":" not in emp) <= 6
    doc = (BENCH / "data" / "lang_rtpi.md").read_text(encoding="utf-8")
    for row in rows:
        tag, _, rest = row["source"].partition(":")
        repo, path, commit = _LANG_RTPI_SOURCES[tag]
        where, _, rest = rest.partition("@")
        version = rest.partition("|")[0]
        assert where.startswith(path) and re.fullmatch("[0-9a-f]{8}", version), row["source"]
        assert commit is None or version == commit, row["source"]
    earlier = _other_docs("lang_rtpi.md")
    for repo, path, _ in _LANG_RTPI_SOURCES.values():
        assert repo in doc and path in doc, repo
        owner = repo.casefold().partition("/")[0]
        assert owner not in earlier and repo.casefold() not in earlier, repo
    for tag in _LANG_RTPI_SOURCES:
        assert f"`{tag}`" in doc
    cyrillic = [r for r in rows if r["source"].startswith("ru-")]
    assert all(re.search("[\u0400-\u04ff]", r["title"]) for r in cyrillic)


# The blind titles of Chinese, Japanese and Korean boards: source tag -> (repository,
# files the rows may name; their commits are checked against the .md).
_LANG_CJK_SOURCES = {
    "kr-saramin": (
        "kimjinho1/TALLI_notice_bot",
        ("result/보험심사.csv", "result/연구간호사.csv", "result/보건관리자.csv"),
    ),
    "kr-albamon": ("mugju/Part-time-Job-Finder", ("albamon.csv",)),
    "kr-saramin24": ("ChatHongPT/saramin_backend", ("data/saramin.csv",)),
    "cn-boss": ("iamikunnnnn/myfirstproject", ("boss直聘.csv",)),
    "cn-campus": ("Difficult-Burger/Simplify-Internships-Nontech-China", ("data/jobs.csv",)),
    "cn-zhaopin": ("bethzyy/jobSearchTool", ("zhilian.csv",)),
    "tw-cakeresume": ("TWBug/GoldCardHenge", ("content/jobs/",)),
    "jp-hellowork": ("haruhi-medical/robby-the-match", ("api/worker.js",)),
    "jp-entetsu": ("ktdweb/entetsu", ("sp/works.php", "sp/w02.php", "sp/w06.php")),
    "jp-trustgrowth": ("lewis4ryan/tghp", ("testhtml/recruit/detail.php",)),
    "jp-shozen": ("ayakaonozuka55/sozenn", ("physical_distribution/recruit/index.php",)),
    "jp-yumeland": ("Tsutomu-wp2301/sinyumeland", ("saiyou4.php",)),
    "jp-kipot": ("tetau/kipot.theme", ("page-recruit.php",)),
    "jp-change": (
        "xncsk/umemotoshouten.co.jp",
        ("wp-content/themes/xeory_extension/jobposting.php",),
    ),
}


def test_lang_cjk_is_a_blind_documented_corpus_of_capped_employers() -> None:
    """Chinese, Japanese and Korean titles (the shared checks: LANGUAGE_CORPORA): every
    source's repository and file named in the .md (and by no earlier corpus's .md) with the
    commit each row names, at most 6 titles per employer, a gloss naming the language, a
    CJK letter in every title."""
    rows = _rows("lang_cjk.tsv")
    doc = (BENCH / "data" / "lang_cjk.md").read_text(encoding="utf-8")
    employers: Counter[str] = Counter()
    for r in rows:
        tag, _, rest = r["source"].partition(":")
        _repo, paths = _LANG_CJK_SOURCES[tag]
        where, _, rest = rest.partition("@")
        version, _, employer = rest.partition("|")
        assert where.startswith(paths) and employer, r["source"]
        assert re.fullmatch("[0-9a-f]{8}|id[0-9]+", version), r["source"]
        assert version.removeprefix("id") in doc or tag == "tw-cakeresume", r["source"]
        assert r["note"].split(":")[0].split(" (")[0].split("/")[0] in {
            "Chinese",
            "Japanese",
            "Korean",
        }, r["title"]
        assert re.search("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", r["title"]), r["title"]
        employers[f"{tag}|{employer.casefold()}"] += 1
    assert max(employers.values()) <= 6
    earlier = _other_docs("lang_cjk.md")
    for tag, (repo, paths) in _LANG_CJK_SOURCES.items():
        assert f"`{tag}`" in doc and repo in doc, tag
        assert all(p in doc for p in paths), tag
        owner = repo.casefold().partition("/")[0]
        assert not _names(earlier, owner) and not _names(earlier, repo.casefold()), repo


build_market_ag = _module("build_market_ag")


def test_market_ag_is_blind_new_unscored_whole_market_data_documented() -> None:
    rows = _rows("market_ag.tsv")
    assert "market_af.tsv" in build_market_ag.DRAWN_BEFORE
    drawn = {build_market_ag.employer(r["source"].partition("|")[2]) for r in rows}
    # The whole market: no role over half of it, the office, sales and front-line
    # functions all there, some tech; over 150 employers.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.5 * len(rows)
    assert min(roles[r] for r in ("operations", "sales-marketing", "other")) > 0.15 * len(rows)
    assert 0 < sum(roles[r] for r in _MARKET_S_TECH) < 0.2 * len(rows)
    assert len(drawn) >= 150
    # Every row's title is in a transcribed page, under its employer.
    pages = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(build_market_ag.TRANSCRIBED.glob("jobs-*.json"))
    ]
    posted = {
        (" ".join(j["company"].split()), " ".join(j["title"].split())) for p in pages for j in p
    }
    assert all((r["source"].partition("|")[2], r["title"]) in posted for r in rows)


def _market_ag_inputs(root: Path) -> dict[str, Path]:
    """A transcribed page of Saudi boards' postings (invented)."""
    posts = [{"company": "Hotel Example", "title": f"Waiter  {n}"} for n in range(8)]
    posts += [
        {"company": "Newco", "title": "Tamheer Program - Finance"},
        {"company": "Newco", "title": "Summer Intern"},
        {"company": "Newco", "title": "متدرب مبيعات"},
        {"company": "Newco", "title": "اعلان شركة نيوكو عن وظائف شاغرة"},
        {"company": "Not Specified", "title": "Accountant"},
        {"company": "Private", "title": "Driver"},
        {"company": "Newco", "title": "Known Title"},
        {"company": "Newco", "title": "مندوب مبيعات"},
        "not a posting",
    ]
    page = root / build_market_ag.BY_TAG["sa-boards"].files[0]
    return {"sa-boards": _saved(page, json.dumps(posts, ensure_ascii=False))}


build_market_ai = _module("build_market_ai")


def test_market_ai_is_unscored_whole_market_data_with_glosses() -> None:
    # The table test checks what every held-out corpus shows; here what market_ai adds.
    rows = _rows("market_ai.tsv")
    titles = [r["title"] for r in rows]
    assert {"esco_fr_titles.tsv", "esco_es_titles.tsv"} <= set(build_market_ai.corpora())
    assert "market_ag.tsv" in build_market_ai.DRAWN_BEFORE
    drawn = {build_market_ai.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_ai.NO_EMPLOYER
    assert not [t for t in titles if t.casefold() in build_market_ai.NON_TITLES]
    # Kyujinbox's "new" badge is off every title; every row has a note (the Japanese and
    # French a gloss); Adzuna France gives at most its own cap of an employer.
    assert not [t for t in titles if t.endswith("新着")]
    assert all(r["note"] for r in rows)
    assert all(r["note"].startswith("Japanese:") for r in rows if r["source"].startswith("jp-"))
    assert all(r["note"].startswith("French:") for r in rows if r["source"].startswith("fr-"))
    assert build_market_ai.BY_TAG["fr-adzuna-idf"].per_employer == 3
    # The whole market: no role over half of it, the office, sales and front-line
    # functions and some tech all there; over 350 employers.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.5 * len(rows)
    assert min(roles[r] for r in ("operations", "sales-marketing", "other")) > 0.05 * len(rows)
    assert 0 < sum(roles[r] for r in _MARKET_S_TECH) < 0.3 * len(rows)
    assert len(drawn) >= 350
    assert sum(roles[r] for r in ("ml-engineer", "ai-engineer", "research-scientist")) >= 10
    _check_unnamed_repositories("market_ai", build_market_ai, frozenset({"job-scraper"}))


def _check_unnamed_repositories(
    name: str, builder: ModuleType, shared_names: frozenset[str]
) -> None:
    """`_check_documented_sources`, but a bare repository name in `shared_names` may appear in
    the earlier documents as another owner's repository ("Tominouu/job-scraper"), never alone
    or as this owner's: the owner and the full name are named nowhere else."""
    doc = (BENCH / "data" / f"{name}.md").read_text(encoding="utf-8")
    earlier = _other_docs(f"{name}.md")
    for source in builder.SOURCES:
        assert source.repo in doc and source.commit in doc, source.tag
        assert all(path in doc for path in source.paths), source.tag
        owner, _, repo_name = source.repo.casefold().partition("/")
        assert not _names(earlier, owner) and not _names(earlier, source.repo.casefold())
        if repo_name not in shared_names:
            assert not _names(earlier, repo_name), source.repo
            continue
        pattern = rf"(?<![\w.-]){re.escape(repo_name)}(?![\w-])"
        for hit in re.finditer(pattern, earlier):
            before = re.search(r"([\w.-]+)/$", earlier[: hit.start()])
            assert before and before.group(1) != owner, source.repo


def _market_ai_inputs(root: Path) -> dict[str, Path]:
    """A London finder's listing, a Kyujinbox day, a Naukri search, an Adzuna France search
    and an AI seeker's database, as the sources save them (invented), in the draw's order."""
    by_tag = build_market_ai.BY_TAG
    posts = [{"company": "Acme Bank", "title": f"Risk  Analyst {n}"} for n in range(8)]
    posts += [
        {"company": "Acme Bank", "title": "Summer Analyst Programme"},
        {"company": "Newco", "title": "Graduate Placement Scheme"},
        {"company": "Newco", "title": "Talent Pool - Finance"},
        {"company": "Newco", "title": "Analyst &amp; Associate"},
        {"company": "Newco", "title": "Known Title"},
        "not a posting",
    ]
    london = json.dumps({"last_updated": "x", "jobs": posts})
    jp_posts = [
        {"company": "株式会社サンプル", "title": "介護職／有料老人ホーム新着"},
        {"company": "看護", "title": "正看護師／クリニック新着"},
        {"company": "...人気のお仕事です。 【経験・資格】不問", "title": "軽作業スタッフ新着"},
        {"company": "株式会社サンプル工場...", "title": "製造スタッフ／インターン新着"},
        {"company": "株式会社サンプル工場...", "title": "検品スタッフ／未経験OK新着"},
    ]
    naukri = (
        "job_id,title,company\n1,Software Engineer - Java,Example Tech\n"
        "2,Software Engineer,Leading Client\n3,Software Engineer Trainee,Example Tech\n"
    )
    fr_posts = [
        {"company": "Fêtes SA", "title": f"Animateur de fêtes à Ville {n}"} for n in range(5)
    ]
    fr_posts += [
        {"company": "Magasin SA", "title": "Vendeur en Alternance H/F"},
        {"company": "Magasin SA", "title": "Job Étudiant Bilingue H/F"},
        {"company": "Magasin SA", "title": "Stage Marketing H/F"},
    ]
    db_path = root / "ai" / by_tag["ai-ats-discovery"].files[0]
    db_path.parent.mkdir(parents=True)
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE jobs (id INTEGER PRIMARY KEY, company_name TEXT, title TEXT)")
    db.executemany(
        "INSERT INTO jobs (company_name, title) VALUES (?, ?)",
        [
            ("Agentco", "Agent Engineer [IC4]"),
            ("Agentco", "Join us - Evergreen Opportunities"),
            ("Agentco", "Join our Talent Community"),
        ],
    )
    db.commit()
    db.close()
    texts = {
        "uk-london": london,
        "jp-kyujinbox": json.dumps(jp_posts, ensure_ascii=False),
        "in-naukri": naukri,
        "fr-adzuna-idf": json.dumps(fr_posts, ensure_ascii=False),
    }
    paths = {tag: _saved(root / tag / by_tag[tag].files[0], text) for tag, text in texts.items()}
    return {**paths, "ai-ats-discovery": db_path}


build_market_ah = _module("build_market_ah")


def test_market_ah_is_job_api_and_linkedin_data_of_the_whole_market() -> None:
    # The table test checks what every held-out corpus shows; here what market_ah adds.
    rows = _rows("market_ah.tsv")
    titles = [r["title"] for r in rows]
    assert "onet_titles.tsv" in build_market_ah.corpora()
    assert "market_ag.tsv" in build_market_ah.DRAWN_BEFORE
    drawn = {build_market_ah.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_ah.NO_EMPLOYER
    assert not [t for t in titles if t.casefold() in build_market_ah.NON_TITLES]
    # Both sources; the radar's whole market (every non-tech function) beside the
    # LinkedIn search's software testing; German-speaking boards' titles; over 250
    # employers.
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert all(sources[s.tag] <= s.limit for s in build_market_ah.SOURCES)
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.4 * len(rows)
    assert min(roles[r] for r in ("operations", "sales-marketing", "other")) > 0.1 * len(rows)
    assert 0.3 * len(rows) < sum(roles[r] for r in _MARKET_S_TECH) < 0.6 * len(rows)
    assert len([t for t in titles if re.search(r"\(m/w/[dx]\)|:in\b|\*in\b", t)]) >= 50
    assert len(drawn) >= 250


def _market_ah_inputs(root: Path) -> dict[str, Path]:
    """A radar's daily snapshot of job APIs and a scanner's LinkedIn list, as the sources
    save them (invented), in the draw's order."""
    jobs: list[Any] = [
        {"source": "arbeitnow", "company": "Beispiel GmbH", "title": f"Lagerhelfer  {n} (m/w/d)"}
        for n in range(8)
    ]
    jobs += [
        {"source": "himalayas", "company": "Newco", "title": "Werkstudent Marketing (m/w/d)"},
        {"source": "himalayas", "company": "Newco", "title": "Studentische Hilfskraft Büro"},
        {"source": "himalayas", "company": "Newco", "title": "Banco de Talentos - Geral"},
        {"source": "himalayas", "company": "Newco", "title": "External Job Post"},
        {"source": "himalayas", "company": "Newco", "title": "Legal Counsel &amp; Privacy"},
        {"source": "jobicy", "company": "", "title": "Accountant"},
        {"source": "remoteok", "company": "Anyco", "title": "Trend"},
        {"source": "eleduck", "company": "Anyco", "title": "客服专员"},
        {"source": "remotive", "company": "Newco", "title": "Known Title"},
        {"source": "remotive", "company": "Newco", "title": "Payroll Specialist"},
        "not a posting",
    ]
    radar = json.dumps({"date": "2026-08-21", "jobs": jobs})
    found = [
        {"title": "QA Engineer", "company": "Testco", "location": "Bratislava"},
        {"title": "Embedded  Software Engineer", "company": "Testco", "location": "Wien"},
    ]
    return {
        "remote-radar": _saved(root / "radar" / "2026-08-21.json", radar),
        "eu-joblens": _saved(root / "linkedin" / "all_jobs_raw.json", json.dumps(found)),
    }


build_market_aj = _module("build_market_aj")


def test_market_aj_is_indonesia_whole_market_and_korea_data_roles() -> None:
    # The table test checks what every held-out corpus shows; here what market_aj adds.
    rows = _rows("market_aj.tsv")
    titles = [r["title"] for r in rows]
    assert build_market_aj.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_aj.DRAWN_BEFORE[-1] == "market_ai.tsv"
    drawn = {build_market_aj.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_aj.NO_EMPLOYER and len(drawn) >= 300
    assert not [t for t in titles if build_market_aj.SCREEN.intern.search(t)]
    # Indonesia's whole market (no role over a third) beside Korea's data and AI roles;
    # Korean titles glossed.
    by_source: dict[str, Counter[str]] = {}
    for r in rows:
        by_source.setdefault(r["source"].partition(":")[0], Counter())[r["role"]] += 1
    indonesia, korea = by_source["id-jobstreet"], by_source["kr-data-jobs"]
    assert max(indonesia.values()) < 0.4 * sum(indonesia.values())
    assert min(indonesia[r] for r in ("operations", "sales-marketing", "other")) >= 50
    data_roles = ("data-analyst", "data-engineer", "data-scientist", "ai-engineer")
    assert sum(korea[r] for r in data_roles) > 0.7 * sum(korea.values())
    korean = [r for r in rows if re.search(r"[\uac00-\ud7a3]", r["title"])]
    assert len(korean) >= 80 and all(r["note"].startswith("Korean") for r in korean)
    _check_unnamed_repositories("market_aj", build_market_aj, frozenset())


def _market_aj_inputs(root: Path) -> dict[str, Path]:
    """A JobStreet Indonesia CSV and a Korean collection, as the sources save them
    (invented), in the draw's order."""
    lines = ["Judul Pekerjaan,Perusahaan,Lokasi,Gaji_Rata2"]
    lines += [f"Sales  Executive {n},PT Contoh,Jakarta,5000000" for n in range(8)]
    lines += [
        "Magang Admin,PT Lain,Bandung,1",
        "Management Trainee Store,PT Lain,Bandung,1",
        "Staf Gudang,Pengiklan Anonim,Medan,1",
        "Known Title,PT Lain,Bandung,1",
    ]
    posts = [
        {"title": "데이터 분석가 (신입/경력)", "company_name": "(주)예시"},
        {"title": "[인턴] 데이터 분석", "company_name": "(주)예시"},
        {"title": "빅데이터 분석가 과정 11기 훈련생 모집", "company_name": "(주)예시"},
        {"title": "VLA for Physical AI (Talent pool)", "company_name": "(주)예시"},
    ]
    return {
        "id-jobstreet": _saved(root / "id" / "job_salary_mean.csv", "\n".join(lines) + "\n"),
        "kr-data-jobs": _saved(root / "kr" / "jobs.json", json.dumps({"jobs": posts})),
    }


@dataclasses.dataclass(frozen=True)
class InventedDraw:
    """A builder's draw from invented files of its sources (the known title "Known Title"),
    and what it must give: its command line printing one source's file and refusing bad
    ones."""

    name: str  # "market_ah": bench/accuracy/build_market_ah.py
    inputs: Callable[[Path], dict[str, Path]]  # source tag -> invented file, in draw order
    capped: dict[str, tuple[str, int]]  # employer -> the start of its titles, how many drawn
    kept: frozenset[str]  # titles drawn (whitespace collapsed, a badge taken off)
    total: int  # rows drawn in all
    printed: tuple[str, int]  # the source whose file alone the command line prints; lines
    employers: dict[str, str] = dataclasses.field(default_factory=dict)  # title -> employer
    one_of: frozenset[str] = frozenset()  # at least one of these titles is drawn
    same_employer: tuple[tuple[str, str], ...] = ()  # names the cap counts together
    # Files the builder cannot read: (tag, its file's text; None: no such file), each under
    # the source's own file name.
    bad: tuple[tuple[str, str | None], ...] = ()


# What each builder drops (as its invented inputs show): market_ag Tamheer training,
# internships (English, Arabic), an announcement of vacancies, anonymous posts; market_ah
# the Remote OK and Eleduck feeds, German student jobs, a talent pool, a non-title, an
# HTML entity, an anonymous post; market_ai a summer programme, a placement, a talent
# pool, an entity left as text, Japanese and English trainee posts, anonymous employers (a
# trade for the company, a description fragment, "Leading Client"), French work-study,
# student and internship posts, evergreen calls, and a cut employer name loses its "...";
# market_aj Indonesian and Korean internships and trainee places, a course's intake, a
# talent pool, an anonymous advertiser. Every one drops the known title and collapses
# whitespace.
INVENTED_DRAWS = [
    InventedDraw(
        "market_ag",
        _market_ag_inputs,
        capped={"Hotel Example": ("Waiter", 6)},
        kept=frozenset({"مندوب مبيعات"}),
        total=7,
        printed=("sa-boards", 8),
        one_of=frozenset({"Waiter 0", "Waiter 1"}),
        bad=(("sa-boards", "{}"),),  # an object where a list is read
    ),
    InventedDraw(
        "market_ah",
        _market_ah_inputs,
        capped={"Beispiel GmbH": ("Lagerhelfer", 6)},
        kept=frozenset({"Payroll Specialist", "Embedded Software Engineer"}),
        total=9,
        printed=("remote-radar", 8),
        one_of=frozenset({"Lagerhelfer 0 (m/w/d)", "Lagerhelfer 1 (m/w/d)"}),
        bad=(("eu-joblens", "{}"),),  # an object where a list is read
    ),
    InventedDraw(
        "market_ai",
        _market_ai_inputs,
        capped={"Acme Bank": ("Risk Analyst", 6), "Fêtes SA": ("Animateur de fêtes", 3)},
        kept=frozenset(
            {
                "介護職／有料老人ホーム",
                "検品スタッフ／未経験OK",
                "Software Engineer - Java",
                "Agent Engineer [IC4]",
            }
        ),
        total=13,
        printed=("in-naukri", 1),
        employers={"検品スタッフ／未経験OK": "株式会社サンプル工場"},
        same_employer=(("Third Bridge Group", "Third Bridge"),),
        bad=(
            ("uk-london", "[]"),  # a list where an object is read
            ("jp-kyujinbox", "{}"),  # an object where a list is read
            ("ai-ats-discovery", "not a database"),
            ("ai-ats-discovery", None),
        ),
    ),
    InventedDraw(
        "market_aj",
        _market_aj_inputs,
        capped={"PT Contoh": ("Sales Executive", 6)},
        kept=frozenset({"데이터 분석가 (신입/경력)"}),
        total=7,
        printed=("kr-data-jobs", 1),
    ),
]


@pytest.mark.parametrize("case", INVENTED_DRAWS, ids=lambda case: case.name)
def test_builder_draws_invented_files_capped_in_order_and_refuses_bad_ones(
    case: InventedDraw,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each source's invented file read and drawn: employers capped (the largest cap the
    builder's own), the titles named kept and every other dropped, rows source by source
    naming their file and commit; the command line prints one file's draw and refuses
    another name, version, tag, a missing '=' and files of the wrong shape."""
    builder = _builder(case.name)
    inputs = case.inputs(tmp_path / "in")
    groups = [(tag, builder.read(builder.BY_TAG[tag], path)) for tag, path in inputs.items()]
    rows = builder.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    for emp, (start, count) in case.capped.items():
        assert [r[0] for r in rows if r[1] == emp] == [t for t in titles if t.startswith(start)]
        assert sum(t.startswith(start) for t in titles) == count, emp
    assert max(count for _, count in case.capped.values()) == builder.PER_EMPLOYER
    assert case.kept <= set(titles) and len(rows) == case.total
    assert not case.one_of or case.one_of & set(titles)
    for title, emp in case.employers.items():
        assert [r[1] for r in rows if r[0] == title] == [emp]
    for name, other in case.same_employer:
        assert builder.employer(name) == builder.employer(other)
    keys = []
    for tag, path in inputs.items():
        source = builder.BY_TAG[tag]
        keys.append(f"{tag}:{source.paths[source.files.index(path.name)]}@{source.commit[:8]}")
    order = [keys.index(r[2]) for r in rows]
    assert order == sorted(order) and set(order) == set(range(len(keys)))
    # The command line: one file prints; another name, version, tag or shape fail.
    monkeypatch.setattr(builder.BUILDER, "known", lambda: set())
    tag, lines = case.printed
    path = inputs[tag]
    assert builder.main(["--file", f"{tag}={path}@{builder.BY_TAG[tag].commit}"]) == 0
    alone = builder.candidates([(tag, builder.read(builder.BY_TAG[tag], path))], set())
    assert capsys.readouterr().out.splitlines() == ["\t".join(r) for r in alone]
    assert len(alone) == lines
    argsets = [
        ["--file", f"{tag}={path.with_name('other' + path.suffix)}"],
        ["--file", f"{tag}={path}@{'0' * 40}"],
        ["--file", f"nowhere={path}"],
        ["--file", tag],
    ]
    for n, (bad_tag, text) in enumerate(case.bad):
        bad_path = tmp_path / f"bad{n}" / builder.BY_TAG[bad_tag].files[0]
        if text is not None:
            with pytest.raises(ValueError):
                builder.read(builder.BY_TAG[bad_tag], _saved(bad_path, text))
        argsets.append(["--file", f"{bad_tag}={bad_path}"])
    _check_rejected(builder, capsys, *argsets)


def test_market_aj_builder_refuses_a_csv_without_its_columns(tmp_path: Path) -> None:
    jobstreet = build_market_aj.BY_TAG["id-jobstreet"]
    with pytest.raises(ValueError):
        build_market_aj.read(jobstreet, _saved(tmp_path / "x" / "job_salary_mean.csv", "a,b\n"))


build_market_am = _module("build_market_am")


def test_market_am_is_unscored_whole_market_of_new_regions() -> None:
    # The table test checks what every held-out corpus shows; here what market_am adds.
    rows = _rows("market_am.tsv")
    titles = [r["title"] for r in rows]
    assert build_market_am.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_am.DRAWN_BEFORE[-1] == "market_aj.tsv"
    drawn = {build_market_am.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_am.NO_EMPLOYER and len(drawn) >= 300
    assert not [t for t in titles if build_market_am.SCREEN.intern.search(t)]
    # Trinidad and Tobago's whole market (no role over two thirds), the Spanish and Latin
    # American save mostly tech, the design tracker mostly designers; Spanish and Catalan
    # titles glossed.
    by_source: dict[str, Counter[str]] = {}
    for r in rows:
        by_source.setdefault(r["source"].partition(":")[0], Counter())[r["role"]] += 1
    trinidad, remote, design = (by_source[t] for t in ("tt-digest", "es-remote", "us-design"))
    assert max(trinidad.values()) < 0.67 * sum(trinidad.values())
    assert min(trinidad[r] for r in ("operations", "sales-marketing", "other")) >= 15
    assert remote["software-engineer"] > 0.4 * sum(remote.values())
    assert design["designer"] > 0.6 * sum(design.values())
    glossed = [r for r in rows if r["note"].startswith(("Spanish", "Catalan"))]
    assert len(glossed) >= 25
    # Scored once, with the thirteenth session's final code, then named by the accuracy
    # runner and trained on.
    root = BENCH.parent.parent
    assert '"market-am"' in (BENCH / "accuracy.py").read_text(encoding="utf-8")
    trainer = (root / "tools" / "train_role_model.py").read_text(encoding="utf-8")
    assert '"market_am.tsv"' in trainer
    _check_unnamed_repositories("market_am", build_market_am, frozenset())


def test_market_am_builder_reads_each_format_and_skips_interns_boards_and_threads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_am.BY_TAG
    digest = [{"title": f"Accounts  Clerk {n}", "company": "Island Bank"} for n in range(8)]
    digest += [
        {"title": "Trinidad and Tobago", "company": "Teamed Ltd"},
        {"title": "Heavy T Driver", "company": ""},
        {"title": "Known Title", "company": "Port Co"},
    ]
    tt = _saved(tmp_path / "tt" / "jobs.json", json.dumps({"updated": "x", "jobs": digest}))
    remote = [
        {"title": "Practicante de Finanzas", "company": "Banco Sur"},
        {"title": "Programa Talento Joven - Datos", "company": "Banco Sur"},
        {"title": "Desarrollador/a Backend", "company": "Banco Sur"},
        {"title": "QA Tester", "company": "hackajob"},
        {"title": "Proposal &amp; Bid Writer", "company": "Banco Sur"},
    ]
    es = _saved(tmp_path / "es" / "jobs.json", json.dumps(remote))
    design = [
        {"title": "How I would redesign this app", "company": "someone", "source": "HackerNews"},
        {"title": "UX Designer", "company": "Shop Co", "source": "Linkedin"},
        {"title": "UX Researcher", "company": "See posting", "source": "Indeed"},
    ]
    ux = _saved(tmp_path / "ux" / "jobs.json", json.dumps(design))
    groups = [
        ("tt-digest", build_market_am.read(by_tag["tt-digest"], tt)),
        ("es-remote", build_market_am.read(by_tag["es-remote"], es)),
        ("us-design", build_market_am.read(by_tag["us-design"], ux)),
    ]
    assert len(groups[2][1]) == 2  # the Hacker News thread is no posting
    rows = build_market_am.candidates(groups, {"known title"})
    clerks = [r for r in rows if r[1] == "Island Bank"]
    assert len(clerks) == build_market_am.PER_EMPLOYER
    assert all(r[0].startswith("Accounts Clerk ") for r in clerks)
    assert [r[0] for r in rows if r[1] != "Island Bank"] == [
        "Desarrollador/a Backend",
        "UX Designer",
    ]
    commit = by_tag["us-design"].commit[:8]
    assert rows[-1][2] == f"us-design:docs/jobs.json@{commit}"
    monkeypatch.setattr(build_market_am.BUILDER, "known", lambda: set())
    assert build_market_am.main(["--file", f"us-design={ux}"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"UX Designer\tShop Co\tus-design:docs/jobs.json@{commit}"
    ]
    not_list = _saved(tmp_path / "obj" / "jobs.json", '{"jobs": {}}')
    _check_rejected(
        build_market_am,
        capsys,
        ["--file", f"tt-digest={_saved(tmp_path / 'listing.json', '[]')}"],
        ["--file", f"es-remote={es}@{'0' * 40}"],
        ["--file", f"tt-digest={not_list}"],
        ["--file", f"us-compliance={tmp_path / 'missing' / 'jobs.json'}"],
        ["--file", f"nowhere={ux}"],
    )


build_market_an = _module("build_market_an")


def test_market_an_is_unscored_whole_boards_of_a_new_region_and_us_ats_postings() -> None:
    # The table test checks what every held-out corpus shows; here what market_an adds.
    rows = _rows("market_an.tsv")
    titles = [r["title"] for r in rows]
    assert build_market_an.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_an.DRAWN_BEFORE[-1] == "market_am.tsv"
    assert "market_am.tsv" in build_market_an.corpora()
    drawn = {build_market_an.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_an.NO_EMPLOYER and len(drawn) >= 150
    assert not [t for t in titles if build_market_an.SCREEN.intern.search(t)]
    assert not {t.casefold() for t in titles} & build_market_an.NON_TITLES
    # Newfoundland and Labrador's whole market (no role over half), the ATS postings mostly
    # tech and data; every French, Norwegian and German title glossed.
    by_source: dict[str, Counter[str]] = {}
    for r in rows:
        tag = r["source"].partition(":")[0]
        by_source.setdefault(tag.rpartition("-")[0] if tag.startswith("us-ats") else tag, Counter())
        by_source[tag.rpartition("-")[0] if tag.startswith("us-ats") else tag][r["role"]] += 1
    region, ats = by_source["nl-boards"], by_source["us-ats-2024"]
    assert max(region.values()) < 0.5 * sum(region.values())
    assert min(region[r] for r in ("operations", "sales-marketing", "other")) >= 15
    tech = sum(
        n for role, n in ats.items() if role not in ("operations", "sales-marketing", "other")
    )
    assert tech > 0.6 * sum(ats.values())
    glossed = [r for r in rows if r["note"].startswith(("French", "Norwegian", "English and"))]
    assert len(glossed) >= 8
    # Scored once, with the thirteenth session's final code, then named by the accuracy
    # runner and trained on.
    root = BENCH.parent.parent
    assert '"market-an"' in (BENCH / "accuracy.py").read_text(encoding="utf-8")
    trainer = (root / "tools" / "train_role_model.py").read_text(encoding="utf-8")
    assert '"market_an.tsv"' in trainer
    _check_unnamed_repositories("market_an", build_market_an, frozenset())


def test_market_an_builder_reads_json_and_tables_and_skips_headings_codes_and_relays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_an.BY_TAG
    boards = [{"company": "Harbour Robotics", "title": f"Subsea  Technician {n}"} for n in range(8)]
    boards += [
        {"company": "Harbour Robotics", "title": "2aeebe9a 29dd 467a 854f 002f08e69f1a"},
        {"company": "Harbour Robotics", "title": "J0826-0325"},
        {"company": "Law Firm LLP", "title": "Human resources"},
        {"company": "Law Firm LLP", "title": "Join Our Team at Law Firm"},
        {"company": "Law Firm LLP", "title": "Data Entry Clerk Finance Work Term62"},
        {"company": "Law Firm LLP", "title": "Student Marketing Coordinator"},
        {"company": "Digital Nova Scotia", "title": "Senior Full Stack Developer"},
        {"company": "Law Firm LLP", "title": "Conseiller(ère) principal(e), Fiscalité"},
        {"company": "Law Firm LLP", "title": "Known Title"},
    ]
    nl = _saved(tmp_path / "nl" / "open_jobs.json", json.dumps(boards))
    table = "\n".join(
        [
            "# Tech Job Listings",
            "| Job Title | Company | Location | Date Posted | Apply |",
            "|---|---|---|---|---|",
            "| **Staff Data Engineer, Payments** | ACME INC | US | May 15 | <a>Apply</a> |",
            "| **Proposal &amp; Bid Writer** | ACME INC | US | May 15 | <a>Apply</a> |",
            "| **Software Engineer Intern** | ACME INC | US | May 15 | <a>Apply</a> |",
            "some prose | **not a row** |",
        ]
    )
    us = _saved(tmp_path / "h1" / "README.md", table)
    staffing = [{"company": "Staffing Co", "job_title": "Data Analyst - Raleigh, NC"}]
    ds = _saved(tmp_path / "ds" / "current_jobs.json", json.dumps(staffing))
    groups = [
        ("nl-boards", build_market_an.read(by_tag["nl-boards"], nl)),
        ("us-ats-2024-09", build_market_an.read(by_tag["us-ats-2024-09"], us)),
        ("us-data-staffing", build_market_an.read(by_tag["us-data-staffing"], ds)),
    ]
    assert len(groups[1][1]) == 3  # the table's rows, not its header or prose
    rows = build_market_an.candidates(groups, {"known title"})
    techs = [r for r in rows if r[1] == "Harbour Robotics"]
    assert len(techs) == build_market_an.PER_EMPLOYER
    assert all(r[0].startswith("Subsea Technician ") for r in techs)
    assert [r[0] for r in rows if r[1] != "Harbour Robotics"] == [
        "Conseiller(ère) principal(e), Fiscalité",
        "Staff Data Engineer, Payments",
        "Data Analyst - Raleigh, NC",
    ]
    commit = by_tag["us-ats-2024-09"].commit[:8]
    assert rows[-2][2] == f"us-ats-2024-09:README.md@{commit}"
    monkeypatch.setattr(build_market_an.BUILDER, "known", lambda: set())
    assert build_market_an.main(["--file", f"us-ats-2024-09={us}"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Staff Data Engineer, Payments\tACME INC\tus-ats-2024-09:README.md@{commit}"
    ]
    not_list = _saved(tmp_path / "obj" / "open_jobs.json", '{"jobs": []}')
    _check_rejected(
        build_market_an,
        capsys,
        ["--file", f"nl-boards={_saved(tmp_path / 'listing.json', '[]')}"],
        ["--file", f"us-ats-2025-01={us}@{'0' * 40}"],
        ["--file", f"nl-boards={not_list}"],
        ["--file", f"us-data-staffing={tmp_path / 'missing' / 'current_jobs.json'}"],
        ["--file", f"nowhere={us}"],
    )


build_market_ak = _module("build_market_ak")


def test_market_ak_is_whole_boards_of_every_function() -> None:
    # The table test checks what every held-out corpus shows; here what market_ak adds.
    rows = _rows("market_ak.tsv")
    titles = [r["title"] for r in rows]
    assert build_market_ak.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_ak.DRAWN_BEFORE[-1] == "market_aj.tsv"
    drawn = {build_market_ak.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_ak.NO_EMPLOYER and len(drawn) >= 200
    assert not [t for t in titles if build_market_ak.SCREEN.intern.search(t)]
    # The whole market: no role over half, the three non-tech roles each over 80.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.5 * len(rows)
    assert min(roles[r] for r in ("operations", "sales-marketing", "other")) >= 80
    # The one repository is named by owner and full name in no other document (its bare
    # name, "jobs", is a common word); its commits and file are in this one.
    doc = (BENCH / "data" / "market_ak.md").read_text(encoding="utf-8")
    earlier = _other_docs("market_ak.md")
    for source in build_market_ak.SOURCES:
        assert source.repo in doc and source.commit in doc
        assert all(path in doc for path in source.paths)
        owner = source.repo.casefold().partition("/")[0]
        assert not _names(earlier, owner) and not _names(earlier, source.repo.casefold())


def test_market_ak_builder_reads_json_caps_and_skips_interns_pools_and_anonymous(
    tmp_path: Path,
) -> None:
    first, second = build_market_ak.BY_TAG["lynceus-0815"], build_market_ak.BY_TAG["lynceus-0822"]
    posts = [{"company": "Acme Health", "title": f"Registered  Nurse {n}"} for n in range(8)]
    posts += [
        {"company": "Newco", "title": "Summer Intern, Finance"},
        {"company": "Newco", "title": "Practicante de Ventas"},
        {"company": "Newco", "title": "Werkstudent (m/w/d) Marketing"},
        {"company": "Newco", "title": "Talent Community - Engineering"},
        {"company": "Confidential", "title": "Store Manager"},
        {"company": "Newco", "title": "Known Title"},
        "not a posting",
    ]
    path = _saved(tmp_path / "a" / "jobs.json", json.dumps({"count": 1, "jobs": posts}))
    later = [{"company": "Newco", "title": "Chef de Partie"}]
    path2 = _saved(tmp_path / "b" / "jobs.json", json.dumps({"jobs": later}))
    groups = [
        ("lynceus-0815", build_market_ak.read(first, path)),
        ("lynceus-0822", build_market_ak.read(second, path2)),
    ]
    rows = build_market_ak.candidates(groups, {"known title"})
    acme = [r for r in rows if r[1] == "Acme Health"]
    assert len(acme) == build_market_ak.PER_EMPLOYER
    assert all(r[0].startswith("Registered Nurse") for r in acme)
    assert [r[0] for r in rows if r[1] != "Acme Health"] == ["Chef de Partie"]
    assert rows[-1][2] == f"lynceus-0822:data/jobs.json@{second.commit[:8]}"
    with pytest.raises(ValueError):
        build_market_ak.read(first, _saved(tmp_path / "c" / "jobs.json", "[]"))
    with pytest.raises(ValueError):
        build_market_ak.read(first, _saved(tmp_path / "d" / "other.json", "{}"))


build_market_al = _module("build_market_al")


def test_market_al_is_korean_and_french_public_boards_whole_markets() -> None:
    # The table test checks what every held-out corpus shows; here what market_al adds.
    rows = _rows("market_al.tsv")
    titles = [r["title"] for r in rows]
    assert build_market_al.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_al.DRAWN_BEFORE[-1] == "market_aj.tsv"
    drawn = {build_market_al.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_al.NO_EMPLOYER and len(drawn) >= 300
    assert not [t for t in titles if build_market_al.SCREEN.intern.search(t)]
    # Two public boards of a whole local market (no role over three quarters of either),
    # Korean and French titles glossed on every row.
    by_source: dict[str, Counter[str]] = {}
    for r in rows:
        by_source.setdefault(r["source"].partition(":")[0], Counter())[r["role"]] += 1
    for tag in ("kr-work24", "fr-francetravail"):
        roles = by_source[tag]
        assert sum(roles.values()) >= 150 and max(roles.values()) < 0.75 * sum(roles.values())
        assert min(roles[r] for r in ("operations", "sales-marketing", "other")) >= 20
    korean = [r for r in rows if re.search(r"[\uac00-\ud7a3]", r["title"])]
    assert len(korean) >= 180 and all(r["note"].startswith("Korean") for r in korean)
    assert all(r["note"] for r in rows)
    _check_unnamed_repositories("market_al", build_market_al, frozenset())


def test_market_al_builder_reads_each_format_and_skips_interns_and_anonymous(
    tmp_path: Path,
) -> None:
    by_tag = build_market_al.BY_TAG
    work24, france = by_tag["kr-work24"], by_tag["fr-francetravail"]
    tenerife, safety = by_tag["es-tenerife"], by_tag["br-sst"]
    # Work24's CSV opens with a byte-order mark.
    lines = ["\ufeffposition_title,company_name,recruit_provider"]
    lines += [f"바리스타  모집 {n},(주)예시,정보제공처 사람인" for n in range(8)]
    lines += [
        "[인턴] 마케팅 보조,(주)다른,정보제공처 잡코리아",
        "데이터 분석 국비 교육생 모집,(주)다른,정보제공처 고용24",
        "세무회계 사무원 채용 공고 초보가...,(주)다른,정보제공처 인크루트",
    ]
    csv_path = _saved(tmp_path / "kr" / work24.files[0], "\n".join(lines) + "\n")
    offers = [
        {"intitule": "Vendeur (H/F)", "entreprise": {"nom": "Magasin  Test"}},
        {"intitule": "Stage assistant comptable (H/F)", "entreprise": {"nom": "Cabinet"}},
        {"intitule": "Serveur (H/F)", "entreprise": {}},
        {"intitule": "Known Title", "entreprise": {"nom": "Cabinet"}},
    ]
    fr_path = _saved(tmp_path / "fr" / france.files[0], json.dumps({"resultats": offers}))
    posts = [
        {
            "title": "Operador/a de Cámara (TVPC 1/26) - Televisión Pública de C[...]",
            "company": "Rtvc",
        },
        {"title": "Dependiente/a de Tienda", "company": "Tienda"},
    ]
    es_path = _saved(tmp_path / "es" / tenerife.files[0], json.dumps(posts))
    vagas = [
        {"titulo": "Técnico de Segurança do Trabalho I", "empresa": "Empresa confidencial"},
        {"titulo": "Estagiário(a) Técnico de Segurança", "empresa": "Acme"},
        {"titulo": "BANCO DE TALENTOS - TECNICO DE SEGURANCA", "empresa": "Acme"},
        {"titulo": "Técnico de Segurança do Trabalho II", "empresa": "Acme"},
    ]
    br_path = _saved(tmp_path / "br" / safety.files[0], json.dumps({"vagas": vagas}))
    groups = [
        ("kr-work24", build_market_al.read(work24, csv_path)),
        ("fr-francetravail", build_market_al.read(france, fr_path)),
        ("es-tenerife", build_market_al.read(tenerife, es_path)),
        ("br-sst", build_market_al.read(safety, br_path)),
    ]
    rows = build_market_al.candidates(groups, {"known title"})
    assert len([r for r in rows if r[1] == "(주)예시"]) == build_market_al.PER_EMPLOYER
    assert all(r[0].startswith("바리스타 모집") for r in rows if r[1] == "(주)예시")
    others = [(r[0], r[1]) for r in rows if r[1] != "(주)예시"]
    assert others == [
        ("Vendeur (H/F)", "Magasin Test"),
        ("Dependiente/a de Tienda", "Tienda"),
        ("Técnico de Segurança do Trabalho II", "Acme"),
    ]
    assert rows[0][2] == f"kr-work24:data/raw/job_information.csv@{work24.commit[:8]}"
    with pytest.raises(ValueError):
        build_market_al.read(work24, _saved(tmp_path / "x" / work24.files[0], "a,b\n"))
    with pytest.raises(ValueError):
        build_market_al.read(france, _saved(tmp_path / "y" / france.files[1], "[]"))


build_market_ao = _module("build_market_ao")


def test_market_ao_is_egypts_analysts_of_every_function_and_ai_postings() -> None:
    # The table test checks what every held-out corpus shows; here what market_ao adds.
    rows = _rows("market_ao.tsv")
    titles = [r["title"] for r in rows]
    assert build_market_ao.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_ao.DRAWN_BEFORE[-1] == "market_an.tsv"
    assert "market_an.tsv" in build_market_ao.corpora()
    drawn = {build_market_ao.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_ao.NO_EMPLOYER and len(drawn) >= 150
    assert not [t for t in titles if build_market_ao.SCREEN.intern.search(t)]
    # The 2024 save is the analysts of every function: the non-technical ones outnumber
    # the data analysts; the 2026 save is mostly engineering, data and AI.
    by_source: dict[str, Counter[str]] = {}
    for r in rows:
        by_source.setdefault(r["source"].partition(":")[0], Counter())[r["role"]] += 1
    analysts = [r for r in rows if "analys" in r["title"].casefold()]
    data = sum(1 for r in analysts if r["role"] == "data-analyst")
    assert len(analysts) >= 60 and data < len(analysts) - data
    ai = by_source["eg-wuzzuf-2026"]
    assert ai["ai-engineer"] + ai["data-engineer"] + ai["ml-engineer"] >= 10
    _check_unnamed_repositories("market_ao", build_market_ao, frozenset())


def test_market_ao_builder_reads_csv_and_skips_interns_and_anonymous(tmp_path: Path) -> None:
    by_tag = build_market_ao.BY_TAG
    old = "Job Title,Company Name,Job Location\n" + "\n".join(
        [
            *(f"Credit Analyst {n},Misr Leasing,Cairo" for n in range(8)),
            "Data Analyst Intern,Misr Leasing,Cairo",
            "Data Analyst – Graduate Training Program,Other Co,Cairo",
            "Data Analyst,Confidential ,Giza",
        ]
    )
    a = _saved(tmp_path / "a" / "wuzzuf_jobs.csv", old)
    new = _saved(tmp_path / "b" / "wuzzuf_jobs.csv", "Job_Title,Company\nAI Engineer,Nile AI -\n")
    groups = [
        ("eg-wuzzuf-2024", build_market_ao.read(by_tag["eg-wuzzuf-2024"], a, "")),
        ("eg-wuzzuf-2026", build_market_ao.read(by_tag["eg-wuzzuf-2026"], new, "")),
    ]
    out = build_market_ao.candidates(groups, set())
    assert len([r for r in out if r[1] == "Misr Leasing"]) == 6
    assert out[-1][:2] == ["AI Engineer", "Nile AI -"]
    assert not [r for r in out if "Intern" in r[0] or "Training" in r[0] or "Confidential" in r[1]]


build_market_ap = _module("build_market_ap")


def test_market_ap_is_vietnams_whole_national_board_scored_once() -> None:
    # The table test checks what every held-out corpus shows; here what market_ap adds.
    rows = _rows("market_ap.tsv")
    titles = [r["title"] for r in rows]
    assert build_market_ap.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_ap.DRAWN_BEFORE[-1] == "market_an.tsv"
    drawn = {build_market_ap.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_ap.NO_EMPLOYER and len(drawn) >= 250
    assert not [t for t in titles if build_market_ap.SCREEN.intern.search(t)]
    assert not [r for r in rows if "Pro Company" in r["source"]]
    # The whole national market: no role over half, the three non-tech roles each over 60,
    # and every row glossed or named as English.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.5 * len(rows)
    assert min(roles[r] for r in ("operations", "sales-marketing", "other")) >= 60
    assert all(r["note"].startswith(("Vietnamese", "English")) for r in rows)
    assert sum(r["note"].startswith("Vietnamese") for r in rows) >= 0.75 * len(rows)
    # Scored once: named by the accuracy runner and the role model's trainer.
    root = BENCH.parent.parent
    for path in (BENCH / "accuracy.py", root / "tools" / "train_role_model.py"):
        assert "market_ap" in path.read_text(encoding="utf-8"), path
    _check_unnamed_repositories("market_ap", build_market_ap, frozenset())


def test_market_ap_builder_reads_a_folder_of_postings_caps_and_skips_interns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = build_market_ap.BY_TAG["vn-topcv"]
    folder = tmp_path / "in" / "raw_data"
    posts = [
        {"company_name": "Công Ty Ví Dụ\nPro Company", "title": f"Nhân Viên  Kho {n}"}
        for n in range(8)
    ]
    posts += [
        {"company_name": "Công Ty Mới", "title": "Thực Tập Sinh Kế Toán"},
        {"company_name": "Công Ty Mới", "title": "Sales Intern"},
        {"company_name": "Công Ty Mới", "title": "Nhân Viên Học Việc Cơ Khí"},
        {"company_name": "", "title": "Kế Toán Tổng Hợp"},
        {"company_name": "Công Ty Mới", "title": "Known Title"},
        {"company_name": "Công Ty Mới", "title": "Kỹ Sư Cầu Đường"},
    ]
    for n, post in enumerate(posts):
        _saved(folder / f"{1000 + n}.json", json.dumps(post, ensure_ascii=False))
    rows = build_market_ap.read(source, folder)
    assert len(rows) == len(posts) and rows[0][0] == "Công Ty Ví Dụ"
    assert rows[0][2] == f"vn-topcv:raw_data/1000.json@{source.commit[:8]}"
    out = build_market_ap.candidates([("vn-topcv", rows)], {"known title"})
    kept = [r for r in out if r[1] == "Công Ty Ví Dụ"]
    assert len(kept) == build_market_ap.PER_EMPLOYER
    assert all(r[0].startswith("Nhân Viên Kho ") for r in kept)
    assert [r[0] for r in out if r[1] != "Công Ty Ví Dụ"] == ["Kỹ Sư Cầu Đường"]
    monkeypatch.setattr(build_market_ap.BUILDER, "known", lambda: set())
    assert build_market_ap.main(["--file", f"vn-topcv={folder}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 8
    _saved(tmp_path / "bad" / "raw_data" / "1.json", "[]")
    _check_rejected(
        build_market_ap,
        capsys,
        ["--file", f"vn-topcv={tmp_path / 'bad' / 'raw_data'}"],
        ["--file", f"vn-topcv={folder}@{'0' * 40}"],
        ["--file", f"vn-topcv={tmp_path / 'elsewhere'}"],
        ["--file", f"nowhere={folder}"],
    )


build_market_ar = _module("build_market_ar")


def test_market_ar_is_unscored_whole_market_of_tunisia_and_a_us_japanese_save() -> None:
    # The table test checks what every held-out corpus shows; here what market_ar adds.
    rows = _rows("market_ar.tsv")
    titles = [r["title"] for r in rows]
    assert build_market_ar.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_ar.DRAWN_BEFORE[-1] == "market_ap.tsv"
    assert {"market_am.tsv", "market_an.tsv", "market_ap.tsv"} <= set(build_market_ar.corpora())
    drawn = {build_market_ar.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_ar.NO_EMPLOYER and len(drawn) >= 250
    assert not [t for t in titles if build_market_ar.SCREEN.intern.search(t)]
    assert not {t.casefold() for t in titles} & build_market_ar.NON_TITLES
    # Tunisia's whole market (no role over half, every big function present), the US save
    # of every function; every French and German title glossed, every row noted.
    by_source: dict[str, Counter[str]] = {}
    for r in rows:
        by_source.setdefault(r["source"].partition(":")[0], Counter())[r["role"]] += 1
    for roles in by_source.values():
        assert max(roles.values()) < 0.5 * sum(roles.values())
        assert min(roles[r] for r in ("operations", "sales-marketing", "other")) >= 25
    glossed = [r for r in rows if r["note"].startswith(("French", "German"))]
    assert len(glossed) >= 180 and all(r["note"] for r in rows)
    # Scored once, with the fourteenth session's final code, then named by the accuracy
    # runner and trained on.
    root = BENCH.parent.parent
    assert '"market-ar"' in (BENCH / "accuracy.py").read_text(encoding="utf-8")
    trainer = (root / "tools" / "train_role_model.py").read_text(encoding="utf-8")
    assert '"market_ar.tsv"' in trainer
    _check_unnamed_repositories("market_ar", build_market_ar, frozenset())


def test_market_ar_builder_reads_csv_and_skips_anonymous_placements_and_calls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_ar.BY_TAG
    head = "id,title,company,city,region,contract,skills,salary,source,url,posted_at,scraped_at"
    tn_rows = [
        f"{n},Clinique Exemple recrute  Infirmier {n},Clinique Exemple,Sousse" for n in range(8)
    ]
    tn_rows += [
        "20,Stage PFE Développeur Python,Startup TN,Tunis",
        "21,Comptable,Entreprise Anonyme,Tunis",
        "22,Technicien de maintenance,,Sfax",
        "23,Hôtel Exemple recrute :Plusieurs Profils,Hôtel Exemple,Hammamet",
        "24,Hôtel Exemple recrute des Collaborateurs,Hôtel Exemple,Hammamet",
        "25,Vous parlez allemand ? Rejoignez-nous,Centre Appels,Tunis",
        "26,Offre d’emploi – Boulangerie,Boulangerie Exemple,Sfax",
        "27,Known Title,Centre Appels,Tunis",
        "28,Centre Appels stellt Kundenberater/innen ein!,Centre Appels,Tunis",
        "29,Hôtel Exemple recrute Réceptionniste,Hôtel Exemple,Hammamet",
    ]
    tn = _saved(
        tmp_path / "tn" / "jobs_cleaned.csv",
        "\ufeff" + "\n".join([head, *(r + ",,,,,farojob,,,2026-03-17" for r in tn_rows)]),
    )
    us_head = "title,company,location,job_type,date_posted,site,description"
    us_rows = [
        "Japanese Interpreter,Language Co,US,fulltime,2026-03-01,indeed,Interpret.",
        "Japanese Language Intern,Language Co,US,internship,2026-03-01,linkedin,Learn.",
        "Server,,US,parttime,2026-03-01,indeed,Serve.",
        'Sales Associate (Bilingual English and Japanese),Shop Co,US,,,linkedin,"Sell, help."',
    ]
    us = _saved(tmp_path / "us" / "japanese-jobs.csv", "\n".join([us_head, *us_rows]))
    groups = [
        ("tn-boards", build_market_ar.read_csv(by_tag["tn-boards"], tn)),
        ("us-japanese", build_market_ar.read_csv(by_tag["us-japanese"], us)),
    ]
    rows = build_market_ar.candidates(groups, {"known title"})
    nurses = [r for r in rows if r[1] == "Clinique Exemple"]
    assert len(nurses) == build_market_ar.PER_EMPLOYER
    assert all(r[0].startswith("Clinique Exemple recrute Infirmier ") for r in nurses)
    assert sorted(r[0] for r in rows if r[1] != "Clinique Exemple") == [
        "Centre Appels stellt Kundenberater/innen ein!",
        "Hôtel Exemple recrute Réceptionniste",
        "Japanese Interpreter",
        "Sales Associate (Bilingual English and Japanese)",
    ]
    commit = by_tag["us-japanese"].commit[:8]
    assert {r[2] for r in rows if r[1] == "Language Co"} == {
        f"us-japanese:data/japanese-jobs.csv@{commit}"
    }
    monkeypatch.setattr(build_market_ar.BUILDER, "known", lambda: set())
    assert build_market_ar.main(["--file", f"us-japanese={us}"]) == 0
    assert sorted(capsys.readouterr().out.splitlines()) == [
        f"Japanese Interpreter\tLanguage Co\tus-japanese:data/japanese-jobs.csv@{commit}",
        "Sales Associate (Bilingual English and Japanese)\tShop Co\t"
        f"us-japanese:data/japanese-jobs.csv@{commit}",
    ]
    no_title = _saved(tmp_path / "bad" / "jobs_cleaned.csv", "id,name,company\n1,x,y\n")
    _check_rejected(
        build_market_ar,
        capsys,
        ["--file", f"tn-boards={tmp_path / 'tn' / 'listing.csv'}"],
        ["--file", f"us-japanese={us}@{'0' * 40}"],
        ["--file", f"tn-boards={no_title}"],
        ["--file", f"tn-boards={tmp_path / 'missing' / 'jobs_cleaned.csv'}"],
        ["--file", f"nowhere={us}"],
    )


build_market_aq = _module("build_market_aq")


def test_market_aq_is_unscored_and_drawn_after_every_earlier_market() -> None:
    # The table test checks what every held-out corpus shows; here what market_aq adds.
    rows = _rows("market_aq.tsv")
    titles = [r["title"] for r in rows]
    assert build_market_aq.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_aq.DRAWN_BEFORE[-1] == "market_ap.tsv"
    assert "market_ap.tsv" in build_market_aq.corpora()
    drawn = {build_market_aq.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_aq.NO_EMPLOYER and len(drawn) >= 250
    # Nor an employer of market_as, built at the same time and trained on once merged.
    assert not drawn & build_market_aq.BUILT_ALONGSIDE
    assert not [t for t in titles if build_market_aq.SCREEN.intern.search(t)]
    assert not {t.casefold() for t in titles} & build_market_aq.NON_TITLES
    assert not [t for t in titles if build_market_aq.CALLS.search(t)]
    # Every function (no role over half); the ATS boards mostly tech, the US Indeed save
    # mostly not; every Dutch, French and Portuguese title glossed.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.5 * len(rows) and len(roles) >= 10
    non_tech = ("operations", "sales-marketing", "other", "designer")
    for tag, tech_share in (("ats-radar", 0.6), ("us-indeed", 0.0)):
        mine = [r["role"] for r in rows if r["source"].startswith(f"{tag}:")]
        tech = sum(role not in non_tech for role in mine)
        assert mine and (tech > tech_share * len(mine) if tech_share else tech < 0.1 * len(mine))
    dutch = [r for r in rows if r["source"].startswith("nl-ggz:")]
    assert dutch and all(r["note"].startswith("Dutch") for r in dutch)
    glossed = [r for r in rows if r["note"].startswith(("French", "Portuguese"))]
    assert len(glossed) >= 2
    # Scored once, with the fourteenth session's final code, then named by the accuracy
    # runner and trained on.
    root = BENCH.parent.parent
    assert '"market-aq"' in (BENCH / "accuracy.py").read_text(encoding="utf-8")
    trainer = (root / "tools" / "train_role_model.py").read_text(encoding="utf-8")
    assert '"market_aq.tsv"' in trainer
    _check_unnamed_repositories("market_aq", build_market_aq, frozenset())


def test_market_aq_builder_reads_csv_json_and_an_unnamed_feed_employer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_aq.BY_TAG
    us = tmp_path / "us" / "indeed_jobs.csv"
    us.parent.mkdir()
    lines = ["Title,Company,Location,Skills,Salary,Description,Apply Link"]
    lines += [f"Field  Technician {n},Acme Farms,X,,,," for n in range(8)]
    lines += ["Summer Intern,Newco,X,,,,", "Known Title,Newco,X,,,,", "Analyst,Jobs via Dice,X,,,,"]
    us.write_text("\n".join(lines) + "\n", encoding="utf-8")
    nl = tmp_path / "nl" / "jobs_feed.csv"
    nl.parent.mkdir()
    feed = ["Job ID,Location ID,Title,Final URL"]
    feed += ["a1,X,Hbo-verpleegkundige,u", "a2,X,Leerling verpleegkundige BBL,u"]
    nl.write_text("\n".join(feed) + "\n", encoding="utf-8")
    ng = tmp_path / "ng" / "yesterday_jobs.json"
    ng.parent.mkdir()
    ng.write_text(json.dumps([{"title": "Software Engineer II", "company": "Newco"}]))
    groups = [
        ("us-indeed", build_market_aq.read(by_tag["us-indeed"], us)),
        ("us-newgrad", build_market_aq.read(by_tag["us-newgrad"], ng)),
        ("nl-ggz", build_market_aq.read(by_tag["nl-ggz"], nl)),
    ]
    rows = build_market_aq.candidates(groups, {"known title"})
    techs = [r for r in rows if r[1] == "Acme Farms"]
    assert len(techs) == build_market_aq.PER_EMPLOYER
    assert all("  " not in r[0] for r in techs)
    assert rows[len(techs)][:2] == ["Software Engineer II", "Newco"]
    assert rows[-1][:2] == ["Hbo-verpleegkundige", "GGZ inGeest"]
    assert rows[-1][2] == "nl-ggz:jobs_feed.csv@e4907d98"
    assert not [r for r in rows if r[0] in ("Summer Intern", "Known Title", "Analyst")]
    monkeypatch.setattr(build_market_aq.BUILDER, "known", lambda: set())
    assert build_market_aq.main(["--file", f"nl-ggz={nl}"]) == 0
    assert "Hbo-verpleegkundige\tGGZ inGeest" in capsys.readouterr().out


def test_market_aq_builder_reads_the_radars_parquet_table(tmp_path: Path) -> None:
    # pyarrow is no dependency of the project: only a rebuild of the candidates needs it.
    pyarrow = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "part.parquet"
    table = pyarrow.table(
        {"company": ["acme-ai", "acme-ai"], "title": ["Staff  ML Engineer", "Forward Deployed"]}
    )
    parquet.write_table(table, path)
    rows = build_market_aq.read(build_market_aq.BY_TAG["ats-radar"], path)
    key = "ats-radar:data/jobs/dt=2026-07-18/part.parquet@7ce076a2"
    assert rows == [("acme-ai", "Staff  ML Engineer", key), ("acme-ai", "Forward Deployed", key)]


build_market_as = _module("build_market_as")


def test_market_as_is_whole_boards_of_deep_tech_and_other_employers_scored_once() -> None:
    # The table test checks what every held-out corpus shows; here what market_as adds.
    rows = _rows("market_as.tsv")
    assert build_market_as.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_as.DRAWN_BEFORE[-1] == "market_ap.tsv"
    drawn = {build_market_as.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_as.NO_EMPLOYER and len(drawn) >= 200
    # The focus: physical engineering and lab science of the engineering category are
    # `other`, next to its software roles; no role over 40% of the corpus.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.4 * len(rows)
    tech = Counter(r["role"] for r in rows if "data/tech.json" in r["source"])
    assert tech["other"] >= 50 and tech["software-engineer"] >= 50
    assert sum(1 for r in rows if r["note"].startswith("German")) >= 25
    # Scored once: named by the accuracy runner and the role model's trainer.
    root = BENCH.parent.parent
    for path in (BENCH / "accuracy.py", root / "tools" / "train_role_model.py"):
        assert "market_as" in path.read_text(encoding="utf-8"), path
    assert set(build_market_as.WINDOWS) == set(build_market_as.SOURCES[0].paths)
    _check_unnamed_repositories("market_as", build_market_as, frozenset())


def test_market_as_builder_reads_windows_caps_employers_and_skips_training_places(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stored file's windows: a posting whose title and employer lie whole in a window
    # is read, once per distinct pair; one cut at a window's edge is not.
    posts = [{"t": f"Valve  Fitter {n}", "s": "Acme Fusion", "u": "x" * 40} for n in range(8)]
    posts += [
        {"t": "Valve  Fitter 0", "s": "Acme Fusion", "u": "again"},
        {"t": "Werkstudent:in Labor", "s": "Newco", "u": "y"},
        {"t": "Dual Studierende (m/w/d)", "s": "Newco", "u": "y"},
        {"t": "Speculative Application", "s": "Newco", "u": "y"},
        {"t": "Known Title", "s": "Newco", "u": "y"},
        {"t": 'Cryostat "Cold" Technician', "s": "Newco", "u": "y"},
    ]
    text = json.dumps(posts, ensure_ascii=False, separators=(",", ":"))
    window = build_market_as.WINDOW
    assert len(text) < window
    read = build_market_as.window_postings(text, (0,))
    assert len(read) == len(posts) - 1 and read[0] == {"t": "Valve  Fitter 0", "s": "Acme Fusion"}
    assert read[-1]["t"] == 'Cryostat "Cold" Technician'
    cut = build_market_as.window_postings(" " * (window - 20) + text, (0, window))
    assert cut and cut[0]["t"] == "Valve  Fitter 1"
    # The saved input (the windows' postings as the site's JSON), drawn with the screen.
    source = build_market_as.BY_TAG["vc-boards"]
    saved = _saved(tmp_path / "in" / "tech.json", json.dumps(read, ensure_ascii=False))
    rows = build_market_as.read(source, saved)
    assert rows[0] == (
        "Acme Fusion",
        "Valve  Fitter 0",
        f"vc-boards:data/tech.json@{source.commit[:8]}",
    )
    out = build_market_as.candidates([("vc-boards", rows)], {"known title"})
    kept = [r for r in out if r[1] == "Acme Fusion"]
    assert len(kept) == build_market_as.PER_EMPLOYER
    assert all(r[0].startswith("Valve Fitter ") for r in kept)
    assert [r[0] for r in out if r[1] == "Newco"] == ['Cryostat "Cold" Technician']
    monkeypatch.setattr(build_market_as.BUILDER, "known", lambda: set())
    assert build_market_as.main(["--file", f"vc-boards={saved}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 8
    _check_rejected(
        build_market_as,
        capsys,
        ["--file", f"vc-boards={_saved(tmp_path / 'bad' / 'tech.json', '{}')}"],
        ["--file", f"vc-boards={saved}@{'0' * 40}"],
        ["--file", f"vc-boards={tmp_path / 'elsewhere' / 'jobs.json'}"],
        ["--file", f"nowhere={saved}"],
    )


build_market_at = _module("build_market_at")


def test_market_at_is_a_national_boards_whole_market_scored_once() -> None:
    # The table test checks what every held-out corpus shows; here what market_at adds.
    rows = _rows("market_at.tsv")
    assert build_market_at.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_at.DRAWN_BEFORE[-1] == "market_as.tsv"
    drawn = {build_market_at.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_at.NO_EMPLOYER and len(drawn) >= 300
    # The focus: front-line, office and IT-service work of every function, no role over a
    # third; the New Zealand saves mostly not tech, the Australian ICT save mostly tech.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < len(rows) / 3
    assert min(roles[r] for r in ("operations", "other", "sales-marketing")) >= 30
    non_tech = ("operations", "sales-marketing", "other")
    for tag, tech_share in (("nz-2025", 0.0), ("au-ict", 0.6)):
        mine = [r["role"] for r in rows if r["source"].startswith(f"{tag}:")]
        tech = sum(role not in non_tech for role in mine)
        assert mine and (tech > tech_share * len(mine) if tech_share else tech == 0)
    # Scored once: named by the accuracy runner and the role model's trainer.
    root = BENCH.parent.parent
    for path in (BENCH / "accuracy.py", root / "tools" / "train_role_model.py"):
        assert "market_at" in path.read_text(encoding="utf-8"), path
    _check_unnamed_repositories("market_at", build_market_at, frozenset())


def test_market_at_builder_reads_headed_and_headerless_csv_caps_employers_and_skips_trainees(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_at.BY_TAG
    header = "title,company,description,link,listedOn,email,phone,city,region,salary,runDate"
    lines = [header] + [f"Pick  Packer {n},Acme Freight,x,u,,,,,,," for n in range(5)]
    lines += [
        "Trainee Customs Officers,Newco,x,u,,,,,,,",
        "Papua New Guinea,Volunteer Agency,x,u,,,,,,,",
        "Office Administrator,Private Advertiser,x,u,,,,,,,",
        "Known Title,Newco,x,u,,,,,,,",
        '"Store Manager, Rotorua",Newco,x,u,,,,,,,',
    ]
    nz = _saved(tmp_path / "nz" / "jobs.csv", "\n".join(lines) + "\n")
    daily = ["Service Desk Analyst,Acme IT,teaser,u", "Cadet Network Engineer,Acme IT,t,u"]
    daily += ["Cloud Engineer,Acme IT,t,u", "broken row"]
    au = _saved(tmp_path / "au" / "jobsA_06082024.csv", "\n".join(daily) + "\n")
    groups = [
        ("nz-2024", build_market_at.read(by_tag["nz-2024"], nz)),
        ("au-ict", build_market_at.read(by_tag["au-ict"], au)),
    ]
    commit = by_tag["au-ict"].commit[:8]
    assert groups[1][1] == [
        ("Acme IT", "Service Desk Analyst", f"au-ict:dailies/jobsA_06082024.csv@{commit}"),
        ("Acme IT", "Cadet Network Engineer", f"au-ict:dailies/jobsA_06082024.csv@{commit}"),
        ("Acme IT", "Cloud Engineer", f"au-ict:dailies/jobsA_06082024.csv@{commit}"),
    ]
    rows = build_market_at.candidates(groups, {"known title"})
    packers = [r for r in rows if r[1] == "Acme Freight"]
    assert len(packers) == by_tag["nz-2024"].per_employer
    assert all(r[0].startswith("Pick Packer ") for r in packers)
    assert [r[0] for r in rows if r[1] == "Newco"] == ["Store Manager, Rotorua"]
    assert sorted(r[0] for r in rows if r[1] == "Acme IT") == [
        "Cloud Engineer",
        "Service Desk Analyst",
    ]
    assert rows[-1][2].startswith("au-ict:dailies/jobsA_06082024.csv@")
    monkeypatch.setattr(build_market_at.BUILDER, "known", lambda: set())
    assert build_market_at.main(["--file", f"au-ict={au}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    no_title = _saved(tmp_path / "bad" / "jobs.csv", "name,company\nx,y\n")
    _check_rejected(
        build_market_at,
        capsys,
        ["--file", f"nz-2024={no_title}"],
        ["--file", f"au-ict={au}@{'0' * 40}"],
        ["--file", f"nz-2025={tmp_path / 'elsewhere' / 'jobs.csv'}"],
        ["--file", f"nowhere={au}"],
    )


build_market_au = _module("build_market_au")


def test_market_au_is_unscored_science_and_engineering_drawn_after_market_at() -> None:
    # The table test checks what every held-out corpus shows; here what market_au adds.
    rows = _rows("market_au.tsv")
    assert build_market_au.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_au.DRAWN_BEFORE[-1] == "market_at.tsv"
    drawn = {build_market_au.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_au.NO_EMPLOYER and len(drawn) >= 250
    # The focus: lab science and physical engineering beside the same employers'
    # computational roles; no role over two thirds, and the science watcher's
    # bioinformatics and computational biology give the data scientists.
    roles = Counter(r["role"] for r in rows)
    assert roles["other"] < 2 / 3 * len(rows) and roles["data-scientist"] >= 80
    assert roles["research-scientist"] >= 20 and len(roles) >= 10
    for tag in ("rf-watch", "hw-watch"):
        mine = [r["role"] for r in rows if r["source"].startswith(f"{tag}:")]
        assert mine and sum(role == "other" for role in mine) > 0.8 * len(mine)
    # Each row names the transcribed file of its source, and each transcription holds it.
    folder = BENCH / "data" / "market_au_transcribed"
    for source in build_market_au.SOURCES:
        saved = folder / source.tag / "jobs_history.csv"
        held = {(r["company"], " ".join(r["title"].split())) for r in _csv_rows(saved)}
        mine = [r for r in rows if r["source"].startswith(f"{source.tag}:")]
        assert mine and all((r["source"].partition("|")[2], r["title"]) in held for r in mine), (
            source.tag
        )
    # Scored once as the fifteenth session's final measure, then named and trained on.
    root = BENCH.parent.parent
    for path in (BENCH / "accuracy.py", root / "tools" / "train_role_model.py"):
        assert "market_au" in path.read_text(encoding="utf-8"), path
    _check_unnamed_repositories("market_au", build_market_au, frozenset())


def _csv_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file with a header."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_market_au_builder_reads_transcriptions_caps_employers_and_skips_co_ops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_au.BY_TAG
    lines = ["company,title"] + [f"Acme Bio,Bioinformatics  Scientist {n}" for n in range(8)]
    lines += [
        "Acme Bio,Protein Engineering Co-Op",
        "Newco,Summer Internship - Antibody Discovery",
        "nan,Plant Utilities Assistant",
        "US,Senior Computational Biologist",
        "Newco,Known Title",
        '"Newco, Inc.","Scientist II, Protein Design"',
    ]
    bio = _saved(tmp_path / "bio" / "jobs_history.csv", "\n".join(lines) + "\n")
    rf = ["company,title", "GAP Solutions Inc,RF Engineer II", "Gap Solutions,Antenna Engineer"]
    rf += [f"Gap Solutions,Radar Systems Engineer {n}" for n in range(6)]
    rf += ["Raytheon,Radar Analyst"]  # an employer of an earlier held-out corpus
    rf_file = _saved(tmp_path / "rf" / "jobs_history.csv", "\n".join(rf) + "\n")
    commit = by_tag["bio-watch"].commit[:8]
    groups = [
        ("bio-watch", build_market_au.read(by_tag["bio-watch"], bio)),
        ("rf-watch", build_market_au.read(by_tag["rf-watch"], rf_file)),
    ]
    assert groups[0][1][0] == (
        "Acme Bio",
        "Bioinformatics  Scientist 0",
        f"bio-watch:data/jobs_history.csv@{commit}",
    )
    rows = build_market_au.candidates(groups, {"known title"})
    acme = [r for r in rows if r[1] == "Acme Bio"]
    assert len(acme) == build_market_au.PER_EMPLOYER
    assert all(r[0].startswith("Bioinformatics Scientist ") for r in acme)
    assert [r[0] for r in rows if r[1] == "Newco, Inc."] == ["Scientist II, Protein Design"]
    assert not [r for r in rows if r[1] in ("nan", "US", "Newco")]
    # Gap Solutions' two spellings count as one employer; Raytheon (RTX) was drawn before.
    assert "rtx" in build_market_au.drawn_before()
    drawn_rf = [r for r in rows if r[2].startswith("rf-watch:")]
    assert len(drawn_rf) == build_market_au.PER_EMPLOYER
    assert not [r for r in drawn_rf if r[1] == "Raytheon"]
    monkeypatch.setattr(build_market_au.BUILDER, "known", lambda: set())
    assert build_market_au.main(["--file", f"rf-watch={rf_file}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == build_market_au.PER_EMPLOYER
    no_title = _saved(tmp_path / "bad" / "jobs_history.csv", "name,company\nx,y\n")
    _check_rejected(
        build_market_au,
        capsys,
        ["--file", f"bio-watch={no_title}"],
        ["--file", f"rf-watch={rf_file}@{'0' * 40}"],
        ["--file", f"hw-watch={tmp_path / 'elsewhere' / 'jobs.csv'}"],
        ["--file", f"nowhere={bio}"],
    )


build_market_av = _module("build_market_av")


def test_market_av_is_unscored_search_results_on_and_off_target() -> None:
    # The table test checks what every held-out corpus shows; here what market_av adds.
    rows = _rows("market_av.tsv")
    titles = [r["title"] for r in rows]
    assert build_market_av.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_av.DRAWN_BEFORE[-1] == "market_at.tsv"
    assert "market_at.tsv" in build_market_av.corpora()
    drawn = {build_market_av.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_av.NO_EMPLOYER and len(drawn) >= 300
    assert not drawn & build_market_av.drawn_before()
    assert not [t for t in titles if build_market_av.SCREEN.intern.search(t)]
    assert not {t.casefold() for t in titles} & build_market_av.NON_TITLES
    # Search results: the target roles and the postings that only mention the query's
    # words; the German searches most off target, the French "data engineer" ones least.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < 0.3 * len(rows) and len(roles) >= 14
    non_tech = ("operations", "sales-marketing", "other")
    assert sum(roles[r] for r in non_tech) >= 0.15 * len(rows)
    for tag, least, most in (("de-stepstone-1104", 0.25, 0.6), ("fr-adzuna", 0.0, 0.1)):
        mine = [r["role"] for r in rows if r["source"].startswith(f"{tag}:")]
        off = sum(role in non_tech for role in mine)
        assert mine and least * len(mine) <= off <= most * len(mine), tag
    # Scored once as the fifteenth session's final measure, then named and trained on.
    root = BENCH.parent.parent
    for path in (BENCH / "accuracy.py", root / "tools" / "train_role_model.py"):
        assert "market_av" in path.read_text(encoding="utf-8"), path
    assert "scored once" in (BENCH / "data" / "market_av.md").read_text(encoding="utf-8")
    # Every repository, commit and file in the document; no other document names an owner
    # or a full name; a bare name elsewhere only where market_u reads another owner's
    # repository of that name (michaeldinhmai/job-agent, named in its tags too).
    doc = (BENCH / "data" / "market_av.md").read_text(encoding="utf-8")
    earlier = _other_docs("market_av.md")
    for source in build_market_av.SOURCES:
        assert source.repo in doc and source.commit in doc, source.tag
        assert all(path in doc for path in source.paths), source.tag
        owner, _, repo_name = source.repo.casefold().partition("/")
        assert not _names(earlier, owner) and not _names(earlier, source.repo.casefold())
        if repo_name == "job-agent":
            assert _names(earlier, "michaeldinhmai/job-agent")
            assert not _names(_other_docs("market_av.md", {"market_u.md"}), repo_name)
        else:
            assert not _names(earlier, repo_name), source.repo


def test_market_av_builder_reads_each_saved_form_caps_employers_and_skips_training_places(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_av.BY_TAG
    # A job agent's JSON list (invented postings).
    posts = [{"title": f"Python  Entwickler {n} (m/w/d)", "company": "Acme"} for n in range(4)]
    posts += [
        {"title": "Werkstudent Data Analytics (m/w/d)", "company": "Newco"},
        {"title": "Duales Studium Informatik 2026", "company": "Newco"},
        {"title": "Known Title", "company": "Newco"},
        {"title": "Elektroniker (m/w/d)", "company": ""},
        {"title": "Controller (m/w/d)", "company": "Newco"},
    ]
    de = _saved(tmp_path / "de" / "analysis_summary.json", json.dumps(posts))
    # A French save: a blank first line, the employer in a printed dictionary.
    fr_lines = ["", "title,company,contract_type,publication_date"]
    fr_lines += [
        "Data Engineer H/F,\"{'name': 'ACME', 'sector': None}\",CDI,2024-02-01",
        "Stage Data Engineer,\"{'name': 'ACME', 'sector': None}\",Stage,2024-02-01",
        'Data Engineer (F/H),"{\'name\': ""L\'Atelier"", \'sector\': None}",CDI,2024-01-05',
    ]
    fr = _saved(tmp_path / "fr" / "job_offers_adzuna.csv", "\n".join(fr_lines) + "\n")
    assert build_market_av.french_postings(fr.read_text(encoding="utf-8"))[2] == {
        "title": "Data Engineer (F/H)",
        "company": "L'Atelier",
    }
    # LinkedIn's cards (one employer unread: "not-found") and a daily Markdown report.
    es = "job_title,company_name\nAnalista de datos,Banco X\nBECA Data,Banco X\n"
    es += "Ingeniero/a de Datos,not-found\n"
    es_file = _saved(tmp_path / "es" / "linkedin_madrid_data_analyst.csv", es)
    report = "# Daily Job Matches\n\n## 1. AI Engineer @ Acme AI\n**Match Score:** 20%\n"
    report += "## 2. Data Scientist @ nan\n## 3. ML Engineer @ Acme AI\n"
    report += "## 4. MLOps Engineer @ Acme AI\nnot a heading @ Acme AI\n"
    md = _saved(tmp_path / "us" / "job_matches_2026-06-01.md", report)
    assert [t for _, t, _ in build_market_av.read(by_tag["us-indeed"], md)] == [
        "AI Engineer",
        "Data Scientist",
        "ML Engineer",
        "MLOps Engineer",
    ]
    groups = [
        ("de-stepstone-1104", build_market_av.read(by_tag["de-stepstone-1104"], de)),
        ("fr-adzuna", build_market_av.read(by_tag["fr-adzuna"], fr)),
        ("es-linkedin", build_market_av.read(by_tag["es-linkedin"], es_file)),
        ("us-indeed", build_market_av.read(by_tag["us-indeed"], md)),
    ]
    rows = build_market_av.candidates(groups, {"known title"})
    acme = [r for r in rows if r[1] == "Acme"]
    assert len(acme) == by_tag["de-stepstone-1104"].per_employer == 2
    assert all(r[0].startswith("Python Entwickler ") for r in acme)
    assert [r[0] for r in rows if r[1] == "Newco"] == ["Controller (m/w/d)"]
    assert sorted(r[0] for r in rows if r[1] in ("ACME", "L'Atelier")) == [
        "Data Engineer (F/H)",
        "Data Engineer H/F",
    ]
    assert [r[0] for r in rows if r[1] in ("Banco X", "not-found", "nan")] == ["Analista de datos"]
    assert len([r for r in rows if r[1] == "Acme AI"]) == 2
    assert rows[-1][2].startswith("us-indeed:daily_matches/job_matches_2026-06-01.md@")
    monkeypatch.setattr(build_market_av.BUILDER, "known", lambda: set())
    assert build_market_av.main(["--file", f"us-indeed={md}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    no_title = _saved(tmp_path / "bad" / "job_offers_wttj.csv", "name,company\nx,y\n")
    _check_rejected(
        build_market_av,
        capsys,
        ["--file", f"fr-wttj={no_title}"],
        ["--file", f"us-indeed={md}@{'0' * 40}"],
        ["--file", f"us-linkedin={tmp_path / 'elsewhere' / 'jobs.csv'}"],
        ["--file", f"nowhere={md}"],
    )


build_market_aw = _module("build_market_aw")


def test_market_aw_is_ai_labs_and_universities_whole_boards_scored_once() -> None:
    # The table test checks what every held-out corpus shows; here what market_aw adds.
    rows = _rows("market_aw.tsv")
    assert build_market_aw.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_aw.DRAWN_BEFORE[-1] == "market_at.tsv"
    drawn = {build_market_aw.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_aw.NO_EMPLOYER and len(drawn) >= 120
    # The crawler's slugs of employers drawn before are joined to their names, so left out.
    before = build_market_aw.drawn_before()
    assert set(build_market_aw.ALIASES.values()) <= before
    assert not {build_market_aw.employer(s) for s in ("perplexityai", "legora.com")} - before
    # The focus: AI-first boards with "AI" as a domain, research, infrastructure and
    # physical work beside them; the universities nearly all `other`; no role over a third.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < len(rows) / 3
    assert min(roles[r] for r in ("operations", "other", "sales-marketing")) >= 50
    ai = [r["role"] for r in rows if r["source"].startswith("ai-boards:")]
    assert len(ai) == build_market_aw.BY_TAG["ai-boards"].limit
    assert min(ai.count(r) for r in ("research-scientist", "ai-engineer", "other")) >= 5
    hk = [r["role"] for r in rows if r["source"].startswith("hk-universities:")]
    assert hk.count("other") > 0.75 * len(hk)
    # Scored once: named by the accuracy runner and the role model's trainer.
    root = BENCH.parent.parent
    for path in (BENCH / "accuracy.py", root / "tools" / "train_role_model.py"):
        assert "market_aw" in path.read_text(encoding="utf-8"), path
    # Every source's repository, commit and files are in the document; the owners and the
    # full names are named in no other document, nor the universities' board's bare name
    # (the crawler's bare name, "crawler", is a common word there).
    doc = (BENCH / "data" / "market_aw.md").read_text(encoding="utf-8")
    earlier = _other_docs("market_aw.md")
    for source in build_market_aw.SOURCES:
        assert source.repo in doc and source.commit in doc, source.tag
        assert all(path in doc for path in source.paths), source.tag
        owner, _, name = source.repo.casefold().partition("/")
        assert not _names(earlier, owner) and not _names(earlier, source.repo.casefold())
        assert name == "crawler" or not _names(earlier, name), source.repo


def test_market_aw_builder_reads_the_crawler_and_the_universities_caps_and_screens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_aw.BY_TAG
    header = "id,title,rank,university,university_full,department,deadline"
    lines = [header] + [f"U-{n},Lecturer  {n},Lecturer,U,Acme University,Dept,x" for n in range(9)]
    lines += [
        "U-20,PhD Student in Chemistry,Other,U,Acme University,Dept,x",
        "U-21,Known Title,Other,U,Newco University,Dept,x",
        'U-22,"Research Assistant I/II",Other,U,Newco University,Dept,x',
    ]
    hk = _saved(tmp_path / "hk" / "jobs.csv", "\n".join(lines) + "\n")
    posts = [{"company": "acme.ai", "title": f"Member of Technical Staff {n}"} for n in range(6)]
    posts += [
        {"company": "perplexityai", "title": "Research Engineer"},
        {"company": "newco", "title": "Spontaneous applications"},
        {"company": "newco", "title": "Software Engineering Intern"},
        {"company": "newco", "title": "AI Tutor - Chemistry"},
        {"company": "", "title": "Account Executive"},
        "not a posting",
    ]
    ai = _saved(tmp_path / "ai_jobs.json", json.dumps({"data": posts}))
    groups = [
        ("hk-universities", build_market_aw.read(by_tag["hk-universities"], hk)),
        ("ai-boards", build_market_aw.read(by_tag["ai-boards"], ai)),
    ]
    commit = by_tag["ai-boards"].commit[:8]
    assert groups[1][1][0] == (
        "acme.ai",
        "Member of Technical Staff 0",
        f"ai-boards:ai_jobs.json@{commit}",
    )
    rows = build_market_aw.candidates(groups, {"known title"})
    assert len([r for r in rows if r[1] == "Acme University"]) == build_market_aw.PER_EMPLOYER
    assert all(r[0].startswith("Lecturer ") for r in rows if r[1] == "Acme University")
    assert [r[0] for r in rows if r[1] == "Newco University"] == ["Research Assistant I/II"]
    assert len([r for r in rows if r[1] == "acme.ai"]) == by_tag["ai-boards"].per_employer
    assert [r[0] for r in rows if r[1] == "newco"] == ["AI Tutor - Chemistry"]
    assert not [r for r in rows if r[1] in ("perplexityai", "")]
    monkeypatch.setattr(build_market_aw.BUILDER, "known", lambda: set())
    assert build_market_aw.main(["--file", f"ai-boards={ai}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 5
    _check_rejected(
        build_market_aw,
        capsys,
        ["--file", f"ai-boards={_saved(tmp_path / 'bad' / 'ai_jobs.json', '[]')}"],
        ["--file", f"ai-boards={ai}@{'0' * 40}"],
        ["--file", f"hk-universities={tmp_path / 'elsewhere' / 'jobs.csv'}"],
        ["--file", f"nowhere={ai}"],
    )


build_market_ay = _module("build_market_ay")


def test_market_ay_is_scored_once_national_boards_search_results_in_their_languages() -> None:
    # The table test checks what every held-out corpus shows; here what market_ay adds.
    rows = _rows("market_ay.tsv")
    titles = [r["title"] for r in rows]
    assert build_market_ay.DRAWN_BEFORE[0] == "market_u.tsv"
    assert build_market_ay.DRAWN_BEFORE[-1] == "market_aw.tsv"
    assert "market_aw.tsv" in build_market_ay.corpora()
    drawn = {build_market_ay.employer(r["source"].partition("|")[2]) for r in rows}
    assert not drawn & build_market_ay.NO_EMPLOYER and len(drawn) >= 300
    assert not drawn & build_market_ay.drawn_before()
    assert not [t for t in titles if build_market_ay.SCREEN.intern.search(t)]
    # Search results of national boards: no role over a third, the ML and AI roles, the
    # analysts and the off-target results beside each other; the Vietnamese searches mostly
    # analysts, Wanted Korea's development categories mostly engineers.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < len(rows) / 3 and len(roles) >= 13
    assert sum(roles[r] for r in ("operations", "sales-marketing", "other")) >= 30
    by_tag: dict[str, Counter[str]] = {}
    for r in rows:
        by_tag.setdefault(r["source"].partition(":")[0], Counter())[r["role"]] += 1
    assert by_tag["vn-boards"]["data-analyst"] > 0.6 * sum(by_tag["vn-boards"].values())
    korea = by_tag["kr-wanted"]
    assert korea["software-engineer"] + korea["ml-engineer"] > 0.5 * sum(korea.values())
    assert sum(by_tag["in-naukri"].values()) == build_market_ay.BY_TAG["in-naukri"].limit
    # A third or more of the titles as posted in another language than English: Korean and
    # Vietnamese letters alone give over a quarter; every row is glossed or read.
    hangul = [t for t in titles if re.search(r"[\uac00-\ud7a3]", t)]
    vietnamese = [t for t in titles if re.search(r"[ăđơưạảấầậắặẹếềệịọốồộớờợụứừự]", t.lower())]
    assert len(hangul) + len(vietnamese) > 0.25 * len(rows)
    assert all(r["note"] for r in rows)
    # Scored once as the sixteenth session's first measure, then named and trained on.
    root = BENCH.parent.parent
    for path in (BENCH / "accuracy.py", root / "tools" / "train_role_model.py"):
        assert "market_ay" in path.read_text(encoding="utf-8"), path
    doc = (BENCH / "data" / "market_ay.md").read_text(encoding="utf-8")
    assert "**Scored once**" in doc
    # Every source's repository, commit and files are in the document; the owners and the
    # full names are named in no other document, nor the bare names but two, common words
    # there ("a job-scraping library"; "boss", the board's name: "BOSS Zhipin").
    earlier = _other_docs("market_ay.md")
    for source in build_market_ay.SOURCES:
        assert source.repo in doc and source.commit in doc, source.tag
        assert all(path in doc for path in source.paths), source.tag
        owner, _, name = source.repo.casefold().partition("/")
        assert not _names(earlier, owner) and not _names(earlier, source.repo.casefold())
        assert name in ("job-scraping", "boss") or not _names(earlier, name), source.repo


def test_market_ay_builder_reads_csv_and_the_tecnoempleo_table_caps_and_screens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_ay.BY_TAG
    # A Naukri save (invented): an index column first, a recruiter's described client.
    naukri = [",roles,companies,locations"]
    naukri += [f"{n},Data  Scientist {n},Acme Analytics,Pune" for n in range(5)]
    naukri += ["5,Data Scientist - Credit,Leading Client,Mumbai", "6,Known Title,Newco,Delhi"]
    naukri += ["7,Data Science Intern,Newco,Delhi", "8,Lead Data Scientist,Newco,Delhi"]
    nk = _saved(tmp_path / "in" / "DataScience_jobs.csv", "\n".join(naukri) + "\n")
    # A Tecnoempleo table (invented): tab-separated Windows-1252, places glued to employers.
    table = ["Categoría\tTítulo\tEmpresa\tUbicación"]
    table += [
        f"big-data\tIngeniero/a de datos {n}\t{place} Page Group\tX"
        for n, place in enumerate(("Logroño", "Presencial", "Zaragoza", "Bilbao", "Vigo"))
    ]
    table += ["ia\tCientífico de Datos\tPage Group\tX", "ia\tDesarrollador IA\tN/D\tX"]
    table += [
        "ia\tAnalista en privacidad\tPrivacidad En  Zentrix\tX",
        "ia\tPrácticas Data\tZentrix\tX",
    ]
    te = tmp_path / "es" / "tecnoempleo_ofertas_nov.csv"
    te.parent.mkdir(parents=True)
    te.write_bytes(("\n".join(table) + "\n").encode("cp1252"))
    read_te = build_market_ay.read(by_tag["es-tecnoempleo"], te)
    assert [emp for emp, _, _ in read_te][:3] == ["Page Group", "Page Group", "Page Group"]
    assert read_te[-2][0] == "Zentrix" and read_te[-2][1] == "Analista en privacidad"
    assert build_market_ay.board_employer(
        "Ciberseguridad En Alcorcón Grupo Sia", {"Grupo Sia"}
    ) == ("Grupo Sia")
    groups = [
        ("in-naukri", build_market_ay.read(by_tag["in-naukri"], nk)),
        ("es-tecnoempleo", read_te),
    ]
    commit = by_tag["in-naukri"].commit[:8]
    assert groups[0][1][0] == (
        "Acme Analytics",
        "Data  Scientist 0",
        f"in-naukri:DataScience_jobs.csv@{commit}",
    )
    rows = build_market_ay.candidates(groups, {"known title"})
    acme = [r for r in rows if r[1] == "Acme Analytics"]
    assert len(acme) == by_tag["in-naukri"].per_employer
    assert all(r[0].startswith("Data Scientist ") for r in acme)
    assert [r[0] for r in rows if r[1] == "Newco"] == ["Lead Data Scientist"]
    assert not [r for r in rows if r[1] in ("Leading Client", "N/D")]
    page = [r for r in rows if r[1] == "Page Group"]
    assert len(page) == by_tag["es-tecnoempleo"].per_employer
    assert [r[0] for r in rows if r[1] == "Zentrix"] == ["Analista en privacidad"]
    monkeypatch.setattr(build_market_ay.BUILDER, "known", lambda: set())
    assert build_market_ay.main(["--file", f"in-naukri={nk}"]) == 0
    # With no other corpus present, the known title is drawn too (Newco's two titles).
    assert len(capsys.readouterr().out.splitlines()) == by_tag["in-naukri"].per_employer + 2
    no_title = _saved(tmp_path / "bad" / "wanted_350.csv", "name,comp_name\nx,y\n")
    _check_rejected(
        build_market_ay,
        capsys,
        ["--file", f"kr-wanted={no_title}"],
        ["--file", f"in-naukri={nk}@{'0' * 40}"],
        ["--file", f"vn-boards={tmp_path / 'elsewhere' / 'final_crawl_data.csv'}"],
        ["--file", f"nowhere={nk}"],
    )


build_market_az = _module("build_market_az")


def test_market_az_is_federal_it_eures_and_engineering_boards_scored_once() -> None:
    """A held-out corpus drawn after market_aw (`_check_scored_board_corpus`), every
    source giving rows; the slice the session asked for."""
    rows = _check_scored_board_corpus(
        "market_az.tsv", build_market_az, after="market_aw", most=420, employers=250
    )
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert set(sources) == set(build_market_az.BY_TAG)
    # The focus: public employers' IT, data and cyber openings beside the whole labour
    # market of public employment services and engineering employers; no role over half.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < len(rows) / 2
    fed = [r["role"] for r in rows if r["source"].startswith("us-federal-it:")]
    assert len(fed) == build_market_az.BY_TAG["us-federal-it"].limit
    assert min(fed.count(r) for r in ("devops-engineer", "security-engineer", "operations")) >= 10
    eures = [r["role"] for r in rows if r["source"].startswith("eu-eures:")]
    assert len(eures) == build_market_az.BY_TAG["eu-eures"].limit
    assert eures.count("other") > 0.6 * len(eures)


def test_market_az_builder_reads_the_feed_eures_the_api_and_the_list_caps_and_screens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_az.BY_TAG
    fed = by_tag["us-federal-it"]
    first, second = fed.commits[0], fed.commits[1]
    items = [
        f"- id: '{n}'\n  agency: Acme Agency\n  title: 'IT Specialist #{n}'\n" for n in range(6)
    ]
    items += [
        "- id: '20'\n  agency: Newco Board\n  title: >-\n    Information Technology Specialist"
        " (INFOSEC)\n    - Direct Hire\n  lowGrade: GS 13\n",
        "- id: '21'\n  agency: Newco Board\n  title: \"Student Trainee (IT)\"\n",
        "- id: '22'\n  agency: ''\n  title: Data Scientist\n",
    ]
    yml = _saved(tmp_path / first / "usajobs.yml", "".join(items))
    again = _saved(
        tmp_path / second / "usajobs.yml",
        "- id: '30'\n  agency: Acme Agency\n  title: 'IT Specialist #0'\n",
    )
    header = "job_id,job_title,date,company_name,country,country_code,region,field,full_description"
    lines = [header] + [
        f"PL{n},Spawacz {n},2025-01-01,Stalco,Poland,PL,R,Other,x" for n in range(4)
    ]
    lines += [
        'PL20,"Praktykant, dział IT",2025-01-01,Newco,Poland,PL,R,Other,x',
        "PT21,OPERADOR DE ARMAZÉM,2025-01-01,,Portugal,PT,R,Other,x",
        'LV22,"""MEISTARS""",2025-01-01,"SIA ""Firma""",Latvia,LV,R,Other,x',
    ]
    eures = _saved(tmp_path / "European_jobs_batch2.csv", "\n".join(lines) + "\n")
    answer = {
        "count": 3,
        "results": [
            {"title": "Warehouseperson", "company": {"name": "Carco"}},
            {"title": "Service Porter", "company": {"name": "Carco"}},
            {"title": "Sales Intern", "company": {"name": "Shopco"}},
            "not a posting",
        ],
    }
    api = _saved(
        tmp_path / "mockData.jsx", f"export const jobList = {json.dumps(answer, indent=2)}\n"
    )
    js = _saved(
        tmp_path / "constant.js",
        'export const jobData = [\n  {\n    title: "Duct \\"A\\" Fabricator",\n'
        '    companyName: "Plantco",\n    jobId: "1",\n  },\n  {\n'
        '    title: "Kitchen Utility",\n    companyName: "Foodco",\n  },\n];\n',
    )
    groups = [
        (
            "us-federal-it",
            build_market_az.read(fed, yml, first) + build_market_az.read(fed, again, second),
        ),
        ("eu-eures", build_market_az.read(by_tag["eu-eures"], eures)),
        ("global-ats", build_market_az.read(by_tag["global-ats"], api)),
        ("in-engineering", build_market_az.read(by_tag["in-engineering"], js)),
    ]
    assert groups[0][1][6] == (
        "Newco Board",
        "Information Technology Specialist (INFOSEC) - Direct Hire",
        f"us-federal-it:_data/usajobs.yml@{first[:8]}",
    )
    assert groups[0][1][-1][2] == f"us-federal-it:_data/usajobs.yml@{second[:8]}"
    assert groups[3][1][0] == ("Plantco", 'Duct "A" Fabricator', groups[3][1][0][2])
    rows = build_market_az.candidates(groups, {"known title"})
    assert len([r for r in rows if r[1] == "Acme Agency"]) == fed.per_employer
    assert [r[0] for r in rows if r[1] == "Newco Board"] == [
        "Information Technology Specialist (INFOSEC) - Direct Hire"
    ]
    assert len([r for r in rows if r[1] == "Stalco"]) == by_tag["eu-eures"].per_employer
    assert [r[0] for r in rows if r[1] == 'SIA "Firma"'] == ['"MEISTARS"']
    assert not [r for r in rows if r[1] in ("", "Newco", "Shopco")]
    assert {r[0] for r in rows if r[1] == "Carco"} == {"Warehouseperson", "Service Porter"}
    assert {r[1] for r in rows if r[2].startswith("in-engineering:")} == {"Plantco", "Foodco"}
    monkeypatch.setattr(build_market_az.BUILDER, "known", lambda: set())
    assert build_market_az.main(["--file", f"global-ats={api}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    _check_rejected(
        build_market_az,
        capsys,
        ["--file", f"global-ats={_saved(tmp_path / 'bad' / 'mockData.jsx', '[1]')}"],
        ["--file", f"us-federal-it={yml}"],
        ["--file", f"us-federal-it={yml}@{'0' * 40}"],
        ["--file", f"eu-eures={tmp_path / 'elsewhere' / 'European_jobs_batch2.csv'}"],
        ["--file", f"nowhere={api}"],
    )


def _commits(source: Any, where: str) -> tuple[str, ...]:
    """A source's commits: the several it was read at, else its one."""
    return tuple(getattr(source, "commits", (source.commit,)))


def _commits_and_any_paths(source: Any) -> tuple[str, ...]:
    """What a corpus's document names of a source: each commit it was read at and its files
    (a source of board folders has none: the test names its folders)."""
    return (*_commits(source, ""), *getattr(source, "paths", ()))


def _in_paths_of(source: Any, where: str, employer: str) -> bool:
    """`_in_paths`, for `_check_board_rows`, which passes the row's employer too."""
    return _in_paths(source, where)


def _check_board_rows(
    rows: list[dict[str, str]],
    builder: ModuleType,
    *,
    after: str,
    employers: int,
    versions: Callable[[Any, str], Iterable[str]] = _commits,
    located: Callable[[Any, str, str], bool] = _in_paths_of,
) -> list[str]:
    """Each row drawn from one of its source's files (`located`, given the row's file and
    employer) at one of that file's `versions`, with an employer; employers capped; nothing
    the screen leaves out; no intern; at least `employers` employers, none of market_u ..
    `after`. The titles."""
    for row in rows:
        tag, _, rest = row["source"].partition(":")
        source = builder.BY_TAG[tag]
        where, _, rest = rest.partition("@")
        commit, _, emp = rest.partition("|")
        assert located(source, where, emp) and emp.strip(), row["source"]
        assert commit in {c[:8] for c in versions(source, where)}, row["source"]
    titles = _check_capped_employers(rows, builder, lambda row: _row_employer(builder, row))
    screen = builder.SCREEN
    for pattern in (screen.intern, screen.truncated, screen.url, screen.broken, *screen.others):
        assert not [t for t in titles if pattern.search(t)], pattern.pattern
    assert all(len(t) <= screen.longest for t in titles)
    assert not [r for r in rows if r["level"] == "intern"]
    assert builder.DRAWN_BEFORE[0] == "market_u.tsv"
    assert builder.DRAWN_BEFORE[-1] == f"{after}.tsv"
    drawn = {builder.employer(r["source"].partition("|")[2]) for r in rows}
    before = builder.drawn_before()
    assert before and not drawn & before and len(drawn) >= employers
    assert not drawn & builder.NO_EMPLOYER
    return titles


def _check_scored_board_corpus(
    name: str,
    builder: ModuleType,
    *,
    after: str,
    most: int,
    employers: int,
    versions: Callable[[Any, str], Iterable[str]] = _commits,
    file_names: bool = False,
    common_words: frozenset[str] = frozenset(),
) -> list[dict[str, str]]:
    """What every held-out corpus drawn after `after` shows: columns, slugs, the split
    rule, distinct titles of no other corpus; each row drawn from one of its source's files
    at one of that file's `versions`, employers capped, nothing the screen leaves out, no
    intern, no employer of market_u .. `after`; documented, scored once, then named by the
    accuracy runner and the trainer; each repository, its commits and files (by name
    alone when `file_names`) in the document, and no other document naming its owner, full
    name or bare name, but a common word or one the document itself says (`word`). Its rows."""
    _check_blind_corpus(name, 380, _NOTE_COLUMNS)
    others = tuple(builder.corpora())
    assert set(others) >= _BASE_CORPORA and name not in others
    assert {f"{m}.tsv" for m in _MARKETS[: _MARKETS.index(after) + 1]} <= set(others)
    _check_new_documented_corpus(name, others)
    rows = _rows(name)
    assert len(rows) <= most
    _check_board_rows(rows, builder, after=after, employers=employers, versions=versions)
    stem = name.removesuffix(".tsv")
    readme = (BENCH / "data" / "README.md").read_text(encoding="utf-8")
    assert f"`{name}`" in readme and f"build_{stem}.py" in readme
    root = BENCH.parent.parent
    for path in (BENCH / "accuracy.py", root / "tools" / "train_role_model.py"):
        assert stem in path.read_text(encoding="utf-8"), path
    doc = (BENCH / "data" / f"{stem}.md").read_text(encoding="utf-8")
    assert re.search(r"^(\*\*|## )Scored once", doc, re.M)
    earlier = _other_docs(f"{stem}.md")
    for source in builder.SOURCES:
        commits = {c for where in source.paths for c in versions(source, where)}
        assert source.repo in doc and all(c in doc for c in commits), source.tag
        files = [p.rpartition("/")[2] if file_names else p for p in source.paths]
        assert all(f in doc for f in files), source.tag
        owner, _, bare = source.repo.casefold().partition("/")
        for word in (owner, bare, source.repo.casefold()):
            said = word in common_words or f"`{word}`" in doc.casefold()
            assert said or not _names(earlier, word), (source.repo, word)
    return rows


build_market_ax = _module("build_market_ax")


def test_market_ax_is_scored_once_whole_market_drawn_after_market_aw() -> None:
    """A held-out corpus drawn after market_aw (`_check_scored_board_corpus`), the brand
    watcher's one file read at two commits; the non-tech functions of the whole market."""
    rows = _check_scored_board_corpus(
        "market_ax.tsv",
        build_market_ax,
        after="market_aw",
        most=420,
        employers=200,
        versions=lambda source, where: source.versions(where),
    )
    # The brand-watcher's one file gives rows at each of its two commits.
    brands = build_market_ax.BY_TAG["consumer-brands"]
    read_at = {
        r["source"].partition("@")[2][:8]
        for r in rows
        if r["source"].startswith("consumer-brands:")
    }
    assert read_at == {c[:8] for c in brands.commits}
    # The round's angle: the non-tech functions of the whole market, no role over a third,
    # no source over two thirds.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < len(rows) / 3
    assert min(roles[r] for r in ("operations", "other", "sales-marketing")) >= 80
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert set(sources) == set(build_market_ax.BY_TAG)
    assert max(sources.values()) <= 2 * len(rows) / 3


def test_market_ax_builder_reads_each_saved_form_caps_employers_and_screens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_ax.BY_TAG
    brands = by_tag["consumer-brands"]
    # A brand-watcher's JSON list (invented postings), read at its later commit.
    posts = [{"title": f"Plant  Operator {n}", "company": "Acme Foods"} for n in range(8)]
    posts += [
        {"title": "Brand Manager", "company": "Unilever PLC"},  # an earlier corpus's employer
        {"title": "Supply Chain Intern", "company": "Newco Brands"},
        {"title": "Summer Associate, 2026 Program", "company": "Newco Brands"},
        {"title": "Newco Commercial Casting Call", "company": "Newco Brands"},
        {"title": "Known Title", "company": "Newco Brands"},
        {"title": "Trade Marketing Analyst", "company": ""},
        {"title": "Category Analyst", "company": "Newco Brands"},
        "not a posting",
    ]
    later = _saved(tmp_path / "later" / "all_jobs.json", json.dumps(posts))
    with pytest.raises(ValueError):
        build_market_ax.read(brands, later)  # one path at two commits: name one
    commit = brands.commits[0]
    assert build_market_ax.read(brands, later, commit)[0] == (
        "Acme Foods",
        "Plant  Operator 0",
        f"consumer-brands:all_jobs.json@{commit[:8]}",
    )
    # The Muse's answer, Reed's, okjob's sheet, Jobicy's and the crawler's two forms.
    muse = [{"name": "Registered Nurse", "company": {"name": "Carehome"}}, {"name": "x"}]
    muse_file = _saved(tmp_path / "muse" / "muse_jobs.json", json.dumps(muse))
    reed = {"results": [{"jobTitle": "Property Solicitor", "employerName": "Legalco"}]}
    reed_file = _saved(
        tmp_path / "reed" / "reed_raw_joblist.2024-03-18_13:01:35.json", json.dumps(reed)
    )
    sheet = {
        "values": [
            ["Company-ID", "Company-Name", "Job-Title"],
            ["1", "Remoteco", "Account Executive II"],
            ["2", "Remoteco"],
            "not a row",
        ]
    }
    okjob = _saved(
        tmp_path / "ok" / "okjob_raw_joblist.entires1-201.2024-03-18_11:13:19.json",
        json.dumps(sheet),
    )
    jobicy = {"jobs": [{"jobTitle": "Customer Success Specialist", "companyName": "Jobco"}]}
    jobicy_file = _saved(tmp_path / "jobicy" / "jobicy_raw.json", json.dumps(jobicy))
    crawl = _saved(tmp_path / "cc" / "jobs.json", "")
    crawl.write_text(
        json.dumps([{"title": "Java Fullstack Engineer", "company": "ITco"}]), encoding="utf-8-sig"
    )
    cache = {"7": {"title": "Director, Security", "company": "HRco"}}
    cache_file = _saved(tmp_path / "cc" / "eightfold.json", json.dumps(cache))
    careercrawl = [
        *build_market_ax.read(by_tag["in-careercrawl"], crawl),
        *build_market_ax.read(by_tag["in-careercrawl"], cache_file),
    ]
    assert [t for _, t, _ in careercrawl] == ["Java Fullstack Engineer", "Director, Security"]
    key = f"remote-okjob:{by_tag['remote-okjob'].paths[0]}@2fbba22f"
    assert build_market_ax.read(by_tag["remote-okjob"], okjob) == [
        ("Remoteco", "Account Executive II", key),
        ("Remoteco", "", key),
    ]
    groups = [
        ("consumer-brands", build_market_ax.read(brands, later, commit)),
        ("us-muse-2026", build_market_ax.read(by_tag["us-muse-2026"], muse_file)),
        ("uk-reed", build_market_ax.read(by_tag["uk-reed"], reed_file)),
        ("remote-okjob", build_market_ax.read(by_tag["remote-okjob"], okjob)),
        ("remote-jobicy", build_market_ax.read(by_tag["remote-jobicy"], jobicy_file)),
        ("in-careercrawl", careercrawl),
    ]
    rows = build_market_ax.candidates(groups, {"known title"})
    acme = [r[0] for r in rows if r[1] == "Acme Foods"]
    assert len(acme) == build_market_ax.PER_EMPLOYER
    assert all(t.startswith("Plant Operator ") for t in acme)
    assert [r[0] for r in rows if r[1] == "Newco Brands"] == ["Category Analyst"]
    assert not [r for r in rows if r[1] in ("Unilever PLC", "")]
    assert {r[0] for r in rows if r[1] not in ("Acme Foods", "Newco Brands")} == {
        "Registered Nurse",
        "Property Solicitor",
        "Account Executive II",
        "Customer Success Specialist",
        "Java Fullstack Engineer",
        "Director, Security",
    }
    monkeypatch.setattr(build_market_ax.BUILDER, "known", lambda: set())
    assert build_market_ax.main(["--file", f"remote-jobicy={jobicy_file}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    _check_rejected(
        build_market_ax,
        capsys,
        ["--file", f"consumer-brands={later}"],
        ["--file", f"consumer-brands={later}@{'0' * 40}"],
        ["--file", f"remote-okjob={_saved(tmp_path / 'bad' / okjob.name, '[]')}"],
        ["--file", f"remote-jobicy={tmp_path / 'elsewhere' / 'jobicy_raw.json'}"],
        ["--file", f"nowhere={jobicy_file}"],
    )


build_market_ba = _module("build_market_ba")


def test_market_ba_is_scored_once_whole_ats_boards_drawn_after_market_az() -> None:
    """A held-out corpus drawn after market_az (`_check_scored_board_corpus`; its files
    documented by name), an Ashby board's employer the board its file holds; every
    function on the boards, some titles in Portuguese."""
    rows = _check_scored_board_corpus(
        "market_ba.tsv",
        build_market_ba,
        after="market_az",
        most=420,
        employers=100,
        file_names=True,
    )
    for row in rows:
        tag, _, rest = row["source"].partition(":")
        if build_market_ba.BY_TAG[tag].fmt == "board":
            where, _, emp = rest.partition("|")
            assert emp == build_market_ba.board_name(Path(where.partition("@")[0])), row["source"]
    # The round's angle: employers' whole boards, every function on them; no role over a
    # third, the non-tech functions and the tech roles each a good share; some titles in
    # Portuguese as posted.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < len(rows) / 3
    assert min(roles[r] for r in ("operations", "sales-marketing", "software-engineer")) >= 60
    assert roles["other"] >= 30
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert {"ashby-boards", "br-gupy"} <= set(sources) <= set(build_market_ba.BY_TAG)
    assert sources["br-gupy"] >= 40


def test_market_ba_builder_reads_boards_and_the_portal_list_caps_and_screens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_ba.BY_TAG
    ashby, gupy = by_tag["ashby-boards"], by_tag["br-gupy"]
    # An Ashby board's answer (invented postings) under one of the boards' file names.
    jobs = [{"title": f"Cell  Technician {n}", "department": "Ops"} for n in range(8)]
    jobs += [
        {"title": "Initiative application"},
        {"title": "Werkstudent Marketing (m/w/d)"},
        {"title": "Known Title"},
        {"title": "Vertriebsmitarbeiter (m/w/d)"},
        {"title": None},
        "not a posting",
    ]
    board = _saved(tmp_path / "ashby" / "voodoo.json", json.dumps({"jobs": jobs}))
    escaped = _saved(
        tmp_path / "ashby" / "Rose%20Rocket.json",
        json.dumps({"jobs": [{"title": "Freight Broker"}]}),
    )
    assert build_market_ba.read(ashby, board)[0] == (
        "voodoo",
        "Cell  Technician 0",
        f"ashby-boards:ashby/companies/voodoo.json@{ashby.commit[:8]}",
    )
    assert build_market_ba.read(ashby, escaped)[0][0] == "Rose Rocket"
    # The portal's list (invented postings).
    portal = [{"nome": f"Analista de Dados Pleno {n}", "empresa": "Dadosco"} for n in range(5)] + [
        {"nome": "BANCO DE TALENTOS | VAGA EXCLUSIVA PARA PCD - GOIÁS", "empresa": "Telco"},
        {"nome": "Não encontrou sua vaga? Cadastre aqui", "empresa": "Telco"},
        {"nome": "Estagiário(a) de Suporte", "empresa": "Telco"},
        {"nome": "[Banco_de_Talentos_Nacional] Assistente Comercial", "empresa": "Telco"},
        {"nome": "Assistente Comercial", "empresa": "Confidencial"},
    ]
    portal_file = _saved(tmp_path / "vagas_gupy.json", json.dumps(portal))
    groups = [
        ("ashby-boards", build_market_ba.read(ashby, board)),
        ("br-gupy", build_market_ba.read(gupy, portal_file)),
    ]
    rows = build_market_ba.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    assert len([r for r in rows if r[1] == "voodoo"]) == build_market_ba.PER_EMPLOYER
    assert "Known Title" not in titles and "Initiative application" not in titles
    assert not [t for t in titles if "Werkstudent" in t or "Estagiário" in t]
    assert "Vertriebsmitarbeiter (m/w/d)" in titles
    assert len([r for r in rows if r[1] == "Dadosco"]) == gupy.per_employer
    assert [r[0] for r in rows if r[1] == "Telco"] == [
        "[Banco_de_Talentos_Nacional] Assistente Comercial"
    ]
    assert not [r for r in rows if r[1] == "Confidencial"]
    assert all(t == " ".join(t.split()) for t in titles)
    monkeypatch.setattr(build_market_ba.BUILDER, "known", lambda: set())
    assert build_market_ba.main(["--file", f"ashby-boards={escaped}"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Freight Broker\tRose Rocket\tashby-boards:ashby/companies/Rose%20Rocket.json"
        f"@{ashby.commit[:8]}"
    ]
    _check_rejected(
        build_market_ba,
        capsys,
        ["--file", f"br-gupy={_saved(tmp_path / 'bad' / 'vagas_gupy.json', '{}')}"],
        ["--file", f"ashby-boards={_saved(tmp_path / 'x' / 'nobody.json', '{}')}"],
        ["--file", f"br-gupy={portal_file}@{'0' * 40}"],
        ["--file", f"nowhere={portal_file}"],
    )


build_market_bb = _module("build_market_bb")


def test_market_bb_is_scored_once_aggregator_searches_drawn_after_market_az() -> None:
    """A held-out corpus drawn after market_az (`_check_scored_board_corpus`): the
    searches' on- and off-target results, glossed where not in English."""
    rows = _check_scored_board_corpus(
        "market_bb.tsv", build_market_bb, after="market_az", most=460, employers=300
    )
    # Searches for data, AI and software work: every role present, no role over a third,
    # the off-target results beside the targets; the UK data engineering searches mostly
    # data engineers, yet a fifth or more off target; no source over a third.
    roles = Counter(r["role"] for r in rows)
    assert set(roles) == set(load_taxonomy().roles) - {"intern"}
    assert max(roles.values()) < len(rows) / 3
    assert sum(roles[r] for r in ("operations", "sales-marketing", "other")) >= 80
    uk = Counter(r["role"] for r in rows if r["source"].startswith("uk-search:"))
    assert uk.most_common(1)[0][0] == "data-engineer"
    assert uk["other"] + uk["operations"] >= sum(uk.values()) / 5
    # France Travail's offers: French titles of the whole market, none of them tech.
    ft = [r for r in rows if r["source"].startswith("fr-francetravail:")]
    assert ft and all(r["role"] in ("sales-marketing", "operations", "other") for r in ft)
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert set(sources) == set(build_market_bb.BY_TAG)
    assert max(sources.values()) <= len(rows) / 3 + 1
    # The titles in Portuguese and Chinese are glossed.
    foreign = re.compile(r"[\u4e00-\u9fff]|\b(Analista|Advogado|Arquiteto|Trabalhe|Júnior)\b")
    glossed = [bool(r["note"]) for r in rows if foreign.search(r["title"])]
    assert len(glossed) >= 10 and all(glossed)


def test_market_bb_builder_reads_each_saved_form_caps_employers_and_screens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_bb.BY_TAG
    uk = by_tag["uk-search"]
    first, second = uk.commits
    # A JobSpy export (invented): one employer's many titles, a screened and a known title,
    # an employer-less row; the same file at its second commit.
    lines = ["site,title,company,location,date_posted,job_type,job_url"]
    lines += [f"linkedin,Data  Engineer {n},Acme Data,London,2026-01-05,,u" for n in range(5)]
    lines += [
        "indeed,Graduate Civil Engineer,Newco,Leeds,2026-01-06,fulltime,u",
        "indeed,Data Engineer Intern,Newco,Leeds,2026-01-06,,u",
        "indeed,Known Title,Newco,Leeds,,,u",
        "linkedin,Data Analyst,,Leeds,,,u",
    ]
    csv_first = _saved(tmp_path / first / "data" / "jobs_raw.csv", "\n".join(lines) + "\n")
    csv_second = _saved(
        tmp_path / second / "data" / "jobs_raw.csv",
        f"{lines[0]}\nlinkedin,Helpdesk Engineer,Oldco,York,2026-02-01,,u\n",
    )
    with pytest.raises(ValueError):
        build_market_bb.read(uk, csv_first)  # one path at two commits: name one
    # A "Who is hiring?" file (invented): one posting per role a comment names.
    comments = [
        {"company_name": "Hnco", "job_titles": ["Backend Engineer", "Former Founders", "SRE"]},
        {"company_name": "Hnco", "job_titles": ["Product Designer"]},
        {"company_name": "Solo", "job_titles": "not a list"},
        "not a comment",
    ]
    hn = _saved(tmp_path / "front-end" / "public" / "jobs.json", json.dumps(comments))
    answer = {
        "results": [
            {"title": "Data Scientist H/F (CDI)", "company": {"display_name": "Frco"}},
            {"title": "Alternance - Data Analyst", "company": {"display_name": "Frco"}},
            "not a posting",
        ]
    }
    fr_commit = by_tag["fr-adzuna"].commits[0]
    fr = _saved(tmp_path / "fr" / "data" / "raw_jobs.json", json.dumps(answer))
    visa = [
        {"company": "Visaco", "position": "1000+ Curated Visa Sponsorship Jobs (Paid)"},
        {"company": "Visaco", "position": "Registered Nurse - Visa Sponsorship Available"},
    ]
    vs = _saved(tmp_path / "jobList.json", json.dumps(visa))
    vagas = [
        {
            "vaga": "Analista Administrativo Júnior",
            "empresa": "Brco",
            "data_publicacao": "2024-02-01",
        },
        {"vaga": "Analista Pleno", "empresa": "Brco", "data_publicacao": "2023-12-01"},
        {"vaga": "Estágio em TI", "empresa": "Brco", "data_publicacao": "2024-03-01"},
    ]
    br = _saved(tmp_path / "vagas.json", json.dumps(vagas))
    # A France Travail collection (invented): an unnamed employer, an apprenticeship.
    offres = {
        "total": 3,
        "offres": [
            {"intitule": "Chargé de développement commercial (H/F)", "entreprise": {"nom": "Ftco"}},
            {
                "intitule": "Formateur / Formatrice (H/F)",
                "entreprise": {"nom": "Entreprise non nommée"},
            },
            {"intitule": "CONTRAT D'APPRENTISSAGE - VENDEUR (H/F)", "entreprise": {"nom": "Ftco"}},
        ],
    }
    ft_source = by_tag["fr-francetravail"]
    ft = _saved(tmp_path / "ft" / "data" / "offres.json", json.dumps(offres))
    groups = [
        (
            "uk-search",
            build_market_bb.read(uk, csv_first, first)
            + build_market_bb.read(uk, csv_second, second),
        ),
        ("hn-hiring", build_market_bb.read(by_tag["hn-hiring"], hn)),
        ("fr-adzuna", build_market_bb.read(by_tag["fr-adzuna"], fr, fr_commit)),
        ("visa-eu", build_market_bb.read(by_tag["visa-eu"], vs)),
        ("br-linkedin", build_market_bb.read(by_tag["br-linkedin"], br)),
        ("fr-francetravail", build_market_bb.read(ft_source, ft, ft_source.commits[-1])),
    ]
    assert groups[0][1][0] == (
        "Acme Data",
        "Data  Engineer 0",
        f"uk-search:data/jobs_raw.csv@{first[:8]}",
    )
    assert groups[0][1][-1][2] == f"uk-search:data/jobs_raw.csv@{second[:8]}"
    assert [t for _, t, _ in groups[1][1]] == [
        "Backend Engineer",
        "Former Founders",
        "SRE",
        "Product Designer",
    ]
    assert groups[2][1][0][:2] == ("Frco", "Data Scientist H/F (CDI)")
    assert [t for _, t, _ in groups[4][1]] == [
        "Analista Administrativo Júnior",
        "Estágio em TI",
    ]
    rows = build_market_bb.candidates(groups, {"known title"})
    acme = [r for r in rows if r[1] == "Acme Data"]
    assert len(acme) == uk.per_employer and all(r[0].startswith("Data Engineer ") for r in acme)
    assert [r[0] for r in rows if r[1] == "Newco"] == ["Graduate Civil Engineer"]
    assert [r[0] for r in rows if r[1] == "Oldco"] == ["Helpdesk Engineer"]
    hnco = sorted(r[0] for r in rows if r[1] == "Hnco")
    assert len(hnco) == by_tag["hn-hiring"].per_employer and "Former Founders" not in hnco
    assert [r[0] for r in rows if r[1] == "Frco"] == ["Data Scientist H/F (CDI)"]
    assert [r[0] for r in rows if r[1] == "Visaco"] == [
        "Registered Nurse - Visa Sponsorship Available"
    ]
    assert [r[0] for r in rows if r[1] == "Brco"] == ["Analista Administrativo Júnior"]
    assert not [r for r in rows if not r[1]]
    assert [r[0] for r in rows if r[2].startswith("fr-francetravail:")] == [
        "Chargé de développement commercial (H/F)"
    ]
    monkeypatch.setattr(build_market_bb.BUILDER, "known", lambda: set())
    assert build_market_bb.main(["--file", f"visa-eu={vs}", "--file", f"br-linkedin={br}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    _check_rejected(
        build_market_bb,
        capsys,
        ["--file", f"hn-hiring={_saved(tmp_path / 'bad' / 'jobs.json', '{}')}"],
        ["--file", f"fr-adzuna={_saved(tmp_path / 'bad' / 'raw_jobs.json', '[]')}@{fr_commit}"],
        [
            "--file",
            f"fr-francetravail={_saved(tmp_path / 'bad' / 'offres.json', '{}')}"
            f"@{ft_source.commits[0]}",
        ],
        ["--file", f"uk-search={csv_first}"],
        ["--file", f"uk-search={csv_first}@{'0' * 40}"],
        ["--file", f"visa-eu={tmp_path / 'elsewhere' / 'other.json'}"],
        ["--file", f"nowhere={vs}"],
    )


build_market_bc = _module("build_market_bc")


def test_market_bc_is_scored_once_whole_ats_boards_drawn_after_market_bb() -> None:
    """A held-out corpus drawn after market_bb (`_check_scored_board_corpus`; "startup-jobs"
    alone is a common phrase: market_af and market_ax write "a startup-jobs dataset" of a
    repository they left unread, its owner is checked): every function of the boards, the
    titles not in English glossed, the start-up index's transcribed samples."""
    rows = _check_scored_board_corpus(
        "market_bc.tsv",
        build_market_bc,
        after="market_bb",
        most=420,
        employers=150,
        common_words=frozenset({"startup-jobs"}),
    )
    assert build_market_bc.DRAWN_BEFORE[-2] == "market_ba.tsv"
    # Whole boards: selling, offices and the trades and clinics beside the tech, data and AI
    # roles; no source over two fifths.
    roles = Counter(r["role"] for r in rows)
    assert min(roles["sales-marketing"], roles["operations"], roles["other"]) >= 40
    tech = set(load_taxonomy().roles) - {"sales-marketing", "operations", "other"}
    assert sum(roles[r] for r in tech) >= 80
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert set(sources) == set(build_market_bc.BY_TAG)
    assert max(sources.values()) <= len(rows) * 2 / 5
    # The titles in German, French, Spanish, Portuguese and Japanese are glossed.
    foreign = re.compile(r"[\u3040-\u30ff]|:in\b|\b(Produktions\w*|Techniker|Architecte|Operario)")
    glossed = [bool(r["note"]) for r in rows if foreign.search(r["title"])]
    assert len(glossed) >= 10 and all(glossed)
    # The transcribed samples: one file of 100 postings for each of the index's commits.
    index = build_market_bc.BY_TAG["startup-index"]
    for commit in index.commits:
        saved = BENCH / "data" / "market_bc_transcribed" / commit[:8] / "jobs.json"
        items = build_market_bc.transcribed_items(saved.read_text(encoding="utf-8"))
        assert len(items) == 100 and all(i["company"] and i["title"] for i in items)


def test_market_bc_builder_reads_each_saved_form_caps_employers_and_screens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_bc.BY_TAG
    index = by_tag["startup-index"]
    first, second = index.commits[:2]
    # Two transcribed samples (invented): one employer's many titles, a screened, a known
    # and an employer-less posting; the same file at a second commit.
    sample = [{"company": "Acme AI", "title": f"AI  Engineer {n}"} for n in range(6)]
    sample += [
        {"company": "Newco", "title": "Werkstudent (m/w/d) Marketing"},
        {"company": "Newco", "title": "Known Title"},
        {"company": "Newco", "title": "Produktionsleiter (m/w/d)"},
        {"company": "", "title": "Office Manager"},
        "not a posting",
    ]
    one = _saved(tmp_path / first[:8] / "jobs.json", json.dumps(sample))
    two = _saved(
        tmp_path / second[:8] / "jobs.json",
        json.dumps([{"company": "Oldco", "title": "Copy of Sales Director"}]),
    )
    with pytest.raises(ValueError):
        build_market_bc.read(index, one)  # one path at several commits: name one
    # A crawl's JSON list (invented): board tokens as employers, a fellowship.
    crawl = [
        {"source": "greenhouse", "organization": "dentalco", "title": "Associate Dentist"},
        {"source": "lever", "organization": "mediaco", "title": "Social Media Fellow (2026)"},
        {"source": "lever", "organization": "mediaco", "title": "Technical Fellow"},
    ]
    jobs = _saved(tmp_path / "crawl" / "jobs.json", json.dumps(crawl))
    # An agency board's JSON lines (invented): a résumé drop box, a blank line.
    lines = [
        json.dumps({"company": "Agencyco", "title": "Design & Research Resume Drop Off"}),
        "",
        json.dumps({"company": "Agencyco", "title": "Senior Copywriter"}),
        json.dumps(["not", "a", "posting"]),
    ]
    jsonl = _saved(tmp_path / "agency" / "data" / "jobs.jsonl", "\n".join(lines) + "\n")
    groups = [
        (
            "startup-index",
            build_market_bc.read(index, one, first) + build_market_bc.read(index, two, second),
        ),
        ("board-crawl", build_market_bc.read(by_tag["board-crawl"], jobs)),
        ("agency-boards", build_market_bc.read(by_tag["agency-boards"], jsonl)),
    ]
    assert groups[0][1][0] == (
        "Acme AI",
        "AI  Engineer 0",
        f"startup-index:sample/jobs.json@{first[:8]}",
    )
    assert groups[0][1][-1][2] == f"startup-index:sample/jobs.json@{second[:8]}"
    assert groups[1][1][0][:2] == ("dentalco", "Associate Dentist")
    assert [t for _, t, _ in groups[2][1]] == [
        "Design & Research Resume Drop Off",
        "Senior Copywriter",
    ]
    rows = build_market_bc.candidates(groups, {"known title"})
    acme = [r for r in rows if r[1] == "Acme AI"]
    assert len(acme) == index.per_employer and all(r[0].startswith("AI Engineer ") for r in acme)
    assert [r[0] for r in rows if r[1] == "Newco"] == ["Produktionsleiter (m/w/d)"]
    assert not [r for r in rows if r[1] in ("Oldco", "")]
    assert [r[0] for r in rows if r[1] == "mediaco"] == ["Technical Fellow"]
    assert [r[0] for r in rows if r[1] == "Agencyco"] == ["Senior Copywriter"]
    monkeypatch.setattr(build_market_bc.BUILDER, "known", lambda: set())
    assert build_market_bc.main(["--file", f"board-crawl={jobs}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    _check_rejected(
        build_market_bc,
        capsys,
        ["--file", f"board-crawl={_saved(tmp_path / 'bad' / 'jobs.json', '{}')}"],
        ["--file", f"startup-index={_saved(tmp_path / 'bad2' / 'jobs.json', '{}')}@{first}"],
        ["--file", f"agency-boards={_saved(tmp_path / 'bad' / 'data' / 'jobs.jsonl', '{')}"],
        ["--file", f"startup-index={one}"],
        ["--file", f"startup-index={one}@{'0' * 40}"],
        ["--file", f"board-crawl={tmp_path / 'elsewhere' / 'other.json'}"],
        ["--file", f"nowhere={jobs}"],
    )


build_market_bd = _module("build_market_bd")


def test_market_bd_is_scored_once_national_boards_searches_drawn_after_market_bb() -> None:
    """A held-out corpus drawn after market_bb (`_check_scored_board_corpus`): the boards'
    on- and off-target results, two thirds not in English and glossed."""
    rows = _check_scored_board_corpus(
        "market_bd.tsv", build_market_bd, after="market_bb", most=460, employers=300
    )
    earlier = _MARKETS[: _MARKETS.index("market_bb") + 1]
    board = [r["title"] for r in rows if r["source"].startswith("de-ba:")]
    assert board and max(map(len, board)) < build_market_bd.BOARD_CUT
    assert {f"{m}.tsv" for m in earlier[earlier.index("market_u") :]} == set(
        build_market_bd.DRAWN_BEFORE
    )
    # A firm's branch after its legal form is cut off: one employer for the cap.
    assert not [r for r in rows if re.search(r"\bNiederlassung\b", r["source"])]
    # Searches on and off target: tech and data roles half or more, the off-target
    # results beside them; the Chinese watcher's cards all off the AI/data target; no
    # source over three fifths.
    roles = Counter(r["role"] for r in rows)
    assert set(roles) <= set(load_taxonomy().roles) - {"intern"} and len(roles) >= 13
    off = sum(roles[r] for r in ("operations", "sales-marketing", "other"))
    assert off >= 120 and len(rows) - off - roles["designer"] >= len(rows) / 2
    cn = [r for r in rows if r["source"].startswith("cn-guangzhou:")]
    assert cn and all(
        r["role"] in ("designer", "sales-marketing", "operations", "other", "product-manager")
        for r in cn
    )
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert set(sources) == set(build_market_bd.BY_TAG)
    assert max(sources.values()) <= len(rows) * 3 / 5
    # Half or more not in English as posted; every Chinese and Japanese title glossed.
    cjk = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    german = re.compile(r"[äöüß]|\b(Mitarbeiter|Entwickler|Sachbearbeiter|Spezialist|für|und)")
    foreign = [r for r in rows if cjk.search(r["title"]) or german.search(r["title"])]
    assert len(foreign) >= len(rows) / 2
    assert all(r["note"] for r in rows if cjk.search(r["title"]))


def test_market_bd_builder_reads_cards_listings_and_the_board_caps_and_screens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_bd.BY_TAG
    cn = by_tag["cn-guangzhou"]
    first, last = cn.commits[0], cn.commits[-1]
    # A watcher's file (invented): its lists of cards, a live-search card, a card of no
    # firm, an internship; the same file at another commit as a bare list.
    cards = {
        "updateTime": "2026-07-03",
        "sources": ["BOSS直聘"],
        "jobs": [
            {"title": "视频剪辑师", "company": "广州某某传媒有限公司"},
            {"title": "视频剪辑实习生", "company": "广州某某传媒有限公司"},
            {"title": "黄村周边 · 视频剪辑岗位（BOSS直聘实时搜索）", "company": "多个公司（点击）"},
        ],
        "removedJobs": [{"title": "装修木工", "company": "个人招工（王先生）"}, "not a card"],
        "tourismJobs": [{"title": "旅游销售", "company": "某旅行社"}],
    }
    cn_last = _saved(tmp_path / last / "jobs.json", json.dumps(cards, ensure_ascii=False))
    cn_first = _saved(
        tmp_path / first / "jobs.json",
        json.dumps([{"title": "摄影师", "company": "某摄影工作室"}], ensure_ascii=False),
    )
    with pytest.raises(ValueError):
        build_market_bd.read(cn, cn_last)  # one path at four commits: name one
    cn_rows = build_market_bd.read(cn, cn_last, last) + build_market_bd.read(cn, cn_first, first)
    assert cn_rows[0] == (
        "广州某某传媒有限公司",
        "视频剪辑师",
        f"cn-guangzhou:jobs.json@{last[:8]}",
    )
    assert [e for e, _, _ in cn_rows[2:4]] == ["", ""]
    # Wantedly's scrape (invented): no company name found, one employer's many headlines.
    listings = {
        "lastUpdated": "2025-08-23",
        "data": [
            {"title": "バックエンドエンジニア募集！", "companyName": "No company-name found"},
            *(
                {"title": f"フロントエンドエンジニア募集{n}", "companyName": "株式会社テスト"}
                for n in range(4)
            ),
            {"title": "エンジニアインターン募集", "companyName": "株式会社別"},
        ],
    }
    jp = _saved(tmp_path / "public" / "scrapeData.json", json.dumps(listings, ensure_ascii=False))
    # The job board's results (invented): a branch after the firm's legal form, a title the
    # board cut at 100 characters, a doctoral place, an unsolicited application, a student
    # assistant, a column the board repeats (`refnr`).
    cut = "Mitarbeiter (m/w/d) " + "x" * 80
    assert len(cut) == build_market_bd.BOARD_CUT
    lines = ["stellenangebotsTitel,refnr,firma,refnr"]
    lines += [
        "Data Engineer (m/w/d),1,Acme GmbH Niederlassung Aachen,1",
        "Data Analyst (m/w/d),2,Acme GmbH Vertriebsstützpunkt Jena,2",
        "Steuerfachangestellter (m/w/d),3,Acme GmbH,3",
        "Buchhalter (m/w/d),4,Acme GmbH - Leipzig,4",
        f"{cut},5,Newco AG,5",
        "PhD - Neuronale Netze,6,Newco AG,6",
        "Initiativ-Bewerber,7,Newco AG,7",
        "Studentische Hilfskraft (m/w/d),8,Newco AG,8",
        "Data Steward (w/m/d),9,Newco AG Zentrale,9",
    ]
    ba = _saved(tmp_path / "job_details.csv", "\ufeff" + "\n".join(lines) + "\n")
    ba_rows = build_market_bd.read(by_tag["de-ba"], ba)
    assert ba_rows[0] == ("Acme GmbH", "Data Engineer (m/w/d)", "de-ba:job_details.csv@4808e37f")
    assert {e for e, _, _ in ba_rows[:4]} == {"Acme GmbH"} and ba_rows[4][1] == ""
    groups = [
        ("cn-guangzhou", cn_rows),
        ("jp-wantedly", build_market_bd.read(by_tag["jp-wantedly"], jp)),
        ("de-ba", ba_rows),
    ]
    rows = build_market_bd.candidates(groups, {"旅游销售"})
    assert sorted(r[0] for r in rows if r[2].startswith("cn-guangzhou:")) == [
        "摄影师",
        "视频剪辑师",
    ]
    test_co = [r for r in rows if r[1] == "株式会社テスト"]
    assert len(test_co) == by_tag["jp-wantedly"].per_employer
    assert not [r for r in rows if r[1] in ("株式会社別", "No company-name found")]
    acme = [r for r in rows if r[1] == "Acme GmbH"]
    assert len(acme) == by_tag["de-ba"].per_employer
    assert [r[0] for r in rows if r[1] == "Newco AG"] == ["Data Steward (w/m/d)"]
    assert not [r for r in rows if not r[1]]
    monkeypatch.setattr(build_market_bd.BUILDER, "known", lambda: set())
    assert build_market_bd.main(["--file", f"jp-wantedly={jp}", "--file", f"de-ba={ba}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2 + 3 + 1
    _check_rejected(
        build_market_bd,
        capsys,
        ["--file", f"cn-guangzhou={_saved(tmp_path / 'bad' / 'jobs.json', '3')}@{first}"],
        ["--file", f"jp-wantedly={_saved(tmp_path / 'bad' / 'scrapeData.json', '[]')}"],
        ["--file", f"de-ba={_saved(tmp_path / 'bad' / 'job_details.csv', 'titel,firma')}"],
        ["--file", f"cn-guangzhou={cn_last}"],
        ["--file", f"cn-guangzhou={cn_last}@{'0' * 40}"],
        ["--file", f"de-ba={tmp_path / 'elsewhere' / 'other.csv'}"],
        ["--file", f"nowhere={jp}"],
    )


build_market_be = _module("build_market_be")


def test_market_be_is_scored_once_public_boards_and_seek_drawn_after_market_bb() -> None:
    """Columns, slugs, the split rule, distinct titles of no other corpus; every row drawn
    from one of its source's files at one of that file's commits, employers capped, nothing
    the screen leaves out, no employer of market_u ... market_bb; the public boards and the
    labour searches' whole-market roles; every source documented; scored once, then named."""
    name = "market_be.tsv"
    _check_blind_corpus(name, 380, _NOTE_COLUMNS)
    others = tuple(build_market_be.corpora())
    assert set(others) >= _BASE_CORPORA and name not in others
    assert {f"{m}.tsv" for m in _MARKETS[: _MARKETS.index("market_az") + 1]} <= set(others)
    assert {"market_ba.tsv", "market_bb.tsv"} <= set(others)
    _check_new_documented_corpus(name, others)
    rows = _rows(name)
    assert len(rows) <= 460
    boards = build_market_be.BY_TAG["ca-public"]

    def located(source: Any, where: str, employer: str) -> bool:
        """A public board's posting file in its board's folder, the employer the board's
        jurisdiction; another source's row in one of its files."""
        if source is not boards:
            return where in source.paths
        board = where.split("/")[1]
        in_folder = where.startswith(f"data/{board}/jobs_json/") and board in boards.folders
        return in_folder and employer.startswith(boards.folders[board])

    _check_board_rows(rows, build_market_be, after="market_bb", employers=250, located=located)
    # The whole market's long tail: trades, plant and field work and public administration
    # above all, every tech role thin; the public boards mostly office work of the public
    # service, the labour searches mostly `other`.
    roles = Counter(r["role"] for r in rows)
    assert roles.most_common(2)[0][0] == "other" and roles.most_common(2)[1][0] == "operations"
    assert sum(roles[r] for r in ("operations", "sales-marketing", "other")) >= 330
    public = Counter(r["role"] for r in rows if r["source"].startswith("ca-public:"))
    assert public.most_common(1)[0][0] == "operations"
    seek = Counter(r["role"] for r in rows if r["source"].startswith("nz-seek:"))
    assert seek["other"] >= sum(seek.values()) / 2
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert set(sources) == set(build_market_be.BY_TAG)
    # The titles in French and Māori are glossed.
    foreign = re.compile(r"\b(Architecte|Spécialiste|Concepteur|Kaimahi)\b")
    glossed = [bool(r["note"]) for r in rows if foreign.search(r["title"])]
    assert len(glossed) == 4 and all(glossed)
    readme = (BENCH / "data" / "README.md").read_text(encoding="utf-8")
    assert f"`{name}`" in readme and "build_market_be.py" in readme
    # Scored once with the branch's start code, then named and trained on.
    root = BENCH.parent.parent
    for path in (BENCH / "accuracy.py", root / "tools" / "train_role_model.py"):
        assert "market_be" in path.read_text(encoding="utf-8"), path
    doc = (BENCH / "data" / "market_be.md").read_text(encoding="utf-8")
    assert "**Scored once**" in doc
    # Every repository, commit and file in the document; no other document names an owner
    # or a bare name (a full name names its owner).
    _check_documented_sources("market_be", build_market_be, _commits_and_any_paths)
    assert all(f"`data/{board}/jobs_json/" in doc or board in doc for board in boards.folders)


def test_market_be_builder_reads_each_saved_form_caps_employers_and_screens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_be.BY_TAG
    boards, seek, calgary = by_tag["ca-public"], by_tag["nz-seek"], by_tag["ca-calgary"]
    # Public-service postings (invented), each board's own nesting: Alberta's header and
    # ministry, Ontario's flat title and organization, GC Jobs' department with its places
    # and its note for a posting held elsewhere, Manitoba's without a ministry.
    ab = {
        "job_posting": {
            "source": {"jurisdiction": "Alberta"},
            "header": {"job_title": "Widget  Policy Analyst"},
            "job_information": {"job_title": "Widget Policy Analyst", "ministry": "Widgets"},
        }
    }
    ont = {"title": "Manager, Gizmo Services", "organization": "Ministry of Gizmos"}
    goc = {"title": "Gizmo Officer", "department": "Gizmo Canada - Ottawa (Ontario)"}
    gone = {"title": "You will leave the GC Jobs Web site", "department": None}
    man = {"job_posting": {"metadata": {"job_title": "Gizmo Clerk 3"}}}
    co_op = {"title": "Co-op Student, Gizmos", "organization": "Ministry of Gizmos"}
    posting = {
        "AB/ab_1.json": ab,
        "ONT/ont_1.json": ont,
        "ONT/ont_2.json": co_op,
        "GOC/1.json": goc,
        "GOC/2.json": gone,
        "MAN/man_1.json": man,
    }
    paths = {}
    for rel, doc in posting.items():
        board, file = rel.split("/")
        paths[rel] = _saved(tmp_path / "pjs" / "data" / board / "jobs_json" / file, json.dumps(doc))
    public = [r for rel in posting for r in build_market_be.read(boards, paths[rel])]
    assert public[0] == (
        "Alberta / Widgets",
        "Widget  Policy Analyst",
        f"ca-public:data/AB/jobs_json/ab_1.json@{boards.commit[:8]}",
    )
    assert public[1][:2] == ("Ontario / Ministry of Gizmos", "Manager, Gizmo Services")
    assert public[3][:2] == ("Canada / Gizmo Canada", "Gizmo Officer")
    assert public[5][:2] == ("Manitoba", "Gizmo Clerk 3")
    # SEEK's page (invented rows): one agency's many titles, an anonymous advertiser, an open
    # call, entities read; the same page at a second commit.
    first, second = seek.commits[:2]
    row = (
        '<tr><td class="td-title">\n  <a href="u">{t}</a>\n  <span class="badge">x</span>\n'
        '</td>\n<td class="td-co">{c}</td><td class="td-loc">Town</td></tr>'
    )
    page = "".join(row.format(t=f"Process Worker {n}", c="Agencyco") for n in range(7))
    page += row.format(t="Pick &amp; Packer", c="Private Advertiser")
    page += row.format(t="Expression of Interest - Tauranga", c="Roadco")
    page += row.format(t="Drainlayer", c="Roadco")
    html_first = _saved(tmp_path / "nz" / first / "index.html", page)
    html_second = _saved(
        tmp_path / "nz" / second / "index.html", row.format(t="Pick &amp; Packer", c="Roadco")
    )
    with pytest.raises(ValueError):
        build_market_be.read(seek, html_first)  # one path at several commits: name one
    nz = build_market_be.read(seek, html_first, first) + build_market_be.read(
        seek, html_second, second
    )
    assert nz[7][:2] == ("Private Advertiser", "Pick & Packer")
    assert nz[-1] == ("Roadco", "Pick & Packer", f"nz-seek:index.html@{second[:8]}")
    # Calgary's list (invented): a co-op and an architect.
    ca_commit = calgary.commits[0]
    jobs = [
        {"title": "Architectural Gizmo Technologist", "company": "Archco"},
        {"title": "Co-op, Gizmo Design (8-months)", "company": "Archco"},
        {"title": "Known Title", "company": "Archco"},
    ]
    ca = _saved(tmp_path / "ca" / ca_commit / "all_jobs.json", json.dumps(jobs))
    groups = [
        ("ca-public", public),
        ("nz-seek", nz),
        ("ca-calgary", build_market_be.read(calgary, ca, ca_commit)),
    ]
    rows = build_market_be.candidates(groups, {"known title"})
    assert [r[0] for r in rows if r[2].startswith("ca-public:")] == sorted(
        ["Widget Policy Analyst", "Manager, Gizmo Services", "Gizmo Officer", "Gizmo Clerk 3"],
        key=lambda t: corpus_tools.salted_order("market_be", t.casefold()),
    )
    agency = [r for r in rows if r[1] == "Agencyco"]
    assert len(agency) == seek.per_employer and all(
        r[0].startswith("Process Worker ") for r in agency
    )
    assert sorted(r[0] for r in rows if r[1] == "Roadco") == ["Drainlayer", "Pick & Packer"]
    assert not [r for r in rows if r[1] == "Private Advertiser"]
    assert [r[0] for r in rows if r[1] == "Archco"] == ["Architectural Gizmo Technologist"]
    monkeypatch.setattr(build_market_be.BUILDER, "known", lambda: set())
    assert build_market_be.main(["--file", f"ca-public={paths['ONT/ont_1.json']}"]) == 0
    assert capsys.readouterr().out.startswith("Manager, Gizmo Services\tOntario / ")
    _check_rejected(
        build_market_be,
        capsys,
        ["--file", f"ca-public={_saved(tmp_path / 'XX' / 'jobs_json' / 'a.json', '{}')}"],
        ["--file", f"ca-public={_saved(tmp_path / 'AB' / 'other' / 'a.json', '{}')}"],
        ["--file", f"ca-public={paths['AB/ab_1.json']}@{'0' * 40}"],
        ["--file", f"nz-seek={html_first}"],
        ["--file", f"nz-seek={html_first}@{'0' * 40}"],
        ["--file", f"ca-calgary={_saved(tmp_path / 'bad' / 'all_jobs.json', '{}')}@{ca_commit}"],
        ["--file", f"nowhere={ca}"],
    )


# --- postings_level: whole postings' levels (title, source level field, years asked) ---

build_postings_level = _module("build_postings_level")
postings_level = _module("postings_level")
_POSTINGS_COLUMNS = {
    "title", "category", "level_field", "experience", "source", "employer", "split", "level",
    "basis", "note",
}  # fmt: skip
_POSTINGS_SOURCE = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}:[^#]+#\S+$")


def test_postings_level_rows_have_the_columns_splits_provenance_and_caps() -> None:
    lines = (BENCH / "data" / "postings_level.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) >= 300
    levels = set(load_taxonomy().levels)
    for r in rows:
        assert set(r) == _POSTINGS_COLUMNS, r["title"]
        assert r["split"] == build_esco.split_of(r["title"])
        assert _POSTINGS_SOURCE.match(r["source"]), r["source"]
        assert r["basis"] in postings_level.BASES
        # The taxonomy's order: a basis other than "none" gives a level, "none" gives none;
        # a field's basis needs a field, a years' basis an extract to read them from.
        assert (r["level"] is None) == (r["basis"] == "none"), r["title"]
        assert r["level"] is None or r["level"] in levels
        assert r["basis"] != "field" or r["level_field"], r["title"]
        assert r["basis"] != "years" or r["experience"], r["title"]
        for sentence in r["experience"]:
            assert 0 < len(sentence) <= build_postings_level.MAX_CHARS
            assert "<" not in sentence or ">" not in sentence, sentence
    assert len({r["source"] for r in rows}) == len(rows)
    per_employer = Counter(r["employer"].casefold() for r in rows)
    assert max(per_employer.values()) <= build_postings_level.PER_EMPLOYER
    assert {r["split"] for r in rows} == set(postings_level.SPLITS)
    bases = Counter(r["basis"] for r in rows)
    assert all(bases[b] >= 15 for b in postings_level.BASES), bases


def test_postings_level_builder_keeps_the_sentences_that_ask_years() -> None:
    html = (
        "<p>We were founded 20 years ago.</p><ul><li>5+ years of Python experience</li>"
        "<li>Great benefits</li><li>Mindestens 3 Jahre Berufserfahrung</li></ul>"
        "<p>Vous avez 2 ans d&#39;expérience. Une expérience unique.</p>"
        "<p>We inspire one another.</p><p>経験3年以上</p>"
    )
    assert build_postings_level.experience_sentences(html) == [
        "We were founded 20 years ago.",
        "5+ years of Python experience",
        "Mindestens 3 Jahre Berufserfahrung",
        "Vous avez 2 ans d'expérience.",
        "経験3年以上",
    ]
    long = "x " * 400 + "at least two years of sales experience " + "y " * 400
    (cut,) = build_postings_level.experience_sentences(long)
    assert len(cut) <= build_postings_level.MAX_CHARS and "two years" in cut


def test_postings_level_scorer_reports_bases_sources_and_confusion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def row(title: str, field: str | None, exp: list[str], level: str | None, basis: str) -> str:
        return json.dumps({
            "title": title, "category": None, "level_field": field, "experience": exp,
            "source": f"acme/jobs@{'0' * 40}:data/x.json#{title}", "employer": "acme",
            "split": "train", "level": level, "basis": basis, "note": None,
        })  # fmt: skip

    corpus = _saved(
        tmp_path / "postings.jsonl",
        "\n".join([
            row("Senior Data Engineer", None, [], "senior", "title"),
            row("Data Engineer", "Internship", [], "intern", "field"),
            row("Data Engineer", None, ["5+ years of experience with SQL"], "senior", "years"),
            row("Data Engineer", None, [], "lead", "none"),  # a wrong gold: one miss
        ]),
    )  # fmt: skip
    assert postings_level.main(["--corpus", str(corpus), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "level accuracy: 3/4 (75.0%)" in out
    assert "  title  1/1 (100.0%)" in out and "  none   0/1 (0.0%)" in out
    assert "acme/jobs/data" in out and "confusion" in out
    assert "     lead <- -" in out
    with pytest.raises(SystemExit):
        postings_level.main(["--corpus", str(corpus), "--set", "test", "--errors"])


build_market_bf = _module("build_market_bf")


def test_market_bf_is_scored_once_job_board_apis_drawn_after_market_bd() -> None:
    """A held-out corpus drawn after market_bd (`_check_scored_board_corpus`): the answers
    of the job-board APIs the project's adapters read (Arbeitnow, Remotive, Remote OK);
    every function of those boards, a third of it in German, glossed."""
    rows = _check_scored_board_corpus(
        "market_bf.tsv", build_market_bf, after="market_bd", most=450, employers=300
    )
    # Every function: the office, sales and trade work beside the tech roles, no role over
    # two fifths; no source over half.
    roles = Counter(r["role"] for r in rows)
    assert max(roles.values()) < len(rows) * 2 / 5
    assert min(roles[r] for r in ("operations", "sales-marketing", "other")) >= 40
    tech = set(load_taxonomy().roles) - {"sales-marketing", "operations", "other"}
    assert sum(roles[r] for r in tech) >= 80
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert set(sources) == set(build_market_bf.BY_TAG)
    assert max(sources.values()) <= len(rows) / 2
    # German titles as Arbeitnow posts them, each glossed.
    german = [r for r in rows if re.search(r"\(m/w/d\)|\(w/m/d\)|:in\b|\*in\b", r["title"])]
    german = [
        r for r in german if re.search(r"[äöüß]|\b(Mitarbeiter|Leiter|Sachbearbeiter)", r["title"])
    ]
    assert len(german) >= 30 and all(r["note"] for r in german)


def _market_bf_inputs(root: Path) -> dict[str, Path]:
    """Arbeitnow's answer and a CSV of its fields, Remote OK's list and Remotive's answer
    and board CSV, as the pipelines save them (invented)."""
    board = {
        "data": [
            {"company_name": "Kanzlei Muster", "title": f"Steuerfachangestellte:r  {n}"}
            for n in range(8)
        ]
        + [
            {"company_name": "Kanzlei Muster", "title": "Ausbildung Steuerfachangestellte:r"},
            {"company_name": "Shopco GmbH", "title": "Werkstudent:in\u200b Marketing"},
            {"company_name": "Shopco GmbH", "title": "Einstiegsqualifizierung Verkauf"},
            {"company_name": "Shopco GmbH", "title": "Initiativbewerbung (m/w/d)"},
            {"company_name": "", "title": "Buchhalter (m/w/d)"},
        ],
        "links": {},
        "meta": {},
    }
    remoteok = [
        {"last_updated": 1, "legal": "API terms"},
        {"company": "Postco", "position": "Mail Carrier"},
        {"company": "Testers", "position": "asdffd"},
        {"company": "Testers", "position": "Template"},
    ]
    remotive = {
        "0-legal-notice": "terms",
        "jobs": [{"company_name": "Helpco", "title": "Support Agent I"}],
    }
    paths = {
        "a-csv": root / "a" / "arbeitnow_jobs.csv",
        "a-json": root / "b" / "arbeitnow_jobs.json",
        "remoteok": root / "remoteok_jobs.json",
        "remotive": root / "remotive_jobs.json",
        "board-csv": root / "remotive_jobs.csv",
    }
    _saved(
        paths["a-csv"],
        "slug,company_name,title,location\ns1,Flixco,Lokführer (m/w/d),Berlin\n"
        "s2,Flixco,https://flixco.de,Berlin\n",
    )
    _saved(paths["a-json"], json.dumps(board))
    _saved(paths["remoteok"], json.dumps(remoteok))
    _saved(paths["remotive"], json.dumps(remotive))
    rows = "".join(
        f"Account Executive {n},Salesco,USA,,,https://x/{n},Remotive\n" for n in range(4)
    )
    _saved(paths["board-csv"], "title,company,location,salary,skills,link,source\n" + rows)
    return paths


def test_market_bf_builder_reads_each_api_save_caps_employers_and_screens(
    tmp_path: Path,
) -> None:
    paths = _market_bf_inputs(tmp_path / "in")
    by_tag = build_market_bf.BY_TAG
    groups = [
        ("de-arbeitnow-2507", build_market_bf.read(by_tag["de-arbeitnow-2507"], paths["a-csv"])),
        ("de-arbeitnow-2604", build_market_bf.read(by_tag["de-arbeitnow-2604"], paths["a-json"])),
        ("remoteok-2606", build_market_bf.read(by_tag["remoteok-2606"], paths["remoteok"])),
        ("remotive-2604", build_market_bf.read(by_tag["remotive-2604"], paths["remotive"])),
        ("remotive-2505", build_market_bf.read(by_tag["remotive-2505"], paths["board-csv"])),
    ]
    rows = build_market_bf.candidates(groups, {"known title"})
    titles = [r[0] for r in rows]
    # Six of one employer (whitespace collapsed), two of one employer of the limited
    # Remotive board; Remote OK's "position" read, its notice and test postings dropped.
    assert len([t for t in titles if t.startswith("Steuerfachangestellte:r")]) == 6
    assert len([r for r in rows if r[1] == "Salesco"]) == 2
    assert {"Lokführer (m/w/d)", "Mail Carrier", "Support Agent I"} <= set(titles)
    commit = by_tag["remoteok-2606"].commit[:8]
    assert [r[1:] for r in rows if r[0] == "Mail Carrier"] == [
        ["Postco", f"remoteok-2606:data/raw/remoteok_jobs.json@{commit}"]
    ]
    for gone in (
        "Ausbildung Steuerfachangestellte:r",  # an apprenticeship
        "Werkstudent:in Marketing",  # a working student
        "Einstiegsqualifizierung Verkauf",  # a pre-apprenticeship placement
        "Initiativbewerbung (m/w/d)",  # an unsolicited application
        "Buchhalter (m/w/d)",  # no employer
        "https://flixco.de",
        "asdffd",
        "Template",
    ):
        assert gone not in titles, gone


def test_market_bf_builder_prints_tsv_and_reports_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_market_bf.BUILDER, "known", lambda: set())
    paths = _market_bf_inputs(tmp_path / "in")
    assert build_market_bf.main(["--file", f"remotive-2604={paths['remotive']}"]) == 0
    commit = build_market_bf.BY_TAG["remotive-2604"].commit[:8]
    assert capsys.readouterr().out.splitlines() == [
        f"Support Agent I\tHelpco\tremotive-2604:data/raw/remotive_jobs.json@{commit}"
    ]
    no_column = _saved(tmp_path / "c" / "remotive_jobs.csv", "name,company\nx,y\n")
    not_object = _saved(tmp_path / "d" / "arbeitnow_jobs.json", "[]")
    _check_rejected(
        build_market_bf,
        capsys,
        ["--file", f"remotive-2604={tmp_path / 'in' / 'other.json'}"],  # no file it knows
        ["--file", f"remoteok-2606={paths['remoteok']}@{'0' * 40}"],  # no version it knows
        ["--file", f"remotive-2505={no_column}"],
        ["--file", f"de-arbeitnow-2606={not_object}"],
        ["--file", f"nowhere={paths['remotive']}"],
    )


build_market_bg = _module("build_market_bg")


def test_market_bg_is_scored_once_pakistan_and_uae_boards_drawn_after_market_be() -> None:
    """A held-out corpus drawn after market_be (`_check_scored_board_corpus`), employers
    named without a trailing comma; the national board's office work, glossed."""
    rows = _check_scored_board_corpus(
        "market_bg.tsv", build_market_bg, after="market_be", most=450, employers=200
    )
    employers = [r["source"].partition("|")[2] for r in rows]
    assert all(e == e.strip(", ") for e in employers)
    assert {f"market_b{c}.tsv" for c in "abcde"} <= set(build_market_bg.DRAWN_BEFORE)
    # The national board mostly office work (operations and selling), the UAE's employers
    # and the skills tracker mostly tech.
    rozee = Counter(r["role"] for r in rows if r["source"].startswith("pk-rozee:"))
    assert rozee["operations"] + rozee["sales-marketing"] >= sum(rozee.values()) * 2 / 3
    tracker = Counter(r["role"] for r in rows if r["source"].startswith("pk-skillscout:"))
    assert tracker.most_common(1)[0][0] == "software-engineer"
    sources = Counter(r["source"].partition(":")[0] for r in rows)
    assert set(sources) == set(build_market_bg.BY_TAG)
    # Local abbreviations are glossed.
    glossed = re.compile(r"\b(BDO|SQA|FTP|UAEN|AVP|I-C)\b")
    assert all(r["note"] for r in rows if glossed.search(r["title"]))


def test_market_bg_builder_reads_each_saved_form_caps_employers_and_screens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_tag = build_market_bg.BY_TAG
    rozee, uae, tracker = by_tag["pk-rozee"], by_tag["ae-digital"], by_tag["pk-skillscout"]
    # Rozee.pk's CSV (invented rows): the card's trailing comma after the company, one
    # firm's many titles, a trainee place, the board's demo and an anonymous advertiser.
    lines = ["title,company,location,experience,skills"]
    lines += [f'Widget Officer {n},"Widgetco, ",Lahore,2 Years,' for n in range(8)]
    lines += [
        'Management Trainee Officer (MTO),"Widgetco, ",Karachi,,',
        'Gizmo Designer,"RozeeGPT Demo, ",Lahore,,',
        "Gizmo Analyst,Confidential,Lahore,,",
        'Known Title,"Gizmoco, ",Lahore,,',
        'Assistant Manager - Gizmos,"Gizmoco, ",Lahore,,',
    ]
    csv_path = _saved(tmp_path / "in" / "jobs_raw.csv", "\n".join(lines) + "\n")
    pk = build_market_bg.read(rozee, csv_path)
    assert pk[0] == (
        "Widgetco",
        "Widget Officer 0",
        f"pk-rozee:data/jobs_raw.csv@{rozee.commit[:8]}",
    )
    # The UAE store's JavaScript module (invented): unquoted keys, a trailing comma.
    module = (
        "export const jobsListing = {\n    count: 2,\n    jobs: [\n      {\n"
        '        company: "Gadgetco",\n        company_info: {\n          company: "Gadgetco",\n'
        '        },\n        job_title: "Sr. Manager/Gadget Sales",\n      },\n      {\n'
        '        company: "Gadgetco",\n        job_title: "Gadget Intern",\n      },\n    ],\n};\n'
    )
    js = build_market_bg.read(uae, _saved(tmp_path / "in" / "jobs.js", module))
    assert js == [
        ("Gadgetco", "Sr. Manager/Gadget Sales", f"ae-digital:src/store/jobs.js@{uae.commit[:8]}"),
        ("Gadgetco", "Gadget Intern", f"ae-digital:src/store/jobs.js@{uae.commit[:8]}"),
    ]
    # The skills tracker's JSON list, one file at two commits: name one; a board's page
    # title where a posting's should be.
    first, second = tracker.commits[:2]
    items = [
        {"title": "Gizmo Developer", "company": "Devco"},
        {"title": "Web Develper Jobs in Lahore, Pakistan", "company": "Devco"},
    ]
    saved = _saved(tmp_path / "ss" / "data" / "raw" / "rozee.json", json.dumps(items))
    with pytest.raises(ValueError):
        build_market_bg.read(tracker, saved)
    ss = build_market_bg.read(tracker, saved, first) + build_market_bg.read(tracker, saved, second)
    assert ss[-1] == (
        "Devco",
        "Web Develper Jobs in Lahore, Pakistan",
        f"pk-skillscout:data/raw/rozee.json@{second[:8]}",
    )
    groups = [("pk-rozee", pk), ("ae-digital", js), ("pk-skillscout", ss)]
    rows = build_market_bg.candidates(groups, {"known title"})
    widget = [r for r in rows if r[1] == "Widgetco"]
    assert len(widget) == build_market_bg.PER_EMPLOYER
    assert all(r[0].startswith("Widget Officer ") for r in widget)
    assert [r[0] for r in rows if r[1] == "Gizmoco"] == ["Assistant Manager - Gizmos"]
    assert not [r for r in rows if r[1] in ("RozeeGPT Demo", "Confidential")]
    assert [r[0] for r in rows if r[1] == "Gadgetco"] == ["Sr. Manager/Gadget Sales"]
    assert [r[0] for r in rows if r[1] == "Devco"] == ["Gizmo Developer"]
    monkeypatch.setattr(build_market_bg.BUILDER, "known", lambda: set())
    assert build_market_bg.main(["--file", f"pk-rozee={csv_path}"]) == 0
    assert capsys.readouterr().out.count("\tWidgetco\tpk-rozee:data/jobs_raw.csv@") == 6
    _check_rejected(
        build_market_bg,
        capsys,
        ["--file", f"pk-rozee={_saved(tmp_path / 'bad' / 'jobs_raw.csv', 'titel,firma')}"],
        ["--file", f"pk-rozee={csv_path}@{'0' * 40}"],
        ["--file", f"ae-digital={_saved(tmp_path / 'bad' / 'jobs.js', 'const x = 1;')}"],
        [
            "--file",
            f"ae-digital={_saved(tmp_path / 'bad2' / 'jobs.js', 'export const x = {a: 1};')}",
        ],
        ["--file", f"pk-skillscout={saved}"],
        ["--file", f"pk-skillscout={tmp_path / 'elsewhere' / 'other.json'}@{first}"],
        ["--file", f"nowhere={csv_path}"],
    )
