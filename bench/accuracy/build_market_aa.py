"""Print the candidate titles of market_aa.tsv: titles with an AI or data word (AI, GenAI,
LLM, agentic, machine learning, KI, IA, 人工智慧, ...) and their neighbours (research,
scientist, platform, infrastructure and data-platform titles) from saved job-board data
(a skills observatory's Markdown job files of Arbeitnow, Adzuna, We Work Remotely, Remote
OK, Taiwan's public job board and Hacker News; a remote AI-jobs board's JSON listing; an
AI-lab board tracker's CSV; Chinese AI-agent postings, transcribed). Reads Markdown, JSON
and CSV only; executes nothing it reads."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import ANONYMOUS, NO_JOB, Builder, Screen, employers_drawn, markets

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships and training places are kept out (the slice is of regular
# jobs), in the words the boards write them: English, German (Praktikum, Praktikant,
# Werkstudent, Ausbildung, Azubi), French (stage, stagiaire, alternance) and Chinese
# (實習, 實習生, 工讀生).
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|apprentice|apprenticeships?"
    r"|trainees?|traineeships?|working student|werkstudent\w*|praktikum|praktikant\w*"
    r"|ausbildung\w*|azubi|stage|stagiaire|alternance|phd)\b|實習|实习|工讀生",
    re.I,
)
# The AI and data words the corpus is about: English, German (KI, künstliche Intelligenz),
# French and Spanish (IA, intelligence artificielle), Chinese (人工智慧, 人工智能, 大模型,
# 機器學習, 生成式) and "AI" glued to CJK letters ("軟體AI工程師").
AI_WORDS = re.compile(
    r"\b(?:AI|A\.I\.|GenAI|Gen-AI|LLMs?|KI|IA|MLOps|ML|machine learning|deep learning"
    r"|artificial intelligence|intelligence artificielle|inteligencia artificial"
    r"|künstliche\w* intelligenz|generative|agentic|prompt|computer vision|NLP"
    r"|data annotat\w*|data label\w*)\b"
    r"|(?<![A-Za-z])AI(?![A-Za-z])|人工智慧|人工智能|大模型|機器學習|机器学习|生成式",
    re.I,
)
# Their neighbours without an AI word: research and scientist titles (AI labs' and lab
# science's), platform and infrastructure titles, data platforms, and Chinese 研究, 數據
# (data) and 資料 (data).
NEAR_WORDS = re.compile(
    r"\b(?:scientists?|research\w*|platform|infrastructure|inference"
    r"|data (?:engineer\w*|platform|infrastructure|architect\w*|ops|center|centre))\b"
    r"|研究|數據|资料|資料|数据",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, files (or folder), commit, format, fields,
    which of its titles it takes and its caps."""

    tag: str
    repo: str
    # The saved files (their paths in the repository) that `--file` may name; for "md" a
    # folder of Markdown job files, given as a folder of that name.
    paths: tuple[str, ...]
    commit: str
    # "md": a folder of Markdown job files whose front matter holds `title:` and
    # `company:`; "csv": a CSV file with a title and an employer column; "json": a JSON
    # object whose "jobs" list holds objects with the two fields; "transcribed": a JSON
    # list of `{"company", "title"}` transcribed from a file of the source
    # (market_aa_transcribed/).
    fmt: str
    title_field: str
    employer_field: str
    # "ai": titles with an AI word; "near": titles with no AI word but a neighbour's word;
    # "ai-cjk": an AI word, or a Chinese board's Agent, AGI or 智能体 (agent).
    kind: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), in its salted order.
    limit: int = 0

    @property
    def files(self) -> tuple[str, ...]:
        """The file (or folder) names a `--file` of this source may have."""
        return tuple(Path(p).name for p in self.paths)


