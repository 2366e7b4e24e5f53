"""Accuracy of salary, country and remote on real postings kept outside the repository.

The postings are the recorded API responses in a samples folder (by default
/work/shared/samples, see its PROVENANCE.md); only hand-made labels live here
(heldout_labels.json: per posting, the expected salary band, country and workplace). The
labels are keyed by a hash of 'folder/file#source_id', so not even the sample's ids or URL
slugs are copied here; the script prints the readable key next to each miss.

    PYTHONPATH=. python bench/normalize/heldout.py [SAMPLES_DIR]            # score
    PYTHONPATH=. python bench/normalize/heldout.py [SAMPLES_DIR] --dump     # predictions

Greenhouse, Lever and Ashby go through the project's adapters; other formats through the
small field mappings below (what their adapters are expected to hand over).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scraper.errors import ParseError
from scraper.models import Posting
from scraper.normalize import normalize
from sources.ashby import Ashby
from sources.base import Adapter, Page, RawListing, Request
from sources.greenhouse import Greenhouse
from sources.lever import Lever

HERE = Path(__file__).parent
FETCHED = datetime(2026, 11, 27, tzinfo=UTC)


def _adapter_listings(cls: type[Adapter], path: Path) -> Iterator[RawListing]:
    adapter = cls("heldout", {"boards": [path.stem]})
    request = Request(f"https://example.invalid/{path.stem}", meta={"board": path.stem})
    page = Page(request, request.url, 200, {}, path.read_bytes(), FETCHED)
    try:
        for item in adapter.parse(page):
            if isinstance(item, RawListing):
                yield item
    except ParseError:  # a single-object sample is not a board page
        return


def _remoteok(job: dict[str, Any]) -> RawListing:
    # RemoteOK states pay in USD per year (0 = unknown); its adapter says so.
    paid = bool(job.get("salary_min") or job.get("salary_max"))
    return RawListing(
        source_id=str(job["id"]), url=job["url"], title=job["position"], company=job["company"],
        location=job.get("location"), remote=True, salary_min=job.get("salary_min"),
        salary_max=job.get("salary_max"), salary_currency="USD" if paid else None,
        salary_period="year" if paid else None, posted_at=job.get("epoch"),
        description_html=job.get("description"), tags=tuple(job.get("tags") or ()),
    )  # fmt: skip


def _remotive(job: dict[str, Any]) -> RawListing:
    return RawListing(
        source_id=str(job["id"]), url=job["url"], title=job["title"],
        company=job["company_name"], location=job.get("candidate_required_location"),
        remote=True, employment_type=job.get("job_type"), salary_text=job.get("salary"),
        posted_at=job.get("publication_date"), description_html=job.get("description"),
    )  # fmt: skip


def _jobicy(job: dict[str, Any]) -> RawListing:
    return RawListing(
        source_id=str(job["id"]), url=job["url"], title=job["jobTitle"],
        company=job["companyName"], location=job.get("jobGeo"), remote=True,
        employment_type=", ".join(job.get("jobType") or []) or None,
        salary_min=job.get("salaryMin") or job.get("annualSalaryMin"),
        salary_max=job.get("salaryMax") or job.get("annualSalaryMax"),
        salary_currency=job.get("salaryCurrency"), salary_period=job.get("salaryPeriod"),
        posted_at=job.get("pubDate"), description_html=job.get("jobDescription"),
    )  # fmt: skip


def _himalayas(job: dict[str, Any]) -> RawListing:
    places = tuple(job.get("locationRestrictions") or ())
    return RawListing(
        source_id=str(job.get("guid")), url=job.get("applicationLink") or "",
        title=job["title"], company=job["companyName"],
        location=places[0] if places else None, locations=places[1:], remote=True,
        employment_type=job.get("employmentType"), salary_min=job.get("minSalary"),
        salary_max=job.get("maxSalary"), salary_currency=job.get("currency"),
        salary_period=job.get("salaryPeriod"), posted_at=job.get("pubDate"),
        description_html=job.get("description"),
    )  # fmt: skip


def _arbeitnow(job: dict[str, Any]) -> RawListing:
    return RawListing(
        source_id=job["slug"], url=job["url"], title=job["title"], company=job["company_name"],
        location=job.get("location"), remote=bool(job.get("remote")),
        employment_type=", ".join(job.get("job_types") or []) or None,
        posted_at=job.get("created_at"), description_html=job.get("description"),
    )  # fmt: skip


def _workable(job: dict[str, Any]) -> RawListing:
    places = [
        ", ".join(x for x in (p.get("city"), p.get("region"), p.get("country")) if x)
        for p in job.get("locations") or []
    ]
    return RawListing(
        source_id=job["shortcode"], url=job["url"], title=job["title"], company="workable",
        location=places[0] if places else None, locations=tuple(places[1:]),
        country=(job.get("locations") or [{}])[0].get("countryCode"),
        remote=bool(job.get("telecommuting")), employment_type=job.get("employment_type"),
        posted_at=job.get("published_on"), description_html=job.get("description"),
    )  # fmt: skip


def _recruitee(job: dict[str, Any]) -> RawListing:
    salary = job.get("salary") or {}
    remote = "remote" if job.get("remote") else "hybrid" if job.get("hybrid") else None
    if remote is None and job.get("on_site"):
        remote = "onsite"
    return RawListing(
        source_id=str(job["id"]), url=job["careers_url"], title=job["title"],
        company=job.get("company_name") or "recruitee", location=job.get("location"),
        country=job.get("country_code"), remote=remote,
        salary_min=salary.get("min"), salary_max=salary.get("max"),
        salary_currency=salary.get("currency"), salary_period=salary.get("period"),
        posted_at=job.get("published_at"), description_html=job.get("description"),
    )  # fmt: skip


MAPPED: dict[str, tuple[Callable[[Any], list[dict[str, Any]]], Callable[..., RawListing]]] = {
    "remoteok": (lambda d: [j for j in d if "id" in j], _remoteok),
    "remotive": (lambda d: d["jobs"], _remotive),
    "jobicy": (lambda d: d["jobs"], _jobicy),
    "himalayas": (lambda d: d["jobs"], _himalayas),
    "arbeitnow": (lambda d: d["data"], _arbeitnow),
    "workable": (lambda d: d.get("jobs") or [], _workable),
    "recruitee": (lambda d: d.get("offers") or [], _recruitee),
}
ADAPTERS: dict[str, type[Adapter]] = {"greenhouse": Greenhouse, "lever": Lever, "ashby": Ashby}


def postings(samples: Path) -> dict[str, Posting]:
    """Every sample posting normalised, keyed 'folder/file#source_id'."""
    out: dict[str, Posting] = {}
    for folder in sorted(samples.iterdir()):
        for path in sorted(folder.glob("*.json")):
            if folder.name in ADAPTERS:
                raws = list(_adapter_listings(ADAPTERS[folder.name], path))
            elif folder.name in MAPPED:
                items, convert = MAPPED[folder.name]
                raws = [convert(job) for job in items(json.loads(path.read_bytes()))]
            else:
                continue
            for raw in raws:
                key = f"{folder.name}/{path.stem}#{raw.source_id}"
                out[key] = normalize(raw, folder.name, FETCHED)
    return out


def label_key(key: str) -> str:
    """The hashed key a posting's label is stored under."""
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def predicted(p: Posting) -> dict[str, Any]:
    """The scored fields of one posting."""
    salary = None
    if p.salary_min is not None or p.salary_max is not None:
        salary = [p.salary_min, p.salary_max, p.salary_currency, p.salary_period]
    return {"salary": salary, "country": p.country, "remote": p.remote}


