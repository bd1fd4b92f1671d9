package workspace

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestNoSurveyExportUnderSurveys is trial 6's L4: a starter workspace's
// surveys/ holding only its README was reported as "surveys/ not found".
func TestNoSurveyExportUnderSurveys(t *testing.T) {
	with := &Workspace{FS: fstest.MapFS{"surveys/README.md": {Data: []byte("x")}}}
	without := &Workspace{FS: fstest.MapFS{"dsc.yaml": {Data: []byte("x")}}}
	if !with.HasSurveysDir() || without.HasSurveysDir() || (*Workspace)(nil).HasSurveysDir() {
		t.Fatal("HasSurveysDir")
	}
	e := &MissingFileError{File: "surveys/", What: "a Kano survey export", Empty: with.HasSurveysDir()}
	if !strings.HasPrefix(e.Error(), "no survey export under surveys/") {
		t.Errorf("%s", e)
	}
	e.Empty = false
	if !strings.HasPrefix(e.Error(), "surveys/ not found") {
		t.Errorf("%s", e)
	}
}
