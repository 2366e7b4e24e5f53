"""Labelled posting pairs for dedupe: generate, score at several thresholds, print the table.

Run: PYTHONPATH=. python bench/dedupe/pairs.py [--seed N] [--jobs N] [--write pairs.jsonl]

Every base job is rendered through two of five source formats shaped like the real feeds
in /work/shared/samples (Greenhouse, Lever, Ashby, an aggregator like Remotive/Himalayas,
and Arbeitnow), each with the variations real copies carry. Near-miss negatives are the
same company and title at another level, in another city or country, in another team, in
another role, or remote vs office; they are rendered with the same variations.
Companies and titles are invented here.
"""

from __future__ import annotations

# ruff: noqa: E501  (data tables read better one row per line)
import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import scraper.dedupe as dd
from scraper.normalize import normalize
from sources.base import RawListing

_NOW = datetime(2026, 12, 1, tzinfo=UTC)

COMPANY_STEMS = [
    "Northwind", "Lumora", "Quantiva", "Helixor", "Brightpath", "Cobalt Ridge", "Vantage Loop",
    "Orbitale", "Kestrel", "Mistral Forge", "Tandem Health", "Polar Signal", "Granite Labs",
    "Nimbus Works", "Fjordline", "Sable Analytics", "Corvid Systems", "Atlas Freight",
    "Veridian Bio", "Larkspur", "Obsidian AI", "Tessellate", "Wavecrest", "Juniper Grove",
    "Cinder", "Halcyon Robotics", "Meridian Pay", "Quartzline", "Redwood Data", "Solstice",
    "Bluefin Capital", "Ember Learning", "Pinecone Ridge", "Arcadia Games", "Zephyr Mobility",
    "Ironbark", "Lattice Point", "Cascadia Energy", "Monarch Insurance", "Nova Retail",
    "Parallax Vision", "Riverbend Logistics", "Saffron Foods", "Tidewater Security",
    "Umbra Networks", "Vireo Cloud", "Willow Care", "Xenon Photonics", "Yarrow Finance",
    "Zenith Search", "Aurelia Media", "Beacon Legal", "Clearwater Labs", "Driftwood Studio",
    "Elmstead", "Foxglove Therapeutics", "Gossamer", "Harborview", "Indigo Rail", "Jadeite",
]  # fmt: skip
LEGAL = ["Inc.", ", Inc.", "Inc", "LLC", "Ltd", "GmbH", "AG", "S.A.", "SAS", "B.V.", "Pty Ltd",
         "PLC", "Corp.", "Co.", "SE", "Oy", "AB", "ApS", "S.p.A.", "Sp. z o.o.", "K.K.", "Limited",
         "GmbH & Co. KG", "Corporation", "S.L."]  # fmt: skip
ROLES = [
    ("Software Engineer", "Software Eng."), ("Machine Learning Engineer", "ML Engineer"),
    ("Data Engineer", "Data Engineer"), ("Data Scientist", "Data Scientist"),
    ("Site Reliability Engineer", "SRE"), ("Backend Engineer", "Back-End Engineer"),
    ("Frontend Engineer", "Front End Engineer"), ("Full Stack Engineer", "Full-Stack Engineer"),
    ("Product Manager", "Product Manager"), ("Product Designer", "Product Designer"),
    ("Research Scientist", "Research Scientist"), ("Research Engineer", "Research Engineer"),
    ("AI Engineer", "Artificial Intelligence Engineer"), ("DevOps Engineer", "Dev Ops Engineer"),
    ("Security Engineer", "Security Engineer"), ("Account Executive", "Account Executive"),
    ("Solutions Architect", "Solutions Architect"), ("Data Analyst", "Data Analyst"),
    ("Technical Recruiter", "Tech Recruiter"), ("Customer Success Manager", "Customer Success Mgr"),
    ("Infrastructure Engineer", "Infrastructure Engineer"), ("Analytics Engineer", "Analytics Eng"),
    ("Computer Vision Engineer", "CV Engineer"), ("NLP Engineer", "NLP Engineer"),
    ("Mobile Engineer", "Mobile Engineer"), ("QA Engineer", "QA Engineer"),
    ("Platform Engineer", "Platform Engineer"), ("Engineering Manager", "Engineering Mgr"),
]  # fmt: skip
# Roles that read alike but are other jobs.
ROLE_NEIGHBOURS = {
    "Data Engineer": "Data Scientist", "Data Scientist": "Data Analyst",
    "Software Engineer": "Engineering Manager", "Engineering Manager": "Software Engineer",
    "Research Scientist": "Research Engineer", "Research Engineer": "Research Scientist",
    "Backend Engineer": "Frontend Engineer", "Frontend Engineer": "Backend Engineer",
    "Machine Learning Engineer": "Machine Learning Scientist", "Product Manager": "Product Designer",
    "Product Designer": "Product Manager", "Data Analyst": "Data Engineer",
    "Security Engineer": "Security Analyst", "Platform Engineer": "Platform Engineering Manager",
    "Infrastructure Engineer": "Infrastructure Engineering Manager",
}  # fmt: skip
TEAMS = ["Payments", "Search", "Growth", "Identity", "Billing", "Ads Ranking", "Checkout",
         "Fraud", "Inference", "Post Training", "Data Platform", "Developer Experience",
         "Observability", "Storage", "Compliance", "Maps", "Notifications", "Core Banking",
         "Risk", "Pricing", "Recommendations", "Audio", "Model Behavior", "Onboarding"]  # fmt: skip
