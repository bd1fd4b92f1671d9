#!/usr/bin/env bash
# Kano scale benchmark (issue 4): a wide CSV of 100,000 respondents x 100
# features (20 million answers) and an XLSX of 20,000 respondents x 50
# features, read by `dsc kano`, against a plain encoding/csv read of the same
# CSV. Prints answers per second and peak memory; memory must stay flat as
# respondents grow (compare the 10,000-row run with the 100,000-row run).
#
#   bench/kano.sh            # full size
#   ROWS=20000 bench/kano.sh # smaller
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-100000}
FEATURES=${FEATURES:-100}
XROWS=${XROWS:-20000}
XFEATURES=${XFEATURES:-50}
out=bench/out
mkdir -p "$out"
go build -o "$out/dsc" ./cmd/dsc
go build -o "$out/csvread" ./bench/csvread

gen() { [ -f "$3" ] || go run ./bench/survey -respondents "$1" -features "$2" -out "$3"; }
gen "$ROWS" "$FEATURES" "$out/survey-$ROWS.csv"
gen 10000 "$FEATURES" "$out/survey-10000.csv"
gen "$XROWS" "$XFEATURES" "$out/survey-$XROWS.xlsx"

# time_run FILE ANSWERS: runs dsc kano, prints seconds, answers/s and max RSS.
time_run() {
  local file=$1 answers=$2
  local t0 t1 rss
  t0=$(date +%s.%N)
  rss=$( { /usr/bin/time -f '%M' "$out/dsc" kano --survey "$file" --segment-by segment --format json >/dev/null; } 2>&1 | tail -1)
  t1=$(date +%s.%N)
  awk -v a="$answers" -v t0="$t0" -v t1="$t1" -v rss="$rss" -v f="$file" \
    'BEGIN { s = t1 - t0; printf "dsc kano   %-32s %7.2f s  %12.0f answers/s  max RSS %6.1f MB\n", f, s, a / s, rss / 1024 }'
}

echo "== CSV, $ROWS respondents x $FEATURES features ($((ROWS * FEATURES * 2)) answers)"
"$out/csvread" "$out/survey-$ROWS.csv" | awk -v a=$((ROWS * FEATURES * 2)) '{ split($0, p, " "); s = p[4] + 0; printf "plain csv  %-32s %7.2f s  %12.0f answers/s\n", "(encoding/csv read only)", s, a / s }'
time_run "$out/survey-$ROWS.csv" $((ROWS * FEATURES * 2))
time_run "$out/survey-10000.csv" $((10000 * FEATURES * 2))
echo "== XLSX, $XROWS respondents x $XFEATURES features ($((XROWS * XFEATURES * 2)) answers)"
time_run "$out/survey-$XROWS.xlsx" $((XROWS * XFEATURES * 2))
echo "== go test -bench (internal/survey)"
go test ./internal/survey -run XXX -bench . -benchtime 5x | grep Benchmark
