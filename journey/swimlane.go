package journey

import (
	"slices"

	"github.com/dsc-workbench/dsc/kano"
)

// LaneFeature is a feature a touchpoint carries, with its Kano category as
// the lane's persona sees it (overall in the combined lane).
type LaneFeature struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Category kano.Category `json:"category"`
}

// LaneTouchpoint is a touchpoint in one swimlane cell.
type LaneTouchpoint struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Interaction string        `json:"interaction,omitempty"`
	Segments    []string      `json:"segments"`
	Evidence    Evidence      `json:"evidence"`
	Features    []LaneFeature `json:"features"`
}

// LaneStage is what one stage of a swimlane holds besides its cells: the
// hole a persona falls into there, and the KPIs and evidence behind it.
type LaneStage struct {
	Stage string `json:"stage"`
	// Hole is the kind of hole at this stage ("" when none); in the combined
	// lane HolePersonas names every persona with a hole there.
	Hole         string   `json:"hole,omitempty"`
	HolePersonas []string `json:"hole_personas,omitempty"`
	KPIs         []KPIGap `json:"kpis"`
	// Evidence counts the stage's touchpoints per evidence level.
	Evidence map[Evidence]int `json:"evidence"`
}

// Swimlane is the stage x channel grid of one persona's journey (Persona
// "" for the combined journey of every persona): Cells[stage][channel]
// lists the touchpoints, and Channels the channel indexes that have any.
type Swimlane struct {
	Persona  string               `json:"persona"`
	Segment  string               `json:"segment,omitempty"`
	Channels []int                `json:"channels"`
	Cells    [][][]LaneTouchpoint `json:"cells"`
	Stages   []LaneStage          `json:"stages"`
}

// Swimlanes builds one swimlane per persona, then the combined one, from the
// journey and the holes already found.
func Swimlanes(j Journey, holes []Hole) []Swimlane {
	ix := index(j)
	var out []Swimlane
	for _, p := range j.Personas {
		out = append(out, swimlane(j, ix, holes, p.ID))
	}
	return append(out, swimlane(j, ix, holes, ""))
}

func swimlane(j Journey, ix indexes, holes []Hole, persona string) Swimlane {
	l := Swimlane{Persona: persona, Segment: ix.segments[persona], Channels: []int{}, Cells: make([][][]LaneTouchpoint, len(j.Stages))}
	used := make([]bool, len(j.Channels))
	for si, s := range j.Stages {
		l.Cells[si] = make([][]LaneTouchpoint, len(j.Channels))
		ls := LaneStage{Stage: s.ID, KPIs: []KPIGap{}, Evidence: map[Evidence]int{}}
		for _, h := range holes {
			if h.Stage != s.ID || (persona != "" && h.Persona != persona) {
				continue
			}
			if persona != "" {
				ls.Hole = h.Kind
			} else {
				ls.HolePersonas = append(ls.HolePersonas, h.Persona)
			}
		}
		for _, t := range j.Touchpoints {
			ci, ok := ix.channel[t.Channel]
			if t.Stage != s.ID || !ok || (persona != "" && !slices.Contains(t.Personas, persona)) {
				continue
			}
			used[ci] = true
			lt := LaneTouchpoint{ID: t.ID, Name: t.Name, Interaction: t.Interaction, Evidence: t.Evidence, Segments: []string{}, Features: []LaneFeature{}}
			if lt.Evidence == "" {
				lt.Evidence = Hypothesis
			}
			for _, p := range t.Personas {
				if seg := ix.segments[p]; seg != "" && !slices.Contains(lt.Segments, seg) {
					lt.Segments = append(lt.Segments, seg)
				}
			}
			slices.Sort(lt.Segments)
			for _, fid := range t.Features {
				lf := LaneFeature{ID: fid, Name: fid}
				if f := ix.feature[fid]; f != nil {
					lf.Name = f.Name
					lf.Category = f.Category
				}
				if persona != "" {
					lf.Category = ix.categoryFor(fid, persona)
				}
				lt.Features = append(lt.Features, lf)
			}
			l.Cells[si][ci] = append(l.Cells[si][ci], lt)
			ls.Evidence[lt.Evidence]++
			for _, k := range t.KPIs {
				ls.KPIs = append(ls.KPIs, kpiGap(t, k))
			}
		}
		l.Stages = append(l.Stages, ls)
	}
	for ci, u := range used {
		if u {
			l.Channels = append(l.Channels, ci)
		}
	}
	return l
}
