package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/termtext"
	"github.com/dsc-workbench/dsc/internal/text"
)

// kanoWarnings words the Kano analysis's plausibility warnings
// (kano.Plausibility: most features reverse, or one feature mostly
// reverse or questionable) as problems at the survey files analysed, for
// dsc kano, dsc validate and dsc report.
func kanoWarnings(k *analysis.Kano) []diag.Problem {
	if k == nil || len(k.Warnings) == 0 {
		return nil
	}
	names := map[string]string{}
	for _, f := range k.Features {
		names[f.ID] = f.Name
	}
	name := func(id string) string {
		if n := names[id]; n != "" && n != id {
			return fmt.Sprintf("%s (%s)", n, id)
		}
		return id
	}
	var files []string
	for _, s := range k.Sources {
		files = append(files, s.File)
	}
	var out []diag.Problem
	for _, s := range k.Warnings {
		msg, hint := text.KanoWarning(text.English, s, name)
		out = append(out, diag.Problem{File: strings.Join(files, ", "), Msg: msg, Hint: hint})
	}
	return out
}

// printKanoWarnings writes the Kano analysis's plausibility warnings on w
// (stderr), one line each.
func printKanoWarnings(w io.Writer, k *analysis.Kano) {
	for _, p := range kanoWarnings(k) {
		fmt.Fprintln(w, "warning:", termtext.Line(p.String()))
	}
}
