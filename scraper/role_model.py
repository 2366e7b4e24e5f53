"""A small trained model of roles: the arbiter behind the title rules.

A multinomial logistic regression over the words, adjacent word pairs and head noun
of a title's normalised tokens (the classifier's own tokens: abbreviations expanded,
CJK segmented into words), over what the title rules decided, and over whether the
first job noun has a subject word the vocabulary does not know. It is trained
offline on labelled real titles (`tools/train_role_model.py`, scikit-learn) and
shipped as a JSON file of weights, so inference is a few dictionary lookups in pure
Python.

`scraper.classify` asks it where the title alone decided and by no role phrase (a job
noun with or without its subject, a subject alone, no role words: the file's `paths`),
and takes its answer only where it names another role at or above the file's
probability threshold; the answer names the words that decided it, so `jobs classify`
still explains itself.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from scraper.errors import ConfigError

__all__ = [
    "FORMAT",
    "ModelAnswer",
    "RoleModel",
    "dump_model",
    "features",
    "load_model",
    "phrase_features",
    "rule_features",
    "unknown_features",
]

FORMAT = "jobs-role-model/1"
# The classifier's tokens keep two separators ("-", "(", "|" ... become ","): they split
# a title into parts and are never features.
_PUNCT = frozenset({"/", ","})
# Units written after a number: hours, time, pay and shares ("(32-40 uur)", "5 years",
# "100 %"). Like the number they say nothing of the role and only memorise corpora.
_UNITS = frozenset(
    {"uur", "uren", "hours", "hour", "hrs", "hr", "h", "stunden", "std", "heures", "horas",
     "ore", "timer", "tim", "godzin", "ora", "years", "year", "yrs", "jahre", "jahren", "ans",
     "anos", "anni", "jaar", "month", "months", "monate", "mois", "meses", "mesi", "maanden",
     "days", "day", "tage", "jours", "dias", "k", "pct", "percent", "prozent"}
)  # fmt: skip


def _parts(tokens: Sequence[str]) -> list[list[str]]:
    """The words of each part of a title, split at its separators; no numbers, nor the
    units written after them."""
    part: list[str] = []
    parts = [part]
    prev = ""
    # Hours, grades, years and requisition numbers ("(32-40 uur)", "33075 - Scientist")
    # say nothing of the role; as features they only memorise corpora.
    for tok in tokens:
        if tok.isdigit() or (tok in _UNITS and prev.isdigit()):
            prev = tok
            continue
        prev = tok
        if tok in _PUNCT:
            part = []
            parts.append(part)
        else:
            part.append(tok)
    return parts


def phrase_features(tokens: Sequence[str]) -> list[str]:
    """Features of a title's word order: adjacent pairs in each part, the first head noun,
    and each word of a later part with that head ("Engineer - Data": data|engineer)."""
    return _phrase_features(_parts(tokens))


def _phrase_features(parts: list[list[str]]) -> list[str]:
    """`phrase_features` of a title's parts."""
    out = {f"b:{a} {b}" for words in parts for a, b in itertools.pairwise(words)}
    first = next((words for words in parts if words), None)
    if first:
        # The head noun of the first part: "Test Engineer, Battery" -> engineer.
        head = first[-1]
        out.add("h:" + head)
        # The subject a later part gives that head ("Software Engineer, Machine Learning",
        # "Engineer - Data"), which no pair spans: on corpora fresh to both rules and model
        # (bench/accuracy/arbitration.py, two commits) +0.4 and +0.6 points.
        out.update(f"x:{w}|{head}" for words in parts if words is not first for w in words)
    return sorted(out)


def rule_features(rule: tuple[str, str]) -> list[str]:
    """Features of what the title rules decided: their role, and that role by its rule.

    With them the model learns how far each kind of rule decision can be trusted,
    and overrules one only on stronger evidence in the words.
    """
    role, path = rule
    return [f"r:{role}", f"rp:{role}:{path}"]


def unknown_features(
    tokens: Sequence[str], rule: tuple[str, str], known: Container[str]
) -> list[str]:
    """Features of words the vocabulary does not know next to the first head noun.

    "Stationary Engineer", "NDE Engineer": a job noun with a subject the rules cannot
    read. Whether that still means the noun's default role depends on the market, not
    on the word, so the model learns it per head and per rule decision.
    """
    return _unknown_features(_parts(tokens), rule, known)


