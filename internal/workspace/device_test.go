package workspace

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// Workspace files that are not regular files are refused before they are
// opened: reading a FIFO blocks for ever, reading /dev/zero never ends (it
// grew to 4.8 GB as catalog.yaml).
func TestNonRegularFilesAreRefused(t *testing.T) {
	for _, c := range []struct {
		name string
		mode fs.FileMode
		want string
	}{
		{CatalogFile, fs.ModeNamedPipe, "catalog.yaml: cannot read: it is a named pipe (FIFO), not a file"},
		{CatalogFile, fs.ModeDevice | fs.ModeCharDevice, "catalog.yaml: cannot read: it is a device, not a file"},
		{JourneyFile, fs.ModeSocket, "journey.yaml: cannot read: it is a socket, not a file"},
		{ReadinessFile, fs.ModeDevice, "readiness.yaml: cannot read: it is a device, not a file"},
		{"ratings/pipe.yaml", fs.ModeNamedPipe, "ratings/pipe.yaml: cannot read: it is a named pipe (FIFO), not a file"},
		{"surveys/kano-survey.csv", fs.ModeNamedPipe, "surveys/kano-survey.csv: cannot read: it is a named pipe (FIFO), not a file"},
	} {
		m := exampleFS(t, "intralogistics")
		// The data would decode fine: only the mode tells the loader to refuse it.
		old := m[c.name]
		if old == nil {
			old = &fstest.MapFile{Data: []byte("ratings: []\n")}
		}
		m[c.name] = &fstest.MapFile{Data: old.Data, Mode: c.mode}
		got := problems(t, m)
		if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
			t.Errorf("%s: got %q", c.name, got)
		}
	}
}

func TestOversizedFileIsRefused(t *testing.T) {
	m := exampleFS(t, "intralogistics")
	m[CatalogFile] = &fstest.MapFile{Data: make([]byte, maxFileSize+1)}
	got := problems(t, m)
	if len(got) != 1 || !strings.Contains(got[0], "catalog.yaml: cannot read: the file holds 32 MB, more than the 32 MB") {
		t.Errorf("got %q", got)
	}
}
