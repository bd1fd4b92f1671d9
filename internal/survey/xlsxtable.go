package survey

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/xlsxscan"
)

// xlsxTable streams the rows of one worksheet with xlsxscan: a token
// scanner over the sheet's zip entry, shared strings in one compact table.
type xlsxTable struct {
	fh    fs.File
	rows  *xlsxscan.Rows
	sheet string
}

func newXLSXTable(src Source) (table, error) {
	fh, err := src.FS.Open(src.Path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", src.Display, err)
	}
	ra, size, err := readerAt(fh)
	if err != nil {
		fh.Close()
		return nil, fmt.Errorf("read %s: %w", src.Display, err)
	}
	fail := func(err error) (table, error) {
		fh.Close()
		return nil, err
	}
	wb, err := xlsxscan.Open(ra, size)
	if err != nil {
		return fail(corruptWorkbook(src.Display, err))
	}
	sheet := src.Sheet
	if sheet == "" && src.Mapping != nil {
		sheet = src.Mapping.Sheet
	}
	sheets := wb.Sheets()
	if sheet == "" {
		if len(sheets) == 0 {
			return fail(&diag.Error{Problems: []diag.Problem{{File: src.Display, Msg: "workbook has no sheets"}}})
		}
		if err := surveyInOtherSheet(wb, sheets, src); err != nil {
			return fail(err)
		}
		sheet = sheets[0]
	}
	rows, err := wb.Rows(sheet)
	if err == xlsxscan.ErrNoSheet {
		return fail(&diag.Error{Problems: []diag.Problem{{File: src.Display, Msg: fmt.Sprintf("sheet %q not found", sheet),
			Hint: "sheets in this workbook: " + diag.QuoteList(sheets)}}})
	}
	if err != nil {
		return fail(corruptWorkbook(src.Display, err))
	}
	return &xlsxTable{fh: fh, rows: rows, sheet: sheet}, nil
}

// readerAt gives random access to a file: directly when it has it (a file
// on disk), else by reading it into memory.
func readerAt(fh fs.File) (io.ReaderAt, int64, error) {
	if ra, ok := fh.(io.ReaderAt); ok {
		if st, err := fh.Stat(); err == nil && st.Mode().IsRegular() {
			return ra, st.Size(), nil
		}
	}
	data, err := io.ReadAll(fh)
	if err != nil {
		return nil, 0, err
	}
	return bytes.NewReader(data), int64(len(data)), nil
}

func (t *xlsxTable) Next() ([]string, int, error) {
	row, line, err := t.rows.Next()
	if err == io.EOF {
		return nil, 0, io.EOF
	}
	if err != nil {
		return nil, line, corruptWorkbook("", err)
	}
	return row, line, nil
}

// corruptWorkbook turns a read failure inside a workbook into an input
// problem: the file is damaged, not the machine.
func corruptWorkbook(file string, err error) error {
	return &diag.Error{Problems: []diag.Problem{{File: file, Msg: "cannot read workbook: " + err.Error(),
		Hint: "open it in Excel and save it again as .xlsx, or re-export it"}}}
}

func (t *xlsxTable) CellRef(line, col int) string {
	ref, err := excelize.CoordinatesToCellName(col, line)
	if err != nil {
		return ""
	}
	return ref
}

func (t *xlsxTable) Close() error {
	t.rows.Close()
	return t.fh.Close()
}

func (t *xlsxTable) Info() FileInfo { return FileInfo{Sheet: t.sheet} }
