"""`jobs directory` and `jobs discover`: find employers' boards and add them to the config."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from scraper.errors import ConfigError

COLUMNS = ("company", "domain", "adapter", "board", "evidence")


def _config_path(config: Path | None) -> Path:
    """The config file `add` writes: --config, else $JOBS_CONFIG, else ./jobs.toml."""
    from scraper.config import find_config

    return find_config(config) or Path.cwd() / "jobs.toml"


def append_tables(
    path: Path, tables: list[tuple[str, str, str, str]], extra: str = ""
) -> list[str]:
    """Append source tables to the config at `path` (from the starter when it is missing).

    The result is validated before anything is written, and written to a temporary file
    renamed over the old one: an interrupted or invalid write never loses the user's file.
    """
    from scraper.config import parse_config, starter_text
    from scraper.directory import add_to_config

    try:
        text = path.read_text(encoding="utf-8") if path.exists() else starter_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    new, messages = add_to_config(text, tables, extra)
    if new != text or not path.exists():
        parse_config(new, str(path))  # never write a config that would not load
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(new, encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise ConfigError(f"cannot write config file {path}: {exc}") from None
    return messages


def directory(
    words: Annotated[
        list[str] | None,
        typer.Argument(
            help="TEXT to search for; or `add NAME|DOMAIN ...` to add employers to the config.",
            show_default=False,
            metavar="[TEXT | add NAME|DOMAIN...]",
        ),
    ] = None,
    adapter: Annotated[
        str | None,
        typer.Option("--adapter", "-a", help="Only this adapter's boards.", show_default=False),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            help="Config file `add` writes (else $JOBS_CONFIG, else ./jobs.toml).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """List or search the built-in directory of AI/ML/data employers and their boards.

    On a terminal an aligned table; in a pipe tab-separated with a header. `add` appends
    ready [sources.NAME] tables to your config (created from the starter if missing; your
    tables are never changed). `jobs scrape --directory` runs every board without adding.

    \b
    Examples:
      jobs directory robotics  |  jobs directory --adapter lever
      jobs directory add anthropic mistral.ai "Scale AI"
    """
    from scraper import directory as d

    args = list(words or [])
    entries = d.load()
    if args and args[0] == "add":
        names = args[1:]
        if not names:
            raise ConfigError("`jobs directory add` needs at least one NAME or DOMAIN")
        rows = [d.find(entries, name) for name in names]  # all found, or nothing written
        path = _config_path(config)
        tables = [(r.slug, r.adapter, r.board, r.company) for r in rows]
        for message in append_tables(path, tables):
            typer.echo(message)
        typer.echo(f"config: {path}")
        return
    if adapter is not None and adapter not in d.TOKEN_PATTERNS:
        known = ", ".join(sorted({r.adapter for r in entries}))
        raise ConfigError(f"no directory boards for adapter '{adapter}' (adapters: {known})")
    found = d.search(entries, " ".join(args) or None, adapter)
    write_rows([{c: getattr(r, c) for c in COLUMNS} for r in found], sys.stdout)
    if not found:
        typer.echo("no matching employers (try fewer letters, or `jobs discover DOMAIN`)", err=True)
    elif sys.stdout.isatty():
        typer.echo(f"{len(found):,} of {len(entries):,} employers", err=True)


def write_rows(records: list[dict[str, Any]], out: Any) -> None:
    """A fitted table on a terminal, TSV elsewhere (as `jobs search`)."""
    from scraper.view import write_fitted, write_tsv

    if out.isatty():
        import shutil

        write_fitted(records, out, COLUMNS, shutil.get_terminal_size().columns)
    else:
        write_tsv(records, out, COLUMNS)


def discover(
    target: Annotated[
        str, typer.Argument(help="A careers page URL or a domain.", metavar="URL|DOMAIN")
    ],
    add: Annotated[
        bool, typer.Option("--add", help="Append the source table to the config.", metavar="")
    ] = False,
    no_verify: Annotated[
        bool,
        typer.Option("--no-verify", help="Skip the check against the ATS API.", metavar=""),
    ] = False,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            help="Config file `--add` writes (else $JOBS_CONFIG, else ./jobs.toml).",
            show_default=False,
        ),
    ] = None,
    api_base: Annotated[
        str | None, typer.Option("--api-base", hidden=True, help="ATS API base URL (tests).")
    ] = None,
) -> None:
    """Find which ATS a careers page uses and its board, from its links, frames and scripts.

    The page is fetched politely (robots.txt obeyed, size-capped); a bare domain's home
    page is searched for its careers link. The board is then asked for its open jobs with
    the adapter's own request, and the [sources.NAME] table is printed (`--add` writes it).

    \b
    Examples:  jobs discover acme.ai  |  jobs discover https://acme.ai/careers --add
    """
    import asyncio

    from scraper import directory as d
    from scraper.discover import company_of, detect, fetch_pages, verify
    from scraper.fetch import Fetcher, FetchSettings
    from scraper.output import one_line
    from sources import registry

    async def run() -> tuple[str, str, list[Any], tuple[int, bool] | None]:
        async with Fetcher(FetchSettings(retries=1, max_bytes=5 * 1024 * 1024)) as fetcher:
            pages = list(await fetch_pages(target, fetcher))
            url, html = pages[-1]
            for page_url, page_html in pages:
                found = detect(page_url, page_html)
                if found:
                    url, html = page_url, page_html
                    break
            else:
                raise ConfigError(
                    f"no ATS board or JobPosting data found on {url} "
                    "(give the careers page URL itself)"
                )
            installed = found[0].adapter in registry.names()
            counted = None
            if installed and not no_verify:
                counted = await verify(found[0], fetcher, api_base)
            return url, html, found, counted

    url, html, found, counted = asyncio.run(run())
    best = found[0]
    known = next(
        (
            r
            for r in d.load()
            if r.adapter == best.adapter and r.board.lower() == best.board.lower()
        ),
        None,
    )
    company = known.company if known else company_of(html, url)
    name = known.slug if known else d.slugify(company) or d.slugify(best.board)
    typer.echo(f"{one_line(url)}: {best.adapter} board '{one_line(best.board)}' ({best.via})")
    for other in found[1:4]:
        typer.echo(f"  also linked: {other.adapter} board '{one_line(other.board)}'")
    if counted is not None:
        jobs, more = counted
        if jobs:
            typer.echo(f"verified: {jobs:,}{'+' if more else ''} open jobs")
        else:
            typer.echo("verified: the board answers but lists no open jobs now")
    if not no_verify and best.adapter not in registry.names():
        typer.echo(f"not verified: no '{best.adapter}' adapter is installed in this jobs")
    table = d.source_table(name, best.adapter, best.board, company)
    extra = "".join(f"{key} = {str(value).lower()}\n" for key, value in best.options)
    typer.echo("\n" + table + extra, nl=False)
    if add:
        if best.adapter not in registry.names():
            raise ConfigError(f"cannot add a '{best.adapter}' source: its adapter is not installed")
        path = _config_path(config)
        row = (name, best.adapter, best.board, company)
        for message in append_tables(path, [row], extra):
            typer.echo(message)
        typer.echo(f"config: {path}")


def register(app: typer.Typer) -> None:
    """Add the commands to the `jobs` app."""
    app.command()(directory)
    app.command()(discover)