LEVELS = [  # (canonical, [spellings])
    ("", [""]), ("Senior", ["Senior", "Sr.", "Sr", "SENIOR", "senior"]),
    ("Staff", ["Staff"]), ("Principal", ["Principal"]), ("Lead", ["Lead"]),
    ("Junior", ["Junior", "Jr.", "Jr"]), ("Intern", ["Intern", "Internship"]),
    ("II", ["II", "2"]), ("III", ["III", "3"]), ("I", ["I", "1"]),
]  # fmt: skip
# (city, country code, spellings of the place in location fields)
CITIES = [
    ("San Francisco", "US", ["San Francisco, CA", "San Francisco", "SF",
                             "San Francisco, California, United States", "*HQ - San Francisco, CA",
                             "San Francisco Office"]),
    ("New York", "US", ["New York, NY", "New York", "NYC", "New York City", "New York, United States"]),
    ("Seattle", "US", ["Seattle, WA", "Seattle", "Seattle, Washington"]),
    ("Austin", "US", ["Austin, TX", "Austin", "Austin, Texas, USA"]),
    ("London", "GB", ["London", "London, UK", "London, United Kingdom", "London, England"]),
    ("Berlin", "DE", ["Berlin", "Berlin, Germany", "Berlin, DE", "Berlin, Deutschland"]),
    ("Munich", "DE", ["Munich", "München", "Munich, Germany", "Muenchen"]),
    ("Paris", "FR", ["Paris", "Paris, France", "Paris, Île-de-France, France"]),
    ("Bengaluru", "IN", ["Bengaluru", "Bangalore", "Bengaluru, Karnataka", "Bangalore, India"]),
    ("Toronto", "CA", ["Toronto", "Toronto, ON", "Toronto, Canada"]),
    ("Amsterdam", "NL", ["Amsterdam", "Amsterdam, Netherlands", "Amsterdam, NL"]),
    ("Dublin", "IE", ["Dublin", "Dublin, Ireland"]),
    ("Zurich", "CH", ["Zurich", "Zürich", "Zurich, Switzerland"]),
    ("Tel Aviv", "IL", ["Tel Aviv", "Tel Aviv, Israel", "Tel Aviv-Yafo"]),
    ("Singapore", "SG", ["Singapore"]),
]  # fmt: skip
REMOTE_SPELLINGS = {
    "US": ["Remote - US", "Remote (United States)", "US-Remote", "Remote, USA", "United States"],
    "GB": ["Remote - UK", "Remote (United Kingdom)", "UK Remote", "United Kingdom"],
    "DE": ["Remote - Germany", "Remote (Deutschland)", "Germany"],
    None: ["Remote", "Anywhere", "Worldwide", "Remote - EMEA"],
}
TRACKING = ["utm_source=linkedin&utm_medium=jobs", "gh_src=abc123", "lever-source=Indeed",
            "ref=himalayas", "source=remotive", "trk=feed", "fbclid=xyz"]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Base:
    """One opening before any source renders it."""

    company: str
    role: int
    team: str | None
    level: int
    city: int | None  # index into CITIES; None when remote
    remote_country: str | None
    remote: bool


