package cli

import (
	"archive/zip"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"parley/app/exchange"
	"parley/storage"
	"parley/storage/storagetest"
)

// runChild runs a command in a child process and returns its peak
// resident memory in bytes (Linux reports ru_maxrss in kilobytes).
func runChild(t *testing.T, args ...string) int64 {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "PARLEY_CLI_CHILD=1")
	cmd.Stdout = io.Discard
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %v: %s", args, err, stderr.String())
	}
	return cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10
}

// repeatTo writes parts, each followed by a blank line, over and over
// until the file holds size bytes.
func repeatTo(t *testing.T, path string, size int, parts ...string) {
	t.Helper()
	var b strings.Builder
	b.Grow(size + 1<<16)
	for i := 0; b.Len() < size; i++ {
		b.WriteString(parts[i%len(parts)])
		b.WriteString("\n\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func fixtures(t *testing.T, pattern string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "ingest", "testdata", "*", pattern))
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(data))
	}
	if len(out) == 0 {
		t.Fatalf("no fixtures %s", pattern)
	}
	return out
}

// The memory budget of issue 13: reading, proposing and printing or
// storing a file peaks at no more than four times the input and 100 MB.
// The inputs are generated here, 5–32 MB to keep the tests quick; storing
// 32 MB with -accept is the case that went over the budget while SQLite's
// full-text index took a source as one row (252 MB of 228), before project
// format 4 indexed it in pieces (docs/import.md has the figures up to
// 50 MB).
func TestImportMemoryBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("builds inputs of several megabytes")
	}
	dir := t.TempDir()
	project := filepath.Join(dir, "p.parley")
	if code, _, stderr := dxRun(t, "new", project); code != 0 {
		t.Fatal(stderr)
	}
	english := filepath.Join(dir, "english.txt")
	repeatTo(t, english, 12<<20, fixtures(t, "[a-l]*.txt")...)
	chinese := filepath.Join(dir, "chinese.txt")
	repeatTo(t, chinese, 5<<20, fixtures(t, "mfa-zh*.txt")...)
	bomb := filepath.Join(dir, "bomb.docx")
	writeDocxBomb(t, bomb, 12<<20)
	for _, c := range []struct{ name, file string }{{"English", english}, {"Chinese", chinese}, {"DocxBomb", bomb}} {
		t.Run(c.name, func(t *testing.T) {
			st, _ := os.Stat(c.file)
			budget := 4*st.Size() + 100<<20
			rss := runChild(t, "import", "-author", "China", project, c.file)
			t.Logf("%s: %d MB in, %d MB peak", c.name, st.Size()>>20, rss>>20)
			if rss > budget {
				t.Errorf("%s of %d MB peaked at %d MB, over the budget of %d MB", c.name, st.Size()>>20, rss>>20, budget>>20)
			}
		})
	}
	t.Run("EnglishAccept", func(t *testing.T) {
		into := filepath.Join(dir, "accept.parley")
		if code, _, stderr := dxRun(t, "new", into); code != 0 {
			t.Fatal(stderr)
		}
		large := filepath.Join(dir, "large.txt")
		repeatTo(t, large, 32<<20, fixtures(t, "[a-l]*.txt")...)
		st, _ := os.Stat(large)
		budget := 4*st.Size() + 100<<20
		rss := runChild(t, "import", "-author", "China", "-dialogue", "Talks", "-accept", into, large)
		t.Logf("EnglishAccept: %d MB in, %d MB peak", st.Size()>>20, rss>>20)
		if rss > budget {
			t.Errorf("-accept of %d MB peaked at %d MB, over the budget of %d MB", st.Size()>>20, rss>>20, budget>>20)
		}
	})
	t.Run("JSON", func(t *testing.T) {
		// An export of 20,000 statements, made through the commands.
		small := filepath.Join(dir, "small.txt")
		repeatTo(t, small, 2<<20, fixtures(t, "[a-l]*.txt")...)
		if code, _, stderr := dxRun(t, "import", "-author", "China", "-dialogue", "Talks", "-accept", project, small); code != 0 {
			t.Fatal(stderr)
		}
		export := filepath.Join(dir, "export.json")
		if code, _, stderr := dxRun(t, "export", "-format", "json", "-o", export, project); code != 0 {
			t.Fatal(stderr)
		}
		st, _ := os.Stat(export)
		budget := 4*st.Size() + 100<<20
		rss := runChild(t, "import-json", "-o", filepath.Join(dir, "copy.parley"), export)
		t.Logf("JSON: %d MB in, %d MB peak", st.Size()>>20, rss>>20)
		if rss > budget {
			t.Errorf("import-json of %d MB peaked at %d MB, over the budget of %d MB", st.Size()>>20, rss>>20, budget>>20)
		}
	})
}

