#!/bin/bash
# Instructions per classified title, counted by valgrind (callgrind): unlike CPU time,
# the count does not move with the host's load, so two commits compare on a busy machine.
#   bash bench/classify/instructions.sh [checkout] [titles]
# Runs the classifier of <checkout> (default: this one) over the first <titles> (2000)
# titles of bench.py, and subtracts a run that only loads and builds them.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
tree=$(cd "${1:-$here}" && pwd)
n=${2:-2000}
python=${PYTHON:-python}
# String hashes are salted per process, so set and dict probing differ from run to run: two
# runs of the same code counted 338,761 and 339,368 a title; with a fixed seed, 339,263 and
# 339,368 (what is left moves with object addresses).
export PYTHONHASHSEED=${PYTHONHASHSEED:-0}
count() {
  cd "$tree" && PYTHONPATH="$tree" valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    "$python" - "$1" "$n" "$here" <<'PY' 2>&1 | awk '/Collected/ {print $4}'
import sys
sys.path.insert(0, sys.argv[3] + "/bench/classify")
import bench
import scraper.classify as c
items = bench.titles(int(sys.argv[2]))
c._builtin()
c.classify("warm up")
if sys.argv[1] == "1":
    for x in items:
        c.classify(x, department="Engineering")
PY
}
base=$(count 0)
full=$(count 1)
echo "$tree: $(( (full - base) / n )) instructions per title ($n titles)"
