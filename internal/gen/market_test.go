package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The examples' market content is as the issue asks: the automotive case
// has five or more competitors of the four kinds, ten or more trends and an
// offering record for every catalog entry; the intralogistics case holds
// the manufacturer against other manufacturers' customer portals.
func TestExampleMarkets(t *testing.T) {
	auto := automotive()
	m := auto.market
	if len(m.competitors) < 5 || len(m.trends) < 10 {
		t.Errorf("automotive: %d competitors, %d trends; want 5+ and 10+", len(m.competitors), len(m.trends))
	}
	kinds := map[string]bool{}
	for _, c := range m.competitors {
		kinds[c.kind] = true
	}
	for _, k := range []string{"pure-player", "oem-portal", "marketplace", "distributor"} {
		if !kinds[k] {
			t.Errorf("automotive: no competitor of kind %s", k)
		}
	}
	for _, e := range []*engagement{auto, intralogistics()} {
		if err := e.market.check(e); err != nil {
			t.Errorf("%s: %v", e.name, err)
		}
		for _, x := range e.entries {
			if _, ok := e.market.entry(x.id); !ok {
				t.Errorf("%s: entry %s has no offerings", e.name, x.id)
			}
		}
	}
	il := intralogistics().market
	portals := 0
	for _, c := range il.competitors {
		if c.kind == "oem-portal" {
			portals++
		}
	}
	if portals < 3 {
		t.Errorf("intralogistics: %d manufacturer portals, want 3+", portals)
	}
}

// The committed examples are what the seeded generator writes, byte for byte.
func TestExamplesAreGenerated(t *testing.T) {
	for _, name := range Examples() {
		e, err := byName(name)
		if err != nil {
			t.Fatal(err)
		}
		files, err := e.files()
		if err != nil {
			t.Fatal(err)
		}
		again, _ := e.files()
		for file, data := range files {
			if !bytes.Equal(data, again[file]) {
				t.Errorf("%s/%s differs between two runs of the generator", name, file)
			}
			got, err := os.ReadFile(filepath.Join("..", "..", "examples", name, filepath.FromSlash(file)))
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("examples/%s/%s is not what the generator writes: run `go run ./examples/gen`", name, file)
			}
		}
		// And nothing else: a file the generator no longer writes is stale.
		root := filepath.Join("..", "..", "examples", name)
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			if _, ok := files[filepath.ToSlash(rel)]; !ok {
				t.Errorf("examples/%s/%s is not written by the generator: remove it or run `go run ./examples/gen`", name, filepath.ToSlash(rel))
			}
			return nil
		})
	}
}
