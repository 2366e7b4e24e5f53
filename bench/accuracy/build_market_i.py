"""Print the candidate titles of market_i.tsv from saved job data (reads CSV and SQL text only).

market_i is rich in the small data, AI, product and design roles and in the titles easily
mistaken for them. Each input is one file of a public repository, extracted with
`git show COMMIT:PATH > FILE` and passed as `--source TAG=FILE`; nothing fetched is run.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import corpus_rows, salted_order, squash
from corpus_tools import employer_key as key

DATA = Path(__file__).resolve().parent / "data"
CORPORA = ["titles", "esco_titles", "onet_titles"] + [f"market_{c}" for c in "abcdefgh"]
COLUMNS = ("title", "role", "level", "set", "source", "note")
PER_EMPLOYER = 8
# Internships are few in the owners' held-out data: at most this many come in.
MAX_INTERNS = 12
INTERN = re.compile(r"\bintern(ship)?s?\b|co-?op\b|stagiaire|\bstage\b|实习|alternan", re.I)

# Selection buckets (not labels): the small classes are drawn on purpose, so a source's
# quota is split between them. The first pattern that matches a title names its bucket.
BUCKETS = [
    (
        "mlops",
        r"mlops|ml ?ops|(machine learning|\bml|\bai) ?(platform|infra)|model (serving|deploy)",
    ),
    ("ai", r"\bai\b|\ba\.i\.|artificial intelligence|\bllm|gen(erative)? ?ai|prompt|agent|\bia\b"),
    ("research", r"research|applied scientist|\bscientist\b(?!.*\bdata\b)"),
    ("product", r"product (manager|owner|lead|management)|program(me)? manager|project manager"),
    ("design", r"design|\bux\b|\bui\b|user experience"),
    ("ml", r"machine learning|\bml\b|deep learning|computer vision|\bnlp\b|recommend"),
    (
        "data-eng",
        r"data engineer|analytics engineer|\betl\b|data architect|data platform|warehouse",
    ),
    ("data-sci", r"data scien|statistic|quant|decision scien"),
    ("analyst", r"analy|business intelligence|\bbi\b|insight|reporting"),
    ("rest", r""),
]


@dataclass(frozen=True)
class Source:
    """One saved file: where it is, which columns hold title and employer, its quota."""

    repo: str
    path: str
    commit: str
    title: str
    employer: str
    quota: dict[str, int]  # bucket -> titles; "*" for all the buckets not named
    encoding: str = "utf-8"


SOURCES: dict[str, Source] = {
    "linkedin-2024-ds": Source(
        "Venura-94/Job-Posting-Analysis-of-DataScientists-2024",
        "job_postings.csv",
        "27b2c841295fb10d2dc09efb6da1f441b9427f6e",
        "job_title",
        "company",
        {"mlops": 30, "ai": 50, "research": 30, "product": 35, "design": 30, "ml": 35}
        | {"data-eng": 15, "data-sci": 15, "analyst": 10, "rest": 20},
    ),
    "linkedin-2019-da": Source(
        "linpingyu/JobListings",
        "DataAnalyst.csv",
        "96e82c9027b87c269eb899629dd3f50d6f701f89",
        "title",
        "company",
        {"analyst": 40, "rest": 30, "*": 10},
    ),
    "linkedin-2019-ds": Source(
        "linpingyu/JobListings",
        "DataScientist.csv",
        "96e82c9027b87c269eb899629dd3f50d6f701f89",
        "title",
        "company",
        {"data-sci": 20, "rest": 12, "*": 28},
    ),
    "glassdoor-ds": Source(
        "Zayyadibrahim/GlassDoor_Data_Science_Job_Posting",
        "Uncleaned_DS_jobs.csv",
        "0aacf0fe6402055932874e709929d4393ffff18c",
        "Job Title",
        "Company Name",
        {"*": 40},
    ),
    "naukri-ds": Source(
        "Lazy-Creature/Job_portal_scraping",
        "jobs_naukri.csv",
        "ad49131996a6725bbc6893d796df6b240662feaa",
        "Title",
        "Company",
        {"*": 45},
    ),
    "indeed-ba": Source(
        "shanushka/salary-pred",
        "Dataset/BusinessAnalyst.csv",
        "5b4544b0c63c3364872914a106bf29abd8ff433a",
        "Title",
        "Company",
        {"*": 30},
    ),
    "indeed-banking": Source(
        "shanushka/salary-pred",
        "Dataset/Banking2.csv",
        "5b4544b0c63c3364872914a106bf29abd8ff433a",
        "Title",
        "Company",
        {"*": 50},
    ),
    "indeed-finance": Source(
        "shanushka/salary-pred",
        "Faraaz/Finance.csv",
        "5b4544b0c63c3364872914a106bf29abd8ff433a",
        "Title",
        "Company",
        {"*": 40},
    ),
    "indeed-it": Source(
        "shanushka/salary-pred",
        "Faraaz/InformationTechnology.csv",
        "5b4544b0c63c3364872914a106bf29abd8ff433a",
        "Title",
        "Company",
        {"*": 40},
    ),
    "france-travail": Source(
        "rsquaredata/radar-nlp",
        "data/france_travail.csv",
        "eec3af397ead339fc18fc1424865e9d8325270d0",
        "title",
        "company",
        {"*": 35},
    ),
    "emploi-territorial": Source(
        "rsquaredata/radar-nlp",
        "data/emploit_territorial_mistral_enriched.csv",
        "eec3af397ead339fc18fc1424865e9d8325270d0",
        "title",
        "company_name",
        {"*": 10},
    ),
    "lagou-chengdu": Source(
        "ryjfgjl/JobOffers",
        "Spiders/error_position.sql",
        "3dfd263c188817e792d79d00e5ab05e960500dad",
        "positionName",
        "companyName",
        {"*": 25},
    ),
    # Added after the first 723 rows were labelled, to draw more of the small AI, research,
    # product and design classes (the order above keeps those rows as they were).
    "linkedin-2024-aiml": Source(
        "jasonli35/AI-Job-Market-Trend",
        "ai_ml_jobs_linkedin_original.csv",
        "1c2bae63a5ece0aac16cfc0090d9bb1874577413",
        "title",
        "companyName",
        {"ai": 35, "research": 12, "mlops": 10, "ml": 20, "design": 5, "rest": 10, "*": 10},
        "utf-8-sig",  # the file starts with a byte-order mark
    ),
    "ds-jobs-2023": Source(
        "jasonli35/AI-Job-Market-Trend",
        "data_science_job.csv",
        "1c2bae63a5ece0aac16cfc0090d9bb1874577413",
        "Job Title",
        "Company",
        {"research": 35, "product": 30, "design": 5, "ai": 15, "mlops": 10, "rest": 15, "*": 10},
        "cp1252",  # the file is saved in Windows-1252 ("Ebène", "São Paulo")
    ),
    # Design roles (product, UX, brand, research) of technology employers' boards.
    "design-boards": Source(
        "0xchsh/design-jobs",
        "src/data/jobs.ts",
        "c6e29759de03f2a8124b7df25a06f33baf4e1414",
        "title",
        "company",
        {"design": 70, "product": 5, "research": 10, "ai": 5, "rest": 15, "*": 5},
    ),
}

# A saved Lagou row: `values ("id","salary","companyName","positionName",...`.
LAGOU_ROW = re.compile(r'values \("\d+","[^"]*","([^"]*)","([^"]*)"')
# A saved job of a TypeScript data file: `title: "...",` then `company: "...",`.
TS_ROW = re.compile(r'title: "((?:[^"\\]|\\.)*)",\s*company: "((?:[^"\\]|\\.)*)"')
# Glassdoor appends the employer's rating on a new line ("Acme\n3.9").
RATING = re.compile(r"\s+\d(\.\d)?\s*$")


def bucket(title: str) -> str:
    """The selection bucket of a title (the first pattern that matches)."""
    for name, pattern in BUCKETS:
        if re.search(pattern, title, re.I):
            return name
    return "rest"


def known() -> set[str]:
    """Case-folded titles of every other corpus."""
    return {row["title"].casefold() for row in corpus_rows(DATA, (f"{n}.tsv" for n in CORPORA))}


def read(tag: str, path: Path) -> Iterator[tuple[str, str, str]]:
    """(employer, title, source) of every row of one saved file."""
    src = SOURCES[tag]
    where = f"{tag}:{src.repo}/{src.path}@{src.commit[:12]}"
    text = path.read_text(encoding=src.encoding)
    if src.path.endswith(".sql"):
        for employer, title in LAGOU_ROW.findall(text):
            yield employer, title, f"{where}|{squash(employer)}"
        return
    if src.path.endswith(".ts"):
        for title, employer in TS_ROW.findall(text):
            title, employer = (json.loads(f'"{x}"') for x in (title, employer))
            yield employer, title, f"{where}|{squash(employer)}"
        return
    for row in csv.DictReader(text.splitlines(keepends=True)):
        employer = squash(RATING.sub("", row.get(src.employer) or ""))
        yield employer, row.get(src.title) or "", f"{where}|{employer}"


@dataclass
class Drawn:
    """What earlier sources took: titles (case-folded), titles per employer, internships."""

    seen: set[str] = field(default_factory=set)
    per_employer: dict[str, int] = field(default_factory=dict)
    interns: int = 0


def choose(tag: str, rows: list[tuple[str, str, str]], drawn: Drawn) -> list[list[str]]:
    """A source's titles within its quota: new, distinct, employer-capped, few internships."""
    src = SOURCES[tag]
    taken: dict[str, int] = defaultdict(int)
    out: list[list[str]] = []
    for employer, title, source in sorted(rows, key=lambda r: salted_order("market_i", r[1])):
        title = squash(title)
        fold = title.casefold()
        # Chinese names have no Latin letters for `employer_key`: they key as written.
        emp = key(employer) or "".join(employer.casefold().split())
        if not title or not emp or fold in drawn.seen:
            continue
        if drawn.per_employer.get(emp, 0) >= PER_EMPLOYER:
            continue
        b = bucket(title)
        b = b if b in src.quota else "*"  # the buckets a source does not name share "*"
        if taken[b] >= src.quota.get(b, 0):
            continue
        if INTERN.search(title):
            if drawn.interns >= MAX_INTERNS:
                continue
            drawn.interns += 1
        drawn.seen.add(fold)
        drawn.per_employer[emp] = drawn.per_employer.get(emp, 0) + 1
        taken[b] += 1
        out.append([title, employer, source])
    return out


def main(argv: list[str] | None = None) -> int:
    """Print candidates as TSV: title, employer, source."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--source", action="append", default=[], help="TAG=FILE, in this order")
    args = ap.parse_args(argv)
    drawn = Drawn(seen=known())
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for spec in args.source:
        tag, _, path = spec.partition("=")
        if tag not in SOURCES:
            print(f"build_market_i: unknown source {tag!r}", file=sys.stderr)
            return 1
        try:
            rows = list(read(tag, Path(path)))
        except (OSError, UnicodeDecodeError, csv.Error, ValueError) as exc:
            print(f"build_market_i: cannot read {path}: {exc}", file=sys.stderr)
            return 1
        for row in choose(tag, rows, drawn):
            out.writerow(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
