package report

import (
	"io"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/gen"
)

// BenchmarkReportLarge analyses and renders all three formats for 500
// catalog entries, 2,000 touchpoints, 200 capabilities and 20,000 survey
// respondents (issue 7's scale target: a few seconds, bounded memory).
func BenchmarkReportLarge(b *testing.B) {
	m := fstest.MapFS{}
	for name, data := range gen.Synthetic(gen.Size{Entries: 500, Personas: 20, Stages: 12, Channels: 15, Touchpoints: 2000, Capabilities: 200,
		Dimensions: 13, Questions: 3, Raters: 5, Respondents: 20000, SurveyItems: 50}, 1) {
		m[name] = &fstest.MapFile{Data: data}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := build(b, m)
		for _, w := range []func(*analysis.Report, io.Writer) error{WriteXLSX, WriteHTML, WriteJSON} {
			if err := w(r, io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	}
}
