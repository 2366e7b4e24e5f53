"""Print the candidate titles of market_bc.tsv: employers' whole public ATS boards
(Greenhouse, Lever, Ashby, Personio, SmartRecruiters, Recruitee) of 2025-2026 as three
collections saved them: a start-up job index's daily samples (AI-first start-ups, developer
tools, fintech, health tech, robotics and hardware; every function on their boards), a
job-board scraper's whole-board crawl of US firms (dental groups, bakeries, fashion,
fintech, data software), and a board of advertising, PR, design and digital agencies'
open roles (reads JSON data only; executes nothing it reads)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

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
    VersionedSource,
    employers_drawn,
    field_text,
    markets,
    posting_rows,
    read_json,
    source_key,
    squash,
    versioned_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, trainee places, student jobs, fellowships (a media
# house's and a clinic's post-doctoral fellows; a "Technical" or "Distinguished Fellow" is
# an engineer's rank, kept) and volunteers are kept out (the slice is of regular jobs), in
# the words the boards write them: English (intern, internship, apprentice, trainee, co-op,
# student, volunteer, fellow, fellowship), German (Praktikum, Praktikant, Werkstudent,
# Ausbildung) and French (stage, stagiaire, alternance).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|co-?op|students?|volunteers?"
    r"|(?<!technical )(?<!distinguished )fellow(s|ships?)?"
    r"|\w*praktik\w*|werk?s?student\w*|ausbildung\w*|stage|stagiaire|alternan\w*)\b",
    re.I,
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES: tuple[Source | VersionedSource, ...] = (
    # A start-up job index's daily sample of its newest postings (`[{company_name, title,
    # source_platform, url, ...}]`), read from the boards of the start-ups and tech firms
    # it follows: four days' samples, 2026-09-20, 09-26, 10-05 and 10-08. No snapshot of the
    # repository could be had: each sample's `company_name` and `title` were transcribed
    # into `market_bc_transcribed/<commit>/jobs.json` (`[{company, title}]`), in order.
    VersionedSource(
        "startup-index",
        "rocketlist-ai/startup-jobs",
        ("sample/jobs.json",) * 4,
        (
            "d8850e959423de018dc6a061e0c3e3856a5cbe03",
            "000a5a4a727e4d967eb61b79bd8a9dbf736c48a1",
            "11cd750d447906db66e39d82969788e4cc162d2d",
            "98a0257bddc652866c2d9e081359ad4279592606",
        ),
        "transcribed",
        "title",
        "company",
        per_employer=4,
        limit=220,
    ),
    # A job-board scraper's whole-board crawl of 40 Greenhouse and Lever boards of US
    # (and a few Canadian, British and Latin American) firms, 2025-11: a JSON list of
    # `{source, organization, title, locationName, ...}`, `organization` the board token.
    Source(
        "board-crawl",
        "aleks-t/job-scrape",
        ("jobs.json",),
        "6bc4a0b688c4101e44b2e90942e41c65d8379e80",
        "array",
        "title",
        "organization",
        per_employer=6,
        limit=150,
    ),
    # A board of agencies' open roles (advertising, PR, design, digital, data and
    # technology consultancies of the US, Canada, the UK and Asia-Pacific), crawled daily
    # from their Greenhouse, Lever and Ashby boards: JSON lines of `{company, title,
    # source, posted, ...}`, posted 2026-01 to 2026-08.
    Source(
        "agency-boards",
        "davidhooshaus/agency-roles",
        ("data/jobs.jsonl",),
        "c4425ae0fb9644e41106888dfbc030b33a841117",
        "jsonl",
        "title",
        "company",
        per_employer=3,
        limit=115,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
NO_EMPLOYER = set(ANONYMOUS)
# One employer under several names: the cap counts them together (the index's names
# and the crawl's board tokens are each one spelling a firm).
ALIASES: dict[str, str] = {}
# The corpora of the held-out draws so far (market_u ... market_bb): none of their
# employers is drawn.
DRAWN_BEFORE = (*markets("u", "az"), "market_ba.tsv", "market_bb.tsv")
# Strings of a title field that are no job title: dropped before the employer cap counts.
# ("W+K Seoul": an agency's office, no job named.)
NON_TITLES = set(NO_JOB) | {"general interest", "talent community", "talent pool", "w+k seoul"}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev)/?$", re.I)
LONGEST = 120
# Talent pools, open applications and events (no one job): "Talent Pool", "Open
# Application", "Initiativbewerbung", an agency's drop box for résumés, portfolios or
# "General Creative Submission", "Future Opportunities", a recruiting fair's day
# ("Recruiting Tag"); and a board's copy of a posting ("Copy of ...").
OTHERS = (
    re.compile(r"\b(talent (pool|community|network)|open application|initiativbewerbung)", re.I),
    re.compile(r"\b(resume drop|portfolio review|general \w+ submission|future opportunit)", re.I),
    re.compile(r"\brecruiting[ -]?tag\b", re.I),
    re.compile(r"^copy of\b", re.I),
)


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def transcribed_items(text: str) -> list[dict[str, Any]]:
    """The postings of a transcribed sample: a JSON list of `{company, title}` objects."""
    doc = json.loads(text)
    if not isinstance(doc, list):
        raise ValueError("no JSON list of transcribed postings")
    return [item for item in doc if isinstance(item, dict)]


def jsonl_items(text: str) -> list[dict[str, Any]]:
    """The postings of a JSON-lines file, one object a line (blank lines skipped)."""
    out = []
    for line in text.splitlines():
        if line.strip():
            item = json.loads(line)
            if isinstance(item, dict):
                out.append(item)
    return out


def read(source: Source | VersionedSource, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file of the source, in
    its order: a transcribed sample of the start-up index, the crawl's JSON list or the
    agency board's JSON lines."""
    text = path.read_text(encoding="utf-8")
    if isinstance(source, VersionedSource):
        key = versioned_key(source, path, commit)
        items = transcribed_items(text)
        return [
            (
                squash(field_text(i.get(source.employer_field))),
                field_text(i.get(source.title_field)),
                key,
            )
            for i in items
        ]
    if source.fmt == "jsonl":
        return posting_rows(source, jsonl_items(text), source_key(source, path, commit))
    return read_json(source, path, commit)


BUILDER = Builder(
    corpus="market_bc",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=OTHERS
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
