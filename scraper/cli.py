"""The `jobs` command line: a thin layer over the library; errors become one clear line here.

Exit codes: 0 success; 1 fatal error (bad config, unusable database, bad input);
2 some sources failed (the others' jobs are stored); 64 usage error (an unknown option,
a bad option value: EX_USAGE); 75 nothing ran because every source was held by another
process (EX_TEMPFAIL); 130 interrupted (SIGINT), 143 terminated (SIGTERM).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from scraper import __version__, cli_serve
from scraper import completion as complete
from scraper.cli_filters import DbOpt, FilterArgs, with_filters
from scraper.errors import InterruptedRunError, JobsError

EXIT_OK, EXIT_FATAL, EXIT_SOURCES_FAILED, EXIT_ALL_HELD, EXIT_INTERRUPTED = 0, 1, 2, 75, 130
# A usage error must not share 2 with "some sources failed": cron could not tell them apart.
EXIT_USAGE, EXIT_TERMINATED = 64, 143
# The largest id, limit or offset a database holds (a signed 64-bit integer).
MAX_INT = 2**63 - 1

app = typer.Typer(
    name="jobs",
    help="Collect AI/ML/data job postings from public job boards and search them.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    # Plain help, as click prints it: rich's help costs ~100 ms of every `--help` (goal
    # 0.2 s); docstring blocks that must keep their lines start with a \b line.
    rich_markup_mode=None,
)


class SearchFormat(StrEnum):
    """Output formats of `jobs search`."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class Sort(StrEnum):
    """Orders of search results."""

    newest = "newest"
    salary = "salary"
    relevance = "relevance"


class ExportFormat(StrEnum):
    """Output formats of `jobs export`."""

    csv = "csv"
    jsonl = "jsonl"
    json = "json"


ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="Config file (else $JOBS_CONFIG, else ./jobs.toml, else the built-in starter).",
        show_default=False,
    ),
]
ColumnsOpt = Annotated[
    str | None,
    typer.Option(
        "--columns",
        autocompletion=complete.columns,
        help="Comma-separated fields to output, in every format: the record's, plus "
        "description, department, category and listings (JSON); posted and salary in a table.",
        show_default=False,
    ),
]
ClosedOpt = Annotated[
    bool, typer.Option("--include-closed", help="Also jobs no longer listed anywhere.", metavar="")
]


def _fail(message: str, code: int = EXIT_FATAL) -> NoReturn:
    typer.echo(f"jobs: error: {_clean(message)}", err=True)
    raise typer.Exit(code)


def _clean(message: object) -> str:
    """An error message as one safe line: URLs redacted, control characters removed."""
    from scraper.output import one_line
    from scraper.redact import redact_text

    return one_line(redact_text(str(message)))


def _open_store(db: str | None) -> Any:
    """The database for a command that writes jobs (scrape, reclassify, schedule)."""
    from scraper.matching import JobMatching
    from storage.engine import resolve_db
    from storage.store import Store

    return Store(resolve_db(db), matching=JobMatching())


def _open_reader(db: str | None) -> Any:
    """The database for a read command, without the write side's imports (dedupe, leases).

    It must exist (a mistyped --db never creates one) and is opened read-only when this
    user may not write it.
    """
    from storage.engine import resolve_db
    from storage.reader import Reader

    return Reader(resolve_db(db), create=False)


def _taxonomy(config: Path | None) -> Any:
    from scraper.classify import load_taxonomy
    from scraper.config import load_config

    return load_taxonomy(load_config(config).taxonomy)


@app.command()
def scrape(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            help="Source ids to run (default: every enabled source).",
            show_default=False,
            autocompletion=complete.sources,
        ),
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print nothing on success (for cron).", metavar="")
    ] = False,
    directory: Annotated[
        bool,
        typer.Option("--directory", help="Also every board of the built-in directory.", metavar=""),
    ] = False,
    no_watch: Annotated[
        bool,
        typer.Option("--no-watch", help="Do not send the watches' digests afterwards.", metavar=""),
    ] = False,
    recheck_gone: Annotated[
        bool,
        typer.Option(
            "--recheck-gone",
            help="Ask boards marked gone again now (revived if they answer).",
            metavar="",
        ),
    ] = False,
) -> None:
    """Run the configured (or named) sources once and store their jobs, then send each
    watch's new matches (jobs watch).

    Exit 0 when every source succeeded, 2 when some failed (the others are stored),
    1 on a fatal error, 75 when another jobs process held every source.

    \b
    Examples:  jobs scrape  |  jobs scrape anthropic openai  |  jobs scrape -q -c jobs.toml
    """
    from scraper.config import load_config
    from scraper.pipeline import scrape as run
    from scraper.pipeline import select_sources

    cfg = load_config(config)
    if directory:
        from scraper.directory import with_directory

        cfg = with_directory(cfg)
    selected = select_sources(cfg, sources or ())
    if not selected:
        _fail(f"no enabled sources in {cfg.origin}")
    store = _open_store(db)
    # In a pipe or a log, each source's line as it finishes (a run can take minutes); on a
    # terminal a progress bar, then the whole table.
    live = None if quiet or sys.stdout.isatty() else _Summary(selected, sys.stdout)
    try:
        if not quiet and store.needs_rekey():  # the pipeline keys them before it starts
            typer.echo("keying stored jobs for dedupe (once, after an upgrade)...", err=True)
        with _progress(len(selected), enabled=not quiet and live is None) as on_done:
            if live is not None:
                live.head()
                on_done = live.row
            # Named sources run even when an earlier Retry-After deferred them.
            results = run(
                cfg,
                store,
                sources or (),
                on_done=on_done,
                force=bool(sources),
                recheck_gone=recheck_gone,
            )
        if not no_watch:
            from scraper.cli_watch import after_scrape

            after_scrape(cfg, store, quiet)
    finally:
        store.close()
    failed = [r for r in results if r.failed]
    if live is not None:
        live.totals(results)
    elif not quiet or failed:
        summary = _Summary(selected, sys.stderr if quiet else sys.stdout)
        summary.table(results if not quiet else failed)
    if failed:
        raise typer.Exit(EXIT_SOURCES_FAILED)
    if results and all(r.status == "skipped" for r in results):
        if not quiet:
            typer.echo("every source is held by another jobs process: nothing to do", err=True)
        raise typer.Exit(EXIT_ALL_HELD)


