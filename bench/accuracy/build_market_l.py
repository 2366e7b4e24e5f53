"""Print the candidate titles of market_l.tsv from saved job data (reads CSV and JSON only)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import INTERN, known_titles, other_corpora, salted_order, squash
from corpus_tools import employer_key as key

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 5
# A dataset without an employer column gives at most this many titles.
PER_DATASET = 100


class Source(NamedTuple):
    """One saved file: its tag, repository, path, commit, format and the two fields read."""

    tag: str
    repo: str
    path: str
    commit: str
    fmt: str  # "csv", "tsv" or "json" (a list of objects)
    title: str
    employer: str  # "" when the file names no employer


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    Source(
        "linkedin-api",
        "ntananh/arigato",
        "data/json/linkedin_jobs.json",
        "170f49bd8c677de16c8fda7d270a6391208e8608",
        "json",
        "title",
        "organization",
    ),
    Source(
        "in-adzuna",
        "ChaitanyaRautCr/Job-Market-Analytics",
        "data/raw/jobs.csv",
        "bca29ae6b191a4a0548828f81578d62cadf5212e",
        "csv",
        "title",
        "company",
    ),
    Source(
        "remoteok-2026",
        "apsh2023/job-data-engineering-pipeline",
        "data/raw/jobs.csv",
        "8300a0565f5501da32ea7741fc19e0f0c4e31863",
        "csv",
        "position",
        "company",
    ),
    Source(
        "remoteok-2025",
        "Keerthana789/job-market--intel-dashboard",
        "data/remoteok_jobs.csv",
        "a886cbc51b05faa41c94810d07987dd8ee112f29",
        "csv",
        "title",
        "company",
    ),
    Source(
        "linkedin-us",
        "Keerthana789/job-market--intel-dashboard",
        "data/linkedin_jobs.csv",
        "a886cbc51b05faa41c94810d07987dd8ee112f29",
        "csv",
        "title",
        "company",
    ),
    Source(
        "linkedin-ma",
        "KhadijaMouhtaj/Job_Scraping",
        "data/linkedin_jobs.csv",
        "1558e3f6caffe7933729ebbe4f9c8dcae58e8193",
        "csv",
        "Job_Title",
        "Company",
    ),
    Source(
        "stepstone-de",
        "AnjanaSuresh01/stepstone-crawler",
        "output/jobs.csv",
        "56945bccae3a6823b36da3cfb3983601a5314a62",
        "csv",
        "jobTitle",
        "",
    ),
    Source(
        "linkedin-in",
        "Satish24678/google-linkedin-job-scraper",
        "data/linkedin_jobs.csv",
        "a8973e9a4f70f7f300ffd0cacc7013ca2c16b775",
        "csv",
        "Job Title",
        "Company",
    ),
    Source(
        "google-in",
        "Satish24678/google-linkedin-job-scraper",
        "data/google_jobs.csv",
        "281bc3af644c899b82e7a2d167b81154f636c5db",
        "csv",
        "Job Title",
        "Company",
    ),
    Source(
        "linkedin-va",
        "m5991/linkedin-jobs-scraper-analysis",
        "data/linkedin_jobs.csv",
        "802e15f0cb75ab0f1afce06458e56d1b53b8263a",
        "csv",
        "title",
        "company",
    ),
    Source(
        "linkedin-eu",
        "Catalitium/catalitiumWeb",
        "data/jobs.csv",
        "155858eb2f4e04c7fbda45d79d376c4a36be8ddc",
        "tsv",
        "JobTitle",
        "CompanyName",
    ),
    Source(
        "remoteok-2026b",
        "Damilare-G/job-market-pipeline",
        "data/jobs.csv",
        "d6ccba1a81e0fc8700b2265069b5d7e565a80215",
        "csv",
        "position",
        "company",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# How many candidates each source may give (the time for labelling was short; None: all).
LIMITS: dict[str, int] = {
    "linkedin-va": 50,
    "google-in": 60,
    "linkedin-eu": 260,
    "remoteok-2026b": 70,
}
# Strings of a title field that are no job title (dropped while labelling).
NON_TITLES = {"work from home break free of the 9 5"}


def corpora() -> list[str]:
    """File names of every labelled title corpus in data/ (market_l itself excepted)."""
    return other_corpora(DATA, "market_l.tsv")


def known() -> set[str]:
    """Case-folded titles of every labelled corpus already in data/."""
    return known_titles(DATA, "market_l.tsv")


def read(source: Source, path: Path) -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved file, in the file's order."""
    tag = f"{source.tag}:{source.path.rpartition('/')[2]}@{source.commit[:8]}"
    if source.fmt == "json":
        with path.open(encoding="utf-8") as fh:
            items = json.load(fh)
        if not isinstance(items, list):
            raise ValueError(f"{path.name}: not a list of postings")
    else:
        csv.field_size_limit(1 << 30)
        # utf-8-sig: some files open with a byte-order mark before the header.
        with path.open(encoding="utf-8-sig", newline="") as fh:
            items = list(csv.DictReader(fh, delimiter="\t" if source.fmt == "tsv" else ","))
    out = []
    for item in items:
        if not isinstance(item, dict):
            raise ValueError(f"{path.name}: a posting is no object")
        title = item[source.title]
        employer = item.get(source.employer) if source.employer else ""
        out.append((str(employer or ""), str(title or ""), tag))
    return out


def candidates(
    groups: list[tuple[str, list[tuple[str, str, str]]]], titles: set[str]
) -> list[list[str]]:
    """New, non-intern titles, at most PER_EMPLOYER an employer: [title, employer, source].

    Groups (tag, rows) are drawn one after another in a salted order of their titles; a
    group whose rows name no employer gives at most PER_DATASET; LIMITS caps a group."""
    count: dict[str, int] = defaultdict(int)
    seen: set[str] = set()
    out = []
    for tag, rows in groups:
        limit = LIMITS.get(tag)
        drawn = 0
        for emp, title, src in sorted(rows, key=lambda r: salted_order("market_l", r[1])):
            if limit is not None and drawn >= limit:
                break
            title = squash(title)
            fold = title.casefold()
            if not title or fold in titles or fold in seen or INTERN.search(title):
                continue
            group = key(emp) or f"dataset:{tag}"
            cap = PER_EMPLOYER if key(emp) else PER_DATASET
            if count[group] >= cap:
                continue
            seen.add(fold)
            count[group] += 1
            drawn += 1
            if fold not in NON_TITLES:
                out.append([title, emp, src])
    return out


def main(argv: list[str] | None = None) -> int:
    """Print candidates as TSV: title, employer, source."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="TAG=PATH",
        help="a saved file, e.g. linkedin-api=linkedin_jobs.json; tags: " + ", ".join(BY_TAG),
    )
    args = ap.parse_args(argv)
    groups: dict[str, list[tuple[str, str, str]]] = {}
    try:
        for spec in args.file:
            tag, sep, path = spec.partition("=")
            if not sep or tag not in BY_TAG:
                raise ValueError(f"unknown source {tag!r} (expected TAG=PATH)")
            groups[tag] = read(BY_TAG[tag], Path(path))
    except (OSError, ValueError, KeyError, UnicodeDecodeError, csv.Error) as exc:
        print(f"build_market_l: cannot read the input: {exc}", file=sys.stderr)
        return 1
    ordered = [(s.tag, groups[s.tag]) for s in SOURCES if s.tag in groups]
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for row in candidates(ordered, known()):
        out.writerow(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
