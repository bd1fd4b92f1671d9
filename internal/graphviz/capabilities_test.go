package graphviz

import (
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/roadmap"
)

func capability(id string, months float64, needs ...string) roadmap.Capability {
	return roadmap.Capability{ID: id, Name: strings.ToUpper(id), Current: 1, Target: 3, Element: roadmap.Organisation,
		Dimension: roadmap.Competencies, TeamSize: 2, Duration: months, Effort: 2 * months, DependsOn: needs}
}

// Labels are worded in the workspace's language: the operating element,
// the duration with its unit (singular for one month, at most two decimals)
// and the tribe team; names are escaped for DOT.
func TestCapabilitiesLabels(t *testing.T) {
	cs := []roadmap.Capability{capability("a", 1), capability("b", 10.0/3, "a")}
	cs[0].Name = `Say "hi"`
	g, _, err := roadmap.Schedule(cs, roadmap.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		l    text.Lang
		want []string
	}{
		{text.English, []string{`"a" [label="Say \"hi\"\nOrganisation, 1 month, Tribe team 1"`, `"b" [label="B\nOrganisation, 3.33 months, Tribe team 1"`}},
		{text.German, []string{`"a" [label="Say \"hi\"\nOrganisation, 1 Monat, Tribe-Team 1"`, `"b" [label="B\nOrganisation, 3,33 Monate, Tribe-Team 1"`}},
	} {
		dot := Capabilities(c.l, g)
		for _, want := range append(c.want, `"a" -> "b";`, `{ rank=same; "a"; }`, `penwidth=2.5`) {
			if !strings.Contains(dot, want) {
				t.Errorf("%s: dot lacks %s:\n%s", c.l, want, dot)
			}
		}
	}
}

// A coupled block is boxed and named in the language.
func TestCapabilitiesCoupledBlock(t *testing.T) {
	g, err := roadmap.Analyze([]roadmap.Capability{capability("a", 1, "b"), capability("b", 1, "a")}, roadmap.DSMOptions{AllowCoupled: true})
	if err != nil {
		t.Fatal(err)
	}
	if dot := Capabilities(text.German, g); !strings.Contains(dot, "subgraph \"cluster_block-1\" {\n    label=\"Gekoppelt: block-1\";") {
		t.Errorf("dot lacks the block:\n%s", dot)
	}
}
