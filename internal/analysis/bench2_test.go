package analysis

import (
	"testing"

	"github.com/dsc-workbench/dsc/internal/gen"
	"github.com/dsc-workbench/dsc/roadmap"
)

// BenchmarkReadinessLarge scores 30 dimensions x 20 questions x 25 raters
// (15,000 ratings; issue 6's scale target: well under a second).
func BenchmarkReadinessLarge(b *testing.B) {
	w := syntheticWorkspace(b, gen.Size{Entries: 10, Personas: 2, Stages: 8, Channels: 3, Touchpoints: 10, Capabilities: 10,
		Dimensions: 30, Questions: 20, Raters: 25})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := RunReadiness(w, w.Settings)
		if err != nil || len(r.Questions) != 600 {
			b.Fatal(err)
		}
	}
}

// BenchmarkCapabilityGraphLarge analyses and schedules a 1,000-capability
// graph: partition, clusters, rules, critical path.
func BenchmarkCapabilityGraphLarge(b *testing.B) {
	w := syntheticWorkspace(b, gen.Size{Entries: 10, Personas: 2, Stages: 8, Channels: 3, Touchpoints: 10, Capabilities: 1000})
	in := CapabilityInput(w.Settings, w.Capabilities)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := roadmap.Schedule(in, w.Settings.Roadmap.Options()); err != nil {
			b.Fatal(err)
		}
	}
}
