package report

import (
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
)

// The automotive example's two waves: the deck shows the migration, each
// line starts in the band of the feature's 2025-04 category and ends in
// its 2026-10 one, and labels at the last wave never overlap.
func TestMigrationView(t *testing.T) {
	r := exampleReport(t, "automotive-aftermarket")
	d := &deck{R: r, L: text.English, Messages: map[string]string{}}
	d.waves(words{text.English, r})
	v := d.Migration
	if v == nil {
		t.Fatal("no migration view with two waves")
	}
	// 14 changes of category (kano.CategoryChanged), all significant: 12
	// down the life cycle, personal offers up, and the workshop finder's
	// mixed O/M of 2025-04 settled on O in 2026-10 (p 0.041, trial7 N14).
	if len(v.Rows) != 14 || len(v.Fig.Lines) != 14 || len(v.Waves) != 2 ||
		!strings.Contains(v.Message, "14 features changed their Kano category (14 significantly); 12 moved down the life cycle (12 significantly)") {
		t.Fatalf("%d rows, %d lines, waves %v: %s", len(v.Rows), len(v.Fig.Lines), v.Waves, v.Message)
	}
	band := func(y float64) string {
		for _, b := range v.Fig.Bands {
			if y >= b.Y && y < b.Y+b.H {
				return b.Label
			}
		}
		return "none"
	}
	drawn := false
	for _, l := range v.Fig.Lines {
		if l.Title != "Reserve online, collect in store within an hour" {
			continue
		}
		drawn = true
		from, to := band(l.Dots[0].Y), band(l.Dots[1].Y)
		if from != text.KanoCategory(text.English, kano.Attractive) || to != text.KanoCategory(text.English, kano.OneDimensional) || l.Dashed {
			t.Errorf("click-and-collect runs from %s to %s (dashed %v)", from, to, l.Dashed)
		}
	}
	if !drawn {
		t.Error("the slope chart has no line for click-and-collect")
	}
	for i, a := range v.Fig.Labels {
		for _, b := range v.Fig.Labels[i+1:] {
			if a.X == b.X && b.Y-a.Y < labelH && a.Y-b.Y < labelH {
				t.Errorf("labels %q and %q overlap", a.Text, b.Text)
			}
		}
	}
	html := string(renderTo(t, r, WriteHTML))
	if !strings.Contains(html, `id="migration"`) || !strings.Contains(html, `data-name="kano-migration"`) || !strings.Contains(html, `href="#migration"`) {
		t.Error("the deck lacks the migration slide or its contents entry")
	}
	// The workbook's sheet: one row per feature, the categories per wave.
	f := openBook(t, renderTo(t, r, WriteXLSX))
	rows, err := f.GetRows("Kano survey waves")
	if err != nil || len(rows) != 1+len(r.KanoWaves.Features) {
		t.Fatalf("%d rows: %v", len(rows), err)
	}
	listed := false
	for _, row := range rows {
		if row[0] != "Reserve online, collect in store within an hour" {
			continue
		}
		listed = true
		if row[2] != "attractive" || row[3] != "one-dimensional" || row[4] != "down the life cycle" || row[8] != "178" {
			t.Errorf("click-and-collect row %q", row)
		}
	}
	if !listed {
		t.Error("the waves sheet has no row for click-and-collect")
	}
	// One wave: no migration slide.
	if html := string(renderTo(t, exampleReport(t, "intralogistics"), WriteHTML)); strings.Contains(html, `id="migration"`) {
		t.Error("a single survey wave shows a migration slide")
	}
}

