"""`jobs serve`: the search, job and salary-insights pages and the JSON API, read-only.

Pages are rendered on the server with Jinja2 (autoescape on: job text is hostile) and
need no JavaScript; the stylesheet ships in the package. Every page's URL holds its
whole state, so a search can be shared and the back button works. The API under /api/
gives `jobs search --format json`'s records and the CLI's error messages, as JSON.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from scraper import __version__
from scraper.errors import JobsError, StorageError
from scraper.web import charts
from scraper.web.query import (
    MAX_INT,
    MAX_LIMIT,
    TREND_DATES,
    Service,
    choice,
    filter_args,
    integer,
    sort_order,
)

HERE = Path(__file__).parent
PAGE_SIZE = 20
# The search page counts matches up to this many past the page ("1–20 of more than 220"):
# an exact count of a common word costs several times the page itself (160 ms for
# "python" on 100k jobs, against 37 ms for the page; bench/serve/README.md).
COUNT_CAP = 200
# Source ids for the search form's list (an index scan), and the insights page's numbers
# (a read of every matching job), are kept this long: jobs change by the scrape, not by
# the second.
SOURCES_TTL = 60.0
INSIGHTS_TTL = 60.0
INSIGHTS_KEPT = 64
INSIGHT_GROUPS = ("role", "level", "country")
# The pages load nothing from elsewhere and run no script: a job's text that slipped
# through as markup could do nothing.
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        b"base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def error_message(exc: BaseException) -> str:
    """An error as the CLI prints it after "jobs: error: ": one line, URLs redacted."""
    from scraper.output import one_line
    from scraper.redact import redact_text

    return one_line(redact_text(str(exc)))


def safe_url(url: Any) -> str | None:
    """A link target only if it is http(s): a job's `javascript:` URL never becomes a link."""
    if isinstance(url, str) and url.startswith(("https://", "http://")) and url.isprintable():
        return url
    return None


def label(value: Any) -> str:
    """A vocabulary value for people: full_time -> Full time, ml-engineer -> Ml engineer."""
    text = str(value or "").replace("_", " ").replace("-", " ")
    return text[:1].upper() + text[1:]


def when(value: str | None) -> str:
    """A record's ISO time for people: 2026-11-20 09:30 UTC."""
    if not value:
        return ""
    return value[:16].replace("T", " ") + " UTC" if "T" in value else value


def place(job: dict[str, Any]) -> str:
    """Where a job is: its location text, else city and country."""
    parts = [job.get("location") or job.get("city")]
    if job.get("country") and job.get("country") not in (parts[0] or ""):
        parts.append(job["country"])
    return ", ".join(p for p in parts if p)


def paragraphs(text: str | None) -> list[str]:
    """A stored description as paragraphs of plain text (shown escaped, never as markup)."""
    from scraper.output import terminal_safe

    if not text:
        return []
    blocks = terminal_safe(text).replace("\r\n", "\n").split("\n\n")
    return [b.strip("\n") for b in blocks if b.strip()]


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    from scraper.output import salary_band

    env.filters.update(label=label, salary=salary_band, safe_url=safe_url, place=place, when=when)
    env.globals.update(version=__version__, paragraphs=paragraphs, money=charts.money)
    return env


