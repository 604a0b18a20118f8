package xlsx

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"parley/app/exchange"
	"parley/app/report/reporttest"
	"parley/storage"
)

func sampleDoc(t *testing.T) *exchange.Document {
	t.Helper()
	p := reporttest.CodedProject(t)
	rows, err := p.Store.ReadRows(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	doc := exchange.FromRows(rows)
	// A statement that a spreadsheet would run as a formula, and one with
	// a terminal escape and a right-to-left override.
	doc.Statements[0].Text = "=HYPERLINK(\"http://evil.example\",\"click\")"
	doc.Statements[1].Text = "red \x1b[31m text \u202Eevil"
	return doc
}

// TestWorkbookInLibreOffice opens the workbook in LibreOffice (headless),
// has it write every sheet as CSV, and checks each cell against the
// project: the statements with all their fields, the matrix's counts, the
// assessments and the links. A formula-like text must come out as typed,
// not run. Skipped where LibreOffice is not installed (Debian:
// libreoffice-calc), unless PARLEY_NEED_LIBREOFFICE is set.
func TestWorkbookInLibreOffice(t *testing.T) {
	lo, err := exec.LookPath("libreoffice")
	if err != nil {
		if os.Getenv("PARLEY_NEED_LIBREOFFICE") != "" {
			t.Fatal("libreoffice is missing (Debian: libreoffice-calc)")
		}
		t.Skip("libreoffice is missing (Debian: libreoffice-calc)")
	}
	doc := sampleDoc(t)
	dir := t.TempDir()
	book := filepath.Join(dir, "book.xlsx")
	var buf bytes.Buffer
	if err := Write(&buf, doc); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(book, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	// UTF-8 (76), comma, double quotes, every sheet to its own file (-1).
	cmd := exec.Command(lo, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, book)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("libreoffice: %v\n%s", err, out)
	}
	sheets := map[string][][]string{}
	for _, name := range []string{SheetStatements, SheetMatrix, SheetAssessments, SheetLinks} {
		b, err := os.ReadFile(filepath.Join(dir, "book-"+name+".csv"))
		if err != nil {
			entries, _ := os.ReadDir(dir)
			t.Fatalf("sheet %s not converted (%v): %v", name, err, entries)
		}
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatalf("sheet %s: %v", name, err)
		}
		sheets[name] = rows
	}
	compare(t, SheetStatements, sheets[SheetStatements], wantStatements(doc))
	compare(t, SheetMatrix, sheets[SheetMatrix], wantMatrix(doc))
	compare(t, SheetAssessments, sheets[SheetAssessments], wantAssessments(doc))
	compare(t, SheetLinks, sheets[SheetLinks], wantLinks(doc))
	if got := sheets[SheetStatements][1][9]; got != doc.Statements[0].Text {
		t.Errorf("the formula-like text reads %q in LibreOffice, want it as typed", got)
	}
	if got := sheets[SheetStatements][2][9]; got != `red \x1b[31m text \u202eevil` {
		t.Errorf("controls not escaped: %q", got)
	}
}

func compare(t *testing.T, sheet string, got, want [][]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d rows, want %d", sheet, len(got), len(want))
	}
	for i := 0; i < len(got) && i < len(want); i++ {
		for j := 0; j < len(want[i]) || j < len(got[i]); j++ {
			var g, w string
			if j < len(got[i]) {
				g = got[i][j]
			}
			if j < len(want[i]) {
				w = want[i][j]
			}
			if g != w {
				t.Errorf("%s row %d column %d (%s): %q, want %q", sheet, i+1, j+1, want[0][min(j, len(want[0])-1)], g, w)
			}
		}
	}
}

