package report

import (
	"strconv"
	"strings"
)

// topicHTML writes one topic's section: its heading, the analyst's
// assessment and the statements in the parties' columns, as the "topic"
// template did (see cardHTML for why in Go).
func topicHTML(r *Report, ts *TopicSection) string {
	var b strings.Builder
	b.Grow(topicSize(r, ts))
	b.WriteString("\n<section class=\"topic\" id=\"" + esc(ts.Anchor) + "\">\n  <div class=\"topic-head\">\n    ")
	if ts.Parent != "" {
		b.WriteString("<p class=\"path\">" + esc(ts.Parent) + "</p>")
	}
	h := "h5"
	if ts.Level == 3 || ts.Level == 4 {
		h = "h" + strconv.Itoa(ts.Level)
	}
	b.WriteString("\n    <" + h + ">" + esc(ts.Name) + "</" + h + ">\n    ")
	if a := ts.Assessment; a != nil {
		b.WriteString("\n    <div class=\"assessment\">\n      <span class=\"verdict v-" + esc(a.Verdict.Key) + "\">" + esc(a.Verdict.Label) + "</span>\n      ")
		if a.Text != "" {
			b.WriteString("<p>" + esc(a.Text) + "</p>")
		}
		b.WriteString("\n      ")
		if r.Notes {
			notesHTML(&b, a.Notes, "note", "Note")
		}
		b.WriteString("\n    </div>\n    ")
	}
	b.WriteString("\n  </div>\n  ")
	if len(ts.Blocks) > 0 {
		b.WriteString("\n  <div class=\"cols cols-head\">")
		for _, p := range r.Parties {
			b.WriteString("<div class=\"col-head\" style=\"border-top-color: " + cssColor(p.Color) + "\">" + esc(p.Name) + "</div>")
		}
		b.WriteString("</div>\n  ")
		for _, bl := range ts.Blocks {
			b.WriteString("\n  <div class=\"cols\">\n    ")
			if bl.Wide != nil {
				b.WriteString("<div class=\"wide\" style=\"grid-column: " + strconv.Itoa(bl.Start) + " / span " + strconv.Itoa(bl.Width) + "\">")
				writeCard(&b, bl.Wide)
				b.WriteString("</div>\n    ")
			} else {
				for _, col := range bl.Cells {
					b.WriteString("<div class=\"col\">")
					for _, c := range col {
						writeCard(&b, c)
					}
					b.WriteString("</div>")
				}
			}
			b.WriteString("\n  </div>\n  ")
		}
		b.WriteString("\n  ")
	}
	b.WriteString("\n</section>\n")
	return b.String()
}

// topicSize is about what topicHTML writes for ts, so that its builder
// is allocated once instead of doubled and copied as the cards arrive.
func topicSize(r *Report, ts *TopicSection) int {
	n := 1000 + 200*len(r.Parties)
	for _, bl := range ts.Blocks {
		n += 100 + 30*len(bl.Cells)
		if bl.Wide != nil {
			n += cardSize(bl.Wide)
		}
		for _, col := range bl.Cells {
			for _, c := range col {
				n += cardSize(c)
			}
		}
	}
	return n
}
