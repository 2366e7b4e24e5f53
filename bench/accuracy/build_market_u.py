"""Print the candidate titles of market_u.tsv from saved job-board data (reads JSON only;
executes nothing it reads)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import ANONYMOUS, NO_JOB, Builder, Screen, field_text, json_postings

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
    """One saved input: its tag, repository, files, commit(s) and caps."""

    tag: str
    repo: str
    # The saved files (their paths in the repository) that `--file` may name.
    paths: tuple[str, ...]
    commit: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), in its salted order.
    limit: int = 0
    # The version each path was read at, when the paths were read at different commits
    # (empty: every path at `commit`).
    commits: tuple[str, ...] = ()
    # Put before each file's name in `files`, when several sources save files of the same
    # name (a repository's `tests/fixtures/greenhouse.json`).
    prefix: str = ""

    @property
    def files(self) -> tuple[str, ...]:
        """The file names a `--file` of this source may have (the transcriptions' names:
        the prefix, the file's own name, and ".json" after a name of another kind)."""
        names = (self.prefix + Path(p).name for p in self.paths)
        return tuple(n if n.endswith(".json") else n + ".json" for n in names)

    def commit_of(self, path: str) -> str:
        """The commit a saved file (its path in the repository) was read at."""
        return self.commits[self.paths.index(path)] if self.commits else self.commit

    @property
    def versions(self) -> tuple[str, ...]:
        """Every commit the source's files were read at."""
        return tuple(dict.fromkeys(self.commits or (self.commit,)))


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

# The second draw (employers' boards of AI labs, AI start-ups, software, fintech and data
# companies, and Chinese AI titles): saved ATS answers that job-search projects keep as the
# test fixtures of their adapters, real boards of 2025-2026 (requisition numbers, IDs and
# publication dates), every function each fixture holds. One source a repository; the
# files were read at the commits the code-search index stores them at.
FIXTURES = "tests/fixtures/"
# Greenhouse (Stripe), Ashby (Ramp), Lever (Spotify), Recruitee (bunq), SmartRecruiters
# (ServiceNow) and Workable (Hugging Face) answers, each cut to three postings.
ATS_DISCOVERY = Source(
    "ats-discovery",
    "chadstrats-ship-it/ats-job-discovery",
    tuple(
        FIXTURES + f"{ats}.json"
        for ats in ("greenhouse", "ashby", "lever", "recruitee", "smartrecruiters", "workable")
    ),
    "05ec0dc554065f458d2007bed60b3679e06a07b9",
    per_employer=6,
    prefix="ats-discovery_",
)
# Greenhouse's departments answers of Anthropic (every department, empty ones included) and
# Stripe (its sales departments).
ATS_JOBS = Source(
    "ats-jobs-fixtures",
    "moonie0201/ats-jobs",
    (
        FIXTURES + "greenhouse/anthropic_departments.json",
        FIXTURES + "greenhouse/stripe_departments.json",
    ),
    "c4513762d9d76337332ca11a527d494d61a0d0a7",
    per_employer=6,
    prefix="ats-jobs_",
)
# Greenhouse (Algolia), Ashby (Airbyte) and Workable (Zego) answers.
APPLY_ENGINE = Source(
    "apply-engine",
    "AJ-Protzel/apply-engine",
    tuple(FIXTURES + f"{ats}.json" for ats in ("greenhouse", "ashby", "workable")),
    "cd8ec98f7258d8a57a7db284402fd0d3d4623f30",
    per_employer=6,
    commits=(
        "cd8ec98f7258d8a57a7db284402fd0d3d4623f30",
        "cd8ec98f7258d8a57a7db284402fd0d3d4623f30",
        "226cce968ed714799bf1b5ce440b8960dfd4c345",
    ),
    prefix="apply-engine_",
)
# Energy-data and energy-software employers' boards: Workable (Vortexa), Ashby (WeaveGrid),
# SmartRecruiters (Vitol), Greenhouse (Camus Energy), Lever (Voltus), Rippling (Portside).
VERTICAL_DIGEST = Source(
    "vertical-digest",
    "haydenham/vertical-job-digest",
    tuple(
        FIXTURES + name
        for name in (
            "workable.json",
            "ashby.json",
            "smartrecruiters.json",
            "greenhouse.json",
            "lever.json",
            "rippling_list.json",
        )
    ),
    "06b77e435f8cc546dd5bd73ba86c8d868cc3f7cc",
    per_employer=6,
    commits=(
        "06b77e435f8cc546dd5bd73ba86c8d868cc3f7cc",
        "d0d2b5610df71306507129e6e6dcdafdc95d3b32",
        "8fbd71df7ff085cc618e1573c08169e9a00bf557",
        "0036f1eb4591d49bb9b708cd0bc765c6d69e9ae2",
        "a0af9f0e22239d48d1ebb00bf081b826f18f145f",
        "1f48005d93df477d1975519829c9c13b22280152",
    ),
    prefix="vertical-digest_",
)
# Greenhouse (Tamara), Ashby (Lean Technologies) and Workable (Mozn) answers: Gulf fintech
# and an enterprise-AI company.
APPLY_AGENT = Source(
    "apply-agent",
    "El-Sayed-Mustafa/apply-agent",
    tuple(FIXTURES + f"{ats}.json" for ats in ("greenhouse", "ashby", "workable")),
    "1b2b9db0836d33b3d5b0b95caa24e383d8563f40",
    per_employer=6,
    prefix="apply-agent_",
)
# Greenhouse (Honeycomb), Ashby (Render) and Workable (Vasion) answers.
JOB_AGENT = Source(
    "job-agent-fixtures",
    "michaeldinhmai/job-agent",
    tuple(FIXTURES + f"{ats}.json" for ats in ("greenhouse", "ashby", "workable")),
    "978ce51d4c7ac98b262e96c31efa59f5684efe7f",
    per_employer=6,
    prefix="job-agent_",
)
# SmarterDx's (clinical AI) Greenhouse answer.
ATS_POLLING = Source(
    "ats-polling",
    "ericleerepo/ATS_Polling",
    (FIXTURES + "greenhouse.json",),
    "f05d9dd42f6193eb4ae104945d1890c99d4eef50",
    per_employer=6,
    prefix="ats-polling_",
)
# More single Greenhouse answers: PhonePe (Indian payments), Monzo (a British bank).
GREENHOUSE_ONLY = (
    ("get-me-jobs", "Srijan-Ratrey/get-me-jobs", "ec11d99e637bbb1f6627b868c637a23d6aab04b0"),
    ("get-hired", "seyiabello/get-hired-pipeline", "b2d5c876800500c81b0e14e8664138bcf8c56a13"),
)
GREENHOUSE_SOURCES = tuple(
    Source(tag, repo, (FIXTURES + "greenhouse.json",), commit, per_employer=6, prefix=tag + "_")
    for tag, repo, commit in GREENHOUSE_ONLY
)
# A BOSS直聘 search of 2025 for NLP and LLM algorithm engineers, saved page by page as
# Markdown by an interview-preparation crawler and merged into one file: each page's title
# line "Title: 「<job title>招聘」_<company>招聘-BOSS直聘".
BOSS_NLP = Source(
    "cn-boss-nlp",
    "wuhonglei/dh_ai",
    ("ai_interview/python_crawler/merged_data/boss直聘_0.md",),
    "f07e15dad0f9cc9aadf4ad0971693933c99ba97b",
    per_employer=6,
    prefix="dh-ai_",
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
    # The second draw, after the first (whose rows it leaves as they are): employers'
    # boards of AI labs, AI start-ups, software, fintech and data companies, then Chinese
    # NLP and LLM titles.
    ATS_DISCOVERY,
    ATS_JOBS,
    APPLY_ENGINE,
    VERTICAL_DIGEST,
    APPLY_AGENT,
    JOB_AGENT,
    ATS_POLLING,
    *GREENHOUSE_SOURCES,
    BOSS_NLP,
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer: skipped.
NO_EMPLOYER = ANONYMOUS | {"anonymous"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = NO_JOB
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
LONGEST = 120


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved file, in its order."""
    if path.name not in source.files:
        raise ValueError(f"{source.tag}: {path.name} is no file the builder knows")
    rel = source.paths[source.files.index(path.name)]
    if commit and commit != source.commit_of(rel):
        raise ValueError(f"{source.tag}: {commit} is no version the builder knows")
    tag = f"{source.tag}:{rel}@{source.commit_of(rel)[:8]}"
    # A saved board: a JSON list of {"company", "title", ...}.
    return [
        (field_text(job.get("company")).strip(), field_text(job.get("title")), tag)
        for job in json_postings(path, "array")
    ]


BUILDER = Builder(
    corpus="market_u",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER, NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=(NON_TITLE,)),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
