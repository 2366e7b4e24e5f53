"""Job identity: canonical URLs, company/title keys and the conservative same-job decision.

Pure functions, no I/O. Storage uses `canonical_url` as a second per-source key and a
`Matcher` per batch to attach a new listing to an existing job. The rule is "never merge
two different jobs": a different seniority level, an extra team word or an incompatible
location keeps two postings apart; fuzzy matching only bridges spelling variations.

Thresholds below are justified by bench/dedupe/pairs.py (table in bench/dedupe/README.md).
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from cleanco import basename as _cleanco_basename

from scraper.models import JobKey, Posting
from scraper.vocab import (
    AREAS,
    CITY_ALIASES,
    GENDER_SUFFIX,
    GENDER_TAG,
    MANAGER_RANK_AFTER,
    US_AREAS,
    fold,
    norm_place,
)

__all__ = [
    "TITLE_SCORE_CUTOFF",
    "TOKEN_SIMILARITY",
    "JobKey",
    "Matcher",
    "canonical_url",
    "company_key",
    "exact_key",
    "identify",
    "job_key",
    "level_signature",
    "locations_compatible",
    "same_job",
    "title_block",
    "title_key",
]

# rapidfuzz token_sort_ratio (0-100) two title keys must reach to be fuzzy-close. Measured
# on bench/dedupe/pairs.py: the team-conflict check already rejects every near-miss, so the
# cut-off only trades recall; 85 keeps precision at 100% there and loses no positive pair.
TITLE_SCORE_CUTOFF = 85.0
# Normalised Levenshtein similarity (0-1) at which a word present in only one title counts
# as a spelling of a word in the other ("engineers"/"engineer", "postgres"/"postgresql").
TOKEN_SIMILARITY = 0.8

# --------------------------------------------------------------------------- text folding


_NON_WORD = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")

# --------------------------------------------------------------------------- URLs

# Query parameters that only say where a click came from, never which job it is.
_TRACKING_PARAMS = frozenset(
    {
        "gh_src",
        "lever-source",
        "lever-origin",
        "lever-via",
        "ref",
        "referrer",
        "source",
        "src",
        "trk",
        "trkinfo",
        "refid",
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "twclid",
        "li_fat_id",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "hsctatracking",
        "igshid",
        "si",
        "ashby_jid_src",
        "utm",
        "campaign",
        "medium",
        "sourcetype",
        "source_type",
        "jobsource",
        "jobpipeline",
        "codes",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "_ga", "_gl")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """One spelling per address: case, default port, fragment, tracking params, slash dropped."""
    text = (url or "").strip()
    if _is_canonical(text):
        return text
    try:
        parts = urlsplit(text)
        if not parts.scheme or not parts.netloc:
            return text
        scheme = parts.scheme.lower()
        # "www." is kept: for a few hosts it is a different site, and both spellings of the
        # same page would rarely reach us from two sources anyway.
        host = (parts.hostname or "").lower()
        port = parts.port
        netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
        path = parts.path or "/"
        if len(path) > 1:
            path = path.rstrip("/") or "/"
        kept = []
        for name, value in parse_qsl(parts.query, keep_blank_values=True):
            low = name.lower()
            if low in _TRACKING_PARAMS or low.startswith(_TRACKING_PREFIXES):
                continue
            # On boards.greenhouse.io/x/jobs/123?gh_jid=123 the id repeats the path; on a
            # company domain (stripe.com/jobs/search?gh_jid=123) it IS the job's identity.
            if low == "gh_jid" and value and value in path.split("/"):
                continue
            kept.append((name, value))
        kept.sort()
        return urlunsplit((scheme, netloc, path, urlencode(kept), ""))
    except ValueError:  # malformed port or IPv6 literal: leave as given
        return text


def _is_canonical(text: str) -> bool:
    """Whether `canonical_url` would return `text` as it is: an http(s) address with a
    lower-case host, no port, user, query or fragment and no trailing slash (most
    postings' URLs). Checked with C string scans; urlsplit and friends cost ~15 us."""
    if text.startswith("https://"):
        start = 8
    elif text.startswith("http://"):
        start = 7
    else:
        return False
    slash = text.find("/", start)
    if slash <= start or (text.endswith("/") and len(text) > slash + 1):
        return False
    host = text[start:slash]
    if host != host.lower() or any(c in host for c in ":@[]%\\"):
        return False
    return not any(c in text for c in "?#\t\r\n")


# --------------------------------------------------------------------------- companies

# Legal forms cleanco leaves behind (it runs once, so stacked forms like "Holding GmbH"
# need a second pass) and words that only repeat the company's kind.
_EXTRA_LEGAL = re.compile(
    r"\b(?:inc|incorporated|llc|llp|lp|ltd|limited|gmbh|mbh|ag|kg|kgaa|ug|ev|se|sa|sas|sarl|"
    r"spa|srl|sl|bv|nv|oy|oyj|ab|as|asa|aps|plc|corp|corporation|co|company|pty|pvt|"
    r"private|kk|gk|ltda|sp z oo|spzoo|zoo|sro|as|doo|kft|zrt|ou|uab|sia|oü|bhd|sdn|"
    r"pte|tbk|jsc|ooo|pjsc|haftungsbeschrankt)\b"
)
# Entries per memo of the key functions. Frequent titles, companies and places repeat
# within a run, so 8k entries catch most repeats; splitting a title costs ~70 us, so its
# memo is larger. Bounded because a run of 1M distinct titles filled the former memos
# (64k-128k entries) to ~100 MB in the main process; now at most ~30 MB.
_CACHE_SIZE = 8_192
_TITLE_CACHE_SIZE = 32_768

_LEADING_THE = re.compile(r"^the\s+")
# A company often writes its name both spaced and joined ("Hugging Face" / "HuggingFace").
_COMPANY_AND = re.compile(r"\band\b|&")


@lru_cache(maxsize=_CACHE_SIZE)
def company_key(name: str) -> str:
    """Canonical company key: folded, legal forms and leading "The" removed, no spaces."""
    text = unicodedata.normalize("NFKC", name or "").strip()
    if not text:
        return ""
    base = _cleanco_basename(text) or text
    folded = fold(base)
    folded = _COMPANY_AND.sub(" ", folded)
    # "S.p.A." / "Sp. z o.o." / "K.K." leave letters behind once dots go: join dotted runs.
    folded = re.sub(r"(?<=\b\w)\.(?=\w\b)", "", folded)
    words = _SPACES.sub(" ", _NON_WORD.sub(" ", folded)).strip()
    for _ in range(2):
        words = _LEADING_THE.sub("", words)
        stripped = _SPACES.sub(" ", _EXTRA_LEGAL.sub(" ", words)).strip()
        if not stripped:  # the whole name was a legal form word ("Company"): keep it
            break
        if stripped == words:
            break
        words = stripped
    key = words.replace(" ", "")
    return key or _NON_WORD.sub("", fold(text))


# --------------------------------------------------------------------------- places


@cache
def _places() -> _Places:
    """Place-name tables, built once on first use (~0.1 s, mostly reading data/cities.tsv)."""
    return _Places()


class _Places:
    """Countries, US states, areas and big cities as identity reads them: views of the
    location index (`scraper.normalize.location`), built in its one pass over the
    gazetteer, keyed by words (`vocab.norm_place`)."""

    def __init__(self) -> None:
        import pycountry

        from scraper.normalize import location

        self.countries: dict[str, str] = location.country_names()
        self.codes = {c.alpha_2.lower(): c.alpha_2 for c in pycountry.countries}
        self.codes["uk"] = "GB"
        self.us_states, self.us_state_names = location.us_states()
        big = location.big_cities()
        self.alias_names = frozenset(norm_place(name) for name in CITY_ALIASES)
        aliases = self.alias_names | {norm_place(city) for city, _, _ in CITY_ALIASES.values()}
        self.cities = (big.names - _CITY_STOP) | aliases
        self.city_country = {**big.country, **_CITY_COUNTRY}
        self.city_name = location.city_name


@lru_cache(maxsize=_CACHE_SIZE)
def _canonical_city(name: str) -> str:
    """One spelling per city, the gazetteer's, as words: 'koeln', 'cologne' -> 'koln'."""
    found = _places().city_name(name)
    return norm_place(found) if found else name


# Regions and workplace words: a title or location part made only of these says nothing
# about the city.
_REGIONS = frozenset(norm_place(name) for name in (*AREAS, *US_AREAS))
_WORKPLACE_WORDS = re.compile(
    r"\b(?:fully remote|100 remote|remote first|remote friendly|remote ok|remote possible|"
    r"work from home|wfh|remote|hybrid|on site|onsite|in office|office|hq|headquarters|"
    r"based|only|possible|flexible|or|and|any location|all locations|multiple locations|"
    r"time ?zones?|timezone|friendly)\b"
)
_CITY_STATES = {"SG": "singapore", "HK": "hong kong", "MC": "monaco", "LU": "luxembourg"}
_CITY_COUNTRY = {
    "san francisco": "US",
    "new york city": "US",
    "los angeles": "US",
    "seattle": "US",
    "chicago": "US",
    "boston": "US",
    "austin": "US",
    "palo alto": "US",
    "mountain view": "US",
    "menlo park": "US",
    "san jose": "US",
    "washington": "US",
    "london": "GB",
    "berlin": "DE",
    "munich": "DE",
    "paris": "FR",
    "bengaluru": "IN",
    "toronto": "CA",
    "vancouver": "CA",
    "dublin": "IE",
    "amsterdam": "NL",
    "zurich": "CH",
    "tel aviv": "IL",
    "singapore": "SG",
    "tokyo": "JP",
    "sydney": "AU",
    "melbourne": "AU",
}
# GeoNames city names that are ordinary words in job titles; never read as places.
_CITY_STOP = frozenset(
    {
        "mobile",
        "reading",
        "orange",
        "independence",
        "commerce",
        "security",
        "aurora",
        "phoenix",
        "victoria",
        "concord",
        "lincoln",
        "jackson",
        "columbia",
        "hamilton",
        "surrey",
        "salem",
        "enterprise",
        "providence",
        "mission",
        "sale",
        "bath",
        "nice",
        "split",
        "of",
        "data",
        "cloud",
        "union",
        "temple",
        "pearl",
        "marina",
        "delta",
        "alpha",
        "omega",
        "eagle",
        "garden",
        "la",
        "sa",
        "de",
        "e",
    }
)

# --------------------------------------------------------------------------- titles

# Segments separated from the title by a dash, bar, colon or comma, or in brackets.
_SEGMENT_SPLIT = re.compile(r"\s+[-–—|:/]\s+|\s*[|–—]\s*|\s*,\s*|\s*[()\[\]]\s*|\s*:\s+")
_IN_PLACE = re.compile(r"\s+(?:in|at|based in|bei|en|a)\s+(\S.*)$", re.I)
_PUNCT_TO_SPACE = re.compile(r"[^\w+#]+|_")
# Multi-word spellings to one canonical spelling, applied on the space-joined tokens.
_PHRASES = [
    (re.compile(r"\bfront end\b"), "frontend"),
    (re.compile(r"\bback end\b"), "backend"),
    (re.compile(r"\bfull stack\b"), "fullstack"),
    (re.compile(r"\bdev ops\b"), "devops"),
    (re.compile(r"\bdev sec ops\b"), "devsecops"),
    (re.compile(r"\bml ops\b"), "mlops"),
    (re.compile(r"\bsoftware development engineer\b"), "software engineer"),
    (re.compile(r"\bvice president\b"), "vp"),
    (re.compile(r"\bnew grad(?:uate)?\b"), "graduate"),
    (re.compile(r"\bentry level\b"), "junior"),
    (re.compile(r"\bworking student\b"), "werkstudent"),
    (re.compile(r"\bmid level\b"), "mid"),
    (re.compile(r"\bsenior level\b"), "senior"),
    (re.compile(r"\bc\+\+"), "cpp"),
    (re.compile(r"\bc#"), "csharp"),
    (re.compile(r"\bf#"), "fsharp"),
    (re.compile(r"\bnode ?js\b"), "node"),
    (re.compile(r"\breact ?js\b"), "react"),
    (re.compile(r"\bvue ?js\b"), "vue"),
    (re.compile(r"\bpostgres(?:ql)?\b"), "postgresql"),
    (re.compile(r"\bk8s\b"), "kubernetes"),
    (re.compile(r"\bgo ?lang\b"), "go"),
    (re.compile(r"\be commerce\b"), "ecommerce"),
    (re.compile(r"\bco founder\b"), "cofounder"),
]
_ABBREVIATIONS = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "jnr": "junior",
    "ml": "machine learning",
    "mle": "machine learning engineer",
    "ai": "artificial intelligence",
    "swe": "software engineer",
    "sde": "software engineer",
    "sre": "site reliability engineer",
    "eng": "engineer",
    "engr": "engineer",
    "mgr": "manager",
    "mngr": "manager",
    "mgmt": "management",
    "dev": "developer",
    "devs": "developers",
    "nlp": "natural language processing",
    "cv": "computer vision",
    "llm": "large language model",
    "llms": "large language models",
    "tpm": "technical program manager",
    "ux": "user experience",
    "ui": "user interface",
    "qa": "quality assurance",
    "assoc": "associate",
    "dir": "director",
    "tech": "technical",
    "intl": "international",
    "ops": "operations",
    "admin": "administrator",
    "exec": "executive",
    "rep": "representative",
    "acct": "account",
    "svp": "senior vp",
    "evp": "executive vp",
    "avp": "assistant vp",
    "internship": "intern",
    "leader": "lead",
    "praktikant": "intern",
    "praktikum": "intern",
    "stagiaire": "intern",
    "&": "and",
    "+": "and",
    "i": "1",
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "v": "5",
    "l1": "1",
    "l2": "2",
    "l3": "3",
    "l4": "4",
    "l5": "5",
}
# Tokens before any abbreviation is expanded that mark the start of a workplace prefix.
_WORKPLACE_TOKENS = frozenset({"remote", "hybrid", "onsite", "office", "wfh"})


