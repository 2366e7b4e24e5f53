"""Print the candidate titles of market_w.tsv from saved whole boards of employers (reads
JSON only; executes nothing it reads)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import BROKEN, Builder, Screen, check_file, corpus_rows, employer_group

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships and training places are kept out (the slice is of regular
# jobs), in the words the boards write them: English (intern, internship, co-op,
# apprentice, trainee, working student), Portuguese (estágio, estagiário, aprendiz),
# French (stage, stagiaire, alternance, alternant, apprenti) and Korean (인턴 intern,
# 레지던트 / 전공의 resident doctors in training, 실습 practicum, 훈련생 / 교육생 trainees
# of a state-funded course, 양성과정 a training course).
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|apprentice|apprenticeships?"
    r"|trainees?|traineeships?|working student|est[áa]gio|estagi[áa]ri[oa]s?|aprendiz"
    r"|stage|stagiaire|alternance|alternant|alternante|apprentie?)\b"
    r"|인턴|레지던트|전공의|실습|훈련생|교육생|양성과정",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, files, commit, fields and caps."""

    tag: str
    repo: str
    # The saved files (their paths in the repository) that `--file` may name.
    paths: tuple[str, ...]
    commit: str
    title_field: str
    # The posting's employer field; "" when a file is one employer's board (the employer
    # is then the file's name, as `BOARDS` spells it out).
    employer_field: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), in its salted order.
    limit: int = 0

    @property
    def files(self) -> tuple[str, ...]:
        """The file names a `--file` of this source may have."""
        return tuple(Path(p).name for p in self.paths)


# The fourteen Korean hospitals' boards of `kr-hospital`, one file each (the file's stem is
# the employer the cap counts).
BOARDS = (
    "amc",  # 서울아산병원 (Asan Medical Center)
    "caumc",  # 중앙대학교의료원 (Chung-Ang University Medical Center)
    "cmcseoul",  # 가톨릭대학교 서울성모병원 (Seoul St. Mary's)
    "gunguk",  # 건국대학교병원 (Konkuk University Medical Center)
    "hyumc",  # 한양대학교병원 (Hanyang University Hospital)
    "kbsmc",  # 강북삼성병원 (Kangbuk Samsung Hospital)
    "khmc",  # 경희의료원 (Kyung Hee University Medical Center)
    "kumc",  # 고려대학교의료원 (Korea University Medical Center)
    "mokdong",  # 이대목동병원 (Ewha Womans University Mokdong Hospital)
    "samsung",  # 삼성서울병원 (Samsung Medical Center)
    "sebrance",  # 세브란스 / 연세의료원 (Severance, Yonsei University Health System)
    "seoul",  # 서울대학교병원 (Seoul National University Hospital)
    "seoul_mokdong",  # 이대서울병원 (Ewha Womans University Seoul Hospital)
    "snubh",  # 분당서울대학교병원 (Seoul National University Bundang Hospital)
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # Korean university hospitals' own career boards, saved daily by a crawler (2026-01).
    Source(
        "kr-hospital",
        "Kimseungwoo0407/hospital-jobs",
        tuple(f"json/{b}.json" for b in BOARDS),
        "26b04952834f153a848a6a38515204cb13571099",
        "title",
        "",
    ),
    # Fortune 500 employers' Greenhouse and Workday boards, every function (2026-08).
    Source(
        "us-f500",
        "Tyelaman/F500Tracker",
        ("data/jobs.json",),
        "8d3472fc59b6bc56b580fbeb779fb471b7e620c5",
        "title",
        "company",
        limit=100,
    ),
    # Brazilian banks, an airline, retailers, food and chemicals makers, a games studio:
    # their Greenhouse and Ashby boards, every function (2026-07).
    Source(
        "br-radar",
        "al-ramos/radar-vagas",
        ("docs/jobs.json",),
        "1975807240923f382e7aac6c26371757089c2dcd",
        "titulo",
        "empresa",
        limit=140,
    ),
    # UK banks, a broadcaster, a pharmacy chain, a market researcher and tech employers:
    # their Workday, Oracle, Teamtailor, Greenhouse and Ashby boards, UK tech, data,
    # product and design roles (2026-08).
    Source(
        "uk-fanuk",
        "XunairaEl/fanuk-jobsboard",
        ("docs/jobs.json",),
        "52df1f52995c0c3a8f6941799332fc8992100377",
        "title",
        "company",
        limit=80,
    ),
    # French retail, luxury, food, automotive, energy and consulting employers: LinkedIn,
    # Hellowork and Indeed searches for sales forecasting, retail controlling, retail data
    # analysis and demand planning in Île-de-France (2026-08).
    Source(
        "fr-retail",
        "anicetdjissou/offres-retail-idf",
        ("data/jobs.json",),
        "56747915e75981b4740a2731b7857f619a8b95db",
        "title",
        "company",
        limit=110,
    ),
    # Korean AI companies: Saramin and Wanted searches for AI, ML, LLM, NLP, vision and
    # data science (2026-03), every function the searches return.
    Source(
        "kr-aihub",
        "LeeJungYeop/ai-job-hub",
        ("data/jobs.json",),
        "8e60f97ce57a07b64d88bcdb3af635ca37c33fd1",
        "title",
        "company",
        per_employer=3,
        limit=60,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting), and a test board: skipped.
NO_EMPLOYER = {
    "",
    "none",
    "null",
    "nan",
    "unknown",
    "confidential",
    "anonymous",
    # BCG's Greenhouse board in `br-radar` holds only test postings ("Test Job Live").
    "bcg",
}
# market_u and market_v, the two corpora before this one, read other employers; none of
# theirs is drawn again (the brief: draw none of their employers).
EARLIER = ("market_u.tsv", "market_v.tsv")
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {
    "뷰런테크놀로지": "주뷰런테크놀로지",
    "한국딥러닝": "한국딥러닝주",
}
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = {
    "n/a",
    "test",
    "job title",
    # A hospital board's notice about its FAQ page.
    "faq 게시판 운영 안내",
    # Talent pools of `br-radar` naming no job ("female leadership", "Black community").
    "banco de talentos - liderança feminina",
    "banco de talentos - comunidade negra",
    # Korean board headlines of open recruitment naming no job ("hiring in each division",
    # "2026 new and experienced open hiring", "staff open recruitment notice").
    "[코스닥 상장사] 2026년 이에이트 부문별 채용",
    "㈜참프레 2026년 신입/경력 공개채용",
    "한국테크노파크진흥회 직원 공개채용 공고",
    "(주)에이아이로보틱스 각 부문별 경력직 채용",
}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|kr|br|fr)/?$", re.I)
# Lines of a board that are no job: a hospital's list of successful applicants or their
# registration notice, a crawler's "D-3" deadline glued before a title, and open
# ("spontaneous") applications.
OTHERS = (re.compile(r"합격자"), re.compile(r"^D-\d"), re.compile(r"^spontaneous app", re.I))
LONGEST = 120


