package gen

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/kano"
)

// Size sets how big a synthetic workspace is.
type Size struct {
	Entries      int
	Personas     int
	Stages       int
	Channels     int
	Touchpoints  int
	Capabilities int
	Dimensions   int
	Questions    int // per dimension
	Raters       int
	Respondents  int // rows of surveys/survey.csv; 0 for none
	SurveyItems  int // catalog entries asked about in the survey (the first ones)
}

var elements = []string{"login", "direct-sales", "after-sales", "self-service", "digital-service"}

// Synthetic returns the files of a valid workspace of the given size, for
// benchmarks. Capabilities depend only on earlier ones, so there is no cycle.
func Synthetic(s Size, seed uint64) map[string][]byte {
	rng := rand.New(rand.NewPCG(seed, 7))
	files := map[string][]byte{}
	var d doc
	d.line(0, "client: Synthetic AG")
	d.line(0, "segments: [{id: B2B}, {id: B2C}]")
	d.line(0, "settings: {roadmap: {start: 2027-01}}")
	files["dsc.yaml"] = []byte(d.String())

	d = doc{}
	d.line(0, "external_parties:")
	d.line(1, "- {id: psp, name: Payment provider, kind: payment}")
	d.line(0, "entries:")
	cats := []string{"M", "O", "A", "I", "R"}
	for i := 0; i < s.Entries; i++ {
		d.line(1, "- id: e%d", i)
		d.line(2, "name: Entry %d", i)
		d.line(2, "description: A synthetic catalog entry")
		d.line(2, "kind: feature")
		d.line(2, "element: %s", elements[i%len(elements)])
		d.line(2, "expected: %s", cats[rng.IntN(len(cats))])
		d.line(2, "parties: [psp]")
	}
	files["catalog.yaml"] = []byte(d.String())

	d = doc{}
	d.line(0, "stages:")
	for i := 0; i < s.Stages; i++ {
		d.line(1, "- {id: s%d, kind: %s}", i, journey.DefaultStages[i%len(journey.DefaultStages)].ID)
	}
	d.line(0, "channels:")
	costs := []string{"low-cost", "high-touch", "partner"}
	for i := 0; i < s.Channels; i++ {
		d.line(1, "- {id: c%d, name: Channel %d, type: %s, cost: %s}", i, i, journey.ChannelTypes[i%len(journey.ChannelTypes)], costs[i%3])
	}
	d.line(0, "personas:")
	for i := 0; i < s.Personas; i++ {
		d.line(1, "- {id: p%d, name: Persona %d, segment: %s}", i, i, []string{"B2B", "B2C"}[i%2])
	}
	d.line(0, "touchpoints:")
	for i := 0; i < s.Touchpoints; i++ {
		d.line(1, "- id: t%d", i)
		d.line(2, "stage: s%d", rng.IntN(s.Stages))
		d.line(2, "channel: c%d", rng.IntN(s.Channels))
		p := rng.IntN(s.Personas)
		if s.Personas > 1 {
			d.line(2, "personas: [p%d, p%d]", p, (p+1+rng.IntN(s.Personas-1))%s.Personas)
		} else {
			d.line(2, "personas: [p%d]", p)
		}
		if s.Entries > 0 {
			a, b := rng.IntN(s.Entries), rng.IntN(s.Entries)
			if a == b {
				b = (a + 1) % s.Entries
			}
			if a != b {
				d.line(2, "features: [e%d, e%d]", a, b)
			} else {
				d.line(2, "features: [e%d]", a)
			}
		}
		d.line(2, "evidence: %s", journey.EvidenceLevels[rng.IntN(3)])
	}
	d.line(0, "channel_roles:")
	roles := []string{"lead", "primary", "support", "none"}
	for i := 0; i < s.Channels; i++ {
		d.line(1, "- channel: c%d", i)
		d.line(2, "roles:")
		for _, p := range journey.DefaultSalesPhases {
			d.line(3, "%s: %s", p.ID, roles[rng.IntN(4)])
		}
	}
	files["journey.yaml"] = []byte(d.String())

	if s.Dimensions > 0 {
		d = doc{}
		d.line(0, "dimensions:")
		for i := 0; i < s.Dimensions; i++ {
			d.line(1, "- id: d%d", i)
			d.line(2, "name: Dimension %d", i)
			d.line(2, "importance: %d", 1+rng.IntN(3))
			d.line(2, "target: 4")
			d.line(2, "questions:")
			for j := 0; j < s.Questions; j++ {
				d.line(3, "- {id: q%d-%d, text: Question %d of dimension %d, weight: %d}", i, j, j, i, 1+rng.IntN(3))
			}
		}
		d.line(0, "raters:")
		for r := 0; r < s.Raters; r++ {
			d.line(1, "- {id: r%d, name: Rater %d}", r, r)
		}
		d.line(0, "ratings:")
		for r := 0; r < s.Raters; r++ {
			d.line(1, "- rater: r%d", r)
			d.line(2, "scores:")
			for i := 0; i < s.Dimensions; i++ {
				for j := 0; j < s.Questions; j++ {
					d.line(3, "q%d-%d: %d", i, j, 1+rng.IntN(5))
				}
			}
		}
		files["readiness.yaml"] = []byte(d.String())
	}

	d = doc{}
	d.line(0, "capabilities:")
	dims := []string{"competencies", "processes", "organisation", "it-systems", "human-resources"}
	els := []string{"it", "organisation", "governance"}
	for i := 0; i < s.Capabilities; i++ {
		d.line(1, "- id: k%d", i)
		d.line(2, "name: Capability %d", i)
		d.line(2, "element: %s", els[i%3])
		d.line(2, "dimension: %s", dims[i%5])
		d.line(2, "current: %d", rng.IntN(3))
		d.line(2, "target: %d", 3+rng.IntN(3))
		d.line(2, "effort: %d", 1+rng.IntN(12))
		if i > 0 {
			n := rng.IntN(min(i, 3) + 1)
			seen := map[int]bool{}
			var deps []string
			for k := 0; k < n; k++ {
				j := rng.IntN(i)
				if !seen[j] {
					seen[j] = true
					deps = append(deps, "k"+strconv.Itoa(j))
				}
			}
			if len(deps) > 0 {
				d.line(2, "depends_on: %s", list(deps))
			}
		}
	}
	files["capabilities.yaml"] = []byte(d.String())

	if s.Respondents > 0 {
		var buf bytes.Buffer
		WriteSurveyCSV(&buf, s.Respondents, min(s.SurveyItems, s.Entries), seed)
		files["surveys/survey.csv"] = buf.Bytes()
	}
	return files
}