@dataclass(frozen=True, slots=True)
class _TitleParts:
    """A title key with what the title said about place and workplace."""

    key: str
    places: tuple[str, ...]
    workplace: str | None


# Two-letter country codes that a job title means as its subject: "Engineer, AI" is an AI
# engineer, not one in Anguilla (ML Mali, IT Italy, CV Cape Verde, AR Argentina, ...).
_SUBJECT_CODES = frozenset(
    {"ai", "ml", "it", "hr", "pr", "bi", "cv", "ar", "vr", "id", "ir", "is", "tv", "ad", "ps", "sa"}
)


def _is_place_segment(segment: str) -> tuple[bool, list[str], str | None]:
    """Whether a title segment only names places/workplace; the places and workplace found."""
    norm = norm_place(segment)
    if not norm:
        return True, [], None
    workplace = None
    if "hybrid" in norm:
        workplace = "hybrid"
    elif re.search(r"\bremote\b|\bwfh\b|work from home", norm):
        workplace = "remote"
    elif re.search(r"\bon ?site\b|\bin office\b", norm):
        workplace = "onsite"
    places = _places()
    found: list[str] = []
    # Split "US-Remote" / "Remote - EMEA" / "Berlin or Munich" into parts.
    rest = _WORKPLACE_WORDS.sub("|", norm)
    for raw_part in rest.split("|"):
        part = raw_part.strip()
        if not part:
            continue
        if part in _SUBJECT_CODES:
            return False, [], None
        if (
            part in places.countries
            or part in places.codes
            or part in _REGIONS
            or part in places.us_state_names
            or part in places.cities
        ):
            found.append(part)
            continue
        # "new york ny", "san francisco ca": a city followed by a state code.
        words = part.split()
        if (
            len(words) > 1
            and words[-1] in places.us_states
            and " ".join(words[:-1]) in places.cities
        ):
            found.append(" ".join(words[:-1]))
            continue
        return False, [], None
    return True, found, workplace


