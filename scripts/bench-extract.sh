#!/usr/bin/env bash
# Runs offprint (txt + json) over the extraction corpora in ../shared/corpus and scores the output
# with ../shared/tools/score.py. Prints the scorer's tables and pages per second per corpus.
# Usage: scripts/bench-extract.sh [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-${OFFPRINT_SHARED:-../shared}}
if [ ! -d "$shared/corpus" ]; then
  echo "bench-extract: $shared/corpus not found; nothing to measure" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # name, input folder, output folder
  local name=$1 in=$2 out=$3 n start end
  n=$(find "$in" -maxdepth 1 -name '*.html' | wc -l)
  start=$(date +%s.%N)
  bin/offprint convert --quiet --format txt,json -o "$out" "$in" || true
  end=$(date +%s.%N)
  awk -v n="$n" -v s="$start" -v e="$end" -v c="$name" \
    'BEGIN { printf "%s: %d pages in %.1f s (%.1f pages/s, one JVM, txt+json)\n", c, n, e-s, n/(e-s) }'
  # The issue's per-page limits, from the batch report: status counts (failures by reason: only
  # "no article content" is an acceptable failure), the slowest page, and pages over 10 s.
  python3 - "$out/report.jsonl" <<'PY'
import collections, json, sys
rows = {}
for line in open(sys.argv[1], encoding='utf-8'):
    r = json.loads(line)
    rows[r['id']] = r
status = collections.Counter(r['status'] for r in rows.values())
reasons = collections.Counter((r.get('reason') or '').split(':')[0] for r in rows.values() if r['status'] == 'failed')
slow = max(rows.values(), key=lambda r: r.get('ms') or 0)
over = sum(1 for r in rows.values() if (r.get('ms') or 0) > 10000)
print('  status: ' + ', '.join(f'{k} {v}' for k, v in sorted(status.items()))
      + ('; failed by reason: ' + ', '.join(f'{k} {v}' for k, v in sorted(reasons.items())) if reasons else ''))
print(f"  slowest page: {slow['id']} {slow.get('ms')} ms; pages over 10 s: {over}")
PY
}

# readability: <case>/source.html -> <case>.html (the scorer's id is the case folder name)
mkdir -p "$work/r-in" "$work/r-out" "$work/t-out"
for d in "$shared"/corpus/readability/*/; do
  c=$(basename "$d"); [ -f "$d/source.html" ] && cp "$d/source.html" "$work/r-in/$c.html"
done
run readability "$work/r-in" "$work/r-out"
python3 "$shared/tools/score.py" readability "$work/r-out" --offprint --data "$shared/corpus/readability"

run trafilatura-dev "$shared/corpus/trafilatura-dev/html" "$work/t-out"
python3 "$shared/tools/score.py" trafilatura "$work/t-out" --offprint --data "$shared/corpus/trafilatura-dev"