// A mixed first wave (H2 of trial 4): the migration table, the slope chart
// and the waves sheet show it as the pair with the mixed marker, and the
// move from it says it is not clear-cut, in English and German.
func TestMigrationMixed(t *testing.T) {
	base := exampleReport(t, "automotive-aftermarket")
	r := *base
	kw := *base.KanoWaves
	kw.Features = append([]analysis.WaveFeature(nil), kw.Features...)
	found := false
	for i, f := range kw.Features {
		if f.ID != "click-and-collect" {
			continue
		}
		found = true
		f.Waves = append([]kano.WaveResult(nil), f.Waves...)
		f.Waves[0].Mixed, f.First.Mixed = "A/O", "A/O"
		kw.Features[i] = f
	}
	if !found {
		t.Fatal("no click-and-collect in the example's waves")
	}
	r.KanoWaves = &kw
	for _, c := range []struct {
		l                 text.Lang
		code, label, move string
	}{
		{text.English, "A/O", "mixed: attractive / one-dimensional", "down the life cycle (not clear-cut: mixed result)"},
		{text.German, "Be/L", "gemischt: Begeisterungsmerkmal / Leistungsmerkmal", "im Lebenszyklus abwärts, aber nicht eindeutig (gemischtes Ergebnis)"},
	} {
		d := &deck{R: &r, L: c.l, Messages: map[string]string{}}
		d.waves(words{c.l, &r})
		v := d.Migration
		var row *migrationRow
		for i := range v.Rows {
			if v.Rows[i].Name == "Reserve online, collect in store within an hour" {
				row = &v.Rows[i]
			}
		}
		if row == nil {
			t.Fatal("no click-and-collect row")
		}
		if row.Cells[0].Code != c.code || row.Cells[0].Label != c.label || row.Move != c.move || row.Cells[1].Code == c.code {
			t.Errorf("%v: row %+v", c.l, *row)
		}
		// Click-and-collect's dots: hollow at the mixed first wave only.
		// (The example's own 2026-10 result for the part-finder app is mixed
		// too, so it is hollow as well.)
		for _, ln := range v.Fig.Lines {
			if ln.Title == "Reserve online, collect in store within an hour" && (!ln.Dots[0].Hollow || ln.Dots[1].Hollow) {
				t.Errorf("%v: click-and-collect dots %+v", c.l, ln.Dots)
			}
		}
		if !strings.Contains(v.Note, c.l.T(text.LifecycleMixedNote)) {
			t.Errorf("%v: note %q", c.l, v.Note)
		}
	}
	html := string(renderTo(t, &r, WriteHTML))
	if strings.Count(html, `r="4" fill="#FFFFFF" stroke="#`) != 3 { // click-and-collect and the workshop finder 2025-04, the app's 2026-10
		t.Error("the slope chart draws no hollow dot")
	}
	f := openBook(t, renderTo(t, &r, WriteXLSX))
	rows, err := f.GetRows("Kano survey waves")
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		if row[0] == "Reserve online, collect in store within an hour" &&
			(row[2] != "mixed: attractive / one-dimensional" || row[3] != "one-dimensional" || row[4] != "down the life cycle (not clear-cut: mixed result)") {
			t.Errorf("waves sheet row %q", row)
		}
	}
}

// With several waves the Kano figures name the wave they count (trial 4
// M5): the automotive example's current wave is 2026-10 with 240
// respondents, the earlier 2025-04 has 180: 180 + 240 = 420 in all waves.
func TestRespondentsNameTheWave(t *testing.T) {
	r := exampleReport(t, "automotive-aftermarket")
	for _, c := range []struct {
		l     text.Lang
		label string
	}{
		{text.English, "Respondents (wave October 2026 of 2; 420 in all waves)"},
		{text.German, "Befragte der Welle Oktober 2026 (der letzten von 2; 420 in allen Wellen)"},
	} {
		d := &deck{R: r, L: c.l, Messages: map[string]string{}}
		d.summary(words{c.l, r})
		if len(d.Figures) == 0 || d.Figures[0].Value != "240" || d.Figures[0].Label != c.label {
			t.Errorf("%v: key figure %+v", c.l, d.Figures)
		}
	}
	f := openBook(t, renderTo(t, r, WriteXLSX))
	rows, _ := f.GetRows("Summary")
	found := false
	for _, row := range rows {
		if len(row) > 1 && row[0] == "Respondents (wave October 2026 of 2; 420 in all waves)" && row[1] == "240" {
			found = true
		}
	}
	if !found {
		t.Errorf("the Summary sheet does not name the wave: %q", rows)
	}
	// One wave: the plain label.
	one := exampleReport(t, "intralogistics")
	d := &deck{R: one, L: text.English, Messages: map[string]string{}}
	d.summary(words{text.English, one})
	if d.Figures[0].Label != "Respondents" {
		t.Errorf("one wave: %+v", d.Figures[0])
	}
}

