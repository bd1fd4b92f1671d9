package workspace

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/diag"
)

var fuzzFiles = []string{ConfigFile, CatalogFile, JourneyFile, ReadinessFile, CapabilitiesFile, "ratings/extra.yaml"}

// FuzzLoad replaces one file of a complete example with arbitrary bytes: the
// loader must return a workspace or a list of problems, never panic or hang.
// Run it with: go test ./internal/workspace -run XXX -fuzz FuzzLoad -fuzztime 5m -fuzzminimizetime 20x
// (the seeds are whole example files; minimising each new input for the
// default 60s would leave little time for fuzzing).
func FuzzLoad(f *testing.F) {
	base := exampleFS(f, "intralogistics")
	for i, name := range fuzzFiles {
		if mf, ok := base[name]; ok {
			f.Add(uint8(i), mf.Data)
		}
	}
	f.Add(uint8(1), []byte("entries:\n  - id: a\n    name: [\n"))
	f.Add(uint8(4), []byte("capabilities:\n  - {id: a, name: A, element: it, dimension: it-systems, current: 1, target: 2, effort: 1, depends_on: [a]}\n"))
	f.Add(uint8(2), []byte("a: &a [*a]\n"))
	f.Add(uint8(1), []byte("# nothing yet\n"))
	f.Add(uint8(3), []byte("dimensions: []\n---\nraters: []\n"))
	f.Add(uint8(1), []byte("entries:\n  - &e {id: e, name: E, kind: feature, element: login}\n  - *e\n  - *e\n"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		m := fstest.MapFS{}
		for k, v := range base {
			m[k] = v
		}
		m[fuzzFiles[int(which)%len(fuzzFiles)]] = &fstest.MapFile{Data: data}
		w, err := Load(m, "fuzz", "")
		var de *diag.Error
		if err != nil && !errors.As(err, &de) {
			t.Fatalf("error is not a problem list: %v", err)
		}
		if err == nil && w == nil {
			t.Fatal("nil workspace without error")
		}
		if de != nil {
			for _, p := range de.Problems {
				if p.File == "" || p.Msg == "" {
					t.Fatalf("problem without file or message: %+v", p)
				}
			}
		}
	})
}
