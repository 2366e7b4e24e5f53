"""Print the candidate titles of market_r.tsv from saved job-board data (reads JSON and
Markdown only; executes nothing it reads)."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import draw, known_titles, other_corpora, run_builder

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships are kept out (the slice is of regular jobs), in the languages these boards
# write them: Praktikum / Praktikant / Werkstudent / Ausbildung, estágio / estagiário /
# (jovem) aprendiz, prácticas / becario, stage / stagiaire / alternance, tirocinio /
# stagista, 实习 (internship), 인턴 (intern); trainees are the taxonomy's intern level too.
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|stagiaire|stage|alternance"
    r"|apprentice|apprenticeships?|praktikum|praktikant(?:in)?|werkstudent(?:in)?"
    r"|working student|ausbildung|student worker|summer student|summer analyst"
    r"|summer associate|trainee|est[aá]gio|estagi[aá]ri[oa]s?|aprendiz|pr[aá]cticas"
    r"|becari[oa]|tirocinio|stagista)\b|实习|인턴"
    # a feed that saved UTF-8 as Latin-1 ("EstÃ¡gio")
    r"|\best\u00c3\u00a1gio\b",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, path, commit, format and which postings."""

    tag: str
    repo: str
    # A folder of the repository: `--file` names one of its files ("weekly") or the
    # folder itself, extracted from the commit ("boards").
    path: str
    commit: str
    # "boards": a folder of Greenhouse board files (JSON objects with `company` and a
    # `jobs` list of the board API's postings: `title`, `company_name`, `language`,
    # `location.name`); "weekly": a weekly report in Markdown whose postings are list
    # items "- [title](link) — **employer** · ... · 来源 Source: <board> · ...".
    fmt: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), so that no board fills the
    # corpus: the draw stops there, in the source's salted order.
    limit: int = 0
    # "weekly": the report files that may be read (names in `path`), and the boards the
    # postings are kept from ("Source: ..."); a post of a community board that names no
    # employer counts under its own link (`per_post`).
    files: tuple[str, ...] = ()
    boards: tuple[str, ...] = ()
    per_post: bool = False
    # "boards": postings of these board languages only (`language`), and where they are:
    # "us" (the United States, or no country named), "abroad" (a place of another
    # country named) or "" (anywhere).
    languages: tuple[str, ...] = ()
    place: str = ""


