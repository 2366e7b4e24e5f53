"""Print the candidate titles of market_au.tsv: the postings that three job watchers of
2026 saved from US boards and employers' own career sites (Adzuna, JSearch, Indeed,
Greenhouse, Ashby, Workday): biotech and pharma research and computational science,
radio-frequency, antenna and electromagnetic-compatibility engineering at aerospace,
defence, semiconductor and device makers, and hardware, process, manufacturing and energy
engineering (reads CSV only; executes nothing it reads)."""

from __future__ import annotations

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
    employers_drawn,
    markets,
    read_csv,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, co-ops, apprenticeships and student jobs are kept out (the slice is of
# regular jobs), in the words the watchers' postings write them.
INTERN = re.compile(
    r"\b(intern|interns|internships?|co-?ops?|apprentice\w*|trainee\w*|students?)\b", re.I
)
# The watchers' files could not be fetched whole: the first pages of each (as the index's
# file reader served them, 16,000 characters a page) were transcribed, each posting once,
# as CSV files of `company,title` in the file's order (market_au_transcribed/<tag>/).
SOURCES = (
    # Biotech and pharma postings (protein design, computational biology and chemistry,
    # bioinformatics, drug-discovery AI) of US metros, 2026-08/09.
    Source(
        "bio-watch",
        "jaemin-eng/bio-jobs",
        ("data/jobs_history.csv",),
        "00010ba4d8f00c5091857690a7d1173fdd517ac3",
        "csv",
    ),
    # Radio-frequency, antenna, microwave and EMC postings of US metros, 2026-08/09.
    Source(
        "rf-watch",
        "jaemin-eng/rf-jobs",
        ("data/jobs_history.csv",),
        "025f84ec057e87fd9051747a2f04300368be27c3",
        "csv",
    ),
    # Early-career hardware, process, manufacturing, reliability and utility engineering
    # postings found on Indeed, 2026-06.
    Source(
        "hw-watch",
        "emmismyname/jobrobot",
        ("data/jobs_history.csv",),
        "0103f2874483ec840692bf0e43e82e8f70f9619d",
        "csv",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (a country, a field of study where the board's
# employer should be): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"us", "bioinformatics"}
# One employer under several names: the cap counts them together.
ALIASES = {
    "amazonlab126": "amazon",
    "rtxcorporation": "rtx",
    "rtxraytheon": "rtx",
    "raytheon": "rtx",
    "theaerospacecorporation": "aerospacecorporation",
    "leidosinc": "leidos",
    "caciinternational": "caci",
    "appleinc": "apple",
    "gapsolutionsinc": "gapsolutions",
    "baesystemsusa": "baesystems",
}
# The corpora of the session's held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "at")
NON_TITLES = set(NO_JOB)
URL = re.compile(r"^https?://|^[\w.-]+\.(com|org|net|io)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every row of one transcribed file of the source."""
    return read_csv(source, path, commit)


BUILDER = Builder(
    corpus="market_au",
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
