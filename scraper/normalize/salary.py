"""Salary bands from structured fields and free text, annualised and converted to USD.

Rules (the ones analysts ask about):

- Text: markup, entities and mojibake are taken out first (`$139,200</span><span>&mdash;`,
  `â€“`, and Greenhouse's entity-encoded `&lt;span&gt;$81,900&lt;/span&gt;`), so a range
  split by them is still one range.
- Numbers: `k`/`K` (thousand), `M`/`Mio`/`million`, `L`/`lakh`, `Cr`/`crore`, `万`/`만`,
  `억`, Russian `т.р.`/`тр`/`тысяч`/`к` and `млн`/`М`, Spanish `millones`, `mil`;
  thousands separators in English (`120,000`), German (`60.000`), French (`60 000`) and
  Swiss (`120'000`) style; a comma or dot followed by one or two digits is a decimal
  mark. In CJK text `w` is 万 and a 万 figure with its lower digits is one number
  (`月給28万8` = 288,000, `25万5000円`, `23万6,800円`); 만/万 written once after a range counted
  in thousands applies to both ends (`연봉 4,000~5,500만원`). Ranges: dashes, `~`, `_`,
  `to`, `bis`, `đến`, `between X and Y`, `至`, `do`, Arabic `الى` and `بين X وY` (going
  up), a period after each end (`$90,000.00/yr - $120,000.00/yr`); a first end without
  its thousands (`$140 - $160000 per annum`) takes them from the second; two figures
  with the same sign and only spaces between (`£30,000 £45,000`, a dash lost with
  markup) when the second is above the first and within 3x; pay that grows within the
  job ("rising to", "Increase to $24.23 after probation", "a pay raise to"); an ISO code
  written again before the second end's sign (`CAD $78,000 - CAD $115,000`); a pay
  scale's `(minimum) - (midpoint) - (maximum)` runs from the first to the last.
- Open ends give one bound: `up to`, `bis zu`, `hasta`, `até`, `jusqu'à`, `do`, `max`,
  `đến`, Arabic `يصل الى`, `حتى` a maximum; `from`, `ab`, `a partir de`, `desde`, `od`,
  `từ`, `starting at`, Arabic `يبدأ من` and `فأكثر` after the figure, a trailing `+`
  (also after the period, `$26/hr+`) or a dash with nothing after it (`NT$ 60,000 -
  (月薪)`) a minimum; after the figure `以上`, `起`, `이상` and a wave dash (`年収500万円～`) a
  minimum, `以下`, `이하` a maximum; a lone figure named as the (collective-agreement)
  minimum (`Mindestgehalt`, "minimum salary") or where pay "starts at" / "startet bei"
  is a minimum; Dutch `tot` and `maximaal` a maximum; an approximation mark after the
  word changes nothing ("up to ~ $750k").
- Currency: a symbol (`$`, `US$`, `C$`, `€`, `£`, `₹`, `¥`, `元`, `Kč`, `zł`, `Ft`, `lei`,
  `TL`, `руб.`, `грн`, `лв`, `원`, `RM`, `Rp`, `R$`, `S$`, `HK$`, `AR$`, `E£`, `GH₵`, `₸`,
  `৳`, Arabic `درهم`, `جنيه`, `دينار`, `ريال`, `دولار`, ...) or any ISO 4217 code
  (pycountry's list; `usd`, `eur`, `gbp`, `chf` also in lower case). Signs written in
  letters are whole, case-sensitive words ("Kč" is not a thousands "K", "ft" is feet).
  An ISO code written with the figure wins over a sign (`$120,000 AUD` is AUD). Shared
  signs follow the job's country (`$` in Toronto is CAD, `kr` in Oslo NOK, `元` in Taipei
  TWD, `دينار` in Kuwait KWD; `kr`, `دينار`, `ريال` and `ليرة` with no country are no
  currency), but a `$` figure too small for the Colombian
  or Chilean peso ("up to $1,500 per month") is USD; without one a bare `$` is USD and `¥` is
  CNY in Chinese text, else JPY. A salary field without any currency takes the job's
  country's currency; a number without a currency is never taken from a title or
  description. A bare range under 1,000 with no currency, no period and no pay word ("team
  van 10-15", "31-12-2026", a header's "| 172-195") is no pay, as a lone bare number is not.
- Not pay: identifiers ("Job requisition id R67860"; a sign glued to the next digits, "2008
  R2", is that figure's, not the one's before), years (`EBA 2018`), `401(k)`,
  commission-only and piece-rate pay, a bonus or a benefit named before a lone figure
  (`Prime de 5 000 €`, "meal vouchers (CZK 110 per day)") or before a range in its
  sentence ("expense account ... from $300 to $700"),
  billions (`$700B in annual revenue`), a bare count beside money that is no pay ("8,000+
  apps ... $1.4 billion"), money near funding or benefit words in a description. A stipend
  named with its pay period ("a monthly stipend of R7,000", "KES 30,000 monthly stipend")
  is an intern's pay; one named by its purpose ("home office stipend") a benefit. A bare
  count after money is no top of its band ("vanaf € 20 en 25 vakantiedagen").
  A stated range beats an earlier lone figure ("package valued at $72,969 ... salary
  ($59,636 - $65,827)").
- Period: stated words in many languages ("per hour", "/hr", "p/hr", "PA", "p.a.",
  "/ mies.", "/ godz.", "/hod", "per år", "semanal", "לחודש", "شهريا", "saatlik", "月薪",
  "年薪", "K·14薪" = monthly, "연봉", ...); a stated month worth under 5 USD ("$ 10, 0 0 0
  MENSUALES") is no salary; a schedule ("3 days/week", "8 hours per day") is none, and 年
  is one only in pay words (年薪, 年包, 总包, "/年"; not "2年", "今年", "年假"). A period
  outside these five (bi-weekly, fortnightly, semi-monthly) leaves the band with none, and
  no period said elsewhere is taken for it; a period written at the figure still counts.
  With no stated period, an amount worth >= 20,000 USD (5,000 USD when written with `k`
  or `M`) is taken as yearly, lakh and crore always are; anything smaller keeps
  `period=None` (a bare "$45" could be hourly, daily or a typo, so nothing is
  annualised), but a small figure with a stated hourly period is pay ("25 per hour"). A
  "K" figure in yuan below 100K with no period is monthly (Chinese boards). A structured
  field's "year" worth < 300 USD is hourly pay shown as yearly (a known peer bug) and
  becomes "hour"; 300-2,000 USD becomes "month" (not for lakh/crore figures, always
  yearly). Text that states such a year ("CHF 62 - 78 /year") gives no band: an hour's or
  a month's pay mislabelled, or a year's with its thousands dropped, cannot be told apart.
- Placeholders (`0`, `1`, `£1—£2`: below 5 with no real top) are dropped; inverted ranges
  are swapped; equity, OTE, commission and bonus are noted in `notes`, never added.
- Annualised: 2,080 hours, 260 days, 52 weeks, 12 months. USD figures use the dated static
  table in fx_rates.toml (ECB reference rates); currencies missing there get no USD figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import pycountry

# The rate table has its own module (read commands use it without the normalisers).
from scraper.fx import FX_DATE as FX_DATE
from scraper.fx import FX_SOURCE as FX_SOURCE
from scraper.fx import USD_PER_UNIT
from scraper.normalize import gazetteer
from scraper.normalize.text import fix_mojibake, unescape

PERIODS = ("hour", "day", "week", "month", "year")
# Working time per year used to annualise: 40 h x 52 weeks, 5 days x 52 weeks.
ANNUAL_FACTOR: dict[str, float] = {
    "hour": 2080.0,
    "day": 260.0,
    "week": 52.0,
    "month": 12.0,
    "year": 1.0,
}
# Below this a number is a placeholder ("0", "1", "£1—£2"), never pay.
_PLACEHOLDER_BELOW = 5.0
# USD-equivalent thresholds for period inference/correction (see module docstring).
_YEARLY_AT_LEAST_USD = 20_000.0
_YEARLY_ABBREVIATED_USD = 5_000.0
# Polish boards write a month's B2B or gross pay in "k" ("Rate: PLN 22k-28k net", "15k-20k
# PLN brutto"), and so do Hong Kong and Singapore ads ("HKD$40k - $50k", "(Up To $45K)",
# "S$8k - S$10k"): there a "k" figure is a year only from the written-out 20,000 USD on.
_K_MONTH_CURRENCIES = frozenset({"PLN", "HKD", "SGD"})
_HOURLY_AS_YEARLY_BELOW_USD = 300.0
_MONTHLY_AS_YEARLY_BELOW_USD = 2_000.0
# Where even part-time pay for a year is far above it, a stated year under this is a
# month's pay under the year's word ("2 000€ à 2 500€ fixe annuel"): which was meant is
# unknown, so no band. Low-wage markets keep the lower bar above (USD is theirs too). 8,000
# USD (about €7,400) stays under a full year at the lowest euro-area minimum wage, and takes
# a B2B month under the year's word ("3942-5375 EUR/year (PERMANENT)").
_YEARLY_HIGH_WAGE_AT_LEAST_USD = 8_000.0
_HIGH_WAGE_CURRENCIES = frozenset(
    {"EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "NOK", "SEK", "DKK", "ISK", "SGD", "JPY"}
)
# Beyond these an annualised figure is a misparse (a funding round, a phone number).
_ANNUAL_USD_MAX = 5_000_000.0
# A stated month at or above this is a year's pay typed into the wrong field ("Mensuel de
# 32000 Euros à 50000 Euros"): which one was meant is unknown, so no salary.
_MONTHLY_USD_MAX = 30_000.0
# A stated month worth less than this is no month's pay: digits split by spaces ("$ 10, 0 0 0
# MENSUALES" reads as 10 pesos), a typo or a placeholder ("IDR100.000/Bulan", about 6 USD);
# which figure was meant is unknown. Real monthly wages and stipends, and monthly prices
# ("$15.95/mo"), are above it.
_MONTHLY_USD_MIN = 10.0
# A stated hour at or above this is a day's or a month's pay under the wrong word ("時給90000円",
# about 600 USD an hour): which one was meant is unknown. Real hourly rates (contractors,
# locum doctors) stay under it.
_HOURLY_USD_MAX = 500.0
# A stated day at or above this is a month's pay under the day's word ("14700-16800 PLN/day",
# an aggregator's monthly figures labelled with the offer's own unit): no salary, as above.
_DAILY_USD_MAX = 2_500.0
# A band whose top is about ten times its bottom or more has a digit too many ("Annuel de
# 80000 Euros à 850000 Euros", "£33,686 to £336,686"); real wide bands ("3-25 Lacs PA")
# stay under it.
_SPREAD_MAX = 9.5


@dataclass(frozen=True, slots=True)
class Salary:
    """A pay band: numbers, ISO 4217 currency, period, annualised and USD-annualised figures."""

    min: float | None
    max: float | None
    currency: str | None
    period: str | None
    annual_min: float | None = None
    annual_max: float | None = None
    usd_annual_min: float | None = None
    usd_annual_max: float | None = None
    # "equity", "ote", "commission", "bonus": mentioned with the pay, never added to it.
    notes: tuple[str, ...] = ()


# -- exchange rates ----------------------------------------------------------------------


def to_usd(amount: float | None, currency: str | None) -> float | None:
    """The amount in USD at the static table's rate; None when the currency is not in it."""
    if amount is None or currency is None:
        return None
    rate = USD_PER_UNIT.get(currency)
    return None if rate is None else amount * rate


def annualize(amount: float | None, period: str | None) -> float | None:
    """The yearly equivalent of an amount paid per `period` (2,080 h, 260 d, 52 w, 12 m)."""
    if amount is None or period is None:
        return None
    factor = ANNUAL_FACTOR.get(period)
    return None if factor is None else amount * factor


# -- currencies --------------------------------------------------------------------------

ISO_CURRENCIES: frozenset[str] = frozenset(c.alpha_3 for c in pycountry.currencies)
# ISO codes that are also common English words in capitals ("ALL", "TOP"): not read from
# free text, where they would turn "ALL 3 teams" into Albanian lek.
_CODE_WORDS = frozenset({"ALL", "TOP", "CUP", "SOS", "MAD", "BAM", "PEN", "MOP", "GEL"})

_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "US $": "USD",
    "AU $": "AUD",
    "USD$": "USD",
    "U$S": "USD",
    "C$": "CAD",
    "CAD$": "CAD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "Aus$": "AUD",  # "upto Aus$80hr" (Australian recruiters)
    "NZ$": "NZD",
    "HK$": "HKD",
    "TH฿": "THB",
    "S$": "SGD",
    "SG$": "SGD",
    "R$": "BRL",
    "MX$": "MXN",
    # Latin American and other dollars and pesos written with their country's letters.
    "AR$": "ARS",
    "CL$": "CLP",
    "CO$": "COP",
    "COL$": "COP",
    "$U": "UYU",
    "FJ$": "FJD",
    "N$": "NAD",
    "NT$": "TWD",
    "CI$": "KYD",  # Cayman Islands dollars ("CI$60,000 - CI$80,000 pa")
    "CN¥": "CNY",
    "JP¥": "JPY",
    "RMB": "CNY",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "￡": "GBP",
    "¥": "JPY",
    "￥": "JPY",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "kr.": "SEK",
    "kr": "SEK",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₱": "PHP",
    # "Php50,000-Php60,000" (JobStreet Philippines); case-sensitive below ("php" is code).
    "Php": "PHP",
    "₦": "NGN",
    "E£": "EGP",
    "GH₵": "GHS",
    "₵": "GHS",
    "د.إ": "AED",
    "ر.س": "SAR",
    "₸": "KZT",
    "₾": "GEL",
    "֏": "AMD",
    "₼": "AZN",
    "₮": "MNT",
    "៛": "KHR",
    "₭": "LAK",
    "৳": "BDT",
    "₫": "VND",
    # Vietnamese ads write the dong in letters after the figure: "12.000.000đ", "9.000.000
    # VNĐ/tháng", "20 triệu đồng" (a word of its own: not the "đ" of "đến", "to").
    "đ": "VND",
    "đồng": "VND",
    "VNĐ": "VND",
    "₴": "UAH",
    "฿": "THB",
    "zł": "PLN",
    "Zł": "PLN",
    "zl": "PLN",
    "Kč": "CZK",
    "Ft": "HUF",
    "lei": "RON",
    "Lei": "RON",
    "TL": "TRY",
    "руб.": "RUB",
    "руб": "RUB",
    "рублей": "RUB",
    "Р": "RUB",
    "р.": "RUB",
    # Russian slang for the dollar ("1000 баксов", "5-6 килобаксов": thousands of dollars).
    "баксов": "USD",
    "бакса": "USD",
    "баксы": "USD",
    "грн.": "UAH",
    "грн": "UAH",
    "лв.": "BGN",
    "лв": "BGN",
    # The Serbian dinar ("24.500 din", "349 dinara", "120.000 дин."): written after the
    # figure only (Danish and Norwegian "din" is "your"), lower case only ("DIN A4").
    "din.": "RSD",
    "din": "RSD",
    "dinara": "RSD",
    "дин.": "RSD",
    "дин": "RSD",
    # Arabic currency words, written after the figure ("2200 - 2500 درهم", "350 دينار",
    # "5000 جنيه مصري", "2500 ريال سعودي"). The dinar, the riyal and the lira name several
    # currencies: the job's country decides, and without one the bare word is no currency
    # (as "kr"); the dirham and the pound are the UAE's and Egypt's unless the country says
    # otherwise (Morocco's dirham, Sudan's pound). A country written with the word decides.
    "درهم": "AED",
    "دراهم": "AED",
    "درهم اماراتي": "AED",
    "درهم إماراتي": "AED",
    "درهم مغربي": "MAD",
    "جنيه": "EGP",
    "جنيها": "EGP",
    "جنيه مصري": "EGP",
    "جنيه سوداني": "SDG",
    "جنيه استرليني": "GBP",
    "جنيه إسترليني": "GBP",
    "ج.م": "EGP",
    "دينار": "JOD",
    "دنانير": "JOD",
    "دينار اردني": "JOD",
    "دينار أردني": "JOD",
    "دينار كويتي": "KWD",
    "دينار بحريني": "BHD",
    "دينار عراقي": "IQD",
    "دينار تونسي": "TND",
    "دينار جزائري": "DZD",
    "دينار ليبي": "LYD",
    "د.ك": "KWD",
    "ريال": "SAR",
    "ريال سعودي": "SAR",
    "ريال قطري": "QAR",
    "ريال عماني": "OMR",
    "ر.ق": "QAR",
    "ر.ع": "OMR",
    "ليرة": "TRY",
    "ليرة تركية": "TRY",
    "ليرة لبنانية": "LBP",
    "ليرة سورية": "SYP",
    "دولار": "USD",
    "دولار امريكي": "USD",
    "دولار أمريكي": "USD",
    # Belarusian rouble ("от 2 000 Br за месяц", rabota.by); case-sensitive below.
    "Br": "BYN",
    "원": "KRW",
    "RM": "MYR",
    "Rp": "IDR",
    "R": "ZAR",
    "S/": "PEN",
    "S/.": "PEN",
    "₡": "CRC",
    "KSh": "KES",
    "Ksh": "KES",
    "Kshs": "KES",
    "Ksh.": "KES",
    "Kshs.": "KES",
    "KShs.": "KES",
    "NIS": "ILS",
    "人民币": "CNY",
    "yuan": "CNY",
    "yen": "JPY",
    "Fr.": "CHF",
    "SFr": "CHF",
    "KShs": "KES",
    "บาท": "THB",
    "baht": "THB",
    "元": "CNY",
    # Chinese names of other currencies ("5500 — 8000美元", "月薪 3万港币").
    "美元": "USD",
    "美金": "USD",
    "港币": "HKD",
    "港元": "HKD",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
    "澳元": "AUD",
    "加元": "CAD",
    "新币": "SGD",
    "新台币": "TWD",
    "円": "JPY",
    "euros": "EUR",
    "euro": "EUR",
    # Finnish inflections: "3 500–5 000 euroa", "13 euron tuntipalkka".
    "euroa": "EUR",
    "euron": "EUR",
    # Estonian "1350 eurot" (the partitive after a number).
    "eurot": "EUR",
    # Greek "ευρώ", also written without its accent ("2000 ευρω", kariera.gr).
    "ευρώ": "EUR",
    "ευρω": "EUR",
    "Euro": "EUR",
    "EUR": "EUR",
    "USD": "USD",
    "GBP": "GBP",
    "CHF": "CHF",
    # Lower-case codes as aggregators print them ("cny15,000 - cny20,000 per month"); not
    # "php" (the language) or "cad" (drawings), whose capitals are codes already.
    "CNY": "CNY",
    "INR": "INR",
    "AUD": "AUD",
    "NZD": "NZD",
    "SGD": "SGD",
    "HKD": "HKD",
    "MYR": "MYR",
    "JPY": "JPY",
    "dollars": "USD",
    "pounds": "GBP",
}
_WORD_SIGNS = {k.lower(): v for k, v in _SYMBOLS.items() if k.rstrip(".").isalpha()}


_CASED_SIGNS = frozenset(
    {
        "Ft",
        "TL",
        "RM",
        "Rp",
        "R",
        "lei",
        "Lei",
        "zl",
        "KSh",
        "Ksh",
        "Kshs",
        "NIS",
        "Rs",
        "Rs.",
        "Р",
        "р.",
        "Br",
        "Php",
        "din",
        "din.",
    }
)


def _is_letter(ch: str) -> bool:
    # Han and Hangul signs ("円", "元", "원") follow a figure with no space: not word-bounded.
    return ch.isalpha() and ch < "\u3000"


def _signs_pattern() -> str:
    """One alternation of every sign, grouped so each boundary check runs once per group.

    A sign written in letters is a word of its own ("Ft" is not in "Soft", "lei" not in
    "leisure"); some are case-sensitive ("Ft" is forint, "ft" feet). Groups are tried
    longest-first where they share a start: "R$" and "Rs." before "R", "RMB" before "RM".
    """

    def alt(signs: list[str]) -> str:
        return "|".join(re.escape(x) for x in sorted(signs, key=len, reverse=True))

    lead = [x for x in _SYMBOLS if _is_letter(x[0]) and not _is_letter(x[-1])]
    # "S/" (the sol) is no sign before a letter: "Rp 4 juta s/d 6 juta" ("s/d" is "to").
    slashed = [x for x in lead if x.endswith("/")]
    lead = [x for x in lead if x not in slashed]
    words = [x for x in _SYMBOLS if _is_letter(x[0]) and _is_letter(x[-1])]
    plain = [x for x in _SYMBOLS if not _is_letter(x[0])]
    tail = [x for x in plain if _is_letter(x[-1])]
    plain = [x for x in plain if not _is_letter(x[-1])]
    cased = [x for x in words if x in _CASED_SIGNS]
    words = [x for x in words if x not in _CASED_SIGNS]
    # Arabic words ("درهم", "جنيه مصري") have a group of their own, entered only at an Arabic
    # letter: tried with the others, their alternatives would cost every position of a text.
    arabic = [x for x in words if "\u0600" <= x[0] <= "\u06ff"]
    words = [x for x in words if x not in arabic]
    before, after = r"(?<![^\W\d_])", r"(?![^\W\d_])"
    groups = [
        f"{before}(?:{alt(lead)})",
        f"{before}(?:{alt(slashed)}){after}" if slashed else "",
        f"{before}(?:{alt(words)}){after}",
        f"(?=[\u0600-\u06ff]){before}(?:{alt(arabic)}){after}" if arabic else "",
        f"(?-i:{before}(?:{alt(cased)}){after})",
        f"(?:{alt(tail)}){after}" if tail else "",
        f"(?:{alt(plain)})",
    ]
    return "|".join(g for g in groups if g)


_SYMBOL_ALT = _signs_pattern()
# "килобаксов": the dollar's slang run onto its "thousand" (read as the multiplier).
_CUR = rf"(?:{_SYMBOL_ALT}|(?<![A-Za-z])(?-i:[A-Z]{{3}})(?![A-Za-z])|(?<=кило)бакс(?:ов|а|ы)\b)"

