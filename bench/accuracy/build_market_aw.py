"""Print the candidate titles of market_aw.tsv: the whole boards of AI-first companies and
AI labs, developer-tool, cloud and infrastructure firms, fintech and crypto employers
(Greenhouse, Lever, Ashby and Gem boards, every function) as a job site's crawler saved
them, and every opening of Hong Kong's universities (academic, research, IT, finance,
administration and campus services) as an academic job board saved them (reads JSON and
CSV only; executes nothing it reads)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import (
    ANONYMOUS,
    BROKEN,
    NO_JOB,
    Builder,
    Row,
    Screen,
    Source,
    employers_drawn,
    markets,
    read_csv,
    read_json,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, residencies and fellowships for students, student jobs and
# research students are kept out (the slice is of regular jobs), in the words the boards
# write them: intern(ship), co-op, apprentice(ship), working student, student assistant,
# research student, PhD student and studentship.
INTERN = re.compile(
    r"\b(intern|interns|internships?|co-?op|apprentice\w*|working student|students?"
    r"|studentships?|werkstudent\w*|praktik\w*)\b",
    re.I,
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # Hong Kong's universities' boards as an academic job board's scraper saved them on
    # 2026-03-08: every opening of twelve universities (teaching and research posts,
    # postdocs, IT services, finance, estates, libraries, student services).
    Source(
        "hk-universities",
        "stringingcw-ai/hkacadjobs",
        ("jobs.csv",),
        "64d9a7f2a3ac500d8507564833fa3ff72968ccac",
        "csv",
        employer_field="university_full",
    ),
    # The boards of AI-first companies and AI labs (models, agents, speech, legal and
    # finance AI, GPU clouds, robotics) as a job site's crawler saved them on 2026-08-20:
    # every posting of each board (`{"data": [{"company", "title", "location", "link"}]}`).
    Source(
        "ai-boards",
        "crypto-jobs-fyi/crawler",
        ("ai_jobs.json",),
        "da73175b3e572a77f1d21e1aacfba9806a13e05a",
        "data",
        per_employer=4,
        limit=190,
    ),
    # The same crawler's boards of developer-tool, data and infrastructure software firms.
    Source(
        "tech-boards",
        "crypto-jobs-fyi/crawler",
        ("tech_jobs.json",),
        "da73175b3e572a77f1d21e1aacfba9806a13e05a",
        "data",
        per_employer=5,
    ),
    # Its boards of fintech employers (payments, lending, banking software, investing).
    Source(
        "fin-boards",
        "crypto-jobs-fyi/crawler",
        ("fin_jobs.json",),
        "da73175b3e572a77f1d21e1aacfba9806a13e05a",
        "data",
        per_employer=4,
        limit=60,
    ),
    # Its boards of crypto and web3 employers (exchanges, wallets, chains, market makers).
    Source(
        "crypto-boards",
        "crypto-jobs-fyi/crawler",
        ("jobs.json",),
        "da73175b3e572a77f1d21e1aacfba9806a13e05a",
        "data",
        per_employer=3,
        limit=50,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS)
# One employer under several names: the crawler names a board by its slug or domain
# ("perplexityai", "legora.com") where earlier corpora wrote the company's name, so the
# slug is joined to the name those corpora hold (and so kept out as drawn before).
ALIASES: dict[str, str] = {
    "ambientai": "ambientaiinc",
    "amilabs": "ami",
    "basisai": "basis",
    "characterai": "character",
    "invisibletech": "invisibletechnologiesai",
    "legoracom": "legora",
    "modalcom": "modal",
    "perplexityai": "perplexity",
    "sentryio": "sentry",
    "snorkelai": "snorkelaiinc",
    "temporalio": "temporaltechnologies",
    "zushealth": "zushealthinc",
    "veeam": "veeamsoftware",
    "figure": "figureai",
    "bitcoinsuisse": "bitcoinsuisseag",
    "copperco": "copper",
}
# The corpora of the held-out draws so far (market_u ... market_at): none of their
# employers is drawn.
DRAWN_BEFORE = markets("u", "at")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {
    "general interest",
    "talent community",
    "talent pool",
    "general application",
    "general application - register your interest",
    "spontaneous applications",
    "don’t see your role?",
}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|hk)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file of the source, in
    its order: the universities' CSV table or the crawler's JSON lists."""
    if source.fmt == "csv":
        return read_csv(source, path, commit)
    return read_json(source, path, commit)


BUILDER = Builder(
    corpus="market_aw",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
