package gen

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/xlsxutil"
	"github.com/dsc-workbench/dsc/kano"
)

// profiles give the share of each category a feature of an expected category
// draws from respondents: plausible, not pure (real surveys are never unanimous).
var profiles = map[kano.Category]map[kano.Category]float64{
	kano.MustBe:         {kano.MustBe: .50, kano.OneDimensional: .20, kano.Indifferent: .15, kano.Attractive: .08, kano.Reverse: .03, kano.Questionable: .04},
	kano.OneDimensional: {kano.OneDimensional: .44, kano.MustBe: .18, kano.Attractive: .18, kano.Indifferent: .14, kano.Reverse: .03, kano.Questionable: .03},
	kano.Attractive:     {kano.Attractive: .45, kano.Indifferent: .25, kano.OneDimensional: .16, kano.MustBe: .06, kano.Reverse: .05, kano.Questionable: .03},
	kano.Indifferent:    {kano.Indifferent: .52, kano.Attractive: .17, kano.MustBe: .08, kano.OneDimensional: .08, kano.Reverse: .12, kano.Questionable: .03},
	kano.Reverse:        {kano.Reverse: .45, kano.Indifferent: .33, kano.Attractive: .10, kano.MustBe: .05, kano.OneDimensional: .04, kano.Questionable: .03},
}

// meanImportance is the self-stated importance (1-9) a category tends to get.
var meanImportance = map[kano.Category]float64{
	kano.MustBe: 7.6, kano.OneDimensional: 7.0, kano.Attractive: 5.6, kano.Indifferent: 3.6, kano.Reverse: 2.6, kano.Questionable: 5,
}

// cellsOf lists the (functional, dysfunctional) answer pairs of the standard table per category.
var cellsOf = func() map[kano.Category][][2]kano.Answer {
	m := map[kano.Category][][2]kano.Answer{}
	for _, f := range kano.Answers {
		for _, d := range kano.Answers {
			c := kano.StandardTable.Classify(f, d)
			m[c] = append(m[c], [2]kano.Answer{f, d})
		}
	}
	return m
}()

// typical weights the answer pairs: respondents who find a feature attractive
// mostly say "like / neutral", not "like / live with"; the table's other
// cells still occur.
func typical(c kano.Category, pair [2]kano.Answer) float64 {
	f, d := pair[0], pair[1]
	switch c {
	case kano.Indifferent:
		if f == kano.Neutral && d == kano.Neutral {
			return 5
		}
		if f == kano.Neutral || d == kano.Neutral {
			return 2
		}
	case kano.Attractive:
		if d == kano.Neutral {
			return 3
		}
	case kano.MustBe:
		if f == kano.Expect || f == kano.Neutral {
			return 2.5
		}
	}
	return 1
}

type respondent struct {
	id, segment, persona, country string
	answers                       [][3]int // per entry: functional, dysfunctional, importance (0 = blank)
}

func (e *engagement) respondents(rng *rand.Rand) []respondent {
	return e.draw(rng, e.survey.respondents, "R", nil)
}

// draw answers the questionnaire for n respondents (ids prefix0001 ...).
// categories, when set, gives an entry the category it had in another
// survey wave in place of its expected one (and its segment shift).
func (e *engagement) draw(rng *rand.Rand, n int, prefix string, categories map[string]string) []respondent {
	// Each feature gets its own twist on the profile so that no two look alike.
	dists := make([]map[string]map[kano.Category]float64, len(e.entries))
	for i, x := range e.entries {
		dists[i] = map[string]map[kano.Category]float64{}
		for _, s := range e.segments {
			cat, _ := kano.ParseCategory(x.expected)
			if seg, c, ok := strings.Cut(x.shift, ":"); ok && seg == s.id {
				cat, _ = kano.ParseCategory(c)
			}
			if c, ok := categories[x.id]; ok {
				cat, _ = kano.ParseCategory(c)
			}
			base := profiles[cat]
			d := map[kano.Category]float64{}
			for _, c := range kano.Categories { // fixed order: the draws must not follow map order
				d[c] = base[c] * (0.75 + 0.5*rng.Float64())
			}
			dists[i][s.id] = d
		}
	}
	segs := make([]string, 0, len(e.survey.mix))
	for s := range e.survey.mix {
		segs = append(segs, s)
	}
	sort.Strings(segs)
	out := make([]respondent, n)
	for r := range out {
		seg := pickKey(rng, segs, e.survey.mix)
		var personas []string
		for _, p := range e.personas {
			if p.segment == seg {
				personas = append(personas, p.id)
			}
		}
		resp := respondent{
			id:      fmt.Sprintf("%s%04d", prefix, r+1),
			segment: seg, persona: personas[rng.IntN(len(personas))],
			country: e.survey.countries[rng.IntN(len(e.survey.countries))],
			answers: make([][3]int, len(e.entries)),
		}
		for i := range e.entries {
			cat := pickCategory(rng, dists[i][seg])
			cells := cellsOf[cat]
			weights := make([]float64, len(cells))
			for k, c := range cells {
				weights[k] = typical(cat, c)
			}
			pair := cells[pickIndex(rng, weights)]
			imp := int(math.Round(meanImportance[cat] + rng.NormFloat64()*1.3))
			imp = max(1, min(9, imp))
			a := [3]int{int(pair[0]), int(pair[1]), imp}
			// About 1.5% of answers are left blank, and 8% skip the importance question.
			if rng.Float64() < 0.015 {
				a[rng.IntN(2)] = 0
			}
			if rng.Float64() < 0.08 {
				a[2] = 0
			}
			resp.answers[i] = a
		}
		out[r] = resp
	}
	return out
}

