#!/usr/bin/env bash
# Report scale benchmark (issue 7): 500 catalog entries, 2,000 touchpoints,
# 200 capabilities and 20,000 survey respondents, through the dsc binary.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"
# Static binaries, as the README installs dsc: no dynamic loader or libc at start.
export CGO_ENABLED=0
go build -o "$out/dsc" ./cmd/dsc
rm -rf "$out/large" && go run ./bench/workspace -out "$out/large" >/dev/null
echo "== dsc validate"
/usr/bin/time -f '%e s, max RSS %M KB' "$out/dsc" validate --workspace "$out/large" >/dev/null
echo "== dsc report (xlsx, html, json)"
/usr/bin/time -f '%e s, max RSS %M KB' "$out/dsc" report --workspace "$out/large" --out "$out/large-report" >/dev/null
ls -la "$out/large-report"
echo "== go test -bench"
go test ./internal/workspace ./internal/analysis ./internal/report -run XXX -bench . -benchtime 3x | grep Benchmark
