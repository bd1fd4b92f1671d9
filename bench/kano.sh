#!/usr/bin/env bash
# Kano scale benchmark (issues 4 and 18): how fast `dsc kano` reads a wide
# survey, on one core and on all cores, against the practical limit (a plain
# byte scan of the file, as `wc -l` does) and against an independent
# plain-Python reference (bench/kano_ref.py: the csv module, dicts), all in
# the same run so that the ratios hold on a busy machine. Then an XLSX of
# 20,000 x 50, peak memory at 10,000 and 100,000 respondents in the wide and
# the long layout (it must stay flat), a segment column that is really an
# id, and the go test benchmarks.
#
# Every dsc figure is the best of REPEAT runs; "cpu" is user+system time,
# which a machine shared with other work disturbs less than the wall clock.
#
#   bench/kano.sh                       # 100,000 x 50, as in issue 18
#   ROWS=20000 REPEAT=1 bench/kano.sh   # smaller and quicker
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-100000}
FEATURES=${FEATURES:-50}
XROWS=${XROWS:-20000}
XFEATURES=${XFEATURES:-50}
REPEAT=${REPEAT:-3}
CORES=$(nproc)
out=bench/out
mkdir -p "$out"
# Static binaries, as the README installs dsc: no dynamic loader or libc at start.
export CGO_ENABLED=0
go build -o "$out/dsc" ./cmd/dsc
go build -o "$out/csvread" ./bench/csvread
go build -o "$out/bytescan" ./bench/bytescan
go build -o "$out/kanoread" ./bench/kanoread

gen() { [ -f "$3" ] || go run ./bench/survey -respondents "$1" -features "$2" -out "$3"; }
csv="$out/survey-${ROWS}x${FEATURES}.csv"
small="$out/survey-10000x${FEATURES}.csv"
xlsx="$out/survey-${XROWS}x${XFEATURES}.xlsx"
gen "$ROWS" "$FEATURES" "$csv"
gen 10000 "$FEATURES" "$small"
gen "$XROWS" "$XFEATURES" "$xlsx"
# The same answers in the long layout: one row per respondent and feature.
long() { [ -f "$2" ] || awk -F, -v n="$FEATURES" 'NR == 1 { print "respondent,feature,functional,dysfunctional,importance,segment"; next }
  { for (k = 0; k < n; k++) print $1 ",e" k "," $(3 + 3 * k) "," $(4 + 3 * k) "," $(5 + 3 * k) "," $2 }' "$1" >"$2"; }
longsmall="$out/long-10000x${FEATURES}.csv"
longbig="$out/long-${ROWS}x${FEATURES}.csv"
long "$small" "$longsmall"
long "$csv" "$longbig"
ids="$out/segment-ids.csv"
[ -f "$ids" ] || awk -F, 'NR == 1 { print; next } NR <= 20001 { $2 = "id" NR; print }' OFS=, "$small" >"$ids"

# best CMD...: runs CMD REPEAT times; prints "wall cpu maxrss_kb" of the
# fastest run (by wall clock), its output in $out/last.out.
best() {
  local b="" i o
  for ((i = 0; i < REPEAT; i++)); do
    /usr/bin/time -o "$out/time" -f '%e %U %S %M' "$@" >"$out/last.out" 2>"$out/last.err" || true
    o=$(tail -1 "$out/time" | awk '{ printf "%s %.2f %s", $1, $2 + $3, $4 }')
    if [ -z "$b" ] || awk -v a="$o" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[1] < y[1]) }'; then b=$o; fi
  done
  echo "$b"
}

bytes=$(stat -c %s "$csv")
answers=$((ROWS * FEATURES * 2))
# row NAME "wall cpu rss": one line of the table, rates per wall and per cpu second.
row() {
  awk -v n="$1" -v r="$2" -v a="$answers" -v b="$bytes" 'BEGIN {
    split(r, x, " "); w = x[1] > 0 ? x[1] : 0.001; c = x[2] > 0 ? x[2] : 0.001
    printf "%-34s %8.4f s %8.4f s cpu %8.0f MB/s %8.0f MB/s cpu %7.1fM %7.1fM cpu  %7.1f MB\n", n, w, c, b / w / 1e6, b / c / 1e6, a / w / 1e6, a / c / 1e6, x[3] / 1024 }'
}