_MULTIPLIERS: dict[str, float] = {
    "k": 1e3,
    "thousand": 1e3,
    "tsd": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "mio": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "l": 1e5,
    "lpa": 1e5,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "cr": 1e7,
    # thousand in Polish, Czech, Russian and Indonesian; million in Vietnamese, Indonesian
    "tys": 1e3,
    "tis": 1e3,
    "тыс": 1e3,
    "ribu": 1e3,
    "triệu": 1e6,
    # Vietnamese boards write triệu short: "25-40tr", "upto 50tr/tháng", "15tr-30TR".
    "tr": 1e6,
    "juta": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    # "$700B in annual revenue", "$1.4 billion": business figures, never pay (too large).
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    # "the biggest market in the world ($5T)": a trillion, business money.
    "t": 1e12,
    "trillion": 1e12,
    "trillions": 1e12,
    # Russian job posts: "120т.р." and "100-150 тр" (thousand roubles), "280 тысяч",
    # Cyrillic "к" and "М" ("130-200к руб.", "от 200К до 1М рублей"), "3,4 млн".
    "тысяч": 1e3,
    "тысячи": 1e3,
    "т.р": 1e3,
    "т. р": 1e3,
    "т": 1e3,
    "тр": 1e3,
    "к": 1e3,
    "кило": 1e3,
    "м": 1e6,
    "млн": 1e6,
    # Spanish and Portuguese: "$3 a $3,5 millones", "R$ 5 mil".
    "millones": 1e6,
    "millón": 1e6,
    "millon": 1e6,
    # Portuguese: "R$ 1,5 milhão", "R$9 bilhões" (a business figure: too large for pay).
    "milhão": 1e6,
    "milhões": 1e6,
    "milhao": 1e6,
    "milhoes": 1e6,
    "bilhão": 1e9,
    "bilhões": 1e9,
    "bilhao": 1e9,
    "bilhoes": 1e9,
    "mil": 1e3,
    "万": 1e4,
    "萬": 1e4,
    "千": 1e3,
    "만": 1e4,
    "억": 1e8,
    # Japanese and Chinese hundred million ("年収1.5億円").
    "億": 1e8,
    "亿": 1e8,
}
# Arabic "راتب 3 آلاف درهم" (3 thousand), "5 الاف جنيه", "ألف"; "مليون" (a million): whole
# words, matched by their own branch of `_MULT`.
_ARABIC_MULTIPLIERS: dict[str, float] = {
    "آلاف": 1e3,
    "الاف": 1e3,
    "ألاف": 1e3,
    "ألف": 1e3,
    "الف": 1e3,
    "مليون": 1e6,
    "ملايين": 1e6,
}
_MULTIPLIERS.update(_ARABIC_MULTIPLIERS)
_MULT = (
    r"(?:thousand|trillions?|tsd\.?|tys\.?|tis\.?|тысяч[аи]?|тыс\.?|т\.\s?р\.?|т\.|тр|млн\.?|ribu|triệu|(?-i:tr|TR|Tr)|"
    r"juta|millions?|billions?|bn|millones|mill[oó]n|milh(?:ão|ões|ao|oes)|bilh(?:ão|ões|ao|oes)|mil|mio\.?|mm|mn|lakhs?|lacs?|lpa|crores?|cr|"
    r"[kKmMlLbBкКМ]|(?-i:T))"
    # Not followed by a Latin or Cyrillic letter ("Kč" is koruna); Han may follow ("15k起").
    r"(?![A-Za-z\u00c0-\u024f\u0400-\u04ff])|[万萬千만억億亿]"
    # Arabic thousands and millions, whole words ("3 آلاف درهم"; not "الفريق", the team).
    rf"|(?:{'|'.join(_ARABIC_MULTIPLIERS)})(?![\u0600-\u06ff])"
    # "100-200круб/мес": thousand roubles written as one word.
    r"|[кК](?=руб)"
    # "5-6 килобаксов": thousand dollars written as one word (the sign is read after it).
    r"|кило(?=бакс)"
)
_NUM = (
    # Indian grouping first: "6,00,000", "12,50,000" (lakhs of two-digit groups).
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?(?!\d)"
    r"|\d{1,3}(?:(?:,|\.|[ \u00a0\u202f]|['’])\d{3})+(?:[.,]\d{1,2})?(?!\d)"
    r"|\d+(?:[.,]\d{1,2})?(?!\d)(?!['’¿\ufffd]\d)"
    # "11'72 EUROS": Spanish ads write a decimal apostrophe (two digits after it; three are
    # the Swiss thousands of "120'000").
    r"|\d+['’]\d{2}(?!\d)"
)
# Finnish ads write the euro as "e" before a slashed period: "12e/h", "2500 e/kk" (not "56 e /
# 75-90 min", nor the Portuguese and Italian "e" of "2000 e 3000").
_E_EURO = r"(?-i:e)(?=\s?/\s?[^\W\d_])"
_GLUED_SIGNS = {"e": "EUR"}
_AMOUNT = re.compile(
    # Not inside a figure ("1.500" is not "500"), but right after a sign's dot ("Ksh.50,000").
    rf"(?:(?P<pre>{_CUR})\s?)?(?<!\d)(?<!\d[.,'’¿\ufffd])(?P<num>{_NUM})(?!,\d)(?:\s?\+?\s?(?P<mult>{_MULT}))?"
    # A sign glued to the next digits is that figure's ("2008 R2", "R2/ rel 2"), not the
    # suffix of the figure before.
    rf"(?:\s?(?P<post>{_CUR}|{_E_EURO})(?!(?<=[A-Za-z])\d))?(?!\s?%)",
    re.IGNORECASE,
)
# An amount starts at most this far before its first digit (longest sign, then a space).
_LEAD = max(len(s) for s in _SYMBOLS) + 1
_RANGE_GAP = re.compile(
    # A period written after each end ("$90,000.00/yr - $120,000.00/yr") and mojibake of
    # the dashes ("â€“") stay inside the range, and so does a bracketed note on the first
    # end, words with no figure ("$96,325.60 (minimum) - $156,529.10 (maximum)", "$85,000
    # (entry level qualifications) to $110,000 (highly experienced)"), and "OTE" written
    # after each end ("$120,000 OTE - $160,000 OTE").
    r"(?:\s*/\s*[^\W\d_]{1,5}\.?|\s*/=|\s*\([^\W\d_](?:[^\W\d_]|[ '’,-]){1,39}\)|\s+(?-i:OTE))?"
    r"\s*(?:-{1,2}|–{1,2}|—{1,2}|‒|‐|‑|−|﹣|－|_|â€“|â€”|ΓÇô|ΓÇö|\?|\ufffd|~|〜|～|至|到|to|bis|à|a|au|hasta|and|und|et|y|til|until|"
    # Indonesian and Malay: "Rp 4 juta s/d 6 juta", "sampai (dengan)", "hingga"; Vietnamese
    # "18 đến 25 triệu"; Czech and Slovak "40 000 až 60 000 Kč"; Lithuanian "Nuo 2.128 € iki
    # 5.000 €" (from ... to).
    r"through|do|до|en|tot|až|iki|s/d|s\.d\.?|sampai(?:\s+dengan)?|hingga|sehingga|đến|tới|"
    # Greek "από 900 έως 1.100 ευρώ" (from ... to), "μέχρι".
    r"έως|εως|μέχρι|"
    # "180,000 THB up to 220,000 THB": "up to" between the two ends, also run together as
    # Indian ads write it ("Rs. 18,000 upto 25,000").
    r"up\s*to)"
    # "CAD $78,000 - CAD $115,000": the code written again before the second end's sign.
    r"\s*(?:up to\s*)?(?:(?-i:[A-Z]{3})\s?)?",
    re.IGNORECASE,
)
# Romanian "de la 3.000 la 4.500 lei" (from ... to) and "între 3.000 și 4.500 lei" (between
# ... and): the two ends of a band where the second is a real figure (not French "1 800 € la
# 1re année", the first year).
_RO_RANGE_GAP = re.compile(r"\s+(?:la|și)\s+", re.I)
# Arabic "من 3000 الى 4000 درهم" (from ... to), "حتى" (until) and "بين 2500 و3800 درهم" (between
# ... and, the "و" run onto the top): the ends of a band that goes up ("راتب 2500 درهم و 500
# درهم بدل سكن", pay and an allowance, is no band).
_AR_RANGE_GAP = re.compile(r"\s*(?:ال[ىي]|إل[ىي]|حتى|و)\s*")
# A dash or "to" between money and a count: the two ends of one count ("$5 to 10 people").
_COUNT_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to)\s*", re.I)
# A pay scale's three points: "$96,325.60 (minimum) - $120,407.00 (midpoint) - $156,529.10
# (maximum)"; the band runs from the minimum to the maximum.
_MIDPOINT_GAP = re.compile(r"\s*\(\s*mid(?:-?point)?\s*\)\s*[-–—]\s*", re.I)
# An identifier, not money: "Job requisition id R67860", "Ref: R12345", "#R2041".
_ID_BEFORE = re.compile(
    r"(?:\b(?:id|ref(?:erence)?(?:\s+(?:no|number))?|req(?:uisition)?(?:\s+id)?)\.?\s*[:#]?|#)\s*$",
    re.I,
)
# Portuguese "entre R$2.500,00 até R$3.500,00": "até" (until) joins two ends that both name
# their currency ("até" before one figure is a ceiling; "R$ 1.500 até 3 meses" no range).
_UNTIL_GAP = re.compile(r"\s*até\s*", re.I)
# Kana, or kanji words only Japanese uses for pay (年収 annual income, 月給, 時給, 円).
_JAPANESE = re.compile(r"[\u3040-\u30ff]|年収|月給|時給|円")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")

# -- periods -----------------------------------------------------------------------------

# A schedule is no pay period: "3 days/week", "8 hours per day", "2 shifts a week".
_SCHEDULE = (
    # (The lookahead first: the lookbehinds are tried only where a period word can start.)
    r"(?=[pa/dw])(?<!hours)(?<!hours\s)(?<!hrs)(?<!hrs\s)(?<!shifts)(?<!shifts\s)"
    # Dutch, German and Spanish hours ("40 uur per week", "38 Stunden pro Woche").
    r"(?<!uur)(?<!uur\s)(?<!stunden)(?<!stunden\s)(?<!horas)(?<!horas\s)"
    # Hours abbreviated: "(40h/Woche)", "38,5 h / Woche", "40 Std / Woche", "36 h/week".
    r"(?<!\dh)(?<!\dh\s)(?<!\d\sh)(?<!\d\sh\s)(?<!std)(?<!std\s)(?<!std\.)(?<!std\.\s)"
)


def _no_iberian_schedule(first: str, words: tuple[str, ...]) -> str:
    """`first` not after a Spanish or Portuguese count word: "5 días a la semana" is a schedule."""
    # (The checks come after a first letter: a lookbehind at a branch's start would run at
    # every position of a description.)
    return first + "".join(rf"(?<!{word}\s{first})" for word in words)


