package qdpx

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
)

// zipOf makes an archive of name → content, in order.
func zipOf(t *testing.T, files ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i < len(files); i += 2 {
		w, err := zw.Create(files[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(files[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// qualCoderStyle is a project as QualCoder's REFI-QDA export writes one
// (modelled on its refi.py): the source text with a BOM and CRLF line
// ends, positions counted after the BOM with CRLF as two; a named case
// whose SourceRef QualCoder itself drops; a "party" variable on the
// source; a code memo; a picture source Parley does not import.
const qualCoderQDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="hr-dialogue" origin="QualCoder 3.6" creatingUserGUID="11111111-1111-4111-8111-111111111111">
<Users><User guid="11111111-1111-4111-8111-111111111111" name="default"/></Users>
<CodeBook><Codes>
<Code guid="20000000-0000-4000-8000-000000000001" name="Human rights" isCodable="true" color="#AA0000">
 <Description>Anything on rights</Description>
 <NoteRef targetGUID="50000000-0000-4000-8000-000000000001"/>
 <Code guid="20000000-0000-4000-8000-000000000002" name="Xinjiang" isCodable="true" color="#00AA00"/>
</Code>
<Code guid="20000000-0000-4000-8000-000000000003" name="Side" isCodable="false">
 <Code guid="20000000-0000-4000-8000-000000000004" name="China" isCodable="true"/>
 <Code guid="20000000-0000-4000-8000-000000000005" name="EU" isCodable="true"/>
</Code>
</Codes></CodeBook>
<Variables><Variable guid="30000000-0000-4000-8000-000000000001" name="party" typeOfVariable="Text"/></Variables>
<Cases><Case guid="40000000-0000-4000-8000-000000000001" name="China"><SourceRef targetGUID="60000000-0000-4000-8000-000000000001"/></Case></Cases>
<Sources>
<TextSource guid="60000000-0000-4000-8000-000000000001" name="china-readout.txt" plainTextPath="internal://60000000-0000-4000-8000-000000000001.txt">
 <PlainTextSelection guid="70000000-0000-4000-8000-000000000001" name="first" startPosition="0" endPosition="17">
  <Coding guid="80000000-0000-4000-8000-000000000001" creatingUser="11111111-1111-4111-8111-111111111111"><CodeRef targetGUID="20000000-0000-4000-8000-000000000001"/></Coding>
  <Coding guid="80000000-0000-4000-8000-000000000002"><CodeRef targetGUID="20000000-0000-4000-8000-000000000004"/></Coding>
  <NoteRef targetGUID="50000000-0000-4000-8000-000000000002"/>
 </PlainTextSelection>
 <PlainTextSelection guid="70000000-0000-4000-8000-000000000002" name="second" startPosition="19" endPosition="41">
  <Coding guid="80000000-0000-4000-8000-000000000003"><CodeRef targetGUID="20000000-0000-4000-8000-000000000002"/></Coding>
 </PlainTextSelection>
 <PlainTextSelection guid="70000000-0000-4000-8000-000000000003" name="annotation only" startPosition="43" endPosition="47"/>
 <VariableValue><VariableRef targetGUID="30000000-0000-4000-8000-000000000001"/><TextValue>China</TextValue></VariableValue>
</TextSource>
<PictureSource guid="60000000-0000-4000-8000-000000000002" name="photo.jpg" path="internal://photo.jpg"/>
</Sources>
<Notes>
<Note guid="50000000-0000-4000-8000-000000000001" name="code memo"><PlainTextContent>memo</PlainTextContent></Note>
<Note guid="50000000-0000-4000-8000-000000000002" name="coded memo"><PlainTextContent>Check the EU version.</PlainTextContent></Note>
</Notes>
</Project>`

// The text: "Both sides spoke.\r\nXinjiang: 新疆 issues 𝄞.\r\nEnd." — 17
// characters, CRLF, then 22 from position 19 (𝄞 is beyond the BMP).
const qualCoderText = "\uFEFFBoth sides spoke.\r\nXinjiang: 新疆 issues 𝄞.\r\nEnd."

func TestImportQualCoderStyle(t *testing.T) {
	// Sources/ as some tools name the folder; the standard says sources/.
	archive := zipOf(t, "project.qde", qualCoderQDE, "Sources/60000000-0000-4000-8000-000000000001.txt", qualCoderText,
		"Sources/photo.jpg", "JPEG")
	validateQDE(t, []byte(qualCoderQDE))
	for name, tc := range map[string]struct {
		o       Options
		parties []string
	}{
		"variable": {Options{PartyVariable: "party"}, []string{"China", "China"}},
		"cases":    {Options{PartyCases: true}, []string{"China", "China"}},
		"code":     {Options{PartyCode: "Side"}, []string{"China", ""}},
	} {
		t.Run(name, func(t *testing.T) {
			doc, sum := importBytes(t, archive, tc.o)
			if len(doc.Statements) != 2 {
				t.Fatalf("%d statements, want 2", len(doc.Statements))
			}
			want := []struct{ text, topic string }{{"Both sides spoke.", "Human rights"}, {"Xinjiang: 新疆 issues 𝄞.", "Human rights/Xinjiang"}}
			for i, v := range doc.Statements {
				if v.Text != want[i].text || deref(v.Topic) != want[i].topic {
					t.Errorf("statement %d = %q on %s, want %q on %s", i, v.Text, deref(v.Topic), want[i].text, want[i].topic)
				}
				if got := strings.Join(v.Parties, ","); got != tc.parties[i] {
					t.Errorf("statement %d parties %q, want %q", i, got, tc.parties[i])
				}
			}
			if strings.ContainsAny(doc.Sources[0].Text, "\r\uFEFF") {
				t.Errorf("source text keeps a CR or BOM: %q", doc.Sources[0].Text)
			}
			if len(doc.Notes) != 1 || doc.Notes[0].Body != "Check the EU version." {
				t.Errorf("notes = %+v", doc.Notes)
			}
			skipped := strings.Join(sum.Skipped, "\n")
			for _, want := range []string{`1 picture sources skipped: "photo.jpg"`, "1 selections without a code (annotations) skipped", "1 memos on codes skipped"} {
				if !strings.Contains(skipped, want) {
					t.Errorf("report lacks %q:\n%s", want, skipped)
				}
			}
		})
	}
}

// validateQDE checks a hand-written project.qde against the schema, so
// that the fixtures are REFI-QDA projects and not just what Parley reads.
func validateQDE(t *testing.T, qde []byte) {
	t.Helper()
	validate(t, zipOf(t, "project.qde", string(qde)))
}

func TestImportRefusesBadFiles(t *testing.T) {
	src := "sources/60000000-0000-4000-8000-000000000001.txt"
	bomb := strings.Repeat("a", 8<<20)
	for name, tc := range map[string]struct {
		archive []byte
		want    string
	}{
		"not a zip": {[]byte("PK but not really"), "not a REFI-QDA project archive"},
		// Files an analyst keeps beside a .qdpx, picked by mistake, are
		// named: "zip: not a valid zip file" told a user nothing.
		"a project":       {[]byte("SQLite format 3\x00 and pages"), "this is a Parley project (or another SQLite file), not a REFI-QDA project"},
		"JSON export":     {[]byte("\uFEFF\n {\"format\": \"parley-project\"}"), "this is a JSON file, not a REFI-QDA project: parley import-json"},
		"PDF":             {[]byte("%PDF-1.7"), "this is a PDF, not a REFI-QDA project"},
		"no project.qde":  {zipOf(t, "readme.txt", "hi"), "no project.qde"},
		"dot-dot entry":   {zipOf(t, "project.qde", qualCoderQDE, "../evil.txt", "x"), "leaves the archive"},
		"absolute entry":  {zipOf(t, "project.qde", qualCoderQDE, "/etc/evil", "x"), "leaves the archive"},
		"two project.qde": {zipOf(t, "project.qde", qualCoderQDE, "project.qde", `<Project xmlns="urn:QDA-XML:project:1.0" name="other"/>`, src, qualCoderText), `two entries named "project.qde"`},
		"two sources":     {zipOf(t, "project.qde", qualCoderQDE, src, qualCoderText, src, "other text"), "two entries named"},
		"dot-dot source": {zipOf(t, "project.qde", strings.Replace(qualCoderQDE, "internal://60000000", "internal://../../60000000", 1), src, qualCoderText),
			`text source "china-readout.txt" refers to "internal://../../60000000`},
		"absolute source": {zipOf(t, "project.qde", strings.Replace(qualCoderQDE, "internal://60000000", "internal:///etc/60000000", 1), src, qualCoderText), "a path that leaves the archive; refusing it"},
		"zip bomb":        {zipOf(t, "project.qde", qualCoderQDE, src, bomb), "zip bomb"},
		"no namespace":    {zipOf(t, "project.qde", strings.Replace(qualCoderQDE, `xmlns="urn:QDA-XML:project:1.0"`, "", 1), src, qualCoderText), "has no namespace"},
		"wrong namespace": {zipOf(t, "project.qde", strings.Replace(qualCoderQDE, "urn:QDA-XML:project:1.0", "urn:QDA-XML:codebook:1.0", 1), src, qualCoderText), "not REFI-QDA's"},
		"child namespace": {zipOf(t, "project.qde", strings.Replace(qualCoderQDE, "<Sources>", `<Sources xmlns="urn:other">`, 1), src, qualCoderText), "<Sources> is in namespace"},
		"not XML":         {zipOf(t, "project.qde", "<Project", src, qualCoderText), "not a REFI-QDA project"},
		"unknown code":    {zipOf(t, "project.qde", strings.Replace(qualCoderQDE, `<CodeRef targetGUID="20000000-0000-4000-8000-000000000002"/>`, `<CodeRef targetGUID="29999999-0000-4000-8000-000000000002"/>`, 1), src, qualCoderText), "which the codebook does not have"},
		"beyond the text": {zipOf(t, "project.qde", strings.Replace(qualCoderQDE, `endPosition="41"`, `endPosition="4100"`, 1), src, qualCoderText), "outside its text"},
		"huge position":   {zipOf(t, "project.qde", strings.Replace(qualCoderQDE, `endPosition="41"`, `endPosition="99999999999999999999"`, 1), src, qualCoderText), `"99999999999999999999" is not a whole number Parley can read`},
		// Nested inside an element Parley skips, so only the depth refuses it.
		"nested too deep": {zipOf(t, "project.qde", strings.Replace(qualCoderQDE, "<Sources>", "<Sources>"+strings.Repeat("<Note>", 20000)+strings.Repeat("</Note>", 20000), 1), src, qualCoderText), "more than 512 levels deep"},
		"negative start":  {zipOf(t, "project.qde", strings.Replace(qualCoderQDE, `startPosition="19"`, `startPosition="-1"`, 1), src, qualCoderText), "outside its text"},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			in, out := filepath.Join(dir, "in.qdpx"), filepath.Join(dir, "out"+storage.Extension)
			if err := os.WriteFile(in, tc.archive, 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := ImportFile(context.Background(), in, out, Options{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one saying %q", err, tc.want)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("the import left files behind: %v", entries)
			}
		})
	}
}

// TestImportRefusesTooLarge lowers the cap, as a 100 MB project meets the
// real one: a clear error and nothing made.
func TestImportRefusesTooLarge(t *testing.T) {
	defer func(n int64) { MaxUncompressed = n }(MaxUncompressed)
	MaxUncompressed = 4 << 10
	archive := zipOf(t, "project.qde", qualCoderQDE, "sources/60000000-0000-4000-8000-000000000001.txt", strings.Repeat("x", 8<<10))
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.qdpx"), filepath.Join(dir, "out"+storage.Extension)
	os.WriteFile(in, archive, 0o600)
	_, err := ImportFile(context.Background(), in, out, Options{PartyVariable: "party"})
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Fatalf("error %v, want too large", err)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a project was made")
	}
}

// TestImportATLASCountsCRLFOnce: ATLAS.ti writes CRLF in the text but
// counts it as one character, as QualCoder's importer knows.
func TestImportATLASCountsCRLFOnce(t *testing.T) {
	qde := strings.Replace(qualCoderQDE, `origin="QualCoder 3.6"`, `origin="ATLAS.ti 23"`, 1)
	qde = strings.Replace(qde, `startPosition="19" endPosition="41"`, `startPosition="18" endPosition="40"`, 1)
	qde = strings.Replace(qde, `startPosition="43" endPosition="47"`, `startPosition="41" endPosition="45"`, 1)
	archive := zipOf(t, "project.qde", qde, "sources/60000000-0000-4000-8000-000000000001.txt", qualCoderText)
	doc, _ := importBytes(t, archive, Options{})
	if len(doc.Statements) != 2 || doc.Statements[1].Text != "Xinjiang: 新疆 issues 𝄞." {
		t.Fatalf("statements %+v", doc.Statements)
	}
}
