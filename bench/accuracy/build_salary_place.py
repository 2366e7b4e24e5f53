"""Build the labelled salary, price and place corpora in bench/accuracy/data/ from public data.

Run once after fetching the public sources (see bench/accuracy/README.md, "Salary" and
"Places"); the output files are committed, so the harness needs none of the sources:

    python bench/accuracy/build_salary_place.py --ashby DIR --price-tests FILE

- `--ashby DIR`: Ashby job-board API responses (one JSON per company) as saved by the
  stapply-ai/jobs repository (MIT) in ashby/companies/ at commit 43ece6fd3ab4. Salary
  strings are Ashby's own compensation summaries ("CA$110K – CA$127K", "₹8.8L – ₹10.6L"),
  labelled with the structured numbers Ashby renders them from (minValue, maxValue,
  currencyCode, interval). Place strings are the free-text `location` of each posting,
  labelled with the posting's structured postal address (country, locality).
- `--price-tests FILE`: scrapinghub/price-parser's tests/test_price_parsing.py (BSD-3) at
  commit 64e213a46a40: the price strings of its examples, read as data with `ast` (nothing
  is executed), labelled with the ISO 4217 code of the currency sign its authors marked.
- data/salary_hand.jsonl and data/places_hand.jsonl: strings labelled by hand, each with its
  source (another project's salary tests, Uber's careers locations saved by stapply-ai/jobs;
  the rows once taken from the shared API samples were removed in the fifteenth session,
  the owners' rule); data/places_review.json: the hand review of the automatic place
  labels (areas get no country; a shopping centre's name is dropped).

Every record gets a split from a hash of its text: 60% train, 20% dev, 20% test.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pycountry

HERE = Path(__file__).parent
DATA = HERE / "data"
ASHBY_SOURCE = "stapply-ai/jobs@43ece6fd3ab4 ashby/companies (MIT); Ashby posting API"
PRICE_SOURCE = "scrapinghub/price-parser@64e213a46a40 tests/test_price_parsing.py (BSD-3-Clause)"
_PERIODS = {"1 YEAR": "year", "1 MONTH": "month", "1 HOUR": "hour", "1 WEEK": "week"}
# Address countries written as names our labeller must read; anything else via pycountry.
_COUNTRY_NAMES = {
    "usa": "US", "us": "US", "united states": "US", "uk": "GB", "united kingdom": "GB",
    "south korea": "KR", "korea": "KR", "vietnam": "VN", "taiwan": "TW", "russia": "RU",
    "czech republic": "CZ", "turkey": "TR", "türkiye": "TR", "uae": "AE", "ksa": "SA",
    "hong kong": "HK", "the netherlands": "NL", "bolivia": "BO", "venezuela": "VE",
    "moldova": "MD", "tanzania": "TZ", "iran": "IR", "ivory coast": "CI",
}  # fmt: skip
# Currency signs in price-parser's examples -> ISO 4217, only for the currencies job ads
# use; shared signs with no single answer ("kr", "R", "P", "¢") are left out.
_PRICE_SIGNS = {
    "€": "EUR", "EUR": "EUR", "euro": "EUR", "$": "USD", "US$": "USD", "USD": "USD",
    "US $": "USD", "£": "GBP", "GBP": "GBP", "￡": "GBP", "Kč": "CZK", "руб.": "RUB",
    "руб": "RUB", "Р": "RUB", "р.": "RUB", "₽": "RUB", "zł": "PLN", "Zł": "PLN", "zl": "PLN",
    "PLN": "PLN", "pln": "PLN", "R$": "BRL", "грн.": "UAH", "грн": "UAH", "₴": "UAH",
    "DKK": "DKK", "Rp": "IDR", "lei": "RON", "LEI": "RON", "Lei": "RON", "RON": "RON",
    "₫": "VND", "Ft": "HUF", "HUF": "HUF", "TL": "TRY", "₺": "TRY", "SGD": "SGD",
    "CHF": "CHF", "chf": "CHF", "Fr.": "CHF", "SFr": "CHF", "₪": "ILS", "nis": "ILS",
    "NOK": "NOK", "C$": "CAD", "CA$": "CAD", "CAD$": "CAD", "CAN$": "CAD", "лв.": "BGN",
    "лв": "BGN", "₹": "INR", "Rs": "INR", "AED": "AED", "RM": "MYR", "NT$": "TWD",
    "A$": "AUD", "AU$": "AUD", "AU $": "AUD", "AUD": "AUD", "NZD": "NZD", "nzd": "NZD",
    "MX$": "MXN", "원": "KRW", "円": "JPY", "yen": "JPY", "元": "CNY", "人民币": "CNY",
    "yuan": "CNY", "₱": "PHP", "₦": "NGN", "KSh": "KES", "KShs": "KES", "฿": "THB",
    "บาท": "THB", "HK$": "HKD",
}  # fmt: skip


def split_of(text: str) -> str:
    """train (60%), dev (20%) or test (20%), fixed by a hash of the text."""
    bucket = int(hashlib.sha1(text.encode()).hexdigest(), 16) % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


def iso_country(name: str | None) -> str | None:
    """ISO alpha-2 of an address country as Ashby stores it ('USA', 'Germany', 'DE')."""
    if not name or not name.strip():
        return None
    key = name.strip().lower()
    if key in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[key]
    try:
        return str(pycountry.countries.lookup(name.strip()).alpha_2)
    except LookupError:
        return None


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).strip()


def _ashby_jobs(folder: Path) -> Iterator[dict[str, Any]]:
    for path in sorted(folder.glob("*.json")):
        try:
            board = json.loads(path.read_bytes())
        except ValueError:
            continue
        yield from board.get("jobs") or []


def ashby_salaries(folder: Path) -> list[dict[str, Any]]:
    """One record per distinct (summary, label): every non-USD one, a hashed share of USD."""
    seen: dict[str, dict[str, Any]] = {}
    for job in _ashby_jobs(folder):
        for tier in (job.get("compensation") or {}).get("compensationTiers") or []:
            for part in tier.get("components") or []:
                period = _PERIODS.get(part.get("interval") or "")
                if part.get("compensationType") != "Salary" or period is None:
                    continue
                text = part.get("summary") or ""
                label = [part.get("minValue"), part.get("maxValue"), part.get("currencyCode")]
                label.append(period)
                if not text or label[0] is None:
                    continue
                usd = label[2] == "USD"
                # USD ranges are 95% of the data and alike: keep one in eight.
                if usd and int(hashlib.sha1(text.encode()).hexdigest(), 16) % 8:
                    continue
                expect = _shown(text, _band(label))
                if expect is None:
                    continue
                # No country hint: Ashby writes "$" for USD alone ("CA$", "A$" otherwise),
                # whereas free text in Toronto means CAD by "$".
                record = {"text": text, "country": None, "expect": expect}
                if seen.get(text, record)["expect"] != record["expect"]:
                    seen[text]["conflict"] = True
                seen.setdefault(text, record)
    return [{**r, "source": ASHBY_SOURCE} for r in seen.values() if not r.pop("conflict", False)]


_SHOWN = re.compile(r"(\d+(?:\.\d+)?)([KML])\b")
_SCALE = {"K": 1e3, "M": 1e6, "L": 1e5}
_STATED = (("month", "month"), ("hour", "hour"), ("/hr", "hour"), ("year", "year"),
           ("annual", "year"), ("week", "week"))  # fmt: skip


def _shown(text: str, band: list[Any]) -> list[Any] | None:
    """The band as the summary shows it ("$136.2K" for 136,170), or None when they disagree.

    Ashby rounds to one decimal of a thousand; the text cannot say more, so the label is
    the figure shown, after checking it is the structured one within 1%. A band whose
    figures the text does not show at all (a data-entry slip: "CA$30.00 – CA$450,000.00"
    for 300,000) is left out.
    """
    low, high = band[0], band[1]
    if low is not None and high and low < high / 10:
        return None
    stated = {p for word, p in _STATED if word in text.lower()}
    if stated and band[3] not in stated:
        return None  # the text says "PHP/month" where the numbers say a year: a slip
    shown = [float(n) * _SCALE[m] for n, m in _SHOWN.findall(text)]
    if len(shown) == 2 and low is not None and high is not None:
        if all(abs(s - v) <= 0.01 * v for s, v in zip(shown, (low, high), strict=True)):
            return [shown[0], shown[1], *band[2:]]
        return None
    return band


def _band(label: list[Any]) -> list[Any]:
    low, high, currency, period = label
    low = float(low) if low is not None else None
    high = float(high) if high is not None else low
    return [low, high, currency, period]


def ashby_places(folder: Path) -> list[dict[str, Any]]:
    """Location strings whose postings all carry one address country; city when it is named."""
    found: dict[str, set[tuple[str | None, str | None]]] = defaultdict(set)
    for job in _ashby_jobs(folder):
        text = (job.get("location") or "").strip()
        address = ((job.get("address") or {}).get("postalAddress")) or {}
        if not text or not (address.get("addressCountry") or "").strip():
            continue
        city = (address.get("addressLocality") or "").strip() or None
        # Only a city the text itself names is a label: the address may be a head office.
        if city is not None and _fold(city) not in _fold(text):
            city = None
        found[text].add((iso_country(address["addressCountry"]), city))
    review = json.loads((DATA / "places_review.json").read_text("utf-8"))["labels"]
    out = []
    for text, labels in sorted(found.items()):
        if text in review:
            if review[text] is not None:
                out.append({"text": text, **review[text], "source": ASHBY_SOURCE})
            continue
        countries = {c for c, _ in labels}
        if len(countries) != 1 or None in countries:
            continue
        # A "city" that is the whole text, a country or "Remote" is no city label.
        cities = {c for _, c in labels if c and _fold(c) != _fold(text) and not iso_country(c)}
        cities -= {"Remote", "remote"}
        out.append(
            {
                "text": text,
                "country": countries.pop(),
                "city": cities.pop() if len(cities) == 1 else None,
                "source": ASHBY_SOURCE,
            }
        )
    return out


def price_examples(path: Path) -> list[dict[str, Any]]:
    """(price string, ISO currency) from price-parser's example lists, read as data."""
    tree = ast.parse(path.read_text("utf-8"))
    out: dict[str, dict[str, Any]] = {}
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.List)):
            continue
        for item in node.value.elts:
            if not (isinstance(item, ast.Call) and getattr(item.func, "id", "") == "Example"):
                continue
            try:
                args = [ast.literal_eval(a) for a in item.args[:5]]
            except ValueError:
                continue
            _, price_raw, sign, _, amount = args
            code = _PRICE_SIGNS.get(sign) if isinstance(sign, str) else None
            # Amounts below 5 are placeholders for pay ("0", "1"): not scored as prices.
            big_enough = isinstance(amount, int | float) and amount >= 5
            # Only strings that show the sign: the rest had it elsewhere on the page.
            shown = isinstance(price_raw, str) and isinstance(sign, str) and sign in price_raw
            if code and shown and big_enough:
                out.setdefault(price_raw, {"text": price_raw, "currency": code})
    return [{**r, "source": PRICE_SOURCE} for r in out.values()]


def _hand(name: str) -> list[dict[str, Any]]:
    path = DATA / name
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def write(name: str, records: Iterable[dict[str, Any]]) -> int:
    """Write records (split added, sorted by text) as JSON lines; returns the count."""
    rows = sorted(({**r, "split": split_of(r["text"])} for r in records), key=lambda r: r["text"])
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows]
    (DATA / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    """Build data/salary.jsonl, data/prices.jsonl and data/places.jsonl."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ashby", type=Path, required=True)
    parser.add_argument("--price-tests", type=Path, required=True)
    args = parser.parse_args(argv)
    salaries = ashby_salaries(args.ashby) + _hand("salary_hand.jsonl")
    places = ashby_places(args.ashby) + _hand("places_hand.jsonl")
    for name, rows in (
        ("salary.jsonl", salaries),
        ("prices.jsonl", price_examples(args.price_tests)),
        ("places.jsonl", places),
    ):
        print(f"{name}: {write(name, _dedupe(rows))} records")
    return 0


def _dedupe(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per text: a hand label (listed last) replaces an automatic one."""
    return list({r["text"]: r for r in rows}.values())


if __name__ == "__main__":
    sys.exit(main())