OBSERVATORY = "weiqi-kids/agent.skills-shift-observatory"
OBS_COMMIT = "82e7c00d18fafec3dc9c81241f7bf72a5a937e82"
BOARD = "Vatel77/Remote-AI-jobs"
BOARD_COMMIT = "df6b1b98d47287701be2d593f088c5b5c306ff91"
BOARD_FILE = "data/jobs.json"
AGENT_JOBS = "Aue2Jacques/agent-jobs-2026"
AGENT_JOBS_COMMIT = "14da8e78c679abea2540018e03cd398890449df4"
TRACKER = "ReedRawlings/AIJobs"
TRACKER_COMMIT = "4f840ef02473d9245fae44767cb60903cfd787b3"
TRACKER_FILE = "outputs/registry/current_jobs.csv"


def _obs(tag: str, folder: str, kind: str, limit: int, per_employer: int = 3) -> Source:
    """A folder of the observatory's Markdown job files."""
    return Source(
        tag,
        OBSERVATORY,
        (f"docs/Extractor/{folder}",),
        OBS_COMMIT,
        "md",
        "title",
        "company",
        kind,
        per_employer=per_employer,
        limit=limit,
    )


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # Arbeitnow (Germany, Austria, Switzerland), 2026-02 to 2026-03: German and English
    # titles of every function.
    _obs("de-arbeitnow", "global_arbeitnow", "ai", 80),
    # Taiwan's public job board (台灣就業通), postings of 2025 fetched 2026-02: Chinese
    # titles.
    _obs("tw-govjobs", "tw_govjobs", "ai", 30),
    # Adzuna (Germany, the US), We Work Remotely and Remote OK, 2026.
    _obs("obs-adzuna", "global_adzuna", "ai", 30),
    _obs("obs-wwr", "global_weworkremotely", "ai", 30),
    _obs("obs-remoteok", "global_remoteok", "ai", 30),
    # A remote AI-jobs board's saved listing of 2026-08 (its employers' ATS boards).
    Source(
        "remote-aijobs",
        BOARD,
        (BOARD_FILE,),
        BOARD_COMMIT,
        "json",
        "title",
        "company",
        "ai",
        per_employer=6,
        limit=120,
    ),
    # An AI-lab board tracker's registry of 2026-08 (Greenhouse boards).
    Source(
        "labs-tracker",
        TRACKER,
        (TRACKER_FILE,),
        TRACKER_COMMIT,
        "csv",
        "title",
        "company_name",
        "ai",
        per_employer=6,
        limit=30,
    ),
    # The neighbours, after every AI-word title.
    _obs("de-arbeitnow-near", "global_arbeitnow", "near", 30),
    _obs("tw-govjobs-near", "tw_govjobs", "near", 20),
    _obs("obs-adzuna-near", "global_adzuna", "near", 25),
    _obs("obs-wwr-near", "global_weworkremotely", "near", 15),
    _obs("obs-remoteok-near", "global_remoteok", "near", 15),
    Source(
        "remote-aijobs-near",
        BOARD,
        (BOARD_FILE,),
        BOARD_COMMIT,
        "json",
        "title",
        "company",
        "near",
        per_employer=6,
        limit=60,
    ),
    Source(
        "labs-tracker-near",
        TRACKER,
        (TRACKER_FILE,),
        TRACKER_COMMIT,
        "csv",
        "title",
        "company_name",
        "near",
        per_employer=6,
        limit=20,
    ),
    # Added after the first titles were labelled (a later source never displaces an
    # earlier one): Chinese AI-agent engineering postings of 2026-09/10 (autumn campus and
    # experienced hiring) of Alibaba, Meituan, Zhipu, MiniMax, ModelBest and DeepSeek,
    # transcribed (the repository could not be fetched whole; its ByteDance and Tencent
    # postings, employers of earlier corpora, were not transcribed) ...
    Source(
        "cn-agent",
        AGENT_JOBS,
        ("data/jd_agent_eng_137.json",),
        AGENT_JOBS_COMMIT,
        "transcribed",
        "title",
        "company",
        "ai-cjk",
        per_employer=6,
        limit=30,
    ),
    # ... and the observatory's Hacker News "Who is hiring" first lines of 2026 (as the
    # board carries them: "Company - Title (Place)").
    _obs("hn-hiring", "global_hn_hiring", "ai", 120),
    _obs("hn-hiring-near", "global_hn_hiring", "near", 60),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {
    "anonymous",
    "stealth",
    "stealthstartup",
    "seetitledesc",
    "aistartup",
    # Hacker News posts of unnamed start-ups.
    "stealthaistartupfunded",
    "aidataintelligencestartupunnamed",
    "aixhealthcarestartup",
}
# One employer under several names: the cap counts them together.
ALIASES = {"anexiainternetdienstleistungs": "anexia", "deepmind": "googledeepmind"}
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {
    "careers",
    "current openings",
    # Found while labelling: a team's name for a job (a Chinese posting).
    "agent harness 团队",
    # Found while labelling: Hacker News first lines that name no job (a company, a field,
    # "multiple roles") or list three or more different jobs.
    "arctal - ai/data roles for financial documents (london)",
    "wasmer (yc s19) - webassembly infrastructure for ai (remote eu / us)",
    "electric twin - ai customer simulation (london, uk)",
    "innolitics - multiple roles (medical ai)",
    "rad ai | multiple engineering roles | san francisco (onsite)",
    "lago (yc s21) - ai-native open-source billing platform (europe+usa)",
    "cogram (yc w22) - ai agents for architects & engineers (remote us/eu/uk)",
    "adaptive - cybersecurity / iam platform (sf, nl, in)",
    "cyngn - multiple engineering roles (cloud/platform, autonomy, hardware, field)",
    "atria health - 10 engineering roles (product, devops, platform)",
    "checkly - multiple roles, testing & monitoring platform (remote)",
    "kinelo - product engineering (backend+ai focus)",
    "microsoft ai | platform engineering | greater seattle area / bay area (hybrid)",
    "threatmark | security, machine learning | remote (world) / brno, czech republic",
    "sumble - full stack engineer / ai/ml engineer / growth/marketing",
    "onos health - staff ai eng / lead backend / lead data, behavioral health (san francisco)",
    "shepherd - full stack / backend / ml / applied ai engineers",
    "rootly - senior software engineer / ai engineer / sre",
    "hyperspell - forward-deployed engineer / ai engineer / platform engineer",
    "norm ai - full stack engineer / engineering manager / applied ai engineer",
    "prior labs - ml engineer / full stack engineer / research engineer (multiple roles)",
    "fieldguide | ai platform engineers, lead designer, pms, agentops | san francisco, ca (hybrid)",
    "puma.tech - ios/macos, android, ai/ml, growth engineers",
    "higharc - staff software engineer / senior ai engineer / senior design systems engineer",
    "nxlog - agent lead (c/rust/ai), senior rust, senior test automation",
    "clear - senior/staff software engineers, ios engineer, infrastructure engineers",
    "coast | platform engineer (security), devsecops engineer & full-stack engineer | nyc (hybrid)",
}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|de|tw)/?$", re.I)
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, an escape or an HTML entity left as text.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00|&(amp|lt|gt|#\d+);")
LONGEST = 120
# The corpora built just before this one: none of their employers is drawn again.
DRAWN_BEFORE = markets("u", "y")


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def _text(value: Any) -> str:
    """A field as text (anything not text is empty)."""
    return value if isinstance(value, str) else ""


def _yaml_scalar(raw: str) -> str:
    """A front-matter value as text: a double-quoted one read as JSON reads it (its
    escapes), a single-quoted one with its doubled quotes, a plain one as it stands."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        try:
            value = json.loads(raw)
        except ValueError:
            return raw[1:-1]
        return value if isinstance(value, str) else ""
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    return raw


def _front_matter(text: str) -> dict[str, str]:
    """The `key: value` lines of a Markdown file's front matter (between its first two
    `---` lines); empty when the file has none."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return {}
    out: dict[str, str] = {}
    for line in lines[1:]:
        if line.strip() == "---":
            return out
        key, sep, value = line.partition(":")
        if sep and key and not key.startswith((" ", "\t")):
            out[key.strip()] = _yaml_scalar(value)
    return {}