func pickCategory(rng *rand.Rand, d map[kano.Category]float64) kano.Category {
	weights := make([]float64, len(kano.Categories))
	for i, c := range kano.Categories {
		weights[i] = d[c]
	}
	return kano.Categories[pickIndex(rng, weights)]
}

func pickKey(rng *rand.Rand, keys []string, w map[string]float64) string {
	weights := make([]float64, len(keys))
	for i, k := range keys {
		weights[i] = w[k]
	}
	return keys[pickIndex(rng, weights)]
}

func pickIndex(rng *rand.Rand, weights []float64) int {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	u := rng.Float64() * total
	for i, w := range weights {
		if u < w {
			return i
		}
		u -= w
	}
	return len(weights) - 1
}

func (e *engagement) surveyFiles(rng *rand.Rand, files map[string][]byte) error {
	rs := e.respondents(rng)
	switch e.survey.format {
	case "csv":
		files["surveys/kano-survey.csv"] = e.surveyCSV(rs, nil)
		return nil
	case "xlsx":
		data, mapping, err := e.surveyXLSX(rs)
		if err != nil {
			return err
		}
		files["surveys/kano-export.xlsx"] = data
		files["surveys/kano-export.map.yaml"] = mapping
		return nil
	}
	return fmt.Errorf("unknown survey format %q", e.survey.format)
}

// surveyCSV is a wide export with coded answers (1 like .. 5 dislike),
// semicolon-separated as German Excel writes it.
// Entries in skip were not asked: their columns are left out.
func (e *engagement) surveyCSV(rs []respondent, skip map[string]bool) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Comma = ';'
	header := []string{"respondent", e.segmentColumn, "persona", "country"}
	for _, x := range e.entries {
		if !skip[x.id] {
			header = append(header, x.id+"_functional", x.id+"_dysfunctional", x.id+"_importance")
		}
	}
	w.Write(header)
	for _, r := range rs {
		row := []string{r.id, r.segment, r.persona, r.country}
		for i, a := range r.answers {
			if skip[e.entries[i].id] {
				continue
			}
			for _, v := range a {
				if v == 0 {
					row = append(row, "")
				} else {
					row = append(row, fmt.Sprint(v))
				}
			}
		}
		w.Write(row)
	}
	w.Flush()
	return buf.Bytes()
}

// surveyXLSX is an export as survey tools write it: question texts as headers,
// answers as German labels, importance as "7 - ..." labels, and for every
// feature the dysfunctional question before the functional one. The mapping
// file tells dsc which column is which.
func (e *engagement) surveyXLSX(rs []respondent) ([]byte, []byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	sheet := "Antworten"
	f.SetSheetName("Sheet1", sheet)
	header := []any{"Antwort-ID", "Kundentyp", "Persona", "Land"}
	var m doc
	m.comment(0, "Maps the survey tool's question texts to catalog entries and question kinds.\nGenerated by `go run ./examples/gen`.")
	m.line(0, "respondent: Antwort-ID")
	m.line(0, "sheet: %s", sheet)
	m.line(0, "attributes:")
	m.line(1, "Kundentyp: %s", e.segmentColumn)
	m.line(1, "Persona: persona")
	m.line(1, "Land: country")
	m.line(0, "columns:")
	for _, x := range e.entries {
		dys := fmt.Sprintf("Wie fänden Sie es, wenn es „%s“ NICHT gäbe?", x.name)
		fun := fmt.Sprintf("Wie fänden Sie es, wenn es „%s“ gäbe?", x.name)
		imp := fmt.Sprintf("Wie wichtig ist Ihnen „%s“? (1-9)", x.name)
		header = append(header, dys, fun, imp)
		m.line(1, "- {header: %s, entry: %s, question: dysfunctional}", jsonQ(dys), x.id)
		m.line(1, "- {header: %s, entry: %s, question: functional}", jsonQ(fun), x.id)
		m.line(1, "- {header: %s, entry: %s, question: importance}", jsonQ(imp), x.id)
	}
	if err := f.SetSheetRow(sheet, "A1", &header); err != nil {
		return nil, nil, err
	}
	for i, r := range rs {
		row := []any{r.id, r.segment, r.persona, r.country}
		for _, a := range r.answers {
			row = append(row, label(a[1]), label(a[0]), importanceLabel(a[2]))
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return nil, nil, err
		}
	}
	var buf bytes.Buffer
	if err := xlsxutil.Write(f, &buf); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), []byte(m.String()), nil
}

// label is an answer code's German wording from the text catalogue.
func label(code int) string { return text.KanoAnswer(text.German, kano.Answer(code)) }

func importanceLabel(v int) any {
	switch v {
	case 0:
		return ""
	case 9:
		return "9 - äußerst wichtig"
	case 1:
		return "1 - völlig unwichtig"
	}
	return v
}

func jsonQ(s string) string {
	return `"` + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) + `"`
}
