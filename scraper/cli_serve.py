"""`jobs serve` (web pages and JSON API) and `jobs mcp` (an MCP server over stdio).

Both open the database read-only and import their web libraries only when they run: the
other commands' start-up never pays for Starlette, uvicorn, Jinja2 or the MCP SDK.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Annotated, Any

import typer

from scraper.cli_filters import DbOpt
from scraper.errors import JobsError

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def _service(db: str | None, config: Path | None) -> Any:
    from scraper.web.query import Service
    from storage.engine import resolve_db

    return Service(resolve_db(db), config)


def _need(module: str) -> None:
    """Fail with the install hint when the `serve` extra is missing."""
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise JobsError(f"`{module}` is not installed: pip install 'jobs[serve]'")


def serve(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (only this machine by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="Port.")] = 8080,
    cors: Annotated[
        list[str] | None,
        typer.Option(
            "--cors-origin",
            metavar="ORIGIN",
            help="Let pages from this origin call the API (repeatable; CORS is off by default).",
        ),
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="Config file (taxonomy, sources).")
    ] = None,
    db: DbOpt = None,
) -> None:
    """Serve the job board in a browser (search, job and salary-insights pages) and a JSON
    API under /api/, read-only.

    \b
    Examples:
      jobs serve                      then open http://127.0.0.1:8080/
      jobs serve --port 9000 --db /srv/jobs.db
      curl 'http://127.0.0.1:8080/api/jobs?q=python&country=DE&limit=5'
    """
    for module in ("starlette", "uvicorn", "jinja2"):
        _need(module)
    import uvicorn

    from scraper.web.app import create_app

    service = _service(db, config)
    try:
        # On this machine only, pages answer only to its own names: a web page whose
        # domain is rebound to 127.0.0.1 (DNS rebinding) gets a 400, not the database.
        local = host in LOCAL_HOSTS
        hosts = ["127.0.0.1", "localhost", "[::1]", "::1"] if local else None
        app = create_app(service, cors_origins=list(cors or ()), allowed_hosts=hosts)
        sock = _listen(host, port)
        if not local:
            typer.echo(
                f"jobs: warning: listening on {host}: other machines can read this database",
                err=True,
            )
        shown = f"[{host}]" if ":" in host else host
        port = sock.getsockname()[1]  # the one chosen for --port 0
        typer.echo(f"jobs: serving on http://{shown}:{port}/ (Ctrl+C to stop)", err=True)
        # Access logs off: a search's query string is the reader's business.
        settings = uvicorn.Config(app, log_level="warning", access_log=False)
        with sock:
            uvicorn.Server(settings).run(sockets=[sock])
    finally:
        service.close()


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port, or one clear line (uvicorn would log and exit 3)."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = found[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise JobsError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise JobsError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def mcp(
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="Config file (taxonomy, sources).")
    ] = None,
    db: DbOpt = None,
) -> None:
    """Answer Model Context Protocol requests over stdio (tools search_jobs, get_job,
    salary_stats), read-only: for assistants to query the local job database.

    \b
    Example client configuration:  {"command": "jobs", "args": ["mcp", "--db", "/path/jobs.db"]}
    """
    _need("mcp")
    from scraper.web.mcp_server import run

    service = _service(db, config)
    try:
        run(service)
    finally:
        service.close()
