"""`jobs watch ...` and `jobs feed`: saved searches, their deliveries, Atom feeds.

Registered on the main app by scraper/cli.py; `after_scrape` is what `jobs scrape` calls
once its sources are done.
"""

from __future__ import annotations

import dataclasses
import hashlib
import inspect
import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from scraper.cli_filters import DbOpt, FilterArgs, with_filters
from scraper.errors import ConfigError, JobsError

F = TypeVar("F", bound=Callable[..., Any])

watch_app = typer.Typer(
    help="Saved searches that send new matching jobs: to stdout, webhooks, chat, email.",
    no_args_is_help=True,
)

ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="Config file (else $JOBS_CONFIG, else ./jobs.toml): its [watches.*], [smtp].",
        show_default=False,
    ),
]
NameArg = Annotated[
    str, typer.Argument(help="The watch's name.", show_default=False, metavar="NAME")
]

EXIT_SOME_FAILED = 2


def _positional_first(name: str, option: tuple[str, str] | None = None) -> Callable[[F], F]:
    """Put parameter `name` first among the positionals of a `with_filters` command; with
    `option`, turn the filters' TEXT argument into that option (`jobs feed --search`)."""

    def reshape(func: F) -> F:
        sig = inspect.signature(func)
        params = list(sig.parameters.values())
        first = next(p for p in params if p.name == name)
        rest = []
        for p in params:
            if p.name == name:
                continue
            if option is not None and p.name == "text":
                flag, helptext = option
                kind = Annotated[str | None, typer.Option(flag, help=helptext)]
                p = p.replace(kind=inspect.Parameter.KEYWORD_ONLY, annotation=kind)
            rest.append(p)
        params = [first.replace(kind=inspect.Parameter.POSITIONAL_OR_KEYWORD), *rest]
        func.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]
        func.__annotations__ = {p.name: p.annotation for p in params}
        return func

    return reshape


def _query(filters: FilterArgs) -> dict[str, Any]:
    """A watch's stored options: the filter options as typed, checked."""
    from scraper.watch import QUERY_KEYS, clean_query

    if filters.new or filters.include_closed:
        raise ConfigError(
            "a watch sends new open jobs by itself: --new and --include-closed do not apply"
        )
    return clean_query({k: getattr(filters, k) for k in QUERY_KEYS})


def _open(db: str | None, *, create: bool = False) -> Any:
    """The database of the watches; only `watch add` may create it (a mistyped --db on
    `watch list` must not leave an empty database behind, as for `jobs search`)."""
    from scraper.matching import JobMatching
    from storage.engine import require_existing, resolve_db
    from storage.store import Store

    target = resolve_db(db)
    if not create:
        require_existing(target)
    return Store(target, matching=JobMatching())


