package report

import (
	"slices"
	"testing"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/templates"
)

// The summary words how the named stages and dimensions stand among the
// others, in both languages: never "most of them at" the first of equals,
// never "the largest gaps" for all there are (trial 5, L5).
func TestSpreadIsWorded(t *testing.T) {
	for _, c := range []struct {
		f      analysis.Fact
		en, de string
	}{
		{analysis.Fact{Kind: analysis.FactHoles, Count: 12, Of: 2, Spread: analysis.SpreadEven, Among: 6},
			"The journey has 12 holes across 2 personas, spread evenly over 6 stages.",
			"Die Journey hat 12 Lücken bei 2 Personas, gleichmäßig verteilt auf 6 Phasen."},
		{analysis.Fact{Kind: analysis.FactHoles, Count: 4, Of: 2, Names: []string{"Use", "Service"}, Spread: analysis.SpreadEven, Among: 2},
			"The journey has 4 holes across 2 personas, as many at each of Use and Service.",
			"Die Journey hat 4 Lücken bei 2 Personas, gleich viele in jeder der Phasen Use und Service."},
		{analysis.Fact{Kind: analysis.FactHoles, Count: 3, Of: 2, Names: []string{"Use"}, Spread: analysis.SpreadOnly, Among: 1},
			"The journey has 3 holes across 2 personas, all of them at Use.",
			"Die Journey hat 3 Lücken bei 2 Personas, alle in der Phase Use."},
		{analysis.Fact{Kind: analysis.FactHoles, Count: 5, Of: 2, Names: []string{"Use"}, Among: 3},
			"The journey has 5 holes across 2 personas, most of them at Use.",
			"Die Journey hat 5 Lücken bei 2 Personas, die meisten in der Phase Use."},
		{analysis.Fact{Kind: analysis.FactHoles, Count: 7, Of: 2, Names: []string{"Use", "Service"}, Among: 4},
			"The journey has 7 holes across 2 personas, most of them at Use and Service.",
			"Die Journey hat 7 Lücken bei 2 Personas, die meisten in den Phasen Use und Service."},
		{analysis.Fact{Kind: analysis.FactReadiness, Value: 26.4, Names: []string{"IT", "Sales"}, Among: 3},
			"The readiness index stands at 26 of 100; the largest weighted gaps are in IT and Sales.",
			"Der Reifegrad-Index liegt bei 26 von 100; die größten gewichteten Lücken bestehen bei IT und Sales."},
		{analysis.Fact{Kind: analysis.FactReadiness, Value: 25, Names: []string{"IT"}, Among: 2},
			"The readiness index stands at 25 of 100; the largest weighted gap is in IT.",
			"Der Reifegrad-Index liegt bei 25 von 100; die größte gewichtete Lücke besteht bei IT."},
		{analysis.Fact{Kind: analysis.FactReadiness, Value: 40, Names: []string{"IT", "Sales", "HR"}, Spread: analysis.SpreadEven, Among: 3},
			"The readiness index stands at 40 of 100; the weighted gaps are equal in IT, Sales and HR.",
			"Der Reifegrad-Index liegt bei 40 von 100; die gewichteten Lücken sind bei IT, Sales und HR gleich groß."},
		{analysis.Fact{Kind: analysis.FactReadiness, Value: 40, Spread: analysis.SpreadEven, Among: 5},
			"The readiness index stands at 40 of 100; the weighted gaps are equal in all 5 dimensions.",
			"Der Reifegrad-Index liegt bei 40 von 100; die gewichteten Lücken sind in allen 5 Dimensionen gleich groß."},
		{analysis.Fact{Kind: analysis.FactReadiness, Value: 40, Names: []string{"IT"}, Spread: analysis.SpreadOnly, Among: 1},
			"The readiness index stands at 40 of 100; IT is the only dimension rated.",
			"Der Reifegrad-Index liegt bei 40 von 100; bewertet ist nur die Dimension IT."},
	} {
		if got := (words{l: text.English}).fact(c.f); got != c.en {
			t.Errorf("en %+v:\n got %q\nwant %q", c.f, got, c.en)
		}
		if got := (words{l: text.German}).fact(c.f); got != c.de {
			t.Errorf("de %+v:\n got %q\nwant %q", c.f, got, c.de)
		}
	}
}

// The starter template (the trial's board journey): each of its 2 personas
// has a hole at the same 6 stages, 2 holes a stage; its 2 rated dimensions
// have weighted gaps 2 x (4 - 2) = 4 (sales structure, importance 2) and
// 3 x (4 - 2) = 6 (IT, importance 3): one leads.
func TestStarterSummarySpread(t *testing.T) {
	m, err := templates.MapFS("starter")
	if err != nil {
		t.Fatal(err)
	}
	r := build(t, m)
	var got []string
	for _, f := range r.Summary.Findings {
		if f.Kind == analysis.FactHoles || f.Kind == analysis.FactReadiness {
			got = append(got, (words{l: text.English, r: r}).fact(f))
		}
	}
	want := []string{
		"The journey has 12 holes across 2 personas, spread evenly over 6 stages.",
		"The readiness index stands at 25 of 100; the largest weighted gap is in IT and management systems.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings\n%q\nwant\n%q", got, want)
	}
}
