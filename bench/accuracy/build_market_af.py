"""Print the candidate titles of market_af.tsv: a Flemish job seeker's saved finds of the
Flemish public employment service's board (vdab.be) and LinkedIn (Belgium; Dutch, English
and French as posted), a Mozambican board's saved reads of employers' own career pages
(Portuguese and English), the whole Greenhouse, Ashby and Lever boards of frontier-tech
firms (space, nuclear, robotics, chips, AI, defence, payments; US and Europe), the Lazio
public employment centres' vacancies (Italy; Italian) and the US Department of Labor's
seasonal-jobs board (H-2A/H-2B farm, landscaping and construction work) (reads JSON only;
executes nothing it reads)."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import (
    ANONYMOUS,
    BROKEN,
    NO_JOB,
    Builder,
    Screen,
    Source,
    employer_group,
    employers_drawn,
    markets,
    read_json,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, student jobs, apprenticeships and trainee schemes are kept out (the slice
# is of regular jobs), in the words these boards write them: English (intern, internship,
# trainee, graduate programme, a term such as "Fall 2026"), Dutch (stage, stagiair(e),
# jobstudent, student), German (Werkstudent), Portuguese (estágio, estagiário) and Italian
# (tirocinante, stagista, apprendista).
INTERN = re.compile(
    r"\b(intern|interns|internships?|trainee\w*|apprentice\w*|graduate programme"
    r"|stages?|stagiair\w*|stagiaire\w*|jobstudent\w*|studentenjob\w*|student"
    r"|werkstudent\w*|working student|(fall|spring|summer|winter) 20\d\d"
    r"|est[aá]gio\w*|estagi[aá]ri[oa]s?|tirocin\w*|stagist\w*|apprendist\w*)\b",
    re.I,
)


_IT_REPO = "ferrigabriele/job-offers-api"
_IT_PATH = ("data/data.json",)
# In the order they are drawn: a later source never displaces a title of an earlier one.
# A file is a JSON list of postings ("array") or a JSON object whose list of postings is
# under a key ("jobs", "offerte") (`corpus_tools.Source`).
SOURCES = (
    # A Flemish job seeker's bot: every posting it found on vdab.be (the Flemish public
    # employment service's board) and LinkedIn Belgium for its searches (office, customer
    # service, sales, marketing, logistics), saved 2026-07-18 (JSON object `{"updated",
    # "jobs": [{"title", "company", "location", "url", ...}]}`).
    Source(
        "be-vdab",
        "baverok5/vdab-job-bot",
        ("docs/jobs.json",),
        "e1296152f5e1a80e329169aabf726f024679836f",
        "jobs",
        "title",
        "company",
        limit=170,
    ),
    # A Mozambican job board's saved reads of employers' own career pages and two
    # aggregators, 2026-08-22 (JSON list `[{"title", "company", "location", "url",
    # "source", ...}]`).
    Source(
        "mz-careers",
        "brevemito/emprego-moz-robot",
        ("data/jobs.json",),
        "c7bfe31ffb06e8d25d4d1c7a4f45870c57f464d1",
        "array",
        "title",
        "company",
    ),
    # A frontier-tech tracker's saved file of 2026-08-22: every posting of the Greenhouse,
    # Ashby and Lever boards of the 81 firms it follows (rocket, satellite, nuclear, drone,
    # robotics, chip, quantum, AI, defence, payments and logistics firms), whatever the
    # function (JSON list `[{"company", "title", "location", "department", "source", ...}]`).
    Source(
        "us-frontier",
        "PaleoFaire/innovators-league",
        ("data/jobs_raw.json",),
        "fe6098c3577cd8a7a4896d7e09855b4d60c5cce5",
        "array",
        "title",
        "company",
        limit=150,
    ),
    # The Lazio region's public employment centres (Centri per l'Impiego): the vacancies a
    # prototype assistant's daily job saved (JSON object `{"meta", "offerte": [{"CPI",
    # "Azienda", "Qualifica", "Mansioni", ...}]}`), the job title in "Qualifica" (an ISTAT
    # occupation, often with the employer's own title after " - "). Three versions, of
    # 2026-08-22, 2026-04-24 and 2025-11-01.
    Source(
        "it-lazio-aug26",
        _IT_REPO,
        _IT_PATH,
        "63eb13e3f972d6a826a64f3ce19b718ee7b39bc5",
        "offerte",
        "Qualifica",
        "Azienda",
    ),
    Source(
        "it-lazio-apr26",
        _IT_REPO,
        _IT_PATH,
        "f9060c966da8d7db6ee7ed0a7593780a0bbd9942",
        "offerte",
        "Qualifica",
        "Azienda",
        limit=40,
    ),
    Source(
        "it-lazio-nov25",
        _IT_REPO,
        _IT_PATH,
        "e54ab654294203d07e250aee5cb8457fd11cd5d0",
        "offerte",
        "Qualifica",
        "Azienda",
        limit=36,
    ),
    # The US Department of Labor's seasonal-jobs board (seasonaljobs.dol.gov: H-2A farm
    # and H-2B landscaping and construction job orders of US employers), as a scraper saved
    # its searches on 2025-07-01 (JSON list `[{"jobTitle", "company", "location", "salary",
    # ...}]`).
    Source(
        "us-seasonal",
        "HenriqueKutner/seasonal-jobs-extractor",
        ("data/seasonal_jobs_scraped.json",),
        "87cc8bf2ff5625217595e2e0ceeae0c56a003da7",
        "array",
        "jobTitle",
        "company",
        limit=40,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer: skipped. The Mozambican board files postings of
# unknown employers under "Desconhecida" ("unknown") and the postings it read from two
# aggregators (UN Jobs, ReliefWeb) under the aggregator's name, their titles with the town
# and country appended; the Flemish one writes "Unknown", the Lazio one "Azienda
# riservata" (employer withheld).
NO_EMPLOYER = ANONYMOUS | {
    "confidentieel",
    "desconhecida",
    "desconhecido",
    "unjobs",
    "reliefweb",
    "aziendariservata",
}
# Employers whose pages the Mozambican board read as site navigation, not postings: its
# "titles" for them are menu items and notices ("Contas à Ordem", "Skip to main content",
# "{{ t('Sitemap') }}", "Message from the CEO"), with at most a posting or two among
# them. Their rows are skipped.
SKIPPED = {
    "bci",
    "millenniumbim",
    "enh",
    "contact",
    "movitel",
    "mozabanco",
    "bnibanconacionaldeinvestimento",
    "mozparks",
    "vodacommoçambique",
    "naçõesunidasmoçambique",
}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {
    "mozambiquelngtotalenergies": "totalenergies",
}
# Staffing agencies post under their brand and a branch ("Actief Interim Brugge", "Page
# Personnel Belgium", "Synergie Geel", "Start People voor N-Allo"): the cap counts the
# brand's branches together (group keys that begin with the brand's key).
BRANDS = (
    "actiefinterim",
    "pagepersonnel",
    "michaelpage",
    "synergie",
    "startpeople",
    "konvert",
    "forumjobs",
    "randstad",
    "qjobs",
    "itzu",
    "tempoteam",
    "accent",
    "vivaldis",
    "sdworx",
    "adecco",
    "manpower",
)
# The corpora of the session's earlier held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "ae")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = NO_JOB | {
    "spontane sollicitatie",
    "candidature spontanée",
    "candidatura espontânea",
    "talent pool",
}
# Calls for CVs worded as a posting, and posts for volunteers.
CALLS = re.compile(r"spontane|espont[aâ]ne|talent ?pool|vrijwillig|volunt[aá]ri", re.I)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|be|mz|pt)/?$", re.I)
LONGEST = 120


def brand(group: str) -> str:
    """An employer group key, with a staffing agency's branches joined under its brand."""
    return next((b for b in BRANDS if group.startswith(b)), group)


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


# (employer, title, source key) of one saved file, in its order.
read = read_json


@dataclass
class _BrandBuilder(Builder):
    """The shared builder, capping a staffing agency's branches under its brand."""

    def employer(self, name: str) -> str:
        """The key an employer's titles are capped under (aliases and brands joined)."""
        return brand(employer_group(name, self.aliases))


BUILDER = _BrandBuilder(
    corpus="market_af",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | SKIPPED | drawn_before(),
        NON_TITLES,
        LONGEST,
        URL,
        INTERN,
        BROKEN,
        others=(CALLS,),
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
