package analysis

import (
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/gen"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/journey"
)

func syntheticWorkspace(tb testing.TB, s gen.Size) *workspace.Workspace {
	tb.Helper()
	m := fstest.MapFS{}
	for name, data := range gen.Synthetic(s, 1) {
		m[name] = &fstest.MapFile{Data: data}
	}
	w, err := workspace.Load(m, "synthetic", "")
	if err != nil {
		tb.Fatal(err)
	}
	return w
}

// BenchmarkJourneyLarge analyses 20 personas x 12 stages x 15 channels x
// 2,000 touchpoints (issue 5's scale target: well under a second).
func BenchmarkJourneyLarge(b *testing.B) {
	w := syntheticWorkspace(b, gen.Size{Entries: 500, Personas: 20, Stages: 12, Channels: 15, Touchpoints: 2000, Capabilities: 10})
	in := JourneyInput(w, w.Journey, nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		journey.Analyze(in, journey.Options{})
	}
}
