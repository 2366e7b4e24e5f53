"""Draw the candidate titles of market_f.tsv from saved job-board files (reads CSV/JSON only)."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The split rule is build_esco's (one rule for every corpus); the bench scripts are no
# package, so their folder goes on the path to import it.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_esco import split_of
from corpus_tools import corpus_rows, salted_order, squash

DATA = Path(__file__).parent / "data"
OTHER_CORPORA = (
    "titles.tsv",
    "esco_titles.tsv",
    "onet_titles.tsv",
    "market_a.tsv",
    "market_b.tsv",
    "market_c.tsv",
    "market_d.tsv",
)
MAX_LEN = 110
PER_EMPLOYER = 8
# Rows of the Job_Scraper files that an aggregator delivered (the files also hold rows
# read straight from employers' ATS boards, which are not this corpus's slice).
AGGREGATORS = {
    "LinkedIn": "linkedin",
    "Indeed": "indeed",
    "USAJOBS": "usajobs",
    "GoogleJobs": "googlejobs",
    "HiringCafe": "hiringcafe",
    "NEOGOV": "govboards",
    "CalCareers": "govboards",
    "CalOpps": "govboards",
}
# Buckets (the board a title reached the aggregator through) and how many to draw.
QUOTAS = {
    "remotive": 40,
    "jobicy": 35,
    "weworkremotely": 35,
    "remoteco": 20,
    "remoteok": 30,
    "arbeitnow": 45,
    "reed": 40,
    "jooble": 10,
    "muse": 15,
    "adzuna": 20,
    "linkedin": 50,
    "indeed": 40,
    "usajobs": 15,
    "hiringcafe": 25,
    "googlejobs": 10,
    "govboards": 10,
    "zhaopin": 25,
    "lagou": 15,
    "51job": 15,
    "104": 15,
    "wanted": 15,
    "jobplanet": 8,
    "jobkorea": 10,
    "stanby": 25,
    "wttj": 20,
    "hellowork": 15,
    "trabajando-bo": 25,
    "hireline": 10,
    # Added after the buckets above had been labelled; drawn last, so their picks stay.
    "piemonte": 30,
}
# Placeholders some scrapers write where the board gave no employer.
NO_EMPLOYER = {"", "company not found", "unknown", "n/a", "none"}


def order(title: str) -> str:
    """A fixed pseudo-random order (a hash with a salt unlike the split's)."""
    return salted_order("market_f", title)


def known(data: Path) -> set[str]:
    """Case-folded titles of the other corpora."""
    return {row["title"].casefold() for row in corpus_rows(data, OTHER_CORPORA)}


def _json(text: str) -> Any:
    """A JSON document, or the objects of concatenated/line-wise JSON arrays."""
    try:
        return json.loads(text)
    except ValueError:
        out: list[Any] = []
        dec = json.JSONDecoder()
        pos = 0
        while pos < len(text):
            while pos < len(text) and text[pos] in " \t\r\n,":
                pos += 1
            if pos >= len(text):
                break
            try:
                obj, pos = dec.raw_decode(text, pos)
            except ValueError:
                break
            out.extend(obj if isinstance(obj, list) else [obj])
        return out


def _items(doc: Any) -> list[dict[str, Any]]:
    """The job objects of a saved response: a list, or the list under a known key."""
    if isinstance(doc, dict):
        for k in ("jobs", "results", "data", "annunci"):
            if isinstance(doc.get(k), list):
                return [x for x in doc[k] if isinstance(x, dict)]
        return []
    return [x for x in doc if isinstance(x, dict)] if isinstance(doc, list) else []


def _employer(item: dict[str, Any]) -> str:
    """The employer's name under any of the keys the saved formats use."""
    for k in ("company", "company_name", "employerName", "companyName", "empresa"):
        v = item.get(k)
        if isinstance(v, dict):
            v = v.get("display_name") or v.get("name")
        if isinstance(v, str):
            return "" if v.strip().casefold() in NO_EMPLOYER else v.strip()
    return ""


def _csv(text: str, title: str, employer: str | None) -> Iterator[tuple[str, str]]:
    for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff"))):
        yield row.get(title) or "", (row.get(employer) or "") if employer else ""


def rows(path: Path) -> Iterator[tuple[str, str, str]]:
    """(bucket, title, employer) of one saved file, told by its name."""
    name = path.name.split("@")[-1].replace("~", "/")
    text = path.read_text(encoding="utf-8", errors="replace")
    base = name.rsplit("/", 1)[-1]
    if path.name.startswith("jobscraper@"):
        for it in _items(_json(text)):
            bucket = AGGREGATORS.get(str(it.get("ats")))
            if bucket:
                yield bucket, str(it.get("title") or ""), _employer(it)
        return
    simple = {
        "jobicy_jobs.json": "jobicy",
        "remotive_jobs.json": "remotive",
        "remotive_raw.json": "remotive",
        "weworkremotely_jobs.json": "weworkremotely",
        "remoteco.json": "remoteco",
        "remote_jobs.json": "remoteok",
        "arbeitnow_jobs.json": "arbeitnow",
        "arbeitnow_raw.json": "arbeitnow",
        "jooble.json": "jooble",
        "adzuna_jobs.json": "adzuna",
        "jobplanet.json": "jobplanet",
        "wanted.json": "wanted",
        "jobkorea.json": "jobkorea",
        "offres.json": "hellowork",
        "zljobs.json": "zhaopin",
    }
    if "zhilian_scrapy" in path.name and base == "jobs.json":
        for it in _items(_json(text)):
            yield "lagou", str(it.get("name") or ""), str(it.get("companyName") or "")
    elif "ScrapyLagouSpider" in path.name:
        for it in _items(_json(text)):
            yield "lagou", str(it.get("job_name") or ""), _employer(it)
    elif "mlozarios" in path.name:
        for it in _items(_json(text)):
            yield "trabajando-bo", str(it.get("name") or ""), _employer(it)
    elif "Dario-Fe+JobUp" in path.name:
        # The file's "azienda" is the public job centre that lists the offer, not the employer.
        for it in _items(_json(text)):
            yield "piemonte", str(it.get("titolo") or ""), ""
    elif "valu111" in path.name:
        for it in _items(_json(text)):
            yield "hireline", str(it.get("titulo") or ""), ""
    elif base == "reed.json":
        for it in _items(_json(text)):
            yield "reed", str(it.get("jobTitle") or ""), _employer(it)
    elif base == "muse.json":
        for it in _items(_json(text)):
            yield "muse", str(it.get("name") or ""), _employer(it)
    elif base in simple:
        for it in _items(_json(text)):
            title = it.get("title") or it.get("name") or ""
            yield simple[base], str(title), _employer(it)
    elif base in ("51job.csv", "qx.csv"):
        for t, e in _csv(text, "岗位名称", "公司名称"):
            yield "51job", t, e
    elif base == "104.csv":
        for t, e in _csv(text, "職缺內容", "公司名稱"):
            yield "104", t, e
    elif base == "career.csv":
        for t, e in _csv(text, "Job Title", "Company Name"):
            yield "stanby", t, e
    elif base == "offres.csv":
        for t, e in _csv(text, "Titre", "Entreprise"):
            yield "wttj", t, e


def candidates(src: Path, old: set[str]) -> list[tuple[str, str, str]]:
    """(title, split, source) of the drawn candidates, bucket by bucket."""
    pool: dict[str, dict[str, tuple[str, str, str]]] = defaultdict(dict)
    seen: set[str] = set(old)
    for path in sorted(src.iterdir()):
        parts = path.name.split("@", 3)
        if len(parts) != 4:
            raise ValueError(f"{path.name}: name is not <key>@<owner>+<name>@<commit>@<path>")
        _, repo, commit, name = parts
        where = f"{repo.replace('+', '/', 1)}@{commit[:12]}:{name.replace('~', '/')}"
        for bucket, raw, employer in rows(path):
            title = squash(raw)
            fold = title.casefold()
            if not title or len(title) > MAX_LEN or "..." in title or "…" in title:
                continue
            if fold in seen:
                continue
            seen.add(fold)
            pool[bucket][fold] = (title, employer, where)
    out: list[tuple[str, str, str]] = []
    per_employer: Counter[str] = Counter()
    for bucket, quota in QUOTAS.items():
        taken = 0
        for fold in sorted(pool[bucket], key=order):
            if taken >= quota:
                break
            title, employer, where = pool[bucket][fold]
            emp = re.sub(r"[^0-9a-z]", "", employer.casefold()) or re.sub(r"\W", "", employer)
            if emp and per_employer[emp] >= PER_EMPLOYER:
                continue
            per_employer[emp] += 1 if emp else 0
            taken += 1
            out.append((title, split_of(title), f"{bucket}:{where}|{employer or '?'}"))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the candidates as TSV (title, set, source)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--src", type=Path, required=True, help="folder of the extracted files")
    args = ap.parse_args(argv)
    try:
        picked = candidates(args.src, known(DATA))
    except (OSError, ValueError) as exc:
        print(f"build_market_f: cannot read {args.src}: {exc}", file=sys.stderr)
        return 1
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(("title", "set", "source"))
    out.writerows(picked)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