# Days, hours, shifts and times a week ("5 días a la semana", "48 horas semanales", "3 turnos
# por semana", "5 dias por semana", "2 vezes por semana") are working time, not a week's pay;
# hours and shifts a day ("8 horas diarias", "8 horas por día") not a day's.
_ES_WEEK_COUNTS = ("d[ií]as", "horas", "veces", "vezes", "turnos", "jornadas")
_ES_DAY_COUNTS = ("horas", "turnos")
# The start of a Greek word: each period's Greek words are one group entered only at a
# Greek letter, as every alternative's start costs a try at every position of a description.
_GREEK_WORD = r"(?=[\u0370-\u03ff])(?<![^\W\d_])"
_PERIOD_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "hour",
        # Indonesian and Malay "per jam", "/jam"; "$56 - $60 p.h." (Australian boards write
        # the abbreviations with dots). Alternatives share their start: each one costs a try
        # at every position of a description.
        # Romanian "pe oră"; a schema.org unitText after an ISO code ("20-25 USD HOUR").
        r"pe(?:r[\s-]+(?:hour|hr|jam)\b|\s+or[aă]\b)|(?-i:HOUR)(?<=[A-Z]{3}\sHOUR)|an\s+hour\b|/\s*(?:hour|hr|h|std|stunde|heure|hora|jam|ώρα|saat|tund)\b|"
        r"\bhourly\b|(?<=\d)hrs?\b|\bp(?:/?h\b|/hr\b|\.\s?h\.?(?![a-z]))|pro\s+stunde|stundenlohn|stündlich|de\s+l'heure|"
        r"par\s+heure|[-–—]\s*heure\s*$|\bhoraire\b|por\s+hora|\bla\s+hora\b(?!\s+de\b)|\bl['’]hora\b|/\s*(?:hod|godz|óra|oră|ora)\b|za\s+hodinu|"
        r"\bp(?:e)?r\.?\s+time\b|/\s*t(?:ime)?\b|per\s+uur|/\s*giờ\b|\bmỗi\s+giờ\b|/\s*uur\b|в\s+час|/\s*час|/\s*ч\b|時給|時間給|时薪|時薪|[/／每]\s*小?时(?!间)|시급|"
        # JobKorea marks a won figure's period in brackets: "13,000원(시)" an hour, "(일)" a
        # day, "(주)" a week, "(연)" a year ("(월)", a month, is the month's 월 below); only
        # right after 원, as "(주)" before a name is a company's mark.
        r"(?<=원)\s?\(\s?시\s?\)|"
        # Swedish and Norwegian: "132,15 kr/timme", "timlön", "timelønn".
        # Norwegian and Danish: "kr 250 pr. time", "kr 200 i timen", "timelønn", "timeløn".
        r"/\s*tim(?:me|men)?\b|p(?:e)?r\.?\s+timme|i\s+tim(?:m?en)\b|\btime?l[öøo]nn?|"
        # Hebrew, Arabic and Turkish ("₪ 45 לשעה", "50 درهم في الساعة", "saatlik"). Turkish and
        # Estonian slashed words are in each period's slash group: "/ saat", "€/tund" an hour,
        # "/ gün" a day, "/ hafta" a week, "/ ay" and "€/kuu" a month, "/ yıl" and "/aasta" a
        # year ("₺45.000 / Ay Net").
        r"לשעה|في\s+الساعة|بالساعة|\bsaatlik\b|"
        # Finnish ("14 €/tunti", "15 € tunnilta", "13 euron tuntipalkka"), Estonian ("10 eurot
        # tunnis", "tunnitasu") and Thai.
        r"/\s*tunti\b|\btunni(?:lta\b|ssa\b|s\b|tasu)|\btuntipalk\w*|รายชั่วโมง|ต่อชั่วโมง|/\s*ชั่วโมง|/\s*ชม\.|ชั่วโมงละ|"
        # Lithuanian "12 €/val." (valanda, an hour), "per valandą", "valandinis atlygis".
        r"/\s*val\b|\bper\s+valand[ąa]\b|\bvalandin(?:is|ė|io|į)\b|"
        # Greek "ωριαία αμοιβή" (hourly pay), "την ώρα", "ανά ώρα", "/ώρα" (above).
        + _GREEK_WORD
        + r"(?:ωριαί(?:ος|α|ο|ες|ως)\b|(?:την|ανά)\s+ώρα\b)",
    ),
    (
        "day",
        rf"{_SCHEDULE}(?:per[\s-]+(?:day|hari)\b|(?-i:DAY)(?<=[A-Z]{{3}}\sDAY)|a\s+day\b|(?<![sS])/\s*(?:day|d|tag|jour|día|hari|ημέρα|gün)\b)"
        r"|\bdaily\b(?!\s+basis)|day\s+rate|\bp(?:/?d\b|\.\s?d\.(?![a-z]))|"
        # Australian recruiters run the day onto the figure or write it "pday": "$1000pd",
        # "$650p/d", "$700-1k pday".
        r"(?<=\d)p/?d\b|\bp\.?\s?day\b|(?<=\d)pday\b|"
        # A man-day, as Czech, Slovak and Polish IT contracts write it: "9.000 – 10.000 CZK /
        # MD", "za MD", "per man-day" (upper case: a Dutch "p/md" is a month).
        r"(?-i:/\s*MD\b|\bza\s+MD\b|\bper\s+MD\b)|\bper\s+man[- ]?day\b|/\s*man[- ]?day\b|"
        r"pro\s+tag|tagessatz|par\s+jour|par\s+journ[ée]e|[àa]\s+la\s+journ[ée]e|[-–—]\s*jour(?:n[ée]e)?\s*$|\btjm\b|"
        + _no_iberian_schedule("p", _ES_DAY_COUNTS)
        + r"or\s+d[ií]a|"
        + _no_iberian_schedule("a", _ES_DAY_COUNTS)
        + r"l\s+d[ií]a|\b"
        + _no_iberian_schedule("d", _ES_DAY_COUNTS)
        + r"iari[oa]s?\b|"
        r"日薪|日給|/\s*天|"
        # Dutch and Scandinavian "per dag", "/dag", "dagtarief"; Italian "al giorno",
        # "/giorno", "tariffa giornaliera".
        r"per\s+dag\b|/\s*dag\b|\bdagtarief|/\s*ngày\b|\bmỗi\s+ngày\b|al\s+giorno\b|/\s*giorno\b|\bgiornalier[aoie]\b|"
        # Romanian "pe zi", "/zi" (a day).
        r"\bpe\s+zi\b|/\s*zi\b|"
        # Korean daily pay "일급" (Albamon's pay type) and "일당" (not the idiom "일당백").
        r"일급|일당(?!백)|"
        # Greek "ημερομίσθιο" (a day's wage), "ανά ημέρα", "/ημέρα" (not "8 ώρες την ημέρα").
        + _GREEK_WORD
        + r"(?:ημερομίσθι\w*|ανά\s+ημέρα\b)|"
        # Arabic "يوميات" (daily wages: "يوميات 140 درهم"), "يومية" ("أجرة يومية"), "باليومية";
        # not the daily of "القيود اليومية" (daily entries) nor "يومين" (two days).
        + r"ליום|"
        r"يومي[اًّ]+|ي(?<![^\W\d_]ي)ومي(?:ات|ة|ه)(?![^\W\d_])|بال(?<![^\W\d_]بال)يومي(?:ات|ة|ه)(?![^\W\d_])|في\s+اليوم|\bgünlük\b|รายวัน|ต่อวัน|/\s*วัน|วันละ|(?<=원)\s?\(\s?일\s?\)|"
        # Russian "сутки" (a day and night: a 24-hour shift's pay, "Сутки – 4500 руб.",
        # "3000 руб/сутки"); not the schedule "сутки через двое" nor "24 часа в сутки".
        r"(?<!часа\sв\s)(?<!часов\sв\s)\bсутк[иа]\b(?!\s*(?:через|/\s*(?:двое|трое)))",
    ),
    (
        "week",
        rf"(?<!days)(?<!days\s){_SCHEDULE}(?:per[\s-]+week\b|(?-i:WEEK)(?<=[A-Z]{{3}}\sWEEK)|a\s+week\b|/\s*(?:week|wk|w|woche|semaine|hafta)\b)"
        r"|\bweekly\b|\bp(?:/?w\b|\.\s?w\.(?![a-z]))|"
        rf"{_SCHEDULE}pro\s+woche|par\s+semaine|(?<!jours\s)(?<!heures\s)[àa]\s+la\s+semaine|[-–—]\s*semaine\s*$|周薪|週給|"
        # Spanish and Portuguese: "$8000 semanal", "$2,500 semanales", "por semana".
        # ("10-15 horas de trabajo semanal" is working time.)
        r"(?<!trabajo\s)\b"
        + _no_iberian_schedule("s", _ES_WEEK_COUNTS)
        + r"emana(?:l|les|is)\b|"
        + _no_iberian_schedule("p", _ES_WEEK_COUNTS)
        + r"or\s+semana|"
        + _no_iberian_schedule("a", _ES_WEEK_COUNTS)
        + r"\s+la\s+semana|"
        r"לשבוע|أسبوعي[اًّ]+|\bhaftalık\b|(?<=원)\s?\(\s?주\s?\)|"
        # Romanian "pe săptămână", "/săptămână" (also written without its diacritics).
        r"\bpe\s+s[ăa]pt[ăa]m[âa]n[ăa]\b|/\s*s[ăa]pt[ăa]m[âa]n[ăa]\b|"
        # Korean weekly pay "주급" (Albamon's pay type; not "주급가능", weekly payment
        # possible, a note beside an hourly or monthly figure).
        r"주급(?!\s?가능)",
    ),
    (
        "month",
        r"pe(?:r[\s-]+month\b|\s+lun[aă]\b)|(?-i:MONTH)(?<=[A-Z]{3}\sMONTH)|a\s+month\b|/\s*(?:month|mo|mth|monat|mois|mes|mês|hó|lun[aă]|mesiac|μήνα|ay|kuu)\b|\bmonthly\b|\bpcm\b|"
        r"p\.\s?m\.|per\s+mensem|pro\s+monat|monatlich|\bmtl\.?|par\s+mois|\bau\s+mois\b(?!\s+d)|[-–—]\s*mois\s*$|\bmensuel(?:le)?\b|"
        r"al\s+mes|por\s+m[eê]s|\bmensual\b|\bmensualidad(?:es)?\b|\bmensal\b|miesięcznie|/\s*mies\b|\bmies\.|/\s*miesi[ąa]c\b|"
        r"měsíčně|/\s*měs|za\s+měsíc|p(?:e)?r\.?\s+m(?:[åa]ned|nd\b)|\bmånadslön|\bmånedsløn|/\s*md\b|/\s*mnd\b|/\s*mån|per\s+månad|(?:i|om)\s+mån[ae]den|"
        r"\bmensuales\b|\bmensais\b|per\s+maand|/\s*maand|/\s*kk\b|kuukaudessa|al\s+mese|"
        r"\bmensil[ei]\b|/\s*mese\b|per\s+bulan|/\s*bulan|sebulan|[вз]а?\s+месяц|/\s*мес|/\s*міс|на\s+місяць|"
        r"\b(?:havonta|havi|lunar|mesa[čc]ne|mesačný|mj?ese[čc]no)\b|aylık|薪[·・]\d{2}|\d{2}薪|월급|(?<!개)월|月|"
        # Korean "첫달" (the first month), "한달" (a month), "매달" (every month); "N개월" is a
        # count of months ("1개월후 협의하여 시급조정함": after a month), no period.
        r"(?:첫|한|매)\s?달|"
        # Arabic "شهريا", "شهري", "شهرية", "الشهري" (monthly: "براتب شهري 2300 درهم", "رواتب شهرية
        # تبدأ من 2500 درهم"), "في الشهر"; not days off a month ("يومين أجازه في الشهر").
        # (The boundary and the days-off checks come after a first letter: a lookbehind at a
        # branch's start would run at every position of a description.)
        r"לחודש|ش(?<![^\W\d_]ش)هري(?:[اًّ]+|ة|ه)?(?![^\W\d_])|ال(?<![^\W\d_]ال)شهري(?:[اًّ]+|ة|ه)?(?![^\W\d_])|"
        r"في(?<!جازه\sفي)(?<!جازة\sفي)(?<!راحة\sفي)(?<!راحه\sفي)(?<!عطلة\sفي)(?<!عطله\sفي)\s+الشهر|"
        # Finnish "kuukausi-" and Estonian "kuupalk", "kuutasu" (a month's pay), "1500 € kuus"
        # (a month; "kuus" alone is also six, so only after the currency).
        r"\bkuu(?:kausi\w*|palk|tasu|s\b(?:(?<=€\skuus)|(?<=eurot\skuus)))|รายเดือน|ต่อเดือน|/\s*เดือน|เงินเดือน|เดือนละ|"
        # German and Dutch compounds ("Bruttomonatsgehalt", "bruto maandsalaris"); "14 mal
        # p.a." counts the monthly payments of an Austrian year, the figure is a month's.
        r"monatsgeh[aä]lt|bruttomonat|monatsbrutto|monatslohn|maandsalaris|maandloon|"
        # Vietnamese "/tháng", "mỗi tháng", "hàng tháng" (a month); "$1,800 x 14 tháng/năm" and
        # "13 tháng lương/năm" count a year's monthly payments, the figure is a month's.
        r"/\s*tháng\b|\b(?:mỗi|hàng|hằng)\s+tháng\b|\b1[2-6]\s*tháng(?:\s+lương)?\s*/\s*năm\b|"
        r"\b1[2-5]\s*-?\s*(?:x|mal|times)\s*(?:p\.\s?a\.?|jährlich|pro\s+jahr|im\s+jahr|a\s+year|per\s+year)|"
        # Spanish, Catalan and Portuguese count the payments too: "985,34€ x 14 pagues",
        # "1.100 € x 14 pagas", "14 salários".
        r"\bx\s*\(?\s*1[2-6]\s*(?:pagas|pagues|pagos|pagamentos|salários)\b|\b1[2-6]\s*(?:pagas|pagues)\b|"
        # Lithuanian "1000-1300 €/mėn." (mėnuo, a month), "per mėnesį", "Mėnesinis atlygis"
        # (monthly pay); not "3 mėnesių" (a count of months).
        r"/\s*mėn\b|\bper\s+mėn(?:esį|\.)|\bmėnesin(?:is|ė|io|į)\b|"
        # Greek "μεικτές μηνιαίες αποδοχές" (gross monthly pay), "μηνιαίως", "μηνιάτικο", "το
        # μήνα", "ανά μήνα"; not "3 μήνες" (a count of months).
        + _GREEK_WORD
        + r"(?:μηνιαί(?:ος|α|ο|ες|ων|ως|ους)\b|μηνιάτικ\w*|(?:το|τον|ανά)\s+μήνα\b)",
    ),
    (
        "year",
        r"pe(?:r[\s-]+(?:year|yr|tahun)\b|\s+an\b)|(?-i:YEAR)(?<=[A-Z]{3}\sYEAR)|a\s+year\b|/\s*(?:year|yr|y|jahr|an|año|ano|tahun|έτος|χρόνο|yıl|aasta)\b|\byearly\b|"
        r"\bannually\b|\bannual\b|\bannum\b|p\.\s?a\.?|(?-i:\bpa\b|\bPA\b)|\blpa\b|pro\s+jahr|"
        r"jährlich|jahresgehalt|par\s+an\b|\bannuel(?:le)?\b|brut\s+annuel|al\s+año|"
        r"por\s+año|\banual(?:es)?\b|rocznie|\bgodi[šs]nje\b|yıllık|לשנה|سنوي[اًّ]+|في\s+السنة|p(?:e)?r\.?\s+år|/\s*år|\bårslønn|\bårslön|årligen|\bp/a\b|"
        r"per\s+jaar|/\s*jaar|\bannui\b|all['’]anno|(?-i:\bRAL\b)|в\s+год|/\s*год\b|на\s+рік|"
        r"/\s*vuosi\b|\bvuodessa\b|\bvuosipalk\w*|ต่อปี|(?<!วัน)/\s*ปี|/\s*năm\b|\b(?:mỗi|hàng|hằng)\s+năm\b|"
        # Lithuanian "Metinis atlyginimas" (yearly pay), "per metus", "/metus".
        r"\bmetin(?:is|ė|io|į)\b|\bper\s+metus\b|/\s*metus\b|"
        # Estonian "aastas" (a year), "aastapalk" (a year's pay).
        r"\baasta(?:s\b|palk)|"
        # Greek "ετήσιες αποδοχές" (yearly pay), "ετησίως", "το χρόνο", "ανά έτος".
        + _GREEK_WORD
        + r"(?:ετήσι(?:ος|α|ο|ες|ων|ους)\b|ετησίως\b|(?:το|τον|ανά)\s+(?:χρόνο|έτος)\b)|"
        r"jahresbrutto|bruttojahres|jaarsalaris|jaarloon|연봉|(?<=원)\s?\(\s?연\s?\)|年薪|年収|年收|年包|年俸|年給|总包|總包|[/／]\s*年|(?<=[万萬元円])年",
    ),
)
_PERIOD_RE = re.compile(
    "|".join(f"(?P<{period}>{pattern})" for period, pattern in _PERIOD_PATTERNS), re.IGNORECASE
)
# A period right after a figure (spaces first).
_PERIOD_AT = re.compile(
    r"\s*(?:" + "|".join(f"(?P<{period}>{pattern})" for period, pattern in _PERIOD_PATTERNS) + ")",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")
_PERIOD_WORDS: dict[str, str] = {
    "hour": "hour",
    "hours": "hour",
    "hourly": "hour",
    "hr": "hour",
    "wage": "hour",
    "day": "day",
    "daily": "day",
    "days": "day",
    "week": "week",
    "weekly": "week",
    "weeks": "week",
    "wk": "week",
    "month": "month",
    "monthly": "month",
    "months": "month",
    "mo": "month",
    "year": "year",
    "yearly": "year",
    "years": "year",
    "annual": "year",
    "annually": "year",
    "annum": "year",
    "yr": "year",
    "pa": "year",
}

_NOTES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("equity", re.compile(r"\b(?:equity|stock options?|RSUs?|shares|ESOP|VSOP)\b", re.I)),
    ("ote", re.compile(r"\bOTE\b|on[- ]target\s+(?:total\s+)?earnings", re.I)),
    ("commission", re.compile(r"\bcommissions?\b", re.I)),
    ("bonus", re.compile(r"\bbonus(?:es)?\b", re.I)),
)
# Words around money in a description that mean it is not pay: funding, business figures
# and benefits ("HRA (up to $10,000 per year)", "$2,000 learning budget").
_NOT_PAY = re.compile(
    r"\b(?:raised|raising|funding|funded|series [a-e]|seed|valuation|valued|revenues?|ARR|turnover|"
    r"cafeteria|vouchers?|meal|billion|"
    r"investors?|investment|budgets?|grants?|stipends?|401\s?\(?k\)?|customers|users|"
    r"assets|AUM|market cap|spend|HRA|HSA|FSA|fertility|coverage|reimburs\w*|allowance|"
    r"wellness|learning|education(?:al)?|tuition|relocation|sign[- ]?on|signing|referral|"
    r"lifetime|gym|home office|equipment|per diem|vi[aá]ticos?|donat\w*|match(?:ing)?|"
    r"refer[- ]a[- ]friend|cash\s+plans?|sleep[- ]?ins?|\w*budgets?|\w*vergoeding|\w*zuschuss|"
    r"(?:spending|expense|savings)\s+accounts?|savings|one[- ]off|one[- ]time|"
    # Business transactions; and benefits: insurance limits, well-being packages, loan
    # repayment, prizes and credits ("Student loan repayment program up to $10k", "Internet
    # credit: VND 5,5million/year"). Their Vietnamese words: an allowance (phụ cấp),
    # insurance (bảo hiểm), welfare (phúc lợi), a health check (khám sức khoẻ), gifts (quà
    # tặng), funding (kinh phí, chu cấp), support (hỗ trợ), a prize (giải nhất/nhì/ba) and a
    # cover limit (hạn mức).
    r"transactions?|insurance|well[- ]?being|student\s+loans?|loan\s+repayment|prizes?|"
    # Health cover paid for the employee ("Healthcare covered (up to $716/ month for
    # individuals", "medical premiums of up to $600/month"); not "Healthcare Assistant".
    r"(?:health\s?care|medical|dental|health)\s+(?:covered|plans?|premiums?)|premiums?\s+covered|"
    r"internet|credits?|"
    # Money given to others, paid for a referred hire, or measuring business done: "over
    # $250,000 contributed to organizations", "earn $7,500 if your referred candidate is
    # hired", "closing deals of $500,000 or more", "complex sales of $500K+", "a $1.2M quota".
    r"contribut(?:ing|ed)|referred|(?:deals?|sales|contracts?)\s+(?:of|worth)|quotas?|"
    # A reward for recommending a candidate, as UK agencies write it ("a reward scheme if you
    # can recommend someone for this position, up to £250 for you"); money given to a
    # charity is no pay either ("an additional £250 to a charity of your choice").
    r"recommend(?:s|ing)?\s+(?:someone|somebody|anyone|a\s+friend|a\s+candidate)|reward\s+scheme|"
    r"charit(?:y|ies|able)|"
    r"phụ\s+cấp|bảo\s+hiểm|phúc\s+lợi|khám\s+sức|quà\s+tặng|kinh\s+phí|chu\s+cấp|hỗ\s+trợ|"
    r"giải\s+(?:nhất|nhì|ba|tư|khuyến\s+khích)|hạn\s+mức|"
    # Turnover and billions in Nordic, German, Dutch, French and Spanish ads ("en omsättning
    # på 6 miljarder kronor"); Nordic allowances end in -bidrag ("friskvårdsbidrag").
    r"omsättning|omsætning|omsetning|umsatz|omzet|chiffre\s+d['’]affaires|facturación|"
    r"miljard\w*|milliard\w*|\w+bidrag|"
    # Nordic supplements paid on top of the pay ("Arktisk tillegg, pt. kr 3 800 per mnd.",
    # "OB-tillägg", "pensionstillæg"): an allowance alone. Estonian allowances, compensations
    # and insurance ("sporditoetus 100 eur/kvartal", "Spordikompensatsioon 90 eurot
    # kvartalis", "ravikindlustus") and turnover ("müügikäive vähemalt 25 000 €", "käibenõude
    # (25 000 €)"), compounds too, share the alternative (each costs a try at every word).
    r"\w*(?:till(?:egg|ägg|æg)|toetus|kompensatsioon|hüvitis|kindlustus|käive|käibe)\w*|"
    # Indian pay scales: the grade pay (AGP) is an allowance added to the band, not the pay
    # ("PB-3 with Grade Pay of Rs. 6000/-").
    r"grade\s+pay|AGP|"
    # A research post's start-up package or funds: money for its lab, not its pay ("a
    # start-up package of at least S$300,000 comprising $100,000 for equipment").
    r"start[- ]up\s+(?:package|funds?|funding|grants?)|"
    # Finnish budgets and fees or bonuses ("koulutusbudjetti", "keikkapalkkio",
    # "tulospalkkio"; not "tuntipalkkio", an hourly fee).
    r"\w*budjet\w*|(?:keikka|tulos|kannustus|suositus|rekrytointi|rekry)?palkkio\w*|"
    # Finnish supplements ("400-500 euron sitouttamislisä", "iltalisä", "vuorolisä"): a
    # compound ending in -lisä is paid on top ("+ lisät", the plain word, is pay's extras).
    r"\w+lisä\w*|"
    # What the employer's staff earn now, told to tempt, is no offer ("Keskimäärin myyjämme
    # tienaavat noin 3 000-5 000 €/kk", "keskivertomyyjämme ansaitsee noin 2200 €", "Vuoden
    # kovin kuukausiansio on ollut 9600 €"): the third person of "earn" and a record month.
    r"tienaavat|ansaitse(?:e|vat)|kovin\s+kuukausiansio\w*|"
    # Brazilian benefits: meal, food, transport, education and birthday vouchers ("Vale
    # Refeição R$ 40,00", "VR/VA R$924,00", "Ticket Flex R$ 34,00 por dia"), expense help
    # and aid ("Ajuda de custo", "auxílio-creche"; not the Spanish "auxilio de transporte"
    # named with a Colombian salary).
    r"vale[- ](?:refei\w*|alimenta\w*|transporte|educa\w*|anivers\w*|cultura|combust\w*|creche|"
    r"academia|presente|compras|mobilidade)|(?-i:V[ART](?:\s*/\s*V[ARTC])+)|"
    r"ticket\s+(?:flex|refei\w*|alimenta\w*|restaurante)|ajuda\s+de\s+custo|auxílio[- ]\w+|"
    # A reward paid in gift cards ("HKD1000 in Apple gift cards for every referred candidate").
    r"gift\s+(?:cards?|vouchers?)|"
    # German vouchers and premiums ("8€ Essensgutschein", "Warengutschein", "Empfehlungsprämie:
    # Jedes Mal 3.000 Euro", "Erfolgsprämien"), and a fee for a hiring test ("compensated for
    # completing the assessment, up to $175").
    r"\w*gutscheine?|\w*prämien?|assessments?|"
    # Money loaded onto a benefit card ("eine Givve-Card (wird monatlich mit 50 € aufgeladen)",
    # "€40 loaded onto your meal card").
    r"aufgeladen|loaded\s+(?:onto|on\s+to|on)|"
    # Czech meal vouchers and allowances, contributions, lunches and benefit budgets
    # ("Stravenkový paušál (100 Kč,-/den)", "příspěvek na stravování 180 Kč denně", "obědy už
    # od 1 Kč", "Benefitní balíček ... v hodnotě 15tis. Kč/rok").
    r"stravenk\w*|stravov\w*|paušál\w*|příspěv\w*|oběd\w*|benefitn\w*|"
    # A candidate's expected pay, asked of applicants, is no offer ("Aspiración salarial
    # mayor a $1.500", "Indicar pretensión salarial", "pretensão salarial").
    r"aspiraci[oó]n(?:es)?\s+salarial(?:es)?|pretensi[oó]n(?:es)?\s+salarial(?:es)?|"
    r"pretens(?:ão|ões)\s+salaria(?:l|is))\b"
    # Allowances in Japanese, Chinese and Korean ads ("資格手当（上限2万円）", "交通补贴").
    r"|手当|津贴|补贴|補助|수당|"
    # Thai allowances: shift, transport, travel, food, cost-of-living, commission.
    r"ค่ากะ|ค่ารถ|ค่าเดินทาง|ค่าอาหาร|ค่าครองชีพ|ค่าคอม|เบี้ยเลี้ยง|"
    # A flexible-benefits allowance, also run onto Thai text ("...พนักงานFlexi Benefit
    # 8,000-15,000 บาท ต่อคน ต่อปี").
    r"(?<![A-Za-z])flexi(?:ble)?\s+benefits?\b",
    re.I,
)
# At most two words (not "plus", "and", "with", "or") and a period between a figure and the
# benefit word: "£25,000 plus relocation allowance" stays pay.
_NOT_PAY_AFTER = re.compile(
    # "$4MM+ annual revenue", "350K+ users": a plus written onto the figure may stand before
    # the words ("$110k + bonus" is pay with a bonus).
    r"\+?\s*(?:\([^)]{0,20}\)\s*)?(?:(?:per|a|an)\s+[a-z]+\s+)?"
    # Nor Portuguese and Spanish "mais", "más", "e", "y", "com", "con" ("R$ 3.000 mais vale
    # transporte" is pay with a benefit).
    # Nor German "und", "oder", "sowie", "zuzüglich", "zzgl." ("mind. € 35.000,- zuzüglich
    # leistungsabhängiger Bonus" is pay with a bonus); a compound shared by two words counts
    # as one ("1.000 € HOFER Reisen- oder Warengutschein").
    r"(?:(?!(?:plus|and|with|or|mais|más|e|y|com|con|und|oder|sowie|zuzüglich|zzgl)\b)[^\W\d_]+\s+){0,2}?"
    r"(?:[^\W\d_]+-\s+(?:oder|und|or|and)\s+)?"
    # Headcounts are no money either, and a bonus named right after a figure is not the
    # salary ("12,000 employees", "a £2,000 bonus"); only right after it ("$90k + bonus" is).
    r"(?:" + _NOT_PAY.pattern + r"|\b(?:employees|staff|people|colleagues|customers|countries|"
    r"offices|bonus(?:es)?|prämie|prime|"
    # Counts in the languages of European ads ("54 000 studenter", "250.000 eventos"), and
    # money paid per head is a referral reward ("£1,000 per person you refer").
    # Plurals only where a tutor or event job is paid per head ("$30 per student").
    r"students|studenter|anställda|medarbetare|mitarbeiter\w*|beschäftigte|empleados|"
    r"clientes|eventos|events|personas|personen|salariés|collaborateurs|kunder|klanten|"
    r"pracowników|person|persons|referrals?|occasions?|"
    # More headcounts: Norwegian and Danish "ca. 1300 ansatte", "70 dyktige medarbeidere",
    # Dutch, German, Italian, Spanish, Portuguese, French and Greek staff, and English
    # "150,000 Leaders", "2,000 team members", "500 workers".
    r"ansatte|medarbeidere|medarbejdere|medewerkers|werknemers|angestellte|dipendenti|"
    r"trabajadores|colaboradores|funcionários|employés|εργαζόμεν\w*|υπαλλήλ\w*|"
    r"workers|associates|leaders|members|"
    # A ticket ("Regular team events€49 ticket", "€58 Deutschlandticket").
    r"\w*tickets?|"
    # Money "toward" a thing is a budget for it ("$2,500 annually toward professional
    # development"), and money earned "in commission" is no base pay.
    r"towards?|in\s+commissions?|"
    # Money paid on a life event ("R$350 em caso de nascimento ou adoção de um filho").
    r"em\s+caso\s+de\s+(?:nascimento|casamento|falecimento|adoção|adocao))\b)",
    re.I,
)
# The words between the two ends of pay that grows: no figure and no sentence end between.
_RISING = re.compile(
    # "$22.93 per hour starting wage. Increase to $24.23 after probation": the next sentence
    # may start with the rising word.
    r"[^.;!?\d]{0,60}?(?:[.!]\s+)?\b(?:(?:rising|increasing|increases?|progressing|oplopend|stijgend)"
    r"\s+(?:to|tot|naar)|(?:pay\s+)?raise\s+to|auf\s+bis\s+zu|"
    # Spanish and Portuguese: "ingresos totales de $500 y puedes ascender hasta $1000 por
    # desempeño", "podendo chegar a R$ 5.000".
    r"(?:ascender|llegar|crecer|subir|aumentar|chegar|crescer)\s+(?:hasta|a|até))\s*",
    re.I,
)
# A band written across a gap from its lowest market (or location, zone, tier) to its
# highest: "ranges from $66,900/year in our lowest geographic market up to $143,100/year in
# our highest".
_LOWEST_UP_TO = re.compile(r"[^.;!?\d]{0,40}?\blowest\b[^.;!?\d]{0,40}?\bup\s+to\s*", re.I)
_HIGHEST = re.compile(r"\bhighest\b", re.I)
# The dot of "ca." (about), "pt."/"p.t." (at present, Norwegian), "approx.", "aprox." or
# "env." before a figure ends no sentence: "Arktisk tillegg, pt. kr 3 800 per mnd." is the
# allowance's figure, "omsetning på … og har ca. 1300 ansatte" the turnover sentence's.
_SENTENCE_END = re.compile(
    r"[.!?](?<!\bca\.)(?<!\bpt\.)(?<!\bp\.t\.)(?<!\bapprox\.)(?<!\baprox\.)(?<!\benv\.)\s"
    r"|\n|•",
    re.I,
)
# Pay periods outside hour, day, week, month and year: every two weeks, twice a month, a
# pay period. A band so paid keeps its figures and no period.
_ODD_PERIOD = re.compile(
    r"\bbi-?\s?weekly\b|\bfortnight(?:ly)?\b|\bsemi-?\s?monthly\b|\bbi-?\s?monthly\b|"
    r"\bevery\s+(?:two|2|other)\s+weeks\b|\btwice\s+(?:a|per)\s+month\b|\bper\s+pay\s+period\b",
    re.I,
)
_PAY_WORDS = re.compile(
    # "comp" as a word ("Comp is 245k base"), not the start of "complete" or "company".
    r"\b(?:salary|salaries|pay|compensation|comp(?![a-z])|base|wage|rate|range|OTE|earn|"
    r"gehalt|vergütung|jahresgehalt|salaire|rémunération|sueldo|salario|sal[aá]rio|salarial|remunera[çc][ãa]o|薪|年収|給与|"
    # Vietnamese "lương" (salary), "thu nhập" (income).
    r"lương|thu\s+nhập)"
    # Korean: pay (급여, 임금), a year's (연봉), a month's (월급), an hour's (시급), a day's (일급,
    # 일당), a week's (주급).
    r"|月給|時給|日給|급여|임금|연봉|월급|시급|일급|일당|주급",
    re.I,
)


# A pay word joined by "&", "and" or Vietnamese "và" to the word right after it.
_PAY_AND = re.compile(r"(?:" + _PAY_WORDS.pattern + r")\s*(?:&|\band\b|\bvà\b)\s*$", re.I)


_CJK_PERIOD_FIELDS = {
    "年": "year", "月": "month", "周": "week", "週": "week", "日": "day", "天": "day",
    "小时": "hour", "時間": "hour",
}  # fmt: skip


