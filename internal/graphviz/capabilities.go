// Package graphviz draws the capability dependency structure as Graphviz
// DOT (dsc capabilities --format dot): a picture a client sees once it is
// rendered, so its labels are worded in the workspace's language from the
// text catalogue, never from the domain's ids.
package graphviz

import (
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/roadmap"
)

// critical is the colour of the critical path and of coupled blocks.
const critical = "#b03a2e"

// Capabilities writes the graph: one node per capability labelled with its
// name, operating element, duration and tribe team; its waves as ranks; its
// coupled blocks boxed; an edge from each prerequisite to what needs it.
func Capabilities(l text.Lang, g roadmap.Graph) string {
	var b strings.Builder
	b.WriteString("digraph capabilities {\n  rankdir=LR;\n  compound=true;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n")
	team := map[string]string{}
	for i, c := range g.Clusters {
		team[c.ID] = text.TribeTeam(l, fmt.Sprint(i+1))
	}
	for _, blk := range g.Blocks {
		fmt.Fprintf(&b, "  subgraph %s {\n    label=%s;\n    style=dashed;\n    color=%q;\n", quote("cluster_"+blk.ID), quote(text.CoupledLabel(l, blk.ID)), critical)
		for _, id := range blk.Capabilities {
			fmt.Fprintf(&b, "    %s;\n", quote(id))
		}
		b.WriteString("  }\n")
	}
	byWave := map[int][]string{}
	for _, c := range g.Capabilities {
		facts := []string{text.OperatingElement(l, c.Element), text.DurationMonths(l, c.Duration)}
		if t := team[c.Cluster]; t != "" {
			facts = append(facts, t)
		}
		attrs := "label=" + quote(c.Name+"\n"+strings.Join(facts, ", "))
		if c.Critical {
			attrs += fmt.Sprintf(", penwidth=2.5, color=%q", critical)
		}
		fmt.Fprintf(&b, "  %s [%s];\n", quote(c.ID), attrs)
		byWave[c.Wave] = append(byWave[c.Wave], quote(c.ID))
	}
	for w := 1; w <= g.Waves; w++ {
		fmt.Fprintf(&b, "  { rank=same; %s; }\n", strings.Join(byWave[w], "; "))
	}
	for i, c := range g.Capabilities {
		for j := range g.Matrix[i] {
			if g.Matrix[i][j] {
				fmt.Fprintf(&b, "  %s -> %s;\n", quote(g.Capabilities[j].ID), quote(c.ID))
			}
		}
	}
	b.WriteString("}\n")
	return b.String()
}

// quote quotes an id or label for DOT, escaping what DOT would read.
func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}
