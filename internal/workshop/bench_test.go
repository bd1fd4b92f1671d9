package workshop

import (
	"fmt"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// bigPlan is a workshop of n questions (a third of n features x 3 questions).
func bigPlan(n int) Plan {
	p := Plan{Kind: KindKano, Participant: "bench", Lang: "en"}
	opts := []Option{{1, "I like it", ""}, {2, "I expect it", ""}, {3, "I am neutral", ""}, {4, "I can live with it", ""}, {5, "I dislike it", ""}}
	for i := 0; len(p.Questions) < n; i++ {
		for _, q := range []string{"functional", "dysfunctional", "importance"} {
			p.Questions = append(p.Questions, Question{Item: fmt.Sprintf("f%d", i), Question: q, Group: "Direct Sales", Title: fmt.Sprintf("Feature %d", i),
				Prompt: "How do you feel?", Options: opts, Unit: i + 1, Units: n / 3})
		}
	}
	p.Questions = p.Questions[:n]
	return p
}

// answerAll answers every question of a 1,000-question workshop, one key per
// question, and renders the screen after each key as the terminal would:
// ns/op divided by 1,000 is the response time of one keystroke.
func answerAll(b *testing.B, rec func(b *testing.B) Recorder) {
	plan := bigPlan(1000)
	key := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("3")}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		var m tea.Model = New(plan, rec(b), State{}, "")
		m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		b.StartTimer()
		for q := 0; q < 1000; q++ {
			m, _ = m.Update(key)
			_ = m.View()
		}
		if !m.(Model).Done() {
			b.Fatal("not done")
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*1000), "µs/keystroke")
}

func BenchmarkWorkshop1000InMemory(b *testing.B) {
	answerAll(b, func(*testing.B) Recorder { return &memory{} })
}

// BenchmarkWorkshop1000Journal includes writing and fsyncing every answer
// to a journal file, as the real workshop does.
func BenchmarkWorkshop1000Journal(b *testing.B) {
	answerAll(b, func(b *testing.B) Recorder {
		j, _, err := OpenJournal(filepath.Join(b.TempDir(), "kano-bench.jsonl"))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { j.Close() })
		return j
	})
}
