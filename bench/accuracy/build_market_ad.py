"""Print the candidate titles of market_ad.tsv: titles carrying a word of the roles' weak
boundaries (engineer, scientist, research, lab, platform, infrastructure, systems, cloud,
network, reliability, test, validation, verification, analyst, security, controls,
automation, AI, ML, model) from two new-grad boards' saved listings of every industry and
a new-grad business-analyst board's saved daily lists (reads JSON, CSV and Markdown tables
only; executes nothing it reads)."""

from __future__ import annotations

import csv
import io
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
    field_text,
    json_postings,
    markets,
    source_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, co-ops, apprenticeships and student jobs are kept out (the slice is of
# regular jobs), in the words these boards write them.
INTERN = re.compile(
    r"\b(intern|interns|internships?|co-?op|apprentice\w*|trainee\w*|working student"
    r"|student researcher|student|thesis|phd|summer (?:20\d\d|analyst)|fall 20\d\d)\b",
    re.I,
)
# The boundary words the corpus is about (the brief's list, and "verification", the
# hardware boards' word for validation).
BOUNDARY = re.compile(
    r"\b(?:engineer\w*|scientists?|science|research\w*|r&d|labs?|laborator\w*|platforms?"
    r"|infrastructure|systems?|cloud|network\w*|reliability|test\w*|validation|verification"
    r"|analysts?|analytics|security|controls?|automation|AI|ML|models?|modell?ing)\b",
    re.I,
)


NEW_GRADS = "tailed-community/tech-new-grads-2025-2026"
NEW_GRADS_COMMIT = "7251aec763e266a81d075f6ff302573f8cf7d5de"
NORTH_AMERICA = "coconight01/2027-North-America-New-Grad-Jobs"
NORTH_AMERICA_COMMIT = "1e3aeba64566f36f21ed3e1885af817594104cbd"
ANALYST = "jobright-ai/2026-Business-Analyst-New-Grad"
# Twenty-three versions of the analyst board's README, one a month (the last commit on or
# before the 15th; its list holds only the last week's postings): month, commit.
ANALYST_VERSIONS = (
    ("2024-10", "ad2d3d0dabb205823e50aae1aaeba3d3517ffde9"),
    ("2024-11", "7ecf235fbc5c6e475070ba259b6b92cba109ed15"),
    ("2024-12", "0f480ac8ff4f08506c60ad7e34265ad4c1d0609a"),
    ("2025-01", "23b57f32004dfb4311fa38990b50d23985330869"),
    ("2025-02", "8cdf9ddd5c2f57ddc1ddd69acde9fc81061b84f8"),
    ("2025-03", "f9de5cd3c43c605bc9be25aea89b5828eab97c16"),
    ("2025-04", "0059c689c82608d4a19649536e8bed5c2db0c4ff"),
    ("2025-05", "23a6718e392d8a6ce88f8d1b50fb3858efd41d6b"),
    ("2025-06", "f491b66b567f7177d973d6d92faefcacc241e3e7"),
    ("2025-07", "a8b2ec4c7f7e7c206823bb537ba0e0554a48f201"),
    ("2025-08", "99dfb077533cb047df86706321a08983489050cd"),
    ("2025-09", "76dd665f5ea25a35361d0db4416b5989b4737f52"),
    ("2025-10", "2430d06a98453948edb10efededb0e97f9be521d"),
    ("2025-11", "831553c8ddb8a5124f6c6cbd141cdb526337d33a"),
    ("2025-12", "4e527df9fcbddfe3819a1ca386e7516ef516347f"),
    ("2026-01", "eb596ef622829ca10be4a04448c7112d86e65726"),
    ("2026-02", "0250bbdd98cac7cc0bce106bf04abbfd9555ed56"),
    ("2026-03", "7bb1b6654ee863e5f46d8ca14af4f1f2cde53d55"),
    ("2026-04", "92a0256a04788ca872c5bb4516032f20b3f0acff"),
    ("2026-05", "88e4bdad0ddae0bba722284cc1e773bcdd0f8879"),
    ("2026-06", "5efaafdd768219fffe38f8b59b8805ae5460f01c"),
    ("2026-07", "41d2a78723b7bc5eadaa252b346dbb44b461bce1"),
    ("2026-08", "39de2c7046b0a65a8023322ef8e652d0629aa5e9"),
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
# "array": a JSON list of postings with the two fields; "csv": a CSV file with the two
# columns; "table": a Markdown README whose table rows hold `**[Employer](link)**` (or "↳",
# the row above's employer) and `**[Title](link)**` in their first two cells.
SOURCES = (
    # A new-grad board's listing of 2026-08-22 (its scraper's current postings, every
    # industry: banks, retailers, utilities, labs, hospitals, manufacturers, defence).
    Source(
        "newgrads",
        NEW_GRADS,
        ("data/current.json",),
        NEW_GRADS_COMMIT,
        "array",
        "title",
        "company_name",
        limit=200,
    ),
    # A second new-grad board's tracker of 2026-08-22 (its CSV of open roles: employers'
    # ATS boards and aggregators, every industry; the board drops pure hardware roles).
    Source(
        "na-newgrad",
        NORTH_AMERICA,
        ("data/jobs.csv",),
        NORTH_AMERICA_COMMIT,
        "csv",
        "role",
        "company",
        limit=120,
    ),
    # A new-grad business-analyst board's daily list (every industry: banks, insurers,
    # retailers, energy, aerospace, government), monthly versions of 2024-10 to 2026-08.
    *(
        Source(f"ba-{when}", ANALYST, ("README.md",), commit, "table", limit=4)
        for when, commit in ANALYST_VERSIONS
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = ANONYMOUS | {"anonymous"}
# One employer under several names: the cap counts them together.
ALIASES = {
    "amazonwebservicesaws": "amazon",
    "amazonwebservices": "amazon",
    "tiktok": "bytedance",
}
# The corpora drawn just before this one: none of their employers is drawn again.
DRAWN_BEFORE = markets("u", "ab")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = NO_JOB | {
    # Found while labelling: a university's posting that names no job.
    "research project",
}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev)/?$", re.I)
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, an escape or an HTML entity left as text.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00|&(amp|lt|gt|#\d+);")
LONGEST = 120
# A Markdown link in a table cell, bold: `**[text](link)**`.
CELL_LINK = re.compile(r"^\*\*\[(.+?)\]\(.*\)\*\*$")


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def _array(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of every posting of a JSON list."""
    return [
        (
            field_text(job.get(source.employer_field)).strip(),
            field_text(job.get(source.title_field)),
        )
        for job in json_postings(path, "array")
    ]


def _csv(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of every row of a CSV file, which must have the source's title
    column."""
    text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    if rows and source.title_field not in rows[0]:
        raise ValueError(f"{source.tag}: no {source.title_field!r} column")
    return [
        (
            field_text(row.get(source.employer_field)).strip(),
            field_text(row.get(source.title_field)),
        )
        for row in rows
    ]


def _table(path: Path) -> list[tuple[str, str]]:
    """(employer, title) of every posting row of a README's Markdown table; a "↳" row
    is the row above's employer's."""
    out = []
    employer = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("| ") or len(cells) < 5:
            continue
        first = CELL_LINK.match(cells[0])
        if first:
            employer = first.group(1)
        elif cells[0] != "↳":
            continue
        title = CELL_LINK.match(cells[1])
        if title:
            out.append((employer.strip(), title.group(1)))
    return out


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of the titles of one saved file that carry a
    boundary word, in its order."""
    tag = source_key(source, path, commit)
    if source.fmt == "array":
        rows = _array(source, path)
    elif source.fmt == "csv":
        rows = _csv(source, path)
    else:
        rows = _table(path)
    return [(emp, title, tag) for emp, title in rows if BOUNDARY.search(title)]


BUILDER = Builder(
    corpus="market_ad",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
