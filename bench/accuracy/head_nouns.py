"""Job nouns whose default reading the labelled corpora disagree with, over train and dev rows.

The title rules decide most titles by a job noun ("Specialist", "Supervisor", "Ingénieur")
alone or with a subject word. This groups every corpus's train and dev rows (the test
splits are never read) by the words the deciding rule quotes first and by its path, and
lists each group's gold roles beside the rules' answer: a group whose gold labels agree
on another role (a clear majority, in several corpora) is a default worth changing; one
whose labels split is the labellers' disagreement. The job noun as written stands for
its language ("supervisor", "supervisora", "arbeidsleder").

Usage (from the repository root; ~1 minute):

    python bench/accuracy/head_nouns.py
    python bench/accuracy/head_nouns.py --paths bare-head --min-share 0.6 --min-corpora 2
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from accuracy import CORPORA, load

from scraper.classify import _builtin, _read_title, title_rule

_QUOTED = re.compile(r"'([^']*)'")


def _head(reason: str) -> str:
    """The words a rule's reason quotes first: the job noun or title that decided."""
    found = _QUOTED.search(reason)
    return found.group(1).casefold() if found else ""


def main(argv: Sequence[str] | None = None) -> int:
    """Group the train and dev rows by deciding job noun; print the disagreeing groups."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--paths", default="bare-head,head+subject", help="rule paths, comma-separated"
    )
    parser.add_argument("--min-share", type=float, default=0.75, help="gold majority share")
    parser.add_argument("--min-corpora", type=int, default=3, help="corpora of that majority")
    parser.add_argument("--min-rows", type=int, default=4)
    args = parser.parse_args(argv)
    paths = set(args.paths.split(","))
    tax = _builtin()
    groups: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for name, path in CORPORA.items():
        for row in load(path, ["train", "dev"]):
            role, rule_path = title_rule(row.title, taxonomy=tax)
            if rule_path not in paths:
                continue
            decided = _read_title(tax, row.title).by_title
            head = _head(decided.reason) if decided is not None else ""
            groups[(head, rule_path, role)].append((name, row.role))
    print("| job noun | path | rules | rows | gold roles | majority corpora |")
    print("|---|---|---|---:|---|---:|")
    for (head, rule_path, role), rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        gold = Counter(g for _, g in rows)
        top, n = gold.most_common(1)[0]
        corpora = len({c for c, g in rows if g == top})
        if (
            top == role
            or len(rows) < args.min_rows
            or n / len(rows) < args.min_share
            or corpora < args.min_corpora
        ):
            continue
        shown = ", ".join(f"{g} {k}" for g, k in gold.most_common(4))
        print(f"| {head} | {rule_path} | {role} | {len(rows)} | {shown} | {corpora} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
