"""Role and level classifier: title tables, fallbacks, explanations, user taxonomies."""

from __future__ import annotations

import json
import re
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.classify import (
    LEVELS,
    Classification,
    classify,
    classify_listing,
    load_taxonomy,
    title_rule,
)
from scraper.errors import ConfigError
from sources.base import RawListing

DATA = Path(__file__).parent / "data"


def _load_tables() -> dict[str, list[Any]]:
    """Rows of tests/data/classify_tables.tsv by set; rows noted 'xfail' are strict xfails."""
    sets: dict[str, list[Any]] = {}
    lines = (DATA / "classify_tables.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line.strip() and not line.startswith("#")]
    assert rows[0].split("\t") == ["title", "role", "level", "set", "note"]
    for line in rows[1:]:
        title, role, level, name, note = line.split("\t")
        marks = [pytest.mark.xfail(strict=True, reason="known disagreement")] if note else []
        sets.setdefault(name, []).append(
            pytest.param(title, role, None if level == "-" else level, marks=marks, id=title)
        )
    return sets


# The first set shaped the classifier; the later sets were each written before the
# classifier ever ran on them (first-run scores: bench/classify/README.md).
_TABLES = _load_tables()
TITLES = _TABLES.pop("titles")
LATER_SETS = [row for rows in _TABLES.values() for row in rows]


def test_tables_are_big_and_valid() -> None:
    tax = load_taxonomy()
    rows = [p.values for p in TITLES + LATER_SETS]
    assert len(rows) >= 1000
    titles = [t for t, _, _ in rows]
    assert len(titles) == len(set(titles)), "a title is listed twice"
    for _, role, level in rows:
        tax.check_role(role)
        if level is not None:
            tax.check_level(level)
    # Every role and every level is exercised.
    assert {r for _, r, _ in rows} == set(tax.roles)
    assert {lv for _, _, lv in rows} - {None} == set(LEVELS)


@pytest.mark.parametrize(("title", "role", "level"), TITLES)
def test_title_table(title: str, role: str, level: str | None) -> None:
    got = classify(title)
    assert (got.role, got.level) == (role, level), got


@pytest.mark.parametrize(("title", "role", "level"), LATER_SETS)
def test_second_title_table(title: str, role: str, level: str | None) -> None:
    got = classify(title)
    assert (got.role, got.level) == (role, level), got


# The confusable pairs the product is judged on, with the words that must decide them.
CONFUSABLES = [
    ("AI Programmer", "ai-engineer", "ai programmer"),
    ("Lead Machine Learning Engineer", "ml-engineer", "machine learning engineer"),
    ("Research Engineer", "research-scientist", "research engineer"),
    ("Data Engineer", "data-engineer", "data engineer"),
    ("Data Center Technician", "other", "data center technician"),
    ("Sales Engineer", "sales-marketing", "sales engineer"),
    ("Solutions Engineer", "sales-marketing", "solutions engineer"),
    ("Research Assistant in biology", "other", "biology"),
    ("Research Assistant, NLP", "research-scientist", "research assistant"),
    ("Product Manager", "product-manager", "product manager"),
    ("Engineering Manager", "software-engineer", "engineering manager"),
    ("Product Manager, AI", "product-manager", "product manager"),
    ("Software Engineer, Computer Vision", "ml-engineer", "computer vision"),
    ("Sr. Software Engineer, Data Platform", "data-engineer", "data platform"),
    ("Software Engineer, AI Infrastructure", "mlops-engineer", "ai infrastructure"),
    ("Data Scientist / Software Engineer", "data-scientist", "data scientist"),
    ("Software Engineer / Data Scientist", "software-engineer", "software engineer"),
    ("Head of Data Science", "data-scientist", "data science"),
]


@pytest.mark.parametrize(("title", "role", "words"), CONFUSABLES, ids=[c[0] for c in CONFUSABLES])
def test_confusables_with_reason(title: str, role: str, words: str) -> None:
    got = classify(title)
    assert got.role == role
    assert words in got.role_reason.lower()
    assert got.role_reason.startswith("title")


LEVEL_CASES = [
    # title, level, words in the reason
    ("Associate", "junior", "associate"),
    ("Associate Director, Product", "executive", "director"),
    ("Associate Product Manager", "junior", "associate"),
    ("Junior/Senior Developer", "junior", "first of"),
    ("Senior Staff Engineer", "lead", "staff"),
    ("Software Engineer II", "mid", "grade ii"),
    ("Engineer 3", "senior", "grade 3"),
    ("Level 2 Support Engineer", "mid", "level 2"),
    ("Support Engineer 2", "mid", "grade 2"),
    ("Founding Engineer", "senior", "founding"),
    ("Founding Staff Engineer", "lead", "staff"),
    ("Werkstudent Backend", "intern", "werkstudent"),
    ("Stagiaire Data Analyst", "intern", "stagiaire"),
    ("Senior Product Manager", "senior", "senior"),
    ("Account Manager", None, None),
    ("Community Manager", None, None),
    ("Sales Manager", "lead", "manager"),
    ("Chief of Staff", None, None),
    ("Executive Assistant to the CEO", None, None),
    ("Account Executive, Early Stage", None, None),
    ("Senior Intern", "intern", "intern"),
    ("Software Engineer", None, None),
]


@pytest.mark.parametrize(("title", "level", "words"), LEVEL_CASES, ids=[c[0] for c in LEVEL_CASES])
def test_level_rules(title: str, level: str | None, words: str | None) -> None:
    got = classify(title)
    assert got.level == level
    if words is None:
        assert got.level_reason is None
    else:
        assert got.level_reason is not None and words in got.level_reason.lower()


# --- fall-backs: the source's fields, then the description ------------------


FIELD_CASES = [
    # title, kwargs, role, words in the reason
    ("Member of Technical Staff", {"department": "Research"}, "research-scientist", "department"),
    ("Member of Technical Staff", {"department": "Sales"}, "software-engineer", "member"),
    ("Wild Card", {"department": "Go-To-Market: Sales"}, "sales-marketing", "department"),
    ("Wild Card", {"category": "Machine Learning"}, "ml-engineer", "category"),
    ("Manager", {"department": "Finance"}, "operations", "finance"),
    ("Engineer", {"category": "Infrastructure"}, "devops-engineer", "infrastructure"),
    ("Rockstar", {}, "other", "no role words"),
    ("Data Scientist", {"department": "Marketing"}, "data-scientist", "title"),
]


@pytest.mark.parametrize(("title", "kwargs", "role", "words"), FIELD_CASES)
def test_role_from_fields(title: str, kwargs: dict[str, Any], role: str, words: str) -> None:
    got = classify(title, **kwargs)
    assert got.role == role
    assert words in got.role_reason.lower()


def test_role_from_description_cue() -> None:
    desc = "<p>At Koala Compute we are looking for a <b>Data Engineer</b> to own pipelines.</p>"
    got = classify("Rockstar Ninja", description=desc)
    assert got.role == "data-engineer"
    assert got.role_reason.startswith("description")


def test_description_mentions_are_not_a_role_without_a_cue() -> None:
    desc = "You will partner with data scientists and product managers every day."
    assert classify("Rockstar Ninja", description=desc).role == "other"


YEARS_CASES = [
    ("You bring 5+ years of experience building APIs.", "senior"),
    ("3-5 years of professional experience", "mid"),
    ("At least two years of experience with Python", "mid"),
    ("0-1 years experience; new graduates welcome", "junior"),
    ("Mindestens 6 Jahre Berufserfahrung", "senior"),
    ("Vous avez 3 ans d'expérience minimum", "mid"),
    ("We have been in business for 30 years.", None),
    ("Our 10 year old company ships fast.", None),
    ("2+ years of experience in SQL, 7+ years of experience in software", "senior"),
]


@pytest.mark.parametrize(("desc", "level"), YEARS_CASES)
def test_level_from_years_asked(desc: str, level: str | None) -> None:
    got = classify("Software Engineer", description=desc)
    assert got.level == level
    if level is not None:
        assert got.level_reason is not None and got.level_reason.startswith("description")


@pytest.mark.parametrize("junk", ["<p" * 10_000, "<" * 20_000, "<li " * 5_000])
def test_unclosed_tags_in_a_description_cost_no_quadratic_scan(junk: str) -> None:
    # Each unclosed "<" once scanned to the description's end: ~0.5 s for 20,000 characters.
    desc = "<p>You bring 5+ years of experience.</p>" + junk
    started = time.process_time()
    got = classify("Rockstar Ninja", description=desc)
    assert time.process_time() - started < 0.1
    assert got.level == "senior"


HINT_CASES = [
    ("Mid-Senior level", "senior"),
    ("Entry level", "junior"),
    ("Internship", "intern"),
    ("mid_senior_level", "senior"),
    ("Director", "executive"),
    ("Not Applicable", None),
    # Boards that name a level twice ("Senior-level / Expert") or in their own words.
    ("Senior-level / Expert", "senior"),
    ("Entry-level / Junior", "junior"),
    ("Executive-level / Director", "executive"),
    ("Midweight", "mid"),
    ("Any", None),
    # A field that says the job manages no one names no manager's rank (Taleo's job
    # levels), and one of years alone asks those years.
    ("Experienced (non-manager)", "senior"),
    ("Entry-level (non-manager)", "junior"),
    ("Non-Management", None),
    ("5+ years", "senior"),
    ("1-3 years of experience", "junior"),
]


@pytest.mark.parametrize(("hint", "level"), HINT_CASES)
def test_level_from_source_field(hint: str, level: str | None) -> None:
    got = classify("Software Engineer", level_hint=hint)
    assert got.level == level
    if level is not None:
        assert got.level_reason == f"source level: '{hint}'"


def test_title_level_beats_source_field_and_description() -> None:
    got = classify("Staff Engineer", level_hint="Entry level", description="1 year of experience")
    assert got.level == "lead"


def test_source_field_beats_description() -> None:
    got = classify("Engineer", level_hint="Internship", description="5+ years of experience")
    assert got.level == "intern"


# The classes of error of issue 17, on real-format titles (board conventions, CJK and
# European spellings). Not copies of the corpus's test split.
CLASS_CASES = [
    # Non-software engineering and lab science are `other`.
    ("Senior Test Engineer - Battery Systems", "other", "senior"),
    ("Staff Engineer - Cryogenics", "other", "lead"),
    ("Navigation Engineer, GNC", "other", None),
    ("Associate Scientist - PCR", "other", "junior"),
    ("Sr. Scientist, Formulation", "other", "senior"),
    ("Principal Engineer, Pressure Vessels", "other", "lead"),
    ("Laser Systems Engineer", "other", None),
    ("Scientist II, Analytical Development", "other", "mid"),
    ("Senior Scientist, Cell Culture", "other", "senior"),
    ("Plasma Physics Engineer", "other", None),
    ("Satellite Systems Engineer", "other", None),
    ("Prozessingenieur Chemie (m/w/d)", "other", None),
    # ... but a software discipline keeps its role next to such a subject.
    ("Sr. Software Engineer, Additive Manufacturing", "software-engineer", "senior"),
    ("Software Engineer II, Controls", "software-engineer", "mid"),
    ("Firmware Engineer - Battery Management", "software-engineer", None),
    ("Embedded Software Developer, Robotics", "software-engineer", None),
    # "AI" as the domain a job serves is not AI engineering.
    ("AI Adoption Manager", "operations", "lead"),
    ("AI Data Trainer", "other", None),
    ("Manager, AI Deployment", "operations", "lead"),
    ("AI Strategist", "operations", None),
    ("AI Tutor - Chemistry", "other", None),
    ("Associate, AI Investments", "operations", "junior"),
    ("Head of AI", "ai-engineer", "executive"),
    ("AI Writer", "sales-marketing", None),
    ("AI Governance", "operations", None),
    ("AI Lead", "ai-engineer", "lead"),
    ("Intern, Generative AI", "ai-engineer", "intern"),
    # A transformation manager runs a programme, no team: no level (eleventh session).
    ("AI Transformation Manager", "operations", None),
    ("Lead Developer (AI)", "ai-engineer", "lead"),
    ("Forward Deployed Engineer (AI)", "ai-engineer", None),
    # "Research" is also an area other jobs serve.
    ("Research Coordinator", "operations", None),
    ("Market Research Manager", "data-analyst", "lead"),
    ("Research Intern - Biology", "other", "intern"),
    ("Research Engineer - Mechanical", "other", None),
    # A bare Analyst is no data role without a data word.
    ("Analyst", "operations", None),
    ("Analyst, Strategy & Operations", "operations", None),
    ("Business Development Analyst", "sales-marketing", None),
    ("Data Analyst II", "data-analyst", "mid"),
    ("Analytics Analyst", "data-analyst", None),
    # Chinese, Japanese, Korean titles.
    ("高级前端工程师", "software-engineer", "senior"),
    ("产品经理", "product-manager", None),
    ("資深Java開發", "software-engineer", "senior"),
    ("データサイエンティスト", "data-scientist", None),
    ("数据工程师", "data-engineer", None),
    ("算法工程师（推荐方向）", "ml-engineer", None),
    ("销售总监", "sales-marketing", "executive"),
    ("招聘专员", "operations", None),
    ("运维开发工程师", "devops-engineer", None),
    ("测试开发实习生", "software-engineer", "intern"),
    ("交互设计师", "designer", None),
    ("シニアバックエンドエンジニア", "software-engineer", "senior"),
    ("機械学習エンジニア（インターン）", "ml-engineer", "intern"),
    ("프론트엔드 개발자", "software-engineer", None),
    ("시니어 데이터 엔지니어", "data-engineer", "senior"),
    ("머신러닝 엔지니어", "ml-engineer", None),
    # European languages.
    ("Softwareentwickler Java (m/w/d)", "software-engineer", None),
    ("Teamleiter Buchhaltung (m/w/d)", "operations", "lead"),
    ("Werkstudent:in Marketing", "sales-marketing", "intern"),
    ("Werkstudierende:r Data Science (m/w/d)", "data-scientist", "intern"),
    ("Ingénieur logiciel confirmé (H/F)", "software-engineer", "senior"),
    ("Stagiaire Data Analyst", "data-analyst", "intern"),
    ("Desarrollador Backend Senior", "software-engineer", "senior"),
    ("Sviluppatore Java Junior", "software-engineer", "junior"),
    ("Analista de datos", "data-analyst", None),
    # A project's lead is a project manager: no level (the labelling guide).
    ("Jefe de proyecto", "product-manager", None),
    ("Abteilungsleiter Einkauf (m/w/d)", "operations", "lead"),  # a department's head
    ("Medewerker klantenservice", "operations", None),
    ("Specjalista ds. sprzedaży", "sales-marketing", None),
    ("Kierownik projektu", "product-manager", "lead"),
    # Levels.
    ("Ecosystem Manager", "sales-marketing", None),
    ("Campaign Operations Manager", "operations", None),
    ("Paid Search Manager", "sales-marketing", None),
    ("Rotational Associate Manager", "operations", "junior"),
    ("Finance Leadership Development Program", "operations", "junior"),
    ("Junior Fleet Care Manager", "other", "junior"),
    ("Software Engineer/Lead", "software-engineer", "lead"),
    ("CCO", "sales-marketing", "executive"),
    ("Chairman", "operations", "executive"),
    ("Executive Business Partner, Office of the CEO", "operations", None),
    ("Machine Learning Engineer - 2", "ml-engineer", "mid"),
    # "Member of Technical Staff" names a rank; the title's subject names the job.
    ("Member of Technical Staff - Product Designer", "designer", None),
    ("Member of Technical Staff, Go-To-Market", "sales-marketing", None),
    # ... unless the title also names technical work: the rest names what is built.
    ("Member of Technical Staff - Brand Design & Backend Engineer", "software-engineer", None),
    ("Member of Technical Staff, Product (iOS)", "software-engineer", None),
    # What a researcher studies comes after the head; the discipline comes before it.
    ("Research Scientist - Security of Agents", "research-scientist", None),
    ("Application Security Researcher", "security-engineer", None),
    # A product name ending in a subject word names no discipline.
    ("Senior Software Engineer - Capture Cloud", "software-engineer", "senior"),
    ("Software Engineer, AWS Cloud", "software-engineer", None),
]  # fmt: skip


@pytest.mark.parametrize(("title", "role", "level"), CLASS_CASES, ids=[c[0] for c in CLASS_CASES])
def test_issue_17_classes(title: str, role: str, level: str | None) -> None:
    got = classify(title)
    assert (got.role, got.level) == (role, level), got


# Classes of error found on the ESCO corpus (bench/accuracy/data/esco_titles.tsv): the
# general job market, not only tech companies. Invented titles, one class per group.
GENERAL_MARKET_CASES = [
    # Physical engineering disciplines are `other`, whatever the engineer's rank.
    ("Senior Instrumentation Engineer", "other"),
    ("Marine Engineer II", "other"),
    ("Wind Energy Engineer", "other"),
    ("Acoustics Engineer", "other"),
    ("Electromechanical Engineer", "other"),
    ("Transportation Engineer (Civil)", "other"),
    # Job nouns of trades and crafts keep their job; a business rank over a trade too.
    ("Sheet Metal Fabricator", "other"),
    ("Quality Inspector - Aerospace Parts", "other"),
    ("Production Worker, Night Shift", "other"),
    ("Rigging Supervisor", "other"),
    ("Sawmill Supervisor", "other"),
    ("Social Services Coordinator", "other"),
    ("Aircraft Maintenance Technologist", "other"),
    ("Food Technologist", "other"),
    ("Quality Controller (Food Production)", "other"),
    ("Toy Designer", "other"),
    # A tester or bare developer of physical things is not software...
    ("Battery Cell Tester", "other"),
    ("Hardware Developer", "other"),
    ("Electronics Developer (m/w/d)", "other"),
    # ... but software discipline words and software testers keep software.
    ("QA Tester", "software-engineer"),
    ("Game Tester", "software-engineer"),
    ("Software Developer - Additive Manufacturing", "software-engineer"),
    ("Developer, Manufacturing Systems", "software-engineer"),
    ("Game Engine Programmer", "software-engineer"),
    ("Creative Technologist", "software-engineer"),
    ("Design Technologist", "designer"),
    # Developers and testers of systems build software; a systems engineer runs them.
    ("Systems Developer", "software-engineer"),
    ("IT Systems Tester", "software-engineer"),
    ("Systems Engineer", "devops-engineer"),
    # Office, trade and logistics work is operations.
    ("Transportation Coordinator", "operations"),
    ("Bike Shop Manager", "operations"),
    ("Accounting Technician", "operations"),
    ("Import Export Coordinator", "operations"),
    ("Company Secretary", "operations"),
    ("Demand Planner", "operations"),
    ("Customs Broker", "operations"),
    ("Employee Relations Partner", "operations"),
    ("Financial Controller", "operations"),
    ("Mergers and Acquisitions Analyst", "operations"),
    # Sellers sell whatever the goods; PR and territory managers are sales and marketing;
    # loan officers originate loans for clients (job boards' blind labels 9 of 11).
    ("Loan Officer", "sales-marketing"),
    ("Medical Device Sales Rep", "sales-marketing"),
    ("Solar Panel Salesperson", "sales-marketing"),
    ("Spokeswoman", "sales-marketing"),
    ("Territory Manager - Midwest", "sales-marketing"),
    ("Public Information Officer", "sales-marketing"),
    ("Press Officer", "sales-marketing"),
    ("Search Engine Optimisation Specialist", "sales-marketing"),
    # A designer of databases or networks builds them.
    ("Database Designer", "data-engineer"),
    ("Network Designer (Telecom)", "devops-engineer"),
    ("UI Designer", "designer"),
    # Subjects of the technical roles that a business noun takes.
    ("Digital Forensics Analyst", "security-engineer"),
    ("Actuarial Analyst", "data-scientist"),
    ("Actuaries", "data-scientist"),
    ("Competitive Intelligence Manager", "data-analyst"),
]


@pytest.mark.parametrize(
    ("title", "role"), GENERAL_MARKET_CASES, ids=[c[0] for c in GENERAL_MARKET_CASES]
)
def test_general_market_classes(title: str, role: str) -> None:
    got = classify(title)
    assert got.role == role, got


# A role-name "Manager" is no level, so the source's level field decides next.
SOURCE_LEVEL_AFTER_ROLE_NAME = [
    ("Ecosystem Manager", "Senior-level / Expert", "senior"),
    ("Campaign Operations Manager", "Entry-level / Junior", "junior"),
    ("Partner Development Manager", "Mid-level / Intermediate", "mid"),
    ("Product Marketing Manager", "Senior-level / Expert", "senior"),
]


@pytest.mark.parametrize(("title", "hint", "level"), SOURCE_LEVEL_AFTER_ROLE_NAME)
def test_source_level_decides_after_a_role_name_manager(title: str, hint: str, level: str) -> None:
    got = classify(title, level_hint=hint)
    assert got.level == level
    assert got.level_reason is not None and got.level_reason.startswith("source level")


def test_cjk_reasons_quote_the_source_words() -> None:
    got = classify("高级Java开发工程师")
    assert (got.role, got.level) == ("software-engineer", "senior")
    assert "开发工程师" in got.role_reason and "高级" in (got.level_reason or "")


# --- properties -------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_text_gets_a_valid_role(title: str) -> None:
    tax = load_taxonomy()
    got = classify(title, department=title[:10], description=title)
    assert isinstance(got, Classification)
    assert got.role in tax.roles and got.role_reason
    assert got.level is None or got.level in tax.levels
    assert (got.level is None) == (got.level_reason is None)


def test_deterministic_and_frozen() -> None:
    a = classify("Senior ML Engineer", department="AI")
    assert a == classify("Senior ML Engineer", department="AI")
    with pytest.raises(AttributeError):
        a.role = "x"  # type: ignore[misc]


def test_explain_for_people() -> None:
    assert classify("Sr. Data Engineer").explain() == (
        "role:  data-engineer  (title: 'data engineer')\nlevel: senior  (title: 'sr' (senior))"
    )
    assert "level: unknown" in classify("Data Engineer").explain()


def test_classify_listing_uses_the_source_fields() -> None:
    raw = RawListing(
        source_id="1",
        url="https://jobs.example.org/1",
        title="Member of Technical Staff",
        company="Koala Compute",
        department="Research",
        level="Entry level",
        description_html="<p>2+ years of experience</p>",
    )
    got = classify_listing(raw)
    assert (got.role, got.level) == ("research-scientist", "junior")


def test_reason_shows_the_source_words_of_an_abbreviation() -> None:
    got = classify("Sr. MLE")
    assert got.role_reason == "title: 'mle' (machine learning engineer)"
    assert got.level_reason == "title: 'sr' (senior)"


# --- the taxonomy -------------------------------------------------------------


def test_builtin_taxonomy_shape() -> None:
    tax = load_taxonomy()
    assert tax is load_taxonomy()  # loaded once
    assert tax.roles == [
        "ml-engineer", "ai-engineer", "mlops-engineer", "research-scientist", "data-scientist",
        "data-engineer", "data-analyst", "software-engineer", "devops-engineer",
        "security-engineer", "product-manager", "designer", "sales-marketing", "operations",
        "other",
    ]  # fmt: skip
    assert tax.levels == ["intern", "junior", "mid", "senior", "lead", "executive"]
    assert tax.role("ml-engineer").description


def test_builtin_phrases_are_unambiguous() -> None:
    # The same phrase of the same kind in two roles would silently favour the first.
    from scraper.classify import _builtin_data, _phrase_key

    data = _builtin_data()
    abbr = load_taxonomy().abbreviations
    seen: dict[tuple[str, tuple[str, ...]], str] = {}
    clashes = []
    for role in data["roles"]:
        for kind in ("titles", "heads", "domains", "weak_domains"):
            for phrase in role.get(kind, []):
                key = (kind, _phrase_key(phrase, abbr))
                other = seen.setdefault(key, role["slug"])
                if other != role["slug"]:
                    clashes.append((kind, phrase, other, role["slug"]))
    levels: dict[tuple[str, ...], str] = {}
    for level in data["levels"]:
        for phrase in level["words"]:
            other = levels.setdefault(_phrase_key(phrase, abbr), level["slug"])
            if other != level["slug"]:
                clashes.append(("level", phrase, other, level["slug"]))
    assert clashes == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda t: t.check_role("ml-engineeer"), "did you mean 'ml-engineer'"),
        (lambda t: t.check_role("nope"), "valid roles: ml-engineer, ai-engineer"),
        (lambda t: t.check_level("seniour"), "did you mean 'senior'"),
        (lambda t: t.role("x"), "unknown role 'x'"),
    ],
)
def test_unknown_slugs_list_the_valid_ones(call: object, message: str) -> None:
    tax = load_taxonomy()
    with pytest.raises(ConfigError, match=message):
        call(tax)  # type: ignore[operator]
    assert tax.check_role("designer") == "designer"


USER_FILE = """
[abbreviations]
pe = "prompt engineer"

[[roles]]
slug = "robotics-engineer"
name = "Robotics engineer"
description = "robots"
titles = ["robotics engineer", "roboticist"]
domains = ["robotics", "manipulation"]

[[roles]]
slug = "ml-engineer"
titles = ["model whisperer"]

# Engineer heads take only the subject roles listed in their refine table.
[[roles]]
slug = "software-engineer"
[roles.refine]
robotics-engineer = "robotics-engineer"

[[roles]]
slug = "designer"
replace = true
name = "Design"
titles = ["product designer"]

[[levels]]
slug = "senior"
words = ["seasoned"]

[levels_none]
phrases = ["sales manager"]
"""


@pytest.fixture
def user_tax(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "taxonomy.toml"
    path.write_text(USER_FILE, encoding="utf-8")
    return load_taxonomy(path)


def test_user_file_adds_a_role_before_other(user_tax) -> None:  # type: ignore[no-untyped-def]
    assert user_tax.roles[-2:] == ["robotics-engineer", "other"]
    got = classify("Senior Robotics Engineer", taxonomy=user_tax)
    assert (got.role, got.level) == ("robotics-engineer", "senior")
    assert classify("Software Engineer, Manipulation", taxonomy=user_tax).role == (
        "robotics-engineer"
    )
    # The built-in is untouched.
    assert classify("Robotics Engineer").role == "other"


def test_user_file_extends_and_replaces(user_tax) -> None:  # type: ignore[no-untyped-def]
    assert classify("Model Whisperer", taxonomy=user_tax).role == "ml-engineer"
    assert classify("Machine Learning Engineer", taxonomy=user_tax).role == "ml-engineer"
    # designer was replaced: only its one title is left.
    assert user_tax.role("designer").name == "Design"
    assert classify("UX Researcher", taxonomy=user_tax).role != "designer"
    assert classify("Product Designer", taxonomy=user_tax).role == "designer"
    assert classify("Seasoned PE", taxonomy=user_tax) == Classification(
        "ai-engineer", "senior", "title: 'pe' (prompt engineer)", "title: 'seasoned'"
    )
    assert classify("Sales Manager", taxonomy=user_tax).level is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[roles]]\nslug = 'Bad Slug'\n", "slug"),
        ("[[levels]]\nslug = 'guru'\nwords = ['guru']\n", "levels are fixed"),
        ("[[roles]]\nslug = 'x'\n[roles.refine]\nfoo = 'x'\n", "unknown role"),
        ("[[roles]]\nslug = 'x'\ntitles = 'not a list'\n", "list of strings"),
        ("[level_hints]\nguru = 'wizard'\n", "unknown level"),
        ("this is = = not toml", "invalid TOML"),
        ("compounds = 3\n", "expected a table"),
    ],
)
def test_bad_user_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "t.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_taxonomy(path)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_taxonomy(tmp_path / "absent.toml")


