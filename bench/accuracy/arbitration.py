"""How far the role model should be let overrule the title rules, judged on fresh data.

The dev splits cannot say: the rules were written against every corpus's train and dev
rows. This scores an EARLIER commit's classifier (its rules and its model) on the
train/dev rows of corpora labelled after that commit, which neither had seen, under
several arbitration policies: which title-rule paths the model may overrule, and from
what probability.

    git worktree add --detach /tmp/wt-old 6340fa6
    python bench/accuracy/arbitration.py --code /tmp/wt-old market_ac market_ad market_ae

To judge a new trainer, train with it inside the worktree first (copy
tools/train_role_model.py there and run it; it skips corpora the commit lacks), then
run this. Results: bench/accuracy/README.md, "Twelfth session".
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
WEAK = ("none", "bare-head", "subject")
STRONG = ("head", "head+subject", "title", "title+subject")
THRESHOLDS = (0.0, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9)


def _rows(names: Sequence[str]) -> list[tuple[str, str]]:
    """(title, role) of the train and dev rows of the named corpora (file stems)."""
    out: list[tuple[str, str]] = []
    for name in names:
        with (DATA / f"{name}.tsv").open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["set"] in ("train", "dev"):
                    out.append((row["title"], row["role"]))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Score arbitration policies of the code in --code on the named corpora."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, required=True, help="a checkout of the commit")
    parser.add_argument("corpora", nargs="+", help="corpus file stems, e.g. market_ac")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.code.resolve()))
    import scraper.classify as cls  # the commit's own code, not this checkout's

    print(f"code: {cls.__file__}")
    tax: Any = cls.load_taxonomy()
    model = tax.model
    # Older commits call the model's vocabulary `_vocab`.
    known = getattr(tax, "_known", None) or tax._vocab
    rows = _rows(args.corpora)
    object.__setattr__(model, "threshold", 2.0)  # the rules alone, as the commit runs them
    tax._title_cache.clear()
    alone = [cls.classify(title, taxonomy=tax).role for title, _ in rows]
    answers: list[tuple[str, str | None, float]] = []
    for title, _ in rows:
        rule = cls.title_rule(title, taxonomy=tax)
        tokens = tax._text(title).tokens
        if not tokens:
            answers.append((rule[1], None, 0.0))
            continue
        got = model.predict(tokens, rule, known)
        answers.append((rule[1], got.role, got.probability))
    n = len(rows)
    right = sum(a == gold for a, (_, gold) in zip(alone, rows, strict=True))
    print(f"{n} titles; rules alone {right / n:.4f}")
    print("paths:", dict(Counter(path for path, _, _ in answers).most_common()))

    def policy(paths: Sequence[str], threshold: float) -> tuple[float, int]:
        ok = flips = 0
        for (_, gold), rule_role, (path, role, p) in zip(rows, alone, answers, strict=True):
            out = role if role is not None and path in paths and p >= threshold else rule_role
            flips += out != rule_role
            ok += out == gold
        return ok / n, flips

    policies = (
        ("weak paths", WEAK),
        ("no phrase", (*WEAK, "head", "head+subject")),  # all but a role phrase's rule
        ("every path", WEAK + STRONG),
    )
    for name, paths in policies:
        for threshold in THRESHOLDS:
            score, flips = policy(paths, threshold)
            print(f"  {name:10}  p>={threshold:<4}  {score:.4f}  ({flips} overruled)")
    for path in sorted({path for path, _, _ in answers}):
        idx = [i for i, a in enumerate(answers) if a[0] == path]
        rules = sum(alone[i] == rows[i][1] for i in idx) / len(idx)
        model_right = sum(answers[i][1] == rows[i][1] for i in idx) / len(idx)
        print(f"  path {path:14} {len(idx):5} titles: rules {rules:.3f}, model {model_right:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
