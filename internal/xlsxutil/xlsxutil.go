// Package xlsxutil makes excelize output byte-for-byte reproducible, so teams
// can diff workbooks in CI.
package xlsxutil

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/lazyre"
)

// fixedTime is the creation date stamped into every workbook; a real clock
// would make two runs differ.
const fixedTime = "2000-01-01T00:00:00Z"

// Write saves f to w with fixed document properties and a normalised zip:
// entries in a stable order with a fixed modification time, and the default
// content types sorted (excelize writes them in map order).
func Write(f *excelize.File, w io.Writer) error {
	if err := f.SetDocProps(&excelize.DocProperties{
		Created: fixedTime, Modified: fixedTime, Creator: "dsc", LastModifiedBy: "dsc",
	}); err != nil {
		return fmt.Errorf("set document properties: %w", err)
	}
	var raw bytes.Buffer
	if err := f.Write(&raw); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return Normalize(raw.Bytes(), w)
}

var defaultRE = lazyre.New(`<Default [^>]*?(?:/>|></Default>)`)

// Normalize rewrites an XLSX zip so that equal content gives equal bytes.
func Normalize(data []byte, w io.Writer) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fmt.Errorf("read workbook zip: %w", err)
	}
	zw := zip.NewWriter(w)
	stamp := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	files := append([]*zip.File(nil), zr.File...)
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i].Name, files[j].Name
		if (a == "[Content_Types].xml") != (b == "[Content_Types].xml") {
			return a == "[Content_Types].xml"
		}
		return a < b
	})
	for _, zf := range files {
		rc, err := zf.Open()
		if err != nil {
			return err
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		if zf.Name == "[Content_Types].xml" {
			body = sortDefaults(body)
		}
		hdr := &zip.FileHeader{Name: zf.Name, Method: zip.Deflate, Modified: stamp}
		out, err := zw.CreateHeader(hdr)
		if err != nil {
			return err
		}
		if _, err := out.Write(body); err != nil {
			return err
		}
	}
	return zw.Close()
}

func sortDefaults(body []byte) []byte {
	locs := defaultRE.FindAllIndex(body, -1)
	if len(locs) < 2 {
		return body
	}
	items := make([]string, len(locs))
	for i, l := range locs {
		items[i] = string(body[l[0]:l[1]])
	}
	sort.Strings(items)
	var out bytes.Buffer
	prev := 0
	for i, l := range locs {
		out.Write(body[prev:l[0]])
		out.WriteString(items[i])
		prev = l[1]
	}
	out.Write(body[prev:])
	return out.Bytes()
}

// WriteWith is Write with a rewrite of part bodies before normalising: fix
// gets each part's name and body and returns the body to store.
func WriteWith(f *excelize.File, w io.Writer, fix func(name string, body []byte) []byte) error {
	var buf bytes.Buffer
	if err := Write(f, &buf); err != nil {
		return err
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		return fmt.Errorf("read workbook zip: %w", err)
	}
	var fixed bytes.Buffer
	zw := zip.NewWriter(&fixed)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return err
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		out, err := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Deflate, Modified: zf.Modified})
		if err != nil {
			return err
		}
		if _, err := out.Write(fix(zf.Name, body)); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return Normalize(fixed.Bytes(), w)
}