def test_reclassify_brings_stored_rows_up_to_the_rules(tmp_path: Path) -> None:
    """Rows tagged by older rules are re-tagged by `jobs reclassify` from their stored fields."""
    from datetime import UTC, datetime

    from scraper.matching import JobMatching
    from scraper.normalize import normalize
    from storage.store import Store
    from tests.helpers import jobs

    db = str(tmp_path / "jobs.db")
    now = datetime(2026, 12, 1, tzinfo=UTC)
    old_tags = [
        ("高级前端工程师", "other", None),  # CJK titles got no role before
        ("Staff Engineer - Cryogenics", "software-engineer", "lead"),
        ("AI Adoption Manager", "ai-engineer", "lead"),
        ("Analyst", "data-analyst", None),
    ]
    postings = [
        normalize(
            RawListing(source_id=str(i), url=f"https://acme.example/{i}", title=t, company="Acme"),
            "acme",
            now,
            role=role,
            level=level,
        )
        for i, (t, role, level) in enumerate(old_tags)
    ]
    store = Store(db, matching=JobMatching())
    try:
        store.upsert(postings, now)
    finally:
        store.close()
    done = jobs("reclassify", "--db", db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "re-tagged 4 jobs: 4 changed" in done.stdout
    again = jobs("reclassify", "--db", db, cwd=tmp_path)
    assert "re-tagged 4 jobs: 0 changed" in again.stdout
    shown = jobs("search", "--db", db, "--format", "jsonl", cwd=tmp_path)
    got = {
        row["title"]: (row["role"], row["level"])
        for row in map(json.loads, shown.stdout.split("\n")[:-1])
    }
    assert got == {
        "高级前端工程师": ("software-engineer", "senior"),
        "Staff Engineer - Cryogenics": ("other", "lead"),
        "AI Adoption Manager": ("operations", "lead"),
        "Analyst": ("operations", None),
    }


# Second round on issue 17 (train and dev errors of both corpora): invented titles,
# one class per group.
ROUND2_CASES = [
    # A general title takes a specific subject named in an earlier part as well.
    ("Deep Learning, Platform Engineer", "mlops-engineer"),
    ("Inference - Infrastructure Engineer", "mlops-engineer"),
    ("Payments, Platform Engineer", "devops-engineer"),
    # "Training" is model training for a technical job noun, staff training for a rank.
    ("Software Engineer, Training", "mlops-engineer"),
    ("Training Lead - Store Teams", "operations"),
    ("Training Coordinator (m/w/d)", "operations"),
    # A bare "accelerator" is a programme, not AI hardware.
    ("Programme Analyst, Founders Accelerator", "operations"),
    ("Software Engineer, AI Accelerators", "mlops-engineer"),
    # "AI" after a name is the company or product, not the discipline ...
    ("Founding Engineer - Quokka AI", "software-engineer"),
    ("Backend Engineer, Zephyrly AI", "software-engineer"),
    # ... but kinds of AI and "AI" alone are.
    ("Software Engineer, Responsible AI", "ai-engineer"),
    ("Founding Engineer, Embodied AI", "ai-engineer"),
    ("Software Engineer - AI", "ai-engineer"),
    # An executive over "AI <function>" leads the function; over AI itself, AI work.
    ("VP, AI Transformation", "operations"),
    ("AI Innovation Director", "operations"),
    ("Director of AI Adoption (EMEA)", "operations"),
    ("Head of AI", "ai-engineer"),
    ("Director, Generative AI", "ai-engineer"),
    # An adviser on engineering works in a physical discipline unless software is named.
    ("Engineering Consultant", "other"),
    ("Turbine Technology Engineering Expert", "other"),
    ("Engineering Operative - Night Shift", "other"),
    ("Backend Engineering Specialist", "software-engineer"),
    ("Data Engineering Consultant", "data-engineer"),
    # Physical disciplines and design crafts outside product design are `other`.
    ("Mechatronic Engineer (m/w/d)", "other"),
    ("Substation Engineer", "other"),
    ("Energy Engineer - Heat Pumps", "other"),
    ("Sound Designer", "other"),
    ("Junior Interior Designer", "other"),
    ("Sensor Fusion Engineer", "ml-engineer"),
    ("Audio Research Scientist", "research-scientist"),
    ("Software Engineer, Energy Trading", "software-engineer"),
    # A statistics subject before an analyst title is statistics.
    ("Statistical Data Analyst", "data-scientist"),
    ("Econometrics Research Analyst", "data-scientist"),
    ("Marketing Data Analyst", "data-analyst"),
    ("Research Analyst", "data-analyst"),
    ("Biometrician", "data-scientist"),
    # Research of markets and people is business research, not AI research.
    ("Market Researcher (m/w/d)", "data-analyst"),
    ("Senior Qualitative Researcher", "data-analyst"),
    ("Consumer Research Manager", "data-analyst"),
    ("Research Director - Survey Research", "data-analyst"),
    ("Research Lead, Polymer Chemistry", "other"),
    ("Research Manager", "research-scientist"),
    ("Head of Research", "research-scientist"),
    # Networks of sellers, sites and providers and fleets of vehicles are business.
    ("Provider Network Manager", "operations"),
    ("Distribution Network Planner", "operations"),
    ("Dealer Network Development Manager", "sales-marketing"),
    ("Network Marketer", "sales-marketing"),
    ("Fleet Director", "operations"),
    ("Fleet Management Coordinator", "operations"),
    ("Network Manager", "devops-engineer"),
    ("Software Engineer, Fleet Management", "devops-engineer"),
    # ICT is IT; a technician of computer security is security, a bare one is not.
    ("ICT Security Officer", "security-engineer"),
    ("Cyber Security Technician (m/w/d)", "security-engineer"),
    ("Security Technician - Alarm Systems", "other"),
    ("Security Officer", "other"),
    # Robotics is physical engineering, but robots learn: robotics research is AI research,
    # and a software engineer of robots builds software.
    ("Robotics Assistant (Part-Time)", "other"),
    ("Systems Engineer, Warehouse Robotics", "other"),
    ("Robotic Welding Engineer", "other"),
    ("Research Scientist - Robot Learning", "research-scientist"),
    ("Robotics Scientist", "research-scientist"),
    ("Software Engineer, Robotics", "software-engineer"),
    # Schools' and universities' own staff are education, a vendor's customer education
    # is not.
    ("Educational Consultant", "other"),
    ("Admissions Coordinator (Graduate School)", "other"),
    ("留学顾问", "other"),
    ("Customer Education Manager", "sales-marketing"),
    # A bare "frontier" names a team or programme; frontier AI is research.
    ("Software Engineer, Frontier Systems - Storage", "software-engineer"),
    ("Research Engineer, Frontier Models", "research-scientist"),
    ("Frontier AI Researcher", "research-scientist"),
    # Operators of chats and phone lines and transcription clerks are office work;
    # machine operators are not.
    ("Live Chat Operator (Night Shift)", "operations"),
    ("Switchboard Operator", "operations"),
    ("Medical Transcriptionist", "operations"),
    ("Forklift Operator", "other"),
    # Coaches and counsellors of careers and credit advise in an office.
    ("Career Coach - Outplacement", "operations"),
    ("Certified Credit Counsellor", "operations"),
    ("School Counsellor", "other"),
    ("Football Coach", "other"),
    # Business analysis is data analysis whatever it serves.
    ("IT Business Analysis Manager", "data-analyst"),
    # Office, sales and trade jobs in the main European languages.
    ("Contable Senior", "operations"),
    ("Impiegato amministrativo", "operations"),
    ("Boekhouder (32-40 uur)", "operations"),
    ("Księgowy", "operations"),
    ("Verkoopmedewerker Buitendienst", "sales-marketing"),
    ("Gerente de vendas", "sales-marketing"),
    ("Ingegnere meccanico", "other"),
    ("Técnico de mantenimiento industrial", "other"),
    ("Enfermeiro (m/f)", "other"),
    ("Kierowca kat. C", "other"),
    ("Lagerhelfer (m/w/d)", "other"),
]

# Level words of the main European languages (Italian, Polish, Portuguese, Dutch).
EUROPEAN_LEVELS = [
    ("Tirocinante Marketing", "intern"),
    ("Stażystka w dziale HR", "intern"),
    ("Młodszy księgowy", "junior"),
    ("Starszy programista Java", "senior"),
    ("Ervaren Accountmanager", "senior"),
    ("Diretor de vendas", "executive"),
    ("Direttore commerciale", "executive"),
    ("Hoofd Marketing", "executive"),
    ("Dyrektor finansowy", "executive"),
]


@pytest.mark.parametrize(("title", "level"), EUROPEAN_LEVELS, ids=[c[0] for c in EUROPEAN_LEVELS])
def test_european_level_words(title: str, level: str) -> None:
    assert classify(title).level == level


@pytest.mark.parametrize(("title", "role"), ROUND2_CASES, ids=[c[0] for c in ROUND2_CASES])
def test_round2_classes(title: str, role: str) -> None:
    got = classify(title)
    assert got.role == role, got


# Classes from the blind-labelled market corpora (bench/accuracy/data/market_*.tsv),
# pinned with invented titles.
MARKET_ROLES = [
    # DevOps of ML and AI platforms is MLOps; plain DevOps stays DevOps.
    ("Senior AI DevOps Engineer (all genders)", "mlops-engineer"),
    ("DevOps Engineer - LLM Serving", "mlops-engineer"),
    ("DevOps Engineer, Payments", "devops-engineer"),
    # A subject followed by startup, company or "by" names the employer's field.
    ("Backend Engineer in a GenAI-Startup", "software-engineer"),
    ("Kotlin Developer - growing ML company", "software-engineer"),
    ("Frontend Engineer - Northwind, AI by Contoso", "software-engineer"),
    ("Software Engineer, Generative AI", "ai-engineer"),
]
MARKET_LEVELS = [
    # Years of experience named in the title; a contract's length is not one.
    ("Data Engineer, 6+ Years Experience - Austin", "senior"),
    ("Backend Developer (2 years of experience)", "mid"),
    ("백엔드 개발자 (경력 7년)", "senior"),
    ("数据分析师（3年以上经验）", "mid"),
    ("Android Engineer, 12 month contract", None),
    ("Python Developer, befristet auf 2 Jahre", None),
    # "Staff" that ends the job's name is the job, not a rank.
    ("Kitchen Staff", None),
    ("Staff Software Engineer", "lead"),
    # Heads of a site, line or team in French, Spanish and Korean; German "Experte".
    ("Chef de rayon boulangerie (H/F)", "lead"),
    ("Jefa de turno - Almacén", "lead"),
    ("Experte IT-Sicherheit (m/w/d)", "senior"),
    # Sub-grades and a grade typed with letters L; ranks of public administration;
    # "Supervising"; Japanese and Chinese entry-level words.
    ("Claims Specialist IIb", "mid"),
    ("QA Engineer ll", "mid"),
    ("Deputy Commissioner, Office of Budget", "executive"),
    ("Supervising Claims Examiner", "lead"),
    ("営業職（未経験歓迎）", "junior"),
    ("前端开发（应届生）", "junior"),
]


@pytest.mark.parametrize(("title", "role"), MARKET_ROLES, ids=[c[0] for c in MARKET_ROLES])
def test_market_role_classes(title: str, role: str) -> None:
    assert classify(title).role == role


@pytest.mark.parametrize(("title", "level"), MARKET_LEVELS, ids=[c[0] for c in MARKET_LEVELS])
def test_market_level_classes(title: str, level: str | None) -> None:
    assert classify(title).level == level


# Everyday job nouns of the main European languages and CJK boards, with gendered
# endings ("Asesor/a", "Vendeur(se)") read as the word itself.
EVERYDAY_ROLES = [
    ("Vendedor/a de tienda", "sales-marketing"),
    ("Conseillère de vente (H/F)", "sales-marketing"),
    ("Vendeuse boulangerie", "sales-marketing"),
    ("Agente inmobiliario/a - Valencia", "sales-marketing"),
    ("Verkäuferin Bäckerei", "sales-marketing"),
    ("Personal Banker - Downtown Branch", "sales-marketing"),
    ("Recepcionista (a) turno noche", "operations"),
    ("Teleoperador/a atención al cliente", "operations"),
    ("Advogada trabalhista", "operations"),
    ("Administrador/a de Sistemas Windows", "devops-engineer"),
    ("Administrateur systèmes et réseaux (H/F)", "devops-engineer"),
    ("Ads Quality Rater - Dutch", "other"),
    ("I/O Engineer", "software-engineer"),
    ("律师助理", "operations"),
    ("プログラマ（Java）", "software-engineer"),
]


@pytest.mark.parametrize(("title", "role"), EVERYDAY_ROLES, ids=[c[0] for c in EVERYDAY_ROLES])
def test_everyday_job_nouns(title: str, role: str) -> None:
    assert classify(title).role == role


# "Tech" that ends a job's name is a technician; a sector before it keeps it a subject.
TECH_CASES = [
    ("Veterinary Tech", "other"),
    ("Maintenance Tech - Weekends", "other"),
    ("Support Tech", "operations"),
    ("Tech Lead, Payments", "software-engineer"),
    ("Head of HR Tech", "operations"),
]


@pytest.mark.parametrize(("title", "role"), TECH_CASES, ids=[c[0] for c in TECH_CASES])
def test_tech_ending_a_job_name_is_a_technician(title: str, role: str) -> None:
    assert classify(title).role == role


# A supervisor or officer of work the vocabulary does not know runs a trade or a unit.
FLOOR_CASES = [
    ("Kiln Supervisor", "other"),
    ("Tufting Room Supervisor", "other"),
    ("Artillery Officer", "other"),
    ("Chief Happiness Officer", "operations"),
    ("Accounts Payable Supervisor", "operations"),
    ("Compliance Officer", "operations"),
]


@pytest.mark.parametrize(("title", "role"), FLOOR_CASES, ids=[c[0] for c in FLOOR_CASES])
def test_supervisor_of_unknown_work(title: str, role: str) -> None:
    assert classify(title).role == role


DRIVER_CASES = [
    ("Linux Kernel Driver Developer", "software-engineer"),
    ("Senior GPU Driver Engineer", "software-engineer"),
    ("Pile Driver Operator", "other"),
    ("Delivery Driver (CDL)", "other"),
    ("딥러닝 엔지니어 (경력)", "ml-engineer"),
    ("네트워크 엔지니어 (신입)", "devops-engineer"),
]


@pytest.mark.parametrize(("title", "role"), DRIVER_CASES, ids=[c[0] for c in DRIVER_CASES])
def test_device_drivers_are_software(title: str, role: str) -> None:
    assert classify(title).role == role


def test_em_between_words_is_a_preposition() -> None:
    assert classify("Especialista em Fibra Óptica").level is None
    assert classify("Senior EM, Payments").level == "lead"
    assert classify("EM - Platform").role == "software-engineer"
    assert classify("Analista de Dados Pleno").role == "data-analyst"


# Everyday job words of Italian and Dutch boards (no corpus had them yet).
ITALIAN_DUTCH = [
    ("Addetto vendite part-time", "sales-marketing"),
    ("Addetta alle pulizie", "other"),
    ("Cameriera di sala", "other"),
    ("Programmatrice PHP", "software-engineer"),
    ("Sistemista Windows Server", "devops-engineer"),
    ("Agente di commercio settore arredo", "sales-marketing"),
    ("Systeembeheerder (32-40 uur)", "devops-engineer"),
    ("Klantenservice medewerker", "operations"),
    ("Chauffeur CE internationaal", "other"),
    ("Docent Nederlands", "other"),
]


@pytest.mark.parametrize(("title", "role"), ITALIAN_DUTCH, ids=[c[0] for c in ITALIAN_DUTCH])
def test_italian_and_dutch_job_words(title: str, role: str) -> None:
    assert classify(title).role == role


MORE_MARKET_ROLES = [
    ("Research Software Engineer, Climate Models", "software-engineer"),
    ("Machine Learning Operation Engineer (m/w/d)", "mlops-engineer"),
    ("Agents de production (H/F)", "other"),
    ("Agent de sécurité SSIAP 1", "other"),
    ("Metal Fabrication Supervisor", "other"),
]


@pytest.mark.parametrize(
    ("title", "role"), MORE_MARKET_ROLES, ids=[c[0] for c in MORE_MARKET_ROLES]
)
def test_more_market_role_classes(title: str, role: str) -> None:
    assert classify(title).role == role


FIRST_NAMED = [
    ("DevOps & Security Engineer", "devops-engineer"),
    ("Backend / DevOps Engineer", "software-engineer"),
    ("Security and Compliance Analyst", "security-engineer"),
    ("Platform & DevOps Engineer", "devops-engineer"),  # a weak subject names no role
]


@pytest.mark.parametrize(("title", "role"), FIRST_NAMED, ids=[c[0] for c in FIRST_NAMED])
def test_a_subject_joined_before_a_role_title_is_named_first(title: str, role: str) -> None:
    assert classify(title).role == role


MARKET_C_CLASSES = [
    # Warehouses are physical work, like the taxonomy's warehouse associates.
    ("Night Shift Warehouse Supervisor", "other"),
    ("Stockroom Assistant (20 hours)", "other"),
    # "/HR" after a wage is an hour of pay, not human resources.
    ("Overnight Porter $18/HR + Tips", "other"),
    ("Consultant Psychiatrist - $850 Per Hr", "other"),
    ("HR Business Partner", "operations"),
    # Italian sales assistants and advisers.
    ("Addetta vendita - Bologna", "sales-marketing"),
    ("Consulente alla vendita arredamento", "sales-marketing"),
    ("Quantitative Risk Analyst - Market Risk", "data-scientist"),
    ("Credit Risk Analyst", "operations"),
    ("Senior Supply Chain Engineer", "operations"),
]


@pytest.mark.parametrize(("title", "role"), MARKET_C_CLASSES, ids=[c[0] for c in MARKET_C_CLASSES])
def test_market_c_classes(title: str, role: str) -> None:
    assert classify(title).role == role


def test_a_titles_reading_is_reused_but_fields_still_decide() -> None:
    """The per-title cache holds what the title alone says; fields and descriptions
    of each call still count, and the cache stays bounded."""
    from scraper import classify as module

    tax = load_taxonomy()
    plain = classify("Manager", taxonomy=tax)
    marketing = classify("Manager", department="Marketing", taxonomy=tax)
    again = classify("Manager", taxonomy=tax)
    assert (plain.role, marketing.role) == ("operations", "sales-marketing")
    assert again == plain
    asked = classify("Engineer", description="We are hiring for 7+ years of experience.")
    assert classify("Engineer", taxonomy=tax).level is None and asked.level == "senior"
    for i in range(module._TITLE_CACHE_SIZE + 10):
        classify(f"Engineer {i}", taxonomy=tax)
    assert len(tax._title_cache) <= module._TITLE_CACHE_SIZE


# The labelling guide's level classes (bench/accuracy/data/README.md), invented titles.
GUIDE_LEVELS = [
    # "Associate" that ends the job's name is the job; as a rank before it, junior.
    ("Retail Sales Associate - Weekends", None),
    ("Distribution Center Associate (Night Shift)", None),
    ("Senior Sales Associate", "senior"),
    ("Strategy & Operations Associate", None),
    ("Associate, Private Equity", "junior"),
    ("Associate Product Marketing Manager", "junior"),
    # Doctoral positions are intern; a postdoc names no level.
    ("PhD Position in Robot Learning", "intern"),
    ("PhD on Federated Learning for Hospitals", "intern"),
    ("Doktorand (m/w/d) Maschinelles Lernen", "intern"),
    ("Machine Learning Scientist (PhD in Statistics preferred)", None),
    ("Postdoc in Computational Linguistics", None),
    # Alternatives: a second whole title with a rank says no one level.
    ("Backend Developer / Senior Backend Developer", None),
    ("Analyst or Senior Analyst, Credit Risk", None),
    ("Middle/Senior Go Developer", "mid"),
    ("Data Engineer/Lead", "lead"),
    ("Junior/Senior QA Engineer", "junior"),
    ("[신입/경력] 서버 개발자 채용", None),
    ("백엔드 개발자 경력직 채용", "senior"),
    # Grades after nouns the vocabulary does not know; numbered things are no grade.
    ("Almoxarife II - Turno B", "mid"),
    ("Operador de Empilhadeira III", "senior"),
    ("Recepcionista I", "junior"),
    ("Clinical Trial Assistant, Phase I", None),
    ("Account Executive - UK&I", None),
    ("Data Analyst Lvl 2", "mid"),
    # Apprentices and freshers; seniors as the people cared for.
    ("Jovem Aprendiz - Área Administrativa", "intern"),
    ("Fresher - Customer Support Voice Process", "junior"),
    ("Home Care Aide for Seniors", None),
    # Bank relationship managers manage clients.
    ("Gerente de Relacionamento Pessoa Física", None),
]


@pytest.mark.parametrize(("title", "level"), GUIDE_LEVELS, ids=[c[0] for c in GUIDE_LEVELS])
def test_labelling_guide_levels(title: str, level: str | None) -> None:
    assert classify(title).level == level, classify(title)


# Role classes of 2026-12-03 (market train/dev), invented titles.
OFFICE_AND_RETAIL_ROLES = [
    # Portuguese office work and retail and bank sales.
    ("Assistente Financeiro Pleno", "operations"),
    ("Coordenadora de Faturamento", "operations"),
    ("Analista de Tesouraria", "operations"),
    ("Atendente de Loja - Shopping Center Norte", "sales-marketing"),
    ("Consultora de Vendas - Perfumaria", "sales-marketing"),
    ("Gerente de Relacionamento Alta Renda", "sales-marketing"),
    ("Gerente de Desarrollo de Negocio - Retail", "sales-marketing"),
    # A sales office's back office is office work; client services are service.
    ("Back Office Commerciale Estero", "operations"),
    ("Assistante administration des ventes export", "operations"),
    ("Manager, Client Services", "operations"),
    # Site managers run operations; outreach is marketing.
    ("Warehouse Manager - Night Shift", "operations"),
    ("Community Outreach Coordinator", "sales-marketing"),
]


@pytest.mark.parametrize(
    ("title", "role"), OFFICE_AND_RETAIL_ROLES, ids=[c[0] for c in OFFICE_AND_RETAIL_ROLES]
)
def test_office_and_retail_roles(title: str, role: str) -> None:
    assert classify(title).role == role, classify(title)


# What software runs on is no discipline; infrastructure of physical things is physical
# engineering (the labelling guide), invented titles.
PLATFORM_AND_PHYSICAL = [
    ("Senior Software Engineer - Platform (Payments)", "software-engineer"),
    ("Software Engineer, Cloud Services", "software-engineer"),
    ("Engineering Manager - Core Platform", "software-engineer"),
    ("Software Engineer, Infrastructure", "devops-engineer"),
    ("Software Engineer, Cloud Infrastructure", "devops-engineer"),
    ("Platform Engineer", "devops-engineer"),
    ("Reliability Engineer - Propulsion Systems", "other"),
    ("Optical Network Engineer", "other"),
    ("Production Engineer, Semiconductor Manufacturing", "other"),
    ("Site Reliability Engineer, Payments", "devops-engineer"),
]


@pytest.mark.parametrize(
    ("title", "role"), PLATFORM_AND_PHYSICAL, ids=[c[0] for c in PLATFORM_AND_PHYSICAL]
)
def test_platforms_and_physical_infrastructure(title: str, role: str) -> None:
    assert classify(title).role == role, classify(title)


# "AI" in a later part is the area a language's developer serves (invented titles).
AI_AS_AREA = [
    ("Senior Kotlin Developer - AI Products", "software-engineer"),
    ("Go Engineer (AI / Search)", "software-engineer"),
    ("Lead Developer (AI)", "ai-engineer"),
    ("Python AI Engineer", "ai-engineer"),
    # The words of LLM work name the work itself, not an area served.
    ("Senior TypeScript Developer - LLM, RAG", "ai-engineer"),
    ("Java Engineer (Generative AI)", "ai-engineer"),
    ("Rust Developer - Agentic Workflows", "ai-engineer"),
    ("Scala Developer - KI / Web", "software-engineer"),
]


@pytest.mark.parametrize(("title", "role"), AI_AS_AREA, ids=[c[0] for c in AI_AS_AREA])
def test_ai_after_a_language_developer_is_the_area(title: str, role: str) -> None:
    assert classify(title).role == role, classify(title)


# Korean compounds written without spaces and everyday job words (invented titles).
KOREAN_COMPOUNDS = [
    ("[모집] 데이터분석가 (경력 3년 이상)", "data-analyst"),
    ("모바일 게임기획자 채용", "designer"),
    ("커머스 서비스기획자", "product-manager"),
    ("경영지원팀 사무보조", "operations"),
    ("요양병원 간호사 모집", "other"),
    ("콜센터 고객센터 상담원", "operations"),
]


@pytest.mark.parametrize(("title", "role"), KOREAN_COMPOUNDS, ids=[c[0] for c in KOREAN_COMPOUNDS])
def test_korean_compounds(title: str, role: str) -> None:
    assert classify(title).role == role, classify(title)


# Managers of an object, not of a team, name no level (invented titles).
OBJECT_MANAGERS = [
    ("Key Accounts Manager - Retail", None),
    ("Senior Contracts Manager", "senior"),
    ("E-commerce Manager (m/w/d)", None),
    ("Community Outreach Manager", None),
    ("Staff Analyst", None),
    ("Store Manager", "lead"),
    ("Engineering Manager, Payments", "lead"),
]


@pytest.mark.parametrize(("title", "level"), OBJECT_MANAGERS, ids=[c[0] for c in OBJECT_MANAGERS])
def test_managers_of_an_object_name_no_level(title: str, level: str | None) -> None:
    assert classify(title).level == level, classify(title)


# A research job noun named after a field the vocabulary does not know is science
# outside data and AI (invented titles); known AI fields keep research.
SCIENCE_FIELDS = [
    ("Soil Scientist", "other"),
    ("Senior Glaciology Researcher", "other"),
    ("Tribology Research Engineer", "other"),
    ("NLP Research Scientist", "research-scientist"),
    ("Senior Researcher, Reinforcement Learning", "research-scientist"),
    ("ZK Researcher", "research-scientist"),
    ("Biometrics Scientist", "data-scientist"),
]


@pytest.mark.parametrize(("title", "role"), SCIENCE_FIELDS, ids=[c[0] for c in SCIENCE_FIELDS])
def test_science_of_a_field_outside_ai(title: str, role: str) -> None:
    assert classify(title).role == role, classify(title)


# Physical engineering at space, vehicle, energy and hardware companies (invented titles).
PHYSICAL_FIELDS = [
    ("Senior Engineer, Turbomachinery", "other"),
    ("Powertrain Calibration Engineer", "other"),
    ("Engineer II - Propellant Systems", "other"),
    ("Radar Systems Engineer", "other"),
    ("Software Engineer, Radar Perception", "ml-engineer"),
    ("Firmware Engineer, Motor Control", "software-engineer"),
    # Reliability of products and plants, unless a technical subject names software.
    ("Reliability Engineer", "other"),
    ("Manufacturing Reliability Engineer", "other"),
    ("Database Reliability Engineer", "devops-engineer"),
    ("Airflow Reliability Engineer", "devops-engineer"),
]


@pytest.mark.parametrize(("title", "role"), PHYSICAL_FIELDS, ids=[c[0] for c in PHYSICAL_FIELDS])
def test_physical_engineering_fields(title: str, role: str) -> None:
    assert classify(title).role == role, classify(title)


# Classes of 2026-12-03 from market_f's train and dev splits (invented titles).
AGGREGATOR_CLASSES = [
    ("置业顾问（底薪+提成）", "sales-marketing", None),
    ("华东区招商经理", "sales-marketing", None),
    ("SAP FI/CO Functional Consultant", "data-analyst", None),
    ("Wirtschaftsjurist (m/w/d) Vertragsrecht", "operations", None),
    ("Développeur et Lead Dev Java (H/F)", "software-engineer", None),
    ("Staff Hydrologist", "other", None),
    ("Staff Software Engineer", "software-engineer", "lead"),
    ("Staff Product Designer", "designer", "lead"),
    ("Management Trainee - Retail Operations", "operations", "junior"),
    ("Techlead Java (H/F)", "software-engineer", "lead"),
    # Korean compounds are cut into words (folded Hangul is CJK script too); a number
    # before a year unit is years asked, not a grade.
    ("CRM마케팅팀장", "sales-marketing", "lead"),
    ("웹개발자 (신입)", "software-engineer", "junior"),
    ("[플랫폼팀] 서버개발자 경력 7년 이상", "software-engineer", "senior"),
    ("데이터분석가 채용", "data-analyst", None),
    ("ML Engineer 3년 이상", "ml-engineer", "mid"),
    # Traditional Chinese forms and Japanese ranks.
    ("資深行銷專員", "sales-marketing", "senior"),
    ("行銷組長", "sales-marketing", "lead"),
    ("経理係長", "operations", "lead"),
]


@pytest.mark.parametrize(
    ("title", "role", "level"), AGGREGATOR_CLASSES, ids=[c[0] for c in AGGREGATOR_CLASSES]
)
def test_aggregator_classes(title: str, role: str, level: str | None) -> None:
    got = classify(title)
    assert (got.role, got.level) == (role, level), got


# Classes of 2026-12-03 from market_e's train and dev splits (invented titles).
TECH_EMPLOYER_CLASSES = [
    ("Implementation Manager, Enterprise", "operations"),
    ("Customer Onboarding Specialist (German)", "operations"),
    ("Professional Services Consultant, Identity", "operations"),
    ("Research Associate II, Cell Biology", "other"),
    ("Research Assistant, Computer Vision", "research-scientist"),
    ("Field Applications Scientist - Genomics", "sales-marketing"),
    ("Technical Marketing Engineer, Storage", "sales-marketing"),
    ("Energy Storage Controls Engineer", "other"),
]


@pytest.mark.parametrize(
    ("title", "role"), TECH_EMPLOYER_CLASSES, ids=[c[0] for c in TECH_EMPLOYER_CLASSES]
)
def test_tech_employer_classes(title: str, role: str) -> None:
    assert classify(title).role == role, classify(title)


# Managers of an activity name no level; an associate before a role-named manager is
# junior, but "Associate Manager" is a rank (invented titles).
ACTIVITY_MANAGERS = [
    ("Partner Enablement Manager", None),
    ("Senior Learning Excellence Manager", "senior"),
    ("Associate Partner Marketing Manager", "junior"),
    ("Associate Manager, Payroll", "lead"),
    ("Associate Director, Finance", "executive"),
    # Operations managers of a revenue or product function run an activity.
    ("Marketing Operations Manager (EMEA)", None),
    ("Senior Sales Operations Manager", "senior"),
    ("Partner Operations Manager II", "mid"),
    ("Plant Operations Manager", "lead"),
    ("Manager, Revenue Operations", "lead"),
    # "Expert" grades technical work, not a subject's expert.
    ("Cloud Security Expert", "senior"),
    ("Experto en Ansible", "senior"),
    ("Chemistry Expert (Contract)", None),
    ("Customer Billing Expert", None),
    # Apprenticeships, placements, kitchen heads and hospital consultants.
    ("Lehrstelle als Kauffrau/Kaufmann EFZ", "intern"),
    ("Year Placement - Finance", "intern"),
    ("Küchenchef*in 80-100%", "lead"),
    ("Junior Sous Chef", "junior"),
    ("Newly Qualified Social Worker", "junior"),
    ("Consultant Rheumatologist", "senior"),
    ("Environmental Consultant", None),
    # A German or Dutch compound's "manager" names the role; Chinese 经理 still ranks.
    ("Einkaufsmanager (m/w/d)", None),
    ("Senior Qualitätsmanager", "senior"),
    ("Manager Einkauf", "lead"),
    ("采购经理", "lead"),
]


@pytest.mark.parametrize(
    ("title", "level"), ACTIVITY_MANAGERS, ids=[c[0] for c in ACTIVITY_MANAGERS]
)
def test_activity_managers_and_associates(title: str, level: str | None) -> None:
    assert classify(title).level == level, classify(title)


# Quality of products and materials is the field's work (invented titles).
QUALITY_CASES = [
    ("Supplier Quality Specialist, Weekend Shift", "other"),
    ("Director of Quality, Medical Devices", "other"),
    ("QA Engineer, Mobile App", "software-engineer"),
]


@pytest.mark.parametrize(("title", "role"), QUALITY_CASES, ids=[c[0] for c in QUALITY_CASES])
def test_quality_of_products_is_the_fields_work(title: str, role: str) -> None:
    assert classify(title).role == role, classify(title)


# Level words of more boards and languages (invented titles).
MORE_LEVEL_WORDS = [
    ("Supervisory IT Specialist (INFOSEC)", "lead"),
    ("Data Engineer lll", "senior"),
    ("Superviseur de production", "lead"),
    ("Práctica Profesional - Finanzas", "intern"),
    ("Rechtsreferendar (m/w/d) Arbeitsrecht", "intern"),
    ("Engineer in Training - Civil", "junior"),
    ("【中途】Webエンジニア", "senior"),
    ("新卒・中途 営業職", None),
]


@pytest.mark.parametrize(("title", "level"), MORE_LEVEL_WORDS, ids=[c[0] for c in MORE_LEVEL_WORDS])
def test_more_level_words(title: str, level: str | None) -> None:
    assert classify(title).level == level, classify(title)


def test_sales_developers_sell() -> None:
    assert classify("Alternance - Sales Developer (H/F)").role == "sales-marketing"


# Data and analytics work for decisions; compliance with environmental and safety law
# and the guarding of sites are the field's work (invented titles).
ANALYTICS_AND_SITE_CASES = [
    ("Director, Data & Analytics", "data-analyst"),
    ("Data Consultant (Power BI)", "data-analyst"),
    ("Environmental Compliance Specialist II", "other"),
    ("Security Shift Lead - Distribution Center", "other"),
    ("Information Security Officer", "security-engineer"),
    ("Marketing Operations Specialist", "sales-marketing"),
    ("Sales Support Coordinator", "sales-marketing"),
    ("Revenue Operations Analyst", "operations"),
    ("Operations Engineer (Linux)", "devops-engineer"),
    ("Managing Editor, Newsletter", "other"),
    ("Content Writer (B2B SaaS)", "sales-marketing"),
    ("Senior IT Auditor", "security-engineer"),
    ("Director, Security Governance", "security-engineer"),
]


@pytest.mark.parametrize(
    ("title", "role"), ANALYTICS_AND_SITE_CASES, ids=[c[0] for c in ANALYTICS_AND_SITE_CASES]
)
def test_analytics_and_site_work(title: str, role: str) -> None:
    assert classify(title).role == role, classify(title)


# Classes from market_g's train and dev splits (invented titles).
DEEP_TECH_CLASSES = [
    ("Senior Missile Design Engineer", "other"),
    ("ADCS Flight Engineer", "other"),
    ("Staff Engineer, RTL Design", "other"),
    ("Data Collector - Spanish (Freelance)", "other"),
    ("AGI Solutions Architect", "ai-engineer"),
    ("Machine Learning Solutions Engineer, Retail", "ml-engineer"),
    ("ML Compiler Engineer", "mlops-engineer"),
    ("Senior Vendor Risk Analyst", "security-engineer"),
    ("シニアアカウントエグゼクティブ（エンタープライズ）", "sales-marketing"),
    ("Consultor SAP FI Pleno", "operations"),
    ("Analista de Sistemas Pleno", "software-engineer"),
    ("Systems Engineering Intern (Avionics)", "other"),
    ("Systems Engineer - Requirements and Integration", "other"),
    ("Full Stack Developer - Platform", "software-engineer"),
    ("Senior Quality Engineer (Playwright)", "software-engineer"),
    ("Supplier Quality Engineer", "other"),
    ("Database Engineer III", "devops-engineer"),
    ("Dealer Development Manager - West", "sales-marketing"),
    ("Organizational Development Consultant", "operations"),
    ("Software Engineer, Compute", "software-engineer"),
]


@pytest.mark.parametrize(
    ("title", "role"), DEEP_TECH_CLASSES, ids=[c[0] for c in DEEP_TECH_CLASSES]
)
def test_deep_tech_classes(title: str, role: str) -> None:
    assert classify(title).role == role, classify(title)


# Classes of the third session's train and dev splits (invented titles).
FUNCTION_PROGRAMME_CASES = [
    ("Senior Field Marketing Program Manager", "sales-marketing"),
    ("Channel Partner Program Manager", "sales-marketing"),
    ("Logistics Program Manager", "operations"),
    ("Onboarding Project Manager II", "operations"),
    ("Site Construction Project Manager", "other"),
    ("Technical Program Manager, Billing", "product-manager"),
    ("Engineering Program Manager", "product-manager"),
    ("Senior Program Manager", "product-manager"),
    ("Program Manager, Partnerships", "product-manager"),
    ("Talent Development Partner", "operations"),
    ("Associate Director of Donor Development", "sales-marketing"),
    ("Associate Director, Drug Development", "other"),
    ("Head of Development", "software-engineer"),
    # The first subject named before the job noun wins ("A & B Manager").
    ("Partnerships & Operations Lead", "sales-marketing"),
    ("Finance and Marketing Coordinator", "operations"),
    # Alliances, campaigns, French account and partner managers sell.
    ("Senior Manager, Technology Alliances", "sales-marketing"),
    ("Email Campaign Specialist", "sales-marketing"),
    ("Chargée de comptes clés", "sales-marketing"),
    ("Responsable des partenariats", "sales-marketing"),
    ("Gestionnaire comptes fournisseurs", "operations"),
    # Analysts of maps and imagery analyse data; a word known only inside a longer phrase
    # ("sensing" of "remote sensing analyst") is still a field the vocabulary lacks.
    ("Junior GIS Analyst", "data-analyst"),
    ("Senior Geospatial Data Analyst", "data-analyst"),
    ("Remote Sensing Scientist II", "other"),
    # Client bankers, loan officers, F&I managers and German and Romanian sellers sell.
    ("Senior Personal Banker - Downtown", "sales-marketing"),
    ("Investment Banker, Energy", "operations"),
    ("Home Loan Officer", "sales-marketing"),
    ("F&I Director", "sales-marketing"),
    ("Aushilfe Verkäufer*in Bäckerei", "sales-marketing"),
    ("Agent vânzări teren", "sales-marketing"),
    # General job nouns of a field of medicine or science; German front-line work.
    ("Consultant Dermatologist (Locum)", "other"),
    ("Specialist in Cardiology", "other"),
    ("Methodology Specialist", "operations"),
    ("Mitarbeiter*in Reinigung 60%", "other"),
    ("Mitarbeiter*in Kasse und Lager", "other"),
    ("Mitarbeiter*in Buchhaltung", "operations"),
    # Database administrators in Chinese and French run databases.
    ("资深数据库管理员", "devops-engineer"),
    ("Administrateur de base de données Oracle", "devops-engineer"),
    # A software team of identity builds product software; identity security is security.
    ("Senior Software Engineer, Identity", "software-engineer"),
    ("Identity Governance Engineer", "security-engineer"),
    # Engineering of physical products and grids; IT operations tools.
    ("Senior Calibration Engineer", "other"),
    ("Grid Interconnection Engineer II", "other"),
    ("Splunk Administrator", "devops-engineer"),
    # Master data is kept by operations; French supermarket aisles have their heads.
    ("Customer Master Data Specialist", "operations"),
    ("Responsable de rayon fruits et légumes", "operations"),
]


@pytest.mark.parametrize(
    ("title", "role"), FUNCTION_PROGRAMME_CASES, ids=[c[0] for c in FUNCTION_PROGRAMME_CASES]
)
def test_programmes_of_a_function_and_development_that_is_not_software(
    title: str, role: str
) -> None:
    assert classify(title).role == role, classify(title)


# Classes of the fourth session (invented titles of the real shapes).
FOURTH_SESSION_CASES = [
    # Production support runs production systems; product support answers users.
    ("Lead Production Support Engineer (Linux)", "devops-engineer"),
    ("Product Support Engineer, EMEA", "operations"),
    # A data solution's architect designs data platforms; a bare one is pre-sales.
    ("Senior Data Solution Architect - Lakehouse", "data-engineer"),
    ("Solutions Architect, Mid-Market", "sales-marketing"),
    ("Principal Data Modeller", "data-engineer"),
    # Digital analytics and performance reporting are data analysis; a bare analyst is not.
    ("Digital Analyst (Adobe Analytics)", "data-analyst"),
    ("Performance Analyst - Urgent Care", "data-analyst"),
    ("Analyst, Treasury", "operations"),
    # An ML modeller builds statistical models for decisions.
    ("Credit ML Modeler", "data-scientist"),
    # Site reliability stays its own discipline whatever platform it keeps up; DevOps
    # of an ML platform is MLOps.
    ("Staff Site Reliability Engineer, GenAI Platform", "devops-engineer"),
    ("SRE - Machine Learning Infrastructure", "devops-engineer"),
    ("DevOps Engineer, LLM Platform", "mlops-engineer"),
    # A developer of analytics builds reports (as a BI developer); an engineer of
    # analytics builds the data systems behind them.
    ("Marketing Analytics Developer", "data-analyst"),
    ("Reporting & Insights Developer (Power BI)", "data-analyst"),
    ("Software Engineer, Analytics", "data-engineer"),
    # An expert practises AI as any technical field; a strategist serves the area.
    ("Generative AI Expert (m/w/d)", "ai-engineer"),
    ("AI Strategist, Public Sector", "operations"),
    ("Senior AI Consultant (m/w/d)", "ai-engineer"),
    # LinkedIn's badge text "with verification" is not the job's subject.
    ("Junior Java Engineer with verification", "software-engineer"),
    ("ASIC Verification Engineer", "other"),
    # "Software" alone is what is sold or put in; with its job noun it is the discipline.
    ("Business Development Manager - Software Sales", "sales-marketing"),
    ("Senior Software Test Engineer", "software-engineer"),
    # A growth analyst works on growth (marketing); a growth data analyst analyses data.
    ("Lifecycle Growth Analyst", "sales-marketing"),
    ("Growth Data Analyst", "data-analyst"),
    ("Senior Business System Analyst (SAP)", "data-analyst"),
    # The platform or cloud engineer of data platforms builds them.
    ("Snowflake Platform Engineer", "data-engineer"),
    ("Senior Cloud Engineer - Data Platform", "data-engineer"),
    ("Kubernetes Platform Engineer", "devops-engineer"),
    # A QA specialist or officer with no software named keeps the quality of products.
    ("Quality Assurance Specialist - 2nd Shift", "other"),
    ("QA Officer (Food Production)", "other"),
    ("QA Specialist, Mobile Apps", "software-engineer"),
    ("Senior QA Engineer", "software-engineer"),
    # Training and development is HR; technical writing and documentation are `other`.
    ("Regional Training & Development Manager", "operations"),
    ("Technical Documentation Specialist", "other"),
    # A technical field joined before a role title is the first role named.
    ("Data Science / Machine Learning Engineer", "data-scientist"),
    ("Cloud Security & Infrastructure Engineer", "security-engineer"),
    ("UX/UI Designer", "designer"),
    # Automation of infrastructure runs it; of plant controls it is physical engineering.
    ("Senior Infrastructure Automation Engineer", "devops-engineer"),
    ("Automation Engineer - PLC Controls", "other"),
    ("Test Automation Engineer", "software-engineer"),
    ("Quality Automation Engineer II", "software-engineer"),
    # What software runs on is no discipline, after "Software" alone too.
    ("Software Platform Developer (Go)", "software-engineer"),
    # Writing and rating data for models is the job, whatever expertise is named first.
    ("Backend Engineer - AI Trainer (Contract)", "other"),
    ("Chemist | AI Tutor", "other"),
    # Chip design is hardware engineering; "SoC" is a system on chip, "SOC" may be security.
    ("Senior Analog IC Design Engineer", "other"),
    ("Principal DFT Engineer", "other"),
    ("SoC Verification Lead", "other"),
    ("SOC Analyst II", "security-engineer"),
    # Systems engineering of spacecraft is physical engineering, as of vehicles.
    ("Lead Space Systems Engineer", "other"),
    ("AOCS Engineer", "other"),
    # Bids and proposals win contracts: pre-sales.
    ("Senior Bid Manager - Public Sector", "sales-marketing"),
    # An operations engineer of a business function works in that function.
    ("Support Operations Engineer (Zendesk)", "operations"),
    ("IT Operations Engineer", "devops-engineer"),
]


# Classes of the fifth session (market_n's train and dev splits; invented titles).
FIFTH_SESSION_CASES = [
    # A physical field named before a product or integration engineer is hardware work;
    # a subject after it names the product or the customers.
    ("Senior Power Electronics Product Engineer", "other"),
    ("MEMS Integration Engineer II", "other"),
    ("Product Engineer - Construction Solutions", "software-engineer"),
    ("Product Engineer, Payments", "software-engineer"),
    ("Integration Engineer (APIs)", "software-engineer"),
    # Radio systems, vehicle electronics, factories and small satellites are physical.
    ("Bluetooth and WiFi System Test Engineer", "other"),
    ("Infotainment Design/Release Engineer II", "other"),
    ("Factory Automation Engineer", "other"),
    ("Cubesat Systems Engineer", "other"),
    ("Wireless Network Engineer", "devops-engineer"),
    # A release train engineer runs agile programmes; stock counters work the shop floor;
    # regulatory writers write clinical documents; DNS is infrastructure.
    ("Release Train Engineer, Payments ART", "product-manager"),
    ("Inventory Counter - Des Moines, IA", "other"),
    ("Principal Regulatory Writer (Oncology)", "other"),
    ("Staff Engineer, DNS & Edge Operations", "devops-engineer"),
    ("Customer Services Advisor - Evenings", "operations"),
    ("Instructional Systems Designer II", "designer"),
    # Service centres of customers and patients, sellers' pay and pricing are operations.
    ("Patient Access Representative II", "operations"),
    ("Agent Service Client - Lyon", "operations"),
    ("Sales Commissions Analyst", "operations"),
    ("Revenue Integrity Specialist", "operations"),
    ("Manager, Support Enablement", "operations"),
    ("Sales Enablement Manager", "sales-marketing"),
    # Energy is a physical field for engineers, a market for office staff.
    ("Energy Programme Analyst", "operations"),
    ("Energy Storage Engineer", "other"),
    # A tier of IT support supports users.
    ("2nd Line IT Engineer (Hybrid)", "operations"),
    ("Service Desk Engineer", "operations"),
    ("IT Engineer", "devops-engineer"),
    # Clothes and home goods are designed as fashion is; RFIC design is chip design.
    ("Associate Designer, Womenswear", "other"),
    ("Senior RFIC Design Engineer", "other"),
    # Guarding sites, buying parts, serving customers and marketing chips.
    ("Data Center Security Specialist", "other"),
    ("Security Specialist, Threat Intelligence", "security-engineer"),
    ("Senior Sourcing Engineer", "operations"),
    ("Product Marketing Engineer, Power Devices", "sales-marketing"),
    # Staff who handle or ship products manage none.
    ("Product Flow Coordinator", "operations"),
    ("Associate Product Manager", "product-manager"),
    # Spanish office, support and front-line words of Latin American boards.
    ("Jefe de RRHH - Planta Pilar", "operations"),
    ("Analista de Soporte Nivel 2", "operations"),
    ("Ingeniero de Ventas Senior", "sales-marketing"),
    ("Chofer de Reparto", "other"),
    ("Soporte Tecnico de Campo - Zona Sur", "other"),
    # Japanese titles join loanwords and kanji compounds without spaces: each part counts.
    ("シニアクラウドエンジニア", "devops-engineer"),
    ("メカニカルエンジニア（ロボット）", "other"),
    ("テックリード（決済サービス）", "software-engineer"),
    ("運用保守エンジニア", "devops-engineer"),
    ("テクニカルサポートエンジニア", "operations"),
    ("回路設計エンジニア", "other"),
    ("事業開発マネージャー", "sales-marketing"),
]


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("【ポテンシャル採用】Webエンジニア", "junior"),
        ("ミドルフロントエンジニア", "mid"),
        ("データ基盤責任者", "lead"),
        # An explicit junior rank outranks the lead an architect's title implies.
        ("Junior Cloud Architect", "junior"),
        ("Senior Cloud Architect", "lead"),
        # A range of years in a title asks for experience: its lower end counts.
        ("Platform Engineer | 4 to 6 Years | Pune", "mid"),
        ("Data Engineer-Spark-6-9Yrs-Noida", "senior"),
    ],
)
def test_fifth_session_japanese_levels(title: str, level: str) -> None:
    assert classify(title).level == level, classify(title)


def test_explanations_quote_japanese_and_korean_as_written() -> None:
    # Voicing marks make other words ("ジ" is not "シ"), and Hangul stays in syllables.
    japanese = classify("リードクラウドエンジニア（決済）")
    assert "'リードクラウドエンジニア'" in japanese.role_reason
    korean = classify("데이터엔지니어 채용")
    assert "'데이터엔지니어'" in korean.role_reason


