"""Print the candidate titles of market_n.tsv from saved job-board data (reads JSON, CSV and
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
# Internships are kept out (the slice is of regular jobs; the brief allows at most 5%).
# Japanese boards write them インターン; 新卒 (new graduates) are regular junior hires.
INTERN = re.compile(
    r"\b(intern|interns|internship|co-?op|stagiaire|apprentice|praktikum|werkstudent)\b"
    r"|インターン",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, path, commit, format and the fields read."""

    tag: str
    repo: str
    path: str
    commit: str
    # "table": a Markdown table whose rows start "| **Employer** | Title |"; "boards": a
    # folder of one JSON document per employer with a "positions" list; "list": a JSON list;
    # "daily": a folder of one folder per employer holding dated CSV files
    # (<employer>_jobs_<YYYY-MM-DD>.csv), of which the newest is read.
    fmt: str
    title: str
    employer: str
    # A lower cap per employer for a source that lists only one function (engineering).
    per_employer: int = 0
    # No source of this corpus is limited in all (`corpus_tools.draw` reads the field).
    limit: int = 0


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    Source(
        "getjobs",
        "neyaadeez/get-jobs",
        "README.md",
        # The file's last version; its 70 versions (2024-09 .. 2025-04) are read.
        "31703efcf74dc36cb7e77034969420f46dd669f4",
        "table",
        "",
        "",
    ),
    Source(
        "allcareer",
        "ragesh28/ALL_CAREER",
        "jobs.json",
        "efbcff416927bfb9249cbb24b083ebc370d7af8b",
        "list",
        "title",
        "company",
    ),
    Source(
        "saas-daily",
        "ddjk2810/job-postings",
        "companies",
        "2766ccbf50ebd3aa55ec30cd9bdafbaed00c1769",
        "daily",
        "title",
        "",
        per_employer=5,
    ),
    Source(
        "jp-careers",
        "tmizuma/japan-tech-careers-data-analysys",
        "202512",
        "325b19044d5ed8857167a2f13635f29521d7046d",
        "boards",
        "name",
        "company_name_en",
        per_employer=2,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employers whose boards are no technology employer's (retail, pharmacy, media, banks,
# mortgages) and the tracker's placeholders (codes of a tenant, an empty name): skipped.
NOT_TECH = {
    "walmart",
    "target",
    "cvs",
    "disney",
    "capitalone",
    "barclays",
    "mrcooper",
    "kgsllc",
    "bopllc",
    "redt",
    "ibmm",
    "amdd",
    "fort",
}
# One employer under several names (legal entities with a site code, a city, the Japanese
# board of the same company): the cap counts them together. Subsidiaries with their own
# business (Kuiper satellites, Annapurna chips, Audible, Twitch, eero, IMDb) keep theirs.
ALIASES = {
    "amazonbangalore": "amazon",
    "aws": "amazon",
    "tancent": "tencent",
    "ccc": "cccintelligentsolutions",
}
# Careers pages whose scraper glued the department and office onto the title (no published
# title can be recovered): skipped.
GLUED = {"nordhealth", "karnovse"}
ENTITY = re.compile(r"\s+-\s+[A-Z]\d\d$")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = {
    "n/a",
    "test",
    "general application",
    "open application",
    "apply for future consideration",
    "welcome page",
    "your next role with bilt",
    "søg uopfordret",
    # found while labelling: a returners' programme, an acronym, a careers page's slogan
    "returning women program",
    "cdp",
    "unlock your new adventure (open position)",
}
# A "title" this long is a job description's sentence that a scraper caught instead.
LONGEST = 150


def employer(name: str) -> str:
    """The key an employer's titles are capped under (entity codes and aliases joined)."""
    name = ENTITY.sub("", name.strip())
    k = key(name)
    if k.startswith("amazon") and not k.startswith("amazonkuiper"):
        k = "amazon"
    if k.startswith("annapurnalabs"):
        k = "annapurnalabs"
    return ALIASES.get(k, k)


def corpora() -> list[str]:
    """File names of every labelled title corpus in data/ (market_n itself excepted)."""
    return other_corpora(DATA, "market_n.tsv")


def known() -> set[str]:
    """Case-folded titles of every labelled corpus already in data/."""
    return known_titles(DATA, "market_n.tsv")


_ROW = re.compile(r"^\|\s*\*\*(?P<emp>[^*|]*)\*\*\s*\|(?P<title>[^|]*)\|")


def _table(path: Path) -> list[tuple[str, str]]:
    """(employer, title) of each row of a tracker's Markdown table."""
    text = path.read_text(encoding="utf-8")
    if "| Company | Job Title |" not in text:
        raise ValueError(f"{path.name}: no table of companies and job titles")
    return [(m["emp"], m["title"]) for m in map(_ROW.match, text.splitlines()) if m]


_DAILY = re.compile(r"(?P<emp>.+)_jobs_\d{4}-\d\d-\d\d\.csv")


def _daily(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of the newest dated CSV file of each employer's folder."""
    if not path.is_dir():
        raise ValueError(f"{path.name}: not a folder of employer folders")
    out = []
    for folder in sorted(p for p in path.iterdir() if p.is_dir()):
        # Only the employer's own dated files (the daily scraper also keeps merged and
        # "new since yesterday" files there, which repeat titles of the dated ones).
        dated = sorted(
            f
            for f in folder.glob("*.csv")
            if (m := _DAILY.fullmatch(f.name)) and m["emp"] == folder.name
        )
        if not dated:
            continue
        with dated[-1].open(encoding="utf-8-sig", newline="") as fh:
            out += [(folder.name, row[source.title] or "") for row in csv.DictReader(fh)]
    return out


def _json(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of a JSON list, or of a folder of employer documents."""
    docs = sorted(path.glob("*.json")) if source.fmt == "boards" else [path]
    if source.fmt == "boards" and not path.is_dir():
        raise ValueError(f"{path.name}: not a folder of employer files")
    out = []
    for doc_path in docs:
        with doc_path.open(encoding="utf-8") as fh:
            doc = json.load(fh)
        if source.fmt == "boards":
            if not isinstance(doc, dict) or not isinstance(doc.get("positions"), list):
                raise ValueError(f"{doc_path.name}: no list of positions")
            items = [(doc[source.employer], item) for item in doc["positions"]]
        elif isinstance(doc, list):
            items = [(None, item) for item in doc]
        else:
            raise ValueError(f"{doc_path.name}: not a list of postings")
        for emp, item in items:
            if not isinstance(item, dict):
                raise ValueError(f"{doc_path.name}: a posting is no object")
            # A missing title is an error (KeyError), not a reason to skip every posting.
            out.append((str(emp or item.get(source.employer) or ""), str(item[source.title] or "")))
    return out


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved input, in its order; `commit` names the
    version read when it is not the source's own."""
    if source.fmt == "table":
        pairs = _table(path)
    elif source.fmt == "daily":
        pairs = _daily(source, path)
    else:
        pairs = _json(source, path)
    where = source.path.rpartition("/")[2]
    tag = f"{source.tag}:{where}@{(commit or source.commit)[:8]}"
    return [(emp.strip(), title, tag) for emp, title in pairs]


def _rejected(raw: str, title: str, group: str) -> bool:
    """Left out: no title or employer, an employer outside technology or glued, a non-title,
    an overlong line, an internship."""
    if not title or not group or group in NOT_TECH | GLUED or title.casefold() in NON_TITLES:
        return True
    return len(title) > LONGEST or bool(INTERN.search(title))


def candidates(
    groups: list[tuple[str, list[tuple[str, str, str]]]], titles: set[str]
) -> list[list[str]]:
    """New, non-intern titles of technology employers, at most PER_EMPLOYER an employer
    (and the source's own cap): [title, employer, source], drawn in a salted order."""
    return draw(
        groups,
        titles,
        salt="market_n",
        by_tag=BY_TAG,
        per_employer=PER_EMPLOYER,
        employer=employer,
        rejected=_rejected,
    )


def main(argv: list[str] | None = None) -> int:
    """Print candidates as TSV: title, employer, source."""
    return run_builder(
        argv,
        name="build_market_n",
        doc=__doc__,
        tags=[s.tag for s in SOURCES],
        read=lambda tag, path, commit: read(BY_TAG[tag], path, commit),
        candidates=candidates,
        known=known,
        file_help="a saved file or folder, or one version of it (@ its 40-digit commit); a tag"
        " may repeat, its versions given oldest first",
    )


if __name__ == "__main__":
    raise SystemExit(main())
