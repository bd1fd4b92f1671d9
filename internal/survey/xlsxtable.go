package survey

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/dsc-workbench/dsc/internal/diag"
)

// xlsxTable streams the rows of one worksheet with excelize's row reader.
type xlsxTable struct {
	f     *excelize.File
	rows  *excelize.Rows
	line  int
	sheet string
}

func newXLSXTable(src Source) (table, error) {
	fh, err := src.FS.Open(src.Path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", src.Display, err)
	}
	defer fh.Close()
	data, err := io.ReadAll(fh)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", src.Display, err)
	}
	if err := checkZip(data); err != nil {
		return nil, corruptWorkbook(src.Display, err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipped})
	if err != nil {
		return nil, corruptWorkbook(src.Display, err)
	}
	sheet := src.Sheet
	if sheet == "" && src.Mapping != nil {
		sheet = src.Mapping.Sheet
	}
	sheets := f.GetSheetList()
	if sheet == "" {
		if len(sheets) == 0 {
			f.Close()
			return nil, &diag.Error{Problems: []diag.Problem{{File: src.Display, Msg: "workbook has no sheets"}}}
		}
		sheet = sheets[0]
	} else if idx, _ := f.GetSheetIndex(sheet); idx < 0 {
		f.Close()
		return nil, &diag.Error{Problems: []diag.Problem{{File: src.Display, Msg: fmt.Sprintf("sheet %q not found", sheet),
			Hint: "sheets in this workbook: " + diag.QuoteList(sheets)}}}
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		f.Close()
		return nil, corruptWorkbook(src.Display, err)
	}
	return &xlsxTable{f: f, rows: rows, sheet: sheet}, nil
}

func (t *xlsxTable) Next() ([]string, int, error) {
	if !t.rows.Next() {
		if err := t.rows.Error(); err != nil {
			return nil, 0, corruptWorkbook("", err)
		}
		return nil, 0, io.EOF
	}
	t.line++
	// Raw values: answers are codes and labels, and applying number formats
	// to every cell costs more than the rest of the read.
	cols, err := t.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, t.line, corruptWorkbook("", err)
	}
	return cols, t.line, nil
}

// Limits that keep a damaged or hostile workbook from exhausting memory:
// excelize allocates every part (but large worksheets) at the size its zip
// header declares, before reading a byte.
const (
	maxUnzipped  = 4 << 30  // all parts together
	maxPart      = 64 << 20 // one part other than a worksheet
	maxRatio     = 1000     // declared size per compressed byte (a zip bomb)
	ratioMinSize = 1 << 20  // parts smaller than this may compress as well as they like
)

// checkZip rejects a workbook whose zip headers declare sizes no real survey
// export has.
func checkZip(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	var total uint64
	for _, f := range zr.File {
		size := f.UncompressedSize64
		total += size
		// The parts excelize streams to a temporary file instead of memory.
		sheet := strings.HasPrefix(strings.ToLower(f.Name), "xl/worksheets/sheet") || strings.EqualFold(f.Name, "xl/sharedStrings.xml")
		switch {
		case f.CompressedSize64 > uint64(len(data)):
			return fmt.Errorf("part %s claims more data than the file holds", f.Name)
		case total > maxUnzipped:
			return fmt.Errorf("the workbook unpacks to more than %d GB", maxUnzipped>>30)
		case !sheet && size > maxPart:
			return fmt.Errorf("part %s declares %d MB", f.Name, size>>20)
		case size > ratioMinSize && f.CompressedSize64 > 0 && size/f.CompressedSize64 > maxRatio:
			return fmt.Errorf("part %s is compressed %d:1, more than any real workbook", f.Name, size/f.CompressedSize64)
		case size > ratioMinSize && f.CompressedSize64 == 0:
			return fmt.Errorf("part %s declares %d MB but holds no data", f.Name, size>>20)
		}
	}
	return nil
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
	return t.f.Close()
}

func (t *xlsxTable) Info() FileInfo { return FileInfo{Sheet: t.sheet} }
