"""Print the candidate rows of postings_level.jsonl: whole postings (title, the source's own
level field, the description's sentences that ask years of experience) from saved answers of
Jobicy's remote-jobs API (2024-03), The Muse's jobs API (2024-03) and Ashby's posting API
(2025-10), one JSON object a line, without the gold `level`, `basis` and `note` (labelled by
hand; see data/postings_level.md). Reads JSON data only; executes nothing it reads.

    python bench/accuracy/build_postings_level.py IN > candidates.jsonl

IN holds the files data/postings_level.md lists (written there with `git show`)."""

from __future__ import annotations

import csv
import hashlib
import html
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_esco import split_of
from corpus_tools import employer_key, squash

PER_EMPLOYER = 5
# The longest experience extract kept: a short fact, never the description itself.
MAX_CHARS = 300

JOBICY = ("mygitbob/feb24_project_job-market", "e480ad12b657c3c2d43dc32de40b84d98441d620")
MUSE = ("mygitbob/feb24_project_job-market", "2fbba22fc177840dc3e1b8ae82dd379b568f3c30")
ASHBY = ("stapply-ai/jobs", "43ece6fd3ab4398cda575f0483fd49ea5c58eccb")
LINKEDIN_2024 = (
    "parishinde/Marketplace-analysis_linktin",
    "a5200c9fa7403e685799e9b631d900fced2f6075",
)
LINKEDIN_BA = ("vctramador/linkedin-vagas-data", "f9b0b18e84017f4bb8e133e829a0ac27bea0e926")

# Number words of the languages the postings are written in (English, German, French,
# Spanish, Dutch); "one"/"un"/"een" too, since "one year of experience" is an ask.
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
    "eine[nmr]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|"
    "une?|deux|trois|quatre|cinq|sept|huit|neuf|dix|"
    "uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
    "een|twee|drie|vijf|zes|zeven|negen|tien"
)
_NUM = rf"(?:\d{{1,2}}(?:[.,]\d)?|\b(?:{_NUMBER_WORDS})\b)"
# A year word in those languages (and the Japanese and Chinese 年): the years asked are
# a number of years; "une expérience" counts no years.
_UNIT = r"(?:(?:years?|yrs?|jahre?n?|jährige[nr]?|ans|an|années?|años?|año|anos?|jaar|jaren)\b|年)"
# A number next to such a word: "5+ years", "3-5 Jahre", "two years of", "2 ans",
# "経験3年以上"; at most a range, a plus and a few filler words between them.
EXPERIENCE = re.compile(
    rf"{_NUM}\s*(?:\+|plus)?\s*(?:(?:-|–|—|to|bis|à|a|y|or|oder|ou|tot)\s*{_NUM}\s*\+?\s*)?"
    rf"(?:(?:full[- ]time|professional|relevant|of relevant)\s+)?{_UNIT}"
    rf"|経験\s*{_NUM}\s*年",
    re.I,
)
_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(?:p|div|li|ul|ol|br|h\d|tr|td|section)\b[^>]*>", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÄÖÜÉ0-9•\-])|\s*[•·▪●]\s*")


def plain_lines(text: str) -> list[str]:
    """The description's lines without markup: block tags and newlines part them."""
    text = _BLOCK.sub("\n", text)
    text = html.unescape(_TAG.sub(" ", text))
    return [squash(line) for line in text.splitlines() if line.strip()]


