"""Train the role model that arbitrates the title rules (scraper/data/role_model.json).

Usage (from the repository root; needs the `train` extra: pip install -e ".[train]"):

    python tools/train_role_model.py                     # all labelled corpora, write the model
    python tools/train_role_model.py --dry-run           # print the dev scores only

1. Fits a multinomial logistic regression (scikit-learn) on the *train* split of every
   labelled corpus in bench/accuracy/data (titles, ESCO, ... : `CORPORA`) and on the
   taxonomy's own decisions (`SPEC`: the classifier tests' tables and case lists, as one
   more corpus weighing as much as twenty), features from `scraper.role_model.features`
   over the classifier's own tokens.
2. Chooses the regularisation by the *dev* splits (the mean over corpora of the
   accuracy of rules + model, so the largest corpus does not decide alone; fewer spec
   titles overruled breaks a tie). Which title rules the model may overrule (all but a
   role phrase's) and from what probability were chosen on data fresh to both (`PATHS`,
   bench/accuracy/arbitration.py).
3. Refits on train + dev and writes the JSON weights (small weights pruned), with the
   lowest threshold at which it overrules no right rule answer on a spec title. The test
   splits are never read.

Deterministic: the same corpora give the same file.
"""

from __future__ import annotations

import argparse
import ast
import csv
import importlib.util
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scraper.classify import _builtin, title_rule  # noqa: E402
from scraper.role_model import RoleModel, dump_model, features, pack  # noqa: E402

