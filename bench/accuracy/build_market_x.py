"""Print the candidate titles of market_x.tsv, a boundary corpus: titles of saved job-board
searches (LinkedIn, Wanted) that hold a word of a tech role but may or may not be one
(reads JSON and CSV only; executes nothing it reads)."""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import (
    ANONYMOUS,
    BROKEN,
    NO_JOB,
    Builder,
    Screen,
    check_file,
    employers_drawn,
    markets,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships and training places are kept out (the slice is of regular jobs), in the
# words the sources write them: English (intern, internship, co-op, apprentice, trainee,
# working student, summer analyst or associate programmes), Portuguese (estágio,
# estagiário, jovem aprendiz) and Korean (인턴, intern).
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|apprentice|apprenticeships?"
    r"|trainees?|traineeships?|working student|summer (analyst|associate)"
    r"|est[áa]gio|estagi[áa]ri[oa]s?|jovem aprendiz)\b|인턴",
    re.I,
)
# A word of a tech role: the titles drawn are those next to the tech roles (AI, data,
# infrastructure, research, analysts, engineers of any field, architects, solutions and
# sales engineers, product and programme managers, trainers and evaluators of AI, quant,
# risk and actuarial work, security), whether or not the job is one. English, Portuguese
# and Korean words (the sources' languages); a title with none of them is not drawn.
BOUNDARY = re.compile(
    r"\b(ai|a\.i\.|ia|ml|mlops|llm|llms|genai|gen ai|nlp|agents?|agentic|machine learning"
    r"|deep learning|artificial intelligence|intelig[êe]ncia|data|dados|analytics?|anal[íi]tic[ao]"
    r"|bi|business intelligence|insights?|cloud|platform|infrastructure|reliability|sre"
    r"|devops|dataops|systems?|sistemas?|network|networking|it|ti|research|researcher"
    r"|scientists?|cientista|science|ci[êe]ncias?|applied|lab|labs|laboratory|analysts?"
    r"|analista|engineers?|engineering|engenheir[oa]|engenharia|architects?|arquitet[oa]"
    r"|solutions?|solu[çc][õo]es|forward deployed|product managers?|program managers?"
    r"|programme managers?|trainers?|annotators?|evaluators?|quant|quantitative|risk|risco"
    r"|actuar\w*|security|seguran[çc]a|cyber\w*|developers?|desenvolvedor\w*|automation"
    r"|automa[çc][ãa]o|statistic\w*|model\w*|modelagem)\b"
    r"|엔지니어|개발|데이터|분석|인공지능|머신러닝|딥러닝|보안|클라우드|인프라|연구"
    # Latin letters glued to Hangul ("AI백엔드"), where no word boundary falls.
    r"|(?<![a-z])(ai|ml|qa|dba)(?![a-z])",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, file, commit, fields and caps."""

    tag: str
    repo: str
    # The saved files (their paths in the repository) that `--file` may name.
    paths: tuple[str, ...]
    commit: str
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
# Every file is a CSV with a title and an employer column.
SOURCES = (
    # LinkedIn UK: a scraper's searches saved 2026-03-01 (every function: councils, hospitals,
    # retailers, engineering consultancies, software firms).
    Source(
        "uk-linkedin",
        "FaisalFehad/ml-data-scraper",
        ("linkedin_jobs.csv",),
        "c4ab3d3b7615c01ef33dc12de90eb0adacb3b387",
        "title",
        "company",
        per_employer=3,
        limit=70,
    ),
    # LinkedIn US: searches of 2025-09 for computer-science students (IT support, data,
    # security, quant, engineering of every field, school districts, banks, retailers).
    Source(
        "us-linkedin-cs",
        "DinoZeyu/linkedin-cs-job-scraper",
        ("linkedin_jobs.csv",),
        "b937caa42697b0551b2e39772ca482bf48b2e0ad",
        "Title",
        "Company",
        per_employer=3,
        limit=160,
    ),
    # LinkedIn US: data-engineer searches of 2025-07.
    Source(
        "us-linkedin-de",
        "mlengineer007/FRESHJOBS",
        ("linkedin_jobs.csv",),
        "2f563e873e2be2b6799ea9ee7a3881c7cca335c2",
        "job_title",
        "company",
        per_employer=3,
        limit=50,
    ),
    # LinkedIn Brazil: data-analyst searches of 2025 (Portuguese and English titles).
    Source(
        "br-linkedin",
        "santluan/scraping_linkedin_jobs",
        ("linkedin_jobs.csv",),
        "0196f072f08911043de6495cc48cd517129c531c",
        "Title",
        "Company",
        per_employer=3,
        limit=80,
    ),
    # Wanted (Korea): developer and data postings of 2025-11 (Korean and English titles).
    Source(
        "kr-wanted",
        "tangerineYR/dev-skill-analyzer-project",
        ("wanted_jobs.csv",),
        "0ab1e353d775c9f2a36ac439b701c9dc86e64fcf",
        "title",
        "company",
        per_employer=3,
        limit=90,
    ),
    # LinkedIn US: a dashboard's 37,955 data, ML and AI postings (uploaded 2025-11; the
    # file records no posting date).
    Source(
        "us-linkedin-ds",
        "swagata15/LinkedIn-Data-job-tracker",
        ("data/linkedin_jobs.csv",),
        "7bb945995231a7d784ece98b499d24601c724d52",
        "job_title",
        "company_name",
        per_employer=3,
        limit=260,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"anonymous"}
# LinkedIn's hidden badge text: a company field that repeats the title with it (or
# without it) lost the employer.
BADGE = " with verification"
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|br|kr)/?$", re.I)
LONGEST = 120
# The employers of the two corpora drawn last (market_u, market_v): none is drawn again.
DRAWN_BEFORE = markets("u", "v")


def _text(value: Any) -> str:
    """A field as text (a missing or non-text field is empty)."""
    return value if isinstance(value, str) else ""


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def _employer(title: str, employer: str) -> str:
    """The employer a row names: empty when the field repeats the title (LinkedIn's lost
    company names, with or without its badge text)."""
    emp = employer.strip()
    if emp.endswith(BADGE) or " ".join(emp.split()) == " ".join(title.split()):
        return ""
    return emp


def _pairs(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of every posting of one saved CSV whose title holds a boundary
    word."""
    text = path.read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    rows = list(reader)
    if rows and source.title_field not in rows[0]:
        raise ValueError(f"{source.tag}: no {source.title_field!r} column")
    out = []
    for row in rows:
        title = _text(row.get(source.title_field))
        if BOUNDARY.search(title):
            out.append((_employer(title, _text(row.get(source.employer_field))), title))
    return out


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved file, in its order."""
    check_file(source, path, commit)
    rel = source.paths[source.files.index(path.name)]
    tag = f"{source.tag}:{rel}@{source.commit[:8]}"
    return [(emp, title, tag) for emp, title in _pairs(source, path)]


BUILDER = Builder(
    corpus="market_x",
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
