package lazyre

import (
	"sync"
	"testing"
)

func TestCompiledOnFirstUseOnce(t *testing.T) {
	r := New(`^(\d+)-(\d+)$`)
	if r.re != nil {
		t.Fatal("compiled before first use")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if !r.MatchString("12-34") {
				t.Error(`MatchString("12-34") = false`)
			}
		})
	}
	wg.Wait()
	if first := r.Regexp(); first != r.Regexp() {
		t.Fatal("compiled twice")
	}
	if got := r.FindStringSubmatch("12-34"); len(got) != 3 || got[1] != "12" || got[2] != "34" {
		t.Fatalf("FindStringSubmatch = %q", got)
	}
	if got := New(`b`).FindAllIndex([]byte("abcb"), -1); len(got) != 2 || got[0][0] != 1 || got[1][0] != 3 {
		t.Fatalf("FindAllIndex = %v", got)
	}
	if got := string(New(`(a)(b)`).ReplaceAll([]byte("xaby"), []byte("$2$1"))); got != "xbay" {
		t.Fatalf("ReplaceAll = %q", got)
	}
}

func TestBadExpressionPanicsOnUse(t *testing.T) {
	r := New(`(`) // no panic here
	defer func() {
		if recover() == nil {
			t.Fatal("no panic for a bad expression")
		}
	}()
	r.MatchString("x")
}
