"""How often two blind labellers agree on a title's role and level, and the classifier with them.

Usage (from the repository root):

    python bench/accuracy/agreement.py            # the table
    python bench/accuracy/agreement.py --markdown

`data/agreement.tsv` holds a second, blind labelling of 720 titles drawn from the ten blind
market corpora (two batches of 360, 60 titles a corpus a batch, chosen by a salted hash of
the title): the second labellers saw only the titles, the taxonomy and the labelling guide,
never the first labels nor the classifier's answers. The first labels are the corpora's
own. Agreement between the two is the ceiling a classifier can reach against any one
labeller; the classifier's agreement with the first labels, and on the titles where both
agree, shows how far it is from that ceiling.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from scraper.classify import classify

# The harness's corpus reader (bench scripts are no package, so their folder goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import SETS, load

DATA = Path(__file__).parent / "data"
SECOND = DATA / "agreement.tsv"


def _first_labels(corpora: set[str]) -> dict[tuple[str, str], tuple[str, str]]:
    """(corpus, title) -> the corpus's own (role, level)."""
    return {
        (name, row.title): (row.role, row.level)
        for name in sorted(corpora)
        for row in load(DATA / f"{name}.tsv", SETS)
    }


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}%" if d else "-"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the agreement table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="the table as Markdown")
    args = parser.parse_args(argv)
    with SECOND.open(encoding="utf-8", newline="") as f:
        second = list(csv.DictReader(f, delimiter="\t"))
    first = _first_labels({row["corpus"] for row in second})
    counts: dict[str, Counter[str]] = {}
    for row in second:
        key = (row["corpus"], row["title"])
        if key not in first:
            print(f"error: {row['title']!r} is not in {row['corpus']}.tsv", file=sys.stderr)
            return 1
        role1, level1 = first[key]
        got = classify(row["title"])
        level = got.level or "-"
        for group in ("all", row["corpus"]):
            c = counts.setdefault(group, Counter())
            c["n"] += 1
            c["role"] += role1 == row["role"]
            c["level"] += level1 == row["level"]
            c["clf_role"] += got.role == role1
            c["clf_level"] += level == level1
            if role1 == row["role"]:
                c["both"] += 1
                c["clf_both"] += got.role == role1
    header = (
        "corpus",
        "titles",
        "labellers agree: role",
        "level",
        "classifier = first labels: role",
        "level",
        "classifier, where both labellers agree: role",
    )
    rows = [
        (
            group,
            str(c["n"]),
            _pct(c["role"], c["n"]),
            _pct(c["level"], c["n"]),
            _pct(c["clf_role"], c["n"]),
            _pct(c["clf_level"], c["n"]),
            f"{_pct(c['clf_both'], c['both'])} of {c['both']}",
        )
        for group, c in sorted(counts.items(), key=lambda kv: (kv[0] != "all", kv[0]))
    ]
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
        for r in (header, *rows):
            print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
