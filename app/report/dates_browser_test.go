package report

import (
	"context"
	"html"
	"regexp"
	"strings"
	"testing"

	"parley/app/report/reporttest"
)

// TestPrintKeepsDatesWhole prints, with headless Chromium, a report whose
// cover title, dialogue heading and source list hold ISO and long dates at
// many places along their lines, and checks that no date is broken across
// two lines: Chromium breaks after any hyphen, so "2024-01-15" came out as
// "2024-01-" and "15" on the next line of the cover.
func TestPrintKeepsDatesWhole(t *testing.T) {
	chromium := tool(t, "the report's print test drives a real browser", "chromium", "chromium-browser", "google-chrome")
	tool(t, "the report's print test reads the PDF", "pdftotext")
	p := reporttest.CodedProject(t)
	ctx := context.Background()
	dates := []string{"2024-01-15", "2024-02-16", "2024-03-17", "2024-04-18", "2024-05-19", "2024-06-20",
		"2024-07-21", "2024-08-22", "2024-09-23", "2024-10-24", "2024-11-25"}
	var title strings.Builder
	title.WriteString("Talks")
	for i, d := range dates {
		// Words of growing length move each date along the line.
		title.WriteString(" " + strings.Repeat("x", i%4+1) + " on " + d)
	}
	p.Dialogue.Title = title.String()
	if err := p.Store.UpdateDialogue(ctx, &p.Dialogue); err != nil {
		t.Fatal(err)
	}
	pdf := printPDF(t, chromium, p.Store, allOn())
	lines := printedLines(t, pdf)
	whole := strings.Join(lines, "\n")
	for _, d := range append(dates, "16 June 2024", "17 June 2024") {
		if !strings.Contains(whole, d) {
			t.Errorf("%s is never printed whole on one line", d)
		}
	}
	for i := 0; i+1 < len(lines); i++ {
		if brokenDate(lines[i], lines[i+1]) {
			t.Errorf("a date is broken across two lines: %q / %q", lines[i], lines[i+1])
		}
	}
}

var (
	lineRE = regexp.MustCompile(`(?s)<line [^>]*>(.*?)</line>`)
	wordRE = regexp.MustCompile(`<word [^>]*>([^<]*)</word>`)
	// A line that ends where a date may go on: "2024-01-", "2024-", "29",
	// "June" ...; the next line then goes on with the rest of a date.
	endsInDate    = regexp.MustCompile(`(\d{4}-(\d{1,2}-)?|\b\d{1,2}|` + dateMonth + `)$`)
	startsAsDate  = regexp.MustCompile(`^(\d{1,2}\b|` + dateMonth + ` \d{4}|\d{4}\b)`)
	endsAsISOPart = regexp.MustCompile(`\d{4}-(\d{1,2}-)?$`)
)

// printedLines is the PDF's text line by line as printed (pdftotext's
// plain output joins a line ending in a hyphen to the next one).
func printedLines(t *testing.T, pdf string) []string {
	var out []string
	for _, l := range lineRE.FindAllStringSubmatch(run(t, "pdftotext", "-enc", "UTF-8", "-bbox-layout", pdf, "-"), -1) {
		var words []string
		for _, w := range wordRE.FindAllStringSubmatch(l[1], -1) {
			words = append(words, html.UnescapeString(w[1]))
		}
		out = append(out, strings.Join(words, " "))
	}
	return out
}

// brokenDate reports whether a date starts at the end of line a and goes
// on at the start of line b.
func brokenDate(a, b string) bool {
	if endsAsISOPart.MatchString(a) {
		return true
	}
	if !endsInDate.MatchString(a) || !startsAsDate.MatchString(b) {
		return false
	}
	return dateRE.MatchString(lastWords(a, 2) + " " + firstWords(b, 2))
}

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[max(0, len(f)-n):], " ")
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}
