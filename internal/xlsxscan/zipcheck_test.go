package xlsxscan

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// A worksheet is streamed, so only its compression ratio and an empty
// payload give it away as a zip bomb (the survey package's tests cover the
// other parts and a payload larger than the file).
func TestZipBombSheet(t *testing.T) {
	for _, c := range []struct {
		declared, payload uint64
		want              string
	}{
		{2 << 30, 1 << 20, "is compressed 2048:1"},
		{2 << 20, 0, "declares 2 MB but holds no data"},
		{512 << 10, 0, ""}, // small parts may compress as they like: the error is elsewhere
	} {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Store, UncompressedSize64: c.declared, CompressedSize64: c.payload})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(make([]byte, c.payload))
		zw.Close()
		_, err = Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if c.want == "" && err != nil && strings.Contains(err.Error(), "declares") || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("declared %d, payload %d: %v", c.declared, c.payload, err)
		}
	}
}
