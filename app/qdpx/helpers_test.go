package qdpx

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"parley/app/exchange"
	"parley/storage"
)

// exportDoc writes doc as a .qdpx and returns its bytes.
func exportDoc(tb testing.TB, doc *exchange.Document) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, doc, "Test project", time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func docOf(tb testing.TB, s *storage.Store) *exchange.Document {
	tb.Helper()
	rows, err := s.ReadRows(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return exchange.FromRows(rows)
}

// entry returns one file of the archive.
func entry(tb testing.TB, archive []byte, name string) []byte {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(archive), int64(len(archive)))
	if err != nil {
		tb.Fatal(err)
	}
	f, err := zr.Open(name)
	if err != nil {
		tb.Fatalf("entry %s: %v", name, err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// validate checks project.qde of archive against the REFI-QDA schema with
// xmllint. Without xmllint the test is skipped, unless CI is set (the CI
// set-up installs libxml2-utils).
func validate(t *testing.T, archive []byte) {
	t.Helper()
	if _, err := exec.LookPath("xmllint"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("xmllint is missing (Debian: libxml2-utils)")
		}
		t.Skip("xmllint is missing (Debian: libxml2-utils)")
	}
	qde := filepath.Join(t.TempDir(), "project.qde")
	if err := os.WriteFile(qde, entry(t, archive, entryQDE), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("xmllint", "--noout", "--huge", "--schema", "testdata/Project-mrt2019.xsd", qde).CombinedOutput()
	if err != nil {
		if len(out) > 2000 {
			out = out[:2000]
		}
		t.Fatalf("project.qde does not validate: %v\n%s", err, out)
	}
}