class SecurityHeaders:
    """ASGI middleware adding the security headers to every response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; add the headers as the response starts."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, sending)


class Site:
    """The pages and the API over one read-only `Service`."""

    def __init__(self, service: Service):
        self.service = service
        self.env = _environment()
        self.role_names = {r.slug: r.name for r in service.taxonomy.role_defs if r.name}
        # A role by its taxonomy name ("Machine learning engineer"), else its slug as words.
        self.env.filters["role"] = lambda slug: self.role_names.get(slug) or label(slug)
        self._sources: tuple[float, list[str]] = (0.0, [])
        self._insights: dict[tuple[Any, ...], tuple[float, Any]] = {}
        self._lock = threading.Lock()  # pages are answered on a pool of threads

    # -- helpers -------------------------------------------------------------------

    def render(self, name: str, code: int = 200, **context: Any) -> HTMLResponse:
        """A page from its template, with HTTP status `code`."""
        html = self.env.get_template(name).render(**context)
        return HTMLResponse(html, status_code=code)

    def source_ids(self) -> list[str]:
        """The source ids that have jobs, for the search form (read at most once a minute)."""
        at, ids = self._sources
        if time.monotonic() - at > SOURCES_TTL:
            from storage.engine import db_errors

            with db_errors("read the database"):
                ids = sorted(self.service.reader.sources_present(()))
            self._sources = (time.monotonic(), ids)
        return ids

    def form_context(self, request: Request) -> dict[str, Any]:
        """What the filter form needs: the request's values and the choices."""
        params = request.query_params
        return {
            "params": params,
            "values": lambda name: params.getlist(name),
            "value": lambda name: params.get(name, ""),
            "roles": [(r.slug, r.name or label(r.slug)) for r in self.service.taxonomy.role_defs],
            "levels": self.service.taxonomy.levels,
            "sources": self.source_ids(),
        }

    # -- pages ---------------------------------------------------------------------

    def search_page(self, request: Request) -> HTMLResponse:
        """The search page: the filter form and a page of result cards."""
        get = request.query_params.getlist
        context = self.form_context(request)
        try:
            args = filter_args(get, self.service.config)
            sort = sort_order(get, args)
            offset = integer(get, "offset", 0, 0, MAX_INT)
            page = self.service.search(args, sort, PAGE_SIZE, offset, cap=COUNT_CAP)
        except StorageError:
            raise
        except JobsError as exc:
            return self.render("search.html", 400, error=error_message(exc), page=None, **context)
        keep = [(k, v) for k, v in request.query_params.multi_items() if k != "offset" and v]

        def link(to: int) -> str:
            query = keep + ([("offset", str(to))] if to else [])
            return "/?" + urlencode(query) if query else "/"

        prev_link = link(max(0, offset - PAGE_SIZE)) if offset else None
        more = offset + len(page.jobs) < page.total
        next_link = link(offset + PAGE_SIZE) if more else None
        return self.render(
            "search.html",
            error=None,
            page=page,
            prev_link=prev_link,
            next_link=next_link,
            sort=sort,
            **context,
        )

    def job_page(self, request: Request) -> HTMLResponse:
        """One job: its fields, description and every listing."""
        job = self.service.job(_job_id(request))
        if job is None:
            raise HTTPException(404, f"no job with id {request.path_params['job_id']}")
        insights = {k: job[k] for k in ("role", "level", "country") if job.get(k)}
        return self.render("job.html", job=job, insights_link="/insights?" + urlencode(insights))

    def insights_page(self, request: Request) -> HTMLResponse:
        """Salary bands per group (role, level or country) and new jobs per week."""
        get = request.query_params.getlist
        context = self.form_context(request)
        try:
            args = filter_args(get, self.service.config)
            by = choice(request.query_params.get("by") or "role", INSIGHT_GROUPS, "by")
            min_count = integer(get, "min_count", 5, 1, MAX_INT)
            table, weeks = self.insights(args, by, min_count)
        except StorageError:
            raise
        except JobsError as exc:
            return self.render("insights.html", 400, error=error_message(exc), **context)
        return self.render(
            "insights.html",
            error=None,
            by=by,
            min_count=min_count,
            table=table,
            chart=charts.band_chart(table[:20], (by,), self.role_names if by == "role" else None),
            weekly=charts.week_chart(weeks),
            currency=args.currency.strip().upper(),
            **context,
        )

    def insights(self, args: Any, by: str, min_count: int) -> Any:
        """`Service.insights` for the page, kept INSIGHTS_TTL seconds per distinct question."""
        key = (repr(args), by, min_count)
        now = time.monotonic()
        with self._lock:
            kept = self._insights.get(key)
        if kept is not None and now - kept[0] < INSIGHTS_TTL:
            return kept[1]
        found = self.service.insights(args, by, min_count, weeks=12)
        with self._lock:
            if len(self._insights) >= INSIGHTS_KEPT:  # drop the oldest
                del self._insights[min(self._insights, key=lambda k: self._insights[k][0])]
            self._insights[key] = (now, found)
        return found

    # -- API -----------------------------------------------------------------------

    def api_jobs(self, request: Request) -> JSONResponse:
        """GET /api/jobs: a page of records, with the total count."""
        get = request.query_params.getlist
        args = filter_args(get, self.service.config)
        sort = sort_order(get, args)
        limit = integer(get, "limit", PAGE_SIZE, 1, MAX_LIMIT)
        offset = integer(get, "offset", 0, 0, MAX_INT)
        page = self.service.search(args, sort, limit, offset)
        body: dict[str, Any] = {
            "total": page.total,
            "limit": limit,
            "offset": offset,
            "sort": sort,
            "jobs": page.jobs,
        }
        if args.min_salary:
            body["without_salary"] = page.without_salary
        return JSONResponse(body)

    def api_job(self, request: Request) -> JSONResponse:
        """GET /api/jobs/{id}: one job with its description and listings."""
        job = self.service.job(_job_id(request))
        if job is None:
            raise HTTPException(404, f"no job with id {request.path_params['job_id']}")
        return JSONResponse(job)

    def api_stats(self, request: Request) -> JSONResponse:
        """GET /api/stats: salary percentiles per group, or jobs per week with trend=week."""
        from scraper.stats import check_groups

        get = request.query_params.getlist
        args = filter_args(get, self.service.config)
        by = check_groups(request.query_params.get("by") or "role")
        trend = request.query_params.get("trend")
        if trend:
            choice(trend, ("week",), "trend")
            weeks = integer(get, "weeks", 12, 1, 104)
            date = choice(
                request.query_params.get("date") or "first-seen", list(TREND_DATES), "date"
            )
            labels, series = self.service.trend(args, by, weeks, TREND_DATES[date])
            for entry in series:
                entry.pop("chart", None)  # the terminal's sparkline
            return JSONResponse({"by": list(by), "weeks": labels, "series": series})
        min_count = integer(get, "min_count", 5, 1, MAX_INT)
        table = self.service.salary_stats(args, by, min_count)
        return JSONResponse(
            {
                "by": list(by),
                "currency": args.currency.strip().upper(),
                "min_count": min_count,
                "groups": table,
            }
        )

    def api_roles(self, request: Request) -> JSONResponse:
        """GET /api/roles: each role with its number of jobs."""
        include_closed = filter_args(request.query_params.getlist).include_closed
        return JSONResponse({"roles": self.service.roles(include_closed)})

    def api_sources(self, request: Request) -> JSONResponse:
        """GET /api/sources: configured sources and sources with jobs, with their health."""
        return JSONResponse({"sources": self.service.sources()})

    def openapi(self, request: Request) -> JSONResponse:
        """GET /api/openapi.json: the API described in OpenAPI 3.1."""
        from scraper.web.openapi import spec

        return JSONResponse(spec(__version__))


