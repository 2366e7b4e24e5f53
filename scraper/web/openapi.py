"""The OpenAPI 3.1 description of `jobs serve`'s JSON API, written from the filter table."""

from __future__ import annotations

from typing import Any

from scraper.models import OPTIONAL_FIELDS, RECORD_FIELDS
from scraper.web.query import FILTERS, MAX_LIMIT, SORTS

_ERROR = {
    "description": "Bad input (400), no such job (404) or an unreadable database (503): "
    "the CLI's message.",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {"error": {"type": "string"}},
                "required": ["error"],
            }
        }
    },
}


def _param(name: str, kind: str, help_text: str) -> dict[str, Any]:
    schema: dict[str, Any]
    if kind == "list":
        schema = {"type": "array", "items": {"type": "string"}}
    elif kind == "bool":
        schema = {"type": "boolean"}
    elif kind == "int":
        schema = {"type": "integer", "minimum": 0}
    else:
        schema = {"type": "string"}
    param: dict[str, Any] = {"name": name, "in": "query", "description": help_text}
    param["schema"] = schema
    if kind == "list":
        param["explode"] = True
    return param


def _ok(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "200": {"description": description, "content": {"application/json": {"schema": schema}}},
        "400": _ERROR,
        "503": _ERROR,
    }


def _record(extra: tuple[str, ...] = ()) -> dict[str, Any]:
    props: dict[str, Any] = {name: {} for name in RECORD_FIELDS + extra}
    props["id"] = {"type": "integer"}
    props["sources"] = {"type": "array", "items": {"type": "string"}}
    return {"type": "object", "properties": props, "required": list(RECORD_FIELDS)}


def spec(version: str) -> dict[str, Any]:
    """The OpenAPI document."""
    filters = [_param(p.name, p.kind, p.help) for p in FILTERS]
    paging = [
        _param("sort", "str", f"One of {', '.join(SORTS)} (default: relevance with q)."),
        _param("limit", "int", f"Jobs per page, 1 to {MAX_LIMIT} (default 20)."),
        _param("offset", "int", "Skip this many first (default 0)."),
    ]
    job_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
    stats = [
        _param(
            "by",
            "str",
            "Group by any of role, level, country, city, company, source, "
            "remote, employment_type (comma-separated; default role).",
        ),
        _param("min_count", "int", "Salaries a group needs for its percentiles (default 5)."),
        _param("trend", "str", "'week': jobs per week per group instead of salaries."),
        _param("weeks", "int", "Weeks of trend, 1 to 104 (default 12)."),
        _param("date", "str", "What trend counts by: first-seen (default) or posted."),
    ]
    page = {
        "type": "object",
        "properties": {
            "total": {"type": "integer"},
            "limit": {"type": "integer"},
            "offset": {"type": "integer"},
            "sort": {"type": "string"},
            "without_salary": {"type": "integer"},
            "jobs": {"type": "array", "items": _record()},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "jobs",
            "version": version,
            "description": "Read-only access to a local jobs database: the records and "
            "error messages of `jobs search --format json`.",
        },
        "paths": {
            "/api/jobs": {
                "get": {
                    "summary": "Search jobs (open ones; newest first, or best match with q).",
                    "parameters": filters + paging,
                    "responses": _ok("A page of jobs and the total count.", page),
                }
            },
            "/api/jobs/{id}": {
                "get": {
                    "summary": "One job with its description and every listing.",
                    "parameters": [job_id],
                    "responses": {
                        **_ok("The job.", _record(OPTIONAL_FIELDS)),
                        "404": _ERROR,
                    },
                }
            },
            "/api/stats": {
                "get": {
                    "summary": "Annual salary percentiles per group, or jobs per week.",
                    "parameters": filters + stats,
                    "responses": _ok("Groups (or weekly series).", {"type": "object"}),
                }
            },
            "/api/roles": {
                "get": {
                    "summary": "Role categories with their number of jobs.",
                    "parameters": [_param("include_closed", "bool", "Count closed jobs too.")],
                    "responses": _ok("Roles.", {"type": "object"}),
                }
            },
            "/api/sources": {
                "get": {
                    "summary": "Configured sources and sources with jobs, with their health.",
                    "responses": _ok("Sources.", {"type": "object"}),
                }
            },
        },
    }