def _unknown_features(
    parts: list[list[str]], rule: tuple[str, str], known: Container[str]
) -> list[str]:
    """`unknown_features` of a title's parts."""
    first = next((words for words in parts if words), None)
    if not first or not any(w.isalpha() and w not in known for w in first[:-1]):
        return []
    role, path = rule
    return [f"u:{first[-1]}", f"ur:{role}:{path}"]


def features(
    tokens: Sequence[str], rule: tuple[str, str], known: Container[str] = frozenset()
) -> list[str]:
    """All features of a title, a word's features once per distinct word that has them.

    Training counts them this way and `RoleModel.predict` sums their weights, so both
    see the same numbers. `known` is the taxonomy's vocabulary.
    """
    return list(_feature_stream(_parts(tokens), rule, known))


def _feature_stream(
    parts: list[list[str]], rule: tuple[str, str], known: Container[str]
) -> Iterator[str]:
    """`features` of a title's parts, one at a time: scoring needs no list of them."""
    # The words' features built in C (map, chain): one per distinct word, in order.
    words = dict.fromkeys(itertools.chain.from_iterable(parts))
    unknown = _unknown_features(parts, rule, known) if known else []
    return itertools.chain(
        map("w:".__add__, words), _phrase_features(parts), rule_features(rule), unknown
    )


@dataclass(frozen=True, slots=True)
class ModelAnswer:
    """The model's role for a title, its probability and the features that decided it."""

    role: str
    probability: float
    evidence: tuple[tuple[str, float], ...]

    def explain(self) -> str:
        """One phrase: the role's probability and the strongest words behind it."""
        words = ", ".join(f"{_readable(f)} {w:+.1f}" for f, w in self.evidence)
        return f"model p={self.probability:.2f}" + (f" ({words})" if words else "")


def _readable(feature: str) -> str:
    """A feature as people read it: 'w:battery' -> 'battery', 'h:engineer' -> head."""
    kind, _, value = feature.partition(":")
    if kind == "h":
        return f"head '{value}'"
    if kind == "u":
        return f"unknown subject of '{value}'"
    if kind == "x":
        word, _, head = value.partition("|")
        return f"'{word}' of '{head}'"
    return f"'{value}'"


# Features with at least this many (role, weight) cells also get a dense row (`_dense`).
_DENSE_FROM = 4

# A feature's weights as one flat tuple: role index, weight, role index, weight, ...
# A tuple of pairs cost a tuple object per cell: 34,000 cells, 2 MB more in every
# classifying process (the 1M-posting memory budget of bench/ingest is tight).
Row = tuple[Any, ...]


def pack(cells: Iterable[tuple[int, float]]) -> Row:
    """(role index, weight) pairs as one flat row."""
    return tuple(x for cell in cells for x in cell)


def pairs(row: Row) -> Iterator[tuple[int, float]]:
    """The (role index, weight) pairs of a flat row."""
    it = iter(row)
    return zip(it, it, strict=True)


