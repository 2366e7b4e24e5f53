"""Build scraper/data/directory.csv from public facts (re-runnable, offline).

Inputs (see scraper/data/PROVENANCE.md for URLs, commits and licences):

* a local git mirror of github.com/stapply-ai/jobs (MIT), read with `git show` at pinned
  commits: its ATS company lists (name + board URL per company), its `ai_companies.json`
  (names its authors track as AI/tech employers, with their ATS) and the Ashby job-board
  dumps it committed in history (what each company was hiring for in October 2025);
* the starter tokens in ../shared/samples/boards.md (themselves from the same repository).

An employer enters the directory only with evidence that it hires for AI/ML/data work:

* `starter`: listed in boards.md (AI/ML/data-heavy employers);
* `ai-list`: named in stapply's ai_companies.json with that ATS;
* `ml-titles=N`: N >= 2 AI/ML/data job titles on its recorded Ashby board;
* `name`: its board token or name says so (an "ai" suffix, "data", "robotics", ...);
* `curated`: a well-known AI/ML/data employer picked by hand (CURATED), found in the list;
* `workday`: a hand-picked big-tech/semiconductor employer whose Workday career site is
  in stapply's Workday list (the site path, not a locale page).

Domains are facts too: either the company's name is a domain ("magic.dev"), or the host
its own Ashby postings link to most, when that host carries the company's name.

Usage: python tools/gather_directory.py /path/to/stapply-ai+jobs/repo [boards.md]
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO_URL = "https://github.com/stapply-ai/jobs"
HEAD = "7202096c4e08d4b132837bb22206a09fb0149ba2"
DUMPS = "43ece6fd3ab4398cda575f0483fd49ea5c58eccb"  # Ashby board dumps, Oct 2025
OUT = Path(__file__).resolve().parent.parent / "scraper" / "data" / "directory.csv"

LISTS = {
    "greenhouse": "greenhouse/greenhouse_companies.csv",
    "lever": "lever/lever_companies.csv",
    "ashby": "ashby/companies.csv",
    "workable": "workable/workable_companies.csv",
}
BOARD_HOSTS = {
    "greenhouse": ("job-boards.greenhouse.io", "boards.greenhouse.io"),
    "lever": ("jobs.lever.co",),
    "ashby": ("jobs.ashbyhq.com",),
    "workable": ("apply.workable.com",),
}

# Job titles that are AI/ML/data work (the same families the classifier tags).
ML_TITLE = re.compile(
    r"\b(machine learning|ML|AI|artificial intelligence|data scien\w*|data engineer\w*|"
    r"deep learning|LLMs?|research (scientist|engineer)|applied scientist|computer vision|"
    r"NLP|MLOps|inference|analytics engineer|data analyst|data platform)\b",
    re.IGNORECASE,
)
# Board tokens whose words say AI/ML/data, checked word by word ("fiddler-ai", "dataiku",
# "beautifulai"): an "ai" suffix counts on a word of 5+ letters that is not a place name.
WORD_SIGNAL = re.compile(
    r"^(ai|ml)$|^[a-z]{3,}ai$|data|analytics|robotics|neural|machinelearning|intelligence$|"
    r"cognit|autonom|genomic",
)
NOT_AI_SUFFIX = {
    "shanghai",
    "dubai",
    "thai",
    "hawaii",
    "mumbai",
    "chennai",
    "samurai",
    "kenai",
    "cimolai",
}


def name_signal(token: str) -> bool:
    """True when a word of the board token says AI/ML/data."""
    words = [w for w in re.split(r"[-_.%\s]+", unquote(token).lower()) if w]
    return any(
        WORD_SIGNAL.search(w) and not any(w.endswith(x) for x in NOT_AI_SUFFIX) for w in words
    ) or (token.lower().endswith(".ai"))


# Big employers of AI/ML/data people on Workday: stapply's list name -> display name.
WORKDAY_PICKS = {
    "Nvidia": ("NVIDIA", "nvidiaexternalcareersite"),
    "Intel": ("Intel", "external"),
    "Adobe": ("Adobe", "external_experienced"),
    "Salesforce": ("Salesforce", "external_career_site"),
    "Marvell": ("Marvell", "marvellcareers"),
    "Dell": ("Dell Technologies", "external"),
    "Hp": ("HP", "externalcareersite"),
    "Autodesk": ("Autodesk", "ext"),
    "Crowdstrike": ("CrowdStrike", "crowdstrikecareers"),
    "Netflix": ("Netflix", "netflix"),
    "Workday": ("Workday", "workday"),
    "Capitalone": ("Capital One", "capital_one"),
    "Mastercard": ("Mastercard", "corporatecareers"),
    "Paypal": ("PayPal", "jobs"),
    "Nxp": ("NXP Semiconductors", "careers"),
    "Accenture": ("Accenture", "accenturecareers"),
    "Blackrock": ("BlackRock", "blackrock_professional"),
    "Sonyglobal": ("Sony", "sonyglobalcareers"),
    "Pfizer": ("Pfizer", "pfizercareers"),
    "Gsk": ("GSK", "gskcareers"),
    "Hpe": ("Hewlett Packard Enterprise", "jobsathpe"),
    "Roche": ("Roche", "roche-ext"),
    "Walmart": ("Walmart", "walmartexternal"),
}
# Well-known AI/ML/data employers the other evidence misses (many in Asia and Europe),
# picked by hand; each is taken only if its token is in stapply's list for that ATS.
CURATED = {
    ("greenhouse", "appier"): "Appier",
    ("greenhouse", "moloco"): "Moloco",
    ("greenhouse", "paypay"): "PayPay",
    ("greenhouse", "phonepe"): "PhonePe",
    ("greenhouse", "inmobi"): "InMobi",
    ("greenhouse", "razorpaysoftwareprivatelimited"): "Razorpay",
    ("greenhouse", "sigmoid"): "Sigmoid",
    ("lever", "meesho"): "Meesho",
    ("lever", "ninjavan"): "Ninja Van",
    ("workable", "lunit"): "Lunit",
    ("workable", "mercari"): "Mercari",
    ("workable", "smartnews"): "SmartNews",
    ("greenhouse", "blackforestlabs"): "Black Forest Labs",
    ("greenhouse", "graphcore"): "Graphcore",
    ("greenhouse", "polyai"): "PolyAI",
    ("greenhouse", "wayve"): "Wayve",
    ("ashby", "faculty"): "Faculty",
    ("greenhouse", "tenstorrent"): "Tenstorrent",
    ("greenhouse", "lightmatter"): "Lightmatter",
    ("ashby", "etched"): "Etched",
    ("ashby", "d-matrix"): "d-Matrix",
    ("greenhouse", "c3iot"): "C3 AI",
    ("greenhouse", "motional"): "Motional",
    ("greenhouse", "kodiak"): "Kodiak Robotics",
    ("lever", "saronic"): "Saronic",
    ("lever", "dexterity"): "Dexterity",
    ("greenhouse", "airbyte"): "Airbyte",
    ("ashby", "astronomer"): "Astronomer",
    ("greenhouse", "clickhouse"): "ClickHouse",
    ("ashby", "confluent"): "Confluent",
    ("greenhouse", "hightouch"): "Hightouch",
    ("greenhouse", "neo4j"): "Neo4j",
    ("greenhouse", "redis"): "Redis",
    ("greenhouse", "singlestore"): "SingleStore",
}
PRIORITY = {"starter": 0, "ai-list": 1, "curated": 2, "ml-titles": 3, "workday": 4, "name": 5}


def git_show(repo: Path, commit: str, path: str) -> bytes:
    """A file of the mirror at a commit."""
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"{commit}:{path}"], capture_output=True, check=True
    ).stdout


def norm(text: str) -> str:
    """Lowercase letters and digits only: the key that matches names to tokens."""
    return re.sub(r"[^a-z0-9]", "", unquote(text).lower())


def token_of(adapter: str, url: str) -> str | None:
    """The board token in a board URL, if the URL is on the adapter's board host."""
    parts = urlsplit(url.strip())
    if parts.hostname not in BOARD_HOSTS[adapter]:
        return None
    segments = [s for s in parts.path.split("/") if s]
    return segments[0] if segments else None


