"""Small pieces every blind-corpus builder of bench/accuracy uses (read-only helpers).

The bench scripts are no package: a builder puts this folder on `sys.path` and imports
from here, as it does `build_esco.split_of`, the one split rule of every corpus.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, Protocol

# Internship words, for builders that keep internships out (their slice is of regular jobs).
INTERN = re.compile(
    r"\b(intern|interns|internship|co-?op|stage|stagiaire|apprentice|praktikum|werkstudent)\b",
    re.I,
)


def squash(text: str) -> str:
    """Collapse whitespace runs: the only change made to a published title."""
    return " ".join(text.split())


def employer_key(name: str) -> str:
    """An employer's name (or board token) reduced to lower-case letters and digits."""
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def employer_group(name: str, aliases: Mapping[str, str]) -> str:
    """The key an employer's titles are capped under: the name in NFKC form, case-folded,
    letters and digits of any script only (`aliases` join a name's spellings)."""
    k = re.sub(r"[\W_]", "", unicodedata.normalize("NFKC", name).casefold())
    return aliases.get(k, k)


# Employer fields (as group keys) that name no employer, whatever the source: a builder's
# own words join them.
ANONYMOUS = frozenset({"", "none", "null", "nan", "na", "unknown", "confidential"})
# Strings of a title field (case-folded) that are no job title, whatever the source: a
# builder's own join them.
NO_JOB = frozenset({"n/a", "test", "general application", "open application", "job title"})
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, an escape left as text, or a run of question marks.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00|\?\?")

# A list that cut a long title short: no whole title to label.
TRUNCATED = re.compile(r"(\.\.\.|…)$")


@dataclass(frozen=True, slots=True)
class Screen:
    """What a builder leaves out of its sources' titles."""

    no_employer: Container[str]  # employer groups that name no employer
    non_titles: Container[str]  # case-folded strings that are no job title
    longest: int  # a longer title is glued or a description
    url: re.Pattern[str]  # a link or a bare domain where a title should be
    intern: re.Pattern[str]  # internships (each slice is of regular jobs)
    broken: re.Pattern[str]  # letters a file lost (mojibake, control characters)
    truncated: re.Pattern[str] = TRUNCATED
    others: tuple[re.Pattern[str], ...] = ()  # more shapes of non-titles (searched)

    def rejected(self, raw: str, title: str, group: str) -> bool:
        """Left out: no title or employer, a non-title, a glued, overlong, cut or broken
        line, an internship."""
        if not title or group in self.no_employer or title.casefold() in self.non_titles:
            return True
        if len(title) > self.longest or "\n" in raw or self.truncated.search(title):
            return True
        if self.url.match(title) or self.broken.search(title):
            return True
        if any(p.search(title) for p in self.others):
            return True
        return bool(self.intern.search(title))


class Versioned(Protocol):
    """A builder's source: its tag, commit and the file names `--file` may give."""

    @property
    def tag(self) -> str: ...

    @property
    def commit(self) -> str: ...

    @property
    def files(self) -> tuple[str, ...]: ...


def check_file(source: Versioned, path: Path, commit: str) -> None:
    """Raise ValueError unless `path` is one of the source's files and `commit`, if
    given, its version."""
    if commit and commit != source.commit:
        raise ValueError(f"{source.tag}: {commit} is no version the builder knows")
    if path.name not in source.files:
        raise ValueError(f"{source.tag}: {path.name} is no file the builder knows")


def salted_order(salt: str, title: str) -> str:
    """A fixed pseudo-random order of titles: a hash whose salt ("market_e", ...) is
    unlike the split's, so the choice of titles does not bias the split."""
    return hashlib.sha256(f"{salt}|{title.casefold()}".encode()).hexdigest()


def corpus_rows(data: Path, names: Iterable[str]) -> Iterator[dict[str, str]]:
    """The rows of the named labelled corpora (TSV files in `data`), one after another."""
    for name in names:
        with (data / name).open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh, delimiter="\t")


def employers_drawn(data: Path, names: Iterable[str], aliases: Mapping[str, str]) -> set[str]:
    """Employer keys of the named corpora present in `data` (the corpora built just before
    a new one: none of their employers is drawn again)."""
    present = [n for n in names if (data / n).exists()]
    rows = corpus_rows(data, present)
    return {employer_group(row["source"].partition("|")[2], aliases) for row in rows} - {""}


def other_corpora(data: Path, own: str) -> list[str]:
    """File names of every labelled title corpus in `data` but `own` (O*NET's role map and
    overrides are no title corpora)."""
    skip = {own, "onet_overrides.tsv"}
    return [
        p.name
        for p in sorted(data.glob("*.tsv"))
        if p.name not in skip and not p.name.endswith("_roles.tsv")
    ]


