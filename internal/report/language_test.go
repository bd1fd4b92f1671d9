package report

import (
	"archive/zip"
	"bytes"
	"html"
	"io"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/text"
)

// englishWords are the catalogue's English category, model, step and status
// words; a German deliverable contains none of them.
func englishWords() []string {
	words := []string{"attractive", "one-dimensional", "must-be", "indifferent", "reverse", "questionable",
		"lead generation", "profit optimisation", "market coverage", "maximum growth",
		"partial", "none", "not assessed", "readiness index"}
	for n := 1; n <= 7; n++ {
		words = append(words, text.StepName(text.English, n))
	}
	return words
}

// visibleText is what a reader of the HTML sees: the text outside scripts
// and styles, tooltips and labels, and the chart texts in the options.
func visibleText(page string) string {
	var b strings.Builder
	for _, m := range regexp.MustCompile(`(?s)var dscCharts = (.*?)\n};`).FindAllStringSubmatch(page, -1) {
		for _, s := range regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`).FindAllStringSubmatch(m[1], -1) {
			b.WriteString(s[1] + "\n")
		}
	}
	page = regexp.MustCompile(`(?is)<(script|style)[^>]*>.*?</(script|style)>`).ReplaceAllString(page, " ")
	for _, m := range regexp.MustCompile(`(?:title|aria-label)="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		b.WriteString(html.UnescapeString(m[1]) + "\n")
	}
	b.WriteString(html.UnescapeString(regexp.MustCompile(`<[^>]+>`).ReplaceAllString(page, "\n")))
	return b.String()
}

// workbookText is every cell, chart text and page header of a workbook.
func workbookText(t *testing.T, data []byte) string {
	t.Helper()
	var b strings.Builder
	f := openBook(t, data)
	for _, s := range f.GetSheetList() {
		b.WriteString(s + "\n")
		rows, _ := f.GetRows(s)
		for _, row := range rows {
			b.WriteString(strings.Join(row, "\n") + "\n")
		}
	}
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/charts/") && !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			continue
		}
		rc, _ := zf.Open()
		body, _ := io.ReadAll(rc)
		rc.Close()
		for _, m := range regexp.MustCompile(`<(?:a:)?t>([^<]*)</(?:a:)?t>|<oddHeader>([^<]*)</oddHeader>|<oddFooter>([^<]*)</oddFooter>`).FindAllSubmatch(body, -1) {
			b.WriteString(html.UnescapeString(string(m[1])+string(m[2])+string(m[3])) + "\n")
		}
	}
	return b.String()
}

func findEnglish(s string) []string {
	var found []string
	for _, w := range englishWords() {
		re := regexp.MustCompile(`(?i)(^|[^\pL-])` + regexp.QuoteMeta(w) + `($|[^\pL-])`)
		if loc := re.FindStringIndex(s); loc != nil {
			found = append(found, w+" in «"+strings.TrimSpace(s[max(0, loc[0]-40):min(len(s), loc[1]+40)])+"»")
		}
	}
	return found
}

