#!/bin/sh
# update.sh VERSION: replaces this copy of atotto/clipboard with VERSION's
# non-test sources, gofmt-s them and reapplies patch.diff (see PATCH.md).
set -eu
version=${1:?usage: update.sh vX.Y.Z}
here=$(cd "$(dirname "$0")" && pwd)
dir=$(cd /tmp && go mod download -json "github.com/atotto/clipboard@$version" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$dir" ] || { echo "update.sh: could not download clipboard $version" >&2; exit 1; }
cd "$here"
find . -maxdepth 1 -name '*.go' -exec rm -f {} +
rm -f LICENSE go.mod
for f in "$dir"/*.go; do
	case $f in *_test.go) ;; *) cp "$f" . ;; esac
done
cp "$dir/LICENSE" "$dir/go.mod" .
chmod u+w ./*.go LICENSE go.mod
gofmt -w .
patch -p1 --no-backup-if-mismatch <patch.diff
gofmt -l .
