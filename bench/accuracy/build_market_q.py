"""Print the candidate titles of market_q.tsv from saved job-board data (reads JSON, JSON Lines,
CSV and Markdown tables only; executes nothing it reads)."""

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
# Internships are kept out (the slice is of regular jobs); German boards write them
# Praktikum / Praktikant / Werkstudent / Ausbildung, Brazilian ones estágio / (jovem)
# aprendiz, Spanish prácticas, Dutch stage, new-grad lists "Co-op", "Summer Analyst" and
# "Student Worker"; trainees are the taxonomy's intern level too.
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|stagiaire|stage|marketingstage"
    r"|apprentice|apprenticeships?|praktikum|praktikant(?:in)?|pharmaziepraktikant\w*"
    r"|werkstudent(?:in)?|ausbildung|student worker|summer student|summer analyst"
    r"|summer associate|trainee|est[aá]gio|estagi[aá]ri[oa]s?|aprendiz|pr[aá]cticas)\b",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, path, commit(s), format and the fields read."""

    tag: str
    repo: str
    path: str
    commit: str
    # "md": a Markdown table with a header row naming `employer` and `title` columns ("↳"
    # in the employer cell repeats the row above's); "list": a JSON list of postings;
    # "jsonl": one JSON posting a line; "csv": a CSV file with a header row.
    fmt: str
    title: str
    employer: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), so that no board fills the
    # corpus: the draw stops there, in the source's salted order.
    limit: int = 0
    # Further versions of the file that may be read (`--file TAG=PATH@COMMIT`).
    versions: tuple[str, ...] = ()
    # "jsonl": only postings whose `site_field` is one of `sites` (the ATS they came from),
    # and none whose `country_field` is one of `skip_countries`.
    site_field: str = ""
    sites: tuple[str, ...] = ()
    country_field: str = ""
    skip_countries: tuple[str, ...] = ()


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    Source(
        "hw-ats",
        "zapplyjobs/New-Grad-Hardware-Engineering-Jobs-2026",
        "README.md",
        # The list of 2026-05-02: hardware, chip, defence, space, automotive, medical-device
        # and industrial employers' own boards (Workday, Greenhouse, Lever, Ashby, ...).
        # Later versions cut long titles short ("..."); these three print them whole.
        "d1bd4f52d2bc41f3182d43e2bd5c2577023f03fe",
        "md",
        "Role",
        "Company",
        limit=200,
        # The same list of 2026-04-13 ("🏢 " before each name) and of 2026-03-24.
        versions=(
            "d2bda61f79be72581b4b66d82ecccb7b3b962b8e",
            "d81ca44523a994d90f71b14796252b910fd8b5e6",
        ),
    ),
    Source(
        "h1b-tech",
        "jobright-ai/Daily-H1B-Jobs-In-Tech",
        "README.md",
        # An AI job aggregator's daily list of 2026-04-26: US software, product,
        # marketing and design postings of employers that sponsor visas.
        "6920a45a6d16f6e8c01937e079104e988dc4692a",
        "md",
        "Job Title",
        "Company",
        per_employer=3,
        limit=150,
    ),
    Source(
        "jr-data",
        "jobright-ai/2026-Data-Analysis-New-Grad",
        "README.md",
        # The same aggregator's list of 2026-08-22: entry-level data and analysis jobs of
        # every industry (US, some UK).
        "ab530637d5d283680cb07b785a16bd85d59a5c7e",
        "md",
        "Job Title",
        "Company",
        per_employer=2,
        limit=70,
    ),
    Source(
        "de-freelance",
        "andreaswittmann/project-bot",
        "__projects_old",
        # A freelancer's saved freelancermap.de RSS projects of 2025-09-02 to 09 (1,681
        # Markdown files, one a project, German and English titles): `--file` takes a JSON
        # list of each file's front-matter `company` and `title`, transcribed as they are.
        "1964cfa35a77157f5344a60e3fb7015265bb9545",
        "list",
        "title",
        "company",
        per_employer=3,
        limit=100,
    ),
    Source(
        "br-ats",
        "eualannascimento/site-projeto-classifica-vagas",
        "assets/data/json/open_jobs.json.gz",
        # A Brazilian aggregator's catalogue of 2026-07-23 (72,790 open postings of 736
        # employers' own boards, one JSON object a line; gzip-compressed: `--file` takes
        # it decompressed). The aggregator saved titles upper-cased and without accents.
        # This source: the global employers' Workday, SmartRecruiters, Greenhouse, Lever,
        # Eightfold and Cornerstone boards (pharma, chemicals, banks, consultancies, AI and
        # software makers, industry), every country but those of Chinese, Japanese and
        # Korean script (the aggregator dropped those letters, leaving broken titles).
        "c1b68831bdd82b404f9a8a7fe8651309d1792947",
        "jsonl",
        "title",
        "company",
        per_employer=3,
        limit=150,
        site_field="site_type",
        sites=("Workday", "SmartRecruiters", "Greenhouse", "Lever", "Eightfold", "CSOD"),
        country_field="location_country",
        skip_countries=("CHINA", "JAPÃO", "COREIA DO SUL", "TAIWAN", "HONG KONG"),
    ),
    Source(
        "br-gupy",
        "eualannascimento/site-projeto-classifica-vagas",
        "assets/data/json/open_jobs.json.gz",
        # The same catalogue's Brazilian employers' Gupy and InHire boards (Portuguese).
        "c1b68831bdd82b404f9a8a7fe8651309d1792947",
        "jsonl",
        "title",
        "company",
        per_employer=2,
        limit=50,
        site_field="site_type",
        sites=("Gupy", "InHire"),
    ),
    Source(
        "fr-hellowork",
        "MalekSaidi1/hellowork_BI",
        "data/offres_hellowork.csv",
        # A student project's HelloWork (France) results of 2025-12-07/08, every industry
        # (56 distinct postings, each saved several times). No snapshot of the repository
        # could be had: read whole with the code-search tool's file reader and
        # transcribed, `Titre` and `Entreprise` of each distinct posting, as a CSV file.
        "b145f7ab75302cef9ee8b3cfcfeb4ba8024d61e2",
        "csv",
        "Titre",
        "Entreprise",
        per_employer=2,
    ),
    Source(
        "jp-hellowork",
        "takezo77/hellowork_search",
        "jobs_cleaned.csv",
        # A Hello Work (Japan's public employment service) search of IT and engineering
        # jobs in Mie prefecture, received 2025-12-02 to 2026-01-08 (30 postings). Read
        # whole with the file reader (no snapshot) and transcribed: `--file` takes a JSON
        # list of each posting's `job_category` (the title) and `company_name`.
        "683267cf8f07469a6800016d1be7fb6a9be2978e",
        "list",
        "job_category",
        "company_name",
        per_employer=2,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer: skipped.
NO_EMPLOYER = {
    "",
    "none",
    "null",
    "nan",
    # "N/A" (the key keeps letters and digits only)
    "na",
    "confidential",
    "anonym",
    "anonymous",
    # Hello Work's "not published at the employer's wish"
    "事業所の意向により公開していません",
}
# One employer under several names: the cap counts them together.
ALIASES = {
    "microntechnology": "micron",
    "microntechnologyinc": "micron",
    "rtxcorporation": "rtx",
    "raytheon": "rtx",
    "googlellc": "google",
    "nvidiacorporation": "nvidia",
}
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = {
    "n/a",
    "test",
    "general application",
    "open application",
    # found while labelling: a freelance project named by its task alone, with no job
    # (de-freelance); talent pools of a place or of every job, and a diversity
    # programme, that name no job (br-ats, br-gupy)
    "oracle database migration – oracle database@azure",
    "banco de talentos - loja vila prudente",
    "banco de talentos - sp",
    "banco de talentos - sicredi centro leste agencia de sentinela do sul, rs",
    "[ banco de talentos - pessoa com deficiencia - belem]",
    "banco de talentos - pessoas com deficiencia (governador valadares - mg)",
    "banco de talentos - marechal tito",
    "banco de talentos | vagas tecnicas - preferencial para mulheres",
    "diversity and inclusion program - certificate of disability 33%",
    "01 banco de talentos",
}
# A list that cut a long title short ("Firmware Engineer - Protection System..."): no
# whole title to label.
TRUNCATED = re.compile(r"(\.\.\.|…)$")
# A "title" this long is a job description's sentence that a scraper caught instead.
LONGEST = 150
# A Markdown link `[text](url)` in a cell, with or without bold around it.
_LINK = re.compile(r"^\[(?P<text>.*)\]\([^()\s]*\)$", re.S)


def employer(name: str) -> str:
    """The key an employer's titles are capped under: the name in NFKC form, case-folded,
    letters and digits of any script only (aliases joined)."""
    k = re.sub(r"[\W_]", "", unicodedata.normalize("NFKC", name).casefold())
    return ALIASES.get(k, k)


def corpora() -> list[str]:
    """File names of every labelled title corpus in data/ (market_q itself excepted)."""
    return other_corpora(DATA, "market_q.tsv")


def known() -> set[str]:
    """Case-folded titles of every labelled corpus already in data/."""
    return known_titles(DATA, "market_q.tsv")


def _unbold(text: str) -> str:
    """Text without the bold marks around it."""
    text = text.strip()
    while text.startswith("**") and text.endswith("**") and len(text) >= 4:
        text = text[2:-2].strip()
    return text


def cell(text: str) -> str:
    """A Markdown table cell's text: bold marks, a link's target and a leading pictograph
    ("🏢 ") dropped."""
    text = _unbold(re.sub(r"^[^\w\[(*]+\s+", "", text.strip()))
    m = _LINK.match(text)
    return _unbold(m.group("text")) if m else text


def _md(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of every row of the Markdown tables whose header names both
    columns; "↳" repeats the employer of the row above."""
    out: list[tuple[str, str]] = []
    cols: dict[str, int] | None = None
    last = ""
    found = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            cols = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        names = [cell(c) for c in cells]
        if source.title in names and source.employer in names:
            cols = {n: i for i, n in enumerate(names)}
            found = True
            continue
        if cols is None or set("".join(cells)) <= set("-: "):
            continue
        if len(cells) <= max(cols[source.title], cols[source.employer]):
            continue
        emp = cell(cells[cols[source.employer]])
        if emp == "↳":
            emp = last
        last = emp
        out.append((emp, cell(cells[cols[source.title]])))
    if not found:
        raise ValueError(f"{path.name}: no table with {source.title!r} and {source.employer!r}")
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