DATA = ROOT / "bench" / "accuracy" / "data"
OUT = ROOT / "scraper" / "data" / "role_model.json"
# Corpora with a role label per real title; a missing file is skipped (said so).
# O*NET's occupation titles are not trained on: 90% of them are trades and care, and a
# model trained with them (even weighted down to one corpus's share) read a business
# job noun with a subject it does not know as `other` ("Disputes Specialist") and broke
# the taxonomy's own cases. O*NET stays an independent check (bench/accuracy).
CORPORA = (
    "titles.tsv",
    "esco_titles.tsv",
    "esco_fr_titles.tsv",  # ESCO's French and Spanish labels (eleventh session): scored
    "esco_es_titles.tsv",  # once before any rule used them
    "esco_de_titles.tsv",  # ESCO's German, Italian, Dutch, Polish and Portuguese labels
    "esco_it_titles.tsv",  # (twelfth session): scored once before any rule used them; on
    "esco_nl_titles.tsv",  # the corpora fresh to the 6340fa6 snapshot (arbitration.py)
    "esco_pl_titles.tsv",  # a model trained with them scored 81.21% against 80.41%
    "esco_pt_titles.tsv",
    # ESCO's labels in the MELO benchmark's thirteen further languages (esco_sv ... esco_et,
    # twelfth session) are measured, not trained on: with them the same snapshot's model
    # scored 81.13% against 81.61% without, at twice the features (48,496), and ESCO would
    # be 21 of the ~60 equally weighted corpora, its occupation names outweighing ads.
    "market_a.tsv",
    "market_b.tsv",
    "market_c.tsv",
    "market_d.tsv",
    "market_e.tsv",
    "market_f.tsv",
    "market_g.tsv",
    "market_h.tsv",
    "market_i.tsv",
    "market_j.tsv",
    "market_k.tsv",  # scored once as held-out data first (bench/accuracy/README.md)
    "market_l.tsv",  # scored once at its arrival first
    "market_m.tsv",  # scored once at the end of the session that merged it
    "market_n.tsv",  # scored once as held-out data at the fifth session's start
    "market_o.tsv",  # scored once as held-out data late in the fifth session
    "market_p.tsv",  # scored once as held-out data at the sixth session's start
    "market_q.tsv",  # scored once as held-out data in the sixth session, after its classes
    "market_r.tsv",  # scored once as held-out data in the seventh session, after its classes
    "market_s.tsv",  # scored once as held-out data in the seventh session, after its classes
    "market_t.tsv",  # scored once as held-out data at the seventh session's end
    "market_u.tsv",  # scored once as held-out data at the eighth session's start
    "market_v.tsv",  # scored once as held-out data at the eighth session's start
    "market_w.tsv",  # scored once as held-out data in the ninth session (69.5% test)
    "market_x.tsv",  # scored once as held-out data in the ninth session (82.2% test)
    "market_y.tsv",  # scored once as held-out data at the ninth session's end (71.2% test)
    "market_z.tsv",  # scored once as held-out data in the tenth session (71.3% test)
    "market_aa.tsv",  # scored once as held-out data in the tenth session (75.0% test)
    "market_ab.tsv",  # scored once as held-out data in the tenth session (75.9% test)
    "market_ac.tsv",  # scored once as held-out data in the eleventh session (77.9% test)
    "market_ad.tsv",  # scored once as held-out data in the eleventh session (84.1% test)
    "market_ae.tsv",  # scored once as held-out data in the eleventh session (75.0% test)
    "market_af.tsv",  # scored once at the eleventh session's end (79.3% test)
    "market_ag.tsv",  # scored once in the twelfth session (78.3% test), Saudi boards
    "market_ah.tsv",  # scored once in the twelfth session (83.1% test), job APIs, LinkedIn
    "market_aj.tsv",  # scored once in the twelfth session (68.7% test), Indonesia, Korea data
    "market_ak.tsv",  # scored once in the thirteenth session (80.2% test), employers' boards
    "market_ai.tsv",  # scored once at the twelfth session's end (91.3% test), then trained on
    "market_al.tsv",  # scored once in the thirteenth session (73.7% test), Work24, France Travail
    "market_ao.tsv",  # scored once in the thirteenth session (74.0% test), Egypt's Wuzzuf
    "market_ap.tsv",  # scored once in the thirteenth session (70.0% test), TopCV Vietnam
    "market_as.tsv",  # scored once in the fourteenth session (79.2% test), VC-backed boards
    "market_at.tsv",  # scored once in the fourteenth session (70.7% test), Seek NZ and AU ICT
    "market_aw.tsv",  # scored once in the fifteenth session (86.1% test), AI labs, HK universities
    "market_az.tsv",  # scored once in the sixteenth session (78.1% test), US federal IT, EURES
    "market_am.tsv",  # the thirteenth session's final measure, scored once (90.5% test)
    "market_an.tsv",  # the same (82.4% test)
    "market_aq.tsv",  # the fourteenth session's final measure, scored once (87.1% test)
    "market_ar.tsv",  # the same (83.3% test)
    "market_au.tsv",  # the fifteenth session's final measure, scored once (78.3% test)
    "market_av.tsv",  # the same (78.5% test)
    "market_ax.tsv",  # the sixteenth session's first measure, scored once (83.1% test)
    "market_ay.tsv",  # the same (85.7% test)
    "market_ba.tsv",  # the sixteenth session's final measure, scored once (87.9% test)
    "market_bb.tsv",  # the same (91.2% test)
    "market_be.tsv",  # scored once in the seventeenth session (89.4% test), public boards, Seek NZ
    "market_bf.tsv",  # the seventeenth session's, scored once with its start code (87.0% test)
    "market_bg.tsv",  # scored once in the seventeenth session (83.1% test), Rozee.pk, the UAE
    "market_bc.tsv",  # the seventeenth session's final measure, scored once (82.5% test)
    "market_bd.tsv",  # the same (69.9% test; 67.5% with the session's start code)
    # Titles of languages the vocabulary lacked, each scored once before its words came in.
    "lang_nordic.tsv",
    "lang_cee.tsv",
    "lang_vah.tsv",
    "lang_fis.tsv",  # French, Italian, Spanish: scored once before its words (ninth session)
    "lang_gdp.tsv",  # German, Dutch, Portuguese: the same
    "lang_rtpi.tsv",  # Russian, Indonesian, Polish, Turkish (tenth session): the same
    "lang_cjk.tsv",  # Chinese, Japanese, Korean (tenth session): the same
)
# Title rules the model may overrule: every one but a role phrase's. The dev splits cannot
# choose this: the rules were written against every corpus's train and dev rows, so there
# they look better than they are (~91% against ~78% on a corpus they have not seen).
# Chosen instead on data fresh to both the rules and the model: three earlier commits'
# code, each with a model of this trainer, scored on the train/dev rows of the corpora
# labelled after it (bench/accuracy/arbitration.py; README "Twelfth session"). A job noun
# with its subject ("Scala Engineer - Data") was overruled to gain: +0.5 to +0.7 points
# over the weak rules alone on all three. A role phrase's rule ("Data Scientist") was
# not: the model agreed with it but for 0-6 titles in 1,000 and asking it cost a third of
# the classifier's speed.
PATHS = ("none", "bare-head", "subject", "head", "head+subject")
# The lowest threshold first (the fresh-data optimum, 0.4-0.5 on all three commits); the
# spec check raises it while the model would overrule a right rule on a spec title.
THRESHOLDS = (0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 0.95)
REGULARISATION = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
# Weights smaller than this are dropped: on the dev split (C=4, ninth session) pruning at
# 0.05 / 0.1 / 0.2 / 0.3 kept 20,329 / 15,240 / 10,174 / 7,378 features and scored
# 86.58 / 86.49 / 86.55 / 86.53%: half the model (and its memory in every classifying
# process) decided nothing measurable. Twelfth session: with ESCO's five more languages
# (and C up to 16) the model doubled; on the 6340fa6 snapshot's fresh market corpora
# (`arbitration.py`) 0.2 / 0.3 kept 31,910 / 23,227 features and scored 81.21 / 81.05%
# (2 titles of 1,256): 0.3, for the memory.
PRUNE = 0.3
# The taxonomy's own decisions, as the test suite pins them (invented titles, one row
# each): a model setting that overrules the rules on any of them is not chosen. A model
# of word counts learns "scientist" as lab work from the market corpora, and then reads
# a bare "Chief Scientist" as `other` (the tests caught it in a retrain).
SPEC = ROOT / "tests" / "data" / "classify_tables.tsv"
# The spec weighs as much as twenty corpora: with the model free to overrule every rule,
# at one corpus's weight it still overruled 22 of its 3,630 titles at p >= 0.45 (a
# threshold raised to 0.95 to spare them gave the gain away); at twenty, none, and the
# fresh-data check above scored the same.
SPEC_WEIGHT = 20.0
# ... and the literal case lists of the classifier's tests (parsed, never imported).
SPEC_CASES = ROOT / "tests" / "test_classify.py"


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled title with what the rules and the model's features make of it."""

    corpus: str
    split: str
    role: str
    feats: tuple[str, ...]
    rule_role: str
    rule_path: str


