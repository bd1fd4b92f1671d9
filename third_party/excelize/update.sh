#!/bin/sh
# update.sh VERSION: replaces this copy of excelize with VERSION's non-test
# sources and reapplies patch.diff (see PATCH.md). Run it from anywhere, then
# run `go mod tidy` and the checks PATCH.md lists. The folder is a package of
# dsc's module, so upstream's go.mod is not copied.
set -eu
version=${1:?usage: update.sh vX.Y.Z}
here=$(cd "$(dirname "$0")" && pwd)
dir=$(cd /tmp && go mod download -json "github.com/xuri/excelize/v2@$version" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$dir" ] || { echo "update.sh: could not download excelize $version" >&2; exit 1; }
cd "$here"
find . -maxdepth 1 -name '*.go' -exec rm -f {} +
rm -f LICENSE go.mod
for f in "$dir"/*.go; do
	case $f in *_test.go) ;; *) cp "$f" . ;; esac
done
cp "$dir/LICENSE" .
chmod u+w ./*.go LICENSE
patch -p1 --no-backup-if-mismatch <patch.diff
# patch.diff is made with diff -w: the lazy map literals' bodies keep
# upstream's lines and gofmt gives them the function's indentation.
gofmt -w ./*.go
# Every package-level regexp.MustCompile must have become lazy: list any left.
grep -n '^[[:space:]]*[a-zA-Z_]* *= *regexp\.MustCompile\|^[[:space:]]*regexp\.MustCompile' ./*.go || true