def normalize_period(value: str | None) -> str | None:
    """hour|day|week|month|year from API spellings ('per-year-salary', '1 YEAR', 'HOURLY')."""
    if not value or not isinstance(value, str):
        return None
    if value.strip() in _CJK_PERIOD_FIELDS:
        # A period field of one CJK word ("年"); in free text 年 alone is no period.
        return _CJK_PERIOD_FIELDS[value.strip()]
    for word in _WORD.findall(value.lower()):
        found = _PERIOD_WORDS.get(word)
        if found:
            return found
    match = _PERIOD_RE.search(value)
    return match.lastgroup if match else None


def normalize_currency(value: str | None) -> str | None:
    """An ISO 4217 code from a code or symbol ('usd', 'US$', '€'); None if unknown."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    code = text.upper()
    if code in ISO_CURRENCIES:
        return code
    return _SYMBOLS.get(text) or _SYMBOLS.get(code) or _WORD_SIGNS.get(text.lower())


# -- structured --------------------------------------------------------------------------


def structured_salary(
    low: float | str | None,
    high: float | str | None,
    currency: str | None,
    period: str | None,
    *,
    cents: bool = False,
    text: str | None = None,
) -> Salary | None:
    """A band from numeric fields (Greenhouse `min_cents` with cents=True); None if no pay."""
    lo, hi = _number(low), _number(high)
    if cents:
        lo = lo / 100 if lo is not None else None
        hi = hi / 100 if hi is not None else None
    notes = _notes(text) if text else ()
    return finish(lo, hi, normalize_currency(currency), normalize_period(period), notes)


def _number(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        found = _AMOUNT.search(value)
        if not found:
            return None
        parsed = _amount_value(found)
        if parsed is None:
            return None
        number = parsed
    else:
        return None
    return number if number == number and number not in (float("inf"), float("-inf")) else None


def finish(
    lo: float | None,
    hi: float | None,
    currency: str | None,
    period: str | None,
    notes: tuple[str, ...] = (),
    *,
    abbreviated: bool = False,
    yearly_unit: bool = False,
    fix_year: bool = True,
) -> Salary | None:
    """Apply the shared rules (placeholders, swaps, period inference) and fill annual/USD.

    `abbreviated`: the figures were written with "k" or "M" ("₱581K", "$14.4K"): such pay
    is yearly from 5,000 USD on, where a figure written out needs 20,000. `yearly_unit`:
    the figures were written in lakh or crore, which only yearly pay uses, so a small
    stated year ("50,000 - 1.5 Lacs PA") is not re-read as hourly or monthly pay.
    `fix_year`: a structured field's "year" under 2,000 USD is hourly or monthly pay under
    the wrong label (a known peer bug) and is re-read so; text saying so is no band.
    """
    # "$4.00 – $5.00 per hour" is pay; "0", "1" and "£1—£2" alone are placeholders.
    real_top = hi is not None and hi >= _PLACEHOLDER_BELOW
    lo = lo if lo is not None and (lo >= _PLACEHOLDER_BELOW or (real_top and lo >= 1)) else None
    hi = hi if real_top else None
    if lo is None and hi is None:
        return None
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    if lo is not None and hi is not None and hi >= lo * _SPREAD_MAX:
        return None
    top = hi if hi is not None else lo
    usd_top = to_usd(top, currency)
    if usd_top is not None:
        yearly_from = (
            _YEARLY_ABBREVIATED_USD
            if abbreviated and currency not in _K_MONTH_CURRENCIES
            else _YEARLY_AT_LEAST_USD
        )
        if period is None and usd_top >= yearly_from and (top or 0.0) >= 10_000:
            period = "year"
        elif yearly_unit:
            pass
        elif (
            period == "year"
            and not fix_year
            and currency in _HIGH_WAGE_CURRENCIES
            and usd_top < _YEARLY_HIGH_WAGE_AT_LEAST_USD
        ):
            return None
        elif period == "year" and usd_top < _MONTHLY_AS_YEARLY_BELOW_USD and not fix_year:
            # A year stated in text far too small for a year's pay ("CHF 62 - 78 /year",
            # "Annuel de 11,00 Euros", "$38 per year"): an hour's or a month's pay mislabelled,
            # or a year's with its thousands dropped; the reader cannot tell which, so no band.
            return None
        elif period == "year" and usd_top < _HOURLY_AS_YEARLY_BELOW_USD:
            period = "hour"
        elif period == "year" and usd_top < _MONTHLY_AS_YEARLY_BELOW_USD:
            period = "month"
        if period == "month" and not _MONTHLY_USD_MIN <= usd_top < _MONTHLY_USD_MAX:
            return None
        if period == "hour" and usd_top >= _HOURLY_USD_MAX:
            return None
        if period == "day" and usd_top >= _DAILY_USD_MAX:
            return None
    annual_lo, annual_hi = annualize(lo, period), annualize(hi, period)
    usd_lo, usd_hi = to_usd(annual_lo, currency), to_usd(annual_hi, currency)
    if (usd_hi or usd_lo or 0.0) >= _ANNUAL_USD_MAX:
        return None
    return Salary(
        min=lo,
        max=hi,
        currency=currency,
        period=period,
        annual_min=_round(annual_lo),
        annual_max=_round(annual_hi),
        usd_annual_min=_round(usd_lo),
        usd_annual_max=_round(usd_hi),
        notes=notes,
    )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


# -- free text ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Amount:
    value: float
    raw: float
    mult: float | None
    currency: str | None
    start: int
    end: int
    symbol: str | None = None
    code: str | None = None  # an ISO 4217 code written with the figure ("AUD", "PLN")


# The currencies an Arabic word names, in its singular and plural (the country decides).
_DIRHAMS = frozenset({"AED", "MAD"})
_POUNDS = frozenset({"EGP", "SDG", "SSP"})
_DINARS = frozenset({"JOD", "KWD", "BHD", "IQD", "LYD", "TND", "DZD"})
# Signs shared by several currencies: which one is meant depends on where the job is.
# Without a known country "$" is USD, "Rs" INR, "¥" JPY (CNY in Chinese text) and "kr" none.
_SHARED_SIGNS: dict[str, frozenset[str]] = {
    "$": frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "ARS", "CLP", "COP",
                    "TWD"}),
    "Rs": frozenset({"INR", "PKR", "LKR", "NPR"}),
    "Rs.": frozenset({"INR", "PKR", "LKR", "NPR"}),
    "kr": frozenset({"SEK", "NOK", "DKK", "ISK"}),
    "kr.": frozenset({"SEK", "NOK", "DKK", "ISK"}),
    "¥": frozenset({"JPY", "CNY"}),
    "元": frozenset({"CNY", "TWD", "HKD", "MOP"}),
    "￥": frozenset({"JPY", "CNY"}),
    "درهم": _DIRHAMS,
    "دراهم": _DIRHAMS,
    "جنيه": _POUNDS,
    "جنيها": _POUNDS,
    "دينار": _DINARS,
    "دنانير": _DINARS,
    "ريال": frozenset({"SAR", "QAR", "OMR", "YER", "IRR"}),
    "ليرة": frozenset({"TRY", "LBP", "SYP"}),
}  # fmt: skip
# Shared signs with no currency of their own: without a country that uses one, none.
_COUNTRY_ONLY_SIGNS = frozenset({"kr", "kr.", "دينار", "دنانير", "ريال", "ليرة"})


@cache
def _country_currencies() -> dict[str, str]:
    """ISO country -> its currency (GeoNames, data/currencies.tsv)."""
    return gazetteer.currencies()


def currency_for_sign(sign: str, country: str | None) -> str | None:
    """The currency a shared sign ('$', 'Rs', 'kr', '¥') means in `country`, if it is one."""
    options = _SHARED_SIGNS.get(sign)
    if options is None or country is None:
        return None
    local = _country_currencies().get(country.upper())
    return local if local in options else None


_GENDER_MARK = re.compile(r"\(?\b[mwfd]\s?/\s?[mwfd]\s?/\s?[dxmwfi]\b\)?", re.I)


def parse_salary(
    text: str | None,
    *,
    currency: str | None = None,
    period: str | None = None,
    strict: bool = False,
    title: bool = False,
    country: str | None = None,
) -> Salary | None:
    """A band read from prose ('$120k–$150k', '60.000 € p.a.', '$18 - $22/hr', '15-25k/月').

    `currency`/`period` are what the source states elsewhere (used when the text does not
    say); `country` (ISO alpha-2, where the job is) decides shared signs: "$" in Toronto is
    CAD, "Rs" in Karachi PKR, "kr" in Oslo NOK. strict=True is for titles (with
    title=True) and descriptions: a currency symbol or code is required and money near
    funding or benefit words ("raised $20M") is ignored; a title's range counts as pay, a
    description needs a pay word or a stated period.
    """
    if not text or not isinstance(text, str):
        return None
    if not _DIGIT.search(text):
        return None
    if not strict:
        text = _plain(text)  # titles and descriptions come here as clean text already
    if not strict and ("http" in text or "www." in text):
        # "zhipin.com/job_detail/dbcf84101n16..." holds no pay; a description's money needs
        # a currency sign, which links do not have.
        text = _URL.sub(" ", text)
    if "/" in text:
        # "(m/w/d)", "(w/m/d)", "(m/f/x)": German job titles' gender mark, no "/w" week nor
        # "/d" day.
        text = _GENDER_MARK.sub(" ", text)
    if "\\" in text or "-" in text:
        text = _unmark(text)
    if "¢" in text and country is not None and country.upper() == "CR":
        # Costa Rican boards write the colón with the cent sign, before the figure ("¢ 350 a
        # 450 mil", "¢550.000 – ¢630.000"); a cent is written after its figure ("99¢").
        text = _CENT_AS_COLON.sub("₡", text)
    han = not text.isascii() and _HAN.search(text) is not None
    if han:
        text = _cjk_numbers(text)
    if ("emunera" in text or "EMUNERA" in text or "npaid" in text) and _NO_PAY_STATED.search(text):
        # The text says there is no pay: a figure in it is the board's required one ("NO HAY
        # REMUNERACIÓN ($395 es valor que exige poner computrabajo)") or something else.
        return None
    if ("ommission" in text or "OMMISSION" in text) and _COMMISSION_ONLY.search(text):
        return None  # no base pay: "Commission Only, can earn up to 4k a month"
    piece_words = (
        "task" in text
        or "piece" in text
        or "per " in text
        or "計" in text
        or "计" in text
        or "achet" in text
        or "за " in text
        or "par " in text
        or "/" in text
        or "건" in text
    )
    if not strict and piece_words and _PIECE_RATE.search(text):
        # Piece-rate pay in a salary field (a description needs a pay word): per task or
        # piece, per video, sample or model made.
        return None
    if "ourly" in text and "/" in text:
        text = _TWO_KINDS.sub("salary", text)
    default_currency = normalize_currency(currency)
    # In strict mode an amount counts only with a currency at it (or a default one): no
    # whole-text scan for currency marks first, which cost a 3 KB description ~45 us
    # (most have an acronym a code could be) against ~25 us to find its amounts.
    amounts = _amounts(text)
    if not amounts:
        return None
    candidates: list[tuple[_Amount, _Amount | None]] = []
    fallback: tuple[_Amount, _Amount | None] | None = None
    # Money in the text named as no pay: then a bare figure there is no pay either ("22,000
    # rental apartments ... an asset value of $5 billion", "8,000+ apps and $1.4 billion").
    money_not_pay = False
    index = 0
    while index < len(amounts):
        first = amounts[index]
        second = amounts[index + 1] if index + 1 < len(amounts) else None
        if _cut_figure(text, first):
            # ",300–4,900 €" (a scraper's line break inside "3,300"), "0,000.00 - $93,000.00":
            # the bottom's leading digits are lost; the band is unknown and its top alone is no
            # pay, so both ends go.
            joined = second is not None and _RANGE_GAP.fullmatch(text, first.end, second.start)
            index += 2 if joined else 1
            continue
        if (
            first.currency is None
            and first.mult is None
            and _GRID_LABEL.search(text, max(0, first.start - 24), first.start)
        ):
            # "Coefficient de base 770 - 3 026.10€", "indice majoré 390": a pay grid's
            # coefficient or index, no money and no end of a band.
            index += 1
            continue
        pair: _Amount | None = None
        after_next = amounts[index + 2] if index + 2 < len(amounts) else None
        steps = _pay_steps(text, amounts, index)
        if steps:
            # "Rs. 48200/50600/53000/55400/57800/-": a pay scale's yearly steps, the band
            # from the first to the last.
            pair = amounts[index + steps]
            index += steps + 1
        elif (
            second is not None
            and after_next is not None
            and _grade_points(first, second, after_next, text)
        ):
            # "SCP 7 (£26,403) - SCP 9 (£27,254)": two points of a pay spine, each in brackets
            # after its grade; the grade's number between is no figure of the band.
            pair = after_next
            index += 3
        elif (
            second is not None
            and not _label_before_money(first, second)
            # "vanaf € 20 en 25 vakantiedagen": a bare count after money is no top of its band.
            and not (
                first.currency is not None
                and second.currency is None
                and _COUNT_AFTER.match(text, second.end) is not None
            )
            and (
                _RANGE_GAP.fullmatch(text, first.end, second.start)
                or (second.raw >= 10 and _RO_RANGE_GAP.fullmatch(text, first.end, second.start))
                or (
                    second.value > first.value
                    and _AR_RANGE_GAP.fullmatch(text, first.end, second.start) is not None
                )
                or _bare_gap_range(text, first, second)
                or _period_each_end(text, first, second)
                or _rising_to(text, first, second)
                or _labelled_ends(text, first, second)
                or (
                    first.currency is not None
                    and second.currency is not None
                    and _UNTIL_GAP.fullmatch(text, first.end, second.start) is not None
                )
            )
        ):
            pair = second
            index += 2
            third = amounts[index] if index < len(amounts) else None
            if third is not None and _MIDPOINT_GAP.fullmatch(text, second.end, third.start):
                pair = third
                index += 1
        elif (
            second is not None
            and first.currency is not None
            and second.currency is None
            and _COUNT_AFTER.match(text, second.end) is not None
            and _COUNT_RANGE_GAP.fullmatch(text, first.end, second.start) is not None
        ):
            # "$5 to 10 people on the team": money joined as a range to a count is a count
            # too ("vanaf € 20 en 25 vakantiedagen", money and a count, keeps its € 20).
            index += 2
            continue
        else:
            index += 1
        has_currency = (
            first.currency is not None
            or (pair is not None and pair.currency)
            # "20K - 50K，...实习生每日¥400": in Chinese text a "K" or 万 figure is yuan.
            or (han and bool(first.mult or (pair is not None and pair.mult)))
        )
        if not has_currency and _COUNT_AFTER.match(text, (pair or first).end):
            continue  # "between 5 and 10 years of experience", "a 50000 sq ft office"
        if _HOURS_A_WEEK.match(text, (pair or first).end):
            continue  # "full-time (EUR 36 h/week)": hours of work, whatever sign is near
        if pair is not None and _mixed_commas(text, first, pair):
            # "$235,00 to $250,000": a comma of cents at one end and of thousands at the
            # other; a digit was lost and the reader cannot tell which figure was meant.
            continue
        if not has_currency and (_m_dropped(text, first) or (pair and _m_dropped(text, pair))):
            # "Salary from 30M to 50M", "benefits package: 50-60M": an "M" with no money is
            # months or millions of an unwritten currency; the bare 30-50 is neither.
            continue
        if (
            not has_currency
            and pair is not None
            and first.mult is None
            and _YEAR.fullmatch(f"{first.value:g}")
            and _YEAR.fullmatch(f"{pair.value:g}")
        ):
            continue  # "releases from 2024-2026": years, not pay
        if han and not has_currency and _small_bare(text, first, pair):
            continue  # "7-15 个工作日的带薪年假", "3-6 年终奖": days and months, no pay
        if (
            _BONUS_BEFORE.search(text, max(0, first.start - 60), first.start)
            or (
                "ariable" in text
                and _VARIABLE_BEFORE.search(text, max(0, first.start - 40), first.start)
            )
        ) and (pair is None or not _pay_word_before(text, first.start)):
            # "Prime de 5 000 € par an", "Special occasion bonus: 3.500.000 - 5.000.000
            # VND/year" are bonuses, not the salary ("Salary plus bonus: $90k - $110k" is pay).
            continue
        if ("omisi" in text or "OMISI" in text or "ommission" in text or "OMMISSION" in text) and (
            _COMMISSION_BEFORE.search(text, max(0, first.start - 50), first.start)
            or _COMMISSION_AFTER.match(text, (pair or first).end)
            or (
                pair is None
                and _COMMISSION_LABEL.search(text, max(0, first.start - 20), first.start)
                and not _pay_word_before(text, first.start)
            )
        ):
            # "esquema comisional sobre los 600 usd", "Ingresos por COMISIÓN desde $40,000",
            # "$50,000-$80,000 (commission based structure)": commission, not the wage; so is
            # the top it runs to ("desde $40,000 hasta más de $120,000").
            if (
                pair is None
                and second is not None
                and _OPEN_TOP_GAP.fullmatch(text, first.end, second.start)
            ):
                index += 1
            continue
        if (
            pair is None
            and "=" in text
            and _FORMULA_BEFORE.search(text, max(0, first.start - 40), first.start)
        ):
            continue  # "20×0.15%×50= $ 150.00 mensuales": a worked example's result
        if pair is None and _ID_BEFORE.search(text, max(0, first.start - 24), first.start):
            continue  # "Job requisition id R67860": an identifier
        if _VALUE_OF_BEFORE.search(text, max(0, first.start - 24), first.start):
            continue  # "Benefitní balíček ... v hodnotě 15tis. Kč/rok": a thing's value
        if _EXTRA_BEFORE.search(text, max(0, first.start - 12), first.start) or _EXTRA_AFTER.match(
            text, (pair or first).end
        ):
            continue  # "earn an extra £350 when they join", "$100 a $400 extras": money on top
        if not strict and (
            _not_pay_around(text, first)
            if pair is None
            else _not_pay_before(text, first.start, pay_like_ok=True)
            or _not_pay_after_range(text, pair)
        ):
            # "Annual Cafeteria benefit of CZK 7,000", "EUR 1,400 development budget", "a
            # personal expense account with amounts ranging from $300 to $700 annually"
            # Only business money (billions) makes the text's bare counts no pay either.
            money_not_pay = money_not_pay or (bool(has_currency) and first.value >= 1e8)
            continue
        if has_currency and _project_value(text, first, pair, country):
            # "$50M-$200M Projects - $250K": the projects' value, then the pay. Business
            # money, so the text's bare counts are no pay either ("12,000+ teams ... $2.3
            # billion in payments").
            money_not_pay = True
            continue
        if strict and not has_currency and default_currency is None:
            continue
        if strict and not _pay_context(
            text, first.start, (pair or first).end, pair is not None, title
        ):
            continue
        # A lone bare number in a salary field ("40") is too weak unless annual-sized.
        lone_bare = not has_currency and default_currency is None and pair is None
        if (
            not strict
            and lone_bare
            and first.value < 1000
            and not _hourly_after(text, first.end)
            and not _RATE_BEFORE.search(text, max(0, first.start - 6), first.start)
        ):
            continue
        if lone_bare and first.mult is None and _YEAR.fullmatch(f"{first.value:g}"):
            continue  # a year ("EBA 2018", "since 2015") is not pay
        if has_currency or default_currency is not None:
            candidates.append((first, pair))
            if len(candidates) > 3 or (
                pair is not None
                and (
                    _pay_word_before(text, first.start) or _PAY_WORDS.search(text, pair.end) is None
                )
            ):
                break
            continue
        # Bare numbers are a fallback: "1099 contractor: $80/hr" means the $80; a small
        # one only with a stated hourly period ("25.98 p/hr").
        if (
            first.value >= 1000
            or pair is not None
            or _hourly_after(text, first.end)
            or _RATE_BEFORE.search(text, max(0, first.start - 6), first.start)
        ):
            fallback = fallback or (first, pair)
    if fallback is not None and money_not_pay and not _pay_word_before(text, fallback[0].start):
        fallback = None  # "22,000 rental apartments ... an asset value of $5 billion"
    best = _preferred(text, candidates) or fallback
    if best is None:
        return None
    first, pair = best
    explicit = _iso_code(first, pair) or _code_after(text, (pair or first).end)
    lo_cur = explicit or first.currency or (pair.currency if pair else None)
    lo_cur = lo_cur or default_currency
    lo = first.value
    hi = pair.value if pair else None
    if pair is not None and first.mult is None and pair.mult is not None:
        # "$120-150k": the multiplier written once applies to both ends; so does 만/万 after
        # figures that count it in thousands ("연봉 4,000~5,500만원").
        scaled = first.raw * pair.mult
        if (first.raw < 1000 or pair.mult == 1e4) and scaled <= pair.value:
            lo = scaled
        elif first.raw < 1000 and pair.value < scaled <= pair.value * 2:
            # "$166-146K", "$127-115k": the band written high to low, its "K" once at the
            # (lower) top; finish() puts the ends in order.
            lo = scaled
    elif (
        pair is not None
        and first.mult is None
        and first.value < 1000 <= pair.value
        and pair.value / 2 <= first.value * 1000 <= pair.value
    ):
        lo = first.value * 1000  # "$140 - $160000 per annum": the thousands left off
    if (
        pair is not None
        and first.mult == 1e3
        and pair.mult is None
        and pair.currency in (None, first.currency)
        and pair.value < first.value
        and first.value <= pair.value * 1e3 <= first.value * _SPREAD_MAX
    ):
        # "$80K-$100/ Year": the "K" written once at the bottom is the top's too (read
        # without it, the top would be below the bottom).
        hi = pair.value * 1e3
    end = (pair or first).end
    near_period = _find_period(text, first.start, end, whole=False)
    if (
        ("eek" in text or "ortnight" in text or "onth" in text or "eriod" in text)
        and _ODD_PERIOD.search(text, max(0, first.start - 30), min(len(text), end + 40))
        and not _PERIOD_AT.match(text, end)
    ):
        # "$2,045 - $2,523 / bi-weekly", "$2,257 - 2,658 biweekly", "per fortnight": a period
        # no band here is kept in; neither "weekly" inside it nor a period said elsewhere
        # ("Annual salary: ...") is the band's. A period written at the figure still is
        # ("$19/hour (semi-monthly pay periods)": the pay days, not the rate's period).
        near_period = None
        period = None
        odd_period = True
    else:
        odd_period = False
    # A period said elsewhere in a short field ("Salary: 50k. Annual bonus") is the band's
    # unless it makes the band absurd (see the end).
    far_period = None
    if near_period is None and not odd_period and not strict and len(text) <= 200:
        anywhere = _period_search(text, 0, len(text))  # _find_period(whole=True)'s last resort
        if anywhere is not None and _period_of_other(text, anywhere.start(), amounts, best):
            # "lương cứng từ 8 - 15 Triệu + ... (Tổng thu nhập ... từ 30tr++/ tháng)": a period
            # written onto another figure is that figure's, not this band's.
            anywhere = None
        far_period = anywhere.lastgroup if anywhere else None
    found_period = near_period or far_period or normalize_period(period)
    sign = first.symbol or (pair.symbol if pair else None)
    if sign and sign.lower() in ("kr", "kr."):
        sign = sign.lower()  # "Kr", "KR": the same shared krona/krone sign
    local = currency_for_sign(sign, country) if sign and not explicit else None
    if local is not None and not _peso_sized(local, hi if hi is not None else lo, found_period):
        local = None  # "up to $1,500 per month" in Colombia: dollars of a remote board
    if local is not None:
        lo_cur = local
    elif sign in _COUNTRY_ONLY_SIGNS:
        lo_cur = default_currency  # Swedish or Norwegian krona, Jordanian or Kuwaiti dinar
    if local is None and lo_cur == "JPY" and _HAN.search(text) and not _JAPANESE.search(text):
        # "¥" in Chinese text is the yuan sign.
        lo_cur = "CNY"
    if lo_cur is None and (first.mult == 1e4 or _HAN.search(text)) and _HAN.search(text):
        # Chinese text with no sign is in yuan, or in the dollar Taiwan or Hong Kong call 元.
        chinese = (country and currency_for_sign("元", country)) or "CNY"
        lo_cur = "JPY" if _JAPANESE.search(text) else chinese
    if lo_cur is None and (first.mult == 1e5 or ("lpa" in text.lower() and _LPA.search(text))):
        # Lakh figures are rupees of India, or of the other countries that count in lakhs
        # ("2 lacs" on a Pakistani board is PKR, not INR).
        lo_cur = _LAKH_CURRENCIES.get((country or "").upper(), "INR")
    from_country = False
    if lo_cur is None and country and not strict:
        # A salary field of a job in Australia with "84000 - 99,601.85" is in AUD.
        lo_cur = _country_currencies().get(country.upper())
        from_country = lo_cur is not None
    mults = {first.mult, pair.mult if pair else None}
    lakhs = bool(mults & {1e5, 1e7}) or _LAKH_GROUPED.search(text, first.start, end) is not None
    if found_period is None and lakhs and lo_cur in ("INR", None):
        # Lakh and crore are always yearly figures ("₹8.8L – ₹10.6L"), and so are figures
        # grouped in lakhs with no period ("INR 8,00,000 - 12,00,000"): Indian ads quote a
        # yearly CTC, and state a month ("₹1,50,000 per month") when they mean one. Not in
        # Pakistan or Bangladesh, whose ads count a month's pay in lakhs ("PKR 1.5 lakh"):
        # there the size decides.
        found_period = "year"
    # Korean boards count a year's pay in 만원 and mark a month's ("230만원(월)"): a 만원
    # figure of a year's size by the abbreviated rule ("2,500~2,600만원") is a year, as no
    # month's pay there reaches 675만원.
    abbreviated = (bool(mults & {1e3, 1e6}) and not _HAN.search(text)) or (
        1e4 in mults and lo_cur == "KRW"
    )
    top = hi if hi is not None else lo
    if found_period is None and lo_cur == "CNY" and 1e3 in mults and top < _CNY_MONTHLY_BELOW:
        # Chinese boards quote a month's pay in thousands ("15k-30k", "8千-1.2万"); the
        # size rule would call "20k-40k" yearly.
        found_period = "month"
    if found_period is None and lo_cur in _MILLION_YEARLY and mults - {None} == {1e6} and lo >= 1e6:
        # Russian and Ukrainian ads state a month's pay in thousands ("от 150 тыс. руб.") and
        # a year's in millions ("от 3,4 до 4,8 млн рублей"): a million roubles is no month's
        # pay. ("от 200К до 1М" mixes thousands in: the size rule decides.)
        found_period = "year"
    yearly_unit = bool(mults & {1e5, 1e7})
    if (
        from_country
        and top < 1000
        and mults == {None}
        and found_period is None
        and not _PAY_WORDS.search(text)
    ):
        # A bare range under 1,000 with no currency, no period and no pay word is no pay, as
        # a lone bare number already is not: dates, team sizes and a header's numbers ("team
        # van 10-15", "levert 31-12-2026 op", "| Remote USA | 172-195", "85 - 105").
        return None
    notes = _notes(text) if not strict else ()
    units = {"abbreviated": abbreviated, "yearly_unit": yearly_unit, "fix_year": False}
    if hi is not None and lo < hi and _ALL_NINES.fullmatch(f"{hi:.0f}"):
        # "2.100.001 - 9.999.999": a top of nothing but nines is a form's "and above", not
        # a figure anyone pays; the band is open upwards.
        hi = None
    band: tuple[float | None, float | None] = (lo, hi)
    if pair is None:
        band = _single_band(text, first, lo)
    found = finish(*band, lo_cur, found_period, notes, **units)
    if found is None and far_period is not None:
        # "£20,374 (pro rata) ... equivalent to a rate of pay of £10.73 per hour": a period
        # said farther on that makes this figure absurd belongs to another figure.
        found = finish(*band, lo_cur, normalize_period(period), notes, **units)
    return found


def _period_of_other(
    text: str, at: int, amounts: list[_Amount], band: tuple[_Amount, _Amount | None]
) -> bool:
    """Whether the period word at `at` is written onto a figure outside the band ("30tr++/
    tháng", "20tr/tháng"): nothing but pluses between that figure's end and the word."""
    return any(
        amount is not band[0]
        and amount is not band[1]
        and 0 <= at - amount.end <= 3
        and not text[amount.end : at].strip("+")
        for amount in amounts
    )


def _single_band(text: str, first: _Amount, lo: float) -> tuple[float | None, float | None]:
    """A single figure's band: "up to $150k" is a maximum, "from $120k" a minimum."""
    before = text[max(0, first.start - 16) : first.start]
    cut = first.start
    for _ in range(2):  # "ab etwa brutto 45.000": an approximation and the word gross
        approx = _APPROX_BEFORE.search(before)
        if approx is None:
            break
        cut -= len(approx.group())
        before = text[max(0, cut - 16) : cut]
    after = text[first.end : first.end + 6]
    if _CEILING.search(before) or _CJK_CEILING.match(after) or _MAX_AFTER.match(text, first.end):
        return None, lo
    if ("renze" in text or "RENZE" in text) and _EARNINGS_LIMIT.search(
        text, max(0, first.start - 40), first.start
    ):
        return None, lo  # "im Rahmen der Geringfügigkeitsgrenze von 550,- €/Monat": a cap
    floor = _FLOOR.search(before) or _CJK_FLOOR.match(after)
    if not floor and text[first.end - 1 : first.end] in ("円", "元", "원"):
        floor = _CJK_TILDE_OPEN.match(after)
    if not floor and ("indest" in text or "inimum" in text):  # cheap test first
        floor = _MINIMUM_OF.search(text, max(0, first.start - 200), first.start)
    if not floor and any(word in text for word in ("indest", "least", "egin", "tart", "ottom")):
        sentence = _sentence_start(text, first.start, back=160)
        floor = _FLOOR_IN_SENTENCE.search(text, sentence, first.start)
    floor = floor or _FLOOR_AFTER.match(text, first.end)
    if not floor and any(word in text for word in _MORE_PAY_HINTS):
        floor = _more_pay_after(text, first.end)
    if (
        floor
        or after[:1] == "+"
        or _OPEN_DASH.match(after)
        or _LONE_PLUS.match(after)
        or _PERIOD_PLUS.match(text, first.end)
    ):
        return lo, None
    return lo, lo


# The marginal-employment earnings limit named before a figure (Austria's
# "Geringfügigkeitsgrenze", Germany's "Minijob-Grenze", "Verdienstgrenze"): pay up to it.
_EARNINGS_LIMIT = re.compile(
    r"\b(?:geringfügigkeitsgrenze|minijob-?grenze|verdienstgrenze|entgeltgrenze)\s*(?:von|:)?\s*"
    r"(?:€|EUR|Euro)?\s*$",
    re.I,
)
# Words right before a lone figure that make it one end of an open band, in the languages
# job ads use: "up to", "bis zu", "hasta", "até", "jusqu'à", "do" (Polish, Czech), "max".
_CEILING = re.compile(
    r"(?:\bup[\s-]+to|\bbis(?:\s+zu)?|\bhasta|\baté|\bjusqu['’]?\s*à|\bdo|\bmax(?:imum|\.)?|"
    r"\bnot\s+to\s+exceed|\bmaximal|\bless\s+than|\bbelow|\bmenos\s+de|(?<!\w)до|最高|"
    r"\bupp\s+till|\bop\s+til|\bopptil|\bhingga|\bsampai(?:\s+dengan)?|\bmaks(?:imal|\.)?|"
    # Vietnamese: "đến 30 triệu", "lên đến", "tới", "dưới" (below); "upto" as boards run it.
    r"\bđến|\btới|\bdưới|\bupto|"
    # Dutch "tot €95" (until), "maximaal"; Czech and Slovak "až" (up to: "(až 85.000 Kč)",
    # where a range's "40 000 až 60 000" has a figure before) and "maximálně".
    r"\btot|\bmaximaal|\baž|\bmaximálně|"
    # Estonian "kuni 2500 €" (up to).
    r"\bkuni|"
    # Greek "έως 1.300€", "μέχρι" (up to).
    r"\bέως|\bεως|\bμέχρι|"
    # Romanian "până la 6.000 lei" (up to); Lithuanian "Iki 2500 €/mėn." (up to).
    r"\bpân[aă]\s+la|\biki|"
    # "Neg salary to $145K", "package to $120k", "rates to $90 per hour": "to" right after a
    # pay noun is a ceiling (Australian and British recruiters).
    r"\b(?:salary|salaries|package|remuneration|rates?)\s+to|"
    # Spanish "menor a" / "menor de" (below; a board runs it on as "Menora$400.000"), "máximo".
    r"\bmenor\s*(?:a|de)|\bm[aá]ximo|"
    # Arabic "يصل الى 6000 جنيه" (reaches up to), "حتى" (up to), "لا يزيد عن" (no more than),
    # "الحد الأقصى" / "بحد أقصى" (the most).
    r"(?<!\w)[يت]صل\s+(?:ال[ىي]|إل[ىي])|(?<!\w)حتى|(?<!\w)لا\s+[يت]زيد\s+عن|(?<!\w)(?:ال|بحد\s+)[أا]قصى)\s*:?\s*$",
    re.I,
)
# An approximation mark between an open end's word and its figure ("up to ~ $750k",
# "from ca. €4.000", "ab etwa EUR 45.000", "from around $90k") leaves the open end as it is,
# and so does the word gross or net ("ab brutto 60.000,- Euro").
_APPROX_BEFORE = re.compile(
    r"(?:[~≈]|\bc(?:a|irca)?\.|\b(?:etwa|ungefähr|rund|approx(?:\.|imately)?|about|around|"
    # Dutch "tot ruim €140k" (up to a good), "ongeveer", "circa"; French "environ"; Spanish
    # and Portuguese "aproximadamente", "cerca de"; Polish "około"; Czech "cca".
    r"ruim|ongeveer|circa|environ|aproximadamente|cerca\s+de|około|cca|"
    r"brutto|netto|gross|net))\s*$",
    re.I,
)
_FLOOR = re.compile(
    r"(?:\bfrom|\bstarting(?:\s+(?:at|from))?|\bstarts\s+at|\bcommencing(?:\s+(?:at|from))?|\bstartet\s+bei|\bbeginnt\s+bei|\bmin(?:imum|imal|\.)?|\bab|\bà\s+partir\s+de|"
    r"\ba\s+partir\s+de|\bdesde|\bod|\bvanaf|\bfra|\bfrån|\bat\s+least|\bmindestens|\bminimaal|"
    r"(?<!\w)(?:от|від)|\bαπό|最低|\bmulai(?:\s+dari)?|\bdari|\btừ|\btrên|"
    # "Above HK$120,000 /month", "Más de 1200 €"; Finnish "alkaen" (from), "vähintään" (at
    # least), "minimissään", "vähimmäispalkka" (minimum pay).
    r"\babove|\bmore\s+than|\bin\s+excess\s+of|\bm[aá]s\s+de|\bmais\s+de|\balkaen|\bvähintään|\bminimissään|"
    r"\bvähimmäispalkka|\bminimi(?:\s+(?:työansio|palkka|tuntipalkka|ansio))?|"
    # Estonian "alates 1200 €" (from).
    r"\balates|"
    # Spanish "sobre $600.000" (over), "superior a", "mayor a".
    r"\bsobre|\bsuperior\s+a|\bmayor\s+a|"
    # Spanish, Portuguese and Italian "salario mínimo $150", "sueldo mínimo de", "retribuzione
    # minima" (the least pay, as English "minimum salary").
    r"\bm[ií]nim[oa](?:\s+de)?|"
    # Romanian "de la 4.000 lei" (from), "peste 5.000 lei" (over); Lithuanian "Nuo 1.289 €"
    # (from).
    r"\bde\s+la|\bpeste|\bnuo|"
    # German "über € 1.300" (over), "mehr als".
    r"(?<!\w)über|\bmehr\s+als|"
    # German "mind." (mindestens), also bracketed ("(mind.) € 4000"); "ab" run onto its
    # label where a page's markup parted them ("💰 Gehaltab 53.802€").
    r"\bmind\.\)?|(?:gehalt|lohn|entgelt|vergütung)ab|"
    # Arabic "يبدأ من 2500 درهم" / "تبدأ من" / "تبدء" (starts from, misspelt too), "لا يقل عن"
    # (no less than), "الحد الادنى للرواتب 290 دينار" (the least pay).
    r"(?<!\w)[يت]بد[أاء](?:\s+من)?|(?<!\w)لا\s+[يت]قل\s+عن|"
    r"(?<!\w)ال[أا]دنى(?:\s+(?:لل?رواتب|للراتب|للأجر|للاجر))?)\s*:?\s*$",
    re.I,
)
# Chinese and Japanese write the open end after the figure ("1.5万以上", "15k起", "50万以下")
# or before it ("最高50万", "最低8千").
# Japanese also leaves a range open with a wave dash ("年収500万円～ / 賞与あり"), Korean
# writes 이상 / 이하 ("연봉 3,500만원 이상").
_CJK_FLOOR = re.compile(r"\s*(?:[元円원]\s*)?(?:以上|起|から|이상|[～〜](?!\s*\d))")
# An ASCII tilde after 円 with no figure after it is open too ("月給210000円~勤務地による":
# from 210,000 yen, by location).
_CJK_TILDE_OPEN = re.compile(r"\s*~(?!\s*[\d$€£¥])")
# "₹35,000 onwards per month", "$25 and above": the open end written after the figure.
_FLOOR_AFTER = re.compile(
    r"\s*(?:(?:onwards?|upwards|and\s+(?:above|upwards?)|or\s+(?:more|above))\b|"
    # "$30K up", "HK$25,000 and up": "up" after the figure, ending its item (not "up to", "up
    # front"), as Hong Kong and Singapore ads write a floor.
    r"(?:(?:and|&)\s*)?up\b(?=\s*(?:$|[)\],;|/+.]))|"
    # Thai "ขึ้นไป" (and up): "15,000 บาทขึ้นไป", "20,000 บาท ขึ้นไป".
    r"(?:บาท\s*)?ขึ้นไป|"
    # Vietnamese "trở lên" (and above): "25 triệu trở lên".
    r"trở\s+lên\b|"
    # "CHF 60 000 min. /year" (jobs.ch): "min." or "minimum" after the figure, then its period
    # or nothing ("30 min" after a bare figure is a duration, and no money).
    r"(?:min\.|minimum\b)(?=\s*(?:$|/|\(|per\s|p\.\s?a|[,;]))|"
    # Spanish and Portuguese "300 euros mínimo", "1.500 € como mínimo", "R$ 2.000 no mínimo";
    # not the law's minimum wage named after its figure ("1.300.000 mínimo vital", "mínimo
    # legal", "mínimo interprofesional"), which is the pay itself.
    r"(?:(?:como|no|al)\s+)?m[ií]nimo\b(?!\s+(?:vital|legal|interprofesional))|"
    # Arabic "3500 درهم فأكثر" (or more), "فما فوق", "وما فوق", "كحد أدنى" (as the least).
    r"(?:فأكثر|فاكثر|[فو]ما\s+فوق|كحد\s+[أا]دنى)(?!\w))",
    re.I,
)
# The open end said earlier in the sentence, words apart from the figure: "Mindestens liegt
# das Jahresbruttogehalt bei EUR 43.000", "is at least at EUR 55.000", "Das Gehalt beginnt
# für diese Position üblicherweise bei EUR 55.000".
_FLOOR_IN_SENTENCE = re.compile(
    # ("Das mindestens gebotene Bruttomonatsgehalt für Vollzeit bewegt sich je nach
    # Qualifikation und Erfahrung um 2.229,00€": the words may run long in German.)
    r"\b(?:mindestens|at\s+least)\b[^\d;!?]{0,120}$|"
    r"\b(?:beginnt|startet|starts|begins)\b[^\d.!?]{0,60}\b(?:bei|at|from)\s*"
    r"(?:EUR|€|CHF|£|\$|USD)?\s*$|"
    # "The start of the IC2 pay band for each zone is listed below: Zone 1: $160,000": the
    # bottom of a band named as such, the figure its start.
    r"\b(?:the\s+)?(?:start|bottom|beginning)\s+of\s+the\s+[^.!?]{0,20}?(?:pay\s+)?(?:band|range|scale)"
    r"[^.!?]{0,60}$",
    re.I,
)
# Pay above the figure offered after it, in its sentence or the next: "3.200 Euro brutto
# (Vollzeit), mit Überbezahlung je nach Qualifikation", "€2.800,- brutto pro Monat. Je nach
# Erfahrung ist eine Bereitschaft zur weiteren Überzahlung garantiert", "+ Mehrzahlung je nach
# Qualifikation", "An overpayment in line with the market is offered": Austrian ads state the
# agreed minimum and the willingness to pay more, so the figure is a floor.
# The same said as the actual pay set apart from the figure ("Das aktuelle Gehalt wird
# entsprechend Ihren Qualifikationen individuell festgelegt", "this is just a formality - we
# would be happy to talk about your actual salary", "increases if we can credit professional
# experience", "may exceed").
_MORE_PAY = re.compile(
    r"\bÜber(?:be)?zahlung|\bMehrzahlung|\boverpayment\b|\bhigher\s+pay\b|"
    r"\b(?:tatsächlich|aktuell)e[sn]?\s+(?:Gehalt|Bezahlung|Entlohnung|Entgelt)\b|"
    r"\bactual\s+salary\b|\bincreases?\s+if\b|\b(?:may|can|will)\s+exceed\b",
    re.I,
)


_MORE_PAY_HINTS = (
    "zahlung",
    "overpay",
    "igher pay",
    "tsächlich",
    "ktuell",
    "ctual",
    "ncrease",
    "xceed",
)


def _more_pay_after(text: str, end: int) -> re.Match[str] | None:
    """The offer of more pay within 200 characters after a lone figure, no figure between."""
    found = _MORE_PAY.search(text, end, min(len(text), end + 200))
    if found is None or _DIGIT.search(text, end, found.start()):
        return None
    if found.group().lower().startswith(("actual", "aktuell", "tatsächlich")) and _DIGIT.search(
        text, found.end(), found.end() + 20
    ):
        return None  # "(Actual salary £21,187 per annum)": a pro-rata figure, no more pay
    return found


# "THB 120,000 per month (MAX)": the open end written after the figure and its period.
_MAX_AFTER = re.compile(r"\s*(?:(?:/|per\s)\s*[^\W\d_]+\.?\s*)?\(\s*max(?:imum)?\.?\s*\)", re.I)
_CJK_CEILING = re.compile(r"\s*(?:[元円원]\s*)?(?:以下|まで|이하)")
# "NT$ 60,000 - (月薪)": a dash with nothing after it leaves the band open upwards, as does
# a top never filled in ("€90,000 - €00 per annum", "the pay range is $197,500 to $": the
# text cut after the top's sign).
_OPEN_DASH = re.compile(
    r"\s*(?:[-–—~]\s*(?:$|[(（/+]|(?:[€£$]\s?)?00+(?![\d.,]))|to\s+[€£$]\s*$)", re.I
)
# "$100,000 +": a plus with nothing after it; "$110k + bonus" is a plus of something else.
_LONE_PLUS = re.compile(r"\s+\+\s*(?:$|[)\]/,;.（，。])")
# "($26/hr+, based on experience)": the plus after the period leaves the band open too.
_PERIOD_PLUS = re.compile(r"\s?(?:/\s?|per\s+)[^\W\d_]{1,6}\.?\s?\+\s*(?:$|[)\]/,;.])", re.I)
_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")
# A placeholder top: five or more nines ("99999", "9.999.999").
_ALL_NINES = re.compile(r"9{5,}")
# "$" in Colombia or Chile is the peso only at peso sizes: an hour there pays thousands, a
# month hundreds of thousands ("$ 1.500.000 (Mensual)"). Smaller figures are dollars.
_PESO_HOUR_AT_LEAST = {"COP": 1_000.0, "CLP": 1_000.0}
_PESO_PERIOD_FACTOR = {"day": 10.0, "week": 10.0, "month": 100.0, "year": 100.0}


def _peso_sized(currency: str, top: float, period: str | None) -> bool:
    """Whether a "$" figure can be the local peso (always, for other currencies)."""
    floor = _PESO_HOUR_AT_LEAST.get(currency)
    if floor is None:
        return True
    return top >= floor * _PESO_PERIOD_FACTOR.get(period or "hour", 1.0)


# A month's pay in yuan stays below this; "300K" yuan is a year's.
_CNY_MONTHLY_BELOW = 100_000.0
# Currencies without a USD rate in the table whose pay in millions is a year's.
_MILLION_YEARLY = frozenset({"RUB", "UAH"})
# Units after a bare figure that make it a count, a duration or an area, not money (plurals:
# "3000 - 4000 month" in a salary field is a month's pay).
_COUNT_AFTER = re.compile(
    r"\s*\+?\s*(?:years|yrs|months|weeks|days|hours|minutes|mins|min|sq\.?\s*(?:ft|feet|m)|square\s+(?:feet|foot|met(?:er|re)s?)"
    # A figure hyphenated to a unit is a duration or a size, as an adjective: "a 16 to 24-week
    # internship", "a 12-month contract", "a 40-hour week" (pay would say "/week", "per week").
    r"|(?<=\d)-(?:year|month|week|day|hour|minute)s?"
    r"|m²|sqm|employees|staff|people|engineers|developers|customers|clients|users|members|"
    r"students|patients|beds|stores|offices|locations|countries|"
    # A product's reach in startup and open-source ads ("We passed 100k stars on GitHub",
    # "10M downloads a month", "50k+ merchants"): counts of things, no pay.
    r"(?:git\s?hub\s+)?stars|followers|subscribers|downloads|installs|visitors|(?:page\s?)?views|"
    r"requests|queries|transactions|merchants|sellers|companies|businesses|"
    # Vietnamese customers, users, staff and people ("30 triệu khách hàng").
    r"khách\s+hàng|người\s+dùng|nhân\s+viên|người|"
    # Days in the languages of European ads ("25 vakantiedagen", "30 Urlaubstage").
    r"(?:vakantie|verlof|werk)?dagen|(?:urlaubs|arbeits)?tage|jours|d[ií]as|giorni|dni)(?![^\W\d_])",
    re.I,
)
# A figure followed by hours a week is a working time, not money, even next to a currency
# sign: "Internship - full-time (EUR 36 h/week)", "38,5 Std./Woche".
_HOURS_A_WEEK = re.compile(
    r"\s*(?:h|hrs?|hours|std\.?|stunden|wochenstunden)\s*(?:/|per\s|pro\s|a\s)\s*(?:woche|week|wk)\b",
    re.I,
)
# "LPA" as a word ("12 LPA"), not inside one (Finnish "kilpailukykyinen", competitive).
_LPA = re.compile(r"\blpa\b", re.I)
_LAKH_CURRENCIES = {"PK": "PKR", "BD": "BDT", "NP": "NPR", "LK": "LKR"}
_LAKH_GROUPED = re.compile(r"(?<![\d,.])\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])")
# A bonus named right before a lone figure: "Prime de 5 000 €", "bonus of $5,000".
# A thing's value named before a figure: Czech and Slovak "v hodnotě" / "v hodnote", German
# "im Wert von", French "d'une valeur de", Dutch "ter waarde van", Polish "o wartości",
# Spanish and Portuguese "por/no valor de", "valued at" ("Benefitní balíček ... v hodnotě
# 15tis. Kč/rok"). (English "worth" also names a pay package's worth.)
_VALUE_OF_BEFORE = re.compile(
    r"(?:\bv\s+hodnot[ěe]|\bim\s+Wert\s+von|\bd['’]une\s+valeur\s+de|\bter\s+waarde\s+van|"
    r"\bo\s+warto[śs]ci|\b(?:por|no|com)\s+(?:un\s+|o\s+)?valor\s+de|\bvalued\s+at)"
    r"\s*(?:až|do|bis\s+zu|jusqu['’]à|tot|up\s+to|hasta|até)?\s*:?\s*$",
    re.I,
)
# Money named as extra is paid on top of the wage, never the wage: English "an extra £350",
# Spanish and Portuguese "$400 extras", "$2.000 adicionales" (not "horas extras", hours).
_EXTRA_BEFORE = re.compile(r"\b(?:an?\s+)?extra\s*$", re.I)
# Paid per extra unit: "8€ par coupure supplémentaire", "25 € par heure supplémentaire" (an
# overtime rate), "$50 per extra shift". And money per employee is a per-head budget: "up to
# VND 30,000,000/ employee/ year for well-being benefits", "€500 pro Mitarbeiter".
_EXTRA_AFTER = re.compile(
    r"\s?(?:extras?|adicional(?:es)?)\b|"
    r"\s*(?:par|per|pro|por)\s+(?:[^\W\d_]+\s+(?:suppl[ée]mentaires?|adicional(?:es)?)|"
    r"(?:extra|additional)\s+[^\W\d_]+)\b|"
    r"\s*(?:/|per|pro|por|par)\s*(?:employee|head|mitarbeiter(?:in)?|empleado|salarié|nhân\s+viên)\b",
    re.I,
)
_BONUS_BEFORE = re.compile(
    # A bracketed note may stand between ("Special occasion bonus (Tet & other holidays):
    # 2.500.000 VND/year"); Vietnamese "thưởng" is a bonus.
    # German compounds end in the word ("Startprämie", "Wechselprämie": a signing bonus),
    # and German names the amount "in Höhe von" (of the amount of).
    # An incentive is paid on top as a bonus is ("Client Retention Incentives amounting to
    # Php 30,000"), and English may name the sum "amounting to" or "worth".
    r"(?:(?:\b(?:prime|bonus(?:es)?|incentives?|premia|sign[- ]?on|thưởng)|prämie)\b"
    # Spanish and Portuguese bonuses name what for after "de" or "por" ("Bono de
    # movilización $200", "Bonificación de transporte: $40", "Bônus de produtividade R$ 300").
    r"|\b(?:bonos?|b[ôo]nus|bonificaci[oó]n(?:es)?)(?:\s+(?:de|por)\s+[^\W\d_]+)?)"
    r"(?:\s*\([^()]{0,40}\))?"
    r"(?:\s+(?:de|of|von|d['’]|in\s+höhe\s+von|worth|amounting\s+to(?:\s+of)?))?\s*:?\s*$",
    re.I,
)
# Variable pay named right before a figure is a bonus, not the wage: "Variable mensuel
# jusqu'à 200€", "más variable de $100", "variable pay of up to $5,000".
_VARIABLE_BEFORE = re.compile(
    r"\b(?:part\s+)?variable(?:\s+(?:mensuel(?:le)?|annuel(?:le)?|pay|mensual|anual))?\s*"
    r"(?:de|of|jusqu['’]\s*à|up\s+to|hasta|bis\s+zu)?\s*(?:up\s+to\s*)?:?\s*$",
    re.I,
)
# A band written as its two labelled ends: "Salary Minimum: 90,000 Salary Maximum: 120,000",
# "Bay Area Minimum:$136,000 Bay Area Maximum: $232,000".
_MIN_LABEL = re.compile(r"\bmin(?:imum)?\.?\s*:?\s*$", re.I)
_MAX_LABEL_GAP = re.compile(r"[^\d.;!?\n]{0,30}?\bmax(?:imum)?\.?\s*:?\s*", re.I)


# The same in a sentence: "The minimum salary for the position is $150,000 annually and the
# maximum salary for the Sr. Program Scheduler position is $190,000 annually."
_MIN_SALARY_IS = re.compile(r"\bminimum\s+(?:base\s+)?(?:salary|pay|wage)\b[^\d;!?\n]{0,60}$", re.I)
# A band whose ends are named by the levels they pay: "junior 75k руб.- senior 200к руб",
# "Junior: $60k - Senior: $110k", "junior €3.000 tot senior €5.000".
_LOW_LEVEL = re.compile(r"\b(?:junior|jr\.?|entry(?:[- ]level)?|middle|mid)\s*[:=]?\s*$", re.I)
_HIGH_LEVEL_GAP = re.compile(
    r"\s*(?:[-–—]|to|tot|bis|до|à|a)\s*(?:senior|sr\.?|lead|principal|staff|middle|mid)\s*[:=]?\s*",
    re.I,
)
_MAX_SALARY_GAP = re.compile(
    r"[^\d;!?\n]{0,40}?\band\s+the\s+maximum\s+(?:base\s+)?(?:salary|pay|wage)\b"
    r"[^\d;!?\n]{0,80}",
    re.I,
)


def _labelled_ends(text: str, first: _Amount, second: _Amount) -> bool:
    """Whether two figures are a band's minimum and maximum, each named so."""
    if (
        _MIN_LABEL.search(text, max(0, first.start - 12), first.start) is not None
        and _MAX_LABEL_GAP.fullmatch(text, first.end, second.start) is not None
    ):
        return True
    if (
        _LOW_LEVEL.search(text, max(0, first.start - 14), first.start) is not None
        and _HIGH_LEVEL_GAP.fullmatch(text, first.end, second.start) is not None
    ):
        return True  # "junior 75k руб.- senior 200к руб": the band from the lowest level's
    return (
        _MIN_SALARY_IS.search(text, max(0, first.start - 90), first.start) is not None
        and _MAX_SALARY_GAP.fullmatch(text, first.end, second.start) is not None
    )


_CENTS_COMMA = re.compile(r"\d,\d{2}$")
_THOUSANDS_COMMA = re.compile(r"\d,\d{3}")


def _mixed_commas(text: str, first: _Amount, pair: _Amount) -> bool:
    """Whether one end writes a decimal comma and the other thousands commas."""
    low = text[first.start : first.end].rstrip()
    high = text[pair.start : pair.end].rstrip()
    return (
        "." not in low
        and "." not in high
        and (
            (_CENTS_COMMA.search(low) is not None and _THOUSANDS_COMMA.search(high) is not None)
            or (_CENTS_COMMA.search(high) is not None and _THOUSANDS_COMMA.search(low) is not None)
        )
    )


def _m_dropped(text: str, amount: _Amount) -> bool:
    """Whether a figure's "M" was read as no multiplier (no money written at it)."""
    last = text[amount.end - 1 : amount.end]
    return amount.mult is None and amount.currency is None and last != "" and last in "mMМ"


# Money "of" a thing is an amount of that thing, not pay: "$10,000 to $20,000 of hardware",
# "$1mm - $2mm of work", "£1250 of savings". Not "of base salary" or "of OTE" (pay words),
# nor the Dutch "of" (or) before a figure or a comparative ("€ 3.000 of meer").
_OF_THING = re.compile(
    r"\s+of\s+(?:the\s+|your\s+|our\s+)?(?!(?:meer|minder|hoger|lager|more|less)\b)(?=[^\W\d_])",
    re.I,
)


def _of_thing(text: str, amount: _Amount) -> bool:
    """Whether money is followed by "of" and a thing that is no pay word."""
    found = _OF_THING.match(text, amount.end)
    if found is None:
        return False
    return _PAY_WORDS.match(text, found.end()) is None


# A project's value, not pay: "homes to $3M", "projects up to $5m in value", "$50M-$200M
# Builds" (construction ads name the size of the work beside the pay).
_PROJECT_BEFORE = re.compile(
    r"(?:\bprojects?|\w*homes|\w*houses|\bbuilds?|\bdevelopments?)\s+(?:valued\s+|worth\s+)?"
    r"(?:(?:of\s+)?up\s*to|to|of|over|from)\s*$",
    re.I,
)
_PROJECT_AFTER = re.compile(
    r"\s*\+?\s*(?:in\s+value\b|(?:[^\W\d_]+\s+)?(?:projects?|builds?|developments?)\b)", re.I
)
# Money from this size on (in US dollars) may be a project's value; no lower.
_PROJECT_VALUE_USD = 250_000.0


def _project_value(text: str, first: _Amount, pair: _Amount | None, country: str | None) -> bool:
    """Money that is no pay by its size: beyond any year's pay (written in millions, "$50M-
    $200M"), or a project's value by the words around it ("homes to $3M")."""
    top = pair or first
    if (top.mult or 0.0) < 1e6 and top.value < 1e6:
        return False
    sign = top.symbol or first.symbol
    currency = (currency_for_sign(sign, country) if sign else None) or top.currency
    usd = to_usd(top.value, currency or first.currency)
    if usd is None or usd < _PROJECT_VALUE_USD:
        return False
    if usd >= _ANNUAL_USD_MAX and (top.mult or 0.0) >= 1e6:
        return True
    start = max(0, first.start - 40)
    return bool(
        _PROJECT_BEFORE.search(text, start, first.start) or _PROJECT_AFTER.match(text, top.end)
    )


def _not_pay_after_range(text: str, pair: _Amount) -> bool:
    """A benefit or bonus named right after a range's top: "eligible for a $10,000 - $15,000
    sign-on bonus" (a stipend or allowance so named stays an intern's pay)."""
    if pair.currency is not None and _of_thing(text, pair):
        return True
    after = _NOT_PAY_AFTER.match(text, pair.end)
    if after is None:
        return False
    words = text[pair.end : after.end()]
    if "\n" in words or words.lstrip().startswith("+"):
        # "$125,300 - $178,900\nBonus eligible: Yes": the next line's bonus; "30,000~50,000
        # Baht+Performance Bonus": a plus adds other money to the pay.
        return False
    if _PAY_WORDS.search(text, pair.end, after.end()):
        return False
    word = _NOT_PAY.search(text, pair.end, after.end())
    return word is None or word.group().lower() not in _PAY_LIKE


# "28万8" (28.8万), "25万5000円", "42万5千円", "23万6,800円" (Japanese boards group the
# lower digits in thousands): a 万 figure with its lower digits is one number (one digit
# after 万 counts thousands, as job ads abbreviate); "1.6-1.8w/月": w is 万.
_MAN_COMPOUND = re.compile(r"(?<![\d.,])(\d+)万(\d,\d{3}|\d{1,4})(千)?(?![\d.,万])")
_W_MAN = re.compile(r"(?<=\d)\s?[wW](?![A-Za-z])")
# Words that say a post is unpaid, in Spanish, Portuguese and English ("SIN REMUNERACION",
# "pasantía no remunerada", "estágio não remunerado", "this is an unpaid internship"); not
# "unpaid leave", a benefit.
_NO_PAY_STATED = re.compile(
    r"\b(?:sin|no\s+hay|no\s+existe|sem)\s+remunera(?:ci[oó]n|[çc][ãa]o)\b"
    r"|\b(?:no|n[ãa]o)\s+remunerad[oa]s?\b"
    r"|\bunpaid\s+(?:internship|position|role|placement|volunteer\w*|trainee\w*)",
    re.I,
)
# Money right after "=" ending a product of figures is a worked example's result (a
# commission table's "10×0.12%×50= $ 60.00 mensuales", "5 × 200 = 1 000 Kč"), not pay.
_FORMULA_BEFORE = re.compile(r"\d\s*[×x*]\s*\d[\d.,]*\s*%?(?:\s*[×x*]\s*\d[\d.,]*\s*%?)*\s*=\s*$")
# Commission named right before a figure, function words apart ("comisional sobre los 600
# usd", "COMISIÓN desde $40,000", "commission of up to $3,000"; not "comisiones: $500", a
# label), or in brackets right after it ("$50,000-$80,000 (commission based structure").
_COMMISSION_BEFORE = re.compile(
    r"\b(?:comisi[oó]n(?:es)?|comisional(?:es)?|commissions?|comiss(?:ão|ões))\s+"
    r"(?:(?:sobre|desde|de|por|hasta|of|up\s+to|from|on|los|las|el|la|the|a|até|acima)\s+){1,3}"
    r"(?:[$€£]|US\$|R\$)?\s*$",
    re.I,
)
# A commission named as a label right before a lone figure: "Agents Commission: 5,000/-",
# "Commission: ₹5,000 per sale", "Comisión: $300" (a figure after "salary" in the same
# sentence stays pay: "Salary + commission: ₹25,000 per month").
_COMMISSION_LABEL = re.compile(
    r"\b(?:comisi[oó]n(?:es)?|commissions?|comiss(?:ão|ões))\s*:\s*$", re.I
)
_OPEN_TOP_GAP = re.compile(r"\s*(?:hasta|to|a|até|-|–)\s*(?:m[aá]s\s+de|mais\s+de|over)?\s*", re.I)
_COMMISSION_AFTER = re.compile(r"\s*\(\s*commission[- ]based\b", re.I)
# A French pay grid's coefficient or index named before a bare number.
_GRID_LABEL = re.compile(
    r"\b(?:coefficient|coef\.?|indice(?:\s+(?:brut|major[ée]))?|(?-i:IM|INM))(?:\s+de\s+base)?\s*:?\s*$",
    re.I,
)
_COMMISSION_ONLY = re.compile(r"\bcommission[- ]only\b|\bcommission[- ]based only\b", re.I)
# Piece rates have no period to annualise ("論件計酬3,000~15,000元", "pay per task"), nor
# has pay per item of work made ("800 ETB per approved sample", "2,000 ETB per model",
# "Payment (Fixed per video)"). A French "cachet" is a fee per performance ("Cachet de 100
# Euros").
_PIECE_RATE = re.compile(
    r"論件計酬|论件计酬|計件|计件|\bper\s+(?:piece|task)\b|\bcachets?\b"
    r"|\bper\s+(?:approved\s+|accepted\s+|completed\s+|finished\s+|edited\s+)?"
    r"(?:video|sample|model|article|photo|image|clip|reel|transcript)s?\b"
    # A fee per lesson or class taught ("500 грн за один урок", "from €25 per lesson").
    r"|\bper\s+(?:lesson|class|tutoring\s+session)\b|\bpar\s+(?:séance|leçon)\b"
    r"|(?<![^\W\d_])за\s+(?:(?:одн[еуа]|один)\s+)?(?:урок|заняття|занятие|занятия)(?![^\W\d_])"
    # A rate per several hours or words is no period ("300 грн / 1.5 години", "$20 per 100
    # words"): per one hour is ("/ 1 hour").
    r"|(?:/|\bper\b|\bpar\b|(?<![^\W\d_])за)\s*(?!1\s)\d+(?:[.,]\d+)?\s*"
    r"(?:hours?|hrs?|heures|words|mots|годин[иа]?|часа|часов)(?![^\W\d_])"
    # Korean pay per case or piece: Albamon's pay type "건별" and "건당" ("['건별',
    # '100,000원']", "건당20만원"), or "건" before the figure ("건10만"); not the end of "조건"
    # (conditions) nor "건강" (health).
    r"|(?<![가-힣])건(?:별|당|\s?\d)",
    re.I,
)
# A pay label naming two kinds at once ("The salary/hourly range is $94,300 - 176,040",
# "hourly/salaried") states no one period: the figures' size decides, as with no word.
_TWO_KINDS = re.compile(r"\bsalary\s?/\s?hourly\b|\bhourly\s?/\s?salar(?:y|ied)\b", re.I)
# A lone figure named as the legal or collective-agreement minimum is a floor, however far
# the words are ("Mindestgehalt ... (3.775,25 € in Vollzeit)"): Austrian ads must state it
# and usually pay more.
_MINIMUM_OF = re.compile(
    r"\b(?:brutto)?mindest(?:grund|brutto)?(?:gehalt|lohn|entgelt|entlohnung|einkommen|bezug)|"
    # "minimum gross monthly salary", "minimum annual salary", "minimum gross basic salary".
    r"\bminimum\s+(?:(?:base|basic|gross|starting|monthly|annual|yearly|fixed)\s+){0,3}"
    r"(?:salary|pay|wage)",
    re.I,
)
_TRAILING_CODE = re.compile(r"\s?([A-Z]{3})(?![A-Za-z])")
_LEADING_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{3})\s?$")
_TAG = re.compile(r"<[^>]{0,200}>")
_SPACE_RUN = re.compile(r"\s{2,}")
# Inline tags inside one figure, where an editor's styling split it ("$22<span>0,000-270,000
# </span>", "$220<span ...>,000"): digits, the tags, then digits or a separator and digits.
_TAG_IN_FIGURE = re.compile(
    r"(\d[\d,.]*)((?:</?(?:span|strong|em|b|i|u|font)\b[^>]{0,200}>)+)([,.]?\d[\d,.]*)", re.I
)
# A figure grouped in thousands ("220,000", "1.260.000"), one separator throughout.
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")