def _split_title(title: str) -> _TitleParts:
    """Title key plus the places and workplace removed from its prefix/suffix segments."""
    text = unicodedata.normalize("NFKC", title or "")
    text = GENDER_TAG.sub(" ", text)
    text = GENDER_SUFFIX.sub("", text)
    segments = [s for s in _SEGMENT_SPLIT.split(text) if s and s.strip()]
    places: list[str] = []
    workplace: str | None = None
    # Drop place/workplace segments from the end, then from the start; keep at least one.
    while len(segments) > 1:
        ok, found, wp = _is_place_segment(segments[-1])
        if not ok:
            break
        places.extend(found)
        workplace = workplace or wp
        segments.pop()
    while len(segments) > 1:
        ok, found, wp = _is_place_segment(segments[0])
        if not ok:
            break
        places.extend(found)
        workplace = workplace or wp
        segments.pop(0)
    # "Softwareentwickler in Berlin", "Data Engineer at London office".
    tail = _IN_PLACE.search(segments[-1]) if segments else None
    if tail:
        ok, found, wp = _is_place_segment(tail.group(1))
        if ok and found:
            places.extend(found)
            workplace = workplace or wp
            segments[-1] = segments[-1][: tail.start()]
    folded = fold(" ".join(segments)).replace("&", " and ")
    tokens = _PUNCT_TO_SPACE.sub(" ", folded).split()
    # "Remote Senior Data Engineer": a leading workplace word is a label, not the role.
    while len(tokens) > 1 and tokens[0] in _WORKPLACE_TOKENS:
        workplace = workplace or ("onsite" if tokens[0] == "office" else tokens[0])
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1] in _WORKPLACE_TOKENS:
        workplace = workplace or ("onsite" if tokens[-1] == "office" else tokens[-1])
        tokens.pop()
    joined = " ".join(tokens)
    for pattern, repl in _PHRASES:
        if pattern.search(joined):
            joined = pattern.sub(repl, joined)
    out = [_ABBREVIATIONS.get(t, t) for t in joined.split()]
    return _TitleParts(" ".join(out), tuple(places), workplace)