@dataclass(frozen=True, slots=True)
class Posting:
    """What an adapter hands to normalisation: the fields dedupe reads."""

    source: str
    url: str
    company: str
    title: str
    location: str | None
    country: str | None
    city: str | None
    remote: str | None


def company_variant(rng: random.Random, stem: str) -> str:
    """The company as one source spells it: legal suffix, case, punctuation."""
    roll = rng.random()
    if roll < 0.35:
        name = stem
    elif roll < 0.8:
        suffix = rng.choice(LEGAL)
        name = f"{stem}{suffix}" if suffix.startswith(",") else f"{stem} {suffix}"
    elif roll < 0.9:
        name = stem.lower()
    else:
        name = f"The {stem}" if rng.random() < 0.5 else stem.replace(" ", "")
    return name


def title_variant(rng: random.Random, b: Base) -> str:
    """The title as one source spells it."""
    full, short = ROLES[b.role]
    role = short if rng.random() < 0.4 else full
    level = rng.choice(LEVELS[b.level][1])
    roman = LEVELS[b.level][0] in ("I", "II", "III")
    parts = [role, level] if roman else [level, role]
    title = " ".join(p for p in parts if p)
    if LEVELS[b.level][0] == "Intern" and rng.random() < 0.5:
        title = f"{role}, {level}" if level != "Intern" else f"{role} Intern"
    if b.team:
        sep = rng.choice([", ", " - ", " – ", " | ", " ("])
        title = f"{title}{sep}{b.team}" + (")" if sep == " (" else "")
    roll = rng.random()
    if roll < 0.15:
        title += rng.choice([" (m/w/d)", " (f/m/x)", " (all genders)", " m/f/d", " (w/m/d)"])
    elif roll < 0.3:
        if b.remote:
            title += rng.choice([" - Remote", " (Remote)", " (Remote, US)"[:0] + " (Remote)"])
        elif b.city is not None:
            title += rng.choice([" - ", " – ", " | ", " ("]) + CITIES[b.city][0]
            title += ")" if title.endswith(CITIES[b.city][0]) and "(" in title[-30:] else ""
    elif roll < 0.35:
        title = title.upper()
    elif roll < 0.4:
        title = title.replace(" ", "  ") + " "
    return title


def location_variant(rng: random.Random, b: Base) -> str | None:
    """Free location text as one source writes it (sometimes missing)."""
    if rng.random() < 0.12:
        return None
    if b.remote:
        return rng.choice(REMOTE_SPELLINGS.get(b.remote_country, [f"Remote - {b.remote_country}"]))
    assert b.city is not None
    text = rng.choice(CITIES[b.city][2])
    if rng.random() < 0.1:
        text += " (Hybrid)"
    return text


def url_for(rng: random.Random, source: str, slug: str, ident: int) -> str:
    """A listing URL, sometimes with tracking parameters."""
    base = {
        "greenhouse": f"https://boards.greenhouse.io/{slug}/jobs/{ident}",
        "lever": f"https://jobs.lever.co/{slug}/{ident:08x}-0000",
        "ashby": f"https://jobs.ashbyhq.com/{slug}/{ident:08x}",
        "aggregator": f"https://remotive.com/remote-jobs/software-dev/{slug}-{ident}",
        "arbeitnow": f"https://www.arbeitnow.com/jobs/companies/{slug}/{ident}",
    }[source]
    if rng.random() < 0.4:
        base += "?" + rng.choice(TRACKING)
    return base


# The five source formats: each renders a payload like the real feed, then reads it back
# as its adapter would, so the fields reaching dedupe have each source's shape.
def render_greenhouse(rng: random.Random, b: Base, ident: int) -> Posting:
    """boards-api: title, location.name, company from the board; no workplace flag."""
    payload: dict[str, Any] = {
        "id": ident,
        "title": title_variant(rng, b),
        "location": {"name": location_variant(rng, b) or ""},
        "company_name": company_variant(rng, b.company),
    }
    payload["absolute_url"] = url_for(rng, "greenhouse", "x", ident)
    loc = payload["location"]["name"] or None
    return Posting("greenhouse", payload["absolute_url"], payload["company_name"],
                   payload["title"], loc, None, None, None)  # fmt: skip


