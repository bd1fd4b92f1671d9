package server

import (
	"encoding/json"
	"math"
	"sort"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/workshop"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
)

// Live is the projector's picture: everything /live draws, computed here
// so the page only draws. It is also GET /api/tally.
type Live struct {
	Kind         string `json:"kind"`
	Title        string `json:"title"`
	Client       string `json:"client"`
	Participants int    `json:"participants"`
	// Answering counts participants who gave at least one answer.
	Answering int `json:"answering"`
	// Answers counts the answers as they stand: one per participant and
	// question, however often it was changed.
	Answers int    `json:"answers"`
	JoinURL string `json:"join_url"`
	Code    string `json:"code"`
	Voting  Voting `json:"voting"`
	// Closed names the parts closed for voting, for the projector.
	Closed []string `json:"closed"`
	// Words are the labels of the view in the workspace language.
	Words map[string]string `json:"words"`
	// Kano: the classification with the workspace's table and rule.
	Table      string         `json:"table,omitempty"`
	Rule       string         `json:"rule,omitempty"`
	Features   []LiveFeature  `json:"features,omitempty"`
	Categories []LiveCategory `json:"categories,omitempty"`
	// Readiness: each dimension's mean and the spread between raters.
	Scale      []int           `json:"scale,omitempty"`
	Dimensions []LiveDimension `json:"dimensions,omitempty"`
}

// LiveFeature is one feature on the portfolio and its category bar.
type LiveFeature struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Group    string  `json:"group"`
	N        int     `json:"n"`
	Category string  `json:"category"`
	Code     string  `json:"code"`
	Label    string  `json:"label"`
	Better   float64 `json:"better"`
	AbsWorse float64 `json:"abs_worse"`
	// Shares are the category shares of the feature's answers, A O M I R Q.
	Shares []Share `json:"shares"`
}

// Share is one category's part of a feature's answers.
type Share struct {
	Category string  `json:"category"`
	Count    int     `json:"count"`
	Share    float64 `json:"share"`
}

// LiveCategory names a category for the legend and counts its features.
type LiveCategory struct {
	Category string `json:"category"`
	Code     string `json:"code"`
	Name     string `json:"name"`
	Features int    `json:"features"`
}

