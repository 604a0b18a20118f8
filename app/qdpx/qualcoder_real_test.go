package qdpx

import (
	"os"
	"strings"
	"testing"
)

// TestImportRealQualCoderExport imports a .qdpx written by QualCoder
// itself (testdata/qualcoder-4.0-beta.qdpx; its origin is in
// testdata/README.md): sources with a BOM and positions counted after it,
// a character beyond the BMP, a code tree with a non-codable category, and
// the party as a "party" variable on each source.
func TestImportRealQualCoderExport(t *testing.T) {
	archive, err := os.ReadFile("testdata/qualcoder-4.0-beta.qdpx")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(entry(t, archive, "sources/bb5d5bca-411b-43c9-aab9-8e0dd9845744.txt")), "\uFEFF") {
		t.Fatal("the fixture lost the BOM QualCoder writes; the test would prove nothing about it")
	}
	validate(t, archive) // QualCoder's export is a valid REFI-QDA project
	doc, sum := importBytes(t, archive, Options{PartyVariable: "party"})
	if sum.Origin != "QualCoder 4.0 Beta" {
		t.Errorf("origin %q", sum.Origin)
	}
	titles := map[int64]string{}
	texts := map[int64]string{}
	for _, s := range doc.Sources {
		titles[s.ID], texts[s.ID] = s.Title, s.Text
		if strings.ContainsAny(s.Text, "\r\uFEFF") {
			t.Errorf("source %s keeps a CR or BOM: %q", s.Title, s.Text)
		}
	}
	if len(doc.Sources) != 2 {
		t.Fatalf("%d sources, want 2: %v", len(doc.Sources), titles)
	}
	paths := map[string]bool{}
	for _, v := range doc.Topics {
		paths[v.Path] = true
	}
	for _, p := range []string{"Atmosphere", "Trade", "Trade/Tariffs", "Trade/Grain"} {
		if !paths[p] {
			t.Errorf("no topic %q among %v", p, paths)
		}
	}
	want := map[string]struct {
		source, topic, party string
		start, end           int
	}{
		"“We welcome the talks” 🤝":        {"readout-a.txt", "Atmosphere", "Ministry A", 28, 52},
		"réserve its position on tariffs": {"readout-a.txt", "Trade/Tariffs", "Ministry A", 69, 100},
		"the meeting was constructive":    {"readout-b.txt", "Atmosphere", "Ministry B", 39, 67},
		"No agreement on grain exports":   {"readout-b.txt", "Trade/Grain", "Ministry B", 69, 98},
	}
	if len(doc.Statements) != len(want) {
		t.Fatalf("%d statements, want %d", len(doc.Statements), len(want))
	}
	for _, v := range doc.Statements {
		w, ok := want[v.Text]
		if !ok {
			t.Errorf("unexpected statement %q (positions or BOM wrong?)", v.Text)
			continue
		}
		if v.Source == nil || titles[*v.Source] != w.source {
			t.Errorf("%q: source %v, want %s", v.Text, v.Source, w.source)
			continue
		}
		if v.Start != w.start || v.End != w.end || string([]rune(texts[*v.Source])[v.Start:v.End]) != v.Text {
			t.Errorf("%q: at %d–%d, want %d–%d in the source's text", v.Text, v.Start, v.End, w.start, w.end)
		}
		if deref(v.Topic) != w.topic {
			t.Errorf("%q: topic %q, want %q", v.Text, deref(v.Topic), w.topic)
		}
		if got := strings.Join(v.Parties, ","); got != w.party {
			t.Errorf("%q: parties %q, want %q", v.Text, got, w.party)
		}
	}
}