@lru_cache(maxsize=_TITLE_CACHE_SIZE)
def _split_title_cached(title: str) -> _TitleParts:
    return _split_title(title)


def title_key(title: str) -> str:
    """Canonical title: folded, gender tags and place suffixes dropped, abbreviations expanded."""
    return _split_title(title).key


# --------------------------------------------------------------------------- levels

_LEVEL_WORDS = {
    "intern": "intern",
    "interns": "intern",
    "trainee": "trainee",
    "apprentice": "apprentice",
    "azubi": "apprentice",
    "ausbildung": "apprentice",
    "werkstudent": "student",
    "student": "student",
    "graduate": "graduate",
    "junior": "junior",
    "associate": "associate",
    "mid": "mid",
    "intermediate": "mid",
    "senior": "senior",
    "staff": "staff",
    "principal": "principal",
    "lead": "lead",
    "head": "head",
    "director": "director",
    "vp": "vp",
    "chief": "chief",
    "distinguished": "distinguished",
    "fellow": "fellow",
    "founding": "founding",
    "1": "1",
    "2": "2",
    "3": "3",
    "4": "4",
    "5": "5",
}


def level_signature(title_key: str) -> str:
    """Seniority words of a title key, canonical, de-duplicated and sorted, space-joined."""
    tokens = title_key.split()
    found = {_LEVEL_WORDS[t] for t in tokens if t in _LEVEL_WORDS}
    for prev, tok in itertools.pairwise(tokens):
        if tok in ("manager", "managers") and prev in MANAGER_RANK_AFTER:
            found.add("manager")
    return " ".join(sorted(found))