class _Summary:
    """The scrape summary: one line per source, then totals and first errors.

    New listings and new jobs differ: two sources carrying one opening make two listings
    and one job. Widths come from the configured ids, so lines can print as sources finish.
    """

    HEAD = (
        "source",
        "adapter",
        "status",
        "listings",
        "new jobs",
        "new listings",
        "updated",
        "closed",
        "errors",
        "seconds",
    )

    def __init__(self, sources: list[Any], out: Any) -> None:
        self.out = out
        self.widths = [len(h) for h in self.HEAD]
        self.widths[0] = max(self.widths[0], *(len(s.id) for s in sources))
        self.widths[1] = max(self.widths[1], *(len(s.adapter) for s in sources))
        self.widths[2] = len("rate_limited")

    def _line(self, cells: tuple[str, ...]) -> None:
        text = "  ".join(
            c.rjust(w) if i >= 3 else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, self.widths, strict=True))
        )
        print(text.rstrip(), file=self.out, flush=True)

    def head(self) -> None:
        """The header line."""
        self._line(self.HEAD)

    def row(self, r: Any) -> None:
        """One source's line."""
        counts = (r.listings, r.new_jobs, r.new, r.updated, r.closed, r.errors)
        self._line((r.source, r.adapter, r.status, *map(str, counts), f"{r.seconds:.1f}"))

    def totals(self, results: list[Any]) -> None:
        """The totals line and each source's first error."""

        def total(key: str) -> int:
            return sum(getattr(r, key) for r in results)

        print(
            f"{_plural(len(results), 'source')}: {_plural(total('listings'), 'listing')}; "
            f"{_plural(total('new_jobs'), 'new job')}, "
            f"{_plural(total('new'), 'new listing')}, {total('updated'):,} updated, "
            f"{total('closed'):,} closed; {_plural(total('errors'), 'error')}",
            file=self.out,
        )
        from scraper.output import one_line

        for r in results:
            if r.first_error:  # server-supplied text: neutralised for the terminal
                print(f"{r.source}: {one_line(r.first_error)}", file=self.out)
            for note in r.notes:  # board health: gone, skipped, revived
                if note != r.first_error:
                    print(f"{r.source}: {one_line(note)}", file=self.out)

    def table(self, results: list[Any]) -> None:
        """Header, every source's line, totals."""
        self.head()
        for r in results:
            self.row(r)
        self.totals(results)


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Callable[[Any], None] | None]:
    """A progress bar on stderr when it is a terminal; nothing under cron or --quiet."""
    if not enabled or not sys.stderr.isatty() or total < 2:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        TextColumn("scraping"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        transient=True,
        console=_stderr_console(),
    )
    task = bar.add_task("", total=total)

    def done(result: Any) -> None:
        bar.update(task, advance=1, description=f"{result.source}: {result.status}")

    with bar:
        yield done


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


SortOpt = Annotated[
    Sort | None,
    typer.Option(
        "--sort",
        help="relevance (the default with TEXT: title or company matches first, then "
        "description-only ones, each newest first), newest (the default without TEXT) or "
        "salary (highest first).",
        show_default=False,
    ),
]


def _order(sort: Sort | None, filters: FilterArgs) -> str:
    """The sort asked for, else relevance when there is text to rank by, else newest."""
    if sort is not None:
        return sort.value
    return "relevance" if filters.text and filters.text.strip() else "newest"


