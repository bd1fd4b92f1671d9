package survey

import (
	"path"
	"strings"
)

// table yields the rows of a spreadsheet-like file, the header rows first.
type table interface {
	// Next returns the next row and its 1-based line; io.EOF at the end.
	// The row may be reused by the following call.
	Next() ([]string, int, error)
	// CellRef names a cell for messages (e.g. "E12" in a workbook, "" in CSV).
	CellRef(line, col int) string
	// Info says how the file was read.
	Info() FileInfo
	Close() error
}

// FileInfo says how a survey file was read: its encoding and separator
// (text exports) or its sheet (workbooks).
type FileInfo struct {
	Encoding  Encoding `json:"encoding,omitempty"`
	Separator string   `json:"separator,omitempty"`
	Sheet     string   `json:"sheet,omitempty"`
}

type tableOpener func(src Source) (table, error)

// Extensions are the file extensions of survey files: the reader accepts
// exactly these, and the workspace looks for exactly these under surveys/.
var Extensions = []string{".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".yaml", ".yml"}

// formatOf names the reader for a file: "csv", "xlsx", "yaml" or "".
func formatOf(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".csv", ".tsv", ".txt":
		return "csv"
	case ".xlsx", ".xlsm":
		return "xlsx"
	case ".yaml", ".yml":
		return "yaml"
	}
	return ""
}

// IsSurveyFile reports whether a file name has a survey extension and is
// not a mapping file.
func IsSurveyFile(name string) bool {
	return formatOf(name) != "" && !IsMappingFile(name)
}

// IsWorkbook reports whether name is a survey workbook, which has sheets.
func IsWorkbook(name string) bool { return formatOf(name) == "xlsx" }

// separatorName spells a separator for people.
func separatorName(r rune) string {
	switch r {
	case '\t':
		return "tab"
	case ';':
		return "semicolon"
	case '|':
		return "pipe"
	}
	return "comma"
}
