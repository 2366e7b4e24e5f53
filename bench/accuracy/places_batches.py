"""Place accuracy of `data/places_market.jsonl` batch by batch and split by split.

    PYTHONPATH=. python bench/accuracy/places_batches.py
    PYTHONPATH=. python bench/accuracy/places_batches.py --batch third --misses
    PYTHONPATH=. python bench/accuracy/places_batches.py --batch fourteenth --misses \
        --split train,dev

`--split` chooses the splits whose misses `--misses` lists (default: all of them); the
table still gives every split's figures, so a held-out split is seen as a number only.

Each batch of the corpus came from sources the earlier ones had not used and was scored
once before the changes made for it (README, "Places"); this prints the rows of that
table from the code as it is. A record's batch is known by its source repository.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any

from bench.accuracy.salary_place import _city_key, _share, records
from scraper.normalize.location import parse_location
from scraper.normalize.text import clean_line

# The repositories of the later batches; every other record is of the first two.
BATCHES = {
    "third": (
        "ouyale/Data-Mining",
        "nouramel/job-market",
        "parishinde/Marketplace-analysis_linktin",
        "mrtrkmn/jobless",
        "mcnakhaee/jobzoeker",
        "alvinkei/jobsdb_scraper",
    ),
    "fourth": ("zbvs/kiwizzle-scraper-example",),
    "fifth": ("talitharhmd/jobstreet-scraper",),
    "sixth": (
        "gornyMooj/pracuj_pl_scraping",
        "Fathy89/Web_Scraping_for_Bayt_Website",
        "Abrahan96/Web_Scraping_CompuTrabajo",
    ),
    "seventh": (
        "iodoku/hw3.github.io",
        "ry-2456/offer_box_scraping",
        "Li732375/Job104_spider",
        "YuliaShiyy/Linkedin-Jobs-Sweden-Scraper",
        "chaowang0524/linkedin_scraper",
        "NerdCat822/Wanted-Scraper",
        "AmirulAndalib/Summer2024-Internships",
    ),
    "eighth": (
        "Edelan89/Bumeran_Arg_job_market_analisys",
        "Pumpinator/web-scraping",
        "SimplifyJobs/Summer2025-Internships",
        "asts3-ua/norway-jobs",
    ),
    "ninth": (
        "milanakdj/job_hunter",
        "miaaaalu/Web-Scraping-For-SEEKNZ-Job-Postings",
        "Asabeaaa/web_scraper",
        "Apoorv404/LinkedIn-Job-Scraper",
        "vimalprakash404/Job-Scapper",
        "Masrkai/Job_Market_Analysis",
        "Artzalife/job-search-agent",
        "zeka-hazinesi/jobboard-data",
    ),
    "tenth": ("cmcd21/Ireland_jobs_scrape",),
    "eleventh": ("jiayuliang1314/tech-jobs-hub", "isixe/JobSpider"),
    "twelfth": ("abigailhaddad/usajobs_historical",),
    "twelfth-b": ("MoaviaMahmood/Arbeitnow-Jobs-ETL-Pipeline",),
    "thirteenth": ("speedyapply/2025-SWE-College-Jobs",),
    "thirteenth-b": ("hammed103/Aremu",),
    "thirteenth-c": ("speedyapply/2026-SWE-College-Jobs", "speedyapply/2026-AI-College-Jobs"),
    # Labelled blind while batch 13 was fixed; scored once, then fixed (data/README.md).
    "fourteenth": (
        "TomWartm/ITJobsCH",
        "recaicosar/joblist-project",
        "kizilkayaarda/jobify",
        "antonyharo/jobs-api",
        "perkinsml/project-indeed.com-web-scrape",
        "JobSenseSG/JobSense",
        "lastlast667/liepin-analysis-visualization",
        "24billys/JobsDB-data-anlysis",
    ),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "fifteenth": (
        "poteto/hiring-without-whiteboards",
        "henriChevreux/FR_jobspy",
        "thiensang1/topcv-job-scraper",
        "zeinahussien/Naukrigulf-Job-Scraping",
    ),
    # Labelled blind with the fifteenth, scored once only after its fixes.
    "fifteenth-b": (
        "jerrylin-23/2027-canada-internships",
        "santidiazl/elempleo-scraper",
        "Aymanehajli/Welcometothejungle-scraper",
    ),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "seventeenth": (
        "jobright-ai/2026-Software-Engineer-New-Grad",
        "cnvr76/Profesia-sk-parser",
        "kieuvantuyen01/scrape_data_itviec",
    ),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "eighteenth": (
        "WonOfAKind/New-Grad-And-Internships-2027",
        "harrycodingnow/new-grad-2027-tracker",
        "LorenzoLaCorte/european-tech-internships-2025",
    ),
    # Labelled blind with the eighteenth, scored once only after its fixes.
    "eighteenth-b": (
        "negarprh/Canadian-Tech-Internships-2027",
        "Lautarocuello98/remote-jobs-data-scraper",
    ),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "nineteenth": (
        "Aldans/devops-sre-job-monitor",
        "sarthak090/jobbankgc_scraper",
        "E-man85/itjobs-data-automation",
        "SofyMelvill/the-professor-project-1-ironhack",
    ),
    # Labelled blind with the nineteenth, scored once only after its fixes.
    "nineteenth-b": (
        "Navitha315/HireLens",
        "casrey/infojobs-geo-offers",
        "Abhishekjha66/linkedin-job-monitor",
    ),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "twentieth": (
        "ctsc/southeast-tech-internships-2026-2027",
        "LogicodeHQ/hardware-jobs-internships-2026",
        "Mhd-Hsyn/Jobs_scrap_indeed",
        "Azhaar01/Saudi-jobs-scraping-project",
        "KMarttt/jobstreet-scrapper",
        "SanariSan/Fullstack-panel",
    ),
    # Labelled blind after the twentieth's first fixes, scored once only after its last ones.
    "twentieth-b": (
        "fi1993rastvbox-design/iraq-jobs-data",
        "northwesternfintech/2026QuantInternships",
    ),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "twenty-first": (
        "zshah101/summer-2027-fall-2026-internships",
        "mluggy/techmap",
        "Lateephah/Web-Scraping-jobberman-job-site",
        "rusdipermana/webscrapping-id-kalibrr",
        "Wallemz/CompuTrabajo_scrap",
    ),
    # Labelled blind with the twenty-first, scored once only after its fixes.
    "twenty-first-b": ("parkjk7307/wanted_jobplanet_scrap",),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "twenty-second": (
        "ConorsCode/open-jobs-data",
        "Gitgitgit2026f/ashby-job-scanner",
    ),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "twenty-third": (
        "IgnOrtega/scraper-laborum",
        "BibekRai44/MeroJob-Analysis",
        "yagosilvax/Data-Enginnering-Remotive-API",
        "masaGreen/JobsWebscraper-brighterMonday",
    ),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "twenty-fourth": (
        "lonehog/job_hunter",
        "oshinanika/BDJOBS_SCRAPER-Selenium_BeautifulSoup",
        "AnouarEnnaciri/JobTrackerRekrute",
        "KayoLibarino/webscraping_vagas_catho",
    ),
    # Labelled blind after the twenty-fourth's classes, scored once only after them.
    "twenty-fourth-b": ("amine0891/job-offers-scraping-tunisia",),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "twenty-fifth": (
        "DiaaMohsen/wuzzuf_crawler",
        "Houssam-GH/wuzzuf-job-scraper",
        "creme332/myjobviz",
        "LinkSolution-Desarrollo/scrapper-computrabajo",
        "emersonnuqui/jobstreet_data_engineer_dashboard",
    ),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "twenty-sixth": ("unikonkon/nodeJS_JobThai_Scraper",),
    # Labelled blind after the twenty-sixth's classes, scored once only after them.
    "twenty-sixth-b": ("hiddenmany/jobinsight_czechia",),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "twenty-seventh": ("TJhon/talento_peru_jobs",),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "twenty-eighth": ("abinaya-05-hub/Internship_recommendation",),
    # Labelled blind after the twenty-eighth's scoring, scored once (data/README.md).
    "twenty-eighth-b": (
        "nilsafpetersens/platsbanken-data-jobs",
        "santoshchhn6/work-in-japan",
    ),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "twenty-ninth": (
        "demoan666/job-role-watcher",
        "ShouravRakshit/JobHunter",
        "AndreiSichet/job-market-analyzer",
        "baorphuc/vietnam-skill-gap-pipeline",
        "jeonghyeonme/Developer_Trend_Analysis",
        "TheLime1/esprit-jobs",
    ),
    # Labelled blind after the twenty-ninth's classes, scored once only after them.
    "twenty-ninth-b": (
        "ongkong/pharma-job-scan",
        "yifrankliu/intern_feed",
        "aaaxy/jobSonar",
        "hina6198/job-skill-tracker",
    ),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "thirtieth": (
        "plie/em-job-poller",
        "Anilakshada08/job-openings-dashboard",
        "joshua-cheng2210/job-positng-scraper",
        "AndreiBanu1/romania-job-aggregator",
    ),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "thirty-first": ("treboris/Web_scrapping", "marx1992620/crawl_104"),
    # Labelled blind and committed unscored, then scored once (data/README.md).
    "thirty-second": ("ambicuity/New-Grad-Jobs",),
}
SPLITS = ("train", "dev", "test", "all")


def batch_of(record: dict[str, Any]) -> str:
    """The batch a record belongs to: "first two" for the records of the first round."""
    repo = record["source"].split("@")[0]
    return next((name for name, repos in BATCHES.items() if repo in repos), "first two")


def score(rows: Iterable[dict[str, Any]], misses: list[str]) -> str:
    """One table row: country, city where labelled, and wrong (not none) countries."""
    read = [(r, parse_location(clean_line(r["text"]))) for r in rows]
    off = [(r, p) for r, p in read if p.country != r["country"]]
    labelled = [(r, p) for r, p in read if r.get("city")]
    astray = [(r, p) for r, p in labelled if _city_key(p.city) != _city_key(r["city"])]
    misses += [f"   country {r['text']!r}: got {p.country}" for r, p in off]
    misses += [f"   city {r['text']!r}: got {p.city}" for r, p in astray]
    country = _share(len(read) - len(off), len(read))
    city = _share(len(labelled) - len(astray), len(labelled))
    return f"{country} | {city} | {sum(p.country is not None for _, p in off)}"


def main(argv: list[str] | None = None) -> int:
    """Print country and city accuracy per batch and split."""
    parser = argparse.ArgumentParser(description="place accuracy by batch")
    parser.add_argument("--batch", choices=["first two", *BATCHES, "all"], default="all")
    parser.add_argument("--misses", action="store_true", help="list every wrong answer")
    parser.add_argument(
        "--split",
        default="all",
        help="splits whose misses to list, comma-separated (train, dev, test or all)",
    )
    args = parser.parse_args(argv)
    listed = {s.strip() for s in args.split.split(",") if s.strip()}
    if not listed or not listed <= set(SPLITS):
        parser.error(f"--split takes {', '.join(SPLITS)}, comma-separated")
    if "all" in listed:
        listed = {"all"}  # one list in the corpus's order, as before the option
    rows = list(records("places_market.jsonl", "all"))
    names = ["first two", *BATCHES, "whole corpus"] if args.batch == "all" else [args.batch]
    print("| batch | split | country | city | wrong country (not none) |")
    print("|---|---|---|---|---|")
    misses: list[str] = []
    for name in names:
        for split in SPLITS:
            chosen = [
                r
                for r in rows
                if name in ("whole corpus", batch_of(r)) and split in ("all", r["split"])
            ]
            found: list[str] = []
            print(f"| {name} | {split} | {score(chosen, found)} |")
            if split in listed and name != "whole corpus":
                misses += found
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
