"""Locations: city, region, ISO country and workplace type (remote/hybrid/onsite) from text.

Gazetteers: pycountry (countries, their names in many languages via its bundled ISO 3166
translations, subdivisions such as US states and Canadian provinces) and GeoNames cities of
15,000+ people with alternate names, so "München" is Munich (data/cities.tsv, read by
gazetteer.py). Only a small alias table (NYC, SF, UK, ...) is written by hand. Indexes are
built once, on first use.
"""

from __future__ import annotations

import gettext
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import pycountry

from scraper.normalize import gazetteer
from scraper.vocab import AREAS, CITY_ALIASES, COUNTRY_ALIASES, US_AREAS, fold, norm_place


@dataclass(frozen=True, slots=True)
class Place:
    """One place a job can be done: any of city, region (subdivision), country, plus remote."""

    city: str | None = None
    region: str | None = None
    country: str | None = None
    remote: bool = False
    area: str | None = None  # a multi-country area: "EU", "EMEA", "Worldwide"

    @property
    def label(self) -> str:
        """A short display form: 'San Francisco, CA, US', 'Remote (US)', 'Remote (EMEA)'."""
        parts = [p for p in (self.city, self.region, self.country) if p]
        where = ", ".join(parts) or self.area or ""
        if self.remote:
            return f"Remote ({where})" if where else "Remote"
        return where


@dataclass(frozen=True, slots=True)
class Location:
    """Everything known about where a job is: the first place, all places, workplace type."""

    city: str | None
    region: str | None
    country: str | None
    remote: str | None  # remote | hybrid | onsite | None (not stated)
    places: tuple[Place, ...] = ()

    @property
    def labels(self) -> tuple[str, ...]:
        """Display labels of every place, in order, without repeats."""
        return tuple(dict.fromkeys(p.label for p in self.places if p.label))


# -- workplace type ----------------------------------------------------------------------

_CN_SEP = r"\s/,，、()（）|"
_CN_REMOTE = (
    rf"远程办公|远程工作|全远程|可远程|居家办公|遠端工作|遠距工作|"
    rf"(?<![^{_CN_SEP}])(?:远程|遠端)(?![^{_CN_SEP}])"
)
_REMOTE_WORDS = re.compile(
    r"\b(?:remote|remotely|anywhere|worldwide|work(?:ing)? (?:from|at) home|wfh|telecommut\w*|"
    r"home[- ]?office|homeoffice|fernarbeit|télétravail complet|full remote|100% remote|"
    r"remoto|teletrabajo|remote-first|werk van(?:uit)? thuis|thuiswerk(?:en)?|"
    r"praca zdalna|smart working|(?:100% )?zdalnie|hjemmekontor|fjernarbeid|fjernarbejde|"
    r"hjemmearbejde|distansarbete|etätyö|home[- ]based|heimarbeit|"
    # Czech and Slovak: "Práce z domova", "Práce na dálku", "Práca z domu", "Práca na diaľku".
    r"pr[áa]ce z domova|pr[áa]ce na d[áa]lku|pr[áa]ca z domu|pr[áa]ca na dia[lľ]ku|"
    # Workday's "Offsite/Home" ("EMEA - Germany - Offsite/Home"): work from home.
    r"off-?site\s*/\s*home)\b"
    # Japanese, Korean and Chinese boards write remote work in their own script, with no
    # word boundary around it ("フルリモート", "재택근무", "远程办公"). Chinese 远程 alone only
    # as a word of its own: "远程医疗" (telemedicine) in a title is no remote job.
    rf"|(?:フル)?リモート|テレワーク|在宅勤務|재택\s?근무|원격\s?근무|리모트\s?근무|{_CN_REMOTE}",
    re.I,
)
_HYBRID_WORDS = re.compile(
    r"\b(?:hybrid|hybride?|híbrido|teilweise remote|télétravail partiel|flex(?:ible)? office|"
    r"partially remote|partly remote)\b"
    # Home some of the time is hybrid: "(Job with occasional home office)", Slovak
    # "(Pozícia umožňuje občasnú prácu z domu)" (profesia.sk).
    r"|\boccasional (?:home[- ]?office|remote work|work from home)\b|\bobčasnú prácu z domu\b",
    re.I,
)
_ONSITE_WORDS = re.compile(
    r"\b(?:on-?site|on site|in[- ]office|in person|office[- ]based|vor ort|présentiel|"
    r"presencial)\b",
    re.I,
)
_TELETRAVAIL = re.compile(r"\btélétravail\b", re.I)
# A workplace, then home office beside it (Swiss boards): "Bern und Homeoffice", "Berne et
# télétravail", "Berna e home office", "Zofingen / Homeoffice", "Bern, Homeoffice möglich":
# an office and home, hybrid. "Home Office, DE" alone stays remote.
_OFFICE_AND_HOME = re.compile(
    r"\w[\w.)]*\s*(?:\b(?:und|and|e|et|oder|or|ou)\b|/|,)\s*"
    r"(?:home[- ]?office|homeoffice|télétravail)\b(?!\s*,\s*[A-Z]{2}\b)",
    re.I,
)
_REMOTE_FIRST = re.compile(r"\s*(?:fully |100% )?(?:remote|anywhere|worldwide|wfh)\b", re.I)
# "Virtual" in a location field means remote ("POL Virtual", "Virtual - US"); in a title it
# does not ("Virtual Assistant"), so it is read from location texts only.
_VIRTUAL = re.compile(r"\bvirtual\b", re.I)
# Descriptions are only trusted for explicit statements about this role.
_DESC_REMOTE = re.compile(
    r"\b(?:this (?:role|position|job) is (?:fully |100% )?remote|fully remote (?:role|position)|"
    r"100% remote|remote[- ]only)\b",
    re.I,
)
_DESC_HYBRID = re.compile(
    r"\b(?:this (?:role|position|job) is hybrid|hybrid (?:role|position|work(?:ing)? "
    r"(?:model|schedule|arrangement))|\d days? (?:a|per) week in (?:the|our) office)\b",
    re.I,
)
_DESC_ONSITE = re.compile(
    r"\b(?:this (?:role|position|job) is (?:fully )?(?:on-?site|in[- ]office)|"
    r"(?:on-?site|in[- ]office) (?:role|position))\b",
    re.I,
)
_HINT_WORDS: dict[str, str] = {
    "remote": "remote",
    "fully remote": "remote",
    "telecommute": "remote",
    "hybrid": "hybrid",
    "onsite": "onsite",
    "on-site": "onsite",
    "on site": "onsite",
    "in_office": "onsite",
    "in-office": "onsite",
    "office": "onsite",
    "in office": "onsite",
    "unspecified": "",
    "none": "",
}


def workplace_from_text(text: str | None) -> str | None:
    """remote|hybrid|onsite stated in a short text (a location, a source field, a title)."""
    if not text:
        return None
    if _THAI_LETTER.search(text):
        # Thai has no spaces: a scraper runs the next field's English word on ("BTS
        # อารีย์Hybrid", "จ.ระยองRemote"), with no word boundary before it.
        text = _THAI_THEN_LATIN.sub(" ", text)
    lowered = text.strip().lower()
    if lowered in _HINT_WORDS:
        return _HINT_WORDS[lowered] or None
    if _HYBRID_WORDS.search(text) or (
        _OFFICE_AND_HOME.search(text) and not _REMOTE_FIRST.match(text)
    ):
        return "hybrid"
    if _REMOTE_WORDS.search(text):
        return "remote"
    if _TELETRAVAIL.search(text):
        return "hybrid"
    if _ONSITE_WORDS.search(text):
        return "onsite"
    return None


def workplace_from_description(text: str | None) -> str | None:
    """remote|hybrid|onsite only from explicit sentences ('This role is hybrid')."""
    if not text:
        return None
    lowered = text.lower()
    # Substring checks first: the regexes are slow over a 3 KB description.
    if not any(w in lowered for w in ("remote", "hybrid", "site", "office")):
        return None
    if _DESC_HYBRID.search(text):
        return "hybrid"
    if _DESC_ONSITE.search(text):
        return "onsite"
    if _DESC_REMOTE.search(text):
        return "remote"
    return None


def workplace(hint: str | bool | None, *texts: str | None) -> str | None:
    """remote|hybrid|onsite from the source's own field, else from the texts given; else None."""
    if isinstance(hint, bool):
        if hint:
            return "remote"
    elif isinstance(hint, str) and hint.strip():
        found = workplace_from_text(hint)
        if found:
            return found
    for text in texts:
        found = workplace_from_text(text)
        if found:
            return found
    return None


# -- gazetteer indexes -------------------------------------------------------------------

# Languages whose country names are indexed (pycountry ships ISO 3166 translations).
_LANGUAGES = (
    "de", "fr", "es", "it", "nl", "pt", "pt_BR", "pl", "sv", "da", "nb", "fi", "cs", "sk",
    "hu", "ro", "el", "tr", "ru", "uk", "ja", "zh_CN", "zh_TW", "ko", "he", "ar", "id", "vi",
)  # fmt: skip
# Where a bare city name is ambiguous, jobs in these countries are far more common here.
_COUNTRY_WEIGHT = {"US": 3.0, "GB": 2.0, "CA": 2.0, "DE": 2.0, "IN": 1.5, "FR": 1.5}
_NOISE = re.compile(
    r"^\*+|\((?:hq|headquarters)\)|"
    # "NYC Global HQ", "London Corporate Headquarters": the office's kind is no area
    r"\b(?:global|world|corporate|international|emea|european|us|americas|apac)\s+"
    r"(?:hq|headquarters|head office)\b|\bhead office\b|"
    r"\bhq\b\s*[-–:]?|\boffices?\b|\bremote job\b|"
    # Who is hired, not where: "Remote Hire, Remote" was Hiré, Côte d'Ivoire.
    r"\b(?:new\s+)?hires?\b|\bworkers?\b|\bemployees?\b|"
    # The contract, not the place: itjobs.pt's "Lisboa Full-time Remoto".
    r"\b(?:full|part)[\s-]?time\b|"
    # A team's word after the town is no part of its name: "Detroit Sales, MI".
    r"(?<=[^\W\d_])\s+sales\b|"
    r"\b(?:based in|located in|in the|within the|only|preferred|time ?zones?)\b|\bbased\b|"
    # "Greater Boston", and "Great" misspelt for it before an area ("Great Seattle area");
    # not the "Great" of a town's own name ("Great Falls, MT", "Great Yarmouth").
    r"^\s*the\b|^\s*greater\b|^\s*great\b(?=[^,;|]*\barea\b)|^\s*locations?\b(?:\s*:)?|"
    r"\bmetro(?:politan)?\s+(?:area|region)\b|\bmetroplex\b|"
    r"\bmetro\b|(?<!bay )(?<!tri-state )\barea\b|\bheadquarters\b|\bhybrid available\b|"
    r"\bwithin\b|(?<=[a-z])HQ\b|\b(?:any state|all locations|multiple locations)\b|"
    r"\bselect (?:locations|states|provinces|cities|countries|regions)\b|"
    # US time zones by name: "Remote, USA (Eastern Time)" names no town
    r"\b(?:eastern|central|mountain|pacific)(?: standard)? time(?: zone)?\b|"
    # time zones are not places: "UTC-5 to UTC+3", "GMT+1", "CET ± 3h" (but a word that
    # begins so is a word: Peru's district "UTCO" was cut to "O", Bolivia's Oruro)
    r"\b(?:utc|gmt)\s*(?:[+\-±−]\s*\d{1,2}(?::\d\d)?)?(?:\s*h(?:ours?)?)?(?!\w)|"
    r"±\s*\d+\s*h(?:ours?)?\b|"
    # A start date noted after the place (Swiss federal and postal boards): "Brugg,
    # Lehrbeginn August 2026", "Startdatum: 01.01.2026", "Date d'entrée : 01.01.2026".
    # "Cham - Kt. Zug", "Kanton Schwyz": the canton's name follows the word.
    r"\bkt\.\s*|\bkanton\s+(?=\w)|"
    # "Kreis Gütersloh", "Landkreis Esslingen", "Lkr. Dachau": the district is named after
    # its town (not Zürich's numbered "Kreis 4").
    r"\b(?:land)?kreis\s+(?=[^\W\d_])|\blkr\.\s*(?=[^\W\d_])|"
    r"\b(?:lehr|lern)beginn\s+\w+\s+\d{4}|\binizio dell['’]apprendistato\s+\w+\s+\d{4}|"
    r"\b(?:startdatum|start date|date d['’]entrée)\s*:?\s*\d{1,2}\.\d{1,2}\.\d{4}|"
    # A workload after the town, with or without its per cent sign ("Fraubrunnen 80-100",
    # "Olten 60%"): no street number or postcode.
    r"(?<=[^\W\d_])\s+\d{1,3}\s*[-–]\s*\d{2,3}\s*%?(?=\s*$|\s*[,;)])|(?<=[^\W\d_])\s+\d{1,3}\s*%|"
    # One workload of 50-100 without its sign at the very end ("Zeiningen 100", "Olten
    # 80"): above the district numbers written after a city ("Praha 10", "Wien 23").
    r"(?<=[^\W\d_])\s+(?:[5-9]0|100)\s*$",
    re.I,
)
# " or "/" and " are lower-case only: "Portland, OR" names Oregon.
# An upper-case "OR" between two names is the word too: "San Francisco OR New York".
_SPLIT = re.compile(
    r"\s*(?:;|\||\bu/o\b|/|·|•|\n|\bor\b|\band\b|&|\+|\bund\b|(?<!-)\b(?:oder|et)\b(?!-)|\bou\b|"
    # Italian "e" (and) only before a work-from-home word: "Berna e home office".
    r"\be(?=\s+(?:home|télétravail))|(?<=[a-z])\s+OR(?=\s+[A-Z])|"
    r"(?<=\w)\s+l\s+(?=[A-Z]))\s*"
)
_BRACKETS = re.compile(r"[()\[\]{}（）【】]")  # and the full-width ones of CJK text
_REMOTE_STRIP = re.compile(
    r"\b(?:fully |100% |temporarily |partially |partly |mostly |currently |initially )?"
    r"(?:remote|remotely|work from home|wfh|hybrid|on-?site|anywhere in|"
    # "Anywhere, US", "Anywhere USA" and "Ukraine Anywhere" name the country; "Anywhere"
    # alone is the whole world.
    r"anywhere(?=\s*[(,:–—-]?\s*\w)|(?<!remote\s)(?<!from\s)(?<=[\w.]\s)anywhere$|"
    r"in[- ]office|home[- ]?office|homeoffice|werk van(?:uit)? thuis|thuiswerk(?:en)?|"
    r"télétravail|teletrabajo|remoto|praca zdalna|smart working|(?:100% )?zdalnie|"
    r"hjemmekontor|fjernarbeid|fjernarbejde|hjemmearbejde|distansarbete|etätyö|"
    # the workplace words of Spanish, Portuguese and French boards: "Híbrido, São Paulo",
    # "Presencial, Lima", "Hybride, Paris" name no town called so
    r"h[ií]brid[oa]|hybride|presencial|présentiel|(?:home|office|field)[- ]based)\b"
    # "Remote in UK", but not the "In" of "Remote India" or "Hybrid Indianapolis".
    r"(?:\s*(?:(?:in|from|within)\b|-|–|—|:|,))?"
    rf"|(?:フル)?リモート|テレワーク|在宅勤務|재택\s?근무|원격\s?근무|리모트\s?근무|{_CN_REMOTE}",
    re.I,
)
# A job site's work-from-home label in its own language, then the site's country code:
# Indeed's "Home Office, DE" and "Werk van thuis, NL" are Germany and the Netherlands,
# not Delaware and Newfoundland, as an English word would suggest a US state.
_LOCAL_REMOTE_CODE = re.compile(
    r"^\s*(?:home[- ]?office|homeoffice|werk van(?:uit)? thuis|thuiswerk(?:en)?|"
    r"télétravail|teletrabajo|remoto|praca zdalna|smart working)\s*,\s*(?P<cc>[A-Z]{2})\s*$",
    re.I,
)


_WS = re.compile(r"\s+")


def _key(text: str) -> str:
    """Lower case, accents folded, spaces collapsed: 'Karnātaka' and 'karnataka' meet."""
    key = fold(_WS.sub(" ", text.strip().strip(".,-–—:'’")))
    # "St.Gallen", "St.-Chamond": the abbreviation of Saint written without its space.
    return _ST_JOINED.sub(r"\1. ", key) if "st." in key else key


_ST_JOINED = re.compile(r"\b(st|ste)\.(?=[^\W\d_])")


def _catalog(domain: str, lang: str) -> gettext.GNUTranslations:
    """pycountry's `domain` catalogue in `lang`, chained to its fallbacks ("pt_BR" to "pt")
    as `gettext.translation` chains them, but not kept in gettext's cache.

    Each is read once to build an index; cached, the 31 catalogues stayed in every worker
    for the life of the process (2.8 MB). OSError when there is none, as there."""
    found: gettext.GNUTranslations | None = None
    for path in gettext.find(domain, pycountry.LOCALES_DIR, [lang], all=True):
        with Path(path).open("rb") as fp:
            catalog = gettext.GNUTranslations(fp)
        if found is None:
            found = catalog
        else:
            found.add_fallback(catalog)
    if found is None:
        raise FileNotFoundError(f"no {domain} catalogue for {lang}")
    return found


class _Subdivision(NamedTuple):
    """An ISO 3166-2 subdivision as `pycountry.subdivisions` gives it: the fields read here."""

    code: str
    name: str
    type: str
    country_code: str
    parent_code: str | None


def _iso_subdivisions() -> list[_Subdivision]:
    """Every ISO 3166-2 subdivision, in pycountry's order, read afresh from its database file.

    Not `pycountry.subdivisions`: once loaded, that database and its indices stay for the
    life of the process (3.4 MB in every worker), while only the indexes built from it
    here are needed. Fields as pycountry derives them (`SubdivisionHierarchy`)."""
    with Path(pycountry.subdivisions.filename).open(encoding="utf-8") as f:
        entries = json.load(f)["3166-2"]
    out = []
    for entry in entries:
        code = entry["code"]
        country = code.split("-")[0]
        parent = entry.get("parent")
        if parent is not None and parent.split("-")[0] != country:
            parent = f"{country}-{parent}"
        out.append(_Subdivision(code, entry["name"], entry["type"], country, parent))
    return out


@cache
def _countries() -> dict[str, str]:
    index: dict[str, str] = {}
    english: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                english[_key(name)] = code
                if "," in name:
                    # ISO's inverted names: "Korea, Republic of" is also written "Korea"
                    # and, uninverted, "Republic of Korea" ("Moldova, Republic of").
                    before, _, after = name.partition(",")
                    english.setdefault(_key(before), code)
                    uninverted = f"{after.strip()} {before}"
                    english.setdefault(_key(uninverted), code)
                    # "Democratic Republic of the Congo", without ISO's leading "The"
                    english.setdefault(_key(re.sub(r"^the ", "", uninverted, flags=re.I)), code)
        index[country.alpha_3.lower()] = code
    for lang in _LANGUAGES:
        try:
            tr = _catalog("iso3166-1", lang)
        except OSError:
            continue
        for country in pycountry.countries:
            for attr in ("name", "common_name"):
                name = getattr(country, attr, None)
                if name:
                    local = tr.gettext(name)
                    if local != name:
                        index.setdefault(_key(local), country.alpha_2)
    index.update(english)
    index.update({_key(name): code for name, code in COUNTRY_ALIASES.items()})
    _TRANSLATED_ONLY.update(k for k in index if k not in english and k not in COUNTRY_ALIASES)
    # A country's name in one translation only that is a big city's own name abroad is the
    # city: "Brasília" (Brazil in one language), "Salvador", "Norfolk" ("Naval Base,
    # Norfolk, Virginia" was Norfolk Island), "Franca", "Granada".
    for city in gazetteer.cities():
        key = _key(city.name)
        if city.population >= _CITY_OVER_TRANSLATION and key in _TRANSLATED_ONLY:
            # (Brasília is in Brazil: the city still says more than the country.)
            index.pop(key, None)
            _TRANSLATED_ONLY.discard(key)
    return index


# A city this big keeps its name from a country's translated name.
_CITY_OVER_TRANSLATION = 200_000


# Country names indexed only from a translation ("Włochy" is Polish for Italy, and also a
# district of Warsaw): filled by _countries().
_TRANSLATED_ONLY: set[str] = set()


@cache
def _subdivisions() -> dict[str, list[tuple[str, str, str]]]:
    """Name or short code -> [(country, code suffix, name)] for every ISO 3166-2 subdivision."""
    index: dict[str, list[tuple[str, str, str]]] = {}
    english: gettext.NullTranslations
    try:
        # ISO names are local ("Bayern"); the English translation adds "Bavaria".
        english = _catalog("iso3166-2", "en")
    except OSError:
        english = gettext.NullTranslations()
    subdivisions = _iso_subdivisions()
    for sub in subdivisions:
        country, _, short = sub.code.partition("-")
        # Some ISO names carry a second name or their code in brackets ("Catalunya
        # [Cataluña]", "Cardiff [Caerdydd GB-CRD]", "Uppsala län [SE-03]"): each name
        # is indexed alone, as texts write it.
        names = [n.strip() for n in _ISO_CODE.sub("", sub.name).replace("]", "").split("[")]
        entry = (country, short, names[0])
        translated = english.gettext(sub.name)
        if country == "SE":
            names += _swedish_county(names[0])
        # A country of several official languages writes its regions in each: Swiss Post's
        # "Zermatt (Wallis)", "Lugano (Tessin)" name the cantons ISO calls Valais and Ticino.
        names += _REGION_TRANSLATIONS.get(sub.code, ())
        names += [_SANKT.sub("St. ", n) for n in names if _SANKT.match(n)]
        names += _REGION_FORMS.get(sub.code, ())
        # English gives some names in every language at once: "Fribourg / Freiburg /
        # Friburgo / Friburg" (CH-FR) is each of them.
        names += [n.strip() for n in translated.split(" / ")] if " / " in translated else []
        # ISO's inverted names, written the other way round: "Valenciana, Comunidad" is
        # "Comunidad Valenciana", "Praha, Hlavní město" "Hlavní město Praha", "Durham,
        # County" "County Durham" (a comma splits a location text, so the inverted name
        # itself is never read).
        names += [" ".join(n.split(", ", 1)[::-1]) for n in names if ", " in n]
        for name in (*names, translated):
            key = _key(name)
            if name and key not in _GENERIC_REGIONS and entry not in index.get(key, ()):
                index.setdefault(key, []).append(entry)
        # Postal abbreviations ("CA", "ON", "NSW", "MH") are written in place of names.
        index.setdefault(short.lower(), []).append(entry)
    for short in ("dc", "d.c"):
        index.setdefault(short, []).append(("US", "DC", "District of Columbia"))
    # Colombia writes its capital district so too: "Bogotá, D.C.".
    index["d.c"].append(("CO", "DC", "Distrito Capital de Bogotá"))
    # Chinese provinces ("广东省", "广东") and Taiwan's counties and cities ("新竹縣",
    # "台中市") by their Chinese names: ISO lists them in pinyin, its translations few.
    chinese = [("CN", code, name, suffix) for code, name, suffix in _CN_PROVINCES]
    chinese += [("TW", code, full[:-1], full[-1]) for code, full in _TW_DIVISIONS.items()]
    for country, code, name, suffix in chinese:
        entry = (country, code, name)
        for written in {name, name.replace("臺", "台")}:
            index.setdefault(_key(written), []).append(entry)
            index.setdefault(_key(written + suffix), []).append(entry)
    # Japanese prefectures and Korean provinces in their own script ("兵庫県", "경기도",
    # "경기", "서울특별시"): ISO names them in romaji and romanised Korean only, and the job
    # boards of both countries write the prefecture or province first ("경기 과천시").
    for country, short, name, local in _local_divisions():
        entry = (country, short, name)
        for form in _local_forms(country, short, local):
            held = index.setdefault(_key(form), [])
            if entry not in held:
                held.append(entry)
    # Mexican states by the abbreviations Mexican addresses and job boards use ("N.L.",
    # "Qro.", "Edomex"): ISO's codes are others ("NLE", "QUE"), so "Monterrey, NL" was
    # read as a town of Newfoundland and Labrador.
    mexican = {sub.code: sub.name for sub in subdivisions if sub.country_code == "MX"}
    for short, written in _MX_STATES.items():
        name = mexican[f"MX-{short}"]
        for form in written.split():
            index.setdefault(_key(form), []).append(("MX", short, name))
    # ISO calls the State of Mexico "México"; boards write it out ("Estado de México,
    # Naucalpan de Juárez", "Edo. de México").
    for form in ("Estado de México", "Edo. de México", "Edo. Méx."):
        index.setdefault(_key(form), []).append(("MX", "MEX", "México"))
    # "Washington State" is the state, never the capital.
    index.setdefault("washington state", []).append(("US", "WA", "Washington"))
    # Hong Kong's 18 districts, which ISO does not list and JobsDB writes as the place
    # ("Kwai Hing, Kwai Tsing District"); a generic name only with "District" after it.
    for name in _HK_DISTRICTS:
        entry = ("HK", "", name)
        index.setdefault(_key(f"{name} District"), []).append(entry)
        if _key(name) not in _GENERIC_REGIONS:
            index.setdefault(_key(name), []).append(entry)
    # Indonesia's provinces as English writes them: ISO has "Jawa Barat", job boards
    # "West Java" ("Cibitung, West Java", "Medan, North Sumatra").
    for entries in list(index.values()):
        for country, short, name in entries:
            english_name = _indonesian_in_english(name) if country == "ID" else None
            held = index.setdefault(_key(english_name), []) if english_name else []
            if english_name and short and (country, short, name) not in held:
                held.append((country, short, name))
    # Ulster, ISO's province of Ireland, is six counties of Northern Ireland too (whose
    # boards write "Belfast, Ulster"): the town says which country, the name alone none.
    index.setdefault("ulster", []).append(("GB", "NIR", "Northern Ireland"))
    # Singapore's five regions, which JobStreet writes after the area ("Bishan, Central
    # Region"); ISO lists only five districts by other names.
    for name in _SG_REGIONS:
        index.setdefault(_key(name), []).append(("SG", "", name))
    return index


