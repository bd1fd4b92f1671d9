package cmdutil

import (
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/jsonout"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
)

// Output is what an analysis command shows, in every format it offers:
// --format json carries all of Data; --format csv and piped output carry
// the main table, one header row and full values; a terminal gets View,
// the titled tables and notes for a person.
type Output struct {
	Data  any
	Table func() *tableprinter.Table
	View  func() error
}

// Write prints out in the format asked for ("table", "json" or "csv").
func (o Output) Write(ios *iostreams.IOStreams, format string) error {
	switch format {
	case "json":
		return jsonout.Write(ios.Out, o.Data)
	case "csv":
		return o.Table().WriteCSV(ios.Out)
	}
	if ios.IsStdoutTTY() && o.View != nil {
		return o.View()
	}
	return o.Table().Render()
}

// TableFormats are the formats of a command with tables.
var TableFormats = []string{"table", "json", "csv"}
