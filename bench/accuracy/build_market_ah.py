"""Print the candidate titles of market_ah.tsv: a job-market radar's daily snapshots of
public job APIs (Arbeitnow's German board, Himalayas, Jobicy, Working Nomads, Remotive)
and a European job scanner's LinkedIn results of firmware, test and AI/ML engineering
roles (reads JSON only; executes nothing it reads)."""

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
# apprentice, trainee(ship), working student, thesis, co-op), German (Praktikum,
# Praktikant:in, Werkstudent:in, studentische Hilfskraft, Ausbildung, Auszubildende,
# Azubi, duales Studium, Abschlussarbeit, Bachelor- or Masterarbeit), Spanish and
# Portuguese (pasante, pasantía, práctica(s), estágio, estagiário), French (stage,
# stagiaire, alternance) and Chinese (实习).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|working student|thesis|co-?op"
    r"|\w*praktik\w*|werk?s?student\w*|studentisch\w*|ausbildung\w*|auszubildende\w*|azubi\w*"
    r"|dual\w* studium|abschlussarbeit|\w*arbeit \(bachelor|bachelorarbeit|masterarbeit"
    r"|pasant\w*|pr[aá]cticas?|est[aá]gi\w*|stage|stagiaire|alternan\w*)\b|实习",
    re.I,
)


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # A data-jobs radar's daily snapshots (GitHub Actions, 2026-07-29 and 2026-08-21) of
    # seven public job APIs, every posting they returned, every function: Arbeitnow
    # (Germany's and Austria's employers' boards, German and English titles), Himalayas,
    # Jobicy, Working Nomads and Remotive. Remote OK's free posts are left out (board
    # names, slogans and questions where a title should be: "Trend", "Join us", "Current
    # openings"), and so are Eleduck's (Chinese remote gigs that name no employer).
    Source(
        "remote-radar",
        "EGG-ZERO/da-job-radar",
        ("data/raw/2026-07-29.json", "data/raw/2026-08-21.json"),
        "99cb2e310993d881e2474c58e00320630b2bc93c",
        "jobs",
        limit=300,
        left_out=("remoteok", "eleduck"),
    ),
    # A European job scanner's LinkedIn results of 2026-02-21 (its searches for firmware,
    # embedded, test and AI/ML engineering roles in Germany, Austria, Switzerland,
    # Slovakia, Poland, the UK and beyond), on the repository's data branch.
    Source(
        "eu-joblens",
        "OpenXFlow/jobLens-data",
        ("outputs/20260221_1023_default_linkedin/all_jobs_raw.json",),
        "fd19541cb634941e51848655dc5890656da8dbe3",
        "array",
        limit=100,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"anonymous"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "ag")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {
    "initiativbewerbung",
    "general interest",
    "talent community",
    "talent pool",
    "external job post",
    "test join",
    "dein wille zählt, nicht dein lebenslauf! (m/w/d)",
}
# A board's talent pool where a title should be ("Banco de Talentos - ...").
OTHERS = (re.compile(r"^banco de talentos\b", re.I),)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|de)/?$", re.I)
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, an escape or an HTML entity left as text, or a run of question marks.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00|&\w+;|&#|\?\?")
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


# (employer, title, source key) of one saved file, in its order (the feeds a source
# leaves out skipped).
read = read_json

BUILDER = Builder(
    corpus="market_ah",
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
