package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/kano"
)

// coverageSheet holds two stage x channel grids with the same columns:
// touchpoints, and distinct features served.
func (b *book) coverageSheet(s string) {
	j, l := b.r.Journey, b.l
	b.width(s, 1, 30)
	for ci := range j.Channels {
		b.width(s, 2+ci, 15)
	}
	grid := func(top int, title text.Key, value func(journey.Count) int) int {
		b.put(s, 1, top, l.T(title), styleSubtitle)
		b.put(s, 1, top+1, l.T(text.Stage), styleHeader)
		for ci, c := range j.Channels {
			b.put(s, ci+2, top+1, c.Name, styleHeaderCenter)
		}
		for si, st := range j.Stages {
			b.put(s, 1, top+2+si, st.Name, styleText)
			for ci := range j.Channels {
				b.put(s, ci+2, top+2+si, value(j.Coverage.Cells[si][ci]), styleMatrix)
			}
		}
		last := top + 1 + len(j.Stages)
		b.check(b.f.SetConditionalFormat(s, cell(2, top+2)+":"+cell(len(j.Channels)+1, last), []excelize.ConditionalFormatOptions{{
			Type: "3_color_scale", Criteria: "=", MinType: "min", MidType: "percentile", MidValue: "50", MaxType: "max",
			MinColor: hex(palette.heat[0]), MidColor: hex(palette.heat[2]), MaxColor: hex(palette.heat[4])}}))
		return last
	}
	end := grid(1, text.TouchpointsPerStageAndChannel, func(c journey.Count) int { return c.Touchpoints })
	b.titles[s] = 2
	b.check(b.f.SetRowHeight(s, 2, 30))
	b.check(b.f.SetPanes(s, &excelize.Panes{Freeze: true, XSplit: 1, YSplit: 2, TopLeftCell: "B3", ActivePane: "bottomRight"}))
	grid(end+3, text.FeaturesServedPerStageAndChannel, func(c journey.Count) int { return c.Features })
}

// holesSheet lists every persona and stage where the persona meets no
// touchpoint, or none with a must-be or one-dimensional feature.
func (b *book) holesSheet(s string) {
	j, l := b.r.Journey, b.l
	personas, stages := personaNames(j), stageNames(j)
	t := &table[journey.Hole]{sheet: s, top: 1, left: 1, rows: j.Holes, cols: []column[journey.Hole]{
		{key: text.Persona, width: 40, value: func(h journey.Hole) any { return personas[h.Persona] }},
		{key: text.Stage, width: 28, value: func(h journey.Hole) any { return stages[h.Stage] }},
		{key: text.KindOfHole, width: 40, value: func(h journey.Hole) any { return text.HoleKind(l, h.Kind) }},
		{key: text.Touchpoints, width: 12, style: styleInt, value: func(h journey.Hole) any { return h.Touchpoints }},
		{key: text.Features, width: 50, value: func(h journey.Hole) any { return categoryCounts(l, h.Categories) }},
	}}
	writeTable(b, t)
}

// categoryCounts words "must-be 2, indifferent 1" from counts by category code.
func categoryCounts(l text.Lang, counts map[string]int) string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		name := text.KanoCategory(l, kano.Category(k))
		parts = append(parts, fmt.Sprintf("%s %d", name, counts[k]))
	}
	return strings.Join(parts, ", ")
}

func personaNames(j *analysis.Journey) map[string]string {
	m := map[string]string{}
	for _, p := range j.Personas {
		m[p.ID] = p.Name
	}
	return m
}

func stageNames(j *analysis.Journey) map[string]string {
	m := map[string]string{}
	for _, s := range j.Stages {
		m[s.ID] = s.Name
	}
	return m
}

// rolesSheet is the channel-role matrix, then how well it fits each of the
// four configuration models, in the same columns.
func (b *book) rolesSheet(s string) {
	j, l := b.r.Journey, b.l
	b.width(s, 1, 34)
	b.put(s, 1, 1, l.T(text.Channel), styleHeader)
	for pi, p := range j.Phases {
		b.put(s, pi+2, 1, p.Name, styleHeaderCenter)
		b.width(s, pi+2, 16)
	}
	b.put(s, len(j.Phases)+2, 1, l.T(text.Cost), styleHeader)
	b.width(s, len(j.Phases)+2, 18)
	b.titles[s] = 1
	b.check(b.f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}))
	for ci, c := range j.Channels {
		b.put(s, 1, 2+ci, c.Name, styleText)
		for pi, p := range j.Phases {
			role := j.Roles[c.ID][p.ID]
			if role == "" {
				role = journey.RoleNone
			}
			ink := palette.ink
			if role == journey.RoleLead || role == journey.RolePrimary {
				ink = palette.white
			}
			id, err := b.styles.fill(palette.roles[role], ink, "")
			b.check(err)
			b.put(s, pi+2, 2+ci, text.Role(l, role), styleNone)
			b.check(b.f.SetCellStyle(s, cell(pi+2, 2+ci), cell(pi+2, 2+ci), id))
		}
		b.put(s, len(j.Phases)+2, 2+ci, text.CostClass(l, c.Cost), styleText)
	}
	row := len(j.Channels) + 3
	cfg := j.Configuration
	omni := b.yesNo(cfg.OmniChannel)
	b.put(s, 1, row, l.T(text.ClosestModel)+": "+text.Model(l, cfg.Closest)+"; "+l.T(text.OmniChannel)+": "+omni, styleSubtitle)
	row++
	b.put(s, 1, row, l.T(text.HeadModel), styleHeader)
	b.put(s, 2, row, l.T(text.Fit), styleHeaderCenter)
	for _, sc := range cfg.Scores {
		row++
		b.put(s, 1, row, text.Model(l, sc.Model), styleText)
		b.put(s, 2, row, fmt.Sprintf("%d / %d", sc.Met, sc.Expected), styleCenter)
	}
}

// processSheet says how far the journey supports each omni-channel process
// and which steps are missing.
func (b *book) processSheet(s string) {
	j, l := b.r.Journey, b.l
	stages := stageNames(j)
	funcs := map[string]string{}
	for _, f := range j.Functions {
		funcs[f.ID] = f.Name
	}
	t := &table[journey.ProcessSupport]{sheet: s, top: 1, left: 1, rows: j.Processes, cols: []column[journey.ProcessSupport]{
		{key: text.Processes, width: 52, value: func(p journey.ProcessSupport) any { return p.Name }},
		{key: text.Support, width: 16, style: styleCenter, value: func(p journey.ProcessSupport) any { return text.ProcessSupport(l, p.Status) }},
		{key: text.MissingSteps, width: 110, value: func(p journey.ProcessSupport) any { return missingSteps(l, p, stages, funcs) }},
	}}
	writeTable(b, t)
}

// missingSteps words the steps of a process no touchpoint supports:
// "Order and pay online (Purchase, any online channel)".
func missingSteps(l text.Lang, p journey.ProcessSupport, stages, funcs map[string]string) string {
	if p.Status == journey.SupportNotApplicable {
		return text.Say(l, text.SayProcessNeedsChannel, text.ChannelSelector(l, p.NeedsChannel))
	}
	var miss []string
	for _, st := range p.Steps {
		if st.Met {
			continue
		}
		stage := stages[st.Stage]
		if stage == "" {
			stage = text.DefaultStage(l, st.Stage, st.Stage)
		}
		fn := funcs[st.Function]
		if fn == "" {
			fn = st.Function
		}
		miss = append(miss, fmt.Sprintf("%s (%s, %s)", fn, stage, text.ChannelSelector(l, st.Channel)))
	}
	return strings.Join(miss, "; ")
}