@watch_app.command("add")
@_positional_first("name")
@with_filters
def add(
    filters: FilterArgs,
    name: NameArg,
    notify: Annotated[
        list[str],
        typer.Option(
            "--notify",
            metavar="TARGET",
            help="stdout, webhook:URL, slack:URL, discord:URL, ntfy:URL or email:ADDRESS "
            "(repeatable). A URL may be $ENV_VAR, to keep it out of the database.",
        ),
    ],
    secret_env: Annotated[
        str | None,
        typer.Option(
            "--secret-env",
            metavar="VAR",
            help="Sign webhook posts (X-Jobs-Signature: sha256=HMAC) with the secret in "
            "this environment variable.",
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", min=1, max=1000, help="Jobs listed per digest.")
    ] = 20,
    db: DbOpt = None,
) -> None:
    """Save a search; each run then sends the matching jobs it has not sent before.

    Only jobs first seen from now on are sent (give --since 7d to start with a week's).

    \b
    Examples:
      jobs watch add ml-berlin --role ml-engineer --country DE --notify stdout
      jobs watch add remote-llm "llm" --remote --notify 'slack:$SLACK_HOOK_URL'
      jobs watch add big --min-salary 200k --notify email:me@example.com
    """
    from scraper.notify import parse_target
    from scraper.watch import check_env_name, check_name
    from storage.watches import Watches

    check_name(name)
    targets = [str(parse_target(t)) for t in notify]
    if secret_env:
        check_env_name(secret_env, "--secret-env")
    query = _query(filters)
    store = _open(db, create=True)
    try:
        filters_for_check = FilterArgs(**query, config=filters.config)
        filters_for_check.build(store)  # a bad role, country or amount fails now
        Watches(store.engine).save(
            name,
            query,
            targets,
            origin="cli",
            secret_env=secret_env,
            digest_limit=limit,
            created_at=datetime.now(UTC),
        )
    finally:
        store.close()
    typer.echo(f"watch {name} saved; `jobs watch test {name}` sends a sample")


def _describe(query: dict[str, Any]) -> str:
    """The options of a watch as they would be typed."""
    from scraper.output import one_line

    parts: list[str] = []
    for key, value in query.items():
        flag = "--" + key.replace("_", "-")
        if key == "text":
            parts.insert(0, json.dumps(value, ensure_ascii=False))
        elif value is True:
            parts.append(flag)
        elif isinstance(value, list):
            parts += [f"{flag} {json.dumps(v, ensure_ascii=False)}" for v in value]
        else:
            parts.append(f"{flag} {json.dumps(value, ensure_ascii=False)}")
    return one_line(" ".join(parts)) or "(every job)"


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else "never"


def _rows(config: Path | None, db: str | None) -> list[Any]:
    from scraper.config import load_config
    from scraper.watch import sync_config
    from storage.watches import Watches

    cfg = load_config(config)
    store = _open(db)
    try:
        sync_config(store, cfg)
        return Watches(store.engine).all()
    finally:
        store.close()


@watch_app.command("list")
def list_watches(config: ConfigOpt = None, db: DbOpt = None) -> None:
    """List watches: each destination's last delivery, jobs sent, and last error."""
    from scraper.notify import Target
    from scraper.output import one_line

    rows = _rows(config, db)
    if not rows:
        typer.echo("no watches yet (jobs watch add NAME ... --notify stdout)", err=True)
        return
    for row in rows:
        typer.echo(f"{row.name}  [{row.origin}]  {_describe(row.query)}")
        for t in row.targets:
            kind, _, address = t.target.partition(":")
            line = (
                f"    -> {Target(kind, address).shown()}  sent {t.sent}  "
                f"last sent {_when(t.last_sent_at)}"
            )
            if t.last_error:
                retry = _when(t.next_attempt_at) if t.next_attempt_at else "next run"
                line += (
                    f"  last error ({t.failures} in a row, retry {retry}): {one_line(t.last_error)}"
                )
            typer.echo(line)


@watch_app.command("show")
def show(name: NameArg, config: ConfigOpt = None, db: DbOpt = None) -> None:
    """Show one watch: its filters, destinations, and how many matches wait to be sent."""
    from scraper.config import load_config
    from scraper.notify import Target
    from scraper.output import one_line
    from scraper.watch import filters_for, sync_config
    from storage.watches import Watches

    cfg = load_config(config)
    store = _open(db)
    try:
        sync_config(store, cfg)
        watches = Watches(store.engine)
        row = watches.get(name)
        if row is None:
            raise JobsError(f"no watch named '{name}' (jobs watch list shows them)")
        path = Path(cfg.origin) if Path(cfg.origin).is_file() else None
        filters = filters_for(store, row.query, path, row.created_at)
        typer.echo(f"watch:    {row.name} ({row.origin})")
        typer.echo(f"filters:  {_describe(row.query)}")
        typer.echo(f"created:  {_when(row.created_at)} UTC (jobs first seen since then are sent)")
        typer.echo(f"digest:   at most {row.digest_limit} jobs listed, the rest counted")
        if row.secret_env:
            typer.echo(f"signing:  secret from ${row.secret_env}")
        for t in row.targets:
            kind, _, address = t.target.partition(":")
            waiting = store.count(dataclasses.replace(filters, unsent_to=t.id))
            typer.echo(
                f"to:       {Target(kind, address).shown()}: sent {t.sent}, last "
                f"{_when(t.last_sent_at)}, {waiting} waiting"
            )
            if t.last_error:
                typer.echo(f"          last error: {one_line(t.last_error)}")
    finally:
        store.close()


@watch_app.command("rm")
def remove(name: NameArg, db: DbOpt = None) -> None:
    """Delete a watch and its delivery history (a config watch comes back on the next run)."""
    from storage.watches import Watches

    store = _open(db)
    try:
        if not Watches(store.engine).remove(name):
            raise JobsError(f"no watch named '{name}' (jobs watch list shows them)")
    finally:
        store.close()
    typer.echo(f"watch {name} removed")


def _report(outcomes: Sequence[Any], quiet: bool = False) -> bool:
    """Print outcomes on stderr (only failures when quiet); whether any failed."""
    failed = False
    for outcome in outcomes:
        failed = failed or outcome.failed
        if quiet and not outcome.failed:
            continue
        if not quiet or outcome.status != "nothing":
            typer.echo(outcome.line(), err=True)
    return failed


@watch_app.command("run")
def run(
    names: Annotated[
        list[str] | None,
        typer.Argument(help="Watches to run (default: all).", show_default=False, metavar="NAME"),
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only failures (for cron).", metavar="")
    ] = False,
) -> None:
    """Send what is new for each watch now (failed deliveries are retried at once).

    Exit 0 when every delivery succeeded, 2 when some failed (they are retried next run).
    """
    from scraper.config import load_config
    from scraper.watch import run_watches

    cfg = load_config(config)
    store = _open(db)
    try:
        outcomes = run_watches(store, cfg, names or (), force=True)
    finally:
        store.close()
    if not outcomes and not quiet:
        typer.echo("no watches yet (jobs watch add NAME ... --notify stdout)", err=True)
    if _report(outcomes, quiet):
        raise typer.Exit(EXIT_SOME_FAILED)


@watch_app.command("test")
def test(name: NameArg, config: ConfigOpt = None, db: DbOpt = None) -> None:
    """Send a sample digest (the latest matches, or an example) to every destination.

    Nothing is recorded: the jobs in it are still sent as new when their time comes.
    """
    from scraper.config import load_config
    from scraper.watch import send_sample

    cfg = load_config(config)
    store = _open(db)
    try:
        outcomes = send_sample(store, cfg, name)
    finally:
        store.close()
    for outcome in outcomes:
        if outcome.status == "sent":
            typer.echo(f"watch {name} -> {outcome.target}: sample sent", err=True)
        else:
            typer.echo(f"watch {name} -> {outcome.target}: failed: {outcome.error}", err=True)
    if any(o.failed for o in outcomes):
        raise typer.Exit(EXIT_SOME_FAILED)


def after_scrape(config: Any, store: Any, quiet: bool) -> bool:
    """Run every watch after a scrape; whether a delivery failed. Never raises for a
    watch's trouble: the scrape's own result stands, and the failure is retried next run."""
    from scraper.watch import run_watches

    try:
        outcomes = run_watches(store, config, run_started=store.ledger.latest_run_start())
    except JobsError as exc:
        from scraper.output import one_line
        from scraper.redact import redact_text

        typer.echo(f"jobs: watches not run: {one_line(redact_text(str(exc)))}", err=True)
        return True
    return _report(outcomes, quiet)


# -- jobs feed ------------------------------------------------------------------------------


@_positional_first("name", ("--search", "Full-text search of an ad-hoc feed (as jobs search)."))
@with_filters
def feed(
    filters: FilterArgs,
    name: Annotated[
        str | None,
        typer.Argument(
            help="A watch's name (else the filter options).", show_default=False, metavar="NAME"
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", min=1, max=1000, help="At most this many entries.")
    ] = 50,
    db: DbOpt = None,
) -> None:
    """Write an Atom feed of a watch's (or a search's) latest matching open jobs.

    \b
    Examples:
      jobs feed ml-berlin -o /var/www/feeds/ml-berlin.xml
      jobs feed --search "computer vision" --role ml-engineer --remote
    """
    from scraper.config import load_config
    from scraper.feed import TAG, atom_feed
    from scraper.watch import filters_for, spec_from_table
    from storage.engine import resolve_db
    from storage.reader import Reader
    from storage.watches import Watches

    given = _query_or_none(filters)
    if name and given:
        raise ConfigError("give a watch's name or filter options, not both")
    # Read-only: a feed written by a web server's user from a database it may not write,
    # and a mistyped --db never creates one.
    store = Reader(resolve_db(db), create=False)
    try:
        if name:
            cfg = load_config(filters.config)
            if name in cfg.watches:  # the config's version, stored or not yet
                options = spec_from_table(name, cfg.watches[name]).query
            else:
                row = Watches(store.engine).get(name)
                if row is None:
                    raise JobsError(f"no watch named '{name}' (jobs watch list shows them)")
                options = row.query
            path = Path(cfg.origin) if Path(cfg.origin).is_file() else None
            query = filters_for(store, options, path, None)
            feed_id, title = f"{TAG}watch/{name}", f"jobs: {name}"
        else:
            query = filters.build(store)
            digest = hashlib.sha256(json.dumps(given, sort_keys=True).encode()).hexdigest()[:16]
            feed_id, title = f"{TAG}search/{digest}", f"jobs: {_describe(given)}"
        jobs = list(store.search(query, limit=limit, sort="newest"))
    finally:
        store.close()
    body = atom_feed(feed_id, title, jobs)
    if output is None:
        sys.stdout.buffer.write(body)
        sys.stdout.flush()
        return
    tmp = output.with_name(output.name + ".tmp")
    try:
        tmp.write_bytes(body)
        tmp.replace(output)  # a feed reader never sees half a file
    except OSError as exc:
        raise JobsError(f"cannot write {output}: {exc.strerror or exc}") from None


def _query_or_none(filters: FilterArgs) -> dict[str, Any]:
    from scraper.watch import QUERY_KEYS, clean_query

    given = clean_query({k: getattr(filters, k) for k in QUERY_KEYS})
    if filters.include_closed:
        given["include_closed"] = True
    if filters.new:
        given["new"] = True
    return given
