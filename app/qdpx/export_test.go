package qdpx

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/report/reporttest"
	"parley/storage"
	"parley/storage/storagetest"
)

func TestExportSampleValidates(t *testing.T) {
	for name, p := range map[string]*reporttest.Project{
		"coded":   reporttest.CodedProject(t),
		"shipped": reporttest.ShippedSample(t),
	} {
		t.Run(name, func(t *testing.T) {
			archive := exportDoc(t, docOf(t, p.Store))
			validate(t, archive)
			qde := string(entry(t, archive, entryQDE))
			for _, want := range []string{`<Project xmlns="urn:QDA-XML:project:1.0"`, `origin="Parley"`, "<PlainTextSelection", "<CodeRef"} {
				if !strings.Contains(qde, want) {
					t.Errorf("project.qde lacks %s", want)
				}
			}
		})
	}
}

func TestExport50kValidates(t *testing.T) {
	if testing.Short() {
		t.Skip("50,000 statements")
	}
	s := generated(t, 50000)
	archive := exportDoc(t, docOf(t, s))
	validate(t, archive)
}

func generated(tb testing.TB, n int) *storage.Store {
	tb.Helper()
	s, err := storage.Create(filepath.Join(tb.TempDir(), "big"+storage.Extension))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	if err := storagetest.GenerateProject(context.Background(), s, n, nil); err != nil {
		tb.Fatal(err)
	}
	return s
}
