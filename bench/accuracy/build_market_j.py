"""Print the candidate titles of market_j.tsv from saved career-site data (reads JSON/HTML only).

market_j holds titles of non-technology employers and public bodies: Swiss retailers,
banks, hospitals, manufacturers, cantons and the federal administration (their own
career sites, saved by zeka-hazinesi/jobboard-data), NHS Jobs (stochastictalk/nhs_jobs_data),
Civil Service Jobs (heathd/civil_service_jobs's fixtures), US hospitals', insurers' and
manufacturers' Workday boards (stableotto/workdayxml) and Romanian employers' career pages
(peviitor-scrapers). Nothing fetched is executed; see data/market_j.md for how to rebuild.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import corpus_rows, salted_order, squash
from corpus_tools import employer_key as key

DATA = Path(__file__).resolve().parent / "data"
CORPORA = ["titles", "esco_titles", "onet_titles"] + [f"market_{c}" for c in "abcdefgh"]
PER_EMPLOYER = 8
# Titles taken from each source, chosen round-robin over its employers (salted order), so
# that no single large employer or board fills the corpus.
QUOTA = {"swiss": 320, "nhsjobs": 210, "csjobs": 60, "workday": 110, "peviitor": 80}
# Internships, apprenticeships and other trainee places: the brief allows at most 5%.
TRAINEE = re.compile(
    r"\bintern(ship)?s?\b|praktik|stagiaire|\bstage\b|\blehrstelle|\blernende|\blehre\b"
    r"|apprenti|ausbildung|werkstudent|\bextern\b|student|\bazubi|\bphd\b|doktorand"
    r"|\btrainee\b|training post|\bst[1-3]\b|studium|schnupperlehre|\bplacement\b",
    re.I,
)
MAX_TRAINEE_SHARE = 0.04
# workdayxml searched its boards for nurses: its titles are mostly nursing, so it gets a
# small quota and the per-employer cap below.
WORKDAY_PER_EMPLOYER = 3
# Chip makers among workdayxml's boards: technology employers, outside this corpus's slice.
TECH_EMPLOYERS = {"nvidia", "intel", "microchip", "analog", "marvell", "nxp"}
# Open applications are no job ("Candidature spontanée", "Spontanbewerbung").
NON_TITLE = re.compile(r"spontan|unsolicited|open application|talent pool|talentpool", re.I)

Row = tuple[str, str, str]  # (employer, title, source)


def known_titles() -> set[str]:
    """Case-folded titles of every other labelled corpus."""
    return {row["title"].casefold() for row in corpus_rows(DATA, (f"{n}.tsv" for n in CORPORA))}


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _jobs(obj: Any, *keys: str) -> list[Any]:
    """The list under a chain of keys ([] when the shape differs)."""
    for k in keys:
        obj = obj.get(k) if isinstance(obj, dict) else None
    return obj if isinstance(obj, list) else []


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def swiss(root: Path, commit: str) -> Iterator[Row]:
    """(employer, title, source) of the Swiss career-site dumps, one folder per employer."""
    simple = {  # folder/file -> the key of the title in each item of a top-level list
        "CHUV/chuv_jobs.json": "title",
        "ETH Zürich/ethz_jobs.json": "title",
        "HOCH/h_och_jobs.json": "title",
        "Helsana/helsana_jobs.json": "title",
        "Implenia/implenia_jobs.json": "title",
        "Insel Gruppe/jobs.json": "title",
        "Kanton Genf/ge_geneva_jobs.json": "title",
        "Kanton St.Gallen/st_gallen_jobs.json": "title",
        "RUAG/ruag_jobs.json": "title",
        "Rolex/rolex_jobs.json": "title",
        "Schindler/schindler_jobs_ch.json": "title",
        "Zürcher Kantonalbank/zkb_jobs.json": "stelle",
        "fenaco/fenaco_jobs.json": "title",
        "hirslanden/hirslanden_jobs.json": "title",
        "kanton Bern/jobs_detailed.json": "title",
        "sbb/sbb.json": "title",
    }
    nested = {  # file -> (keys to the list, key of the title)
        "Aldi/aldi_jobs.json": (("jobs",), "title"),
        "Bundesverwaltung/jobs.json": (("jobs",), "title"),
        "Lidl/lidl_jobs.json": (("hits",), "title"),
        "SPAR/spar_jobs.json": (("hydra:member",), "jobTitle"),
        "Universitätsspital Zürich/usz_jobs.json": (("jobs",), "title"),
        "raiffeisen/raiffeisen_jobs.json": (("jobs",), "title"),
        "Kanton Aargau/ag_jobs.json": (("jobs",), "title"),
        "Stadler/stadler_jobs.json": (("message", "jobs"), "title"),
    }
    files = [(f, (), t) for f, t in simple.items()] + [(f, ks, t) for f, (ks, t) in nested.items()]
    for rel, keys, field in files:
        path = root / rel
        if not path.is_file():
            continue
        employer = rel.split("/")[0]
        data = _load(path)
        items = _jobs(data, *keys) if keys else (data if isinstance(data, list) else [])
        for item in items:
            if isinstance(item, dict):
                yield employer, _text(item.get(field)), f"swiss:{rel}@{commit[:12]}|{employer}"
    # Canton of Zurich: the title is an object; Migros: one employer per brand (Denner,
    # Migros Bank, a regional cooperative, ...); Swiss Post: its company (PostFinance, ...).
    rel = "kanton Zürich/download.json"
    if (root / rel).is_file():
        for item in _jobs(_load(root / rel), "jobs"):
            title = item.get("title") if isinstance(item, dict) else None
            if isinstance(title, dict):
                src = f"swiss:{rel}@{commit[:12]}|kanton Zürich"
                yield "kanton Zürich", _text(title.get("value")), src
    rel = "migros/migros.json"
    if (root / rel).is_file():
        for hit in _jobs(_load(root / rel), "hits"):
            doc = hit.get("document") if isinstance(hit, dict) else None
            if not isinstance(doc, dict):
                continue
            brands = doc.get("brand") or [{}]
            brand = _text(brands[0].get("label") if isinstance(brands[0], dict) else "")
            brand = brand or "Migros"
            yield brand, _text(doc.get("title")), f"swiss:{rel}@{commit[:12]}|{brand}"
    rel = "post/swisspost.json"
    if (root / rel).is_file():
        for item in _jobs(_load(root / rel), "items"):
            if not isinstance(item, dict):
                continue
            title = item.get("title") or {}
            info = item.get("info") or {}
            emp = _text(info.get("department") if isinstance(info, dict) else "") or "Post"
            text = _text(title.get("title") if isinstance(title, dict) else "")
            yield emp, text, f"swiss:{rel}@{commit[:12]}|{emp}"


def nhs(root: Path, commit: str) -> Iterator[Row]:
    """(employer, title, source) of the NHS Jobs JSON-LD records (`data/<id>.json`)."""
    for path in sorted((root / "data").glob("*.json")):
        rec = _load(path)
        if not isinstance(rec, dict):
            continue
        org = rec.get("hiringOrganization")
        emp = _text(org.get("name") if isinstance(org, dict) else "")
        rel = f"data/{path.name}"
        yield emp, html.unescape(_text(rec.get("title"))), f"nhsjobs:{rel}@{commit[:12]}|{emp}"


CS_BOX = re.compile(
    r'<h3 class="search-results-job-box-title"><a[^>]*>(.*?)</a></h3></div>\s*'
    r'<div class="search-results-job-box-department">(.*?)</div>',
    re.S,
)


def civil_service(root: Path, commit: str) -> Iterator[Row]:
    """(employer, title, source) of the saved Civil Service Jobs result pages."""
    for name in ("result_page1.html", "result_page2.html"):
        path = root / "spec" / "fixtures" / name
        if not path.is_file():
            continue
        rel = f"spec/fixtures/{name}"
        # The saved pages declare ISO-8859-1 (their en dashes are Windows-1252 bytes).
        for title, dept in CS_BOX.findall(path.read_text(encoding="cp1252", errors="replace")):
            dept = html.unescape(dept).strip()
            yield dept, html.unescape(title), f"csjobs:{rel}@{commit[:12]}|{dept}"


def workday(paths: list[tuple[str, Path]]) -> Iterator[Row]:
    """(employer, title, source) of workdayxml's `job_postings.json` versions (COMMIT, file)."""
    for commit, path in paths:
        data = _load(path)
        for job in data if isinstance(data, list) else []:
            if isinstance(job, dict):
                emp = _text(job.get("company"))
                if key(emp) in TECH_EMPLOYERS:
                    continue
                src = f"workday:job_postings.json@{commit[:12]}|{emp}"
                yield emp, _text(job.get("job_title")), src


MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
# peviitor-scrapers repositories whose pages list another company's jobs at times (a shared
# template) or mix two companies: left out.
PEVIITOR_SKIP = {"gusturi-divine-srl-nodejs-scraper", "sobis-turism-nodejs-scraper"}


def peviitor(root: Path) -> Iterator[Row]:
    """(employer, title, source) of peviitor-scrapers' `docs/jobs.md` versions, saved as
    `<root>/<repository>/<commit>.md`; a version whose heading names another company is
    skipped (the scrapers sometimes wrote a template company's list)."""
    for repo_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        repo = repo_dir.name
        if repo in PEVIITOR_SKIP:
            continue
        first = key(repo.split("-")[0])
        for path in sorted(repo_dir.glob("*.md")):
            text = path.read_text(encoding="utf-8")
            head = re.search(r"^# (.+)$", text, re.M)
            if not head or not key(head.group(1)).startswith(first):
                continue
            emp = head.group(1).strip()
            src = f"peviitor:peviitor-scrapers/{repo}/docs/jobs.md@{path.stem[:12]}|{emp}"
            for m in re.finditer(r"^### (.+)$", text, re.M):
                title = MD_ESCAPE.sub(r"\1", m.group(1))
                if not re.fullmatch(r"Job \d+", title.strip()):
                    yield emp, title, src


