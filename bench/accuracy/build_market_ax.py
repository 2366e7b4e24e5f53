"""Print the candidate titles of market_ax.tsv: consumer brands', food and drink makers',
airlines', sports and media employers' postings as a brand-watcher's job search saved them,
The Muse's employer postings (banks, hospitals, retailers, media, energy) of 2025-26,
a UK national board's answer (Reed), two remote boards' lists (Jobicy, okjob) and an IT
services firm's and a hiring platform's own boards (reads JSON only; executes nothing it
reads)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import (
    ANONYMOUS,
    BROKEN,
    NO_JOB,
    Builder,
    Screen,
    employers_drawn,
    field_text,
    json_postings,
    markets,
    versioned_key,
)
from corpus_tools import VersionedSource as Source

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, co-ops, apprenticeships, trainee places, summer associates' programmes and
# student jobs are kept out (the slice is of regular jobs), in the words the boards write
# them: intern(ship), co-op, apprentice(ship), trainee(ship), summer associate, working
# student, student(s), Werkstudent, Praktikum.
INTERN = re.compile(
    r"\b(intern|interns|internships?|co-?op|apprentice\w*|trainees?|traineeships?"
    r"|summer associates?|working student|students?|werkstudent\w*|praktik\w*)\b",
    re.I,
)

_MYGITBOB = "mygitbob/feb24_project_job-market"
# In the order they are drawn: a later source never displaces a title of an earlier one.
# Their formats: "array", a JSON list of postings; "muse", The Muse's postings (a JSON list,
# or the answer's `results`), the title in `name` and the employer in `company.name`;
# "results" and "jobs", the postings under that key of a JSON object; "sheet", a Google
# Sheets answer (`values`: a header row, then one row a posting); "crawl", a JSON list
# (with a byte-order mark) or a JSON object of postings keyed by their id.
SOURCES = (
    # A brand-watcher's job search (the JSearch API: Google's job listings) saved on
    # 2026-04-30 and 2026-02-23 (one file read at two commits): the postings of consumer
    # brands, food and drink makers, sportswear, outdoor and golf brands, airlines, sports
    # bodies and media groups, every function (brand management, supply chain, plants and
    # warehouses, finance, legal, sales).
    Source(
        "consumer-brands",
        "lilahgery-rgb/footwear-job-tracker",
        ("all_jobs.json", "all_jobs.json"),
        ("1ed84b98a3b73ffde9a0e8ea844138475adc710d", "6edaf80884f1ac272d38794d3ec02baaaaaef7f1"),
        "array",
        "title",
        "company",
        limit=260,
    ),
    # The Muse's employer postings (banks, hospitals and care homes, retailers, energy,
    # defence, media, games) a job-market intelligence project saved in 2026 (published
    # 2025-01 to 2026-07), every category.
    Source(
        "us-muse-2026",
        "LAXMAN7795/job-market-intelligence-platform",
        ("data/raw/muse_jobs.json",),
        ("2683bf8cf1dad2f50ecec936dde413d0cceb8a39",),
        "muse",
        "name",
        "company",
    ),
    # Reed (the UK's national board): an answer of 100 postings of every kind saved on
    # 2024-03-18 (employers and the recruitment agencies that post for them).
    Source(
        "uk-reed",
        _MYGITBOB,
        ("data/raw/reed.co.uk/reed_raw_joblist.2024-03-18_13:01:35.json",),
        ("6f20b04c11e7d3499014f35bcf5e81830313d210",),
        "results",
        "jobTitle",
        "employerName",
    ),
    # okjob's list of remote jobs at startups and software firms (a Google Sheet's rows),
    # saved on 2024-03-18: sales, customer success, engineering, finance, people.
    Source(
        "remote-okjob",
        _MYGITBOB,
        ("data/raw/okjob.io/okjob_raw_joblist.entires1-201.2024-03-18_11:13:19.json",),
        ("2fbba22fc177840dc3e1b8ae82dd379b568f3c30",),
        "sheet",
        "Job-Title",
        "Company-Name",
    ),
    # Jobicy's 50 newest remote jobs of 2024-03-10 (every industry).
    Source(
        "remote-jobicy",
        _MYGITBOB,
        ("data/raw/jobicy_raw.json",),
        ("e480ad12b657c3c2d43dc32de40b84d98441d620",),
        "jobs",
        "jobTitle",
        "companyName",
    ),
    # A career-page crawler's saves of 2026-06: an Indian IT services firm's whole board
    # (Ascendion) and a hiring-software firm's (Eightfold.ai).
    Source(
        "in-careercrawl",
        "KalyanM45/CareerCrawl",
        ("frontend/data/jobs.json", "frontend/data/cache/eightfold.json"),
        ("c41d345d83cac6c70dae70114ce68d2fc2156ee0",) * 2,
        "crawl",
        "title",
        "company",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"anonymous", "confidentialcompany"}
# One employer under several names: the cap counts them together, and an employer an
# earlier corpus drew under another spelling of its name is left out.
ALIASES: dict[str, str] = {
    # Spellings of employers an earlier corpus drew (its key on the right): left out.
    "ageasinsurancelimited": "ageas",
    "amazonadvertisingllc": "amazon",
    "aulaniadisneyresortspa": "disneyparksexperiencesandproducts",
    "bechtel": "bechtelcorporation",
    "ciscomeraki": "cisco",
    "cocacola": "cocacolacompany",
    "cocacolacareers": "cocacolacompany",
    "thecocacolacompany": "cocacolacompany",
    "colgatepalmolive": "colgatepalmoliveindia",
    "colgatepalmolivecompany": "colgatepalmoliveindia",
    "conagra": "conagrabrands",
    "cumminsinc": "cummins",
    "disney": "disneyparksexperiencesandproducts",
    "exadel": "exadelinc",
    "garmininternationalinc": "garmininternational",
    "georgetownuniversity": "georgetown",
    "henkelagcokgaa": "henkel",
    "henkelgroup": "henkel",
    "jacobs": "jacobsengineeringgroupinc",
    "kraftheinz": "kraftheinzabcindonesia",
    "lidl": "lidlgb",
    "lululemonathletica": "lululemon",
    "kraftheinzcompany": "kraftheinzabcindonesia",
    "kraftheinzfoodcompany": "kraftheinzabcindonesia",
    "thekraftheinzcompany": "kraftheinzabcindonesia",
    "majorleaguebaseballmlb": "majorleaguebaseball",
    "mlbadvancedmedia": "majorleaguebaseball",
    "michaelpagemarketing": "michaelpage",
    "nbcsports": "nbcuniversal",
    "nestleinternational": "nestle",
    "nestleoperationalservicesworldwidesa": "nestle",
    "nestléusa": "nestlé",
    "ouraringinc": "oura",
    "ōura": "oura",
    "pelotoninteractiveinc": "peloton",
    "philipmorrisinternationalus": "philipmorrisinternational",
    "proctergamblecontractor": "proctergamble",
    "proctorgamble": "proctergamble",
    "redbullgruppe": "redbull",
    "redbullnewyork": "redbull",
    "reirecreationalequipmentinc": "rei",
    "riotgames": "riotgamesinc",
    "samsarainc": "samsara",
    "scjohnsonsoninc": "scjohnson",
    "securitasinc": "securitas",
    "stateofmarylandmdschoolfordeaffrederickeducationalsvc": "stateofmaryland",
    "turnerconstruction": "turnerconstructioncompany",
    "turnerconstructionco": "turnerconstructioncompany",
    "turnerturnerconstruction": "turnerconstructioncompany",
    "unileverbrazil": "unilever",
    "unileverplc": "unilever",
    "unitedairlinesinc": "unitedairlines",
    # One employer's several spellings in the brand-watcher's save: capped together.
    "acushnetcompanytitleistfootjoy": "acushnetcompany",
    "acushnetholdingscorp": "acushnetcompany",
    "bauerhockeycascademaveriklacrosse": "bauerhockey",
    "bebeekellanova": "kellanova",
    "burtoncompanyinc": "burton",
    "burtonsnowboards": "burton",
    "cadillacf1team": "cadillacformula1team",
    "callawaygolfballoperationsinc": "callawaygolf",
    "churchdwight": "churchdwightcareers",
    "churchdwightcoinc": "churchdwightcareers",
    "cloroxco": "thecloroxcompany",
    "us30cloroxmanufacturingco": "thecloroxcompany",
    "drpepper": "keurigdrpepper",
    "energizer": "energizerholdings",
    "energizerholdingsinc": "energizerholdings",
    "180fableticsllc": "fabletics",
    "182fableticsinternationalllc": "fabletics",
    "foxsports": "foxcorporation",
    "hoka": "deckersbrands",
    "mlsleagueoffice": "majorleaguesoccer",
    "nascarenterprisesllc": "nascar",
    "nbanba": "nationalbasketballassociationnba",
    "nbpnbapropertiesinc": "nationalbasketballassociationnba",
    "nscnbaservicescorp": "nationalbasketballassociationnba",
    "nfl": "nationalfootballleaguenfl",
    "nationalfootballleague": "nationalfootballleaguenfl",
    "thenationalfootballleague": "nationalfootballleaguenfl",
    "901pgatourenterprisesllc": "pgatour",
    "pumagruppe": "puma",
    "rawlingssportinggoods": "rawlingssportinggoodscompanyinc",
    "rawlingssportinggoodscompany": "rawlingssportinggoodscompanyinc",
    "skechersusainc": "skechers",
    "taylormadegolf": "taylormadegolfcompanyinc",
    "taylormadegolfco": "taylormadegolfcompanyinc",
    "taylormadegolfcompany": "taylormadegolfcompanyinc",
    "usopentennischampionships": "unitedstatestennisassociationusta",
    "ustanationalheadquarters": "unitedstatestennisassociationusta",
    "ustanationaltenniscenterinc": "unitedstatestennisassociationusta",
    "ustaunitedstatestennisassociation": "unitedstatestennisassociationusta",
    "ustennisusta": "unitedstatestennisassociationusta",
    "wilson": "wilsonsportinggoodsco",
    "wilsonsportinggoods": "wilsonsportinggoodsco",
    "yeticoolersllc": "yeti",
}
# The corpora of the held-out draws so far (market_u ... market_aw): none of their
# employers is drawn.
DRAWN_BEFORE = markets("u", "aw")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {
    "general application",
    "talent community",
    "talent pool",
    "join our talent community",
    "future opportunities",
    # A posting of the remote list named only by its employer (an architects' firm).
    "bsb design",
}
# A casting call for actors (a brand's commercial) is no job title.
CASTING = re.compile(r"\bcasting call\b", re.I)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|uk)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def _sheet(path: Path) -> list[dict[str, Any]]:
    """The rows of a saved Google Sheets answer as dicts of its header row's names."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    values = doc.get("values") if isinstance(doc, dict) else None
    if not isinstance(values, list) or not values or not isinstance(values[0], list):
        raise ValueError(f"{path.name}: no sheet values")
    header = [field_text(name) for name in values[0]]
    return [dict(zip(header, row, strict=False)) for row in values[1:] if isinstance(row, list)]


