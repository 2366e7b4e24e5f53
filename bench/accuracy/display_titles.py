"""Words lost from display titles, on real titles with suffixes, brackets, dashes and tags.

    PYTHONPATH=. python bench/accuracy/display_titles.py            # the table
    PYTHONPATH=. python bench/accuracy/display_titles.py --misses   # and every title that lost one

Each title of `data/display_titles.jsonl` goes through what `normalize()` does with a
source's title: `clean_title(title, location)`, with the posting's own location text. A
word is lost when it is in the title (after gender tags such as "(m/w/d)" are removed, and
entities and mojibake repaired) and not in the display title. The only words a display may
drop are a suffix that repeats the posting's own location ("Staff Engineer - London" at
"London, UK"); every other lost word counts against the tidying. The same titles are also
read with no location at all, where nothing may go.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from scraper.normalize.text import clean_title, gender_free

DATA = Path(__file__).parent / "data" / "display_titles.jsonl"
_WORDS = re.compile(r"[^\W_]+")


def _words(text: str | None) -> Counter[str]:
    return Counter(_WORDS.findall((text or "").casefold()))


def lost_words(title: str, location: str | None) -> tuple[list[str], list[str]]:
    """(words lost that the posting's location does not hold, words lost that it holds)."""
    shown, _, _ = clean_title(title, location)
    gone = _words(gender_free(title)) - _words(shown)
    own = _words(location)
    return sorted(w for w in gone if w not in own), sorted(w for w in gone if w in own)


def _share(part: int, total: int) -> str:
    return f"{part}/{total} = {part / max(1, total):.1%}"


def report(rows: Iterable[dict[str, str | None]], misses: bool) -> list[str]:
    """Rows of the table: titles losing words with and without their location."""
    total = bad = bad_bare = dropped_suffix = 0
    words_lost = 0
    per_source: Counter[str] = Counter()
    wrong: list[str] = []
    for row in rows:
        title, location = str(row["title"]), row.get("location")
        total += 1
        per_source[str(row["source"]).split("@")[0].split(" (")[0].split(":")[0]] += 1
        lost, repeated = lost_words(title, location)
        bare, _ = lost_words(title, None)
        if lost:
            bad += 1
            words_lost += len(lost)
            wrong.append(f"   {title!r} at {location!r}: lost {lost}")
        if bare:
            bad_bare += 1
            wrong.append(f"   {title!r} with no location: lost {bare}")
        dropped_suffix += bool(repeated) and not lost
    lines = [
        "| display titles | count |",
        "|---|---|",
        f"| titles | {total} (from {len(per_source)} sources) |",
        f"| titles that lost a word (with the posting's location) | {_share(bad, total)} |",
        f"| words lost | {words_lost} |",
        f"| titles that lost a word (no location given) | {_share(bad_bare, total)} |",
        f"| titles shortened by a suffix repeating the posting's location | {dropped_suffix} |",
    ]
    return lines + (wrong if misses else [])


def main(argv: list[str] | None = None) -> int:
    """Print the words-lost table for the display-title corpus."""
    parser = argparse.ArgumentParser(description="words lost from display titles")
    parser.add_argument("--misses", action="store_true", help="list every title that lost one")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line.strip()]
    print("## display titles\n")
    print("\n".join(report(rows, args.misses)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