# The titles.tsv rows copied from the shared samples were removed in the fifteenth session
# (the owners' rule); the corpora drawn while they were there left them out. Their case-folded
# titles are kept as SHA-256 digests only, so every builder still draws what it drew.
REMOVED_TITLES = "removed_titles.sha256"


class KnownTitles(set[str]):
    """Case-folded titles, plus (by digest) those of rows removed from the corpora since."""

    def __init__(self, titles: Iterable[str], removed: frozenset[str]) -> None:
        super().__init__(titles)
        self.removed = removed

    def __contains__(self, title: object) -> bool:
        if super().__contains__(title):
            return True
        return isinstance(title, str) and _digest(title) in self.removed


def _digest(fold: str) -> str:
    """SHA-256 of a case-folded title, in hex."""
    return hashlib.sha256(fold.encode("utf-8")).hexdigest()


def removed_titles(data: Path) -> frozenset[str]:
    """Digests of the case-folded titles removed from `data`'s corpora (none without the file)."""
    path = data / REMOVED_TITLES
    if not path.exists():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines())


def known_titles(data: Path, own: str) -> set[str]:
    """Case-folded titles of every labelled corpus in `data` but `own`, and the removed ones."""
    rows = corpus_rows(data, other_corpora(data, own))
    titles = (row["title"].casefold() for row in rows if row.get("title"))
    return KnownTitles(titles, removed_titles(data))


def file_spec(spec: str, tags: Container[str]) -> tuple[str, Path, str]:
    """A builder's `--file TAG=PATH[@COMMIT]` as (tag, path, commit or "")."""
    tag, sep, rest = spec.partition("=")
    if not sep or tag not in tags:
        raise ValueError(f"unknown source {tag!r} (expected TAG=PATH)")
    path, at, commit = rest.rpartition("@") if "@" in rest else (rest, "", "")
    if at and not re.fullmatch(r"[0-9a-f]{40}", commit):
        raise ValueError(f"{spec}: a version is a 40-digit commit")
    return tag, Path(path), commit


class Capped(Protocol):
    """A builder's source: its own cap of titles an employer and of titles in all."""

    @property
    def per_employer(self) -> int: ...

    @property
    def limit(self) -> int: ...


Row = tuple[str, str, str]  # (employer, title as published, source key)


def draw(
    groups: Sequence[tuple[str, Sequence[Row]]],
    titles: Container[str],
    *,
    salt: str,
    by_tag: Mapping[str, Capped],
    per_employer: int,
    employer: Callable[[str], str],
    rejected: Callable[[str, str, str], bool],
) -> list[list[str]]:
    """New titles, source by source in a salted order: [title, employer, source], at most
    `per_employer` an employer over all sources (and each source's own cap and limit);
    `rejected(raw, title, employer group)` says which a builder leaves out."""
    taken: dict[str, int] = defaultdict(int)
    seen: set[str] = set()
    out = []
    for tag, rows in groups:
        source = by_tag[tag]
        cap = min(source.per_employer or per_employer, per_employer)
        here: dict[str, int] = defaultdict(int)
        drawn = 0
        for emp, raw, src in sorted(rows, key=lambda r: salted_order(salt, r[1])):
            if source.limit and drawn >= source.limit:
                break
            title, group = squash(raw), employer(emp)
            fold = title.casefold()
            if rejected(raw, title, group) or fold in titles or fold in seen:
                continue
            if taken[group] >= per_employer or here[group] >= cap:
                continue
            seen.add(fold)
            taken[group] += 1
            here[group] += 1
            drawn += 1
            out.append([title, squash(emp), src])
    return out


def run_builder(
    argv: list[str] | None,
    *,
    name: str,
    doc: str | None,
    tags: Sequence[str],
    read: Callable[[str, Path, str], list[Row]],
    candidates: Callable[[list[tuple[str, list[Row]]], set[str]], list[list[str]]],
    known: Callable[[], set[str]],
    file_help: str = "a saved file, or one version of it (@ its 40-digit commit)",
) -> int:
    """A builder's command line: read every `--file TAG=PATH[@COMMIT]`, print candidates as
    TSV (title, employer, source) in the sources' order; 1 on an unreadable input."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="TAG=PATH[@COMMIT]",
        help=f"{file_help}; tags: " + ", ".join(tags),
    )
    args = ap.parse_args(argv)
    groups: dict[str, list[Row]] = {}
    try:
        for spec in args.file:
            tag, path, commit = file_spec(spec, tags)
            groups.setdefault(tag, []).extend(read(tag, path, commit))
    except (OSError, ValueError, KeyError, UnicodeDecodeError, csv.Error) as exc:
        print(f"{name}: cannot read the input: {exc}", file=sys.stderr)
        return 1
    ordered = [(tag, groups[tag]) for tag in tags if tag in groups]
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for row in candidates(ordered, known()):
        out.writerow(row)
    return 0


def markets(first: str, last: str) -> tuple[str, ...]:
    """File names of the market corpora from `first` to `last` in the order they were
    built ("u", "ab": market_u.tsv ... market_z.tsv, market_aa.tsv, market_ab.tsv)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = [*letters, *(f"a{c}" for c in letters)]
    return tuple(f"market_{n}.tsv" for n in names[names.index(first) : names.index(last) + 1])