// The migration's message says "what delighted customers then, they expect
// now" only when a feature attractive in the first wave moved down. The
// automotive example has 5 (attractive -> one-dimensional); with those
// counted as none (only indifferent -> attractive and one-dimensional ->
// must-be moves), the sentence ends after the counts, in both languages.
func TestMigrationMessageFadedDelight(t *testing.T) {
	base := exampleReport(t, "automotive-aftermarket")
	faded := 0
	for _, f := range base.KanoWaves.Features {
		if f.Down() && f.First.Category == kano.Attractive {
			faded++
		}
	}
	if base.KanoWaves.FadedDelight != 5 || faded != 5 {
		t.Fatalf("FadedDelight %d, counted %d, want 5", base.KanoWaves.FadedDelight, faded)
	}
	r := *base
	kw := *base.KanoWaves
	kw.FadedDelight = 0
	r.KanoWaves = &kw
	for _, c := range []struct {
		l          text.Lang
		report     *analysis.Report
		want, coda string
	}{
		{text.English, base, "12 moved down the life cycle (12 significantly): what delighted customers then, they expect now.", ""},
		{text.English, &r, "12 moved down the life cycle (12 significantly).", "delighted"},
		{text.German, &r, "12 wanderten im Lebenszyklus abwärts (12 signifikant).", "begeisterte"},
	} {
		d := &deck{R: c.report, L: c.l, Messages: map[string]string{}}
		d.waves(words{c.l, c.report})
		if m := d.Migration.Message; !strings.HasSuffix(m, c.want) || c.coda != "" && strings.Contains(m, c.coda) {
			t.Errorf("%v: %q, want it to end %q", c.l, m, c.want)
		}
	}
}

// trial7 N14: the workshop finder of the automotive example is O/M mixed
// in 2025-04 (O 65, M 53 of 179; Fong: 65 - 53 = 12 < 1.65 * sqrt(118 *
// (358 - 118) / 358) = 14.7) and clearly O in 2026-10 (O 79, M 52 of 238:
// 27 >= 1.65 * sqrt(131 * (476 - 131) / 476) = 16.1); the chi-square test of
// the two waves' counts has p 0.041, significant. It is a change of category in every view:
// dsc diff reads it so, and so do the migration table, the slope chart and
// the waves sheet, in English and German.
func TestMigrationSettled(t *testing.T) {
	r := exampleReport(t, "automotive-aftermarket")
	for _, c := range []struct {
		l             text.Lang
		move, p       string
		first, second string
	}{
		{text.English, "same category, now clear-cut", "0.041", "mixed: one-dimensional / must-be", "one-dimensional"},
		{text.German, "gleiche Kategorie, jetzt eindeutig", "0,041", "gemischt: Leistungsmerkmal / Basismerkmal", "Leistungsmerkmal"},
	} {
		d := &deck{R: r, L: c.l, Messages: map[string]string{}}
		d.waves(words{c.l, r})
		var row *migrationRow
		for i := range d.Migration.Rows {
			if d.Migration.Rows[i].Name == "Find a partner workshop near me" {
				row = &d.Migration.Rows[i]
			}
		}
		if row == nil {
			t.Fatalf("%v: the workshop finder is not in the migration table", c.l)
		}
		if row.Move != c.move || row.P != c.p || !row.Sig || row.Cells[0].Label != c.first || row.Cells[1].Label != c.second {
			t.Errorf("%v: row %+v", c.l, *row)
		}
		solid := false
		for _, ln := range d.Migration.Fig.Lines {
			solid = solid || ln.Title == "Find a partner workshop near me" && !ln.Dashed && ln.Dots[0].Hollow && !ln.Dots[1].Hollow
		}
		if !solid {
			t.Errorf("%v: no solid line from a hollow dot for the workshop finder", c.l)
		}
	}
	f := openBook(t, renderTo(t, r, WriteXLSX))
	rows, err := f.GetRows("Kano survey waves")
	if err != nil {
		t.Fatal(err)
	}
	listed := false
	for _, row := range rows {
		listed = listed || row[0] == "Find a partner workshop near me"
		if row[0] == "Find a partner workshop near me" && (row[2] != "mixed: one-dimensional / must-be" || row[3] != "one-dimensional" || row[4] != "same category, now clear-cut" || row[6] != "yes") {
			t.Errorf("waves sheet row %q", row)
		}
	}
	if !listed {
		t.Error("the waves sheet has no row for the workshop finder")
	}
}
