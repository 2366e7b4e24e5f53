"""Print the candidate titles of market_az.tsv: the US federal government's IT, data and
cyber openings (USAJOBS) as a civic technologist's site saved them, the EU's public job
mobility portal (EURES) of ten member states as a European engineering alliance's dataset
saved it, a one-day snapshot of an ATS job-data API (employers of every kind and country)
and an Indian job board's engineering search (plants, utilities, engineering consultancies)
(reads YAML, CSV, JSON and JavaScript data only; executes nothing it reads)."""

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
    posting_rows,
    read_csv,
    source_key,
    versioned_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, trainee places, student jobs and volunteers are kept out
# (the slice is of regular jobs), in the words the boards write them: English (intern,
# internship, apprentice, trainee, co-op, student, volunteer), German (Praktikum,
# Praktikant, Werkstudent, Ausbildung), French (stage, stagiaire, alternance), Polish
# (praktyka, praktykant, stażysta, staż), Portuguese (estágio, estagiário), Latvian
# (prakse, praktikants), Lithuanian and Estonian (praktikantas, praktikant), Hungarian
# (gyakornok), Romanian (stagiar, practicant, ucenic), Croatian (pripravnik, učenik),
# Bulgarian (стажант, стаж), Greek (πρακτική, ασκούμενος) and Turkish (stajyer).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|co-?op|students?|volunteers?"
    r"|\w*praktik\w*|werk?s?student\w*|ausbildung\w*|stage|stagiaire|alternan\w*"
    r"|praktyk\w*|staż\w*|stażyst\w*|estági\w*|estagiári\w*|prakse\w*|gyakornok\w*"
    r"|stagiar\w*|practicant\w*|ucenic\w*|pripravni\w*|učeni\w*|стаж\w*"
    r"|πρακτικ\w*|ασκούμεν\w*|stajyer\w*)\b",
    re.I,
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES: tuple[Source | VersionedSource, ...] = (
    # USAJOBS openings of the US federal government in IT management (2210), computer and
    # data science (1550, 1560) at GS-12 and above, civilian non-defence agencies, as a
    # civic technologist's site saved its daily feed (`_data/usajobs.yml`): five versions
    # from 2024-02 to 2025-01, each a YAML list of `{title, agency, ...}`.
    VersionedSource(
        "us-federal-it",
        "krusynth/billhunt.dev",
        ("_data/usajobs.yml",) * 5,
        (
            "482b6f8fea2bc027ebbbc1bae283e0c08c2831cf",
            "ed6ef1b7522078b6262ec70e031169348c08c28f",
            "d282e0f9e77c662db8de419ed48c373f26360820",
            "e1814c4e4170e18969dad1adbdae72492c9360ff",
            "1654d882bf93380eef6a6e5874544e22c433de6b",
        ),
        "yaml",
        "title",
        "agency",
        per_employer=4,
        limit=120,
    ),
    # EURES, the EU's job mobility portal: 2025 postings of the public employment services
    # of Poland, Latvia, Cyprus, Croatia, Estonia, Portugal, Hungary, Romania, Lithuania,
    # Bulgaria and Germany, titles as posted (each country's language, some English), as an
    # engineering-education alliance's dataset saved them.
    Source(
        "eu-eures",
        "Antoinechss/EELISA-data-analysis",
        ("datasets/archives/batch2/European_jobs_batch2.csv",),
        "b2717b30a05dac148a00288c852e77173651f82a",
        "csv",
        "job_title",
        "company_name",
        per_employer=2,
        limit=195,
    ),
    # A one-day snapshot (2024-11-23) of an ATS job-data API's newest postings: employers
    # of every kind and country (engineering groups, labs, retailers, car dealers, staffing
    # firms), a JavaScript module holding the API's JSON answer (`{"results": [...]}`).
    Source(
        "global-ats",
        "Abhi169/JobBlogPost",
        ("src/utils/mockData.jsx",),
        "919455dfdc739b8a6994cc37a292bf7d844e265e",
        "api",
    ),
    # An Indian job board's engineering search of 2024-08 (plants, utilities, hotels'
    # engineering desks, engineering consultancies, rail and power equipment makers), a
    # JavaScript list of `{title: "...", companyName: "...", ...}` objects.
    Source(
        "in-engineering",
        "shivanshlearnify/EmployNext",
        ("src/data/constant.js",),
        "c52142c45c926be638da7337188ff98669de679f",
        "js",
        "title",
        "companyName",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS)
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the held-out draws so far (market_u ... market_aw): none of their
# employers is drawn.
DRAWN_BEFORE = markets("u", "aw")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {"general interest", "talent community", "talent pool"}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|gov|eu|in)/?$", re.I)
LONGEST = 120
# A `key: value` line of a YAML list item (`- key: value` opens an item).
YAML_FIELD = re.compile(r"^(- |  )(\w+): ?(.*)$")
# A `title: "..."` or `companyName: "..."` line of the JavaScript list (4-space indent).
JS_FIELD = re.compile(r'^    (\w+): ("(?:[^"\\]|\\.)*"),?\s*$')


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def yaml_scalar(raw: str) -> str:
    """A YAML scalar as text: double-quoted read as JSON reads it, single-quoted with its
    doubled quotes, a plain one as it stands."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        try:
            value = json.loads(raw)
        except ValueError:
            return raw[1:-1]
        return field_text(value)
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    return raw


def yaml_items(text: str) -> list[dict[str, Any]]:
    """The flat mappings of a YAML list of `- key: value` items; a folded or literal
    block (`>-`, `|`) joins its more-indented lines with spaces (a long title's form)."""
    items: list[dict[str, Any]] = []
    block: list[str] | None = None
    for line in text.splitlines():
        if block is not None and line.startswith("    "):
            block.append(line.strip())
            continue
        m = YAML_FIELD.match(line)
        if not m:
            continue
        if m.group(1) == "- ":
            items.append({})
        if items:
            raw = m.group(3).strip()
            if raw[:1] in (">", "|"):
                block = []
                items[-1][m.group(2)] = block
            else:
                block = None
                items[-1][m.group(2)] = yaml_scalar(raw)
    return [{k: " ".join(v) if isinstance(v, list) else v for k, v in i.items()} for i in items]


def api_items(text: str) -> list[dict[str, Any]]:
    """The postings of the API answer a JavaScript module holds (from its first `{` to
    its last `}`), each as `{"title", "company"}` (the company object's name)."""
    doc = json.loads(text[text.index("{") : text.rindex("}") + 1])
    results = doc.get("results") if isinstance(doc, dict) else None
    if not isinstance(results, list):
        raise ValueError("no results list in the API answer")
    out = []
    for job in results:
        if isinstance(job, dict):
            company = job.get("company")
            name = company.get("name") if isinstance(company, dict) else company
            out.append({"title": job.get("title"), "company": name})
    return out


def js_items(text: str) -> list[dict[str, Any]]:
    """The top-level string fields of a JavaScript list of objects, one object opened by
    each `title:` line (its `companyName` follows it)."""
    items: list[dict[str, Any]] = []
    for line in text.splitlines():
        m = JS_FIELD.match(line)
        if not m:
            continue
        if m.group(1) == "title":
            items.append({})
        if items:
            items[-1][m.group(1)] = json.loads(m.group(2))
    return items


def read(source: Source | VersionedSource, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file of the source, in
    its order: the federal YAML feed, the EURES CSV, the API answer or the JavaScript
    list."""
    if isinstance(source, VersionedSource):
        key = versioned_key(source, path, commit)
        items = yaml_items(path.read_text(encoding="utf-8"))
        return [
            (" ".join(field_text(i.get(source.employer_field)).split()), i.get("title", ""), key)
            for i in items
        ]
    if source.fmt == "csv":
        return read_csv(source, path, commit)
    key = source_key(source, path, commit)
    text = path.read_text(encoding="utf-8")
    items = api_items(text) if source.fmt == "api" else js_items(text)
    return posting_rows(source, items, key)


BUILDER = Builder(
    corpus="market_az",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