# --------------------------------------------------------------------------- job keys


# The place readers are memoised: the same few thousand place strings come with every
# posting, and folding and parsing them was most of the cost of a posting's key.
@lru_cache(maxsize=8192)
def _country(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    norm = norm_place(value)
    places = _places()
    return places.codes.get(norm) or places.countries.get(norm)


@lru_cache(maxsize=8192)
def _city(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    norm = norm_place(value)
    norm = _WORKPLACE_WORDS.sub(" ", norm)
    norm = _SPACES.sub(" ", norm).strip()
    if not norm:
        return None
    return _canonical_city(norm)


@lru_cache(maxsize=256)
def _remote(value: str | None) -> str | None:
    """remote|hybrid|onsite as normalisation reads a workplace word (one answer)."""
    if not value:
        return None
    from scraper.normalize.location import workplace

    return workplace(value)


_ALTERNATIVES = re.compile(r"\s*(?:;|\||/|&|\s+or\s+|\s+and\s+|\s+oder\s+|\s+und\s+)\s*", re.I)
_LOCATION_PARTS = re.compile(r"\s*(?:,|[()\[\]]|\s[-–—:]\s)\s*")
# Greenhouse writes "US-Remote" and "US-San Francisco"; others "Remote-US".
_CODE_DASH = re.compile(r"(?<=\b[A-Z]{2})-(?=\w)|(?<=\w)-(?=[A-Z]{2}\b)")
_LOCATION_PREFIX = re.compile(r"^\W*(?:hq|headquarters)\b\W*", re.I)


@lru_cache(maxsize=_CACHE_SIZE)
def _parse_location(text: str) -> tuple[str | None, str | None, str | None]:
    """(country, city, workplace) from free location text; None where unsure."""
    raw = _LOCATION_PREFIX.sub("", text.strip())
    folded = fold(raw)
    workplace = None
    if "hybrid" in folded:
        workplace = "hybrid"
    elif re.search(r"\bremote\b|\banywhere\b|\bworldwide\b|work from home|\bwfh\b", folded):
        workplace = "remote"
    elif re.search(r"\bon-?site\b|\bin office\b", folded):
        workplace = "onsite"
    places = _places()
    countries: set[str] = set()
    cities: set[str] = set()
    for alternative in _ALTERNATIVES.split(raw):
        city: str | None = None
        pieces = [
            piece
            for part in _LOCATION_PARTS.split(alternative)
            for piece in _CODE_DASH.split(part)
            if piece and piece.strip()
        ]
        for piece in pieces:
            norm = _SPACES.sub(" ", _WORKPLACE_WORDS.sub(" ", norm_place(piece))).strip()
            if not norm or norm in _REGIONS:
                continue
            is_code = len(norm) == 2 and piece.strip().isupper()
            if is_code and city is not None and norm in places.us_states:
                # "San Francisco, CA" is California; "Berlin, DE" keeps its city's country.
                own = places.city_country.get(city)
                countries.add(own if own and own.lower() == norm else "US")
                continue
            # "New York" is the state, unless written as the city's nickname it also is.
            if norm in places.us_state_names and norm not in places.alias_names:
                countries.add("US")
                continue
            country = (places.codes.get(norm) if len(norm) == 2 else None) or (
                places.countries.get(norm)
            )
            if country:
                countries.add(country)
                continue
            name = _canonical_city(norm)
            if city is None:
                city = name
            elif name in places.cities:
                # "SF, NYC, SEA": several cities in one list; a region after a city is ignored.
                cities.add(name)
        if city is not None:
            cities.add(city)
    one_city = next(iter(cities)) if len(cities) == 1 else None
    country = next(iter(countries)) if len(countries) == 1 else None
    if one_city is None and not cities and country in _CITY_STATES:
        one_city = _CITY_STATES[country]  # "Singapore" names the city as well as the country
    if country is None and one_city and not countries:
        country = places.city_country.get(one_city)
    return country, one_city, workplace


def job_key(
    company: str,
    title: str,
    *,
    country: str | None = None,
    city: str | None = None,
    location: str | None = None,
    remote: str | None = None,
) -> JobKey:
    """Build the comparable key of one posting from its company, title and location facts."""
    parts = _split_title_cached(title or "")
    cc = _country(country)
    ct = _city(city)
    wp = _remote(remote)
    if location and (cc is None or ct is None or wp is None):
        lc, lcity, lwp = _parse_location(location)
        cc = cc or lc
        ct = ct or lcity
        wp = wp or lwp
    if parts.places and (cc is None or ct is None):
        places = _places()
        title_countries = {places.countries.get(p) or places.codes.get(p) for p in parts.places}
        title_countries.discard(None)
        title_cities = [
            _canonical_city(p)
            for p in parts.places
            if p in places.cities and p not in places.countries and p not in _REGIONS
        ]
        if cc is None and len(title_countries) == 1:
            cc = title_countries.pop()
        if ct is None and len(title_cities) == 1:
            ct = title_cities[0]
    wp = wp or parts.workplace
    if cc is None and ct is not None:
        cc = _places().city_country.get(ct)
    return JobKey(
        company=company_key(company),
        title=parts.key,
        level=level_signature(parts.key),
        country=cc,
        city=ct,
        remote=wp,
    )


def identify(posting: Posting) -> JobKey:
    """The identity of a normalised posting: computed once, where the posting is prepared."""
    return job_key(
        posting.company,
        posting.title,
        country=posting.country,
        city=posting.city,
        location=posting.location,
        remote=posting.remote,
    )


def exact_key(key: JobKey) -> str:
    """A string for an indexed exact lookup: company|title|location part."""
    return "|".join(_exact_parts(key))


def _exact_parts(key: JobKey) -> tuple[str, str, str]:
    """`exact_key` as its three parts: what `Matcher` indexes by (a tuple of strings a
    cached key already holds costs ~70 bytes less per job than the joined string)."""
    if key.remote == "remote":
        loc = f"remote{key.country or ''}"
    elif key.country or key.city:
        loc = f"{key.country or ''}:{key.city or ''}"
    else:
        loc = ""
    # Few distinct places: one string each, not one per job.
    return key.company, key.title, sys.intern(loc)


def locations_compatible(a: JobKey, b: JobKey) -> bool:
    """Whether two postings can be in the same place; unknown parts never conflict.

    Rules: different countries -> no; remote vs hybrid/onsite -> no, and remote vs a posting
    in a named city that does not say remote -> no (an office opening of the same title is
    another job); both with a city and the cities differ -> no, unless both are remote (a
    remote job's "city" is often just the company's HQ). A posting with no place at all is
    compatible with anything: aggregators often drop the city.
    """
    if a.country and b.country and a.country != b.country:
        return False
    a_remote, b_remote = a.remote == "remote", b.remote == "remote"
    if a_remote != b_remote:
        other = b if a_remote else a
        if other.remote is not None or other.city is not None:
            return False
    return not (a.city and b.city and a.city != b.city and not (a_remote and b_remote))


# --------------------------------------------------------------------------- same job

# Words whose presence in only one of two titles says nothing about the job.
_NOISE = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "for",
        "in",
        "at",
        "and",
        "with",
        "to",
        "on",
        "team",
        "position",
        "role",
        "job",
        "opening",
        "opportunity",
        "fulltime",
        "permanent",
        "new",
        "urgent",
        "hiring",
        "remote",
        "hybrid",
        "onsite",
        "m",
        "w",
        "f",
        "d",
        "x",
        "h",
        "we",
        "are",
        "is",
        "our",
        "join",
        "us",
    }
)


