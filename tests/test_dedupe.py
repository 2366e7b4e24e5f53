"""Table-driven tests of scraper.dedupe: URLs, company and title keys, pairs, Matcher."""
# ruff: noqa: E501  (table rows read better one case per line)

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.dedupe import (
    JobKey,
    Matcher,
    canonical_url,
    company_key,
    exact_key,
    job_key,
    level_signature,
    locations_compatible,
    same_job,
    title_key,
)

URLS = [
    ("https://jobs.lever.co/acme/abc?lever-source=LinkedIn", "https://jobs.lever.co/acme/abc"),
    ("HTTPS://Jobs.Lever.CO/acme/abc/", "https://jobs.lever.co/acme/abc"),
    ("https://example.com:443/a?utm_source=x&utm_medium=y", "https://example.com/a"),
    ("http://example.com:80/a", "http://example.com/a"),
    ("http://example.com:8080/a", "http://example.com:8080/a"),
    ("https://example.com/a#apply", "https://example.com/a"),
    ("https://example.com/", "https://example.com/"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
    ("https://example.com/a?ref=hn&id=7", "https://example.com/a?id=7"),
    ("https://example.com/a?source=remotive&src=x&trk=y", "https://example.com/a"),
    ("https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4", "https://example.com/a"),
    ("https://boards.greenhouse.io/acme/jobs/123?gh_jid=123", "https://boards.greenhouse.io/acme/jobs/123"),
    ("https://boards.greenhouse.io/acme/jobs/123?gh_src=abc", "https://boards.greenhouse.io/acme/jobs/123"),
    ("https://acme.example/careers/search?gh_jid=4455667", "https://acme.example/careers/search?gh_jid=4455667"),
    ("https://acme.example/careers/search?gh_jid=4455667&gh_src=x", "https://acme.example/careers/search?gh_jid=4455667"),
    ("https://www.example.com/a", "https://www.example.com/a"),
    ("  https://example.com/a  ", "https://example.com/a"),
    ("not a url ", "not a url"),
    ("", ""),
    ("http://[::1", "http://[::1"),
    ("https://example.com:99999/a", "https://example.com:99999/a"),
]  # fmt: skip


@pytest.mark.parametrize(("url", "expected"), URLS)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


COMPANIES = [
    ("OpenAI", "openai"), ("OpenAI, Inc.", "openai"), ("openai inc", "openai"),
    ("Acme GmbH", "acme"), ("Acme AG", "acme"), ("Acme KG", "acme"), ("Acme GmbH & Co. KG", "acme"),
    ("Acme S.A.", "acme"), ("Acme SAS", "acme"), ("Acme B.V.", "acme"), ("Acme N.V.", "acme"),
    ("Acme Pty Ltd", "acme"), ("Acme PLC", "acme"), ("Acme Corp.", "acme"), ("Acme Co.", "acme"),
    ("Acme SE", "acme"), ("Acme S.p.A.", "acme"), ("Acme Oy", "acme"), ("Acme AB", "acme"),
    ("Acme AS", "acme"), ("Acme ApS", "acme"), ("Acme Sp. z o.o.", "acme"), ("Acme K.K.", "acme"),
    ("Acme LLC", "acme"), ("Acme Ltd", "acme"), ("Acme Limited", "acme"), ("Acme S.L.", "acme"),
    ("Acme S.r.l.", "acme"), ("Acme Ltda", "acme"), ("Acme Pvt Ltd", "acme"),
    ("Acme Corporation", "acme"), ("ACME INC", "acme"), ("The Acme Company", "acme"),
    ("Société Générale S.A.", "societegenerale"), ("Hugging Face", "huggingface"),
    ("HuggingFace, Inc.", "huggingface"), ("Veeam Software", "veeamsoftware"),
    ("veeamsoftware", "veeamsoftware"), ("Procter & Gamble", "proctergamble"),
    ("Procter and Gamble", "proctergamble"), ("Nokia Oyj", "nokia"), ("Müller GmbH", "muller"),
    ("Stripe", "stripe"), ("", ""),
]  # fmt: skip


@pytest.mark.parametrize(("name", "expected"), COMPANIES)
def test_company_key(name: str, expected: str) -> None:
    assert company_key(name) == expected


TITLES = [
    ("Senior ML Engineer – Berlin (m/w/d)", "senior machine learning engineer"),
    ("Sr. Machine-Learning Engineer", "senior machine learning engineer"),
    ("Sr Machine Learning Engineer", "senior machine learning engineer"),
    ("SENIOR MACHINE LEARNING ENGINEER", "senior machine learning engineer"),
    ("MLE", "machine learning engineer"),
    ("AI Engineer", "artificial intelligence engineer"),
    ("Artificial Intelligence Engineer", "artificial intelligence engineer"),
    ("SWE II", "software engineer 2"),
    ("Software Engineer III", "software engineer 3"),
    ("Software Engineer IV (Remote, US)", "software engineer 4"),
    ("SRE", "site reliability engineer"),
    ("Jr. Data Eng.", "junior data engineer"),
    ("Engineering Mgr, Payments", "engineering manager payments"),
    ("DevOps Engineer (Hybrid)", "devops engineer"),
    ("Dev Ops Engineer", "devops engineer"),
    ("Backend Dev", "backend developer"),
    ("Back-End Developer", "backend developer"),
    ("Full-Stack Engineer", "fullstack engineer"),
    ("Data Scientist (f/m/x)", "data scientist"),
    ("Data Scientist (all genders)", "data scientist"),
    ("Data Scientist m/f/d", "data scientist"),
    ("Data Scientist (w/m/d)", "data scientist"),
    ("Data Scientist (m/w/x)", "data scientist"),
    ("Data Scientist (gn)", "data scientist"),
    ("Data Scientist (H/F)", "data scientist"),
    ("Entwickler*in Backend (w/m/d)", "entwickler backend"),
    ("Softwareentwickler (m/f/d) in Berlin", "softwareentwickler"),
    ("Product Manager | Berlin", "product manager"),
    ("Product Manager - Remote", "product manager"),
    ("Remote - Senior Data Engineer", "senior data engineer"),
    ("Senior Data Engineer - Remote - EMEA", "senior data engineer"),
    ("Data Engineer (Remote, US)", "data engineer"),
    ("Data Engineer – London", "data engineer"),
    ("Data Engineer, India", "data engineer"),
    ("Researcher: Speech Synthesis, UK", "researcher speech synthesis"),
    ("Open-Source Compiler Engineer - US Remote", "open source compiler engineer"),
    ("Software Engineer, Payments", "software engineer payments"),
    ("Account Executive, Cross Border Korea", "account executive cross border korea"),
    ("NLP Engineer", "natural language processing engineer"),
    ("CV Engineer", "computer vision engineer"),
    ("R&D Engineer", "r and d engineer"),
    ("Sales & Marketing Lead", "sales and marketing lead"),
    ("Team Leader", "team lead"),
    ("Internship Data Analyst", "intern data analyst"),
    ("  Data   Analyst  ", "data analyst"),
    ("Ingénieur Logiciel", "ingenieur logiciel"),
    ("C++ Developer", "cpp developer"),
    ("Node.js Engineer", "node engineer"),
    ("Remote", "remote"),
    ("", ""),
]  # fmt: skip


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_title_key(title: str, expected: str) -> None:
    assert title_key(title) == expected


LEVELS = [
    ("senior software engineer", "senior"), ("software engineer", ""),
    ("staff software engineer", "staff"), ("senior staff engineer", "senior staff"),
    ("principal engineer", "principal"), ("software engineer 2", "2"),
    ("intern data analyst", "intern"), ("junior developer", "junior"),
    ("head of data", "head"), ("director of engineering", "director"),
    ("vp engineering", "vp"), ("engineering manager", "manager"),
    ("product manager", ""), ("senior product manager", "senior"),
    ("customer success manager", ""), ("data science manager", "manager"),
    ("lead data engineer", "lead"), ("founding engineer", "founding"),
]  # fmt: skip


@pytest.mark.parametrize(("key", "expected"), LEVELS)
def test_level_signature(key: str, expected: str) -> None:
    assert level_signature(key) == expected


def test_job_key_location_parsing() -> None:
    k = job_key("Acme Inc.", "Sr. ML Engineer", location="San Francisco, CA")
    assert k == JobKey(
        "acme", "senior machine learning engineer", "senior", "US", "san francisco", None
    )
    assert job_key("A", "x", location="Remote - US").remote == "remote"
    assert job_key("A", "x", location="Remote (United States)").country == "US"
    assert job_key("A", "x", location="US-Remote").country == "US"
    assert job_key("A", "x", location="SF, NYC, SEA, CHI").city is None
    assert job_key("A", "x", location="Seattle or Redmond, WA").city is None
    assert job_key("A", "x", location="Bengaluru, Karnataka").city == "bengaluru"
    assert job_key("A", "x", location="Berlin, DE").country == "DE"
    assert job_key("A", "x", location="München").city == "munich"
    assert job_key("A", "x", country="United Kingdom").country == "GB"
    assert job_key("A", "x", country="uk").country == "GB"
    assert job_key("A", "Data Engineer - London").city == "london"
    assert job_key("A", "Data Engineer (Remote)").remote == "remote"


# (company, title, location kwargs) pairs that are copies of one job.
POSITIVE = [
    (("OpenAI", "Senior ML Engineer", {"location": "San Francisco, CA"}),
     ("OpenAI, Inc.", "Sr. Machine Learning Engineer", {"location": "San Francisco"})),
    (("Acme GmbH", "Backend Entwickler (m/w/d)", {"location": "Berlin"}),
     ("Acme", "Backend Entwickler", {"location": "Berlin, Germany"})),
    (("Acme", "Data Engineer", {"location": "SF"}),
     ("Acme Inc", "Data Engineer", {"location": "San Francisco, CA"})),
    (("Acme", "Data Engineer", {"location": "Remote - US"}),
     ("Acme", "Data Engineer", {"location": "Remote (United States)"})),
    (("Acme", "Data Engineer - Remote", {"location": "US-Remote"}),
     ("acme inc", "Data Engineer", {"remote": "remote", "country": "US"})),
    (("Acme", "Data Engineer – London", {}), ("Acme Ltd", "Data Engineer", {"location": "London, UK"})),
    (("Acme", "Machine Learning Engineer", {}), ("Acme", "Machine-Learning Engineer", {})),
    (("Acme", "AI Engineer", {}), ("Acme", "Artificial Intelligence Engineer", {})),
    (("Acme", "Software Engineer II", {}), ("Acme", "Software Engineer 2", {})),
    (("Acme", "Software Engineer, Payments", {}), ("Acme", "Software Engineer - Payments", {})),
    (("Acme", "Software Engineer, Payments", {}), ("Acme", "Software Engineer (Payments Team)", {})),
    (("Acme", "Frontend Engineer", {}), ("Acme", "Front End Engineer", {})),
    (("Acme", "Senior Data Scientist", {"location": "Berlin"}), ("Acme", "Senior Data Scientists", {})),
    (("Acme", "Data Engineer", {"location": "New York, NY"}), ("Acme", "Data Engineer", {"location": "NYC"})),
    (("Acme", "Data Engineer", {"location": "Bangalore"}), ("Acme", "Data Engineer", {"location": "Bengaluru, Karnataka"})),
    (("Acme", "Data Engineer", {"location": "Munich"}), ("Acme", "Data Engineer", {"location": "München"})),
    (("Acme", "Data Engineer", {"location": "Berlin"}), ("Acme", "Data Engineer", {})),
    (("Acme", "DATA ENGINEER", {}), ("Acme", "data engineer", {})),
    (("The Acme Company", "SRE", {}), ("Acme Co.", "Site Reliability Engineer", {})),
    (("Acme", "Senior Software Engineer (all genders)", {}), ("Acme", "Sr Software Engineer (f/m/x)", {})),
    (("Acme", "Dev Ops Engineer", {}), ("Acme", "DevOps Engineer", {})),
    (("Acme", "Engineer, Backend", {}), ("Acme", "Backend Engineer", {})),
    (("Acme", "Data Engineer", {"location": "Remote", "remote": "remote"}),
     ("Acme", "Data Engineer", {"location": "Remote - EMEA"})),
    (("Acme", "Data Engineer", {"location": "Berlin (Hybrid)"}), ("Acme", "Data Engineer", {"location": "Berlin", "remote": "onsite"})),
]  # fmt: skip

NEGATIVE = [
    (("Acme", "Senior Data Engineer", {}), ("Acme", "Staff Data Engineer", {})),
    (("Acme", "Senior Data Engineer", {}), ("Acme", "Data Engineer", {})),
    (("Acme", "Software Engineer I", {}), ("Acme", "Software Engineer II", {})),
    (("Acme", "Software Engineer Intern", {}), ("Acme", "Software Engineer", {})),
    (("Acme", "Data Engineer", {}), ("Acme", "Data Scientist", {})),
    (("Acme", "Engineering Manager", {}), ("Acme", "Software Engineer", {})),
    (("Acme", "Engineering Manager, Payments", {}), ("Acme", "Software Engineer, Payments", {})),
    (("Acme", "Software Engineer, Payments", {}), ("Acme", "Software Engineer, Search", {})),
    (("Acme", "Software Engineer, Payments", {}), ("Acme", "Software Engineer", {})),
    (("Acme", "Backend Engineer", {}), ("Acme", "Frontend Engineer", {})),
    (("Acme", "Research Scientist", {}), ("Acme", "Research Engineer", {})),
    (("Acme", "Data Engineer", {"location": "Berlin"}), ("Acme", "Data Engineer", {"location": "Munich"})),
    (("Acme", "Data Engineer", {"location": "London, UK"}), ("Acme", "Data Engineer", {"location": "London, Ontario, Canada"})),
    (("Acme", "Data Engineer", {"country": "US"}), ("Acme", "Data Engineer", {"country": "GB"})),
    (("Acme", "Data Engineer", {"location": "Remote - US"}), ("Acme", "Data Engineer", {"location": "Remote - UK"})),
    (("Acme", "Data Engineer", {"location": "Remote - US"}), ("Acme", "Data Engineer", {"location": "Austin, TX"})),
    (("Acme", "Data Engineer", {"remote": "remote"}), ("Acme", "Data Engineer", {"remote": "hybrid"})),
    (("Acme", "Data Engineer – Berlin", {}), ("Acme", "Data Engineer – Paris", {})),
    (("Acme", "Data Engineer", {}), ("Globex", "Data Engineer", {})),
    (("Acme", "Account Executive, Cross Border Korea", {}), ("Acme", "Account Executive, Cross Border Japan", {})),
    (("Acme", "Senior Product Manager", {}), ("Acme", "Product Manager", {})),
    (("Acme", "Part-Time Data Analyst", {}), ("Acme", "Data Analyst", {})),
    (("Acme", "Head of Data", {}), ("Acme", "Data Lead", {})),
    (("Acme", "Software Engineer, New Grad", {}), ("Acme", "Software Engineer", {})),
    (("Acme", "Associate Product Manager", {}), ("Acme", "Product Manager", {})),
]  # fmt: skip


def _key(spec: tuple[str, str, dict[str, str]]) -> JobKey:
    company, title, kw = spec
    return job_key(company, title, **kw)


@pytest.mark.parametrize(("a", "b"), POSITIVE)
def test_same_job_positive(
    a: tuple[str, str, dict[str, str]], b: tuple[str, str, dict[str, str]]
) -> None:
    ka, kb = _key(a), _key(b)
    assert same_job(ka, kb), (ka, kb)
    assert same_job(kb, ka)


@pytest.mark.parametrize(("a", "b"), NEGATIVE)
def test_same_job_negative(
    a: tuple[str, str, dict[str, str]], b: tuple[str, str, dict[str, str]]
) -> None:
    ka, kb = _key(a), _key(b)
    assert not same_job(ka, kb), (ka, kb)
    assert not same_job(kb, ka)


def test_locations_compatible_rules() -> None:
    base = JobKey("a", "t", "", None, None, None)
    assert locations_compatible(base, base)
    us = JobKey("a", "t", "", "US", None, "remote")
    us_sf = JobKey("a", "t", "", "US", "san francisco", "remote")
    us_ny = JobKey("a", "t", "", "US", "new york", "remote")
    assert locations_compatible(us_sf, us_ny)  # both remote: the city is only the HQ
    assert locations_compatible(us, base)  # unknowns never conflict
    office = JobKey("a", "t", "", "US", "austin", None)
    assert not locations_compatible(us, office)


def test_exact_key() -> None:
    assert exact_key(job_key("Acme Inc", "Sr Data Engineer", location="Berlin")) == (
        "acme|senior data engineer|DE:berlin"
    )
    assert exact_key(job_key("Acme", "Data Engineer", location="Remote - US")) == (
        "acme|data engineer|remoteUS"
    )
    assert exact_key(job_key("Acme", "Data Engineer")) == "acme|data engineer|"


def test_matcher_finds_copies_and_keeps_near_misses_apart() -> None:
    m = Matcher()
    m.add(1, job_key("Acme", "Senior Data Engineer", location="Berlin"))
    m.add(2, job_key("Acme", "Senior Data Engineer", location="Munich"))
    m.add(3, job_key("Acme", "Staff Data Engineer", location="Berlin"))
    m.add(4, job_key("Acme", "Software Engineer, Payments"))
    assert len(m) == 4
    assert (
        m.match(job_key("Acme GmbH", "Sr. Data Engineer (m/w/d)", location="Berlin, Germany")) == 1
    )
    assert m.match(job_key("Acme", "Senior Data Engineer", location="München")) == 2
    assert m.match(job_key("Acme", "Staff Data Engineer", location="Berlin")) == 3
    assert m.match(job_key("Acme", "Software Engineers - Payments")) == 4
    assert m.match(job_key("Acme", "Software Engineer, Search")) is None
    assert m.match(job_key("Acme", "Principal Data Engineer", location="Berlin")) is None
    assert m.match(job_key("Globex", "Senior Data Engineer", location="Berlin")) is None
    assert m.match(job_key("", "Senior Data Engineer")) is None


@pytest.mark.parametrize(
    "subject",
    ["AI", "ML", "IT", "HR", "CV", "AR", "BI"],
)
def test_a_subject_abbreviation_in_a_title_is_no_country(subject: str) -> None:
    """ "Senior Software Engineer, AI" is not the same job as "Senior Software Engineer"
    (AI is Anguilla's code, ML Mali's, IT Italy's: in a title they name the subject)."""
    plain = job_key("Acme", "Senior Software Engineer", location="Berlin, Germany")
    other = job_key("Acme", f"Senior Software Engineer, {subject}", location="Berlin, Germany")
    assert other.title != plain.title and other.country == "DE"
    assert not same_job(plain, other)


def test_a_country_code_suffix_is_still_a_place() -> None:
    key = job_key("Acme", "Account Executive - DE")
    assert (key.title, key.country) == ("account executive", "DE")


# Keys from small vocabularies, so exact keys, blocks and titles collide often.
_KEYS = st.builds(
    JobKey,
    company=st.just("acme"),
    title=st.sampled_from(
        [f"data engineer {w}" for w in "abcdefghijkl"] + ["data engineers", "data scientist"]
    ),
    level=st.sampled_from(["", "senior"]),
    country=st.sampled_from([None, "DE", "US"]),
    city=st.sampled_from([None, "berlin"]),
    remote=st.sampled_from([None, "remote"]),
)


def test_equally_close_titles_go_to_the_oldest_job_whatever_the_order_they_came_in() -> None:
    """Found by the property below: a discarded job's title, first into the block, made
    its later job win a tie against an older one."""

    def key(title: str) -> JobKey:
        return JobKey("acme", title, "", None, None, None)

    m = Matcher()
    m.add(1, key("data engineer h"))
    m.add(2, key("data engineer f"))
    m.add(3, key("data engineer h"))
    m.discard(1, key("data engineer h"))
    fresh = Matcher()
    fresh.add(2, key("data engineer f"))
    fresh.add(3, key("data engineer h"))
    assert m.match(key("data engineer a")) == fresh.match(key("data engineer a")) == 2


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(_KEYS, st.booleans()), min_size=1, max_size=40),
    st.lists(_KEYS, min_size=1, max_size=10),
)
def test_a_matcher_after_discards_answers_as_one_built_afresh(
    added: list[tuple[JobKey, bool]], queries: list[JobKey]
) -> None:
    """The compact index (one entry alone under an exact key, a block's titles scanned until
    there are many) keeps nothing of a discarded job and loses nothing of a kept one."""
    m = Matcher()
    for job_id, (key, _) in enumerate(added, 1):
        m.add(job_id, key)
    kept = Matcher()
    for job_id, (key, keep) in enumerate(added, 1):
        if keep:
            kept.add(job_id, key)
        else:
            m.discard(job_id, key)
    assert len(m) == len(kept)
    for query in queries:
        assert m.match(query) == kept.match(query)


def test_a_normalise_worker_does_not_import_rapidfuzz() -> None:
    """A worker imports dedupe for `job_key` only: rapidfuzz (3.4 MB of RSS a process) is
    imported where titles are matched."""
    import subprocess
    import sys

    code = "import sys, scraper.prepare; print('rapidfuzz' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
