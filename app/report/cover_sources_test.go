package report

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"parley/app/report/reporttest"
)

// TestCoverNamesManySourcesBriefly checks the cover of a report on many
// readouts (the shipped sample's eight): the first four by title alone and
// how many more the appendix lists, which lists them all in full; and of a
// few readouts (the coded fixture's one), each with its publisher.
func TestCoverNamesManySourcesBriefly(t *testing.T) {
	coverText := func(doc *html.Node) string {
		var b strings.Builder
		walk(doc, func(n *html.Node) {
			if v, _ := attr(n, "class"); strings.Contains(v, "cover-sources-compact") || v == "cover-block" {
				b.WriteString(text(n))
			}
		})
		return b.String()
	}
	many := reporttest.ShippedSample(t)
	page, doc := render(t, many.Store, allOn())
	cover := coverText(doc)
	if !strings.Contains(cover, "and 4 more, listed in the appendix") {
		t.Errorf("the cover of eight sources does not say how many more there are:\n%s", cover)
	}
	if strings.Contains(cover, "European External Action Service") {
		t.Error("the cover of eight sources names publishers")
	}
	if !strings.Contains(page, "Ministry of Foreign Affairs of the People&#39;s Republic of China (excerpt)") {
		t.Error("the appendix does not list every source with its publisher")
	}
	few := reporttest.CodedProject(t)
	_, doc = render(t, few.Store, allOn())
	if cover := coverText(doc); strings.Contains(cover, "more, listed in the appendix") {
		t.Errorf("the cover of one source says there are more:\n%s", cover)
	}
}
