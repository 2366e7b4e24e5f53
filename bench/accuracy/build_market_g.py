"""Draw the candidate titles of market_g.tsv from a saved multi-board dump (reads JSON only)."""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from pathlib import Path
from typing import Any

# The split rule and the shared helpers of the corpus builders (bench scripts are no
# package, so their folder goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_esco import split_of
from corpus_tools import corpus_rows, salted_order, squash
from corpus_tools import employer_key as key

DATA = Path(__file__).parent / "data"
# Every corpus of this directory: no title of theirs and no employer they name is drawn.
OTHER_CORPORA = (
    "titles.tsv",
    "esco_titles.tsv",
    "onet_titles.tsv",
    "market_a.tsv",
    "market_b.tsv",
    "market_c.tsv",
    "market_d.tsv",
    "market_e.tsv",
    "market_f.tsv",
)
COLUMNS = ("title", "role", "level", "set", "source", "note")
REPO = "Feashliaa/job-board-aggregator"
# The commit whose data/all_jobs.json.gz was read (2026-01-07): the newest version of the
# file that the snapshot holds (later versions are stored outside git).
COMMIT = "d39064d342a7d0fb7a2eeedcf2706e016894bdbf"
MAX_LEN = 110
PER_EMPLOYER = {"ai": 7, "data": 5, "devtools": 5, "security": 5, "hardware": 6}
PER_EMPLOYER_FOREIGN = 6
# Boards named by market_b's Ashby scanner report, whose source column names no employer.
SCANNER_BOARDS = [
    "n8n",
    "reedsy",
    "mazehq",
    "supabase",
    "nango",
    "axelera",
    "ashby",
    "cargo-one",
    "gt-hq",
    "dourolabs",
    "everai",
    "toogeza",
    "enode",
    "cradlebio",
    "sardine",
    "rerun",
    "splitmetrics",
    "substack",
    "dash0",
    "1password",
    "incard",
    "atomic-invest",
    "chronospherejobs",
    "v7labs",
    "poolside",
    "mazedesign",
]
# Internships are market_d's slice, and doctoral positions rank as internships.
INTERN = re.compile(
    r"\b(intern|interns|internship|co-?op|werkstudent\w*|praktik\w*|stagiaire|stage|"
    r"apprenti\w*|apprentice\w*|ausbildung|trainee|becario|pr[aá]cticas|phd student)\b|"
    r"实习|實習|インターン",
    re.IGNORECASE,
)
# Postings that are no job: open applications, talent pools, casual talks.
NOT_A_JOB = re.compile(
    r"general (application|interest)|open application|talent (community|pool|network)|"
    r"join our community|other careers|"
    r"future opportunit|don.?t see|no (role|position) for you|spontan|カジュアル面談|"
    r"initiativbewerbung|candidature spontan",
    re.IGNORECASE,
)
# Titles that carry a language other than English: letters beyond ASCII, or words of
# German, French or Spanish job titles.
FOREIGN = re.compile(
    r"[^\x00-\u024f\u2010-\u2027\u00a0]|\b(für|entwickler\w*|ingenieur\w*|leiter\w*|"
    r"mitarbeiter\w*|kaufmann|kauffrau|berater\w*|ingénieur|responsable|chargée?|"
    r"gestionnaire|desarrollador\w*|ingeniero|analista|jefe|gerente|especialista|técnico|"
    r"soporte|ejecutivo|consultor\w*|comptes?|cuentas)\b",
    re.IGNORECASE,
)

# Technology employers of the dump that no other corpus names, by sector (read by hand
# from each board's name and titles).
BOARDS: dict[str, str] = {}
for _sector, _tokens in {
    # AI labs, AI applications, AI infrastructure and data for AI
    "ai": "alignerr arizeai fireworksai fal gleanwork hebbia humansignal isomorphiclabs "
    "goodfire lightningai modularai meshy nebius stabilityai thinkingmachines typeface youcom "
    "voxel51 humeai eudia prolific karya mithril gensyn suki profluent inflectionai lawzero aisi "
    "jazzx-ai forethought airia atomicwork devrev enterpret unframe symbolica interfaceai "
    "arenaai haizelabs coreweaveu",
    # data, database and analytics platforms
    "data": "dataiku dbtlabsinc starburst clickhouse materialize neo4j hightouch fivetran "
    "hextechnologies temporaltechnologies redis pingcap yugabyte acryldata",
    # developer tools, cloud and observability
    "devtools": "vercel postman launchdarkly tailscale harnessinc chainguard cribl fastly "
    "newrelic pagerduty honeycomb superblocks",
    # security
    "security": "wizinc zscaler catonetworks obsidiansecurity orcasecurity huntress dragos "
    "expel veza tines torq tenableinc pindropsecurity securityscorecard nozominetworks opswat",
    # space, defence, robotics, vehicles, chips, quantum, energy, biotech
    "hardware": "andurilindustries apptronik asteralabs capellaspace cerebrassystems "
    "chaosindustries divergent epirus figureai flyzipline helionenergy helsing ionq "
    "k2spacecorporation kodiak millenniumspacesystems motional muonspace neuralink oklo "
    "psiquantum queracomputinginc samsungsemiconductor stokespacetechnologies trueanomalyinc "
    "wayve ultimagenomics billiontoone elementbiosciences group14 formic dexory silvus "
    "stratolaunch",
}.items():
    BOARDS.update(dict.fromkeys(_tokens.split(), _sector))