def _join_split_figure(match: re.Match[str]) -> str:
    """One figure again where inline tags split it and the halves make a grouped number;
    two figures that only touch keep the space a tag leaves ("2024</span><span>50")."""
    left, right = match[1], match[3]
    grouped = _GROUPED.match(left + right)
    return left + right if grouped and grouped.end() > len(left) else f"{left} {right}"


def _plain(text: str) -> str:
    """Markup and entities out, mojibake repaired: `$139,200</span><span>&mdash;...`."""
    if "<" in text:
        if _TAG_IN_FIGURE.search(text):
            text = _TAG_IN_FIGURE.sub(_join_split_figure, text)
        # The spaces a dropped tag leaves, and the page's indentation around it, are one
        # space: a figure and its sign in sibling spans ('<span>Nuo 2000</span>
        # <span>€/mėn.</span>') stand together as in the plain text.
        text = _SPACE_RUN.sub(" ", _TAG.sub(" ", text))
    if "&" in text:
        text = unescape(text)
        if "<" in text:
            # Greenhouse's API sends `content` entity-encoded ("&lt;span&gt;$81,900&lt;/span&gt;
            # &lt;span&gt;&amp;mdash;..."): its tags only appear once the entities are read.
            if _TAG_IN_FIGURE.search(text):
                text = _TAG_IN_FIGURE.sub(_join_split_figure, text)
            text = _TAG.sub(" ", text)
    if ";" in text and _SEMICOLON_THOUSANDS.search(text):
        # "1;200.00 $ (Neto mensual)": a CSV export wrote ";" for every "," (its cells' own
        # commas), the thousands mark too; a group of three digits and cents after it is a
        # figure, not two.
        text = _SEMICOLON_THOUSANDS.sub(r"\1,\2", text)
    if _SPACED_FIGURE.search(text):
        # "$ 1 0, 0 0 0. 0 0 MENSUALES", "OTE $150, 000": a figure typed with spaces.
        text = _SPACED_FIGURE.sub(_join_spaced_figure, text)
    if _GLUED_WORDS.search(text):
        # "per annumWORK HOURS", "Baht/ monthBased", "42,000THBAbout the company": a page's
        # text run together where its tags were dropped; the period or code is a word.
        text = _GLUED_WORDS.sub(" ", text)
    return fix_mojibake(text) if not text.isascii() else text


