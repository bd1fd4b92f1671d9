package workspace

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/survey"
)

// foreignSurveyFiles are the files a survey download comes as that dsc
// cannot read, with what to do instead. Dropped under surveys/ they were
// passed over without a word, and kano then said the folder held none.
var foreignSurveyFiles = map[string][2]string{
	".xls":     {"an old Excel workbook (.xls), which dsc cannot read", "open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8, then delete it or move it out of surveys/"},
	".ods":     {"an OpenDocument spreadsheet (.ods), which dsc cannot read", "save it as .xlsx or CSV in LibreOffice, then delete it or move it out of surveys/"},
	".numbers": {"a Numbers spreadsheet, which dsc cannot read", "export it as .xlsx or CSV in Numbers, then delete it or move it out of surveys/"},
	".zip":     {"a zip archive, which dsc does not open", "unzip it into surveys/ (Google Forms and SurveyMonkey download their CSV zipped), then delete the .zip or move it out of surveys/"},
	".sav":     {"an SPSS data file, which dsc cannot read", "download the responses from the survey tool as CSV or XLSX"},
}

// checkStraySurveyFiles reports, for a surveys/ folder read whole, the
// files a user meant as survey input that no command would read: a
// download dsc cannot open, and a mapping file named for no export (a
// typo, other case, .map.yml). Either left the analysis silently wrong:
// the export missing, or read without its mapping.
func (w *Workspace) checkStraySurveyFiles(files []string, probs *diag.List) {
	entries, err := fs.ReadDir(w.FS, SurveysDir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() || notUserFile(e.Name()) {
			continue
		}
		if f, ok := foreignSurveyFiles[strings.ToLower(path.Ext(e.Name()))]; ok {
			probs.Add(w.Path(path.Join(SurveysDir, e.Name())), 0, 0, f[0], f[1])
		}
	}
	var exports []string
	mapped := map[string]bool{}
	for _, f := range files {
		if !survey.IsMappingFile(f) {
			exports = append(exports, f)
			mapped[path.Base(survey.MappingFor(f))] = true
		}
	}
	for _, f := range files {
		if survey.IsMappingFile(f) && !mapped[f] {
			msg, hint := strayMapping(f, exports)
			if want := strings.TrimSuffix(f, ".map.yml") + ".map.yaml"; want != f && slices.Contains(files, want) {
				hint = "delete it: " + want + " beside it is the mapping that is read"
			}
			probs.Add(w.Path(path.Join(SurveysDir, f)), 0, 0, msg, hint)
		}
	}
}

// strayMapping says why no command reads a mapping file, and names the
// export it most likely belongs to with the name it must have.
func strayMapping(mapping string, exports []string) (msg, hint string) {
	stem := strings.TrimSuffix(strings.TrimSuffix(mapping, ".map.yaml"), ".map.yml")
	stems := make([]string, len(exports))
	for i, e := range exports {
		stems[i] = strings.TrimSuffix(e, path.Ext(e))
	}
	const unread = "no survey export is named like this mapping file, so no command reads it"
	for i, s := range stems {
		if strings.EqualFold(s, stem) {
			want := path.Base(survey.MappingFor(exports[i]))
			if s == stem {
				return "a mapping file's name ends in .map.yaml, so no command reads this one", "rename it to " + want
			}
			return unread + " (names differ in case)", "rename it to " + want
		}
	}
	if near := diag.Closest(stem, stems); near != "" {
		for i, s := range stems {
			if s == near {
				return unread, fmt.Sprintf("did you mean the mapping of %s? Rename it to %s", exports[i], path.Base(survey.MappingFor(exports[i])))
			}
		}
	}
	if len(exports) == 0 {
		return unread, "put the export it maps next to it (surveys/NAME.csv with surveys/NAME.map.yaml), or delete it"
	}
	return unread, "a mapping is read for the export of the same name (surveys/NAME.csv -> surveys/NAME.map.yaml); exports here: " + diag.QuoteList(exports) + "; rename it or delete it"
}
