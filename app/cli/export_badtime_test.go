package cli

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"parley/storage"
	"parley/storage/hostiletest"
)

// badTimeProject is the sample with its first statement's date of
// creation and the dates of its first note on a statement rewritten by another
// program into text that is no date ("12/03/2024" with an escape that
// clears a terminal, "yesterday", ""), and so are the date of creation of
// its first link and first tag and the date of the last change of its
// first assessment ("n/a", "later", "never"); it returns the project, the
// statement's and the note's IDs, the note's body and how many statements
// there are, and sets badLink, badAssessment and badTag.
func badTimeProject(t *testing.T) (path string, stmt, note int64, body string, statements int) {
	t.Helper()
	p := dxSample(t)
	st, err := storage.Open(p)
	noErr(t, err)
	rows, err := st.ReadRows(context.Background())
	noErr(t, err)
	notes := rows.Notes
	noErr(t, st.Close())
	i := slices.IndexFunc(notes, func(n storage.Note) bool { return n.StatementID != nil })
	if i < 0 {
		t.Fatal("no note of the sample is on a statement")
	}
	n := notes[i]
	if len(rows.Links) == 0 || len(rows.Assessments) == 0 || len(rows.Tags) == 0 {
		t.Fatal("the sample has no link, assessment or tag")
	}
	badLink, badAssessment, badTag = rows.Links[0].ID, rows.Assessments[0].ID, rows.Tags[0].ID
	edited := filepath.Join(t.TempDir(), "edited"+storage.Extension)
	noErr(t, hostiletest.Make(p, edited, hostiletest.Case{Name: "BadTime", SQL: []string{
		"UPDATE statements SET created_at = '12/03/2024\x1b[2J' WHERE id = " + itoa(rows.Statements[0].ID),
		"UPDATE notes SET created_at = 'yesterday', updated_at = '' WHERE id = " + itoa(n.ID),
		"UPDATE links SET created_at = 'n/a' WHERE id = " + itoa(badLink),
		"UPDATE assessments SET updated_at = 'later' WHERE id = " + itoa(badAssessment),
		"UPDATE tags SET created_at = 'never' WHERE id = " + itoa(badTag)}}))
	return edited, rows.Statements[0].ID, n.ID, n.Body, len(rows.Statements)
}

// The link, assessment and tag whose date badTimeProject spoils.
var badLink, badAssessment, badTag int64

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

// TestExportBadTimeExportsTheRest: a statement, a note, a link, an
// assessment or a tag whose date is not one (the project edited by another
// program) used to stop every export with a message sending the analyst to
// parley rescue. Each format now writes the whole project with those dates
// empty, exits 0 and names each record on standard error, the stored text
// escaped.
func TestExportBadTimeExportsTheRest(t *testing.T) {
	p, stmt, note, body, statements := badTimeProject(t)
	wantWarn := []string{
		"parley export: statement " + itoa(stmt) + `: its date of creation reads "12/03/2024\x1b[2J", which is not a date and time (written outside Parley); it is left empty`,
		"parley export: note " + itoa(note) + `: its date of creation reads "yesterday", which is not a date and time (written outside Parley); it is left empty`,
		"parley export: note " + itoa(note) + `: its date of the last change reads "", which is not a date and time (written outside Parley); it is left empty`,
	}
	// What each format reads: the CSV none of the three, the report no
	// tags unless filtered by them, the whole-project formats all.
	assessment := "parley export: assessment " + itoa(badAssessment) + `: its date of the last change reads "later", which is not a date and time (written outside Parley); it is left empty`
	link := "parley export: link " + itoa(badLink) + `: its date of creation reads "n/a", which is not a date and time (written outside Parley); it is left empty`
	tag := "parley export: tag " + itoa(badTag) + `: its date of creation reads "never", which is not a date and time (written outside Parley); it is left empty`
	more := map[string][]string{"html": {assessment, link}, "json": {assessment, link, tag},
		"xlsx": {assessment, link, tag}, "qdpx": {assessment, link, tag}}
	dir := t.TempDir()
	for _, format := range []string{"html", "csv", "json", "xlsx", "qdpx"} {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(dir, "out."+format)
			code, _, stderr := dxRun(t, "export", "-notes", "-format", format, "-o", out, p)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			want := strings.Join(append(slices.Clone(wantWarn), more[format]...), "\n")
			if got := strings.TrimSuffix(stderr, "\n"); got != want {
				t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
			}
			data, err := os.ReadFile(out)
			noErr(t, err)
			checkBadTimeExport(t, format, data, stmt, body, statements)
		})
	}
	t.Run("RoundTrip", func(t *testing.T) {
		// The JSON written reads back: the empty dates become the time
		// of the import, as a rescue would make them.
		back := filepath.Join(dir, "back"+storage.Extension)
		if code, _, stderr := dxRun(t, "import-json", "-o", back, filepath.Join(dir, "out.json")); code != 0 {
			t.Fatalf("import-json: exit %d: %s", code, stderr)
		}
		if code, _, stderr := dxRun(t, "export", "-format", "csv", "-o", filepath.Join(dir, "back.csv"), back); code != 0 || stderr != "" {
			t.Errorf("export of the import: exit %d: %q", code, stderr)
		}
	})
	t.Run("Rescue", func(t *testing.T) {
		clean := filepath.Join(dir, "clean"+storage.Extension)
		if code, out, stderr := dxRun(t, "rescue", "-o", clean, p); code != 0 || !strings.Contains(out, "\nmended: statements: the date and time of 1 row") {
			t.Fatalf("rescue: exit %d: %q, %q", code, out, stderr)
		}
		if code, _, stderr := dxRun(t, "export", "-format", "csv", "-o", filepath.Join(dir, "c.csv"), clean); code != 0 || stderr != "" {
			t.Errorf("export of the rescued project: exit %d: %q", code, stderr)
		}
	})
}

