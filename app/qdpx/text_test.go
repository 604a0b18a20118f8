package qdpx

import (
	"strings"
	"testing"

	"parley/app/exchange"
)

// TestExportNormalisesBOMAndCRLF: a Parley source with a BOM and CRLF
// line ends is written as LF text without a BOM, and its statements' spans
// move with it, so that a peer (and Parley, reading project.qde alone)
// finds the same words.
func TestExportNormalisesBOMAndCRLF(t *testing.T) {
	text := "\uFEFFFirst line.\r\nSecond 𝄞 line.\rThird line."
	runes := []rune(text)
	span := func(s string) (int, int) {
		i := strings.Index(text, s)
		start := len([]rune(text[:i]))
		return start, start + len([]rune(s))
	}
	src := int64(1)
	doc := &exchange.Document{Format: exchange.FormatName, Version: exchange.Version, Settings: map[string]string{},
		Dialogues: []exchange.Dialogue{{ID: 1, Title: "Round 1"}},
		Sources:   []exchange.Source{{ID: 1, Dialogue: &src, Title: "readout", Text: text}}}
	for i, s := range []string{"First line.", "Second 𝄞 line.", "Third line.", "line.\r\nSecond"} {
		a, b := span(s)
		doc.Statements = append(doc.Statements, exchange.Statement{ID: int64(i + 1), Dialogue: 1, Kind: "position",
			Text: string(runes[a:b]), Source: &src, Start: a, End: b, Parties: []string{}, Tags: []string{}})
	}
	archive := exportDoc(t, doc)
	validate(t, archive)
	body := string(entry(t, archive, "sources/"+newGUIDsFor(t, archive)+".txt"))
	if strings.ContainsAny(body, "\r\uFEFF") {
		t.Fatalf("source file keeps a BOM or CR: %q", body)
	}
	back, _ := importBytes(t, withoutExtension(t, archive), Options{})
	want := []string{"First line.", "Second 𝄞 line.", "Third line.", "line.\nSecond"}
	for i, v := range back.Statements {
		if v.Text != want[i] {
			t.Errorf("statement %d reads %q, want %q", i+1, v.Text, want[i])
		}
	}
}

// newGUIDsFor finds the one source file's GUID in the archive.
func newGUIDsFor(t *testing.T, archive []byte) string {
	qde := string(entry(t, archive, entryQDE))
	i := strings.Index(qde, `plainTextPath="internal://`)
	if i < 0 {
		t.Fatal("no source in project.qde")
	}
	rest := qde[i+len(`plainTextPath="internal://`):]
	return rest[:strings.Index(rest, ".txt")]
}