func esc(s string) string {
	r := strings.NewReplacer("\x1b", `\x1b`, "\u202E", `\u202e`)
	return r.Replace(s)
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func notesOf(doc *exchange.Document, match func(exchange.Note) bool) string {
	var out []string
	for _, n := range doc.Notes {
		if match(n) {
			out = append(out, n.Body)
		}
	}
	return strings.Join(out, "\n\n")
}

func wantStatements(doc *exchange.Document) [][]string {
	rows := [][]string{statementHeader}
	title, round, src := map[int64]string{}, map[int64]int{}, map[int64]string{}
	for _, d := range doc.Dialogues {
		title[d.ID], round[d.ID] = d.Title, d.Round
	}
	for _, s := range doc.Sources {
		src[s.ID] = s.Title
	}
	for _, v := range doc.Statements {
		source := ""
		if v.Source != nil {
			source = src[*v.Source]
		}
		rows = append(rows, []string{fmt.Sprint(v.ID), title[v.Dialogue], fmt.Sprint(round[v.Dialogue]), deref(v.Topic),
			strings.Join(v.Parties, "; "), deref(v.ReportedBy), deref(v.Speaker), v.Kind, strings.Join(v.Tags, "; "),
			esc(v.Text), source, fmt.Sprint(v.Start), fmt.Sprint(v.End),
			notesOf(doc, func(n exchange.Note) bool { return n.Statement != nil && *n.Statement == v.ID }),
			stamp(v.CreatedAt), stamp(v.UpdatedAt)})
	}
	return rows
}

// wantMatrix counts each party's statements per topic path prefix.
func wantMatrix(doc *exchange.Document) [][]string {
	header := []string{"dialogue", "topic"}
	for _, p := range doc.Parties {
		header = append(header, p.Name)
	}
	rows := [][]string{append(header, "assessment")}
	var paths []string
	for _, tp := range doc.Topics {
		paths = append(paths, tp.Path)
	}
	sort.Strings(paths)
	paths = append(paths, "(no topic)")
	for _, d := range doc.Dialogues {
		for _, path := range paths {
			row := []string{d.Title, path}
			for _, p := range doc.Parties {
				n := 0
				for _, v := range doc.Statements {
					t := deref(v.Topic)
					under := path == "(no topic)" && t == "" || path != "(no topic)" && (t == path || strings.HasPrefix(t, path+"/"))
					if v.Dialogue == d.ID && under && contains(v.Parties, p.Name) {
						n++
					}
				}
				row = append(row, fmt.Sprint(n))
			}
			verdict := ""
			for _, a := range doc.Assessments {
				if a.Dialogue == d.ID && a.Topic == path {
					verdict = storage.Verdict(a.Verdict).Label()
				}
			}
			rows = append(rows, append(row, verdict))
		}
	}
	return rows
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func wantAssessments(doc *exchange.Document) [][]string {
	rows := [][]string{{"dialogue", "topic", "verdict", "text", "notes"}}
	title := map[int64]string{}
	for _, d := range doc.Dialogues {
		title[d.ID] = d.Title
	}
	for _, a := range doc.Assessments {
		rows = append(rows, []string{title[a.Dialogue], a.Topic, storage.Verdict(a.Verdict).Label(), a.Text,
			notesOf(doc, func(n exchange.Note) bool { return n.Assessment != nil && *n.Assessment == a.ID })})
	}
	return rows
}

func wantLinks(doc *exchange.Document) [][]string {
	rows := [][]string{{"id", "type", "from", "from_parties", "from_text", "to", "to_parties", "to_text", "notes"}}
	byID := map[int64]exchange.Statement{}
	for _, v := range doc.Statements {
		byID[v.ID] = v
	}
	for _, l := range doc.Links {
		f, to := byID[l.From], byID[l.To]
		rows = append(rows, []string{fmt.Sprint(l.ID), storage.LinkType(l.Type).Label(), fmt.Sprint(l.From),
			strings.Join(f.Parties, "; "), esc(f.Text), fmt.Sprint(l.To), strings.Join(to.Parties, "; "), esc(to.Text),
			notesOf(doc, func(n exchange.Note) bool { return n.Link != nil && *n.Link == l.ID })})
	}
	return rows
}