// checkBadTimeExport checks that the export holds every statement, the
// bad date empty, and the note.
func checkBadTimeExport(t *testing.T, format string, data []byte, stmt int64, body string, statements int) {
	t.Helper()
	switch format {
	case "csv":
		rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
		noErr(t, err)
		col := map[string]int{}
		for i, h := range rows[0] {
			col[h] = i
		}
		if len(rows) != 1+statements {
			t.Errorf("%d rows, want %d statements", len(rows)-1, statements)
		}
		i := slices.IndexFunc(rows, func(r []string) bool { return r[col["id"]] == itoa(stmt) })
		if i < 0 {
			t.Fatalf("no row of statement %d", stmt)
		}
		if r := rows[i]; r[col["created"]] != "" || r[col["updated"]] == "" {
			t.Errorf("row of statement %d: created %q, updated %q", stmt, r[col["created"]], r[col["updated"]])
		}
		if !strings.Contains(string(data), body) {
			t.Errorf("the note %q is missing", body)
		}
	case "json":
		var doc struct {
			Statements []struct {
				ID        int64   `json:"id"`
				CreatedAt *string `json:"created_at"`
				UpdatedAt *string `json:"updated_at"`
			} `json:"statements"`
			Notes []struct {
				Body      string  `json:"body"`
				CreatedAt *string `json:"created_at"`
				UpdatedAt *string `json:"updated_at"`
			} `json:"notes"`
			Links       []badTimeStamps `json:"links"`
			Assessments []badTimeStamps `json:"assessments"`
			Tags        []badTimeStamps `json:"tags"`
		}
		noErr(t, json.Unmarshal(data, &doc))
		// The spoilt date is null, the other date of the row kept.
		for _, c := range []struct {
			what    string
			rows    []badTimeStamps
			id      int64
			created bool // the date of creation is the spoilt one
		}{{"link", doc.Links, badLink, true}, {"assessment", doc.Assessments, badAssessment, false}, {"tag", doc.Tags, badTag, true}} {
			i := slices.IndexFunc(c.rows, func(r badTimeStamps) bool { return r.ID == c.id })
			if i < 0 {
				t.Errorf("%s %d is missing", c.what, c.id)
				continue
			}
			if r := c.rows[i]; (r.CreatedAt == nil) != c.created || (r.UpdatedAt == nil) == c.created {
				t.Errorf("%s %d: created_at %v, updated_at %v", c.what, c.id, r.CreatedAt, r.UpdatedAt)
			}
		}
		if len(doc.Statements) != statements {
			t.Errorf("%d statements, want %d", len(doc.Statements), statements)
		}
		s := doc.Statements[0]
		if s.ID != stmt || s.CreatedAt != nil || s.UpdatedAt == nil {
			t.Errorf("statement %d: created_at %v, updated_at %v", s.ID, s.CreatedAt, s.UpdatedAt)
		}
		found := false
		for _, n := range doc.Notes {
			if n.Body == body {
				found = true
				if n.UpdatedAt != nil || n.CreatedAt != nil {
					t.Errorf("note: created_at %v, updated_at %v", n.CreatedAt, n.UpdatedAt)
				}
			}
		}
		if !found {
			t.Errorf("the note %q is missing", body)
		}
	case "html":
		if !strings.Contains(string(data), `<span class="note-label">Note</span> `+htmlEsc(body)) {
			t.Errorf("the note %q is missing", body)
		}
	case "xlsx", "qdpx":
		// The statements and the note are in the archive: the workbook's
		// shared strings, the REFI-QDA project's XML.
		z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		noErr(t, err)
		var all strings.Builder
		for _, f := range z.File {
			if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".qde") {
				r, err := f.Open()
				noErr(t, err)
				b, err := io.ReadAll(r)
				noErr(t, err)
				all.Write(b)
			}
		}
		xmlEsc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(body)
		if !strings.Contains(all.String(), htmlEsc(body)) && !strings.Contains(all.String(), xmlEsc) {
			t.Errorf("the note %q is missing", body)
		}
	}
}

// badTimeStamps is a row of the JSON export with its dates.
type badTimeStamps struct {
	ID        int64   `json:"id"`
	CreatedAt *string `json:"created_at"`
	UpdatedAt *string `json:"updated_at"`
}

func htmlEsc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}
