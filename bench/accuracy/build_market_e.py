"""Draw the candidate titles of market_e.tsv from saved Greenhouse board files (reads JSON only)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import corpus_rows, salted_order, squash
from corpus_tools import employer_key as key

DATA = Path(__file__).parent / "data"
OTHER_CORPORA = (
    "titles.tsv",
    "esco_titles.tsv",
    "onet_titles.tsv",
    "market_a.tsv",
    "market_b.tsv",
    "market_c.tsv",
    "market_d.tsv",
)
COLUMNS = ("title", "role", "level", "set", "source", "note")
REPO = "jiayuliang1314/tech-jobs-hub"
COMMIT = "3093c1c5d6a9c335f385522b4a61cf2e2aea4556"
MAX_LEN = 110
# English pass: hardware-heavy employers give more, since their engineer and scientist
# titles (often not software) are the class the other corpora have least of.
PER_EMPLOYER = {"hardware": 8, "software": 4}
PER_EMPLOYER_LANG = 7  # second pass, titles of boards set to German, French or Spanish
LANGS = ("de", "fr", "es")
# Third pass (added after the first two were labelled, so their picks stay as they were):
# titles that read as German, French or Spanish whatever the board's language field says
# (an accented letter or a common word of those languages), at most 4 more per employer
# and 15 in all.
PER_EMPLOYER_FOREIGN = 4
# Fourth pass (added last, for the same reason): AI-application employers give up to 4 more
# titles, as hardware ones do, since the slice asks for their research, applied, GTM and
# operations jobs and the other boards hold few of them.
PER_EMPLOYER_AI = 4
MAX_PER_EMPLOYER = 15
FOREIGN = re.compile(
    r"[àâäçéèêëîïôöùûüñáíóúß]|\b(de|del|des|du|la|le|les|et|y|para|und|für|im|der|die|das|"
    r"mit|en|ingeniero|ingénieur|gerente|responsable|chargée?|jefe|asistente|directeur|"
    r"vertrieb\w*|berater\w*|leiter\w*|mitarbeiter\w*|sachbearbeiter\w*)\b",
    re.IGNORECASE,
)
# Internships are another corpus's slice (market_d): left out here.
INTERN = re.compile(
    r"\b(intern|interns|internship|co-?op|werkstudent\w*|praktik\w*|stagiaire|stage|"
    r"apprenti\w*|apprentice\w*|becario|pr[aá]cticas|стажер\w*)\b|实习",
    re.IGNORECASE,
)

# Technology employers on the saved boards that no other corpus names, by sector (read
# by hand from each board's name and titles). Boards of schools, clinics, shops,
# agencies and investment firms on the same list are left out: they are not this slice.
BOARDS: dict[str, str] = {
    # AI labs, AI applications, ML and data
    "clarifai": "ai",
    "moveworks": "ai",
    "instabase": "ai",
    "hypergiant": "ai",
    "lilyai": "ai",
    "pathai": "ai",
    "quantifind": "ai",
    "dominodatalab": "ai",
    "lynxanalytics": "ai",
    "behavox": "ai",
    "shifttechnology": "ai",
    "intercom": "ai",
    "grammarly": "ai",
    "appier": "ai",
    "moloco": "ai",
    "kasisto": "ai",
    "baidu": "ai",
    "yipitdata": "data",
    "phdata": "data",
    "collibra": "data",
    "cockroachlabs": "data",
    "planetscale": "data",
    "aerospike": "data",
    "imply": "data",
    "mixpanel": "data",
    "mongodb": "data",
    "elastic": "data",
    # devtools, cloud, SaaS
    "jfrog": "devtools",
    "circleci": "devtools",
    "saucelabs": "devtools",
    "testlio": "devtools",
    "rstudio": "devtools",
    "pubnub": "devtools",
    "sendbird": "devtools",
    "cloudflare": "cloud",
    "druva": "cloud",
    "rubrik": "cloud",
    "purestorage": "cloud",
    "leaseweb": "cloud",
    "okta": "cloud",
    "appian": "saas",
    "anaplan": "saas",
    "asana": "saas",
    "airtable": "saas",
    "pandadoc": "saas",
    "wrike": "saas",
    "webflow": "saas",
    "braze": "saas",
    "klaviyo": "saas",
    "pendo": "saas",
    "dialpad": "saas",
    "zoominfo": "saas",
    "similarweb": "saas",
    "relex": "saas",
    "ivalua": "saas",
    "staffbase": "saas",
    "appdirect": "saas",
    "intersystems": "saas",
    # security
    "abnormalsecurity": "security",
    "beyondtrust": "security",
    "netskope": "security",
    "knowbe4": "security",
    "digicert": "security",
    "corelight": "security",
    "censys": "security",
    "sonicwall": "security",
    "onespan": "security",
    "offensivesecurity": "security",
    "synack": "security",
    "transmitsecurity": "security",
    # fintech and crypto
    "adyen": "fintech",
    "brex": "fintech",
    "robinhood": "fintech",
    "sumup": "fintech",
    "carta": "fintech",
    "alloy": "fintech",
    "feedzai": "fintech",
    "forter": "fintech",
    "riskified": "fintech",
    "crossriverbank": "fintech",
    "capitalontap": "fintech",
    "akunacapital": "fintech",
    "ripple": "crypto",
    "blockchain": "crypto",
    "blockstream": "crypto",
    "dydx": "crypto",
    "bitcoindepot": "crypto",
    # consumer, marketplace, health and logistics technology
    "reddit": "consumer",
    "pinterest": "consumer",
    "discord": "consumer",
    "roku": "consumer",
    "instacart": "consumer",
    "glovo": "consumer",
    "cabify": "consumer",
    "doctolib": "health",
    "scout24": "consumer",
    "getyourguide": "consumer",
    "tripactions": "consumer",
    "travelperk": "consumer",
    "thetradedesk": "adtech",
    "applovin": "adtech",
    "project44": "logistics",
    "metropolis": "consumer",
    "oscar": "health",
    "flatironhealth": "health",
    "coherehealth": "health",
    "science37": "health",
    "naughtydog": "games",
    # hardware: space, robotics, autonomy, batteries, chips, climate, bio, medical devices
    "rocketlab": "space",
    "relativity": "space",
    "spire": "space",
    "skyryse": "aviation",
    "auterion": "drones",
    "aurorainnovation": "autonomy",
    "nuro": "autonomy",
    "maymobility": "autonomy",
    "didi": "autonomy",
    "pathrobotics": "robotics",
    "formlabs": "hardware",
    "fictiv": "manufacturing",
    "tulip": "manufacturing",
    "zabertechnologies": "hardware",
    "trustautomation": "hardware",
    "liquidinstruments": "hardware",
    "phoenixcontact": "hardware",
    "augury": "hardware",
    "konux": "hardware",
    "simplisafe": "hardware",
    "ecobee": "hardware",
    "juullabs": "hardware",
    "gillig": "vehicles",
    "motivpowersystems": "vehicles",
    "platformscience": "vehicles",
    "gotion": "batteries",
    "silananotechnologies": "batteries",
    "graphcore": "semiconductors",
    "cypresscreekrenewables": "energy",
    "nexamp": "energy",
    "dandelionenergy": "energy",
    "energyhub": "energy",
    "solsystems": "energy",
    "urbint": "energy",
    "enviva": "energy",
    "avantium": "climate",
    "freenome": "biotech",
    "10xgenomics": "biotech",
    "recursionpharmaceuticals": "biotech",
    "nurix": "biotech",
    "pivotbio": "biotech",
    "twistbioscience": "biotech",
    "benchling": "biotech",
    "unchainedlabs": "lab",
    "outsetmedical": "meddevice",
    "butterflynetwork": "meddevice",
    "axogen": "meddevice",
    "reflexionmedical": "meddevice",
}
HARDWARE = {
    "space",
    "aviation",
    "drones",
    "autonomy",
    "robotics",
    "hardware",
    "manufacturing",
    "vehicles",
    "batteries",
    "semiconductors",
    "energy",
    "climate",
    "biotech",
    "lab",
    "meddevice",
}
# Boards whose titles are partly in German, French or Spanish (the board's language field).
LANG_BOARDS = (
    "doctolib",
    "cabify",
    "scout24",
    "sumup",
    "appdirect",
    "ivalua",
    "gotion",
    "leaseweb",
    "tripactions",
    "intersystems",
)
FOREIGN_BOARDS = (*LANG_BOARDS, "glovo")


# Second source (added after the Greenhouse boards had been labelled): the daily "new
# postings" files of open-jobs-data, which reads nine ATSs. Its employers here: every one on
# a board other than Greenhouse (Ashby, Lever, SmartRecruiters, Workable, Recruitee,
# Personio) that is a technology employer, and the AI and hardware employers among its
# Greenhouse ones, all named by no other corpus and not by the boards above (the dataset
# spells some differently: "Rocket Lab", "Relativity", "KnowBe", "project", "TripActions"
# were left out for that reason, "Cursor (Anysphere)" and "Peloton" as titles.tsv's).
OJD_REPO = "ConorsCode/open-jobs-data"
OJD_PLATFORMS = ("greenhouse", "lever", "ashby", "smartrecruiters", "workable", "recruitee")
OJD_PLATFORMS += ("personio",)
OJD_EMPLOYERS: dict[str, str] = {
    # Ashby
    "Anrok": "fintech",
    "Attio": "saas",
    "Aurora Solar": "saas",
    "Baseten": "ai",
    "Bland": "ai",
    "Braintrust": "ai",
    "Drata": "security",
    "Gamma": "ai",
    "Griffin": "fintech",
    "Krea AI": "ai",
    "Levels": "health",
    "Linear": "saas",
    "Modern Treasury": "fintech",
    "Persona": "security",
    "PostHog": "devtools",
    "Preply": "consumer",
    "Reflection AI": "ai",
    "Runpod": "ai",
    "Speak": "ai",
    "Superpower": "health",
    "Synthesia": "ai",
    "Warp": "devtools",
    "Watershed": "saas",
    "Whoop": "hardware",
    "Zilch": "fintech",
    # Lever
    "BrightEdge": "saas",
    "Outreach": "saas",
    "Ro": "health",
    "Wattpad": "consumer",
    # SmartRecruiters
    "Bosch Group": "hardware",
    "Delivery Hero": "consumer",
    "Version 1": "it-services",
    # Workable, Recruitee, Personio
    "Mondu": "fintech",
    "CM.com": "saas",
    "Channable": "saas",
    "Helloprint": "consumer",
    "Trusted Shops": "saas",
    "bunq": "fintech",
    "ottonova": "health",
    # Greenhouse: AI labs and applications, hardware
    "Black Forest Labs": "ai",
    "Imbue": "ai",
    "Snorkel AI": "ai",
    "Otter.ai": "ai",
    "AssemblyAI": "ai",
    "Cresta": "ai",
    "Invisible Technologies": "ai",
    "Observe.AI": "ai",
    "PolyAI": "ai",
    "Varda Space": "space",
    "SambaNova Systems": "semiconductors",
    "Natera": "biotech",
    "Calico Labs": "biotech",
    "Oura": "hardware",
    "Truveta": "health",
}
OJD_PER_EMPLOYER = {"hardware": 8, "software": 5}


def order(title: str) -> str:
    """A fixed pseudo-random order (a hash with a salt unlike the split's)."""
    return salted_order("market_e", title)


def known(data: Path) -> tuple[set[str], set[str]]:
    """Case-folded titles of the other corpora, and the employer keys their sources name."""
    titles: set[str] = set()
    employers: set[str] = set()
    for row in corpus_rows(data, OTHER_CORPORA):
        titles.add(row["title"].casefold())
        source = row.get("source") or ""
        # "<key>:<path>@<commit>|<employer>" or "stapply-greenhouse:<board>"
        employer = source.rpartition("|")[2] if "|" in source else source.partition(":")[2]
        if "/" not in employer and "@" not in employer:
            employers.add(key(employer))
    employers.discard("")
    return titles, employers


def board_titles(src: Path, token: str) -> tuple[str, list[tuple[str, str]]]:
    """The board's company name and its (title, language) pairs, whitespace collapsed."""
    doc = json.loads((src / f"{token}.json").read_text(encoding="utf-8"))
    jobs = doc.get("jobs") or []
    name = squash(str(jobs[0].get("company_name") or token)) if jobs else token
    return name, [(squash(str(j.get("title") or "")), str(j.get("language") or "")) for j in jobs]


def pick(
    src: Path, data: Path = DATA, sectors: dict[str, str] | None = None
) -> list[tuple[str, str]]:
    """(title, source) candidates: per board, titles in hash order up to the caps."""
    sectors = BOARDS if sectors is None else sectors
    titles, employers = known(data)
    seen = set(titles)
    out: list[tuple[str, str]] = []
    boards = {t: board_titles(src, t) for t in sorted(sectors)}
    per_board: dict[str, int] = {}
    for stage in ("english", "lang", "foreign", "ai"):
        for token, (name, rows) in boards.items():
            if key(token) in employers or key(name) in employers:
                continue
            if stage == "lang" and token not in LANG_BOARDS:
                continue
            if stage == "foreign" and token not in FOREIGN_BOARDS:
                continue
            if stage == "ai" and sectors[token] != "ai":
                continue
            kind = "hardware" if sectors[token] in HARDWARE else "software"
            done = per_board.get(token, 0)
            cap = {
                "english": PER_EMPLOYER[kind],
                "lang": PER_EMPLOYER_LANG,
                "foreign": min(PER_EMPLOYER_FOREIGN, MAX_PER_EMPLOYER - done),
                "ai": min(PER_EMPLOYER_AI, MAX_PER_EMPLOYER - done),
            }[stage]
            taken = 0
            for title, lang in sorted(rows, key=lambda r: order(r[0])):
                if taken == cap:
                    break
                if not title or len(title) > MAX_LEN:
                    continue
                if stage in ("english", "ai") and lang in LANGS:
                    continue
                if stage == "lang" and lang not in LANGS:
                    continue
                if stage == "foreign" and not FOREIGN.search(title):
                    continue
                if title.casefold() in seen or INTERN.search(title):
                    continue
                seen.add(title.casefold())
                out.append((title, f"tech-jobs-hub:data/{token}.json@{COMMIT[:12]}|{name}"))
                taken += 1
            per_board[token] = done + taken
    return out


def ojd_postings(src: Path) -> list[tuple[str, str, str, str]]:
    """(title, company, platform, commit) of every new-jobs_<commit>.json, in file-name order."""
    out: list[tuple[str, str, str, str]] = []
    for path in sorted(src.glob("new-jobs_*.json")):
        commit = path.stem.partition("_")[2]
        for job in json.loads(path.read_text(encoding="utf-8")):
            title = squash(str(job.get("title") or ""))
            out.append((title, str(job.get("company") or ""), str(job.get("platform")), commit))
    return out


def pick_ojd(
    src: Path,
    taken: list[tuple[str, str]],
    data: Path = DATA,
    sectors: dict[str, str] | None = None,
) -> list[tuple[str, str]]:
    """Candidates of the second source, after the `taken` ones: the same rules and caps."""
    sectors = OJD_EMPLOYERS if sectors is None else sectors
    titles, employers = known(data)
    employers |= {key(s.rpartition("|")[2]) for _, s in taken}
    seen = titles | {t.casefold() for t, _ in taken}
    by_employer: dict[str, list[tuple[str, str, str]]] = {}
    for title, company, platform, commit in ojd_postings(src):
        if company in sectors and platform in OJD_PLATFORMS:
            by_employer.setdefault(company, []).append((title, platform, commit))
    out: list[tuple[str, str]] = []
    done: dict[str, int] = {}
    for stage in ("english", "foreign"):
        for company in sorted(by_employer):
            if key(company) in employers:
                continue
            kind = "hardware" if sectors[company] in HARDWARE else "software"
            cap = OJD_PER_EMPLOYER[kind] if stage == "english" else PER_EMPLOYER_LANG
            cap = min(cap, MAX_PER_EMPLOYER - done.get(company, 0))
            taken_here = 0
            for title, platform, commit in sorted(by_employer[company], key=lambda r: order(r[0])):
                if taken_here >= cap:
                    break
                if not title or len(title) > MAX_LEN or title.casefold() in seen:
                    continue
                if INTERN.search(title) or (stage == "foreign" and not FOREIGN.search(title)):
                    continue
                seen.add(title.casefold())
                # The platform rides in the source: the employer stays after the last "|".
                source = f"open-jobs-data:data/new-jobs.json@{commit[:12]}#{platform}|{company}"
                out.append((title, source))
                taken_here += 1
            done[company] = done.get(company, 0) + taken_here
    return out


def main(argv: list[str] | None = None) -> int:
    """Print candidate rows (title, source) as TSV: the Greenhouse boards, then --ojd's."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--src", type=Path, required=True, help="folder of <board>.json files")
    ap.add_argument("--ojd", type=Path, help="folder of open-jobs-data new-jobs_<commit>.json")
    args = ap.parse_args(argv)
    try:
        rows = pick(args.src)
        if args.ojd is not None:
            if not args.ojd.is_dir():
                raise OSError(f"no folder {args.ojd}")
            rows += pick_ojd(args.ojd, rows)
    except (OSError, ValueError, AttributeError, IndexError, TypeError) as exc:
        print(f"build_market_e: cannot read the input: {exc}", file=sys.stderr)
        return 1
    for title, source in rows:
        print(f"{title}\t{source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
