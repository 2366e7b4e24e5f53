"""Build `data/esco_titles.tsv`: ESCO occupations' job titles, labelled by `data/esco_roles.tsv`.

Usage (from the repository root), with the ESCO v1.1 English CSV `occupations_en.csv`:

    python bench/accuracy/build_esco.py --occupations PATH/occupations_en.csv

and for ESCO's labels in another language (`data/esco_<lang>_titles.tsv`: fr, es, nl, pt from
ESCO's `occupations_<lang>.csv`), with the English CSV to read the mapping's English label
keys through each occupation's `conceptUri`:

    python bench/accuracy/build_esco.py --lang fr --occupations PATH/occupations_fr.csv \
        --english PATH/occupations_en.csv

`--occupations` may also be a folder of the MELO benchmark (github.com/Avature/melo-benchmark,
`data/processed/melo/<country>_q_<lang>_c_<lang>/`) for German, Italian, Polish and the
thirteen languages of `MORE_LANGS` (Swedish ... Estonian): its
`corpus_elements.tsv` holds ESCO's labels of one language (`<key>_<lang>_000` the preferred
label) and `concept_mapping.tsv` each label's ESCO concept URI; the ISCO group is then read
from the English CSV, by the URI.

Every preferred and alternative label of an occupation that `esco_roles.tsv` maps to a
role becomes a title with that role. A title that two occupations of different roles
share is dropped (ambiguous). Each role keeps at most `--per-role` titles, chosen by a
hash of the title, so the file stays small and no role swamps the others. The split
(train/dev/test) is the rule of `titles.tsv`: SHA-256 of the case-folded title, as one
big-endian number, modulo 10 (0-5 train, 6-7 dev, 8-9 test).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

DATA = Path(__file__).parent / "data"
MAPPING = DATA / "esco_roles.tsv"
OUT = DATA / "esco_titles.tsv"
# ESCO's labels the MELO benchmark holds besides (twelfth session): Nordic, Central and
# Eastern European and Baltic languages; MELO writes Norwegian (Bokmål) as "no".
MORE_LANGS = ("sv", "da", "no", "cs", "sk", "hu", "ro", "bg", "hr", "sl", "lt", "lv", "et")
LANGS = ("en", "fr", "es", "de", "it", "nl", "pl", "pt", *MORE_LANGS)
_LEAVE_OUT = "-"


def out_path(lang: str) -> Path:
    """The corpus file of a language: esco_titles.tsv for English, esco_<lang>_titles.tsv else."""
    return OUT if lang == "en" else DATA / f"esco_{lang}_titles.tsv"


def other_titles(out_file: Path) -> set[str]:
    """Case-folded titles of every other labelled corpus in data/, left out of a new one."""
    seen: set[str] = set()
    for path in sorted(DATA.glob("*.tsv")):
        if path.resolve() == out_file.resolve():
            continue
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row.get("title"):
                    seen.add(row["title"].casefold())
    return seen


def english_labels(occupations: Path) -> dict[str, str]:
    """conceptUri -> English preferred label, to read the mapping's label keys in any language."""
    with occupations.open(encoding="utf-8", newline="") as f:
        return {occ["conceptUri"]: occ["preferredLabel"] for occ in csv.DictReader(f)}


def english_isco(occupations: Path) -> dict[str, str]:
    """conceptUri -> ISCO-08 group of ESCO's English CSV (a MELO folder names none)."""
    with occupations.open(encoding="utf-8", newline="") as f:
        return {occ["conceptUri"]: occ["iscoGroup"] for occ in csv.DictReader(f)}


def _tsv_pairs(path: Path) -> list[tuple[str, str]]:
    """The two columns of a headerless MELO TSV."""
    with path.open(encoding="utf-8", newline="") as f:
        return [(row[0], row[1]) for row in csv.reader(f, delimiter="\t") if len(row) >= 2]


def melo_occupations(folder: Path, isco: dict[str, str]) -> list[dict[str, str]]:
    """ESCO occupations, as rows of ESCO's CSV, from a MELO folder's labels and concept URIs.

    Only the English CSV's occupations are kept: the ISCO groups' own concepts
    (`.../esco/isco/C...`, labelled too) are not occupations, and an occupation the English
    CSV lacks has no ISCO group.
    """
    uri_of = dict(_tsv_pairs(folder / "concept_mapping.tsv"))
    labels: dict[str, list[str]] = defaultdict(list)
    # Keys sort as C<concept>_<lang>_<n>: the _000 label comes first and is the preferred one.
    for key, label in sorted(_tsv_pairs(folder / "corpus_elements.tsv")):
        uri = uri_of[key]
        if uri in isco:
            labels[uri].append(label)
    return [
        {
            "conceptUri": uri,
            "iscoGroup": isco[uri],
            "preferredLabel": names[0],
            "altLabels": "\n".join(names[1:]),
        }
        for uri, names in labels.items()
    ]


