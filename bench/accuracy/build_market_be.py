"""Print the candidate titles of market_be.tsv: the long tail of the job market as public
bodies and a national board publish it (seven Canadian public-service boards' postings of
2025-10/11, federal and provincial; SEEK New Zealand's results for labour, warehouse,
manufacturing, construction and trades searches of 2026-06 to 2026-08, staffing agencies,
councils and small employers among them; Calgary's LinkedIn, Indeed and firm-site results
for architecture and design searches of 2026-04 to 2026-08) (reads JSON and HTML data
only; executes nothing it reads)."""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import (
    ANONYMOUS,
    BROKEN,
    NO_JOB,
    Builder,
    Row,
    Screen,
    VersionedSource,
    employers_drawn,
    field_text,
    json_postings,
    markets,
    squash,
    versioned_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, co-op and student places, apprenticeships and trainee posts are kept out
# (the slice is of regular jobs), in the words these boards write them (English, and the
# French of Canada's bilingual postings: stage, stagiaire).
INTERN = re.compile(
    r"\b(intern|interns|internships?|co-?op|students?|apprentice\w*|trainee\w*|cadet\w*"
    r"|stage|stagiaire\w*|summer 20\d\d)\b",
    re.I,
)


class BoardFiles(NamedTuple):
    """The postings of several public-service boards saved as one JSON file a posting,
    each under `data/<BOARD>/jobs_json/` of one commit: its tag, repository, boards (the
    folder names and the jurisdiction each serves), commit and caps."""

    tag: str
    repo: str
    boards: tuple[tuple[str, str], ...]
    commit: str
    per_employer: int = 0
    limit: int = 0

    @property
    def folders(self) -> dict[str, str]:
        """Board folder name -> the jurisdiction it serves."""
        return dict(self.boards)


SOURCES: tuple[BoardFiles | VersionedSource, ...] = (
    # Canada's public-service boards as a research scraper saved them on 2025-11-09 (one
    # JSON file a posting, keyword searches such as "Business Analyst", "Manager",
    # "Program Officer", "Economist"): the federal GC Jobs and the provincial boards of
    # Alberta, British Columbia, Manitoba, Nova Scotia, Ontario and Saskatchewan. The
    # files were removed from the repository a commit later; they are read at the commit
    # that still held them.
    BoardFiles(
        "ca-public",
        "Andrew-Girgis/public_jobs_scraper",
        (
            ("AB", "Alberta"),
            ("BC", "British Columbia"),
            ("GOC", "Canada"),
            ("MAN", "Manitoba"),
            ("NS", "Nova Scotia"),
            ("ONT", "Ontario"),
            ("SAS", "Saskatchewan"),
        ),
        "bf1596e19c423182a40ff04761d2c16237cfeea6",
    ),
    # SEEK New Zealand's results (seek.co.nz) for labourer, warehouse, manufacturing,
    # construction, trades and general-hand searches outside the big cities, as a job
    # watcher's page listed them (an HTML table: title, company, location): sixteen
    # versions of `index.html`, 2026-06-01 to 2026-08-02.
    VersionedSource(
        "nz-seek",
        "jackwen2026-cell/seek-nz-jobs",
        ("index.html",) * 16,
        (
            "5d68bdea4ec90f5170856fe59ea8c757c8d22cc6",
            "4e1d51c5b329aa8526c070ac868e2474ca04b50c",
            "d17840c9edbf66761651be88f7e493b7e7ec7434",
            "0bcefab2313be8d13806d3fba07657d6e2713878",
            "bd7f2365c3026ab0e833a4acbd2598bc7aa8c951",
            "f3783197305b1df83fc16b2889ecb07228e83846",
            "3652701a3d74c85c444ce24ee1e59289019b2a72",
            "45f7b4497a517d8934242b19fa012b75b640db88",
            "b70e27b5645cbc567c0214c134170f2aa99d8e50",
            "1f9809aef60610d0d62a4b44e5a4d91f2fe9067e",
            "9098acde461bfcb5d6b0411c690b5546ecf4bdc5",
            "55a04885418ae3355ccae8eb0e71a32195ec127f",
            "e92315489ba2ef0915e91b4a2c0bc8319a55d230",
            "4d2b790ee64da90c5504b1eb85d80947072ba847",
            "49121dbc001833879461866c546d4f44ba147127",
            "217afe958153ee927b78328622b9682c61151bf1",
        ),
        "seek-html",
        "title",
        "company",
        per_employer=5,
        limit=260,
    ),
    # Calgary's results for architecture, design and drafting searches (LinkedIn and
    # Indeed as JobSpy returned them, and architecture firms' own career pages), a JSON
    # list `{title, company, location, source, ...}`: four versions of `all_jobs.json`,
    # 2026-04-24 to 2026-08-22.
    VersionedSource(
        "ca-calgary",
        "jstjvcc/calgary-arch-jobs",
        ("all_jobs.json",) * 4,
        (
            "08546f3455a048186a88755983b074009ed6582f",
            "41f0f47646cea4d93256369c60a2ac765a81ae1d",
            "760af59e2aa8d6ade7ff49e47d78c2005ae85c66",
            "c7a69e3eacc2c7e4559f42e3726cce62d02d4b83",
        ),
        "array",
        "title",
        "company",
        per_employer=3,
        limit=70,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped; SEEK shows
# "Private Advertiser" for an advertiser who gives no name.
NO_EMPLOYER = set(ANONYMOUS) | {"privateadvertiser"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the held-out draws so far (market_u ... market_bb): none of their
# employers is drawn.
DRAWN_BEFORE = (*markets("u", "az"), "market_ba.tsv", "market_bb.tsv")
# Strings of a title field that are no job title: dropped before the employer cap counts
# (GC Jobs writes "You will leave the GC Jobs Web site" for a posting held elsewhere; a
# staffing agency's "Ready for Work" is a call for registrations).
NON_TITLES = set(NO_JOB) | {"you will leave the gc jobs web site", "ready for work"}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|nz|ca|gov)/?$", re.I)
LONGEST = 120
# Open calls for no one job: SEEK's "Expression(s) of Interest - <place or work>".
OTHERS = (re.compile(r"\bexpressions? of interest\b", re.I),)
# One row of the SEEK watcher's table: the title link, then the company cell.
SEEK_ROW = re.compile(
    r'<td class="td-title">\s*<a [^>]*>(.*?)</a>.*?<td class="td-co">(.*?)</td>', re.S
)


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def seek_items(text: str) -> list[dict[str, Any]]:
    """The rows of the SEEK watcher's page, each `{title, company}` (HTML entities read)."""
    return [
        {"title": html.unescape(t).strip(), "company": html.unescape(c).strip()}
        for t, c in SEEK_ROW.findall(text)
    ]


def _first(doc: Any, keys: tuple[str, ...]) -> str:
    """The first non-empty text field named in `keys`, searched depth-first through the
    objects of a posting (boards nest their fields differently)."""
    if isinstance(doc, dict):
        for k in keys:
            if field_text(doc.get(k)).strip():
                return field_text(doc.get(k))
        for value in doc.values():
            found = _first(value, keys)
            if found:
                return found
    return ""


def board_posting(doc: Any, jurisdiction: str) -> tuple[str, str]:
    """(employer, title) of one public-service posting: the employer is the
    jurisdiction's public service and the ministry or department the posting names
    ("Ontario / Ministry of Health"; GC Jobs' places after " - " dropped), or the
    jurisdiction alone where none is named."""
    title = _first(doc, ("job_title", "title"))
    unit = _first(doc, ("ministry", "organization", "department")).split(" - ")[0]
    unit = squash(unit)
    return (f"{jurisdiction} / {unit}" if unit else jurisdiction), title


def board_key(source: BoardFiles, path: Path, commit: str) -> tuple[str, str]:
    """The jurisdiction of one saved posting file and its source key,
    `tag:data/<BOARD>/jobs_json/<file>@commit`; ValueError unless it lies in a board's
    folder and `commit`, if given, is the source's."""
    if commit and commit != source.commit:
        raise ValueError(f"{source.tag}: {commit} is no version the builder knows")
    board, folder = path.parts[-3:-1] if len(path.parts) >= 3 else ("", "")
    if folder != "jobs_json" or board not in source.folders or path.suffix != ".json":
        raise ValueError(f"{source.tag}: {path} is no board's posting file")
    rel = f"data/{board}/jobs_json/{path.name}"
    return source.folders[board], f"{source.tag}:{rel}@{source.commit[:8]}"


def read(source: BoardFiles | VersionedSource, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file of the source, in
    its order: a public-service posting, the SEEK watcher's page or the Calgary list."""
    if isinstance(source, BoardFiles):
        jurisdiction, key = board_key(source, path, commit)
        employer, title = board_posting(json.loads(path.read_text(encoding="utf-8")), jurisdiction)
        return [(employer, title, key)]
    key = versioned_key(source, path, commit)
    if source.fmt == "seek-html":
        items = seek_items(path.read_text(encoding="utf-8"))
    else:
        items = json_postings(path, source.fmt)
    return [
        (
            squash(field_text(i.get(source.employer_field))),
            field_text(i.get(source.title_field)),
            key,
        )
        for i in items
    ]


BUILDER = Builder(
    corpus="market_be",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=OTHERS
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