// LiveDimension is one spoke of the readiness radar.
type LiveDimension struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`
	Raters int      `json:"raters"`
	Mean   *float64 `json:"mean"`
	Min    *float64 `json:"min"`
	Max    *float64 `json:"max"`
	Target float64  `json:"target"`
}

var liveCategories = []kano.Category{kano.Attractive, kano.OneDimensional, kano.MustBe, kano.Indifferent, kano.Reverse, kano.Questionable}

// snapshot returns the live picture as JSON, recomputed only when
// something changed since the last call.
func (s *Server) snapshot() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cache.body != nil && s.cache.version == s.version {
		return s.cache.body
	}
	b, _ := json.Marshal(s.live())
	s.cache.version, s.cache.body = s.version, b
	return b
}

// live computes the picture. The caller holds s.mu.
func (s *Server) live() Live {
	ws := s.cfg.Workspace
	w := func(k text.W) string { return text.Word(s.lang, k) }
	l := Live{Kind: s.cfg.Plan.Kind, Client: ws.Config.Client, Participants: len(s.people),
		JoinURL: s.JoinLink(), Code: s.cfg.Code, Voting: s.voting.clone(),
		Words: map[string]string{"participants": w(text.WParticipants), "answers": w(text.WAnswers), "join_at": w(text.WJoinAt),
			"or_scan": w(text.WOrScan), "waiting": w(text.WWaitingForAnswers), "spread": w(text.WSpread), "current": w(text.WCurrent),
			"target": w(text.WTarget), "raters": w(text.WRaters), "closed": w(text.WVotingClosed), "open": w(text.WVotingOpen),
			"caption": w(text.WLiveCaption), "readiness_caption": w(text.WReadinessCaption),
			"better": text.T(s.lang, text.Better), "worse": "|" + text.T(s.lang, text.Worse) + "|",
			"portfolio": text.T(s.lang, text.KanoPortfolio), "mix": text.T(s.lang, text.CategoryMix)}}
	for _, g := range s.Groups() {
		if s.voting.Open && s.voting.Closed[g.ID] {
			l.Closed = append(l.Closed, g.Name)
		}
	}
	states := make([]workshop.State, len(s.people))
	for i, p := range s.people {
		states[i] = p.state
		// The answers the room has given: one per participant and question
		// as it stands now (what the export writes), not one per change.
		l.Answers += len(p.state.Answers)
		if len(p.state.Answers) > 0 {
			l.Answering++
		}
	}
	if s.cfg.Plan.Kind == workshop.KindKano {
		l.Title = w(text.WKanoWorkshop)
		l.Table, l.Rule = string(ws.Settings.Kano.Table), string(ws.Settings.Kano.Rule)
		count := map[kano.Category]int{}
		for _, u := range s.units {
			tl := workshop.KanoTally(u.Item, states)
			r := tl.Classify(s.kanoOpts)
			f := LiveFeature{ID: u.Item, Name: u.Title, Group: u.Group, N: r.N, Category: string(r.Category),
				Code: text.KanoCode(s.lang, r.Category), Label: text.KanoCategory(s.lang, r.Category),
				Better: round3(r.Better), AbsWorse: round3(math.Abs(r.Worse))}
			total := r.Counts.N()
			for _, c := range liveCategories {
				sh := Share{Category: string(c), Count: r.Counts.Of(c)}
				if total > 0 {
					sh.Share = round3(float64(sh.Count) / float64(total))
				}
				f.Shares = append(f.Shares, sh)
			}
			if r.N > 0 {
				count[r.Category]++
			}
			l.Features = append(l.Features, f)
		}
		for _, c := range liveCategories {
			l.Categories = append(l.Categories, LiveCategory{Category: string(c), Code: text.KanoCode(s.lang, c), Name: text.KanoCategory(s.lang, c), Features: count[c]})
		}
		return l
	}
	l.Title = w(text.WReadinessWorkshop)
	l.Dimensions, l.Scale = s.liveReadiness()
	return l
}

// liveReadiness scores the raters' answers so far with the readiness
// analysis `dsc readiness` runs. The caller holds s.mu.
func (s *Server) liveReadiness() ([]LiveDimension, []int) {
	ws := s.cfg.Workspace
	var logs []workshop.Log
	for _, p := range s.people {
		var evs []workshop.Event
		for k, v := range p.state.Answers {
			evs = append(evs, workshop.Event{Action: workshop.ActionAnswer, Item: k.Item, Question: k.Question, Value: v})
		}
		sort.Slice(evs, func(a, b int) bool { return evs[a].Item < evs[b].Item })
		logs = append(logs, workshop.Log{Participant: p.Participant, Events: evs})
	}
	rf, _ := workshop.Ratings(&workspace.Workspace{Readiness: &workspace.Readiness{}}, logs)
	r := *ws.Readiness
	r.Ratings = rf.Ratings
	copyWS := *ws
	copyWS.Readiness = &r
	res, err := analysis.RunReadiness(&copyWS, ws.Settings)
	if err != nil {
		return nil, nil
	}
	var scale []int
	for _, lv := range res.Scale {
		scale = append(scale, lv.Level)
	}
	var out []LiveDimension
	for _, d := range res.Dimensions {
		ld := LiveDimension{ID: d.ID, Name: d.Name, Raters: len(d.RaterScores), Target: round3(d.Target)}
		if d.IsRated() {
			mean := round3(*d.Current)
			ld.Mean = &mean
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, v := range d.RaterScores {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
			lo, hi = round3(lo), round3(hi)
			ld.Min, ld.Max = &lo, &hi
		}
		out = append(out, ld)
	}
	return out, scale
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