def _example(tax: Any, corpus: str, split: str, title: str, role: str) -> Example:
    """A labelled title with its features and the rules' decision."""
    rule_role, why = title_rule(title, taxonomy=tax)
    feats = tuple(features(tax._text(title).tokens, (rule_role, why), tax._known))
    return Example(corpus, split, role, feats, rule_role, why)


def _listed_cases(path: Path, roles: Sequence[str]) -> list[tuple[str, str]]:
    """(title, role) of the test module's literal case lists: tuples of a title and a role."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[tuple[str, str]] = []
    for node in tree.body:
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        if not isinstance(value, (ast.List, ast.Tuple)):
            continue
        for item in value.elts:
            if not isinstance(item, ast.Tuple) or len(item.elts) < 2:
                continue
            title, role = item.elts[0], item.elts[1]
            if (
                isinstance(title, ast.Constant)
                and isinstance(title.value, str)
                and isinstance(role, ast.Constant)
                and isinstance(role.value, str)
                and role.value in roles
            ):
                out.append((title.value, role.value))
    return out


def load_spec() -> list[Example]:
    """The test tables' and case lists' titles that the rules already get right.

    Known misses (a note in the table) are left out, and so are titles the rules get
    wrong from the title alone (their tests give fields too)."""
    tax = _builtin()
    lines = SPEC.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    cases = [(title, role) for title, role, _level, _set, note in rows[1:] if not note]
    cases += _listed_cases(SPEC_CASES, tax.roles)
    out = []
    for title, role in dict.fromkeys(cases):
        ex = _example(tax, "spec", "spec", title, role)
        if ex.rule_role == role:
            out.append(ex)
    return out


def overruled(
    spec: Sequence[Example],
    roles: Sequence[str],
    model: RoleModel,
    paths: Sequence[str],
    threshold: float,
) -> int:
    """How many spec titles' right rule answer the model would overrule with another role."""
    flips = 0
    for ex in spec:
        if ex.rule_path in paths:
            best, p = model.best(ex.feats)
            flips += p >= threshold and roles[best] != ex.role
    return flips


