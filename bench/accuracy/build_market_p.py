"""Print the candidate titles of market_p.tsv from saved job-board data (reads JSON, CSV and
Markdown tables only; executes nothing it reads)."""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import draw, known_titles, other_corpora, run_builder

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships are kept out (the slice is of regular jobs); Brazilian boards write them
# estágio / estagiário, Japanese ones インターン (no word boundary in Japanese script).
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|stagiaire|apprentice|apprenticeships?|praktikum"
    r"|stagiair|werkstudent|pasante|pasantes|pr[aá]cticas|est[aá]gio|estagi[aá]ri[oa]s?"
    r"|aprendiz)\b|インターン",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, path, commit, format and the fields read."""

    tag: str
    repo: str
    path: str
    commit: str
    # "list": a JSON list of postings (one without a title is skipped); "csv": a CSV file
    # with a header row, its delimiter `delimiter`.
    fmt: str
    title: str
    employer: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), so that no board fills the
    # corpus: the draw stops there, in the source's salted order.
    limit: int = 0
    delimiter: str = ","


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    Source(
        "ats-hub",
        "Nuthanreddy05/tech-jobs-scraper",
        "jobs/jobs_summary.csv",
        # The file's last version (2026-03-02): every posting of 53 technology employers'
        # Greenhouse, Lever and Ashby boards the scraper had seen, first seen 2026-01 to 03.
        "803ac2a62de6cd3babeecef9ccf386dc02e923c0",
        "csv",
        "title",
        "company",
        limit=340,
    ),
    Source(
        "yc-waas",
        "Tech-Kenya/scrap_jobs",
        "services/jobs.js",
        # A saved list of Y Combinator start-ups' postings (2025-03); the file is a
        # JavaScript module holding one JSON array: `--file` takes that array alone
        # (the `export const jobs = ` before it and the `;` after it cut off), as JSON.
        "2fa10f274b2d20594619fe3215e4f548d4fdd2c1",
        "list",
        "title",
        "company",
        per_employer=2,
    ),
    Source(
        "ie-tracker",
        "hariramakrrish/Ireland-jobs-tracker",
        "web/data/jobs.json",
        # The file's last version that the snapshot holds whole (2026-06-15; later ones are
        # over the snapshot's 4 MiB file limit): Irish postings of LinkedIn, IrishJobs,
        # Jobs.ie and employers' boards, every industry.
        "5d18ef8a49454c2c9dd1d2bb7b557606bfe31d8c",
        "list",
        "title",
        "company",
        per_employer=3,
        limit=230,
    ),
    Source(
        "jp-jobs",
        "Kaedeeeeeeeeee/jp-job-data",
        "artifacts/baseline-2026-07-23/jobs.json",
        # Only the file's first 60 postings (characters 0-80,000, read with the code-search
        # tool's file reader: no snapshot of the repository could be had): Hello Work
        # (the Japanese public employment service) and LinkedIn Japan IT postings of
        # 2026-07-23; `--file` takes a JSON list of their company and title.
        "d68c8040a9414dc81138a5b65ce6db30f4280179",
        "list",
        "title",
        "company",
        per_employer=3,
    ),
    Source(
        "br-linkedin",
        "stecks10/Nova-pasta",
        "resultados/vagas_2025-04-08_21-35.csv",
        # LinkedIn Brazil search results of 2025-04-08 (developer and systems-analyst
        # searches), semicolon-separated.
        "68182ab308b45feb72bc9a9a698699503224c38c",
        "csv",
        "Título",
        "Empresa",
        per_employer=2,
        limit=70,
        delimiter=";",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (a hidden one, a scraper's empty value): skipped.
NO_EMPLOYER = {
    "",
    "none",
    "nan",
    "confidential",
    "confidencial",
    # Hello Work's "not published at the employer's wish"
    "事業所の意向により公開していません",
}
# One employer under several names: the cap counts them together.
ALIASES = {
    "amazonwebservicesaws": "amazon",
    "aws": "amazon",
    "horizonquantumcomputingpteltd": "horizonquantum",
    "jpmorganchase": "jpmorgan",
    "jpmorgansedublinbranch": "jpmorgan",
    "accentureltd": "accenture",
    "accentureukireland": "accenture",
}
# A scraper that glued page text onto the title (a line break, then "Trabalho Remoto"):
# no published title to recover.
GLUED = re.compile(r"[\n\r]")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = {
    "n/a",
    "test",
    "general application",
    "open application",
    # found while labelling: a department's name where a title should be (yc-waas), an
    # invitation to an employer's talent pool, speculative applications and a graduate
    # programme's stream (ie-tracker), a talent pool of no one job (br-linkedin)
    "engineering",
    "interested in working with everseen?",
    "speculative careers in rail - ireland and northern ireland",
    "technical stream",
    "banco de talentos de engenharia | afirmativo para talentos diversos",
}
# A "title" this long is a job description's sentence that a scraper caught instead.
LONGEST = 150


def employer(name: str) -> str:
    """The key an employer's titles are capped under: the name in NFKC form, case-folded,
    letters and digits of any script only (aliases joined)."""
    k = re.sub(r"[\W_]", "", unicodedata.normalize("NFKC", name).casefold())
    return ALIASES.get(k, k)


def corpora() -> list[str]:
    """File names of every labelled title corpus in data/ (market_p itself excepted)."""
    return other_corpora(DATA, "market_p.tsv")


def known() -> set[str]:
    """Case-folded titles of every labelled corpus already in data/."""
    return known_titles(DATA, "market_p.tsv")


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
        rows = list(csv.DictReader(fh, delimiter=source.delimiter))
    if rows and source.title not in rows[0]:
        raise ValueError(f"{path.name}: no {source.title!r} column")
    return [(row.get(source.employer) or "", row[source.title] or "") for row in rows]


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved input, in its order; `commit` names the
    version read when it is not the source's own."""
    pairs = _list(source, path) if source.fmt == "list" else _csv(source, path)
    where = source.path.rpartition("/")[2]
    tag = f"{source.tag}:{where}@{(commit or source.commit)[:8]}"
    return [(emp.strip(), title, tag) for emp, title in pairs]


def _rejected(raw: str, title: str, group: str) -> bool:
    """Left out: no title or employer, a non-title, a glued or overlong line, an internship."""
    if not title or group in NO_EMPLOYER or title.casefold() in NON_TITLES:
        return True
    return len(title) > LONGEST or bool(GLUED.search(raw)) or bool(INTERN.search(title))


def candidates(
    groups: list[tuple[str, list[tuple[str, str, str]]]], titles: set[str]
) -> list[list[str]]:
    """New, non-intern titles, at most PER_EMPLOYER an employer (and the source's own cap
    and limit): [title, employer, source], drawn in a salted order."""
    return draw(
        groups,
        titles,
        salt="market_p",
        by_tag=BY_TAG,
        per_employer=PER_EMPLOYER,
        employer=employer,
        rejected=_rejected,
    )


def main(argv: list[str] | None = None) -> int:
    """Print candidates as TSV: title, employer, source."""
    return run_builder(
        argv,
        name="build_market_p",
        doc=__doc__,
        tags=[s.tag for s in SOURCES],
        read=lambda tag, path, commit: read(BY_TAG[tag], path, commit),
        candidates=candidates,
        known=known,
    )


if __name__ == "__main__":
    raise SystemExit(main())