_SEMICOLON_THOUSANDS = re.compile(r"(?<![\d.,;])(\d{1,3});(\d{3}\.\d{2})(?![\d.,;])")
# A figure after a money sign typed with spaces between its digits ("$ 1 0, 0 0 0. 0 0") or
# after its thousands comma ("$150, 000"): either digit by digit, or a round ", 000" (a
# list of sums, "$100, 200", is two figures).
_SPACED_FIGURE = re.compile(
    r"(?<=[$€£₱₹])(\s?)((?:\d{1,3}|\d(?: \d){1,2}),(?: \d){3}(?:\. ?\d \d)?|\d{1,3}, 000)(?![\d,])"
)


def _join_spaced_figure(match: re.Match[str]) -> str:
    """The spaced figure's digits together."""
    return match[1] + match[2].replace(" ", "")


# A lower-case word run into a capitalised one ("annumWORK"), or a currency code written
# onto a figure and run into a capitalised word ("42,000THBAbout"); not "KSh" or "SFr".
# Accented Latin letters count ("Kč za měsícZískáš příležitost", Czech run together).
_LOWER_ACCENTED = "ß-öø-ÿąćęłńśźżčďěňřšťůžőűăâîșțşţėįųūāēīļķņğ"
_UPPER_ACCENTED = "À-ÖØ-ÞĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽŐŰĂÂÎȘȚŞŢĖĮŲŪĀĒĪĻĶŅĞ"
_GLUED_WORDS = re.compile(
    rf"(?<=[a-z{_LOWER_ACCENTED}]{{2}})(?=[A-Z{_UPPER_ACCENTED}])|(?<=\d[A-Z]{{3}})(?=[A-Z][a-z])"
)