def _text(value: Any) -> str:
    """A field as text (a missing or non-text field is empty)."""
    return value if isinstance(value, str) else ""


def _postings(data: Any, name: str) -> list[dict[str, Any]]:
    """The postings of a saved file: a JSON list of objects, or an object whose "jobs"
    field is one."""
    if isinstance(data, dict):
        data = data.get("jobs")
    if not isinstance(data, list):
        raise ValueError(f"{name}: no list of postings")
    return [job for job in data if isinstance(job, dict)]


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved file, in its order."""
    check_file(source, path, commit)
    rel = source.paths[source.files.index(path.name)]
    tag = f"{source.tag}:{rel}@{source.commit[:8]}"
    jobs = _postings(json.loads(path.read_text(encoding="utf-8")), path.name)
    board = Path(rel).stem
    out = []
    for job in jobs:
        emp = _text(job.get(source.employer_field)) if source.employer_field else board
        out.append((emp.strip(), _text(job.get(source.title_field)), tag))
    return out


def _earlier_employers() -> frozenset[str]:
    """The employer keys of the corpora before this one (their `source` after "|")."""
    rows = corpus_rows(DATA, [n for n in EARLIER if (DATA / n).exists()])
    return frozenset(employer_group(r["source"].rpartition("|")[2], {}) for r in rows)


EARLIER_EMPLOYERS = _earlier_employers()
# The employer groups the draw skips: none named, a test board, the earlier corpora's.
SKIPPED = frozenset(NO_EMPLOYER) | EARLIER_EMPLOYERS

BUILDER = Builder(
    corpus="market_w",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(SKIPPED, NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=OTHERS),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved file (one of the source's files, by name)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
