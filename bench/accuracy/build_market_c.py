"""Draw the candidate titles of market_c.tsv from saved job-board files (reads CSV/JSON only)."""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).parent / "data"
OTHER_CORPORA = (
    "titles.tsv",
    "esco_titles.tsv",
    "onet_titles.tsv",
    "market_a.tsv",
    "market_b.tsv",
)
COLUMNS = ("title", "role", "level", "set", "source", "note")  # of market_c.tsv
MAX_PER_EMPLOYER = 15
MAX_LEN = 110

# Public ATS job boards (the slice's "AI, ML, data and software companies").
ATS_HOST = re.compile(
    r"(boards\.greenhouse\.io|job-boards\.greenhouse\.io|jobs\.lever\.co|jobs\.ashbyhq\.com|"
    r"apply\.workable\.com|jobs\.smartrecruiters\.com)/([^/?#]+)",
    re.IGNORECASE,
)
MAX_PER_ATS_EMPLOYER = 5
# Employers of the other corpora named in market_b.md that its sources do not name per row.
MARKET_B_EMPLOYERS = (
    "1password poolside n8n ashby axelera substack v7 supabase airbnb apple snap uber twitter"
)

# Function words and job words that mark an Italian title (the Italian file mixes
# Italian and English titles of Italian employers).
ITALIAN = re.compile(
    r"\b(addett[oaei]|impiegat[oaei]|tecnico|tecnica|operai[oa]|responsabile|sviluppatore|"
    r"ingegnere|magazzinier[ea]|commess[oa]|stage|tirocinio|tirocinante|consulente|analista|"
    r"funzionari[oa]|istruttore|operatore|operatrice|manutentore|autista|infermier[ea]|"
    r"contabile|amministrativ[oa]|commerciale|vendite|progettista|perito|disegnatore|"
    r"saldatore|elettricista|cuoco|camerier[ea]|direttore|specialista|esperto|della|"
    r"dell|degli|per|con|di|del|e-commerce|ufficio|assistente|collaborat\w+|capo|"
    r"sistemista|programmatore|informatico|acquisti|gestione|controllo|qualità|sicurezza)\b",
    re.IGNORECASE,
)


def order(title: str) -> str:
    """A fixed pseudo-random order (a hash with a salt unlike the split's)."""
    return hashlib.sha256(("market_c|" + title.casefold()).encode()).hexdigest()


def clean(text: str) -> str:
    """Collapse whitespace runs, as every corpus does."""
    return " ".join((text or "").split())


