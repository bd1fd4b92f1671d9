package report

import (
	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// words turns the report's typed facts into sentences in one language. All
// wording comes from the text catalogue; words only picks and fills it.
type words struct {
	l text.Lang
	r *analysis.Report
}

// fact words a finding or a decision of the executive summary.
func (w words) fact(f analysis.Fact) string {
	l := w.l
	list := text.List(l, f.Names)
	switch f.Kind {
	case analysis.FactTargetPicture:
		return text.Say(l, text.SayTargetPicture, f.Count, f.Of)
	case analysis.FactMustBeUnserved:
		return text.Say(l, text.SayMustBeUnserved, f.Count, list)
	case analysis.FactHoles:
		return w.spread(f, holesSpread, f.Count, f.Of)
	case analysis.FactSegmentsDiffer:
		return text.Say(l, text.SaySegmentsDiffer, f.Count, list)
	case analysis.FactReadiness:
		return w.spread(f, readinessSpread, text.Num(l, f.Value, 0))
	case analysis.FactDisagreement:
		return text.Say(l, text.SayDisagreement, f.Count, f.Of)
	case analysis.FactChannelModel:
		if f.Flag {
			return text.Say(l, text.SayChannelModelOmni, text.Model(l, f.Model))
		}
		return text.Say(l, text.SayChannelModel, text.Model(l, f.Model))
	case analysis.FactCriticalPath:
		return text.Say(l, text.SayCriticalPath, text.NumShort(l, f.Value, 1), text.Month(l, f.Month), f.Count, list)
	case analysis.FactResolveDiscuss:
		return text.Say(l, text.SayResolveDiscuss, f.Count, list)
	case analysis.FactSurveyMore:
		return text.Say(l, text.SaySurveyMore, f.Count, list)
	case analysis.FactConfirmPins:
		return text.Say(l, text.SayConfirmPins, f.Count, list)
	case analysis.FactApproveTarget:
		if f.Month != "" {
			return text.Say(l, text.SayApproveTargetBy, f.Count, text.Month(l, f.Month))
		}
		return text.Say(l, text.SayApproveTarget, f.Count)
	case analysis.FactConfirmStartDate:
		if f.Max > f.Value {
			return text.Say(l, text.SayConfirmStartRange, text.Month(l, f.Month), text.NumShort(l, f.Value, 1), text.NumShort(l, f.Max, 1))
		}
		return text.Say(l, text.SayConfirmStart, text.Month(l, f.Month), text.NumShort(l, f.Value, 1))
	}
	return string(f.Kind)
}

// spreadSentences are the sentences of a fact that names where something
// lies among others (journey holes at stages, weighted readiness gaps in
// dimensions), one for each spread: all in one, even over the named ones,
// even over all (Among, too many to name), led by one, led by several.
type spreadSentences struct {
	only, even, evenMany, leadOne, lead text.Sentence
}

var (
	holesSpread     = spreadSentences{text.SayHolesOnly, text.SayHolesEven, text.SayHolesEvenMany, text.SayHolesMostAt, text.SayHoles}
	readinessSpread = spreadSentences{text.SayReadinessOnly, text.SayReadinessEven, text.SayReadinessEvenMany, text.SayReadinessLargest, text.SayReadiness}
)

// spread words f with the sentence its spread picks: the given arguments,
// then the named places (their list), or how many there are when the spread
// is even over too many to name.
func (w words) spread(f analysis.Fact, s spreadSentences, args ...any) string {
	say, last := s.lead, any(text.List(w.l, f.Names))
	switch {
	case f.Leads() && len(f.Names) == 1:
		say = s.leadOne
	case f.Leads():
	case f.Spread == analysis.SpreadOnly:
		say = s.only
	case f.Spread == analysis.SpreadEven && len(f.Names) == 0:
		say, last = s.evenMany, f.Among
	case f.Spread == analysis.SpreadEven:
		say = s.even
	}
	return text.Say(w.l, say, append(args, last)...)
}

// category names an entry's Kano category, or "too few answers".
func (w words) category(c kano.Category, tooFew bool) string {
	if tooFew {
		return w.l.T(text.TooFewAnswers)
	}
	return text.KanoCategory(w.l, c)
}

// result is a segment's or wave's category as the Kano page shows it: its
// label and short code, "too few answers" and "–" when thin, and a mixed
// result as mixed, never silently as one category.
func (w words) result(c kano.Category, mixed kano.Pair, thin bool) (label, code string) {
	switch {
	case thin:
		return w.category(c, true), "–"
	case mixed != "":
		return text.KanoMixed(w.l, string(mixed)), text.KanoPair(w.l, string(mixed))
	}
	return w.category(c, false), text.KanoCode(w.l, c)
}

// coefficient is Better or Worse as the deck shows it: the number, or the
// catalogue's "not defined" where the counts give none (no A, O, M or I
// answers: 0.00 would be a value).
func (w words) coefficient(defined bool, x float64) string {
	if !defined {
		return w.l.T(text.NotDefined)
	}
	return text.Num(w.l, x, 2)
}

// coefficientCell is Better or Worse as a workbook cell: the number, or the
// catalogue's "not defined" as text.
func (w words) coefficientCell(defined bool, x float64) any {
	if !defined {
		return w.l.T(text.NotDefined)
	}
	return x
}

// reason words why the target picture includes, excludes or questions an entry.
func (w words) reason(s roadmap.Selection) string {
	return text.SelectionReason(w.l, s, w.r.Target.BetterThreshold)
}

// stepNote says what a fixed step carries: step 1 the readiness result,
// step 2 the target picture to approve.
// breach words a rule the plan breaks, with capability names and calendar
// months as the deck and the workbook show them.
func (w words) breach(b roadmap.Breach) string {
	rm := w.r.Roadmap
	name := func(id string) string {
		if it, ok := rm.Item(id); ok {
			return itemName(w.l, it)
		}
		return id
	}
	month := func(m float64) string { return text.Month(w.l, roadmap.MonthLabel(rm.Start, m)) }
	return text.Breach(w.l, b, name, month)
}

func (w words) stepNote(step int) string {
	l := w.l
	switch step {
	case 1:
		for _, f := range w.r.Summary.Findings {
			if f.Kind == analysis.FactReadiness {
				if !f.Leads() { // the largest gaps only when some stand out (words.spread)
					return text.Say(l, text.SayStep1NoteIndex, text.Num(l, f.Value, 0))
				}
				return text.Say(l, text.SayStep1Note, text.Num(l, f.Value, 0), text.List(l, f.Names))
			}
		}
	case 2:
		return text.Say(l, text.SayStep2Note, w.r.Target.Selected, len(w.r.Target.Discuss))
	}
	return ""
}

// decisions lists every target-picture decision: the picture's entries by
// element, then those to discuss, then those left out.
func decisions(t roadmap.Target) []roadmap.Selection {
	var out []roadmap.Selection
	for _, e := range t.Elements {
		out = append(out, e.Features...)
		out = append(out, e.Services...)
		out = append(out, e.RevenueStreams...)
	}
	out = append(out, t.Discuss...)
	return append(out, t.Out...)
}

// segmentName is a segment's name from dsc.yaml, or its value.
func segmentName(r *analysis.Report, value string) string {
	for _, s := range r.Meta.Segments {
		if s.ID == value {
			return s.Name
		}
	}
	return value
}

// elementName and kindName name a catalog entry's element and kind.
func elementName(l text.Lang, e string) string { return text.Element(l, roadmap.Element(e)) }
func kindName(l text.Lang, k string) string    { return text.EntryKind(l, roadmap.EntryKind(k)) }
