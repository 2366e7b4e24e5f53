"""The trained role model: its file format, its arithmetic, and how classify uses it."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from scraper import classify as classify_module
from scraper.classify import _builtin, classify, load_taxonomy, title_rule
from scraper.errors import ConfigError
from scraper.role_model import (
    ModelAnswer,
    RoleModel,
    dump_model,
    features,
    load_model,
    pairs,
    phrase_features,
)

ROOT = Path(__file__).resolve().parent.parent
ROLES = tuple(_builtin().roles)


def _tiny(threshold: float = 0.6, paths: tuple[str, ...] = ("none", "bare-head")) -> str:
    """A hand-written model: 'tufting' means other, 'kiln' means other, else nothing."""
    other = ROLES.index("other")
    ops = ROLES.index("operations")
    intercept = [0.0] * len(ROLES)
    weights = {
        "w:tufting": [(other, 6.0)],
        "w:kiln": [(other, 6.0), (ops, -1.0)],
        "b:kiln supervisor": [(other, 1.0)],
        "rp:operations:bare-head": [(ops, 0.5)],
    }
    return dump_model(ROLES, intercept, weights, threshold, paths, {"note": "test"})


@pytest.fixture
def tiny_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> RoleModel:
    """Classify with the tiny model instead of the shipped one."""
    path = tmp_path / "model.json"
    path.write_text(_tiny(), encoding="utf-8")
    model = load_model(path)
    monkeypatch.setattr(classify_module, "_builtin_model", lambda: model)
    return model


def test_features_are_words_pairs_head_and_rule() -> None:
    tokens = _builtin()._text("Senior Kiln Supervisor, Night Shift").tokens
    got = features(tokens, ("operations", "bare-head"))
    assert "w:kiln" in got and "w:supervisor" in got
    assert "b:kiln supervisor" in got and "b:night shift" in got
    # No pair across the comma: the parts are separate phrases.
    assert "b:supervisor night" not in got
    assert "h:supervisor" in got  # head noun of the first part
    assert got[-2:] == ["r:operations", "rp:operations:bare-head"]
    # A word counts once however often it is repeated.
    twice = features(("kiln", "kiln"), ("other", "none"))
    assert twice.count("w:kiln") == 1


def test_features_are_words_then_phrases_then_rule() -> None:
    tokens = ("data", "center", ",", "kiln")
    words = ["w:data", "w:center", "w:kiln"]
    assert features(tokens, ("x", "y")) == [*words, *phrase_features(tokens), "r:x", "rp:x:y"]


def test_predict_sums_weights_and_explains_with_words(tiny_model: RoleModel) -> None:
    tokens = ("kiln", "supervisor")
    answer = tiny_model.predict(tokens, ("operations", "bare-head"), frozenset())
    assert answer.role == "other"
    # softmax of other = 6 + 1, operations = -1 + 0.5, the 13 others 0.
    scores = [0.0] * len(ROLES)
    scores[ROLES.index("other")] = 7.0
    scores[ROLES.index("operations")] = -0.5
    expected = math.exp(7.0) / sum(math.exp(s) for s in scores)
    assert answer.probability == pytest.approx(expected)
    assert answer.evidence == ()  # only explained when the classifier takes it
    explained = tiny_model.explained(tokens, ("operations", "bare-head"), frozenset(), answer)
    assert [f for f, _ in explained.evidence] == ["w:kiln", "b:kiln supervisor"]
    assert "'kiln' +6.0" in explained.explain()
    assert "rule" not in explained.explain()


def test_classify_takes_a_sure_answer_on_a_weak_rule(tiny_model: RoleModel) -> None:
    assert title_rule("Tufting Specialist") == ("operations", "bare-head")
    got = classify("Tufting Specialist")
    assert got.role == "other"
    assert got.role_reason.startswith("title: model p=")
    assert "'tufting'" in got.role_reason
    assert "over title rule: operations (title: 'specialist')" in got.role_reason


def test_classify_keeps_strong_rules_and_unsure_answers(tiny_model: RoleModel) -> None:
    # A role phrase is a strong rule: not in the model's paths, never overruled.
    assert title_rule("Tufting Data Scientist")[1] == "title"
    assert classify("Tufting Data Scientist").role == "data-scientist"
    # No word the model knows: its answer is unsure, the rule stands.
    assert classify("Foil Specialist").role == "operations"
    assert "model" not in classify("Foil Specialist").role_reason


def test_fields_refine_before_the_model(tiny_model: RoleModel) -> None:
    # A bare head refined by the source's department is no longer the title's weak rule.
    got = classify("Tufting Specialist", department="Marketing")
    assert got.role == "sales-marketing"


def test_a_user_taxonomy_can_turn_the_model_off(tiny_model: RoleModel, tmp_path: Path) -> None:
    off = tmp_path / "off.toml"
    off.write_text("[model]\nenabled = false\n", encoding="utf-8")
    assert classify("Tufting Specialist", taxonomy=load_taxonomy(off)).role == "operations"
    bad = tmp_path / "bad.toml"
    bad.write_text("[model]\nenabled = 'yes'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="true or false"):
        load_taxonomy(bad)


def test_a_taxonomy_with_other_roles_does_not_use_the_model(
    tiny_model: RoleModel, tmp_path: Path
) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text(
        "[[roles]]\nslug = 'robotics-engineer'\nname = 'Robotics'\ntitles = ['robot whisperer']\n",
        encoding="utf-8",
    )
    tax = load_taxonomy(extra)
    assert tax.model is None
    assert classify("Tufting Specialist", taxonomy=tax).role == "operations"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not JSON"),
        ('{"format": "other"}', "not a role model"),
        ('{"format": "jobs-role-model/1", "roles": ["a"]}', "malformed"),
        (
            '{"format": "jobs-role-model/1", "roles": ["a"], "intercept": [0, 1],'
            ' "threshold": 0.5, "paths": [], "weights": {}}',
            "do not match",
        ),
        (
            '{"format": "jobs-role-model/1", "roles": ["a"], "intercept": [0],'
            ' "threshold": 0.5, "paths": [], "weights": {"w:x": [[3, 1.0]]}}',
            "do not match",
        ),
        (
            '{"format": "jobs-role-model/1", "roles": ["a"], "intercept": [0],'
            ' "threshold": 2, "paths": [], "weights": {}}',
            "threshold",
        ),
    ],
)
def test_bad_model_files_are_one_line_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "m.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load_model(path)
    assert "\n" not in str(info.value)
    with pytest.raises(ConfigError, match="cannot read"):
        load_model(tmp_path / "missing.json")


def test_dump_is_stable_json_one_feature_a_line() -> None:
    text = _tiny()
    assert text == _tiny()
    data = json.loads(text)
    assert data["roles"] == list(ROLES) and data["paths"] == ["bare-head", "none"]
    assert len(text.splitlines()) == 1 + 4 + 1


def test_a_dumped_file_loads_line_by_line_as_its_json_does(tmp_path: Path) -> None:
    # The dump's layout is decoded a feature line at a time (a lower load peak); the same
    # JSON in any other layout is decoded whole: both give the same model.
    dumped, compact = tmp_path / "dumped.json", tmp_path / "compact.json"
    dumped.write_text(_tiny(), encoding="utf-8")
    compact.write_text(json.dumps(json.loads(_tiny())), encoding="utf-8")
    a, b = load_model(dumped), load_model(compact)
    assert (a.roles, a.intercept, a.threshold, a.paths, a.info) == (
        b.roles,
        b.intercept,
        b.threshold,
        b.paths,
        b.info,
    )
    assert dict(a.weights) == dict(b.weights) and len(a.weights) == 4
    shipped = (ROOT / "scraper" / "data" / "role_model.json").read_text(encoding="utf-8")
    assert dict(load_model().weights) == dict(load_model(_saved(tmp_path, shipped)).weights)
    # A broken line is still an error of one line.
    broken = _tiny().replace('"w:kiln": [', '"w:kiln": [[', 1)
    with pytest.raises(ConfigError, match=r"^\S*model\d\.json: malformed role model"):
        load_model(_saved(tmp_path, broken))


def _saved(folder: Path, text: str) -> Path:
    """`text` as a file in `folder` (a new name each time)."""
    path = folder / f"model{len(list(folder.iterdir()))}.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_model_fits_the_builtin_taxonomy() -> None:
    model = load_model()
    assert model.roles == ROLES
    assert 0.4 <= model.threshold <= 1.0
    # A role phrase's rule is never overruled, nor a field's or a description's
    # (tools/train_role_model.py: chosen on corpora fresh to both rules and model).
    assert model.paths <= {"none", "bare-head", "subject", "head", "head+subject"}
    assert model.info["splits"].startswith("train+dev")
    assert _builtin().model is model


def test_trainer_arithmetic_is_the_classifiers() -> None:
    """The trainer scores dev with the same sums RoleModel.predict makes at run time."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import train_role_model as trainer
    finally:
        sys.path.remove(str(ROOT / "tools"))
    model = load_model()
    weights = {k: list(pairs(v)) for k, v in model.weights.items()}
    tax = _builtin()
    for title in ["Kiln Supervisor", "Senior ML Engineer, Ranking", "高级前端工程师", "Barista"]:
        rule = title_rule(title)
        tokens = tax._text(title).tokens
        best, p = trainer._predict(
            list(model.intercept), weights, features(tokens, rule, tax._known)
        )
        answer = model.predict(tokens, rule, tax._known)
        assert (ROLES[best], p) == (answer.role, pytest.approx(answer.probability))


