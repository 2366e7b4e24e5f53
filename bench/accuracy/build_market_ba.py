"""Print the candidate titles of market_ba.tsv: whole Ashby job boards of 193 employers
(European, Indian, Latin American, Asia-Pacific and Canadian firms of every kind, AI labs
and AI-first startups, and US hardware, aerospace, robotics, energy and biotech firms) as
an ATS-scraping project saved them in 2025-10, and a Brazilian ATS's (Gupy's) portal search
of 2025-09, titles as posted (reads JSON only; executes nothing it reads)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import unquote

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import (
    ANONYMOUS,
    BROKEN,
    NO_JOB,
    Builder,
    Row,
    Screen,
    Source,
    employers_drawn,
    field_text,
    json_postings,
    markets,
    posting_rows,
    source_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, trainee places, student jobs and volunteers are kept out
# (the slice is of regular jobs), in the words the boards write them: English (intern,
# internship, apprentice, trainee, co-op, student, volunteer, graduate programme), German
# (Praktikum, Praktikant, Werkstudent, Ausbildung, Azubi), French (stage, stagiaire,
# alternance), Spanish and Portuguese (prácticas, becario, estágio, estagiário, aprendiz,
# jovem aprendiz), Italian (tirocinio, stagista), Dutch (stagiair) and Polish (praktyka,
# staż).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|co-?op|students?|volunteers?"
    r"|\w*praktik\w*|werk?s?student\w*|ausbildung\w*|azubi\w*|stage|stagiaire|alternan\w*"
    r"|prácticas|practicas|becari[oa]s?|estági\w*|estagiári\w*|estagi[aá]ri\w*|aprendiz\w*"
    r"|tirocin\w*|stagist\w*|stagiair\w*|praktyk\w*|staż\w*|stażyst\w*)\b",
    re.I,
)

# The Ashby boards read (file names under `ashby/companies/`, the board's name on Ashby), 193
# of the project's 452: the boards whose postings are mostly outside the United States (by
# the postings' countries: Europe, India, Latin America, Asia-Pacific, Canada, Africa, the
# Gulf) or name no country, the AI labs and AI-first startups, the US hardware, aerospace,
# robotics, energy and biotech firms, and a few US firms of other trades with staff abroad
# (health staffing, travel, telecoms, fintech); the other US boards were not read.
ASHBY_BOARDS = (
    "9fin",
    "Abound",
    "AlephAlpha",
    "Aspora",
    "DeepL",
    "LeanTech",
    "WunderGraph",
    "alan",
    "almedia",
    "apron",
    "ariesglobal",
    "backmarket",
    "bitvavo",
    "bjakcareer",
    "bliro",
    "block-labs",
    "bree",
    "capimoney",
    "cargo-one",
    "causaly",
    "climatiq",
    "cohere",
    "cytora.com",
    "delian",
    "deltia",
    "dolarapp",
    "duna",
    "ema",
    "enode",
    "everai",
    "eye-security",
    "filigran",
    "focused",
    "getground",
    "hcompany",
    "heidihealth.com.au",
    "hitpayapp.com",
    "hyperexponential",
    "jimdo.com",
    "keyrock",
    "kong",
    "lap",
    "lawhive",
    "lazer",
    "lemlist",
    "lilt",
    "lottie",
    "lovable",
    "lucidlink",
    "maincode",
    "manusai",
    "mapbox",
    "monumental",
    "multiverse",
    "myedspacecareers",
    "n8n",
    "nabla",
    "neofinancial",
    "nethermind",
    "neworbit",
    "orbitalmaterials",
    "paddle",
    "parspec",
    "photoroom",
    "playpowerlabs",
    "pplwise",
    "praxipal",
    "procurify",
    "raiku",
    "reedsy",
    "relay",
    "roadsurfer.com",
    "satispay",
    "secfix",
    "silver",
    "sonio",
    "stay22",
    "sunrise",
    "superduper",
    "sweedpos.com",
    "synthflow",
    "tacto",
    "taktile",
    "talentsafari",
    "tandem-health",
    "telli",
    "truelogic",
    "uipath",
    "upvest",
    "voize",
    "voodoo",
    "welltech",
    "wetravel",
    "yazio",
    "yepoda",
    "elevenlabs",
    "Commure-Athelas",
    "Solvd",
    "kraken.com",
    "AtomicSemi",
    "hadrian-automation",
    "northwoodspace",
    "marianaminerals",
    "pacificfusion",
    "gecko-robotics",
    "MaticRobots",
    "Crusoe",
    "Lambda",
    "reframesystems",
    "first-resonance",
    "chaidiscovery",
    "davidenergy",
    "monarchcrops",
    "dexmate",
    "cobot",
    "brainco",
    "physicalintelligence",
    "liquid-ai",
    "eightsleep",
    "hims-and-hers",
    "dandy",
    "harvey",
    "writer",
    "sierra",
    "decagon",
    "notion",
    "ramp",
    "whatnot",
    "vanta",
    "cursor",
    "replit",
    "supabase",
    "langchain",
    "anyscale",
    "suno",
    "character",
    "mercor",
    "wayflyer",
    "docker",
    "top-hat",
    "homebase",
    "directive",
    "nomic",
    "Graphitehq",
    "Replicant",
    "Secoda",
    "Rose%20Rocket",
    "Forward%20Financing",
    "cambio",
    "revic",
    "vantageanalytics",
    "hopper",
    "ansiblehealth",
    "double-the-donation",
    "colonist",
    "squads",
    "li.fi",
    "dourolabs.xyz",
    "brevis-network",
    "italic",
    "mobbin.com",
    "thrill-labs",
    "theam",
    "nabucasa",
    "integrationapp",
    "Xlabs",
    "CultivateChain",
    "hiverge",
    "iverify",
    "mazedesign",
    "theydo",
    "pawp",
    "eotlabs",
    "ethglobal",
    "fizz",
    "hutora",
    "scalemath",
    "sully-ai",
    "vantai",
    "haus",
    "anagram",
    "arcade-ai",
    "Juicebox",
    "firecrawl",
    "1password",
    "openhomefoundation",
    "primary",
    "Hyperliquid%20Labs",
    "brainly",
    "phantom",
    "sentient",
    "clipboard",
    "hiya",
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES: tuple[Source, ...] = (
    # Whole Ashby boards as the board API served them (`{"jobs": [{"title", ...}]}`), one
    # file per board, saved by an ATS-scraping project on 2025-10-28; the employer is the
    # board's name (the file's).
    Source(
        "ashby-boards",
        "stapply-ai/ats-scrapers",
        tuple(f"ashby/companies/{b}.json" for b in ASHBY_BOARDS),
        "43ece6fd3ab4398cda575f0483fd49ea5c58eccb",
        "board",
        limit=350,
    ),
    # Gupy, a Brazilian ATS: a search of its public job portal (remote openings of many
    # employers' Gupy boards, every function), 2025-09-15, saved as a JSON list of
    # `{"link", "nome", "empresa", "remoto", "tipoContrato"}`.
    Source(
        "br-gupy",
        "Thassio141/job-search-gli",
        ("vagas_gupy.json",),
        "55d0fb18575d7885c3e90a71fbd1ad7d670940d5",
        "array",
        "nome",
        "empresa",
        per_employer=3,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"confidencial"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the held-out draws so far (market_u ... market_az): none of their
# employers is drawn.
DRAWN_BEFORE = markets("u", "az")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {"general interest", "talent community", "talent pool"}
# Postings whose title names no job: Gupy's talent pools and CV drops ("BANCO DE TALENTOS |
# VAGA EXCLUSIVA PARA PCD - GOIÁS", "Não encontrou sua vaga? Cadastre aqui", "Vagas para
# PCD"; a pool's bracketed tag before a job noun, "[Banco_de_Talentos_Nacional] Assistente
# Comercial", names the job and stays) and the boards' open applications.
NOT_A_JOB = re.compile(
    r"\bbanco de talentos\b|^\W*n[ãa]o encontr|^vagas? (de emprego|temporárias|para pcd)\b"
    r"|\b(open|initiative|spontaneous) application\b|\binitiativbewerbung\b"
    r"|\bcandidature spontanée\b|^general opportunit|^future opportunit",
    re.I,
)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|br)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def board_name(path: Path) -> str:
    """The Ashby board a saved file holds: its name without `.json` (URL escapes read)."""
    return unquote(path.name.removesuffix(".json"))


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file of the source, in
    its order: an Ashby board (the board's name its employer) or Gupy's list."""
    key = source_key(source, path, commit)
    if source.fmt == "board":
        employer = board_name(path)
        return [(employer, field_text(j.get("title")), key) for j in json_postings(path, "jobs")]
    return posting_rows(source, json_postings(path, source.fmt), key)


BUILDER = Builder(
    corpus="market_ba",
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
        others=(NOT_A_JOB,),
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
