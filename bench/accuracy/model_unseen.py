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
    python bench/accuracy/model_unseen.py --c 16 --options base dropout sqrt esco-one

`--options` compares ways the trainer may weigh its rows (`train_role_model.Options`):
"base" (the trainer's default), "dropout" (each title also without its rule features),
"balanced" / "sqrt" (class weights), "esco-one" / "rows" (corpus weights), joined with
"+" ("dropout+sqrt"); `--per-role` prints the held-out rows' per-role precision/recall.
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
    "shipped": trainer.PATHS,
}


def options_of(spec: str) -> trainer.Options:
    """`train_role_model.Options` from a "+"-joined spec ("dropout+sqrt", "base")."""
    dropout, classes, corpora = False, "none", "corpus"
    for part in spec.split("+"):
        if part == "dropout":
            dropout = True
        elif part in ("balanced", "sqrt"):
            classes = part
        elif part in ("esco-one", "rows"):
            corpora = part
        elif part != "base":
            raise SystemExit(f"unknown option {part!r}")
    return trainer.Options(dropout, classes, corpora)


def per_role(
    rows: Sequence[tuple[str, str]], roles: Sequence[str]
) -> list[tuple[str, int, float, float]]:
    """(role, support, precision, recall) of (gold, predicted) pairs."""
    out = []
    for role in roles:
        gold = sum(g == role for g, _ in rows)
        said = sum(p == role for _, p in rows)
        hit = sum(g == p == role for g, p in rows)
        if gold or said:
            out.append((role, gold, hit / said if said else 0.0, hit / gold if gold else 0.0))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Fit one model per fold and setting; print the held-out scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, nargs="+", default=[1.0, 2.0, 4.0])
    parser.add_argument("--paths", nargs="+", default=["subject", "head+subject"])
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8])
    parser.add_argument("--options", nargs="+", default=["base"])
    parser.add_argument(
        "--per-role", action="store_true", help="per-role P/R at each setting's first path, p"
    )
    args = parser.parse_args(argv)
    roles = _builtin().roles
    examples = trainer.load(trainer.CORPORA) + trainer.load_spec()
    names = sorted({ex.corpus for ex in examples} - ALWAYS_TRAINED)
    folds = [frozenset(names[i::FOLDS]) for i in range(FOLDS)]
    rules = 0.0
    scores: dict[tuple[str, float, str, float], float] = {}
    pairs: dict[tuple[str, float] | None, list[tuple[str, str]]] = {None: []}
    first = (args.paths[0], args.thresholds[0])
    for spec in args.options:
        options = options_of(spec)
        for c in args.c:
            pairs[(spec, c)] = []
            for k, held in enumerate(folds):
                train = [ex for ex in examples if ex.corpus not in held]
                test = [ex for ex in examples if ex.corpus in held]
                intercept, weights = trainer.fit(train, roles, c, options)
                model = trainer._as_model(intercept, weights)
                predictions = [model.best(ex.feats) for ex in test]
                if spec == args.options[0] and c == args.c[0]:
                    rules += trainer.score(test, roles, predictions, (), 1.0) / FOLDS
                    pairs[None] += [(ex.role, ex.rule_role) for ex in test]
                for name in args.paths:
                    for th in args.thresholds:
                        s = trainer.score(test, roles, predictions, PATHS[name], th)
                        key = (spec, c, name, th)
                        scores[key] = scores.get(key, 0.0) + s / FOLDS
                for ex, (best, p) in zip(test, predictions, strict=True):
                    take = ex.rule_path in PATHS[first[0]] and p >= first[1]
                    pairs[(spec, c)].append((ex.role, roles[best] if take else ex.rule_role))
                # The model's size: the classifier's speed and memory follow it.
                print(
                    f"{spec} C={c} fold {k}: {len(weights)} features", file=sys.stderr, flush=True
                )
            # Each setting's figures as soon as its folds are done: a run takes an hour.
            for name in args.paths:
                for th in args.thresholds:
                    s = scores[(spec, c, name, th)]
                    print(f"{spec} C={c} {name} p>={th:g}: {s:.2%}", file=sys.stderr, flush=True)
    print(f"{len(names)} corpora in {FOLDS} folds; rules alone: {rules:.2%}")
    print("| options | C | model may overrule up to | p >= | rules + model | gain |")
    print("|---|---|---|---|---|---|")
    for (spec, c, name, th), s in scores.items():
        print(f"| {spec} | {c:g} | {name} | {th:g} | {s:.2%} | {s - rules:+.2%} |")
    if args.per_role:
        print(f"\nPer role, held-out rows pooled ({first[0]}, p >= {first[1]:g}): P / R (n)")
        for which, rows in pairs.items():
            label = "rules alone" if which is None else f"{which[0]} C={which[1]:g}"
            cells = [f"{r} {pr:.2f}/{rc:.2f} ({n})" for r, n, pr, rc in per_role(rows, roles)]
            print(f"- {label}: " + ", ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
