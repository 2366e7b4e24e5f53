"""Print the candidate titles of market_s.tsv from saved job-board data (reads JSON only;
executes nothing it reads)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import Builder, Screen, check_file

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships and vocational training are kept out (the slice is of regular jobs), in the
# languages these boards write them: Praktikum / Praktikant / Werkstudent / Ausbildung
# (-splatz) / duales Studium / Azubi, estágio / estagiário / (jovem) aprendiz, prácticas /
# beca / becario, stage / stagiaire / alternance, tirocinio / stagista / apprendistato;
# trainees and traineeships are the taxonomy's intern level too.
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|stagiaire|stage|alternance"
    r"|apprentice|apprenticeships?|praktikum|praktikant(?:in)?|werkstudent(?:in)?"
    r"|working student|ausbildung\w*|azubi|duales studium|dualer student|student worker"
    r"|summer student|trainees?|traineeships?|est[aá]gio|estagi[aá]ri[oa]s?|aprendiz|pr[aá]cticas"
    r"|becas?|becari[oa]|tirocinio|stagista|apprendistato)\b",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, file, commit, format and which postings."""

    tag: str
    repo: str
    # The saved file (its path in the repository) that `--file` names.
    path: str
    commit: str
    # "seen": a job feed's store of the postings it has seen, {id: {"title", ...}}
    # (no employer: each posting counts alone, under its id); "gupy": a list of Gupy
    # postings ({"name", "careerPageName", ...}); "monitor": a job monitor's store
    # {"jobs": {id: {"site_id", "title", "company", ...}}}, of the boards in `sites`.
    fmt: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), in its salted order.
    limit: int = 0
    # "monitor": the boards (site ids) the postings are kept from.
    sites: tuple[str, ...] = ()

    @property
    def files(self) -> tuple[str, ...]:
        """The file names a `--file` of this source may have."""
        return (Path(self.path).name,)


