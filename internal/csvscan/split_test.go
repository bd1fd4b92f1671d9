package csvscan

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// scanChunks scans each chunk on its own and joins the records, as a
// parallel reader does; ok is false when a chunk ended inside quotes.
func scanChunks(t *testing.T, data []byte, chunks []Chunk, opts Options) (result, bool) {
	var res result
	for i, c := range chunks {
		o := opts
		o.FirstLine = c.Line
		part := scanAll(t, c.Section(bytes.NewReader(data)), o)
		res.Records = append(res.Records, part.Records...)
		res.Lines = append(res.Lines, part.Lines...)
		if part.Err != "" {
			res.Err = part.Err
			return res, i == len(chunks)-1
		}
		if i < len(chunks)-1 && endedInQuote(t, data, c, o) {
			return res, false
		}
	}
	return res, true
}

func endedInQuote(t *testing.T, data []byte, c Chunk, opts Options) bool {
	s, err := NewScanner(c.Section(bytes.NewReader(data)), opts)
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := s.Next(); err != nil {
			return s.EndedInQuote()
		}
	}
}

func TestSplit(t *testing.T) {
	defer func(m int64) { MinChunk = m }(MinChunk)
	MinChunk = 16
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 200; i++ {
		data := wellFormedFile(rng)
		want := scanAll(t, bytes.NewReader(data), Options{})
		for n := 2; n <= 6; n++ {
			chunks, err := Split(bytes.NewReader(data), 0, int64(len(data)), 1, n)
			if err != nil {
				t.Fatal(err)
			}
			for k, c := range chunks {
				if c.Start >= c.End || (k > 0 && c.Start != chunks[k-1].End) {
					t.Fatalf("chunks %+v do not tile the file", chunks)
				}
			}
			got, ok := scanChunks(t, data, chunks, Options{})
			if !ok || !reflect.DeepEqual(got, want) {
				t.Fatalf("%d chunks %+v of %q:\n got %+v\nwant %+v", n, chunks, data, got, want)
			}
		}
	}
}

// TestSplitBareQuote: a bare quote that LazyQuotes accepts misleads the
// quote count; the chunk before the cut then ends inside quotes.
func TestSplitBareQuote(t *testing.T) {
	defer func(m int64) { MinChunk = m }(MinChunk)
	MinChunk = 16
	var b strings.Builder
	b.WriteString("a,5\" screen,b\n") // bare quote: the count is odd from here
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&b, "r%d,\"x\ny\",z\n", i)
	}
	data := []byte(b.String())
	chunks, err := Split(bytes.NewReader(data), 0, int64(len(data)), 1, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(chunks) < 2 {
		t.Fatalf("chunks %+v", chunks)
	}
	if _, ok := scanChunks(t, data, chunks, Options{LazyQuotes: true}); ok {
		t.Error("a chunk cut inside quotes was not noticed")
	}
}

// wellFormedFile is a random file of about 2 KB that csv.Writer wrote.
func wellFormedFile(rng *rand.Rand) []byte {
	var b bytes.Buffer
	for b.Len() < 2000 {
		b.Write(wellFormed(rng, ','))
	}
	return b.Bytes()
}

func TestSplitSmallFile(t *testing.T) {
	data := []byte("a,b\n1,2\n")
	chunks, err := Split(bytes.NewReader(data), 0, int64(len(data)), 2, 4)
	if err != nil || !reflect.DeepEqual(chunks, []Chunk{{0, int64(len(data)), 2}}) {
		t.Errorf("got %+v, %v", chunks, err)
	}
	var _ io.ReaderAt = bytes.NewReader(nil)
}

// TestCut: Cut's chunks tile the range with cuts after line feeds; without
// quotes its cuts are Split's, and chunks numbered from line 1 and rebased
// give the records of the whole; with quoted line feeds a cut inside
// quotes is noticed, as with Split. Whether a cut is inside quotes is
// known independently: the files are well formed, so an odd number of
// quotes before it puts it inside a quoted cell. The scanners must flag
// exactly those, and the run must meet both kinds of quoted file: cut
// inside quotes, and cut only between records.
func TestCut(t *testing.T) {
	defer func(m int64) { MinChunk = m }(MinChunk)
	MinChunk = 16
	rng := rand.New(rand.NewPCG(5, 6))
	var cutInside, cutOutside int // quoted files cut inside / only outside quotes
	for i := 0; i < 200; i++ {
		data := wellFormedFile(rng)
		if i%2 == 0 {
			data = bytes.ReplaceAll(data, []byte{'"'}, []byte{'x'})
		}
		want := scanAll(t, bytes.NewReader(data), Options{LazyQuotes: true})
		for n := 2; n <= 6; n++ {
			chunks, err := Cut(bytes.NewReader(data), 0, int64(len(data)), n)
			if err != nil {
				t.Fatal(err)
			}
			for k, c := range chunks {
				if c.Start >= c.End || (k > 0 && (c.Start != chunks[k-1].End || data[c.Start-1] != '\n')) || c.Line != 0 {
					t.Fatalf("chunks %+v do not tile the file at line starts", chunks)
				}
			}
			if i%2 == 0 {
				split, _ := Split(bytes.NewReader(data), 0, int64(len(data)), 1, n)
				for k := range split {
					split[k].Line = 0
				}
				if !reflect.DeepEqual(chunks, split) {
					t.Fatalf("without quotes, Cut %+v, Split %+v", chunks, split)
				}
			}
			var got result
			ok, line := true, 1
			for k, c := range chunks {
				s, _ := NewScanner(c.Section(bytes.NewReader(data)), Options{LazyQuotes: true})
				for {
					rec, err := s.Next()
					if err != nil {
						break
					}
					got.Records = append(got.Records, rec.Strings(nil))
					got.Lines = append(got.Lines, rec.Line+line-1)
				}
				line += s.Line() - 1
				ok = ok && (k == len(chunks)-1 || !s.EndedInQuote())
			}
			if ok && !reflect.DeepEqual(got, want) {
				t.Fatalf("%d chunks %+v of %q:\n got %+v\nwant %+v", n, chunks, data, got, want)
			}
			inside := false
			for _, c := range chunks[:len(chunks)-1] {
				inside = inside || bytes.Count(data[:c.End], []byte{'"'})%2 == 1
			}
			if ok == inside {
				t.Fatalf("cut inside quotes %v, but the scanners saw %v: chunks %+v of %q", inside, !ok, chunks, data)
			}
			if i%2 == 1 && inside {
				cutInside++
			} else if i%2 == 1 {
				cutOutside++
			}
		}
	}
	if cutInside == 0 || cutOutside == 0 {
		t.Errorf("quoted files cut inside quotes %d times, only between records %d times: the test must see both", cutInside, cutOutside)
	}
	t.Logf("quoted files: %d cut inside quotes, %d only between records", cutInside, cutOutside)
}

// TestCutLongLine: a line longer than what Cut reads at a time is cut
// after its end, where the next line starts.
func TestCutLongLine(t *testing.T) {
	defer func(m int64) { MinChunk = m }(MinChunk)
	MinChunk = 16
	long := bytes.Repeat([]byte{'x'}, 20000)
	data := append(append([]byte("a,b\n"), long...), "\nc,d\n"...)
	chunks, err := Cut(bytes.NewReader(data), 0, int64(len(data)), 2)
	if err != nil {
		t.Fatal(err)
	}
	want := []Chunk{{Start: 0, End: int64(len(data) - 4)}, {Start: int64(len(data) - 4), End: int64(len(data))}}
	if !reflect.DeepEqual(chunks, want) {
		t.Errorf("chunks %+v, want %+v", chunks, want)
	}
}
