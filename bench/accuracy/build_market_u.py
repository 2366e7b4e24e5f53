"""Print the candidate titles of market_u.tsv from saved job-board data (reads JSON only;
executes nothing it reads)."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any, NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import draw, known_titles, other_corpora, run_builder

DATA = Path(__file__).resolve().parent / "data"
# The transcriptions of the files that could only be read through the file reader (no
# snapshot of either repository could be had): committed beside the corpus.
TRANSCRIBED = DATA / "market_u_transcribed"
PER_EMPLOYER = 6
# Internships, student jobs and training places are kept out (the slice is of regular
# jobs), in the words the boards write them: English, German (Praktikum, Praktikant,
# Werkstudent, Ausbildung, Lehre, duales Studium), French (stage, stagiaire, alternance,
# apprenti), Portuguese (estágio, estagiário, aprendiz), Spanish (pasantía, becario, beca),
# Dutch (stagiair), year placements and thesis workers; 实习 (Chinese), インターン
# (Japanese), 인턴 (Korean).
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|apprentice|apprenticeships?"
    r"|trainees?|traineeships?|working student|student assistant|placement student"
    r"|industrial placement|thesis|praktikum|praktikant(in)?|werkstudent(in)?|ausbildung"
    r"|lehre|duales studium|stage|stagiaire|stagiair|alternance|alternant|apprentie?"
    r"|estágio|estagiári[oa]|aprendiz|pasantía|becari[oa]|beca)\b"
    r"|实习|インターン|인턴",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, files, commit and caps."""

    tag: str
    repo: str
    # The saved files (their paths in the repository) that `--file` may name.
    paths: tuple[str, ...]
    commit: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), in its salted order.
    limit: int = 0

    @property
    def files(self) -> tuple[str, ...]:
        """The file names a `--file` of this source may have."""
        return tuple(Path(p).name for p in self.paths)


