"""Print the candidate titles of market_o.tsv from saved job-board data (reads JSON, CSV and
Markdown tables only; executes nothing it reads)."""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from typing import NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import draw, known_titles, other_corpora, run_builder
from corpus_tools import employer_key as key

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships are kept out (the slice is of regular jobs); Spanish boards write them
# pasante / pasantía / prácticas, Dutch boards stagiair.
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|stagiaire|apprentice|praktikum"
    r"|stagiair|werkstudent|pasante|pasantes|pasant[ií]a|pasant[ií]as|pr[aá]cticas)\b",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, path, commit, format and the fields read."""

    tag: str
    repo: str
    path: str
    commit: str
    # "archive": a JSON object of postings keyed by URL, each with a title and a company;
    # "list": a JSON list of postings (one without a title, as a board's placeholder
    # rows are, is skipped);
    # "table": a Markdown table whose cells hold **[Company](url)** and **[Title](url)**
    # links ("↳" repeats the company of the row above); "csv": a CSV file.
    fmt: str
    title: str
    employer: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), so that no board fills the
    # corpus: the draw stops there, in the source's salted order.
    limit: int = 0


# In the order they are drawn: a later source never displaces a title of an earlier one.
# For "table" sources `title` and `employer` are the cells' column numbers.
SOURCES = (
    Source(
        "ee-radar",
        "davidabulail/ee-jobs-radar",
        "data/postings.json",
        # Only its first 103 postings with a title (characters 0-48,000 of the file, read
        # with the code-search tool's file reader: no snapshot of the repository could be
        # had); `--file` takes a JSON list of those postings' company and title.
        "0007b8afc9fd93b1e77f1d24b14bf71ec5a0d3ef",
        "list",
        "title",
        "company",
    ),
    Source(
        "ats-tracker",
        "Agnikulu/Job-Postings",
        "jobs_archive.json",
        "9f60d6350eba78954401a6f1bcae7bda7fc4a604",
        "archive",
        "title",
        "company",
        limit=330,
    ),
    Source(
        "robotics-li",
        "shreyapatill/robotics-jobs",
        "README.md",
        # The file's last version; its 8 versions (all of 2026-01-21) are read.
        "6d00be8e62a1e347a9f08dd54d4f937bffde263b",
        "table",
        "2",
        "0",
        per_employer=3,
    ),
    Source(
        "dach-adzuna",
        "Sujguha/DACH-PM-job-market",
        "data/postings.json",
        # Only its first 57 postings (characters 0-32,000 of the file, read as ee-radar's).
        "23b9ba7e1f79f59e0d78fd55e6aad9e47d0ac0ed",
        "list",
        "title",
        "company",
        per_employer=3,
    ),
    Source(
        "jr-marketing",
        "jobright-ai/2026-Marketing-New-Grad",
        "README.md",
        "22f8e705a958f94af1185593d9a0994789d96a85",
        "table",
        "1",
        "0",
        per_employer=2,
        limit=55,
    ),
    Source(
        "jr-product",
        "jobright-ai/2026-Product-Management-New-Grad",
        "README.md",
        "9caa85e32b9097436a6ac29df121331b7fafc3bd",
        "table",
        "1",
        "0",
        per_employer=2,
        limit=55,
    ),
    Source(
        "jr-design",
        "jobright-ai/2026-Design-New-Grad",
        "README.md",
        "5c6f2ec211bd411b7b231e655efab9c75e85f0a3",
        "table",
        "1",
        "0",
        per_employer=2,
        limit=45,
    ),
    Source(
        "ar-linkedin",
        "gbreard/mol",
        "01_sources/linkedin/data/archive/20251023/linkedin_consolidacion.csv",
        "f436b47a6c6102a98f8620ed3ed0adcb2e18e9c2",
        "csv",
        "title",
        "company",
        per_employer=3,
        limit=80,
    ),
    Source(
        "ar-bumeran",
        "gbreard/mol",
        "01_sources/bumeran/data/raw/bumeran_auto_20251111_011605.csv",
        "f436b47a6c6102a98f8620ed3ed0adcb2e18e9c2",
        "csv",
        "titulo",
        "empresa",
        per_employer=3,
        limit=60,
    ),
    Source(
        "ar-computrabajo",
        "gbreard/mol",
        "01_sources/computrabajo/data/archive/20251023/computrabajo_consolidacion.csv",
        "f436b47a6c6102a98f8620ed3ed0adcb2e18e9c2",
        "csv",
        "titulo",
        "empresa",
        per_employer=3,
        limit=50,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (a hidden one, a scraper's empty value): skipped.
NO_EMPLOYER = {"", "none", "nan", "confidencial", "confidential", "empresaconfidencial", "empresa"}
# One employer under several names: the cap counts them together.
ALIASES = {"amazonwebservicesaws": "amazon", "aws": "amazon"}
# A scraper that glued the job page's text onto the title ("Job Details / <site>", a
# Lever row with its work model and location run into it): no published title to recover.
GLUED = re.compile(r"Job Details /|Full-time[A-Z]|Hybrid —|On-site —|Remote —")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = {
    "n/a",
    "test",
    "general application",
    "open application",
    # found while labelling: a city name left by a scraper, two talent pools ("join us,
    # leave your CV") and a university degree programme
    "sf",
    "unite a ey - dejanos tu cv",
    "sumate al equipo de icbc (base de talentos)",
    "licenciatura en producción de bioimágenes",
}
# A "title" this long is a job description's sentence that a scraper caught instead.
LONGEST = 150


def employer(name: str) -> str:
    """The key an employer's titles are capped under (aliases joined)."""
    k = key(name)
    return ALIASES.get(k, k)


