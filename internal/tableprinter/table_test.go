package tableprinter

import (
	"bytes"
	"testing"
)

func TestPipedIsTSV(t *testing.T) {
	var b bytes.Buffer
	tp := New(&b, false, 80, nil)
	tp.Header("id", "name")
	tp.Row("a", "tab\there")
	tp.Print()
	if b.String() != "id\tname\na\ttab here\n" {
		t.Errorf("got %q", b.String())
	}
}

func TestTerminalAlignsAndFits(t *testing.T) {
	var b bytes.Buffer
	tp := New(&b, true, 24, nil)
	tp.Header("#", "name")
	tp.AlignRight(0)
	tp.Row("1", "a very long feature name indeed")
	tp.Row("12", "short")
	tp.Print()
	want := " #  name\n 1  a very long feature…\n12  short\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}
