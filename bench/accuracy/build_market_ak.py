"""Print the candidate titles of market_ak.tsv: an aggregator's daily slice of employers'
own job boards (Greenhouse, Lever, Ashby, Workable, Workday and career pages; every
function, US, UK, Europe and Asia), read at two dates a week apart (reads JSON only;
executes nothing it reads)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import (
    ANONYMOUS,
    NO_JOB,
    Builder,
    Row,
    Screen,
    Source,
    employers_drawn,
    markets,
    read_json,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, working-student and trainee places are kept out (the slice
# is of regular jobs), in the words the boards write them: English (intern(ship), co-op,
# apprentice, trainee, working student, placement year, a law student's extern(ship)),
# German (Praktikum, Praktikant:in, Werkstudent:in, Ausbildung, duales Studium,
# Abschlussarbeit), French (stage, stagiaire, alternance, alternant:e, apprenti:e),
# Spanish and Portuguese (prácticas, practicante, becario, estágio, estagiário), Italian
# (tirocinio, stagista) and Dutch (stagiair, afstudeer-).
INTERN = re.compile(
    r"\b(intern|interns|internships?|co-?op|apprentice\w*|trainee\w*|working student"
    r"|placement year|externs?|externships?|\w*praktik\w*|werk?s?student\w*"
    r"|ausbildung\w*|dual\w* studium|abschlussarbeit|stage|stagiaire|alternan\w*"
    r"|apprenti\w*|pr[aá]cticas|practicante\w*|becari[oa]|est[aá]gi\w*|tirocini\w*"
    r"|stagista|stagiair\w*|afstudeer\w*)\b",
    re.I,
)
# A talent pool, a general application or a "future opportunities" list where a title
# should be: no job.
POOLS = re.compile(
    r"talent (pool|community|network)|general application|open application"
    r"|future opportunit|spontaneous application|candidature spontan|initiativbewerbung",
    re.I,
)


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # Lynceus's public slice of the 5,000 most recently posted roles on 2026-08-15, read
    # from 8,000 employers' own boards (Greenhouse, Lever, Ashby, Workable, Workday,
    # career pages; staffing agencies and job boards excluded). JSON object
    # `{"generated", "count", "jobs": [{"title", "company", "location", ...}]}`.
    Source(
        "lynceus-0815",
        "trylynceus/jobs",
        ("data/jobs.json",),
        "a6ec77c2c2babee5a9615303583b3a56adac2289",
        "jobs",
        limit=210,
    ),
    # The same slice a week later (2026-08-22): another 5,000 roles, 122 of them in the
    # first slice too (the draw skips a title drawn already).
    Source(
        "lynceus-0822",
        "trylynceus/jobs",
        ("data/jobs.json",),
        "4e26ae849a04e509fd8f8ffd06a6d181cc170d31",
        "jobs",
        limit=210,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer: skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"anonymous", "stealth", "stealthstartup", "stealthmode"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's earlier held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "aj")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {"general interest", "talent community", "careers"}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|co|net|org|de|fr|uk)/?$", re.I)
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, an escape left as text, an HTML entity left as text, or a run of question marks.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00|&\w+;|\?\?")
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of one saved file, in its order."""
    return read_json(source, path, commit)


BUILDER = Builder(
    corpus="market_ak",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=(POOLS,)
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved file (one of the source's files, by name)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
