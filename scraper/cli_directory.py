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


def append_tables(path: Path, tables: list[tuple[str, str, str, str]]) -> list[str]:
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
    new, messages = add_to_config(text, tables)
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


def register(app: typer.Typer) -> None:
    """Add the commands to the `jobs` app."""
    app.command()(directory)