# Technology employers whose boards publish titles in German, French, Spanish, Japanese or
# Chinese: only those titles are drawn from them.
FOREIGN_BOARDS = [
    "paypay",
    "paypaysec",
    "siei",
    "route06",
    "tangogameworks",
    "dcard",
    "tomofunfurbo",
    "neoris",
    "clara",
    "toshibaglobalcommercesolutions",
    "caronsale",
    "smavagmbh",
    "projectaservicesgmbhcokg",
    "isaraerospace",
    "lightspeedhqfr",
    "maintainx",
    "artefact",
    "freenow",
]
# German boards whose titles FOREIGN misses (umlauts are Latin letters, and "(m/w/d)" is
# no job word): a last pass takes their titles with a German gender tag or German word.
GERMAN_BOARDS = ["caronsale", "isaraerospace", "projectaservicesgmbhcokg"]
GERMAN = re.compile(
    r"\((m/w/d|w/m/d|m/w/x|w/m/x)\)|[äöüß]|\b(mitarbeiter\w*|kunden\w*|"
    r"leiter\w*|berater\w*|vertrieb\w*|techniker\w*|mechaniker\w*)",
    re.IGNORECASE,
)


def order(title: str) -> str:
    """A fixed pseudo-random order (a hash with a salt unlike the split's)."""
    return salted_order("market_g", title)


def known(data: Path) -> tuple[set[str], set[str]]:
    """Case-folded titles of the other corpora, and the employer keys their sources name."""
    titles: set[str] = set()
    employers = {key(b) for b in SCANNER_BOARDS}
    for row in corpus_rows(data, OTHER_CORPORA):
        titles.add(row["title"].casefold())
        source = row.get("source") or ""
        # "<key>:<path>@<commit>|<employer>", "stapply-greenhouse:<board>", or a saved
        # board file "data/<token>.json"
        if "|" in source:
            employers.add(key(source.rpartition("|")[2]))
        elif "/" not in source.partition(":")[2]:
            employers.add(key(source.partition(":")[2]))
        board = re.search(r"data/([\w.-]+)\.json", source)
        if board:
            employers.add(key(board.group(1)))
    employers.discard("")
    return titles, employers


def load(path: Path) -> list[dict[str, Any]]:
    """The dump's job records (a JSON list, gzip-compressed or not)."""
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    jobs = json.loads(raw.decode("utf-8"))
    if not isinstance(jobs, list):
        raise ValueError("not a list of jobs")
    return [j for j in jobs if isinstance(j, dict)]


def candidates(
    jobs: list[dict[str, Any]],
    data: Path = DATA,
    sectors: dict[str, str] | None = None,
    foreign_boards: tuple[str, ...] | list[str] | None = None,
    german_boards: tuple[str, ...] | list[str] | None = None,
) -> list[tuple[str, str]]:
    """(title, source) candidates: per board, titles in hash order up to the caps."""
    sectors = BOARDS if sectors is None else sectors
    foreign = FOREIGN_BOARDS if foreign_boards is None else foreign_boards
    german = GERMAN_BOARDS if german_boards is None else german_boards
    titles, employers = known(data)
    boards: dict[str, tuple[str, list[str]]] = {}
    for job in jobs:
        token = str(job.get("company_slug") or "")
        name, rows = boards.setdefault(token, (squash(str(job.get("company") or token)), []))
        rows.append(squash(str(job.get("title") or "")))
    seen = set(titles)
    out: list[tuple[str, str]] = []
    for stage in ("sector", "foreign", "german"):
        tokens = {
            "sector": sorted(sectors),
            "foreign": sorted(foreign),
            "german": sorted(german),
        }[stage]
        for token in tokens:
            if token not in boards:
                continue
            name, rows = boards[token]
            if key(token) in employers or key(name) in employers:
                continue
            cap = PER_EMPLOYER[sectors[token]] if stage == "sector" else PER_EMPLOYER_FOREIGN
            taken = 0
            for title in sorted(set(rows), key=order):
                if taken == cap:
                    break
                if not title or len(title) > MAX_LEN or title.casefold() in seen:
                    continue
                if INTERN.search(title) or NOT_A_JOB.search(title):
                    continue
                if stage == "foreign" and not FOREIGN.search(title):
                    continue
                if stage == "german" and not (GERMAN.search(title) or FOREIGN.search(title)):
                    continue
                seen.add(title.casefold())
                out.append((title, f"feashliaa-greenhouse:{token}@{COMMIT[:12]}|{name}"))
                taken += 1
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the candidates as TSV (title, set, source) for labelling by hand."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--src", required=True, help="the dump: data/all_jobs.json(.gz)")
    args = parser.parse_args(argv)
    try:
        jobs = load(Path(args.src))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        print(f"build_market_g: cannot read {args.src}: {exc}", file=sys.stderr)
        return 1
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(("title", "set", "source"))
    for title, source in candidates(jobs):
        writer.writerow((title, split_of(title), source))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
