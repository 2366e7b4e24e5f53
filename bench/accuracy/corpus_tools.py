"""Small pieces every blind-corpus builder of bench/accuracy uses (read-only helpers).

The bench scripts are no package: a builder puts this folder on `sys.path` and imports
from here, as it does `build_esco.split_of`, the one split rule of every corpus.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Container, Iterable, Iterator
from pathlib import Path

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


def salted_order(salt: str, title: str) -> str:
    """A fixed pseudo-random order of titles: a hash whose salt ("market_e", ...) is
    unlike the split's, so the choice of titles does not bias the split."""
    return hashlib.sha256(f"{salt}|{title.casefold()}".encode()).hexdigest()


def corpus_rows(data: Path, names: Iterable[str]) -> Iterator[dict[str, str]]:
    """The rows of the named labelled corpora (TSV files in `data`), one after another."""
    for name in names:
        with (data / name).open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh, delimiter="\t")


def other_corpora(data: Path, own: str) -> list[str]:
    """File names of every labelled title corpus in `data` but `own` (O*NET's role map and
    overrides are no title corpora)."""
    skip = {own, "onet_overrides.tsv"}
    return [
        p.name
        for p in sorted(data.glob("*.tsv"))
        if p.name not in skip and not p.name.endswith("_roles.tsv")
    ]


def known_titles(data: Path, own: str) -> set[str]:
    """Case-folded titles of every labelled corpus in `data` but `own`."""
    rows = corpus_rows(data, other_corpora(data, own))
    return {row["title"].casefold() for row in rows if row.get("title")}


def file_spec(spec: str, tags: Container[str]) -> tuple[str, Path, str]:
    """A builder's `--file TAG=PATH[@COMMIT]` as (tag, path, commit or "")."""
    tag, sep, rest = spec.partition("=")
    if not sep or tag not in tags:
        raise ValueError(f"unknown source {tag!r} (expected TAG=PATH)")
    path, at, commit = rest.rpartition("@") if "@" in rest else (rest, "", "")
    if at and not re.fullmatch(r"[0-9a-f]{40}", commit):
        raise ValueError(f"{spec}: a version is a 40-digit commit")
    return tag, Path(path), commit
