"""Print the candidate titles of market_ab.tsv: a chemicals group's whole job board (BASF,
Germany), Business France's board of international volunteer (V.I.E) postings of French
employers, Croatia's public employment service (HZZ), energy employers' boards and a
Texas region's employers' boards (reads JSON only; executes nothing it reads)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import Builder, Screen, check_file, employers_drawn

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


class Source(NamedTuple):
    """One saved input: its tag, repository, file, commit, format, fields and caps."""

    tag: str
    repo: str
    # The saved files (their paths in the repository) that `--file` may name.
    paths: tuple[str, ...]
    commit: str
    # "list": a JSON object whose "jobs" list holds the postings; "map": a JSON object of
    # postings keyed by the board's posting id; "array": a JSON list of postings.
    fmt: str
    title_field: str
    employer_field: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), in its salted order.
    limit: int = 0

    @property
    def files(self) -> tuple[str, ...]:
        """The file names a `--file` of this source may have."""
        return tuple(Path(p).name for p in self.paths)


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
        "list",
        "title",
        "company",
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
        "list",
        "title",
        "employer",
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
        "title",
        "company",
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
        "title",
        "company",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = {"", "none", "null", "nan", "na", "unknown", "confidential", "anonymous"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the same session's held-out draws: none of their employers is drawn.
DRAWN_BEFORE = (
    "market_u.tsv",
    "market_v.tsv",
    "market_w.tsv",
    "market_x.tsv",
    "market_y.tsv",
    "market_z.tsv",
    "market_aa.tsv",
)
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = {
    "n/a",
    "test",
    "general application",
    "open application",
    "job title",
    "general interest",
    "talent community",
}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|fr|de|hr)/?$", re.I)
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, an escape left as text, or a run of question marks.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00|\?\?")
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def _text(value: Any) -> str:
    """A field as text (a missing or non-text field is empty); zero-width spaces dropped."""
    return value.replace("\u200b", "") if isinstance(value, str) else ""


def _postings(source: Source, path: Path) -> list[dict[str, Any]]:
    """The postings (objects) of one saved file of the source."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    if source.fmt == "array":
        items = doc
    elif not isinstance(doc, dict):
        raise ValueError(f"{path.name}: no JSON object")
    else:
        items = doc.get("jobs") if source.fmt == "list" else list(doc.values())
    if not isinstance(items, list):
        raise ValueError(f"{path.name}: no list of postings")
    return [job for job in items if isinstance(job, dict)]


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved file, in its order."""
    check_file(source, path, commit)
    rel = source.paths[source.files.index(path.name)]
    tag = f"{source.tag}:{rel}@{source.commit[:8]}"
    return [
        (_text(job.get(source.employer_field)).strip(), _text(job.get(source.title_field)), tag)
        for job in _postings(source, path)
    ]


BUILDER = Builder(
    corpus="market_ab",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved file (one of the source's files, by name)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
