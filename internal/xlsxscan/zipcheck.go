package xlsxscan

import (
	"archive/zip"
	"fmt"
	"strings"
)

// Limits that keep a damaged or hostile workbook (a zip bomb) from
// exhausting memory or time: Open refuses a workbook whose zip headers
// declare sizes no real survey export has, before inflating a byte.
const (
	maxUnzipped  = 4 << 30  // all parts together
	maxPart      = 64 << 20 // one part other than a worksheet or the shared strings
	maxRatio     = 1000     // declared size per compressed byte
	ratioMinSize = 1 << 20  // parts smaller than this may compress as well as they like
)

// checkSizes checks the sizes the zip headers of a workbook of size bytes
// declare.
func checkSizes(zr *zip.Reader, size int64) error {
	var total uint64
	for _, f := range zr.File {
		n := f.UncompressedSize64
		total += n
		// Worksheets and shared strings are streamed, and bounded by
		// MaxRows, MaxColumns and MaxSharedStrings as they are read.
		streamed := strings.HasPrefix(strings.ToLower(f.Name), "xl/worksheets/sheet") || strings.EqualFold(f.Name, "xl/sharedStrings.xml")
		switch {
		case f.CompressedSize64 > uint64(size):
			return fmt.Errorf("part %s claims more data than the file holds", f.Name)
		case total > maxUnzipped:
			return fmt.Errorf("the workbook unpacks to more than %d GB", maxUnzipped>>30)
		case !streamed && n > maxPart:
			return fmt.Errorf("part %s declares %d MB", f.Name, n>>20)
		case n > ratioMinSize && f.CompressedSize64 > 0 && n/f.CompressedSize64 > maxRatio:
			return fmt.Errorf("part %s is compressed %d:1, more than any real workbook", f.Name, n/f.CompressedSize64)
		case n > ratioMinSize && f.CompressedSize64 == 0:
			return fmt.Errorf("part %s declares %d MB but holds no data", f.Name, n>>20)
		}
	}
	return nil
}
