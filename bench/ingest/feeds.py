"""Deterministic job board feeds in the real formats of Greenhouse, Lever and Ashby.

`Corpus(n)` lays out about n postings over companies of 200 openings each. A company has
a board on one adapter; every fifth opening is also on a second adapter (a cross-source
copy with its own id). `Corpus.body(path)` renders any board page on demand from
(company, opening) seeds, so a server holds nothing: the same path always gives the same
bytes. `serve()` runs a threaded loopback HTTP server over it (run it in its own process).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

ADAPTERS = ("greenhouse", "lever", "ashby")
# The shape: openings per company board and boards per configured source. The defaults are
# many mid-size employers; BENCH_OPENINGS=5000 BENCH_BOARDS=20 is "few big employers"
# (thousands of similar titles per company). Environment, so the server process agrees.
OPENINGS = int(os.environ.get("BENCH_OPENINGS", "200"))
COPY_EVERY = 5  # every fifth opening is also on the company's second adapter
PER_COMPANY = OPENINGS + OPENINGS // COPY_EVERY
LEVER_PAGE = 100  # sources/lever.py PAGE_SIZE
COMPANIES_PER_SOURCE = int(os.environ.get("BENCH_BOARDS", "40"))

_STEMS = ["Northwind", "Contoso", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay",
          "Wonka", "Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent", "Aperture", "Massive",
          "Acme", "Gringotts", "Oscorp", "Pied Piper", "Dunder"]  # fmt: skip
_SECOND = ["Labs", "Systems", "Health", "Robotics", "Analytics", "Cloud", "Energy", "Capital",
           "Media", "Logistics", "Bio", "Games", "Security", "Mobility", "Foods"]  # fmt: skip
_ROLES = ["Software Engineer", "Backend Engineer", "Frontend Engineer", "Data Scientist",
          "Machine Learning Engineer", "Product Manager", "Product Designer", "Data Engineer",
          "Site Reliability Engineer", "Account Executive", "Customer Success Manager",
          "Recruiter", "Financial Analyst", "Marketing Manager", "Security Engineer",
          "Engineering Manager", "Solutions Architect", "Technical Writer", "QA Engineer",
          "Sales Development Representative", "iOS Engineer", "Android Engineer"]  # fmt: skip
_LEVELS = ["", "", "Senior ", "Staff ", "Junior ", "Lead ", "Principal ", "Senior "]
_TEAMS = ["", "", "", ", Platform", ", Payments", ", Growth", ", Infrastructure", ", Search"]
_PLACES = [("Berlin, Germany", "DE", "EUR"), ("London, United Kingdom", "GB", "GBP"),
           ("New York, NY", "US", "USD"), ("San Francisco, CA", "US", "USD"),
           ("Paris, France", "FR", "EUR"), ("Toronto, Canada", "CA", "CAD"),
           ("Amsterdam, Netherlands", "NL", "EUR"), ("Remote", None, "USD"),
           ("Remote - Europe", None, "EUR"), ("Austin, TX", "US", "USD"),
           ("Madrid, Spain", "ES", "EUR"), ("Sydney, Australia", "AU", "AUD")]  # fmt: skip
_PARAGRAPHS = [
    "We build tools that thousands of teams rely on every day, and we care about doing it "
    "well: clear code, careful reviews, and systems that stay up when it matters most.",
    "You will own features end to end, from the first design sketch to the dashboards that "
    "tell us whether they work, working closely with design, product and support.",
    "Our stack is Python, TypeScript and PostgreSQL on Kubernetes; we value people who "
    "learn quickly more than people who already know every tool we happen to use today.",
    "You will mentor colleagues, write and review design documents, and help us decide "
    "what not to build, which is often the most valuable decision a team can make.",
    "We offer competitive pay, equity, a learning budget, flexible hours, generous parental "
    "leave and the equipment you need; we hire across time zones and support relocation.",
    "The team is small and senior, ships every day, and is on call one week in eight; "
    "incidents are reviewed without blame and the fixes are scheduled like any other work.",
]
_BULLETS = ["Python", "SQL", "Kubernetes", "distributed systems", "TypeScript", "React",
            "statistics", "stakeholder management", "Go", "AWS", "Terraform", "Spark",
            "written communication", "negotiation", "Figma", "customer discovery"]  # fmt: skip


def company_name(k: int) -> str:
    """A distinct company name per index."""
    return f"{_STEMS[k % 20]} {_SECOND[(k // 20) % 15]} {k // 300}"


def board_token(k: int) -> str:
    """The company's board token (Lever and Ashby name the company after it)."""
    return company_name(k).lower().replace(" ", "-")


def primary(k: int) -> str:
    """The adapter of a company's main board."""
    return ADAPTERS[k % 3]


def secondary(k: int) -> str:
    """The adapter that carries copies of every fifth opening."""
    return ADAPTERS[(k + 1) % 3]


@dataclass(frozen=True, slots=True)
class Opening:
    """One job opening's facts, shared by all its copies."""

    k: int
    j: int
    title: str
    place: tuple[str, str | None, str]
    salary: tuple[int, int] | None
    department: str
    posted_day: int
    description: str  # HTML, ~3 KB