// germanWorkspaces are the German example, and the same with no stages
// and sales phases of its own (the primer's defaults, named by the
// catalogue): both deliverables must be German throughout.
func germanWorkspaces(t *testing.T) map[string]fstest.MapFS {
	defaults := exampleFS(t, "intralogistics")
	j := string(defaults["journey.yaml"].Data)
	j = j[:strings.Index(j, "stages:")] + j[strings.Index(j, "channels:"):]
	defaults["journey.yaml"] = &fstest.MapFile{Data: []byte(j)}
	// The automotive example in German brings the views the German example
	// lacks (survey waves): its content stays English, its words must not.
	auto := exampleFS(t, "automotive-aftermarket")
	auto["dsc.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(string(auto["dsc.yaml"].Data), "language: en", "language: de", 1))}
	return map[string]fstest.MapFS{"intralogistics": exampleFS(t, "intralogistics"), "intralogistics with default stages": defaults,
		"automotive-aftermarket in German": auto}
}

// views names the slides of a deck (their section ids) and counts the
// sheets of a workbook, to prove a language test saw every view.
func views(t *testing.T, page, book []byte) (slides map[string]bool, sheets int) {
	t.Helper()
	slides = map[string]bool{}
	for _, m := range regexp.MustCompile(`<section class="slide[^"]*" id="([^"]+)"`).FindAllStringSubmatch(string(page), -1) {
		slides[m[1]] = true
	}
	return slides, len(openBook(t, book).GetSheetList())
}

// TestGermanDeliverableHasNoEnglishWords checks every view of the HTML and
// every sheet of the workbook of German workspaces for the English words
// of the catalogue.
func TestGermanDeliverableHasNoEnglishWords(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]bool{}
	sheets := 0
	t.Run("workspaces", func(t *testing.T) {
		for name, m := range germanWorkspaces(t) {
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				r := build(t, m)
				page, book := renderTo(t, r, WriteHTML), renderTo(t, r, WriteXLSX)
				slides, n := views(t, page, book)
				mu.Lock()
				for id := range slides {
					seen[id] = true
				}
				sheets = max(sheets, n)
				mu.Unlock()
				// In the English-content variant, a word of the workspace's own
				// content (the dimension "Organisational structure") is the
				// client's, not the catalogue's; the German examples get no pass.
				own := map[string]bool{}
				if name == "automotive-aftermarket in German" {
					var content strings.Builder
					for _, f := range m {
						content.Write(f.Data)
					}
					for _, f := range findEnglish(content.String()) {
						w, _, _ := strings.Cut(f, " in «")
						own[w] = true
					}
				}
				for format, s := range map[string]string{"html": visibleText(string(page)), "xlsx": workbookText(t, book)} {
					for _, f := range findEnglish(s) {
						if w, _, _ := strings.Cut(f, " in «"); !own[w] {
							t.Errorf("%s: %s", format, f)
						}
					}
				}
			})
		}
	})
	// Every view of the richest English deck was checked in German too.
	r := exampleReport(t, "automotive-aftermarket")
	en, enSheets := views(t, renderTo(t, r, WriteHTML), renderTo(t, r, WriteXLSX))
	for id := range en {
		if !seen[id] {
			t.Errorf("the view %q was not checked in German", id)
		}
	}
	if sheets != enSheets {
		t.Errorf("a German workbook has %d sheets, the English one %d", sheets, enSheets)
	}
}

// The English deliverable, in turn, holds no German catalogue words.
func TestEnglishDeliverableHasNoGermanWords(t *testing.T) {
	r := exampleReport(t, "automotive-aftermarket")
	s := visibleText(string(renderTo(t, r, WriteHTML))) + workbookText(t, renderTo(t, r, WriteXLSX))
	for _, w := range []string{"Basismerkmal", "Leistungsmerkmal", "Begeisterungsmerkmal", "Zielbild", "Reifegrad", "nicht bewertet", "teilweise"} {
		if strings.Contains(s, w) {
			t.Errorf("German word %q in the English deliverable", w)
		}
	}
	// The check of the German deliverables can fail: here it finds the words.
	if found := findEnglish(s); len(found) < 8 {
		t.Errorf("the English deliverable shows only %d of the catalogue words: %v", len(found), found)
	}
}

// Names, not ids, wherever a client reads: no persona, channel, phase,
// stage, capability or dimension id appears in the HTML, and the workbook
// shows ids only in its key columns.
func TestNamesNotIds(t *testing.T) {
	for _, example := range []string{"automotive-aftermarket", "intralogistics"} {
		r := exampleReport(t, example)
		page := visibleText(string(renderTo(t, r, WriteHTML)))
		names := map[string]string{} // id -> its name, where an id is the name's own words
		for _, p := range r.Journey.Personas {
			names[p.ID] = p.Name
		}
		for _, c := range r.Journey.Channels {
			names[c.ID] = c.Name
		}
		for _, p := range r.Journey.Phases {
			names[p.ID] = p.Name
		}
		for _, c := range r.Capabilities.Capabilities {
			names[c.ID] = c.Name
		}
		for _, d := range r.Readiness.Dimensions {
			names[d.ID] = d.Name
		}
		for _, id := range []string{"step-1", "it-systems", "human-resources", "no-touchpoint", "lead-generation"} {
			names[id] = ""
		}
		for id, name := range names {
			if !strings.Contains(id, "-") || strings.Contains(strings.ToLower(name), id) {
				continue // a one-word id reads like a word ("Service"), or the name holds it
			}
			if regexp.MustCompile(`(^|[^\pL-])` + regexp.QuoteMeta(id) + `($|[^\pL-])`).MatchString(page) {
				t.Errorf("%s: id %q reaches the HTML", example, id)
			}
		}
	}
}