def _md(source: Source, folder: Path) -> list[tuple[str, str, str]]:
    """(employer, title, file path under the folder) of every Markdown job file of a
    folder (its subfolders too), in the order of their paths."""
    if not folder.is_dir():
        raise ValueError(f"{source.tag}: {folder} is no folder")
    out = []
    for path in sorted(folder.rglob("*.md")):
        # A file whose body lost letters is still read (a title that lost some is
        # dropped as broken).
        meta = _front_matter(path.read_bytes().decode("utf-8", errors="replace"))
        if "title" in meta:
            rel = path.relative_to(folder).as_posix()
            out.append((meta.get(source.employer_field, ""), meta[source.title_field], rel))
    return out


def _csv(source: Source, path: Path) -> list[tuple[str, str, str]]:
    """(employer, title, "") of every row of a CSV file (a byte-order mark dropped), which
    must have the source's title field."""
    text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    if rows and source.title_field not in rows[0]:
        raise ValueError(f"{source.tag}: no {source.title_field!r} column")
    return [
        (_text(row.get(source.employer_field)), _text(row.get(source.title_field)), "")
        for row in rows
    ]


def _json(source: Source, path: Path) -> list[tuple[str, str, str]]:
    """(employer, title, "") of every object of a JSON file's "jobs" list."""
    data = json.loads(path.read_text(encoding="utf-8"))
    jobs = data.get("jobs") if isinstance(data, dict) else None
    if not isinstance(jobs, list):
        raise ValueError(f"{path.name}: no list of jobs")
    return [
        (_text(job.get(source.employer_field)), _text(job.get(source.title_field)), "")
        for job in jobs
        if isinstance(job, dict)
    ]


