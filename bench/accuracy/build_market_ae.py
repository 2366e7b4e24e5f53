"""Print the candidate titles of market_ae.tsv: the whole Greenhouse and Lever boards of
San Francisco Bay Area biotech and pharma employers (drug developers, gene-therapy,
synthetic-biology and medical-device firms) as a regional job board's scraper saved them
in June and August 2026 (reads JSON only; executes nothing it reads)."""

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
# Internships, co-ops, apprenticeships and fellowships for students are kept out (the slice
# is of regular jobs), in the words these boards write them.
INTERN = re.compile(
    r"\b(intern|interns|internships?|co-?op|apprentice\w*|trainee\w*|summer associate"
    r"|working student|thesis)\b",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, file, commit and fields."""

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
SOURCES = (
    # The Bay Area biopharma board's saved file of 2026-08-08: every posting of the 19
    # employers with a Bay Area or remote-US opening on their Greenhouse or Lever boards
    # (JSON object `{"scraped_at", "jobs": [{"company", "title", "location", "url", ...}]}`).
    Source(
        "us-biopharma-aug",
        "Ryohash1231/biopharma-job-board",
        ("jobs.json",),
        "62320cf9b0a8a67dd1757fb0632ad62476102f5b",
        "title",
        "company",
    ),
    # The same board's file of 2026-06-13, before its employer list was changed: it holds
    # three employers the August file no longer reads (and earlier postings of the others,
    # drawn only while an employer is under its cap).
    Source(
        "us-biopharma-jun",
        "Ryohash1231/biopharma-job-board",
        ("jobs.json",),
        "d9fc6aef9cf686eafca70c770ec14843040e0184",
        "title",
        "company",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = {"", "none", "null", "nan", "na", "unknown", "confidential", "anonymous"}
# Boards the file files under an employer whose titles are no job titles of it: the token
# "protagonist" the aggregator gave Protagonist Therapeutics is a namesake's board (a
# strategic-communications analytics firm, protagonist.io), and Inceptive names every
# opening by its project ("Foundation and generative models for biomolecules"), not by a
# job. Their postings are skipped.
SKIPPED = {"protagonisttherapeutics", "inceptive"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's earlier held-out draws: none of their employers is drawn.
DRAWN_BEFORE = (
    "market_u.tsv",
    "market_v.tsv",
    "market_w.tsv",
    "market_x.tsv",
    "market_y.tsv",
    "market_z.tsv",
    "market_aa.tsv",
    "market_ab.tsv",
)
# Strings of a title field that are no job title (an open call for CVs, a board's
# heading): dropped before the employer cap counts.
NON_TITLES = {
    "n/a",
    "test",
    "general application",
    "open application",
    "open apply",
    "job title",
    "general interest",
    "talent community",
}
# Calls for CVs worded as a posting: a talent pool, "future opportunities", an open
# application, "Don't see your role below?".
CALLS = re.compile(r"talent pool|future (career )?opportunit|open appl|don't see", re.I)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|bio)/?$", re.I)
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


def _postings(path: Path) -> list[dict[str, Any]]:
    """The postings (objects) of one saved file: the list under "jobs"."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        raise ValueError(f"{path.name}: no JSON object")
    items = doc.get("jobs")
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
        for job in _postings(path)
    ]


BUILDER = Builder(
    corpus="market_ae",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | SKIPPED | drawn_before(),
        NON_TITLES,
        LONGEST,
        URL,
        INTERN,
        BROKEN,
        others=(CALLS,),
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved file (one of the source's files, by name)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