# Markdown escapes (JobSpy and other exports: "€4\\.500,00 \\- €6\\.000,00") and the
# Dutch and German "no cents" dash after a figure ("€ 2.901,-", "EUR 46.000, --").
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>=])")
_NO_CENTS = re.compile(r"(?<=\d)[.,]\s?-{1,2}(?!\s?\d)")
# The "no cents" dash with its comma left out, before the range word: "€ 2.901- to €
# 3.707,-", "€ 3.100- tot € 4.200,-", "EUR 45.000- bis 55.000" (a dash then "to" is no range).
# The bottom end's thousands mark left without its digits before a grouped top: "€ 50. -
# 75.000,-" (50.000 to 75.000); the dot goes, the bottom is read as the top's thousands.
_DOT_BEFORE_DASH = re.compile(r"(?<=\d)\.(?=\s[-–]\s?\d{1,3}\.\d{3}(?!\d))")
_BARE_NO_CENTS = re.compile(r"(?<=\d[.,]\d{3})-(?=\s+(?:to|tot|bis|t/m)\s)", re.I)
# The South Asian "only" (no paise) after a rupee or taka amount: "Rs. 18,000/- to 25,000/-",
# "18,000/-25,000/-" (run into the top, the dash is the band's). It hid the band's top.
_SLASH_DASH = re.compile(r"(?<=\d)/-(\d)?")


def _unmark(text: str) -> str:
    """Markdown escapes out and "no cents" dashes (and the rupee's "/-") dropped, so figures
    and ranges read."""
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
        if "\\" in text:
            # Escaped twice where a CSV export escaped JobSpy's Markdown again ("$32\\.50
            # \\- $38\\.00", two backslashes each): the first pass leaves one escape each.
            text = _MD_ESCAPE.sub(r"\1", text)
    if ",-" in text or ".-" in text or ", -" in text:
        text = _NO_CENTS.sub("", text)
    if "- " in text:
        text = _BARE_NO_CENTS.sub("", text)
    if ". -" in text or ". –" in text:
        text = _DOT_BEFORE_DASH.sub("", text)
    if "/-" in text:
        text = _SLASH_DASH.sub(lambda m: f" - {m[1]}" if m[1] else "", text)
    return text


# A day or hour rate named right before a small figure: "日薪 400", "时薪：60".
_RATE_BEFORE = re.compile(r"(?:日薪|时薪|時薪|時給|日給|시급|일급)\s*[:：]?\s*$")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+")
# A Chinese currency word in brackets after the figures: "5000——8000（美元）".
_CJK_BRACKET_SIGN = re.compile(
    r"\s*[（(]\s*(美元|美金|港币|港元|欧元|英镑|日元|澳元|加元|新台币|新币|人民币)\s*[)）]"
)


def _small_bare(text: str, first: _Amount, pair: _Amount | None) -> bool:
    """Small figures without a unit or a rate word in Chinese text: counts, not pay."""
    if first.mult is not None or (pair is not None and pair.mult is not None):
        return False
    if max(first.value, pair.value if pair is not None else 0.0) >= 1000:
        return False
    return not _RATE_BEFORE.search(text, max(0, first.start - 6), first.start)


def _cjk_numbers(text: str) -> str:
    """Compound 万 figures written out ("28万8" -> "288000") and "w" as 万, in CJK text."""

    def whole(match: re.Match[str]) -> str:
        lower = match[2].replace(",", "")
        thousands = match[3] is not None or len(lower) == 1
        return str(int(match[1]) * 10_000 + int(lower) * (1000 if thousands else 1))

    if "万" in text or "萬" in text:
        text = _MAN_COMPOUND.sub(whole, text.replace("萬", "万"))
    if "（" in text or "(" in text:
        text = _CJK_BRACKET_SIGN.sub(r" \1", text)
    return _W_MAN.sub("万", text) if "w" in text or "W" in text else text


# What an intern or a trainee is paid: a range named so is pay ("Internship stipend: $2,000 -
# $3,000 per month"), where a lone figure so named is usually a benefit.
_PAY_LIKE = frozenset({"stipend", "stipends", "allowance", "grant"})
_BONUS_WORD = re.compile(r"\b(?:bonus(?:es)?|thưởng)\b", re.I)
# A stipend or budget that opens its sentence and is the figure's label names the job's own
# pay ("Stipend of ₹30,000 per month", "Budget 12,00,000 - 18,00,000 INR per annum", Indian
# recruiters' word for the band); after other words it is a benefit ("a $1,000 learning
# budget", "home office stipend of $500").
_PAY_LABEL = re.compile(
    r"[\s\-•*]*(?:(?:(?:monthly|internship|intern)\s+)?(?:stipends?|budget)|"
    r"(?:internship|intern|trainee)\s+allowance)\s*(?:of|is|:|：|-|–|=)?\s*"
    r"(?:(?:up\s*to|upto|range|between)\s*)?",
    re.I,
)


# A trainee's or intern's allowance, grant or stipend named right before the figure is the
# trainee's pay ("Monthly internship allowance of €500", "The trainee grant is €1,170 per
# month"), whatever the sentence says before it.
_TRAINEE_PAY = re.compile(
    r"\b(?:internship|intern|trainee(?:ship)?|apprentice(?:ship)?|graduate)\s+"
    r"(?:stipends?|allowance|grant)\s*(?:of|is|:|：|=|-|–)?\s*(?:(?:up\s*to|upto)\s*)?$",
    re.I,
)
# A stipend named with its pay period ("a monthly stipend of R7,000", "KES 30,000 monthly
# stipend", "a weekly stipend") is what the intern is paid; a benefit stipend names its
# purpose ("home office stipend", "$100 monthly gym stipend").
_PERIOD_STIPEND = re.compile(
    r"\b(?:monthly|weekly|fortnightly|annual|yearly|daily)\s+stipends?\b", re.I
)


# An allowance, stipend or grant said to be for interns or trainees after it is their pay
# ("PHP 100 per day allowance for interns", "RM 800 monthly allowance for our trainees").
_FOR_TRAINEES = re.compile(
    r"\s+(?:for|to)\s+(?:the\s+|our\s+|all\s+)?(?:interns?|internships?|trainees?|OJTs?|"
    r"apprentices?|students?)\b",
    re.I,
)


def _stipend_is_pay(text: str, found: re.Match[str]) -> bool:
    """Whether the not-pay word `found` is a stipend named with its pay period, or an
    allowance, stipend or grant said to be for interns or trainees."""
    word = found.group().lower()
    if word in _PAY_LIKE and _FOR_TRAINEES.match(text, found.end()):
        return True
    if word not in ("stipend", "stipends"):
        return False
    return _PERIOD_STIPEND.search(text, max(0, found.start() - 12), found.end()) is not None


def _sentence_start(text: str, start: int, back: int = 60) -> int:
    """Where the sentence holding `start` begins, looking back at most `back` characters."""
    sentence_start = max(0, start - back)
    for end in _SENTENCE_END.finditer(text, sentence_start, start):
        sentence_start = end.end()
    return sentence_start


def _pay_word_before(text: str, start: int) -> bool:
    """Whether a pay word ("salary", "薪") comes before a figure in its sentence."""
    return _PAY_WORDS.search(text, _sentence_start(text, start), start) is not None


# A word of two letters or more in a headline item before its figure.
_WORD_IN_ITEM = re.compile(r"[^\W\d_]{2,}")


# An allowance said to be included in the figure ("주휴수당포함 9040원", with the weekly holiday
# pay; "各種手当込み", "資格手当含む") names the pay that holds it, not a benefit.
_INCLUDED_AFTER = re.compile(r"\s?(?:포함|込み?|含む|含め)")


def _not_pay_before(text: str, start: int, *, pay_like_ok: bool = False) -> bool:
    """Whether a benefit or business word comes before a figure in its sentence, with no
    pay word between ("meal vouchers (CZK 110 per day)"; not "bonus plan. Salary: $90k").
    `pay_like_ok`: a stipend or allowance is pay (for a range)."""
    sentence = _sentence_start(text, start)
    found = _NOT_PAY.search(text, sentence, start)
    if found is not None and _PAY_AND.search(text, sentence, found.start()):
        # "Mức lương & phụ cấp: 10.000.000đ - ...", "Salary and allowances: ...": a label
        # naming the pay with its extras names pay.
        return False
    if found is None and _BONUS_WORD.search(text, sentence, start):
        # A sentence about a bonus with no pay word before the figure: "Thưởng thâm niên
        # làm việc: 5 triệu/năm", "Spark Bonus: ... $500 for Junior level".
        return not _PAY_WORDS.search(text, sentence, start)
    if found is None or (pay_like_ok and found.group().lower() in _PAY_LIKE):
        return False
    if _INCLUDED_AFTER.match(text, found.end()):
        return False  # "(주휴수당포함 9040원)": the pay with the allowance in it
    bar = text.rfind("|", found.end(), start)
    if bar != -1 and _WORD_IN_ITEM.search(text, bar + 1, start):
        # "Investment Group |12-month contract $600 p": a headline's earlier item (the
        # employer's name) says nothing of the figure's own item; a table's cell beside the
        # figure ("Relocation bonus | $5,000") still does.
        return False
    if _stipend_is_pay(text, found):
        return False  # "Offers a monthly stipend of R7,000"
    if found.start() - sentence < 24 and _PAY_LABEL.fullmatch(text, sentence, start):
        return False  # "Stipend of ₹30,000 per month": the pay is so named
    if _TRAINEE_PAY.search(text, sentence, start):
        return False  # "The trainee grant is €1,170 per month": a trainee's pay, so named
    return not _PAY_WORDS.search(text, found.end(), start)


# A bracketed price after a thing's name that the employer gives: "Claude Code MAX ($200/month)
# provided", "ChatGPT Plus ($20/mo) covered", "a laptop (€1.500) included", "(R$ 99 por mês)
# pago pela empresa": the thing's value, not the pay.
_GIVEN_AFTER = re.compile(
    r"[^()\n]{0,30}\)\s*(?:is\s+|are\s+|fully\s+)?(?:provided|covered|included|paid\s+for|"
    r"on\s+us|for\s+free|free\s+of\s+charge|pag[oa]s?\s+pela\s+empresa|incluid[oa]s?|"
    r"cubiert[oa]s?|inclus(?:e|es)?|offert(?:e|s|es)?|pris\s+en\s+charge|inklusive|gestellt|übernommen)\b",
    re.I,
)


# A one-off payment named after the figure: "5000 ETB Fixed (One-time)", "€2.000 (einmalig)",
# "The first $10,000 to be paid upon successfully completing training", "paid after the
# probation period": a lump sum on an event, not the wage.
_ONE_OFF_AFTER = re.compile(
    r"\s*(?:[^\W\d_]+\s+)?\(\s*(?:one[- ]time|one[- ]off|einmalig|única\s+vez|pago\s+único)\s*\)|"
    r"\s+(?:(?:is|are|will\s+be|to\s+be)\s+)?paid\s+(?:out\s+)?(?:upon|after|on)\s+"
    r"(?:(?:the\s+)?successful(?:ly)?\s+)?(?:complet\w*|graduat\w*|passing|the\s+probation\w*)",
    re.I,
)
# A price by the month or by the year ("$12/mo or $99/yr", "€9/month or €90/year"): pay
# stated both ways is twelve months a year; a plan's price makes the year cheaper.
_MONTH_OR_YEAR = re.compile(
    r"\s*/\s*(?:mo|month|mth)\.?\s+or\s+[$€£]?\s?(\d{1,3}(?:,\d{3})*|\d+)(?:\.\d{1,2})?\s?[$€£]?"
    r"\s*/\s*(?:yr|year)\b",
    re.I,
)


# A pay label right before a figure: "Base Salary: ", "Salary - ", "Sueldo: ".
_PAY_LABEL_BEFORE = re.compile(r"(?:" + _PAY_WORDS.pattern + r")\s*[:=\-–]\s*$", re.I)


def _labelled_with_period(text: str, amount: _Amount) -> bool:
    """Whether a figure is labelled as pay and closed by its period, the next words starting
    a new item with a capital ("Salary: 7,500 ETB per month Performance Bonuses (Monthly)":
    the bonus is the next line's, run on where the page's breaks were lost)."""
    period = _PERIOD_AT.match(text, amount.end)
    if period is None or not _PAY_LABEL_BEFORE.search(
        text, max(0, amount.start - 30), amount.start
    ):
        return False
    rest = text[period.end() : period.end() + 3].lstrip()
    return rest[:1].isupper()


# A figure offered as the alternative of the one before it ("up to $716/ month for
# individuals or up to $1440/month for family"): the same kind of money as that one.
_OR_AFTER_FIGURE = re.compile(
    r"[$£€]\s?\d[\d,.]*[^.;!?\d$£€]{0,45}?\bor\s+(?:up\s+to\s+)?(?:[$£€]\s?)?$", re.I
)


def _not_pay_around(text: str, amount: _Amount) -> bool:
    """A benefit or business word before a lone figure in its sentence (or before the figure
    it is the alternative of), or in the few words right after it ("£350 Refer a friend
    Bonus", "$1,600 a year for reimbursement")."""
    if _not_pay_before(text, amount.start):
        return True
    alternative = _OR_AFTER_FIGURE.search(text, max(0, amount.start - 70), amount.start)
    if alternative is not None and _not_pay_before(text, alternative.start()):
        return True
    if amount.currency is not None and _of_thing(text, amount):
        return True
    if (
        ")" in text
        and _GIVEN_AFTER.match(text, amount.end)
        and not _PAY_WORDS.search(text, max(0, amount.start - 25), amount.start)
    ):
        return True  # "Claude Code MAX ($200/month) provided from Day 1": a thing's price
    if _ONE_OFF_AFTER.match(text, amount.end):
        return True  # "5000 ETB Fixed (One-time)", "$10,000 to be paid upon completing training"
    price = _MONTH_OR_YEAR.match(text, amount.end)
    if price is not None and float(price[1].replace(",", "")) < 11 * amount.value:
        return True  # "Pro ($12/mo or $99/yr)": a plan's price, a year cheaper than 12 months
    after = _NOT_PAY_AFTER.match(text, amount.end)
    if after is not None:
        word = _NOT_PAY.search(text, amount.end, after.end())
        if word is not None and _stipend_is_pay(text, word):
            return False  # "KES 30,000 monthly stipend"
        if _labelled_with_period(text, amount):
            return False  # "Base Salary: 7,500 ETB per month Performance Bonuses (Monthly)"
    return after is not None and not _PAY_WORDS.search(text, amount.end, after.end())


# Between a bracketed pay point and the next grade's number: "(£26,403) - SCP 9 (",
# "(£33,966) to Grade 7 (", "(€41.000) – Stufe 5 (".
# (A grade written as three capitals, "SCP", is read as a code before the number.)
_GRADE_GAP = re.compile(
    r"\s*\)\s*(?:[-–—]|to|bis)\s*(?:[^\W\d_]+(?:[\s.]+[^\W\d_]+){0,2}\s*)?", re.I
)
_GRADE_OPEN = re.compile(r"\s*\(\s*")


def _grade_points(first: _Amount, grade: _Amount, second: _Amount, text: str) -> bool:
    """Whether two bracketed sums are the ends of a band named by grades between them."""
    return (
        first.currency is not None
        and second.currency == first.currency
        and grade.currency is None
        and grade.mult is None
        and grade.value < 100
        and _GRADE_GAP.fullmatch(text, first.end, grade.start) is not None
        and _GRADE_OPEN.fullmatch(text, grade.end, second.start) is not None
    )


def _pay_steps(text: str, amounts: list[_Amount], index: int) -> int:
    """How many figures after amounts[index] continue a rising series joined by slashes
    (three figures at least, the first with money), or 0."""
    first = amounts[index]
    if first.currency is None or "/" not in text:
        return 0
    count = 0
    last = first
    for step in amounts[index + 1 :]:
        if (
            step.currency not in (None, first.currency)
            or step.value <= last.value
            or step.value > last.value * 1.5
            or text[last.end : step.start].strip() != "/"
        ):
            break
        count += 1
        last = step
    return count if count >= 2 else 0


def _label_before_money(first: _Amount, second: _Amount) -> bool:
    """A small bare number before money is a grade or a point, not the band's bottom.

    "Grade 6 - £28,142- £31,022": 6 is the grade. "45 - 55.000 €" (the thousands left off
    the first end) and "20 - £25 per hour" stay ranges.
    """
    return (
        first.currency is None
        and first.mult is None
        # "Base pay 5,000.00 - 235,000.00 USD": a figure written as money is no grade.
        and first.value < 1000
        and second.currency is not None
        and second.mult is None
        and second.value > 10 * first.value
        and not second.value / 2 <= first.value * 1000 <= second.value
    )


# A figure whose leading digits were cut off: a thousands group after a comma at the start of
# the text or a word (",300–4,900 €"), or a zero before a thousands group ("0,000.00").
_CUT_FIGURE = re.compile(r"(?:(?<=^,)|(?<=[\s(],))\d{3}(?![\d,])|0(?:,\d{3}(?!\d)|\.\d{3},)")


def _cut_figure(text: str, amount: _Amount) -> bool:
    """Whether the amount's figure lost its leading digits (",300", "0,000.00")."""
    digit = _DIGIT.search(text, amount.start, amount.end)
    return digit is not None and _CUT_FIGURE.match(text, digit.start()) is not None


def _bare_gap_range(text: str, first: _Amount, second: _Amount) -> bool:
    """Two amounts with the same sign and only spaces between: a range whose dash was lost.

    Markup or a cleaner often drops the dash ("£30,000 £45,000 per annum",
    "$139,200</span><span>$235,200"); the second must be above the first and within 3x.
    """
    if first.symbol is None or first.symbol != second.symbol:
        return False
    if not text[first.end : second.start].isspace():
        return False
    return first.value < second.value <= 3 * first.value


def _period_each_end(text: str, first: _Amount, second: _Amount) -> bool:
    """A range with the same period after each end: "USD$232,000 per year - USD$258,000 per
    year", "$130,000.00 USD Annually - $150,000.00 USD Annually", "£12.58 p/h - £12.85 p/h"."""
    period = _PERIOD_AT.match(text, first.end, second.start)
    if period is None or not _RANGE_GAP.fullmatch(text, period.end(), second.start):
        return False
    again = _PERIOD_AT.match(text, second.end)
    return again is not None and again.lastgroup == period.lastgroup


def _rising_to(text: str, first: _Amount, second: _Amount) -> bool:
    """Pay that grows within the job: "£24,000 rising to £27,000 after probation",
    "€ 2.901 per month rising to € 3.707 in the fourth year", "EUR 35.600 ... auf bis zu
    EUR 51.800"; a band from its lowest market "up to" its highest; the same currency at
    both ends and the second above the first."""
    if first.currency is None or first.currency != second.currency:
        return False
    if not first.value < second.value or not (
        _RISING.fullmatch(text, first.end, second.start)
        or (
            _LOWEST_UP_TO.fullmatch(text, first.end, second.start)
            and _HIGHEST.search(text, second.end, second.end + 60)
        )
    ):
        return False
    # "a £2,000 bonus rising to £3,000" is no salary band
    gap = text[first.end : second.start]
    return not _NOT_PAY.search(gap) and not any(n.search(gap) for _, n in _NOTES)


def _hourly_after(text: str, end: int) -> bool:
    """Whether an hourly period follows a figure: "25 per hour", "25.98 p/hr"."""
    found = _PERIOD_RE.match(text, end + (1 if text[end : end + 1] == " " else 0))
    return found is not None and found.lastgroup == "hour"


def _iso_code(first: _Amount, pair: _Amount | None) -> str | None:
    """An ISO code written at either end: it wins over "$" ("$120,000 AUD" is AUD)."""
    for amount in (first, pair):
        if amount is not None and amount.code is not None:
            return amount.code
    return None


# An ISO code in brackets after a band and its period: "$6,000 – $7,500 per month (SGD)".
_BRACKET_CODE = re.compile(r"\s*(?:(?:per|a|an)\s+[a-z]+|/\s*[a-z]+)?\.?\s*\(\s*([A-Z]{3})\s*\)")


def _code_after(text: str, end: int) -> str | None:
    """An ISO code in brackets right after a band (its period between), else None."""
    found = _BRACKET_CODE.match(text, end)
    return found[1] if found is not None and _is_code(found[1]) else None