def render_lever(rng: random.Random, b: Base, ident: int) -> Posting:
    """postings API: text, categories.location, country code, workplaceType."""
    wp = "remote" if b.remote else rng.choice(["onsite", "hybrid", "unspecified"])
    country = b.remote_country if b.remote else CITIES[b.city or 0][1]
    payload = {
        "text": title_variant(rng, b),
        "categories": {"location": location_variant(rng, b)},
        "country": country if rng.random() < 0.7 else None,
        "workplaceType": wp,
    }
    return Posting("lever", url_for(rng, "lever", "x", ident), company_variant(rng, b.company),
                   str(payload["text"]), payload["categories"]["location"],  # type: ignore[index]
                   payload["country"], None,  # type: ignore[arg-type]
                   None if wp == "unspecified" else wp)  # fmt: skip


def render_ashby(rng: random.Random, b: Base, ident: int) -> Posting:
    """posting API: title, location, isRemote, address.postalAddress."""
    city = None if b.remote else CITIES[b.city or 0]
    address = (
        {"addressLocality": city[0], "addressCountry": rng.choice([city[1], "United States"
                                                                    if city[1] == "US" else city[1]])}
        if city and rng.random() < 0.6 else {}
    )  # fmt: skip
    return Posting(
        "ashby",
        url_for(rng, "ashby", "x", ident),
        company_variant(rng, b.company),
        title_variant(rng, b),
        location_variant(rng, b),
        address.get("addressCountry"),
        address.get("addressLocality"),
        "remote" if b.remote else None,
    )


def render_aggregator(rng: random.Random, b: Base, ident: int) -> Posting:
    """Remotive/Himalayas-like: company_name with suffixes, candidate_required_location."""
    loc = location_variant(rng, b)
    return Posting("aggregator", url_for(rng, "aggregator", "x", ident),
                   company_variant(rng, b.company), title_variant(rng, b), loc, None, None,
                   "remote" if b.remote else None)  # fmt: skip


def render_arbeitnow(rng: random.Random, b: Base, ident: int) -> Posting:
    """Arbeitnow-like: gender tags common, location a bare city, remote boolean."""
    title = title_variant(rng, b)
    if rng.random() < 0.5 and "(" not in title and "/" not in title:
        title += rng.choice([" (m/w/d)", " (w/m/d)", " (m/f/d)"])
    loc = None if b.remote else CITIES[b.city or 0][2][0].split(",")[0]
    return Posting("arbeitnow", url_for(rng, "arbeitnow", "x", ident),
                   company_variant(rng, b.company), title, loc, None, None,
                   "remote" if b.remote else None)  # fmt: skip


RENDERERS: list[Callable[[random.Random, Base, int], Posting]] = [
    render_greenhouse, render_lever, render_ashby, render_aggregator, render_arbeitnow,
]  # fmt: skip