TORGAU = (
    "RoyDGerkoeter/torgau-jobs-feed",
    "data/seen_jobs.json",
    "97df037bd974952bc5438d77a9c9fb223dfdd971",
)
GUPY = (
    "ALEKSGILLACERDA/mentoria_guilherme",
    "dados/vagas_gupy.json",
    "b6a9e2acb9c2aa6267d4dd21608fa94371e47020",
)
MONITOR = (
    "Spettacolo83/job-monitor",
    "data/seen_jobs.json",
    "138e7630f8196c5952b227edab2b69e43091164c",
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # The German Federal Employment Agency's postings around Torgau (Saxony), 2025-04 to
    # 2025-08, as a daily feed saw them: every trade and function.
    Source("de-arbeitsagentur", *TORGAU, "seen", limit=80),
    # Gupy (Brazil) postings of 2025 found for "analista de dados" and the like:
    # data analysts and their neighbours, named by domain and tool.
    Source("br-gupy", *GUPY, "gupy", per_employer=2, limit=70),
    # A job monitor's InfoJobs Spain postings (2026-07/08) ...
    Source("es-infojobs", *MONITOR, "monitor", per_employer=3, limit=75, sites=("infojobs_es",)),
    # ... its Glassdoor Italy postings ...
    Source("it-glassdoor", *MONITOR, "monitor", per_employer=3, limit=45, sites=("glassdoor",)),
    # ... and the remote-job boards it read, which carry every function; then a few of
    # Arc.dev's developer board (last and few: the corpus is not to be mostly software).
    Source(
        "remote-boards",
        *MONITOR,
        "monitor",
        per_employer=3,
        limit=390,
        sites=("himalayas", "remoteok", "justremote", "remotive", "landingjobs"),
    ),
    Source("arc-dev", *MONITOR, "monitor", per_employer=2, limit=45, sites=("arcdev",)),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer: skipped.
NO_EMPLOYER = {
    "",
    "none",
    "null",
    "nan",
    "na",
    "unknown",
    "confidential",
    "anonymous",
    # placeholders a board or the monitor left in the employer field ("name", the
    # board's own name, a listing placeholder)
    "name",
    "infojobses",
    "glassdoorlisting",
    "arcdevlisting",
}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = {
    "n/a",
    "test",
    "general application",
    "open application",
    "job title",
    # a feed's headline that offers a lift, not a job, and an employer's slogan
    # (de-arbeitsagentur)
    "mitfahrgelegenheit ab torgau bis leipzig",
    "bringen von lebenszufriedenheit",
    # a remote board's entries that are no job: a company's or product's name, a
    # slogan, a notice that nothing is open, a page heading, a test posting, an open
    # application, a word of a career page (remote-boards)
    "classic",
    "future opportunities - remote us",
    "no open roles right now",
    "hospice",
    "management",
    "covalflow",
    "brand strategy",
    "expertise path and manager path",
    "tan tan tan",
    "touchpoint",
    "holly can fix it",
    "distribution centers",
    "expression of interest",
    "vibes on rails",
    "speculative cv",
    "candidate requirements",
    "prediction markets",
    "ecology and society",
    "widen the circle",
    "jenni ai",
    "affiliate",
    "owlette",
    "snagpro",
    "system kolejkowy kolejkobot",
    "any open position",
    "no positions currently available",
    "open vacancies",
    "test req",
    "wanted jobs",
    "404",
    "scale plan",
    "who we are",
    "hawg ops",
    "acoustical management",
    "go south coast",
    "signitic",
    "join our team",
    "open positions",
    "stay hungry. stay foolish. serve others",
    "werebox",
    "apify",
    "v",
    "professional",
    "go ahead london",
    "joel q",
    "background job monitoring",
    "urban",
    "rent the runway",
    "hygpoolop",
    "insight",
    "with the ranks",
    "corporate",
    "small batches better results",
    "our vacancies",
    "superthread",
    "no open roles currently",
    "getresponse",
    "typefully",
    "master plan",
    "12th pass",
    "aragon ai",
    "beehiiv",
    "meshy",
}
# A training course offered on a job board ("Curso gratuito Online Programación .NET"):
# no job.
COURSE = re.compile(r"^curso\b", re.I)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev)/?$", re.I)
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1 ("SÃ£o Paulo", "â€™", Arabic as "Ø´"), or an escape left as text ("\\u002F").
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00")
# The feed of de-arbeitsagentur cuts titles at 100 characters: one this long may be cut.
LONGEST = 99


def _text(value: Any) -> str:
    """A field as text (a missing or non-text field is empty); HTML's escaped ampersand
    that the monitor kept from a feed ("Sales &amp; Marketing") is an ampersand."""
    return value.replace("&amp;", "&") if isinstance(value, str) else ""


def _pairs(source: Source, data: Any) -> list[tuple[str, str]]:
    """(employer, title) of every posting of a saved file that belongs to the source."""
    out = []
    if source.fmt == "seen":
        if not isinstance(data, dict):
            raise ValueError(f"{source.tag}: no store of seen postings")
        for key, job in data.items():
            if isinstance(job, dict):
                out.append((f"posting {key}", _text(job.get("title"))))
    elif source.fmt == "gupy":
        if not isinstance(data, list):
            raise ValueError(f"{source.tag}: no list of postings")
        for job in data:
            if isinstance(job, dict):
                out.append((_text(job.get("careerPageName")), _text(job.get("name"))))
    else:
        jobs = data.get("jobs") if isinstance(data, dict) else None
        if not isinstance(jobs, dict):
            raise ValueError(f"{source.tag}: no monitor store with jobs")
        for job in jobs.values():
            if isinstance(job, dict) and job.get("site_id") in source.sites:
                out.append((_text(job.get("company")), _text(job.get("title"))))
    return out


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved file, in its order."""
    check_file(source, path, commit)
    data = json.loads(path.read_text(encoding="utf-8"))
    tag = f"{source.tag}:{source.path}@{source.commit[:8]}"
    return [(emp.strip(), title, tag) for emp, title in _pairs(source, data)]


BUILDER = Builder(
    corpus="market_s",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER, NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=(COURSE,)),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved file (the source's file, by name)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
