package qdpx

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"parley/app/exchange"
	"parley/app/report/reporttest"
	"parley/storage"
)

// importBytes imports archive into a new project and returns its document.
func importBytes(t *testing.T, archive []byte, o Options) (*exchange.Document, Summary) {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "in.qdpx")
	if err := os.WriteFile(in, archive, 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out"+storage.Extension)
	sum, err := ImportFile(context.Background(), in, out, o)
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	s, err := storage.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	return docOf(t, s), sum
}

func jsonOf(t *testing.T, doc *exchange.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := exchange.Encode(&b, doc); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// withoutExtension rewrites archive without Parley's parley/ entries: the
// file as another tool would leave it.
func withoutExtension(t *testing.T, archive []byte) []byte { return stripExtension(t, archive) }

func stripExtension(t testing.TB, archive []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(archive), int64(len(archive)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "parley/") {
			continue
		}
		w, _ := zw.Create(f.Name)
		r, _ := f.Open()
		if _, err := io.Copy(w, r); err != nil {
			t.Fatal(err)
		}
		r.Close()
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestRoundTripWithExtensionKeepsEverything(t *testing.T) {
	for name, p := range map[string]*reporttest.Project{"coded": reporttest.CodedProject(t), "shipped": reporttest.ShippedSample(t)} {
		t.Run(name, func(t *testing.T) {
			orig := docOf(t, p.Store)
			back, sum := importBytes(t, exportDoc(t, orig), Options{})
			if !sum.Extension {
				t.Fatal("the import did not use Parley's extension")
			}
			if a, b := jsonOf(t, orig), jsonOf(t, back); a != b {
				t.Errorf("JSON export differs after the round trip:\n%s", firstDiff(a, b))
			}
		})
	}
}

// TestRoundTripFromQDEAlone reads back what project.qde itself carries,
// as when another tool has rewritten the archive: every statement with its
// source span, topic, kind, parties, reported-by, speaker, tags and notes;
// links with their notes; assessments with theirs.
func TestRoundTripFromQDEAlone(t *testing.T) {
	for name, p := range map[string]*reporttest.Project{"coded": reporttest.CodedProject(t), "shipped": reporttest.ShippedSample(t)} {
		t.Run(name, func(t *testing.T) {
			orig := docOf(t, p.Store)
			back, sum := importBytes(t, withoutExtension(t, exportDoc(t, orig)), Options{})
			if sum.Extension {
				t.Fatal("the import used an extension that is not there")
			}
			if len(orig.Statements) == 0 || len(orig.Notes) == 0 || len(orig.Assessments) == 0 {
				t.Fatalf("fixture too thin: %d statements, %d notes, %d assessments", len(orig.Statements), len(orig.Notes), len(orig.Assessments))
			}
			a, b := strings.Join(projection(orig), "\n"), strings.Join(projection(back), "\n")
			if a != b {
				t.Errorf("project.qde lost something:\n%s", firstDiff(a, b))
			}
		})
	}
}

// projection lists what REFI-QDA carries, independent of IDs.
func projection(d *exchange.Document) []string {
	src := map[int64]exchange.Source{}
	for _, s := range d.Sources {
		src[s.ID] = s
	}
	dlg := map[int64]string{}
	for _, x := range d.Dialogues {
		dlg[x.ID] = x.Title
	}
	stmt := map[int64]string{}
	notes := map[string][]string{}
	for _, n := range d.Notes {
		key := ""
		switch {
		case n.Statement != nil:
			key = fmt.Sprint("s", *n.Statement)
		case n.Link != nil:
			key = fmt.Sprint("l", *n.Link)
		case n.Assessment != nil:
			key = fmt.Sprint("a", *n.Assessment)
		}
		notes[key] = append(notes[key], n.Body)
	}
	var out []string
	for _, v := range d.Statements {
		where := "no source"
		if s, ok := src[*orNil(v.Source)]; ok && !strings.HasSuffix(s.Title, "statements without a source") {
			where = fmt.Sprintf("%s %d-%d", s.Title, v.Start, v.End)
		}
		tags := append([]string(nil), v.Tags...)
		sort.Strings(tags)
		ns := notes[fmt.Sprint("s", v.ID)]
		sort.Strings(ns)
		stmt[v.ID] = v.Text
		out = append(out, fmt.Sprintf("statement %s in %s [%s]: %q topic=%s kind=%s parties=%v reported=%s speaker=%s tags=%v notes=%q",
			dlg[v.Dialogue], where, "", v.Text, deref(v.Topic), v.Kind, v.Parties, deref(v.ReportedBy), deref(v.Speaker), tags, ns))
	}
	for _, l := range d.Links {
		out = append(out, fmt.Sprintf("link %q %s %q notes=%q", stmt[l.From], l.Type, stmt[l.To], notes[fmt.Sprint("l", l.ID)]))
	}
	for _, a := range d.Assessments {
		out = append(out, fmt.Sprintf("assessment %s %s %s %q notes=%q", dlg[a.Dialogue], a.Topic, a.Verdict, a.Text, notes[fmt.Sprint("a", a.ID)]))
	}
	sort.Strings(out)
	return out
}

func orNil(p *int64) *int64 {
	if p == nil {
		var zero int64 = -1
		return &zero
	}
	return p
}

func deref(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, x, y)
		}
	}
	return "(same)"
}