def load(names: Sequence[str]) -> list[Example]:
    """The train and dev rows of every corpus present, with features and rule decisions."""
    tax = _builtin()
    out: list[Example] = []
    for name in names:
        path = DATA / name
        if not path.exists():
            print(f"skip {name}: not present", file=sys.stderr)
            continue
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        for r in rows:
            if r["set"] not in ("train", "dev") or r["role"] not in tax.roles:
                continue
            out.append(_example(tax, name, r["set"], r["title"], r["role"]))
    return out


Weights = dict[str, list[tuple[int, float]]]


def _weight(corpus: str) -> float:
    """How much more a corpus's rows weigh than its share: the spec more (SPEC_WEIGHT)."""
    return SPEC_WEIGHT if corpus == "spec" else 1.0


# Prefixes of the features of the rules' decision (`rule_features`, `unknown_features`'s
# "ur:"): what `Options.dropout` leaves out of a title's second copy.
RULE_PREFIXES = ("r:", "rp:", "ur:")


@dataclass(frozen=True, slots=True)
class Options:
    """How `fit` weighs its rows (bench/accuracy/model_unseen.py compares them).

    dropout: each title also trained on without its rule features (each copy half weight),
    so the words that carry a role are learnt, not only the rule's answer.
    classes: "none", "balanced" or "sqrt" (each role's rows weighed by 1/n or 1/sqrt(n)).
    corpora: "corpus" (each corpus the same total), "esco-one" (ESCO's languages together
    as one corpus) or "rows" (each row the same).
    """

    dropout: bool = False
    classes: str = "none"
    corpora: str = "corpus"


def _group(corpus: str, corpora: str) -> str:
    """The corpus a row's weight is shared within."""
    return "esco" if corpora == "esco-one" and corpus.startswith("esco") else corpus


def row_weights(examples: Sequence[Example], options: Options = Options()) -> list[float]:
    """Each example's sample weight under `options` (the spec weighs SPEC_WEIGHT more)."""
    groups = [_group(ex.corpus, options.corpora) for ex in examples]
    if options.corpora == "rows":
        weights = [_weight(ex.corpus) for ex in examples]
    else:
        # Every corpus weighs the same in total: ESCO's 2,400 occupation titles would
        # otherwise outweigh the job-board corpora.
        sizes = Counter(groups)
        mean = len(examples) / len(sizes)
        weights = [
            mean / sizes[g] * _weight(ex.corpus) for g, ex in zip(groups, examples, strict=True)
        ]
    if options.classes != "none":
        mass: dict[str, float] = {}
        for w, ex in zip(weights, examples, strict=True):
            mass.setdefault(ex.role, 0.0)
            mass[ex.role] += w
        total = sum(mass.values())
        power = 1.0 if options.classes == "balanced" else 0.5
        # Rescaled so the total weight (and so what C means) stays the same.
        factor = {r: (total / len(mass) / m) ** power for r, m in mass.items()}
        norm = total / sum(w * factor[ex.role] for w, ex in zip(weights, examples, strict=True))
        weights = [w * factor[ex.role] * norm for w, ex in zip(weights, examples, strict=True)]
    return weights


def fit(
    examples: Sequence[Example], roles: Sequence[str], c: float, options: Options = Options()
) -> tuple[list[float], Weights]:
    """Intercepts and per-feature weights of a logistic regression on `examples`."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    weights = row_weights(examples, options)
    rows: list[tuple[Sequence[str], str, float]] = []
    for ex, w in zip(examples, weights, strict=True):
        if options.dropout:
            rows.append((ex.feats, ex.role, w / 2))
            words = [f for f in ex.feats if not f.startswith(RULE_PREFIXES)]
            rows.append((words, ex.role, w / 2))
        else:
            rows.append((ex.feats, ex.role, w))
    vocab: dict[str, int] = {}
    ind: list[int] = []
    ptr = [0]
    for feats, _role, _w in rows:
        for feat in feats:
            ind.append(vocab.setdefault(feat, len(vocab)))
        ptr.append(len(ind))
    # Duplicate (row, column) entries are summed: a feature counts once per word.
    x = sparse.csr_matrix(([1.0] * len(ind), ind, ptr), shape=(len(rows), len(vocab)))
    x.sum_duplicates()
    y = [roles.index(role) for _f, role, _w in rows]
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(x, y, sample_weight=[w for _f, _r, w in rows])
    # Classes absent from the data get no row; map rows back to role indexes.
    present = [int(k) for k in model.classes_]
    intercept = [-30.0] * len(roles)
    for row, k in enumerate(present):
        intercept[k] = float(model.intercept_[row])
    out: Weights = {}
    for feat, j in vocab.items():
        col = model.coef_[:, j]
        cells = [(present[row], float(w)) for row, w in enumerate(col) if abs(w) >= PRUNE]
        if cells:
            out[feat] = cells
    return intercept, out


def _predict(intercept: list[float], weights: Weights, feats: Sequence[str]) -> tuple[int, float]:
    """Best role index and its probability, by the classifier's own arithmetic."""
    return _as_model(intercept, weights).best(feats)


