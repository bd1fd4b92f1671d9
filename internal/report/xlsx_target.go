package report

import (
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/roadmap"
)

// targetSheet lays the target picture out as the method's figure: the four
// core elements around the central login in the middle.
func (b *book) targetSheet(s string) {
	r, l := b.r, b.l
	b.put(s, 1, 1, l.T(text.TargetPicture)+": "+r.Meta.Client, styleTitle)
	for _, c := range []int{1, 3, 5} {
		b.width(s, c, 64)
	}
	for _, c := range []int{2, 4} {
		b.width(s, c, 2)
	}
	parties := map[string]string{}
	for _, p := range r.Parties {
		parties[p.ID] = p.Name
	}
	pics := map[roadmap.Element]roadmap.ElementPicture{}
	for _, e := range r.Target.Elements {
		pics[e.Element] = e
	}
	type group struct {
		kind  roadmap.EntryKind
		items []roadmap.Selection
	}
	groupsOf := func(p roadmap.ElementPicture) []group {
		var gs []group
		for _, g := range []group{{roadmap.Feature, p.Features}, {roadmap.Service, p.Services}, {roadmap.RevenueStream, p.RevenueStreams}} {
			if len(g.items) > 0 {
				gs = append(gs, g)
			}
		}
		return gs
	}
	// Every block of a row gets the height of the taller, so the grid lines up.
	heightOf := func(e roadmap.Element) int {
		n := 2
		for _, g := range groupsOf(pics[e]) {
			n += 1 + len(g.items)
		}
		if len(pics[e].Parties) > 0 {
			n++
		}
		return n
	}
	top := 3
	upper := max(heightOf(roadmap.DirectSales), heightOf(roadmap.AfterSales))
	middle := heightOf(roadmap.Login)
	lower := max(heightOf(roadmap.SelfService), heightOf(roadmap.DigitalService))
	layout := []struct {
		el             roadmap.Element
		col, row, rows int
	}{
		{roadmap.DirectSales, 1, top, upper}, {roadmap.AfterSales, 5, top, upper},
		{roadmap.Login, 3, top + upper + 1, middle},
		{roadmap.SelfService, 1, top + upper + middle + 2, lower}, {roadmap.DigitalService, 5, top + upper + middle + 2, lower},
	}
	for _, pos := range layout {
		p := pics[pos.el]
		head, _ := b.styles.element(elementStyle{elementHead, pos.el})
		group, _ := b.styles.element(elementStyle{elementGroup, pos.el})
		box, err := b.styles.element(elementStyle{elementBox, pos.el})
		b.check(err)
		put := func(row int, v string, id int) {
			b.put(s, pos.col, row, v, styleNone)
			b.check(b.f.SetCellStyle(s, cell(pos.col, row), cell(pos.col, row), id))
		}
		put(pos.row, text.Element(l, pos.el), head)
		row := pos.row + 1
		for _, g := range groupsOf(p) {
			put(row, strings.ToUpper(text.EntryKindPlural(l, g.kind)), group)
			row++
			for _, it := range g.items {
				mark := text.KanoCategory(l, it.Category)
				if it.Pinned {
					mark += ", " + strings.ToLower(l.T(text.Pinned))
				}
				put(row, fmt.Sprintf("%s (%s)", it.Name, mark), box)
				row++
			}
		}
		var names []string
		for _, id := range p.Parties {
			names = append(names, parties[id])
		}
		if len(names) > 0 {
			put(row, l.T(text.ExternalParties)+": "+strings.Join(names, ", "), box)
			row++
		}
		for ; row < pos.row+pos.rows; row++ {
			put(row, "", box)
		}
	}
}

// decisionSheet is the decision log: every catalog entry, included, to
// discuss or excluded, by rule or by hand, with its reason.
func (b *book) decisionSheet(s string) {
	l, w := b.l, words{b.l, b.r}
	t := &table[roadmap.Selection]{sheet: s, top: 1, left: 1, rows: decisions(b.r.Target), cols: []column[roadmap.Selection]{
		{key: text.Name, width: 46, value: func(x roadmap.Selection) any { return x.Name }},
		{key: text.HeadElement, width: 16, value: func(x roadmap.Selection) any { return text.Element(l, x.Element) }},
		{key: text.Kind, width: 16, value: func(x roadmap.Selection) any { return text.EntryKind(l, x.Kind) }},
		{key: text.Category, width: 22, value: func(x roadmap.Selection) any {
			return w.category(x.Category, x.Code == roadmap.ReasonTooFewAnswers)
		}},
		{key: text.HeadDecision, width: 18, value: func(x roadmap.Selection) any { return text.Decision(l, x.Decision) }},
		{key: text.Reason, width: 70, value: func(x roadmap.Selection) any { return w.reason(x) }},
		{key: text.Pinned, width: 11, style: styleCenter, value: func(x roadmap.Selection) any { return x.Pinned }},
		{key: text.ID, width: 24, value: func(x roadmap.Selection) any { return x.ID }},
	}}
	writeTable(b, t)
}