@dataclass(frozen=True, slots=True)
class RoleModel:
    """Weights of the trained model and when the classifier may take its answer."""

    roles: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: Mapping[str, Row]
    threshold: float
    # The title rules' decisions it may overrule (`scraper.classify` paths; "none" =
    # the title named no role).
    paths: frozenset[str]
    info: Mapping[str, Any]
    # The weights of the features with many cells again as dense rows, a weight per role:
    # the few frequent words and rule decisions that most titles have ("engineer",
    # "r:software-engineer"), summed column-wise in C by `zip` and `sum` (`_scores`).
    _dense: Mapping[str, tuple[float, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Build the dense rows (1,800 of 24,000 features: 0.3 MB, a quarter of the time)."""
        n = len(self.roles)
        dense: dict[str, tuple[float, ...]] = {}
        # Equal sums kept once, as the rows' weights are (no cell is zero: weights are pruned).
        shared: dict[float, float] = {}
        for feat, row in self.weights.items():
            if len(row) >= 2 * _DENSE_FROM:
                cells = [0.0] * n
                for idx, w in pairs(row):
                    cells[idx] += w
                dense[feat] = tuple(c if c == 0.0 else shared.setdefault(c, c) for c in cells)
        object.__setattr__(self, "_dense", dense)

    def predict(
        self, tokens: Sequence[str], rule: tuple[str, str], known: Container[str]
    ) -> ModelAnswer:
        """The most probable role of a title, given its tokens and the rules' (role, path)."""
        best, probability = self.best(features(tokens, rule, known))
        return ModelAnswer(self.roles[best], probability, ())

    def overrule(
        self, tokens: Sequence[str], rule: tuple[str, str], known: Container[str]
    ) -> ModelAnswer | None:
        """`predict`'s answer where it names another role than the rule's and is sure enough.

        The probability is worked out only then: most titles' best role is the rule's own.
        """
        scores = self._title_scores(tokens, rule, known)
        top = max(scores)
        best = scores.index(top)
        if self.roles[best] == rule[0]:
            return None
        probability = _probability(scores, top)
        if probability < self.threshold:
            return None
        return ModelAnswer(self.roles[best], probability, ())

    def best(self, feats: Iterable[str]) -> tuple[int, float]:
        """The index of the most probable role for these features, and its probability
        (the trainer scores its dev split with this too)."""
        scores = self._scores(feats)
        top = max(scores)
        return scores.index(top), _probability(scores, top)

    def _scores(self, feats: Iterable[str]) -> list[float]:
        """Each role's score: the intercept plus the weights of the features the model has.

        The sparse rows are added cell by cell, then the dense rows column by column: the
        same additions in the same order wherever it is asked (the trainer scores its dev
        split with it too)."""
        scores = list(self.intercept)
        dense_get = self._dense.get
        get = self.weights.get
        dense = []
        for feat in feats:
            full = dense_get(feat)
            if full is not None:
                dense.append(full)
                continue
            row = get(feat)
            if row:
                it = iter(row)
                # Rows are checked to be whole pairs when loaded.
                for idx, w in zip(it, it, strict=False):
                    scores[idx] += w
        if dense:
            return list(map(sum, zip(scores, *dense, strict=True)))
        return scores

    def _title_scores(
        self, tokens: Sequence[str], rule: tuple[str, str], known: Container[str]
    ) -> list[float]:
        """`_scores(features(tokens, rule, known))`, each feature scored as it is built.

        The same features in the same order (so the same additions, to the last bit), but
        no feature list (110,000 -> 98,000 instructions a call; it runs for ~30% of
        `bench.py`'s titles and ~60% of real board titles)."""
        return self._scores(_feature_stream(_parts(tokens), rule, known))

    def explained(
        self,
        tokens: Sequence[str],
        rule: tuple[str, str],
        known: Container[str],
        answer: ModelAnswer,
    ) -> ModelAnswer:
        """`answer` with the three features that pushed hardest towards its role.

        Apart from `predict` because only an answer the classifier takes is explained.
        """
        best = self.roles.index(answer.role)
        found = [
            (feat, w)
            # The words only: "the rule said X" is no reason people can check.
            for feat in features(tokens, rule, known)
            if not feat.startswith(("r:", "rp:", "ur:"))
            for idx, w in pairs(self.weights.get(feat, ()))
            if idx == best and w > 0
        ]
        evidence = tuple(sorted(found, key=lambda fw: -fw[1])[:3])
        return ModelAnswer(answer.role, answer.probability, evidence)


def _probability(scores: Sequence[float], top: float) -> float:
    """The softmax probability of the top score."""
    exp = math.exp
    return 1.0 / sum([exp(s - top) for s in scores])


def _parse(data: Any, where: str, lines: Iterable[tuple[str, Any]] | None = None) -> RoleModel:
    """A model from its decoded JSON (its weights from `lines` when read apart), checked
    field by field."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ConfigError(f"{where}: not a role model file (format {FORMAT!r})")
    try:
        roles = tuple(str(r) for r in data["roles"])
        intercept = tuple(float(x) for x in data["intercept"])
        threshold = float(data["threshold"])
        paths = frozenset(str(p) for p in data["paths"])
        weights: dict[str, Row] = {}
        # Weights are rounded: a few thousand distinct values, each kept once.
        shared: dict[float, float] = {}
        # And so are whole rows: half of the 30,000 features have the same row as another
        # (one or two cells), each kept once (0.9 MB less in every classifying process).
        rows: dict[Row, Row] = {}
        for feat, row in data["weights"].items() if lines is None else lines:
            cells = ((int(i), float(w)) for i, w in row)
            packed = pack((i, shared.setdefault(w, w)) for i, w in cells)
            weights[str(feat)] = rows.setdefault(packed, packed)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: malformed role model: {exc}") from None
    n = len(roles)
    bad = any(not 0 <= i < n for row in weights.values() for i, _ in pairs(row))
    if len(intercept) != n or bad:
        raise ConfigError(f"{where}: role model weights do not match its {n} roles")
    if not 0.0 < threshold <= 1.0:
        raise ConfigError(f"{where}: role model threshold must be in (0, 1]")
    return RoleModel(roles, intercept, weights, threshold, paths, dict(data.get("info") or {}))


# `dump_model`'s layout: the head on the first line, then one feature a line.
_WEIGHTS_OPEN = ', "weights": {'


def _lines(text: str, start: int, end: int) -> Iterator[tuple[str, Any]]:
    """(feature, cells) of each line of a `dump_model` weights block, one line at a time."""
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        line = text[pos:stop].rstrip(",")
        pos = stop + 1
        if line:
            ((feat, cells),) = json.loads("{" + line + "}").items()
            yield feat, cells


def _decode(text: str) -> tuple[Any, Iterable[tuple[str, Any]] | None]:
    """A model file's JSON head, and its weights as (feature, cells) when they are read
    apart. `dump_model`'s layout is decoded a feature line at a time: decoding the whole
    text at once held every cell as a list of two numbers beside the packed rows (a load
    peak of 17.6 MB of RSS for 24,000 features, 5 MB kept); any other layout of valid
    JSON is decoded whole (its weights then stay in the head: None)."""
    first = text.find("\n")
    body = text.rstrip("\n")
    if first > 0 and text[:first].endswith(_WEIGHTS_OPEN) and body.endswith("\n}}"):
        data = json.loads(text[: first - len(_WEIGHTS_OPEN)] + "}")
        if isinstance(data, dict) and "weights" not in data:
            return data, _lines(text, first + 1, len(body) - 2)
    return json.loads(text), None


def load_model(path: str | Path | None = None) -> RoleModel:
    """The role model at `path`, or the one shipped with the package."""
    if path is None:
        return _builtin_model()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read role model {path}: {exc.strerror or exc}") from None
    try:
        data, lines = _decode(text)
    except ValueError as exc:
        raise ConfigError(f"{path}: role model is not JSON: {exc}") from None
    return _parse(data, str(path), lines)


_BUILTIN = "role_model.json"


@functools.cache
def _builtin_model() -> RoleModel:
    """The packaged model, loaded once per process."""
    text = resources.files("scraper").joinpath("data", _BUILTIN).read_text(encoding="utf-8")
    data, lines = _decode(text)
    return _parse(data, f"scraper/data/{_BUILTIN}", lines)


def dump_model(
    roles: Sequence[str],
    intercept: Iterable[float],
    weights: Mapping[str, Iterable[tuple[int, float]]],
    threshold: float,
    paths: Iterable[str],
    info: Mapping[str, Any],
) -> str:
    """The JSON text of a model, stable for review (sorted, rounded, one feature a line)."""
    head = {
        "format": FORMAT,
        "info": dict(info),
        "roles": list(roles),
        "intercept": [round(x, 4) for x in intercept],
        "threshold": threshold,
        "paths": sorted(paths),
    }
    lines = [json.dumps(head, ensure_ascii=False, sort_keys=True)[:-1] + ', "weights": {']
    items = sorted(weights.items())
    for k, (feat, row) in enumerate(items):
        cells = [[i, round(w, 3)] for i, w in row]
        sep = "," if k < len(items) - 1 else ""
        lines.append(f"{json.dumps(feat, ensure_ascii=False)}: {json.dumps(cells)}{sep}")
    lines.append("}}")
    return "\n".join(lines) + "\n"