# Classes of the sixth session (invented titles of the real shapes).
SIXTH_SESSION_CASES = [
    # Developer productivity builds the developers' own tools, as developer experience.
    ("Senior Software Engineer, Developer Productivity", "software-engineer"),
    ("Developer Productivity Engineer II", "software-engineer"),
    ("Senior Site Reliability Engineer, Build Systems", "devops-engineer"),
    # A technical solutions engineer solves customers' cases after the sale.
    ("Technical Solutions Engineer II, Data Platform", "operations"),
    ("Solutions Engineer, Enterprise (Nordics)", "sales-marketing"),
    # Writers and experts hired to write training data for models.
    ("AI Training for Swedish Poets", "other"),
    ("Backend Developer Expertise for AI Training - EMEA", "other"),
    # The go-to-market teams' own systems and pay are business systems and finance.
    ("Director, GTM Incentive Compensation", "operations"),
    ("Senior Analyst, Go-To-Market Business Systems", "operations"),
    ("GTM Lead, EMEA", "sales-marketing"),
    # A scientist of no named field works in a lab; AI research says so.
    ("Associate Scientist II", "other"),
    ("Principal Scientist", "other"),
    ("Scientist (Fermentation)", "other"),
    ("Chief Scientist", "research-scientist"),
    ("Senior Scientist - Machine Learning", "research-scientist"),
    ("Research Scientist", "research-scientist"),
    # A bare engineer abroad with no software word is a plant or process engineer.
    ("Ingénieur Méthodes Industrialisation (H/F)", "other"),
    ("Ingeniero/a de Obra Civil", "other"),
    ("Ingénieur Logiciel Embarqué", "software-engineer"),
    ("Ingeniero de Software Backend", "software-engineer"),
    # A quality engineer of a physical product or plant is no software tester.
    ("Quality Engineer, Battery Cells", "other"),
    ("Chassis Quality Engineer", "other"),
    ("Quality Engineer", "software-engineer"),
    ("Software Quality Engineer, Payments", "software-engineer"),
    ("Development Test Engineer - Propulsion", "other"),
    ("Systems Test Engineer", "other"),
    ("Software Systems Test Engineer", "software-engineer"),
    ("LabVIEW Developer - Test Benches", "other"),
    ("CODESYS Engineer", "other"),
]


# Classes of the seventh session (invented titles of the real shapes).
SEVENTH_SESSION_CASES = [
    # Solutions managers and specialists sell (plural "solutions"); AI ones too.
    ("Strategic Solutions Manager", "sales-marketing"),
    ("AI Solutions Consultant, Public Sector", "sales-marketing"),
    ("Solutions Specialist - Data Cloud", "sales-marketing"),
    ("AI Solutions Engineer", "ai-engineer"),
    ("Logistics Solution Manager", "operations"),
    # A retailer's category managers run a range; procurement's buy it.
    ("Category Manager - Frozen Foods", "sales-marketing"),
    ("Procurement Category Manager, IT Services", "operations"),
    # Field, service and site engineers work on machines on site unless software is named.
    ("Field Engineer - Wind Turbines", "other"),
    ("Service Engineer III", "other"),
    ("Site Engineer (Civils)", "other"),
    ("Cloud Service Engineer", "devops-engineer"),
    ("Field Engineer, Kubernetes", "devops-engineer"),
    ("Service Engineer - Intune & Jamf", "devops-engineer"),
    # Functional safety, V&V and medical technology are physical subjects.
    ("Systems Engineer - Functional Safety (ISO 26262)", "other"),
    ("IV&V Systems Engineer", "other"),
    ("Systemingenieur Medizintechnik", "other"),
    # Traders work in a bank's or trading house's office.
    ("Energy Trader (m/w/d)", "operations"),
    ("Junior Equity Trader", "operations"),
    ("Quantitative Trader", "data-scientist"),
    # Engineering technicians build and test hardware; signal and power integrity too.
    ("Engineering Technician II - Test Lab", "other"),
    ("Power Integrity Engineer", "other"),
    # An analyst with "data" before the job noun analyses data.
    ("Data Projects Analyst II", "data-analyst"),
    ("Data & Insights Analyst (Retail)", "data-analyst"),
    ("Data Coordinator", "operations"),
    # Dutch and Polish analysts read as English ones.
    ("Medior Business Analist", "data-analyst"),
    ("Junior Marketing Analist", "data-analyst"),
    ("Data Analysts - Retail Banking", "data-analyst"),
    # "IA" after a town is Iowa, not French or Spanish AI.
    ("Software Engineer, Payments - Des Moines, IA, USA", "software-engineer"),
    ("Ingeniero de IA", "ai-engineer"),
    # Pay-per-click advertising is marketing; a UK multi-trader mends buildings.
    ("PPC Specialist (Google Ads)", "sales-marketing"),
    ("Multi Trader - Housing Repairs", "other"),
    # A software engineer of databases builds the database's own code.
    ("Staff Software Engineer - Database Internals", "software-engineer"),
    ("Database Engineer", "devops-engineer"),
    # A writer of no marketing subject writes articles and books; copy writers sell.
    ("Freelance Writer - Travel", "other"),
    ("Feature Writer", "other"),
    ("Copy Writer (m/w/d)", "sales-marketing"),
    ("Content Writer, B2B SaaS", "sales-marketing"),
    ("Field Service Representative - Medical Devices", "other"),
    # Designers of gardens, buildings, rooms and home goods are no product designers.
    ("Landscape Designer II", "other"),
    ("Architectural Designer (Revit)", "other"),
    ("Interior Design Consultant", "other"),
    ("Product Designer, Home Goods App", "designer"),
    # Brazil's development and test analysts build and test software.
    ("Analista de Desenvolvimento Sênior", "software-engineer"),
    ("Analista de Testes Júnior", "software-engineer"),
    # Telemetry and continuous delivery are infrastructure subjects.
    ("Software Engineer - Continuous Delivery", "devops-engineer"),
    # German, Spanish and Portuguese job words of market_s's boards.
    ("Desarrollador/a .NET Senior", "software-engineer"),
    ("Abteilungsleiter Molkerei (m/w/d)", "operations"),
    ("Industriekauffrau (m/w/d)", "operations"),
    ("Einzelhandelskaufmann (m/w/d)", "sales-marketing"),
    ("Assistenz der Geschäftsleitung (m/w/d)", "operations"),
    ("Mitarbeiter Gebäudereinigung (m/w/d)", "other"),
    ("Analista de Banco de Dados Sênior", "devops-engineer"),
    ("Engenheiro de Dados AWS", "data-engineer"),
    ("Técnico de Sistemas Linux", "devops-engineer"),
    ("Diretora de Arte", "designer"),
    ("Especialista ASO (App Store Optimization)", "sales-marketing"),
    ("VoIP Engineer", "devops-engineer"),
    ("GitLab Administrator", "devops-engineer"),
    ("Traffic Signal Technician", "other"),
    ("Claims Adjuster - Property", "operations"),
    ("Brake Adjuster", "other"),
    # Korean and Japanese shops' "MD" is a merchandiser; in Latin script a doctor or Maryland.
    ("온라인 MD (3년 이상)", "sales-marketing"),
    ("패션 AMD", "sales-marketing"),
    ("Psychiatrist - MD or DO", "other"),
    ("세일즈 팀장", "sales-marketing"),
    ("바이오 신약개발 연구원", "other"),
    ("Agent de propreté (H/F)", "other"),
    # A Korean planner is what the planned thing makes him.
    ("앱 서비스 기획자 (경력)", "product-manager"),
    ("모바일 게임 기획자", "designer"),
    ("영상 콘텐츠 기획자", "sales-marketing"),
    # French home helps and carers are care work.
    ("Assistante ménagère à domicile (H/F)", "other"),
    ("Auxiliaire de vie (H/F)", "other"),
    # The French feminine "cheffe", "chef(fe)" are a chef in every phrase.
    ("Cheffe de projet CRM", "product-manager"),
    ("Chef(fe) de projet informatique", "product-manager"),
]

EIGHTH_SESSION_CASES = [
    # A rank's abbreviation glued to the job's first word hid the job ("Sr.Product
    # Manager" read as a manager of products' operations).
    ("Sr.Product Manager", "product-manager"),
    ("Sr.Data Engineer", "data-engineer"),
    ("Node.js Developer", "software-engineer"),
    # Chips have a front end and an implementation: logic and physical design.
    ("RTL Front End Engineer, Networking Silicon", "other"),
    ("FPGA Implementation Engineer", "other"),
    ("Front End Engineer - Checkout", "software-engineer"),
    ("Implementation Engineer, Healthcare Integrations", "software-engineer"),
    # Turkish, Russian and Indonesian boards' job words.
    ("Kıdemli Java Yazılım Geliştirici", "software-engineer"),
    ("Kurumsal Satış Temsilcisi - Ankara", "sales-marketing"),
    ("Veri Analisti (Finans)", "data-analyst"),
    ("İş Analisti - Ödeme Sistemleri", "data-analyst"),
    ("İnsan Kaynakları Uzmanı", "operations"),
    ("Менеджер по продажам B2B", "sales-marketing"),
    ("Аналитик данных (SQL, Python)", "data-analyst"),
    ("Старший разработчик Go", "software-engineer"),
    ("Системный администратор Linux", "devops-engineer"),
    ("Бухгалтер на первичную документацию", "operations"),
    ("Staf Keuangan - Jakarta Selatan", "operations"),
    ("Менеджер проектов (ERP)", "product-manager"),
    ("Специалист по информационной безопасности", "security-engineer"),
    ("Çevre Mühendisi", "other"),
    ("Sales Penjualan Lapangan", "sales-marketing"),
    # Engineers of suppliers' parts, structures' stress and machines' installation.
    ("Lead Supplier Engineer - Castings", "other"),
    ("Stress Engineer II (Airframe)", "other"),
    ("Installation Engineer - Conveyor Systems", "other"),
    # Dutch "begeleider" is a care worker, no "leider" (lead).
    ("Persoonlijk Begeleider Wonen", "other"),
    ("Woonbegeleider (24 uur)", "other"),
    ("Teamleider Klantenservice", "operations"),
    # English words that look like them keep their meaning.
    ("Analyst Data Science", "data-scientist"),
    # Dutch "gegevens" (data) and "bedrijfs" (business) compounds, Spanish shop staff.
    ("Gegevensanalist (32 uur)", "data-analyst"),
    ("Bedrijfsanalist ERP", "data-analyst"),
    ("Bedrijfsleider Horeca", "operations"),
    ("Dependiente/a de tienda - Valencia", "sales-marketing"),
    # Polish fields in the genitive; French, Spanish, Italian IT technicians.
    ("Programista (2-4 lata doświadczenia)", "software-engineer"),
    ("Inżynier oprogramowania C++", "software-engineer"),
    ("Inżynier procesu (produkcja)", "other"),
    ("Inżynier danych / Data Engineer", "data-engineer"),
    ("Analityk biznesowy", "data-analyst"),
    ("Młodszy specjalista ds. marketingu", "sales-marketing"),
    ("Technicien informatique (H/F)", "operations"),
    ("Técnico informático", "operations"),
    # AI, machine learning, data and information security in the main European languages.
    ("Ingeniero de aprendizaje automático", "ml-engineer"),
    ("Engenheiro de Inteligência Artificial Sênior", "ai-engineer"),
    ("Ingegnere dei dati", "data-engineer"),
    ("Ingenieur für maschinelles Lernen (m/w/d)", "ml-engineer"),
    ("Inżynier uczenia maszynowego", "ml-engineer"),
    ("Data analyste (H/F)", "data-analyst"),
    ("Analista de Segurança da Informação", "security-engineer"),
    ("Specjalista ds. cyberbezpieczeństwa", "security-engineer"),
    ("Ingeniero de Sistemas Senior", "devops-engineer"),
    ("Softwaretester (m/w/d)", "software-engineer"),
    ("Administrator sieci", "devops-engineer"),
    ("Właściciel produktu", "product-manager"),
    # A bare IT specialist runs the systems; Japan's 社内SE builds the company's own.
    ("IT Specialist", "devops-engineer"),
    ("IT Support Specialist", "operations"),
    ("社内SE（未経験歓迎）", "software-engineer"),
    # "CV" after "without", "your" or "resume/" is a résumé, not computer vision.
    ("Säljare till butik, sök utan CV!", "sales-marketing"),
    ("Share your resume/CV here", "other"),
    ("NLP/CV Engineer", "ml-engineer"),
    ("Engineer with CV experience", "ml-engineer"),
    # "Technology" in other languages is the field, not a "-logia" of medicine.
    ("Director de tecnología", "software-engineer"),
    ("Coordinatore vendite", "sales-marketing"),
    # Hebrew feminine endings after a slash are the same job noun.
    ("מפתח/ת תוכנה בכיר/ה", "software-engineer"),
    ("רכז/ת גיוס", "operations"),
]

NINTH_SESSION_CASES = [
    # Machine tools, controllers and robots are programmed where they stand, the machine
    # named before or after the noun, in any language; software programmers keep theirs.
    ("Programmer PLC - Packaging Lines", "other"),
    ("Programátor CNC", "other"),
    ("Programista CNC (2 zmiany)", "other"),
    ("Programador CNC - Mecanizado", "other"),
    ("SPS-Programmierer (m/w/d)", "other"),
    ("Programmer (Welding Robots)", "other"),
    ("Programador Java Senior", "software-engineer"),
    ("Programmierer (m/w/d) C#", "software-engineer"),
    ("Robot Software Programmer", "software-engineer"),
    # Quality assurance of laboratories, plants and food is no software testing.
    ("Quality Assurance Manager - Dairy Laboratory", "other"),
    ("QA Manager (Food Manufacturing)", "other"),
    ("QA Manager, Mobile Apps", "software-engineer"),
    # Civil works named after a bare engineer: roads, bridges, tunnels, sewers.
    ("Principal Engineer (Highways and Roads)", "other"),
    ("Senior Engineer - Bridges & Structures", "other"),
    ("Tunnel Engineer", "other"),
    ("Stormwater Engineer II", "other"),
    ("BrSE (ブリッジSE)", "software-engineer"),
    # Office words of retail, finance and supply chains in French, Spanish, German,
    # Italian and Dutch: the English word's role.
    ("Directrice de magasin - Lyon", "operations"),
    ("Directeur financier adjoint", "operations"),
    ("Contrôleuse de gestion industrielle", "operations"),
    ("Contrôleur qualité réception", "other"),
    ("Acheteuse famille électronique", "operations"),
    ("Responsable logistique entrepôt", "operations"),
    ("Planificatrice ordonnancement", "operations"),
    ("Technicienne support informatique N1", "operations"),
    ("Comprador/a técnico", "operations"),
    ("Planificador de producción (turno mañana)", "operations"),
    ("Senior Einkäufer Elektronik (m/w/d)", "operations"),
    ("Außendienstmitarbeiter Medizintechnik", "sales-marketing"),
    ("Direttore finanziario di stabilimento", "operations"),
    ("Responsabile acquisti materie prime", "operations"),
    ("Inkoper technische materialen", "operations"),
    ("Materials Planner (Night Shift)", "operations"),
    ("Store Director - Flagship", "operations"),
    # Korean hospital and office staff: clerks, patient administration, medical records,
    # safety officers and security guards.
    ("영상의학과 사무원 모집", "operations"),
    ("원무팀 정규직 채용", "operations"),
    ("의무기록사 (계약직)", "operations"),
    ("시설팀 안전관리자", "other"),
    ("보안요원 채용 (야간)", "other"),
    ("정보보안 담당자", "security-engineer"),
    # Korean hospital job nouns outweigh "new staff" and "AI" next to them.
    ("신입직원 [영상의학과 방사선사] 채용", "other"),
    ("AI 돌봄 서비스 사회복지사 모집", "other"),
    ("물리치료사 (재활의학과)", "other"),
    ("의사소통 능력 우수 마케팅 담당자", "sales-marketing"),
    # Everyday CJK office words: store manager, front desk, call centre, bookkeeper.
    ("连锁门店店长（包吃住）", "operations"),
    ("前台文员", "operations"),
    ("コールセンタースタッフ（時給1500円）", "operations"),
    ("경리 사무원 (주5일)", "operations"),
    # Dashboard tools other than Tableau and Looker, "PowerBI" glued.
    ("Senior PowerBI Developer", "data-analyst"),
    ("Qlik Sense Developer", "data-analyst"),
    ("Power BI Engineer", "data-analyst"),
    # An analyst of data analyses it, the word anywhere; of its pipelines, builds them.
    ("Analista de Qualidade de Dados Pleno", "data-analyst"),
    ("Analyst, Data (Customer Insights)", "data-analyst"),
    ("Analista de Pipeline de Dados", "data-engineer"),
    ("Ingeniera de Infraestructura Cloud", "devops-engineer"),
    # Risk, compliance and governance of information security are security work.
    ("Cybersecurity Risk Specialist", "security-engineer"),
    ("Information Security Governance Lead", "security-engineer"),
    ("IT Security Compliance Analyst II", "security-engineer"),
    ("Privacy Compliance Manager", "operations"),
    ("Credit Risk Manager", "operations"),
    # Support engineers of clouds and infrastructure run them.
    ("AWS Cloud Support Engineer II", "devops-engineer"),
    ("Support Engineer, Cloud Infrastructure", "devops-engineer"),
    ("Technical Support Engineer - Payments", "operations"),
    # Polish office words of finance, purchasing and HR.
    ("Dyrektorka finansowa", "operations"),
    ("Kontroler finansowy (oddział)", "operations"),
    ("Kontrolerka jakości produkcji", "other"),
    ("Kupiec / Zaopatrzeniowiec", "operations"),
    ("Planistka produkcji - 2 zmiany", "operations"),
    ("Rekruterka IT (B2B)", "operations"),
    ("Administrator systemów Linux", "devops-engineer"),
    # Russian, Turkish and Indonesian words the probes found missing.
    ("Закупщик (FMCG)", "operations"),
    ("Секретарь руководителя", "operations"),
    ("Ведущий инженер-конструктор", "other"),
    ("Kasiyer (Part-time)", "operations"),
    ("Kepala Toko - Bandung", "operations"),
    ("Wakil Kepala Sekolah (SMA)", "other"),
    ("Primary School Principal", "other"),
    # Russian product analysts, treasurers and store managers; Czech sales, underwriters,
    # caretakers and guards.
    ("Продуктовый аналитик (B2C)", "data-analyst"),
    ("Казначей холдинга", "operations"),
    ("Управляющий магазином", "operations"),
    ("Prodej vstupenek na koncerty", "sales-marketing"),
    ("Upisovatelka majetkového pojištění", "operations"),
    ("Údržbář areálu", "other"),
    ("Ostraha objektu - noční směny", "other"),
    # Buyers of Central and Eastern Europe.
    ("Stratégiai beszerző", "operations"),
    ("Achizitor materii prime", "operations"),
    ("Nákupca elektrokomponentov", "operations"),
    ("Nákupčí (strojírenství)", "operations"),
    # Project managers of construction in French, Spanish, Italian, Dutch and German;
    # Brazil's store managers; German IT user support.
    ("Chef de projet travaux neufs", "other"),
    ("Jefe de proyecto de obra civil", "other"),
    ("Responsabile di progetto edilizia residenziale", "other"),
    ("Projektleiter Tiefbau (m/w/d)", "other"),
    ("Chef de projet digital", "product-manager"),
    ("Gerente de Loja - Shopping Center", "operations"),
    ("Mitarbeiter IT-Anwendersupport", "operations"),
    ("Logistikmitarbeiter (Vollzeit)", "other"),
    ("Medewerker Logistiek - Avonddienst", "other"),
]

# Tenth session (market_z): public health is health work; Spanish "desarrollo" of people
# and regions is no software; Chile's public-service words; "gestor" administers.
TENTH_SESSION_CASES = [
    ("Consultant - Maternal Health Programme", "other"),
    ("Public Health Coordinator", "other"),
    ("Regional Malaria Officer", "other"),
    ("Director of Public Health Services", "other"),
    ("Analista de Desarrollo Organizacional", "operations"),
    ("Coordinador de Capacitación y Desarrollo", "operations"),
    ("Desarrollador de Software", "software-engineer"),
    ("EJECUTIVA DE ATENCIÓN CIUDADANA", "operations"),
    ("Jefe Unidad de Gestión de Contratos", "operations"),
    ("Abogado.a Unidad Jurídica", "operations"),
    ("Gestora de Proyectos TI", "product-manager"),
    ("Gestor de Tráfego Pago Sênior", "sales-marketing"),
    ("Ejecutivo de Comunicaciones", "sales-marketing"),
    # Storage and clusters are what a software engineer builds; alone they are run.
    ("Senior Software Engineer, Object Storage", "software-engineer"),
    ("Engineering Manager, Cluster Management", "software-engineer"),
    ("Storage Engineer", "devops-engineer"),
    ("Head of Storage", "devops-engineer"),
    # Travel and estate agents sell; a dealership's F&I manager sells loans and cover.
    ("Travel Agent (Home Based)", "sales-marketing"),
    ("Agent ds. Nieruchomości - Kraków", "sales-marketing"),
    ("F&I Manager - Toyota Dealership", "sales-marketing"),
    ("Customer Service Agent", "operations"),
    # Mentors teach, as tutors and coaches do.
    ("Data Science Mentor - Independent Contractor", "other"),
    ("Peer Mentor", "other"),
    # Croatian trades (HZZ), French electronics and railways, industrialisation projects.
    ("VOZAČ / ICA DOSTAVNOG VOZILA (B KATEGORIJA)", "other"),
    ("KONOBAR / ICA", "other"),
    ("PROGRAMER / KA", "software-engineer"),
    ("Ingénieur Système Ferroviaire (H/F)", "other"),
    ("Chef de projet industrialisation (H/F)", "other"),
    ("Front Desk Agent - Hotel", "operations"),
    ("Chargé de développement commercial (H/F)", "sales-marketing"),
    # Spanish words of factories, trades and labs.
    ("Supervisora de montaje", "other"),
    ("Técnico de laboratorio clínico", "other"),
    ("Montador de muebles", "other"),
    ("Operador de cobranzas", "operations"),
]

# The classes each session fixed from the market corpora's train and dev splits.
SESSION_CASES = (
    FOURTH_SESSION_CASES
    + FIFTH_SESSION_CASES
    + SIXTH_SESSION_CASES
    + SEVENTH_SESSION_CASES
    + EIGHTH_SESSION_CASES
    + NINTH_SESSION_CASES
    + TENTH_SESSION_CASES
)


@pytest.mark.parametrize(("title", "role"), SESSION_CASES, ids=[c[0] for c in SESSION_CASES])
def test_session_classes(title: str, role: str) -> None:
    assert classify(title).role == role, classify(title)


@pytest.mark.parametrize(
    ("title", "level"),
    [
        # A fellowship named by its sponsor or field is a post; a technical ladder's
        # Fellow, or a title opened by "Fellow", is its top rank.
        ("Harlow Fellow", None),
        ("Policy Fellow - Climate Collective (EU)", None),
        ("Academic Surgical Fellow in Orthopaedics", None),
        ("Technical Fellow, Storage Systems", "lead"),
        ("Distinguished Fellow - Compilers", "lead"),
        ("Fellow, Applied Mathematics", "lead"),
        # An English "Assistant" before a worker's job noun is a junior grade; before a
        # head's noun it deputises, and the head's rank rules decide.
        ("Assistant Payroll Accountant", "junior"),
        ("Assistant Product Designer - Footwear", "junior"),
        ("Assistant Controller, Group Finance", None),
        ("Assistant Professor of Statistics", None),
        ("Assistant Warehouse Manager", "lead"),
        ("Assistant Teacher - Year 3", None),
        ("Assistant commercial export (H/F)", None),
        # Quebec's "Gestionnaire, X" manages a team; France's "Gestionnaire paie" is a clerk.
        ("Gestionnaire, paie et avantages sociaux", "lead"),
        ("Gestionnaire en fiscalité", "lead"),
        ("Gestionnaire paie et administration du personnel (H/F)", None),
        ("Gestionnaire de comptes clients", None),
        # "Confirmed" as French boards write "confirmé" in English titles.
        ("Confirmed iOS Engineer - Checkout", "senior"),
        # Seventh session: a rank "and above" is that rank; the first rung of managers
        # manages; Brazil's "PL" is pleno after a Portuguese job noun.
        ("Senior+ Backend Engineer", "senior"),
        ("Manager I, Customer Support", "lead"),
        ("Account Manager II", "mid"),
        ("Desenvolvedor Backend PL", "mid"),
        ("Analista Financeiro PL - São Paulo", "mid"),
        ("Chauffeur PL (H/F)", None),
        ("Analista PL/SQL", None),
        # Accelerator and talent programmes, and titles asking for no experience.
        ("Career Accelerator Program - Hardware Engineer", "junior"),
        ("Warehouse Associate - No Experience Required", "junior"),
        ("Auxiliar de almacén sin experiencia", "junior"),
        ("ML Accelerator Architect", "lead"),
        # French "IA" is AI, no sub-grade I-a; "chef équipe" leads a team.
        ("Chef de projet IA (F/H)", None),
        ("Chef équipe maintenance (H/F)", "lead"),
        # A lead development representative generates sales leads: no rank.
        ("Lead Development Representative - EMEA", None),
        ("Lead Development Engineer", "lead"),
        # Building and landscape architects practise a profession; technical architects lead.
        ("Architecte (H/F)", None),
        ("Landscape Architect II", "mid"),
        ("Landscape Architect", None),
        ("Architecte logiciel (H/F)", "lead"),
        ("SoC Hardware Architect", "lead"),
        ("Cover Supervisor - Secondary School", None),
        # Portuguese and Spanish architects of data and software lead; of buildings, no rank.
        ("Arquiteto de Dados", "lead"),
        ("Arquitecto de Software Sr.", "lead"),
        ("Arquitecto Jr.", "junior"),
        ("Arquitecta de proyectos", None),
        ("Cientista de Dados PL", "mid"),
        # Korean companies call staff of every grade "매니저"; Korean ranks say the grade.
        ("CX 운영 매니저", None),
        ("영업부 (과장)", "senior"),
        ("마케팅 대리급", "mid"),
        ("매장 점장", "lead"),
        ("Marketing Manager (마케팅 매니저)", None),
        ("시니어 매니저 (CX)", "senior"),
        # A commis de cuisine is the kitchen's job, no rank (seventeenth session: the
        # corpora 7 of 9); a "Commis Chef" is the junior chef.
        ("Commis de cuisine (H/F)", None),
        # Eighth session: a rank's abbreviation glued to the job's first word.
        ("Sr.Product Manager - Payments", "senior"),
        ("Jr.Developer (Node.js)", "junior"),
        # Russian boards' "менеджер" is every seller's and editor's title: no rank.
        ("Менеджер по работе с клиентами", None),
        ("Старший менеджер по продажам", "senior"),
        ("Ведущий инженер-программист", "senior"),  # a grade (twelfth session, levels)
        ("Kıdemli İş Analisti", "senior"),
        ("Regiebegeleider Wonen", None),
        ("Начинающий специалист по кадрам", "junior"),
        # The first title again, one rank up: one job offered at two grades.
        ("Executive/ Sr. Executive, Procurement", None),
        ("Research Analyst, Senior Research Analyst", None),
        ("Senior Executive, Procurement", "senior"),
        # "Staff" before a department's field is a member of its staff.
        ("Staff Electrical Engineering", None),
        ("Staff Engineering Manager", "lead"),
        ("Encargada de tienda", "lead"),
        ("Supervisora de caja (turno tarde)", "lead"),
        # Nordic "i" and Czech/Slovak "v" (in) in lower case are no grade I or V.
        ("Lärare i matematik, åk 7-9", None),
        ("Prodavačka v drogérii", None),
        ("Analyst I Service Desk", "junior"),
        # Years of experience asked in the main European languages and Vietnamese.
        ("Développeur Java (5 ans d'expérience)", "senior"),
        ("Desarrollador Java - 3 años de experiencia", "mid"),
        ("Java Entwickler (3 Jahre Berufserfahrung)", "mid"),
        ("Programista PHP (2-4 lata doświadczenia)", "mid"),
        ("Lập trình viên Java (1 Năm Kinh Nghiệm)", "junior"),
        ("Contrat de 2 ans", None),
        ("Capo reparto logistica", "lead"),
        ("Afstudeerstage Data Science", "intern"),
        # Chinese tech boards' 专家 (expert) is a grade above senior.
        ("推荐算法专家（北京）", "senior"),
        # A range of years in Korean, Chinese and Japanese: its lower end, as in English;
        # "신입~3년차" (new graduate to third year) starts at a new graduate.
        ("백엔드 개발자 (신입~2년차)", "junior"),
        ("마케팅 담당자(1년~4년)", "junior"),
        ("Java开发工程师（3-5年）", "mid"),
        ("インフラエンジニア（経験5〜8年）", "senior"),
        # Students' jobs in Spanish and Portuguese; Dutch graduation assignments.
        ("Estudiante de Ingeniería Industrial (prácticas)", "intern"),
        ("Estudante de Direito - meio período", "intern"),
        ("Graduation Assignment: Predictive Maintenance", "intern"),
        # A chief's abbreviation after another job's part names the chief's office or
        # whom the job serves; right before a job noun it qualifies it.
        ("Financial Analyst - Office of the CFO", None),
        ("Chief of Staff, CTO Office", None),
        ("Senior Program Manager, CEO Office", "senior"),
        ("CRO Specialist (Shopify)", None),
        ("CTO (m/w/d)", "executive"),
        ("CFO / Finance Director", "executive"),
        ("개발 총괄 CTO", "executive"),
        # "YOE" abbreviates years of experience; "Midlevel" glued is mid.
        ("Backend Engineer (3-6 YOE)", "mid"),
        ("Platform Engineer, 7+ YOE", "senior"),
        ("Midlevel Data Engineer", "mid"),
        # Tenth session: an opening "Expert" grades any job; research roboticists are staff.
        ("Expert Motion Designer", "senior"),
        ("Expert comptabilité fournisseurs (H/F)", "senior"),
        ("Tax Expert", None),
        ("Staff Perception Roboticist", "lead"),
        # "|" parts a title (employer | job | place); it joins no alternatives as "/" does.
        ("Acme Corp | Head of Data | Remote", "executive"),
        ("Data Analyst (I)", "junior"),
        ("Pharmacy Technician ($3,000 Sign-On Bonus)", None),
        ("Subdirectora de Operaciones", "executive"),
        ("Jefatura de Finanzas", "lead"),
        ("Тимлид разработки", "lead"),
        ("Chef de département logistique", "lead"),
        ("POMOĆNI / A KUHAR / ICA", "junior"),
        # A foreman leads a crew; a demi chef de partie is a cook's grade, no lead.
        ("Paving Foreman", "lead"),
        ("Бригадир строителей", "lead"),
        ("Demi Chef de Partie - Pastry", None),
        # Managers of an object or an activity (eleventh session): no level, and a rank
        # before them is theirs.
        ("Organisational Change Manager", None),
        ("Clinical Data Manager (m/w/d)", None),
        ("Senior Clinical Data Manager", "senior"),
        ("Bid & Proposal Manager - Infrastructure", None),
        ("Customer Escalations Manager, EMEA", None),
        ("SAP S/4 Cutover Manager", None),
        ("Localisation Manager (German)", None),
        ("Workforce Manager - Contact Centre", None),
        ("Operations Manager - Plant 3", "lead"),
        ("Shift In-charge - Packing", "lead"),
        ("Warehouse Incharge", "lead"),
        ("Construction Superintendent", "lead"),
        ("DGM - Finance & Accounts", "lead"),
    ],
)
def test_session_levels(title: str, level: str | None) -> None:
    assert classify(title).level == level, classify(title)


# Job words of Swedish, Norwegian, Danish and Finnish (invented titles, none of the
# lang_nordic corpus): glued job nouns ("Mjukvaruutvecklare"), "-schef"/"-sjef" and
# "-leder" managers, "Prosjektleder" a project manager, Finnish inflected sellers.
LANG_CASES_NORDIC = [
    ("Mjukvaruutvecklare", "software-engineer", None),
    ("Senior systemutvecklare", "software-engineer", "senior"),
    ("Junior utvecklare", "software-engineer", "junior"),
    ("Säljare till butik i Malmö", "sales-marketing", None),
    ("Kundtjänstmedarbetare", "operations", None),
    ("Lagerarbetare sökes", "other", None),
    ("Butikschef", "operations", "lead"),
    ("Projektledare", "product-manager", None),
    ("Ekonomiassistent", "operations", None),
    ("Sjuksköterska natt", "other", None),
    # "VD" (verkställande direktör) is left unread: in other titles it is the canton of
    # Vaud or Brazil's "venda direta". Written out, the director runs the company, as a
    # CEO does (sixteenth session: "direktor" is a director's job noun too).
    ("Verkställande direktör till växande bolag", "operations", "executive"),
    ("Programvareutvikler", "software-engineer", None),
    ("Seniorutvikler", "software-engineer", "senior"),
    ("Selger", "sales-marketing", None),
    ("Butikksjef", "operations", "lead"),
    ("Prosjektleder", "product-manager", None),
    ("Regnskapsfører", "operations", None),
    ("Kundeservicemedarbeider", "operations", None),
    ("Lagermedarbeider", "other", None),
    ("Lærling", "operations", "intern"),
    ("Softwareudvikler", "software-engineer", None),
    ("Salgschef", "sales-marketing", "lead"),
    ("Sælger", "sales-marketing", None),
    ("Bogholder", "operations", None),
    ("Lagermedarbejder", "other", None),
    ("Erfaren tømrer", "other", "senior"),
    ("Programmør", "software-engineer", None),
    ("Ohjelmistokehittäjä", "software-engineer", None),
    ("Vanhempi ohjelmistokehittäjä", "software-engineer", "senior"),
    ("Myyjä", "sales-marketing", None),
    ("Haemme myyjiä", "sales-marketing", None),
    ("Asiakaspalvelija", "operations", None),
    ("Projektipäällikkö", "product-manager", None),
    ("Kirjanpitäjä", "operations", None),
    ("Sairaanhoitaja", "other", None),
    ("Tietoturva-asiantuntija", "security-engineer", None),
    ("Harjoittelija, markkinointi", "sales-marketing", "intern"),
    ("Toimitusjohtaja", "operations", "executive"),
    ("Tuoteomistaja", "product-manager", None),
    # English and French words the Nordic words must leave alone (an executive chef leads
    # a kitchen: `lead` since the fifteenth session, as market_an's is labelled; the
    # Nordic "chef", a boss, is not what ranks it).
    ("Executive Chef", "other", "lead"),
    ("Accompagnant d'élèves en situation de handicap", "other", None),
]


@pytest.mark.parametrize(("title", "role", "level"), LANG_CASES_NORDIC)
def test_lang_nordic_words(title: str, role: str, level: str | None) -> None:
    got = classify(title)
    assert (got.role, got.level) == (role, level), got


# Job words of Czech, Slovak, Romanian, Hungarian, Greek, Ukrainian and Bulgarian
# (invented titles, none of the lang_cee corpus).
LANG_CASES_CEE = [
    # Czech and Slovak
    ("Vývojář Java", "software-engineer"),
    ("Junior programátor PHP", "software-engineer"),
    ("Účetní pro malou firmu", "operations"),
    ("Řidič nákladního vozu", "other"),
    ("Prodavačka pekařství", "sales-marketing"),
    ("Specialista kybernetické bezpečnosti", "security-engineer"),
    ("Datový analytik", "data-analyst"),
    ("Personalista", "operations"),
    ("Vodič medzinárodnej dopravy", "other"),
    ("Účtovníčka", "operations"),
    # Romanian
    ("Programator Java", "software-engineer"),
    ("Vânzătoare magazin alimentar", "sales-marketing"),
    ("Șofer categoria C+E", "other"),
    ("Recrutor IT", "operations"),
    ("Bucătar restaurant", "other"),
    # Hungarian, compounds split off their job nouns
    ("Szoftverfejlesztő (Java)", "software-engineer"),
    ("Adatelemző", "data-analyst"),
    ("Bolti eladó", "sales-marketing"),
    ("Könyvelő", "operations"),
    ("Ügyfélszolgálati munkatárs", "operations"),
    ("Rendszergazda", "devops-engineer"),
    ("Angol nyelvtanár", "other"),
    # Greek
    ("Προγραμματιστής Java", "software-engineer"),
    ("Αναλυτής Δεδομένων", "data-analyst"),
    ("Λογίστρια", "operations"),
    ("Πωλήτρια Καταστήματος Ρούχων", "sales-marketing"),
    ("Νοσηλεύτρια", "other"),
    # Ukrainian
    ("Розробник React", "software-engineer"),
    ("Аналітик даних", "data-analyst"),
    ("Водій категорії C", "other"),
    ("Продавець-консультант", "sales-marketing"),
    ("Викладач англійської", "other"),
    # Bulgarian
    ("Програмист Python", "software-engineer"),
    ("Счетоводител", "operations"),
    ("Шофьор на бус", "other"),
    ("Мениджър продажби", "sales-marketing"),
    # A Hungarian engineering intern stays no software engineer.
    ("Mérnök gyakornok", "other"),
]


@pytest.mark.parametrize(("title", "role"), LANG_CASES_CEE, ids=[c[0] for c in LANG_CASES_CEE])
def test_lang_cases_cee(title: str, role: str) -> None:
    assert classify(title).role == role, classify(title)


# Job words of Vietnamese, Arabic and Hebrew (invented titles, none of lang_vah.tsv):
# Vietnamese job phrases of syllables, Hebrew with its slash genders, Arabic with the
# article and the field after the job noun.
LANG_CASES_VAH = [
    ("Lập Trình Viên Python Cấp Cao", "software-engineer", "senior"),
    ("Thực Tập Sinh Lập Trình Web", "software-engineer", "intern"),
    ("Trưởng Nhóm Kiểm Thử Phần Mềm", "software-engineer", "lead"),
    ("Nhân Viên Kinh Doanh Phần Mềm Khu Vực Miền Bắc", "sales-marketing", None),
    ("Kế Toán Công Nợ", "operations", None),
    ("Chuyên Viên Tuyển Dụng", "operations", None),
    ("Chuyên Viên Phân Tích Dữ Liệu", "data-analyst", None),
    ("Kỹ Sư Dữ Liệu (Spark)", "data-engineer", None),
    ("Chuyên Viên An Ninh Mạng", "security-engineer", None),
    ("Quản Lý Dự Án CNTT", "product-manager", None),
    ("Nhân Viên Thiết Kế Đồ Họa", "designer", None),
    ("Tài Xế Xe Tải", "other", None),
    ("Giáo Viên Tiếng Anh", "other", None),
    ("Nhân Viên Chăm Sóc Khách Hàng", "operations", None),
    ("Quản Trị Hệ Thống Linux", "devops-engineer", None),
    ("Giám Đốc Tài Chính", "operations", "executive"),
    ("מפתח/ת Java בכיר/ה", "software-engineer", "senior"),
    ("מהנדס נתונים", "data-engineer", None),
    ("אנליסט נתונים", "data-analyst", None),
    ("מעצב/ת גרפי/ת", "designer", None),
    ("נציג/ת מכירות שטח", "sales-marketing", None),
    ("רואה חשבון מבקר", "operations", None),
    ("נהג/ת חלוקה", "other", None),
    ("טכנאי/ת מיזוג אוויר", "other", None),
    ("مطور تطبيقات جوال", "software-engineer", None),
    ("مهندس بيانات", "data-engineer", None),
    ("محلل بيانات أول", "data-analyst", "senior"),
    ("مصمم جرافيك", "designer", None),
    ("مندوب مبيعات", "sales-marketing", None),
    ("محاسب عام", "operations", None),
    ("أخصائي موارد بشرية", "operations", None),
    ("ممرضة", "other", None),
    ("سائق توصيل", "other", None),
    ("مهندس أمن سيبراني", "security-engineer", None),
    ("أخصائي تسويق رقمي", "sales-marketing", None),
    ("متدرب محاسبة", "operations", "intern"),
]


