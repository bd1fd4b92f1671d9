package csvscan

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/dsc-workbench/dsc/internal/bytestr"
)

// result is what a reader made of an input: the records before the first
// error, the line each starts on, and the error.
type result struct {
	Records [][]string
	Lines   []int
	Err     string
}

func scanAll(t testing.TB, r io.Reader, opts Options) result {
	return scanInto(t, r, opts, nil)
}

// scanInto reads r whole, its strings in arena a (nil: Strings).
func scanInto(t testing.TB, r io.Reader, opts Options, a *bytestr.Arena) result {
	return scanWith(t, r, opts, a, false)
}

// scanPlain reads r whole, plain lines through Plain (cut at the
// separator), the other records through Next.
func scanPlain(t testing.TB, r io.Reader, opts Options) result {
	return scanWith(t, r, opts, nil, true)
}

// plainLine is s.Plain, when asked for.
func plainLine(s *Scanner, ask bool) ([]byte, int, bool) {
	if !ask {
		return nil, 0, false
	}
	return s.Plain()
}

func scanWith(t testing.TB, r io.Reader, opts Options, a *bytestr.Arena, plain bool) result {
	s, err := NewScanner(r, opts)
	if err != nil {
		t.Fatal(err)
	}
	var res result
	for {
		if line, n, ok := plainLine(s, plain); ok {
			res.Records = append(res.Records, strings.Split(string(line), string(s.Comma())))
			res.Lines = append(res.Lines, n)
			continue
		}
		rec, err := s.Next()
		if err == io.EOF {
			return res
		}
		if err != nil {
			res.Err = describe(err)
			return res
		}
		if a != nil {
			res.Records = append(res.Records, rec.StringsIn(a, nil))
		} else {
			res.Records = append(res.Records, rec.Strings(nil))
		}
		res.Lines = append(res.Lines, rec.Line)
	}
}

// reference reads with encoding/csv, the behaviour the scanner copies.
func reference(data []byte, opts Options) result {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = rune(opts.Comma)
	if opts.Comma == 0 {
		cr.Comma = ','
	}
	cr.LazyQuotes = opts.LazyQuotes
	cr.FieldsPerRecord = -1
	var res result
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return res
		}
		if err != nil {
			res.Err = describe(err)
			return res
		}
		line, _ := cr.FieldPos(0)
		res.Records = append(res.Records, rec)
		res.Lines = append(res.Lines, line)
	}
}

func describe(err error) string {
	var pe *ParseError
	var ce *csv.ParseError
	switch {
	case errors.As(err, &pe):
		return fmt.Sprintf("%d:%d:%d: %v", pe.StartLine, pe.Line, pe.Column, pe.Err)
	case errors.As(err, &ce):
		return fmt.Sprintf("%d:%d:%d: %v", ce.StartLine, ce.Line, ce.Column, ce.Err)
	}
	return err.Error()
}

// same checks the scanner against encoding/csv on data, reading it whole
// and one byte at a time.
func same(t *testing.T, data []byte, opts Options) {
	t.Helper()
	want := reference(data, opts)
	got := scanAll(t, bytes.NewReader(data), opts)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("input %q (lazy %v, sep %q)\n got %+v\nwant %+v", data, opts.LazyQuotes, opts.Comma, got, want)
	}
	// Byte by byte, strings in an arena: the records kept must not change.
	slow := scanInto(t, iotest.OneByteReader(bytes.NewReader(data)), opts, &bytestr.Arena{})
	if !reflect.DeepEqual(slow, want) {
		t.Fatalf("input %q read byte by byte (lazy %v)\n got %+v\nwant %+v", data, opts.LazyQuotes, slow, want)
	}
	// Plain lines cut at the separator, the rest through Next: the same
	// records, whole and in small reads (where a line often does not fit).
	for _, r := range []io.Reader{bytes.NewReader(data), iotest.HalfReader(bytes.NewReader(data))} {
		if got := scanPlain(t, r, opts); !reflect.DeepEqual(got, want) {
			t.Fatalf("input %q read with Plain (lazy %v)\n got %+v\nwant %+v", data, opts.LazyQuotes, got, want)
		}
	}
}

