"""Draw the candidate titles of market_d.tsv from saved job-board files (reads CSV/JSON only)."""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

# The split rule is build_esco's (one rule for every corpus); the bench scripts are no
# package, so their folder goes on the path to import it and the shared helpers.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_esco import split_of
from corpus_tools import corpus_rows, salted_order, squash
from corpus_tools import employer_key as key

DATA = Path(__file__).parent / "data"
OTHER_CORPORA = (
    "titles.tsv",
    "esco_titles.tsv",
    "onet_titles.tsv",
    "market_a.tsv",
    "market_b.tsv",
    "market_c.tsv",
)
COLUMNS = ("title", "role", "level", "set", "source", "note")
MAX_LEN = 110
SIMPLIFY_COMMIT = "5e913fa8be7a61aa57144f22b5e37dcb8cd00e56"
GUPY_COMMIT = "e1fef28b3880d9ac2d5faa89f1d8cbc184a0e0c1"
SARAMIN_COMMIT = "f52881f0a51559ebbb6a6cb2e3f5dbeb2981fd7f"
# Buckets: (quota, titles per employer), drawn in this order. `saramin` was added after
# the first three had been labelled; drawing it last keeps their picks unchanged.
QUOTAS = {"ats": (230, 4), "gupy": (110, 8), "workday": (200, 4), "saramin": (70, 2)}
# One INSERT row of the saved Saramin table: its first two values, company and title.
SQL_ROW = re.compile(r"VALUES \(\s*'((?:[^']|'')*)',\s*'((?:[^']|'')*)'")
ATS_HOSTS = ("greenhouse.io", "lever.co", "ashbyhq.com", "workable.com", "smartrecruiters.com")


def order(title: str) -> str:
    """A fixed pseudo-random order (a hash with a salt unlike the split's)."""
    return salted_order("market_d", title)


def known(data: Path) -> tuple[set[str], str]:
    """Case-folded titles of the other corpora, and all their source columns as one key."""
    titles: set[str] = set()
    sources: list[str] = []
    for row in corpus_rows(data, OTHER_CORPORA):
        titles.add(row["title"].casefold())
        sources.append(row.get("source") or "")
    return titles, key(" ".join(sources))


def candidates(src: Path) -> dict[str, list[tuple[str, str, str]]]:
    """(title, employer, source) rows of each bucket, in file order."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    rows = json.loads((src / "simplify_summer2025_listings.json").read_text(encoding="utf-8"))
    for r in rows:
        url = str(r.get("url") or "")
        bucket = (
            "workday"
            if "myworkdayjobs.com" in url
            else "ats"
            if any(h in url for h in ATS_HOSTS)
            else ""
        )
        if bucket:
            company = str(r.get("company_name") or "")
            src_tag = f"simplify-summer2025:.github/scripts/listings.json@{SIMPLIFY_COMMIT[:12]}"
            out[bucket].append((str(r.get("title") or ""), company, f"{src_tag}|{company}"))
    with (src / "gupy_data.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            company = row.get("Company") or ""
            tag = f"gupy-br:data.csv@{GUPY_COMMIT[:12]}|{company}"
            out["gupy"].append((row.get("JobName") or "", company, tag))
    # The SQL file is read as text: its quoted values are taken, nothing is executed.
    sql = (src / "saramin_python.sql").read_text(encoding="utf-8")
    for company, title in SQL_ROW.findall(sql):
        company = company.replace("''", "'")
        tag = f"saramin-kr:saramin_python.sql@{SARAMIN_COMMIT[:12]}|{company}"
        out["saramin"].append((title.replace("''", "'"), company, tag))
    return out


def pick(src: Path, data: Path = DATA) -> list[tuple[str, str]]:
    """Choose (title, source) candidates: new titles and employers, capped, by hash order."""
    seen, employers_seen = known(data)
    chosen: list[tuple[str, str]] = []
    found = candidates(src)
    for bucket, (quota, per_employer) in QUOTAS.items():
        rows = found[bucket]
        taken: dict[str, int] = defaultdict(int)
        pool = []
        for title, company, tag in rows:
            t = squash(title)
            # Hangul names have no ASCII letters for key(): compare them whole.
            k = company.casefold() if bucket == "saramin" else key(company)
            if not t or len(t) > MAX_LEN or t.endswith(("…", "...")):
                continue
            if bucket in ("ats", "workday") and (len(k) < 4 or k in employers_seen):
                continue  # an employer some corpus already has
            pool.append((order(t), t, k, tag))
        n = 0
        for _, t, k, tag in sorted(pool):
            if n >= quota or t.casefold() in seen or taken[k] >= per_employer:
                continue
            seen.add(t.casefold())
            taken[k] += 1
            chosen.append((t, tag))
            n += 1
    return chosen


def main(argv: list[str] | None = None) -> int:
    """Print the candidates as TSV (title, set, source) for hand labelling."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--src", type=Path, required=True, help="directory of the extracted files")
    args = ap.parse_args(argv)
    try:
        rows = pick(args.src)
    except (OSError, ValueError, KeyError) as exc:
        print(f"build_market_d: cannot read input: {exc}", file=sys.stderr)
        return 1
    for title, tag in rows:
        print(f"{title}\t{split_of(title)}\t{tag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