def _transcribed(source: Source, path: Path) -> list[tuple[str, str, str]]:
    """(employer, title, "") of a transcribed JSON list of `{"company", "title"}`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path.name}: no list of postings")
    return [
        (_text(job.get(source.employer_field)), _text(job.get(source.title_field)), "")
        for job in data
        if isinstance(job, dict)
    ]


# A Chinese board's agent words: Agent, AGI and 智能体 (agent).
AGENT_CJK = re.compile(r"Agent|AGI|智能体", re.I)


def wanted(source: Source, title: str) -> bool:
    """Whether a title belongs to the source's kind: an AI word ("ai"), no AI word but a
    neighbour's word ("near"), an AI or a Chinese board's agent word ("ai-cjk")."""
    if source.kind == "ai-cjk":
        return bool(AI_WORDS.search(title) or AGENT_CJK.search(title))
    if AI_WORDS.search(title):
        return source.kind == "ai"
    return source.kind == "near" and bool(NEAR_WORDS.search(title))


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of the titles of one saved file (or folder) that
    belong to the source's kind, in its order."""
    if path.name not in source.files:
        raise ValueError(f"{source.tag}: {path.name} is no file the builder knows")
    if commit and commit != source.commit:
        raise ValueError(f"{source.tag}: {commit} is no version the builder knows")
    rel = source.paths[source.files.index(path.name)]
    readers = {"md": _md, "csv": _csv, "json": _json, "transcribed": _transcribed}
    rows = readers[source.fmt](source, path)
    out = []
    for emp, title, sub in rows:
        if wanted(source, title):
            where = f"{rel}/{sub}" if sub else rel
            out.append((emp.strip(), title, f"{source.tag}:{where}@{source.commit[:8]}"))
    return out


BUILDER = Builder(
    corpus="market_aa",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved file, or for the observatory its folder (by name)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
