package main

import (
	"strings"
	"testing"
)

// A file with a wave column is read once per wave (and once to list its
// waves), but a terminal shows one progress line for the whole read
// (trial 4 LOW 11), then clears it: the stream holds the label once.
func TestWaveColumnProgressOnce(t *testing.T) {
	for _, args := range [][]string{
		{"kano", "--workspace", "testdata/waves3", "--by-wave"},
		{"kano", "--workspace", "testdata/waves3"},
	} {
		r := runTTY(100, args...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d %s", args, r.code, r.stderr)
		}
		const label = "\r\x1b[KReading testdata/waves3/surveys/panel.csv ..."
		if n := strings.Count(r.stderr, "Reading"); n != 1 || !strings.HasPrefix(r.stderr, label) || !strings.HasSuffix(r.stderr, "\r\x1b[K") {
			t.Errorf("%v: the progress line is drawn %d times: %q", args, n, r.stderr)
		}
	}
}
