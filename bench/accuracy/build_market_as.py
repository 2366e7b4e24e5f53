"""Print the candidate titles of market_as.tsv: the whole job boards of 1,792 venture-backed
employers (space, batteries and energy storage, fusion, robotics, semiconductors and photonics,
biotech, AI labs, fintech, health care, retail) as a European start-up job site saved them on
2026-09-29, read in fixed windows of its stored files (reads JSON only; executes nothing it
reads)."""

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
    Screen,
    Source,
    employers_drawn,
    markets,
    read_json,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships and trainee places are kept out (the slice is of regular jobs),
# in the words the boards write them: English (intern, internship, co-op, apprentice,
# trainee, student) and German (Praktikum, Werkstudent:in, Ausbildung, the dual study
# place "Dual Studierende").
INTERN = re.compile(
    r"\b(intern|interns|internships?|co-?op|apprentice\w*|trainee\w*|students?|\w*praktik\w*"
    r"|werk?s?student\w*|ausbildung\w*|\w*studierende)\b",
    re.I,
)

# The stored files were read through the code index in windows of WINDOW characters at
# these offsets (the site's files are 1-1.6 MB; no snapshot of the repository could be
# fetched): a posting is read when its title ("t") and employer ("s") lie whole in a window.
WINDOW = 16_000
WINDOWS = {
    "data/autre.json": (0, 128_000, 256_000, 384_000, 512_000, 640_000),
    "data/tech.json": (0, 256_000, 512_000, 768_000, 1_024_000, 1_280_000),
}
# A posting's title and employer, the first two fields of each object of the stored file.
POSTING = re.compile(r'\{"t":("(?:[^"\\]|\\.)*"),"s":("(?:[^"\\]|\\.)*")')

SOURCES = (
    # The job site's whole-board feed (startup-jobs-europe, 2026-09-29): every posting of the
    # boards (Workday, Greenhouse, Lever, Ashby, Personio, BambooHR, Teamtailor, Recruitee,
    # Workable, ...) of 1,792 venture-backed employers, in the site's categories; `autre`
    # (other: trades, care, science, operations) and `tech` (engineering of every kind). The
    # saved files here are the windows' postings (`window_postings`), each distinct
    # (title, employer) once, in file order.
    Source(
        "vc-boards",
        "solemanedbs/startup-jobs-europe",
        tuple(WINDOWS),
        "09f3c1db0972ff367221bd9e3ceae5667ee2a6c3",
        "array",
        "t",
        "s",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"stealth", "stealthstartup"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "ap")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {
    "initiative application",
    "speculative application",
    "i want to be part of the team!",
}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|co|net|org|dev|de|eu)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def window_postings(text: str, offsets: tuple[int, ...]) -> list[dict[str, str]]:
    """The postings ({"t", "s"}) whose title and employer lie whole in the stored file's
    windows at `offsets`, each distinct pair once, in file order: the saved input."""
    seen: set[tuple[str, str]] = set()
    out = []
    for start in offsets:
        for m in POSTING.finditer(text[start : start + WINDOW]):
            pair = (json.loads(m.group(1)), json.loads(m.group(2)))
            if pair not in seen:
                seen.add(pair)
                out.append({"t": pair[0], "s": pair[1]})
    return out


# (employer, title, source key) of one saved file, in its order.
read = read_json

BUILDER = Builder(
    corpus="market_as",
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
