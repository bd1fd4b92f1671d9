package workspace

import (
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/gen"
)

func synthetic(s gen.Size) fstest.MapFS {
	m := fstest.MapFS{}
	for name, data := range gen.Synthetic(s, 1) {
		m[name] = &fstest.MapFile{Data: data}
	}
	return m
}

// BenchmarkLoadLarge validates a workspace of 2,000 catalog entries, 500
// touchpoints and 200 capabilities (issue 3's scale target: well under a second).
func BenchmarkLoadLarge(b *testing.B) {
	m := synthetic(gen.Size{Entries: 2000, Personas: 10, Stages: 8, Channels: 10, Touchpoints: 500, Capabilities: 200,
		Dimensions: 13, Questions: 3, Raters: 5})
	if _, err := Load(m, "bench", ""); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Load(m, "bench", ""); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSyntheticWorkspaceIsValid(t *testing.T) {
	m := synthetic(gen.Size{Entries: 50, Personas: 4, Stages: 8, Channels: 5, Touchpoints: 40, Capabilities: 30,
		Dimensions: 3, Questions: 2, Raters: 3, Respondents: 10, SurveyItems: 5})
	if _, err := Load(m, "synthetic", ""); err != nil {
		t.Fatal(err)
	}
}