echo "== $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== CSV, $ROWS respondents x $FEATURES features: $answers answers, $((bytes / 1000000)) MB"
printf "%-34s %10s %14s %13s %17s %13s %16s %10s\n" "" wall cpu MB/s "MB/s cpu" "answers/s" "answers/s cpu" "max RSS"
cat "$csv" >/dev/null # into the page cache
# One pass takes milliseconds, below what time(1) resolves: bytescan times
# many passes in-process and prints the fastest.
scan="$("$out/bytescan" "$csv" 2>/dev/null) 0"
row "byte scan (read + count lines)" "$scan"
plain=$(best "$out/csvread" "$csv")
row "encoding/csv, read only" "$plain"
# What every dsc command costs before it reads a byte: the process start
# (the runtime and the packages' set-up), printing the help.
start=$(best env GOMAXPROCS=1 "$out/dsc" --help)
one=$(best env GOMAXPROCS=1 "$out/dsc" kano --survey "$csv" --segment-by segment --format json)
cp "$out/last.out" "$out/dsc-1.json"
row "dsc kano, 1 core" "$one"
all=$(best env GOMAXPROCS="$CORES" "$out/dsc" kano --survey "$csv" --segment-by segment --format json)
cp "$out/last.out" "$out/dsc-all.json"
row "dsc kano, $CORES cores" "$all"
# Reading and analysing alone, in-process (no process start, no output).
inproc() { env GOMAXPROCS="$1" "$out/kanoread" -n "$((REPEAT < 3 ? 3 : REPEAT))" "$csv" | awk '{ print $9, $2, 0 }'; }
row "dsc read, in-process, 1 core" "$(inproc 1)"
row "dsc read, in-process, $CORES cores" "$(inproc "$CORES")"
ref=$(REPEAT=$((REPEAT < 3 ? REPEAT : 3)) best python3 bench/kano_ref.py "$csv")
cp "$out/last.out" "$out/ref.json"
row "Python reference (1 core)" "$ref"
awk -v r="$start" 'BEGIN { split(r, x, " "); printf "process start (dsc --help, 1 core): %.4f s, cpu %.4f s, max RSS %.1f MB\n", x[1], x[2], x[3] / 1024 }'
cmp -s "$out/dsc-1.json" "$out/dsc-all.json" && same="byte-identical" || same="DIFFERENT"
echo "one core and $CORES cores give $same JSON"
python3 - "$out/dsc-1.json" "$out/ref.json" <<'EOF'
import json, sys
dsc = {f["id"]: f for f in json.load(open(sys.argv[1]))["features"]}
ref = json.load(open(sys.argv[2]))["features"]
agree = sum(1 for k, v in ref.items() if k in dsc and dsc[k]["category"] == v["category"] and abs(dsc[k]["better"] - v["better"]) < 1e-9)
print(f"Python reference agrees on category and Better for {agree} of {len(ref)} features")
EOF
awk -v one="$one" -v all="$all" -v ref="$ref" -v scan="$scan" 'BEGIN {
  split(one, o, " "); split(all, a, " "); split(ref, r, " "); split(scan, s, " ")
  printf "ratio to Python, wall: %.1fx on 1 core, %.1fx on all cores;  cpu: %.1fx on 1 core\n", r[1] / o[1], r[1] / a[1], r[2] / o[2]
  printf "all cores vs 1 core, wall: %.2fx;  dsc at %.1f%% of the byte scan speed (1 core, wall)\n", o[1] / a[1], 100 * s[1] / o[1] }'

echo "== peak memory (must not grow with respondents)"
m10=$(best "$out/dsc" kano --survey "$small" --segment-by segment --format json)
m100=$(best "$out/dsc" kano --survey "$csv" --segment-by segment --format json)
awk -v a="$m10" -v b="$m100" -v n="$ROWS" 'BEGIN { split(a, x, " "); split(b, y, " ")
  printf "wide: max RSS %.1f MB at 10,000 respondents, %.1f MB at %d\n", x[3] / 1024, y[3] / 1024, n }'
l10=$(best "$out/dsc" kano --survey "$longsmall" --segment-by segment --format json)
l100=$(best "$out/dsc" kano --survey "$longbig" --segment-by segment --format json)
awk -v a="$l10" -v b="$l100" -v n="$ROWS" -v f="$FEATURES" 'BEGIN { split(a, x, " "); split(b, y, " ")
  printf "long (a row per respondent and feature): max RSS %.1f MB at 10,000 respondents (%.2f s), %.1f MB at %d (%d rows, %.2f s)\n", x[3] / 1024, x[1], y[3] / 1024, n, n * f, y[1] }'

echo "== a segment column that is an id: 20,000 values"
seg=$(best "$out/dsc" kano --survey "$ids" --segment-by segment --format json)
awk -v r="$seg" 'BEGIN { split(r, x, " "); printf "stops in %.2f s, max RSS %.1f MB: ", x[1], x[3] / 1024 }'
grep -o 'that column is an id, not a segment' "$out/last.err" | head -1 || echo "NO ERROR"

echo "== XLSX, $XROWS respondents x $XFEATURES features ($((XROWS * XFEATURES * 2)) answers)"
x=$(best "$out/dsc" kano --survey "$xlsx" --segment-by segment --format json)
awk -v r="$x" -v a=$((XROWS * XFEATURES * 2)) 'BEGIN { split(r, x, " ")
  printf "dsc kano %.2f s (cpu %.2f s), %.1fM answers/s, max RSS %.1f MB\n", x[1], x[2], a / x[1] / 1e6, x[3] / 1024 }'

echo "== go test -bench"
go test ./internal/csvscan -run XXX -bench . -benchtime 10x | grep Benchmark
go test ./internal/survey -run XXX -bench 'Wide|XLSX' -benchtime 20x -count 3 -cpu 1,"$CORES" | grep Benchmark
go test ./internal/survey -run XXX -bench LongLayoutMemory -benchtime 1x | grep Benchmark
