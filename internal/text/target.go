package text

import (
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// SelectionReason words why the target picture includes, excludes or
// questions an entry, from the selection's typed facts (its reason code,
// category, source, Better and the workspace's reason for a pin) and the
// Better threshold it was held against.
func SelectionReason(l Lang, s roadmap.Selection, threshold float64) string {
	cat := KanoCategory(l, s.Category)
	from := func() string {
		if s.Source == "expected" {
			return Say(l, ReasonCategoryExpected, cat)
		}
		return Say(l, ReasonCategorySurvey, cat)
	}
	d := betterDigits(s.Better, threshold)
	switch s.Code {
	case roadmap.ReasonMustBe, roadmap.ReasonOneDimensional, roadmap.ReasonIndifferent:
		return from()
	case roadmap.ReasonAttractiveAbove:
		return Say(l, ReasonAttractiveAbove, cat, Num(l, s.Better, d), Num(l, threshold, d))
	case roadmap.ReasonAttractiveBelow:
		return Say(l, ReasonAttractiveBelow, cat, Num(l, s.Better, d), Num(l, threshold, d))
	case roadmap.ReasonAttractiveNoSurvey:
		return Say(l, ReasonAttractiveNoSurvey, cat)
	case roadmap.ReasonReverse:
		return Say(l, ReasonReverse, from())
	case roadmap.ReasonQuestionable:
		return Say(l, ReasonQuestionable, from())
	case roadmap.ReasonTooFewAnswers:
		return Say(l, ReasonTooFewAnswers)
	case roadmap.ReasonMixedSplit:
		if s.Split == nil { // a report.json that lost the alternatives
			return from()
		}
		as := func(a roadmap.Alternative) string {
			why := ""
			switch a.Code {
			case roadmap.ReasonAttractiveAbove:
				why = Say(l, ReasonBetterAgainst, Num(l, s.Better, d), "≥", Num(l, threshold, d))
			case roadmap.ReasonAttractiveBelow:
				why = Say(l, ReasonBetterAgainst, Num(l, s.Better, d), "<", Num(l, threshold, d))
			}
			return Say(l, ReasonAsCategory, KanoCategory(l, a.Category), Decision(l, a.Decision), why)
		}
		// the pair from the split, which a report.json read by dsc diff keeps without "mixed"
		pair := KanoPair(l, string(kano.PairOf(s.Split.First.Category, s.Split.RunnerUp.Category)))
		return Say(l, ReasonMixedSplit, pair, as(s.Split.First), as(s.Split.RunnerUp))
	case roadmap.ReasonSegmentSplit:
		sp := s.SegmentSplit
		if sp == nil { // a report.json that lost the segments
			return from()
		}
		overall := s
		overall.Code, overall.SegmentSplit = sp.Overall.Code, nil
		var segs []string
		for _, a := range sp.Segments {
			as := KanoCategory(l, a.Category)
			if a.Code == roadmap.ReasonAttractiveAbove {
				as += Say(l, ReasonBetterAgainst, Num(l, a.Better, betterDigits(a.Better, threshold)), "≥", Num(l, threshold, betterDigits(a.Better, threshold)))
			}
			segs = append(segs, Say(l, ReasonForSegment, a.Name, as))
		}
		p := PValue(l, sp.P)
		if !strings.HasPrefix(p, "<") {
			p = "= " + p
		}
		return Say(l, ReasonSegmentSplit, SelectionReason(l, overall, threshold), List(l, segs), p)
	case roadmap.ReasonPinnedInclude, roadmap.ReasonPinnedExclude:
		k := ReasonPinnedInclude
		if s.Code == roadmap.ReasonPinnedExclude {
			k = ReasonPinnedExclude
		}
		if s.PinReason != "" {
			return Say(l, ReasonPinnedWhy, Say(l, k), s.PinReason)
		}
		return Say(l, k)
	}
	return Say(l, ReasonNoCategory)
}

// betterDigits is how many decimals show a Better coefficient beside the
// threshold it is compared with: two, or more when two would round both to
// the same number (0.696 < 0.700, never "0.70 < 0.70"); at most four.
func betterDigits(better, threshold float64) int {
	d := 2
	for d < 4 && fmt.Sprintf("%.*f", d, better) == fmt.Sprintf("%.*f", d, threshold) {
		d++
	}
	return d
}
