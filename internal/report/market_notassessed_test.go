package report

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/third_party/excelize"
)

// trial6 M8: an entry no competitor was assessed on is no white spot or
// differentiator. In the automotive example shared-basket (attractive) is
// recorded "none" by all 7 competitors: p = 0, a differentiating white
// spot. With its 7 records removed it is not assessed: the flag counts drop
// from 8 differentiators and 2 white spots to 7 and 1, its parity is "–",
// its flags cell says so, and the flags views name it under the columns.
func TestMarketEntryNotAssessedIsNoWhiteSpot(t *testing.T) {
	// trial7 N22: the competitors' coverage is over the 49 assessed
	// entries, not the 50 of the catalog; shared-basket was "none" for all,
	// so full and partial stay and the denominator drops by one:
	//   Teilefix.de     23 full,  8 partial: (23 + 4)   / 49 = 0.551 (was 27 / 50 = 0.54)
	//   PartsXpress     26 full,  5 partial: (26 + 2.5) / 49 = 0.582 (was 0.57)
	//   Volta Motors    27 full, 11 partial: (27 + 5.5) / 49 = 0.663 (was 0.65)
	//   Stellar         27 full,  8 partial: (27 + 4)   / 49 = 0.633 (was 0.62)
	//   MegaMarkt       18 full, 11 partial: (18 + 5.5) / 49 = 0.480 (was 0.47)
	//   Nordwest        17 full,  9 partial: (17 + 4.5) / 49 = 0.439 (was 0.43)
	//   AutoPlus        12 full, 22 partial: (12 + 11)  / 49 = 0.469 (was 0.46)
	for _, c := range []struct {
		lang, headline, chip, note, coverage, card, covHead, naHead string
	}{
		{"en", "Held against 7 competitors: table stakes 6, differentiators 7, white spots 1, decaying delights 4.",
			"not assessed", "No competitor was assessed on 1 entry, so it carries no flag: One basket across shop, app and store.",
			`<tfoot><tr><td>Coverage of the 49 assessed entries (1 not assessed)</td><td class="c">0.55</td><td class="c">0.58</td><td class="c">0.66</td><td class="c">0.63</td><td class="c">0.48</td><td class="c">0.44</td><td class="c">0.47</td>`,
			`Coverage of the 49 assessed entries 0.55 (1 not assessed)</div>`, "Coverage of the assessed entries", "Entries not assessed"},
		{"de", "Gemessen an 7 Wettbewerbern: Marktstandards 6, Differenzierer 7, White Spots 1, verblassende Begeisterer 4.",
			"nicht erhoben", "1 Eintrag wurde bei keinem Wettbewerber erhoben und trägt daher keinen Hinweis: One basket across shop, app and store.",
			`<tfoot><tr><td>Abdeckung der 49 erhobenen Einträge (1 nicht erhoben)</td><td class="c">0,55</td><td class="c">0,58</td><td class="c">0,66</td><td class="c">0,63</td><td class="c">0,48</td><td class="c">0,44</td><td class="c">0,47</td>`,
			`Abdeckung der 49 erhobenen Einträge 0,55 (1 nicht erhoben)</div>`, "Abdeckung der erhobenen Einträge", "Nicht erhobene Einträge"},
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
			for _, want := range []string{c.headline, c.note, c.coverage, c.card} {
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
			// the competitors' table of the company analyses: coverage of
			// the assessed entries, and the one entry not assessed beside it
			profiles := sheets[slicesIndex(sheets, "Company analyses", "Unternehmensanalysen")]
			rows, _ = f.GetRows(profiles)
			if len(rows) < 2 || len(rows[0]) < 5 || rows[0][2] != c.covHead || rows[0][3] != c.naHead || rows[1][0] != "Teilefix.de" {
				t.Fatalf("company analyses: %q", rows[:min(len(rows), 2)])
			}
			raw, _ := f.GetCellValue(profiles, "C2", excelize.Options{RawCellValue: true})
			if cov, err := strconv.ParseFloat(raw, 64); err != nil || math.Abs(cov-27.0/49) > 1e-9 || rows[1][3] != "1" {
				t.Errorf("Teilefix.de: coverage %q (want 27/49), not assessed %q (want 1)", raw, rows[1][3])
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