# A country of several official languages writes its regions in each; pycountry's ISO
# 3166-2 translations into them (de, fr, it for CH; nl, fr, de for BE; fr for CA; sv for
# FI), where they differ from ISO's name and its English one. A table rather than the
# catalogues, which hold every country's names (3 MB kept for the life of a process);
# tests/test_normalize_location.py checks it against pycountry.
_REGION_TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "CH-AG": ("Argovie", "Argovia"),
    "CH-AI": ("Appenzell Rhodes-Intérieures", "Appenzello Interno"),
    "CH-AR": ("Appenzell Rhodes-Extérieures", "Appenzello Esterno"),
    "CH-BE": ("Bern", "Berna"),
    "CH-BL": ("Bâle-Campagne", "Basilea Campagna"),
    "CH-BS": ("Bâle-Ville", "Basilea Città"),
    "CH-FR": ("Friburgo",),
    "CH-GE": ("Genf", "Ginevra"),
    "CH-GL": ("Glaris", "Glarona"),
    "CH-GR": ("Grisons", "Grigioni"),
    "CH-JU": ("Giura",),
    "CH-LU": ("Lucerne", "Lucerna"),
    "CH-NE": ("Neuenburg",),
    "CH-NW": ("Nidwald", "Nidvaldo"),
    "CH-OW": ("Obwald", "Obvaldo"),
    "CH-SG": ("Saint-Gall", "San Gallo"),
    "CH-SH": ("Schaffhouse", "Sciaffusa"),
    "CH-SO": ("Soleure", "Soletta"),
    "CH-SZ": ("Schwytz", "Svitto"),
    "CH-TG": ("Thurgovie", "Turgovia"),
    "CH-TI": ("Tessin",),
    "CH-VD": ("Waadt",),
    "CH-VS": ("Wallis", "Vallese"),
    "CH-ZG": ("Zoug", "Zugo"),
    "CH-ZH": ("Zurich", "Zurigo"),
    "BE-BRU": ("Brussels Hoofdstedelijk Gewest",),
    "BE-VAN": ("Anvers",),
    "BE-VBR": ("Brabant-Flamand", "Flämisch-Brabant"),
    "BE-VLI": ("Limourg",),
    "BE-VOV": ("Flandre-Orientale", "Ostflandern"),
    "BE-VWV": ("Flandre-Occidentale", "Westflandern"),
    "BE-WBR": ("Waals-Brabant", "Wallonisch-Brabant"),
    "BE-WHT": ("Henegouwen", "Hennegau"),
    "BE-WLG": ("Luik", "Lüttich"),
    "BE-WNA": ("Namen",),
    "CA-BC": ("Colombie-Britannique",),
    "CA-NB": ("Nouveau Brunswick",),
    "CA-NL": ("Terre-Neuve-et-Labrador",),
    "CA-NS": ("Nouvelle-Écosse",),
    "CA-NT": ("Territoires-du-Nord-Ouest",),
    "CA-PE": ("Île-du-Prince Édouard",),
    "CA-QC": ("Québec",),
    "FI-02": ("Södra Karelen",),
    "FI-03": ("Södra Österbotten",),
    "FI-04": ("Södra Savolax",),
    "FI-05": ("Kajanaland",),
    "FI-06": ("Egentliga Tavastland",),
    "FI-07": ("Mellersta Österbotten",),
    "FI-08": ("Mellersta Finland",),
    "FI-09": ("Kymmenedalen",),
    "FI-10": ("Lappland",),
    "FI-11": ("Birkaland",),
    "FI-12": ("Österbotten",),
    "FI-13": ("Norra Karelen",),
    "FI-14": ("Norra Österbotten",),
    "FI-15": ("Norra Savolax",),
    "FI-16": ("Päijänne-Tavastland",),
    "FI-18": ("Nyland",),
    "FI-19": ("Egentliga Finland",),
}
# Forms boards write that no ISO name or translation has: Swiss Post's "(Basel Land)";
# Argentina's boards (Bumeran, Zonajobs, Computrabajo) write a barrio, then the capital by
# its old name ("Palermo, Capital Federal", "Monserrat, CABA"), and a partido of Greater
# Buenos Aires, then "Buenos Aires-GBA" ("Florida, Buenos Aires-GBA"): the barrio's name
# is no town abroad there (Palermo, Italy; Montserrat; Florida, US).
_REGION_FORMS: dict[str, tuple[str, ...]] = {
    "CH-BL": ("Basel Land", "Baselland"),
    "CH-BS": ("Basel Stadt",),
    "AR-C": ("Capital Federal", "CABA", "Ciudad de Buenos Aires"),
    "AR-B": ("Buenos Aires-GBA", "Gran Buenos Aires"),
}
# Chile's regions by their official names ("Región del Biobío", "Región de Los Lagos") and
# the short ones its boards write ("Región Metropolitana", "Araucanía", "Aysén"): ISO gives
# "Biobío", "Los Lagos", "La Araucanía". Each region's number (laborum.cl's "Providencia,
# Región Metropolitana", "Lanco, Región XIV") is read as its official name, the first here.
_CL_REGIONS = {
    "TA": ("I", "Región de Tarapacá"),
    "AN": ("II", "Región de Antofagasta"),
    "AT": ("III", "Región de Atacama"),
    "CO": ("IV", "Región de Coquimbo"),
    "VS": ("V", "Región de Valparaíso"),
    "LI": ("VI", "Región del Libertador General Bernardo O'Higgins", "Región de O'Higgins",
           "Región del Libertador Bernardo O'Higgins", "Libertador Bernardo O'Higgins"),
    "ML": ("VII", "Región del Maule"),
    "BI": ("VIII", "Región del Biobío", "Región del Bío-Bío", "Bío-Bío", "Región del Bío Bío"),
    "AR": ("IX", "Región de La Araucanía", "Región de la Araucanía", "Araucanía"),
    "LL": ("X", "Región de Los Lagos"),
    "AI": ("XI", "Región de Aysén del General Carlos Ibáñez del Campo", "Región de Aysén",
           "Región de Aisén", "Aysén", "Aisén"),
    "MA": ("XII", "Región de Magallanes y de la Antártica Chilena", "Región de Magallanes",
           "Magallanes y de la Antártica Chilena", "Magallanes y la Antártica Chilena"),
    "RM": ("XIII", "Región Metropolitana de Santiago", "Región Metropolitana",
           "Santiago Metropolitan Region", "Metropolitana de Santiago"),
    "LR": ("XIV", "Región de Los Ríos"),
    "AP": ("XV", "Región de Arica y Parinacota"),
    "NB": ("XVI", "Región de Ñuble"),
}  # fmt: skip
_REGION_FORMS.update({f"CL-{code}": forms[1:] for code, forms in _CL_REGIONS.items()})
_CL_NUMBER_NAME = {forms[0]: forms[1] for forms in _CL_REGIONS.values()}
# "Región V", "V Región": Chile's regions by number, written with the accent of Spanish (the
# Philippines' English "Region V" is Bicol), never before a hyphen or a bracket ("Región
# I-A" is no Chilean form).
_CL_NUMBERED = re.compile(
    r"\bRegión\s+(?P<after>XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\b(?![-–(])"
    r"|\b(?P<before>XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s+Región\b"
)
# "Sankt Gallen" is written "St. Gallen" (and "St.Gallen", which _key reads alike).
_SANKT = re.compile(r"^Sankt\s+")


# Named parts of a country that are no ISO subdivision, as LinkedIn and the Swiss boards
# write them: "Ruhr Region", "Rhein-Neckar Metropolitan Region", "Region Zentralschweiz".
_NAMED_AREAS = {
    **dict.fromkeys(
        ("ruhr", "ruhr region", "ruhrgebiet", "rhein-neckar", "rhine-neckar", "rhein-main",
         "rhine-main", "frankfurt rhine-main", "frankfurt rhein-main", "rhein-ruhr",
         "rhine-ruhr", "cologne bonn region", "mitteldeutschland",
         # Landscapes and historical lands a German board writes for the place when the
         # town is left out or cut off ("Breisgau" of Freiburg im Breisgau, "Allgäu"),
         # folded as _key folds them.
         "allgau", "breisgau", "wurttemberg", "mecklenburg", "vorpommern", "oberbayern",
         "niederbayern", "oberfranken", "mittelfranken", "unterfranken", "oberpfalz",
         "ostwestfalen", "ostwestfalen-lippe", "munsterland", "sauerland", "siegerland",
         "emsland", "eifel", "hunsruck", "odenwald", "erzgebirge", "ostfriesland",
         "hohenlohe", "kraichgau", "niederrhein", "rheinhessen", "bergisches land",
         "oberschwaben", "markgraflerland", "spessart"), "DE"),
    **dict.fromkeys(
        ("salzkammergut", "waldviertel", "weinviertel", "innviertel", "muhlviertel",
         "mostviertel", "pinzgau"), "AT"),
    **dict.fromkeys(
        ("zentralschweiz", "ostschweiz", "nordwestschweiz", "basel-nordwestschweiz",
         "westschweiz", "deutschschweiz", "romandie", "suisse romande"), "CH"),
    **dict.fromkeys(("randstad",), "NL"),
}  # fmt: skip


# ISO code suffix -> the state's abbreviations, space-separated ("Edo.Méx." is one word).
_MX_STATES = {
    "AGU": "Ags.", "BCN": "B.C. BC", "BCS": "B.C.S.", "CHH": "Chih.", "CHP": "Chis.",
    "CMX": "CDMX D.F. DF", "COA": "Coah.", "DUR": "Dgo.", "GUA": "Gto.", "HID": "Hgo.",
    "MEX": "Edomex Edo.Méx. Méx.", "MIC": "Mich.", "NAY": "Nay.", "NLE": "N.L. NL",
    "OAX": "Oax.", "QUE": "Qro.", "ROO": "Q.R. Q.Roo", "SLP": "S.L.P.", "TAM": "Tamps.",
    "TLA": "Tlax.",
}  # fmt: skip
# An ISO 3166-2 code inside a subdivision's name: "Cardiff [Caerdydd GB-CRD]".
_ISO_CODE = re.compile(r"\s*\b[A-Z]{2}-[A-Z0-9]{1,3}\b")


def _swedish_county(name: str) -> list[str]:
    """The names a Swedish county (län) goes by beside ISO's: "Västra Götalands län" is
    also "Västra Götaland County" (LinkedIn) and "Västra Götaland"."""
    own = name.removesuffix(" län")
    if own == name:
        return []
    bare = own[:-1] if own.endswith("s") else own  # the genitive: "Stockholms län"
    return [f"{bare} County", bare]


def _local_divisions() -> Iterable[tuple[str, str, str, str]]:
    """(country, code suffix, ISO name, name in the country's script) of every Japanese
    prefecture and Korean province, from pycountry's own translations."""
    for country, lang in (("JP", "ja"), ("KR", "ko")):
        try:
            tr = _catalog("iso3166-2", lang)
        except OSError:
            continue
        for sub in _iso_subdivisions():
            if not sub.code.startswith(country + "-"):
                continue
            local = tr.gettext(sub.name)
            if local != sub.name and not local.isascii():
                yield country, sub.code.partition("-")[2], sub.name, local


# The word Japanese writes after a prefecture's name: 東京都, 大阪府, 京都府, else 県.
_JP_PREFECTURE_WORD = {"13": "都", "26": "府", "27": "府", "01": ""}


def _local_forms(country: str, short: str, local: str) -> tuple[str, ...]:
    """The ways a job board writes a prefecture or province: "兵庫" and "兵庫県"; "경기도"
    and "경기", "충청북도" and "충북", "서울" and "서울특별시", "대구" and "대구광역시"."""
    if country == "JP":
        return local, local + _JP_PREFECTURE_WORD.get(short, "県")
    if local.endswith("도") and len(local) in (3, 4):
        # Provinces are abbreviated to two syllables: 경기도 -> 경기, 충청북도 -> 충북.
        return local, local[:2] if len(local) == 3 else local[0] + local[2]
    if local.endswith("시"):
        return local, local[:-1]  # 세종시, 세종
    return local, local + ("특별시" if short == "11" else "광역시")


_ID_DIRECTIONS = {"barat daya": "Southwest", "barat": "West", "timur": "East", "tengah": "Central",
                  "utara": "North", "selatan": "South", "tenggara": "Southeast"}  # fmt: skip
_ID_ISLANDS = {"jawa": "Java", "sumatera": "Sumatra"}


def _indonesian_in_english(name: str) -> str | None:
    """ "Jawa Barat" -> "West Java", "Nusa Tenggara Timur" -> "East Nusa Tenggara"; None
    when the name has no word of direction."""
    for word, direction in _ID_DIRECTIONS.items():
        if name.lower().endswith(" " + word):
            island = name[: -len(word) - 1]
            return f"{direction} {_ID_ISLANDS.get(island.lower(), island)}"
    return None


_SG_REGIONS = ("Central Region", "East Region", "North Region", "North-East Region", "West Region")
_SG_REGION_KEYS = frozenset(map(_key, _SG_REGIONS))
# Singapore's 55 planning areas: places in Singapore only when Singapore is named or its
# region follows, as many are plain words elsewhere ("Orchard", "Museum", "Newton").
_SG_AREAS = (
    "Ang Mo Kio", "Bedok", "Bishan", "Boon Lay", "Bukit Batok", "Bukit Merah", "Bukit Panjang",
    "Bukit Timah", "Central Water Catchment", "Changi", "Changi Bay", "Choa Chu Kang",
    "Clementi", "Downtown Core", "Geylang", "Hougang", "Jurong East", "Jurong West",
    "Kallang", "Lim Chu Kang", "Mandai", "Marina East", "Marina South", "Marine Parade",
    "Museum", "Newton", "North-Eastern Islands", "Novena", "Orchard", "Outram", "Pasir Ris",
    "Paya Lebar", "Pioneer", "Punggol", "Queenstown", "River Valley", "Rochor", "Seletar",
    "Sembawang", "Sengkang", "Serangoon", "Simpang", "Singapore River", "Southern Islands",
    "Straits View", "Sungei Kadut", "Tampines", "Tanglin", "Tengah", "Toa Payoh", "Tuas",
    "Western Islands", "Western Water Catchment", "Woodlands", "Yishun",
)  # fmt: skip
# The subzones of those areas (URA Master Plan 2019, data.gov.sg, Singapore Open Data
# Licence), which JobStreet writes before the region ("Raffles Place, Central Region"),
# read by the same rule. Left out: names that are generic words anywhere ("Garden",
# "Park", "Port", "Plantation", "Boulevard", "Nature Reserve", "Shipyard").
_SG_SUBZONES = (
    "Bishan East", "Marymount", "Upper Thomson", "Alexandra Hill", "Alexandra North",
    "Bukit Ho Swee", "City Terminals", "Depot Road", "Everton Park", "Henderson Hill",
    "Kampong Tiong Bahru", "Maritime Square", "Redhill", "Singapore General Hospital",
    "Telok Blangah Drive", "Telok Blangah Rise", "Telok Blangah Way", "Tiong Bahru",
    "Anak Bukit", "Coronation Road", "Farrer Court", "Hillcrest", "Holland Road",
    "Leedon Park", "Swiss Club", "Ulu Pandan", "Anson", "Bugis", "Cecil", "City Hall",
    "Clifford Pier", "Marina Centre", "Maxwell", "Nicoll", "Phillip", "Raffles Place",
    "Tanjong Pagar", "Aljunied", "Geylang East", "Kallang Way", "Kampong Ubi", "MacPherson",
    "Bendemeer", "Boon Keng", "Crawford", "Geylang Bahru", "Kallang Bahru", "Kampong Bugis",
    "Kampong Java", "Lavender", "Tanjong Rhu", "East Coast", "Katong", "Mountbatten",
    "Bras Basah", "Dhoby Ghaut", "Fort Canning", "Cairnhill", "Goodwood Park",
    "Istana Negara", "Monk's Hill", "Newton Circus", "Orange Grove", "Balestier", "Dunearn",
    "Malcolm", "Moulmein", "Mount Pleasant", "Somerset", "China Square", "Chinatown",
    "Pearl's Hill", "People's Park", "Commonwealth", "Dover", "Ghim Moh", "Holland Drive",
    "Kent Ridge", "Margaret Drive", "Mei Chin", "National University of Singapore",
    "One North", "Queensway", "Singapore Polytechnic", "Tanglin Halt", "Institution Hill",
    "Leonie Hill", "One Tree Hill", "Oxley", "Paterson", "Bencoolen", "Farrer Park",
    "Kampong Glam", "Little India", "Mackenzie", "Mount Emily", "Rochor Canal", "Selegie",
    "Sungei Road", "Boat Quay", "Clarke Quay", "Robertson Quay", "Sentosa", "Chatsworth",
    "Nassim", "Ridout", "Tyersall", "Bidadari", "Boon Teck", "Braddell", "Joo Seng",
    "Kim Keat", "Pei Chun", "Potong Pasir", "Sennett", "Woodleigh", "Bayshore",
    "Bedok North", "Bedok Reservoir", "Bedok South", "Frankel", "Kaki Bukit", "Kembangan",
    "Siglap", "Changi Airport", "Changi Point", "Flora Drive", "Loyang", "Simei", "Xilin",
    "Admiralty", "Senoko", "Kranji", "Turf Club", "Midview", "Woodgrove", "Khatib",
    "Lower Seletar", "Nee Soon", "Northland", "Springleaf", "Cheng San", "Chong Boon",
    "Kebun Bahru", "Sembawang Hills", "Tagore", "Townsville", "Yio Chu Kang", "Kangkar",
    "Kovan", "Lorong Ah Soo", "Lorong Halus", "Tai Seng", "Trafalgar", "Coney Island",
    "Matilda", "Northshore", "Punggol Field", "Seletar Aerospace Park", "Anchorvale",
    "Compassvale", "Fernvale", "Rivervale", "Lorong Chuan", "Seletar Hills",
    "Serangoon Garden", "Upper Paya Lebar", "Brickworks", "Gombak", "Guilin", "Hillview",
    "Hong Kah", "Bangkit", "Dairy Farm", "Fajar", "Jelebu", "Saujana", "Senja", "Keat Hong",
    "Peng Siang", "Teck Whye", "Yew Tee", "Faber", "Pandan", "Sunset Way", "Toh Tuck",
    "West Coast", "International Business Park", "Jurong Gateway", "Jurong Port",
    "Jurong River", "Lakeside", "Penjuru Crescent", "Teban Gardens", "Toh Guan", "Yuhua",
    "Chin Bee", "Kian Teck", "Safti", "Taman Jurong", "Wenya", "Yunnan", "Benoi",
    "Gul Basin", "Gul Circle", "Joo Koon", "Tengeh", "Tuas Bay", "Tuas View", "Jurong Island",
    "Semakau", "Sudong", "Cleantech",
)  # fmt: skip


# Region names that are also plain words of direction or landscape ("Central" in Botswana,
# "Eastern" in Kenya's old provinces, Sierra Leone and Zambia): alone, they name no
# country; "Nairobi, Coast, Central" is not Botswana.
_GENERIC_REGIONS = frozenset(
    {"central", "eastern", "western", "northern", "southern", "north", "south", "east",
     "west", "coast", "coastal", "centre", "center", "capital", "islands", "interior",
     "north east", "north west", "south east", "south west", "north-east", "north-west",
     "south-east", "south-west", "central and western"}
)  # fmt: skip
_HK_DISTRICTS = (
    "Central and Western", "Wan Chai", "Eastern", "Southern", "Yau Tsim Mong",
    "Sham Shui Po", "Kowloon City", "Wong Tai Sin", "Kwun Tong", "Kwai Tsing", "Tsuen Wan",
    "Tuen Mun", "Yuen Long", "North", "Tai Po", "Sha Tin", "Sai Kung", "Islands",
)  # fmt: skip


# (ISO 3166-2 code, Chinese name, the administrative word written after it).
_CN_PROVINCES = (
    ("HE", "河北", "省"), ("SX", "山西", "省"), ("NM", "内蒙古", "自治区"), ("LN", "辽宁", "省"),
    ("JL", "吉林", "省"), ("HL", "黑龙江", "省"), ("JS", "江苏", "省"), ("ZJ", "浙江", "省"),
    ("AH", "安徽", "省"), ("FJ", "福建", "省"), ("JX", "江西", "省"), ("SD", "山东", "省"),
    ("HA", "河南", "省"), ("HB", "湖北", "省"), ("HN", "湖南", "省"), ("GD", "广东", "省"),
    ("GX", "广西", "壮族自治区"), ("HI", "海南", "省"), ("SC", "四川", "省"), ("GZ", "贵州", "省"),
    ("YN", "云南", "省"), ("XZ", "西藏", "自治区"), ("SN", "陕西", "省"), ("GS", "甘肃", "省"),
    ("QH", "青海", "省"), ("NX", "宁夏", "回族自治区"), ("XJ", "新疆", "维吾尔自治区"),
)  # fmt: skip
# Taiwan's counties (縣) and cities (市) by ISO 3166-2 code, as its job boards write them;
# 臺 is also written 台 ("台北市", "台中市").
_TW_DIVISIONS = {
    "CHA": "彰化縣", "CYI": "嘉義市", "CYQ": "嘉義縣", "HSQ": "新竹縣", "HSZ": "新竹市",
    "HUA": "花蓮縣", "ILA": "宜蘭縣", "KEE": "基隆市", "KHH": "高雄市", "KIN": "金門縣",
    "LIE": "連江縣", "MIA": "苗栗縣", "NAN": "南投縣", "NWT": "新北市", "PEN": "澎湖縣",
    "PIF": "屏東縣", "TAO": "桃園市", "TNN": "臺南市", "TPE": "臺北市", "TTT": "臺東縣",
    "TXG": "臺中市", "YUN": "雲林縣",
}  # fmt: skip

_Found = tuple[str, str, str]  # a city as the index returns it: display name, country, admin1


def _cities() -> dict[str, tuple[_Found, ...]]:
    """Lower-cased name -> cities called so (display name, country, admin1), likeliest first."""
    return _index()[0]


def _shadowed() -> dict[tuple[str, str], _Found]:
    """(lower-cased name, country) -> the biggest city of that country that has the name
    only as an alternate which another city's own name shadows: "León" is the Spanish and
    Nicaraguan cities' name and an alternate of León de los Aldama, Mexico."""
    return _index()[2]


# Cities this big are the ones a job title or an identity names by name alone.
BIG_CITY = 100_000


@dataclass(frozen=True, slots=True)
class BigCities:
    """The gazetteer's big cities as identity reads them (`scraper.dedupe`): their names
    as words (`vocab.norm_place`), and the country a name means when one city of that
    name is far bigger than any other (300k+ people, five times the next)."""

    names: frozenset[str]
    country: dict[str, str]


def big_cities() -> BigCities:
    """The big cities, from the same single pass over the gazetteer as the city index."""
    return _index()[1]


@cache
def _index() -> tuple[dict[str, tuple[_Found, ...]], BigCities, dict[tuple[str, str], _Found]]:
    """The city index and the big cities, in one pass over the gazetteer."""
    # Built in one dict whose values become the result in place, with no copy of the index
    # and a list only where a name finds several cities: this runs in every long-lived
    # process, and transient objects leave fragmented arenas the process keeps.
    found_by: dict[str, Any] = {}  # key -> (weight, city) | [(weight, city), ...]
    primary: set[str] = set()  # keys that are some city's own name
    best: dict[str, tuple[int, str]] = {}  # big city name -> (population, country)
    second: dict[str, int] = {}  # big city name -> population of the next city so called
    shadow: dict[tuple[str, str], tuple[float, _Found]] = {}
    for city in gazetteer.cities():
        if city.population >= BIG_CITY:
            _biggest(best, second, norm_place(city.name), city.population, city.country)
        # One (name, country, admin1) tuple per city, shared by every name that finds it.
        entry = (
            city.population * _COUNTRY_WEIGHT.get(city.country, 1.0),
            (city.name, city.country, city.admin1),
        )
        key = _key(city.name)
        if key not in primary:  # a primary name beats other cities' alternates
            primary.add(key)
            held = found_by.get(key)
            for other in held if isinstance(held, list) else [held] if held else []:
                _keep_biggest(shadow, (key, other[1][1]), other)
            found_by[key] = entry
        else:
            _add(found_by, key, entry)
        # A bilingual town's two names are each its name: "Biel/Bienne" is "Biel".
        for half in city.name.split("/") if "/" in city.name else ():
            if _key(half) not in primary:
                _add(found_by, _key(half), (entry[0], (half.strip(), *entry[1][1:])))
        # Only cities of 100,000+ people carry alternates, already rid of codes and
        # lower-case transliterations (gazetteer.useful_alternate), and smaller Japanese,
        # Korean and Taiwanese towns their names in their own script ("美濃加茂市", "나주시").
        for alt in city.alternates:
            key = _key(alt)
            if key not in primary:
                _add(found_by, key, entry)
            elif key != _key(city.name):
                _keep_biggest(shadow, (key, city.country), entry)
    # Most names find one city, and many find the same few: equal tuples are kept once.
    shared: dict[tuple[_Found, ...], tuple[_Found, ...]] = {}
    for key, entries in found_by.items():
        if isinstance(entries, list):
            entries.sort(reverse=True)
            cities = tuple(dict.fromkeys(e[1] for e in entries[:6]))
        else:
            cities = (entries[1],)
        found_by[key] = shared.setdefault(cities, cities)
    famous = {
        n: cc for n, (pop, cc) in best.items() if pop >= 300_000 and pop >= 5 * second.get(n, 0)
    }
    shadowed = {k: e[1] for k, e in shadow.items() if e[1] not in found_by.get(k[0], ())}
    return found_by, BigCities(frozenset(best), famous), shadowed


def _keep_biggest(
    shadow: dict[tuple[str, str], tuple[float, _Found]],
    key: tuple[str, str],
    entry: tuple[float, _Found],
) -> None:
    """Keep, per (name, country), the biggest city whose alternate the name is."""
    held = shadow.get(key)
    if held is None or entry[0] > held[0]:
        shadow[key] = entry


def _biggest(
    best: dict[str, tuple[int, str]], second: dict[str, int], name: str, pop: int, cc: str
) -> None:
    """Keep the biggest city of each name, and the population of the next one."""
    prev = best.get(name)
    if prev is None or pop > prev[0]:
        if prev is not None:
            second[name] = max(second.get(name, 0), prev[0])
        best[name] = (pop, cc)
    else:
        second[name] = max(second.get(name, 0), pop)


def _add(found_by: dict[str, Any], key: str, entry: tuple[float, _Found]) -> None:
    """Add a city to those a key finds: kept bare while it is the only one."""
    held = found_by.get(key)
    if held is None:
        found_by[key] = entry
    elif isinstance(held, list):
        held.append(entry)
    else:
        found_by[key] = [held, entry]


def country_code(value: str | None) -> str | None:
    """ISO 3166-1 alpha-2 from a code ('us', 'DEU'), a name in English or a local language."""
    if not value or not isinstance(value, str):
        return None
    key = _key(value)
    if not key:
        return None
    # A code is written in ASCII letters: "ÅS" (a Norwegian town) folds to "as" but is no
    # American Samoa.
    if len(key) == 2 and key.isascii() and key.isalpha() and value.strip().isascii():
        code = key.upper()
        if code == "UK":
            return "GB"
        return code if pycountry.countries.get(alpha_2=code) else None
    if len(key) == 3 and not value.strip().isascii() and pycountry.countries.get(alpha_3=key):
        # Nor is "Åre" (a Swedish town) the United Arab Emirates' ARE.
        return None
    found = _countries().get(key)
    if found is None and "." in key:
        found = _countries().get(key.replace(".", ""))  # "U.S." and "U.S.A."
    return found