// WriteSurveyCSV writes a wide Kano survey of n respondents over the
// features e0..e(items-1), with a segment column, for scale tests.
func WriteSurveyCSV(w io.Writer, n, items int, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, 11))
	cw := csv.NewWriter(w)
	header := []string{"respondent", "segment"}
	for i := 0; i < items; i++ {
		id := "e" + strconv.Itoa(i)
		header = append(header, id+"_functional", id+"_dysfunctional", id+"_importance")
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	// Each feature leans towards one category, so results are not uniform noise.
	lean := make([]kano.Category, items)
	for i := range lean {
		lean[i] = kano.Categories[rng.IntN(4)]
	}
	row := make([]string, len(header))
	for r := 0; r < n; r++ {
		row[0] = "R" + strconv.Itoa(r+1)
		row[1] = []string{"B2B", "B2C"}[r%2]
		for i := 0; i < items; i++ {
			cat := pickCategory(rng, profiles[lean[i]])
			cells := cellsOf[cat]
			pair := cells[rng.IntN(len(cells))]
			row[2+3*i] = strconv.Itoa(int(pair[0]))
			row[3+3*i] = strconv.Itoa(int(pair[1]))
			row[4+3*i] = strconv.Itoa(1 + rng.IntN(9))
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("write survey row: %w", err)
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteSurveyXLSX writes the same survey as WriteSurveyCSV as a workbook,
// with excelize's stream writer so that generating it stays cheap.
func WriteSurveyXLSX(w io.Writer, n, items int, seed uint64) error {
	var buf bytes.Buffer
	if err := WriteSurveyCSV(&buf, n, items, seed); err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	cr := csv.NewReader(&buf)
	for row := 1; ; row++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		cells := make([]any, len(rec))
		for i, v := range rec {
			if x, err := strconv.Atoi(v); err == nil {
				cells[i] = x
			} else {
				cells[i] = v
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, row)
		if err := sw.SetRow(cell, cells); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}
