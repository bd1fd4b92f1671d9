package workshop

import (
	"fmt"
	"slices"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/roadmap"
)

// Option is one answer a question offers.
type Option struct {
	Value       int    `json:"value"`
	Label       string `json:"label"`
	Description string `json:"description,omitempty"`
}

// Question is one screen of a workshop.
type Question struct {
	Item     string // feature or readiness question id
	Question string // kano: functional, dysfunctional, importance; readiness: ""
	Group    string // core element or dimension, as named for people
	GroupID  string // its id, e.g. direct-sales or a dimension id
	Title    string // feature name or question text
	Detail   string // feature description
	Prompt   string
	Options  []Option
	Optional bool
	// Unit counts features (kano) or questions (readiness) for "5 of 50".
	Unit, Units int
}

// Key of the question.
func (q Question) Key() Key { return Key{q.Item, q.Question} }

// Plan is a whole workshop: who answers and which questions, in order.
type Plan struct {
	Kind        string
	Participant string
	// Display is how the header names the participant: a rater's name
	// with the id the journal keys; empty shows Participant.
	Display   string
	Segment   string
	Lang      string
	Questions []Question
}

// Event builds the journal event answering (or skipping) a question.
func (p Plan) Event(q Question, action string, value int) Event {
	return Event{Workshop: p.Kind, Participant: p.Participant, Segment: p.Segment, Action: action, Item: q.Item, Question: q.Question, Value: value}
}

// KanoPlan asks the functional, dysfunctional and (optionally) importance
// question for each catalog entry, or for the ids given.
func KanoPlan(ws *workspace.Workspace, participant, segment string, only []string, importance bool) (Plan, error) {
	t := texts(ws.Config.Lang())
	p := Plan{Kind: KindKano, Participant: participant, Segment: segment, Lang: ws.Config.Lang()}
	entries := ws.Catalog.Entries
	if len(only) > 0 {
		byID := map[string]workspace.Entry{}
		for _, e := range entries {
			byID[e.ID] = e
		}
		entries = nil
		for _, id := range only {
			e, ok := byID[id]
			if !ok {
				return Plan{}, fmt.Errorf("unknown catalog entry %q", id)
			}
			entries = append(entries, e)
		}
	}
	answers := func() []Option {
		out := make([]Option, 5)
		for i := range out {
			out[i] = Option{Value: i + 1, Label: t.answers[i]}
		}
		return out
	}
	for n, e := range entries {
		group := t.element(roadmap.Element(e.Element))
		base := Question{Item: e.ID, Group: group, GroupID: e.Element, Title: e.Name, Detail: e.Description, Unit: n + 1, Units: len(entries)}
		fq := base
		fq.Question, fq.Prompt, fq.Options = "functional", t.functional, answers()
		dq := base
		dq.Question, dq.Prompt, dq.Options = "dysfunctional", t.dysfunctional, answers()
		p.Questions = append(p.Questions, fq, dq)
		if importance {
			iq := base
			iq.Question, iq.Prompt, iq.Optional = "importance", t.importance, true
			for v := 1; v <= 9; v++ {
				iq.Options = append(iq.Options, Option{Value: v, Label: t.importanceLabel(v)})
			}
			p.Questions = append(p.Questions, iq)
		}
	}
	if len(p.Questions) == 0 {
		return Plan{}, fmt.Errorf("the catalog has no entries to ask about")
	}
	return p, nil
}

// ReadinessPlan asks every readiness question on the maturity scale.
func ReadinessPlan(ws *workspace.Workspace, rater string) (Plan, error) {
	r, err := ws.NeedReadiness()
	if err != nil {
		return Plan{}, err
	}
	i := slices.IndexFunc(r.Raters, func(x workspace.Rater) bool { return x.ID == rater })
	if i < 0 {
		var ids []string
		for _, x := range r.Raters {
			ids = append(ids, x.ID)
		}
		return Plan{}, fmt.Errorf("unknown rater %q; raters in readiness.yaml: %s", rater, diag.QuoteList(ids))
	}
	p, err := ReadinessQuestions(ws)
	p.Participant = rater
	if name := r.Raters[i].Name; name != "" && name != rater {
		p.Display = name + " (" + rater + ")"
	}
	return p, err
}

// ReadinessQuestions is the readiness questionnaire for nobody in
// particular: the tally's rows and the server's questions.
func ReadinessQuestions(ws *workspace.Workspace) (Plan, error) {
	r, err := ws.NeedReadiness()
	if err != nil {
		return Plan{}, err
	}
	t := texts(ws.Config.Lang())
	p := Plan{Kind: KindReadiness, Lang: ws.Config.Lang()}
	var levels []Option
	for _, l := range r.ScaleLevels(ws.Config.Lang()) {
		levels = append(levels, Option{Value: l.Level, Label: l.Name, Description: l.Description})
	}
	total := 0
	for _, d := range r.Dimensions {
		total += len(d.Questions)
	}
	n := 0
	for _, d := range r.Dimensions {
		for _, q := range d.Questions {
			n++
			p.Questions = append(p.Questions, Question{Item: q.ID, Group: d.Name, GroupID: d.ID, Title: q.Text, Prompt: t.maturity, Options: levels, Unit: n, Units: total})
		}
	}
	if len(p.Questions) == 0 {
		return Plan{}, fmt.Errorf("readiness.yaml has no questions to rate; add questions to its dimensions")
	}
	if len(levels) == 0 {
		return Plan{}, fmt.Errorf("readiness.yaml has no maturity scale to rate on; add \"scale:\" levels")
	}
	return p, nil
}

// Progress counts the plan's units (features, or readiness questions) whose
// required questions are all answered or skipped, and how many units there are.
func (p Plan) Progress(s State) (done, total int) {
	// Questions of a unit are adjacent in a plan: count units as they end.
	unit, open := 0, false
	for i, q := range p.Questions {
		if i == 0 || q.Unit != unit {
			if i > 0 && !open {
				done++
			}
			unit, open = q.Unit, false
			total++
		}
		k := q.Key()
		if _, ok := s.Answers[k]; !ok && !q.Optional && !s.Skipped[k] {
			open = true
		}
	}
	if total > 0 && !open {
		done++
	}
	return done, total
}