def main() -> None:
    """Score (or dump) the predictions against the labels."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    samples = Path(args[0] if args else "/work/shared/samples")
    found = postings(samples)
    if "--dump" in sys.argv:
        print(json.dumps({k: predicted(p) for k, p in found.items()}, indent=1))
        return
    stored: dict[str, dict[str, Any]] = json.loads(
        (HERE / "heldout_labels.json").read_text("utf-8")
    )
    readable = {label_key(k): k for k in found}
    labels = {readable[h]: v for h, v in stored.items() if h in readable}
    for field in ("salary", "country", "remote"):
        scored = [k for k in labels if k in found and field in labels[k]]
        right = [k for k in scored if predicted(found[k])[field] == labels[k][field]]
        print(f"{field:8} {len(right)}/{len(scored)} = {len(right) / max(1, len(scored)):.1%}")
        for k in sorted(set(scored) - set(right)):
            print(f"   miss {k}: got {predicted(found[k])[field]!r}, want {labels[k][field]!r}")
    invented = [
        k for k in labels if k in found and "salary" in labels[k] and labels[k]["salary"] is None
        and predicted(found[k])["salary"] is not None
    ]  # fmt: skip
    print(f"salary invented where the posting has none: {len(invented)}")
    missing = len(stored) - len(labels)
    if missing:
        print(f"labelled but not found in the samples: {missing}")


if __name__ == "__main__":
    main()