def experience_sentences(text: str) -> list[str]:
    """The description's sentences with a number next to a year or experience word, each
    cut to MAX_CHARS around its first such number (in order, without repeats)."""
    found: list[str] = []
    for line in plain_lines(text):
        for sentence in _SENTENCE_END.split(line):
            sentence = squash(sentence).lstrip("-*–—>· ").strip()
            m = EXPERIENCE.search(sentence)
            if m is None:
                continue
            if len(sentence) > MAX_CHARS:
                start = max(0, m.start() - MAX_CHARS // 2)
                sentence = sentence[start : start + MAX_CHARS].strip()
            if sentence not in found:
                found.append(sentence)
    return found


def _row(
    title: str,
    category: str | None,
    level_field: str | None,
    description: str,
    source: str,
    employer: str,
) -> dict[str, Any]:
    """One candidate row (the gold columns are added by hand)."""
    title = squash(html.unescape(title))
    return {
        "title": title,
        "category": category or None,
        "level_field": level_field,
        "experience": experience_sentences(description),
        "source": source,
        "employer": employer,
        "split": split_of(title),
    }


def jobicy_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Jobicy's answer: `jobs` with `jobTitle`, `jobIndustry`, `jobLevel`, `jobDescription`."""
    repo, commit = JOBICY
    for job in json.loads(path.read_text(encoding="utf-8"))["jobs"]:
        industry = ", ".join(html.unescape(i) for i in job.get("jobIndustry") or [])
        yield _row(
            job["jobTitle"],
            industry,
            job.get("jobLevel") or None,
            job.get("jobDescription") or "",
            f"{repo}@{commit}:data/raw/jobicy_raw.json#{job['id']}",
            job.get("companyName") or "",
        )


def muse_rows(paths: list[Path]) -> Iterator[dict[str, Any]]:
    """The Muse's pages: `results` with `name`, `categories`, `levels`, `contents`."""
    repo, commit = MUSE
    for path in paths:
        for job in json.loads(path.read_text(encoding="utf-8"))["results"]:
            levels = " / ".join(level["name"] for level in job.get("levels") or [])
            categories = ", ".join(c["name"] for c in job.get("categories") or [])
            yield _row(
                job["name"],
                categories,
                levels or None,
                job.get("contents") or "",
                f"{repo}@{commit}:data/raw/muse.com/{path.name}#{job['id']}",
                job["company"]["name"],
            )


def _drawn(board: str) -> bool:
    """About two boards in five, fixed by the board's name (no look at its postings)."""
    return hashlib.sha256(board.encode()).digest()[0] % 5 < 2


_NOT_ENGLISH = re.compile(
    r"\b(und|wir|Erfahrung|vous|nous|expérience|experiencia|somos|años|ervaring|wij)\b"
)


def ashby_rows(paths: list[Path]) -> Iterator[dict[str, Any]]:
    """Ashby's boards (`jobs` with `title`, `department`, `team`, `descriptionPlain`): the
    first listed job of about two boards in five, and on every board the first postings
    written in German, French, Spanish or Dutch (the per-employer cap applies)."""
    repo, commit = ASHBY
    for path in sorted(paths, key=lambda p: p.name.casefold()):
        try:
            jobs = json.loads(path.read_text(encoding="utf-8")).get("jobs") or []
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        board = path.stem
        for i, job in enumerate(jobs):
            text = job.get("descriptionPlain") or ""
            if not ((i == 0 and _drawn(board)) or _NOT_ENGLISH.search(text)):
                continue
            category = " / ".join(
                v for v in (job.get("department"), job.get("team")) if v and isinstance(v, str)
            )
            yield _row(
                job["title"],
                category,
                None,
                text,
                f"{repo}@{commit}:ashby/companies/{path.name}#{job['id']}",
                board,
            )


# Boards' forms that are no job: open applications, talent pools, inquiries, and a
# placeholder title in quotes.
NO_JOB = re.compile(
    r"open application|general inquiry|talent community|candidate network|^\"insert job", re.I
)


def linkedin_2024_rows(path: Path) -> Iterator[dict[str, Any]]:
    """A sample of LinkedIn's 2023-2024 postings (`title`, `formatted_experience_level`,
    `description`, `company_name`, `job_id`): every row."""
    repo, commit = LINKEDIN_2024
    with path.open(encoding="utf-8", newline="") as fh:
        for job in csv.DictReader(fh):
            yield _row(
                job["title"],
                None,
                job["formatted_experience_level"] or None,
                job["description"],
                f"{repo}@{commit}:postings_utf8.csv#{job['job_id']}",
                job["company_name"],
            )


def linkedin_ba_rows(path: Path) -> Iterator[dict[str, Any]]:
    """LinkedIn's business-analyst postings of 2024-09 (`title`, `experienceLevel`,
    `description`, `companyName`, `sector`): about one row in twelve, fixed by a hash of the
    title, employer and date (no look at the level or the description)."""
    repo, commit = LINKEDIN_BA
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for number, job in enumerate(csv.DictReader(fh), start=1):
            key = f"{job['title']}|{job['companyName']}|{job['publishedAt']}"
            if hashlib.sha256(key.encode()).digest()[0] % 12:
                continue
            yield _row(
                job["title"],
                job["sector"] or None,
                job["experienceLevel"] or None,
                job["description"],
                f"{repo}@{commit}:Business_analyst_job_listings_linkedin.csv#row{number}",
                job["companyName"],
            )


def capped(rows: Iterator[dict[str, Any]], taken: dict[str, int]) -> Iterator[dict[str, Any]]:
    """Rows while their employer has fewer than PER_EMPLOYER (titles once each)."""
    seen: set[tuple[str, str]] = set()
    for row in rows:
        key = employer_key(row["employer"])
        if not row["title"] or NO_JOB.search(row["title"]):
            continue
        if (key, row["title"].casefold()) in seen:
            continue
        if taken.get(key, 0) >= PER_EMPLOYER:
            continue
        taken[key] = taken.get(key, 0) + 1
        seen.add((key, row["title"].casefold()))
        yield row


def build(folder: Path) -> list[dict[str, Any]]:
    """Every candidate row of the saved files in `folder`, in source order."""
    taken: dict[str, int] = {}
    rows = list(capped(jobicy_rows(folder / "jobicy_raw.json"), taken))
    rows += capped(muse_rows(sorted(folder.glob("muse_raw_joblist.page*.json"))), taken)
    rows += capped(ashby_rows(list((folder / "ashby").glob("*.json"))), taken)
    rows += capped(linkedin_2024_rows(folder / "linkedin_postings_utf8.csv"), taken)
    rows += capped(linkedin_ba_rows(folder / "linkedin_business_analyst.csv"), taken)
    return rows


def main(argv: list[str]) -> int:
    """Write the candidate rows of the folder named in argv as JSON lines."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    for row in build(Path(argv[1])):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
