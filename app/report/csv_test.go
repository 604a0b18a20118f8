package report

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"testing"

	"parley/app/report/reporttest"
	"parley/storage"
)

func readCSV(t *testing.T, out string) [][]string {
	t.Helper()
	if !strings.HasPrefix(out, bom) {
		t.Fatal("CSV does not start with a UTF-8 byte-order mark")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, bom))).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	return rows
}

func exportCSV(t *testing.T, p *reporttest.Project, o Options) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := Export(context.Background(), p.Store, "csv", o, &buf, nil); err != nil {
		t.Fatal(err)
	}
	return readCSV(t, buf.String())
}

func TestCSVRows(t *testing.T) {
	p := sample(t)
	rows := exportCSV(t, p, Options{Notes: true, Topics: []int64{p.Topics["Regional issues/Xinjiang, Xizang and Hong Kong"].ID}})
	if len(rows) != 4 {
		t.Fatalf("%d rows, want a header and 3 statements", len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	shen := rows[2]
	checks := map[string]string{
		"dialogue": "39th China-EU Human Rights Dialogue", "round": "39",
		"topic": "Regional issues/Xinjiang, Xizang and Hong Kong", "parties": "China",
		"reported_by": "China", "speaker": "Shen Bo", "kind": "objection", "tags": "不干涉内政",
		"source": "China Emphasizes Its Human Rights Stance at China-EU Dialogue", "note_count": "1",
		"notes": "Compare with the EU's own readout, which names individual cases.",
	}
	for k, v := range checks {
		if got := shen[col[k]]; got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	if !strings.HasPrefix(shen[col["text"]], "Shen refuted") || shen[col["created"]] == "" || shen[col["start"]] == "0" {
		t.Errorf("row %q", shen)
	}
}

func TestCSVDefusesFormulas(t *testing.T) {
	cases := map[string]string{
		"=HYPERLINK(\"https://evil.example/\")": "'=HYPERLINK(\"https://evil.example/\")",
		"+cmd|'/c calc'!A0":                     "'+cmd|'/c calc'!A0",
		"-2+3":                                  "'-2+3",
		"@SUM(1+1)":                             "'@SUM(1+1)",
		"\t=1":                                  "'\t=1",
		"plain text":                            "plain text",
		"a=b":                                   "a=b",
	}
	for in, want := range cases {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCSVHostileStrings(t *testing.T) {
	for _, h := range hostile(t) {
		st := hostileProject(t, h)
		var buf bytes.Buffer
		if err := Export(context.Background(), st, "csv", Options{Notes: true}, &buf, nil); err != nil {
			t.Fatal(err)
		}
		rows := readCSV(t, buf.String())
		if len(rows) != 3 {
			t.Fatalf("%q: %d rows, want a header and 2", h, len(rows))
		}
		for _, r := range rows[1:] {
			for i, c := range r {
				if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
					t.Errorf("%q: cell %d %q could run as a formula", h, i, c)
				}
			}
		}
	}
}

// TestCSVEscapesControls: terminal escapes and bidirectional overrides in
// any field come out escaped, so that neither `cat` on a terminal nor a
// spreadsheet acts on them; the project keeps them.
func TestCSVEscapesControls(t *testing.T) {
	h := "evil\x1b]0;owned\x07 \u202Eexe.txt\u202C \u2067iso\u2069 \u009b"
	st := hostileProject(t, h)
	var buf bytes.Buffer
	if err := Export(context.Background(), st, "csv", Options{Notes: true}, &buf, nil); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.String())
	seen := false
	for _, r := range rows[1:] {
		for i, c := range r {
			if strings.ContainsAny(c, "\x1b\x07\u202E\u202C\u2067\u2069\u009b") {
				t.Errorf("cell %d %q keeps a control", i, c)
			}
			seen = seen || strings.Contains(c, `evil\x1b]0;owned\x07 \u202eexe.txt\u202c \u2067iso\u2069`)
		}
	}
	if !seen {
		t.Errorf("no cell shows the escaped text: %q", rows[1])
	}
	views, err := st.StatementViews(context.Background(), storage.StatementFilter{}, 0)
	if err != nil || len(views) == 0 || !strings.Contains(views[0].Text, "\x1b]0;owned\x07 \u202E") {
		t.Fatalf("the project lost the stored text: %v %v", views, err)
	}
}
