package report

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// trial6 M8: an entry no competitor was assessed on is no white spot or
// differentiator. In the automotive example shared-basket (attractive) is
// recorded "none" by all 7 competitors: p = 0, a differentiating white
// spot. With its 7 records removed it is not assessed: the flag counts drop
// from 8 differentiators and 2 white spots to 7 and 1, its parity is "–",
// its flags cell says so, and the flags views name it under the columns.
func TestMarketEntryNotAssessedIsNoWhiteSpot(t *testing.T) {
	for _, c := range []struct {
		lang, headline, chip, note string
	}{
		{"en", "Held against 7 competitors: table stakes 6, differentiators 7, white spots 1, decaying delights 4.",
			"not assessed", "No competitor was assessed on 1 entry, so it carries no flag: One basket across shop, app and store."},
		{"de", "Gemessen an 7 Wettbewerbern: Marktstandards 6, Differenzierer 7, White Spots 1, verblassende Begeisterer 4.",
			"nicht erhoben", "1 Eintrag wurde bei keinem Wettbewerber erhoben und trägt daher keinen Hinweis: One basket across shop, app and store."},
	} {
		t.Run(c.lang, func(t *testing.T) {
			m := exampleFS(t, "automotive-aftermarket")
			data := string(m["market.yaml"].Data)
			if n := strings.Count(data, "      shared-basket: none\n"); n != 7 {
				t.Fatalf("market.yaml records shared-basket %d times, want 7", n)
			}
			m["market.yaml"] = &fstest.MapFile{Data: []byte(strings.ReplaceAll(data, "      shared-basket: none\n", ""))}
			replaceIn(t, m, "dsc.yaml", "language: en", "language: "+c.lang)
			r := build(t, m)
			page := string(renderTo(t, r, WriteHTML))
			for _, want := range []string{c.headline, c.note} {
				if !strings.Contains(page, want) {
					t.Errorf("deck lacks %q", want)
				}
			}
			// its heat-map row: parity "–" and the grey "not assessed" chip, no flag
			row := regexp.MustCompile(`(?s)<tr><td class="entry" title="One basket across shop, app and store">.*?</tr>`).FindString(page)
			if !strings.Contains(row, `<td class="n">–</td><td class="flags"><span class="flag" style="background: #616E7C">`+c.chip+`</span></td>`) {
				t.Errorf("heat-map row:\n%s", row)
			}
			// the flags slide lists it under no flag
			flags := regexp.MustCompile(`(?s)id="market-flags".*?</section>`).FindString(page)
			if strings.Contains(strings.Split(flags, `<p class="note">`)[0], "One basket") {
				t.Errorf("the flags slide lists shared-basket under a flag")
			}

			f := openBook(t, renderTo(t, r, WriteXLSX))
			sheets := f.GetSheetList()
			offers, flagSheet := sheets[slicesIndex(sheets, "Decision log", "Entscheidungsprotokoll")+1], sheets[slicesIndex(sheets, "Decision log", "Entscheidungsprotokoll")+2]
			rows, _ := f.GetRows(offers)
			var found []string
			for _, row := range rows {
				if len(row) > 1 && row[1] == "One basket across shop, app and store" {
					found = row
				}
			}
			// element, name, category, 7 competitors ("not recorded"), parity, flags
			if len(found) < 12 || found[10] != "–" || found[11] != c.chip {
				t.Errorf("%s row: %q", offers, found)
			}
			rows, _ = f.GetRows(flagSheet)
			var text []string
			for _, row := range rows {
				text = append(text, strings.Join(row, "|"))
			}
			all := strings.Join(text, "\n")
			if strings.Contains(strings.ReplaceAll(all, c.note, ""), "One basket") || !strings.Contains(all, c.note) {
				t.Errorf("%s:\n%s", flagSheet, all)
			}
		})
	}
}

// slicesIndex is the index of the first of names in sheets.
func slicesIndex(sheets []string, names ...string) int {
	for i, s := range sheets {
		for _, n := range names {
			if s == n {
				return i
			}
		}
	}
	return -1
}