func TestScannerCases(t *testing.T) {
	cases := []string{
		"",
		"\n",
		"a",
		"a,b,c\n1,2,3\n",
		"a,b\r\n1,2\r\n",
		"a,b\r",
		"a,\r",
		"\r",
		"\r\r\n",
		"a\rb,c\n",
		"\n\n a , b \n\n",
		`"a","b""c","d` + "\ne\"\n",
		"\"multi\nline\",x\n",
		"\"multi\r\nline\",x\r\n",
		"\"unterminated\n",
		"\"unterminated\r\n",
		"\"unterminated",
		"\"unterminated\r",
		"a,\"b\nc\nd",
		"a\"b,c\n",
		"\"a\"b,c\n",
		"\"a\"\rb\"\n",
		"\"a\"\r",
		"\"a\"\r\r\n",
		"\"a\" ,b\n",
		"a,\"\"\n",
		"\"\"\"\"\n",
		"\"a\"\"\"b\"\n",
		"x,\"a\nb\"c\nd\"\n",
		",,\n,\n",
		"\ufeffa,b\n",
		"é,ü\n\"ß\",\"a\"\"é\"\n",
	}
	for _, c := range cases {
		for _, lazy := range []bool{false, true} {
			same(t, []byte(c), Options{LazyQuotes: lazy})
		}
	}
}

// TestScannerDifferential compares the scanner with encoding/csv on random
// inputs: well-formed files written by csv.Writer, the same files with
// random damage, and random strings of the bytes that matter to CSV.
func TestScannerDifferential(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	seps := []byte{',', ';', '\t', '|'}
	for i := 0; i < 3000; i++ {
		sep := seps[rng.IntN(len(seps))]
		var data []byte
		switch i % 3 {
		case 0:
			data = wellFormed(rng, sep)
		case 1:
			data = damage(rng, wellFormed(rng, sep))
		default:
			data = noise(rng, sep)
		}
		for _, lazy := range []bool{false, true} {
			same(t, data, Options{Comma: sep, LazyQuotes: lazy})
		}
	}
}

func wellFormed(rng *rand.Rand, sep byte) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Comma = rune(sep)
	w.UseCRLF = rng.IntN(4) == 0
	rows := rng.IntN(8)
	for r := 0; r < rows; r++ {
		rec := make([]string, 1+rng.IntN(6))
		for i := range rec {
			rec[i] = randomCell(rng, sep)
		}
		if len(rec) == 1 && rec[0] == "" {
			rec[0] = "x" // csv.Writer writes an empty line, which a reader skips
		}
		w.Write(rec)
	}
	w.Flush()
	return buf.Bytes()
}

func randomCell(rng *rand.Rand, sep byte) string {
	parts := []string{"a", "Like", "5", " ", "\"", "\n", "\r\n", string(sep), "é", "I like it", ""}
	var b strings.Builder
	for n := rng.IntN(4); n > 0; n-- {
		b.WriteString(parts[rng.IntN(len(parts))])
	}
	return b.String()
}

func damage(rng *rand.Rand, data []byte) []byte {
	if len(data) == 0 {
		return data
	}
	out := append([]byte(nil), data...)
	for n := 1 + rng.IntN(3); n > 0; n-- {
		i := rng.IntN(len(out))
		switch rng.IntN(3) {
		case 0:
			out = append(out[:i], out[i+1:]...)
		case 1:
			out = append(out[:i], append([]byte{"\"\r\n,"[rng.IntN(4)]}, out[i:]...)...)
		default:
			out[i] = "\"\r\n,a"[rng.IntN(5)]
		}
		if len(out) == 0 {
			break
		}
	}
	return out
}

func noise(rng *rand.Rand, sep byte) []byte {
	alphabet := []byte{'a', 'b', '"', '"', '\n', '\r', ' ', sep, sep}
	out := make([]byte, rng.IntN(30))
	for i := range out {
		out[i] = alphabet[rng.IntN(len(alphabet))]
	}
	return out
}

