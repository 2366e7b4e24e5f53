"""CPU time of the location parser alone, on every distinct real location string, uncached.

`parse_location` caches each string's reading (`_parse_one`, `_spelt_right`), so a crawl
pays the parser once per distinct string; this times that first reading: every distinct
text of bench/accuracy/data/places*.jsonl (real fields of many boards and markets), with
the per-string caches emptied before each pass and the gazetteer indexes built beforehand.
Best of N passes, in CPU time (the machine's load moves wall-clock time more than a change
to the parser does).

Run: PYTHONPATH=. python bench/normalize/location_speed.py [--repeat 7]
To compare two versions, run each alternately with its tree first on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from scraper.normalize import location

DATA = Path(__file__).parents[1] / "accuracy" / "data"


def texts() -> list[str]:
    """Every distinct location text of the labelled place corpora, in file order."""
    seen: dict[str, None] = {}
    for path in sorted(DATA.glob("places*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                seen.setdefault(json.loads(line)["text"], None)
    return list(seen)


def clear() -> None:
    """Empty the parser's per-string caches (not the gazetteer indexes)."""
    for name in ("_parse_one", "_spelt_right"):
        func = getattr(location, name, None)
        if func is not None and hasattr(func, "cache_clear"):
            func.cache_clear()


def main() -> None:
    """Print the best pass's CPU time and the cost per string."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    items = texts()
    for text in items:  # build every index and table the parser loads on use
        location.parse_location(text)
    best = float("inf")
    for _ in range(args.repeat):
        clear()
        start = time.process_time()
        for text in items:
            location.parse_location(text)
        best = min(best, time.process_time() - start)
    each = best / len(items) * 1e6
    print(f"{len(items)} distinct strings: {best * 1000:.1f} ms, {each:.1f} µs each")


if __name__ == "__main__":
    main()
