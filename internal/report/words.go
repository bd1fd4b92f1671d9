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
		switch {
		case f.Spread == analysis.SpreadOnly:
			return text.Say(l, text.SayHolesOnly, f.Count, f.Of, list)
		case f.Spread == analysis.SpreadEven && len(f.Names) == 0:
			return text.Say(l, text.SayHolesEvenMany, f.Count, f.Of, f.Among)
		case f.Spread == analysis.SpreadEven:
			return text.Say(l, text.SayHolesEven, f.Count, f.Of, list)
		case len(f.Names) == 1:
			return text.Say(l, text.SayHolesMostAt, f.Count, f.Of, list)
		}
		return text.Say(l, text.SayHoles, f.Count, f.Of, list)
	case analysis.FactSegmentsDiffer:
		return text.Say(l, text.SaySegmentsDiffer, f.Count, list)
	case analysis.FactReadiness:
		index := text.Num(l, f.Value, 0)
		switch {
		case f.Spread == analysis.SpreadOnly:
			return text.Say(l, text.SayReadinessOnly, index, list)
		case f.Spread == analysis.SpreadEven && len(f.Names) == 0:
			return text.Say(l, text.SayReadinessEvenMany, index, f.Among)
		case f.Spread == analysis.SpreadEven:
			return text.Say(l, text.SayReadinessEven, index, list)
		case len(f.Names) == 1:
			return text.Say(l, text.SayReadinessLargest, index, list)
		}
		return text.Say(l, text.SayReadiness, index, list)
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
		return text.Say(l, text.SayConfirmStart, text.Month(l, f.Month), text.NumShort(l, f.Value, 1))
	}
	return string(f.Kind)
}

// category names an entry's Kano category, or "too few answers".
func (w words) category(c kano.Category, tooFew bool) string {
	if tooFew {
		return w.l.T(text.TooFewAnswers)
	}
	return text.KanoCategory(w.l, c)
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
func (w words) stepNote(step int) string {
	l := w.l
	switch step {
	case 1:
		for _, f := range w.r.Summary.Findings {
			if f.Kind == analysis.FactReadiness {
				if f.Spread != analysis.SpreadLead || len(f.Names) == 0 {
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