class Source(NamedTuple):
    """One saved input of a builder: its tag, repository, files, commit, how a file holds
    its postings, the fields read and its caps."""

    tag: str
    repo: str
    # The saved files (their paths in the repository) that `--file` may name.
    paths: tuple[str, ...]
    commit: str
    # How a file holds its postings (`json_postings`): "array", a JSON list; "wrapped", a
    # JSON list whose first item's "jobs" list holds them; "map", a JSON object of postings
    # keyed by the board's posting id; any other word, the list under that key of a JSON
    # object ("jobs", "offerte"). "csv" files are `read_csv`'s; a
    # builder reads its own other formats ("table", "sqlite") itself.
    fmt: str
    title_field: str = "title"
    employer_field: str = "company"
    # A lower cap per employer for this source (0: the builder's own).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), in its salted order.
    limit: int = 0
    # The feeds (a posting's "source" field) whose postings are left out, where one file
    # gathers several boards' postings.
    left_out: tuple[str, ...] = ()

    @property
    def files(self) -> tuple[str, ...]:
        """The file names a `--file` of this source may have."""
        return tuple(Path(p).name for p in self.paths)


def field_text(value: Any) -> str:
    """A field as text (a missing or non-text field is empty)."""
    return value if isinstance(value, str) else ""


def field_value(value: Any) -> str:
    """A field as text, a whole number as its digits (anything else missing is empty)."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, int):
        return str(value)
    return field_text(value)


def csv_dicts(path: Path, fields: Iterable[str]) -> list[dict[str, Any]]:
    """The rows of a saved CSV file with a header row (a byte-order mark before it
    dropped); ValueError unless the header names each of `fields`."""
    text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    for name in fields:
        if name not in (reader.fieldnames or ()):
            raise ValueError(f"{path.name}: no {name!r} column")
    return list(reader)


def json_postings(path: Path, fmt: str) -> list[dict[str, Any]]:
    """The postings (objects) of a saved JSON file, held as `fmt` says (`Source.fmt`)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    items: Any = doc
    if fmt == "wrapped":
        if not isinstance(doc, list):
            raise ValueError(f"{path.name}: no JSON list")
        head = doc[0] if doc else None
        items = head.get("jobs") if isinstance(head, dict) else None
    elif fmt != "array":
        if not isinstance(doc, dict):
            raise ValueError(f"{path.name}: no JSON object")
        items = list(doc.values()) if fmt == "map" else doc.get(fmt)
    if not isinstance(items, list):
        raise ValueError(f"{path.name}: no list of postings")
    return [job for job in items if isinstance(job, dict)]


def source_key(source: Source, path: Path, commit: str) -> str:
    """The key the rows of one saved file of the source name, `tag:path@commit` (the
    commit's first 8 digits); ValueError unless the file and commit are the source's."""
    check_file(source, path, commit)
    rel = source.paths[source.files.index(path.name)]
    return f"{source.tag}:{rel}@{source.commit[:8]}"


def posting_rows(source: Source, postings: Iterable[Mapping[str, Any]], key: str) -> list[Row]:
    """(employer, title, `key`) of every posting (JSON object, CSV or table row) in its
    order, but those of a feed the source leaves out; zero-width spaces dropped, the
    employer's whitespace collapsed."""
    out = []
    for job in postings:
        if source.left_out and job.get("source") in source.left_out:
            continue
        employer = field_text(job.get(source.employer_field)).replace("\u200b", "")
        title = field_text(job.get(source.title_field)).replace("\u200b", "")
        out.append((" ".join(employer.split()), title, key))
    return out