def display_name(token: str, listed: str) -> str:
    """A readable name: the list's own when it has spaces, else one built from the token."""
    name = unquote(listed).strip() or unquote(token)
    if re.fullmatch(r"[A-Za-z0-9-]+\.[A-Za-z]{2,}", name):  # a domain: keep it lowercase
        return name.lower()
    base = unquote(token)
    if " " not in name and re.fullmatch(r"[a-z]{3,}ai", base) and base not in NOT_AI_SUFFIX:
        return base[:-2].capitalize() + " AI"
    # Token-derived names capitalise acronyms as words ("Fiddler Ai"): restore them.
    return re.sub(r"\b(Ai|Ml|Io)\b", lambda m: m.group(1).upper(), name)


def name_domain(name: str, token: str) -> str:
    """A domain spelled in the name or token ("magic.dev", "sanas.ai"), else ''."""
    for text in (name, unquote(token)):
        m = re.fullmatch(r"([a-z0-9-]+\.(ai|io|dev|com|co|so|sh|app|tech|health))", text.lower())
        if m:
            return m.group(1)
    return ""


def posting_domain(jobs: list[dict[str, object]], token: str) -> str:
    """The host a board's own postings link to most, when it carries the company's name."""
    hosts: Counter[str] = Counter()
    for job in jobs:
        html = str(job.get("descriptionHtml") or "")
        for host in re.findall(r'href="https?://(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})', html, re.I):
            hosts[host.lower()] += 1
    key = norm(token)
    for host, _ in hosts.most_common():
        label = norm(host.split(".")[-2] if host.count(".") >= 1 else host)
        if len(label) >= 3 and (label in key or key in label) and host.count(".") <= 2:
            return ".".join(host.split(".")[-2:]) if host.count(".") == 2 else host
    return ""


