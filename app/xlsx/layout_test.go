package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestWorkbookLayout: every sheet has its header frozen and filters on;
// a statement's parties cell is in its first party's colour.
func TestWorkbookLayout(t *testing.T) {
	doc := sampleDoc(t)
	var buf bytes.Buffer
	if err := Write(&buf, doc); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), "|"); got != strings.Join([]string{SheetStatements, SheetMatrix, SheetAssessments, SheetLinks}, "|") {
		t.Fatalf("sheets %s", got)
	}
	filters := map[string]bool{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			filters[dn.Scope] = true
		}
	}
	for _, s := range f.GetSheetList() {
		p, err := f.GetPanes(s)
		if err != nil || !p.Freeze || p.YSplit != 1 {
			t.Errorf("%s: header not frozen: %+v %v", s, p, err)
		}
		if !filters[s] {
			t.Errorf("%s: no filter", s)
		}
	}
	colour := map[string]string{}
	for _, p := range doc.Parties {
		colour[p.Name] = strings.ToUpper(p.Color)
	}
	v := doc.Statements[2]
	id, err := f.GetCellStyle(SheetStatements, "E4")
	if err != nil {
		t.Fatal(err)
	}
	if got := fillOf(t, buf.Bytes(), id); got != colour[v.Parties[0]] {
		t.Errorf("parties cell of %q: fill %s, want %s", v.Text, got, colour[v.Parties[0]])
	}
}

// TestWorkbookReadsBack reads every sheet back with a spreadsheet library
// and checks each cell against the project, as TestWorkbookInLibreOffice
// does where LibreOffice is installed: the statements with all their
// fields, the matrix's counts, the assessments and the links, the
// formula-like text as typed.
func TestWorkbookReadsBack(t *testing.T) {
	doc := sampleDoc(t)
	var buf bytes.Buffer
	if err := Write(&buf, doc); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := map[string][][]string{}
	for _, name := range []string{SheetStatements, SheetMatrix, SheetAssessments, SheetLinks} {
		rows, err := f.GetRows(name)
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
		t.Errorf("the formula-like text reads %q, want it as typed", got)
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Errorf("active sheet %d, want the statements", f.GetActiveSheetIndex())
	}
	if w, err := f.GetColWidth(SheetStatements, "J"); err != nil || w != 80 {
		t.Errorf("text column %v wide (%v), want 80", w, err)
	}
	id, err := f.GetCellStyle(SheetStatements, "J2")
	if err != nil {
		t.Fatal(err)
	}
	if st, err := f.GetStyle(id); err != nil || st.Alignment == nil || !st.Alignment.WrapText {
		t.Errorf("text cell not wrapped: %+v %v", st, err)
	}
	id, _ = f.GetCellStyle(SheetLinks, "A1")
	if st, err := f.GetStyle(id); err != nil || st.Font == nil || !st.Font.Bold {
		t.Errorf("header not bold: %+v %v", st, err)
	}
}

// TestCellTextIsKeptAsTyped: characters XML has to escape, text that looks
// like the spreadsheet escape of a character, and a line break come back
// as written; a character XML cannot hold is left out, not the cell.
func TestCellTextIsKeptAsTyped(t *testing.T) {
	var buf bytes.Buffer
	wb := newWorkbook(&buf)
	texts := []string{`a < b && c > "d"`, "_x0041_ stays", "two\nlines", " spaced ", "nul\x00here\uFFFF", "中文"}
	want := []string{`a < b && c > "d"`, "_x0041_ stays", "two\nlines", " spaced ", "nulhere", "中文"}
	if err := wb.sheet("S", []Cell{{Value: "h"}}, nil, len(texts), func(i int) []Cell {
		return []Cell{{Value: texts[i]}}
	}); err != nil {
		t.Fatal(err)
	}
	if err := wb.close(); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("S")
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range want {
		if got := rows[i+1][0]; got != w {
			t.Errorf("cell %d: %q, want %q", i+2, got, w)
		}
	}
}

// fillOf is the fill colour (#RRGGBB) of cell style id in the workbook's
// styles part, read from the XML: the library the other checks read with
// reports colours only for workbooks with a colour theme part, which is
// optional and which Parley does not write.
func fillOf(t *testing.T, book []byte, id int) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := z.Open("xl/styles.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var styles struct {
		Fills []struct {
			Fg struct {
				RGB string `xml:"rgb,attr"`
			} `xml:"patternFill>fgColor"`
		} `xml:"fills>fill"`
		Xfs []struct {
			Fill int `xml:"fillId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := xml.NewDecoder(r).Decode(&styles); err != nil {
		t.Fatal(err)
	}
	if id >= len(styles.Xfs) || styles.Xfs[id].Fill >= len(styles.Fills) {
		t.Fatalf("style %d not in the styles part", id)
	}
	return "#" + strings.TrimPrefix(styles.Fills[styles.Xfs[id].Fill].Fg.RGB, "FF")
}

// TestMatrixHeaderIsInert names a party with a terminal escape and a
// right-to-left override: the party's column head in Topics by party
// shows them escaped, as every other cell does (the heads were written
// raw, the override included).
func TestMatrixHeaderIsInert(t *testing.T) {
	doc := sampleDoc(t)
	old, name := doc.Parties[0].Name, "\u202eevil \x1b]0;x\x07party"
	doc.Parties[0].Name = name
	for i := range doc.Statements {
		for j, p := range doc.Statements[i].Parties {
			if p == old {
				doc.Statements[i].Parties[j] = name
			}
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, doc); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetMatrix)
	if err != nil {
		t.Fatal(err)
	}
	want := `\u202eevil \x1b]0;x\x07party`
	found := false
	for _, h := range rows[0] {
		if strings.ContainsAny(h, "\u202e\x1b\x07") {
			t.Errorf("column head %q holds the raw characters", h)
		}
		found = found || h == want
	}
	if !found {
		t.Errorf("no column head reads %q: %q", want, rows[0])
	}
}
