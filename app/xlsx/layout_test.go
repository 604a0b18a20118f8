package xlsx

import (
	"bytes"
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
	f, err := excelize.OpenReader(&buf)
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
	st, err := f.GetStyle(id)
	if err != nil || len(st.Fill.Color) == 0 || "#"+strings.ToUpper(strings.TrimPrefix(st.Fill.Color[0], "#")) != colour[v.Parties[0]] {
		t.Errorf("parties cell of %q: fill %+v, want %s (%v)", v.Text, st.Fill, colour[v.Parties[0]], err)
	}
}
