package report

import (
	"context"
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

// Write renders the report into dir as report.<format> for each format and
// returns the paths written. The files are replaced together: each is
// written to a temporary file, and only when every one is complete, and ctx
// is not cancelled, are they renamed into place. A failure or Ctrl-C leaves
// the previous report set as it was.
func Write(ctx context.Context, r *analysis.Report, dir string, formats []string, progress func(string)) ([]string, error) {
	set := atomicfile.NewSet(ctx)
	defer set.Abort()
	var paths []string
	for _, f := range formats {
		w, ok := writers[f]
		if !ok {
			return nil, fmt.Errorf("unknown report format %q", f)
		}
		if progress != nil {
			progress("Writing report." + f)
		}
		path := filepath.Join(dir, "report."+f)
		if err := set.Write(path, func(out io.Writer) error { return w(r, out) }); err != nil {
			return nil, fmt.Errorf("write %s: %w", path, err)
		}
		paths = append(paths, path)
	}
	if err := set.Commit(); err != nil {
		return nil, err
	}
	return paths, nil
}

// WriteJSON writes every analysis in one document with stable keys.
func WriteJSON(r *analysis.Report, w io.Writer) error {
	return jsonout.Write(w, r)
}
