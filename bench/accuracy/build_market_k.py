"""Print the candidate titles of market_k.tsv from saved job data (reads CSV only)."""

from __future__ import annotations

import argparse
import ast
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import employer_key as key
from corpus_tools import known_titles, other_corpora, salted_order, squash

DATA = Path(__file__).resolve().parent / "data"
REPO = "ArafatMahmood45/Canadian_Job_Market"
UK_REPO = "MartaDataUK/job_tracker"
UK_COMMIT = "03151fd1"  # the commit that last wrote both files
# Commits that added each saved file (the repository's HEAD no longer holds them).
JSEARCH_COMMIT = "de8c0ae"
ADZUNA_COMMIT = "a59786e"
PER_EMPLOYER = 6
# The UK slice is the first UK_DRAWN candidates in the salted order (all that were labelled
# in the time there was); the Canadian slice is every candidate.
UK_DRAWN = 330
# Postings whose "title" is no job title (dropped while labelling).
NON_TITLES = {"join our growing data & ai practice"}
# Internships are kept out (the slice is of regular jobs).
INTERN = re.compile(r"\b(intern|internship|co-?op|stage|stagiaire|apprentice)\b", re.I)


def corpora() -> list[str]:
    """File names of every labelled title corpus in data/ (market_k itself excepted)."""
    return other_corpora(DATA, "market_k.tsv")


def known() -> set[str]:
    """Case-folded titles of every labelled corpus already in data/."""
    return known_titles(DATA, "market_k.tsv")


def jsearch(path: Path) -> list[tuple[str, str, str]]:
    """(employer, title, source) of the JSearch (Google for Jobs) export `document.csv`."""
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            (r["employer_name"], r["job_title"], f"jsearch:document.csv@{JSEARCH_COMMIT}")
            for r in csv.DictReader(fh)
        ]


def adzuna(path: Path) -> list[tuple[str, str, str]]:
    """(employer, title, source) of the Adzuna export `jobs_adz.csv` (company is a dict repr)."""
    csv.field_size_limit(1 << 30)
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            try:
                # A literal dict printed by Python: parsed as data, never executed.
                emp = ast.literal_eval(r["company"]).get("display_name", "")
            except (ValueError, SyntaxError, AttributeError):
                emp = ""
            out.append((emp, r["title"], f"adzuna:jobs_adz.csv@{ADZUNA_COMMIT}"))
    return out


def uk_tracker(path: Path, tag: str) -> list[tuple[str, str, str]]:
    """(employer, title, source) of the UK tracker's `adzuna_jobs.csv` / `linkedin_jobs.csv`."""
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            (r["employer_name"], r["job_title"], f"{tag}:{path.name}@{UK_COMMIT}")
            for r in csv.DictReader(fh)
        ]


def candidates(
    groups: list[list[tuple[str, str, str]]], titles: set[str], limits: tuple[int, ...] = ()
) -> list[list[str]]:
    """New, non-intern titles, at most PER_EMPLOYER each: [title, employer, source].

    Groups are drawn one after another (the Canadian slice first, then the UK one), so a
    later group never displaces a title an earlier one drew; `limits[i]`, when given, caps
    how many group i gives."""
    count: dict[str, int] = defaultdict(int)
    seen: set[str] = set()
    out = []
    for i, rows in enumerate(groups):
        drawn = 0
        for emp, title, src in sorted(rows, key=lambda r: salted_order("market_k", r[1])):
            if i < len(limits) and drawn >= limits[i]:
                break
            title = squash(title)
            fold = title.casefold()
            if not title or fold in titles or fold in seen or INTERN.search(title):
                continue
            if count[key(emp)] >= PER_EMPLOYER:
                continue
            seen.add(fold)
            count[key(emp)] += 1
            drawn += 1
            if fold not in NON_TITLES:
                out.append([title, emp, src])
    return out


def main(argv: list[str] | None = None) -> int:
    """Print candidates as TSV: title, employer, source."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--jsearch", type=Path, help=f"document.csv of {REPO}@{JSEARCH_COMMIT}")
    ap.add_argument("--adzuna", type=Path, help=f"jobs_adz.csv of {REPO}@{ADZUNA_COMMIT}")
    ap.add_argument("--uk-adzuna", type=Path, help=f"adzuna_jobs.csv of {UK_REPO}@{UK_COMMIT}")
    ap.add_argument("--uk-linkedin", type=Path, help=f"linkedin_jobs.csv of {UK_REPO}")
    args = ap.parse_args(argv)
    canada: list[tuple[str, str, str]] = []
    uk: list[tuple[str, str, str]] = []
    try:
        if args.jsearch:
            canada += jsearch(args.jsearch)
        if args.adzuna:
            canada += adzuna(args.adzuna)
        if args.uk_adzuna:
            uk += uk_tracker(args.uk_adzuna, "uk-adzuna")
        if args.uk_linkedin:
            uk += uk_tracker(args.uk_linkedin, "uk-linkedin")
    except (OSError, ValueError, KeyError, UnicodeDecodeError, csv.Error) as exc:
        print(f"build_market_k: cannot read the input: {exc}", file=sys.stderr)
        return 1
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for row in candidates([canada, uk], known(), (len(canada), UK_DRAWN)):
        out.writerow(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