def main(repo: Path, boards_md: Path | None) -> int:
    """Gather, select, dedupe and write the directory."""
    head = HEAD[:8]
    rows: dict[tuple[str, str], dict[str, str]] = {}

    def offer(adapter: str, board: str, company: str, evidence: str, source: str, domain: str):
        key = (adapter, board.lower())
        old = rows.get(key)
        rank = PRIORITY[evidence.split("=")[0]]
        if old is None or rank < PRIORITY[old["evidence"].split("=")[0]]:
            rows[key] = {
                "company": company,
                "domain": domain or (old or {}).get("domain", ""),
                "adapter": adapter,
                "board": board,
                "evidence": evidence,
                "source": source,
            }
        elif domain and not old["domain"]:
            old["domain"] = domain

    listed: dict[str, dict[str, tuple[str, str]]] = {}  # adapter -> norm -> (token, name)
    for adapter, path in LISTS.items():
        listed[adapter] = {}
        text = git_show(repo, HEAD, path).decode("utf-8")
        for rec in csv.DictReader(text.splitlines()):
            token = token_of(adapter, rec.get("url") or "")
            if not token:
                continue
            name = (rec.get("name") or "").strip()
            listed[adapter].setdefault(norm(token), (token, name))
            listed[adapter].setdefault(norm(name), (token, name))
            picked = CURATED.get((adapter, token.lower()))
            if picked:
                offer(adapter, token, picked, "curated", f"{REPO_URL}@{head}:{path}", "")
            elif name_signal(token):
                src = f"{REPO_URL}@{head}:{path}"
                offer(adapter, token, display_name(token, name), "name", src, "")

    ai_list = json.loads(git_show(repo, HEAD, "ai_companies.json"))
    for key, adapter in ai_list.items():
        if adapter not in listed:
            continue
        hit = listed[adapter].get(norm(key))
        if hit is None:
            continue
        token, _ = hit
        src = f"{REPO_URL}@{head}:ai_companies.json+{LISTS[adapter]}"
        offer(adapter, token, key.title() if key.islower() else key, "ai-list", src, "")

    tree = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", DUMPS, "ashby/companies/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for line in tree.splitlines():
        meta, path = line.split("\t")
        blob = subprocess.run(
            ["git", "-C", str(repo), "cat-file", "-p", meta.split()[2]], capture_output=True
        )
        if blob.returncode:  # a few blobs are missing from the public mirror
            continue
        try:
            jobs = json.loads(blob.stdout).get("jobs") or []
        except (ValueError, AttributeError):
            continue
        token = Path(path).stem
        hits = sum(1 for job in jobs if ML_TITLE.search(str(job.get("title") or "")))
        domain = posting_domain(jobs, token)
        name = listed["ashby"].get(norm(token), (token, token))[1]
        src = f"{REPO_URL}@{DUMPS[:8]}:{path}"
        if hits >= 2:  # one AI/data opening at an unrelated employer is no pattern
            offer("ashby", token, display_name(token, name), f"ml-titles={hits}", src, domain)
        elif ("ashby", token.lower()) in rows and domain:
            rows[("ashby", token.lower())]["domain"] = (
                rows[("ashby", token.lower())]["domain"] or domain
            )

    text = git_show(repo, HEAD, "workday/workday_companies.csv").decode("utf-8")
    for rec in csv.DictReader(text.splitlines()):
        pick = WORKDAY_PICKS.get(rec["name"])
        url = rec["url"].strip().rstrip("/")
        if pick and url.rsplit("/", 1)[-1] == pick[1]:
            src = f"{REPO_URL}@{head}:workday/workday_companies.csv"
            offer("workday", url, pick[0], "workday", src, "")

    if boards_md is not None:
        section = ""
        for raw in boards_md.read_text(encoding="utf-8").splitlines():
            if raw.startswith("## "):
                section = raw[3:].split()[0].lower()
            m = re.match(r"- (\S+?)\*? — (.+)$", raw)
            if m and section in BOARD_HOSTS:
                offer(section, m.group(1), m.group(2).strip(), "starter", "samples/boards.md", "")

    # One row per employer: the strongest evidence wins, then Greenhouse/Ashby/Lever order.
    order = ["greenhouse", "ashby", "lever", "workable", "workday"]
    best: dict[str, dict[str, str]] = {}
    for row in sorted(
        rows.values(),
        key=lambda r: (PRIORITY[r["evidence"].split("=")[0]], order.index(r["adapter"])),
    ):
        if not row["domain"]:
            row["domain"] = name_domain(row["company"], row["board"])
        key = norm(row["company"])
        if (
            key
            and key not in best
            and (not row["domain"] or all(b["domain"] != row["domain"] for b in best.values()))
        ):
            best[key] = row
    # Rows the package's own checks refuse (a token of the wrong shape) are left out.
    sys.path.insert(0, str(OUT.parent.parent.parent))
    from scraper.directory import Employer, row_problems

    out = sorted(
        (r for r in best.values() if not row_problems(Employer(**r))),
        key=lambda r: (r["company"].lower(), r["adapter"]),
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(
            fh, ["company", "domain", "adapter", "board", "evidence", "source"], lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(out)
    counts = Counter(r["adapter"] for r in out)
    evidence = Counter(r["evidence"].split("=")[0] for r in out)
    print(f"{len(out)} employers -> {OUT}", dict(counts), dict(evidence))
    print(f"with a domain: {sum(1 for r in out if r['domain'])}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python tools/gather_directory.py STAPPLY_MIRROR [boards.md]")
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None))
