package diff

import (
	"fmt"
	"math"
	"strings"

	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
)

// The diff is read by the team in a terminal or a pull request, so it is
// worded in English; domain words (categories, decisions, hole kinds) come
// from the text catalogue.
const lang = text.English

// ClassTitle names a class of change.
func ClassTitle(c Class) string {
	return map[Class]string{ClassKano: "Kano", ClassTarget: "Target picture", ClassMarket: "Market", ClassJourney: "Journey", ClassReadiness: "Readiness",
		ClassCriticalPath: "Critical path", ClassSchedule: "Schedule", ClassData: "Data"}[c]
}

// Words is a change worded for people: what changed about which subject
// (a name, and the id when it differs), from what to what, and a note (the
// test, the size of a shift, the reason).
type Words struct {
	What, Subject, ID, From, To, Note string
}

// Label is the subject with its id: "Click & collect (click-and-collect)".
func (w Words) Label() string {
	if w.ID == "" {
		return w.Subject
	}
	return w.Subject + " (" + w.ID + ")"
}

// Words words the change.
func (c Change) Words() Words {
	w := Words{Subject: c.subject()}
	if c.Name != "" && c.ID != "" && c.Name != c.ID {
		w.ID = c.ID
	}
	switch c.Kind {
	case KindSectionAdded:
		w.What, w.From, w.To = "analysis added", "-", "analysed"
	case KindSectionRemoved:
		w.What, w.From, w.To = "analysis removed", "analysed", "-"
	case KindKanoSetting:
		w.What, w.From, w.To = "evaluation setting", orDash(fmt.Sprint(c.From)), orDash(fmt.Sprint(c.To))
		w.Note = map[string]string{
			"table":      "the same answers fall into other categories; no test compares the categories below",
			"rule":       "another rule picks the category from the same counts",
			"min_n":      "features under the minimum are not classified",
			"segment_by": "the segments are other groups of respondents",
		}[c.ID]
	case KindCategory:
		w.What, w.From, w.To = "category", category(c.From), category(c.To)
		if t := c.Test; t != nil {
			w.Note = testNote(*t)
		}
	case KindFeatureAdded:
		w.What, w.From, w.To = "now surveyed", "-", category(c.To)
	case KindFeatureRemoved:
		w.What, w.From, w.To = "no longer surveyed", category(c.From), "-"
	case KindBetter, KindWorse:
		w.What = map[Kind]string{KindBetter: "Better", KindWorse: "Worse"}[c.Kind]
		w.From, w.To, w.Note = fixed2(c.From), fixed2(c.To), signed(*c.Delta, 2)
	case KindEntered, KindLeft, KindMoved, KindWhy:
		w.What = map[Kind]string{KindEntered: "entered", KindLeft: "left", KindMoved: "moved", KindWhy: "decided otherwise"}[c.Kind]
		w.From, w.To = decision(c.From), decision(c.To)
		w.Note = c.why()
	case KindBetterThreshold:
		w.What, w.From, w.To, w.Note = "Better threshold", fixed2(c.From), fixed2(c.To), signed(*c.Delta, 2)
	case KindHoleOpened:
		w.What, w.From, w.To = "hole opened", "-", text.HoleKind(lang, str(c.To))
	case KindHoleClosed:
		w.What, w.From, w.To = "hole closed", text.HoleKind(lang, str(c.From)), "-"
	case KindCoverage:
		o, n := c.From.(Cell), c.To.(Cell)
		w.What, w.From, w.To = "coverage", cellWords(o), cellWords(n)
		w.Note = joinNonEmpty(moreFewer(n.Features-o.Features, "feature"), moreFewer(n.Touchpoints-o.Touchpoints, "touchpoint"))
	case KindIndex:
		// The note is the difference of the two numbers shown, so that it adds up (40.3 -> 39.6 is -0.7).
		w.What, w.From, w.To, w.Note = "readiness index", fixed1(c.From), fixed1(c.To), signed(tenths(c.To)-tenths(c.From), 1)
	case KindDimension:
		w.What, w.From, w.To = "current maturity", maturity(c.From), maturity(c.To)
		if c.Delta != nil {
			w.Note = signed(*c.Delta, 2)
		}
	case KindDimensionTarget:
		w.What, w.From, w.To, w.Note = "target maturity", maturity(c.From), maturity(c.To), signed(*c.Delta, 2)
	case KindDimensionAdded:
		w.What, w.From, w.To = "dimension added", "-", maturity(c.To)
	case KindDimensionRemoved:
		w.What, w.From, w.To = "dimension removed", maturity(c.From), "-"
	case KindCriticalPath:
		w.What, w.From, w.To = "changed", strings.Join(c.From.([]string), " > "), strings.Join(c.To.([]string), " > ")
		var parts []string
		if len(c.Joined) > 0 {
			parts = append(parts, "joined: "+strings.Join(c.Joined, ", "))
		}
		if len(c.Left) > 0 {
			parts = append(parts, "left: "+strings.Join(c.Left, ", "))
		}
		if len(parts) == 0 {
			parts = append(parts, "same capabilities, another order")
		}
		w.Note = strings.Join(parts, "; ")
	case KindStart:
		w.What, w.From, w.To = "roadmap start", orDash(str(c.From)), orDash(str(c.To))
	case KindFinish:
		w.What, w.From, w.To, w.Note = "programme finish", endWords(c.From.(Span)), endWords(c.To.(Span)), months(*c.Delta, "later", "earlier")
	case KindStepLonger, KindStepShorter:
		w.What = map[Kind]string{KindStepLonger: "lengthened", KindStepShorter: "shortened"}[c.Kind]
		w.From, w.To, w.Note = spanWords(c.From.(Span)), spanWords(c.To.(Span)), months(*c.Delta, "longer", "shorter")
	case KindDates:
		w.What, w.From, w.To, w.Note = "dates moved", spanWords(c.From.(Span)), spanWords(c.To.(Span)), "finishes "+months(*c.Delta, "later", "earlier")
	case KindCapabilityAdded:
		w.What, w.From, w.To = "capability added", "-", spanWords(c.To.(Span))
	case KindCapabilityRemoved:
		w.What, w.From, w.To = "capability removed", spanWords(c.From.(Span)), "-"
	case KindRespondents:
		w.What, w.From, w.To, w.Note = "respondents", fmt.Sprint(c.From), fmt.Sprint(c.To), signedInt(int(*c.Delta))
	case KindSurveyAdded:
		w.What, w.From, w.To = "survey added", "-", surveyWords(c.To.(SurveyCounts))
	case KindSurveyRemoved:
		w.What, w.From, w.To = "survey removed", surveyWords(c.From.(SurveyCounts)), "-"
	case KindSurveyChanged:
		w.What, w.From, w.To = "survey changed", surveyWords(c.From.(SurveyCounts)), surveyWords(c.To.(SurveyCounts))
		if c.Delta != nil { // nil: a side's respondents are unknown
			w.Note = moreFewer(int(*c.Delta), "respondent")
		}
	case KindWaveAdded:
		w.What, w.From, w.To = "wave added", "-", numfmt.Count(c.To.(int), "respondent", "respondents")
	case KindWaveRemoved:
		w.What, w.From, w.To = "wave removed", numfmt.Count(c.From.(int), "respondent", "respondents"), "-"
	case KindWaveChanged:
		w.What, w.From, w.To, w.Note = "wave changed", numfmt.Count(c.From.(int), "respondent", "respondents"), numfmt.Count(c.To.(int), "respondent", "respondents"), moreFewer(int(*c.Delta), "respondent")
	case KindCurrentWave:
		w.What, w.From, w.To, w.Note = "Kano analysis of wave", orDash(str(c.From)), orDash(str(c.To)), "the Kano changes above are between these waves"
		if c.kanoUnchanged {
			w.Note = "no feature changed its Kano category between these waves"
		}
	case KindCompetitorAdded:
		w.What, w.From, w.To = "competitor added", "-", "assessed"
	case KindCompetitorRemoved:
		w.What, w.From, w.To = "competitor removed", "assessed", "-"
	case KindToday:
		w.What, w.From, w.To = "offered today", orDash(str(c.From)), orDash(str(c.To))
	case KindValueEffort:
		w.What, w.From, w.To = "value/effort", valueEffortWords(c.From.(ValueEffort)), valueEffortWords(c.To.(ValueEffort))
	case KindMarketFlags:
		w.What, w.From, w.To = "flags", orDash(strings.Join(c.From.([]string), ", ")), orDash(strings.Join(c.To.([]string), ", "))
	case KindRaterAdded:
		w.What, w.From, w.To = "rater added", "-", "rates"
	case KindRaterRemoved:
		w.What, w.From, w.To = "rater removed", "rated", "-"
	default:
		w.What = string(c.Kind)
	}
	return w
}