def random_base(rng: random.Random, companies: list[str]) -> Base:
    """A random opening."""
    remote = rng.random() < 0.3
    return Base(
        company=rng.choice(companies),
        role=rng.randrange(len(ROLES)),
        team=rng.choice(TEAMS) if rng.random() < 0.5 else None,
        level=rng.choice([0, 0, 0, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
        city=None if remote else rng.randrange(len(CITIES)),
        remote_country=rng.choice(["US", "GB", "DE", None]) if remote else None,
        remote=remote,
    )


def near_miss(rng: random.Random, b: Base) -> tuple[str, Base]:
    """Another opening that looks like `b`: one attribute changed."""
    kinds = ["level", "city", "team", "role", "workplace"]
    kind = rng.choice(kinds)
    if kind == "level":
        choices = [i for i in range(len(LEVELS)) if i != b.level]
        return kind, Base(b.company, b.role, b.team, rng.choice(choices), b.city,
                          b.remote_country, b.remote)  # fmt: skip
    if kind == "city":
        if b.remote:
            others = [c for c in ("US", "GB", "DE") if c != b.remote_country]
            return kind, Base(b.company, b.role, b.team, b.level, None, rng.choice(others), True)
        choices = [i for i in range(len(CITIES)) if i != b.city]
        return kind, Base(b.company, b.role, b.team, b.level, rng.choice(choices), None, False)
    if kind == "team":
        team = rng.choice([t for t in TEAMS if t != b.team])
        return kind, Base(b.company, b.role, team, b.level, b.city, b.remote_country, b.remote)
    if kind == "role":
        name = ROLES[b.role][0]
        other = ROLE_NEIGHBOURS.get(name)
        index = next((i for i, r in enumerate(ROLES) if r[0] == other), None)
        if index is None:
            index = rng.choice([i for i in range(len(ROLES)) if i != b.role])
        return kind, Base(b.company, index, b.team, b.level, b.city, b.remote_country, b.remote)
    # Remote copy vs an office opening of the same title.
    if b.remote:
        return kind, Base(b.company, b.role, b.team, b.level, rng.randrange(len(CITIES)), None,
                          False)  # fmt: skip
    return kind, Base(b.company, b.role, b.team, b.level, None, CITIES[b.city or 0][1], True)


def build(seed: int, jobs: int) -> list[tuple[Posting, Posting, bool, str]]:
    """Positive pairs (two sources, one opening) and near-miss negatives, about half each."""
    rng = random.Random(seed)
    # Held-out style split: even seeds use even-indexed companies, odd seeds the others.
    companies = COMPANY_STEMS[seed % 2 :: 2]
    pairs: list[tuple[Posting, Posting, bool, str]] = []
    ident = seed * 10_000_000
    for _ in range(jobs):
        b = random_base(rng, companies)
        r1, r2 = rng.sample(RENDERERS, 2)
        ident += 2
        pairs.append((r1(rng, b, ident), r2(rng, b, ident + 1), True, "copy"))
        kind, other = near_miss(rng, b)
        ident += 2
        pairs.append((r1(rng, b, ident), r2(rng, other, ident + 1), False, kind))
    return pairs


# How keys are made: "raw" keys the rendered fields directly; "pipeline" (the default)
# first normalises them as `jobs scrape` does (a RawListing through `normalize`, whose
# posting carries the key built by `identify`).
MODE = "pipeline"


def key_of(p: Posting) -> dd.JobKey:
    """The dedupe key of one posting."""
    if MODE == "raw":
        return dd.job_key(p.company, p.title, country=p.country, city=p.city,
                          location=p.location, remote=p.remote)  # fmt: skip
    raw = RawListing(
        source_id=p.url,
        url=p.url,
        title=p.title,
        company=p.company,
        # A source's city field is a location line of its own (Ashby's "address").
        location=p.location or p.city,
        country=p.country,
        remote=p.remote,
    )
    key = normalize(raw, p.source, _NOW).key
    assert key is not None
    return key


def score(pairs: list[tuple[Posting, Posting, bool, str]]) -> dict[str, Any]:
    """Precision/recall of `same_job` on the pairs, with the false decisions."""
    tp = fp = fn = tn = 0
    errors: list[tuple[str, Posting, Posting, str]] = []
    blind = 0
    for a, b, label, kind in pairs:
        ka, kb = key_of(a), key_of(b)
        said = dd.same_job(ka, kb)
        if not label and kind in ("city", "workplace") and not informative(ka, kb):
            # One side says nothing about place: no rule can tell these apart, so they are
            # counted on their own and left out of precision.
            blind += 1
            continue
        if said and label:
            tp += 1
        elif said:
            fp += 1
            errors.append(("FP", a, b, kind))
        elif label:
            fn += 1
            errors.append(("FN", a, b, kind))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision, "recall": recall,
            "errors": errors, "blind": blind}  # fmt: skip


def informative(a: dd.JobKey, b: dd.JobKey) -> bool:
    """Whether some place fact is stated on both sides and differs (else no rule can tell)."""
    return bool(
        (a.country and b.country and a.country != b.country)
        or (a.city and b.city and a.city != b.city)
        or (a.remote and b.remote and a.remote != b.remote)
        or (a.remote == "remote" and b.city and b.remote != "remote")
        or (b.remote == "remote" and a.city and a.remote != "remote")
    )


def matcher_score(pairs: list[tuple[Posting, Posting, bool, str]]) -> tuple[float, float]:
    """The same pairs through `Matcher` (add a, match b): precision and recall."""
    tp = fp = fn = 0
    for a, b, label, kind in pairs:
        ka, kb = key_of(a), key_of(b)
        if not label and kind in ("city", "workplace") and not informative(ka, kb):
            continue
        m = dd.Matcher()
        m.add(1, ka)
        said = m.match(kb) == 1
        tp += said and label
        fp += said and not label
        fn += (not said) and label
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def main() -> None:
    """Print the threshold table for a dev seed and a held-out seed."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2500, help="openings per seed (2 pairs each)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--write", help="write the pairs of --seed as JSON lines here")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong decisions")
    ap.add_argument(
        "--keys",
        choices=("pipeline", "raw"),
        default="pipeline",
        help="pipeline: normalise first, as jobs scrape does (default); raw: key the fields",
    )
    args = ap.parse_args()
    global MODE
    MODE = args.keys
    sets = {"dev": build(args.seed, args.jobs), "held-out": build(args.seed + 1, args.jobs)}
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            for a, b, label, kind in sets["dev"]:
                fh.write(json.dumps({"a": a.__dict__ if hasattr(a, "__dict__") else
                                     {f: getattr(a, f) for f in a.__slots__},
                                     "b": {f: getattr(b, f) for f in b.__slots__},
                                     "same": label, "kind": kind}) + "\n")  # fmt: skip
    default_cut, default_tok = dd.TITLE_SCORE_CUTOFF, dd.TOKEN_SIMILARITY
    print(f"pairs per set: {len(sets['dev'])} (half positive)")
    print(
        f"negatives with no place fact stated on both sides, left out: {score(sets['dev'])['blind']} dev, "
        f"{score(sets['held-out'])['blind']} held-out\n"
    )
    print("| set | title cut-off | token sim | team check | precision | recall | FP | FN |")
    print("|---|---|---|---|---|---|---|---|")
    for name, pairs in sets.items():
        grid = [(c, default_tok, True) for c in (60, 70, 80, 85, 90, 95, 100)]
        grid += [(default_cut, t, True) for t in (0.6, 0.7, 0.9)]
        grid += [(c, default_tok, False) for c in (70, 85, 95)]
        for cut, tok, team in grid:
            dd.TITLE_SCORE_CUTOFF, dd.TOKEN_SIMILARITY = cut, tok
            saved = dd._team_conflict
            if not team:
                dd._team_conflict = lambda a, b: False  # type: ignore[assignment]
            r = score(pairs)
            dd._team_conflict = saved
            print(f"| {name} | {cut:g} | {tok:g} | {'on' if team else 'off'} | "
                  f"{r['precision']:.2%} | {r['recall']:.2%} | {r['fp']} | {r['fn']} |")  # fmt: skip
    dd.TITLE_SCORE_CUTOFF, dd.TOKEN_SIMILARITY = default_cut, default_tok
    print()
    for name, pairs in sets.items():
        r = score(pairs)
        kinds: dict[str, list[int]] = {}
        for _a, _b, _label, kind in pairs:
            kinds.setdefault(kind, [0, 0])[0] += 1
        for _tag, _a, _b, kind in r["errors"]:
            kinds[kind][1] += 1
        mp, mr = matcher_score(pairs)
        print(f"{name} at defaults: precision {r['precision']:.2%} recall {r['recall']:.2%}; "
              f"through Matcher: precision {mp:.2%} recall {mr:.2%}")  # fmt: skip
        # Positive pairs same_job accepts that the Matcher's title blocks would still keep
        # apart (other head word) and that do not share an exact key: what blocking costs.
        split = sum(
            1
            for a, b, label, _k in pairs
            if label
            and dd.same_job(ka := key_of(a), kb := key_of(b))
            and dd.title_block(ka.title) != dd.title_block(kb.title)
            and dd.exact_key(ka) != dd.exact_key(kb)
        )
        print(f"  positive pairs split by title blocking: {split}")
        print("  wrong decisions by pair kind: "
              + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(kinds.items())))  # fmt: skip
        for tag, a, b, kind in r["errors"][: args.errors]:
            print(f"  {tag} {kind}: {a.title!r} @ {a.location!r}/{a.country}/{a.remote} ({a.company})"
                  f"  <>  {b.title!r} @ {b.location!r}/{b.country}/{b.remote} ({b.company})"
                  f"\n     {key_of(a)}\n     {key_of(b)}")  # fmt: skip
    t0 = time.perf_counter()
    titles = [a.title for pairs in sets.values() for a, _b, _l, _k in pairs] * 5
    t0 = time.perf_counter()
    for t in titles:
        dd.title_key(t)
    rate = len(titles) / (time.perf_counter() - t0)
    print(f"\ntitle_key: {rate:,.0f} titles/s over {len(titles):,} titles (no cache)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