def test_scores_as_built_are_the_feature_list_s_to_the_last_bit() -> None:
    """`overrule` scores features as it builds them: the same sums as the feature list's."""
    model = load_model()
    tax = _builtin()
    titles = [
        "Kiln Supervisor",
        "Senior ML Engineer, Ranking",
        "Software Engineer - Data Platform (Python) | Remote",
        "高级前端工程师",
        "Stationary Engineer II / Night Shift 40 hours",
        "Barista",
        "NDE Engineer, Quality",
        "Ingeniero de Datos / Data Engineer",
    ]
    for title in titles:
        rule = title_rule(title)
        tokens = tax._text(title).tokens
        for known in (tax._known, frozenset()):
            want = model._scores(features(tokens, rule, known))
            assert model._title_scores(tokens, rule, known) == want


def test_an_answer_without_word_evidence_says_only_its_probability() -> None:
    assert ModelAnswer("other", 0.7, ()).explain() == "model p=0.70"


def test_trainer_row_weights_keep_their_total_and_default() -> None:
    """The trainer's weighing options: the default is each corpus the same total; class
    weights move weight to the small roles and keep the total (what C means)."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import train_role_model as trainer
    finally:
        sys.path.remove(str(ROOT / "tools"))

    def ex(corpus: str, role: str) -> trainer.Example:
        return trainer.Example(corpus, "train", role, ("w:x",), role, "none")

    rows = [ex("a", "other")] * 3 + [ex("b", "mlops")] + [ex("esco_fr", "other")] * 2
    rows += [ex("esco_de", "security")] * 2
    base = trainer.row_weights(rows)
    assert base[:4] == pytest.approx([2 / 3] * 3 + [2.0]) and sum(base) == pytest.approx(len(rows))
    one = trainer.row_weights(rows, trainer.Options(corpora="esco-one"))
    assert one[4:] == pytest.approx([2 / 3] * 4)  # the two ESCO languages share one corpus's weight
    for classes in ("balanced", "sqrt"):
        w = trainer.row_weights(rows, trainer.Options(classes=classes))
        assert sum(w) == pytest.approx(sum(base))
        assert w[3] / w[0] > base[3] / base[0]  # mlops up against other