def misspelt_country(value: str) -> str | None:
    """The country a name of eight letters or more misspells by one letter (dropped, added,
    changed, or two swapped): "United Kingdon", "Phillipines", "Untied States"; None when
    the name is known as written or two countries are that close."""
    key = _key(value)
    if len(key) < 8 or key in _countries() or key in _cities() or key in _subdivisions():
        return None  # most long parts: a city's or region's name as written
    if not key.replace(" ", "").isalpha():
        return None
    index = _country_deletes()
    found = {index[k] for k in (key, *_deletes(key)) if k in index}
    return found.pop() if len(found) == 1 and None not in found else None


def _deletes(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


@cache
def _country_deletes() -> dict[str, str | None]:
    """Each English country name of eight letters or more, and each with one letter
    dropped -> its country (None where two countries meet)."""
    index: dict[str, str | None] = {}
    names = {
        _key(getattr(c, attr)): c.alpha_2
        for c in pycountry.countries
        for attr in ("name", "common_name")
        if getattr(c, attr, None)
    }
    names.update({_key(n): code for n, code in COUNTRY_ALIASES.items()})
    for name, code in names.items():
        if len(name) < 8 or "," in name:
            continue
        for form in (name, *_deletes(name)):
            index[form] = code if index.get(form, code) == code else None
    return index


_PRIMARY = ("US", "CA", "AU")
_REGION_KIND = re.compile(
    r"(?:province of|provincia de|provincia di|state of|estado de|estado do|estado da)\s+(.+)"
    # Hungarian boards write a county with its word, "megye" ("vármegye" since 2023):
    # "Fejér megye", "Hajdú-Bihar vármegye" (folded, as keys are).
    r"|(.+?)\s+(?:province|provincia|state|megye|varmegye)"
)


def _interpretations(token: str, hint: str | None) -> list[tuple[str, str | None]]:
    """Readings of the last part as (country, region or None), likeliest first.

    "CA" after a city is California before Canada; "Georgia" is the country before the
    state; the caller picks the first reading that agrees with the city before it.
    """
    stripped = token.strip()
    two = len(stripped) == 2 and stripped.isascii()
    if two and not stripped.isupper():
        return []
    readings: list[tuple[str, str | None]] = []
    if stripped.isdigit():
        return []  # "3" in "UTC+3" is no subdivision code (Lower Austria's is "3")
    key = _key(stripped)
    if len(key) == 1:
        # "69/A", "12/B" (a house number's letter), "Block C": one letter is the code of a
        # dozen countries' subdivisions (Salta, Alicante, Barishal, ...), so none of them.
        return []
    subs = _subdivisions().get(key, [])
    if not subs and len(key) > 3 and (" " in key or "-" in key):
        # "Grand Est", "Provence-Alpes-Côte d'Azur" (LinkedIn): ISO's "Grand-Est",
        # "Provence-Alpes-Côte-d’Azur", with hyphens and spaces traded, apostrophes typed.
        subs = _loose_subdivisions().get(_loose(key), [])
    if not subs and " " in key and len(key) > 5:
        # "Bío Bío" (Chile's bne.cl): ISO's "Biobío", written in two words.
        subs = _subdivisions().get(key.replace(" ", ""), [])
    if not subs and " " in stripped:
        # "Buenos Aires Province", "Provincia de Mendoza", "State of São Paulo": the
        # region with the word for its kind, which ISO's names leave out.
        kind = _REGION_KIND.fullmatch(key)
        subs = _subdivisions().get(kind[1] or kind[2], []) if kind else []
    if not stripped.isascii():
        # A postal code is written in ASCII: "ÅS" (a Norwegian town) is no "AS" (American
        # Samoa); "Ålborg" still finds what a region of that name would.
        subs = [e for e in subs if e[1].lower() != key]
    # "WA" is Washington before Western Australia: US, then Canada, then Australia.
    primary = sorted((e for e in subs if e[0] in _PRIMARY), key=lambda e: _PRIMARY.index(e[0]))
    others = [e for e in subs if e[0] not in ("US", "CA", "AU")]
    country = country_code(stripped)
    if two:
        readings += [(e[0], e[1]) for e in primary]
        if country:
            readings.append((country, None))
        readings += [(e[0], e[2]) for e in others]
    else:
        if country:
            readings.append((country, None))
        readings += [(e[0], e[1]) for e in primary]
        readings += [(e[0], e[2]) for e in others]
    if hint:
        readings.sort(key=lambda r: r[0] != hint)
    return readings


def _loose(key: str) -> str:
    """A key with hyphens as spaces and typographic apostrophes plain."""
    return _WS.sub(" ", key.replace("-", " ").replace("’", "'")).strip()


@cache
def _loose_subdivisions() -> dict[str, list[tuple[str, str, str]]]:
    """Subdivision names whose hyphens or apostrophes a text may write otherwise."""
    loose: dict[str, list[tuple[str, str, str]]] = {}
    for key, entries in _subdivisions().items():
        if len(key) > 3 and _loose(key) != key:
            held = loose.setdefault(_loose(key), [])
            held += [e for e in entries if e not in held]
    return loose


def city_name(name: str, country: str | None = None) -> str | None:
    """The gazetteer's name of the likeliest city called `name` (in `country`): one
    spelling for "Köln", "Koeln" and "Cologne"; None when no city is called so."""
    found = _city(name, country)
    return found[0] if found else None


@cache
def us_states() -> tuple[frozenset[str], frozenset[str]]:
    """The 50 US states and DC: their postal codes and their names, as words (lower case)."""
    codes: set[str] = set()
    names: set[str] = set()
    for entries in _subdivisions().values():
        for country, short, name in entries:
            if country == "US" and short not in _US_OUTLYING:
                codes.add(short.lower())
                names.add(norm_place(name))
    return frozenset(codes), frozenset(names)


# ISO 3166-2 lists these US territories among the subdivisions; they are not states.
_US_OUTLYING = frozenset({"AS", "GU", "MP", "PR", "UM", "VI"})


def country_names() -> dict[str, str]:
    """Every country name the index knows (English, local languages, aliases) as words
    (`vocab.norm_place`), to its ISO code."""
    return _country_words()


@cache
def _country_words() -> dict[str, str]:
    return {norm_place(name): code for name, code in _countries().items()}


def _city(name: str, country: str | None) -> tuple[str, str, str | None] | None:
    """(display name, country, US state) of the likeliest city called `name` (in `country`)."""
    key = _key(name)
    alias = CITY_ALIASES.get(key)
    if alias and (country is None or alias[2] == country):
        return alias[0], alias[2], alias[1]
    for display, code, admin in _as_written(name, _cities().get(key, ())):
        if country is None or code == country:
            # geonames' admin1 code is the postal state code in the US only.
            return display, code, admin if code == "US" else None
    shadowed = _shadowed().get((key, country)) if country else None
    if shadowed is not None:
        return shadowed[0], shadowed[1], shadowed[2] if shadowed[1] == "US" else None
    if country == "SG" and key in _sg_areas():
        return _sg_areas()[key], "SG", None
    if country in (None, "CL") and key in _santiago_communes():
        return _santiago_communes()[key], "CL", None  # "Las Condes", "Huechuraba"
    if country in (None, *gazetteer.SUBURB_COUNTRIES):
        suburb = _suburbs_as_written().get(_accented_key(name)) or _suburbs().get(key)
        if suburb:
            small, _, code = suburb.partition("\t")
            german = _german_heads().get(key) if country is None else None
            if german is not None and german[1] != code:
                # "Kempten": Kempten (Allgäu), a German town of 60,000, not the Swiss
                # quarter of that name (the small-places tables hold 1,000-15,000 people).
                return german[0], german[1], None
            if country in (None, code):
                return small, code, None  # "Pyrmont": a suburb no other place is named
    if key.endswith(" city") and len(key) > 9 and country not in ("US", "CA"):
        # "Taipei City", "Taichung City": a big city with its word for city, which
        # GeoNames leaves out ("Kansas City", "Quezon City" are found as written).
        for display, code, _admin in _cities().get(key[:-5], ()):
            big = norm_place(display) in big_cities().names
            if big and code not in ("US", "CA") and country in (None, code):
                return display, code, None
    if not key.endswith(" city"):
        # GeoNames calls some towns "X City" ("Umm Al Quwain City", "Davao City"), which
        # job sites write without the word; not in North America, where "Kansas" and
        # "Iowa" are states and "Kansas City" and "Iowa City" towns.
        for display, code, _admin in _cities().get(key + " city", ()):
            if code not in ("US", "CA") and country in (None, code):
                return display, code, None
    if " " in key or len(key) >= 8:
        # GeoNames names a few towns "X Town" ("Ellesmere Port Town"), which boards write
        # without the word; not short single words ("Cape", "Model", "George").
        for display, code, _admin in _cities().get(key + " town", ()):
            if country in (None, code):
                return display.removesuffix(" Town"), code, None
    town_in = _NO_TOWN_IN.fullmatch(key) if country in (None, "NO") and " i " in key else None
    if town_in:
        # "Bø i Telemark", "Nes i Ådal": a Norwegian town told apart by its district.
        return _city(town_in[1], "NO")
    if _AL_HYPHEN.search(key):
        return _city(_AL_HYPHEN.sub(r"\1 ", key), country)  # "Umm Al-Quwain", "Ras Al-Khaimah"
    article = _ARTICLE.fullmatch(key)
    if article:
        # "El Mansoura": the Arabic article before a name GeoNames writes without it (or
        # with another spelling of it: "Al Mansurah", alternate "Mansoura").
        return _city(article[1], country)
    saint = (
        _SAINT.sub(lambda m: "sainte " if m[1] == "ste" else "saint ", key) if "st" in key else key
    )
    if saint != key:
        # "St. Albans" is GeoNames' "St Albans"; "St Charles" its "Saint Charles".
        plain = _SAINT.sub(lambda m: f"{m[1]} ", key)
        # German writes Saint as "Sankt": GeoNames' "Sankt Gallen" is "St. Gallen".
        sankt = _SAINT.sub("sankt ", key) if "ste" not in key.split() else key
        # Quebec and France join it with a hyphen: "St Constant" is "Saint-Constant".
        joined = _SAINT.sub(lambda m: "sainte-" if m[1] == "ste" else "saint-", key)
        return (
            (_city(plain, country) if plain != key else None)
            or _city(saint, country)
            or (_city(sankt, country) if sankt != key else None)
            or _city(joined, country)
        )
    fort = _FORT_MOUNT.match(key) if key.startswith(("ft", "mt")) else None
    if fort:
        # "Ft. Smith", "Ft Lauderdale", "Mt. Laurel": Fort and Mount as ATS fields shorten them.
        found = _city(("fort " if fort[1] == "ft" else "mount ") + key[fort.end() :], country)
        if found:
            return found
    town = _TOWN_SUFFIX.fullmatch(key) or (
        _TOWN_PREFIX.fullmatch(key) if key.startswith(_TOWN_PREFIX_WORDS) else None
    )
    if town:
        # "Thika Town", "Meru Town", "Pilar Centro": the town itself; "Town of Bristol"
        # (a New England town's legal name); "Gran Buenos Aires", "Grande Vitória": the
        # Spanish and Portuguese "Greater X"; "Auckland Airport", "Flughafen Zürich";
        # "Bangalore Urban" (the district of the city); Morocco's "Prefecture of Casablanca".
        return _city(town[1], country)
    municipal = _MUNICIPALITY.fullmatch(key)
    if municipal:
        # "Sundsvall Municipality", "Gislaveds kommun" (Swedish puts the town in the
        # genitive), "Københavns Kommune": the municipality's town.
        head = municipal[1]
        return _city(head, country) or (_city(head[:-1], country) if head[-1] == "s" else None)
    if len(key) > 1 and key[-1] in _CJK_ADMIN_SUFFIXES:
        return _city(key[:-1], country)  # "大阪府", "深圳市": the city without its suffix
    province, mark, rest = key.partition("省")
    if mark and province and rest:
        return _city(rest, country)  # "浙江省杭州市": the city after its province
    for form in _spelling_variants(key):
        for display, code, admin in _cities().get(form, ()):
            if country in (None, code):
                return display, code, admin if code == "US" else None
    if not key.isascii():
        # "東京都港区", "上海市浦东新区": the city before its ward or district.
        cut = next((i for i, ch in enumerate(key[:-1]) if ch in "市都府県"), None)
        if cut:
            return _city(key[: cut + 1], country)
        if 2 <= len(key) <= 4 and _HAN.fullmatch(key):
            # "新乡": GeoNames keeps some Chinese cities only with their word for city
            # ("新乡市"), which Chinese boards leave out.
            for display, code, _admin in _cities().get(key + "市", ()):
                if country in (None, code):
                    return display, code, None
    return None


def _as_written(name: str, cities: tuple[_Found, ...]) -> tuple[_Found, ...]:
    """The cities of a name, the one spelt as written first when the text writes letters
    with accents and the likeliest city's own name has none: "Mâcon" is the French town,
    not Macon, Georgia; "Málaga" keeps its order, as the likeliest is spelt so."""
    if len(cities) < 2 or name.isascii() or not cities[0][0].isascii():
        return cities
    written = unicodedata.normalize("NFC", name.strip(" .,-–—:'’")).casefold()
    exact = [c for c in cities if unicodedata.normalize("NFC", c[0]).casefold() == written]
    return (*exact, *(c for c in cities if c not in exact)) if exact else cities


def _spelling_variants(key: str) -> tuple[str, ...]:
    """Other ways of writing a name the index may hold: "Saint Cloud" is GeoNames' "St.
    Cloud"; "Tel-Aviv Yafo" its "Tel Aviv-Yafo", "Clermont Ferrand" its "Clermont-Ferrand"
    (hyphens and spaces traded)."""
    forms: list[str] = []
    saint = _SAINT_WORD.match(key)
    if saint:
        forms += [f"st. {key[saint.end() :]}", f"st {key[saint.end() :]}"]
    if "-" in key or " " in key:
        forms += _dehyphenated().get(key.replace("-", " "), ())
    return tuple(forms)


_SAINT_WORD = re.compile(r"saint[\s-]+")


@cache
def _dehyphenated() -> dict[str, tuple[str, ...]]:
    """Index keys with hyphens, by the key with spaces for them: "tel aviv yafo" ->
    ("tel aviv-yafo",)."""
    found: dict[str, list[str]] = {}
    for key in _cities():
        if "-" in key:
            found.setdefault(key.replace("-", " "), []).append(key)
    return {k: tuple(v) for k, v in found.items()}


_HAN = re.compile(r"[\u4e00-\u9fff]+")
# China's four municipalities, written twice by 51job ("上海上海杨浦区": province and city).
_CN_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")


def _chinese_run(text: str, remote: bool) -> Place | None:
    """A Chinese address run together without spaces, province, city and district or
    landmark ("湖北省武汉洪山区", "内蒙古呼和浩特新城区", "深圳深圳南山区西丽", 51job's
    "area"): the city is the longest Chinese city name the text begins with after its
    province; the province alone when no city follows. None for other text."""
    if len(text) < 3 or not _HAN.fullmatch(text):
        return None
    province = None
    rest = text
    for code, name, suffix in _CN_PROVINCES:
        head = next((h for h in (name + suffix, name) if text.startswith(h)), None)
        if head:
            province, rest = (code, name), text[len(head) :]
            break
    for size in range(min(len(rest), 5), 1, -1):
        found = _city(rest[:size], "CN")
        if found:
            return Place(city=found[0], country="CN", remote=remote)
    if province:
        return Place(region=province[1], country="CN", remote=remote)
    return None


_NO_TOWN_IN = re.compile(r"(\S+) i \S+")
_ARTICLE = re.compile(r"(?:el|al) (\S.{3,})")
# Articles of Spanish, French, Italian and Portuguese that begin a place's name.
_ARTICLES = frozenset({"la", "el", "los", "las", "le", "les", "il", "lo", "o", "a", "os", "as"})
_COMPASS = frozenset({"north", "south", "east", "west", "nord", "sud", "süd", "ost", "oost"})
# A compass word before these is part of a city ("Sydney North Shore", "London West End").
_SIDE_WORDS = frozenset(
    {"shore", "side", "end", "coast", "bay", "beach", "hills", "suburbs", "district", "zone"}
)
_REGION_WORD = re.compile(r"(?:region|région|regione|regio|gebiet)\b", re.I)
_KR_TOWN_WORD = re.compile(r"-(?:si|gun)$")
_MUNICIPALITY = re.compile(r"(.+?)\s+(?:municipality|kommun|kommune|kunta)")
# The Arabic article joined by a hyphen, which GeoNames writes with a space.
_AL_HYPHEN = re.compile(r"\b(al|el|ad|ar|as|ash|az)-(?=\w)")
# "Thika Town", "Kisii Town", "Nairobi CBD": a town and the word for its centre;
# "Cape Town Harbour", its port.
_TOWN_SUFFIX = re.compile(
    r"(.+?)[\s-]+(?:town|cbd|city centre|town centre|centro|(?:international )?airport|"
    r"flughafen|aéroport|aeroport|urban|prefecture|harbou?r)"
)
# "St. Albans", "St Charles", and LinkedIn's French "St.-Ouen", "St-Cloud" (hyphenated).
_SAINT = re.compile(r"\b(st|ste)(?:\.?\s+|\.?-)")
_FORT_MOUNT = re.compile(r"(ft|mt)(?:\.\s*|\s+)(?=[^\W\d_])")
# German towns' titles in official names ("Landeshauptstadt München", "Hansestadt Rostock").
_TOWN_PREFIX_WORDS = (
    "town of", "city of", "village of", "gran", "flughafen", "prefecture of",
    "landeshauptstadt", "hansestadt",
)  # fmt: skip
_TOWN_PREFIX = re.compile(
    r"(?:town of|city of|village of|gran|grande|flughafen|prefecture of|"
    r"landeshauptstadt|(?:freie und )?hansestadt)\s+(.+)"
)


@cache
def _sg_areas() -> dict[str, str]:
    return {_key(name): name for name in (*_SG_AREAS, *_SG_SUBZONES)}


# Communes of Santiago that GeoNames lists as no town (of 80,000-300,000 people each, absent
# from its cities1000) and whose name no other place of 1,000+ people has: laborum.cl and
# Chile's boards name a job's place by its commune ("Las Condes, Región Metropolitana",
# "Huechuraba, null"). Those another place shares are left out: La Florida, Providencia,
# Independencia, San Miguel, San Joaquín, San Ramón, El Bosque, La Granja; Cerrillos (San
# José de los Cerrillos, Argentina, is also called so); and Recoleta, a barrio of Buenos
# Aires. tests/test_normalize_location.py checks the names against GeoNames.
SANTIAGO_COMMUNES = (
    "Cerro Navia", "Conchalí", "Estación Central", "Huechuraba", "La Cisterna",
    "La Reina", "Las Condes", "Lo Barnechea", "Lo Espejo", "Macul", "Pedro Aguirre Cerda",
    "Pudahuel", "Quinta Normal", "Vitacura",
)  # fmt: skip


@cache
def _santiago_communes() -> dict[str, str]:
    return {_key(name): name for name in SANTIAGO_COMMUNES}


@cache
def _suburbs() -> dict[str, str]:
    """Folded name -> "name<TAB>country" of the small places gazetteer.suburbs() lists: one
    string a place, not a pair (the pairs cost 1.7 MB more over 33,000 places)."""
    index = {_key(name): f"{name}\t{country}" for name, country, _ in gazetteer.suburbs()}
    # "Murten/Morat": a bilingual town is written by either name.
    for value in list(index.values()):
        name, _, country = value.partition("\t")
        for half in name.split("/") if "/" in name else ():
            index.setdefault(_key(half), f"{half.strip()}\t{country}")
    # NAV's "FORNEBU", "KOLSÅS": Norway's postal towns that name no other place.
    for name in gazetteer.no_postal_places():
        index.setdefault(_key(name), f"{name}\tNO")
    # jobs.ch's "Moosseedorf", "Emmenbrücke": Swiss postal localities that name no other place.
    for name in gazetteer.ch_postal_places():
        index.setdefault(_key(name), f"{name}\tCH")
    # Jobs.cz's "Otvice", "Čestlice": Czech municipalities that name no other place.
    for name in gazetteer.cz_places():
        index.setdefault(_key(name), f"{name}\tCZ")
    return index


def _accented_key(name: str) -> str:
    """A name case-folded with its accents kept ("Kolárovo" -> "kolárovo")."""
    return unicodedata.normalize("NFC", _WS.sub(" ", name.strip(" .,-–—:'’"))).casefold()


@cache
def _suburbs_as_written() -> dict[str, str]:
    """Case-folded name, accents kept -> "name<TAB>country" of the small places whose name
    only its accents tell from another place's ("Kolárovo" is Slovakia's; "Kolarovo", a
    Bulgarian village, is no town here)."""
    return {
        _accented_key(name): f"{name}\t{country}"
        for name, country, _ in gazetteer.suburbs_as_written()
    }


# City, prefecture, province and ward words written after a Chinese or Japanese place name.
_CJK_ADMIN_SUFFIXES = frozenset("市府県都省区")


def _place(parts: Sequence[str], remote: bool, hint: str | None) -> Place | None:
    """One place from comma parts read right to left: [city], [region], [country];
    None when the parts are not one place ("SF, NYC") so the caller reads them singly."""
    rest = [p for p in (x.strip() for x in parts) if p]
    if not rest:
        return Place(remote=True) if remote else None
    if len(rest) == 3 and _key(rest[0]) in AREAS and country_code(rest[1]):
        # "Latin America, Chile, Santiago": an area, a country and its city, from big to
        # small, is one place (but "LATAM, Brazil" lists an area and a country).
        town = _city(rest[2], country_code(rest[1]))
        if town is not None:
            return Place(city=town[0], region=town[2], country=town[1], remote=remote)
    if len(rest) > 1 and _DISTRICT_PART.fullmatch(rest[0]):
        # "Xinyi Dist., Taipei City", "Minato-ku, Tokyo", "Haidian District, Beijing": a
        # ward or district of the city after it, which GeoNames may list as a town.
        within = _place(rest[1:], remote, hint)
        if within is not None and within.country and (within.city or len(rest) > 2):
            return within
    if len(rest) > 1 and all(_us_state_only(p) for p in rest):
        # "Remote (Colorado, Utah, Arizona)": a list of states, the first one; no town.
        first_state = next(e for e in _subdivisions()[_key(rest[0])] if e[0] == "US")
        return Place(region=first_state[1], country="US", remote=remote)
    stated = _state_then_town(rest[0], rest[1]) if len(rest) == 2 else None
    if stated is not None:
        return Place(city=stated[0], region=stated[1], country=stated[2], remote=remote)
    first_country = _country_first(rest)
    if first_country and (
        len(rest) == 3
        and _region_of(rest[2], first_country)
        and _city(rest[1], first_country)
        and not _region_of(rest[1], first_country)
    ):
        # "USA - Herndon, VA": the country, then "town, state" in the usual order.
        rest = [rest[1], rest[2], rest[0]]
    elif first_country:
        rest.reverse()  # "Portugal - Lisbon", "US-Texas", "IN, Maharashtra, Pune": country first
    elif len(rest) == 2:
        flipped = _region_then_town(rest[0], rest[1])
        if flipped is not None:
            return Place(city=flipped[0], region=flipped[1], country=flipped[2], remote=remote)
    city = region = country = area = code_part = None
    # A country, or a region written out, ends a "town, district, region" list; a short
    # code may be one more place ("SF, NYC, SEA, CHI").
    spelled = bool(country_code(rest[-1])) or len(rest[-1]) > 3
    named_area = US_AREAS.get(_key(rest[-1])) or _NAMED_AREAS.get(
        _REGION_WORD.sub("", _key(rest[-1])).strip()
    )
    if named_area:
        if len(rest) > 1:
            return None
        return Place(country=named_area, remote=remote, area=rest[0])
    if _key(rest[-1]) in AREAS:
        area = AREAS[_key(rest.pop())]
    elif len(rest) > 1 or _key(rest[-1]) not in CITY_ALIASES:
        # A country written first is that country, not a state with the same code
        # ("IN, Salem" is Salem, India, not Salem, Indiana).
        readings = [(first_country, None)] if first_country else _interpretations(rest[-1], hint)
        if readings:
            before = rest[-2] if len(rest) > 1 else None
            chosen: tuple[str, str | None] | None = readings[0]
            confirmed = False
            outer = _country_named_in(before) if before is not None else None
            in_outer = next((r for r in readings if outer and r[0] == outer[0] and r[1]), None)
            if in_outer is not None:
                # "Rest of Nigeria (Niger)": a region of the country named before it, not
                # the country the region is also called (Niger, the state, not the country).
                chosen, confirmed = in_outer, True
            elif before is not None:
                for reading in readings:
                    # A region before a country must be one of that country's: "Liverpool"
                    # (an English borough) does not make "Liverpool, IL" Israel.
                    if _city(before, reading[0]) or (
                        reading[1] is None
                        and any(r[0] == reading[0] for r in _interpretations(before, reading[0]))
                    ):
                        chosen, confirmed = reading, True
                        break
                chosen = _state_code_abroad(before, chosen, readings) if confirmed else chosen
                if confirmed and chosen is not None and chosen[1] is None:
                    chosen = _spelt_as_written(before, chosen, readings)
            if (
                not confirmed
                and before is not None
                and len(rest) == 2
                and chosen is not None
                and chosen[1] is not None
            ):
                # "Providencia, Santiago": a district of a famous city, not a town of the
                # Dominican province called Santiago that the gazetteer does not hold.
                famous = big_cities().country.get(norm_place(rest[-1]))
                town = _city(rest[-1], famous) if famous and famous != chosen[0] else None
                if town is not None:
                    return Place(city=town[0], region=town[2], country=town[1], remote=remote)
            if not confirmed and before is not None and _district_like_country(before, rest[-1]):
                return None  # "Warszawa, Włochy": read singly, Warsaw comes first
            if not confirmed and len(rest[-1]) > 3 and _shared_region(readings):
                # "Central Region" (Malawi's and Singapore's), "Huila" (Colombia's and
                # Angola's), "Punjab": a region name several countries share, with nothing
                # to tell which, says no country. (A short code such as "SP" keeps ISO's
                # first reading: codes are written where the country goes without saying.)
                chosen = None
                if before is not None and len(rest) == 2 and _city(before, None) is None:
                    return _town_in_shared_region(before, rest[-1], readings, remote)
            lone_city = _city(rest[0], None) if len(rest) == 1 else None
            exonym = (
                _big_exonym(rest[0])
                if lone_city and chosen and chosen[1] and chosen[0] not in _PRIMARY
                else None
            )
            if (
                exonym is not None
                and lone_city
                and norm_place(lone_city[0]) not in big_cities().names
            ):
                # "Hanover" alone: Hannover (an English name of a big city), not the
                # Jamaican parish, nor the small US towns whose own name it is.
                return Place(city=exonym[0], country=exonym[1], remote=remote)
            if (
                lone_city
                and chosen
                and chosen[1] is not None
                and not _state_first(chosen, rest)
                and (lone_city[1] == chosen[0] or norm_place(lone_city[0]) in big_cities().names)
                and not (
                    lone_city[1] != chosen[0]
                    and _region_spelt_as_written(rest[0], lone_city[0], chosen[1])
                )
            ):
                # A lone "Berlin" is the city, not the state; but a lone "Bali" is the
                # Indonesian province, not the small town of Bāli, India ("İstanbul", spelt
                # as its province, is still the city: both are Turkey's).
                chosen = None
            if chosen is not None:
                country, region = chosen
                code_part = rest.pop()
    if rest and region is None and country and (len(rest) > 1 or not _city(rest[0], country)):
        for reading in _interpretations(rest[-1], country):
            if reading[0] == country and reading[1] is not None:
                region = reading[1]
                rest.pop()
                break
    if len(rest) > 1:
        named = _first_of_many(rest, country) if country and spelled and not area else None
        if named is None:
            return None
        rest = [named]  # "Brest, Brittany, France": the town, in a region we cannot read
    if rest:
        name = rest[0]
        key = _key(name)
        if name.islower() and len(name) <= 3 and key not in CITY_ALIASES and _latin(name):
            # a leftover word ("to", "of"), not the town of Tô; with its accents too
            # (Hungarian "hó", month, from a salary's "/hó", is not Ghana's Ho)
            return None
        if _named_after_country(name, country, code_part) or _locality_named_as_country(
            name, region, country, code_part
        ):
            # ("Monserrat, Capital Federal": a barrio of the capital, which is one city)
            city = _ONE_CITY_REGIONS.get((country, region), name) if country and region else name
            return Place(city=city, region=region, country=country, remote=remote)
        if key in AREAS or (
            country is not None and country_code(name) and not _city(name, country)
        ):
            return None
        found = (
            _quarter_city(name, country)
            or _metropolitan_district(name, code_part, country)
            or _swiss_canton_town(name)
            or _city(name, country)
            or _german_town(name, country)
            or _umlauts_spelt_out(name, country)
        )
        # "Lehi UT": a town and its state code without the comma.
        coded = not found and _TOWN_AND_CODE.fullmatch(name) is not None
        inside = _by_words(name, remote, country) if coded else None
        if found:
            city, country, state = found
            region = region or state
        elif (
            country is not None
            and (of_country := _country_named_in(name)) is not None
            and of_country[0] == country
        ):
            # "Rest of Nigeria (Delta)": words about the country, no town in it; but
            # "Toronto Canada" is Toronto.
            town = _city(of_country[1], country)
            if town is not None:
                city, region = town[0], region or town[2]
        elif inside is not None and inside.city and inside.country == (country or inside.country):
            city, country, region = inside.city, inside.country, region or inside.region
        elif (
            (country is not None or region is not None)
            and not (name.isupper() and len(name) <= 4)
            and not _REGION_WORD.match(name)
            and key not in US_AREAS  # "Puget Sound, WA": an area of the state, no town
            # "Đồng Nai, Bà Rịa-Vũng Tàu": two provinces of a list, not a town in the second
            and not (region is not None and country is not None and _region_of(name, country))
        ):
            # A small town the gazetteer lacks, qualified by region or country; an acronym
            # ("PEO", "HQ") is not a town, nor an area ("Region Zentralschweiz (Luzern)").
            city = name
        elif _city(name, None) is None and not (remote or area):
            return None
    if not (city or region or country or area or remote):
        return None
    if country is not None and region is not None and (country, region) in _ONE_CITY_REGIONS:
        # "Palermo, Capital Federal", "Iztapalapa, CDMX": a barrio or borough of a
        # subdivision that is one city is that city, as a district of Lima is Lima.
        city = _ONE_CITY_REGIONS[country, region]
    if city is None and region is not None and country in ("CZ", "SK"):
        seat = _OKRES_OF_CITY.search(region)
        town = _city(region[: seat.start()], country) if seat else None
        if town is not None:
            # "Ostrava-město", "Plzeň-město": the district that is a city's own (an ISO
            # subdivision) is the city, as "okres Brno-město" is.
            city = town[0]
    if city is None and region is None and country in _CITY_STATES and len(parts) == 1:
        # "Singapore", "Hong Kong": the city-state named alone is also its city (in a
        # list, "DC, Tokyo, Singapore", the caller reads each place).
        own = _city(code_part, country) if code_part else None
        city = own[0] if own else None
    return Place(city=city, region=region, country=country, remote=remote, area=area)


_CITY_STATES = frozenset({"SG", "HK", "MO"})
# Subdivisions that are one city, by (country, ISO name): every place inside is the city.
_ONE_CITY_REGIONS = {
    ("AR", "Ciudad Autónoma de Buenos Aires"): "Buenos Aires",
    ("MX", "Ciudad de México"): "Mexico City",
    # "Hlavní město Praha" (the capital city Prague), a region of its own, as Jobs.cz writes it
    ("CZ", "Praha, Hlavní město"): "Prague",
}


def _country_named_in(part: str) -> tuple[str, str] | None:
    """The country whose name ends the part, and the words before it ("Rest of Nigeria":
    Nigeria, "Rest of"; "Toronto Canada"); names only, not codes."""
    words = part.split()
    for size in (3, 2, 1):
        tail = " ".join(words[-size:]) if len(words) > size else None
        if tail and len(tail) > 3 and tail[:1].isupper():
            found = country_code(tail)
            if found:
                return found, " ".join(words[:-size])
    return None


def _state_code_abroad(
    town: str, chosen: tuple[str, str | None] | None, readings: Sequence[tuple[str, str | None]]
) -> tuple[str, str | None] | None:
    """ "Amsterdam, NH": a US state code after a town the US has only in another state
    (Amsterdam, New York) is the region code of the big city of that name abroad
    (Noord-Holland, the Netherlands) when the code is one of that country's."""
    if chosen is None or chosen[0] != "US" or not chosen[1]:
        return chosen
    found = _city(town, "US")
    big = big_cities().country.get(norm_place(town))
    if found is None or not found[2] or found[2] == chosen[1] or big in (None, "US"):
        return chosen
    return next((r for r in readings if r[0] == big), chosen)


# Turkish boards write "district, province" ("Ataşehir, İstanbul", "Çankaya, Ankara");
# GeoNames lists a big city's districts as towns of their own, and lacks most. A district
# of a province whose own city has this many people is taken as that city's quarter
# ("Salihli, Manisa", "Gebze, Kocaeli" stay the towns; a town of its own in a big province,
# "Alanya, Antalya", is read as the province's city too: the gazetteer cannot tell them).
_TR_METROPOLIS = 500_000


def _metropolitan_district(
    name: str, province: str | None, country: str | None
) -> tuple[str, str, str | None] | None:
    """The city of a Turkish district named before its metropolitan province."""
    if country != "TR" or not province:
        return None
    city = _city(province, "TR")
    if city is None or _key(name) == _key(province):
        return None
    sizes = _tr_sizes()
    district = _city(name, "TR")
    if sizes.get(city[0], 0) < _TR_METROPOLIS:
        return None
    if district is not None and sizes.get(district[0], 0) >= sizes[city[0]]:
        return None
    return city


@cache
def _tr_sizes() -> dict[str, int]:
    return {c.name: c.population for c in gazetteer.cities() if c.country == "TR"}


# Switzerland's cantons by the two letters written after a town ("Rüti ZH", "Gossau SG",
# "Tenniken (BL)"): many are also countries' or US states' codes, so the letters are read
# as a canton only after a Swiss town of that canton.
_CH_CANTONS = frozenset(
    {"AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW",
     "OW", "SG", "SH", "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH"}
)  # fmt: skip
_CANTON_AFTER_TOWN = re.compile(r"(?P<town>[^\d,()/]*[^\W\d_])\s+\(?(?P<canton>[A-Z]{2})\)?")


# A postal locality's canton code, quarter or number after its name ("Buchs SG", "Forel
# (Lavaux)", "Genève 71 CS").
_CH_LOCALITY_TAIL = re.compile(r"\s+(?:\(.*\)|\d+(?:\s+\w+)?|[A-Z]{2})$")


@cache
def _swiss_towns() -> dict[tuple[str, str], str]:
    """(folded name, canton) -> name of the Swiss towns the gazetteer holds."""
    towns = {(_key(c.name), c.admin1): c.name for c in gazetteer.cities() if c.country == "CH"}
    for name, country, canton in gazetteer.suburbs():
        if country == "CH":
            towns.setdefault((_key(name), canton), name)
    # The postal register's localities too ("Buchs SG", "Wald ZH", "Stein AR"): the canton
    # written after the name tells which Swiss village is meant, and that it is Swiss.
    for _code, name, canton in gazetteer.ch_postcodes():
        head = _CH_LOCALITY_TAIL.sub("", name).strip()
        if head and "/" not in head:
            towns.setdefault((_key(head), canton), head)
    return towns


def _swiss_canton_town(name: str) -> tuple[str, str, str | None] | None:
    """A Swiss town and its canton's code: "Rüti ZH" is Rüti, Zürich (not a country ZH)."""
    coded = _CANTON_AFTER_TOWN.fullmatch(name) if name[-1:] in "ABDEFGHILNORSTUWZ)" else None
    if coded is None or coded["canton"] not in _CH_CANTONS:
        return None
    town = _swiss_towns().get((_key(coded["town"]), coded["canton"]))
    return (town, "CH", coded["canton"]) if town else None


@cache
def _big_exonyms() -> dict[str, _Found]:
    """Names that are a big city's alternate only, shadowed by small towns' own names:
    "hanover" -> Hannover (the US Hanovers are towns of 15,000-30,000 people)."""
    names = big_cities().names
    found: dict[str, _Found] = {}
    for (key, _country), city in _shadowed().items():
        if norm_place(city[0]) in names and norm_place(key) not in names:
            found.setdefault(key, city)
    return found


def _big_exonym(name: str) -> _Found | None:
    return _big_exonyms().get(_key(name))


# A German town's name with its qualifier ("Weilheim in Oberbayern", "Hofheim am
# Taunus"): GeoNames keeps some long and some short.
_GERMAN_QUALIFIER = re.compile(
    r"(?P<head>[^\W\d_][\w.'-]*(?:\s[^\W\d_][\w.'-]*)?)\s+"
    r"(?:am|im|in|an\s+der|an|ob\s+der|bei|auf\s+der|vor\s+der)\s+\S.*"
)
_GERMAN_SPEAKING = ("DE", "AT", "CH")
# GeoNames' other long forms of a German town, which boards write without the addition:
# its river or land in brackets ("Kempten (Allgäu)", "Hennef (Sieg)"; not Zürich's "(Kreis
# 3)" quarters) and its title ("Hansestadt Stade", "Lutherstadt Eisleben").
_GERMAN_BRACKETED = re.compile(r"(?P<head>[^\W\d_][\w.'-]*)\s+\((?!Kreis\b)[^\W\d_][^()]*\)")
_GERMAN_TITLED = re.compile(
    r"(?:Hansestadt|Lutherstadt|Universitätsstadt|Landeshauptstadt)\s+(?P<head>[^\W\d_][\w.'-]*)"
)


def _german_town(name: str, country: str | None) -> tuple[str, str, str | None] | None:
    """The German, Austrian or Swiss town a name means with or without its qualifier:
    "Weilheim in Oberbayern" is GeoNames' Weilheim, "Hofheim" its Hofheim am Taunus."""
    if country not in (None, *_GERMAN_SPEAKING):
        return None
    long = _GERMAN_QUALIFIER.fullmatch(name)
    if long:
        # The town as written: "Garching bei München" is GeoNames' Garching.
        found = _city(long["head"], country)
        return (name, found[1], found[2]) if found and found[1] in _GERMAN_SPEAKING else None
    key = _key(name)
    head = _german_heads().get(key) or _german_halves().get(key) or _german_spas().get(key)
    return (head[0], head[1], None) if head and country in (None, head[1]) else None


# Spa towns' second words that are also common German or English words ("Bad Hall",
# "Bad Grund", "Bad König"): a board writing "Hall" alone may mean Schwäbisch Hall.
_SPA_WORDS = frozenset({"grund", "konig", "kleinen", "hall"})
# Such names that are also another country's place of 1,000+ people, which the gazetteer's
# tables leave out (GeoNames cities1000; kept in step by a test): Griesbach, Canada;
# Holzhausen, Austria (Bad Holzhausen is German).
_SPAS_ELSEWHERE = frozenset({"griesbach", "holzhausen"})


@cache
def _german_spas() -> dict[str, _Found]:
    """A German-speaking spa town by its name without "Bad": "Driburg" is Bad Driburg,
    "Kreuznach" Bad Kreuznach; only a name of five letters or more that no other place of
    the gazetteer has (not "Essen", "Pyrmont"), nor a common word."""
    spas: dict[str, list[_Found]] = {}
    towns = [(c.name, c.country, c.admin1) for c in gazetteer.cities()]
    for town in (*towns, *gazetteer.suburbs()):
        words = town[0].split()
        if town[1] in _GERMAN_SPEAKING and len(words) == 2 and words[0] == "Bad":
            spas.setdefault(_key(words[1]), []).append(town)
    return {
        k: v[0]
        for k, v in spas.items()
        if len(v) == 1
        and len(k) >= 5
        and k not in _SPA_WORDS
        and k not in _SPAS_ELSEWHERE
        and not _named_in_gazetteer(k)
        and k not in _german_halves()
        and _city(k, None) is None
    }


def _named_in_gazetteer(key: str) -> bool:
    """Whether a folded name is already a city, region, small place or German town's head:
    a short form ("Driburg", "Garmisch") may stand for a town only where it is none."""
    return key in _cities() or key in _subdivisions() or key in _suburbs() or key in _german_heads()


# The first words of a German town's name that make no town of their own ("Groß-Gerau",
# "Neu-Isenburg", "Ober-Ramstadt"), and the last words of a quarter ("Hoheluft-Ost"): the
# rest is no half of a merged town.
_GERMAN_PREFIXES = frozenset({"gross", "neu", "ober", "nieder", "alt", "bad", "klein", "sankt"})
_QUARTER_SUFFIXES = frozenset(
    {"nord", "sud", "ost", "west", "mitte", "altstadt", "neustadt", "vorstadt", "ville"}
)
# Halves that are also another country's place of 1,000+ people, which the gazetteer's
# tables leave out (GeoNames cities1000; kept in step by a test): Annaberg, Austria;
# Limbach, Slovakia; Neukirchen, Austria.
_HALVES_ELSEWHERE = frozenset({"annaberg", "limbach", "neukirchen"})


@cache
def _german_halves() -> dict[str, _Found]:
    """One half of a German-speaking town merged from two -> the town: "Garmisch" is
    Garmisch-Partenkirchen, "Echterdingen" Leinfelden-Echterdingen, "Villingen"
    Villingen-Schwenningen; only a half no other place of the gazetteer is named."""
    halves: dict[str, list[_Found]] = {}
    for city in gazetteer.cities():
        parts = city.name.split("-")
        if city.country not in _GERMAN_SPEAKING or len(parts) != 2 or " " in city.name:
            continue
        if _key(parts[0]) in _GERMAN_PREFIXES or _key(parts[1]) in _QUARTER_SUFFIXES:
            continue
        for part in parts:
            if len(part) >= 4:
                halves.setdefault(_key(part), []).append((city.name, city.country, city.admin1))
    return {
        k: v[0]
        for k, v in halves.items()
        if len(v) == 1
        and not _named_in_gazetteer(k)
        and k not in _GERMAN_PREFIXES
        and k not in _HALVES_ELSEWHERE
    }


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _umlauts_spelt_out(name: str, country: str | None) -> tuple[str, str, str | None] | None:
    """A German-speaking town GeoNames spells without umlauts: "Ibbenbüren" is its
    "Ibbenbueren" (the key folds "ü" to "u", so the two spellings never meet)."""
    if country not in (None, *_GERMAN_SPEAKING) or not re.search("[äöüÄÖÜ]", name):
        return None
    found = _city(name.translate(_UMLAUTS), country)
    return (name, found[1], found[2]) if found and found[1] in _GERMAN_SPEAKING else None


@cache
def _german_heads() -> dict[str, _Found]:
    """A qualified town's head -> the town, where one city of 15,000+ has that head."""
    heads: dict[str, list[_Found]] = {}
    for city in gazetteer.cities():
        if city.country not in _GERMAN_SPEAKING:
            continue
        qualified = _GERMAN_QUALIFIER.fullmatch(city.name)
        long = qualified or _GERMAN_BRACKETED.fullmatch(city.name)
        long = long or _GERMAN_TITLED.fullmatch(city.name)
        if long:
            # A town with its river or title is known by its head ("Kempten", "Stade").
            shown = city.name if qualified else long["head"]
            heads.setdefault(_key(long["head"]), []).append((shown, city.country, city.admin1))
    # ("Limburg" alone is the Belgian or the Dutch province, not Limburg an der Lahn.)
    return {
        k: v[0]
        for k, v in heads.items()
        if len(v) == 1 and k not in _cities() and k not in _subdivisions()
    }


def _region_spelt_as_written(name: str, city: str, region: str) -> bool:
    """Whether a lone name is spelt as the region, and the city only without its accents:
    "Bali" is the Indonesian province, not Bāli (Bally), India."""
    folded = name.casefold()
    accents_only = _key(city) == _key(name) and city.casefold() != folded
    return accents_only and region.casefold() == folded


def _spelt_as_written(
    name: str, chosen: tuple[str, str | None], readings: Sequence[tuple[str, str | None]]
) -> tuple[str, str | None]:
    """The reading whose town is spelt as written: "Vitória, ES" is Vitória, Espírito
    Santo, not Vitoria-Gasteiz, Spain, whose name matches only without the accent."""
    if name.isascii():
        return chosen
    town = _city(name, chosen[0])
    if town is None or town[0].casefold() == name.casefold():
        return chosen
    for reading in readings:
        other = _city(name, reading[0]) if reading[0] != chosen[0] else None
        if other is not None and other[0].casefold() == name.casefold():
            return reading
    return chosen


def _latin(text: str) -> bool:
    """Every letter of the text is a Latin one ("Włochy" is, "الهند" is not)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def _district_like_country(before: str, last: str) -> bool:
    """ "Warszawa, Włochy", "Warszawa, Białołęka, Warszawa, Włochy": a big city, then a
    name that is a country only in a translation: a district of the city, not Italy."""
    key = _key(last)
    country_code(last)  # fills the translated names
    # Latin script only: Arabic boards write the country in Arabic after towns whose Arabic
    # names the gazetteer lacks ("حيدر اباد · الهند" is Hyderabad, India).
    if key not in _TRANSLATED_ONLY or not _latin(key):
        return False
    found = _city(before, None)
    return bool(
        found and found[1] != _countries()[key] and norm_place(found[0]) in big_cities().names
    )


def _quarter_city(name: str, country: str | None) -> tuple[str, str, str | None] | None:
    """The city of a quarter named after it: "Amsterdam-Zuid" and "Berlin-Kreuzberg" are
    in Amsterdam and Berlin (GeoNames lists such quarters as towns of their own). Only a
    big city before a compass word, or before a quarter GeoNames knows by the rest."""
    numbered = _CITY_DISTRICT.fullmatch(name) if " " in name else None
    if numbered:
        # "Praha 5", "Budapest XI. kerület", "București Sector 1", "Paris 15e": a big
        # city's numbered district, which GeoNames may list as a town of its own.
        city = _city(numbered["city"], country)
        return city if city and norm_place(city[0]) in big_cities().names else None
    quarter = _QUARTER.fullmatch(name)
    head = quarter["city"] if quarter else name.partition("-")[0]
    if head == name and " " in name and not name.isupper():
        # "Warszawa Mokotów": a big city, then a quarter GeoNames knows in its country.
        head, _, after = name.partition(" ")
        if len(head) < 4 or _city(name, None):
            return None  # most names of two words: "San Jose", "Mountain View"
        city = _city(head, country)
        if city is None or norm_place(city[0]) not in big_cities().names:
            return None
        quarter_of = _city(after, city[1])
        return city if quarter_of and quarter_of[0] != city[0] else None
    if head == name or len(head) < 3:
        return None
    city = _city(head, country)
    if city is None or norm_place(city[0]) not in big_cities().names:
        return None
    if quarter is None:
        rest = _city(name.partition("-")[2], city[1])
        whole = _city(name, city[1])
        if not (rest and whole and whole[0] == rest[0]):
            return None  # "Newcastle-under-Lyme" is a town, not part of Newcastle
    return city


def _shared_region(readings: Sequence[tuple[str, str | None]]) -> bool:
    """Whether the readings of a name are regions of two or more countries, none of them
    the US, Canada or Australia (whose states come first) and none a country."""
    if not readings or any(r[1] is None for r in readings) or readings[0][0] in _PRIMARY:
        return False
    return len({r[0] for r in readings}) > 1


def _town_in_shared_region(
    town: str, name: str, readings: Sequence[tuple[str, str | None]], remote: bool
) -> Place | None:
    """A town the gazetteer lacks, then a region name several countries share: Bumeran's
    "Guiñazú, Córdoba" is in Argentina, whose Córdoba is the likeliest city of the name;
    "Media Agua, San Juan" names no country, since the likeliest San Juan (Puerto Rico's)
    is in neither country with a San Juan province, so read alone it was Puerto Rico."""
    city = _city(name, None)
    if city is None:
        return None  # no city of the name to mislead: the parts are read singly
    region = next((r for r in readings if r[0] == city[1]), None)
    if region is None:
        return Place(city=town, remote=remote)
    return Place(city=town, region=region[1], country=region[0], remote=remote)


def _named_after_country(name: str, country: str | None, code: str | None) -> bool:
    """Whether "Canada, KY" or "Peru, IN" is a US town named after a country: a country's
    name, then a US state code that is not that country's own ("India, IN" is India)."""
    if country != "US" or not code or len(code) != 2 or not code.isupper():
        return False
    named = country_code(name)
    if named is None or named == code or len(name) <= 3:
        return False
    # A state's name is the state ("Georgia, US"), unless another state's code follows:
    # "Georgia, VT" is a town in Vermont, not the country.
    states = {e[1] for e in _subdivisions().get(_key(name), ()) if e[0] == "US"}
    return not states or (code not in states and _region_of(code, "US"))


def _locality_named_as_country(
    name: str, region: str | None, country: str | None, written: str | None
) -> bool:
    """Whether "Danmark, Uppsala County, Sweden" is a place named like a country, inside a
    region of the country the text ends with and names in full (LinkedIn's "town, county,
    country"), or inside a region written out ("America, Buenos Aires"): the town of
    Danmark near Uppsala, not Denmark."""
    if country is None or region is None or not written or len(written) <= 3:
        return False
    named = country_code(name)
    if named is None or named == country:
        return False
    # The country written in full, or a region of it written out: "América, Buenos Aires"
    # (Bumeran's "town, province") is the town of América, Argentina, not the US.
    return country_code(written) == country or (
        country_code(written) is None and _region_of(written, country)
    )


def _country_first(rest: Sequence[str]) -> str | None:
    """The country a comma list starts with when the rest lies inside it: "France, Paris",
    "US-Texas", "IN, Tamil Nadu, Chennai" (Workday's order); None otherwise."""
    if len(rest) < 2:
        return None
    code = country_code(rest[0])
    if not code:
        return None
    last = rest[-1]
    if len(rest) == 2 and len(rest[0]) == 2 and rest[0].isupper():
        town = _city(last, "US")
        if town is not None and town[2] == rest[0]:
            return None  # "VA - Reston": Virginia's code before its town, not Vatican City
    if len(rest) == 2:
        # "Brazil, Santa Catarina": a region of that country too ("US, Canada" lists two).
        inside = not _interpretations(last, None) or _city(last, code) or _region_of(last, code)
        return code if inside else None
    # Longer lists: only when the last part is a city or region of that country and no
    # other part names a country ("US, Canada, Mexico" is three places).
    if any(country_code(p) and not _region_of(p, code) for p in rest[1:]):
        return None  # "US, CA, Santa Clara": CA is California here, not Canada
    return code if _city(last, code) or _region_of(last, code) else None


def _us_state_only(name: str) -> bool:
    """Whether a name is a US state written out and no city's name ("Colorado", not
    "New York" or "Washington")."""
    if len(name) < 4 or not any(e[0] == "US" for e in _subdivisions().get(_key(name), ())):
        return False
    return _city(name, "US") is None


def _state_then_town(first: str, last: str) -> tuple[str, str, str] | None:
    """(city, state, country) when a US state, Canadian province or Australian state is
    written out before one of its towns, as Workday sites do: "Oregon - Portland" was a
    town called Oregon in Jamaica (Portland is a parish there), "Georgia - Atlanta" was
    Georgia, the country; "Washington - Pullman" gave the city of Washington."""
    if len(first) < 4 or not first[:1].isupper():
        return None  # "OR - Portland": codes are read the usual way
    for country, short, _name in _subdivisions().get(_key(first), ()):
        if country not in _PRIMARY:
            continue
        for display, code, admin in _cities().get(_key(last), ()):
            # GeoNames' admin1 is the postal code for US states only.
            if code == country and (country != "US" or admin == short):
                return display, short, country
    return None


def _region_then_town(first: str, last: str) -> tuple[str, str, str] | None:
    """(city, region, country) when a two-part list names the region first and then its
    town, as Computrabajo Mexico does ("Jalisco, Guadalajara" was Guadalajara, Spain;
    "Yucatán, Mérida" the Venezuelan state): the usual "town, region" reading wins whenever
    the last part confirms it ("Guadalajara, Jalisco", "Puebla, Puebla"), and a region that
    is a city too is left to that reading."""
    if _key(first) not in _subdivisions() and not any(r[1] for r in _interpretations(first, None)):
        return None  # most lists: the first part is no region, nothing to weigh
    for country, region in _interpretations(last, None):
        if _city(first, country) or (
            region is None and any(r[0] == country for r in _interpretations(first, country))
        ):
            return None
    for country, region in _interpretations(first, None):
        # A region that is also a city there may be a place of its own: "Cardiff, London",
        # "Delhi, Gurgaon" and "New York, San Francisco" list two cities.
        if region is None or _city(first, country):
            continue
        town = _city(last, country)
        # "SP - São Paulo": a state's code, then its capital of the same name.
        capital = any(
            e[0] == country and region in (e[1], e[2]) for e in _subdivisions().get(_key(last), [])
        )
        if town is not None and (capital or not _region_of(last, country)):
            return town[0], region, country
    return None


def _region_then_place(first: str, last: str) -> tuple[Place, frozenset[str]] | None:
    """The place a two-part list names when it gives a first-level region first and then
    a place in it, as Peru's state job board writes department and district ("ICA -
    SANTIAGO" was Santiago, Chile; "LIMA - SAN ANTONIO" Lima, Ohio), with the countries
    whose region it may be; None when the parts are not so written.

    The region may be its capital's name too ("Lima", "Ica"), unless a big city abroad has
    the name ("Santiago" is also a Dominican province). A country, a US state, a code, or
    a region where the first part is a town, after it keeps the usual reading ("Lima,
    Ohio", "Lima, Peru", "Piura, Lima"). The place is the town of that name the gazetteer
    has in the region's country, else a small town it lacks, as written; a name it knows
    only abroad is no town there ("PIURA - BUENOS AIRES" has no city). Of a region several
    countries share ("La Libertad" is Peru's and El Salvador's), the one country with a
    town of that name; with none or several, no country."""
    key = _key(first)
    entries = [e for e in _subdivisions().get(key, []) if e[0] not in _PRIMARY]
    countries = frozenset(e[0] for e in entries)
    if (
        len(last) < 4
        or not entries
        or len(entries) != len(_subdivisions()[key])
        or country_code(first)
        or country_code(last)
        or not all(_top_level(e[0], e[1]) for e in entries)
        or (len(key) < 4 and all(_key(e[2]) != key for e in entries))
    ):
        # No region, a code ("LIM"), a US state (`_state_then_town`), or a lower division
        # whose name is a town's first ("Palermo, Capital Federal", "York, York County").
        return None
    own = _city(first, None)
    if own is not None and own[1] not in countries and norm_place(own[0]) in big_cities().names:
        return None
    for other, named in _interpretations(last, None):
        if named is None or other in _PRIMARY or _city(first, other):
            return None  # "Lima, Ohio", "Lima, Peru", "Piura, Lima": the usual reading
    towns = [(c, town) for c in sorted(countries) if (town := _city(last, c)) is not None]
    if len(countries) > 1:
        if len(towns) != 1:
            return Place(), countries
        countries = frozenset({towns[0][0]})
    country = next(iter(countries))
    region = next(e[2] for e in entries if e[0] == country)
    if towns:
        city: str | None = towns[0][1][0]
    elif _city(last, None) is not None or _REGION_WORD.match(last) or _key(last) in AREAS:
        city = None
    else:
        city = last
    return Place(city=city, region=region, country=country), countries


_DASHED_PAIR = re.compile(r"[^,;/|]+?\s[-–—]\s[^,;/|]+")


def _region_dash_district(
    text: str, parts: Sequence[str], region_country: str | None, usual: str | None
) -> bool:
    """Whether "REGION - DISTRICT" names a region that is its capital's name too, a town of
    the region's country and of no town in the usual reading's country, joined by a spaced
    dash (Peru's state board), so that the district's name abroad does not count."""
    if region_country is None or usual is None or not _DASHED_PAIR.fullmatch(text.strip()):
        return False
    own = _city(parts[0], region_country)
    return own is not None and _city(parts[0], usual) is None


def _neighbours(first: str, last: str, country: str) -> bool:
    """Whether two names are towns of one region of a country ("Saint-Louis, Mulhouse",
    two towns of Alsace, not Senegal's region of Saint-Louis and a town)."""
    regions = {e[2] for e in _cities().get(_key(first), ()) if e[1] == country}
    return any(e[1] == country and e[2] in regions for e in _cities().get(_key(last), ()))


def _top_level(country: str, short: str) -> bool:
    """Whether an ISO 3166-2 subdivision is one of its country's first-level divisions."""
    return f"{country}-{short}" in _first_level_codes()


@cache
def _first_level_codes() -> frozenset[str]:
    """The codes of every country's first-level ISO 3166-2 subdivisions (no parent)."""
    return frozenset(s.code for s in _iso_subdivisions() if not s.parent_code)


def _region_of(name: str, country: str) -> bool:
    """Whether `name` is a region (state, province) or its code in `country`."""
    return any(r[0] == country and r[1] for r in _interpretations(name, country))


def _first_of_many(rest: Sequence[str], country: str) -> str | None:
    """The place a "district, city" or "town, region" list names inside a known country:
    "Brest, Brittany" (a region spelling ISO lacks), "Heliopolis, Cairo" (a district of a
    city); None when the parts are separate places (a country or area among them)."""
    # An old region code the gazetteer lacks stands between the town and its country
    # ("Salaunes, NA, FR", "Steinbourg, GE, FR": Indeed France's codes, also Namibia's
    # and Georgia's), read as no place rather than a second country.
    rest = [rest[0], *(p for p in rest[1:] if not _stray_code(p, rest[0], country))]
    # ("the US": "Remote in the US, Toronto, Remote in Canada" lists places)
    if any(country_code(_THE.sub("", p)) or _key(p) in AREAS for p in rest):
        return None
    first = rest[0]
    if _city(first, country):
        return first
    elsewhere = [_city(p, None) for p in rest]
    if all(c and c[1] != country and norm_place(c[0]) in big_cities().names for c in elsewhere):
        return None  # "Austin, Tokyo, Singapore": big cities of other countries, a list
    # A first name the gazetteer does not hold there ("Heliopolis", a district; "Weave -
    # HQ (Lehi, UT)", an employer): a later part that is a city of the country is the
    # place; failing that, the first name is a town of that country the gazetteer lacks
    # ("St.-Chamond"), even when a bigger town abroad has its name ("Santiago, Galicia").
    return next((p for p in rest[1:] if _city(p, country)), first)


def _stray_code(part: str, first: str, country: str) -> bool:
    """Whether an upper-case code after a town, before that town's country, is a region
    code the gazetteer lacks: no region of the country, and the town is no city of the
    country the code may name ("London, UK, US" still lists two places)."""
    if not _STRAY_CODE.fullmatch(part) or _region_of(part, country):
        return False
    named = country_code(part)
    return named is None or named == country or _city(first, named) is None


_STRAY_CODE = re.compile(r"[A-Z][A-Z0-9]{0,2}")
_THE = re.compile(r"^the\s+", re.I)
_DISTRICT_PART = re.compile(r".*\S(?:[\s-](?:district|dist\.?|ward)|-(?:ku|gu|qu))", re.I)


def _state_first(chosen: tuple[str, str | None], rest: Sequence[str]) -> bool:
    """Whether a lone name is the US state (Canadian province, Australian state) it names
    rather than a foreign town: "Colorado" is not Colorado, Paraná; "Virginia" not in ZA."""
    if chosen[0] not in ("US", "CA", "AU") or (len(rest[0]) <= 2 and not rest[0].isupper()):
        return False
    found = _city(rest[0], None)
    return found is not None and found[1] != chosen[0]


def _by_words(text: str, remote: bool, hint: str | None) -> Place | None:
    """A place named inside a phrase no gazetteer holds whole: "Austin TX", "East Texas",
    "Mapbox Helsinki", "NerdWallet UK", "China-Shanghai", "Milan South"."""
    words = [w for w in re.split(r"[\s-]+", text) if w]
    if len(words) < 2 or len(words) > 8 or _NOT_HERE.search(text):
        return None
    streets = [i for i, w in enumerate(words[1:-1], 1) if _key(w) in _STREET_NAMES]
    if len(words) > 5:
        # "Times Plaza Building United Nations Ave Manila": an employer's street address,
        # then its big city; a longer phrase is no place.
        return _city_after_venue(words[streets[-1] + 1 :], remote, hint) if streets else None
    if len(words) == 2 and _key(words[0]) in _ARTICLES:
        # "La Florida" (a commune of Santiago, towns of Colombia and Mexico): an article and
        # a name are one name the gazetteer lacks, not the region the second word names.
        return None
    grams = {" ".join(words[i : i + n]) for n in (1, 2) for i in range(len(words))}
    if any(_key(g) in AREAS for g in grams):
        return None  # "Eastern Europe", "North to South America": an area, no country
    stated = _town_then_state(text, remote, hint)
    if stated is not None:
        return stated
    venues = [
        i
        for i, w in enumerate(words)
        if _key(w) in _VENUE_WORDS and not (i and _big_city_name(" ".join(words[i - 1 : i + 1])))
    ]  # "Town" ends "Cape Town" ("Cape Town Region"): no venue
    venues = sorted({*venues, *streets})  # "Ayala Ave Makati": a street, then its city
    if venues:
        # "Softa Industrial Park Nairobi": a big city named after the venue is where it is;
        # otherwise ("Lime Ridge Mall", "Tampa Bay") a venue or landmark, unknowable here.
        return _city_after_venue(words[venues[-1] + 1 :], remote, hint)
    if any(
        _key(w) in _COMPASS
        and _key(words[i + 1]) not in _COMPASS | _SIDE_WORDS
        and words[i + 1][:1].isupper()
        for i, w in enumerate(words[1:-1], 1)
    ):
        # "Bradford West Gwillimbury": a compass word and a name after a first name make
        # a town of their own ("West Gwillimbury"), not Bradford, England.
        return None
    head, tail = " ".join(words[:-1]), words[-1]
    if _short_country(words[0]) and country_code(" ".join(words[1:])):
        return Place(country=country_code(words[0]), remote=remote)  # "US Canada": the first
    tries: list[list[str]] = [[" ".join(words[-2:])]] if len(words) > 2 else []
    if len(tail) in (2, 3) and tail.isupper():  # "Sydney NSW": Australia's codes have three
        tries.insert(0, [head, tail])  # "New York NY" before "York NY"
    tries += [[head, tail], [" ".join(words[:2])] if len(words) > 2 else [], [tail], [words[0]]]
    # A name between others: "KES 서울 송파구" (company, city, ward in an Indeed field).
    tries += [[w] for w in words[1:-1]]
    for parts in tries:
        if not parts or any(len(p) < 2 or (p.islower() and p.isascii()) for p in parts):
            continue  # "x" or "available" is no place name
        found = _place(parts, remote, hint)
        if found is None or not (found.city or found.country):
            continue
        # Only names the gazetteers know: a city, a country, a US (CA, AU) state or code.
        if not _known(parts, found):
            continue
        if found.city and not _city(found.city, found.country):
            # "NerdWallet UK": the country, not a town called NerdWallet.
            return Place(region=found.region, country=found.country, remote=remote)
        return found
    return None


def _big_city_name(name: str) -> bool:
    """Whether the name is a big city's own ("Cape Town", "George Town")."""
    town = _city(name, None)
    return town is not None and norm_place(town[0]) == norm_place(name) in big_cities().names


def _big_city_among(words: Sequence[str]) -> Place | None:
    """The big city one of the words names by any of its names ("Warszawa"), if any."""
    for word in words:
        if len(word) >= 5 and word[:1].isupper() and word.isalpha():
            town = _city(word, None)
            if town is not None and norm_place(town[0]) in big_cities().names:
                return Place(city=town[0], region=town[2], country=town[1])
    return None


def _town_then_state(text: str, remote: bool, hint: str | None) -> Place | None:
    """A town and its US, Canadian or Australian state without a comma: "Raleigh North
    Carolina", "Bend Oregon", "Midland Park NJ", "University Park. IL". The town when the
    gazetteer knows it there, else the state alone; None when the text does not end with
    a state, or what comes before it is no name of a town."""
    words = text.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        head, tail = " ".join(words[:-size]).rstrip("."), " ".join(words[-size:])
        if not tail[:1].isupper() or (size == 1 and len(tail) == 2 and not tail.isupper()):
            continue
        if not any(e[0] in _PRIMARY for e in _subdivisions().get(_key(tail), ())):
            continue
        if len(head.split()) > 3 or not all(w[:1].isupper() for w in head.split()):
            return None  # "Remote, must live in Texas", "Nike Oregon office": not a town
        if _key(head) in _ARTICLES:
            # "La Florida" (a commune of Santiago, and Spanish for Florida), "El Paso":
            # an article begins a name, it is no town before a state.
            return None
        found = _place([head, tail], remote, hint)
        if found is None or found.country not in _PRIMARY or found.region is None:
            return None
        if found.city and _city(found.city, found.country):
            return found
        if country_code(tail) or _city(tail, found.country):
            # "Munich DE": a code that is also a country needs a known town; "Fundera New
            # York" names the city of New York, which the caller reads.
            return None
        big = _big_city_among(head.split()) if tail.isupper() else None
        if big is not None and big.country != found.country:
            # "Support Office Warszawa BC" (a business centre): a big city named before a
            # lone code is where the place is, not the state or province of that code.
            return Place(city=big.city, region=big.region, country=big.country, remote=remote)
        return Place(region=found.region, country=found.country, remote=remote)
    return None


@cache
def _address_heads() -> frozenset[str]:
    """Japan's 47 prefectures and Taiwan's counties and cities as addresses begin:
    "東京都", "北海道", "大阪府", "兵庫県", "新竹縣", "台北市"."""
    japan = (
        _local_forms(country, short, local)[-1]
        for country, short, _, local in _local_divisions()
        if country == "JP"
    )
    taiwan = (f for full in _TW_DIVISIONS.values() for f in (full, full.replace("臺", "台")))
    return frozenset((*japan, *taiwan))


# Saramin's "all of" a province or city ("경기전체", "대구전체").
_WHOLE_OF = re.compile(r"\s*전체$")
# Saramin's map link ("지도", map) run on after the last place of its cell: "경기 과천시지도",
# "서울전체지도", "세종특별자치시지도".
_MAP_LINK = re.compile(r"(?<=[시군구읍면동도체])지도$")
# Words after the town in Japanese, Korean and Chinese listings: a ward (区, 區, 구), a
# station (駅) or the walk to it ("徒歩5分", "車3分", "バス10分").
_NOT_TOWN = re.compile(r"[区區구]$|駅|\d")
# A town's own administrative word (city, county, town, village): "과천시", "武豊町".
_TOWN_WORD = ("시", "군", "市", "町", "村", "鎮", "鄉")


def _big_to_small(text: str, remote: bool) -> Place | None:
    """A Japanese or Korean listing written from the prefecture or province down, words
    apart: "경기 용인시 수지구", "兵庫県 加古川市", "大阪市 北区", "名古屋市 今池駅 徒歩1分",
    "경기전체" (and a Chinese city before its district: "上海 静安区"). The country is the
    prefecture's or the first town's; the town is the first word after the prefecture that
    is one (a ward or a station is not), else the prefecture's own city (서울, 대구). None
    for other text."""
    if text.isascii():
        return None  # most text: no letter of these scripts, and no need to look closer
    words = _MAP_LINK.sub("", text).split()
    if not 1 <= len(words) <= 4 or _latin(text):
        return None
    prefecture = next((words[0][:n] for n in (3, 4) if words[0][:n] in _address_heads()), None)
    if prefecture and len(words[0]) > len(prefecture):
        # Japanese and Taiwanese addresses run on without spaces: "神奈川県横浜市西区" is
        # 神奈川県, 横浜市西区; "新竹縣竹北市" is 新竹縣, 竹北市.
        words = [prefecture, words[0][len(prefecture) :], *words[1:]]
    head = _WHOLE_OF.sub("", words[0])
    division = next(
        (e for e in _subdivisions().get(_key(head), ()) if e[0] in ("JP", "KR", "TW")), None
    )
    country = division[0] if division else None
    for word in words[1:] if division else words[:1]:
        cut = word.find("市", 1)  # "横浜市西区": the city before its ward ("市川市" is one)
        if 0 < cut < len(word) - 1:
            word = word[: cut + 1]
        if _NOT_TOWN.search(word):
            continue
        bare = word[:-1] if word.endswith(_TOWN_WORD) and len(word) > 2 else word
        found = _city(word, country) or _city(bare, country)
        if found and found[1] in ("JP", "KR", "CN", "TW"):
            return Place(city=found[0], region=division[2] if division else None,
                         country=found[1], remote=remote)  # fmt: skip
        if country and word.endswith(_TOWN_WORD):
            # A town the gazetteer lacks, inside a province it knows: "충북 보은군".
            return Place(city=word, region=division[2] if division else None,
                         country=country, remote=remote)  # fmt: skip
    if division is None and len(words) == 1:
        # A Chinese address run together: "上海上海杨浦区", "河南省新乡".
        return _chinese_run(words[0], remote)
    if division is None:
        # A Japanese town the gazetteer lacks, named by its station: "三田市 三田駅" (a
        # station is 駅 in Japanese, 站 in Chinese, where 市 is written too).
        if words[0].endswith(("市", "町", "村")) and any("駅" in w for w in words[1:]):
            return Place(city=words[0], country="JP", remote=remote)
        return None
    own = _city(head, country)
    return Place(city=own[0] if own else None, region=None if own else division[2],
                 country=country, remote=remote)  # fmt: skip


def _city_after_venue(words: Sequence[str], remote: bool, hint: str | None) -> Place | None:
    """The big city the words after a venue name ("... Industrial Park Nairobi"), if any."""
    found = _city(" ".join(words), hint) if words else None
    if found is None or norm_place(found[0]) not in big_cities().names:
        return None
    return Place(city=found[0], region=found[2], country=found[1], remote=remote)


_TOWN_AND_CODE = re.compile(r"\S.*\s[A-Z]{2,3}")
_NOT_HERE = re.compile(r"\bnon[- ]|\boutside\b|\bexcept\b|\bexcluding\b", re.I)


def _known(parts: Sequence[str], found: Place) -> bool:
    """Whether a reading of words in a phrase rests on names the gazetteers hold whole:
    a country ("UK", "Germany"), a city by its own name ("Helsinki", not "Lime" for Lima),
    a city alias ("LA"), a US (CA, AU) state, or a known city with its state code."""
    last = parts[-1]
    if _short_country(last) or (len(last) >= 4 and country_code(last)):
        return True
    state = found.country in _PRIMARY and found.region is not None
    if len(parts) == 2:
        coded = len(last) in (2, 3) and last.isupper()
        town = _city(parts[0], found.country) if coded else None
        # A US (CA, AU) town and its state's code ("Austin TX"); elsewhere a big city and
        # its region's code ("Bogotá D.C.", "Monterrey NL", "São Paulo SP").
        big = town is not None and norm_place(town[0]) in big_cities().names
        # ... and a big city and its country's code: "Munich DE" is no town of Delaware.
        own = big and found.region is None and country_code(last) == found.country
        return town is not None and (own or (found.region is not None and (state or big)))
    word = parts[0]
    if _key(word) in CITY_ALIASES:
        return True
    if found.city is None:
        return state
    # One word among others names a town only when the town is big: "Mapbox Helsinki",
    # but not "Lane Cove" as Cové, Benin. CJK names reach a city only through the
    # alternate names that big cities carry ("서울" is Seoul).
    if norm_place(found.city) not in big_cities().names:
        return False
    if not word.isascii():
        return len(word) >= 2
    return _key(found.city) == _key(word) and len(word) >= 4


def _short_country(word: str) -> bool:
    if word in ("UK", "US", "USA", "UAE", "KSA"):
        return True
    return len(word) >= 4 and bool(country_code(word))


# Words that make a phrase a venue or landmark rather than a place name.
_VENUE_WORDS = frozenset(
    {"mall", "centre", "center", "place", "park", "plaza", "square", "outlets", "outlet",
     "collection", "market", "shopping", "heights", "town", "village", "station",
     "campus", "building", "tower", "airport", "port"}
)  # fmt: skip


# Words of a street, which a free-text address writes before its city without a comma
# ("Ayala Ave Makati"); not "St", also Saint ("Port St Lucie").
_STREET_NAMES = frozenset(
    {"ave", "ave.", "avenue", "street", "road", "rd", "rd.", "blvd", "blvd.", "boulevard",
     "highway"}
)  # fmt: skip


_PREFIXED = re.compile(r"^(?P<cc>[A-Z]{2})-(?P<rest>\S.*)$")
# Country and state codes before the town: iCIMS "US-CA-San Jose", Workday site names
# "USA-MN Mounds View Central", "CAN-ON Toronto".
_CODED = re.compile(r"^(?P<cc>[A-Z]{2,3})-(?P<st>[A-Z]{2,3})(?P<sep>-|\s+)(?P<rest>\S.*)$")


def _prefixed_town(rest: str, code: str) -> str:
    """The town of a country-coded Workday site name, its site's name after a hyphen cut off:
    "DE-Berlin-Trion Building" is Berlin, "CH-Zurich-Observe" Zurich; a town whose own name
    has hyphens stays whole ("FR-Aix-en-Provence")."""
    country = country_code(code)
    if country is None or "-" not in rest or _city(rest, country):
        return rest
    pieces = rest.split("-")
    for size in range(len(pieces) - 1, 0, -1):
        town = "-".join(pieces[:size]).strip()
        if town and _city(town, country):
            return town
    return rest


def _site_town(site: str, country: str) -> str | None:
    """The town a Workday site name starts with ("Mounds View Central", "Lafayette Bldg
    1"): its longest first words that name a city of `country`; None when none do."""
    words = site.split()
    for size in range(min(len(words), 4), 0, -1):
        name = " ".join(words[:size])
        if _city(name, country):
            return name
    return None


# What is left of a no-break space read in the wrong encoding when the space itself was
# dropped ("KeralaÂ"); upper case only, as "â" ends words in Portuguese.
_NBSP_RESIDUE = re.compile(r"Â(?=\s|,|$)")


_NUMBERED_DISTRICT = re.compile(
    r"\d{1,2}\s*(?:e|er|re|ère|eme|ème)\s+arrondissement|arrondissement\s+\d{1,2}|"
    r"\d{1,2}\.?\s*bezirk|district\s+\d{1,2}|sector\s+\d|(?:\d{1,2}|[IVX]{1,5})\.?\s*kerület",
    re.I,
)
# A city, then the number of its district: "Praha 5", "Budapest XI. kerület", "Paris 15e".
_CITY_DISTRICT = re.compile(
    r"(?P<city>[^\d,]*?[^\W\d_])\s+(?:(?:sector|sektor|district|distrikt|ker\.)\s*)?"
    r"(?:\d{1,2}(?:e|er|ème|eme)?|[IVX]{1,5}\.?)(?:\s*(?:kerület|ker\.|arrondissement|bezirk))?",
    re.I,
)
# Postcodes before or after a town: "75009 Paris", "00-950 Warszawa", "1012 AB Amsterdam",
# "Sydney NSW 2000", "CA 94043", "London N1C 4AG"; Argentina's alone ("C1437JND, Buenos Aires").
_POSTCODE = re.compile(
    r"^[A-Z]\d{4}[A-Z]{3}$|^\d{2}-\d{3}\s+(?=\D)|^\d{4}\s?[A-Z]{2}\s+(?=[A-Z])|^\d{4,6}\s+(?=\D)|"
    r"(?<=\D)\s+\d{4,6}(?:-\d{4})?$|(?<=[a-z])\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$"
)
_STREET_WORDS = (
    r"st|street|ave|avenue|rd|road|blvd|boulevard|square|sq|lane|ln|drive|dr|"
    r"parkway|pkwy|hwy|highway|straße|strasse|str"
)
# A part that is a street, a building or a floor, among other parts: "201 Spear St",
# "Rue de Londres", "Google Building GWC1", "lvl 26"; not a town named after a date
# ("9 de Julio, Buenos Aires").
_STREET = re.compile(
    rf"^\d+[A-Za-z]?\s+(?!de\s)\S|\b(?:{_STREET_WORDS})\.?$|"
    r"^(?:rue|calle|avenida|av\.|rua|via|lvl|level|floor|suite|unit|شارع|طريق)\s|\bbuilding\b|"
    # An office tower named before the town: "Trade Tower, Thapathali Kathmandu".
    r"\S\s+towers?$|"
    # German streets are one word with the house number after: "Hallwylstrasse 15".
    # "Richard-Wagner-Strasse 28", "Lengghalde 5"
    r"[^\W\d_]-?(?:strasse|straße|gasse|weg|platz|halde|allee)\s*\d+\s*[a-z]?$|"
    # Czech and Slovak house numbers, the register's and the street's: "Obchodná 9076/3d",
    # "Plynárenská 4937/6".
    r"\s\d+/\d+[a-z]?$",
    re.I,
)
# "New York 229 W 43rd St": a town, then its street address without a comma.
_STREET_AFTER_TOWN = re.compile(
    rf"^(?P<town>[^\d,]+?)\s+\d+[A-Za-z]?\s+[^,]*\b(?:{_STREET_WORDS})\.?$", re.I
)


# Danish postal districts written after the town: "Aarhus C", "København K", "Odense SØ".
_DK_DISTRICT = re.compile(r"(?P<town>\S.*?)\s+(?:C|K|N|S|V|Ø|NV|NØ|SV|SØ)")


def _without_address_numbers(part: str) -> str:
    """The part without its postcode, the street before or after the town or the letter
    of a Danish postal district after a Danish town ("Aarhus C", not a town called "C")."""
    district = _DK_DISTRICT.fullmatch(part) if part[-1:] in ("C", "K", "N", "S", "V", "Ø") else None
    if district and _city(district["town"], "DK"):
        return district["town"]
    if not any(ch.isdigit() for ch in part):
        return part
    split_code = _SPLIT_POSTCODE.match(part)
    if split_code:
        # "010 01 Žilina", "821 04 Bratislava", "114 51 Stockholm": a postcode of three and
        # two digits before the town, written so in Czechia, Slovakia, Sweden and Greece; a
        # town of another country by the name is not it ("013 05 Belá" is no Bela, India).
        named = part[split_code.end() :].strip()
        found = _city(named, None)
        if found is None or found[1] in _SPLIT_POSTCODE_COUNTRIES:
            return named
        return next((named for c in _SPLIT_POSTCODE_COUNTRIES if _city(named, c)), "")
    # "13755 N Dale Mabry Hwy Tampa FL 33618": a US address with no comma after the street;
    # "11500 NW AMBASSADOR DRIVE SUITE 400 KANSAS CITY" in capitals.
    town = _TOWN_AFTER_STREET.fullmatch(part.strip())
    if town is None and part.isupper():
        town = _TOWN_AFTER_STREET.fullmatch(part.strip().title())
    if town:
        part = town["town"]
    return _POSTCODE.sub("", _STREET_AFTER_TOWN.sub(r"\g<town>", part)).strip()


_TOWN_AFTER_STREET = re.compile(
    rf"(?:[^\d,]*\s)?\d+[A-Za-z]?\s+[^,]*?\b(?i:{_STREET_WORDS})\.?\s+"
    # the street's compass quarter ("Ave NW", "Blvd. S") is no part of the town
    r"(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+)?(?:(?i:suite|ste|unit|floor)\.?\s*#?\s*\d+\w?\s+)?"
    r"(?P<town>[A-Z][a-z][^\d,]*?)"
    r"(?:\s+\d{5}(?:-\d{4})?)?"
)
_HOUSE_NUMBER_SLASH = re.compile(r"(?<=\s\d)/(?=\d)|(?<=\s\d\d)/(?=\d)|(?<=\d\d\d)/(?=\d)")
# A town, then its site's street address after a hyphen: "Sunnyvale-1 Main St".
_TOWN_DASH_ADDRESS = re.compile(r"(?P<town>[^\W\d_][^,\d-]*?)-(?=\d)\S.*")
_SPLIT_POSTCODE = re.compile(r"\d{3}\s\d{2}\s+(?=[^\W\d_])")
_SPLIT_POSTCODE_COUNTRIES = ("CZ", "SK", "SE", "GR")
_FIVE_DIGITS = re.compile(r"\d{5}")
# A US ZIP code between a state and the country: "Tamarac, Florida 33321 United States".
_ZIP_BETWEEN = re.compile(r"(?<=[A-Za-z])\s+\d{5}(?:-\d{4})?\s+(?=[A-Z][a-z])")


# A quarter named after its city: "Amsterdam-Zuid", "Amsterdam Noord", "Vienne-Nord".
_QUARTER = re.compile(
    r"(?P<city>.+?)[\s-]+(?:noord|zuid|oost|west|zuidoost|zuidwest|noordoost|noordwest|"
    r"centrum|nord|sud|süd|ost|mitte|nord-ouest|nord-est|sud-ouest|sud-est|centre|"
    r"north|south|east|central)",
    re.I,
)


# Polish boards write a village with its county (powiat) and commune (gmina): "Jawczyce
# (pow. warszawski zachodni)", "Kawęczyn (pow. piaseczyński; gm. Konstancin-Jeziorna)".
# The note names no town we could read, but says the place is in Poland.
_POWIAT = re.compile(r"\s*\((?:pow|gm)\.\s[^()]*\)")
# A middle dot between the parts of one address (Bayt and LinkedIn: "Riyadh · Saudi
# Arabia", "Heliopolis · Cairo · Egypt") when the last part is a country; between places
# of their own ("London · Paris") it stays a separator.
_DOT = re.compile(r"\s*[·•]\s*")


def _dotted_address(text: str) -> str:
    """ "Amman · Jordan" -> "Amman, Jordan"; other text unchanged."""
    pieces = _DOT.split(text)
    if not 1 < len(pieces) <= 3 or not all(p.strip() for p in pieces):
        return text
    last = country_code(pieces[-1].strip())
    # "عمان · الأردن": "عمان" is Oman and Amman; before Jordan it is the town there.
    if not last or any(country_code(p) and not _city(p, last) for p in pieces[:-1]):
        return text
    return ", ".join(p.strip() for p in pieces)


def _and_country_names() -> dict[str, str]:
    """Every country name of pycountry's with "and" in it (common, short and official),
    folded, with its three-letter code."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name and " and " in name:
                names[fold(name).replace(" and ", " & ")] = c.alpha_3
    return names


_AND_COUNTRIES = _and_country_names()
# The names as written: "and" or "&" between their halves, any case, whole words.
_AND_COUNTRY = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        r"\s*(?:and|&)\s*".join(re.escape(half) for half in name.split(" & "))
        for name in sorted(_AND_COUNTRIES, key=len, reverse=True)
    )
    + r")(?![\w-])",
    re.I,
)


def _and_country_code(match: re.Match[str]) -> str:
    """The three-letter code of a country name `_AND_COUNTRY` found."""
    key = re.sub(r"\s*(?:\band\b|&)\s*", " & ", fold(match[0]))
    return _AND_COUNTRIES.get(key, match[0])


def _pieces(text: str) -> Iterable[tuple[list[str], bool]]:
    if "Â" in text:
        text = _NBSP_RESIDUE.sub(" ", text)
    if "·" in text or "•" in text:
        text = _dotted_address(text)
    if "(pow." in text or "(gm." in text:
        # "Kanie (pow. pruszkowski), Helenówek": a village, then its quarter, in Poland.
        text = _POWIAT.sub("", text) + ", Poland"
    if "/" in text:
        # A town with two official names ("Biel/Bienne") is one place, not two; the slash
        # is kept from _SPLIT until the parts are cut.
        text = _SLASHED_NAME.sub(_one_slashed_name, text)
        # A Czech or Slovak house number ("Hlavná 1234/5") is one number, not two places.
        text = _HOUSE_NUMBER_SLASH.sub(_NAME_SLASH, text)
    if _FIVE_DIGITS.search(text):
        text = _ZIP_BETWEEN.sub(", ", text)
    if "and" in text or "&" in text:
        # A country whose name joins two ("Trinidad and Tobago", "Bosnia & Herzegovina") is
        # one place, not a list: read alone, "Trinidad" was Bolivia's town and "Heard Island
        # and McDonald Islands" Iceland. Its three-letter code stands in for it.
        text = _AND_COUNTRY.sub(_and_country_code, text)
    for chunk in _qualified_chunks(text):
        if not chunk or not chunk.strip():
            continue
        items = [x.strip() for x in chunk.split(",")]
        if len(items) > 1 and all(_PREFIXED.match(x) for x in items):
            # "US-Remote, US-San Francisco, US-Texas": one place per comma.
            for item in items:
                yield from _pieces(item)
            continue
        chunk = _state_code_then_town(chunk)
        items = [x.strip() for x in chunk.split(",")]
        coded = _CODED.match(items[0])
        prefixed = None if coded else _PREFIXED.match(chunk.strip())
        code = country_code(coded["cc"]) if coded else None
        if coded and code:
            # The country named again after the site ("..., United States of America").
            later = [x for x in items[1:] if country_code(x) != code]
            town = coded["rest"] if coded["sep"] == "-" else _site_town(coded["rest"], code)
            chunk = ", ".join([*([town] if town else []), coded["st"], coded["cc"], *later])
        elif prefixed:
            chunk = f"{_prefixed_town(prefixed['rest'], prefixed['cc'])}, {prefixed['cc']}"
        headquarters = _HQ_THEN_TOWN.match(chunk)
        if headquarters and _city(headquarters["town"].split(",")[0].strip(), None):
            # "Leland HQ - Lehi, UT": the employer's name before "HQ", then the town.
            chunk = headquarters["town"]
        local = _LOCAL_REMOTE_CODE.match(chunk)
        named = pycountry.countries.get(alpha_2=local["cc"].upper()) if local else None
        if local and named is not None:
            chunk = f"{chunk[: local.start('cc')]}{named.name}"
        remote = bool(_REMOTE_WORDS.search(chunk) or _VIRTUAL.search(chunk))
        cleaned = _VIRTUAL.sub(" ", _REMOTE_STRIP.sub(" ", chunk))
        if " " in cleaned:
            cleaned = _without_area_heading(cleaned)
        if "(" in cleaned and "," not in cleaned.partition("(")[2]:
            cleaned = _LAST_BRACKET.sub(_bracket_of_no_place, cleaned)
        cleaned = _BRACKETS.sub(",", _NOISE.sub(" ", cleaned))
        # A dash between spaces, or a colon ("US: Select locations"), separates parts.
        cleaned = re.sub(r"\s[-–—]\s|(?<=\w):\s+", ",", cleaned)
        parts = [p.strip(" .-–—:").replace(_NAME_SLASH, "/") for p in cleaned.split(",")]
        # "11ème Arrondissement, Paris", "3. Bezirk, Wien": a numbered district of the
        # city after it; GeoNames lists some as towns of their own.
        parts = [p for p in parts if not _NUMBERED_DISTRICT.fullmatch(p)]
        # A street address ("8 Rue de Londres, 75009 Paris, France", "Six Pancras Square,
        # London N1C 4AG, UK"): the street and the postcode are no town.
        parts = [
            _without_address_numbers(_town_before_street(_town_before_address(p))) for p in parts
        ]
        if len(parts) > 1:
            # Singapore's subzones named like streets ("Maritime Square, Central Region",
            # "Depot Road, Central Region", as JobStreet writes them) are places before
            # the region: dropped, "Central Region" alone was Malawi's or Singapore's.
            sg = any(p.endswith("Region") and _key(p) in _SG_REGION_KEYS for p in parts)
            parts = [
                p
                for p in parts
                if (sg and _key(p) in _sg_areas())
                or (not _STREET.search(p) and not _numbered_street(p))
            ] or parts
            # "RCT99: RTN Remote, Connecticut", "KANSAS - VIRTUAL - KS01": an employer's
            # site code is no place.
            parts = [p for p in parts if not _SITE_CODE.fullmatch(p)] or parts
        parts = _tidied_parts([p for p in parts if p])
        joined = [q for p in parts if p for q in _country_joined(p)]
        if any("-" in q for q in joined):
            joined = [
                _hyphen_compound(q, joined[:i] + joined[i + 1 :]) for i, q in enumerate(joined)
            ]
        yield [_spelt_right(q) for q in joined], remote


_SITE_CODE = re.compile(r"[A-Z]{1,5}\d{1,4}[A-Z]?")
# Workday's "<state code> - <town>" (CVS Health's "PA - Ambler", "SC - Abbeville").
_CODE_DASH_TOWN = re.compile(r"\s*(?P<code>[A-Z]{2})\s+[-–—]\s+(?P<town>[^\W\d_][\w .'’-]*?)\s*")


def _state_code_then_town(chunk: str) -> str:
    """ "PA - Ambler" is Ambler, Pennsylvania, not Panama: a US state's code that is also a
    country's, a dash, then a town that country has no town of the name ("MA - Casablanca"
    stays Morocco, "CA - Toronto" Canada, "IN - Pune" India), is the US town."""
    found = _CODE_DASH_TOWN.fullmatch(chunk)
    if found is None or found["code"].lower() not in us_states()[0]:
        return chunk
    code, town = found["code"], found["town"]
    country = country_code(code)
    if country is None or country == "US" or _REMOTE_WORDS.search(town):
        return chunk
    if _city(town, country) or _region_of(town, country) or country_code(town):
        return chunk
    return f"{town}, {code}, US"


# A posting's town, region and country fields joined with semicolons ("Kingston; Ontario;
# Canada", as a Workable feed's three fields were stored): one place, not a list.
_THREE_FIELDS = re.compile(
    r"\s*(?P<town>[^;,]+?)\s*;\s*(?P<region>[^;,]+?)\s*;\s*(?P<country>[^;,]+?)\s*"
)


def _fields_joined(text: str) -> str:
    """ "Kingston; Ontario; Canada" (was Kingston, Jamaica) read as "Kingston, Ontario, Canada"
    when the last part is a country, the first its town and the middle one its region or the
    town's name again ("Freeport; Freeport; Bahamas"); lists stay ("London; Paris; France")."""
    fields = _THREE_FIELDS.fullmatch(text)
    if fields is None:
        return text
    country = country_code(fields["country"])
    if not country or country_code(fields["town"]) or not _city(fields["town"], country):
        return text
    if not (
        _region_of(fields["region"], country) or _key(fields["region"]) == _key(fields["town"])
    ):
        return text
    return f"{fields['town']}, {fields['region']}, {fields['country']}"


_UNDERSCORE = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
_OFFSITE_HOME = re.compile(r"\boff-?site\s*/\s*home\b", re.I)
# Workday's "<world region> - <country> - ...": "EMEA - Turkey - Offsite/Home", "AMER - United
# States - Massachusetts - Boston Area": the region heads the path, it is no place listed.
_AREA_HEADING = re.compile(
    r"\s*(?P<area>[^\W\d_][^,\-–—]*?)\s+[-–—]\s+(?P<next>[^\W\d_][^\-–—]*?)(?=\s*(?:[-–—]|$))"
)


def _without_area_heading(chunk: str) -> str:
    """The chunk without a world region heading it when the next part is a country, and
    without the site's name after the town ("APAC - Korea - Seoul - ASEM Tower")."""
    heading = _AREA_HEADING.match(chunk)
    if heading is None or _key(heading["area"]) not in AREAS:
        return chunk
    country = country_code(heading["next"])
    if not country:
        return chunk
    parts = [p.strip() for p in re.split(r"\s+[-–—]\s+", chunk[heading.start("next") :])]
    parts = [p for p in parts if p.strip(" -–—")]
    # The path runs country, region, town, then the site: the last part that is a town of
    # the country ends it; with no town, the country and its regions.
    for end in range(len(parts), 1, -1):
        path = " - ".join(parts[:end])
        read = _parse_one(path, None)
        town = read[0] if len(read) == 1 else None
        if town and town.city and town.country == country and _city(town.city, country):
            return path
    kept = [parts[0]]
    for part in parts[1:]:
        if not _region_of(part, country):
            break
        kept.append(part)
    return " - ".join(kept)


_HQ_THEN_TOWN = re.compile(r"[^,]*?\bHQ\s*[-–:]\s*(?P<town>[^\W\d_].*)", re.I)
# A street then its house number, among other parts: "Galvaniho 19", "Žriedlová 13".
_NAME_AND_NUMBER = re.compile(r"(?P<name>[^\W\d_][^\d,]*?)\s+\d{1,4}[a-zA-Z]?")


# A Hungarian address without a comma: the town (after its postcode), then the street's
# name, its word and the house number: "Gödöllő Dózsa György út 69/A.", "2040 Budaörs
# Kinizsi utca 30", "Eger Széchenyi u. 5".
_HU_TOWN_BEFORE_STREET = re.compile(
    r"(?:\d{4}\s+)?(?P<town>[^\W\d_][\w-]*)\s+(?:[^\W\d_][\w.-]*\s+){1,4}"
    r"(?:utca|u\.|út|útja|tér|tere|körút|krt\.|köz|sor|fasor|sétány|rakpart)(?:\s+\d.*)?",
    re.I,
)


def _town_before_street(part: str) -> str:
    """ "Gödöllő Dózsa György út 69/A." -> "Gödöllő": a Hungarian town before its street,
    only when the town is Hungarian (the street's words are Hungarian)."""
    street = _HU_TOWN_BEFORE_STREET.fullmatch(part) if " " in part else None
    return street["town"] if street and _city(street["town"], "HU") else part


def _town_before_address(part: str) -> str:
    """ "Sunnyvale-1 Main St" -> "Sunnyvale" when the name before the hyphen is a town."""
    if "-" not in part:
        return part
    site = _TOWN_DASH_ADDRESS.fullmatch(part)
    return site["town"] if site and _city(site["town"], None) else part


def _numbered_street(part: str) -> bool:
    """Whether a part is a street and its house number ("Galvaniho 19"): a name that is no
    town, then a number. A town's numbered district ("Praha 4", "Wien 10") stays."""
    street = _NAME_AND_NUMBER.fullmatch(part)
    if street is None:
        return False
    return _city(street["name"], None) is None and not _region_of_any(street["name"])


def _region_of_any(name: str) -> bool:
    """Whether some country has a subdivision of the name, or of the name with its word
    for its kind ("Komárom-Esztergom megye" is a county, not Komárom and more words)."""
    key = _key(name)
    if _subdivisions().get(key):
        return True
    kind = _REGION_KIND.fullmatch(key) if " " in key else None
    return bool(kind and _subdivisions().get(kind[1] or kind[2]))


def _countries_of(parts: Sequence[str]) -> set[str]:
    """The countries the other parts of a place name (a country, a region, a town)."""
    found: set[str] = set()
    for part in parts:
        code = country_code(part)
        if code:
            found.add(code)
            continue
        found.update(entry[0] for entry in _subdivisions().get(_key(part), ()))
        town = _city(part, None)
        if town:
            found.add(town[1])
    return found


# The words of a name ("Saint Augustine", "Ridley Park"): letters only, no digits, hyphens,
# dots or apostrophes (any case: Workday writes "SAINT AUGUSTINE" too).
_NAME_WORDS = re.compile(r"[^\W\d_][^\W\d_'.]*(?:\s+[^\W\d_][^\W\d_'.]*)*")
_NO_TOWN_WORDS = re.compile(r"\b(?:unknown|various|multiple|other|any|all)\b", re.I)


def _hyphen_compound(part: str, others: Sequence[str] = ()) -> str:
    """A name joined by a hyphen to another that no gazetteer holds whole: a town and its
    quarter ("Žilina-Vlčince", "Bethpage-1111 Stewart") is the town; a state or region and
    its town ("Colorado-Colorado Springs", as "United States-Colorado-Colorado Springs" is
    cut) is the town. Names the gazetteers hold whole, in the country the other parts name
    ("Saint-Denis", "Baden-Württemberg", "Błonie-Wieś, Poland"), names joined by a small
    word ("Argelès-sur-Mer"), two towns ("Minneapolis-St. Paul") and a town of another
    country than the other parts name ("Durban-Corbières, Narbonne") are left as written."""
    if "-" not in part or " -" in part or "- " in part:
        return part
    if _city(part, None) or _region_of_any(part) or country_code(part):
        return part
    left, _, right = part.partition("-")
    if len(left) < 3 or not left[:1].isupper() or not (right[:1].isupper() or right[:1].isdigit()):
        return part
    context = _countries_of(others)
    if any(_city(part, c) for c in context) or _QUARTER.fullmatch(part):
        return part
    if right[:1].isdigit():
        # "Bethpage-1111 Stewart": the town, then the site's street address.
        left_town = _city(left, None)
        in_context = not context or any(_city(left, c) for c in context)
        return left if left_town and in_context else part
    named = _NAME_WORDS.fullmatch(right) and not _NO_TOWN_WORDS.search(right)
    if named and any(_region_of(left, c) for c in context):
        # "United States-Florida-Saint Augustine": a state of the country the other parts
        # name, then a town the gazetteer lacks or has elsewhere too ("Saint Petersburg");
        # the town as written ("Unknown City" is none).
        return right
    right_town = _city(right, None)
    if right_town and (_region_of_any(left) or country_code(left)):
        return right if not context or right_town[1] in context else part
    if context:
        # "Błonie-Wieś, Poland": a village of a compound name the gazetteer lacks, in a
        # country the other parts name; it stays the town as written.
        return part
    if _city(left, None) and right_town is None and not _region_of_any(right):
        return left
    return part


# A military or federal site after its town ("Yokosuka Naval Base", "Peterson AFB",
# "Selfridge ANG Base"): the site is no town, the town before it may be one.
_INSTALLATION = re.compile(
    r"(?P<town>.*?)\s*\b(?:naval\s+(?:air\s+)?(?:base|station)|air\s+(?:force\s+)?base|"
    r"afb|afs|ang\s+base|army\s+(?:air\s*field|base)|marine\s+corps\s+base)\s*",
    re.I,
)
# Words that say where a job may be without naming a place: USAJOBS' "Location Negotiable
# After Selection", "IRS Nationwide Locations", "GSA - US Locations"; "Multiple Locations".
_NO_PLACE = re.compile(
    r"(?:(?:location\s+)?negotiable(?:\s+after\s+selection)?|(?:[A-Z]{2,5}\s+)?"
    r"(?:nationwide|multiple|various|several|all|us|u\.s\.)\s+locations?)",
    re.I,
)
# An agency's or site's acronyms before its town: "NIWC LANT Charleston".
_ACRONYMS_BEFORE = re.compile(r"(?P<codes>(?:[A-Z]{2,6}\s+)+)(?P<town>[A-Z][a-z].*)")


def _tidied_parts(parts: list[str]) -> list[str]:
    """The parts with words that name no place taken out: a state written twice
    (USAJOBS' "Keyport, Washington, Washington", where the second "Washington" read as
    the city), a state's own code after its name ("Georgia, GA", the country otherwise),
    a military site after its town, acronyms before a town, and phrases of no place."""
    if (
        len(parts) >= 3
        and _key(parts[-1]) == _key(parts[-2])
        and _subdivisions().get(_key(parts[-1]))
    ):
        parts = parts[:-1]
    if len(parts) == 2 and _state_and_own_code(parts[0], parts[1]):
        parts = parts[1:]
    kept: list[str] = []
    for part in parts:
        if _NO_PLACE.fullmatch(part):
            continue
        site = _INSTALLATION.fullmatch(part)
        if site:
            # "Ramstein Air Base" is in Ramstein; "Peterson AFB" (named after a person) is
            # no town, and the region after it still places the job.
            town = site["town"].strip(" ,-")
            if town and _city(town, None):
                kept.append(town)
            continue
        acronyms = _ACRONYMS_BEFORE.fullmatch(part) if len(parts) > 1 else None
        if (
            acronyms
            and not any(
                country_code(c) or _subdivisions().get(c.lower()) for c in acronyms["codes"].split()
            )
            and not _city(part, None)
            and _city(acronyms["town"], None)
        ):
            kept.append(acronyms["town"])
            continue
        kept.append(part)
    return kept if kept or not parts else parts


def _state_and_own_code(name: str, code: str) -> bool:
    """ "Georgia", "GA": a US state's name, then its own postal code."""
    if len(code) != 2 or not code.isupper():
        return False
    entries = _subdivisions().get(_key(name), [])
    if not any(country == "US" and short == code for country, short, _ in entries):
        return False
    # "New York, NY" is the city: a town of the state's name in that state stays.
    town = _city(name, "US")
    return town is None or town[2] != code


@lru_cache(maxsize=4096)
def _spelt_right(part: str) -> str:
    """The part, or the country it misspells by one letter ("United Kingdon - London",
    "Phillipines") when no town or region has that name."""
    if len(part) < 8:
        return part
    country = misspelt_country(part)
    if country is None or _city(part, None) or _subdivisions().get(_key(part)):
        return part
    found = pycountry.countries.get(alpha_2=country)
    return found.name if found else part


_SLASHED_NAME = re.compile(r"[^\W\d_][\w.'’-]*/[^\W\d_][\w.'’-]*")
_NAME_SLASH = "\u2044"  # the fraction slash, which no location text uses
# A region or country in brackets after a list: "Härkingen et télétravail (Solothurn)",
# "Kriens, Buochs oder Sarnen (Luzern)" (Swiss Post names the canton once, at the end).
_TRAILING_QUALIFIER = re.compile(r"(?P<list>.*\S)\s*\((?P<where>[^()]+)\)\s*")


def _one_slashed_name(match: re.Match[str]) -> str:
    name = match[0]
    return name.replace("/", _NAME_SLASH) if _cities().get(_key(name)) else name


def _qualified_chunks(text: str) -> list[str]:
    """_SPLIT's chunks, each with the region or country a list ends with in brackets."""
    chunks = _SPLIT.split(text)
    tail = _TRAILING_QUALIFIER.fullmatch(text) if len(chunks) > 1 else None
    where = tail["where"].strip() if tail else ""
    if tail and (_subdivisions().get(_key(where)) or country_code(where)):
        return [f"{c} ({where})" if c and c.strip() else c for c in _SPLIT.split(tail["list"])]
    last = chunks[-1].strip() if len(chunks) > 1 else ""
    if last and "," not in last and (_subdivisions().get(_key(last)) or country_code(last)):
        # "Ballymoney Area / Northern Ireland" (NIjobs): a list ending with its region or
        # country; a place that names nothing alone is read within it. Only such places:
        # "London / Bavaria" is two places, not a London in Bavaria.
        return [
            f"{c} ({last})" if c and c.strip() and not _parse_one(c.strip(), None) else c
            for c in chunks
        ]
    return chunks


def _region_then_country(part: str) -> list[str] | None:
    """ "England UK", "Ontario Canada": a region and its country without a comma between
    them, two parts ("London, England UK, Paris" was London read in Paris's country)."""
    words = part.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        name = " ".join(words[-size:])
        country = country_code(name)
        head = " ".join(words[:-size])
        if country and _region_of(head, country) and not country_code(part):
            return [head, name]
    return None


def _country_joined(part: str) -> list[str]:
    """ "China-Shanghai", "United States-Chicago": a country joined to a place by a hyphen."""
    if " " in part and "-" not in part:
        return _region_then_country(part) or [part]
    if "-" in part and (part.count("-") > 1 or " " not in part):
        # "United-Kingdom", "Remote-United-States" (the remote word already cut): a country
        # of several words written with hyphens for its spaces.
        words = part.replace("-", " ").strip()
        if " " in words and country_code(words) and not country_code(part):
            return [words]
    left, dash, right = part.partition("-")
    spaced = " " in (left[-1:], right[:1])
    # "St.-Chamond" is Saint-Chamond, not São Tomé: an abbreviation is no country code;
    # nor is a short word in lower case ("In-Office" is no India).
    short = left.strip()
    if "." in left or (len(short) <= 3 and short.isascii() and not short.isupper()):
        return [part]
    if dash and left.strip() and right.strip() and not spaced and country_code(left):
        # "USA-Carrollton-2395 Midway Rd": the street after the town is no part of it.
        town = _STREET_NUMBER.sub("", right).strip()
        return [part] if country_code(part) else [left.strip(), town]
    return [part]


_STREET_NUMBER = re.compile(r"-\d.*$")
# A bracket after a place, last in its chunk: "Canada - Ottawa (Bill Leathem)",
# "United Kingdom - Cambridge (nCipher)" name a building or a company there.
_LAST_BRACKET = re.compile(r"(?<=\S)\s*\(([^()]+)\)\s*$")


def _bracket_of_no_place(match: re.Match[str]) -> str:
    """The bracket as it was when it names a place, else nothing."""
    inner = match[1].strip()
    if not inner[:1].isalpha() or _parse_one(inner, None) or _REMOTE_WORDS.search(inner):
        return match[0]
    return ""


# A location field left empty in words: "n/a" was Argentina ("N" and "A" read as two of
# its provinces' codes).
# A missing value written out by the tool that saved the data (pandas' "nan"): no place,
# not Afghanistan's Nangarhār (ISO code NAN).
_MISSING = frozenset({"nan", "NaN", "None", "null", "NULL", "undefined"})


def _missing_parts_dropped(text: str) -> str:
    """A list without its placeholder parts: a scraper joins a field it did not find as
    'null' ("Rancagua, null", "Providencia, null"), which is no place."""
    parts = text.split(",")
    kept = [p for p in parts if p.strip() not in _MISSING]
    return ",".join(kept).strip(" ,") if len(kept) < len(parts) else text


_MORE_PLACES = re.compile(
    r"\s*(?:(?:…|\.\.\.)\s*(?:(?:voir|see|show|ver)\s+(?:plus|more|más|mais))?"
    r"|\s(?:voir|see|show|ver)\s+(?:plus|more|más|mais))\s*\+\s*\d+\s*$",
    re.I,
)
_PLACEHOLDER = re.compile(r"\s*(?:n\s*/\s*a|n\.a\.?|not applicable|not specified)\s*", re.I)


# "n/a" among other words ("Remote Worker - N/A") says no more than it does alone.
_PLACEHOLDER_WORD = re.compile(r"(?<![\w/])n\s*/\s*a(?![\w/])|(?<!\w)n\.a\.(?!\w)", re.I)
# Codes of a site written with dots: "USA.NY.Bethpage-1111 Stewart", "USA.TX.Plano".
_DOTTED_CODES = re.compile(r"^(?P<cc>[A-Z]{2,3})\.(?P<st>[A-Z]{2})\.(?=[A-Z])")
_DOTTED_COUNTRY = re.compile(r"(?P<cc>[A-Z]{3})\.(?=[A-Z][a-z])")


def _dotted_country(text: str) -> str:
    """ "IND.Chennai", "POL.Krakow": Workday's three-letter country code and a dot before the
    town, read as its dash ("IND-Chennai"); only an ISO code, so an abbreviation stays."""
    coded = _DOTTED_COUNTRY.match(text)
    if coded is None or not country_code(coded["cc"]):
        return text
    return f"{coded['cc']}-{text[coded.end() :]}"


_TWO_SLASHED = re.compile(r"(?P<a>[^,/;|]+?)\s*/\s*(?P<b>[^,/;|]+?)(?:,\s*(?P<r>[^,/;|]+))?")


def _slashed_region(text: str) -> str:
    """Two names around a slash that share what follows or precedes them: "Sunninghill /
    Megawatt Park, Gauteng" -> "Sunninghill, Gauteng / Megawatt Park, Gauteng" (the region
    after both; Sunninghill alone was the English village); "Gauteng / Sandton" -> "Sandton,
    Gauteng" (a region, then its town). Other text unchanged."""
    two = _TWO_SLASHED.fullmatch(text.strip())
    if two is None:
        return text
    a, b, region = two["a"].strip(), two["b"].strip(), two["r"]
    if _REMOTE_WORDS.search(text) or _REMOTE_STRIP.search(a) or _REMOTE_STRIP.search(b):
        return text  # "Remote / Dallas, TX": the workplace, then the town
    if region:
        region = region.strip()
        named = country_code(region) or (_region_of_any(region) and not _city(region, None))
        return f"{a}, {region} / {b}, {region}" if named and a and b else text
    if _city(a, None) or country_code(a) or _region_of_any(b):
        return text
    for country, _short, _name in _subdivisions().get(_key(a), ()):
        if _city(b, country):
            return f"{b}, {a}"
    return text


# A Canadian province's code, then a postcode (letter digit letter, digit letter digit),
# spaced or run together as Job Bank's pages are scraped: "Scarborough, ONM1L 2K9".
_CA_POSTCODE = re.compile(
    r"(?<![^\W\d_])(?P<prov>AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s*"
    r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w])"
)
# A street run into its town ("55 Civic RoadScarborough", "12222 - 44 Street SECalgary").
_RUN_TOGETHER = re.compile(r"(?<=[a-z.])(?=[A-Z][a-z])|(?<=[A-Z])(?=[A-Z][a-z]{2,})")