@pytest.mark.parametrize(
    ("title", "role", "level"), LANG_CASES_VAH, ids=[c[0] for c in LANG_CASES_VAH]
)
def test_lang_cases_vah(title: str, role: str, level: str | None) -> None:
    got = classify(title)
    assert (got.role, got.level) == (role, level), got


def test_no_abbreviation_mixes_cjk_and_latin_letters() -> None:
    # Titles are cut where CJK and Latin letters meet ("社内SE" -> "社内", "se"), so such a
    # key could never match one word: write it as a phrase of a role instead.
    text = (Path(__file__).resolve().parents[1] / "scraper" / "taxonomy.toml").read_text("utf-8")
    cjk = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
    latin = re.compile(r"[A-Za-z0-9]")
    keys = tomllib.loads(text)["abbreviations"]
    assert [k for k in keys if cjk.search(k) and latin.search(k)] == []


# Job words of French, Italian and Spanish (invented titles, none of lang_fis.tsv): office
# staff (recruiters, auditors, treasurers, lawyers, HR, collectors), trades and front-line
# work (masons, building works, warehouses, cooks, waiters, teachers, cleaners), shop heads,
# telesales, sales agents, social workers and interns of the three languages.
LANG_CASES_FIS = [
    # French
    ("Recruteuse Junior - Cabinet RH", "operations", "junior"),
    ("Téléprospectrice B2B", "sales-marketing", None),
    ("Auditrice interne confirmée", "operations", "senior"),
    ("Testeur logiciel", "software-engineer", None),
    ("Apprenti maçon", "other", "intern"),
    ("Ouvrier en maçonnerie", "other", None),
    ("Conductrice de travaux second oeuvre", "other", None),
    ("Magasinière cariste de nuit", "other", None),
    ("Livreur à vélo", "other", None),
    ("Cuisinière en collectivité", "other", None),
    ("Mécanicien poids lourds", "other", None),
    ("Enseignante de mathématiques", "other", None),
    ("Médecin coordinateur", "other", None),
    ("Chef des ventes grands comptes", "sales-marketing", None),
    ("Assistante de gestion", "operations", None),
    # Italian
    ("2 assistenti amministrativi part-time", "operations", None),
    ("Agente monomandatario settore energia", "sales-marketing", None),
    ("Selezionatrice junior", "operations", "junior"),
    ("Avvocato giuslavorista", "operations", None),
    ("Commercialista revisore", "operations", None),
    ("Segretaria di studio medico", "operations", None),
    ("Amministratore di sistemi Linux", "devops-engineer", None),
    ("Capo cantiere edile", "other", "lead"),
    ("Addetto al confezionamento alimentare", "other", None),
    ("Responsabile risorse umane", "operations", "lead"),
    ("Responsabile punto vendita abbigliamento", "operations", "lead"),
    ("Assistente sociale per il comune", "other", None),
    ("Perito assicurativo rami elementari", "operations", None),
    # Spanish
    ("Reclutadora IT", "operations", None),
    ("Tesorera municipal", "operations", None),
    ("Gerente de producto digital", "product-manager", "lead"),
    ("Analista de ciberseguridad", "security-engineer", None),
    ("Especialista en infraestructura tecnológica", "devops-engineer", None),
    ("Procuradora judicial", "operations", None),
    ("Jefa de tienda", "operations", "lead"),
    ("Asesora de servicio al cliente", "operations", None),
    ("Practicante de contabilidad", "operations", "intern"),
    ("Pasante de comunicación", "sales-marketing", "intern"),
    ("Auxiliar de almacén", "other", None),
    ("Cocinera para comedor escolar", "other", None),
    ("Mesera con experiencia", "other", None),
    ("Limpiadora de oficinas", "other", None),
    ("Profesora de primaria", "other", None),
    ("Albañil oficial de primera", "other", None),
    ("Repartidor en moto", "other", None),
    ("Supervisor de obra civil", "other", "lead"),
    ("Personal de limpieza para hospital", "other", None),
    ("Asistente social", "other", None),
    ("Recaudador de tributos", "operations", None),
    ("Jefe de contabilidad", "operations", "lead"),
]


@pytest.mark.parametrize(
    ("title", "role", "level"), LANG_CASES_FIS, ids=[c[0] for c in LANG_CASES_FIS]
)
def test_lang_cases_fis(title: str, role: str, level: str | None) -> None:
    got = classify(title)
    assert (got.role, got.level) == (role, level), got


# Invented titles of German, Dutch and Portuguese boards (not corpus titles): the job
# words of shops, kitchens, care, trades and offices read as the English ones (lang_gdp).
LANG_CASES_GDP = [
    ("Kellnerin im Frühdienst", "other", None),
    ("Jungkoch für Hotelküche", "other", None),
    ("Busfahrer im Linienverkehr", "other", None),
    ("Staplerfahrerin Wareneingang", "other", None),
    ("Mitarbeiterin im Sekretariat", "operations", None),
    ("Personalverrechnerin Teilzeit", "operations", None),
    ("Musiklehrerin für Volksschule", "other", None),
    ("Fachärztin für Innere Medizin", "other", None),
    ("Altenpflegerin Nachtdienst", "other", None),
    ("Montageschlosser für Stahlbau", "other", None),
    ("Kfz-Mechaniker Lehrling", "other", "intern"),
    ("Hausmeister für Wohnanlage", "other", None),
    ("Reinigungskraft Bürogebäude", "other", None),
    ("Verkaufsleiterin Region Süd", "sales-marketing", "lead"),
    ("Mitarbeiter Rechnungswesen", "operations", None),
    ("Grafiker für Werbeagentur", "designer", None),
    ("Medewerker Bediening Strandpaviljoen", "other", None),
    ("Heftruckchauffeur Nachtdienst", "other", None),
    ("Afwasser Hotelkeuken", "other", None),
    ("Tandartsassistente Kinderpraktijk", "other", None),
    ("Salarisadministrateur Parttime", "operations", None),
    ("Beveiliger Evenementen", "other", None),
    ("Medewerker Boekhouding", "operations", None),
    ("Grafisch Ontwerper Junior", "designer", "junior"),
    ("Financieel Medewerker Crediteuren", "operations", None),
    ("Beleidsmedewerker Wonen", "operations", None),
    ("Motorista de Caminhão Truck", "other", None),
    ("Cozinheira de Restaurante", "other", None),
    ("Garçonete Final de Semana", "other", None),
    ("Auxiliar de Limpeza Hospitalar", "other", None),
    ("Enfermeira do Trabalho", "other", None),
    ("Pedreiro de Acabamento", "other", None),
    ("Encarregado de Limpeza Predial", "other", "lead"),
    ("Chefe de Cozinha Executivo", "other", "lead"),
    ("Gerente de Projetos de Infraestrutura", "product-manager", None),
    ("Suporte Técnico Presencial", "operations", None),
    ("Testador de Software Júnior", "software-engineer", "junior"),
    ("Cabeleireira Profissional", "other", None),
]


@pytest.mark.parametrize(
    ("title", "role", "level"), LANG_CASES_GDP, ids=[c[0] for c in LANG_CASES_GDP]
)
def test_lang_cases_gdp(title: str, role: str, level: str | None) -> None:
    got = classify(title)
    assert (got.role, got.level) == (role, level), got


# Job words of Russian, Turkish, Polish and Indonesian everyday boards (invented titles,
# none of the lang_rtpi corpus).
LANG_CASES_RTPI = [
    ("Старший бухгалтер", "operations", "senior"),
    ("Начальник отдела продаж", "sales-marketing", "lead"),
    ("Повар горячего цеха", "other", None),
    ("Учитель английского языка", "other", None),
    ("Врач-терапевт", "other", None),
    ("Кладовщик на склад", "other", None),
    ("Торговый представитель FMCG", "sales-marketing", None),
    ("Агент по недвижимости", "sales-marketing", None),
    ("SMM-менеджер", "sales-marketing", None),
    ("Официант в кафе", "other", None),
    ("Уборщица в офис", "other", None),
    ("Шеф-повар ресторана", "other", "lead"),
    ("Guru Bahasa Inggris", "other", None),
    ("Dosen Teknik Informatika", "other", None),
    ("Bidan Klinik", "other", None),
    ("Kurir Motor", "other", None),
    ("Magang Akuntansi", "operations", "intern"),
    ("Manajer Keuangan", "operations", "lead"),
    ("Pengembang Perangkat Lunak", "software-engineer", None),
    ("Analis Keuangan", "operations", None),
    ("Sekretaris Direksi", "operations", None),
    ("Desainer Grafis", "designer", None),
    ("Starszy specjalista ds. płac", "operations", "senior"),
    ("Młodsza księgowa", "operations", "junior"),
    ("Kierowniczka działu kadr", "operations", "lead"),
    ("Magazynier z uprawnieniami UDT", "other", None),
    ("Nauczyciel matematyki", "other", None),
    ("Pielęgniarka oddziałowa", "other", None),
    ("Stażysta w dziale finansów", "operations", "intern"),
    ("Przedstawiciel handlowy", "sales-marketing", None),
    ("Muhasebe Şefi", "operations", "lead"),
    ("Aşçı Yardımcısı", "other", None),
    ("Depo Elemanı", "other", None),
    ("Öğretmen", "other", None),
    ("Temizlik Personeli", "other", None),
    ("Güvenlik Görevlisi", "other", None),
    ("Yazılımcı", "software-engineer", None),
]


@pytest.mark.parametrize(
    ("title", "role", "level"), LANG_CASES_RTPI, ids=[c[0] for c in LANG_CASES_RTPI]
)
def test_lang_cases_rtpi(title: str, role: str, level: str | None) -> None:
    got = classify(title)
    assert (got.role, got.level) == (role, level), got


# Everyday jobs of Chinese, Japanese and Korean boards (lang_cjk): invented titles,
# none from the corpus, in the words its real ones use (shop and checkout staff, couriers,
# cleaners, care and nursing, insurance claims, safety officers, graduate and mid-career hiring).
LANG_CASES_CJK = [
    ("物流公司招聘快递员", "other", None),
    ("超市收银员", "other", None),
    ("药店店员", "sales-marketing", None),
    ("商场导购（底薪+提成）", "sales-marketing", None),
    ("电子厂普工", "other", None),
    ("写字楼保洁阿姨", "other", None),
    ("仓库理货员", "other", None),
    ("外卖骑手", "other", None),
    ("医药代表（心血管）", "sales-marketing", None),
    ("储备干部（零售）", "operations", "junior"),
    ("管理培训生", "operations", "junior"),
    ("数据标注员", "other", None),
    ("专利代理师", "other", None),
    ("售后客服专员", "operations", None),
    ("工地资料员", "operations", None),
    ("准看護師（パート）", "other", None),
    ("介護職員（正社員）", "other", None),
    ("施設警備員", "other", None),
    ("客室清掃スタッフ", "other", None),
    ("企業内弁護士", "operations", None),
    ("新卒採用 営業職", "sales-marketing", "junior"),
    ("中途採用 経理", "operations", "senior"),
    ("보험심사 담당자", "operations", None),
    ("물류센터 피킹 사원", "other", None),
    ("경력사원 모집 보건관리자", "other", "senior"),
    ("안전보건관리자 채용", "other", None),
    ("택배 상하차 알바", "other", None),
    ("주방보조 파트타이머", "other", None),
    ("경영기획 담당", "operations", None),
    ("정보보안 담당자", "security-engineer", None),
    ("품질관리 사원", "other", None),
    ("초보가능 편의점 알바", "other", "junior"),
]


@pytest.mark.parametrize(
    ("title", "role", "level"), LANG_CASES_CJK, ids=[c[0] for c in LANG_CASES_CJK]
)
def test_lang_cases_cjk(title: str, role: str, level: str | None) -> None:
    got = classify(title)
    assert (got.role, got.level) == (role, level), got


# Classes from market_ae's train/dev rows (Bay Area biotech and pharma boards), eleventh
# session: invented titles in the words such boards use, none from the corpus.
ELEVENTH_SESSION_AE_CASES = [
    # A clinical trial's or study's manager runs the trial (a project): no rank of its own.
    ("Clinical Trial Manager", "other", None),
    ("Senior Clinical Trial Manager, Hematology", "other", "senior"),
    ("Clinical Trial Manager II", "other", "mid"),
    ("Clinical Study Manager (Phase 1)", "other", None),
    ("Manager, Clinical Trials", "other", "lead"),
    # Clinical operations run drug trials: clinical work, not the company's operations.
    ("VP Clinical Operations", "other", "executive"),
    ("Senior Director of Clinical Ops", "other", "executive"),
    ("Head of Clinical Trial Operations", "other", "executive"),
    ("Clinical Operations Lead, Oncology", "other", "lead"),
    ("Operations Manager, Clinic", "operations", "lead"),
    # Quality assurance of trials, plants and labs (GCP, GMP, GLP) audits them: no software.
    ("Director of Quality Assurance, Clinical", "other", "executive"),
    ("Senior Manager, GMP Quality Assurance", "other", "lead"),
    ("Head of GxP Quality Assurance", "other", "executive"),
    ("Director, Quality Assurance", "software-engineer", "executive"),
    ("Quality Assurance Engineer, Clinical Software", "software-engineer", None),
    # Molecules, vectors and stages of drug research are lab science; a bioengineer
    # engineers tissue and devices.
    ("Research Associate II, Lentiviral Vector Production", "other", "mid"),
    ("Senior Research Associate, Preclinical Pharmacology", "other", "senior"),
    ("Scientist, DNA Encoded Library Screening", "other", None),
    ("Associate Scientist, Plasmid DNA", "other", "junior"),
    ("Bioengineer II", "other", "mid"),
    ("Senior Bioengineer, Medical Devices", "other", "senior"),
    ("Machine Learning Scientist, DNA Sequence Models", "research-scientist", None),
    # Partnering is pharma's word for partnerships and licensing deals.
    ("Head of Partnering, Europe", "sales-marketing", "executive"),
    ("Partnering Lead, Oncology", "sales-marketing", "lead"),
    ("Senior Partnering Manager", "sales-marketing", "senior"),
    # One job named at two ranks is no second, technical, job.
    ("Research Associate / Senior Research Associate", "other", None),
    ("Scientist / Senior Scientist", "other", None),
    ("Research Scientist / Senior Research Scientist", "research-scientist", None),
    # "Research" after a scientist beside a lab science is the lab's research.
    ("Scientist, Antibody Research", "other", None),
    ("Senior Scientist, Cell Therapy Research", "other", "senior"),
    ("Scientist II, Vaccine Research", "other", "mid"),
    ("Scientist, Research", "research-scientist", None),
    ("Senior Scientist, Research, Machine Learning", "research-scientist", "senior"),
]


# Eleventh session, market_ad's train/dev classes (invented titles in the boards' forms):
# each class with the neighbours it must leave alone.
ELEVENTH_SESSION_AD_CASES: list[tuple[str, str, str | None]] = [
    # Intelligence analysts analyse collected information: data analysts, whatever
    # subject follows ("CI" is counterintelligence, not continuous integration);
    # threat intelligence stays security.
    ("All-Source Intelligence Analyst (TS/SCI)", "data-analyst", None),
    ("Intelligence Analyst III - CI/HUMINT", "data-analyst", "senior"),
    ("OSINT Analyst - Open Source Exploitation", "data-analyst", None),
    ("Junior Geospatial Intelligence Analyst", "data-analyst", "junior"),
    ("Cyber Threat Intelligence Analyst", "security-engineer", None),
    ("Business Intelligence Analyst II", "data-analyst", "mid"),
    # Business analysis under its other names: requirements and solutions analysts, and
    # British MI (management information) analysts and developers who report.
    ("Senior Requirements Analyst - Benefits Platform", "data-analyst", "senior"),
    ("Business Solutions Analyst (Claims)", "data-analyst", None),
    ("MI Analyst - Collections", "data-analyst", None),
    ("Graduate MI Developer", "data-analyst", "junior"),
    ("Management Information Analyst", "data-analyst", None),
    # Quantitative analytics models prices and risk: data science, as quantitative
    # analysts are; plain analytics stays data analysis.
    ("Quantitative Analytics Associate - Rates", "data-scientist", None),
    ("Senior Quant Analytics Specialist", "data-scientist", "senior"),
    ("Analytics Associate - Retail Banking", "data-analyst", None),
    # Deep-learning compilers are ML compilers (the platform under models); a bare
    # compiler engineer builds software.
    ("Deep Learning Compiler Engineer - Graduate", "mlops-engineer", "junior"),
    ("Staff Software Engineer, Deep Learning Compilers", "mlops-engineer", "lead"),
    ("Compiler Engineer (LLVM)", "software-engineer", None),
    # Programmatic (automated) buying of advertising is media buying; a software engineer
    # of it builds software.
    ("Programmatic Analyst - DSP Campaigns", "sales-marketing", None),
    ("Programmatic Specialist, Paid Media", "sales-marketing", None),
    ("Software Engineer, Programmatic", "software-engineer", None),
    # Processing of radar, radio and sensor signals is electrical engineering, and
    # anti-tamper protects hardware; a software engineer of either builds software.
    ("Radar Signal Processing Engineer II", "other", "mid"),
    ("Principal Anti-Tamper Engineer", "other", "lead"),
    ("Senior Software Engineer - Signal Processing", "software-engineer", "senior"),
    # Campus hires are graduates' jobs; a campus recruiter keeps no rank.
    ("Software Engineer (Campus Hire 2027)", "software-engineer", "junior"),
    ("Risk Analyst - Campus Hires - Toronto", "operations", "junior"),
    ("Campus Recruiter", "operations", None),
    # A strategy of data is data work, not the business's strategy.
    ("Data Strategy Consultant - Public Sector", "data-analyst", None),
    ("Manager, Data Strategy & Governance", "data-analyst", "lead"),
    ("Corporate Strategy Associate", "operations", None),
]


# The classes the eleventh session fixed from market_ac's train and dev rows (Senegalese
# boards, India's capability centres, a Spanish school board): invented titles in the
# words the real ones use, none of them a corpus row. (title, role, level)
ELEVENTH_SESSION_AC_CASES = [
    # French plurals a plain "s" does not undo: salespeople and agents of a trade.
    ("Commerciaux Sédentaires", "sales-marketing", None),
    ("Six Conseillers Commerciaux - Thiès", "sales-marketing", None),
    ("Agents de sécurité - Site industriel", "other", None),
    ("Agents d'entretien (H/F)", "other", None),
    ("AI Agents Engineer", "ai-engineer", None),
    # "Coordonnateur/Coordonnatrice" coordinates, as "Coordinateur" does; lifting with
    # cranes is rigging's work in English and French.
    ("Coordonnatrice du programme Eau et Assainissement", "operations", None),
    ("Coordonnateur des ventes - Kaolack", "sales-marketing", None),
    ("Heavy Lifting Coordinator", "other", None),
    ("Coordinatrice Levage et Manutention", "other", None),
    # The cloud a software builder's work runs on is a skill, as "Cloud" is (the guide).
    ("Software Engineer II - AWS", "software-engineer", "mid"),
    ("Senior Full Stack Developer (Azure)", "software-engineer", "senior"),
    ("DevOps Engineer - GCP", "devops-engineer", None),
    # French data entry keys data in (operations), as English "Data Entry Clerk" does.
    ("Opératrice de saisie (H/F)", "operations", None),
    ("Agent de saisie des données comptables", "operations", None),
    # Health, safety and environment of workers and sites, in French and Spanish.
    ("Animatrice Hygiène Sécurité Environnement", "other", None),
    ("Responsable QHSE - Site de production", "other", "lead"),
    ("Técnico de Seguridad y Salud en el Trabajo", "other", None),
    ("Ingénieure Environnement (H/F)", "other", None),
    ("Responsable Sécurité Informatique", "security-engineer", "lead"),
    # French and Spanish office words: purchasing, legal affairs, supply, labour relations.
    ("Spécialiste achats indirects", "operations", None),
    ("Chargée d'études juridiques", "operations", None),
    ("Analyste chaîne d'approvisionnement", "operations", None),
    ("Técnica de Relaciones Laborales y Nóminas", "operations", None),
    # A French "gérant(e)" runs a shop or salon (operations, lead), but a gérant(e)
    # d'immeubles manages buildings (no level).
    ("Gérant de boutique - Dakar", "operations", "lead"),
    ("Gérante de salon de coiffure", "operations", "lead"),
    ("Gérante d'immeubles (H/F)", "operations", None),
    # A French customer adviser serves customers; a sales adviser sells.
    ("Conseillère Client Bilingue - Centre d'appels", "operations", None),
    ("Conseillers clients (H/F) - Télétravail", "operations", None),
    ("Conseiller Commercial Terrain", "sales-marketing", None),
    # A "chef cuisinier" heads the kitchen, as a "chef de cuisine" does.
    ("Chef Cuisinier - Hôtel 4 étoiles", "other", "lead"),
    ("Chef cuisinière (H/F)", "other", "lead"),
    # The French plural in brackets, alone or after the gender, is the one noun.
    ("Chargé(s) d'affaires B2B", "sales-marketing", None),
    ("Chargé(e)s de clientèle", "operations", None),
    ("Technicien(ne)s de maintenance", "other", None),
    # French development of people is HR; French teaching ("pédagogique") is a school's.
    ("Chargée de développement des compétences", "operations", None),
    ("Responsable Développement RH - Groupe", "operations", "lead"),
    ("Coordinatrice pédagogique - Lycée", "other", None),
    ("Responsable Pédagogique Formation Continue", "other", "lead"),
    # Closing and servicing loans is a bank's back office; a loan officer sells them.
    ("Loan Closing Specialist II", "operations", "mid"),
    ("Senior Loan Servicing Analyst", "operations", "senior"),
    ("Mortgage Loan Officer", "sales-marketing", None),
    # Trades' back office (lifecycle, settlement, support) is banking operations.
    ("Trade Lifecycle Management Associate", "operations", None),
    ("Senior Trade Support Analyst - Equities", "operations", "senior"),
    ("Trade Marketing Manager", "sales-marketing", None),
    # A cost engineer estimates a plant's or a project's costs (physical engineering).
    ("Senior Cost Engineer - Refinery Projects", "other", "senior"),
    ("Cost Engineering Lead", "other", "lead"),
    # Network engineers by their vendor, networks and certificates; a software engineer
    # of the vendor's products still builds software.
    ("Cisco Collaboration Engineer", "devops-engineer", None),
    ("Senior SD-WAN Engineer", "devops-engineer", "senior"),
    ("LAN/WAN Administrator (m/w/d)", "devops-engineer", None),
    ("Software Engineer II - Cisco Meraki", "software-engineer", "mid"),
]


# Classes of ESCO's French and Spanish occupation labels (esco_fr, esco_es; eleventh
# session), from their train/dev misses: invented titles in the way French and Spanish ads
# write them, none from the corpora.
ELEVENTH_SESSION_ESCO_CASES = [
    # Statisticians, actuaries, economists and bioinformaticians, both genders.
    ("Statisticien / Statisticienne (H/F)", "data-scientist", None),
    ("Actuaire Senior - Assurance Vie", "data-scientist", "senior"),
    ("Estadístico para encuestas de hogares", "data-scientist", None),
    ("Actuaria de seguros de vida", "data-scientist", None),
    ("Bioinformaticienne (CDD 18 mois)", "data-scientist", None),
    ("Bioinformático/a en genómica", "data-scientist", None),
    ("Biométricien en essais cliniques", "data-scientist", None),
    # ... but a French "économiste de la construction" costs buildings.
    ("Économiste de la construction H/F", "other", None),
    # A shop's head runs the shop, whatever it sells; a French "gérant(e)" manages one.
    ("Gérant de boulangerie H/F", "operations", "lead"),
    ("Gérante de magasin de jouets (CDI)", "operations", "lead"),
    ("Responsable de magasin informatique", "operations", "lead"),
    ("Gerente de tienda de electrónica", "operations", "lead"),
    ("Responsable de tienda de telefonía", "operations", "lead"),
    ("Encargado/a de tienda de ropa", "operations", "lead"),
    ("Responsable de boutique prêt-à-porter", "operations", "lead"),
    # Spanish directors and administrators of both genders; distribution and trade.
    ("Directora financiera", "operations", "executive"),
    ("Administradora de redes", "devops-engineer", None),
    ("Especialista en importación y exportación de textiles", "operations", None),
    # French and Spanish name the discipline first and its object after a second "de".
    ("Director/a de distribución de maquinaria industrial", "operations", "executive"),
    ("Responsable import-export de machines agricoles H/F", "operations", "lead"),
    ("Responsable de la logistique distribution de produits frais", "operations", "lead"),
    ("Jefe de ventas de software", "sales-marketing", "lead"),
    # Marketing, advertising, PR, the press, e-commerce, social media and SEO.
    ("Chargé(e) des relations publiques", "sales-marketing", None),
    ("Attachée de presse H/F", "sales-marketing", None),
    ("Opérateur de presse à injection", "other", None),
    ("Gestor/a de comercio electrónico", "sales-marketing", None),
    ("Responsable de mercadotecnia", "sales-marketing", "lead"),
    ("Directrice de la publicité", "sales-marketing", "executive"),
    ("Especialista en redes sociales", "sales-marketing", None),
    ("Especialista en optimización de motores de búsqueda (SEO)", "sales-marketing", None),
    ("Responsable de la communauté en ligne", "sales-marketing", "lead"),
    # "TIC" and Spanish "TI" are IT: its security, forensics, testers, help desks, accounts.
    ("Analista de seguridad de TI", "security-engineer", None),
    ("Técnico/a de seguridad de TIC", "security-engineer", None),
    ("Especialista en informática forense", "security-engineer", None),
    ("Hacker éthique (pentest)", "security-engineer", None),
    ("Chef de produit TIC", "product-manager", None),
    ("Probador/a de aplicaciones móviles", "software-engineer", None),
    ("Gestor/a de servicio de asistencia de TI", "operations", None),
    ("Instructora en TIC", "other", None),
    ("Gestor/a de cuentas de TI", "sales-marketing", None),
    ("Auxiliar de cuentas por pagar", "operations", None),
    # Office work of courts, customs, data entry, treasuries, tax, audit and recruiting.
    ("Greffier / Greffière (H/F)", "operations", None),
    ("Agente de aduanas", "operations", None),
    ("Déclarant en douane H/F", "operations", None),
    ("Opératrice de saisie (intérim)", "operations", None),
    ("Sténotypiste judiciaire", "operations", None),
    ("Trésorière d'entreprise", "operations", None),
    ("Fiscaliste confirmé", "operations", "senior"),
    ("Auditora interna", "operations", None),
    ("Cazatalentos IT", "operations", None),
    # User experience, interfaces and usability are design; a bare "concepteur" is not.
    ("Analyste expérience utilisateur (UX) H/F", "designer", None),
    ("Concepteur d'interface utilisateur", "designer", None),
    ("Conceptrice multimédia", "designer", None),
    ("Experto/a en usabilidad web", "designer", "senior"),
    ("Diseñador de interfaz de usuario", "designer", None),
    ("Concepteur développeur Java", "software-engineer", None),
    # Business and functional analysts, market research and competitive intelligence.
    ("Analyste d'affaires junior", "data-analyst", "junior"),
    ("Analista funcional SAP", "data-analyst", None),
    ("Analista de negocio (banca)", "data-analyst", None),
    ("Chargée d'études de marché H/F", "data-analyst", None),
    ("Chargé de veille concurrentielle", "data-analyst", None),
    # Pre-sales and sales engineers, medical sales reps, spokespeople, brand managers.
    ("Ingeniero/a de preventa cloud", "sales-marketing", None),
    ("Ingénieur des ventes H/F", "sales-marketing", None),
    ("Déléguée médicale (oncologie)", "sales-marketing", None),
    ("Visitador médico zona norte", "sales-marketing", None),
    ("Porte-parole", "sales-marketing", None),
    ("Cheffe de marque junior", "sales-marketing", "junior"),
    ("Chef de publicité digitale", "sales-marketing", None),
    # Spanish typists, bookkeepers, court transcribers, ship agents, freight forwarders.
    ("Mecanógrafa con experiencia", "operations", None),
    ("Tenedor/a de libros", "operations", None),
    ("Transcriptor/a judicial", "operations", None),
    ("Consignatario de buques", "operations", None),
    ("Transitaria internacional", "operations", None),
    # French administrators of systems, networks and databases of both genders.
    ("Administratrice de bases de données H/F", "devops-engineer", None),
    ("Administratrice systèmes et réseaux", "devops-engineer", None),
    ("Administrateur base de données Oracle", "devops-engineer", None),
    # Social workers in French and Spanish; an assistant of social media still sells.
    ("Assistante sociale en EHPAD", "other", None),
    ("Assistant de service social H/F", "other", None),
    ("Trabajadora social (media jornada)", "other", None),
    ("Assistant Social Media Manager", "sales-marketing", "junior"),
    # Designers of jewellery, fashion, interiors, landscapes and sound: other, as in English.
    ("Diseñador/a de joyas", "other", None),
    ("Diseñadora de moda infantil", "other", None),
    ("Designer d'intérieur H/F", "other", None),
    ("Diseñador paisajista", "other", None),
    ("Jefe de cocina", "other", "lead"),
    ("Diseñador gráfico", "designer", None),
    # Health and safety at work, food and fire safety are not information security.
    ("Ingénieur hygiène sécurité environnement", "other", None),
    ("Responsable sécurité au travail H/F", "other", "lead"),
    ("Técnico/a de seguridad e higiene", "other", None),
    ("Chargée de sécurité alimentaire", "other", None),
    ("Ingénieur sécurité informatique", "security-engineer", None),
    # Pharmaceutical goods are no pharmacist: the distribution or trade decides.
    ("Director de distribución de productos farmacéuticos", "operations", "executive"),
    ("Técnico de calidad en industria farmacéutica", "other", None),
    ("Farmacéutico/a", "other", None),
    ("Director de productos", "product-manager", "executive"),
    # Representatives, coordinators, company heads, HR directors, receptionists, call
    # centres, executive assistants, chief executives.
    ("Représentante du service clientèle", "operations", None),
    ("Coordonnatrice mobilité internationale", "operations", None),
    ("Téléacteur / Téléactrice", "operations", None),
    ("Agente d'accueil (temps partiel)", "operations", None),
    ("Attachée de direction", "operations", None),
    ("Representante de comercio", "sales-marketing", None),
    ("Biometrista", "data-scientist", None),
    # Help desks and technical support in French and Spanish are support work.
    ("Agent d'assistance informatique", "operations", None),
    ("Responsable help desk informatique", "operations", "lead"),
    ("Agente de apoyo técnico", "operations", None),
]


# Eleventh session, Romance floor and trade heads (encargado/a, especialista, supervisor/a,
# responsable, técnico/a, jefe/a and their French, Portuguese and Italian kin) before a
# trade or a goods word: invented titles in the boards' formats.
ELEVENTH_SESSION_ROMANCE_CASES = [
    # A specialist names the discipline after "en"/"em", its goods after a second "de".
    ("Especialista en logística de maquinaria agrícola", "operations", None),
    ("Especialista en logística de productos químicos (Zaragoza)", "operations", None),
    ("Especialista em logística de peças automotivas", "operations", None),
    ("Especialista en marketing de bebidas", "sales-marketing", None),
    # A floor or trade head of goods, materials, plant processes, farms or personal
    # services works in the trade (`other`); the office around the goods keeps its role.
    ("Encargado/a de envasado de frutas - Turno noche", "other", "lead"),
    ("Supervisora de fermentación (bodega de vinos)", "other", "lead"),
    ("Responsable de andamios y grúas", "other", "lead"),
    ("Especialista en colocación de tuberías PVC", "other", None),
    ("Especialista en estética facial", "other", None),
    ("Encargado de cultivos hortícolas - Almería", "other", "lead"),
    ("Agent de conditionnement (H/F)", "other", None),
    ("Responsabile verniciatura", "other", "lead"),
    ("Supervisor de ventas de bebidas", "sales-marketing", "lead"),
    ("Responsable de distribución de productos lácteos", "operations", "lead"),
    ("Encargado de tienda de vinos", "operations", "lead"),
    ("Gérante de boulangerie", "operations", "lead"),
    # The head of a warehouse runs the site, whatever it stores.
    ("Jefe de almacén - Sector alimentación", "operations", "lead"),
    ("Gerente de almacén de repuestos", "operations", "lead"),
    ("Chef magasinier (H/F)", "operations", None),
    # (Its level was the code's output then: `lead` since the fifteenth session, as
    # lang_gdp's "Responsável de Armazém" is labelled.)
    ("Responsável de Armazém - Guarulhos", "operations", "lead"),
    # Category management of goods sells, as "Category Manager" does.
    ("Gestora de categorías de productos frescos", "sales-marketing", None),
    ("Responsable catégorie de produits bazar H/F", "sales-marketing", "lead"),
    # A French agent of all-round upkeep, guarding or remote monitoring is a front-line
    # worker; an agent of an office's work keeps it.
    ("Agent polyvalent de maintenance (H/F) - CDI", "other", None),
    ("Agent de sûreté aéroportuaire H/F", "other", None),
    ("Agente de télésurveillance de nuit", "other", None),
    ("Agent administratif (H/F)", "operations", None),
    # Supervisors and clerks of data entry key data in; purchasing of goods is buying.
    ("Supervisora de grabación de datos - Turno tarde", "operations", "lead"),
    ("Capturista de datos (medio tiempo)", "operations", None),
    ("Addetta inserimento dati - Milano", "operations", None),
    ("Especialista en compra de materias primas textiles", "operations", None),
    # Environmental protection is the environment's work, as "environnement" is.
    ("Especialista ambiental - Proyectos de riego", "other", None),
    ("Analista de Meio Ambiente Pleno", "other", "mid"),
    # An office of a civil registry, a shipping agent and a trader of goods keep office
    # work, whatever the civil, sea or timber word after them.
    ("Auxiliar administrativo/a de registro civil (interinidad)", "operations", None),
    ("Agent maritime import (H/F)", "operations", None),
    ("Négociante en vins", "operations", None),
    # Romance plural "products" of goods names goods, no product managed; of software it
    # still is product management.
    ("Responsable transport de produits pétroliers (H/F)", "operations", "lead"),
    ("Gerente de productos congelados - Zona Norte", "operations", "lead"),
    ("Responsable produits SaaS H/F", "product-manager", "lead"),
    ("Gerente de Productos Financieros", "product-manager", "lead"),
    # A brand is marketing's; a car dealership is a site its head runs.
    ("Gerente de marca - Bebidas", "sales-marketing", "lead"),
    ("Coordinadora de marca (retail moda)", "sales-marketing", None),
    ("Gerente de concesionario Toyota", "operations", "lead"),
]


# The lead's classes from market_af's train/dev rows after its one scoring (eleventh
# session; invented titles): an Italian "addetto" of canteens, cooking, cleaning, guarding
# and building custody works with hands, as its office and sales namesakes do not; the
# design of chips and boards is hardware, not product design.
ELEVENTH_SESSION_LEAD_CASES: list[tuple[str, str, str | None]] = [
    ("Addetto mensa aziendale", "other", None),
    ("Addetta alle pulizia uffici", "other", None),
    ("Addetti alla cottura - turno mattina", "other", None),
    ("Addetto vigilanza notturna", "other", None),
    ("Operai addetti al magazzino", "other", None),
    ("Personale addetto alla custodia di edifici", "other", None),
    ("Canteen Assistant", "other", None),
    ("Cooking Assistant - Care Home", "other", None),
    ("Addetto amministrativo", "operations", None),
    ("Addetto alle vendite", "sales-marketing", None),
    ("Chip Design Manager", "other", "lead"),
    ("Head of Silicon Design", "other", "executive"),
    ("FPGA Design Lead", "other", "lead"),
    ("Hardware Design Director", "other", "executive"),
    ("Product Design Director", "designer", "executive"),
    ("Design Director, Mobile App", "designer", "executive"),
]


# Classes from market_ag's train/dev rows after its one scoring (Saudi boards, eleventh
# session's follow-up; invented titles). Arabic fields of two words in the other order:
# business development, social media, content and influencer marketing sell; a delivery
# representative drives; the reception's employee is its receptionist; administrative
# work is office work.
ELEVENTH_SESSION_AG_CASES: list[tuple[str, str, str | None]] = [
    ("أخصائي تطوير الأعمال", "sales-marketing", None),
    ("مدير تطوير أعمال - الرياض", "sales-marketing", "lead"),
    ("مسؤول التواصل الاجتماعي", "sales-marketing", None),
    ("منسقة سوشيال ميديا", "sales-marketing", None),
    ("كاتبة محتوى", "sales-marketing", None),
    ("منسق تسويق المؤثرين", "sales-marketing", None),
    ("مندوب توصيل - جدة", "other", None),
    ("مندوبة توصيل طلبات", "other", None),
    ("مندوب مبيعات ميداني", "sales-marketing", None),
    ("موظفة استقبال - عيادة أسنان", "operations", None),
    ("مشرف استقبال فندق", "operations", "lead"),
    ("مساعد إداري", "operations", None),
    ("موظفة إدارية", "operations", None),
    # "Merchandizer" as Gulf and Indian boards spell it; building information modelling
    # and wet utility networks are civil engineering; an academic dean heads a faculty.
    ("Merchandizer - Hypermarket", "sales-marketing", None),
    ("Visual Merchandizing Executive", "sales-marketing", None),
    ("BIM Modeler (Revit)", "other", None),
    ("Lead BIM Coordinator - Infrastructure", "other", "lead"),
    ("Wet Utilities Design Engineer", "other", None),
    ("Dean of Computer Science", "other", "executive"),
    ("Dean, School of Nursing", "other", "executive"),
    # Hygiene officers keep food and premises clean and safe.
    ("Food Hygiene Officer", "other", None),
    ("Hygiene Supervisor - Night Shift", "other", "lead"),
]