def read_json(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved JSON file of the
    source, in its order (as `posting_rows`)."""
    key = source_key(source, path, commit)
    return posting_rows(source, json_postings(path, source.fmt), key)


def read_csv(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every row of one saved CSV file of the source
    (its header naming the source's fields), in its order (as `posting_rows`)."""
    key = source_key(source, path, commit)
    fields = (source.title_field, source.employer_field)
    return posting_rows(source, csv_dicts(path, fields), key)


class VersionedSource(NamedTuple):
    """One saved input whose files were each read at their own commit (one file perhaps at
    several, its versions): its tag, repository, files and commits, format, fields and
    caps."""

    tag: str
    repo: str
    # The saved files (their paths in the repository) that `--file` may name, and the
    # commit each was read at (a path given again with another commit: a version of it).
    paths: tuple[str, ...]
    commits: tuple[str, ...]
    fmt: str  # how a file holds its postings, in the builder's own words
    title_field: str
    employer_field: str
    # A lower cap per employer for this source (0: the builder's own).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), in its salted order.
    limit: int = 0
    # The employer of a single employer's board whose file does not name it.
    employer: str = ""
    # How many of a path's last parts a `--file` must end with (2: "greenhouse/n26.json").
    name_parts: int = 1

    @property
    def commit(self) -> str:
        """The commit of a source read at one commit (empty when the files differ)."""
        return self.commits[0] if len(set(self.commits)) == 1 else ""

    @property
    def files(self) -> tuple[str, ...]:
        """What a `--file` of the source must end with: each file's last parts."""
        return tuple("/".join(Path(p).parts[-self.name_parts :]) for p in self.paths)

    def commit_of(self, path: str) -> str:
        """The commit a saved file of the source was read at (the first of several)."""
        return self.commits[self.paths.index(path)]

    def versions(self, path: str) -> tuple[str, ...]:
        """Every commit a saved file of the source was read at."""
        return tuple(c for p, c in zip(self.paths, self.commits, strict=True) if p == path)


def versioned_key(source: VersionedSource, path: Path, commit: str = "") -> str:
    """The key the rows of one saved file of the source name, `tag:path@commit` (the
    commit's first 8 digits): the version `commit` names, or the file's one commit;
    ValueError unless the file and the version are the source's."""
    matches = [
        p
        for p, end in zip(source.paths, source.files, strict=True)
        if path.parts[-len(Path(end).parts) :] == Path(end).parts
    ]
    if not matches:
        raise ValueError(f"{source.tag}: {path.name} is no file the builder knows")
    versions = source.versions(matches[0])
    if commit and commit not in versions:
        raise ValueError(f"{source.tag}: {commit} is no version the builder knows")
    if not commit and len(versions) > 1:
        raise ValueError(f"{source.tag}: {path.name} was read at several commits; name one")
    return f"{source.tag}:{matches[0]}@{(commit or versions[0])[:8]}"


class Tagged(Capped, Protocol):
    """A builder's source, by its tag."""

    @property
    def tag(self) -> str: ...


@dataclass
class Builder:
    """One blind corpus's candidate draw: its sources, what it leaves out, how many titles
    an employer may give, and its command line."""

    corpus: str  # "market_v": the corpus's TSV in `data`, and the salt of its draw
    doc: str | None  # the builder's help text
    data: Path
    sources: Sequence[Tagged]  # in the order they are drawn
    read: Callable[[Any, Path, str], list[Row]]  # (source, saved file, commit or "")
    screen: Screen
    per_employer: int
    aliases: Mapping[str, str] = field(default_factory=dict)
    file_help: str = "a saved file (one of the source's files, by name)"

    def employer(self, name: str) -> str:
        """The key an employer's titles are capped under (aliases joined)."""
        return employer_group(name, self.aliases)

    def corpora(self) -> list[str]:
        """File names of every labelled title corpus in `data` but this one."""
        return other_corpora(self.data, f"{self.corpus}.tsv")

    def known(self) -> set[str]:
        """Case-folded titles of every other labelled corpus."""
        return known_titles(self.data, f"{self.corpus}.tsv")

    def candidates(
        self, groups: Sequence[tuple[str, Sequence[Row]]], titles: Container[str]
    ) -> list[list[str]]:
        """New, non-intern titles, at most `per_employer` an employer (and the source's
        own cap and limit): [title, employer, source], drawn in a salted order."""
        return draw(
            groups,
            titles,
            salt=self.corpus,
            by_tag={s.tag: s for s in self.sources},
            per_employer=self.per_employer,
            employer=self.employer,
            rejected=self.screen.rejected,
        )

    def main(self, argv: list[str] | None = None) -> int:
        """Print candidates as TSV: title, employer, source."""
        by_tag = {s.tag: s for s in self.sources}
        return run_builder(
            argv,
            name=f"build_{self.corpus}",
            doc=self.doc,
            tags=list(by_tag),
            read=lambda tag, path, commit: self.read(by_tag[tag], path, commit),
            candidates=self.candidates,
            known=self.known,
            file_help=self.file_help,
        )
