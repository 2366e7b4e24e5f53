"""`jobs mcp`: the job database as Model Context Protocol tools over stdio, read-only.

Tools: search_jobs, get_job, salary_stats. Their filters are the search filters of the
CLI and the API (their arguments are written from `scraper.web.query.FILTERS`), their records
`jobs search --format json`'s, and a bad filter answers with the CLI's message.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from scraper.errors import JobsError
from scraper.web.query import (
    FILTERS,
    MAX_INT,
    MAX_LIMIT,
    Service,
    filter_args,
    integer,
    sort_order,
)

INSTRUCTIONS = (
    "Search a local database of AI/ML/data job postings collected from public job boards. "
    "search_jobs finds open jobs (filters combine with AND; repeatable ones with OR), "
    "get_job gives one job with its description and every listing, salary_stats gives "
    "annual salary percentiles per role, level, country... Salaries are annualised."
)


def _getter(values: dict[str, Any]) -> Callable[[str], list[str]]:
    """Tool arguments as the query layer reads request parameters: name -> every value."""

    def get(name: str) -> list[str]:
        value = values.get(name)
        if value is None or value is False:
            return []
        if value is True:
            return ["true"]
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return [str(value)]

    return get


_KINDS: dict[str, Any] = {"str": str | None, "list": list[str] | None, "bool": bool}


def _arg(name: str, kind: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=kind, default=default)


def _filters(skip: tuple[str, ...] = ()) -> list[inspect.Parameter]:
    """The search filters as tool arguments: one list (FILTERS) for the API and the tools."""
    return [
        _arg(p.name, _KINDS[p.kind], False if p.kind == "bool" else None)
        for p in FILTERS
        if p.name not in skip
    ]


def _takes(tool: Callable[..., Any], params: list[inspect.Parameter]) -> None:
    """Give a `**arguments` tool its named, typed arguments (the SDK builds the schema)."""
    tool.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        params, return_annotation=dict[str, Any]
    )


def build(service: Service) -> Any:
    """The MCP server with its three tools over `service`."""
    from mcp.server.mcpserver import MCPServer
    from mcp.server.mcpserver.exceptions import ToolError

    from scraper import __version__

    server = MCPServer("jobs", version=__version__, instructions=INSTRUCTIONS, log_level="WARNING")

    def answer(work: Callable[[], Any]) -> Any:
        try:
            return work()
        except JobsError as exc:  # bad input or an unreadable database: the CLI's line
            from scraper.web.app import error_message

            raise ToolError(error_message(exc)) from None

    def search_jobs(**arguments: Any) -> dict[str, Any]:
        """Search jobs. q: full-text words, "phrases", OR, -excluded. role: slugs such as
        ml-engineer, data-scientist. level: intern, junior, mid, senior, lead, executive.
        workplace: remote, hybrid, onsite. country: ISO code or name. min_salary: annual
        (150k) in currency (default USD). since / posted_since: 7d, 24h, 2w or a date.
        sort: relevance (default with q), newest or salary. limit: 1-100. Returns the total
        number of matches and a page of job records."""
        get = _getter(arguments)

        def run() -> dict[str, Any]:
            args = filter_args(get, service.config)
            order = sort_order(get, args)
            size = integer(get, "limit", 20, 1, MAX_LIMIT)
            skip = integer(get, "offset", 0, 0, MAX_INT)
            page = service.search(args, order, size, skip)
            return {"total": page.total, "limit": size, "offset": skip, "jobs": page.jobs}

        return answer(run)  # type: ignore[no-any-return]

    def get_job(id: int) -> dict[str, Any]:
        """One job by its id: every field, the description and every listing with its link."""

        def run() -> dict[str, Any]:
            job = service.job(id) if 1 <= id <= MAX_INT else None
            if job is None:
                raise JobsError(f"no job with id {id}")
            return job

        return answer(run)  # type: ignore[no-any-return]

    def salary_stats(**arguments: Any) -> dict[str, Any]:
        """Annual salary percentiles (p10, p25, median, p75, p90) and job counts per group.
        by: comma-separated role, level, country, city, company, source, remote,
        employment_type. currency: of the amounts (default USD). min_count: salaries a
        group needs for percentiles. Other arguments filter as in search_jobs."""
        from scraper.stats import check_groups

        get = _getter(arguments)

        def run() -> dict[str, Any]:
            groups = check_groups(arguments.get("by") or "role")
            args = filter_args(get, service.config)
            least = integer(get, "min_count", 5, 1, MAX_INT)
            table = service.salary_stats(args, groups, least)
            return {"by": list(groups), "currency": args.currency.upper(), "groups": table}

        return answer(run)  # type: ignore[no-any-return]

    paging = [_arg("sort", str | None, None), _arg("limit", int, 20), _arg("offset", int, 0)]
    _takes(search_jobs, _filters() + paging)
    # Stats need no paging, sort, salary floor or latest-run filter.
    grouping = [_arg("by", str, "role"), _arg("min_count", int, 5)]
    _takes(salary_stats, grouping + _filters(skip=("min_salary", "new")))
    for tool in (search_jobs, get_job, salary_stats):
        server.add_tool(tool)
    return server


def run(service: Service) -> None:
    """Serve MCP over stdin/stdout until the client closes the connection."""
    build(service).run("stdio")