def _canadian_address(text: str) -> str:
    """ "55 Civic RoadScarborough, ONM1L 2K9": the street and town apart, the postcode
    gone; only where a province's code and a Canadian postcode say the text is Canadian."""
    if not _CA_POSTCODE.search(text):
        return text
    text = _CA_POSTCODE.sub(r"\g<prov>", text)
    head, comma, rest = text.partition(",")
    if head[:1].isdigit():  # a street address before the town
        head = _RUN_TOGETHER.sub(" ", head)
    return head + comma + rest


# A country's ISO code in lower case ending a place after a comma, as SmartRecruiters
# writes its locations ("London, ca", "Heredia, Heredia, cr", "Scottsdale, AZ, us").
_LOWER_CODE_END = re.compile(r",\s*[a-z]{2}\s*(?:$|[;|])")
_LOWER_CODE = re.compile(
    r"(?P<head>[^,;|]*[^\W\d_][^,;|]*(?:,[^,;|]*)*),\s*(?P<cc>[a-z]{2})\s*(?=$|[;|])"
)


def _lower_country_codes(text: str) -> str:
    """ "London, ca" as "London, Canada": a lower-case code after a place written with
    capitals or in another script is the country (SmartRecruiters' own form), not words
    to drop with the town's usual country read instead ("Birmingham, us" was England,
    "Victoria, ca" Australia), nor a US state's code ("CA" is California)."""

    def named(match: re.Match[str]) -> str:
        head, code = match["head"], country_code(match["cc"])
        # The place before the code: capitalised, or in a script without capitals (서울);
        # "säkerhetsadministratör, it" is a Swedish title and its team, no place.
        last = next((p for p in reversed(head.split(",")) if p.strip()), "")
        written = any(c.isupper() for c in last) or not _latin(last)
        name = _comma_free_name(code) if code and written else None
        return f"{head}, {name}" if name else match[0]

    return _LOWER_CODE.sub(named, text) if _LOWER_CODE_END.search(text) else text


