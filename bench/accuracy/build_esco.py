"""Build `data/esco_titles.tsv`: ESCO occupations' job titles, labelled by `data/esco_roles.tsv`.

Usage (from the repository root), with the ESCO v1.1 English CSV `occupations_en.csv`:

    python bench/accuracy/build_esco.py --occupations PATH/occupations_en.csv

Every preferred and alternative label of an occupation that `esco_roles.tsv` maps to a
role becomes a title with that role. A title that two occupations of different roles
share is dropped (ambiguous). Each role keeps at most `--per-role` titles, chosen by a
hash of the title, so the file stays small and no role swamps the others. The split
(train/dev/test) is the rule of `titles.tsv`: SHA-256 of the case-folded title, as one
big-endian number, modulo 10 (0-5 train, 6-7 dev, 8-9 test).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

DATA = Path(__file__).parent / "data"
MAPPING = DATA / "esco_roles.tsv"
OUT = DATA / "esco_titles.tsv"
_LEAVE_OUT = "-"


def split_of(title: str) -> str:
    """train, dev or test by the hash rule of titles.tsv."""
    bucket = int.from_bytes(hashlib.sha256(title.casefold().encode()).digest(), "big") % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


def load_mapping(path: Path) -> dict[str, str]:
    """Key (ISCO code or ESCO preferred label) -> role or "-"; '#' lines are comments."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    mapping: dict[str, str] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        key = row["key"].strip()
        if key in mapping:
            raise ValueError(f"{path.name}: key {key!r} twice")
        mapping[key] = row["role"].strip()
    return mapping


def role_of(mapping: dict[str, str], label: str, isco: str) -> str | None:
    """The most specific mapping of an occupation: its label, then its ISCO code's prefixes."""
    for key in (label, isco, isco[:3], isco[:2], isco[:1]):
        if key in mapping:
            role = mapping[key]
            return None if role == _LEAVE_OUT else role
    return None


def titles(occupations: Path, mapping: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """Case-folded title -> (title, role, ISCO code) for every mapped occupation's labels."""
    found: dict[str, tuple[str, str, str]] = {}
    clash: set[str] = set()
    with occupations.open(encoding="utf-8", newline="") as f:
        for occ in csv.DictReader(f):
            role = role_of(mapping, occ["preferredLabel"], occ["iscoGroup"])
            if role is None:
                continue
            labels = [occ["preferredLabel"], *occ["altLabels"].split("\n")]
            for label in labels:
                title = " ".join(label.split())
                key = title.casefold()
                if not title:
                    continue
                if key in found and found[key][1] != role:
                    clash.add(key)
                found.setdefault(key, (title, role, occ["iscoGroup"]))
    for key in clash:
        del found[key]
    return found


def sample(found: dict[str, tuple[str, str, str]], per_role: int) -> list[tuple[str, str, str]]:
    """At most `per_role` titles of each role, chosen by a hash of the title (stable)."""
    by_role: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for row in found.values():
        by_role[row[1]].append(row)
    kept = []
    for rows in by_role.values():
        rows.sort(key=lambda r: hashlib.sha256(b"sample:" + r[0].casefold().encode()).digest())
        kept += rows[:per_role]
    return sorted(kept, key=lambda r: (r[1], r[0].casefold()))


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: read ESCO and the mapping, write the labelled TSV."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--occupations", type=Path, required=True, help="ESCO occupations_en.csv")
    parser.add_argument("--per-role", type=int, default=1500, help="most titles kept per role")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        mapping = load_mapping(MAPPING)
        found = titles(args.occupations, mapping)
    except (OSError, KeyError, ValueError, csv.Error) as exc:
        print(f"error: {exc}")
        return 2
    rows = sample(found, args.per_role)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(["title", "role", "level", "set", "source"])
        for title, role, isco in rows:
            # ESCO gives no seniority: "?" = level not labelled, not scored.
            out.writerow([title, role, "?", split_of(title), f"esco:{isco}"])
    print(f"{len(rows)} titles of {len(found)} mapped -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
