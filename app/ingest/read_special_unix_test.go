//go:build unix

package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A folder named like a readout was refused as "this kind of file cannot
// be imported (use .txt …)" although its name ends in .txt, and a named
// pipe blocked the import for ever; both are refused at once, saying why.
func TestReadFileRefusesFoldersAndSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "notes.txt")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	pipe := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	for _, c := range []struct {
		path string
		want error
	}{{folder, ErrFolder}, {pipe, ErrNotRegular}} {
		done := make(chan error, 1)
		go func() {
			_, err := ReadFile(context.Background(), c.path, nil)
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, c.want) {
				t.Errorf("%s: %v, want %v", filepath.Base(c.path), err, c.want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: reading still blocks after 10 s", filepath.Base(c.path))
		}
	}
}