@app.command()
@with_filters
def search(
    filters: FilterArgs,
    sort: SortOpt = None,
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", min=0, max=MAX_INT, help="At most this many (0: all)."),
    ] = 20,
    offset: Annotated[
        int, typer.Option("--offset", min=0, max=MAX_INT, help="Skip this many first.")
    ] = 0,
    fmt: Annotated[
        SearchFormat, typer.Option("--format", "-f", help="Output format.")
    ] = SearchFormat.table,
    columns: ColumnsOpt = None,
    db: DbOpt = None,
    show_excluded: Annotated[
        bool,
        typer.Option(
            "--show-excluded",
            help="Show only the jobs that exclusions ([exclude], --exclude-*) hide.",
            metavar="",
        ),
    ] = False,
) -> None:
    """Search stored jobs (open ones; best match first with TEXT, else newest first).

    On a terminal the table fits the window; in a pipe or file it is tab-separated with a
    header and every value in full (`jobs search | cut -f4`).

    \b
    Examples:
      jobs search "machine learning" --remote
      jobs search --role ml-engineer --level senior --min-salary 150k
      jobs search "c++" --country DE --sort salary -f json
      jobs search --new  |  jobs search --since 7d --company openai
      jobs search --columns id,title,department,listings -f json
    """
    from scraper.output import write_records

    cols = _columns(columns, fmt.value)
    if cols is None and fmt is SearchFormat.table and filters.include_closed:
        from scraper.view import TABLE_FIELDS

        cols = (*TABLE_FIELDS, "closed")  # which of the rows are closed, and since when
    store = _open_reader(db)
    tty = sys.stdout.isatty()
    filters.show_excluded = show_excluded
    try:
        query = filters.build(store)
        records = store.search(
            query,
            limit=limit or None,
            offset=offset,
            sort=_order(sort, filters),
            extra=_extra(cols),
        )
        if fmt is SearchFormat.csv:
            records = _listings_as_json(records, cols)
        # Clickable titles on a real terminal; plain text in pipes and files.
        links = tty and os.environ.get("TERM", "dumb") != "dumb"
        width = _window_width() if tty else None
        count = write_records(records, fmt.value, sys.stdout, cols, links=links, width=width)
        more = ""
        if tty and fmt is SearchFormat.table and limit and count == limit:
            total = store.count(query, cap=COUNT_CAP + offset)
            if total > offset + count:
                shown = f"{offset + 1:,}–{offset + count:,}" if offset else f"{count:,}"
                more = f"{shown} of {_about(total, COUNT_CAP + offset)} jobs"
                more += " (--limit/--offset for more)"
        left_out = store.count_without_salary(query, cap=COUNT_CAP) if filters.min_salary else 0
    finally:
        store.close()
    if count == 0 and fmt is SearchFormat.table:
        typer.echo("no matching jobs", err=True)
    if more:
        typer.echo(more, err=True)
    if left_out:
        were = "was" if left_out == 1 else "were"
        typer.echo(
            f"({_about(left_out, COUNT_CAP)} matching job{'s' if left_out > 1 else ''} "
            f"without a salary {were} left out)",
            err=True,
        )


# Counts shown beside results stop here ("more than 1,000"): counting every match of a
# broad filter on a million jobs took longer than the search itself (bench/search).
COUNT_CAP = 1_000


def _about(n: int, cap: int) -> str:
    """A capped count for people: '1,234', or 'more than 1,000' past the cap."""
    return f"more than {cap:,}" if n > cap else f"{n:,}"


def _plural(n: int, noun: str) -> str:
    """'1 listing', '2 listings', '1,234 jobs'."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _window_width() -> int:
    """The terminal window's width: asked of the terminal itself, so a stale $COLUMNS
    (exported by a shell, then the window resized) never decides."""
    import shutil

    for stream in (sys.stdout, sys.stderr):
        try:
            columns = os.get_terminal_size(stream.fileno()).columns
        except (OSError, ValueError):
            continue
        if columns > 0:
            return columns
    return shutil.get_terminal_size((120, 24)).columns


def _extra(columns: tuple[str, ...] | None) -> tuple[str, ...]:
    from scraper.models import OPTIONAL_FIELDS

    return tuple(c for c in columns or () if c in OPTIONAL_FIELDS)


def _listings_as_json(records: Any, columns: tuple[str, ...] | None) -> Any:
    """CSV cells are text: a job's listings go in as one JSON array."""
    import json

    if not columns or "listings" not in columns:
        return records
    return (
        {**r, "listings": json.dumps(r["listings"], ensure_ascii=False, separators=(",", ":"))}
        for r in records
    )


