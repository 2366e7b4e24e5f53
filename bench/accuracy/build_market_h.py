"""Print the candidate titles of market_h.tsv from saved job data (reads text/JSON only)."""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import corpus_rows
from corpus_tools import employer_key as key

DATA = Path(__file__).resolve().parent / "data"
CORPORA = ["titles", "esco_titles", "onet_titles"] + [f"market_{c}" for c in "abcdefg"]
PER_EMPLOYER = 8
# Hosts of the ATS boards other than Greenhouse (the slice of market_h).
ATS_HOSTS = {
    "jobs.lever.co": "lever",
    "jobs.ashbyhq.com": "ashby",
    "apply.workable.com": "workable",
    "jobs.smartrecruiters.com": "smartrecruiters",
}


def salt_hash(text: str) -> int:
    """A stable pseudo-random order (not the split hash, so choice does not bias the split)."""
    return int.from_bytes(hashlib.sha256(("market_h|" + text).encode()).digest()[:8], "big")


def known() -> tuple[set[str], set[str]]:
    """Case-folded titles and employer keys of every other corpus."""
    titles: set[str] = set()
    employers: set[str] = set()
    for row in corpus_rows(DATA, (f"{name}.tsv" for name in CORPORA)):
        titles.add(row["title"].casefold())
        for part in re.split(r"[|:@/]", row.get("source") or ""):
            part = part.removesuffix(".json")
            if part and len(key(part)) >= 3:
                employers.add(key(part))
    return titles, employers


def remotewlb(root: Path, commit: str) -> list[tuple[str, str, str]]:
    """(employer, title, source) of RemoteWLB `jobs/<topic>/<month>/<slug>/README.md`."""
    out = []
    for path in sorted(root.glob("jobs/*/*/*/README.md")):
        lines = path.read_text(encoding="utf-8").split("\n")
        m = re.match(r"# \[(.*)\]\(", lines[0])
        if not m or len(lines) < 2 or not lines[1].startswith("###"):
            continue
        employer = lines[1][3:].strip()
        if employer in ("", "None"):
            continue
        rel = path.relative_to(root).as_posix()
        out.append((employer, m.group(1), f"remotewlb:{rel}@{commit[:12]}|{employer}"))
    return out


def zapply(path: Path, commit: str) -> list[tuple[str, str, str]]:
    """(employer, title, source) of New-Grad-Jobs rows whose link is a non-Greenhouse ATS."""
    out = []
    data = json.loads(path.read_text(encoding="utf-8"))
    for job in data if isinstance(data, list) else []:
        if not isinstance(job, dict):
            continue
        link = job.get("job_apply_link") or ""
        host = re.sub(r"^https?://([^/]+).*", r"\1", link)
        if host in ATS_HOSTS:
            emp = job.get("employer_name") or ""
            src = f"zapply-{ATS_HOSTS[host]}:.github/data/new_jobs.json@{commit[:12]}|{emp}"
            out.append((emp, job.get("job_title") or "", src))
    return out


SOFTWARE_WORDS = re.compile(
    r"engineer|developer|software|programmer|sre\b|devops|qa\b|architect|full.?stack|backend|back-end"
    r"|frontend|front-end|ios|android|golang|java|python|\.net|php|ruby|react|node|engenharia"
    r"|desenvolv|développeur|ingénieur|tester|coder|mobile",
    re.I,
)


def order(salt: str, title: str) -> int:
    """A stable pseudo-random rank of a title under a salt."""
    return int.from_bytes(hashlib.sha256((salt + title).encode()).digest()[:8], "big")


def choose(wlb: list[list[str]], zap: list[list[str]]) -> list[list[str]]:
    """The rows of market_h, in the order they were labelled."""

    def topic(row: list[str]) -> str:
        return row[2].split(":", 1)[1].split("/")[1]

    # 1. Up to 3 per employer from RemoteWLB's "Others" and "Nontech" folders (the folders
    #    named after a language are almost all software jobs), then 1 per employer from the
    #    language folders, 680 in all.
    general = [r for r in wlb if topic(r) in ("Others", "Nontech")]
    by_emp: dict[str, list[list[str]]] = defaultdict(list)
    for r in sorted(general, key=lambda r: order("pick|", r[0])):
        by_emp[r[1]].append(r)
    pick = [r for group in by_emp.values() for r in group[:3]]
    used: dict[str, int] = defaultdict(int)
    for r in pick:
        used[r[1]] += 1
    first: dict[str, list[str]] = {}
    for r in sorted(
        (r for r in wlb if topic(r) not in ("Others", "Nontech")),
        key=lambda r: order("pick|", r[0]),
    ):
        first.setdefault(r[1], r)
    extra = sorted((r for e, r in first.items() if used[e] < 3), key=lambda r: order("pick|", r[0]))
    pick = sorted(pick + extra[: max(0, 680 - len(pick))], key=lambda r: order("pick|", r[0]))
    # 2. Every title of the ATS boards of zapplyjobs/New-Grad-Jobs not already chosen.
    have = {r[0].casefold() for r in pick}
    pick += [r for r in zap if r[0].casefold() not in have]
    # 3. The RemoteWLB titles left with no software word (employer cap 8 kept), so that
    #    the non-software jobs of these employers are not left out.
    have = {r[0].casefold() for r in pick}
    count: dict[str, int] = defaultdict(int)
    for r in pick:
        count[r[1]] += 1
    rest = [r for r in wlb if r[0].casefold() not in have and not SOFTWARE_WORDS.search(r[0])]
    for r in sorted(rest, key=lambda r: order("more|", r[0])):
        if count[r[1]] < PER_EMPLOYER:
            count[r[1]] += 1
            pick.append(r)
    return pick


def candidates(
    rows: list[tuple[str, str, str]], titles: set[str], employers: set[str]
) -> list[list[str]]:
    """New titles of new employers, at most PER_EMPLOYER each: [title, employer, source]."""
    by_emp: dict[str, list[list[str]]] = defaultdict(list)
    seen: set[str] = set()
    for emp, title, src in sorted(rows, key=lambda r: salt_hash(r[1])):
        title = " ".join(title.split())
        fold = title.casefold()
        if not title or fold in titles or fold in seen or key(emp) in employers:
            continue
        if len(by_emp[key(emp)]) >= PER_EMPLOYER:
            continue
        seen.add(fold)
        by_emp[key(emp)].append([title, emp, src])
    return [row for group in by_emp.values() for row in group]


def main(argv: list[str] | None = None) -> int:
    """Print candidates as TSV: title, employer, source."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--remotewlb", type=Path, help="a checkout of RemoteWLB/remote-jobs")
    ap.add_argument("--remotewlb-commit", default="bbf406615c56ef7a5c25cf9d2b945fcee5d15ef9")
    ap.add_argument("--zapply", nargs="*", default=[], help="COMMIT=PATH of new_jobs.json versions")
    args = ap.parse_args(argv)
    titles, employers = known()
    wlb: list[tuple[str, str, str]] = []
    zap: list[tuple[str, str, str]] = []
    try:
        if args.remotewlb:
            wlb = remotewlb(args.remotewlb, args.remotewlb_commit)
        for spec in args.zapply:
            commit, _, path = spec.partition("=")
            zap += zapply(Path(path), commit)
    except (OSError, ValueError) as exc:
        print(f"build_market_h: cannot read the input: {exc}", file=sys.stderr)
        return 1
    rows = choose(candidates(wlb, titles, employers), candidates(zap, titles, employers))
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for row in rows:
        out.writerow(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