# Classes of ESCO's German, Italian, Dutch, Polish and Portuguese occupation labels
# (esco_de .. esco_pt; twelfth session), from their train/dev misses: invented titles in
# the way ads of those languages write them, none from the corpora.
TWELFTH_SESSION_ESCO_CASES = [
    # A German feminine the vocabulary lists beside its masculine (a rank, a job noun)
    # reads as the masculine does.
    ("Geschäftsführerin (m/w/d)", "operations", "executive"),
    ("Leiterin einer Bäckereifiliale", "operations", "lead"),
    ("Leiterin eines Modegeschäfts", "operations", "lead"),
    ("Bereichsleiterin Finanzen", "operations", "executive"),
    ("Systemadministratorin Linux (m/w/d)", "devops-engineer", None),
    # A German "Anwalt"/"Anwältin" of any field or office is a lawyer, as a
    # "Rechtsanwalt" is.
    ("Fachanwältin Arbeitsrecht (m/w/d)", "operations", None),
    ("Staatsanwalt", "operations", None),
    ("Syndikusanwalt / Syndikusanwältin", "operations", None),
    ("Anwältin für Familienrecht", "operations", None),
    # German office job nouns glued to the field they keep: administrators of funds and
    # estates, placement agents, typists and stenographers, buyers, bookkeepers.
    ("Insolvenzverwalterin (m/w/d)", "operations", None),
    ("Arbeitsvermittler/in Jobcenter", "operations", None),
    ("Stenotypistin in Teilzeit", "operations", None),
    ("Textileinkäuferin", "operations", None),
    ("Buchführer (m/w/d)", "operations", None),
    ("Netzwerkverwalter", "devops-engineer", None),
    # German statisticians, actuaries, econometricians and economists of both genders
    # are data scientists, as in English.
    ("Wirtschaftsstatistikerin (m/w/d)", "data-scientist", None),
    ("Aktuar (m/w/d) Lebensversicherung", "data-scientist", None),
    ("Volkswirtin", "data-scientist", None),
    ("Statistiker/in Gesundheitsdaten", "data-scientist", None),
    # German sales and marketing words, alone or glued: representatives, advertising,
    # spokespeople, marketers, sales technicians.
    ("Handelsvertreter (m/w/d) für Solaranlagen", "sales-marketing", None),
    ("Pressesprecherin der Stadtwerke", "sales-marketing", None),
    ("Werbetexterin (m/w/d)", "sales-marketing", None),
    ("Vertriebstechniker Außendienst", "sales-marketing", None),
    ("Werbeleiterin", "sales-marketing", "lead"),
    # German finance and office words glued to a job noun: controllers, auditors,
    # directors of finance, clerks of files and credit, payroll, offices.
    ("Finanzcontrollerin (m/w/d)", "operations", None),
    ("Innenrevisor/in", "operations", None),
    ("Aktenbearbeiterin", "operations", None),
    ("Gehaltsverrechner (m/w/d)", "operations", None),
    ("Büroassistentin in Teilzeit", "operations", None),
    ("Finanzdirektorin", "operations", "executive"),
    # Italian office job nouns: distribution planners, importers and exporters,
    # shopkeepers ("esercente"), managers ("gestore"), typists.
    ("Pianificatore della distribuzione - settore chimico", "operations", None),
    ("Importatore-esportatore di vini", "operations", None),
    ("Esercente di tabaccheria", "operations", None),
    ("Gestore stazione di servizio", "operations", "lead"),
    ("Dattilografa part-time", "operations", None),
    # An Italian "responsabile" heads a unit as a French "responsable" does; Italian names
    # the discipline first and its object after a second "di" ("della", "dei", ...).
    ("Responsabile della contabilità (Milano)", "operations", "lead"),
    ("Responsabile di supermercato", "operations", "lead"),
    ("Responsabile della distribuzione di bevande", "operations", "lead"),
    ("Responsabile della logistica di macchinari agricoli", "operations", "lead"),
    # Italian office words: international trade and supply chains, treasurers, auditors,
    # stenographers, customs, tax specialists, accountants of both genders.
    ("Responsabile del commercio internazionale di prodotti chimici", "operations", "lead"),
    ("Responsabile della catena di fornitura di mobili", "operations", "lead"),
    ("Tesoriera d'impresa", "operations", None),
    ("Revisore dei conti junior", "operations", "junior"),
    ("Stenotipista giudiziaria", "operations", None),
    ("Fiscalista senior", "operations", "senior"),
    ("Ragioniera con esperienza", "operations", None),
    # A Dutch "hoofd" or "afdelingshoofd" heads a unit as a "head" does; distribution and
    # customs matters are office subjects.
    ("Hoofd distributie chemische producten", "operations", "executive"),
    ("Hoofd douanezaken", "operations", "executive"),
    ("Hoofd verkoop Benelux", "sales-marketing", "executive"),
    # The Dutch feminine "-ster" of a job noun in "-er" reads as the job noun does.
    ("Bedrijfsleidster supermarkt", "operations", "lead"),
    ("Boekhoudster (32 uur)", "operations", None),
    ("Grafisch ontwerpster", "designer", None),
    ("Baliemedewerkster", "operations", None),
    # Portuguese distribution, import and export are office subjects, as the Spanish ones.
    ("Diretor de distribuição de bebidas", "operations", "executive"),
    ("Diretora de importação e exportação de vinhos", "operations", "executive"),
    ("Gestor de exportação", "operations", None),
    # Polish fields of marketing and of ICT security, named in the genitive after the job.
    ("Specjalista ds. reklamy", "sales-marketing", None),
    ("Kierownik ds. mediów społecznościowych", "sales-marketing", "lead"),
    ("Specjalistka ds. handlu elektronicznego", "sales-marketing", None),
    ("Kierownik ds. bezpieczeństwa TIK", "security-engineer", "lead"),
    ("Dyrektor ds. bezpieczeństwa technologii informatycznych", "security-engineer", "executive"),
    # Polish and Portuguese makers of software: a "twórca" or "deweloper" of applications
    # or games develops them; testers of games; applications ("aplicações").
    ("Twórca aplikacji mobilnych", "software-engineer", None),
    ("Twórca gier (Unity)", "software-engineer", None),
    ("Deweloper aplikacji webowych", "software-engineer", None),
    ("Testerzy gier", "software-engineer", None),
    # German marketing and market-research fields glued to a job noun.
    ("Kommunikationsmanagerin (m/w/d)", "sales-marketing", None),
    ("Markenmanager Food", "sales-marketing", None),
    ("Warengruppenmanagerin Textil", "sales-marketing", None),
    ("Marktforschungsanalyst (m/w/d)", "data-analyst", None),
    ("Marktforscherin", "data-analyst", None),
    # Dutch statisticians, actuaries and economists are data scientists; Dutch
    # representatives, marketers and spokespeople sell.
    ("Statisticus", "data-scientist", None),
    ("Schade-actuaris", "data-scientist", None),
    ("Econome", "data-scientist", None),
    ("Handelsvertegenwoordiger chemie", "sales-marketing", None),
    ("Internetmarketeer", "sales-marketing", None),
    ("Woordvoerster", "sales-marketing", None),
    # A Romance engineer named in both genders ("Engenheiro .../Engenheira ...") names
    # no software work by its second noun: a physical engineer stays one.
    ("Engenheiro térmico/Engenheira térmica", "other", None),
    ("Engenheiro de processos/Engenheira de processos", "other", None),
    ("Ingeniero/Ingeniera de caminos", "other", None),
    ("Engenheiro de software/Engenheira de software", "software-engineer", None),
    # Polish fields of health care, forests and farms; doctors and pharmacists.
    ("Asystentka stomatologiczna", "other", None),
    ("Asystent fizjoterapii", "other", None),
    ("Doradca ds. leśnictwa", "other", None),
    ("Kierownik produkcji rolnej", "other", "lead"),
    ("Lekarz - specjalista chorób wewnętrznych", "other", None),
    # Italian processes, machines and goods of plants and workshops are the trade's: the
    # "addetto" or "responsabile" of them works on the shop floor.
    ("Addetto allo stampaggio a iniezione", "other", None),
    ("Addetta alla tintura di tessuti", "other", None),
    ("Addetto macchine centrifughe", "other", None),
    ("Responsabile della lucidatura di gioielli", "other", "lead"),
    ("Addetta amministrativa", "operations", None),
    # Portuguese marketing, PR, e-commerce, online communities and search engines, and
    # sales and pre-sales engineers, as the Spanish ones.
    ("Gestora de comércio eletrónico", "sales-marketing", None),
    ("Gestor de comunidades online", "sales-marketing", None),
    ("Especialista em otimização de motores de busca", "sales-marketing", None),
    ("Diretora de relações públicas", "sales-marketing", "executive"),
    ("Especialista em publicidade digital", "sales-marketing", None),
    ("Engenheiro de vendas (B2B)", "sales-marketing", None),
    # Italian advertising, promotions, PR, communication, search engines, spokespeople and
    # medical sales representatives sell.
    ("Responsabile delle pubbliche relazioni", "sales-marketing", "lead"),
    ("Direttrice della pubblicità", "sales-marketing", "executive"),
    ("Coordinatrice delle promozioni", "sales-marketing", None),
    ("Portavoce", "sales-marketing", None),
    ("Informatore scientifico del farmaco", "sales-marketing", None),
    ("Responsabile della comunicazione", "sales-marketing", "lead"),
    # German office fields glued before a job noun: administration, audits.
    ("Verwaltungsassistentin (m/w/d)", "operations", None),
    ("Prüfungsassistent Wirtschaftsprüfung", "operations", None),
    # A Dutch "verantwoordelijke" heads a unit as a French "responsable" does; Dutch office
    # words: offices, buyers, secretaries, accountants glued to their field.
    ("Verantwoordelijke contactcenter", "operations", None),
    ("Kantoormedewerker (32u)", "operations", None),
    ("Inkoopster textiel", "operations", None),
    ("Registeraccountant", "operations", None),
    ("Secretaris", "operations", None),
    # Polish office words: lawyers, auditors, billing clerks, typists (not a train's
    # "maszynista"), receptionists, secretaries, freight forwarders.
    ("Adwokat", "operations", None),
    ("Audytor wewnętrzny", "operations", None),
    ("Fakturzystka", "operations", None),
    ("Maszynistka", "operations", None),
    ("Maszynista", "other", None),
    ("Sekretarz zarządu", "operations", None),
    ("Spedytor międzynarodowy", "operations", None),
    # Portuguese office words: accountants, clerks of insurers and courts, treasurers,
    # receptionists, customs brokers, typists.
    ("Contabilista certificado", "operations", None),
    ("Escriturária de seguros", "operations", None),
    ("Escrivão de direito", "operations", None),
    ("Tesoureira", "operations", None),
    ("Rececionista de hotel", "operations", None),
    ("Despachante aduaneiro", "operations", None),
    # Italian buyers and claims adjusters.
    ("Compratrice di prodotti informatici", "operations", None),
    ("Liquidatrice sinistri auto", "operations", None),
]


# market_ah (twelfth session), classes of its train/dev rows, invented titles of each:
# Eastern European boards' "Middle+" grade is a middle grade and above (`mid`).
TWELFTH_SESSION_AH_CASES: list[tuple[str, str, str | None]] = [
    ("Middle+ Java Developer", "software-engineer", "mid"),
    ("Middle+ Automation QA Engineer (Remote)", "software-engineer", "mid"),
    ("Middle+/Senior Data Engineer", "data-engineer", "mid"),
    # A test engineer abroad (German, French, Spanish) with no software word tests
    # machines, vehicles and plants; one that names software builds it.
    ("Testingenieur Fahrwerk (m/w/d)", "other", None),
    ("Senior Testingenieurin Batteriesysteme", "other", "senior"),
    ("Testingenieur / Testingenieurin Prüfstand", "other", None),
    ("Ingénieur test et validation H/F", "other", None),
    ("Ingeniero de Testing - Planta", "other", None),
    ("Testingenieur Software (m/w/d)", "software-engineer", None),
    ("Testingenieur Embedded Software", "software-engineer", None),
    ("Ingénieur test logiciel", "software-engineer", None),
    ("Ingeniero de Testing QA Automation", "software-engineer", None),
    # German project leads of the build-out and fit-out of buildings and networks and of
    # engines are construction and vehicle work, as "Projektleiter Hochbau" is.
    ("Projektleiter Innenausbau (m/w/d)", "other", None),
    ("Senior Projektleitung Innenausbau Gewerbe", "other", "senior"),
    ("Projektmanager:in Netzausbau Strom", "other", None),
    ("Projektleiter Glasfaserausbau (m/w/d)", "other", None),
    ("Projektleiter Breitbandausbau", "other", None),
    ("Projektleiter Motoren und Antriebe (m/w/d)", "other", None),
    # CRM beside a business job noun is customer-relationship marketing; its systems
    # are run as operations; a CRM developer builds software.
    ("CRM Manager (m/w/d) E-Commerce", "sales-marketing", None),
    ("Head of CRM & Loyalty", "sales-marketing", "executive"),
    ("Especialista en CRM", "sales-marketing", None),
    ("CRM & Retention Specialist", "sales-marketing", None),
    ("CRM Systems Manager", "operations", None),
    ("Senior CRM Developer (Dynamics 365)", "software-engineer", "senior"),
    # German words the vocabulary lacked: a bank's private and business client advisers
    # sell; hosting is run infrastructure; "Grafikdesign" names the graphic designer's job.
    ("Privatkundenberaterin (w/m/d) Filiale Nord", "sales-marketing", None),
    ("Firmenkundenberater Mittelstand (m/w/d)", "sales-marketing", None),
    ("Firmenkundenbetreuer (m/w/d)", "sales-marketing", None),
    ("Senior Hosting Engineer (m/w/d)", "devops-engineer", "senior"),
    ("Hosting-Architekt:in Cloud", "devops-engineer", "lead"),
    ("Grafikdesign (m/w/d) in Teilzeit", "designer", None),
    # A German energy adviser (of buildings) is an energy consultant.
    ("Energieberater (m/w/d) Wohngebäude", "other", None),
    ("Energieberaterin für Sanierungsfahrpläne", "other", None),
    # A first whole title with its own rank, then an alternative title after '/': the
    # first named rank decides; a plain rank after a title without one still counts.
    ("Senior Backend Engineer / Team Lead (m/w/d)", "software-engineer", "senior"),
    ("Sr. Data Analyst/ Lead Data Analyst", "data-analyst", "senior"),
    ("Senior UX Designer / Head of Design", "designer", "senior"),
    ("Junior Accountant / Senior Accountant", "operations", "junior"),
    ("Software Engineer/Lead", "software-engineer", "lead"),
    ("QA Engineers (Associate / Experienced / Senior)", "software-engineer", "junior"),
    # A German lawyer of a field of law ("-rechtler") is a lawyer.
    ("Arbeitsrechtler (m/w/d) Inhouse", "operations", None),
    ("Senior Steuerrechtlerin", "operations", "senior"),
    # A German "Konstrukteur" is a mechanical design engineer, first named or alone.
    ("Konstrukteur / Technischer Produktdesigner (m/w/d)", "other", None),
    ("Senior Konstrukteurin Sondermaschinenbau", "other", "senior"),
    ("Entwicklungskonstrukteur (m/w/d) Fahrzeugbau", "other", None),
]


# Twelfth session, levels of every corpus's train/dev misses, fixed by class (invented
# titles; the level alone is checked, whatever the role).
TWELFTH_SESSION_LEVEL_CASES: list[tuple[str, str | None]] = [
    # Russian "Ведущий" (leading) grades a post above the plain one: senior, not a lead.
    ("Ведущий специалист отдела кадров", "senior"),
    ("Ведущий инженер-конструктор", "senior"),
    ("Ведущий бухгалтер по расчетам", "senior"),
    ("Ведущий разработчик Python", "senior"),
    ("Руководитель группы разработки", "lead"),
    ("Старший инженер", "senior"),
    # Vietnamese years asked with the experience named first or abbreviated "KN".
    ("Kỹ Sư Phần Mềm - Kinh Nghiệm Từ 3 Năm", "mid"),
    ("Tester Kinh Nghiệm 5 Năm Trở Lên", "senior"),
    ("PHP Developer (Từ 1 Năm KN)", "junior"),
    ("Kế Toán Viên - Kinh Nghiệm Từ 6 Tháng", None),
    # Support tiers after the job noun grade it as a numeral does; before it they name
    # the tier the team serves, and L4 and up are single companies' ladders. L2, the
    # second line, names a team: no grade (the blind corpora 3 of 3; fourteenth session).
    ("IT Support Technician - L1", "junior"),
    ("Network Operations Engineer (L2)", None),
    ("Application Support Analyst L3, Payments", "senior"),
    ("L2 Support Engineer", None),
    ("Backend Engineer (L5)", None),
    # A German department's head ("Abteilungsleiter") leads; a division's head
    # ("Bereichsleiter") and the managing director stay executive.
    ("Abteilungsleiterin Controlling (w/m/d)", "lead"),
    ("Abteilungsleiter Kasse und Service", "lead"),
    ("Bereichsleiter Vertrieb (m/w/d)", "executive"),
    # A region or a shift named "mid" is no mid level.
    ("Territory Sales Representative - Mid-Atlantic", None),
    ("Warehouse Associate, Mid Shift", None),
    ("Field Service Technician II - Mid West", "mid"),
    ("Mid-Level Data Analyst", "mid"),
    # "Senior Staff" is a rank of the ladder after the job noun too, or before a grade;
    # a senior staff nurse is a senior nurse.
    ("Backend Engineer (Senior Staff)", "lead"),
    ("Applied Scientist, Sr. Staff - Search", "lead"),
    ("Senior Staff II, Platform Engineer", "lead"),
    ("Senior Staff Nurse - Theatres", "senior"),
    ("Customer Support Staff", None),
    # The Member of Technical Staff ladder's abbreviated ranks.
    ("SMTS Software Engineer - Storage", "senior"),
    ("PMTS, Compiler Engineering", "lead"),
    ("MTS Backend Engineer", None),
    # Korean "경력 채용" (experienced hiring) with a space, as "경력채용"; an open call
    # to new and experienced hires still names no level.
    ("마케팅 담당자 경력 채용", "senior"),
    ("서버 개발자 신입/경력 채용", None),
    # Japanese "経験者" as a part of its own or wanted is an experienced hire; after a
    # skill it asks that skill, and "経験者歓迎" only welcomes one.
    ("インフラエンジニア（経験者）", "senior"),
    ("【経験者募集】経理スタッフ", "senior"),
    ("バックエンドエンジニア（Go経験者）", None),
    ("Webデザイナー 経験者歓迎", None),
    # Nordic and German heads of a school, a kindergarten and operations lead.
    ("Rektor ved Nordbyen skole", "lead"),
    ("Styrer Solsikken barnehage", "lead"),
    ("Driftchef til lager og logistik", "lead"),
    ("Rektorin (m/w/d) Grundschule", "lead"),
    # A title opening "PhD" and a topic is a doctoral position; before a job noun it is
    # a degree the job asks.
    ("PhD Soil Carbon Dynamics under Climate Change", "intern"),
    ("PhD: machine learning for protein folding", "intern"),
    ("PhD Research Scientist - Robotics", None),
    ("PhD Graduate - Quantitative Analyst", "junior"),
    # The head of a front-line crew leads it, as a head chef does; a head of a function
    # is an executive.
    ("Head Bartender - Hotel Bar", "lead"),
    ("Head Housekeeper (Full Time)", "lead"),
    ("Head of Guest Services", "executive"),
    # French managers of business and clients sell, as account managers do; a French
    # "Responsable" of a team or a function still leads.
    ("Responsable d'affaires Électricité H/F", None),
    ("Responsable clientèle entreprises (F/H)", None),
    ("Responsable d'équipe logistique", "lead"),
]


# market_aj's train/dev classes (JobStreet Indonesia, a Korean data and AI collection).
TWELFTH_SESSION_AJ_CASES: list[tuple[str, str, str | None]] = [
    # Korean 분석 is "analysis": a data-analysis post is a data analyst's, spaced, glued
    # to the next word or after a data word of its own.
    ("마케팅팀 데이터 분석 담당자 채용", "data-analyst", None),
    ("데이터 분석 (정규직)", "data-analyst", None),
    ("고객데이터 분석및 리포팅 업무", "data-analyst", None),
    ("빅데이터 분석 전문 인력 모집", "data-analyst", None),
    ("[정규직] 물류데이터 분석 담당", "data-analyst", None),
    # "Staff" ending a title of no ladder's job names the post (Indonesian boards' staff
    # level), in brackets or after a dash as after the job noun; after an engineer,
    # scientist or manager it grades them.
    ("Accounting - Staff", "operations", None),
    ("Video Editor Junior (Staff)", "designer", "junior"),
    ("Customer Service (Staff)", "operations", None),
    ("Purchasing (Import) Staff", "operations", None),
    ("Software Engineer, Staff", "software-engineer", "lead"),
    ("Machine Learning Engineer (Staff)", "ml-engineer", "lead"),
    # Indonesian words the vocabulary lacked: a "direktur" directs, a "pengawas"
    # supervises (a field's foreman), "sipil" is civil engineering.
    ("Direktur Keuangan", "operations", "executive"),
    ("Direktur Operasional Pabrik", "operations", "executive"),
    ("Pengawas Lapangan Proyek Jalan", "other", "lead"),
    ("Staf Teknik Sipil", "other", None),
    # Live-stream selling markets goods; a data stream's engineer stays data engineering.
    ("Live Streaming Specialist (Skincare)", "sales-marketing", None),
    ("Host Live Streaming Shopee", "sales-marketing", None),
    ("Live Commerce Supervisor", "sales-marketing", "lead"),
    ("Data Streaming Engineer", "data-engineer", None),
    # General affairs (an office's facilities and supplies) and Indonesian boards' "HRD"
    # (the HR department) are office work.
    ("General Affairs Officer (Jakarta)", "operations", None),
    ("Staff General Affair & Legal", "operations", None),
    ("HRD & GA Supervisor", "operations", "lead"),
    ("Staff HRD (Recruitment)", "operations", None),
]


# ESCO's Swedish, Danish and Norwegian labels (twelfth session): office job nouns of the
# three languages; invented titles in the ads' format.
TWELFTH_SESSION_ESCO2_CASES = [
    # A Swedish or Danish head of import, export or logistics glues "-chef" without the
    # linking "s": a leader of the trade office, as "Inköpschef" is.
    ("Exportchef till livsmedelsföretag", "operations", "lead"),
    ("Importchef, dagligvaror", "operations", "lead"),
    ("Logistikchef lager Göteborg", "operations", "lead"),
    ("Eksportchef til Asien", "operations", "lead"),
    # Forwarders of imports and exports, planners of logistics, clerks and bookkeepers,
    # buyers and shop managers in Swedish, Danish and Norwegian.
    ("Importspeditör sjöfrakt", "operations", None),
    ("Eksportspeditør, vejtransport", "operations", None),
    ("Logistikkplanlegger", "operations", None),
    ("Avlöningskontorist, deltid", "operations", None),
    ("Bokförare till redovisningsbyrå", "operations", None),
    ("Indkøber til byggemarked", "operations", None),
    ("Butiksbestyrer, Netto Aarhus", "operations", "lead"),
    ("Administrativ assistent", "operations", None),
    # Croatian, Slovenian and Lithuanian imports, exports, forwarding, distribution and
    # logistics, named in the genitive after the job, are office subjects.
    ("Direktor uvoza i izvoza", "operations", "executive"),
    ("Voditelj logistike", "operations", "lead"),
    ("Špediterski referent", "operations", None),
    ("Vodja distribucije", "operations", "lead"),
    ("Referentka za uvoz", "operations", None),
    ("Importo ir eksporto vadybininkas", "operations", None),
    ("Logistikos koordinatorius", "operations", None),
    # Slovak, Czech, Bulgarian, Latvian and Estonian imports, exports and distribution.
    ("Špecialista v oblasti dovozu a vývozu", "operations", None),
    ("Referent zahraničního obchodu", "operations", None),
    ("Специалист внос и износ", "operations", None),
    ("Importa un eksporta speciālists", "operations", None),
    ("Ekspordi ja impordi spetsialist", "operations", None),
    ("Turustusjuht", "operations", None),
    # Heads of a shop in Lithuanian, Latvian, Estonian, Croatian and Slovenian.
    ("Parduotuvės vadovas", "operations", "lead"),
    ("Veikala vadītāja", "operations", "lead"),
    ("Kaupluse juhataja, Tartu", "operations", "lead"),
    ("Voditeljica prodavaonice", "operations", "lead"),
    ("Vodja trgovine", "operations", "lead"),
    # Lawyers and prosecutors in Czech, Croatian, Bulgarian, Lithuanian and Slovenian.
    ("Advokátka pro obchodní právo", "operations", None),
    ("Odvjetnik/odvjetnica", "operations", None),
    ("Адвокат по търговско право", "operations", None),
    ("Prokuroras", "operations", None),
    ("Okrožna tožilka", "operations", None),
    # Hungarian clerks, heads of shops, logistics, foreign trade and specialist lawyers.
    ("Importügyintéző", "operations", None),
    ("Külkereskedelmi ügyintéző (angol nyelvtudással)", "operations", None),
    ("Cipőbolt vezetője", "operations", "lead"),
    ("Logisztikai asszisztens", "operations", None),
    ("Adójogi szakjogász", "operations", None),
    # Sales, sales representatives, marketing and advertising in Croatian, Slovenian,
    # Lithuanian and Bulgarian.
    ("Tehnički zastupnik za strojeve", "sales-marketing", None),
    ("Komercijalist/ica", "sales-marketing", None),
    ("Zastopnica za prodajo", "sales-marketing", None),
    ("Pardavimo vadybininkas", "sales-marketing", None),
    ("Reklamos vadybininkė", "sales-marketing", None),
    ("Инженер по продажбите", "sales-marketing", None),
    # Slovenian and Croatian developers and testers of software.
    ("Razvijalec programske opreme", "software-engineer", None),
    ("Razvijalka aplikacij za mobilne naprave", "software-engineer", None),
    ("Ispitivač softvera", "software-engineer", None),
    ("Preizkuševalka programske opreme", "software-engineer", None),
]


# The thirteenth session's level classes from every corpus's train/dev misses.
THIRTEENTH_SESSION_LEVEL_CASES: list[tuple[str, str | None]] = [
    # "Without experience" in Russian, Polish, Indonesian and Japanese ("経験不問", no
    # experience asked) hires beginners; "業界経験不問" waives only the industry's.
    ("Кладовщик без опыта работы", "junior"),
    ("Sprzedawca bez doświadczenia", "junior"),
    ("Staff Gudang tanpa pengalaman", "junior"),
    ("倉庫内作業スタッフ 経験不問 週3日から", "junior"),
    ("【業界経験不問】経理事務", None),
    # Heads of a university or its colleges are executives; the dean's office is a place.
    ("Dean of the Faculty of Law", "executive"),
    ("Associate Dean for Graduate Studies", "executive"),
    ("Vice Chancellor for Finance and Administration", "executive"),
    ("Dean's Office Coordinator", None),
    # Students a university's offices and systems serve are no student's job.
    ("Student Records Analyst - Registrar", None),
    ("Associate Director, Student Affairs", "executive"),
    ("Assistant Dean of Students", "executive"),
    ("Student Assistant - Campus Library", "intern"),
    # A chef de partie (Italian "capo partita") cooks a station: no level; the sous chef
    # and the head chef lead the kitchen.
    ("Chef de Partie - Grill (m/w/d)", None),
    ("Capo partita primi piatti", None),
    ("Junior Chef de Partie", "junior"),
    ("Sous Chef - Hotel Restaurant", "lead"),
    # Spanish and Portuguese managers of a project, of business development and of
    # training name the role, no rank, as the English ones do; a store's manager leads.
    ("Gerente de Proyectos TI - Remoto", None),
    ("Gerente de Desarrollo de Negocios Latam", None),
    ("Gerente de Desenvolvimento de Negócios - Agro", None),
    ("Gerente de Treinamento Corporativo", None),
    ("Gerente de Tienda - Lima", "lead"),
    # A founder's associate is junior (the labelling guide), written without "'s" too.
    ("Founder Associate - Strategy & Ops", "junior"),
    ("Founder's Office, Founder Associate (Growth)", "junior"),
    # A postdoctoral fellowship is a postdoc's post: no level; a summer fellowship is a
    # student's.
    ("Postdoctoral Fellowship in Marine Ecology", None),
    ("Post-Doctoral Fellowship - Computational Chemistry", None),
    ("Data Science Summer Fellowship 2026", "intern"),
    # A grade after the rank word "manager" is the rung of the managers' ladder: the
    # first still manages, II and up are graded as every manager's grades are.
    ("Brand Strategy Manager II, North America", "mid"),
    ("Manager III, Payments Operations", "senior"),
    ("Manager I, Customer Support", "lead"),
    ("Warehouse Manager I (Reno, NV)", "lead"),
    ("Relationship Manager I - Commercial Banking", "junior"),
    # Bare ranks listed by commas or dashes are alternatives: the first named counts; a
    # rank in brackets qualifies, and a list that runs on into the job noun stacks.
    ("Java Developer (Junior, Senior)", "junior"),
    ("(Middle, Senior) QA Engineer", "mid"),
    ("Data Engineer (Jr., Sr., and Lead)", "junior"),
    ("React Developer (Junior - Senior)", "junior"),
    ("Senior (Lead) Platform Engineer", "lead"),
    ("Lead, Senior Backend Engineer", "lead"),
    # Indonesian "Kepala" and an English section head head a unit: lead; a school's head
    # and a head of a function stay executive.
    ("Kepala Toko - Surabaya", "lead"),
    ("Kepala Bagian Gudang", "lead"),
    ("Wakil Kepala Sekolah SMP", "lead"),
    ("Kepala Sekolah SD Swasta", "executive"),
    ("Quality Control Section Head", "lead"),
    ("Kasie Produksi - Cikarang", "lead"),
    ("Kabag Keuangan", "lead"),
    ("Head of Quality Control", "executive"),
    # Korean "경력" (experience) as a word of its own is an experienced hire; before a
    # number it asks years, "경력무관" asks none, and new and experienced hires named
    # either way round are an open call.
    ("[경력] 백엔드 개발자 채용", "senior"),
    ("경력 간호사 모집 (정규직)", "senior"),
    ("마케팅 담당자 (경력 2년 이상)", "mid"),
    ("물류센터 사무원 (경력무관)", None),
    ("영업관리 경력/신입 채용", None),
    # A first title ending in its grade, then an alternative title after '/': the first
    # named counts, as after a first title with a rank word.
    ("Associate Product Analyst I / Product Analyst II", "junior"),
    ("Research Engineer I / Research Engineer II", "junior"),
    ("Software Engineer I/II", "junior"),
    # The first rung of leads still leads, as the first of managers does.
    ("Lead I - Data Engineering", "lead"),
    ("Analytics Lead II", "lead"),
    # Managers, coordinators and recruiters of an early-career programme run it: the
    # programme's name is no junior rank of theirs; its members are junior.
    ("Leadership Development Program Manager", None),
    ("Senior Graduate Programme Manager", "senior"),
    ("Early Careers Recruiter - EMEA", None),
    ("Finance Leadership Development Program (2026)", "junior"),
    ("Early Careers - Software Engineer", "junior"),
    # A second whole title with a rank after a first without one names no one level:
    # also when it repeats only the first's last words, or when the first ends in an
    # "Associate" that is its job.
    ("Oncology Clinical Account Manager / Sr. Clinical Account Manager", None),
    ("Research Associate / Senior Data Analyst", None),
    ("Account Executive / Senior Executive - Federal", "senior"),
    ("Junior Engineer / Senior Engineer", "junior"),
    # French heads named with the article, and an audit engagement's "Chef de mission".
    ("Chef de l'atelier menuiserie (H/F)", "lead"),
    ("Chef de mission audit - Lyon (F/H)", "lead"),
    ("Chef de Rang - Brasserie", None),
    # Romanian years of experience, named before or after the number.
    ("Contabil - experiență minim 2 ani", "mid"),
    ("Sudor (Experienta min. 5 ani)", "senior"),
    ("Programator PHP (1 an experienta)", "junior"),
    # Sales leads managed, qualified or scored are no one's lead rank.
    ("Marketing Automation Specialist - Lead Management", None),
    ("Lead Qualification Representative (SDR)", None),
    ("Lead Marketing Automation Specialist", "lead"),
    # A reference code after "Ref" is no rank word.
    ("Analista de Datos - Ref AGM (Remoto)", None),
    ("Contable Senior - Ref. 2231", "senior"),
    # "PL" (pleno) after more Brazilian office posts; a French lorry licence stays none.
    ("Comprador PL - Suprimentos", "mid"),
    ("Contadora PL | Fiscal", "mid"),
    ("Chauffeur PL (H/F)", None),
]


# market_ak's train/dev classes (employers' own boards across the whole market).
THIRTEENTH_SESSION_AK_CASES: list[tuple[str, str, str | None]] = [
    # Malware engineers and the intelligence work that breaks into networks are security
    # work, whatever the platform named before them.
    ("Android Malware Engineer", "security-engineer", None),
    ("Malware Reverse Engineer II", "security-engineer", "mid"),
    ("Senior Malware Researcher, Threat Labs", "security-engineer", "senior"),
    ("Exploitation Analyst (TS/SCI)", "security-engineer", None),
    ("Network Exploitation Analyst - Journeyman", "security-engineer", None),
    # A foreperson leads a crew, as a foreman does; a Spanish or Portuguese site's
    # "Superintendente" is its superintendent.
    ("Framing Foreperson", "other", "lead"),
    ("Electrical Foreperson - Data Centers", "other", "lead"),
    ("Superintendente de Obra Civil", "other", "lead"),
    ("Superintendente de Manutenção Industrial", "other", "lead"),
    # French plural and German neuter "internes" is "internal", no intern.
    ("Chargé de communications internes (H/F)", "sales-marketing", None),
    ("Responsable des audits internes", "operations", "lead"),
    ("Referent Internes Kontrollsystem (m/w/d)", "operations", None),
    # Dutch gender tags write "v" (vrouw) among the letters, bare or in brackets: no
    # grade V; "(V)" alone still is one.
    ("Winkelmedewerker / Sales Assistant M/V", "sales-marketing", None),
    ("Servicemonteur v/m/x", "other", None),
    ("Magazijnmedewerker (v/m)", "other", None),
    ("Network Engineer (V)", "devops-engineer", "senior"),
    # Assistant coaches and teachers hold a post of their own, with the sport or the
    # class between; an assistant of another worker's noun is still a junior grade.
    ("Assistant Men's Soccer Coach", "other", None),
    ("Assistant Swim Coach (Part-Time)", "other", None),
    ("Assistant Kindergarten Teacher", "other", None),
    ("Assistant Payroll Accountant", "operations", "junior"),
    # Students a university's offices serve are no student's own post; a student
    # assistant still is one.
    ("Student Finance Administrator (Fixed Term)", "operations", None),
    ("Student Wellbeing Nurse", "other", None),
    ("Student Recruitment Officer - International", "operations", None),
    ("Student Assistant, Library", "other", "intern"),
    # A shop's store and fashion advisers and fashion associates sell its goods; a
    # personal style adviser styles people (a craft), a store manager runs the shop.
    ("Store Advisor - Westfield London (Part Time)", "sales-marketing", None),
    ("Lead Store Adviser, Flagship", "sales-marketing", "lead"),
    ("Fashion Advisor (20 hrs)", "sales-marketing", None),
    ("Fashion Associate - Weekend", "sales-marketing", None),
    ("Store Manager, Outlet", "operations", "lead"),
    # A licensed professional engineer (PE) practises a physical discipline; lactation
    # consultants are nurses' specialists.
    ("Professional Engineer (PE) - Transportation", "other", None),
    ("Senior Professional Engineer, Water Resources", "other", "senior"),
    ("Lactation Consultant RN - Mother Baby Unit", "other", None),
    ("Lactation Specialist (IBCLC), Per Diem", "other", None),
    # Environment, safety and health in the letters' other orders is the safety of
    # workers and sites, as "EHS" and "HSE" are.
    ("ESH Specialist - Semiconductor Fab", "other", None),
    ("HSEQ Coordinator (Fixed Term)", "other", None),
    ("EHSQ Lead, Battery Plant", "other", "lead"),
    # German assistants glued to their team, office or project ("-assistenz") are office
    # work, and "Abrechnung" (billing) and its clerks ("Abrechnungskraft") too; a
    # resident physician ("Assistenzarzt") stays a physician.
    ("Teamassistenz Geschäftsführung (m/w/d)", "operations", None),
    ("Büroassistenz in Teilzeit (m/w/d)", "operations", None),
    ("Abrechnungskraft für Physiotherapiepraxis (m/w/d)", "operations", None),
    ("Sachbearbeiter Abrechnung (m/w/d)", "operations", None),
    ("Assistenzarzt Chirurgie (m/w/d)", "other", None),
    # A second whole title with a rank after a first without one names no one level,
    # its job noun after a word of its own too; a plain rank after "/" still counts.
    ("Receptionist / Junior Front Office Agent", "operations", None),
    ("Line Cook / Senior Kitchen Porter", "other", None),
    ("Data Engineer/Lead", "data-engineer", "lead"),
]


