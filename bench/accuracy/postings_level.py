"""Level accuracy of `scraper.classify` on whole postings: the title, the source's own level
field and the years of experience the description asks (data/postings_level.jsonl).

Usage (from the repository root):

    python bench/accuracy/postings_level.py                  # the train and dev splits
    python bench/accuracy/postings_level.py --set test       # the test split: numbers only
    python bench/accuracy/postings_level.py --set dev --errors

Each row is classified as an adapter would pass it: `classify(title, category=...,
level_hint=level_field, description=the experience sentences joined by newlines)`. Prints
level accuracy over all rows, per basis of the gold label (title, field, years, none) and
per source, and a confusion table (gold rows, classifier columns); `--errors` lists the
wrong rows of the train and dev splits with the reason the classifier gave.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scraper.classify import LEVELS, Classification, classify

CORPUS = Path(__file__).parent / "data" / "postings_level.jsonl"
BASES = ("title", "field", "years", "none")
SPLITS = ("train", "dev", "test")
_NONE = "-"


@dataclass(frozen=True)
class Posting:
    """One labelled posting of the corpus."""

    title: str
    category: str | None
    level_field: str | None
    experience: tuple[str, ...]
    source: str
    split: str
    level: str | None
    basis: str

    @property
    def origin(self) -> str:
        """The repository (and, for a repository of several answers, the file) it came from."""
        repo, _, rest = self.source.partition("@")
        path = rest.partition(":")[2].partition("#")[0]
        folder = path.rpartition("/")[0]
        return f"{repo}/{folder}" if folder and "ashby" not in folder else repo


def load(path: Path, sets: Sequence[str]) -> list[Posting]:
    """The rows of `path` whose split is in `sets`."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r["split"] not in sets:
            continue
        rows.append(
            Posting(
                title=r["title"],
                category=r.get("category"),
                level_field=r.get("level_field"),
                experience=tuple(r.get("experience") or ()),
                source=r["source"],
                split=r["split"],
                level=r["level"],
                basis=r["basis"],
            )
        )
    return rows


def run(posting: Posting) -> Classification:
    """The classifier's answer for a posting, fed as an adapter feeds it."""
    return classify(
        posting.title,
        category=posting.category,
        level_hint=posting.level_field,
        description="\n".join(posting.experience) or None,
    )


def _share(right: int, total: int) -> str:
    """'right/total (xx.x%)', or '-' for no rows."""
    return f"{right}/{total} ({100 * right / total:.1f}%)" if total else _NONE


def report(rows: Sequence[Posting], got: Sequence[Classification]) -> list[str]:
    """The printed report: accuracy overall, per basis, per source; the confusion table."""
    right = [g.level == r.level for r, g in zip(rows, got, strict=True)]
    lines = [f"level accuracy: {_share(sum(right), len(rows))}", "", "per basis:"]
    for basis in BASES:
        ok = [k for k, r in zip(right, rows, strict=True) if r.basis == basis]
        lines.append(f"  {basis:<6} {_share(sum(ok), len(ok))}")
    lines += ["", "per source:"]
    for origin in sorted({r.origin for r in rows}):
        ok = [k for k, r in zip(right, rows, strict=True) if r.origin == origin]
        lines.append(f"  {origin:<60} {_share(sum(ok), len(ok))}")
    names = [*LEVELS, None]
    pairs = Counter((r.level, g.level) for r, g in zip(rows, got, strict=True))
    width = max(len(n or _NONE) for n in names) + 1
    lines += ["", "confusion (gold down, classifier across):"]
    lines.append(" " * (width + 2) + "".join(f"{n or _NONE:>{width}}" for n in names))
    for gold in names:
        cells = "".join(f"{pairs[gold, n] or '.':>{width}}" for n in names)
        lines.append(f"  {gold or _NONE:<{width}}{cells}")
    return lines


def errors(rows: Sequence[Posting], got: Sequence[Classification]) -> list[str]:
    """The wrong rows, each with the gold basis and the classifier's reason."""
    out = []
    for r, g in zip(rows, got, strict=True):
        if g.level != r.level:
            out.append(
                f"{r.level or _NONE:>9} <- {g.level or _NONE:<9} [{r.basis}] {r.title!r}"
                f" field={r.level_field!r} | {g.level_reason}"
            )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Score the corpus; print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="train,dev", help="splits, comma-separated")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a postings JSONL file")
    parser.add_argument("--errors", action="store_true", help="list the wrong rows")
    args = parser.parse_args(argv)
    sets = [s.strip() for s in args.set.split(",") if s.strip()]
    if unknown := set(sets) - set(SPLITS):
        parser.error(f"unknown split(s): {', '.join(sorted(unknown))}")
    if args.errors and "test" in sets:
        # The test split is scored as a number only: its rows never inform a rule.
        parser.error("--errors lists train and dev rows only")
    rows = load(args.corpus, sets)
    got = [run(r) for r in rows]
    print(f"{args.corpus.name}, split(s) {', '.join(sets)}: {len(rows)} postings")
    print("\n".join(report(rows, got)))
    if args.errors:
        print("\n".join(["", "errors (gold <- classifier):", *errors(rows, got)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
