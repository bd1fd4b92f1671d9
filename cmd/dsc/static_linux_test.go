package main

import (
	"debug/elf"
	"testing"
)

// TestBinaryIsStatic keeps the documented build (CGO_ENABLED=0, README)
// static: a binary with an interpreter would run the dynamic loader and
// libc at every start, and a package that needs cgo would fail to build
// in TestMain before this test runs.
func TestBinaryIsStatic(t *testing.T) {
	f, err := elf.Open(binary)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Errorf("%s has an ELF interpreter: it is dynamically linked; dsc must build without cgo", binary)
		}
	}
	if libs, err := f.ImportedLibraries(); err != nil {
		t.Fatal(err)
	} else if len(libs) > 0 {
		t.Errorf("%s links %v; dsc must build without cgo", binary, libs)
	}
}
