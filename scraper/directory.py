"""The built-in directory of AI/ML/data employers: their ATS boards, search, and source tables.

The data is `scraper/data/directory.csv` (facts with provenance: see PROVENANCE.md next
to it). This module reads it, checks rows, searches it, and turns an employer into a
`[sources.NAME]` table for the user's config or a `SourceConfig` for `scrape --directory`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import unquote, urlsplit

from scraper.errors import ConfigError

COLUMNS = ("company", "domain", "adapter", "board", "evidence", "source")

# What a board token looks like per adapter: a malformed token is a data error, and a
# config written from it would fail (or worse, fetch someone else's board) later.
_SLUG = r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?"
TOKEN_PATTERNS: dict[str, re.Pattern[str]] = {
    "greenhouse": re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*"),
    "lever": re.compile(_SLUG),
    # Ashby board names may carry spaces, URL-escaped ("The%20Browser%20Company").
    "ashby": re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})*"),
    "workable": re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"),
    "smartrecruiters": re.compile(r"[A-Za-z0-9]+"),
    "recruitee": re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"),
    "personio": re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"),
    "workday": re.compile(r"https://[a-z0-9-]+\.wd\d+\.myworkdayjobs\.com/[A-Za-z0-9_-]+"),
}
_DOMAIN = re.compile(r"(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}")
_EVIDENCE = re.compile(r"starter|ai-list|curated|ml-titles=[1-9]\d*|name|workday")


@dataclass(frozen=True, slots=True)
class Employer:
    """One directory row: an employer and its ATS board."""

    company: str
    domain: str
    adapter: str
    board: str
    evidence: str
    source: str

    @property
    def slug(self) -> str:
        """A config-friendly source name built from the company name."""
        return slugify(self.company) or slugify(self.board) or "employer"


def slugify(text: str) -> str:
    """Lowercase words joined by hyphens ("Scale AI" -> "scale-ai")."""
    return re.sub(r"[^a-z0-9]+", "-", unquote(text).lower()).strip("-")


def token_problem(adapter: str, board: str) -> str | None:
    """Why `board` is not a well-formed token of `adapter`, or None."""
    pattern = TOKEN_PATTERNS.get(adapter)
    if pattern is None:
        return f"adapter '{adapter}' has no board tokens"
    if not pattern.fullmatch(board):
        return f"'{board}' is not a well-formed {adapter} board"
    return None


def row_problems(row: Employer) -> list[str]:
    """What is wrong with one row (empty when nothing)."""
    problems = []
    if not row.company.strip():
        problems.append("empty company")
    problem = token_problem(row.adapter, row.board)
    if problem:
        problems.append(problem)
    if row.domain and not _DOMAIN.fullmatch(row.domain):
        problems.append(f"bad domain '{row.domain}'")
    if not _EVIDENCE.fullmatch(row.evidence):
        problems.append(f"unknown evidence '{row.evidence}'")
    source = row.source
    if not (source == "samples/boards.md" or source.startswith("https://github.com/")):
        problems.append(f"no provenance ('{source}')")
    return problems


def parse(text: str) -> list[Employer]:
    """Rows of directory CSV text; a wrong header is a ConfigError."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise ConfigError(f"directory: expected columns {', '.join(COLUMNS)}")
    return [Employer(**{k: (rec.get(k) or "").strip() for k in COLUMNS}) for rec in reader]


@cache
def load() -> tuple[Employer, ...]:
    """The built-in directory."""
    text = resources.files("scraper").joinpath("data/directory.csv").read_text(encoding="utf-8")
    return tuple(parse(text))


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unquote(text).lower())


def host_of(text: str) -> str:
    """The bare host of a URL or domain ("https://www.x.ai/careers" -> "x.ai")."""
    value = text.strip().lower()
    if "://" not in value:
        value = "//" + value
    host = urlsplit(value).hostname or ""
    return host.removeprefix("www.")


def search(
    entries: Iterable[Employer], text: str | None = None, adapter: str | None = None
) -> list[Employer]:
    """Rows whose company, domain or board contains `text`, on `adapter` if given."""
    needle = _fold(text or "")
    found = []
    for row in entries:
        if adapter and row.adapter != adapter:
            continue
        hay = (_fold(row.company), _fold(row.domain), _fold(row.board))
        if not needle or any(needle in h for h in hay):
            found.append(row)
    return found


def find(entries: Sequence[Employer], query: str) -> Employer:
    """The one employer a name, domain or board names; else a ConfigError with a suggestion."""
    key = _fold(query)
    host = host_of(query) if "." in query else ""
    label = _fold(host.split(".")[0]) if host.count(".") >= 1 else ""
    for match in (
        lambda r: bool(host) and r.domain == host,
        lambda r: _fold(r.company) == key,
        lambda r: _fold(r.board) == key,
        lambda r: bool(r.domain) and _fold(r.domain.rsplit(".", 1)[0]) == key,
        # A domain the directory does not record ("anthropic.com"): its first label against
        # the company or board ("anthropic"); a match on the name, not a recorded domain.
        lambda r: bool(label) and label in (_fold(r.company), _fold(r.board)),
    ):
        hits = [r for r in entries if match(r)]
        if hits:
            return hits[0]
    raise ConfigError(f"'{query}' is not in the directory{_suggest(entries, query)}")