SRAPPER = "Nairwins/Srapper"
# The Workday boards a job-board scraper saved, one file a board (site) of an employer, as
# its Workday adapter fetched them: a JSON list of {"company", "title", "url", ...}.
WORKDAY_BOARDS = (
    "4flow_wd3_4flow",
    "a1group_wd3_karriere_at",
    "aalto_wd3_aalto",
    "aareon_wd103_aareon",
    "acciona_wd3_acciona_employment_channel",
    "accuray_wd5_external",
    "acxiomllc_wd5_acxiomchn",
    "advantech_wd3_external",
    "ag_wd3_airbus",
    "agcbio_wd5_agcbio_careers",
    "agrana_wd3_careers",
    "aia_wd3_external",
    "aig_wd1_japan",
    "albemarle_wd5_external",
    "alfalaval_wd3_alfa_laval_jobs",
    "aliaserviziambientali_wd103_multiutility_external_career_site",
    "alliance_wd3_nissanjobs",
    "amat_wd1_external",
    "amgen_wd1_careers",
    "analogdevices_wd1_external",
    "aptiv_wd5_aptiv_careers",
    "argenx_wd3_external_careers",
    "arianegroup_wd3_externalall",
    "asml_wd3_asmlext1",
    "astrazeneca_wd3_careers",
    "auchanportugal_wd3_auchan-retail",
    "autodesk_wd1_ext",
    "automationanywhere_wd5_automationanywherejobs",
    "axiomspace_wd5_external_career_site",
    "basicfit_wd103_basicfit_career_site_nl",
    "bavariannordic_wd103_bavariannordic",
    "bbva_wd3_bbva",
    "bdx_wd1_external_career_site_japan",
    "beigene_wd5_beigene",
    "bloomenergy_wd1_bloomenergycareers",
    "blueorigin_wd5_blueorigin",
    "boliden_wd3_bolidenjobs",
    "bostondynamics_wd1_boston_dynamics",
    "bracco_wd103_braccocareers",
)
WORKDAY = (
    SRAPPER,
    tuple(f"output/WORKDAY_{b}_jobs.json" for b in WORKDAY_BOARDS),
    "832d28d9188f74134d8a3a973e54fe6b3c288f7c",
)
# The same scraper's saved Ashby (OpenAI) and Recruitee (Reinaerde) boards, one version
# earlier, in the same JSON shape.
OTHER_ATS = (
    SRAPPER,
    ("output/ASHBY_openai_jobs.json", "output/RECRUITEE_reinaerde_jobs.json"),
    "1ec5cfb65088f39ab9b32adf33b39c076e5e1602",
)
# A job hunter's saved BOSS直聘 (China) search results of 2026-03: a JSON list of
# {"id", "title", "company", ...}.
BOSS = (
    "838997125/job-hunter-cn",
    ("data/jobs.json",),
    "fca6f3926e0caeafc5fe9becc89f1850b5eb7426",
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # Workday boards of biotech and pharma, medical devices, batteries and energy, space and
    # defence, semiconductors, robotics, carmakers, insurers and banks, retailers, a
    # university, in Europe, the Americas and Asia: every function of each board.
    Source("srapper-workday", *WORKDAY, per_employer=6),
    # An AI lab's Ashby board and a Dutch care provider's Recruitee board.
    Source("srapper-ats", *OTHER_ATS, per_employer=6),
    # Chinese postings of employers of every trade, found by a product-manager search.
    Source("cn-boss", *BOSS, per_employer=6),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer: skipped.
NO_EMPLOYER = {"", "none", "null", "nan", "na", "unknown", "confidential", "anonymous"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = {"n/a", "test", "general application", "open application", "job title"}
# Open and unsolicited applications and talent pools in the boards' languages, and a board's
# "filled" marker (Dutch "VERVULD"): no job to label.
NON_TITLE = re.compile(
    r"\b(open application|unsolicited application|talent community|candidaturas? "
    r"espont[aâ]neas?|avoin hakemus|åpen søknad|vervuld)\b",
    re.I,
)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|cn|jp)/?$", re.I)
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, or an escape left as text.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00")
# A list that cut a long title short: no whole title to label.
TRUNCATED = re.compile(r"(\.\.\.|…)$")
LONGEST = 120


def employer(name: str) -> str:
    """The key an employer's titles are capped under: the name in NFKC form, case-folded,
    letters and digits of any script only (aliases joined)."""
    k = re.sub(r"[\W_]", "", unicodedata.normalize("NFKC", name).casefold())
    return ALIASES.get(k, k)


def corpora() -> list[str]:
    """File names of every labelled title corpus in data/ (market_u itself excepted)."""
    return other_corpora(DATA, "market_u.tsv")


def known() -> set[str]:
    """Case-folded titles of every labelled corpus already in data/."""
    return known_titles(DATA, "market_u.tsv")


def _text(value: Any) -> str:
    """A field as text (a missing or non-text field is empty)."""
    return value if isinstance(value, str) else ""


def _pairs(path: Path, text: str) -> list[tuple[str, str]]:
    """(employer, title) of a saved board: a JSON list of {"company", "title", ...}."""
    rows = json.loads(text)
    if not isinstance(rows, list):
        raise ValueError(f"{path.name}: no list of postings")
    return [
        (_text(job.get("company")), _text(job.get("title")))
        for job in rows
        if isinstance(job, dict)
    ]


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved file, in its order."""
    if commit and commit != source.commit:
        raise ValueError(f"{source.tag}: {commit} is no version the builder knows")
    if path.name not in source.files:
        raise ValueError(f"{source.tag}: {path.name} is no file the builder knows")
    rel = source.paths[source.files.index(path.name)]
    tag = f"{source.tag}:{rel}@{source.commit[:8]}"
    pairs = _pairs(path, path.read_text(encoding="utf-8"))
    return [(emp.strip(), title, tag) for emp, title in pairs]


def _rejected(raw: str, title: str, group: str) -> bool:
    """Left out: no title or employer, a non-title, a glued or overlong line, broken
    letters, an internship."""
    if not title or group in NO_EMPLOYER or title.casefold() in NON_TITLES:
        return True
    if NON_TITLE.search(title):
        return True
    if len(title) > LONGEST or "\n" in raw or TRUNCATED.search(title) or URL.match(title):
        return True
    if BROKEN.search(title):
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
        salt="market_u",
        by_tag=BY_TAG,
        per_employer=PER_EMPLOYER,
        employer=employer,
        rejected=_rejected,
    )


def main(argv: list[str] | None = None) -> int:
    """Print candidates as TSV: title, employer, source."""
    return run_builder(
        argv,
        name="build_market_u",
        doc=__doc__,
        tags=[s.tag for s in SOURCES],
        read=lambda tag, path, commit: read(BY_TAG[tag], path, commit),
        candidates=candidates,
        known=known,
        file_help="a saved file (one of the source's files, by name)",
    )


if __name__ == "__main__":
    raise SystemExit(main())
