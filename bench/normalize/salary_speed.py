"""CPU time of the salary parser alone, on descriptions, salary fields and the real corpus.

The whole-posting benchmark (bench.py) moves with the machine's load by more than a change
to the salary parser costs; this times `parse_salary` by itself: on the 300 descriptions of
bench.py's generator (cleaned as normalisation cleans them, parsed strictly), on its salary
fields (x30) and on every string of bench/accuracy/data/salary_market.jsonl. Best of N.

Run: PYTHONPATH=. python bench/normalize/salary_speed.py [--repeat 5]
To compare two versions, run it on each alternately (the machine's load drifts).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

# The script's own folder comes first on the path: this is bench/normalize/bench.py.
from bench import SALARY_TEXTS, postings
from scraper.normalize.salary import parse_salary
from scraper.normalize.text import html_to_text

CORPUS = Path(__file__).parents[1] / "accuracy" / "data" / "salary_market.jsonl"


def best_ms(run: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs, in CPU milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times) * 1000


def main() -> None:
    """Print the three timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    descriptions = [html_to_text(raw.description_html) for raw in postings(300)]
    fields = [text for text in SALARY_TEXTS if text] * 30
    records = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines()]
    corpus = [(record["text"], record["country"]) for record in records]

    def strict() -> None:
        for text in descriptions:
            parse_salary(text, strict=True, country="US")

    def field() -> None:
        for text in fields:
            parse_salary(text, country="US")

    def real() -> None:
        for text, country in corpus:
            parse_salary(text, country=country)

    print(f"descriptions ({len(descriptions)}): {best_ms(strict, args.repeat):.1f} ms")
    print(f"salary fields ({len(fields)}): {best_ms(field, args.repeat):.1f} ms")
    print(f"corpus strings ({len(corpus)}): {best_ms(real, args.repeat):.1f} ms")


if __name__ == "__main__":
    main()