def _as_model(intercept: list[float], weights: Weights) -> RoleModel:
    """Fitted weights as the RoleModel the classifier loads (no threshold or paths yet)."""
    rows = {feat: pack(cells) for feat, cells in weights.items()}
    return RoleModel(tuple(_builtin().roles), tuple(intercept), rows, 1.0, frozenset(), {})


def score(
    examples: Sequence[Example],
    roles: Sequence[str],
    predictions: Sequence[tuple[int, float]],
    paths: Sequence[str],
    threshold: float,
) -> float:
    """Mean over corpora of the accuracy of the rules arbitrated by the model."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for ex, (best, p) in zip(examples, predictions, strict=True):
        role = ex.rule_role
        if ex.rule_path in paths and p >= threshold:
            role = roles[best]
        right[ex.corpus] += role == ex.role
        total[ex.corpus] += 1
    return sum(right[c] / total[c] for c in total) / len(total)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: choose settings on dev, refit on train + dev, write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print dev scores; write nothing")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the model")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("sklearn") is None:
        print('error: training needs scikit-learn: pip install -e ".[train]"', file=sys.stderr)
        return 2
    roles = _builtin().roles
    examples = load(CORPORA)
    spec = load_spec()
    # The spec's titles are trained on too (as one more corpus): they teach the model the
    # taxonomy's own decisions, which word counts of the market corpora would not.
    examples += spec
    train = [ex for ex in examples if ex.split in ("train", "spec")]
    dev = [ex for ex in examples if ex.split == "dev"]
    rules_only = score(dev, roles, [(0, 0.0)] * len(dev), (), 1.0)
    print(f"train {len(train)}, dev {len(dev)}, spec {len(spec)}", end="; ")
    print(f"dev, rules alone: {rules_only:.4f}")
    # The best dev score first, then fewest spec titles overruled: the refit's threshold
    # spares the spec (a C that overruled one spec title before the refit, at the
    # twelfth session's pruning, overruled none after it and scored 0.8 dev points more).
    best: tuple[int, float, float] | None = None
    for c in REGULARISATION:
        intercept, weights = fit(train, roles, c)
        model = _as_model(intercept, weights)
        predictions = [model.best(ex.feats) for ex in dev]
        s = score(dev, roles, predictions, PATHS, THRESHOLDS[0])
        flips = overruled(spec, roles, model, PATHS, THRESHOLDS[0])
        if best is None or (-s, flips) < (-best[1] - 1e-9, best[0]):
            best = (flips, s, c)
        print(f"C={c}: dev {s:.4f}, spec overruled {flips}; best so far C={best[2]}")
    assert best is not None
    _flips, s, c = best
    by_corpus = Counter(ex.corpus for ex in examples)
    if args.dry_run:
        return 0
    intercept, weights = fit(examples, roles, c)
    # The refit on train + dev moves the weights: raise the threshold until the spec holds.
    final = _as_model(intercept, weights)
    left = 0
    for threshold in THRESHOLDS:
        left = overruled(spec, roles, final, PATHS, threshold)
        if not left:
            break
    if left:
        print(f"warning: the model still overrules {left} spec titles", file=sys.stderr)
    paths = PATHS
    info = {
        "trained_on": {k: by_corpus[k] for k in sorted(by_corpus)},
        "splits": "train+dev (C chosen on dev; test never read)",
        "C": c,
        "dev_mean_accuracy": {"rules": round(rules_only, 4), "rules+model": round(s, 4)},
        "features": "scraper.role_model.features",
        "prune": PRUNE,
    }
    args.out.write_text(dump_model(roles, intercept, weights, threshold, paths, info), "utf-8")
    print(f"wrote {args.out}: {len(weights)} features, paths {paths}, threshold {threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
