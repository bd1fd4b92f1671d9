package report

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/atomicfile"
	"github.com/dsc-workbench/dsc/internal/jsonout"
)

// Formats the report can be written in.
var Formats = []string{"xlsx", "html", "json"}

// Writers render one format.
var writers = map[string]func(*analysis.Report, io.Writer) error{
	"xlsx": WriteXLSX,
	"html": WriteHTML,
	"json": WriteJSON,
}

// Write renders the report into dir as report.<format> for each format,
// each through a temporary file and a rename, and returns the paths written.
func Write(r *analysis.Report, dir string, formats []string, progress func(string)) ([]string, error) {
	var paths []string
	for _, f := range formats {
		w, ok := writers[f]
		if !ok {
			return paths, fmt.Errorf("unknown report format %q", f)
		}
		if progress != nil {
			progress("Writing report." + f)
		}
		path := filepath.Join(dir, "report."+f)
		if err := atomicfile.Write(path, func(out io.Writer) error { return w(r, out) }); err != nil {
			return paths, fmt.Errorf("write %s: %w", path, err)
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// WriteJSON writes every analysis in one document with stable keys.
func WriteJSON(r *analysis.Report, w io.Writer) error {
	return jsonout.Write(w, r)
}
