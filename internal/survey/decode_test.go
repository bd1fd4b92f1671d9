package survey

import (
	"bytes"
	"encoding/binary"
	"io"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16Bytes(s string, little, bom bool) []byte {
	var buf bytes.Buffer
	var order binary.ByteOrder = binary.BigEndian
	if little {
		order = binary.LittleEndian
	}
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		binary.Write(&buf, order, u)
	}
	return buf.Bytes()
}

// cp1252 encodes s as Windows-1252 (only the characters the tests use).
func cp1252(s string) []byte {
	var out []byte
	for _, r := range s {
		switch {
		case r < 0x80 || (r >= 0xA0 && r <= 0xFF):
			out = append(out, byte(r))
		case r == '€':
			out = append(out, 0x80)
		case r == '„':
			out = append(out, 0x84)
		case r == '“':
			out = append(out, 0x93)
		case r == '–':
			out = append(out, 0x96)
		default:
			panic("no Windows-1252 byte for " + string(r))
		}
	}
	return out
}

func decodeAll(t *testing.T, data []byte) (string, Encoding, error) {
	t.Helper()
	r, enc, err := decodeText(bytes.NewReader(data))
	if err != nil {
		return "", enc, err
	}
	var out bytes.Buffer
	buf := make([]byte, 7) // small reads cross rune boundaries
	for {
		n, err := r.Read(buf)
		out.Write(buf[:n])
		if err == io.EOF {
			return out.String(), enc, nil
		}
		if err != nil {
			return out.String(), enc, err
		}
	}
}

func TestDecodeEncodings(t *testing.T) {
	text := "Frage;Antwort\r\n„Live-Chat“ – Größe;Das würde mich sehr stören 🙂\r\n"
	latin := "Frage;Antwort\r\n„Live-Chat“ – Größe;Das würde mich sehr stören €\r\n"
	for _, c := range []struct {
		name string
		data []byte
		want string
		enc  Encoding
	}{
		{"utf-8", []byte(text), text, UTF8},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, text...), text, UTF8BOM},
		{"utf-16le bom (Excel Unicode text)", utf16Bytes(text, true, true), text, UTF16LE},
		{"utf-16be bom", utf16Bytes(text, false, true), text, UTF16BE},
		{"utf-16le without bom", utf16Bytes(text, true, false), text, UTF16LE},
		{"windows-1252 (German Excel CSV)", cp1252(latin), latin, Windows1252},
		// The first umlaut 70 KB into the file, past the sniffed window.
		{"windows-1252 after ascii", cp1252(strings.Repeat("r1;1;5\n", 10000) + "Größe\n"), strings.Repeat("r1;1;5\n", 10000) + "Größe\n", Windows1252},
	} {
		got, enc, err := decodeAll(t, c.data)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s: got %q", c.name, got[:min(len(got), 80)])
		}
		if enc != c.enc && c.name != "windows-1252 after ascii" {
			t.Errorf("%s: encoding %s, want %s", c.name, enc, c.enc)
		}
	}
}

func TestDecodeRefusesWhatIsNotText(t *testing.T) {
	mixed := append([]byte("Größe;1\n"+strings.Repeat("r;1\n", 20000)), cp1252("Größe\n")...)
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"xlsx named csv", []byte("PK\x03\x04rest of a zip"), "zip file (an .xlsx workbook?)"},
		{"old xls", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0}, "old Excel .xls workbook"},
		{"binary", []byte("a,b\n1,\x00\x01\x02\n"), "binary data"},
		{"undefined in windows-1252", []byte("a;b\n\xe4;\x81\n"), "nor Windows-1252 (byte 0x81 at line 2 is undefined there)"},
		{"mixed", mixed, "is not UTF-8, although the lines before it are"},
		{"utf-16 cut short", utf16Bytes("a,b\n", true, true)[:5], "ends in the middle of a character"},
	} {
		_, _, err := decodeAll(t, c.data)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}

func TestMixedEncodingNamesTheLine(t *testing.T) {
	data := append([]byte("Größe;1\n"+strings.Repeat("r;1\n", 20000)), cp1252("Größe\n")...)
	_, _, err := read(t, "m.csv", string(data), nil, Config{})
	ps := problems(t, err)
	if len(ps) != 1 || !strings.HasPrefix(ps[0], "m.csv:20002:1: cannot decode the file as UTF-8: byte 0xF6 at line 20002") {
		t.Errorf("got %v", ps)
	}
}

func TestSniffSeparator(t *testing.T) {
	for _, c := range []struct {
		name string
		head string
		want rune
	}{
		{"comma", "a,b,c\n1,2,3\n", ','},
		// Question texts full of commas, in a semicolon file.
		{"semicolon with quoted commas", "\"How, if at all, would you feel?\";\"And, if not, this?\";id\n1;5;r1\n2;4;r2\n", ';'},
		{"tab with commas and semicolons", "q, one\tq; two\tid\n1\t5\tr1\n", '\t'},
		{"pipe", "a|b|c\n1|2|3\n", '|'},
		{"one column", "respondent\nr1\n", ','},
	} {
		if got := sniffSeparator([]byte(c.head)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	if sep, ok := declaredSeparator([]byte("sep=;\r\na;b\n")); !ok || sep != ';' {
		t.Errorf("sep= line: %q %v", sep, ok)
	}
}

// An Excel "Unicode text" export: UTF-16 with BOM, tab separated, with a
// "sep=" line someone added: read like any CSV.
func TestReadUTF16TabExport(t *testing.T) {
	text := "respondent\tportal_functional\tportal_dysfunctional\r\nr1\tI like it\tDas würde mich sehr stören\r\nr2\t2\t5\r\n"
	a, st, err := read(t, "u.txt", string(utf16Bytes(text, true, true)), nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	// r1: like/dislike -> O; r2: expect/dislike -> M.
	if p := byID(a)["portal"]; p.Counts.O != 1 || p.Counts.M != 1 {
		t.Errorf("portal %+v", p.Counts)
	}
	if st.Encoding != UTF16LE || st.Separator != "tab" || st.Respondents != 2 {
		t.Errorf("stats %+v", st)
	}
}