def corpora() -> list[str]:
    """File names of every labelled title corpus in data/ (market_o itself excepted)."""
    return other_corpora(DATA, "market_o.tsv")


def known() -> set[str]:
    """Case-folded titles of every labelled corpus already in data/."""
    return known_titles(DATA, "market_o.tsv")


_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _cell(text: str) -> str:
    """A table cell's text: link targets, bold marks and status marks dropped."""
    text = _LINK.sub(r"\1", text).replace("**", "")
    return text.replace("✅", "").replace("🔒", "").strip()


def _table(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of each row of a job list's Markdown table."""
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    if not any("Company" in line for line in lines):
        raise ValueError(f"{path.name}: no table of companies and job titles")
    col_title, col_emp = int(source.title), int(source.employer)
    out, last = [], ""
    for line in lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) <= max(col_title, col_emp) or set(cells[0]) <= set("-: "):
            continue
        if cells[0] == "Company":
            continue
        emp = _cell(cells[col_emp])
        emp = last if emp == "↳" else emp
        last = emp
        out.append((emp, _cell(cells[col_title])))
    return out


def _archive(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of a JSON object of postings keyed by their URL."""
    with path.open(encoding="utf-8") as fh:
        doc = json.load(fh)
    if not isinstance(doc, dict):
        raise ValueError(f"{path.name}: not an object of postings")
    out = []
    for item in doc.values():
        if not isinstance(item, dict):
            raise ValueError(f"{path.name}: a posting is no object")
        # A missing title is an error (KeyError), not a reason to skip every posting.
        out.append((str(item.get(source.employer) or ""), str(item[source.title] or "")))
    return out


def _list(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of a JSON list of postings; postings without a title skipped."""
    with path.open(encoding="utf-8") as fh:
        doc = json.load(fh)
    if not isinstance(doc, list):
        raise ValueError(f"{path.name}: not a list of postings")
    out = []
    for item in doc:
        if not isinstance(item, dict):
            raise ValueError(f"{path.name}: a posting is no object")
        if item.get(source.title):
            out.append((str(item.get(source.employer) or ""), str(item[source.title])))
    return out


def _csv(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of each row of a saved CSV file."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if rows and source.title not in rows[0]:
        raise ValueError(f"{path.name}: no {source.title!r} column")
    return [(row.get(source.employer) or "", row[source.title] or "") for row in rows]


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved input, in its order; `commit` names the
    version read when it is not the source's own."""
    if source.fmt == "table":
        pairs = _table(source, path)
    elif source.fmt == "archive":
        pairs = _archive(source, path)
    elif source.fmt == "list":
        pairs = _list(source, path)
    else:
        pairs = _csv(source, path)
    where = source.path.rpartition("/")[2]
    tag = f"{source.tag}:{where}@{(commit or source.commit)[:8]}"
    return [(emp.strip(), title, tag) for emp, title in pairs]


def _rejected(raw: str, title: str, group: str) -> bool:
    """Left out: no title or employer, a non-title, a glued or overlong line, an internship."""
    if not title or group in NO_EMPLOYER or title.casefold() in NON_TITLES:
        return True
    return len(title) > LONGEST or bool(GLUED.search(title)) or bool(INTERN.search(title))


def candidates(
    groups: list[tuple[str, list[tuple[str, str, str]]]], titles: set[str]
) -> list[list[str]]:
    """New, non-intern titles, at most PER_EMPLOYER an employer (and the source's own cap
    and limit): [title, employer, source], drawn in a salted order."""
    return draw(
        groups,
        titles,
        salt="market_o",
        by_tag=BY_TAG,
        per_employer=PER_EMPLOYER,
        employer=employer,
        rejected=_rejected,
    )


def main(argv: list[str] | None = None) -> int:
    """Print candidates as TSV: title, employer, source."""
    return run_builder(
        argv,
        name="build_market_o",
        doc=__doc__,
        tags=[s.tag for s in SOURCES],
        read=lambda tag, path, commit: read(BY_TAG[tag], path, commit),
        candidates=candidates,
        known=known,
        file_help="a saved file, or one version of it (@ its 40-digit commit); a tag may"
        " repeat, its versions given oldest first",
    )


if __name__ == "__main__":
    raise SystemExit(main())