func (c Change) subject() string {
	switch {
	case c.Kind == KindSectionAdded || c.Kind == KindSectionRemoved:
		return c.ID
	case c.Kind == KindIndex:
		return "readiness"
	case c.Kind == KindCriticalPath:
		return "critical path"
	case c.Kind == KindStart || c.Kind == KindFinish:
		return "roadmap"
	case c.Kind == KindRespondents:
		return "all surveys"
	case c.Kind == KindCurrentWave:
		return "current wave"
	case c.Kind == KindBetterThreshold:
		return "target picture"
	case c.Name != "":
		return c.Name
	}
	return c.ID
}

// why says why an entry stands where it stands now: by pin or by rule.
func (c Change) why() string {
	by := "rule"
	if c.Pinned {
		by = "pin"
	}
	if c.To == nil {
		by = "no longer in the catalog; was by " + by
	}
	reason := c.Reason
	if c.Pinned {
		reason = c.PinReason
	}
	if reason == "" {
		return by
	}
	return by + ": " + reason
}

func testNote(t kano.DistributionTest) string {
	if t.DF == 0 {
		return "no test: one side has no answers"
	}
	s := "not significant"
	if t.Significant {
		s = "significant"
	}
	return fmt.Sprintf("chi² %s, df %d, p %s: %s", numfmt.Fixed(t.ChiSquare, 2), t.DF, text.PValue(text.English, t.P), s)
}

