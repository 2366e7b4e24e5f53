"""Print the candidate titles of market_ab.tsv: a chemicals group's whole job board (BASF,
Germany), Business France's board of international volunteer (V.I.E) postings of French
employers, Croatia's public employment service (HZZ), energy employers' boards and a
Texas region's employers' boards (reads JSON only; executes nothing it reads)."""

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
    Screen,
    Source,
    employers_drawn,
    markets,
    read_json,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, student jobs and training places are kept out (the slice
# is of regular jobs), in the words the boards write them: English (intern, internship,
# apprentice, trainee(ship) and trainee programme, working student, thesis), German
# (Praktikum, Jahrespraktikum, Praktikant:in, Werkstudent:in, Studentenjob, Masterand:in,
# the legal clerkship Rechtsreferendar:in, Ausbildung, duales Studium, a "Bachelor of ..."
# study place, Abschlussarbeit, Ferienhelfer:in, the pre-apprenticeship "Start in den
# Beruf"), French (stage, stagiaire, alternance, apprenti) and
# Croatian (pripravnik, stručno osposobljavanje, učenik).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|working student|thesis"
    r"|\w*praktik\w*|werk?s?student\w*|studentenjob|masterand\w*|\w*referendar\w*"
    r"|ausbildung\w*|dual\w* studium|bachelor of \w+|abschlussarbeit|ferienhelfer\w*"
    r"|start in den beruf|stage|stagiaire|alternan\w*|apprenti\w*"
    r"|pripravni\w*|stručno osposobljavanje|učeni\w*)\b",
    re.I,
)


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # BASF's German job board (basf.jobs) as a feed saved it on 2026-06-10: every posting
    # of the group's German companies (plants, labs, shared services, catering, sales),
    # each under its legal entity.
    Source(
        "de-basf",
        "ZR-JT/basf-jobs-feed",
        ("jobs.json",),
        "8fb179a9631099fd0db1de20b5334e176982c050",
        "jobs",
    ),
    # Business France's V.I.E board (mon-vie-via.businessfrance.fr): the postings of the
    # last fortnight of 2026-08, French employers of every kind hiring abroad.
    Source(
        "fr-vie",
        "Alexsftl/BusinessFrance_Scraper",
        ("data/offers.json",),
        "c33970fce0eb321bb34203bf3065255cb5f89b1c",
        "map",
        "missionTitle",
        "organizationName",
        per_employer=3,
    ),
    # Croatia's public employment service (HZZ, burzarada.hzz.hr), Zagreb postings of
    # 2026-08 in the shortage occupations and those written for foreigners.
    Source(
        "hr-hzz",
        "JMNofziger/burza-rada-stranci-filter",
        ("docs/jobs.json",),
        "70297a8a0eefef6e180038ce6d9ed25f0e922343",
        "jobs",
        employer_field="employer",
        per_employer=3,
    ),
    # Employers' own boards of the energy industry (Baker Hughes, KBR, Halliburton, Noble,
    # Subsea7) as a job-board start-up's scraper saved them on 2026-02-08, every function:
    # five batches of 400 postings (JSON lists `{"title", "company", ...}`).
    Source(
        "energy-boards",
        "Moblyze/internal-jobs-review",
        tuple(f"public/data/batches/batch-{n}.json" for n in range(1, 6)),
        "9f6b8e583750121168f9e24cb223af02059d6810",
        "array",
    ),
    # The boards of the Texas Panhandle's employers (a university, a health sciences
    # centre, a clinic group, a bank, equipment dealers, a drilling firm, a hose supplier)
    # as a regional aggregator's scrapers saved them on 2026-08-22 (Workday, BrassRing,
    # Paycom, Team Engine and career pages; JSON list `{"title", "company", ...}`).
    Source(
        "us-horizons",
        "rmrichardson88/horizons-aggregator",
        ("data/latest_jobs.json",),
        "a7db272c5c6c660b2f27e17098b69f850d478f18",
        "array",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"anonymous"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the same session's held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "aa")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {"general interest", "talent community"}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|fr|de|hr)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


# (employer, title, source key) of one saved file, in its order.
read = read_json

BUILDER = Builder(
    corpus="market_ab",
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
