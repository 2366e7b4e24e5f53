"""Print the candidate titles of market_t.tsv from saved job-board data (reads JSON, CSV
and Markdown only; executes nothing it reads)."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import ANONYMOUS, NO_JOB, Builder, Screen, check_file

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships and training places are kept out (the slice is of regular jobs), in the
# words Korean boards write them: 인턴 (intern), 체험형 / 채용연계형 인턴, 수습 (on trial as
# a trainee), 실습 (practicum), 산학 (work-study), 교육생 (trainee), 아르바이트 / 알바
# (side job); the French ones (stage, stagiaire, alternance, apprenti(e), contrat
# d'apprentissage / de professionnalisation); and the English words.
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|apprentice|apprenticeships?"
    r"|trainees?|traineeships?|working student|stage|stagiaire|alternance|alternant"
    r"|apprentie?|apprentissage|professionnalisation)\b"
    r"|인턴|실습|산학|교육생|아르바이트|알바",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, files, commit, format and caps."""

    tag: str
    repo: str
    # The saved files (their paths in the repository) that `--file` may name.
    paths: tuple[str, ...]
    commit: str
    # "wanted": a list of Wanted postings {"COMPANY", "TITLE", ...} (JSON, or the same
    # columns as a pipe-delimited CSV); "francetravail": a France Travail API answer
    # {"resultats": [{"id", "intitule", "entreprise": {"nom"}, ...}]} (a posting with no
    # employer's name counts alone, under its id); "markdown": a README whose table rows
    # are "| title | <img ...> employer | [View](...) |".
    fmt: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), in its salted order.
    limit: int = 0

    @property
    def files(self) -> tuple[str, ...]:
        """The file names a `--file` of this source may have."""
        return tuple(Path(p).name for p in self.paths)


# Wanted (wanted.co.kr) postings of 2023-12 to 2024-11 that a student team's crawler saved,
# one file per Wanted job group: 508 finance, 509 construction, 510 business and
# operations, 511 design, 513 engineering (hardware), 515 medical and pharma, 517 HR,
# 518 development, 521 law, 522 manufacturing and production, 524 media, 530 sales,
# 532 logistics and trade, 959 games, 10057 food and beverage, 10101 education.
# Most groups are saved as JSON (a list of {"COMPANY", "TITLE", ...}); 511 and 518 only
# as CSV (pipe-delimited, the same columns).
WANTED_GROUPS = (
    "508",
    "509",
    "510",
    "511",
    "513",
    "515",
    "517",
    "518",
    "521",
    "522",
    "524",
    "530",
    "532",
    "959",
    "10057",
    "10101",
)
CSV_ONLY = {"511", "518"}
WANTED = (
    "TABA-DaJobA/Crawling",
    tuple(f"data_ex/wanted_data_{g}.{'csv' if g in CSV_ONLY else 'json'}" for g in WANTED_GROUPS),
    "2589e2f7cd26bc85fb9f3db7aebb84bb385e6e99",
)

FRANCE_TRAVAIL = (
    "mehh92/JobMarket",
    ("archive/France Travail API/api_offres_france_travail.json",),
    "39a317f0d2c5212fd9980738e88c3178964c6fff",
)
OPENJOBS = ("Digidai/openjobs", ("README.md",), "df995eabaf0ae0bdabbb1816cf8e0627d0cb1756")

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # Wanted (South Korea): every function of Korean employers, in Korean and English.
    Source("kr-wanted", *WANTED, "wanted", per_employer=3, limit=400),
    # France Travail (the French public employment service): one API answer of 150
    # postings of 2024-10, every trade and function.
    Source("fr-francetravail", *FRANCE_TRAVAIL, "francetravail", per_employer=3, limit=150),
    # US employers' postings (hospitals, pharmacies, retailers, banks, manufacturers) that
    # an aggregator's README listed in 2026-01.
    Source("us-openjobs", *OPENJOBS, "markdown", per_employer=3, limit=150),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer: skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"anonymous"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|kr)/?$", re.I)
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, or an escape left as text.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00")
LONGEST = 120


def _text(value: Any) -> str:
    """A field as text (a missing or non-text field is empty)."""
    return value if isinstance(value, str) else ""


# A README's table row of a posting: "| title | <img ...> employer | [View](...) |".
MD_ROW = re.compile(
    r"^\|\s*(?P<title>[^|]+?)\s*\|\s*(?:<img[^>]*>)?\s*(?P<emp>[^|]*?)\s*\|\s*\[View\]"
)


def _wanted(path: Path, text: str) -> list[tuple[str, str]]:
    """(employer, title) of a saved Wanted file: a JSON list, or a pipe-delimited CSV."""
    if path.suffix == ".csv":
        rows: list[Any] = list(csv.DictReader(io.StringIO(text, newline=""), delimiter="|"))
    else:
        rows = json.loads(text)
        if not isinstance(rows, list):
            raise ValueError(f"{path.name}: no list of postings")
    return [
        (_text(job.get("COMPANY")), _text(job.get("TITLE")))
        for job in rows
        if isinstance(job, dict)
    ]


def _france_travail(path: Path, text: str) -> list[tuple[str, str]]:
    """(employer, title) of a France Travail API answer; "posting <id>" for no employer."""
    data = json.loads(text)
    jobs = data.get("resultats") if isinstance(data, dict) else None
    if not isinstance(jobs, list):
        raise ValueError(f"{path.name}: no France Travail answer")
    out = []
    for job in jobs:
        if isinstance(job, dict):
            firm = job.get("entreprise")
            name = _text(firm.get("nom")) if isinstance(firm, dict) else ""
            out.append(
                (name.strip() or f"posting {_text(job.get('id'))}", _text(job.get("intitule")))
            )
    return out


def _markdown(text: str) -> list[tuple[str, str]]:
    """(employer, title) of every posting row of a README's tables."""
    out = []
    for line in text.splitlines():
        m = MD_ROW.match(line)
        if m:
            out.append((m.group("emp"), m.group("title")))
    return out


def _pairs(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of every posting of one saved file of the source."""
    text = path.read_text(encoding="utf-8")
    if source.fmt == "wanted":
        return _wanted(path, text)
    if source.fmt == "francetravail":
        return _france_travail(path, text)
    return _markdown(text)


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved file, in its order."""
    check_file(source, path, commit)
    rel = source.paths[source.files.index(path.name)]
    tag = f"{source.tag}:{rel}@{source.commit[:8]}"
    return [(emp.strip(), title, tag) for emp, title in _pairs(source, path)]


BUILDER = Builder(
    corpus="market_t",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER, NON_TITLES, LONGEST, URL, INTERN, BROKEN),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved file (one of the source's files, by name)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
