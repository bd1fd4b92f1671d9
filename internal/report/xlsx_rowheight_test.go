package report

import (
	"strings"
	"testing"
	"testing/fstest"
)

// A pin reason of a page (2,400+ characters) wraps to more lines than a
// row of Excel may be high: the row is capped at Excel's 409 points and
// the cell keeps every word, instead of the whole workbook failing
// (trial6 M13). 170 lines of 15 points would be 2,552 points.
func TestLongTextCapsRowHeight(t *testing.T) {
	if h := rowHeight(170); h != 409 {
		t.Errorf("rowHeight(170) = %v, want 409", h)
	}
	if h := rowHeight(3); h != 47 { // 3 x 15 + 2
		t.Errorf("rowHeight(3) = %v, want 47", h)
	}
	reason := strings.Repeat("The board decided to keep this for the partner network. ", 45) // 2,520 characters
	m := exampleFS(t, "automotive-aftermarket")
	cfg := strings.Replace(string(m["dsc.yaml"].Data), "reason: Contractual commitment to the partner-workshop network", "reason: "+reason, 1)
	if cfg == string(m["dsc.yaml"].Data) {
		t.Fatal("pin reason not found in the example")
	}
	m["dsc.yaml"] = &fstest.MapFile{Data: []byte(cfg)}
	r := build(t, m)
	book := openBook(t, renderTo(t, r, WriteXLSX))
	found := false
	for _, sheet := range book.GetSheetList() {
		rows, err := book.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for i, row := range rows {
			for _, cell := range row {
				if strings.Contains(cell, strings.TrimSpace(reason)) {
					found = true
					if h, _ := book.GetRowHeight(sheet, i+1); h > 409 || h < 100 {
						t.Errorf("%s row %d: height %v", sheet, i+1, h)
					}
				}
			}
		}
	}
	if !found {
		t.Error("the long reason is in no cell in full")
	}
}