// go test ./internal/csvscan -run XXX -fuzz FuzzScanner -fuzztime 2m
func FuzzScanner(f *testing.F) {
	f.Add([]byte("a,b\n\"c\nd\",\"e\"\"f\"\r\n"), false, byte(','))
	f.Add([]byte("a;\"b\"x;c\n"), true, byte(';'))
	f.Add([]byte("\"x\r"), false, byte('\t'))
	f.Fuzz(func(t *testing.T, data []byte, lazy bool, sep byte) {
		switch sep {
		case ',', ';', '\t', '|':
		default:
			sep = ','
		}
		same(t, data, Options{Comma: sep, LazyQuotes: lazy})
	})
}

func TestLimits(t *testing.T) {
	big := strings.Repeat("x", 100)
	cases := []struct {
		name, data string
		opts       Options
		want       string
	}{
		{"unquoted cell", "a,b\nc," + big + "\n", Options{MaxCell: 50}, "2:2:3: cell too large"},
		{"quoted cell", "a,\"\n" + big + "\"\n", Options{MaxCell: 50}, "1:1:3: cell too large"},
		{"cell at the end", "a,b\nc," + big, Options{MaxCell: 50}, "2:2:3: cell too large"},
		{"record", "a\n" + strings.Repeat("x,", 200) + "\n", Options{MaxRecord: 100}, "2:2:1: record too large"},
		// The fourth field starts at column 7 ("a,b,c," is six bytes).
		{"fields", "a,b,c,d\n", Options{MaxFields: 3}, "1:1:7: too many fields"},
		{"fields after a quoted newline", "a,\"b\nc\",d,e\n", Options{MaxFields: 3}, "1:2:6: too many fields"},
		{"fields at the limit", "a,b,c\n", Options{MaxFields: 3}, ""},
		// Longer than the first buffer: the record outgrows the largest
		// buffer (MaxRecord+1 bytes) before it ends.
		{"record past the buffer", "a\n" + strings.Repeat("123456789,", 10000) + "\n", Options{MaxRecord: 70000}, "2:2:1: record too large"},
		{"invalid UTF-8", "a,b\nc,\xfc\n", Options{ValidateUTF8: true}, "2:2:1: invalid UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, r := range []io.Reader{strings.NewReader(c.data), iotest.OneByteReader(strings.NewReader(c.data))} {
				got := scanAll(t, r, c.opts)
				if got.Err != c.want {
					t.Errorf("error %q, want %q", got.Err, c.want)
				}
			}
			// Plain leaves a line past a limit to Next, which reports it.
			if got := scanPlain(t, strings.NewReader(c.data), c.opts); got.Err != c.want {
				t.Errorf("with Plain: error %q, want %q", got.Err, c.want)
			}
		})
	}
}

func TestValidateUTF8(t *testing.T) {
	got := scanAll(t, strings.NewReader("a,b\nc,\xfc\n"), Options{ValidateUTF8: true})
	if got.Err != "2:2:1: invalid UTF-8" || len(got.Records) != 1 {
		t.Errorf("got %+v", got)
	}
}

// TestLongRecords reads records longer than the scanner's first buffer.
func TestLongRecords(t *testing.T) {
	var b strings.Builder
	for r := 0; r < 5; r++ {
		for c := 0; c < 3000; c++ {
			fmt.Fprintf(&b, "\"cell %d\n%d\",", r, c)
		}
		b.WriteString("end\n")
	}
	same(t, []byte(b.String()), Options{})
}

// TestOffset: after each record, Offset and Line say where the next starts.
func TestOffset(t *testing.T) {
	data := "a,b\n\"c\nd\",e\r\n\nf\n"
	s, _ := NewScanner(iotest.OneByteReader(strings.NewReader(data)), Options{})
	type place struct {
		off  int64
		line int
	}
	var got []place
	for {
		if _, err := s.Next(); err != nil {
			break
		}
		got = append(got, place{s.Offset(), s.Line()})
	}
	want := []place{{4, 2}, {13, 4}, {16, 6}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