def known_titles() -> set[str]:
    """Case-folded titles of the other corpora."""
    seen: set[str] = set()
    for name in OTHER_CORPORA:
        with (DATA / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                seen.add(row["title"].casefold())
    return seen


def read_rows(src: Path) -> list[tuple[str, str, str, str, str]]:
    """(bucket, title, employer, source, board) for every row of every file in src."""
    out: list[tuple[str, str, str, str, str]] = []
    csv.field_size_limit(sys.maxsize)
    for path in sorted(src.iterdir()):
        name = path.name
        if name.startswith("simplify_"):
            continue  # read last, below, so the first 930 candidates keep their bucket
        if name.startswith("jobzoeker_") and name.endswith(".csv"):
            commit, file = name[len("jobzoeker_") :].split("_", 1)
            with path.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    bucket = "nl" if row.get("lang") == "nl" else "tech"
                    source = f"jobzoeker:{file}@{commit}"
                    out.append((bucket, row.get("title", ""), row.get("company", ""), source, ""))
        elif name.startswith("sjh_"):
            with path.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    title = row.get("title", "")
                    bucket = "it" if ITALIAN.search(title) else "tech"
                    source = "smartjobhunter:storage/jobs_test_all_100.csv"
                    out.append((bucket, title, row.get("company", ""), source, ""))
        elif name.startswith("collins_") and name.endswith(".csv"):
            if path.stat().st_size < 10:
                continue
            original = name[len("collins_") :].replace("jobs_United_States", "jobs_United States")
            with path.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    source = f"jobspy-samples:samples/{original}"
                    out.append(("market", row.get("title", ""), row.get("company", ""), source, ""))
        elif name.startswith("arham_") and name.endswith(".json"):
            board = name[len("arham_") : -len(".json")]
            for row in json.loads(path.read_text(encoding="utf-8")):
                source = f"au-boards:output/{board}/{board}_jobs.json"
                out.append(
                    ("market", row.get("job_title", ""), row.get("company_name", ""), source, "")
                )
    for path in sorted(src.glob("simplify_*_listings.json")):
        commit = path.name[len("simplify_") : -len("_listings.json")]
        for row in json.loads(path.read_text(encoding="utf-8")):
            match = ATS_HOST.search(row.get("url") or "")
            if not match:
                continue
            employer = row.get("company_name", "")
            source = f"simplify-newgrad:.github/scripts/listings.json@{commit}"
            out.append(("ats", row.get("title", ""), employer, source, match.group(2)))
    return out


def norm(name: str) -> str:
    """An employer name or board token reduced to lower-case letters and digits."""
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def known_employers() -> set[str]:
    """Employers and board tokens of titles.tsv, market_a.tsv and market_b.tsv."""
    seen = {norm(n) for n in MARKET_B_EMPLOYERS.split()}
    for name in ("titles.tsv", "market_a.tsv", "market_b.tsv"):
        with (DATA / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                _, _, rest = row["source"].partition(":")
                if rest and "/" not in rest and "@" not in rest:
                    seen.add(norm(rest))
    seen.discard("")
    return seen


def main(argv: list[str] | None = None) -> int:
    """Print the candidates, one TSV row each: id, bucket, title, employer, source."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--src", type=Path, required=True, help="directory of extracted files")
    parser.add_argument("--quota", default="tech=330,market=340,nl=130,it=130,ats=250")
    args = parser.parse_args(argv)
    if not args.src.is_dir():
        print(f"build_market_c: {args.src} is not a directory", file=sys.stderr)
        return 2
    try:
        quota = {k: int(v) for k, v in (part.split("=") for part in args.quota.split(","))}
    except ValueError:
        print(f"build_market_c: bad --quota {args.quota!r} (want name=N,...)", file=sys.stderr)
        return 2
    try:
        rows = read_rows(args.src)
    except (OSError, ValueError, csv.Error, AttributeError, TypeError) as exc:
        # One unreadable file stops the draw: a partial candidate list would shift every id.
        print(f"build_market_c: cannot read {args.src}: {exc}", file=sys.stderr)
        return 1
    seen = known_titles()
    employers_seen = known_employers()
    first: dict[str, tuple[str, str, str, str]] = {}
    for bucket, raw, employer, source, board in rows:
        if bucket == "ats" and (norm(employer) in employers_seen or norm(board) in employers_seen):
            continue  # the slice's ATS boards are of employers no other corpus has
        title = clean(raw)
        key = title.casefold()
        if not title or len(title) > MAX_LEN or key in seen or key in first:
            continue
        if "…" in title or title.endswith("..."):
            continue  # truncated by the board
        first[key] = (bucket, title, clean(str(employer)), source)
    by_bucket: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for item in first.values():
        by_bucket[item[0]].append(item)
    per_employer: dict[str, int] = defaultdict(int)
    n = 0
    for bucket, want in quota.items():
        taken = 0
        for item in sorted(by_bucket[bucket], key=lambda it: order(it[1])):
            if taken >= want:
                break
            employer = item[2].casefold() or "(none)"
            cap = MAX_PER_ATS_EMPLOYER if bucket == "ats" else MAX_PER_EMPLOYER
            if per_employer[employer] >= cap:
                continue
            per_employer[employer] += 1
            taken += 1
            n += 1
            print("\t".join((str(n), bucket, item[1], item[2], item[3])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
