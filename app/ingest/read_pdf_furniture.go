package ingest

import (
	"regexp"
	"slices"
	"strings"
)

// A page a browser prints to PDF ("Save as PDF" with headers and
// footers) carries on every page the time it was printed, the page's
// title, its address and "1 / 2". Chromium draws them after the page's
// text, so the text layer ends each page with them, one line each; read
// as prose they became statements or ran into the sentence broken by the
// page. The PDF library gives their positions but, for Chromium's fonts,
// no sizes, so they are told by their text: lines at a page's top or
// bottom that are a link, a page counter or a date and time, or that
// come back at the edge of other pages (digits aside).

// pdfEdgeLines is how many lines at each end of a page may be furniture:
// a header and a footer of two or three lines each, the counter split in
// three ("1", "/", "2").
const pdfEdgeLines = 8

var (
	furnitureURL     = regexp.MustCompile(`^(https?://|file://|www\.)\S+$`)
	furnitureCounter = regexp.MustCompile(`(?i)^((page|p\.) ?)?\d{1,4}( ?(/|of) ?\d{1,4})?$|^(/|of)$`)
	furnitureStamp   = regexp.MustCompile(`(?i)^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},? \d{1,2}:\d{2}(:\d{2})?( ?[ap]\.? ?m\.?)?$`)
	pdfDigits        = regexp.MustCompile(`\d+`)
)

// joinPDFPages joins the pages' texts without their furniture. A page
// that ends in the middle of a sentence goes on with the next page's
// first line, as a hard wrap would; title (the document's own, may be
// "") opening the first page on several lines is made one line and a
// paragraph of its own, so that the first sentence does not begin with it.
func joinPDFPages(pages []string, title string) string {
	lines := make([][]string, len(pages))
	for i, p := range pages {
		lines[i] = strings.Split(strings.TrimRight(p, "\n"), "\n")
	}
	f := pdfFurniture{repeated: repeatedEdges(lines), title: strings.Join(strings.Fields(title), " ")}
	var b strings.Builder
	for i, ls := range lines {
		if i == 0 {
			ls = f.firstPage(ls, title)
		} else {
			ls = f.trim(ls)
		}
		if len(ls) == 0 {
			continue
		}
		if b.Len() > 0 {
			if endsSentence(lastLine(b.String())) {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		b.WriteString(strings.Join(ls, "\n"))
	}
	b.WriteString("\n")
	return b.String()
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n ")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// furnitureKey is how lines are compared across pages: spaces folded,
// digits alike ("1 / 2" and "2 / 2").
func furnitureKey(s string) string {
	return pdfDigits.ReplaceAllString(strings.Join(strings.Fields(s), " "), "#")
}

// repeatedEdges lists the keys of the lines near the top or bottom of at
// least two pages and half of them: a running header or footer.
func repeatedEdges(pages [][]string) map[string]bool {
	if len(pages) < 2 {
		return nil
	}
	count := map[string]int{}
	for _, ls := range pages {
		seen := map[string]bool{}
		for i, l := range ls {
			if i >= pdfEdgeLines && i < len(ls)-pdfEdgeLines {
				continue
			}
			if k := furnitureKey(l); k != "" && len(k) <= 200 && !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	out := map[string]bool{}
	for k, n := range count {
		if n >= 2 && 2*n >= len(pages) {
			out[k] = true
		}
	}
	return out
}

// pdfFurniture tells the lines of a page's edges that are furniture.
type pdfFurniture struct {
	repeated map[string]bool
	title    string
}

func (f pdfFurniture) is(l string, bottom bool) bool {
	s := strings.TrimSpace(l)
	return s == "" || f.repeated[furnitureKey(s)] || bottom && f.title != "" && s == f.title ||
		furnitureURL.MatchString(s) || furnitureCounter.MatchString(s) || furnitureStamp.MatchString(s)
}

// trim drops furniture from both ends of a page's lines, from the
// outside in, stopping at the first line of the page's own text: only
// the edges are searched, so a number or a link inside the text stays.
// The title alone on a line is furniture only at the bottom, where a
// header drawn after the text ends up; at the top it is the heading.
func (f pdfFurniture) trim(ls []string) []string {
	return f.trimTop(f.trimBottom(ls))
}

func (f pdfFurniture) trimBottom(ls []string) []string {
	for n := 0; len(ls) > 0 && n < pdfEdgeLines && f.is(ls[len(ls)-1], true); n++ {
		ls = ls[:len(ls)-1]
	}
	return ls
}

func (f pdfFurniture) trimTop(ls []string) []string {
	for n := 0; len(ls) > 0 && n < pdfEdgeLines && f.is(ls[0], false); n++ {
		ls = ls[1:]
	}
	return ls
}

// firstPage trims the first page and sets its title apart (titleApart),
// keeping the heading though a running header repeats it.
func (f pdfFurniture) firstPage(ls []string, title string) []string {
	ls = f.trimBottom(ls)
	for n := 0; len(ls) > 0 && n <= pdfEdgeLines; n++ {
		if t, ok := titleApart(ls, title); ok {
			return t
		}
		if !f.is(ls[0], false) {
			break
		}
		ls = ls[1:]
	}
	return ls
}

// titleApart makes the title that opens the page one line followed by a
// blank one, when its words fill the first lines (a heading wrapped over
// up to four lines); ok is false when they do not.
func titleApart(ls []string, title string) (out []string, ok bool) {
	want := strings.Fields(title)
	if len(want) == 0 {
		return ls, false
	}
	var got []string
	for i := 0; i < len(ls) && i < 4; i++ {
		got = append(got, strings.Fields(ls[i])...)
		if len(got) > len(want) || !slices.Equal(got, want[:len(got)]) {
			return ls, false
		}
		if len(got) == len(want) {
			return append([]string{strings.Join(want, " "), ""}, ls[i+1:]...), true
		}
	}
	return ls, false
}