def _jsonl(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of a JSON Lines file of postings, those of the source's boards
    and countries only; postings without a title skipped."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError(f"{path.name}: a posting is no object")
            if source.sites and item.get(source.site_field) not in source.sites:
                continue
            if source.skip_countries and item.get(source.country_field) in source.skip_countries:
                continue
            if item.get(source.title):
                out.append((str(item.get(source.employer) or ""), str(item[source.title])))
    return out


def _csv(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of each row of a CSV file with a header row."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if rows and source.title not in rows[0]:
        raise ValueError(f"{path.name}: no {source.title!r} column")
    return [(row.get(source.employer) or "", row[source.title] or "") for row in rows]


_READERS = {"md": _md, "list": _list, "jsonl": _jsonl, "csv": _csv}


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved input, in its order; `commit` names the
    version read when it is not the source's own (one of its `versions`)."""
    if commit and commit != source.commit and commit not in source.versions:
        raise ValueError(f"{source.tag}: {commit} is no version the builder knows")
    pairs = _READERS[source.fmt](source, path)
    where = source.path.rpartition("/")[2]
    tag = f"{source.tag}:{where}@{(commit or source.commit)[:8]}"
    return [(emp.strip(), title, tag) for emp, title in pairs]


def _rejected(raw: str, title: str, group: str) -> bool:
    """Left out: no title or employer, a non-title, a glued or overlong line, an internship."""
    if not title or group in NO_EMPLOYER or title.casefold() in NON_TITLES:
        return True
    if len(title) > LONGEST or "\n" in raw or TRUNCATED.search(title):
        return True
    return bool(INTERN.search(title))


def candidates(
    groups: list[tuple[str, list[tuple[str, str, str]]]], titles: set[str]
) -> list[list[str]]:
    """New, non-intern titles, at most PER_EMPLOYER an employer (and the source's own cap
    and limit): [title, employer, source], drawn in a salted order."""
    return draw(
        groups,
        titles,
        salt="market_q",
        by_tag=BY_TAG,
        per_employer=PER_EMPLOYER,
        employer=employer,
        rejected=_rejected,
    )


def main(argv: list[str] | None = None) -> int:
    """Print candidates as TSV: title, employer, source."""
    return run_builder(
        argv,
        name="build_market_q",
        doc=__doc__,
        tags=[s.tag for s in SOURCES],
        read=lambda tag, path, commit: read(BY_TAG[tag], path, commit),
        candidates=candidates,
        known=known,
    )


if __name__ == "__main__":
    raise SystemExit(main())