@cache
def _comma_free_name(code: str) -> str | None:
    """A country's English name without a comma that reads back as it ("Korea, Republic
    of" would split in two): "Canada", "South Korea"."""
    country = pycountry.countries.get(alpha_2=code)
    for attr in ("common_name", "name", "official_name"):
        name = getattr(country, attr, None)
        if name and "," not in name and country_code(name) == code:
            return str(name)
    return None


# "Plymouth, Hennepin County", "York, York County": Adzuna's US town, then its county.
_COUNTY = re.compile(r"(?P<name>[^\W\d_][^,;]*?)\s+County")
# Countries whose regions English calls counties after their name ("Nakuru County",
# "Cluj County", "Hsinchu County", "Stockholm County"): there the word says no US county.
_COUNTY_COUNTRIES = frozenset(
    {"KE", "LR", "TW", "RO", "HU", "HR", "EE", "LT", "LV", "SE", "NO", "IE", "AL", "CN"}
)


@cache
def _subdivision_names() -> tuple[tuple[str, str], ...]:
    """(country code, ISO name) of every ISO 3166-2 subdivision, in pycountry's order."""
    return tuple((sys.intern(sub.country_code), sub.name) for sub in _iso_subdivisions())


def _us_county(parts: Sequence[str], remote: bool) -> Place | None:
    """A town, then "<name> County": the town in the US, or no place when the US has no
    town of that name (not York, England or Columbia read as Colombia)."""
    county = _COUNTY.fullmatch(parts[-1].strip()) if len(parts) == 2 else None
    if county is None or _region_of_any(parts[-1]):
        return None
    regions = _subdivisions().get(_key(county["name"]), ())
    if any(entry[0] in _COUNTY_COUNTRIES for entry in regions):
        return None
    town = _city(parts[0], "US")
    if town is not None:
        return Place(city=town[0], region=town[2], country="US", remote=remote)
    if not _TOWN_NAME.fullmatch(parts[0].strip()):
        return Place(remote=remote)
    elsewhere = _city(parts[0], None)
    if elsewhere is None:
        # "Linthicum, Anne Arundel County": a town too small for the gazetteer, in the US.
        return Place(city=parts[0].strip(), country="US", remote=remote)
    # "Tallinn, Harju County": the county is the town's region by another form of its
    # name (ISO's "Harjumaa"); else no country ("Alvarado, Johnson County" is no Mexican
    # town's).
    # "Tirana, Tirana County": a town, then the county named after it.
    prefix = _key(county["name"])
    if prefix in (_key(parts[0]), _key(elsewhere[0])) or any(
        country == elsewhere[1] and _key(name).startswith(prefix)
        for country, name in _subdivision_names()
    ):
        return None
    # "Alvarado, Johnson County", "Potsdam, Saint Lawrence County": a US county after a
    # town named like one abroad.
    return Place(city=parts[0].strip(), country="US", remote=remote)