def _suggest(entries: Sequence[Employer], query: str) -> str:
    """A "did you mean" hint: the closest company names, else how to look."""
    from rapidfuzz import fuzz, process, utils

    names = [r.company for r in entries]
    best = process.extract(
        query, names, scorer=fuzz.WRatio, processor=utils.default_process, limit=3
    )
    close = [name for name, score, _ in best if score >= 80]
    if close:
        return " (did you mean " + " or ".join(f"'{n}'" for n in close) + "?)"
    return f" (try `jobs directory {slugify(query)[:20] or 'TEXT'}` or `jobs discover DOMAIN`)"


def _toml_string(value: str) -> str:
    """A TOML basic string (quotes, backslashes and control characters escaped)."""
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def source_table(name: str, adapter: str, board: str, company: str, note: str = "") -> str:
    """A `[sources.NAME]` TOML table for one board."""
    lines = [f"# {note}"] if note else []
    lines += [
        f"[sources.{_toml_string(name) if not re.fullmatch(r'[A-Za-z0-9_-]+', name) else name}]",
        f"adapter = {_toml_string(adapter)}",
        # The jsonld adapter reads page URLs; every ATS adapter reads board tokens.
        f"{'urls' if adapter == 'jsonld' else 'boards'} = [{_toml_string(board)}]",
        f"company = {_toml_string(company)}",
    ]
    return "\n".join(lines) + "\n"


def add_to_config(
    text: str, tables: Sequence[tuple[str, str, str, str]], extra: str = ""
) -> tuple[str, list[str]]:
    """Config text with a table appended per (name, adapter, board, company) it lacks.

    A board already configured (any source of the same adapter listing it) is skipped, and
    a name already taken gets a numeric suffix: the user's own tables are never changed.
    `extra` (TOML lines) goes into each table, such as `eu = true` for a Lever EU board.
    Returns the new text and one message per table (added or skipped).
    """
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}") from None
    configured: dict[str, Any] = data.get("sources", {}) if isinstance(data, dict) else {}
    if not isinstance(configured, dict):
        raise ConfigError("'sources' must be a table of [sources.NAME] tables")
    taken = set(configured)
    boards = {
        (str(t.get("adapter")), str(b).lower())
        for t in configured.values()
        if isinstance(t, dict)
        for b in _as_list(t.get("boards"))
    }
    out = text if not text or text.endswith("\n") else text + "\n"
    messages = []
    for name, adapter, board, company in tables:
        if (adapter, board.lower()) in boards:
            messages.append(f"{company}: {adapter} board '{board}' is already configured")
            continue
        unique, n = name, 2
        while unique in taken:
            unique, n = f"{name}-{n}", n + 1
        taken.add(unique)
        boards.add((adapter, board.lower()))
        out += "\n" + source_table(unique, adapter, board, company) + extra
        messages.append(f"added [sources.{unique}] ({adapter} board '{board}')")
    return out, messages


def _as_list(value: Any) -> list[Any]:
    """A config value that may be one item or a list of them, as a list."""
    if isinstance(value, list):
        return value
    return [] if value is None else [value]


def directory_sources(taken: Iterable[str], boards: Iterable[tuple[str, str]]) -> list[Any]:
    """A SourceConfig per directory board whose adapter is registered and not yet configured."""
    from scraper.config import SourceConfig
    from sources import registry
    from sources.base import validate_options

    names = set(taken)
    have = {(a, b.lower()) for a, b in boards}
    available = set(registry.names())
    out = []
    for row in load():
        if row.adapter not in available or (row.adapter, row.board.lower()) in have:
            continue
        name, n = f"dir-{row.slug}", 2
        while name in names:
            name, n = f"dir-{row.slug}-{n}", n + 1
        names.add(name)
        have.add((row.adapter, row.board.lower()))
        table = {"adapter": row.adapter, "boards": [row.board], "company": row.company}
        options = validate_options(name, registry.get(row.adapter), table)
        out.append(SourceConfig(name, row.adapter, options))
    return out


def configured_boards(sources: Iterable[Any]) -> list[tuple[str, str]]:
    """(adapter, board) of every configured source that has boards."""
    return [(s.adapter, str(b)) for s in sources for b in s.options.get("boards") or ()]


def with_directory(config: Any) -> Any:
    """`config` with every directory board it lacks added as a source (`--directory`)."""
    from dataclasses import replace

    if config.directory:
        return config
    extra = directory_sources([s.id for s in config.sources], configured_boards(config.sources))
    return replace(config, sources=(*config.sources, *extra), directory=True)
