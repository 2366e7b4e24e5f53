"""Print the candidate titles of market_ar.tsv: Tunisia's national job boards (farojob,
keejob, offre-emploi.tn) as a tracker saved them in 2026-03, every function of the
national market, titles as posted in French, English and German; and a US job seeker's
save of 1,687 postings for speakers of Japanese (Indeed, LinkedIn, Glassdoor) of every
function, 2026-02 ... 03 (reads CSV only; executes nothing it reads).

Held out: the session's final blind measure, labelled and committed unscored; the lead
scores it once with the session's final code."""

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
    employer_group,
    employers_drawn,
    markets,
    read_csv,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, trainee places, end-of-study and pre-hire work placements
# are kept out (the slice is of regular jobs), in the words the boards write them: English
# (intern(ship), apprentice, trainee, co-op, student), French (stage, stagiaire, PFE (the
# end-of-study project placement), alternance, alternant, apprenti), German (Praktikum,
# Praktikant, Werkstudent, Ausbildung, Azubi) and Japanese (インターン).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprenti\w*|trainee\w*|co-?op|students?"
    r"|stages?|stagiaires?|pfe|alternance|alternant\w*"
    r"|praktik\w*|werkstudent\w*|ausbildung\w*|azubi\w*)\b|インターン",
    re.I,
)

SOURCES = (
    # Tunisia Jobs Tracker: a scraper of Tunisia's job boards farojob.net, keejob.com and
    # offre-emploi.tn; 440 postings (150, 150, 140) saved as `data/jobs_cleaned.csv`
    # (`id, title, company, city, region, contract, ..., source, url, posted_at,
    # scraped_at`), scraped 2026-03-17. Every title the screen keeps is drawn (no limit).
    Source(
        "tn-boards",
        "mouhamedhabib/Tunisia-Jobs-Tracker",
        ("data/jobs_cleaned.csv",),
        "d68f6b4cab43e08414a082fef45f79f815254776",
        "csv",
        "title",
        "company",
    ),
    # Prospector: a job seeker's daily save (GitHub Actions) of postings for speakers of
    # Japanese in the US, read from Indeed, LinkedIn and Glassdoor: 1,687 postings of 524
    # employers in `data/japanese-jobs.csv` (`title, company, location, job_type,
    # date_posted, ..., site, description, scraped_at`) at the commit of 2026-03-12 (the
    # file later grew past what the snapshot keeps).
    Source(
        "us-japanese",
        "ayakacall/prospector",
        ("data/japanese-jobs.csv",),
        "0defd83c9c90696de6b75e53f710898dd55747c0",
        "csv",
        "title",
        "company",
        limit=180,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped. The Tunisian
# boards write an unnamed employer as "Entreprise Anonyme", "Société anonyme" or
# "Confidentiel".
NO_EMPLOYER = set(ANONYMOUS) | {
    employer_group(n, {}) for n in ("Entreprise Anonyme", "Société anonyme", "Confidentiel")
}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "ap")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {"part-time", "full-time", "freelance", "remote"}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|tn|net|org|io)/?$", re.I)
LONGEST = 120
# Calls that name no job: talent pools and "join our team", a French board's "recrute
# plusieurs profils" (several profiles) or "des collaborateurs" (staff of every kind), a
# bare "Offre d'emploi" heading, and a sentence addressed to the reader ("Você domina ...",
# "Vous parlez ...", "Do you ...") where a title should be: no posting of one job.
CALLS = re.compile(
    r"talent (pool|community|network)|general application|join our (team|network)"
    r"|plusieurs profils|\bdes collaborateurs$|^offre d.emploi"
    r"|^(você|vous|do you|are you)\b",
    re.I,
)


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


BUILDER = Builder(
    corpus="market_ar",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read_csv,
    screen=Screen(
        NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=(CALLS,)
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved CSV file of the source (one of its files, by name)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