def choose(
    rows: list[Row],
    quota: int,
    salt: str,
    titles: set[str],
    seen: set[str],
    per_employer: int = PER_EMPLOYER,
) -> list[Row]:
    """Up to `quota` new titles, round-robin over employers in a salted order, at most
    PER_EMPLOYER each and few trainee places."""
    by_emp: dict[str, list[Row]] = defaultdict(list)
    local: set[str] = set()
    for emp, title, src in sorted(rows, key=lambda r: salted_order(salt, r[1])):
        title = squash(title)
        fold = title.casefold()
        if len(title) < 3 or not emp or fold in titles or fold in seen or fold in local:
            continue
        if NON_TITLE.search(title):
            continue
        local.add(fold)
        by_emp[key(emp)].append((emp, title, src))
    order = sorted(by_emp, key=lambda k: salted_order(salt + "|emp", k))
    out: list[Row] = []
    trainees = 0
    for rank in range(per_employer):
        for k in order:
            if len(out) >= quota:
                break
            if rank < len(by_emp[k]):
                row = by_emp[k][rank]
                if TRAINEE.search(row[1]):
                    if trainees >= MAX_TRAINEE_SHARE * quota:
                        continue
                    trainees += 1
                out.append(row)
    for _, title, _ in out:
        seen.add(title.casefold())
    return out


def main(argv: list[str] | None = None) -> int:
    """Print candidates as TSV: title, employer, source."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--swiss", type=Path, help="a checkout of zeka-hazinesi/jobboard-data")
    ap.add_argument("--swiss-commit", default="a578e7a6adb9486373a2946fe2388b9a8376cddc")
    ap.add_argument("--nhs", type=Path, help="a checkout of stochastictalk/nhs_jobs_data")
    ap.add_argument("--nhs-commit", default="6ad8e4fb206b49045f6e1c8f2d34d4cd66ca25f3")
    ap.add_argument("--csjobs", type=Path, help="a checkout of heathd/civil_service_jobs")
    ap.add_argument("--csjobs-commit", default="c336dd28c9c5e230e62ce9496a9edc60fa93b37a")
    ap.add_argument("--peviitor", type=Path, help="folder of <repo>/<commit>.md jobs pages")
    ap.add_argument(
        "--workday", nargs="*", default=[], help="COMMIT=PATH of workdayxml job_postings.json"
    )
    args = ap.parse_args(argv)
    titles = known_titles()
    seen: set[str] = set()
    out: list[Row] = []
    try:
        if args.swiss:
            out += choose(
                list(swiss(args.swiss, args.swiss_commit)),
                QUOTA["swiss"],
                "market_j|ch",
                titles,
                seen,
            )
        if args.nhs:
            out += choose(
                list(nhs(args.nhs, args.nhs_commit)), QUOTA["nhsjobs"], "market_j|nhs", titles, seen
            )
        if args.csjobs:
            rows = list(civil_service(args.csjobs, args.csjobs_commit))
            out += choose(rows, QUOTA["csjobs"], "market_j|cs", titles, seen)
        if args.workday:
            specs = []
            for spec in args.workday:
                commit, _, path = spec.partition("=")
                specs.append((commit, Path(path)))
            # Oldest version first, so a title's source names the first version that lists it.
            rows = list(workday(specs))
            out += choose(rows, QUOTA["workday"], "market_j|wd", titles, seen, WORKDAY_PER_EMPLOYER)
        if args.peviitor:
            rows = list(peviitor(args.peviitor))
            out += choose(rows, QUOTA["peviitor"], "market_j|pv", titles, seen)
    except (OSError, ValueError) as exc:
        print(f"build_market_j: cannot read the input: {exc}", file=sys.stderr)
        return 1
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for emp, title, src in out:
        writer.writerow([title, emp, src])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
