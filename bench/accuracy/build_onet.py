"""Build `data/onet_titles.tsv`: O*NET's job titles, labelled by `data/onet_roles.tsv`.

Usage (from the repository root), with the tab-delimited text release of the O*NET
database (the folder holding `Occupation Data.txt`, `Alternate Titles.txt` and
`Sample of Reported Titles.txt`):

    python bench/accuracy/build_onet.py --onet PATH/db_27_0_text

Every alternate title (and its short form, when that is two words or more) and every
reported title of an occupation becomes a title with the role `onet_roles.tsv` gives
that occupation, unless `onet_overrides.tsv` names the title itself: then its role
there wins ("-" drops it). A title found under occupations of two roles, or under an
occupation left out ("-"), is dropped: it could fairly take either. Titles already in
`titles.tsv` or `esco_titles.tsv` are left out, so the corpora stay independent. The
split is the rule of `titles.tsv` (see `build_esco.split_of`). The files are only read
as tab-separated text: nothing in them is executed.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

# The split rule is build_esco's (one rule for every corpus); the bench scripts are no
# package, so their folder goes on the path to import it.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_esco import split_of

from scraper.classify import load_taxonomy

DATA = Path(__file__).parent / "data"
ROLES = DATA / "onet_roles.tsv"
OVERRIDES = DATA / "onet_overrides.tsv"
OUT = DATA / "onet_titles.tsv"
OTHER_CORPORA = (DATA / "titles.tsv", DATA / "esco_titles.tsv")
_LEAVE_OUT = "-"
_MAX_BYTES = 50_000_000  # the largest O*NET text file is ~3 MB; refuse anything absurd

OCCUPATIONS = "Occupation Data.txt"
ALTERNATE = "Alternate Titles.txt"
REPORTED = "Sample of Reported Titles.txt"
# SHA-256 of the O*NET 27.0 files this corpus was built from (data/README.md):
# another release still builds, with a note that the result will differ.
O_NET_27_0 = {
    OCCUPATIONS: "164236c5e0f1d16bfbafe017a16f20a993948cc4b1534d1da631652c81708f0f",
    ALTERNATE: "c3adaa59500f4a18649d6f49ee8798fa6d2c03b7a0f6b0a1a2f064c5c95c9cf5",
    REPORTED: "b1f648c97e2ebe3b027a60292833027b55c14b48c2126dc2a546062cccf192b5",
}


def _data_rows(path: Path, columns: Sequence[str]) -> list[dict[str, str]]:
    """Rows of one of our TSVs ('#' lines are comments), checked for its columns."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"{path.name}: no column {', '.join(missing)}")
    return list(reader)


def load_roles(path: Path = ROLES) -> dict[str, str]:
    """O*NET-SOC code -> role or "-"."""
    roles: dict[str, str] = {}
    for row in _data_rows(path, ("code", "occupation", "role", "why")):
        code = row["code"].strip()
        if code in roles:
            raise ValueError(f"{path.name}: code {code} twice")
        roles[code] = row["role"].strip()
    return roles


def load_overrides(path: Path = OVERRIDES) -> dict[str, str]:
    """Case-folded title -> its own role, or "-" to drop it."""
    overrides: dict[str, str] = {}
    for row in _data_rows(path, ("title", "role", "why")):
        key = " ".join(row["title"].split()).casefold()
        if key in overrides:
            raise ValueError(f"{path.name}: title {row['title']!r} twice")
        if not row["why"].strip():
            raise ValueError(f"{path.name}: title {row['title']!r} has no reason")
        overrides[key] = row["role"].strip()
    return overrides


def _read_onet(path: Path, columns: Sequence[str]) -> Iterator[dict[str, str]]:
    """Rows of an O*NET tab-delimited text file (no quoting), checked for its columns."""
    if path.stat().st_size > _MAX_BYTES:
        raise ValueError(f"{path.name}: larger than {_MAX_BYTES:,} bytes")
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path.name}: no column {', '.join(missing)}")
        yield from reader


