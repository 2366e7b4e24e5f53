"""Print the candidate titles of market_m.tsv from saved ATS-board data (reads JSON, CSV only)."""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import INTERN, file_spec, known_titles, other_corpora, salted_order, squash
from corpus_tools import employer_key as key

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6


class Source(NamedTuple):
    """One saved file or folder: its tag, repository, path, commit, format and fields read."""

    tag: str
    repo: str
    path: str
    commit: str
    fmt: str  # "list": a JSON list; "boards": a folder of one JSON board each; "csv"; "ssv"
    title: str
    employer: str
    # (field, pattern): only postings whose field matches the pattern in full (an ATS, not
    # a careers page's links; a technology employer); None: every posting.
    only: tuple[str, str] | None = None
    # Marks of a careers page's text that a scraper caught with a title (contract type,
    # office, "Apply", other postings): such a string is no published title.
    noise: str = ""
    # A lower cap per employer for a source with many boards (more employers, fewer each).
    per_employer: int = 0


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    Source(
        "fastai-boards",
        "musadiqmuneeb/fast-ai-startup-jobs-dataset",
        "data/companies",
        "1211abeaed304c4e831c96ec14488aafc29cac6d",
        "boards",
        "role_name",
        "company",
    ),
    Source(
        "hw-jobs",
        "npawar12/hardware-jobs",
        "hardware_listings.json",
        "53362c743c22aa582ea495b5dfe11b573e71d753",
        "list",
        "role",
        "company",
    ),
    Source(
        "bio-ats",
        "Bit-2310/bioinfo-job-tracker",
        "data/jobs_history.csv",
        "eee9f1dbab9507c0915cbf5edba3c45467da3275",
        "csv",
        "job_title",
        "company",
        ("source", "greenhouse|lever|smartrecruiters"),
    ),
    Source(
        "newspace",
        "gourav1511/newspace-jobs",
        "scraper/Jobs.csv",
        # The file's last version; its 40 versions are read (TAG=PATH@COMMIT each).
        "46093c0abbfadb1ee973f740b6335b4ae558d2aa",
        "csv",
        "Role",
        "Company",
        noise=r"·|…|Â|Permanent employee|Full[- ]time|\bApply$|\bpositions\b|Royaume-Uni|"
        r"Sumida-ku|Didcot|Toulouse|Luxembourg , |Berlin Flexible|Washington, DC|"
        r"Employee Spotlight|View all|Remote —|Hybrid —",
    ),
    Source(
        "gh-viewer",
        "pedrororo/streamlit-jobs-viewer",
        "data/jobs_latest.csv",
        "fec3f2f0b3db990151b07547ac68ca70029d58f0",
        "ssv",
        "title",
        "company",
        # Greenhouse boards only (not the remote-board feeds of the same file), without the
        # two that are no technology employers (home care, property management).
        ("source", r"greenhouse:(?!ouihelp$|assetliving$)[\w-]+"),
        per_employer=3,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# One employer under two names in different sources (a board token and a display name):
# the cap counts them together.
ALIASES = {"andurilindustries": "anduril"}
# Strings of a title field that are no job title (found while labelling): test postings
# and talent-pool calls. They are dropped before the employer cap counts, so an employer's
# slots go to its real jobs.
NON_TITLES = {
    "test",
    "jon test",
    "harqen test",
    "general interest: join our talent community (cambridge, uk)",
    "general interest: join our talent community (san diego)",
    "general interest: join our talent community (san francisco bay area)",
    "talent community, us based roles",
    "i don't see the right role",
    "join form bio",
    "business development opportunities",
    "managers' transactions",
    "internet of things",
    "6 data-driven strategies emergency managers should use for hurricane preparedness",
}


def corpora() -> list[str]:
    """File names of every labelled title corpus in data/ (market_m itself excepted)."""
    return other_corpora(DATA, "market_m.tsv")


def known() -> set[str]:
    """Case-folded titles of every labelled corpus already in data/."""
    return known_titles(DATA, "market_m.tsv")


def _postings(source: Source, path: Path) -> list[tuple[str, object]]:
    """(file name, posting) pairs of a saved list file or of a folder of board files."""
    if source.fmt == "boards":
        if not path.is_dir():
            raise ValueError(f"{path.name}: not a folder of board files")
        out: list[tuple[str, object]] = []
        for board in sorted(path.glob("*.json")):
            with board.open(encoding="utf-8") as fh:
                doc = json.load(fh)
            if not isinstance(doc, dict) or not isinstance(doc.get("positions"), list):
                raise ValueError(f"{board.name}: no list of positions")
            company = doc.get(source.employer)
            for item in doc["positions"]:
                if isinstance(item, dict) and not item.get(source.employer):
                    item = {**item, source.employer: company}
                out.append((board.name, item))
        return out
    if source.fmt in ("csv", "ssv"):
        csv.field_size_limit(1 << 30)
        with path.open(encoding="utf-8-sig", newline="") as fh:
            sep = ";" if source.fmt == "ssv" else ","
            return [(path.name, row) for row in csv.DictReader(fh, delimiter=sep)]
    with path.open(encoding="utf-8") as fh:
        items = json.load(fh)
    if not isinstance(items, list):
        raise ValueError(f"{path.name}: not a list of postings")
    return [(path.name, item) for item in items]


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved file or folder, in its order; `commit`
    names the version read when it is not the source's own."""
    out = []
    for name, item in _postings(source, path):
        if not isinstance(item, dict):
            raise ValueError(f"{name}: a posting is no object")
        # A missing field is an error (KeyError), not a reason to skip every posting.
        if source.only and not re.fullmatch(source.only[1], str(item[source.only[0]] or "")):
            continue
        title = item[source.title]
        if source.noise and re.search(source.noise, str(title or "")):
            continue
        employer = item.get(source.employer)
        # A board folder names the board's file; a single file, the repository's name.
        where = name if source.fmt == "boards" else source.path.rpartition("/")[2]
        tag = f"{source.tag}:{where}@{(commit or source.commit)[:8]}"
        out.append((str(employer or ""), str(title or ""), tag))
    return out


def candidates(
    groups: list[tuple[str, list[tuple[str, str, str]]]], titles: set[str]
) -> list[list[str]]:
    """New, non-intern titles, at most PER_EMPLOYER an employer: [title, employer, source].

    Groups (tag, rows) are drawn one after another in a salted order of their titles;
    rows that name no employer are skipped (the cap could not hold)."""
    count: dict[str, int] = defaultdict(int)
    seen: set[str] = set()
    out = []
    for tag, rows in groups:
        cap = BY_TAG[tag].per_employer or PER_EMPLOYER
        drawn: dict[str, int] = defaultdict(int)
        for emp, title, src in sorted(rows, key=lambda r: salted_order("market_m", r[1])):
            title = squash(title)
            fold = title.casefold()
            group = ALIASES.get(key(emp), key(emp))
            if not title or not group or fold in titles or fold in seen or INTERN.search(title):
                continue
            if fold in NON_TITLES or count[group] >= PER_EMPLOYER or drawn[group] >= cap:
                continue
            drawn[group] += 1
            seen.add(fold)
            count[group] += 1
            out.append([title, emp, src])
    return out


def main(argv: list[str] | None = None) -> int:
    """Print candidates as TSV: title, employer, source."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="TAG=PATH[@COMMIT]",
        help="a saved file or folder, e.g. hw-jobs=hardware_listings.json, or one version of"
        " it (@ the 40-digit commit); a tag may repeat; tags: " + ", ".join(BY_TAG),
    )
    args = ap.parse_args(argv)
    groups: dict[str, list[tuple[str, str, str]]] = {}
    try:
        for spec in args.file:
            tag, path, commit = file_spec(spec, BY_TAG)
            # Versions of one file are drawn in the order given (the oldest first, so
            # a title keeps the first version that lists it).
            groups.setdefault(tag, []).extend(read(BY_TAG[tag], path, commit))
    except (OSError, ValueError, KeyError, UnicodeDecodeError, csv.Error) as exc:
        print(f"build_market_m: cannot read the input: {exc}", file=sys.stderr)
        return 1
    ordered = [(s.tag, groups[s.tag]) for s in SOURCES if s.tag in groups]
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for row in candidates(ordered, known()):
        out.writerow(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
