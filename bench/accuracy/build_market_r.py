"""Print the candidate titles of market_r.tsv from saved job-board reports (reads Markdown
only; executes nothing it reads)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import Builder, Screen, check_file

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
    """One saved input: its tag, repository, folder, commit, format and which postings."""

    tag: str
    repo: str
    # The repository's folder of the report files (`files`) that `--file` names.
    path: str
    commit: str
    # "weekly": a weekly report in Markdown whose postings are list items "- [title](link)
    # — **employer** · 📍 place · ... · 来源 Source: <board> · ..."; "table": a daily
    # report of Markdown tables with `Company`, `Title` and `Location` columns.
    fmt: str
    # The report files that may be read (names in `path`).
    files: tuple[str, ...]
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), so that no board fills the
    # corpus: the draw stops there, in the source's salted order.
    limit: int = 0
    # "weekly": the boards the postings are kept from ("Source: ..."); a post of a
    # community board that names no employer counts under its own link (`per_post`).
    boards: tuple[str, ...] = ()
    per_post: bool = False
    # Where the postings are: "us" (the United States, or no country named), "abroad"
    # (a place of another country named) or "" (anywhere).
    place: str = ""


WEEKLY = ("2026-W28.md", "2026-W29.md", "2026-W31.md", "2026-W32.md")
DAILY = ("2026-08-08.md",)
AGGREGATORS = (
    "Jobicy",
    "Remote OK",
    "We Work Remotely",
    "HN Who's Hiring",
    "Himalayas",
    "Remotive",
    "Working Nomads",
)
COLLECTOR = (
    "ikevinxie/remote-jobs-collector",
    "reports",
    "4fcc6e863f609d85da9d8387def741567600cb68",
)
SCANNER = (
    "midori-profile/reliable-remote-jobs-daily",
    "reports",
    "1922e48454609ed44c91412dd416f489314ea27d",
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # A remote-job collector's weekly reports of 2026-07 and 2026-08 (weeks 28, 29, 31
    # and 32): the postings it took from Jobicy, Remote OK, We Work Remotely, Hacker News
    # "Who is hiring", Himalayas, Remotive and Working Nomads, anywhere.
    Source(
        "remote-agg",
        *COLLECTOR,
        "weekly",
        WEEKLY,
        per_employer=2,
        limit=200,
        boards=AGGREGATORS,
    ),
    # The same reports' postings of two Chinese communities' job boards (电鸭社区, V2EX):
    # headlines of posts, most naming no employer (each post counts alone).
    Source(
        "cn-remote",
        *COLLECTOR,
        "weekly",
        WEEKLY,
        limit=25,
        boards=("电鸭社区", "V2EX"),
        per_post=True,
    ),
    # A daily scan of 2026-08-08 of 156 remote-friendly employers' own boards
    # (Greenhouse, Lever, Ashby, Workable): its postings at offices abroad ...
    Source(
        "ats-abroad",
        *SCANNER,
        "table",
        DAILY,
        per_employer=3,
        limit=170,
        place="abroad",
    ),
    # ... and in the United States (or remote with no country named).
    Source(
        "ats-us",
        *SCANNER,
        "table",
        DAILY,
        per_employer=3,
        limit=230,
        place="us",
    ),
    # The collector's aggregator postings again, those placed abroad, after the first
    # draw (more of the boards outside the United States).
    Source(
        "remote-abroad",
        *COLLECTOR,
        "weekly",
        WEEKLY,
        per_employer=2,
        limit=100,
        boards=AGGREGATORS,
        place="abroad",
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
    "canonicalltd": "canonical",
    "proxifyab": "proxify",
}
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = {
    "n/a",
    "test",
    "general application",
    "open application",
    "don’t see what you’re looking for?",
    "don't see what you're looking for?",
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
    "crown melbourne",
    "vacancy",
    "supbot",
    "sydney",
    "restaurant jobs",
    "application",
    "and academic specialist all subjects",
    "brand strategy",
    "principal software engineer, senior java engineer, account executive, solutions engineer",
    "principal software engineer, senior java engineer - cloud, account executive",
    "site lead, sr/staff software engineers, security engineer, pm, data engineer",
    "staff backend engineer, founding devrel, founder's associate",
    # a documentation page's heading caught by a board scanner (ats-us)
    "frontend capabilitiesintegrate with checkout, customer portal, mobile sdks",
    # a community post that names no job, and a board's warning about a fraud
    # (cn-remote)
    "全职远程，海外优先。（产品、运营、技术。。）",
    "【用户投诉，涉嫌套路诈骗，公开警示⚠️】全栈工程师 web3 + ai agent 远程全职 40-50k",
}
# A link or a bare domain where a title should be (a Hacker News comment's first line).
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev)/?$", re.I)
# C1 control characters: a feed that saved UTF-8 as Latin-1 broke the title's letters.
BROKEN = re.compile("[\u0080-\u009f]")
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
_PLACE = re.compile(r"📍 (?P<place>[^·]+?)\s*(?:·|$)")


def abroad(location: str) -> bool:
    """Whether a posting's place names a country or city outside the United States."""
    return bool(ABROAD.search(location))


def _placed(source: Source, place: str) -> bool:
    """Whether a posting's place belongs to the source's slice."""
    return not source.place or abroad(place) == (source.place == "abroad")


def _table(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of every row of a daily report's Markdown tables (`Company`,
    `Title`, `Location`) whose location belongs to the source's slice."""
    out = []
    cols: dict[str, int] | None = None
    found = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            cols = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if {"Company", "Title", "Location"} <= set(cells):
            cols = {name: i for i, name in enumerate(cells)}
            found = True
            continue
        if cols is None or set("".join(cells)) <= set("-: |"):
            continue
        if len(cells) <= max(cols["Company"], cols["Title"], cols["Location"]):
            continue
        if _placed(source, cells[cols["Location"]]):
            # A cell's escaped bar ("Platform \\| UK") is a bar of the title.
            title = cells[cols["Title"]].replace("\\|", "|")
            out.append((cells[cols["Company"]], title))
    if not found:
        raise ValueError(f"{path.name}: no table with Company, Title and Location")
    return out


def _weekly(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of a weekly report's postings from the source's boards and
    places; a community post's employer is the community's name and the post's link."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ITEM.match(line)
        if not m:
            continue
        board = _BOARD.search(m.group("rest"))
        if not board or board.group("board") not in source.boards:
            continue
        where = _PLACE.search(m.group("rest"))
        if not _placed(source, where.group("place") if where else ""):
            continue
        emp = m.group("employer")
        if source.per_post:
            emp = f"{emp} {m.group('link').rstrip('/').rpartition('/')[2]}"
        out.append((emp, m.group("title")))
    return out


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved report, in its order."""
    check_file(source, path, commit)
    pairs = _weekly(source, path) if source.fmt == "weekly" else _table(source, path)
    tag = f"{source.tag}:{path.name}@{source.commit[:8]}"
    return [(emp.strip(), title, tag) for emp, title in pairs]


BUILDER = Builder(
    corpus="market_r",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER, NON_TITLES, LONGEST, URL, INTERN, BROKEN),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved report (one of the source's files)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
