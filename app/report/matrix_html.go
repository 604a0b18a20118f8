package report

import (
	"html/template"
	"strconv"
	"strings"
)

// matrixHTML writes the rows of a dialogue's overview, a cell per topic
// and party, as the template's loop over them did (see cardHTML for why in
// Go): at 100 dialogues of 60 topics it was most of the page template's
// time.
func matrixHTML(rows []MatrixRow) template.HTML {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString("<tr>\n      <th class=\"topic-col depth-" + strconv.Itoa(r.Depth) + "\"><a href=\"#" + urlPart(r.Anchor) + "\">" +
			esc(r.Topic) + "</a></th>\n      ")
		for _, c := range r.Cells {
			b.WriteString("<td class=\"heat\" style=\"background-color: " + cssColor(c.Bg) + "; color: " + cssColor(c.Ink) + "\">")
			if c.Count != 0 {
				b.WriteString(strconv.Itoa(c.Count))
			} else {
				b.WriteString("–")
			}
			b.WriteString("</td>")
		}
		b.WriteString("\n      <td>")
		if r.Verdict != nil {
			b.WriteString("<span class=\"verdict v-" + esc(r.Verdict.Key) + "\">" + esc(r.Verdict.Label) + "</span>")
		}
		b.WriteString("</td>\n    </tr>")
	}
	return template.HTML(b.String())
}
