package survey

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/xuri/excelize/v2"

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
	if err := checkZipAt(ra, size); err != nil {
		return fail(corruptWorkbook(src.Display, err))
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
	return checkZipAt(bytes.NewReader(data), int64(len(data)))
}

// checkZipAt is checkZip on a file read in place.
func checkZipAt(ra io.ReaderAt, n int64) error {
	zr, err := zip.NewReader(ra, n)
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
		case f.CompressedSize64 > uint64(n):
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
	return t.fh.Close()
}

func (t *xlsxTable) Info() FileInfo { return FileInfo{Sheet: t.sheet} }