REPORTS = ("2026-W28.md", "2026-W29.md", "2026-W31.md", "2026-W32.md")
# The languages other than English that the Greenhouse boards declare.
OTHER_LANGUAGES = ("pt", "es", "fr", "de", "it", "nl", "pl", "fi", "ja", "ko", "zh", "zhHant")

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    Source(
        "gh-lang",
        "jiayuliang1314/tech-jobs-hub",
        "data",
        # A Greenhouse scraper's saved boards (one JSON file a board, 390 boards and 40,786
        # postings read on 2026-08-22, a few boards last read 2025-10 to 2026-07): the
        # postings of boards whose language is not English (Brazilian, Spanish, Mexican,
        # Colombian, French, German, Italian, Korean, Japanese, Taiwanese, Chinese offices).
        "3093c1c5d6a9c335f385522b4a61cf2e2aea4556",
        "boards",
        limit=160,
        languages=OTHER_LANGUAGES,
    ),
    Source(
        "gh-abroad",
        "jiayuliang1314/tech-jobs-hub",
        "data",
        # The same boards' English postings of offices outside the United States.
        "3093c1c5d6a9c335f385522b4a61cf2e2aea4556",
        "boards",
        per_employer=3,
        limit=130,
        languages=("en",),
        place="abroad",
    ),
    Source(
        "gh-us",
        "jiayuliang1314/tech-jobs-hub",
        "data",
        # The same boards' English postings in the United States (or of no country):
        # software, AI, fintech, health, biotech, games, media, retail, education, ...,
        # every function.
        "3093c1c5d6a9c335f385522b4a61cf2e2aea4556",
        "boards",
        per_employer=3,
        limit=230,
        languages=("en",),
        place="us",
    ),
    Source(
        "remote-agg",
        "ikevinxie/remote-jobs-collector",
        "reports",
        # A remote-job collector's weekly reports of 2026-07 and 2026-08 (weeks 28, 29,
        # 31 and 32): the postings it took from Jobicy, Remote OK, We Work Remotely, Hacker
        # News "Who is hiring", Himalayas, Remotive and Working Nomads.
        "4fcc6e863f609d85da9d8387def741567600cb68",
        "weekly",
        per_employer=2,
        limit=200,
        files=REPORTS,
        boards=(
            "Jobicy",
            "Remote OK",
            "We Work Remotely",
            "HN Who's Hiring",
            "Himalayas",
            "Remotive",
            "Working Nomads",
        ),
    ),
    Source(
        "cn-remote",
        "ikevinxie/remote-jobs-collector",
        "reports",
        # The same reports' postings of two Chinese communities' job boards (电鸭社区,
        # V2EX): headlines of posts, most naming no employer (each post counts alone).
        "4fcc6e863f609d85da9d8387def741567600cb68",
        "weekly",
        limit=25,
        files=REPORTS,
        boards=("电鸭社区", "V2EX"),
        per_post=True,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer: skipped.
NO_EMPLOYER = {
    "",
    "none",
    "null",
    "nan",
    "na",
    "confidential",
    "anonymous",
    # placeholders a feed left in the employer field ("name", "secret", "Empresa
    # Confidencial": a confidential company)
    "name",
    "secret",
    "empresaconfidencial",
}
# One employer under several names: the cap counts them together.
ALIASES = {
    "stonelinkedin": "stone",
    "ciscothousandeyes": "cisco",
}
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = {
    "n/a",
    "test",
    "general application",
    "open application",
    "don’t see what you’re looking for?",
    "don't see what you're looking for?",
    # found while labelling: a board's calls for open applications, talent pools and
    # events that name no job, a tender (gh-us, gh-abroad, gh-lang)
    "stay connected with us !",
    "banco de talentos afirmativo - pessoas com deficiência (pcd)",
    "dream job - commercial department",
    "join our product talent pool",
    "potomac social tavern hiring event",
    "career interest form",
    "request for proposal prequalification of printing, branding and production service"
    " providers ethiopia",
    "get paid to visit and test airports across the us",
    "banco de talentos plurais brasil - tecnologia",
    "banco de talentos para pessoas com deficiência",
    "banco de talentos - afirmativo para mulheres",
    # the first line of a Hacker News comment or a feed's field that is no title: a
    # place, a remote note, a greeting, a person's or product's name, a team, a list
    # of many jobs, a test posting (remote-agg)
    "come and join us",
    "2 full stack ai engineer, 1 gtm",
    "quick eat &amp; drinks",
    "us-based / remote",
    "software engineers (full-stack / product) and strategic project lead, and many more"
    " https://surgehq.ai/careers",
    "a book of your own",
    "job title",
    "remote",
    "if you are looking for a employment job",
    "global remote (almost anywhere) & hybrid nyc",
    "ottawa on",
    "remote (emea/apac)",
    "stream clearing",
    "adrien maret",
    "join our team",
    "forward rewards",
    "supply chain transparency",
    "don\u00e2\u0080\u0099t put yourself a box",
    "donât put yourself a box",
    "budget",
    "multiple engineering + product roles",
    "test job 3",
    "adelaide",
    "next up",
    "remote (us) & hybrid (sf/nyc)",
    "engineering & product",
    "jasper",
    "st paul, mn, usa",
    "udesc faed terã¡ atividades remotas nesta sexta feira 24 devido ã dedetizaã§ã£o",
    "terri jago",
    "job title on two lines",
    "don't see a fit apply here",
    "system kolejkowy kolejkobot",
    "business &amp; support",
    "no",
    "remote (us)",
    "menu",
    "baby bb jam",
    "with the ranks",
    "john folberth",
    "us-remote (us hours)",
    "change the world",
    "consultancy: design and implementation of acsl impact studies",
    "date posted",
    "many posititions",
    "onsite (san francisco) + remote",
    # a community post that names no job, and a board's warning about a fraud
    # (cn-remote)
    "全职远程，海外优先。（产品、运营、技术。。）",
    "【用户投诉，涉嫌套路诈骗，公开警示⚠️】全栈工程师 web3 + ai agent 远程全职 40-50k",
}
# A link or a bare domain where a title should be (a Hacker News comment's first line).
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev)/?$", re.I)
# C1 control characters: a feed that saved UTF-8 as Latin-1 broke the title's letters.
BROKEN = re.compile("[\u0080-\u009f]")
# A list that cut a long title short: no whole title to label.
TRUNCATED = re.compile(r"(\.\.\.|…)$")
# A "title" this long is a description's sentence or a post's whole headline.
LONGEST = 150
# Places of the United States, or no place at all: a location that names none of the
# countries and cities of ABROAD is the United States' (or remote without a country).
ABROAD = re.compile(
    r"\b(canada|toronto|vancouver|montr[eé]al|ontario|quebec|qu[eé]bec|british columbia"
    r"|alberta|calgary|mexico|m[eé]xico|brazil|brasil|s[aã]o paulo|colombia|bogot[aá]"
    r"|argentina|buenos aires|chile|santiago|peru|lima|costa rica|uruguay"
    r"|united kingdom|\buk\b|england|london|manchester|edinburgh|scotland|ireland|dublin"
    r"|germany|berlin|munich|m[uü]nchen|hamburg|frankfurt|france|paris|lyon|spain|madrid"
    r"|barcelona|portugal|lisbon|porto|italy|milan|milano|rome|netherlands|amsterdam"
    r"|belgium|brussels|switzerland|zurich|z[uü]rich|geneva|austria|vienna|poland"
    r"|warsaw|krak[oó]w|czech|prague|brno|romania|bucharest|hungary|budapest|greece"
    r"|athens|sweden|stockholm|denmark|copenhagen|norway|oslo|finland|helsinki|estonia"
    r"|tallinn|lithuania|vilnius|latvia|serbia|belgrade|croatia|bulgaria|sofia|ukraine"
    r"|kyiv|turkey|istanbul|israel|tel aviv|uae|dubai|abu dhabi|saudi|riyadh|qatar"
    r"|egypt|cairo|south africa|cape town|johannesburg|nigeria|lagos|kenya|nairobi"
    r"|india|bangalore|bengaluru|hyderabad|pune|mumbai|delhi|gurgaon|gurugram|noida"
    r"|chennai|singapore|japan|tokyo|osaka|korea|seoul|china|shanghai|beijing|shenzhen"
    r"|guangzhou|hong kong|taiwan|taipei|philippines|manila|vietnam|ho chi minh|hanoi"
    r"|thailand|bangkok|indonesia|jakarta|malaysia|kuala lumpur|australia|sydney"
    r"|melbourne|brisbane|new zealand|auckland|emea|apac|latam|europe|asia)\b",
    re.I,
)
# A weekly report's posting: "- [title](link) — **employer** · ... 来源 Source: board ·".
_ITEM = re.compile(
    r"^- \[(?P<title>.+)\]\((?P<link>[^()\s]*)\) — \*\*(?P<employer>.+?)\*\*(?P<rest>.*)$"
)
_BOARD = re.compile(r"来源 Source: (?P<board>[^·]+?)\s*(?:·|$)")


