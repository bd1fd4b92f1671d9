package report

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/templates"
)

// noAnswers is the starter template with a survey of 12 respondents (6 B2B,
// 6 B2C): the online shop answered like/dislike, expect/dislike and
// like/neutral in turn (A 4, O 4, M 4), order tracking left blank by all,
// expert chat answered only reverse (dislike/like) and questionable
// (like/like), 6 each.
func noAnswers(t *testing.T) fstest.MapFS {
	t.Helper()
	m, err := templates.MapFS("starter")
	if err != nil {
		t.Fatal(err)
	}
	csv := "respondent,segment,online-shop_functional,online-shop_dysfunctional,order-tracking_functional,order-tracking_dysfunctional,expert-chat_functional,expert-chat_dysfunctional\n"
	shop, chat := []string{"1,5", "2,5", "1,3"}, []string{"5,1", "1,1"}
	for i := range 12 {
		seg := "B2B"
		if i >= 6 {
			seg = "B2C"
		}
		csv += "R" + string(rune('A'+i)) + "," + seg + "," + shop[i%3] + ",,," + chat[i%2] + "\n"
	}
	m["surveys/kano.csv"] = &fstest.MapFile{Data: []byte(csv)}
	return m
}

// Better and Worse of a feature nobody answered, or answered only reverse
// and questionable, do not exist (review debt 5): both divide by
// A+O+M+I = 0. The deck and the workbook show the catalogue's "–", not
// 0.00. The online shop has them: Better (A+O)/(A+O+M+I) = 8/12 = 0.67,
// Worse -(O+M)/(A+O+M+I) = -8/12 = -0.67.
func TestUndefinedCoefficientsShowAsNotDefined(t *testing.T) {
	r := build(t, noAnswers(t))
	dash := text.English.T(text.NotDefined)
	html := string(renderTo(t, r, WriteHTML))
	for name, want := range map[string]string{
		"Online shop with checkout": `<td class="n">0.67</td><td class="n">-0.67</td>`,
		"Order status and tracking": `<td class="n">` + dash + `</td><td class="n">` + dash + `</td>`,
		"Chat with an expert":       `<td class="n">` + dash + `</td><td class="n">` + dash + `</td>`,
	} {
		i := strings.Index(html, "<td>"+name+`</td><td class="nw">`) // the Kano table's row
		if i < 0 {
			t.Fatalf("no Kano row for %s", name)
		}
		row := html[i : i+strings.Index(html[i:], "</tr>")]
		if !strings.Contains(row, want) {
			t.Errorf("%s: row %s\nwant Better and Worse %s", name, row, want)
		}
	}
	book := openBook(t, renderTo(t, r, WriteXLSX))
	sheet := text.English.T(text.Kano)
	rows, err := book.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	col := func(key text.Key) int {
		for i, h := range rows[0] {
			if h == text.English.T(key) {
				return i
			}
		}
		t.Fatalf("sheet %s has no column %s: %q", sheet, text.English.T(key), rows[0])
		return -1
	}
	better, worse := col(text.Better), col(text.Worse)
	got := map[string][2]string{}
	// Order tracking, answered by nobody, has no strength, means or
	// priority either (each divides by n = 0); the chat's 12 reverse and
	// questionable answers give total strength (A+O+M)/n = 0/12 = 0.
	undefined := map[string][]string{}
	for _, row := range rows[1:] {
		got[row[1]] = [2]string{row[better], row[worse]}
		for _, k := range []text.Key{text.TotalStrength, text.CategoryStrength, text.FunctionalMean, text.DysfunctionalMean, text.Priority} {
			undefined[row[1]] = append(undefined[row[1]], row[col(k)])
		}
	}
	if u := strings.Join(undefined["Order status and tracking"], " "); u != strings.Repeat(dash+" ", 4)+dash {
		t.Errorf("order tracking: strengths, means, priority %q, want all %s", u, dash)
	}
	if u := undefined["Chat with an expert"]; u[0] != "0.00" {
		t.Errorf("chat: total strength %q, want 0.00", u[0])
	}
	for name, want := range map[string][2]string{
		"Online shop with checkout": {"0.67", "-0.67"},
		"Order status and tracking": {dash, dash},
		"Chat with an expert":       {dash, dash},
	} {
		if got[name] != want {
			t.Errorf("workbook %s: Better, Worse %q, want %q", name, got[name], want)
		}
	}
}
