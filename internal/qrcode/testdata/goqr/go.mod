// A module of its own, so that go-qr never enters dsc's go.mod: it records
// go-qr's matrices as the goldens internal/qrcode is tested against.
module github.com/dsc-workbench/dsc/internal/qrcode/testdata/goqr

go 1.26.8

require github.com/piglig/go-qr v1.1.0