def _preferred(
    text: str, candidates: list[tuple[_Amount, _Amount | None]]
) -> tuple[_Amount, _Amount | None] | None:
    """The band to report: the first one, unless a lone figure comes before a stated range.

    "Total package valued to $72,969. Package includes salary ($59,636 - $65,827)" and
    "£60,000+ OTE £60K – £75K" mean the range; a range of commission or bonus does not count.
    """
    if not candidates:
        return None
    later = _later_pay_range(text, candidates)
    if later is not None:
        return later
    lone, _ = candidates[0]
    for first, pair in candidates:
        if pair is None or _EXTRA_PAY.match(text, pair.end):
            continue
        if (
            first is not lone
            and candidates[0][1] is None
            and _PERIOD_AT.match(text, lone.end)
            and _OTHER_MONEY_BEFORE.search(text, max(0, first.start - 40), first.start)
        ):
            # "up to $50,000 per year with expected on-target earnings (OTE) of $70,000–
            # $90,000": a range named as OTE or commission after a base stated with its
            # period is other money ("£60,000+ OTE £60K – £75K" restates the pay).
            break
        if (
            first is not lone
            and candidates[0][1] is None
            and _PERIOD_AT.match(text, lone.end)
            and _SENTENCE_END.search(text, lone.end, first.start)
        ):
            # A lone figure with its own period is a whole statement of pay; a range in a
            # later sentence is another thing ("pohjapalkka on 2 100 €/kk ... Jos saavutat
            # myyntitavoitteesi, kuukausiansiosi tulee olemaan 3 000–5 000 euroa": targets).
            break
        return first, pair
    return candidates[0]


def _later_pay_range(
    text: str, candidates: list[tuple[_Amount, _Amount | None]]
) -> tuple[_Amount, _Amount | None] | None:
    """A range named as pay after an earlier range that is not, or None.

    "We manage $2,000 - $5,000 ad budgets daily. ... The base salary range ... is: $190,800
    - $267,100", "stipend from $500 to $1,000. The pay range is $120,000 - $140,000",
    "Commission of $1,000 to $3,000 per month plus base of $45,000 - $55,000": the earlier
    range has no pay word before it and is either far smaller than the named one (under
    half its bottom: budgets, stipends, perks) or named as other money (commission, bonus,
    OTE). Two places' bands of one size keep the first ("$100k-$120k (US). Canada salary
    range: ...").
    """
    ranges = [(first, pair) for first, pair in candidates if pair is not None]
    if len(ranges) < 2:
        return None
    first, pair = ranges[0]
    if _pay_word_before(text, first.start):
        return None
    for later, later_pair in ranges[1:]:
        if not _PAY_WORDS.search(text, pair.end, later.start):
            continue
        if _pay_word_before(text, later.start) and (
            pair.value < later.value / 2
            or _OTHER_MONEY_BEFORE.search(text, max(0, first.start - 40), first.start)
        ):
            return later, later_pair
        return None
    return None


# A range named right after as other money ("$1,800-$2,000 OTE", "(on target earnings)").
_EXTRA_PAY = re.compile(
    r"\s*\(?(?:\S+\s+){0,1}(?:commission|bonus|OTE|on[- ]target|equity|super)", re.I
)
_OTHER_MONEY_BEFORE = re.compile(
    r"\b(?:OTE|on[- ]target\s+earnings|commissions?|bonus(?:es)?)\b[^\d.;!?]{0,12}$", re.I
)


def _amount_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches `_AMOUNT.finditer(text)` gives, searched only near digits.

    Trying the currency alternation at every position of a 3 KB description cost ~0.8 ms;
    every amount has a digit at most `_LEAD` characters after its start, so each search
    starts just before the next digit (lookbehinds still see the text before it).
    """
    pos = 0
    while (digit := _DIGIT.search(text, pos)) is not None:
        match = _AMOUNT.search(text, max(pos, digit.start() - _LEAD))
        if match is None:
            return
        yield match
        pos = _amount_end(text, match)


def _amount_end(text: str, match: re.Match[str]) -> int:
    """Where an amount ends: before a trailing sign that belongs to the next figure.

    "£30,000 £45,000" matches "£30,000 £" (a sign on each side); the second "£" is the
    next figure's, as is a sign that only stands before figures written onto the next one
    ("PB-3 Rs.15600-39100"); "8000元13薪" keeps its 元.
    """
    end = match.end()
    post = match.group("post")
    if post and text[end : end + 1].isdigit() and (match.group("pre") or _prefix_sign(post)):
        end = match.start("post")
        while end > match.start() and text[end - 1].isspace():
            end -= 1
    return end


def _prefix_sign(sign: str) -> bool:
    """Whether a sign is only ever written before its figure ("Rs.", "$", "£"), not after."""
    return sign in _PREFIX_WORD_SIGNS or any(ch in sign for ch in "$£₹₱₦")


# Currencies whose "mil" is the Spanish and Portuguese thousand: signs that are never a
# dollar ("R$ 5 mil", "₡ 450 mil", "S/ 3 mil"); and a figure after a range word whose bottom
# carries one of them ("₡ 350 a 450 mil", "R$ 3 a 5 mil").
_MIL_THOUSANDS = frozenset({"BRL", "EUR", "CRC", "PEN"})
_MIL_RANGE_FROM = re.compile(r"(?:R\$|€|₡|S/\.?)\s?\d[\d.,]*\s*(?:a|al|hasta|até|-|–|—)\s*$")
_CENT_AS_COLON = re.compile(r"¢(?=\s?\d)")
# "B2B", "B2C", "P2P", "E2E": a letter, 2 and a letter, one word of its own.
_X2Y = re.compile(r"(?<![^\W\d_])[A-Za-z]2[A-Za-z](?![^\W\d_])")
_PREFIX_WORD_SIGNS = frozenset({"Rs", "Rs.", "RM", "Rp", "Php"})
# Signs only ever written after their figure: before one they are another word.
_SUFFIX_WORD_SIGNS = frozenset({"din", "din.", "dinara", "дин", "дин."})


def _amounts(text: str) -> list[_Amount]:
    out: list[_Amount] = []
    for match in _amount_matches(text):
        pre, post = match.group("pre"), match.group("post")
        if pre is not None and pre.lower() in _SUFFIX_WORD_SIGNS:
            pre = None  # "din 45" is Danish "your 45"
        end = _amount_end(text, match)
        if end < match.end():
            post = None
        elif post is not None and _currency(post) is None:
            # Three capitals after a figure that are no currency are a word of their own
            # ("$2,000 OTE", "$5M ARR"): the amount ends before them, so what they say
            # about the figure is read after it.
            end = match.start("post")
            while end > match.start() and text[end - 1].isspace():
                end -= 1
            post = None
        currency = _currency(pre) or _currency(post)
        symbol = pre if _currency(pre) else post if _currency(post) else None
        code = next((t for t in (post, pre) if t and _is_code(t)), None)
        trailing = _TRAILING_CODE.match(text, end)
        leading = _LEADING_CODE.search(text, max(0, match.start() - 4), match.start())
        if code is None and trailing and _is_code(trailing[1]):
            code = trailing[1]  # "300 000$ to 500 000$ CAD"
        elif code is None and leading and _is_code(leading[1]):
            code = leading[1]  # "NZD $100.70"
        num = match.group("num")
        if (
            num == "2"
            and pre is None
            and _X2Y.fullmatch(text, match.start("num") - 1, match.end("num") + 1)
        ):
            continue  # "B2B", "B2C", "P2P": a word (business to business), not "2B" (billions)
        if len(num) > 1 and num[0] == "0" and num[1].isdigit():
            continue  # a clock time ("Mån-Fre, 08.00-17.00"), never money
        if _CLOCK.match(text, match.start("num")) or _CLOCK_AFTER.search(
            text, max(0, match.start("num") - 3), match.start("num")
        ):
            continue  # "Working Hour: 8:30-17:30", "8:00-17:00": hours of the day
        mult_text = match.group("mult")
        start = match.start()
        if not pre and text[start - 1 : start] == "-" and _is_label(text, start):
            continue  # a pay band's or a grade's name ("PB-3", "GS-12"), not a figure
        if (
            not mult_text
            and text.startswith(("...", "…"), end)
            and (_parse_number(num, False) or 0.0) < 1000
        ):
            continue  # cut off by an ellipsis ("INR 6.5..."): its unit is lost
        tail = text[end : end + 3]
        if num == "401" and not pre and (mult_text or tail.startswith("(k")):
            continue  # a US retirement plan, not pay
        value = _amount_value(match)
        if value is None:
            continue
        mult = _MULTIPLIERS.get(mult_text.lower().rstrip(".")) if mult_text else None
        if (
            mult_text
            and mult_text.lower() == "mil"
            and currency not in _MIL_THOUSANDS
            and (
                currency is not None or not _MIL_RANGE_FROM.search(text, max(0, start - 30), start)
            )
        ):
            # "R$ 5 mil" is thousands in Portuguese and Spanish, and so is the top of "₡ 350 a
            # 450 mil" (its sign at the bottom); "$5 mil" in American English is millions, and
            # "$ 900 mil" in Colombia thousands: unsure, no amount.
            continue
        if (
            mult_text
            and (mult_text in ("m", "M", "М") or mult == 1e9)
            and currency is None
            and not _millions_band_top(text, out, mult, start)
        ):
            # "6m" without money is months, not millions; "5B" a grade or a block.
            mult = None
            value = _parse_number(num, False) or 0.0
        if mult in (1e5, 1e7) and (_parse_number(num, False) or 0.0) >= 1000:
            # "INR 2,83,772 - 4,00,000 L.P.A": the unit names figures written out in full.
            mult = None
            value = _parse_number(num, False) or 0.0
        out.append(
            _Amount(
                value=value,
                raw=_parse_number(num, mult is not None) or 0.0,
                mult=mult,
                currency=currency,
                start=match.start(),
                end=end,
                symbol=symbol,
                code=code,
            )
        )
    return out


def _millions_band_top(text: str, before: list[_Amount], mult: float | None, start: int) -> bool:
    """A band's top in the millions of its bottom's money: "UGX 2.5M - 4M", "KES 1.2M–1.8M"
    (the sign is written once, at the bottom, and so is the currency of the "M")."""
    if not before:
        return False
    bottom = before[-1]
    return (
        bottom.currency is not None
        and bottom.mult == mult
        and _RANGE_GAP.fullmatch(text, bottom.end, start) is not None
    )


# A time of day: hours, a colon and two digits of minutes ("8:30", "17:00").
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")
_CLOCK_AFTER = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):$")

# Capitals and a hyphen right before a figure name a band or a grade: "PB-3", "GS-12".
_LABEL = re.compile(r"(?<![A-Za-z\d.,])([A-Z]{1,4})-$")


def _is_label(text: str, start: int) -> bool:
    """Whether the figure at `start` is the number of a label ("PB-3"), not an amount."""
    found = _LABEL.search(text, max(0, start - 5), start)
    return found is not None and not _is_code(found[1]) and found[1] not in _SYMBOLS


def _is_code(token: str) -> bool:
    return (
        len(token) == 3
        and token.isupper()
        and token in ISO_CURRENCIES
        and (token not in _CODE_WORDS)
    )


def _currency(token: str | None) -> str | None:
    if not token:
        return None
    if token in _GLUED_SIGNS:
        return _GLUED_SIGNS[token]  # only ever matched by _E_EURO ("12e/h")
    if token in _SYMBOLS:
        return _SYMBOLS[token]
    if token in ISO_CURRENCIES and token not in _CODE_WORDS:
        return token
    # The amount regex ignores case: "eur", "Rmb", "EUROS" are still currencies.
    return _WORD_SIGNS.get(token.lower())


def _amount_value(match: re.Match[str]) -> float | None:
    mult_text = match.group("mult")
    mult = _MULTIPLIERS.get(mult_text.lower().rstrip(".")) if mult_text else None
    number = _parse_number(match.group("num"), mult is not None)
    if number is None:
        return None
    return number * mult if mult else number


_DECIMAL_APOSTROPHE = re.compile(r"\d+['’]\d{2}")


_SAME_MARK_CENTS = re.compile(r"\d{1,3}(?:\.\d{3})+\.\d{2}|\d{1,3}(?:,\d{3})+,\d{2}")


def _parse_number(num: str, has_mult: bool) -> float | None:
    """Read '120,000', '60.000', '60 000', "120'000", '1.234,56', '102.8' by their separators."""
    if _DECIMAL_APOSTROPHE.fullmatch(num):
        return float(num.replace("'", ".").replace("’", "."))
    s = (
        num.replace("\u00a0", "")
        .replace("\u202f", "")
        .replace(" ", "")
        .replace("'", "")
        .replace("’", "")
    )
    if _SAME_MARK_CENTS.fullmatch(s):
        # One mark for the thousands and the cents ("1.000.00 US$ (Mensual)" on Computrabajo
        # Ecuador, "15.000.00"): a last group of two digits after groups of three is cents,
        # as no thousands group has two digits.
        return float(s[:-3].replace(s[-3], "") + "." + s[-2:])
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        # One comma before 1-2 digits is a decimal comma ("31,2k"); otherwise thousands.
        decimal = len(parts) == 2 and len(parts[1]) != 3
        s = s.replace(",", ".") if decimal else s.replace(",", "")
    elif "." in s:
        parts = s.split(".")
        if len(parts) > 2 or (len(parts[1]) == 3 and not has_mult):
            s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


# Money words right after a period word: the period belongs to them, not to the figure before.
# Not an allowance: "Monthly allowance of RM 1,300" is an intern's pay.
_OTHER_MONEY_AFTER = re.compile(r"\s+(?:commissions?|bonus(?:es)?|incentives?)\b", re.I)
# The same where the period word follows its money noun, as Spanish, Portuguese and French
# adjectives do: "$550 + beneficios de ley + bonificaciones mensuales" (the bonuses are
# monthly, not the pay), "Sueldo base de $200 + comisiones + viáticos diarios".
_OTHER_MONEY_BEFORE_PERIOD = re.compile(
    r"\b(?:bonificaci[oó]n(?:es)?|bonos?|b[ôo]nus|comisi[oó]n(?:es)?|comiss(?:ão|ões)|"
    r"vi[aá]ticos?|incentivos?|premios?|pr[eê]mios?|primes?|"
    # Arabic: "راتب 4500 درهم + عمولة يومية" (a daily commission), "مكافآت شهرية", "حوافز شهرية",
    # "بدل سكن شهري" (a monthly allowance), also after "و" (and).
    r"(?<![^\W\d_])و?(?:عمول[ةه]|عمولات|حوافز|حافز|مكاف[آئأ]ت|مكاف[أئ][ةه]|بدل(?:ات)?(?:\s+[^\W\d_]+)?|"
    r"كوميشن|بونص))\s+$",
    re.I,
)


# A sentence's end: after a word (not "p.a." or "approx."), before a capital.
_FULL_STOP = re.compile(r"(?<=[^\W\d_]{3})[.!?]\s+(?=[^\W\d_])(?-i:(?=[A-Z]))")


# A pay noun that names its period, farther back in the figure's sentence than a period word
# is looked for: "Das monatliche Mindestgehalt beginnt bei Vollzeit mit 3.963 EUR",
# "Bruttomonatsgehalt bei entsprechender, einschlägiger Berufserfahrung ab EUR 3.000", "the
# minimum gross monthly salary for a full-time position (38.5 hours/week) is € 3.341,50".
_PAY_NOUN = (
    r"(?:brutto|netto|mindest|grund|fix|ziel)*(?:gehalt|lohn|entgelt|entlohnung|einkommen|bezug)"
)
_PERIOD_NOUN = re.compile(
    rf"(?P<month>\b(?:brutto|netto)?monats(?:brutto|netto)?{_PAY_NOUN}|"
    rf"\bmonatlich\w*\s+(?:[^\W\d_]+\s+)?{_PAY_NOUN}|"
    r"\bmonthly\s+(?:[^\W\d_]+\s+){0,2}?(?:salary|pay|wage|remuneration)\b|"
    # Finnish, Swedish, Dutch and Spanish compounds and phrases: "kuukausipalkka", "månadslön",
    # "maandsalaris", "salario mensual".
    r"\bkuukausipalk\w*|\bm[åa]nadsl[öø]n\w*|\bmaand(?:salaris|loon)\b|\b(?:salario|sueldo)\s+mensual\b|"
    # Estonian "kuupalk", "kuutasu" and a pay schedule's "kuu" (month): "3. kuu ja edaspidi
    # 1 500 €" (the third month and after).
    r"\bkuu(?:palk\w*|tasu\w*)?\b)|"
    rf"(?P<year>\b(?:brutto|netto)?jahres(?:brutto|netto)?{_PAY_NOUN}|"
    rf"\bj[äa]hrlich\w*\s+(?:[^\W\d_]+\s+)?{_PAY_NOUN}|"
    r"\b(?:annual|yearly)\s+(?:[^\W\d_]+\s+){0,2}?(?:salary|pay|wage|remuneration)\b|"
    r"\bvuosipalk\w*|\b[åa]rsl[öø]n\w*|\bjaar(?:salaris|loon)\b|\b(?:salario|sueldo)\s+anual\b)",
    re.I,
)


def _period_noun_before(text: str, start: int) -> str | None:
    """The period of the last period-naming pay noun in the figure's sentence (160
    characters back at most), when no period word is nearer."""
    if not any(
        word in text
        for word in (
            "onat",
            "onth",
            "ahr",
            "nnual",
            "early",
            "palk",
            "lön",
            "løn",
            "aand",
            "aar",
            "ual",
            "kuu ",
            "kuupalk",
            "kuutasu",
        )
    ):
        return None  # cheap test first
    window = max(0, start - 160)
    for stop in _FULL_STOP.finditer(text, window, start):
        window = stop.end()
    found = [match.lastgroup for match in _PERIOD_NOUN.finditer(text, window, start)]
    return found[-1] if found else None


# A bare "hour" right after the figure, as US contract ads write it ("PAY: $40.00 - $47.00
# Hour DOE"); "hours" ("$500 hours of training") is a count, not a rate.
_BARE_HOUR = re.compile(r"[ \t]+hour\b(?!s)", re.I)


def _find_period(text: str, start: int, end: int, *, whole: bool) -> str | None:
    if _BARE_HOUR.match(text, end):
        return "hour"
    after = _period_search(text, end, min(len(text), end + 40))
    if after and after.end() > end + 28:
        # A word near the window's end: the words after it decide ("on a daily basis" is no
        # day rate, "a monthly commission" is the commission's), so look again a little
        # further, still starting within 40 characters.
        after = _period_search(text, end, min(len(text), end + 56))
        after = after if after and after.start() < end + 40 else None
    elif after is None:
        # A word that starts inside the window and ends past it ("EUR 2.303,- brutto (Basis
        # Vollzeitbeschäftigung pro Monat)"), with no figure between: past another figure it
        # is that figure's ("7 - 9 triệu + 3% ... (từ 20tr++/ tháng)").
        after = _period_search(text, end, min(len(text), end + 56))
        if after and (after.start() >= end + 40 or _DIGIT.search(text, end, after.start())):
            after = None
    # Inside a range ("$20/hr - $25/hr") or just before it ("Annual salary: $120k").
    inside = _period_search(text, start, end)
    # Only a word in the figure's own sentence: "... campaigns weekly. Base pay range: $150,000
    # - $210,000" is no weekly band.
    # (A heading on the line above, "Hourly Rate\n$20 - $25", still names it.)
    window = max(0, start - 30)
    for stop in _FULL_STOP.finditer(text, window, start):
        window = stop.end()
    before = _period_search(text, window, start)
    if after and not inside and before and _figure_digit(text, after.end(), after.end() + 30):
        # "SF Bay Area Hourly Rate $54 — $60 USD San Francisco Annual Salary Range $150,000":
        # a period word that heads the next figure is that figure's; this band's own label
        # before it names its period.
        return before.lastgroup
    if after:
        return after.lastgroup
    if inside:
        return inside.lastgroup
    if before:
        return before.lastgroup
    noun = _period_noun_before(text, start)
    if noun is not None:
        return noun
    if whole and len(text) <= 200:
        anywhere = _period_search(text, 0, len(text))
        if anywhere:
            return anywhere.lastgroup
    return None


def _figure_digit(text: str, pos: int, endpos: int) -> bool:
    """Whether a figure's digit stands in text[pos:endpos] (not the 2 of "B2B", a word)."""
    return any(
        not (match[0] == "2" and _X2Y.fullmatch(text, match.start() - 1, match.end() + 1))
        for match in _DIGIT.finditer(text, pos, endpos)
    )


def _period_search(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """The first period word in text[pos:endpos] that is not another payment's ("£27,700,
    plus a monthly commission": the month is the commission's)."""
    found = _PERIOD_RE.search(text, pos, endpos)
    while found and (
        _OTHER_MONEY_AFTER.match(text, found.end())
        or _OTHER_MONEY_BEFORE_PERIOD.search(text, max(pos, found.start() - 24), found.start())
    ):
        found = _PERIOD_RE.search(text, found.end(), endpos)
    return found


def _pay_context(text: str, start: int, end: int, is_range: bool, title: bool) -> bool:
    """Whether money in a title or description is this job's pay.

    A title (short text) needs a range or a stated period. A description needs a pay word
    ("salary", "pay range", "compensation") or a stated period near the amount, and no
    funding or benefit words around it, unless a pay word comes right before the amount
    ("...stock grant. Pay Range €2.450 - €3.900").
    """
    period_after = bool(_PERIOD_RE.search(text, end, min(len(text), end + 40)))
    near = _PAY_WORDS.search(text, max(0, start - 25), start)
    if near and not _NOT_PAY.search(text, near.start(), min(len(text), end + 20)):
        return True
    if _NOT_PAY.search(text, max(0, start - 80), min(len(text), end + 40)):
        return False
    # The pay word must be in the same sentence: "...how much you want to earn. Each sale
    # is between $250 and $2,500" is not a salary.
    sentence = _SENTENCE_END.split(text[max(0, start - 80) : start])[-1]
    pay_word = bool(_PAY_WORDS.search(sentence)) or bool(
        _PAY_WORDS.search(text, end, min(len(text), end + 20))
    )
    return (title and is_range) or period_after or pay_word


def _notes(text: str) -> tuple[str, ...]:
    return tuple(name for name, pattern in _NOTES if pattern.search(text))
