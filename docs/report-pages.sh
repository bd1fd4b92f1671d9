#!/usr/bin/env bash
# Regenerates the page images of docs/report.md: writes the example deck
# (report.html) and workbook (report.xlsx), prints the deck to PDF in headless
# Chromium exactly as a reader's "Print" does (A4 landscape, the deck's own
# page margins and footer) and the workbook with LibreOffice (each sheet's
# own page setup), and renders every page of the deck and the first page of
# every sheet as a PNG into docs/report/ (760 pixels wide; shrunk with
# pngquant when it is installed, to keep the repository small).
#
#   docs/report-pages.sh [EXAMPLE]      (default: automotive-aftermarket)
#
# Needs Go, chromium, libreoffice (calc) and pdftoppm (poppler-utils);
# nothing goes online.
set -euo pipefail
cd "$(dirname "$0")/.."
example=${1:-automotive-aftermarket}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go run ./cmd/dsc report --example "$example" --out "$work" --formats html,xlsx >/dev/null
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" \
  --proxy-server=http://127.0.0.1:9 --proxy-bypass-list='<-loopback>' \
  --no-pdf-header-footer --virtual-time-budget=5000 --print-to-pdf="$work/deck.pdf" "file://$work/report.html" 2>/dev/null

# splice MARKER FILE puts FILE into docs/report.md between <!-- MARKER -->
# and <!-- /MARKER -->, in place of what stood there.
splice() {
  awk -v g="$2" -v m="$1" '
    $0 == "<!-- " m " -->" { print; while ((getline line < g) > 0) print line; skip = 1; next }
    $0 == "<!-- /" m " -->" { skip = 0 }
    !skip { print }' docs/report.md >"$work/report.md"
  cp "$work/report.md" docs/report.md
}

rm -f docs/report/page-*.png docs/report/sheet-*.png
pdftoppm -png -scale-to-x 760 -scale-to-y -1 "$work/deck.pdf" docs/report/page

# The gallery in docs/report.md, between its markers: one image per page,
# captioned with the page's heading.
gallery="$work/gallery.md"
# The slides' titles; a page that starts with none of them continues the one before.
grep -o '<h2>[^<]*</h2>' "$work/report.html" | sed 's/<[^>]*>//g; s/&amp;/\&/g' >"$work/titles"
title=""
for png in docs/report/page-*.png; do
  n=$(basename "$png" .png); n=$((10#${n#page-}))
  first=$(pdftotext -f "$n" -l "$n" "$work/deck.pdf" - | sed -n '/[[:alpha:]]/{p;q}' | sed 's/ *$//')
  if [ "$n" = 1 ]; then
    title="Cover"
  elif grep -qxF "$first" "$work/titles"; then
    title=$first
  else
    title="${title% (continued)} (continued)"
  fi
  printf '**Page %d: %s**\n\n![page %d](report/%s)\n\n' "$n" "$title" "$n" "$(basename "$png")" >>"$gallery"
done
splice pages "$gallery"

# The workbook: the first page of every sheet, named by the sheet in its
# print footer ("Digital Sales Center: SHEET ... Page n / N").
libreoffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work" "$work/report.xlsx" >/dev/null 2>&1
pages=$(pdfinfo "$work/report.pdf" | awk '/^Pages:/ {print $2}')
gallery="$work/sheets.md"
: >"$gallery"
last="" n=0
for p in $(seq 1 "$pages"); do
  sheet=$(pdftotext -f "$p" -l "$p" -layout "$work/report.pdf" - | sed -n 's/^ *Digital Sales Center: \([^ ]\{1,\}\( [^ ]\{1,\}\)*\)  .*Page [0-9].*/\1/p' | tail -1)
  [ -z "$sheet" ] || [ "$sheet" = "$last" ] && continue
  last=$sheet n=$((n + 1))
  png=$(printf 'sheet-%02d' "$n")
  pdftoppm -png -f "$p" -l "$p" -singlefile -scale-to-x 760 -scale-to-y -1 "$work/report.pdf" "docs/report/$png"
  printf '**Sheet %d: %s** (page %d of %d)\n\n![sheet %s](report/%s.png)\n\n' "$n" "$sheet" "$p" "$pages" "$sheet" "$png" >>"$gallery"
done
splice sheets "$gallery"

if command -v pngquant >/dev/null; then
  pngquant --force --skip-if-larger --ext .png --quality 70-95 docs/report/*.png || true
fi
echo "wrote $(ls docs/report/page-*.png | wc -l) pages of the $example deck and the first pages of its workbook's $n sheets to docs/report/, and their galleries to docs/report.md"
