//go:build unix

package qdpx

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"parley/storage"
)

// TestImportRefusesFIFO picks a named pipe as the .qdpx. Opening one
// waits for a writer, so the import used to hang before it could see that
// the path is not a regular file; it must refuse at once. If it hangs, the
// test opens the pipe itself after a while so that it ends, and fails.
func TestImportRefusesFIFO(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.qdpx")
	if err := syscall.Mkfifo(in, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := ImportFile(context.Background(), in, filepath.Join(dir, "out"+storage.Extension), Options{})
		done <- err
	}()
	var err error
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		w, _ := os.OpenFile(in, os.O_WRONLY, 0)
		w.Close()
		<-done
		t.Fatal("the import waited on the named pipe")
	}
	if err == nil || !strings.Contains(err.Error(), "is not a regular file") {
		t.Fatalf("error %v, want one saying it is not a regular file", err)
	}
}
