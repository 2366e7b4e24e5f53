"""Write scraper/normalize/data/ch_postcodes.tsv from GeoNames' Swiss postal codes.

jobs.ch and Swiss employers write a job's place as a postal address, "Bahnhofstrasse
14, 4334 Sisseln", "2500 Bienne": a four-digit postcode, then the postal locality, which
is often a village GeoNames' lists of 1,000+ people lack. Four digits are also Austria's,
Denmark's, Norway's, Belgium's postcodes, so a postcode says Switzerland only with the
very locality the Swiss register gives it. GeoNames' postal-code file CH.txt (CC BY 4.0,
as redistributed by symerio/postal-codes-data) has one locality a line: country,
postcode, place name, canton, canton code, ... Kept: postcode, place name without the
canton code or post office number written after it ("Rüti ZH", "Sion 4"), canton code;
one line each.

    python tools/build_ch_postcodes.py CH.txt COMMIT
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "scraper/normalize/data/ch_postcodes.tsv"
_SUFFIX = re.compile(r"\s+(?:[A-Z]{2}|\d+)$")


def main(argv: list[str]) -> int:
    source, commit = Path(argv[1]), argv[2]
    rows: dict[tuple[str, str], str] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 5 or fields[0] != "CH" or not re.fullmatch(r"\d{4}", fields[1]):
            continue
        name = _SUFFIX.sub("", fields[2].strip())
        rows.setdefault((fields[1], name), fields[4])
    header = (
        "# Swiss postcodes and their postal localities (tools/build_ch_postcodes.py):\n"
        "# postcode, locality, canton code, tab-separated. Source: GeoNames postal codes\n"
        f"# (https://www.geonames.org/, CC BY 4.0) as in symerio/postal-codes-data@{commit[:12]}\n"
        "# data/geonames/CH.txt; names and codes only.\n"
    )
    body = "".join(f"{pc}\t{name}\t{canton}\n" for (pc, name), canton in sorted(rows.items()))
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{len(rows)} localities -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
