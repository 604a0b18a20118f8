package ingest

import (
	"context"
	"regexp"
	"strings"
	"testing"
)

// TestReadPDFPrintedByBrowser: a readout printed to PDF by Chromium with
// headers and footers (testdata/printed). The time of printing, the
// page's title, its file:// address and "1/2" used to become statements
// or run into the sentence the page cut, and the wrapped title ran into
// the first sentence. The import now proposes the readout's sentences
// alone, the title skipped as a heading.
func TestReadPDFPrintedByBrowser(t *testing.T) {
	const title = "EU-China: 39th Human Rights Dialogue took place in Chongqing"
	doc, err := ReadPDF(context.Background(), "testdata/printed/eeas-hrd-39.pdf", nil)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != title {
		t.Errorf("title %q", doc.Title)
	}
	d, err := NewProposer().Propose(context.Background(), doc, "European Union", nil)
	if err != nil {
		t.Fatal(err)
	}
	furniture := regexp.MustCompile(`file://|\d{1,2}:\d{2}|\d+ ?/ ?\d+|^\d+$|^/$`)
	var stated []string
	for _, p := range d.Proposals {
		if p.Skip {
			continue
		}
		text := strings.Join(strings.Fields(p.Text), " ")
		stated = append(stated, text)
		if furniture.MatchString(text) || strings.Contains(text, title) {
			t.Errorf("a statement holds page furniture: %q", text)
		}
	}
	if len(stated) == 0 || !strings.HasPrefix(stated[0], "The 39th EU-China Human Rights Dialogue took place in Chongqing, China, on 16 June 2024.") {
		t.Errorf("first statement %q, want the readout's first sentence", stated[:min(1, len(stated))])
	}
	if first := d.Proposals[0]; !first.Skip || strings.Join(strings.Fields(first.Text), " ") != title {
		t.Errorf("first proposal %q (skip %v), want the title as a heading", first.Text, first.Skip)
	}
	// The page break falls inside this sentence.
	want := "The EU called on China to grant unhindered and meaningful access to Xinjiang for independent observers, including the UN special procedures."
	found := false
	for _, s := range stated {
		found = found || s == want
	}
	if !found {
		t.Errorf("the sentence across the page break is not whole: %q", stated)
	}
	if n := len(stated); n != 34 {
		t.Errorf("%d statements, want the readout's 34 sentences: %q", n, stated)
	}
}

// TestPDFFurnitureLines: only the lines at a page's edges are furniture,
// from the outside in: a link, a page counter ("Page 2 of 3", "1 / 2",
// "1", "/", "2"), a date and time, a line that comes back at the edge of
// other pages; a number or a link inside the text stays, and so does a
// title heading the first page.
func TestPDFFurnitureLines(t *testing.T) {
	pages := []string{
		"Annual Report of the Dialogue\nThe EU spoke first.\nIt raised 2\nconcerns.\nSee https://example.org/x for more.\n07/12/2026, 10:49\nAnnual Report of the Dialogue\nhttps://example.org/report\n1\n/\n3",
		"Annual Report of the Dialogue\nPage 2 of 3\nChina answered\nthat it disagreed.",
		"2026-12-07 10:49 AM\nAnnual Report of the Dialogue\nBoth sides met.\nPage 3 of 3",
	}
	got := joinPDFPages(pages, "Annual Report of the Dialogue")
	want := "Annual Report of the Dialogue\n\nThe EU spoke first.\nIt raised 2\nconcerns.\nSee https://example.org/x for more.\n\nChina answered\nthat it disagreed.\n\nBoth sides met.\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	// One page without a title of its own: nothing is compared across
	// pages, the counter and the stamp still go.
	if got := joinPDFPages([]string{"The EU spoke.\n12/7/26, 5:15 PM\n1/1"}, ""); got != "The EU spoke.\n" {
		t.Errorf("one page: %q", got)
	}
}
