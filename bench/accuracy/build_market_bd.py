"""Print the candidate titles of market_bd.tsv: what a job seeker's searches of national
job boards and aggregators return, on-target and off (a job watcher's daily results of
BOSS直聘, 前程无忧, 智联招聘, 58同城 and 猎聘 searches around Guangzhou of 2026-06 to 2026-08,
in Chinese; Wantedly's engineering listings of 2025-08, in Japanese; the Bundesagentur für
Arbeit's job board answering a search for "Data" in 2025-05, in German and English)
(reads CSV and JSON data only; executes nothing it reads)."""

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
    Row,
    Screen,
    Source,
    VersionedSource,
    employers_drawn,
    field_text,
    markets,
    read_csv,
    read_json,
    squash,
    versioned_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, trainee places, student jobs and volunteers are kept out
# (the slice is of regular jobs), in the words the listings write them: English (intern,
# internship, apprentice, trainee, co-op, student, volunteer, working student), German
# (Praktikum, Werkstudent, studentische Hilfskraft, Volontariat, Ausbildung, Azubi,
# Auszubildende, duales Studium), French (stage,
# stagiaire, alternance), Japanese (インターン) and Chinese (实习, 实习生: intern); doctoral
# places (PhD, Doktorand, Promotion: the taxonomy's `intern`) too.
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|co-?op|students?|volunteers?"
    r"|\w*praktik\w*|werk?s?student\w*|ausbildung\w*|azubi\w*|auszubildende\w*"
    r"|dual\w* studi\w*|studentisch\w*|volontari\w*|stage|stagiaire|alternan\w*|ph\.?d"
    r"|doctoral|doktorand\w*|promotion\w*)\b"
    r"|インターン|实习",
    re.I,
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES: tuple[Source | VersionedSource, ...] = (
    # A job watcher's daily cards of BOSS直聘, 前程无忧 (51job), 智联招聘 (Zhaopin), 58同城 and
    # 猎聘 (Liepin) results for video editing, photography, renovation and inbound-tourism
    # sales searches around Tianhe, Guangzhou, 2026-06 to 2026-08: four versions of
    # `jobs.json`, whose lists ("jobs", "removedJobs", "tourismJobs", ...) hold
    # `{title, company, ...}` cards.
    VersionedSource(
        "cn-guangzhou",
        "5XiaoWu5/zhaoogongzuo-",
        ("jobs.json",) * 4,
        (
            "16e073b01720aa411683023c3954f27c322e1ebb",
            "f3137920e4cf0481caa209b68fd264865c78b347",
            "e66cf07bd7e108508bb3467870013ee30c26cd20",
            "8ab4ffb7fbafc9563b2834f6e048cdc059010742",
        ),
        "cards",
        "title",
        "company",
        per_employer=3,
        limit=90,
    ),
    # Wantedly's engineering listings (`{"lastUpdated", "data": [{title, companyName,
    # ...}]}`) as a filter of system-engineering-service firms saved its daily scrape of
    # 2025-08-23: Japanese titles, Wantedly's recruiting headlines that name the post.
    Source(
        "jp-wantedly",
        "1379SamD/wantedly-ses-filter",
        ("public/scrapeData.json",),
        "36243e9167eaec04177bca5a3525f5e8ed23422a",
        "data",
        "title",
        "companyName",
        per_employer=2,
        limit=100,
    ),
    # The Bundesagentur für Arbeit's job board (Germany's public employment service) answering
    # a daily search for "Data", as a fetcher saved its results (`job_details.csv`, the
    # board's fields: `stellenangebotsTitel`, `firma`, ...) of 2025-05-02 to 2025-05-08:
    # German and English titles, data jobs and everything else the word finds.
    Source(
        "de-ba",
        "nikbckm/arbeitsamt-data-job-fetcher",
        ("job_details.csv",),
        "4808e37f671f8c378b75ca5f05bc2cee41f8fc4a",
        "csv",
        "stellenangebotsTitel",
        "firma",
        per_employer=3,
        limit=240,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer: skipped. The watcher writes "多个公司（点击查看实时
# 结果）" and "多个招工（...）" (several companies / several hirers: a live search link) and
# "个人招工（...）" (a private person hiring) where a card names no firm; the Wantedly scrape
# writes "No company-name found".
NO_EMPLOYER = set(ANONYMOUS) | {"nocompanynamefound"}
ANONYMOUS_EMPLOYER = re.compile(r"^(多个公司|多个招工|个人招工)")
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the held-out draws so far (market_u ... market_bb): none of their
# employers is drawn (`markets` names the one- and two-letter corpora up to market_az).
DRAWN_BEFORE = (*markets("u", "az"), "market_ba.tsv", "market_bb.tsv")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {"general interest", "talent community", "talent pool"}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|gov|eu|in)/?$", re.I)
LONGEST = 120
# No one job: a watcher's card linking a board's live search ("实时搜索"), talent pools and
# unsolicited applications ("Initiativbewerbung", "Initiativ-Bewerber").
OTHERS = (
    re.compile(r"实时搜索"),
    re.compile(r"\b(talent (pool|network|community)|open application|initiativ-?bewerb)", re.I),
)
# The job board cuts a title at 100 characters ("... Informatik / Data Sci"): no whole title.
BOARD_CUT = 100
# A firm's branch, division or town after its legal form on the job board ("FERCHAU GmbH
# Niederlassung Aachen", "FERCHAU GmbH GB Aviation München", "Arcadis Germany GmbH -
# Leipzig", "Deutsche Post AG Zentrale"): one employer, whichever branch posts, for the cap;
# the firm's name is kept up to its legal form.
BRANCH = re.compile(r"^(.*?\b(?:GmbH|mbH|AG|SE|KGaA|KG|oHG|e\.\s?V\.|SARL|AöR))(?=\s|$).*$")


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def card_items(text: str) -> list[dict[str, Any]]:
    """The job cards of one version of the watcher's file: every object of each list the
    top-level object holds (or of the top-level list), in order."""
    doc = json.loads(text)
    if isinstance(doc, list):
        lists: list[Any] = [doc]
    elif isinstance(doc, dict):
        lists = [v for v in doc.values() if isinstance(v, list)]
    else:
        raise ValueError("no JSON object or list of job cards")
    return [card for cards in lists for card in cards if isinstance(card, dict)]


def card_rows(source: VersionedSource, cards: list[dict[str, Any]], key: str) -> list[Row]:
    """(employer, title, `key`) of every card naming a firm, in order (a card of several
    companies' live search or of a private person hiring names none)."""
    out = []
    for card in cards:
        employer = squash(field_text(card.get(source.employer_field)))
        if ANONYMOUS_EMPLOYER.match(employer):
            employer = ""
        out.append((employer, field_text(card.get(source.title_field)), key))
    return out


def read(source: Source | VersionedSource, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file of the source, in
    its order: the watcher's cards, Wantedly's listings or the job board's results (a branch
    named after the firm's legal form, "Niederlassung Aachen", cut off; a title the board cut
    short, at its 100 characters, left with no title)."""
    if isinstance(source, VersionedSource):
        key = versioned_key(source, path, commit)
        return card_rows(source, card_items(path.read_text(encoding="utf-8")), key)
    if source.fmt == "csv":
        return [
            (BRANCH.sub(r"\1", emp), "" if len(title) >= BOARD_CUT else title, key)
            for emp, title, key in read_csv(source, path, commit)
        ]
    return read_json(source, path, commit)


BUILDER = Builder(
    corpus="market_bd",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=OTHERS
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
