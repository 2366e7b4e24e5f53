"""What the role model adds on corpora it never saw: leave-corpora-out scores.

The trainer (tools/train_role_model.py) chooses its settings on the dev splits of the
same corpora it trains on, which rewards remembering each corpus's words. The owners
measure on postings from sources the project has never seen, so this bench holds out
whole corpora instead: the market and language corpora are dealt round-robin into
five folds, and each fold is scored (train and dev rows; test splits are never read)
by a model fitted on every other corpus (the occupation lists and the taxonomy's
tables always train). It prints the mean over folds of the mean per-corpus accuracy,
rules alone and rules + model, for each setting.

Usage (needs the `train` extra: pip install -e ".[train]"; ~5 minutes):

    python bench/accuracy/model_unseen.py
    python bench/accuracy/model_unseen.py --c 1 4 --paths subject head+subject
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import train_role_model as trainer  # noqa: E402

from scraper.classify import _builtin  # noqa: E402

FOLDS = 5
ALWAYS_TRAINED = frozenset({"spec", "titles.tsv", "esco_titles.tsv"})
# The path sets the model may overrule, by the weakest rule left to the rules.
PATHS = {
    "none": ("none",),
    "bare-head": ("none", "bare-head"),
    "subject": ("none", "bare-head", "subject"),
    "head+subject": ("none", "bare-head", "subject", "head+subject"),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Fit one model per fold and setting; print the held-out scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, nargs="+", default=[1.0, 2.0, 4.0])
    parser.add_argument("--paths", nargs="+", default=["subject", "head+subject"])
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8])
    args = parser.parse_args(argv)
    roles = _builtin().roles
    examples = trainer.load(trainer.CORPORA) + trainer.load_spec()
    names = sorted({ex.corpus for ex in examples} - ALWAYS_TRAINED)
    folds = [frozenset(names[i::FOLDS]) for i in range(FOLDS)]
    rules = 0.0
    scores: dict[tuple[float, str, float], float] = {}
    for c in args.c:
        for held in folds:
            train = [ex for ex in examples if ex.corpus not in held]
            test = [ex for ex in examples if ex.corpus in held]
            model = trainer._as_model(*trainer.fit(train, roles, c))
            predictions = [model.best(ex.feats) for ex in test]
            if c == args.c[0]:
                rules += trainer.score(test, roles, predictions, (), 1.0) / FOLDS
            for name in args.paths:
                for th in args.thresholds:
                    s = trainer.score(test, roles, predictions, PATHS[name], th)
                    scores[(c, name, th)] = scores.get((c, name, th), 0.0) + s / FOLDS
        print(f"C={c} done", file=sys.stderr, flush=True)
    print(f"{len(names)} corpora in {FOLDS} folds; rules alone: {rules:.2%}")
    print("| C | model may overrule up to | p >= | rules + model | gain |")
    print("|---|---|---|---|---|")
    for (c, name, th), s in sorted(scores.items()):
        print(f"| {c:g} | {name} | {th:g} | {s:.2%} | {s - rules:+.2%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