def _team_conflict(a: str, b: str) -> bool:
    """Whether a word in one title has no counterpart (same, misspelt or split) in the other."""
    ta, tb = a.split(), b.split()
    sa, sb = set(ta), set(tb)
    only_a = [t for t in sa - sb if t not in _NOISE]
    only_b = [t for t in sb - sa if t not in _NOISE]
    return _unmatched(only_a, only_b, tb) or _unmatched(only_b, only_a, ta)


# rapidfuzz is imported where titles are matched, never at import: the normalise workers
# import this module for `job_key` and `canonical_url` only, and rapidfuzz's extensions
# cost each of them 3.4 MB of RSS (the 1M-posting ingest's memory budget is tight).


def _unmatched(words: Iterable[str], others: list[str], other_tokens: list[str]) -> bool:
    from rapidfuzz.distance import Levenshtein

    joined = {x + y for x, y in itertools.pairwise(other_tokens)}
    for word in words:
        if word in joined:  # "frontend" vs "front end"
            continue
        if any(
            Levenshtein.normalized_similarity(word, other) >= TOKEN_SIMILARITY
            and not (word.isdigit() or other.isdigit())
            for other in others
        ):
            continue
        if any(word == x + y for x in others for y in others if x != y):
            continue
        return True
    return False


def _title_close(a: str, b: str) -> bool:
    if a == b:
        return True
    from rapidfuzz import fuzz

    if fuzz.token_sort_ratio(a, b) < TITLE_SCORE_CUTOFF:
        return False
    return not _team_conflict(a, b)


