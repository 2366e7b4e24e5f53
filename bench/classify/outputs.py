"""Every corpus's classifications in one file, to check that a speed change alters no output.

Usage (from the repository root):

    PYTHONPATH=$PWD python bench/classify/outputs.py dump /tmp/before.tsv   # on the old code
    PYTHONPATH=$PWD python bench/classify/outputs.py dump /tmp/after.tsv    # on the new code
    PYTHONPATH=$PWD python bench/classify/outputs.py diff /tmp/before.tsv /tmp/after.tsv

`dump` classifies every title of every corpus of `bench/accuracy/accuracy.py` (all splits)
alone and with `department="Engineering"`, and the titles of `bench.py` with that
department, and writes one line each: corpus, row, split, role, level and both reasons.
Titles are not written. `diff` counts the lines that differ per split and shows only the
train and dev ones (a test split is never read to write a rule).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "accuracy"))
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402

import bench  # noqa: E402
from scraper.classify import classify, load_taxonomy  # noqa: E402


def dump(out: Path) -> int:
    """Write every corpus's outputs to `out`; the number of lines."""
    tax = load_taxonomy()
    lines = []
    jobs = [(name, accuracy.load(path, accuracy.SETS)) for name, path in accuracy.CORPORA.items()]
    bench_rows = [accuracy.Row(t, "", "", "bench", "") for t in bench.titles(20_000)]
    for name, rows in [*jobs, ("bench", bench_rows)]:
        for i, row in enumerate(rows):
            for dept in (None, "Engineering"):
                got = classify(row.title, department=dept, taxonomy=tax)
                fields = (name, str(i), row.set, dept or "-", got.role, got.level or "-")
                reasons = (got.role_reason, got.level_reason or "-")
                lines.append("\t".join((*fields, *(r.replace("\t", " ") for r in reasons))))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def diff(before: Path, after: Path) -> int:
    """Print the differences per split (train and dev ones in full); their number."""
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    if len(old) != len(new):
        print(f"different lengths: {len(old)} and {len(new)} lines")
        return max(len(old), len(new))
    per_split: Counter[str] = Counter()
    for a, b in zip(old, new, strict=True):
        if a == b:
            continue
        split = a.split("\t")[2]
        per_split[split] += 1
        if split in ("train", "dev", "bench"):
            print(f"- {a}\n+ {b}")
    print(f"{len(old)} outputs, {sum(per_split.values())} differ: {dict(per_split)}")
    return sum(per_split.values())


def main(argv: list[str]) -> int:
    """Command line: dump FILE | diff BEFORE AFTER."""
    if len(argv) == 2 and argv[0] == "dump":
        print(f"{dump(Path(argv[1]))} outputs written")
        return 0
    if len(argv) == 3 and argv[0] == "diff":
        return 1 if diff(Path(argv[1]), Path(argv[2])) else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