// TestImportJSONMemory100k: the budget of issue 13 for reading the JSON
// export of 100,000 statements into a new project is 250 MB at the peak.
func TestImportJSONMemory100k(t *testing.T) {
	if testing.Short() {
		t.Skip("makes a project of 100,000 statements")
	}
	dir := t.TempDir()
	ctx := context.Background()
	project := filepath.Join(dir, "gen.parley")
	err := exchange.CreateProject(ctx, project, func(ctx context.Context, s *storage.Store) error {
		return storagetest.GenerateProject(ctx, s, 100_000, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	export := filepath.Join(dir, "export.json")
	if code, _, stderr := dxRun(t, "export", "-format", "json", "-o", export, project); code != 0 {
		t.Fatal(stderr)
	}
	const budget = 250 << 20
	rss := runChild(t, "import-json", "-o", filepath.Join(dir, "copy.parley"), export)
	st, _ := os.Stat(export)
	t.Logf("%d MB in, %d MB peak", st.Size()>>20, rss>>20)
	if rss > budget {
		t.Errorf("import-json of 100,000 statements peaked at %d MB, over the budget of %d MB", rss>>20, budget>>20)
	}
}

// TestImportIntoLargeProjectMemory: importing one sentence into a project
// of 100,000 statements takes about the memory of importing it into an
// empty one. The importer learns topics from the project's coded
// statements; it held all their views at once (a project of 331,000
// peaked at 282 MB for one sentence, 87 MB now, against 48 MB into an
// empty project). Measured here in this test's own child: 91–95 MB into
// the empty project, 91 MB into 100,000 statements, and 125 MB before
// the importer read them as a stream; the allowance of 16 MB is about
// the reader's page cache, which a read of the whole project fills.
func TestImportIntoLargeProjectMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("makes a project of 100,000 statements")
	}
	dir := t.TempDir()
	large := filepath.Join(dir, "large.parley")
	err := exchange.CreateProject(context.Background(), large, func(ctx context.Context, s *storage.Store) error {
		return storagetest.GenerateProject(ctx, s, 100_000, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.parley")
	if code, _, stderr := dxRun(t, "new", empty); code != 0 {
		t.Fatal(stderr)
	}
	one := filepath.Join(dir, "one.txt")
	if err := os.WriteFile(one, []byte("EU readout\n\nThe EU raised concerns about the situation in Xinjiang.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rss := func(project string) int64 {
		return runChild(t, "import", "-author", "EU", "-dialogue", "Talks", "-accept", project, one)
	}
	base, got := rss(empty), rss(large)
	const allowance = 16 << 20
	t.Logf("one sentence: %d MB peak into an empty project, %d MB into 100,000 statements", base>>20, got>>20)
	if got > base+allowance {
		t.Errorf("importing one sentence into 100,000 statements peaked at %d MB, over the %d MB of an empty project and %d MB",
			got>>20, base>>20, allowance>>20)
	}
}

// writeDocxBomb writes a Word file whose document.xml unpacks to size
// bytes of paragraphs while the file itself stays small.
func writeDocxBomb(t *testing.T, path string, size int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z := zip.NewWriter(f)
	w, err := z.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	para := `<w:p><w:r><w:t>The EU raised concerns about the situation in Xinjiang.</w:t></w:r></w:p>`
	io.WriteString(w, `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	io.WriteString(w, strings.Repeat(para, size/len(para)))
	io.WriteString(w, `</w:body></w:document>`)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestImportKilledChangesNothing: an import with -accept stores its
// statements in batches as it proposes them, all in the one transaction
// that stores the source; killed in the middle, once it has written
// megabytes to the project's log, it leaves the project as it was.
func TestImportKilledChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds an input of several megabytes")
	}
	project, _ := importProject(t)
	in := filepath.Join(t.TempDir(), "readouts.txt")
	repeatTo(t, in, 12<<20, fixtures(t, "[a-l]*.txt")...)
	before := projectCounts(t, project)
	cmd := exec.Command(os.Args[0], "import", "-author", "China", "-dialogue", "Round 39", "-accept", project, in)
	cmd.Env = append(os.Environ(), "PARLEY_CLI_CHILD=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		// The source goes first (the row and the search index's copy, about
		// twice the text), then the statements, batch by batch, and last
		// their search index: past three times the text the log holds
		// statements (12 MB: 24 MB after the source, 56 MB before the index).
		if st, err := os.Stat(project + "-wal"); err == nil && st.Size() > 3*12<<20 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the import wrote too little to its log to be killed in the middle")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err == nil {
		t.Fatal("the import ended before it was killed")
	}
	if after := projectCounts(t, project); after != before {
		t.Fatalf("a killed import changed the project: %v → %v", before, after)
	}
	// And the project takes the same import whole afterwards.
	if code, _, stderr := dxRun(t, "import", "-author", "China", "-dialogue", "Round 39", "-accept", project, in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if after := projectCounts(t, project); after[1] != before[1]+1 || after[2] <= before[2] {
		t.Fatalf("the import after the kill: %v → %v", before, after)
	}
}