def same_job(a: JobKey, b: JobKey) -> bool:
    """Conservative: same company, level and compatible place, titles equal or fuzzy-close."""
    if a.company != b.company or not a.company:
        return False
    if a.level != b.level:
        return False
    if not locations_compatible(a, b):
        return False
    return _title_close(a.title, b.title)


# --------------------------------------------------------------------------- matcher


@lru_cache(maxsize=_CACHE_SIZE)
def title_block(title_key: str) -> str:
    """Second blocking level: the first three letters of the title's first role word.

    Level and noise words are skipped (the level is already part of the block). Every
    variation the fuzzy stage is meant to bridge keeps the head word's first letters:
    plurals and typos late in a word, abbreviations (expanded before this), gender tags and
    place suffixes (removed before this). What it gives up is a pair whose head words differ
    in the first three letters or come in another order; the exact key still joins equal
    titles, and bench/dedupe/pairs.py loses no positive pair to it.
    """
    for token in title_key.split():
        if token not in _LEVEL_WORDS and token not in _NOISE:
            return token[:_BLOCK_PREFIX]
    return ""


# An exact key as `Matcher` indexes it: (company, title, place part) of `exact_key`.
_Exact = tuple[str, str, str]
# An indexed job: (id, key).
_Entry = tuple[int, JobKey]


class Matcher:
    """Blocked in-memory index: exact key first, then fuzzy inside (company, level, title) blocks.

    Blocking twice keeps each fuzzy lookup bounded by the number of similar titles, not by
    the company's size; and inside a block the fuzzy scorer runs over *distinct* titles
    (a big employer lists "Software Engineer" hundreds of times, in many cities), so a
    lookup costs the block's vocabulary, which stops growing long before the company does.
    """

    __slots__ = ("_blocks", "_count", "_exact", "_last")

    def __init__(self) -> None:
        """An empty index."""
        self._count = 0
        # The usual call pattern is match(key), then add(key) on a miss: keep the last key's
        # lookup strings so add does not build them again.
        self._last: tuple[JobKey | None, _Exact, tuple[str, str, str]] = (
            None,
            ("", "", ""),
            ("", "", ""),
        )
        # One job's entry alone, or several in id order: most exact keys have one job, and
        # a list for each cost ~90 bytes per cached job.
        self._exact: dict[_Exact, _Entry | list[_Entry]] = {}
        self._blocks: dict[tuple[str, str, str], _Block] = {}

    def __len__(self) -> int:
        """Number of keys added."""
        return self._count

    def add(self, job_id: int, key: JobKey) -> None:
        """Index one job under its exact key and its (company, level, title) block."""
        self._count += 1
        exact, block_key = self._lookup(key)
        entry = (job_id, key)  # one tuple in both indexes
        found = self._exact.get(exact)
        if found is None:
            self._exact[exact] = entry
        elif isinstance(found, tuple):
            self._exact[exact] = both = [found]
            _insort(both, entry)
        else:
            _insort(found, entry)
        block = self._blocks.get(block_key)
        if block is None:
            block = self._blocks[block_key] = _Block()
        block.add(entry)

    def discard(self, job_id: int, key: JobKey) -> None:
        """Forget a job indexed under `key` (its key changed or it stopped being a candidate)."""
        exact, block_key = _exact_parts(key), (key.company, key.level, title_block(key.title))
        found = self._exact.get(exact)
        if isinstance(found, tuple):
            if found[0] == job_id:
                del self._exact[exact]
                self._count -= 1
        elif found is not None and _remove(found, job_id):
            self._count -= 1
        block = self._blocks.get(block_key)
        if block is not None:
            block.discard(job_id, key.title)

    def _lookup(self, key: JobKey) -> tuple[_Exact, tuple[str, str, str]]:
        """The exact key and the block of `key`, reused when it is the key just looked up."""
        last, exact, block = self._last
        if last is not key:
            exact = _exact_parts(key)
            block = (key.company, key.level, title_block(key.title))
            self._last = (key, exact, block)
        return exact, block

    def match(self, key: JobKey) -> int | None:
        """Id of an indexed job that `same_job` accepts, the closest title first; else None."""
        if not key.company:
            return None
        exact, block_key = self._lookup(key)
        found = self._exact.get(exact)
        if found is not None:
            for job_id, other in (found,) if isinstance(found, tuple) else found:
                if same_job(key, other):
                    return job_id
        block = self._blocks.get(block_key)
        if block is None:
            return None
        from rapidfuzz import fuzz, process

        # The closest few distinct titles, exact matches included; of each, the oldest jobs
        # first, until one is compatible (same title, other cities: several jobs).
        hits = process.extract(
            key.title,
            block.titles,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=TITLE_SCORE_CUTOFF,
            limit=_MAX_CANDIDATES,
        )
        # Equally close titles go oldest job first, so the answer does not depend on the
        # order titles entered the block (nor on titles whose jobs were all discarded).
        entries = block.entries
        hits.sort(key=lambda h: (-h[1], entries[h[2]][0][0] if entries[h[2]] else _NO_ID))
        for _title, _score, index in hits:
            for job_id, other in entries[index][:_MAX_PER_TITLE]:
                if same_job(key, other):
                    return job_id
        return None