# The thirteenth session's market_al helper: classes of the Korean, French, Spanish and
# Portuguese train and dev titles, tested with titles of their own.
THIRTEENTH_SESSION_AL_CASES: list[tuple[str, str, str | None]] = [
    # A Korean "매니저" of a shop, a dining hall or a hotel's rooms runs the place.
    ("[맘스터치] 직영점 매니저 채용", "operations", "lead"),
    ("카페 매장 매니저 모집", "operations", "lead"),
    ("레스토랑 홀 매니저", "operations", "lead"),
    ("리조트 객실 매니저 모집", "operations", "lead"),
    ("CX 매니저", "operations", None),
    # Safety at work in Portuguese and Korean and the French guard in both genders are
    # no information security; a French IT security officer is.
    ("Técnica de Segurança do Trabalho", "other", None),
    ("Engenheiro de Segurança no Trabalho", "other", None),
    ("Auxiliar SESMT", "other", None),
    ("산업안전 담당자 모집", "other", None),
    ("Agent / Agente de sécurité incendie", "other", None),
    ("Agent de sécurité informatique (H/F)", "security-engineer", None),
    ("Analista de Segurança da Informação", "security-engineer", None),
    # Korean tutoring schools' study coaches teach: no managers.
    ("[대치동] 수학 학습매니저 모집", "other", None),
    ("초등 학습코치 채용", "other", None),
    ("영어 튜터 모집 (주 3일)", "other", None),
    # A clinic's head of consultation sells its treatments and leads the counsellors.
    ("성형외과 상담실장 채용", "sales-marketing", "lead"),
    ("[강남] 치과 상담실장님 모십니다", "sales-marketing", "lead"),
    # Korean experienced hires: "경력" as a part of its own and "경력 사원" are senior;
    # experience preferred, "경력/신입" and years asked are not.
    ("마케팅팀 사원(경력)", "sales-marketing", "senior"),
    ("[경력] 회계 담당자 채용", "operations", "senior"),
    ("구매팀 경력 사원 모집", "operations", "senior"),
    ("회계 사무원 모집 (경력자 우대)", "operations", None),
    ("경력/신입 영업사원 채용", "sales-marketing", None),
    ("[경력] 5년차 이상 백엔드 개발자", "software-engineer", "senior"),
    # French estate agents "en immobilier" and in both genders sell homes.
    ("Négociatrice en immobilier - Annecy", "sales-marketing", None),
    ("Conseiller / Conseillère immobilier (H/F)", "sales-marketing", None),
    ("Agent / Agente immobilier indépendant", "sales-marketing", None),
    # A French shop's "employé commercial" fills the shelves.
    ("Employé commercial rayon crèmerie (H/F)", "other", None),
    ("Employée commerciale caisse et rayons", "other", None),
    # Korean imports, exports and trade are office work; public relations is marketing's.
    ("와인 수입 업무 담당", "operations", None),
    ("무역사무 직원 모집", "operations", None),
    ("수출입 업무 (중국어 가능자)", "operations", None),
    ("기업 홍보 담당자 채용", "sales-marketing", None),
    ("언론홍보 대행사 AE", "sales-marketing", None),
    # Korean video editors.
    ("유튜브 채널 영상편집자 모집", "designer", None),
    ("웨딩 영상편집 담당", "designer", None),
    # A Korean site's or line's foreman leads its crew.
    ("철근 반장 모집", "other", "lead"),
    ("[평택] 현장 반장님 구합니다", "other", "lead"),
    # An online shop's order picker.
    ("Préparatrice e-commerce (H/F)", "other", None),
    # A French educational agent looks after children or residents.
    ("Agent éducatif de nuit (H/F)", "other", None),
    ("Agente éducative en crèche", "other", None),
]


# Thirteenth session (market_ao, Egypt's Wuzzuf board): classes of its train/dev errors,
# each with invented titles of the shapes the boards post.
THIRTEENTH_SESSION_AO_CASES: list[tuple[str, str, str | None]] = [
    # Financial reporting is accounting, whatever "reporting analyst" alone is.
    ("Financial Reporting Analyst - IFRS", "operations", None),
    ("Senior Financial Reporting Specialist", "operations", "senior"),
    ("Reporting Analyst (Power BI)", "data-analyst", None),
    # Project controls engineers keep a project's budget and schedule (office work); a
    # controls engineer alone designs control systems.
    ("Senior Cost Control Engineer - Infrastructure Projects", "operations", "senior"),
    ("Project Controls Engineer (EPC)", "operations", None),
    ("Controls Engineer - PLC/SCADA", "other", None),
    # "Entry-Level" with its hyphen lost, and calls for "0" or "zero" experience.
    ("EntryLevel Customer Service Agent (Remote)", "operations", "junior"),
    ("Accountant (0 Experience Required)", "operations", "junior"),
    ("Sales Representative - Zero Experience Needed", "sales-marketing", "junior"),
    # A contractor's technical office engineer prepares drawings and quantities.
    ("Senior Technical Office Engineer - MEP", "other", "senior"),
    ("Technical Office Engineer (Finishing Works)", "other", None),
    # A language desk's quality analyst checks a call centre's calls.
    ("QA Analyst - Italian Speaker", "operations", None),
    ("Senior Quality Assurance Analyst (French Speakers)", "operations", "senior"),
    ("QA Analyst (Selenium, Cypress)", "software-engineer", None),
    # An IT systems analyst analyses a business's systems, as a business systems analyst.
    ("Information Technology System Analyst - ERP", "data-analyst", None),
    ("Senior IT System Analyst (Banking)", "data-analyst", "senior"),
    ("Network Systems Analyst", "devops-engineer", None),
    # "Analyst" with two letters swapped.
    ("Marketing Data Anaylst", "data-analyst", None),
    ("Business Anlayst - Payments", "data-analyst", None),
    ("Senior Financial Analyts", "operations", "senior"),
    # Credit research is credit analysis, finance's.
    ("Credit Research Analyst - Emerging Markets", "operations", None),
    ("Senior Credit Research Analyst", "operations", "senior"),
]


# The thirteenth session's market_ap helper: classes of Vietnamese titles of TopCV's whole
# board (invented titles in the board's format, none of the corpus's rows).
THIRTEENTH_SESSION_AP_CASES: list[tuple[str, str, str | None]] = [
    # Sellers: enrolment and course advisers, pharma reps, bank relationship and client
    # officers, market developers, social media, real-estate advisers, telesales.
    ("Nhân Viên Tư Vấn Tuyển Sinh - Thu Nhập Từ 12 Triệu", "sales-marketing", None),
    ("Tư Vấn Khóa Học Lập Trình Cho Phụ Huynh", "sales-marketing", None),
    ("Trình Dược Viên ETC Khu Vực Hà Nội", "sales-marketing", None),
    ("Chuyên Viên Quan Hệ Khách Hàng Doanh Nghiệp - Chi Nhánh Huế", "sales-marketing", None),
    ("Chuyên Viên Khách Hàng Cá Nhân (Kênh Bán Lẻ)", "sales-marketing", None),
    ("Nhân Viên Phát Triển Thị Trường Miền Tây", "sales-marketing", None),
    ("Nhân Viên Quản Trị Mạng Xã Hội Fanpage", "sales-marketing", None),
    ("Tư Vấn Bất Động Sản Dự Án Nghỉ Dưỡng", "sales-marketing", None),
    ("Nhân Viên Telesale Khóa Học Online", "sales-marketing", None),
    ("Thư Ký Kinh Doanh - Công Ty Thiết Bị Y Tế", "sales-marketing", None),
    # Office work: import-export, customs, purchasing, academic affairs, secretaries,
    # tellers, training, valuation, document processing, implementation consultants.
    ("Nhân Viên Xuất Nhập Khẩu Tiếng Anh Tốt", "operations", None),
    ("Nhân Viên Khai Báo Hải Quan - KCN Yên Phong", "operations", None),
    ("Nhân Viên Thu Mua Nguyên Vật Liệu", "operations", None),
    ("Trưởng Nhóm Mua Hàng Quốc Tế", "operations", "lead"),
    ("Nhân Viên Giáo Vụ Trung Tâm Anh Ngữ", "operations", None),
    ("Thư Ký Văn Phòng Công Ty", "operations", None),
    ("Giao Dịch Viên Ngân Hàng - Phòng Giao Dịch Quận 5", "operations", None),
    ("Chuyên Viên Đào Tạo Nội Bộ", "operations", None),
    ("Chuyên Viên Thẩm Định Giá Bất Động Sản", "operations", None),
    ("Nhân Viên Tư Vấn Triển Khai Phần Mềm ERP", "operations", None),
    # Compensation and benefits (C&B) is HR's, not the C language's.
    ("Trưởng Nhóm C&B", "operations", "lead"),
    ("C&B Executive - Payroll", "operations", None),
    # Interpreters and translators, mechanics' trades, quality control of products.
    ("Phiên Dịch Viên Tiếng Nhật", "other", None),
    ("Nhân Viên Biên Dịch Tiếng Anh", "other", None),
    ("Thợ Hàn Cơ Khí Làm Việc Tại Xưởng", "other", None),
    ("Nhân Viên Kiểm Soát Chất Lượng Đầu Vào", "other", None),
    # Ranks: supervisors, deputy heads, team and shift leaders, heads of an office, managers
    # of a unit lead; a principal specialist is senior; a supervising engineer is an
    # engineer's post, a director's secretary assists one.
    ("Giám Sát Bán Hàng Kênh GT", "sales-marketing", "lead"),
    ("Phó Phòng Hành Chính Nhân Sự", "operations", "lead"),
    ("Tổ Trưởng Tổ Kế Toán", "operations", "lead"),
    ("Quản Lý Cửa Hàng Thời Trang", "operations", "lead"),
    ("Cửa Hàng Trưởng - Chuỗi Cà Phê", "operations", "lead"),
    ("Quản Lý Kinh Doanh Khu Vực Miền Trung", "sales-marketing", "lead"),
    ("Chuyên Viên Chính Phòng Kế Toán", "operations", "senior"),
    ("Kỹ Sư Giám Sát Điện Nhà Máy", "other", None),
    ("Thư Ký Giám Đốc", "operations", None),
]


# Thirteenth session's sweep of role classes over every corpus (invented titles of the
# issue's named classes in other disciplines, languages and word orders).
THIRTEENTH_SESSION_SWEEP_CASES = [
    # The issue's own examples: engineers and scientists of physical disciplines and the
    # lab are `other`; a software engineer of a physical field is still software.
    ("Senior Test Engineer - Battery Systems", "other", "senior"),
    ("Staff Engineer - Cryogenics", "other", "lead"),
    ("Navigation Engineer, GNC", "other", None),
    ("Associate Scientist - PCR", "other", "junior"),
    ("Sr. Scientist, Formulation", "other", "senior"),
    ("Sr. Software Engineer, Additive Manufacturing", "software-engineer", "senior"),
    # German and Romance engineers of electronics, optics, vehicles, cryogenics and
    # batteries develop or test hardware.
    ("Entwicklungsingenieur Elektronik (m/w/d)", "other", None),
    ("Entwicklungsingenieurin Leistungselektronik (m/w/d)", "other", None),
    ("Entwicklungsingenieur:in Fahrzeugtechnik", "other", None),
    ("Entwicklungsingenieur Kryotechnik (m/w/d)", "other", None),
    ("Entwicklungsingenieur Optik (m/w/d)", "other", None),
    ("Versuchsingenieur Batterie (m/w/d)", "other", None),
    ("Testingenieur Batteriesysteme (m/w/d)", "other", None),
    ("Ingénieur systèmes électriques H/F", "other", None),
    ("Ingénieur validation systèmes batterie H/F", "other", None),
    # ... while a German software developer of such a field still writes software.
    ("Softwareentwickler Optik (m/w/d)", "software-engineer", None),
    ("Softwareentwicklerin Fahrzeugtechnik (m/w/d)", "software-engineer", None),
    ("Softwareentwickler Elektrotechnik (m/w/d)", "software-engineer", None),
    ("Entwicklungsingenieur Software (m/w/d)", "software-engineer", None),
    # A "Laborant" of any science and language is a lab technician: German "Analytik" is
    # the lab's chemical analysis, no analyst's office.
    ("Laborant Analytik (m/w/d)", "other", None),
    ("Chemielaborantin Analytik (m/w/d)", "other", None),
    ("Lebensmittellaborant (m/w/d)", "other", None),
    ("Laborantka - analytická chemie", "other", None),
    ("Laborant chemiczny", "other", None),
    # A trainer of AI in German, Spanish, Portuguese and Italian rates, writes or teaches,
    # as an "AI Trainer" or "Formateur IA" does: no AI engineer.
    ("KI-Trainer (m/w/d)", "other", None),
    ("KI-Trainerin für Sprachmodelle (m/w/d)", "other", None),
    ("Entrenadora de IA - Español", "other", None),
    ("Treinador de IA (Freelance)", "other", None),
    ("Formatore intelligenza artificiale", "other", None),
    ("AI тренер", "other", None),
    # Project managers of civil works, lifts, fit-outs, ground stations and rural
    # development, in English, French and German, run no product.
    ("Chef de projet VRD confirmé (H/F)", "other", "senior"),
    ("Chef de projet ascenseurs et escaliers mécaniques", "other", None),
    ("Projektleiter (m/w/d) Wasserbau und Hydrologie", "other", None),
    ("Projektleiterin Herstellungstechnik Pharma (m/w/d)", "other", None),
    ("Fit-Out Project Manager - Offices", "other", None),
    ("Elevator Project Manager, New Installations", "other", None),
    ("Project Manager, Ground Segment", "other", None),
    ("Chef de projet développement rural - Sénégal", "other", None),
    ("Rural Development Project Manager", "other", None),
    # ... while SAP's BTP stays a software platform.
    ("SAP BTP Developer", "software-engineer", None),
    # Project and programme managers of an office function named before the job noun run
    # that function's programmes (the guide): pensions, invoicing, process improvement,
    # outsourced logistics; an engineer of continuous improvement works in a plant.
    ("Pension Project Manager (m/w/d)", "operations", None),
    ("Pensions Programme Manager", "operations", None),
    ("E-Invoicing Program Manager, EMEA", "operations", None),
    ("Continuous Improvement Program Manager - Fulfillment", "operations", None),
    ("3PL Project Manager", "operations", None),
    ("Senior Software Engineer, Invoicing", "software-engineer", "senior"),
    ("Senior Continuous Improvement Engineer - Packaging", "other", "senior"),
    ("Lean Engineer (m/w/d)", "other", None),
    # "AI" before a developer advocate names the subject, not an AI developer's job.
    ("AI Developer Evangelist", "sales-marketing", None),
    ("GenAI Developer Advocate (Remote)", "sales-marketing", None),
    ("Senior AI Developer Relations Manager", "sales-marketing", "senior"),
    ("Senior AI Developer (Python)", "ai-engineer", "senior"),
    # A chief's office spelled out decides over its ambiguous initials after it.
    ("Chief Investment Officer (CIO)", "operations", "executive"),
    ("Chief Procurement Officer (CPO)", "operations", "executive"),
    ("Chief Compliance Officer (CCO)", "operations", "executive"),
    ("Chief Risk Officer (CRO)", "operations", "executive"),
    ("Chief Information Officer (CIO)", "devops-engineer", "executive"),
    ("Chief Product Officer (CPO)", "product-manager", "executive"),
    ("CPO", "product-manager", "executive"),
    # A platform of software or apps names what its platform engineer builds; a cloud
    # platform is still operated.
    ("Software Platform Engineer", "software-engineer", None),
    ("Android Platform Engineer", "software-engineer", None),
    ("iOS Platform Engineer", "software-engineer", None),
    ("Web Platform Engineer", "software-engineer", None),
    ("Senior Engineering Manager, Web Platform", "software-engineer", "lead"),
    ("Cloud Platform Engineer", "devops-engineer", None),
    # Engineers of launch vehicles and satellite integration work on hardware.
    ("Test Engineer - Satellite Integration", "other", None),
    ("Launch Vehicle Integration Engineer", "other", None),
    ("Spacecraft Integration Technician", "other", None),
    ("Software Engineer, Launch Vehicle Avionics", "software-engineer", None),
    # Networks and databases in Swedish, Danish, Norwegian, Czech and Slovak.
    ("Nätverksadministratör till vår IT-avdelning", "devops-engineer", None),
    ("Netværksadministrator (IT)", "devops-engineer", None),
    ("Nettverksadministrator", "devops-engineer", None),
    ("Síťový administrátor", "devops-engineer", None),
    ("Správca siete - Bratislava", "devops-engineer", None),
    ("Databasutvecklare", "data-engineer", None),
    # Security in the Danish and Norwegian compounding forms ("sikkerheds-", "sikkerhets-").
    ("IT-sikkerhedskonsulent til vores kunder", "security-engineer", None),
    ("Sikkerhedsadministrator (IT)", "security-engineer", None),
    ("Sikkerhedschef for IT og informationssikkerhed", "security-engineer", "lead"),
    ("IT-sikkerhetsrådgiver", "security-engineer", None),
    # Actuaries are data scientists in every language of ESCO's labels, as in English.
    ("Attuario Senior - Danni", "data-scientist", "senior"),
    ("Atuário Pleno - Previdência", "data-scientist", "mid"),
    ("Aktuariusz ds. wyceny", "data-scientist", None),
    ("Актюер - животозастраховане", "data-scientist", None),
    # ICT security in Croatian, Slovenian, Latvian and Estonian.
    ("Stručnjak za IKT sigurnost (m/ž)", "security-engineer", None),
    ("Svetovalec za varnost IKT", "security-engineer", None),
    ("IT drošības speciālists", "security-engineer", None),
    ("IKT-turvalisuse spetsialist", "security-engineer", None),
    ("Stručnjak za digitalnu forenziku", "security-engineer", None),
    ("Strokovnjak za računalniško forenziko (m/ž)", "security-engineer", None),
    # A design manager or lead of a physical work is an engineer of it; of a product's
    # look, a designer.
    ("Electrical Design Manager", "other", "lead"),
    ("Design Manager - Construction", "other", "lead"),
    ("Design Lead, Civil Works", "other", "lead"),
    ("Brand Design Lead", "designer", "lead"),
    ("Level Design Lead", "designer", "lead"),
    # Photographers take pictures: no design.
    ("Wedding Photographer", "other", None),
    ("Product Photographer (E-commerce)", "other", None),
    ("Senior Photographer & Videographer", "other", "senior"),
    ("Graphic Designer / Photographer", "designer", None),
]


# The fourteenth session's level classes from every corpus's train/dev misses (invented
# titles in the real formats; self-contained: other blocks may follow).
FOURTEENTH_SESSION_LEVEL_CASES: list[tuple[str, str | None]] = [
    # An open call to new grads and to any experience ("경력무관") names no one level.
    ("[신입/경력무관] 마케팅 콘텐츠 에디터 채용", None),
    ("물류센터 사무직 (신입/경력 무관)", None),
    ("[신입] 마케팅 콘텐츠 에디터 채용", "junior"),
    # A graduating class named by its year (Chinese 届, Japanese 卒) hires graduates.
    ("2026届校园招聘-财务管理", "junior"),
    ("【27卒】総合職（営業）", "junior"),
    ("2027年卒 技術職", "junior"),
    ("高卒 製造スタッフ", None),
    # Care services named for whom or how they care are no rank; a senior carer is one.
    ("Intermediate Care Support Worker, Band 3", None),
    ("Senior Center Program Aide", None),
    ("Senior Care Options Nurse - Worcester", None),
    ("Senior Care Assistant (Days)", "senior"),
    # A Korean board's "AMD" assists a merchandiser; listed with the MD, an open call;
    # with no Korean, the chip maker.
    ("[패션] 온라인몰 AMD 채용", "junior"),
    ("뷰티 브랜드 MD/AMD 모집", None),
    ("Field Application Engineer - AMD GPUs", None),
    # Vietnamese "Kế toán trưởng" is a chief accountant, as in English; its deputy leads
    # and its assistant assists.
    ("Kế Toán Trưởng Công Ty Xây Dựng - Hà Nội", "executive"),
    ("Chief Accountant - Manufacturing", "executive"),
    ("Phó Kế Toán Trưởng (Lương 20-25 Triệu)", "lead"),
    ("Trợ Lý Kế Toán Trưởng", None),
    # Vietnamese "cao cấp"/"cấp cao" closing a specialist's or engineer's name grades it;
    # after goods or property it is premium.
    ("Chuyên Viên Quan Hệ Khách Hàng Cao Cấp - Chi Nhánh Hà Nội", "senior"),
    ("Kỹ Sư Kết Cấu Cấp Cao", "senior"),
    ("Chuyên Viên Tư Vấn Căn Hộ Cao Cấp", None),
    ("Nhân Viên Bán Hàng Mỹ Phẩm Cao Cấp", None),
    # Korean ranks listed with the grade suffix "급" are alternatives: the first named.
    ("재무팀 회계담당 (대리,과장급) 채용", "mid"),
    ("생산관리 과장,차장급 모집", "senior"),
    ("재무팀 과장급 채용", "senior"),
    # A Roman grade followed by a sub-grade or a requisition number is still the grade;
    # a Nordic "i" (in) before a number is no grade.
    ("Network Engineer II-2", "mid"),
    ("Business Analyst III 2026-01234", "senior"),
    ("Lärare i 80% tjänst", None),
    ("Analyst 1 000 Bonus", None),
]


# A source's own level field decides when the title says no rank: the real values the
# adapters pass on (their fixtures, the shared samples, BambooHR's minimumExperience list).
FOURTEENTH_SESSION_HINT_CASES: list[tuple[str, str | None]] = [
    # SmartRecruiters' experienceLevel labels and Workable's experience.
    ("Internship", "intern"),
    ("Entry Level", "junior"),
    ("Associate", "junior"),
    ("Mid-Senior Level", "senior"),
    ("Mid-Senior level", "senior"),
    ("Director", "executive"),
    ("Executive", "executive"),
    ("Not Applicable", None),
    # Himalayas' seniority list (joined by the adapter), Jobicy's jobLevel.
    ("Entry-level, Mid-level", "junior"),
    ("Mid-level", "mid"),
    ("Senior", "senior"),
    ("Manager", "lead"),
    ("Lead", "lead"),
    ("Midweight", "mid"),
    ("Any", None),
    # Recruitee's experience_code; Personio's seniority, in English and in German.
    ("entry_level", "junior"),
    ("mid_level", "mid"),
    ("experienced", "senior"),
    ("student", "intern"),
    ("entry-level", "junior"),
    ("Berufserfahren", "senior"),
    ("Berufseinsteiger", "junior"),
    ("Studierende", "intern"),
    ("Führungskraft", "lead"),
    # BambooHR's minimumExperience list.
    ("Student (College)", "intern"),
    ("Entry-level", "junior"),
    ("Experienced", "senior"),
    ("Manager/Supervisor", "lead"),
    ("Senior Manager/Supervisor", "lead"),
    ("Senior Executive", "executive"),
    ("Not Specified", None),
    # JSON-LD pages' and job boards' level words.
    ("Senior-level / Expert", "senior"),
    ("Entry-level / Junior", "junior"),
    ("Mid-level / Intermediate", "mid"),
]


@pytest.mark.parametrize(
    ("hint", "level"),
    FOURTEENTH_SESSION_HINT_CASES,
    ids=[c[0] for c in FOURTEENTH_SESSION_HINT_CASES],
)
def test_fourteenth_session_hint_cases(hint: str, level: str | None) -> None:
    got = classify("Software Engineer", level_hint=hint)
    assert got.level == level, got


# The fourteenth session's classes from market_as's train/dev rows (venture-backed
# employers' whole boards): invented titles in the boards' own formats.
FOURTEENTH_SESSION_AS_CASES: list[tuple[str, str, str | None]] = [
    # German attendants and companions: a "-begleiter" or "-begleitung" is no "Leiter".
    ("Bestattungsbegleiter:in (m/w/d) Potsdam", "other", None),
    ("Reisebegleiterin für Gruppenreisen (m/w/d)", "other", None),
    ("Alltagsbegleiter (m/w/d) in Teilzeit", "other", None),
    ("Schulbegleitung / Integrationshelfer (m/w/d)", "other", None),
    ("Teamleiter Kundenservice (m/w/d)", "operations", "lead"),
    # Research of threats, vulnerabilities and malware is security work under any rank.
    ("Manager, Threat Research", "security-engineer", "lead"),
    ("Head of Vulnerability Research", "security-engineer", "executive"),
    ("Senior Malware Researcher (Windows)", "security-engineer", "senior"),
    # Managers of relations run an activity (no rank by the title); analyst relations is
    # marketing's.
    ("Senior Government Affairs & Government Relations Manager", "operations", "senior"),
    ("Media Relations Manager (m/w/d)", "sales-marketing", None),
    ("Analyst Relations Manager, EMEA", "sales-marketing", None),
    ("Head of Analyst Relations", "sales-marketing", "executive"),
    # French inclusive writing with a dot drops the feminine ending, as "(H/F)" does;
    # piercers and beauticians work a trade.
    ("Esthéticien.ne (CDI) - Bordeaux", "other", None),
    ("Chargé.e de recrutement", "operations", None),
    ("Développeur.euse Back-end Senior", "software-engineer", "senior"),
    ("Piercer / Tattoo Studio Assistant (Part-Time)", "other", None),
    ("Senior Piercer", "other", "senior"),
    # A money laundering reporting officer runs AML compliance; schedulers plan (office).
    ("Deputy MLRO (Malta)", "operations", None),
    ("Project Scheduler - Primavera P6", "operations", None),
    ("Senior Production Scheduler (m/w/d)", "operations", "senior"),
    ("Software Engineer, Scheduler", "software-engineer", None),
    # A Workday ladder written job noun first: the rank after "Engineer".
    ("Engineer Staff, RF Design", "other", "lead"),
    ("Engineer Staff, Firmware", "software-engineer", "lead"),
    ("Staff Mechanical Engineering", "other", None),
    # German insurance and financial advisers sell, as a bank's client advisers do.
    ("Versicherungsberater (m/w/d) im Außendienst", "sales-marketing", None),
    ("Finanzberaterin (w/m/d) - Quereinstieg", "sales-marketing", None),
    ("Senior Vermögensberater (m/w/d)", "sales-marketing", "senior"),
    # Abbreviation pairs that name one thing only together: SI/PI (signal and power
    # integrity) is hardware, MD/DO a physician.
    ("Staff SI/PI Engineer - Server Boards", "other", "lead"),
    ("Hospitalist - MD/DO (Night Shifts)", "other", None),
    ("Urgent Care Network - MD / DO", "other", None),
    # Managers of an object: costs (a quantity surveyor's), an insurer's brokers (who
    # sell its policies).
    ("Senior Cost Manager - Infrastructure", "operations", "senior"),
    ("Broker Manager (Commercial Lines)", "sales-marketing", None),
    # Forward deployed and algorithm scientists do data science (a research scientist
    # keeps research).
    ("Senior Forward Deployed Scientist", "data-scientist", "senior"),
    ("Algorithm Scientist - Wearables", "data-scientist", None),
    ("Forward Deployed Research Scientist", "research-scientist", None),
    # A market development manager develops a market (no rank by the title), as a business
    # development manager does.
    ("Market Development Manager - Biobased Materials", "sales-marketing", None),
    # Service and customer delivery managers deliver a service after the sale; a bare
    # delivery manager runs product delivery.
    ("Service Delivery Manager - Managed IT", "operations", None),
    ("Customer Delivery Manager, EMEA", "operations", None),
    ("Delivery Manager", "product-manager", None),
]


# Classes of market_at's train/dev errors (New Zealand's whole market and Australia's ICT
# postings; fourteenth session, helper market-at): invented titles of each class.
FOURTEENTH_SESSION_AT_CASES: list[tuple[str, str, str | None]] = [
    # Security support engineers and analysts, and a security operations centre's work
    # named after a field of security, are security work; IT support stays support.
    ("Cyber Security Support Analyst - Managed Services", "security-engineer", None),
    ("IT Security Support Engineer", "security-engineer", None),
    ("Senior Information Security Operations Engineer", "security-engineer", "senior"),
    ("Cloud Security Operations Analyst", "security-engineer", None),
    ("IT Support Engineer", "operations", None),
    # "Information and Communication(s) Technology" spelled out is ICT, no marketing.
    ("Information and Communication Technology Coordinator", "operations", None),
    ("Manager, Information & Communications Technology", "devops-engineer", "lead"),
    ("Communications Manager", "sales-marketing", None),
    # An iteration manager runs agile iterations, as a scrum master does (no rank).
    ("Iteration Manager - Digital Channels", "product-manager", None),
    ("Senior Iteration Manager", "product-manager", "senior"),
    # Creative grades: midweight (and middleweight) is mid-level.
    ("Midweight Graphic Designer", "designer", "mid"),
    ("Middleweight Copywriter", "sales-marketing", "mid"),
    # "QS" is a quantity surveyor.
    ("Senior QS - Residential", "other", "senior"),
    ("Intermediate QS", "other", "mid"),
    # A desktop engineer supports end users' computers; a desktop application engineer
    # builds software.
    ("Desktop Engineer (Contract)", "operations", None),
    ("Senior Desktop Engineer", "operations", "senior"),
    ("Desktop Application Engineer", "software-engineer", None),
    # A parts counter's staff (interpreters, advisors, counter people) sell parts; the
    # parts manager runs the department.
    ("Parts Interpreter - Heavy Vehicles", "sales-marketing", None),
    ("Senior Parts Advisor", "sales-marketing", "senior"),
    ("Parts Manager", "operations", "lead"),
    # A distribution centre's workers work in its warehouse; its manager runs the site.
    ("Distribution Centre Team Member - Night Shift", "other", None),
    ("Distribution Center Associate (Seasonal)", "other", None),
    ("Distribution Centre Manager", "operations", "lead"),
    # A reception team's staff are receptionists.
    ("Reception Team Member - Weekends", "operations", None),
    ("Hotel Reception Staff (Part Time)", "operations", None),
    # A database specialist runs databases.
    ("Senior Database Specialist (PostgreSQL)", "devops-engineer", "senior"),
    # Contract and hours words before "Assistant" leave it a junior grade.
    ("Temporary Assistant Accountant", "operations", "junior"),
    ("Full-Time Assistant Data Analyst", "data-analyst", "junior"),
    ("Permanent Senior Accountant", "operations", "senior"),
    # Trust accounts are a firm's bookkeeping, not a client account's sale.
    ("Trust Accounts Officer", "operations", None),
    ("Senior Trust Accountant", "operations", "senior"),
    # A shop's front end (its checkouts): assistants and cashiers there serve customers at
    # the tills; front-end developers build software.
    ("Front End Cashier - Weekend Shifts", "other", None),
    ("Front End Team Member (Supermarket)", "other", None),
    ("Front End Developer", "software-engineer", None),
    ("Web Front-End Assistant (Junior)", "software-engineer", "junior"),
    # A cloud application's engineer builds the application; a cloud engineer runs the
    # cloud.
    ("Senior Cloud Application Developer (Azure)", "software-engineer", "senior"),
    ("Cloud Applications Engineer", "software-engineer", None),
    ("Cloud Engineer", "devops-engineer", None),
]


# Fourteenth session's sweep of classes that generalise badly (rules read on unseen
# titles): invented titles of each class, read with the model as shipped.
FOURTEENTH_SESSION_SWEEP_CASES = [
    # "Accounts" alone are the books (clerks, officers, executives keep them); a seller's
    # accounts are named by their size or kind, and Spanish "cuentas" by the seller.
    ("Accounts Officer", "operations", None),
    ("Senior Accounts Assistant", "operations", "senior"),
    ("Accounts Supervisor - Hotel", "operations", "lead"),
    ("National Accounts Manager, Retail", "sales-marketing", None),
    ("Ejecutivo de Cuentas Senior", "sales-marketing", "senior"),
    ("Gestora de cuentas - Seguros", "sales-marketing", None),
    # Privacy alone is data protection's compliance work; privacy engineers, software
    # engineers of privacy and cybersecurity analysts keep their roles.
    ("Data Privacy Officer (DPO)", "operations", None),
    ("Privacy Specialist - GDPR", "operations", None),
    ("Senior Privacy Program Manager", "operations", "senior"),
    ("Privacy Engineer, Platform", "security-engineer", None),
    ("Staff Software Engineer, Privacy", "software-engineer", "lead"),
    ("Cybersecurity & Privacy Analyst", "security-engineer", None),
    # Financial, regulatory, statutory, tax and transaction reporting is finance's and
    # compliance's work; reporting alone (and of BI) stays analytics.
    ("Regulatory Reporting Analyst - Banking", "operations", None),
    ("Tax Reporting Specialist", "operations", None),
    ("Transaction Reporting Associate", "operations", None),
    ("Trade Reporting Lead", "operations", "lead"),
    ("Reporting Analyst", "data-analyst", None),
    ("BI Reporting Specialist", "data-analyst", None),
    # "Technical" alone names no software (the head or another subject decides); a chief
    # technical officer is a CTO, and ServiceNow's consultants build on the platform.
    ("Technical Supervisor - Night Shift", "other", "lead"),
    ("Chief Technical Officer (CTO)", "software-engineer", "executive"),
    ("Technical Lead - Backend", "software-engineer", "lead"),
    ("Technical Consultant - ServiceNow ITSM", "software-engineer", None),
    # Systems, application and solution analysts and business process analysts analyse a
    # business's systems (data-analyst) unless a subject of another role decides.
    ("Systems Analyst II", "data-analyst", "mid"),
    ("Cerner Application Analyst", "data-analyst", None),
    ("Senior Solutions Analyst (Remote)", "data-analyst", "senior"),
    ("Financial Systems Analyst", "operations", None),
    ("Logistics Systems Analyst", "operations", None),
    ("Network Systems Analyst", "devops-engineer", None),
    # A general software word alone, with no job noun (core, test, tech, development, the
    # letter C, "net", "go"), names no software work; a named technology alone still does.
    ("Core Drill Helper", "other", None),
    ("Test Centre Invigilator", "other", None),
    ("Licencia de conducir clase C", "other", None),
    ("Python", "software-engineer", None),
    ("Test Automation", "software-engineer", None),
    # Customer relations and complaints are service after the sale; a relationship
    # manager still sells.
    ("Customer Relations Coordinator", "operations", None),
    ("Customer Complaints Handler", "operations", None),
    ("Head of Customer Relations", "operations", "executive"),
    ("Customer Relationship Manager - SME Banking", "sales-marketing", None),
    # Revenue alone is finance's and the tax office's; a chief revenue officer sells.
    ("Revenue Manager - Hotel", "operations", None),
    ("Revenue Officer (Tax)", "operations", None),
    ("Chief Revenue Officer", "sales-marketing", "executive"),
    ("Revenue Operations Manager", "operations", None),
    ("Head of Revenue - EMEA", "sales-marketing", "executive"),
    ("VP, Revenue", "sales-marketing", "executive"),
    ("VP, Revenue Accounting", "operations", "executive"),
]


# The same classes read by the title rules alone, where the shipped model (trained before
# the rule) still overrules them: these show in `classify` once the model is retrained.
FOURTEENTH_SESSION_SWEEP_RULE_CASES = [
    ("Major Accounts Executive", "sales-marketing"),
    ("Global Accounts Director", "sales-marketing"),
    ("Accounts Team Lead", "operations"),
    ("Technical Manager, Hotel", "operations"),
    ("Senior Technical Coordinator", "operations"),
    ("HR Systems Analyst", "operations"),
]


# market_aq's train/dev classes (fourteenth session, classes-aq helper): invented titles.
FOURTEENTH_SESSION_AQ_CASES = [
    # Teaching staff a field (AI or technical learning and enablement) is learning and
    # development, whatever the field: "AI" as its subject makes no AI engineer.
    ("Senior AI Learning & Enablement Partner", "operations", "senior"),
    ("Technical Learning Specialist", "operations", None),
    ("AI Learning Consultant", "operations", None),
    ("Data Knowledge & Enablement Specialist", "operations", None),
    ("AI Enablement Engineer", "ai-engineer", None),
    ("Sales Enablement Partner", "sales-marketing", None),
    # An associate professor holds a university's middle academic rank: no junior post,
    # in English, Spanish, Portuguese, Italian and French.
    ("Associate Professor of Nursing", "other", None),
    ("Assoc. Professor - Mechanical Engineering", "other", None),
    ("Profesor Asociado de Economía", "other", None),
    ("Professor Associado - Engenharia Civil", "other", None),
    ("Professeur associé en gestion", "other", None),
    ("Senior Associate Professor of History", "other", "senior"),
    ("Associate Research Scientist", "research-scientist", "junior"),
    # Attack engineers and researchers do offensive security, whatever system they attack.
    ("Senior Attack Engineer, Machine Learning", "security-engineer", "senior"),
    ("Attack Researcher - Cloud", "security-engineer", None),
    ("Attack Engineer (Red Team)", "security-engineer", None),
    # "DevInfra" is developer infrastructure (build and CI systems): running it.
    ("Senior Software Engineer - DevInfra", "devops-engineer", "senior"),
    ("DevInfra Engineer", "devops-engineer", None),
    # Grade V (or 5) of a ladder is a senior grade: "III and up" is senior.
    ("Environmental Scientist V", "other", "senior"),
    ("Accountant V - Treasury", "operations", "senior"),
    ("Data Engineer 5", "data-engineer", "senior"),
    ("Payroll Specialist (Level 5)", "operations", "senior"),
    # L2 is the second line of support, a team, no grade; L1 and L3 stay graded.
    ("Application Support Analyst - L2", "operations", None),
    ("L2 Network Support Engineer", "devops-engineer", None),
    ("Service Desk Analyst - L1", "operations", "junior"),
    # An integration engineer takes the subject named with it, as any engineer does:
    # security, systems or a physical field; bare, of IT or of an API it builds software.
    ("Identity & Access Integration Engineer", "security-engineer", None),
    ("Senior Integration Engineer, Vehicle Test", "other", "senior"),
    ("Integration Engineer", "software-engineer", None),
    ("ICT Integration Engineer", "software-engineer", None),
    ("Integration Engineer - REST APIs", "software-engineer", None),
    # "Business" misspelt as posted reads as spelt.
    ("Bussiness Development Manager", "sales-marketing", None),
    ("Buisness Intelligence Developer", "data-analyst", None),
    ("Jr. Busness Analyst", "data-analyst", "junior"),
    # A curriculum is a school's or a course's: its developers, designers and managers
    # write lessons (education, `other`), no software.
    ("K-12 Curriculum Developer", "other", None),
    ("Curriculum Designer - Mathematics", "other", None),
    ("Senior Curriculum Manager", "other", "lead"),
]