// category words a category label: "attractive", "A/O (mixed)", "-".
func category(v any) string {
	s := str(v)
	switch {
	case s == "" || s == "-":
		return "-"
	case strings.Contains(s, "/"):
		return text.KanoPair(lang, s) + " (mixed)"
	}
	return text.KanoCategory(lang, kano.Category(s))
}

func decision(v any) string {
	if v == nil {
		return "not in the catalog"
	}
	return text.Decision(lang, str(v))
}

func maturity(v any) string {
	switch x := v.(type) {
	case float64:
		return numfmt.Fixed(x, 2)
	case *float64:
		if x != nil {
			return numfmt.Fixed(*x, 2)
		}
	}
	return "not rated"
}

func cellWords(c Cell) string {
	return numfmt.Count(c.Features, "feature", "features") + ", " + numfmt.Count(c.Touchpoints, "touchpoint", "touchpoints")
}

// valueEffortWords is "value 5, effort 6 (strategic-bet)"; "-" for a
// number the workspace does not give.
func valueEffortWords(v ValueEffort) string {
	num := func(x *float64) string {
		if x == nil {
			return "-"
		}
		return numfmt.Hundredths(*x)
	}
	out := "value " + num(v.Value) + ", effort " + num(v.Effort)
	if v.Quadrant != "" {
		out += " (" + v.Quadrant + ")"
	}
	return out
}

func surveyWords(s SurveyCounts) string {
	out := "respondents unknown" // read with other files in an earlier wave, which counts them together
	if s.Respondents != nil {
		out = numfmt.Count(*s.Respondents, "respondent", "respondents")
	}
	if s.Answers != nil { // counted for the current wave's files only
		out += ", " + numfmt.Count(*s.Answers, "answer", "answers")
	}
	if s.Wave != "" {
		out += ", wave " + s.Wave
	}
	return out
}

// spanWords is "2027-05..2027-07" on the calendar, else "months 3-6".
func spanWords(s Span) string {
	if s.StartMonth != "" {
		return s.StartMonth + ".." + s.EndMonth
	}
	return "months " + numfmt.Hundredths(s.Start) + "-" + numfmt.Hundredths(s.Finish)
}

func endWords(s Span) string {
	if s.EndMonth != "" {
		return s.EndMonth
	}
	return "month " + numfmt.Hundredths(s.Finish)
}

// months words a move in months: "2 months later", "0.5 months earlier",
// "1.17 months later" (at most two decimals: schedules move in thirds).
func months(d float64, up, down string) string {
	unit := "months"
	if d == 1 || d == -1 {
		unit = "month"
	}
	dir := up
	if d < 0 {
		dir, d = down, -d
	}
	return numfmt.Hundredths(d) + " " + unit + " " + dir
}

// moreFewer words a change in a count: "3 more features", "1 fewer touchpoint", "".
func moreFewer(d int, noun string) string {
	word := "more"
	if d < 0 {
		word, d = "fewer", -d
	}
	if d == 0 {
		return ""
	}
	return numfmt.Count(d, word+" "+noun, word+" "+noun+"s")
}

func joinNonEmpty(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}

// signed prints a difference with its sign; prec -1 uses as few decimals as needed.
func signed(d float64, prec int) string {
	s := numfmt.Short(d)
	if prec >= 0 {
		s = numfmt.Fixed(d, prec)
	}
	if d > 0 && strings.Trim(s, "0.") != "" {
		return "+" + s
	}
	return s
}

func signedInt(d int) string {
	if d > 0 {
		return fmt.Sprintf("+%d", d)
	}
	return fmt.Sprint(d)
}

func fixed2(v any) string  { f, _ := v.(float64); return numfmt.Fixed(f, 2) }
func fixed1(v any) string  { f, _ := v.(float64); return numfmt.Fixed(f, 1) }
func tenths(v any) float64 { f, _ := v.(float64); return math.Round(f*10) / 10 }

func str(v any) string {
	s, _ := v.(string)
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
