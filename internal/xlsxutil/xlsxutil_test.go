package xlsxutil

import "testing"

func TestSortDefaults(t *testing.T) {
	in := `<Types><Default Extension="xml" ContentType="a"></Default><Override PartName="/x"/><Default Extension="bmp" ContentType="b"/></Types>`
	want := `<Types><Default Extension="bmp" ContentType="b"/><Override PartName="/x"/><Default Extension="xml" ContentType="a"></Default></Types>`
	if got := string(sortDefaults([]byte(in))); got != want {
		t.Errorf("got %s", got)
	}
}