# market_ar's classes (fourteenth session): words the vocabulary lacked, in the forms boards
# post them (invented titles).
FOURTEENTH_SESSION_AR_CASES = [
    ("Webmaster / Intégrateur Web", "software-engineer", None),
    ("Webmestre confirmé", "software-engineer", "senior"),
    ("Infographiste 3D (H/F)", "designer", None),
    ("Infografista para agencia", "designer", None),
    ("Assistant Key Holder - Outlet Store", "sales-marketing", "junior"),
    ("Keyholder (Part Time)", "sales-marketing", None),
    ("Front Desk Reservationist", "operations", None),
    ("Télé-Conseillère Service Client", "operations", None),
    ("Télé-Opératrice Francophone", "operations", None),
    ("Souscriptrice Crédit Immobilier", "operations", None),
    # Subject experts hired to train AI models and AI language experts are no AI engineers.
    ("Biology Expert (Train AI Models, Remote)", "other", None),
    ("Finance Professional - Train AI Model Outputs", "other", None),
    ("AI Language Expert (Korean)", "other", None),
    ("AI Language Specialist - Brazilian Portuguese", "other", None),
    # Telesales as a team or trade in French, Spanish and Portuguese.
    ("Responsable Plateau Télévente", "sales-marketing", "lead"),
    ("Supervisor de Televentas", "sales-marketing", "lead"),
    ("Operador de Televendas", "sales-marketing", None),
    # French customer advisers in the plural serve customers as the singular does.
    ("Conseillers Client Néerlandophones", "operations", None),
    ("Conseillères Clientèle (CDI)", "operations", None),
    # French IT support technicians with the preposition.
    ("Technicienne de support utilisateurs", "operations", None),
    ("Technicien en soutien technique - Montréal", "operations", None),
    ("Technicien Helpdesk N2", "operations", None),
    # Language specialists and experts are linguists (a medical one transcribes records).
    ("Korean Language Specialist (Contract)", "other", None),
    ("Senior Language Expert, Localization QA", "other", "senior"),
    ("Speech-Language Specialist - School District", "other", None),
    ("Medical Language Specialist II", "operations", "mid"),
    # An AI-training board's "data partner" writes and rates for models in a field.
    ("Data Partner - Legal Writer - German", "other", None),
    ("PhD Data Partner - Mechanical Engineering - Remote", "other", None),
    ("Data Partner Manager, EMEA", "sales-marketing", None),
    # Cooking under its English name is front-line work, its manager too (a kitchen's).
    ("Culinary Supervisor - Resort", "other", "lead"),
    # Web marketers and content creators in French, Spanish and Portuguese sell.
    ("Webmarketeuse Junior", "sales-marketing", "junior"),
    ("Créatrice de contenu Instagram", "sales-marketing", None),
    ("Criador de Conteúdo para Redes Sociais", "sales-marketing", None),
    # French multimedia, graphic and visual creation is design.
    ("Chargée de création multimédia et vidéo", "designer", None),
    ("Responsable Création Graphique", "designer", "lead"),
    # Auditors of a product's quality and of food safety are the field's quality staff; a
    # call centre's quality auditor is operations.
    ("Supplier Quality Auditor - Aerospace", "other", None),
    ("Food Safety Auditor (HACCP)", "other", None),
    ("Contact Center Quality Auditor - Spanish", "operations", None),
    ("Internal Auditor", "operations", None),
    # French "support client" is customer support.
    ("Agent Support Client Bilingue", "operations", None),
    ("Support Clients & Facturation", "operations", None),
    # A regulatory pharmacist files dossiers, as regulatory affairs staff do.
    ("Pharmacienne Réglementaire CMC", "operations", None),
    ("Regulatory Pharmacist - Generics", "operations", None),
    # French boards' "<Employer> recrute <job>": the employer's name is no subject.
    ("Carthage Logistics recrute Agent Commercial", "sales-marketing", None),
    ("Cloud Logistique recrute Commercial Sédentaire", "sales-marketing", None),
]


# The same classes read by the title rules alone, where the shipped model (trained before
# the rule) still overrules them: these show in `classify` once the model is retrained.
FOURTEENTH_SESSION_AR_RULE_CASES = [
    ("Assistant(e) création visuelle", "designer"),
]


# Fifteenth session, classes of `market_aw` (AI labs' and Hong Kong universities' whole
# boards): invented titles of each class.
FIFTEENTH_SESSION_AW_CASES: list[tuple[str, str, str | None]] = [
    # A deployed engineer of models' research or infrastructure subjects builds AI at the
    # customer's; a plain one, or one of a business subject, stays software.
    ("Forward Deployed Engineer - Reinforcement Learning", "ai-engineer", None),
    ("Senior Forward Deployed Engineer, Post-Training", "ai-engineer", "senior"),
    ("Forward Deployed Engineer, Inference", "ai-engineer", None),
    ("Forward Deployed Engineer", "software-engineer", None),
    ("Forward Deployed Engineer, Public Sector", "software-engineer", None),
    # The infrastructure of a kind of AI is AI infrastructure (MLOps), not infrastructure.
    ("Software Engineer - Agentic AI Infrastructure", "mlops-engineer", None),
    ("Senior Software Engineer, Voice AI Infrastructure", "mlops-engineer", "senior"),
    ("Platform Engineer (GenAI Infrastructure)", "mlops-engineer", None),
    ("Software Engineer, Cloud Infrastructure", "devops-engineer", None),
    # Librarians and archivists keep their job under an assistant's grade or any subject.
    ("Assistant Librarian (Special Collections)", "other", "junior"),
    ("Electronic Resources Librarian II", "other", "mid"),
    ("Senior Archivist - Records and Archives", "other", "senior"),
    ("Digital Archivist", "other", None),
    # Security supervisors and superintendents lead guards; one of a field of security
    # leads security work.
    ("Campus Security Superintendent", "other", "lead"),
    ("Night Shift Security Supervisor", "other", "lead"),
    ("Information Security Supervisor", "security-engineer", "lead"),
    # A research fellow holds a research post of no level, as a postdoc does; a rank
    # before it still ranks.
    ("Research Fellow in Marine Ecology", "other", None),
    ("Clinical Research Fellow - Cardiology", "other", None),
    ("Junior Research Fellow, Archaeology", "other", "junior"),
    ("Senior Research Fellow (Public Health)", "other", "senior"),
    # An associate professor's rank offered beside others is no junior "Associate".
    ("Assistant/Associate/Full Professor of Nursing", "other", None),
    ("Associate or Full Professor - Civil Engineering", "other", None),
    ("Associate / Senior Associate, Private Equity", "operations", "junior"),
]


# Fifteenth session: what a job noun alone decides on titles of a new source, counted
# leave-corpora-out (the train/dev rows whose subject word no other corpus shows), and
# subject words of the same class from ESCO and O*NET (invented titles).
FIFTEENTH_SESSION_SWEEP_CASES = [
    # A supervisor of named office work is operations, in other languages too.
    ("Supervisor de Auditoría Interna", "operations", "lead"),
    ("Supervisor Contactcentrum", "operations", "lead"),
    ("Medewerker Klantendienst", "operations", None),
    ("Coordenador de Centro de Chamadas", "operations", None),
    # A resident is a physician's or a care home's.
    ("Resident", "other", None),
    ("Senior Resident", "other", "senior"),
    ("Junior Resident (Part-Time)", "other", "junior"),
    # Claims, lending, reconciliation and eligibility are office work.
    ("Senior Claims Examiner", "operations", "senior"),
    ("Mortgage Loan Processor II", "operations", "mid"),
    ("Account Reconciliation Specialist", "operations", None),
    ("Eligibility Specialist - Medicaid", "operations", None),
    ("Analista de Préstamos Hipotecarios", "operations", None),
    ("Analista Crediticio Senior", "operations", "senior"),
    # Wellness, faculty and crew work is care, teaching and front-line work.
    ("Wellness Coordinator", "other", None),
    ("Faculty Member - Nursing", "other", None),
    ("Crew Member", "other", None),
    ("Crew Lead - Night Shift", "other", "lead"),
    # Telemarketing sells by telephone.
    ("Telemarketing Representative", "sales-marketing", None),
    ("Telemarketer (Inbound)", "sales-marketing", None),
    # An analyst of data named after the noun, in French and Dutch word order too.
    ("Analyst, Data", "data-analyst", None),
    ("Analyste Data (H/F)", "data-analyst", None),
    ("Analist Data", "data-analyst", None),
    # Families, children, music, forests, nurseries, surveillance and
    # instruments are care, the arts, the outdoors and physical work; a family office is
    # finance, Spanish "oficina" and Italian "servizio clienti" office work.
    ("Family Services Coordinator", "other", None),
    ("Children's Centre Manager", "other", "lead"),
    ("Nursery Practitioner - Full Time", "other", None),
    ("Head of Music", "other", "executive"),
    ("Forest Supervisor - Seasonal", "other", "lead"),
    ("Greenhouse Grower Lead", "other", "lead"),
    ("Surveillance Officer (Casino)", "other", None),
    ("Senior Instrument Engineer", "other", "senior"),
    ("Family Office Associate", "operations", None),
    ("Auxiliar de Oficina", "operations", None),
    ("Operatrice Servizio Clienti", "operations", None),
]


# The fifteenth session's level classes from every corpus's train/dev misses (helper
# `levels15`): invented titles in the boards' own formats.
FIFTEENTH_SESSION_LEVEL_CASES: list[tuple[str, str | None]] = [
    # A number counted in Chinese or Japanese (people wanted, days, a term) or in days,
    # weeks and hours worked, and one-to-one care, is no grade; a grade stays one.
    ("看護師1名募集（日勤のみ）", None),
    ("エンジニア2名 急募", None),
    ("保育士【１日６時間】", None),
    ("Support Worker 1 to 1 (Autism)", None),
    ("Begeleider 1 op 1 wonen", None),
    ("Tutor 1 on 1 Maths", None),
    ("Nurse 1 day a week", None),
    ("Data Engineer 3 days onsite", None),
    ("Data Engineer 3", "senior"),
    ("大数据开发工程师2", "mid"),
    ("Engineer 1/2", "junior"),
    # The "-manager" of a German or Dutch compound that names a place or unit heads it,
    # as a "Store Manager" does; a compound of an activity still names the role.
    ("Filiaalmanager Amersfoort (32-38 uur)", "lead"),
    ("Praktijkmanager tandartspraktijk", "lead"),
    ("Restaurantmanager (m/w/d) Systemgastronomie", "lead"),
    ("Vestigingsmanager Logistiek", "lead"),
    ("Eventmanager (m/w/d)", None),
    ("Vergabemanager (m/w/d)", None),
    # A manager's trainee is trained for the post, as a management trainee is: junior.
    ("Restaurant Manager Trainee (m/w/d)", "junior"),
    ("Trainee Manager - Retail", "junior"),
    ("Trainee Data Analyst", "intern"),
    # Indian boards' "Asstt." abbreviates an assistant, as "Asst." does.
    ("Asstt. Accounts Officer", "junior"),
    ("Asstt. Manager - Production", "lead"),
    # A level's hyphen written with spaces, as some scrapers space every hyphen.
    ("Entry - Level Customer Service Rep - Full - Time", "junior"),
    ("Entry -Level Accountant (Remote)", "junior"),
    ("Payroll Clerk - Level 3", "senior"),
    # A title in Chinese, Japanese or Korean script, then its translation with a rank:
    # one job, the rank its own; two alternatives in one script still name no one level.
    ("データサイエンティスト / Senior Data Scientist", "senior"),
    ("后端开发工程师 / Senior Backend Engineer", "senior"),
    ("데이터 엔지니어 / Senior Data Engineer", "senior"),
    ("Data Scientist / Sr. Data Scientist", None),
    # Words after "to" rank the person served, however that person's title is written:
    # an abbreviation (EVP, SVP), a deputy, two titles joined or listed.
    ("Executive Assistant to EVP", None),
    ("Executive Assistant to the SVP, Finance", None),
    ("Assistant to the Deputy Director", None),
    ("Executive Assistant to the President & CEO", None),
    ("Executive Assistant to the Senior Vice President", None),
    ("Executive Assistant to SVP, Chief Legal Officer", None),
    ("Senior Executive Assistant to the CEO", "senior"),
    ("Head of Data for Europe", "executive"),
    # Schools named by their stage are no rank of the teacher; a senior teacher is one.
    ("Middle/High School Math Teacher", None),
    ("Junior High School English Teacher", None),
    ("Senior High School Teacher (Physics)", None),
    ("Junior/Senior High School Counselor", None),
    ("Junior College Instructor, Nursing", None),
    ("Senior Teacher - High School", "senior"),
    # Students taught or served are no intern post; a student's own job is one.
    ("Teach English Online to Japanese Students", None),
    ("Maths Tutor for University Students", None),
    ("Teaching Assistant for Students with Autism", None),
    ("Student Worker - Library", "intern"),
    # A rank the job may lead to (a track, German "mit Perspektive", "Berufsziel") is
    # not the job's own.
    ("Backend Engineer (Co-Founder Track)", None),
    ("Insurance Sales Agent - Team Lead Track", None),
    ("Verkäufer (m/w/d) mit Perspektive Teamleitung", None),
    ("Azubi mit Berufsziel Filialleiter (m/w/d)", "intern"),
    ("Head of Track Operations", "executive"),
    ("Track Lead", "lead"),
    # An office named for its head ("Office of the Traffic Commissioner") is where the
    # job works, whatever words stand between.
    ("Office of the Traffic Commissioner Caseworker", None),
    ("Office of the Chief Data Officer - Data Analyst", None),
    ("Senior Analyst, Office of the Vice Provost", "senior"),
    # An executive chef runs a kitchen, as a head chef does; a grade after it is its rung.
    ("Executive Chef - Hotel Restaurant", "lead"),
    ("Chef Exécutif (H/F) - Brasserie", "lead"),
    ("Chef Ejecutivo para Restaurante", "lead"),
    ("Executive Chef II", "mid"),
    # French heads of a dock, a farm's crops, a branch, a depot, a site: lead.
    ("Chef de quai logistique (H/F)", "lead"),
    ("Chef de culture maraîchage H/F", "lead"),
    ("Chef d'agence bancaire H/F", "lead"),
    ("Cheffe de dépôt - Transport", "lead"),
    ("Chef de secteur GMS (H/F)", None),
    # A maître d'hôtel heads a restaurant's floor staff, as a head waiter does.
    ("Maître d'hôtel - Restaurant gastronomique (H/F)", "lead"),
    ("Maître-nageur sauveteur", None),
    # "Staff Programmer" is a staff-level post (Indonesian, Turkish boards), not a
    # ladder's staff rank; a staff engineer or developer is graded.
    ("Staff Programmer", None),
    ("Staff Programmer PLC - Cikarang", None),
    ("Staff Software Developer", "lead"),
    # "X Associate" that ends the job's name before "with", "or", "&", "Contractor" is
    # the job noun, as it is at the end of the title; before a job noun it is a rank.
    ("Content Review Associate with German", None),
    ("Community Outreach Associate Contractor", None),
    ("Retail Sales Associates & Stock Associates", None),
    ("Research Associate or Postdoctoral Scholar", None),
    ("Equity Research Associate Analyst", "junior"),
    # German entry for graduates and posts held in training for a licence: junior.
    ("Direkteinstieg Consulting (m/w/d)", "junior"),
    ("Festeinstieg Vertrieb Innendienst (m/w/d)", "junior"),
    ("Psychotherapeut:in in Weiterbildung (PiW)", "junior"),
    ("Verpleegkundige in opleiding", "junior"),
    ("Beveiliger met betaalde opleiding", None),
    # Swedish "Chef till" heads a unit; an English chef cooks.
    ("Chef till ekonomienheten", "lead"),
    ("Chef for private household", None),
    # A captain or a commander leads a crew, a team or a unit.
    ("Fire Captain - Station 4", "lead"),
    ("Store Team Captain (Part-Time)", "lead"),
    ("Police Commander, Operations", "lead"),
    # German "leitend" (leading) before a job noun ranks it, as "Leiter" does; a
    # "begleitend" qualification is no lead.
    ("Leitender Oberarzt (m/w/d) Kardiologie", "lead"),
    ("Leitende Pflegefachkraft (m/w/d)", "lead"),
    ("Mitarbeiter:in mit berufsbegleitender Qualifizierung", None),
    # Nordic foremen lead a crew, as a "työnjohtaja" does.
    ("Formann betong - Oslo", "lead"),
    ("Förman till byggprojekt i Umeå", "lead"),
    ("Työmaamestari, talonrakennus", "lead"),
    ("Arbeidende baser tømrer", "lead"),
    # The Portuguese "Responsável de/pela" is the one in charge; a "Vendedor
    # Responsável" sells.
    ("Responsável de Loja - Porto", "lead"),
    ("Responsável pela Logística (m/f)", "lead"),
    ("Vendedor Responsável - Outlet", None),
]


# Fifteenth session, classes of `market_au` (biotech science, RF/EMC engineering, early-
# career hardware, process and energy engineering): invented titles of each class.
FIFTEENTH_SESSION_AU_CASES: list[tuple[str, str, str | None]] = [
    # Engineers of power plants and grids are `other`; an operating system is software's.
    ("Plant Engineer III - Cogeneration", "other", "senior"),
    ("Operating Engineer (Boilers), Night Shift", "other", None),
    ("Transmission Planning Engineer II", "other", "mid"),
    ("Senior Electric Distribution Engineer", "other", "senior"),
    ("Transmission and Protection Engineer", "other", None),
    ("Senior Software Engineer, Operating Systems", "software-engineer", "senior"),
    # Compliance with EMC and radio standards and radio links are RF engineering; a
    # security or privacy compliance engineer stays security's.
    ("EMI/EMC Compliance Engineer II", "other", "mid"),
    ("Lead EMC Compliance Engineer", "other", "lead"),
    ("Security Compliance Engineer", "security-engineer", None),
    ("Satellite Communications Systems Engineer", "other", None),
    ("Senior Radio Communications Engineer", "other", "senior"),
    # A bioinformatician is a data scientist in every language; German "Bioinformatiker"
    # is no "Informatiker" (a software engineer).
    ("Bioinformatiker (m/w/d) Genomdaten", "data-scientist", None),
    ("Bioinformatikerin für Einzelzellanalysen", "data-scientist", None),
    ("Bioinformatyk - sekwencjonowanie NGS", "data-scientist", None),
    ("Bioinformatikus kutató", "data-scientist", None),
    ("Bioinformatička na projektu", "data-scientist", None),
    ("Informatiker (m/w/d) Anwendungsentwicklung", "software-engineer", None),
    # Cheminformatics is data science of molecules, in English, German and French;
    # computational chemistry stays lab science.
    ("Senior Scientist - Cheminformatics", "data-scientist", "senior"),
    ("Cheminformatician, Small Molecules", "data-scientist", None),
    ("Wissenschaftler Chemoinformatik (m/w/d)", "data-scientist", None),
    ("Ingénieur chémoinformatique", "data-scientist", None),
    ("Scientist, Computational Chemistry", "other", None),
    # Computational genomics, proteomics and protein design are computational biology;
    # a protein scientist of the lab stays `other`.
    ("Principal Computational Genomics Scientist", "data-scientist", "lead"),
    ("Computational Proteomics Scientist II", "data-scientist", "mid"),
    ("Postdoc, Computational Protein Engineering", "data-scientist", None),
    ("Computational Structural Biologist, Antibodies", "data-scientist", None),
    ("Senior Protein Scientist, Purification", "other", "senior"),
    # Two graded titles offered with "or" take the first, as with '/'.
    ("Process Engineer I or Process Engineer II", "other", "junior"),
    ("Buyer I or Buyer II - Procurement", "operations", "junior"),
    ("Junior Accountant or Senior Accountant", "operations", "junior"),
    # Design quality and design assurance engineers of devices are `other`; of software,
    # software engineers.
    ("Senior Design Quality Engineer - Medical Devices", "other", "senior"),
    ("Design Assurance Engineer I", "other", "junior"),
    ("Software Design Quality Engineer II", "software-engineer", "mid"),
    # A bare Swedish, Danish, Norwegian, Bulgarian or Russian engineer is one of any
    # discipline, as a German "Ingenieur" is: software only when its work is named.
    ("Ingenjör, vattenkraft", "other", None),
    ("Ingeniør til vindmøller", "other", None),
    ("Инженер-технолог, хранително производство", "other", None),
    ("Инженер-конструктор (металлоконструкции)", "other", None),
    ("Java инженер", "software-engineer", None),
    ("DevOps инженер (Kubernetes)", "devops-engineer", None),
    ("Старши инженер по продажбите, индустриални помпи", "sales-marketing", "senior"),
    ("Inženýr kvality - lisovna plastů", "other", None),
    ("Inženir za integracijo sistemov", "software-engineer", None),
    ("Insener, sillaehitus", "other", None),
    ("Inženjer prodaje industrijske opreme", "sales-marketing", None),
    ("Inženjer strojarstva - održavanje", "other", None),
    ("Ingenieur Vertrieb Antriebstechnik (m/w/d)", "sales-marketing", None),
]


# Fifteenth session, classes of `market_av` (StepStone, Adzuna, Welcome to the Jungle,
# LinkedIn and Indeed searches for data, AI and Python): invented titles of each class.
FIFTEENTH_SESSION_AV_CASES: list[tuple[str, str, str | None]] = [
    # Annotators, labellers and contributors of data for models are `other`, as AI data
    # trainers are; a bare "Annotator" of another field keeps its operations.
    ("Video Data Contributor - Hindi", "other", None),
    ("Data Labeller (Remote, Part Time)", "other", None),
    ("Senior Data Annotator - Medical Imaging", "other", "senior"),
    ("Data Labeling Specialist (Spanish)", "other", None),
    ("Image Annotation Associate", "other", None),
    ("UX Annotator (Contract)", "operations", None),
    # Analytic(s) scientists and validators of models are data scientists.
    ("Analytics Scientist II - Pricing", "data-scientist", "mid"),
    ("Lead Analytic Scientist (Credit Risk)", "data-scientist", "lead"),
    ("Model Validator - Credit Risk Models", "data-scientist", None),
    ("Model Risk Analyst (Quant)", "data-scientist", None),
    # Developers of SQL Server build databases, as SQL developers do.
    ("SQL Server Developer (T-SQL, SSIS)", "data-engineer", None),
    ("Senior T-SQL Developer", "data-engineer", "senior"),
    # A Spanish or Portuguese "Líder técnico/a" is a tech lead of its subject.
    ("Líder Técnico Java - Remoto", "software-engineer", "lead"),
    ("Líder Técnica Backend (Python)", "software-engineer", "lead"),
    # Administrators and consultants of development tools' platforms run them (DevOps).
    ("Administrador de Jira y Confluence", "devops-engineer", None),
    ("GitLab Administrator (Contract)", "devops-engineer", None),
    ("Senior Atlassian Consultant - Remote", "devops-engineer", "senior"),
    # A chief's abbreviation right after another job noun names its field or office.
    ("Senior Marketing Manager CRO (m/w/d)", "sales-marketing", "senior"),
    ("Executive Assistant CEO - Vienna", "operations", None),
    ("Interim CFO", "operations", "executive"),
    # Programmes of young talents hire graduates.
    ("Programme Jeunes Talents Commercial", "sales-marketing", "junior"),
    ("Young Talent Program - Data Analyst", "data-analyst", "junior"),
    # German instructors and lecturers teach their subject, IT and data too.
    ("Ausbilder Fachinformatiker (m/w/d)", "other", None),
    ("Dozentin für Data Science (m/w/d)", "other", None),
    # A manager of data's quality or governance manages an object, no team: no level.
    ("Data Governance Manager (m/w/d)", "data-engineer", None),
    ("Senior Data Quality Manager", "data-engineer", "senior"),
    # Consultants and analysts of enterprise architecture design the company's systems.
    ("Berater Enterprise Architecture (m/w/d)", "software-engineer", None),
    ("Analyst, Enterprise Architecture", "software-engineer", None),
    # A software vendor's solution advisor presents its products to buyers.
    ("Solution Advisor - Cloud ERP (m/w/d)", "sales-marketing", None),
    ("Senior Solutions Advisor, Security", "sales-marketing", "senior"),
]


# The same classes read by the title rules alone, where the shipped model (trained before
# the rule) still overrules them: these show in `classify` once the model is retrained.
FIFTEENTH_SESSION_AV_RULE_CASES = [
    ("Lider Tecnico (Hibrido)", "software-engineer"),
]


# Sixteenth session, classes of `market_az` (USAJOBS federal IT openings, EURES, an ATS
# snapshot, an Indian engineering search): invented titles of each class.
SIXTEENTH_SESSION_AZ_CASES: list[tuple[str, str, str | None]] = [
    # An IT specialist's named specialty is the work (the federal codes too); a bare one,
    # or one of networks, runs the company's systems.
    ("IT Specialist - Information Security", "security-engineer", None),
    ("Lead IT Specialist (INFOSEC)", "security-engineer", "lead"),
    ("Cybersecurity IT Specialist", "security-engineer", None),
    ("Senior IT Specialist (APPSW), GS-2210-13", "software-engineer", "senior"),
    ("IT Specialist (Web Development)", "software-engineer", None),
    ("Supervisory IT Specialist (ENTARCH)", "software-engineer", "lead"),
    ("IT Specialist (CUSTSPT) - Help Desk", "operations", None),
    ("IT Specialist (Customer Support) - Remote", "operations", None),
    ("IT Specialist (Network Services)", "devops-engineer", None),
    ("IT Specialist", "devops-engineer", None),
]


SIXTEENTH_SESSION_LEVEL_CASES: list[tuple[str, str | None]] = [
    # "Experienced" is a senior grade in every language ("with experience" asks it); the
    # Baltic senior and junior words, Finnish "seniori", Russian "практикант" (intern).
    ("Deneyimli Garson", "senior"),
    ("Tecrübeli Muhasebe Elemanı", "senior"),
    ("Έμπειρος Οδηγός", "senior"),
    ("Tapasztalt villanyszerelő", "senior"),
    ("Pályakezdő ügyintéző", "junior"),
    ("Doświadczona kasjerka", "senior"),
    ("Zkušený zedník", "senior"),
    ("Skúsená predavačka", "senior"),
    ("Sudor experimentat", "senior"),
    ("Camarero experimentado", "senior"),
    ("Motorista experiente", "senior"),
    ("Опытный повар", "senior"),
    ("Досвідчена медсестра", "senior"),
    ("Vyresnioji teisininkė", "senior"),
    ("Jaunesnysis analitikas", "junior"),
    ("Vecākā grāmatvede", "senior"),
    ("Jaunākais jurists", "junior"),
    ("Vanem tarkvaraarendaja", "senior"),
    ("Noorem analüütik", "junior"),
    ("Seniori kehittäjä", "senior"),
    ("Практикант в отдел продаж", "intern"),
    ("Camarero con experiencia", None),
    # School years taught after their number or range are no grade; a grade stays one.
    ("Kontaktlærer 5.-7. trinn", None),
    ("Lærer 2. trinn", None),
    ("Lærer til 1.-3. klasse", None),
    ("Luokanopettaja 3-4 luokat", None),
    ("Grundschullehrer 2. Klasse", None),
    ("Accountant 2", "mid"),
    # The director of a store, a supermarket or a restaurant runs it, as a store manager
    # does; a company's directors stay executives.
    ("Directrice de magasin Lyon Part-Dieu (H/F)", "lead"),
    ("Director de Magazin Cluj", "lead"),
    ("Директор супермаркета", "lead"),
    ("Directora de tienda - Madrid", "lead"),
    ("Diretor de Loja Shopping Norte", "lead"),
    ("Direttore punto vendita", "lead"),
    ("Dyrektor sklepu", "lead"),
    ("Directeur Commercial H/F", "executive"),
    ("Director de Operaciones", "executive"),
    # New graduates "possible" or "considered" besides experienced hires: an open call, no
    # one level; a call for new graduates alone stays junior.
    ("물류 사무직 채용 (신입가능)", None),
    ("품질관리 엔지니어 모집 (신입지원가능)", None),
    ("Java开发工程师（可考虑应届生）", None),
    ("财务专员（接受应届生）", None),
    ("[신입] 물류 사무직", "junior"),
    ("财务专员-应届生", "junior"),
    # "Or" in more languages: a second title one rank up offers one job at two levels;
    # two bare ranks joined by it take the first.
    ("Księgowy lub starszy księgowy", None),
    ("Analityk / analityczka lub starszy analityk / starsza analityczka", None),
    ("Бухгалтер или старший бухгалтер", None),
    ("Muhasebe Uzmanı veya Kıdemli Muhasebe Uzmanı", None),
    ("Junior albo Senior Java Developer", "junior"),
    ("Starszy księgowy", "senior"),
    # A deputy of a head named in the genitive takes the head's rank; a head of a unit
    # ("заведующий") leads; the genitive alone serves a head (an assistant, a driver).
    ("Заместитель начальника склада", "lead"),
    ("Заместитель руководителя службы доставки", "lead"),
    ("Заступник начальника цеху", "lead"),
    ("Zastępca kierownika zmiany", "lead"),
    ("Zástupkyně vedoucího provozovny", "lead"),
    ("Zástupca vedúceho skladu", "lead"),
    ("Zastępca dyrektora ds. finansowych", "executive"),
    ("Заведующая аптекой", "lead"),
    ("Завідувач господарства", "lead"),
    ("Помощник руководителя (секретарь)", None),
    # A Swedish or Danish "-chef" glued to its unit heads it; a "chef" alone cooks.
    ("Lagerchef till e-handel", "lead"),
    ("Ekonomichef", "lead"),
    ("Biträdande förskolechef", "lead"),
    ("Køkkenchef til kantine", "lead"),
    ("Pastry Chef", None),
    # Heads of a clinic, a department or a ward, and a Nordic school's inspector, lead.
    ("Avdelingsoverlege barneavdelingen", "lead"),
    ("Avdelingssykepleier sengepost", "lead"),
    ("Afdelingssygeplejerske, kirurgisk afsnit", "lead"),
    ("Osastonhoitaja, sisätautien osasto", "lead"),
    ("Skoleinspektør", "lead"),
    ("Overlege anestesi", "senior"),
    # Finnish and Hungarian managers glued to their field rank as English "X Manager"
    # does; the role names (project, product, marketing, key accounts) name no rank.
    ("Varastopäällikkö", "lead"),
    ("Ravintolapäällikkö, Tampere", "lead"),
    ("Raktárvezető", "lead"),
    ("Műszakvezető", "lead"),
    ("Projektipäällikkö, rakentaminen", None),
    ("Markkinointipäällikkö", None),
    ("Avainasiakaspäällikkö", None),
    ("Projektvezető", None),
    # A Chinese reserve head is the post's trainee (junior), grain reserves are no rank;
    # campus recruitment hires graduates, even for a manager's title.
    ("储备店长（杭州）", "junior"),
    ("储备经理-连锁餐饮", "junior"),
    ("储备粮仓库保管员", None),
    ("2026校园招聘-财务管培生", "junior"),
    ("校招-产品经理", "junior"),
    ("校園徵才 Marketing Manager", "junior"),
    # A Chinese 主任 heads an office or a workshop; the hospital's 主任医师 is a senior
    # grade, its head nurse leads; a Japanese care manager plans care (no rank), a chief
    # care manager is its senior grade; staff-to-chief classes name no one level.
    ("生产车间主任", "lead"),
    ("行政办公室主任（湖州）", "lead"),
    ("副主任医师-心血管内科", "senior"),
    ("护士长（外科）", "lead"),
    ("ケアマネジャー（居宅介護支援）", None),
    ("主任ケアマネジャー／正社員", "senior"),
    ("インフラエンジニア（社員～主任クラス）", None),
    # The Korean company ladder above and below 대리/과장/차장, and the research ladder.
    ("물류센터 주임 채용", "junior"),
    ("품질관리 부장 채용", "lead"),
    ("해외영업본부장", "executive"),
    ("바이오 선임연구원 모집", "senior"),
    ("책임연구원 (반도체 공정)", "lead"),
    ("배상책임보험 손해사정", None),
    ("보건관리자 선임 채용", None),
    # Arabic and Hebrew leaders, beginners and the English ranks in their letters.
    ("قائد فريق الصيانة", "lead"),
    ("فني مبتدئ", "junior"),
    ("مصمم جرافيك جونيور", "junior"),
    ("מתכנת/ת ג'וניור", "junior"),
    ("אנליסט/ית זוטר/ה", "junior"),
    ("מפתח/ת Java סניור", "senior"),
    # Foremen, supervisors and crews' heads of more languages lead; new graduates are
    # junior unless merely accepted; Brazil's half-journeyman is a trade's junior grade.
    ("Εργοδηγός έργων", "lead"),
    ("Επόπτρια ταμείων", "lead"),
    ("Αρχιμάγειρας ξενοδοχείου", "lead"),
    ("Διευθύντρια καταστήματος", "lead"),
    ("Satış Ekip Lideri", "lead"),
    ("İnşaat Ustabaşı", "lead"),
    ("Brygadzistka magazynu", "lead"),
    ("Supervizor depozit", "lead"),
    ("Mandor Bangunan", "lead"),
    ("Ketua Regu Keamanan", "lead"),
    ("Capoturno produzione", "lead"),
    ("Kế Toán Viên Mới Ra Trường", "junior"),
    ("Nhân Viên IT (Chấp Nhận Sinh Viên Mới Ra Trường)", None),
    ("Admin Gudang Lulusan Baru", "junior"),
    ("Meio Oficial Eletricista", "junior"),
    ("Desenvolvedor Semisenior", "mid"),
    # Chinese grades written as one word offer both (the first counts); 高阶 grades as
    # 高级; an Italian "dirigente" is an executive, the health service's "dirigente
    # medico" a doctor's post of any seniority.
    ("新媒体运营（中高级）", "mid"),
    ("测试工程师（初中级）", "junior"),
    ("高阶数据分析师", "senior"),
    ("Concorso pubblico per 1 posto di dirigente amministrativo", "executive"),
    ("Avviso per 2 posti di dirigente medico di anestesia", None),
    # Dutch and German foremen and the head physicians of a department lead.
    ("Meewerkend voorman groenvoorziening", "lead"),
    ("Polier Tiefbau (m/w/d)", "lead"),
    ("Chefarzt Geriatrie (m/w/d)", "lead"),
    ("Médecin adjoint au service de pédiatrie", "lead"),
    ("Médecin généraliste (H/F)", None),
    # Italian "esperto" closing the job's name and Indonesian "berpengalaman" are
    # "experienced" (senior); "Esperto in X" is read as before.
    ("Elettricista esperto", "senior"),
    ("Pizzaiolo esperto - Catania", "senior"),
    ("Teknisi Listrik Berpengalaman", "senior"),
]


# Sixteenth session's sweep of the AI, infrastructure, research and product roles' false
# positives over every corpus's train/dev rows (roles16 helper): invented titles.
SIXTEENTH_SESSION_SWEEP_CASES = [
    # Infrastructure words that are the trades' too, alone with no job noun, and goods
    # alone: made, sorted or sold, no IT work and no product management.
    ("Traffic Counter", "other", None),
    ("Telecommunications Line Rigger", "other", None),
    ("Trieuse de produits", "other", None),
    # Presses, game and events alone are the trades' and the floor's; another subject
    # named after such a word still decides.
    ("Game Reserve Ranger", "other", None),
    ("Event Greeter", "other", None),
    ("Press & Media Relations", "sales-marketing", None),
    # A clerk of data or systems keys and files: office work.
    ("Data Clerk - Night Shift", "operations", None),
    # Bare security beside an officer's, agent's or supervisor's noun guards sites; a
    # system named with it keeps security engineering.
    ("Security Patrol Officer", "other", None),
    ("Airport Security Agent", "other", None),
    ("IT Security Supervisor", "security-engineer", "lead"),
]


# The same classes read by the title rules alone (the shipped model already reads some of
# them right; the rules now do too).
SIXTEENTH_SESSION_SWEEP_RULE_CASES = [
    ("Edge Trimmer", "other"),
    ("Cold Storage Stacker", "other"),
    ("Rag Sorter", "other"),
    ("Build Crew Helper", "other"),
    ("Pressed Products Stacker", "other"),
    ("Envasadora de productos cárnicos", "other"),
    ("Emballeur de produits laitiers", "other"),
    ("Punch Press Tender", "other"),
    ("Event Greeter", "other"),
    ("Part-Time Data Clerk", "operations"),
    ("Systems Clerk (Temporary)", "operations"),
]


# Sixteenth session, job nouns and IT subjects of the smaller EU languages (ESCO's labels
# and EURES postings in Latvian, Lithuanian, Estonian, Croatian, Slovenian, Bulgarian):
# invented titles of each class.
SIXTEENTH_SESSION_EU_CASES: list[tuple[str, str, str | None]] = [
    # Developers, programmers, testers, analysts and administrators, with their subjects
    # (ICT abbreviated IKT, IRT, ИКТ; data, databases, networks, systems, software).
    ("Java izstrādātājs (Rīgā)", "software-engineer", None),
    ("IKT sistēmu testētājs", "software-engineer", None),
    ("PROGRAMMĒŠANAS INŽENIERE", "software-engineer", None),
    ("Datu analītiķis", "data-analyst", None),
    ("Sistēmu administratore", "devops-engineer", None),
    ("PHP programuotojas", "software-engineer", None),
    ("Mobiliųjų programų kūrėja", "software-engineer", None),
    ("Duomenų bazių administratorius", "devops-engineer", None),
    ("Verslo analitikas", "data-analyst", None),
    ("IRT saugumo specialistas", "security-engineer", None),
    ("Tarkvaraarendaja (Tartu)", "software-engineer", None),
    ("Andmeanalüütik", "data-analyst", None),
    ("IKT süsteemiadministraator", "devops-engineer", None),
    ("Analitičar podataka (m/ž)", "data-analyst", None),
    ("IKT mrežni administrator", "devops-engineer", None),
    ("Analitik podatkov", "data-analyst", None),
    ("Администраторка на ИКТ системи", "devops-engineer", None),
    ("Analytička dat (Brno)", "data-analyst", None),
    ("Databázový vývojář", "data-engineer", None),
    ("Analytik údajov", "data-analyst", None),
    ("Adatbázis-fejlesztő", "data-engineer", None),
    ("Rendszertesztelő", "software-engineer", None),
    ("Hálózati adminisztrátor", "devops-engineer", None),
    ("Administrator de rețea", "devops-engineer", None),
    ("Dezvoltatoare de baze de date", "data-engineer", None),
    ("Разработчици на приложения", "software-engineer", None),
    # Romanian utilities' networks are no computer networks.
    ("Inginer rețele edilitare", "other", None),
    # A Latvian "vadītājs" of a vehicle or machine is its driver, of a unit its head.
    ("Traktora vadītājs (Jelgava)", "other", None),
    ("AUTOBUSA VADĪTĀJA", "other", None),
    ("Kravas automobiļa vadītājs C kategorija", "other", None),
    ("Noliktavas vadītājs", "operations", "lead"),
    # Foremen (Latvian, Estonian, a trade's German Meister) lead; Croatian associates are
    # officers, their "viši" (Slovenian "višji") grade senior; helpers, craftsmen and
    # clerks; a Polish "Informatyk" or "Specjalista ds. IT" is an IT specialist.
    ("MEISTARS kokapstrādes cehā", "other", "lead"),
    ("Tootmise meister (öövahetus)", "other", "lead"),
    ("Meister Elektrotechnik (m/w/d)", "other", "lead"),
    ("DARBU RĪKOTĀJS būvniecībā", "other", "lead"),
    ("SURADNIK/CA NA PROJEKTIMA EU", "operations", None),
    ("VIŠI SURADNIK ZA NABAVU", "operations", "senior"),
    ("Višji referent za kadrovske zadeve", "operations", "senior"),
    ("ΤΕΧΝΙΤΗΣ ΥΔΡΑΥΛΙΚΟΣ", "other", None),
    ("ΓΡΑΦΕΑΣ ΛΟΓΙΣΤΗΡΙΟΥ", "operations", None),
    ("Informatyk w szkole", "devops-engineer", None),
    ("Specjalista ds. IT (umowa o pracę)", "devops-engineer", None),
    ("Visa Officer", "other", None),
    # IT security: its inflected words, ethical hackers and vulnerabilities.
    ("Etični heker (m/ž)", "security-engineer", None),
    ("Етичен хакер", "security-engineer", None),
    ("Analytik zranitelnosti (Praha)", "security-engineer", None),
    ("Консултант по сигурността на ИКТ", "security-engineer", None),
    ("Správce zabezpečení ICT", "security-engineer", None),
    ("Sebezhetőségi elemző", "security-engineer", None),
    # Directors, a shop's head, clerks and referents of the office; Latvian and Slovak
    # trade's sellers; a Lithuanian "vadybininkas" is a post of its field, no rank.
    ("Parduotuvės direktorius (Vilnius)", "operations", "executive"),
    ("Direktor prodaje", "sales-marketing", "executive"),
    ("Direktorica računovodstva", "operations", "executive"),
    ("Vedúca predajne (Košice)", "operations", "lead"),
    ("Administrativni službenik", "operations", None),
    ("Porezna referentica", "operations", None),
    ("Tirdzniecības pārstāvis", "sales-marketing", None),
    ("Ekspedicijos vadybininkė", "operations", None),
    ("Pardavimų vadybininkas", "sales-marketing", None),
    ("Menedžer trgovine (Ljubljana)", "operations", "lead"),
    ("Logistična menedžerka", "operations", "lead"),
    ("Funcționar administrativ", "operations", None),
    ("Икономист", "data-scientist", None),
    # Sellers, sales, presales and representatives.
    ("Pārdevējs konsultants", "sales-marketing", None),
    ("Prodejce elektroniky", "sales-marketing", None),
    ("Müügiesindaja (Tallinn)", "sales-marketing", None),
    ("Inženir za predprodajo v IKT", "sales-marketing", None),
    # Statisticians and economists are data scientists, as in English; a Czech
    # "Ekonom/ka" is a finance officer, as a Swedish "ekonom".
    ("Statistička (Praha)", "data-scientist", None),
    ("Ekonomistka", "data-scientist", None),
    ("Közgazdász elemző", "data-scientist", None),
    ("Ekonom/ka", "operations", None),
    # Nordic programmers and testers glued to their field.
    ("Systemprogrammerare till fintech", "software-engineer", None),
    ("Spilprogrammør", "software-engineer", None),
    ("Programvarutestare", "software-engineer", None),
    ("Мрежов администратор", "devops-engineer", None),
    ("Omrežni administrator (m/ž)", "devops-engineer", None),
    # Database administrators whose databases follow the noun run them, as a DBA does.
    ("Administrator baze podataka (m/ž)", "devops-engineer", None),
    ("Administrator de baze de date", "devops-engineer", None),
    ("Администратор на база данни", "devops-engineer", None),
    ("Grafični oblikovalec (m/ž)", "designer", None),
    ("Digimeedia kujundaja", "designer", None),
    # Data entry is office work in every word order.
    ("Duomenų įvedimo operatorius", "operations", None),
    ("Referent za unos podataka", "operations", None),
    # A building's architect is no software architect.
    ("Ainavu arhitekts", "other", None),
]


