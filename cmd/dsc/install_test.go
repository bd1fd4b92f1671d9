package main

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestGoModInstallable keeps `go install github.com/dsc-workbench/dsc/cmd/dsc@latest`
// (docs/ci.md's CI recipe) working: the go command refuses to install a
// module at a version when its go.mod holds a replace or exclude directive,
// so patched dependencies live in third_party as packages of this module.
func TestGoModInstallable(t *testing.T) {
	f, err := os.Open("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		word, _, _ := strings.Cut(strings.TrimSpace(sc.Text()), " ")
		if word == "replace" || word == "exclude" || strings.HasPrefix(word, "replace(") || strings.HasPrefix(word, "exclude(") {
			t.Errorf("go.mod:%d: %q: `go install …/cmd/dsc@latest` refuses a module with it; import a patched copy from third_party instead", line, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