def employer(name: str) -> str:
    """The key an employer's titles are capped under: the name in NFKC form, case-folded,
    letters and digits of any script only (aliases joined)."""
    k = re.sub(r"[\W_]", "", unicodedata.normalize("NFKC", name).casefold())
    return ALIASES.get(k, k)


def corpora() -> list[str]:
    """File names of every labelled title corpus in data/ (market_r itself excepted)."""
    return other_corpora(DATA, "market_r.tsv")


def known() -> set[str]:
    """Case-folded titles of every labelled corpus already in data/."""
    return known_titles(DATA, "market_r.tsv")


def abroad(location: str) -> bool:
    """Whether a board's location names a country or city outside the United States."""
    return bool(ABROAD.search(location))


def _boards(source: Source, folder: Path) -> list[tuple[str, str]]:
    """(employer, title) of every posting of the saved Greenhouse boards in `folder` (file
    by file in name order) that the source keeps by language and place."""
    if not folder.is_dir():
        raise ValueError(f"{folder}: not a folder of saved boards")
    out = []
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith("_"):
            continue  # the scraper's own statistics, no board
        with path.open(encoding="utf-8") as fh:
            doc = json.load(fh)
        if not isinstance(doc, dict) or not isinstance(doc.get("jobs", []), list):
            raise ValueError(f"{path.name}: not a saved board")
        for job in doc.get("jobs", []):
            if not isinstance(job, dict):
                raise ValueError(f"{path.name}: a posting is no object")
            if source.languages and job.get("language") not in source.languages:
                continue
            where = str((job.get("location") or {}).get("name") or "")
            if source.place and abroad(where) != (source.place == "abroad"):
                continue
            if job.get("title"):
                emp = str(job.get("company_name") or doc.get("company") or "")
                out.append((emp, str(job["title"])))
    return out


def _weekly(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of a weekly report's postings from the source's boards; a
    community post's employer is the community's name and the post's link."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ITEM.match(line)
        if not m:
            continue
        board = _BOARD.search(m.group("rest"))
        if not board or board.group("board") not in source.boards:
            continue
        emp = m.group("employer")
        if source.per_post:
            emp = f"{emp} {m.group('link').rstrip('/').rpartition('/')[2]}"
        out.append((emp, m.group("title")))
    return out


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved input, in its order."""
    if commit and commit != source.commit:
        raise ValueError(f"{source.tag}: {commit} is no version the builder knows")
    if source.fmt == "weekly":
        if path.name not in source.files:
            raise ValueError(f"{source.tag}: {path.name} is no report the builder knows")
        pairs, where = _weekly(source, path), path.name
    else:
        pairs, where = _boards(source, path), source.path
    tag = f"{source.tag}:{where}@{source.commit[:8]}"
    return [(emp.strip(), title, tag) for emp, title in pairs]


def _rejected(raw: str, title: str, group: str) -> bool:
    """Left out: no title or employer, a non-title, a glued or overlong line, an internship."""
    if not title or group in NO_EMPLOYER or title.casefold() in NON_TITLES:
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
        salt="market_r",
        by_tag=BY_TAG,
        per_employer=PER_EMPLOYER,
        employer=employer,
        rejected=_rejected,
    )


def main(argv: list[str] | None = None) -> int:
    """Print candidates as TSV: title, employer, source."""
    return run_builder(
        argv,
        name="build_market_r",
        doc=__doc__,
        tags=[s.tag for s in SOURCES],
        read=lambda tag, path, commit: read(BY_TAG[tag], path, commit),
        candidates=candidates,
        known=known,
        file_help="a saved report, or the saved boards' folder",
    )


if __name__ == "__main__":
    raise SystemExit(main())