def _job_id(request: Request) -> int:
    job_id = int(request.path_params["job_id"])
    if not 1 <= job_id <= MAX_INT:
        raise HTTPException(404, f"no job with id {request.path_params['job_id']}")
    return job_id


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def create_app(
    service: Service,
    cors_origins: list[str] | None = None,
    allowed_hosts: list[str] | None = None,
) -> Starlette:
    """The web application over `service` (CORS off unless origins are given; any Host
    header unless `allowed_hosts` names them)."""
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware

    site = Site(service)

    def api(handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def endpoint(request: Request) -> Response:
            try:
                return handler(request)
            except StorageError as exc:
                return JSONResponse({"error": error_message(exc)}, status_code=503)
            except JobsError as exc:  # bad input: the CLI's message
                return JSONResponse({"error": error_message(exc)}, status_code=400)

        endpoint.__doc__ = handler.__doc__
        return endpoint

    def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if _is_api(request):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        detail = exc.detail if exc.status_code == 404 else "Something went wrong."
        return site.render("error.html", exc.status_code, status=exc.status_code, message=detail)

    def storage_error(request: Request, exc: Exception) -> Response:
        if _is_api(request):
            return JSONResponse({"error": error_message(exc)}, status_code=503)
        return site.render("error.html", 503, status=503, message=error_message(exc))

    routes = [
        Route("/", site.search_page, name="search"),
        Route("/jobs/{job_id:int}", site.job_page, name="job"),
        Route("/insights", site.insights_page, name="insights"),
        Route("/api/jobs", api(site.api_jobs)),
        Route("/api/jobs/{job_id:int}", api(site.api_job)),
        Route("/api/stats", api(site.api_stats)),
        Route("/api/roles", api(site.api_roles)),
        Route("/api/sources", api(site.api_sources)),
        Route("/api/openapi.json", site.openapi),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    if cors_origins:
        middleware.append(
            Middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET"])
        )
    return Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={HTTPException: http_error, StorageError: storage_error},
    )