@app.command()
@with_filters
def export(
    filters: FilterArgs,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExportFormat.csv,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    bom: Annotated[
        bool, typer.Option("--bom", help="Start the CSV with a UTF-8 BOM (for Excel).", metavar="")
    ] = False,
    sort: SortOpt = None,
    columns: ColumnsOpt = None,
    db: DbOpt = None,
) -> None:
    """Export every matching job, streamed (CSV cells are safe to open in a spreadsheet).

    \b
    Examples:  jobs export -o jobs.csv  |  jobs export --format jsonl --role data-scientist
               jobs export --columns id,title,description,listings -f jsonl
    """
    from scraper.output import write_records

    cols = _columns(columns, fmt.value)
    store = _open_reader(db)
    count = 0
    try:
        query = filters.build(store)
        records = store.search(query, sort=_order(sort, filters), extra=_extra(cols))
        if fmt is ExportFormat.csv:
            records = _listings_as_json(records, cols)
        if output is None:
            if bom and fmt is ExportFormat.csv:
                sys.stdout.write("\ufeff")
            write_records(records, fmt.value, sys.stdout, cols)
            return
        encoding = "utf-8-sig" if bom and fmt is ExportFormat.csv else "utf-8"
        if output.exists() and not output.is_file():
            # A device, FIFO or terminal (/dev/null, a pipe): write into it; renaming a
            # temporary file over it would replace the device itself.
            try:
                with output.open("w", encoding=encoding, newline="") as fh:
                    count = write_records(records, fmt.value, fh, cols)
            except OSError as exc:
                _fail(f"cannot write {output}: {exc.strerror or exc}")
        else:
            # A regular file: write beside it and rename at the end, so a failed export
            # never leaves a truncated file where a good one was.
            tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
            try:
                with tmp.open("w", encoding=encoding, newline="") as fh:
                    count = write_records(records, fmt.value, fh, cols)
                tmp.replace(output)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                _fail(f"cannot write {output}: {exc.strerror or exc}")
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
    finally:
        store.close()
    typer.echo(f"exported {_plural(count, 'job')} to {output}", err=True)


class TrendDate(StrEnum):
    """The date `jobs stats --trend` counts weeks by."""

    first_seen = "first-seen"
    posted = "posted"


class StatsFormat(StrEnum):
    """Output formats of `jobs stats`."""

    table = "table"
    json = "json"
    csv = "csv"


@app.command()
@with_filters
def stats(
    filters: FilterArgs,
    by: Annotated[
        str,
        typer.Option(
            "--by",
            "-b",
            help="Group by any of role, level, country, city, company, "
            "source, remote, employment_type (comma-separated).",
        ),
    ] = "role",
    trend: Annotated[
        str | None,
        typer.Option(
            "--trend", help="'week': jobs per week per group (the last column is this week)."
        ),
    ] = None,
    date: Annotated[
        TrendDate,
        typer.Option(
            "--date",
            help="What --trend counts by: first-seen (new to jobs) or posted (the source's date).",
        ),
    ] = TrendDate.first_seen,
    weeks: Annotated[int, typer.Option("--weeks", min=1, max=104, help="Weeks of trend.")] = 12,
    min_count: Annotated[
        int,
        typer.Option(
            "--min-count",
            min=1,
            help="Salaries a group needs before its percentiles are shown (else —).",
        ),
    ] = 5,
    fmt: Annotated[StatsFormat, typer.Option("--format", "-f", help="Output format.")] = (
        StatsFormat.table
    ),
    db: DbOpt = None,
) -> None:
    """Counts and annual salary percentiles per group, or weekly trends, with any filters.

    Salaries are annualised and compared in one currency (--currency, default USD) through
    the project's dated exchange-rate table; a job counts at the middle of its band.

    \b
    Examples:
      jobs stats --by role,level
      jobs stats --role ml-engineer --by country --currency EUR
      jobs stats --trend week --by role  |  jobs stats --trend week --date posted
    """
    from scraper import stats as market
    from scraper.cli_filters import usd_per

    groups = market.check_groups(by)
    if trend not in (None, "week"):
        _fail(f"invalid --trend '{trend}' (only 'week')", EXIT_USAGE)
    rate = usd_per(filters.currency)
    store = _open_reader(db)
    try:
        rows = store.stats_rows(filters.build(store))
        if trend:
            field = "posted_at" if date is TrendDate.posted else "first_seen"
            labels, series = market.trend(rows, groups, weeks, datetime.now(UTC), field)
            _print_trend(groups, labels, series, fmt, date.value)
        else:
            table = market.salary_stats(rows, groups, rate, min_count)
            _print_stats(groups, table, fmt, filters.currency.upper(), min_count)
    finally:
        store.close()


def _print_stats(
    groups: tuple[str, ...], table: list[dict[str, Any]], fmt: Any, cur: str, min_count: int
) -> None:
    import json

    if fmt.value == "json":
        typer.echo(
            json.dumps([{**r, "currency": cur} for r in table], ensure_ascii=False, indent=2)
        )
        return
    head = [*groups, "jobs", "with_salary", "p10", "p25", "median", "p75", "p90"]
    if fmt.value == "csv":
        from scraper.output import CsvWriter

        writer = CsvWriter(sys.stdout)
        writer.writerow([*head, "currency"])
        for r in table:
            writer.writerow([r[h] for h in head] + [cur])
        return
    if not table:
        typer.echo("no matching jobs", err=True)
        return

    def money(v: Any) -> str:
        return "—" if v is None else f"{v / 1000:,.0f}K"

    rows = [
        [str(r[g]) for g in groups]
        + [str(r["jobs"]), str(r["with_salary"])]
        + [money(r[k]) for k in ("p10", "p25", "median", "p75", "p90")]
        for r in table
    ]
    _print_grid(head, rows, numeric_from=len(groups))
    typer.echo(f"salaries: annual, {cur}; percentiles of groups with {min_count}+ salaries")


