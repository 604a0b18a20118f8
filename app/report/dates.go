package report

import (
	"bytes"
	"io"
	"regexp"
	"strings"
)

// Dates are kept whole on a line. A browser may break a line after any
// hyphen and at any space, so "2024-01-15" printed as "2024-01-" and "15"
// on the next line of the cover, and "29 November 2026" lost its year to
// the next line of the running head. In text the report wraps each date in
// <span class="date"> (white-space: nowrap in the style sheet), which
// keeps the characters as they are for copying and searching the PDF; in
// the CSS strings of the page's margin boxes, where no markup goes, the
// date's hyphens and spaces become their non-breaking twins.

const (
	dateMonth = `(?:January|February|March|April|May|June|July|August|September|October|November|December|` +
		`Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`
	dateDay = `\d{1,2}(?:st|nd|rd|th)?`
)

// dateRE finds the dates a report shows: ISO (2024-01-15), numeric
// (15/01/2024, 15.01.2024), day-month-year (15 January 2024, 15–16 Jan
// 2024), month-day-year (January 15, 2024), month-year (June 2024) and
// Chinese (2024年1月15日).
var dateRE = regexp.MustCompile(`\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|` +
	`(?:` + dateDay + `(?:[–-]` + dateDay + `)? )?` + dateMonth + `,? \d{4}|` +
	dateMonth + ` ` + dateDay + `(?:[–-]` + dateDay + `)?, \d{4})\b|\d{4}年\d{1,2}月(?:\d{1,2}日)?`)

// hasDigit reports whether b holds an ASCII digit: text without one holds
// no date, and most of a report's text is skipped this way.
func hasDigit(b []byte) bool {
	for _, c := range b {
		if c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

var dateSpan = []byte(`<span class="date">$0</span>`)

// nobreakDates is s with the hyphens and spaces of its dates made
// non-breaking (U+2011, U+00A0), for text that cannot hold markup.
func nobreakDates(s string) string {
	if !hasDigit([]byte(s)) {
		return s
	}
	return dateRE.ReplaceAllStringFunc(s, func(d string) string {
		return strings.NewReplacer("-", "\u2011", " ", "\u00a0").Replace(d)
	})
}

// dateWriter passes rendered HTML on with every date in its text wrapped
// in <span class="date">. It tells text from markup as the report writes
// it: every '<' and '>' inside text and attribute values is escaped, so a
// '<' starts a tag and the next '>' ends it. Text inside <style>, <title>
// and <svg> is passed on as it is (no markup may go there).
type dateWriter struct {
	w     io.Writer
	inTag bool
	name  []byte // the tag's name as far as read, while in a tag
	named bool   // the tag's name is complete
	skip  string // the element whose text is not touched, "" in the body
	text  []byte // the text since the last tag, held until it ends
	err   error
}

func (d *dateWriter) put(p []byte) {
	if d.err == nil && len(p) > 0 {
		_, d.err = d.w.Write(p)
	}
}

// flushText writes the held text, its dates wrapped.
func (d *dateWriter) flushText() {
	if len(d.text) == 0 {
		return
	}
	if d.skip == "" && hasDigit(d.text) {
		d.put(dateRE.ReplaceAll(d.text, dateSpan))
	} else {
		d.put(d.text)
	}
	d.text = d.text[:0]
}

func (d *dateWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if !d.inTag {
			i := bytes.IndexByte(p, '<')
			if i < 0 {
				d.text = append(d.text, p...)
				break
			}
			d.text = append(d.text, p[:i]...)
			d.flushText()
			d.inTag, d.name, d.named = true, d.name[:0], false
			d.put(p[i : i+1])
			p = p[i+1:]
			continue
		}
		i := bytes.IndexByte(p, '>')
		end := len(p)
		if i >= 0 {
			end = i
		}
		for _, c := range p[:end] {
			if d.named {
				break
			}
			if c == ' ' || c == '\t' || c == '\n' || c == '/' && len(d.name) > 0 {
				d.named = true
				break
			}
			d.name = append(d.name, c)
		}
		if i < 0 {
			d.put(p)
			break
		}
		d.put(p[:i+1])
		p = p[i+1:]
		d.inTag = false
		d.endTag(strings.ToLower(string(d.name)))
	}
	if d.err != nil {
		return 0, d.err
	}
	return n, nil
}

// endTag notes entering or leaving an element whose text is left alone.
func (d *dateWriter) endTag(name string) {
	switch {
	case d.skip == "" && (name == "style" || name == "title" || name == "svg"):
		d.skip = name
	case d.skip != "" && name == "/"+d.skip:
		d.skip = ""
	}
}

// Close writes the text held at the end.
func (d *dateWriter) Close() error {
	d.flushText()
	return d.err
}