# Sixteenth session, market_ay's train/dev classes: auditors in Czech, Slovak, Lithuanian
# and Latvian; security auditors in Spanish and French; developers of data engines
# and of dashboard tools; DevSecOps; a project's jefe has no level; presales; Korean
# architects; Vietnamese assistants, coordinators, reconciliation clerks and lecturers.
SIXTEENTH_SESSION_AY_CASES: list[tuple[str, str, str | None]] = [
    ("Interní auditorka", "operations", None),
    ("Audítorka kvality", "operations", None),
    ("Vyresnioji auditorė", "operations", "senior"),
    ("Bankų auditorius", "operations", None),
    ("Auditore", "operations", None),
    ("Auditor de Seguridad Informática", "security-engineer", None),
    ("Auditora Ciberseguridad Senior", "security-engineer", "senior"),
    ("Auditeur Sécurité SI (H/F)", "security-engineer", None),
    # Developers of one data engine, and Romance developers of big data or ETL.
    ("Senior Spark Developer", "data-engineer", "senior"),
    ("DataStage Developer (Contract)", "data-engineer", None),
    ("Desarrolladora Big Data", "data-engineer", None),
    ("Développeur Big Data (H/F)", "data-engineer", None),
    ("Desenvolvedor ETL Pleno", "data-engineer", "mid"),
    ("Programador/a ETL Junior", "data-engineer", "junior"),
    ("Python Developer with Spark Expertise", "software-engineer", None),
    # Programmers and developers of a dashboard tool, in every language.
    ("OBIEE Developer", "data-analyst", None),
    ("Programadora Qlik", "data-analyst", None),
    ("Desarrolladora Power BI Senior", "data-analyst", "senior"),
    ("Développeur Power BI (H/F)", "data-analyst", None),
    ("Tableau Programmer", "data-analyst", None),
    # DevSecOps is run as DevOps, whatever the job noun.
    ("DevSecOps Architect", "devops-engineer", "lead"),
    ("Ingeniero DevSecOps", "devops-engineer", None),
    ("Especialista DevSecOps", "devops-engineer", None),
    ("Security Engineer (DevSecOps)", "security-engineer", None),
    # A project's "jefe" leads the project, not a team: no level unless one is named.
    ("Jefe de Proyectos Junior", "product-manager", "junior"),
    ("Jefe de Proyectos Construcción", "other", None),
    ("Gerente de Proyectos", "product-manager", None),
    ("Jefe/a de Proyectos Informáticos", "product-manager", None),
    ("Responsabile di progetto", "product-manager", None),
    ("Jefe de Equipo de Proyectos", "other", "lead"),
    # Presales in the singular and in Spanish, French and Portuguese.
    ("Presale Engineer", "sales-marketing", None),
    ("Pre-sale Manager", "sales-marketing", "lead"),
    ("Consultor Preventa Cloud", "sales-marketing", None),
    ("Avant-vente Data (H/F)", "sales-marketing", None),
    ("Analista Pré-vendas", "sales-marketing", None),
    # Korean architects, as Japanese and English ones.
    ("소프트웨어 아키텍트", "software-engineer", "lead"),
    ("클라우드 아키텍트", "devops-engineer", "lead"),
    ("보안 아키텍트", "security-engineer", "lead"),
    # Vietnamese assistants and coordinators take their subject's role; reconciliation
    # clerks are office work.
    ("Trợ Lý Giám Đốc", "operations", None),
    ("Trợ Lý Marketing", "sales-marketing", None),
    ("Điều Phối Viên Logistics", "operations", None),
    ("Nhân Viên Đối Soát Công Nợ", "operations", None),
    # Vietnamese lecturers teach their subject, IT too, as "giáo viên" and "Dozent" do.
    ("Giảng Viên Lập Trình Python", "other", None),
    ("Giảng Viên Khoá Học Machine Learning", "other", None),
]

# market_ax's role classes (sixteenth session).
SIXTEENTH_SESSION_AX_CASES: list[tuple[str, str, str | None]] = [
    # British and Irish lawyers practise law; solicitors of sales and donations sell.
    ("Conveyancing Solicitor", "operations", None),
    ("Senior Employment Solicitor", "operations", "senior"),
    ("Criminal Barrister (Tenancy)", "operations", None),
    ("Licensed Conveyancer - Residential", "operations", None),
    ("Telephone Solicitor (Evenings)", "sales-marketing", None),
    ("Advertising Solicitor - Local Newspaper", "sales-marketing", None),
    # Film and picture editors cut pictures as video editors do; sound editors are a craft.
    ("Feature Film Editor", "designer", None),
    ("Assistant Picture Editor - Documentary", "designer", "junior"),
    ("Dialogue Sound Editor", "other", None),
]

# market_ax's level classes (sixteenth session): shift patterns and qualifications' levels.
SIXTEENTH_SESSION_AX_LEVEL_CASES: list[tuple[str, str | None]] = [
    # Rotating shifts are working hours, not a rotation programme.
    ("Warehouse Picker - Rotating Shifts", None),
    ("Line Operator (Rotational Shift)", None),
    ("Rotational Graduate Programme - Finance", "junior"),
    # A qualification's level is asked of the worker, no grade of the post.
    ("Nursery Practitioner (NVQ Level 3)", None),
    ("Support Worker with Level 2 Diploma", None),
    ("Höhenarbeiter mit Level 1 (m/w/d)", None),
    ("Early Years Practitioner - CACHE Level 3", None),
    ("Embedded Software Engineer, Level 3", "senior"),
    # Operations managers of brands' and media's merchandising, creative and publishing run
    # an activity, no team; a plant's still runs a unit.
    ("Senior Creative Operations Manager", "senior"),
    ("Content Operations Manager - Streaming", None),
    ("Merchandise Operations Manager (Footwear)", None),
    ("Editorial Operations Manager", None),
    ("Production Operations Manager", "lead"),
    # An area's strategy manager plans it and manages no team; a bare "Strategy Manager"
    # heads the strategy team, and "Manager, Strategy" keeps its rank.
    ("Commercial Strategy Manager", None),
    ("Senior Pricing Strategy Manager", "senior"),
    ("Channel Strategy & Planning Manager - Retail", None),
    ("Strategy Manager", "lead"),
    ("Manager, Product Strategy", "lead"),
    # An architecture firm's job captain and a car dealer's F&I manager have no team.
    ("Job Captain - Healthcare Architecture", None),
    ("Senior Job Captain", "senior"),
    ("F&I Manager - Honda Dealership", None),
    ("Finance and Insurance Manager", None),
    ("Ship Captain", "lead"),
]

# Sixteenth session, market_ba's train/dev classes: a customer experience
# ("CX", "happiness") manager looks after customers and ranks no one, as a customer
# success manager; a team's manager and "Manager, X" still lead.
SIXTEENTH_SESSION_BA_CASES = [
    ("Customer Experience Manager - Benelux", "operations", None),
    ("CX Manager (Fintech)", "operations", None),
    ("Customer Happiness Manager, APAC", "operations", None),
    ("Gerente de Experiência do Cliente", "operations", None),
    ("Senior Customer Experience Manager", "operations", "senior"),
    ("Customer Experience Team Manager", "operations", "lead"),
    ("Manager, Customer Experience", "operations", "lead"),
    # Portuguese and Italian "e" joins alternative ranks as "y" and "or" do: the first.
    ("Desenvolvedor Java Pleno e Sênior", "software-engineer", "mid"),
    ("Analista de Dados Júnior e Pleno", "data-analyst", "junior"),
    ("Sviluppatore Java Junior e Senior", "software-engineer", "junior"),
    # Brazil's "Especialista" after a job noun is the rung above sênior, graded I, II, III;
    # a title opening with it keeps the grade's own rank.
    ("Desenvolvedor Java Especialista II", "software-engineer", "senior"),
    ("Engenheiro de Dados Especialista III (Híbrido)", "data-engineer", "senior"),
    ("Analista de Dados Especialista I - Remoto", "data-analyst", "senior"),
    ("Especialista II - Contabilidade", "operations", "mid"),
    # "Software" before a machine field's engineer names the discipline.
    ("Software Robotics Engineer (Perception)", "software-engineer", None),
    ("Senior Software Controls Engineer - Motion", "software-engineer", "senior"),
    ("Software Mechatronics Engineer II", "software-engineer", "mid"),
    ("Robotics Engineer", "other", None),
]

# market_bb's classes (sixteenth session, its train/dev rows): an "Expert" right after
# the job noun grades it (a subject's expert stays no rank); the singular "Communication
# Manager"; developer content; fire engineering; systematic traders; data-platform developers.
SIXTEENTH_SESSION_BB_CASES: list[tuple[str, str, str | None]] = [
    ("Ingénieur Expert Thermique H/F", "other", "senior"),
    ("Ingénieure Experte Matériaux Composites", "other", "senior"),
    ("Technicien Expert Maintenance Aéronautique", "other", "senior"),
    ("Developer Expert Java", "software-engineer", "senior"),
    ("Subject Matter Expert - Chemistry", "other", None),
    # The singular "Communication Manager" is a communications manager: no rank.
    ("Communication Manager (m/w/d)", "sales-marketing", None),
    ("Internal Communication Manager - Brussels", "sales-marketing", None),
    ("Senior Communication Manager", "sales-marketing", "senior"),
    # Content for developers is developer relations' marketing, not development.
    ("Developer Content Writer - Docs", "sales-marketing", None),
    ("Senior Developer Content Engineer (Remote)", "sales-marketing", "senior"),
    # Fire engineering (buildings' fire protection) is physical engineering.
    ("Senior Fire Engineer - London", "other", "senior"),
    ("Graduate Fire Engineer", "other", "junior"),
    ("Fire Protection Engineer II", "other", "mid"),
    ("Software Engineer, Fire TV", "software-engineer", None),
    # Systematic and algorithmic traders trade by models, as quantitative traders do.
    ("Systematic Trader - Futures", "data-scientist", None),
    ("Senior Algorithmic Trader (Crypto)", "data-scientist", "senior"),
    ("Energy Trader", "operations", None),
    # A developer of a streaming platform, a warehouse or an integration suite builds
    # data pipelines; a developer who merely uses one keeps his language's role.
    ("Senior Kafka Developer (Remote)", "data-engineer", "senior"),
    ("Snowflake Developer - Contract", "data-engineer", None),
    ("Informatica Engineer II", "data-engineer", "mid"),
    ("Développeur Kafka H/F", "data-engineer", None),
    ("Java Developer with Kafka", "software-engineer", None),
]

# market_be's classes (seventeenth session, its train/dev rows): a registered or chartered
# architect is the building profession (`other`), whose "Architect" is no rank; database
# administration is DevOps work; a power company's generation, psychology's services and
# the infrastructure of buildings, roads and water are `other`.
SEVENTEENTH_SESSION_BE_CASES = [
    ("Registered Architect (Healthcare Projects)", "other", None),
    ("Senior Registered Architect - Residential", "other", "senior"),
    ("Junior Registered Architect", "other", "junior"),
    ("Chartered Architect RIBA", "other", None),
    ("Chartered Architect (ARB) - Hybrid", "other", None),
    # Database administration is run as database administrators run it.
    ("Database Administration Specialist", "devops-engineer", None),
    ("Senior Analyst, Database Administration", "devops-engineer", "senior"),
    ("Team Lead - Database Administration (Oracle)", "devops-engineer", "lead"),
    ("IT Officer - Database Administration", "devops-engineer", None),
    # A power company's generation is its power stations; code generation is software's
    # and lead generation selling.
    ("Generation Team Leader - Hydro", "other", "lead"),
    ("Senior Generation Engineer", "other", "senior"),
    ("Generation Manager (Wind Farms)", "other", "lead"),
    ("Software Engineer, Code Generation", "software-engineer", None),
    ("Lead Generation Specialist", "sales-marketing", None),
    # Psychology and its services are health work.
    ("Manager, Psychology Services", "other", "lead"),
    ("Psychological Services Coordinator", "other", None),
    ("Team Leader - Psychological Therapies", "other", "lead"),
    ("UX Researcher (Psychology background)", "designer", None),
    # The infrastructure of buildings, roads and water is built, not run as servers are.
    ("Manager, Civil Infrastructure Projects", "other", "lead"),
    ("Senior Engineer - Water Infrastructure", "other", "senior"),
    ("Transport Infrastructure Planner", "other", None),
    ("Infrastructure Engineer (Cloud)", "devops-engineer", None),
]

# Seventeenth session, whole postings (bench/accuracy/data/postings_level.jsonl): the years a
# description asks are read in their own sentence, the words before the number and after
# the unit up to the sentence's end (a heading line right above a line that opens with the
# number counts too), and "N+ years" asks experience without naming it unless it is an
# age, a date or a span of the company's or a benefit's. (title, level_hint, description,
# level).
SEVENTEENTH_SESSION_POSTING_LEVEL_CASES: list[tuple[str, str | None, str, str | None]] = [
    # The experience word ends a long sentence, past the old 70-character window.
    (
        "Account Executive - Nordics",
        None,
        "<ul><li>4 years of quota-carrying hardware or networking solution sales and "
        "territory management experience</li></ul>",
        "mid",
    ),
    (
        "Field Service Technician",
        None,
        "<p>At least 6 years maintaining industrial compressors, pumps and cooling towers "
        "as a field engineer, with hands-on experience of PLCs.</p>",
        "senior",
    ),
    # The sentence before never lends its experience word to a span of the company's.
    (
        "Mobile Engineer",
        None,
        "<ul><li>2+ years of Swift experience</li><li>Acme is the result of nine years "
        "building our payments platform.</li></ul>",
        "mid",
    ),
    (
        "Backend Developer",
        None,
        "Experience with Go is a plus. We have been shipping for ten years from Lisbon.",
        None,
    ),
    # "N+ years" asks on its own, in any of the unit's languages.
    ("Enterprise Account Executive", None, "<p>7+ years in a SaaS closing role</p>", "senior"),
    ("Product Engineer", None, "<li>3+ years building user-facing products</li>", "mid"),
    (
        "Desarrollador Backend",
        None,
        "<li>2+ años construyendo APIs en producción</li>",
        "mid",
    ),
    ("Data Engineer", None, "<p>1+ year shipping pipelines with dbt</p>", "junior"),
    # ... but not an age, a date or a benefit's or the company's span.
    ("Delivery Driver", None, "<p>You must be 21+ years old.</p>", None),
    ("Data Analyst", None, "<p>Equity vests over 4+ years.</p>", None),
    ("Support Agent", None, "<p>Over the last 10+ years we have grown tenfold.</p>", None),
    ("Store Associate", None, "<p>A sabbatical after 5+ years with us.</p>", None),
    # A heading line names the experience of the line the number opens.
    ("Data Analyst", None, "<h3>Experience</h3><p>3 years in product analytics</p>", "mid"),
    (
        "Behavior Therapist",
        None,
        "Experience:\nABA: 1 year (required)\nWork location: on site",
        "junior",
    ),
    (
        "Projektingenieur (m/w/d)",
        None,
        "<p>Mindestens 3 Jahre Berufserfahrung als Ingenieur in der Verfahrenstechnik.</p>",
        "mid",
    ),
    # The source's own level field still comes before the years.
    ("Data Engineer", "Entry level", "<p>5+ years in SQL</p>", "junior"),
    ("Solutions Engineer", "Mid-Senior level", "<p>1+ year in pre-sales</p>", "senior"),
]


@pytest.mark.parametrize(
    ("title", "level_hint", "description", "level"), SEVENTEENTH_SESSION_POSTING_LEVEL_CASES
)
def test_seventeenth_session_posting_levels(
    title: str, level_hint: str | None, description: str, level: str | None
) -> None:
    got = classify(title, level_hint=level_hint, description=description)
    assert got.level == level, got.level_reason


# Seventeenth session (levels17): level classes of the market and lang corpora's train/dev
# misses, each counted over every corpus before its rule.
SEVENTEENTH_SESSION_LEVEL_CASES: list[tuple[str, str | None]] = [
    # A general manager runs a unit (store, hotel, region, function): lead; a Chinese
    # 总经理 heads the company.
    ("General Manager - Downtown Hotel", "lead"),
    ("Regional General Manager, Quick Service Restaurants", "lead"),
    ("Assistant General Manager (Retail)", "lead"),
    ("总经理（集团公司）", "executive"),
    # ... but a general manager who is also the CEO or managing director is the executive.
    ("General Manager & CEO - Boutique Hotel Group", "executive"),
    ("General Manager / Managing Director (m/w/d)", "executive"),
    # A commis (de cuisine, de salle, de rang) is the job itself; a commis chef is graded.
    ("Commis de salle - Brasserie (H/F)", None),
    ("Commis / Commise de cuisine - CDI", None),
    ("Commis de rang (H/F) - Hôtel 4*", None),
    ("Commis Chef - Fine Dining Restaurant", "junior"),
    # A residency programme hires new graduates (nurses, AI labs): junior; a PhD residency
    # is a doctoral student's post.
    ("New Graduate Nurse Residency Program - Oncology", "junior"),
    ("Machine Learning Residency 2026 (12 months)", "junior"),
    ("PhD Residency - Computer Vision", "intern"),
    # A business manager sells (French consulting firms' "Business Manager H/F", a new or
    # channel business manager): no rank.
    ("Business Manager IT - Lyon (H/F)", None),
    ("New Business Manager - Packaging", None),
    ("Senior Business Manager (H/F)", "senior"),
    # A programme's lead runs a programme, as a programme manager does: no rank.
    ("Clinical Program Lead - Oncology", None),
    ("Programme Lead, Digital Inclusion", None),
    ("Senior Program Lead (Remote)", "senior"),
]

# market_bf (the job-board APIs the adapters read: Arbeitnow, Remotive, Remote OK), invented
# titles of the classes its train/dev rows showed (seventeenth session).
SEVENTEENTH_SESSION_BF_CASES = [
    # German office nouns of Germany's boards: payroll, the certified tax specialist,
    # telephonists, a staffing agency's dispatcher, campaigns.
    ("Entgeltabrechner:in (m/w/d) in Teilzeit", "operations", None),
    ("Sachbearbeiter Lohnabrechnung (m/w/d)", "operations", None),
    ("Gehaltsabrechnerin - Homeoffice möglich", "operations", None),
    ("Steuerfachwirtin (m/w/d) für unsere Kanzlei", "operations", None),
    ("Telefonistin (m/w/d) Empfang und Zentrale", "operations", None),
    ("Telefonisten für unser Servicecenter gesucht", "operations", None),
    ("Personaldisponentin (m/w/d) in Hannover", "operations", None),
    ("Kampagnenmanager (m/w/d) Online-Marketing", "sales-marketing", None),
    ("Kundenbetreuung (m/w/d) in Teilzeit", "operations", None),
    # Interviewers of surveys, polls and applicants are clerical workers.
    ("Telephone Survey Interviewer - Evenings", "operations", None),
    ("Field Interviewer (Household Study)", "operations", None),
    ("Interviewerin (m/w/d) für Marktforschung", "operations", None),
    # Online marketplaces are sales channels, link building is search marketing; a
    # financial planner advises on the products an adviser sells.
    ("Zalando Marketplace Manager (m/w/d)", "sales-marketing", None),
    ("Senior Marketplace Specialist - Amazon & eBay", "sales-marketing", "senior"),
    ("Link Building Manager (Remote)", "sales-marketing", None),
    ("Certified Financial Planner - Wealth Team", "sales-marketing", None),
    # A German customer adviser on the telephone or online serves callers.
    ("Telefonische Kundenberaterin (m/w/d) in Vollzeit", "operations", None),
    ("Online-Kundenberater (m/w/d) Energie", "operations", None),
    ("Kundenberater im Außendienst (m/w/d)", "sales-marketing", None),
]

# Seventeenth session, market_bg (Rozee.pk, the UAE's employers): invented titles of the
# classes fixed from its train/dev rows.
SEVENTEENTH_SESSION_BG_CASES = [
    # A general manager's deputy, spelled out as South Asian and Gulf boards write it, is
    # ranked as "DGM" and "AGM" are: lead (levels17 reads a general manager, who runs a
    # unit, as lead too; both branches merged in the seventeenth session).
    ("Deputy General Manager - Procurement", "operations", "lead"),
    ("Assistant General Manager - Human Resources", "operations", "lead"),
    ("Associate General Manager, Corporate Sales", "sales-marketing", "lead"),
    ("Deputy General Manager (Finance & Accounts)", "operations", "lead"),
    ("General Manager - Plant Operations", "operations", "lead"),
    # Medical, dental, insurance and utility billers bill, as billing clerks do; a
    # payments firm's biller partnerships sell.
    ("Medical Biller - Night Shift", "operations", None),
    ("Senior Medical Biller", "operations", "senior"),
    ("Dental Biller (Remote)", "operations", None),
    ("Utility Biller II", "operations", "mid"),
    ("Biller Partnerships Manager", "sales-marketing", None),
    # "SQA" before a tester's job noun is software quality assurance.
    ("SQA Analyst - Web Applications", "software-engineer", None),
    ("Junior SQA Engineer", "software-engineer", "junior"),
    ("SQA Tester (Manual & Automation)", "software-engineer", None),
]

# The seventeenth session's sweep of job nouns over every corpus, judged leave-corpora-out.
SEVENTEENTH_SESSION_SWEEP_CASES = [
    # Physical products' and plants' engineering: failure analysis, new product
    # introduction, a fab's yield, the safety of plants and systems, power engineering.
    ("Senior Failure Analysis Engineer - Semiconductors", "other", "senior"),
    ("Failure Analysis Technician", "other", None),
    ("NPI Engineer II", "other", "mid"),
    ("Ingénieur NPI H/F", "other", None),
    ("Yield Enhancement Engineer (Fab)", "other", None),
    ("System Safety Engineer - Rail", "other", None),
    ("Lead Process Safety Engineer", "other", "lead"),
    ("Technical Safety Engineer (Offshore)", "other", None),
    ("Power Engineer - Substations", "other", None),
    ("Power BI Engineer", "data-analyst", None),
    ("Senior Power Platform Engineer (Dynamics 365)", "devops-engineer", "senior"),
    ("Software Engineer, Power Management", "software-engineer", None),
    # A plant's process integration and design, inspection, blasting and outside plant;
    # a business process's integration keeps its office reading.
    ("Process Integration Engineer - 300mm Fab", "other", None),
    ("Senior Process Design Engineer - Refinery", "other", "senior"),
    ("Inspection Engineer - Pipelines", "other", None),
    ("Visual Inspection Engineer II", "other", "mid"),
    ("Drill and Blast Engineer (FIFO)", "other", None),
    ("Outside Plant Engineer - Fiber", "other", None),
    ("Quality Inspection Coordinator", "other", None),
    ("Process Integration Specialist (SAP)", "operations", None),
    ("Software Engineer - Inspection Tools", "software-engineer", None),
    # Korean engineers of hardware, plant equipment, semiconductors and maintenance; a
    # Korean sales employee sells whatever industry is named.
    ("하드웨어 엔지니어 (경력 3년 이상)", "other", "mid"),
    ("반도체 공정 설비 엔지니어", "other", None),
    ("태양광발전소 유지보수 엔지니어 채용", "other", None),
    ("반도체 소프트웨어 엔지니어", "software-engineer", None),
    ("반도체 산업 영업직원 채용", "sales-marketing", None),
    ("게임 서버 엔지니어 채용", "software-engineer", None),
    # Ethical hackers in other languages are security work, not development.
    ("Ethische Hackerin (m/w/d)", "security-engineer", None),
    ("Senior Ethischer Hacker - Penetrationstests", "security-engineer", "senior"),
    ("Hacker etico junior", "security-engineer", "junior"),
    ("Etisk hacker till vårt säkerhetsteam", "security-engineer", None),
    ("Hacker professionnel H/F", "security-engineer", None),
    ("Growth Hacker - B2B SaaS (remote)", "sales-marketing", None),
]

SEVENTEENTH_SESSION_BC_CASES = [
    # Behaviour analysts (BCBA, BCaBA) treat clients in applied behaviour analysis, in
    # English and Spanish; a consumer behaviour analyst studies buyers for marketing.
    ("Behavior Analyst (BCBA) - Autism Clinic", "other", None),
    ("Senior Behaviour Analyst, Children's Services", "other", "senior"),
    ("BCaBA - Part Time, Home Based", "other", None),
    ("Analista de Conducta Certificado (BCBA)", "other", None),
    ("Behavioral Analyst II", "other", "mid"),
    ("Consumer Behaviour Analyst - Retail Insights", "sales-marketing", None),
    # A manager of the delivery of support runs a service (operations); a bare delivery
    # manager delivers a product's work.
    ("Support Delivery Manager - EMEA", "operations", None),
    ("Support Delivery Manager, Managed Services", "operations", None),
    ("Delivery Manager - Agile Squads", "product-manager", None),
    # Leasing's directors, leaders and specialists let homes, shops and cars to
    # customers (selling) in English, German and French; a lease's analyst and
    # administrator keep their office work.
    ("Leasing Director - Multifamily", "sales-marketing", "executive"),
    ("Leiter Leasing (m/w/d)", "sales-marketing", "lead"),
    ("Directeur leasing H/F", "sales-marketing", "executive"),
    ("Leasing Specialist, Student Housing", "sales-marketing", None),
    ("Sr. Lease Analyst", "operations", "senior"),
    ("Lease Administrator", "operations", None),
    # An estate agency's negotiators let and sell homes (English and Spanish); a credit
    # negotiator does not sell.
    ("Senior Lettings Negotiator", "sales-marketing", "senior"),
    ("Property Negotiator - Sales (Manchester)", "sales-marketing", None),
    ("Lettings Agent", "sales-marketing", None),
    ("Negociador Inmobiliario (Madrid)", "sales-marketing", None),
    ("Credit Negotiator", "operations", None),
    # A practice manager runs a dental, medical or veterinary practice's office
    # (operations, in English and German), whatever the practice's field.
    ("Dental Practice Manager - Leeds", "operations", "lead"),
    ("Veterinary Practice Manager", "operations", "lead"),
    ("Medical Practice Manager (Part Time)", "operations", "lead"),
    ("Praxismanagerin (m/w/d) Zahnarztpraxis", "operations", None),
    # A field CTO speaks for a vendor's technology to its customers (selling); a chief
    # technology officer heads its engineering.
    ("Field CTO - EMEA", "sales-marketing", "executive"),
    ("Field Chief Technology Officer, Public Sector", "sales-marketing", "executive"),
    ("Chief Technology Officer (CTO)", "software-engineer", "executive"),
    # Sales operations in the singular is sales operations: operations, and its manager
    # runs an activity (no level).
    ("Sales Operation Specialist", "operations", None),
    ("Sales Operation Analyst (m/w/d)", "operations", None),
    ("Sales Operation Manager", "operations", None),
    # A client's onboarding is onboarding (operations), whatever the job noun; a client
    # executive alone sells.
    ("Client Onboarding Executive", "operations", None),
    ("Client Onboarding Officer - Private Bank", "operations", None),
    ("Client Executive", "sales-marketing", None),
    # The head of a crew of coaches, instructors or lifeguards leads it, as a head chef
    # does; a "Head of" a function is its executive.
    ("Head Coach (Swimming)", "other", "lead"),
    ("Head Instructor - Climbing Centre", "other", "lead"),
    ("Head Lifeguard (Seasonal)", "other", "lead"),
    ("Head Trainer, Fitness Studio", "other", "lead"),
    # Government relations and affairs (operations) in English, Spanish and French, also
    # named first before a partnership.
    ("Government Relations & Partnership Specialist", "operations", None),
    ("Gerente de Relaciones Gubernamentales", "operations", "lead"),
    ("Responsable relations gouvernementales H/F", "operations", "lead"),
]

# market_bd's classes (seventeenth session, after its one scoring).
SEVENTEENTH_SESSION_BD_CASES = [
    # Chinese video editing without the -师 (剪辑, 剪輯, 混剪) is a video editor's work,
    # its specialists, assistants and heads too.
    ("抖音视频剪辑（可兼职）", "designer", None),
    ("高级剪辑", "designer", "senior"),
    ("影视剪辑专员", "designer", None),
    ("剪輯專員", "designer", None),
    ("視頻混剪", "designer", None),
    ("剪辑主管", "designer", "lead"),
    ("电影剪辑师", "designer", None),
    # Film and TV post-production is video editing too; a travel agency's 计调 plans
    # and books its tours (operations).
    ("后期制作助理", "designer", "junior"),
    ("後期製作", "designer", None),
    ("旅行社计调（双休）", "operations", None),
    ("出境游计调员", "operations", None),
    # "No experience" written out in Japanese and Chinese is a beginner's post, as 未経験
    # is; the industry's experience alone asks no more than 業界経験不問 does.
    ("経験なくてもOK！Webエンジニア", "software-engineer", "junior"),
    ("実務経験なし可／インフラエンジニア", "devops-engineer", "junior"),
    ("経験がなくても大丈夫！一般事務", "operations", "junior"),
    ("業界経験なしOK！法人営業", "sales-marketing", None),
    ("零基础可学 电商客服", "operations", "junior"),
    ("短视频剪辑（接受新人）", "designer", "junior"),
    # "経験者採用" (experienced hiring) is an experienced hire, as 経験者募集 is.
    ("【経験者採用】インフラエンジニア", "devops-engineer", "senior"),
    ("経験者採用：法人営業", "sales-marketing", "senior"),
    # A Chinese assistant after a worker's job noun is an assistant of that job, junior
    # as an English "Assistant" before it; after a field or an office it is no grade.
    ("剪辑师助理（双休）", "designer", "junior"),
    ("会计助理", "operations", "junior"),
    ("设计师助理", "designer", "junior"),
    ("Java开发助理", "software-engineer", "junior"),
    ("数据助理", "operations", None),
    ("财务与合规助理", "operations", None),
    # "創業60年" is a Japanese employer's age, no founding member's rank.
    ("創業100年の老舗メーカーでWebエンジニア", "software-engineer", None),
    ("創業メンバーとしてwebエンジニア募集", "software-engineer", "senior"),
    # "EM" between Japanese words is an engineering manager, not Portuguese "em" (in).
    ("急募！SaaS開発チームのEM募集", "software-engineer", "lead"),
    ("事業成長を牽引したいEM募集中", "software-engineer", "lead"),
    ("Analista em Dados", "data-analyst", None),
    # Katakana "agent" is an agent as in English: AI agents built, placement agents.
    ("AIエージェント開発エンジニア", "ai-engineer", None),
    ("生成AIエージェントの開発リード", "ai-engineer", "lead"),
    ("転職エージェント", "operations", None),
    # A Japanese headline's praised workplace ("成長できる環境", "働きやすい環境") is no
    # environmental work; environmental engineers and consultants stay other.
    ("成長できる環境でWebエンジニアとして働こう", "software-engineer", None),
    ("働きやすい環境でバックエンド開発！", "software-engineer", None),
    ("環境エンジニア（水処理）", "other", None),
    ("環境コンサルタント", "other", None),
]

# market_bd's classes the shipped role model still overrules (the title rules alone).
SEVENTEENTH_SESSION_BD_RULE_CASES = [
    # A Japanese headline's praised workplace is no environmental work.
    ("リモート環境や裁量を重視するエンジニア募集", "software-engineer"),
    ("挑戦できる環境です！エンジニア募集", "software-engineer"),
    # A travel agency's 计调 heading its desk (the model reads 主管 alone as other).
    ("出境游计调主管", "operations"),
]

# Every session's invented titles of the classes it fixed (the lists above, one per corpus
# or sweep), tested the same way: role and level, level alone, or the title rules' role
# alone (where the role model overrules a rule fix until it is retrained).
ROLE_AND_LEVEL_CASE_LISTS = (
    ELEVENTH_SESSION_AE_CASES,
    ELEVENTH_SESSION_AD_CASES,
    ELEVENTH_SESSION_AC_CASES,
    ELEVENTH_SESSION_ESCO_CASES,
    ELEVENTH_SESSION_ROMANCE_CASES,
    ELEVENTH_SESSION_LEAD_CASES,
    ELEVENTH_SESSION_AG_CASES,
    TWELFTH_SESSION_ESCO_CASES,
    TWELFTH_SESSION_AH_CASES,
    TWELFTH_SESSION_AJ_CASES,
    TWELFTH_SESSION_ESCO2_CASES,
    THIRTEENTH_SESSION_AK_CASES,
    THIRTEENTH_SESSION_AL_CASES,
    THIRTEENTH_SESSION_AO_CASES,
    THIRTEENTH_SESSION_AP_CASES,
    THIRTEENTH_SESSION_SWEEP_CASES,
    FOURTEENTH_SESSION_AS_CASES,
    FOURTEENTH_SESSION_AT_CASES,
    FOURTEENTH_SESSION_SWEEP_CASES,
    FOURTEENTH_SESSION_AQ_CASES,
    FOURTEENTH_SESSION_AR_CASES,
    FIFTEENTH_SESSION_AW_CASES,
    FIFTEENTH_SESSION_SWEEP_CASES,
    FIFTEENTH_SESSION_AU_CASES,
    FIFTEENTH_SESSION_AV_CASES,
    SIXTEENTH_SESSION_AZ_CASES,
    SIXTEENTH_SESSION_SWEEP_CASES,
    SIXTEENTH_SESSION_EU_CASES,
    SIXTEENTH_SESSION_AY_CASES,
    SIXTEENTH_SESSION_AX_CASES,
    SIXTEENTH_SESSION_BA_CASES,
    SIXTEENTH_SESSION_BB_CASES,
    SEVENTEENTH_SESSION_BE_CASES,
    SEVENTEENTH_SESSION_BF_CASES,
    SEVENTEENTH_SESSION_BG_CASES,
    SEVENTEENTH_SESSION_SWEEP_CASES,
    SEVENTEENTH_SESSION_BC_CASES,
    SEVENTEENTH_SESSION_BD_CASES,
)
LEVEL_CASE_LISTS = (
    TWELFTH_SESSION_LEVEL_CASES,
    THIRTEENTH_SESSION_LEVEL_CASES,
    FOURTEENTH_SESSION_LEVEL_CASES,
    FIFTEENTH_SESSION_LEVEL_CASES,
    SIXTEENTH_SESSION_LEVEL_CASES,
    SIXTEENTH_SESSION_AX_LEVEL_CASES,
    SEVENTEENTH_SESSION_LEVEL_CASES,
)
RULE_CASE_LISTS = (
    FOURTEENTH_SESSION_SWEEP_RULE_CASES,
    FOURTEENTH_SESSION_AR_RULE_CASES,
    FIFTEENTH_SESSION_AV_RULE_CASES,
    SIXTEENTH_SESSION_SWEEP_RULE_CASES,
    SEVENTEENTH_SESSION_BD_RULE_CASES,
)


@pytest.mark.parametrize(
    ("title", "role", "level"),
    [case for cases in ROLE_AND_LEVEL_CASE_LISTS for case in cases],
    ids=[case[0] for cases in ROLE_AND_LEVEL_CASE_LISTS for case in cases],
)
def test_session_class_cases(title: str, role: str, level: str | None) -> None:
    got = classify(title)
    assert (got.role, got.level) == (role, level), got


@pytest.mark.parametrize(
    ("title", "level"),
    [case for cases in LEVEL_CASE_LISTS for case in cases],
    ids=[case[0] for cases in LEVEL_CASE_LISTS for case in cases],
)
def test_session_level_cases(title: str, level: str | None) -> None:
    got = classify(title)
    assert got.level == level, got


@pytest.mark.parametrize(
    ("title", "role"),
    [case for cases in RULE_CASE_LISTS for case in cases],
    ids=[case[0] for cases in RULE_CASE_LISTS for case in cases],
)
def test_session_rule_cases(title: str, role: str) -> None:
    assert title_rule(title)[0] == role
