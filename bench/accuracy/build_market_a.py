"""Pick the candidate titles of `data/market_a.tsv` from saved job-board data (JSON/CSV only).

Usage (from the repository root), with the files named in `data/market_a.md` saved locally:

    python bench/accuracy/build_market_a.py \\
        --muse muse-2026=PATH/muse_jobs.json --muse muse-2025=PATH/muse_jobs.json \\
        --muse muse-2017=PATH/muse_jobs.json --linkedin linkedin-2024=PATH/postings.csv \\
        --nyc nyc-jobs=PATH/NYC_Jobs.csv --out candidates.tsv

It reads titles and employer names only (nothing fetched is executed), collapses
whitespace, drops titles already in `titles.tsv` or `esco_titles.tsv` (case-folded), titles
with no Latin letters, and duplicates, and keeps at most `--per-employer` titles of each
employer and `--per-source` of each source, chosen by a hash of the title so the choice is
deterministic. The output has `title`, `source` (`<tag>:<employer>`) and `set`; the role and
level columns of `market_a.tsv` are labelled by hand from it, never by the classifier.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

DATA = Path(__file__).parent / "data"
_KNOWN = (DATA / "titles.tsv", DATA / "esco_titles.tsv")
# Latin script with the punctuation job titles use; anything else (CJK, Cyrillic, ...) is
# out of this corpus' slice (English titles).
_LATIN = re.compile(r"^[\x20-\x7e\u00a0-\u024f\u2010-\u2027]+$")
_LETTER = re.compile(r"[A-Za-z]")
# LinkedIn rows posted through an ATS or an employer's own careers site: a proxy for the
# mid-size and large employers this slice is about (small firms post on LinkedIn only).
_NO_DOMAIN = {"", "NA", "www.linkedin.com"}

csv.field_size_limit(1 << 26)


def _split_of() -> object:
    """build_esco.split_of, loaded by path (bench scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(
        "_build_esco", Path(__file__).parent / "build_esco.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.split_of


split_of = _split_of()


def tidy(title: str) -> str:
    """The title as published, whitespace runs collapsed."""
    return " ".join(title.split())


def muse(path: Path) -> Iterable[tuple[str, str]]:
    """(employer, title) of a saved The Muse API `results` list."""
    for job in json.loads(path.read_text(encoding="utf-8")):
        yield (job.get("company") or {}).get("name") or "?", job.get("name") or ""


def linkedin(path: Path) -> Iterable[tuple[str, str]]:
    """(employer, title) of LinkedIn postings CSV rows posted through an ATS or careers site."""
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.DictReader(f):
            if (row.get("posting_domain") or "").strip() in _NO_DOMAIN:
                continue
            employer = (row.get("company_name") or "").strip()
            if not employer:
                employer = f"company_id {(row.get('company_id') or '?').removesuffix('.0')}"
            yield employer, row.get("title") or ""


def nyc(path: Path) -> Iterable[tuple[str, str]]:
    """(agency, business title) of the NYC Jobs open-data CSV."""
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.DictReader(f):
            yield row.get("Agency") or "?", row.get("Business Title") or ""


READERS = {"muse": muse, "linkedin": linkedin, "nyc": nyc}


def known_titles(paths: Sequence[Path] = _KNOWN) -> set[str]:
    """Case-folded titles of the corpora this one must not overlap."""
    known: set[str] = set()
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            known.update(tidy(r["title"]).casefold() for r in csv.DictReader(f, delimiter="\t"))
    return known


def _rank(title: str) -> bytes:
    return hashlib.sha256(("market_a:" + title.casefold()).encode()).digest()


def pick(
    sources: Sequence[tuple[str, Iterable[tuple[str, str]]]],
    known: set[str],
    per_employer: int,
    per_source: int,
) -> list[tuple[str, str]]:
    """(title, source) chosen from each source in order; earlier sources win duplicates."""
    seen = set(known)
    out: list[tuple[str, str]] = []
    for tag, rows in sources:
        by_employer: dict[str, dict[str, str]] = defaultdict(dict)
        for employer, raw in rows:
            title = tidy(raw)
            key = title.casefold()
            if not _LETTER.search(title) or not _LATIN.match(title) or key in seen:
                continue
            by_employer[tidy(employer)].setdefault(key, title)
        chosen: list[tuple[str, str]] = []
        for employer, titles in by_employer.items():
            for key in sorted(titles, key=_rank)[:per_employer]:
                chosen.append((titles[key], f"{tag}:{employer}"))
        chosen.sort(key=lambda ts: _rank(ts[0]))
        taken = 0
        for title, source in chosen:
            # Two employers of one source may publish the same title: the first by rank
            # keeps it, so the corpus holds each title once.
            if taken == per_source or title.casefold() in seen:
                continue
            seen.add(title.casefold())
            out.append((title, source))
            taken += 1
    return out


def _tagged(value: str) -> tuple[str, Path]:
    tag, sep, path = value.partition("=")
    if not sep or not tag:
        raise argparse.ArgumentTypeError(f"expected TAG=PATH, got {value!r}")
    return tag, Path(path)


def main(argv: Sequence[str] | None = None) -> int:
    """Write the candidate titles; 1 on a missing or unreadable input."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for kind in READERS:
        ap.add_argument(f"--{kind}", type=_tagged, action="append", default=[], metavar="TAG=PATH")
    ap.add_argument("--per-employer", type=int, default=15)
    ap.add_argument("--per-source", type=int, default=400)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    sources = []
    for kind, reader in READERS.items():
        for tag, path in getattr(args, kind):
            try:
                sources.append((tag, list(reader(path))))
            except (OSError, ValueError, KeyError, AttributeError) as exc:
                print(f"build_market_a: cannot read {path}: {exc}", file=sys.stderr)
                return 1
    rows = pick(sources, known_titles(), args.per_employer, args.per_source)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(["title", "source", "set"])
        out.writerows([title, source, split_of(title)] for title, source in rows)  # type: ignore[operator]
    print(f"{len(rows)} titles -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