def _postings(source: Source, path: Path) -> list[dict[str, Any]]:
    """The postings (objects) of one saved file of the source, held as its format says."""
    if source.fmt == "sheet":
        return _sheet(path)
    if source.fmt == "muse":
        doc = json.loads(path.read_text(encoding="utf-8"))
        items = doc.get("results") if isinstance(doc, dict) else doc
        if not isinstance(items, list):
            raise ValueError(f"{path.name}: no list of postings")
        return [job for job in items if isinstance(job, dict)]
    if source.fmt == "crawl":
        # A JSON list (written with a byte-order mark) or a JSON object keyed by post id.
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
        items = list(doc.values()) if isinstance(doc, dict) else doc
        if not isinstance(items, list):
            raise ValueError(f"{path.name}: no list of postings")
        return [job for job in items if isinstance(job, dict)]
    return json_postings(path, source.fmt)


def _employer(source: Source, job: dict[str, Any]) -> str:
    """A posting's employer: The Muse names it in a `company` object."""
    value = job.get(source.employer_field)
    if source.fmt == "muse" and isinstance(value, dict):
        value = value.get("name")
    return " ".join(field_text(value).replace("\u200b", "").split())


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of every posting of one saved file, in its order."""
    key = versioned_key(source, path, commit)
    rows = []
    for job in _postings(source, path):
        title = field_text(job.get(source.title_field)).replace("\u200b", "")
        rows.append((_employer(source, job), title, key))
    return rows


BUILDER = Builder(
    corpus="market_ax",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | drawn_before(),
        NON_TITLES,
        LONGEST,
        URL,
        INTERN,
        BROKEN,
        others=(CASTING,),
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved file (the end of one of the source's paths)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