# A place's name as written: up to four words of letters (and ' . - inside them).
_TOWN_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*(?:\s+[^\W\d_](?:[^\W\d_]|['’.-])*){0,3}")


def _listed_places(parts: Sequence[str], remote: bool, hint: str | None) -> list[Place] | None:
    """Parts that are a list, not one place, though read whole they seem one: a city's
    shorthand first ("NYC, SF" is not São Filipe, Cape Verde; "NYC, Dubai - United Arab
    Emirates" is not Dubai alone), or a US town and its state code first in a list that
    names a country later ("Derby, KS, Solihull, UK" is Derby, Kansas, then Solihull)."""
    if len(parts) < 2:
        return None
    first = parts[0].strip()
    alias = CITY_ALIASES.get(_key(first)) if first.isupper() and 2 <= len(first) <= 4 else None
    if alias is not None:
        whole = _place(parts, remote, hint)
        if whole is not None and (
            whole.country == alias[2]
            or any(code == whole.country for code, _ in _interpretations(first, None))
        ):
            return None  # "LA, NG": Lagos State's code, then its country
        singles = [_place([p], remote, hint) for p in parts]
        return [s for s in singles if s is not None] or None
    later = [a for p in parts[1:] if (a := _shorthand(p.strip()))]
    if later:
        # "Seattle, SF, Remote": a shorthand after a town is a city of its own, not a
        # region's code abroad (São Filipe, Cape Verde), unless that country is named.
        whole = _place(parts, remote, hint)
        if (
            whole is not None
            and whole.country not in {a[2] for a in later}
            and not any(country_code(p) == whole.country for p in parts)
        ):
            singles = [_place([p], remote, hint) for p in parts]
            return [s for s in singles if s is not None] or None
    state = parts[1].strip()
    if (
        len(parts) >= 4
        and re.fullmatch(r"[A-Z]{2}", state)
        and state.lower() in us_states()[0]
        and not country_code(parts[2])
        and any(country_code(p) for p in parts[3:])
    ):
        town = _place(parts[:2], remote, hint)
        if town is None or town.country != "US" or not town.city:
            return None
        return [town, *(_parse_one(", ".join(parts[2:]), hint) or ())]
    return None


def _shorthand(part: str) -> tuple[str, str | None, str] | None:
    """A city's shorthand written in capitals ("SF", "NYC", "LA"), as CITY_ALIASES has it."""
    if not (part.isupper() and 2 <= len(part) <= 4):
        return None
    return CITY_ALIASES.get(_key(part))


def _own_name(display: str, written: str) -> bool:
    """Whether a city was found by its own name, not an alternate ("St. James" is one of
    Vũng Tàu's, "Berghem" Bergamo's in Lombard): the two share a word."""
    return bool(set(norm_place(display).split()) & set(norm_place(written).split()))


def _city_qualified(parts: Sequence[str], whole: Place, remote: bool) -> Place | None:
    """ "Altstadt, Magdeburg", "St. James, Bristol": a quarter or village, then the city
    it belongs to (Adzuna's "place, district"), the first read as a town of a country where
    no city of the second name is. The second decides, by its country when its name means
    one, else no country, when the first was found only by an alternate name, or is a
    small town and the second a big city. Lists stay ("London, Paris", "Crewe, Cheshire":
    a town bigger than a namesake of the second), and so does a first name found in the
    second's country ("Orange, Avignon")."""
    if len(parts) != 2 or not (whole.city and whole.country):
        return None
    first, second = (p.strip() for p in parts)
    if not _TOWN_NAME.fullmatch(second):
        return None  # "Bückeburg, Schaumburg (Kreis)": a district, not the US town
    if any(country_code(p) or _region_of_any(p) for p in (first, second)):
        return None
    if _city(second, whole.country):
        return None
    cities = [c for c in _cities().get(_key(second), ()) if _own_name(c[0], second)]
    countries = {code for _display, code, _admin in cities}
    if not countries:
        return None
    if _own_name(whole.city, first):
        big = big_cities().names
        if norm_place(whole.city) in big or norm_place(cities[0][0]) not in big:
            return None
    if len(countries) > 1:
        return Place(remote=remote)
    (country,) = countries
    if _city(first, country):
        return None  # "Orange, Avignon": _town_in_district's case, read as it is
    display, _code, admin = cities[0]
    return Place(
        city=display, region=admin if country == "US" else None, country=country, remote=remote
    )


# Cells of a web page's list copied without their separators: "4 locationsBoston,
# MASeattle, WA", "Palo Alto, CAAustin, TX", "Oakville, ON, CanadaKitchener, ON, Canada",
# "Washington, DCVirginiaMaryland". A place count run into the first place goes; a state,
# province or country code run into the next town's capital, and a country or US state
# name run into the next capitalised word, end a place.
_COUNT_JOINED = re.compile(r"^\d+\s+locations?(?=[A-Z])", re.I)
_CODE_JOINED = re.compile(r"(?:(?<=, )[A-Z]{2}|(?<=[ ,])(?:USA|UK))(?=[A-Z][a-z])")
_NAME_JOINED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_CELL_START = re.compile(r"[^,;]*$")


def _cells_joined(text: str) -> str:
    """The text with the ends of places run together ("CAAustin") set apart by "; "."""
    if not _NAME_JOINED.search(text) and not re.search(r"[A-Z]{2}[a-z]", text):
        return text
    text = _CODE_JOINED.sub(lambda m: m[0] + "; ", _COUNT_JOINED.sub("", text))
    out, last = [], 0
    for m in _NAME_JOINED.finditer(text):
        cell = _CELL_START.search(text[last : m.start()])
        name = cell[0].strip() if cell else ""
        if len(name) > 3 and (country_code(name) or norm_place(name) in us_states()[1]):
            out.append(text[last : m.start()] + "; ")
            last = m.start()
    return "".join(out) + text[last:]


# Thai job boards (JobThai) write a district and province with their abbreviated words,
# "อ.ศรีราชา จ.ชลบุรี" (amphoe Si Racha, changwat Chon Buri), or a Bangkok rail station after
# its line, "BTS อารีย์", "MRT ลุมพินี": the line's name is no country ("MRT" is Mauritania's
# alpha-3) and a station's name is no town abroad ("เซนต์หลุยส์" is Saint Louis station).
# Thai has no spaces, so a scraper's run-on of the next field follows the province's name
# unbroken ("จ.ชลบุรี35,000+", "จ.นนทบุรีองค์กร"): the name is matched as a prefix.
_THAI_LETTER = re.compile(r"[\u0e00-\u0e7f]")
_THAI_THEN_LATIN = re.compile(r"(?<=[\u0e00-\u0e7f])(?=[A-Za-z])")
_THAI_PROVINCE = re.compile(r"(?:^|[\s,/(])(?:จ\.|จังหวัด)\s*([\u0e00-\u0e7f]+)")
_THAI_DISTRICT = re.compile(r"(?:^|[\s,/(])(?:อ\.|อำเภอ)\s*([\u0e00-\u0e7f]+)\s")
_THAI_RAIL = re.compile(r"\s*(?:BTS|MRT|SRT|BRT|ARL)\s*(?:สถานี)?[\u0e00-\u0e7f]")


# Provinces pycountry's Thai leaves untranslated (Bueng Kan, the newest) or spells otherwise
# than the Royal Institute and the boards ("หนองบัวลำพู" for Nong Bua Lam Phu).
_THAI_SPELLINGS = {("บึงกาฬ", "Bueng Kan"), ("หนองบัวลำภู", "Nong Bua Lam Phu")}


@cache
def _thai_provinces() -> tuple[tuple[str, str], ...]:
    """(name in Thai, ISO name) of Thailand's provinces from pycountry's own translations,
    the longest Thai name first so that a prefix match takes the whole name."""
    try:
        tr = _catalog("iso3166-2", "th")
    except OSError:
        return ()
    pairs = {
        (tr.gettext(sub.name), sub.name)
        for sub in _iso_subdivisions()
        if sub.code.startswith("TH-") and sub.type == "Province"
    }
    pairs |= _THAI_SPELLINGS
    return tuple(sorted((p for p in pairs if not p[0].isascii()), key=lambda p: -len(p[0])))


def _thai_place(text: str) -> Place | None:
    """A Thai board's "อ.district จ.province", "จ.province" or "BTS/MRT station": Thailand,
    the province, and the province's capital town where the district is its capital
    district ("อ.เมืองชลบุรี" is Mueang Chon Buri, the town Chon Buri)."""
    if not _THAI_LETTER.search(text):
        return None
    found = _THAI_PROVINCE.search(text)
    if found:
        run = found.group(1)
        for local, name in _thai_provinces():
            if run.startswith(local):
                district = _THAI_DISTRICT.search(text[: found.start() + 1])
                capital = district is not None and district.group(1) in ("เมือง" + local, local)
                city = city_name(name, "TH") if capital else None
                return Place(city=city, region=name, country="TH")
        return None
    if _THAI_RAIL.match(text):
        return Place(country="TH")
    return None


# A Czech or Slovak district (okres), named for its seat: "okres Český Krumlov", "okres
# Brno-venkov" (Brno's countryside). The district is no town, so no city; but a city's own
# district ("okres Brno-město", "okres Plzeň-město") is the city.
_OKRES = re.compile(r"[Oo]kres\s+(?P<name>[^\W\d_].*)")
_OKRES_OF_CITY = re.compile(r"-(?:město|mesto)$")


def _district_places(name: str, country_hint: str | None) -> tuple[Place, ...]:
    """The places of a Czech or Slovak district's name: its country and region, no city
    unless it is a city's own district."""
    places = _parse_one(name, country_hint)
    own = _OKRES_OF_CITY.search(name)
    if own is not None:
        town = _parse_one(name[: own.start()], country_hint)
        return town if town and town[0].city else places
    return tuple(Place(region=p.region, country=p.country, remote=p.remote) for p in places)


def _district_town(listed: str, country_hint: str | None) -> tuple[Place, ...]:
    """kariera.sk's "Okres Komárno, Komárno, Kolárovo", "Okres Ilava, Dubnica nad Váhom,
    Ilava": a Slovak or Czech district, then towns of it, the first of which is the place;
    a town the gazetteer lacks is known as the district's seat, named alike. () when no
    part after the district is a town."""
    name, *after = (p.strip() for p in listed.split(","))
    # the district alone, else the whole list, says the country
    district = _district_places(name, country_hint) or _district_places(listed, country_hint)
    country = district[0].country if district else None
    for part in after if country in ("SK", "CZ") else ():
        town = _city(part, country)
        found = town[0] if town else part if _key(part) == _key(name) else None
        if found is not None:
            return (Place(city=found, region=district[0].region, country=country),)
    return ()


@lru_cache(maxsize=8192)
def _parse_one(text: str, country_hint: str | None) -> tuple[Place, ...]:
    if _PLACEHOLDER.fullmatch(text) or text.strip() in _MISSING:
        return ()
    thai = _thai_place(text)
    if thai is not None:
        return (thai,)
    okres = _OKRES.fullmatch(text)
    if okres is not None:
        towns = _district_town(okres["name"], country_hint) if "," in okres["name"] else ()
        return towns or _district_places(okres["name"], country_hint)
    text = _cells_joined(text)
    text = _canadian_address(text)
    if "\u060c" in text:
        # The Arabic comma ("بغداد، الكرادة") parts a list as "," does; read as a letter of
        # one long name, it made "القاهرة، مصر الجديدة" (Cairo, Heliopolis) El Jadida.
        text = text.replace("\u060c", ",")
    if "," in text:
        text = _lower_country_codes(text)
        text = _missing_parts_dropped(text)
        if not text:
            return ()
    if "Región" in text:
        text = _CL_NUMBERED.sub(
            lambda m: _CL_NUMBER_NAME[m.group("after") or m.group("before")], text
        )
    if ";" in text:
        text = _fields_joined(text)
    if "_" in text:
        # "Vietnam, Ho_Chi_Minh_City": words joined by underscores, as IDs are written.
        text = _UNDERSCORE.sub(" ", text)
    if "/" in text:
        # Workday's "Offsite/Home" is work from home, not two places ("Home" is a town in
        # Kansas, "Offsite" read as a town's name).
        text = _OFFSITE_HOME.sub("Work from home", text)
    if "/" in text or "." in text:
        text = _DOTTED_CODES.sub(r"\g<cc>-\g<st>-", _PLACEHOLDER_WORD.sub(" ", text))
        text = _dotted_country(text)
        if not text.strip(" -–—,:"):
            return ()
    if "/" in text:
        text = _slashed_region(text)
    if "+" in text:
        # "Montpellier…Voir plus +3", "Austin... See more +2": a list cut short, and how
        # many places it hides; the places shown are read.
        text = _MORE_PLACES.sub("", text) or text
    restored = _letters_restored(text) or _coded_site(text)
    if restored:
        return _parse_one(restored, country_hint)
    local = _local_shape(text) or _swiss_address(text) or _czech_part(text) or _swiss_coded(text)
    if local is not None:
        return (local,)
    places: list[Place] = []
    carry = False
    for parts, stated in _pieces(text):
        # "Remote (US & Canada)", "remote in the UK or Ireland": a remote statement covers
        # the bare countries and areas listed after it.
        remote = stated or (carry and all(country_code(p) or _key(p) in AREAS for p in parts))
        carry = carry or stated
        got = _read_parts(parts, remote, country_hint)
        region_first = _region_then_place(*parts) if len(parts) == 2 else None
        usual = got[0].country if got else None
        if region_first is not None and usual not in region_first[1]:
            # "ICA - SANTIAGO" read as Santiago, Chile, "LIMA - SAN ANTONIO" as a list
            # whose Lima is Lima, Ohio, "LA LIBERTAD - SINSICAP" as La Libertad, Ecuador:
            # a region, then its district. Read the other way, as a town the gazetteer
            # lacks in a region abroad or two towns of one region there, the parts are as
            # likely ("Lima, Buenos Aires" is a town of Argentina's province, "Saint-Louis,
            # Mulhouse" two of Alsace): that reading stands unless the district is a town
            # the gazetteer knows ("CAJAMARCA - JAEN" is Jaén, Peru, not in Spain).
            flipped = replace(region_first[0], remote=remote)
            tie = usual is not None and (
                _region_of(parts[1], usual) or _neighbours(parts[0], parts[1], usual)
            )
            if tie and _region_dash_district(text, parts, flipped.country, usual):
                # "PIURA - BUENOS AIRES", "CUSCO - SAN PEDRO": the region is its capital
                # too, a town the gazetteer has in its own country and none in the other,
                # and a spaced dash, not a comma, joins them: the district of a region
                # abroad named like a province, not a town "Piura" in Argentina.
                tie = False
            if not tie or (flipped.country and _city(parts[1], flipped.country)):
                got = [flipped] if flipped.country or flipped.remote else []
        places.extend(got)
    read = tuple(_territory_read(_korean_city_tidied(p)) for p in places)
    read = _nested_path(text, _state_among_states(text, read))
    if len(text) <= 100 and not any(p.city or p.area for p in read):
        read = _second_reading(text, country_hint, read) or read
    return _script_read(text, read)


def _territory_read(place: Place) -> Place:
    """A place in a US territory is the territory's, as ISO codes it: Workday's "Juncos, Puerto
    Rico, United States of America" read the territory as a US subdivision, so Puerto Rico's
    towns were the US. A town the gazetteer has in the states and not in the territory keeps
    the US ("Chicago, Puerto Rico": the town is the surer half)."""
    territory = place.region
    if place.country != "US" or territory not in _US_OUTLYING:
        return place
    if place.city and not _city(place.city, territory) and _city(place.city, "US"):
        return place
    return replace(place, country=territory, region=None)


def _country_led(parts: list[str]) -> list[str]:
    """Workday's "USA - Lititz, PA", "Canada - Carleton Place, ON": the country, then a town
    and a state of it, written the usual way round ("Lititz, PA, USA"); a town the gazetteer
    lacks was no town when the country came first."""
    if len(parts) != 3:
        return parts
    code = country_code(parts[0])
    if code is None or country_code(parts[1]) or _region_of_any(parts[1]):
        return parts
    if not _region_of(parts[2], code):
        return parts
    return [parts[1], parts[2], parts[0]]


def _read_parts(parts: list[str], remote: bool, country_hint: str | None) -> list[Place]:
    """The places of one piece of a location: one place, or a list read part by part."""
    parts = _country_led(parts)
    county = _us_county(parts, remote)
    if county is not None:
        return [county] if county.country or county.remote else []
    listed = _listed_places(parts, remote, country_hint)
    if listed is not None:
        return listed
    # "경기 용인시 수지구", "京都府 宇治市": prefecture, town and ward, words apart.
    whole = _big_to_small(parts[0], remote) if len(parts) == 1 else None
    whole = whole or _place(parts, remote, country_hint)
    if whole is not None and len(parts) == 2:
        whole = _city_qualified(parts, whole, remote) or whole
    # "SF, NYC, SEA": parts that each resolve alone are separate places.
    if len(parts) > 1 and (whole is None or (whole.city is None and whole.region is None)):
        # Saramin's cell of several places, each province and town words apart ("서울
        # 강서구, 구로구, 경기 고양시, 광명시"): the first part is read as a single one is.
        singles = [_place([p], remote, country_hint) or _big_to_small(p, remote) for p in parts]
        found = [s for s in singles if s is not None]
        town = _town_in_district(parts, found, remote)
        named = [p for p, s in zip(parts, singles, strict=True) if s is not None]
        if town is None and len(parts) > 2 and len(named) == 2 and named[1] == parts[-1]:
            # "10F, Bldg. Eastwood City, Libis, Quezon City": a floor and a building,
            # which name no place, then a quarter and its big city, as two parts are
            # read (Libis is no Libiš, Czechia).
            town = _town_in_district(named, found, remote)
        if town is None and len(found) == 2 and len(parts) == 2:
            town = _city_qualified(parts, found[0], remote)
            if town is not None and not (town.country or town.remote):
                return []  # "St. James, Bristol": no country rather than Vietnam's
        if town is not None:
            return [town]
        if len(found) > 1:
            return found
    if whole is None and len(parts) > 1:
        # Each part alone; a part may be a town and its state without a comma
        # ("Bellmawr New Jersey, Philadelphia Pennsylvania"), or a Japanese or Taiwanese
        # address before a bracketed postcode or note ("新竹縣湖口鄉八德路二段471號(303)").
        singles = [
            _place([p], remote, country_hint)
            or _town_then_state(p, remote, country_hint)
            or _site_place(p, remote, country_hint)
            or _big_to_small(p, remote)
            for p in parts
        ]
        return [s for s in singles if s is not None]
    if (whole is None or whole == Place(remote=True)) and len(parts) == 1:
        whole = _by_words(parts[0], remote, country_hint) or whole
    return [whole] if whole is not None else []


# Scripts written as a place's own language in one country alone: Hebrew in Israel, Hangul
# in (South) Korea. Israeli boards and employers' Comeet and Greenhouse exports name towns
# in Hebrew ("רעננה", "קיבוץ חורשים"), Korean boards give a street address ("서울특별시
# 강남구 테헤란로 127", "강남구 신사동 523-24"); the gazetteer keeps the own-script names of
# towns of 15,000+ people and of big cities abroad only. Each script's words of a place
# abroad, or of no place: "abroad" (חו"ל with a quote mark or the gershayim, 해외),
# "international", "worldwide", the continents; Korean remote work alone names no place.
_SCRIPT_COUNTRIES = (
    ("HEBREW", "IL", re.compile(r"חו[\"״׳'`]ל|בינלאומ|עולמ|אירופ|אסיה|אפריק|אמריק|אוסטרלי")),
    (
        "HANGUL",
        "KR",
        re.compile(r"해외|국외|글로벌|유럽|아시아|미주|[북중남]미|아프리카|북한|캐나다"),
    ),
)
# Korean words of no place: remote work, "negotiable", "regardless of experience".
_HANGUL_NO_PLACE = re.compile(r"(?:풀\s?)?리모트|원격|재택|근무|전면|가능|협의|무관|경력|신입")


def script_country(text: str) -> str | None:
    """The country whose script most letters of the text are in (Hebrew: IL, Hangul: KR)."""
    if text.isascii():
        return None
    letters = [ch for ch in text if ch.isalpha()]
    for script, country, _ in _SCRIPT_COUNTRIES:
        own = sum(1 for ch in letters if unicodedata.name(ch, "").startswith(script))
        if own and 2 * own > len(letters):
            return country
    return None


def _script_read(text: str, read: tuple[Place, ...]) -> tuple[Place, ...]:
    """A place written in Hebrew is Israel's, in Hangul Korea's: a reading abroad stands only
    for a country's name ("גרמניה", "미국") or a big city's ("לונדון", "도쿄"), not for a
    small foreign town one of the words happens to name ("צור יגאל", an Israeli village, was
    Tyre, Lebanon; "חמד", a moshav, Madinat Hamad, Bahrain). A Korean street address is
    read from its city or province at the head ("서울특별시 강남구 삼성로 507, ..." is Seoul).
    With nothing else read, the country, no town."""
    own = script_country(text)
    spec = next((s for s in _SCRIPT_COUNTRIES if s[1] == own), None)
    if own is None or spec is None or spec[2].search(text):
        return read
    kept = tuple(
        p
        for p in read
        if p.country in (None, own)
        or p.area
        or (p.city is None and p.region is None)
        or big_cities().country.get(norm_place(p.city or "")) == p.country
    )
    if not any(p.city for p in kept):
        better = _script_town(text, own, any(p.remote for p in read))
        if better is not None:
            return (better,)
    if any(p.country or p.area for p in kept):
        return kept
    if own == "KR" and not script_country(_HANGUL_NO_PLACE.sub(" ", text)):
        return read  # "리모트근무": remote work, no place named
    return (Place(country=own, remote=any(p.remote for p in read)),)


def _script_town(text: str, country: str, remote: bool) -> Place | None:
    """The town of a Hebrew name written with a hyphen where the gazetteer has a space
    ("תל-אביב"), or of a Korean address's head words ("서울특별시 강남구 ...")."""
    if country == "IL":
        spaced = _parse_one(text.replace("-", " "), None) if "-" in text else ()
        return next((p for p in spaced if p.city and p.country == "IL"), None)
    words = [w for w in re.split(r"[\s,()]+", text) if w]
    if (
        words
        and len(words[0]) > 3
        and not words[0][2:].startswith(("특별", "광역", "자치"))  # "서울특별시" is one name
        and _big_to_small(words[0][:2], remote) is not None
    ):
        # Saramin's province run into its town: "경기성남시 분당구", "서울강남구".
        words = [words[0][:2], words[0][2:], *words[1:]]
    for size in (3, 2, 1):
        head = " ".join(words[:size])
        if len(words) >= size and script_country(head) == "KR":
            found = _big_to_small(head, remote)
            if found is not None and found.country == "KR" and found.city:
                return _korean_city_tidied(found)
    return None


_PATH = re.compile(r"[^/\s][^/]*(?:(?<!\s)/(?!\s)[^/\s][^/]*){2,}")


def _nested_path(text: str, read: tuple[Place, ...]) -> tuple[Place, ...]:
    """ "North America/USA/Arkansas/Ft. Smith, AR": a path from the biggest place to the
    smallest, each inside the one before it, is the last place, not a list of them."""
    if len(read) < 3 or not _PATH.fullmatch(text) or not read[-1].city:
        return read
    if read[0].city or read[0].region or not (read[0].area or read[0].country):
        return read  # "Berlin/Munich/Hamburg" is a list; a path starts with a continent or country
    if any(p.city not in (None, read[-1].city) for p in read[1:-1]):
        return read
    if {p.country for p in read if p.country} != {read[-1].country}:
        return read
    return (read[-1],)


def _state_among_states(text: str, read: tuple[Place, ...]) -> tuple[Place, ...]:
    """ "Georgia; Montana; Virginia", "Remote - Georgia; Remote - Texas": in a list of US
    places, Georgia is the state."""
    if len(read) < 2 or read[0].country != "GE" or read[0].city or read[0].region:
        return read
    head = _key(_REMOTE_STRIP.sub(" ", text)).lstrip(" -–—,:;(")
    if not head.startswith("georgia") or any(p.country != "US" for p in read[1:]):
        return read
    return (replace(read[0], region="GA", country="US"), *read[1:])


# Hong Kong's neighbourhoods as JobsDB names them alone ("Tin Hau", "Hung Hom"): the
# city-state, no town. Names that are also words or places elsewhere ("Central",
# "Aberdeen", "Jordan", "Happy Valley", "North Point") are left out.
_HK_AREAS = frozenset(
    _key(name)
    for name in (
        "Admiralty", "Ap Lei Chau", "Causeway Bay", "Chai Wan", "Cheung Sha Wan",
        "Fo Tan", "Ho Man Tin", "Hung Hom", "Kowloon Bay", "Kowloon Tong", "Kwai Chung",
        "Kwai Fong", "Lai Chi Kok", "Lam Tin", "Ma On Shan", "Ngau Tau Kok",
        "Quarry Bay", "Sai Wan Ho", "Sai Ying Pun", "San Po Kong", "Shau Kei Wan",
        "Sheung Shui", "Sheung Wan", "Siu Sai Wan", "Tai Koo", "Tai Wai", "Tin Hau",
        "Tin Shui Wai", "To Kwa Wan", "Tseung Kwan O", "Tsim Sha Tsui", "Tsing Yi",
        "Tung Chung", "Wong Chuk Hang", "Yau Ma Tei", "Yau Tong",
    )
)  # fmt: skip
# liepin.com's "city-district": "北京-东城区", "杭州-滨江区".
_CN_CITY_DISTRICT = re.compile(r"(?P<city>[\u4e00-\u9fff]{2,4})-[\u4e00-\u9fff]{1,6}[区县]")
# jobs.ch's "Region Zürich (AG/SH/ZG/ZH)": a Swiss region and its cantons' codes.
_CH_REGION = re.compile(r"Region\s+(?P<name>[^\W\d_][^()]*?)(?:\s*\((?P<codes>[A-Z/ ]+)\))?")
# New York City's borough written as the town ("Manhattan, NY"); the other boroughs are
# labelled as written ("Brooklyn").
_NYC_BOROUGH = re.compile(r"Manhattan(?:,\s*(?:NY|New York))?(?:,\s*(?:US|USA))?", re.I)


def _local_shape(text: str) -> Place | None:
    """A place in a shape one country's boards write and the general rules misread."""
    if _key(text) in _HK_AREAS:
        return Place(country="HK")
    cn = _CN_CITY_DISTRICT.fullmatch(text)
    town = _city(cn["city"], "CN") if cn else None
    if town is not None:
        return Place(city=town[0], region=town[2] or None, country="CN")
    region = _CH_REGION.fullmatch(text)
    if region is not None:
        codes = (region["codes"] or "").replace(" ", "").split("/")
        if region["codes"] and not all(code in _CH_CANTONS for code in codes):
            return None
        named = _parse_one(region["name"], None)
        if (region["codes"] or any(p.country == "CH" for p in named)) and all(
            p.country in (None, "CH") for p in named
        ):
            return Place(country="CH")
        return None
    if _NYC_BOROUGH.fullmatch(text):
        city = _city("New York City", "US")
        return Place(city=city[0] if city else "New York", region="NY", country="US")
    return None


_CZ_PART = re.compile(r"(?P<town>[^\W\d_][^,–-]*?)\s+[–-]\s+(?P<part>[^\W\d_][^,–-]*)")


@cache
def _cz_parts() -> dict[str, str]:
    """ "folded municipality<TAB>folded part" -> the municipality, of data/cz_parts.tsv."""
    return {f"{_key(town)}\t{_key(part)}": town for town, part in gazetteer.cz_parts()}


def _czech_part(text: str) -> Place | None:
    """A Czech municipality, then its part, as Jobs.cz writes a place ("Kunice –
    Vidovice"): the register's very pair is Czech, though the municipality's name alone is
    a village's abroad or no known town."""
    pair = _CZ_PART.fullmatch(text.strip()) if "–" in text or " - " in text else None
    if pair is None:
        return None
    town = _cz_parts().get(f"{_key(pair['town'])}\t{_key(pair['part'])}")
    return Place(city=town, country="CZ") if town else None


_CH_CODED = re.compile(
    r"(?P<town>[^\d,()/]*[^\W\d_])\s*(?:\((?P<a>[A-Z]{2})\)|,\s*(?P<b>[A-Z]{2}))"
)


def _swiss_coded(text: str) -> Place | None:
    """A Swiss village and its canton's code in brackets or after a comma ("Muri (AG)",
    "Stein, AR"), where the letters are also a country's or a US state's: Swiss when the
    register has that village in that canton and the gazetteer knows no town of the name in
    a country or state the two letters also name (Antigua, Arkansas)."""
    coded = _CH_CODED.fullmatch(text.strip()) if text[-1:].isupper() or text[-1:] == ")" else None
    if coded is None:
        return None
    code = coded["a"] or coded["b"]
    # Only where the letters are also a country's or a US state's code: the others ("ZH",
    # "BL") are read as the canton already, with its name.
    # A town the gazetteer knows in Switzerland is read the usual way ("Tenniken (BL)").
    if (
        code not in _CH_CANTONS
        or not (country_code(code) or code.lower() in us_states()[0])
        or _city(coded["town"], "CH")
    ):
        return None
    found = _swiss_canton_town(f"{coded['town']} {code}")
    if found is None or any(
        _city(coded["town"], other) for other, _ in _interpretations(code, None) if other != "CH"
    ):
        return None
    return Place(city=found[0], region=found[2], country="CH")


_CH_POSTAL = re.compile(
    r"(?P<code>[1-9]\d{3})\s+(?P<town>[^\W\d_][^\d,()]*?)(?:\s+\(?(?P<canton>[A-Z]{2})\)?)?"
)


@cache
def _ch_postcodes() -> dict[str, tuple[str, str]]:
    """ "postcode folded-locality" -> (locality, canton) of the Swiss postal localities; a
    bilingual one by either half too ("Biel/Bienne")."""
    index: dict[str, tuple[str, str]] = {}
    for code, name, canton in gazetteer.ch_postcodes():
        entry = (name, sys.intern(canton))
        for form in (name, *(name.split("/") if "/" in name else ())):
            index.setdefault(f"{code} {_key(form.strip())}", entry)
    return index


def _swiss_address(text: str) -> Place | None:
    """A Swiss postal address: "Bahnhofstrasse 14, 4334 Sisseln", "2500 Bienne", "8630
    Rüti ZH". Four digits are other countries' postcodes too, so only the very locality
    the Swiss register gives the postcode makes it Swiss, and no part may name another
    country."""
    if not any(ch.isdigit() for ch in text):
        return None
    parts = [p.strip() for p in text.split(",") if p.strip()]
    for part in parts:
        postal = _CH_POSTAL.fullmatch(part)
        if postal is None or (postal["canton"] and postal["canton"] not in _CH_CANTONS):
            continue
        entry = _ch_postcodes().get(f"{postal['code']} {_key(postal['town'])}")
        if entry is None:
            continue
        if any(country_code(p) not in (None, "CH") for p in parts if p != part):
            return None
        city = _city(entry[0], "CH") or _city(postal["town"], "CH")
        name = city[0] if city else postal["town"]
        return Place(city=name, region=entry[1], country="CH")
    return None


def _second_reading(
    text: str, hint: str | None, found: Sequence[Place]
) -> tuple[Place, ...] | None:
    """Another reading of a text that gave no town, from a spelling of it the usual rules
    do not expect: a country's code or name written first ("FR Templemars", "US CA Menlo
    Park", "Sweden Lund") or last with no comma ("Johannesburg South Africa"), a town before
    its site's words ("MECHELEN PLANT", "Binghamton Industrial Park L"). Taken when it finds a
    country where there was none, or a town in the country already read; never another
    country instead of one read."""
    if country_code(text):
        return None  # "Congo Brazzaville" is the country's name, not its capital
    had = next((p.country for p in found if p.country), None)
    for other in (_spaced_us(text), _town_after_country(text), _town_before_country(text)):
        if not other or other == text:
            continue
        places = _parse_one(other, hint)
        country = next((p.country for p in places if p.country), None)
        if country is None or (had is not None and country != had):
            continue
        if had is None or any(p.city for p in places):
            return places
    if had is None:
        town = _town_before_site(text)
        if town:
            return _parse_one(town, hint) or None
    return None


@cache
def _lost_letter_names() -> tuple[dict[str, str | None], frozenset[str]]:
    """A big city's or a country's name with its letters outside ASCII each read as a space
    or a question mark, as a wrong encoding leaves them ("Montr al", "Wroc aw", "T rkiye",
    "D?sseldorf") -> the name (None where two names meet); and the first words of those."""
    names = {city.name for city in gazetteer.cities() if city.population >= BIG_CITY}
    names.update(getattr(c, a) for c in pycountry.countries for a in ("name", "common_name")
                 if getattr(c, a, None))  # fmt: skip
    names.update(COUNTRY_ALIASES)
    index: dict[str, str | None] = {}
    for name in names:
        if name.isascii() or sum(ch.isascii() and ch.isalpha() for ch in name) < 3:
            # A name with no letters left ("تركيا" read as "?????", as any five-letter
            # word in its script is) tells no name apart: it was Türkiye for them all.
            continue
        for mark in (" ", "?", "\ufffd"):
            key = "".join(ch if ch.isascii() else mark for ch in name).lower()
            index[key] = name if index.get(key, name) == name else None
    return index, frozenset(key.split()[0] for key in index if key.strip())


def _letters_restored(text: str) -> str | None:
    """The text with a name whose letters an encoding lost written whole again."""
    index, firsts = _lost_letter_names()
    tokens = text.replace(",", " ").split()
    lowered = [token.lower() for token in tokens]
    for i, token in enumerate(lowered):
        if token not in firsts:
            continue
        for size in (3, 2, 1):
            name = index.get(" ".join(lowered[i : i + size])) if i + size <= len(tokens) else None
            if name:
                restored = text.replace(" ".join(tokens[i : i + size]), name, 1)
                return restored if restored != text else None
    return None


_SPACED_US = re.compile(r"\bU S(?: A)?\b")


def _spaced_us(text: str) -> str | None:
    """ "Anywhere in the U S": the United States written with a space for its dots."""
    return _SPACED_US.sub("US", text) if "U S" in text else None


_CODE_FIRST = re.compile(r"(?P<cc>[A-Z]{2,3})\s+(?P<rest>\S.*)")


def _town_after_country(text: str) -> str | None:
    """ "FR Templemars", "US CA Menlo Park", "CAN North York", "Sweden Lund", "United States
    New York Buffalo": a country's code in capitals or its name, then (a state of it and) a
    town with no comma; written the usual way round, the town first when it is a city of
    that country, else the state or the country alone."""
    if "," in text:
        return None
    coded = _CODE_FIRST.fullmatch(text)
    lead: tuple[str, str] | None = None
    if coded and country_code(coded["cc"]):
        lead = coded["cc"], coded["rest"]
    else:
        words = text.split()
        for size in (3, 2, 1):
            head = " ".join(words[:size])
            if len(words) > size and len(head) >= 4 and head[:1].isupper() and country_code(head):
                lead = head, " ".join(words[size:])
                break
    if lead is None:
        return None
    written, rest = lead
    code = country_code(written) or ""
    words = rest.split()
    named_state = None
    for size in (3, 2, 1):
        state = " ".join(words[:size])
        regions = _subdivisions().get(_key(state), ())
        if len(words) <= size or not any(e[0] == code for e in regions):
            continue
        if code != "US" and _city(state, code):
            break  # "Japan Tokyo Mori Tower": Tokyo the city, not a town Mori in Tokyo
        town = _followed_town(words[size:], code)
        if town:
            return f"{town}, {state}, {written}"
        named_state = named_state or state
    if named_state:
        return f"{named_state}, {written}"  # "USA NJ Florham Park": a town GeoNames lacks
    town = _followed_town(words, code)
    if town:
        return f"{town}, {written}"
    if any(e[0] == code for e in _subdivisions().get(_key(rest), ())):
        return f"{rest}, {written}"
    if coded is None and not _english_country_name(written):
        return None  # "Columbia West Worley St": a spelling of a country's name is no lead
    if len(written) == 2 and (written in _WORDLIKE_CODES or _primary_state_code(written)):
        return None  # "ST ALBERT STORE", "NO YOUNG BLVD", "IL Chicago ...": no country code
    big = _big_city_among(words)
    if big is not None and big.country != code:
        return None  # "CW Site POL Warszawa ...": another country's city after the code
    if len(written) == 2 and any(_key(w) in _VENUE_WORDS for w in words):
        return None  # "CF Polo Park": a landlord's initials before its mall, not the CAR
    return written


def _town_before_country(text: str) -> str | None:
    """ "Johannesburg South Africa", "Los Angeles California United States", "Milan Milano
    Italy": Workday's town, (a region of it) and the country's English name, spaces for its
    commas; written with them. Only where the town is one the gazetteer has in that country,
    so "Atlanta Georgia" is no town of the Caucasus."""
    if "," in text:
        return None
    words = text.split()
    # The longest English country name first ("Bosnia and Herzegovina" is four words).
    for country_words in (4, 3, 2, 1):
        country = " ".join(words[-country_words:])
        if len(words) > country_words and _english_country_name(country):
            break
    else:
        return None
    code = country_code(country) or ""
    rest = words[:-country_words]
    for region_words in (3, 2, 1):
        region = " ".join(rest[-region_words:])
        town = " ".join(rest[:-region_words])
        regions = _subdivisions().get(_key(region), ())
        if len(rest) <= region_words or not any(e[0] == code for e in regions):
            continue
        if _city(town, code):
            return f"{town}, {region}, {country}"
    town = " ".join(rest)
    return f"{town}, {country}" if _city(town, code) else None


def _english_country_name(name: str) -> bool:
    """Whether the name is a country's English name as ISO writes it."""
    return _key(name) in _english_country_names()


@cache
def _english_country_names() -> frozenset[str]:
    return frozenset(
        _key(getattr(country, attr))
        for country in pycountry.countries
        for attr in ("name", "common_name", "official_name")
        if getattr(country, attr, None)
    )


# Walmart's Workday sites put the code in brackets: "(USA) FL ORLANDO 01220 WM SUPERCENTER".
_CODE_STATE_TOWN = re.compile(
    r"(?P<open>\()?(?P<cc>[A-Z]{2,3})(?(open)\))\s+(?P<st>[A-Z]{2,3})\s+(?P<rest>[A-Z][^,]*)"
)


def _coded_site(text: str) -> str | None:
    """ "CA NB Fredericton", "US TX Round Rock", "(USA) FL ORLANDO 01220 WM SUPERCENTER": a
    country's code, one of its states' codes and a town of that state (then a store's number
    and name), with spaces for Workday's hyphens; written the usual way round. Only when all
    three agree: "CA" alone is California more often than Canada."""
    coded = _CODE_STATE_TOWN.fullmatch(text)
    code = country_code(coded["cc"]) if coded else None
    if coded is None or code is None:
        return None
    regions = _subdivisions().get(_key(coded["st"]), ())
    if not any(e[0] == code and e[1] == coded["st"] for e in regions):
        return None
    town = _followed_town(coded["rest"].split(), code)
    found = _city(town, code) if town else None
    if found is None or (code == "US" and found[2] != coded["st"]):
        return None
    return f"{town}, {coded['st']}, {coded['cc']}"


# Two capitals that are a country's code and also a word or abbreviation of a site name.
_WORDLIKE_CODES = frozenset(
    {"ST", "NO", "IS", "AS", "AM", "SO", "BY", "TO", "AT", "BE", "GO", "AN"}
)


def _primary_state_code(code: str) -> bool:
    """Whether a US state, Canadian province or Australian state has this code."""
    return any(e[0] in _PRIMARY and e[1] == code for e in _subdivisions().get(_key(code), ()))


def _followed_town(words: Sequence[str], country: str) -> str | None:
    """_site_town of the words, unless what follows the town is a lone small letter: "St
    John s" is St. John's (its apostrophe lost), not Saint John."""
    town = _site_town(" ".join(words), country)
    if town is None:
        return None
    after = words[len(town.split()) :]
    return None if after and len(after[0]) == 1 and after[0].islower() else town


# Words of a site after its town: "MECHELEN PLANT", "Binghamton Industrial Park L",
# "Peachtree City B Hwy S" (a street cut short).
_SITE_WORDS = frozenset(
    {"plant", "store", "office", "offices", "headquarters", "hq", "industrial",
     "campus", "site", "building", "bldg", "hwy", "highway", "st", "ave", "rd", "blvd", "dr",
     "street", "road", "avenue", "tower", "centre", "center", "technopolis", "block",
     "wework", "facility", "factory", "warehouse", "depot", "branch", "plaza", "mall",
     "lab", "labs", "hub", "mill", "works", "distribution", "terminal", "yard"}
)  # fmt: skip


def _town_before_site(text: str) -> str | None:
    """The town a site's name starts with, when the gazetteer knows one city of that name
    (or one far bigger than the others): "MECHELEN PLANT" is in Mechelen."""
    words = text.split()
    cut = next((i for i, w in enumerate(words) if i and _key(w.strip(".")) in _SITE_WORDS), 0)
    if len(words[cut - 1 : cut]) and len(words[cut - 1]) == 1:
        cut -= 1  # "Peachtree City B Hwy S"
    if not cut or not words[0][:1].isupper():
        return None
    if _key(words[0]) in ("mt", "mount", "st", "ste", "saint", "port", "fort"):
        return None  # "Mt Pleasant N Hwy Unit A": a name many towns share
    # The longest first words that name one city: "Calgary Suncor Energy Centre".
    for size in range(min(cut, 3), 0, -1):
        head = " ".join(words[:size])
        if not head.replace(" ", "").isalpha():
            continue
        cities = _cities().get(_key(head), ())
        if not cities or _key(cities[0][0]) != _key(head):
            continue  # only a city's own name, not an alternate ("Lime" for Lima)
        if len(cities) > 1 and big_cities().country.get(norm_place(head)) != cities[0][1]:
            return None  # "Victoria Park": several cities of that name
        after = words[size:cut]
        if after and _key(after[0]) in _INSTITUTION_WORDS:
            return None  # "Washington University Medical Campus" is in St. Louis
        return head
    return None


def _site_place(part: str, remote: bool, hint: str | None) -> Place | None:
    """A part of a path that is a town before its site's words: Workday's "MNOR - Hibbing
    Campus" (a college's code, then its campus) is in Hibbing, as "Hibbing Campus" alone is."""
    town = _town_before_site(part)
    return _place([town], remote, hint) if town else None


# Words after a place's name that make an institution named after it, not a site there.
_INSTITUTION_WORDS = frozenset({"university", "college", "school", "hospital", "institute"})


def _korean_city_tidied(place: Place) -> Place:
    """GeoNames keeps the Korean word for city or county in some names ("Hwaseong-si",
    "Goyang-si"); the city is shown as Hwaseong, as Seoul and Busan are."""
    if place.country != "KR" or not place.city or not _KR_TOWN_WORD.search(place.city):
        return place
    city = _KR_TOWN_WORD.sub("", place.city)
    return Place(city=city, region=place.region, country="KR", remote=place.remote, area=place.area)


def _town_in_district(parts: Sequence[str], found: Sequence[Place], remote: bool) -> Place | None:
    """ "Orange, Avignon" (Adzuna's commune, then its arrondissement): two town names of
    which the second's country also has a town of the first name are one place there,
    not Orange, California and Avignon."""
    if len(parts) != 2 or len(found) != 2:
        return None
    first, second = found
    if not (first.city and second.city and second.country) or first.country == second.country:
        return None
    town = _city(parts[0], second.country)
    if town is None:
        # "Lynnwood, Pretoria", "Kensington, Johannesburg": a quarter, then its big city;
        # the quarter's name is a small town elsewhere (Lynnwood, Washington).
        # Only when the big city's name means one country and the quarter's is no region
        # ("Guanajuato, León" is the state, then its city).
        first_big = norm_place(first.city) in big_cities().names or _region_of_any(parts[0])
        if not first_big and big_cities().country.get(norm_place(second.city)) == second.country:
            return Place(
                city=second.city, region=second.region, country=second.country, remote=remote
            )
        return None
    return Place(city=town[0], country=town[1], remote=remote)


def title_country(title: str | None) -> str | None:
    """The country a title ends with ("Account Manager Philippines", "Engineer, Germany")."""
    if not title:
        return None
    words = title.replace(",", " ").split()
    # Two words at most ("United Kingdom", "South Korea"); at least two words of title before.
    for size in (2, 1):
        if len(words) < size + 2:
            continue
        tail = " ".join(words[-size:])
        if tail[:1].isupper() and len(tail) > 3:
            found = _countries().get(_key(tail))
            if found:
                return found
    return None


# The longest location field read. Real ones reach ~2,000 characters (a remote job's list
# of a hundred countries, places_market.jsonl); reading costs grow with the square of the
# length (20,000 digits took 20 s), so a hostile field is cut to this first.
_LONGEST_FIELD = 3000
_LAST_SEPARATOR = re.compile(r".*[;,|/\n]", re.S)


def _bounded(text: str) -> str:
    """A location field cut to `_LONGEST_FIELD` characters, at its last list separator
    there when it has one (no place is read half-named)."""
    if len(text) <= _LONGEST_FIELD:
        return text
    head = text[:_LONGEST_FIELD]
    cut = _LAST_SEPARATOR.match(head)
    return cut[0].rstrip(";,|/\n ") if cut else head


def parse_location(
    text: str | None,
    *,
    others: Sequence[str] = (),
    country: str | None = None,
    remote: str | bool | None = None,
    title: str | None = None,
    description: str | None = None,
) -> Location:
    """Where a job is, from its location text, further locations, the source's country field
    and remote flag, the title and (explicit sentences only) the description."""
    hint = country_code(country) if country else None
    if isinstance(text, str):
        text = _bounded(text)
    others = [_bounded(o) if isinstance(o, str) else o for o in others]
    places: list[Place] = []
    for item in (text, *others):
        if item and isinstance(item, str) and item.strip():
            places.extend(_parse_one(item.strip(), hint))
    if hint and not any(p.country for p in places):
        places = [
            Place(city=p.city, region=p.region, country=hint, remote=p.remote, area=p.area)
            for p in places
        ] or [Place(country=hint)]
    if sum(p.remote for p in places) > 1:
        # A bare "Remote" adds nothing next to "Remote (IN)".
        places = [p for p in places if p != Place(remote=True)]
    unique = tuple(dict.fromkeys(places))
    kind = workplace(remote, text, *others, title)
    if kind is None and any(p.remote for p in places):
        kind = "remote"  # a location said so in words only a location uses ("POL Virtual")
    if kind is None and isinstance(remote, bool) and remote is False:
        kind = "onsite"
    if kind is None:
        kind = workplace_from_description(description)
    # The first place listed is the primary one. When it is a multi-country area
    # ("LATAM, Brazil", "Americas, Europe, Israel") there is no single country.
    first = unique[0] if unique else None
    if first is not None and first.area is None and not (first.city or first.country):
        first = next((p for p in unique if p.country or p.city or p.area), first)
    return Location(
        city=first.city if first else None,
        region=first.region if first else None,
        country=first.country if first else hint,
        remote=kind,
        places=unique,
    )