def occupation_rows(occupations: Path, isco: dict[str, str] | None) -> list[dict[str, str]]:
    """The rows of an ESCO occupations CSV, or of a MELO folder (which needs `isco`)."""
    if occupations.is_dir():
        if isco is None:
            raise ValueError(f"{occupations}: a MELO folder needs the English CSV's ISCO groups")
        return melo_occupations(occupations, isco)
    with occupations.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def split_of(title: str) -> str:
    """train, dev or test by the hash rule of titles.tsv."""
    bucket = int.from_bytes(hashlib.sha256(title.casefold().encode()).digest(), "big") % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


def load_mapping(path: Path) -> dict[str, str]:
    """Key (ISCO code or ESCO preferred label) -> role or "-"; '#' lines are comments."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    mapping: dict[str, str] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        key = row["key"].strip()
        if key in mapping:
            raise ValueError(f"{path.name}: key {key!r} twice")
        mapping[key] = row["role"].strip()
    return mapping


def role_of(mapping: dict[str, str], label: str, isco: str) -> str | None:
    """The most specific mapping of an occupation: its label, then its ISCO code's prefixes."""
    for key in (label, isco, isco[:3], isco[:2], isco[:1]):
        if key in mapping:
            role = mapping[key]
            return None if role == _LEAVE_OUT else role
    return None


def titles(
    occupations: Path,
    mapping: dict[str, str],
    english: dict[str, str] | None = None,
    isco: dict[str, str] | None = None,
) -> dict[str, tuple[str, str, str]]:
    """Case-folded title -> (title, role, ISCO code) for every mapped occupation's labels.

    `english` (conceptUri -> English preferred label) is given for a file of another
    language: the mapping's label keys are English. `isco` (conceptUri -> ISCO group of
    the English CSV) is given for a MELO folder, which names no ISCO group.
    """
    found: dict[str, tuple[str, str, str]] = {}
    clash: set[str] = set()
    for occ in occupation_rows(occupations, isco):
        key_label = occ["preferredLabel"]
        if english is not None:
            key_label = english.get(occ["conceptUri"], "")
        role = role_of(mapping, key_label, occ["iscoGroup"])
        if role is None:
            continue
        labels = [occ["preferredLabel"], *occ["altLabels"].split("\n")]
        for label in labels:
            # A stray slash at either end is a typo of ESCO's ("directora de .../");
            # a slash inside joins the two genders as an ad does and is kept.
            title = " ".join(label.split()).strip("/ ")
            key = title.casefold()
            if not title:
                continue
            if key in found and found[key][1] != role:
                clash.add(key)
            found.setdefault(key, (title, role, occ["iscoGroup"]))
    for key in clash:
        del found[key]
    return found


def sample(found: dict[str, tuple[str, str, str]], per_role: int) -> list[tuple[str, str, str]]:
    """At most `per_role` titles of each role, chosen by a hash of the title (stable)."""
    by_role: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for row in found.values():
        by_role[row[1]].append(row)
    kept = []
    for rows in by_role.values():
        rows.sort(key=lambda r: hashlib.sha256(b"sample:" + r[0].casefold().encode()).digest())
        kept += rows[:per_role]
    return sorted(kept, key=lambda r: (r[1], r[0].casefold()))


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: read ESCO and the mapping, write the labelled TSV."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--occupations",
        type=Path,
        required=True,
        help="ESCO occupations_<lang>.csv, or a MELO folder of one language's ESCO labels",
    )
    parser.add_argument("--lang", choices=LANGS, default="en", help="the language of the file")
    parser.add_argument(
        "--english", type=Path, help="ESCO occupations_en.csv (needed for any --lang but en)"
    )
    parser.add_argument("--per-role", type=int, default=1500, help="most titles kept per role")
    parser.add_argument(
        "--out", type=Path, help="default: data/esco_titles.tsv, esco_fr_titles.tsv, ..."
    )
    args = parser.parse_args(argv)
    if args.lang != "en" and args.english is None:
        print(f"error: --lang {args.lang} needs --english PATH/occupations_en.csv")
        return 2
    out_file = args.out or out_path(args.lang)
    try:
        mapping = load_mapping(MAPPING)
        english = None if args.lang == "en" else english_labels(args.english)
        isco = english_isco(args.english) if args.occupations.is_dir() else None
        found = titles(args.occupations, mapping, english, isco)
        if args.lang != "en":
            # A title another corpus holds ("data analyst" of the English labels, Spanish
            # "contable" of a job board) is scored there, not twice.
            for key in other_titles(out_file) & found.keys():
                del found[key]
    except (OSError, KeyError, ValueError, csv.Error) as exc:
        print(f"error: {exc}")
        return 2
    rows = sample(found, args.per_role)
    with out_file.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(["title", "role", "level", "set", "source"])
        for title, role, isco in rows:
            # ESCO gives no seniority: "?" = level not labelled, not scored.
            out.writerow([title, role, "?", split_of(title), f"esco:{isco}"])
    print(f"{len(rows)} titles of {len(found)} mapped -> {out_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