def onet_titles(folder: Path) -> Iterator[tuple[str, str]]:
    """(title, O*NET-SOC code) for every alternate, short and reported title."""
    for row in _read_onet(folder / ALTERNATE, ("O*NET-SOC Code", "Alternate Title", "Short Title")):
        code = row["O*NET-SOC Code"]
        yield row["Alternate Title"], code
        short = row["Short Title"]
        # One-word short forms are mostly bare acronyms ("CDO", "GM") that name other
        # jobs elsewhere; longer ones are titles in their own right ("Ad Sales Manager").
        if short and short != "n/a" and len(short.split()) > 1:
            yield short, code
    for row in _read_onet(folder / REPORTED, ("O*NET-SOC Code", "Reported Job Title")):
        yield row["Reported Job Title"], row["O*NET-SOC Code"]


def check_roles(folder: Path, roles: dict[str, str], valid: set[str]) -> None:
    """Every O*NET occupation has a row of a valid role, and no row is stray."""
    codes = [r["O*NET-SOC Code"] for r in _read_onet(folder / OCCUPATIONS, ("O*NET-SOC Code",))]
    missing = sorted(set(codes) - set(roles))
    stray = sorted(set(roles) - set(codes))
    bad = sorted(c for c, r in roles.items() if r not in valid | {_LEAVE_OUT})
    for what, found in (("no row for", missing), ("not in O*NET", stray), ("bad role", bad)):
        if found:
            raise ValueError(f"occupation roles: {what} {', '.join(found[:5])}")


def label(
    pairs: Iterator[tuple[str, str]],
    roles: dict[str, str],
    overrides: dict[str, str],
    exclude: set[str],
) -> dict[str, tuple[str, str, str]]:
    """Case-folded title -> (title, role, code); clashing, left-out and excluded titles dropped."""
    seen: dict[str, tuple[str, str, str]] = {}
    clash: set[str] = set()
    for raw, code in pairs:
        title = " ".join(raw.split())
        key = title.casefold()
        if not title or key in exclude:
            continue
        role = overrides.get(key, roles.get(code, _LEAVE_OUT))
        if key in seen and seen[key][1] != role:
            clash.add(key)
        seen.setdefault(key, (title, role, code))
    return {k: v for k, v in seen.items() if k not in clash and v[1] != _LEAVE_OUT}


def _titles_of(paths: Sequence[Path]) -> set[str]:
    """Case-folded titles of the other corpora."""
    keys: set[str] = set()
    for path in paths:
        keys |= {r["title"].casefold() for r in _data_rows(path, ("title",))}
    return keys


def write(rows: Sequence[tuple[str, str, str]], path: Path) -> None:
    """The labelled TSV, replaced whole (a failed run leaves the old file as it was)."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(["title", "role", "level", "set", "source"])
        for title, role, code in rows:
            # O*NET gives no seniority: "?" = level not labelled, not scored.
            out.writerow([title, role, "?", split_of(title), f"onet:{code}"])
    tmp.replace(path)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: read O*NET and the tables, write the labelled TSV."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onet", type=Path, required=True, help="O*NET text release folder")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--roles", type=Path, default=ROLES, help="occupation -> role table")
    parser.add_argument("--overrides", type=Path, default=OVERRIDES, help="title -> role table")
    args = parser.parse_args(argv)
    try:
        roles = load_roles(args.roles)
        overrides = load_overrides(args.overrides)
        valid = set(load_taxonomy().roles)
        bad = sorted(t for t, r in overrides.items() if r not in valid | {_LEAVE_OUT})
        if bad:
            raise ValueError(f"{args.overrides.name}: bad role for {', '.join(bad[:5])}")
        check_roles(args.onet, roles, valid)
        found = label(onet_titles(args.onet), roles, overrides, _titles_of(OTHER_CORPORA))
        changed = [n for n, h in O_NET_27_0.items() if _sha256(args.onet / n) != h]
        rows = sorted(found.values(), key=lambda r: (r[1], r[0].casefold()))
        write(rows, args.out)
    except (OSError, KeyError, ValueError, csv.Error, UnicodeDecodeError) as exc:
        print(f"error: {exc}")
        return 2
    if changed:
        print(f"note: {', '.join(changed)} differ from O*NET 27.0; the corpus differs too")
    print(f"{len(rows)} titles -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
