"""Print the candidate titles of market_ap.tsv: Vietnam's largest job board (TopCV) as a
crawler saved it in 2025-05, one JSON file a posting, every function and employer of the
national market, titles as posted in Vietnamese and English (reads JSON only; executes
nothing it reads)."""

from __future__ import annotations

import json
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
    Row,
    Screen,
    Source,
    check_file,
    employers_drawn,
    markets,
    posting_rows,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships and trainee places are kept out (the slice is of regular
# jobs), in the words the board writes them: English (intern, internship, apprentice,
# trainee, fresher program) and Vietnamese ("thực tập" and "thực tập sinh", an intern;
# "học việc", an apprentice).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|thực tập|học việc)\b", re.I
)

SOURCES = (
    # TopCV (topcv.vn), Vietnam's largest job board: 3,574 postings of 2,571 employers
    # that a crawler saved on 2025-05-07/08, one JSON object a posting
    # (`{"title", "company_name", "salary", "location", ...}`), in the folder `raw_data`.
    Source(
        "vn-topcv",
        "dvb4323/vietnam-job-crawler",
        ("raw_data",),
        "cf35cfb14c259334b9827b8e46689e9ae22167a1",
        "posting",
        "title",
        "company_name",
        limit=330,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS)
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "an")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|vn|io|net|org)/?$", re.I)
LONGEST = 120
# The badge TopCV shows under a verified employer's name ("... SEABANK\nPro Company"): no
# part of the employer's name.
BADGE = re.compile(r"\s*\n\s*Pro Company\s*$")


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of the source's saved folder (one
    JSON object a file, in the files' name order), each keyed by its own file."""
    check_file(source, path, commit)
    folder = source.paths[source.files.index(path.name)]
    rows: list[Row] = []
    for file in sorted(path.glob("*.json")):
        job = json.loads(file.read_text(encoding="utf-8"))
        if not isinstance(job, dict):
            raise ValueError(f"{file.name}: no JSON object")
        employer = BADGE.sub("", str(job.get(source.employer_field) or ""))
        key = f"{source.tag}:{folder}/{file.name}@{source.commit[:8]}"
        rows += posting_rows(source, [{**job, source.employer_field: employer}], key)
    return rows


BUILDER = Builder(
    corpus="market_ap",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="the source's saved folder (raw_data, one JSON file a posting)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