class _Block:
    """One (company, level, title block): its distinct titles and, per title, its jobs."""

    __slots__ = ("entries", "index", "titles")

    def __init__(self) -> None:
        self.titles: list[str] = []
        # Position of each title, once there are more than a few (most blocks have one or
        # two titles: a dict each cost ~230 bytes, a scan of a short list nothing).
        self.index: dict[str, int] | None = None
        # Per title (parallel to `titles`): (id, key) in id order, so ties between equally
        # close jobs go to the oldest one however the index was built.
        self.entries: list[list[_Entry]] = []

    def _at(self, title: str) -> int | None:
        if self.index is not None:
            return self.index.get(title)
        try:
            return self.titles.index(title)
        except ValueError:
            return None

    def add(self, entry: _Entry) -> None:
        title = entry[1].title
        at = self._at(title)
        if at is None:
            if self.index is not None:
                self.index[title] = len(self.titles)
            elif len(self.titles) >= _SCANNED_TITLES:
                self.index = {t: i for i, t in enumerate(self.titles)}
                self.index[title] = len(self.titles)
            self.titles.append(title)
            self.entries.append([entry])
        else:
            _insort(self.entries[at], entry)

    def discard(self, job_id: int, title: str) -> None:
        at = self._at(title)
        if at is not None:
            # An emptied title stays in `titles` (its list is empty): cheaper than
            # re-indexing, and a title that was used once is likely to come back.
            _remove(self.entries[at], job_id)


def _insort(entries: list[_Entry], entry: _Entry) -> None:
    """Add (job_id, key) keeping `entries` in id order (nearly always an append)."""
    if entries and entries[-1][0] > entry[0]:
        entries.insert(bisect.bisect(entries, entry[0], key=_entry_id), entry)
    else:
        entries.append(entry)


def _remove(entries: list[tuple[int, JobKey]], job_id: int) -> bool:
    """Remove the entry of `job_id` from an id-ordered list; whether it was there."""
    at = bisect.bisect_left(entries, job_id, key=_entry_id)
    if at < len(entries) and entries[at][0] == job_id:
        del entries[at]
        return True
    return False


def _entry_id(entry: tuple[int, JobKey]) -> int:
    return entry[0]


# Sorts after every job id: a title whose jobs were all discarded.
_NO_ID = 1 << 62
# Distinct titles checked per fuzzy lookup, and jobs checked per title (oldest first):
# one company lists a title in many cities, and the exact key already found the job in
# the same place, so past the first few a title's other jobs are other openings.
_MAX_CANDIDATES = 25
_MAX_PER_TITLE = 25
# Letters of the head word that name a title block: long enough to split disciplines
# ("sof"tware, "dat"a, "mac"hine), short enough that typos later in the word stay inside.
_BLOCK_PREFIX = 3
# Titles of a block found by scanning its list; past this many, through a dict.
_SCANNED_TITLES = 8