def _print_trend(
    groups: tuple[str, ...], labels: list[str], series: list[dict[str, Any]], fmt: Any, by: str
) -> None:
    import json

    if fmt.value == "json":
        typer.echo(json.dumps(series, ensure_ascii=False, indent=2))
        return
    if fmt.value == "csv":
        from scraper.output import CsvWriter

        writer = CsvWriter(sys.stdout)  # group values are data: "=cmd|..." stays text
        writer.writerow([*groups, *labels])
        for r in series:
            writer.writerow([r[g] for g in groups] + [r["weeks"][x] for x in labels])
        return
    if not series:
        typer.echo(f"no jobs {'posted' if by == 'posted' else 'new'} in these weeks", err=True)
        return
    # The last week is the current one, still under way: say so, not "last week".
    head = [*groups, "total", f"weekly since {labels[0]}", f"this week (from {labels[-1]})"]
    rows = [
        [str(r[g]) for g in groups] + [str(r["total"]), r["chart"], str(r["weeks"][labels[-1]])]
        for r in series
    ]
    _print_grid(head, rows, numeric_from=len(groups))


def _print_grid(head: list[str], rows: list[list[str]], numeric_from: int) -> None:
    from scraper.output import one_line

    rows = [[one_line(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i >= numeric_from else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    typer.echo(line(head))
    for r in rows:
        typer.echo(line(r))


def _columns(text: str | None, fmt: str) -> tuple[str, ...] | None:
    """The --columns asked for (None: the format's default), each one checked."""
    import difflib

    from scraper.models import OPTIONAL_FIELDS, RECORD_FIELDS
    from scraper.view import DERIVED

    if not text:
        return None
    allowed = RECORD_FIELDS + OPTIONAL_FIELDS + (DERIVED if fmt == "table" else ())
    names = tuple(c.strip() for c in text.split(",") if c.strip())
    for name in names:
        if name not in allowed:
            hint = difflib.get_close_matches(name, allowed, n=1)
            extra = f" (did you mean '{hint[0]}'?)" if hint else ""
            _fail(f"unknown column '{name}'{extra}; columns: {', '.join(allowed)}", EXIT_USAGE)
    return names


@app.command()
def sources(
    config: ConfigOpt = None,
    db: DbOpt = None,
    starter: Annotated[
        bool,
        typer.Option("--starter", help="Print the built-in starter config and exit.", metavar=""),
    ] = False,
    markdown: Annotated[
        bool,
        typer.Option(
            "--markdown",
            help="Print the README's table of built-in adapters (Markdown) and exit.",
            metavar="",
        ),
    ] = False,
) -> None:
    """List the available adapters (plugins too) and the configured sources with their health."""
    from scraper.config import load_config, starter_text
    from sources import registry

    if starter:
        typer.echo(starter_text(), nl=False)
        return
    if markdown:
        typer.echo(registry.markdown_table(), nl=False)
        return
    cfg = load_config(config)  # a bad config fails before anything is printed
    width = _window_width() if sys.stdout.isatty() else None
    typer.echo("Adapters:")
    for name in registry.names():
        plugin = "  (plugin)" if name in registry.plugins() else ""
        try:
            cls = registry.get(name)
            desc = cls.description
            opts = ", ".join(k for k in cls.options)
        except JobsError as exc:
            desc, opts = f"(unavailable: {exc})", ""
        line = f"  {name:<16} {desc}" + (f"  [options: {opts}]" if opts else "") + plugin
        _echo_wrapped(line, width, indent=19)
    health: dict[str, dict[str, Any]] = {}
    gone: dict[str, list[str]] = {}
    if _db_exists(db):  # health is a bonus here: no database yet is no error
        from scraper.cli_boards import board_lines

        store = _open_reader(db)
        try:
            health = store.ledger.health([s.id for s in cfg.sources])
            gone = board_lines(store.engine, [s.id for s in cfg.sources])
        finally:
            store.close()
    origin = cfg.origin.strip("()")  # the starter's origin is "(built-in starter config)"
    typer.echo(f"\nConfigured sources ({origin}):")
    if not cfg.sources:
        typer.echo("  (none)")
    for src in cfg.sources:
        state = "" if src.enabled else "  (disabled)"
        boards = src.options.get("boards")
        detail = f"  boards: {', '.join(boards)}" if boards else ""
        _echo_wrapped(f"  {src.id:<20} {src.adapter:<12}{detail}{state}", width, indent=36)
        h = health.get(src.id)
        if h and h["last_status"]:
            success = _when(h["last_success"]) or "never"
            _echo_wrapped(
                f"  {'':<20} last run {_when(h['last_run'])}: {h['last_status']}, "
                f"{_plural(h['last_listings'], 'listing')}; last success {success}; "
                f"{_plural(h['consecutive_failures'], 'consecutive failure')}",
                width,
                indent=23,
            )
        for line in gone.get(src.id, ()):
            _echo_wrapped(f"  {'':<20} {line}", width, indent=23)


def _echo_wrapped(line: str, width: int | None, indent: int) -> None:
    """A line as is off a terminal; on one, wrapped to its width under a hanging indent."""
    if width is None or len(line) <= width:
        typer.echo(line)
        return
    import textwrap

    lead = len(line) - len(line.lstrip(" "))
    typer.echo(
        textwrap.fill(
            line.strip(),
            width=max(width, indent + 20),
            initial_indent=" " * lead,
            subsequent_indent=" " * indent,
            break_on_hyphens=False,
        )
    )


class ShowFormat(StrEnum):
    """Output formats of `jobs show` and `jobs classify`."""

    text = "text"
    json = "json"


@app.command()
def show(
    job_id: Annotated[
        int,
        typer.Argument(min=1, max=MAX_INT, help="The job's id (first column of `jobs search`)."),
    ],
    fmt: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ShowFormat.text,
    db: DbOpt = None,
) -> None:
    """Show one job in full: fields, description as text, and every listing with its link.

    \b
    Examples:  jobs show 42  |  jobs show 42 -f json
    """
    import json

    from scraper.output import one_line, salary_band, terminal_safe

    store = _open_reader(db)
    try:
        job = store.get_job(job_id)
    finally:
        store.close()
    if job is None:
        _fail(f"no job with id {job_id}")
    if fmt is ShowFormat.json:
        typer.echo(json.dumps(job, ensure_ascii=False, indent=2))  # escapes every control
        return
    typer.echo(one_line(f"{job['title']} — {job['company']}"))
    lines = [
        ("location", ", ".join(x for x in (job["location"], job["country"]) if x)),
        ("workplace", job["remote"]),
        ("role / level", " / ".join(x or "?" for x in (job["role"], job["level"]))),
        ("employment", job["employment_type"]),
        ("salary", salary_band(job)),
        ("department", job["department"]),
        ("posted", job["posted_at"]),
        ("first seen", job["first_seen"]),
        ("last seen", job["last_seen"]),
        ("closed", job["closed_at"]),
        ("url", job["url"]),
        ("apply", job["apply_url"]),
        ("tags", ", ".join(job["tags"])),
    ]
    for label, value in lines:
        if value:
            typer.echo(f"  {label:<13} {one_line(value)}")
    typer.echo(f"\nListings ({len(job['listings'])}):")
    for li in job["listings"]:
        state = f"closed {li['closed_at']}" if li["closed_at"] else f"last seen {li['last_seen']}"
        line = f"  {li['source']:<20} {li['source_id']:<24} {state}"
        typer.echo(f"{one_line(line)}\n    {one_line(li['url'])}")
    if job["description"]:
        width = _window_width() if sys.stdout.isatty() else None
        typer.echo("")
        for paragraph in terminal_safe(job["description"]).splitlines():
            _echo_wrapped(paragraph, width, indent=0)


@app.command()
def classify(
    title: Annotated[
        str, typer.Argument(help="A job title, or - to read one title per line from stdin.")
    ],
    description: Annotated[
        Path | None,
        typer.Option("--description", "-d", help="A file with the job's description (for level)."),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="text (explained), json (an object; an array with -) or jsonl (one per line).",
        ),
    ] = "text",
    config: ConfigOpt = None,
) -> None:
    """Tag a title with its role and level, and say which words decided.

    \b
    Examples:  jobs classify "Sr. ML Engineer II"  |  cat titles.txt | jobs classify - -f jsonl
    """
    import json

    from scraper.classify import classify as tag

    if fmt not in ("text", "json", "jsonl"):
        _fail(f"invalid --format '{fmt}' (text, json or jsonl)", EXIT_USAGE)
    taxonomy = _taxonomy(config)
    text = None
    if description is not None:
        try:
            text = description.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            _fail(f"cannot read {description}: {exc.strerror or exc}")
    titles = (line.rstrip("\r\n") for line in sys.stdin) if title == "-" else iter([title])
    found = []
    for one in titles:
        result = tag(one, description=text, taxonomy=taxonomy)
        record = {"title": one, "role": result.role, "level": result.level}
        if fmt == "json":
            found.append(record)
        elif fmt == "jsonl":
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            typer.echo(f"role:  {result.role}   ({result.role_reason})")
            typer.echo(
                f"level: {result.level or 'unknown'}   ({result.level_reason or 'nothing says it'})"
            )
    if fmt == "json":
        typer.echo(json.dumps(found if title == "-" else found[0], ensure_ascii=False, indent=2))


@app.command()
def roles(
    include_closed: ClosedOpt = False,
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List the role categories with the number of jobs in each."""
    taxonomy = _taxonomy(config)
    store = _open_reader(db)
    try:
        counts = store.role_counts(include_closed)
    finally:
        store.close()
    for slug in taxonomy.roles:
        typer.echo(f"{slug:<20} {counts.pop(slug, 0):>8}")
    for slug, n in sorted(counts.items()):  # tags from a taxonomy no longer configured
        typer.echo(f"{slug or '(untagged)':<20} {n:>8}")


@app.command()
def reclassify(
    db: DbOpt = None,
    config: ConfigOpt = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print nothing.", metavar="")
    ] = False,
) -> None:
    """Re-tag every stored job with the current taxonomy (after editing it), in batches."""
    from scraper.classify import classify as tag

    taxonomy = _taxonomy(config)

    def retag(row: dict[str, Any]) -> tuple[str, str | None]:
        result = tag(
            row["title"],
            category=row["category"],
            department=row["department"],
            level_hint=row["source_level"],
            description=row["description"],
            taxonomy=taxonomy,
        )
        return result.role, result.level

    store = _open_store(db)
    try:
        seen, changed = store.retag(retag)
    finally:
        store.close()
    if not quiet:
        typer.echo(f"re-tagged {seen} jobs: {changed} changed")


class LogFormat(StrEnum):
    """Log line formats."""

    text = "text"
    json = "json"


@app.command()
def schedule(
    config: ConfigOpt = None,
    db: DbOpt = None,
    log_format: Annotated[
        LogFormat, typer.Option("--log-format", help="text for people, json for log shippers.")
    ] = LogFormat.text,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log debug details.", metavar="")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Log only warnings and errors.", metavar="")
    ] = False,
) -> None:
    """Run as a daemon: every enabled source on its own `schedule` (cron) or `every` interval.

    Stops cleanly on SIGTERM or SIGINT; SIGHUP re-reads the config. One log line per run.

    \b
    Examples:  jobs schedule  |  jobs schedule --log-format json -c /etc/jobs.toml
    """
    import logging

    from scraper.config import load_config
    from scraper.logs import setup_logging
    from scraper.schedule import check_schedules, run_daemon

    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    setup_logging(log_format.value, level)
    check_schedules(load_config(config))  # a bad schedule fails now, with one line
    store = _open_store(db)
    try:
        run_daemon(config, store)
    finally:
        store.close()


@app.command()
def runs(
    source: Annotated[
        str | None,
        typer.Option(
            "--source", "-s", help="Only attempts of this source.", autocompletion=complete.sources
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=MAX_INT, help="At most this many.")
    ] = 20,
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show the run ledger: recent source attempts, newest first.

    \b
    Examples:  jobs runs  |  jobs runs --source anthropic -n 5
    """
    from scraper.cli_filters import check_source_names
    from scraper.output import one_line
    from scraper.redact import redact_text

    store = _open_reader(db)
    try:
        if source and source not in store.ledger.sources():
            check_source_names([source], store, config)
        rows = store.ledger.runs(source, limit)
    finally:
        store.close()
    if not rows:
        typer.echo("no runs recorded yet", err=True)
        return
    head = ("run", "started", "source", "status", "req", "304", "listings", "new", "upd", "err")
    table = [
        (
            str(r["run_id"]),
            _when(r["started_at"]) or "",
            r["source"],
            r["status"],
            str(r["requests"]),
            str(r["not_modified"]),
            str(r["listings"]),
            str(r["new"]),
            str(r["updated"]),
            str(r["errors"]),
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(head)]
    typer.echo("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)).rstrip())
    for row, r in zip(table, rows, strict=True):
        typer.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if r["first_error"]:
            typer.echo(f"      {one_line(redact_text(r['first_error']))}")


def _when(value: Any) -> str | None:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else None


def _db_exists(db: str | None) -> bool:
    """Whether the database exists (a server database is taken to)."""
    from storage.engine import resolve_db, sqlite_path

    path = sqlite_path(resolve_db(db))
    return path is None or path.exists()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"jobs {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_version,
            is_eager=True,
            help="Show the version.",
            metavar="",
        ),
    ] = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """Collect AI/ML/data job postings from public job boards and search them.

    --config and --db work before the command too: `jobs --db x.db search`.
    """
    # Given before the command, they stand for the whole invocation: every command reads
    # them through the same environment variables it falls back to (an option given after
    # the command still wins).
    if config is not None:
        os.environ["JOBS_CONFIG"] = str(config)
    if db is not None:
        os.environ["JOBS_DB"] = db


def main() -> None:
    """Console entry point: run the app, turning domain errors into one line and an exit code."""
    from typer._click.exceptions import ClickException, UsageError
    from typer.main import get_command

    from scraper import cli_coerce

    try:
        command = get_command(app)
        # Plain option values converted without importing pydantic (see cli_coerce).
        cli_coerce.install(command)
        # Not standalone: usage errors come back here to get their own exit code (64).
        code = command(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else EXIT_OK)
    except UsageError as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("jobs: aborted", err=True)
        sys.exit(EXIT_FATAL)
    except InterruptedRunError as exc:
        typer.echo(f"jobs: {exc}", err=True)
        sys.exit(EXIT_TERMINATED if exc.signal == signal.SIGTERM else EXIT_INTERRUPTED)
    except JobsError as exc:
        typer.echo(f"jobs: error: {_clean(exc)}", err=True)
        sys.exit(EXIT_FATAL)
    except KeyboardInterrupt:
        typer.echo("jobs: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        # `jobs export | head`: the reader left; not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_OK)
    except Exception as exc:
        if os.environ.get("JOBS_DEBUG"):
            raise
        typer.echo(
            f"jobs: internal error: {type(exc).__name__}: {_clean(exc)} "
            "(set JOBS_DEBUG=1 for details)",
            err=True,
        )
        sys.exit(EXIT_FATAL)


# jobs serve and jobs mcp live in scraper/cli_serve.py (web libraries imported when run).
app.command()(cli_serve.serve)
app.command()(cli_serve.mcp)


# -- jobs db: schema migrations and copies between backends ------------------------------

db_app = typer.Typer(
    help="The database: schema migrations (applied automatically too) and copies.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(db_app, name="db")

from scraper import cli_directory  # noqa: E402 - its commands join the app defined above

cli_directory.register(app)

# Saved searches and feeds (scraper/cli_watch.py).
from scraper.cli_watch import feed as _feed  # noqa: E402
from scraper.cli_watch import watch_app  # noqa: E402

app.add_typer(watch_app, name="watch")
app.command("feed")(_feed)


def _engine(db: str | None) -> Any:
    from storage.engine import create_db_engine, resolve_db

    return create_db_engine(resolve_db(db))


@db_app.command("current")
def db_current(db: DbOpt = None) -> None:
    """Show the database's schema revision and the latest one this jobs knows (changes nothing).

    \b
    Examples:  jobs db current  |  jobs db current --db postgresql+psycopg://jobs@db/jobs
    """
    from sqlalchemy.exc import SQLAlchemyError

    from storage.engine import open_existing, resolve_db, safe_url
    from storage.migrations import current, head, revision_info

    engine, _ = open_existing(resolve_db(db))  # "changes nothing": never creates a file
    try:
        with engine.connect() as conn:
            revision = current(conn)
    except SQLAlchemyError as exc:
        _fail(f"cannot read {safe_url(engine)}: {getattr(exc, 'orig', None) or exc}")
    finally:
        engine.dispose()
    typer.echo(f"database: {safe_url(engine)}")
    typer.echo(f"revision: {revision_info(revision)}")
    typer.echo(f"latest:   {revision_info(head())}")
    if revision != head():
        typer.echo("run `jobs db upgrade` (or any command) to bring it up to date")


@db_app.command("upgrade")
def db_upgrade(db: DbOpt = None) -> None:
    """Apply pending schema migrations now (every command also does it on first use).

    \b
    Examples:  jobs db upgrade  |  JOBS_DB=postgresql+psycopg://jobs@db/jobs jobs db upgrade
    """
    from storage.engine import safe_url
    from storage.migrations import head, migrate

    engine = _engine(db)
    try:
        before = migrate(engine)
    finally:
        engine.dispose()
    if before == head():
        typer.echo(f"{safe_url(engine)}: already at the latest revision {head()}")
    else:
        typer.echo(f"{safe_url(engine)}: upgraded from {before or 'nothing'} to {head()}")


@db_app.command("rekey")
def db_rekey(
    db: DbOpt = None,
    everything: Annotated[
        bool,
        typer.Option(
            "--all/--missing",
            help="Rebuild every job's identity columns, or only those that lack them.",
        ),
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing.")] = False,
) -> None:
    """Rebuild the jobs' identity (dedupe) columns with the current rules, in batches.

    `jobs scrape` fills missing ones by itself (a database from before they existed);
    run this after upgrading to a release whose identity rules changed.

    Examples:  jobs db rekey  |  jobs db rekey --missing
    """
    store = _open_store(db)
    try:
        seen, changed = store.rekey(everything=everything)
    finally:
        store.close()
    if not quiet:
        typer.echo(f"re-keyed {seen} jobs: {changed} changed")


@db_app.command("copy")
def db_copy(
    to: Annotated[
        str, typer.Option("--to", help="Target database: SQLite path or SQLAlchemy URL.")
    ],
    db: DbOpt = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Replace the target's rows if it is not empty.", metavar=""),
    ] = False,
    batch: Annotated[
        int, typer.Option("--batch", min=1, help="Rows per insert batch (memory stays flat).")
    ] = 5000,
) -> None:
    """Copy every table, ids included, to another database (SQLite <-> PostgreSQL), streamed.

    \b
    Examples:  jobs db copy --to postgresql+psycopg://jobs@db/jobs
               jobs db copy --db postgresql+psycopg://jobs@db/jobs --to backup.db
    """
    from storage.copy import copy_database
    from storage.engine import create_db_engine, open_existing, resolve_db, safe_url

    source, _ = open_existing(resolve_db(db))
    target = create_db_engine(to)
    try:
        counts = copy_database(source, target, force=force, batch=batch)
    finally:
        source.dispose()
        target.dispose()
    typer.echo(f"copied {safe_url(source)} -> {safe_url(target)}")
    for name, rows in counts.items():
        typer.echo(f"  {name:<12} {rows:>10,} rows")
