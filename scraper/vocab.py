"""One vocabulary: what a place name, an area, a gender tag is, written once.

Normalisation (`scraper.normalize`), classification (`scraper.classify`) and identity
(`scraper.dedupe`) all read these tables and functions; none keeps a copy of its own, so
they cannot answer the same question differently. Each reader may index the tables in its
own key form (location: lower case with punctuation; identity: words only), derived here
with `fold` and `norm_place`. Data only: no gazetteer is loaded by importing this module.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "AREAS",
    "CITY_ALIASES",
    "COUNTRY_ALIASES",
    "GENDER_SUFFIX",
    "GENDER_TAG",
    "MANAGER_RANK_AFTER",
    "US_AREAS",
    "fold",
    "norm_place",
]

_NON_WORD = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-folded with accents removed ("Ingénieur" -> "ingenieur", "ß" -> "ss"); other
    scripts kept as they are."""
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def norm_place(text: str) -> str:
    """A place name as words only: folded, punctuation to spaces ('U.S.' -> 'u s')."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", fold(text))).strip()


# -- gender tags ---------------------------------------------------------------------------

# Gender tags that German, Austrian, Swiss and French postings must carry, in brackets,
# "(m/w/d)", "(f/m/x)", "(w/m/div)", "(all genders)", "(gn*)", "(H/F)", or bare, "m/f/d".
# One letter alone in brackets counts only for the gender letters (never "(I)", a grade).
# Dutch postings write "v" (vrouw) among them, "(m/v)", "V/M", "m/v/x", never alone (a
# bare "(V)" is the grade V).
GENDER_TAG = re.compile(
    r"[(\[]\s*(?:all genders?|alle geschlechter|gn\*?|genderneutral|div|divers|diverse"
    r"|[mwfdxh](?:\s*[/|,.*\s]\s*(?:[mwfdxhv]|div|divers|diverse|inter|nb))*"
    r"|v(?:\s*[/|,.*\s]\s*(?:[mwfdxhv]|div|divers|diverse|inter|nb))+)\s*[)\]]"
    r"|(?<![\w/])[mwfhv]\s*/\s*[mwfdxhv](?:\s*/\s*(?:[mwfdxhv]|div|divers))*(?![\w/])",
    re.I,
)
# LinkedIn's job cards end a verified employer's title with hidden badge text, "with
# verification", and scrapes keep it (a seventh of the market_l corpus): no word of the
# job ("IT Consultant with verification" is no verification engineer).
BADGE_SUFFIX = re.compile(r"\s+with verification\s*$", re.I)


def without_badge(text: str) -> str:
    """`text` without a trailing badge text (`BADGE_SUFFIX`); most titles skip the regex."""
    if text.endswith(("verification", "Verification", "VERIFICATION")):
        return BADGE_SUFFIX.sub("", text)
    return text


# Gendered word endings: "Entwickler*in", "Entwickler:in", "Berater/-innen", "EntwicklerIn".
GENDER_SUFFIX = re.compile(r"(?<=[a-zäöüß])(?:[*:_/]|/-)\s?in(?:nen)?\b|(?<=[a-zäöüß])In(?:nen)?\b")


# -- ranks ----------------------------------------------------------------------------------

# "Engineering Manager" is a rung on the engineering ladder: a different job from the
# engineer's. For identity's level signature, "manager" is a rank only right after a word
# that also names an individual-contributor discipline ("Data Science Manager" is not the
# same job as "Data Scientist"; "Sales Manager" has no "Sales" IC title to confuse it
# with). Classification decides its levels with the taxonomy's phrases instead: there
# "Sales Manager" leads a team (lead) while "Product Manager" names a job (no level).
MANAGER_RANK_AFTER = frozenset(
    {
        "engineering",
        "engineer",
        "software",
        "development",
        "developer",
        "research",
        "science",
        "scientist",
        "data",
        "analytics",
        "design",
        "team",
        "technical",
        "learning",
        "infrastructure",
        "platform",
        "security",
        "qa",
        "assurance",
    }
)


# -- places --------------------------------------------------------------------------------

# Country names and abbreviations people write that ISO 3166 (with its translations)
# does not list, to their ISO code.
COUNTRY_ALIASES: dict[str, str] = {
    # Arabic short names job boards use (Bayt); pycountry's Arabic catalogue has only the
    # long UAE name and no Türkiye.
    "الإمارات": "AE",
    "الامارات": "AE",
    "تركيا": "TR",
    # Hebrew short names (Israeli boards): pycountry's Hebrew catalogue has the long forms
    # only ("ארצות הברית", "הממלכה המאוחדת", "הפדרציה הרוסית").
    'ארה"ב': "US",
    "ארה״ב": "US",
    "בריטניה": "GB",
    "אנגליה": "GB",
    "רוסיה": "RU",
    "שוויץ": "CH",
    "איחוד האמירויות": "AE",
    "uk": "GB",
    "u.k.": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "great britain": "GB",
    "britain": "GB",
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "u.s.a.": "US",
    "united states of america": "US",
    "america": "US",
    "the netherlands": "NL",
    "holland": "NL",
    "south korea": "KR",
    "korea": "KR",
    "russia": "RU",
    "vietnam": "VN",
    "taiwan": "TW",
    "台灣": "TW",
    "臺灣": "TW",
    "香港特别行政区": "HK",
    "香港特別行政區": "HK",
    "czech republic": "CZ",
    "czechia": "CZ",
    "turkey": "TR",
    "türkiye": "TR",
    "iran": "IR",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "syria": "SY",
    "laos": "LA",
    "ivory coast": "CI",
    "uae": "AE",
    "hong kong sar": "HK",
    "macau": "MO",
    "cape verde": "CV",
    "congo brazzaville": "CG",
    "congo-brazzaville": "CG",
    "congo kinshasa": "CD",
    "drc": "CD",
    "ksa": "SA",
    "saudi": "SA",
    "us of a": "US",
    "united states of america (usa)": "US",
    # Names in the country's own language that ISO's translations miss.
    "deutschland": "DE",
    "osterreich": "AT",
    "schweiz": "CH",
    "suisse": "CH",
    "svizzera": "CH",
    "polska": "PL",
    "italia": "IT",
    "espana": "ES",
    "brasil": "BR",
    "nederland": "NL",
    "turkiye": "TR",
    # The long forms Czech and Slovak boards write ("Praha, Česká republika"); ISO's
    # translations have only the short "Česko" and "Slovensko".
    "ceska republika": "CZ",
    "slovenska republika": "SK",
    # "the whole country" in German: Germany-wide, Switzerland-wide, Austria-wide.
    "deutschlandweit": "DE",
    "schweizweit": "CH",
    "osterreichweit": "AT",
}
# Multi-country areas and time zones: an `area`, never a country or a city.
AREAS: dict[str, str] = {
    "eu": "EU",
    "europe": "Europe",
    "european union": "EU",
    "emea": "EMEA",
    "apac": "APAC",
    "asia": "Asia",
    "latam": "LATAM",
    "latin america": "LATAM",
    "americas": "Americas",
    "north america": "North America",
    "northern america": "North America",
    "south america": "South America",
    "africa": "Africa",
    "middle east": "Middle East",
    "nordics": "Nordics",
    "dach": "DACH",
    "worldwide": "Worldwide",
    "anywhere": "Worldwide",
    "global": "Worldwide",
    "anywhere in the world": "Worldwide",
    "cet": "CET",
    "est": "EST",
    "pst": "PST",
    "utc": "UTC",
    "gmt": "GMT",
    "apj": "APJ",
    "amer": "Americas",
    "amers": "Americas",
    "oceania": "Oceania",
    "mena": "MENA",
    "benelux": "Benelux",
    "anz": "ANZ",
    "international": "Worldwide",
    "central europe": "Europe",
    "western europe": "Europe",
    "eastern europe": "Europe",
}
# Parts of the United States named as areas: "US West", "East Coast", "Tri-State Area".
US_AREAS: dict[str, str] = {
    key: "US"
    for key in (
        "east coast", "west coast", "us east", "us west", "us east coast", "us west coast",
        "east coast us", "west coast us", "west coast usa", "east coast usa", "midwest",
        "us midwest", "pacific northwest", "new england", "tri-state area", "tri-state",
        "east bay", "south bay", "the south", "southeast us", "southwest us", "us central",
        "us-east", "us-west", "west coast united states", "east coast united states",
        "silicon valley", "dmv", "dmv area", "research triangle", "research triangle park",
        "twin cities", "socal", "norcal", "southern california", "northern california",
        "new york metro",
        # metro regions by their own names ("Hampton Roads" gave the town of Hampton)
        "inland empire", "puget sound", "hampton roads", "front range", "lehigh valley",
        "hudson valley", "upstate new york", "upstate ny", "mid-atlantic", "mid atlantic",
        "us northeast", "northeast us", "us southeast", "us northwest", "us southwest",
        "the midwest", "mountain west",
    )
}  # fmt: skip
# City nicknames and abbreviations the gazetteer does not know: (city, region code,
# country). Other spellings ("Muenchen", "Bombay", "Wien") are GeoNames alternate names.
CITY_ALIASES: dict[str, tuple[str, str | None, str]] = {
    "nyc": ("New York City", "NY", "US"),
    "new york": ("New York City", "NY", "US"),
    "new york city": ("New York City", "NY", "US"),
    "sf": ("San Francisco", "CA", "US"),
    "sfo": ("San Francisco", "CA", "US"),
    "san fran": ("San Francisco", "CA", "US"),
    "san francisco bay area": ("San Francisco", "CA", "US"),
    "sf bay area": ("San Francisco", "CA", "US"),
    "bay area": ("San Francisco", "CA", "US"),
    "la": ("Los Angeles", "CA", "US"),
    "sea": ("Seattle", "WA", "US"),
    "chi": ("Chicago", "IL", "US"),
    "dc": ("Washington", "DC", "US"),
    "washington dc": ("Washington", "DC", "US"),
    "washington, d.c.": ("Washington", "DC", "US"),
    "atx": ("Austin", "TX", "US"),
    "bangalore": ("Bengaluru", None, "IN"),
    "gurgaon": ("Gurugram", None, "IN"),
    "palo alto": ("Palo Alto", "CA", "US"),
    "santa clara": ("Santa Clara", "CA", "US"),
    "cambridge, ma": ("Cambridge", "MA", "US"),
    "tel aviv": ("Tel Aviv", None, "IL"),
    "tel-aviv": ("Tel Aviv", None, "IL"),
    "delhi ncr": ("New Delhi", None, "IN"),
    "ncr": ("New Delhi", None, "IN"),
    "dfw": ("Dallas", "TX", "US"),
    "chicagoland": ("Chicago", "IL", "US"),
    "dallas-fort worth": ("Dallas", "TX", "US"),
    "dallas fort worth": ("Dallas", "TX", "US"),
    "philly": ("Philadelphia", "PA", "US"),
    "nola": ("New Orleans", "LA", "US"),
    "caba": ("Buenos Aires", None, "AR"),  # Ciudad Autónoma de Buenos Aires
    "ciudad autonoma de buenos aires": ("Buenos Aires", None, "AR"),
    "capital federal": ("Buenos Aires", None, "AR"),  # Bumeran, Zonajobs: the city itself
    "hcmc": ("Ho Chi Minh City", None, "VN"),
    "jhb": ("Johannesburg", None, "ZA"),  # South African boards' "JHB - Central, Gauteng"
    # Metro Manila's business districts, which Philippine boards and employers write for
    # the place ("BGC", "Uptown, BGC", "Ortigas Center"): each lies in one city, and no
    # place of 1,000+ people elsewhere has the name (a test keeps it so).
    **dict.fromkeys(
        (
            "bgc",
            "bonifacio global city",
            "fort bonifacio",
            "mckinley hill",
            "mckinley west",
            "arca south",
        ),
        ("Taguig", None, "PH"),
    ),
    **dict.fromkeys(
        ("makati cbd", "rockwell center", "legazpi village", "salcedo village"),
        ("Makati City", None, "PH"),
    ),
    **dict.fromkeys(("ortigas", "ortigas center", "ortigas cbd"), ("Pasig City", None, "PH")),
    **dict.fromkeys(
        (
            "eastwood city",
            "up technohub",
            "araneta city",
            "araneta center",
            "cubao",
            "vertis north",
        ),
        ("Quezon City", None, "PH"),
    ),
    **dict.fromkeys(
        ("alabang", "filinvest city", "madrigal business park", "northgate cyberzone"),
        ("Muntinlupa", None, "PH"),
    ),
    **dict.fromkeys(("cebu it park", "cebu business park"), ("Cebu City", None, "PH")),
    "上海": ("Shanghai", None, "CN"),
    "北京": ("Beijing", None, "CN"),
    "杭州": ("Hangzhou", None, "CN"),
    "深圳": ("Shenzhen", None, "CN"),
    "广州": ("Guangzhou", None, "CN"),
    "成都": ("Chengdu", None, "CN"),
    "南京": ("Nanjing", None, "CN"),
    "武汉": ("Wuhan", None, "CN"),
    "西安": ("Xi'an", None, "CN"),
    "苏州": ("Suzhou", None, "CN"),
    "東京": ("Tokyo", None, "JP"),
    "서울": ("Seoul", None, "KR"),
}