def opening(k: int, j: int) -> Opening:
    """The opening j of company k (deterministic)."""
    rng = random.Random(k * 100_003 + j)
    role = rng.choice(_ROLES)
    title = f"{rng.choice(_LEVELS)}{role}{rng.choice(_TEAMS)}"
    place = rng.choice(_PLACES)
    low = rng.randrange(60, 220) * 1000
    salary = (low, low + rng.randrange(10, 80) * 1000) if rng.random() < 0.6 else None
    parts = [f"<h3>About the role</h3><p>{role} at {company_name(k)}.</p>"]
    while sum(len(p) for p in parts) < 2_800:
        parts.append(f"<p>{rng.choice(_PARAGRAPHS)}</p>")
        if rng.random() < 0.4:
            items = "".join(f"<li>{b}</li>" for b in rng.sample(_BULLETS, 4))
            parts.append(f"<h3>What you bring</h3><ul>{items}</ul>")
    return Opening(k, j, title, place, salary, role.split()[-1], 1 + (j % 28), "".join(parts))


class Corpus:
    """About n postings laid out as company boards; renders any page on demand."""

    def __init__(self, n: int):
        """Enough companies for n postings (the last one's board is cut short)."""
        self.n = n
        self.companies = -(-n // PER_COMPANY)

    def openings(self, k: int, adapter: str) -> list[int]:
        """The openings company k lists on `adapter` (within the n postings)."""
        base = k * PER_COMPANY
        left = max(0, self.n - base)
        own = list(range(min(OPENINGS, left)))
        if adapter == primary(k):
            return own
        if adapter == secondary(k):
            copies = max(0, left - OPENINGS)
            return [j for j in own if j % COPY_EVERY == 0][:copies]
        return []

    def boards(self, adapter: str) -> list[int]:
        """The companies with a board on `adapter`."""
        return [k for k in range(self.companies) if self.openings(k, adapter)]

    def config(self, base_url: str | dict[str, str]) -> str:
        """A jobs.toml with one source per adapter per COMPANIES_PER_SOURCE boards; each
        adapter's sources use `base_url` (or `base_url[adapter]`)."""
        out = []
        for adapter in ADAPTERS:
            url = base_url if isinstance(base_url, str) else base_url[adapter]
            ks = self.boards(adapter)
            for s in range(0, len(ks), COMPANIES_PER_SOURCE):
                chunk = ks[s : s + COMPANIES_PER_SOURCE]
                tokens = ", ".join(json.dumps(board_token(k)) for k in chunk)
                out.append(
                    f"[sources.{adapter}-{s // COMPANIES_PER_SOURCE}]\n"
                    f'adapter = "{adapter}"\nboards = [{tokens}]\n'
                    f'base_url = "{url}"\ndelay = 0\n'
                )
        return "\n".join(out)

    def company_of(self, token: str) -> int:
        """The company index of a board token."""
        return self._tokens()[token]

    def _tokens(self) -> dict[str, int]:
        cached = getattr(self, "_token_map", None)
        if cached is None:
            cached = {board_token(k): k for k in range(self.companies)}
            self._token_map = cached
        return cached

    def body(self, path: str) -> bytes | None:
        """The response body of a board URL path (with query), or None (404)."""
        parts = urlsplit(path)
        segs = parts.path.strip("/").split("/")
        query = parse_qs(parts.query)
        try:
            if segs[:2] == ["v1", "boards"] and len(segs) == 4:
                k = self.company_of(segs[2])
                return _greenhouse(k, self.openings(k, "greenhouse"))
            if segs[:2] == ["v0", "postings"] and len(segs) == 3:
                k = self.company_of(segs[2])
                skip = int(query.get("skip", ["0"])[0])
                limit = int(query.get("limit", [str(LEVER_PAGE)])[0])
                return _lever(k, self.openings(k, "lever")[skip : skip + limit])
            if segs[:2] == ["posting-api", "job-board"] and len(segs) == 3:
                k = self.company_of(segs[2])
                return _ashby(k, self.openings(k, "ashby"))
        except KeyError:
            return None
        return None

    def pages(self) -> Iterator[str]:
        """Every page path the pipeline will request (for pre-warming or checks)."""
        for k in range(self.companies):
            t = board_token(k)
            if self.openings(k, "greenhouse"):
                yield f"/v1/boards/{t}/jobs?content=true"
            if self.openings(k, "ashby"):
                yield f"/posting-api/job-board/{t}?includeCompensation=true"
            count = len(self.openings(k, "lever"))
            for skip in range(0, count + 1, LEVER_PAGE) if count else ():
                yield f"/v0/postings/{t}?mode=json&skip={skip}&limit={LEVER_PAGE}"


def _iso(day: int) -> str:
    return f"2026-10-{day:02d}T10:00:00Z"


def _greenhouse(k: int, js: list[int]) -> bytes:
    jobs = []
    for j in js:
        o = opening(k, j)
        job: dict[str, object] = {
            "id": 4_000_000 + k * 1000 + j,
            "title": o.title,
            "company_name": company_name(k),
            "absolute_url": f"https://boards.greenhouse.io/{board_token(k)}/jobs/{k * 1000 + j}",
            "location": {"name": o.place[0]},
            "offices": [{"name": o.place[0]}],
            "departments": [{"name": o.department}],
            "metadata": [{"name": "Employment Type", "value": "Full-time"}],
            "first_published": _iso(o.posted_day),
            "updated_at": _iso(o.posted_day),
            "requisition_id": f"R{k}-{j}",
            # Greenhouse entity-escapes its HTML content.
            "content": html.escape(o.description, quote=False),
        }
        if o.salary:
            job["pay_input_ranges"] = [
                {
                    "min_cents": o.salary[0] * 100,
                    "max_cents": o.salary[1] * 100,
                    "currency_type": o.place[2],
                    "title": "Base salary",
                }
            ]
        jobs.append(job)
    return json.dumps({"jobs": jobs, "meta": {"total": len(jobs)}}).encode()


def _lever(k: int, js: list[int]) -> bytes:
    postings = []
    for j in js:
        o = opening(k, j)
        ident = f"{k:08x}-0000-4000-8000-{j:012x}"
        posting: dict[str, object] = {
            "id": ident,
            "text": o.title,
            "categories": {
                "commitment": "Full-time",
                "department": o.department,
                "location": o.place[0],
                "team": o.department,
                "allLocations": [o.place[0]],
            },
            "country": o.place[1],
            "workplaceType": "remote" if o.place[1] is None else "onsite",
            "createdAt": 1_790_000_000_000 + o.posted_day * 86_400_000,
            "description": o.description,
            "lists": [{"text": "Requirements", "content": "<li>Curiosity</li>"}],
            "additional": "<div>We sponsor visas.</div>",
            "hostedUrl": f"https://jobs.lever.co/{board_token(k)}/{ident}",
            "applyUrl": f"https://jobs.lever.co/{board_token(k)}/{ident}/apply",
        }
        if o.salary:
            posting["salaryRange"] = {
                "min": o.salary[0],
                "max": o.salary[1],
                "currency": o.place[2],
                "interval": "per-year-salary",
            }
        postings.append(posting)
    return json.dumps(postings).encode()


def _ashby(k: int, js: list[int]) -> bytes:
    jobs = []
    for j in js:
        o = opening(k, j)
        ident = f"{k:08x}-aaaa-4000-8000-{j:012x}"
        job: dict[str, object] = {
            "id": ident,
            "title": o.title,
            "department": o.department,
            "team": o.department,
            "employmentType": "FullTime",
            "location": o.place[0],
            "secondaryLocations": [],
            "publishedAt": _iso(o.posted_day),
            "isListed": True,
            "isRemote": o.place[1] is None,
            "workplaceType": "Remote" if o.place[1] is None else "OnSite",
            "address": {"postalAddress": {"addressCountry": o.place[1] or ""}},
            "jobUrl": f"https://jobs.ashbyhq.com/{board_token(k)}/{ident}",
            "applyUrl": f"https://jobs.ashbyhq.com/{board_token(k)}/{ident}/application",
            "descriptionHtml": o.description,
            "compensation": {},
        }
        if o.salary:
            job["compensation"] = {
                "compensationTierSummary": f"{o.salary[0] // 1000}K - {o.salary[1] // 1000}K",
                "summaryComponents": [
                    {
                        "compensationType": "Salary",
                        "interval": "1 YEAR",
                        "currencyCode": o.place[2],
                        "minValue": o.salary[0],
                        "maxValue": o.salary[1],
                    }
                ],
            }
        jobs.append(job)
    return json.dumps({"apiVersion": "1", "jobs": jobs}).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real APIs
    corpus: Corpus

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = self.corpus.body(self.path)
        status = 200 if body is not None else 404
        body = body if body is not None else b'{"error": "not found"}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client closing its keep-alive connection is not news


# One loopback address per adapter: the real APIs are three hosts, so the fetcher's
# per-host limits apply to each as they would in production (127.0.0.0/8 is all loopback).
HOSTS = {"greenhouse": "127.0.0.1", "lever": "127.0.0.2", "ashby": "127.0.0.3"}


def serve(n: int) -> None:
    """Serve the corpus of n postings on free ports of HOSTS; print `URLS <json>`; stop on EOF."""
    import threading

    handler = type("Handler", (_Handler,), {"corpus": Corpus(n)})
    servers = {adapter: _Server((host, 0), handler) for adapter, host in HOSTS.items()}
    for server in servers.values():
        threading.Thread(target=server.serve_forever, daemon=True).start()
    urls = {a: f"http://{HOSTS[a]}:{s.server_address[1]}" for a, s in servers.items()}
    print(f"URLS {json.dumps(urls)}", flush=True)
    sys.stdin.read()  # the parent closes our stdin when it is done
    for server in servers.values():
        server.shutdown()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    serve(ap.parse_args().n)
