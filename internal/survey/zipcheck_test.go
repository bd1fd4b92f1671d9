package survey

import (
	"bytes"

	"github.com/dsc-workbench/dsc/internal/xlsxscan"
)

// checkZip opens a workbook as the survey reader does, for the zip bomb
// tests: xlsxscan.Open checks the sizes its zip headers declare first.
func checkZip(data []byte) error {
	_, err := xlsxscan.Open(bytes.NewReader(data), int64(len(data)))
	return err
}
