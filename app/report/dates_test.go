package report

import (
	"bytes"
	"testing"
)

// The dates in a report's text are wrapped so that they never break across
// lines; markup, attributes and the text of style, title and svg are left
// as they are, however the writes are cut.
func TestDateWriterWrapsDatesInText(t *testing.T) {
	in := `<title>Talks 2024-01-15</title><style>.a > .b { content: "2024-01-15"; }</style>` +
		`<p class="meta" data-x="2024-01-15">Round 39 · 16 June 2024 – 17 June 2024, then 2024-01-15, ` +
		`January 15, 2024, 15/01/2024, 2024年6月16日 and 12 statements</p>` +
		`<svg><text>June 2024</text></svg><p>June 2024</p>`
	want := `<title>Talks 2024-01-15</title><style>.a > .b { content: "2024-01-15"; }</style>` +
		`<p class="meta" data-x="2024-01-15">Round 39 · <span class="date">16 June 2024</span> – <span class="date">17 June 2024</span>, then <span class="date">2024-01-15</span>, ` +
		`<span class="date">January 15, 2024</span>, <span class="date">15/01/2024</span>, <span class="date">2024年6月16日</span> and 12 statements</p>` +
		`<svg><text>June 2024</text></svg><p><span class="date">June 2024</span></p>`
	for _, size := range []int{1, 2, 3, 7, 64, len(in)} {
		var out bytes.Buffer
		d := &dateWriter{w: &out}
		for i := 0; i < len(in); i += size {
			if _, err := d.Write([]byte(in[i:min(i+size, len(in))])); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Errorf("written %d bytes at a time:\n got %s\nwant %s", size, out.String(), want)
		}
	}
}

// In the page's margin boxes (CSS strings, no markup) a date's hyphens
// and spaces become non-breaking.
func TestNobreakDates(t *testing.T) {
	if got, want := nobreakDates("Talks of 2024-01-15 · 29 November 2026"), "Talks of 2024\u201101\u201115 · 29\u00a0November\u00a02026"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
