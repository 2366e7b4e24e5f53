"""Print the candidate titles of market_ac.tsv: two Senegalese job boards (emploidakar.com,
emploisenegal.com; French), a board of the Indian global capability centres of banks,
insurers, retailers and chip makers (their own career sites and Indian boards; English)
and a Spanish board of school posts (colejobs.es; Spanish) (reads JSON only; executes
nothing it reads)."""

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
# Internships, apprenticeships, graduate-trainee places and training courses are kept out
# (the slice is of regular jobs), in the words the boards write them: English (intern,
# internship, apprentice, trainee, fresher), French (stage, stagiaire, alternance,
# apprenti, a "formation" course) and Spanish (prácticas, becario).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|freshers?"
    r"|stages?|stagiaires?|alternan\w*|apprenti\w*|formation"
    r"|pr[aá]cticas|becari[oa]s?)\b",
    re.I,
)


_SN_REPO = "Ben10-data/Offres_emplois_senegal"
_SN_COMMIT = "0707d2177749aeb4e195d305af1be8be912d9d79"
# In the order they are drawn: a later source never displaces a title of an earlier one.
# "array" sources are JSON lists of postings; "wrapped" ones JSON lists whose first item
# holds the postings in its "jobs" list (`corpus_tools.Source`).
SOURCES = (
    # emploidakar.com, a Senegalese board of every function, as a data-engineering
    # project's scraper saved it in 2025-08 (JSON list `{"poste", "entreprise", ...}`).
    Source(
        "sn-emploidakar",
        _SN_REPO,
        ("Dossiers_json_excel_csv/json_fichiers/emploi_dakar.json",),
        _SN_COMMIT,
        "array",
        "poste",
        "entreprise",
        limit=140,
    ),
    # emploisenegal.com, the same project's second board, saved the same month.
    Source(
        "sn-emploisenegal",
        _SN_REPO,
        ("Dossiers_json_excel_csv/json_fichiers/emploisenegal.json",),
        _SN_COMMIT,
        "array",
        "poste",
        "entreprise",
    ),
    # A board of the Indian global capability centres (banks, card networks, asset
    # managers, retailers, brewers, chip and software makers) as its site saved it on
    # 2026-08-18: their own career sites and Indian boards, every function.
    Source(
        "in-gcc",
        "Rishigcc/gcc-job-board",
        ("public/data/jobs.json",),
        "661a0ce5b9cda880a16232f66069407e4f097366",
        "wrapped",
        "title",
        "company",
    ),
    # colejobs.es, a Spanish board of school posts (teachers, assistants, a school nurse),
    # Madrid, as a job finder saved it on 2026-06-30.
    Source(
        "es-colejobs",
        "Blackmanx/CentralEspJobFinder",
        ("public/data/jobs.json",),
        "08158d427585ddbea18950501bb977a99b39f93f",
        "array",
        "title",
        "companyName",
        limit=40,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped. The Spanish board
# hides employers as "Colegio Concertado" (a state-funded school) and "Colegio Privado";
# the Senegalese ones as "a local agency / company" ("Agence de la place", "Société de la
# place", misspelt "palce"), "a company of the industrial sector", "an HR firm" ("Cabinet
# RH") and "Confidentiel".
NO_EMPLOYER = ANONYMOUS | {
    "confidentiel",
    "anonymous",
    "anonyme",
    "colegioconcertado",
    "colegioprivado",
    "agencedelaplace",
    "uneentreprisedelaplace",
    "sociétédelaplace",
    "sociétédelapalce",
    "entreprisedusecteurindustriel",
    "cabinetrh",
    "importantcompanyofthesector",
    # Aggregators of fresher drives, not employers.
    "fresherjobs",
    "freshersrecruitment",
}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {
    "jpmorganservicesindiapvtltd": "jpmorganchase",
    "jpmorganservicesindiaprivatelimited": "jpmorganchase",
    "chasecandidateexperiencepage": "jpmorganchase",
}
# The corpora of the earlier held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "ab")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = NO_JOB | {
    "candidature spontanée",
    "talent community",
    "o365",
}
# Recruiting events, not jobs: "Mega Walkin Drive for ... on 22-Aug-26", "Off Campus Drive".
EVENTS = re.compile(r"\b(walk-?in drive|off campus drive)\b", re.I)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|fr|sn|in|es)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


# (employer, title, source key) of one saved file, in its order.
read = read_json

BUILDER = Builder(
    corpus="market_ac",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=(EVENTS,)
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
